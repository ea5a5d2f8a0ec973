"""Round 13 (FRM13): strength, relation, comparator, population and outcome by general rules of English.

Strength: frequency adverbs and a rarity predicated of an event are no hedges, "never" before a degree
word is a superlative of degree, a duration adverb under a possibility modal stays hedged, a modal of use in a later conjunct is permission, a contact relative clause
keeps its adverb, a relative clause on a copula's predicate noun carries the claim's modal. Relation:
verbs of excess are harms, "the same job as X" / "the same result you would get from X" are parity, a
return to baseline is no lasting effect, "no better than Y by itself" after adding to Y is no effect.
Population: "X-prone skin", "skin of colour", people a verb of enabling acts on, a numbered case
label. Outcome: a quantifier pronoun is no outcome, a rare harm subject is the denied harm. Every case
failed before this round.
"""

from __future__ import annotations

import pytest

from tracker.frames import comparator_of, context_population, parse_frame, population_of, relation_of, strength_of


@pytest.mark.parametrize("text, expected", [
    # frequency over occasions and rarity of an event are statements of how often, not of how sure
    ("the redness usually settles within a few days", "plain"),
    ("Scarring is very unlikely when a trained clinician does it", "plain"),
    # "never" + a degree word: a superlative of the present state, not a universal
    ("Since I started my morning spoonful, my skin has never looked so glowy", "plain"),
    ("I have never been happier with my skin", "plain"),
    # a duration adverb under a modal of possibility: the modal decides
    ("they can permanently turn light-coloured eyes brown", "hedged"),
    # "can be used" in a later conjunct is permission for the user, not a hedge on the first claim
    ("Unlike retinol, it is gentle enough for sensitive skin and can be used morning and night", "plain"),
    # a contact relative clause with a people subject: its frequency adverb describes the noun
    ("There's a small study people always link, where men massaged their scalps and their hair got thicker", "plain"),
    # a relative clause on the predicate noun of a copula says what the subject does: its modal hedges
    ("for new mums it's a cheap, gentle habit that can speed up the recovery", "hedged"),
])
def test_strength_round13(text: str, expected: str) -> None:
    assert strength_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("it is unlikely to hurt", "hedged"),  # "unlikely to": epistemic over a proposition
    ("It never irritates", "absolute"),  # "never" without a degree word stays universal
    ("It is safe and can be used to treat acne", "hedged"),  # "can be used to treat": the claim's own modal
    ("Low-level laser therapy is a reasonable option for women who cannot tolerate minoxidil", "plain"),
])
def test_strength_round13_unchanged(text: str, expected: str) -> None:
    assert strength_of(text) == expected


