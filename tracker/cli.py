"""`tracker` command line. Thin: it parses arguments and calls the library, as a notebook would."""

from __future__ import annotations

import contextlib
import difflib
import json as json_lib
import logging
import os
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from . import paths
from .db import Error as DbError
from .db import is_url, location
from .errors import InputError
from .search import SearchError
from .store import Store, StoreError, explain

console = Console(stderr=True)
# Piped output (files, CI logs) is not limited to rich's 80-column default.
stdout = Console() if sys.stdout.isatty() else Console(width=140)

_STORE_OR_DB_ERRORS: tuple[type[Exception], ...] = (StoreError, *DbError)


class _DbParam(click.ParamType):
    """A SQLite file path, or a `postgresql://` URL kept as written (Path() would fold its //)."""

    name = "PATH|URL"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and is_url(value):
            return value
        return click.Path(dir_okay=False, path_type=Path).convert(value, param, ctx)


DB_PARAM = _DbParam()
DB_OPTION = click.option("--db", type=DB_PARAM, default=None,
                         help="Store to write/read: a SQLite file, or a postgresql://user@host/dbname URL "
                              "[default: $TRACKER_DB, else data/tracker.db in a checkout, else the user data folder].")
SOURCE_OPTIONS = [
    click.option("--source", type=click.Choice(["snapshot", "mirror", "entrez"], case_sensitive=False), default="snapshot",
                 show_default=True,
                 help="snapshot: the embedded PubMed snapshot (offline); mirror: an index built by "
                      "`tracker mirror ingest`; entrez: live PubMed via NCBI E-utilities."),
    click.option("--mirror", type=click.Path(path_type=Path), default=None,
                 help="Index file for --source mirror."),
    click.option("--eutils-url", default=None, metavar="URL",
                 help="E-utilities base URL for --source entrez [default: NCBI, or $NCBI_EUTILS_URL]. "
                      "Set NCBI_EMAIL and NCBI_API_KEY in the environment."),
]


def source_options(f):
    for opt in reversed(SOURCE_OPTIONS):
        f = opt(f)
    return f


STAGE_NAMES = {"search": "Searching questions", "appraise": "Appraising records", "grade": "Grading claims"}


class _Bars:
    """Rich progress bars fed by the pipeline's progress(stage, done, total) callback."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(STAGE_NAMES.get(stage, stage), total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)


def _add_row(table: Table, *cells: str) -> None:
    """A table row of plain text: article quotes, record titles and ids are never Rich markup
    (`[/bold]` would crash the table, `[link=...]` would become a live terminal link)."""
    table.add_row(*(Text(str(c)) for c in cells))


#: Exit status: 0 done; 1 the command ran and failed (bad file contents, network, store); 2 the
#: command line itself is wrong (click's usage errors, an unknown id, a bad option value).
EXIT_RUNTIME, EXIT_USAGE = 1, 2


def _fail(exc: Exception) -> None:
    console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
    sys.exit(EXIT_RUNTIME)


def did_you_mean(value: str, known) -> str:
    """"; did you mean 'x'?" for the closest known ids (case-insensitive), else the known ids."""
    known = sorted(set(known))
    by_lower = {k.lower(): k for k in known}
    close = [by_lower[m] for m in difflib.get_close_matches(value.lower(), list(by_lower), n=3, cutoff=0.5)]
    if close:
        return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
    return "; known: " + ", ".join(known[:20]) + (" ..." if len(known) > 20 else "") if known else ""


def _check_source(source: str, mirror) -> None:
    """Options that contradict each other are a usage error (exit 2), found before any work."""
    if source == "mirror" and not mirror:
        raise click.UsageError("--source mirror needs --mirror PATH (an index built by `tracker mirror ingest`)")


def _write_stdout(data: bytes) -> None:
    """A file's exact bytes on stdout (`--out -`)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        buffer.write(data)
        buffer.flush()
    else:  # a text-only stream
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()


def _emit_json(value) -> None:
    """Machine-readable output on stdout (messages stay on stderr)."""
    click.echo(json_lib.dumps(value, ensure_ascii=False, indent=2, default=str))


