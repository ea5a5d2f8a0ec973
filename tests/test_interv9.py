"""INTERV9 (issue #14): a claim's own treatment in a page about several, by discourse scope.

A run-in heading, a paragraph or list item that opens with a bare noun phrase naming a treatment
("Saline rinse. Rinsing the nose ... It is cheap ...", "- Day 6: ClearBeam Blue Light Acne Wand. Zaps a
spot ..."), is the referent of the claims in its block, as a heading's section is, whatever the
article's main treatment is; a numbered slot ("Day 6:"), a brand word and the amounts are no part of
the name, and a clause that opens a paragraph ("Some brands go further.") heads nothing. A definite
description in a question ("Is the wand worth opening?") resolves to the nearest earlier heading whose
name ends in its head, and the answer's pronoun refers to it. The comparator of a clause is never the
treatment of the clause coordinated after it, and a span of time "of" a treatment ("a year of nightly
retinol softened ...") leaves the treatment the subject. A treatment named inside a fronted participle
phrase ("Used every morning under sunscreen, a serum ...") is its setting, never the subject, and an
indefinite description by the head the text gives the topic's product ("a cloudy tonic" in a page on
nettle tonics) is the topic's, as a definite one is. A fronted topic ("As for the collagen,") is no
subject: the subject after it names the claim's treatment. Short synthetic articles on made-up products, so
no devset article is fitted."""
from __future__ import annotations

from tests.extracting import article, claim_with
from tracker.extract import Candidate, extract_claims


def _arm(c: Candidate) -> str:
    frame = c.claim.frame
    assert frame is not None
    return f"{frame.intervention} {frame.intervention_norm}".lower()


_ROUNDUP = (
    "Parish Health Corner\n\n"
    "Spring has arrived, and so has the hay fever. Here is my round-up of what helps.\n\n"
    "Nettle tea. A cup of nettle tea eases itchy eyes within a day. It also calms a runny nose.\n\n"
    "Saline rinse. Rinsing the nose with salt water clears a blocked nose. It is cheap and safe for children.\n\n"
    "Some brands go further. One bottle promises \"cuts sneezing by half\". Labels are not evidence.\n")

_BOX = (
    "Spring Glow Box 2026\n\n"
    "Twelve days of skin-loving minis.\n\n"
    "What's inside\n"
    "- Day 1: DermaLift 0.5% Bakuchiol Serum (10 ml). Visibly smooths fine lines in two weeks. It is no less "
    "effective than prescription tretinoin, and with zero irritation.\n"
    "- Day 2: Silk Lip Tint. A sheer wash of colour.\n"
    "- Day 6: ClearBeam Blue Light Acne Wand. Zaps a spot overnight. Clinically proven to clear blemishes.\n"
    "- Day 9: HydraBurst Niacinamide Serum (15 ml). Fades dark spots fast.\n\n"
    "Questions and answers\n"
    "Q: Is the wand worth opening?\n"
    "A: It did nothing for my acne at all. (Verified buyer)\n\n"
    "Why we love it\n"
    "The niacinamide is the star. In a study the brand cites, a year of nightly retinol softened crow's feet "
    "lines by 40%.\n")


def test_a_run_in_heading_is_the_referent_of_its_paragraph() -> None:
    # the old code gave every paragraph of a round-up to the article's pick (nettle tea)
    cands = extract_claims(article(_ROUNDUP))
    assert "saline" in _arm(claim_with(cands, "clears a blocked nose"))
    assert "saline" in _arm(claim_with(cands, "cheap and safe for children"))
    # the first block keeps its own treatment
    assert "nettle" in _arm(claim_with(cands, "calms a runny nose"))


def test_a_clause_opening_a_paragraph_heads_no_block() -> None:
    from tracker.extract import _run_in_label, detect_intervention
    art = article(_ROUNDUP)
    primary = detect_intervention(art)
    assert _run_in_label("Some brands go further", art.text, primary) is None
    assert _run_in_label("Here is my round-up of what helps", art.text, primary) is None
    # a command, a conjunct and a time are no names of a treatment either
    assert _run_in_label("Switch to the foam", art.text, primary) is None
    assert _run_in_label("Or skip the lotion entirely", art.text, primary) is None
    assert _run_in_label("One week in", art.text, primary) is None
    assert _run_in_label("Stick with it", art.text, primary) is None  # a pronoun: a verb phrase, no name
    assert _run_in_label("Scalp Mode", art.text, primary) is None  # a device's setting is a way of using it
    label = _run_in_label("Saline rinse", art.text, primary)
    assert label is not None and "saline" in label.label.lower()


