"""REL3 (issue 14): constructions whose relation the one-negation reader read past (`polarity.structural_reading`).

The sentences are written for these tests (other topics and words than the benchmark items that showed each
construction); each is read by the product's own reader, `frames.relation_of`, and each case failed before REL3.
"""

from __future__ import annotations

import pytest

from tracker.frames import parse_frame, relation_of
from tracker.polarity import clause_polarity


@pytest.mark.parametrize("text, relation", [
    # a negated verb of implication flips a clause that marks its own negation or harm
    ("a poor result on the test does not mean the tablets can never work for you", "benefit"),
    ("Mild tingling doesn't necessarily mean the acid is damaging your skin", "denies_harm"),
    # "it's not as if": a counterfactual frame under negation calls its clause false
    ("It's not as if zinc does nothing for a cold.", "benefit"),
])
def test_negated_frames_over_a_clause(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text", [
    "Most users feel nothing at all.",                           # "feel" is the verb of bodily sensation
    "Scalp tightness: yes, perfectly fine.",                     # a verbless acceptability reply after a label
    "slept in it all night, no mask, totally fine lol",
    "the swelling barely lasts a day",                          # a harm minimised
    "Barely anyone reacts to the balm.",                         # "react" -> a reaction, under a negative quantifier
    "Kinder to dry, flaky skin",                                 # a comparative of gentleness, no standard
    "The gel is fine to use on broken skin.",
    "Using it while pregnant is nothing to worry about.",
    "The only side effect of the patch is a mild itch.",         # a harm minimised by "only"
    "The peel causes only mild, short-lived side effects.",
    "**Stinging:** none",                                        # a harm label with a nil value
    "Seriously, how could a cold compress burn your skin?",      # a rhetorical question of possibility
])
def test_denials_of_harm(text: str) -> None:
    assert relation_of(text) == "denies_harm"


@pytest.mark.parametrize("text", [
    "hitting the sauna right after a run can blunt your endurance gains",   # a good diminished
    "Skip grapefruit juice, because it stops the statin from working.",     # another treatment kept from working
    "By week two I had a raw, itchy patch on my chin from scrubbing it in",  # the speaker's harm, caused by use
    "So much for 'soothing': my eyelids burned for days.",                  # a part of the speaker's body
    "I reacted to it within an hour.",
    "By Tuesday my cheeks went red and blotchy",                              # a change into a harmed state
    "if you quit the spray, the regrown hair falls out",                    # a part of the body lost
    "A little tingling in the first days is normal with the cream.",         # a felt discomfort said to be normal
])
def test_harms(text: str) -> None:
    assert relation_of(text) == "harm"


@pytest.mark.parametrize("text, relation", [
    # machinery switched on or off: how it works
    ("Green tea switches off the enzyme that breaks down collagen", "mechanism"),
    ("The drug is switched on in the liver by a second enzyme", "mechanism"),
    # comparisons the reader missed
    ("The pen pushes the serum further into the skin than a cotton pad ever could", "superior"),
    ("Used alongside a retinoid, it adds to the smoothing", "superior"),
    ("together with the zinc it doubles the soothing effect", "superior"),
    ("In one small series, laser plus steroid gave the best results", "superior"),
    ("the men who used the tonic grew as much new hair as those using the foam", "equivalent"),
    # a conceded rank: the "but" clause is the claim
    ("Zinc is not the most powerful acne treatment, but it clears mild spots within weeks", "benefit"),
    # the control arm's contrast clause is not the treatment's negation
    ("After eight weeks the gel side's score fell from 5.1 to 3.0, while the vehicle side barely moved.", "benefit"),
    # an inactive control after a gerund and its object
    ("That toner is no better than rinsing your face with plain water.", "no_effect"),
])
def test_comparisons_and_mechanisms(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text, relation", [
    # the constructions do not reach past their structure
    ("Fine, soft hairs appear within six weeks of the first session", "benefit"),  # attributive "fine"
    ("my skin is totally fine now", "benefit"),                 # a state after treatment, a noun subject
    ("It smooths fine lines", "benefit"),
    ("For the best results, apply it twice a day", "benefit"),  # a purpose adjunct is an instruction
    ("It may cut joint pain by as much as 40%", "benefit"),    # a magnitude bound, no standard
    ("It keeps your hair from falling out", "benefit"),
    ("I had acne for years before I tried it", "benefit"),     # no harm caused by use
    ("my hair got thicker within a month", "benefit"),         # a change of state into no harm
    ("I felt nothing different after a month", "benefit"),    # not a sensation denied (left to the reader)
])
def test_constructions_stay_within_their_structure(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_people_reacting_is_a_harm_event() -> None:
    assert clause_polarity("Hardly anyone reacts to it.").event == "harm"
    assert clause_polarity("Most people react to the first dose.").people_event == "harm"


def test_frame_keeps_the_relation() -> None:
    # the frame carries the structural reading (parse_frame reads relation_of on the claim's own clause)
    assert parse_frame("Barely anyone reacts to the balm.").relation == "denies_harm"
    assert parse_frame("Green tea switches off the enzyme that breaks down collagen").relation == "mechanism"


@pytest.mark.parametrize("text", [
    "Most people react well to the balm.",       # a manner that says the response is good
    "How can microneedling help hair loss?",     # a heading's real question, not a rhetorical one
    "It's ok, nothing special.",                 # a lukewarm verdict on the effect
])
def test_no_denial_or_harm_read_into_these(text: str) -> None:
    assert relation_of(text) not in ("denies_harm", "harm", "no_effect")
