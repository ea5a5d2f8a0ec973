"""tracker.relation_model: the learned second reader of a claim's relation and the GUARD doubt (issue 14).

The shipped model file and sidecar are real; the verdict test grades on real appraisal and grading
of hand-written records (no mocks)."""

from __future__ import annotations

import dataclasses
import json
import shutil

import pytest

from tracker import relation_model as rm
from tracker import verdict as verdict_module
from tracker.appraisal import appraise
from tracker.frames import parse_frame
from tracker.grading import grade_question
from tracker.models import AbstractSection, Claim, Question, Record


def _fresh():
    rm._model.cache_clear()
    rm._probabilities.cache_clear()


def test_the_shipped_model_loads_matches_its_sidecar_and_records_how_it_was_measured():
    _fresh()
    labels, bias, weights, vocab, threshold = rm._model()
    assert set(labels) == set(rm.RELATIONS)
    assert weights and vocab and 0.0 < threshold < 1.0
    meta = json.loads(rm.META_PATH.read_text())
    # trained only on what we may train on, and measured out-of-fold against the rules
    assert not {"test2", "test3", "test4", "test5"} & set(meta["rows_per_block"])
    assert "GroupKFold" in meta["cv"] and meta["guard_unseen_rules"]["table"]
    assert meta["threshold"] == threshold
    p = rm.probabilities("Rosemary oil improves hair growth.")
    assert abs(sum(p.values()) - 1.0) < 1e-9


def test_a_model_file_that_does_not_match_its_sha256_is_refused(tmp_path, monkeypatch):
    blob = bytearray(rm.MODEL_PATH.read_bytes())
    blob[-5] ^= 0xFF  # one flipped byte
    bad = tmp_path / "relation_model.json.gz"
    bad.write_bytes(bytes(blob))
    shutil.copy(rm.META_PATH, tmp_path / "relation_model.meta.json")
    monkeypatch.setattr(rm, "MODEL_PATH", bad)
    monkeypatch.setattr(rm, "META_PATH", tmp_path / "relation_model.meta.json")
    _fresh()
    try:
        with pytest.raises(rm.RelationModelError, match="sha256"):
            rm.probabilities("It works.")
    finally:
        monkeypatch.undo()
        _fresh()


def test_negation_scope_and_privatives_are_marked_structurally():
    toks, flags = rm.marked("It doesn't cause redness, but it may sting.")
    assert toks[:5] == ["it", "does", "NEG", "~cause", "~_harm_"]  # a harm word is one class, in scope
    assert "~it" not in toks and "sting" in toks  # the scope ends at the clause boundary
    assert flags.get("f:neg") and flags.get("f:hedge")
    assert rm.marked("The peel is painless.")[0][-2] == "~_harm_"  # a privative denies its noun
    assert rm.marked("The peel is not painless.")[0][-2] == "_harm_"  # and two negations cancel
    assert rm.marked("Nothing works better than X.")[1].get("f:neg_than")


@pytest.mark.parametrize("affirmed, denied, yes, no", [
    ("Microneedling causes redness and swelling.", "Microneedling does not cause redness or swelling.",
     "harm", "denies_harm"),
    ("Rosemary oil improves hair growth.", "Rosemary oil does not improve hair growth.", "benefit", "no_effect"),
    ("The peel is not painless.", "The peel is completely painless.", "harm", "denies_harm"),
])
def test_obvious_negation_pairs_are_read_on_opposite_sides(affirmed, denied, yes, no):
    assert rm.predict(affirmed)[0] == yes
    assert rm.predict(denied)[0] == no
    assert no in rm.flips_of(yes, guard=True) and yes in rm.flips_of(no, guard=True)


def test_the_doubt_fires_on_a_misread_negation_and_not_on_a_right_reading():
    quote = "Rosemary oil won't do anything for your hair."
    reason = rm.relation_doubt(quote, "benefit")
    assert reason and "no effect" in reason
    assert rm.relation_doubt(quote, "no_effect") is None
    assert rm.relation_doubt("Rosemary oil improves hair growth.", "benefit") is None
    # benefit against harm turns on the outcome, not a negation: the guard leaves it to the rules
    assert "harm" not in rm.flips_of("benefit", guard=True) and "harm" in rm.flips_of("benefit")
    assert rm.relation_doubt("", "benefit") is None and rm.relation_doubt(quote, "unknown") is None


