"""tracker.extract, SGN17 (issue 14): a series of coordinated predicates or clauses is one claim per member, so a
denial of harm in the series is not graded for its benefit neighbours (two sign errors on test2/test4 came from
one unit holding "grows more hair than the 2%, it is safe to use for years"). Fails on a09a30a."""

from __future__ import annotations

from tracker.extract import _clause_units


def _units(text: str) -> list[str]:
    return [text[u.start:u.end] for u in _clause_units(text, 0, len(text))]


def test_a_series_of_clauses_closed_by_and_is_split_at_each_subject():
    text = "The cream fades dark spots in women, it is safe to use for years, and nobody should judge it before a month."
    assert _units(text) == ["The cream fades dark spots in women", "it is safe to use for years",
                            "nobody should judge it before a month"]


def test_a_fronted_subordinate_clause_is_no_member_of_the_series():
    text = "If you use it daily, it works, and you will see results."
    assert _units(text)[0].startswith("If you use it daily, it works")


def test_a_denial_of_harm_and_a_comparison_in_a_series_of_predicates_are_claims_of_their_own():
    text = "A low-dose tablet regrows hair better than the foam, has no side effects at this dose and works for women as well as men."
    assert _units(text) == ["A low-dose tablet regrows hair better than the foam", "has no side effects at this dose",
                            "works for women as well as men"]
    assert _units("It helps skin as well as hair.") == ["It helps skin as well as hair"]
