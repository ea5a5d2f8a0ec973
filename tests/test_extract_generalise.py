"""Extraction on articles unlike the development set (issue #14, EXT4): the main and per-claim
intervention from English structure (quantifiers, "X for Y" titles, head-final noun phrases,
section headings, abbreviation definitions, pronouns within a section) and outcomes from the
object's head noun, never from leftover adjectives. The texts are made up for these tests; their
topics appear in no development article."""

from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import OUTCOMES, detect_intervention, extract_claims

QUANTIFIER_TITLE = """Why Everyone Is Talking About Nettle Root

Nettle root has become the supplement of the year, and everyone seems to have an opinion.
Nettle root reduces hair shedding in men with thinning hair. It also eases an itchy scalp.
It is not for everyone: people on blood thinners should ask a doctor first.
"""


def test_a_quantifier_in_the_title_is_never_the_intervention() -> None:
    a = article(QUANTIFIER_TITLE)
    assert detect_intervention(a).label == "nettle root"
    cands = extract_claims(a)
    assert claim_with(cands, "reduces hair shedding").claim.frame.intervention_norm == "nettle root"
    assert claim_with(cands, "eases an itchy scalp").claim.frame.intervention_norm == "nettle root"


LISTICLE = """4 Natural Remedies for Dry Skin That Really Work

Dry skin can make winter miserable. Here are three remedies with research behind them.

1. Colloidal oatmeal
Colloidal oatmeal calms itching in people with eczema. It also repairs the skin barrier within two weeks.

2. Shea butter
Shea butter locks in moisture for hours. It reduces flaking and roughness.

3. Jojoba oil
Jojoba oil softens rough patches. It is completely safe for babies.

How to use them
Apply any of them straight after a shower, while the skin is still damp.
"""


def test_a_listicle_claim_is_about_the_treatment_its_section_heading_names() -> None:
    a = article(LISTICLE)
    # the title's "for" phrase is the purpose and "Natural" only modifies "Remedies": neither is
    # the treatment; the article's sentences take the section treatments as their subjects
    assert detect_intervention(a).label in ("colloidal oatmeal", "shea butter", "jojoba oil")
    cands = extract_claims(a)
    expected = {"calms itching": "colloidal oatmeal", "repairs the skin barrier": "colloidal oatmeal",
                "locks in moisture": "shea butter", "reduces flaking": "shea butter",
                "softens rough patches": "jojoba oil", "completely safe for babies": "jojoba oil"}
    for words, treatment in expected.items():
        c = claim_with(cands, words)
        assert c.claim.frame.intervention_norm == treatment, (words, c.claim.frame)
        # its own question, searched by its own name, never the article primary's question
        q = c.new_question
        assert q is not None and q.intervention == treatment, (words, q)
        assert treatment.split()[0] in q.query.lower()


def test_a_pronoun_does_not_reach_back_past_a_section_heading() -> None:
    # single line breaks, as pages converted from HTML have them: only the heading ends the topic
    text = ("Colloidal Oatmeal for Eczema\nColloidal oatmeal calms itching in people with eczema.\n"
            "1. Jojoba oil\nJojoba oil softens rough patches.\n2. A night routine\n"
            "It reduces flaking and roughness while you sleep.\n")
    cands = extract_claims(article(text))
    assert claim_with(cands, "softens rough patches").claim.frame.intervention_norm == "jojoba oil"
    # under a heading that names no treatment, "It" is the article's topic, not the last section's
    frame = claim_with(cands, "reduces flaking").claim.frame
    assert frame.intervention_norm == "colloidal oatmeal", frame


ABBREVIATION = """Hyperbaric Oxygen Therapy: What the Chamber Can Do

Hyperbaric oxygen therapy (HBOT) means breathing pure oxygen inside a pressurised chamber.
HBOT before a workout speeds up muscle recovery. It also heals diabetic foot ulcers faster.
"""


