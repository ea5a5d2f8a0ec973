"""An elliptical answer ("Yes", "Not at all") is shown in tables with the question it answers."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker import paths
from tracker.articles import load_article
from tracker.claims import load_questions
from tracker.dashboard import data, ui
from tracker.extract import extract_claims
from tracker.text import quote_in_context

QA = """Your questions about microneedling, answered

Does microneedling help acne scars?
Yes. In controlled trials, microneedling improved atrophic acne scars after three to six sessions.

Is it painful?
Not at all.
"""


def span(text: str, quote: str) -> tuple[int, int]:
    i = text.index(quote)
    return i, i + len(quote)


def test_a_short_answer_gets_its_question():
    s, e = span(QA, "Not at all")
    assert quote_in_context(QA, s, e) == "“Is it painful?” → Not at all"


def test_a_speaker_label_between_question_and_answer_is_left_out():
    text = "ANCHOR: Is it safe?\nGUEST: For healthy adults, absolutely. More later."
    s, e = span(text, "For healthy adults, absolutely.")
    assert quote_in_context(text, s, e) == "“Is it safe?” → For healthy adults, absolutely."


@pytest.mark.parametrize("text, quote", [
    (QA, "In controlled trials, microneedling improved atrophic acne scars after three to six sessions"),
    ("It is safe. Yes.", "Yes"),  # no question before it
    ("Is it safe? " + "x " * 60 + "Yes.", "Yes"),  # the question ends too far back to be the one answered
])
def test_other_quotes_are_shown_as_they_are(text, quote):
    s, e = span(text, quote)
    assert quote_in_context(text, s, e) == quote


def test_a_quote_that_no_longer_matches_its_offsets_is_left_alone():
    assert quote_in_context(QA, 0, 4, "Nope") == "Nope"


@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_the_quote_is_always_kept_whole(text, a, b):
    s, e = min(a, b, len(text)), min(max(a, b), len(text))
    shown = quote_in_context(text, s, e)
    assert shown.endswith(text[s:e])


def test_tables_show_the_extracted_answer_with_its_question(tmp_path):
    path = tmp_path / "qa.txt"
    path.write_text(QA, encoding="utf-8")
    article = load_article(path)
    claims = [c.claim for c in extract_claims(article, load_questions(paths.QUESTIONS_CSV))]
    assert "Not at all" in [c.quote for c in claims]  # the extractor takes the bare answer as the quote
    df = pd.DataFrame({"article": [c.article for c in claims], "quote": [c.quote for c in claims],
                       "start": [c.start for c in claims], "end": [c.end for c in claims]})
    shown = ui.claims_display(data.with_quote_shown(df, {article.name: article.text}), ["quote"])
    assert "“Is it painful?” → Not at all" in list(shown["quote"])
    assert "“Does microneedling help acne scars?” → Yes" in list(shown["quote"])
