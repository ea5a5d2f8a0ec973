"""Rules S1 and W1 of docs/grading.md: the Summary-of-Findings row (tracker.sof) and the one
certainty sentence (tracker.wording), and that both reach the store."""

from __future__ import annotations

import json
from dataclasses import replace

from tracker.effect_sizes import Effect
from tracker.grading import grade_question
from tracker.models import Appraisal, Question
from tracker.sof import domain_of, effect_column
from tracker.store import Store
from tracker.wording import certainty_sentence

Q = Question("q1", "Does microneedling improve acne scars?", "microneedling", "acne scars", "efficacy", "microneedl* AND scar*")


def ap(pmid: str, design: str = "RCT", n: int | None = 100, direction: str = "supports", **kw) -> Appraisal:
    base = Appraisal(question_id="q1", pmid=pmid, relevance="both", included=True, exclusion_reason=None, design=design,
                     design_note=None, population="human", n_participants=n, direction=direction,
                     deciding_sentence="…", indirect=False, indirectness=None)
    return replace(base, **kw)


def test_sof_row_has_designs_participants_apart_effect_and_a_footnote_per_downgrade():
    body = [ap("1", "meta-analysis", n=400, review_pools="RCTs",
               effect=Effect("…", "MD", 0.42, None, 0.1, 0.7, "p = 0.01", pooled=True)),
            ap("2", n=60, effect=Effect("…", "MD", 0.8)), ap("3", n=40, direction="no effect"),
            ap("4", "narrative review", n=None)]
    g = grade_question(Q, body, n_hits=4)
    row = g.sof
    assert row is not None and row.n_studies == 3 and row.outcome == "acne scars"
    assert (row.n_participants, row.n_participants_reviews) == (100, 400)  # never 500
    assert {d.design for d in row.designs} == {"meta-analysis (of RCTs)", "RCT"}
    assert row.effect is not None and row.effect.pooled and "MD 0.42" in row.effect.text and "PMID 1" in row.effect.text
    # inconsistency (1 of 3 disagrees) is a downgrade with its own footnote; the narrative review a flag
    assert dict(row.domains)["inconsistency"] == "serious" and dict(row.domains)["risk of bias"] == "not serious"
    assert len(row.footnotes) == len(g.downgrades) + 1 and row.footnotes[0].startswith("a. inconsistency")
    assert "narrative review" in row.footnotes[-1] and row.certainty == g.certainty == "Moderate"
    assert "(a, b)" in row.describe()


def test_effect_column_is_a_range_without_a_pooled_estimate():
    body = [ap("1", effect=Effect("…", "SMD", 0.57)), ap("2", effect=Effect("…", "SMD", 1.32)),
            ap("3", effect=Effect("…", value="60%", comparator_value="46%"))]
    col = effect_column(body)
    assert col is not None and not col.pooled and col.text == "SMD 0.57 to 1.32 across 2 studies"
    col = effect_column([body[2]])
    assert col is not None and col.text.startswith("range across studies: 60% vs 46% (PMID 3)")
    assert effect_column([ap("4")]) is None


def test_domain_of_downgrades():
    assert domain_of("very serious imprecision: 70 participants") == "imprecision"
    assert domain_of("publication bias: only small positive studies") == "publication bias"
    assert domain_of("risk of bias: the largest review ...") == "risk of bias"


def test_certainty_sentence_describes_the_evidence_not_the_verdict():
    assert certainty_sentence("contradicted", "High", "against") == "High-certainty evidence that the claim is wrong"
    assert certainty_sentence("supported", "Low", "backs") == "Low-certainty evidence for the claim"
    assert certainty_sentence("partly supported", "Moderate", "backs") == "Moderate-certainty evidence that partly backs the claim"
    assert certainty_sentence("not supported", "Moderate", "against").startswith("Moderate-certainty evidence against the claim")
    # "not supported" because a number could not be checked: no certainty is stated
    unchecked = certainty_sentence("not supported", "High", "unclear")
    assert "High" not in unchecked and "certainty" in unchecked
    assert certainty_sentence("no evidence found", "No evidence found", "unclear") == "No studies found that test this claim"
    # without a side (older stores) the verdict decides, and "not supported" is never "High ... wrong"
    assert "High" not in certainty_sentence("not supported", "High")


def test_the_run_stores_effects_bias_sof_and_the_sentence(demo_db):
    with Store(demo_db, readonly=True) as s:
        conn = s.conn
        a = conn.execute("SELECT effect, risk_of_bias, review_pools FROM appraisals WHERE pmid='35426044' "
                         "AND included=1 AND effect IS NOT NULL LIMIT 1").fetchone()
        g = conn.execute("SELECT sof, n_participants, n_participants_reviews FROM question_grades "
                         "WHERE question_id='mn-acne-scars'").fetchone()
        v = conn.execute("SELECT certainty_sentence, certainty, verdict FROM claim_verdicts").fetchall()
    effect = json.loads(a["effect"])
    assert effect["measure"] == "MD" and effect["pooled"] and a["review_pools"] == "RCTs"
    assert json.loads(a["risk_of_bias"])["overall"] in ("low", "unclear", "some concerns", "high")
    sof = json.loads(g["sof"])
    assert sof["n_participants"] == g["n_participants"] and sof["n_participants_reviews"] == g["n_participants_reviews"]
    assert set(sof) >= {"outcome", "designs", "effect", "certainty", "domains", "footnotes"}
    assert all(row["certainty_sentence"] for row in v)
    assert not any(r["verdict"] == "not supported" and r["certainty_sentence"].startswith("High") for r in v)


def test_every_claim_in_the_reports_shows_effects_and_its_sof_row(demo_db):
    from tracker.export import claim_reviews, load_audit
    from tracker.report import render_article_report

    with Store(demo_db, readonly=True) as s:
        names = list(s.articles_frame()["name"])
        md_text = render_article_report(s, names[0], "markdown").decode("utf-8")
        html_text = render_article_report(s, names[0], "html").decode("utf-8")
        reviews = claim_reviews(load_audit(s))
        n_claims = int((s.claims_frame()["article"] == names[0]).sum())
    graded = md_text.count("- **Verdict:**") - md_text.count("not graded yet")
    assert graded == n_claims and md_text.count("- **Summary of findings:**") == graded
    assert "certainty evidence" in md_text and "(certainty:" not in md_text
    assert "effect: " in md_text  # effect sizes beside the cited studies
    assert "<dt>Summary of findings</dt>" in html_text and 'class="sof-notes"' in html_text
    # ClaimReview carries the same sentence, never "Certainty of evidence: High" for "not supported"
    assert all(not r["reviewRating"]["ratingExplanation"].startswith("Certainty of evidence") for r in reviews)


def test_effect_column_prefers_a_direct_meta_analysis():
    direct = ap("1", "meta-analysis", n=100, effect=Effect("…", "SMD", 0.5, pooled=True))
    indirect = ap("2", "meta-analysis", n=900, indirect=True, indirectness="another intervention",
                  effect=Effect("…", "MD", 0.42, pooled=True))
    assert "PMID 1" in effect_column([indirect, direct]).text
    assert effect_column([indirect]).text.endswith("(pooled, PMID 2, indirect)")
