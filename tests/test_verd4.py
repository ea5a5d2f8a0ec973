"""tracker.verdict and tracker.harms, VERD4 (issue 14): verdicts on the right side.

- A universal over a counted group ("all 30 improved", "each of the 12 patients") ranges over one study's own sample:
  it reports that study, and is not held to other studies' shares of responders as "everyone" is.
- Against an inactive comparator (placebo, sham, vehicle, a preparation's base: "its base gel") the ordinary controlled
  trials are the head-to-head evidence; most of them favouring it backs "better than the base" (GRADE weighs the body;
  one null among them is inconsistency, not a veto).
- A claim that names its own outcome, filed under a question about another outcome it never names, is not answered by
  that question's records (PICO: O): the verdict goes on neither side.
- A denial of an effect on one outcome ("didn't make hair greasier") is judged on what the records say of that
  outcome, not on the direction read from a sentence about another one (a trial's conclusion on its main outcome).
- A harm that leaves a lasting loss of a body function or sense (ICH E2A: blindness after an injection) is serious
  when a record reports it after the treatment, in a title or a case report as in a results sentence.

Real appraisal and grading on hand-written records (topics no development article uses). Tests whose comments say
"before:" fail on 9615e59."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.harms import harm_severities
from tracker.models import Question
from tracker.paths import SNAPSHOT_DIR
from tracker.pipeline import open_backend
from tracker.verdict import counted_group, inert_comparator, outcome_elsewhere

CELLULITE = Question("q-rf-cellulite", "Does radiofrequency reduce cellulite?", "radiofrequency", "cellulite", "efficacy",
                     "radiofrequency[tiab] AND cellulite[tiab]")
SHARES = {
    "93000001": rec("93000001", "Randomised controlled trial in 60 women with thigh cellulite: radiofrequency reduced the "
                    "cellulite severity score significantly more than sham treatment (p < 0.01); cellulite improved in "
                    "62% of patients.", title="Radiofrequency for cellulite: a randomised sham-controlled trial"),
    "93000002": rec("93000002", "Randomised controlled trial in 48 women: radiofrequency improved cellulite grade "
                    "significantly compared with no treatment (p = 0.02); 55% of patients improved.",
                    title="Bipolar radiofrequency in cellulite"),
}


def test_a_counted_group_is_a_study_report_not_a_universal():
    assert counted_group("all 30 improved on the treated thigh")
    assert counted_group("each of the twelve patients saw smoother skin")
    assert not counted_group("all patients improve")
    assert not counted_group("improves within all 4 weeks")


def test_all_of_a_counted_sample_improving_is_not_held_to_other_studies_shares():
    # before: not supported ('every patient' held to shares of 62% and 55%)
    _, v = judge("in which every patient had one thigh treated and the other left alone: all 24 improved on the treated "
                 "thigh", CELLULITE, SHARES)
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale
    # the universal over people in general is still held to the shares
    _, v = judge("Radiofrequency smooths cellulite for every patient", CELLULITE, SHARES)
    assert v.verdict == "not supported", v.rationale


VEHICLE_TRIALS = {
    "93000011": rec("93000011", "Randomised double-blind trial in 80 women: cellulite grade improved significantly more with "
                    "caffeine gel than with the vehicle gel (p < 0.01).",
                    title="Caffeine gel versus vehicle for cellulite"),
    "93000012": rec("93000012", "Randomised trial in 60 women: cellulite improved significantly more with caffeine gel than "
                    "with vehicle (p = 0.01).", title="Topical caffeine for cellulite: a vehicle-controlled trial"),
    "93000013": rec("93000013", "Randomised trial in 44 women: cellulite scores fell significantly more with caffeine gel "
                    "than with placebo gel (p = 0.03).", title="Caffeine gel in cellulite"),
    "93000014": rec("93000014", "Randomised trial in 40 women: cellulite grade did not differ significantly between caffeine "
                    "gel and vehicle at week 12 (p = 0.40).", title="Caffeine gel versus vehicle: a pilot trial"),
}
CAFFEINE = Question("q-caffeine-cellulite", "Does caffeine gel reduce cellulite?", "caffeine gel", "cellulite", "efficacy",
                    "caffeine[tiab] AND cellulite[tiab]")


def test_a_preparations_base_is_an_inactive_comparator():
    for cmp in ("its base gel", "with the base cream", "the cream base", "its base gel over nine months", "placebo",
                "the vehicle"):
        assert inert_comparator(cmp), cmp
    for cmp in ("minoxidil", "retinol 0.5%", "the 2% strength"):
        assert not inert_comparator(cmp), cmp


def test_most_vehicle_controlled_trials_favouring_it_back_better_than_the_base():
    # before: not supported (one null among four vehicle-controlled trials vetoed the comparison)
    _, v = judge("caffeine gel smoothed cellulite better than its base gel", CAFFEINE, VEHICLE_TRIALS,
                 relation="superior", comparator="its base gel", comparator_norm="base gel")
    assert v.verdict in ("supported", "partly supported") and v.side == "backs", v.rationale
    assert "inactive control" in v.rationale


def test_one_null_against_one_win_stays_on_neither_side():
    two = {k: VEHICLE_TRIALS[k] for k in ("93000011", "93000014")}
    _, v = judge("caffeine gel smoothed cellulite better than its base gel", CAFFEINE, two,
                 relation="superior", comparator="its base gel", comparator_norm="base gel")
    assert v.verdict not in ("supported", "partly supported"), v.rationale


ITCH = Question("q-rf-itch", "Does radiofrequency relieve itching?", "radiofrequency", "itching", "efficacy",
                "radiofrequency[tiab] AND (itch*[tiab] OR prurit*[tiab])")
ITCH_TRIAL = {"93000021": rec("93000021", "Randomised trial in 70 women comparing radiofrequency with cryolipolysis: "
                              "itching rose significantly from baseline with radiofrequency (P < .05).",
                              title="Radiofrequency versus cryolipolysis")}


def test_a_claim_about_another_outcome_than_its_question_is_on_neither_side():
    # before: partly supported (the itching records were read for a claim about cellulite)
    quote = "In a six-month trial, radiofrequency and cryolipolysis smoothed cellulite about equally"
    _, v = judge(quote, ITCH, ITCH_TRIAL, outcome="cellulite")
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    # a claim that names the question's outcome, or names none of its own, is judged as before
    assert outcome_elsewhere(judge_frame("itching"), ITCH, "radiofrequency eased the itching") is None
    assert outcome_elsewhere(judge_frame("itching"), ITCH, "It works") is None


def judge_frame(outcome: str):
    from tracker.models import ClaimFrame
    return ClaimFrame(intervention="radiofrequency", intervention_norm="radiofrequency", outcome=outcome,
                      relation="benefit")


OIL = Question("q-pumpkin-grease", "Does pumpkin seed oil affect hair greasiness?", "pumpkin seed oil",
               "hair greasiness", "efficacy", '"pumpkin seed oil"[tiab] AND (hair[tiab] AND greas*[tiab])')
OIL_TRIAL = {"93000031": rec("93000031", "Randomised trial of pumpkin seed oil against minoxidil 5% in 80 men with "
                             "androgenetic alopecia for 24 weeks. Hair counts rose significantly in both arms. Dry hair, "
                             "greasy hair and dandruff did not change significantly. The authors conclude the trial supports "
                             "pumpkin seed oil as a treatment for androgenetic alopecia.",
                             title="Pumpkin seed oil versus minoxidil for androgenetic alopecia: a randomised trial")}


def test_a_denied_effect_is_judged_on_the_records_sentence_about_that_outcome():
    # before: not supported, against (the trial's conclusion on alopecia was read as an effect on greasiness)
    _, v = judge("in the clinical trial pumpkin seed oil didn't make hair greasier", OIL, OIL_TRIAL, relation="no_effect")
    assert v.side != "against", v.rationale
    assert v.verdict in ("supported", "partly supported"), v.rationale


def test_blindness_after_an_injection_is_a_serious_harm_in_a_title_or_a_case_report():
    # before: [] (no sentence with a report verb named the harm)
    title = "Irreversible Blindness Following Periocular Filler Injection."
    case = ("Case report of a 52-year-old woman who lost vision in the left eye after cosmetic filler injections "
            "into the forehead.")
    for text in (title, case):
        found = harm_severities(text)
        assert found and any(not mild for _, mild in found), (text, found)
    # the treated condition is not a harm of the treatment
    assert harm_severities("Injections for diabetic retinopathy were given monthly.") == []


FILLER = Question("q-filler-harms", "Does hyaluronic acid filler cause adverse effects?", "hyaluronic acid filler",
                  "adverse effects", "safety",
                  'filler*[tiab] AND ("adverse effect*"[tiab] OR "adverse event*"[tiab] OR blindness[tiab])')
FILLER_RECORDS = {
    "93000041": rec("93000041", "Randomised trial in 120 adults receiving hyaluronic acid filler for nasolabial folds: "
                    "adverse events were mild and transient, mostly bruising and swelling that resolved within a week.",
                    title="Hyaluronic acid filler for nasolabial folds: a randomised trial"),
    "93000042": rec("93000042", "Case report of a 41-year-old woman who lost vision in the left eye after hyaluronic acid "
                    "filler injections around the eyes; imaging showed ophthalmic artery occlusion.",
                    title="Irreversible Blindness Following Periocular Filler Injection"),
}


def test_safety_at_a_site_where_a_case_report_documents_a_serious_harm_is_contradicted():
    # before: supported (the case report's blindness was not read as a serious harm)
    _, v = judge("Our filler injections are safe around the eyes", FILLER, FILLER_RECORDS, relation="denies_harm")
    assert v.verdict == "contradicted" and v.side == "against", v.rationale
    # "safe" with no site: the case report shows that it can happen, not how often (neither side, as before)
    _, v = judge("Our filler injections are safe", FILLER, FILLER_RECORDS, relation="denies_harm")
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale


PEEL = Question("q-peel-plus-led", "Does adding LED light to a chemical peel improve melasma?", "LED light",
                "melasma", "efficacy", '("LED"[tiab] OR "light-emitting diode"[tiab]) AND melasma[tiab]')
SPLIT_FACE = {"93000051": rec("93000051", "Split-face comparative study in 28 women with melasma: chemical peel alone on one "
                              "side and chemical peel plus LED light on the other, four monthly sessions. Melasma scores "
                              "fell significantly on both sides (by 6.1 points with chemical peel plus LED light versus 4.9 "
                              "points with chemical peel alone), but between-side differences were not significant.",
                              title="Chemical peel alone versus chemical peel with LED light for melasma: a split-face study")}


def test_an_add_on_win_read_from_one_arms_change_is_a_tie_when_the_difference_was_tested_null():
    # before: no evidence found (the trial's test between the arms was not read as a comparison)
    _, v = judge("Chemical peel plus LED light beat chemical peel alone for melasma", PEEL, SPLIT_FACE,
                 relation="superior", intervention="chemical peel plus LED light",
                 intervention_norm="chemical peel plus LED light", comparator="chemical peel alone",
                 comparator_norm="chemical peel")
    assert v.side != "backs", v.rationale
    assert "no difference" in v.rationale, v.rationale


def test_the_treatment_a_claim_gives_up_is_not_judged_for_the_result_claimed():
    # before: partly supported (the records on the treatment given up were read as backing the replacement's result)
    _, v = judge("Swapped my radiofrequency for this cream and my cellulite is smoother than it ever was", CELLULITE,
                 SHARES)
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
    _, v = judge("I switched from massage to radiofrequency and my cellulite is smoother", CELLULITE, SHARES)
    assert v.side == "backs", v.rationale


def test_a_graded_safety_claim_for_a_population_is_judged_on_how_serious_the_harms_were():
    # before: no evidence found (the harms that occur in those people were read as refuting 'safest')
    dark = rec("93000043", "Randomised trial in 90 adults with darker skin (Fitzpatrick IV-VI) receiving hyaluronic acid "
               "filler: adverse events were mild and transient, mostly bruising and swelling that resolved within a week.",
               title="Hyaluronic acid filler in darker skin types: a randomised trial")
    _, v = judge("Hyaluronic acid filler is the safest option for darker skin", FILLER, {dark.pmid: dark},
                 relation="denies_harm", population="darker skin")
    assert v.side == "backs", v.rationale
    assert "how serious" in v.rationale, v.rationale


def test_case_reports_do_not_tip_a_plain_denial_of_harm_against_it():
    # before: not supported, against (the snapshot's case report of blindness counted in the balance of studies)
    prp = Question("q-prp-harms", "Does PRP cause adverse effects?", "PRP (platelet-rich plasma)", "adverse effects", "safety",
                   '("platelet-rich plasma"[tiab] OR PRP[tiab]) AND ("adverse effect*"[tiab] OR "adverse event*"[tiab] OR '
                   '"side effect*"[tiab] OR complication*[tiab] OR safety[tiab] OR blindness[tiab])')
    backend = open_backend("snapshot", snapshot=SNAPSHOT_DIR)
    records = {r.pmid: r for r in backend.fetch(list(backend.search(prp.query, max_ids=200).pmids))}
    assert "27015236" in records
    _, v = judge("it suits darker skin tones well", prp, records, relation="denies_harm")
    assert v.verdict == "not supported" and v.side == "unclear", v.rationale
