"""Claim frames round 7 (issue #14, FRM7): outcome words from frames, harm in general vs a named
harm, affirmative people subjects, inferior comparisons, combinations, strengths with decimals.

Each case states a general construction of English; every one failed on the round-6 code."""

from __future__ import annotations

import pytest

from tracker.frames import denied_harm, outcome_of, parse_frame, relation_of, route_name
from tracker.polarity import clause_polarity, undergone

# --- harm in general vs a named harm ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["It won't hurt you though.", "TL;DR: it is cheap, and it is unlikely to hurt.",
                                  "Trying it can't hurt."])
def test_hurt_with_a_person_or_under_a_modal_is_harm_in_general(text):
    assert denied_harm(text) == "adverse effects"
    assert parse_frame(text, topic="collagen").outcome == "adverse effects"


def test_hurt_as_a_sensation_is_still_pain():
    assert denied_harm("Honestly, the roller doesn't hurt.") == "pain"


def test_a_table_label_the_sentence_does_not_use_gives_way_to_the_general_reading():
    # "pain" is a table's guess from "hurt"; the sentence denies harm in general
    assert parse_frame("it is unlikely to hurt", topic="caffeine shampoo", outcome="pain").outcome == "adverse effects"
    # a harm the sentence names keeps the caller's label
    assert parse_frame("It causes no irritation or side effects", topic="x", outcome="skin irritation").outcome == \
        "skin irritation"


@pytest.mark.parametrize("text,harm", [
    ("rosemary oil rivals minoxidil without the drawbacks", "adverse effects"),
    ("There are no downsides.", "adverse effects"),
    ("turmeric is as effective as ibuprofen for knee pain, without the stomach problems.", "stomach side effects"),
    ("It causes no stomach problems.", "stomach side effects"),
    ("Micro needling is a safe procedure with low risk of adverse effects", "adverse effects"),
    ("There are no reported side effects", "side effects"),
    ("It causes no redness.", "redness"),
])
def test_a_general_harm_noun_is_adverse_effects_and_a_modifier_says_where(text, harm):
    assert denied_harm(text) == harm


def test_safety_in_pregnancy_is_about_birth_defects():
    f = parse_frame("Retinol is safe during pregnancy", topic="retinol")
    assert (f.relation, f.outcome, f.population) == ("denies_harm", "birth defects", "pregnant women")


# --- outcome words -------------------------------------------------------------------------------


@pytest.mark.parametrize("text,relation,out", [
    ("Some people also say castor oil causes milia around the eyes", "harm", "milia"),
    ("It helps your brain too", "benefit", "brain"),
    ("Castor oil regrew my over-plucked brows too", "benefit", "over-plucked brows"),
])
def test_outcome_ends_before_a_locative_phrase_or_a_trailing_adverb(text, relation, out):
    assert relation_of(text) == relation
    assert outcome_of(text, relation) == out


def test_a_clipped_own_object_never_beats_the_callers_clean_label():
    f = parse_frame("Some people also say castor oil causes milia around the eyes", topic="castor oil",
                    outcome="milia")
    assert f.outcome == "milia"


@pytest.mark.parametrize("text,out", [
    ("High-dose vitamin D does nothing extra for bones in people whose levels are already normal", "bones"),
    ("Collagen drinks won't do anything for your skin.", "skin"),
])
def test_nothing_for_x_is_no_effect_on_x(text, out):
    f = parse_frame(text, topic="x")
    assert (f.relation, f.outcome) == ("no_effect", out)


# --- affirmative people subjects -----------------------------------------------------------------


@pytest.mark.parametrize("text,harm", [
    ("Everyone who tries it gets a rash.", "rash"),
    ("A small number of people get an upset stomach", "upset stomach"),
    ("In one study, only one person in sixteen had a reaction to vitamin C.", "reaction"),
    ("30% of users got redness", "redness"),
])
def test_people_who_undergo_a_harm_make_a_harm_claim(text, harm):
    assert relation_of(text) == "harm"
    assert undergone(text) == harm
    f = parse_frame(text, topic="vitamin c", outcome="stress")  # a benefit label gives way to the harm undergone
    assert (f.relation, f.outcome) == ("harm", harm)


