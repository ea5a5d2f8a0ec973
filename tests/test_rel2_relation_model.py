"""tracker.relation_model, round REL2: retrained with the spent blind splits test9, test10 and trap items
501-530 (issue #14); the sidecar records what it was trained on and its leave-one-split-out figures."""

from __future__ import annotations

import json

from tracker import relation_model as rm


def test_the_shipped_model_was_trained_on_the_allowlist_and_measured_leave_one_split_out():
    meta = json.loads(rm.META_PATH.read_text())
    blocks = set(meta["rows_per_block"])
    assert {"test9", "test10", "traps3"} <= blocks
    # only the allowlist: no held-out split, and no development split it does not name
    # (test11, spent since session 16, and trap items 561-590 joined in REL3; dev8 and items 621-650, written blind
    # in session 16, at its end; test12, spent since session 17, and items 681-710 in session 17; test13, spent since
    # session 18, dev9 and items 741-770 in session 18, dev10 kept out; test14 and dev10 in session 19, dev11 and items
    # 801-830 kept out; test15, dev11 and items 801-830 in session 20, dev12 and items 861-890 kept out; test16, dev12 and
    # items 861-890 in session 21, dev13 and items 921-950 kept out; test17, dev13 and items 921-950 in session 22,
    # dev14 and items 981-1010 kept out; test18, dev14 and items 981-1010 in session 23, dev15 and items 1041-1070 kept out;
    # test19, dev15 and items 1041-1070 in session 24, dev16 and items 1101-1130 kept out)
    assert blocks <= {"dev", "dev2", "dev3", "dev4", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15",
                      "test", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17",
                      "test18", "test19", "seed", "traps", "traps2", "traps3", "traps4", "traps5", "traps6", "traps7",
                      "traps8", "traps9", "traps10", "traps11", "traps12"}
    assert "501-530" in meta["data"]
    loso = meta["loso_accuracy"]
    assert set(loso) == blocks | {"all"} and all(0.0 < a <= 1.0 for a in loso.values())

