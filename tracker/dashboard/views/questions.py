"""Questions: each testable question, the claims across articles that rest on it, and its evidence."""

from __future__ import annotations

import streamlit as st

from tracker.dashboard import data, ui

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
    event = st.dataframe(
        qs[cols], hide_index=True, key="questions_table", on_select="rerun", selection_mode="single-row",
        column_config={
            "url": st.column_config.LinkColumn("ID", display_text=r"question=(.*)$", width="medium"),
            "statement": st.column_config.TextColumn("Question", width="large"),
            "badge": st.column_config.TextColumn("Verdict for the question"),
            "certainty": st.column_config.TextColumn("Certainty"),
            "n_studies": st.column_config.NumberColumn("Studies", format="%d"),
            "n_participants": st.column_config.NumberColumn("Participants", format="%d"),
            "n_claims": st.column_config.NumberColumn("Claims", format="%d"),
            "kind": st.column_config.TextColumn("Kind"),
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
ui.verdict_heading(q["verdict"], q["certainty"], q["n_studies"], q["n_participants"], False)
if isinstance(q["rationale"], str) and q["rationale"]:
    st.markdown(f"**Why:** {ui.md(q['rationale'])}")
downgrades = data.json_list(q["downgrades"])
if downgrades:
    st.markdown("**Why the certainty is not higher:**\n" + "\n".join(f"- {ui.md(d)}" for d in downgrades))
ui.source_banner(status)

mine = claims[claims["question_id"] == qid]
st.subheader(f"Claims resting on this question ({len(mine)})", anchor=False)
st.markdown(ui.score_line(mine))
ui.claims_table(mine, "question_claims", ["url", "claim", "article_title", "badge", "strength", "overstated"])

st.subheader("How the evidence was found", anchor=False)
ui.search_flow(qid, q)
st.subheader("The studies", anchor=False)
ui.evidence_section(qid, key="question_evidence")
