"""Rules of tracker.effects, the sentence-level effect classifier that decides every
record's direction and that benchmarks/evidence_inference.py measures (docs/grading.md,
sections 4 and 9)."""

from __future__ import annotations

import pytest

from tracker.effects import classify_clauses, classify_effect, merge_qualifiers, outcome_sentences


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Mortality was significantly lower in the aspirin group (p = 0.01).", "decreased"),
        ("Pain scores were significantly higher with drug X than with placebo.", "increased"),
        ("There was no significant difference in mortality between groups (p = 0.40).", "no difference"),
        ("Sputum volume increased, but the difference was not significant.", "no difference"),
        ("Blood loss was lower in the placebo group than in the tranexamic acid group (p < 0.01).", "increased"),
    ],
)
def test_classify_effect_labels(sentence, label):
    call = classify_effect(sentence, intervention="tranexamic acid" if "tranexamic" in sentence else "drug X aspirin",
                           comparator="placebo", outcome=sentence.split()[0])
    assert call is not None and call.label == label


def test_deciding_cue_and_clause_are_kept():
    call = classify_effect("Hair density improved significantly.", outcome="hair density")
    assert call is not None
    assert (call.label, call.benefit, call.cue) == ("increased", True, "improved")
    assert call.clause == "Hair density improved significantly."


def test_improvement_of_a_bad_thing_is_a_decrease():
    call = classify_effect("Acne scar severity improved significantly after treatment.", outcome="scar severity")
    assert call is not None and call.label == "decreased" and call.benefit is True


def test_p_value_above_threshold_is_no_difference():
    call = classify_effect("Pain scores were lower with drug X than with placebo (p = 0.30).",
                           intervention="drug X", comparator="placebo", outcome="pain scores")
    assert call is not None and call.label == "no difference" and "0.05" in call.cue


def test_trend_without_significance_is_no_difference():
    call = classify_effect("Pain scores tended to be lower with drug X than with placebo.",
                           intervention="drug X", comparator="placebo", outcome="pain scores")
    assert call is not None and call.label == "no difference" and call.cue == "tended"


def test_no_effect_reported_is_none():
    assert classify_effect("The weather was pleasant during the study.") is None


def test_clauses_split_at_but_and_qualifier_merges_back():
    sentence = "Hair counts rose in the combination group, but differences were not statistically significant."
    calls = classify_clauses(sentence, outcome="hair counts")
    assert [c.label for c in calls] == ["increased", "no difference"]
    merged = merge_qualifiers(sentence, calls)
    assert [c.label for c in merged] == ["no difference", "no difference"]
    assert merged[0].clause == calls[0].clause


def test_qualifier_keeps_within_arm_change_when_asked():
    sentence = "Both groups improved significantly from baseline, but there was no difference between groups."
    calls = classify_clauses(sentence, outcome="scores")
    assert calls[-1].scope == "between" and calls[-1].label == "no difference"
    kept = merge_qualifiers(sentence, calls, keep_within=True)
    assert kept[0].label != "no difference"


def test_comparator_as_subject_reverses_the_direction():
    drug_first = classify_effect("Blood loss was lower in the tranexamic acid group than in the placebo group (p < 0.01).",
                                 intervention="tranexamic acid", comparator="placebo", outcome="Blood loss")
    placebo_first = classify_effect("Blood loss was lower in the placebo group than in the tranexamic acid group (p < 0.01).",
                                    intervention="tranexamic acid", comparator="placebo", outcome="Blood loss")
    assert drug_first is not None and placebo_first is not None
    assert (drug_first.label, placebo_first.label) == ("decreased", "increased")


def test_values_per_arm_decide_when_no_direction_word():
    call = classify_effect("Response rates were 62% in the drug X group and 41% in the placebo group (p = 0.02).",
                           intervention="drug X", comparator="placebo", outcome="response rates")
    assert call is not None and call.label == "increased" and call.cue == "values reported per arm"


