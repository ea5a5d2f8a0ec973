"""The bad-input catalogue (docs/reliability.md): every case gets a clear message naming the file,
row, column or query, and the `tracker` command exits 2 with "error: ..." on stderr.

Most cases run the real CLI in-process through click's runner (fast); the entry point itself is
exercised as a subprocess for a few of them.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.eutils_server import running_server
from tests.static_server import serving
from tracker.articles import load_article
from tracker.claims import QUESTION_COLUMNS, load_questions
from tracker.cli import EXIT_RUNTIME, EXIT_USAGE, main
from tracker.errors import InputError
from tracker.eutils import EntrezBackend, EutilsConfig
from tracker.models import Record
from tracker.paths import CLAIMS_CSV, QUESTIONS_CSV
from tracker.pipeline import search_question
from tracker.ratelimit import RateLimiter
from tracker.search import SearchError
from tracker.store import Store

KEY = "SENTINEL-BAD-KEY-7f3a9c"
ART0 = "000_569fb9d20ae23134.txt"


def cli(*args, env: dict[str, str] | None = None):
    """`tracker ARGS` in-process; returns click's Result (exit_code, stdout, stderr)."""
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False, prog_name="tracker")


def fails(result, *fragments: str, code: int = EXIT_RUNTIME) -> str:
    """The command failed cleanly: exit 1 (2 for bad usage), one 'error:' message holding every fragment."""
    err = result.stderr
    assert result.exit_code == code, (result.exit_code, result.stdout[-500:], err[-2000:])
    assert err.lstrip().startswith("error:") or "Error:" in err, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, (fragment, err)
    return err


def real_rows() -> list[dict[str, str]]:
    with CLAIMS_CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_rows(path: Path, rows: list[dict[str, str]], fields=None, *, encoding="utf-8") -> Path:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields or list(rows[0]), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def validate(claims: Path | None = None, questions: Path | None = None, articles: Path | None = None):
    args = ["validate"]
    if claims:
        args += ["--claims", claims]
    if questions:
        args += ["--questions", questions]
    if articles:
        args += ["--articles", articles]
    return cli(*args)


# ---- claims.csv --------------------------------------------------------------------------------

def test_claims_missing_columns(tmp_path):
    rows = real_rows()[:2]
    path = write_rows(tmp_path / "claims.csv", rows, ["claim_id", "article", "claim", "end", "question_id",
                                                       "claim_type", "strength"])
    fails(validate(path), f"{path}, row 1: missing column(s) quote, start",
          "the header is: claim_id, article, claim")


def test_claims_duplicate_ids(tmp_path):
    rows = real_rows()[:3]
    rows[2]["claim_id"] = rows[0]["claim_id"]
    path = write_rows(tmp_path / "claims.csv", rows)
    fails(validate(path), f"{path}: 1 problem(s)",
          f"row 4, column 'claim_id': duplicate id '{rows[0]['claim_id']}' (first on row 2)")


def test_claims_quote_that_does_not_match_its_offsets(tmp_path):
    rows = real_rows()[:2]
    start, end = int(rows[1]["start"]), int(rows[1]["end"])
    rows[1]["start"], rows[1]["end"] = str(start + 7), str(end + 7)
    path = write_rows(tmp_path / "claims.csv", rows)
    fails(validate(path), f"{path}: 1 problem(s)",
          f"row 3, column 'quote': does not match the article text at {start + 7}:{end + 7}; "
          f"the quote occurs at {start}:{end}")


def test_claims_quote_not_in_the_article_and_offsets_outside_it(tmp_path):
    rows = real_rows()[:3]
    rows[0]["quote"] = "a sentence this article never printed"
    rows[1]["start"], rows[1]["end"] = "999990", "999999"
    rows[2]["start"] = "twelve"
    path = write_rows(tmp_path / "claims.csv", rows)
    err = fails(validate(path), f"{path}: 3 problem(s)")
    assert "row 2, column 'quote': does not match the article text" in err and "the quote is not in the article" in err
    assert "row 3, columns 'start'/'end': 999990:999999 is outside the article (length" in err
    assert "row 4, columns 'start'/'end': not whole numbers ('twelve'" in err


def test_claims_unknown_question_and_article_and_vocabulary(tmp_path):
    rows = real_rows()[:3]
    rows[0]["question_id"] = "no-such-question"
    rows[1]["article"] = "missing.txt"
    rows[2]["strength"], rows[2]["claim_type"] = "very", "opinion"
    path = write_rows(tmp_path / "claims.csv", rows)
    fails(validate(path), f"{path}: 4 problem(s)",
          "row 2, column 'question_id': unknown question 'no-such-question' (not in questions.csv)",
          "row 3, column 'article': unknown article 'missing.txt'",
          "row 4, column 'claim_type': 'opinion' is not one of efficacy",
          "row 4, column 'strength': 'very' is not one of hedged")


