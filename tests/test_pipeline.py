"""The whole audit on the embedded snapshot: complete, traceable to records, repeatable, resumable."""

from __future__ import annotations

import json

import pytest

from tracker.claims import load_inputs
from tracker.models import CERTAINTIES, VERDICTS
from tracker.pipeline import open_backend, run_audit, write_claims_graded
from tracker.search import SearchError
from tracker.store import Store


@pytest.fixture(scope="module")
def inputs():
    return load_inputs()


def test_every_claim_gets_a_verdict_from_the_records_shown(demo_db, inputs):
    with Store(demo_db, readonly=True) as s:
        claims = s.claims_frame()
        evidence = s.evidence_frame()
        searches = s.searches_frame()
        questions = s.questions_frame()
    assert len(claims) == len(inputs.claims)
    assert claims["verdict"].isin(VERDICTS).all()
    assert claims["certainty"].isin(CERTAINTIES).all()
    assert claims["rationale"].str.len().gt(20).all()
    assert set(searches["question_id"]) == {q.question_id for q in inputs.questions}
    # Every PMID a claim cites was appraised for that claim's question and is a stored record.
    included = evidence[evidence["included"] == 1]
    # the body of evidence that is counted: narrative reviews are context, never counted (G1b)
    usable = included[(included["direction"] != "unclear") & (included["design"] != "narrative review")]
    for row in claims.itertuples():
        cited = set(json.loads(row.cited_pmids))
        shown = set(included.loc[included["question_id"] == row.question_id, "pmid"])
        assert cited <= shown, (row.claim_id, cited - shown)
        # (a claim whose verdict set every record aside, "no evidence found" for this claim, counts none of them:
        # its banner never says "5 studies counted" under NO EVIDENCE FOUND, COMPARE9)
        body = int((usable["question_id"] == row.question_id).sum())
        assert row.n_studies == (0 if row.verdict == "no evidence found" else body), row.claim_id
    assert evidence["title"].notna().all(), "every appraised PMID is a stored record"
    # A grade is consistent with its evidence: no evidence <=> no usable included records.
    for q in questions.itertuples():
        n_body = int((usable["question_id"] == q.question_id).sum())
        assert (q.certainty == "No evidence found") == (n_body == 0), q.question_id


def test_source_is_recorded_as_the_embedded_snapshot(demo_db):
    with Store(demo_db, readonly=True) as s:
        run = s.latest_run()
        assert run["source"] == "snapshot"
        assert "synopses, not abstracts" in run["source_label"]
        assert set(s.records_frame()["text_kind"]) == {"synopsis"}


def test_rerun_is_identical_and_reads_the_cache(demo_db_copy, inputs, tmp_path):
    backend = open_backend("snapshot")
    try:
        with Store(demo_db_copy) as s:
            n_searches = s.conn.execute("SELECT COUNT(*) FROM searches").fetchone()[0]
            first = s.claims_frame().drop(columns="run_id")
            summary = run_audit(s, backend, inputs)
            assert s.conn.execute("SELECT COUNT(*) FROM searches").fetchone()[0] == n_searches
            second = s.claims_frame().drop(columns="run_id")
    finally:
        backend.close()
    assert first.equals(second)
    a = write_claims_graded(tmp_path / "a.csv", inputs.claims, summary.verdicts)
    assert a.read_text().count("\n") == len(inputs.claims) + 1


class _Failing:
    """The real snapshot backend, made to fail after `n` searches (as a dropped network would)."""

    def __init__(self, backend, n):
        self.backend, self.n, self.calls = backend, n, 0
        self.name = backend.name

    def __getattr__(self, item):
        return getattr(self.backend, item)

    def search(self, query, **kw):
        self.calls += 1
        if self.calls > self.n:
            raise SearchError(f"connection lost while searching {query!r}")
        return self.backend.search(query, **kw)


def test_interrupted_run_resumes_from_the_cache(tmp_path, inputs):
    real = open_backend("snapshot")
    try:
        with Store(tmp_path / "t.db") as s:
            failing = _Failing(real, 3)
            with pytest.raises(SearchError, match="question .*connection lost"):
                run_audit(s, failing, inputs)
            assert s.conn.execute("SELECT COUNT(*) FROM searches").fetchone()[0] == 3
            assert s.claims_frame()["verdict"].isna().all(), "a failed run shows nothing"
            assert s.runs_frame()["status"].tolist() == ["failed"]
            resumed = _Failing(real, 10_000)
            run_audit(s, resumed, inputs)
            assert resumed.calls == len(inputs.questions) - 3, "cached searches are not repeated"
            n = s.conn.execute("SELECT COUNT(*) FROM searches").fetchone()[0]
            assert n == len(inputs.questions)
            dupes = s.conn.execute(
                "SELECT COUNT(*) FROM (SELECT pmid, source FROM records GROUP BY 1, 2 HAVING COUNT(*) > 1)"
            ).fetchone()[0]
            assert dupes == 0
            assert s.claims_frame()["verdict"].notna().all()
    finally:
        real.close()


def test_a_folder_without_curated_claims_is_audited_on_extracted_claims(tmp_path):
    from tracker.paths import DATA_DIR
    from tracker.pipeline import with_extracted_claims

    inputs = with_extracted_claims(load_inputs(articles_dir=DATA_DIR / "examples"))
    assert {a.name for a in inputs.articles} == {"collagen_supplements.md", "led_face_masks.html", "retinol.txt"}
    assert inputs.claims and all(c.origin == "auto" for c in inputs.claims)
    assert {c.question_id for c in inputs.claims} == {q.question_id for q in inputs.questions}
    backend = open_backend("snapshot")
    try:
        with Store(tmp_path / "t.db") as s:
            run_audit(s, backend, inputs)
            claims = s.claims_frame()
            assert set(claims["origin"]) == {"auto"}
            assert claims["verdict"].notna().all()
            assert set(s.articles_frame()["origin"]) == {"auto"}
    finally:
        backend.close()
