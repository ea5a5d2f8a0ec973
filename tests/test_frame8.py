"""Claim frames FRAME8 (issue #14): the asserted relation on unseen copy (test15 and dev11, never tuned on before
session 20), read by structure.

The sentences are written for these tests (none is a benchmark quote). Each construction failed on the session-start
tree (62b8608); the guards beside them passed there too:

- a verbless "with" adjunct lowering a treatment's own harm or burden ("with fewer side effects", "with less pain
  and a shorter recovery") has no state before the treatment to compare with: its standard is the other arm,
  superiority; two arms' frequencies set against each other ("1 of 16 ..., against 11 of 16 ...") compare the arms;
  any comparative of a wanted degree against another treatment ("sinks deeper than regular retinol") is superiority,
  and "ordinary" before an active ingredient's name is that active's standard version, no inactive control;
- a minimiser over a verb of perception ("barely notice it", "hardly felt the needles") denies a harm, or of a
  result ("barely noticed any difference") says no effect;
- a modal of possibility over a harm verb ("It can itch.") asserts the harm; taking the body's own water or oils out
  of it ("pulls water out of your skin") is a harm;
- motion into the body with an inward particle ("helps the serum get in", "carry it in"), acting against a
  messenger's action named by its noun and agent, and a substance's own capacity ("N times its weight in water")
  are mechanisms;
- a strength before a noun after "as well as" names the other arm; "the same result at home" names the other arm
  by the contrast of setting, and a price compared is no arm; a conditional of indifference ("whether you stretch
  or not") says the action makes no difference;
- `polarity._improvement_comparative` replaces the closed list of wanted-state comparatives by morphology and the
  harm vocabulary, hue and the lower poles of general scales left to the noun.
"""

from __future__ import annotations

import pytest

from tracker.frames import parse_frame, relation_of
from tracker.polarity import _improvement_comparative


@pytest.mark.parametrize("text", [
    "with fewer side effects",
    "with far less pain and a quicker recovery",
    "and with less downtime",
])
def test_a_verbless_with_adjunct_lowering_a_burden_is_superiority(text: str) -> None:
    assert relation_of(text) == "superior"


def test_the_adjunct_with_a_standard_of_its_own_or_a_clause_is_read_as_before() -> None:
    assert relation_of("- less pain when walking") == "benefit"  # a bare outcome that fell (as before)
    assert relation_of("It calms redness with fewer side effects than hydrocortisone") == "superior"