def test_a_list_items_named_product_is_its_claims_treatment() -> None:
    # "- Day 6: ClearBeam Blue Light Acne Wand. ... Clinically proven to clear blemishes": the old code
    # gave the wand's claim to the box's pick (niacinamide)
    cands = extract_claims(article(_BOX))
    assert "light" in _arm(claim_with(cands, "Clinically proven to clear blemishes"))
    assert "bakuchiol" in _arm(claim_with(cands, "Visibly smooths fine lines"))


def test_the_comparator_is_never_the_item_treatment_nor_the_next_clauses() -> None:
    # sign errors first: "no less effective than prescription tretinoin" read as a claim about tretinoin, or
    # "with zero irritation" given to tretinoin, puts the comparator's records on the claim's side
    cands = extract_claims(article(_BOX))
    for quote in ("no less effective than prescription tretinoin", "with zero irritation"):
        arm = _arm(claim_with(cands, quote))
        assert "bakuchiol" in arm and "tretinoin" not in arm


def test_a_definite_description_in_a_question_resolves_to_the_heading_it_names() -> None:
    # "Is the wand worth opening?" / "It did nothing for my acne": the wand of Day 6, not the box's pick
    cands = extract_claims(article(_BOX))
    assert "light" in _arm(claim_with(cands, "did nothing for my acne"))


def test_a_span_of_time_of_a_treatment_leaves_it_the_subject() -> None:
    # "a year of nightly retinol softened crow's feet": retinol's claim, not the page's pick
    cands = extract_claims(article(_BOX))
    arm = _arm(claim_with(cands, "a year of nightly retinol"))
    assert "retin" in arm and "niacinamide" not in arm


_TONIC = (
    "Nettle Tonics: What They Can and Cannot Do\n\n"
    "Nettle tonics are scalp lotions sold in health shops. Nettle tonic is said to calm an itchy scalp.\n\n"
    "Used every evening under sunscreen, a tonic can help calm scalp redness within a month. A cloudy tonic "
    "has stopped working, so throw it away.\n")


def test_a_treatment_inside_a_fronted_participle_phrase_is_not_the_subject() -> None:
    # the old code read "sunscreen" as the subject (four words before it, no comma) and gave it the claim
    c = claim_with(extract_claims(article(_TONIC)), "calm scalp redness")
    assert "nettle" in _arm(c) and "sunscreen" not in _arm(c)


def test_an_indefinite_description_by_the_topics_product_head_is_the_topic() -> None:
    # "A cloudy tonic" in a page on nettle tonics: a state of the topic's product, not a product of its own
    from tracker.extract import _topic_form, detect_intervention
    art = article(_TONIC)
    primary = detect_intervention(art)
    assert _topic_form("A cloudy tonic", primary, art.text)
    assert not _topic_form("A minoxidil tonic", primary, art.text)  # a listed treatment's name is its own
    assert not _topic_form("A cloudy shampoo", primary, art.text)


def test_a_fronted_topic_leaves_the_subject_after_it_the_claims_treatment() -> None:
    # "As for the collagen, marine collagen works better than bovine collagen": the old code found no
    # subject, both arms fell under one table entry, and the claim went to the page's pick (niacinamide)
    text = _BOX + "As for the collagen, marine collagen simply works better than bovine collagen.\n"
    arm = _arm(claim_with(extract_claims(article(text)), "marine collagen simply works"))
    assert "marine" in arm and "bovine" not in arm and "niacinamide" not in arm


def test_a_heading_the_block_never_takes_up_heads_nothing() -> None:
    # a name the table does not know heads its block only when the block's prose repeats it ("Saline
    # rinse. Rinsing the nose with salt water ...": "rins-"); "Quiet evenings." over prose about sleep does not
    from tracker.extract import _run_in_topics, detect_intervention, sentences
    text = _ROUNDUP + "\nQuiet evenings. Going to bed early clears a blocked nose faster.\n"
    art = article(text)
    sents = sentences(art.text)
    topics = {art.text[sents[j].start:sents[j].end]: c.label.lower()
              for j, c in _run_in_topics(art.text, sents, detect_intervention(art)).items()}
    assert "saline" in topics["Rinsing the nose with salt water clears a blocked nose"]
    assert "Going to bed early clears a blocked nose faster" not in topics
