"""tracker.verdict, round 11 (VRD11, docs/grading.md C9): harms tied to another arm, and amounts nothing
comparable is reported for. Real appraisal and grading, on the embedded snapshot's records and on small
hand-written ones; frames are written out so that each test measures the verdict, not the frame parser.
Each test fails on the code before round 11 (d086b50)."""

from __future__ import annotations

from functools import cache

from tests.judging import judge, rec
from tracker.models import Question
from tracker.pipeline import open_backend

ITCH = Question("q-itch", "Does minoxidil cause itching and flaking, and how often?", "minoxidil", "itching and flaking",
                "safety", "minoxidil*[tiab] AND (irritation[tiab] OR desquamation[tiab] OR peeling[tiab] OR flaking[tiab] "
                "OR dryness[tiab] OR blister*[tiab] OR itch*[tiab] OR prurit*[tiab] OR stinging[tiab])")
LASER_HARMS = Question("q-lllt", "Does low-level laser therapy cause adverse effects?", "low-level laser therapy",
                       "adverse effects", "safety",
                       '("low-level laser therapy"[tiab] OR "low-level light therapy"[tiab]) AND ("adverse effect*"[tiab] '
                       'OR "adverse event*"[tiab] OR "side effect*"[tiab] OR complication*[tiab] OR safety[tiab])')


@cache
def snapshot(query: str) -> dict:
    backend = open_backend("snapshot")
    return {r.pmid: r for r in backend.fetch(list(backend.search(query, max_ids=200).pmids))}


# --- a harm the records tie to another route -------------------------------------------------------------------

def test_scalp_itching_from_topical_minoxidil_is_no_evidence_against_a_denial_for_tablets():
    records = snapshot(ITCH.query)
    quote = "they will not leave your scalp itchy or flaky"
    _, v = judge(quote, ITCH, records, intervention="low-dose oral minoxidil", intervention_norm="minoxidil",
                 relation="denies_harm", strength="absolute")
    # before: contradicted (against), from topical minoxidil's itching (15034503, 33564516, ...)
    assert v.side != "against" and v.verdict not in ("contradicted", "not supported")
    assert "another route" in v.rationale and "15034503" not in v.cited_pmids
    # the same denial for the lotion, or for minoxidil whatever the route, is still refuted by those records
    for intervention in ("topical minoxidil", "minoxidil lotion", "minoxidil"):
        _, v = judge(quote, ITCH, records, intervention=intervention, intervention_norm="minoxidil",
                     relation="denies_harm", strength="absolute")
        assert v.verdict == "contradicted" and v.side == "against", intervention


def test_harms_reported_for_the_claims_own_route_are_never_set_aside():
    oral = rec("o1", "Retrospective cohort of 400 women taking low-dose oral minoxidil tablets for hair loss. Scalp "
                     "itching was reported by 6% of patients.", title="Low-dose oral minoxidil for female pattern hair loss")
    both = rec("b1", "Randomized trial of 120 women comparing oral minoxidil with topical minoxidil solution for 24 weeks. "
                     "Scalp itching occurred in 10% of women.", title="Oral versus topical minoxidil in female pattern hair loss")
    topical = rec("t1", "Randomized placebo-controlled trial of 300 women using topical minoxidil solution. Scalp itching "
                        "occurred in 14% of women using minoxidil and 3% using placebo.", title="Topical minoxidil for hair loss")
    for records in ({"o1": oral, "t1": topical}, {"b1": both, "t1": topical}):
        _, v = judge("The tablets will not make your scalp itch", ITCH, records, intervention="oral minoxidil",
                     relation="denies_harm")
        assert v.side == "against" and v.verdict in ("not supported", "contradicted"), records
        assert "t1" not in v.cited_pmids and "another route" in v.rationale
    # a harm claim for the tablets is not backed by the lotion's harms either
    _, v = judge("Oral minoxidil makes the scalp itch", ITCH, {"t1": topical}, intervention="oral minoxidil",
                 relation="harm")
    assert v.verdict == "no evidence found" and v.side == "unclear"


# --- an add-on trial's harms, reported for the whole trial -------------------------------------------------------

