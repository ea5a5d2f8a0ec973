"""`tracker` command line. Thin: it parses arguments and calls the library, as a notebook would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import paths
from .errors import InputError
from .search import SearchError
from .store import Store, StoreError

console = Console(stderr=True)
out = Console()

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
    console.print(f"[bold red]error:[/] {exc}", markup=True, highlight=False)
    sys.exit(2)


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
@click.option("--quiet", "-q", is_flag=True, help="No progress bars or summary table.")
def run(db, source, mirror, eutils_url, claims_csv, questions_csv, articles_dir, out, refresh,
        max_records, quiet):
    """Run the whole audit: search every question, appraise the records, grade every claim.

    Results go to the store (--db); the summary table lists each claim's verdict. Re-running
    reuses cached searches and gives identical results; an interrupted run resumes.
    """
    from .pipeline import load_inputs, open_backend, run_audit, write_claims_graded

    try:
        inputs = load_inputs(claims_csv, questions_csv, articles_dir)
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
    for col in ("claim", "question", "verdict", "certainty", "studies", "overstated"):
        table.add_column(col, overflow="fold")
    by_claim = {c.claim_id: c for c in inputs.claims}
    for v in summary.verdicts:
        c = by_claim[v.claim_id]
        table.add_row(f"{v.claim_id} {c.claim}", v.question_id, v.verdict, v.certainty, str(v.n_studies),
                      "yes" if v.overstated else "")
    out.print(table)


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
           "--browser.gatherUsageStats", "false"]
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
    from .pipeline import load_inputs

    try:
        inputs = load_inputs(claims_csv, questions_csv, articles_dir)
    except InputError as exc:
        _fail(exc)
    used = {c.question_id for c in inputs.claims}
    unused = [q.question_id for q in inputs.questions if q.question_id not in used]
    out.print(f"OK: {len(inputs.claims)} claims in {len(inputs.articles)} articles, "
              f"{len(inputs.questions)} questions" + (f" ({len(unused)} unused: {', '.join(unused)})" if unused else ""),
              highlight=False)


if __name__ == "__main__":  # pragma: no cover
    main()
