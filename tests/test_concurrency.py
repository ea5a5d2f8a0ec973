"""Four audits and two readers at once against one store, then every row accounted for (issue 21).

The audits are four spawned worker processes (`tracker.batch`, one seed article each; the
articles share many questions, so they race for the same searches). The readers are two
more processes reading the `current_*` views in a loop while the audits write. Afterwards each
run's rows are compared with what sequential runs of the same inputs wrote into a store of
their own. Runs on SQLite and PostgreSQL (`any_db`).
"""

from __future__ import annotations

import time
from multiprocessing import get_context

from tracker.api import prepare_audit
from tracker.batch import Source, audit_inputs
from tracker.store import Store

# One statement, so one snapshot on either engine: each run the views show, with its own row
# counts beside the counts its `runs` row promises.
SEEN = """
SELECT r.run_id, r.status, r.n_claims, r.n_questions,
       (SELECT COUNT(*) FROM claim_verdicts v WHERE v.run_id = r.run_id) AS n_verdicts,
       (SELECT COUNT(*) FROM question_grades g WHERE g.run_id = r.run_id) AS n_grades,
       (SELECT COUNT(*) FROM appraisals a WHERE a.run_id = r.run_id) AS n_appraisals,
       (SELECT COUNT(*) FROM run_searches s WHERE s.run_id = r.run_id) AS n_searches,
       (SELECT MIN(c.article) FROM claim_verdicts v JOIN claims c ON c.claim_id = v.claim_id
        WHERE v.run_id = r.run_id) AS article
FROM runs r
WHERE r.run_id IN (SELECT run_id FROM current_claim_verdicts UNION SELECT run_id FROM current_question_grades)
"""

COUNTS = """
SELECT r.run_id, c.article,
       (SELECT COUNT(*) FROM claim_verdicts v WHERE v.run_id = r.run_id) AS n_verdicts,
       (SELECT COUNT(*) FROM question_grades g WHERE g.run_id = r.run_id) AS n_grades,
       (SELECT COUNT(*) FROM appraisals a WHERE a.run_id = r.run_id) AS n_appraisals,
       (SELECT COUNT(*) FROM run_searches s WHERE s.run_id = r.run_id) AS n_searches
FROM runs r JOIN claim_verdicts v0 ON v0.run_id = r.run_id JOIN claims c ON c.claim_id = v0.claim_id
WHERE r.status = 'complete'
GROUP BY r.run_id, c.article
"""


def reader(db: str, expected: dict, stop, results) -> None:
    """Read the views until told to stop (and once more after); report every problem seen."""
    reads, seen, problems = 0, set(), []
    with Store(db, readonly=True) as store:
        while True:
            last = stop.is_set()
            for row in store.frame(SEEN).to_dict("records"):
                seen.add(int(row["run_id"]))
                whole = (row["n_claims"], row["n_questions"], row["n_questions"])
                if row["status"] != "complete":
                    problems.append(f"run {row['run_id']} is shown while {row['status']}")
                if (row["n_verdicts"], row["n_grades"], row["n_searches"]) != whole:
                    problems.append(f"run {row['run_id']} shown with {row['n_verdicts']}/{row['n_claims']} verdicts, "
                                    f"{row['n_grades']}/{row['n_questions']} grades, {row['n_searches']} searches")
                want = expected.get(row["article"])
                got = (row["n_verdicts"], row["n_grades"], row["n_appraisals"])
                if want is None or got != tuple(want):
                    problems.append(f"run {row['run_id']} ({row['article']}) shown with counts {got}, "
                                    f"a sequential run writes {want}")
            reads += 1
            if last:
                break
            time.sleep(0.05)  # leave the two cores to the writers
    results.put({"reads": reads, "seen": sorted(seen), "problems": problems[:20]})


