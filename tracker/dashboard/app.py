"""Dashboard entry point: `streamlit run tracker/dashboard/app.py` (the store is $TRACKER_DB).

One module per page under `views/` (not `pages/`: Streamlit treats a `pages/` folder beside the
entry point as an old-style multipage app and would run a page without this script). Deep links: `?claim=ID`, `?article=NAME` and
`?question=ID` open the claim, article and question views from the app's root URL too.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from tracker.dashboard import data, ui

HERE = Path(__file__).parent

st.set_page_config(page_title="Claims tracker", page_icon="🔎", layout="wide")

overview = st.Page(HERE / ui.OVERVIEW, title="Overview", icon=":material/table_view:", default=True)
claim = st.Page(HERE / ui.CLAIM, title="Claim", icon=":material/fact_check:", url_path="claim")
article = st.Page(HERE / ui.ARTICLE, title="Article", icon=":material/article:", url_path="article")
questions = st.Page(HERE / ui.QUESTIONS, title="Questions", icon=":material/help:", url_path="questions")
export = st.Page(HERE / ui.EXPORT, title="Export", icon=":material/download:", url_path="export")
audit = st.Page(HERE / ui.AUDIT, title="Audit an article", icon=":material/post_add:", url_path="audit")

NAVIGATION: dict[str, list] = {
    "Browse the audit": [overview, claim, article, questions],
    "Check an article": [audit],
    "Take it away": [export],
}

page = st.navigation(NAVIGATION)

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
        st.caption(f"Last audit run #{status.latest.run_id}, finished {ui.md((status.latest.finished_at or '')[:16])} "
                   f"· {status.n_claims:,} claims in {status.n_articles:,} articles")
    if status.running is not None:
        st.caption(f":material/hourglass_top: Run #{status.running.run_id} in progress ({ui.md(status.running.progress or 'starting')}); "
                   "results appear when it finishes.")
    st.caption(f"Store: {ui.md(status.path)}")

page.run()
