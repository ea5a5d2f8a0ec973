"""Outcomes and right questions, round 8 (issue #14, EXT8): the verb's own object beats an outcome
in a later clause with its own subject, an endorsement's "for" phrase names its outcome, a
coordination of specific harms keeps its words under an umbrella safety entry, and a loss
counted in units of mass is weight loss. The texts are made up for these tests (no development
article)."""

from __future__ import annotations

from tracker.articles import article_from_bytes
from tracker.extract import Candidate, extract_claims
from tracker.models import Article


def article(text: str, name: str = "test.md") -> Article:
    return article_from_bytes(name, text.encode("utf-8"))


def outcomes_on(cands: list[Candidate], words: str) -> set[str]:
    return {c.claim.frame.outcome for c in cands if words in c.claim.quote}


TEA = """Thistle Tea: A Review

Thistle tea is a herbal infusion sold in small tins.
Thistle tea lowers blood pressure by about 5 points in people with hypertension, and people who get plenty of thistle tea have a lower risk of stroke.
Herbalists recommend thistle tea for restless legs.
Some people shed up to 5 kg in three months with thistle tea.
"""


def test_the_verbs_own_object_beats_an_outcome_in_a_later_clause() -> None:
    cands = extract_claims(article(TEA))
    assert outcomes_on(cands, "lowers blood pressure") == {"blood pressure"}


def test_an_endorsement_names_its_purpose_as_the_outcome() -> None:
    cands = extract_claims(article(TEA))
    assert outcomes_on(cands, "Herbalists recommend") == {"restless legs"}


def test_a_loss_in_kilograms_is_weight_loss() -> None:
    cands = extract_claims(article(TEA))
    assert outcomes_on(cands, "shed up to 5 kg") == {"weight loss"}


BALM = """Thistle Balm: A Review

Thistle balm is a herbal salve sold in small tins. It softens rough elbows.
In one trial, thistle balm caused flaking and itching in a few users.
In another trial, thistle balm caused skin irritation in a few users.
"""


def test_a_coordination_of_specific_harms_keeps_its_words() -> None:
    cands = extract_claims(article(BALM))
    assert outcomes_on(cands, "flaking and itching") == {"flaking and itching"}
    # the entry's own word keeps the entry
    assert outcomes_on(cands, "caused skin irritation") == {"skin irritation"}
