"""Audit an article: paste or upload it, review the claims found in it, grade them on the active
evidence source, then open the article with its claims highlighted.

The audit is a job in the store (`tracker.jobs`); this page keeps only its id, in the URL
(`?job=ID`), and reads the job's state on every rerun, so a refresh, a second tab or a later
visit shows the same audit while its worker thread carries on. Stored text (titles, quotes,
claims, queries, error messages) reaches the page escaped (`md`) or in tables, never as HTML.
"""

from __future__ import annotations

import time
import uuid

import pandas as pd
import streamlit as st

from tracker import jobs, semantic
from tracker.dashboard import data, evidence_date, ui
from tracker.dashboard.highlight import claim_href, verdict_style
from tracker.errors import InputError
from tracker.store import StoreError
from tracker.text import quote_in_context

md = ui.md
semantic.warm_in_background()  # the claim readers' sentence encoder loads while the user pastes, not after the click
POLL_SECONDS = 0.5
QUIET_SECONDS = 0.8  # a job that finishes sooner never shows its progress box (no flash)
SEEN = "audit_seen"  # (job id, status) as last shown to this session
UPLOAD_TYPES = ["txt", "md", "markdown", "html", "htm"]
SOURCE_NAMES = {"snapshot": "the embedded snapshot", "mirror": "the local PubMed mirror",
                "entrez": "live PubMed"}


@st.cache_data(ttl=600, show_spinner=False)
def _source_label(source: str, mirror: str | None) -> str:
    return jobs.source_label(jobs.SourceChoice(source, mirror))  # type: ignore[arg-type]


def _new_audit() -> None:
    """Forget the current job (it stays in the store) and show the input step."""
    st.query_params.pop("job", None)
    st.rerun()


def _start(db, name: str, payload: bytes, title: str | None, choice: jobs.SourceChoice, owner: str) -> None:
    try:
        job = jobs.create_job(db, name, payload, owner=owner, source=choice, title=title)
    except jobs.AlreadyCurated as exc:
        st.info(f"**This article is already audited.** Its text is in the store as "
                f"“{md(exc.article.title)}” with {exc.n_claims} curated claim(s).", icon=":material/info:")
        st.page_link(ui.ARTICLE, label="Open it with its claims highlighted", icon=":material/article:",
                     query_params={"article": exc.article.name})
    except InputError as exc:
        st.error(md(str(exc)), icon=":material/error:")
    except StoreError as exc:
        st.error(f"The audit cannot be saved: {md(exc)}", icon=":material/error:")
    else:
        st.query_params["job"] = job.job_id
        st.rerun()


