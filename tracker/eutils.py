"""Live PubMed through NCBI Entrez E-utilities (esearch, efetch, epost, espell, esummary).

`EntrezBackend` implements `tracker.search.SearchBackend`. Every request carries `tool`,
`email` and `api_key`, waits for the run's shared rate limiter, and is retried with
exponential backoff and jitter on 429, 5xx, timeouts, connection errors and bodies that are
truncated, malformed or an HTML error page. The API key never appears in a message, a repr
or a log line.
"""

from __future__ import annotations

import logging
import os
import random
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit

import httpx

from .models import Record, SearchResult, SourceName
from .pubmed_xml import PubmedXMLError, parse, parse_xml_bytes, text_of
from .ratelimit import RateLimiter, shared_limiter
from .search import SearchError

__all__ = [
    "DEFAULT_BASE_URL",
    "ESEARCH_CAP",
    "ESearchResponse",
    "EntrezBackend",
    "EutilsConfig",
    "EutilsConfigError",
    "EutilsError",
    "History",
    "MeshLookup",
    "MeshTerm",
]

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
ESEARCH_CAP = 10_000  # PubMed ESearch returns at most the first 10,000 ids of a search
MAX_BATCH = 200
MAX_REDIRECTS = 5
MAX_RESPONSE_BYTES = 64 << 20  # one answer, decompressed
_EARLIEST = date(1781, 1, 1)  # before the oldest PubMed record
_T = TypeVar("_T")


@dataclass(frozen=True)
class EutilsConfig:
    """How to reach E-utilities. `from_env()` reads NCBI_EMAIL, NCBI_API_KEY, NCBI_EUTILS_URL."""

    base_url: str = DEFAULT_BASE_URL
    email: str | None = None
    api_key: str | None = field(default=None, repr=False)
    tool: str = "tracker"
    timeout: float = 30.0  # seconds per request
    max_tries: int = 5
    batch_size: int = MAX_BATCH  # PMIDs per efetch request
    backoff: float = 1.0  # first retry waits about this long; doubles each try, with jitter
    max_backoff: float = 30.0
    max_get_url: int = 2000  # longer requests are sent as POST
    rate: float | None = None  # requests/s; default NCBI's 3 (no key) or 10 (key)
    workers: int = 3  # efetch batches in flight at once (still within the rate)

    def __post_init__(self) -> None:
        base = (self.base_url or "").strip()
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise EutilsConfigError(f"E-utilities URL {base!r} is not an http(s) URL (set --eutils-url or NCBI_EUTILS_URL)")
        if not base.endswith("/"):
            object.__setattr__(self, "base_url", base + "/")
        if not 1 <= self.batch_size <= MAX_BATCH:
            raise EutilsConfigError(f"batch_size must be 1..{MAX_BATCH}, got {self.batch_size}")
        if self.max_tries < 1:
            raise EutilsConfigError(f"max_tries must be at least 1, got {self.max_tries}")
        if self.workers < 1:
            raise EutilsConfigError(f"workers must be at least 1, got {self.workers}")
        if self.timeout <= 0:
            raise EutilsConfigError(f"timeout must be positive, got {self.timeout}")
        if self.api_key is not None and not self.api_key.strip():
            object.__setattr__(self, "api_key", None)

    def __repr__(self) -> str:
        key = "None" if self.api_key is None else "'***'"
        return (
            f"EutilsConfig(base_url={self.base_url!r}, email={self.email!r}, api_key={key}, "
            f"tool={self.tool!r}, timeout={self.timeout}, max_tries={self.max_tries}, "
            f"batch_size={self.batch_size})"
        )

    __str__ = __repr__

    @classmethod
    def from_env(cls, **overrides: Any) -> EutilsConfig:
        """Config from the environment; keyword overrides win (None means 'not given')."""
        values: dict[str, Any] = {}
        env = {"base_url": "NCBI_EUTILS_URL", "email": "NCBI_EMAIL", "api_key": "NCBI_API_KEY"}
        for name, var in env.items():
            if os.environ.get(var):
                values[name] = os.environ[var]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc


