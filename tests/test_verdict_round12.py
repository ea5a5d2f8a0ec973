"""tracker.verdict, round 12 (VRD12, docs/grading.md C9): a claimed amount nothing comparable is reported
for, a strength written after a treatment's name, and another variant of the claim's treatment. Real
appraisal and grading, on the embedded snapshot's records and on small hand-written ones; frames are written
out so that each test measures the verdict, not the frame parser. The tests whose comments say "before:" fail on
the code before round 12 (25fb099); the others guard what round 12 must not move."""

from __future__ import annotations

from functools import cache

from tests.judging import judge, rec
from tracker.models import Question
from tracker.pipeline import open_backend

MINOX = Question("q-minox", "Does minoxidil regrow hair?", "minoxidil", "hair count", "efficacy",
                 'minoxidil*[tiab] AND (alopeci*[tiab] OR "hair count"[tiab])')
EYES = Question("q-eyes", "Does LED light therapy cause eye damage?", "LED light therapy", "eye damage", "safety",
                '(LED[tiab] OR "light-emitting diode"[tiab] OR "light therapy"[tiab]) AND (retina*[tiab] OR eye*[tiab] '
                'OR retinopathy[tiab])')
ROSEMARY = Question("q-rosemary", "Does rosemary oil improve hair growth?", "rosemary oil", "hair growth", "efficacy",
                    '"rosemary oil"[tiab] AND ("hair growth"[tiab] OR "hair count"[tiab])')


@cache
def snapshot(*pmids: str) -> dict:
    backend = open_backend("snapshot")
    return {r.pmid: r for r in backend.fetch(list(pmids))}


TRIALS = {p: rec(p, f"Randomized placebo-controlled trial of {n} men with androgenetic alopecia. Hair count rose "
                    "significantly more with minoxidil than with placebo (p < 0.01).") for p, n in (("t1", 120), ("t2", 150))}


# --- V12a: an amount nothing comparable is reported for ----------------------------------------------------------

def test_an_unsourced_amount_no_record_can_check_is_not_supported_and_on_neither_side():
    _, v = judge("Users see a 250% increase in hair count", MINOX, TRIALS, magnitude_value=250.0,
                 magnitude_kind="percent_change", magnitude_unit="%")
    # before: partly supported (unclear): the direction is backed, but the claim as stated is its amount
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    assert "unchecked" in v.rationale and "250%" in v.rationale
    # a company or "clinically proven" is no study: the same
    _, v = judge("Clinically proven: the company says users see a 250% increase in hair count", MINOX, TRIALS,
                 magnitude_value=250.0, magnitude_kind="percent_change", magnitude_unit="%")
    assert v.verdict == "not supported" and v.side == "unclear"


def test_an_amount_the_article_attributes_to_a_study_stays_partly_supported_with_its_side_unclear():
    for quote in ("In one trial, users saw a 250% increase in hair count",
                  "Researchers found a 250% increase in hair count",
                  "a 250% increase in hair count (Smith et al., 2019)"):
        _, v = judge(quote, MINOX, TRIALS, magnitude_value=250.0, magnitude_kind="percent_change", magnitude_unit="%")
        assert v.verdict == "partly supported" and v.side == "unclear", quote


def test_figures_far_below_the_claim_still_go_against_it_and_direction_only_claims_do_not_move():
    reported = {"t1": rec("t1", TRIALS["t1"].abstract_text.replace("(p < 0.01)", "by 18% (p < 0.01)")), "t2": TRIALS["t2"]}
    _, v = judge("Users see a 250% increase in hair count", MINOX, reported, magnitude_value=250.0,
                 magnitude_kind="percent_change", magnitude_unit="%")
    assert v.verdict == "not supported" and v.side == "against"
    _, v = judge("Minoxidil increases hair count", MINOX, TRIALS)
    assert v.side == "backs" and v.verdict in ("supported", "partly supported")


def test_a_strength_written_after_the_treatments_name_is_no_figure_for_the_claimed_amount():
    # 25842469: "50 assigned to rosemary oil and 50 to minoxidil 2%, treated for 6 months": 2% is minoxidil's
    # strength; before, "reported: 2%" was the figure the claimed 300% was held to (against, for a wrong reason)
    records = snapshot("25842469")
    _, v = judge("Rosemary oil boosts hair growth by 300%", ROSEMARY, records, magnitude_value=300.0,
                 magnitude_kind="percent_change", magnitude_unit="%")
    assert "reported: 2%" not in v.rationale  # before: the claimed 300% was held to "2%"
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    # an outcome word before the figure is a measure, and its figure is still read
    grew = {"g1": rec("g1", "Randomized trial of 100 adults using rosemary oil for hair loss for 6 months. Hair growth "
                            "rose 40% with rosemary oil (p < 0.05).")}
    _, v = judge("Rosemary oil boosts hair growth by 300%", ROSEMARY, grew, magnitude_value=300.0,
                 magnitude_kind="percent_change", magnitude_unit="%")
    assert "40%" in v.rationale and v.side == "against"


