"""Benchmark parallel batch audits: articles per minute for 1, 2 and 4 jobs on SQLite and PostgreSQL.

The corpus: the four seed articles (`data/articles`, curated claims) and the first six articles
of the devset's **dev** split (`benchmarks/devset/README.md`; extracted claims), on the embedded
snapshot. Every measurement audits the whole corpus into a fresh store (a new SQLite file, a new
PostgreSQL database), so each pays for its own searches. The time is `tracker.batch.audit_many`
end to end: loading, extraction, spawning workers, every run.

Rows: `jobs=1` is today's default (all articles in one run, in this process); `1 per article`
is the batch mode with one worker (one run per article, no parallelism); 2 and 4 jobs are worker
processes. The reference is the 1-job SQLite figure of the same run; ratios are against it.
PostgreSQL is a throwaway server started here (tests/pg.py); if it cannot start, the rows say why.

    .venv/bin/python benchmarks/batch.py            # about 2-4 minutes on a shared 2-core machine
    .venv/bin/python benchmarks/batch.py --repeat 3 # best of 3 per cell

Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV = ["rosemary-1.md", "microneedling-1.txt", "minoxidil-1.txt", "led-1.html", "collagen-1.md", "retinol-1.txt"]
CONFIGS = [(1, False), (1, True), (2, True), (4, True)]  # (jobs, one run per article)


def corpus(folder: Path) -> Path:
    from tracker.paths import ARTICLES_DIR

    folder.mkdir(parents=True)
    for path in sorted(ARTICLES_DIR.iterdir()):
        if path.is_file():
            shutil.copy(path, folder / path.name)
    for name in DEV:
        shutil.copy(ROOT / "benchmarks" / "devset" / "articles" / name, folder / name)
    return folder


def measure(articles: Path, db, jobs: int, per_article: bool) -> tuple[float, int, int]:
    """Seconds, articles audited, claims graded (from the store)."""
    from tracker.batch import audit_many
    from tracker.store import Store

    started = time.perf_counter()
    result = audit_many(articles, db, jobs=jobs, per_article=per_article)
    seconds = time.perf_counter() - started
    if result.failed:
        raise SystemExit(f"articles failed: {[(o.article, o.error) for o in result.failed]}")
    with Store(db) as store:
        n_claims = int(store.frame("SELECT COUNT(*) AS n FROM claim_verdicts")["n"].iloc[0])
    return seconds, len(result.audited), n_claims


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=1, help="measurements per cell; the best is kept")
    ap.add_argument("--no-postgres", action="store_true", help="SQLite rows only")
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="tracker-batch-bench-"))
    server, pg_note = None, None
    try:
        articles = corpus(tmp / "articles")
        n_articles = len(list(articles.iterdir()))
        if not args.no_postgres:
            from tests.pg import Unavailable, start_server
            try:
                server = start_server()
            except Unavailable as exc:
                pg_note = str(exc)
        engines = ["sqlite"] + (["postgresql"] if server is not None else [])
        rows = []
        for engine in engines:
            for jobs, per_article in CONFIGS:
                best = None
                for i in range(args.repeat):
                    db = server.create_database() if engine == "postgresql" else tmp / f"{engine}-{jobs}-{per_article}-{i}.db"
                    try:
                        got = measure(articles, db, jobs, per_article)
                    finally:
                        if engine == "postgresql":
                            server.drop_database(str(db))
                    best = got if best is None or got[0] < best[0] else best
                assert best is not None
                seconds, n_audited, n_claims = best
                rows.append({"engine": engine, "jobs": jobs, "mode": "one run per article" if per_article else "one run",
                             "seconds": round(seconds, 2), "articles": n_audited, "claims": n_claims,
                             "articles_per_min": round(n_articles / seconds * 60, 1)})
                print(f"  {engine:10} jobs={jobs} {rows[-1]['mode']:20} {seconds:6.1f} s", file=sys.stderr, flush=True)
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    ref = next(r for r in rows if r["engine"] == "sqlite" and r["jobs"] == 1 and r["mode"] == "one run")
    print(f"Batch audits of {n_articles} articles (4 seed + {len(DEV)} devset dev-split) on the embedded snapshot; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end")
    print(f"{'engine':<11} {'jobs':>4}  {'mode':<20} {'seconds':>8} {'articles/min':>13} {'vs 1-job SQLite':>16} {'claims':>7}")
    for r in rows:
        r["ratio"] = round(r["articles_per_min"] / ref["articles_per_min"], 2)
        print(f"{r['engine']:<11} {r['jobs']:>4}  {r['mode']:<20} {r['seconds']:>8.1f} {r['articles_per_min']:>13.1f} "
              f"{r['ratio']:>15.2f}x {r['claims']:>7}")
    if pg_note:
        print(f"postgresql: not measured, the server cannot start here: {pg_note}")
    claims = {r["claims"] for r in rows}
    if len(claims) != 1:
        print(f"WARNING: the configurations graded different numbers of claims: {sorted(claims)}")
    print(json.dumps({"benchmark": "batch", "articles": n_articles, "cpus": os.cpu_count(), "rows": rows,
                      "postgres": pg_note or "measured"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