class EutilsError(SearchError):
    """E-utilities could not answer; the message names the query (and question) and never
    contains the API key."""

    def __init__(
        self, message: str, *, query: str | None = None, question_id: str | None = None, status: int | None = None
    ):
        self.query = query
        self.question_id = question_id
        self.status = status
        super().__init__(message)


class EutilsConfigError(EutilsError, ValueError):
    """The E-utilities settings are unusable (bad URL, batch size, ...)."""


@dataclass(frozen=True)
class History:
    """A result set kept on NCBI's history server."""

    webenv: str
    query_key: str
    count: int


@dataclass(frozen=True)
class ESearchResponse:
    count: int
    retmax: int
    retstart: int
    ids: tuple[str, ...]
    translation: str
    webenv: str | None = None
    query_key: str | None = None
    errors: tuple[str, ...] = ()  # ErrorList entries, e.g. "PhraseNotFound: abcXYZ"
    warnings: tuple[str, ...] = ()  # WarningList entries, e.g. "OutputMessage: No items found."

    @property
    def history(self) -> History | None:
        if self.webenv and self.query_key:
            return History(self.webenv, self.query_key, self.count)
        return None


@dataclass(frozen=True)
class MeshTerm:
    uid: str
    name: str  # the MeSH heading
    entry_terms: tuple[str, ...] = ()  # synonyms PubMed maps to it
    scope_note: str | None = None


@dataclass(frozen=True)
class MeshLookup:
    """What `esearch db=mesh` (+ `esummary`) says about a term."""

    term: str
    translation: str
    count: int
    terms: tuple[MeshTerm, ...]


class _Redirect(Exception):
    """An answer the client will not take (a redirect to another host, a loop, a bomb): not retried."""


def _read_capped(response: httpx.Response, limit: int) -> None:
    """Read a streamed response body, refusing more than `limit` bytes once decoded: a gzip
    Content-Encoding can turn 1 MB on the wire into 1 GB in memory."""
    chunks, n = [], 0
    try:
        for chunk in response.iter_bytes():
            n += len(chunk)
            if n > limit:
                raise _Redirect(f"the answer is larger than {limit:,} bytes once decompressed (an efetch of "
                                f"{MAX_BATCH} records is a few MB); refused as a decompression bomb or a wrong URL")
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)  # what response.read() would have stored


def _same_service(base_url: str, url: httpx.URL) -> bool:
    """Whether `url` is on the configured E-utilities host (same port; same scheme or an
    upgrade from http to https)."""
    base = httpx.URL(base_url)
    if url.host != base.host:
        return False
    if url.scheme == base.scheme:
        return url.port == base.port  # None: the scheme's default port
    return base.scheme == "http" and url.scheme == "https" and url.port is None


class _Permanent(Exception):
    """A well-formed answer that retrying cannot change."""


