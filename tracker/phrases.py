"""Is a noun phrase a treatment or an outcome? A small learned model instead of topic word lists.

Trained by `benchmarks/train_phrases.py` on the intervention, comparator and outcome phrases
annotators wrote for the Evidence Inference 2.0 TRAIN split (nothing from validation/test, nothing
from our dev or test articles). Features are the phrase's words, its head word and the character
n-grams of each word, so a product never seen ("ashwagandha gummies", "laser cap") is scored by
its head and morphology. Shipped as `resources/phrase_model.json.gz` (plain JSON weights,
checked against the sha256 in its sidecar), loaded with the standard library.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["treatment_probability", "features", "clean_phrase"]

RESOURCES = Path(__file__).resolve().parent / "resources"
MODEL_PATH = RESOURCES / "phrase_model.json.gz"
META_PATH = RESOURCES / "phrase_model.meta.json"

_PAREN_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_DOSE_RE = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:%|mg|g|µg|μg|mcg|ml|iu|units?|kg|mg/kg|mm|nm|j/cm2|times?|x)?\b", re.I)


def clean_phrase(phrase: str) -> str:
    """Lower case, without parentheses, doses and punctuation: the words that name the thing."""
    p = _PAREN_RE.sub(" ", phrase.lower())
    p = _DOSE_RE.sub(" ", p)
    words = re.findall(r"[a-z][a-z'-]*", p)
    return " ".join(w.strip("'-") for w in words if w.strip("'-"))


def features(phrase: str) -> dict[str, float]:
    words = clean_phrase(phrase).split()
    f: dict[str, float] = {}
    if not words:
        return f
    for w in words:
        f["w=" + w] = 1.0
        padded = f"#{w}#"
        for n in (3, 4):
            for i in range(len(padded) - n + 1):
                f["c=" + padded[i:i + n]] = f.get("c=" + padded[i:i + n], 0.0) + 1.0 / len(words)
    f["h=" + words[-1]] = 1.0
    hp = f"#{words[-1]}#"
    for i in range(len(hp) - 3):
        f["hc=" + hp[i:i + 4]] = 1.0
    f["n_words"] = min(len(words), 6) / 6
    return f


class PhraseModelError(RuntimeError):
    """The shipped phrase model is missing or does not match its sidecar."""


@lru_cache(maxsize=1)
def _model() -> tuple[float, dict[str, float]]:
    blob = MODEL_PATH.read_bytes()
    meta = json.loads(META_PATH.read_text())
    if hashlib.sha256(blob).hexdigest() != meta.get("model_sha256"):
        raise PhraseModelError(f"{MODEL_PATH} does not match the sha256 in {META_PATH}")
    payload = json.loads(gzip.decompress(blob))
    return float(payload["bias"]), dict(payload["weights"])


@lru_cache(maxsize=8192)
def treatment_probability(phrase: str) -> float:
    """P(treatment) against outcome for a noun phrase; 0.5 when it has no words."""
    f = features(phrase)
    if not f:
        return 0.5
    bias, w = _model()
    z = bias + sum(v * w.get(k, 0.0) for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
