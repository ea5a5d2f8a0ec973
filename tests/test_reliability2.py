"""Issue #20 (reliability and security, round 2): one regression test per item found by the
outside red-team. Each test drives the real component (CLI in-process or in a subprocess, real
SQLite, the loopback E-utilities server) and fails when its protection is removed; the table in
docs/reliability.md names each test.
"""

from __future__ import annotations

import csv
import io
import os
import re
import sqlite3
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from tracker.cli import main
from tracker.paths import CLAIMS_CSV

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "data" / "articles" / "000_569fb9d20ae23134.txt"


def invoke(*args: str, **kw):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, **kw)


def fails(result, *fragments: str) -> str:
    """The command failed cleanly: a non-zero exit (the CLI's error code), one 'error:' line
    holding every fragment, no traceback."""
    err = result.stderr
    assert result.exit_code not in (0, None), (result.exit_code, result.stdout[-500:], err[-2000:])
    assert err.lstrip().startswith("error:"), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, (fragment, err)
    return err


# ---- 1. claim ids unique per article ---------------------------------------------------------

def test_same_stem_articles_get_distinct_claim_ids_and_every_reported_claim_is_stored(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    text = ARTICLE.read_text(encoding="utf-8")
    (folder / "guide.txt").write_text(text, encoding="utf-8")
    (folder / "guide.md").write_text(text, encoding="utf-8")
    db, out = tmp_path / "t.db", tmp_path / "out"
    res = invoke("run", "--db", str(db), "--articles", str(folder), "--claims", str(tmp_path / "none.csv"),
                 "--out", str(out), "--quiet")
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader((out / "claims_graded.csv").open(encoding="utf-8")))
    ids = [r["claim_id"] for r in rows]
    assert len(ids) == len(set(ids)) and {r["article"] for r in rows} == {"guide.txt", "guide.md"}
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT claim_id, article FROM claims").fetchall())
        n_run = conn.execute("SELECT n_claims FROM runs WHERE status='complete'").fetchone()[0]
    assert n_run == len(rows) == len(stored)
    assert all(stored[r["claim_id"]] == r["article"] for r in rows)


# ---- 2. a pasted audit is a new article version ----------------------------------------------

def _graded(db, article):
    from tracker.store import Store
    with Store(db, readonly=True) as s:
        f = s.claims_frame()
    f = f[f["article"] == article]
    return {r.claim_id: (r.claim, r.verdict, r.run_id) for r in f.itertuples()}


def test_pasted_reaudit_is_a_new_version_and_verdicts_stay_with_their_text(tmp_path, monkeypatch):
    from tests.test_audit_page import MICRONEEDLING
    from tracker import jobs

    for var in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR"):
        monkeypatch.delenv(var, raising=False)
    db = tmp_path / "t.db"
    first = jobs.wait(db, jobs.create_job(db, "pasted text", MICRONEEDLING.encode(), owner="a").job_id)
    first = jobs.wait(db, jobs.submit_review(db, first.job_id, jobs.Review()).job_id)
    assert first.status == "complete", first.error
    before = _graded(db, first.article.name)
    assert len(before) >= 2 and all(v[1] for v in before.values())

    # The same text pasted again; all claims dropped but one, which is reworded.
    second = jobs.wait(db, jobs.create_job(db, "pasted text", MICRONEEDLING.encode(), owner="b").job_id)
    assert second.existing and second.article.name != first.article.name
    keep = second.items[0].claim.claim_id
    edits = tuple(jobs.ClaimEdit(i.claim.claim_id, keep=i.claim.claim_id == keep,
                                 claim="Microneedling is proven safe by every study" if i.claim.claim_id == keep
                                 else None) for i in second.items)
    second = jobs.wait(db, jobs.submit_review(db, second.job_id, jobs.Review(claims=edits)).job_id)
    assert second.status == "complete", second.error
    assert _graded(db, first.article.name) == before  # the earlier audit is untouched
    after = _graded(db, second.article.name)
    assert list(after.values()) == [("Microneedling is proven safe by every study", after[keep][1], second.run_id)]

    # A claim whose stored text no longer matches the text a verdict was computed for shows no verdict.
    cid = next(iter(before))
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE claims SET claim='Microneedling cures everything' WHERE claim_id=?", (cid,))
    assert pd.isna(_graded(db, first.article.name)[cid][1])


