"""Security: the NCBI API key never leaves the process, hostile XML is refused, hostile records are
shown as text.

- A sentinel key goes through whole runs against the loopback E-utilities server (with retried
  faults whose bodies echo the key, as NCBI's 429 does, and a rejected key), then every artefact
  is searched for it: the store's bytes (and its live write-ahead log), stdout/stderr, log records,
  exception texts and chains, every export format, and the rendered dashboard.
- Hostile XML (XXE, parameter entities fetching a DTD, billion laughs) is served as E-utilities
  answers and handed to `tracker mirror ingest`. Parser-level cases are in tests/test_pubmed_xml.py.
- A record whose title, journal, author and abstract hold `<script>` and `<img onerror>` runs from
  the loopback server through `tracker run` into the dashboard (AppTest) and the HTML report.

The query translator's fuzzing (crashes, SQL injection against a canary table) is in
tests/test_local_index.py and tests/test_pubmed_query.py and is not repeated here.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import time
import traceback
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pandas as pd
import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest

from tests.eutils_server import running_server
from tests.small_audit import ARTICLE, make_audit
from tests.static_server import serving
from tracker.claims import load_inputs, load_questions
from tracker.cli import EXIT_RUNTIME, main
from tracker.eutils import EntrezBackend, EutilsConfig, EutilsError
from tracker.export import FORMATS
from tracker.models import AbstractSection, MeshHeading, Record
from tracker.pipeline import run_audit
from tracker.ratelimit import RateLimiter
from tracker.search import SearchError
from tracker.snapshot import iter_records
from tracker.store import Store

KEY = "SENTINEL-NCBI-KEY-4b1d7e93c0a2"
APP = Path(__file__).resolve().parent.parent / "tracker" / "dashboard" / "app.py"
SCRIPT = '<script>alert("xss")</script>'
IMG = "<img src=x onerror=alert(1)>"
HOSTILE_PMID = "39999001"


def tracker(*args, env_key: str | None = KEY, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NCBI_")}
    if env_key:
        env["NCBI_API_KEY"] = env_key
    return subprocess.run([sys.executable, "-m", "tracker.cli", *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=timeout)


def run_args(folder: Path, db: Path, url: str) -> list:
    articles, claims, questions = folder / "articles", folder / "claims.csv", folder / "questions.csv"
    return ["run", "--source", "entrez", "--eutils-url", url, "--db", db, "--claims", claims, "--questions",
            questions, "--articles", articles, "--no-extract", "--quiet"]


# ---- the rendered dashboard --------------------------------------------------------------------------

def walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from walk(child)


def elements(at: AppTest):
    return [n for root in (at.main, at.sidebar) for n in walk(root) if getattr(n, "proto", None) is not None]


def render_pages(db: Path, monkeypatch, *, claim: str, article: str, question: str) -> list[AppTest]:
    """Every page of the dashboard over `db`, as a browser would get them."""
    monkeypatch.setenv("TRACKER_DB", str(db))
    pages = []
    for query in ({}, {"claim": claim}, {"article": article}, {"question": question}):
        at = AppTest.from_file(str(APP), default_timeout=30)
        at.query_params.update(query)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        pages.append(at)
    at = AppTest.from_file(str(APP), default_timeout=30).run()
    at.switch_page("views/export.py").run()
    assert not at.exception, [e.value for e in at.exception]
    pages.append(at)
    return pages


class _Tags(HTMLParser):
    """Every tag and attribute name in a piece of HTML, as a browser's parser would see them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.json_ld = 0

    def handle_starttag(self, tag, attrs):
        # Structured data (ClaimReview JSON-LD in a report) is not run by the browser: it is not a
        # script; its content is checked in `assert_inert`.
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.json_ld += 1
            return
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)


def markup_of(text: str) -> _Tags:
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser


def assert_inert(text: str, where: str) -> None:
    """No script, image or event handler: the payloads stayed text."""
    found = markup_of(text)
    assert not {"script", "img", "svg", "iframe"} & found.tags, (where, found.tags)
    if found.json_ld:  # a JSON-LD block ends only at its own </script>: no payload closes it early
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S | re.I):
            assert "<" not in block, (where, block[:300])
    assert not [a for a in found.attrs if a.startswith("on")], (where, found.attrs)


# ---- the API key -----------------------------------------------------------------------------------

