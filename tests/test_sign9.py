"""tracker.verdict, SIGN9 (issue 14 item 4 and item 3): verdict sides when the question a claim was filed under is not
the claim's own, and when the claim's wording grades what it asserts, found on dev12 and traps 382 and 820.

- A claim of how risky it is that names one harm ("safe for your eyes") is answered only by records that name that
  harm; how serious other harms were is indirect evidence (dev12 advent calendar).
- A minimiser on a denial ("basically no side effects") asserts that harm is rare or slight, not absent: judged on how
  serious the harms were (C8), never refuted as an absolute by records that harms occur (dev12 minoxidil).
- A class superlative of safety ("one of the safest") ranks the treatment against its class: serious harm documented
  in people who had it stops the records backing it, but without a comparison with the class it is placed on neither
  side (trap 382; dev8 "the safest resurfacing option", gold backs).
- A gap in percentage points is the difference of two shares: held to two shares a record sets side by side, never to
  one arm's share (trap 820).

Real appraisal and grading on hand-written records (invented treatments: zelka, pentor). Tests whose comments say
"before:" fail on the session-start verdict."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import Question
from tracker.verdict import claimed_point_gap, minimised_denial

ZELKA_HARMS = Question("q-zelka-harms", "Does zelka cause adverse effects?", "zelka", "adverse effects", "safety",
                       'zelka*[tiab] AND ("adverse event*"[tiab] OR "side effect*"[tiab] OR blindness[tiab])')
MILD = rec("97000001", "Randomised placebo-controlled trial of 120 adults given zelka injections monthly for six months. "
           "Side effects were mild and transient: redness in 12% and bruising in 8% of patients; no serious adverse "
           "events occurred.", title="Zelka injections for facial ageing: a randomised trial")
MILD2 = rec("97000002", "Randomised trial of 90 women comparing zelka injections with saline. Adverse events were mild "
            "swelling in 10%; no serious adverse events.", title="Zelka versus saline injections: a randomised trial")
BLIND = rec("97000003", "Case report of a woman who developed sudden blindness in one eye after cosmetic zelka injections "
            "to the forehead; vision did not recover.", title="Blindness after cosmetic zelka injection: a case report")


def test_a_minimised_denial_is_judged_on_how_risky_not_as_an_absolute():
    quote = "on that dose there are basically no side effects with zelka"
    _, v = judge(quote, ZELKA_HARMS, {"97000001": MILD, "97000002": MILD2}, relation="denies_harm",
                 outcome="side effects", strength="absolute")
    # before: contradicted (against): "no side effects" read as absolute, refuted by records of mild harms
    assert v.side != "against" and v.verdict != "contradicted", v.rationale
    assert "absolute wording" not in v.rationale
    assert minimised_denial("it hardly causes any unwanted facial hair")
    assert minimised_denial("there are virtually zero side effects")
    assert not minimised_denial("there are no side effects")
    assert not minimised_denial("it almost always works")


def test_a_class_superlative_of_safety_meets_serious_harm_against_it():
    quote = "Among cosmetic injections, zelka is one of the safest you can book."
    stroke = rec("97000006", "Prospective cohort of 400 adults given cosmetic zelka injections, followed for one year. "
                 "Serious adverse events were vascular occlusion with skin necrosis in 4 patients and permanent vision loss "
                 "in 2.", title="Serious complications of cosmetic zelka injections: a cohort study")
    _, v = judge(quote, ZELKA_HARMS, {"97000001": MILD, "97000002": MILD2, "97000006": stroke}, relation="denies_harm")
    # before: partly supported (backs): serious harm only capped the severity body at partly supported
    assert v.side == "unclear" and v.verdict == "not supported", v.rationale
    assert "safest" in v.rationale
    _, v = judge(quote, ZELKA_HARMS, {"97000001": MILD, "97000002": MILD2, "97000003": BLIND}, relation="denies_harm")
    assert v.side == "unclear" and v.verdict == "not supported", v.rationale
    # a record that compares its safety with others in its favour gives the rank the comparison it needs: a single
    # case of serious harm does not place it below its class
    ranked = rec("97000005", "Randomised trial of 80 adults comparing zelka injections with hyaluronic acid filler. Zelka "
                 "was better tolerated than the filler, with mild redness in 9% and no serious adverse events.",
                 title="Zelka versus filler injections: a randomised trial")
    _, v = judge(quote, ZELKA_HARMS, {"97000001": MILD, "97000005": ranked, "97000003": BLIND}, relation="denies_harm")
    assert v.side != "against", v.rationale
    # without serious harm reported, the rank is not refuted
    _, v = judge(quote, ZELKA_HARMS, {"97000001": MILD, "97000002": MILD2}, relation="denies_harm")
    assert v.side != "against", v.rationale


EYES = Question("q-zelka-eyes", "Does zelka cause eye damage?", "zelka", "eye damage", "safety",
                'zelka*[tiab] AND ("eye damage"[tiab] OR retina*[tiab] OR "adverse event*"[tiab])')


def test_safe_for_one_harm_needs_a_record_that_names_that_harm():
    quote = "zelka masks are safe for your eyes"
    _, v = judge(quote, EYES, {"97000001": MILD}, relation="denies_harm", outcome="eye damage")
    # before: supported (backs): no serious harm among the other harms the record reports
    assert v.verdict == "no evidence found" and v.side == "unclear", v.rationale
    assert "no record names eye damage" in v.rationale
    named = rec("97000004", "Randomised trial of 50 adults using zelka masks nightly; ophthalmic examination found no eye "
                "damage and no retinal changes after 12 weeks.", title="Zelka masks and eye safety: a randomised trial")
    _, v = judge(quote, EYES, {"97000004": named}, relation="denies_harm", outcome="eye damage")
    assert v.verdict != "no evidence found", v.rationale


REGROWTH = Question("q-zelka-hair", "Does zelka regrow hair in women?", "zelka", "hair regrowth", "efficacy",
                    'zelka*[tiab] AND (regrowth[tiab] OR "hair growth"[tiab])')
TRIAL = rec("97000021", "Double-blind placebo-controlled 32-week trial of zelka 2% in 33 women with pattern hair loss. "
            "Minimal to moderate regrowth was seen in 60% (9) on zelka versus 46% (6) on placebo. Zelka significantly "
            "improved hair regrowth compared with placebo (P < 0.05).",
            title="Zelka 2% for female pattern hair loss")


def test_a_gap_in_percentage_points_is_held_to_a_gap_between_shares():
    quote = "In a placebo-controlled trial, 2% zelka gave visible regrowth to 60 percentage points more women than placebo."
    _, v = judge(quote, REGROWTH, {"97000021": TRIAL}, outcome="regrowth", comparator="placebo", comparator_norm="placebo")
    # before: supported (backs): nothing checked the gap (or one arm's 60% was taken for it)
    assert v.side == "against" and v.verdict == "not supported", v.rationale
    assert "14 points" in v.rationale
    _, v = judge(quote.replace("60 percentage", "14 percentage"), REGROWTH, {"97000021": TRIAL}, outcome="regrowth",
                 comparator="placebo", comparator_norm="placebo")
    assert v.side != "against", v.rationale
    assert claimed_point_gap("a 12-percentage-point gain") == 12.0
    assert claimed_point_gap("improved by 60%") is None
