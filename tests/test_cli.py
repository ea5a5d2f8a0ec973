"""The `tracker` command as a user types it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tracker.claims import CLAIM_COLUMNS, load_inputs
from tracker.cli import EXPORT_FORMATS, main
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
    assert r.returncode == 1  # the command ran and found problems: a runtime failure, not bad usage
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


# ---- exit codes, stdout, --json, -v (issue 18) -------------------------------------------------------

def cli(*args, **kw):
    """`tracker ARGS` in-process (stdout and stderr apart)."""
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, prog_name="tracker", **kw)


def test_usage_errors_exit_2_and_runtime_errors_exit_1(tmp_path, demo_db):
    assert cli("export", "--format", "pdf", "--out", tmp_path).exit_code == 2  # click: not a format
    r = cli("search", "mn-acne-scar", "--db", tmp_path / "t.db")  # an id one letter short
    assert r.exit_code == 2 and "did you mean 'mn-acne-scars'" in r.stderr, r.stderr
    r = cli("query", "zzzz-nothing-like-it")
    assert r.exit_code == 2 and "unknown question 'zzzz-nothing-like-it'" in r.stderr and "known:" in r.stderr
    r = cli("review", "claim", "C000-01", "confirm", "--reviewer", "me", "--reason", "x", "--db", demo_db)
    assert r.exit_code == 2 and "did you mean 'c000-01'" in r.stderr, r.stderr
    r = cli("export", "--format", "json", "--out", tmp_path / "x", "--base-url", "example.org/audits", "--db", demo_db)
    assert r.exit_code == 2 and "not an absolute http(s) URL" in r.stderr
    # runtime: the command line is fine, the store is not
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 100)
    r = cli("export", "--format", "json", "--out", tmp_path / "y", "--db", bad)
    assert r.exit_code == 1 and r.stderr.startswith(f"error: {bad}"), r.stderr


def test_export_formats_are_case_insensitive_and_match_the_library(demo_db, tmp_path):
    from tracker.export import FORMATS

    assert EXPORT_FORMATS == FORMATS
    r = cli("export", "--format", "HTML", "--out", tmp_path / "html", "--db", demo_db)
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "html" / "index.html").exists()
    assert "warning: without --base-url" in r.stderr  # the embedded ClaimReview urls would be relative


def test_out_dash_writes_to_stdout_and_creates_nothing(demo_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = cli("export", "--format", "Json", "--out", "-", "--db", demo_db)
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["format"] == "tracker-audit"
    r = cli("export", "--format", "bibtex", "--out", "-", "--db", demo_db)
    assert r.exit_code == 0 and r.stdout.startswith("@article{pmid")
    r = cli("export", "--format", "csv", "--out", "-", "--db", demo_db)
    assert r.exit_code == 2 and "writes several files" in r.stderr
    assert list(tmp_path.iterdir()) == []  # no folder named "-"


def test_csv_excel_and_publisher_options(demo_db, tmp_path):
    r = cli("export", "--format", "csv", "--excel", "--out", tmp_path / "csv", "--db", demo_db)
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "csv" / "claims.csv").read_bytes().startswith(b"\xef\xbb\xbfclaim_id,")
    r = cli("export", "--format", "claimreview", "--out", "-", "--db", demo_db, "--publisher", "Health Check Desk",
            "--publisher-url", "https://checks.example.org", "--base-url", "https://checks.example.org/audits/")
    assert r.exit_code == 0 and "warning" not in r.stderr, r.stderr
    reviews = json.loads(r.stdout)
    assert {json.dumps(x["author"], sort_keys=True) for x in reviews} == {json.dumps(
        {"@type": "Organization", "name": "Health Check Desk", "url": "https://checks.example.org"}, sort_keys=True)}
    assert all(x["url"].startswith("https://checks.example.org/audits/report_") for x in reviews)


def test_run_json_summary_text_and_out_dash(demo_db_copy):
    r = cli("run", "--db", demo_db_copy, "--json")
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)  # stdout holds the JSON alone; messages went to stderr
    claims = {c.claim_id: c for c in load_inputs().claims}
    assert [v["claim_id"] for v in doc["verdicts"]] == list(claims)
    assert all(v["claim"] == claims[v["claim_id"]].claim and v["verdict"] for v in doc["verdicts"])
    r = cli("run", "--db", demo_db_copy, "--out", "-")
    assert r.exit_code == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["claim_id"] for row in rows] == list(claims)
    # the terminal summary (on stderr when stdout carries the CSV) shows what each claim says
    first = next(iter(claims.values()))
    assert f"{first.claim_id}: {first.claim.split()[0]}" in r.stderr
    assert all(word in r.stderr for word in first.claim.split())  # wrapped in its cell, every word there
    assert cli("run", "--db", demo_db_copy, "--json", "--out", "-").exit_code == 2


def test_search_and_query_json(demo_db_copy):
    qid = "mn-acne-scars"
    r = cli("search", qid, "--db", demo_db_copy, "--json")
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["question_id"] == qid and doc["count"] >= len(doc["records"]) > 0
    assert all(set(rec) >= {"pmid", "title", "year", "retracted"} for rec in doc["records"])
    r = cli("query", qid, "--json")
    assert r.exit_code == 0, r.stderr
    q = json.loads(r.stdout)
    assert q["question_id"] == qid and q["count"] == doc["count"] and q["translation"]


def test_verbose_shows_retries_and_decisions(tmp_path):
    from tests.eutils_server import running_server
    from tracker.snapshot import iter_records

    with running_server(list(iter_records())) as server:
        server.set_fault("503", times=1, endpoint="esearch")
        r = cli("-v", "search", "mn-acne-scars", "--source", "entrez", "--eutils-url", server.url,
                "--db", tmp_path / "t.db")
        quiet = cli("search", "mn-acne-scars", "--source", "entrez", "--eutils-url", server.url,
                    "--db", tmp_path / "t2.db", "--json")
    assert r.exit_code == 0, r.stderr
    err = " ".join(r.stderr.split())
    assert "HTTP 503" in err and "retry 1/" in err, err
    assert "question mn-acne-scars: searched entrez" in err
    assert quiet.exit_code == 0 and "retry" not in quiet.stderr and "searched entrez" not in quiet.stderr


def test_update_on_the_snapshot_says_it_searches_the_whole_sample(tmp_path):
    """--update narrows live PubMed searches only; on the embedded snapshot the run says so
    instead of implying that only new records were looked at."""
    result = CliRunner().invoke(main, ["run", "--db", str(tmp_path / "t.db"), "--quiet", "--update"])
    assert result.exit_code == 0, result.output
    assert "--update only narrows live PubMed searches" in result.output
    plain = CliRunner().invoke(main, ["run", "--db", str(tmp_path / "t.db"), "--quiet"])
    assert "--update only narrows" not in plain.output
