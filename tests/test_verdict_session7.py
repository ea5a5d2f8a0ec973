"""tracker.verdict, session-7 rules (docs/grading.md C9): the last sign errors and verdicts that say
when the evidence does not isolate the claim. Real appraisal and grading on small hand-written
records; frames are written out so that each test measures the verdict, not the frame parser."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.appraisal import appraise
from tracker.models import Question
from tracker.verdict import earliest_effects, session_interval

# --- a comparative is said of its clause's subject ------------------------------------------------

SAW = Question("q-saw", "Does saw palmetto improve hair growth?", "saw palmetto", "hair growth", "efficacy",
               '("saw palmetto"[tiab] OR serenoa[tiab]) AND ("hair growth"[tiab] OR alopecia[tiab])')


def test_a_comparative_is_said_of_its_clauses_subject_not_of_the_first_treatment_named():
    loss = {"1": rec("1", "Open-label comparison in 100 men with androgenetic alopecia given either saw palmetto 320 mg "
                          "daily or finasteride 1 mg daily for 24 months. Hair growth increased in 38% of the saw palmetto "
                          "group versus 68% of the finasteride group, and finasteride was more effective in 33 of 50 "
                          "patients.", title="Finasteride vs saw palmetto in male androgenetic alopecia")}
    _, v = judge("Saw palmetto is just as effective as finasteride", SAW, loss, relation="equivalent",
                 comparator="finasteride", comparator_norm="finasteride")
    # before: saw palmetto is named first in the sentence, so the comparison was read as its win
    assert v.verdict == "contradicted" and v.side == "against" and "favour finasteride" in v.rationale
    win = {"2": rec("2", "Randomized trial of 100 men with androgenetic alopecia given saw palmetto or finasteride. "
                         "Hair growth increased significantly in both groups compared with baseline, and saw palmetto was more "
                         "effective than finasteride for hair growth."),
           "2b": rec("2b", "Randomized placebo-controlled trial of 120 men with androgenetic alopecia. Saw palmetto "
                           "significantly increased hair growth compared with placebo.")}
    _, v = judge("Saw palmetto works better than finasteride", SAW, win, relation="superior",
                 comparator="finasteride", comparator_norm="finasteride")
    assert v.verdict == "partly supported" and v.side == "backs"


# --- a best-case time frame is held to the earliest effect ----------------------------------------

ACNE = Question("q-acne", "Does blue light reduce acne?", "blue light", "acne", "efficacy",
                '"blue light"[tiab] AND (acne[tiab] OR lesion*[tiab])')
FAST = {
    "3": rec("3", "Randomized self-controlled study in 30 patients with acne: two inflammatory lesions on opposite sides "
                  "of the face were treated with a blue light device or a sham device (4 treatments, twice daily). "
                  "Lesions given blue light improved more than sham-treated acne lesions, with changes seen after 2 "
                  "treatments."),
    "4": rec("4", "Open study of 33 adults with acne who used a blue light device twice daily for 8 weeks. Inflammatory "
                  "acne lesion counts fell significantly from week 1."),
    "5": rec("5", "Randomized controlled trial of 41 adults with acne treated with blue light for 12 weeks. Acne lesion "
                  "counts fell by 50% in the treated group; reductions were usually visible by week 3."),
}


def test_session_frequency_turns_a_count_of_treatments_into_a_time():
    assert session_interval("4 treatments, twice daily") == 0.5
    assert session_interval("treated twice weekly for 4 weeks") == 3.5
    assert session_interval("three sessions 3 weeks apart") == 21
    early = {p: d for p, _, d in earliest_effects([appraise(r, ACNE) for r in FAST.values()], FAST)}
    assert early == {"3": 1.0, "4": 7.0, "5": 21.0}


def test_as_little_as_is_held_to_the_earliest_effect_not_to_study_lengths():
    grade, v = judge("results in as little as 48 hours", ACNE, FAST, time_frame="in as little as 48 hours",
                     time_frame_days=2.0)
    assert grade.verdict in ("supported", "partly supported")
    # before: "for 8 weeks" and "for 12 weeks" (study lengths) made it "not supported", a sign error
    assert v.verdict == "partly supported" and v.side == "backs"
    assert "fastest case" in v.rationale and "3" in v.cited_pmids
    late = {"6": rec("6", "Randomized controlled trial of 60 adults with acne treated with blue light for 12 weeks. "
                          "Acne lesion counts fell significantly from week 8 compared with sham.")}
    _, v = judge("results in as little as 48 hours", ACNE, late, time_frame="in as little as 48 hours",
                 time_frame_days=2.0)
    assert v.verdict == "not supported" and v.side == "against" and "8 weeks" in v.rationale


# --- a reported longest case does not refute a shorter usual duration ------------------------------

REDNESS = Question("q-red", "Does microneedling cause erythema?", "microneedling", "erythema", "safety",
                   "microneedl*[tiab] AND (erythema[tiab] OR redness[tiab])")
TAIL = {"7": rec("7", "Systematic review of 85 articles on adverse events after microneedling. The commonest events "
                      "were erythema, oedema and pain lasting up to 7 days.")}


def test_a_reported_longest_case_leaves_a_duration_on_its_time_scale_unverified_not_refuted():
    _, v = judge("It takes up to two days for the skin to recover and the redness to disappear", REDNESS, TAIL,
                 relation="harm", magnitude_value=2.0, magnitude_unit="days", magnitude_kind="duration",
                 magnitude_bound="max")
    # before: "up to 7 days" was held against "up to two days" as if it were the usual course
    assert v.verdict == "partly supported" and v.side == "backs" and "longest cases" in v.rationale
    _, v = judge("redness usually subsides within 3 hours", REDNESS, TAIL, relation="harm", magnitude_value=3.0,
                 magnitude_unit="hours", magnitude_kind="duration", magnitude_bound="typical")
    assert v.verdict == "not supported"  # hours against a week: an order of magnitude off


# --- a report of one study is scoped to that study ------------------------------------------------

LLLT_AE = Question("q-ae", "Does low-level laser therapy cause adverse effects?", "low-level laser therapy",
                   "adverse effects", "safety",
                   '"low-level laser"[tiab] AND ("side effects"[tiab] OR "adverse events"[tiab])')
MIXED_HARMS = {
    "8": rec("8", "Randomized controlled trial of 90 women with hair loss given low-level laser therapy, minoxidil or "
                  "both. Hair density improved in all groups. No side effects were reported."),
    "9": rec("9", "Randomized controlled trial of 80 women given low-level laser therapy. Reported adverse events were "
                  "pruritus (15%) and desquamation (19%)."),
}


def test_a_denial_reported_of_one_study_is_not_a_universal_negative():
    _, v = judge("The team reported no side effects in any group", LLLT_AE, MIXED_HARMS, relation="denies_harm",
                 strength="absolute")
    # before: read as "laser therapy never has side effects", refuted by the other trial: contradicted
    assert v.verdict == "partly supported" and v.side == "backs" and "8" in v.rationale
    assert v.overstated  # absolute wording is still more than evidence can carry
    # the study's own population does not widen it: another trial in women does not refute that team's report
    _, v = judge("The team reported no side effects in any group", LLLT_AE, MIXED_HARMS, relation="denies_harm",
                 strength="absolute", population="women with hair loss")
    assert v.verdict == "partly supported" and v.side == "backs"
    _, v = judge("Laser therapy has no side effects", LLLT_AE, MIXED_HARMS, relation="denies_harm",
                 strength="absolute")
    assert v.verdict == "contradicted" and v.side == "against"


# --- a harm no record names -----------------------------------------------------------------------

DOWNTIME = Question("q-down", "Does LED light therapy cause downtime?", "LED light therapy", "downtime", "safety",
                    '"LED"[tiab] AND (downtime[tiab] OR "adverse events"[tiab] OR "side effects"[tiab])')


def test_denying_a_harm_no_record_names_is_no_evidence_not_contradicted():
    general = {"10": rec("10", "Meta-analysis of 14 randomized trials of LED therapy for acne. Adverse events were "
                               "generally mild and transient.")}
    _, v = judge("No downtime", DOWNTIME, general, relation="denies_harm", strength="absolute")
    # before: contradicted on adverse events in general
    assert v.verdict == "no evidence found" and v.side == "unclear" and "no record names downtime" in v.rationale
    named = {"11": rec("11", "Randomized trial of 60 adults treated with LED therapy. Redness caused a downtime of two "
                             "days in 20% of patients; adverse events were mild.")}
    _, v = judge("No downtime", DOWNTIME, named, relation="denies_harm", strength="absolute")
    assert v.verdict == "contradicted"


# --- add-on results answer add-on claims, and only those -------------------------------------------

SCARS = Question("q-scars", "Does microneedling improve acne scars?", "microneedling", "acne scars", "efficacy",
                 'microneedl*[tiab] AND ("acne scars"[tiab] OR scar*[tiab])')
ADD_ON = {"12": rec("12", "Randomized controlled trial of 60 patients with atrophic acne scars: microneedling alone or "
                          "microneedling plus glycolic acid peels. The decrease in scar score was greater with the "
                          "combination than with microneedling alone (P<.001).")}


def test_an_add_on_result_does_not_rank_the_intervention_against_alternatives():
    _, v = judge("Microneedling is one of the most effective treatments for acne scars", SCARS, ADD_ON,
                 relation="superior", comparator="other treatments", comparator_norm="other treatments")
    # before: "the combination did better than microneedling alone" was counted as a loss: contradicted
    assert v.verdict == "no evidence found" and v.side == "unclear" and "what the addition adds" in v.rationale


def test_a_combination_against_the_comparator_alone_is_not_answered_by_a_head_to_head_tie():
    hair = Question("q-mn-hair", "Does microneedling improve hair growth?", "microneedling", "hair growth", "efficacy",
                    'microneedl*[tiab] AND ("hair growth"[tiab] OR alopecia[tiab])')
    tie = {"13": rec("13", "Intra-patient controlled study of 20 patients with alopecia areata treated with microneedling "
                           "or minoxidil injections. Minoxidil was nearly comparable to the microneedling effect on hair "
                           "growth.")}
    _, v = judge("the combination beats minoxidil by itself", hair, tie, relation="superior", comparator="minoxidil",
                 comparator_norm="minoxidil")
    # before: the tie of microneedling with minoxidil went against it ("not supported"), a sign error
    assert v.verdict == "no evidence found" and "combination with minoxidil alone" in v.rationale


# --- an existential claim about some people, and a strength named by its dosage form ---------------

MELASMA = Question("q-mel", "Does microneedling plus tranexamic acid improve melasma?", "microneedling plus tranexamic acid",
                   "melasma", "efficacy", 'microneedl*[tiab] AND "tranexamic acid"[tiab] AND melasma[tiab]')
LATER = {"14": rec("14", "Randomized controlled trial of 60 women with melasma treated with microneedling plus tranexamic "
                         "acid or tranexamic acid alone. Melasma scores improved significantly more with microneedling at "
                         "12 weeks compared with tranexamic acid alone.")}


def test_some_people_noticing_an_effect_early_is_not_refuted_by_later_time_points():
    _, v = judge("Some notice a lighter melasma after the very first visit", MELASMA, LATER, strength="hedged",
                 time_frame="after the very first visit", time_frame_days=0.0)
    # before: "shorter than any time point the records report", not supported (against)
    assert v.verdict == "partly supported" and "neither refute nor confirm" in v.rationale
    _, v = judge("Most people notice a lighter melasma after the very first visit", MELASMA, LATER,
                 time_frame="after the very first visit", time_frame_days=0.0)
    assert v.verdict == "not supported"  # a majority is held to the time points as before


def test_a_percentage_heading_a_dosage_form_is_a_strength_not_an_effect():
    pen = Question("q-pen", "Does vitamin C penetrate the skin?", "vitamin C", "penetration", "mechanism",
                   '"vitamin C"[tiab] AND (penetrat*[tiab] OR absorption[tiab])')
    serum = {"15": rec("15", "Split-face study in 20 women of a 23.8% L-ascorbic acid serum with a penetration enhancer. "
                             "Penetration of vitamin C into the skin was reported by the authors.")}
    _, v = judge("Its ferulic acid complex boosts absorption by 80%", pen, serum, relation="mechanism",
                 magnitude_value=80.0, magnitude_unit="%", magnitude_kind="percent_change", magnitude_bound="typical")
    # before: 23.8% (the serum's strength) was the "reported figure" against the claimed 80%
    assert "23.8%" not in v.rationale.split("For this claim:")[-1] and v.verdict != "not supported"


# --- a two-arm trial names its winner alone; a population's own harm is not mirrored again ---------

TRIAL = {"16": rec("16", "Randomized split-face trial in 30 patients with atrophic acne scars, with fractional laser on one "
                         "side and microneedling on the other. Both sides improved, but acne scar response was significantly "
                         "better on the laser side (70% vs 30%, p < .001).",
                   title="Fractional laser versus microneedling in atrophic acne scars")}


def test_in_a_two_arm_trial_the_arm_named_alone_as_better_won():
    _, v = judge("Microneedling works twice as well as laser resurfacing for acne scars", SCARS, TRIAL,
                 relation="superior", comparator="laser resurfacing", comparator_norm="laser resurfacing",
                 magnitude_value=2.0, magnitude_kind="fold", magnitude_bound="typical")
    # before: no head-to-head found (no sentence names both arms), and 70% vs 30% "reached" the 2-fold claim
    assert v.verdict == "contradicted" and v.side == "against" and "16" in v.cited_pmids
    assert "reached" not in v.rationale and "other treatment's lead" in v.rationale


def test_a_population_that_reports_the_denied_harm_is_not_supported_not_mirrored_back():
    irritation = Question("q-irr", "Does microneedling cause irritation?", "microneedling", "irritation", "safety",
                          "microneedl*[tiab] AND (irritation[tiab] OR erythema[tiab])")
    records = {"17": rec("17", "Randomized trial of 120 adults with sensitive skin treated with microneedling. Mild "
                               "irritation and erythema occurred in 40% of patients and resolved within days.")}
    _, v = judge("Microneedling is suitable for sensitive skin.", irritation, records, relation="denies_harm",
                 population="sensitive skin")
    assert v.verdict == "not supported" and v.side == "against"
    # before: the population's "not supported" was mirrored once more as if it were the question's
    assert "becomes 'partly supported'" not in v.rationale
