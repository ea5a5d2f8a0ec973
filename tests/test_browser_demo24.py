"""DEMO24: the product as a newcomer meets it (session 24), after the demo audit and three pasted articles.

What a first-time reader tripped over, each with the real component: an audited article's highlight tags
carrying the whole "auto-pasted-<hash>.txt-07" ID (the tags wrapped across lines and the table's ID column
pushed the claims out of view); a "no evidence found" verdict whose chips count a study that "goes against
the claim" while "In short" said the search found no relevant studies; the studies table placing each study
for the claim in words only while the chips and charts are coloured; a link to a private audit's claim
answering "there is no claim with this ID" with no hint why; the tab's icon fetched from fonts.gstatic.com by
an offline demo. Streamlit's AppTest on the pipeline's demo store
and the jobs API, and one real-browser check (Debian's Chromium) of the article page.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import uuid

import pandas as pd
import pytest

from tests.test_dashboard import htmls, run_app, texts
from tracker import jobs
from tracker.dashboard import ui
from tracker.dashboard.highlight import SIDE_STYLES, Span, highlight_html

ARTICLE = ("Why at-home microneedling is the upgrade of the season\n\n"
           "Microneedling reduces acne scars over a few months of regular sessions. "
           "With our 0.25 mm roller the treatment is completely painless.\n")


def _no_network(monkeypatch) -> None:
    for var in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR"):
        monkeypatch.delenv(var, raising=False)


def _audited(db, owner: str) -> jobs.Job:
    """ARTICLE audited through the jobs API (extract, review kept as found, grade), private to `owner`."""
    job = jobs.wait(db, jobs.create_job(db, "pasted text", ARTICLE.encode(), owner=owner).job_id)
    jobs.submit_review(db, job.job_id, jobs.Review())
    job = jobs.wait(db, job.job_id)
    assert job.status == "complete" and len(job.items) >= 2, job
    return job


def _app_as(owner: str, page: str, **query):
    from streamlit.testing.v1 import AppTest

    from tests.test_dashboard import APP
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.switch_page(page)
    at.session_state["audit_owner"] = owner
    at.query_params.update(query)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# ---- an audited article's claims are numbered, not tagged with their long shared ID -------------

def test_highlight_tags_leave_out_the_shared_prefix_but_keep_the_full_id_and_link():
    text = "Microneedling reduces acne scars. It is painless."
    ids = ["auto-pasted-e5746aab4c.txt-01", "auto-pasted-e5746aab4c.txt-02"]
    spans = [Span(0, 32, ids[0], "supported", f"claim?claim={ids[0]}"),
             Span(34, 48, ids[1], "contradicted", f"claim?claim={ids[1]}")]
    prefix = ui.id_prefix(ids)
    assert prefix == "auto-pasted-e5746aab4c.txt-"
    out = highlight_html(text, spans, id_prefix=prefix)
    labels = re.findall(r"<sup [^>]*>([^<]*)</sup>", out)
    assert labels == ["01 · supported", "02 · contradicted"]
    assert all(f'href="claim?claim={i}"' in out and f'title="{i}"' in out for i in ids)
    assert "white-space:nowrap" in out  # a tag never breaks across two lines
    # curated IDs are short already: shown whole
    assert ui.id_prefix(["c003-09", "c003-10"]) is None
    assert "c003-09 · supported" in highlight_html(text, [Span(0, 32, "c003-09", "supported")], id_prefix="")


def test_an_audited_articles_page_numbers_its_claims(demo_db_copy, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db_copy))
    _no_network(monkeypatch)
    job = _audited(demo_db_copy, "me")
    ids = [i.claim.claim_id for i in job.items]
    prefix = ui.id_prefix(ids)
    assert prefix and prefix.startswith("auto-")
    at = _app_as("me", "views/article.py", article=job.article.name)
    text_box = next(h for h in htmls(at) if "tracker-text" in h)
    labels = re.findall(r"<sup [^>]*>([^<]*)</sup>", text_box)
    assert len(labels) == len(ids) and not any(prefix in x for x in labels), labels
    assert all(f"claim?claim={i}" in text_box for i in ids)
    assert any(prefix in t and "number the claims" in t for t in texts(at))
    table = next(df for df in at.dataframe if df.key == "article_claims")
    url = json.loads(table.proto.columns)["url"]
    assert url["label"] == "No." and url["width"] <= 100
    shown = {re.search(url["type_config"]["display_text"], f"claim?claim={i}").group(1) for i in ids}
    assert len(shown) == len(ids) and all(len(x) <= 4 for x in shown)


# ---- "no evidence found" beside chips that count studies ---------------------------------------

def test_no_evidence_found_with_placed_studies_does_not_say_none_were_found(demo_db_copy, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db_copy))
    with sqlite3.connect(demo_db_copy) as conn:  # a verdict that found the studies measure another outcome
        conn.execute("UPDATE claim_verdicts SET verdict = 'no evidence found', side = 'unclear', "
                     "tally = '{\"backs\": 0, \"against\": 1, \"unclear\": 0}' WHERE claim_id = 'c003-22'")
    at = run_app(claim="c003-22")
    short = next(t for t in texts(at) if t.startswith("**In short:**"))
    assert "Studies were found, but they do not settle this claim" in short
    assert "search found no relevant studies" not in short
    # a claim no study addressed keeps its plain advice
    at = run_app(claim="c000-07")
    short = next(t for t in texts(at) if t.startswith("**In short:**"))
    assert "The search found no relevant studies" in short


# ---- the studies table is coloured by the claim's side, as the chips and the charts are --------

def test_the_studies_for_this_claim_column_is_coloured_by_side():
    table = pd.DataFrame({"pubmed": ["a", "b", "c"], "for_claim": ["backs it", "goes against it", "unclear"]},
                         index=[4, 7, 9])  # an included subset keeps its original index
    html = ui.side_coloured(table, ["backs", "against", "unclear"]).to_html()
    for key in ("backs", "against", "unclear"):
        assert SIDE_STYLES[key][2] in html and SIDE_STYLES[key][1] in html
    assert ui.side_coloured(table, None) is table  # the question's direction only: nothing to colour


def test_a_denying_claims_studies_table_colours_against_red(demo_db, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db))
    at = run_app(claim="c003-22")  # "microneedling does not hurt": the studies reporting pain go against it
    grid = next(df for df in at.dataframe if "for_claim" in df.value.columns)
    sent = grid.proto.SerializeToString()  # the Styler's CSS travels with the table to the browser
    assert SIDE_STYLES["against"][2].encode() in sent and SIDE_STYLES["against"][1].encode() in sent


# ---- a link to another browser's private audit ---------------------------------------------------

def test_a_private_claim_and_an_unknown_one_get_the_same_helpful_note(demo_db_copy, monkeypatch):
    monkeypatch.setenv("TRACKER_DB", str(demo_db_copy))
    _no_network(monkeypatch)
    job = _audited(demo_db_copy, "someone-else")
    private = job.items[0].claim.claim_id
    notes = {}
    for cid in (private, "no-such-claim"):
        at = _app_as("me", "views/claim.py", claim=cid)
        notes[cid] = [w.value.replace(ui.md(cid), "ID") for w in at.warning]
        assert any("private to it until its author publishes it" in w for w in notes[cid]), notes[cid]
    assert notes[private] == notes["no-such-claim"]  # the note does not tell whether the claim exists
    at = _app_as("me", "views/article.py", article=job.article.name)
    assert any("private to it until its author publishes it" in w.value for w in at.warning)
    at = _app_as("someone-else", "views/claim.py", claim=private)  # its owner sees it
    assert not any("There is no claim" in w.value for w in at.warning)


# ---- in a real browser: the article page's tags stay on one line --------------------------------

@pytest.mark.browser
def test_in_chromium_the_article_tags_are_short_and_on_one_line(tmp_path, monkeypatch):
    from tests.browser import CHROMIUM, CHROMIUM_ARGS, WAIT_MS, new_page, require_browser, serve
    sync_api = require_browser()
    _no_network(monkeypatch)
    db = tmp_path / "tracker.db"
    owner = uuid.uuid4().hex
    job = _audited(db, owner)
    env = {k: v for k, v in os.environ.items()
           if k not in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR")}
    with serve(db, tmp_path / "streamlit.log", env=env) as url, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        ctx, page = new_page(browser)
        ctx.add_cookies([{"name": "tracker_owner", "value": owner, "url": url}])  # the browser that audited
        away: list[str] = []  # the offline product asks nothing of another host (the tab icon came from Google)
        page.on("request", lambda r: away.append(r.url) if not r.url.startswith(("http://127.0.0.1", "data:"))
                else None)
        page.goto(f"{url}/article?article={job.article.name}")
        text_box = page.locator(".tracker-text").last
        first = job.items[0].claim.claim_id
        text_box.locator(f"a[href='claim?claim={first}']").first.wait_for(state="attached", timeout=WAIT_MS)
        tags = text_box.locator("sup")
        assert tags.count() == len(job.items)
        for i in range(tags.count()):
            tag = tags.nth(i)
            assert re.fullmatch(r"\d{2} · [a-z ]+", tag.inner_text()), tag.inner_text()
            box = tag.bounding_box()
            assert box is not None and box["height"] < 30, box  # one line, not wrapped
        icons = page.evaluate("() => [...document.querySelectorAll('link[rel*=icon]')].map(l => l.href)")
        assert icons and all(i.startswith(url) for i in icons), icons
        assert away == [] and page.dialogs == []
        ctx.close()
        browser.close()
