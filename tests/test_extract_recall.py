"""Extraction recall (issue #14, REC6): elliptical answers to a question heading, first-person
testimony, durability, comparatives on an outcome in a tagline, shares of people who experience an
effect, endorsements, consequences, bulleted grades of one outcome, and beliefs rebutted after a
semicolon. The texts are made up for these tests (no development article)."""

from __future__ import annotations

import pytest

from tracker.articles import article_from_bytes
from tracker.extract import Candidate, extract_claims
from tracker.models import Article


def article(text: str, name: str = "test.md") -> Article:
    return article_from_bytes(name, text.encode("utf-8"))


def quotes(cands: list[Candidate]) -> list[str]:
    return [c.claim.quote for c in cands]


def claim_with(cands: list[Candidate], words: str) -> Candidate:
    found = [c for c in cands if words in c.claim.quote]
    assert found, f"no candidate quotes {words!r}: {quotes(cands)}"
    return found[0]


def assert_no_claim(cands: list[Candidate], words: str) -> None:
    assert not [c for c in cands if words in c.claim.quote], f"{words!r} came out as a claim: {quotes(cands)}"


def assert_offsets(a: Article, cands: list[Candidate]) -> None:
    for c in cands:
        assert a.text[c.claim.start:c.claim.end] == c.claim.quote


DERMAROLLER = """# Derma Rollers for Acne Scars

Derma rollers are small handheld tools covered in fine needles.

## Is it painful?

Not at all. Most people feel a light scratch.

## Does it actually work?

Yes. Microneedling improves acne scars after three sessions.

## Is it risky?

No. Rollers are sold in every pharmacy. See No. 5 below.
"""


def test_an_elliptical_answer_asserts_the_question_it_answers() -> None:
    a = article(DERMAROLLER)
    cands = extract_claims(a)
    assert_offsets(a, cands)
    pain = claim_with(cands, "Not at all")
    assert pain.claim.quote == "Not at all"
    # "Is it painful? Not at all." denies the harm, with no room left
    assert pain.claim.frame.relation == "denies_harm"
    assert pain.claim.frame.strength == "absolute"
    assert "answers the question before it" in pain.reasons
    works = next(c for c in cands if c.claim.quote == "Yes")
    assert works.claim.frame.relation == "benefit"
    assert works.claim.frame.strength == "plain"
    # the sentences after an answer keep their own offsets and claims
    assert claim_with(cands, "improves acne scars").claim.start == a.text.index("Microneedling improves")
    # "No." ends a sentence unless a number follows ("No. 5"): "Is it risky? No." denies the harm
    risky = next(c for c in cands if c.claim.quote == "No")
    assert risky.claim.frame.relation == "denies_harm"
    assert_no_claim(cands, "pharmacy")


def test_an_answer_needs_a_yes_no_question_just_before_it() -> None:
    text = "Microneedling for Scars\n\nMicroneedling is popular.\nYes. It improves acne scars.\n"
    a = article(text)
    cands = extract_claims(a)
    assert_no_claim(cands, "Yes")
    assert_offsets(a, cands)


def test_first_person_testimony_of_a_change_is_a_claim() -> None:
    text = """Rosemary Oil for Hair Loss

I bought a small bottle of rosemary oil last spring. I take it out of the cupboard every night.
After six months I saw new baby hairs along my temples.
I measured my ponytail at 60 mm around, up from about 50 mm.
By the second month my scalp felt calmer, and I had fewer hairs in my brush.
"""
    cands = extract_claims(article(text))
    claim_with(cands, "I saw new baby hairs")
    claim_with(cands, "up from about 50 mm")
    # the sentence's span of time reaches a clause that states a change
    assert "first-person testimony of a change" in claim_with(cands, "I had fewer hairs").reasons
    # buying and taking state no change
    assert_no_claim(cands, "I bought")
    assert_no_claim(cands, "out of the cupboard")


