"""tracker.verdict, session-7 rules round 2 (VRD7, docs/grading.md C9): trap claims. Real appraisal and
grading on small hand-written records; frames are written out so that each test measures the verdict, not
the frame parser. Each test fails on the code before the rule it names."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.appraisal import appraise
from tracker.models import ClaimFrame, Question
from tracker.verdict import claimed_sessions, earliest_effects, sessions_to_effect, universal_share

ACNE = Question("q-acne", "Does blue light reduce acne?", "blue light", "acne", "efficacy",
                '("blue light"[tiab] OR "red light"[tiab]) AND (acne[tiab] OR lesion*[tiab])')
WORKS = {"1": rec("1", "Randomized controlled trial of 80 adults with acne treated with blue light or a sham device for "
                       "8 weeks. Acne lesion counts fell significantly more with blue light than with sham (p < 0.01).")}


# --- enrolment is not an outcome ------------------------------------------------------------------

def test_people_who_were_included_are_no_responder_share():
    review = {"2": rec("2", "Systematic review and meta-analysis of blue light for acne; 18 reports of 14 trials with 698 "
                            "participants were included. Blue light significantly reduced acne lesions compared with "
                            "control (p < 0.05).", title="Blue light for acne: a meta-analysis")} | WORKS
    grade, v = judge("Studies show that 95% of users see clearer skin", ACNE, review, magnitude_value=95.0,
                     magnitude_unit="%", magnitude_kind="proportion", magnitude_bound="typical")
    assert grade.verdict in ("supported", "partly supported")
    # before: "698 participants were (included)" was a 100% responder share and the claim was supported
    assert v.verdict == "not supported" and v.side == "unclear" and "no record reports" in v.rationale


# --- head to head: dosage forms, arms' numbers, members of one concept ------------------------------

CLINDA = {"3": rec("3", "Multicentre randomized trial comparing a visible blue light source with topical 1% clindamycin "
                        "solution in mild to moderate inflammatory acne. Blue light reduced inflammatory lesions by an "
                        "average of 34%, compared with 14% for clindamycin.",
                   title="Blue light in comparison to 1% clindamycin solution for acne")} | WORKS


def test_a_dosage_form_is_not_the_comparator_and_untested_arm_numbers_are_a_lead():
    _, v = judge("it works better than clindamycin gel", ACNE, CLINDA, relation="superior",
                 comparator="clindamycin gel", comparator_norm="clindamycin gel")
    # before: no head-to-head comparison found ("no evidence found")
    assert v.verdict == "partly supported" and v.side == "backs" and "no test of the difference" in v.rationale
    behind = {"4": rec("4", "Randomized trial comparing blue light with topical 1% clindamycin solution in acne. Blue light "
                            "reduced inflammatory lesions by 14%, compared with 34% for clindamycin.")} | WORKS
    _, v = judge("it works better than clindamycin gel", ACNE, behind, relation="superior",
                 comparator="clindamycin gel", comparator_norm="clindamycin gel")
    # an untested lead of the comparator cannot refute it either: not supported, on neither side
    assert v.verdict == "not supported" and v.side == "unclear"


RED_BLUE = {"5": rec("5", "Randomized trial of 28 people with acne assigned to red light or blue light therapy. Total "
                          "lesion improvement was 36.2% with red light and 30.7% with blue light (p > .05). Lesions "
                          "were less red after treatment.", title="Comparison of red light and blue light for acne")} | WORKS


def test_two_members_of_one_concept_are_told_apart_by_the_words_that_differ():
    _, v = judge("Red light is no better than blue light for acne", ACNE, RED_BLUE, relation="equivalent",
                 intervention="Red light", intervention_norm="LED light therapy", comparator="blue light",
                 comparator_norm="LED light therapy")
    # before: both names reduce to "light", read as one drug's dose comparison: no evidence found
    assert v.verdict == "partly supported" and v.side == "backs" and "5" in v.cited_pmids
    won = {"6": rec("6", "Randomized trial of 40 people with acne comparing red light with blue light. Red light was "
                         "significantly more effective than blue light in reducing acne lesions (p < 0.01).")} | WORKS
    _, v = judge("Red light is no better than blue light for acne", ACNE, won, relation="equivalent",
                 intervention="Red light", intervention_norm="LED light therapy", comparator="blue light",
                 comparator_norm="LED light therapy")
    # "no better than" is at most level: a significant win refutes it (it had backed "as good as")
    assert v.verdict == "not supported" and v.side == "against"


# --- complete results, time-point lists ---------------------------------------------------------------

def test_done_for_life_is_a_permanent_result():
    _, v = judge("after three sessions they are usually done for life", ACNE, WORKS)
    assert v.verdict == "not supported" and "for life" in v.rationale


def test_a_list_of_time_points_shares_its_unit():
    recs = {"7": rec("7", "Double-blind, placebo-controlled trial in 114 women given collagen peptides or placebo for 8 "
                          "weeks. Eye wrinkle volume fell significantly more than with placebo after 4 and 8 weeks.")}
    q = Question("q-col", "Does collagen reduce wrinkles?", "collagen", "wrinkles", "efficacy",
                 "collagen[tiab] AND wrinkle*[tiab]")
    assert [(p, d) for p, _, d in earliest_effects([appraise(r, q) for r in recs.values()], recs)] == [("7", 28.0)]


# --- a number of sessions, like with like ---------------------------------------------------------------

HAIR = Question("q-hair", "Does microneedling improve hair growth?", "microneedling", "hair growth", "efficacy",
                'microneedl*[tiab] AND ("hair growth"[tiab] OR "hair count"[tiab] OR alopecia[tiab])')
SESSIONS = {
    "8": rec("8", "Randomized study of 40 adults with androgenetic alopecia given microneedling, two sessions 1 month "
                  "apart. Hair count rose significantly (p < 0.05) with microneedling."),
    "9": rec("9", "Randomized controlled trial of 100 patients with androgenetic alopecia given weekly microneedling or "
                  "no needling for 12 weeks. Hair count increased significantly by week 12 with microneedling."),
}


def test_a_claimed_number_of_sessions_is_held_to_the_fewest_sessions_reported():
    assert claimed_sessions(ClaimFrame("x", "x", "y", "benefit"), "will fill in after one microneedling session") == (1.0, "typical")
    assert claimed_sessions(ClaimFrame("x", "x", "y", "benefit"), "apply two applications a day") is None
    counted = {p: n for p, _, n in sessions_to_effect([appraise(r, HAIR) for r in SESSIONS.values()], SESSIONS)}
    assert counted == {"8": 2.0, "9": 12.0}
    grade, v = judge("Your thinning crown will fill in after one microneedling session", HAIR, SESSIONS, strength="strong")
    assert grade.verdict in ("supported", "partly supported")
    # before: no time frame was read, so the one session was never checked: partly supported (a sign error)
    assert v.verdict == "not supported" and v.side == "against" and "fewest sessions" in v.rationale
    _, v = judge("Hair fills in after two microneedling sessions", HAIR, SESSIONS)
    assert v.verdict in ("supported", "partly supported")


# --- shares of people: ranges across studies, counts with their share, universal quantifiers -----------

MINOX = Question("q-minox", "Does minoxidil regrow hair?", "minoxidil", "hair", "efficacy",
                 "minoxidil[tiab] AND (hair[tiab] OR alopecia[tiab])")
SHARES = {
    "10": rec("10", "Randomized double-blind trial of topical minoxidil in 56 men with male pattern baldness. Hair growth "
                    "judged cosmetically acceptable occurred in 18 patients (32%)."),
    "11": rec("11", "Systematic review of oral minoxidil in 10 studies. Objective improvement of hair loss was reported in "
                    "61-100% of patients with androgenetic alopecia."),
    "12": rec("12", "Randomized placebo-controlled trial of 120 men given minoxidil. Hair counts increased significantly "
                    "more with minoxidil than with placebo (p < 0.001)."),
}


def test_a_share_of_people_is_held_record_by_record_not_to_the_top_of_a_range():
    grade, v = judge("92% of men regrow hair with minoxidil", MINOX, SHARES, magnitude_value=92.0, magnitude_unit="%",
                     magnitude_kind="proportion", magnitude_bound="typical")
    assert grade.verdict in ("supported", "partly supported")
    # before: "close to figures reported in 100%" (the top of 61-100%), partly supported: a sign error
    assert v.verdict == "not supported" and v.side == "against"
    assert "61-100%" in v.rationale and "32%" in v.rationale


def test_always_is_a_universal_share_held_to_the_responder_shares():
    assert universal_share("Minoxidil always regrows hair") is not None
    assert universal_share("Minoxidil doesn't always regrow hair") is None
    assert universal_share("It works for almost everyone") is None
    _, v = judge("Minoxidil always regrows hair", MINOX, SHARES, strength="absolute")
    # before: supported (only flagged as overstated)
    assert v.verdict == "not supported" and v.side == "against" and "'always'" in v.rationale
    _, v = judge("Minoxidil always regrows hair", MINOX, {"12": SHARES["12"]}, strength="absolute")
    assert v.verdict == "not supported" and v.side == "unclear"  # no share reported: unsourced
    # a strong magnitude word is no quantifier over people: not held to shares
    _, v = judge("Minoxidil dramatically regrows hair", MINOX, {"12": SHARES["12"]}, strength="strong")
    assert v.verdict in ("supported", "partly supported")


def test_a_share_written_in_words_percent_is_a_share_of_people():
    scars = Question("q-scar", "Does microneedling improve acne scars?", "microneedling", "acne scars", "efficacy",
                     'microneedl*[tiab] AND ("acne scars"[tiab] OR scar*[tiab])')
    recs = {"13": rec("13", "Prospective study of 120 patients with acne scars treated with microneedling and 1845 patients "
                            "were screened. Scars improved significantly; over 80 percent of patients had 50 to 75 percent "
                            "improvement of their scars.")}
    _, v = judge("Most people see their acne scars fade after microneedling", scars, recs)
    # before: backed only by "1845 patients were (screened)"; "80 percent of patients" was not read as a share
    assert v.verdict in ("supported", "partly supported") and "80 percent" in v.rationale and "1845" not in v.rationale


def test_some_people_after_one_session_is_not_refuted_by_the_fewest_sessions():
    _, v = judge("Some notice thicker hair after the very first session", HAIR, SESSIONS, strength="hedged")
    # an existential claim is verified by one person and refuted only by all (session-7 rule), counts included
    assert v.verdict == "partly supported" and v.side == "backs" and "some people" in v.rationale


def test_a_null_said_of_one_arm_beside_a_significant_result_is_no_tie():
    combo = {"14": rec("14", "Double-blind randomized trial of 120 patients with acne scars comparing microneedling alone "
                             "versus a combination of microneedling and chemical peeling. Only the combined group had a "
                             "statistically significant scar improvement (2.87 vs. 2.03; p = 0.0005), so microneedling alone "
                             "did not significantly improve the scar grade.",
                       title="Microneedling alone versus a combination of microneedling and chemical peeling")}
    scars = Question("q-scar2", "Does microneedling improve acne scars?", "microneedling", "acne scars", "efficacy",
                     'microneedl*[tiab] AND ("acne scars"[tiab] OR scar*[tiab])')
    _, v = judge("microneedling with vitamin C improves scars more than microneedling alone", scars, combo,
                 relation="superior", comparator="microneedling alone", comparator_norm="microneedling")
    assert "found no difference" not in v.rationale.split("For this claim:")[-1]


def test_a_problem_said_to_be_gone_is_a_complete_result():
    # "they are basically gone": a problem said to be gone is complete removal, which trials of average
    # improvement do not report (before: the claim was supported, on the wrong side of the evidence)
    _, v = judge("After three sessions they are basically gone.", ACNE, WORKS)
    assert v.verdict == "not supported" and "complete or permanent result" in v.rationale
    _, kept = judge("Acne lesions fell after eight weeks.", ACNE, WORKS)
    assert kept.verdict in ("supported", "partly supported")