class _LogHandler(logging.StreamHandler):
    """-v output: one plain line per message on stderr, read at each write (so it follows
    redirection and test runners)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def _setup_logging(verbose: int) -> None:
    """-v: retries, searches and grading decisions; -vv: every record's appraisal too. Without
    -v, nothing is logged to the terminal (a second call in one process undoes the first)."""
    logger = logging.getLogger("tracker")
    for h in [h for h in logger.handlers if isinstance(h, _LogHandler)]:
        logger.removeHandler(h)
    if not verbose:
        logger.setLevel(logging.NOTSET)
        return
    logger.setLevel(logging.INFO if verbose == 1 else logging.DEBUG)
    logger.addHandler(_LogHandler())


def _db_fail(db, exc: Exception) -> None:
    """A database failure the store did not translate (e.g. a read of a damaged page)."""
    _fail(StoreError(f"{location(db)}: {explain(exc)}"))


@contextlib.contextmanager
def _failures_reported(db, backend=None):
    """The failures a command expects end it with their message (a database error naming the
    store, its password hidden); the evidence backend is closed either way."""
    try:
        yield
    except (InputError, SearchError, StoreError) as exc:
        _fail(exc)
    except DbError as exc:
        _db_fail(db, exc)
    finally:
        if backend is not None:
            backend.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="tracker")
@click.option("--verbose", "-v", count=True, help="Show retries, searches and grading decisions (-vv: every record).")
def main(verbose: int = 0) -> None:
    """Audit the health claims of popular articles against PubMed.

    \b
    Typical use:
      tracker run                      audit claims.csv on the embedded snapshot (offline)
      tracker run --out out/           ... and write out/claims_graded.csv
      tracker dashboard                browse the results in a browser
      tracker validate                 check claims.csv and questions.csv

    Every command takes --help. Exit status: 0 done, 1 the command failed, 2 bad usage.
    """
    _setup_logging(verbose)


@main.command()
@DB_OPTION
@source_options
@click.option("--claims", "claims_csv", type=click.Path(path_type=Path), default=paths.CLAIMS_CSV,
              show_default="claims.csv", help="Curated claims (one row per claim).")
@click.option("--questions", "questions_csv", type=click.Path(path_type=Path), default=paths.QUESTIONS_CSV,
              show_default="questions.csv", help="Testable questions with their PubMed queries.")
@click.option("--articles", "articles_dir", type=click.Path(path_type=Path), default=paths.ARTICLES_DIR,
              show_default="data/articles", help="Folder of articles (.txt, .md, .html).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path, allow_dash=True), default=None,
              help="Also write DIR/claims_graded.csv (one row per claim, stable order); `-` writes it to stdout.")
@click.option("--json", "as_json", is_flag=True, help="Print the run's summary and every verdict as JSON on stdout.")
@click.option("--refresh", is_flag=True, help="Search again instead of reusing cached searches.")
@click.option("--max-records", type=click.IntRange(1, 10_000), default=200, show_default=True,
              help="Records fetched and appraised per question (newest first).")
@click.option("--extract/--no-extract", default=True, show_default=True,
              help="Extract claims automatically from articles that have no rows in claims.csv.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars or summary table.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Use only the evidence available on that day: PubMed's entry date, the snapshot's "
                   "capture date, the mirror's publication year. Compare with `tracker changes`.")
@click.option("--update", is_flag=True,
              help="Search again for records new since each question's last search (live PubMed: only "
                   "that entry-date window is asked for; records already held are not fetched again).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes. Above 1, each article is its own run, audited in parallel against "
                   "the one store; a re-run skips articles whose run completed (--refresh or --update "
                   "redo them).")
def run(db, source, mirror, eutils_url, claims_csv, questions_csv, articles_dir, out, refresh,
        max_records, extract, quiet, as_of=None, update=False, as_json=False, jobs=1):
    """Run the whole audit: search every question, appraise the records, grade every claim.

    Results go to the store (--db); the summary table lists each claim's verdict. Re-running
    reuses cached searches and gives identical results; an interrupted run resumes.

    With --articles DIR, articles that have no curated claims are audited on claims found by
    `tracker extract` (marked "auto" in the store and the dashboard).

    With --jobs N (N > 1), each article is its own run in one of N worker processes; a failing
    article is named and the others go on; an interrupted batch resumes where it stopped.
    """
    from .api import prepare_audit
    from .pipeline import run_audit, write_claims_graded

    _check_source(source, mirror)
    as_of = _as_of_day(as_of)
    if as_json and str(out) == "-":
        raise click.UsageError("--json and --out - both write to stdout; give --out a folder")
    if jobs > 1 and out is not None:
        raise click.UsageError("--out is for one run; with --jobs each article is its own run: "
                               "write the graded claims with `tracker export` afterwards")
    try:
        inputs, backend = prepare_audit(articles=articles_dir, claims=claims_csv, questions=questions_csv,
                                        source=source, mirror=mirror, eutils_url=eutils_url,
                                        extract=extract, as_of=as_of)
    except (InputError, SearchError, StoreError) as exc:
        _fail(exc)
    if source == "snapshot":
        _warn_coverage(backend, inputs)
        if update:
            # The embedded sample has no entry dates to window on: every search reads all of it.
            console.print("note: --update only narrows live PubMed searches; the embedded snapshot is "
                      "searched whole, as in a normal run.", highlight=False)
    if as_of is None:
        _hint_article_dates(inputs)
    db = db or paths.default_db()
    if jobs > 1:
        _run_batch(inputs, backend, db, jobs=jobs, source=source, mirror=mirror, eutils_url=eutils_url,
                   as_of=as_of, refresh=refresh, update=update, max_records=max_records, quiet=quiet,
                   as_json=as_json)
        return
    with _failures_reported(db, backend), Store(db) as store, Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=console, disable=quiet) as bars:
        summary = run_audit(store, backend, inputs, refresh=refresh, max_records=max_records,
                            progress=_Bars(bars), update=update)
    to_stdout = out is not None and str(out) == "-"
    if as_json:
        _emit_json(_run_json(inputs, summary, db))
    elif not quiet:
        _print_summary(inputs, summary, console if to_stdout else stdout)
    console.print(f"Run {summary.run_id}: {summary.n_claims} claims, {summary.n_questions} questions, "
                  f"{summary.n_records} records found by the searches. Evidence: {summary.source_label}. Store: {location(db)}", highlight=False,
                  markup=False)
    if to_stdout:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:  # the same writer, so stdout holds the file's exact bytes
            path = write_claims_graded(Path(tmp) / "claims_graded.csv", inputs.claims, summary.verdicts)
            _write_stdout(path.read_bytes())
    elif out:
        path = write_claims_graded(out / "claims_graded.csv", inputs.claims, summary.verdicts)
        console.print(f"Wrote {path}", highlight=False, markup=False)


def _run_batch(inputs, backend, db, *, jobs, source, mirror, eutils_url, as_of, refresh, update,
               max_records, quiet, as_json) -> None:
    """`tracker run --jobs N`: one run per article in N processes (tracker.batch); a table of
    articles, each failure named; exit 1 if any article failed."""
    import dataclasses

    from .batch import FAILED, Source, audit_inputs

    with _failures_reported(db, backend):
        try:
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=console, disable=quiet) as bars:
                task = bars.add_task(f"Auditing articles ({jobs} jobs)", total=len(inputs.articles))

                def progress(done, total, outcome):
                    bars.update(task, completed=done, total=total)
                    if outcome.status == FAILED:
                        bars.console.print(Text(f"failed: {outcome.article}: {outcome.error}", style="red"),
                                           soft_wrap=True)

                result = audit_inputs(inputs, backend, db, jobs=jobs, refresh=refresh, update=update,
                                      max_records=max_records, progress=progress,
                                      source=Source(source, str(mirror) if mirror else None, eutils_url, as_of))
        except KeyboardInterrupt:
            console.print("interrupted: articles whose run completed are kept; run the same command again "
                          "to audit the rest", highlight=False, markup=False)
            sys.exit(130)
    if as_json:
        _emit_json({"store": str(location(db)), "jobs": jobs, "seconds": round(result.seconds, 3),
                    "articles": [dataclasses.asdict(o) for o in result.outcomes]})
    elif not quiet:
        table = Table(title="Articles")
        for col in ("article", "status", "run", "claims", "questions", "seconds"):
            table.add_column(col, overflow="fold")
        for o in result.outcomes:
            _add_row(table, o.article, o.status, "" if o.run_id is None else str(o.run_id), str(o.n_claims),
                     str(o.n_questions), f"{o.seconds:.1f}")
        stdout.print(table)
    n = {s: len(result.by_status(s)) for s in ("complete", "done before", "no claims", FAILED)}
    console.print(f"{n['complete']} articles audited, {n['done before']} done before (skipped), "
                  f"{n['no claims']} without claims, {n[FAILED]} failed, in {result.seconds:.1f} s with "
                  f"{jobs} jobs. Store: {location(db)}", highlight=False, markup=False)
    if result.failed:
        for o in result.failed:
            console.print(Text(f"error: {o.article}: {o.error}", style="bold red"), soft_wrap=True)
        console.print("Run the same command again to audit the failed articles; the others are kept.",
                      highlight=False, markup=False)
        sys.exit(EXIT_RUNTIME)


def _run_json(inputs, summary, db) -> dict:
    """`tracker run --json`: the run and each claim's verdict with the claim's own words."""
    import dataclasses

    claims = {c.claim_id: c for c in inputs.claims}
    verdicts = []
    for v in summary.verdicts:
        c = claims.get(v.claim_id)
        verdicts.append({"claim_id": v.claim_id, "article": c.article if c else None, "claim": c.claim if c else None,
                         "quote": c.quote if c else None, "question_id": v.question_id, "verdict": v.verdict,
                         "certainty": v.certainty, "certainty_sentence": v.certainty_sentence,
                         "overstated": v.overstated, "side": v.side, "tally": dataclasses.asdict(v.tally),
                         "n_studies": v.n_studies, "n_participants": v.n_participants,
                         "cited_pmids": list(v.cited_pmids), "rationale": v.rationale})
    return {"run_id": summary.run_id, "source": summary.source, "source_label": summary.source_label,
            "started_at": summary.started_at, "finished_at": summary.finished_at, "store": str(location(db)),
            "n_claims": summary.n_claims, "n_questions": summary.n_questions, "n_records": summary.n_records,
            "verdicts": verdicts}


def _as_of_day(value):
    """--as-of as a date; a day after today has no evidence yet."""
    from datetime import date

    if value is None:
        return None
    day = value.date()
    if day > date.today():
        raise click.BadParameter(f"--as-of {day}: that day has not come yet; give today or an earlier day",
                                 param_hint="'--as-of'")
    return day


def _warn_coverage(backend, inputs) -> None:
    """Before grading: say which interventions the embedded sample has no record on."""
    from .coverage import check_coverage, sample_topics

    try:
        as_of = getattr(backend, "as_of", None)
        warning = check_coverage(backend, inputs.questions,
                                 sample_topics(as_of.isoformat() if as_of else None)).warning()
    except SearchError:
        return  # the run itself will report an unusable query, with its question
    if warning:
        console.print(Text(f"warning: {warning}", style="yellow"), soft_wrap=True)


def _hint_article_dates(inputs) -> None:
    """An article that states its date is offered as the default comparison: then against now."""
    from .changes import article_date

    for article in inputs.articles:
        day = article_date(article.text)
        if day:
            console.print(f"{article.name} gives its date as {day}: `tracker run --as-of {day}` audits it as "
                          "of then, and `tracker changes` compares that with today.", highlight=False, markup=False)


def _print_summary(inputs, summary, out: Console | None = None) -> None:
    out = out or stdout
    texts = {c.claim_id: c.claim for c in inputs.claims}
    wide = out.width >= 110  # an 80-column terminal has no room for the question ids
    table = Table(title="Claims and verdicts", show_lines=False)
    # the claim's own words beside its id (an id alone says nothing); they wrap, the rest stays short
    table.add_column("claim", overflow="fold", ratio=1, min_width=20)
    if wide:
        table.add_column("question", no_wrap=True, overflow="ellipsis", max_width=22)
    table.add_column("verdict", min_width=9)
    table.add_column("certainty", min_width=8)
    table.add_column("n", no_wrap=True, justify="right")
    table.add_column("over-\nstated", no_wrap=True)
    for v in summary.verdicts:
        text = texts.get(v.claim_id, "")
        cells = [f"{v.claim_id}: {text}" if text else v.claim_id, *([v.question_id] if wide else []),
                 v.verdict, v.certainty, str(v.n_studies), "yes" if v.overstated else ""]
        _add_row(table, *cells)
    out.print(table)


@main.command()
@DB_OPTION
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
def dashboard(db, port, host):
    """Serve the Streamlit dashboard for a store (run `tracker run` first)."""
    db = db or paths.default_db()
    if not is_url(db):  # a PostgreSQL URL is passed on as it is
        db = Path(db).resolve()
        if not db.exists():
            _fail(InputError(f"no store here; run `tracker run --db {db}` first", path=db))
    app = Path(__file__).with_name("dashboard") / "app.py"
    env = {**os.environ, "TRACKER_DB": str(db)}
    console.print(f"Dashboard for {location(db)} at http://{host}:{port}", highlight=False, markup=False)
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.address", host,
           "--server.port", str(port), "--server.headless", "true",
           "--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal"]
    # Exec Streamlit in place of this process: it keeps our pid, so SIGTERM/SIGINT (Ctrl-C, a
    # service manager, `kill`) reach the server itself and no orphan keeps the port.
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execve(sys.executable, cmd, env)
    except OSError as exc:
        _fail(InputError(f"cannot start Streamlit ({exc.strerror or exc})"))


@main.command()
@click.option("--claims", "claims_csv", type=click.Path(path_type=Path), default=paths.CLAIMS_CSV,
              show_default="claims.csv")
@click.option("--questions", "questions_csv", type=click.Path(path_type=Path), default=paths.QUESTIONS_CSV,
              show_default="questions.csv")
@click.option("--articles", "articles_dir", type=click.Path(path_type=Path), default=paths.ARTICLES_DIR,
              show_default="data/articles")
def validate(claims_csv, questions_csv, articles_dir):
    """Check claims.csv and questions.csv: columns, ids, quotes against offsets, question ids."""
    from .claims import check_queries, load_inputs

    try:
        inputs = load_inputs(claims_csv, questions_csv, articles_dir)
        check_queries(questions_csv, inputs.questions)
    except InputError as exc:
        _fail(exc)
    used = {c.question_id for c in inputs.claims}
    unused = [q.question_id for q in inputs.questions if q.question_id not in used]
    stdout.print(f"OK: {len(inputs.claims)} claims in {len(inputs.articles)} articles, "
              f"{len(inputs.questions)} questions" + (f" ({len(unused)} unused: {', '.join(unused)})" if unused else ""),
              highlight=False, markup=False)


def _question(questions_csv: Path, question_id: str):
    from .claims import load_questions

    questions = {q.question_id: q for q in load_questions(questions_csv)}
    if question_id not in questions:
        # a wrong id on the command line is a usage error (exit 2), with the nearest ids offered
        raise click.BadParameter(f"unknown question {question_id!r} in {questions_csv}"
                                 + did_you_mean(question_id, questions), param_hint="'QUESTION_ID'")
    return questions[question_id]


@main.command()
@click.argument("question_id")
@DB_OPTION
@source_options
@click.option("--questions", "questions_csv", type=click.Path(path_type=Path), default=paths.QUESTIONS_CSV,
              show_default="questions.csv")
@click.option("--refresh", is_flag=True, help="Search again instead of reusing the cached search.")
@click.option("--max-records", type=click.IntRange(1, 10_000), default=200, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the search and its records as JSON on stdout.")
def search(question_id, db, source, mirror, eutils_url, questions_csv, refresh, max_records, as_json=False):
    """Run one question's search, cache it in the store and list the records found."""
    from .pipeline import open_backend, search_question

    _check_source(source, mirror)
    try:
        question = _question(questions_csv, question_id)
        backend = open_backend(source, mirror=mirror, eutils_url=eutils_url)
        try:
            with Store(db or paths.default_db()) as store:
                found = search_question(store, backend, question, refresh=refresh, max_records=max_records)
        finally:
            backend.close()
    except (InputError, SearchError, StoreError) as exc:
        _fail(exc)
    except DbError as exc:
        _db_fail(db or paths.default_db(), exc)
    r = found.result
    if as_json:
        _emit_json({"question_id": question.question_id, "statement": question.statement, "query": r.query,
                    "translation": r.translation, "source": r.source, "source_label": r.source_label,
                    "count": r.count, "n_fetched": len(found.records), "searched_at": r.searched_at,
                    "warnings": list(r.warnings),
                    "records": [{"pmid": rec.pmid, "year": rec.year, "title": rec.title, "journal": rec.journal,
                                 "doi": rec.doi, "publication_types": list(rec.publication_types),
                                 "retracted": rec.retracted, "text_kind": rec.text_kind} for rec in found.records]})
        return
    stdout.print(f"{question.question_id}: {question.statement}\nquery: {r.query}\ntranslation: {r.translation}\n"
              f"{r.source_label}: {r.count} hits, {len(found.records)} fetched ({r.searched_at})",
              highlight=False, markup=False)
    for w in r.warnings:
        stdout.print(f"warning: {w}", highlight=False, markup=False)
    table = Table()
    for col in ("PMID", "year", "title"):
        table.add_column(col, overflow="fold")
    for rec in found.records:
        _add_row(table, rec.pmid, str(rec.year or ""), rec.title)
    stdout.print(table)