def test_outcome_sentences_prefer_results_and_need_the_outcome():
    abstract = (
        "BACKGROUND:\nPain scores after surgery are often higher in women.\n"
        "RESULTS:\nPain scores were significantly lower with drug X than placebo (p < 0.01).\n"
        "Nausea was lower with drug X.\n"
        "CONCLUSIONS:\nDrug X reduces pain and pain scores."
    )
    found = outcome_sentences(abstract, outcome="pain scores", intervention="drug X", comparator="placebo")
    assert found[0] == "Pain scores were significantly lower with drug X than placebo (p < 0.01)."
    assert found.index("Drug X reduces pain and pain scores.") < found.index("Pain scores after surgery are often higher in women.")
    assert not any("Nausea" in s for s in found)
    assert outcome_sentences(abstract, outcome="pain scores", limit=1) == found[:1]


def test_outcome_sentences_read_abbreviations_defined_in_the_abstract():
    abstract = (
        "METHODS:\nWe measured forced expiratory volume in 1 second (FEV1) and dyspnoea in 80 patients.\n"
        "RESULTS:\nTrough FEV1 rose significantly with drug X compared with placebo (p = 0.01).\n"
        "Dyspnoea volume of complaints was similar in both groups.\n"
    )
    found = outcome_sentences(abstract, outcome="forced expiratory volume in 1 second", intervention="drug X", comparator="placebo")
    assert found[0] == "Trough FEV1 rose significantly with drug X compared with placebo (p = 0.01)."


def test_outcome_sentences_rank_statements_of_aim_below_results():
    abstract = (
        "The aim of this study was to compare serum ferritin levels with drug X and placebo.\n"
        "Serum ferritin levels were higher with drug X (p < 0.05)."
    )
    found = outcome_sentences(abstract, outcome="serum ferritin levels", intervention="drug X", comparator="placebo")
    assert found[0] == "Serum ferritin levels were higher with drug X (p < 0.05)."


def test_outcome_sentences_split_after_a_group_letter():
    abstract = "RESULTS:\nCuff pressure was 103 mm Hg in group N vs 45 mm Hg in group A. The incidence of sore throat was comparable."
    found = outcome_sentences(abstract, outcome="incidence of sore throat")
    assert found == ["The incidence of sore throat was comparable."]


@pytest.mark.parametrize(
    ("outcome", "label"),
    [("quality of life score", "increased"), ("time to first analgesic request", "increased"), ("pain score", "decreased")],
)
def test_improvement_lowers_only_outcomes_that_name_a_harm(outcome, label):
    call = classify_effect(f"The {outcome} improved significantly with drug X.", intervention="drug X", comparator="placebo", outcome=outcome)
    assert call is not None and call.benefit is True and call.label == label


def test_two_letter_acronym_names_an_arm_and_a_comma_ends_the_arm_search():
    sentence = "Visceral fat area declined 23.9 cm2 in the GH group, mean difference from placebo -28.1 cm2 (p = 0.02)."
    call = classify_effect(sentence, intervention="growth hormone (GH)", comparator="placebo", outcome="visceral fat area")
    assert call is not None and call.label == "decreased"
    flipped = classify_effect(sentence.replace("GH group", "placebo group").replace("from placebo", "from GH"),
                              intervention="growth hormone (GH)", comparator="placebo", outcome="visceral fat area")
    assert flipped is not None and flipped.label == "increased"


def test_direction_word_of_the_outcomes_own_list_item_decides():
    sentence = ("The drug X group had a lower mean opioid dose (310 mg vs 402 mg, p = 0.01), a longer mean "
                "recovery time (11.2 vs 8.1 minutes, p = 0.03), and fewer adverse events (12% vs 25%, p = 0.04).")
    call = classify_effect(sentence, intervention="drug X", comparator="placebo", outcome="mean recovery time")
    assert call is not None and (call.label, call.cue) == ("increased", "longer")


