"""Default locations. Everything can be overridden from the CLI or by environment variable."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
SNAPSHOT_DIR = DATA_DIR / "snapshot"
CACHE_DIR = Path(os.environ.get("TRACKER_CACHE", DATA_DIR / "cache"))
CLAIMS_CSV = PROJECT_ROOT / "claims.csv"
QUESTIONS_CSV = PROJECT_ROOT / "questions.csv"


def default_db() -> Path:
    """`$TRACKER_DB`, else `data/tracker.db` in the project."""
    return Path(os.environ.get("TRACKER_DB", DATA_DIR / "tracker.db"))
