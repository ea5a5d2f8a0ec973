"""A claim's outcome and its question (issue #14, EXT6): the outcome is what the claim's
predicate acts on or what its comparative adjective measures; a table entry is used only when
the claim's own words name it, and the claim's wording is kept as the label when the entry is
only a loose fit. The texts are made up for these tests (no development article)."""

from __future__ import annotations

from tests.extracting import article, claim_with, question_of
from tracker.extract import Candidate, _adjective_base, _comparative_outcome, _property, extract_claims

NETTLE = """Nettle Oil for Thinning Hair: Does It Work?

Nettle oil is a folk remedy for hair loss. Nettle oil reduces hair loss in men, according to one small trial.
After four months of nightly use, my fringe is noticeably thicker.
A friend says it made her eyebrows slightly darker.
Nettle oil also strengthens your nails.
"""


def test_a_comparative_predicate_names_the_property_it_measures() -> None:
    cands = extract_claims(article(NETTLE))
    fringe = claim_with(cands, "my fringe is noticeably thicker")
    assert fringe.claim.frame.outcome == "fringe thickness"
    q = question_of(cands, fringe)
    # searched as the thing and the property's stem: abstracts say "thickness of the fringe"
    assert q.outcome == "fringe thickness" and "(fringe[tiab] AND thick*[tiab])" in q.query
    # a resultative ("made her eyebrows darker") predicates it of the verb's object
    brows = claim_with(cands, "eyebrows slightly darker")
    assert brows.claim.frame.outcome == "eyebrow darkness"
    # a verb made from an adjective by -en ("strengthens") measures its object's property
    nails = claim_with(cands, "strengthens your nails")
    assert "nail" in nails.claim.frame.outcome and "strength" in nails.claim.frame.outcome


def test_comparative_morphology() -> None:
    assert [_adjective_base(w) for w in ("thicker", "shinier", "bigger", "denser", "longer", "better", "water")] == [
        "thick", "shiny", "big", "dense", "long", None, None]
    assert [_property(b) for b in ("thick", "long", "clear", "shiny", "empty")] == [
        "thickness", "length", "clarity", "shine", "emptiness"]
    assert _comparative_outcome("it thickens the epidermis") == "epidermis thickness"
    assert _comparative_outcome("They feel better") == ""  # a pronoun subject, an evaluative comparative
    assert _comparative_outcome("the results were better") == ""


ROSEHIP = """Rosehip Oil for Dark Spots

Rosehip oil fades dark spots and hyperpigmentation, and most users say it fades dark spots within weeks.
Rosehip oil gives you a brighter complexion.
Rosehip oil clears breakouts too.
"""


def test_a_loose_table_fit_keeps_the_claims_words() -> None:
    cands = extract_claims(article(ROSEHIP))
    c = claim_with(cands, "brighter complexion")
    # "complexion" is no pigmentation disorder: the claim's words label the outcome and the question,
    # and the entry's terms are still searched beside them
    assert c.claim.frame.outcome == "complexion brightness"
    q = question_of(cands, c)
    assert q.outcome == "complexion brightness"
    assert "melasma[tiab]" in q.query and "(complexion[tiab] AND bright*[tiab])" in q.query
    # a problem named under a problem's entry is one of its kind: the entry's label stays
    acne = claim_with(cands, "clears breakouts")
    assert acne.claim.frame.outcome == "acne"


TURMERIC_LIKE = """Ginger for Aching Joints

Ginger may ease joint pain in people with osteoarthritis, and joint pain is why most people try it.

Benefits include:

- less joint pain when walking
- protection for cartilage
- better sleep

"I was able to stop my painkillers completely," says one reader.
Ginger is also gentle on the stomach, though if you overdo the dose there is a chance you'll get yourself hurt.
"""