@main.command()
@click.argument("question_id")
@source_options
@click.option("--questions", "questions_csv", type=click.Path(path_type=Path), default=paths.QUESTIONS_CSV,
              show_default="questions.csv")
@click.option("--json", "as_json", is_flag=True, help="Print the query, its translation and hit count as JSON.")
def query(question_id, source, mirror, eutils_url, questions_csv, as_json=False):
    """Show a question's PubMed query, how the active backend translates it, and the hit count.

    With --source entrez it also looks up the MeSH headings of the question's terms.
    """
    from .local_index import LocalIndexBackend, explain
    from .pipeline import open_backend

    _check_source(source, mirror)
    try:
        question = _question(questions_csv, question_id)
        backend = open_backend(source, mirror=mirror, eutils_url=eutils_url)
        try:
            translation = explain(backend, question.query)
            # A local plan already states its hits and warnings (JSON wants the count as a number).
            local = isinstance(backend, LocalIndexBackend)
            result = None if local and not as_json else backend.search(question.query, max_ids=0)
            mesh = []
            if hasattr(backend, "mesh_lookup"):
                for term in (question.intervention, question.outcome):
                    mesh.append((term, backend.mesh_lookup(term)))
        finally:
            backend.close()
    except (InputError, SearchError) as exc:
        _fail(exc)
    if as_json:
        _emit_json({"question_id": question.question_id, "statement": question.statement, "query": question.query,
                    "backend": backend.label(), "translation": translation,
                    "count": result.count if result is not None else None,
                    "warnings": list(result.warnings) if result is not None else [],
                    "mesh": {term: list(headings) for term, headings in mesh}})
        return
    stdout.print(f"question:    {question.question_id}: {question.statement}\nbackend:     {backend.label()}\n"
              f"{translation}", highlight=False, markup=False)
    if result is not None:
        stdout.print(f"hits:        {result.count}", highlight=False, markup=False)
        for w in result.warnings:
            stdout.print(f"warning:     {w}", highlight=False, markup=False)
    for term, headings in mesh:
        stdout.print(f"MeSH for {term!r}: {', '.join(headings) or 'none found'}", highlight=False, markup=False)


