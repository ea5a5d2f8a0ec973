"""A claim's outcome is a noun phrase (issue #14, OUTC): never a finite verb, a clause word, a
population or a time. An unaccusative (change-of-state) verb without an object predicates its
change of the subject, so the subject names what changed; a caller's label that falls in one of
English's closed classes that name no outcome gives way (to the sentence's own noun phrase, else
to nothing, so the question's main outcome stands). The texts are made up or generic copy."""

from __future__ import annotations

import pytest

from tracker.frames import _is_noun_phrase, _noun_phrase_prefix, outcome_of, parse_frame


@pytest.mark.parametrize(("text", "expected"), [
    # a plural noun before an intransitive change verb ends the subject; the verb is no object
    ("Hair counts rose in both groups by month six", "hair counts"),
    ("Nail breaks fell sharply after the first month", "nail breaks"),
    # unaccusative change-of-state verbs with their particle
    ("My afternoon brain fog lifted within a week", "afternoon brain fog"),
    ("My son's rash cleared up completely after a month", "rash"),
    ("The blemishes cleared up by Friday", "blemishes"),
    ("My melasma has faded by about half", "melasma"),
    # a fronted adjunct ends at the subject's determiner; the perfect's auxiliary is the verb's
    ("Within three months my scalp redness had faded markedly", "scalp redness"),
])
def test_the_subject_of_an_intransitive_change_verb_is_the_outcome(text: str, expected: str) -> None:
    assert parse_frame(text, topic="rosemary oil").outcome == expected


@pytest.mark.parametrize(("text", "label"), [
    ("the two groups ended up about the same", "ended"),  # a regular past tense alone
    ("A review of the published trials found that every one of them reported regrowth", "found"),
    ("Biotin in a lash serum does nothing you can see", "see"),  # a bare perception verb
    ("I've had clients come back after two months with lashes", "come back"),
    ("My TMJ headaches? Way less since I started", "since"),  # a subordinator
    ("the 0.1% and 0.025% creams gave similar improvement", "creams gave similar"),
    ("it may help a bit", "bit"),  # a general noun alone
])
def test_a_caller_label_that_is_a_verb_or_clause_word_gives_way(text: str, label: str) -> None:
    out = parse_frame(text, topic="the serum", outcome=label).outcome
    assert out != label and label not in (out or "").split()


@pytest.mark.parametrize("label", ["customers", "every tuesday reader", "men", "both groups"])
def test_a_population_is_never_the_outcome(label: str) -> None:
    assert not _is_noun_phrase(label)
    assert _noun_phrase_prefix(label) == ""


@pytest.mark.parametrize("label", ["head three weeks", "stomach sunday flatness"])
def test_a_phrase_holding_a_time_or_count_is_no_outcome(label: str) -> None:
    # no prefix either: "head three" or "stomach" is a leftover, not the name of what changed
    assert _noun_phrase_prefix(label) == ""


def test_a_coordinator_before_a_light_verb_ends_the_noun_phrase() -> None:
    assert _noun_phrase_prefix("sluggish thyroid and gives") == "sluggish thyroid"


def test_a_person_subject_is_not_the_outcome_of_a_felt_difference() -> None:
    text = "Most customers feel a difference in their joints within 10 days"
    assert outcome_of(text, "benefit", strict=True) != "customers"
    assert parse_frame(text, topic="fish oil", outcome="customers").outcome != "customers"


@pytest.mark.parametrize("phrase", ["hair growth", "each lash", "skin ageing", "left ventricular function",
                                    "rose water", "wound healing", "hair fall", "sleep onset"])
def test_noun_phrases_stay_noun_phrases(phrase: str) -> None:
    # (guards: no closed-class veto reaches a real outcome's name)
    assert _is_noun_phrase(phrase)


def test_a_participle_modifying_a_noun_stays_in_the_noun_phrase() -> None:
    # only a lone past tense is a verb; "unwanted" before its noun is a modifier
    assert _noun_phrase_prefix("unwanted interactions") == "unwanted interactions"
    assert _noun_phrase_prefix("ended") == ""


def test_the_place_a_fill_in_fills_is_not_the_outcome() -> None:
    # "fill in" takes the place filled as its subject; what fills it goes unsaid
    assert parse_frame("After 10 weeks my patchy cheeks filled in completely", topic="minoxidil foam",
                       outcome="beard growth").outcome == "beard growth"


def test_a_general_noun_of_result_is_judged_with_its_phrase() -> None:
    # "visible results" is prose as a whole: no prefix of it ("visible") becomes the outcome
    assert _noun_phrase_prefix("visible results") == "visible results"
    assert parse_frame("Visible results in as little as 8 weeks", topic="red light",
                       outcome="hair growth in hair loss").outcome == "hair growth in hair loss"
