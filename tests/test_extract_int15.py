"""INT15 (issue #14): which treatment a claim is about, from document structure the rules misread.

A listicle's title counts the entries ("The 4 Best Birch Sap Mists"): its plural head is the kind of
item listed and the compound before it the treatment they share, so the numbered entries, each sold
under a brand and a price, are that treatment's forms. A masthead (the publication's proper name over
the headline) and a post's byline (a name, an @handle, a date) name no treatment. A table treatment
the article calls by another name is asked about by that name, the table's label kept beside it.
Short synthetic articles on made-up products, so no devset article is fitted."""
from __future__ import annotations

from tests.extracting import article, claim_with, markdown_article, question_of
from tracker.extract import detect_intervention, extract_claims

_LISTICLE = (
    "The 4 Best Birch Sap Mists of 2026, Tested\n\n"
    "By Ann Lee | Updated 1 May 2026\n\n"
    "Birch sap has moved from the spa to the bathroom shelf. Birch sap is said to soothe and hydrate. "
    "Our testers used four mists for a month.\n\n"
    "1. OceanVeil Kelp Mist - best overall (£14)\n"
    "A fine spray that dries in seconds. It softens dry patches within a week.\n\n"
    "2. Dr. Frond Calming Spritz - best for redness (£22)\n"
    "This is the one for flushed cheeks. It calms redness after shaving.\n\n"
    "3. Tidal Bloom Face Water - best for oily skin (£11)\n"
    "A lighter formula. It reduces shine by midday.\n\n"
    "4. KelpCo Night Spray - best for mature skin (£19)\n"
    "Birch sap boosts collagen, so this spray is aimed at older skin.\n")


def test_a_title_counting_entries_names_the_treatment_they_share() -> None:
    # the old code read the compound before the counted head ("Birch Sap Mists") as a modifier naming
    # nothing and took the first brand for the article's treatment
    assert "birch sap" in detect_intervention(article(_LISTICLE)).label.lower()


def test_numbered_brand_entries_under_a_counting_title_are_forms_of_its_treatment() -> None:
    # the old code gave each entry's claims to the entry's brand ("dr frond calming spritz")
    cands = extract_claims(article(_LISTICLE))
    for words in ("calms redness", "softens dry patches", "reduces shine"):
        frame = claim_with(cands, words).claim.frame
        assert frame is not None and "birch sap" in f"{frame.intervention} {frame.intervention_norm}".lower(), words


def test_an_adjective_before_a_counted_head_is_no_treatment() -> None:
    # "5 Natural Remedies": a lone word before the counted head may be an adjective; the listed
    # remedies stay the candidates (the old and new code agree)
    text = ("5 Natural Remedies for Dry Skin That Work\n\n"
            "Natural is not always gentle. Here are five we like.\n\n"
            "1. Oat milk\n"
            "Oat milk soothes itching. Oat milk is mild enough for babies.\n\n"
            "2. Honey\n"
            "Honey helps cracked skin heal. Honey is sticky but it works.\n")
    assert detect_intervention(article(text)).label.lower() != "natural"


def test_a_masthead_over_the_headline_names_no_treatment() -> None:
    # the old code lower-cased the masthead before asking whether it is a proper name, and took
    # "Fenbury Courier" (the title, repeated in the footer) for the treatment
    text = ("# The Fenbury Courier\n\n"
            "## Your Letters: readers on goat milk soap\n\n"
            "**Twenty years on**\n\n"
            "I have washed with goat milk soap for twenty years and my eczema has never come back. "
            "Goat milk soap is gentle enough for a newborn.\n\n"
            "*Jo Hart, Fenbury*\n\n"
            "**A word of caution**\n\n"
            "Goat milk soap can still sting broken skin, so patch test it first.\n\n"
            "*Write to Letters, The Fenbury Courier, 2 High Street, Fenbury.*\n")
    assert "goat milk soap" in detect_intervention(markdown_article(text)).label.lower()


def test_a_byline_with_a_handle_and_a_date_is_no_headline() -> None:
    # the old code took the month of the byline's date ("Mar", repeated in every reply's
    # timestamp) for the article's treatment
    text = ("Dr Ana Ruiz, GP (@drruiz) · 5 Mar 2026\n"
            "Thread: Oil pulling is all over my feed again. Here's what it does and doesn't do. 1/4\n\n"
            "2/4 Oil pulling does not whiten teeth. Oil pulling may freshen breath for an hour.\n\n"
            "3/4 It won't replace brushing.\n\n"
            "Replies\n\n"
            "@gleam_jo · 5 Mar\nOil pulling cured my gum disease!\n\n"
            "@drruiz · 5 Mar\nGlad you like it, but it can't cure gum disease.\n\n"
            "@mint_ray · 6 Mar\nI tried it for a week.\n")
    assert "oil pulling" in detect_intervention(article(text)).label.lower()