@main.group()
def mirror():
    """Build and use a local PubMed mirror (an index of PubMed baseline/update files)."""


@mirror.command("ingest")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--mirror", "index", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Index file to create or extend.")
def mirror_ingest(files, index):
    """Stream PubMed XML files (.xml or .xml.gz) into the mirror index.

    Deletions are honoured and the newest version of a PMID wins. An interrupted ingest resumes:
    run the same command again.
    """
    from .local_index import IngestProgress, ingest

    with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[counts]}"), console=console) as bars:
        task = bars.add_task("Ingesting", total=None, counts="")

        def progress(p: IngestProgress) -> None:
            bars.update(task, description=f"File {p.file_number}/{p.n_files} {escape(Path(p.path).name)}",
                        completed=p.bytes_done, total=p.bytes_total or None,
                        counts=f"{p.added:,} added, {p.deleted:,} deleted")

        try:
            report = ingest(index, list(files), progress=progress)
        except (InputError, SearchError, ValueError, OSError) as exc:
            _fail(exc)
    console.print(f"{report.added:,} records added or replaced, {report.deleted:,} deleted, from "
                  f"{len(report.files)} file(s) in {report.seconds:.1f} s; the mirror holds "
                  f"{report.total_records:,} records: {index}", highlight=False, markup=False)