# ---- 4. one CSV-neutralising function for every CSV that leaves the product -------------------

FORMULAS = ('=HYPERLINK("http://evil.example","x")', "@SUM(1+1)", "+1+1", "-2+3")


def _cells(data: str):
    return [cell for row in csv.reader(io.StringIO(data)) for cell in row]


def test_every_csv_download_and_extract_out_neutralise_formulas(tmp_path, demo_db_copy):
    from tracker.claims import load_claims
    from tracker.dashboard import data
    from tracker.store import Store

    with sqlite3.connect(demo_db_copy) as conn:
        cid = conn.execute("SELECT claim_id FROM claims LIMIT 1").fetchone()[0]
        conn.execute("UPDATE claims SET claim=?, quote=? WHERE claim_id=?", (FORMULAS[0], FORMULAS[1], cid))
        conn.execute("UPDATE records SET title=?, journal=?", (FORMULAS[2], FORMULAS[3]))
    with Store(demo_db_copy, readonly=True) as s:
        files = {"claims": data.claims_csv(data.prepare_claims(s.claims_frame())).decode(),
                 "evidence": data.evidence_csv(data.prepare_evidence(s.evidence_frame())).decode()}
    for name, text in files.items():
        cells = _cells(text)
        assert not [c for c in cells if c.startswith(("=", "+", "@", "\t", "\r")) or c.startswith("-2")], name
    assert "'" + FORMULAS[0] in _cells(files["claims"]) and "'" + FORMULAS[2] in _cells(files["evidence"])

    # `tracker extract --out`: an article whose claim sentence and file name start like formulas.
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "=HYPERLINK(1).txt"
    article.write_text("Caffeine at bedtime worsens sleep.\n\n+1 Microneedling reduces acne scars by 50% "
                       "in four weeks, a randomised trial found.\n", encoding="utf-8")
    out = tmp_path / "candidates.csv"
    res = invoke("extract", str(article), "--out", str(out))
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and all(r["article"] == "'=HYPERLINK(1).txt" for r in rows)
    assert not [c for c in _cells(text) if c.startswith(("=", "+", "@"))]
    # The neutralised file still loads as claims.csv, with the original text.
    from tracker.articles import load_article
    from tracker.models import Question
    a = load_article(article)
    qs = {r["question_id"]: Question(r["question_id"], "s", "i", "o", "efficacy", "x") for r in rows}
    loaded = load_claims(out, {a.name: a}, qs)
    assert {c.article for c in loaded} == {a.name} and all(a.text[c.start:c.end] == c.quote for c in loaded)


# ---- 5. external text is never Rich markup -----------------------------------------------------

MARKUP = "[/bold] [/i] [link=http://evil.example/]click[/link]"


def _squeeze(text: str) -> str:
    """Printed text without whitespace and table borders (cells wrap)."""
    return re.sub(r"[\s\u2500-\u257f]", "", text)