def test_claims_row_with_more_fields_than_the_header(tmp_path):
    path = tmp_path / "claims.csv"
    rows = real_rows()[:1]
    write_rows(path, rows)
    extra = ",".join(["x"] * (len(rows[0]) + 1))  # one field more than the header, however wide it is
    path.write_text(path.read_text(encoding="utf-8") + extra + "\n", encoding="utf-8")
    fails(validate(path), f"{path}, row 3: has more fields than the header")


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\xef\xbb\xbf"])
def test_empty_claims_file(tmp_path, content):
    path = tmp_path / "claims.csv"
    path.write_bytes(content)
    fails(validate(path), f"{path}: is empty: expected a header row with columns claim_id, article, quote")


def test_claims_in_utf16_without_a_bom(tmp_path):
    path = write_rows(tmp_path / "claims.csv", real_rows()[:2], encoding="utf-16-le")
    fails(validate(path), f"{path}: looks like UTF-16 without a byte-order mark; re-save it as UTF-8")


def test_claims_in_windows_1252(tmp_path):
    rows = real_rows()[:2]
    rows[1]["claim"] = "It \u201cworks\u201d \u2013 says the article"  # curly quotes, en dash
    path = write_rows(tmp_path / "claims.csv", rows, encoding="cp1252")
    offset = path.read_bytes().index(b"\x93")
    fails(validate(path), f"{path}: is not UTF-8 (byte 0x93 at offset {offset}) on line 3",
          "re-save it as UTF-8 (it may be Windows-1252")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_claims_with_a_bom_are_read_like_utf8(tmp_path, encoding):
    rows = real_rows()
    path = write_rows(tmp_path / "claims.csv", rows, encoding=encoding)
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff", b"\xef\xbb")
    result = validate(path)
    assert result.exit_code == 0, result.stderr
    assert f"OK: {len(rows)} claims in 4 articles" in result.stdout


# ---- questions.csv and PubMed queries -------------------------------------------------------------

def _questions_with(tmp_path: Path, query_by_row: dict[int, str], **changes) -> Path:
    qs = load_questions(QUESTIONS_CSV)
    rows = [{"question_id": q.question_id, "statement": q.statement, "intervention": q.intervention,
             "outcome": q.outcome, "kind": q.kind, "query": q.query} for q in qs]
    for i, query in query_by_row.items():
        rows[i - 2]["query"] = query
    for key, (i, value) in changes.items():
        rows[i - 2][key] = value
    return write_rows(tmp_path / "questions.csv", rows, list(QUESTION_COLUMNS))


def test_questions_duplicate_ids_bad_kind_empty_query(tmp_path):
    qs = load_questions(QUESTIONS_CSV)
    path = _questions_with(tmp_path, {4: "  "}, question_id=(3, qs[0].question_id))
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows[4]["kind"] = "opinion"
    write_rows(path, rows, list(QUESTION_COLUMNS))
    fails(validate(questions=path), f"{path}: 3 problem(s)",
          f"row 3, column 'question_id': duplicate id '{qs[0].question_id}' (first on row 2)",
          "row 4, column 'query': empty", "row 6, column 'kind': 'opinion' is not one of efficacy")


@pytest.mark.parametrize("query, position, reason", [
    ("(microneedl*[tiab] AND acne", 0, "unbalanced parenthesis: '(' is never closed"),
    ("microneedl*[tiab]) AND acne", 17, "')' without a matching '('"),
    ("microneedling[foo] AND acne", 13, "unknown field tag [foo]"),
    ('microneedling AND ""', 18, "empty phrase"),
    ("microneedling AND", 14, "AND has no right-hand term"),
])
def test_invalid_pubmed_query_is_located_by_validate(tmp_path, query, position, reason):
    path = _questions_with(tmp_path, {5: query})
    qid = load_questions(path)[3].question_id
    err = fails(validate(questions=path),
                f"{path}: 1 problem(s)", f"row 5, column 'query' (question {qid}): {reason}",
                f"at position {position}:\n      {query}\n")
    lines = err.splitlines()
    shown = next(i for i, line in enumerate(lines) if line.strip() == query)
    assert lines[shown + 1].index("^") - lines[shown].index(query[0]) == position  # the caret points


