"""QUEST5: the spent blind splits test13 and dev9 are training data of the claim scorer, the held-out ones never
are; the scorer reads a singular fraction of a group ("roughly a third of men") as a share, like "two thirds of".
Real model and trainer, no mocks."""

from __future__ import annotations

import sys
from pathlib import Path

from tracker import claim_model as cm

ROOT = Path(__file__).resolve().parent.parent


def _trainer():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_claims
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return train_claims


def test_test13_and_dev9_are_training_data_and_the_held_out_splits_are_never_read(tmp_path):
    tc = _trainer()
    assert {"test13", "dev9", "test12", "dev8"} <= set(tc.SPLITS)
    assert not {"test20", "held", "held2", "held11", "trap17"} & set(tc.SPLITS)
    csv_path = tmp_path / "gold.csv"
    csv_path.write_text("article,quote,split\na.txt,It works,test13\nb.txt,It helps,dev9\n"
                        "a.txt,It fails,test20\nb.txt,It stings,dev16\nc.txt,It burns,held11\n", encoding="utf-8")
    assert [r["quote"] for r in tc.read_rows(csv_path, tc.SPLITS)] == ["It works", "It helps"]


def _unit(text: str) -> cm.ClaimUnit:
    return cm.ClaimUnit(text, text, 0, len(text), 0.0)


def test_a_singular_fraction_of_a_group_is_a_share():
    # written for this test: "a third of", "one quarter of", "a fifth of" as "two thirds of" already was
    for text in ("Worthwhile regrowth in roughly a third of men", "one quarter of users had dryness",
                 "a fifth of the testers stopped"):
        assert cm.features(_unit(text), cm.ArticleContext()).get("c:share") == 1.0, text
    # an ordinal date or rank is no share of a group
    for text in ("Out on the third of June", "The third coat adds shine"):
        assert "c:share" not in cm.features(_unit(text), cm.ArticleContext()), text
