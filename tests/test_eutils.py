"""The E-utilities client against a real loopback HTTP server that behaves like NCBI."""

from __future__ import annotations

import logging
import math
import random
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from tests.eutils_server import FAULTS, fixture_articles, running_server
from tracker.eutils import (
    ESEARCH_CAP,
    EntrezBackend,
    EutilsConfig,
    EutilsError,
    _read_epost,
    _read_esearch,
    _read_espell,
)
from tracker.models import MeshHeading, Record
from tracker.pubmed_xml import PubmedXMLError
from tracker.ratelimit import RateLimiter, retry_after_seconds, shared_limiter
from tracker.search import SearchBackend, SearchError

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "entrez"
KEY = "SENTINEL-KEY-0123456789abcdef"


def synthetic(n: int, *, start: int = 30_000_000, word: str = "needling") -> list[Record]:
    return [
        Record(
            pmid=str(start + i),
            title=f"Study {i} of {word} for acne scars",
            journal="J Test",
            year=2000 + i % 20,
            mesh=(MeshHeading("Acne Vulgaris", major=i % 2 == 0),),
            authors=("Doe J",),
        )
        for i in range(n)
    ]


RECORDS = synthetic(450)


@pytest.fixture(scope="module")
def articles() -> list[bytes]:
    found = fixture_articles(FIXTURES)
    if not found:
        pytest.fail(f"no pubmed*.xml fixtures in {FIXTURES}")
    return found


@pytest.fixture
def server(articles):
    with running_server([*articles, *RECORDS], spellings={"asthmaa": "asthma"}, mesh=[("Needles", ["Needle", "needling"])]) as srv:
        yield srv


def make_backend(srv, **overrides) -> EntrezBackend:
    """A backend with short timeouts and backoffs so fault tests stay fast."""
    options = dict(base_url=srv.url, email="dev@example.org", api_key=KEY, timeout=1.0, backoff=0.01, max_backoff=0.05)
    limiter = overrides.pop("limiter", RateLimiter(1000))
    sleep = overrides.pop("sleep", time.sleep)
    options.update(overrides)
    return EntrezBackend(EutilsConfig(**options), limiter=limiter, sleep=sleep, rng=random.Random(7))


# -- the happy path -------------------------------------------------------------------------


def test_search_and_fetch_real_ncbi_records(server):
    with make_backend(server) as backend:
        assert isinstance(backend, SearchBackend) and backend.name == "entrez"
        result = backend.search("telomere AND pancreatic", question_id="Q1")
        assert result.source == "entrez" and result.count == 1 and result.pmids == ("27797938",)
        assert '"telomere"[All Fields] AND "pancreatic"[All Fields]' == result.translation
        assert result.source_label == backend.label()
        assert backend.label() == f"live PubMed (E-utilities at 127.0.0.1:{server.port}), searched {date.today():%Y-%m-%d}"
        (record,) = backend.fetch(result.pmids)
        assert record.pmid == "27797938" and record.pmc == "PMC5442267" and record.text_kind == "abstract"
        assert [s.label for s in record.abstract] == ["OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"]
        assert record.fetched_at and record.captured_from.endswith("id=27797938")
        history = backend.history_for("telomere AND pancreatic")
        assert history is not None and history.count == 1
        assert [r.pmid for r in backend.fetch_history(history)] == ["27797938"]


def test_every_request_carries_tool_email_and_key(server):
    with make_backend(server, tool="tracker-tests") as backend:
        result = backend.search("needling", question_id="Q2")
        list(backend.fetch(result.pmids[:3]))
        list(backend.fetch(result.pmids[:3], use_history=True))
        backend.espell("asthmaa")
        backend.mesh_lookup("needling")
        backend.translate("acne")
    endpoints = {r.endpoint for r in server.requests}
    assert endpoints == {"esearch", "efetch", "epost", "espell", "esummary"}
    for request in server.requests:
        assert request.params.get("tool") == "tracker-tests"
        assert request.params.get("email") == "dev@example.org"
        assert request.params.get("api_key") == KEY


