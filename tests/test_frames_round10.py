"""Round 10 (FRM10, issue #14): relation, strength, comparator and population on unseen styles.

Each test states a general rule of English (negation, comparison, equivalence, evidentiality,
likelihood, degree); the sentences are examples of the rule, several of them not from any article.
"""

from __future__ import annotations

import pytest

from tracker.frames import comparator_of, parse_frame, population_of, relation_of, strength_of


@pytest.mark.parametrize("text", [
    "For healthy adults, the trials didn't report side effects worth worrying about",
    "Researchers have not found any serious reactions in the volunteers",
    "The investigators never observed a single infection",
])
def test_a_negated_verb_of_finding_with_a_harm_object_denies_the_harm(text):
    assert relation_of(text) == "denies_harm"


def test_a_negated_verb_of_finding_with_a_benefit_object_is_no_denial_of_harm():
    assert relation_of("the trials didn't report any improvement") == "no_effect"


def test_minus_is_privative_like_without():
    f = parse_frame("Bakuchiol gives you everything retinol does, minus the redness", outcome_kind="safety")
    assert (f.relation, f.outcome) == ("denies_harm", "redness")
    assert relation_of("A gel that soothes, minus the irritation") == "denies_harm"


@pytest.mark.parametrize("text, comparator", [
    ("Bakuchiol gives you everything retinol does", "retinol"),
    ("New serum delivers retinol-like results", "retinol"),
    ("This cream offers salon-like results at home", "salon"),
])
def test_free_equatives_name_the_comparator(text, comparator):
    f = parse_frame(text)
    assert (f.relation, f.comparator) == ("equivalent", comparator)


def test_a_free_equative_over_a_pronoun_names_no_comparator():
    assert comparator_of("It gives you everything it does") is None
    assert comparator_of("It gives you everything you need") is None


def test_acting_on_pathways_or_receptors_is_a_mechanism():
    assert relation_of("Bakuchiol works on the same collagen pathways as retinol") == "mechanism"
    assert relation_of("The extract acts through the skin's retinoid receptors") == "mechanism"


@pytest.mark.parametrize("text, comparator, relation", [
    ("Unlike retinol, it is gentle enough for sensitive skin", "retinol", "denies_harm"),
    ("Unlike prescription sleeping pills, magnesium does not leave you groggy the next morning",
     "prescription sleeping pills", "denies_harm"),
])
def test_a_fronted_unlike_names_the_comparator_whatever_the_relation(text, comparator, relation):
    f = parse_frame(text)
    assert (f.relation, f.comparator) == (relation, comparator)


def test_no_effect_on_an_organ_denies_harm_but_not_on_a_vital_sign_or_the_efficacy_outcome():
    assert relation_of("so it has no effect on your hormones") == "denies_harm"
    assert relation_of("The pill has no impact on the liver") == "denies_harm"
    assert relation_of("It has no effect on blood sugar") == "no_effect"
    assert relation_of("so it has no effect on your hormones", outcome_kind="efficacy") == "no_effect"


def test_the_other_arms_figure_after_compared_with_names_that_arm():
    f = parse_frame("in one study, 85% of women responded to microneedling plus minoxidil, "
                    "compared with 45% on minoxidil alone")
    assert (f.relation, f.comparator) == ("superior", "minoxidil alone")


def test_a_subject_mixed_with_a_partner_that_multiplies_results_is_compared_with_the_subject_alone():
    f = parse_frame("Onion juice mixed with rosemary oil supposedly doubles the results")
    assert (f.relation, f.comparator) == ("superior", "Onion juice alone")
    # a verb of joining with no gain verb after it stays what it was
    g = parse_frame("It can be combined with microneedling for faster results", topic="minoxidil")
    assert (g.relation, g.comparator) == ("superior", "minoxidil alone")


def test_a_multiple_of_speed_names_its_comparator_and_a_bound_on_a_number_names_none():
    assert parse_frame("bakuchiol works twice as fast as retinol on fine lines").comparator == "retinol"
    assert parse_frame("You see results in as little as a month").comparator is None
    assert comparator_of("It works twice as fast as 2 weeks") is None


def test_a_tolerance_comparative_with_an_elided_efficacy_equative_is_equivalence():
    f = parse_frame("It is gentler than benzoyl peroxide and just as effective")
    assert (f.relation, f.comparator) == ("equivalent", "benzoyl peroxide")
    assert relation_of("It is gentler than benzoyl peroxide") == "superior"


