"""End to end in a real browser: `streamlit run` on a free loopback port, driven by headless
Chromium from Debian through Playwright. Screenshots go to test-artifacts/browser/ (git-ignored).

1. On the store the real pipeline makes: overview -> click a row -> the claim, its PMIDs ->
   the article view with every claim highlighted -> click a highlight -> back on a claim;
   questions and export pages open from the navigation.
2. On a synthetic store full of <script>, <img onerror> and Markdown payloads: nothing runs,
   nothing is reinterpreted, the payloads show as plain text.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import CHROMIUM, CHROMIUM_ARGS, ROOT, WAIT_MS, new_page, require_browser, serve
from tracker.dashboard.synthetic import HOSTILE_ARTICLE_TITLE, HOSTILE_QUOTE, SCRIPT, build_store
from tracker.store import Store

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts" / "browser"
sync_api = require_browser()


def _serve(db: Path, log: Path) -> Iterator[str]:
    with serve(db, log) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx, pg = new_page(browser)
    yield pg
    ctx.close()


@pytest.fixture(scope="module")
def demo_url(demo_db, tmp_path_factory) -> Iterator[str]:
    yield from _serve(demo_db, tmp_path_factory.mktemp("log") / "streamlit-demo.log")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("hostile") / "tracker.db", n_articles=2, claims_per_article=3,
                       n_questions=3, records_per_question=5, hostile=True)


@pytest.fixture(scope="module")
def hostile_url(hostile, tmp_path_factory) -> Iterator[str]:
    yield from _serve(hostile.path, tmp_path_factory.mktemp("log") / "streamlit-hostile.log")


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.wait_for_timeout(300)  # let charts and fonts settle for the picture
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def main_text(pg) -> str:
    return pg.locator("[data-testid='stMain']").inner_text()


def wait_done(pg) -> None:
    """Wait until the script run finished (Streamlit marks stale elements while running)."""
    pg.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=WAIT_MS)


def test_overview_to_claim_pmids_to_article(page, demo_url, demo_db):
    with Store(demo_db, readonly=True) as s:
        claims = s.claims_frame()
        articles = s.articles_frame()
    page.goto(demo_url)
    page.get_by_role("heading", name="Can I print this claim?").wait_for(timeout=WAIT_MS)
    grid = page.locator("[data-testid='stDataFrame']").first
    # Glide keeps an accessible copy of the visible cells; find the row of a cited, graded claim.
    first_cell = page.locator("[data-testid='glide-cell-1-0']")
    first_cell.wait_for(state="attached", timeout=WAIT_MS)
    assert "supported" in main_text(page) and "synopses, not abstracts" in main_text(page)
    shot(page, "01-overview")
    cited = claims[claims["cited_pmids"].fillna("[]") != "[]"]
    row = next(i for i, cid in enumerate(claims["claim_id"]) if cid in set(cited["claim_id"]) and i < 8)
    cid = claims["claim_id"][row]
    assert page.locator(f"[data-testid='glide-cell-1-{row}']").text_content() == f"claim?claim={cid}"

    # Click the row's selection box (left edge of the canvas grid): the claim opens.
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17 + 35 * row)
    page.wait_for_url(re.compile(r"/claim\?claim=" + re.escape(cid) + "$"), timeout=WAIT_MS)
    claim = claims[claims["claim_id"] == cid].iloc[0]
    page.get_by_role("heading", name=claim["claim"]).wait_for(timeout=WAIT_MS)
    page.get_by_text("How the evidence was found").wait_for(timeout=WAIT_MS)
    page.locator("blockquote mark").first.wait_for(timeout=WAIT_MS)
    wait_done(page)
    text = main_text(page)
    assert claim["verdict"].upper() in text and "In short:" in text
    # The claim's PMIDs, as links to PubMed.
    pmids = re.findall(r"\d+", claim["cited_pmids"])
    for pmid in pmids:
        link = page.get_by_role("link", name=f"PMID {pmid}")
        assert link.get_attribute("href") == f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
    # ... and in the evidence table (Glide's accessible cells).
    page.locator("[data-testid='stDataFrame'] td", has_text=f"pubmed.ncbi.nlm.nih.gov/{pmids[0]}/").first \
        .wait_for(state="attached", timeout=WAIT_MS)
    assert page.locator("mark").first.inner_text().strip() == claim["quote"].strip()
    shot(page, "02-claim")

    # To the whole article, every claim highlighted.
    page.get_by_role("link", name="Read the whole article with every claim highlighted").click()
    page.wait_for_url(re.compile(r"/article\?article="), timeout=WAIT_MS)
    title = articles[articles["name"] == claim["article"]]["title"].iloc[0]
    page.get_by_role("heading", name=title).wait_for(timeout=WAIT_MS)
    page.locator(".tracker-text mark").first.wait_for(timeout=WAIT_MS)
    wait_done(page)
    mine = claims[claims["article"] == claim["article"]]
    text_box = page.locator(".tracker-text").last
    for other in mine["claim_id"]:
        assert text_box.locator(f"a[href='claim?claim={other}']").count() >= 1, other
    assert text_box.locator("mark").count() >= len(mine)
    shot(page, "03-article")

    # A highlighted passage leads back to its claim.
    target = mine["claim_id"].iloc[-1]
    text_box.locator(f"a[href='claim?claim={target}']").first.click()
    page.wait_for_url(re.compile(r"/claim\?claim=" + re.escape(target) + "$"), timeout=WAIT_MS)
    page.get_by_role("heading", name=mine["claim"].iloc[-1]).wait_for(timeout=WAIT_MS)

    # The other pages, from the navigation.
    nav = page.locator("[data-testid='stSidebarNav']")
    nav.get_by_role("link", name="Questions").click()
    page.get_by_role("heading", name="Questions").wait_for(timeout=WAIT_MS)
    page.locator("[data-testid='stMain']").get_by_text("testable questions").first.wait_for(timeout=WAIT_MS)
    shot(page, "04-questions")
    nav.get_by_role("link", name="Export").click()
    page.get_by_role("heading", name="Export the audit").wait_for(timeout=WAIT_MS)
    page.get_by_text("Claims with verdicts (CSV)").wait_for(timeout=WAIT_MS)
    wait_done(page)
    shot(page, "05-export")
    # Downloads are built on click, from the store.
    with page.expect_download(timeout=WAIT_MS) as dl:
        page.get_by_text("Claims with verdicts (CSV)").click()
    csv_text = Path(dl.value.path()).read_text(encoding="utf-8")
    assert csv_text.startswith("claim_id,") and all(c in csv_text for c in claims["claim_id"])
    if importlib.util.find_spec("tracker.export"):  # every format of `tracker export` is offered
        with page.expect_download(timeout=WAIT_MS) as dl:
            page.get_by_text("claimreview", exact=True).click()
        assert dl.value.suggested_filename.endswith(".jsonld")
        assert cid in Path(dl.value.path()).read_text(encoding="utf-8")
    assert page.dialogs == []


def test_hostile_text_stays_text(page, hostile_url, hostile):
    art = hostile.articles[0]
    page.goto(f"{hostile_url}/article?article={art.name}")
    page.get_by_role("heading", name=HOSTILE_ARTICLE_TITLE).wait_for(timeout=WAIT_MS)
    page.locator(".tracker-text mark").first.wait_for(timeout=WAIT_MS)
    wait_done(page)
    text = main_text(page)
    assert SCRIPT in text and HOSTILE_QUOTE in text and "$5 or $10 :red[red]" in text
    assert page.locator("[data-testid='stMain'] img[src='x']").count() == 0
    assert page.locator("[data-testid='stMain'] script").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    shot(page, "06-hostile-article")

    claim = hostile.claims[0]
    page.goto(f"{hostile_url}/?claim={claim.claim_id}")  # a root deep link
    page.wait_for_url(re.compile(r"/claim\?claim="), timeout=WAIT_MS)
    page.get_by_text("How the evidence was found").wait_for(timeout=WAIT_MS)
    page.locator("blockquote mark").first.wait_for(timeout=WAIT_MS)
    wait_done(page)
    text = main_text(page)
    assert claim.claim in text and SCRIPT in text  # normalised claim and question print literally
    assert page.locator("[data-testid='stMain'] img[src='x']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    shot(page, "07-hostile-claim")
    assert page.dialogs == []


# ---- a reviewer in the loop (#19) -------------------------------------------------------------

REVIEW_Q = "mn-infection-risk"  # one review's direction decides its claims' verdict
EMOJI = re.compile("[\U0001F300-\U0001FAFF\U00002600-\U000027BF\U0001F000-\U0001F2FF]")


@pytest.fixture(scope="module")
def review_db(demo_db, tmp_path_factory) -> Path:
    import shutil
    dst = tmp_path_factory.mktemp("review") / "tracker.db"
    shutil.copy(demo_db, dst)
    return dst


@pytest.fixture(scope="module")
def review_url(review_db, tmp_path_factory) -> Iterator[str]:
    yield from _serve(review_db, tmp_path_factory.mktemp("log") / "streamlit-review.log")


def _pick(page, label: str, option: str) -> None:
    """Choose `option` in the Streamlit selectbox labelled `label` (type to filter, then click)."""
    box = page.locator("[data-testid='stMain']").get_by_label(label, exact=True)
    box.click()
    box.fill(option)
    page.get_by_role("option", name=re.compile(re.escape(option))).first.click()
    wait_done(page)


def test_reviewer_overrides_a_direction_and_it_sticks(page, review_url, review_db):
    from tracker import export
    from tracker.claims import load_inputs
    from tracker.pipeline import open_backend, run_audit

    with Store(review_db, readonly=True) as s:
        claims = s.claims_frame()
        ev = s.evidence_frame(REVIEW_Q)
    claim = claims[claims["question_id"] == REVIEW_Q].iloc[0]
    pmid = ev[(ev["included"] == 1) & (ev["direction"] != "supports")]["pmid"].iloc[0]
    page.goto(f"{review_url}/claim?claim={claim['claim_id']}")
    page.get_by_role("heading", name=claim["claim"]).wait_for(timeout=WAIT_MS)
    wait_done(page)
    before = claim["verdict"]
    page.get_by_text(before.upper(), exact=True).first.wait_for(timeout=WAIT_MS)

    name = page.locator("[data-testid='stSidebar']").get_by_label("Reviewer", exact=True)
    name.fill("Ana Silva")
    name.press("Enter")
    page.get_by_role("button", name="Save the decision and regrade").first.wait_for(timeout=WAIT_MS)
    wait_done(page)
    _pick(page, "Study", f"PMID {pmid}")
    _pick(page, "Reviewer's reading", "supports")
    reason = page.locator("[data-testid='stMain']").get_by_label("Reason", exact=True).first
    reason.fill("The Results section reports infections after treatment")
    reason.press("Enter")
    wait_done(page)
    page.get_by_role("button", name="Save the decision and regrade").first.click()
    page.get_by_text("Decision #1 saved").wait_for(timeout=WAIT_MS)
    wait_done(page)
    with Store(review_db, readonly=True) as s:
        after = s.claims_frame().set_index("claim_id").loc[claim["claim_id"], "verdict"]
    assert after != before
    text = main_text(page)
    assert after.upper() in text and "reviewed" in text
    assert "Ana Silva" in text and "The Results section reports infections after treatment" in text
    shot(page, "08-claim-reviewed")

    # A real re-run from the CSV files keeps the decision.
    backend = open_backend("snapshot")
    try:
        with Store(review_db) as s:
            run_audit(s, backend, load_inputs())
    finally:
        backend.close()
    page.reload()  # ... and a refresh shows it (a new session reads the store)
    page.get_by_role("heading", name=claim["claim"]).wait_for(timeout=WAIT_MS)
    wait_done(page)
    page.get_by_text("Ana Silva").first.wait_for(timeout=WAIT_MS)
    text = main_text(page)
    assert after.upper() in text and "reviewed" in text

    # The JSON export (downloaded from the page) and the HTML report list it.
    page.locator("[data-testid='stSidebarNav']").get_by_role("link", name="Export").click()
    page.get_by_role("heading", name="Export the audit").wait_for(timeout=WAIT_MS)
    wait_done(page)
    with page.expect_download(timeout=WAIT_MS) as dl:
        page.get_by_text("json", exact=True).click()
    doc = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    [decision] = doc["decisions"]
    assert (decision["reviewer"], decision["pmid"], decision["new_value"]) == ("Ana Silva", pmid, "supports")
    assert decision["reason"] == "The Results section reports infections after treatment"
    with Store(review_db, readonly=True) as s:
        files = export.render(s, "html")
    report = files[next(n for n in files if n != "index.html" and claim["article"].rsplit(".", 1)[0] in n)].decode()
    assert "Ana Silva" in report and "Reviewer decisions" in report and "index.html" in files
    assert page.dialogs == []


def test_every_page_at_1400px_has_no_emoji_boxes(page, review_url, review_db):
    """Screenshots of every page (look at them); no emoji glyphs, which some machines draw as boxes."""
    with Store(review_db, readonly=True) as s:
        claims = s.claims_frame()
    claim = claims[claims["question_id"] == REVIEW_Q].iloc[0]
    pages = [("10-overview", "", "Can I print this claim?"),
             ("11-claim", f"claim?claim={claim['claim_id']}", claim["claim"]),
             ("12-article", f"article?article={claim['article']}", None),
             ("13-questions", "questions", "Questions"),
             ("14-question", f"questions?question={REVIEW_Q}", None),
             ("15-export", "export", "Export the audit"),
             ("16-audit", "audit", "Audit an article")]
    for shot_name, path, heading in pages:
        page.goto(f"{review_url}/{path}")
        if heading:
            page.get_by_role("heading", name=heading).first.wait_for(timeout=WAIT_MS)
        page.locator("[data-testid='stMain'] h1, [data-testid='stMain'] h2").first.wait_for(timeout=WAIT_MS)
        wait_done(page)
        text = page.locator("body").inner_text()
        assert not EMOJI.search(text), (shot_name, EMOJI.findall(text))
        assert "None" not in re.findall(r"\bNone\b", main_text(page)), shot_name
        page.set_viewport_size({"width": 1400, "height": 3200})  # the app scrolls inside: show more of it
        page.wait_for_timeout(500)
        shot(page, shot_name)
        page.set_viewport_size({"width": 1400, "height": 1100})
    assert page.dialogs == []
