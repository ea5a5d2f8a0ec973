"""Trap constructions, round 10 (issue #14, TRAP8; docs/grading.md C9 "Round 10 (TRAP8)"): general rules of
how English marks negation, comparison and evidentiality, found on the trap items 201-230 (`benchmarks/traps.py
--split dev`). The sentences here are made up for these tests (none is a trap item or a development article);
each test fails on the code before the rule it names (3c954a8).

- an elliptical reply to a reported belief ("Some say X. It doesn't.", "... does nothing. It does.", "...; we now
  know it doesn't") asserts the belief's clause with the reply's polarity, and the belief is no claim;
- a letter after an apostrophe ends a contraction ("It doesn't."), not an initial: the sentence ends there;
- "and" + a subject pronoun + a finite verb opens a clause of its own without a comma ("is painless and it fades");
- a simile of harmlessness ("as safe as a daily vitamin", "as gentle as water") denies any harm (absolute), not
  parity with the yardstick; an inactive control ("as safe as placebo") stays a comparison of tolerability;
- litotes on a minimiser ("not insignificant", "not negligible", "no small matter") asserts its subject: an effect
  subject is a benefit, a harm subject a harm;
- a negative quantifier over the rivals ("Nothing works better than X") makes X the claim's treatment, best of all;
- a treatment said to make another unnecessary ("Once you start X, you won't need Y anymore") claims parity with Y;
- outcome words inside a product's proper name ("Our Anti-Ageing Retinol Night Cream") name the product;
- numeric first-person testimony over a span ("Two months in, I was losing 40% less hair") is a claim.
"""

from __future__ import annotations

from tests.extracting import article
from tests.extracting import claim_with as on
from tests.judging import judge, rec
from tracker.extract import Candidate, extract_claims, sentences
from tracker.frames import parse_frame, relation_of, strength_of
from tracker.models import Question


def quotes(cands: list[Candidate]) -> list[str]:
    return [c.claim.quote for c in cands]


# --- elliptical replies to a reported belief ---------------------------------------------------------


def test_a_contraction_ends_its_sentence():
    text = "People claim retinol burns. It won't. Use it at night."
    assert [text[s.start:s.end] for s in sentences(text)] == ["People claim retinol burns", "It won't", "Use it at night"]


def test_a_negative_reply_denies_the_reported_harm_and_the_belief_is_no_claim():
    cands = extract_claims(article("Retinol FAQ\n\nPeople claim retinol makes your skin peel. It won't. "
                                   "Apply a pea-sized amount.\n"))
    reply = on(cands, "It won't")
    assert reply.claim.frame.relation == "denies_harm"
    # before: the belief "People claim retinol makes your skin peel" was the article's harm claim
    assert not any("makes your skin peel" in q for q in quotes(cands))


def test_a_positive_reply_to_a_denial_of_effect_asserts_the_benefit():
    cands = extract_claims(article("Vitamin C Questions\n\nMany readers think vitamin C serum does nothing for dark "
                                   "spots. It does. Use it every morning.\n"))
    assert on(cands, "It does").claim.frame.relation == "benefit"
    assert not any("does nothing" in q for q in quotes(cands))  # before: a no-effect claim, against the article


def test_a_bare_verdict_on_truth_denies_the_belief():
    cands = extract_claims(article("Collagen for Joint Pain\n\nYou may hear that collagen powder is useless for joint "
                                   "pain. Not true. Take it daily.\n"))
    assert on(cands, "Not true").claim.frame.relation == "benefit"


def test_a_reply_after_a_semicolon_under_a_frame_of_knowledge():
    cands = extract_claims(article("Minoxidil Then and Now\n\nMinoxidil was long thought to cause heart damage; "
                                   "studies now show it doesn't. It is sold without a prescription.\n"))
    assert on(cands, "studies now show it doesn't").claim.frame.relation == "denies_harm"


# --- clauses, similes, litotes, rivals ------------------------------------------------------------------


def test_and_with_a_subject_pronoun_opens_a_clause_without_a_comma():
    cands = extract_claims(article("The LED Mask Review\n\nThis blue light mask is gentle and it clears breakouts. "
                                   "It charges by USB.\n"))
    clears = on(cands, "it clears breakouts")
    assert "gentle" not in clears.claim.quote and clears.claim.frame.relation == "benefit"


def test_a_simile_of_harmlessness_is_an_absolute_denial():
    for s in ("Oral collagen is as safe as a glass of milk", "This retinol is as gentle as water on the skin"):
        assert relation_of(s) == "denies_harm", s
        assert strength_of(s) == "absolute", s
    # an inactive control is a real comparison of tolerability, and a hedge still hedges
    assert strength_of("Microneedling is as safe as a sham treatment") != "absolute"
    assert strength_of("It may be as safe as water") == "hedged"


