"""The reviewer's controls: who is reviewing, decisions on a claim or on a study's appraisal,
the list of decisions with the machine's reading beside the reviewer's, and adding a claim.

Every control calls `tracker.reviews.decide` / `withdraw` (the same functions as `tracker review`),
which store the decision and regrade at once; the page then reruns and shows the new grade.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import streamlit as st

from tracker import reviews
from tracker.dashboard import data, ui
from tracker.dashboard.highlight import md_escape as md
from tracker.errors import InputError
from tracker.models import DESIGNS, DIRECTIONS
from tracker.search import SearchError
from tracker.store import Store, StoreError

REVIEWER = "reviewer"  # session key of the reviewer's name (sidebar)
RECORD_CHOICES = {"direction": DIRECTIONS, "design": DESIGNS, "relevance": reviews.RELEVANCES,
                  "included": ("counted", "not counted")}
FIELD_LABELS = {"direction": "Direction (what it found)", "design": "Design", "relevance": "About",
                "included": "Counted or excluded", "effect": "Effect (key result)"}


def reviewer_box() -> None:
    """The reviewer's name, asked once in the sidebar; decisions are signed with it."""
    st.text_input("Reviewer", key=REVIEWER, placeholder="Your name, to sign decisions",
                  help="Decisions you make are stored with this name, the time and your reason.")


def reviewer() -> str:
    return str(st.session_state.get(REVIEWER) or "").strip()


def _based_on(form: str, decision: reviews.Decision) -> int:
    """The active decision on this target when the form first showed it (kept across reruns):
    passed as `based_on`, so a decision another browser saved meanwhile is not silently replaced."""
    seen = st.session_state.setdefault("review_seen", {})
    name = f"{form}|{decision.key}"
    if name not in seen:
        with Store(data.db_path(), readonly=True) as s:
            seen[name] = reviews.active_id(s, decision.key)
    return int(seen[name])


def _run(decision: reviews.Decision | None = None, withdraw: int | None = None) -> None:
    """Store (or withdraw) a decision and regrade; report the outcome on the next run."""
    try:
        with st.spinner("Saving the decision and regrading…"):
            if withdraw is not None:
                reviews.withdraw(data.db_path(), withdraw)
                note = f"Decision #{withdraw} withdrawn; the grade is recomputed."
            else:
                assert decision is not None, "_run needs a decision or one to withdraw"
                stored, summary = reviews.decide(data.db_path(), decision)
                note = (f"Decision #{stored.decision_id} saved: {stored.describe()}"
                        + (f" (regraded in run #{summary.run_id})" if summary else ""))
    except (InputError, StoreError, SearchError) as exc:
        if isinstance(exc, reviews.ConflictError):
            st.session_state.pop("review_seen", None)  # the next save is based on what is there now
        st.error(md(str(exc)), icon=":material/error:")
        return
    st.session_state.pop("review_seen", None)
    st.session_state["review_note"] = note
    st.rerun()


def show_note() -> None:
    note = st.session_state.pop("review_note", None)
    if note:
        st.success(md(note), icon=":material/task_alt:")


def _need_name() -> bool:
    if reviewer():
        return False
    st.info("Type your name in **Reviewer** in the sidebar to record decisions.", icon=":material/badge:")
    return True


