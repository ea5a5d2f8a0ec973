"""Benchmark the streaming PubMed XML parser against Bio.Entrez.read and a bare lxml loop.

Builds PubMed XML files by replicating the real records of ../shared/fixtures/entrez with new
PMIDs (default: 50,000 records, ~870 MB, and a 10,000-record file for the memory comparison),
then measures, each in a fresh subprocess so peak RSS is clean:

- tracker: `tracker.pubmed_xml.parse` -> Record objects (every field extracted);
- iterparse: a bare `lxml.etree.iterparse(path, tag="PubmedArticle")` loop that clears each
  element and its predecessors (the reference: parse only, no fields read);
- bio: `Bio.Entrez.read` (builds the whole result in memory; by default it runs on the
  10,000-record file only, since 50,000 records would need about 8 GB -- `--bio-all` runs both).

records/s is best-of-`--repeat` wall time (the machine may be shared: CPU-time rates are printed
too). Targets: tracker >= 0.8x iterparse, >= 7x Bio.Entrez.read, peak RSS < 100 MB and flat
across file sizes. Last line: one JSON object.

    .venv/bin/python benchmarks/parse_pubmed.py [--records 50000] [--small 10000] [--repeat 2]

`--hostile` (issue #20, item 7) instead measures time and peak RSS on 20, 40, 80 and 160 MB
inputs of three kinds: real articles (parsed), one huge text node (refused at the
`MAX_ITEM_BYTES` cap), and the same text node with the cap lifted (the byte scan alone, to show
it is linear: libxml2 then refuses the node at its own 10 MB limit).

    .venv/bin/python benchmarks/parse_pubmed.py --hostile [--sizes 20,40,80,160]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT.parent / "shared" / "fixtures" / "entrez"
HEADER = (
    b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    b'"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n'
)
PMID = re.compile(rb'(<PMID Version="\d+">)\d+(</PMID>)')
PUBMED_ID = re.compile(rb'(<ArticleId IdType="pubmed">)\d+(</ArticleId>)')


def templates() -> list[tuple[bytes, bytes, bytes]]:
    """Each fixture article split around its own PMID and its PubmedData pubmed id."""
    from lxml import etree

    from tracker.pubmed_xml import safe_parser

    parts = []
    for path in sorted(FIXTURES.glob("pubmed*.xml")):
        for el in etree.parse(str(path), safe_parser()).getroot().iter("PubmedArticle"):
            xml = etree.tostring(el, encoding="utf-8")
            pmid = PMID.search(xml)  # the first PMID is the article's own
            pubmed = PUBMED_ID.search(xml, pmid.end())  # PubmedData's id comes before any reference
            parts.append((xml[: pmid.end(1)], xml[pmid.start(2) : pubmed.end(1)], xml[pubmed.start(2) :]))
    if not parts:
        sys.exit(f"no pubmed*.xml fixtures in {FIXTURES}")
    return parts


def build(path: Path, n: int, parts: list[tuple[bytes, bytes, bytes]]) -> int:
    with path.open("wb") as out:
        out.write(HEADER)
        for i in range(n):
            a, b, c = parts[i % len(parts)]
            pmid = str(50_000_000 + i).encode()
            out.write(b"".join((a, pmid, b, pmid, c, b"\n")))
        out.write(b"</PubmedArticleSet>\n")
    return path.stat().st_size


# -- children: one parser, one file, fresh process --------------------------------------------


def child(parser: str, path: str) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    n = 0
    if parser == "tracker":
        from tracker.models import Record
        from tracker.pubmed_xml import parse

        for item in parse(path):
            n += isinstance(item, Record)
    elif parser in ("hostile", "hostile-nocap"):
        from tracker import pubmed_xml
        from tracker.models import Record

        if parser == "hostile-nocap":
            pubmed_xml.MAX_ITEM_BYTES = 1 << 40
        try:
            for item in pubmed_xml.parse(path):
                n += isinstance(item, Record)
        except pubmed_xml.PubmedXMLError as exc:
            n = -1 if "refused" in str(exc) else -2  # -1: our cap; -2: another error (libxml2's)
    elif parser == "iterparse":
        from lxml import etree

        for _event, el in etree.iterparse(path, events=("end",), tag="PubmedArticle"):
            n += 1
            el.clear()
            while el.getprevious() is not None:
                del el.getparent()[0]
    elif parser == "bio":
        from Bio import Entrez

        with open(path, "rb") as fh:
            n = len(Entrez.read(fh)["PubmedArticle"])
    else:
        raise SystemExit(f"unknown parser {parser}")
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"records": n, "wall": wall, "cpu": cpu, "peak_mb": peak_rss_mb()}))


def peak_rss_mb() -> float:
    # VmHWM is this process image's own high-water mark; getrusage's ru_maxrss would also count
    # the parent's pages (Linux carries it across fork/exec).
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(parser: str, path: Path, repeat: int) -> dict:
    best = None
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, __file__, "--child", parser, str(path)], capture_output=True, text=True, check=True
        ).stdout
        run = json.loads(out.strip().splitlines()[-1])
        if best is None or run["wall"] < best["wall"]:
            best = {**run, "peak_mb": max(run["peak_mb"], best["peak_mb"] if best else 0)}
    return best  # type: ignore[return-value]


def build_text_node(path: Path, mb: int, parts: list[tuple[bytes, bytes, bytes]]) -> int:
    """One article whose title is an `mb` MB text node (no article end within it)."""
    a, b, c = parts[0]
    pmid = b"59000000"
    article = b"".join((a, pmid, b, pmid, c))
    head, tail = article.split(b"</ArticleTitle>", 1)
    with path.open("wb") as out:
        out.write(HEADER + head)
        chunk = b"lorem ipsum " * (1 << 16)
        left = mb << 20
        while left > 0:
            out.write(chunk[:left])
            left -= len(chunk)
        out.write(b"</ArticleTitle>" + tail + b"\n</PubmedArticleSet>\n")
    return path.stat().st_size


def hostile(sizes: list[int], workdir: Path | None) -> None:
    parts = templates()
    per_article = sum(len(a) + len(b) + len(c) + 17 for a, b, c in parts) / len(parts)
    rows = []
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        for mb in sizes:
            articles = Path(tmp) / f"articles_{mb}.xml"
            n = int((mb << 20) / per_article)
            build(articles, n, parts)
            node = Path(tmp) / f"node_{mb}.xml"
            build_text_node(node, mb, parts)
            for kind, parser, path in (("articles", "tracker", articles), ("text node", "hostile", node),
                                       ("text node, cap lifted", "hostile-nocap", node)):
                r = measure(parser, path, 1)
                outcome = {-1: "refused (cap)", -2: "refused (libxml2)"}.get(r["records"], f"{r['records']:,} records")
                rows.append({"kind": kind, "mb": mb, "wall": round(r["wall"], 2), "peak_mb": round(r["peak_mb"], 1),
                             "outcome": outcome})
                print(f"{kind:>22} {mb:>4} MB: {r['wall']:>6.2f} s, peak RSS {r['peak_mb']:>6.1f} MB, {outcome}")
            articles.unlink()
            node.unlink()
    print(json.dumps({"hostile": rows}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=50_000)
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--bio-all", action="store_true", help="also run Bio.Entrez.read on the large file (~8 GB RAM)")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--child", nargs=2, metavar=("PARSER", "FILE"), help=argparse.SUPPRESS)
    ap.add_argument("--hostile", action="store_true", help="time and memory on 20-160 MB hostile inputs (item 7)")
    ap.add_argument("--sizes", default="20,40,80,160", help="MB sizes for --hostile")
    args = ap.parse_args()
    if args.child:
        return child(*args.child)
    if args.hostile:
        return hostile([int(x) for x in args.sizes.split(",")], args.workdir)

    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        parts = templates()
        sizes = {"small": args.small, "large": args.records}
        files = {}
        for label, n in sizes.items():
            files[label] = Path(tmp) / f"pubmed_{n}.xml"
            mb = build(files[label], n, parts) / 1e6
            print(f"built {files[label].name}: {n:,} records from {len(parts)} fixture articles, {mb:,.0f} MB")

        results: dict[tuple[str, str], dict] = {}
        plan = [("iterparse", "large"), ("tracker", "large"), ("iterparse", "small"), ("tracker", "small"), ("bio", "small")]
        if args.bio_all:
            plan.append(("bio", "large"))
        for parser, label in plan:
            r = measure(parser, files[label], 1 if parser == "bio" else args.repeat)
            if r["records"] != sizes[label]:
                sys.exit(f"{parser} read {r['records']} records from {files[label].name}, expected {sizes[label]}")
            results[(parser, label)] = r
            print(
                f"{parser:>9} {sizes[label]:>7,} records: {r['records'] / r['wall']:>8,.0f} rec/s wall, "
                f"{r['records'] / r['cpu']:>8,.0f} rec/s cpu, peak RSS {r['peak_mb']:>7,.1f} MB"
            )

    def rps(parser: str, label: str, kind: str = "wall") -> float:
        r = results[(parser, label)]
        return r["records"] / r[kind]

    bio_label = "large" if args.bio_all else "small"
    vs_iterparse = rps("tracker", "large") / rps("iterparse", "large")
    vs_iterparse_cpu = rps("tracker", "large", "cpu") / rps("iterparse", "large", "cpu")
    vs_bio = rps("tracker", bio_label) / rps("bio", bio_label)
    peak = max(results[("tracker", "large")]["peak_mb"], results[("tracker", "small")]["peak_mb"])
    growth = results[("tracker", "large")]["peak_mb"] - results[("tracker", "small")]["peak_mb"]
    print()
    print(f"tracker / iterparse: {vs_iterparse:.2f}x wall ({vs_iterparse_cpu:.2f}x cpu)   target >= 0.8x")
    print(f"tracker / Bio.Entrez.read ({sizes[bio_label]:,} records): {vs_bio:.1f}x   target >= 7x")
    print(
        f"tracker peak RSS: {results[('tracker', 'small')]['peak_mb']:.1f} MB at {args.small:,} records, "
        f"{results[('tracker', 'large')]['peak_mb']:.1f} MB at {args.records:,} ({growth:+.1f} MB)   target < 100 MB, flat"
    )
    print(
        f"Bio.Entrez.read peak RSS: {results[('bio', bio_label)]['peak_mb']:.0f} MB at {sizes[bio_label]:,} records"
    )
    print(json.dumps({
        "records": args.records,
        "tracker_rps": round(rps("tracker", "large")),
        "iterparse_rps": round(rps("iterparse", "large")),
        "bio_rps": round(rps("bio", bio_label)),
        "bio_records": sizes[bio_label],
        "tracker_cpu_rps": round(rps("tracker", "large", "cpu")),
        "iterparse_cpu_rps": round(rps("iterparse", "large", "cpu")),
        "tracker_vs_iterparse": round(vs_iterparse, 3),
        "tracker_vs_bio": round(vs_bio, 2),
        "tracker_peak_mb": round(peak, 1),
        "tracker_peak_mb_small": round(results[("tracker", "small")]["peak_mb"], 1),
        "tracker_peak_mb_large": round(results[("tracker", "large")]["peak_mb"], 1),
        "iterparse_peak_mb": round(results[("iterparse", "large")]["peak_mb"], 1),
        "bio_peak_mb": round(results[("bio", bio_label)]["peak_mb"], 1),
        "small_records": args.small,
    }))


if __name__ == "__main__":
    main()
