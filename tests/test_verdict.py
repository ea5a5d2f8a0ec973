"""tracker.verdict: a claim's frame weighed against the evidence (issue #14, docs/grading.md "Claim verdicts").

Real appraisal and grading on small hand-written records; no mocks."""

from __future__ import annotations

import json

import pytest

from tracker.appraisal import appraise
from tracker.frames import parse_frame
from tracker.grading import grade_question
from tracker.models import AbstractSection, Article, Claim, Question, Record
from tracker.store import Store
from tracker.verdict import grade_claim, study_side

PAIN = Question("q-pain", "Does microneedling cause pain?", "microneedling", "pain", "safety",
                "microneedl*[tiab] AND (pain*[tiab] OR discomfort[tiab])")
SCARS = Question("q-scars", "Does microneedling improve acne scars?", "microneedling", "acne scars", "efficacy",
                 'microneedl*[tiab] AND ("acne scars"[tiab] OR scar*[tiab])')
HAIR = Question("q-hair", "Does rosemary oil improve hair growth?", "rosemary oil", "hair growth", "efficacy",
                '"rosemary oil"[tiab] AND ("hair growth"[tiab] OR "hair count"[tiab])')
PEN = Question("q-pen", "Does microneedling increase penetration?", "microneedling", "penetration", "mechanism",
               "microneedl*[tiab] AND (penetrat*[tiab] OR response*[tiab])")


def rec(pmid: str, text: str) -> Record:
    return Record(pmid=pmid, title="", abstract=(AbstractSection(None, text),), text_kind="synopsis")


def auto(text: str, question: Question, topic: str = "microneedling") -> Claim:
    """An extracted claim: its frame is parsed from the quote, its stance follows the frame."""
    frame = parse_frame(text, topic=topic, topic_norm=topic)
    return Claim("c1", "a.txt", text, 0, len(text), text, question.question_id, "efficacy", frame.strength,
                 origin="auto", frame=frame)  # type: ignore[arg-type]


def judge(text: str, question: Question, records: dict[str, Record], topic: str = "microneedling"):
    apps = [appraise(r, question) for r in records.values()]
    grade = grade_question(question, apps, n_hits=len(records))
    return grade, grade_claim(auto(text, question, topic), question, grade, apps, records)


PAIN_RECORDS = {
    "1": rec("1", "Randomized controlled trial of 120 patients treated with microneedling. Pain was reported by most "
                  "patients during the procedure."),
    "2": rec("2", "Randomized trial of 200 participants given microneedling. Mild pain and erythema occurred in 60% of patients."),
}


def test_a_denial_faced_with_reported_harm_is_against_the_claim_and_never_green():
    grade, v = judge("Home rolling is completely painless.", PAIN, PAIN_RECORDS)
    assert grade.verdict == "supported"  # the question "does it cause pain?" is answered yes
    assert v.verdict == "contradicted" and v.side == "against"
    assert v.tally.against >= 1 and v.tally.backs == 0
    says, found, sure, end = v.reasons
    assert "does not cause pain" in says and "completely painless" in says
    assert "go" in found and sure.startswith("Certainty") and end.startswith("Verdict: contradicted")


def test_reducing_scars_is_a_benefit_claim_not_a_harm():
    records = {"3": rec("3", "Randomized controlled trial of 150 patients with acne scars. Microneedling significantly "
                             "improved acne scars compared with baseline.")}
    _, v = judge("It works by creating micro-injuries, eventually reducing the scars.", SCARS, records)
    assert v.side == "backs" and v.verdict in ("supported", "partly supported")
    assert study_side("supports", "affirms", "efficacy") == "backs"
    assert study_side("no effect", "affirms", "efficacy") == "against"  # a null trial does not back a benefit
    assert study_side("no effect", "affirms", "safety") == "unclear"  # nor rule out a harm
    assert study_side("supports", "denies", "safety") == "against"