def test_ncbi_warnings_and_errors_are_kept(server):
    with make_backend(server) as backend:
        result = backend.search("abcXYZ")
    assert result.count == 0 and result.pmids == ()
    assert "error: PhraseNotFound: abcXYZ" in result.warnings
    assert "warning: OutputMessage: No items found." in result.warnings


def test_real_ncbi_responses_are_read():
    found = _read_esearch((FIXTURES / "esearch2.xml").read_bytes(), "esearch2.xml")
    assert found.count == 42249 and len(found.ids) == 100 and found.query_key == "1"
    assert found.webenv.startswith("MCID_") and found.translation.startswith('("cancer s"[All Fields]')
    empty = _read_esearch((FIXTURES / "esearch8.xml").read_bytes(), "esearch8.xml")
    assert empty.errors == ("PhraseNotFound: abcXYZ",) and empty.warnings == ("OutputMessage: No items found.",)
    posted = _read_epost((FIXTURES / "epost1.xml").read_bytes(), "epost1.xml", 3)
    assert posted.query_key == "1" and posted.webenv == "MCID_692851c130aec64bed0a8c2a"
    assert _read_espell((FIXTURES / "espell.xml").read_bytes(), "espell.xml") == "biopython"
    with pytest.raises(Exception, match="Empty ID list"):
        _read_epost((FIXTURES / "epost3.xml").read_bytes(), "epost3.xml", 0)
    with pytest.raises(PubmedXMLError, match="eSearchResult"):
        _read_esearch((FIXTURES / "pubmed1.xml").read_bytes(), "pubmed1.xml")


def test_translate_espell_and_mesh_lookup(server):
    with make_backend(server) as backend:
        assert backend.translate("acne OR scars") == '"acne"[All Fields] OR "scars"[All Fields]'
        assert backend.espell("asthmaa") == "asthma"
        assert backend.espell("asthma") == "asthma"
        assert backend.mesh_lookup("needling") == ("Needles",)
        details = backend.mesh_search("asthma")
        assert [t.name for t in details.terms] == ["Asthma"] and details.count == 1
        assert backend.mesh_lookup("zzzz") == ()


def test_fetch_batches_of_at_most_200_posted_in_order(server):
    wanted = [r.pmid for r in RECORDS]
    with make_backend(server) as backend:
        got = [r.pmid for r in backend.fetch(wanted + ["99999999", "not-a-pmid", wanted[0]])]
    assert got == wanted  # unknown ids skipped, duplicates fetched once
    fetches = [r for r in server.requests if r.endpoint == "efetch"]
    sizes = [len(r.params["id"].split(",")) for r in fetches]
    assert len(fetches) == math.ceil((len(wanted) + 1) / 200) and max(sizes) <= 200
    # 200 ids do not fit a GET URL: long batches are POSTed, the short last one is a GET
    assert sorted((n, r.method) for n, r in zip(sizes, fetches)) == [(51, "GET"), (200, "POST"), (200, "POST")]


def test_parallel_batches_keep_order_and_fail_cleanly(server):
    wanted = [r.pmid for r in RECORDS[:300]]
    with make_backend(server, batch_size=20, workers=4) as backend:
        assert [r.pmid for r in backend.fetch(wanted)] == wanted
        server.set_fault("503", times=None, endpoint="efetch")
        with pytest.raises(EutilsError, match="HTTP 503"):
            list(backend.fetch(wanted, question_id="Q11"))
    assert server.count("efetch") > 300 // 20


def test_fetch_through_the_history_server(server):
    wanted = [r.pmid for r in RECORDS[:250]]
    with make_backend(server, batch_size=100) as backend:
        got = [r.pmid for r in backend.fetch(wanted, use_history=True)]
    assert got == wanted
    assert server.count("epost") == 1
    fetches = [r for r in server.requests if r.endpoint == "efetch"]
    assert len(fetches) == 3 and all("query_key" in r.params and "id" not in r.params for r in fetches)


def test_search_with_max_ids_zero_only_counts(server):
    with make_backend(server) as backend:
        result = backend.search("needling", max_ids=0)
    assert result.count == len(RECORDS) and result.pmids == ()


