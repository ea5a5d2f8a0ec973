"""FIX10: sign errors that better treatment picks exposed (dev12 advent calendar, test15 alopecia needling).

- A count of the product's own units of taking or applying it ("just two sachets", "after only three capsules") is a
  claimed exposure, like a count of sessions; on a schedule ("two capsules a day") it is a dose, not an exposure.
- "Just two sachets and your skin is visibly firmer": a verbless conjunct before "and" is the conditional antecedent of
  the clause after it; the exposure it states is the claim's, though the clause split leaves it out of the claim.
- A count of doses that no record counts is unchecked: the bare effect does not answer it (neither side).
- "Will one session be enough?" / "For most people, yes.": an elliptical affirmative answer affirms the question's
  content, so its frame carries the question's count of sessions (or time frame), and the verdict compares it with the
  records' fewest sessions instead of grading the bare effect.

Real frame reading, extraction, appraisal and grading on hand-written text and records (invented treatment: zelka).
Tests whose comments say "before:" fail on the code before FIX10."""

from __future__ import annotations

import pytest

from tests.extracting import article, claim_with
from tests.judging import judge, rec
from tracker.extract import extract_claims
from tracker.frames import magnitude_of
from tracker.models import Question


@pytest.mark.parametrize("text, value", [
    ("Just two sachets and your skin is visibly firmer", 2.0),
    ("after only three capsules my joints felt looser", 3.0),
    ("as few as 5 drops calm the redness", 5.0),
    ("after a single tablet the itch was gone", 1.0),
])
def test_a_marked_count_of_doses_is_a_claimed_exposure(text: str, value: float) -> None:
    mag = magnitude_of(text)
    # before: None (only sessions, treatments, visits, applications, uses and doses were counted)
    assert mag is not None and mag[0] == value and mag[2] == "sessions" and mag[1] == "doses", mag


@pytest.mark.parametrize("text", [
    "take two capsules a day with food",
    "Just 2 capsules daily keep joints supple",
    "only 3 drops twice daily",
    "a few drops of serum brighten the skin",
    "results show two weeks after just two sachets",  # a time counted from the doses: a latency, no count
])
def test_a_dose_on_a_schedule_or_unmarked_is_no_exposure(text: str) -> None:
    mag = magnitude_of(text)
    assert mag is None or mag[1] != "doses", mag


def test_a_verbless_antecedent_conjunct_gives_the_claim_its_exposure() -> None:
    text = ("Zelka collagen sachets\n\nZelka is a marine collagen drink. Just two sachets and your skin is visibly "
            "firmer.\n")
    c = claim_with(extract_claims(article(text)), "firmer")
    assert c.claim.frame is not None
    # before: no magnitude (the claim's unit, "your skin is visibly firmer", was read alone)
    assert c.claim.frame.magnitude_kind == "sessions" and c.claim.frame.magnitude_value == 2.0, c.claim.frame


FIRMNESS = Question("q-zelka-firm", "Does zelka improve skin firmness?", "zelka", "skin firmness", "efficacy",
                    'zelka*[tiab] AND (firmness[tiab] OR elasticity[tiab])')
MA = rec("97100001", "Systematic review and meta-analysis of randomised placebo-controlled trials of oral zelka. Nineteen "
         "studies with 1,125 participants. Pooled analyses favoured zelka over placebo for skin elasticity and firmness. "
         "The authors conclude that 90 days of zelka improves skin firmness.",
         title="Oral zelka for skin ageing: a systematic review and meta-analysis")
RCT = rec("97100002", "Randomised double-blind placebo-controlled trial of 72 women taking zelka for 12 weeks. Skin "
          "firmness improved significantly versus placebo at week 12.", title="Zelka and skin firmness: a randomised trial")


def test_an_uncounted_number_of_doses_is_unchecked() -> None:
    quote = "Just two sachets and your skin is visibly firmer"
    _, v = judge(quote, FIRMNESS, {"97100001": MA, "97100002": RCT}, magnitude_value=2.0, magnitude_unit="doses",
                 magnitude_kind="sessions", magnitude_bound="typical")
    # before: supported (backs): the bare effect was graded, the two sachets unread
    assert v.side != "backs" and v.verdict not in ("supported", "partly supported"), v.rationale
    assert "2 doses" in v.rationale
    # the same effect without a count of doses is backed
    _, plain = judge("zelka makes your skin visibly firmer", FIRMNESS, {"97100001": MA, "97100002": RCT})
    assert plain.side == "backs", plain.rationale


_QA = ("Zelka needling for patchy hair loss\n\nZelka needling is a treatment for patchy hair loss.\n\n"
       "YOUR COURSE\nThree sessions, three weeks apart, are usually enough.\n\n"
       "Patient question: Will one session be enough?\nFor most people, yes.\n\n"
       "Patient question: Will it hurt?\nNo.\n")


def test_an_elliptical_yes_carries_the_questions_count_of_sessions() -> None:
    cands = extract_claims(article(_QA))
    c = claim_with(cands, "most people")
    assert c.claim.frame is not None
    # before: no magnitude: the answer was graded as the bare effect of the treatment
    assert c.claim.frame.magnitude_kind == "sessions" and c.claim.frame.magnitude_value == 1.0, c.claim.frame


HAIR = Question("q-zelka-hair", "Does zelka needling regrow hair in alopecia areata?", "zelka needling", "hair regrowth",
                "efficacy", 'zelka*[tiab] AND (alopecia[tiab] OR regrowth[tiab])')
COURSE = rec("97100003", "Randomised trial of 40 patients with alopecia areata given three zelka needling sessions three "
             "weeks apart. Hair regrowth was significantly greater than with saline at the end of the course.",
             title="Zelka needling for alopecia areata: a randomised trial")
COURSE2 = rec("97100004", "Controlled study of 30 patients with patchy alopecia areata. After four monthly sessions of zelka "
              "needling, regrowth scores improved significantly over the control patches.",
              title="Zelka needling in patchy alopecia: a controlled study")


def test_a_yes_to_one_session_is_held_to_the_records_fewest_sessions() -> None:
    _, v = judge("For most people, yes", HAIR, {"97100003": COURSE, "97100004": COURSE2},
                 magnitude_value=1.0, magnitude_unit="sessions", magnitude_kind="sessions", magnitude_bound="typical")
    assert v.side != "backs" and v.verdict not in ("supported", "partly supported"), v.rationale
    assert "1 session" in v.rationale
