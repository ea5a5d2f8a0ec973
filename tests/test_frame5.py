"""Claim frames FRAME5 (issue #14): outcomes, comparators and populations by structure.

The sentences are written for these tests (none is a benchmark quote). Each construction failed on the
session-18 start (5792858; the guards beside them passed there too): a verb of bodily sensation or visible
change naming the symptom by its nominalisation ("stings", "made my scalp itch", "can darken skin"), a
multiplier before a determined noun ("twice the shine"), a verbless comparative with only a time after it
("Thicker in three weeks"), a verb of entering said "deeper" of its subject ("your serum sinks in deeper"), an
unaccusative "stopped"/"eased" and a bare degree adverb grading a process ("my knee clicks less"), an effect
verb after a participle the comparison pattern read ("at matched doses improved"), a "than" standard under a
benefit reading, and populations named by a kind of body part, an agent noun of use, or "pregnant" before a noun.
"""

from __future__ import annotations

import pytest

from tracker.frames import _gerund, changed_quantity, parse_frame, population_of, symptom_verb


@pytest.mark.parametrize("text, outcome", [
    ("The gel made my lips sting for an hour", "lip stinging"),
    ("His shampoo made his scalp itch, which is common with coal tar", "scalp itching"),
    ("The peel can darken skin in some people", "skin darkening"),
    ("My forehead broke out in the second week", "forehead breakouts"),
    ("My psoriasis patches stopped itching after a fortnight", "psoriasis patch itching"),
    ("it stings and reddens far more than the plain gel", "stinging and reddening"),
])
def test_symptom_verb_names_the_symptom(text: str, outcome: str) -> None:
    assert symptom_verb(text, "the gel") == outcome


@pytest.mark.parametrize("text", [
    "it did nothing once the tan had formed",       # a noun after a determiner
    "It works, without darkening your eyelids",     # a denied side act of another clause
    "The wand gives a gentle sting",                # a noun
    "with far less redness and flaking",            # a noun after a quantifier's conjunction
    "The marks are not bruises",                    # a noun after a copula
])
def test_symptom_verb_guards(text: str) -> None:
    assert symptom_verb(text) == ""


def test_symptom_verb_over_an_umbrella_label() -> None:
    frame = parse_frame("The lotion made his scalp itch", topic="the lotion", outcome="skin irritation",
                        outcome_kind="safety")
    assert frame.outcome == "scalp itching"
    # a label naming the same symptom stands; a bare noun it is said of gives way; a change of colour keeps a
    # table's research noun
    frame = parse_frame("It can swell the lips", topic="the filler", outcome="facial swelling", outcome_kind="safety")
    assert frame.outcome == "facial swelling"
    assert parse_frame("The lamp can darken skin", topic="the lamp", outcome="skin").outcome == "skin darkening"
    frame = parse_frame("The lamp can darken skin", topic="the lamp", outcome="hyperpigmentation", outcome_kind="safety")
    assert frame.outcome == "hyperpigmentation"


@pytest.mark.parametrize("text, outcome", [
    ("Twice the softness of an ordinary towel.", "softness"),
    ("Three times the bounce from the very first wash", "bounce"),
])
def test_multiplier_names_the_noun_it_multiplies(text: str, outcome: str) -> None:
    assert changed_quantity(text) == outcome
    assert parse_frame(text, topic="the towel").outcome == outcome


def test_multiplier_of_a_dose_is_no_outcome() -> None:
    assert changed_quantity("It has twice the dose of the old tablet") == ""


def test_fronted_comparative_with_a_time_names_its_property() -> None:
    assert parse_frame("Thicker in three weeks, or your money back.", topic="the serum").outcome == "thickness"
    assert parse_frame("Better in two weeks", topic="the serum").outcome == ""


