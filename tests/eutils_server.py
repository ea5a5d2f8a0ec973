"""A loopback HTTP server that behaves like NCBI E-utilities, for tests and benchmarks.

It serves esearch, efetch, epost, espell and esummary (GET and POST) over a configurable
set of records, with a history server (WebEnv/query_key), NCBI's XML formats (modelled on
../shared/fixtures/entrez/), NCBI's rate limit (429 with its JSON body and X-RateLimit-*
headers), invalid-API-key answers, ESearch's 10,000-id cap with [dp] date-range filtering,
and fault switches: 500/502/503, 429, slow answers, connection resets, truncated bodies,
malformed XML, HTML error pages with status 200, and 414 for over-long GET URLs.

    with running_server(records=records) as server:
        backend = EntrezBackend(EutilsConfig(base_url=server.url))
        server.set_fault("503", times=2)

Manual use: `python -m tests.eutils_server --port 8765 --records data/snapshot/records.jsonl`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from tracker.models import Record
from tracker.pubmed_xml import parse, safe_parser

__all__ = [
    "EutilsServer",
    "FAULTS",
    "LoggedRequest",
    "article_set",
    "article_xml",
    "articles_from_file",
    "default_matcher",
    "running_server",
]

ESEARCH_CAP = 10_000
FAULTS = ("500", "502", "503", "429", "slow", "reset", "truncated", "malformed", "html", "gzip-bomb")
BOMB_BYTES = 1 << 30  # what the "gzip-bomb" answer decompresses to: 1 GB of whitespace


def gzip_bomb(size: int = BOMB_BYTES) -> bytes:
    """A gzip stream of `size` bytes of whitespace (about 1 MB per GB), made once per size."""
    if size not in _BOMBS:
        import zlib
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: a gzip header
        chunk = b" " * (1 << 20)
        parts = [packer.compress(chunk) for _ in range(size // len(chunk))]
        _BOMBS[size] = b"".join(parts) + packer.flush()
    return _BOMBS[size]


_BOMBS: dict[int, bytes] = {}
PUBMED_DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">'
)
ESEARCH_DOCTYPE = (
    '<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">'
)
EPOST_DOCTYPE = (
    '<!DOCTYPE ePostResult PUBLIC "-//NLM//DTD epost 20090526//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20090526/epost.dtd">'
)
ESUMMARY_DOCTYPE = (
    '<!DOCTYPE eSummaryResult PUBLIC "-//NLM//DTD esummary v1 20041029//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20041029/esummary-v1.dtd">'
)
HTML_ERROR_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>NCBI - WWW Error 503 Diagnostic</title></head>
<body><h1>Service unavailable</h1>
<p>The server is temporarily unable to service your request. Please try again later.</p>
<p>Diagnostic information: ncbi_phid 1234567890ABCDEF</p></body></html>
"""
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FIELD_NAMES = {
    "tiab": "Title/Abstract", "ti": "Title", "ab": "Abstract", "mh": "MeSH Terms", "mesh": "MeSH Terms",
    "majr": "MeSH Major Topic", "pt": "Publication Type", "la": "Language", "au": "Author",
    "dp": "Date - Publication", "all": "All Fields", "tw": "Text Word", "kw": "Keyword", "ot": "Keyword",
}

Day = tuple[int, int, int]
Matcher = Callable[[str], Iterable[str]]


# -- PubMed XML builders ---------------------------------------------------------------------


