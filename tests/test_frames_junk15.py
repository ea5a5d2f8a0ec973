"""JUNK15 (issue 14): leftover prose is never a claim's outcome.

An outcome is a noun phrase naming a property or condition. A pronoun with a clitic auxiliary
("they'd call") or a subordinator ("unless") starts a clause; a noun followed by its participle
("a product rinsed") is a reduced clause; the standard of "beat X" / "better than X" is what the outcome
is measured against; a general harm noun with only a counting word ("a single reaction") is harm in
general; a general noun of result ("the benefit") names no outcome of its own, so the caller's label or
the question's outcome stands. A -th nominalisation ("regrowth") is a noun, not a verb with an object.
A sentence adverb before a subject ("and honestly her skin looks lighter") is no part of it, and a loss
counted in any unit of mass, with a number word ("nearly a stone"), is weight loss. Each case failed
before this round.
"""

from __future__ import annotations

import pytest

from tests.extracting import article, claim_with
from tracker.extract import extract_claims
from tracker.frames import outcome_of, parse_frame


def test_pronoun_with_clitic_ends_the_outcome() -> None:
    # (example: a share of people who got a result they would describe in their own words)
    frame = parse_frame("In early trials only a quarter of patients got regrowth they'd describe as worthwhile")
    assert frame.outcome == "regrowth"


@pytest.mark.parametrize("text", [
    "Peel results fade unless you keep up monthly sessions",
    "The glow wears off unless you keep using the serum",
])
def test_subordinator_is_no_outcome(text: str) -> None:
    frame = parse_frame(text, outcome="unless")
    assert frame.outcome != "unless" and "unless" not in frame.outcome


def test_comparator_is_no_outcome() -> None:
    # (example: both doses against an inactive cream; the outcome is the question's, not the cream)
    frame = parse_frame("both doses beat a dummy cream", outcome="dummy cream")
    assert frame.comparator == "dummy cream"
    assert frame.outcome == ""
    kept = parse_frame("both doses beat a dummy cream", outcome="acne lesions")
    assert kept.outcome == "acne lesions"


@pytest.mark.parametrize("text", [
    "None of our patients has reported a single reaction in ten years",
    "Not one of our customers has reported any reactions",
])
def test_counted_general_harm_is_adverse_effects(text: str) -> None:
    frame = parse_frame(text, outcome="adverse effects", outcome_kind="safety")
    assert (frame.relation, frame.outcome) == ("denies_harm", "adverse effects")


@pytest.mark.parametrize("text", [
    "Rinsing twice a day won't double the benefit",
    "Using more of it will not double the results",
])
def test_general_noun_of_result_names_no_outcome(text: str) -> None:
    assert outcome_of(text, "no_effect", strict=True) == ""
    assert parse_frame(text).outcome == ""


def test_sentence_adverb_is_no_part_of_the_changed_subject() -> None:
    text = "My aunt has been taking the tablets for a year and honestly her skin looks a shade lighter"
    assert outcome_of(text, "benefit") == "skin"


@pytest.mark.parametrize("label, outcome", [("rash cleared", "rash"), ("network analysis ranked", "network analysis")])
def test_noun_and_participle_is_cut_to_the_noun(label: str, outcome: str) -> None:
    frame = parse_frame("It did little for it in that study", outcome=label)
    assert frame.outcome == outcome


def test_extractor_drops_leftover_words() -> None:
    text = ("Scalp injections of platelet-rich plasma are sold as a hair loss treatment.\n\n"
            "Platelet-rich plasma improved hair density in small trials. "
            "Platelet-rich plasma results fade unless you keep up maintenance sessions.\n")
    cands = extract_claims(article(text))
    c = claim_with(cands, "fade unless")
    assert "unless" not in c.claim.question_id
    assert c.claim.frame is not None and "unless" not in c.claim.frame.outcome


def test_extractor_comparator_is_no_question_outcome() -> None:
    text = ("# Azelaic acid for acne\n\n"
            "Azelaic acid reduces acne lesions. In two trials, which both strengths beat a dummy cream, "
            "the effect showed by week eight.\n")
    cands = extract_claims(article(text, "a.md"))
    c = claim_with(cands, "dummy cream")
    assert "dummy" not in c.claim.question_id
    assert c.claim.frame is not None and "dummy" not in c.claim.frame.outcome


def test_loss_counted_with_a_number_word_is_weight_loss() -> None:
    text = ("Green tea extract for weight loss\n\n"
            "I've lost nearly a stone on green tea extract and my mood is great.\n")
    cands = extract_claims(article(text))
    c = claim_with(cands, "nearly a stone")
    assert c.claim.frame is not None and c.claim.frame.outcome == "weight loss"


def test_lead_in_words_are_no_outcome_of_the_claim_after_it() -> None:
    # (example: a reporting lead-in before a list item; the item says how people sleep, not who reports)
    frame = parse_frame("Here is what regular users report waking up less often during the night",
                        quote="waking up less often during the night")
    assert "report" not in frame.outcome and "users" not in frame.outcome


def test_adverb_of_frequency_is_no_question_outcome() -> None:
    text = ("Magnesium for sleep\n\nMagnesium helps you fall asleep. Here is what regular users report:\n\n"
            "- waking up less often during the night\n- a calmer mind at bedtime\n")
    cands = extract_claims(article(text))
    c = claim_with(cands, "less often")
    assert not c.claim.question_id.endswith("-often")


def test_outcome_named_after_the_comparator() -> None:
    text = ("# Azelaic acid for acne\n\n"
            "In a large trial, the 15% gel beat a dummy cream on lesion counts after a year.\n")
    c = claim_with(extract_claims(article(text, "a.md")), "dummy cream")
    assert "dummy" not in c.claim.question_id
    assert c.claim.frame is not None and c.claim.frame.outcome == "lesion counts"


def test_adverb_of_time_is_no_outcome() -> None:
    frame = parse_frame("Here is what our serum promises: visible results overnight", quote="visible results overnight",
                        outcome="skin hydration and plumpness")
    assert frame.outcome != "overnight"
    assert parse_frame("The mask works overnight", outcome="overnight").outcome == ""
