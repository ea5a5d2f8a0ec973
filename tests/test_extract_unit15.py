"""UNIT15 (issue #14): "NP, which VP" asserts VP of the whole NP, so the claim unit keeps the NP.

A non-restrictive relative clause after a verbless noun phrase (a list item "Light therapy with a
photosensitising cream, which regrows hair") predicates of that noun phrase: the unit starts at the
noun phrase, not at "which", and a treatment's "with" complement that is a substance (its head a
product form) is given with it, so the claim is about the combination. A listed treatment named by
another mode of delivery ("X injections") stays a variant its entry does not test (REC15), and a
prepositional adjunct ("Unlike X, which ...") is no subject. Synthetic articles, no devset text."""
from __future__ import annotations

from tests.extracting import article, claim_with, no_claim
from tracker.extract import _clause_units, extract_claims

_CLINIC = (
    "Acne care at our clinic\n\n"
    "Our LED masks clear spots gently. Blue light kills the bacteria behind acne.\n\n"
    "Other options we offer:\n\n"
    "- Blue light with a tingling serum, which reliably clears acne in teenagers\n"
    "- Retinol injections, which are highly effective on their own\n")


def test_a_relative_clause_after_a_verbless_noun_phrase_keeps_it_as_its_subject() -> None:
    # the old unit started at "which" and lost "Blue light with a tingling serum"
    c = claim_with(extract_claims(article(_CLINIC)), "which reliably clears acne")
    assert c.claim.quote == "Blue light with a tingling serum, which reliably clears acne in teenagers"


def test_a_substance_the_subject_treatment_is_given_with_makes_a_combination() -> None:
    # the old claim was about blue light alone, so light-alone trials answered it
    c = claim_with(extract_claims(article(_CLINIC)), "which reliably clears acne")
    assert "-plus-" in c.claim.question_id
    assert c.claim.frame is not None and "serum" in c.claim.frame.intervention.lower()


def test_a_treatment_named_by_another_mode_of_delivery_is_left_apart() -> None:
    # (old and new agree) the entry's question does not test an injected form
    no_claim(extract_claims(article(_CLINIC)), "Retinol injections")


def test_a_prepositional_adjunct_is_no_antecedent_subject() -> None:
    text = "Unlike retinol capsules, which can harm the liver, the cream is barely absorbed through the skin."
    units = [text[u.start:u.end] for u in _clause_units(text, 0, len(text))]
    assert not any(u.startswith("Unlike") and "liver" in u for u in units), units
    plain = "Blue light with a tingling serum, which reliably clears acne in teenagers"
    assert [plain[u.start:u.end] for u in _clause_units(plain, 0, len(plain))] == [plain]
