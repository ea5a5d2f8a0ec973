"""TOPIC12 (issue #14): the page's treatment when the page names several (session 23).

Two things are pinned here. (1) TOPIC11's two readers have a switch each: a device head named by the listed
practice it performs ("a motorised microneedling pen") is ON, a word written only inside a longer capitalised
name ("RISE & SHINE") stays OFF until the claims it exposes are read right. (2) `topic_model.reading`, the
interface for a caller that reads each claim's own treatment: the page's pick with the ranker's confidence in
it and the rival treatments its sentences are about; a page whose sections each treat their own remedy has no
single topic (`TopicReading.single` is False), a page about one remedy has one. The texts here are written for
these tests."""
from __future__ import annotations

import pytest

from tests.extracting import article
from tracker import extract as ex
from tracker import topic_model as tm


@pytest.fixture(autouse=True)
def _fresh():
    tm._model.cache_clear()
    tm._reading.cache_clear()
    ex._checked_intervention.cache_clear()
    yield
    ex._checked_intervention.cache_clear()


_PEN = ("Annual report 2026\n\n"
        "Our product\n"
        "The K9 is a motorised microneedling pen sold only to clinics. The pen charges by USB in two hours. "
        "The pen comes with sterile cartridges.\n\n"
        "Evidence\n"
        "The K9 softens acne scars after three sessions, and patients prefer it to laser.\n")

_SHOW = ("WAKE & GLOW WITH ANNA AND BEN - TRANSCRIPT\n\n"
         "ANNA: Welcome back. Today it is all about acne scars and whether needling helps.\n\n"
         "[BUMPER: \"Wake & Glow is brought to you by Sunny Sunscreen.\"]\n\n"
         "BEN: So needling it is. Back after the break.\n")


def test_the_device_reader_is_on_by_default() -> None:
    a = article(_PEN)
    cands = tm.candidates(a, ex._rules_intervention(a))
    pen = next(c for c in cands if c.phrase == "pen")
    probs = [0.6 if c is pen else 0.05 for c in cands]
    assert tm.DEVICE_PRACTICE_READER
    assert tm._practice_for_instrument(pen, cands, probs, a.text).concept.key == "microneedling"


def test_the_name_part_reader_stays_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    a = article(_SHOW)
    wake = ex._generic_concept("wake")
    assert tm.part_of_name(wake, a.text)  # (the reader still reads it a part of a name)
    assert not tm.NAME_PART_READER
    assert tm.confident_pick(wake, a) == ex.confident_pick(wake, a)  # (off: the rules' confidence stands)
    monkeypatch.setattr(tm, "NAME_PART_READER", True)
    assert not tm.confident_pick(wake, a)


_FAIR = """Spring wellbeing fair: what's on each stall

Welcome to the fair. Each stall below is run by a different volunteer, and each one covers its own remedy.

Stall 1: Chamomile tea
Chamomile tea is offered warm at the door. Chamomile tea may help you fall asleep faster. Many visitors drink \
chamomile tea before bed. Our volunteer brews it fresh every hour.

Stall 2: Foam rolling
Foam rolling eases sore calves after a run. Foam rolling takes five minutes a day. Try foam rolling after the fun \
run. The rollers are free to borrow.

Stall 3: Cold showers
Cold showers wake you up in the morning. Cold showers may lift your mood. Take cold showers for thirty seconds at \
first. Most people get used to them within a week.

Stall 4: Ginger biscuits
Ginger biscuits settle a queasy stomach on long coach trips. Ginger biscuits are baked on site. Pregnant visitors \
often ask for ginger biscuits. Ask the baker about allergens.

Stall 5: Breathing coach
Slow breathing calms nerves before an exam. Slow breathing can lower your heart rate within minutes. Practise slow \
breathing for two minutes at the stall. The coach times each round.

The fair closes at four. Thank you to every volunteer and to the parish hall for the room. Please take your \
rubbish home. Parking is free after two.
"""


def test_a_page_of_stalls_each_with_its_own_remedy_has_no_single_topic() -> None:
    r = tm.reading(article(_FAIR))
    assert r.confidence is not None
    rivals = {c.label.lower() for c in r.rivals}
    assert len(r.rivals) == len(r.rival_probs) >= 2
    # each rival is another stall's remedy, never the pick's own treatment again
    assert not any(tm.same_treatment(x, r.concept.label) for x in rivals)
    assert rivals & {"foam rolling", "cold showers", "slow breathing", "ginger biscuits", "chamomile tea"}
    assert not r.single


_ROSEMARY = """Rosemary oil for thinning hair: what we found

Rosemary oil is the remedy everyone asks about this year. We spent a month reading the trials and trying the \
oil at home.

Rosemary oil is massaged into the scalp twice a week. Rosemary oil may help hair grow back over six months. In one \
trial rosemary oil matched minoxidil for hair counts. Rosemary oil also caused less itching than minoxidil in that \
trial.

How to use it
Dilute rosemary oil in a carrier oil first. Rub rosemary oil into the scalp for two minutes. Leave rosemary oil \
on for an hour before washing. Use rosemary oil for at least three months before you judge it.

What to expect
Rosemary oil will not work overnight. Rosemary oil can irritate sensitive skin, so patch test first. Most people \
who use rosemary oil notice less shedding after a few months. Rosemary oil smells strong, which some users dislike.

Who should skip it
Rosemary oil is not for babies. Rosemary oil should be kept away from the eyes. Pregnant readers should ask a \
pharmacist before using rosemary oil. Rosemary oil can stain pale towels. Store rosemary oil in a dark bottle. \
Throw rosemary oil away after a year.

Our verdict
Rosemary oil is cheap and worth a try. Rosemary oil is no miracle cure. Talk to your GP if your hair loss is \
sudden. Thanks for reading, and see you next month.
"""


def test_a_page_about_one_remedy_has_one_topic_and_its_comparator_is_no_rival() -> None:
    a = article(_ROSEMARY)
    assert len(ex.sentences(a.text)) >= tm._model()[3]  # (long enough for the ranker to be consulted)
    r = tm.reading(a)
    assert r.concept.label.lower() == "rosemary oil" and r.confidence is not None and r.confidence >= tm.UNSURE
    assert r.single
    assert not any(c.label.lower() == "minoxidil" for c in r.rivals)  # (compared with only: no rival)


def test_single_is_read_from_confidence_and_the_closest_rival() -> None:
    pick, other = ex._generic_concept("chamomile tea"), ex._generic_concept("foam rolling")
    assert tm.TopicReading(pick, None, (other,), (0.9,)).single  # (the ranker not consulted)
    assert tm.TopicReading(pick, 0.1, (), ()).single  # (unsure, but nothing else the page is about)
    assert not tm.TopicReading(pick, 0.1, (other,), (0.05,)).single  # (unsure, and a rival)
    assert not tm.TopicReading(pick, 0.9, (other,), (0.8,)).single  # (a rival about as likely)
    assert tm.TopicReading(pick, 0.9, (other,), (0.3,)).single  # (sure, and far ahead)


def test_a_rival_under_the_picks_own_name_is_no_rival() -> None:
    assert tm._names_same("oils", "rosemary oil")  # (a plural's -s)
    assert tm._names_same("needling", "microneedling")  # (a word inside the other's)
    assert tm._names_same("walk", "walking")
    assert not tm._names_same("honey", "elderberry syrup")
    assert not tm._names_same("tea", "tretinoin")  # (a short word is matched whole, never inside another)