def test_api_key_never_reaches_the_store_output_exports_or_dashboard(tmp_path, monkeypatch):
    folder = tmp_path / "audit"
    make_audit(folder)
    db = tmp_path / "tracker.db"
    outputs: list[str] = []
    with running_server(list(iter_records())) as server:
        # Faults that are retried; NCBI's 429 body (as served here) carries the api key.
        server.set_fault("429", times=1, endpoint="esearch")
        server.set_fault("503", times=1, endpoint="efetch")
        server.set_fault("truncated", times=1, endpoint="efetch")
        r = tracker(*run_args(folder, db, server.url))
        assert r.returncode == 0, r.stderr
        outputs += [r.stdout, r.stderr]
        qid = load_questions(folder / "questions.csv")[0].question_id
        for args in (["search", qid, "--questions", folder / "questions.csv"], ["query", qid, "--questions",
                                                                                 folder / "questions.csv"]):
            r = tracker(*args, "--source", "entrez", "--eutils-url", server.url,
                        *(["--db", db] if args[0] == "search" else []))
            assert r.returncode == 0, r.stderr
            outputs += [r.stdout, r.stderr]
        sent = [q.params.get("api_key") for q in server.requests]
        assert sent and set(sent) == {KEY}, "every request carried the sentinel key"
        assert {q.status for q in server.requests} >= {200, 429, 503}, "the faults were served"
        echoed = httpx.get(server.url + "esearch.fcgi", params={"term": "x", "api_key": KEY})
    with running_server(list(iter_records()), api_keys={"another-key"}) as rejecting:
        # The key is refused (400, and NCBI's body echoes it): the run fails and records why.
        for args in (run_args(folder, db, rejecting.url),
                     ["search", qid, "--questions", folder / "questions.csv", "--source", "entrez",
                      "--eutils-url", rejecting.url, "--db", db]):
            r = tracker(*args)
            assert r.returncode == EXIT_RUNTIME and "HTTP 400" in r.stderr and "API key invalid" in r.stderr, r.stderr
            outputs += [r.stdout, r.stderr]
        rejected = httpx.get(rejecting.url + "esearch.fcgi", params={"term": "x", "api_key": KEY})
    assert rejected.status_code == 400 and KEY in rejected.text, "the refusal echoes the key"
    assert echoed.status_code == 200
    with Store(db, readonly=True) as s:
        runs = s.runs_frame()
        assert list(runs["status"]) == ["failed", "complete"] and "API key invalid" in runs["error"][0]

    for text in outputs:
        assert KEY not in text
    # Every export format, written by the CLI.
    for fmt in FORMATS:
        result = CliRunner().invoke(main, ["export", "--format", fmt, "--out", str(tmp_path / "exports" / fmt),
                                           "--db", str(db)], catch_exceptions=False)
        assert result.exit_code == 0, result.stderr
        assert KEY not in result.output
    parquet = list((tmp_path / "exports").rglob("*.parquet"))
    assert parquet
    for path in parquet:  # compressed columns: look at the values, not only the bytes
        frame = pd.read_parquet(path)
        assert not frame.astype(str).apply(lambda col: col.str.contains(KEY, regex=False)).any().any(), path
    # Every file the runs and exports left: the store (with any -wal/-shm), exports, outputs.
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) > 2 * len(FORMATS)
    for path in files:
        assert KEY.encode() not in path.read_bytes(), path
        assert KEY.encode("utf-16-le") not in path.read_bytes(), path
    # The dashboard, every page.
    with Store(db, readonly=True) as s:
        claims = s.claims_frame()
    pages = render_pages(db, monkeypatch, claim=claims["claim_id"][0], article=ARTICLE, question=qid)
    for at in pages:
        for el in elements(at):
            assert KEY.encode() not in el.proto.SerializeToString(), type(el).__name__
        for df in at.dataframe:
            assert not df.value.astype(str).apply(lambda col: col.str.contains(KEY, regex=False)).any().any()


