"""Claim frames SCOPE22 (issue #14, session 22): what the claim asserts, read by the scope English gives each word.

The classes were found on test17 and dev13 (the copy the rules fitted least) and checked on the other development
splits. The sentences are written for these tests (none is a benchmark quote, and the topics are others); 31 of the
47 cases failed on the session-start tree (0f3c994); the others, guards and constructions the old rules already read
in some forms, pin what each rule must leave alone or keep:

- a negation's scope is the clause it sits in: a negated or privative modifier of the subject's head noun (a relative
  clause, a reduced relative, a participle with "without") restricts which things are meant and never negates the
  main verb after it (`frames.negated_subject_modifier`); a relative clause on the predicate noun of a copula ("It is
  a gel that doesn't sting") is what the clause says of its subject, so its negation is the claim's;
- a side effect (what a treatment brings on, its general names included: "complications", "adverse events") as the
  subject of a verb of ending, with no person's possessive, tells the harm's course: a harm, never a benefit on
  it; a person's own problem ended ("my back pain disappeared") is the benefit;
- an event timed from stopping ("within months of stopping", "once you stop X", "stopping it means") has the
  withdrawal as its exposure: the frame's intervention is "stopping X";
- an effect noun as the subject of "fade" ("Results fade if you stop") is no lasting effect;
- "at least as well as X" bounds a degree: a comparison, not the additive "as well as";
- "is not the risk-free N": the negation takes the privative inside its predicate noun: a harm;
- "be left with" a harm and harshness "on" a part of the body ("hard on your kidneys") are harms, and a rate over
  people ("one in ten users") is a subject of people undergoing what its predicate names;
- "adding X to Y" with an extra or added effect, or a rate raised "from A% to B%", is superiority over Y alone;
  a finite "stays ahead of" another arm is superiority;
- "help X get into" a part of the body is a mechanism (delivery);
- an arm named by the privative participle of what the other arm had ("untaped ones") is untreated, and a negated
  comparative of a wanted degree against it ("no stronger than") is no effect.
"""

from __future__ import annotations

import pytest

from tracker.frames import negated_subject_modifier, parse_frame, relation_of, withdrawal_exposure


@pytest.mark.parametrize("text, kind", [
    ("Fillers that were never approved for the lips can cause hard lumps that last for years", "safety"),
    ("Tattoo inks that were not made for the face can trigger nodules", None),
    ("Lenses never cleaned between uses can cause eye infections", "safety"),
    ("Razors used without shaving gel can cause razor bumps", "safety"),
    ("A toner that contains no alcohol can still irritate your skin", "safety"),
])
def test_a_negated_modifier_of_the_subject_leaves_the_main_verb_affirmative(text: str, kind: str | None) -> None:
    assert negated_subject_modifier(text) is not None
    assert relation_of(text, outcome_kind=kind) == "harm"


@pytest.mark.parametrize("text, relation", [
    ("Toners that contain no alcohol do not irritate the skin", "denies_harm"),  # the main verb's own negation stands
    ("The peel never caused scarring in my clinic", "denies_harm"),  # "never" + a past form is the main verb
    ("It is a gel that doesn't sting", "denies_harm"),  # a relative clause on the predicate noun is the claim
    ("One thing that won't help is a steam facial on its own", "no_effect"),  # a pseudo-cleft equates its relative
])
def test_negations_the_subject_modifier_rule_leaves_alone(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_a_noun_phrase_with_its_relative_clause_alone_is_no_subject_modifier() -> None:
    assert negated_subject_modifier("a cleanser that never stings") is None
    assert negated_subject_modifier("For patches that have not responded to creams, a light treatment is an option") is None


@pytest.mark.parametrize("text, relation", [
    ("most complications clear up within a week", "harm"),
    ("any adverse events wear off within a day", "harm"),
    ("the redness is gone by the following evening", "harm"),
    ("soreness fades within two days whether you stretch or not", "no_effect"),  # a problem treated (FRAME8 pins it)
    ("Any swelling disappeared within two days", "harm"),
    ("My shoulder pain disappeared within a month of starting the stretches", "benefit"),  # a person's own problem
    ("her eczema is basically gone", "benefit"),
    ("it clears up acne within a month", "benefit"),  # a transitive verb of ending: the treatment's effect
])
def test_a_side_effect_that_ends_is_the_course_of_a_harm(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, stopped", [
    ("the rash faded within weeks of stopping", True),
    ("Once you stop the drops, your lashes go back to normal", True),
    ("If people quit the tablets, the weight returns", True),
    ("Quitting it means the hair you gained will shed", True),
    ("I stopped after a month because my skin peeled", False),  # the stopping itself is reported
    ("only 2% stopped because of it", False),
    ("the serum stopped working after a month", False),
])
def test_an_event_timed_from_stopping_has_withdrawal_as_its_exposure(text: str, stopped: bool) -> None:
    assert withdrawal_exposure(text) is stopped
    frame = parse_frame(text, topic="retinol", intervention="retinol", intervention_norm="retinol")
    assert frame.intervention == ("stopping retinol" if stopped else "retinol")
    assert frame.intervention_norm == "retinol"  # the treatment's name is still what records are matched on


@pytest.mark.parametrize("text, relation", [
    ("Results fade if you stop", "no_effect"),
    ("Most gains fade unless you keep going", "no_effect"),
    ("It fades dark spots", "benefit"),  # with an object: the treatment's effect
])
def test_an_effect_that_fades_does_not_last(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    ("An ice roller soothes it at least as well as the gel", "equivalent"),
    ("Tretinoin is not the harmless nightly habit that influencers sell", "harm"),
    ("Tretinoin is not a risk-free habit", "harm"),
    ("It is a risk-free habit", "denies_harm"),
    ("Some users will be left with white spots", "harm"),
    ("You won't be left with any scars", "denies_harm"),
    ("Taken daily, the powder is hard on your liver", "harm"),
    ("The powder isn't hard on your stomach", "denies_harm"),
    ("one in ten users develops a rash", "harm"),
    ("Home peels cause fewer burns than clinic peels", "superior"),  # its harms against another's
    ("Adding the gel to a retinoid gives an extra effect by week eight", "superior"),
    ("In men, adding the foam to 5% minoxidil raised the response from 40% to 70% over a year", "superior"),
    ("Used twice a week, it stays ahead of standard acne treatment for months", "superior"),
    ("If you simply want to stay ahead of lines, the cream does the same job as a peel", "equivalent"),  # no arm
    ("The tiny holes help the serum get into the skin", "mechanism"),
    ("Rolled calves are no stronger than unrolled ones", "no_effect"),
    ("Rolled calves are no stronger than a stretching routine", "equivalent"),  # an active standard
])
def test_what_the_scope_of_each_word_asserts(text: str, relation: str) -> None:
    assert relation_of(text) == relation
