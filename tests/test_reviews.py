"""Reviewer decisions on a real store made by the real pipeline: stored, applied, regraded, kept."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tracker import reviews
from tracker.claims import load_inputs
from tracker.cli import main
from tracker.errors import InputError
from tracker.models import Appraisal
from tracker.pipeline import open_backend, run_audit
from tracker.reviews import Decision
from tracker.store import Store

QID = "mn-infection-risk"  # one systematic review decides it: flipping its direction moves the verdict


def _verdicts(store: Store, qid: str = QID) -> dict[str, str]:
    cf = store.claims_frame()
    rows = cf[cf["question_id"] == qid]
    return dict(zip(rows["claim_id"], rows["verdict"]))


def _lead_record(store: Store) -> str:
    ev = store.evidence_frame(QID)
    ev = ev[ev["included"] == 1]
    best = ev[ev["design"].isin(["systematic review", "meta-analysis", "RCT"])]
    return str((best if len(best) else ev)["pmid"].iloc[0])


def _rerun(db) -> None:
    backend = open_backend("snapshot")
    try:
        with Store(db) as store:
            run_audit(store, backend, load_inputs())
    finally:
        backend.close()


def test_direction_override_regrades_is_stored_and_survives_a_rerun(demo_any_db):
    with Store(demo_any_db) as s:
        before = _verdicts(s)
        pmid = _lead_record(s)
        machine = s.evidence_frame(QID).set_index("pmid").loc[pmid, "direction"]
        new = "supports" if machine != "supports" else "contradicts"
        d, summary = reviews.decide(s, Decision("record", "direction", new, "Ana Silva",
                                                "Results section reports the opposite", question_id=QID, pmid=pmid))
        after = _verdicts(s)
        assert summary is not None and d.old_value == machine and d.record_hash
        assert after != before, "the override did not change any verdict"
        applied = reviews.applied_frame(s)
        row = applied[applied["pmid"] == pmid].iloc[0]
        assert json.loads(row["machine_value"]) == machine and json.loads(row["reviewed_value"]) == new
        assert row["reviewer"] == "Ana Silva" and row["reason"] == "Results section reports the opposite"
        assert s.evidence_frame(QID).set_index("pmid").loc[pmid, "direction"] == new
    _rerun(demo_any_db)  # a plain `tracker run` from the CSV files keeps the decision
    with Store(demo_any_db) as s:
        assert _verdicts(s) == after
        assert s.evidence_frame(QID).set_index("pmid").loc[pmid, "direction"] == new
        assert not reviews.applied_frame(s)["stale"].astype(bool).any()
        # The record's text changes (a corrected abstract): the decision still applies, flagged.
        s.conn.execute("UPDATE records SET title = title || ' (corrected)' WHERE pmid=?", (pmid,))
        s.conn.commit()
    _rerun(demo_any_db)
    with Store(demo_any_db) as s:
        applied = reviews.applied_frame(s)
        assert applied[applied["pmid"] == pmid]["stale"].astype(bool).all()
        # Withdrawn: the machine's reading is back.
        reviews.withdraw(s, int(d.decision_id))
        assert _verdicts(s) == before
        assert s.evidence_frame(QID).set_index("pmid").loc[pmid, "direction"] == machine
        listed = reviews.decisions_frame(s)
        assert len(listed) == 1 and not listed["active"].iloc[0]


def test_exclusion_and_a_second_decision_on_the_same_field_replaces_the_first(demo_any_db):
    with Store(demo_any_db) as s:
        pmid = _lead_record(s)
        reviews.decide(s, Decision("record", "direction", "no effect", "Ana", "first look", question_id=QID, pmid=pmid))
        reviews.decide(s, Decision("record", "direction", "supports", "Ben", "second look", question_id=QID, pmid=pmid))
        active = reviews.load(s)
        assert [(d.reviewer, d.new_value) for d in active] == [("Ben", "supports")]
        reviews.decide(s, Decision("record", "included", False, "Ben", "wrong population", question_id=QID, pmid=pmid))
        row = s.evidence_frame(QID).set_index("pmid").loc[pmid]
        assert not row["included"] and "Ben" in row["exclusion_reason"] and "wrong population" in row["exclusion_reason"]


def test_claim_drop_add_and_question_change(demo_any_db):
    with Store(demo_any_db) as s:
        cf = s.claims_frame()
        victim = cf.iloc[0]
        reviews.decide(s, Decision("claim", "drop", True, "Ana", "not a health claim", claim_id=victim["claim_id"]))
        assert victim["claim_id"] not in set(s.claims_frame()["claim_id"])
        art = s.article(victim["article"])
        quote = art.text[0:60]
        other_q = cf[cf["question_id"] != victim["question_id"]]["question_id"].iloc[0]
        added, _ = reviews.decide(s, Decision("claim", "add", {
            "article": art.name, "quote": quote, "start": 0, "end": 60, "claim": "A claim the extractor missed",
            "question_id": other_q}, "Ana", "missed by the extractor"))
        now = s.claims_frame().set_index("claim_id")
        assert added.claim_id in now.index and now.loc[added.claim_id, "question_id"] == other_q
        assert isinstance(now.loc[added.claim_id, "verdict"], str)  # graded at once
        target = cf.iloc[3]
        new_q = cf[cf["question_id"] != target["question_id"]]["question_id"].iloc[-1]
        reviews.decide(s, Decision("claim", "question", new_q, "Ana", "tests another outcome",
                                   claim_id=target["claim_id"]))
        assert s.claims_frame().set_index("claim_id").loc[target["claim_id"], "question_id"] == new_q
    _rerun(demo_any_db)  # the CSV still has the dropped claim and lacks the added one
    with Store(demo_any_db) as s:
        ids = set(s.claims_frame()["claim_id"])
        assert victim["claim_id"] not in ids and added.claim_id in ids
        drop = next(d for d in reviews.load(s) if d.field == "drop")
        reviews.withdraw(s, int(drop.decision_id))
        assert victim["claim_id"] in set(s.claims_frame()["claim_id"])


@pytest.mark.parametrize("decision, message", [
    (Decision("record", "direction", "sideways", "Ana", "r", question_id=QID, pmid="1"), "not one of"),
    (Decision("record", "direction", "supports", "", "r", question_id=QID, pmid="1"), "reviewer"),
    (Decision("record", "direction", "supports", "Ana", " ", question_id=QID, pmid="1"), "reason"),
    (Decision("record", "direction", "supports", "Ana", "r", question_id=QID, pmid="999"), "PMID 999"),
    (Decision("claim", "question", "no-such-question", "Ana", "r", claim_id="c000-01"), "no-such-question"),
    (Decision("claim", "drop", True, "Ana", "r", claim_id="nope"), "claim nope"),
])
def test_bad_decisions_are_refused_with_a_clear_message(demo_any_db, decision, message):
    with Store(demo_any_db) as s:
        with pytest.raises(InputError, match=message):
            reviews.decide(s, decision)
        assert reviews.load(s) == []


def test_apply_to_appraisal_is_pure_and_keeps_the_machine_value():
    a = Appraisal("Q", "1", "both", True, None, "RCT", None, "human", 40, "supports", "s", False, None)
    d = Decision("record", "direction", "contradicts", "Ana", "r", question_id="Q", pmid="1", decision_id=7)
    out, applied = reviews.apply_to_appraisal(a, [d])
    assert out.direction == "contradicts" and a.direction == "supports"
    assert applied[0].machine_value == "supports" and applied[0].reviewed_value == "contradicts"
    other, none = reviews.apply_to_appraisal(a, [Decision("record", "direction", "contradicts", "Ana", "r",
                                                          question_id="Q", pmid="2")])
    assert other == a and none == []


def test_cli_review_record_and_list(demo_any_db):
    with Store(demo_any_db) as s:
        pmid = _lead_record(s)
    runner = CliRunner()
    res = runner.invoke(main, ["review", "record", QID, pmid, "direction", "contradicts", "--reviewer", "Ana",
                               "--reason", "misread", "--db", str(demo_any_db)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["review", "list", "--db", str(demo_any_db)])
    assert res.exit_code == 0 and "Ana" in res.output and "misread" in res.output
    res = runner.invoke(main, ["review", "record", QID, pmid, "direction", "sideways", "--reviewer", "Ana",
                               "--reason", "x", "--db", str(demo_any_db)])
    assert res.exit_code != 0


def test_an_effect_override_is_stored_as_the_appraisal_effect(demo_any_db):
    with Store(demo_any_db) as s:
        pmid = _lead_record(s)
        d, summary = reviews.decide(s, Decision("record", "effect", "infection in 3 of 120 (2.5%) at 4 weeks", "Ana",
                                                "Table 3", question_id=QID, pmid=pmid))
        assert summary is not None
        row = s.conn.execute("SELECT ap.effect FROM current_question_grades g JOIN appraisals ap ON "
                             "ap.run_id = g.run_id AND ap.question_id = g.question_id WHERE g.question_id=? "
                             "AND ap.pmid=?", (QID, pmid)).fetchone()
        if "effect" in row.keys() and row["effect"] is not None:
            assert json.loads(row["effect"])["text"] == "infection in 3 of 120 (2.5%) at 4 weeks"
        applied = reviews.applied_frame(s)
        assert json.loads(applied[applied["field"] == "effect"]["reviewed_value"].iloc[0]).startswith("infection")
