"""tracker.verdict, round 9 (VRD9, docs/grading.md C9): verdicts that find the head-to-head evidence they have.
Real appraisal and grading on small hand-written records; frames are written out so that each test measures the
verdict, not the frame parser. Each test fails on the code before the rule it names (2f57f34)."""

from __future__ import annotations

from tests.judging import judge, rec
from tracker.models import Question

MINOX = Question("q-minox", "Does minoxidil regrow hair?", "minoxidil", "hair growth", "efficacy",
                 'minoxidil*[tiab] AND (alopeci*[tiab] OR "hair growth"[tiab] OR "hair count"[tiab])')
PLACEBO = {"p1": rec("p1", "Randomized placebo-controlled trial of 200 men with androgenetic alopecia. Hair count rose "
                           "significantly more with minoxidil than with placebo (p < 0.001).")}


# --- one treatment at another strength or route: told apart by what distinguishes the arms ----------------

STRENGTHS = {"s1": rec("s1", "Randomized trial of 381 women with hair loss assigned to 5% minoxidil, 2% minoxidil or "
                             "placebo for 48 weeks. Hair count rose with both strengths; the 5% group had significantly "
                             "greater hair growth than the 2% group (p < 0.05). 95% CI are reported.",
                       title="A randomized trial of 5% and 2% topical minoxidil solutions in female pattern hair loss")}


def test_a_comparator_at_another_strength_is_told_apart_by_its_number():
    _, v = judge("The 5% strength works better than the 2% strength", MINOX, STRENGTHS | PLACEBO,
                 relation="superior", comparator="2% strength", comparator_norm="2% strength")
    # before: "none of the records compares it with 2% strength" (no evidence found)
    assert v.verdict == "partly supported" and v.side == "backs" and "s1" in v.cited_pmids
    # the other way round the same sentence is a loss; "95%" (a confidence level) names no arm
    _, v = judge("The 2% strength works better than the 5% strength", MINOX, STRENGTHS | PLACEBO,
                 relation="superior", comparator="5% strength", comparator_norm="5% strength")
    assert v.verdict in ("contradicted", "not supported") and v.side == "against"


ROUTES = {"r1": rec("r1", "Double-blind randomized trial in 90 men with androgenetic alopecia comparing oral minoxidil 5 mg "
                          "daily with topical minoxidil 5% twice daily for 24 weeks. Hair density rose in both groups. "
                          "Hypertrichosis was more common with oral minoxidil; oral treatment was judged of similar "
                          "efficacy to topical.", title="Oral Minoxidil vs Topical Minoxidil for Male Androgenetic Alopecia"),
          "r2": rec("r2", "Systematic review of oral minoxidil for hair loss. The authors conclude oral minoxidil is "
                          "effective, with better compliance than topical use.")}


def test_a_comparator_by_another_route_is_told_apart_by_route_words_and_a_tie_backs_parity():
    _, v = judge("Oral minoxidil is just as effective as the topical solution", MINOX, ROUTES | PLACEBO,
                 relation="equivalent", comparator="topical solution", comparator_norm="topical solution")
    # before: the comparator's words are a route and a dosage form only, so no record "compared" them
    assert v.verdict == "partly supported" and v.side == "backs" and "r1" in v.cited_pmids
    # "better compliance than topical use" compares adherence, not the outcome: not a win that refutes parity
    assert "r2" not in v.cited_pmids


def test_an_equivalence_claim_is_refuted_by_a_clear_loss_and_backed_by_a_clear_win():
    won = {"w1": rec("w1", "Randomized trial in 120 men comparing oral minoxidil with topical minoxidil for 24 weeks. "
                           "Oral minoxidil was significantly more effective than topical minoxidil for hair count "
                           "(p < 0.01).")}
    _, v = judge("Oral minoxidil is just as effective as the topical solution", MINOX, won | PLACEBO,
                 relation="equivalent", comparator="topical solution", comparator_norm="topical solution")
    # "as good as" sets a lower bound: the claim's own arm clearly ahead meets it (session 8, lead; before VRD9:
    # no evidence found)
    assert v.verdict in ("supported", "partly supported") and v.side == "backs"
    _, v = judge("Topical minoxidil is just as effective as oral minoxidil", MINOX, won | PLACEBO,
                 relation="equivalent", comparator="oral minoxidil", comparator_norm="oral minoxidil")
    assert v.verdict in ("contradicted", "not supported") and v.side == "against"


CAFFEINE = Question("q-caf", "Does caffeine regrow hair?", "caffeine", "hair growth", "efficacy",
                    'caffeine[tiab] AND (alopeci*[tiab] OR "hair growth"[tiab] OR anagen[tiab])')


