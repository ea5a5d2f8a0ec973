"""Benchmark the E-utilities client's request budget and rate against NCBI's limits.

Runs 20 questions (esearch, then efetch of every hit) against the loopback E-utilities server
(tests/eutils_server.py) enforcing NCBI's limits: first without an API key (3 requests/s), then
with one (10 requests/s). The corpus is the real records of ../shared/fixtures/entrez replicated
with new PMIDs and a topic word per question, so each question has a known number of hits
(12 to 640) and efetch returns realistic PubMed XML.

Reports per mode: requests made, requests per question against the budget 1 + ceil(hits/200),
429 answers, the achieved request rate (from the server's arrival times) against the allowed
rate, and wall time against the theoretical minimum (requests - 1) / rate.
Targets: <= 1 + ceil(hits/200) requests per question, >= 90% of the allowed rate, zero 429s.
Last line: one JSON object.

    .venv/bin/python benchmarks/eutils_rate.py
"""

from __future__ import annotations

import json
import math
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.eutils_server import running_server  # noqa: E402
from tracker.eutils import EntrezBackend, EutilsConfig  # noqa: E402
from tracker.models import Record  # noqa: E402
from tracker.pubmed_xml import parse  # noqa: E402
from tracker.ratelimit import RateLimiter  # noqa: E402

FIXTURES = ROOT.parent / "shared" / "fixtures" / "entrez"
HITS = (12, 35, 60, 95, 130, 170, 199, 200, 201, 240, 280, 330, 380, 399, 400, 401, 450, 520, 600, 640)
KEY = "benchmark-api-key"


def corpus() -> tuple[list[Record], list[tuple[str, int]]]:
    templates = [r for path in sorted(FIXTURES.glob("pubmed*.xml")) for r in parse(path) if isinstance(r, Record)]
    if not templates:
        sys.exit(f"no pubmed*.xml fixtures in {FIXTURES}")
    records, questions = [], []
    pmid = 60_000_000
    for q, hits in enumerate(HITS, 1):
        word = f"topicword{q:02d}"
        questions.append((f"{word}[tiab] AND (trial OR study OR {word})", hits))
        for i in range(hits):
            t = templates[(q + i) % len(templates)]
            records.append(replace(t, pmid=str(pmid), title=f"{word} trial: {t.title}"))
            pmid += 1
    return records, questions


def run_mode(records: list[Record], questions: list[tuple[str, int]], with_key: bool) -> dict:
    allowed = 10.0 if with_key else 3.0
    with running_server(records, rate_limit=True, api_keys={KEY}) as server:
        config = EutilsConfig(base_url=server.url, api_key=KEY if with_key else None, email="bench@example.org")
        limiter = RateLimiter.for_ncbi(with_key)
        over_budget = []
        fetched = 0
        start = time.perf_counter()
        with EntrezBackend(config, limiter=limiter) as backend:
            for n, (query, hits) in enumerate(questions, 1):
                before = backend.requests_made
                result = backend.search(query, question_id=f"Q{n:02d}")
                got = list(backend.fetch(result.pmids, question_id=f"Q{n:02d}"))
                used = backend.requests_made - before
                budget = 1 + math.ceil(hits / 200)
                if result.count != hits or len(got) != hits:
                    sys.exit(f"Q{n:02d}: expected {hits} hits and records, got {result.count} / {len(got)}")
                if used > budget:
                    over_budget.append(f"Q{n:02d}: {used} > {budget}")
                fetched += len(got)
        wall = time.perf_counter() - start
        log = list(server.requests)
    times = [r.at for r in log]
    n_requests = len(log)
    achieved = (n_requests - 1) / (times[-1] - times[0]) if n_requests > 1 else 0.0
    return {
        "allowed_rps": allowed,
        "requests": n_requests,
        "budget": sum(1 + math.ceil(h / 200) for _, h in questions),
        "over_budget": over_budget,
        "n429": sum(1 for r in log if r.status == 429),
        "achieved_rps": achieved,
        "share_of_allowed": achieved / allowed,
        "wall_s": wall,
        "min_wall_s": (n_requests - 1) / allowed,
        "records": fetched,
    }


def main() -> None:
    records, questions = corpus()
    print(f"{len(questions)} questions, {len(records):,} records on the loopback server (hits {min(HITS)}..{max(HITS)})")
    modes = {}
    for with_key in (False, True):
        label = "10rps" if with_key else "3rps"
        m = run_mode(records, questions, with_key)
        modes[label] = m
        print(
            f"{'with key' if with_key else 'no key':>8} ({m['allowed_rps']:g} req/s allowed): {m['requests']} requests "
            f"(budget {m['budget']}, over budget: {len(m['over_budget'])}), 429s: {m['n429']}, "
            f"achieved {m['achieved_rps']:.2f} req/s = {m['share_of_allowed']:.1%} of allowed, "
            f"wall {m['wall_s']:.1f} s vs minimum {m['min_wall_s']:.1f} s, {m['records']:,} records fetched"
        )
        for line in m["over_budget"]:
            print("   over budget:", line)
    ok = all(not m["over_budget"] and m["n429"] == 0 and m["share_of_allowed"] >= 0.9 for m in modes.values())
    print(f"targets (<= 1 + ceil(hits/200) requests per question, >= 90% of allowed rate, zero 429s): {'met' if ok else 'NOT met'}")
    out = {"questions": len(questions), "targets_met": ok}
    for label, m in modes.items():
        out.update({
            f"{label}_requests": m["requests"],
            f"{label}_budget": m["budget"],
            f"{label}_over_budget": len(m["over_budget"]),
            f"{label}_429": m["n429"],
            f"{label}_achieved_rps": round(m["achieved_rps"], 3),
            f"{label}_share": round(m["share_of_allowed"], 4),
            f"{label}_wall_s": round(m["wall_s"], 2),
            f"{label}_min_wall_s": round(m["min_wall_s"], 2),
        })
    print(json.dumps(out))


if __name__ == "__main__":
    main()
