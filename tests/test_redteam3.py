"""Third red-team (issue #20, "expect a fresh red-team"): the surfaces this round added, attacked
from outside on loopback, each with the fix's regression test. See docs/reliability.md."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner

from tracker import citations as cit
from tracker import reviews
from tracker.changes import ChangesError, changes_between
from tracker.claims import AuditInputs, load_inputs
from tracker.cli import main
from tracker.models import Record
from tracker.pipeline import open_backend, run_audit
from tracker.reviews import Decision
from tracker.store import Store

ROOT = Path(__file__).resolve().parent.parent


def _bibtex_fields(entry: str) -> list[str]:
    """Field names as BibTeX and biber read an entry: every brace counts, escaped or not
    (BibTeX has no escape for braces), so a field ends at the brace that balances its opening."""
    body = entry[entry.index(",") + 1:]
    names, i = [], 0
    while True:
        m = re.compile(r"\s*([A-Za-z][\w-]*)\s*=\s*\{").match(body, i)
        if not m:
            return names
        names.append(m.group(1).lower())
        depth, i = 1, m.end()
        while depth:
            if i >= len(body):
                return names + ["<unbalanced>"]
            depth += {"{": 1, "}": -1}.get(body[i], 0)
            i += 1
        m2 = re.compile(r"\s*,?").match(body, i)
        i = m2.end()


def test_a_brace_in_a_title_cannot_close_its_bibtex_field_or_add_fields():
    hostile = Record(pmid="123", title="Evil}}, note = {INJECTED", journal="J } x {", year=2020,
                     doi="10.1/x}y")
    text = cit.bibtex([cit.Citation(hostile, "why")]).decode()
    assert _bibtex_fields(text) == ["title", "journal", "shortjournal", "year", "doi", "pmid", "url", "note"]
    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks and [e.key for e in lib.entries] == ["pmid123"]
    # A PMID that is not digits (a hostile E-utilities answer) cannot break the entry's key either.
    odd = Record(pmid="1,\n  note = {x}", title="T")
    text = cit.bibtex([cit.Citation(odd)]).decode()
    assert text.startswith("@article{pmid1____note____x_,\n")
    assert _bibtex_fields(text) == ["title", "pmid", "url"]


def test_ris_fields_stay_one_line_each():
    r = Record(pmid="9", title="A title\nER  - \nTY  - JOUR\nTI  - injected", journal="J\r\nAU  - Evil",
               authors=("Smith J\nER  -",))
    lines = cit.ris([cit.Citation(r, "note\nKW  - x")]).decode().split("\r\n")
    assert [ln[:2] for ln in lines].count("TY") == 1 and [ln[:2] for ln in lines].count("ER") == 1
    assert not any(ln.startswith(("TI  - injected", "AU  - Evil", "KW  - x")) for ln in lines)


# ---- reviewer decisions --------------------------------------------------------------------


def _cli(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=True)


@pytest.mark.parametrize("frame, message", [
    ({"foo": 1}, "unknown key(s) 'foo'"),
    ({"intervention": "x", "intervention_norm": "x", "outcome": "y", "relation": "cures"},
     "relation 'cures' is not one of benefit"),
    ({"intervention": "x", "intervention_norm": "x", "outcome": "y", "relation": "benefit",
      "magnitude_value": "big"}, "magnitude_value must be a number"),
])
def test_a_bad_frame_is_refused_with_a_clear_error_not_a_traceback(demo_db_copy, frame, message):
    r = _cli("review", "claim", "c000-01", "frame", json.dumps(frame), "--reviewer", "Ana", "--reason", "r",
             "--db", str(demo_db_copy))
    assert r.exit_code == 1 and not isinstance(r.exception, TypeError), r.output
    assert "error: decision on claim c000-01: frame:" in r.output and message in r.output
    with Store(demo_db_copy) as s:
        assert reviews.load(s, include_inactive=True) == []  # nothing stored


def test_an_added_claim_with_bad_values_is_refused():
    with pytest.raises(reviews.InputError, match="start must be a whole number.*stance 'sideways'"):
        reviews.check(Decision("claim", "add", {"article": "a.txt", "quote": "q", "start": "x", "end": 3,
                                                "claim": "c", "question_id": "q1", "stance": "sideways"},
                               "Ana", "r"))


def test_unknown_ids_in_review_commands_are_usage_errors(demo_db_copy):
    db = str(demo_db_copy)
    cases = [
        (("review", "withdraw", "999"), "unknown decision '999'"),
        (("review", "record", "mn-wrinkles", "99999999", "direction", "supports"), "unknown PMID '99999999'"),
        (("review", "add", "nosuch.txt", "x", "mn-wrinkles"), "unknown article 'nosuch.txt'"),
        (("review", "add", "000_569fb9d20ae23134.txt", "Microneedling", "nosuchq"), "unknown question 'nosuchq'"),
    ]
    for args, message in cases:
        extra = () if args[1] == "withdraw" else ("--reviewer", "Ana", "--reason", "r")
        r = _cli(*args, *extra, "--db", db)
        assert r.exit_code == 2 and message in r.output, (args, r.output)


def _only(inputs: AuditInputs, article: str, claims=None) -> AuditInputs:
    cl = tuple(c for c in (claims or inputs.claims) if c.article == article)
    qs = {c.question_id for c in cl}
    return AuditInputs(tuple(a for a in inputs.articles if a.name == article),
                       tuple(q for q in inputs.questions if q.question_id in qs), cl)


def _run(db, inputs) -> int:
    backend = open_backend("snapshot")
    try:
        with Store(db) as s:
            return run_audit(s, backend, inputs).run_id
    finally:
        backend.close()


def test_a_claim_decision_does_not_follow_its_id_to_another_passage(demo_db_copy):
    """Extracted claim ids are positions: after the claims change, "c000-02" can name another
    sentence. A decision made on one passage must not reword or drop a different one."""
    inputs = load_inputs()
    art = "000_569fb9d20ae23134.txt"
    with Store(demo_db_copy) as s:
        first, second = [c for c in s.claims_frame().sort_values("start").itertuples() if c.article == art][:2]
        reviews.decide(s, Decision("claim", "claim", "REWORDED BY ANA", "Ana", "clearer", claim_id=first.claim_id))
        reviews.decide(s, Decision("claim", "drop", True, "Ana", "not a claim", claim_id=second.claim_id))
    # The claims file is re-made: the ids now name each other's passages.
    by_id = {c.claim_id: c for c in inputs.claims}
    a, b = by_id[first.claim_id], by_id[second.claim_id]
    swap = {a.claim_id: dataclasses.replace(b, claim_id=a.claim_id),
            b.claim_id: dataclasses.replace(a, claim_id=b.claim_id)}
    swapped = [swap.get(c.claim_id, c) for c in inputs.claims]
    run_id = _run(demo_db_copy, _only(inputs, art, swapped))
    with Store(demo_db_copy) as s:
        cf = s.claims_frame()
        mine = cf[cf["article"] == art].set_index("claim_id")
        assert {first.claim_id, second.claim_id} <= set(mine.index), "a drop followed its id to another passage"
        # The passage first decided on now has the second id: neither decision touches it.
        assert mine.loc[second.claim_id, "quote"] == a.quote
        assert mine.loc[first.claim_id, "quote"] == b.quote  # not dropped: another passage now
        assert "REWORDED BY ANA" not in set(mine["claim"])
        applied = reviews.applied_frame(s, [run_id])
        assert set(applied["stale"].astype(int)) == {1}
        assert all("quote changed" in n for n in applied["note"])


# ---- what changed --------------------------------------------------------------------------


def test_changes_never_compares_runs_of_different_articles(tmp_path):
    inputs = load_inputs()
    names = sorted(a.name for a in inputs.articles)
    db = tmp_path / "t.db"
    r1 = _run(db, _only(inputs, names[0]))
    r2 = _run(db, _only(inputs, names[1]))
    with Store(db, readonly=True) as s:
        with pytest.raises(ChangesError, match="no earlier complete run graded any claim of run"):
            changes_between(s)
        with pytest.raises(ChangesError, match=f"run {r1} and run {r2} graded no claim in common"):
            changes_between(s, str(r1), str(r2))
    r = _cli("changes", "--db", str(db))
    assert r.exit_code == 1 and "nothing earlier to compare" in r.output
    # A later run of the first article is compared with the first run, not with the other
    # article's run in between; and it finds no "new" record: the same searches read the same sample.
    r3 = _run(db, _only(inputs, names[0]))
    with Store(db, readonly=True) as s:
        ch = changes_between(s)
        assert (ch.from_run.run_id, ch.to_run.run_id) == (r1, r3)
        assert ch.new_records == () and not ch.changed_claims
        with pytest.raises(ChangesError, match="graded no claim in common"):
            changes_between(s, str(r2), str(r3))
    # A later run that also audits the second article: its questions were never searched by run
    # 3, so their records are not "new records" (before: every one of them was listed).
    both = AuditInputs(tuple(a for a in inputs.articles if a.name in names[:2]),
                       inputs.questions, tuple(c for c in inputs.claims if c.article in names[:2]))
    r4 = _run(db, both)
    with Store(db, readonly=True) as s:
        ch = changes_between(s)
        assert (ch.from_run.run_id, ch.to_run.run_id) == (r3, r4)
        assert ch.new_records == ()


# ---- private audits through the new pages ----------------------------------------------------


@pytest.fixture
def private_audit(demo_db_copy, monkeypatch):
    """Alice's unpublished dashboard audit on the demo store (the real job functions, run in this
    process), a decision dropping one of its claims, and exclusions that change another's verdict."""
    from tests.test_audit_page import MICRONEEDLING
    from tracker import jobs

    for var in ("NCBI_EMAIL", "NCBI_API_KEY", "TRACKER_SOURCE", "TRACKER_MIRROR"):
        monkeypatch.delenv(var, raising=False)
    db = demo_db_copy
    job = jobs.create_job(db, "private-notes.txt", MICRONEEDLING.encode(), owner="alice",
                          source=jobs.SourceChoice("snapshot"), start=False)
    jobs.extract_job(db, job.job_id)
    jobs.submit_review(db, job.job_id, jobs.Review(), start=False, owner="alice")
    jobs.run_job(db, job.job_id)
    job = jobs.get_job(db, job.job_id)
    assert job.status == "complete" and not job.published
    with Store(db) as s:
        cf = s.claims_frame()
        mine = cf[cf["article"] == job.article.name]
        ev = s.evidence_frame()
        counted = ev[ev["included"] == 1].groupby("question_id")["pmid"].apply(list)
        graded = [r for r in mine.itertuples() if r.question_id in counted.index and r.verdict != "no evidence found"]
        target = min(graded, key=lambda r: len(counted[r.question_id]))  # the fewest decisions to change it
        dropped = next(r for r in mine.itertuples() if r.claim_id != target.claim_id)
        reviews.decide(s, Decision("claim", "drop", True, "Alice", "a private reason", claim_id=dropped.claim_id))
        for pmid in counted[target.question_id]:
            reviews.decide(s, Decision("record", "included", False, "Alice", "private exclusion",
                                       question_id=target.question_id, pmid=pmid))
        after = s.claims_frame().set_index("claim_id").loc[target.claim_id, "verdict"]
    assert after == "no evidence found" != target.verdict
    return db, job, target, dropped


