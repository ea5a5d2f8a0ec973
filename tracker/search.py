"""The search interface every PubMed backend implements.

The pipeline talks only to `SearchBackend`; the embedded snapshot, a local mirror and live
E-utilities differ only in the provenance they record (`SearchResult.source`, `.source_label`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from .models import Record, SearchResult, SourceName


class SearchError(Exception):
    """A search could not be run; the message names the question and the query."""


class QuerySyntaxError(SearchError):
    """The query is not valid PubMed syntax (or uses syntax the backend cannot run).

    `position` is the 0-based character offset of the problem in `query`.
    """

    def __init__(self, message: str, query: str, position: int):
        self.query = query
        self.position = position
        pointer = query + "\n" + " " * position + "^"
        super().__init__(f"{message} at position {position}:\n{pointer}")


@runtime_checkable
class SearchBackend(Protocol):
    name: SourceName

    def label(self) -> str:
        """One line of provenance for people, e.g. 'embedded snapshot of 208 PubMed records ...'."""
        ...

    def translate(self, query: str) -> str:
        """How this backend understands `query` (PubMed's QueryTranslation, or the local plan)."""
        ...

    def search(self, query: str, *, max_ids: int = 10_000) -> SearchResult:
        """Run `query`; return the count and up to `max_ids` PMIDs, newest first."""
        ...

    def fetch(self, pmids: Iterable[str]) -> Iterator[Record]:
        """Yield the records for `pmids` (unknown ids are skipped)."""
        ...

    def close(self) -> None: ...
