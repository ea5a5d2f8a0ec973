"""The dashboard, page by page, through Streamlit's AppTest on real SQLite stores.

Stores are built with `tracker.dashboard.synthetic` through the real Store API (with HTML, JS and
Markdown payloads in titles, text and records); one test runs on the store the pipeline makes.
"""

from __future__ import annotations

import html
import io
import re
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st_
from streamlit.testing.v1 import AppTest

from tracker.dashboard import data
from tracker.dashboard.highlight import Span, counts_html, highlight_html, md_escape, segments, verdict_style
from tracker.dashboard.synthetic import SCRIPT, build_store
from tracker.models import ClaimVerdict
from tracker.store import Store

APP = Path(__file__).resolve().parent.parent / "tracker" / "dashboard" / "app.py"
TIMEOUT = 20  # a page that loops (switch_page ping-pong) fails fast


@pytest.fixture(scope="module")
def audit(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("dash") / "tracker.db", n_articles=3, claims_per_article=5,
                       n_questions=4, records_per_question=8, n_ungraded=1)


@pytest.fixture
def db(audit, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(audit.path))
    return audit


def run_app(**query) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(query)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from walk(child)


def nodes(at: AppTest, kind: str) -> list:
    return [n for root in (at.main, at.sidebar) for n in walk(root) if getattr(n, "type", None) == kind]


def texts(at: AppTest) -> list[str]:
    """Every Markdown-rendered string on the page (markdown, captions, headings, alerts)."""
    out = []
    for root in (at.main, at.sidebar):
        for n in walk(root):
            proto = getattr(n, "proto", None)
            if proto is not None and hasattr(proto, "body") and getattr(n, "type", "") != "html":
                out.append(proto.body)
    return out


def htmls(at: AppTest) -> list[str]:
    return [n.proto.body for n in nodes(at, "html")]


def table(at: AppTest, key: str) -> pd.DataFrame:
    return next(df.value for df in at.dataframe if df.key == key)


def evidence_table(at: AppTest) -> pd.DataFrame:
    """The table of included studies (read-only tables carry no key)."""
    return next(df.value for df in at.dataframe if "deciding_sentence" in df.value.columns)


def assert_escaped(at: AppTest) -> None:
    """No data-bearing element carries live HTML: st.html bodies hold only our own tags, and
    Markdown never has an unescaped '<' or is allowed HTML with data in it."""
    for body in htmls(at):
        assert "<script" not in body.lower() and "<img" not in body.lower(), body[:300]
    for n in [n for root in (at.main, at.sidebar) for n in walk(root)]:
        proto = getattr(n, "proto", None)
        if proto is None or not hasattr(proto, "body") or getattr(n, "type", "") == "html":
            continue
        if getattr(proto, "allow_html", False):
            assert "alert" not in proto.body and "<img" not in proto.body, proto.body
        else:
            assert not re.search(r"(?<!\\)<", proto.body), proto.body


# ---- pure helpers ---------------------------------------------------------------------

def test_highlight_escapes_text_and_marks_each_span():
    text = f"Intro {SCRIPT}. Needling <b>heals</b> scars & more. End."
    start = text.index("Needling")
    end = text.index(" End")
    spans = [Span(start, end, "c1", "contradicted", "claim?claim=c1")]
    out = highlight_html(text, spans)
    assert "<script" not in out and "<b>" not in out
    assert html.escape(SCRIPT) in out
    assert f'background:{verdict_style("contradicted").colour}' in out
    # The marked piece is exactly the escaped quote.
    assert re.search(r"<mark[^>]*>" + re.escape(html.escape(text[start:end])) + "</mark>", out)
    assert out.count('href="claim?claim=c1"') == 2  # the passage and its tag