def test_rich_markup_in_articles_and_titles_is_printed_as_text(tmp_path):
    import dataclasses

    from tests.eutils_server import running_server
    from tests.small_audit import make_audit
    from tests.test_security import HOSTILE
    from tracker.snapshot import iter_records

    article = tmp_path / "a.txt"
    article.write_text(f"Microneedling reduces acne scars by 50% in four weeks {MARKUP}.\n", encoding="utf-8")
    res = invoke("extract", str(article), "--questions", str(tmp_path / "none.csv"))
    assert res.exit_code == 0, res.output
    assert _squeeze(MARKUP) in _squeeze(res.output)

    folder = tmp_path / "audit"
    make_audit(folder, question_ids=["mn-acne-scars"])
    record = dataclasses.replace(HOSTILE, title=f"Microneedling for atrophic acne scars {MARKUP}")
    with running_server([record, *iter_records()]) as server:
        res = invoke("search", "mn-acne-scars", "--source", "entrez", "--eutils-url", server.url,
                     "--db", str(tmp_path / "t.db"), "--questions", str(folder / "questions.csv"))
    assert res.exit_code == 0, res.output
    assert _squeeze(MARKUP) in _squeeze(res.output)


# ---- 6. redirects never carry the API key to another host; loops stop ------------------------

KEY6 = "SENTINEL-REDIRECT-KEY-6f1e"


def test_redirect_to_another_host_never_gets_the_key_and_loops_stop_with_a_clear_error():
    from tests.eutils_server import running_server
    from tracker.eutils import EntrezBackend, EutilsConfig, EutilsError
    from tracker.snapshot import iter_records

    records = list(iter_records())
    with running_server(records) as home, running_server(records) as elsewhere:
        def backend(**kw):
            return EntrezBackend(EutilsConfig(base_url=home.url, api_key=KEY6, max_tries=2, backoff=0.01, **kw))

        # Same host, another path (a moved service): followed, the search succeeds.
        home.set_redirect(home.url + "v2/", status=301)
        b = backend()
        assert b.search("microneedling", max_ids=5).count > 0
        b.close()

        for status in (307, 308, 302):
            home.clear_faults()
            home.set_redirect(elsewhere.url, status=status, times=None)
            b = backend(max_get_url=10 if status == 307 else 2000)  # 307 re-posts the form body
            with pytest.raises(EutilsError) as err:
                b.search("microneedling", max_ids=5)
            b.close()
            msg = str(err.value)
            assert "another host" in msg and elsewhere.url.split("/")[2] in msg and KEY6 not in msg
            assert elsewhere.count() == 0, "nothing, and so no key, reached the other host"

        home.clear_faults()
        home.set_redirect(home.url, status=307, times=None)  # a loop
        b = backend()
        with pytest.raises(EutilsError, match="redirect loop") as err:
            b.search("microneedling", max_ids=5)
        b.close()
        assert KEY6 not in str(err.value) and not isinstance(err.value.__cause__, Exception)


# ---- 3. the owner token is enforced; pasted audits are private until published ----------------

def test_audit_job_links_need_the_owner_session_and_pasted_audits_stay_private_until_published(tmp_path,
                                                                                               monkeypatch):
    from tests.test_audit_page import (
        DASHBOARD,
        MICRONEEDLING,
        bodies,
        graded,
        in_review,
        job_of,
        open_page,
        paste,
        rerun_until,
    )
    from tracker import jobs
    from tracker.dashboard import data

    db = tmp_path / "tracker.db"
    monkeypatch.setenv("TRACKER_DB", str(db))
    for var in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR"):
        monkeypatch.delenv(var, raising=False)
    entry = DASHBOARD / "app.py"
    owner_at = open_page(entry)
    paste(owner_at, MICRONEEDLING)
    rerun_until(owner_at, in_review)
    job = job_of(owner_at, db)

    # Another session with the link: no review, no grading, a clear message.
    other = open_page(entry, job=job.job_id)
    assert "This audit is private" in bodies(other) and not other.data_editor
    assert not any(b.key == "grade" for b in other.button)
    with pytest.raises(jobs.NotOwner, match="another browser session"):
        jobs.submit_review(db, job.job_id, jobs.Review(), owner=other.session_state["audit_owner"])
    assert jobs.get_job(db, job.job_id).status == "review"

    owner_at.button(key="grade").click()
    rerun_until(owner_at, graded)
    assert "Private: only this browser session" in bodies(owner_at)
    # Graded but unpublished: listed to nobody else (pages, CSV and every export format).
    assert job.article.name not in set(data.claims(db)["article"]) | set(data.articles(db)["name"])
    assert data.article(job.article.name, db) is None
    other = open_page(entry, job=job.job_id)
    assert "This audit is private" in bodies(other) and not other.success
    with pytest.raises(jobs.NotOwner):
        jobs.publish(db, job.job_id, owner=other.session_state["audit_owner"])
    from tracker import export
    from tracker.store import Store
    with Store(db, readonly=True) as s:
        files = export.render(s, "json", hide=data.hidden_articles(db))
    assert job.article.name not in next(iter(files.values())).decode()

    owner_at.button(key="publish").click().run()
    assert jobs.get_job(db, job.job_id).published
    assert job.article.name in set(data.claims(db)["article"])
    other = open_page(entry, job=job.job_id)
    assert other.success and "you can read it, not change it" in bodies(other)
    assert not any(b.key in ("publish", "grade") for b in other.button)


