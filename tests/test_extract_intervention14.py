"""Round 14 (INT14, issue #14): which treatment a claim is about, in copy the rules were not written on.

The object of a verb of remedying ("treating cracked heels") is the condition, never the treatment; a
brand is what the next line's definite description says it is ("The pocket-sized ultrasound device
that ..."); a noun modifying a person's trade ("a software engineer") names no treatment; a word that
numbers the copy's parts ("SCENE 3", "SCENE 4") is layout, never a name; a camel-case brand whose part is
a clipping ("Hydro" of "hydrotherapy") is named by the unclipped compound. Short synthetic articles on
made-up topics, so no devset article is fitted."""
from __future__ import annotations

from tests.extracting import frame_intervention as _frame_intervention
from tests.extracting import titled_article as _article
from tracker.extract import detect_intervention


def test_the_object_of_a_treating_verb_is_the_condition_not_the_treatment() -> None:
    # the old code took the title's object, "gums", for the main intervention
    body = ("Bleeding gums are common after forty. Your dentist will first check your gums for pockets.\n\n"
            "## The rinse\n\nOne favourite option is an oil-pulling rinse with coconut oil. Coconut oil is swished "
            "round the mouth for ten minutes. Coconut oil cut plaque scores in a small trial, and sore gums "
            "settled within weeks. Coconut oil also freshens breath.\n\n"
            "## What else works\n\nFlossing every day still matters most for gums.")
    art = _article("Ten minutes a day: the old, cheap way dentists are treating bleeding gums", body)
    label = detect_intervention(art).label.lower()
    assert "gum" not in label
    assert "coconut" in label


def test_a_brand_is_what_the_next_line_describes() -> None:
    # no listed treatment defines the brand: the old code fell back to a word of the founders' trades
    body = ("SONIQ: Calm. Clear. Bright.\n"
            "The pocket-sized ultrasound device that clears your pores in 3 minutes a day.\n"
            "Why we built SONIQ\n"
            "Hi, we're Ana and Ben. Ana ran an ultrasound clinic for ten years. Ben is a software engineer. "
            "We wanted the clinic's results at home.\n"
            "How it works\n"
            "SONIQ sends gentle ultrasound waves through a steel tip. The waves loosen oil in the pores.\n"
            "In our backer trial, pores looked smaller after 14 days.\n"
            "Risks and challenges\n"
            "Software is hard, but our app is ready.")
    art = _article("SONIQ: the 3-minute pore facial you can take anywhere | Crowdfunding", body,
                   title_in_text=False)
    concept = detect_intervention(art)
    assert concept.label.lower() == "ultrasound device"
    assert any("SONIQ" in p for p in concept.subject_patterns)  # the brand still names it as a subject


def test_a_word_of_a_persons_trade_is_never_the_main_intervention() -> None:
    # the brand is never defined, so the recurring-phrase fallback runs; the old code took "software"
    # from "Ben is a software engineer" and "Software is hard"
    body = ("Why we built ZENTRO\n"
            "Hi, we're Ana and Ben. Ben is a software engineer. We wanted calm skin for everyone.\n"
            "ZENTRO calms redness in a week, our backers say.\n"
            "Risks\n"
            "Software is hard, but our app is ready.")
    art = _article("ZENTRO | Crowdfunding", body, title_in_text=False)
    assert "software" not in detect_intervention(art).label.lower()


def test_a_numbered_layout_label_names_no_treatment() -> None:
    # the old code took "SCENE" for the treatment that the pronouns below "SCENE 2" stand for
    body = ("SCENE 1 (hook)\nI stopped buying lip plumpers.\nThis $9 cube does the job.\n\n"
            "SCENE 2\nIt also calms cold sores.\nMy cracked corners? Gone since I started.\n\n"
            "SCENE 3 (myth scene, red background)\nMYTH: ice rolling causes frostbite.\n"
            "TRUTH: with a cloth it won't hurt anything.\n\n"
            "SCENE 4\nIce rolling shrinks puffy lips in two minutes.\nIce rolling boosts blood flow by 300%.\n\n"
            "CAPTION\nIce rolling cleared my chapped lips in a week.")
    art = _article("ICE ROLLING 101 | carousel + voiceover script", body)
    assert "scene" not in _frame_intervention(art, "It also calms cold sores")


def test_a_camel_case_brand_is_named_by_its_unclipped_parts() -> None:
    # "Hydro" is no word by itself: it clips "hydrotherapy", which the page spells in full
    body = ("HydroFacial\nSofter skin in 20 minutes\n"
            "Our signature HydroFacial uses warm jets of water to cleanse your face. A HydroFacial smooths "
            "rough skin in a single session.\n"
            "Spas have offered hydrotherapy for centuries. The same warmth relaxes tired muscles.\n"
            "Does it hurt?\nNot at all.\n"
            "A single HydroFacial is £60.")
    art = _article("HydroFacial | Wave & Bloom Day Spa", body, title_in_text=False)
    concept = detect_intervention(art)
    assert concept.label.lower() == "hydrotherapy facial"
    assert concept.regex.search("Our signature HydroFacial uses")  # the brand stays one of its names


def test_an_appositive_after_a_class_noun_names_the_member() -> None:
    # the old code worded the claim's treatment by the class noun, "retinoid"
    body = ("Thick, scaly plaques on the elbows are hard to shift. Retinoids are one answer; retinoids thin the "
            "scale.\n\n"
            "## What works\n\nA retinoid cream, tazarotene, used nightly for twelve weeks, can flatten the plaques "
            "and it also eases the itching that comes with them.")
    art = _article("Retinoids for elbow plaques: what your doctor may suggest", body)
    assert "tazarotene" in _frame_intervention(art, "flatten the plaques")