class _RedactFilter(logging.Filter):
    """httpx logs each request URL at INFO; GET URLs carry the api_key."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(_redact_text(str(a)) if "api_key" in str(a) else a for a in record.args)
        if isinstance(record.msg, str) and "api_key" in record.msg:
            record.msg = _redact_text(record.msg)
        return True


_KEY_PARAM = re.compile(r"(api_key=|\"api-key\"\s*:\s*\"|'api_key':\s*')[^&\s\"']+")


def _redact_text(text: str, secret: str | None = None) -> str:
    if secret:
        text = text.replace(secret, "***")
    return _KEY_PARAM.sub(r"\1***", text)


logging.getLogger("httpx").addFilter(_RedactFilter())


class EntrezBackend:
    """Live PubMed search and fetch. Thread-safe; one instance per run."""

    name: SourceName = "entrez"

    def __init__(
        self,
        config: EutilsConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        as_of: date | None = None,
    ):
        self.config = config
        # An audit as of a past day: every search is limited to records entered (edat) by then.
        self.as_of = as_of
        if limiter is None:
            limiter = RateLimiter(config.rate) if config.rate else shared_limiter(config.host, bool(config.api_key))
        self.limiter = limiter
        contact = f" (mailto:{config.email})" if config.email else ""
        self._client = httpx.Client(
            timeout=config.timeout,
            transport=transport,
            headers={"User-Agent": f"{config.tool}/eutils{contact}"},
            # Redirects are followed by `_send`, which never takes the key to another host.
            follow_redirects=False,
        )
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._lock = threading.Lock()
        self._translations: dict[str, str] = {}
        self._histories: dict[str, History] = {}
        self.requests_made = 0  # HTTP requests sent, retries included
        self.retries = 0
        self.last_searched: str | None = None  # ISO time of the latest search
        self._pool: ThreadPoolExecutor | None = None

    # -- SearchBackend -------------------------------------------------------------------

    def label(self) -> str:
        day = (self.last_searched or _now())[:10]
        if self.as_of is not None:
            return (f"live PubMed (E-utilities at {self.config.host}), searched {day}, "
                    f"records entered up to {self.as_of.isoformat()}")
        return f"live PubMed (E-utilities at {self.config.host}), searched {day}"

    @property
    def cache_key(self) -> str:
        """What makes two searches interchangeable in a cache: the service and the as-of day, not
        the day searched."""
        return f"entrez:{self.config.host}" + (f":as-of:{self.as_of.isoformat()}" if self.as_of else "")

    def entry_window(self, entered_since: date | None = None) -> tuple[date, date] | None:
        """The entry-date (edat) window of a search: records entered from `entered_since` (an
        incremental update) up to the as-of day (or today); None when neither limits it."""
        if entered_since is None and self.as_of is None:
            return None
        return (entered_since or _EARLIEST, self.as_of or datetime.now(UTC).date())

    def translate(self, query: str) -> str:
        """PubMed's QueryTranslation of `query` (one esearch with retmax=0, remembered)."""
        with self._lock:
            known = self._translations.get(query)
        if known is not None:
            return known
        return self.esearch(query, retmax=0, usehistory=False).translation

    def search(self, query: str, *, max_ids: int = ESEARCH_CAP, question_id: str | None = None,
               entered_since: date | None = None) -> SearchResult:
        """Count and up to `max_ids` PMIDs for `query`, in PubMed's order (newest first).

        Past ESearch's 10,000-id cap the date range is split (`[dp]`) until every part fits.
        With `entered_since` (an incremental update) or an as-of day, only records whose entry
        date falls in `entry_window` are asked for (`datetype=edat`, `mindate`, `maxdate`).
        """
        if not query or not query.strip():
            raise EutilsError(f"question {question_id or '?'}: empty query", query=query, question_id=question_id)
        searched_at = _now()
        window = self.entry_window(entered_since)
        first = self.esearch(query, retmax=min(max_ids, ESEARCH_CAP), usehistory=True, question_id=question_id,
                             window=window)
        warnings = [f"error: {e}" for e in first.errors] + [f"warning: {w}" for w in first.warnings]
        ids = list(first.ids)
        wanted = min(first.count, max_ids)
        if len(ids) < wanted:
            if first.count <= ESEARCH_CAP or max_ids <= ESEARCH_CAP:
                ids = self._page(query, first, ids, min(wanted, ESEARCH_CAP), question_id, window)
            else:
                ids = self._split_by_date(query, wanted, question_id, warnings, window)
            if len(ids) < wanted:
                warnings.append(f"note: retrieved {len(ids)} of {wanted} ids (PubMed reported {first.count} hits)")
        if first.count > max_ids > 0:
            warnings.append(f"note: {first.count} hits; the first {max_ids} ids were kept")
        with self._lock:
            self.last_searched = searched_at
        return SearchResult(
            source="entrez",
            query=query,
            translation=first.translation,
            count=first.count,
            pmids=tuple(ids[:max_ids]),
            searched_at=searched_at,
            warnings=tuple(warnings),
            source_label=self.label(),
        )

    def fetch(
        self, pmids: Iterable[str], *, question_id: str | None = None, query: str | None = None, use_history: bool = False
    ) -> Iterator[Record]:
        """Records for `pmids` in the order given (unknown ids skipped), efetched in batches of
        `batch_size`, up to `workers` batches in flight (the rate limiter still spaces them).

        Long id lists are POSTed; with `use_history` the ids are first stored with epost and
        fetched by query_key.
        """
        ids = _clean_ids(pmids)
        if not ids:
            return
        size = self.config.batch_size
        batches: list[tuple[dict[str, Any], str]] = []
        if use_history:
            history = self.epost(ids, question_id=question_id, query=query)
            for start in range(0, len(ids), size):
                params = {"query_key": history.query_key, "WebEnv": history.webenv, "retstart": start, "retmax": size}
                batches.append((params, f"ids {start + 1}-{min(start + size, len(ids))} of {len(ids)}"))
        else:
            for start in range(0, len(ids), size):
                batch = ids[start : start + size]
                batches.append(({"id": ",".join(batch)}, _describe_ids(batch)))
        yield from self._run_batches(batches, question_id, query)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        self._client.close()

    def __enter__(self) -> EntrezBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- E-utilities -------------------------------------------------------------------

    def esearch(
        self,
        term: str,
        *,
        retmax: int = 20,
        retstart: int = 0,
        usehistory: bool = True,
        db: str = "pubmed",
        question_id: str | None = None,
        history: History | None = None,
        window: tuple[date, date] | None = None,
    ) -> ESearchResponse:
        params: dict[str, Any] = {"db": db, "term": term, "retmax": retmax, "retstart": retstart}
        if window is not None:
            params.update(datetype="edat", mindate=f"{window[0]:%Y/%m/%d}", maxdate=f"{window[1]:%Y/%m/%d}")
        if usehistory:
            params["usehistory"] = "y"
        if history is not None:
            params.update(WebEnv=history.webenv, query_key=history.query_key)
        response = self._call("esearch.fcgi", params, read=_read_esearch, query=term, question_id=question_id)
        if db == "pubmed":
            with self._lock:
                self._translations[term] = response.translation
                if response.history is not None:
                    self._histories[term] = response.history
        return response

    def history_for(self, query: str) -> History | None:
        """The WebEnv/query_key of the latest search for `query`, if any."""
        with self._lock:
            return self._histories.get(query)

    def epost(self, pmids: Iterable[str], *, question_id: str | None = None, query: str | None = None) -> History:
        ids = _clean_ids(pmids)
        if not ids:
            raise EutilsError("epost needs at least one PMID", query=query, question_id=question_id)
        return self._call(
            "epost.fcgi",
            {"db": "pubmed", "id": ",".join(ids)},
            read=lambda body, name: _read_epost(body, name, len(ids)),
            query=query,
            question_id=question_id,
            what=f"epost of {_describe_ids(ids)}",
            force_post=True,
        )

    def fetch_history(
        self, history: History, *, start: int = 0, count: int | None = None, question_id: str | None = None
    ) -> Iterator[Record]:
        """Records of a history-server result set (e.g. `history_for(query)`), in batches."""
        stop = history.count if count is None else min(history.count, start + count)
        size = self.config.batch_size
        batches = [
            ({"query_key": history.query_key, "WebEnv": history.webenv, "retstart": first, "retmax": min(size, stop - first)},
             f"results {first + 1}-{min(first + size, stop)}")
            for first in range(start, stop, size)
        ]
        yield from self._run_batches(batches, question_id, None)

    def espell(self, term: str) -> str:
        """PubMed's spelling suggestion for `term` (the term itself when none)."""
        return self._call("espell.fcgi", {"db": "pubmed", "term": term}, read=_read_espell, query=term) or term

    def mesh_lookup(self, term: str, *, limit: int = 10) -> tuple[str, ...]:
        """Names of the MeSH headings PubMed maps `term` to (see `mesh_search` for details)."""
        return tuple(t.name for t in self.mesh_search(term, limit=limit).terms)

    def mesh_search(self, term: str, *, limit: int = 10) -> MeshLookup:
        """MeSH headings for `term`: esearch db=mesh, then esummary for their names."""
        found = self.esearch(term, db="mesh", retmax=limit, usehistory=False)
        terms: tuple[MeshTerm, ...] = ()
        if found.ids:
            terms = self._call(
                "esummary.fcgi",
                {"db": "mesh", "id": ",".join(found.ids)},
                read=_read_mesh_summary,
                query=term,
                what="esummary db=mesh",
            )
        return MeshLookup(term=term, translation=found.translation, count=found.count, terms=terms)

    # -- internals -----------------------------------------------------------------------

    def _run_batches(
        self, batches: list[tuple[dict[str, Any], str]], question_id: str | None, query: str | None
    ) -> Iterator[Record]:
        workers = min(self.config.workers, len(batches))
        if workers <= 1:
            for params, what in batches:
                yield from self._efetch(params, what, question_id, query)
            return
        # A request's latency overlaps the limiter's wait for the next one; order is kept.
        pool = self._executor()
        pending = iter(batches)
        window: deque[Future[list[Record]]] = deque(
            pool.submit(self._efetch, params, what, question_id, query) for params, what in islice(pending, workers)
        )
        try:
            while window:
                records = window.popleft().result()
                following = next(pending, None)
                if following is not None:
                    window.append(pool.submit(self._efetch, following[0], following[1], question_id, query))
                yield from records
        finally:
            for future in window:
                future.cancel()

    def _executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self.config.workers, thread_name_prefix="efetch")
            return self._pool

    def _efetch(self, params: dict[str, Any], what: str, question_id: str | None, query: str | None) -> list[Record]:
        fetched_at = _now()
        source = self.config.base_url + "efetch.fcgi?db=pubmed&id={pmid}"

        def read(body: bytes, name: str) -> list[Record]:
            # Parse the whole batch before yielding, so a retry never duplicates records.
            items = parse(body, name=name, fetched_at=fetched_at, captured_from=source)
            return [r for r in items if isinstance(r, Record)]

        return self._call(
            "efetch.fcgi",
            {"db": "pubmed", "retmode": "xml", "rettype": "abstract", **params},
            read=read,
            query=query,
            question_id=question_id,
            what=f"efetch of {what}",
        )

    def _page(self, query: str, first: ESearchResponse, ids: list[str], wanted: int, question_id: str | None,
              window: tuple[date, date] | None = None) -> list[str]:
        # The server returned fewer ids than asked (a smaller retmax cap): page with retstart.
        seen = set(ids)
        while len(ids) < wanted:
            page = self.esearch(
                query, retmax=min(ESEARCH_CAP, wanted) - len(ids), retstart=len(ids), usehistory=False, question_id=question_id,
                window=window,
            )
            new = [i for i in page.ids if i not in seen]
            if not new:
                break
            ids.extend(new)
            seen.update(new)
        return ids

    def _split_by_date(self, query: str, wanted: int, question_id: str | None, warnings: list[str],
                       window: tuple[date, date] | None = None) -> list[str]:
        """Collect ids past the 10,000 cap by bisecting the publication-date range, newest first."""
        ids: list[str] = []
        seen: set[str] = set()
        stack = [(_EARLIEST, date.today() + timedelta(days=366))]
        while stack and len(ids) < wanted:
            lo, hi = stack.pop()
            term = f"({query}) AND {lo:%Y/%m/%d}:{hi:%Y/%m/%d}[dp]"
            part = self.esearch(term, retmax=ESEARCH_CAP, usehistory=False, question_id=question_id, window=window)
            if part.count > len(part.ids) and lo < hi:
                mid = lo + (hi - lo) // 2
                stack.append((lo, mid))  # older half: popped after the newer one
                stack.append((mid + timedelta(days=1), hi))
                continue
            if part.count > len(part.ids):
                warnings.append(
                    f"note: {part.count} records published on {lo:%Y/%m/%d}; only the first {len(part.ids)} could be retrieved"
                )
            for pmid in part.ids:
                if pmid not in seen:
                    seen.add(pmid)
                    ids.append(pmid)
        return ids[:wanted]

    def _call(
        self,
        endpoint: str,
        params: dict[str, Any],
        *,
        read: Callable[[bytes, str], _T],
        query: str | None = None,
        question_id: str | None = None,
        what: str | None = None,
        force_post: bool = False,
    ) -> _T:
        cfg = self.config
        url = cfg.base_url + endpoint
        params = {k: v for k, v in params.items() if v is not None}
        params["tool"] = cfg.tool
        if cfg.email:
            params["email"] = cfg.email
        if cfg.api_key:
            params["api_key"] = cfg.api_key
        post = force_post or len(url) + 1 + len(urlencode(params)) > cfg.max_get_url
        what = what or endpoint.split(".")[0]
        name = f"{what} response for " + (f"question {question_id}, " if question_id else "") + f"query {query!r}"
        last = "no answer"
        attempt = 0
        while True:
            attempt += 1
            self.limiter.acquire()
            with self._lock:
                self.requests_made += 1
            try:
                response = self._send(url, params, post)
            except _Redirect as exc:
                raise self._error(what, query, question_id, str(exc), None) from None
            except httpx.TimeoutException:
                last = f"timed out after {cfg.timeout:g} s"
            except httpx.TransportError as exc:
                last = f"connection failed ({type(exc).__name__}: {self._redact(str(exc)) or 'no detail'})"
            else:
                status = response.status_code
                self.limiter.observe(status, response.headers)
                if status == 200:
                    body = response.content
                    if _is_html(body, response.headers.get("content-type", "")):
                        last = "got an HTML error page instead of XML (status 200)"
                    else:
                        try:
                            return read(body, name)
                        except PubmedXMLError as exc:
                            last = f"unreadable response ({self._redact(str(exc))})"
                        except _Permanent as exc:
                            raise self._error(what, query, question_id, self._redact(str(exc)), status) from None
                elif status == 414 and not post:
                    # Too long for a GET on this server: the same request as a POST.
                    post = True
                    attempt -= 1
                    continue
                elif status == 429 or status >= 500:
                    last = f"HTTP {status}" + _ncbi_detail(response, self._redact)
                else:
                    detail = _ncbi_detail(response, self._redact)
                    raise self._error(what, query, question_id, f"HTTP {status}{detail}", status) from None
            if attempt >= cfg.max_tries:
                raise self._error(what, query, question_id, f"failed after {attempt} tries; last: {last}", None)
            with self._lock:
                self.retries += 1
            delay = self._backoff(attempt)
            # A Retry-After was already applied to the shared limiter by observe().
            log.info("E-utilities %s: %s; retry %d/%d in %.2f s", what, self._redact(last), attempt, cfg.max_tries - 1, delay)
            self._sleep(delay)

    def _send(self, url: str, params: dict[str, Any], post: bool) -> httpx.Response:
        """One request, following at most MAX_REDIRECTS redirects that stay on the configured
        host (scheme and port included; http -> https allowed): the request carries the API key,
        and a redirect elsewhere would hand the key to whoever answers there."""
        if post:
            request = self._client.build_request("POST", url, data=params)
        else:
            request = self._client.build_request("GET", url, params=params)
        response = self._client.send(request, stream=True)
        hops = 0
        while response.has_redirect_location:
            target = response.next_request
            response.close()
            if target is None:
                break
            if not _same_service(self.config.base_url, target.url):
                raise _Redirect(
                    f"the server redirected the request to {target.url.scheme}://{target.url.netloc.decode()}, "
                    f"another host than {self.config.host}; the request (and API key) was not sent there. "
                    "If that is the service's new address, set --eutils-url or NCBI_EUTILS_URL to it")
            hops += 1
            if hops > MAX_REDIRECTS:
                raise _Redirect(f"more than {MAX_REDIRECTS} redirects (a redirect loop at {self.config.host}); "
                                "check --eutils-url or NCBI_EUTILS_URL")
            response = self._client.send(target, stream=True)
        _read_capped(response, MAX_RESPONSE_BYTES)
        return response

    def _backoff(self, attempt: int) -> float:
        cap = min(self.config.max_backoff, self.config.backoff * 2 ** (attempt - 1))
        return cap / 2 + self._rng.uniform(0, cap / 2)  # "equal jitter"

    def _redact(self, text: str) -> str:
        return _redact_text(text, self.config.api_key)

    def _error(self, what: str, query: str | None, question_id: str | None, reason: str, status: int | None) -> EutilsError:
        subject = (f"question {question_id}, " if question_id else "") + (f"query {query!r}" if query is not None else "no query")
        message = f"E-utilities {what} at {self.config.host} failed for {subject}: {reason}"
        return EutilsError(self._redact(message), query=query, question_id=question_id, status=status)


