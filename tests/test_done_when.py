"""Issue #14, done-when (second bullet), on articles nobody tuned on: "In the dashboard, an article
with a denial, an impossible time frame, a superiority claim and an unsourced percentage gets, for
each, a verdict on the right side with the reason in words."

Four short articles of different interventions and styles (`tests/data/done_when/`, a laser-helmet
FAQ, a vitamin C news item, a rosemary oil listicle and a turmeric blog post the snapshot does not
cover), their expectations written in `expected.csv` from the snapshot's synopses before any run.
Each article goes through the "Audit an article" page as a user takes it (Streamlit AppTest, real
SQLite, the embedded snapshot): paste, "Find the claims", grade every claim offered, then read the
page's results table. Per expected row: the claim is offered for review (not hidden below the
cut-off), its verdict and side are among the acceptable ones, and the table's "Why" cell gives the
reason in words; a disclaimer is never offered as a claim.

Rows that still fail for a cause in another engineer's module are listed with the cause: in
`NEEDS_PATCH` when a patch handed to the lead fixes them, in `OPEN` (strict) when a rule is for
the lead to decide. The reason checked is the page's "Why" cell, not the restated claim.
"""

from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path

import pytest

from tests.test_audit_page import DASHBOARD, graded, in_review, job_of, open_page, paste, rerun_until

DATA = Path(__file__).resolve().parent / "data" / "done_when"
ROWS = list(csv.DictReader((DATA / "expected.csv").open(encoding="utf-8")))

# (article, kind) -> why it still fails, for a cause outside the dashboard (DASH10, session 9).
# (Empty since the lead merged DASH10's extract, frames and verdict patches.)
NEEDS_PATCH: dict[tuple[str, str], str] = {}
# Still failing with the patches: decisions for the lead (strict: a fix shows up as a failure to clean up).
OPEN: dict[tuple[str, str], str] = {}
# (The two unsourced percentages, "a 250% increase in hair count" and "reduces wrinkles by 80%", left open in
# session 9, pass since VRD12 (V12a): an amount the article names no study for and no record can check is
# unchecked, so the claim as stated is "not supported", side unclear.)


@cache
def audit(article: str, db_dir: str) -> dict:
    """Paste the article on the audit page, grade every claim offered, and read the page back."""
    db = Path(db_dir) / f"{Path(article).stem}.db"
    os.environ["TRACKER_DB"] = str(db)
    at = open_page(DASHBOARD / "app.py")
    paste(at, (DATA / article).read_text(encoding="utf-8"))
    rerun_until(at, in_review, timeout=60)
    job = job_of(at, db)
    offered = [(i.claim.start, i.claim.end) for i in job.items]
    at.button(key="grade").click()
    rerun_until(at, graded, timeout=120)
    job = job_of(at, db)
    table = next(df.value for df in at.dataframe if df.key == f"audit_results_{job.job_id}")
    from tracker.store import Store
    with Store(db, readonly=True) as s:
        verdicts = s.run_verdicts_frame(job.run_id)
    return {"text": job.article.text, "offered": offered, "table": table, "verdicts": verdicts}


@pytest.fixture(scope="module")
def db_dir(tmp_path_factory):
    keep = {v: os.environ.get(v) for v in ("TRACKER_DB", "NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE",
                                           "TRACKER_MIRROR", "TRACKER_MAX_UPLOAD_BYTES")}
    for var in keep:
        os.environ.pop(var, None)
    yield str(tmp_path_factory.mktemp("done-when"))
    audit.cache_clear()
    for var, value in keep.items():
        if value is not None:
            os.environ[var] = value


def _span(text: str, quote: str) -> tuple[int, int]:
    i = text.find(quote)
    assert i >= 0, f"expected.csv quote not in the stored article text: {quote!r}"
    return i, i + len(quote)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _id(row: dict) -> str:
    return f"{Path(row['article']).stem}:{row['kind'].replace(' ', '-')}"