SAFETY = Question("q-safe", "Does oral minoxidil cause adverse effects?", "oral minoxidil", "adverse effects", "safety",
                  '"oral minoxidil"[tiab] AND (adverse[tiab] OR hypertrichosis[tiab])')
MILD = {"1": rec("1", "Retrospective study of 1400 patients taking low-dose oral minoxidil. Hypertrichosis was the most "
                      "common adverse effect (15%); lightheadedness and fluid retention occurred in 2%. No serious or "
                      "life-threatening adverse events were seen.")}


def test_the_simile_is_judged_as_a_denial_of_any_harm_not_of_serious_harm():
    text = "Oral minoxidil is as safe as a daily vitamin"
    fr = parse_frame(text, intervention="oral minoxidil", intervention_norm="oral minoxidil")
    assert (fr.relation, fr.strength) == ("denies_harm", "absolute")
    _, plain = judge("Oral minoxidil is safe", SAFETY, MILD, relation="denies_harm", strength="plain")
    _, simile = judge(text, SAFETY, MILD, relation="denies_harm", strength=fr.strength)
    assert plain.side == "backs"  # "safe": how serious the harms are (C8), all mild here
    assert simile.side == "against"  # before: read as "safe" and backed against 15% hypertrichosis


def test_litotes_on_a_minimiser_asserts_its_subject():
    assert relation_of("The improvement from tazarotene is not negligible") == "benefit"
    assert relation_of("The effect of zinc on colds is not insignificant") == "benefit"
    assert relation_of("The stinging from vitamin C is no small matter") == "harm"
    assert relation_of("The side effects of oral minoxidil are not trivial") == "harm"
    # (the claim names no outcome of its own: the title's "for fine lines" is the article's main one)
    cands = extract_claims(article("Retinol for Fine Lines: One Year On\n\nNot everyone sees a change. Still, the "
                                   "improvement you get from retinol is not insignificant. Be patient.\n"))
    assert on(cands, "is not insignificant").claim.frame.relation == "benefit"  # before: no candidate


def test_nothing_better_than_x_makes_x_the_best_treatment():
    fr = parse_frame("Nothing fades dark spots better than vitamin C serum")
    assert fr.relation == "superior" and fr.intervention == "vitamin C serum" and fr.comparator == "other treatments"
    cands = extract_claims(article("The Serum Shelf\n\nWe tested twenty serums. Nothing works better than tretinoin for "
                                   "wrinkles. Use it at night.\n"))
    c = on(cands, "Nothing works better than tretinoin")
    assert c.claim.frame.intervention == "tretinoin" and "retino" in c.claim.question_id  # before: the title's words


def test_a_treatment_said_to_make_another_unnecessary_claims_parity_with_it():
    fr = parse_frame("Start using caffeine shampoo and you won't need minoxidil anymore")
    assert (fr.relation, fr.intervention, fr.comparator) == ("equivalent", "caffeine shampoo", "minoxidil")
    # no rival treatment is spared: no comparison ("a prescription", "another appointment")
    assert parse_frame("With this cream you won't need a prescription").relation != "equivalent"
    assert parse_frame("After one session you won't need another appointment").relation != "equivalent"
    cands = extract_claims(article("Hair Loss Notes\n\nI used minoxidil for a year. Once you start caffeine shampoo, "
                                   "you won't need minoxidil anymore. It smells of coffee.\n"))
    c = on(cands, "you won't need minoxidil")
    assert c.claim.frame.relation == "equivalent" and "caffeine" in c.claim.question_id  # before: no candidate


# --- product names and numeric testimony --------------------------------------------------------------


def test_outcome_words_inside_a_product_name_make_no_claim():
    cands = extract_claims(article("Rosemary Restock\n\nThe Hair Growth Rosemary Serum is back in stock in two sizes. "
                                   "Orders ship the same day.\n"))
    assert cands == [], quotes(cands)  # before: a hair-growth benefit claim
    # the same words as a predicate are still a claim
    cands = extract_claims(article("Blue Light Mask\n\nOur mask clears acne in eight weeks, and it is gentle.\n"))
    assert any("clears acne" in q for q in quotes(cands))


def test_numeric_testimony_over_a_span_is_a_claim():
    cands = extract_claims(article("My Caffeine Shampoo Diary\n\nI switched to a caffeine shampoo in May. Two months in, "
                                   "I was losing 40% less hair. My sister noticed.\n"))
    c = on(cands, "I was losing 40% less hair")
    assert c.claim.frame.relation == "benefit"
