"""tracker.verdict, SIGN2 (issue 14): sign errors found on copy nobody tuned on (test9, test10).

- A time point named by its unit first ("significant from week 2", "at weeks 0, 4 and 12") is a time point the
  records report: a claim of an early effect is checked against it, not against the course length alone; one that
  dates an onset ("from week 2") refutes a claim faster than it rather than leaving it untested.
- An add-on trial ("cryotherapy with salicylic acid versus cryotherapy alone") names the comparator in both arms:
  only the mention marked "alone" is the comparator's arm, the mention joined to the intervention is the
  combination's.
- A record read both as favouring the intervention and as favouring the comparator cannot place a comparative
  claim: not supported, on neither side, never contradicted on it.

Real appraisal and grading on hand-written records (topics no development article uses). Tests whose comments say
"before:" fail on the code at the start of session 15 (c50d506)."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.appraisal import appraise
from tracker.models import ClaimFrame, Question
from tracker.verdict import check_time_frame

MELASMA = Question("q-hq-melasma", "Does hydroquinone improve melasma?", "hydroquinone", "melasma", "efficacy",
                   "hydroquinone[tiab] AND melasma[tiab]")
HQ_TRIALS = {
    "94000001": rec("94000001", "Randomised, double-blind trial in which 120 adults applied hydroquinone 4% cream or "
                    "vehicle nightly for 24 weeks. Hydroquinone was significantly better than vehicle for melasma "
                    "severity, with some differences significant from week 2 and still increasing at week 24.",
                    title="Hydroquinone 4% cream for melasma: a randomised vehicle-controlled trial"),
    "94000002": rec("94000002", "Randomised trial of 80 women: hydroquinone reduced the melasma area and severity index "
                    "significantly more than vehicle over 12 weeks (p < 0.01).",
                    title="Hydroquinone in melasma"),
}


def test_a_time_point_named_by_its_unit_first_is_read():
    # before: only "for 24 weeks" and "over 12 weeks" were read, so "at week 2" was 6 times shorter than any
    frame = ClaimFrame(intervention="hydroquinone", intervention_norm="hydroquinone", outcome="melasma",
                       relation="benefit", time_frame="at week 2", time_frame_days=14.0)
    apps = [appraise(r, MELASMA) for r in HQ_TRIALS.values()]
    tf = check_time_frame(frame, MELASMA, apps, HQ_TRIALS)
    assert tf.fits and min(d for _, _, d in tf.reported) == 14.0, tf
    listed = {"94000003": rec("94000003", "Randomised trial of 50 adults: melasma was scored at weeks 0, 4 and 12, "
                              "and hydroquinone improved melasma more than vehicle.", title="Hydroquinone for melasma")}
    tf = check_time_frame(frame, MELASMA, [appraise(r, MELASMA) for r in listed.values()], listed)
    assert [d for _, _, d in tf.reported] == [28.0], tf  # the series starts at baseline: its first later point


def test_an_early_effect_the_records_report_from_that_week_is_not_against_the_claim():
    # before: not supported, side against ("shorter than any the records report (earliest 12 weeks)")
    _, v = judge("Some of these differences were already significant at week 2", MELASMA, HQ_TRIALS,
                 time_frame="at week 2", time_frame_days=14.0)
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale
    assert "fits time points" in v.rationale


def test_a_claimed_week_far_earlier_than_any_record_still_goes_against():
    # the rule kept: "overnight"-like promises against trials that first measured months later
    late = {"94000002": HQ_TRIALS["94000002"]}
    _, v = judge("Hydroquinone fades melasma in 3 days", MELASMA, late, time_frame="in 3 days", time_frame_days=3.0)
    assert v.verdict == "not supported" and v.side == "against", v.rationale


def test_a_claim_faster_than_the_onset_a_record_dates_is_refuted_not_untested():
    # "from week 2" dates the onset: "within a week" is faster than the effect began, not a time the trials left
    # untested (which a course length alone, "over 12 weeks", would leave it)
    _, v = judge("Melasma gets lighter within a week", MELASMA, HQ_TRIALS,
                 time_frame="within a week", time_frame_days=7.0)
    assert v.verdict == "not supported" and v.side == "against", v.rationale
    assert "earliest 2 weeks" in v.rationale


WARTS = Question("q-sa-warts", "Does salicylic acid clear warts?", "salicylic acid", "warts", "efficacy",
                 '"salicylic acid"[tiab] AND wart*[tiab]')
ADD_ON = {
    "95000001": rec("95000001", "Randomised trial of 60 adults with plantar warts assigned to cryotherapy alone or "
                    "cryotherapy followed by daily salicylic acid, assessed at 12 weeks. Complete clearance of warts was "
                    "more frequent in the combined group. The authors conclude salicylic acid with cryotherapy gives a "
                    "better clearance of warts than cryotherapy monotherapy.",
                    title="Cryotherapy monotherapy versus cryotherapy with salicylic acid for plantar warts: a randomised "
                    "trial"),
    "95000002": rec("95000002", "Comparative study of 40 patients with common warts treated with cryotherapy alone or "
                    "with cryotherapy and salicylic acid. The authors conclude combined cryotherapy-salicylic acid is more "
                    "effective than cryotherapy alone for warts.",
                    title="Combined cryotherapy and salicylic acid versus cryotherapy alone for common warts"),
}


def test_an_add_on_trials_combination_arm_is_not_read_as_the_comparator():
    # before: contradicted ("2 favour cryotherapy alone": the combination arm "salicylic acid with cryotherapy" was
    # read as cryotherapy)
    _, v = judge("adding salicylic acid gives better results than cryotherapy alone", WARTS, ADD_ON,
                 relation="superior", comparator="cryotherapy alone", comparator_norm="cryotherapy")
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert "favour cryotherapy" not in v.rationale


ACNE = Question("q-bpo-acne", "Does benzoyl peroxide reduce acne lesions?", "benzoyl peroxide", "acne lesions", "efficacy",
                '"benzoyl peroxide"[tiab] AND acne[tiab]')
BOTH_WAYS = {
    "96000001": rec("96000001", "Randomised trial of 90 adolescents comparing benzoyl peroxide with azithromycin for "
                    "12 weeks. Benzoyl peroxide was more effective than azithromycin for inflammatory acne lesions. "
                    "Azithromycin gave a greater reduction in acne lesions than benzoyl peroxide on the back.",
                    title="Benzoyl peroxide versus azithromycin in acne"),
}


def test_a_record_read_both_ways_places_the_comparison_on_neither_side():
    # before: contradicted (one loss against one win counted as the comparator ahead)
    _, v = judge("Benzoyl peroxide works better than azithromycin for acne", ACNE, BOTH_WAYS,
                 relation="superior", comparator="azithromycin", comparator_norm="azithromycin")
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    assert "read both as favouring it" in v.rationale
