"""Streamlit pieces several pages share: the empty-store message, the source line, the legend,
claim tables that open a claim, the search provenance and the evidence table and charts.

Stored text is data: it reaches the page through `md_escape` (Markdown), `st.code`/dataframes
(plain text) or `highlight_html` (escaped HTML), never as raw Markdown or HTML.
"""

from __future__ import annotations

import os
import re
from urllib.parse import quote as url_quote

import altair as alt
import pandas as pd
import streamlit as st

from tracker.export import bias_line, effect_line

from . import data
from .highlight import (
    CERTAINTY_SYMBOLS,
    DIRECTION_COLOURS,
    NOT_GRADED,
    SIDE_STYLES,
    VERDICT_STYLES,
    legend_html,
    md_escape,
    reviewed_badge_html,
    shown_style,
    tally_html,
    verdict_banner_html,
    verdict_style,
)

# Said where an ID from a link is not found: another browser's audit is private until published (#19), and
# saying whether it exists would leak it, so the note is the same for an unknown ID.
PRIVATE_NOTE = ("An audit made in another browser stays private to it until its author publishes it: ask them "
                "to click **Publish to everyone**, or open the link in the browser that made the audit.")

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
    "url": st.column_config.LinkColumn("ID", display_text=r"claim=(.*)$", width="small", pinned=True,
                                       help="Opens the claim in a new tab"),
    "claim": st.column_config.TextColumn("Claim (normalised)", width=330,
                                         help="The claim restated as one testable sentence: what was graded"),
    "quote": st.column_config.TextColumn("The article says", width=300,
                                         help="The article's own words; a short answer is shown after the "
                                              "question it answers (“Is it painful?” → Not at all)"),
    "article_title": st.column_config.TextColumn("Article", width="medium", help="The article the claim is from"),
    "badge": st.column_config.TextColumn("Verdict", width=130, pinned=True,
                                         help="The claim as the article words it against the studies found "
                                              "(the legend under “What the verdicts mean” explains each)"),
    "certainty": st.column_config.TextColumn("Certainty", width=125,
                                             help="How far the studies can be trusted (GRADE): High, Moderate, "
                                                  "Low, Very low"),
    "n_studies": st.column_config.TextColumn("Studies", width=65,
                                             help="Studies counted in the grade (included, with a readable result)"),
    "n_participants": st.column_config.TextColumn("Participants", width=90,
                                                  help="People in the primary studies counted (– when unknown)"),
    "overstated": st.column_config.CheckboxColumn("Overstated", width=85, pinned=True,
                                                  help="The article words the claim more strongly than the "
                                                       "evidence allows"),
    "reviewed": st.column_config.CheckboxColumn("Reviewed", width=80, help="A reviewer confirmed or changed "
                                                "this claim or a study behind it"),
    "side_text": st.column_config.TextColumn("Evidence vs claim", width=110,
                                             help="Where the studies sit relative to the claim as worded"),
    "claim_type": st.column_config.TextColumn("Type", width=90,
                                              help="What the claim is about: efficacy, mechanism, safety, "
                                                   "quantitative, comparative or procedural"),
    "strength": st.column_config.TextColumn("Wording", width=80,
                                            help="How strongly the article words it: hedged, plain, strong or "
                                                 "absolute"),
    "question_id": st.column_config.TextColumn("Question", width="medium",
                                               help="The testable question whose PubMed search graded the claim"),
    "why": st.column_config.TextColumn("Why", width=360,
                                       help="The reason for the verdict in words; open the claim for the studies"),
}
SIDE_TEXT = {"backs": "backs it", "against": "goes against it", "unclear": "unclear"}
STYLE_MAX_ROWS = 2000  # verdict cells are coloured up to this many rows (pandas Styler is slow)
ROW_HEIGHT = 72  # above 4rem Streamlit wraps cell text: long text shows on three lines, not cut at one


def id_width(ids) -> int:
    """Pixels for an ID column that shows its longest ID whole (a cut ID cannot be told apart
    from its neighbours: 'mn-hair-growth-mechanism' vs 'mn-hair-growth-mechan…')."""
    longest = max((len(str(i)) for i in ids), default=0)
    return max(80, min(320, int(20 + 7.5 * longest)))


def dash(value) -> str:
    """A count for a table cell: "–" when unknown (never "None" or "nan")."""
    if value is None or pd.isna(value):
        return "–"
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return str(value)


