"""Rules H1-H3 of docs/grading.md: per-record harm frequency and severity (tracker.harms)."""

from __future__ import annotations

import re

from tracker.appraisal import appraise
from tracker.grading import grade_question
from tracker.harms import harm_severities, read_harm
from tracker.models import AbstractSection, Question, Record

PIH = [re.compile("hyperpigmentation", re.I)]


def rec(text: str, pmid: str = "1", title: str = "t", **kw) -> Record:
    return Record(pmid, title, (AbstractSection(None, text),), **kw)


def test_frequency_as_counts_percentages_and_words():
    h = read_harm(rec("Post-inflammatory hyperpigmentation developed in 5 of 36 patients and resolved within 4 weeks."), PIH)
    assert (h.n, h.of, h.frequency) == (5, 36, "5 of 36") and h.severity == "mild"
    assert h.describe() == "5 of 36 (14%), mild"
    h = read_harm(rec("Hypertrichosis occurred in 24% of patients on oral minoxidil."), [re.compile("hypertrichosis", re.I)])
    assert h.percent == 24.0 and h.n is None
    h = read_harm(rec("Granulomatous reactions are rare but serious complications."), [re.compile("granulom", re.I)])
    assert h.frequency_class == "rare" and h.severity == "serious"
    h = read_harm(rec("Erythema was the most common adverse event and was transient."), [re.compile("erythema", re.I)])
    assert h.frequency_class == "common" and h.severity == "mild"


def test_a_harm_ruled_out_has_no_frequency_and_a_condition_at_entry_is_not_a_harm():
    assert read_harm(rec("No infection was reported in 40 patients."), [re.compile("infection", re.I)]).empty
    h = read_harm(rec("Patients had severe acne scars at entry. Adverse effects were limited to transient erythema."))
    assert h.severity == "mild" and "severe" not in " ".join(h.severity_words)
    # a literature search naming harms is not a report of them
    assert read_harm(rec("We searched databases with terms such as infection, granuloma and scarring."),
                     [re.compile("granulom", re.I)]).empty


def test_harm_severities_mild_serious_and_ruled_out():
    [(words, mild)] = harm_severities("No serious adverse events occurred.")
    assert mild and words.startswith("No serious adverse")
    found = harm_severities("Persistent serious events included tram-track scarring and granulomatous reactions.")
    assert [mild for _, mild in found] == [False, False, False]


def test_appraisal_carries_the_harm_for_safety_questions_only():
    q = Question("s1", "Does microneedling cause hyperpigmentation?", "microneedling", "hyperpigmentation", "safety",
                 "microneedl*[tiab] AND hyperpigmentation[tiab]")
    r = rec("Retrospective series of 36 patients treated with microneedling. Post-inflammatory hyperpigmentation "
            "developed in 5 of 36 patients and resolved within 4 weeks.", title="Microneedling in 36 patients")
    a = appraise(r, q)
    assert a.included and a.harm is not None and a.harm.n == 5
    eff = Question("e1", "Does microneedling improve acne scars?", "microneedling", "hyperpigmentation", "efficacy",
                   "microneedl*[tiab] AND hyperpigmentation[tiab]")
    assert appraise(r, eff).harm is None


def test_a_harm_body_resting_on_case_reports_is_very_low():
    q = Question("s2", "Does microneedling cause granulomas?", "microneedling", "granulomatous reaction", "safety",
                 "microneedl*[tiab] AND granulom*[tiab]")
    cases = [rec(f"A {40 + i}-year-old woman developed granulomatous dermatitis secondary to microneedling.",
                 pmid=str(i), title="Granulomatous reaction after microneedling: a case report",
                 publication_types=("Case Reports",)) for i in range(6)]
    review = rec("Systematic review of 40 case reports and case series of adverse events after microneedling, "
                 "covering 900 patients. Granulomatous reactions occurred after microneedling with vitamin C serums.",
                 pmid="99", title="Granulomas after microneedling: a systematic review", publication_types=("Systematic Review",))
    apps = [appraise(r, q) for r in [*cases, review]]
    assert apps[-1].review_pools == "case reports"
    g = grade_question(q, apps, n_hits=len(apps))
    assert g.verdict in ("supported", "partly supported") and g.certainty == "Very low"


def test_frequency_is_read_in_the_clause_that_reports_the_harm():
    scar = [re.compile("scar", re.I)]
    # the 25% is how much the scars (the treated condition) improved, not how often scarring happened
    h = read_harm(rec("Scar severity scores improved by a mean of 25.0% in group A (P < 0.01), and there were "
                      "no significant side effects."), scar)
    assert h.frequency is None
    # two arms in one clause are shown as written, not assigned to one of them
    h = read_harm(rec("Rolling scars improved more with the laser, and post-inflammatory hyperpigmentation was more "
                      "frequent with the laser (30% vs. 6.67%)."), PIH)
    assert h.frequency == "30% vs. 6.67%" and h.percent is None and h.frequency_class is None
