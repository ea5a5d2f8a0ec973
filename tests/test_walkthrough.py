"""What a newcomer met walking through `make demo`, the dashboard and the CLI (engineer Q's pass):
counts that must agree on one page, key columns in view, footnotes, and clear bad-input errors."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

from tracker.cli import main
from tracker.grading import CONTEXT
from tracker.store import Store

APP = Path(__file__).resolve().parent.parent / "tracker" / "dashboard" / "app.py"


@pytest.fixture
def demo(demo_db, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db))
    with Store(demo_db, readonly=True) as s:
        return s.claims_frame(), s.questions_frame(), s.evidence_frame()


def run_app(**query) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params.update(query)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown] + [c.value for c in at.caption]


def test_records_counted_on_a_page_match_the_grade_it_shows(demo):
    """The studies section said '11 counted in the grade' under a 'Counted in the grade 9' metric:
    it counted narrative reviews, which grading leaves out as context."""
    claims, questions, evidence = demo
    ev = evidence[evidence["included"].astype(bool)]
    with_reviews = ev[ev["design"].isin(CONTEXT) & (ev["direction"] != "unclear")]["question_id"]
    assert not with_reviews.empty, "the demo store should have a narrative review with a direction"
    qid = with_reviews.iloc[0]
    q = questions.set_index("question_id").loc[qid]
    at = run_app(question=qid)
    line = next(t for t in markdown(at) if "counted in the grade" in t)
    assert f"· {int(q['n_studies'])} counted in the grade" in line, line
    assert "narrative review" in line and "context, not counted" in line
    assert [m.value for m in at.metric if m.label == "Counted in the grade"] == [f"{int(q['n_studies']):,}"]


def test_question_ids_are_shown_whole(demo):
    """'mn-hair-growth-mechanism' was cut in a 170 px ID column; the longest ID now fits."""
    _, questions, _ = demo
    at = run_app()
    at.switch_page("views/questions.py").run()
    proto = next(df.proto for df in at.dataframe if df.key == "questions_table")
    width = json.loads(proto.columns)["url"]["width"]
    longest = max(questions["question_id"], key=len)
    assert width >= 7.5 * len(longest) + 16, (width, longest)  # ~7.5 px a character at the table's font


def test_certainty_and_side_come_before_the_long_text_columns(demo):
    """At 1400 px only about 940 px of a claims table is in view: certainty and where the evidence sits
    were scrolled out of sight behind the claim and quote."""
    claims, _, _ = demo
    at = run_app()
    cols = list(next(df.value for df in at.dataframe if df.key == "overview_claims").columns)
    assert cols.index("certainty") < cols.index("claim") and cols.index("side_text") < cols.index("claim")
    at = run_app(article=claims["article"].iloc[0])
    cols = list(next(df.value for df in at.dataframe if df.key == "article_claims").columns)
    assert cols.index("certainty") < cols.index("quote") and cols.index("side_text") < cols.index("quote")


def test_summary_of_findings_footnotes_are_lettered_once(demo):
    """They read '1. a. very serious imprecision ...'."""
    claims, questions, _ = demo
    noted = questions[[bool((json.loads(x) if isinstance(x, str) else {}).get("footnotes")) for x in questions["sof"]]]
    assert not noted.empty
    at = run_app(question=noted["question_id"].iloc[0])
    notes = [t for t in markdown(at) if re.search(r"(^|\n)a\\?\. ", t)]
    assert notes, markdown(at)
    assert not any(re.search(r"\d+\. a\\?\. ", t) for t in notes), notes


def test_banner_says_reviews_pooled_participants_beside_zero_in_primary_studies(demo):
    """A claim resting on a meta-analysis showed '1 study counted · 0 participants'."""
    claims, questions, _ = demo
    pooled = questions[questions["n_participants_reviews"] > 0]
    assert not pooled.empty
    q = pooled.iloc[0]
    at = run_app(question=q["question_id"])
    banner = next(h.proto.body for h in at.get("html") if "certainty" in h.proto.body.lower())
    assert f"in primary studies (reviews pooled {int(q['n_participants_reviews']):,})" in banner, banner
    plain = questions[(questions["n_participants_reviews"] == 0) & questions["n_studies"].gt(0)]
    if not plain.empty:
        at = run_app(question=plain["question_id"].iloc[0])
        banner = next(h.proto.body for h in at.get("html") if "certainty" in h.proto.body.lower())
        assert "reviews pooled" not in banner


# ---- the command line ----------------------------------------------------------------------------

def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, prog_name="tracker")


@pytest.mark.parametrize("args", [["--from", "notadate"], ["--from", "2026-13-45"], ["--to", "latest"]])
def test_changes_with_a_malformed_run_or_day_is_bad_usage(demo_db, args):
    r = cli("changes", "--db", demo_db, *args)
    assert r.exit_code == 2, r.stderr
    assert "is not a run id" in r.stderr and "Traceback" not in r.stderr
    assert cli("changes", "--db", demo_db, "--to", "99").exit_code == 1  # well formed, not in the store


def test_review_list_without_decisions_says_so(demo_db):
    r = cli("review", "list", "--db", demo_db)
    assert r.exit_code == 0 and r.stdout == ""
    assert "No reviewer decisions yet" in r.stderr


def test_export_of_a_missing_store_prints_only_the_error(tmp_path):
    r = cli("export", "--format", "html", "--out", tmp_path / "h", "--db", tmp_path / "none.db")
    assert r.exit_code == 1
    assert r.stderr.startswith("error: ") and "warning" not in r.stderr, r.stderr


def test_run_summary_does_not_read_as_fewer_records_than_the_sample(demo_db, tmp_path):
    """'94 records from embedded snapshot ...: 95 of 208 PubMed records' read as a lost record."""
    db = tmp_path / "t.db"
    shutil.copy(demo_db, db)
    r = cli("run", "--db", db, "--quiet")
    assert r.exit_code == 0, r.stderr
    line = " ".join(r.stderr.split())
    assert re.search(r"\d+ records found by the searches\. Evidence: embedded snapshot", line), line
    with Store(db, readonly=True) as s:
        assert not pd.isna(s.claims_frame()["verdict"]).all()


def test_run_on_an_empty_mirror_is_refused_naming_the_file(tmp_path):
    """A failed `mirror ingest` left an empty index; `run --source mirror` then graded all 107 claims
    'no evidence found' and exited 0."""
    from tracker.local_index import LocalIndex

    mirror = tmp_path / "pubmed.db"
    LocalIndex(mirror).close()  # what a failed first ingest leaves behind
    r = cli("run", "--source", "mirror", "--mirror", mirror, "--db", tmp_path / "t.db", "--quiet")
    assert r.exit_code == 1, r.stderr
    assert f"{mirror}: the mirror holds no records" in " ".join(r.stderr.split())
    assert not (tmp_path / "t.db").exists()


def test_long_extracted_claim_ids_are_shown_whole(tmp_path, monkeypatch):
    """An audited article's claims ('auto-pasted-21c2dbed4d-v2.txt-01', ...) all showed as 'auto-pastec'."""
    from tracker.paths import EXAMPLES_DIR

    db = tmp_path / "ex.db"
    r = cli("run", "--articles", EXAMPLES_DIR, "--db", db, "--quiet")
    assert r.exit_code == 0, r.stderr
    with Store(db, readonly=True) as s:
        ids = s.claims_frame()["claim_id"]
    longest = max(ids, key=len)
    assert len(longest) > 20, longest
    monkeypatch.setenv("TRACKER_DB", str(db))
    at = run_app()
    proto = next(df.proto for df in at.dataframe if df.key == "overview_claims")
    assert json.loads(proto.columns)["url"]["width"] >= 7.5 * len(longest) + 16, longest