def _badge_css(verdict, side) -> str:
    style = shown_style(verdict if isinstance(verdict, str) else None, side if isinstance(side, str) else None)
    return f"background-color:{style.colour};color:#1a1a1a;font-weight:600"


def claims_display(df: pd.DataFrame, columns: list[str]):
    """The claim rows for a table: unknown counts as "–", verdict cells in their colour (a Styler)."""
    shown = df.reset_index(drop=True).copy()
    for col in ("n_studies", "n_participants"):
        if col in shown:
            shown[col] = [dash(v) for v in shown[col]]
    if "quote" in columns and "quote_shown" in shown:  # an elliptical answer with the question it answers
        shown["quote"] = shown["quote_shown"]
    if "reviewed" in columns and "reviewed" not in shown:
        shown["reviewed"] = False
    if "side_text" in columns:
        shown["side_text"] = [SIDE_TEXT.get(x, "–") if isinstance(x, str) else "–"
                              for x in (shown["side"] if "side" in shown else [None] * len(shown))]
    if "badge" in shown and "side" in shown:  # the label follows the colour: never green when against
        shown["badge"] = [shown_style(v if isinstance(v, str) else None, x if isinstance(x, str) else None).label
                          if isinstance(v, str) and x == "against" else b
                          for v, x, b in zip(shown["verdict"], shown["side"], shown["badge"])]
    verdicts = list(shown["verdict"]) if "verdict" in shown else [None] * len(shown)
    sides = list(shown["side"]) if "side" in shown else [None] * len(shown)
    out = shown[columns]
    if "badge" not in columns or len(out) > STYLE_MAX_ROWS:
        return out  # colouring every cell of a huge table costs more than it helps; filters narrow it
    css = [_badge_css(v, x) for v, x in zip(verdicts, sides)]
    return out.style.apply(lambda col: css if col.name == "badge" else [""] * len(col), axis=0)


# verdict.reasons_of's fall-back notes: said of a claim no study addressed they read as if studies
# had been weighed, so the "Why" of a "no evidence found" verdict leaves them out
_GENERIC_NOTES = ("the evidence does not back the claim", "the evidence backs the claim")


def reason_in_words(verdict, reasons) -> str:
    """The verdict's reason as one line a newcomer reads: the verdict bullet of the stored reasons
    without its "Verdict: ...:" label. A claim no study addressed says that first, since the
    absence of studies, not a weighing of them, is why it is unchecked. "–" when there is none."""
    items = [r for r in (reasons if isinstance(reasons, (list, tuple)) else data.json_list(reasons))
             if isinstance(r, str)]
    if len(items) < 4:
        return "–"
    note = re.sub(r"^Verdict:\s*[^:]+:\s*", "", " ".join(items[3].split()))
    if verdict != "no evidence found" and not re.search(r"\b(?:stud(?:y|ies)|records?|trials?|PMID|reviews?)\b", note):
        # a note about the wording only ("worded as plain but certainty is Very low") does not say why:
        # the count of studies for and against does
        note = f"{' '.join(items[1].split())}; {note}" if note else " ".join(items[1].split())
    if verdict == "no evidence found":
        found = " ".join(items[1].split())
        note = re.sub(r"^(?:" + "|".join(map(re.escape, _GENERIC_NOTES)) + r")\b\s*", "", note)
        note = f"{found}; {note}" if note and not note.startswith("(") else f"{found} {note}".strip()
    return note or "–"


def id_prefix(ids) -> str | None:
    """The long prefix one audited article's claim IDs share ("auto-pasted-5014209a26.txt-"), cut at a
    separator; None for fewer than two IDs or IDs that are short already ("c003-09")."""
    ids = [str(i) for i in ids]
    if len(ids) < 2:
        return None
    prefix = os.path.commonprefix(ids)
    prefix = prefix[:prefix.rfind("-") + 1]  # cut at a separator: "c003-0" must not leave "9"
    if len(prefix) < 12 or any(i == prefix for i in ids):
        return None
    return prefix


def short_ids(ids) -> tuple[str, int] | None:
    """For claims of one audited article ("auto-pasted-5014209a26.txt-01", "...-02"): the link
    column's display pattern showing what tells them apart ("01") and its width, so the long shared
    prefix does not push the verdict's reasons off the screen. None when the IDs share no long prefix."""
    ids = [str(i) for i in ids]
    prefix = id_prefix(ids)
    if prefix is None:
        return None
    # quoted, the prefix holds only letters, digits and "_.-~%": "." is the one regex metacharacter
    # (re.escape's "\-" is invalid in the browser's unicode-mode RegExp)
    return (r"claim=" + url_quote(prefix, safe="").replace(".", r"\.") + r"(.*)$",
            id_width([i[len(prefix):] for i in ids]))


