"""Claim frames FRAME6 (issue #14): the pole of a comparison, mechanisms, comparators and time points by structure.

The sentences are written for these tests (none is a benchmark quote). Each construction failed on the
session-19 start (962690a; the guards beside them passed there too):

- a comparative of the inferior pole ("worse", "weaker", "inferior", "less effective"; of a harm "harsher", "more
  irritating") negated or prefixed "non-" denies only the subject's inferiority: parity at least, read
  "equivalent" with the other arm as comparator, never superiority (and never the other arm's superiority);
- an effect found in the laboratory, a substance reaching or sinking into a tissue, and acting against a
  messenger's effect on one are mechanisms; a mechanism outcome under a negated predicate is no effect;
- a participle between a preposition and its noun is an adjective ("sinks into damaged strands"), no harm verb;
- a rank above another arm compares ("ranks above Y"), a quantifier over the standard's kind leaves the kind ("more
  than most plant oils"), a definite article makes a bare strength an arm ("better than the 2%"), an elided
  verb after the standard is cut ("than saline did");
- a phrase ending in a quantifier is no noun phrase; a compound of time before a time-point noun ("by the six-month
  visit") is a time point.
"""

from __future__ import annotations

import pytest

from tracker.frames import _is_noun_phrase, comparator_of, parse_frame, population_of, relation_of, time_frame_of


@pytest.mark.parametrize("text", [
    "The gel is not inferior to the cream for rosacea.",
    "The gel is non-inferior to the cream for rosacea.",
    "The gel isn't any less effective than the cream.",
    "The gel is not weaker than the cream.",
    "The gel did not do worse than the cream in the trial.",
    "The gel is never less effective than the cream.",
    "The gel is no worse than the cream.",  # (already parity at 962690a)
])
def test_a_negated_inferior_comparative_is_parity(text: str) -> None:
    frame = parse_frame(text, topic="the gel")
    assert frame.relation == "equivalent", text
    assert frame.comparator == "cream", (text, frame.comparator)


def test_non_inferior_never_swaps_the_arms() -> None:
    # before: superior, with the cream as intervention and the gel as comparator (read as "inferior to")
    frame = parse_frame("Azelaic gel was non-inferior to metronidazole gel in rosacea", topic="azelaic gel")
    assert frame.relation == "equivalent" and frame.comparator == "metronidazole gel"
    assert "azelaic" in (frame.intervention or "").lower()


def test_the_harm_pole_negated() -> None:
    # parity of harms with an active arm; no more harm than an inactive one denies the harm
    assert relation_of("The cream is not more irritating than tretinoin.") == "equivalent"
    assert relation_of("The cream is never harsher than tretinoin.") == "equivalent"
    assert relation_of("The cream is never harsher than a plain moisturiser.") == "denies_harm"


@pytest.mark.parametrize("text, relation", [
    ("The gel is less effective than the cream.", "superior"),     # the cream's superiority, as before
    ("The gel is no better than the cream.", "equivalent"),        # the other pole: parity at most, as before
    ("The serum is no less irritating than tretinoin.", "equivalent"),
    ("The serum is less irritating than tretinoin.", "superior"),
    ("The gel works better than the cream.", "superior"),
])
def test_the_other_comparisons_keep_their_reading(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_mechanisms_by_structure() -> None:
    assert relation_of("the extract was shown to stimulate the growth of hair follicles in the laboratory") == "mechanism"
    assert relation_of("They said the caffeine reached the hair roots within two minutes") == "mechanism"
    assert relation_of("it counteracted the effect of the hormone on those follicles") == "mechanism"
    assert relation_of("it releases a sugar that sinks into damaged strands and repairs them") == "mechanism"
    # a negated predicate over a mechanism outcome denies the action
    assert relation_of("The balm does not build collagen", outcome_kind="mechanism") == "no_effect"
    # guards: a benefit in people stays a benefit; a participle after a causative's preposition is still the harm
    assert relation_of("the extract stimulates hair growth in women") == "benefit"
    assert relation_of("The balm builds collagen", outcome_kind="mechanism") == "mechanism"
    assert relation_of("it can lead to damaged skin") == "harm"
    assert relation_of("it results in inflamed skin") == "harm"


@pytest.mark.parametrize("text, cmp", [
    ("In men it even ranks above minoxidil.", "minoxidil"),
    ("it cuts water loss by 98%, far more than most plant oils", "plant oils"),
    ("the injections gave more hair per square centimetre than saline did", "saline"),
    ("the 5% solution did better than the 2% on how women rated their regrowth", "2%"),
])
def test_comparators_by_structure(text: str, cmp: str) -> None:
    found = comparator_of(text)
    assert found is not None and found[0] == cmp, (text, found)


def test_comparator_guards() -> None:
    assert comparator_of("it works better than most people think") is None
    assert comparator_of("the cap sits above the hairline") is None
    assert parse_frame("In men it even ranks above minoxidil.", topic="the oil").relation == "superior"


def test_a_quantifier_ends_no_noun_phrase() -> None:
    assert not _is_noun_phrase("placebo on every")
    assert _is_noun_phrase("hair growth")


def test_a_time_point_named_by_a_compound() -> None:
    assert time_frame_of("Both groups gained hair by the six-month visit") == ("six-month", 180.0)
    assert time_frame_of("at the 12-week mark, scars were shallower") == ("12-week", 84.0)
    assert time_frame_of("a 12-week course cleared it") is None  # a course's length, as before


@pytest.mark.parametrize("text, population", [
    ("My sister used it all through her pregnancy and her skin glowed", "pregnant women"),   # a possessive life stage
    ("It is fine throughout pregnancy", "pregnant women"),
    ("gentle enough for the most sensitive scalp", "the most sensitive scalp"),             # a superlative kind
    ("it reduced oiliness in 48 volunteers with combination skin", "48 volunteers with combination skin"),  # a count
])
def test_populations_by_structure(text: str, population: str) -> None:
    assert population_of(text) == population


def test_population_guards() -> None:
    assert population_of("in 2 weeks skin was smoother") is None  # a count of time, no people
    assert population_of("it is gentle enough for sensitive scalps") == "sensitive scalps"  # as before


def test_an_effect_in_animals_is_no_in_vitro_finding() -> None:
    assert relation_of("it made hair grow in mice in a lab study too") == "benefit"
