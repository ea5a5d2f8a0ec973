"""REL5: what a claim asserts through a negative object, evidential negation, a condition's scope, comparatives of
harm, a harm's incidence, no exposure, and a problem that falls or subsides (issue #14,
`polarity.scope_evidential_reading`).

The sentences are written for these tests (none is a benchmark quote); each reads a general construction of
English, the treatment and outcome words are only examples. Each case failed on the code before REL5.
"""

from __future__ import annotations

import pytest

from tracker import frames
from tracker.polarity import scope_evidential_reading


@pytest.mark.parametrize("text, kind, relation", [
    # a verb of contributing with a negative quantifier for object: no (further) effect
    ("Soaking longer than ten minutes adds nothing", None, "no_effect"),
    ("The second capsule added nothing over the first one", None, "no_effect"),
    ("Brushing more than once a day does no extra good", None, "no_effect"),
    # evidential negation over a clause: the clause denied (a benefit: no effect; a problem verb: a denial of harm)
    ("there's no good study showing the gel clears stretch marks", None, "no_effect"),
    ("the big trials have not shown that", None, "no_effect"),
    ("No trial has found that the cream thins the skin", None, "denies_harm"),
    ("The advert's promise of whiter teeth in a day is not backed by evidence.", None, "no_effect"),
    # a fronted "without" adjunct set off by a comma is a condition: the main clause asserts
    ("Without its shields, the red lamp could injure your eyes.", None, "harm"),
    # a comparative of degree over a harm predicate: more harm than the standard, never superiority
    ("but it burns and itches far more than the cream alone", None, "harm"),
    # a harm's incidence in people, however small, reports the harm
    ("Headaches affect fewer than 1 in 50 people at this dose.", None, "harm"),
    # a negative subject over a verb of entering the body: no exposure, a denial of harm
    ("It stays on the surface, so nothing reaches the bloodstream", None, "denies_harm"),
    # a negated comparative with a product named by its strength as the standard: parity, not superiority
    ("Caffeine drops: no worse than 2% minoxidil on hair counts", None, "equivalent"),
    # a problem that falls or ends, where the safety outcome would default to a harm: the benefit
    ("Visibly less redness on the cheeks", "safety", "benefit"),
    ("After two months my eczema is basically gone", "safety", "benefit"),
    ("my ankles go from swollen to normal by lunchtime", "safety", "benefit"),
    # a verb of subsiding with a non-harm subject, or the treatment acting on an object: a recovery
    ("most customers say their scalp settles within a week", None, "benefit"),
    ("switching to the gel usually settles it", "safety", "benefit"),
    # the safety outcome's default harm yields to the clause's own denial, or to an increase it denies
    ("In the study the serum didn't make skin oilier or redder over three months", "safety", "denies_harm"),
    ("big registries of women who took the tablets in pregnancy found no rise in birth defects", "safety", "denies_harm"),
    ("Stillbirth rates were no higher either.", "safety", "denies_harm"),
    ("Rash rates were no higher on the cream", None, "denies_harm"),
    # a lower likelihood of developing a problem: a reduced risk
    ("In one study, infants whose mothers took the oil in late pregnancy were less likely to develop asthma by age five",
     "safety", "benefit"),
])
def test_rel5_relations(text: str, kind: str | None, relation: str) -> None:
    assert frames.relation_of(text, outcome_kind=kind) == relation


@pytest.mark.parametrize("text, kind, relation", [
    # a harm as the subject of a verb of subsiding tells the harm's course: still a harm
    ("the redness settles within a day", None, "harm"),
    # an effect verb with the harm word as its object: the comparison stays a superiority claim
    ("microneedling with the serum improves scars more than needling alone", None, "superior"),
    # "adds nothing harmful" denies a harm: no negative object of effect
    ("It adds nothing harmful to your skin", None, "denies_harm"),
    # a harm more common with the treatment stays a harm, even beside a clause of recovery
    ("Peeling and redness are more common with the 1% gel, but switching to the 0.5% usually settles them", None, "harm"),
    ('Itching is more common with the 5%," she says, "but moving to the foam usually settles it', None, "harm"),
    # "free" before a noun is no "X-free" absence; a "without" adjunct before a reporting clause keeps its denial
    ("The pad links you to the ground's charge, and free ions flow up into you", "mechanism", "mechanism"),
    ("without the dryness, the maker says", "safety", "denies_harm"),
    # a harm's frequency compared between arms under a safety outcome keeps the harm reading (no fall of a problem)
    ("scalp flaking was less common with the new oil", "safety", "harm"),
])
def test_rel5_leaves_other_readings(text: str, kind: str | None, relation: str) -> None:
    assert frames.relation_of(text, outcome_kind=kind) == relation


def test_scope_evidential_reading_is_none_for_questions_and_conditions() -> None:
    assert scope_evidential_reading("Does it add nothing?", "benefit") is None
    assert scope_evidential_reading("If the patch adds nothing, stop using it", "benefit") is None
