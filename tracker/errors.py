"""Errors for bad input. Every message names the file, and the row/column when there is one."""

from __future__ import annotations

from pathlib import Path


class InputError(ValueError):
    """Input the product cannot use, located as precisely as possible."""

    def __init__(self, message: str, *, path: str | Path | None = None, row: int | None = None,
                 column: str | None = None):
        self.path = str(path) if path is not None else None
        self.row = row
        self.column = column
        where = self.path or ""
        if row is not None:
            where += f", row {row}"
        if column:
            where += f", column '{column}'"
        super().__init__(f"{where}: {message}" if where else message)
