"""The hand-written reference sets (benchmarks/devset, benchmarks/labels) stay internally valid.

They are the yardsticks the claim and appraisal benchmarks report against; a quote that no
longer matches its article, or a label naming a record the snapshot lacks, would silently
shrink what the benchmarks measure.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(script: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, cwd=ROOT)


def test_devset_gold_is_valid():
    proc = _run(ROOT / "benchmarks/devset/check_gold.py")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_devset_checker_catches_a_quote_that_is_not_in_its_article(tmp_path):
    import csv
    with open(ROOT / "benchmarks/devset/gold_claims.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows[0]["quote"] = "a sentence that appears in no article at all"
    bad = tmp_path / "gold_claims.csv"
    with open(bad, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    proc = _run(ROOT / "benchmarks/devset/check_gold.py", str(bad))
    assert proc.returncode != 0
    assert "row 2" in proc.stdout + proc.stderr or "a sentence that appears" in proc.stdout + proc.stderr


def test_snapshot_labels_are_valid():
    proc = _run(ROOT / "benchmarks/labels/check_labels.py")
    assert proc.returncode == 0, proc.stdout + proc.stderr
