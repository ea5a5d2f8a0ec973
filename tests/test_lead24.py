"""The lead's session-24 rule: a negation just before a totality word or a removal verb denies the complete result.

"Six months later my scars were shallower, though not completely gone" promises a partial result; SIGN24's rule that a
degree word of totality is a magnitude even in a first-person story must not read it as a complete one.
"""
import pytest

from tracker.verdict import absolute_result, complete_result


@pytest.mark.parametrize("quote", [
    "Six months later my scars were shallower, though not completely gone.",
    "It will not totally erase the lines.",
    "It won't get rid of cellulite",
    "Results are not permanent.",
    "It doesn't clear acne.",
    "Not entirely.",
])
def test_a_negated_totality_or_removal_is_no_complete_result(quote):
    assert complete_result(quote) is None and absolute_result(quote) is None


@pytest.mark.parametrize("quote", [
    "Within three months my crown had filled in completely",
    "It clears acne completely.",
    "Not only does it fade scars, it erases them completely.",
])
def test_an_affirmed_totality_or_removal_still_is(quote):
    assert complete_result(quote) is not None and absolute_result(quote) is not None
