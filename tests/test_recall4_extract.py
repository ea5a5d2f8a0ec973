"""RECALL4 (extract): a signed quotation that asks nothing is a testimonial, the writer's claim; one that asks is a
reader's letter the article answers; a signed line is no heading. Texts written for these tests."""

from __future__ import annotations

from tracker.articles import Article
from tracker.extract import extract_claims, sentences

TEXT = """Cold-pressed castor oil for brows

We sell cold-pressed castor oil for brows and lashes.

## What buyers say

"My brows have never looked this full. Six weeks in and the gaps are basically gone." - Marta, Leeds

"Honestly it barely smells, and my lashes stopped falling out within days." - Ken, Hull

## Your letters

"My friend says castor oil makes lashes fall out. Is that true?" - Jo, Bath
"""


def _article(text: str) -> Article:
    return Article(name="castorbrows-1.md", title=text.splitlines()[0], text=text, format="md", sha256="0" * 64)


def test_a_signed_testimonial_is_read_and_a_signed_letter_is_not():
    quotes = [c.claim.quote for c in extract_claims(_article(TEXT))]
    assert any("stopped falling out" in q for q in quotes), quotes
    assert any("gaps are basically gone" in q for q in quotes), quotes
    # the letter asks: what it says is what the article answers, not what it claims
    assert not any("makes lashes fall out" in q for q in quotes), quotes


def test_a_signed_quotation_is_no_heading_and_its_signature_no_part_of_it():
    text = 'What guests say\n"My jaw came back!" - Olivia, spring class\n'
    sents = [s for s in sentences(text) if "jaw" in text[s.start:s.end]]
    assert len(sents) == 1 and not sents[0].heading
    assert "Olivia" not in text[sents[0].start:sents[0].end]