def test_p_value_of_the_outcomes_own_list_item_decides():
    sentence = "Compared with placebo, drug X improved pain (p = 0.01), sleep quality (p = 0.41) and fatigue (p = 0.02)."
    call = classify_effect(sentence, intervention="drug X", comparator="placebo", outcome="sleep quality")
    assert call is not None and call.label == "no difference"
    other = classify_effect(sentence, intervention="drug X", comparator="placebo", outcome="fatigue")
    assert other is not None and other.label != "no difference"


def test_trend_towards_significance_is_no_difference():
    call = classify_effect("Serum triglycerides were lower with drug X than with placebo, which trended towards significance.",
                           intervention="drug X", comparator="placebo", outcome="serum triglycerides")
    assert call is not None and call.label == "no difference"
    approached = classify_effect("The reduction in serum triglycerides with drug X approached significance.",
                                 intervention="drug X", comparator="placebo", outcome="serum triglycerides")
    assert approached is not None and approached.label == "no difference"


def test_these_were_not_significant_qualifies_the_clause_before():
    call = classify_effect("Drug X lowered LDL cholesterol by 4% and triglycerides by 7%, but these were not statistically significant.",
                           intervention="drug X", comparator="placebo", outcome="LDL cholesterol")
    assert call is not None and call.label == "no difference"


def test_impaired_is_a_worsening_word():
    call = classify_effect("Drug X significantly impaired oxygenation at rest.", intervention="drug X", comparator="placebo",
                           outcome="oxygenation")
    assert call is not None and (call.label, call.cue, call.benefit) == ("decreased", "impaired", False)


def test_drug_treated_patients_names_that_drug_not_the_intervention():
    sentence = "Fever clearance time was 90 hours for zolamycin recipients and 140 hours for cefarin-treated patients (p < 0.001)."
    call = classify_effect(sentence, intervention="zolamycin", comparator="cefarin", outcome="fever clearance time")
    assert call is not None and (call.label, call.cue) == ("decreased", "values reported per arm")


def test_between_arm_clause_outranks_change_within_arms():
    sentence = ("After 6 months, flow-mediated dilation improved significantly in both groups (p < 0.01), "
                "but flow-mediated dilation did not differ between the groups.")
    call = classify_effect(sentence, intervention="drug X", comparator="placebo", outcome="flow-mediated dilation after 6 months")
    assert call is not None and call.label == "no difference"


def test_outcome_sentences_skip_background_and_outlook():
    abstract = (
        "Drug X has previously been shown to reduce migraine frequency in adults.\n"
        "Larger trials are needed to establish whether drug X reduces migraine frequency in children.\n"
        "Migraine frequency was lower with drug X than with placebo (p = 0.02)."
    )
    found = outcome_sentences(abstract, outcome="migraine frequency", intervention="drug X", comparator="placebo")
    assert found == ["Migraine frequency was lower with drug X than with placebo (p = 0.02)."]


def test_outcome_sentences_rank_change_from_baseline_below_comparison_of_arms():
    abstract = (
        "RESULTS:\nPain decreased from baseline with both drug X and placebo (p < 0.01).\n"
        "Pain was lower with drug X than with placebo at week 12 (p = 0.03)."
    )
    found = outcome_sentences(abstract, outcome="pain", intervention="drug X", comparator="placebo")
    assert found[0] == "Pain was lower with drug X than with placebo at week 12 (p = 0.03)."


def test_outcome_sentences_need_a_quarter_of_the_outcome_and_match_plurals():
    abstract = "RESULTS:\nPatients in the drug X group reported fewer headaches (p = 0.01).\nThe fall rate was lower with drug X (p = 0.02)."
    assert outcome_sentences(abstract, outcome="patients with an unplanned hospital admission within one year") == []
    assert outcome_sentences(abstract, outcome="falls") == ["The fall rate was lower with drug X (p = 0.02)."]


