"""TOPIC (issue #14): a learned ranker of which treatment an article is about.

The rules pick the main intervention by a cascade tuned on the development articles; on a new
format (a live replay's caption and chat, where the treatment is named beside the one the author
quit) they pick the comparator. The ranker reads every candidate by general features (mentions,
hashtags, subjects, comparator and negated mentions) and overrules the rules only by the margin
chosen out-of-fold. The articles here are written for these tests (made-up people and handles)."""
from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.util
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from tests.extracting import article
from tracker import extract as ex
from tracker import topic_model as tm

ROOT = Path(__file__).resolve().parents[1]

_REPLAY = """@scalpstories_ren · Live replay · 2 days ago

PINNED CAPTION
Ninety days of black seed oil on my crown, one photo a week 🌱 No minoxidil, no pills, only the oil. #blackseedoil #hairjourney #crownthinning

ON SCREEN
Week 2: the smell is strong
Week 6: less shedding in the shower
Week 12: fuzz along the part

CHAT HIGHLIGHTS
@ren: Black seed oil goes on three evenings a week. I warm a few drops between my palms first.
@ren: The oil stays on overnight and I wash it out in the morning.
@milo.k: I tried minoxidil for a year and the itching drove me mad.
@ren: Same here, that is why I stopped minoxidil last spring.
@ana_b: Does black seed oil stain pillowcases?
@ren: Black seed oil left a faint mark on one cotton case, so I use an old towel now.
@ana_b: Good to know, thanks.
@joss: My barber says black seed oil thickens beards as well.
@ren: I have not tried it on a beard, so I cannot say.
@milo.k: Is it cheaper than minoxidil?
@ren: A bottle of black seed oil lasts me about two months.
@ren: Black seed oil calmed the flaking on my scalp within a fortnight.
@dee.r: Black seed oil gave me a rash when I used it neat.
@ren: Always dilute it, a few drops in a carrier is plenty.
@kit: How long before you saw anything?
@ren: The first fuzz showed up around week ten.
@kit: Patience it is then.
@sol: Minoxidil works better than any oil, sorry.
@ren: Maybe, but black seed oil suits my routine.
@ana_b: Where do you buy it?
@ren: Any health shop sells black seed oil in glass bottles.
@joss: Does it smell like cumin?
@ren: A bit peppery, you get used to it.
@milo.k: Tried it last night, my scalp feels calmer already.
@ren: Give it three months before you judge.
@kit: Saving this replay.
"""

_SHORT = ("Is Black Seed Oil the New Minoxidil?\n\n"
          "Black seed oil is said to work as well as minoxidil. No trial has compared them. Minoxidil remains the standard.\n")


@pytest.fixture(autouse=True)
def _fresh_model():
    tm._model.cache_clear()
    ex._checked_intervention.cache_clear()
    yield
    tm._model.cache_clear()
    ex._checked_intervention.cache_clear()


def test_the_shipped_resource_loads_and_matches_its_sha256() -> None:
    blob = tm.MODEL_PATH.read_bytes()
    meta = json.loads(tm.META_PATH.read_text())
    assert hashlib.sha256(blob).hexdigest() == meta["model_sha256"]
    payload = json.loads(gzip.decompress(blob))
    assert payload["feature_version"] == tm.FEATURE_VERSION
    bias, weights, margin, min_sentences, acted = tm._model()
    assert weights and 0.0 <= margin < 1.0 and min_sentences > 0
    # (TOPIC8: a payload carries `_acted_instead`'s thresholds, chosen with the ranker; an older one uses the module's)
    chosen = payload.get("acted", {"min": tm.ACTED_MIN, "margin": tm.ACTED_MARGIN, "min_p": tm.ACTED_MIN_P})
    assert acted == (chosen["min"], chosen["margin"], chosen["min_p"])
    # (test9..test16, dev9..dev12 spent: development since session 21; test17, dev13 and newer held out)
    assert "leave_one_split_out_total" in meta and not any(s in meta["data"] for s in ("test17", "test18", "dev13"))