@pytest.mark.parametrize("row", ROWS, ids=[_id(r) for r in ROWS])
def test_each_trap_is_offered_and_graded_on_the_right_side_with_its_reason(row, db_dir, request):
    key = (row["article"], row["kind"])
    if key in OPEN:
        request.applymarker(pytest.mark.xfail(reason=OPEN[key], strict=True))
    elif key in NEEDS_PATCH:
        request.applymarker(pytest.mark.xfail(reason=NEEDS_PATCH[key], strict=False))
    page = audit(row["article"], db_dir)
    span = _span(page["text"], row["quote"])
    offered = [s for s in page["offered"] if _overlap(s, span)]
    if row["side"] == "none":  # a disclaimer, or no health claim at all: never offered
        assert not offered, f"{row['quote']!r} was offered as a claim"
        return
    assert offered, f"{row['quote']!r} was not offered for review (hidden below the cut-off or never found)"
    v = page["verdicts"]
    hits = [(_overlap((int(r.start), int(r.end)), span), r) for r in v.itertuples(index=False)]
    _, graded_row = max((h for h in hits if h[0]), key=lambda h: h[0])
    shown = page["table"].set_index("url").loc[f"claim?claim={graded_row.claim_id}"]
    where = f"{row['article']}: {row['quote']!r} -> {graded_row.verdict}/{graded_row.side}: {shown['why']}"
    assert graded_row.side in row["side"].split("|"), where
    assert graded_row.verdict in row["verdicts"].split("|"), where
    assert shown["badge"].endswith(graded_row.verdict) or graded_row.side == "against", where
    assert shown["side_text"] != "–", where
    why = str(shown["why"]).lower()
    assert why and why != "–" and not why.startswith("verdict:"), where
    assert any(w.lower() in why for w in row["reason_words"].split("|")), where


# ---- the dashboard causes found on these articles (fail on the code before DASH10) ------------


def test_claims_stating_a_time_frame_or_an_amount_are_not_hidden_below_the_cut_off(db_dir):
    """The page's cut-off is the extractor's measured one: at 0.5 "You will see regrowth within 7
    days" and "Users see a 250% increase in hair count" (both .45) were hidden in a fold."""
    from tracker import extract, jobs

    assert jobs.DEFAULT_MIN_SCORE == extract.DEFAULT_MIN_SCORE
    page = audit("laser_helmet_faq.txt", db_dir)
    for quote in ("You will see regrowth within 7 days", "Users see a 250% increase in hair count"):
        span = _span(page["text"], quote)
        assert any(_overlap(s, span) for s in page["offered"]), quote


def test_pasted_markdown_is_read_without_its_markup(db_dir):
    """Pasted as plain text, "**2. It beats the pharmacy.** Rosemary oil works better than minoxidil"
    was one quote, its comparator "pharmacy"."""
    page = audit("rosemary_listicle.md", db_dir)
    assert "**" not in page["text"] and "# 5 Reasons" not in page["text"]
    quotes = list(page["verdicts"]["quote"])
    assert not any("**" in q for q in quotes)
    assert any(q.startswith("Rosemary oil works better than minoxidil") for q in quotes), quotes


def test_the_results_table_gives_each_verdict_its_reason_in_words(db_dir):
    """Before, the table showed the verdict without its reason: a reader had to open every claim.
    A claim nothing was found for says so first, not "the evidence does not back the claim"."""
    page = audit("turmeric_blog.txt", db_dir)
    table = page["table"]
    cols = list(table.columns)
    # the quote and its reason come first, before the short columns and the normalised claim
    assert {"why", "side_text"} <= set(cols) and cols.index("quote") < cols.index("why") < cols.index("claim")
    for why, badge in zip(table["why"], table["badge"]):
        assert why and why != "–" and not why.startswith("Verdict:")
        if badge.endswith("no evidence found"):
            assert why.startswith("No study addressed the question") and "the evidence does not back" not in why