def test_a_non_inferiority_result_backs_parity():
    recs = {"n1": rec("n1", "Open-label randomized multicentre noninferiority trial in 210 men with androgenetic alopecia "
                            "comparing a 0.2% caffeine liquid with 5% minoxidil solution for 6 months. The anagen ratio "
                            "improved by 11.68% with minoxidil and 10.59% with caffeine. The authors conclude the "
                            "caffeine liquid is not inferior to 5% minoxidil.")}
    _, v = judge("a caffeine lotion is roughly as good as minoxidil", CAFFEINE, recs, relation="equivalent",
                 comparator="minoxidil", comparator_norm="minoxidil")
    assert v.verdict == "partly supported" and v.side == "backs" and "n1" in v.cited_pmids


# --- the arms' names: the article's words, the question's search names, words both names share -------------

RETINOL = Question("q-ret", "Does retinol reduce wrinkles?", "retinol", "wrinkles", "efficacy",
                   "retinol[tiab] AND wrinkl*[tiab]")


def test_the_comparators_own_words_name_it_not_a_table_entry_that_covers_both_arms():
    recs = {"t1": rec("t1", "Randomized double-blind split-face study in 65 people with photodamage comparing retinol "
                            "with tretinoin for 12 weeks. Both sides improved in fine wrinkles (P<0.001), with no "
                            "significant efficacy difference between retinol and tretinoin.")}
    _, v = judge("retinol works just as well as prescription tretinoin", RETINOL, recs, relation="equivalent",
                 comparator="prescription tretinoin", comparator_norm="retinol (topical retinoids)")
    # before: the entry's "retinol" named both arms, a dose comparison of one drug (no evidence found)
    assert v.verdict == "partly supported" and v.side == "backs" and "t1" in v.cited_pmids


LLLT = Question("q-lllt", "Does low-level laser therapy regrow hair?", "low-level laser therapy", "hair growth",
                "efficacy", '("low-level laser therapy"[tiab] OR LLLT[tiab] OR "laser cap*"[tiab]) AND '
                            '(alopeci*[tiab] OR "hair growth"[tiab] OR "hair density"[tiab])')


def test_the_names_the_question_searches_by_name_the_intervention():
    recs = {"l1": rec("l1", "Randomized controlled trial in 90 women with female pattern hair loss allocated to LLLT or "
                            "topical 5% minoxidil for 24 weeks. Hair density rose significantly more with LLLT than with "
                            "minoxidil (P < 0.05)."),
            "l0": rec("l0", "Randomized sham-controlled trial of low-level laser therapy in 120 adults with androgenetic "
                            "alopecia. Hair density increased significantly more with the laser device than with sham "
                            "(p < 0.001).")}
    _, v = judge("Laser caps work better than minoxidil", LLLT, recs, relation="superior", intervention="Laser caps",
                 intervention_norm="low-level laser therapy", comparator="minoxidil", comparator_norm="minoxidil")
    # before: "LLLT" was no name of the intervention (no evidence found)
    assert v.verdict in ("supported", "partly supported") and v.side == "backs" and "l1" in v.cited_pmids


# --- rankings and clauses ------------------------------------------------------------------------------------

def test_a_ranking_lists_the_better_treatment_first():
    recs = {"k1": rec("k1", "Network meta-analysis of 23 trials of minoxidil and finasteride in men with androgenetic "
                            "alopecia. In the efficacy ranking, dutasteride came first, followed in decreasing order by "
                            "finasteride 1 mg/d and topical minoxidil 5%.")} | PLACEBO
    _, v = judge("Minoxidil works better than finasteride", MINOX, recs, relation="superior", comparator="finasteride",
                 comparator_norm="finasteride")
    # a rank is a lead without a test of the difference: not supported, on neither side (before: no evidence found)
    assert v.verdict == "not supported" and v.side == "unclear" and "k1" in v.cited_pmids
    _, v = judge("Minoxidil works twice as well as finasteride", MINOX,
                 {"k2": rec("k2", recs["k1"].abstract_text.replace("finasteride 1 mg/d and topical minoxidil 5%",
                                                                   "topical minoxidil 5% and finasteride 1 mg/d"))} | PLACEBO,
                 relation="superior", comparator="finasteride", comparator_norm="finasteride", magnitude_value=2.0,
                 magnitude_unit="fold", magnitude_kind="fold", magnitude_bound="typical")
    # a lead says which is ahead, not by how much: it cannot back a claimed multiple
    assert v.verdict == "not supported" and v.side == "unclear"


