"""TOPIC9 (issue #14): what a candidate topic MEANS, read by a probe over its sentence embedding.

On copy the rules were not fitted to, the article's pick was a masthead ("gym"), a season ("Winter"),
a study noun ("trials"), a place ("day treatment unit") or a plan: every word test a remedy passes,
they pass. A logistic probe over the candidate's MiniLM embedding (`semantic.encode`), the name alone
and the name with the words around its first mention, trained on which candidates name the gold
treatment (out of fold for the ranker), gives the ranker a feature of meaning. The article here is
written for these tests (a made-up gym and clinic)."""
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
from tracker import semantic
from tracker import topic_model as tm

ROOT = Path(__file__).resolve().parents[1]

_WINTER = """Winter notes from the Northgate Gym

This winter the gym stayed open late, and I spent the cold months looking after my scalp.
The clinic down the road told me about the trials they run, but I never signed up for the trials.
I massaged peppermint oil into my scalp every night, and peppermint oil calmed the itching within a week.
After a month, peppermint oil had stopped the flaking, and my hairdresser noticed fewer broken hairs.
The gym staff asked what I use, and I told them about the peppermint oil.
Next winter I will start the peppermint oil in the autumn instead.
"""


@pytest.fixture(autouse=True)
def _fresh_model():
    tm._model.cache_clear()
    tm._probes.cache_clear()
    ex._checked_intervention.cache_clear()
    yield
    tm._model.cache_clear()
    tm._probes.cache_clear()
    ex._checked_intervention.cache_clear()


def test_the_shipped_probe_has_one_weight_per_embedding_dimension_for_each_kind() -> None:
    payload = json.loads(gzip.decompress(tm.PROBE_PATH.read_bytes()))
    assert payload["feature_version"] == tm.FEATURE_VERSION
    assert set(payload["probes"]) == set(tm.PROBE_KINDS)
    probes = tm._probes()
    for kind in tm.PROBE_KINDS:
        assert probes[kind].weights.shape == (semantic.DIM,)
    meta = json.loads(tm.PROBE_META_PATH.read_text())
    assert hashlib.sha256(tm.PROBE_PATH.read_bytes()).hexdigest() == meta["model_sha256"]
    # the ranker was trained on the probes' features
    ranker = json.loads(tm.META_PATH.read_text())
    assert ranker["probes"] == list(tm.PROBE_KINDS)
    _, weights, _, _, _ = tm._model()
    assert all(("probe_" + k) in weights for k in tm.PROBE_KINDS)


def test_a_probe_that_does_not_match_its_sha256_is_refused(tmp_path, monkeypatch) -> None:
    bad = tmp_path / tm.PROBE_PATH.name
    bad.write_bytes(gzip.compress(json.dumps({"feature_version": tm.FEATURE_VERSION, "probes": {}}).encode()))
    shutil.copy(tm.PROBE_META_PATH, tmp_path / tm.PROBE_META_PATH.name)
    monkeypatch.setattr(tm, "PROBE_PATH", bad)
    monkeypatch.setattr(tm, "PROBE_META_PATH", tmp_path / tm.PROBE_META_PATH.name)
    with pytest.raises(tm.ProbeError):
        tm._probes()


def test_the_probe_ranks_a_remedy_above_a_season_a_place_and_a_study_noun() -> None:
    a = article(_WINTER)
    cands = tm.candidates(a)
    by_label = {c.concept.label.lower(): (c, m) for c, m in zip(cands, tm.meaning(cands))}
    remedy = next(v for k, v in by_label.items() if k.startswith("peppermint"))
    others = [v for k, v in by_label.items() if k in ("winter", "gym", "trials", "clinic", "northgate gym")]
    assert len(others) >= 2, sorted(by_label)
    for kind in tm.PROBE_KINDS:
        for c, m in others:
            assert remedy[1]["probe_" + kind] > m["probe_" + kind], (kind, c.concept.label)
    # and the ranker, reading the probes with every other feature, puts the remedy first
    probs = dict(zip((c.concept.label.lower() for c in cands), tm.probabilities(cands)))
    assert max(probs, key=probs.__getitem__).startswith("peppermint")


def test_the_context_is_the_words_around_the_first_mention_in_prose() -> None:
    text = "Peppermint Oil\n\nI massaged peppermint oil into my scalp every night before bed, and it calmed the itch."
    regex = ex._generic_concept("peppermint oil").regex
    ctx = tm.mention_context(regex, text, "peppermint oil")
    # (the heading is no prose: the sentence that uses the oil is read, up to CONTEXT_WORDS either side)
    assert ctx.startswith("I massaged peppermint oil into my scalp")
    assert len(ctx.split()) <= 2 * tm.CONTEXT_WORDS + 2
    assert tm.mention_context(regex, "Nothing here.", "peppermint oil") == "peppermint oil"


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


def test_the_training_allowlist_has_dev12_and_test16_and_no_held_split() -> None:
    tt = _trainer()
    assert "dev12" in tt.TRAIN_SPLITS and "test16" in tt.TRAIN_SPLITS
    # (test17 and dev13 since session 22)
    assert "dev13" in tt.TRAIN_SPLITS and "test17" in tt.TRAIN_SPLITS
    # (test18 and dev14 since session 23)
    assert "dev14" in tt.TRAIN_SPLITS and "test18" in tt.TRAIN_SPLITS
    # (test19 and dev15 since session 24)
    assert "dev15" in tt.TRAIN_SPLITS and "test19" in tt.TRAIN_SPLITS
    assert not any(s in tt.TRAIN_SPLITS for s in ("test20", "dev16", "held"))
    rows = io.StringIO("article,intervention,split\na.txt,jade roller,dev12\nb.txt,arnica gel,test16\n"
                       "c.txt,castor oil,test20\nd.txt,cupping,dev16\ne.txt,microneedling,test17\n")
    assert tt.article_labels(csv.DictReader(rows)) == {("dev12", "a.txt"): "jade roller", ("test16", "b.txt"): "arnica gel",
                                                       ("test17", "e.txt"): "microneedling"}
    for meta_path in (tm.META_PATH, tm.PROBE_META_PATH):
        data = json.loads(meta_path.read_text())["data"]
        assert "test16" in data and "dev12" in data and "test17" not in data and "dev13" not in data


def test_the_nested_probe_never_saw_the_split_its_ranker_is_scored_on() -> None:
    tt = _trainer()
    for held in tt.TRAIN_SPLITS:
        for split in tt.TRAIN_SPLITS:
            if split != held:
                excluded = tt._inner_excluded(held, split)
                assert held in excluded and split in excluded
