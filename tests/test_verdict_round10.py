"""tracker.grading / tracker.verdict, round 10 (VRD10, docs/grading.md C9): verdicts a careful GRADE reviewer
would give. Real appraisal and grading on small hand-written records; frames are written out so that each test
measures the verdict, not the frame parser. Each test fails on the code before round 10 (3c954a8)."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import Question

MINOX = Question("q-minox", "Does minoxidil regrow hair?", "minoxidil", "hair growth", "efficacy",
                 'minoxidil*[tiab] AND (alopeci*[tiab] OR "hair growth"[tiab] OR "hair count"[tiab])')
POOLED = rec("m1", "Meta-analysis of 6 randomized controlled trials (300 participants) of minoxidil versus placebo for "
                   "androgenetic alopecia. Hair count increased significantly more with minoxidil than with placebo "
                   "(p < 0.001). Most trials were at high risk of bias.",
             title="Minoxidil for androgenetic alopecia: a meta-analysis of randomized controlled trials")
TRIAL = rec("t1", "Randomized placebo-controlled trial of 120 men with androgenetic alopecia. Hair count rose "
                  "significantly more with minoxidil than with placebo (p < 0.01).")


# --- V10a: at Low certainty, consistent controlled support is still "supported" ------------------------------

def test_low_certainty_from_size_and_conduct_alone_still_backs_the_claim_outright():
    grade, v = judge("Minoxidil regrows hair", MINOX, {"m1": POOLED, "t1": TRIAL})
    assert grade.certainty == "Low"  # imprecision (300) and the review's stated risk of bias
    # before: "partly supported" whenever certainty was Low, whatever lowered it
    assert grade.verdict == "supported" and v.verdict == "supported" and v.side == "backs"
    assert "The side is not in doubt" in grade.rationale
    # the certainty still says how sure the size is: plain wording at Low is overstated (C2)
    assert v.overstated
    # a single small trial, or directions that disagree, stay partly supported at Low
    small = {"s1": rec("s1", "Randomized placebo-controlled trial of 40 men with androgenetic alopecia. Hair count rose "
                             "significantly more with minoxidil than with placebo (p < 0.01).")}
    grade, v = judge("Minoxidil regrows hair", MINOX, small)
    assert grade.certainty == "Low" and grade.verdict == "partly supported"  # very serious imprecision
    null = {"n1": rec("n1", "Randomized placebo-controlled trial of 100 men with androgenetic alopecia. Hair count did not "
                            "differ significantly between minoxidil and placebo (p = 0.4).")}
    grade, _ = judge("Minoxidil regrows hair", MINOX, {"t1": TRIAL, "t2": rec("t2", TRIAL.abstract_text.replace("120", "90")),
                                                       "t3": rec("t3", TRIAL.abstract_text.replace("120", "80"))} | null)
    assert grade.certainty == "Low" and grade.verdict == "partly supported"  # a null among three: inconsistent in direction


# --- V10b: studies that answer another question never move the direct trials' side ---------------------------

ACTIVE = rec("a1", "Randomized trial of 200 men with androgenetic alopecia comparing minoxidil with finasteride for 24 "
                   "weeks. Hair count improved significantly from baseline in both groups; finasteride was slightly better.")


def test_agreeing_indirect_studies_do_not_turn_direct_controlled_support_into_partial_support():
    grade, v = judge("Minoxidil regrows hair", MINOX, {"t1": TRIAL, "a1": ACTIVE})
    assert any(d.startswith("indirectness") for d in grade.downgrades)  # the active-comparator trial is indirect
    # before: "partly supported" (Low); the placebo-controlled trial alone is Moderate-certainty support
    assert grade.verdict == "supported" and v.verdict == "supported"
    tiny = rec("t9", TRIAL.abstract_text.replace("120", "30"))
    grade, _ = judge("Minoxidil regrows hair", MINOX, {"t9": tiny, "a1": ACTIVE})
    assert grade.verdict == "partly supported"  # the direct part alone is one very small trial


# --- V10c: a denial for a population, when people in general get the harm -------------------------------------

IRRITATION = Question("q-irr", "Does minoxidil cause scalp irritation?", "minoxidil", "scalp irritation", "safety",
                      'minoxidil*[tiab] AND (irritation[tiab] OR pruritus[tiab] OR itching[tiab] OR dermatitis[tiab])')
IRRITATION_TRIAL = rec("i1", "Randomized placebo-controlled trial of 300 women with female pattern hair loss. Scalp "
                             "irritation and itching occurred in 14% of women using minoxidil and 3% using placebo.")
IRRITATION_CASE = rec("c1", "Case report: a 45-year-old woman developed allergic contact dermatitis with itching of the "
                            "scalp after using topical minoxidil.")


def test_a_harm_trials_see_in_people_in_general_leaves_a_population_denial_unsupported():
    _, v = judge("It is suitable for sensitive scalps", IRRITATION, {"i1": IRRITATION_TRIAL}, relation="denies_harm",
                 population="sensitive scalps")
    # before: no evidence found ("the evidence is indirect for this population")
    assert v.verdict == "not supported" and v.side == "against" and "i1" in v.cited_pmids
    # a case report shows it can happen, not that people in general get it: still inconclusive
    _, v = judge("It is suitable for sensitive scalps", IRRITATION, {"c1": IRRITATION_CASE}, relation="denies_harm",
                 population="sensitive scalps")
    assert v.verdict == "no evidence found"


# --- V10d: the same treatment and outcome in animals only ------------------------------------------------------

PEPPERMINT = Question("q-pep", "Does peppermint oil promote hair growth?", "peppermint oil", "hair growth", "efficacy",
                      '"peppermint oil"[tiab] AND ("hair growth"[tiab] OR alopeci*[tiab])')
MICE = rec("k1", "In C57BL/6 mice, topical application of 3% peppermint oil for 4 weeks produced significantly greater "
                 "hair growth than saline (p < 0.05), with increased dermal thickness and follicle number.",
           title="Peppermint oil promotes hair growth without toxic signs in mice")


def test_animal_studies_of_the_claims_own_treatment_and_outcome_back_it_in_part():
    _, v = judge("Peppermint oil promotes hair growth", PEPPERMINT, {"k1": MICE})
    # before: "every study that backs it is indirect" -> no evidence found
    assert v.verdict == "partly supported" and v.certainty == "Very low" and v.side == "backs"
    null = rec("h1", "Randomized placebo-controlled trial of 60 adults with androgenetic alopecia: hair growth did not "
                     "differ significantly between peppermint oil and placebo after 24 weeks.")
    _, v = judge("Peppermint oil promotes hair growth", PEPPERMINT, {"k1": MICE, "h1": null})
    assert v.verdict != "partly supported"  # a human null is evidence against: animals cannot outweigh it


# --- V10e: one person's own result -----------------------------------------------------------------------------

def test_a_first_person_result_is_backed_only_in_direction():
    _, v = judge("After six months my hair grew back noticeably thicker", MINOX, {"t1": TRIAL, "m1": POOLED})
    # before: supported, like the general claim
    assert v.verdict == "partly supported" and v.side == "backs"
    _, v = judge("My patients regrow hair with minoxidil", MINOX, {"t1": TRIAL, "m1": POOLED})
    assert v.verdict == "supported"  # a clinician speaking for patients is no single case