def test_went_from_x_to_y_gives_the_direction():
    down = classify_effect("Mean HDSS went from 3.4 to 2.1 after treatment (p < 0.01).", outcome="HDSS")
    assert down is not None and down.label == "decreased" and "from 3.4 to 2.1" in down.cue
    up = classify_effect("Hair count went from 12 to 20 hairs/cm2 (p = 0.003).", outcome="hair count")
    assert up is not None and up.label == "increased"


def test_beat_is_a_win_for_its_subject():
    win = classify_effect("Drug X beat placebo on hair regrowth (p = 0.01).", intervention="drug X", comparator="placebo",
                          outcome="hair regrowth")
    assert win is not None and win.benefit is True
    loss = classify_effect("Placebo beat drug X on hair regrowth (p = 0.01).", intervention="drug X", comparator="placebo",
                           outcome="hair regrowth")
    assert loss is not None and loss.benefit is False


@pytest.mark.parametrize(
    ("low", "outcome"),
    [
        ("the ldl-c and hdl fell; ldl rose in the ldl group (ldl)", "low-density lipoprotein (LDL)"),
        ("il-6 and il rose; soil il-6r", "interleukin 6 (IL-6)"),
        ("pain scores, pain at rest and painful joints", "pain at rest"),
        ("hba1c was 7% and hba1c_x was not", "glycated haemoglobin (HbA1c)"),
    ],
)
def test_outcome_hits_match_the_regular_expressions_they_replace(low, outcome):
    """`_outcome_hits` finds words by substring search for speed; it must find exactly what
    `re.finditer` on the escaped word (and `\\b...\\b` for abbreviations) found."""
    import re

    from tracker.effects import _outcome_hits, _outcome_stems

    expected = [(m.start(), s) for s in _outcome_stems(outcome) for m in re.finditer(re.escape(s), low)]
    for abbr in re.findall(r"\(([A-Za-z][A-Za-z0-9-]{1,9})\)", outcome):
        expected += [(m.start(), abbr) for m in re.finditer(rf"\b{re.escape(abbr.lower())}\b", low)]
    assert _outcome_hits(low, outcome) == expected
    assert expected  # each case has hits to compare


def test_the_clause_after_but_is_asserted_and_keeps_the_elided_outcome():
    # "No change at 3 months, but both had a significant rise at 6 months": the second clause
    # leaves "hair count" unsaid and is what the sentence asserts
    s = ("Neither group showed a significant change in mean hair count at 3 months (P > .05), but both had a "
         "significant rise at 6 months versus baseline and month 3 (P < .05).")
    call = classify_effect(s, intervention="rosemary oil", comparator="minoxidil", outcome="hair count")
    assert call is not None and call.label == "increased" and call.scope == "within"
    # without the contrast the null clause, which names the outcome, still decides
    s2 = s.replace(", but both", ". Both")
    call2 = classify_effect(s2, intervention="rosemary oil", comparator="minoxidil", outcome="hair count")
    assert call2 is not None and call2.label == "no difference"


def test_versus_baseline_is_a_change_within_an_arm():
    call = classify_effect("Scores fell significantly versus baseline (P < .01).", outcome="scores")
    assert call is not None and call.scope == "within"


def test_a_change_noun_after_a_change_verb_is_the_object_not_a_second_change():
    """APR5: "reduced hair fall" is a reduction of a fall (the verb decides), not a fall in
    hair; "hair counts fell" and "the fall in hair counts" keep the word as the change."""
    call = classify_effect("Saw palmetto reduced hair fall by up to 29% after 16 weeks.",
                           intervention="saw palmetto", outcome="hair growth")
    assert call is not None and call.label == "decreased" and call.cue == "reduced"
    call = classify_effect("Hair counts fell with saw palmetto.", intervention="saw palmetto", outcome="hair growth")
    assert call is not None and call.cue == "fell"
    calls = classify_clauses("The drug lowered hair counts and hair fall rose.")
    assert calls and calls[0].cue == "lowered"
