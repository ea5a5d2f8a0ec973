"""tracker.verdict, ROUTE22 (issue 14 point 4, GRADE indirectness): records that do not test the claim as stated.

- The route and form of administration are part of the intervention (PICO). The claim's route is read from its
  own words in the general vocabulary of dosage forms and verbs of administration ("Because you swallow it",
  "rubbing the foam into your scalp"), before any other arm it is set against. Records whose arms are all given by
  another route are indirect: with direct records left the body is re-graded on them; with none, a backing body
  makes the claim at most partly supported, anything else finds no evidence about the claim's own route.
- A claim whose exposure is STOPPING the treatment ("within a few months of stopping", "once you stop") is about
  withdrawal: records of the effect while used do not test it (no evidence found); a record that reports the same
  event after a stop backs it (partly supported).
- A duration is not a count of sessions ("within a week without treatment" counts no treatment), and a time that
  dates a stop ("I stopped after six weeks") is no time frame of an effect.

Real appraisal and grading on hand-written records (topics no development article uses). Tests whose comments
say "before:" fail on the code at the start of session 22."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import ClaimFrame, Question
from tracker.verdict import claimed_sessions, quote_routes, stopping_exposure, time_of_stopping

MELASMA = Question("q-txa-melasma", "Does tranexamic acid reduce melasma?", "tranexamic acid", "melasma", "efficacy",
                   "tranexamic acid[tiab] AND melasma[tiab]")
TOPICAL = {
    "95000001": rec("95000001", "Randomised controlled trial in 60 women with melasma: tranexamic acid 3% cream applied "
                    "twice daily reduced melasma severity scores significantly more than vehicle cream (p < 0.01) "
                    "at 12 weeks.", title="Topical tranexamic acid cream for melasma: a randomised trial"),
    "95000002": rec("95000002", "Randomised controlled trial in 48 patients with melasma: tranexamic acid 5% solution "
                    "reduced melasma area and severity significantly more than placebo solution (p = 0.02) at 8 weeks.",
                    title="Topical tranexamic acid solution in melasma: a randomised placebo-controlled trial"),
}
ORAL = {
    "95000003": rec("95000003", "Randomised controlled trial in 80 patients with melasma: oral tranexamic acid 250 mg "
                    "tablets twice daily reduced melasma severity significantly more than placebo tablets (p < 0.001) "
                    "at 12 weeks.", title="Oral tranexamic acid for melasma: a randomised placebo-controlled trial"),
}


def test_the_claims_route_is_read_from_dosage_forms_and_verbs_of_administration():
    assert quote_routes("Because you swallow it, there is no greasy residue and no itchy scalp") == {"oral"}
    assert quote_routes("Swallowing the tablet regrows far more hair than rubbing the foam into your scalp") == {"oral"}
    assert quote_routes("Sprayed on your calves at bedtime, it eases cramps better than swallowing the tablets") == {
        "topical"}
    assert "inject" in quote_routes("The injections clear it in a month")
    # a form of either route ("oil", "solution") names none by itself; two routes in the claim's own part name neither
    assert quote_routes("fish oil eases stiff joints") == set()
    assert quote_routes("the tablets and the cream both work") == set()
    # what follows the comparative's standard is the other arm's
    assert quote_routes("it works better than the creams") == set()


def test_a_claim_about_one_route_is_not_supported_by_records_of_another_only():
    # before: supported (the topical trials read as evidence about tablets)
    _, v = judge("Swallowing the tablets fades melasma", MELASMA, TOPICAL)
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert "another route" in v.rationale
    # the same claim about the records' own route keeps its verdict
    _, v = judge("Rubbing the cream onto your face fades melasma", MELASMA, TOPICAL)
    assert v.verdict == "supported" and "another route" not in v.rationale, v.rationale


def test_direct_records_of_the_claims_route_decide_and_the_others_are_set_aside():
    _, v = judge("Swallowing the tablets fades melasma", MELASMA, {**TOPICAL, **ORAL})
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale
    assert "95000001" in v.rationale and "no direct evidence" in v.rationale
    assert v.n_studies == 1  # graded on the oral trial alone


IRRITATION = Question("q-txa-irritation", "Does tranexamic acid cause skin irritation?", "tranexamic acid",
                      "skin irritation", "safety", "tranexamic acid[tiab] AND irritation[tiab]")
TOPICAL_HARMS = {
    "95000011": rec("95000011", "Randomised controlled trial in 60 women with melasma using tranexamic acid 3% cream: "
                    "skin irritation and dryness occurred in 12% of patients.",
                    title="Topical tranexamic acid cream for melasma: a randomised trial"),
}


def test_a_denial_of_harm_given_by_mouth_is_not_refuted_by_harms_of_the_cream():
    # before: contradicted (a sign error: the cream's irritation held against tablets)
    _, v = judge("Because you swallow it, there is no skin irritation at all", IRRITATION, TOPICAL_HARMS,
                 relation="denies_harm", strength="absolute")
    assert v.verdict == "no evidence found" and v.side == "unclear", v.rationale
    assert "another route" in v.rationale


RELAPSE = {
    **ORAL,
    "95000021": rec("95000021", "Cohort study of 40 patients with melasma treated with oral tranexamic acid for six "
                    "months: melasma relapsed in 70% of patients within three months after the treatment was stopped.",
                    title="Relapse of melasma after oral tranexamic acid: a cohort study"),
}


def test_a_claim_about_stopping_is_not_answered_by_records_of_the_effect_while_used():
    assert stopping_exposure(None, "it came back within a few months of stopping")
    assert stopping_exposure(None, "Once you stop the tablets, the patches return")
    assert stopping_exposure(ClaimFrame("stopping tranexamic acid", "tranexamic acid", "melasma", "harm"), "it returns")
    assert not stopping_exposure(None, "though only 0.5% stopped because of it")  # a stop as the outcome
    # before: partly supported, backs (the trials of the effect while used read as evidence about withdrawal)
    _, v = judge("the patches faded within a few months of stopping", MELASMA, ORAL)
    assert v.verdict == "no evidence found" and v.side == "unclear", v.rationale
    assert "stopping" in v.rationale
    _, v = judge("the patches come back within a few months of stopping", MELASMA, ORAL, relation="harm")
    assert v.verdict == "no evidence found" and v.side == "unclear", v.rationale


def test_a_record_of_the_same_event_after_a_stop_backs_a_stopping_claim():
    _, v = judge("the patches come back within a few months of stopping", MELASMA, RELAPSE, relation="harm")
    assert v.verdict == "partly supported" and v.side == "backs", v.rationale
    assert "95000021" in v.rationale
    # a claim of the opposite event (gone after the stop) is not backed by a relapse: placed on neither side
    _, v = judge("the patches cleared within a few months of stopping", MELASMA, RELAPSE)
    assert v.side == "unclear" and v.verdict in ("not supported", "no evidence found"), v.rationale


def test_a_duration_is_not_a_count_of_sessions():
    fr = ClaimFrame("microneedling", "microneedling", "complications", "benefit")
    # before: (1.0, 'typical') ("a week without treatment" read as one treatment)
    assert claimed_sessions(fr, "why most complications clear up within a week without treatment") is None
    assert claimed_sessions(fr, "in a month of treatments") is None
    assert claimed_sessions(fr, "after a single facial treatment") == (1.0, "typical")
    assert claimed_sessions(fr, "fills in after three sessions") == (3.0, "typical")


def test_a_time_that_dates_a_stop_is_no_time_frame_of_an_effect():
    fr = ClaimFrame("tranexamic acid", "tranexamic acid", "melasma", "benefit", time_frame="after six weeks",
                    time_frame_days=42.0)
    assert time_of_stopping(fr, "I stopped after six weeks") == "after six weeks"
    assert time_of_stopping(fr, "My patches faded after six weeks") is None
    # before: not supported, against (six weeks held to the trials' 12-week time points)
    _, v = judge("I stopped after six weeks", MELASMA, ORAL, time_frame="after six weeks", time_frame_days=42.0)
    assert v.side != "against", v.rationale


# FIX11b (GRADE magnitude, issue 14 point 3; PICO: a figure belongs to the arm it is said of)
SHARES = {
    "95000031": rec("95000031", "Randomised controlled trial in 120 women with melasma: 62% of patients treated with "
                    "tranexamic acid cream had a good response compared with 41% of patients given placebo cream at "
                    "12 weeks (p = 0.02).", title="Tranexamic acid cream for melasma: a randomised trial"),
    "95000032": rec("95000032", "Randomised controlled trial in 90 patients with melasma: 58% of patients on "
                    "tranexamic acid solution improved versus 22% on vehicle (p < 0.01).",
                    title="Tranexamic acid solution in melasma: a randomised placebo-controlled trial"),
}
DARKENING = Question("q-txa-darkening", "Does tranexamic acid cause skin darkening?", "tranexamic acid",
                     "skin darkening", "safety", "tranexamic acid[tiab] AND darkening[tiab]")
DARKENING_HARMS = {
    "95000041": rec("95000041", "Randomised controlled trial in 70 patients with melasma treated with tranexamic acid "
                    "cream: transient skin darkening occurred in 9 patients, with pigment index 74 versus 59 before "
                    "treatment; skin darkening was more common in patients with darker skin types.",
                    title="Tranexamic acid cream for melasma: a randomised trial"),
    "95000042": rec("95000042", "Prospective cohort study of 50 patients with melasma using tranexamic acid cream: skin "
                    "darkening was reported in 6 patients, mostly with darker skin.",
                    title="Adverse effects of topical tranexamic acid: a cohort study"),
}


def test_a_share_said_of_an_inactive_control_arm_is_not_held_to_the_treatments_shares():
    from tracker.verdict import control_arm_share
    assert control_arm_share("but so did 46% on the dummy lotion", 46.0)
    assert control_arm_share("yet 30% of those given placebo improved too", 30.0)
    assert not control_arm_share("60% of women on the 2% lotion saw some regrowth", 60.0)
    assert not control_arm_share("46% on the cream improved, against 20% on placebo", 46.0)
    # before: supported, backs (the control arm's 30% read as the treatment's share, held to the records' shares)
    _, v = judge("but so did 30% on the dummy cream", MELASMA, SHARES, magnitude_value=30.0,
                 magnitude_kind="proportion")
    assert v.side == "unclear", v.rationale
    assert "control arm" in v.rationale
    # the treatment's own share keeps its check
    _, v = judge("20% of women on the cream improved", MELASMA, SHARES, magnitude_value=20.0,
                 magnitude_kind="proportion")
    assert "control arm" not in v.rationale and "shares of people" in v.rationale, v.rationale


def test_a_harm_with_a_relative_risk_no_record_gives_is_partly_supported_not_refuted():
    # before: not supported, against ("74 versus 59", two pigment indices, read as against "twice as likely")
    _, v = judge("darker skin is twice as likely to be left with skin darkening", DARKENING, DARKENING_HARMS,
                 relation="harm", magnitude_value=2.0, magnitude_kind="fold")
    assert v.side != "against", v.rationale
    assert v.verdict in ("partly supported", "not supported"), v.rationale
    assert "relative risk" in v.rationale
