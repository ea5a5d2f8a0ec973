"""The one way a CSV leaves the product: cells that a spreadsheet would run as a formula are
neutralised, and readers of our own CSVs undo it.

Spreadsheets (Excel, LibreOffice, Google Sheets) evaluate a text cell that starts with `=`, `+`,
`-`, `@`, a tab or a carriage return; `=HYPERLINK(...)` in an article or a PubMed title would
become a live link or a formula. OWASP's advice is a leading apostrophe, which every spreadsheet
shows as text and hides. Numbers stay numbers: only text cells are touched.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "


def safe_cell(value):
    """`value` as a spreadsheet will show it, never run it (lists joined with "; ")."""
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(str(x) for x in value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unsafe_cell(value: str) -> str:
    """Undo `safe_cell` for a cell read back from one of our CSVs (claims.csv round trips)."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def safe_row(values: Iterable) -> list:
    return [safe_cell(v) for v in values]


def frame_to_csv(frame: pd.DataFrame, *, lineterminator: str = "\r\n") -> bytes:
    """A frame as UTF-8 CSV bytes with every text cell neutralised."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = pd.Series([safe_cell(v) for v in out[col]], index=out.index, dtype=object)
    buf = io.StringIO()
    out.to_csv(buf, index=False, lineterminator=lineterminator)
    return buf.getvalue().encode("utf-8")


def write_rows(path: str | Path, header: Sequence[str], rows: Iterable[Iterable]) -> Path:
    """Write a CSV file (header + rows), every text cell neutralised; atomically via a temp file."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(safe_row(header))
        for row in rows:
            writer.writerow(safe_row(row))
    tmp.replace(path)
    return path
