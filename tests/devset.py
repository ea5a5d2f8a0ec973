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