@pytest.mark.parametrize("text", ["Most people see their acne scars fade after microneedling.",
                                  "Most people see results in three months"])
def test_people_who_see_a_problem_go_away_or_see_results_make_a_benefit_claim(text):
    assert relation_of(text) == "benefit"


def test_a_relative_clause_on_the_people_subject_is_not_what_they_undergo():
    assert clause_polarity("People who get a rash should stop using it").people_event is None
    assert relation_of("Most people who get a rash find that it soothes the skin") == "benefit"


@pytest.mark.parametrize("text,treatment,harm", [
    ("Few people experience side effects from minoxidil.", "minoxidil", "side effects"),
    ("Hardly anyone gets a rash from tea tree oil.", "tea tree oil", "rash"),
])
def test_a_negative_quantifier_denies_the_harm_it_names_and_the_source_is_the_treatment(text, treatment, harm):
    f = parse_frame(text, topic="the article's topic")
    assert (f.relation, f.intervention, f.outcome) == ("denies_harm", treatment, harm)


# --- comparisons ---------------------------------------------------------------------------------


def test_a_decimal_point_does_not_cut_the_comparator_or_the_subject():
    f = parse_frame("The 0.1% cream is no better than the 0.025% cream.", topic="tretinoin")
    assert (f.relation, f.intervention, f.comparator) == ("equivalent", "0.1% cream", "0.025% cream")


def test_a_negated_equative_makes_the_other_arm_superior():
    f = parse_frame("spraying magnesium on your skin is not as good as taking it by mouth", topic="magnesium",
                    intervention="magnesium", intervention_norm="magnesium")
    assert (f.relation, f.intervention, f.comparator) == ("superior", "oral magnesium", "topical magnesium")


def test_a_negated_giving_contrasted_by_a_relative_clause_is_a_comparison():
    f = parse_frame("doing the micro-needling at home will not give you the desired and anticipated results that "
                    "getting this done at a derma clinic will give you", topic="microneedling",
                    intervention="micro-needling", intervention_norm="microneedling")
    assert f.relation == "superior"
    assert f.intervention == "professional microneedling"
    assert f.comparator == "home micro-needling"


def test_an_inferior_comparative_of_effect_swaps_the_arms_but_fewer_harms_do_not():
    f = parse_frame("Retinol is less effective than tretinoin for wrinkles.", topic="retinol")
    assert (f.relation, f.intervention, f.comparator) == ("superior", "tretinoin", "retinol")
    g = parse_frame("patients found it less painful than the needle", topic="microneedled botox")
    assert (g.relation, g.comparator) == ("superior", "needle")
    assert parse_frame("It is not as good as it sounds", topic="x").comparator is None


def test_a_combination_that_multiplies_results_is_compared_with_its_base():
    f = parse_frame("Adding weekly microneedling to minoxidil triples the number of new hairs.",
                    topic="microneedling plus minoxidil")
    assert (f.relation, f.comparator, f.magnitude_value) == ("superior", "minoxidil alone", 3.0)
    g = parse_frame("It can be combined with microneedling for faster results", topic="minoxidil")
    assert (g.relation, g.comparator) == ("superior", "minoxidil alone")
    assert relation_of("Combining it with vitamin C helps") == "benefit"  # no gain stated: no comparison


def test_as_well_as_a_treatment_noun_after_an_effect_verb_compares():
    f = parse_frame("calms anxiety as well as prescription pills", topic="ashwagandha")
    assert (f.relation, f.comparator, f.outcome) == ("equivalent", "prescription pills", "anxiety")
    assert parse_frame("It reduces redness as well as swelling", topic="x").comparator is None


# --- route -----------------------------------------------------------------------------------------


def test_a_relative_clause_of_taking_names_the_route():
    assert route_name("The caffeine you drink") == "oral caffeine"
    assert route_name("creams you rub on") == "topical creams"
    assert route_name("caffeine shampoo") is None


def test_as_well_as_before_a_coordinated_verb_phrase_claims_no_comparison():
    # which conjuncts "as well as pills" compares is open: a sign error is worse than no comparison
    text = "Ashwagandha calms anxiety as well as prescription pills and helps you sleep in just two weeks."
    assert parse_frame(text, topic="ashwagandha").comparator is None
