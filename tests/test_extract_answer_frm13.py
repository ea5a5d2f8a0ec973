"""FRM13: an elliptical answer with a fronted adjunct ("For healthy adults, absolutely.") keeps the strength of its
answer word; the adjunct names who it is for."""

from __future__ import annotations

from tracker.extract import _ABSOLUTE_ANSWER_RE


def test_fronted_adjunct_before_an_absolute_answer() -> None:
    assert _ABSOLUTE_ANSWER_RE.search("For healthy adults, absolutely.")
    assert _ABSOLUTE_ANSWER_RE.search("Absolutely.")
    assert not _ABSOLUTE_ANSWER_RE.search("For healthy adults, it is fine.")
