"""What changed: two runs compared claim by claim (verdict, certainty and why), the new records,
one claim's history across runs, and what the embedded sample covers. The comparison itself is
`tracker.changes`, the same code as `tracker changes`."""

from __future__ import annotations

import dataclasses

import pandas as pd
import streamlit as st

from tracker.changes import (
    Changes,
    ChangesError,
    HistoryEntry,
    RunInfo,
    article_date,
    changes_between,
    claim_history,
    complete_runs,
    latest_pair,
)
from tracker.dashboard import data, ui
from tracker.store import Store

md = ui.md


@st.cache_data(show_spinner=False, max_entries=8)
def _runs(path: str, version) -> tuple[RunInfo, ...]:
    with Store(path, readonly=True) as store:
        return complete_runs(store)


@st.cache_data(show_spinner=False, max_entries=8)
def _run_articles(path: str, version) -> dict[int, frozenset[str]]:
    """The articles each run graded (a run of another session's private audit is not listed)."""
    out: dict[int, set[str]] = {}
    with Store(path, readonly=True) as store:
        for run_id, article in store.conn.execute(
                "SELECT DISTINCT v.run_id, c.article FROM claim_verdicts v JOIN claims c USING (claim_id)"):
            out.setdefault(run_id, set()).add(article)
    return {k: frozenset(v) for k, v in out.items()}


@st.cache_data(show_spinner=False, max_entries=16)
def _changes(path: str, version, from_: int, to: int) -> Changes:
    with Store(path, readonly=True) as store:
        return changes_between(store, str(from_), str(to))


@st.cache_data(show_spinner=False, max_entries=32)
def _history(path: str, version, claim_id: str) -> tuple[HistoryEntry, ...]:
    with Store(path, readonly=True) as store:
        return claim_history(store, claim_id)


@st.cache_data(show_spinner=False, max_entries=2)
def _coverage(path: str, version):
    """The sample's topics and the store's questions whose intervention it has no record on."""
    from tracker.claims import AuditInputs  # noqa: F401  (documents the input shape)
    from tracker.coverage import check_coverage, sample_topics
    from tracker.models import Question
    from tracker.pipeline import open_backend

    with Store(path, readonly=True) as store:
        qs = [Question(r["question_id"], r["statement"], r["intervention"], r["outcome"], r["kind"], r["query"])
              for r in store.conn.execute("SELECT * FROM questions ORDER BY question_id")]
    backend = open_backend("snapshot")
    try:
        return check_coverage(backend, qs, sample_topics())
    finally:
        backend.close()


status = ui.require_results()
key = data._key(None)
st.title("What changed")
ui.source_banner(status)

runs = _runs(*key)
if data.hidden_articles():  # runs that graded only other sessions' private audits are theirs
    _arts = _run_articles(*key)
    runs = tuple(r for r in runs if not _arts.get(r.run_id) or not _arts[r.run_id] <= data.hidden_articles())
if len(runs) < 2:
    st.info("**Only one complete audit run so far.** Every run is kept: run the audit again later (or as of an "
            "earlier day with `tracker run --as-of YYYY-MM-DD`) and this page compares them.",
            icon=":material/history:")
    st.stop()

by_id = {r.run_id: r for r in runs}
with Store(key[0], readonly=True) as _store:
    default_from, default_to = latest_pair(_store, runs)  # the latest run with an earlier run of the same claims
ids = [r.run_id for r in reversed(runs)]
c1, c2 = st.columns(2)
to_id = c2.selectbox("Later run", ids, index=ids.index(default_to.run_id), key="changes_to",
                     format_func=lambda i: by_id[i].describe())
from_ids = [i for i in ids if i != to_id]
from_default = default_from.run_id if default_from.run_id in from_ids else from_ids[0]
from_id = c1.selectbox("Earlier run", from_ids, index=from_ids.index(from_default), key="changes_from",
                       format_func=lambda i: by_id[i].describe())
try:
    ch = _changes(*key, from_id, to_id)
except ChangesError as exc:
    st.error(md(str(exc)))
    st.stop()
