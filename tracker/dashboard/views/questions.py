"""Questions: each testable question, the claims across articles that rest on it, and its evidence."""

from __future__ import annotations

import streamlit as st

from tracker.dashboard import data, reviewing, ui

status = ui.require_results()
qs = data.questions()
claims = data.claims()
qid = st.query_params.get("question")

if not qid or qid not in set(qs["question_id"]):
    st.title("Questions")
    ui.source_banner(status)
    if qid:
        st.warning(f"There is no question with ID {ui.md(qid)} in this store.")
    st.markdown(f"**{len(qs):,} testable questions.** Each is searched once; every claim that makes the same "
                "point is graded against the same evidence. Tick a row's box to open a question.")
    cols = ["url", "statement", "badge", "certainty", "n_studies", "n_participants", "n_claims", "kind"]
    shown = qs[cols].copy()
    for col in ("n_studies", "n_participants"):
        shown[col] = [ui.dash(v) for v in shown[col]]
    css = [ui._badge_css(v, None) for v in qs["verdict"]]
    event = st.dataframe(
        shown.style.apply(lambda col: css if col.name == "badge" else [""] * len(col), axis=0),
        hide_index=True, key="questions_table", on_select="rerun", selection_mode="single-row",
        row_height=ui.ROW_HEIGHT, height=min(40 + ui.ROW_HEIGHT * len(qs), 40 + ui.ROW_HEIGHT * 12),
        column_config={
            "url": st.column_config.LinkColumn("ID", display_text=r"question=(.*)$", pinned=True,
                                               width=ui.id_width(qs["question_id"]),
                                               help="Opens the question in a new tab"),
            "statement": st.column_config.TextColumn("Question", width=330,
                                                     help="A yes/no question the studies can answer; claims that "
                                                          "make the same point share it"),
            "badge": st.column_config.TextColumn("Verdict", width=130, help="The verdict for the question as stated"),
            "certainty": st.column_config.TextColumn("Certainty", width=125,
                                                     help="How far the studies can be trusted (GRADE): High, "
                                                          "Moderate, Low, Very low"),
            "n_studies": st.column_config.TextColumn("Studies", width=65, help="Studies counted in the grade"),
            "n_participants": st.column_config.TextColumn("Participants", width=90,
                                                          help="People in the primary studies counted"),
            "n_claims": st.column_config.NumberColumn("Claims", format="%d", width=60,
                                                      help="Claims, across articles, graded on this question"),
            "kind": st.column_config.TextColumn("Kind", width=80,
                                                help="efficacy (does it work), safety (does it harm) or mechanism "
                                                     "(how it works)"),
        })
    if event.selection.rows:
        st.query_params["question"] = str(qs.iloc[event.selection.rows[0]]["question_id"])
        st.rerun()
    st.stop()

q = qs[qs["question_id"] == qid].iloc[0]
st.page_link(ui.QUESTIONS, label="All questions", icon=":material/arrow_back:")
st.caption(f"Question {ui.md(qid)} · {ui.md(q['kind'])}")
st.header(ui.md(q["statement"]), anchor=False)
st.markdown(f"Intervention: {ui.md(q['intervention'])} · outcome: {ui.md(q['outcome'])}")
applied = data.applied()
ui.verdict_heading(q["verdict"], q["certainty"], q["n_studies"], q["n_participants"], False,
                   reviewed=bool((applied["question_id"] == qid).any()), n_in_reviews=q.get("n_participants_reviews"))
st.markdown("**Summary of findings**")
ui.sof_row(q)
if isinstance(q["rationale"], str) and q["rationale"]:
    with st.expander("The full rationale"):
        st.markdown(ui.md(q["rationale"]))
ui.source_banner(status)

mine = claims[claims["question_id"] == qid]
st.subheader(f"Claims resting on this question ({len(mine)})", anchor=False)
st.markdown(ui.score_line(mine))
ui.claims_table(mine, "question_claims", ["url", "badge", "overstated", "side_text", "claim", "quote",
                                          "article_title", "strength"])
st.subheader("Reviewer decisions", anchor=False)
reviewing.decisions_table(reviewing.decisions_for(None, qid), f"question_{qid}")

st.subheader("How the evidence was found", anchor=False)
ui.search_flow(qid, q)
st.subheader("The studies", anchor=False)
ui.evidence_section(qid, key="question_evidence")