def article_xml(
    record: Record,
    *,
    pub_date: Day | None = None,
    title_xml: str | None = None,
    abstract_xml: Sequence[tuple[str | None, str]] | None = None,
) -> bytes:
    """`record` as one NCBI `<PubmedArticle>` (the layout efetch returns).

    `title_xml` / `abstract_xml` replace the escaped title / sections with ready-made XML
    fragments (inline markup such as <i>, <sup>, MathML), for parser tests.
    """
    esc = escape
    y, m, d = pub_date or (record.year or 2000, 0, 0)
    pub = f"<Year>{y}</Year>" + (f"<Month>{MONTHS[m - 1]}</Month>" if m else "") + (f"<Day>{d:02d}</Day>" if m and d else "")
    title = title_xml if title_xml is not None else esc(record.title)
    sections = abstract_xml if abstract_xml is not None else [(s.label, esc(s.text)) for s in record.abstract]
    parts = [
        '<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM" IndexingMethod="Automated">',
        f'<PMID Version="1">{esc(record.pmid)}</PMID>',
        '<Article PubModel="Print"><Journal><JournalIssue CitedMedium="Internet">',
        f"<PubDate>{pub}</PubDate></JournalIssue>",
        f"<Title>{esc(record.journal or 'Unknown journal')}</Title>",
        f"<ISOAbbreviation>{esc(record.journal or 'Unknown journal')}</ISOAbbreviation></Journal>",
        f"<ArticleTitle>{title}</ArticleTitle>",
    ]
    if record.doi:
        parts.append(f'<ELocationID EIdType="doi" ValidYN="Y">{esc(record.doi)}</ELocationID>')
    if sections:
        parts.append("<Abstract>")
        for label, text in sections:
            attrs = f" Label={quoteattr(label)} NlmCategory={quoteattr(label.upper())}" if label else ""
            parts.append(f"<AbstractText{attrs}>{text}</AbstractText>")
        parts.append("</Abstract>")
    if record.authors:
        parts.append('<AuthorList CompleteYN="Y">')
        for author in record.authors:
            last, _, initials = author.rpartition(" ")
            if last and initials.isupper():
                parts.append(
                    f'<Author ValidYN="Y"><LastName>{esc(last)}</LastName><ForeName>{esc(initials)}</ForeName>'
                    f"<Initials>{esc(initials)}</Initials><AffiliationInfo><Affiliation>Department of Testing, "
                    "Loopback University.</Affiliation></AffiliationInfo></Author>"
                )
            else:
                parts.append(f'<Author ValidYN="Y"><CollectiveName>{esc(author)}</CollectiveName></Author>')
        parts.append("</AuthorList>")
    parts.append(f"<Language>{esc(record.language or 'eng')}</Language>")
    parts.append("<PublicationTypeList>")
    for i, pt in enumerate(record.publication_types or ("Journal Article",)):
        parts.append(f'<PublicationType UI="D{16428 + i:06d}">{esc(pt)}</PublicationType>')
    parts.append("</PublicationTypeList></Article>")
    parts.append(
        f"<MedlineJournalInfo><Country>United States</Country><MedlineTA>{esc(record.journal or 'Unknown journal')}"
        "</MedlineTA><NlmUniqueID>0000000</NlmUniqueID></MedlineJournalInfo>"
    )
    if record.mesh:
        parts.append("<MeshHeadingList>")
        for i, heading in enumerate(record.mesh):
            qualifiers = "".join(
                f'<QualifierName UI="Q{i:06d}" MajorTopicYN="N">{esc(q)}</QualifierName>' for q in heading.qualifiers
            )
            major = "Y" if heading.major else "N"
            parts.append(
                f'<MeshHeading><DescriptorName UI="D{i:06d}" MajorTopicYN="{major}">{esc(heading.descriptor)}'
                f"</DescriptorName>{qualifiers}</MeshHeading>"
            )
        parts.append("</MeshHeadingList>")
    if record.keywords:
        parts.append('<KeywordList Owner="NOTNLM">')
        parts.extend(f'<Keyword MajorTopicYN="N">{esc(k)}</Keyword>' for k in record.keywords)
        parts.append("</KeywordList>")
    parts.append("</MedlineCitation><PubmedData><History>")
    parts.append(f'<PubMedPubDate PubStatus="pubmed"><Year>{y}</Year><Month>{m or 1}</Month><Day>{d or 1}</Day></PubMedPubDate>')
    parts.append("</History><PublicationStatus>ppublish</PublicationStatus><ArticleIdList>")
    parts.append(f'<ArticleId IdType="pubmed">{esc(record.pmid)}</ArticleId>')
    if record.doi:
        parts.append(f'<ArticleId IdType="doi">{esc(record.doi)}</ArticleId>')
    if record.pmc:
        parts.append(f'<ArticleId IdType="pmc">{esc(record.pmc)}</ArticleId>')
    parts.append("</ArticleIdList></PubmedData></PubmedArticle>")
    return "".join(parts).encode("utf-8")


def article_set(articles: Iterable[bytes]) -> bytes:
    """PubmedArticle elements wrapped the way efetch wraps them."""
    head = f'<?xml version="1.0" ?>\n{PUBMED_DOCTYPE}\n<PubmedArticleSet>\n'.encode()
    return head + b"\n".join(articles) + b"\n</PubmedArticleSet>\n"


def articles_from_file(path: str | Path) -> list[bytes]:
    """The `<PubmedArticle>` elements of a PubMed XML file (e.g. a fixture), serialised."""
    root = etree.parse(str(path), safe_parser()).getroot()
    return [etree.tostring(el, encoding="utf-8") for el in root if el.tag in ("PubmedArticle", "PubmedBookArticle")]


def _pub_date(article: bytes, record: Record) -> Day:
    el = etree.fromstring(article, safe_parser())
    date_el = el.find(".//JournalIssue/PubDate")
    year = record.year or 2000
    month = day = 0
    if date_el is not None:
        if (date_el.findtext("Year") or "").isdigit():
            year = int(date_el.findtext("Year"))
        month_text = (date_el.findtext("Month") or "").strip()[:3].title()
        if month_text.isdigit():
            month = int(month_text)
        elif month_text in MONTHS:
            month = MONTHS.index(month_text) + 1
        if month and (date_el.findtext("Day") or "").isdigit():
            day = int(date_el.findtext("Day"))
    return (year, month, day)


# -- query evaluation ------------------------------------------------------------------------

