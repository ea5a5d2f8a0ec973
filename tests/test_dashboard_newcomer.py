"""DASH17: the dashboard as a newcomer meets it (session 13). Each test is one thing a careful
first-time reader tripped over on the demo store: an answer shown without its question, studies
coloured by the question on a claim that denies it, unexplained columns, pages that open empty
without a sentence, counts that include what the page hides, a chip that says "8 backs".

Real components throughout: the extractor, the pipeline's demo store (`demo_db`), the jobs API
and Streamlit's AppTest.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3

import pandas as pd

from tests.extracting import article, claim_with
from tests.test_dashboard import evidence_table, htmls, nodes, run_app, texts
from tracker import jobs
from tracker.dashboard import data, ui
from tracker.dashboard.highlight import SIDE_STYLES, tally_html, verdict_style
from tracker.extract import extract_claims
from tracker.store import Store
from tracker.text import answered_question, quote_in_context
from tracker.verdict import study_side

# A pharmacist's Q/A column (the shape of the lead's trap article): the answer to the pain question
# is a minimiser with a phrase after it, longer than the few words of "Not at all".
COLUMN = """Ask the Therapist: is cupping worth a try?

Our physiotherapist answers your questions every month.

Q: Is cupping at home painful?

A: Hardly at all with soft silicone cups. Most people feel a pulling sensation.
"""


def span(text: str, quote: str) -> tuple[int, int]:
    i = text.index(quote)
    return i, i + len(quote)


# ---- an elliptical answer is shown with its question -----------------------------------------

def test_an_answer_opening_with_an_answer_word_gets_its_question_at_any_length():
    text = "Q: Is at-home microneedling painful?\n\nA: Hardly at all with a 0.25 mm roller. Most feel a prickle."
    s, e = span(text, "Hardly at all with a 0.25 mm roller")
    assert quote_in_context(text, s, e) == "“Is at-home microneedling painful?” → Hardly at all with a 0.25 mm roller"
    text = "Is it safe? For healthy adults, mostly, if the roller is cleaned after every use."
    s, e = span(text, "For healthy adults, mostly, if the roller is cleaned after every use")
    assert answered_question(text, s, e) == "Is it safe?"


def test_a_full_sentence_or_a_later_one_keeps_its_own_words():
    text = "Does it work? In clinical trials, microneedling improved acne scars after three sessions."
    s, e = span(text, "In clinical trials, microneedling improved acne scars after three sessions")
    assert quote_in_context(text, s, e) == text[s:e]
    # an answer word opening the second sentence after the question answers nothing by itself
    text = "Does it work? Yes. Not everyone sees results within six weeks of starting the treatment."
    s, e = span(text, "Not everyone sees results within six weeks of starting the treatment")
    assert answered_question(text, s, e) is None


def test_tables_show_the_extracted_minimiser_answer_with_its_question():
    art = article(COLUMN, "cupping.txt")
    c = claim_with(extract_claims(art), "Hardly at all").claim
    df = pd.DataFrame({"article": [c.article], "quote": [c.quote], "start": [c.start], "end": [c.end]})
    shown = ui.claims_display(data.with_quote_shown(df, {art.name: art.text}), ["quote"])
    assert list(shown["quote"]) == [f"“Is cupping at home painful?” → {c.quote}"]


def test_the_claim_page_says_which_question_an_answer_replies_to(demo_db, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db))
    with Store(demo_db, readonly=True) as s:
        claims = s.claims_frame()
        arts = dict(s.conn.execute("SELECT name, text FROM articles").fetchall())
    answers = [(r.claim_id, q) for r in claims.itertuples()
               if (q := answered_question(arts[r.article], int(r.start), int(r.end), r.quote))]
    assert answers, "the curated claims include an elliptical answer (“Experts say NO.”)"
    claim_id, question = answers[0]
    at = run_app(claim=claim_id)
    said = next(t for t in texts(at) if "the article answers:" in t)
    assert question.replace("’", "") in said.replace("\\", "").replace("’", "")
    # "In the article" quotes the question's paragraph too, not the bare answer
    quoted = next(h for h in htmls(at) if "<blockquote" in h)
    assert html.escape(question.split()[-1]) in quoted


# ---- the studies on a claim's page are placed relative to the claim --------------------------

def _denials(demo_db):
    """(claim row, question kind, included directions) for each graded claim that denies its question."""
    with Store(demo_db, readonly=True) as s:
        claims = s.claims_frame()
        ev = s.evidence_frame()
        kinds = dict(s.conn.execute("SELECT question_id, kind FROM questions").fetchall())
    for r in claims[claims["stance"] == "denies"].itertuples():
        inc = ev[(ev["question_id"] == r.question_id) & ev["included"].astype(bool)]
        if not inc.empty:
            yield r, kinds[r.question_id], list(inc["direction"])


def _placed(directions, stance, kind, tally_json) -> bool:
    """Do the studies, each placed relative to the claim, add up to the claim's stored tally?"""
    sides = [study_side(d, stance, kind) for d in directions]
    tally = json.loads(tally_json)
    return all(sides.count(k) == int(tally.get(k, 0)) for k in ("backs", "against", "unclear"))


def _chart_specs(at) -> str:
    return " ".join(n.proto.spec for n in nodes(at, "vega_lite_chart"))