@pytest.mark.parametrize("text, relation", [
    ("In a small trial, only 2 of 20 men got a rash from the foam, against 9 of 20 using the liquid", "superior"),
    ("12 of 30 patients regrew hair, compared with 4 of 30 on the older lotion", "superior"),
    ("9 of 20 patients had redness, against 2 of 20 on the placebo cream", "harm"),
])
def test_two_arms_frequencies_compare_the_arms(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_a_wanted_comparative_against_another_treatment_is_superiority() -> None:
    assert relation_of("its small molecules sink deeper than ordinary hyaluronic acid") == "superior"
    assert relation_of("it hydrates better than an ordinary moisturiser") == "benefit"  # an inactive control (as before)


@pytest.mark.parametrize("text, kind, relation", [
    ("most patients barely notice it once the numbing cream wears off", "safety", "denies_harm"),
    ("you will hardly feel the needles", None, "denies_harm"),
    ("I barely noticed any difference after two months", None, "no_effect"),
])
def test_a_minimiser_over_a_verb_of_perception(text: str, kind: str | None, relation: str) -> None:
    assert relation_of(text, outcome_kind=kind) == relation


@pytest.mark.parametrize("text, relation", [
    ("It can itch.", "harm"),
    ("The pen can bruise the thin skin under the eyes", "harm"),
    ("Your scalp may itch less after a week", "benefit"),  # a harm lessened (guard)
    ("in very dry rooms the serum can pull water out of your skin", "harm"),
    ("the shampoo will not strip your hair of its natural oils", "denies_harm"),
    ("The clay draws impurities out of pores", "benefit"),  # a problem taken out (guard)
])
def test_a_possible_harm_and_the_body_s_own_water_taken(text: str, relation: str) -> None:
    assert relation_of(text) == relation


@pytest.mark.parametrize("text", [
    "Rolling the skin first helps the serum get in",
    "the micro-channels carry it in instead of an injection",
    "Red light goes deep 4 mm into the scalp",
    "Caffeine counteracts the suppression of follicle growth by testosterone",
    "it holds up to 500 times its weight in water",
])
def test_delivery_counteraction_and_capacity_are_mechanisms(text: str) -> None:
    assert relation_of(text) == "mechanism"


def test_get_in_as_an_idiom_is_no_delivery() -> None:
    assert relation_of("It helps you get in shape") != "mechanism"
    assert relation_of("It helps your skin heal") == "benefit"


def test_parity_named_by_strength_setting_and_price() -> None:
    assert relation_of("the lotion regrew hair as well as 5% minoxidil foam") == "equivalent"
    assert relation_of("The wand gives you the same result at home") == "equivalent"
    assert relation_of("The wand gives you the same result at home, for less than the price of one visit") == "equivalent"
    assert relation_of("You get the same results every time") == "benefit"  # no second arm (as before)


def test_a_conditional_of_indifference_is_no_effect() -> None:
    assert relation_of("soreness fades within two days whether you stretch or not") == "no_effect"
    assert relation_of("Use it whether your skin is dry or oily") == "benefit"  # a scope of use, not the action


def test_an_attributive_adjective_after_a_numeral_describes_its_noun() -> None:
    assert relation_of("One gentle pass removes dead skin") == "benefit"
    assert relation_of("It is gentle") == "denies_harm"  # a predicate (as before)


@pytest.mark.parametrize("c, clause, wanted", [
    ("faster", "won't make it grow any", True),
    ("more radiant", "", True),
    ("better", "", True),
    ("greasier", "", False),   # an unwanted state
    ("redder", "", False),     # a problem's property noun (redness)
    ("older", "", False),      # the lower pole of a general scale
    ("slower", "", False),
    ("darker", "won't make your lashes any", False),  # hue: the noun's valence, left to the other readers
    ("smaller", "won't make your scars any", False),  # a problem noun graded
    ("other", "", False),      # no comparative
    ("water", "", False),
])
def test_improvement_comparative_by_structure(c: str, clause: str, wanted: bool) -> None:
    assert _improvement_comparative(c, clause) is wanted


def test_negated_comparatives_read_through_the_structural_valence() -> None:
    assert relation_of("Extra capsules won't make your nails grow any faster") == "no_effect"
    assert relation_of("The peel won't make your skin any greasier") == "denies_harm"
    assert relation_of("PRP won't make your skin darker") != "no_effect"  # hue on skin: never a denied benefit


def test_parse_frame_carries_the_adjunct_reading() -> None:
    frame = parse_frame("with fewer side effects", topic="the foam", quote="with fewer side effects")
    assert frame.relation == "superior"


@pytest.mark.parametrize("text, relation", [
    ("a toddler who chews the beads can develop a racing heart and dangerously low blood pressure", "harm"),
    ("You may develop thicker hair within months", "benefit"),  # a wanted object (guard)
    ("regulators in two countries have warned against the injections for lightening skin", "harm"),
    ("No agency has warned against it", "denies_harm"),
])
def test_a_possible_danger_developed_and_a_warning_against_the_treatment(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_health_is_no_verb_of_healing() -> None:
    assert relation_of("health agencies have warned against the injections") == "harm"
    assert relation_of("It heals cracked heels") == "benefit"  # (as before)


def test_evidence_too_weak_to_show_a_clause_denies_it() -> None:
    assert relation_of("A review found the evidence insufficient to show that it outperforms plain needling") == "no_effect"
    assert relation_of("The evidence is strong enough to show that it works") == "benefit"  # (guard)


def test_a_gerund_subject_of_delivery_leaves_the_main_verb_in_charge() -> None:
    assert relation_of("In one trial, delivering the drug this way regrew about as much hair as injecting it") == "equivalent"
    assert relation_of("Delivering vitamin C through the channels boosts collagen") == "mechanism"  # (as before)


@pytest.mark.parametrize("text, relation", [
    ("the old bottle has stopped working", "no_effect"),
    ("it never stops working", "benefit"),
    ("If it stops working, switch brands", "benefit"),  # a condition (guard)
])
def test_an_effect_that_ceased_is_no_effect(text: str, relation: str) -> None:
    assert relation_of(text) == relation


def test_sufficiency_denied_for_a_purpose_naming_the_effect() -> None:
    assert relation_of("the peptides may not penetrate deeply enough for effective treatment") == "no_effect"
    assert relation_of("it may not penetrate deeply enough") == "mechanism"  # how it works (as before)


def test_a_time_before_after_the_first_session_is_a_latency_not_a_session_count():
    # TOPIC8: "4 to 8 weeks after the first session" counts time from that session; it claims nothing about
    # how many sessions the effect takes
    from tracker.frames import magnitude_of

    assert magnitude_of("Regrowth usually starts to show 4 to 8 weeks after the first session") is None
    assert magnitude_of("Results show after a single session") == (1.0, "sessions", "sessions", "typical")
    assert magnitude_of("Results show after the third session") == (3.0, "sessions", "sessions", "typical")