def test_a_table_treatment_is_asked_about_by_the_articles_name_for_it() -> None:
    # the old code named the question by the table's label alone ("botulinum toxin"), a name the
    # article never uses
    text = ("Botox for frown lines: what to expect\n\n"
            "Botox relaxes the muscles that crease the forehead. Botox softens frown lines within a week. "
            "The results of Botox last about three months.\n")
    cands = extract_claims(article(text))
    q = question_of(cands, claim_with(cands, "softens frown lines"))
    assert "botox" in q.intervention.lower() and "botulinum" in q.intervention.lower()


def test_a_capitals_label_is_no_headline_and_boosting_anothers_results_is_an_add_on() -> None:
    # the old code took "FOR IMMEDIATE RELEASE" for the headline and the base treatment the headline
    # names, minoxidil, for the article's treatment; "X Boosts Minoxidil Results" gives X with it
    text = ("FOR IMMEDIATE RELEASE\n\n"
            "New Study: GlowCap Light Helmet Boosts Minoxidil Results in Men\n\n"
            "Men who added the helmet to their minoxidil grew more hair than with minoxidil alone. "
            "Light therapy at home is now clinic-grade. Minoxidil users saw results in 8 weeks.\n\n"
            "This release contains forward-looking statements.\n")
    label = detect_intervention(article(text)).label.lower()
    assert "minoxidil" in label and "light" in label and "plus" in label


def test_a_coordinated_clause_with_its_own_subject_is_about_that_treatment() -> None:
    # the old code gave the second clause to the sentence's first treatment, the article's topic
    text = ("Snake venom cream versus Botox\n\n"
            "Snake venom cream tingles when you apply it. Snake venom cream smooths fine lines in weeks.\n\n"
            "Snake venom cream is the cheaper choice for fine lines, but Botox still wins on deep frown lines.\n")
    cands = extract_claims(article(text))
    frame = claim_with(cands, "still wins").claim.frame
    assert frame is not None and "botox" in f"{frame.intervention} {frame.intervention_norm}".lower()


def test_the_two_together_refers_to_the_last_two_treatments_named() -> None:
    # the old code made "two together" a treatment of its own
    text = ("Peppermint oil for hair: what the research says\n\n"
            "Peppermint oil is popular for thin hair. Peppermint oil wakes up the scalp.\n\n"
            "Dermatologists prefer minoxidil. In one trial, minoxidil worked about as well as microneedling, "
            "and the two together work better than either.\n")
    cands = extract_claims(article(text))
    frame = claim_with(cands, "two together").claim.frame
    assert frame is not None
    about = f"{frame.intervention} {frame.intervention_norm}".lower()
    assert "plus" in about and "minoxidil" in about and "microneedling" in about


def test_a_source_of_evidence_as_subject_is_no_treatment() -> None:
    # the old code took "Earlier sham-controlled trials" for a treatment of its own
    text = ("Cold caps for hair loss during chemotherapy\n\n"
            "Cold caps cool the scalp during each infusion. Cold caps reduce hair loss in many patients.\n\n"
            "Earlier sham-controlled trials have already shown that scalp cooling alone keeps more hair.\n")
    cands = extract_claims(article(text))
    frame = claim_with(cands, "Earlier sham-controlled trials").claim.frame
    assert frame is not None and "trial" not in f"{frame.intervention} {frame.intervention_norm}".lower()



def test_a_list_items_label_is_the_subject_of_its_predicate() -> None:
    # the old code gave "beats retinol hands down" to retinol, the comparator, and the next item to
    # the treatment before it
    text = ("Azelaic acid for dark spots: a dermatologist's view\n\n"
            "Azelaic acid fades dark spots over three months. Azelaic acid is gentle on most skin.\n\n"
            "Asked about the other products her patients bring up, her verdicts were:\n\n"
            "- A kojic acid soap: beats retinol hands down\n"
            "- Rice water toner: no better than plain water\n")
    cands = extract_claims(article(text))
    for words, name in (("hands down", "kojic"), ("plain water", "rice water")):
        frame = claim_with(cands, words).claim.frame
        assert frame is not None and name in f"{frame.intervention} {frame.intervention_norm}".lower(), words
