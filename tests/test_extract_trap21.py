"""Four extraction failures of the lead's blind trap article 21 (issue #14, FIX21), fixed by their
mechanism: a subordinator with no finite verb after it ("while pregnant") is an adjunct of its
clause, not a clause, and the frame's population takes it; conjunct claims of an object list under
one negated verb keep the negation in their quotes; an imperative whose object is a changed-state
noun phrase with a time frame promises an effect; an elliptical comparison after a new heading,
in an article whose main outcome nothing names, is about the benefit the article claimed first.
The texts are made up for these tests (other topics than the trap article)."""

from __future__ import annotations

from tests.extracting import markdown_article as article
from tests.extracting import quoting as on
from tracker.extract import _clause_units, extract_claims
from tracker.frames import population_of


def units(sentence: str) -> list[str]:
    return [sentence[u.start:u.end] for u in _clause_units(sentence, 0, len(sentence))]


# 1. verbless adjuncts


def test_a_verbless_adjunct_stays_in_its_clause():
    assert units("Our melatonin gummies are safe to take while breastfeeding") == [
        "Our melatonin gummies are safe to take while breastfeeding"]
    assert units("The ginger chews are gentle on the stomach while pregnant") == [
        "The ginger chews are gentle on the stomach while pregnant"]


def test_a_subordinate_clause_with_a_finite_verb_is_still_cut():
    from tracker.extract import _verbless_adjunct

    parts = units("Creatine builds strength while the caffeine only gives you a short buzz")
    assert len(parts) == 2, parts
    assert _verbless_adjunct("while coffee raises blood pressure", 0, 34) is False
    assert _verbless_adjunct("while others gain weight", 0, 24) is False
    assert _verbless_adjunct("while pregnant", 0, 14) is True
    assert _verbless_adjunct("when used daily", 0, 15) is True


def test_the_restriction_is_in_the_quote_and_the_population():
    text = ("# Calmleaf melatonin gummies\n\nCalmleaf melatonin gummies help you fall asleep faster.\n\n"
            "Calmleaf melatonin gummies are safe to take while breastfeeding, and they won't leave you groggy.\n")
    cands = extract_claims(article(text))
    safe = on(cands, "safe to take")
    assert all("while breastfeeding" in c.claim.quote for c in safe), [c.claim.quote for c in safe]
    assert not [c for c in cands if c.claim.quote.strip() == "while breastfeeding"]
    assert population_of("The spray is safe to use while pregnant") == "people who are pregnant"
    assert population_of("It works best when used daily") is None
    assert population_of("Repeat the dose if necessary") is None


# 2. negation shared by conjuncts


def test_conjuncts_under_a_negated_verb_keep_the_negation_in_their_quotes():
    text = ("# Glowa LED mask\n\nGlowa smooths fine lines in 8 weeks.\n\n"
            "Unlike chemical peels, the Glowa mask never causes redness or peeling, so even sensitive skin "
            "can use it every night.\n")
    cands = extract_claims(article(text))
    for words in ("redness", "peeling"):
        for c in on(cands, words):
            assert "never causes redness or peeling" in c.claim.quote, c.claim.quote


# 3. imperative promising a result


def test_an_imperative_promising_a_changed_state_in_a_time_is_a_claim():
    text = ("# Brightline whitening strips\n\nBrightline strips lift coffee stains from enamel.\n"
            "Smile with visibly whiter teeth in three days.\n")
    cands = extract_claims(article(text))
    assert on(cands, "visibly whiter teeth")


def test_advice_without_a_result_or_a_time_is_not_promoted():
    text = ("# Brightline whitening strips\n\nBrightline strips lift coffee stains from enamel.\n"
            "Switch to softer brushes.\n")
    cands = extract_claims(article(text), min_score=0.0)
    soft = [c for c in cands if "softer brushes" in c.claim.quote]
    assert all(not any("promises a result" in r for r in c.reasons) for c in soft)


# 4. elliptical comparison after a heading


def test_an_elliptical_comparison_after_a_heading_is_about_the_first_claimed_benefit():
    text = ("Focusly: the smarter way to study\n\nMeet Focusly, our daily capsule built around citicoline.\n\n"
            "Why it works\nOur citicoline sharpens memory in as little as 4 weeks.\n\n"
            "The science\nClinically proven to boost attention by 200%. Generic citicoline works just as well as "
            "modafinil, without the prescription.\n")
    cands = extract_claims(article(text))
    cmp = on(cands, "just as well as modafinil")
    assert cmp[0].claim.frame.relation == "equivalent"
    assert cmp[0].claim.frame.comparator and "modafinil" in cmp[0].claim.frame.comparator
