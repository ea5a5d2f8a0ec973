"""TOPIC8 (issue #14): the article's main treatment on copy the rules were never tuned on (session 20).

On the two splits no rule had been fitted to (test15, dev11) the ranker took a hospital unit
("Dermatology Day Treatment Unit"), a brand's fragment ("Pro" of "SilkEdge Pro", "Little" of "Little
Steps") or the comparator for the treatment. Three general cues are now features the ranker learns: how
often the sentences act with a candidate (`_acted_with`: used, or the subject of a treating verb; a
study, a plan or a place reports and does not treat), whether running prose writes it capitalised word
by word (an institution's, a place's or a brand's name), and how much of it lies inside a longer phrase.
`_acted_instead`'s thresholds are chosen with the ranker (jointly, leave-one-split-out) and shipped in
its payload. (The ranker retrained on these features is not shipped this session: on test15 it read the
unit's leaflet right, 'microneedling', and so exposed three sign errors downstream; see the report.)
The texts here are written for these tests."""
from __future__ import annotations

import gzip
import json
import math

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


_LEAFLET = ("Dermatology Day Treatment Unit, Level 2, Outpatients Block\n"
            "MICRONEEDLING FOR PATCHY HAIR LOSS: AFTERCARE\n\n"
            "You had microneedling today. Microneedling makes tiny channels in the scalp so the cream can get in, "
            "and in a small trial needling the patches regrew hair faster than the cream alone.\n\n"
            "Redness usually settles within a day. The numbing cream wears off in an hour. "
            "Needling the scalp first helps the steroid cream work, and we used microneedling on each patch.\n\n"
            "Wash your hair tomorrow. Do not colour your hair for a week. Avoid swimming for two days. "
            "Keep the patches out of strong sun. Take paracetamol if the scalp feels sore. "
            "Most people go back to work the next day. Your next session is in four weeks. "
            "Bring a hat if you like. Parking is free after six. The lifts are at the main entrance. "
            "Please arrive ten minutes early. Tell the nurse about any new medicines. "
            "Bring this leaflet to your next visit. We will take photos each time. "
            "You can ask for a female nurse. Interpreters are available on request.\n\n"
            "Contact the Day Treatment Unit (Mon-Fri 8am-6pm) or your GP if you notice spreading redness or fever.\n\n"
            "Leaflet reviewed 2026.\n")


def _cand(text: str, phrase: str) -> tm.TopicCandidate:
    a = article(text)
    return next(c for c in tm.candidates(a, ex._rules_intervention(a)) if c.phrase == phrase)


def test_a_name_capitalised_word_by_word_in_running_prose_is_read_as_a_name() -> None:
    unit = _cand(_LEAFLET, "day treatment unit")
    # "Contact the Day Treatment Unit": capitalised inside a sentence (the masthead line is no prose)
    assert unit.features["capitalised_inside"] == 1.0
    assert _cand(_LEAFLET, "microneedling").features["capitalised_inside"] == 0.0
    # a heading capitalises every word: no evidence of a name there
    heading = "How Rosemary Oil Works\n\n" + "Rosemary oil is rubbed into the scalp. " * 3
    assert _cand(heading, "rosemary oil").features["capitalised_inside"] == 0.0


def test_a_word_written_inside_a_longer_phrase_is_a_fragment_of_it() -> None:
    text = ("SilkEdge Pro: the at-home dermaplaning wand\n\n"
            "The SilkEdge Pro lifts dead skin in one pass. I used the SilkEdge Pro on one cheek. "
            "Dermaplaning removes fine fuzz, and dermaplaning at home is cheaper than a salon.\n")
    assert _cand(text, "pro").features["fragment_share"] == 1.0
    assert _cand(text, "dermaplaning").features["fragment_share"] < 1.0


def test_the_ranker_reads_how_often_the_sentences_act_with_a_candidate() -> None:
    c = _cand(_LEAFLET, "microneedling")
    starts = [s.start for s in ex.sentences(_LEAFLET)]
    n = tm._acted_with(c.concept.regex, _LEAFLET, starts)[0]
    assert n >= 1 and c.features["log_acted"] == pytest.approx(math.log1p(n))
    assert _cand(_LEAFLET, "day treatment unit").features["log_acted"] == 0.0  # contacted, never used
    assert 0.0 <= c.features["acted_vs_top"] <= 1.0


def test_the_acted_thresholds_are_the_shipped_models_and_act_on_the_candidates_lists() -> None:
    payload = json.loads(gzip.decompress(tm.MODEL_PATH.read_bytes()))
    chosen = payload.get("acted", {"min": tm.ACTED_MIN, "margin": tm.ACTED_MARGIN, "min_p": tm.ACTED_MIN_P})
    assert tm._model()[4] == (chosen["min"], chosen["margin"], chosen["min_p"])
    labels, probs = ["retinol", "squalane oil", "the medicine"], [0.6, 0.5, 0.05]
    acted, generic, roles = [1, 5, 6], [False, True, True], [True, True, True]
    # "the medicine" is acted with most but the ranker gives it less than the least probability
    assert tm.acted_pick(labels, probs, acted, generic, roles, 0, 4, 3, 0.15) == 1
    assert tm.acted_pick(labels, probs, acted, generic, roles, 0, 4, 3, 0.0) == 2
    assert tm.acted_pick(labels, probs, acted, generic, roles, 0, 6, 3, 0.15) is None  # too few
    assert tm.acted_pick(labels, probs, acted, generic, roles, 0, 4, 5, 0.15) is None  # by too little
    assert tm.acted_pick(["retinol", "retinol serum"], [0.5, 0.9], [0, 9], [False, True], [True, True], 0, 1, 1, 0.0) is None


def test_the_trainer_scores_the_products_whole_choice_with_the_acted_thresholds() -> None:
    import importlib.util
    import sys
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("train_topic", Path(__file__).resolve().parents[1] / "benchmarks" / "train_topic.py")
    assert spec and spec.loader
    tt = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tt  # (its dataclasses look their module up)
    try:
        spec.loader.exec_module(tt)
    finally:
        del sys.modules[spec.name]
    feats = [{"log_subject": 1.0}, {"log_subject": 1.0}]
    e = tt.Example("dev", "a.txt", "squalane oil", 30, feats, [False, True], ["retinol", "squalane oil"], 0,
                   True, [1, 6], [False, True])
    # the ranker's margin keeps the rules' pick; the sentences act with the other name by 5 more
    assert tt.choice(e, [0.6, 0.5], 0.7) == 0
    assert tt.choice(e, [0.6, 0.5], 0.7, (4, 3, 0.2)) == 1
    assert tt.choice(e, [0.6, 0.5], 0.7, (4, 3, 0.6)) == 0  # the ranker gives it too little
