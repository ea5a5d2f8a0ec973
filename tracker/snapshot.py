"""The embedded PubMed evidence snapshot shipped in `data/snapshot/`.

Records carry a synopsis written for this project, not the published abstract; they are
loaded with `text_kind="synopsis"` so every view can say so.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .models import AbstractSection, MeshHeading, Record
from .paths import SNAPSHOT_DIR

DEFAULT_SNAPSHOT_DIR = SNAPSHOT_DIR


class SnapshotError(ValueError):
    """The snapshot file is unreadable; the message names the file and line."""


@dataclass(frozen=True)
class Capture:
    """One capture of the snapshot: its date, how many records it added and what they cover."""

    captured: str  # ISO date
    n_records: int
    topics: str  # from the snapshot README's capture table; "" when the README does not say


@dataclass(frozen=True)
class SnapshotInfo:
    path: Path
    n_records: int
    captured: str  # latest capture date in the file
    captures: tuple[Capture, ...] = ()  # oldest first

    def label(self, as_of: str | None = None) -> str:
        """Provenance for people. With `as_of`, only the captures made on or before that date count."""
        if as_of:
            n = sum(c.n_records for c in self.captures if c.captured <= as_of)
            return (f"embedded snapshot as of {as_of}: {n} of {self.n_records} PubMed records "
                    "(those captured on or before that date); synopses, not abstracts")
        parts = ", ".join(f"{c.n_records} captured {c.captured}" for c in self.captures)
        return (f"embedded snapshot of {self.n_records} PubMed records ({parts or 'captured ' + self.captured}); "
                "synopses, not abstracts")

    def topics(self, as_of: str | None = None) -> str:
        """What the sample covers, one capture per line, as its README states it; with `as_of`,
        only the captures made on or before that day."""
        return "\n".join(f"{c.captured} ({c.n_records} records): {c.topics or 'topics not stated'}"
                         for c in self.captures if not as_of or c.captured <= as_of) or f"nothing before {as_of}"


def snapshot_file(directory: Path | None = None) -> Path:
    return Path(directory or DEFAULT_SNAPSHOT_DIR) / "records.jsonl"


def iter_records(path: Path | None = None) -> Iterator[Record]:
    """Yield the snapshot's records in file order."""
    path = Path(path) if path else snapshot_file()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                yield record_from_json(raw)
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise SnapshotError(f"{path}:{lineno}: not a valid snapshot record ({exc})") from exc


def record_from_json(raw: dict) -> Record:
    pmid = str(raw["pmid"]).strip()
    if not pmid.isdigit():
        raise ValueError(f"pmid {pmid!r} is not numeric")
    synopsis = raw.get("synopsis") or ""
    return Record(
        pmid=pmid,
        title=(raw.get("title") or "").strip(),
        abstract=(AbstractSection(None, synopsis),) if synopsis else (),
        journal=raw.get("journal") or None,
        year=int(raw["year"]) if raw.get("year") else None,
        doi=raw.get("doi") or None,
        language=raw.get("language") or None,
        publication_types=tuple(raw.get("publication_types") or ()),
        mesh=parse_mesh_display(raw.get("mesh_terms") or ()),
        keywords=tuple(raw.get("keywords") or ()),
        text_kind="synopsis",
        text_complete=bool(raw.get("synopsis_complete", True)),
        captured_from=raw.get("captured_from") or None,
        fetched_at=raw.get("captured") or None,
    )


def parse_mesh_display(terms: Iterable[str]) -> tuple[MeshHeading, ...]:
    """MeSH as PubMed's web page shows it ("Acne Vulgaris / therapy*", "Needles*") as headings.

    A `*` marks a major topic (on the descriptor or on one of its qualifiers); one descriptor
    listed with several qualifiers becomes one heading, in first-seen order.
    """
    merged: dict[str, tuple[bool, list[str]]] = {}
    for term in terms:
        descriptor, *qualifiers = (part.strip() for part in str(term).split("/"))
        major = "*" in term
        descriptor = descriptor.rstrip("*").strip()
        if not descriptor:
            continue
        was_major, quals = merged.setdefault(descriptor, (False, []))
        quals.extend(q.rstrip("*").strip() for q in qualifiers if q.rstrip("*").strip() not in quals)
        merged[descriptor] = (was_major or major, quals)
    return tuple(MeshHeading(d, major, tuple(q)) for d, (major, q) in merged.items())


def info(path: Path | None = None) -> SnapshotInfo:
    path = Path(path) if path else snapshot_file()
    records = list(iter_records(path))
    captured = max((r.fetched_at or "" for r in records), default="unknown") or "unknown"
    counts = Counter((r.fetched_at or "unknown")[:10] for r in records)
    topics = readme_topics(path.parent / "README.md")
    captures = tuple(Capture(day, n, topics.get(day, "")) for day, n in sorted(counts.items()))
    return SnapshotInfo(path=path, n_records=len(records), captured=captured, captures=captures)


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def readme_topics(readme: Path) -> dict[str, str]:
    """Capture date -> topics, read from the capture table of the snapshot's README
    (`| capture | records | topics |`), so the topics come with the data, not from code."""
    try:
        lines = readme.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    out: dict[str, str] = {}
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and _ISO_DAY.match(cells[0]):
            out[cells[0]] = cells[-1]
    return out


def available(record: Record, as_of: str | date) -> bool:
    """Whether a snapshot record counts in an audit as of `as_of`: it was captured on or before
    that day (the capture date is when the sample learned of it) and not published after it."""
    day = as_of.isoformat() if isinstance(as_of, date) else str(as_of)[:10]
    captured = (record.fetched_at or "")[:10]
    if not captured or captured > day:
        return False
    return record.year is None or record.year <= int(day[:4])
