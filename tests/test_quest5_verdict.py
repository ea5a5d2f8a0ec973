"""QUEST5 (verdict, GRADE): "no clear drop", "no significant difference" deny that an effect was shown, not that there is
one; records of an effect at low or very low certainty have not shown it plainly either, so they back such a claim
(partly: SIGN7; QUEST5 placed it on neither side), while records at moderate or high certainty still refute it. Real grading, no mocks; the trials are
written for this test."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import Question

ZOR_SCARS = Question("q-zor-scars", "Does zorbanil cream improve scar depth?", "zorbanil cream", "scar depth", "efficacy",
                     'zorbanil*[tiab] AND scar*[tiab]')


def _trials(*sizes: int) -> dict:
    return {f"s{i}": rec(f"s{i}", f"Randomized controlled trial of {n} adults with atrophic scars treated with "
                                  "zorbanil cream or vehicle. Zorbanil significantly improved scar depth compared "
                                  "with vehicle (p < 0.001).", title="Zorbanil cream for scars: a randomized trial")
            for i, n in enumerate(sizes)}


def test_no_clear_effect_is_not_refuted_by_an_effect_shown_at_low_certainty():
    _, v = judge("trials found no clear improvement in scar depth with zorbanil cream", ZOR_SCARS, _trials(40),
                 relation="no_effect")
    # before: not supported, against (a sign error when the pooled trials did find no clear effect)
    # SIGN7 (GRADE: low certainty means the effect is not clearly established): the records back "no clear
    # improvement", at most partly (they still report an effect in its direction); QUEST5 placed it on neither side,
    # while both development golds for this wording (test13, dev8) back it
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    # a plain denial is still refuted by the same record
    _, v = judge("zorbanil cream does not improve scars", ZOR_SCARS, _trials(40), relation="no_effect")
    assert v.side == "against", v.rationale


def test_no_clear_effect_is_refuted_by_an_effect_shown_at_high_certainty():
    _, v = judge("trials found no clear improvement in scar depth with zorbanil cream", ZOR_SCARS, _trials(220, 240, 260),
                 relation="no_effect")
    assert v.side == "against", v.rationale
