"""The store on both engines (SQLite and PostgreSQL, `any_db`): schema, atomic runs, the cache,
and what readers see."""

from __future__ import annotations

import pytest

from tracker import db
from tracker.models import (
    AbstractSection,
    Appraisal,
    Article,
    Claim,
    ClaimVerdict,
    DesignCount,
    MeshHeading,
    Question,
    QuestionGrade,
    Record,
    SearchResult,
)
from tracker.store import Store, StoreError

ART = Article("a.txt", "Title", "Needling shrinks pores. It is safe.", "text", "0" * 64)
Q = Question("q1", "Does needling shrink pores?", "microneedling", "pore size", "efficacy",
             "microneedl*[tiab] AND pore*[tiab]")
CLAIM = Claim("c1", "a.txt", "Needling shrinks pores.", 0, 23, "Needling shrinks pores.", "q1", "efficacy", "plain")
REC = Record("123", "A <b>title</b>", (AbstractSection("RESULTS", "Pores shrank."),), "J", 2020, "10.1/x",
             publication_types=("Randomized Controlled Trial",), mesh=(MeshHeading("Skin", True, ("drug effects",)),),
             text_kind="synopsis", text_complete=False)


def _result(pmids=("123",)):
    return SearchResult("snapshot", Q.query, "translated", len(pmids), tuple(pmids), "2026-11-21T00:00:00+00:00",
                        ("a warning",), "embedded snapshot")


def _results(verdict="supported"):
    ap = Appraisal("q1", "123", "both", True, None, "RCT", None, "human", 40, "supports", "Pores shrank.", False, None,
                   ("80%",))
    grade = QuestionGrade("q1", "Moderate", verdict, 1, 1, 1, 40, (DesignCount("RCT", 1),), 1, 0, 0, 0, 0,
                          ("imprecision",), "1 RCT supports", ("123",))
    v = ClaimVerdict("c1", "q1", verdict, "Moderate", False, "because", 1, 40, ("123",))
    return ap, grade, v


def _full_run(store, verdict="supported"):
    run = store.start_run("snapshot", "embedded snapshot")
    sid = store.save_search("k", _result(), [REC], n_fetched=1)
    ap, grade, v = _results(verdict)
    store.finish_run(run, articles=[ART], questions=[Q], claims=[CLAIM], searches={"q1": sid},
                     appraisals=[ap], grades=[grade], verdicts=[v], n_records=1)
    return run


def test_records_round_trip_exactly(any_db):
    with Store(any_db) as s:
        sid = s.save_search("k", _result(), [REC], n_fetched=1)
        assert s.get_records("snapshot", ["123", "999"]) == {"123": REC}
        cached = s.cached_search("k", Q.query)
        assert cached.search_id == sid and cached.result == _result() and cached.n_fetched == 1
        assert s.cached_search("other-key", Q.query) is None
        assert s.known_pmids("snapshot", ["123", "5"]) == {"123"}


def test_readers_see_latest_complete_run_only(any_db):
    with Store(any_db) as s:
        _full_run(s, "supported")
        # A later run that never finishes must not change what readers see.
        unfinished = s.start_run("snapshot", "embedded snapshot")
        frame = s.claims_frame()
        assert list(frame["verdict"]) == ["supported"]
        _full_run(s, "contradicted")
        frame = s.claims_frame()
        assert list(frame["verdict"]) == ["contradicted"]
        # Still running: its process (this one) is alive.
        assert s.runs_frame().set_index("run_id").loc[unfinished, "status"] == "running"
        assert list(s.running_runs()["run_id"]) == [unfinished]
        # Once its process is gone, the next run marks it interrupted.
        with s.transaction() as c:
            c.execute("UPDATE runs SET pid=999999999 WHERE run_id=?", (unfinished,))
        assert s.running_runs().empty
        _full_run(s, "contradicted")
        assert s.runs_frame().set_index("run_id").loc[unfinished, "status"] == "interrupted"
        ev = s.evidence_frame("q1")
        assert list(ev["pmid"]) == ["123"] and ev["title"][0] == "A <b>title</b>"
        assert s.searches_frame()["count"].tolist() == [1]


def test_finish_run_is_atomic(any_db):
    with Store(any_db) as s:
        run = s.start_run("snapshot", "embedded snapshot")
        sid = s.save_search("k", _result(), [REC], n_fetched=1)
        ap, grade, v = _results()
        bad = ClaimVerdict("c1", "q1", "supported", "Moderate", False, None, 1, 40)  # NOT NULL rationale
        with pytest.raises(db.IntegrityError):
            s.finish_run(run, articles=[ART], questions=[Q], claims=[CLAIM], searches={"q1": sid},
                         appraisals=[ap], grades=[grade], verdicts=[bad], n_records=1)
        # Nothing of the run is visible: not its inputs, not its grades.
        assert s.claims_frame().empty
        assert s.conn.execute("SELECT COUNT(*) FROM appraisals").fetchone()[0] == 0
        assert s.conn.execute("SELECT status FROM runs").fetchone()[0] == "running"


def test_claims_of_a_rerun_article_replace_old_ones(any_db):
    with Store(any_db) as s:
        _full_run(s)
        run = s.start_run("snapshot", "x")
        sid = s.save_search("k", _result(), [REC], n_fetched=1)
        c2 = Claim("c2", "a.txt", "It is safe.", 24, 35, "It is safe.", "q1", "safety", "plain")
        s.finish_run(run, articles=[ART], questions=[Q], claims=[c2], searches={"q1": sid}, appraisals=[],
                     grades=[], verdicts=[], n_records=0)
        assert list(s.claims_frame()["claim_id"]) == ["c2"]


def test_readonly_open_of_missing_or_corrupt_db(tmp_path):
    with pytest.raises(StoreError, match="no database here"):
        Store(tmp_path / "missing.db", readonly=True)
    bad = tmp_path / "corrupt.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="corrupt.db: cannot open the tracker database"):
        Store(bad)
    assert bad.read_bytes() == b"this is not sqlite" * 100
