"""Streamlit pieces several pages share: the empty-store message, the source line, the legend,
claim tables that open a claim, the search provenance and the evidence table and charts.

Stored text is data: it reaches the page through `md_escape` (Markdown), `st.code`/dataframes
(plain text) or `highlight_html` (escaped HTML), never as raw Markdown or HTML.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from . import data
from .highlight import (DIRECTION_COLOURS, NOT_GRADED, VERDICT_STYLES, legend_html, md_escape,
                        verdict_banner_html)

# View files, relative to app.py, for st.switch_page / st.page_link.
OVERVIEW = "views/overview.py"
CLAIM = "views/claim.py"
ARTICLE = "views/article.py"
QUESTIONS = "views/questions.py"
EXPORT = "views/export.py"
AUDIT = "views/audit.py"

md = md_escape


def require_results() -> data.StoreStatus:
    """The store's status; stops the page with a friendly message when there is nothing to show."""
    status = data.status()
    if status.empty:
        exists = status.path.exists()
        if exists and status.error:
            st.error(f"The dashboard cannot read its store: {md(status.error)}")
        st.info(
            "**No audit results yet.** This dashboard reads the store at "
            f"{md(status.path)}, which {'holds no claims' if exists else 'does not exist yet'}.\n\n"
            "To fill it, open a terminal in the project folder and run `tracker run` "
            "(or `make demo`), then reload this page; or audit an article of your own right here.",
            icon=":material/info:")
        st.page_link(AUDIT, label="Audit an article", icon=":material/post_add:")
        st.stop()
    return status


def source_text(status: data.StoreStatus) -> str:
    run = status.latest
    if run is None:
        return "no complete audit run yet"
    return data.source_line(run.source_label, source=run.source, when=run.finished_at,
                            synopses=status.synopses)


def source_banner(status: data.StoreStatus) -> None:
    """The evidence source, on every page that shows results."""
    st.caption(f":material/library_books: **Evidence source:** {md(source_text(status))}")


def verdict_legend() -> None:
    st.html(legend_html())


def open_claim(claim_id: str) -> None:
    st.switch_page(CLAIM, query_params={"claim": claim_id})


CLAIM_COLUMNS = {
    "url": st.column_config.LinkColumn("ID", display_text=r"claim=(.*)$", width="small",
                                       help="Opens the claim in a new tab"),
    "claim": st.column_config.TextColumn("Claim", width="large"),
    "article_title": st.column_config.TextColumn("Article", width="medium"),
    "badge": st.column_config.TextColumn("Verdict", width=150),
    "certainty": st.column_config.TextColumn("Certainty"),
    "n_studies": st.column_config.NumberColumn("Studies", format="%d"),
    "n_participants": st.column_config.NumberColumn("Participants", format="%d"),
    "overstated": st.column_config.CheckboxColumn("Overstated", help="The article words the claim more "
                                                  "strongly than the evidence allows"),
    "claim_type": st.column_config.TextColumn("Type"),
    "strength": st.column_config.TextColumn("Wording"),
    "question_id": st.column_config.TextColumn("Question"),
    "quote": st.column_config.TextColumn("Quote"),
}


def claims_table(df: pd.DataFrame, key: str, columns: list[str]) -> None:
    """A table of claims; selecting a row opens that claim's page."""
    shown = df[columns].reset_index(drop=True)
    event = st.dataframe(shown, key=key, hide_index=True, on_select="rerun", selection_mode="single-row",
                         column_config={c: CLAIM_COLUMNS[c] for c in columns if c in CLAIM_COLUMNS})
    rows = event.selection.rows if event is not None else []
    if rows:
        open_claim(str(df.iloc[rows[0]]["claim_id"]))