def test_overlapping_spans_are_cut_and_every_claim_keeps_a_link():
    text = "aaaa bbbb cccc dddd"
    outer = Span(0, 19, "outer", "supported", "claim?claim=outer")
    inner = Span(5, 9, "inner", "contradicted", "claim?claim=inner")
    tail = Span(15, 19, "tail", None, "claim?claim=tail")
    segs = segments(text, [outer, inner, tail])
    assert "".join(text[a:b] for a, b, _ in segs) == text
    covering = {text[a:b]: {s.claim_id for s in cover} for a, b, cover in segs}
    assert covering["bbbb"] == {"outer", "inner"} and covering["aaaa "] == {"outer"}
    out = highlight_html(text, [outer, inner, tail])
    for cid in ("outer", "inner", "tail"):
        assert f'href="claim?claim={cid}"' in out
    # The shortest covering span wins the colour of a piece.
    assert re.search(r"#ffb3b3[^>]*>bbbb</mark>", out)


def test_bad_offsets_are_skipped_not_rendered():
    out = highlight_html("short", [Span(2, 99, "x", "supported", "claim?claim=x"), Span(3, 3, "y")])
    assert "claim=x" not in out and "<mark" not in out and "short" in out


@settings(max_examples=200, deadline=None)
@given(st_.text(), st_.lists(st_.tuples(st_.integers(0, 60), st_.integers(0, 60)), max_size=6))
def test_highlight_never_emits_markup_from_text(text, raw_spans):
    spans = [Span(a, b, f"c{i}<x>", "supported", f"claim?claim=c{i}") for i, (a, b) in enumerate(raw_spans)]
    out = highlight_html(text, spans)
    without_tags = re.sub(r"<sup\b[^>]*>[^<]*</sup>", "", out)
    stripped = re.sub(r"</?(div|mark|a)\b[^>]*>", "", without_tags)
    assert "<" not in stripped and ">" not in stripped
    assert html.unescape(stripped) == text


@settings(max_examples=200, deadline=None)
@given(st_.text())
def test_md_escape_backslashes_every_markup_character(text):
    out = md_escape(text)
    unescaped = re.sub(r"\\.", "", out)
    assert not re.search(r"[\\`*_\[\]<>#$:|~&]", unescaped)


def test_source_line_says_synopsis_and_search_date():
    assert data.source_line("embedded snapshot of 208 PubMed records (95 captured 2026-11-21, 113 captured "
                            "2026-12-05)", source="snapshot",
                            synopses=True).endswith("; synopses, not abstracts")
    assert data.source_line("live PubMed", source="entrez", when="2026-11-22T10:00:00+00:00") == \
        "live PubMed, searched 2026-11-22"
    label = ("embedded snapshot of 208 PubMed records (95 captured 2026-11-21, 113 captured 2026-12-05); "
             "synopses, not abstracts")
    assert data.source_line(label, source="snapshot", synopses=True) == label


# ---- pages ------------------------------------------------------------------------------

def test_overview_lists_every_claim_with_counts_and_source(db):
    at = run_app()
    df = table(at, "overview_claims")
    assert len(df) == len(db.claims)
    assert set(df["url"]) == {f"claim?claim={c.claim_id}" for c in db.claims}
    expected = Counter(v.verdict for v in db.verdicts)
    expected["not graded yet"] = len(db.claims) - len(db.verdicts)
    tiles = next(h for h in htmls(at) if "data-count" in h)
    for verdict, n in expected.items():
        assert re.search(rf'data-count="{verdict}"[^>]*><div[^>]*>{n}</div>', tiles), verdict
    n_over = sum(v.overstated for v in db.verdicts)
    assert re.search(rf'data-count="overstated"[^>]*><div[^>]*>{n_over}</div>', tiles)
    assert any("synopses, not abstracts" in t for t in texts(at))
    assert_escaped(at)


