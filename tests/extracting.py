"""Shared helpers for the extraction tests: an article from text, and finding candidates by quote."""

from __future__ import annotations

from tracker.articles import article_from_bytes
from tracker.extract import Candidate, extract_claims
from tracker.models import Article


def article(text: str, name: str = "test.txt") -> Article:
    return article_from_bytes(name, text.encode("utf-8"))


def markdown_article(text: str, name: str = "test.md") -> Article:
    return article_from_bytes(name, text.encode("utf-8"))


def quoting(cands: list[Candidate], words: str) -> list[Candidate]:
    """Every candidate whose quote contains `words` (at least one)."""
    found = [c for c in cands if words in c.claim.quote]
    assert found, f"no candidate quotes {words!r}: {[c.claim.quote for c in cands]}"
    return found


def claim_with(cands: list[Candidate], words: str) -> Candidate:
    return quoting(cands, words)[0]


def question_of(cands: list[Candidate], c: Candidate):
    """The question a candidate proposes, or the one another candidate of the article proposed for it."""
    return c.new_question or next(x.new_question for x in cands if x.new_question
                                  and x.new_question.question_id == c.claim.question_id)


def no_claim(cands: list[Candidate], words: str) -> None:
    assert not [c for c in cands if words in c.claim.quote], [c.claim.quote for c in cands]


def titled_article(title: str, body: str, *, title_in_text: bool = True) -> Article:
    text = f"{title}\n\n{body}" if title_in_text else body  # an HTML page's <title> is not in its text
    return Article(name="a.txt", title=title, text=text, format="text", sha256="0" * 64)


def frame_intervention(art: Article, words: str) -> str:
    """The intervention and its normalised name in the frame of the first candidate quoting `words`."""
    cands = [c for c in extract_claims(art) if words in c.claim.quote]
    assert cands, f"no candidate quotes {words!r}"
    frame = cands[0].claim.frame
    assert frame is not None
    return f"{frame.intervention} | {frame.intervention_norm}".lower()
