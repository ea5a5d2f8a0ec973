"""tracker.verdict and tracker.polarity, SGN17 (issue 14): sign errors found on the spent splits test2-test7.

- "up to 100% of men in some reports" gives a best case (a maximum), not a universal: one record short of it does
  not refute it.
- A share of people given as a ratio of counts ("nine in ten of the women") is held to the responder shares the
  records report, as "most people" is.
- A partitive subject ("many drugstore creams have never ...") restricts a denial to an unnamed part of a kind: a
  record that one member does it neither refutes nor backs it (not supported, side unclear).
- Harms a record says of another arm ("more frequent in the yellow laser group", "worse when photosensitisers were
  used") are indirect evidence about the claim's arm: they neither refute a denial nor let it be backed.
- Safety "for years" of use is unchecked by studies that followed people for weeks (not supported, side unclear).
- A question whose outcome names the claim's comparator ("placebo on hair") is not aligned with the claim.
- A negative quantifier over a verb of expectation ("nobody should expect new hair within two weeks") denies
  the result its object names.

Real appraisal and grading on hand-written records (topics no development article uses). Tests whose comments say
"before:" fail on a09a30a."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.frames import magnitude_of, relation_of
from tracker.models import Question
from tracker.polarity import adjust_relation, clause_polarity

ACNE = Question("q-spiro-acne", "Does spironolactone reduce acne?", "spironolactone", "acne", "efficacy",
                "spironolactone[tiab] AND acne[tiab]")
SHARES = {
    "94000001": rec("94000001", "Systematic review of 12 mostly uncontrolled studies of oral spironolactone in women with "
                    "acne: acne improved significantly, with objective improvement in 61-100% of patients; the "
                    "authors conclude it is effective and well tolerated.", title="Spironolactone for adult female acne: a systematic review"),
    "94000002": rec("94000002", "Cohort study of 120 women taking spironolactone for acne: acne improved "
                    "significantly from baseline (p < 0.001), and acne cleared in 30% of patients at six months.",
                    title="Spironolactone for acne in women: a cohort study"),
    "94000003": rec("94000003", "Randomised controlled trial in 80 women with acne: spironolactone reduced acne lesion counts "
                    "significantly more than placebo (p = 0.01); 35% of patients responded.",
                    title="Spironolactone versus placebo for acne: a randomised trial"),
}


def test_an_up_to_share_of_all_people_is_a_best_case_not_a_universal():
    # before: not supported ("100% of people, a share of all people", refuted by the records short of it)
    _, v = judge("improvement in up to 100% of women with acne in some reports", ACNE, SHARES,
                 magnitude_value=100.0, magnitude_unit="%", magnitude_kind="proportion", magnitude_bound="max")
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    # a typical 100% is still a universal, refuted by the shorter records
    _, v = judge("improvement in 100% of women with acne", ACNE, SHARES,
                 magnitude_value=100.0, magnitude_unit="%", magnitude_kind="proportion", magnitude_bound="typical")
    assert v.verdict == "not supported", v.rationale


def _share_frame(quote: str) -> dict:
    """The frame's reading of a "k in n" share (frames.magnitude_of), so the test runs the product's one reader of it."""
    value, unit, kind, bound = magnitude_of(quote) or (None, None, None, None)
    return {"magnitude_value": value, "magnitude_unit": unit, "magnitude_kind": kind, "magnitude_bound": bound}


def test_a_share_given_as_a_ratio_of_counts_is_held_to_the_shares_reported():
    # before: partly supported (read as one person's anecdote because of "I")
    quote = "Nine in ten of the women I start on it see clearer skin by their three-month check"
    _, v = judge(quote, ACNE, SHARES, **_share_frame(quote))
    assert v.verdict == "not supported" and v.side == "against", v.rationale
    assert "90%" in v.rationale
    # VRD: the frame reads "k in n" people as a proportion (the verdict's own re-reading of it is gone)
    assert magnitude_of("9 out of 10 users saw results") == (90.0, "%", "proportion", "typical")
    assert magnitude_of("four in every five of my clients saw results")[:3] == (80.0, "%", "proportion")
    assert magnitude_of("one person in sixteen had a reaction") is None  # a count of people, not "k in n" people
    assert magnitude_of("two in three weeks") is None  # time, not people


def test_a_share_the_records_reach_keeps_its_verdict():
    reached = {"94000004": rec("94000004", "Open study of 50 women taking spironolactone for acne: acne improved in 92% of "
                               "patients at six months.", title="Spironolactone for acne: an open study"),
               "94000003": SHARES["94000003"]}
    quote = "Nine in ten women who take it see clearer skin"
    _, v = judge(quote, ACNE, reached, **_share_frame(quote))
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale


RETINAL = Question("q-retinal-wrinkles", "Does retinaldehyde reduce wrinkles?", "retinaldehyde", "wrinkles", "efficacy",
                   "retinaldehyde[tiab] AND wrinkle*[tiab]")
BEAT = {"95000001": rec("95000001", "Randomised controlled trial in 40 women: a 0.1% retinaldehyde cream reduced "
                        "wrinkle depth significantly more than its vehicle at 12 weeks (p < 0.01).",
                        title="Retinaldehyde cream for wrinkles: a randomised trial")}


def test_a_denial_said_of_part_of_a_kind_is_placed_on_neither_side():
    # before: contradicted (read as a universal negative refuted by one trial of one cream)
    _, v = judge("Many drugstore retinaldehyde creams have never beaten a plain moisturiser in a proper trial", RETINAL, BEAT,
                 relation="no_effect", strength="absolute")
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    assert "part of a kind" in v.rationale
    # the kind itself, unquantified, is refuted as before
    _, v = judge("Retinaldehyde creams have never beaten a plain moisturiser in a proper trial", RETINAL, BEAT,
                 relation="no_effect", strength="absolute")
    assert v.verdict == "contradicted", v.rationale


def test_a_negative_quantifier_over_an_expectation_denies_the_result():
    # before: benefit (the verb of expectation was not read as what people undergo)
    text = "Nobody should expect new hair within two weeks"
    assert clause_polarity(text).event == "benefit"
    assert adjust_relation(text, "benefit") == "no_effect"
    assert relation_of(text) == "no_effect"
    assert adjust_relation("Nobody should expect side effects from it", "benefit") == "denies_harm"
    # no expectation, no reading: the clause keeps the reader's relation
    assert adjust_relation("Nobody should judge it before four months", "benefit") == "benefit"


# Harms a record says of another arm (SGN17, PICO as VRD11): the test6 helmet case, in another topic
IPL = Question("q-ipl-harms", "Does green laser cause adverse effects?", "green laser", "adverse effects", "safety",
               'laser[tiab] AND ("adverse effect*"[tiab] OR "adverse reaction*"[tiab] OR "side effect*"[tiab])')
VARIANTS = rec("96000001", "Randomised trial of 30 people with rosacea assigned to green laser or yellow laser. Redness "
               "improved alike in both arms. Adverse reactions were clearly more frequent in the yellow laser group, and "
               "the authors conclude green laser causes fewer adverse reactions.",
               title="Green versus yellow laser for rosacea: a randomised trial")
AGENT = rec("96000002", "Systematic review of 14 trials of lasers for rosacea. The lasers improved redness, and side effects "
            "were worse when topical photosensitisers were used.", title="Lasers for rosacea: a systematic review")
NONE = rec("96000004", "Randomised trial of 50 people with rosacea treated with green laser or sham: redness improved "
           "significantly more with green laser (p < 0.01). No side effects were reported.",
           title="Green laser for rosacea: a sham-controlled trial")
OWN = rec("96000003", "Open study of 40 people treated with green laser: adverse reactions such as purpura occurred in "
          "20% of patients.", title="Green laser for rosacea: an open study")


def test_harms_a_record_says_of_another_arm_do_not_refute_a_denial():
    # before: contradicted (the other arms' harms read as the claim's); they are indirect evidence, not set aside:
    # with a direct trial that saw none, the denial is placed on neither side (GRADE indirectness)
    _, v = judge("The green laser has no side effects", IPL, {VARIANTS.pmid: VARIANTS, AGENT.pmid: AGENT, NONE.pmid: NONE},
                 relation="denies_harm", strength="absolute", intervention="green laser")
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    assert "another arm" in v.rationale
    from tracker.verdict import harms_said_of_other_arm

    assert harms_said_of_other_arm("green laser", VARIANTS, IPL) == "yellow laser"
    assert harms_said_of_other_arm("green laser", AGENT, IPL) == "topical photosensitisers"
    assert harms_said_of_other_arm("green laser", OWN, IPL) is None  # the claim's own arm's harm
    # a record of the claim's own arm still refutes it
    _, v = judge("The green laser has no side effects", IPL, {VARIANTS.pmid: VARIANTS, OWN.pmid: OWN},
                 relation="denies_harm", strength="absolute", intervention="green laser")
    assert v.verdict == "contradicted", v.rationale


PLACEBO_Q = Question("q-retinal-placebo", "Does retinaldehyde improve placebo on wrinkle?", "retinaldehyde",
                     "placebo on wrinkle", "efficacy", 'retinaldehyde[tiab] AND "placebo on wrinkle"[tiab]')
TIE = rec("95000002", "Randomised trial of 0.05% and 0.1% retinaldehyde and placebo on wrinkle depth in 90 women: both "
          "strengths beat placebo, but the two strengths did not differ significantly.",
          title="Two strengths of retinaldehyde for wrinkles")


def test_a_question_whose_outcome_names_the_comparator_is_not_aligned_with_the_claim():
    # before: graded on the comparator's question (here: a side taken on "placebo on wrinkle")
    _, v = judge("Even the weaker strength outperformed placebo on wrinkle depth", PLACEBO_Q, {TIE.pmid: TIE},
                 comparator="placebo", comparator_norm="placebo")
    assert v.verdict == "no evidence found" and v.side == "unclear", v.rationale
    assert "names the claim's comparator" in v.rationale
    from tracker.models import ClaimFrame
    from tracker.verdict import comparator_in_outcome

    # a comparator named by the outcome it treats ("a redness cream") is not one
    frame = ClaimFrame(intervention="azelaic acid", intervention_norm="azelaic acid", outcome="redness", relation="superior",
                       comparator="a redness cream")
    assert not comparator_in_outcome(frame, Question("q", "s", "azelaic acid", "redness", "efficacy", "x"))


BAKU = Question("q-bakuchiol-harms", "Does bakuchiol cause adverse effects, and how often?", "bakuchiol", "adverse effects",
                "safety", 'bakuchiol[tiab] AND ("adverse effect*"[tiab] OR "side effect*"[tiab] OR safety[tiab])')
MILD = {"97000001": rec("97000001", "Randomised trial of 44 adults applying bakuchiol cream twice daily for 12 weeks: "
                        "side effects were mild and transient (slight stinging in 2 patients); no serious adverse "
                        "events occurred.", title="Bakuchiol cream: a 12-week randomised trial"),
        "97000002": rec("97000002", "Open study of 30 women using bakuchiol serum over 8 weeks: mild dryness was the only "
                        "side effect reported.", title="Bakuchiol serum: an open study")}


def test_safety_over_years_of_use_is_unchecked_by_studies_of_weeks():
    # before: supported ("safe" judged on how serious the harms were, over weeks)
    _, v = judge("it is safe to use for years", BAKU, MILD, relation="denies_harm")
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    assert "no record followed people that long" in v.rationale
    # safe, no span of use named: judged on how serious the harms were, as before
    _, v = judge("it is safe to use", BAKU, MILD, relation="denies_harm")
    assert v.verdict in ("supported", "partly supported"), v.rationale
    from tracker.verdict import long_use_claimed

    assert long_use_claimed("safe for long-term use") == ("long-term", 365.0)
    assert long_use_claimed("safe to use for 10 years")[1] == 3650
    assert long_use_claimed("safe to use for 12 weeks") is None


NAIL = Question("q-nail-lamp-burn", "Do UV nail lamps cause burns?", "UV nail lamp", "burns", "safety",
                'nail[tiab] AND lamp*[tiab] AND burn*[tiab]')
BURN = rec("98000001", "Case report: a 41-year-old woman developed second-degree burns on the fingertips after a UV nail "
           "lamp session at a salon.", title="Burns from a UV nail lamp: a case report")


def test_at_least_one_and_not_risk_free_are_existential_claims_a_case_report_verifies(monkeypatch):
    # before: partly supported (a case report's Very low certainty capped them)
    # (the rule alone: since session 22 the retrained learned reader, its guard at 0.3, doubts "are not risk-free"
    # at 35% and the shipped verdict is on neither side, asserted at the end)
    from tracker import verdict

    real_doubt = verdict.relation_doubt
    monkeypatch.setattr(verdict, "relation_doubt", lambda *a, **k: None)
    for quote in ("UV nail lamps have burned the fingertips of at least one user",
                  "UV nail lamps are not risk-free"):
        _, v = judge(quote, NAIL, {BURN.pmid: BURN}, relation="harm")
        assert v.verdict == "supported" and v.side == "backs", (quote, v.rationale)
    # a claim of how often keeps the cap
    _, v = judge("UV nail lamps often burn the fingertips", NAIL, {BURN.pmid: BURN}, relation="harm")
    assert v.verdict == "partly supported", v.rationale
    # with the shipped learned reader: the doubted reading goes on neither side, never against the claim
    monkeypatch.setattr(verdict, "relation_doubt", real_doubt)
    _, v = judge("UV nail lamps are not risk-free", NAIL, {BURN.pmid: BURN}, relation="harm")
    assert v.side in ("backs", "unclear") and v.verdict != "contradicted", v.rationale
