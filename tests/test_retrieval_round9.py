"""Retrieval for claims whose evidence exists, round 9 (issue #14, RET9): a product's form is
optional in the intervention block ("caffeine shampoo" is searched as caffeine too), words no
abstract uses back off to the article's main outcome (never an adverb, a clause fragment or a
mechanism), a listed treatment in a way of use ("your minoxidil routine") is that treatment, the
product an "Adding X to Y" names is the article's technique, and a fronted setting leaves the
pronoun subject ("In one study it ..."). The questions' queries are searched on the real embedded
snapshot through the local index (no mocks); the article texts are made up for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import article, claim_with, question_of
from tracker.extract import _OUTCOME_BY_KEY, _generic_concept, _new_question, _subject, extract_claims
from tracker.pipeline import open_backend
from tracker.pubmed_query import parse_query, to_pubmed


@pytest.fixture(scope="module")
def snapshot():
    backend = open_backend("snapshot")
    yield backend
    backend.close()


def pmids(backend, query: str) -> set[str]:
    return set(backend.search(query, max_ids=500).pmids)


SHAMPOO = """Caffeine Shampoo for Hair Loss: Does It Work?

Caffeine shampoo is sold as a cheap fix for thinning hair.
It cuts shedding, according to the label.
A dermatologist told us it works as well as minoxidil for men.
"""


def test_the_form_of_a_product_is_optional_in_its_intervention_block(snapshot) -> None:
    terms = _generic_concept("caffeine shampoo").terms
    assert "caffeine[tiab]" in terms and '"caffeine shampoo"[tiab]' in terms  # the product's own name kept
    assert '"vitamin C"[tiab]' in _generic_concept("vitamin C serum").terms
    assert "biotin[tiab]" in _generic_concept("biotin gummies").terms
    # a device's shape has an energy, not an ingredient, before it; a short acronym would match
    # an ordinary word on PubMed ("LED" as "led"); a purpose is no ingredient
    assert _generic_concept("laser cap").terms == ('"laser cap"[tiab]', '"laser caps"[tiab]')
    assert not any("led[" in t.lower() for t in _generic_concept("LED mask").terms if "mask" not in t)
    assert _generic_concept("hair growth shampoo").terms == ('"hair growth shampoo"[tiab]', '"hair growth shampoos"[tiab]')
    # the caffeine-based topical liquid tried against minoxidil (PMID 29055953) is no shampoo
    cands = extract_claims(article(SHAMPOO))
    q = question_of(cands, claim_with(cands, "as well as minoxidil"))
    assert "29055953" in pmids(snapshot, q.query)


def test_words_no_abstract_uses_back_off_to_the_main_outcome(snapshot) -> None:
    cands = extract_claims(article(SHAMPOO))
    q = question_of(cands, claim_with(cands, "It cuts shedding"))
    assert "shedding[tiab]" in q.query  # the claim's own words are kept
    assert '"hair loss"[tiab]' in q.query  # and the article's main outcome is ORed in
    assert to_pubmed(parse_query(q.query))  # still a PubMed query
    # the phyto-caffeine shampoo trial reports hairs pulled and hair loss intensity, not "shedding"
    assert "29512972" in pmids(snapshot, q.query)


def test_a_back_off_needs_a_noun_phrase_tied_to_the_main_outcome() -> None:
    from tracker import evidence_words
    from tracker.extract import _noun_phrase_outcome, _outcome_block
    hair = _OUTCOME_BY_KEY["hair-loss"]
    iblock = "minoxidil*[tiab]"
    assert evidence_words.finds(iblock) and not evidence_words.finds("minoxidil*[tiab] AND completely[tiab]")
    # an adverb says how much, not what changed: the hair-loss trials do not answer "completely"
    assert _outcome_block(iblock, "completely[tiab]", "completely", hair, None) == "completely[tiab]"
    for fragment in ("completely", "permanent", "makes fine hair", "hair will fall", "keep using",
                     "circles gone", "hairs per"):
        assert not _noun_phrase_outcome(fragment), fragment
    assert _noun_phrase_outcome("shedding") and _noun_phrase_outcome("fine weak hairs")
    # "shedding" is used by the sample only with hair loss: with caffeine (no record says
    # "shedding" of it) it backs off
    backed = _outcome_block("caffeine[tiab]", "shedding[tiab]", "shedding", hair, None)
    assert backed.startswith("(shedding[tiab] OR ") and '"hair loss"[tiab]' in backed
    # "tone" is never used with hair loss in the sample: it keeps its words (no unrelated records)
    assert _outcome_block("caffeine[tiab]", "tone[tiab]", "tone", hair, None) == "tone[tiab]"
    # beards are not scalp hair: no record of the sample speaks of them, and the modifier
    # ("patchy", which the sample uses only of hair loss) does not tie the phrase
    assert _outcome_block(iblock, '"patchy beard*"[tiab]', "patchy beards", hair, None) == '"patchy beard*"[tiab]'
    # a property is tied by the thing it is measured on: "hair shaft strength" by the shaft
    assert '"hair loss"[tiab]' in _outcome_block("caffeine[tiab]", '"hair shaft strength"[tiab]',
                                                 "hair shaft strength", hair, None)
    # a mechanism or a harm never backs off to the main benefit
    mech = _new_question(_generic_concept("caffeine shampoo"), None, "blood flow", "mechanism", backoff=hair)
    assert "hair loss" not in mech.query


def test_a_listed_irritation_is_searched_by_the_words_it_is_reported_in(snapshot) -> None:
    text = """Rosemary Oil for Hair

