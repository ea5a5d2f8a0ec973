"""Outcomes and right questions, round 7 (issue #14, EXT7): coordinated outcomes give one claim
per conjunct, a clause's own treatment (an addition, an arm the table cannot tell from its
comparator) is the question's intervention, a section heading names its section's outcome, and
what only describes the article or a change of place is no claim. The texts are made up for
these tests (no development article)."""

from __future__ import annotations

from tests.extracting import question_of
from tracker.articles import article_from_bytes
from tracker.extract import Candidate, _clause_units, detect_intervention, extract_claims
from tracker.models import Article


def article(text: str, name: str = "test.md") -> Article:
    return article_from_bytes(name, text.encode("utf-8"))


def claims_on(cands: list[Candidate], words: str) -> list[Candidate]:
    return [c for c in cands if words in c.claim.quote or c.claim.quote in words and len(c.claim.quote) > 3]


BALM = """Thistle Balm: A Review

Thistle balm is a herbal salve sold in small tins. Thistle balm improves skin texture and tone.
Thistle balm promises:

- stronger nails and shinier hair

Most users apply it at night.
"""


def test_a_coordination_of_outcomes_gives_one_claim_per_conjunct() -> None:
    cands = extract_claims(article(BALM))
    outcomes = {c.claim.frame.outcome for c in claims_on(cands, "stronger nails and shinier hair")}
    # a verbless tagline lists what it promises: one claim per outcome, the tables' and its own
    assert "nail strength" in outcomes and "hair shine" in outcomes, outcomes
    # the parts share one quote: the claim is the whole coordination
    assert {c.claim.quote for c in claims_on(cands, "stronger nails and shinier hair")} == {
        "stronger nails and shinier hair"}
    texture = {c.claim.frame.outcome for c in claims_on(cands, "improves skin texture and tone")}
    assert "tone" in texture and any("texture" in (o or "") for o in texture), texture


def test_a_coordinated_verb_agreeing_with_the_first_is_a_predicate_of_its_own() -> None:
    text = "A cold shower wakes your whole body up, supercharges your immune system and melts fat."
    units = [text[u.start:u.end] for u in _clause_units(text, 0, len(text))]
    assert "melts fat" in units, units
    # a noun after "and" is not a verb: the object stays whole
    text = "Thistle tea boosts energy and focus."
    assert [text[u.start:u.end] for u in _clause_units(text, 0, len(text))] == ["Thistle tea boosts energy and focus"]


TURMERIC = """Turmeric for Sore Joints

Turmeric is a spice. Turmeric eases joint pain in small trials, and turmeric is cheap.
Curcumin on its own is poorly absorbed. Adding thistle extract, the bitter part of the plant, boosts absorption by 50%.
"""


def test_an_addition_is_questioned_as_the_added_treatment_with_its_base() -> None:
    cands = extract_claims(article(TURMERIC))
    added = claims_on(cands, "boosts absorption by 50%")
    assert added and added[0].claim.quote.startswith("Adding thistle extract"), [c.claim.quote for c in cands]
    q = question_of(cands, added[0])
    assert "thistle extract" in q.intervention and "turmeric" in q.intervention, q


LIGHT = """Glow Gadgets: What Light Devices Do for Your Skin

Light therapy has moved from the dermatologist's office to the bathroom shelf. We tested the two best-selling gadgets: cooling rollers for puffiness and heat wraps for back pain.

## Blue light for acne

Blue light clears acne in a few weeks, according to several trials. Blue light reduces acne lesions.

## Heat wraps for back pain

Heat wraps relieve back pain in office workers. Adding a heat wrap to ibuprofen doubles the results.
"""


def test_a_description_of_the_article_or_a_change_of_place_is_no_claim() -> None:
    quotes = [c.claim.quote for c in extract_claims(article(LIGHT))]
    assert not any("bathroom shelf" in q for q in quotes), quotes
    assert not any("cooling rollers" in q for q in quotes), quotes


def test_a_heading_names_its_sections_outcome_and_adding_names_the_combination() -> None:
    cands = extract_claims(article(LIGHT))
    (c,) = claims_on(cands, "Adding a heat wrap to ibuprofen doubles the results")
    q = question_of(cands, c)
    assert "heat wrap" in q.intervention and "ibuprofen" in q.intervention, q
    assert "back pain" in (q.outcome or "") or "pain" in (q.outcome or ""), q  # not acne, the first section's


RETINOIDS = """Retinol for Wrinkles

Retinol is a vitamin A derivative sold over the counter. Retinol reduces fine wrinkles after twelve weeks.
Adapalene is another retinoid. In one head-to-head trial it worked better than tretinoin for fine wrinkles.
"""


def test_an_arm_the_table_cannot_tell_from_its_comparator_is_searched_by_its_own_name() -> None:
    cands = extract_claims(article(RETINOIDS))
    (c,) = claims_on(cands, "better than tretinoin")
    q = question_of(cands, c)
    assert "adapalene" in q.intervention.lower() and "retinol" not in q.intervention.lower(), q


MYTHS = """Seven Wellness Myths Our Readers Sent Us

Every week readers send us claims they hear at the gym. Here is what we think.

Myth one: the oil. Nobody has ever had a side effect from rosemary oil, a trainer told one reader.

Myth seven: the bath. Cold baths burn fat, one podcast says.
"""


def test_a_number_word_is_never_the_topic() -> None:
    myths = article(MYTHS, "myths.txt")
    assert detect_intervention(myths).label.lower() != "seven"
    cands = extract_claims(myths)
    (c,) = claims_on(cands, "side effect from rosemary oil")
    assert "seven" not in question_of(cands, c).intervention.lower()



TEA = """Thistle Tea for Stress

Thistle tea is a herbal infusion. Thistle tea lowers stress in adults, according to two small trials.
A small number of people get an upset stomach.
"""


def test_what_a_share_of_people_get_is_the_outcome() -> None:
    cands = extract_claims(article(TEA, "tea.txt"))
    (c,) = claims_on(cands, "get an upset stomach")
    assert c.claim.frame.outcome == "upset stomach", c.claim.frame
    assert "stress" not in (question_of(cands, c).outcome or ""), question_of(cands, c)  # never the main benefit
