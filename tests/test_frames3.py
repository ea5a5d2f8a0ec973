"""FRAME3 (session 16): what a claim's outcome, magnitude and time frame are, read from general English
structure: the property one comparative names, what a figure or a noun of change says changes, the part a
privative of harm spares, the process a relative clause names, a negated causative, the first or n-th
occasion of use, "by half", fractions of people, elapsed time ("six weeks in"), "by morning", "at 12 weeks"."""

from __future__ import annotations

import pytest

from tracker.frames import (
    changed_quantity,
    comparative_outcome,
    magnitude_of,
    parse_frame,
    time_frame_of,
)

# --- the property one comparative names ---------------------------------------------------------


def test_predicated_comparative_names_its_subjects_property() -> None:
    # "look thicker": the lashes' thickness, over a label that names only the lashes
    f = parse_frame("My lashes do look thicker already", intervention="castor oil", outcome="lashes", quote=None)
    assert f.outcome == "lash thickness"


def test_pro_form_ones_gives_the_property_alone() -> None:
    f = parse_frame("but the top ones are definitely longer", intervention="castor oil", outcome="but ones")
    assert f.outcome == "length"  # an adjective whose property noun is an old -th noun


def test_attributive_comparative_after_a_figure() -> None:
    f = parse_frame("most customers see up to 30% fuller lashes within a month", intervention="castor oil",
                    outcome="hair growth in hair loss", outcome_kind="efficacy")
    assert f.outcome == "lash fullness"
    assert (f.magnitude_value, f.magnitude_kind, f.magnitude_bound) == (30.0, "percent_change", "max")


def test_verbless_comparative_after_a_degree_adverb() -> None:
    f = parse_frame("Visibly brighter after your very first use", intervention="vitamin C iontophoresis",
                    outcome="hyperpigmentation and dark spots", outcome_kind="efficacy")
    assert f.outcome == "brightness"
    assert (f.magnitude_value, f.magnitude_kind) == (1.0, "sessions")


def test_coordinated_comparatives_before_the_object_of_see() -> None:
    quote = "Up to 80% of users see smoother, more even skin in just two weeks"
    f = parse_frame(quote, intervention="vitamin C", outcome="smoother", quote=quote)
    assert f.outcome == "skin smoothness and evenness"  # never the bare adjective


@pytest.mark.parametrize("text", [
    "It is gentler than retinol",                         # the treatment compared, no outcome's property
    "Liver damage is rare",                                # a clause's subject, not a verbless comparative
    "together with the chlorophyll it doubles the effect",  # an -er word that is no comparative
    "Two weeks in, I think the lines between my brows are softer.",  # "brows" ends a phrase, not the subject
    "Another review of 19 trials concluded that collagen reduces skin ageing",  # a stem of two syllables
    "Mesoroller saturates the dermis with moisture",  # a verb and its object follow the noun
    "stronger nails and shinier hair",                # a list of comparatives on different nouns
])
def test_no_comparative_property(text: str) -> None:
    noun, prop = comparative_outcome(text, "retinol chlorophyll")
    assert (noun, prop) == ("", "") or noun != "brow"


# --- what a figure or a noun of change says changes --------------------------------------------


def test_nothing_for_names_the_outcome_over_an_unused_label() -> None:
    f = parse_frame("Honestly, it did nothing for my sleep", intervention="mouth taping", outcome="snoring",
                    outcome_kind="efficacy")
    assert (f.relation, f.outcome) == ("no_effect", "sleep")


def test_figure_before_a_comparative_quantifier_without_than() -> None:
    text = "The brand we tested, HushStrip, promises up to 80% less snoring and fresher breath"
    assert changed_quantity(text) == "snoring"
    assert parse_frame(text, outcome="brand we tested").outcome == "snoring"


def test_figure_before_a_noun_of_change() -> None:
    f = parse_frame("A 250% dopamine boost that keeps you lifted for hours", intervention="cold plunge")
    assert f.outcome == "dopamine"
    assert (f.magnitude_value, f.magnitude_kind) == (250.0, "percent_change")


def test_noun_of_change_takes_what_changes_after_in() -> None:
    assert changed_quantity("a 25% increase in hair count") == "hair count"
    assert changed_quantity("no increase in precancerous cell changes") == "precancerous cell changes"
    assert changed_quantity("a big boost for everyone") == ""


# --- denied harms, processes, penetration -------------------------------------------------------


def test_privative_of_harm_with_the_part_it_spares() -> None:
    f = parse_frame("Red light is harmless to the eyes", intervention="red light", outcome="adverse effects",
                    outcome_kind="safety")
    assert (f.relation, f.outcome) == ("denies_harm", "eye damage")
    f = parse_frame("Castor oil is completely safe around the eyes", intervention="castor oil",
                    outcome="adverse effects", outcome_kind="safety")
    assert f.outcome == "eye damage"
    assert parse_frame("It is totally harmless", outcome="adverse effects", outcome_kind="safety").outcome == "harm"


