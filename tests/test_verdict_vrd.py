"""tracker.verdict and tracker.polarity, VRD (issue 14): sign errors found on test8 and the trap dev items.

- Parity against an inactive control: an affirmative equative of degree whose clause names a placebo or sham arm
  ("improved just as much on the placebo side", "works as well as a placebo") asserts no effect; an active standard
  ("as well as minoxidil"), a multiplier ("twice as much as placebo"), a design label ("placebo-controlled") or
  "nothing" as subject ("nothing works as well as X") do not.
- A conditional on stopping ("even if you stop taking it, ...") is about the time after treatment: held to records
  that followed people after stopping and saw the effect kept for the claimed span; without one it is unchecked
  (not supported, side unclear), never refuted as a "permanent result".
- A correlative comparative of use ("the more often you take it, the smoother your skin") claims a dose-response
  gradient no record of the effect at one dose tests: not supported, side unclear.
- "It itches less than Y" compares the arms' harms, whichever way its question was filed: a tested harm count in
  its favour backs it (partly), whatever the body says of the treatment's harms alone.

Real appraisal and grading on hand-written records (topics no development article uses). Tests whose comments say
"before:" fail on the session-14 start (153ca39)."""

from __future__ import annotations

import pytest

from tests.judging import judge, rec
from tracker.frames import relation_of
from tracker.models import Question
from tracker.polarity import inert_parity


@pytest.mark.parametrize("text", [
    "skin hydration improved just as much on the placebo side",
    "In controlled trials, scalp oil production fell just as much in the placebo group",
    "it works as well as a placebo",
    "the sham group did just as well",
    "hydration improved as much as with placebo",
])
def test_an_equative_against_an_inactive_control_asserts_no_effect(text):
    # before: benefit (the equative's standard, an inactive arm, was not read)
    assert relation_of(text) == "no_effect"


@pytest.mark.parametrize("text, relation", [
    ("In a placebo-controlled trial it worked as well as minoxidil", "equivalent"),  # a design label, an active standard
    ("hydration improved twice as much as with placebo", "superior"),  # a multiplier: a ratio, not parity
    ("Nothing works as well as retinol", "equivalent"),  # "nothing" heads a superlative, it is no arm
    # the placebo is in another clause; the equative's standard is an active arm (REL3: parity with retinol)
    ("Unlike placebo, it improved hydration as much as retinol", "equivalent"),
    ("It reduced wrinkles compared with placebo and improved hydration as well", "benefit"),  # "as well": "too"
])
def test_an_equative_that_is_no_parity_with_an_inactive_control_is_left_alone(text, relation):
    assert relation_of(text) == relation
    assert inert_parity(text) is None


HYAL = Question("q-hyal-wrinkles", "Does oral hyaluronan reduce wrinkles?", "hyaluronan", "wrinkles", "efficacy",
                "hyaluronan[tiab] AND wrinkle*[tiab]")
ON_TREATMENT = rec("96000001", "Randomised placebo-controlled trial in 60 women taking oral hyaluronan 120 mg daily for 12 "
                   "weeks: wrinkle depth fell significantly more than with placebo at 12 weeks (p < 0.01).",
                   title="Oral hyaluronan for facial wrinkles: a randomised trial")
FOLLOWED = rec("96000002", "Randomised placebo-controlled trial in 72 women taking oral hyaluronan 200 mg daily for 8 "
               "weeks, with an 8-week follow-up after stopping. Wrinkle depth fell significantly more than with placebo "
               "at 8 weeks (p < 0.01), and the difference persisted 8 weeks after the last dose (p < 0.05).",
               title="Oral hyaluronan and wrinkles: a randomised trial with follow-up")
STOP = "Even if you stop taking the capsules, the smoother skin lasts for at least a month"


def test_a_result_kept_after_stopping_is_held_to_follow_up_after_stopping():
    # before: not supported, against ("a complete or permanent result ('Even if you stop')")
    _, v = judge(STOP, HYAL, {r.pmid: r for r in (ON_TREATMENT, FOLLOWED)})
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale
    assert "96000002" in v.rationale and "after stopping" in v.rationale


def test_a_result_after_stopping_that_no_record_followed_is_unchecked():
    # before: not supported, against
    _, v = judge(STOP, HYAL, {ON_TREATMENT.pmid: ON_TREATMENT})
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    # a loss on stopping ("the wrinkles come back") is not what a record of the effect kept backs
    _, v = judge("If you stop taking the capsules, the wrinkles come back", HYAL,
                 {r.pmid: r for r in (ON_TREATMENT, FOLLOWED)})
    assert v.side == "unclear", v.rationale


def test_a_dose_response_gradient_is_unchecked_by_records_of_one_dose():
    # before: supported, backs (the body shows the effect, not that more use gives more of it)
    _, v = judge("The more often you take the capsules, the smoother your skin gets", HYAL,
                 {r.pmid: r for r in (ON_TREATMENT, FOLLOWED)})
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    assert "how much or how often" in v.rationale


AZEL = Question("q-azel-itch", "Does azelaic acid reduce itching?", "azelaic acid", "itching", "efficacy",
                "azelaic[tiab] AND itching[tiab]")
AZEL_VS = rec("97000001", "Randomised comparative trial of azelaic acid 15% gel versus metronidazole 1% gel in 90 adults "
              "with rosacea for 12 weeks. Itching rose from baseline in both groups (p < 0.05) and was more frequent "
              "with metronidazole at week 12 (p < 0.05). Lesion counts did not differ between groups.",
              title="Azelaic acid versus metronidazole for rosacea: a randomised comparative trial")


def test_a_comparison_of_harms_is_answered_by_the_arms_harm_counts():
    # before: contradicted (the body "itching rose" answered "does it reduce itching?", another question)
    _, v = judge("it itches less than metronidazole", AZEL, {AZEL_VS.pmid: AZEL_VS}, relation="superior",
                 comparator="metronidazole", comparator_norm="metronidazole")
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale


def test_a_treatment_compared_with_itself_is_placed_on_neither_side():
    # before: a side from the records of either arm ("it itches less than X" read with X as its subject too)
    _, v = judge("it itches less than metronidazole", AZEL, {AZEL_VS.pmid: AZEL_VS}, relation="superior",
                 intervention="metronidazole", intervention_norm="metronidazole", comparator="metronidazole",
                 comparator_norm="metronidazole")
    assert v.verdict == "no evidence found" and v.side == "unclear", v.rationale


GENERIC = Question("auto-treatment-pain", "Does treatment cause pain?", "treatment", "pain", "safety",
                   "treatment[tiab] AND pain[tiab]")
PAINFUL = rec("98000001", "Randomised split-face trial in 30 adults comparing two resurfacing treatments: pain during "
              "treatment was reported by most patients on both sides, and pain scores were moderate.",
              title="Two resurfacing treatments for scars: a randomised split-face trial")


def test_a_question_naming_only_the_category_of_treatment_gives_no_direct_evidence():
    # before: contradicted ("the claim denies pain, and 1 study reports it": a study of other treatments)
    _, v = judge("Treatment is painless", GENERIC, {PAINFUL.pmid: PAINFUL}, relation="denies_harm")
    assert v.verdict == "no evidence found" and v.side == "unclear", v.rationale
    assert "names no treatment" in v.rationale