def test_what_changed_skips_a_dashboard_audit_of_another_article(demo_db_copy, monkeypatch):
    """After someone audited a new article in the dashboard (the latest run, private to them), the page
    picked that run by default and showed only 'graded no claim in common: nothing to compare'."""
    from tracker import jobs
    from tracker.paths import EXAMPLES_DIR

    assert cli("run", "--db", demo_db_copy, "--quiet").exit_code == 0  # the seed audit again: run 2
    text = (EXAMPLES_DIR / "retinol.txt").read_bytes()
    job = jobs.wait(demo_db_copy, jobs.create_job(demo_db_copy, "retinol.txt", text, owner="someone").job_id)
    job = jobs.wait(demo_db_copy, jobs.submit_review(demo_db_copy, job.job_id, jobs.Review(), owner="someone").job_id)
    assert job.run_id is not None
    monkeypatch.setenv("TRACKER_DB", str(demo_db_copy))
    at = run_app()
    at.switch_page("views/changes.py").run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    later, earlier = at.selectbox(key="changes_to"), at.selectbox(key="changes_from")
    assert later.value != job.run_id and job.run_id not in [int(o.split()[1]) for o in later.options]
    assert (earlier.value, later.value) == (1, 2)


def test_overview_what_changed_line_survives_an_audit_of_another_article(demo_db_copy):
    """The overview's "What changed" line uses the same pair as the What changed page (the latest
    runs of the same claims), so an audit of a new article does not make it disappear."""
    from tracker import jobs
    from tracker.changes import latest_pair, latest_summary
    from tracker.paths import EXAMPLES_DIR

    assert cli("run", "--db", demo_db_copy, "--quiet").exit_code == 0  # the seed audit again: run 2
    text = (EXAMPLES_DIR / "retinol.txt").read_bytes()
    job = jobs.wait(demo_db_copy, jobs.create_job(demo_db_copy, "retinol.txt", text, owner="someone").job_id)
    job = jobs.wait(demo_db_copy, jobs.submit_review(demo_db_copy, job.job_id, jobs.Review(), owner="someone").job_id)
    assert job.run_id is not None
    with Store(demo_db_copy, readonly=True) as s:
        earlier, later = latest_pair(s)
        line = latest_summary(s)
    assert (earlier.run_id, later.run_id) == (1, 2)
    assert line is not None and "run 1" in line and "run 2" in line
