"""The `tracker` command as a user types it."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from tracker.claims import CLAIM_COLUMNS
from tracker.paths import CLAIMS_CSV


def tracker(*args, **kw):
    return subprocess.run([sys.executable, "-m", "tracker.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=300, **kw)


def test_help_lists_commands():
    r = tracker("--help")
    assert r.returncode == 0
    for cmd in ("run", "dashboard", "validate"):
        assert cmd in r.stdout
    r = tracker("run", "--help")
    assert "--source" in r.stdout and "--out" in r.stdout and "embedded PubMed snapshot" in r.stdout


def test_run_twice_offline_gives_identical_results(tmp_path):
    db = tmp_path / "x.db"
    outputs = []
    for i in range(2):
        out = tmp_path / f"out{i}"
        r = tracker("run", "--db", db, "--out", out, "--quiet")
        assert r.returncode == 0, r.stderr
        outputs.append((out / "claims_graded.csv").read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    rows = list(csv.DictReader(outputs[0].splitlines()))
    with CLAIMS_CSV.open(encoding="utf-8") as fh:
        assert [r["claim_id"] for r in rows] == [r["claim_id"] for r in csv.DictReader(fh)]
    assert {"claim_id", "question_id", "verdict", "certainty", "n_studies"} <= set(rows[0])


def test_validate_reports_located_problems(tmp_path):
    assert tracker("validate").returncode == 0
    bad = tmp_path / "claims.csv"
    with bad.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([CLAIM_COLUMNS, ["c1", "000_569fb9d20ae23134.txt", "not in the text", 0, 15,
                                                  "x", "nope", "efficacy", "plain"]])
    r = tracker("validate", "--claims", bad)
    assert r.returncode == 2
    assert "claims.csv: 2 problem(s)" in r.stderr
    assert "row 2, column 'quote'" in r.stderr and "unknown question 'nope'" in r.stderr


@pytest.mark.parametrize("args, message", [
    (["run", "--bogus"], "No such option '--bogus'"),
    (["run", "--source", "google"], "'google' is not one of"),
    (["run", "--source", "mirror"], "--source mirror needs --mirror PATH"),
])
def test_bad_options_are_explained(args, message):
    r = tracker(*args)
    assert r.returncode == 2
    assert message in r.stderr
