"""Claim frames FRAME7 (issue #14): the main clause beside a privative adjunct, equatives and likenesses, negated
actions and negative quantifiers over what a verb of causing causes.

The sentences are written for these tests (none is a benchmark quote). Each construction failed on the round-1 tree
(FRAME6 and REL6 in, session 19); the guards beside them passed there too:

- a privative adjunct ("without the X", "minus the X", "with none of the X") after a benefit or a comparison is a
  claim of its own, a denial; the main clause read alone keeps its own relation, comparator and outcome: "the same
  N as Y" after a verb of yielding names Y as the standard and N as the outcome; "does what Y does" is parity with Y;
  "Think of it as Y" (Y a treatment) is a likeness, parity with Y about the subject the imperative is about; an
  attributive comparative ("a brighter glow than Y") compares the noun it qualifies, never the harms a general label
  names; a label made of a modifier of the comparator ("prescription" of "the prescription drops") is no outcome;
- a denial whose verb names an action on a determined object ("cannot block a blood vessel") denies that action;
- a verb of causing with a negative or near-negative quantifier over an anaphoric object ("causes barely any of
  this") denies the harm, never asserts it.
"""

from __future__ import annotations

import pytest

from tracker.frames import comparator_of, parse_frame, relation_of


@pytest.mark.parametrize("text, cmp, outcome", [
    ("The facial gives the same glow as a chemical peel", "chemical peel", "glow"),
    ("This cream delivers the same smoothness as a laser", "laser", "smoothness"),
])
def test_the_same_noun_as_a_standard_after_a_verb_of_yielding(text: str, cmp: str, outcome: str) -> None:
    frame = parse_frame(text, topic="the facial")
    assert frame.relation == "equivalent" and frame.comparator == cmp and frame.outcome == outcome


def test_the_same_noun_of_time_place_or_mechanism_is_no_parity_of_results() -> None:
    assert comparator_of("I went back the same day as my friend") is None
    assert comparator_of("It gives you results the same way as everyone else") is None
    assert relation_of("The oil works on the same collagen pathways as retinol") == "mechanism"  # (as before)


@pytest.mark.parametrize("text", [
    "The serum does what retinol does",
    "Honestly it does exactly what tretinoin does",
])
def test_doing_what_another_treatment_does_is_parity(text: str) -> None:
    frame = parse_frame(text, topic="the serum")
    assert frame.relation == "equivalent" and frame.comparator in ("retinol", "tretinoin"), frame
    # before: a benefit whose outcome was the other treatment's name
    assert frame.outcome not in ("retinol", "tretinoin", "what tretinoin")


def test_think_of_it_as_a_treatment_is_a_likeness() -> None:
    frame = parse_frame("Think of it as retinol", topic="copper peptide serum")
    assert frame.relation == "equivalent" and frame.comparator == "retinol"
    assert frame.intervention == "copper peptide serum"  # before: "Think of it"
    # guard: a likeness to what is no treatment compares no arms
    assert parse_frame("Think of it as an investment", topic="copper peptide serum").relation != "equivalent"


def test_an_attributive_comparative_under_a_harm_label_compares_its_noun() -> None:
    frame = parse_frame("gives a brighter glow than a light peel", topic="dermaplaning", outcome="adverse effects",
                        outcome_kind="safety")
    assert (frame.relation, frame.outcome, frame.comparator) == ("superior", "glow", "light peel")
    # guard: a comparison of harms keeps the harm
    assert parse_frame("The gel causes fewer side effects than the cream", topic="gel",
                       outcome="adverse effects").outcome == "adverse effects"


def test_a_modifier_of_the_comparator_is_no_outcome() -> None:
    frame = parse_frame("Works just as well as the prescription drops", topic="peptide serum", outcome="prescription")
    assert frame.relation == "equivalent" and frame.comparator == "prescription drops" and frame.outcome != "prescription"
    # guard (FRAME5): a long misread standard does not swallow a real outcome
    frame = parse_frame("adapalene and tretinoin at matched doses improved acne scarring about equally",
                        topic="adapalene", outcome="hyperpigmentation and dark spots", outcome_kind="efficacy")
    assert frame.outcome == "acne scarring"


@pytest.mark.parametrize("text", [
    "The oil rivals retinol, minus the redness",
    "The scrub gives the same glow as a peel with none of the peeling",
    "It does what retinol does, without the peeling.",
])
def test_uncut_a_privative_after_parity_stays_the_denial(text: str) -> None:
    # the whole sentence read as one claim keeps FRM11's reading: the privative set off after the main clause is the
    # denial (the extractor cuts it off as a claim of its own, when it does, and the main clause reads parity)
    assert relation_of(text) == "denies_harm"


@pytest.mark.parametrize("text, outcome", [
    ("The procedure cannot block a blood vessel the way fillers can", "blood vessel blocking"),
    ("This rinse won't weaken your hair shaft", "hair shaft weakening"),
])
def test_a_negated_action_on_an_object_is_the_harm_denied(text: str, outcome: str) -> None:
    frame = parse_frame(text, topic="the procedure", outcome="adverse effects", outcome_kind="safety")
    assert frame.relation == "denies_harm" and frame.outcome == outcome
    # guards: a light verb names no action; a harm verb keeps its own reading
    assert parse_frame("it won't keep you awake", topic="tea", outcome="adverse effects",
                       outcome_kind="safety").outcome == "adverse effects"
    assert parse_frame("LED light can't harm your eyes", topic="LED", outcome="adverse effects",
                       outcome_kind="safety").outcome == "eye damage"


@pytest.mark.parametrize("text", [
    "The newer cream causes barely any of this.",
    "The newer cream causes none of that.",
    "The newer cream caused hardly any of these",
])
def test_causing_none_of_what_was_named_denies_it(text: str) -> None:
    assert relation_of(text) == "denies_harm"  # before: "none of this" read as a harm, "barely any" as no effect
    frame = parse_frame(text, topic="the cream", outcome="sun spots")
    assert frame.outcome == "adverse effects"  # never the article's benefit label the sentence does not use


def test_causing_all_of_it_is_still_a_harm() -> None:
    assert relation_of("Tretinoin causes all of this") == "harm"
    assert relation_of("It does not cause any of this") == "denies_harm"


@pytest.mark.parametrize("text, relation", [
    ("Any hair you gained will shed again within a few months of stopping", "harm"),
    ("Your lashes will thin out again once you stop", "harm"),
    ("You will shed pounds", "benefit"),                        # a person subject with an object: weight lost
    ("Her hair stopped shedding", "benefit"),                   # a loss stopped
    ("The serum stops hair from shedding", "benefit"),
    ("Onion juice may help a little with shedding", "benefit"),  # a gerund noun, no finite verb of losing
    ("It helps with hair that sheds", "benefit"),               # a relative clause: what it acts on
    ("The massager grew her hair back after her postpartum shedding", "benefit"),
])
def test_an_intransitive_verb_of_losing_names_the_subject_lost(text: str, relation: str) -> None:
    assert relation_of(text) == relation