def test_a_comparative_claim_needs_head_to_head_evidence():
    works = {"4": rec("4", "Randomized trial of 100 men with androgenetic alopecia. Rosemary oil increased hair count "
                           "at 6 months compared with baseline.")}
    _, v = judge("Rosemary oil rivals minoxidil for hair growth.", HAIR, works, topic="rosemary oil")
    # it works on its own, but nothing compares it with minoxidil: indirect evidence is not a comparison
    assert v.verdict == "no evidence found" and v.side == "unclear"
    assert "head-to-head" in v.rationale and "minoxidil" in v.rationale
    tie = {"5": rec("5", "Randomized trial of 100 men comparing rosemary oil with minoxidil 2%. Hair count increased "
                         "at 6 months in both groups, with no significant difference between rosemary oil and minoxidil.")}
    _, v = judge("Rosemary oil rivals minoxidil for hair growth.", HAIR, tie, topic="rosemary oil")
    assert v.verdict == "partly supported" and v.side == "backs" and "5" in v.cited_pmids


def test_drug_strength_is_not_an_effect_size_and_kinds_are_compared_like_with_like():
    records = {"6": rec("6", "Randomized trial of 80 patients given microneedling. The response rate was 80% of patients "
                             "and penetration of the drug increased.")}
    _, v = judge("Microneedling works as well as 2% minoxidil serum", PEN, records)
    assert "2%" not in v.rationale.split("For this claim:")[-1]  # no figure check on a drug strength
    # an "80 percent more penetration" claim is a percent change: a response rate of 80% is not its evidence
    _, v = judge("Rollers increase penetration by 80 percent", PEN, records)
    assert "close to figures" not in v.rationale


def test_an_impossible_time_frame_is_not_supported_with_the_reason_in_words():
    records = {"7": rec("7", "Randomized controlled trial of 300 patients with acne scars treated with microneedling. "
                             "Acne scars improved significantly after 12 weeks of treatment.")}
    grade, v = judge("Microneedling clears acne scars overnight", SCARS, records)
    assert grade.verdict == "supported"
    assert v.verdict == "not supported" and "time frame (overnight)" in v.rationale and "12 weeks" in v.rationale
    _, ok = judge("Microneedling improves acne scars in 12 weeks", SCARS, records)
    assert ok.verdict in ("supported", "partly supported")


def test_side_tally_and_reasons_are_stored(tmp_path):
    grade, v = judge("Home rolling is completely painless.", PAIN, PAIN_RECORDS)
    text = "Home rolling is completely painless."
    article = Article("a.txt", "A", text, "text", "0" * 64)
    claim = auto(text, PAIN)
    with Store(tmp_path / "t.db") as store:
        run = store.start_run("snapshot", "test")
        store.finish_run(run, articles=[article], questions=[PAIN], claims=[claim], searches={}, appraisals=[],
                         grades=[grade], verdicts=[v], n_records=2)
        row = store.claims_frame().iloc[0]
    assert row["side"] == "against" and json.loads(row["tally"])["against"] == v.tally.against
    assert json.loads(row["reasons"]) == list(v.reasons)
    assert json.loads(row["frame"])["relation"] == "denies_harm"


def test_relevance_needs_the_claims_intervention_on_its_own():
    from tracker.appraisal import relevance

    prp = Question("q-prp", "Does PRP improve acne scars?", "platelet-rich plasma", "acne scars", "efficacy",
                   '("platelet-rich plasma"[tiab] OR PRP[tiab]) AND "acne scars"[tiab]')
    combo = rec("8", "Case series of 30 patients with acne scars treated with microneedling combined with PRP. "
                     "Acne scars improved after microneedling plus PRP.")
    assert relevance(combo, prp) == "outcome"  # a combination is not evidence for PRP alone
    arm = rec("9", "Randomized split-face trial of 40 patients with acne scars: microneedling plus PRP versus "
                   "microneedling alone. Acne scars improved more with PRP.")
    assert relevance(arm, prp) == "both"  # an add-on design isolates PRP


