"""One article: its full text with every claim highlighted in its verdict's colour and linked to
the claim, and a score line."""

from __future__ import annotations

import streamlit as st

from tracker.dashboard import data, reviewing, ui
from tracker.dashboard.highlight import Span, claim_href, highlight_html, shown_style, valid_spans

status = ui.require_results()
arts = data.articles()
claims = data.claims()
name = st.query_params.get("article")

if not name or name not in set(arts["name"]):
    st.title("Article")
    if name:
        st.warning(f"There is no article named {ui.md(name)} in this store that you can see. "
                   + ui.PRIVATE_NOTE)
    else:
        st.markdown("An article's page shows its full text with every claim highlighted in its verdict's colour; "
                    "click a highlighted passage for the evidence. Choose an article below.")
    titles = dict(zip(arts["name"], arts["title"]))
    choice = st.selectbox("Choose an article", list(titles), index=None, key="pick_article",
                          format_func=lambda n: f"{titles[n][:90]} ({n})", placeholder="Type to search articles")
    if choice:
        st.query_params["article"] = choice
        st.rerun()
    st.stop()

art = data.article(name)
assert art is not None, f"{name} is listed among the visible articles, so it is not hidden"
mine = claims[claims["article"] == name]
st.page_link(ui.OVERVIEW, label="All claims", icon=":material/arrow_back:")
st.header(ui.md(art.title), anchor=False)
st.caption(f"{ui.md(art.name)} · {ui.md(art.format)} · {len(art.text):,} characters")
st.markdown(ui.score_line(mine) if not mine.empty else "No claims recorded for this article.")
ui.source_banner(status)
ui.verdict_legend()
# an audited article's claim IDs share a long prefix ("auto-pasted-5014209a26.txt-"): the tags and the
# table show the claim's number, so the tags do not wrap across lines and the claims stay in view
prefix = ui.id_prefix(mine["claim_id"]) or ""
st.caption("Each highlighted passage is a claim: click it (or its tag) to see the evidence."
           + (f" The tags number the claims; their full IDs start with `{prefix}`." if prefix else ""))

# Coloured as shown everywhere: a claim the evidence goes against is never green.
spans = [Span(int(r.start), int(r.end), r.claim_id,
              shown_style(r.verdict if isinstance(r.verdict, str) else None, r.side).label
              if isinstance(r.verdict, str) else None, claim_href(r.claim_id))
         for r in mine.itertuples(index=False)]
good, bad = valid_spans(art.text, spans)
quotes = dict(zip(mine["claim_id"], mine["quote"]))
stale = [s for s in good if art.text[s.start:s.end] != quotes[s.claim_id]]
if bad or stale:
    st.warning(f"{len(bad) + len(stale)} claim(s) could not be placed exactly in the stored text "
               "(the article changed since they were recorded): "
               + ", ".join(ui.md(s.claim_id) for s in [*bad, *stale]))
st.html(highlight_html(art.text, [s for s in good if s not in stale], id_prefix=prefix))

st.subheader("Claims in this article", anchor=False)
ui.claims_table(mine, "article_claims", ["url", "badge", "overstated", "certainty", "side_text", "claim",
                                         "quote", "n_studies", "strength"], shorten_ids=True)

with st.expander("Add a claim the extractor missed", icon=":material/add_comment:"):
    reviewing.show_note()
    if reviewing.reviewer():
        reviewing.add_claim_form(name, art.text, data.questions())
    else:
        st.info("Type your name in **Reviewer** in the sidebar to add a claim.", icon=":material/badge:")
