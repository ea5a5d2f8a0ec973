"""tracker.claim_model (CLAIM9): what a unit MEANS, a logistic probe over its sentence embedding, as a feature of
the claim scorer. A claim asserts what a treatment does to health; a problem described, a feeling about it, a
heading and the product's logistics share a claim's words (an outcome, a modal, a time span) but assert no effect.
The page is written for this test; the encoder, the shipped probe and the shipped scorer are real."""

from __future__ import annotations

import json
import re

import pytest

from tracker import claim_model as cm
from tracker import semantic


def _unit(text: str, lead_in: str = "", **kw) -> cm.ClaimUnit:
    return cm.ClaimUnit(text=text, sentence=text, start=0, end=len(text), rule_score=0.3, lead_in=lead_in, **kw)


CTX = cm.ArticleContext(intervention=re.compile(r"\brosehip (?:night )?serum\b", re.I))

# a made-up review of a night serum: one plain claim of effect and what a page says around its claims
CLAIM = "Rosehip serum reduced dryness and flaking in a 12-week trial."
NOT_CLAIMS = {
    "problem": "Dry patches, a bit of flakiness, skin that feels tight by noon.",
    "feeling": "Dry skin can make you feel older than you really are.",
    "heading": "How it works",
    "logistics": "The bottle ships in recyclable packaging and arrives within two days.",
    "aside": "so you get a moisturiser and a serum in one",
}


def test_the_probe_reads_the_unit_after_its_lead_in_with_whitespace_folded():
    assert cm.probe_text(_unit("thicker,\n  fuller hair")) == "thicker, fuller hair"
    assert cm.probe_text(_unit("thicker hair", lead_in="Benefits include:")) == "Benefits include: thicker hair"


def test_the_meaning_feature_is_the_clipped_scaled_logit_and_its_sign():
    assert cm.meaning_features(2.0) == {"m:claim": 2.0 / semantic.LOGIT_CLIP, "m:says_claim": 1.0}
    assert cm.meaning_features(-100.0) == {"m:claim": -1.0, "m:says_none": 1.0}
    unit = _unit(CLAIM)
    # the scorer reads the meaning only when given it; the rest of its features are unchanged
    plain, read = cm.features(unit, CTX), cm.features(unit, CTX, meaning=4.0)
    assert not any(k.startswith("m:") for k in plain)
    assert {k: v for k, v in read.items() if not k.startswith("m:")} == plain
    assert read["m:claim"] == 0.5 and read["m:says_claim"] == 1.0


def test_the_shipped_probe_matches_its_sidecar_and_the_encoder():
    cm._probe.cache_clear()
    probe = cm._probe()
    assert probe.weights.shape == (semantic.DIM,)
    meta = json.loads(cm.PROBE_META_PATH.read_text())
    assert not {"test20", "test21", "dev16", "held"} & set(meta["splits"])
    # the shipped scorer weighs what the probe says
    assert cm._model().reads_meaning


def test_a_problem_a_feeling_a_heading_and_logistics_mean_less_of_a_claim_than_a_plain_effect():
    claim_z, = cm.probe_logits([_unit(CLAIM)])
    others = dict(zip(NOT_CLAIMS, cm.probe_logits([_unit(t) for t in NOT_CLAIMS.values()])))
    assert claim_z > 0, claim_z
    for kind, z in others.items():
        assert z < claim_z, (kind, z, claim_z)
    # a heading, the logistics and an aside the probe reads as no claim at all
    assert max(others["heading"], others["logistics"], others["aside"]) < 0, others


@pytest.mark.parametrize("kind", sorted(NOT_CLAIMS))
def test_the_scorer_puts_each_below_the_plain_claim(kind):
    # the same rule score and cues for both: only what the words say and what they mean differ
    p_claim = cm.probability(_unit(CLAIM), CTX)
    p_other = cm.probability(_unit(NOT_CLAIMS[kind]), CTX)
    assert p_other < p_claim, (kind, p_other, p_claim)


def test_the_trainer_gives_each_unit_a_logit_from_a_probe_that_never_read_its_split():
    import sys
    from pathlib import Path

    import numpy as np
    bench = str(Path(__file__).resolve().parent.parent / "benchmarks")
    sys.path.insert(0, bench)
    try:
        import train_claims as tc
    finally:
        sys.path.remove(bench)
    folds = tc.inner_folds(["dev", "dev2", "test", "test2", "test3"], 2)
    assert sorted(s for f in folds for s in f) == ["dev", "dev2", "test", "test2", "test3"] and len(folds) == 2
    rng = np.random.default_rng(0)
    arts = [tc.ArticleUnits(f"a{i}.txt", split, units=[None] * 6, labels=[0, 1, 0, 1, 1, 0])
            for i, split in enumerate(["dev", "dev2", "test", "test2"])]
    emb = [rng.normal(size=(6, semantic.DIM)).astype(np.float32) for _ in arts]
    before = tc.probe_logits_out_of_fold(arts, emb, [[a.split] for a in arts], 1.0)
    arts[0].labels = [1 - y for y in arts[0].labels]  # what dev's units are called cannot move dev's own logits
    after = tc.probe_logits_out_of_fold(arts, emb, [[a.split] for a in arts], 1.0)
    assert np.allclose(before[0], after[0]) and not np.allclose(before[1], after[1])
