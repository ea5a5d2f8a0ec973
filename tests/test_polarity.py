"""tracker.polarity: how negations combine in a claim's main clause (issue #14, NEG6).

The sentences are written for these tests (none is a trap-benchmark item); the inner clauses are
read by the product's own relation reader, `frames.relation_of`.
"""

from __future__ import annotations

import inspect

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker import frames
from tracker.polarity import FLIP, adjust_relation, clause_polarity


def _read(text: str) -> str:
    """The relation with negations combined, whether or not frames already calls polarity."""
    return adjust_relation(text, frames.relation_of(text))


@pytest.mark.parametrize("text, relation", [
    # a negative quantifier subject negates its clause; an experiencer verb takes its object's polarity
    ("Nobody who uses the serum gets a rash.", "denies_harm"),
    ("None of the volunteers reported any irritation.", "denies_harm"),
    ("Not a single user has had a burn from the device.", "denies_harm"),
    ("Hardly anyone experiences dryness with this gel.", "denies_harm"),
    ("Few patients develop redness after the peel.", "denies_harm"),
    ("No one has ever been injured by the roller.", "denies_harm"),  # a passive harm verb
    ("My dermatologist says nobody feels any discomfort during the peel.", "denies_harm"),
    # the verb's negation over "anyone" is the same quantifier
    ("The mask has never given anyone a burn.", "denies_harm"),
    ("I have never seen anyone get a rash from the peel.", "denies_harm"),
    ("Not one participant saw any improvement.", "no_effect"),
    ("Nobody who took the pills noticed a difference.", "no_effect"),
])
def test_negative_quantifier_subject_negates_its_clause(text: str, relation: str) -> None:
    assert clause_polarity(text).quantifier is not None
    assert _read(text) == relation


@pytest.mark.parametrize("text", [
    "A few users get mild redness.",  # "a few", "quite a few": positive existentials
    "Quite a few users get redness.",
    "No study has shown that the peel causes scarring.",  # a negated evidential: frames reads it
    "If nobody gets a rash, keep using it.",  # a fronted condition is not the claim's clause
    "Nobody who uses it doesn't see results.",  # a second negation in the predicate: left to the reader
    "Don't let anyone tell you it doesn't work.",
])
def test_what_is_not_a_negative_quantifier_subject(text: str) -> None:
    assert clause_polarity(text).quantifier is None


@pytest.mark.parametrize("text, relation", [
    # a negated frame over a clause: the clause's own reading, flipped
    ("It's not that the peel doesn't help acne.", "benefit"),
    ("It is a myth that vitamin E heals scars.", "no_effect"),
    ("It is not true that retinol causes cancer.", "denies_harm"),
    ("It would be a mistake to say sunscreen never prevents sunburn.", "benefit"),
    # a negative matrix verb under a negative subject: the two cancel
    ("No one can deny that sunscreen prevents sunburn.", "benefit"),
    # a negated negative predicate: the two negations cancel
    ("Azelaic acid is not ineffective for rosacea.", "benefit"),
    ("The peel is not without side effects.", "harm"),
    ("The patch is not unsafe for children.", "denies_harm"),
    ("Niacinamide is not useless for acne.", "benefit"),
    ("Azelaic acid isn't ineffective for rosacea.", "benefit"),
    # a word only shaped like a negative one keeps the single negation's reading
    ("The gel is not irritating.", "denies_harm"),
])
def test_two_negations_in_one_scope_cancel(text: str, relation: str) -> None:
    pol = clause_polarity(text)
    assert pol.matrix or pol.litotes
    assert _read(text) == relation


@pytest.mark.parametrize("text", [
    "Brand A is no better than brand B for acne.",
    "The gel is not any more effective than the cream.",
    "The 1% lotion is no different from the 2% lotion for dandruff.",
    "Generic tretinoin is no worse than the branded cream.",
])
def test_negated_comparative_claims_no_difference(text: str) -> None:
    assert clause_polarity(text).no_difference
    assert _read(text) == "equivalent"