#: `tracker export --format` (tracker.export.FORMATS, kept here so --help needs no pandas import)
EXPORT_FORMATS = ("csv", "parquet", "json", "claimreview", "ris", "csl-json", "bibtex", "markdown", "html")
#: Formats written as one file, which `--out -` can send to stdout.
STDOUT_FORMATS = ("json", "claimreview", "ris", "csl-json", "bibtex")


@main.command()
@click.option("--format", "fmt", required=True, type=click.Choice(EXPORT_FORMATS, case_sensitive=False),
              help="csv/parquet: claims and evidence tables; json: the whole audit; claimreview: "
                   "schema.org JSON-LD; ris / csl-json / bibtex: cited records; markdown/html: audit "
                   "report per article. Any case: HTML = html.")
@click.option("--out", required=True, type=click.Path(path_type=Path, allow_dash=True),
              help="Output file or folder; `-` writes a single-file format to stdout.")
@DB_OPTION
@click.option("--base-url", default="", metavar="URL",
              help="Where the HTML reports will be published (absolute http(s) URL), so ClaimReview "
                   "links are absolute.")
@click.option("--publisher", default="tracker", show_default=True, metavar="NAME",
              help="The organisation publishing the ClaimReviews (their `author`).")
@click.option("--publisher-url", default=None, metavar="URL", help="The publishing organisation's web address.")
@click.option("--excel", is_flag=True, help="csv: start each file with a UTF-8 byte order mark, so Excel reads "
                                            "accents and symbols correctly.")
