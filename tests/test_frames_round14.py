"""Round 14 (FRM14): relation, strength, comparator and population by general rules of English.

Relation: a superlative of harmlessness stays a (non-absolute) denial of harm; a result
"either way" / "whichever arm" is no difference between arms; a causative's object may be a compound noun;
an -ed participle before its noun is an adjective; an equative on the effect is the claim over a later
harms conjunct; "nobody" negates its verb; "doesn't itch like X does" contrasts with X; stopping because of
a harm reports the harm; people defined by not having had the treatment are the untreated control; a
verbless amount by which a harm fell is a benefit; an increase in defects is a harm.
Strength: an adverb of totality inside a noun phrase grades the outcome; negation over an intensifier is
no emphasis; a severity adjective on a harm is no emphasis; "has been shown to" is strong; "I honestly
think", "in some studies" and "Her theory is that" hedge; a relative clause's "tend to" describes its noun.
Population: a trimester and "pregnancy-safe" place the claim in pregnancy. Every case failed before this round.
"""

from __future__ import annotations

import pytest

from tracker.frames import parse_frame, population_of, relation_of, reported_before, strength_of


@pytest.mark.parametrize("text, relation, comparator", [
    # a superlative of harmlessness asserts the subject's low risk (a denial of harm, not absolute: the verdict
    # judges it on how serious the reported harms are), not a comparison needing head-to-head trials
    ("Cold-water swimming is one of the safest sports you can take up", "denies_harm", None),
    ("This balm is one of the gentlest cleansers around", "denies_harm", None),
    # "like X does" after a negated harm: X has the harm the subject lacks
    ("The new gel has no alcohol, so it doesn't sting like the old spray does", "superior", "the old spray"),
])
def test_superlative_and_elided_comparison(text: str, relation: str, comparator: str) -> None:
    frame = parse_frame(text)
    assert (frame.relation, frame.comparator) == (relation, comparator)


def test_harmless_superlative_denies_harm_without_absolute_wording() -> None:
    frame = parse_frame("Cold-water swimming is one of the safest sports you can take up")
    assert (frame.relation, frame.outcome) == ("denies_harm", "adverse effects")
    assert frame.strength != "absolute"


@pytest.mark.parametrize("text, relation", [
    # a result the same for every arm: no difference between them
    ("Full remission, though, was uncommon either way.", "no_effect"),
    ("Complete healing was rare whichever dressing the wound got", "no_effect"),
    # the predicate follows a compound object: "the injection site" -> "more painful", denied
    ("The numbing spray doesn't make the injection site more painful", "denies_harm"),
    # an -ed participle between an adjective and its noun is no harm verb
    ("Patients who used the gel saw their number of red, inflamed pimples fall by half", "benefit"),
    # an equative on the effect before a conjunct on harms: the equative is the claim
    ("In the head-to-head study, the patch worked about as well as the pill on migraines and caused fewer side effects",
     "equivalent"),
    # a negative pronoun subject negates its verb
    ("Nobody clears their acne in three days", "no_effect"),
    # stopping because of a harm reports the harm; under a negative subject it is denied
    ("No volunteer quit the trial because of a side effect", "denies_harm"),
    ("Three volunteers dropped out due to nausea", "harm"),
    # people defined by not taking the drug are the untreated control, not a rival treatment
    ("Surveys of men who took the tablets found no increase in heart defects in their children compared with men who didn't",
     "denies_harm"),
])
def test_relation_round14(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_reduced_harm_amount_is_benefit() -> None:
    # a verbless amount by which a harm fell is the benefit, though the question asks about harms
    assert relation_of("What guests notice after one visit Up to 40% less swelling", outcome_kind="safety") == "benefit"


def test_later_conjunct_keeps_its_comparison() -> None:
    # unchanged: the quote that is the harms conjunct keeps its comparison of harms
    text = "In the head-to-head study, the patch worked about as well as the pill on migraines and caused fewer side effects"
    assert parse_frame(text, quote="caused fewer side effects").relation == "superior"


@pytest.mark.parametrize("text, relation", [
    # what the rules leave alone
    ("Either way, it works.", "benefit"),  # a fronted "Either way," is a discourse connective
    ("It works either way", "benefit"),  # after an effect verb: the effect holds whatever the condition
    ("Both groups grew more hair", "benefit"),
    ("It irritated skin on the first night", "harm"),
    ("It works like retinol does", "benefit"),
    ("It is not the safest option", "denies_harm"),  # unchanged: a negated superlative is left to the old reading
])
def test_relation_round14_unchanged(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, strength", [
    ("Completely smooth legs, though, were rare either way.", "plain"),  # the adverb grades the outcome
    ("the spray did not reliably shorten colds compared with a placebo", "plain"),  # a negated intensifier
    ("Studies of thousands of babies found no increase in major heart defects", "plain"),  # a severity adjective
    ("Ginger has been shown to ease nausea as well as the standard tablets", "strong"),  # a verb of proof
    ("I honestly think it works better than the gym classes I used to go to", "hedged"),  # a belief
    ("zinc does shorten colds in some trials", "hedged"),  # part of the evidence
    ("it also smooths the rough patches that tend to form on elbows", "plain"),  # "tend to" describes the noun
    ("The coach's theory is that stretching the calves eases heel pain", "hedged"),  # a noun of belief
])
def test_strength_round14(text: str, strength: str) -> None:
    assert strength_of(text) == strength


@pytest.mark.parametrize("text, strength", [
    ("Completely clears warts in a week", "absolute"),  # a verb after the adverb: the claim's reach
    ("Completely cleared my warts", "absolute"),
    ("The trials have not been shown to be biased", "plain"),  # a negated verb of proof is no proof
    ("The good news is that stretching eases heel pain", "plain"),  # no belief noun
])
def test_strength_round14_unchanged(text: str, strength: str) -> None:
    assert strength_of(text) == strength


@pytest.mark.parametrize("text, population", [
    ("Mothers who used the lotion in the second trimester had no more stretch marks", "pregnant women"),
    ("This sunscreen is pregnancy-safe", "pregnant women"),
])
def test_population_round14(text: str, population: str) -> None:
    assert population_of(text) == population


def test_belief_noun_reports_the_claim() -> None:
    assert reported_before("My hunch was that ", "stretching eases heel pain")
    assert not reported_before("The good news is that ", "stretching eases heel pain")
