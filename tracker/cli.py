"""`tracker` command line. Thin: it parses arguments and calls the library, as a notebook would."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, DownloadColumn, MofNCompleteColumn, Progress, TextColumn,
                           TimeElapsedColumn)
from rich.table import Table

from . import paths
from .errors import InputError
from .search import SearchError
from .store import Store, StoreError, explain

console = Console(stderr=True)
# Piped output (files, CI logs) is not limited to rich's 80-column default.
stdout = Console() if sys.stdout.isatty() else Console(width=140)

DB_OPTION = click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
                         help="SQLite store to write/read [default: $TRACKER_DB or data/tracker.db].")
SOURCE_OPTIONS = [
    click.option("--source", type=click.Choice(["snapshot", "mirror", "entrez"]), default="snapshot",
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
        self.tasks: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(STAGE_NAMES.get(stage, stage), total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)


def _fail(exc: Exception) -> None:
    console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
    sys.exit(2)


def _db_fail(db, exc: sqlite3.Error) -> None:
    """A database failure the store did not translate (e.g. a read of a damaged page)."""
    _fail(StoreError(f"{db}: {explain(exc)}"))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="tracker")
def main() -> None:
    """Audit the health claims of popular articles against PubMed.

    \b
    Typical use:
      tracker run                      audit claims.csv on the embedded snapshot (offline)
      tracker run --out out/           ... and write out/claims_graded.csv
      tracker dashboard                browse the results in a browser
      tracker validate                 check claims.csv and questions.csv

    Every command takes --help.
    """


@main.command()
@DB_OPTION
@source_options
@click.option("--claims", "claims_csv", type=click.Path(path_type=Path), default=paths.CLAIMS_CSV,
              show_default="claims.csv", help="Curated claims (one row per claim).")
@click.option("--questions", "questions_csv", type=click.Path(path_type=Path), default=paths.QUESTIONS_CSV,
              show_default="questions.csv", help="Testable questions with their PubMed queries.")
@click.option("--articles", "articles_dir", type=click.Path(path_type=Path), default=paths.ARTICLES_DIR,
              show_default="data/articles", help="Folder of articles (.txt, .md, .html).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write DIR/claims_graded.csv (one row per claim, stable order).")
@click.option("--refresh", is_flag=True, help="Search again instead of reusing cached searches.")
@click.option("--max-records", type=click.IntRange(1, 10_000), default=200, show_default=True,
              help="Records fetched and appraised per question (newest first).")
@click.option("--extract/--no-extract", default=True, show_default=True,
              help="Extract claims automatically from articles that have no rows in claims.csv.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars or summary table.")
def run(db, source, mirror, eutils_url, claims_csv, questions_csv, articles_dir, out, refresh,
        max_records, extract, quiet):
    """Run the whole audit: search every question, appraise the records, grade every claim.

    Results go to the store (--db); the summary table lists each claim's verdict. Re-running
    reuses cached searches and gives identical results; an interrupted run resumes.

    With --articles DIR, articles that have no curated claims are audited on claims found by
    `tracker extract` (marked "auto" in the store and the dashboard).
    """
    from .claims import check_queries, load_inputs
    from .pipeline import open_backend, run_audit, with_extracted_claims, write_claims_graded

    try:
        inputs = load_inputs(claims_csv, questions_csv, articles_dir)
        # Before any search: a bad query would otherwise stop the run at its question.
        check_queries(questions_csv, inputs.questions, offline=source != "entrez")
        if extract:
            inputs = with_extracted_claims(inputs)
        backend = open_backend(source, mirror=mirror, eutils_url=eutils_url)
    except (InputError, SearchError, StoreError) as exc:
        _fail(exc)
    db = db or paths.default_db()
    try:
        with Store(db) as store, Progress(TextColumn("{task.description}"), BarColumn(),
                                          MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                                          disable=quiet) as bars:
            summary = run_audit(store, backend, inputs, refresh=refresh, max_records=max_records,
                                progress=_Bars(bars))
    except (InputError, SearchError, StoreError) as exc:
        _fail(exc)
    except sqlite3.Error as exc:
        _db_fail(db, exc)
    finally:
        backend.close()
    if not quiet:
        _print_summary(inputs, summary)
    console.print(f"Run {summary.run_id}: {summary.n_claims} claims, {summary.n_questions} questions, "
                  f"{summary.n_records} records from {summary.source_label}. Store: {db}", highlight=False)
    if out:
        path = write_claims_graded(out / "claims_graded.csv", inputs.claims, summary.verdicts)
        console.print(f"Wrote {path}", highlight=False)


def _print_summary(inputs, summary) -> None:
    table = Table(title="Claims and verdicts", show_lines=False)
    table.add_column("claim", no_wrap=True, min_width=7)
    table.add_column("question", no_wrap=True, overflow="ellipsis")
    table.add_column("verdict", no_wrap=True, min_width=17)
    table.add_column("certainty", no_wrap=True, min_width=17)
    table.add_column("n", no_wrap=True, justify="right")
    table.add_column("overstated", no_wrap=True)
    for v in summary.verdicts:
        table.add_row(v.claim_id, v.question_id, v.verdict, v.certainty, str(v.n_studies),
                      "yes" if v.overstated else "")
    stdout.print(table)


@main.command()
@DB_OPTION
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
def dashboard(db, port, host):
    """Serve the Streamlit dashboard for a store (run `tracker run` first)."""
    db = Path(db or paths.default_db()).resolve()
    if not db.exists():
        _fail(InputError(f"no store here; run `tracker run --db {db}` first", path=db))
    app = Path(__file__).with_name("dashboard") / "app.py"
    env = {**os.environ, "TRACKER_DB": str(db)}
    console.print(f"Dashboard for {db} at http://{host}:{port}", highlight=False)
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.address", host,
           "--server.port", str(port), "--server.headless", "true",
           "--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal"]
    sys.exit(subprocess.call(cmd, env=env))


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
              highlight=False)


def _question(questions_csv: Path, question_id: str):
    from .claims import load_questions

    questions = {q.question_id: q for q in load_questions(questions_csv)}
    if question_id not in questions:
        raise InputError(f"unknown question {question_id!r}; known: {', '.join(sorted(questions))}",
                         path=questions_csv)
    return questions[question_id]


@main.command()
@click.argument("question_id")
@DB_OPTION
@source_options
@click.option("--questions", "questions_csv", type=click.Path(path_type=Path), default=paths.QUESTIONS_CSV,
              show_default="questions.csv")
@click.option("--refresh", is_flag=True, help="Search again instead of reusing the cached search.")
@click.option("--max-records", type=click.IntRange(1, 10_000), default=200, show_default=True)
def search(question_id, db, source, mirror, eutils_url, questions_csv, refresh, max_records):
    """Run one question's search, cache it in the store and list the records found."""
    from .pipeline import open_backend, search_question

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
    except sqlite3.Error as exc:
        _db_fail(db or paths.default_db(), exc)
    r = found.result
    stdout.print(f"{question.question_id}: {question.statement}\nquery: {r.query}\ntranslation: {r.translation}\n"
              f"{r.source_label}: {r.count} hits, {len(found.records)} fetched ({r.searched_at})",
              highlight=False, markup=False)
    for w in r.warnings:
        stdout.print(f"warning: {w}", highlight=False, markup=False)
    table = Table()
    for col in ("PMID", "year", "title"):
        table.add_column(col, overflow="fold")
    for rec in found.records:
        table.add_row(rec.pmid, str(rec.year or ""), rec.title)
    stdout.print(table)


