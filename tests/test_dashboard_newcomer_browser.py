"""DASH17 in a real browser: a first visit gets its owner cookie (so a refresh keeps its private
audits) and leaves nothing in the server's log: no deprecation warning on every visit, no traceback."""

from __future__ import annotations

import re

import pytest

from tests.browser import CHROMIUM, CHROMIUM_ARGS, WAIT_MS, new_page, require_browser, serve
from tracker.dashboard.synthetic import build_store

pytestmark = pytest.mark.browser
sync_api = require_browser()


def test_a_first_visit_sets_the_owner_cookie_and_logs_nothing(tmp_path):
    audit = build_store(tmp_path / "tracker.db", n_articles=1, claims_per_article=2, n_questions=1,
                        records_per_question=2, hostile=False)
    log = tmp_path / "streamlit.log"
    with serve(audit.path, log) as url, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        ctx, pg = new_page(browser)
        pg.goto(url)
        pg.get_by_role("heading", name="Can I print this claim?").wait_for(timeout=WAIT_MS)
        pg.wait_for_function("() => document.cookie.includes('tracker_owner=')", timeout=WAIT_MS)
        [owner] = [c["value"] for c in ctx.cookies() if c["name"] == "tracker_owner"]
        assert re.fullmatch(r"[0-9a-f]{32}", owner)
        # the frame that sets it sits at the foot of the sidebar and takes no room in the page
        assert pg.locator("[data-testid='stMain'] iframe").count() == 0
        pg.goto(url + "/claim")  # a second page of the same visit
        pg.get_by_role("heading", name="Claim").wait_for(timeout=WAIT_MS)
        browser.close()
    logged = log.read_text(encoding="utf-8")
    assert not re.search(r"Traceback|Error|Please replace|deprecat", logged, re.I), logged[-2000:]
