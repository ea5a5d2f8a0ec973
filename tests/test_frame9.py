"""Claim frames FRAME9 (issue #14, session 21): what the claim asserts where a clause's own words point the other way,
read by structure (`polarity.frame9_reading`, first in `default_reading`) and a restriction of the outcome to a state
already in place (`frames.restricted_state`).

The classes were found on the copy the rules fitted least (dev12, test16, dev11, test15, test9) and on trap dev items
(stopping_effect, just_minimiser, joined_claims, unless_clause, only_downside). The sentences are written for these
tests (none is a benchmark quote); each construction failed on the session-start tree (24f9378), and the guards beside
them, which passed there, pin what each rule must leave alone:

- a negated verb that acts AGAINST a condition ("does not protect you from sunburn", "won't stop the shedding", "can't
  undo the damage") denies the effect: no effect, not a denied harm (the harm word is what it fails to act on);
- "no"/"nothing" as the standard of a verb of beating ("beats no treatment") is an inactive standard, no negation;
- "too" before a word of degree ("lowers blood sugar too far") marks an unwanted excess: a harm;
- a harm as the subject of a verb of occurring ("a rash can develop") asserts the harm;
- "the only downside of X is NP" with no harm in NP denies harm;
- an "unless" clause is the exception, no part of the assertion;
- a felt harm graded by "less" with the standard elided ("it stings less") is superiority, a preference "prefer X to Y"
  too (a minimiser over a harm caused, "causes just a little dryness", stays a harm: see the test);
- after stopping, the problem coming back is no lasting effect, coming back worse or the gain lost a harm;
- a comparative adverb right after the verb with its standard elided ("heals faster") is superiority;
- a stance comment before an elliptical reply ("I'm afraid it doesn't") leaves the reply's denial in charge;
- "as thin as ever" (a problem state unchanged) is no effect;
- a lead-in denying the truth of its list ("None of these is true:") rebuts each item;
- insufficiency over a purpose ("not deeply enough to fade dark spots") denies the purpose;
- a verb of causing graded "more often than" another is a harm, never superiority (a multiplier, "twice as often as",
  is held back until the verdict holds a ratio between arms to ratios between arms);
- a privative in a participle of use ("worn without eye protection") is a condition, the main clause's harm stands;
- "will not" is English's plain denial of a prediction (plain), absolute only with a totality word, a harm event or
  a verb of complete removal, and a negated "will" is no promise (not strong);
- `restricted_state`: a restrictive relative clause with "already" or a premodifier of prior existence ("existing
  scars") scopes the outcome to a state already in place (read by the verdict patch
  /tmp/p21/patches/frame9_verdict.patch: a denial of an effect on that state is not refuted by effects on the outcome
  in general).
"""

from __future__ import annotations

import pytest

from tracker.frames import comparator_of, relation_of, restricted_state, strength_of


@pytest.mark.parametrize("text", [
    "The drops will not stop hair thinning",
    "Sadly a serum can't undo years of sun damage",
    "On its own the cream didn't visibly shift the acne marks",
])
def test_a_negated_verb_acting_against_a_condition_is_no_effect(text: str) -> None:
    assert relation_of(text) == "no_effect"