def claims_table(df: pd.DataFrame, key: str, columns: list[str], shorten_ids: bool = False) -> None:
    """A table of claims; selecting a row opens that claim's page. `shorten_ids`: the claims share
    one article's long ID prefix, shown once around the table rather than on every row."""
    config = {c: CLAIM_COLUMNS[c] for c in columns if c in CLAIM_COLUMNS}
    if "url" in config and "claim_id" in df:  # extracted claims' IDs are long: a cut one reads like its neighbours
        config["url"] = {**config["url"], "width": id_width(df["claim_id"])}
        short = short_ids(df["claim_id"]) if shorten_ids else None
        if short is not None:
            config["url"] = st.column_config.LinkColumn(
                "No.", display_text=short[0], width=short[1], pinned=True,
                help="The claim's number in this article; opens the claim in a new tab")
    event = st.dataframe(claims_display(df, columns), key=key, hide_index=True, on_select="rerun",
                         selection_mode="single-row", row_height=ROW_HEIGHT,
                         height=min(40 + ROW_HEIGHT * max(len(df), 1), 40 + ROW_HEIGHT * 12),
                         column_config=config)
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
             ("Counted in the grade", n_studies, "relevant records with a readable result, counted in the "
                                                  "grade (the table below also lists included records whose "
                                                  "result could not be read)")]
    cols = st.columns([4, 1, 4, 1, 4, 1, 4])
    for i, (label, value, help_) in enumerate(steps):
        cols[2 * i].metric(label, "–" if value is None else f"{value:,}", help=help_, border=True)
        if i < len(steps) - 1:
            with cols[2 * i + 1]:
                st.html('<div style="font-size:1.8em;text-align:center;padding-top:0.9em">→</div>')