def record_form(question_id: str, ev: pd.DataFrame, key: str) -> None:
    """Override how one record was appraised for the question, or exclude it, with a reason."""
    if ev.empty:
        st.caption("No records were appraised for this question.")
        return
    titles = {p: (t if isinstance(t, str) and t.strip() else "no title") for p, t in zip(ev["pmid"], ev["title"])}
    dirs = dict(zip(ev["pmid"], ev["direction"]))
    inc = dict(zip(ev["pmid"], ev["included"]))
    pmid = st.selectbox("Study", list(ev["pmid"]), key=f"{key}_pmid",
                        format_func=lambda p: f"PMID {p} · {titles[p][:70]} · {dirs[p]}"
                                              + ("" if inc[p] else " · not counted"))
    field = st.selectbox("What to change", list(FIELD_LABELS), key=f"{key}_field",
                         format_func=FIELD_LABELS.__getitem__)
    row = ev[ev["pmid"] == pmid].iloc[0]
    machine = {"included": "counted" if row["included"] else "not counted"}.get(field, row.get(field, None))
    st.caption(f"The machine's reading: **{md(machine if isinstance(machine, str) else '–')}**")
    if field == "effect":
        value = st.text_input("Key result, as the record reports it", key=f"{key}_effect",
                              placeholder="e.g. infection in 3 of 120 (2.5%) at 4 weeks")
    else:
        options = list(RECORD_CHOICES[field])
        value = st.selectbox("Reviewer's reading", options, key=f"{key}_value_{field}",
                             index=options.index(machine) if machine in options else 0)
    reason = st.text_input("Reason", key=f"{key}_reason", placeholder="e.g. the Results section reports ...")
    seen = _based_on(key, reviews.Decision("record", field, None, "", "", question_id=question_id, pmid=str(pmid)))
    if st.button("Save the decision and regrade", key=f"{key}_save", type="primary", icon=":material/gavel:",
                 disabled=not reviewer()):
        new = (value == "counted") if field == "included" else value
        _run(reviews.Decision("record", field, new, reviewer(), reason, question_id=question_id, pmid=str(pmid),
                              based_on=seen))


def claim_form(c: pd.Series, questions: pd.DataFrame, key: str) -> None:
    """Confirm, reword, move to another question, or drop the claim, with a reason."""
    actions = {"confirm": "Confirm the claim as read", "claim": "Reword the normalised claim",
               "question": "Test it against another question", "frame": "Correct its frame",
               "drop": "Drop it (not a checkable claim)"}
    action = st.radio("Decision", list(actions), key=f"{key}_action", format_func=actions.get, horizontal=True)
    value: object = True
    if action == "claim":
        value = st.text_input("Normalised claim", value=c["claim"], key=f"{key}_text")
    elif action == "question":
        labels = dict(zip(questions["question_id"], questions["statement"]))
        ids = list(labels)
        value = st.selectbox("Question", ids, key=f"{key}_q", index=ids.index(c["question_id"]),
                             format_func=lambda q: f"{q}: {labels[q][:90]}")
    elif action == "frame":
        current = data.json_dict(c.get("frame"))
        raw = st.text_area("Frame (JSON: intervention, outcome, relation, magnitude, time frame, ...)",
                           value=json.dumps(current, ensure_ascii=False, indent=1) if current else "{}",
                           key=f"{key}_frame", height=180)
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            st.error(f"Not valid JSON: {md(exc.msg)} at character {exc.pos}", icon=":material/error:")
            value = None
    reason = st.text_input("Reason", key=f"{key}_creason")
    seen = _based_on(key, reviews.Decision("claim", action, None, "", "", claim_id=str(c["claim_id"])))
    if st.button("Save the decision and regrade", key=f"{key}_csave", type="primary", icon=":material/gavel:",
                 disabled=not reviewer() or value is None):
        _run(reviews.Decision("claim", action, value, reviewer(), reason, claim_id=str(c["claim_id"]),
                              based_on=seen))