def test_config_from_env_and_key_hidden(monkeypatch):
    monkeypatch.setenv("NCBI_EMAIL", "env@example.org")
    monkeypatch.setenv("NCBI_API_KEY", KEY)
    monkeypatch.setenv("NCBI_EUTILS_URL", "http://127.0.0.1:9/eutils")
    config = EutilsConfig.from_env(tool="t", base_url=None)
    assert (config.email, config.api_key, config.tool) == ("env@example.org", KEY, "t")
    assert config.base_url == "http://127.0.0.1:9/eutils/"
    assert EutilsConfig.from_env(base_url="http://other:1/").base_url == "http://other:1/"
    assert KEY not in repr(config) and KEY not in str(config) and "***" in repr(config)
    with pytest.raises(ValueError, match="not an http"):
        EutilsConfig(base_url="ftp://x")
    with pytest.raises(ValueError, match="batch_size"):
        EutilsConfig(batch_size=500)


# -- the fault matrix -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["500", "502", "503", "reset", "truncated", "malformed", "html"])
@pytest.mark.parametrize("endpoint", ["esearch", "efetch"])
def test_transient_faults_are_retried(server, kind, endpoint):
    server.set_fault(kind, times=2, endpoint=endpoint)
    with make_backend(server) as backend:
        result = backend.search("telomere", question_id="Q3")
        records = list(backend.fetch(result.pmids))
        assert backend.retries == 2
    assert result.pmids == ("27797938",)
    assert [r.pmid for r in records] == ["27797938"]  # a retried batch never duplicates records
    faulted = [r for r in server.requests if r.fault == kind]
    assert len(faulted) == 2 and {r.endpoint for r in faulted} == {endpoint}


def test_slow_answers_past_the_timeout_are_retried(server):
    server.set_fault("slow", times=1, endpoint="esearch", delay=2.0)
    with make_backend(server, timeout=0.3) as backend:
        result = backend.search("telomere")
        assert backend.retries == 1
    assert result.pmids == ("27797938",)


def test_timeouts_on_every_try_end_in_a_clear_error(server):
    server.set_fault("slow", times=None, endpoint="esearch", delay=2.0)
    with make_backend(server, timeout=0.2, max_tries=2) as backend:
        with pytest.raises(EutilsError) as info:
            backend.search("telomere", question_id="Q10")
    assert "timed out after 0.2 s" in str(info.value) and "Q10" in str(info.value)


def test_backoff_is_exponential_with_jitter(server):
    waits: list[float] = []
    server.set_fault("503", times=4, endpoint="esearch")
    with make_backend(server, sleep=waits.append, backoff=0.1, max_backoff=0.5, max_tries=5) as backend:
        backend.search("telomere")
    assert len(waits) == 4
    caps = [0.1, 0.2, 0.4, 0.5]
    assert all(cap / 2 <= w < cap for w, cap in zip(waits, caps)), waits  # doubling, capped, jittered


def test_after_the_last_try_the_error_names_question_and_query(server):
    server.set_fault("503", times=None)
    with make_backend(server, max_tries=3) as backend:
        with pytest.raises(EutilsError) as info:
            backend.search("telomere AND pancreatic", question_id="Q-claim-7")
    message = str(info.value)
    assert "Q-claim-7" in message and "'telomere AND pancreatic'" in message
    assert "after 3 tries" in message and "HTTP 503" in message
    assert KEY not in message and isinstance(info.value, SearchError)
    assert server.count("esearch") == 3


def test_html_error_pages_fail_with_a_message_naming_ids_and_question(server):
    server.set_fault("html", times=None, endpoint="efetch")
    with make_backend(server, max_tries=2) as backend:
        with pytest.raises(EutilsError) as info:
            list(backend.fetch(["27797938"], question_id="Q9", query="telomere"))
    message = str(info.value)
    assert "Q9" in message and "PMID 27797938" in message and "HTML error page" in message and KEY not in message


def test_invalid_api_key_fails_at_once_without_leaking_it(articles):
    with running_server(articles, api_keys={"the-valid-key"}) as srv:
        with make_backend(srv) as backend:
            with pytest.raises(EutilsError) as info:
                backend.search("asthma", question_id="Q4")
        assert srv.count() == 1  # a 400 is not retried
        assert srv.requests[0].status == 400
    message = str(info.value)
    assert "API key invalid" in message and "HTTP 400" in message and "Q4" in message and "'asthma'" in message
    assert KEY not in message and info.value.status == 400