def test_an_article_with_four_traps_gets_each_verdict_on_the_right_side():
    """Issue #14, done-when: a denial, an impossible time frame, a superiority claim and an
    unsourced percentage, extracted and graded on the embedded snapshot, each with its reason."""
    from tracker.claims import load_questions
    from tracker.extract import extract_claims
    from tracker.paths import QUESTIONS_CSV
    from tracker.pipeline import open_backend

    text = ("Microneedling at home: what to expect\n\nHome microneedling is completely painless. "
            "You will see smoother acne scars overnight. Microneedling works better than laser treatment for acne "
            "scars. Microneedling boosts collagen production by up to 400%.")
    article = Article("traps.txt", "Microneedling at home: what to expect", text, "text", "0" * 64)
    questions = load_questions(QUESTIONS_CSV)
    backend = open_backend("snapshot")
    got = {}
    for cand in extract_claims(article, questions):
        q = next((x for x in questions if x.question_id == cand.claim.question_id), None) or cand.new_question
        res = backend.search(q.query, max_ids=200)
        records = {r.pmid: r for r in backend.fetch(list(res.pmids[:200]))}
        apps = [appraise(r, q) for r in records.values()]
        v = grade_claim(cand.claim, q, grade_question(q, apps, n_hits=res.count), apps, records)
        got[cand.claim.quote] = v
    painless = got["Home microneedling is completely painless"]
    overnight = got["You will see smoother acne scars overnight"]
    laser = got["Microneedling works better than laser treatment for acne scars"]
    collagen = got["Microneedling boosts collagen production by up to 400%"]
    for v in (painless, overnight, collagen):
        assert v.verdict in ("not supported", "contradicted") and v.side == "against", v.rationale
    assert laser.verdict not in ("supported", "partly supported") and laser.side != "backs"
    assert "time frame (overnight)" in overnight.reasons[3]
    assert "head-to-head" in laser.reasons[3] and "laser" in laser.reasons[3]
    assert "400%" in collagen.reasons[3]


# --- sign errors (issue #14, A2): never on the wrong side of the claim ------------------------

RETINOL_HARM = Question("q-bd", "Does retinol cause birth defects?", "retinol", "birth defects", "safety",
                        'retinol[tiab] AND "birth defects"[tiab]')
RETINOL_BENEFIT = Question("q-bd-benefit", "Does retinol reduce birth defects?", "retinol", "birth defects", "efficacy",
                           'retinol[tiab] AND "birth defects"[tiab]')
BIRTH_DEFECTS = {"20": rec("20", "Cohort study of 5000 pregnant women. Exposure to retinol was associated with a "
                                 "significantly higher risk of birth defects.")}


def test_a_harm_claim_found_to_occur_is_backed_and_never_judged_as_a_benefit():
    claim = "High doses of retinol can cause birth defects."
    grade, v = judge(claim, RETINOL_HARM, BIRTH_DEFECTS, topic="retinol")
    assert grade.verdict in ("supported", "partly supported")  # the harm occurs
    assert v.side == "backs" and v.verdict in ("supported", "partly supported")  # ... which backs a harm claim
    # the same harm claim on a benefit question cannot be aligned: say so, never pick a side
    _, v = judge(claim, RETINOL_BENEFIT, BIRTH_DEFECTS, topic="retinol")
    assert v.verdict == "no evidence found" and v.side == "unclear"
    assert "could not be aligned" in v.rationale
    # and a benefit claim on a harm question likewise
    _, v = judge("Retinol reduces birth defects.", RETINOL_HARM, BIRTH_DEFECTS, topic="retinol")
    assert v.verdict == "no evidence found" and "could not be aligned" in v.rationale


def test_extracted_harm_claims_get_harm_questions():
    from tracker.articles import load_article
    from tracker.extract import extract_claims
    from tracker.paths import EXAMPLES_DIR

    cands = extract_claims(load_article(EXAMPLES_DIR / "retinol.txt"))
    harms = [c for c in cands if "birth defects" in c.claim.quote or "sensitive to the sun" in c.claim.quote]
    assert harms
    for c in harms:
        # "makes your skin more sensitive to the sun", "can cause birth defects": harms, asked as harms
        assert c.claim.frame.relation == "harm" and c.claim.stance == "affirms", c.claim.quote
        q = c.new_question
        assert q is not None and q.kind == "safety" and q.statement.startswith("Does ") and " cause " in q.statement


SMALL_NULL = {"21": rec("21", "Non-randomised study of 8 patients with acne scars treated with microneedling. Acne "
                              "scars did not improve.")}