def test_starting_the_treatment_is_no_testimony() -> None:
    text = "Castor Oil for Lashes\n\nI also started using it on my eyebrows.\n"
    assert_no_claim(extract_claims(article(text)), "started using")


def test_a_predicate_of_persistence_with_a_span_of_time_is_a_claim() -> None:
    text = """Red Light Caps for Hair Loss

Red light caps are sold online. Several websites say that results last for years after you stop.
The new collagen your skin builds stays for years.
"""
    cands = extract_claims(article(text))
    claim_with(cands, "results last for years")
    claim_with(cands, "stays for years")


def test_a_comparative_on_an_outcome_in_a_tagline_states_a_change() -> None:
    text = "Derma Pens for Acne Scars\n\nSmoother skin, fewer scars: professional collagen induction at home.\n"
    claim_with(extract_claims(article(text)), "Smoother skin, fewer scars")


def test_a_share_of_people_who_experience_something_is_a_claim() -> None:
    text = """Ashwagandha for Stress

Ashwagandha is a shrub used in supplements. A small number of people get an upset stomach.
In the clinic, most people describe a warm prickling sensation.
A lot of people assume that ashwagandha is a stimulant. It is not.
"""
    cands = extract_claims(article(text))
    claim_with(cands, "get an upset stomach")
    claim_with(cands, "describe a warm prickling sensation")


@pytest.mark.xfail(strict=True, reason="session 24 regression, not yet fixed: the retrained claim scorer (keep >= 0.45) "
                   "or R2EXT keeps the dosing advice 'Most brands recommend ten minutes a day' as a claim")
def test_an_endorsement_and_a_consequence_about_the_treatment_are_claims() -> None:
    text = """Laser Caps for Hair Loss

Laser caps shine red light on the scalp. Most brands recommend ten minutes a day.
Unlike minoxidil, a laser cap does not need to be applied twice a day, which is why patients stick with it.
Low-level laser therapy is a reasonable option for women who cannot tolerate minoxidil.
"""
    cands = extract_claims(article(text))
    claim_with(cands, "which is why patients stick with it")
    claim_with(cands, "reasonable option for women")
    assert_no_claim(cands, "ten minutes a day")


def test_a_bulleted_grade_of_one_outcome_is_a_claim_and_a_bare_negative_denies_the_effect() -> None:
    text = """Collagen Powder for Skin Ageing

Collagen powder is a protein supplement. So:

- Skin: decent evidence
- Nails: maybe
- Joints: not much
"""
    cands = extract_claims(article(text))
    claim_with(cands, "Skin: decent evidence")
    claim_with(cands, "Nails: maybe")
    # a bare negative grade denies the outcome's change (REL6, `polarity.negation_scope_reading`): no effect, never
    # the benefit it was once read as (which kept it out)
    assert claim_with(cands, "Joints: not much").claim.frame.relation == "no_effect"


def test_a_belief_rebutted_after_a_semicolon_is_no_claim() -> None:
    text = "Creatine for Strength\n\nCreatine builds strength. A common myth says creatine damages your kidneys; it does not.\n"
    cands = extract_claims(article(text))
    claim_with(cands, "builds strength")
    assert_no_claim(cands, "damages your kidneys")


def test_a_measured_change_an_enabling_verb_and_a_reported_promise_are_claims() -> None:
    text = """Cold Showers for Colds

Cold showers are popular with athletes. People who finish their shower with cold water take 29% fewer sick days.
The trials lasted months.
"""
    cands = extract_claims(article(text))
    claim_with(cands, "take 29% fewer sick days")
    # how long a study ran is no durability claim
    assert_no_claim(cands, "trials lasted")
    text = """Apple Cider Vinegar for Weight Loss

Apple cider vinegar is made from fermented apples. Drinking one tablespoon a day helps you lose weight.
You will be slim after the very first week, sellers say, but the trials lasted months.
"""
    cands = extract_claims(article(text))
    claim_with(cands, "helps you lose weight")
    assert any("reports what others say" in r for r in claim_with(cands, "You will be slim").reasons)
