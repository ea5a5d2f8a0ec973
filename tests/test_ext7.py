"""Extraction EXT7 (issue #14): a claim's outcome from its own clause.

The sentences are written for these tests (none is a benchmark quote). Each construction failed on the
round-1 tree of session 19 (the guards beside them passed there too):

- the noun of a verb of harm doubles the consonant closing one syllable, as `frames._gerund` spells it
  ("thin your skin" -> skin thinning, never "thining");
- the learned reader's agreement with the rules protects the claim's side: readings of one side (benefit and
  mechanism; superior and equivalent; no_effect and denies_harm; harm) agree, whatever their label;
- a table word inside a name the text capitalises mid-sentence before a product form written in lower case
  ("Our Lemon Glow serum") names the product, not a result;
- a noun inside an adjunct of time ("all through my pregnancy") says when, not what changes, when the clause
  names another outcome; alone it stays the outcome ("safe during pregnancy").
"""

from __future__ import annotations

import pytest

from tests.extracting import article, claim_with
from tracker import relation_model
from tracker.extract import _RELATION_SIDE, _harm_nominal, _outcome_hits, _without_setting, extract_claims


@pytest.mark.parametrize(("verb", "noun"), [
    ("thin", "thinning"), ("scar", "scarring"), ("clog", "clogging"),
    ("stain", "staining"), ("burn", "burning"), ("irritate", "irritation"), ("damage", "damaging"),
])
def test_the_noun_of_a_harm_verb_is_spelled_as_english_spells_it(verb: str, noun: str) -> None:
    assert _harm_nominal(verb) == noun


def test_a_denied_thinning_is_named_with_a_doubled_consonant() -> None:
    cands = extract_claims(article(
        "Azelaic acid cream for acne\n\nAzelaic acid cream clears acne in most people within three months. "
        "Unlike strong peels, the cream does not thin your skin."))
    c = claim_with(cands, "does not thin your skin")
    assert c.claim.frame is not None and "thinning" in c.claim.frame.outcome, c.claim.frame


def test_readings_that_flip_a_claim_are_on_different_sides() -> None:
    # every pair the relation reader calls a flip of the evidence's side is a pair of sides here, so the
    # side comparison protects exactly what the exact comparison protected
    for rel, flips in relation_model.FLIPS.items():
        for other in flips:
            assert _RELATION_SIDE[rel] != _RELATION_SIDE[other], (rel, other)
    # labels of one side agree; a comparison is read against head-to-head evidence, a plain effect is not
    assert _RELATION_SIDE["benefit"] == _RELATION_SIDE["mechanism"]
    assert _RELATION_SIDE["superior"] == _RELATION_SIDE["equivalent"] != _RELATION_SIDE["benefit"]
    assert _RELATION_SIDE["no_effect"] == _RELATION_SIDE["denies_harm"]
    assert set(_RELATION_SIDE) == set(relation_model.FLIPS)


def test_a_table_word_inside_a_capitalised_product_name_is_no_outcome() -> None:
    cands = extract_claims(article(
        "Vitamin C serum\n\nOur Lemon Glow serum is packed with vitamin C, and customers love it. "
        "Vitamin C serum fades dark spots within eight weeks."))
    assert not [c for c in cands if c.claim.frame is not None and "Lemon Glow" in c.claim.quote and (
        "glow" in c.claim.frame.outcome.lower() or "texture" in c.claim.frame.outcome)], \
        [(c.claim.quote, c.claim.frame) for c in cands]


def test_the_same_word_in_lower_case_prose_stays_the_outcome() -> None:
    cands = extract_claims(article(
        "Vitamin C serum\n\nIn my experience vitamin C serum makes dull skin glow within a month."))
    c = claim_with(cands, "glow")
    assert c.claim.frame is not None and c.claim.frame.outcome in ("skin texture and quality", "glow"), c.claim.frame


@pytest.mark.parametrize(("text", "outcome"), [
    ("My aunt used the serum throughout her pregnancy and her skin looked smoother.", "smooth"),
    ("My cousin rubbed the oil in all through her pregnancy and her scars faded.", "scar"),
])
def test_a_noun_in_an_adjunct_of_time_is_no_outcome_beside_a_change(text: str, outcome: str) -> None:
    cands = extract_claims(article(f"Bakuchiol serum\n\n{text}"))
    # (since SPLIT7 the coordinated clause that states the change is a claim of its own: every candidate of the
    # sentence is checked; the use "throughout her pregnancy" alone is no claim)
    frames = [c.claim.frame for c in cands]
    assert frames and all(f is not None and "pregnan" not in f.outcome for f in frames), frames
    assert any(f is not None and outcome in f.outcome for f in frames), frames


def test_a_noun_in_an_adjunct_of_time_beside_harms_in_general_stays_an_outcome() -> None:
    # "no risk ... during pregnancy": harms in general name no other outcome, the pregnancy hit stays
    text = "Microneedling during pregnancy carries no risk at all."
    kept = _without_setting(text, _outcome_hits(text, 0, len(text)), len(text))
    assert [c.key for _, _, c in kept] == ["birth-defects", "adverse-effects"], kept


def test_a_noun_in_an_adjunct_of_time_alone_stays_the_outcome() -> None:
    cands = extract_claims(article(
        "Bio-oil for stretch marks\n\nBio-oil fades stretch marks. Bio-oil is completely safe during pregnancy."))
    c = claim_with(cands, "safe during pregnancy")
    assert c.claim.frame is not None and "birth" in c.claim.frame.outcome, c.claim.frame