# ---- 7. decompression bombs and huge text nodes -------------------------------------------------

HEADER7 = b'<?xml version="1.0" ?>\n<PubmedArticleSet>\n'


def _child_peak(args, timeout=60):
    """Run a tracker command in a child; its wall time and peak memory (MB)."""
    import subprocess
    import time as _time
    # VmHWM is this process image's own high-water mark (ru_maxrss would carry pytest's across exec).
    code = ("import runpy, sys; sys.argv = ['tracker', *sys.argv[1:]]\n"
            "try:\n    runpy.run_module('tracker.cli', run_name='__main__')\n"
            "finally:\n    print('PEAK', [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0],"
            " file=sys.stderr)")
    t0 = _time.perf_counter()
    r = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                       timeout=timeout, cwd=ROOT)
    seconds = _time.perf_counter() - t0
    peak = int(re.search(r"PEAK (\d+)", r.stderr).group(1)) / 1024
    return r, seconds, peak


def test_decompression_bomb_is_refused_fast_with_little_memory(tmp_path):
    import gzip as _gzip

    from tests.eutils_server import gzip_bomb

    bomb = tmp_path / "pubmed26n0001.xml.gz"
    bomb.write_bytes(_gzip.compress(HEADER7) + gzip_bomb())  # two gzip members: 1 GB of whitespace
    assert bomb.stat().st_size < 1_200_000
    r, seconds, peak = _child_peak(["mirror", "ingest", bomb, "--mirror", tmp_path / "idx.db"])
    assert r.returncode not in (0, None) and r.stderr.startswith("error:"), r.stderr
    assert f"{bomb}: refused" in r.stderr and "without the end of an article" in r.stderr
    assert seconds < 10 and peak < 200, (seconds, peak)


def test_huge_text_node_and_oversized_decompression_are_refused_naming_the_file(tmp_path, monkeypatch):
    import gzip as _gzip

    from tests.test_mirror_ingest import HEADER, article_xml, fixture_articles
    from tracker import pubmed_xml
    from tracker.pubmed_xml import PubmedXMLError, parse

    template = fixture_articles()[0]
    good = article_xml(template, 39000001)
    huge = good.replace(b"</ArticleTitle>", b"x" * (40 << 20) + b"</ArticleTitle>", 1)
    path = tmp_path / "huge.xml"
    path.write_bytes(HEADER + good + huge + b"</PubmedArticleSet>\n")
    with pytest.raises(PubmedXMLError, match=r"huge\.xml: refused: after 1 record\(s\), more than 16,777,216 bytes"):
        list(parse(path))
    # A lone article (the pull parser's path) and efetch-like bytes get the same refusal.
    with pytest.raises(PubmedXMLError, match="efetch answer: refused"):
        list(parse(huge + b" " * (1 << 20), name="efetch answer"))

    # A well-formed file that decompresses past the cap (lowered here) is refused, naming it.
    gz = tmp_path / "big.xml.gz"
    gz.write_bytes(_gzip.compress(HEADER + b"".join(article_xml(template, 39100000 + i) for i in range(400))
                                  + b"</PubmedArticleSet>\n"))
    assert len(list(parse(gz))) == 400
    monkeypatch.setattr(pubmed_xml, "MAX_DECOMPRESSED_BYTES", 1 << 20)
    with pytest.raises(PubmedXMLError, match=r"big\.xml\.gz: refused: decompresses to more than 1,048,576 bytes"):
        list(parse(gz))