def test_clauses_that_each_compare_the_two_arms_are_read_one_by_one():
    aa = Question("q-aa", "Does PRP regrow hair in alopecia areata?", "platelet-rich plasma", "hair regrowth", "efficacy",
                  '("platelet-rich plasma"[tiab] OR PRP[tiab]) AND (alopeci*[tiab] OR regrowth[tiab])')
    recs = {"a1": rec("a1", "Randomized split-scalp trial in 50 patients with alopecia areata given PRP, triamcinolone or "
                            "saline placebo. SALT improved significantly in both active groups (P < .001); regrowth was "
                            "greatest with steroid, then PRP, then placebo (P = .016), while dermoscopic improvement was "
                            "similar for PRP and steroid (P = .448).")}
    _, v = judge("PRP works better than steroid injections", aa, recs, relation="superior", intervention="PRP",
                 intervention_norm="platelet-rich plasma", comparator="steroid injections",
                 comparator_norm="steroid injection")
    # before: "PRP" was not the intervention's name, and "similar" read the whole sentence as a tie
    assert v.verdict == "contradicted" and v.side == "against" and "a1" in v.cited_pmids


# --- arms that improved alike without a test between them ----------------------------------------------------------

PUMPKIN = Question("q-pso", "Does pumpkin seed oil regrow hair?", "pumpkin seed oil", "hair growth", "efficacy",
                   '"pumpkin seed oil"[tiab] AND (alopeci*[tiab] OR "hair loss"[tiab] OR "hair growth"[tiab])')
ALIKE = {"u1": rec("u1", "Randomized comparative trial in 60 women with female pattern hair loss, 30 assigned to topical "
                         "pumpkin seed oil and 30 to minoxidil 5% foam for 3 months. With pumpkin seed oil, vellus hairs "
                         "fell from 22.5 to 15.8 (P < .001). With minoxidil foam, vellus hairs fell from 24.7 to 19.5 "
                         "(P = .02). No placebo arm was included.",
                   title="Pumpkin seed oil vs. minoxidil 5% topical foam for female pattern hair loss")}


def test_arms_that_changed_alike_without_a_test_back_parity_only_partly():
    _, v = judge("pumpkin seed oil worked as well as minoxidil foam", PUMPKIN, ALIKE, relation="equivalent",
                 comparator="minoxidil foam", comparator_norm="minoxidil")
    # before: no evidence found; now consistent with parity, not a shown one
    assert v.verdict == "partly supported" and v.side == "backs" and "no test between them" in v.rationale
    _, v = judge("pumpkin seed oil works better than minoxidil foam", PUMPKIN, ALIKE, relation="superior",
                 comparator="minoxidil foam", comparator_norm="minoxidil")
    # they say nothing about which is better
    assert v.verdict == "no evidence found"


# --- other general causes ------------------------------------------------------------------------------------------

def test_a_trial_against_another_active_treatment_backs_a_benefit_from_its_arm():
    recs = {"c1": rec("c1", "Randomized trial in 120 men with androgenetic alopecia comparing caffeine lotion with "
                            "5% minoxidil solution for 6 months. Hair growth improved significantly from baseline with "
                            "caffeine lotion (p < 0.01).")}
    grade, v = judge("caffeine lotion regrows hair", CAFFEINE, recs)
    assert grade.certainty in ("Low", "Very low")
    # before: "every study that backs it is indirect" (no evidence found): the trial answers the claim's own
    # question from the change within its arm, uncontrolled evidence, not another question
    assert v.verdict == "partly supported" and v.side == "backs" and "another active treatment only" in v.rationale


def test_a_figure_the_records_report_keeps_a_supported_verdict():
    col = Question("q-col", "Does collagen reduce wrinkles?", "collagen", "wrinkles", "efficacy",
                   "collagen[tiab] AND wrinkl*[tiab]")
    recs = {f"f{i}": rec(f"f{i}", f"Double-blind placebo-controlled randomized trial in {n} women given collagen peptides or "
                                  "placebo for 8 weeks. Eye wrinkle volume fell by 20% compared with placebo (p < 0.01).")
            for i, n in ((1, 420), (2, 380))}
    grade, v = judge("collagen reduces wrinkles by 20%", col, recs, magnitude_value=20.0, magnitude_unit="%",
                     magnitude_kind="percent_change", magnitude_bound="typical")
    assert grade.verdict == "supported"
    # before: any matching figure capped the verdict at partly supported
    assert v.verdict == "supported" and "close to" in v.rationale