def export(fmt, out, db, base_url, publisher="tracker", publisher_url=None, excel=False):
    """Export the audit in a format other tools read.

    \b
    csv, parquet  claims, questions (grades, searches, PRISMA counts), evidence tables
    json          the whole audit (schema: docs/export-schema.json)
    claimreview   schema.org ClaimReview JSON-LD, one per claim
    ris           the cited records, for Zotero / EndNote
    csl-json      the cited records as CSL-JSON (Zotero, Pandoc, citeproc)
    bibtex        the cited records as BibTeX
    markdown/html an audit report per article, with numbered citations (html embeds the
                  article's ClaimReviews as JSON-LD)
    """
    from .export import ExportError, Publisher, absolute_url, render
    from .export import export as do_export

    fmt = fmt.lower()
    to_stdout = str(out) == "-"
    if to_stdout and fmt not in STDOUT_FORMATS:
        raise click.BadParameter(f"{fmt} writes several files; `--out -` works for {', '.join(STDOUT_FORMATS)}",
                                 param_hint="'--out'")
    if excel and fmt != "csv":
        raise click.BadParameter("--excel applies to --format csv only", param_hint="'--excel'")
    try:
        base_url = absolute_url(base_url, "--base-url") or ""
        publisher_url = absolute_url(publisher_url, "--publisher-url")
    except ExportError as exc:
        raise click.BadParameter(str(exc)) from None
    try:
        # check: a damaged store is refused with the message `run` gives, before any read.
        with Store(db or paths.default_db(), readonly=True, check=True) as store:
            options = dict(base_url=base_url, publisher=Publisher(publisher, publisher_url), excel=excel)
            if to_stdout:
                (data,) = render(store, fmt, **options).values()
            else:
                written = do_export(store, fmt, out, **options)
    except (InputError, StoreError) as exc:
        _fail(exc)
    except DbError as exc:
        _db_fail(db or paths.default_db(), exc)
    # after the export: a store that cannot be read is the one message, not a warning before it
    if fmt in ("claimreview", "html") and not base_url:
        console.print(Text("warning: without --base-url each ClaimReview `url` is relative "
                           "(report_<article>.html#claim-<id>); fact-check aggregators need an absolute one. "
                           "Give --base-url https://where.the/reports/are.", style="yellow"), soft_wrap=True)
    if to_stdout:
        _write_stdout(data)
        return
    for path in written:
        console.print(f"Wrote {path}", highlight=False, markup=False)


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write candidates here (claims.csv columns + check_worthiness, reasons).")
@click.option("--questions", "questions_csv", type=click.Path(path_type=Path), default=paths.QUESTIONS_CSV,
              show_default="questions.csv", help="Existing questions to reuse when a claim tests the same thing.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=None,
              show_default="the extractor's default, as on the audit page",
              help="Check-worthiness threshold (lower finds more, with more that are not claims).")
@click.option("--questions-out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the new questions the candidates need (questions.csv columns).")
def extract(articles, out, questions_csv, min_score, questions_out):
    """Find the checkable health claims in any article (text, Markdown or HTML).

    Each candidate gets a verbatim quote with offsets, a claim type, a wording strength, a
    check-worthiness score with the reasons it was picked, and a question: an existing one from
    questions.csv when it tests the same thing, else a new one with a generated PubMed query.
    """
    from .articles import load_article
    from .claims import load_questions
    from .extract import DEFAULT_MIN_SCORE, extract_claims, write_candidates

    if min_score is None:
        min_score = DEFAULT_MIN_SCORE
    try:
        questions = load_questions(questions_csv) if Path(questions_csv).exists() else []
        candidates = []
        for path in articles:
            candidates.extend(extract_claims(load_article(path), questions, min_score=min_score))
    except InputError as exc:
        _fail(exc)
    table = Table(title=f"{len(candidates)} candidate claims")
    for col in ("id", "type", "strength", "score", "quote", "question"):
        table.add_column(col, overflow="fold")
    for c in candidates:
        q = c.new_question.question_id + " (new)" if c.new_question else c.claim.question_id
        _add_row(table, c.claim.claim_id, c.claim.claim_type, c.claim.strength, f"{c.score:.2f}", c.claim.quote, q)
    stdout.print(table)
    if out:
        write_candidates(out, candidates)
        console.print(f"Wrote {out}", highlight=False, markup=False)
    if questions_out:
        from .claims import write_questions

        new = {c.new_question.question_id: c.new_question for c in candidates if c.new_question}
        write_questions(questions_out, list(new.values()))
        console.print(f"Wrote {questions_out} ({len(new)} new questions)", highlight=False, markup=False)



# ---- reviewer decisions (tracker.reviews) ------------------------------------------------------