# -- response readers ------------------------------------------------------------------------


def _read_esearch(body: bytes, name: str) -> ESearchResponse:
    root = parse_xml_bytes(body, name)
    if root.tag != "eSearchResult":
        raise PubmedXMLError(f"{name}: expected <eSearchResult>, got <{root.tag}>")
    count_text = root.findtext("Count")
    error = text_of(root.find("ERROR"))
    if count_text is None:
        if error:
            if "backend failed" in error.lower() or "temporarily" in error.lower():
                raise PubmedXMLError(f"{name}: NCBI reported: {error}")
            raise _Permanent(f"NCBI reported: {error}")
        raise PubmedXMLError(f"{name}: no <Count> in eSearchResult")
    errors = [f"{child.tag}: {text_of(child)}" for child in root.iterfind("ErrorList/*")]
    if error:
        errors.insert(0, f"ERROR: {error}")
    return ESearchResponse(
        count=int(count_text),
        retmax=int(root.findtext("RetMax") or 0),
        retstart=int(root.findtext("RetStart") or 0),
        ids=tuple(i.text.strip() for i in root.iterfind("IdList/Id") if i.text),
        translation=text_of(root.find("QueryTranslation")),
        webenv=root.findtext("WebEnv"),
        query_key=root.findtext("QueryKey"),
        errors=tuple(errors),
        warnings=tuple(f"{child.tag}: {text_of(child)}" for child in root.iterfind("WarningList/*")),
    )