def test_a_degree_adverb_makes_a_removal_verb_a_matter_of_degree():
    from tracker.verdict import complete_result  # new in round 9

    assert complete_result("Blue light dramatically clears acne") is None
    assert complete_result("Blue light clears acne") is not None
    assert complete_result("it erases wrinkles completely") is not None


def test_a_tested_win_backs_a_comparative_with_a_named_comparator_but_not_a_superlative():
    taz = Question("q-taz", "Does tazarotene reduce wrinkles?", "tazarotene", "wrinkles", "efficacy",
                   "tazarotene[tiab] AND wrinkl*[tiab]")
    recs = {f"z{i}": rec(f"z{i}", f"Multicenter double-blind randomized trial of tazarotene 0.1% cream or vehicle in {n} adults "
                                  "with photodamage for 24 weeks. Fine wrinkling improved significantly more with tazarotene "
                                  "than with vehicle (P < .001).") for i, n in ((1, 560), (2, 350))}
    recs["z3"] = rec("z3", "Randomized double-blind trial comparing tazarotene 0.1% cream with tretinoin 0.05% cream in 173 "
                           "adults with photodamage. Tazarotene was significantly more effective than tretinoin for fine "
                           "wrinkling (P < .05). Every significant between-group difference in wrinkling favoured "
                           "tazarotene.", title="Tazarotene 0.1% cream versus tretinoin 0.05% cream in photodamage")
    grade, v = judge("it worked better than tretinoin for fine wrinkles", taz, recs, relation="superior",
                     intervention="tazarotene", intervention_norm="tazarotene", comparator="tretinoin",
                     comparator_norm="retinol (topical retinoids)")
    assert grade.verdict == "supported"
    # before: the table entry named the comparator (no evidence found), and won comparisons were "a superlative"
    assert v.verdict == "supported" and v.side == "backs" and "z3" in v.cited_pmids
    one = {k: r for k, r in recs.items() if k != "z3"} | {"z4": rec("z4", recs["z3"].abstract_text.split(" Every")[0])}
    _, v = judge("it worked better than tretinoin for fine wrinkles", taz, one, relation="superior",
                 intervention="tazarotene", intervention_norm="tazarotene", comparator="tretinoin",
                 comparator_norm="tretinoin")
    assert v.verdict == "partly supported"  # a single result is imprecise
    _, v = judge("tazarotene is by far the most effective retinoid", taz, recs, relation="superior",
                 intervention="tazarotene", intervention_norm="tazarotene", comparator="tretinoin",
                 comparator_norm="tretinoin")
    assert v.verdict == "partly supported"


def test_a_passive_comparative_names_its_winner_after_by():
    recs = {"v1": rec("v1", "Randomized trial in 100 women with hair loss comparing minoxidil with finasteride for 12 "
                            "months. Finasteride was significantly outperformed by minoxidil in hair count (p < 0.01).")} | PLACEBO
    _, v = judge("Minoxidil works better than finasteride", MINOX, recs, relation="superior", comparator="finasteride",
                 comparator_norm="finasteride")
    # before: the treatment named before "outperformed" was read as the winner (contradicted)
    assert v.verdict == "partly supported" and v.side == "backs" and "v1" in v.cited_pmids


def test_a_result_kept_after_the_treatment_stops_is_a_permanent_result():
    from tracker.verdict import complete_result  # new in round 9

    assert complete_result("the new hairs are yours to keep, even if you stop") is not None
    _, v = judge("the new hairs are yours to keep, even if you stop using it", MINOX, PLACEBO)
    # before: backed by trials that measured hair during treatment (a sign error)
    assert v.verdict == "not supported" and v.side == "against"


def test_a_negated_comparison_the_frame_did_not_read_is_not_judged_on_another_question():
    hydra = Question("q-hyd", "Does tretinoin improve skin hydration?", "tretinoin", "skin hydration", "efficacy",
                     "tretinoin[tiab] AND (hydration[tiab] OR moistur*[tiab])")
    recs = {"h1": rec("h1", "Randomized vehicle-controlled trial of tretinoin in 60 adults. Skin hydration improved "
                            "significantly more with tretinoin than with vehicle (p < 0.05).")}
    _, v = judge("tretinoin is no harsher on the skin than a basic moisturiser", hydra, recs)
    # before: a hydration benefit backed a claim about harshness against a moisturiser (a sign error)
    assert v.verdict == "no evidence found" and v.side == "unclear" and "could not be aligned" in v.rationale
    _, v = judge("tretinoin is no better than placebo for hydration", hydra, recs, relation="no_effect")
    assert "could not be aligned" not in v.rationale  # an inert control: a no-effect claim, judged as before