@pytest.mark.parametrize("widget,pick,column", [
    ("f_verdict", lambda a: a.verdicts[0].verdict, "badge"),
    ("f_article", lambda a: a.articles[1].name, None),
    ("f_question", lambda a: a.questions[2].question_id, "question_id"),
    ("f_certainty", lambda a: a.verdicts[0].certainty, "certainty"),
    ("f_type", lambda a: a.claims[1].claim_type, "claim_type"),
])
def test_overview_filters_change_rows(db, widget, pick, column):
    at = run_app()
    value = pick(db)
    at.multiselect(key=widget).set_value([value]).run()
    df = table(at, "overview_claims")
    by_id = {c.claim_id: c for c in db.claims}
    verdicts = {v.claim_id: v for v in db.verdicts}

    def keep(cid: str) -> bool:
        c, v = by_id[cid], verdicts.get(cid)
        return {"f_verdict": v is not None and v.verdict == value, "f_article": c.article == value,
                "f_question": c.question_id == value, "f_certainty": v is not None and v.certainty == value,
                "f_type": c.claim_type == value}[widget]
    expected = sorted(cid for cid in by_id if keep(cid))
    shown = sorted(u.split("=", 1)[1] for u in df["url"])
    assert shown == expected and 0 < len(shown) < len(db.claims)
    if column == "badge":
        assert set(df["badge"]) == {verdict_style(value).badge}


def test_overview_free_text_search_and_overstated_toggle(db):
    at = run_app()
    target = db.claims[3]
    at.text_input(key="q").input(target.quote.upper()).run()
    shown = [u.split("=", 1)[1] for u in table(at, "overview_claims")["url"]]
    assert target.claim_id in shown and len(shown) < len(db.claims)
    at.text_input(key="q").input("").run()
    at.toggle(key="f_overstated").set_value(True).run()
    shown = {u.split("=", 1)[1] for u in table(at, "overview_claims")["url"]}
    assert shown == {v.claim_id for v in db.verdicts if v.overstated}