def test_harms_of_an_add_on_trial_reported_for_the_whole_trial_do_not_refute_no_side_effects_for_the_add_on():
    records = snapshot(LASER_HARMS.query)
    assert {"38211777", "33068178"} <= set(records)  # minoxidil +/- laser helmet; laser vs minoxidil vs both
    _, v = judge("The helmet has no side effects", LASER_HARMS, records, intervention="LumiCrown",
                 intervention_norm="LumiCrown", relation="denies_harm", strength="absolute")
    # before: contradicted (against), from the adverse events of 38211777 reported for both arms together
    assert v.side in ("backs", "unclear") and v.verdict not in ("contradicted", "not supported")
    assert "38211777" not in v.cited_pmids and "added it to another treatment" in v.rationale


def test_harms_reported_for_the_add_on_arm_or_more_often_with_it_still_count():
    design = "Randomized trial of 100 women comparing 2% minoxidil alone with 2% minoxidil plus a low-level laser therapy helmet."
    title = "2% minoxidil alone versus minoxidil plus low-level laser therapy"
    whole = rec("w1", f"{design} Reported adverse events were scalp pruritus (15%) and desquamation (19%).", title=title)
    more = rec("m1", f"{design} Adverse events such as scalp warmth and pruritus were more frequent in the combination "
                     "group (22% versus 9%).", title=title)
    named = rec("n1", f"{design} Adverse events with low-level laser therapy were scalp warmth in 12%.", title=title)
    _, v = judge("The helmet has no side effects", LASER_HARMS, {"w1": whole}, relation="denies_harm", strength="absolute")
    assert v.side != "against"
    for pmid, r in (("m1", more), ("n1", named)):
        _, v = judge("The helmet has no side effects", LASER_HARMS, {pmid: r}, relation="denies_harm", strength="absolute")
        assert v.side == "against" and pmid in v.cited_pmids, pmid
    # a claim about the combination itself ("a laser helmet added to 2% minoxidil") is what the whole trial reports
    _, v = judge("a trial of a laser helmet added to 2% minoxidil recorded itching", LASER_HARMS, {"w1": whole},
                 relation="harm")
    assert v.side == "backs" and "w1" in v.cited_pmids
    # the base treatment's own harms: for a minoxidil claim the trial is no add-on trial, and its harms count
    _, v = judge("Minoxidil never irritates the scalp", ITCH, {"w1": whole}, relation="denies_harm", strength="absolute")
    assert v.side == "against"


# --- an amount nothing comparable is reported for ----------------------------------------------------------------

MINOX = Question("q-minox", "Does minoxidil regrow hair?", "minoxidil", "hair count", "efficacy",
                 'minoxidil*[tiab] AND (alopeci*[tiab] OR "hair count"[tiab])')


def test_a_claimed_amount_no_record_reports_anything_comparable_for_is_on_neither_side():
    trials = {p: rec(p, f"Randomized placebo-controlled trial of {n} men with androgenetic alopecia. Hair count rose "
                        "significantly more with minoxidil than with placebo (p < 0.01).") for p, n in (("t1", 120), ("t2", 150))}
    _, v = judge("Users see a 250% increase in hair count", MINOX, trials, magnitude_value=250.0,
                 magnitude_kind="percent_change", magnitude_unit="%")
    # before: partly supported (backs): the direction is backed, the amount, which is the claim's point, is not
    # (VRD12, V12a: an amount the article names no study for is unchecked: "not supported", side unclear)
    assert v.verdict == "not supported" and v.side == "unclear"
    # a figure far from the claimed one goes against it (README), as before
    reported = {"t1": rec("t1", trials["t1"].abstract_text.replace("(p < 0.01)", "by 18% (p < 0.01)")), "t2": trials["t2"]}
    _, v = judge("Users see a 250% increase in hair count", MINOX, reported, magnitude_value=250.0,
                 magnitude_kind="percent_change", magnitude_unit="%")
    assert v.verdict == "not supported" and v.side == "against"
    # no amount claimed: the backed direction stays on the claim's side
    _, v = judge("Minoxidil increases hair count", MINOX, trials)
    assert v.side == "backs"