def test_four_audits_and_two_readers_at_once_account_for_every_row(any_db, tmp_path):
    db = str(any_db)
    inputs, backend = prepare_audit()  # the four seed articles, their curated claims, the snapshot
    source = Source("snapshot")
    try:
        assert len(inputs.articles) == 4
        # The reference: the same four runs one after another, into a store of their own.
        reference = tmp_path / "reference.db"
        sequential = audit_inputs(inputs, backend, reference, source=source, jobs=1, per_article=True)
        assert len(sequential.audited) == 4
        with Store(reference) as store:
            expected_frame = store.frame(COUNTS)
            ref_verdicts = store.frame("SELECT claim_id, verdict, certainty, side, n_studies, cited_pmids "
                                       "FROM claim_verdicts")
            ref_appraisals = store.frame("SELECT question_id, pmid, included, design, direction FROM appraisals")
            ref_searches = store.frame("SELECT cache_key, query, count, pmids FROM searches")
            n_ref_records = int(store.frame("SELECT COUNT(*) AS n FROM records")["n"].iloc[0])
        expected = {r["article"]: (int(r["n_verdicts"]), int(r["n_grades"]), int(r["n_appraisals"]))
                    for r in expected_frame.to_dict("records")}
        assert len(expected) == 4 and all(n > 0 for counts in expected.values() for n in counts)

        Store(any_db).close()  # the schema exists before readers open it read-only
        ctx = get_context("spawn")
        stop, results = ctx.Event(), ctx.Queue()
        readers = [ctx.Process(target=reader, args=(db, expected, stop, results)) for _ in range(2)]
        for p in readers:
            p.start()
        try:
            batch = audit_inputs(inputs, backend, any_db, source=source, jobs=4)
        finally:
            stop.set()
            reports = [results.get(timeout=120) for _ in readers]
            for p in readers:
                p.join(timeout=60)
    finally:
        backend.close()

    assert [o.status for o in batch.outcomes] == ["complete"] * 4, batch.outcomes
    # readers: many reads, never a half-written run, and at the end all four runs whole
    for report in reports:
        assert report["problems"] == []
        assert report["reads"] >= 5
        assert set(batch.run_ids) <= set(report["seen"])

    with Store(any_db) as store:
        runs = store.frame("SELECT run_id, status, n_claims, n_questions, pid FROM runs")
        counts = store.frame(COUNTS)
        verdicts = store.frame("SELECT claim_id, verdict, certainty, side, n_studies, cited_pmids FROM claim_verdicts")
        appraisals = store.frame("SELECT question_id, pmid, included, design, direction FROM appraisals")
        searches = store.frame("SELECT cache_key, query, count, pmids FROM searches")
        leases = store.frame("SELECT * FROM search_leases")
        n_records = int(store.frame("SELECT COUNT(*) AS n FROM records")["n"].iloc[0])
        n_claims = int(store.frame("SELECT COUNT(*) AS n FROM claims")["n"].iloc[0])
    # every run complete, and each wrote what the sequential run of its article wrote
    assert sorted(runs["status"]) == ["complete"] * 4
    assert runs["pid"].nunique() == 4  # four audits in four processes at once
    assert {r["article"]: (int(r["n_verdicts"]), int(r["n_grades"]), int(r["n_appraisals"]))
            for r in counts.to_dict("records")} == expected
    assert all(counts["n_searches"] == counts["n_grades"])
    assert n_claims == len(inputs.claims) == sum(v[0] for v in expected.values())

    def rows(frame):
        return sorted(tuple(str(x) for x in r) for r in frame.itertuples(index=False, name=None))

    # the same contents, row for row (not only the same counts)
    assert rows(verdicts) == rows(ref_verdicts)
    assert rows(appraisals) == rows(ref_appraisals)
    # the search cache: each (cache key, query) once, as in the sequential store; no lease left behind
    assert not searches.duplicated(["cache_key", "query"]).any()
    assert rows(searches) == rows(ref_searches)
    assert leases.empty
    assert n_records == n_ref_records
