"""tracker.verdict, session 14 (issue 14's dashboard check): a figure the search found nothing to check is said, in
words, to be unchecked (not disproved). Before (07f3035) the rationale said only "worded as plain but certainty is
No evidence found", which a reader could take for a checked figure."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import Question

FIRM = Question("q-algae-firmness", "Does a sea-algae cream improve skin firmness?", "sea-algae cream", "skin firmness",
                "efficacy", "algae[tiab] AND firmness[tiab]")


def test_an_unsourced_share_with_no_record_is_unchecked_in_words():
    _, v = judge("93% of users saw firmer skin", FIRM, {}, magnitude_value=93.0, magnitude_unit="%",
                 magnitude_kind="proportion", magnitude_bound="typical")
    assert v.verdict == "no evidence found" and v.side == "unclear"
    assert "no record was found to check the claimed 93% against" in v.rationale  # before: no word on the figure
    assert "unchecked (not disproved)" in v.rationale


def test_a_figure_checked_against_records_keeps_its_own_note():
    record = rec("96100001", "Randomised trial in 40 women using a sea-algae cream for 8 weeks: skin firmness improved by "
                 "12% compared with a plain cream (p < 0.05).", title="Sea-algae cream and skin firmness")
    _, v = judge("It firms skin by 90%", FIRM, {"96100001": record}, magnitude_value=90.0, magnitude_unit="%",
                 magnitude_kind="percent_change", magnitude_bound="typical")
    assert "no record was found to check" not in v.rationale