@pytest.mark.parametrize("text", [
    "Redness lasts no more than two days.",  # a bound on a number, not a comparison
    "It works in no less than 4 weeks.",
])
def test_a_bound_is_no_comparison(text: str) -> None:
    assert clause_polarity(text).no_difference is None


def test_additive_not_only_is_no_double_negation() -> None:
    assert clause_polarity("Not only does it reduce wrinkles, it also brightens skin.").litotes is None


def test_combination_uses_the_inner_reading_and_never_guesses_from_a_default() -> None:
    # the combining logic alone, with a stand-in reader of inner clauses
    assert adjust_relation("It's not that it fails to help.", "no_effect", relate=lambda c: "no_effect") == "benefit"
    # a bare "it's not that" flips only an inner clause that marks its own negation
    assert adjust_relation("It's not that it helps everyone.", "benefit", relate=lambda c: "benefit") == "benefit"
    # a litotes whose inner reading is only affirmative (maybe the reader's default) is left alone
    assert adjust_relation("It is not invasive at all.", "benefit", relate=lambda c: "benefit") == "benefit"
    assert adjust_relation("It is not invasive at all.", "benefit", relate=lambda c: "harm") == "denies_harm"


_HARMS = st.sampled_from(["a rash", "any irritation", "side effects", "a burn", "scarring", "pain", "an infection",
                          "a serious complication", "dryness", "swelling"])
_VERBS = st.sampled_from(["gets", "has had", "experiences", "reports", "develops", "suffers", "feels"])
_NEG_SUBJECTS = st.sampled_from(["Nobody", "No one", "Not a single patient", "Hardly anyone", "Nobody who tries it",
                                 "None of the users who tried it"])
_POS_SUBJECTS = st.sampled_from(["Somebody", "A few users", "Quite a few patients", "Everyone who tries it",
                                 "Many people"])


@given(_NEG_SUBJECTS, _VERBS, _HARMS)
def test_any_negative_quantifier_with_any_harm_denies_it(subject: str, verb: str, harm: str) -> None:
    text = f"{subject} {verb} {harm} from the cream."
    assert adjust_relation(text, "benefit") == "denies_harm"
    assert adjust_relation(text, "harm") == "denies_harm"


@given(_POS_SUBJECTS, _VERBS, _HARMS, st.sampled_from(sorted(FLIP)))
def test_a_positive_quantifier_never_negates(subject: str, verb: str, harm: str, relation: str) -> None:
    text = f"{subject} {verb} {harm} from the cream."
    assert clause_polarity(text).quantifier is None
    # (FRM7) people undergoing a harm assert it: a default benefit reading becomes the harm; no other
    # reading is flipped
    expected = "harm" if relation == "benefit" and clause_polarity(text).people_event == "harm" else relation
    assert adjust_relation(text, relation, relate=lambda c: relation) == expected


@given(st.sampled_from(["Nobody gets a rash from it.", "It's not that it doesn't work.", "It is not unsafe.",
                        "It is no better than aspirin.", "Retinol is not without side effects.",
                        "It is a myth that it cures acne.", "It reduces wrinkles."]),
       st.sampled_from(sorted(FLIP) + ["superior", "equivalent", "mechanism"]))
def test_combining_is_idempotent(text: str, relation: str) -> None:
    once = adjust_relation(text, relation)
    assert adjust_relation(text, once) == once


@pytest.mark.skipif("adjust_relation" not in inspect.getsource(frames.relation_of),
                    reason="frames.relation_of does not call polarity yet (the lead applies the hook)")
def test_frames_relation_of_combines_negations() -> None:
    assert frames.relation_of("Nobody who uses the serum gets a rash.") == "denies_harm"
    assert frames.relation_of("Azelaic acid is not ineffective for rosacea.") == "benefit"
    assert frames.relation_of("The peel is not without side effects.", outcome_kind="safety") == "harm"
    assert frames.parse_frame("Brand A is no better than brand B for acne.").relation == "equivalent"
