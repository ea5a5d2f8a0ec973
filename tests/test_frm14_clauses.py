"""FRM14 (patch beside tracker/frames.py): clause breaks and coordinated harms.

- "though" set off by commas is a parenthetical adverb, no clause of its own, so the claim keeps its
  predicate ("..., though, was rare either way");
- an experiencer's coordinated object undergoes each conjunct ("get a racing heart or dizziness").

The texts are made up for these tests (no development article)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import article, claim_with
from tracker.claims import load_questions
from tracker.extract import extract_claims
from tracker.polarity import undergone

QUESTIONS = load_questions(Path(__file__).resolve().parents[1] / "questions.csv")


def test_parenthetical_though_keeps_the_predicate() -> None:
    text = ("Wart freezing at home\n\n"
            "In a split-hand trial, warts cleared by 60 percent on the frozen side, compared with 30 percent on the "
            "side given a sham spray. Completely clear hands, though, were rare either way.\n")
    c = claim_with(extract_claims(article(text), QUESTIONS), "Completely clear hands")
    assert "either way" in c.claim.quote
    assert (c.claim.frame.relation, c.claim.frame.strength) == ("no_effect", "plain")


def test_coordinated_object_is_undergone() -> None:
    assert undergone("a few users get a pounding heart or nausea") is not None
