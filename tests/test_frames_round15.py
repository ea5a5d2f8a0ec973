"""Round 15 (OUT15): relation and outcome by general rules of English.

A discomfort people feel or notice ("most users feel a slight prickle") reports how common a mild harm is;
offered as the most anyone feels ("or nothing at all") or under a negative quantifier it is denied. A
specificational copula ("The most common side effect is X") or an "include" list names the harm. A modifier
inside the standard of a comparison ("than a plain, fragrance-free cream") describes the standard; a
negative quantifier on the object of a verb of removal ("removes zero toxins") denies the removal;
sufficiency denied ("not strong enough") denies the effect; a comparative adjective may take its
complement before "than" ("kinder to your skin than X"). Every case failed before this round.
"""

from __future__ import annotations

import pytest

from tracker.frames import parse_frame, relation_of


@pytest.mark.parametrize("text, relation, outcome", [
    ("Most users feel a slight prickle during the first session", "harm", "slight prickle"),
    ("many patients describe a mild tingling sensation afterwards", "harm", "mild tingling sensation"),
    ("A handful of people feel dizzy or notice puffy eyes", "harm", "dizziness"),
    ("Some women feel light-headed for a few minutes", "harm", "light-headedness"),
    # the most anyone feels, or a negative quantifier over the feelers: the discomfort is denied
    ("most users notice a gentle tingle, or nothing at all", "denies_harm", "gentle tingle"),
    ("Nobody feels a prickle", "denies_harm", "prickle"),
])
def test_discomfort_people_feel_is_a_harm(text: str, relation: str, outcome: str) -> None:
    frame = parse_frame(text)
    assert (frame.relation, frame.outcome) == (relation, outcome)


@pytest.mark.parametrize("text", [
    "Most people notice softer skin within a week",  # no discomfort: the benefit reading stands
    "Most users feel calmer after a month",
    "Most people notice less soreness the next day",  # a discomfort that falls is a benefit
    "Most people notice the itching fade within days",
])
def test_no_discomfort_or_a_falling_one_stays_a_benefit(text: str) -> None:
    assert relation_of(text) == "benefit"


@pytest.mark.parametrize("text, outcome", [
    ("The most common side effect is extra hair on the cheeks", "extra hair"),
    ("The main risk is infection", "infection"),
    ("Common side effects include nausea, cramps and a dry mouth", "nausea, cramps and a dry mouth"),
])
def test_a_named_harm_is_a_harm(text: str, outcome: str) -> None:
    frame = parse_frame(text)
    assert (frame.relation, frame.outcome) == ("harm", outcome)


def test_a_predicate_adjective_names_no_harm() -> None:
    # "mild and temporary" describes the harms; the copula names none of them
    assert relation_of("The most common side effects are mild and temporary") != "harm"


@pytest.mark.parametrize("text, relation", [
    # a privative inside the standard of comparison describes the standard (an inactive base cream)
    ("the balm is no better than a plain, fragrance-free cream", "no_effect"),
    # a negative quantifier on a removal verb's object: it removes nothing, no denial of a harm
    ("Dry brushing removes zero toxins", "no_effect"),
    # sufficiency denied denies the effect
    ("For deep scars the serum is simply not strong enough", "no_effect"),
    ("At that dose the extract just isn't potent enough", "no_effect"),
    # a comparative adjective with its complement before "than"
    ("Azelaic acid is kinder to your skin than hydroquinone", "superior"),
])
def test_comparison_removal_and_sufficiency(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_comparative_complement_names_the_standard() -> None:
    assert parse_frame("Azelaic acid is kinder to your skin than hydroquinone").comparator == "hydroquinone"


@pytest.mark.parametrize("text, relation", [
    # "suit" is the verb of "suitable for": tolerability for a kind of user, a denial of harm
    ("The cleanser suits every hair type", "denies_harm"),
    ("it suits even rosacea-prone skin", "denies_harm"),
    # a comparative adjective on a noun of choice compares with the other choices
    ("Oat baths may be a gentler alternative", "superior"),
    ("The balm is the milder, cheaper choice for chapped lips", "superior"),
    # a superlative: "the single most ...", or ranging over its whole kind by an existential
    ("Laser is the single most effective treatment for tattoos", "superior"),
    ("Kefir is simply the most complete probiotic drink there is", "superior"),
    # a coordinated subject with alike results
    ("adapalene and tretinoin gave similar results after 12 weeks", "equivalent"),
    # a possessor inside the organ's noun phrase
    ("It won't upset your toddler's stomach", "denies_harm"),
])
def test_suit_choice_superlative_alike_and_tissue(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_a_cost_comparison_on_a_choice_stays_no_comparison() -> None:
    assert relation_of("It is the cheaper option") != "superior"


def test_an_adverb_of_sufficiency_on_a_mechanism_verb_stays_a_mechanism() -> None:
    # how it works, denied in degree: left to the mechanism rules (a no-effect reading would be graded against
    # the article's treatment, which the subject here is not)
    assert relation_of("the peptides may not penetrate deeply enough to matter") == "mechanism"


@pytest.mark.parametrize("text, relation", [
    # "little"/"few" without "a" are negative quantifiers: the harm is denied ("a little redness" is not)
    ("there is little risk in trying it", "denies_harm"),
    ("Very few side effects were reported", "denies_harm"),
    # "break someone out": the phrasal verb of breakouts, with its object inside
    ("a couple of friends said the oil broke them out", "harm"),
    # a verb of disturbance on a function of the body
    ("screens late at night can disrupt sleep", "harm"),
    ("it won't disrupt your sleep", "denies_harm"),
])
def test_negative_quantifier_phrasal_harm_and_disturbed_function(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_a_little_harm_is_no_denial() -> None:
    assert relation_of("a little redness is normal") != "denies_harm"


def test_the_most_anyone_feels_is_denied_under_a_safety_label() -> None:
    quote = "most users notice a gentle tingle, or nothing at all"
    assert parse_frame(quote, quote=quote, outcome="pain", outcome_kind="safety").relation == "denies_harm"