_TOKEN = re.compile(
    r'\s*(?:(?P<open>\()|(?P<close>\))|(?P<op>AND|OR|NOT)(?=[\s(")]|$)'
    r'|"(?P<phrase>[^"]*)"(?:\[(?P<ptag>[^\]]*)\])?'
    r"|(?P<word>[^\s()\"\[]+)(?:\[(?P<wtag>[^\]]*)\])?)"
)
_DATE = re.compile(r"^(\d{4})(?:/(\d{1,2})(?:/(\d{1,2}))?)?$")
_WORD = re.compile(r"\w+")


@dataclass
class _Entry:
    record: Record
    xml: bytes | None
    day: Day
    text: str = ""  # lower-cased title + abstract, for matching
    everything: str = ""  # plus MeSH and keywords
    entered: Day | None = None  # entry date (edat); None: the publication date

    def __post_init__(self) -> None:
        self.text = f"{self.record.title} {self.record.abstract_text}".lower()
        self.everything = f"{self.text} {' '.join(self.record.mesh_terms)} {' '.join(self.record.keywords)}".lower()


def _date_bounds(lo_text: str, hi_text: str | None) -> tuple[Day, Day] | None:
    lo_m, hi_m = _DATE.match(lo_text), _DATE.match(hi_text or lo_text)
    if not lo_m or not hi_m:
        return None
    lo = tuple(int(g) if g else 0 for g in lo_m.groups())
    hi = tuple(int(g) if g else 99 for g in hi_m.groups())
    return lo, hi  # type: ignore[return-value]


def _in_range(day: Day, lo: Day, hi: Day) -> bool:
    return lo <= day <= hi


class _Evaluator:
    """PubMed-flavoured boolean search: left-to-right AND/OR/NOT, parentheses, phrases,
    truncation (`term*`) and field tags ([tiab], [ti], [ab], [mh], [majr], [pt], [la], [au],
    [dp] with ranges)."""

    def __init__(self, entries: dict[str, _Entry]):
        self.entries = entries
        self._index: dict[str, dict[str, set[str]]] = {}

    def warm(self) -> None:
        self._words("text")
        self._words("everything")

    def _words(self, field_name: str) -> dict[str, set[str]]:
        # word -> PMIDs; built on first use so a large synthetic corpus starts fast
        index = self._index.get(field_name)
        if index is None:
            index = {}
            for pmid, entry in self.entries.items():
                for word in set(_WORD.findall(getattr(entry, field_name))):
                    index.setdefault(word, set()).add(pmid)
            self._index[field_name] = index
        return index

    def run(self, query: str) -> tuple[set[str], str, list[str]]:
        tokens = self._tokens(query)
        not_found: list[str] = []
        pos = 0

        def expr() -> tuple[set[str], str]:
            nonlocal pos
            result, text = operand()
            while pos < len(tokens) and tokens[pos][0] != "close":
                op = "AND"
                if tokens[pos][0] == "op":
                    op = tokens[pos][1]
                    pos += 1
                right, rtext = operand()
                if op == "AND":
                    result = result & right
                elif op == "OR":
                    result = result | right
                else:
                    result = result - right
                text = f"{text} {op} {rtext}"
            return result, text

        def operand() -> tuple[set[str], str]:
            nonlocal pos
            if pos >= len(tokens):
                return set(), ""
            kind, value, tag = tokens[pos]
            pos += 1
            if kind == "open":
                result, text = expr()
                if pos < len(tokens) and tokens[pos][0] == "close":
                    pos += 1
                return result, f"({text})"
            if kind in ("op", "close"):
                return operand()
            hits = self._term(value, tag)
            if not hits:
                not_found.append(value)
            field_name = FIELD_NAMES.get((tag or "all").lower(), tag or "All Fields")
            return hits, f'"{value.lower()}"[{field_name}]' if (tag or "").lower() != "dp" else f"{value}[{field_name}]"

        result, translation = expr() if tokens else (set(), "")
        return result, translation, not_found

    @staticmethod
    def _tokens(query: str) -> list[tuple[str, str, str | None]]:
        tokens = []
        for m in _TOKEN.finditer(query):
            if m.group("open"):
                tokens.append(("open", "(", None))
            elif m.group("close"):
                tokens.append(("close", ")", None))
            elif m.group("op"):
                tokens.append(("op", m.group("op"), None))
            elif m.group("phrase") is not None:
                tokens.append(("term", m.group("phrase"), m.group("ptag")))
            elif m.group("word"):
                tokens.append(("term", m.group("word"), m.group("wtag")))
        return tokens

    def _term(self, value: str, tag: str | None) -> set[str]:
        tag = (tag or "").lower().split(":")[0]
        entries = self.entries
        if tag == "dp":
            lo_text, _, hi_text = value.partition(":")
            bounds = _date_bounds(lo_text.strip(), hi_text.strip() or None)
            if bounds is None:
                return set()
            return {pmid for pmid, e in entries.items() if _in_range(e.day, *bounds)}
        needle = value.lower().strip()
        if not needle:
            return set()
        if tag in ("mh", "mesh", "majr"):
            return {
                pmid for pmid, e in entries.items()
                if any(needle == h.descriptor.lower() and (tag != "majr" or h.major) for h in e.record.mesh)
            }
        if tag == "pt":
            return {pmid for pmid, e in entries.items() if needle in (p.lower() for p in e.record.publication_types)}
        if tag == "la":
            return {pmid for pmid, e in entries.items() if (e.record.language or "").lower().startswith(needle[:3])}
        if tag == "au":
            return {pmid for pmid, e in entries.items() if any(a.lower().startswith(needle) for a in e.record.authors)}
        words = [w for w in re.split(r"\W+", needle.rstrip("*")) if w]
        if not words:
            return set()
        truncated = needle.endswith("*")
        pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + (r"\w*" if truncated else r"\b"))
        if tag == "ti":
            return {pmid for pmid, e in entries.items() if pattern.search(e.record.title.lower())}
        if tag == "ab":
            return {pmid for pmid, e in entries.items() if pattern.search(e.record.abstract_text.lower())}
        field_text = "text" if tag in ("tiab", "tw") else "everything"
        index = self._words(field_text)
        # Candidates from the word index; the regex decides (phrases, truncation).
        candidates: set[str] | None = None
        for i, word in enumerate(words):
            if truncated and i == len(words) - 1:
                found = set().union(*(p for w, p in index.items() if w.startswith(word)))
            else:
                found = index.get(word, set())
            candidates = found if candidates is None else candidates & found
        if len(words) == 1:
            return set(candidates or ())
        return {pmid for pmid in candidates or () if pattern.search(getattr(entries[pmid], field_text))}


