"""Claim frames FRAME23 (issue #14, session 23): what the claim asserts, for classes of failures seen on the copy the
rules fitted least (test18 and dev14, development data since session 23) and checked on earlier splits before any
rule was written (the splits each class was seen on are named in the test's comment).

- one grammar of time units (`text.TIME_UNIT_DAYS`): a fortnight is fourteen days ("within a fortnight": test7,
  test12, dev8, test15, test17, test18), "a couple of" counts two of a unit of time (test7, test12, dev8), a weekend
  is two days (test8), "after the first <unit>" is once one has passed (test12);
- a superlative of a participle ("the best-evidenced treatment", "the most studied option") ranks the treatment above
  the rest of its kind, and a detached ranking adjunct (", ahead of X", ", above X") names the rivals (test18, test17);
  a first place in a ranking ("came out ahead", "the ranking put X top") is winning it (test18, dev14, dev13);
- a clause whose whole predicate is the absence of an ingredient or property ("free of propylene glycol", "contains
  no parabens", "fragrance-free") is an attribute, a mechanism, unless the absent thing is a harm (test18; the harm
  rows of test3, test4, test9 keep their denial); a fronted clause of reason quoted alone is read alone;
- people stopping a treatment for a reason make the reason a harm ("Side effects made 2 in 100 people give up", "stopped
  because of it", "which is why some women stop": test2, dev12, test17, dev14);
- the openings a procedure makes closing again ("the channels close within a day", "they sealed over") is the
  procedure's own process, a mechanism (test9, test15, dev13, test18).

The sentences are written for these tests (none is a benchmark quote); each construction failed on the session-start
tree, and the guards beside them, which passed there, pin what each rule must leave alone.
"""

from __future__ import annotations

import pytest

from tracker.frames import parse_frame, relation_of, time_frame_of
from tracker.text import TIME_UNIT_DAYS


@pytest.mark.parametrize("text, days", [
    ("My rash was gone within a fortnight", 14.0),
    ("You should notice softer skin in two fortnights", 28.0),
    ("Most users say the flaking settles within a couple of weeks", 14.0),
    ("Lighter legs by the end of the weekend", 2.0),
    ("Brighter skin after one weekend", 2.0),
    ("Expect calmer skin after the first fortnight", 14.0),
    ("Expect calmer skin after the first month", 30.0),
])
def test_time_units_are_one_grammar(text: str, days: float) -> None:
    tf = time_frame_of(text)
    assert tf is not None and tf[1] == pytest.approx(days)


@pytest.mark.parametrize("text", [
    "Results in a few weeks, our customers say",  # "a few" stays uncounted (FRM13)
    "a 12-week trial of the spray",  # a compound naming a study, no time frame
])
def test_vague_counts_and_study_compounds_give_no_time_frame(text: str) -> None:
    assert time_frame_of(text) is None


def test_the_unit_table_is_in_days() -> None:
    assert TIME_UNIT_DAYS["fortnight"] == 14.0 and TIME_UNIT_DAYS["week"] == 7.0


@pytest.mark.parametrize("text, comparator", [
    ("Glowpeel is now the best-studied treatment for melasma, ahead of hydroquinone.", "hydroquinone"),
    ("That review put azelaic acid top, above tretinoin and niacinamide.", "tretinoin and niacinamide"),
    ("Retinol is the most researched option for fine lines", "other option"),
])
def test_a_superlative_or_a_first_place_is_superiority(text: str, comparator: str) -> None:
    frame = parse_frame(text, topic="glowpeel")
    assert frame.relation == "superior"
    assert frame.comparator == comparator


@pytest.mark.parametrize("text", [
    "The LED mask came out ahead for wrinkle depth in both trials.",
    "Cupping came top in our readers' survey",
])
def test_winning_a_ranking_is_superiority(text: str) -> None:
    assert relation_of(text) == "superior"


@pytest.mark.parametrize("text, relation", [
    ("Put it first in your routine.", "benefit"),  # an order of steps, no ranking
    ("Apply the serum, then put the cream on top.", "benefit"),
    ("It is the best tolerated treatment we have.", "superior"),  # unchanged: a superlative before the head noun
])
def test_orders_of_steps_are_no_ranking(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text", [
    "The toner is free of alcohol.",
    "It contains no parabens.",
    "Our balm is fragrance-free and paraben-free.",
    "Because it's free of sulphates",
])
def test_the_absence_of_an_ingredient_is_an_attribute(text: str) -> None:
    assert relation_of(text) == "mechanism"


@pytest.mark.parametrize("text", [
    "The gel is free of side effects.",
    "It is completely free of irritation",
    "The patch is pain-free.",
])
def test_the_absence_of_a_harm_stays_a_denial_of_harm(text: str) -> None:
    assert relation_of(text) == "denies_harm"


def test_a_fronted_reason_clause_quoted_alone_is_read_alone() -> None:
    text = "Because it's free of sulphates, it won't sting your eyes."
    assert parse_frame(text, topic="shampoo", quote="Because it's free of sulphates").relation == "mechanism"
    assert parse_frame(text, topic="shampoo", quote=text).relation == "denies_harm"  # the whole sentence: the harm spared


@pytest.mark.parametrize("text", [
    "The tiny punctures close up within hours.",
    "In mice they sealed over within a day",
    "The channels the pen makes close within a few hours, so you can wash your face tonight",
])
def test_the_procedures_own_openings_closing_is_a_mechanism(text: str) -> None:
    frame = parse_frame(text, topic="microneedling")
    assert frame.relation == "mechanism"
    assert frame.outcome == "channel closure"


@pytest.mark.parametrize("text", [
    "They heal within a week.",  # what heals is unnamed: it may be the condition
    "Cold water closes your pores.",  # a transitive verb acts on its object
])
def test_closure_guards(text: str) -> None:
    assert relation_of(text) != "mechanism"


@pytest.mark.parametrize("text", [
    "Headaches made about 3 in 100 people give up the capsules.",  # a harm causing people to stop
    "only a few patients stopped the cream because of it",  # an anaphoric reason for stopping
    "which is why some men stop",  # a relative of reason
])
def test_stopping_a_treatment_for_a_reason_is_a_harm(text: str) -> None:
    assert relation_of(text) == "harm"


@pytest.mark.parametrize("text, relation", [
    ("No patient stopped the gel because of a side effect", "denies_harm"),  # negated: unchanged
    ("I stopped my painkillers because of it", "benefit"),  # another medicine no longer needed
    ("The results made me stop worrying.", "benefit"),  # no harm causes the stopping
])
def test_stopping_guards(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_the_ranked_object_is_the_treatment_not_a_rival_named_after_it() -> None:
    text = "In that survey the panel put cupping top, above massage and acupuncture."
    frame = parse_frame(text, topic="cupping", intervention="acupuncture", intervention_norm="acupuncture")
    assert frame.intervention == "cupping"
    assert frame.comparator == "massage and acupuncture"
