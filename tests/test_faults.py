"""Faults: a killed run, readers during a write, a full disk, a read-only or damaged store.

Every test drives the real `tracker run` in a subprocess against the loopback E-utilities server
(tests/eutils_server.py) on a small audit (one article, a handful of questions), so the kills
land in a real process at a known stage, and then checks the store with plain SQLite.
"""

from __future__ import annotations

import csv
import ctypes
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from tests.eutils_server import running_server
from tests.small_audit import Audit, make_audit
from tracker.cli import EXIT_RUNTIME, main
from tracker.snapshot import iter_records
from tracker.store import Store

KEY = "SENTINEL-FAULTS-KEY-51c0"  # a key lifts the client to 10 requests/s
RUN_TIMEOUT = 90


# ---- the audit under test --------------------------------------------------------------------

def run_args(audit: Audit, db: Path, url: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "tracker.cli", "run", "--source", "entrez", "--eutils-url", url,
            "--db", str(db), "--claims", str(audit.claims), "--questions", str(audit.questions),
            "--articles", str(audit.folder / "articles"), "--no-extract", "--quiet", *extra]


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NCBI_")}
    return {**env, "NCBI_API_KEY": KEY, "NCBI_EMAIL": "faults@example.org"}


def tracker_run(audit: Audit, db: Path, url: str, *extra: str, preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run(run_args(audit, db, url, *extra), env=child_env(), capture_output=True, text=True,
                          timeout=RUN_TIMEOUT, preexec_fn=preexec)


@pytest.fixture(scope="module")
def server():
    with running_server(list(iter_records())) as srv:
        yield srv


@pytest.fixture
def eutils(server):
    server.clear_faults()
    server.reset_log()
    yield server
    server.clear_faults()


@pytest.fixture(scope="module")
def audit(tmp_path_factory) -> Audit:
    return make_audit(tmp_path_factory.mktemp("audit"), 6)


@pytest.fixture(scope="module")
def reference(server, audit, tmp_path_factory) -> Path:
    """The same audit, run once without any fault: what every recovered store must equal."""
    db = tmp_path_factory.mktemp("reference") / "ref.db"
    r = tracker_run(audit, db, server.url)
    assert r.returncode == 0, r.stderr
    return db


# ---- looking at a store ----------------------------------------------------------------------------

def sql(db: Path, query: str, params=()) -> list[tuple]:
    """Read with a plain read-only connection (never blocks on, and never disturbs, a writer)."""
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(query, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []
        raise
    finally:
        conn.close()


def count(db: Path, table: str) -> int:
    rows = sql(db, f"SELECT COUNT(*) FROM {table}")
    return rows[0][0] if rows else 0


def view(db: Path) -> dict[str, pd.DataFrame]:
    """What readers (dashboard, exports) see: the current results, without run ids."""
    with Store(db, readonly=True) as s:
        frames = {"claims": s.claims_frame(), "questions": s.questions_frame(), "evidence": s.evidence_frame(),
                  "articles": s.articles_frame().drop(columns=["added_at"])}
    return {k: f.drop(columns=[c for c in ("run_id",) if c in f]) for k, f in frames.items()}


def assert_same_view(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


def records(db: Path) -> pd.DataFrame:
    with Store(db, readonly=True) as s:
        return s.records_frame().drop(columns=["fetched_at"]).sort_values(["pmid", "source"]).reset_index(drop=True)


def assert_consistent(db: Path, server) -> None:
    """No damage, no duplicates, no half-written records, no record missing behind a search."""
    assert sql(db, "PRAGMA integrity_check") == [("ok",)]
    assert sql(db, "SELECT cache_key, query, COUNT(*) FROM searches GROUP BY 1, 2 HAVING COUNT(*) > 1") == []
    known = set(server.entries)
    with Store(db, readonly=True) as s:
        for row in s.conn.execute("SELECT source, pmids, n_fetched FROM searches"):
            wanted = [p for p in json.loads(row["pmids"])[: row["n_fetched"]] if p in known]
            got = s.get_records(row["source"], wanted)
            assert set(got) == set(wanted), f"records missing behind a cached search: {set(wanted) - set(got)}"
            for rec in got.values():  # every stored record is whole: it equals what the server serves
                assert rec.title == server.entries[rec.pmid].record.title and rec.fetched_at
                assert rec.abstract_text == server.entries[rec.pmid].record.abstract_text


def wait_for(condition, timeout: float, what: str, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc is not None and proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the run ended (rc {proc.returncode}) before {what}: {err[-1500:]}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


def start(audit: Audit, db: Path, url: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(run_args(audit, db, url, *extra), env=child_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def sigkill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


# ---- SIGKILL and resume -------------------------------------------------------------------------------

def test_kill_during_fetching_resumes_without_duplicates_or_gaps(eutils, audit, reference, tmp_path):
    db = tmp_path / "t.db"
    eutils.set_fault("slow", times=None, endpoint="efetch", delay=0.6)  # each fetch outlasts the poll
    proc = start(audit, db, eutils.url)
    try:
        # Kill once two searches are cached and the next question's efetch is in flight.
        wait_for(lambda: count(db, "searches") >= 2 and eutils.count("esearch") > count(db, "searches"),
                 60, "two cached searches", proc)
        time.sleep(0.15)
        assert proc.poll() is None
        sigkill(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    cached = count(db, "searches")
    assert 2 <= cached < len(audit.question_ids), "the kill landed mid-fetch"
    assert sql(db, "SELECT status FROM runs") == [("running",)]
    assert count(db, "claim_verdicts") == 0 and count(db, "claims") == 0, "a killed run shows nothing"
    assert_consistent(db, eutils)

    eutils.clear_faults()
    eutils.reset_log()
    r = tracker_run(audit, db, eutils.url)
    assert r.returncode == 0, r.stderr
    assert eutils.count("esearch") == len(audit.question_ids) - cached, "cached searches are not repeated"
    assert sql(db, "SELECT run_id, status FROM runs ORDER BY run_id") == [(1, "interrupted"), (2, "complete")]
    assert_consistent(db, eutils)
    assert count(db, "searches") == len(audit.question_ids)
    pd.testing.assert_frame_equal(records(db), records(reference))
    assert_same_view(view(db), view(reference))


def test_kill_during_grading_keeps_the_last_complete_run(eutils, audit, reference, tmp_path):
    from tracker.dashboard import data

    db = tmp_path / "t.db"
    shutil.copy(reference, db)
    # The second run audits changed claims: one dropped, one reworded as absolute.
    with audit.claims.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    dropped, changed = rows[0]["claim_id"], rows[1]["claim_id"]
    rows = rows[1:]
    rows[0]["strength"] = "absolute"
    changed_audit = Audit(audit.folder, tmp_path / "claims2.csv", audit.questions, audit.question_ids,
                          tuple(r["claim_id"] for r in rows))
    with changed_audit.claims.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    before = view(db)

    proc = start(changed_audit, db, eutils.url)
    try:  # every search is cached: the run goes straight to appraisal and grading
        wait_for(lambda: any(p and p.split()[0] in ("appraise", "grade")
                             for (p,) in sql(db, "SELECT progress FROM runs WHERE run_id = 2")),
                 60, "the run to reach appraisal", proc)
        sigkill(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert sql(db, "SELECT run_id, status FROM runs ORDER BY run_id") == [(1, "complete"), (2, "running")], \
        "the kill landed before the run could finish"
    assert eutils.requests == [], "a cached audit makes no requests"
    # Readers still see run 1, whole: the store API and the dashboard's data layer.
    assert_same_view(view(db), before)
    status = data.status(db)
    # Run 2's process is dead, so the dashboard does not show it as in progress.
    assert status.latest.run_id == 1 and status.running is None
    assert status.n_claims == len(audit.claim_ids)
    claims = data.claims(db)
    assert set(claims["run_id"]) == {1} and claims["verdict"].notna().all()
    assert dropped in set(claims["claim_id"])

    r = tracker_run(changed_audit, db, eutils.url)
    assert r.returncode == 0, r.stderr
    assert eutils.requests == []
    assert sql(db, "SELECT run_id, status FROM runs ORDER BY run_id") == [
        (1, "complete"), (2, "interrupted"), (3, "complete")]
    assert_consistent(db, eutils)
    after = view(db)["claims"]
    assert list(after["claim_id"]) == list(changed_audit.claim_ids)
    assert after["verdict"].notna().all()
    assert after.set_index("claim_id").loc[changed, "strength"] == "absolute"
    assert sql(db, "SELECT COUNT(*), COUNT(DISTINCT claim_id) FROM claim_verdicts WHERE run_id = 3") == [
        (len(rows), len(rows))]


# ---- readers while another process writes (WAL) ---------------------------------------------------------

WRITER = textwrap.dedent('''
    """Write a second run through the real Store.finish_run, pausing inside its transaction."""
    import sys
    from dataclasses import replace
    from tracker.models import Appraisal, Article, Claim, ClaimVerdict, Question, QuestionGrade
    from tracker.store import Store

    db = sys.argv[1]
    with Store(db) as s:
        rows = lambda q: s.conn.execute(q).fetchall()
        articles = [s.article(r["name"]) for r in rows("SELECT name FROM articles")]
        # A large new article: the transaction outgrows SQLite's page cache and spills to disk.
        articles.append(Article("big.txt", "Big", "Needling. " * 400_000, "text", "b" * 64))
        questions = [Question(*(r[k] for k in ("question_id", "statement", "intervention", "outcome", "kind", "query")))
                     for r in rows("SELECT * FROM questions")]
        claims = [Claim(r["claim_id"], r["article"], r["quote"], r["start"], r["end"], "[run 2] " + r["claim"],
                        r["question_id"], r["claim_type"], r["strength"], r["origin"], r["stance"])
                  for r in rows("SELECT * FROM claims ORDER BY position")]
        verdicts = [ClaimVerdict(r["claim_id"], r["question_id"], "contradicted", r["certainty"], False,
                                 "run 2 says so", r["n_studies"], r["n_participants"], ())
                    for r in rows("SELECT * FROM current_claim_verdicts")]
        searches = {r["question_id"]: r["search_id"] for r in rows("SELECT * FROM run_searches")}
        run = s.start_run("entrez", "writer")

        def paused(items):
            # Everything but the verdicts and the 'complete' status is written by now.
            yield items[0]
            print("holding", flush=True)
            if sys.stdin.readline().strip() != "commit":
                raise SystemExit(3)
            yield from items[1:]

        s.finish_run(run, articles=articles, questions=questions, claims=claims, searches=searches,
                     appraisals=[], grades=[], verdicts=paused(verdicts), n_records=0)
        print("committed", flush=True)
''')


def observe(db: Path) -> tuple:
    """One look, as the dashboard and an export would take it, within a deadline (never blocked)."""
    from tracker.dashboard import data

    def look():
        data.st.cache_data.clear()
        status = data.status(db)
        claims = data.claims(db)
        with Store(db, readonly=True) as s:
            names = tuple(s.articles_frame()["name"])
            frame = s.claims_frame()
        return status, claims, names, frame

    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(look)
        try:
            status, claims, names, frame = future.result(timeout=5)
        except TimeoutError:
            pytest.fail("a reader was blocked by the writer")
    texts = set(frame["claim"].str.startswith("[run 2] "))
    assert len(texts) == 1, "a reader saw claims of two runs at once"
    assert frame["verdict"].notna().all(), "a reader saw claims without their verdicts"
    assert len(set(frame["run_id"])) == 1 and set(claims["run_id"]) == set(frame["run_id"])
    run = int(frame["run_id"].iloc[0])
    assert status.latest.run_id == run
    assert (run == 2) == texts.pop() == ("big.txt" in names) == set(frame["verdict"]).issubset({"contradicted"})
    return run, status.running.run_id if status.running else None


def writer(db: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent)
    line = proc.stdout.readline()
    if line.strip() != "holding":
        proc.kill()
        pytest.fail(f"writer did not start: {line} {proc.stderr.read()[-1500:]}")
    return proc


def test_readers_see_the_last_complete_run_while_another_process_writes(reference, tmp_path):
    db = tmp_path / "t.db"
    shutil.copy(reference, db)
    assert observe(db) == (1, None)

    proc = writer(db)  # paused inside finish_run: run 2 is half written
    try:
        assert observe(db) == (1, 2)
        assert sql(db, "SELECT status FROM runs WHERE run_id = 2") == [("running",)]
        proc.stdin.write("commit\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "committed", proc.stderr.read()[-1500:]
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert observe(db) == (2, None)

    proc = writer(db)  # run 3 half written, then the writer dies
    try:
        assert observe(db) == (2, 3)
    finally:
        sigkill(proc)
    assert observe(db) == (2, None), "a run whose process died is not shown as in progress"
    assert sql(db, "PRAGMA integrity_check") == [("ok",)]
    assert "big.txt" in set(view(db)["articles"]["name"])
    with Store(db) as s:  # the next writer recovers the store and retires the dead run
        s.interrupt_run(3)
    assert observe(db) == (2, None)


# ---- a full disk ------------------------------------------------------------------------------------------

def file_size_limit(limit: int):
    """preexec_fn: writes past `limit` bytes fail with EFBIG, as on a full disk (Python ignores SIGXFSZ)."""
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_disk_full_before_the_first_write_leaves_the_store_byte_identical(eutils, audit, reference, tmp_path):
    db = tmp_path / "t.db"
    shutil.copy(reference, db)
    before, seen = db.read_bytes(), view(db)
    r = tracker_run(audit, db, eutils.url, "--refresh", preexec=file_size_limit(4096))
    assert r.returncode == EXIT_RUNTIME, r.stderr
    assert r.stderr.startswith(f"error: {db}: cannot open the tracker database: the operating system refused to "
                               "read or write the file (a full disk, a file-size limit or a failing disk)"), r.stderr
    assert "Traceback" not in r.stderr
    assert db.read_bytes() == before
    assert_same_view(view(db), seen)


def test_disk_full_mid_run_keeps_the_last_run_and_resumes(eutils, reference, tmp_path):
    bigger = make_audit(tmp_path / "audit", 14)  # the reference's 6 questions (cached) and 8 new ones
    db = tmp_path / "t.db"
    shutil.copy(reference, db)
    seen, cached = view(db), count(db, "searches")
    # Room for a few searches in the write-ahead log, not for all of them.
    r = tracker_run(bigger, db, eutils.url, preexec=file_size_limit(100_000))
    assert r.returncode == EXIT_RUNTIME, r.stderr
    assert r.stderr.startswith(f"error: {db}: "), r.stderr
    assert "the operating system refused to read or write the file (a full disk" in r.stderr
    assert "earlier results are intact" in r.stderr and "Traceback" not in r.stderr
    assert_consistent(db, eutils)
    assert_same_view(view(db), seen)  # the last complete run, untouched
    filled = count(db, "searches")
    assert cached < filled < len(bigger.question_ids), "the disk filled mid-run"

    eutils.reset_log()
    r = tracker_run(bigger, db, eutils.url)
    assert r.returncode == 0, r.stderr
    assert eutils.count("esearch") == len(bigger.question_ids) - filled, "it resumes where the disk filled"
    assert_consistent(db, eutils)
    assert list(view(db)["claims"]["claim_id"]) == list(bigger.claim_ids)


# ---- a read-only store ------------------------------------------------------------------------------------

_PR_CAPBSET_DROP = 24
_FILE_OVERRIDES = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def as_ordinary_user():
    """preexec_fn: file permissions apply to the child even when the tests run as root."""
    if os.geteuid() != 0:
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        pytest.skip("running as root without prctl: cannot make permissions bind")

    def drop() -> None:
        for cap in _FILE_OVERRIDES:
            if prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                os._exit(97)
    return drop


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_store(eutils, audit, reference, tmp_path, what):
    folder = tmp_path / "store"
    folder.mkdir()
    db = folder / "t.db"
    shutil.copy(reference, db)  # alone: with its -wal/-shm beside it, SQLite could still write
    before, seen = db.read_bytes(), view(reference)
    (db if what == "file" else folder).chmod(0o444 if what == "file" else 0o555)
    try:
        r = tracker_run(audit, db, eutils.url, "--refresh", preexec=as_ordinary_user())
    finally:
        db.chmod(0o644)
        folder.chmod(0o755)
    if r.returncode == 97 - 256 or r.returncode == 97:
        pytest.skip("cannot drop root's file-permission override here")
    assert r.returncode == EXIT_RUNTIME, r.stderr
    assert r.stderr.startswith(f"error: {db}: cannot open the tracker database: the database file or its folder "
                               "is read-only; check the permissions or use another --db"), r.stderr
    assert eutils.requests == [], "nothing is searched for a store that cannot be written"
    assert db.read_bytes() == before
    assert_same_view(view(db), seen)


# ---- a damaged store --------------------------------------------------------------------------------------

def _damage(data: bytes, how: str) -> bytes:
    page = 4096
    if how == "not sqlite":
        return b"this is not a database, it is a shopping list\n" * 200
    if how == "truncated":
        return data[: len(data) // 2]
    if how == "garbage page":  # a b-tree page in the middle overwritten
        return data[: 20 * page] + bytes(range(256)) * (page // 256) + data[21 * page:]
    if how == "bad header":
        return data[:16] + b"\xff" * 84 + data[100:]
    raise ValueError(how)


@pytest.mark.parametrize("how", ["not sqlite", "truncated", "garbage page", "bad header"])
def test_damaged_store_is_refused_and_left_as_it_was(reference, tmp_path, how):
    db = tmp_path / "t.db"
    damaged = _damage(reference.read_bytes(), how)
    db.write_bytes(damaged)
    result = CliRunner().invoke(main, ["run", "--db", str(db), "--quiet"], catch_exceptions=False,
                                prog_name="tracker")
    assert result.exit_code == EXIT_RUNTIME, (result.stdout, result.stderr)
    assert result.stderr.startswith(f"error: {db}: "), result.stderr
    assert "is damaged" in result.stderr or "not a tracker database or is damaged" in result.stderr
    assert "restore it from a backup or move it aside" in result.stderr
    assert db.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.db"], "no -wal/-shm left beside it"
