"""tracker.verdict, COMPARE9: comparisons and reasons a newcomer reads, found on three pasted pages (an LED acne mask,
a rosemary oil shop page, an oral collagen blog post) whose head-to-head trials the snapshot holds.

- A treatment name of three letters ("oil", "LED") is still a name: without it no sentence of a trial "rosemary oil vs
  minoxidil" was read as comparing the claim's "oil" with minoxidil.
- A quantifier over a named kind ("any collagen cream") still names that kind; only "other", "alternatives" or a
  quantifier with nothing named after it ("all treatments") leave the comparator unnamed.
- A dosage form names its route ("cream" is topical, "tablets" oral) and "by mouth" is oral: "collagen by mouth ...
  better than any collagen cream" is oral against topical collagen, told apart by route.
- "Better than Y" where the trials of the two found no difference between them ("p > .05", "did not differ
  significantly") goes against the claim (not supported, against), as a loss would.
- Reasons in plain words: a backed denial says what the studies found about the harm it denies (never "the question's
  'not supported' becomes 'partly supported'"); a verdict says first what decided it, and which records were set aside
  after that; a time frame the records go against says that they back the effect, but not in that time.

Real appraisal and grading on hand-written records (invented treatments: zelka, pentor). Tests whose comments say
"before:" fail on the round-1 tree."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import ClaimFrame, Question
from tracker.verdict import _arm_names, _name_re, generic_comparator

HAIR = Question("q-zelka-oil-hair", "Does zelka oil regrow hair?", "oil", "hair growth", "efficacy",
                'oil[tiab] AND hair[tiab]')
OIL_VS = {"96100001": rec("96100001", "Randomized comparative trial in 100 patients with androgenetic alopecia, 50 "
                          "assigned to zelka oil and 50 to pentor 2%, treated for 6 months. Both groups had a significant "
                          "rise in hair count at 6 months versus baseline (P < .05). Hair counts did not differ "
                          "significantly between groups at either time point (P > .05).",
                          title="Zelka oil vs pentor 2% for androgenetic alopecia: a randomized comparative trial")}


def test_a_three_letter_name_is_a_name():
    assert _name_re("oil") is not None and _name_re("oil").search("zelka oil was applied")
    assert not _name_re("oil").search("boiling")
    assert _name_re("the") is None  # a function word names nothing


def test_better_than_a_treatment_the_trials_found_no_different_from_goes_against():
    _, v = judge("Works better than pentor", HAIR, OIL_VS, intervention="oil", intervention_norm="oil",
                 relation="superior", comparator="pentor", comparator_norm="pentor")
    # before: no evidence found (unclear): "none of the records compares it with pentor"
    assert v.verdict == "not supported" and v.side == "against", v.rationale
    assert "96100001" in v.rationale and "found no difference" in v.reasons[3], v.reasons


def test_a_quantified_named_comparator_is_named():
    assert not generic_comparator("any zelka cream") and not generic_comparator("minoxidil")
    assert generic_comparator("any other treatment") and generic_comparator("all treatments")
    assert generic_comparator("conventional therapies") and generic_comparator("anything else")


SKIN = Question("q-zelka-wrinkles", "Does zelka reduce wrinkles?", "zelka", "wrinkles", "efficacy",
                'zelka*[tiab] AND wrinkle*[tiab]')
ROUTES = {"96100011": rec("96100011", "Systematic literature review comparing oral and topical zelka for wrinkles in "
                          "twelve randomized trials. The included studies reported that oral zelka reduced wrinkling, with "
                          "no difference found between oral and topical zelka.",
                          title="Zelka for wrinkles: oral or topical? A systematic review")}


def test_by_mouth_against_a_cream_is_oral_against_topical():
    quote = "Taking zelka by mouth works far better than any zelka cream"
    fr = ClaimFrame("zelka", "zelka", "wrinkles", "superior", comparator="any zelka cream", comparator_norm="zelka cream")
    ire, cre = _arm_names(fr, SKIN, quote)
    assert ire is not None and cre is not None
    assert ire.search("oral and topical zelka") and cre.search("oral and topical zelka")
    assert cre.search("a zelka cream twice daily") and not ire.search("a zelka cream twice daily")
    _, v = judge(quote, SKIN, ROUTES, relation="superior", comparator="any zelka cream", comparator_norm="zelka cream",
                 strength="strong")
    # before: no evidence found (unclear): "any" made the cream no named comparator, and the arms shared one name
    assert v.verdict == "not supported" and v.side == "against" and "96100011" in v.rationale, v.rationale


LIGHT = Question("q-zelka-acne", "Does zelka light improve acne?", "zelka light", "acne", "efficacy",
                 'zelka*[tiab] AND acne[tiab]')
RED_BLUE = {"96100021": rec("96100021", "Randomized trial of 28 people with acne assigned to red zelka light or blue zelka "
                            "light and followed until 2 weeks after the last session. Total lesion improvement was 36.2% "
                            "with red light and 30.7% with blue light (p > .05).",
                            title="Comparison of red light and blue light zelka therapies for acne")}


def test_arms_sharing_a_head_word_with_figures_and_a_null_are_a_tie():
    _, v = judge("Red light is just as good as blue for acne", LIGHT, RED_BLUE, intervention="Red light",
                 intervention_norm="zelka light", relation="equivalent", comparator="blue", comparator_norm="blue")
    assert v.side == "backs" and "96100021" in v.rationale, v.rationale


PAIN = Question("q-zelka-pain", "Does zelka cause pain?", "zelka", "pain", "safety", 'zelka*[tiab] AND pain[tiab]')


def test_a_backed_denial_says_what_the_studies_found():
    records = {"96100031": rec("96100031", "Randomised controlled trial in 60 adults with acne given zelka or a sham "
                               "for 8 weeks: acne improved with zelka (P < 0.01); no pain was reported in either group.",
                               title="Zelka for acne: a randomised sham-controlled trial")}
    _, v = judge("Completely painless", PAIN, records, relation="denies_harm", outcome="pain", strength="absolute")
    why = v.reasons[3]
    # before: "the claim denies the question's statement, so the question's 'not supported' becomes 'partly supported'"
    assert "question's statement" not in v.rationale, v.rationale
    assert v.side == "backs" and "does not cause pain" in why and "did not report it" in why, why


TIME = Question("q-zelka-acne-2", "Does zelka improve acne?", "zelka", "acne", "efficacy", 'zelka*[tiab] AND acne[tiab]')


def test_a_time_frame_against_the_records_says_they_back_the_effect_not_that_fast():
    records = {p: rec(p, f"Randomised controlled trial in {n} adults with acne given zelka or a vehicle for 12 weeks: "
                      "inflammatory lesions fell significantly more with zelka than with the vehicle at week 12 (P < 0.01).",
                      title="Zelka gel for acne: a randomised vehicle-controlled trial")
               for p, n in (("96100041", 80), ("96100042", 120))}
    _, v = judge("Zelka clears up acne in 3 days", TIME, records, time_frame="in 3 days", time_frame_days=3.0)
    assert v.side == "against", v.rationale
    # before: only "the claimed time frame ... is shorter than any the records report", under a tally of studies backing it
    assert "back the effect, but not in that time" in v.reasons[3] or "back an improvement" in v.reasons[3], v.reasons


def test_no_evidence_for_a_comparison_never_says_no_record_compares_while_one_names_both():
    records = {"96100051": rec("96100051", "Prospective study of 60 patients with androgenetic alopecia using zelka oil, "
                               "most of whom had used pentor before: hair counts rose by 20% over 6 months with zelka oil.",
                               title="Zelka oil in patients previously treated with pentor")}
    _, v = judge("Works better than pentor", HAIR, records, intervention="oil", intervention_norm="oil",
                 relation="superior", comparator="pentor", comparator_norm="pentor")
    assert v.side == "unclear", v.rationale
    assert "none of the records compares" not in v.rationale and "PMID 96100051 names both" in v.rationale, v.rationale


def test_a_tie_on_efficacy_does_not_answer_a_claim_of_speed():
    records = {"96100061": rec("96100061", "Split-face study in 30 patients with acne scars given laser on one side and laser "
                               "plus zelka on the other. Both sides improved significantly (P = 0.001) but the between-side "
                               "difference was not significant (P = 0.29). Redness and oedema after laser were significantly "
                               "less on the zelka side.",
                               title="Laser vs laser with topical zelka for acne scars: a split-face comparison trial")}
    scars = Question("q-zelka-scars", "Does zelka improve acne scars?", "zelka", "acne scars", "efficacy",
                     'zelka*[tiab] AND scar*[tiab]')
    _, v = judge("the side treated with zelka after laser healed about two days sooner than the side given salt water",
                 scars, records, relation="superior", comparator="side given salt water", comparator_norm="laser")
    # a tie on the scars says nothing against "healed sooner": never against
    assert v.side != "against", v.rationale


STRIAE = Question("q-zelka-striae-9", "Does zelka needling improve stretch marks?", "zelka needling", "stretch marks",
                  "efficacy", 'zelka*[tiab] AND (striae[tiab] OR "stretch marks"[tiab])')
NULL_FIGURES = {"96100071": rec("96100071", "Randomised trial in 40 adults with stretch marks assigned to zelka needling or "
                                "pentor laser for 12 weeks. Striae improved by 41% with zelka needling and by 38% with pentor "
                                "laser (p > .05).", title="Zelka needling versus pentor laser for striae: a randomised trial")}
WIN = {"96100081": rec("96100081", "Randomised trial in 40 adults with stretch marks assigned to zelka needling or pentor "
                       "laser for 12 weeks. Zelka needling was significantly more effective than pentor laser for striae "
                       "(P < 0.001).", title="Zelka needling versus pentor laser for striae: a randomised trial")}


def test_no_better_than_an_active_comparator_is_judged_as_not_superior_under_either_label():
    quote = "On its own zelka needling did no better than pentor laser for striae"
    for relation in ("no_effect", "equivalent"):
        _, tie = judge(quote, STRIAE, NULL_FIGURES, relation=relation, comparator="pentor laser",
                       comparator_norm="pentor laser")
        # the arms' figures with "p > .05" and no tie word are a tie: it backs "no better than"
        assert tie.side == "backs", (relation, tie.rationale)
        _, win = judge(quote, STRIAE, WIN, relation=relation, comparator="pentor laser", comparator_norm="pentor laser")
        assert win.side != "backs" and win.verdict in ("not supported", "contradicted"), (relation, win.rationale)
