"""Session 15 (lead): three fixes found while checking the merged code.

- A one-syllable adjective keeps its -y before -ness ("drier" -> dryness, not "driness").
- A property noun is searched by a truncated stem only when PubMed can truncate it (three letters or more before
  '*'); a shorter stem is searched as the whole word, so the product never writes a query its own parser rejects.
- A negation with an adverb of recurrence ("never ... again", "won't ... any more") says a problem does not come
  back: the treatment's benefit, never read as a denied harm by the negated-predicate rule (REL2).
Each test fails on 85a9362."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tracker.extract import _phrase_terms
from tracker.frames import _comparative_property, relation_of
from tracker.polarity import negated_predicate
from tracker.pubmed_query import parse_query


def test_a_one_syllable_adjective_keeps_its_y_before_ness():
    assert _comparative_property("drier") == "dryness"
    assert _comparative_property("shyer") == "shyness"
    assert _comparative_property("bouncier") == "bounciness"  # two syllables: y -> i


@given(st.from_regex(r"[a-z]{1,3}(?:i)?ness", fullmatch=True))
def test_a_property_noun_always_makes_a_query_the_parser_accepts(noun):
    for term in _phrase_terms(f"hair {noun}"):
        parse_query(term)  # raises QuerySyntaxError on "dr*[tiab]"


def test_a_problem_that_does_not_come_back_is_no_negated_predicate():
    assert negated_predicate("You will never get a breakout again") is None
    assert negated_predicate("My scalp won't flake any more") is None
    assert relation_of("You will never get a breakout again") == "benefit"
    assert negated_predicate("It won't spike your blood sugar") is not None  # no recurrence: REL2's rule stands