def test_api_key_stays_out_of_logs_exceptions_and_the_live_write_ahead_log(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)  # everything: httpx/httpcore request logs, retries
    audit = make_audit(tmp_path / "audit", n_questions=2)
    articles, claims, questions = audit.articles, audit.claims, audit.questions
    inputs = load_inputs(claims, questions, articles)
    db = tmp_path / "t.db"

    def backend(url: str) -> EntrezBackend:
        config = EutilsConfig(base_url=url, api_key=KEY, email="sec@example.org", backoff=0.01, max_backoff=0.02,
                              max_tries=3, timeout=5)
        assert KEY not in repr(config) and KEY not in str(config)
        return EntrezBackend(config, limiter=RateLimiter(1000))

    with running_server(list(iter_records())) as server:
        server.set_fault("429", times=1, endpoint="esearch")
        server.set_fault("malformed", times=1, endpoint="efetch")
        with backend(server.url) as b, Store(db) as store:
            run_audit(store, b, inputs)
            live = [db.with_name(db.name + suffix) for suffix in ("", "-wal")]
            assert live[1].stat().st_size > 0, "the run's writes are in the write-ahead log"
            for path in live:
                assert KEY.encode() not in path.read_bytes(), path
        assert {r.status for r in server.requests} >= {200, 429}
    with running_server(list(iter_records()), api_keys={"another-key"}) as rejecting:
        with backend(rejecting.url) as b, Store(db) as store:
            with pytest.raises(SearchError) as info:
                run_audit(store, b, inputs, refresh=True)
            error_row = store.runs_frame()["error"][0]
        with backend(f"http://127.0.0.1:{_closed_port()}/eutils/") as b:
            with pytest.raises(EutilsError) as unreachable:
                b.search("microneedling", question_id="q-unreachable")
    for exc in (info.value, unreachable.value):
        texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))]
        cause = exc
        while cause is not None:  # the whole chain, causes and contexts
            texts += [str(cause), repr(cause.args)]
            cause = cause.__cause__ or cause.__context__
        for text in texts:
            assert KEY not in text
    assert "API key invalid" in str(info.value) and KEY not in error_row
    assert "connection failed" in str(unreachable.value)
    messages = [rec.getMessage() for rec in caplog.records]
    requests = [m for m in messages if "HTTP Request" in m and "esearch.fcgi" in m]
    assert requests and all("api_key=***" in m for m in requests), "httpx logged the request URLs"
    assert any("retry" in m for m in messages), "the retries were logged"
    for rec in caplog.records:
        text = rec.getMessage() + (logging.Formatter().formatException(rec.exc_info) if rec.exc_info else "")
        assert KEY not in text, rec.name


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---- hostile XML ------------------------------------------------------------------------------------------

ARTICLE_XML = (b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>%s"
               b"</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>")
LAUGHS = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))


def hostile_documents(secret: Path, base: str) -> dict[str, bytes]:
    return {
        "xxe": b'<?xml version="1.0"?>\n<!DOCTYPE eSearchResult [<!ENTITY xxe SYSTEM "' + secret.as_uri().encode()
               + b'">]>\n<eSearchResult><Count>1</Count><QueryTranslation>&xxe;</QueryTranslation></eSearchResult>',
        "dtd": b'<?xml version="1.0"?>\n<!DOCTYPE eSearchResult [<!ENTITY % remote SYSTEM "' + base.encode()
               + b'evil.dtd"> %remote;]>\n<eSearchResult><Count>0</Count></eSearchResult>',
        "laughs": ('<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY lol0 "lol">' + LAUGHS + "]>\n").encode()
                  + ARTICLE_XML % b"&lol9;",
        "external-dtd": b'<?xml version="1.0"?>\n<!DOCTYPE eSearchResult SYSTEM "' + base.encode()
                        + b'evil.dtd">\n<eSearchResult><Count>0</Count><QueryTranslation>plain</QueryTranslation>'
                        b"<IdList/></eSearchResult>",
    }


@contextmanager
def serving_hostile(endpoint: str, kind: str, secret: Path):
    """`serving` whose `endpoint` answers with hostile document `kind` pointing back at the server."""
    bodies: dict[str, bytes] = {}
    with serving(bodies) as (base, asked):
        bodies[endpoint] = hostile_documents(secret, base)[kind]
        yield base, asked


@pytest.mark.parametrize("kind", ["xxe", "dtd", "laughs"])
def test_hostile_eutils_answers_are_refused(tmp_path, kind):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-FILE-CONTENT")
    endpoint = "efetch" if kind == "laughs" else "esearch"
    with serving_hostile(endpoint, kind, secret) as (base, asked):
        config = EutilsConfig(base_url=base, max_tries=2, backoff=0.01, max_backoff=0.02, timeout=5, api_key=KEY)
        with EntrezBackend(config, limiter=RateLimiter(1000)) as b:
            started = time.monotonic()
            with pytest.raises(EutilsError) as info:
                if kind == "laughs":
                    list(b.fetch(["1"], question_id="q1"))
                else:
                    b.search("microneedling", question_id="q1")
            took = time.monotonic() - started
    message = str(info.value)
    assert "refused" in message and "failed after 2 tries" in message, message
    assert "TOP-SECRET" not in message and KEY not in message
    assert took < 5, "an entity bomb is refused before it is expanded"
    assert len(asked) == 2 and not [p for p in asked if "evil.dtd" in p], "no DTD was fetched"


