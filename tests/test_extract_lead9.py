"""Lead, session 9 (issue #14): a verb followed by "and" + another verb took no object, so the
words after the coordinator are no outcome ("so you can relax and scroll"); the clause is no claim
unless something else in it is. The text is made up for this test (no development article)."""

from __future__ import annotations

from tracker.articles import article_from_bytes
from tracker.extract import _frame_effect, extract_claims


def test_a_coordinated_verb_is_no_object_and_no_claim():
    assert _frame_effect("so you can relax and scroll") == ""
    assert _frame_effect("it melts belly fat") == "belly fat"  # a real object still counts
    text = ("Cold packs for tired eyes\n\nCold packs are completely safe for your eyelids, so you can relax and scroll "
            "while you wear one. Cold packs reduce puffiness around the eyes.\n")
    quotes = [c.claim.quote for c in extract_claims(article_from_bytes("packs.txt", text.encode()))]
    assert not any("scroll" in q and "safe" not in q for q in quotes), quotes
    assert any("reduce puffiness" in q for q in quotes), quotes


def test_a_collective_noun_of_quantity_gives_way_to_what_it_counts():
    from tracker.extract import _measured_noun

    # "a full head of hair" is hair, as "the number of weak hairs" is weak hairs
    assert _measured_noun("It regrows a full head of hair in about 3 weeks", "full head of hair") == "hair"
    assert _measured_noun("It gives you a lot of energy", "lot of energy") == "energy"
    assert _measured_noun("It regrows thick hair", "thick hair") == "thick hair"  # no quantity noun: unchanged
