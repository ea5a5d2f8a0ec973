"""Session 8 (lead): an outcome that improved as much with an inactive control as with the
intervention is a null for that outcome, read from the clause that names it."""

from __future__ import annotations

from tracker.appraisal import classify_direction
from tracker.models import AbstractSection, Question, Record

HYDRATION = Question("qh", "Does topical vitamin C improve skin hydration?", "topical vitamin C", "skin hydration",
                     "efficacy", '("vitamin C"[tiab] OR "ascorbic acid"[tiab]) AND (hydration[tiab] OR moistur*[tiab])')
WRINKLES = Question("qw", "Does topical vitamin C reduce wrinkles?", "topical vitamin C", "wrinkles",
                    "efficacy", '("vitamin C"[tiab] OR "ascorbic acid"[tiab]) AND wrinkl*[tiab]')

# written for this test: a placebo-controlled review whose conclusion is positive overall
TEXT = ("Systematic review of randomized placebo-controlled trials of topical vitamin C in photoaged skin. "
        "Treated skin was smoother and less wrinkled; hydration, however, improved equally on vitamin C and "
        "placebo sites. The authors conclude vitamin C appears effective for wrinkled skin.")


def _record() -> Record:
    return Record(pmid="1", title="", abstract=(AbstractSection(None, TEXT),), text_kind="synopsis")


def test_a_tie_with_placebo_on_the_questions_outcome_is_no_effect():
    assert classify_direction(_record(), HYDRATION).direction == "no effect"


def test_a_tie_on_another_outcome_leaves_the_positive_finding():
    assert classify_direction(_record(), WRINKLES).direction == "supports"