def test_external_dtd_reference_is_read_but_never_fetched():
    with serving_hostile("esearch", "external-dtd", Path("/nonexistent")) as (base, asked):
        with EntrezBackend(EutilsConfig(base_url=base, max_tries=1, timeout=5), limiter=RateLimiter(1000)) as b:
            result = b.search("microneedling")  # NCBI's answers name a DTD: normal, and never loaded
    assert result.count == 0 and result.translation == "plain"
    assert [p.split("?")[0].rsplit("/", 1)[-1] for p in asked] == ["esearch.fcgi"], asked


@pytest.mark.parametrize("kind", ["xxe", "laughs"])
def test_mirror_ingest_refuses_hostile_files(tmp_path, kind):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-FILE-CONTENT")
    doc = tmp_path / f"{kind}.xml"
    if kind == "xxe":
        doc.write_bytes(b'<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM "'
                        + secret.as_uri().encode() + b'">]>\n' + ARTICLE_XML % b"&xxe;")
    else:
        doc.write_bytes(hostile_documents(secret, "http://127.0.0.1:9/")["laughs"])
    index = tmp_path / "mirror.db"
    result = CliRunner().invoke(main, ["mirror", "ingest", str(doc), "--mirror", str(index)], catch_exceptions=False)
    assert result.exit_code == EXIT_RUNTIME, (result.stdout, result.stderr)
    assert f"error: {doc}: refused" in result.stderr
    assert "TOP-SECRET" not in result.stderr + result.stdout


# ---- a hostile record, end to end -------------------------------------------------------------------------

HOSTILE = Record(
    pmid=HOSTILE_PMID,
    title=f"Microneedling for atrophic acne scars {SCRIPT} {IMG}: a randomized controlled trial",
    abstract=(
        AbstractSection("BACKGROUND", f"Atrophic acne scars are common {IMG}."),
        AbstractSection("METHODS", "In this randomized controlled trial, 120 patients with atrophic acne scars were "
                                   "randomized to microneedling or no treatment."),
        AbstractSection("RESULTS", "Microneedling significantly improved atrophic acne scar severity compared with "
                                   f"control (p < 0.001) {SCRIPT}."),
        AbstractSection("CONCLUSIONS", "Microneedling is an effective treatment for atrophic acne scars."),
    ),
    journal=f"J Dermatol Treat {IMG}", year=2023, publication_types=("Randomized Controlled Trial",),
    mesh=(MeshHeading("Acne Vulgaris"), MeshHeading("Cicatrix")), authors=(f"Mallory {SCRIPT}",), language="eng",
)


def test_a_script_in_a_record_stays_text_from_pubmed_to_the_page_and_the_report(tmp_path, monkeypatch):
    folder = tmp_path / "audit"
    make_audit(folder, question_ids=["mn-acne-scars"])
    db = tmp_path / "tracker.db"
    with running_server([HOSTILE, *iter_records()]) as server:
        r = tracker(*run_args(folder, db, server.url))
        assert r.returncode == 0, r.stderr
        assert any(q.endpoint == "efetch" and HOSTILE_PMID in q.params.get("id", "") for q in server.requests)
    with Store(db, readonly=True) as s:
        stored = s.get_records("entrez", [HOSTILE_PMID])[HOSTILE_PMID]
        claims = s.claims_frame()
    assert stored.title == HOSTILE.title and stored.journal == HOSTILE.journal, "stored as the text it is"
    claim = claims.iloc[0]
    assert HOSTILE_PMID in claim["cited_pmids"], "the hostile study is cited, so every view shows it"

    pages = render_pages(db, monkeypatch, claim=claim["claim_id"], article=ARTICLE, question="mn-acne-scars")
    shown = False
    for at in pages:
        for el in elements(at):
            body = getattr(el.proto, "body", None)
            if not isinstance(body, str):
                continue
            if getattr(el, "type", "") == "html" or getattr(el.proto, "allow_html", False):
                assert_inert(body, type(el).__name__)
            else:  # Markdown: any '<' from data must arrive backslash-escaped
                assert not re.search(r"(?<!\\)<(script|img)", body, re.I), body[:300]
        for df in at.dataframe:
            shown |= df.value.astype(str).apply(lambda col: col.str.contains("<script>", regex=False)).any().any()
    assert shown, "the title reached the page (as table text)"

    result = CliRunner().invoke(main, ["export", "--format", "html", "--out", str(tmp_path / "html"), "--db", str(db)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    pages = sorted((tmp_path / "html").glob("*.html"))
    for other in pages:  # the report and the index that lists it
        assert_inert(other.read_text(encoding="utf-8"), other.name)
    (report,) = [p for p in pages if p.name != "index.html"]
    page = report.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in page, "the title is in the report, escaped"
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