def _read_epost(body: bytes, name: str, n_ids: int) -> History:
    root = parse_xml_bytes(body, name)
    if root.tag != "ePostResult":
        raise PubmedXMLError(f"{name}: expected <ePostResult>, got <{root.tag}>")
    webenv, key = root.findtext("WebEnv"), root.findtext("QueryKey")
    if not webenv or not key:
        errors = "; ".join(text_of(e) for e in root.iterfind("ERROR")) or "no WebEnv in answer"
        raise _Permanent(f"NCBI reported: {errors}")
    return History(webenv=webenv.strip(), query_key=key.strip(), count=n_ids)


def _read_espell(body: bytes, name: str) -> str:
    root = parse_xml_bytes(body, name)
    if root.tag != "eSpellResult":
        raise PubmedXMLError(f"{name}: expected <eSpellResult>, got <{root.tag}>")
    return text_of(root.find("CorrectedQuery"))


def _read_mesh_summary(body: bytes, name: str) -> tuple[MeshTerm, ...]:
    root = parse_xml_bytes(body, name)
    if root.tag != "eSummaryResult":
        raise PubmedXMLError(f"{name}: expected <eSummaryResult>, got <{root.tag}>")
    terms = []
    for doc in root.iterfind("DocSum"):
        uid = (doc.findtext("Id") or "").strip()
        names: list[str] = []
        note = None
        for item in doc.iterfind("Item"):
            if item.get("Name") == "DS_MeshTerms":
                names = [text_of(i) for i in item.iterfind("Item") if text_of(i)]
            elif item.get("Name") == "DS_ScopeNote":
                note = text_of(item) or None
        if names:
            terms.append(MeshTerm(uid=uid, name=names[0], entry_terms=tuple(names[1:]), scope_note=note))
    return tuple(terms)


def _is_html(body: bytes, content_type: str) -> bool:
    head = body[:512].lstrip().lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html"))


def _ncbi_detail(response: httpx.Response, redact: Callable[[str], str]) -> str:
    """NCBI's JSON error body ({"error": "API rate limit exceeded", ...}) as text."""
    try:
        data = response.json()
    except (ValueError, UnicodeDecodeError):
        text = response.text.strip()[:200] if "xml" in response.headers.get("content-type", "") else ""
        return f": {redact(text)}" if text else ""
    if isinstance(data, dict) and data.get("error"):
        extra = ", ".join(f"{k} {v}" for k, v in data.items() if k in ("count", "limit"))
        return f": {redact(str(data['error']))}" + (f" ({extra})" if extra else "")
    return ""


def _clean_ids(pmids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    ids = []
    for pmid in pmids:
        pmid = str(pmid).strip()
        if pmid.isdigit() and pmid not in seen:
            seen.add(pmid)
            ids.append(pmid)
    return ids


def _describe_ids(ids: list[str]) -> str:
    return f"PMID {ids[0]}" if len(ids) == 1 else f"{len(ids)} PMIDs ({ids[0]}..{ids[-1]})"


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