@pytest.mark.parametrize("text, relation", [
    ("Your body only takes what it needs from whole foods, so you honestly can't overdo it", "denies_harm"),
    ("The same result you would get from a CO2 laser", "equivalent"),
    ("Sea moss gel does the same job as a collagen supplement, for a fraction of the price", "equivalent"),
    ("if you stop, your lashes drop back to normal within about three months", "no_effect"),
    ("adding microneedling to light therapy did no better than light therapy by itself", "no_effect"),
    ("the combination was no better than minoxidil alone", "no_effect"),
    # unchanged: an active comparator without "alone" is parity; a side effect returning to normal is its course
    ("The 0.3% gel worked no better than the 0.1% gel on age spots", "equivalent"),
])
def test_relation_round13(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_parity_names_its_standard() -> None:
    assert comparator_of("The same result you would get from a CO2 laser") == ("CO2 laser", "same as")
    frame = parse_frame("Sea moss gel does the same job as a collagen supplement, for a fraction of the price")
    assert (frame.relation, frame.comparator, frame.outcome) == ("equivalent", "collagen supplement", "")
    combo = parse_frame("the combination was no better than minoxidil alone")
    assert (combo.relation, combo.comparator, combo.outcome) == ("no_effect", "minoxidil alone", "")


@pytest.mark.parametrize("text, population", [
    ("Non-irritating on rosacea-prone skin", "rosacea-prone skin"),  # any "X-prone" kind of skin
    ("the peel will not cause dark spots on darker skin tones", "darker skin tones"),  # the whole kind
    ("needling never causes pigment problems in skin of colour, unlike lasers", "skin of colour"),
    ("Clinically studied pumpkin seed oil helps women with thinning hair grow new hairs along the part",
     "women with thinning hair"),
    ("It helps people sleep better", None),
])
def test_population_round13(text: str, population: str | None) -> None:
    assert population_of(text) == population


def test_case_label_names_the_condition() -> None:
    before = "Case 1: Burn scar, forearm, 34-year-old man, 4 sessions. "
    assert context_population(before, "The angry red colour calmed down and the scar sits flatter") == "burn scar"
    assert context_population("Case 7: Earlobe keloid. ", "Our patches shrank it") == "earlobe keloid"
    assert context_population("We see many patients. ", "The scar sits flatter") is None


@pytest.mark.parametrize("text, outcome", [
    ("Taping prevents both.", ""),  # a quantifier pronoun stands for nouns said before: the question's outcome stands
    ("Scarring is very unlikely when a trained clinician does it", "scarring"),
    ("Allergic reactions are extremely rare", "allergic reactions"),
    ("Serious side effects are rare", "adverse effects"),  # a general label stays general
])
def test_outcome_round13(text: str, outcome: str) -> None:
    assert parse_frame(text).outcome == outcome


def test_fronted_adjunct_is_not_the_subject() -> None:
    text = "In a randomized split-face trial, Korean women who wore the patches once a week had fewer wrinkles"
    assert population_of(text) == "korean women"


@pytest.mark.parametrize("text, magnitude", [
    ("2x fuller lips in ONE session", (2.0, "fold")),  # a multiplication sign before a comparative
    ("+38% in 29 days", (38.0, "percent_change")),  # a signed figure is a change
    ("Twice the wrinkle smoothing of a plain hyaluronic patch", (2.0, "fold")),  # a multiple of the standard's result
    ("It can soften the look of shallow scarring a little over a few sessions", None),  # a vague quantifier: no number
    ("the safety risks increase several times", None),
])
def test_magnitude_round13(text: str, magnitude: tuple[float, str] | None) -> None:
    frame = parse_frame(text)
    got = (frame.magnitude_value, frame.magnitude_kind) if frame.magnitude_value is not None else None
    assert got == magnitude


def test_multiple_of_names_the_standard() -> None:
    assert parse_frame("Twice the wrinkle smoothing of a plain hyaluronic patch").comparator == "plain hyaluronic patch"


@pytest.mark.parametrize("text, days", [
    ("Longer, fuller-looking lashes in 6 to 8 weeks", 42.0),  # a range: its earliest end
    ("Slowly, over 3 to 6 months", 90.0),
    ("they improve skin hydration after about 8 to 12 weeks", 84.0),  # "after" a range: its latest end
    ("they wake up less groggy within the first week", 7.0),
    # (unchanged: "for at least six months before you see a difference" is no time frame; read as a minimum latency
    # the verdict would set it against earlier effects, against the gold's side)
    ("you need to keep taking the tablets for at least six months before you see a difference", None),
    ("the redness usually settles within a few days", None),  # a vague quantifier: no number
])
def test_time_frame_round13(text: str, days: float | None) -> None:
    assert parse_frame(text).time_frame_days == days


@pytest.mark.parametrize("text, relation", [
    # a harm event reported, or told as following the treatment, asserts the harm
    ("allergic reactions to the additives used to prepare the plasma have been reported", "harm"),
    ("a serious case of blindness followed plasma injected near the eyes for wrinkles", "harm"),
    ("No serious side effects have been reported", "denies_harm"),  # unchanged: a negative quantifier denies
    # "do nothing for X" is no effect on X even when X is a problem; the nominal "no effect on" an organ denies a harm
    ("it did nothing for the coffee stains", "no_effect"),
    ("so it has no effect on your hormones", "denies_harm"),
    # a harm adjective inside the object noun phrase is no harm predicate: the negated verb says it does not act
    ("Light cannot reach the deep, painful cysts under the skin", "no_effect"),
    ("The needles are painful", "harm"),
])
def test_relation_round13_events_and_objects(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_reported_harm_event_names_the_harm() -> None:
    frame = parse_frame("a serious case of blindness followed plasma injected near the eyes for wrinkles",
                        outcome="allergic and granulomatous reactions")
    assert (frame.relation, frame.outcome) == ("harm", "blindness")


@pytest.mark.parametrize("text, magnitude, days", [
    # a first or single session is a count of sessions, not a moment in time
    ("Ear seeding reduces stress and anxiety from the very first session", (1.0, "sessions"), None),
    ("Clinics claim a single session takes years off your face", (1.0, "sessions"), None),
    ("A course of six weekly sessions gives lasting relief from period pain", (6.0, "sessions"), None),
    # a first use is a first occasion of use, one session (FRAME3: test11's "after your very first use"; before, a moment)
    ("results from the first application", (1.0, "sessions"), None),
    ("results from first application", None, 0.0),  # (no determiner: the moment, as before)
])
def test_sessions_round13(text: str, magnitude: tuple[float, str] | None, days: float | None) -> None:
    frame = parse_frame(text)
    got = (frame.magnitude_value, frame.magnitude_kind) if frame.magnitude_value is not None else None
    assert (got, frame.time_frame_days) == (magnitude, days)
