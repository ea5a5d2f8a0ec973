"""tracker.verdict, SIGN24: three sign errors of reading what a claim measures.

- A time frame is the time of the event it modifies: a length of time followed by a rate of use ("pressed on for two
  minutes a day", "20 minutes every night") is how long each use lasts, a dose, not when an effect shows; the claim's
  time frame, if any, is read from the rest of the quote ("... shrank the scars within four weeks").
- Comparison (GRADE indirectness of outcome): "there's far less downtime than laser" compares the quantity its
  comparative quantifier governs; a head-to-head result on another outcome ("clearance was better with laser") does
  not answer it, whatever outcome the frame was given.
- Completeness is a magnitude: a first-person anecdote of a removal ("it erased my spots") tells one person's result
  and is spared the complete-result check, but a degree adverb of totality ("my crown had filled in completely") is
  held to the graded responses trials report, as any complete result is.

Real appraisal and grading on hand-written records (a topic no development article uses). Tests whose comments say
"before:" fail on the code at the start of session 24."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import ClaimFrame, Question
from tracker.verdict import claim_compared_quantity, time_of_each_use

WARTS = Question("q-sa-warts", "Does salicylic acid clear warts?", "salicylic acid", "warts", "efficacy",
                 "salicylic acid[tiab] AND warts[tiab]")
TRIALS = {
    "96000001": rec("96000001", "Randomised controlled trial in 120 patients with plantar warts: salicylic acid 50% "
                    "ointment reduced wart size significantly more than placebo ointment (p < 0.01) at 8 weeks.",
                    title="Salicylic acid ointment for plantar warts: a randomised placebo-controlled trial"),
    "96000002": rec("96000002", "Randomised controlled trial in 90 children with common warts: salicylic acid 17% "
                    "gel improved warts significantly more than vehicle gel (p = 0.01) at 12 weeks.",
                    title="Salicylic acid gel for common warts in children: a randomised trial"),
}
HEAD_TO_HEAD = {
    "96000011": rec("96000011", "Randomised controlled trial in 240 patients with common warts comparing salicylic acid "
                    "with cryotherapy. Wart clearance was significantly better with cryotherapy than with salicylic "
                    "acid (p < 0.01) at 12 weeks.",
                    title="Cryotherapy versus salicylic acid for common warts: a randomised controlled trial"),
    "96000012": rec("96000012", "Randomised controlled trial in 180 adults with plantar warts: cryotherapy cleared "
                    "more warts than salicylic acid (p = 0.02) at 12 weeks.",
                    title="Cryotherapy or salicylic acid for plantar warts: a randomised trial"),
}


def _frame(time_frame: str) -> ClaimFrame:
    return ClaimFrame("salicylic acid", "salicylic acid", "warts", "benefit", time_frame=time_frame,
                      time_frame_days=0.0)


def test_a_length_of_time_with_a_rate_of_use_is_the_length_of_each_use():
    q = "Pressed on for two minutes a day, the patches shrank the warts within eight weeks"
    assert time_of_each_use(_frame("for two minutes"), q) == ("for two minutes", "within eight weeks", 56.0)
    assert time_of_each_use(_frame("for 20 minutes"), "Wear it for 20 minutes every night") == (
        "for 20 minutes", None, None)
    assert time_of_each_use(_frame("for ten minutes"), "Use it for ten minutes twice daily")[0] == "for ten minutes"
    # a time frame with no rate after it is the time of the effect
    assert time_of_each_use(_frame("within eight weeks"), "The warts shrank within eight weeks") is None
    assert time_of_each_use(_frame("in 4 weeks"), "Results in 4 weeks, every time") is None


def test_a_dose_length_is_not_held_to_the_records_time_points():
    q = "Pressed on for two minutes a day, the patches shrank the warts within eight weeks"
    # before: not supported, against ("for two minutes" is shorter than any time point the records report)
    _, v = judge(q, WARTS, TRIALS, time_frame="for two minutes", time_frame_days=2 / 1440)
    assert v.side == "backs", v.rationale
    assert "shorter than any" not in v.rationale


def test_the_compared_quantity_is_read_from_the_comparative():
    fr = ClaimFrame("salicylic acid", "salicylic acid", "warts", "superior", comparator="cryotherapy",
                    comparator_norm="cryotherapy")
    assert claim_compared_quantity(fr, "so there's far less downtime than cryotherapy") == "downtime"
    assert claim_compared_quantity(fr, "it has fewer side effects than cryotherapy") == "side effects"
    # a comparative on the frame's own outcome compares nothing else
    assert claim_compared_quantity(fr, "it clears more warts than cryotherapy") == ""
    assert claim_compared_quantity(fr, "it works better than cryotherapy") == ""


def test_a_comparison_of_another_outcome_does_not_answer_a_comparison_of_downtime():
    # before: contradicted (the trials' clearance results, which favour cryotherapy, held against less downtime)
    _, v = judge("so there's far less downtime than cryotherapy", WARTS, HEAD_TO_HEAD, relation="superior",
                 comparator="cryotherapy", comparator_norm="cryotherapy")
    assert v.side != "against", v.rationale
    assert "compares downtime" in v.rationale
    # the same trials still decide a comparison of the outcome they measured
    _, v = judge("it clears warts better than cryotherapy", WARTS, HEAD_TO_HEAD, relation="superior",
                 comparator="cryotherapy", comparator_norm="cryotherapy")
    assert v.side == "against", v.rationale


def test_one_persons_total_result_is_held_to_the_graded_responses():
    # before: partly supported, backs (the first-person anecdote spared the complete-result check)
    _, v = judge("Within eight weeks my warts had cleared completely", WARTS, TRIALS, time_frame="Within eight weeks",
                 time_frame_days=56.0)
    assert v.verdict == "not supported", v.rationale
    # a removal told by one person, with no degree of totality, keeps the direction the trials back
    _, v = judge("The salicylic acid shrank my warts", WARTS, TRIALS)
    assert v.side == "backs", v.rationale


def test_a_ranking_on_harms_is_not_answered_by_results_on_efficacy():
    # "with fewer side effects" ranks the arms' harms: trials that say which arm cleared more warts compare another
    # outcome (before: not supported, a "not supported" by the verdict word, read from the clearance results)
    harms = Question("q-sa-harms", "Does salicylic acid cause skin irritation?", "salicylic acid", "skin irritation",
                     "safety", "salicylic acid[tiab] AND irritation[tiab]")
    reported = {p: rec(p, r.abstract_text + " Skin irritation was reported in 5% of patients treated with salicylic "
                       "acid.", title=r.title) for p, r in HEAD_TO_HEAD.items()}
    _, v = judge("with fewer side effects", harms, reported, relation="superior", outcome="side effects")
    assert v.side != "against" and v.verdict != "not supported", v.rationale
    assert "compares side effects" in v.rationale
    # a harm word that is also an outcome treatments improve ("hyperpigmentation") ranks efficacy under an efficacy
    # question: the head-to-head results on it still decide
    _, v = judge("it fades hyperpigmentation better than cryotherapy", WARTS, HEAD_TO_HEAD, relation="superior",
                 outcome="hyperpigmentation", comparator="cryotherapy", comparator_norm="cryotherapy")
    assert "compares hyperpigmentation" not in v.rationale, v.rationale