def test_selecting_a_row_opens_that_claim(db):
    at = run_app()
    df = table(at, "overview_claims")
    at.session_state["overview_claims"] = {"selection": {"rows": [2], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    cid = df["url"][2].split("=", 1)[1]
    assert at.query_params["claim"] in (cid, [cid])
    claim = next(c for c in db.claims if c.claim_id == cid)
    assert [h.value for h in at.header] == [md_escape(claim.claim)]


@pytest.mark.parametrize("index", [0, 6])
def test_claim_deep_link_shows_quote_question_search_and_evidence(db, index):
    claim = db.claims[index]
    at = run_app(claim=claim.claim_id)
    assert [h.value for h in at.header] == [md_escape(claim.claim)]
    verdict = db.verdict_of(claim.claim_id)
    banner = next(h for h in htmls(at) if "letter-spacing" in h)
    assert verdict_style(verdict.verdict).label.upper() in banner
    # The quote, highlighted inside its paragraph.
    quote_html = next(h for h in htmls(at) if "<blockquote" in h)
    assert re.search(r"<mark[^>]*>" + re.escape(html.escape(claim.quote)) + "</mark>", quote_html)
    q = next(q for q in db.questions if q.question_id == claim.question_id)
    assert any(md_escape(q.statement) in t for t in texts(at))
    # Search provenance: query, translation, and hits -> read -> relevant -> counted.
    codes = [c.value for c in at.code]
    assert q.query in codes and f"translated: {q.query}" in codes
    grade = next(g for g in db.grades if g.question_id == q.question_id)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Hits"] == f"{grade.n_hits:,}" and metrics["Counted in the grade"] == f"{grade.n_studies:,}"
    # Evidence table: included records with PubMed links, cited flags.
    ev = evidence_table(at)
    included = {a.pmid for a in db.appraisals if a.question_id == q.question_id and a.included}
    assert {u.rstrip("/").rsplit("/", 1)[1] for u in ev["pubmed"]} == included
    assert all(u.startswith("https://pubmed.ncbi.nlm.nih.gov/") for u in ev["pubmed"])
    assert set(ev[ev["cited"]]["pubmed"].str.extract(r"(\d+)/$")[0]) == set(verdict.cited_pmids)
    assert any("synopsis written for this project" in i.value for i in at.info)
    assert len(nodes(at, "vega_lite_chart")) == 2  # designs by direction, and the timeline
    assert_escaped(at)


def test_unknown_claim_offers_a_picker(db):
    at = run_app(claim="nope")
    assert any("no claim with ID nope" in w.value for w in at.warning)
    at.selectbox(key="pick_claim").set_value(db.claims[4].claim_id).run()
    assert [h.value for h in at.header] == [md_escape(db.claims[4].claim)]


def test_article_page_highlights_every_claim_of_the_article(db):
    art = db.articles[0]
    at = run_app(article=art.name)
    body = next(h for h in htmls(at) if "tracker-text" in h and "<blockquote" not in h and len(h) > 500)
    mine = db.claims_of(art.name)
    for c in mine:
        assert f'href="claim?claim={c.claim_id}"' in body
        colour = verdict_style(v.verdict if (v := db.verdict_of(c.claim_id)) else None).colour
        assert re.search(rf"background:{colour}[^>]*>" + re.escape(html.escape(c.quote)) + "</mark>", body)
    others = [c for c in db.claims if c.article != art.name]
    assert not any(f"claim={c.claim_id}\"" in body for c in others)
    # Stored text is shown escaped, whole.
    assert html.escape(SCRIPT) in body and "<script" not in body
    assert any(f"**{len(mine)} claims:**" in t for t in texts(at))
    assert len(table(at, "article_claims")) == len(mine)
    assert_escaped(at)


def test_root_deep_links_open_article_and_question(db):
    at = run_app(article=db.articles[1].name)
    assert [h.value for h in at.header] == [md_escape(db.articles[1].title)]
    q = db.questions[1]
    at = run_app(question=q.question_id)
    assert [h.value for h in at.header] == [md_escape(q.statement)]
    resting = table(at, "question_claims")
    assert sorted(u.split("=", 1)[1] for u in resting["url"]) == \
        sorted(c.claim_id for c in db.claims if c.question_id == q.question_id)
    included = {a.pmid for a in db.appraisals if a.question_id == q.question_id and a.included}
    assert {u.rstrip("/").rsplit("/", 1)[1] for u in evidence_table(at)["pubmed"]} == included
    assert_escaped(at)


def test_questions_page_lists_questions_and_opens_one(db):
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    at.switch_page("views/questions.py").run()
    assert not at.exception
    df = table(at, "questions_table")
    assert list(df["url"]) == [f"questions?question={q.question_id}" for q in db.questions]
    at.session_state["questions_table"] = {"selection": {"rows": [3], "columns": [], "cells": []}}
    at.run()
    assert [h.value for h in at.header] == [md_escape(db.questions[3].statement)]
    assert_escaped(at)


def test_every_page_renders_and_escapes(db):
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    for view in ("views/claim.py", "views/article.py", "views/questions.py", "views/export.py",
                 "views/overview.py"):
        at.switch_page(view).run()
        assert not at.exception, (view, [e.value for e in at.exception])
        assert_escaped(at)
        assert any("Evidence" in t for t in texts(at)), view  # the source line, in the sidebar at least


def test_export_page_offers_every_format_and_csv_round_trips(db):
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    at.switch_page("views/export.py").run()
    assert not at.exception
    labels = [b.label for b in at.get("download_button")]
    assert "Claims with verdicts (CSV)" in labels
    try:
        from tracker import export
    except ModuleNotFoundError:
        export = None
    if export is not None:
        assert set(export.FORMATS) <= set(labels)
    with Store(db.path, readonly=True) as s:
        frame = data.prepare_claims(s.claims_frame())
    back = pd.read_csv(io.BytesIO(data.claims_csv(frame)), dtype=str, keep_default_na=False)
    assert list(back["claim_id"]) == [c.claim_id for c in db.claims]
    verdicts = {v.claim_id: v.verdict for v in db.verdicts}
    assert dict(zip(back["claim_id"], back["verdict"])) == {c.claim_id: verdicts.get(c.claim_id, "")
                                                           for c in db.claims}


def test_counts_html_escapes_and_orders():
    out = counts_html({"supported": 2, "contradicted": 1}, 3)
    assert out.index('data-count="supported"') < out.index('data-count="contradicted"')
    assert 'data-count="overstated"' in out


# ---- store states -------------------------------------------------------------------------

@pytest.mark.parametrize("state", ["missing", "empty", "corrupt"])
def test_empty_store_tells_the_user_to_run_the_audit(tmp_path, monkeypatch, state):
    path = tmp_path / "tracker.db"
    if state == "empty":
        Store(path).close()
    elif state == "corrupt":
        path.write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("TRACKER_DB", str(path))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    for view in (None, "views/claim.py", "views/article.py", "views/questions.py", "views/export.py"):
        if view:
            at.switch_page(view).run()
        assert not at.exception
        assert any("tracker run" in i.value and "No audit results yet" in i.value for i in at.info), view
        assert not at.dataframe
        assert bool(at.error) == (state == "corrupt")
        if state == "corrupt":
            assert md_escape(str(path)) in at.error[0].value


def test_a_new_run_shows_without_restart(tmp_path, monkeypatch):
    audit = build_store(tmp_path / "t.db", n_articles=1, claims_per_article=2, n_questions=2, hostile=False)
    monkeypatch.setenv("TRACKER_DB", str(audit.path))
    first = data.claims()
    assert set(first["verdict"]) == {v.verdict for v in audit.verdicts}
    time.sleep(0.05)  # a real run takes far longer than the file-time resolution this relies on
    flipped = [ClaimVerdict(v.claim_id, v.question_id, "contradicted", "High", False, "new run", 1, 10)
               for v in audit.verdicts]
    with Store(audit.path) as s:
        run = s.start_run("snapshot", audit.source_label)
        ids = {q.question_id: s.cached_search("snapshot:synthetic", q.query).search_id for q in audit.questions}
        s.finish_run(run, articles=audit.articles, questions=audit.questions, claims=audit.claims, searches=ids,
                     appraisals=audit.appraisals, grades=audit.grades, verdicts=flipped, n_records=1)
    assert set(data.claims()["verdict"]) == {"contradicted"}
    assert data.status().latest.run_id == run


# ---- the store the real pipeline makes -------------------------------------------------------

def test_demo_store_every_page(demo_db, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db))
    with Store(demo_db, readonly=True) as s:
        claims = s.claims_frame()
        articles = s.articles_frame()
    at = run_app()
    assert len(table(at, "overview_claims")) == len(claims)
    graded = claims.dropna(subset=["verdict"])
    claim = graded.iloc[len(graded) // 2]
    at = run_app(claim=claim["claim_id"])
    assert [h.value for h in at.header] == [md_escape(claim["claim"])]
    assert any("synopses, not abstracts" in t for t in texts(at))
    for name in articles["name"]:
        at = run_app(article=name)
        body = next(h for h in htmls(at) if "tracker-text" in h and "<blockquote" not in h)
        for cid in claims[claims["article"] == name]["claim_id"]:
            assert f'href="claim?claim={cid}"' in body
    for view in ("views/questions.py", "views/export.py"):
        at.switch_page(view).run()
        assert not at.exception


def test_other_claims_on_the_same_question_open_from_the_claim_page(db):
    claim = db.claims[0]
    at = run_app(claim=claim.claim_id)
    others = table(at, f"same_question_{claim.claim_id}")
    target = others["url"][0].split("=", 1)[1]
    assert next(c for c in db.claims if c.claim_id == target).question_id == claim.question_id
    at.session_state[f"same_question_{claim.claim_id}"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert [h.value for h in at.header] == [md_escape(next(c.claim for c in db.claims if c.claim_id == target))]


def test_a_run_in_progress_is_announced_and_not_shown(tmp_path, monkeypatch):
    audit = build_store(tmp_path / "t.db", n_articles=1, claims_per_article=2, n_questions=2, hostile=False)
    with Store(audit.path) as s:
        run = s.start_run("snapshot", audit.source_label)
        s.set_progress(run, "search 1/2")
    monkeypatch.setenv("TRACKER_DB", str(audit.path))
    at = run_app()
    assert any(f"Run #{run} in progress" in c.value and md_escape("search 1/2") in c.value for c in at.sidebar.caption)
    assert any("Last audit run #1" in c.value for c in at.sidebar.caption)
    assert len(table(at, "overview_claims")) == len(audit.claims)


# ---- reviewer decisions (#19) ----------------------------------------------------------------

def test_a_reviewer_overrides_a_direction_on_the_claim_page(demo_db_copy, monkeypatch):
    """Through the page's own widgets: the decision is stored, the verdict recomputed, the
    machine's reading shown beside the reviewer's, and the badge and list appear."""
    from tracker import reviews

    monkeypatch.setenv("TRACKER_DB", str(demo_db_copy))
    qid = "mn-infection-risk"
    with Store(demo_db_copy, readonly=True) as s:
        claims = s.claims_frame()
        ev = s.evidence_frame(qid)
    claim = claims[claims["question_id"] == qid].iloc[0]
    pmid = ev[(ev["included"] == 1) & (ev["direction"] != "supports")]["pmid"].iloc[0]
    machine = ev.set_index("pmid").loc[pmid, "direction"]
    at = run_app(claim=claim["claim_id"])
    assert any("Type your name" in i.value for i in at.info)  # no name, no decision
    at.sidebar.text_input(key="reviewer").input("Ana Silva").run()
    at.selectbox(key=f"rec_{qid}_pmid").select(pmid).run()
    at.selectbox(key=f"rec_{qid}_field").select("direction").run()
    at.selectbox(key=f"rec_{qid}_value_direction").select("supports").run()
    at.text_input(key=f"rec_{qid}_reason").input("The Results report infections").run()
    at.button(key=f"rec_{qid}_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    with Store(demo_db_copy, readonly=True) as s:
        after = s.claims_frame().set_index("claim_id").loc[claim["claim_id"], "verdict"]
        stored = reviews.load(s)
    assert [(d.reviewer, d.pmid, d.old_value, d.new_value) for d in stored] == [("Ana Silva", pmid, machine, "supports")]
    assert after != claim["verdict"]
    banner = next(h for h in htmls(at) if "letter-spacing" in h)
    assert after.upper() in banner and 'data-badge="reviewed"' in banner
    listed = next(df.value for df in at.dataframe if "Reviewer" in df.value.columns)
    assert list(listed["Reviewer"]) == ["Ana Silva"] and "The Results report infections" in list(listed["Reason"])
    evidence = evidence_table(at)
    row = evidence[evidence["pubmed"].str.contains(pmid)].iloc[0]
    assert row["direction"] == "supports" and f"machine {machine} → supports" in row["review"]
    # Overview: the claim is marked reviewed.
    at = run_app()
    df = table(at, "overview_claims")
    assert df.set_index("url").loc[f"claim?claim={claim['claim_id']}", "reviewed"]


def test_count_tiles_link_to_the_filtered_overview(db):
    at = run_app(verdict="contradicted")
    shown = {u.split("=", 1)[1] for u in table(at, "overview_claims")["url"]}
    assert shown == {v.claim_id for v in db.verdicts if v.verdict == "contradicted"}
    tiles = next(h for h in htmls(at) if "data-count" in h)
    assert 'href="?verdict=contradicted"' in tiles and 'href="?overstated=1"' in tiles


def test_tables_show_no_emoji_and_a_dash_for_unknown_counts(db):
    at = run_app()
    df = table(at, "overview_claims")
    assert not any(ord(ch) > 0x2FFF for b in df["badge"] for ch in b)  # no emoji in verdict cells
    ungraded = df[df["badge"] == "not graded yet"]
    assert len(ungraded) and set(ungraded["n_studies"]) == {"–"}
    claim = db.claims[0]
    at = run_app(claim=claim.claim_id)
    ev = evidence_table(at)
    assert "None" not in set(ev["n_participants"].astype(str)) and "nan" not in set(ev["n_participants"].astype(str))


def test_a_claim_the_evidence_goes_against_is_never_green():
    from tracker.dashboard.highlight import shown_style, tally_html, verdict_banner_html
    assert shown_style("supported", "against").colour != verdict_style("supported").colour
    assert shown_style("partly supported", "against").colour != verdict_style("partly supported").colour
    assert shown_style("supported", "backs") == verdict_style("supported")
    assert verdict_style("supported").colour not in verdict_banner_html("supported", "High", [], side="against")
    chips = tally_html({"backs": 2, "against": 5, "unclear": 1})
    assert re.search(r'data-side="against".*?<b[^>]*>5</b>', chips)


def test_claim_frame_and_drop_from_the_claim_page_and_the_decisions_csv(demo_db_copy, monkeypatch):
    from tracker import reviews

    monkeypatch.setenv("TRACKER_DB", str(demo_db_copy))
    with Store(demo_db_copy, readonly=True) as s:
        claim = s.claims_frame().iloc[2]
    at = run_app(claim=claim["claim_id"])
    at.sidebar.text_input(key="reviewer").input("Ben").run()
    key = f"clm_{claim['claim_id']}"
    at.radio(key=f"{key}_action").set_value("drop").run()
    at.text_input(key=f"{key}_creason").input("=HYPERLINK(\"x\") not a health claim").run()
    at.button(key=f"{key}_csave").click().run()
    assert not at.exception, [e.value for e in at.exception]
    with Store(demo_db_copy, readonly=True) as s:
        assert claim["claim_id"] not in set(s.claims_frame()["claim_id"])
        [d] = reviews.load(s)
    assert (d.field, d.reviewer, d.old_value["claim_id"]) == ("drop", "Ben", claim["claim_id"])
    # Its page now says who dropped it and why, and offers the withdrawal.
    at = run_app(claim=claim["claim_id"])
    assert any("dropped" in i.value and "Ben" in i.value for i in at.info)
    at.switch_page("views/export.py").run()
    assert "Reviewer decisions (CSV)" in [b.label for b in at.get("download_button")]


def test_evidence_table_shows_effect_size_risk_of_bias_and_confidence(demo_db, monkeypatch):
    """Issue 15/16: the studies table carries each record's key result, its risk of bias and how
    sure the direction reading is, the same one-line texts the exports print."""
    from tracker.export import _json_obj, bias_line, effect_line

    monkeypatch.setenv("TRACKER_DB", str(demo_db))
    with Store(demo_db, readonly=True) as s:
        ev = s.evidence_frame()
        claims = s.claims_frame()
    with_effect = ev[ev["included"].astype(bool) & ev["effect"].map(lambda v: bool(effect_line(_json_obj(v))))]
    assert not with_effect.empty, "the demo audit extracted no effect size at all"
    row = with_effect.iloc[0]
    claim = claims[claims["question_id"] == row["question_id"]].iloc[0]
    at = run_app(claim=claim["claim_id"])
    assert not at.exception
    shown = evidence_table(at)
    assert {"effect", "risk_of_bias", "confidence"} <= set(shown.columns)
    mine = shown[shown["pubmed"].str.contains(str(row["pmid"]))].iloc[0]
    assert mine["effect"] == effect_line(_json_obj(row["effect"]))
    assert mine["risk_of_bias"] == (bias_line(_json_obj(row["risk_of_bias"])) or "–")
    assert shown["confidence"].map(lambda v: v == "–" or v.endswith("%")).all()


def test_studies_that_find_the_effect_but_not_as_worded_are_explained(demo_db, monkeypatch):
    # c001-13 is "not supported" although 4 studies find the effect it names: its wording goes further
    monkeypatch.setenv("TRACKER_DB", str(demo_db))
    at = run_app(claim="c001-13")
    assert any("not as the article words it" in c.value for c in at.caption)
    at = run_app(claim="c000-08")  # contradicted, and the studies go against it: nothing to explain
    assert not any("not as the article words it" in c.value for c in at.caption)
