"""One claim: the quote in its paragraph, the verdict in plain words, how the evidence was found,
and every study behind it with its PubMed link."""

from __future__ import annotations

import streamlit as st

from tracker.articles import paragraph_around
from tracker.dashboard import data, ui
from tracker.dashboard.highlight import Span, highlight_html, verdict_style

ADVICE = {
    "supported": "The studies found back this claim as the article words it.",
    "partly supported": "Only part of this claim is backed: print a narrower or more cautious version.",
    "not supported": "The studies found do not back this claim: do not print it as a fact.",
    "contradicted": "The studies found point the other way: the claim is likely wrong.",
    "no evidence found": "The search found no relevant studies: the claim is unchecked, not proven.",
}

status = ui.require_results()
claims = data.claims()
claim_id = st.query_params.get("claim")
rows = claims[claims["claim_id"] == claim_id] if claim_id else claims.iloc[0:0]

if rows.empty:
    st.title("Claim")
    if claim_id:
        st.warning(f"There is no claim with ID {ui.md(claim_id)} in this store.")
    labels = dict(zip(claims["claim_id"], claims["claim"]))
    choice = st.selectbox("Choose a claim", list(labels), index=None, key="pick_claim",
                          format_func=lambda c: f"{c}: {labels[c][:90]}", placeholder="Type to search claims")
    if choice:
        st.query_params["claim"] = choice
        st.rerun()
    st.page_link(ui.OVERVIEW, label="Back to all claims", icon=":material/arrow_back:")
    st.stop()

c = rows.iloc[0]
st.page_link(ui.OVERVIEW, label="All claims", icon=":material/arrow_back:")
st.caption(f"Claim {ui.md(c['claim_id'])} · {ui.md(c['claim_type'])} claim, worded *{ui.md(c['strength'])}*"
           + (" · extracted automatically" if c["origin"] == "auto" else "")
           + (" · it states the opposite of the question tested" if c.get("stance") == "denies" else ""))
st.header(ui.md(c["claim"]), anchor=False)
ui.verdict_heading(c["verdict"], c["certainty"], c["n_studies"], c["n_participants"], bool(c["overstated"]))
advice = ADVICE.get(c["verdict"], "This claim has not been graded yet: run `tracker run` to audit it.")
st.markdown(f"**In short:** {advice}")
if isinstance(c["rationale"], str) and c["rationale"]:
    st.markdown(f"**Why:** {ui.md(c['rationale'])}")
cited = [p for p in data.json_list(c["cited_pmids"]) if str(p).isdigit()]  # digits only: safe in a link
if cited:
    st.markdown("**Studies cited:** " + " · ".join(
        f"[PMID {p}](https://pubmed.ncbi.nlm.nih.gov/{p}/)" for p in cited))
ui.source_banner(status)

# The quote where the reader meets it.
st.subheader("In the article", anchor=False)
art = data.article(c["article"])
if art is None:
    st.warning("The article text is not in the store.")
else:
    st.markdown(f"From **{ui.md(art.title)}** ({ui.md(art.name)})")
    if art.text[c["start"]:c["end"]] != c["quote"]:
        st.warning("The stored article text no longer matches this claim's offsets; showing the quote alone.")
        st.html(highlight_html(c["quote"], [Span(0, len(c["quote"]), c["claim_id"], c["verdict"])], tags=False))
    else:
        p0, p1 = paragraph_around(art.text, int(c["start"]), int(c["end"]))
        span = Span(int(c["start"]) - p0, int(c["end"]) - p0, c["claim_id"], c["verdict"])
        st.html(f'<blockquote style="border-left:4px solid {verdict_style(c["verdict"]).colour};'
                f'margin:0;padding:0.3em 1em">{highlight_html(art.text[p0:p1], [span], tags=False)}</blockquote>')
    st.page_link(ui.ARTICLE, label="Read the whole article with every claim highlighted",
                 icon=":material/article:", query_params={"article": c["article"]})

# The question the claim was tested as.
st.subheader("The question tested", anchor=False)
qs = data.questions()
q = qs[qs["question_id"] == c["question_id"]].iloc[0]
st.markdown(f"**{ui.md(q['statement'])}**  \nIntervention: {ui.md(q['intervention'])} · "
            f"outcome: {ui.md(q['outcome'])} · kind: {ui.md(q['kind'])}")
if isinstance(q["rationale"], str) and q["rationale"]:
    st.markdown(f"**The evidence for the question:** {ui.md(q['rationale'])}")
downgrades = data.json_list(q["downgrades"])
if downgrades:
    st.markdown("**Why the certainty is not higher:**\n" + "\n".join(f"- {ui.md(d)}" for d in downgrades))
others = claims[(claims["question_id"] == c["question_id"]) & (claims["claim_id"] != c["claim_id"])]
if not others.empty:
    with st.expander(f"Other claims tested by this question ({len(others)})"):
        # Keyed by claim: the next claim's page must not inherit this selection (it would bounce back).
        ui.claims_table(others, f"same_question_{c['claim_id']}",
                        ["url", "claim", "article_title", "badge", "strength"])
st.page_link(ui.QUESTIONS, label="Open the question", icon=":material/help:",
             query_params={"question": c["question_id"]})

st.subheader("How the evidence was found", anchor=False)
ui.search_flow(c["question_id"], q)

st.subheader("The studies", anchor=False)
ui.evidence_section(c["question_id"], cited=cited, key="claim_evidence")
