"""tracker.verdict, VERDICT23 (issue 14 point 3; GRADE indirectness): compare like with like, and when the records do
not test what the claim says, say so (side unclear) with the reason in words.

- A claim about animals or the laboratory ("In rats they sealed over within a day") is not tested by studies in people:
  their time points do not date it, and without a record in animals or cells it is placed on neither side; a claim
  about people is not dated by an animal study's time points.
- A denial of one named harm ("can't affect your liver") is not refuted by records that report other harms and never
  name it.
- A share of people who stopped ("fewer than 2 in 100 people gave up the tablets") is held to the discontinuation shares
  the records report, a ceiling met by any share at or below it; how often harms occurred does not test it.
- Dosage forms and dating adjectives ("the old 2% liquid") name no treatment, so a record's "caffeine liquid" is no
  head-to-head result against it; and head-to-head results that disagree (wins and a null) place a "better than" on
  neither side.

Real appraisal and grading on hand-written records (topics no development article uses). Tests whose comments say
"before:" fail on the code at the start of session 23."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.appraisal import appraise
from tracker.models import ClaimFrame, Question
from tracker.verdict import _name_re, check_time_frame, nonhuman_subject, share_ceiling

# --- animals and the laboratory ---------------------------------------------------------------------------------

WOUNDS = Question("q-sucralfate-wounds", "Does sucralfate cream heal wounds?", "sucralfate", "wound healing", "efficacy",
                  "sucralfate[tiab] AND (wound*[tiab] OR heal*[tiab])")
PEOPLE = {
    "95000001": rec("95000001", "Randomised controlled trial of 90 adults with leg ulcers: sucralfate cream applied daily "
                    "for 12 weeks improved wound healing significantly more than placebo cream (p < 0.01).",
                    title="Sucralfate cream for leg ulcers: a randomised controlled trial"),
}
RATS = {
    "95000002": rec("95000002", "In 40 Wistar rats with full-thickness excision wounds, topical sucralfate accelerated "
                    "wound healing compared with untreated controls, with wound closure significantly greater from day 1.",
                    title="Sucralfate accelerates excision wound healing in rats"),
}


def test_nonhuman_subject_reads_where_the_finding_was_seen():
    assert nonhuman_subject("In rats they sealed over within a day") == "In rats"
    assert nonhuman_subject("In the lab, one of them crossed pig skin nearly seven times faster") == "In the lab"
    assert nonhuman_subject("It grew hair faster than minoxidil did, though only in mice") == "in mice"
    assert nonhuman_subject("Sucralfate cream heals leg ulcers within 12 weeks") is None
    assert nonhuman_subject("It works on old scars") is None


def test_a_time_frame_in_rats_is_not_held_to_trials_in_people():
    # before: "shorter than any the records report (earliest 12 weeks)", not supported, against
    _, v = judge("In rats the wounds closed within a day", WOUNDS, PEOPLE, time_frame="within a day", time_frame_days=1.0)
    assert v.side == "unclear" and v.verdict == "not supported", v.rationale
    assert "animals or in the laboratory" in v.rationale and "shorter than any" not in v.rationale


def test_time_points_are_read_from_records_of_the_claims_own_subjects():
    frame = ClaimFrame(intervention="sucralfate", intervention_norm="sucralfate", outcome="wound healing",
                       relation="benefit", time_frame="within a day", time_frame_days=1.0)
    both = PEOPLE | RATS
    apps = [appraise(r, WOUNDS) for r in both.values()]
    in_rats = check_time_frame(frame, WOUNDS, apps, both, "In rats the wounds closed within a day")
    assert {p for p, _, _ in in_rats.reported} == {"95000002"} and in_rats.fits, in_rats
    # before: the rats' "from day 1" made a claim about people fit
    in_people = check_time_frame(frame, WOUNDS, apps, both, "Sucralfate cream closes wounds within a day")
    assert {p for p, _, _ in in_people.reported} == {"95000001"} and not in_people.fits, in_people


def test_a_claim_about_rats_with_a_record_in_rats_is_judged_on_it():
    _, v = judge("In rats the wounds closed within a day", WOUNDS, PEOPLE | RATS, time_frame="within a day",
                 time_frame_days=1.0)
    assert "no record here studied animals" not in v.rationale, v.rationale


# --- a denial of one named harm ---------------------------------------------------------------------------------

LIVER = Question("q-terbinafine-liver", "Does terbinafine cream harm the liver?", "terbinafine", "liver damage", "safety",
                 'terbinafine[tiab] AND (liver[tiab] OR hepat*[tiab] OR "adverse effect*"[tiab] OR "side effect*"[tiab])')
ITCHING = {
    "95000011": rec("95000011", "Randomised trial of 120 adults with athlete's foot: terbinafine 1% cream for 2 weeks. "
                    "Adverse effects were itching in 6% and burning in 4% of patients, all mild.",
                    title="Terbinafine cream for tinea pedis"),
    "95000012": rec("95000012", "Randomised controlled trial of 80 patients with tinea cruris using terbinafine cream: "
                    "side effects were local irritation in 5 patients.", title="Topical terbinafine in tinea cruris"),
}


LIVER_CHECKED = {"95000014": rec("95000014", "Randomised trial of 60 adults with onychomycosis treated with terbinafine "
                                 "solution: no participant had raised liver enzymes and no serious adverse events occurred.",
                                 title="Terbinafine solution for nail fungus")}


def test_a_denied_named_harm_is_not_refuted_by_records_of_other_harms():
    # before: not supported, against ("the claim denies liver damage, and 2 studies report it"); with no record that
    # names the harm at all, SIGN9 already found no evidence
    _, v = judge("Rubbing the cream on your feet can't harm your liver", LIVER, ITCHING | LIVER_CHECKED,
                 relation="denies_harm", outcome="liver damage")
    assert v.side == "unclear" and v.verdict == "not supported", v.rationale
    assert "never name it" in v.rationale


def test_a_record_that_names_the_harm_still_refutes_the_denial():
    named = ITCHING | LIVER_CHECKED | {"95000013": rec("95000013", "Case report: a 52-year-old man developed liver injury with jaundice "
                                       "and raised liver enzymes after using terbinafine.",
                                       title="Terbinafine-induced liver injury")}
    _, v = judge("Rubbing the cream on your feet can't harm your liver", LIVER, named, relation="denies_harm",
                 outcome="liver damage")
    assert v.side != "backs" and "never name it" not in v.rationale, v.rationale


# --- a share of people who stopped ------------------------------------------------------------------------------

TABLETS = Question("q-spiro-acne-harm", "Does spironolactone cause side effects in acne?", "spironolactone",
                   "adverse effects", "safety", 'spironolactone[tiab] AND ("adverse effect*"[tiab] OR "side effect*"[tiab])')


def _stopped(text: str):
    records = {"95000021": rec("95000021", text, title="Safety of oral spironolactone tablets for acne: a cohort study")}
    return judge("Side effects made fewer than 2 in 100 people give up the tablets", TABLETS, records, relation="harm",
                 outcome="adverse effects", magnitude_value=2.0, magnitude_kind="proportion")[1]


def test_a_ceiling_on_who_stopped_is_met_by_a_smaller_discontinuation_share():
    # before: not supported, against ("the shares of people reported are mostly smaller")
    v = _stopped("Cohort study of 1200 women taking spironolactone tablets for acne. Side effects were menstrual "
                 "irregularity (12.5%), breast tenderness (6.1%) and dizziness (0.8%), leading 14 women (1.2%) to "
                 "discontinue.")
    assert v.side == "backs", v.rationale
    assert "discontinuation within that" in v.rationale


def test_a_larger_discontinuation_share_goes_against_the_ceiling():
    v = _stopped("Cohort study of 400 women taking spironolactone tablets for acne. Side effects were reported by 30%, "
                 "and 9% discontinued treatment because of them.")
    assert v.verdict == "not supported" and v.side == "against", v.rationale


def test_harm_frequencies_alone_do_not_test_who_stopped():
    v = _stopped("Cohort study of 400 women taking spironolactone tablets for acne. Side effects were menstrual "
                 "irregularity in 15% and breast tenderness in 5%.")
    assert v.side == "unclear" and "no record reports how many stopped" in v.rationale, v.rationale


def test_share_ceiling_reads_the_words_before_the_number():
    frame = ClaimFrame(intervention="x", intervention_norm="x", outcome="y", relation="harm", magnitude_value=2.0, magnitude_kind="proportion")
    assert share_ceiling(frame, "fewer than 2 in 100 people give up")
    assert not share_ceiling(frame, "2 in 100 people give up")


# --- comparatives -----------------------------------------------------------------------------------------------

def test_dosage_forms_and_dating_words_name_no_treatment():
    # before: "liquid" named the comparator, so a record's "caffeine-based topical liquid" was read as the old liquid
    assert _name_re("old 2% liquid") is None
    assert _name_re("the new gel") is None
    assert _name_re("clindamycin gel") is not None


ROSACEA = Question("q-ivermectin-rosacea", "Does ivermectin cream improve rosacea?", "ivermectin", "rosacea", "efficacy",
                   "ivermectin[tiab] AND rosacea[tiab]")
HEAD_TO_HEAD = {
    "95000031": rec("95000031", "Randomised trial of 300 adults with papulopustular rosacea: ivermectin 1% cream was "
                    "significantly more effective than metronidazole 0.75% cream in reducing inflammatory lesions "
                    "(p < 0.001).", title="Ivermectin versus metronidazole for rosacea"),
    "95000032": rec("95000032", "Randomised trial of 200 patients with rosacea comparing ivermectin cream with "
                    "metronidazole cream: ivermectin was superior to metronidazole for lesion counts (p = 0.01).",
                    title="Ivermectin 1% versus metronidazole 0.75% in rosacea"),
    "95000033": rec("95000033", "Randomised trial of 60 patients with rosacea: there was no significant difference "
                    "between ivermectin and metronidazole in lesion reduction at 12 weeks.",
                    title="Ivermectin compared with metronidazole in rosacea"),
}


def test_a_null_beside_wins_is_inconsistency_not_refutation():
    _, v = judge("Ivermectin cream works better than metronidazole for rosacea", ROSACEA, HEAD_TO_HEAD,
                 relation="superior", comparator="metronidazole", comparator_norm="metronidazole")
    # before: "head-to-head: 1 comparison(s) found no difference ..., 2 favour it", with no word on what that means
    assert v.side != "against" and "the comparisons disagree" in v.rationale, v.rationale
