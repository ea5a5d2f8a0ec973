"""Live PubMed re-runs ask only for what is new (an entry-date window) and fetch no record the
store already holds; as-of searches send PubMed's entry-date limits. Against the loopback
E-utilities server, counting its requests."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from tracker.eutils import EntrezBackend, EutilsConfig
from tracker.models import Question
from tracker.pipeline import search_question
from tracker.ratelimit import RateLimiter
from tracker.snapshot import iter_records
from tracker.store import Store

from .eutils_server import running_server

HAIR = Question("hair", "Do minoxidil or microneedling regrow hair?", "minoxidil or microneedling", "hair regrowth",
                "efficacy", "(minoxidil[tiab] OR microneedl*[tiab]) AND (hair[tiab] OR alopecia[tiab])")
FIRST = (2026, 11, 21)


def _backend(server, **kw) -> EntrezBackend:
    config = EutilsConfig(base_url=server.url, email="dev@example.org", timeout=5.0, backoff=0.01, max_backoff=0.05,
                          batch_size=20)
    return EntrezBackend(config, limiter=RateLimiter(1000), rng=random.Random(3), **kw)


def _efetched(server) -> list[str]:
    return [i for r in server.requests if r.endpoint == "efetch" for i in r.params.get("id", "").split(",") if i]


@pytest.fixture
def captures():
    records = list(iter_records())
    old = [r for r in records if r.fetched_at == "2026-11-21"]
    new = [r for r in records if r.fetched_at == "2026-12-05"]
    return old, new


def test_update_asks_only_for_the_entry_window_and_fetches_only_new_records(tmp_path, captures):
    old, new = captures
    today = datetime.now(UTC).date()
    with running_server(old, entry_dates={r.pmid: FIRST for r in old}) as server, \
            Store(tmp_path / "t.db") as store:
        backend = _backend(server)
        try:
            first = search_question(store, backend, HAIR)
            n_first = len(first.records)
            assert n_first > 0 and sorted(_efetched(server)) == sorted(first.result.pmids)

            # Nothing new: one windowed esearch, no efetch at all.
            server.reset_log()
            again = search_question(store, backend, HAIR, update=True)
            searches = [r for r in server.requests if r.endpoint == "esearch"]
            assert len(searches) == 1 and _efetched(server) == []
            assert searches[0].params["datetype"] == "edat"
            assert searches[0].params["mindate"] == f"{today - timedelta(days=1):%Y/%m/%d}"  # a day's overlap
            assert searches[0].params["maxdate"] == f"{today:%Y/%m/%d}"
            assert again.result.pmids == first.result.pmids and again.result.count == first.result.count

            # PubMed gains records entered today: only they are fetched, the old ones are kept.
            server.add_records(new, entered=(today.year, today.month, today.day))
            server.reset_log()
            updated = search_question(store, backend, HAIR, update=True)
            fetched = _efetched(server)
            added = set(updated.result.pmids) - set(first.result.pmids)
            assert added and set(fetched) == added  # not one record already held
            assert updated.result.pmids[len(added):] == first.result.pmids  # new ones first, then the old list
            assert updated.result.count == first.result.count + len(added)
            assert len(updated.records) == len(updated.result.pmids)
            assert any(f"{len(added)} new records since the search of {today}" in w for w in updated.result.warnings)

            # A plain re-run reuses the latest (updated) search: no request at all.
            server.reset_log()
            cached = search_question(store, backend, HAIR)
            assert server.requests == [] and cached.result.pmids == updated.result.pmids
        finally:
            backend.close()


def test_as_of_search_sends_the_entry_date_limit_and_is_cached_apart(tmp_path, captures):
    old, new = captures
    today = datetime.now(UTC).date()
    entered = {r.pmid: FIRST for r in old} | {r.pmid: (today.year, today.month, today.day) for r in new}
    with running_server(old + new, entry_dates=entered) as server, Store(tmp_path / "t.db") as store:
        then, now = _backend(server, as_of=date(2026, 11, 21)), _backend(server)
        try:
            past = search_question(store, then, HAIR)
            req = next(r for r in server.requests if r.endpoint == "esearch")
            assert (req.params["datetype"], req.params["mindate"], req.params["maxdate"]) == \
                ("edat", "1781/01/01", "2026/11/21")
            assert "records entered up to 2026-11-21" in then.label()
            current = search_question(store, now, HAIR)
            assert set(past.result.pmids) < set(current.result.pmids)
            assert all(entered[p] == FIRST for p in past.result.pmids)
            # the records the as-of search fetched are not fetched again by today's search
            assert len(_efetched(server)) == len(set(_efetched(server))) == len(current.result.pmids)
        finally:
            then.close()
            now.close()


def test_tracker_run_update_then_changes_against_live_pubmed(tmp_path, captures, monkeypatch):
    """The whole loop a cron job would run: `tracker run --update` on live PubMed, then
    `tracker changes`, whose exit status says a verdict moved."""
    from click.testing import CliRunner

    from tracker.cli import main

    from .test_changes import ROSEMARY, _write_audit

    old, new = captures
    today = datetime.now(UTC).date()
    claims, questions, arts = _write_audit(tmp_path, questions=(ROSEMARY,))
    db = tmp_path / "t.db"
    for var in ("NCBI_API_KEY", "NCBI_EUTILS_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NCBI_EMAIL", "dev@example.org")
    with running_server(old, entry_dates={r.pmid: FIRST for r in old}) as server:
        args = ["run", "--db", str(db), "--source", "entrez", "--eutils-url", server.url, "--claims", str(claims),
                "--questions", str(questions), "--articles", str(arts), "--quiet", "--no-extract"]
        first = CliRunner().invoke(main, args, catch_exceptions=False)
        assert first.exit_code == 0, first.output
        server.add_records(new, entered=(today.year, today.month, today.day))
        server.reset_log()
        second = CliRunner().invoke(main, [*args, "--update"], catch_exceptions=False)
        assert second.exit_code == 0, second.output
        fetched = set(_efetched(server))
        assert fetched and fetched <= {r.pmid for r in new}  # nothing held was fetched again
        assert all(r.params.get("mindate") == f"{today - timedelta(days=1):%Y/%m/%d}"
                   for r in server.requests if r.endpoint == "esearch")
    changed = CliRunner().invoke(main, ["changes", "--db", str(db)])
    assert changed.exit_code == 3, changed.output
    assert "r-01 [ro-hair]: no evidence found (No evidence found) ->" in changed.output
    assert all(f"PMID {p}" in changed.output for p in fetched)
