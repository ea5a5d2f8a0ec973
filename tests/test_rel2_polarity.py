"""tracker.polarity, round REL2: readings the one-negation reader left at its default "benefit" (issue #14).

The sentences are written for these tests (none is a benchmark row); each is read by the product's own
`frames.relation_of`, which applies `polarity.adjust_relation`.
"""

from __future__ import annotations

import pytest

from tracker.frames import relation_of
from tracker.polarity import default_reading, negated_predicate


@pytest.mark.parametrize("text, relation", [
    # a negated main verb the rules know no effect verb for: a denial, never a benefit
    ("The gummies won't spike your insulin", "denies_harm"),
    ("this toner doesn't dry you out the way alcohol toners do", "denies_harm"),
    ("The lamp can't redden your cheeks", "denies_harm"),
    ("the new patch never tugs at the skin, even when you peel it off", "denies_harm"),
    ("Honestly it didn't do a thing for my dark circles", "no_effect"),
    # unsure between the two, the denial of harm: read as "no effect" it would be contradicted by its own evidence
    ("Retinol won't thin your skin, despite a persistent myth", "denies_harm"),
    # a contrast with another treatment over a negated clause is the clause's denial, not a comparison
    ("Unlike a metal comb, the silicone brush never snags or rips the hair", "denies_harm"),
    ("And unlike a razor, the wax strip never nicks the skin", "denies_harm"),
    # a multiplier over an equative of harmlessness is a comparison
    ("three times as gentle on the scalp as a clarifying shampoo", "superior"),
    # a state said to be unchanged is no effect
    ("Eight weeks later my dark spots look exactly the same", "no_effect"),
    ("she saw no change in her freckles", "no_effect"),
    # a harm as subject of a predicate of normality or frequency is the harm asserted
    ("Some stinging and swelling for an hour is normal", "harm"),
    ("a dry mouth is its most common side effect", "harm"),
    # the body's cells acted on: how it works
    ("The serum wakes up sleepy skin cells and speeds up their turnover", "mechanism"),
])
def test_default_benefit_replaced_by_what_the_clause_asserts(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    # a negation that is not the main verb's, or a comment on the speaker, leaves the reading alone
    ("It is a good choice for people who cannot tolerate retinol", "benefit"),
    ("my skin has never looked better", "benefit"),
    ("Don't skip it: it fades dark spots in a month", "benefit"),
    ("Here is what the cream can and cannot do", "benefit"),
    ("It will not replace your sunscreen", "benefit"),  # a verb of substitution compares, it denies no effect
    # a benefit verb keeps its own reading; "the same" with a standard is parity, not no change
    ("it doesn't just hydrate, it also smooths fine lines", "benefit"),
    ("the two creams gave much the same improvement", "equivalent"),
    # a harm said to be rare is denied, and less common compares: neither is read as the harm here
    ("Serious reactions are extremely rare", "denies_harm"),
    # a stem-cell product is no claim about cells
    ("The stem-cell serum smooths wrinkles", "benefit"),
])
def test_what_the_default_rules_leave_alone(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_negated_predicate_is_the_main_verb() -> None:
    m = negated_predicate("Sugar-free, so they won't raise your blood sugar")
    assert m is not None and m.group("v") == "raise"
    assert negated_predicate("if it hasn't worked by then, people who don't respond should stop") is None
    assert negated_predicate("Does it sting? Not at all") is None


def test_only_a_default_reading_is_replaced() -> None:
    # a reading the rules marked themselves is kept: harm and no effect are never turned into a denial here
    assert default_reading("it won't spike your blood sugar", "harm") == "harm"
    assert default_reading("it won't spike your blood sugar", "benefit") == "denies_harm"
    assert default_reading("a brighter glow, unlike a peel", "superior") == "superior"


def test_a_negated_verb_with_no_harm_word_is_a_denial_whichever_the_learned_reader_picks() -> None:
    # "keep you awake" names no harm word, so which of the two denials it is comes from the learned relation reader
    # (`polarity.denial_of_default`: its choice between two readings off the benefit side); the reader retrained in
    # session 19 reads no effect here where the session-18 one read a denied harm. The rule's part is that the
    # fronted "unlike X" leaves the clause's denial in charge, never a comparison or the default benefit.
    assert relation_of("unlike strong coffee it won't keep you awake") in ("denies_harm", "no_effect")