@pytest.mark.parametrize("text, relation", [
    ("The spray does not alter your heart rate.", "denies_harm"),  # a function kept unchanged: a safety claim
    ("It would be a mistake to say sunscreen never prevents sunburn.", "benefit"),  # a frame of saying: double negation
    ("The tablets won't stop working after a month", "benefit"),  # denying that the effect ends
    ("The peel does not cause scarring", "denies_harm"),
    ("This balm does not protect you from sunburn", "no_effect"),  # (read so before FRAME9 too)
    ("The shampoo won't stop the shedding", "no_effect"),
])
def test_negations_the_counter_verb_rule_leaves_alone(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_no_treatment_as_the_standard_of_beating_is_no_negation() -> None:
    assert relation_of("Cupping beats no treatment for neck pain") == "superior"


@pytest.mark.parametrize("text, relation", [
    ("the capsules can lower blood sugar too far", "harm"),
    ("it may thin the skin too much", "harm"),
    ("it brings blood sugar down when it runs too high", "benefit"),  # the excess describes the condition
])
def test_an_excess_of_degree_is_a_harm(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    ("Headaches and feeling dizzy can happen too", "harm"),
    ("An itchy rash may develop in the first week", "harm"),
    ("Visible results can appear within a month", "benefit"),  # no harm named in the subject
])
def test_a_harm_as_subject_of_a_verb_of_occurring_is_asserted(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    ("The only downside of the peel is the cost.", "denies_harm"),
    ("The only catch with this mask is the time it takes to dry.", "denies_harm"),
])
def test_the_only_drawback_named_as_no_harm_denies_harm(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_an_unless_clause_is_no_part_of_the_assertion() -> None:
    assert relation_of("Unless you are allergic to bee stings, the salve soothes eczema in a day.") == "benefit"
    assert relation_of("The roller won't leave a scar unless you press too hard.") == "denies_harm"


@pytest.mark.parametrize("text, relation", [
    ("the new gel stings less", "superior"),
    ("it irritates the skin less", "superior"),
    ("most readers prefer the balm to the ointment", "superior"),
    ("Your scalp may itch less after a week", "benefit"),  # the body's own harm easing over time
])
def test_a_felt_harm_graded_less_or_a_preference_compares_treatments(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_a_minimiser_over_a_caused_harm_stays_a_harm() -> None:
    # a granted mild harm is a harm for the verdict (read as a denial it was held against records of mild harm)
    assert relation_of("The retinal serum causes just a little dryness in the first weeks.") == "harm"


@pytest.mark.parametrize("text, relation", [
    ("Stop the injections and the wrinkles come straight back within months.", "no_effect"),
    ("Once you stop the pills, the heartburn comes back worse than before.", "harm"),
    ("stopping the foam means the hair you gained will shed again", "harm"),
    ("Even if you stop the drops, the lashes stay longer for a month", "benefit"),  # a lasting effect
])
def test_what_stopping_brings_back(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    ("But the gel heals faster", "superior"),
    ("results showed up sooner", "superior"),
    ("needling helps the cream kick in sooner", "benefit"),  # an enabling verb: the standard is its own absence
    ("the pills may work better in people over 60", "benefit"),  # a subgroup, no other treatment
])
def test_an_elided_standard_after_the_verb(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_a_stance_comment_before_an_elliptical_reply() -> None:
    assert relation_of("I'm afraid it doesn't, the body clears the germ in its own time.") == "no_effect"


@pytest.mark.parametrize("text, relation", [
    ("after three months my dark circles look as dark as ever", "no_effect"),
    ("my fringe is as thin as ever", "no_effect"),
])
def test_a_problem_state_as_before_is_no_effect(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, expected", [
    ("though the cream did not lighten brown patches that had already formed", True),
    ("it won't repair damage you already have", True),
    ("it softens existing scars", True),
    ("Existing research shows it works", False),
    ("it regrows new hair", False),
    ("my skin had already cleared", False),
])
def test_a_restriction_to_a_state_already_in_place(text: str, expected: bool) -> None:
    assert (restricted_state(text) is not None) is expected


@pytest.mark.parametrize("text, relation", [
    ("None of these is true: - The peel leaves scars", "denies_harm"),
    ("Not one of these claims holds up: Gua sha drains puffiness", "no_effect"),
    ("The following are myths: cold showers damage your heart", "denies_harm"),
])
def test_a_lead_in_denying_its_list_rebuts_each_item(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    ("an eye cream may not sink in deeply enough to fade dark circles", "no_effect"),
    ("The peel isn't strong enough to irritate sensitive skin", "denies_harm"),
])
def test_insufficiency_denies_the_purpose(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    ("The capsules trigger it far more often than the liquid does", "harm"),
    ("The tablets cause nausea more often than the patch", "harm"),
    ("The gel causes irritation less often than the cream", "superior"),  # less harm than another: superiority
])
def test_causing_a_harm_more_often_than_another_is_a_harm(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    ("a home laser comb used without goggles has burned a user's cornea", "harm"),
    ("It can be used without any irritation", "denies_harm"),  # the privative is the claim itself
    ("a serum applied without rubbing causes no redness", "denies_harm"),
])
def test_a_privative_in_a_participle_of_use_is_a_condition(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_a_verb_of_preference_names_the_other_arm() -> None:
    assert comparator_of("most readers prefer the balm to zinc ointment") == ("zinc ointment", "prefer to")
    assert comparator_of("I prefer to use it at night") is None


@pytest.mark.parametrize("text, strength", [
    ("A zinc lozenge will not stop you catching a cold", "plain"),  # a plain prediction denied
    ("The drops will not stop hair falling out", "plain"),
    ("The gel will not cause any irritation", "absolute"),  # a totality word
    ("Home remedies will not clear scars", "absolute"),  # a verb of complete removal (FRM dev4)
    ("The serum will regrow your hairline", "strong"),  # an affirmative promise stays strong
])
def test_will_not_is_a_plain_denial_unless_total(text: str, strength: str) -> None:
    assert strength_of(text) == strength