def test_list_items_keep_their_own_outcome() -> None:
    cands = extract_claims(article(TURMERIC_LIKE))
    # an evaluative comparative ("better") modifies the outcome, it is not prose to discard for
    # the paragraph's joint pain
    sleep = claim_with(cands, "better sleep")
    assert sleep.claim.frame.outcome == "sleep"
    assert question_of(cands, sleep).outcome == "sleep"
    # cartilage is a tissue, not joint pain
    cart = claim_with(cands, "protection for cartilage")
    assert cart.claim.frame.outcome == "cartilage"
    # a painkiller is a drug, not pain
    pills = claim_with(cands, "stop my painkillers")
    assert "pain" != pills.claim.frame.outcome and "painkiller" in pills.claim.frame.outcome


def test_hurt_with_a_person_object_is_harm_in_general() -> None:
    cands = extract_claims(article(TURMERIC_LIKE))
    hurt = claim_with(cands, "get yourself hurt")
    q = question_of(cands, hurt)
    assert q.kind == "safety" and "adverse" in q.outcome


SELENIUM = """Selenium Shampoo: What It Does

Selenium shampoo is sold for flaky scalps. It won't cause unwanted facial hair, and it never causes allergic reactions.
For dandruff, selenium shampoo is one of the most effective products you can buy.
Selenium shampoo strengthens weak, peeling nails.
Some people say selenium shampoo causes milia around the eyes.
Fans say selenium shampoo can help you lose up to 8 pounds in a month.
The procedure is easier than you think.
"""


def test_a_clause_with_its_own_object_keeps_it() -> None:
    cands = extract_claims(article(SELENIUM))
    # a denial naming its own harm does not borrow the next clause's "allergic reactions"
    hair = claim_with(cands, "unwanted facial hair")
    assert question_of(cands, hair).outcome == "unwanted facial hair"
    # a fronted purpose adjunct names what a superlative claim is about
    dandruff = claim_with(cands, "For dandruff")
    assert dandruff.claim.frame.outcome == "dandruff" and question_of(cands, dandruff).outcome == "dandruff"
    # the head noun, not its modifier, is what the claim is about
    nails = claim_with(cands, "weak, peeling nails")
    assert question_of(cands, nails).outcome == "nail strength"
    # a table word in a locative phrase after the object says where, not what
    milia = claim_with(cands, "milia around the eyes")
    assert question_of(cands, milia).outcome == "milia"
    # a loss of a mass is weight loss
    pounds = claim_with(cands, "lose up to 8 pounds")
    assert pounds.claim.frame.outcome == "weight loss"


def test_a_property_of_the_treatment_is_no_outcome() -> None:
    assert _comparative_outcome("The procedure is easier than you think") == ""
    assert _comparative_outcome("the serum made the skin firmer") == "skin firmness"


def test_a_comparator_named_by_its_purpose_names_the_outcome() -> None:
    text = """Valerian for Stress

Valerian root is a herbal remedy. Valerian is as effective as prescription anxiety medicine.
Valerian works better than steroid injections.
"""
    cands = extract_claims(article(text))
    c = claim_with(cands, "prescription anxiety medicine")
    assert c.claim.frame.outcome == "anxiety" and question_of(cands, c).outcome == "anxiety"
    # a modifier that is itself a treatment names the substance, not what it treats
    steroid = claim_with(cands, "steroid injections")
    assert "steroid" not in (steroid.claim.frame.outcome or "")


def test_the_setting_alone_does_not_choose_the_question_of_a_specific_harm() -> None:
    from pathlib import Path

    from tracker.claims import load_questions

    questions = load_questions(Path(__file__).resolve().parents[1] / "questions.csv")
    text = """Derma Rolling at Home

Many people now use a microneedling roller at home. With short needles, microneedling at home is easy.
There is no downtime either: you can roll at night and go to work in the morning.
"""
    cands = extract_claims(article(text), questions)
    c = claim_with(cands, "There is no downtime")
    # a claim naming its own harm is tested on that harm, not by the home-use complications question
    assert c.claim.question_id != "mn-home-safety"
    assert "downtime" in question_of_any(questions, cands, c).outcome


def question_of_any(questions, cands: list[Candidate], c: Candidate):
    return next((q for q in questions if q.question_id == c.claim.question_id), None) or question_of(cands, c)
