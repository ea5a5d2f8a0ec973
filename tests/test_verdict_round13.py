"""tracker.verdict, round 13 (VRD13, docs/grading.md C9): an add-on claim whose intervention is the combination
("X plus Y did better than either alone") is judged on trials with the combination arm and an arm of its part(s)
alone, read by the arms' structure ("plus", "combined with", "with", "+", "alone", "only", "monotherapies"), never
by topic words. Real appraisal and grading, on the embedded snapshot's records and on small hand-written ones;
frames are written out so that each test measures the verdict, not the frame parser. Tests whose comments say
"before:" fail on the code before round 13 (ab0fc97)."""

from __future__ import annotations

from functools import cache

from tests.judging import judge, rec
from tracker.models import ClaimFrame, Question
from tracker.pipeline import open_backend
from tracker.verdict import _combination_claim

LLLT_MINOX = Question(
    "q-lllt-minox", "Does low-level laser therapy plus minoxidil improve hair growth?",
    "low-level laser therapy plus minoxidil", "hair growth", "efficacy",
    '("low-level laser therapy"[tiab] OR "low-level light therapy"[tiab] OR "laser helmet*"[tiab]) AND minoxidil*[tiab] '
    'AND (alopeci*[tiab] OR "hair loss"[tiab] OR "hair density"[tiab])')
# a made-up pair of treatments: the reading must come from the arms' structure, not from known names
ZOR = Question("q-zor", "Does zorbanil plus quellite improve scar depth?", "zorbanil plus quellite", "scar depth",
               "efficacy", 'zorbanil[tiab] AND quellite[tiab] AND scar*[tiab]')


@cache
def snapshot(*pmids: str) -> dict:
    backend = open_backend("snapshot")
    return {r.pmid: r for r in backend.fetch(list(pmids))}


def _frame(intervention: str, comparator: str, **kw) -> ClaimFrame:
    return ClaimFrame(intervention=intervention, intervention_norm=intervention, outcome="hair growth",
                      relation="superior", comparator=comparator, comparator_norm=comparator, **kw)


def test_a_combination_claims_comparator_names_its_parts_by_structure():
    parts, targets = _combination_claim(_frame("low-level laser therapy plus minoxidil", "either treatment alone"))
    assert parts == ["low-level laser therapy", "minoxidil"] and targets == parts
    # the frame reads "paired with minoxidil it quadruples your results" as the combination against itself "alone"
    assert _combination_claim(_frame("microneedling plus minoxidil", "microneedling plus minoxidil alone"))[1] == [
        "microneedling", "minoxidil"]
    assert _combination_claim(_frame("microneedling with vitamin C", "microneedling alone"))[1] == ["microneedling"]
    assert _combination_claim(_frame("zorbanil + quellite", "quellite only"))[1] == ["quellite"]
    # another treatment as comparator, or one treatment as intervention: no add-on comparison
    assert _combination_claim(_frame("microneedling plus minoxidil", "finasteride")) is None
    assert _combination_claim(_frame("microneedling", "minoxidil alone")) is None


def test_either_alone_is_answered_by_the_snapshots_add_on_trials():
    # 38211777 (2% minoxidil alone against the combination with a laser helmet) and 33068178 (the combination
    # beat both monotherapies) compare the combination with its parts alone: direct head-to-head evidence
    records = snapshot("38211777", "33068178", "37305186")
    _, v = judge("the helmet plus minoxidil did better than either treatment alone", LLLT_MINOX, records,
                 relation="superior", comparator="either treatment alone", comparator_norm="either treatment alone")
    # before: no evidence found ("none of the records compares it with either treatment alone")
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert "38211777" in v.rationale and "33068178" in v.rationale


def test_an_add_on_trial_read_by_structure_on_made_up_names():
    win = {"z1": rec("z1", "Randomized trial of 80 adults with atrophic scars comparing zorbanil plus quellite with "
                           "quellite alone. The combination gave a significantly greater reduction in scar depth than "
                           "quellite alone (p < 0.01).")}
    _, v = judge("zorbanil with quellite shrinks scars more than quellite on its own", ZOR, win, relation="superior",
                 comparator="quellite on its own", comparator_norm="quellite")
    # before: no evidence found
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    tie = {"z1": rec("z1", "Randomized trial of 80 adults with atrophic scars comparing zorbanil plus quellite with "
                           "quellite alone. Scar depth fell in both groups, with no significant difference between "
                           "the combination and quellite alone (p = 0.4).")}
    _, v = judge("zorbanil with quellite shrinks scars more than quellite on its own", ZOR, tie, relation="superior",
                 comparator="quellite on its own", comparator_norm="quellite")
    # before: no evidence found; a tie does not back "more than" (the side stays as the body leaves it)
    assert v.verdict == "not supported" and v.side != "backs", v.rationale
    assert "found no difference" in v.rationale


def test_a_trial_without_the_part_alone_arm_is_no_head_to_head_evidence():
    # the combination against the combination with another add-on (no "quellite alone" arm): indirect at most
    other = {"z1": rec("z1", "Randomized split-face trial of 40 adults with atrophic scars comparing zorbanil plus "
                             "quellite with zorbanil plus saline. Scar depth fell significantly more with the "
                             "quellite combination (p < 0.01).")}
    _, v = judge("zorbanil with quellite shrinks scars more than zorbanil alone", ZOR, other, relation="superior",
                 comparator="zorbanil alone", comparator_norm="zorbanil")
    assert v.verdict == "no evidence found" and v.side == "unclear", v.rationale


def test_parts_sharing_a_name_word_are_no_add_on_arms():
    # "Devices that use only laser diodes ... better than devices mixing lasers": "laser" names both, so the
    # combination trial 33068178 says nothing about it
    records = snapshot("38211777", "33068178", "37305186")
    _, v = judge("Devices that use only laser diodes appeared to work better than devices mixing lasers and LEDs",
                 LLLT_MINOX, records, relation="superior", intervention="laser helmet",
                 intervention_norm="low-level laser therapy", comparator="devices mixing lasers",
                 comparator_norm="devices mixing laser")
    assert "33068178" not in v.rationale.split("For this claim:")[-1], v.rationale