EVIDENCE_COLUMNS = {
    "pubmed": st.column_config.LinkColumn("PMID", display_text=r"https://pubmed\.ncbi\.nlm\.nih\.gov/(\d+)/",
                                          help="Opens the record on PubMed", pinned=True, width=80),
    "cited": st.column_config.CheckboxColumn("Cited", help="Cited in this claim's verdict"),
    "year": st.column_config.TextColumn("Year", width=55),
    "design": st.column_config.TextColumn("Design"),
    "n_participants": st.column_config.TextColumn("n", width=60, help="Human participants (– when the "
                                                  "record does not say)"),
    "review": st.column_config.TextColumn("Reviewed", width="large", help="A reviewer's decision: the "
                                          "machine's reading, then the reviewer's, who and why"),
    "direction": st.column_config.TextColumn("Direction", help="What the study found for the question: "
                                             "supports, no effect, contradicts, mixed or unclear"),
    "for_claim": st.column_config.TextColumn("For this claim", width=110,
                                             help="Where the study sits relative to the claim as the article "
                                                  "words it (a claim that denies the question flips "
                                                  "'supports')"),
    "confidence": st.column_config.TextColumn("Confidence", width=90,
                                              help="How sure the direction model is of the direction read "
                                                   "(low: counted as unclear in the grade)"),
    "effect": st.column_config.TextColumn("Effect (key result)", width="medium",
                                          help="The record's key result for the question's outcome: value, "
                                               "comparator, difference or ratio, CI, p, time point"),
    "risk_of_bias": st.column_config.TextColumn("Risk of bias", width="medium",
                                                help="Randomisation, blinding or sham, size, funding when "
                                                     "stated, whether the text is complete"),
    "deciding_sentence": st.column_config.TextColumn("Deciding sentence", width="large"),
    "title": st.column_config.TextColumn("Title", width="large"),
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


def counted_line(ev: pd.DataFrame) -> str:
    """'N records read · N included · N counted in the grade (why the rest are not)'. Counted as
    grading counts (not a narrative review, which is context (G1b), and a readable result), so it
    matches the "Counted in the grade" figure above it and the Summary of Findings' footnote."""
    from tracker.grading import CONTEXT

    included = ev[ev["included"]]
    context = included["design"].isin(CONTEXT)
    unreadable = ~context & (included["direction"] == "unclear")
    counted = len(included) - int(context.sum()) - int(unreadable.sum())
    why = []
    if int(context.sum()):
        n = int(context.sum())
        why.append(f"{n} narrative review{'s are' if n != 1 else ' is'} context, not counted")
    if int(unreadable.sum()):
        why.append(f"{int(unreadable.sum())} report no readable result")
    return (f"**{len(ev)} records read · {len(included)} included in the appraisal · {counted} counted in the "
            f"grade**" + (f" (of the other included records, {'; '.join(why)})" if why else ""))


def _one_line(describe, value) -> str:
    """A stored JSON column (effect, risk of bias) as the one line the exports print, "–" if none."""
    from tracker.export import _json_obj

    try:
        line = describe(_json_obj(value))
    except (TypeError, ValueError):  # a row written by older code: show nothing rather than fail
        line = None
    return line or "–"


def _confidence(value) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return "–"
    return "–" if v != v else f"{v:.0%}"


def claim_sides(directions, stance, kind, tally: dict) -> list[str] | None:
    """Each included record's side relative to the claim (`verdict.study_side`: a claim that denies
    its question flips "supports"), or None when these do not add up to the claim's stored tally
    (a verdict that re-read the records, for how serious a harm is, say): then only the question's
    direction can be shown."""
    from tracker.verdict import study_side

    if not isinstance(stance, str) or not isinstance(kind, str) or not tally:
        return None
    sides = [study_side(str(d), stance, kind) for d in directions]
    wanted = {k: int(tally.get(k, 0) or 0) for k in ("backs", "against", "unclear")}
    return sides if {k: sides.count(k) for k in wanted} == wanted else None


def side_coloured(table: pd.DataFrame, sides: list[str] | None):
    """The studies table with each "For this claim" cell in its side's colours, as the chips above and the
    charts below show it (green backs the claim, red goes against it, grey unclear); as it is without sides."""
    if sides is None or "for_claim" not in table or len(table) > STYLE_MAX_ROWS:
        return table
    css = [f"background-color:{SIDE_STYLES[x][2]};color:{SIDE_STYLES[x][1]};font-weight:600" for x in sides]
    return table.style.apply(lambda col: css if col.name == "for_claim" else [""] * len(col), axis=0)


def evidence_section(question_id: str, cited: list[str] | None = None, key: str = "evidence",
                     claim: pd.Series | None = None, kind: str | None = None, tally: dict | None = None) -> None:
    """The records behind a question's grade: table with PubMed links, then charts. On a claim's
    page (`claim`, the question's `kind`, the claim's `tally`) each record is also placed relative to
    the claim, and the charts are coloured by that: green means backs this claim, never merely
    "supports the question" (for a claim that denies its question the two are opposite)."""
    ev = data.evidence(question_id)
    if ev.empty:
        st.info("No records were appraised for this question.")
        return
    ev = ev.copy()
    ev["cited"] = ev["pmid"].isin(set(cited or []))
    ev["n_participants"] = [dash(v) for v in ev["n_participants"]]
    ev["year_num"] = ev["year"]  # the charts plot numbers; the table shows "–" for unknown
    ev["year"] = [dash(v).replace(",", "") for v in ev["year"]]
    ev["title"] = [t if isinstance(t, str) and t.strip() else "– (no title in the record)" for t in ev["title"]]
    ev["effect"] = [_one_line(effect_line, v) for v in ev.get("effect", pd.Series([None] * len(ev)))]
    ev["risk_of_bias"] = [_one_line(bias_line, v) for v in ev.get("risk_of_bias", pd.Series([None] * len(ev)))]
    ev["confidence"] = [_confidence(v) for v in ev.get("direction_confidence", pd.Series([None] * len(ev)))]
    for col in ("deciding_sentence", "indirectness", "notes", "exclusion_reason", "figures"):
        ev[col] = [v if isinstance(v, str) and v.strip() else "–" for v in ev[col]]
    applied = data.applied()
    mine = applied[(applied["question_id"] == question_id) & applied["pmid"].notna()]
    ev["review"] = ""
    for r in mine.itertuples(index=False):
        hit = ev["pmid"] == r.pmid
        note = (f"{r.field}: machine {r.machine} → {r.reviewed} ({r.reviewer}: {r.reason})"
                + (" [record changed since]" if r.stale else ""))
        ev.loc[hit, "review"] = [f"{x}; {note}" if x else note for x in ev.loc[hit, "review"]]
    if (ev["text_kind"] == "synopsis").any():
        st.info("The text read for these records is a **synopsis written for this project** "
                "(embedded snapshot), not the published abstract. Deciding sentences quote the synopsis; "
                "follow the PMID link to read the abstract on PubMed.", icon=":material/edit_note:")
    if (~ev["text_complete"].astype(bool)).any():
        st.caption("Some records' text is incomplete: their appraisal may miss details.")
    included = ev[ev["included"]].copy()
    cols = ["pubmed", "title", "year", "design", "n_participants", "direction", "confidence", "effect",
            "risk_of_bias", "deciding_sentence", "population", "indirectness", "figures", "notes", "text_kind"]
    sides = None
    if claim is not None:
        sides = claim_sides(included["direction"], claim.get("stance"), kind, tally or {})
        if sides is not None:
            included["for_claim"] = [SIDE_TEXT[x] for x in sides]
            cols.insert(1, "for_claim")
    if cited is not None:
        cols.insert(1, "cited")
    if (ev["review"] != "").any():
        cols.insert(1, "review")
    st.markdown(counted_line(ev))
    if claim is not None and sides is None and not included.empty:
        st.caption("**Direction** is what each study found for the question, not for this claim as the article "
                   "words it: the chips above place the studies relative to the claim.")
    if not included.empty:
        st.dataframe(side_coloured(included[cols], sides), hide_index=True, key=f"{key}_included",
                     row_height=ROW_HEIGHT, column_config={c: EVIDENCE_COLUMNS[c] for c in cols})
        evidence_charts(included, key, sides, question_only=claim is not None)
    excluded = ev[~ev["included"]]
    if not excluded.empty:
        with st.expander(f"Records read but not counted ({len(excluded)})"):
            cols = ["pubmed", "title", "year", "relevance", "exclusion_reason", "design"]
            if (excluded["review"] != "").any():
                cols.insert(1, "review")
            st.dataframe(excluded[cols], hide_index=True, key=f"{key}_excluded",
                         column_config={c: EVIDENCE_COLUMNS[c] for c in cols})


def _direction_scale() -> alt.Scale:
    return alt.Scale(domain=list(DIRECTION_COLOURS), range=list(DIRECTION_COLOURS.values()))


# On a claim's page where the records cannot be placed relative to the claim, the question's
# directions get colours without a verdict's meaning: green there would read "backs this claim".
_NEUTRAL_DIRECTION_COLOURS = {"supports": "#4a7fc1", "no effect": "#8c8c8c", "contradicts": "#7b4fb0",
                              "mixed": "#b9a0d6", "unclear": "#c8c8c8"}


def _neutral_scale() -> alt.Scale:
    return alt.Scale(domain=list(_NEUTRAL_DIRECTION_COLOURS), range=list(_NEUTRAL_DIRECTION_COLOURS.values()))


def _side_scale() -> alt.Scale:
    return alt.Scale(domain=[SIDE_STYLES[k][0] for k in SIDE_STYLES], range=[SIDE_STYLES[k][1] for k in SIDE_STYLES])


def evidence_charts(included: pd.DataFrame, key: str, sides: list[str] | None = None,
                    question_only: bool = False) -> None:
    """Designs by direction, and the studies over time (only fixed vocabularies and years plotted).
    With `sides` (each record relative to a claim) the colours say backs / goes against the claim;
    `question_only`: on a claim's page without them, the legend says the finding is the question's."""
    plot = included[["design", "direction", "year_num"]].rename(columns={"year_num": "year"}).copy()
    if sides is not None:
        plot["direction"] = [SIDE_STYLES[x][0] for x in sides]
    scale, legend = ((_side_scale(), "For this claim") if sides is not None else
                     (_neutral_scale(), "Finding for the question") if question_only else
                     (_direction_scale(), "Finding"))
    left, right = st.columns(2)
    designs = (alt.Chart(plot, title="Study designs, by what they found")
               .mark_bar()
               .encode(y=alt.Y("design:N", title=None, sort="-x"),
                       x=alt.X("count():Q", title="studies", axis=alt.Axis(tickMinStep=1, format="d")),
                       color=alt.Color("direction:N", scale=scale, title=legend),
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
                        color=alt.Color("direction:N", scale=scale, title=legend),
                        tooltip=["year", "direction", "count()"])
                .properties(height=240))
    right.altair_chart(timeline, width="stretch", key=f"{key}_timeline")


def verdict_heading(verdict: str | None, certainty: str | None, n_studies, n_participants,
                    overstated: bool, side: str | None = None, reviewed: bool = False,
                    n_in_reviews=None) -> None:
    """The verdict box at the top of a claim or question page. `n_in_reviews`: participants the
    counted reviews pooled (not added to the primary studies' count, as in the Summary of Findings)."""
    def count(value, one: str, many: str) -> str:
        if value is None or pd.isna(value):
            return f"– {many}"
        return f"{int(value):,} {one if int(value) == 1 else many}"
    people = count(n_participants, "participant", "participants")
    if n_in_reviews is not None and not pd.isna(n_in_reviews) and int(n_in_reviews) > 0:
        # "0 participants" beside a counted meta-analysis read as "nobody was studied"
        people += f" in primary studies (reviews pooled {int(n_in_reviews):,})"
    st.html(verdict_banner_html(verdict, certainty, [count(n_studies, "study counted", "studies counted"), people],
                                side=side)
            + (reviewed_badge_html("reviewed: a reviewer's decision is applied") if reviewed else ""))
    if overstated:
        st.warning("**Overstated:** the article words this claim more strongly than the evidence allows.",
                   icon=":material/warning:")


def tally(counts: dict) -> None:
    """scite-style: studies that back the claim, go against it, or are unclear."""
    st.html(tally_html(counts))


def claim_tally(c: pd.Series, q: pd.Series | None) -> dict:
    """The claim's tally: engineer A's `tally` when the store has one, else the question's
    directions read through the claim's stance (a claim that denies the question flips them)."""
    t = c.get("tally_d") if isinstance(c.get("tally_d"), dict) else {}
    if t and any(int(t.get(k, 0) or 0) for k in ("backs", "against", "unclear")):
        return t
    if q is None or pd.isna(q.get("n_supports")):
        return {}
    sup, con = int(q["n_supports"]), int(q["n_contradicts"])
    other = int(q["n_no_effect"]) + int(q["n_mixed"]) + int(q["n_unclear"])
    if c.get("stance") == "denies":
        sup, con = con, sup
    return {"backs": sup, "against": con, "unclear": other}


def _first_sentence(text: str, limit: int = 220) -> str:
    text = " ".join(str(text).split())
    cut = text.find(". ")
    text = text[:cut + 1] if 0 < cut < limit else text
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def why_bullets(c: pd.Series, q: pd.Series | None, counts: dict, titles: dict[str, str]) -> list[str]:
    """Four short bullets: what the article says -> what the studies found -> how certain -> verdict.
    Engineer A's `reasons` when stored; else built from the stored grade. Markdown-safe."""
    stored = [r for r in (c.get("reasons_l") or []) if isinstance(r, str) and r.strip()]
    if len(stored) == 4:
        return [md(r) for r in stored]
    says = f"**The article says:** “{md(c['quote'])}”"
    if counts:
        found = (f"**The studies found:** {counts.get('backs', 0)} back the claim, {counts.get('against', 0)} go "
                 f"against it, {counts.get('unclear', 0)} unclear or no difference")
    else:
        found = "**The studies found:** –"
    cited = [p for p in data.json_list(c["cited_pmids"]) if str(p).isdigit()][:3]
    if cited:
        found += " (key: " + "; ".join(f"PMID {p}: {md(_first_sentence(titles.get(p) or '–', 80))}"
                                         for p in cited) + ")"
    downgrades = data.json_list(q["downgrades"]) if q is not None else []
    cert = c["certainty"] if isinstance(c["certainty"], str) else "not graded"
    certain = f"**How certain:** {md(cert)}" + (f", because {md(_first_sentence(downgrades[0], 160))}"
                                                if downgrades else "")
    verdict = verdict_style(c["verdict"] if isinstance(c["verdict"], str) else None).label
    end = f"**Verdict:** {md(verdict)}" + (" and overstated: the wording is stronger than the evidence"
                                           if bool(c["overstated"]) else "")
    return [says, found, certain, end]


def _text(v) -> str:
    """A Summary-of-Findings value in words ("–" when unknown)."""
    if v is None or (isinstance(v, float) and pd.isna(v)) or v == "":
        return "–"
    if isinstance(v, dict):
        if isinstance(v.get("text"), str) and v["text"].strip():  # a worded result: show it as written
            return v["text"]
        parts = [f"{str(k).replace('_', ' ')} {_text(x)}" for k, x in v.items() if x not in (None, "", [])]
        return "; ".join(parts) or "–"
    if isinstance(v, (list, tuple)):
        return ", ".join(_text(x) for x in v) or "–"
    return str(v)


def sof_cells(sof: dict) -> dict[str, str]:
    """One GRADE Summary-of-Findings row: outcome, studies by design, participants, effect,
    certainty (with where it started) and the domains rated down. Unknown keys are kept, in words."""
    designs = ", ".join(f"{d.get('n')} {d.get('design')}" for d in sof.get("designs") or [] if isinstance(d, dict))
    people = _text(sof.get("n_participants"))
    if sof.get("n_participants_reviews"):
        people += f" (+{sof['n_participants_reviews']:,} in reviews)" if isinstance(
            sof["n_participants_reviews"], int) else f" (+{sof['n_participants_reviews']} in reviews)"
    cert = sof.get("certainty") or "–"
    certainty = f"{cert} {CERTAINTY_SYMBOLS.get(cert, '')}".strip()
    if sof.get("start") and sof.get("start") != cert:
        certainty += f" (from {sof['start']})"
    issues = [f"{d[0]}: {d[1]}" for d in sof.get("domains") or []
              if isinstance(d, (list, tuple)) and len(d) == 2 and d[1] != "not serious"]
    out = {"Outcome": _text(sof.get("outcome")),
           "Studies": f"{_text(sof.get('n_studies'))}" + (f" ({designs})" if designs else ""),
           "Participants": people, "Effect": _text(sof.get("effect")), "Certainty": certainty,
           "Certainty issues": "; ".join(issues) or "none serious"}
    known = {"question_id", "outcome", "n_studies", "designs", "n_participants", "n_participants_reviews",
             "effect", "certainty", "start", "domains", "footnotes"}
    out.update({str(k).replace("_", " ").capitalize(): _text(v) for k, v in sof.items() if k not in known})
    return out


def sof_row(q: pd.Series | None) -> None:
    """The question's Summary of Findings row (engineer B's `sof`), with its footnotes; or the
    stored grade's numbers when the store predates it."""
    if q is None:
        return
    sof = data.json_dict(q.get("sof"))
    if sof:
        st.dataframe(pd.DataFrame([sof_cells(sof)]), hide_index=True, row_height=ROW_HEIGHT * 2,
                     key=f"sof_{q['question_id']}",
                     column_config={"Outcome": st.column_config.TextColumn(width=140),
                                    "Studies": st.column_config.TextColumn(width=150),
                                    "Participants": st.column_config.TextColumn(width=110),
                                    "Effect": st.column_config.TextColumn(width=160),
                                    "Certainty": st.column_config.TextColumn(width=130),
                                    "Certainty issues": st.column_config.TextColumn(width=200)})
        notes = sof.get("footnotes") or []
        if notes:
            # footnotes come lettered ("a. ...", as the report shows them): numbering them again read "1. a."
            st.caption("  \n".join(md(n) if re.match(r"[a-z]\. ", str(n)) else f"{i}. {md(n)}"
                                   for i, n in enumerate(notes, 1)))
        return
    if pd.isna(q.get("n_studies")):
        st.caption("Not graded yet.")
        return
    downs = data.json_list(q["downgrades"])
    cert = q["certainty"] if isinstance(q["certainty"], str) else "–"
    row = {"Outcome": q["outcome"], "Studies counted": dash(q["n_studies"]),
           "Participants": dash(q["n_participants"]),
           "Certainty": f"{cert} {CERTAINTY_SYMBOLS.get(cert, '')}".strip(),
           "Certainty issue": "; ".join(d.split(":")[0] for d in downs) or "none",
           "Finding": f"{int(q['n_supports'])} supports · {int(q['n_no_effect'])} no effect · "
                      f"{int(q['n_contradicts'])} contradicts · {int(q['n_mixed'])} mixed"}
    st.dataframe(pd.DataFrame([row]), hide_index=True, row_height=ROW_HEIGHT, key=f"sof_{q['question_id']}",
                 column_config={"Outcome": st.column_config.TextColumn(width="medium"),
                                "Certainty issue": st.column_config.TextColumn(width="large")})
    if downs:
        st.caption("  \n".join(f"{i}. {md(d)}" for i, d in enumerate(downs, 1)))
