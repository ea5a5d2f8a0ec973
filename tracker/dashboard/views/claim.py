"""One claim: the article's words beside the normalised claim, the verdict with four short
reasons, the question's Summary of Findings, how the evidence was found, every study behind it,
and the reviewer's decisions (with the machine's own reading beside each override)."""

from __future__ import annotations

import streamlit as st

from tracker.articles import paragraph_around
from tracker.dashboard import data, reviewing, ui
from tracker.dashboard.highlight import Span, highlight_html, shown_style
from tracker.text import answered_question

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
        dropped = reviewing.decisions_for(claim_id, None)
        dropped = dropped[(dropped["field"] == "drop") & dropped["active"].astype(bool)] if not dropped.empty else dropped
        if not dropped.empty:
            d = dropped.iloc[0]
            st.info(f"Claim {ui.md(claim_id)} was **dropped** by {ui.md(d['reviewer'])} on {ui.md(str(d['at'])[:10])}: "
                    f"{ui.md(d['reason'])}", icon=":material/delete:")
            reviewing.decisions_table(dropped, f"dropped_{claim_id}")
        else:
            st.warning(f"There is no claim with ID {ui.md(claim_id)} in this store that you can see. "
                       + ui.PRIVATE_NOTE)
    else:
        st.markdown("A claim's page shows what the article says, its verdict with the reasons in words, and the "
                    "studies behind it. Choose a claim below, or tick a row in the **Overview** table.")
    labels = dict(zip(claims["claim_id"], claims["claim"]))
    choice = st.selectbox("Choose a claim", list(labels), index=None, key="pick_claim",
                          format_func=lambda c: f"{c}: {labels[c][:90]}", placeholder="Type to search claims")
    if choice:
        st.query_params["claim"] = choice
        st.rerun()
    st.page_link(ui.OVERVIEW, label="Back to all claims", icon=":material/arrow_back:")
    st.stop()

c = rows.iloc[0]
qs = data.questions()
q = qs[qs["question_id"] == c["question_id"]].iloc[0]
ev = data.evidence(c["question_id"])
reviewed = c["claim_id"] in data.reviewed_claims(claims, data.applied())

st.page_link(ui.OVERVIEW, label="All claims", icon=":material/arrow_back:")
reviewing.show_note()
st.caption(f"Claim {ui.md(c['claim_id'])} · {ui.md(c['claim_type'])} claim, worded *{ui.md(c['strength'])}*"
           + (" · extracted automatically" if c["origin"] == "auto" else "")
           + (" · it states the opposite of the question tested" if c.get("stance") == "denies" else ""))
st.header(ui.md(c["claim"]), anchor=False)
art = data.article(c["article"])
# an elliptical answer ("Hardly at all with a 0.25 mm roller") says nothing without the question it answers
asked = answered_question(art.text, int(c["start"]), int(c["end"]), c["quote"]) if art is not None else None
st.markdown((f"**Asked** “{ui.md(asked)}”, **the article answers:**" if asked else "**The article says:**")
            + f" “{ui.md(c['quote'])}”")
ui.verdict_heading(c["verdict"], c["certainty"], c["n_studies"], c["n_participants"], bool(c["overstated"]),
                   side=c.get("side"), reviewed=reviewed, n_in_reviews=q.get("n_participants_reviews"))
live = reviewing.decisions_for(str(c["claim_id"]), str(c["question_id"]))
live = live[live["active"].astype(bool)] if not live.empty else live
for d in live.itertuples(index=False):  # each applied decision in words: what, who, when, why
    st.markdown(f":violet[:material/rate_review:] **Reviewed:** {ui.md(d.what)}, by **{ui.md(d.reviewer)}** on "
                f"{ui.md(str(d.at)[:10])}: {ui.md(d.reason)}")
counts = ui.claim_tally(c, q)
if counts:
    ui.tally(counts)
    if c["verdict"] in ("not supported", "contradicted") and int(counts.get("backs", 0) or 0) > int(
            counts.get("against", 0) or 0):
        # the chips read each study's direction; the verdict also weighs the claim's amount, time
        # frame, scope and completeness, which studies that find the effect can still fall short of
        st.caption("Most studies find the effect the claim names, but not as the article words it (its amount, "
                   "time frame, scope or completeness): see **Why**.")
advice = ADVICE.get(c["verdict"], "This claim has not been graded yet: run `tracker run` to audit it.")
if c.get("side") == "against" and c["verdict"] in ("supported", "partly supported"):
    advice = "The studies go against this claim as the article words it: do not print it."
