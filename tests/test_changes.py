"""Audits as of a date, what changed between runs, and the sample-coverage warning, through the
real pipeline on the embedded snapshot v2 (95 records captured 2026-11-21, 113 on 2026-12-05)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tracker.changes import ChangesError, RunInfo, article_date, changes_between, claim_history, resolve_runs
from tracker.claims import load_inputs, write_questions
from tracker.coverage import check_coverage, intervention_block, sample_topics
from tracker.models import Question
from tracker.pipeline import open_backend, run_audit
from tracker.store import Store

ROSEMARY = Question(
    "ro-hair", "Does topical rosemary oil regrow hair in androgenetic alopecia?", "rosemary oil",
    "hair regrowth", "efficacy",
    '(rosemary[tiab] OR "Rosmarinus"[tiab]) AND (hair[tiab] OR alopecia[tiab])')
FASTING = Question(
    "if-weight", "Does intermittent fasting cause weight loss?", "intermittent fasting", "body weight",
    "efficacy", '("intermittent fasting"[tiab] OR "time-restricted eating"[tiab]) AND (weight[tiab] OR obesity[tiab])')

ARTICLE = ("Rosemary oil for thinning hair\n\nPublished 25 November 2026\n\n"
           "A small trial found that rosemary oil regrows hair as well as minoxidil after six months. "
           "Intermittent fasting also helps you lose weight fast.\n")


def _write_audit(folder: Path, questions=(ROSEMARY, FASTING)) -> tuple[Path, Path, Path]:
    """An off-snapshot article with one claim per question, as claims.csv / questions.csv."""
    arts = folder / "articles"
    arts.mkdir(parents=True, exist_ok=True)
    (arts / "rosemary.txt").write_text(ARTICLE, encoding="utf-8")
    quotes = {"ro-hair": "rosemary oil regrows hair as well as minoxidil after six months",
              "if-weight": "Intermittent fasting also helps you lose weight fast"}
    claims = folder / "claims.csv"
    with claims.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["claim_id", "article", "quote", "start", "end", "claim", "question_id", "claim_type",
                    "strength", "stance"])
        for i, q in enumerate(questions, 1):
            quote = quotes[q.question_id]
            start = ARTICLE.index(quote)
            w.writerow([f"r-{i:02d}", "rosemary.txt", quote, start, start + len(quote), q.statement.rstrip("?"),
                        q.question_id, "efficacy", "plain", "affirms"])
    write_questions(folder / "questions.csv", list(questions))
    return claims, folder / "questions.csv", arts


def _audit(db: Path, inputs, as_of: date | None = None) -> int:
    backend = open_backend("snapshot", as_of=as_of)
    try:
        with Store(db) as store:
            return run_audit(store, backend, inputs).run_id
    finally:
        backend.close()


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rosemary")
    claims, questions, arts = _write_audit(folder)
    inputs = load_inputs(claims, questions, arts)
    db = folder / "tracker.db"
    first = _audit(db, inputs, as_of=date(2026, 11, 21))
    second = _audit(db, inputs)
    return db, first, second, folder


def test_as_of_search_sees_only_the_records_captured_by_then():
    query = ROSEMARY.query
    now, then = open_backend("snapshot"), open_backend("snapshot", as_of=date(2026, 11, 21))
    try:
        current, old = now.search(query), then.search(query)
        assert current.count > 0 and old.count == 0
        assert then.cache_key != now.cache_key  # an as-of search never reuses today's cache
        assert "as of 2026-11-21: 95 of 208" in then.label()
        assert any("captured after that day were left out" in w for w in old.warnings)
        dates = {r.pmid: r.fetched_at for r in now.fetch(current.pmids)}
        assert set(dates.values()) == {"2026-12-05"}
        # and the same day's captures do count: a microneedling query finds the same in both
        mn = '(microneedl*[tiab] OR dermaroller*[tiab])'
        assert then.search(mn).pmids == tuple(
            p for p in now.search(mn).pmids
            if next(now.fetch([p])).fetched_at <= "2026-11-21")
    finally:
        now.close()
        then.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def two_runs_any(request, two_runs):
    """`two_runs` read on each engine (PostgreSQL: the store copied there by `tracker store copy`)."""
    if request.param == "sqlite":
        return two_runs
    from tracker.store import copy_store

    url = request.getfixturevalue("pg_url")
    copy_store(two_runs[0], url)
    return (url, *two_runs[1:])


def test_runs_keep_their_as_of_day_and_changes_explain_the_new_studies(two_runs_any):
    db, first, second, _ = two_runs_any
    with Store(db, readonly=True) as store:
        ch = changes_between(store)
        runs = {r["run_id"]: r for r in store.conn.execute("SELECT * FROM runs")}
    assert runs[first]["as_of"] == "2026-11-21" and runs[second]["as_of"] is None
    assert runs[first]["rules"] == runs[second]["rules"] and runs[first]["rules"]
    assert (ch.from_run.run_id, ch.to_run.run_id) == (first, second)
    rosemary = next(c for c in ch.claims if c.question_id == "ro-hair")
    assert rosemary.verdict_from == "no evidence found" and rosemary.verdict_to != "no evidence found"
    assert rosemary.verdict_changed and ch.any_verdict_changed
    new = [s for s in rosemary.studies if s.kind == "new"]
    assert new and all("captured 2026-12-05" in s.when for s in new)
    assert any(s.pmid in rosemary.reasons[0] for s in new) and rosemary.reasons[0].startswith(f"{len(new)} new stud")
    # the fasting claim has no evidence either way: unchanged, and nothing new to show for it
    fasting = next(c for c in ch.claims if c.question_id == "if-weight")
    assert not fasting.changed and fasting.studies == ()
    assert {r.pmid for r in ch.new_records} >= {s.pmid for s in new}
    assert all(r.question_ids == ("ro-hair",) for r in ch.new_records)
    assert ch.rules_changed is False


def test_changes_cli_text_json_and_exit_status(two_runs):
    db, first, second, _ = two_runs
    run = lambda *a: subprocess.run([sys.executable, "-m", "tracker.cli", "changes", "--db", str(db), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    r = run()
    assert r.returncode == 3, r.stderr
    assert "r-01 [ro-hair]: no evidence found (No evidence found) ->" in r.stdout
    assert "because" in r.stdout and "PMID" in r.stdout and "captured 2026-12-05" in r.stdout
    r = run("--from", "2026-11-21", "--json")
    assert r.returncode == 3
    data = json.loads(r.stdout)
    assert data["from_run"]["run_id"] == first and data["to_run"]["run_id"] == second
    assert data["any_verdict_changed"] is True and data["new_records"]
    # a run compared with itself's neighbour in the other direction, and bad requests
    assert run("--from", str(second), "--to", str(second)).returncode == 1
    assert run("--from", "2020-01-01").returncode == 1
    assert run("--to", "99").returncode == 1
    assert run("--bogus").returncode == 2


def test_unchanged_runs_exit_zero_and_say_nothing_changed(tmp_path):
    claims, questions, arts = _write_audit(tmp_path, questions=(FASTING,))
    inputs = load_inputs(claims, questions, arts)
    db = tmp_path / "t.db"
    held = "SELECT fetched_at, COUNT(*) FROM records WHERE source='snapshot' GROUP BY fetched_at"
    _audit(db, inputs, as_of=date(2026, 11, 21))
    with Store(db, readonly=True) as store:  # the store keeps the sample the run could see
        assert dict(store.conn.execute(held).fetchall()) == {"2026-11-21": 95}
    _audit(db, inputs)
    with Store(db, readonly=True) as store:
        assert dict(store.conn.execute(held).fetchall()) == {"2026-11-21": 95, "2026-12-05": 113}
        ch = changes_between(store)
    assert not ch.any_verdict_changed and not ch.new_records
    assert "nothing changed for the 1 claim both graded" in ch.summary()
    r = subprocess.run([sys.executable, "-m", "tracker.cli", "changes", "--db", str(db)], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0 and "New records: none." in r.stdout


def test_claim_history_lists_each_run_in_evidence_order(two_runs_any):
    db, first, second, _ = two_runs_any
    with Store(db, readonly=True) as store:
        hist = claim_history(store, "r-01")
    assert [h.run.run_id for h in hist] == [first, second]
    assert hist[0].verdict == "no evidence found" and hist[0].reasons == ()
    assert hist[1].verdict != "no evidence found" and "new stud" in hist[1].reasons[0]


def test_resolve_runs_by_day_prefers_the_as_of_day():
    r = lambda i, started, as_of=None: RunInfo(i, "complete", "snapshot", "", started, started, as_of, "x")  # noqa: E731
    runs = (r(1, "2026-12-05T10:00:00", "2026-11-21"), r(2, "2026-12-05T11:00:00"), r(3, "2026-12-06T09:00:00"))
    assert [x.run_id for x in resolve_runs(runs)] == [2, 3]
    assert [x.run_id for x in resolve_runs(runs, "2026-11-30")] == [1, 3]
    assert [x.run_id for x in resolve_runs(runs, "2026-12-05", "3")] == [2, 3]
    with pytest.raises(ChangesError, match="nothing earlier"):
        resolve_runs(runs[:1])
    with pytest.raises(ChangesError, match="not a complete run"):
        resolve_runs(runs, "7")


def test_off_topic_article_triggers_the_coverage_warning(tmp_path):
    claims, questions, arts = _write_audit(tmp_path)
    backend = open_backend("snapshot")
    try:
        cov = check_coverage(backend, load_inputs(claims, questions, arts).questions, sample_topics())
    finally:
        backend.close()
    assert [q.question_id for q in cov.uncovered] == ["if-weight"]  # rosemary is in capture 2
    warning = cov.warning()
    assert "if-weight (intermittent fasting)" in warning and "is a sample" in warning
    assert "rosemary oil" in warning and "microneedling" in warning  # the topics, from the README
    assert intervention_block(FASTING) == '"intermittent fasting"[Title/Abstract] OR "time restricted eating"[Title/Abstract]'
    # the CLI warns before grading, and says only the sample was searched for 'no evidence found'
    db = tmp_path / "t.db"
    r = subprocess.run([sys.executable, "-m", "tracker.cli", "run", "--db", str(db), "--claims", str(claims),
                        "--questions", str(questions), "--articles", str(arts), "--quiet", "--no-extract"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    flat = " ".join(r.stderr.split())
    assert "has no record at all on the intervention of 1 of 2 questions" in flat
    assert "rosemary.txt gives its date as 2026-11-25" in flat
    with Store(db, readonly=True) as store:
        why, reasons = store.conn.execute("SELECT rationale, reasons FROM claim_verdicts WHERE claim_id='r-02'").fetchone()
    assert "Only the embedded sample of 208 PubMed records was searched" in why
    assert "only the embedded sample was searched, not PubMed" in json.loads(reasons)[1]


def test_a_covered_audit_gets_no_warning(tmp_path):
    backend = open_backend("snapshot")
    try:
        cov = check_coverage(backend, load_inputs().questions)
    finally:
        backend.close()
    assert cov.warning() is None and all(q.hits > 0 for q in cov.questions)


def test_article_date_reads_the_first_stated_date():
    assert article_date(ARTICLE) == "2026-11-25"
    assert article_date("Title\nUpdated: 2025-01-02\nPosted on May 5, 2023") == "2023-05-05"
    assert article_date("A study from 2020 found...") is None


def test_dashboard_what_changed_page(two_runs, monkeypatch):
    from streamlit.testing.v1 import AppTest

    db, first, second, _ = two_runs
    monkeypatch.setenv("TRACKER_DB", str(db))
    app = Path(__file__).resolve().parent.parent / "tracker" / "dashboard" / "app.py"
    at = AppTest.from_file(str(app), default_timeout=60)
    at.switch_page("views/changes.py")
    at.query_params["claim"] = "r-01"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    body = " ".join(m.value for m in at.markdown).replace("\\", "")  # Markdown escapes
    assert f"Between run {first} (as of 2026-11-21, snapshot) and run {second}" in body
    frames = [d.value for d in at.dataframe]
    changed, new, history = frames[0], frames[1], frames[2]
    assert list(changed["claim"]) == ["r-01"] and "new stud" in changed["why"].iloc[0]
    assert len(new) > 0 and all("captured 2026-12-05" in w for w in new["date"])
    assert list(history["run"]) == [first, second] and history["verdict"].iloc[0] == "no evidence found"
    warnings = " ".join(w.value for w in at.warning).replace("\\", "")
    assert "if-weight (intermittent fasting)" in warnings
    assert "rosemary.txt: 2026-11-25" in body


def test_overview_says_what_changed(two_runs, monkeypatch):
    from streamlit.testing.v1 import AppTest

    db, first, second, _ = two_runs
    monkeypatch.setenv("TRACKER_DB", str(db))
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "tracker" / "dashboard" / "app.py"),
                           default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    captions = " ".join(c.value for c in at.caption).replace("\\", "")
    assert f"What changed:** Between run {first} (as of 2026-11-21, snapshot) and run {second}" in captions
    assert "1 of 2 claims changed verdict or certainty" in captions


def test_audit_page_offers_the_article_date_and_warns_about_coverage(tmp_path, monkeypatch):
    """The dashboard's audit: the article's own date is offered as the evidence day; the run is
    made as of that day; an intervention the sample never mentions is warned about before grading."""
    import time

    from streamlit.testing.v1 import AppTest

    from tracker import jobs

    db = tmp_path / "tracker.db"
    monkeypatch.setenv("TRACKER_DB", str(db))
    for var in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR"):
        monkeypatch.delenv(var, raising=False)
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "tracker" / "dashboard" / "app.py"),
                           default_timeout=60)
    at.switch_page("views/audit.py")
    at.run()
    at.text_area(key="paste_text").set_value(ARTICLE)
    at.button(key="paste_go").click().run()
    deadline = time.monotonic() + 60
    while not at.data_editor:
        assert time.monotonic() < deadline and not at.exception, [e.value for e in at.exception]
        time.sleep(0.1)
        at.run()
    job = jobs.get_job(db, at.query_params["job"][0] if isinstance(at.query_params["job"], list)
                       else at.query_params["job"])
    radio = next(r for r in at.radio if r.key == f"as_of_{job.job_id}")
    assert radio.value == "today" and "As when the article was published (2026-11-25)" in radio.options
    qids = {i.claim.question_id for i in job.items}
    backend = open_backend("snapshot")
    try:
        uncovered = check_coverage(backend, [job.question(q) for q in qids]).uncovered
    finally:
        backend.close()
    warned = " ".join(w.value for w in at.warning).replace("\\", "")
    assert bool(uncovered) == ("embedded sample has no record on" in warned)
    assert all(q.question_id in warned for q in uncovered)
    radio.set_value("published").run()
    at.button(key="grade").click().run()
    while not at.success:
        assert time.monotonic() < deadline + 60 and not at.exception, [e.value for e in at.exception]
        time.sleep(0.1)
        at.run()
    job = jobs.get_job(db, job.job_id)
    with Store(db, readonly=True) as store:
        run = store.conn.execute("SELECT as_of, source_label, rules FROM runs WHERE run_id=?", (job.run_id,)).fetchone()
    assert run["as_of"] == "2026-11-25" and "as of 2026-11-25: 95 of 208" in run["source_label"] and run["rules"]


def test_mirror_as_of_counts_only_records_published_in_earlier_years(tmp_path):
    from tracker.local_index import LocalIndex, open_mirror_backend
    from tracker.models import AbstractSection, Record

    recs = [Record(str(100 + i), f"Rosemary oil for hair, trial {i}", (AbstractSection(None, "Hair counts rose."),),
                   year=year) for i, year in enumerate((2023, 2024, 2025, 2026, None))]
    with LocalIndex(tmp_path / "m.db") as idx:
        idx.add(recs)
    now, then = open_mirror_backend(tmp_path / "m.db"), open_mirror_backend(tmp_path / "m.db", as_of=date(2025, 6, 1))
    try:
        assert now.search("rosemary[tiab]").count == 5
        old = then.search("rosemary[tiab]")
        assert sorted(old.pmids) == ["100", "101"] and old.count == 2  # 2025 itself may postdate June 1st
        assert any("3 hits published in 2025 or later, or without a year, were left out" in w for w in old.warnings)
        assert "as of 2025-06-01" in then.label() and then.cache_key != now.cache_key
    finally:
        now.close()
        then.close()


def test_snapshot_command_lists_the_topics_per_capture():
    r = subprocess.run([sys.executable, "-m", "tracker.cli", "snapshot"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "208 PubMed records (95 captured 2026-11-21, 113 captured 2026-12-05)" in r.stdout
    assert "2026-12-05 (113 records): rosemary oil" in r.stdout


def test_a_rule_change_is_named_and_bad_as_of_days_are_refused(two_runs, tmp_path):
    import shutil
    import sqlite3

    db, first, second, folder = two_runs
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as c:
        c.execute("UPDATE runs SET rules='000000000000' WHERE run_id=?", (first,))
    with Store(copy, readonly=True) as store:
        ch = changes_between(store)
    assert ch.rules_changed is True
    fasting = next(c for c in ch.claims if c.question_id == "if-weight")
    assert fasting.reasons[-1].startswith("the appraisal and grading rules changed (000000000000 -> ")
    run = lambda *a: subprocess.run([sys.executable, "-m", "tracker.cli", "run", "--db", str(tmp_path / "x.db"),  # noqa: E731
                                     "--claims", str(folder / "claims.csv"), "--questions", str(folder / "questions.csv"),
                                     "--articles", str(folder / "articles"), "--quiet", *a],
                                    capture_output=True, text=True, timeout=120)
    r = run("--as-of", "2999-01-01")
    assert r.returncode == 2 and "--as-of 2999-01-01: that day has not come yet" in r.stderr
    assert run("--as-of", "21/11/2026").returncode == 2


def test_the_rules_fingerprint_follows_the_judging_code(tmp_path):
    from tracker.changes import rule_files

    names = {p.name for p in rule_files()}
    assert {"appraisal.py", "grading.py", "text.py", "models.py"} <= names
    assert not names & {"cli.py", "store.py", "changes.py", "jobs.py", "export.py"}
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "appraisal.py").write_text("from .text import x\nfrom . import helpers\n", encoding="utf-8")
    (pkg / "text.py").write_text("x = 1\n", encoding="utf-8")
    (pkg / "helpers.py").write_text("from tracker.deep import y\n", encoding="utf-8")
    (pkg / "deep.py").write_text("y = 2\n", encoding="utf-8")
    (pkg / "cli.py").write_text("from .appraisal import x\n", encoding="utf-8")
    assert [p.name for p in rule_files(pkg)] == ["appraisal.py", "deep.py", "helpers.py", "text.py"]


def test_demo_audit_as_of_the_first_capture_and_today(tmp_path, monkeypatch):
    """What `make demo` leaves: the curated microneedling audit as of 2026-11-21 and today, a store
    holding all 208 records, and pages that say explicitly that nothing changed."""
    from streamlit.testing.v1 import AppTest

    db = tmp_path / "demo.db"
    inputs = load_inputs()
    _audit(db, inputs, as_of=date(2026, 11, 21))
    app = Path(__file__).resolve().parent.parent / "tracker" / "dashboard" / "app.py"
    monkeypatch.setenv("TRACKER_DB", str(db))
    at = AppTest.from_file(str(app), default_timeout=60)
    at.switch_page("views/changes.py")
    at.run()
    assert not at.exception and any("Only one complete audit run so far" in i.value for i in at.info)
    _audit(db, inputs)
    with Store(db, readonly=True) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 208
        ch = changes_between(store, "2026-11-21")
    n = len(inputs.claims)
    assert ch.from_run.as_of == "2026-11-21" and ch.to_run.as_of is None and not ch.any_verdict_changed
    assert ch.summary().endswith(f"nothing changed for the {n} claims both graded.")
    at = AppTest.from_file(str(app), default_timeout=60)
    at.run()
    captions = " ".join(c.value for c in at.caption).replace("\\", "")
    assert f"nothing changed for the {n} claims both graded" in captions
