"""Default locations. Everything can be overridden from the CLI or by environment variable.

Inputs (the seed corpus, `claims.csv`, `questions.csv`, the embedded snapshot, the examples)
come from the source checkout when there is one, else from the copy that ships inside the
installed package (`tracker/bundled/`, written by the wheel build). The store and the cache
are user data: installed, they go in the user's data and cache folders (platformdirs), never
in site-packages, unless `--db` / `$TRACKER_DB` / `$TRACKER_CACHE` say otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "tracker"
PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT = PACKAGE_DIR.parent
BUNDLED_DIR = PACKAGE_DIR / "bundled"


def _in_checkout() -> bool:
    """True when running from the source tree (editable install, `python -m tracker` in the repo)."""
    return (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "data" / "snapshot").is_dir()


# Where the shipped inputs live: the repository root, or the package's bundled copy.
PROJECT_ROOT = _CHECKOUT if _in_checkout() else BUNDLED_DIR
DATA_DIR = PROJECT_ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
SNAPSHOT_DIR = DATA_DIR / "snapshot"
EXAMPLES_DIR = DATA_DIR / "examples"
CLAIMS_CSV = PROJECT_ROOT / "claims.csv"
QUESTIONS_CSV = PROJECT_ROOT / "questions.csv"

USER_DATA_DIR = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
CACHE_DIR = Path(os.environ.get("TRACKER_CACHE") or platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def default_db() -> Path | str:
    """`$TRACKER_DB` (a path, or a `postgresql://` URL kept as written); else `data/tracker.db`
    in a source checkout (where `make demo` writes); else `tracker.db` in the user's data folder
    (e.g. ~/.local/share/tracker)."""
    env = os.environ.get("TRACKER_DB")
    if env:
        return env if env.startswith(("postgresql://", "postgres://")) else Path(env)
    return DATA_DIR / "tracker.db" if _in_checkout() else USER_DATA_DIR / "tracker.db"