def test_null_results_at_very_low_certainty_cannot_go_against_a_benefit():
    grade, v = judge("Microneedling improves acne scars.", SCARS, SMALL_NULL)
    assert grade.verdict == "not supported" and grade.certainty == "Very low"
    assert v.verdict == "no evidence found" and v.side == "unclear"
    assert "very low certainty" in v.rationale
    # a study that finds the opposite is evidence against, whatever the certainty
    worse = {"22": rec("22", "Non-randomised study of 8 patients with acne scars treated with microneedling. Acne "
                             "scars significantly worsened compared with baseline.")}
    _, v = judge("Microneedling improves acne scars.", SCARS, worse)
    assert v.verdict == "contradicted" and v.side == "against"


def test_a_benefit_backed_only_by_indirect_studies_is_unclear_not_green():
    rats = {"30": rec("30", "Animal study of 20 rats with scars. Microneedling significantly improved acne scars "
                            "compared with control.")}
    grade, v = judge("Microneedling improves acne scars.", SCARS, rats)
    assert grade.verdict == "partly supported"  # the question's own verdict, rated down to Very low
    # VRD10 (V10d): animals given the claim's own treatment for its own outcome back it in part, at Very low
    # (it had been "no evidence found"; other indirect evidence still is, tests/test_verdict_round10.py)
    assert v.verdict == "partly supported" and v.certainty == "Very low" and "only studies in animals" in v.rationale
    _, v = judge("Microneedling improves acne scars.", SCARS, SCAR_TRIAL)  # a trial in people backs it
    assert v.side == "backs" and "indirect" not in v.rationale


SCAR_TRIAL = {"23": rec("23", "Randomized controlled trial of 300 patients with acne scars treated with microneedling. "
                              "Acne scars improved significantly after 12 weeks of treatment.")}


def test_verbs_of_complete_removal_promise_more_than_trials_report_but_an_anecdote_does_not():
    # SIGN5: a removal verb alone is directionally right but overstated (the devset's rule): partly supported;
    # absolute, lasting or dated, it goes against trials that report improvement
    _, v = judge("Microneedling clears acne scars.", SCARS, SCAR_TRIAL)
    assert v.verdict == "partly supported" and "complete result" in v.rationale
    _, v = judge("Microneedling gets rid of acne scars for good.", SCARS, SCAR_TRIAL)
    assert v.verdict == "not supported" and "complete or permanent" in v.rationale
    _, v = judge("Microneedling erased the acne scars I'd had for a decade.", SCARS, SCAR_TRIAL)
    assert v.verdict in ("supported", "partly supported")  # one person's result, not a promise


def test_a_share_of_people_is_a_figure_the_records_must_report():
    _, v = judge("Microneedling improves acne scars in most people who try it.", SCARS, SCAR_TRIAL)
    # SIGN7 (revises VRD7's "none reported: not supported, side unclear"): a majority in words no record reports is an
    # unverified amount of an effect the records back on average, at most partly supported (as a figure, C3)
    assert v.verdict == "partly supported" and "'in most people who'" in v.rationale
    shares = {"24": rec("24", "Randomized controlled trial of 300 patients with acne scars treated with microneedling. "
                              "Acne scars improved significantly in 72% of patients after 12 weeks.")}
    _, v = judge("Microneedling improves acne scars in most people who try it.", SCARS, shares)
    assert v.verdict in ("supported", "partly supported") and "72%" in v.rationale
    few = {"25": rec("25", "Randomized controlled trial of 300 patients with acne scars treated with microneedling. "
                           "Acne scars improved significantly in 30% of patients after 12 weeks.")}
    _, v = judge("Microneedling improves acne scars in most people who try it.", SCARS, few)
    assert v.verdict == "not supported" and v.side == "against"


def test_a_vague_amount_is_no_figure_to_check():
    records = {"26": rec("26", "Randomized controlled trial of 300 patients treated with microneedling. Pain occurred "
                               "in 25% of patients.")}
    _, v = judge("Microneedling makes pain several times more likely.", PAIN, records)
    # a vague quantifier states no number (FRM13): no figure is claimed, so none is held to the records
    assert "no record reports a figure near" not in v.rationale
    _, v = judge("Microneedling makes pain five times more likely.", PAIN, records)
    assert "vague amount" not in v.rationale