def decisions_table(rows: pd.DataFrame, key: str) -> None:
    """Decisions with who, when, what (machine -> reviewer) and why; withdraw one."""
    if rows.empty:
        st.caption("No reviewer decisions yet.")
        return
    shown = pd.DataFrame({
        "#": rows["decision_id"].astype(int).astype(str),
        "When": [str(a)[:16].replace("T", " ") for a in rows["at"]],
        "Reviewer": rows["reviewer"], "Decision": rows["what"], "Reason": rows["reason"],
        "Status": ["active" if a else "withdrawn" for a in rows["active"]]})
    st.dataframe(shown, hide_index=True, key=f"{key}_list", row_height=ui.ROW_HEIGHT, column_config={
        "#": st.column_config.TextColumn(width=40), "When": st.column_config.TextColumn(width=130),
        "Reviewer": st.column_config.TextColumn(width="small"),
        "Decision": st.column_config.TextColumn(width=320), "Reason": st.column_config.TextColumn(width=280),
        "Status": st.column_config.TextColumn(width=80)})
    live = rows[rows["active"].astype(bool)]
    if not live.empty:
        c1, c2 = st.columns([3, 1])
        pick = c1.selectbox("Withdraw a decision", list(live["decision_id"].astype(int)), key=f"{key}_wd",
                            format_func=lambda d: f"#{d}: {live.set_index('decision_id').loc[d, 'what']}",
                            index=None, placeholder="Choose a decision to withdraw")
        if c2.button("Withdraw", key=f"{key}_wbtn", icon=":material/undo:", disabled=pick is None or not reviewer(),
                     help="Type your name in Reviewer (sidebar) to withdraw a decision") and pick is not None:
            _run(withdraw=int(pick))


def decisions_for(claim_id: str | None, question_id: str | None) -> pd.DataFrame:
    df = data.decisions()
    if df.empty:
        return df
    hit = pd.Series(False, index=df.index)
    if claim_id:
        hit |= df["claim_id"] == claim_id
    if question_id:
        hit |= (df["question_id"] == question_id) & df["pmid"].notna()
    return df[hit]


def find_passage(text: str, passage: str) -> tuple[int, int] | None:
    """Where a pasted passage sits in the article: exact, else with any run of spaces/newlines."""
    passage = passage.strip()
    if not passage:
        return None
    i = text.find(passage)
    if i >= 0:
        return i, i + len(passage)
    pattern = r"\s+".join(re.escape(w) for w in passage.split())
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def add_claim_form(article_name: str, text: str, questions: pd.DataFrame, key: str = "add_claim") -> None:
    """Add a claim the extractor missed by pasting (or selecting and copying) its passage."""
    passage = st.text_area("The passage, copied from the article above", key=f"{key}_passage", height=80)
    labels = dict(zip(questions["question_id"], questions["statement"]))
    qid = st.selectbox("Question it is tested as", list(labels), key=f"{key}_q", index=None,
                       format_func=lambda q: f"{q}: {labels[q][:90]}", placeholder="Choose a question")
    claim = st.text_input("Normalised claim (optional)", key=f"{key}_claim",
                          help="What is graded; the passage itself when left empty")
    reason = st.text_input("Reason", key=f"{key}_reason")
    if st.button("Add the claim and grade it", key=f"{key}_go", type="primary", icon=":material/add_comment:",
                 disabled=not reviewer()):
        where = find_passage(text, passage or "")
        if where is None:
            st.error("That passage is not in the article's text: copy it from the text above.",
                     icon=":material/error:")
            return
        if qid is None:
            st.error("Choose the question the claim is tested as.", icon=":material/error:")
            return
        start, end = where
        quote = text[start:end]
        _run(reviews.Decision("claim", "add", {"article": article_name, "quote": quote, "start": start, "end": end,
                                               "claim": (claim or " ".join(quote.split())).strip(),
                                               "question_id": qid}, reviewer(), reason))


def review_section(c: pd.Series, questions: pd.DataFrame, ev: pd.DataFrame) -> None:
    """On the claim page: decisions so far, then the forms."""
    mine = decisions_for(str(c["claim_id"]), str(c["question_id"]))
    decisions_table(mine, f"claim_{c['claim_id']}")
    if _need_name():
        return
    left, right = st.tabs([":material/science: A study's appraisal", ":material/edit_note: The claim"])
    with left:
        record_form(str(c["question_id"]), ev, f"rec_{c['question_id']}")
    with right:
        claim_form(c, questions, f"clm_{c['claim_id']}")