Rosemary oil is an essential oil people rub into the scalp.
Rosemary oil grows hair as well as minoxidil does.
Best of all, it never irritates the scalp.
"""
    cands = extract_claims(article(text))
    q = question_of(cands, claim_with(cands, "never irritates"))
    assert "itch*[tiab]" in q.query
    # the rosemary-minoxidil trial reports scalp itching rising in both arms
    assert "25842469" in pmids(snapshot, q.query)


def test_adding_the_product_to_a_routine_is_the_technique_with_the_listed_drug(snapshot) -> None:
    text = """Laser Caps: Do They Work?

Laser caps use low-level laser therapy (LLLT) to stimulate the scalp.
Laser caps regrow hair in men and women with pattern hair loss.
Adding a laser cap to your minoxidil routine doubles the results you would get from minoxidil alone.
"""
    cands = extract_claims(article(text))
    q = question_of(cands, claim_with(cands, "Adding a laser cap"))
    assert '"low-level laser therapy"[tiab]' in q.query and "minoxidil" in q.query and "routine" not in q.query
    # LLLT plus minoxidil against minoxidil alone (PMIDs 37305186, 33068178)
    assert {"37305186", "33068178"} <= pmids(snapshot, q.query)


def test_a_fronted_setting_leaves_the_pronoun_as_subject() -> None:
    assert _subject("In one study it actually worked better than minoxidil at growing hair.") == "it"
    assert _subject("After six months it had filled in.") == "it"
    text = """Rosemary Oil for Hair

Rosemary oil is an essential oil people rub into the scalp.
Rosemary oil grows hair as well as minoxidil does.

Peppermint oil is the other rising star. In one study it actually worked better than minoxidil at growing hair.
"""
    cands = extract_claims(article(text))
    q = question_of(cands, claim_with(cands, "In one study"))
    assert q.intervention == "peppermint oil"


def test_the_evidence_base_is_the_embedded_snapshot_read_by_the_relevance_matcher(snapshot) -> None:
    from tracker import evidence_words
    assert evidence_words.sample_records() == 208
    for query in ('"caffeine shampoo"[tiab]', "caffeine[tiab] AND minoxidil*[tiab]", "ponytail[tiab]"):
        # the same records the local index finds (both read title, synopsis and MeSH)
        assert evidence_words.count(query) == len(pmids(snapshot, query)), query
    assert evidence_words.count("ponytail[tiab]") == 0
