"""Helpers the devset split tests share: the gold validator as a module, and CSV rows in and out."""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "benchmarks" / "devset"


def checker() -> ModuleType:
    """`benchmarks/devset/check_gold.py` imported by path (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("check_gold", DEVSET / "check_gold.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_rows(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def split_rows(name: str, split: str) -> list[dict]:
    """The rows of `benchmarks/devset/<name>` that belong to one split."""
    return [r for r in read_rows(DEVSET / name) if r["split"] == split]


def article_text(name: str) -> str:
    """A development-set article's text."""
    return (DEVSET / "articles" / name).read_text(encoding="utf-8")


def line_of(text: str, quote: str) -> str:
    """The whole line of `text` a quote sits on (case-insensitive)."""
    i = text.lower().index(quote.lower())
    return text[text.rfind("\n", 0, i) + 1: text.find("\n", i)]


def claims_benchmark() -> ModuleType:
    """`benchmarks/claims.py` imported by path, only to read its split selection (it is not run)."""
    spec = importlib.util.spec_from_file_location("claims_benchmark", ROOT / "benchmarks" / "claims.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_flipped_and_edited_rows_are_caught(tmp_path: Path, rows: list[dict], edit_article: str) -> None:
    """The validator names the row of a verdict on the wrong side and of a quote edited away from
    the article's words."""
    i = next(i for i, r in enumerate(rows) if r["gold_verdict"] == "contradicted")
    flipped = rows[:i] + [dict(rows[i], gold_side="backs")] + rows[i + 1:]
    problems = checker().check(write_rows(tmp_path / "flipped.csv", flipped))
    assert any(f"flipped.csv:{i + 2}" in p and "inconsistent with verdict" in p for p in problems)
    j = next(i for i, r in enumerate(rows) if r["article"] == edit_article)
    edited = rows[:j] + [dict(rows[j], quote=rows[j]["quote"] + " permanently")] + rows[j + 1:]
    problems = checker().check(write_rows(tmp_path / "edited.csv", edited))
    assert any(f"edited.csv:{j + 2}" in p and "not found verbatim" in p for p in problems)


def check_negative_under_another_split_is_rejected(tmp_path: Path, split: str, other: str) -> None:
    """A negative span of `split` filed under `other` is caught, naming its row."""
    gold = write_rows(tmp_path / "gold.csv", split_rows("gold_claims.csv", split))
    negs = split_rows("negatives.csv", split)
    assert checker().check_negatives(write_rows(tmp_path / "neg_ok.csv", negs), gold) == []
    moved = [dict(negs[0], split=other)] + negs[1:]
    problems = checker().check_negatives(write_rows(tmp_path / "neg_bad.csv", moved), gold)
    assert any("neg_bad.csv:2" in p and f"{split} in the gold rows" in p for p in problems)


def check_html_claims_in_main_text(split: str, pages: list[str]) -> None:
    """In each HTML page, the gold quotes sit inside <main> and at least four boilerplate negatives
    outside it."""
    gold, negs = split_rows("gold_claims.csv", split), split_rows("negatives.csv", split)
    for name in pages:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        main = re.search(r"<main>.*</main>", text, re.S)
        assert main, name
        for r in (r for r in gold if r["article"] == name):
            assert r["quote"] in main.group(0), (name, r["quote"])
        boiler = [r for r in negs if r["article"] == name and r["reason"] == "boilerplate"]
        assert len(boiler) >= 4, name
        for r in boiler:
            assert r["quote"] not in main.group(0), (name, r["quote"])


def body_words(text: str) -> int:
    """Words of an article, of an HTML page only those inside <main>."""
    main = re.search(r"<main>.*</main>", text, re.S)
    return len(re.sub(r"<[^>]+>", " ", main.group(0) if main else text).split())


def check_split_articles(split: str, articles: set[str], on_snapshot: set[str], words: tuple[int, int],
                         min_gold: int, min_negs: int = 10) -> None:
    """A development split holds its own articles (no other split's), each of the given length with
    enough gold rows and negatives; every side and verdict is used; topics the snapshot covers are
    graded somewhere, and the other topics' claims about the topic itself have no evidence (a claim
    about a comparator stated as a subject may be graded)."""
    gold, negs = split_rows("gold_claims.csv", split), split_rows("negatives.csv", split)
    assert {r["article"] for r in gold} == articles
    assert {r["article"] for r in negs} == articles
    others = {r["article"] for r in read_rows(DEVSET / "gold_claims.csv") if r["split"] != split}
    assert not others & articles
    for name in articles:
        text = (DEVSET / "articles" / name).read_text(encoding="utf-8")
        assert words[0] <= body_words(text) <= words[1], name
        assert sum(r["article"] == name for r in gold) >= min_gold, name
        assert sum(r["article"] == name for r in negs) >= min_negs, name
    assert {"backs", "against", "unclear"} <= {r["gold_side"] for r in gold}
    assert {"supported", "partly supported", "not supported", "contradicted", "no evidence found"} == {
        r["gold_verdict"] for r in gold}
    for name in on_snapshot:
        assert any(r["article"] == name and r["gold_verdict"] != "no evidence found" for r in gold), name
    for name in articles - on_snapshot:
        topic = [r for r in gold if r["article"] == name and "comparator_subject" not in r["trap"]]
        assert topic and {r["gold_verdict"] for r in topic} == {"no evidence found"}, name


def check_notes_cite_pmids(split: str) -> None:
    """Every gold note cites the PMIDs read or says the snapshot has none."""
    for r in split_rows("gold_claims.csv", split):
        cites = re.search(r"\b\d{7,8}\b", r["note"])
        assert cites or "no snapshot record" in r["note"], (r["article"], r["quote"], r["note"])


def check_claims_benchmark_reads_development_split(split: str, articles: set[str]) -> None:
    """`benchmarks/claims.py` offers the split by name, reads its articles, leaves it out of "all",
    and scores the seeds with it (they are left out only for held-out splits). The benchmark is not run."""
    source = (ROOT / "benchmarks" / "claims.py").read_text(encoding="utf-8")
    choices = re.search(r'"--split".*?choices=\(([^)]*)\)', source)
    assert choices and f'"{split}"' in choices.group(1)
    bench = claims_benchmark()
    assert {r["article"] for r in bench._gold(bench.GOLD, split)} == articles
    every = bench._gold(bench.GOLD, "all")
    assert every and split not in {r["split"] for r in every}
    assert not {r["article"] for r in every} & articles
    held_out = re.search(r'args\.split not in \(([^)]*)\)', source)
    assert held_out and f'"{split}"' not in held_out.group(1)