# Other sessions' unpublished audits stay private here too: their claims, and records or
# questions only they asked about, are left out of the comparison shown.
_hidden, _hidden_q = data.hidden_articles(), data.hidden_questions()
if _hidden:
    ch = dataclasses.replace(
        ch, claims=tuple(c for c in ch.claims if c.article not in _hidden),
        new_records=tuple(dataclasses.replace(r, question_ids=tuple(q for q in r.question_ids if q not in _hidden_q))
                          for r in ch.new_records if set(r.question_ids) - _hidden_q))

st.markdown(f"**{md(ch.summary())}**")
st.caption(f"Earlier: {md(ch.from_run.source_label)}  \nLater: {md(ch.to_run.source_label)}")
if ch.rules_changed:
    st.warning(f"The appraisal and grading rules changed between these runs ({md(ch.from_run.rules)} → "
               f"{md(ch.to_run.rules)}): a change may come from the rules, not the evidence.", icon=":material/rule:")

changed = ch.changed_claims
st.subheader(f"Claims whose verdict or certainty changed ({len(changed)})", anchor=False)
if changed:
    st.dataframe(pd.DataFrame({
        "claim": [c.claim_id for c in changed],
        "before": [f"{c.verdict_from} ({c.certainty_from})" for c in changed],
        "after": [f"{c.verdict_to} ({c.certainty_to})" for c in changed],
        "why": ["; ".join(c.reasons) for c in changed],
        "text": [c.claim for c in changed],
    }), hide_index=True, width="stretch")
else:
    st.markdown("No claim graded by both runs changed its verdict or certainty.")
moved = [c for c in ch.claims if not c.changed and c.studies]
if moved:
    with st.expander(f"{len(moved)} more claims gained or lost studies without a change of verdict"):
        for c in moved:
            st.markdown(f"- **{md(c.claim_id)}**: {md('; '.join(c.reasons))}")

st.subheader(f"New records ({len(ch.new_records)})", anchor=False)
if ch.new_records:
    st.dataframe(pd.DataFrame({
        "PMID": [f"https://pubmed.ncbi.nlm.nih.gov/{r.pmid}/" for r in ch.new_records],
        "date": [r.when for r in ch.new_records],
        "title": [r.title for r in ch.new_records],
        "questions": [", ".join(r.question_ids) for r in ch.new_records],
    }), hide_index=True, width="stretch",
        column_config={"PMID": st.column_config.LinkColumn("PMID", display_text=r"https://pubmed\.ncbi\.nlm\.nih\.gov/(\d+)/")})
else:
    st.markdown("The later run's searches found no record the earlier run had not seen.")

st.subheader("One claim across runs", anchor=False)
claims = data.claims()
labels = dict(zip(claims["claim_id"], claims["claim"]))
wanted = st.query_params.get("claim")
options = list(labels)
choice = st.selectbox("Claim", options, index=options.index(wanted) if wanted in labels else None,
                      key="changes_claim", format_func=lambda c: f"{c}: {labels[c][:90]}",
                      placeholder="Choose a claim to see its history")
if choice:
    hist = _history(*key, choice)
    st.dataframe(pd.DataFrame({
        "run": [h.run.run_id for h in hist],
        "evidence as of": [h.run.evidence_day for h in hist],
        "verdict": [h.verdict for h in hist],
        "certainty": [h.certainty for h in hist],
        "studies": [h.n_studies for h in hist],
        "what changed": ["; ".join(h.reasons) for h in hist],
    }), hide_index=True, width="stretch")

st.subheader("What the embedded sample covers", anchor=False)
cov = _coverage(*key)
st.text(cov.topics)
_uncovered = [q for q in cov.uncovered if q.question_id not in data.hidden_questions()]
if _uncovered:
    st.warning(f"The sample has no record on the intervention of {len(_uncovered)} of "
               f"{sum(q.question_id not in data.hidden_questions() for q in cov.questions)} "
               "questions in this store; their 'no evidence found' means only that the sample is silent: "
               + md(", ".join(f"{q.question_id} ({q.intervention})" for q in _uncovered)),
               icon=":material/search_off:")
dated = []
for name in data.articles()["name"]:
    art = data.article(name)
    day = article_date(art.text) if art is not None else None
    if day:
        dated.append((name, day))
if dated:
    st.markdown("**Articles that state their date** — audit them as of then and compare with today:")
    for name, day in dated:
        st.markdown(f"- {md(name)}: {md(day)} → `tracker run --as-of {day}`, then `tracker changes --from {day}`")