def test_efetch_answer_that_decompresses_to_a_gigabyte_is_refused():
    import time as _time

    from tests.eutils_server import running_server
    from tracker.eutils import EntrezBackend, EutilsConfig, EutilsError
    from tracker.snapshot import iter_records

    records = list(iter_records())
    with running_server(records) as server:
        server.set_fault("gzip-bomb", times=None, endpoint="efetch")
        b = EntrezBackend(EutilsConfig(base_url=server.url, max_tries=2, backoff=0.01))
        t0 = _time.perf_counter()
        with pytest.raises(EutilsError, match="larger than 67,108,864 bytes once decompressed"):
            list(b.fetch([records[0].pmid]))
        b.close()
    assert _time.perf_counter() - t0 < 10
    assert server.count("efetch") == 1, "refused at once, not retried"


# ---- 8, 9, 16: clear errors for deep queries, huge CSV fields, odd digits and UTF-32 -----------

DEEP = " ".join(f"acne{i} {'AND' if i % 2 else 'OR'}" for i in range(44)) + " scars"


def test_query_nested_beyond_the_index_limit_is_caught_by_validate_and_before_any_search(tmp_path):
    from tests.test_bad_input import _questions_with, cli
    from tracker.claims import load_questions
    from tracker.paths import QUESTIONS_CSV

    row = len(load_questions(QUESTIONS_CSV))  # the last question: a run would fail after all the others
    path = _questions_with(tmp_path, {row: DEEP})
    fails(cli("validate", "--questions", path), f"{path}: 1 problem(s)", f"row {row}, column 'query'",
          "nests more than 40 levels")
    db = tmp_path / "t.db"
    fails(cli("run", "--db", db, "--questions", path, "--quiet"), "nests more than 40 levels")
    assert not db.exists(), "no search, no failed run"


def test_csv_field_over_the_csv_limit_is_a_located_error(tmp_path):
    from tests.test_bad_input import cli

    rows = CLAIMS_CSV.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "claims.csv"
    # An unclosed quote swallows the rest of the file into one field.
    path.write_text("\n".join([rows[0], rows[1], 'x,"' + "a" * 140_000, *rows[2:]]) + "\n", encoding="utf-8")
    fails(cli("validate", "--claims", path), f"{path}, row 3: a field is longer than 131,072 characters",
          "missing its closing")


def test_offsets_need_ascii_digits_and_utf32_files_are_named(tmp_path):
    from tests.test_bad_input import cli

    text = CLAIMS_CSV.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    arabic = str(rows[0]["start"]).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert arabic != rows[0]["start"] and int(arabic) == int(rows[0]["start"])  # what int() accepted
    rows[0]["start"] = arabic
    path = tmp_path / "claims.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    fails(cli("validate", "--claims", path), f"row 2, columns 'start'/'end': not whole numbers ('{arabic}'",
          "digits 0-9")

    for codec, bom, named in (("utf-32", b"", "UTF-32 (little-endian, with a byte-order mark)"),
                              ("utf-32-be", b"\x00\x00\xfe\xff", "UTF-32 (big-endian, with a byte-order mark)"),
                              ("utf-32-le", b"", "UTF-32 (little-endian, without a byte-order mark)")):
        path.write_bytes(bom + text.encode(codec))
        fails(cli("validate", "--claims", path), f"{path}: is {named}", "re-save it as UTF-8")


