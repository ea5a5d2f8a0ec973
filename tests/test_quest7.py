"""QUEST7 (extract): a claim's outcome label on copy nobody tuned on. An outcome is a noun phrase of the claim's own
clause: content words gathered across a clause are prose, never an outcome; the standard a comparison sets the claim
against (the comparator) is never its outcome, what the arms are compared on is; a comparative predicated of a noun,
synthetic or analytic ("shinier", "less greasy"), names the property that changes; a product is never the outcome.
Real extractor, no mocks; the articles are written for these tests."""

from __future__ import annotations

from tracker.extract import _OUTCOME_BY_KEY as OUTCOME_BY_KEY
from tracker.extract import (
    _clean_outcome_words,
    _comparative_outcome,
    _frame_outcome,
    _gerund_with_object,
    _grown_object,
    _in_standard,
    _interaction_harm,
    _object_phrase,
    _symptom_nouns,
    extract_claims,
)
from tracker.models import Article

KERATIN = """Keratin gummies: what they can and cannot do

Keratin gummies are everywhere this year. A 5,000 mcg keratin gummy is no better for your nails than the
small dose in a cheap multivitamin.
My scalp feels less greasy since I started them.
Expect hair that looks shinier within a month.
Keratin gummies can cause stomach upset.
"""


def _claims(name: str, text: str):
    article = Article(name=name, title=text.splitlines()[0], text=text, format="txt", sha256="0" * 64)
    return extract_claims(article, [])


def _claim(cands, quote_part: str):
    return next(c for c in cands if quote_part in c.claim.quote)


def test_words_gathered_across_a_clause_are_no_noun_phrase():
    # "holds up to 1,000 times its weight": "holds times weight" is prose; so is "Expect hair that looks shinier"
    assert _object_phrase("it holds up to 1,000 times its weight in water") == ""
    assert _object_phrase("Expect hair that looks shinier within a month") == ""
    # a noun phrase may hold determiners, possessives and "of" between its content words
    assert _object_phrase("reduces the redness of your acne") == "redness acne"
    # a phrase a determiner opens ends where a relative clause begins
    assert _object_phrase("It does nothing for a tan you already have") == "tan"
    # words after a preposition stay, for the leftover to be refused whole, never cut to a lone verb
    assert not _clean_outcome_words(_object_phrase("results show within 2 weeks"))


def test_the_comparator_is_never_the_outcome_what_the_arms_are_compared_on_is():
    clause = "A 5,000 mcg keratin gummy is no better for your nails than the small dose in a cheap multivitamin"
    assert _in_standard("cheap multivitamin", clause)
    assert not _in_standard("nails", clause)
    assert _frame_outcome(clause, "equivalent") == "nails"
    c = _claim(_claims("keratinwiki-1.txt", KERATIN), "no better for your nails")
    assert "multivitamin" not in (c.claim.frame.outcome or "")
    # a phrase that is also named outside the standard is not the comparator's alone
    assert not _in_standard("hair", "it thickens hair better than biotin thickens hair")


def test_an_analytic_or_relative_comparative_names_the_property_that_changes():
    assert _comparative_outcome("My scalp feels less greasy since I started them") == "scalp greasiness"
    assert _comparative_outcome("my skin feels less dry") == "skin dryness"
    assert _comparative_outcome("Expect hair that looks shinier within a month") == "hair shine"
    # a property of the treatment, or an adverb after "more", names no outcome
    assert _comparative_outcome("the cream is less greasy") == ""
    assert _comparative_outcome("my hair looks more often washed") == ""
    cands = _claims("keratinwiki-1.txt", KERATIN)
    assert _claim(cands, "less greasy").claim.frame.outcome == "scalp greasiness"
    assert _claim(cands, "looks shinier").claim.frame.outcome == "hair shine"


TOFACITINIB = """Tofacitinib and the needle roller

In a small trial, delivering the drug with a needle roller regrew about as much hair by month four as steroid injections.
Tofacitinib cream is safe to use alongside other medicines.
"""


def test_a_gerund_with_its_object_names_what_is_done_never_what_changes():
    text = "delivering the drug with a needle roller regrew about as much hair"
    assert _gerund_with_object(text, 0, len("delivering"))
    # a gerund that is the object of a verb, or one before a time phrase, is no such clause
    text = "it reduces itching the next day"
    a = text.index("itching")
    assert not _gerund_with_object(text, a, a + len("itching"))


def test_a_verb_of_growth_or_loss_names_its_change_of_its_object():
    assert _grown_object("applying the cream regrew about as much hair by month four") == "hair regrowth"
    assert _grown_object("the oil grew hair faster than minoxidil") == "hair growth"
    assert _grown_object("patients lost less hair") == "hair loss"
    # a particle, an adjective or a person is no object that grows
    assert _grown_object("it grows back thicker") == ""
    assert _grown_object("make hair grow twice as fast as plain oil") == ""  # a manner, compared
    assert _grown_object("it helps grow stronger nails") == ""
    c = _claim(_claims("tofacitinibnews-1.txt", TOFACITINIB), "regrew about as much hair")
    # "delivering" is no mention of drug delivery here: the outcome is what the clause says changes
    assert c.claim.frame.outcome == "hair regrowth"


def test_a_harm_said_of_taking_the_treatment_with_a_medicine_is_an_interaction():
    assert _interaction_harm("it is safe to take alongside other medicines") == "drug interactions"
    assert _interaction_harm("it won't interact with anything") == "drug interactions"
    assert _interaction_harm("it can interact with blood thinners") == "drug interactions"
    # a bare "with" before no medicine says when or for whom, not what with
    assert _interaction_harm("it is safe with sensitive skin") == ""
    assert _interaction_harm("safe to use in the same routine with minoxidil") == ""
    c = _claim(_claims("tofacitinibnews-1.txt", TOFACITINIB), "alongside other medicines")
    assert c.claim.frame.outcome == "drug interactions"


CRYO = """Cryo facials at home

A chilled roller eases the burn better than an aloe gel.
Our chilled roller is gentle, with no bad reaction in any of our testers.
"""


def test_a_symptom_named_by_its_verbs_bare_noun_is_the_entrys_process():
    # the entry's own search terms decide the noun: "sting" -> stinging (the entry searches "stinging"); a word
    # whose gerund the entry does not search keeps its form
    irritation = OUTCOME_BY_KEY["irritation"]
    assert _symptom_nouns("sting", irritation) == "stinging"
    assert _symptom_nouns("rash", irritation) == "rash"
    assert _symptom_nouns("itching", irritation) == "itching"  # already a gerund
    assert _symptom_nouns("itched", irritation) == "itched"  # a past tense is no bare noun


def test_a_harm_named_only_in_general_words_is_harms_in_general():
    cands = _claims("cryofacial-1.txt", CRYO)
    c = _claim(cands, "no bad reaction")
    assert c.claim.frame.outcome == "adverse effects"
