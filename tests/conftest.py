"""Shared fixtures: paths to the shared material and a store produced by the real pipeline."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures" / "entrez"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: tests read fixtures from ../shared beside the project")
    return SHARED


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A store made by `run_audit` on the embedded snapshot with the curated claims (read-only use)."""
    from tracker.claims import load_inputs
    from tracker.pipeline import open_backend, run_audit
    from tracker.store import Store

    path = tmp_path_factory.mktemp("demo") / "tracker.db"
    backend = open_backend("snapshot")
    try:
        with Store(path) as store:
            run_audit(store, backend, load_inputs())
    finally:
        backend.close()
    return path


@pytest.fixture
def demo_db_copy(demo_db, tmp_path) -> Path:
    """A private, writable copy of the demo store."""
    dst = tmp_path / "tracker.db"
    shutil.copy(demo_db, dst)
    return dst


def pytest_collection_modifyitems(config, items):
    # In CI (.ci/run) the browser test must run: a skip there would hide a broken install.
    if os.environ.get("TRACKER_REQUIRE_BROWSER") and not shutil.which("chromium"):
        raise pytest.UsageError("TRACKER_REQUIRE_BROWSER is set but chromium is not installed")


# ---- PostgreSQL (tests/pg.py): a real throwaway server, one per test session ----------------

@pytest.fixture(scope="session")
def pg_server():
    from tests.pg import Unavailable, start_server

    try:
        server = start_server()
    except Unavailable as exc:
        if os.environ.get("TRACKER_REQUIRE_POSTGRES"):
            pytest.fail(f"TRACKER_REQUIRE_POSTGRES is set but PostgreSQL cannot be started: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: the server cannot be started here ({exc})")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty PostgreSQL database (dropped after the test); its URL."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path):
    """A store location on each engine: a new SQLite file path, or an empty PostgreSQL database's URL."""
    if request.param == "sqlite":
        return tmp_path / "tracker.db"
    return request.getfixturevalue("pg_url")


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_any_db(request, demo_db, tmp_path):
    """A private, writable copy of the demo store on each engine (PostgreSQL: `tracker store copy`)."""
    if request.param == "sqlite":
        dst = tmp_path / "tracker.db"
        shutil.copy(demo_db, dst)
        return dst
    from tracker.store import copy_store

    url = request.getfixturevalue("pg_url")
    copy_store(demo_db, url)
    return url