# ---- 10, 11: readers of a damaged store, and of a store in a read-only folder -----------------

@pytest.mark.parametrize("how", ["not sqlite", "truncated", "garbage page", "bad header"])
def test_damaged_store_gives_export_the_message_run_gives(demo_db, tmp_path, how):
    from tests.test_faults import _damage

    db = tmp_path / "t.db"
    damaged = _damage(demo_db.read_bytes(), how)
    db.write_bytes(damaged)
    ran = CliRunner().invoke(main, ["run", "--db", str(db), "--quiet"], catch_exceptions=False)
    exported = CliRunner().invoke(main, ["export", "--format", "csv", "--out", str(tmp_path / "out"), "--db", str(db)],
                                  catch_exceptions=False)
    assert exported.exit_code == ran.exit_code != 0, exported.output
    assert "Traceback" not in exported.stderr and "DatabaseError" not in exported.stderr
    assert exported.stderr == ran.stderr, (exported.stderr, ran.stderr)
    assert db.read_bytes() == damaged


def test_store_in_a_read_only_folder_without_shm_is_read_by_export_and_dashboard(demo_db, tmp_path):
    import os
    import shutil
    import subprocess

    from tests.test_faults import as_ordinary_user

    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "t.db"
    shutil.copy(demo_db, db)
    assert not (folder / "t.db-shm").exists() and not (folder / "t.db-wal").exists()
    before = db.read_bytes()
    out = tmp_path / "out"
    script = ("import sys; from pathlib import Path; from tracker.dashboard import data; "
              "st = data.status(Path(sys.argv[1])); print('STATUS', st.error, st.n_claims, len(data.claims(Path(sys.argv[1]))))")
    folder.chmod(0o555)
    try:
        env = {**os.environ, "TRACKER_DB": str(db)}
        r = subprocess.run([sys.executable, "-m", "tracker.cli", "export", "--format", "csv", "--out", str(out),
                            "--db", str(db)], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env,
                           preexec_fn=as_ordinary_user())
        d = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, text=True, timeout=120,
                           cwd=ROOT, env=env, preexec_fn=as_ordinary_user())
    finally:
        folder.chmod(0o755)
    if r.returncode in (97, 97 - 256):
        pytest.skip("cannot drop root's file-permission override here")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) and (out / "claims.csv").exists() or list(out.glob("*.csv"))
    line = next(x for x in d.stdout.splitlines() if x.startswith("STATUS"))
    _, error, n_claims, n_rows = line.split()
    assert error == "None" and int(n_claims) == int(n_rows) > 0, d.stdout + d.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["t.db"] and db.read_bytes() == before


# ---- 12. `tracker dashboard` leaves no orphan server -------------------------------------------

def _port_taken(port: int) -> bool:
    import socket
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_stopping_tracker_dashboard_frees_its_port(demo_db, sig):
    import signal
    import socket
    import subprocess
    import time as _time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "tracker.cli", "dashboard", "--db", str(demo_db), "--port",
                             str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = _time.monotonic() + 60
        while not _port_taken(port):
            assert proc.poll() is None, "the dashboard exited early"
            assert _time.monotonic() < deadline, "the dashboard never listened"
            _time.sleep(0.2)
        proc.send_signal(getattr(signal, sig))  # to the process the user started, as a terminal or service would
        proc.wait(timeout=30)
        deadline = _time.monotonic() + 10
        while _port_taken(port) and _time.monotonic() < deadline:
            _time.sleep(0.2)
        assert not _port_taken(port), "an orphan server still holds the port"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # only this test's own process group
        except ProcessLookupError:
            pass


# ---- 13. two concurrent runs on one store ------------------------------------------------------