def test_run_with_a_bad_query_stops_before_any_search(tmp_path):
    path = _questions_with(tmp_path, {2: "(acne OR scars"})
    db = tmp_path / "t.db"
    fails(cli("run", "--db", db, "--questions", path, "--quiet"),
          f"{path}: 1 problem(s)", "row 2, column 'query'", "(acne OR scars")
    assert not db.exists(), "nothing is written for a run that cannot start"


def test_search_command_names_the_question_and_the_query(tmp_path):
    path = _questions_with(tmp_path, {2: "acne[foo]"})
    qid = load_questions(path)[0].question_id
    fails(cli("search", qid, "--questions", path, "--db", tmp_path / "t.db"),
          f"question {qid}: unknown field tag [foo]", "acne[foo]\n    ^")


def test_unknown_question_id_for_search(tmp_path):
    # a wrong id on the command line is bad usage (exit 2), with the nearest ids offered
    fails(cli("search", "no-such-question", "--db", tmp_path / "t.db"),
          f"unknown question 'no-such-question' in {QUESTIONS_CSV}", code=EXIT_USAGE)
    fails(cli("search", "mn-acne-scar", "--db", tmp_path / "t.db"), "did you mean 'mn-acne-scars'", code=EXIT_USAGE)


# ---- articles ---------------------------------------------------------------------------------------

def _one_article_run(tmp_path: Path, name: str, data: bytes):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / name).write_bytes(data)
    return folder, cli("run", "--db", tmp_path / "t.db", "--articles", folder, "--quiet")


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "is empty: there is no text to audit"),
    ("blank.md", b"  \n\t\n", "is empty: there is no text to audit"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "is a binary file (it contains NUL bytes)"),
    ("legacy.txt", "Microneedling \u201cworks\u201d.\n".encode("cp1252"), "is not UTF-8 (byte 0x93 at offset 14) on line 1"),
    ("only-script.html", b"<html><head><title>t</title><script>alert(1)</script></head><body><script>x()</script></body></html>",
     "has no readable text once markup is removed"),
])
def test_unusable_article_is_named(tmp_path, name, data, message):
    folder, result = _one_article_run(tmp_path, name, data)
    fails(result, f"{folder / name}: {message}")
    assert not (tmp_path / "t.db").exists()