def test_a_denying_claims_studies_are_coloured_by_the_claim_not_the_question(demo_db, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db))
    placed = [(r, d) for r, kind, d in _denials(demo_db) if "supports" in d
              and _placed(d, r.stance, kind, r.tally)]
    assert placed, "the demo has a claim denying a question whose studies find the effect"
    r, _ = placed[0]
    at = run_app(claim=r.claim_id)
    table = evidence_table(at)
    # a study that finds what the question asks goes against a claim that denies it
    assert set(table.loc[table["direction"] == "supports", "for_claim"]) == {"goes against it"}
    spec = _chart_specs(at)
    assert "goes against the claim" in spec and "For this claim" in spec


def test_where_studies_cannot_be_placed_the_charts_carry_no_verdict_colours(demo_db, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db))
    unplaced = [r for r, kind, d in _denials(demo_db) if "supports" in d
                and not _placed(d, r.stance, kind, r.tally)]
    assert unplaced, "the demo has a denial graded on how serious the harm is (c001-01, 'a gentle procedure')"
    at = run_app(claim=unplaced[0].claim_id)
    assert "for_claim" not in evidence_table(at).columns
    assert any("not for this claim" in t for t in texts(at))
    spec = _chart_specs(at)
    assert "Finding for the question" in spec and SIDE_STYLES["backs"][1] not in spec


def test_the_passage_in_the_article_is_coloured_as_the_verdict_box(demo_db_copy, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db_copy))
    with sqlite3.connect(demo_db_copy) as conn:  # a supported verdict whose studies go against the claim
        conn.execute("UPDATE claim_verdicts SET verdict = 'supported', side = 'against' WHERE claim_id = 'c003-09'")
    at = run_app(claim="c003-09")
    quoted = next(h for h in htmls(at) if "<blockquote" in h)
    assert verdict_style("supported").colour not in quoted
    assert verdict_style("not supported").colour in quoted


# ---- words a newcomer needs ---------------------------------------------------------------------

def test_every_column_of_the_claim_and_question_tables_is_explained(demo_db, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db))
    at = run_app()
    claims_table = next(df for df in at.dataframe if df.key == "overview_claims")
    at.switch_page("views/questions.py").run()
    for df in (claims_table, at.dataframe[0]):
        config = json.loads(df.proto.columns)
        assert {name for name, c in config.items() if not c.get("help") and name != "_index"} == set(), config


def test_a_claim_or_article_page_opened_without_a_choice_says_what_it_shows(demo_db, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db))
    at = run_app()
    at.switch_page("views/claim.py").run()
    assert any("A claim's page shows" in t for t in texts(at))
    at.switch_page("views/article.py").run()
    assert any("An article's page shows" in t for t in texts(at))


def test_tally_chips_agree_with_their_counts():
    chips = tally_html({"backs": 8, "against": 1, "unclear": 0})
    assert "8</b> back the claim" in chips and "1</b> goes against the claim" in chips
    assert "8</b> backs" not in chips


def test_the_sidebar_counts_only_what_this_session_may_see(demo_db_copy, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db_copy))
    for var in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR"):
        monkeypatch.delenv(var, raising=False)
    text = "Microneedling at home\n\nMicroneedling improves atrophic acne scars after several sessions.\n"
    job = jobs.wait(demo_db_copy, jobs.create_job(demo_db_copy, "pasted text", text.encode(), owner="someone").job_id)
    jobs.submit_review(demo_db_copy, job.job_id, jobs.Review())
    assert jobs.wait(demo_db_copy, job.job_id).status == "complete"
    at = run_app()  # another session: the private audit is neither listed nor counted
    shown = len(next(df for df in at.dataframe if df.key == "overview_claims").value)
    with Store(demo_db_copy, readonly=True) as s:
        n_articles = len(set(s.claims_frame()["article"]) - {job.article.name})
    caption = next(c.value for c in at.sidebar.caption if "Last audit run" in c.value)
    assert f"{shown:,} claims in {n_articles:,} articles" in caption


def test_an_audited_articles_results_show_short_claim_numbers_so_why_stays_in_view(demo_db_copy, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.test_dashboard import APP
    monkeypatch.setenv("TRACKER_DB", str(demo_db_copy))
    for var in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR"):
        monkeypatch.delenv(var, raising=False)
    text = ("Microneedling at home\n\nMicroneedling improves atrophic acne scars after several sessions. "
            "Microneedling can cause redness and swelling for a few days.\n")
    job = jobs.wait(demo_db_copy, jobs.create_job(demo_db_copy, "pasted text", text.encode(), owner="me").job_id)
    jobs.submit_review(demo_db_copy, job.job_id, jobs.Review())
    job = jobs.wait(demo_db_copy, job.job_id)
    assert job.status == "complete" and len(job.items) >= 2
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.switch_page("views/audit.py")
    at.session_state["audit_owner"] = "me"
    at.query_params["job"] = job.job_id
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    results = next(df for df in at.dataframe if df.key == f"audit_results_{job.job_id}")
    url = json.loads(results.proto.columns)["url"]
    ids = [i.claim.claim_id for i in job.items]
    assert url["label"] == "No." and url["width"] <= 100
    pattern = url["type_config"]["display_text"]
    shown = {re.search(pattern, f"claim?claim={i}").group(1) for i in ids}
    assert len(shown) == len(ids) and all(len(x) <= 4 for x in shown)
    assert ui.short_ids(["c003-09", "c003-10"]) is None  # curated IDs are short already
