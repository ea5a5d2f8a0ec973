"""REL4: what a claim asserts through ellipsis, a minimiser's scope, alternatives, privative adjuncts and the
standard of a comparison (issue #14, `polarity.ellipsis_contrast_reading`).

The sentences are written for these tests (none is a benchmark quote); each reads a general construction of
English, the treatment and outcome words are only examples. Each case failed on the code before REL4.
"""

from __future__ import annotations

import pytest

from tracker import frames
from tracker.polarity import INERT_ARM_RE, ellipsis_contrast_reading


@pytest.mark.parametrize("text, kind, relation", [
    # a minimiser negates the verb phrase it stands before, up to the clause's verb
    ("The laser part does hardly even sting", "safety", "denies_harm"),
    # a negative quantifier subject over a verb of finding denies the harm found
    ("Neither of the two trials found more miscarriages in treated women", "safety", "denies_harm"),
    ("None of the registries showed more heart problems among users", None, "denies_harm"),
    # a fronted disjunction of alternatives with "no difference": the alternatives are alike
    ("Morning or evening, it makes no difference to how well the cream works", None, "equivalent"),
    # a privative adjunct denies its noun phrase, with the relative clause restricting it
    ("without the headaches strong painkillers can cause", None, "denies_harm"),
    # (after a main clause of benefit the adjunct is a second claim: the main clause keeps the reading)
    ("The gummies help you relax in the evening, with none of the stomach cramps", None, "benefit"),
    # a harm that subsides with continued use is tolerance, the treatment's change
    ("Dryness settles the longer you keep using it", "safety", "benefit"),
    # a comparative whose standard is another agent's elided clause
    ("The spray gets more zinc into your blood than a capsule does", None, "superior"),
    # degree-modified equatives and "the same N as Y"; a coordinated subject with "equally"
    ("the patch lowered cravings about as well as the usual gum", None, "equivalent"),
    ("The roller gives you the same glow as a facial", None, "equivalent"),
    ("green tea and the tablets cut cravings about equally", None, "equivalent"),
    # a verb acting on an object named by the problem it causes: how it works
    ("Stretching releases the tension that causes neck pain", "safety", "mechanism"),
    # a negated causative whose result is the comparative of a harmful state denies the harm
    ("For what it's worth, in the trial the shampoo didn't make hair oilier or drier", None, "denies_harm"),
    # a question heading run on into its answer: a negative answer word denies it, an answer sentence asserts itself
    ("Does the peel sting Hardly: most people rate it 2 out of 10", "safety", "denies_harm"),
    ("Can it make things worse It does not make your eczema flare", "efficacy", "denies_harm"),
    # a "how does it work" heading asks for a mechanism: its answer names one
    ("How does it work The warmth opens the ducts that trap the oil", "efficacy", "mechanism"),
    # an answer particle before a reason clause; a negation inside a relative clause
    ("no because the mask also tightens your skin", None, "benefit"),
    ("It cleared my eczema within a month, after years of ointments that did nothing", None, "benefit"),
])
def test_construction_reading(text: str, kind: str | None, relation: str) -> None:
    assert frames.relation_of(text, outcome_kind=kind) == relation


@pytest.mark.parametrize("text, kind", [
    # a harm that subsides within a time is the harm's course, not a benefit
    ("The redness usually settles within a few days", "safety"),
    # a standard of time compares the subject with itself
    ("My tracker showed the same sleep minutes as the week before", None),
    # a mechanism on "the same pathways as X" says how it works
    ("It blocks the same pathways as aspirin", None),
    # a fronted privative phrase set off by a comma is a conditional adjunct: the main clause asserts
    ("Without proper sterilisation, the infection risks rise sharply", "safety"),
    # "X and Y alike" on the object is "both", not parity
    ("it may help fade red and brown marks alike", None),
    # a noun subject's negated property is left to the other readers
    ("the results aren't permanent", None),
])
def test_construction_left_alone(text: str, kind: str | None) -> None:
    assert ellipsis_contrast_reading(text, frames._relation_of(text, outcome_kind=kind)) is None


@pytest.mark.parametrize("text", ["It doesn't.", "They don't", "Nope, it won't.", "it isn't habit-forming"])
def test_elliptical_or_copular_denial_is_never_a_benefit(text: str) -> None:
    # an elliptical negated auxiliary, or the treatment's pronoun with a negated copula and a predicate adjective,
    # denies what it answers (which denial, the learned reader says): never a benefit
    assert frames.relation_of(text) in ("no_effect", "denies_harm")


def test_base_product_form_is_the_vehicle() -> None:
    # "base" before a product form names the product without its active ingredient: an inactive control
    assert INERT_ARM_RE.search("its base lotion")
    assert frames.relation_of("the cream faded dark spots better than its base lotion") == "benefit"
    assert not INERT_ARM_RE.search("the base of the neck")