def test_relative_clause_names_the_process_an_object_serves() -> None:
    f = parse_frame("vitamin C switches off the enzyme your skin uses to make pigment", intervention="vitamin C",
                    outcome="enzyme")
    assert f.outcome == "pigment production"


def test_moving_an_object_deeper_is_its_penetration() -> None:
    f = parse_frame("Its gentle galvanic current drives vitamin C deeper into the skin than fingertips ever could",
                    intervention="iontophoresis", outcome="gentle galvanic current")
    assert f.outcome == "vitamin c penetration"
    f = parse_frame("The pen pushes your serum up to 22 times deeper", intervention="pen", outcome="serum")
    assert f.outcome == "serum penetration"


def test_negated_causative_names_the_change_denied() -> None:
    f = parse_frame("needling can't make alopecia areata spread", intervention="microneedling",
                    outcome="adverse effects", outcome_kind="safety")
    assert (f.relation, f.outcome) == ("denies_harm", "alopecia areata spreading")


# --- magnitude ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Deeper sleep from your very first plunge.", (1.0, "sessions", "sessions", "typical")),
    ("you see a change by the second session", (2.0, "sessions", "sessions", "typical")),
    ("My partner says my snoring dropped by about half", (50.0, "%", "percent_change", "typical")),
    ("my acne scars are about half as deep now", (50.0, "%", "percent_change", "typical")),
    ("Only about a third of people respond to topical minoxidil in any case", (33.0, "%", "proportion", "typical")),
])
def test_magnitudes(text: str, expected: tuple) -> None:
    assert magnitude_of(text) == expected


@pytest.mark.parametrize("text", [
    "Zinc lozenges work within 24 hours of the first dose",  # "of the first dose" dates a time frame
    "It is gentle enough for sensitive skin from the first night",  # a unit of time, no session
    "a quarter of a milligram a day worked as well as the lotion",  # a fraction of a dose, no share of people
])
def test_no_session_or_share(text: str) -> None:
    mag = magnitude_of(text)
    assert mag is None or mag[2] not in ("sessions", "proportion")


# --- time frame ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text,days", [
    ("Six weeks in and my knee pain is basically gone.", 42.0),
    ("Two weeks in, I think the lines between my brows are softer.", 14.0),
    ("fresher breath by morning", 1.0),
    ("Gone by the next morning.", 1.0),
    ("I woke up feeling more rested from the very first night", 1.0),
    ("Lighter melasma patches at 12 weeks", 84.0),
])
def test_time_frames(text: str, days: float) -> None:
    tf = time_frame_of(text)
    assert tf is not None and tf[1] == days


@pytest.mark.parametrize("text", [
    "Two minutes a day in cold water cuts inflammation in half.",  # "a day in cold water": no time elapsed
    "Women at 40 years old lose collagen",                         # an age, no point of follow-up
])
def test_no_time_frame(text: str) -> None:
    tf = time_frame_of(text)
    assert tf is None or tf[1] not in (1.0, 280.0, 84.0)


def test_state_with_or_without_after_an_intransitive_verb() -> None:
    assert parse_frame("I also stopped waking with a dry mouth", outcome="waking").outcome == "dry mouth"
    assert parse_frame("Wake up without sleep creases", outcome="wake").outcome == "sleep creases"
    assert parse_frame("Start using it with a moisturiser", outcome="using").outcome == "using"  # "it" is its object


def test_a_label_the_claim_names_apart_from_the_comparative_stands() -> None:
    # the list item "fewer scars" read with its own label: the caller picked one of the claim's outcomes
    assert parse_frame("Smoother skin, fewer scars", intervention="dermapen", outcome="scars").outcome == "scars"


@pytest.mark.parametrize("text", [
    "A stabilised 0.1% retinol cut crow's-feet lines by 44% over a year of use",  # "cut" is the verb
    "its 96% snail filtrate boosts hydration by 200% after a single use",        # "boosts" is the verb
])
def test_a_verb_of_change_after_a_concentration_is_no_noun_of_change(text: str) -> None:
    assert changed_quantity(text) in ("", "hydration", "crow's-feet lines")
    assert parse_frame(text, intervention="retinol serum").outcome not in ("retinol", "snail filtrate")


def test_a_label_that_is_the_comparative_itself_gives_way() -> None:
    f = parse_frame("biopsies show the outer layer actually gets thicker", intervention="tretinoin", outcome="thicker")
    assert f.outcome == "layer thickness"


def test_a_verb_of_change_before_in_is_no_noun_of_change() -> None:
    assert changed_quantity("blood pressure drops in older adults") == ""
    assert changed_quantity("a significant drop in blood pressure") == "blood pressure"


def test_a_noun_of_change_by_its_suffix_needs_no_determiner() -> None:
    text = "Studies of microneedling with tranexamic acid report improvements in melasma severity of up to 57%"
    assert changed_quantity(text) == "melasma severity"