# --- V12b: another variant of the claim's treatment --------------------------------------------------------------

def test_a_blue_light_mask_case_is_no_evidence_about_a_red_light_mask_denial():
    records = snapshot("32541484")  # retinopathy from blue light emitted by an LED face mask
    quote = "Red light masks are completely safe for your eyes"
    _, v = judge(quote, EYES, records, intervention="Red light", intervention_norm="LED light therapy",
                 relation="denies_harm", strength="absolute")
    # before: contradicted (against), from the blue-light case
    assert v.verdict not in ("contradicted", "not supported") and v.side != "against", v.rationale
    assert "another variant" in v.rationale and "blue light" in v.rationale
    assert "32541484" not in v.cited_pmids
    # a harm claim for the red mask is not backed by it either
    _, v = judge("Red light masks can damage your eyes", EYES, records, intervention="Red light",
                 intervention_norm="LED light therapy", relation="harm")
    assert v.side != "backs" and "another variant" in v.rationale
    # the claim naming no variant of the head, or the record's own, is still refuted by the case
    for intervention in ("LED masks", "LED light therapy", "blue light masks"):
        _, v = judge(quote.replace("Red light masks", intervention), EYES, records, intervention=intervention,
                     intervention_norm="LED light therapy", relation="denies_harm", strength="absolute")
        assert v.verdict == "contradicted" and v.side == "against", intervention


def test_a_record_naming_the_claims_own_variant_too_is_kept():
    both = rec("b1", "Case series of 12 adults who used LED face masks emitting red light and blue light at home; 3 "
                     "developed retinopathy, an eye injury caused by the light.",
               title="Retinopathy after red light and blue light LED face masks")
    only_blue = rec("u1", "Case report of a woman with retinopathy after exposure to blue light from an LED face mask.",
                    title="Retinopathy from blue light emitted by an LED face mask")
    # before: the red-light claim was judged on both records alike; now the blue-only case is set aside
    _, v = judge("Red light masks are completely safe for your eyes", EYES, {"b1": both, "u1": only_blue},
                 intervention="Red light", intervention_norm="LED light therapy", relation="denies_harm",
                 strength="absolute")
    assert v.verdict == "contradicted" and v.side == "against", v.rationale
    assert "b1" in v.cited_pmids and "u1" not in v.cited_pmids


# --- V12c: a share in brackets after each event of an adverse-event list is its incidence -----------------------

LASER_ITCH = Question("q-laser-itch", "Does low-level laser therapy cause flaking and itching?", "low-level laser therapy",
                      "desquamation and pruritus", "safety", 'laser[tiab] AND (desquamation[tiab] OR prurit*[tiab])')
LASER_HAIR = Question("q-laser-hair", "Does low-level laser therapy regrow hair?", "low-level laser therapy", "hair density",
                      "efficacy", '("low-level laser"[tiab] OR "laser helmet"[tiab]) AND ("hair loss"[tiab] OR hair[tiab])')


def test_an_adverse_event_share_backs_the_claimed_incidence_of_that_harm_and_is_no_responder_share():
    records = snapshot("38211777")  # "Reported adverse events were slight hair loss (27.8%), desquamation (19.0%), ..."
    quote = "one trial of a laser helmet added to 2% minoxidil recorded slight hair shedding in 27.8% of participants"
    _, v = judge(quote, LASER_ITCH, records, intervention="laser helmet", intervention_norm="low-level laser therapy",
                 relation="harm", magnitude_value=27.8, magnitude_kind="proportion", magnitude_unit="%")
    # before: partly supported, "no record reports a figure ... to check the claimed 27.8% against"
    assert "27.8%" in v.rationale and "unverified" not in v.rationale, v.rationale
    assert v.verdict == "supported" and v.side == "backs"
    # the incidences of harms are not shares of people whose hair got thicker
    _, v = judge("Most people notice thicker hair", LASER_HAIR, records, intervention="laser helmet",
                 intervention_norm="low-level laser therapy")
    assert "27.8%" not in v.rationale and "19.0%" not in v.rationale, v.rationale


# --- V12d: how long an effect lasts is held to how long the records followed people -----------------------------

