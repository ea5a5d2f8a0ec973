"""tracker.verdict, round 15 (VRD15, issue 14). A comparison refuted head to head is refuted for the people the
comparisons studied: when the claim names its people ("as good as a CO2 laser" said of a burn scar) and no
head-to-head record mentions them, the evidence is indirect (GRADE) and the claim is not supported, not
contradicted, as V10c already reads denials of harm for an unstudied population. The question's outcome words
("scar") are shared by every relevant record and do not set the people apart. Real appraisal and grading on the
embedded snapshot's records and on a hand-written one. Tests whose comments say "before:" fail on 5e97a45."""

from __future__ import annotations

from functools import cache

from tests.judging import judge, rec
from tracker.models import Question
from tracker.pipeline import open_backend

SCARS = Question("q-mn-scars", "Does microneedling reduce scars?", "microneedling", "scar", "efficacy",
                 'microneedl*[tiab] AND scar*[tiab]')
QUOTE = "The same result you would get from a CO2 laser"
# two split-face trials in acne scars, the laser side clearly ahead of microneedling
ACNE_TRIALS = ("39640445", "28009690")


@cache
def snapshot(*pmids: str) -> dict:
    backend = open_backend("snapshot")
    return {r.pmid: r for r in backend.fetch(list(pmids))}


def _parity(**extra) -> dict:
    return {"relation": "equivalent", "comparator": "CO2 laser", "comparator_norm": "laser resurfacing", **extra}


def test_a_comparison_refuted_only_in_other_people_is_not_supported():
    # before: contradicted ("0 favour it and 3 favour CO2 laser") though no trial studied burn scars
    _, v = judge(QUOTE, SCARS, snapshot(*ACNE_TRIALS), **_parity(population="burn scar"))
    assert v.verdict == "not supported" and v.side == "against", v.rationale
    assert "none of the comparisons" in v.rationale and "burn" in v.rationale


def test_the_same_comparisons_still_contradict_a_claim_about_people_in_general_or_the_studied_people():
    # no population named, or the people the trials studied ("acne scars"): the refutation is direct
    for extra in ({}, {"population": "acne scars"}):
        _, v = judge(QUOTE, SCARS, snapshot(*ACNE_TRIALS), **_parity(**extra))
        assert v.verdict == "contradicted", (extra, v.rationale)


def test_a_comparison_in_the_claims_people_still_contradicts_it():
    burns = rec("90000001", "Randomized intra-patient trial in 24 patients with post-burn scars: fractional CO2 laser "
                "improved scar scores significantly more than microneedling (p = 0.01).",
                title="Fractional CO2 laser versus microneedling for post-burn scars")
    _, v = judge(QUOTE, SCARS, {**snapshot(*ACNE_TRIALS), burns.pmid: burns}, **_parity(population="burn scar"))
    assert v.verdict == "contradicted", v.rationale