@pytest.mark.parametrize("text, outcome", [
    ("the mask cools the skin, so your moisturiser sinks in 4x deeper", "moisturiser penetration"),
    ("Your toner soaks in twice as deep after a session", "toner penetration"),
])
def test_subject_of_entering_deeper_is_penetration(text: str, outcome: str) -> None:
    assert parse_frame(text, topic="the mask", outcome="enlarged pores", outcome_kind="efficacy").outcome == outcome


def test_unaccusative_stop_and_degree_adverb() -> None:
    assert parse_frame("The sugar cravings just stopped.", topic="the tea").outcome == "sugar cravings"
    assert parse_frame("The headaches eased within a day", topic="the tea").outcome == "headaches"
    assert parse_frame("my knee clicks less since I started the exercises", topic="the exercises").outcome == "knee clicking"
    assert parse_frame("I sleep better now that I take it", topic="the tea").outcome == "sleeping"


def test_effect_verb_after_a_participle_read_as_comparison() -> None:
    frame = parse_frame("adapalene and tretinoin at matched doses improved acne scarring about equally",
                        topic="adapalene", outcome="hyperpigmentation and dark spots", outcome_kind="efficacy")
    assert frame.outcome == "acne scarring"


@pytest.mark.parametrize("text, comparator", [
    ("They grow more hair than look-alike dummy combs.", "look-alike dummy combs"),
    ("Kinder to the scalp than any sulphate shampoo.", "any sulphate shampoo"),
])
def test_than_standard_under_a_benefit_reading(text: str, comparator: str) -> None:
    frame = parse_frame(text, topic="the comb")
    assert frame.relation == "benefit" and frame.comparator == comparator


@pytest.mark.parametrize("text", ["results last longer than a year", "I sleep better than ever"])
def test_than_a_time_is_no_comparator(text: str) -> None:
    frame = parse_frame(text, topic="the tea")
    assert frame.relation != "benefit" or frame.comparator is None


def test_pronoun_after_like_is_no_comparator() -> None:
    frame = parse_frame("It works better than prescription brow drops, without reddening your lids like those can",
                        topic="the serum")
    assert frame.comparator == "prescription brow drops"


@pytest.mark.parametrize("text, population", [
    ("Gentle enough for sensitive gums.", "sensitive gums"),
    ("Safe for colour-treated hair", "colour-treated hair"),
    ("Safe for night-shift workers.", "night-shift workers"),
    ("Pregnant visitors can enjoy it safely.", "pregnant women"),
])
def test_population_by_structure(text: str, population: str) -> None:
    assert population_of(text) == population


@pytest.mark.parametrize("text", ["safe for others", "pregnant with twins"])
def test_population_guards(text: str) -> None:
    assert population_of(text) is None


def test_gerund_doubles_a_closed_syllable() -> None:
    # a one-syllable verb closed by a single consonant doubles it before -ing: thin -> thinning
    assert [_gerund(v) for v in ("thin", "thins", "tan", "lighten", "heal", "sting")] == [
        "thinning", "thinning", "tanning", "lightening", "healing", "stinging"]


@pytest.mark.parametrize("text, outcome", [
    ("Corneal damage from strong UV lamps.", "corneal damage"),
    ("Dryness in a few users", "dryness"),
])
def test_verbless_harm_is_its_noun_phrase(text: str, outcome: str) -> None:
    assert parse_frame(text, topic="the lamp", outcome="adverse effects", outcome_kind="safety").outcome == outcome


def test_sensation_with_colour_change_overrides_umbrella() -> None:
    frame = parse_frame("but it stings and reddens far more than the plain gel", topic="the peel",
                        outcome="skin irritation", outcome_kind="safety")
    assert frame.outcome == "stinging and reddening"


@pytest.mark.parametrize("text, outcome", [
    ("minus the itchy scalp", "itchy scalp"),
    ("no itchy eyelids", "itchy eyelids"),
])
def test_denied_symptom_adjective_takes_its_noun(text: str, outcome: str) -> None:
    assert parse_frame(text, topic="the shampoo", outcome="skin irritation", outcome_kind="safety").outcome == outcome