TRAPS = ("Microneedling at home: what to expect\n\nHome microneedling is completely painless. "
         "You will see smoother acne scars overnight. Microneedling works better than laser treatment for acne "
         "scars. Microneedling boosts collagen production by up to 400%.\n")


def test_the_dashboard_audit_puts_each_trap_on_the_right_side_with_its_reason(tmp_path, monkeypatch):
    """Issue #14, done-when, through the dashboard: paste the four traps on the audit page, grade,
    and read the run the page started: a denial, an impossible time frame, a superiority claim
    and an unsourced percentage each on the right side, the reason in words."""
    from tests.test_audit_page import DASHBOARD, graded, in_review, job_of, open_page, paste, rerun_until

    db = tmp_path / "tracker.db"
    monkeypatch.setenv("TRACKER_DB", str(db))
    for var in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR", "TRACKER_MAX_UPLOAD_BYTES"):
        monkeypatch.delenv(var, raising=False)
    at = open_page(DASHBOARD / "app.py")
    paste(at, TRAPS, title="Traps")
    rerun_until(at, in_review)
    at.button(key="grade").click()
    rerun_until(at, graded, timeout=60)
    job = job_of(at, db)
    with Store(db, readonly=True) as s:
        rows = s.run_verdicts_frame(job.run_id).set_index("quote")
    painless = rows.loc["Home microneedling is completely painless"]
    overnight = rows.loc["You will see smoother acne scars overnight"]
    laser = rows.loc["Microneedling works better than laser treatment for acne scars"]
    collagen = rows.loc["Microneedling boosts collagen production by up to 400%"]
    for r in (painless, overnight, collagen):
        assert r.verdict in ("not supported", "contradicted") and r.side == "against", r.rationale
    assert laser.verdict not in ("supported", "partly supported") and laser.side != "backs"
    reasons = {k: json.loads(r.reasons)[3] for k, r in (("overnight", overnight), ("laser", laser),
                                                          ("collagen", collagen), ("painless", painless))}
    assert "time frame (overnight)" in reasons["overnight"]
    assert "head-to-head" in reasons["laser"] and "laser" in reasons["laser"]
    assert "400%" in reasons["collagen"]
    assert reasons["painless"].startswith(f"Verdict: {painless.verdict}: ") and "denies" in reasons["painless"]
    # the page's results table shows those same verdicts
    table = next(df.value for df in at.dataframe if df.key == f"audit_results_{job.job_id}")
    by_claim = rows.reset_index().set_index("claim_id")["verdict"]
    for url, badge in zip(table["url"], table["badge"]):
        assert badge.endswith(by_claim[url.split("=", 1)[1]])


def test_a_combination_arm_is_not_evidence_for_its_component():
    # the 85% responder rate belongs to the combination arm; rosemary oil alone reached 45%
    records = {"30": rec("30", "Randomized controlled trial of 300 men with hair loss given rosemary oil alone, rosemary "
                               "oil plus microneedling, or placebo. Hair growth improved significantly with rosemary oil "
                               "versus placebo (p < 0.01). Hair growth response was 85% of patients with the "
                               "combination versus 45% of patients with rosemary oil alone.")}
    _, v = judge("Rosemary oil improves hair growth in most men who use it.", HAIR, records, topic="rosemary oil")
    assert v.verdict == "not supported" and v.side == "against"
    assert "85%" not in v.rationale.split("For this claim:")[-1] and "45%" in v.rationale


def test_a_share_from_another_route_is_not_the_claims():
    from tracker.models import ClaimFrame
    from tracker.verdict import check_shares, claim_routes

    frame = ClaimFrame("minoxidil", "minoxidil", "hair growth", "benefit")
    assert claim_routes(frame, "Topical minoxidil regrows hair in most men who use it") == {"topical"}
    q = Question("q-mx", "Does minoxidil improve hair growth?", "minoxidil", "hair growth", "efficacy",
                 'minoxidil[tiab] AND "hair growth"[tiab]')
    oral = Record(pmid="31", title="Low-dose oral minoxidil for hair loss",
                  abstract=(AbstractSection(None, "Review of 10 studies. Hair growth improved in 90% of patients."),),
                  text_kind="synopsis")
    apps = [appraise(oral, q)]
    assert check_shares(q, apps, {"31": oral}, frame, "Topical minoxidil regrows hair in most men who use it") == []
    assert check_shares(q, apps, {"31": oral}, frame, "Minoxidil regrows hair in most men who use it")  # no route named


