"""notebooks/audit.ipynb is committed clean and runs top to bottom against a real store."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tracker.store import Store

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "audit.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code"
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def _run(db: Path, tmp_path: Path, monkeypatch) -> nbformat.NotebookNode:
    monkeypatch.setenv("TRACKER_DB", str(db))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend draws the figures
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # The kernel starts in a scratch directory: the notebook must find the store via TRACKER_DB.
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    return nb


def _outputs(nb, kind: str) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if o.get("output_type") in ("display_data", "execute_result") and kind in o.get("data", {})]


@pytest.mark.slow
def test_notebook_runs_on_the_demo_store(demo_db, tmp_path, monkeypatch):
    nb = _run(demo_db, tmp_path, monkeypatch)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.get("output_type") == "error"]
    assert not errors, errors[0].get("evalue") if errors else ""
    assert len(_outputs(nb, "image/png")) == 2  # the two figures
    html = "\n".join(o["data"]["text/html"] for o in _outputs(nb, "text/html"))
    with Store(demo_db, readonly=True) as s:
        claims = s.claims_frame()
    # The overview table lists every claim of the store.
    assert all(cid in html for cid in claims["claim_id"])
    printed = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert f"{len(claims)} claims" in printed and str(demo_db) in printed
