"""SEC14 (issue #14): which treatment a claim is about inside menus, sections and chains of reference.

A menu entry ("Name · 45 min · £65") heads the description below it, which is about what it offers;
a sentence whose subject is another treatment than the topic's makes it the referent of the pronouns
that follow; a definite description ("the mask itself") takes the treatment the text introduced with
that head noun; a verb phrase coordinated without a subject shares the first conjunct's; the agent of
a passive ("damaged by the blue light") is its logical subject; an adverb between subject and verb
("X still faded") and a passive verb group ("X has been shown to") end the subject noun phrase.
Short synthetic articles on made-up topics, so no devset article is fitted."""
from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import extract_claims


def _about(cands, words: str) -> str:
    c = claim_with(cands, words)
    assert c.claim.frame is not None
    return f"{c.claim.frame.intervention} | {c.claim.frame.intervention_norm}".lower()


def test_a_menu_entry_heads_the_claims_in_its_description() -> None:
    # the old code read the menu line as a long heading of nothing and gave every claim the page's
    # most named table entry (the red light of one add-on)
    text = ("Treatment menu | Willow Wellness Studio\n\n"
            "Every visit starts with a short consultation.\n"
            "Hot Stone Massage · 60 min · £70\n"
            "Heated basalt stones are placed along the spine. It relieves back pain and improves sleep.\n"
            "Cupping Add-on · 15 min · £15\n"
            "Silicone cups draw the skin upward. Reduces muscle soreness after exercise.\n"
            "Red Light Recovery · 20 min · £25\n"
            "Red light panels warm the muscles. Red light speeds up recovery after a hard session. "
            "Red light also eases joint pain.\n")
    cands = extract_claims(article(text))
    assert "hot stone massage" in _about(cands, "relieves back pain")
    assert "cupping" in _about(cands, "muscle soreness")
    assert "light" in _about(cands, "speeds up recovery")
    assert not [c for c in cands if "£" in c.claim.quote]  # a name and a price claim nothing


def test_a_pronoun_refers_to_the_other_treatment_its_paragraph_made_subject() -> None:
    # the old code sent "It eased the itching" back to the article's topic, probiotics
    text = ("Probiotics for eczema: what the trials show\n\n"
            "Probiotics are the supplement most parents ask about. In trials, probiotics eased itching "
            "in some children.\n\n"
            "Omega-3 has been tested in several small trials too. It eased the itching in adults after "
            "eight weeks.\n")
    cands = extract_claims(article(text))
    assert "omega" in _about(cands, "eased the itching in adults")
    assert "probiotic" in _about(cands, "eased itching in some children")


def test_a_definite_description_takes_the_treatment_introduced_with_its_head_noun() -> None:
    # the old code read "The mask itself" and its second verb phrase as the topic, azelaic acid
    text = ("Azelaic acid for rosacea\n\n"
            "Azelaic acid is the cream most dermatologists suggest for rosacea. Azelaic acid reduces "
            "redness within a few weeks.\n\n"
            "Some clinics now sell a red light face mask for rosacea at home. Many patients like it. "
            "The mask itself contains no drugs and has no side effects.\n")
    cands = extract_claims(article(text))
    assert "light" in _about(cands, "no side effects")
    assert "azelaic" in _about(cands, "reduces redness")


def test_the_agent_of_a_passive_is_what_the_claim_is_about() -> None:
    # the old code gave the harm to the article's topic, niacinamide
    text = ("Niacinamide serum for dark spots\n\n"
            "Niacinamide serum fades dark spots over twelve weeks.\n\n"
            "There is a published report of a woman whose retina was damaged by the blue light from a "
            "face mask.\n")
    cands = extract_claims(article(text))
    assert "light" in _about(cands, "retina was damaged")


def test_an_adverb_before_the_verb_ends_the_subject() -> None:
    # "Kojic acid still faded the": the old code kept the adverb and verb in the subject and gave
    # the claim to the topic, vitamin C
    text = ("Vitamin C serum for dark spots\n\n"
            "Vitamin C serum fades dark spots over twelve weeks. In one trial against kojic acid, "
            "vitamin C caused less stinging.\n\n"
            "Kojic acid still faded the spots more in the patients' own eyes.\n")
    cands = extract_claims(article(text))
    assert "kojic" in _about(cands, "faded the spots more")


def test_a_passive_verb_group_ends_the_subject() -> None:
    # "Castor oil has been shown to thicken": the old code found the subject "to thicken" and gave the
    # claim to the topic, biotin
    text = ("Biotin for thicker lashes\n\n"
            "Biotin gummies are sold for longer lashes. Biotin thickens lashes only in people who lack it.\n\n"
            "Castor oil has been shown to thicken lashes in one small trial.\n")
    cands = extract_claims(article(text))
    assert "castor oil" in _about(cands, "thicken lashes in one")


def test_a_named_form_noun_is_another_treatment_not_a_measure_of_the_topic() -> None:
    # "Doxycycline tablets": the old code read the form noun as a measure of the topic ("two
    # capsules") and gave "they cause" to the topic, azelaic acid
    text = ("Azelaic acid for rosacea\n\n"
            "Azelaic acid reduces redness within a few weeks.\n\n"
            "Doxycycline tablets are a different matter: taken every day, they cause sun sensitivity "
            "in some people.\n")
    cands = extract_claims(article(text))
    assert "doxycycline" in _about(cands, "sun sensitivity")


def test_a_general_treatment_head_with_a_modifier_names_a_class_of_treatment() -> None:
    # "proven prescription treatments": the old code found no treatment in the subject and gave the
    # comparison to the topic, tea tree oil
    text = ("Tea tree oil for spots\n\n"
            "Tea tree oil reduces spots in mild acne over twelve weeks.\n\n"
            "But anyone with scarring acne should see a doctor, because proven prescription treatments "
            "work far better.\n")
    cands = extract_claims(article(text))
    assert "prescription" in _about(cands, "work far better")


def test_a_without_adjunct_after_a_comparison_is_compared_with_its_comparator() -> None:
    # "as well as bimatoprost, without the itchy eyelids": the old code read a bare denial of the harm, with no
    # comparator, which a head-to-head trial reporting it on both arms put on the wrong side; it is a denial of the
    # harm the comparator brings (the verdict weighs it as a denied rise: tests/test_lead12.py)
    text = ("Castor oil for thin lashes\n\n"
            "Castor oil has been shown to regrow lashes as well as bimatoprost, without the itchy eyelids.\n\n"
            "Most users see longer lashes in eight weeks.\n")
    cands = extract_claims(article(text))
    frame = claim_with(cands, "without the itchy eyelids").claim.frame
    assert frame is not None
    assert frame.comparator == "bimatoprost"
    assert frame.relation == "denies_harm"