def test_fold_and_percent_are_compared_on_the_change_scale():
    from tracker.models import ClaimFrame
    from tracker.verdict import _same_order

    doubles = ClaimFrame("collagen", "collagen", "collagen production", "benefit", magnitude_value=2.0, magnitude_kind="fold")
    assert not _same_order("65%", doubles)  # +100% against +65%: not the same order
    assert _same_order("80%", doubles) and _same_order("1.8-fold", doubles)
    tenfold = ClaimFrame("microneedling", "microneedling", "penetration", "benefit", magnitude_value=10.0, magnitude_kind="fold")
    assert _same_order("6.74-fold", tenfold)  # fold against fold, as stated
    records = {"32": rec("32", "Randomized controlled trial of 114 women given collagen peptides or placebo. "
                               "Collagen production was 65% higher than with placebo (p < 0.05).")}
    q = Question("q-col", "Do collagen supplements increase collagen production?", "collagen supplements",
                 "collagen production", "efficacy", '"collagen"[tiab] AND "collagen production"[tiab]')
    _, v = judge("Daily collagen doubles your skin's own collagen production.", q, records, topic="collagen")
    assert v.side != "backs" and "same order" not in v.rationale


@pytest.mark.parametrize("sentence, strength", [
    ("comparing weekly microneedling plus twice-daily 5% minoxidil lotion with 5% minoxidil alone", True),
    ("a 10% vitamin C serum was applied", True),
    ("hair counts rose by 40% in the treated group", False),
    ("melasma scores fell 44% after three sessions", False),
    ("40% of patients improved", False),
])
def test_a_percentage_naming_a_drug_strength_is_not_an_effect(sentence, strength):
    from tracker.text import FIGURE_RE
    from tracker.verdict import _is_strength

    m = next(FIGURE_RE.finditer(sentence))
    assert _is_strength(sentence, m) is strength


def test_a_claimed_amount_no_record_measures_is_unverified_not_against():
    """No figure to hold it to is not a figure against it: direction backed, amount unverified."""
    no_figures = {"27": rec("27", "Randomized controlled trial of 300 patients with acne scars treated with microneedling. "
                                  "Acne scars improved significantly compared with baseline after 12 weeks.")}
    _, v = judge("Microneedling improves acne scars by 57%.", SCARS, no_figures)
    # VRD11 (README): nothing comparable reported, so its side unclear (never against); VRD12 (V12a): an amount the
    # article names no study for is unchecked, so the claim as stated is at most "not supported"
    assert v.verdict == "not supported" and v.side == "unclear" and "unverified" in v.rationale
    assert v.overstated


def test_people_counted_with_the_outcome_are_a_responder_share():
    # "27 patients had less X" in a series of 30 is 90% responders, though no percent is written
    counted = {"40": rec("40", "Uncontrolled series of 30 adults with acne scars treated with microneedling. At 6 months "
                               "27 patients had fewer acne scars.")}
    _, v = judge("Microneedling improves acne scars in most people who try it.", SCARS, counted)
    assert v.verdict in ("supported", "partly supported") and "27 patients had" in v.rationale
    # a small count is never read as a share against the claim: it may count dropouts or harms
    small = {"41": rec("41", "Uncontrolled series of 30 adults with acne scars treated with microneedling. At 6 months "
                             "4 patients had worse acne scars.")}
    _, v = judge("Microneedling improves acne scars in most people who try it.", SCARS, small)
    assert "4 patients had" not in v.rationale


def test_an_absolute_denial_is_contradicted_by_a_documented_occurrence():
    one_report = {"42": rec("42", "Case report of a woman who developed pain and prolonged erythema after microneedling.")}
    _, v = judge("Microneedling never causes pain.", PAIN, one_report)
    assert v.verdict == "contradicted" and v.side == "against" and "denies it ever happens" in v.rationale
    _, v = judge("Microneedling rarely causes much pain.", PAIN, one_report)  # not a universal: not refuted by one case
    assert v.verdict != "contradicted"