def score_line(df: pd.DataFrame) -> str:
    """'12 claims: 3 supported · ... · 5 overstated' with verdict icons (fixed words only, Markdown-safe)."""
    counts = data.score_counts(df)
    styles = {s.label: s for s in [*VERDICT_STYLES.values(), NOT_GRADED]}
    parts = [f":{styles[k].md_colour}[{styles[k].icon}] {n} {k}" for k, n in counts.items() if k != "overstated"]
    parts.append(f":violet[:material/warning:] {counts['overstated']} overstated")
    return f"**{len(df)} claim{'s' if len(df) != 1 else ''}:** " + " · ".join(parts)


def search_flow(question_id: str, grade: pd.Series | None) -> None:
    """How the evidence was found: source, query, translation, date, hits → read → relevant → included."""
    search = data.search_for(question_id)
    if search is None:
        st.info("This question has not been searched in a complete run yet.")
        return
    when = search.searched_at[:10]
    ev = data.evidence(question_id)
    synopses = bool((ev["text_kind"] == "synopsis").any())
    source = data.source_line(search.source_label, source=search.source, when=search.searched_at,
                              synopses=synopses)
    st.markdown(f"**Source:** {md(source)}  \n**Searched:** {md(when)}")
    st.markdown("**PubMed query**")
    st.code(search.query, language=None, wrap_lines=True)
    st.markdown("**How the search engine read it**")
    st.code(search.translation or "(no translation reported)", language=None, wrap_lines=True)
    for w in search.warnings:
        st.warning(f"Search warning: {md(w)}")
    n_relevant = int(grade["n_relevant"]) if grade is not None and pd.notna(grade["n_relevant"]) else None
    n_studies = int(grade["n_studies"]) if grade is not None and pd.notna(grade["n_studies"]) else None
    steps = [("Hits", search.count, "records the search matched"),
             ("Read", search.n_fetched, "records fetched and read (newest first)"),
             ("Relevant", n_relevant, "records about both the intervention and the outcome"),
             ("Studies counted", n_studies, "relevant studies appraised and included in the grade")]
    cols = st.columns([4, 1, 4, 1, 4, 1, 4])
    for i, (label, value, help_) in enumerate(steps):
        cols[2 * i].metric(label, "–" if value is None else f"{value:,}", help=help_, border=True)
        if i < len(steps) - 1:
            with cols[2 * i + 1]:
                st.html('<div style="font-size:1.8em;text-align:center;padding-top:0.9em">→</div>')


EVIDENCE_COLUMNS = {
    "pubmed": st.column_config.LinkColumn("PMID", display_text=r"https://pubmed\.ncbi\.nlm\.nih\.gov/(\d+)/",
                                          help="Opens the record on PubMed"),
    "cited": st.column_config.CheckboxColumn("Cited", help="Cited in this claim's verdict"),
    "year": st.column_config.NumberColumn("Year", format="%d"),
    "design": st.column_config.TextColumn("Design"),
    "n_participants": st.column_config.NumberColumn("n", format="%d", help="Human participants"),
    "direction": st.column_config.TextColumn("Direction"),
    "deciding_sentence": st.column_config.TextColumn("Deciding sentence", width="large"),
    "title": st.column_config.TextColumn("Title", width="medium"),
    "population": st.column_config.TextColumn("Population"),
    "indirectness": st.column_config.TextColumn("Indirect because"),
    "figures": st.column_config.TextColumn("Figures reported"),
    "notes": st.column_config.TextColumn("Notes", width="medium",
                                         help="Why the design overrides a publication type, why the direction "
                                              "is unclear, and limitations the record states about itself"),
    "text_kind": st.column_config.TextColumn("Text read", help="abstract, or a synopsis written for the "
                                             "embedded snapshot"),
    "relevance": st.column_config.TextColumn("About"),
    "exclusion_reason": st.column_config.TextColumn("Why not counted", width="medium"),
}