def test_a_problem_that_ended_is_a_benefit_even_under_a_safety_label():
    assert relation_of("I have to admit my flakes are gone", outcome_kind="safety") == "benefit"
    assert relation_of("Here's where I landed after twelve weeks no more itchy scalp", outcome_kind="safety") == "benefit"


@pytest.mark.parametrize("text, strength", [
    ("when you're doing it at home, there is a high chance that you'll get yourself hurt", "strong"),
    ("Laser caps are FDA-cleared, so you know they are safe and effective", "strong"),
    # a negation inside a relative clause describes its noun
    ("Low-level laser therapy is a reasonable option for women who cannot tolerate minoxidil", "plain"),
    # a negated large amount is scalar, not universal
    ("because it cannot do much from a product that is rinsed off", "plain"),
    ("The gel won't help much", "plain"),
    # the unmarked cases stay as they were
    ("Home remedies will not clear scars", "absolute"),
    ("there is a chance it helps", "plain"),
])
def test_likelihood_certainty_and_scalar_negation_set_the_strength(text, strength):
    assert strength_of(text) == strength


@pytest.mark.parametrize("text, population", [
    ("both lightened them in close to six in ten people", None),
    ("when you're doing it at home, there is a high chance that you'll get yourself hurt", None),
    ("for new mums with postpartum shedding it's a cheap, gentle habit", "new mums with postpartum shedding"),
    ("if you're breastfeeding it is fine", "people who are breastfeeding"),
])
def test_shares_and_uses_of_the_treatment_are_no_population(text, population):
    assert population_of(text) == population


@pytest.mark.parametrize("text, quote, relation, comparator", [
    # each conjunct of a coordination asserts its own relation
    ("creatine makes you stronger, it does not damage healthy kidneys and it is cheap", "creatine makes you stronger",
     "benefit", None),
    ("creatine makes you stronger, it does not damage healthy kidneys and it is cheap",
     "it does not damage healthy kidneys", "denies_harm", None),
    ("Microneedling with tranexamic acid fades melasma, outperforms hydroquinone and suits every skin tone",
     "Microneedling with tranexamic acid fades melasma", "benefit", None),
    ("Microneedling with tranexamic acid fades melasma, outperforms hydroquinone and suits every skin tone",
     "outperforms hydroquinone", "superior", "hydroquinone"),
    ("Caffeine stimulates hair follicles to grow, and a caffeine shampoo reduces hair shedding in women",
     "a caffeine shampoo reduces hair shedding in women", "benefit", None),
])
def test_a_conjunct_quote_is_read_alone(text, quote, relation, comparator):
    f = parse_frame(text, quote=quote)
    assert (f.relation, f.comparator) == (relation, comparator)


@pytest.mark.parametrize("text, quote", [
    # a negation, a complementiser or a report frame before the conjunct may scope over it: the whole is read
    ("There is no evidence that it regrows hair, and that it thickens it", "it thickens it"),
    ("It does not regrow hair, and it does not thicken it", "it does not thicken it"),
    ("Fans say it calms the skin, and it fades scars", "it fades scars"),
    ("it fades scars", "fades scars"),  # no conjunct boundary
])
def test_a_quote_under_a_scoping_word_or_without_a_boundary_is_read_with_its_sentence(text, quote):
    from tracker.frames import own_conjunct

    assert own_conjunct(text, quote) == text


def test_negation_over_the_manner_adverb_safely_denies_safety():
    assert relation_of("This face care treatment can not be done at home safely") == "harm"
    assert relation_of("You can't use it safely on broken skin") == "harm"
    assert relation_of("You can safely use it every day") == "denies_harm"
    # a negation in another conjunct does not reach it
    assert relation_of("It doesn't hurt and you can use it safely") == "denies_harm"


def test_a_denied_effect_on_an_organ_names_the_organ_as_the_harm_outcome():
    assert parse_frame("so it has no effect on your hormones").outcome == "hormones"
    assert parse_frame("it won't affect your heart or blood pressure").outcome == "heart or blood pressure"


def test_a_shared_modal_hedges_a_verb_phrase_conjunct_but_not_a_clause_with_its_own_subject():
    from tracker.frames import reported_before

    prefix = "it can hurt a lot if done wrong, and when you're doing it at home, "
    assert not reported_before(prefix, "there is a high chance that you'll get yourself hurt")
    assert reported_before("The device can hit them and ", "aggravate the situation")