@main.command()
@click.argument("question_id")
@source_options
@click.option("--questions", "questions_csv", type=click.Path(path_type=Path), default=paths.QUESTIONS_CSV,
              show_default="questions.csv")
def query(question_id, source, mirror, eutils_url, questions_csv):
    """Show a question's PubMed query, how the active backend translates it, and the hit count.

    With --source entrez it also looks up the MeSH headings of the question's terms.
    """
    from .local_index import LocalIndexBackend, explain
    from .pipeline import open_backend

    try:
        question = _question(questions_csv, question_id)
        backend = open_backend(source, mirror=mirror, eutils_url=eutils_url)
        try:
            translation = explain(backend, question.query)
            # A local plan already states its hits and warnings.
            result = None if isinstance(backend, LocalIndexBackend) else backend.search(question.query, max_ids=0)
            mesh = []
            if hasattr(backend, "mesh_lookup"):
                for term in (question.intervention, question.outcome):
                    mesh.append((term, backend.mesh_lookup(term)))
        finally:
            backend.close()
    except (InputError, SearchError) as exc:
        _fail(exc)
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
            bars.update(task, description=f"File {p.file_number}/{p.n_files} {Path(p.path).name}",
                        completed=p.bytes_done, total=p.bytes_total or None,
                        counts=f"{p.added:,} added, {p.deleted:,} deleted")

        try:
            report = ingest(index, list(files), progress=progress)
        except (InputError, SearchError, ValueError, OSError) as exc:
            _fail(exc)
    console.print(f"{report.added:,} records added or replaced, {report.deleted:,} deleted, from "
                  f"{len(report.files)} file(s) in {report.seconds:.1f} s; the mirror holds "
                  f"{report.total_records:,} records: {index}", highlight=False, markup=False)


