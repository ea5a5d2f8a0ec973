"""Overview: every claim with its verdict, filters and free-text search; a row opens the claim."""

from __future__ import annotations

import streamlit as st

from tracker.dashboard import data, ui
from tracker.dashboard.highlight import NOT_GRADED, VERDICT_STYLES, counts_html

status = ui.require_results()
claims = data.claims()

st.title("Can I print this claim?")
ui.source_banner(status)


@st.cache_data(show_spinner=False, max_entries=4)
def _what_changed(path: str, version) -> str | None:
    from tracker.changes import latest_summary
    from tracker.store import Store

    with Store(path, readonly=True) as store:
        return latest_summary(store)


what_changed = _what_changed(*data._key(None))
if what_changed:  # the "What changed" page has the details
    st.caption(f":material/history: **What changed:** {ui.md(what_changed)}")

# Counts per verdict over all claims, in legend order.
counts = data.score_counts(claims)
labels = [*VERDICT_STYLES, NOT_GRADED.label]
styles = {**VERDICT_STYLES, NOT_GRADED.label: NOT_GRADED}
shown = [k for k in labels if k in counts]
st.html(counts_html({k: counts[k] for k in shown}, counts["overstated"]))
with st.expander("What the verdicts mean", expanded=False, icon=":material/palette:"):
    ui.verdict_legend()
    st.caption("Certainty says how much the studies can be trusted, from High ⊕⊕⊕⊕ to Very low ⊕◯◯◯ "
               "(GRADE-style). A claim is *overstated* when its wording is stronger than that certainty.")

# A count tile links here with ?verdict=... or ?overstated=1: start the filters from it (once).
wanted = st.query_params.get("verdict")
if wanted in shown and "f_verdict" not in st.session_state:
    st.session_state["f_verdict"] = [wanted]
if st.query_params.get("overstated") == "1" and "f_overstated" not in st.session_state:
    st.session_state["f_overstated"] = True

# Filters
titles = claims.drop_duplicates("article").set_index("article")["article_title"].to_dict()
questions = claims.drop_duplicates("question_id").set_index("question_id")["question"].to_dict()
search = st.text_input("Search claims", key="q", placeholder="words from the claim, quote, question or article")
f1, f2, f3, f4, f5 = st.columns(5)
f_article = f1.multiselect("Article", sorted(titles), key="f_article",
                           format_func=lambda n: f"{titles[n][:60]} ({n})")
f_question = f2.multiselect("Question", sorted(questions), key="f_question",
                            format_func=lambda q: f"{q}: {questions[q][:60]}")
f_verdict = f3.multiselect("Verdict", shown, key="f_verdict", format_func=lambda v: styles[v].badge)
f_certainty = f4.multiselect("Certainty", sorted(claims["certainty"].unique()), key="f_certainty")
f_type = f5.multiselect("Claim type", sorted(claims["claim_type"].unique()), key="f_type")
only_overstated = st.toggle("Only overstated claims", key="f_overstated")

view = claims
if f_article:
    view = view[view["article"].isin(f_article)]
if f_question:
    view = view[view["question_id"].isin(f_question)]
if f_verdict:
    view = view[view["verdict_label"].isin(f_verdict)]
if f_certainty:
    view = view[view["certainty"].isin(f_certainty)]
if f_type:
    view = view[view["claim_type"].isin(f_type)]
if only_overstated:
    view = view[view["overstated"]]
if search.strip():
    for word in search.lower().split():
        view = view[view["haystack"].str.contains(word, regex=False)]

st.markdown(f"**Showing {len(view):,} of {len(claims):,} claims.** Tick a row's box on the left to open "
            "the claim, or click its ID to open it in a new tab. Click a count above to filter on it.")
view = view.copy()
view["reviewed"] = view["claim_id"].isin(data.reviewed_claims(claims, data.applied()))
ui.claims_table(view, "overview_claims",
                # certainty and side beside the verdict: at 1400 px the columns past the claim scroll away
                ["url", "badge", "overstated", "certainty", "side_text", "claim", "quote", "reviewed", "n_studies",
                 "n_participants", "article_title", "claim_type", "strength", "question_id"])

st.subheader("Articles")
for name, group in claims.groupby("article", sort=True):
    st.page_link(ui.ARTICLE, label=ui.md(titles[name]), icon=":material/article:",
                 query_params={"article": name})
    st.caption(ui.score_line(group))
