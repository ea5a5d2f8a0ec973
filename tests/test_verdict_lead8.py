"""Session 8 (lead): a claimed time frame shorter than the records measured, but not far from it,
is untested rather than refuted; one far beyond them still goes against the claim."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import Question

SCARS = Question("q2", "Does microneedling improve acne scars?", "microneedling", "acne scars", "efficacy",
                 'microneedl*[tiab] AND "acne scar*"[tiab]')
RECORDS = {"7": rec("7", "Randomized controlled trial of 300 patients with acne scars treated with microneedling. "
                         "Acne scars improved significantly after 12 weeks of treatment.")}


def test_a_time_frame_near_the_measured_one_is_untested_not_refuted():
    grade, v = judge("Microneedling improves acne scars within about six weeks", SCARS, RECORDS,
                     time_frame="within about six weeks", time_frame_days=42.0)
    assert grade.verdict == "supported"
    assert v.verdict == "partly supported" and v.side == "backs"
    assert "untested, not refuted" in v.rationale


def test_a_time_frame_far_beyond_the_records_goes_against_the_claim():
    _, v = judge("Microneedling improves acne scars within a week", SCARS, RECORDS,
                 time_frame="within a week", time_frame_days=7.0)
    assert v.verdict == "not supported" and v.side == "against"
