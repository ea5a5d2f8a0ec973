"""The question's outcome is a noun phrase (issue #14, OUTC): the extractor's outcome words never
keep a finite verb, a population or a time, whatever clause they were read from; with none left,
the article's main outcome stands. The texts are made up for these tests (no development article)."""

from __future__ import annotations

import pytest

from tests.extracting import article, claim_with, question_of
from tracker.extract import _clean_outcome_words, extract_claims


@pytest.mark.parametrize("words", ["rose", "ended", "customers", "every tuesday reader", "head three weeks", "since"])
def test_closed_class_words_are_no_outcome_words(words: str) -> None:
    assert not _clean_outcome_words(words)


@pytest.mark.parametrize("words", ["hair counts", "brain fog", "scalp itching", "wrinkles"])
def test_noun_phrases_stay_outcome_words(words: str) -> None:
    assert _clean_outcome_words(words)


NETTLE = """Nettle Root Tonic for Thinning Hair

Nettle root tonic is sold as a remedy for thinning hair. In one small trial, people used the tonic or a plain lotion for six months. Hair counts rose in both groups by month six. By the end, the two groups ended up about the same.
"""


def test_an_intransitive_change_names_its_subject_and_no_verb_reaches_the_question() -> None:
    cands = extract_claims(article(NETTLE))
    rose = claim_with(cands, "Hair counts rose")
    assert rose.claim.frame.outcome == "hair counts"
    assert "rose" not in question_of(cands, rose).outcome.split()
    same = claim_with(cands, "ended up about the same")
    assert "ended" not in (same.claim.frame.outcome or "").split()
    assert "ended" not in question_of(cands, same).outcome.split()
