"""Export: download the audit in the formats the product offers.

A one-file CSV of claims and one of evidence always; every format of `tracker.export` when it is
installed (multi-file formats as one zip). Files are built when a button is clicked, from the
latest complete run, on Streamlit's download thread (so they read the store directly).
"""

from __future__ import annotations

import importlib
from types import ModuleType

import streamlit as st

from tracker.dashboard import data, ui
from tracker.store import Store

status = ui.require_results()
path = status.path

st.title("Export the audit")
ui.source_banner(status)
st.markdown("Each file is made from the latest complete audit run when you click its button.")
# Other sessions' unpublished audits are left out; read here, as the download thread has no session.
hidden = frozenset(data.hidden_articles(path))


def _claims_csv() -> bytes:
    with Store(path, readonly=True) as s:
        claims = s.claims_frame()
        return data.claims_csv(data.prepare_claims(claims[~claims["article"].isin(hidden)]))


def _evidence_csv() -> bytes:
    with Store(path, readonly=True) as s:
        claims = s.claims_frame()
        gone = claims["article"].isin(hidden)
        private = set(claims.loc[gone, "question_id"]) - set(claims.loc[~gone, "question_id"])
        evidence = s.evidence_frame()
        return data.evidence_csv(data.prepare_evidence(evidence[~evidence["question_id"].isin(private)]))


st.subheader("Spreadsheets", anchor=False)
c1, c2 = st.columns(2)
c1.download_button("Claims with verdicts (CSV)", _claims_csv, file_name="claims_graded.csv", mime="text/csv",
                   key="dl_claims_csv", icon=":material/download:", on_click="ignore")
c1.caption("One row per claim: quote, verdict, certainty, studies, participants, cited PMIDs, rationale.")
c2.download_button("Evidence per question (CSV)", _evidence_csv, file_name="evidence.csv", mime="text/csv",
                   key="dl_evidence_csv", icon=":material/download:", on_click="ignore")
c2.caption("One row per record × question: PMID, design, participants, direction, deciding sentence.")

def _decisions_csv() -> bytes:
    from tracker.reviews import decisions_frame
    with Store(path, readonly=True) as s:  # other sessions' unpublished audits left out, as above
        shown = data.without_hidden_decisions(decisions_frame(s), s.claims_frame(), hidden)
        return data.frame_to_csv(shown, lineterminator="\n")  # formula-like cells neutralised


st.download_button("Reviewer decisions (CSV)", _decisions_csv, file_name="decisions.csv", mime="text/csv",
                   key="dl_decisions_csv", icon=":material/download:", on_click="ignore")
st.caption("One row per decision: when, who, target (claim, or question and PMID), the machine's value, the "
           "reviewer's, the reason, and whether it is still active.")

export: ModuleType | None
try:
    export = importlib.import_module("tracker.export")
except ModuleNotFoundError as exc:
    if exc.name != "tracker.export":
        raise
    export = None

if export is None:
    st.caption("More formats arrive with `tracker export` (not installed in this version).")
    st.stop()

st.subheader("Every format", anchor=False)
about = {line.split(":", 1)[0]: line.split(":", 1)[1].strip() for line in export.formats_help()}
for fmt in export.FORMATS:
    single = export.SINGLE_FILE.get(fmt)
    name = single[0] if single else f"tracker-{fmt}.zip"

    def _make(fmt=fmt, single=single) -> bytes:
        assert export is not None  # the page stopped above when it is missing
        with Store(path, readonly=True) as s:
            files = export.render(s, fmt, hide=hidden)
        return next(iter(files.values())) if single else export.render_zip(files)

    col1, col2 = st.columns([1, 3])
    col1.download_button(fmt, _make, file_name=name, key=f"dl_{fmt}", icon=":material/download:",
                         on_click="ignore", width="stretch")
    col2.caption(ui.md(about.get(fmt, "")) + ("" if single else " (one zip)"))
st.caption("The same files from the command line: `tracker export --format FORMAT --out PATH`.")