@main.command()
@click.option("--format", "fmt", required=True,
              type=click.Choice(["csv", "parquet", "json", "claimreview", "ris", "markdown", "html"]),
              help="csv/parquet: claims and evidence tables; json: the whole audit; claimreview: "
                   "schema.org JSON-LD; ris: cited records; markdown/html: audit report per article.")
@click.option("--out", required=True, type=click.Path(path_type=Path), help="Output file or folder.")
@DB_OPTION
@click.option("--base-url", default="", metavar="URL",
              help="Where the HTML reports will be published, so ClaimReview links are absolute.")
def export(fmt, out, db, base_url):
    """Export the audit in a format other tools read.

    \b
    csv, parquet  claims, questions (grades, searches, PRISMA counts), evidence tables
    json          the whole audit (schema: docs/export-schema.json)
    claimreview   schema.org ClaimReview JSON-LD, one per claim
    ris           the cited records, for Zotero / EndNote
    markdown/html an audit report per article, with numbered citations
    """
    from .export import export as do_export

    try:
        with Store(db or paths.default_db(), readonly=True) as store:
            written = do_export(store, fmt, out, base_url=base_url)
    except (InputError, StoreError) as exc:
        _fail(exc)
    except sqlite3.Error as exc:
        _db_fail(db or paths.default_db(), exc)
    for path in written:
        console.print(f"Wrote {path}", highlight=False, markup=False)


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write candidates here (claims.csv columns + check_worthiness, reasons).")
@click.option("--questions", "questions_csv", type=click.Path(path_type=Path), default=paths.QUESTIONS_CSV,
              show_default="questions.csv", help="Existing questions to reuse when a claim tests the same thing.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Check-worthiness threshold.")
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
    from .extract import extract_claims, write_candidates

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
        table.add_row(c.claim.claim_id, c.claim.claim_type, c.claim.strength, f"{c.score:.2f}", c.claim.quote, q)
    stdout.print(table)
    if out:
        write_candidates(out, candidates)
        console.print(f"Wrote {out}", highlight=False)
    if questions_out:
        from .claims import write_questions

        new = {c.new_question.question_id: c.new_question for c in candidates if c.new_question}
        write_questions(questions_out, list(new.values()))
        console.print(f"Wrote {questions_out} ({len(new)} new questions)", highlight=False)


if __name__ == "__main__":  # pragma: no cover
    main()