SCARS = Question("q-scars", "Does microneedling improve acne scars?", "microneedling", "acne scars", "efficacy",
                 'microneedl*[tiab] AND ("acne scars"[tiab] OR scar*[tiab])')
SIX_MONTHS = {p: rec(p, f"Randomized controlled trial of {n} adults with acne scars treated with microneedling or sham for "
                        "6 months. Acne scars improved significantly more with microneedling than with sham at 6 months "
                        "(p < 0.01).") for p, n in (("s1", 160), ("s2", 240))}


def test_an_effect_said_to_last_for_years_is_unchecked_when_no_record_followed_people_that_long():
    _, v = judge("Microneedling results last for years after you stop", SCARS, SIX_MONTHS)
    # before: supported or partly supported (backs): the trials back the direction, not the years
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    assert "last for years" in v.rationale and "unchecked" in v.rationale
    # a span the records did follow people for is not held against it, and a claim with no span does not move
    _, v = judge("Microneedling results last for 6 months", SCARS, SIX_MONTHS)
    assert v.side == "backs" and "unchecked" not in v.rationale
    _, v = judge("Microneedling improves acne scars", SCARS, SIX_MONTHS)
    assert v.side == "backs"


# --- V12e: a study that saw no harm at all reassures on how risky it is -------------------------------------------

COLLAGEN_HARMS = Question("q-collagen-harms", "Does collagen supplementation cause adverse effects?", "collagen supplements",
                          "adverse effects", "safety", 'collagen[tiab] AND ("adverse effect*"[tiab] OR "side effect*"[tiab] '
                          'OR "adverse event*"[tiab])')


def test_a_risk_denial_is_partly_backed_by_studies_that_saw_no_harm_at_all():
    none_seen = {"n1": rec("n1", "Randomized placebo-controlled trial of 120 women taking oral collagen supplements for 12 "
                                 "weeks. No adverse effects were reported in either group.")}
    _, v = judge("Collagen powders are generally well tolerated", COLLAGEN_HARMS, none_seen, relation="denies_harm")
    # before: no evidence found, "no record says how serious the harms were"
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert "saw no harm" in v.rationale and "rare one" in v.rationale
    # a record that reports a serious harm still keeps it from being backed outright
    serious = dict(none_seen, s1=rec("s1", "Case report of a woman who developed severe hepatotoxicity, a serious adverse "
                                           "effect, after taking oral collagen supplements."))
    _, v = judge("Collagen powders are generally well tolerated", COLLAGEN_HARMS, serious, relation="denies_harm")
    assert v.verdict != "supported"


# --- V12f: a percent "more than" another arm is a ratio between arms -----------------------------------------------

COMBO = Question("q-combo", "Does microneedling plus minoxidil regrow more hair than minoxidil alone?",
                 "microneedling plus minoxidil", "hair count", "efficacy",
                 'microneedl*[tiab] AND minoxidil[tiab] AND ("hair count"[tiab] OR alopeci*[tiab])')


def test_a_percent_more_than_another_arm_is_held_to_the_ratio_of_the_arms():
    trial = {"r1": rec("r1", "Randomized trial of 100 men with androgenetic alopecia comparing microneedling plus 5% "
                             "minoxidil with 5% minoxidil alone for 12 weeks. Mean hair count rose by 91.4 versus 22.2 hairs "
                             "per cm2 (p < 0.05); 45% of patients in the combination group rated the change as large.",
                       title="Microneedling plus minoxidil versus minoxidil alone in androgenetic alopecia")}
    quote = "Microneedling plus minoxidil grows +300% more new hairs than minoxidil on its own"
    _, v = judge(quote, COMBO, trial, intervention="microneedling plus minoxidil", comparator="minoxidil on its own",
                 comparator_norm="minoxidil", relation="superior", magnitude_value=300.0, magnitude_kind="percent_change",
                 magnitude_unit="%")
    # before: the 300% was held to single figures ("no record reports a figure near the claimed 300%; reported: 45%")
    assert "the claimed 300% is close to figures reported in 91.4 versus 22.2" in v.rationale, v.rationale
    assert "45%" not in v.rationale and v.side != "against"
    # a ratio far from the claimed one still goes against it
    _, v = judge(quote.replace("+300%", "+900%"), COMBO, trial, intervention="microneedling plus minoxidil",
                 comparator="minoxidil on its own", comparator_norm="minoxidil", relation="superior",
                 magnitude_value=900.0, magnitude_kind="percent_change", magnitude_unit="%")
    assert "no record reports a figure near the claimed 900%; reported: 91.4 versus 22.2" in v.rationale, v.rationale
