"""The audit page's "evidence as of" choice and the sample-coverage warning, shown before
grading. Today's evidence is the default; an article that states its date offers "when it was
published" as the comparison (the same rule and code as `tracker run --as-of`)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from tracker import jobs
from tracker.changes import article_date
from tracker.coverage import check_coverage, sample_topics
from tracker.dashboard.highlight import md_escape as md

TODAY, PUBLISHED, OTHER = "today", "published", "other"


@st.cache_data(show_spinner=False, max_entries=32)
def _uncovered(queries: tuple[tuple[str, str, str], ...]) -> tuple[tuple[str, ...], str]:
    """Question ids among (id, intervention, query) whose intervention the sample has no record on."""
    from tracker.models import Question
    from tracker.pipeline import open_backend

    qs = [Question(qid, qid, intervention, "", "efficacy", query) for qid, intervention, query in queries]
    backend = open_backend("snapshot")
    try:
        cov = check_coverage(backend, qs, sample_topics())
    finally:
        backend.close()
    return tuple(f"{q.question_id} ({q.intervention})" for q in cov.uncovered), cov.topics


def as_of_control(job: jobs.Job, question_ids: list[str]) -> str | None:
    """Render the coverage warning and the evidence-date choice; return the as-of day (None: today)."""
    if job.source.source == "snapshot" and question_ids:
        qs = tuple((qid, job.question(qid).intervention, job.question(qid).query) for qid in question_ids)
        try:
            missing, topics = _uncovered(qs)
        except Exception:  # a query the sample cannot run is reported, with its question, when grading
            missing, topics = (), ""
        if missing:
            st.warning(f"**The embedded sample has no record on {len(missing)} of {len(qs)} interventions here:** "
                       f"{md(', '.join(missing))}. It is a sample of a few topics, not PubMed: their claims can only "
                       "come out *no evidence found*. It covers:\n\n" + md(topics).replace("\n", "  \n"),
                       icon=":material/search_off:")
    published = article_date(job.article.text)
    options = [TODAY] + ([PUBLISHED] if published else []) + [OTHER]
    labels = {TODAY: "Today's evidence", PUBLISHED: f"As when the article was published ({published})",
              OTHER: "As of another day"}
    choice = st.radio("Grade with the evidence available", options, key=f"as_of_{job.job_id}", horizontal=True,
                      format_func=labels.get,
                      help="Only records entered in PubMed (or captured in the sample) by that day are used. "
                           "Audit again with today's evidence and the What changed page compares the two.")
    if choice == PUBLISHED:
        return published
    if choice == OTHER:
        day = st.date_input("Evidence as of", value=date.today(), max_value=date.today(),
                            key=f"as_of_day_{job.job_id}")
        return day.isoformat() if day and day < date.today() else None
    return None