def test_suitable_for_a_population_is_a_denial_of_occurrence_for_it():
    # "suitable for sensitive skin" says the harm does not happen to those people: not a claim
    # about how serious harms are in general (C8), so mild-only reports do not back it
    irritation = Question("q-irr", "Does microneedling cause irritation?", "microneedling", "irritation", "safety",
                          "microneedl*[tiab] AND (irritation[tiab] OR erythema[tiab])")
    records = {"43": rec("43", "Randomized trial of 120 adults with sensitive skin treated with microneedling. Mild "
                               "irritation and erythema occurred in 40% of patients and resolved within days.")}
    _, v = judge("Microneedling is suitable for sensitive skin.", irritation, records)
    assert v.verdict in ("not supported", "contradicted") and v.side == "against"
    assert "how serious" not in v.rationale


def test_a_much_larger_reported_effect_backs_a_figure_but_is_not_called_close_to_it():
    records = {"44": rec("44", "Randomized controlled trial of 120 patients treated with microneedling. Microneedling "
                               "increased penetration 6.74-fold compared with intact skin.")}
    _, v = judge("Microneedling raises penetration by 80%.", PEN, records)
    assert v.verdict not in ("not supported", "contradicted")  # a larger effect never goes against it
    assert "reached or exceeded by" in v.rationale and "close to" not in v.rationale
    near = {"45": rec("45", "Randomized controlled trial of 120 patients treated with microneedling. Microneedling "
                            "increased penetration by 75% compared with intact skin.")}
    _, v = judge("Microneedling raises penetration by 80%.", PEN, near)
    assert "is close to figures" in v.rationale


def test_a_fold_claim_is_checked_against_two_amounts_set_side_by_side():
    from tracker.verdict import ratio_figures

    # "four times as many hairs": 91.4 against 22.2 is a 4.1-fold difference, not a percent to miss
    assert [round(r, 1) for _, r in ratio_figures("Hair count rose more with microneedling (91.4 versus 22.2).")] == [4.1]
    assert [round(r, 1) for _, r in ratio_figures("Density went from 12 to 30 hairs per cm2.")] == [2.5]
    assert ratio_figures("Visits ran from 4 to 12 weeks.") == []  # a span of time is no amount of effect
    assert ratio_figures("P < 0.05 vs 0.2 in the other arm") == []  # nor is a p value
    assert ratio_figures("5% vs 2% minoxidil lotion") == []  # nor two strengths of one drug
    records = {"46": rec("46", "Randomized controlled trial of 100 patients comparing microneedling plus minoxidil with "
                               "minoxidil alone. Hair count rose significantly more with microneedling (91.4 versus "
                               "22.2); 82% of patients were satisfied.")}
    hair = Question("q-mh", "Does microneedling increase hair count?", "microneedling", "hair count", "efficacy",
                    'microneedl*[tiab] AND "hair count"[tiab]')
    _, v = judge("Microneedling grew four times as many new hairs.", hair, records)
    assert v.side == "backs" and "4.1-fold" in v.rationale
    _, v = judge("Microneedling grew ten times as many new hairs.", hair, records)
    assert v.side != "backs"  # 4.1-fold does not reach tenfold


def test_a_universal_benefit_claim_is_not_backed_by_average_effects():
    records = {"47": rec("47", "Randomized controlled trial of 150 patients with acne scars. Microneedling significantly "
                               "improved acne scars compared with baseline.")}
    _, plain = judge("Microneedling improves acne scars.", SCARS, records)
    assert plain.side == "backs"
    _, v = judge("Microneedling works on every type of acne scar.", SCARS, records)
    assert v.verdict == "not supported" and v.side == "against" and "every type" in v.rationale
    _, daily = judge("Used every day, microneedling improves acne scars.", SCARS, records)
    assert daily.side == "backs"  # "every day" is a dose, not a universal over people or kinds


def test_a_multiple_of_a_comparator_is_measured_between_arms_and_speed_is_no_effect_size():
    records = {"48": rec("48", "Randomized controlled trial of 100 patients with acne scars comparing microneedling with "
                               "chemical peels. Acne scars improved by 68% with microneedling.")}
    _, v = judge("Microneedling works three times better than chemical peels for acne scars.", SCARS, records)
    assert "68%" not in v.rationale  # one arm's change is no ratio between arms
    _, v = judge("Microneedling clears acne scars three times faster.", SCARS, records)
    assert "68%" not in v.rationale  # a multiple of speed is no multiple of the effect


