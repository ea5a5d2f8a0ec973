"""Session 8 (lead): a negative subject over a verb of finding or reporting whose object is a harm
denies the harm ("No study has ever found a single side effect from X")."""

from __future__ import annotations

import pytest

from tracker.frames import relation_of


@pytest.mark.parametrize("sentence", [
    "No study has ever found a single side effect from laser helmets",
    "No trial has reported serious side effects with the serum",
    "Not one study has documented any burns from home devices",
    "Nobody has reported a rash after using it",
])
def test_a_negated_finding_of_a_harm_denies_the_harm(sentence):
    assert relation_of(sentence) == "denies_harm"


def test_a_negated_finding_of_a_benefit_is_no_effect():
    assert relation_of("No study has found any benefit from the serum") == "no_effect"