def test_an_abbreviation_the_text_defines_is_the_long_name_without_its_adjunct() -> None:
    a = article(ABBREVIATION)
    primary = detect_intervention(a)
    assert primary.label == "hyperbaric oxygen therapy"
    assert primary.regex.search("HBOT sessions")  # the defined abbreviation names it too
    cands = extract_claims(a)
    for words in ("speeds up muscle recovery", "heals diabetic foot ulcers"):
        frame = claim_with(cands, words).claim.frame
        # "HBOT before a workout": the prepositional adjunct is not part of the name
        assert frame.intervention_norm == "hyperbaric oxygen therapy", frame
        assert "before" not in frame.intervention


BARE_COMPLEMENT = """Psyllium Husk for Weight Loss: Does It Work?

Psyllium husk helps you lose weight. Taken before meals, psyllium husk reduces body weight in adults.
It keeps you full. It also reduces the number of thin, brittle hairs.
"""


def test_an_adjective_complement_is_no_outcome_and_a_measure_noun_gives_way_to_its_noun() -> None:
    cands = extract_claims(article(BARE_COMPLEMENT))
    full = claim_with(cands, "keeps you full").claim
    assert full.frame.outcome != "full"  # an adjective predicated of "you" names nothing to search
    main = claim_with(cands, "helps you lose weight").claim
    assert full.question_id == main.question_id  # the article's main question instead
    hairs = claim_with(cands, "number of thin").claim
    assert "hairs" in (hairs.frame.outcome or ""), hairs.frame  # not "number of thin"


def test_a_coordinated_comparison_is_a_claim_of_its_own() -> None:
    text = ("Nettle Root for Hair Loss\n\nNettle root is a herbal extract. Taken daily, nettle root reduces hair "
            "shedding by 20% and is just as effective as finasteride.\n")
    cands = extract_claims(article(text))
    benefit = claim_with(cands, "reduces hair shedding").claim
    assert "finasteride" not in benefit.quote
    assert benefit.frame.relation == "benefit"
    comparison = claim_with(cands, "as effective as finasteride").claim
    assert comparison.frame.relation == "equivalent" and comparison.frame.comparator == "finasteride"


def test_a_list_item_continuing_its_lead_in_has_no_subject_of_its_own() -> None:
    text = ("Microneedling: Worth the Hype?\n\nMicroneedling is a popular clinic treatment.\n\n"
            "Benefits include:\n- deeper sleep\n- sharper focus\n- smoother skin\n")
    cands = extract_claims(article(text))
    frame = claim_with(cands, "sharper focus").claim.frame
    assert frame.intervention_norm == "microneedling", frame  # "sharper" is no treatment


def test_burning_calories_is_no_burn() -> None:
    burns = next(c for c in OUTCOMES if c.key == "burns")
    assert not burns.regex.search("brown fat, a tissue that burns calories to keep you warm")
    assert not burns.regex.search("an ice bath burns as many calories as a run")
    assert burns.regex.search("laser burns are rare")


HERBAL_LISTICLE = """3 Herbal Helpers for Thinning Hair

Hair loss is common. These three herbs have some research behind them.

1. Saw palmetto
Saw palmetto reduces hair shedding in men with pattern hair loss. It also lowers DHT.

2. Red ginseng
Red ginseng improves hair density after six months.

3. Horsetail
Horsetail strengthens brittle hair within weeks.
"""


def test_a_listicle_without_a_title_treatment_is_about_the_treatments_its_headings_name() -> None:
    a = article(HERBAL_LISTICLE)
    # names the phrase model is unsure of still head their sections and subjects
    assert detect_intervention(a).label in ("saw palmetto", "red ginseng", "horsetail")
    cands = extract_claims(a)
    for words, treatment in {"reduces hair shedding": "saw palmetto", "lowers DHT": "saw palmetto",
                             "improves hair density": "red ginseng", "strengthens brittle hair": "horsetail"}.items():
        assert claim_with(cands, words).claim.frame.intervention_norm == treatment, words