def test_a_model_file_that_does_not_match_its_sha256_is_refused(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "topic_model.json.gz"
    bad.write_bytes(gzip.compress(b'{"bias": 0, "weights": {}, "feature_version": 1}'))
    shutil.copy(tm.META_PATH, tmp_path / "topic_model.meta.json")
    monkeypatch.setattr(tm, "MODEL_PATH", bad)
    monkeypatch.setattr(tm, "META_PATH", tmp_path / "topic_model.meta.json")
    with pytest.raises(tm.TopicModelError):
        tm._model()


def test_a_replay_that_names_the_treatment_it_quit_is_about_the_treatment_it_uses() -> None:
    # the old code took "minoxidil" (a listed treatment, named in "No minoxidil", "I stopped
    # minoxidil", "better than any oil") for the article's subject
    a = article(_REPLAY)
    assert ex._rules_intervention(a).key == "minoxidil"  # the rules alone still misread it
    concept = ex.detect_intervention(a)
    assert "black seed oil" in concept.label.lower()
    assert concept.regex.search("Black seed oil calmed the flaking")


def test_the_choice_is_always_one_of_the_candidates() -> None:
    for text in (_REPLAY, _SHORT, _REPLAY.replace("#blackseedoil ", "")):
        a = article(text)
        rules = ex._rules_intervention(a)
        cands = tm.candidates(a, rules)
        assert cands[0].rules and cands[0].concept == rules
        chosen = tm.choose(a, rules)
        assert chosen == rules or chosen in [c.named(a.text) for c in cands]


def test_an_article_shorter_than_any_training_article_keeps_the_rules_pick() -> None:
    a = article(_SHORT)
    assert tm.choose(a) == ex._rules_intervention(a)


def test_two_names_sharing_a_word_are_one_treatment_and_the_rules_name_stays() -> None:
    assert tm.same_treatment("collagen", "collagen supplementation")
    assert not tm.same_treatment("rosemary oil", "minoxidil")
    # the ranker's best names the rules' treatment in other words: the rules' name is kept
    assert tm.pick(["collagen supplementation", "collagen"], [0.1, 0.9], 0, 0.5) == 0
    assert tm.pick(["minoxidil", "rosemary oil"], [0.1, 0.9], 0, 0.5) == 1
    assert tm.pick(["minoxidil", "rosemary oil"], [0.5, 0.9], 0, 0.5) == 0  # within the margin


def _trainer():
    spec = importlib.util.spec_from_file_location("train_topic", ROOT / "benchmarks" / "train_topic.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_the_training_label_is_each_articles_most_common_gold_intervention() -> None:
    rows = io.StringIO(
        "article,intervention,split\n"
        "a.txt,rosemary oil,dev\n"
        "a.txt,minoxidil,dev\n"
        "a.txt,rosemary oil,dev\n"
        "b.txt,biotin,test8\n"
        "b.txt,collagen,test8\n"
        "c.txt,castor oil,test20\n"  # a held-out split is dropped as read
        "d.txt,silk pillowcase,test10\n"  # a spent one is development data
        "e.txt,cold water immersion,test11\n"  # (spent since session 16)
        "f.txt,gua sha,test12\n"  # (spent since session 17)
        "g.txt,snail mucin,test13\n"  # (spent since session 18)
        "h.txt,facial steaming,dev9\n"  # (studied in session 18)
        "i.txt,tea tree oil,dev10\n"  # (studied in session 19)
        "j.txt,castor oil,test14\n"  # (spent since session 19)
        "k.txt,aloe vera,dev11\n"  # (studied in session 20)
        "l.txt,witch hazel,test15\n"  # (spent since session 20)
        "m.txt,jade roller,dev12\n"  # (studied in session 21)
        "n.txt,arnica gel,test16\n"  # (spent since session 21)
        "o.txt,cupping,dev13\n"  # (studied in session 22)
        "p.txt,microneedling,test17\n"  # (spent since session 22)
        "q.txt,hair oiling,dev14\n"  # (studied in session 23)
        "r.txt,ice roller,test18\n"  # (spent since session 23)
        "s.txt,cupping,dev15\n"  # (studied in session 24)
        "t.txt,float tank,test19\n"  # (spent since session 24)
        "u.txt,hair oiling,dev16\n")  # an unknown split: dropped as read
    labels = _trainer().article_labels(csv.DictReader(rows))
    assert labels == {("dev", "a.txt"): "rosemary oil", ("test8", "b.txt"): "biotin",
                      ("test10", "d.txt"): "silk pillowcase",
                      ("test11", "e.txt"): "cold water immersion",
                      ("test12", "f.txt"): "gua sha", ("test13", "g.txt"): "snail mucin",
                      ("dev9", "h.txt"): "facial steaming", ("dev10", "i.txt"): "tea tree oil",
                      ("test14", "j.txt"): "castor oil", ("dev11", "k.txt"): "aloe vera",
                      ("test15", "l.txt"): "witch hazel", ("dev12", "m.txt"): "jade roller",
                      ("test16", "n.txt"): "arnica gel", ("dev13", "o.txt"): "cupping",
                      ("test17", "p.txt"): "microneedling", ("dev14", "q.txt"): "hair oiling",
                      ("test18", "r.txt"): "ice roller", ("dev15", "s.txt"): "cupping",
                      ("test19", "t.txt"): "float tank"}  # a tie: the first met