def test_huge_article_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # 50 MB of real text
        line = b"Microneedling improves acne scars in every trial we could find. " * 16 + b"\n"
        for _ in range(50 * 2**20 // len(line) + 1):
            fh.write(line)
    size = path.stat().st_size
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as info:
            load_article(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2 * 2**20, f"the 50 MB file was read into memory (peak {peak:,} bytes)"
    assert str(info.value) == f"{path}: is {size:,} bytes; articles are limited to 5,000,000 bytes"
    folder = tmp_path / "articles"
    folder.mkdir()
    path.rename(folder / path.name)
    fails(cli("run", "--db", tmp_path / "t.db", "--articles", folder, "--quiet"),
          f"{folder / path.name}: is {size:,} bytes; articles are limited to 5,000,000 bytes")


def test_html_article_scripts_never_reach_the_text_or_the_claims(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    page = ("<!doctype html><html><head><title>Needles &amp; you</title><script>steal(document.cookie)</script>"
            "<style>p{color:red}</style></head><body><h1>Needling</h1><p onclick=\"evil()\">Microneedling "
            "smooths acne scars.<img src=x onerror=\"alert('x')\"></p><script>alert('again')</script>"
            "<noscript>enable js</noscript></body></html>")
    (folder / "page.html").write_text(page, encoding="utf-8")
    article = load_article(folder / "page.html")
    assert article.title == "Needles & you"
    for bad in ("steal", "cookie", "alert", "evil", "onerror", "color:red", "enable js", "<"):
        assert bad not in article.text
    assert "Microneedling smooths acne scars." in article.text
    rows = real_rows()[:1]
    rows[0].update(article="page.html", quote="alert('again')", start="0", end="14")
    claims = write_rows(tmp_path / "claims.csv", rows)
    fails(validate(claims, articles=folder),
          f"{claims}: 1 problem(s)", "row 2, column 'quote': does not match the article text at 0:14; "
          "the quote is not in the article")


def test_missing_articles_folder(tmp_path):
    fails(validate(articles=tmp_path / "nowhere"), f"{tmp_path / 'nowhere'}: is not a directory of articles")


# ---- command line -------------------------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["run", "--colour"], "No such option '--colour'"),
    (["export", "--format", "pdf", "--out", "x"], "'pdf' is not one of 'csv'"),
    (["run", "--max-records", "0"], "0 is not in the range 1<=x<=10000"),
    (["search"], "Missing argument 'QUESTION_ID'"),
    (["audit"], "No such command 'audit'"),
])
def test_unknown_or_bad_cli_options(args, message):
    result = cli(*args)
    assert result.exit_code == 2 and message in result.stderr, result.stderr
    assert "Try 'tracker" in result.stderr and "--help' for help" in result.stderr


def test_the_entry_point_reports_like_the_runner(tmp_path):
    """The installed command (not the in-process runner) exits like the runner, with one located message."""
    bad = tmp_path / "claims.csv"
    bad.write_bytes("claim_id,article\n".encode("utf-16-le"))
    r = subprocess.run([sys.executable, "-m", "tracker.cli", "validate", "--claims", str(bad)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == EXIT_RUNTIME
    assert r.stderr.startswith(f"error: {bad}: looks like UTF-16 without a byte-order mark"), r.stderr
    r = subprocess.run([sys.executable, "-m", "tracker.cli", "run", "--bogus"], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and "No such option '--bogus'" in r.stderr


@pytest.mark.parametrize("make", ["folder", "foreign"])
def test_db_that_is_not_a_tracker_store(tmp_path, make):
    import sqlite3

    db = tmp_path / "app.sqlite"
    if make == "folder":
        db.mkdir()
        message = f"Invalid value for '--db': File '{db}' is a directory"
    else:
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE contacts (name TEXT)")
        message = f"{db}: is a SQLite database but not a tracker store (it has tables contacts)"
    before = db.read_bytes() if db.is_file() else None
    fails(cli("search", load_questions(QUESTIONS_CSV)[0].question_id, "--db", db), message,
          code=EXIT_USAGE if make == "folder" else EXIT_RUNTIME)  # click refuses a folder as --db
    if before is not None:
        assert db.read_bytes() == before, "another program's database is left exactly as it was"


# ---- E-utilities ------------------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["option", "environment"])
def test_misconfigured_eutils_url(tmp_path, how):
    url = "eutils.ncbi.nlm.nih.gov/entrez/eutils"  # no scheme
    if how == "option":
        result = cli("run", "--source", "entrez", "--eutils-url", url, "--db", tmp_path / "t.db", "--quiet")
        where = "--eutils-url"
    else:
        result = cli("run", "--source", "entrez", "--db", tmp_path / "t.db", "--quiet",
                     env={"NCBI_EUTILS_URL": url})
        where = "$NCBI_EUTILS_URL"
    fails(result, f"{where}: E-utilities URL '{url}' is not an http(s) URL")


def test_eutils_url_that_is_not_eutils(tmp_path):
    q = load_questions(QUESTIONS_CSV)[0]
    with serving({}, path="/not/eutils/") as (url, _):  # an ordinary web server: every path is a 404 page
        result = cli("search", q.question_id, "--source", "entrez", "--eutils-url", url, "--db", tmp_path / "t.db")
    host = url.split("/")[2]
    fails(result, f"question {q.question_id}: E-utilities esearch at {host} failed for query {q.query[:40]!r}"[:-1],
          "HTTP 404")


def test_unreachable_eutils_url_names_question_query_and_host(tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = EutilsConfig(base_url=f"http://127.0.0.1:{port}/entrez/eutils/", max_tries=3, backoff=0.01,
                          max_backoff=0.02, timeout=1.0, api_key=KEY)
    q = load_questions(QUESTIONS_CSV)[0]
    with EntrezBackend(config, limiter=RateLimiter(1000)) as backend, Store(tmp_path / "t.db") as store:
        with pytest.raises(SearchError) as info:
            search_question(store, backend, q)
        assert store.conn.execute("SELECT COUNT(*) FROM searches").fetchone()[0] == 0
    message = str(info.value)
    assert message.startswith(f"question {q.question_id}: E-utilities esearch at 127.0.0.1:{port} failed")
    assert repr(q.query) in message and "failed after 3 tries; last: connection failed" in message
    assert KEY not in message


def test_invalid_api_key_is_reported_without_the_key(tmp_path):
    q = load_questions(QUESTIONS_CSV)[0]
    record = Record(pmid="31000001", title="Microneedling for acne scars", year=2020)
    with running_server([record], api_keys={"the-real-key"}) as server:
        result = cli("search", q.question_id, "--source", "entrez", "--eutils-url", server.url,
                     "--db", tmp_path / "t.db", env={"NCBI_API_KEY": KEY})
        assert [r.status for r in server.requests] == [400], "a bad key is not retried"
    err = fails(result, f"question {q.question_id}: E-utilities esearch at 127.0.0.1:{server.port} failed for query",
                "HTTP 400: API key invalid")
    assert KEY not in err and KEY not in result.stdout