REVIEWER_OPTION = click.option("--reviewer", required=True, envvar="TRACKER_REVIEWER",
                               help="Who decides (recorded with the decision) [env: TRACKER_REVIEWER].")
REASON_OPTION = click.option("--reason", required=True, help="Why (recorded with the decision).")


@main.group()
def review():
    """Correct the machine: override a record's appraisal or a claim, with your name and reason.

    \b
    tracker review record Q1 12345678 direction contradicts --reviewer Ana --reason "Table 2 ..."
    tracker review claim C3 drop --reviewer Ana --reason "not a health claim"
    tracker review list
    Each decision regrades at once and is kept by every later run.
    """


def _known_id(db, table: str, column: str, value: str, param: str, what: str | None = None) -> None:
    """An id given on the command line that the store does not hold is a usage error, with the
    nearest ids offered ("did you mean"). A store that cannot be read is left to the command."""
    try:
        with Store(db or paths.default_db(), readonly=True) as store:
            known = [str(v) for v in store.frame(f"SELECT DISTINCT {column} AS id FROM {table}")["id"]]
    except _STORE_OR_DB_ERRORS:
        return
    if value not in known:
        raise click.BadParameter(f"unknown {what or column.replace('_id', '')} {value!r}" + did_you_mean(value, known),
                                 param_hint=f"'{param}'")


def _decide(db, decision) -> None:
    from .reviews import decide

    try:
        stored, summary = decide(db or paths.default_db(), decision)
    except (InputError, StoreError, SearchError) as exc:
        _fail(exc)
    console.print(f"Decision #{stored.decision_id} by {stored.reviewer}: {stored.describe()}",
                  highlight=False, markup=False)
    if summary is not None:
        console.print(f"Regraded in run #{summary.run_id}", highlight=False)
        for v in summary.verdicts:
            stdout.print(f"{v.claim_id}\t{v.verdict}\t{v.certainty}", highlight=False, markup=False)


@review.command("record")
@click.argument("question_id")
@click.argument("pmid")
@click.argument("field", type=click.Choice(["relevance", "design", "direction", "effect", "included"]))
@click.argument("value")
@REVIEWER_OPTION
@REASON_OPTION
@DB_OPTION
def review_record(question_id, pmid, field, value, reviewer, reason, db):
    """Override how record PMID was appraised for QUESTION_ID (included: yes/no)."""
    from .reviews import Decision, parse_value

    _known_id(db, "questions", "question_id", question_id, "QUESTION_ID")
    _known_id(db, "appraisals", "pmid", pmid, "PMID", "PMID")
    try:
        parsed = parse_value(field, value)
    except InputError as exc:
        _fail(exc)
    _decide(db, Decision("record", field, parsed, reviewer, reason, question_id=question_id, pmid=pmid))


@review.command("claim")
@click.argument("claim_id")
@click.argument("field", type=click.Choice(["confirm", "claim", "question", "frame", "drop"]))
@click.argument("value", required=False, default="")
@REVIEWER_OPTION
@REASON_OPTION
@DB_OPTION
def review_claim(claim_id, field, value, reviewer, reason, db):
    """Confirm, reword (claim TEXT), move (question ID), reframe (frame JSON) or drop a claim."""
    from .reviews import Decision, parse_value

    _known_id(db, "claims", "claim_id", claim_id, "CLAIM_ID")
    try:
        parsed = True if field in ("confirm", "drop") else parse_value(field, value)
    except InputError as exc:
        _fail(exc)
    _decide(db, Decision("claim", field, parsed, reviewer, reason, claim_id=claim_id))


@review.command("add")
@click.argument("article")
@click.argument("quote")
@click.argument("question_id")
@click.option("--claim", "claim_text", default=None, help="The normalised claim [default: the quote].")
@REVIEWER_OPTION
@REASON_OPTION
@DB_OPTION
def review_add(article, quote, question_id, claim_text, reviewer, reason, db):
    """Add a claim the extractor missed: QUOTE must be text of ARTICLE, tested as QUESTION_ID."""
    from .reviews import Decision

    _known_id(db, "articles", "name", article, "ARTICLE", "article")
    _known_id(db, "questions", "question_id", question_id, "QUESTION_ID")
    try:
        with Store(db or paths.default_db(), readonly=True) as store:
            art = store.article(article)
    except StoreError as exc:
        _fail(exc)
    if art is None:
        _fail(InputError(f"there is no article {article!r} in the store"))
    start = art.text.find(quote)
    if start < 0:
        _fail(InputError(f"article {article}: the quote is not in its text"))
    value = {"article": article, "quote": quote, "start": start, "end": start + len(quote),
             "claim": claim_text or quote, "question_id": question_id}
    _decide(db, Decision("claim", "add", value, reviewer, reason))


@review.command("withdraw")
@click.argument("decision_id", type=int)
@DB_OPTION
def review_withdraw(decision_id, db):
    """Withdraw decision DECISION_ID (it stays listed, inactive) and regrade."""
    from .reviews import withdraw

    _known_id(db, "decisions", "decision_id", str(decision_id), "DECISION_ID", "decision")
    try:
        summary = withdraw(db or paths.default_db(), decision_id)
    except (InputError, StoreError, SearchError) as exc:
        _fail(exc)
    console.print(f"Withdrew decision #{decision_id}" + (f"; regraded in run #{summary.run_id}" if summary else ""),
                  highlight=False)


