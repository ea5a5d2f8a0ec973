"""Claim frames FRAME4 (issue #14): outcomes, populations and comparators by structure.

The sentences are written for these tests (none is a benchmark quote). Each construction failed on the
session-17 start (9615e59; the guards beside them passed there too): a comparative adverb grading a verb's
process ("heals faster"), a coordination whose conjuncts repeat their quantifier ("less swelling and less
soreness"), a verbless quantifier and noun ("and fewer blackheads"), a verb of harmful change ("dries out",
"stains") or loss ("won't fall out") naming the state it leaves, a fronted "unlike" adjunct after a lead-in or
a complementiser, a comparison with a prepositional complement ("as kind to curls as", "more zinc into your
body than") or a preposition before the arm ("than with a cold compress"), a comparative noun after a verb of
expecting, a discomfort named by a harm claim's subject, and populations in adjuncts (a site's skin, animals,
a life stage said of what happens in it, "kids", a people noun with a with-phrase as subject), read only up to
the end of the claim's own conjunct.
"""

from __future__ import annotations

import pytest

from tracker.frames import object_list, parse_frame, population_of


@pytest.mark.parametrize("text, outcome", [
    ("The balm helps the lips heal faster after a peel", "lip healing"),
    ("Applied nightly, it helps nails grow longer", "nail growth"),
    ("My beard grows faster since I started the oil", "beard growth"),
    ("Sunburnt skin peels faster", "sunburnt skin peeling"),
])
def test_comparative_adverb_names_the_process(text: str, outcome: str) -> None:
    assert parse_frame(text, topic="the balm").outcome == outcome


@pytest.mark.parametrize("text", [
    "It works faster than the old gel",
    "Your skin looks younger",
])
def test_comparative_of_manner_or_linking_verb_names_no_process(text: str) -> None:
    out = parse_frame(text, topic="the gel").outcome or ""
    assert "working" not in out and "looking" not in out


def test_two_conjuncts_with_a_repeated_quantifier() -> None:
    assert object_list("fewer blemishes and fewer blackheads after a month", "blemishes") == "blemishes and blackheads"
    # a label naming one conjunct gives way to the list its quantifier ranges over
    assert parse_frame("fewer blemishes and fewer blackheads after a month", topic="the wash",
                       outcome="blemishes").outcome == "blemishes and blackheads"
    # two adjectives after their noun are no list of outcomes
    assert object_list("It can leave skin red and flaky", "skin red") == ""


@pytest.mark.parametrize("text, outcome", [
    ("The mask never dries out the lips", "lip dryness"),
    ("This toothpaste won't stain your teeth", "teeth staining"),
    ("The gel won't dry your skin out", "skin dryness"),
])
def test_denied_change_names_the_state_it_leaves(text: str, outcome: str) -> None:
    f = parse_frame(text, topic="the mask")
    assert f.relation == "denies_harm"
    assert f.outcome == outcome


def test_harmful_change_names_the_state_it_leaves() -> None:
    f = parse_frame("The wash dries out my hands", topic="the wash")
    assert (f.relation, f.outcome) == ("harm", "hand dryness")


@pytest.mark.parametrize("text", [
    "Why I switched: Unlike clay masks, it never tightens the skin.",
    "I was told that, unlike chemical peels, the pads do not cause peeling.",
])
def test_unlike_adjunct_after_a_lead_in(text: str) -> None:
    cmp = parse_frame(text, topic="the pads").comparator or ""
    assert cmp in ("clay masks", "chemical peels")


@pytest.mark.parametrize("text, population", [
    ("On facial skin, the serum raised collagen in biopsies", "facial skin"),
    ("Even in rats, the lotion sped up wound closure.", "rats"),
    ("It cannot stop postpartum hair loss", "postpartum women"),
    ("The rinse is gentle enough for kids", "children"),
    ("Clients with eczema tell us the itch eases within days", "clients with eczema"),
])
def test_population_in_adjuncts(text: str, population: str) -> None:
    assert population_of(text) == population


@pytest.mark.parametrize("text", [
    "On your skin it feels cool",
    "On the treated skin, redness fades fast",
    "Users say it works",
])
def test_no_population_from_a_determined_site_or_bare_people(text: str) -> None:
    assert population_of(text) is None


def test_population_of_a_later_conjunct_does_not_scope_back() -> None:
    text = "It's also my trick for stronger nails and clearer skin, and my postpartum hair loss slowed within weeks."
    assert parse_frame(text, topic="the tea", quote="It's also my trick for stronger nails and clearer skin").population is None
    assert parse_frame(text, topic="the tea", quote="my postpartum hair loss slowed within weeks").population == "postpartum women"


def test_most_customers_is_no_population() -> None:
    assert population_of("The spray eases cramps for most customers") is None


@pytest.mark.parametrize("text, comparator, outcome", [
    ("The wand pushes the serum deeper into the skin than fingertips do", "fingertips", None),
    ("It is twice as kind to curls as a cotton towel", "cotton towel", None),
    ("The patch gets more zinc into your body than a pill does", "pill", "zinc"),
])
def test_comparison_with_a_prepositional_complement(text: str, comparator: str, outcome: str | None) -> None:
    f = parse_frame(text, topic="the wand")
    assert f.relation == "superior"
    assert f.comparator == comparator
    if outcome is not None:
        assert f.outcome == outcome


@pytest.mark.parametrize("text, outcome", [
    ("Expect smoother hands after a week", "hand smoothness"),
    ("Calmer, deeper breathing usually follows within minutes.", "breathing"),
])
def test_comparative_noun_after_a_verb_of_expecting_or_before_one_of_occurring(text: str, outcome: str) -> None:
    out = parse_frame(text, topic="the balm", intervention="the balm").outcome or ""
    assert out.startswith(outcome)


@pytest.mark.parametrize("text, outcome", [
    ("Two weeks in and fewer blackheads.", "blackheads"),
    ("Six weeks on, and much less flaking!", "flaking"),
    ("far fewer flakes on my collar", "flakes"),
])
def test_verbless_quantifier_names_what_changed(text: str, outcome: str) -> None:
    assert parse_frame(text, topic="the balm").outcome == outcome


def test_discomfort_named_by_the_subject_of_a_harm_claim() -> None:
    f = parse_frame("A slight sting for the first few days is expected", topic="the acid")
    assert (f.relation, f.outcome) == ("harm", "stinging")


def test_negated_loss_said_of_the_subject() -> None:
    f = parse_frame("Unlike brow gels, your brows won't fall out when you stop", topic="the oil")
    assert (f.relation, f.outcome, f.comparator) == ("denies_harm", "brow loss", "brow gels")
    assert parse_frame("Your lashes will not fall out", topic="the oil").outcome == "lash loss"


def test_preposition_before_the_compared_arm_is_not_its_name() -> None:
    assert parse_frame("Bruising fades faster than with a cold compress", topic="arnica").comparator == "cold compress"
    assert parse_frame("Swelling settles sooner than with ice alone", topic="arnica").comparator == "ice alone"


def test_parallel_settings_are_no_compared_arm() -> None:
    assert parse_frame("The drops are just as gentle on children as on adults", topic="the drops").comparator is None
    assert parse_frame("Zinc sprays are just as effective in children as in adults", topic="zinc").comparator is None
