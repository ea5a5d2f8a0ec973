"""TOPIC6 (issue #14): the claim's treatment on new copy (test14 and dev10 studied in session 19).

A smart speaker's answer "Usually not before three to four months" made the sentence adverb the
treatment of every claim in the next answer; a letter comparing tretinoin, retinaldehyde, tazarotene
and adapalene asked every claim about the class ("retinol (topical retinoids)"), so none of them had
its own evidence. English says otherwise: a word in -ly before a negation or a comma is a sentence
adverb, never a noun, and a claim that names a member of a class (or refers back to one by a pronoun
or a definite description, "the weaker 0.025% cream") is about that member. The texts here are
written for these tests (made-up brands)."""
from __future__ import annotations

import pytest

from tests.extracting import article, claim_with
from tracker import extract as ex
from tracker.models import Question


@pytest.fixture(autouse=True)
def _fresh():
    ex._checked_intervention.cache_clear()
    yield
    ex._checked_intervention.cache_clear()


def _retinoids() -> ex.Concept:
    return ex._INTERVENTION_BY_KEY["retinoids"]


def test_a_sentence_adverb_opening_a_reply_names_no_treatment() -> None:
    primary = ex._INTERVENTION_BY_KEY["minoxidil"]
    # old: "usually" (the subject of "Usually not before ...", as if a noun)
    assert ex._other_treatment("Usually not before three to four months of daily use.", primary) is None
    assert ex._other_treatment("Probably, but nobody has compared them.", primary) is None
    # a noun phrase subject with its verb is still another treatment
    other = ex._other_treatment("Lavender oil may also help hair grow.", primary)
    assert other is not None and other.label.lower() == "lavender oil"


def test_an_adverb_answer_does_not_become_the_next_answers_treatment() -> None:
    text = ("VOICE LOG\n\n"
            "[19:04] You said: \"How long until minoxidil works?\"\n"
            "[19:04] Nova: Usually not before three to four months of daily use, according to HairFacts.\n\n"
            "[19:05] You said: \"Is the five percent better than the two percent?\"\n"
            "[19:05] Nova: For women, yes. In one trial, the 5% solution regrew hair better than placebo.\n")
    cands = ex.extract_claims(article(text), [])
    c = claim_with(cands, "regrew hair better")
    # old: "Usually" (carried from the answer before)
    assert "usually" not in (c.claim.frame.intervention or "").lower()
    assert "minoxidil" in c.claim.frame.intervention_norm.lower()


def test_a_claim_naming_a_member_of_a_class_is_about_the_member() -> None:
    text = ("Tretinoin is the retinoid dermatologists reach for first, and tretinoin has the most trials.\n"
            "Adapalene is sold over the counter and patients like it.\n"
            "Retinaldehyde causes barely any redness. Tazarotene works faster than tretinoin.\n")
    cls = _retinoids()
    member = ex._named_member(cls, "Retinaldehyde", "", text)
    # old: the class itself ("retinol (topical retinoids)"), so the claim's question asked about retinol
    assert member is not None and member.label == "retinaldehyde" and member.parent == "retinoids"
    # the arm named in the comparator is never the claim's own
    assert ex._named_member(cls, "tretinoin", "tretinoin", text) is None
    # a form of the class's own name is the class
    assert ex._named_member(cls, "retinoids", "", text) is None
    assert ex._named_member(cls, "retinol", "", text) is None
    # the article's own name for the class already names its questions ("tretinoin (topical retinoids)")
    assert ex._article_name(cls, text).startswith("tretinoin")
    assert ex._named_member(cls, "tretinoin", "", text) is None


def test_a_brand_or_a_term_the_class_does_not_search_is_not_a_member() -> None:
    minox = ex._INTERVENTION_BY_KEY["minoxidil"]
    text = "Rogaine regrew my crown. Rogaine is minoxidil in a foam. I use Rogaine daily.\n"
    assert ex._named_member(minox, "Rogaine", "", text) is None  # a brand of the class's own drug
    assert ex._named_member(_retinoids(), "retinyl palmitate", "", text) is None  # (a phrase: no one term)


def test_member_claims_get_the_members_question() -> None:
    text = ("THE RETINOID LETTER\n\n"
            "Most readers ask about retinol, and retinol is the name on most jars. Retinol creams are "
            "everywhere, and retinol is cheap.\n\n"
            "Tazarotene is a stronger prescription retinoid. Tazarotene smoothed fine wrinkles in a "
            "24-week trial. It burns more in the first week, though.\n\n"
            "Adapalene is another option. In a nine-month trial it lightened sun spots in six in ten patients.\n")
    cands = ex.extract_claims(article(text), [Question("q-ret", "Does retinol reduce wrinkles?", "retinol (topical retinoids)",
                                                       "wrinkles", "efficacy", '"retinol"[tiab] AND "wrinkles"[tiab]')])
    smoothed = claim_with(cands, "smoothed fine wrinkles")
    assert smoothed.claim.frame.intervention_norm == "tazarotene"  # old: "retinol (topical retinoids)"
    burns = claim_with(cands, "burns more")
    assert burns.claim.frame.intervention_norm == "tazarotene"  # "It": the member named before
    spots = claim_with(cands, "lightened sun spots")
    assert spots.claim.frame.intervention_norm == "adapalene"
    question = next(c.new_question for c in cands if c.new_question and c.claim.question_id == spots.claim.question_id)
    assert "adapalene" in question.query.lower() and "retinol" not in question.query.lower()


def test_a_definite_description_of_a_form_refers_back_to_the_member() -> None:
    text = ("THE RETINOID LETTER\n\n"
            "Retinol is everywhere, and retinol is what most readers buy. Retinol serums are cheap.\n\n"
            "Adapalene is a retinoid gel sold over the counter. Adapalene gel cleared spots in trials. "
            "The weaker 0.1% gel thickened the outer layer of skin by about 30%.\n")
    cands = ex.extract_claims(article(text), [])
    c = claim_with(cands, "thickened the outer layer")
    assert c.claim.frame.intervention_norm == "adapalene"  # old: the class


def test_adding_a_pronoun_to_another_treatment_names_the_combination() -> None:
    minox = ex._INTERVENTION_BY_KEY["minoxidil"]
    text = "Minoxidil regrows hair in patches, and adding it to microneedling gave no extra benefit.\n"
    unit = "and adding it to microneedling gave no extra benefit"
    combined = ex._added_treatment(unit, minox, text)
    # old: None (the coordinator, the pronoun and the past tense each hid the gerund subject)
    assert combined is not None and "-plus-" in combined.key
    assert {"minoxidil", "microneedling"} <= set(combined.key.split("-plus-"))
    # a pronoun for the topic, added to a way of using it, adds no treatment
    assert ex._added_treatment("adding it to a daily routine makes it easier", minox, text) is None


def test_an_interrogative_word_opens_a_clause_not_a_name() -> None:
    text = ("Why rice water works when expensive products don't\n\n"
            "Rice water strengthens curls. Rice water is cheap. How rice water works is simple.\n")
    subjects = [s for s in ex.sentence_subjects(text) if s]
    assert not any(s.lower().startswith(("why ", "how ")) for s in subjects), subjects  # old: "Why rice water"
    assert subjects.count("Rice water") >= 2