def test_private_audits_stay_out_of_decisions_exports_and_what_changed(private_audit, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tracker import export
    from tracker.dashboard import data

    db, job, target, dropped = private_audit
    hidden = data.hidden_articles(db)  # no session: every unpublished audit is someone else's
    assert job.article.name in hidden
    with Store(db, readonly=True) as s:
        every = reviews.decisions_frame(s)
        shown = data.without_hidden_decisions(every, s.claims_frame(), hidden)
        files = export.render(s, "json", hide=hidden)
    assert dropped.claim_id in set(every["claim_id"])  # the operator (CLI) sees everything
    assert dropped.claim_id not in set(shown["claim_id"]) and "a private reason" not in set(shown["reason"])
    assert dropped.claim_id not in set(data.decisions(db)["claim_id"])
    text = next(iter(files.values())).decode()
    assert dropped.quote not in text and dropped.claim_id not in text  # the drop decision holds the claim

    monkeypatch.setenv("TRACKER_DB", str(db))
    at = AppTest.from_file(str(ROOT / "tracker" / "dashboard" / "app.py"), default_timeout=60)
    at.switch_page("views/changes.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    page = " ".join([m.value for m in at.markdown] + [str(d.value.to_dict()) for d in at.dataframe]
                    + [w.value for w in at.warning]).replace("\\", "")
    assert "Between run" in page
    for private in (target.claim_id, dropped.claim_id, target.claim):
        assert private not in page, private


# ---- incremental live updates ----------------------------------------------------------------


def test_update_finds_records_entered_on_the_eastern_day_before_the_last_search(tmp_path):
    """A search at 02:00 UTC is still the day before in PubMed's (US Eastern) entry dates: a record
    entered that evening has the earlier entry date. The next `--update` must still find it."""
    import random
    from datetime import UTC, datetime, timedelta

    from tests.eutils_server import running_server
    from tests.test_incremental import HAIR
    from tracker.eutils import EntrezBackend, EutilsConfig
    from tracker.pipeline import search_question
    from tracker.ratelimit import RateLimiter
    from tracker.snapshot import iter_records

    records = list(iter_records())
    old = [r for r in records if r.fetched_at == "2026-11-21"]
    late = [r for r in records if r.fetched_at == "2026-12-05"]
    yesterday = datetime.now(UTC).date() - timedelta(days=1)
    with running_server(old, entry_dates={r.pmid: (2026, 11, 21) for r in old}) as server, \
            Store(tmp_path / "t.db") as store:
        config = EutilsConfig(base_url=server.url, email="dev@example.org", timeout=5.0, backoff=0.01,
                              max_backoff=0.05, batch_size=20)
        backend = EntrezBackend(config, limiter=RateLimiter(1000), rng=random.Random(3))
        try:
            first = search_question(store, backend, HAIR)
            server.add_records(late, entered=(yesterday.year, yesterday.month, yesterday.day))
            updated = search_question(store, backend, HAIR, update=True)
            full = search_question(store, backend, HAIR, refresh=True)  # what a whole new search finds
        finally:
            backend.close()
    missed = set(full.result.pmids) - set(updated.result.pmids)
    assert set(full.result.pmids) > set(first.result.pmids) and not missed, sorted(missed)
    assert len(updated.result.pmids) == len(set(updated.result.pmids))  # the overlap adds no duplicate
    assert updated.result.count == full.result.count


def test_a_decision_on_an_as_of_audit_regrades_with_the_same_evidence_day(tmp_path):
    """A reviewer's decision regrades at once; on an audit as of a past day, the regrade must not
    let in the records captured after that day (before: it searched today's snapshot)."""
    from datetime import date

    inputs = load_inputs()
    art = sorted(a.name for a in inputs.articles)[0]
    db = tmp_path / "t.db"
    backend = open_backend("snapshot", as_of=date(2026, 11, 21))
    try:
        with Store(db) as s:
            first = run_audit(s, backend, _only(inputs, art)).run_id
    finally:
        backend.close()
    with Store(db) as s:
        claim_id = s.claims_frame()["claim_id"].iloc[0]
        _, summary = reviews.decide(s, Decision("claim", "confirm", True, "Ana", "read it", claim_id=claim_id))
        runs = s.frame("SELECT run_id, as_of FROM runs ORDER BY run_id")
        later = s.frame("SELECT DISTINCT a.pmid FROM appraisals a JOIN records r ON r.pmid = a.pmid "
                        "AND r.source = 'snapshot' WHERE a.run_id = ? AND r.fetched_at > '2026-11-21'",
                        (summary.run_id,))
    assert list(runs["run_id"]) == [first, summary.run_id]
    assert list(runs["as_of"]) == ["2026-11-21", "2026-11-21"]
    assert later.empty, list(later["pmid"])