def test_long_get_urls_refused_with_414_are_resent_as_post(articles):
    with running_server(articles, max_url_length=300) as srv:
        long_query = " OR ".join(f"term{i}" for i in range(60)) + " OR telomere"
        with make_backend(srv, max_get_url=100_000) as backend:
            short = backend.search("telomere")
            result = backend.search(long_query, question_id="Q5")
        assert result.pmids == short.pmids and len(short.pmids) == 1
        assert [(r.method, r.status) for r in srv.requests] == [("GET", 200), ("GET", 414), ("POST", 200)]


def test_forced_429_obeys_retry_after(articles):
    with running_server(articles, retry_after=0.4) as srv:
        srv.set_fault("429", times=1, endpoint="esearch")
        with make_backend(srv) as backend:
            result = backend.search("telomere")
        assert result.pmids == ("27797938",)
        first, second = srv.requests[:2]
        assert first.status == 429 and second.status == 200
        assert second.at - first.at >= 0.4


def test_shared_rate_limiter_keeps_under_ncbi_limit(articles):
    """10 requests/s with a key: 16 requests through the NCBI limiter, zero 429s."""
    with running_server(articles, rate_limit=True) as srv:
        with make_backend(srv, limiter=RateLimiter.for_ncbi(True)) as backend:
            for i in range(8):
                backend.search(f"asthma OR term{i}")
                backend.translate(f"acne OR term{i}")
        statuses = [r.status for r in srv.requests]
    assert len(statuses) == 16 and statuses.count(429) == 0


def test_rate_limit_headers_lower_the_rate(articles):
    """The server allows 4/s; the client starts at 20/s and must slow down from the headers."""
    with running_server(articles, rate_limit=4.0) as srv:
        with make_backend(srv, limiter=RateLimiter(20)) as backend:
            for i in range(9):
                backend.translate(f"acne OR term{i}")
            assert backend.limiter.rate == 4.0
        statuses = [r.status for r in srv.requests]
    assert statuses.count(429) == 0 and len(statuses) == 9


def test_server_rate_limit_answers_429_with_ncbi_body(articles):
    with running_server(articles, rate_limit=3.0) as srv:
        url = srv.url + "esearch.fcgi"
        with httpx.Client() as client:
            answers = [client.get(url, params={"db": "pubmed", "term": "asthma"}) for _ in range(6)]
    limited = [a for a in answers if a.status_code == 429]
    assert limited, "the loopback server must enforce the rate"
    body = limited[0].json()
    assert body["error"] == "API rate limit exceeded" and body["limit"] == "3"
    assert limited[0].headers["X-RateLimit-Remaining"] == "0"
    assert answers[0].headers["X-RateLimit-Limit"] == "3"


