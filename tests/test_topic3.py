"""TOPIC3 (issue #14): which treatment an article is about, on copy nobody tuned on.

Blind copy (a support group's minutes, a magazine's "we tried it", an app's screens) named a set of
people ("peer support group"), a measured quantity ("the same deep-sleep minutes") or a bare
adjective ("cold") as the article's treatment. English says otherwise: a head noun for a set of
people names who took part; a phrase headed by a unit is a quantity of it; an adjective names a
property of the thing its noun phrase names. The articles here are written for these tests (made-up
people, groups and apps)."""
from __future__ import annotations

import pytest

from tests.extracting import article
from tracker import extract as ex
from tracker import topic_model as tm


@pytest.fixture(autouse=True)
def _fresh_model():
    tm._model.cache_clear()
    ex._checked_intervention.cache_clear()
    yield
    tm._model.cache_clear()
    ex._checked_intervention.cache_clear()


def test_a_head_noun_for_a_set_of_people_names_who_took_part_not_a_treatment() -> None:
    text = "The wrapping group slept better. Our support group meets monthly. Wet wrapping soothes itch."
    for phrase in ("peer support group", "group", "the wrapping group", "treatment arm", "cohort"):
        assert ex._names_people_or_outcome(phrase, text)  # the old code read each as a possible treatment
    for phrase in ("wet wrapping", "home blue light panel", "microneedling"):
        assert not ex._names_people_or_outcome(phrase, text)


def test_a_phrase_headed_by_a_unit_is_a_quantity_never_a_treatment() -> None:
    text = "My tracker showed the same deep-sleep minutes as before. Taping your mouth shut is cheap."
    assert ex._unfit_main("same deep-sleep minutes", text, "We Tried Mouth Taping")  # old: fit
    assert ex._unfit_main("twelve weeks", text, "")
    assert not ex._unfit_main("mouth taping", text, "We Tried Mouth Taping")


def test_the_determiners_of_identity_and_alternation_name_nothing() -> None:
    for word in ("other", "others", "another", "same", "such"):
        assert ex._QUANTIFIER_RE.match(word)  # "Any other business" gave the old rules "other"
    assert not ex._QUANTIFIER_RE.match("otherwise")


def test_a_gerund_that_takes_an_object_is_a_practice_the_sentences_are_about() -> None:
    a = article("We tried it.\n\nThe idea is that taping your mouth shut forces you to breathe through your nose.\n")
    assert ex.confident_pick(ex._generic_concept("taping"), a)  # the old code: no subject, no verb of use
    assert not ex.confident_pick(ex._generic_concept("taping"), article("We tried it.\n\nThe kit has a taping guide.\n"))


def test_a_clipped_name_is_named_as_the_text_writes_it_in_full() -> None:
    text = "Microneedling means running a pen of fine needles over the patch. Needling regrew hair."
    assert ex._named_phrase("needling", text).key == "microneedling"  # the old code kept "needling"


_MINUTES = """Harbourside Eczema Peer Support Group
Minutes of the meeting held Monday 3 November, 7:00 pm, Room 2, Quayside Library

Present: Ann (chair), Raj (minutes), Ben, Cleo, Dina, Eli, and guest speaker Nurse Fay Moss
Apologies: Gus

1. Welcome and matters arising

Ann welcomed everyone. The minutes of October were agreed. The book swap now has ten titles.

2. Guest talk: "Wrapping for eczema flares" (Nurse Fay Moss)

Fay explained that wet wrapping means covering damp skin with a layer of wet tubular bandage.

- In a trial of 50 children, wrapping the limbs overnight calmed flares within a week.
- Itch in that wrapping group fell by about half by day 7.
- Wrapping on its own did better than emollient alone.
- Wrapping followed by a steroid cream gave the best results in one clinic's series.

Fay added that wrapping may also help the cream work better, and that wrapping alone helped sleep.
She was clear the studies are small.

3. Questions to the speaker

Ben asked whether it stings. Fay: "It feels cool, so most children settle quickly." Cleo said hers honestly doesn't sting.
Dina asked about infections. Fay: wrapping can't spread an infection if the skin is checked first.
Eli asked if he could buy the bandages online. Fay said a chemist's tubular bandage does the same job.

4. Members' round

- Cleo: three nights done. You'll see calmer skin after the first night, she says.
- Dina: still on the cream every night and sticking with it for now.
- Eli: not ready for any treatment yet and happy to listen, which everyone agreed is fine.

5. Any other business

Someone had read online that rubbing honey on patches cures eczema. Fay said no trial has shown that.
Tea fund balance: 12 pounds. Thanks to Ben for the biscuits.

6. Actions

- Fay to email her slides to Ann for circulation.
- Raj to book Room 2 for January.
- Everyone: nothing said at meetings is medical advice; talk to your own doctor before starting any treatment.

Next meeting: Monday 5 January, 7:00 pm. Meeting closed 8:40 pm.
"""


def test_a_support_groups_minutes_are_about_the_treatment_its_talk_discusses_not_the_group() -> None:
    a = article(_MINUTES, "minutes.md")
    assert ex._rules_intervention(a).label == "wrapping"  # the old rules said "group"
    # (a speaker's label, "Fay: wrapping can't ...", is no part of the subject: not "fay wrapping")
    assert ex.detect_intervention(a).label == "wrapping"


