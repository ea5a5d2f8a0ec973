"""TOPIC4 (issue #14): the claim's treatment on new copy (test12, spent in session 17).

A product page defined its brand as "a spray of magnesium chloride", and an e-mail's checklist
("Stop any retinoid products 5 days before") made the product it tells the reader to stop the
referent of the pronouns after it. English says otherwise: the of-complement of a product or device
head names what the product holds, as a modifier of the head does; an imperative has no subject of
its own, so the noun phrase after its verb is its object. The texts here are written for these
tests (made-up brands and clinics)."""
from __future__ import annotations

import pytest

from tests.extracting import article, claim_with
from tracker import extract as ex
from tracker import topic_model as tm


@pytest.fixture(autouse=True)
def _fresh_model():
    tm._model.cache_clear()
    ex._checked_intervention.cache_clear()
    yield
    tm._model.cache_clear()
    ex._checked_intervention.cache_clear()


BRAND_TEXT = ("What is Nocta?\nNocta is a bedside spray of magnesium chloride in water. Spray it on your legs.\n"
              "Magnesium chloride soaks through the skin. Nocta helps you fall asleep faster.\n")


def test_the_of_complement_of_a_product_head_names_what_the_brand_is() -> None:
    concept = ex._defined_brand("Nocta", BRAND_TEXT)  # old: None (the definition was cut at "of")
    assert concept is not None and concept.label == "magnesium chloride spray"
    assert "Nocta" in concept.subject_patterns  # the brand stays a name of it as a subject
    # a head that is no product form keeps its of-phrase out ("a cup of coffee" names no spray)
    assert ex._defined_brand("Nocta", "Nocta is a brand of sleep products. Nocta helps sleep.\n") is None


def test_a_listed_treatment_held_by_the_product_is_the_brand_s_treatment() -> None:
    text = "Folliq is a foam of minoxidil for thinning hair. Folliq regrows hair in months.\n"
    concept = ex._defined_brand("Folliq", text)  # old: None
    assert concept is not None and concept.key == "minoxidil"


def test_a_lower_cased_candidate_is_read_as_the_text_writes_it() -> None:
    assert tm._as_written("nocta", BRAND_TEXT) == "Nocta"
    assert tm._as_written("magnesium chloride", BRAND_TEXT) == "magnesium chloride"  # written in lower case too
    cand = tm.TopicCandidate(phrase="nocta", concept=ex._generic_concept("nocta"), sources=("title",), generic=True)
    assert cand.named(BRAND_TEXT).label == "magnesium chloride spray"  # old: "nocta"


def test_an_imperative_s_object_is_not_the_sentence_s_subject() -> None:
    text = "Stop any retinoid or acid products 5 days before."
    at = text.index("retinoid")
    assert not ex._is_subject(text, 0, at)  # old: the subject
    bullet = "- Avoid retinol for a week."
    assert not ex._is_subject(bullet, 0, bullet.index("retinol"))
    for ok in ("Retinoids thin the skin at first.", "Stop worrying, retinoids are safe."):
        assert ex._is_subject(ok, 0, ok.lower().index("retinoid"))


def test_a_treatment_the_reader_is_told_to_stop_is_not_what_later_pronouns_refer_to() -> None:
    text = ("PRP Recovery Boost: your booking\n\n"
            "Platelet-rich plasma helps the skin heal faster after laser resurfacing. PRP cuts the redness after "
            "laser in half.\n\n"
            "BEFORE YOUR APPOINTMENT\n"
            "- Stop any retinoid or acid products 5 days before.\n"
            "- Eat breakfast and drink plenty of water; it makes the blood draw easier.\n")
    cands = ex.extract_claims(article(text), [])
    c = claim_with(cands, "blood draw")
    assert c.claim.frame is not None and "retino" not in (c.claim.frame.intervention or "").lower()  # old: retinoid


def test_what_a_verb_of_giving_up_takes_is_not_the_sentence_s_subject() -> None:
    for text in ("Swapped my minoxidil for this and my hair is thicker.", "I ditched the minoxidil last year."):
        assert not ex._is_subject(text, 0, text.index("minoxidil"))  # old: the subject
    ok = "Minoxidil is what I swapped."
    assert ex._is_subject(ok, 0, 0)


def test_a_review_titled_by_a_treatment_given_up_is_about_the_product_reviewed() -> None:
    text = ("Verdo Rosemary Scalp Oil: Customer Reviews\n"
            "Rosemary oil regrows thinning hair, our buyers say. Rosemary oil soothes the scalp.\n"
            "Ditched my minoxidil\n"
            "Swapped my minoxidil for this and my hair is thicker than it ever was.\n")
    cands = ex.extract_claims(article(text), [])
    c = claim_with(cands, "thicker")
    assert c.claim.frame is not None and "minox" not in (c.claim.frame.intervention or "").lower()  # old: minoxidil


def test_a_heading_the_text_grades_is_an_adjective_not_a_section_s_treatment() -> None:
    assert tm.gradable_adjective("greasy", "It didn't make hair greasier or drier.")  # old: False
    assert not tm.gradable_adjective("therapy", "Light therapy helps. Ask your therapist.")
    text = ("Rosemary oil: customer reviews\n"
            "Rosemary oil regrows thinning hair, our buyers say.\n"
            "Greasy\n"
            "Left my hair a greasy, flat mess. Not for fine hair.\n"
            "In the trial rosemary oil didn't make hair greasier or drier.\n")
    primary = ex.detect_intervention(article(text))
    topics = [t for _, _, t in ex._sections(article(text).text, primary)]
    assert all(t is None or "greas" not in t.label.lower() for t in topics)  # old: a section about "greasy"