def default_matcher(records: Iterable[Record]) -> Matcher:
    """Case-insensitive term matching in title/abstract (and MeSH/keywords when untagged)."""
    entries = {r.pmid: _Entry(r, None, (r.year or 0, 0, 0)) for r in records}
    evaluator = _Evaluator(entries)
    return lambda query: sorted(evaluator.run(query)[0])


# -- the server ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    endpoint: str  # "esearch", "efetch", ...
    params: dict[str, str]
    status: int
    fault: str | None
    at: float  # time.monotonic() when it arrived
    url_length: int


@dataclass
class _Fault:
    kind: str
    remaining: int | None  # None: until cleared
    endpoint: str | None
    delay: float


@dataclass
class _Bucket:
    tokens: float
    updated: float
    recent: list[float] = field(default_factory=list)


class EutilsServer:
    """NCBI E-utilities on 127.0.0.1 for tests. Start with `start()` or `running_server()`."""

    def __init__(
        self,
        records: Iterable[Record | bytes] = (),
        *,
        matcher: Matcher | None = None,
        dates: dict[str, Day] | None = None,
        rate_limit: bool | float = False,
        retry_after: float | None = None,
        api_keys: Iterable[str] | None = None,
        max_url_length: int = 4000,
        spellings: dict[str, str] | None = None,
        mesh: Iterable[tuple[str, Sequence[str]]] | None = None,
        entry_dates: dict[str, Day] | None = None,
        port: int = 0,
        host: str = "127.0.0.1",
        path: str = "/entrez/eutils/",
    ):
        self.entries: dict[str, _Entry] = {}
        for item in records:
            if isinstance(item, (bytes, bytearray, str)):
                xml = item.encode() if isinstance(item, str) else bytes(item)
                parsed = [r for r in parse(article_set([xml])) if isinstance(r, Record)]
                if not parsed:
                    raise ValueError("raw article XML holds no PubmedArticle")
                record = parsed[0]
                self.entries[record.pmid] = _Entry(record, xml, _pub_date(xml, record))
            else:
                self.entries[item.pmid] = _Entry(item, None, (item.year or 0, 0, 0))
        for pmid, day in (dates or {}).items():
            if pmid in self.entries:
                self.entries[pmid].day = day
        for pmid, day in (entry_dates or {}).items():
            if pmid in self.entries:
                self.entries[pmid].entered = day
        self._evaluator = _Evaluator(self.entries)
        self.matcher = matcher
        if matcher is None:
            self._evaluator.warm()
        self.rate_limit = rate_limit
        self.retry_after = retry_after
        self.api_keys = set(api_keys) if api_keys is not None else None
        self.max_url_length = max_url_length
        self.spellings = {k.lower(): v for k, v in (spellings or {}).items()}
        self.mesh = self._mesh_vocabulary(mesh)
        self.requests: list[LoggedRequest] = []
        self.path = path
        self._faults: list[_Fault] = []
        self._redirects: list[list] = []  # [base, status, remaining] (set_redirect)
        self._buckets: dict[str, _Bucket] = {}
        self._history: dict[str, list[list[str]]] = {}
        self._webenv_ids = itertools.count(1)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.eutils = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    # -- control --------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def start(self) -> EutilsServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> EutilsServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def set_fault(self, kind: str | int, *, times: int | None = 1, endpoint: str | None = None, delay: float = 1.0) -> None:
        """Make the next `times` requests (to `endpoint`, e.g. "efetch"; None: any) fail with
        `kind` (one of FAULTS). `times=None` keeps the fault until `clear_faults()`. `delay`
        is how long a "slow" answer waits."""
        kind = str(kind)
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}; choose from {', '.join(FAULTS)}")
        with self._lock:
            self._faults.append(_Fault(kind, times, endpoint, delay))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()
            self._redirects.clear()

    def set_redirect(self, base: str, *, status: int = 307, times: int | None = 1) -> None:
        """Answer the next `times` requests (None: until `clear_faults()`) with a redirect to
        `base` + the same endpoint (+ the query string of a GET), as a moved service would;
        `base` = this server's own url makes a redirect loop."""
        with self._lock:
            self._redirects.append([base, status, times])

    def _take_redirect(self) -> tuple[str, int] | None:
        with self._lock:
            if not self._redirects:
                return None
            entry = self._redirects[0]
            if entry[2] is not None:
                entry[2] -= 1
                if entry[2] <= 0:
                    self._redirects.pop(0)
            return entry[0], entry[1]

    def add_records(self, records: Iterable[Record], *, entered: Day) -> None:
        """New records entered into PubMed on `entered` (the evidence moves between two runs)."""
        with self._lock:
            for record in records:
                self.entries[record.pmid] = _Entry(record, None, (record.year or 0, 0, 0), entered=entered)
            self._evaluator = _Evaluator(self.entries)
            if self.matcher is None:
                self._evaluator.warm()

    def entry_day(self, pmid: str) -> Day:
        entry = self.entries[pmid]
        return entry.entered or entry.day

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def count(self, endpoint: str | None = None, *, status: int | None = None) -> int:
        with self._lock:
            return sum(
                1 for r in self.requests
                if (endpoint is None or r.endpoint == endpoint) and (status is None or r.status == status)
            )

    # -- request handling (called from handler threads) -----------------------------------

    def _take_fault(self, endpoint: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.endpoint is None or fault.endpoint == endpoint:
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining <= 0:
                            self._faults.remove(fault)
                    return fault
        return None

    def _log(self, method: str, endpoint: str, params: dict[str, str], status: int, fault: str | None, at: float, n: int) -> None:
        with self._lock:
            self.requests.append(LoggedRequest(method, endpoint, params, status, fault, at, n))

    def _rate_check(self, client: str, limit: float, now: float) -> tuple[bool, int, int]:
        """Token bucket per client (API key or IP): `limit` requests/s, bursts of `limit`."""
        with self._lock:
            bucket = self._buckets.setdefault(client, _Bucket(tokens=limit, updated=now))
            bucket.tokens = min(limit, bucket.tokens + (now - bucket.updated) * limit)
            bucket.updated = now
            bucket.recent = [t for t in bucket.recent if now - t < 1.0] + [now]
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return True, int(bucket.tokens), len(bucket.recent)
            return False, 0, len(bucket.recent)

    def _history_store(self, webenv: str | None, ids: list[str]) -> tuple[str, int]:
        with self._lock:
            if not webenv or webenv not in self._history:
                webenv = f"MCID_{next(self._webenv_ids):024x}"
                self._history[webenv] = []
            self._history[webenv].append(ids)
            return webenv, len(self._history[webenv])

    def _history_get(self, webenv: str, query_key: str) -> list[str] | None:
        with self._lock:
            sets = self._history.get(webenv)
            if sets is None or not query_key.isdigit() or not 1 <= int(query_key) <= len(sets):
                return None
            return sets[int(query_key) - 1]

    def search_ids(self, term: str) -> tuple[list[str], str, list[str]]:
        """Hits for `term` (newest first), its translation, and terms that found nothing."""
        dp_ranges = []

        def take_range(m: re.Match[str]) -> str:
            bounds = _date_bounds(m.group(1), m.group(2))
            if bounds:
                dp_ranges.append(bounds)
            return ""

        rest = re.sub(
            r"\s+AND\s+\(?(\d{4}(?:/\d{1,2}(?:/\d{1,2})?)?)(?::(\d{4}(?:/\d{1,2}(?:/\d{1,2})?)?))?\[dp\]\)?",
            take_range,
            term,
        ).strip()
        while rest.startswith("(") and rest.endswith(")") and _balanced(rest[1:-1]):
            rest = rest[1:-1].strip()
        if self.matcher is not None:
            hits = {str(p) for p in self.matcher(rest) if str(p) in self.entries}
            translation, not_found = rest, []
        else:
            hits, translation, not_found = self._evaluator.run(rest)
        for lo, hi in dp_ranges:
            hits = {p for p in hits if _in_range(self.entries[p].day, lo, hi)}
            translation += f" AND {lo[0]}/{lo[1]:02d}/{lo[2]:02d}:{hi[0]}/{min(hi[1], 12):02d}/{min(hi[2], 31):02d}[Date - Publication]"
        ordered = sorted(hits, key=lambda p: (self.entries[p].day, int(p)), reverse=True)
        return ordered, translation, not_found

    def article(self, pmid: str) -> bytes | None:
        entry = self.entries.get(pmid)
        if entry is None:
            return None
        if entry.xml is None:
            entry.xml = article_xml(entry.record, pub_date=entry.day if entry.day[1] else None)
        return entry.xml

    def _mesh_vocabulary(self, mesh: Iterable[tuple[str, Sequence[str]]] | None) -> dict[str, tuple[str, tuple[str, ...]]]:
        names: list[tuple[str, Sequence[str]]] = list(mesh or ())
        known = {n.lower() for n, _ in names}
        for entry in self.entries.values():
            for heading in entry.record.mesh:
                if heading.descriptor.lower() not in known:
                    known.add(heading.descriptor.lower())
                    names.append((heading.descriptor, ()))
        return {str(68000001 + i): (name, tuple(entry_terms)) for i, (name, entry_terms) in enumerate(names)}


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            return False
    return depth == 0


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        pass  # faults (resets, clients timing out) are expected here


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "eutils-loopback/1.0"
    error_content_type = "text/html"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (OSError, ValueError):
            pass

    def finish(self) -> None:
        try:
            super().finish()
        except (OSError, ValueError):
            pass

    def do_GET(self) -> None:
        self._serve("GET", b"")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._serve("POST", self.rfile.read(length) if length else b"")

    # -- dispatch -------------------------------------------------------------------------

    def _serve(self, method: str, body: bytes) -> None:
        server: EutilsServer = self.server.eutils  # type: ignore[attr-defined]
        arrived = time.monotonic()
        split = urlsplit(self.path)
        endpoint = split.path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".fcgi")
        params = {k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        if body:
            params.update({k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()})

        def log(status: int, fault: str | None = None) -> None:
            server._log(method, endpoint, params, status, fault, arrived, len(self.path))

        if method == "GET" and len(self.path) > server.max_url_length:
            log(414)
            return self._send(414, b"<html><body><h1>414 Request-URI Too Long</h1></body></html>", "text/html")
        handlers = {
            "esearch": self._esearch, "efetch": self._efetch, "epost": self._epost,
            "espell": self._espell, "esummary": self._esummary,
        }
        if endpoint not in handlers:
            log(404)
            return self._send(404, b"<html><body><h1>404 Not Found</h1></body></html>", "text/html")

        redirect = server._take_redirect()
        if redirect is not None:
            log(redirect[1], "redirect")
            location = redirect[0] + split.path.rsplit("/", 1)[-1] + (f"?{split.query}" if split.query else "")
            return self._send(redirect[1], b"", "text/plain", {"Location": location})

        api_key = params.get("api_key")
        if api_key is not None and server.api_keys is not None and api_key not in server.api_keys:
            log(400)
            return self._json(400, {"error": "API key invalid", "api-key": api_key, "type": "api-key", "status": "unknown"})
        headers: dict[str, str] = {}
        if server.rate_limit:
            limit = float(server.rate_limit) if not isinstance(server.rate_limit, bool) else (10.0 if api_key else 3.0)
            client = api_key or self.client_address[0]
            allowed, remaining, recent = server._rate_check(client, limit, arrived)
            headers = {"X-RateLimit-Limit": f"{limit:g}", "X-RateLimit-Remaining": str(remaining)}
            if not allowed:
                log(429, "rate")
                return self._rate_limited(client, recent, limit, headers, server.retry_after)

        fault = server._take_fault(endpoint)
        kind = fault.kind if fault else None
        if kind in ("500", "502", "503"):
            log(int(kind), kind)
            return self._send(int(kind), f"<html><body><h1>{kind} Server Error</h1></body></html>".encode(), "text/html")
        if kind == "429":
            log(429, kind)
            return self._rate_limited(api_key or self.client_address[0], 99, 3, headers, server.retry_after)
        if kind == "html":
            log(200, kind)
            return self._send(200, HTML_ERROR_PAGE, "text/html; charset=UTF-8")
        if kind == "reset":
            log(0, kind)
            return self._reset()
        if kind == "slow":
            server._stopping.wait(fault.delay)  # type: ignore[union-attr]
        if kind == "gzip-bomb":  # a small answer that decompresses to 1 GB (Content-Encoding: gzip)
            log(200, kind)
            return self._send(200, gzip_bomb(), "text/xml; charset=UTF-8", {"Content-Encoding": "gzip"})

        status, payload = handlers[endpoint](server, params)
        log(status, kind)
        content_type = "application/json" if payload.startswith(b"{") else "text/xml; charset=UTF-8"
        if kind == "malformed":
            payload = payload[: len(payload) * 2 // 3]
        if kind == "truncated":
            return self._send_truncated(status, payload, content_type, headers)
        self._send(status, payload, content_type, headers)

    # -- endpoints: each returns (status, body) -------------------------------------------

    def _esearch(self, server: EutilsServer, p: dict[str, str]) -> tuple[int, bytes]:
        term = p.get("term", "")
        retmax = _int(p.get("retmax"), 20)
        retstart = _int(p.get("retstart"), 0)
        if p.get("db", "pubmed") == "mesh":
            return 200, _mesh_search(server, term, retmax)
        if p.get("db", "pubmed") != "pubmed":
            return 200, _xml_doc(ESEARCH_DOCTYPE, f"<eSearchResult><ERROR>Invalid db name specified: {escape(p.get('db', ''))}</ERROR></eSearchResult>")
        if not term.strip():
            return 200, _xml_doc(ESEARCH_DOCTYPE, "<eSearchResult><ERROR>Empty term and query_key - nothing todo</ERROR></eSearchResult>")
        hits, translation, not_found = server.search_ids(term)
        # An entry-date window (datetype=edat, mindate and maxdate, both required by NCBI).
        if p.get("datetype") == "edat" and p.get("mindate") and p.get("maxdate"):
            window = _date_bounds(p["mindate"], p["maxdate"])
            if window is None:
                return 200, _xml_doc(ESEARCH_DOCTYPE, "<eSearchResult><ERROR>Invalid date range</ERROR></eSearchResult>")
            hits = [h for h in hits if _in_range(server.entry_day(h), *window)]
        if retstart >= ESEARCH_CAP:
            return 200, _xml_doc(
                ESEARCH_DOCTYPE,
                f"<eSearchResult><Count>{len(hits)}</Count><RetMax>0</RetMax><RetStart>{retstart}</RetStart><IdList/>"
                "<ERROR>Search Backend failed: Exception:\n'retstart' cannot be larger than 9998. For PubMed, "
                "ESearch can only retrieve the first 9,999 records matching the query.</ERROR></eSearchResult>",
            )
        page = hits[retstart : min(retstart + retmax, ESEARCH_CAP)]
        history = ""
        if p.get("usehistory", "n").lower() == "y":
            webenv, key = server._history_store(p.get("WebEnv"), hits)
            history = f"<QueryKey>{key}</QueryKey><WebEnv>{webenv}</WebEnv>"
        ids = "".join(f"<Id>{i}</Id>\n" for i in page)
        id_list = f"<IdList>\n{ids}</IdList>" if page else "<IdList/>"
        extra = ""
        if not hits:
            errors = "".join(f"<PhraseNotFound>{escape(t)}</PhraseNotFound>" for t in not_found)
            extra = (f"<ErrorList>{errors}</ErrorList>" if errors else "") + "<WarningList><OutputMessage>No items found.</OutputMessage></WarningList>"
        body = (
            f"<eSearchResult><Count>{len(hits)}</Count><RetMax>{len(page)}</RetMax><RetStart>{retstart}</RetStart>"
            f"{history}{id_list}<TranslationSet/><QueryTranslation>{escape(translation)}</QueryTranslation>{extra}</eSearchResult>"
        )
        return 200, _xml_doc(ESEARCH_DOCTYPE, body)

    def _efetch(self, server: EutilsServer, p: dict[str, str]) -> tuple[int, bytes]:
        if p.get("db", "pubmed") != "pubmed":
            return 400, b'<?xml version="1.0" ?>\n<eFetchResult><ERROR>Invalid db name specified</ERROR></eFetchResult>'
        if p.get("WebEnv") or p.get("query_key"):
            ids = server._history_get(p.get("WebEnv", ""), p.get("query_key", ""))
            if ids is None:
                return 400, f'<?xml version="1.0" ?>\n<eFetchResult><ERROR>Unable to obtain query #{escape(p.get("query_key", ""))}</ERROR></eFetchResult>'.encode()
            start = _int(p.get("retstart"), 0)
            ids = ids[start : start + _int(p.get("retmax"), 20)]
        else:
            ids = [i.strip() for i in p.get("id", "").split(",") if i.strip()]
            if not ids:
                return 400, b'<?xml version="1.0" ?>\n<eFetchResult><ERROR>Empty id list - nothing todo</ERROR></eFetchResult>'
        articles = [a for a in (server.article(i) for i in ids) if a is not None]
        return 200, article_set(articles)

    def _epost(self, server: EutilsServer, p: dict[str, str]) -> tuple[int, bytes]:
        raw = [i.strip() for i in p.get("id", "").split(",") if i.strip()]
        ids = [i for i in raw if i.isdigit()]
        errors = ""
        if len(ids) < len(raw):
            errors += "<ERROR>Some IDs have invalid value and were omitted. Maximum ID value 18446744073709551615</ERROR>"
        if not ids:
            return 200, _xml_doc(EPOST_DOCTYPE, f"<ePostResult>\n\t<ERROR>Empty ID list; Nothing to store</ERROR>{errors}</ePostResult>")
        webenv, key = server._history_store(p.get("WebEnv"), ids)
        return 200, _xml_doc(EPOST_DOCTYPE, f"<ePostResult>\n\t<QueryKey>{key}</QueryKey>\n\t<WebEnv>{webenv}</WebEnv>{errors}\n</ePostResult>")

    def _espell(self, server: EutilsServer, p: dict[str, str]) -> tuple[int, bytes]:
        term = p.get("term", "")
        words = term.split()
        corrected = " ".join(server.spellings.get(w.lower(), w) for w in words)
        changed = corrected if corrected != term else ""
        body = (
            f"<eSpellResult>\n\t<Database>{escape(p.get('db', 'pubmed'))}</Database>\n\t<Query>{escape(term)}</Query>\n"
            f"\t<CorrectedQuery>{escape(changed)}</CorrectedQuery>\n"
            f"\t<SpelledQuery><Original></Original><Replaced>{escape(changed)}</Replaced></SpelledQuery>\n\t<ERROR/>\n</eSpellResult>"
        )
        return 200, _xml_doc('<!DOCTYPE eSpellResult PUBLIC "-//NLM//DTD eSpellResult, 23 November 2004//EN" '
                             '"https://www.ncbi.nlm.nih.gov/entrez/query/DTD/eSpell.dtd">', body)

    def _esummary(self, server: EutilsServer, p: dict[str, str]) -> tuple[int, bytes]:
        docs = []
        for uid in (i.strip() for i in p.get("id", "").split(",")):
            if p.get("db") == "mesh" and uid in server.mesh:
                name, entry_terms = server.mesh[uid]
                terms = "".join(f'<Item Name="string" Type="String">{escape(t)}</Item>' for t in (name, *entry_terms))
                docs.append(
                    f"<DocSum>\n\t<Id>{uid}</Id>\n\t<Item Name=\"DS_MeshUI\" Type=\"String\">D{int(uid) - 68000000:06d}</Item>\n"
                    f"\t<Item Name=\"DS_ScopeNote\" Type=\"String\">Loopback MeSH heading {escape(name)}.</Item>\n"
                    f"\t<Item Name=\"DS_MeshTerms\" Type=\"List\">{terms}</Item>\n</DocSum>"
                )
        return 200, _xml_doc(ESUMMARY_DOCTYPE, "<eSummaryResult>\n" + "\n".join(docs) + "\n</eSummaryResult>")

    # -- responses ------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data: dict, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(data).encode(), "application/json", headers)

    def _rate_limited(self, client: str, recent: int, limit: float, headers: dict[str, str], retry_after: float | None) -> None:
        headers = {**headers, "X-RateLimit-Remaining": "0"}
        if retry_after is not None:
            headers["Retry-After"] = f"{retry_after:g}"
        body = {"error": "API rate limit exceeded", "api-key": client, "count": str(recent), "limit": f"{limit:g}"}
        self._json(429, body, headers)

    def _send_truncated(self, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
        # Promise the whole body, send half, hang up.
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _reset(self) -> None:
        # SO_LINGER 0 makes close() send a TCP RST: the client sees "connection reset".
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass


def _mesh_search(server: EutilsServer, term: str, retmax: int) -> bytes:
    needle = term.lower().strip().strip('"')
    hits = [
        uid for uid, (name, entry_terms) in server.mesh.items()
        if needle and any(needle == t.lower() or needle in t.lower().split() or needle in t.lower() for t in (name, *entry_terms))
    ]
    names = [server.mesh[uid][0] for uid in hits]
    translation = " OR ".join([f'"{n.lower()}"[MeSH Terms]' for n in names] + [f"{needle}[All Fields]"])
    ids = "".join(f"<Id>{i}</Id>\n" for i in hits[:retmax])
    body = (
        f"<eSearchResult><Count>{len(hits)}</Count><RetMax>{len(hits[:retmax])}</RetMax><RetStart>0</RetStart>"
        f"<IdList>\n{ids}</IdList><TranslationSet/><QueryTranslation>{escape(translation)}</QueryTranslation></eSearchResult>"
    )
    return _xml_doc(ESEARCH_DOCTYPE, body)


def _xml_doc(doctype: str, body: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8" ?>\n{doctype}\n{body}\n'.encode()


def _int(value: str | None, default: int) -> int:
    try:
        return max(0, int(value)) if value is not None else default
    except ValueError:
        return default


@contextmanager
def running_server(records: Iterable[Record | bytes] = (), **opts) -> Iterator[EutilsServer]:
    """Start an `EutilsServer` on a free loopback port for the duration of the block."""
    server = EutilsServer(records, **opts)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def fixture_articles(directory: str | Path) -> list[bytes]:
    """Every PubmedArticle of the `pubmed*.xml` fixtures in `directory`."""
    articles = []
    for path in sorted(Path(directory).glob("pubmed*.xml")):
        articles.extend(articles_from_file(path))
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eutils_server", description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--records", type=Path, help="snapshot records.jsonl to serve (synopsis served as the abstract)")
    parser.add_argument("--fixtures", type=Path, help="directory of pubmed*.xml files to serve as well")
    parser.add_argument("--rate-limit", action="store_true", help="enforce NCBI's 3/10 requests per second")
    args = parser.parse_args(argv)
    records: list[Record | bytes] = []
    if args.records:
        from tracker.snapshot import iter_records

        records.extend(iter_records(args.records))
    if args.fixtures:
        records.extend(fixture_articles(args.fixtures))
    server = EutilsServer(records, port=args.port, rate_limit=args.rate_limit)
    server.start()
    print(f"E-utilities loopback server with {len(server.entries)} records at {server.url}", flush=True)
    print(f"try: tracker run --source entrez --eutils-url {server.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
