"""Dashboard entry point: `streamlit run tracker/dashboard/app.py` (the store is $TRACKER_DB).

One module per page under `views/` (not `pages/`: Streamlit treats a `pages/` folder beside the
entry point as an old-style multipage app and would run a page without this script). Deep links: `?claim=ID`, `?article=NAME` and
`?question=ID` open the claim, article and question views from the app's root URL too.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import streamlit as st

from tracker.dashboard import data, reviewing, ui

HERE = Path(__file__).parent

@st.cache_resource(show_spinner=False)
def _favicon():
    """The tab's icon, drawn here and served by this server: a Material icon as page icon makes the
    browser fetch it from fonts.gstatic.com, which an offline demo cannot reach (and need not tell)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    pen = ImageDraw.Draw(img)
    pen.rounded_rectangle((2, 2, 61, 61), radius=12, fill=(45, 157, 90, 255))
    pen.line([(16, 33), (27, 44), (48, 21)], fill=(255, 255, 255, 255), width=7, joint="curve")
    return img


st.set_page_config(page_title="Claims tracker", page_icon=_favicon(), layout="wide")

overview = st.Page(HERE / ui.OVERVIEW, title="Overview", icon=":material/table_view:", default=True)
claim = st.Page(HERE / ui.CLAIM, title="Claim", icon=":material/fact_check:", url_path="claim")
article = st.Page(HERE / ui.ARTICLE, title="Article", icon=":material/article:", url_path="article")
questions = st.Page(HERE / ui.QUESTIONS, title="Questions", icon=":material/help:", url_path="questions")
export = st.Page(HERE / ui.EXPORT, title="Export", icon=":material/download:", url_path="export")
audit = st.Page(HERE / ui.AUDIT, title="Audit an article", icon=":material/post_add:", url_path="audit")
changes = st.Page(HERE / "views/changes.py", title="What changed", icon=":material/history:", url_path="changes")

NAVIGATION: dict[str, list] = {
    "Browse the audit": [overview, claim, article, questions, changes],
    "Check an article": [audit],
    "Take it away": [export],
}

page = st.navigation(NAVIGATION)

# The audit owner token outlives a refresh: kept in a cookie (set once by a hidden script), so a
# reload, a new tab or a later visit from this browser still owns its private audits and edits.
OWNER_COOKIE = "tracker_owner"


def _owner_cookie() -> str | None:
    """The browser's owner cookie; None without a browser request (AppTest, scripts)."""
    try:
        value = st.context.cookies.get(OWNER_COOKIE)
    except Exception:
        return None
    return value if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{32}", value) else (
        "" if isinstance(value, (str, type(None))) else None)


_cookie = _owner_cookie()
if data.OWNER_KEY not in st.session_state:
    st.session_state[data.OWNER_KEY] = _cookie or uuid.uuid4().hex
# The token is 32 hex digits (ours, or checked above): the only data in the script.
_set_cookie = _cookie is not None and _cookie != st.session_state[data.OWNER_KEY]

# A deep link to the root (`/?claim=ID`) lands on the default page: send it where it points.
if page.url_path == overview.url_path:
    for param, target in (("claim", claim), ("article", article), ("question", questions), ("job", audit)):
        value = st.query_params.get(param)
        if value:
            st.switch_page(target, query_params={param: value})

with st.sidebar:
    status = data.status()
    if status.latest is not None:
        st.caption(f":material/library_books: **Evidence:** {ui.md(ui.source_text(status))}")
        # counted as the pages count them: another session's unpublished audit is neither shown nor counted
        n_claims, n_articles = ((len(data.claims()), len(data.articles())) if data.hidden_articles()
                                else (status.n_claims, status.n_articles))
        st.caption(f"Last audit run #{status.latest.run_id}, finished {ui.md((status.latest.finished_at or '')[:16].replace('T', ' '))} UTC "
                   f"· {n_claims:,} claims in {n_articles:,} articles")
    if status.running is not None:
        st.caption(f":material/hourglass_top: Run #{status.running.run_id} in progress ({ui.md(status.running.progress or 'starting')}); "
                   "results appear when it finishes.")
    st.caption(f"Store: {ui.md(status.path)}")
    reviewing.reviewer_box()
    if _set_cookie:
        # st.iframe (components.html is deprecated and logged a warning on every visit); at the foot of
        # the sidebar, where its one-pixel frame moves nothing
        st.iframe(f'<script>document.cookie = "{OWNER_COOKIE}={st.session_state[data.OWNER_KEY]}; path=/; '
                  'max-age=31536000; SameSite=Strict";</script>', height=1)

page.run()