def input_step(db, choice: jobs.SourceChoice, owner: str) -> None:
    limit = jobs.max_upload_bytes()
    st.markdown("Bring an article you want to check: paste its text or upload the file. The health "
                "claims it makes are found automatically; you check them, then each one is graded against "
                "the studies its search finds.")
    paste, upload = st.tabs([":material/content_paste: Paste text", ":material/upload_file: Upload a file"])
    with paste:
        with st.form("audit_paste", border=False):
            title = st.text_input("Headline (optional)", key="paste_title", max_chars=200,
                                  help="Used as the article's title; otherwise its first line is.")
            text = st.text_area("Article text", key="paste_text", height=260,
                                placeholder="Paste the article here")
            pasted = st.form_submit_button("Find the claims", type="primary", key="paste_go",
                                           icon=":material/search:")
    with upload:
        with st.form("audit_upload", border=False):
            # The widget's own limit sits above ours, so a file a little too big gets our message.
            file = st.file_uploader(f"Article file: .txt, .md or .html, up to {limit / 1e6:g} MB",
                                    type=UPLOAD_TYPES, key="upload_file",
                                    max_upload_size=max(1, 2 * limit // 1_000_000 + 1))
            uploaded = st.form_submit_button("Find the claims", type="primary", key="upload_go",
                                             icon=":material/search:")
    st.caption("HTML files are reduced to their text: nothing in them is run or shown as a web page. "
               "The same text is stored once, however often it is audited.")
    if pasted:
        _start(db, jobs.PASTED, (text or "").encode("utf-8"), title, choice, owner)
    elif uploaded:
        if file is None:
            st.error("Choose a file to upload first.", icon=":material/error:")
        else:
            _start(db, file.name, file.getvalue(), None, choice, owner)


def _stage_lines(job: jobs.Job) -> tuple[list[str], float]:
    stages = list(jobs.STAGES)
    current = stages.index(job.stage) if job.stage in jobs.STAGES else 0
    unit = "claim" if job.stage == "grading" else "question"
    lines = []
    for i, (key, label) in enumerate(jobs.STAGES.items()):
        if i < current:
            lines.append(f":green[:material/check_circle:] {label}")
        elif i == current:
            count = f" ({unit} {min(job.done + 1, job.total)} of {job.total})" if job.total and key != "extracting" else ""
            lines.append(f":blue[:material/progress_activity:] **{label}**{count}")
        else:
            lines.append(f":gray[:material/radio_button_unchecked:] {label}")
    part = job.done / job.total if job.total else 0.0
    return lines, min(1.0, (current + part) / len(stages))


@st.fragment(run_every=POLL_SECONDS)
def progress_view(db, job_id: str) -> None:
    """Re-read the job every second; a full rerun shows the next step once the worker is done."""
    job = jobs.get_job(db, job_id)
    if job is not None:
        job = jobs.resume(db, job)  # its worker died (another dashboard process stopped): carry on here
    if job is None or not job.active:
        st.session_state[SEEN] = (job_id, job.status if job else None)
        st.rerun()
    first_seen = st.session_state.setdefault(f"audit_active_since_{job_id}_{job.status}", time.monotonic())
    if time.monotonic() - first_seen < QUIET_SECONDS:
        st.caption("Working…")  # a fast step ends before the box would appear: nothing flashes
        return
    lines, fraction = _stage_lines(job)
    # Not `with st.status(...)`: leaving the block would mark the status complete.
    status = st.status(f"{jobs.STAGES.get(job.stage, 'Working')}…", expanded=True, state="running")
    status.markdown("  \n".join(lines))
    status.progress(fraction, text=f"{fraction:.0%}")
    st.caption("This runs on the server: you can refresh or leave this page and come back to this link; "
               "the audit carries on.")


def _question_label(q, n: int, proposed: bool) -> str:
    tag = "new question for this article" if proposed else "existing question"
    return f"{md(q.statement)} ({n} claim{'s' if n != 1 else ''}, {tag})"


def review_step(db, job: jobs.Job) -> None:
    if not job.items:
        st.info("**No checkable claims found.** The extractor found no sentence in this article that makes "
                "a testable health claim (a treatment's effect, risk or way of working), so there is nothing "
                "to grade.", icon=":material/search_off:")
        c1, c2 = st.columns(2)
        if job.min_score > jobs.LENIENT_MIN_SCORE and c1.button(
                "Look again, less strictly", key="extract_again", icon=":material/manage_search:"):
            jobs.extract_again(db, job.job_id, owner=owner)
            st.rerun()
        if c2.button("Audit another article", key="new_audit_empty", icon=":material/add:"):
            _new_audit()
        return

    st.subheader("Check the claims before grading", anchor=False)
    st.markdown(f"The extractor found **{len(job.items)} claims**, marked *auto*: untick **Keep** to drop "
                "one, or click a normalised claim to reword it. Each claim is graded against its question's "
                "PubMed search, listed below the table, where you can edit a question or its query.")
    rows = pd.DataFrame({
        "keep": [i.keep for i in job.items],
        "claim": [i.claim.claim for i in job.items],
        "quote": [quote_in_context(job.article.text, i.claim.start, i.claim.end, i.claim.quote) for i in job.items],
        "origin": [i.claim.origin for i in job.items],
        "claim_type": [i.claim.claim_type for i in job.items],
        "strength": [i.claim.strength for i in job.items],
        "score": [round(i.score, 2) for i in job.items],
        "why": ["; ".join(i.reasons) for i in job.items],
        "question_id": [i.claim.question_id for i in job.items],
        "claim_id": [i.claim.claim_id for i in job.items],
    })
    edited = st.data_editor(
        rows, key=f"review_{job.job_id}", hide_index=True, num_rows="fixed", row_height=ui.ROW_HEIGHT,
        disabled=[c for c in rows.columns if c not in ("keep", "claim")],
        column_config={
            "keep": st.column_config.CheckboxColumn("Keep", help="Grade this claim", width="small"),
            "claim": st.column_config.TextColumn("Claim (normalised)", width="large", required=True,
                                                 help="What is graded; edit it to fix the wording"),
            "quote": st.column_config.TextColumn("Quote from the article", width="large"),
            "origin": st.column_config.TextColumn("Found by", width="small",
                                                  help="auto: found by the claim extractor, not curated"),
            "claim_type": st.column_config.TextColumn("Type"),
            "strength": st.column_config.TextColumn("Wording"),
            "score": st.column_config.ProgressColumn("Check-worthiness", min_value=0.0, max_value=1.0,
                                                     format="%.2f"),
            "why": st.column_config.TextColumn("Why it was picked", width="medium"),
            "question_id": st.column_config.TextColumn("Question"),
            "claim_id": st.column_config.TextColumn("ID"),
        })
    kept = edited[edited["keep"].astype(bool)]
    used: dict[str, int] = {}
    for qid in kept["question_id"]:
        used[qid] = used.get(qid, 0) + 1

    st.markdown(f"**The {len(used)} question{'s' if len(used) != 1 else ''} the kept claims are graded "
                "against.** Editing a question makes a copy for this article only.")
    q_edits = []
    for qid, n in used.items():
        q = job.question(qid)
        with st.expander(_question_label(q, n, qid in job.proposed), icon=":material/help:"):
            statement = st.text_input("Question", value=q.statement, key=f"q_statement_{job.job_id}_{qid}")
            query = st.text_area("PubMed query", value=q.query, key=f"q_query_{job.job_id}_{qid}", height=110,
                                 help="PubMed syntax: AND, OR, NOT in capitals, \"phrases\", field tags "
                                      "such as [tiab] or [mh], truncation with *")
            st.caption(f"Question {md(qid)} · {md(q.kind)} · intervention: {md(q.intervention)} · "
                       f"outcome: {md(q.outcome)}")
        if statement != q.statement or query != q.query:
            q_edits.append(jobs.QuestionEdit(qid, statement, query))

    originals = {i.claim.claim_id: i.claim.claim for i in job.items}
    claim_edits = []
    for r in edited.itertuples(index=False):
        text = r.claim if isinstance(r.claim, str) else ""
        claim_edits.append(jobs.ClaimEdit(r.claim_id, bool(r.keep), None if text == originals[r.claim_id] else text))

    # Every edit is kept in the job as it is made: a refresh, or this link opened later, shows it.
    try:
        jobs.save_review(db, job.job_id, jobs.Review(tuple(claim_edits), tuple(q_edits)), owner=owner)
    except InputError:
        pass  # an invalid query is reported when grading is asked for, with the question named
    below_cutoff_section(db, job)

    as_of = evidence_date.as_of_control(job, list(used))
    where = SOURCE_NAMES.get(job.source.source, job.source.source)
    go = st.button(f"Grade {len(kept)} claim{'s' if len(kept) != 1 else ''} on {where}", type="primary",
                   key="grade", icon=":material/fact_check:", disabled=kept.empty)
    if kept.empty:
        st.caption("Keep at least one claim to grade.")
    if go:
        try:
            jobs.submit_review(db, job.job_id, jobs.Review(tuple(claim_edits), tuple(q_edits)), owner=owner,
                               as_of=as_of)
        except jobs.ReviewError as exc:
            for problem in exc.problems:
                st.error(md(problem), icon=":material/error:")
        except InputError as exc:
            st.error(md(str(exc)), icon=":material/error:")
        else:
            st.rerun()
    if st.button("Discard and audit another article", key="new_audit_review", icon=":material/close:"):
        _new_audit()


@st.cache_data(show_spinner=False, max_entries=16)
def _below(db: str, job_id: str, n_items: int, min_score: float) -> list:
    job = jobs.get_job(db, job_id)
    return jobs.below_cutoff(db, job) if job is not None else []


def below_cutoff_section(db, job: jobs.Job) -> None:
    """Candidates just below the check-worthiness cut-off, folded; the reviewer may add them."""
    below = _below(str(db), job.job_id, len(job.items), job.min_score)
    if not below:
        return
    with st.expander(f"{len(below)} more candidate{'s' if len(below) != 1 else ''} just below the cut-off "
                     f"({jobs.LENIENT_MIN_SCORE:.2f}–{job.min_score:.2f})", icon=":material/unfold_more:"):
        st.caption("The extractor was less sure these are checkable health claims. Tick any that are, then add "
                   "them to the claims above.")
        rows = pd.DataFrame({"add": [False] * len(below), "quote": [quote_in_context(job.article.text, c.claim.start, c.claim.end, c.claim.quote) for c in below],
                             "score": [round(c.score, 2) for c in below],
                             "why": ["; ".join(c.reasons) for c in below]})
        picked = st.data_editor(rows, key=f"below_{job.job_id}", hide_index=True, num_rows="fixed",
                                disabled=["quote", "score", "why"], row_height=ui.ROW_HEIGHT, column_config={
                                    "add": st.column_config.CheckboxColumn("Add", width="small"),
                                    "quote": st.column_config.TextColumn("Quote from the article", width="large"),
                                    "score": st.column_config.NumberColumn("Check-worthiness", format="%.2f"),
                                    "why": st.column_config.TextColumn("Why it was found", width="medium")})
        chosen = [c for c, add in zip(below, picked["add"]) if add]
        if st.button(f"Add {len(chosen)} claim{'s' if len(chosen) != 1 else ''}", key="add_below",
                     icon=":material/add:", disabled=not chosen):
            try:
                jobs.add_candidates(db, job.job_id, chosen, owner=owner)
            except InputError as exc:
                st.error(md(str(exc)), icon=":material/error:")
            else:
                st.rerun()


def delete_control(db, job: jobs.Job) -> None:
    """Delete this audit with its run, after a confirmation (only its owner, never mid-step)."""
    if job.owner != owner or (job.active and not jobs.is_stalled(job)):
        return
    with st.popover("Delete this audit", icon=":material/delete:"):
        st.markdown("Delete this audit, its grading run and the claims it stored? Reviewer decisions stay "
                    "listed. This cannot be undone.")
        if st.button("Delete", key="delete_audit", type="primary", icon=":material/delete_forever:"):
            try:
                jobs.delete_job(db, job.job_id, owner=owner)
            except InputError as exc:
                st.error(md(str(exc)), icon=":material/error:")
            else:
                st.session_state["audit_deleted"] = job.article.title
                _new_audit()


def _verdict_frame(res: jobs.JobResults, job: jobs.Job) -> pd.DataFrame:
    df = data.with_quote_shown(res.verdicts.copy(), {job.article.name: job.article.text})
    df["verdict_label"] = [verdict_style(v).label for v in df["verdict"]]
    df["badge"] = [verdict_style(v).badge for v in df["verdict"]]
    df["overstated"] = df["overstated"].fillna(0).astype(bool)
    df["url"] = [claim_href(c) for c in df["claim_id"]]
    df["why"] = [ui.reason_in_words(v, r) for v, r in zip(df["verdict"], df["reasons"])]
    for col in ("n_studies", "n_participants"):
        df[col] = df[col].astype("Int64")
    return df


def results_step(db, job: jobs.Job) -> None:
    res = jobs.results(db, job)
    df = _verdict_frame(res, job)
    st.success(f"**Graded {len(df)} claim{'s' if len(df) != 1 else ''}** against "
               f"{md(job.source_label)} (run \\#{job.run_id}).", icon=":material/task_alt:")
    st.page_link(ui.ARTICLE, label="Open the article with its claims highlighted", icon=":material/article:",
                 query_params={"article": job.article.name})
    if job.owner != owner:
        st.caption(":material/visibility: Published by the session that started it; you can read it, not change it.")
    elif job.published:
        st.caption(":material/public: Published: every visitor of this dashboard sees this article and its claims.")
    else:
        st.caption(":material/lock: Private: only this browser session sees this audit, here and on the other "
                   "pages, until you publish it.")
        if st.button("Publish to everyone", key="publish", icon=":material/public:"):
            jobs.publish(db, job.job_id, owner=owner)
            st.rerun()
    st.markdown(ui.score_line(df))
    empty = res.empty_searches
    if empty:
        n_claims = sum(len(s.claim_ids) for s in empty)
        lines = "\n".join(f"- {md(s.statement)} ({len(s.claim_ids)} claim{'s' if len(s.claim_ids) != 1 else ''})"
                          for s in empty)
        whose = ("Its claim is" if n_claims == 1 else f"Their {n_claims} claims are") if len(empty) == 1 else \
            f"Their {n_claims} claim{'s are' if n_claims != 1 else ' is'}"
        st.info(f"**The search found nothing for {len(empty)} of {len(res.searches)} questions.** {whose} "
                "marked *no evidence found*: unchecked, "
                f"not disproved. Searching another source, or a broader query, may find studies.\n\n{lines}",
                icon=":material/search_off:")
        with st.expander("The queries that found nothing"):
            for s in empty:
                st.markdown(f"**{md(s.question_id)}**")
                st.code(s.query, language=None, wrap_lines=True)
    st.subheader("Claims and verdicts", anchor=False)
    st.caption("Each verdict is the claim as the article words it against the studies found: **Why** gives the "
               "reason; open a claim for its studies.")
    # the pinned ID and verdict, then what the article said and why the verdict (both in view at
    # 1400 px: a newcomer reads the quote first), then the short columns, then the normalised claim
    ui.claims_table(df, f"audit_results_{job.job_id}",
                    ["url", "badge", "quote", "why", "side_text", "overstated", "certainty", "n_studies", "claim",
                     "n_participants"], shorten_ids=True)
    if st.button("Audit another article", key="new_audit_done", icon=":material/add:"):
        _new_audit()


def failed_step(db, job: jobs.Job) -> None:
    st.error(f"**The audit stopped:** {md(job.error or 'unknown error')}", icon=":material/error:")
    c1, c2 = st.columns(2)
    if job.items and c1.button("Back to the claims", key="back_to_review", icon=":material/undo:",
                               help="Edit a query or drop a claim, then grade again"):
        jobs.back_to_review(db, job.job_id, owner=owner)
        st.rerun()
    if c2.button("Audit another article", key="new_audit_failed", icon=":material/add:"):
        _new_audit()


def header(job: jobs.Job) -> None:
    art = job.article
    st.subheader(md(art.title), anchor=False)
    st.caption(f"{md(art.name)} · {md(art.format)} · {len(art.text):,} characters · "
               f"{len(job.items)} claim{'s' if len(job.items) != 1 else ''} found")
    delete_control(db, job)
    if job.existing and job.status in ("extracting", "review"):
        st.caption(":material/info: This text is already stored; this audit is saved as a new version of the "
                   "article and leaves the claims recorded for the earlier one as they are.")


# ---- the page ---------------------------------------------------------------------------------

db = data.db_path()
owner = st.session_state.setdefault("audit_owner", uuid.uuid4().hex)

st.title("Audit an article")
try:
    choice = jobs.active_source()
    label = _source_label(choice.source, choice.mirror)
except InputError as exc:
    st.error(f"New audits cannot search: {md(exc)}", icon=":material/error:")
    st.stop()

job_id = st.query_params.get("job")
job = jobs.get_job(db, job_id) if job_id else None
if job is not None and not jobs.visible_to(job, owner):
    # The link alone is not enough: the owner token of the session that started the job is.
    st.warning("**This audit is private.** It was started in another browser session and only that session "
               "can see it until it is published.", icon=":material/lock:")
    job = None
    job_id = None
if job is None:
    st.caption(f":material/library_books: **Evidence source for new audits:** {md(label)}")
    if choice.source != "entrez":
        st.caption("To search live PubMed instead, set NCBI\\_EMAIL (and NCBI\\_API\\_KEY) before starting "
                   "the dashboard.")
    if job_id:
        st.warning("There is no audit with this link in this store. Start a new one below.")
    gone = st.session_state.pop("audit_deleted", None)
    if gone:
        st.success(f"Deleted the audit of “{md(gone)}” and its run.", icon=":material/delete:")
    input_step(db, choice, owner)
    st.stop()

if job.owner == owner:
    job = jobs.resume(db, job)  # the dashboard restarted mid-audit: carry on in this process
seen = st.session_state.get(SEEN)
st.session_state[SEEN] = (job.job_id, job.status)
if not job.active and seen and seen[0] == job.job_id and seen[1] != job.status:
    # The job finished while this run was under way, after the sidebar had read the store:
    # run once more so every part of the page shows the finished audit.
    st.rerun()
source = job.source_label or (label if job.source == choice else SOURCE_NAMES.get(job.source.source, ""))
st.caption(f":material/library_books: **Evidence source for this audit:** {md(source)}")
header(job)
if job.owner != owner:  # a published audit seen from another session: its results only, read-only
    if job.status == "complete" and job.run_id is not None:
        results_step(db, job)
    else:
        st.info("This audit belongs to another browser session; only its results can be viewed here.")
elif job.active:
    progress_view(db, job.job_id)
elif job.status == "review":
    review_step(db, job)
elif job.status == "complete":
    results_step(db, job)
else:
    failed_step(db, job)
