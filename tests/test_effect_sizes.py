"""Rule F2 of docs/grading.md: the key result per record for the question's outcome (tracker.effect_sizes)."""

from __future__ import annotations

import re

from tracker.appraisal import appraise
from tracker.effect_sizes import read_effect
from tracker.models import AbstractSection, Question, Record
from tracker.snapshot import iter_records

HAIR = [re.compile("hair", re.I)]


def test_pooled_estimate_with_unit_ci_and_p():
    e = read_effect("Versus saline, PRP raised hair density by a mean difference of 25.6 hairs/cm2 (95% CI 2.62-48.57).",
                    HAIR, pooled_design=True)
    assert (e.measure, e.estimate, e.unit, e.ci_low, e.ci_high, e.pooled) == ("MD", 25.6, "hairs/cm2", 2.62, 48.57, True)
    e = read_effect("Hair density (SMD 0.02; 95% CI -0.25 to 0.29; P = 0.88) did not differ.", HAIR, pooled_design=True)
    assert (e.measure, e.estimate, e.ci_low, e.ci_high, e.p) == ("SMD", 0.02, -0.25, 0.29, "P = 0.88")
    assert e.describe() == "SMD 0.02 (95% CI -0.25 to 0.29); P = 0.88"


def test_ratio_and_plural_measures():
    e = read_effect("Hypertrichosis was more common with oral minoxidil (RR 2.01; 95% CI 1.18-3.41; P = 0.01).",
                    [re.compile("hypertrichosis", re.I)])
    assert (e.measure, e.estimate, e.ci_low, e.ci_high) == ("RR", 2.01, 1.18, 3.41) and not e.pooled
    e = read_effect("Hair density improved; pooled mean differences reported include 13.36 (95% CI 8.55 to 18.16, p < 0.00001).", HAIR)
    assert (e.measure, e.estimate, e.p) == ("MD", 13.36, "p < 0.00001")
    # "or" in prose is not an odds ratio
    assert read_effect("Hair grew in 3 or 4 of the patients.", HAIR) is None


def test_arm_values_comparator_and_time_point():
    e = read_effect("Minimal to moderate regrowth was seen in 60% (9) on minoxidil versus 46% (6) on placebo. "
                    "It was a double-blind 32-week trial.", [re.compile("regrowth")])
    assert (e.value, e.comparator_value, e.time_point) == ("60%", "46%", "32-week")
    e = read_effect("Hair counts went from 169 to 195 in the minoxidil patients and from 161 to 177 in the placebo patients.", HAIR)
    assert (e.value, e.comparator_value) == ("169 to 195", "161 to 177")
    # an age is not a time point
    e = read_effect("Patients aged 14 years had scar scores of 0.83 vs 2.03 (p = 0.0005).", [re.compile("scar")])
    assert e.time_point is None and e.value == "0.83"


def test_deciding_sentence_first_and_no_number_no_effect():
    text = "Hair count rose 20% vs 5% at week 24. Satisfaction was 90% vs 40%."
    e = read_effect(text, HAIR, deciding_sentence="Satisfaction was 90% vs 40%.")
    assert e.value == "90%" and e.time_point == "at week 24"  # the study's time point fills in
    assert read_effect("Microneedling improved hair growth.", HAIR) is None


def test_appraisal_carries_the_effect_on_the_snapshot():
    records = {r.pmid: r for r in iter_records()}
    q = Question("hair", "Does microneedling promote hair regrowth?", "microneedling", "hair regrowth in alopecia", "efficacy",
                 '(microneedl*[tiab] OR dermaroller*[tiab]) AND (alopeci*[tiab] OR "hair loss"[tiab] OR "hair growth"[tiab])')
    a = appraise(records["40056230"], q)  # meta-analysis: SMD 1.32 (95% CI 0.73 to 1.92)
    assert a.effect is not None and a.effect.pooled and (a.effect.measure, a.effect.estimate) == ("SMD", 1.32)
    assert (a.effect.ci_low, a.effect.ci_high) == (0.73, 1.92)
    excluded = appraise(Record("9", "Unrelated", (AbstractSection(None, "Rats 20% vs 5%."),)), q)
    assert not excluded.included and excluded.effect is None


def test_the_p_value_is_the_estimates_own():
    e = read_effect("Radiofrequency improved scars (SMD 0.57, 95% CI 0.20-0.94, P = 0.003), and lasers were almost "
                    "equally effective (P = 0.35).", [re.compile("scar")])
    assert (e.estimate, e.p) == (0.57, "P = 0.003")
