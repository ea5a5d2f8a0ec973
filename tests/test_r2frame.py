"""Claim frames R2FRAME (issue #14, session 24 round 2): readings that could put a verdict on the wrong side.

- a comparative of an adjective that denies a harm ("gentler", "kinder", "milder", "safer", "less irritating") is a
  claim of FEWER harms than the standard, never more (`harm_comparison_direction`, which the restatement uses);
- a negated adjective that denies a harm ("not gentle enough for everyone", "isn't mild enough for sensitive skin")
  affirms the harm for some people, never a denial;
- a negative quantifier over an increment ("no extra pain", "no additional redness compared to retinol") compares the
  harm with going without: not a universal (plain strength), and against an active arm, parity of harms;
- a length of time followed by a rate ("for two minutes a day") is how long each use lasts, not a time frame;
- a comparative adjective after a verb of growth or becoming is a property of the subject ("helps hair grow thicker
  when ...", "grow back thicker" -> hair thickness).

The sentences are written for these tests (none is a benchmark quote); each construction failed on the session-start
tree, and the guards beside them pin what each rule must leave alone.
"""

from __future__ import annotations

import pytest

from tracker.frames import harm_comparison_direction, parse_frame, relation_of, strength_of, time_frame_of


@pytest.mark.parametrize("text", [
    "It is gentler than prescription lash serums too",
    "Bakuchiol is kinder to skin than retinol",
    "Vitamin C is milder than hydroquinone",
    "Tea tree oil is less irritating than benzoyl peroxide",
    "The foam is better tolerated than the liquid",
    "It causes fewer side effects than finasteride",
])
def test_gentler_than_is_fewer_harms(text: str) -> None:
    assert harm_comparison_direction(text) == "fewer"
    assert parse_frame(text).relation == "superior"


@pytest.mark.parametrize("text", ["Retinol is harsher than bakuchiol", "Tretinoin causes more irritation than retinol"])
def test_harsher_than_is_more_harms(text: str) -> None:
    assert harm_comparison_direction(text) == "more"


@pytest.mark.parametrize("text", ["It is no gentler than retinol", "It is not safer than minoxidil",
                                  "Azelaic acid causes no more irritation than benzoyl peroxide"])
def test_negated_harm_comparative_has_no_direction(text: str) -> None:
    assert harm_comparison_direction(text) is None


@pytest.mark.parametrize("text", [
    "Retinol is the gentler cousin of tretinoin, but not gentle enough for everyone",
    "but not gentle enough for everyone",
    "The peel is not mild enough for sensitive skin",
    "Retinol is not gentle",
])
def test_not_gentle_enough_is_a_harm(text: str) -> None:
    assert relation_of(text) == "harm"


@pytest.mark.parametrize("text", ["It is gentle enough for sensitive skin", "It is not safe to say it is gentle"])
def test_gentle_enough_guard(text: str) -> None:
    assert relation_of(text) == "denies_harm"


def test_no_extra_harm_is_not_universal() -> None:
    assert strength_of("with no extra pain") == "plain"
    assert parse_frame("with no extra pain").relation == "denies_harm"
    assert strength_of("It causes no pain") == "absolute"  # guard: a bare negative quantifier stays universal


@pytest.mark.parametrize("text, comparator, outcome", [
    ("The stronger cream causes no extra irritation compared with tretinoin", "tretinoin", "irritation"),
    ("Bakuchiol gives no additional redness compared to retinol", "retinol", "redness"),
])
def test_no_extra_harm_against_active_arm_is_parity(text: str, comparator: str, outcome: str) -> None:
    f = parse_frame(text)
    assert (f.relation, f.comparator, f.outcome) == ("equivalent", comparator, outcome)


@pytest.mark.parametrize("text", ["Steroid patches pressed on for two minutes a day shrank the scars",
                                  "Use it for 20 minutes every night and wrinkles fade",
                                  "Apply for ten minutes twice daily"])
def test_per_use_length_is_no_time_frame(text: str) -> None:
    assert time_frame_of(text) is None


@pytest.mark.parametrize("text, days", [("Used for 12 weeks, once a week, it cleared acne", 84.0),
                                        ("Wear the cap for 30 minutes per session for 16 weeks", 112.0)])
def test_course_length_kept(text: str, days: float) -> None:
    tf = time_frame_of(text)
    assert tf is not None and tf[1] == days


@pytest.mark.parametrize("text", ["Rosemary oil helps hair grow thicker when it is massaged into the scalp every day.",
                                  "Minoxidil makes hair grow back thicker"])
def test_grow_adjective_is_a_property_of_the_subject(text: str) -> None:
    assert parse_frame(text).outcome == "hair thickness"


@pytest.mark.parametrize("text", ["but not gentle enough for everyone", "It is not safe for everyone"])
def test_negated_universal_of_harmlessness_is_hedged(text: str) -> None:
    assert strength_of(text) == "hedged"


def test_safe_for_everyone_stays_absolute() -> None:
    assert strength_of("It is safe for everyone") == "absolute"


def test_additive_adverb_is_no_part_of_the_standard() -> None:
    assert parse_frame("It is gentler than prescription lash serums too").comparator == "prescription lash serums"
