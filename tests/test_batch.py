"""`tracker run --articles DIR --jobs N`: one run per article in worker processes, one store.

Real components throughout: spawned worker processes, the real store (SQLite and, when the
server can start, PostgreSQL via `any_db`), the embedded snapshot, and the loopback
E-utilities server for a failure that only some articles meet.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from tracker.api import audit_many
from tracker.cli import main
from tracker.paths import ARTICLES_DIR, CLAIMS_CSV, QUESTIONS_CSV
from tracker.store import Store

A, B, C = "000_569fb9d20ae23134.txt", "003_7328e4f1003656af.txt", "001_3be876b036d9d23d.txt"
# A and C share questions (C's are a subset of A's); B's are its own.
PLAN = {A: ["mn-acne-scars", "mn-collagen-induction", "mn-hyperpigmentation"],
        B: ["mn-needle-breakage", "mn-roller-disinfection"],
        C: ["mn-acne-scars", "mn-hyperpigmentation"]}


def make_corpus(folder: Path, plan: dict[str, list[str]]) -> Path:
    """`folder/articles` holding the plan's seed articles, `folder/claims.csv` their curated claims
    on the given questions only, `folder/questions.csv` the project's questions."""
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    with CLAIMS_CSV.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        rows = [r for r in reader if r["question_id"] in plan.get(r["article"], ())]
    for article in plan:
        shutil.copy(ARTICLES_DIR / article, folder / "articles" / article)
    with (folder / "claims.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    shutil.copy(QUESTIONS_CSV, folder / "questions.csv")
    return folder


def run_cli(folder: Path, db, *extra: str):
    args = ["run", "--db", str(db), "--articles", str(folder / "articles"), "--claims", str(folder / "claims.csv"),
            "--questions", str(folder / "questions.csv"), "--json", "-q", *extra]
    return CliRunner().invoke(main, args, catch_exceptions=False)


def start_batch(tmp_path: Path, **popen) -> tuple[Path, Path, subprocess.Popen]:
    """`tracker run --jobs 2` in its own process on four articles (a SQLite store), for the tests
    that interrupt or kill it: (corpus folder, store, the process)."""
    folder = make_corpus(tmp_path / "corpus", {A: PLAN[A] + PLAN[B], B: PLAN[B] + PLAN[C], C: PLAN[C],
                                               "002_25e946860b144df3.txt": ["mn-acne-scars", "mn-home-safety"]})
    db = tmp_path / "t.db"
    args = [sys.executable, "-m", "tracker", "run", "--db", str(db), "--articles", str(folder / "articles"),
            "--claims", str(folder / "claims.csv"), "--questions", str(folder / "questions.csv"), "--jobs", "2",
            "-q", "--json"]
    return folder, db, subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def as_a_terminals_foreground_job() -> None:
    """Popen's preexec_fn: Ctrl-C handled as in a terminal's foreground job, even when pytest
    itself was started with SIGINT ignored (a script's background job), which the child would
    inherit and then never see Ctrl-C."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def outcomes(result) -> dict[str, dict]:
    return {o["article"]: o for o in json.loads(result.stdout)["articles"]}


def verdicts_by_claim(db) -> dict[str, tuple]:
    with Store(db) as store:
        frame = store.frame("SELECT v.claim_id, v.verdict, v.certainty, v.side, v.n_studies FROM claim_verdicts v "
                            "JOIN runs r ON r.run_id = v.run_id WHERE r.status = 'complete'")
    return {row[0]: tuple(row[1:]) for row in frame.itertuples(index=False, name=None)}


def test_jobs_audit_each_article_in_its_own_run_and_a_rerun_resumes(any_db, tmp_path):
    folder = make_corpus(tmp_path / "corpus", PLAN)
    result = run_cli(folder, any_db, "--jobs", "2")
    assert result.exit_code == 0, result.output
    first = outcomes(result)
    assert {o["status"] for o in first.values()} == {"complete"}
    assert len({o["run_id"] for o in first.values()}) == 3  # one run per article

    with Store(any_db) as store:
        runs = store.frame("SELECT run_id, status, n_claims, n_questions FROM runs ORDER BY run_id")
        per_run = store.frame("SELECT v.run_id, c.article, COUNT(*) AS n FROM claim_verdicts v "
                              "JOIN claims c ON c.claim_id = v.claim_id GROUP BY v.run_id, c.article")
        n_searches = store.frame("SELECT COUNT(*) AS n FROM searches")["n"].iloc[0]
    assert list(runs["status"]) == ["complete"] * 3
    # each run graded exactly its own article's claims, on that article's questions only
    for article, o in first.items():
        rows = per_run[per_run["run_id"] == o["run_id"]]
        assert list(rows["article"]) == [article] and int(rows["n"].iloc[0]) == o["n_claims"] > 0
        assert o["n_questions"] == len(PLAN[article])
    assert int(n_searches) == len({q for qs in PLAN.values() for q in qs})  # shared questions searched once

    # the same verdicts as today's single run of the same inputs (jobs=1)
    reference = tmp_path / "reference.db"
    single = audit_many(folder / "articles", reference, jobs=1, claims=folder / "claims.csv",
                        questions=folder / "questions.csv")
    assert not single.per_article and len(single.run_ids) == 1
    assert verdicts_by_claim(any_db) == verdicts_by_claim(reference)

    # a re-run redoes nothing; --refresh redoes every article
    again = outcomes(run_cli(folder, any_db, "--jobs", "2"))
    assert {a: (o["status"], o["run_id"]) for a, o in again.items()} == {
        a: ("done before", o["run_id"]) for a, o in first.items()}
    refreshed = run_cli(folder, any_db, "--jobs", "2", "--refresh")
    assert {o["status"] for o in outcomes(refreshed).values()} == {"complete"}
    updated = run_cli(folder, any_db, "--jobs", "2", "--update")  # asks what is new: no skipping
    assert {o["status"] for o in outcomes(updated).values()} == {"complete"}
    with Store(any_db) as store:
        assert len(store.frame("SELECT run_id FROM runs WHERE status = 'complete'")) == 9


def test_a_failing_article_is_named_the_others_kept_and_the_batch_resumes(any_db, tmp_path, monkeypatch):
    from tests.eutils_server import running_server
    from tracker.snapshot import iter_records

    only_a = make_corpus(tmp_path / "a", {A: PLAN[A]})
    folder = make_corpus(tmp_path / "abc", PLAN)
    with running_server(list(iter_records()), api_keys={"good-key"}) as server:
        source = ["--source", "entrez", "--eutils-url", server.url]
        monkeypatch.setenv("NCBI_API_KEY", "good-key")  # spawned workers inherit the environment
        assert run_cli(only_a, any_db, "--jobs", "2", *source).exit_code == 0  # A done, its searches cached

        # Now every request is refused (a 400, not retried): B needs searches the store does not
        # hold and fails; C's questions are all cached by A's run, so it completes; A is done.
        monkeypatch.setenv("NCBI_API_KEY", "revoked-key")
        result = run_cli(folder, any_db, "--jobs", "2", *source)
        assert result.exit_code == 1
        got = outcomes(result)
        assert got[A]["status"] == "done before" and got[C]["status"] == "complete"
        assert got[B]["status"] == "failed" and "API key invalid" in got[B]["error"]
        assert f"error: {B}" in result.stderr and "revoked-key" not in result.output

        monkeypatch.setenv("NCBI_API_KEY", "good-key")
        resumed = run_cli(folder, any_db, "--jobs", "2", *source)
        assert resumed.exit_code == 0, resumed.output
        after = outcomes(resumed)
    assert {a: o["status"] for a, o in after.items()} == {A: "done before", B: "complete", C: "done before"}
    with Store(any_db) as store:
        statuses = store.frame("SELECT status, COUNT(*) AS n FROM runs GROUP BY status")
    # A, C, then B: three complete runs; B's first attempt is kept as failed, with its error
    assert dict(statuses.itertuples(index=False, name=None)) == {"complete": 3, "failed": 1}


def test_a_batch_on_postgres_never_prints_the_url_password(pg_url, tmp_path):
    from tests.pg import with_password

    folder = make_corpus(tmp_path / "corpus", {B: PLAN[B]})
    result = run_cli(folder, with_password(pg_url), "--jobs", "2")  # the workers connect with it
    assert result.exit_code == 0, result.output
    assert {o["status"] for o in outcomes(result).values()} == {"complete"}
    assert "s3cret" not in result.output and json.loads(result.stdout)["store"] == with_password(pg_url, "***")
    api = audit_many(folder / "articles", with_password(pg_url), claims=folder / "claims.csv",
                     questions=folder / "questions.csv")  # the API's result names the store the same way
    assert api.db == with_password(pg_url, "***") and "s3cret" not in repr(api)


def test_jobs_with_out_is_a_usage_error(tmp_path):
    folder = make_corpus(tmp_path / "corpus", {A: PLAN[A][:1]})
    result = run_cli(folder, tmp_path / "t.db", "--jobs", "2", "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and "tracker export" in result.output
    assert not (tmp_path / "t.db").exists()


def test_an_interrupted_batch_keeps_finished_articles_and_resumes(tmp_path):
    """Ctrl-C (SIGINT to the process group, as a terminal sends it) stops the workers: finished
    runs are kept, interrupted ones recorded as failed (or interrupted), none left running,
    queued articles not started; the batch exits 130; the same command again audits only the rest."""
    import os
    import signal
    import sqlite3
    import time

    folder, db, proc = start_batch(tmp_path, start_new_session=True, preexec_fn=as_a_terminals_foreground_job)
    complete = 0
    deadline = time.monotonic() + 180
    while complete < 1 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db) as conn:
                complete = conn.execute("SELECT COUNT(*) FROM runs WHERE status = 'complete'").fetchone()[0]
        except sqlite3.Error:
            pass  # not created yet
    assert complete >= 1, "no run completed"
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "run the same command again" in err
    with sqlite3.connect(db) as conn:
        statuses = [s for (s,) in conn.execute("SELECT status FROM runs")]
    finished = statuses.count("complete")
    assert 1 <= finished < 4 and set(statuses) <= {"complete", "failed", "interrupted"}, statuses

    resumed = run_cli(folder, db, "--jobs", "2")
    assert resumed.exit_code == 0, resumed.output
    got = outcomes(resumed)
    assert sorted(o["status"] for o in got.values()) == sorted(["done before"] * finished + ["complete"] * (4 - finished))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM runs WHERE status = 'complete'").fetchone()[0] == 4


def test_lanes_keep_articles_that_share_questions_together_and_balance_the_work():
    from tracker.api import prepare_audit
    from tracker.batch import Source, _Task, lanes, split_by_article

    inputs, backend = prepare_audit()  # the four seed articles: they share many questions
    backend.close()
    tasks = [_Task("x.db", p, Source(), False, False, 10, None) for p in split_by_article(inputs)]
    qids = [{q.question_id for q in t.inputs.questions} for t in tasks]
    for n in (1, 2, 4, 8):
        plan = lanes(tasks, n)
        assert sorted(t.inputs.articles[0].name for lane in plan for t in lane) == sorted(
            t.inputs.articles[0].name for t in tasks)  # every article once
        assert len(plan) == min(n, len(tasks))
    two = lanes(tasks, 2)
    work = [len(set().union(*({q.question_id for q in t.inputs.questions} for t in lane))) for lane in two]
    # each worker appraises a shared question once: together less than one worker per article
    assert sum(work) < sum(len(q) for q in qids)
    assert max(work) < len(set().union(*qids))  # and both workers have work


def test_a_worker_killed_mid_run_loses_only_its_unfinished_articles(tmp_path):
    import os
    import signal
    import sqlite3
    import time

    folder, db, proc = start_batch(tmp_path)
    victim = None
    deadline = time.monotonic() + 180
    while victim is None and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
        try:
            with sqlite3.connect(db) as conn:
                row = conn.execute("SELECT pid FROM runs WHERE status = 'running' AND pid != ? ORDER BY run_id",
                                   (proc.pid,)).fetchone()
        except sqlite3.Error:
            continue
        victim = row[0] if row else None
    assert victim is not None, "no worker seen running"
    os.kill(victim, signal.SIGKILL)
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 1, err
    got = {o["article"]: o for o in json.loads(out)["articles"]}
    died = [o for o in got.values() if o["status"] == "failed"]
    assert died and all("worker process died" in o["error"] for o in died)
    assert all(o["status"] == "complete" for o in got.values() if o not in died)
    for o in died:
        assert f"error: {o['article']}" in err

    resumed = outcomes(run_cli(folder, db, "--jobs", "2"))
    assert {a for a, o in resumed.items() if o["status"] == "complete"} == {o["article"] for o in died}
    with sqlite3.connect(db) as conn:
        statuses = sorted(s for (s,) in conn.execute("SELECT status FROM runs"))
    # the killed run was never completed: the next run's start marked it interrupted
    assert statuses.count("complete") == 4 and "running" not in statuses and "interrupted" in statuses


def test_ctrl_c_granted_the_write_lock_still_ends_the_workers_run(tmp_path, monkeypatch):
    """A worker waiting for another writer's lock (BEGIN IMMEDIATE, blocked in C) sees Ctrl-C
    only when the lock is granted: the interrupt is raised the moment BEGIN returns, before the
    store's transaction can undo it. The run must still end up failed or interrupted, never left
    'running' (its process lives on: in a notebook or a long worker nothing would ever mark it)."""
    import queue
    import signal
    import sqlite3
    import threading
    import time

    from tracker import batch
    from tracker.api import prepare_audit
    from tracker.db import begin_write

    folder = make_corpus(tmp_path / "corpus", {A: PLAN[A]})
    inputs, backend = prepare_audit(articles=folder / "articles", claims=folder / "claims.csv",
                                    questions=folder / "questions.csv")
    backend.close()
    db = tmp_path / "t.db"
    Store(db).close()  # the schema, so the other writer below can wait for the run's row
    task = batch._Task(str(db), batch.split_by_article(inputs)[0], batch.Source(), False, False, 200, None)
    main = threading.main_thread().ident
    jammed: list[str] = []

    def in_begin_write() -> bool:
        frame = sys._current_frames().get(main)
        while frame is not None and frame.f_code is not begin_write.__code__:
            frame = frame.f_back
        return frame is not None

    def other_writer() -> None:
        conn = sqlite3.connect(db, timeout=60, isolation_level=None)
        try:
            deadline = time.monotonic() + 120
            while not conn.execute("SELECT 1 FROM runs WHERE status = 'running'").fetchone():
                assert time.monotonic() < deadline
                time.sleep(0.002)
            conn.execute("BEGIN IMMEDIATE")  # the run's next write (progress, search, results) now waits
            if conn.execute("SELECT 1 FROM runs WHERE status = 'running'").fetchone():
                while not in_begin_write():  # the worker is blocked on this lock now
                    assert time.monotonic() < deadline
                    time.sleep(0.002)
                signal.pthread_kill(main, signal.SIGINT)  # pending until the worker's BEGIN returns
                jammed.append("yes")
            conn.execute("ROLLBACK")
        finally:
            conn.close()

    # the worker's own Ctrl-C handling, whatever SIGINT disposition pytest was started with
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    monkeypatch.setattr(batch, "_in_worker", False)
    monkeypatch.setattr(batch, "_interrupted", False)
    results: queue.Queue = queue.Queue()
    writer = threading.Thread(target=other_writer)
    writer.start()
    try:
        batch._lane_worker([task], results)
    finally:
        signal.signal(signal.SIGINT, previous)
        writer.join(timeout=130)
    assert jammed, "the run finished before the other writer took the lock"
    outcome = results.get_nowait()
    assert outcome.status == "failed" and "interrupted" in outcome.error
    with Store(db) as store:
        statuses = list(store.frame("SELECT status FROM runs")["status"])
    assert statuses and set(statuses) <= {"failed", "interrupted"}, statuses


def test_batch_workers_ignore_ctrl_c_when_the_batch_was_started_ignoring_it():
    """A worker inherits its parent's SIGINT disposition at spawn. Started with Ctrl-C ignored (a
    script's background job), the batch's parent never stops on it: its workers must not stop
    either, or a terminal's Ctrl-C fails their articles while the batch goes on (and exits 1).
    Started normally, a worker is interrupted as before."""
    import signal

    code = ("import os, signal\nfrom tracker.batch import _worker_init\n_worker_init()\n"
            "os.kill(os.getpid(), signal.SIGINT)\nprint('still auditing')")

    def ignoring() -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    ignored = subprocess.run([sys.executable, "-c", code], preexec_fn=ignoring, capture_output=True, text=True,
                             timeout=120)
    assert ignored.returncode == 0 and ignored.stdout.strip() == "still auditing", ignored.stderr
    normal = subprocess.run([sys.executable, "-c", code], preexec_fn=as_a_terminals_foreground_job,
                            capture_output=True, text=True, timeout=120)
    assert normal.returncode != 0 and "KeyboardInterrupt" in normal.stderr and not normal.stdout