@review.command("list")
@DB_OPTION
def review_list(db):
    """Every decision, newest first: when, who, what, why, and whether it is still active."""
    from .reviews import decisions_frame

    try:
        with Store(db or paths.default_db(), readonly=True) as store:
            df = decisions_frame(store)
    except StoreError as exc:
        _fail(exc)
    if df.empty:  # an empty table with a "0 reviewer decisions" title read like a failure
        console.print("No reviewer decisions yet: `tracker review record|claim|add --help` shows how to make one.",
                      highlight=False, markup=False)
        return
    table = Table(title=f"{len(df)} reviewer decisions")
    for col in ("#", "at", "reviewer", "decision", "reason", "active"):
        table.add_column(col, overflow="fold")
    for r in df.itertuples(index=False):
        _add_row(table, str(r.decision_id), r.at[:16], r.reviewer, r.what, r.reason, "yes" if r.active else "withdrawn")
    stdout.print(table)


@main.command()
def snapshot():
    """What the embedded snapshot holds: its records per capture day and the topics they cover."""
    from .snapshot import SnapshotError, info

    try:
        snap = info()
    except (SnapshotError, OSError) as exc:
        _fail(exc)
    click.echo(f"{snap.label()}\n{snap.path}\n\nTopics per capture:\n{snap.topics()}\n\nIt is a sample, not PubMed: "
               "an audit on it warns about interventions it has no record on. `tracker run --as-of DAY` uses "
               "only the records captured by DAY.")


def _run_or_day(value: str | None, param, day: bool = True) -> str | None:
    """--from/--to: a run id, or (--from) a real calendar day; anything else is bad usage (exit 2),
    not a store problem: '2026-13-45' would otherwise be compared as text with the runs' days."""
    from datetime import date

    if value is None or value.isdigit():
        return value
    if day and len(value) == 10:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise click.BadParameter(f"{value!r} is not a run id" + (" or a day (YYYY-MM-DD)" if day else ""))


@main.command()
@DB_OPTION
@click.option("--from", "from_", default=None, metavar="RUN|YYYY-MM-DD", callback=lambda ctx, p, v: _run_or_day(v, p),
              help="The earlier run: a run id, or a day (the latest run whose evidence is from that day or "
                   "before; an as-of run counts by its as-of day) [default: the run before --to].")
@click.option("--to", default=None, metavar="RUN", callback=lambda ctx, p, v: _run_or_day(v, p, day=False),
              help="The later run [default: the latest complete run].")
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON (for scripts).")
@click.option("--all", "show_all", is_flag=True, help="Also list claims whose verdict did not change.")
def changes(db, from_, to, as_json, show_all):
    """What changed between two runs: per claim, the verdict and certainty before and after and
    why (new studies with PMIDs and dates, studies no longer counted, rule changes), and the new
    records the later run found.

    \b
    Exit status: 0 no verdict or certainty changed; 3 at least one changed (for cron alerts);
    1 the store could not be read or the runs cannot be compared; 2 bad usage.
    """
    import json as json_mod

    from .changes import ChangesError, changes_between, render_text

    db = db or paths.default_db()
    try:
        with Store(db, readonly=True) as store:
            result = changes_between(store, from_, to)
    except (ChangesError, StoreError) as exc:
        console.print(Text(f"error: {exc}", style="bold red"), soft_wrap=True)
        sys.exit(1)
    except DbError as exc:
        console.print(Text(f"error: {StoreError(f'{location(db)}: {explain(exc)}')}", style="bold red"),
                      soft_wrap=True)
        sys.exit(1)
    if as_json:
        click.echo(json_mod.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result, show_unchanged=show_all))
    sys.exit(3 if result.any_verdict_changed else 0)


@main.group("store")
def store_group():
    """Manage stores (SQLite files and PostgreSQL databases)."""


@store_group.command("copy")
@click.argument("src", type=DB_PARAM)
@click.argument("dst", type=DB_PARAM)
def store_copy(src, dst):
    """Copy the store SRC into a new, empty store DST, losslessly, and check it.

    Each is a SQLite file or a postgresql:// URL, so this moves a laptop's store to a team's
    PostgreSQL and back. Prints the rows and a content hash of each table on both sides; exit
    status 1 if any differ (or DST already holds data: nothing is written then).
    """
    from .store import CopyError, copy_store

    try:
        report = copy_store(src, dst)
    except CopyError as exc:
        report = getattr(exc, "tables", None)
        if report:
            _print_copy(report)
        _fail(exc)
    except StoreError as exc:
        _fail(exc)
    except DbError as exc:
        _db_fail(dst, exc)
    _print_copy(report)
    click.echo(f"Copied {sum(r.rows_src for r in report)} rows in {len(report)} tables; both sides match.")


def _print_copy(report) -> None:
    table = Table(title="Store copy")
    for col in ("table", "rows (source)", "rows (copy)", "sha256 (source)", "sha256 (copy)", "same"):
        table.add_column(col, overflow="fold")
    for r in report:
        _add_row(table, r.table, str(r.rows_src), str(r.rows_dst), r.hash_src[:16], r.hash_dst[:16],
                 "yes" if r.same else "NO")
    stdout.print(table)


if __name__ == "__main__":  # pragma: no cover
    main()