def test_over_10000_hits_are_paged_by_splitting_the_date_range():
    n = 25_000
    records = synthetic(n, start=40_000_000, word="cancer")
    first = date(2019, 1, 1)
    # 12,000 in 2019 alone: the split must go below a whole year.
    dates = {r.pmid: (first + timedelta(days=i * 1095 // n)).timetuple()[:3] for i, r in enumerate(records)}
    dates.update({r.pmid: (2019, 1 + i % 12, 1 + i % 28) for i, r in enumerate(records[:12_000])})
    every = [r.pmid for r in records]
    with running_server(records, dates=dates, matcher=lambda q: every) as srv:
        with make_backend(srv) as backend:
            capped = backend.search("cancer")
            assert capped.count == n and len(capped.pmids) == ESEARCH_CAP
            assert any("first 10000" in w for w in capped.warnings)
            result = backend.search("cancer", max_ids=50_000, question_id="Q6")
        searches = [r for r in srv.requests if r.endpoint == "esearch"]
    assert result.count == n
    assert sorted(result.pmids) == sorted(every)  # all of them, once each
    assert all(int(r.params.get("retmax", 0)) <= ESEARCH_CAP for r in searches)
    assert any("[dp]" in r.params["term"] for r in searches)
    days = [dates[p] for p in result.pmids]
    assert days == sorted(days, reverse=True)  # newest first


def test_endpoint_unreachable_names_the_query():
    with socket_closed_port() as port:
        config = EutilsConfig(base_url=f"http://127.0.0.1:{port}/", api_key=KEY, max_tries=2, backoff=0.01, timeout=0.5)
        with EntrezBackend(config, limiter=RateLimiter(1000)) as backend:
            with pytest.raises(EutilsError) as info:
                backend.search("asthma", question_id="Q8")
    message = str(info.value)
    assert "Q8" in message and "connection failed" in message and KEY not in message


def test_httpx_log_lines_never_show_the_key(server, caplog):
    with caplog.at_level(logging.DEBUG):
        with make_backend(server) as backend:
            backend.search("asthma")
            server.set_fault("503", times=1)
            backend.search("acne")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "api_key" in text  # the URL was logged ...
    assert KEY not in text  # ... without the key


class socket_closed_port:
    """A port nothing listens on."""

    def __enter__(self) -> int:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        return self.sock.getsockname()[1]

    def __exit__(self, *exc: object) -> None:
        self.sock.close()


# -- the rate limiter ----------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_limiter_spaces_requests_at_the_ncbi_rates():
    for has_key, rate in ((False, 3.0), (True, 10.0)):
        clock = FakeClock()
        limiter = RateLimiter.for_ncbi(has_key, clock=clock, sleep=clock.sleep)
        starts = []
        for _ in range(10):
            limiter.acquire()
            starts.append(clock.now)
        gaps = [b - a for a, b in zip(starts, starts[1:])]
        assert all(g == pytest.approx(1 / rate) for g in gaps)
        assert limiter.rate == rate


def test_limiter_does_not_let_a_late_request_catch_up():
    clock = FakeClock()
    limiter = RateLimiter(3, clock=clock, sleep=clock.sleep)
    limiter.acquire()
    clock.now += 5  # idle: no burst credit is saved up
    limiter.acquire()
    start = clock.now
    limiter.acquire()
    assert clock.now - start == pytest.approx(1 / 3)


def test_limiter_obeys_retry_after_and_rate_headers():
    clock = FakeClock()
    limiter = RateLimiter(10, clock=clock, sleep=clock.sleep, wall_clock=lambda: 1_000_000.0)
    limiter.acquire()
    assert limiter.observe(429, {"retry-after": "2"}) == 2.0
    limiter.acquire()
    assert sum(clock.sleeps) == pytest.approx(2.0)
    limiter.observe(200, {"x-ratelimit-limit": "3", "x-ratelimit-remaining": "2"})
    assert limiter.rate == 3.0
    limiter.observe(200, {"x-ratelimit-limit": "50"})
    assert limiter.rate == 3.0  # never raised above what we were told
    before = clock.now
    limiter.observe(200, {"x-ratelimit-remaining": "0"})
    limiter.acquire()
    assert clock.now - before == pytest.approx(1 / 3)
    assert retry_after_seconds("Thu, 01 Jan 1970 11:46:45 GMT", now=0.0) == pytest.approx(42_405.0)
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_limiter_is_thread_safe():
    limiter = RateLimiter(200)
    starts: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(5):
            limiter.acquire()
            with lock:
                starts.append(time.monotonic())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    starts.sort()
    assert len(starts) == 20 and limiter.acquired == 20
    assert all(b - a >= 0.005 * 0.9 for a, b in zip(starts, starts[1:]))


def test_backends_of_one_host_share_one_limiter(server):
    a = EntrezBackend(EutilsConfig(base_url=server.url))
    b = EntrezBackend(EutilsConfig(base_url=server.url + "x/"))
    try:
        assert a.limiter is b.limiter is shared_limiter(f"127.0.0.1:{server.port}", False)
        assert a.limiter.rate == 3.0
    finally:
        a.close()
        b.close()


def test_fault_switches_cover_the_matrix():
    assert set(FAULTS) == {"500", "502", "503", "429", "slow", "reset", "truncated", "malformed", "html", "gzip-bomb"}