def test_a_numeric_share_of_people_is_held_to_reported_responders():
    counted = {"49": rec("49", "Uncontrolled series of 30 adults with acne scars treated with microneedling. At 6 months "
                               "27 patients had fewer acne scars.")}
    _, v = judge("Nine out of ten people see fewer acne scars with microneedling.", SCARS, counted)
    assert v.side == "backs" and "27 patients had" in v.rationale
    averages = {"50": rec("50", "Randomized controlled trial of 150 patients with acne scars. Microneedling significantly "
                                "improved acne scars compared with baseline.")}
    _, v = judge("Nine out of ten people see fewer acne scars with microneedling.", SCARS, averages)
    assert v.verdict == "not supported" and "no record reports" in v.rationale


def test_denying_a_quick_effect_is_backed_by_effects_reported_only_later():
    records = {"51": rec("51", "Randomized controlled trial of 150 patients with acne scars. Microneedling significantly "
                               "improved acne scars compared with baseline at 12 weeks.")}
    _, v = judge("There is no evidence that microneedling improves acne scars in days.", SCARS, records)
    assert v.side == "backs" and "only from" in v.rationale  # the negation scopes over "in days"
    _, v = judge("Microneedling does not improve acne scars.", SCARS, records)
    assert v.side == "against"  # without a time frame the denial is of the effect itself


def test_not_as_good_as_is_refuted_by_a_tie_and_fda_cleared_promises_nothing_complete():
    from tracker.verdict import _COMPLETE_RE

    tie = {"52": rec("52", "Randomized trial of 100 men comparing rosemary oil with minoxidil 2%. Hair count increased "
                           "in both groups, with no significant difference between groups at 6 months.")}
    _, v = judge("Rosemary oil isn't as effective as minoxidil for hair growth.", HAIR, tie, topic="rosemary oil")
    assert v.side != "backs"  # a tie refutes 'not as good as'; it never backs it
    _, v = judge("Rosemary oil is as effective as minoxidil for hair growth.", HAIR, tie, topic="rosemary oil")
    assert v.side == "backs"
    assert _COMPLETE_RE.search("Laser caps are FDA-cleared") is None and _COMPLETE_RE.search("it clears acne")


def test_a_claimed_wait_is_refuted_by_effects_reported_earlier():
    records = {"53": rec("53", "Double-blind placebo-controlled trial of 114 women given microneedling for acne scars. Acne "
                               "scars improved significantly more than with placebo after 4 and 8 weeks.")}
    _, v = judge("Microneedling takes at least six months to show any effect on acne scars.", SCARS, records)
    assert v.verdict == "not supported" and v.side == "against" and "after 4 and 8 weeks" in v.rationale


def test_denying_a_lasting_harm_is_judged_on_how_serious_the_reported_harms_were():
    from tracker.verdict import _RISK_DENIAL_RE

    assert _RISK_DENIAL_RE.search("Minoxidil does not cause permanent hair loss")
    assert _RISK_DENIAL_RE.search("Red light masks have not been linked to any serious side effects")
    assert not _RISK_DENIAL_RE.search("Minoxidil does not cause hair loss")


def test_a_connective_of_concession_is_no_universal_over_people():
    # before: "in any case" (= anyway) was read as "works for any case" and the claim not supported, side against
    records = {"47": rec("47", "Randomized controlled trial of 150 patients with acne scars. Microneedling significantly "
                               "improved acne scars compared with baseline.")}
    for quote in ("In any case, microneedling improves acne scars.", "Microneedling improves acne scars in any event.",
                  "At any rate, microneedling improves acne scars."):
        _, v = judge(quote, SCARS, records)
        assert v.side == "backs" and "says it works for" not in v.rationale, (quote, v.rationale)
    _, v = judge("Microneedling works in any case of acne scarring.", SCARS, records)
    assert v.side == "against" and "says it works for 'any case'" in v.rationale  # a universal over cases stays one
