"""Benchmark the local PubMed index: ingest rate and query latency at scale.

Builds an index of N synthetic records (default 1,000,000): the real PubMed records of
../shared/fixtures/entrez (parsed by tracker.pubmed_xml) and the embedded snapshot's records,
with new PMIDs, random years and perturbed text (a share of the words replaced by words from a
200,000-word Zipf-distributed synthetic lexicon, so the vocabulary is large and skewed like real
text). `--topical-share` of the records derive from the microneedling snapshot (default 2%; in
real PubMed it is far less, so hit counts here are pessimistic).

Reports
- ingest records/s of `LocalIndex.add` (batches of 5,000, one transaction each), with and without
  the final FTS5 `optimize`; and of the full XML path (`ingest` of a .xml.gz file, parser included)
  on a subset;
- for every question's real query (questions.csv), hits and p50/p95 latency of a full search
  (parse + translate + count + up to 10,000 PMIDs newest first);
- references in the same run: the same FTS5 MATCH run raw (no parser/translator), and a plain
  `LIKE` scan over the same titles/abstracts for a couple of queries.

Targets: ingest >= 3,000 records/s, query p50 < 50 ms, p95 < 200 ms. Last line: one JSON object.

    .venv/bin/python benchmarks/local_index.py --records 100000
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker import paths  # noqa: E402
from tracker.local_index import LocalIndex, ingest  # noqa: E402
from tracker.models import AbstractSection, Record  # noqa: E402
from tracker.pubmed_xml import parse  # noqa: E402
from tracker.snapshot import iter_records  # noqa: E402

SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures" / "entrez"

FALLBACK_QUERIES = [
    "microneedl*[tiab] AND acne[tiab] AND scar*[tiab]",
    '(microneedl*[tiab] OR "skin needling"[tiab] OR dermaroller*[tiab]) AND (alopeci*[tiab] OR "hair loss"[tiab])',
    '"collagen induction therapy"[tiab] OR "percutaneous collagen induction"[tiab]',
    "microneedl*[tiab] AND (adverse[tiab] OR complication*[tiab]) NOT review[pt]",
    '"Acne Vulgaris"[mh] AND 2015:2024[dp]',
    "microneedling AND melasma",
]

SYLLABLES = [a + b for a in "bcdfghjklmnprstvz" for b in ("a", "e", "i", "o", "u", "ar", "en", "ol", "ys")]


def lexicon(rng: random.Random, size: int = 200_000) -> tuple[list[str], list[float]]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    cum = list(accumulate(1.0 / (rank + 1) for rank in range(size)))  # Zipf, s = 1
    return ordered, cum


def templates() -> tuple[list[Record], list[Record]]:
    fixtures = [r for p in sorted(FIXTURES.glob("pubmed*.xml")) for r in parse(str(p)) if isinstance(r, Record)]
    topical = list(iter_records())
    return fixtures, topical


class Generator:
    def __init__(self, seed: int, topical_share: float):
        self.rng = random.Random(seed)
        self.words, self.cum = lexicon(self.rng)
        self.general, self.topical = templates()
        self.topical_share = topical_share

    def perturb(self, text: str, share: float) -> str:
        toks = text.split()
        if not toks:
            return text
        k = int(len(toks) * share)
        if k:
            for pos, word in zip(self.rng.sample(range(len(toks)), k),
                                 self.rng.choices(self.words, cum_weights=self.cum, k=k)):
                toks[pos] = word
        return " ".join(toks)

    def record(self, pmid: int) -> Record:
        rng = self.rng
        topical = rng.random() < self.topical_share
        base = rng.choice(self.topical if topical else self.general)
        share = 0.15 if topical else 0.5
        abstract = tuple(AbstractSection(s.label, self.perturb(s.text, share)) for s in base.abstract)
        if not abstract:
            abstract = (AbstractSection(None, self.perturb(" ".join(rng.choices(self.words, cum_weights=self.cum, k=150)), 0)),)
        year = min(2025, int(rng.triangular(1975, 2026, 2024)))
        return replace(base, pmid=str(pmid), title=self.perturb(base.title, share), abstract=abstract, year=year)


def load_queries() -> list[tuple[str, str]]:
    if paths.QUESTIONS_CSV.is_file():
        from tracker.claims import load_questions

        return [(q.question_id, q.query) for q in load_questions(paths.QUESTIONS_CSV)]
    return [(f"builtin-{i + 1}", q) for i, q in enumerate(FALLBACK_QUERIES)]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    if not values:
        return 0.0
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--batch", type=int, default=5_000)
    ap.add_argument("--repeat", type=int, default=7, help="timed runs per query (after one warm-up)")
    ap.add_argument("--topical-share", type=float, default=0.02)
    ap.add_argument("--xml-records", type=int, default=20_000, help="records for the XML ingest measurement")
    ap.add_argument("--like-queries", type=int, default=2)
    ap.add_argument("--dir", type=Path, default=None, help="where to build (default: a temp dir)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the built index (path printed at the end)")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="tracker-bench-", dir=args.dir)
    work = Path(tmp.name)
    if args.keep:
        work = Path(tempfile.mkdtemp(prefix="tracker-bench-", dir=args.dir))
    gen = Generator(args.seed, args.topical_share)
    print(f"building {args.records:,} synthetic records from {len(gen.general)} fixture and "
          f"{len(gen.topical)} snapshot templates (topical share {args.topical_share:.0%}) in {work}")

    # -- ingest --------------------------------------------------------------------------------
    idx = LocalIndex(work / "index.db")
    plain = sqlite3.connect(work / "plain.db")  # the LIKE-scan reference over the same text
    plain.execute("PRAGMA journal_mode = OFF")
    plain.execute("CREATE TABLE docs(pmid INTEGER PRIMARY KEY, year INTEGER, text TEXT)")
    add_seconds = 0.0
    add_cpu = 0.0  # CPU seconds of this process (both threads) spent in add()
    gen_seconds = 0.0
    load_before = os.getloadavg()[0]
    pmid = 30_000_000
    done = 0
    while done < args.records:
        n = min(args.batch, args.records - done)
        t0 = time.perf_counter()
        batch = [gen.record(pmid + i) for i in range(n)]
        gen_seconds += time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        idx.add(batch)
        add_seconds += time.perf_counter() - t0
        add_cpu += time.process_time() - c0
        plain.executemany("INSERT INTO docs VALUES (?, ?, ?)",
                          [(int(r.pmid), r.year, f"{r.title} {r.abstract_text}") for r in batch])
        plain.commit()
        pmid += n
        done += n
        if done % (args.batch * 20) == 0 or done == args.records:
            print(f"  {done:>9,} records  {done / add_seconds:,.0f} records/s (add only)", flush=True)
    queries = load_queries()
    before = []
    for _, query in queries:  # one run each, before the index is optimised
        t0 = time.perf_counter()
        idx.search(query)
        before.append((time.perf_counter() - t0) * 1000)
    print(f"queries before optimize: p50 {pct(before, 50):.1f} ms, p95 {pct(before, 95):.1f} ms (cold, one run each)")
    t0 = time.perf_counter()
    idx.optimize()
    optimize_seconds = time.perf_counter() - t0
    size_mb = (work / "index.db").stat().st_size / 1e6
    ingest_rps = args.records / add_seconds
    ingest_rps_opt = args.records / (add_seconds + optimize_seconds)
    cpu_rps = args.records / add_cpu
    load_after = os.getloadavg()[0]
    print(f"ingest: {ingest_rps:,.0f} records/s (add), {ingest_rps_opt:,.0f} records/s including "
          f"optimize ({optimize_seconds:.1f} s); generation {gen_seconds:.1f} s not counted; "
          f"index {size_mb:,.0f} MB ({size_mb * 1e6 / args.records:,.0f} B/record)")
    print(f"ingest CPU cost: {cpu_rps:,.0f} records per CPU-second (both threads summed); machine load "
          f"average {load_before:.1f} -> {load_after:.1f} on {os.cpu_count()} cores (wall-clock rates "
          f"fall when other processes share the cores)")

    # XML path: the same kind of records written as a PubMed .xml.gz file, parser included.
    xml_n = min(args.xml_records, args.records)
    xml_rps = None
    if xml_n:
        xml_rps = xml_ingest(work, xml_n, args.seed)
        print(f"XML ingest (parse + index, {xml_n:,} records from .xml.gz): {xml_rps:,.0f} records/s")

    # -- queries -------------------------------------------------------------------------------
    print(f"\n{len(queries)} queries, {args.repeat} timed runs each (after a warm-up):")
    print(f"{'question':32} {'hits':>8} {'p50 ms':>8} {'p95 ms':>8} {'raw FTS5 p50':>13}")
    all_times: list[float] = []
    raw_times: list[float] = []
    per_query = []
    for qid, query in queries:
        idx.search(query)  # warm-up
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            hits = idx.search(query)
            times.append((time.perf_counter() - t0) * 1000)
        plan = idx.plan(query)
        raw = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            idx.db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (plan.match,)).fetchone()
            idx.db.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT 10000",
                           (plan.match,)).fetchall()
            raw.append((time.perf_counter() - t0) * 1000)
        # (the reference always runs both statements; search() counts separately only past max_ids)
        all_times += times
        raw_times += raw
        per_query.append({"question": qid, "hits": hits.count, "p50_ms": round(pct(times, 50), 2),
                          "p95_ms": round(pct(times, 95), 2)})
        print(f"{qid[:32]:32} {hits.count:>8,} {pct(times, 50):>8.1f} {pct(times, 95):>8.1f} {pct(raw, 50):>13.1f}")
    p50, p95 = pct(all_times, 50), pct(all_times, 95)
    worst = max(per_query, key=lambda q: q["p95_ms"])
    print(f"all queries: p50 {p50:.1f} ms, p95 {p95:.1f} ms (raw FTS5 MATCH: p50 {pct(raw_times, 50):.1f} ms, "
          f"p95 {pct(raw_times, 95):.1f} ms); slowest p95 {worst['p95_ms']} ms ({worst['question']})")

    # Reference: a plain LIKE scan over the same titles and abstracts.
    like = []
    for term in ["%microneedl%", "%collagen induction%"][: args.like_queries]:
        t0 = time.perf_counter()
        n = plain.execute("SELECT count(*) FROM docs WHERE text LIKE ?", (term,)).fetchone()[0]
        ms = (time.perf_counter() - t0) * 1000
        like.append(ms)
        fts = idx.search(f'"{term.strip("%")}"[tiab]' if " " in term else f"{term.strip('%')}*[tiab]")
        print(f"reference LIKE {term!r}: {n:,} rows in {ms:,.0f} ms (index: {fts.count:,} hits)")
    idx.close()
    plain.close()

    ok = ingest_rps >= 3000 and p50 < 50 and p95 < 200
    print(f"targets (ingest >= 3,000/s, p50 < 50 ms, p95 < 200 ms): {'met' if ok else 'NOT met'}")
    if args.keep:
        print(f"index kept at {work / 'index.db'}")
    else:
        tmp.cleanup()
    print(json.dumps({
        "records": args.records,
        "ingest_rps": round(ingest_rps),
        "ingest_rps_with_optimize": round(ingest_rps_opt),
        "ingest_records_per_cpu_s": round(cpu_rps),
        "load_average": [round(load_before, 1), round(load_after, 1)],
        "optimize_s": round(optimize_seconds, 1),
        "query_p50_ms_before_optimize": round(pct(before, 50), 2),
        "xml_ingest_rps": round(xml_rps) if xml_rps else None,
        "index_mb": round(size_mb),
        "queries": len(queries),
        "query_p50_ms": round(p50, 2),
        "query_p95_ms": round(p95, 2),
        "slowest_query_p95_ms": worst["p95_ms"],
        "raw_fts_p50_ms": round(pct(raw_times, 50), 2),
        "raw_fts_p95_ms": round(pct(raw_times, 95), 2),
        "like_scan_ms": [round(x) for x in like],
        "targets_met": ok,
    }))


def xml_ingest(work: Path, n: int, seed: int) -> float:
    """Records/s of `ingest` over a .xml.gz made by replicating the fixture articles."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    articles = [a for p in sorted(FIXTURES.glob("pubmed*.xml"))
                for a in etree.parse(str(p), parser).getroot().iter("PubmedArticle")]
    path = work / "bench.xml.gz"
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write(b'<?xml version="1.0" ?>\n<PubmedArticleSet>\n')
        for i in range(n):
            art = articles[i % len(articles)]
            pmid_el = art.find("MedlineCitation/PMID")
            pmid_el.text = str(90_000_000 + i)
            fh.write(etree.tostring(art))
        fh.write(b"</PubmedArticleSet>\n")
    t0 = time.perf_counter()
    report = ingest(work / "xml-index.db", [path], commit_every=5000)
    seconds = time.perf_counter() - t0
    assert report.added == n, report
    return n / seconds


if __name__ == "__main__":
    main()
