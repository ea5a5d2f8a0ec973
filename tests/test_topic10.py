"""TOPIC10 (issue #14): an instrument or an agent taken for the practice (session 21).

With TOPIC9's treatment probe the ranker read two studied articles as about the thing a practice is done
with: a workshop on gua sha as about "stone" (the rules' pick, which the ranker could not overrule by its
margin), an article on microneedle-assisted photodynamic therapy as about the "light-sensitising cream" it
spreads on. An article about a practice names its instrument or the agent it applies as the object of the
practice's verbs; `_practice_for_instrument` reads two marks of that: a noun-noun compound whose head is
the chosen name and whose modifier is another candidate ("a scalp massage brush": head-final English, the
brush OF scalp massage), and a product's form the text puts on ("is spread over the skin") named in a
sentence with the rules' pick, a practice. The texts here are written for these tests."""
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


_BRUSH = ("Scalp massage, the five-minute habit\n\n"
          "Scalp massage is the slow evening habit our readers swear by. You do it with a soft brush, "
          "working from the hairline back. Scalp massage relaxes the neck and many readers say it eases tension.\n\n"
          "How to choose your brush\n\n"
          "A silicone scalp massage brush costs about eight pounds. Rinse the brush after each use. "
          "Scalp massage takes five minutes, and the brush lasts for years.\n\n"
          "What you need\n"
          "- A silicone scalp massage brush\n"
          "- Ten quiet minutes\n")

_CREAM = ("The faster way clinics are treating sun spots\n\n"
          "Doctors now prick the skin before the light stage. Microneedling opens tiny channels in the skin. "
          "A numbing cream is spread over the skin and left to soak in for twenty minutes. "
          "After microneedling the cream gets where it needs to go much faster. "
          "Microneedling is quick, and most patients go home the same day. "
          "Microneedling can sting for a day.\n")


def _cands(text: str) -> tuple[list[tm.TopicCandidate], str]:
    a = article(text)
    return tm.candidates(a, ex._rules_intervention(a)), a.text


def _probs(cands: list[tm.TopicCandidate], given: dict[str, float]) -> list[float]:
    return [given.get(c.phrase, 0.05) for c in cands]


def test_an_instrument_written_as_the_head_of_a_practice_compound_gives_way_to_the_practice() -> None:
    cands, text = _cands(_BRUSH)
    phrases = {c.phrase for c in cands}
    assert {"brush", "scalp massage", "scalp massage brush"} <= phrases
    brush = next(c for c in cands if c.phrase == "brush")
    got = tm._practice_for_instrument(brush, cands, _probs(cands, {"brush": 0.6, "scalp massage": 0.8}), text)
    assert got.phrase == "scalp massage"


def test_the_instrument_stands_when_the_ranker_prefers_it_to_the_practice() -> None:
    cands, text = _cands(_BRUSH)
    brush = next(c for c in cands if c.phrase == "brush")
    got = tm._practice_for_instrument(brush, cands, _probs(cands, {"brush": 0.8, "scalp massage": 0.6}), text)
    assert got is brush


def test_a_practice_is_not_given_up_for_its_own_compounds() -> None:
    # "scalp massage" is the modifier of "scalp massage brush", not its head: it is no instrument
    cands, text = _cands(_BRUSH)
    massage = next(c for c in cands if c.phrase == "scalp massage")
    got = tm._practice_for_instrument(massage, cands, _probs(cands, {"brush": 0.9, "scalp massage": 0.6}), text)
    assert got is massage


def test_an_agent_the_practice_spreads_on_gives_way_to_the_rules_practice() -> None:
    cands, text = _cands(_CREAM)
    rules = next(c for c in cands if c.rules)
    assert rules.concept.label == "microneedling"
    cream = next(c for c in cands if c.phrase == "numbing cream")
    got = tm._practice_for_instrument(cream, cands, _probs(cands, {"numbing cream": 0.9}), text)
    assert got is rules


def test_a_product_never_put_on_stays_the_topic() -> None:
    # the cream is what treats here ("The numbing cream eases ..."), never spread or applied
    text_in = _CREAM.replace("A numbing cream is spread over the skin and left to soak in for twenty minutes. ",
                             "A numbing cream eases the sting for twenty minutes. ")
    cands, text = _cands(text_in)
    cream = next(c for c in cands if c.phrase == "numbing cream")
    assert tm._practice_for_instrument(cream, cands, _probs(cands, {"numbing cream": 0.9}), text) is cream


_SHEA = ("Shea butter for dry hands\n\n"
         "Shea butter is the old remedy our readers swear by. Raw shea butter softens cracked knuckles overnight. "
         "Shea butter costs little, and a pot of shea butter lasts a winter. The butter melts at skin temperature. "
         "Rub the butter into your hands at night. Shea trees grow across West Africa.\n")


def test_a_modifier_written_mostly_before_the_head_names_a_kind_of_it_not_a_practice() -> None:
    # "shea butter": "shea" stands alone once, before "butter" four times; butter is no instrument of shea
    cands, text = _cands(_SHEA)
    phrases = {c.phrase for c in cands}
    assert {"butter", "shea"} <= phrases and any(p.endswith("shea butter") for p in phrases)
    butter = next(c for c in cands if c.phrase == "butter")
    got = tm._practice_for_instrument(butter, cands, _probs(cands, {"butter": 0.5, "shea": 0.9}), text)
    assert got is butter
