"""The embedded PubMed evidence snapshot shipped in `data/snapshot/`.

Records carry a synopsis written for this project, not the published abstract; they are
loaded with `text_kind="synopsis"` so every view can say so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .models import AbstractSection, MeshHeading, Record
from .paths import SNAPSHOT_DIR

DEFAULT_SNAPSHOT_DIR = SNAPSHOT_DIR


class SnapshotError(ValueError):
    """The snapshot file is unreadable; the message names the file and line."""


@dataclass(frozen=True)
class SnapshotInfo:
    path: Path
    n_records: int
    captured: str  # latest capture date in the file

    def label(self) -> str:
        return (
            f"embedded snapshot of {self.n_records} PubMed records (captured {self.captured}); "
            "synopses, not abstracts"
        )


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
    return SnapshotInfo(path=path, n_records=len(records), captured=captured)
