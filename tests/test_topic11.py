"""TOPIC11 (issue #14): names, adverts, instruments and gerunds taken for the treatment (session 22).

On the copy the rules fitted least (test17, dev13, test16) the article-level pick was a show's name ("RISE"
of "RISE & SHINE"), an advert's product in a notification digest, a device head ("pen" of "a motorised
microneedling pen") and a bare gerund ("taping" where the text names "kinesiology tape"). The readers here
state the general marks of each: a word written only inside one longer capitalised name is part of a name
(`part_of_name`); a device is named by the listed practice it performs (`_listed_practice_of`); a gerund
gives way to the compound the text names the thing by when it names the thing more than the act
(`_compound_for_gerund`). The first two are held back from `choose` (`NAME_AND_DEVICE_READERS`) until the
claims they expose are read right. The texts here are written for these tests."""
from __future__ import annotations

import pytest

from tests.extracting import article
from tracker import extract as ex
from tracker import topic_model as tm


@pytest.fixture(autouse=True)
def _fresh():
    tm._model.cache_clear()
    ex._checked_intervention.cache_clear()
    yield
    ex._checked_intervention.cache_clear()


def _cands(text: str) -> tuple[list[tm.TopicCandidate], str]:
    a = article(text)
    return tm.candidates(a, ex._rules_intervention(a)), a.text


def _cand(cands: list[tm.TopicCandidate], phrase: str) -> tm.TopicCandidate:
    return next(c for c in cands if c.phrase == phrase)


_SHOW = ("WAKE & GLOW WITH ANNA AND BEN - TRANSCRIPT\n\n"
         "ANNA: Welcome back. Today it is all about acne scars and whether needling helps.\n\n"
         "DR KOFI: Needling makes tiny channels in the skin. In a trial, needling softened scars over three sessions. "
         "Needling can sting a little, and a peel on its own did less.\n\n"
         "[BUMPER: \"Wake & Glow is brought to you by Sunny Sunscreen.\"]\n\n"
         "BEN: So needling it is. Back after the break.\n")


def test_a_word_written_only_inside_one_capitalised_name_is_part_of_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    a = article(_SHOW)
    assert tm.part_of_name(ex._generic_concept("wake"), a.text)
    assert tm.part_of_name(ex._generic_concept("glow"), a.text)
    monkeypatch.setattr(tm, "NAME_AND_DEVICE_READERS", True)
    assert not tm.confident_pick(ex._generic_concept("wake"), a)


def test_a_word_also_written_on_its_own_is_no_part_of_a_name() -> None:
    text = article(_SHOW.replace("Back after the break.", "Your skin will glow after a few weeks.")).text
    assert not tm.part_of_name(ex._generic_concept("glow"), text)


def test_a_listed_treatment_is_never_read_as_part_of_a_name() -> None:
    text = article("PEEL & NEEDLING CLINIC\n\nWe offer Microneedling & Peels. Microneedling & Peels is our bestseller.\n").text
    assert not tm.part_of_name(ex._INTERVENTION_BY_KEY["microneedling"], text)


_PEN = ("Annual report 2026\n\n"
        "Our product\n"
        "The K9 is a motorised microneedling pen sold only to clinics. The pen charges by USB in two hours. "
        "The pen comes with sterile cartridges.\n\n"
        "Evidence\n"
        "The K9 softens acne scars after three sessions, and patients prefer it to laser.\n")


def test_a_device_head_gives_way_to_the_listed_practice_it_is_named_by(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tm, "NAME_AND_DEVICE_READERS", True)
    cands, text = _cands(_PEN)
    pen = _cand(cands, "pen")
    got = tm._listed_practice_of(pen, cands, text)
    assert got is not None and got.concept.key == "microneedling"
    probs = [0.6 if c is pen else 0.05 for c in cands]
    assert tm._practice_for_instrument(pen, cands, probs, text).concept.key == "microneedling"
    monkeypatch.setattr(tm, "NAME_AND_DEVICE_READERS", False)  # (held back: see the module)
    assert tm._practice_for_instrument(pen, cands, probs, text) is pen


def test_a_device_no_listed_practice_names_stays() -> None:
    cands, text = _cands(_PEN.replace("motorised microneedling pen", "motorised pen"))
    pen = _cand(cands, "pen")
    assert tm._listed_practice_of(pen, cands, text) is None


_TAPE = ("School sports bulletin\n\n"
         "Kinesiology tape is stretchy cotton tape with a glue. The tape comes in bright colours. "
         "Taping may ease knee pain for a day or two. Tape does no better than a strip put on with no stretch.\n\n"
         "Can tape help growing pains? There is no good evidence. Will taping help a sprain heal? Not on its own.\n\n"
         "Tape is sold at the office for 4.50 a roll.\n")


def test_a_gerund_gives_way_to_the_compound_the_text_names_the_thing_by() -> None:
    cands, text = _cands(_TAPE)
    taping = _cand(cands, "taping")
    assert tm._compound_for_gerund(taping, cands, text).phrase == "kinesiology tape"


def test_a_gerund_the_text_names_more_than_the_thing_stays() -> None:
    text_in = ("Cupping for sore shoulders\n\n"
               "Cupping is an old practice. Silicone cups are cheap. Cupping leaves round marks. "
               "Cupping may ease pain for a day. Cupping did no better than a sham in one trial.\n")
    cands, text = _cands(text_in)
    cupping = _cand(cands, "cupping")
    assert tm._compound_for_gerund(cupping, cands, text) is cupping
