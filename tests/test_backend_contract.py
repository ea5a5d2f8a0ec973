"""One contract, two backends: the local FTS5 index and live E-utilities (the loopback server)
must return the same hits for the same PubMed queries over the same records.

The records are the embedded snapshot plus the real PubMed XML records of
../shared/fixtures/entrez; the queries are every question of the project plus probes of each
piece of syntax whose meaning both backends define the same way.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.eutils_server import fixture_articles, running_server
from tracker import paths
from tracker.claims import load_questions
from tracker.eutils import EntrezBackend, EutilsConfig
from tracker.local_index import LocalIndex, LocalIndexBackend
from tracker.models import Record
from tracker.pubmed_xml import parse
from tracker.search import SearchBackend
from tracker.snapshot import iter_records

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "entrez"

PROBES = [
    "microneedling",
    "microneedl*[tiab]",
    '"acne scars"[tiab]',
    '"skin needling"[tiab] OR dermaroller*[tiab]',
    "microneedl*[tiab] OR acne[tiab] AND scar*[tiab]",  # left to right: (a OR b) AND c
    "microneedl*[tiab] OR (acne[tiab] AND scar*[tiab])",
    "microneedl*[tiab] NOT acne[tiab]",
    "acne[tiab] OR alopecia[tiab] NOT minoxidil[tiab]",
    "melasma[ti]",
    "collagen[ab]",
    "microneedl*[tiab] AND 2015:2020[dp]",
    "2022[dp]",
    '"Randomized Controlled Trial"[pt]',
    '"Journal Article"[pt] AND english[la]',
    "Humans[mh]",
    '"Olivero JM"[au]',  # quoted: the loopback server tags only the last word of an unquoted run
    "transdermal[tiab] AND (insulin[tiab] OR vaccine*[tiab])",
]


@pytest.fixture(scope="module")
def backends(tmp_path_factory):
    articles = fixture_articles(FIXTURES)
    records = list(iter_records()) + [r for a in articles for r in parse(a) if isinstance(r, Record)]
    path = tmp_path_factory.mktemp("contract") / "index.db"
    with LocalIndex(path) as idx:
        idx.add(records)
    local = LocalIndexBackend(path, source="mirror", label="contract index")
    with running_server(list(iter_records()) + articles) as server:
        remote = EntrezBackend(EutilsConfig(base_url=server.url, api_key="contract-test", rate=200))
        yield local, remote
        remote.close()
    local.close()


def queries() -> list[tuple[str, str]]:
    questions = load_questions(paths.QUESTIONS_CSV)
    return [(q.question_id, q.query) for q in questions] + [(f"probe-{i}", q) for i, q in enumerate(PROBES)]


def test_both_are_search_backends(backends):
    local, remote = backends
    assert isinstance(local, SearchBackend) and isinstance(remote, SearchBackend)


@pytest.mark.parametrize("name, query", queries())
def test_same_hits(backends, name, query):
    local, remote = backends
    a, b = local.search(query), remote.search(query)
    assert set(a.pmids) == set(b.pmids), (
        f"{name}: local-only {sorted(set(a.pmids) - set(b.pmids))}, "
        f"E-utilities-only {sorted(set(b.pmids) - set(a.pmids))}\n{a.translation}\n{b.translation}"
    )
    assert a.count == b.count == len(a.pmids)
    # both newest first (E-utilities orders within a year by month and day too)
    years = {r.pmid: r.year or 0 for r in local.fetch(a.pmids)}
    for result in (a, b):
        seq = [years[p] for p in result.pmids]
        assert seq == sorted(seq, reverse=True)


def test_probes_are_not_vacuous(backends):
    local, _ = backends
    counts = [local.search(q).count for q in PROBES]
    assert sum(1 for c in counts if c) >= len(PROBES) - 2
    # the precedence probe must separate left-to-right from AND-before-OR
    assert local.search(PROBES[4]).count != local.search(PROBES[5]).count


def test_same_records_fetched(backends):
    local, remote = backends
    pmids = [r.pmid for a in fixture_articles(FIXTURES) for r in parse(a) if isinstance(r, Record)]
    strip = lambda r: dataclasses.replace(r, fetched_at=None, captured_from=None)  # noqa: E731
    assert [strip(r) for r in local.fetch(pmids)] == [strip(r) for r in remote.fetch(pmids)]