def test_two_concurrent_runs_make_each_request_once_and_cache_one_row_per_key(tmp_path):
    import subprocess

    from tests.eutils_server import running_server
    from tests.small_audit import make_audit
    from tests.test_faults import child_env, run_args
    from tracker.snapshot import iter_records

    audit = make_audit(tmp_path / "audit", 4)
    with running_server(list(iter_records())) as server:
        ref = subprocess.run(run_args(audit, tmp_path / "ref.db", server.url), env=child_env(), capture_output=True,
                             text=True, timeout=120)
        assert ref.returncode == 0, ref.stderr
        alone = {e: server.count(e) for e in ("esearch", "efetch")}
        server.reset_log()
        server.set_fault("slow", times=None, endpoint="esearch", delay=0.3)  # the two runs overlap
        db = tmp_path / "t.db"
        procs = [subprocess.Popen(run_args(audit, db, server.url), env=child_env(), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outs = [p.communicate(timeout=180) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outs]
        together = {e: server.count(e) for e in ("esearch", "efetch")}
    assert together == alone, "the second run waited for the first one's searches instead of repeating them"
    with sqlite3.connect(db) as conn:
        keys = conn.execute("SELECT cache_key, query, COUNT(*) FROM searches GROUP BY 1, 2").fetchall()
        assert len(keys) == len(audit.question_ids) and {n for *_, n in keys} == {1}
        assert conn.execute("SELECT COUNT(*) FROM runs WHERE status='complete'").fetchone()[0] == 2
        assert conn.execute("SELECT COUNT(*) FROM search_leases").fetchone()[0] == 0


# ---- 14. a dead run whose pid was reused -------------------------------------------------------

def test_a_run_whose_pid_now_belongs_to_another_process_is_not_in_progress(tmp_path):
    from tracker.store import Store, process_start

    db = tmp_path / "t.db"
    with Store(db) as s:
        dead = s.start_run("snapshot", "test")
        row = s.conn.execute("SELECT pid, pid_start FROM runs WHERE run_id=?", (dead,)).fetchone()
        assert row["pid"] == os.getpid() and row["pid_start"] == process_start(os.getpid()) is not None
        assert list(s.running_runs()["run_id"]) == [dead]
        # The run's process died and the system gave its pid to this (live) process.
        with s.transaction() as c:
            c.execute("UPDATE runs SET pid_start=? WHERE run_id=?", (row["pid_start"] + "0", dead))
        assert s.running_runs().empty, "a live process with the run's pid is not the run's process"
        live = s.start_run("snapshot", "test")
        status = dict(s.conn.execute("SELECT run_id, status FROM runs").fetchall())
    assert status == {dead: "interrupted", live: "running"}


# ---- 15. mirror ingest keyed by content -----------------------------------------------------------

def test_mirror_ingest_of_another_file_with_the_same_name_and_size_is_ingested(tmp_path):
    from tests.test_mirror_ingest import HEADER, article_xml, fixture_articles
    from tracker.local_index import ingest, open_mirror_backend

    template = fixture_articles()[0]

    def write(title: str) -> Path:
        path = tmp_path / "pubmed26n0001.xml"
        path.write_bytes(HEADER + article_xml(template, 39200001, title=title) + b"</PubmedArticleSet>\n")
        return path

    index = tmp_path / "mirror.db"
    first = write("Zinc lozenges for the common cold: version A")
    size = first.stat().st_size
    assert ingest(index, [first]).added == 1
    second = write("Zinc lozenges for the common cold: version B")  # corrected file, same name and size
    assert second.stat().st_size == size
    report = ingest(index, [second])
    assert report.added == 1, "the new content is ingested, not skipped as already done"
    backend = open_mirror_backend(index)
    try:
        (record,) = backend.fetch(["39200001"])
    finally:
        backend.close()
    assert record.title.endswith("version B")
    assert ingest(index, [second]).added == 0, "the same content again is skipped"
