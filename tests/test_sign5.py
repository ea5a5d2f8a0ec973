"""tracker.verdict, SIGN5 (issue 14): verdicts on the right side, found on test13 and dev9 (spent / studied).

- A complete result worded by a removal verb alone ("clears rosacea") is directionally right but overstated against
  trials of improvement: partly supported (backs), the devset's rule. It goes against the records (not supported)
  when it is absolute ("completely", "totally"), lasting or certain ("for good", "cures", "guaranteed"), or dated
  ("in two weeks", "after one session"): the records report improvement at that point, not the problem gone.
- A negated comparative of the other pole ("no worse than Y", "not inferior to Y") asserts non-inferiority: a
  head-to-head tie backs it.
- A percentage that names a preparation in the claim ("the 15% gel ... than the 20%") is no effect size or share.
- A harm said to be possible ("can happen") is shown by observation in groups of people, whatever the certainty.
- A mechanism against records of very low certainty is not supported, not contradicted.
- "only" over a condition ("but only at high doses") excludes every other: untested, so on neither side.

Real appraisal and grading on hand-written records (a topic no development article uses). Tests whose comments say
"before:" fail on 5792858."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.frames import parse_frame
from tracker.models import Question
from tracker.verdict import absolute_result, complete_result, strength_in_claim

ROSACEA = Question("q-azelaic-rosacea", "Does azelaic acid reduce rosacea?", "azelaic acid", "rosacea", "efficacy",
                   "azelaic[tiab] AND rosacea[tiab]")
TRIALS = {
    "95000001": rec("95000001", "Randomised, double-blind, vehicle-controlled trial in 329 adults with papulopustular "
                    "rosacea: azelaic acid 15% gel reduced inflammatory lesions significantly more than vehicle "
                    "(p < 0.001) over 12 weeks.", title="Azelaic acid 15% gel for rosacea: a randomised controlled trial"),
    "95000002": rec("95000002", "Randomised controlled trial in 335 adults with rosacea: azelaic acid gel improved "
                    "erythema and reduced lesion counts significantly compared with vehicle (p = 0.002).",
                    title="Azelaic acid gel versus vehicle in rosacea: a randomised trial"),
}


def test_a_removal_verb_alone_is_overstated_not_refuted():
    # before: not supported, against ("promises a complete or permanent result")
    _, v = judge("Azelaic acid clears rosacea", ROSACEA, TRIALS)
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert "overstated" in v.rationale


def test_an_absolute_lasting_or_dated_complete_result_goes_against_the_records():
    for quote in ("Azelaic acid clears rosacea completely", "Azelaic acid clears rosacea for good",
                  "Azelaic acid clears rosacea within a few weeks", "Azelaic acid gets rid of rosacea after one session",
                  "A two-week study proved that azelaic acid clears rosacea",
                  "Azelaic acid clears even severe, long-standing rosacea", "Azelaic acid clears every type of rosacea"):
        _, v = judge(quote, ROSACEA, TRIALS)
        assert v.verdict == "not supported" and v.side == "against", (quote, v.rationale)
    # the readers: a removal verb is a complete result, absolute only with a degree of totality or a lasting promise
    assert complete_result("it erases scars") and not absolute_result("it erases scars")
    assert absolute_result("it erases scars completely") and absolute_result("cured for good")
    assert not absolute_result("it largely clears acne")


TIE = {
    "95000003": rec("95000003", "Randomised, investigator-blinded trial in 160 adults with rosacea comparing azelaic acid "
                    "15% gel with metronidazole 0.75% gel: both reduced inflammatory lesions, with no significant "
                    "difference between the azelaic acid and metronidazole groups (p = 0.4).",
                    title="Azelaic acid versus metronidazole gel for rosacea: a randomised trial"),
    **TRIALS,
}


def test_no_worse_than_is_non_inferiority_a_tie_backs_it():
    # before: not supported ("2 comparison(s) found no difference from metronidazole, 0 favour it")
    # (FRAME6: the frame reads the negated inferior comparative as parity, so the relation is the parser's)
    for quote in ("Azelaic acid is no worse than metronidazole gel on rosacea",
                  "Azelaic acid is not inferior to metronidazole gel on rosacea",
                  "Azelaic acid isn't any less effective than metronidazole gel on rosacea",
                  "Azelaic acid is non-inferior to metronidazole gel on rosacea"):
        relation = parse_frame(quote).relation
        assert relation == "equivalent", quote
        _, v = judge(quote, ROSACEA, TIE, relation=relation, comparator="metronidazole gel",
                     comparator_norm="metronidazole")
        assert v.verdict in ("supported", "partly supported") and v.side == "backs", (quote, v.rationale)
    # a plain superiority claim is still not backed by a tie
    _, v = judge("Azelaic acid works better than metronidazole gel on rosacea", ROSACEA, TIE,
                 relation="superior", comparator="metronidazole gel", comparator_norm="metronidazole")
    assert v.verdict not in ("supported", "partly supported"), v.rationale


def test_a_percentage_naming_a_preparation_is_no_effect_size():
    assert strength_in_claim("The 15% gel is a gentler choice than the 20%", 20.0)
    assert strength_in_claim("The 15% strength is a gentler choice than the 20%", 15.0)
    assert not strength_in_claim("It helps 20% of people with rosacea", 20.0)
    assert not strength_in_claim("It cut lesions by 20%", 20.0)
    # before: not supported ("the claim says 20% of people; shares of people that large are reported in ...")
    shares = {"95000004": rec("95000004", "Open study of 60 adults with rosacea using azelaic acid gel: rosacea "
                              "improved in 85% of patients at 12 weeks.", title="Azelaic acid gel in rosacea: an open study"),
              **TRIALS}
    _, v = judge("Azelaic acid improves rosacea, and the 15% gel suits more people than the 20%", ROSACEA, shares,
                 magnitude_value=20.0, magnitude_unit="%", magnitude_kind="proportion", magnitude_bound="typical")
    assert "of people" not in v.rationale, v.rationale


SWELLING = Question("q-amlo-oedema", "Does amlodipine cause ankle oedema?", "amlodipine", "ankle oedema", "safety",
                    "amlodipine[tiab] AND oedema[tiab]")
SEEN = {
    "95000005": rec("95000005", "Case series of 1,200 adults taking amlodipine: ankle oedema occurred in 38 patients "
                    "(3%), mild in most.", title="Ankle oedema with amlodipine: a case series"),
    "95000006": rec("95000006", "Case report: a 70-year-old woman developed ankle oedema two weeks after starting "
                    "amlodipine.", title="Ankle oedema after amlodipine: a case report"),
}


def test_a_harm_said_to_be_possible_is_shown_by_observation_in_people():
    # before: partly supported (the certainty of a case series and a case report, Very low, capped it)
    _, v = judge("Ankle oedema can happen on amlodipine, though it is uncommon", SWELLING, SEEN, relation="harm")
    assert v.verdict == "supported" and v.side == "backs", v.rationale
    # one case report alone does not show the cause, and a harm under misuse is indirect: both stay partly supported
    _, v = judge("Ankle oedema can happen on amlodipine", SWELLING, {"95000006": SEEN["95000006"]}, relation="harm")
    assert v.verdict == "partly supported", v.rationale
    _, v = judge("If the dose is wrong, ankle oedema can happen on amlodipine", SWELLING, SEEN, relation="harm")
    assert v.verdict == "partly supported", v.rationale


def test_a_mechanism_against_records_of_very_low_certainty_is_unsupported_not_refuted():
    # before: contradicted (one pilot series of 8 people pointing the other way, Very low)
    sauna = Question("q-sauna-collagen", "Does infrared sauna increase dermal collagen?", "infrared sauna",
                     "dermal collagen", "mechanism", "sauna[tiab] AND collagen[tiab]")
    pilot = {"95000007": rec("95000007", "Pilot study of 8 volunteers using an infrared sauna three times a week for "
                             "4 weeks: dermal collagen density decreased significantly from baseline (p = 0.03).",
                             title="Infrared sauna and dermal collagen: a pilot study")}
    grade, v = judge("Infrared sauna boosts collagen deep in the skin", sauna, pilot, relation="mechanism",
                     outcome="dermal collagen")
    assert grade.certainty == "Very low" and grade.verdict == "contradicted", grade
    assert v.verdict == "not supported" and v.side == "against", v.rationale


def test_a_capitalised_first_person_tells_an_anecdote_not_a_promise():
    # before: not supported ("My" opening the sentence was not read as the first person, so a promise)
    _, v = judge("My rosacea was gone after twelve weeks of azelaic acid", ROSACEA, TRIALS)
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale


def test_a_benefit_restricted_by_only_to_one_condition_is_placed_on_neither_side():
    # before: partly supported, backs (the trials of the treatment in general back "it works" but do not test
    # the exclusion "only at the doses used for ...", which is the claim's point)
    _, v = judge("Azelaic acid clears redness, but only at the high doses used for acne", ROSACEA, TRIALS)
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    # "not only" is additive, no restriction
    _, v = judge("Azelaic acid reduces rosacea, and not only in women", ROSACEA, TRIALS)
    assert v.side == "backs", v.rationale