placed = sum(int(counts.get(k, 0) or 0) for k in ("backs", "against")) if counts else 0
if c["verdict"] == "no evidence found" and placed:
    # studies were found and placed (the chips count them) but settle nothing (another outcome, too uncertain): saying
    # "the search found no relevant studies" under "1 goes against the claim" reads as a contradiction
    advice = ("Studies were found, but they do not settle this claim as the article words it (see **Why**): "
              "the claim is unchecked, not proven.")
st.markdown(f"**In short:** {advice}")
titles = dict(zip(ev["pmid"], ev["title"])) if not ev.empty else {}
st.markdown("**Why**\n" + "\n".join(f"- {b}" for b in ui.why_bullets(c, q, counts, titles)))
cited = [p for p in data.json_list(c["cited_pmids"]) if str(p).isdigit()]  # digits only: safe in a link
if cited:
    st.markdown("**Studies cited**\n" + "\n".join(
        f"- [PMID {p}](https://pubmed.ncbi.nlm.nih.gov/{p}/) · "
        f"{ui.md(t if isinstance(t := titles.get(p), str) and t.strip() else '– (no title in the record)')}"
        for p in cited))
with st.expander("The full rationale"):
    if isinstance(c["rationale"], str) and c["rationale"]:
        st.markdown(ui.md(c["rationale"]))
    if isinstance(q["rationale"], str) and q["rationale"] and q["rationale"] != c["rationale"]:
        st.markdown(f"**For the question as a whole:** {ui.md(q['rationale'])}")
ui.source_banner(status)

# The quote where the reader meets it.
st.subheader("In the article", anchor=False)
if art is None:
    st.warning("The article text is not in the store.")
else:
    # coloured as the verdict box above shows it: a claim the evidence goes against is never green
    shown = shown_style(c["verdict"] if isinstance(c["verdict"], str) else None, c.get("side"))
    st.markdown(f"From **{ui.md(art.title)}** ({ui.md(art.name)})")
    if art.text[c["start"]:c["end"]] != c["quote"]:
        st.warning("The stored article text no longer matches this claim's offsets; showing the quote alone.")
        st.html(highlight_html(c["quote"], [Span(0, len(c["quote"]), c["claim_id"], shown.label)], tags=False))
    else:
        p0, p1 = paragraph_around(art.text, int(c["start"]), int(c["end"]))
        if asked:  # the answer with the question it answers, often a paragraph of its own just before
            mark = art.text.rfind("?", 0, int(c["start"]))
            p0 = min(p0, paragraph_around(art.text, mark, mark + 1)[0])
        span = Span(int(c["start"]) - p0, int(c["end"]) - p0, c["claim_id"], shown.label)
        edge = shown.edge
        st.html(f'<blockquote style="border-left:4px solid {edge};'
                f'margin:0;padding:0.3em 1em">{highlight_html(art.text[p0:p1], [span], tags=False)}</blockquote>')
    st.page_link(ui.ARTICLE, label="Read the whole article with every claim highlighted",
                 icon=":material/article:", query_params={"article": c["article"]})

# The question the claim was tested as.
st.subheader("The question tested", anchor=False)
st.markdown(f"**{ui.md(q['statement'])}**  \nIntervention: {ui.md(q['intervention'])} · "
            f"outcome: {ui.md(q['outcome'])} · kind: {ui.md(q['kind'])}")
st.markdown("**Summary of findings**")
ui.sof_row(q)
others = claims[(claims["question_id"] == c["question_id"]) & (claims["claim_id"] != c["claim_id"])]
if not others.empty:
    with st.expander(f"Other claims tested by this question ({len(others)})"):
        # Keyed by claim: the next claim's page must not inherit this selection (it would bounce back).
        ui.claims_table(others, f"same_question_{c['claim_id']}",
                        ["url", "badge", "claim", "quote", "article_title", "strength"])
st.page_link(ui.QUESTIONS, label="Open the question", icon=":material/help:",
             query_params={"question": c["question_id"]})

st.subheader("Review", anchor=False)
st.caption("Correct the machine: every decision is signed, dated and reasoned, regrades at once, and is kept "
           "by later runs. The machine's own reading stays listed beside yours.")
reviewing.review_section(c, qs, ev)

st.subheader("How the evidence was found", anchor=False)
ui.search_flow(c["question_id"], q)

st.subheader("The studies", anchor=False)
ui.evidence_section(c["question_id"], cited=cited, key="claim_evidence", claim=c, kind=q["kind"], tally=counts)