HAIR = Question("q-hair", "Does rosemary oil improve hair growth?", "rosemary oil", "hair growth", "efficacy",
                '"rosemary oil"[tiab] AND ("hair growth"[tiab] OR "hair count"[tiab])')
HAIR_RECORDS = {
    "11": Record(pmid="11", title="", text_kind="synopsis", abstract=(AbstractSection(None, (
        "Randomized placebo-controlled trial of 120 adults with androgenetic alopecia. Rosemary oil significantly "
        "increased hair count and hair growth compared with placebo at 6 months.")),)),
    "12": Record(pmid="12", title="", text_kind="synopsis", abstract=(AbstractSection(None, (
        "Randomized controlled trial of 90 women. Hair growth improved significantly more with rosemary oil than "
        "with placebo.")),)),
}


def _grade(quote: str, relation: str):
    frame = parse_frame(quote, topic="rosemary oil", topic_norm="rosemary oil")
    frame = dataclasses.replace(frame, relation=relation)  # what the rules read
    claim = Claim("c1", "a.txt", quote, 0, len(quote), quote, HAIR.question_id, "efficacy", frame.strength,
                  origin="auto", frame=frame)  # type: ignore[arg-type]
    apps = [appraise(r, HAIR) for r in HAIR_RECORDS.values()]
    grade = grade_question(HAIR, apps, n_hits=len(HAIR_RECORDS))
    return verdict_module.grade_claim(claim, HAIR, grade, apps, HAIR_RECORDS)


def test_guard_a_claim_the_two_readers_put_on_opposite_sides_gets_no_side():
    quote = "Rosemary oil won't do anything for your hair."
    # read right (no effect), the trials go against it; read as a benefit, they would back it
    right = _grade(quote, "no_effect")
    assert right.side == "against"
    misread = _grade(quote, "benefit")
    assert misread.side == "unclear" and misread.verdict == "not supported"  # not "supported": no sign error
    assert "could also be read as saying it has no effect" in misread.rationale
    # a right reading the second reader agrees with keeps its side
    agreed = _grade("Rosemary oil improves hair growth.", "benefit")
    assert agreed.side == "backs" and "could also be read" not in agreed.rationale


def test_the_shipped_model_learned_from_the_spent_and_blind_development_splits_and_no_held_out_block():
    # REL3/session 17: test11 and test12 (spent since sessions 16 and 17), the blind development split dev8 and the
    # trap dev items 561-590, 621-650 and 681-710 are training blocks, each measured leave-one-split-out; session 18 adds
    # test13 (spent), dev9 and items 741-770; session 19 test14 (spent) and dev10; no held-out split or trap half is among
    # them; session 20 test15 (spent), dev11 and items 801-830 (kept out in session 19 as a check of transfer); session 21
    # test16 (spent), dev12 and items 861-890 (kept out in session 20); session 22 test17 (spent), dev13 and items
    # 921-950 (kept out in session 21); session 23 test18 (spent), dev14 and items 981-1010 (kept out in session 22),
    # session 24 test19 (spent), dev15 and items 1041-1070 (kept out in session 23), with dev16 and items 1101-1130 kept out
    meta = json.loads(rm.META_PATH.read_text())
    blocks = set(meta["rows_per_block"])
    assert {"test11", "test12", "test13", "test14", "dev8", "dev9", "dev10", "traps4", "traps5", "traps6", "traps7"} <= blocks
    assert {"test15", "dev11", "traps8", "test16", "dev12", "traps9", "test17", "dev13", "traps10"} <= blocks
    assert {"test18", "dev14", "traps11", "test19", "dev15", "traps12"} <= blocks
    assert not blocks & {"test20", "test21", "dev16", "traps13", "held", "held2", "held8", "held9", "held10", "held11",
                         "held12", "held13", "held14", "held15", "held16", "held17", "held18"}
    assert "561-590" in meta["data"] and "741-770" in meta["data"] and "test13" in meta["data"]
    assert {"test11", "test12", "test13", "dev8", "dev9", "traps4", "traps5", "traps6", "traps7"} <= set(meta["loso_accuracy"])
