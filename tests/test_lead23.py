"""Session 23, the lead: a problem brought down to nothing is a complete result (trap dev item 406, a sign error after
the session's readers found its question): `verdict.complete_result` reads a reduction to (almost) nothing, zero or none
as it reads "clears" or "gets rid of", so a dated promise of it is held to the records' partial improvements."""
import pytest

from tracker.verdict import complete_result


@pytest.mark.parametrize("quote", [
    "Taken daily, it brings hair fall down to almost nothing within four months.",
    "It cuts breakouts to zero.",
    "Shedding dropped to almost none by week 8.",
    "The serum reduces redness to virtually nothing.",
])
def test_a_reduction_to_nothing_is_a_complete_result(quote: str) -> None:
    assert complete_result(quote) is not None


@pytest.mark.parametrize("quote", [
    "It reduced shedding by 30% compared to nothing at all.",  # a comparison with no treatment
    "Next to nothing is known about its safety.",
    "It adds nothing to the effect.",
    "The cream costs next to nothing.",
    "It cut the risk to nothing more than a rash.",  # "nothing more than": a limit, not a removal
    "Breakouts dropped dramatically.",
])
def test_other_uses_of_nothing_are_not(quote: str) -> None:
    assert complete_result(quote) is None