def test_a_word_the_text_inflects_for_degree_is_an_adjective() -> None:
    text = "Meet the coldest habit you'll ever love. Two minutes in cold water. Colder isn't better."
    assert tm.gradable_adjective("cold", text)  # "coldest", "Colder isn't"
    assert tm.gradable_adjective("hot", "It runs hotter than a sauna.")
    assert not tm.gradable_adjective("roll", "Buy a roller. A jade roller is cheap.")  # an agent noun
    assert not tm.gradable_adjective("collagen", text)


def test_a_bare_adjective_is_named_by_the_noun_phrase_it_opens() -> None:
    text = "The coldest habit. Two minutes in cold water, every day. Cold water cuts soreness. Cold is fun."

    def cand(phrase: str, count: int, **extra: float) -> tm.TopicCandidate:
        return tm.TopicCandidate(phrase, ex._generic_concept(phrase), ("ngram",),
                                 {"log_count": float(count), "treatment_p": 0.8, **extra}, generic=True)

    cold, water, allergy = cand("cold", 3), cand("cold water", 2), cand("cold allergy", 1, names_outcome=1.0)
    assert tm._phrase_for_modifier(cold, [cold, water, allergy], text) is water  # the old code said "cold"
    salt = cand("salt", 3)
    assert tm._phrase_for_modifier(salt, [salt, cand("salt water", 2)], "Salt water. Salt scrub.") is salt


# --- combinations and settings at the claim level -------------------------------------------------

_MN = ex._INTERVENTION_BY_KEY["microneedling"]
_LED = ex._INTERVENTION_BY_KEY["led-therapy"]
_COURSE = ("Microneedling means running a pen of fine needles over the patch. Needling regrew hair. "
           "The steroid injections hurt. Photodynamic therapy uses light.")


def test_a_course_of_one_treatment_followed_by_another_is_their_combination() -> None:
    unit = "For stubborn cases, needling followed by photodynamic light therapy gave the best results"
    combo = ex._claim_combination(unit, _MN, _COURSE)
    assert combo is not None and combo.label.startswith("microneedling plus")  # the old code: None
    assert "light" in combo.label
    # a sequence of harms is no combination of treatments
    assert ex._claim_combination("Redness followed by peeling is common after microneedling", _MN, _COURSE) is None


def test_a_verb_of_use_after_then_gives_the_next_part_of_the_course() -> None:
    unit = "needling the patches and then applying the steroid on top regrew hair"
    combo = ex._claim_combination(unit, _MN, _COURSE)
    assert combo is not None and combo.label == "microneedling plus steroid"  # the old code: None
    assert ex._claim_combination("needling the patches and then waiting a week regrew hair", _MN, _COURSE) is None


def test_a_fronted_clause_of_joining_adds_its_object_to_the_topic_the_pronoun_refers_to() -> None:
    combo = ex._fronted_combination("Used alongside minoxidil, it adds to the regrowth", _LED, _COURSE)
    assert combo is not None and combo.key == "led-therapy-plus-minoxidil"
    assert ex._fronted_combination("Used alongside it, minoxidil works", _LED, _COURSE) is None
    assert ex._fronted_combination("Used every day, it adds to the regrowth", _LED, _COURSE) is None


_MANUAL = """GLOWRAY RL-3 Red Light Wand
User Manual - Read all instructions before first use

1. INTENDED USE
The GLOWRAY RL-3 is a hand-held red LED light therapy device for home use on healed scars.

2. MODES
Scar Mode. Red LED light softens raised scars in eight weeks.
Scalp Mode (with the comb attachment). Low-level light thickens thinning hair, as sham-controlled trials have shown.
Used alongside minoxidil, it adds to the regrowth. Scalp Mode outperforms minoxidil on its own.

3. SAFETY
Red light is harmless to the eyes. The treatment is painless.
"""


def test_a_devices_named_mode_is_the_devices_treatment_and_a_fronted_join_is_a_combination() -> None:
    from tests.extracting import claim_with, question_of
    from tracker.extract import extract_claims
    a = article(_MANUAL, "manual.txt")
    assert ex._other_treatment("Scalp Mode outperforms minoxidil on its own", _LED, a.text) is None  # old: "Scalp Mode"
    cands = extract_claims(a, [])
    mode = question_of(cands, claim_with(cands, "Scalp Mode outperforms"))
    assert "mode" not in mode.intervention.lower()
    joined = question_of(cands, claim_with(cands, "Used alongside minoxidil"))
    assert "plus minoxidil" in joined.intervention and "minoxidil" in joined.query  # the old code asked of minoxidil alone


def test_a_brand_a_copula_classifies_names_that_technique_not_the_whole_device_family():
    # "The LumiCrown is a low-level laser therapy helmet": the brand, known as the subject, is classified by "X is a N"
    # as well as the device's own name is, so the search keeps to that technique, not every light therapy
    from pathlib import Path

    from tracker.articles import load_article
    from tracker.extract import detect_intervention

    concept = detect_intervention(load_article(Path(__file__).parent / "data" / "done_when" / "laser_helmet_faq.txt"))
    assert '"low-level light therapy"[tiab]' in concept.terms
    assert not any("blue light" in t or "LED" in t for t in concept.terms)