def evidence_section(question_id: str, cited: list[str] | None = None, key: str = "evidence") -> None:
    """The records behind a question's grade: table with PubMed links, then charts."""
    ev = data.evidence(question_id)
    if ev.empty:
        st.info("No records were appraised for this question.")
        return
    ev = ev.copy()
    ev["cited"] = ev["pmid"].isin(set(cited or []))
    if (ev["text_kind"] == "synopsis").any():
        st.info("The text read for these records is a **synopsis written for this project** "
                "(embedded snapshot), not the published abstract. Deciding sentences quote the synopsis; "
                "follow the PMID link to read the abstract on PubMed.", icon=":material/edit_note:")
    if (~ev["text_complete"].astype(bool)).any():
        st.caption("Some records' text is incomplete: their appraisal may miss details.")
    included = ev[ev["included"]]
    cols = ["pubmed", "year", "design", "n_participants", "direction", "deciding_sentence", "title",
            "population", "indirectness", "figures", "notes", "text_kind"]
    if cited is not None:
        cols.insert(1, "cited")
    st.markdown(f"**{len(included)} records included** in the appraisal (of {len(ev)} read)")
    if not included.empty:
        st.dataframe(included[cols], hide_index=True, key=f"{key}_included",
                     column_config={c: EVIDENCE_COLUMNS[c] for c in cols})
        evidence_charts(included, key)
    excluded = ev[~ev["included"]]
    if not excluded.empty:
        with st.expander(f"Records read but not counted ({len(excluded)})"):
            cols = ["pubmed", "year", "relevance", "exclusion_reason", "design", "title"]
            st.dataframe(excluded[cols], hide_index=True, key=f"{key}_excluded",
                         column_config={c: EVIDENCE_COLUMNS[c] for c in cols})


def _direction_scale() -> alt.Scale:
    return alt.Scale(domain=list(DIRECTION_COLOURS), range=list(DIRECTION_COLOURS.values()))


def evidence_charts(included: pd.DataFrame, key: str) -> None:
    """Designs by direction, and the studies over time (only fixed vocabularies and years plotted)."""
    plot = included[["design", "direction", "year"]].copy()
    left, right = st.columns(2)
    designs = (alt.Chart(plot, title="Study designs, by what they found")
               .mark_bar()
               .encode(y=alt.Y("design:N", title=None, sort="-x"),
                       x=alt.X("count():Q", title="studies", axis=alt.Axis(tickMinStep=1, format="d")),
                       color=alt.Color("direction:N", scale=_direction_scale(), title="Finding"),
                       tooltip=["design", "direction", "count()"])
               .properties(height=alt.Step(22)))
    left.altair_chart(designs, width="stretch", key=f"{key}_designs")
    dated = plot.dropna(subset=["year"])
    if dated.empty:
        right.caption("No publication years to plot.")
        return
    dated["year"] = dated["year"].astype(int)
    timeline = (alt.Chart(dated, title="Studies by publication year")
                .mark_bar()
                .encode(x=alt.X("year:O", title=None),
                        y=alt.Y("count():Q", title="studies", axis=alt.Axis(tickMinStep=1, format="d")),
                        color=alt.Color("direction:N", scale=_direction_scale(), title="Finding"),
                        tooltip=["year", "direction", "count()"])
                .properties(height=240))
    right.altair_chart(timeline, width="stretch", key=f"{key}_timeline")


def verdict_heading(verdict: str | None, certainty: str | None, n_studies, n_participants,
                    overstated: bool) -> None:
    """The verdict box at the top of a claim or question page."""
    def count(value, one: str, many: str) -> str:
        if value is None or pd.isna(value):
            return f"– {many}"
        return f"{int(value):,} {one if int(value) == 1 else many}"
    st.html(verdict_banner_html(verdict, certainty, [count(n_studies, "study", "studies"),
                                                     count(n_participants, "participant", "participants")]))
    if overstated:
        st.warning("**Overstated:** the article words this claim more strongly than the evidence allows.",
                   icon="⚠️")
