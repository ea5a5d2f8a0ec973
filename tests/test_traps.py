"""The trap-claim benchmark (issue #14, TRAP6): its CSV is valid and its scorer's sign rule is right.

Nothing here runs the product on the traps (the labels were written blind and the held half is
scored once, for the final report); the scorer is checked on hand-made candidate lists.
"""

import csv
import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "traps.py"
SNAPSHOT = ROOT / "data" / "snapshot" / "records.jsonl"

_spec = importlib.util.spec_from_file_location("traps_benchmark", SCRIPT)
traps = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = traps  # dataclasses look their module up while the file executes
_spec.loader.exec_module(traps)


@pytest.fixture(scope="module")
def items():
    return traps.load_traps()


def _rows() -> list[dict]:
    with traps.TRAPS.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _write(tmp_path: Path, rows: list[dict], header=traps.COLUMNS) -> Path:
    p = tmp_path / "traps.csv"
    with p.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(header), extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    return p


# --- the CSV ---------------------------------------------------------------------------------------


def test_traps_file_has_1160_unique_items_split_by_number(items):
    assert len(items) == 1160
    assert len({t.id for t in items}) == 1160
    assert [t.number for t in items] == list(range(1, 1161))
    expected = {**{n: "dev" for n in range(1, 71)}, **{n: "held" for n in range(71, 121)},
                **{n: "dev" for n in range(121, 171)}, **{n: "held2" for n in range(171, 201)},
                **{n: "dev" for n in range(201, 231)}, **{n: "held3" for n in range(231, 261)},
                **{n: "dev" for n in range(261, 291)}, **{n: "held4" for n in range(291, 321)},
                **{n: "dev" for n in range(321, 351)}, **{n: "held5" for n in range(351, 381)},
                **{n: "dev" for n in range(381, 411)}, **{n: "held6" for n in range(411, 441)},
                **{n: "dev" for n in range(441, 471)}, **{n: "held7" for n in range(471, 501)},
                **{n: "dev" for n in range(501, 531)}, **{n: "held8" for n in range(531, 561)},
                **{n: "dev" for n in range(561, 591)}, **{n: "held9" for n in range(591, 621)},
                **{n: "dev" for n in range(621, 651)}, **{n: "held10" for n in range(651, 681)},
                **{n: "dev" for n in range(681, 711)}, **{n: "held11" for n in range(711, 741)},
                **{n: "dev" for n in range(741, 771)}, **{n: "held12" for n in range(771, 801)},
                **{n: "dev" for n in range(801, 831)}, **{n: "held13" for n in range(831, 861)},
                **{n: "dev" for n in range(861, 891)}, **{n: "held14" for n in range(891, 921)},
                **{n: "dev" for n in range(921, 951)}, **{n: "held15" for n in range(951, 981)},
                **{n: "dev" for n in range(981, 1011)}, **{n: "held16" for n in range(1011, 1041)},
                **{n: "dev" for n in range(1041, 1071)}, **{n: "held17" for n in range(1071, 1101)},
                **{n: "dev" for n in range(1101, 1131)}, **{n: "held18" for n in range(1131, 1161)}}
    assert all(t.id.startswith(f"{t.number:03d}-") for t in items)  # four digits from item 1000, no leading zero
    assert all(t.split == expected[t.number] for t in items)
    assert [h for h in csv.reader(traps.TRAPS.open(encoding="utf-8"))][0] == list(traps.COLUMNS)


def test_quotes_are_exact_substrings_and_enums_legal(items):
    for t in items:
        if t.trap in traps.TITLE_QUOTE_TYPES:
            assert t.quote == t.title and t.quote in t.article(), t.id  # a claim inside a question headline
        else:
            assert t.quote in t.text, t.id
        assert t.relation in traps.RELATIONS + ("",), t.id
        assert t.gold_side in traps.SIDES + ("",), t.id
        assert bool(t.relation) == bool(t.gold_side), t.id
        sentences = [s for s in t.text.replace("!", ".").replace("?", ".").split(". ") if s.strip()]
        assert 1 <= len(sentences) <= 4, t.id


def test_every_trap_type_is_in_both_halves_at_least_six_times(items):
    per = Counter((t.trap, t.split) for t in items)
    trap6 = {t.trap for t in items if t.number <= 120}
    for trap in trap6:  # TRAP6 types: dev 1-70 and held 71-120
        assert per[(trap, "dev")] >= 1 and per[(trap, "held")] >= 1, trap
        assert per[(trap, "dev")] + per[(trap, "held")] >= 6, trap
    assert {t.trap for t in items} == set(traps.TRAP_TYPES)


def test_trap7_types_are_new_and_in_both_of_their_halves(items):
    """Items 121-200 use only new trap types, each at least 5 times, at least 2 of them in held2."""
    trap6 = {t.trap for t in items if t.number <= 120}
    new = [t for t in items if 120 < t.number <= 200]
    per = Counter((t.trap, t.split) for t in new)
    types = {t.trap for t in new}
    assert not types & trap6 and len(types) >= 12
    for trap in types:
        assert per[(trap, "held2")] >= 2 and per[(trap, "dev")] >= 2, trap
        assert per[(trap, "dev")] + per[(trap, "held2")] >= 5, trap
    off = [t for t in new if "snapshot has no" in t.note]
    assert len(off) >= 20 and all(t.gold_side == "unclear" for t in off)
    sides = Counter(t.gold_side for t in new if t.expects_claim)
    assert min(sides.values()) >= 20  # backs, against and unclear all well represented


def check_new_block(items, first: int, last: int, held: str, *, min_types: int, min_sides: int):
    """What every block since TRAP8 promises for items first-last: only types no earlier item has, each 4+
    times with 2+ in dev and in `held`; 15+ topics off the snapshot, all unclear; every side 5+ (`min_sides`)
    times in each half. Returns the block's items and their (type, split) counts."""
    older = {t.trap for t in items if t.number < first}
    new = [t for t in items if first <= t.number <= last]
    per = Counter((t.trap, t.split) for t in new)
    types = {t.trap for t in new}
    assert not types & older and len(types) >= min_types
    for trap in types:
        assert per[(trap, held)] >= 2 and per[(trap, "dev")] >= 2, trap
        assert per[(trap, "dev")] + per[(trap, held)] >= 4, trap
    off = [t for t in new if "snapshot has no" in t.note]
    assert len(off) >= 15 and all(t.gold_side == "unclear" for t in off)
    for split in ("dev", held):  # both halves have every side
        sides = Counter(t.gold_side for t in new if t.split == split and t.expects_claim)
        assert min(sides[s] for s in traps.SIDES) >= min_sides, (split, sides)
    return new, per


def test_trap8_types_are_new_and_in_both_of_their_halves(items):
    """Items 201-260 (TRAP8) use only types no earlier item has, each 4+ times with 2+ in held3 and dev."""
    new, _ = check_new_block(items, 201, 260, "held3", min_types=12, min_sides=5)
    assert {t.trap for t in new if not t.expects_claim} == {"name_not_claim"}


def test_trap9_types_are_new_and_in_both_of_their_halves(items):
    """Items 261-320 (TRAP9) use only types no earlier item has, each 4+ times with 2+ in held4 and dev."""
    new, _ = check_new_block(items, 261, 320, "held4", min_types=12, min_sides=5)
    assert all(t.expects_claim for t in new)  # every TRAP9 item carries a claim


def test_trap10_naming_types_are_new_balanced_and_in_both_halves(items):
    """Items 321-380 (TRAP10): 15 new types of naming the intervention, 4 each, 2 in dev and 2 in held5."""
    new, per = check_new_block(items, 321, 380, "held5", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held5")] == 2, trap
    for split in ("dev", "held5"):  # and two disclaimers in each half
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"named_disclaimer"}


def test_trap11_types_are_new_balanced_and_in_both_halves(items):
    """Items 381-440 (TRAP11): 10 new types, 3 in dev and 3 in held6 each; every claim type has one item of each
    side in each half; the three labelled disclaimers of each half expect no claim."""
    new, per = check_new_block(items, 381, 440, "held6", min_types=10, min_sides=9)
    assert len({t.trap for t in new}) == 10
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 3 and per[(trap, "held6")] == 3, trap
        for split in ("dev", "held6"):
            sides = Counter(t.gold_side for t in new if t.trap == trap and t.split == split)
            assert sides == ({"": 3} if trap == "labelled_disclaimer" else dict.fromkeys(traps.SIDES, 1)), trap
    assert {t.trap for t in new if not t.expects_claim} == {"labelled_disclaimer"}


def test_trap12_types_are_new_balanced_and_in_both_halves(items):
    """Items 441-500 (TRAP12): 15 new types, 2 in dev and 2 in held7 each; every side 9+ times in each half; the
    two structured disclaimers of each half expect no claim."""
    new, per = check_new_block(items, 441, 500, "held7", min_types=15, min_sides=9)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held7")] == 2, trap
    for split in ("dev", "held7"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"structured_disclaimer"}


def test_trap13_types_are_new_balanced_and_in_both_halves(items):
    """Items 501-560 (TRAP13): 15 new types, 2 in dev and 2 in held8 each; every side 8+ times in each half; the
    two platform disclaimers of each half expect no claim; each claim type has a decisive side (backs or against)
    in each half, so no type is only ever `unclear`."""
    new, per = check_new_block(items, 501, 560, "held8", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held8")] == 2, trap
        if trap != "platform_disclaimer":
            for split in ("dev", "held8"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held8"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"platform_disclaimer"}


def test_trap14_types_are_new_balanced_and_in_both_halves(items):
    """Items 561-620 (TRAP14): 15 new types, 2 in dev and 2 in held9 each; every side 8+ times in each half; the
    two caption disclaimers of each half expect no claim; each claim type has a decisive side (backs or against)
    in each half."""
    new, per = check_new_block(items, 561, 620, "held9", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held9")] == 2, trap
        if trap != "caption_disclaimer":
            for split in ("dev", "held9"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held9"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"caption_disclaimer"}


def test_trap15_types_are_new_balanced_and_in_both_halves(items):
    """Items 621-680 (TRAP15): 15 new types, 2 in dev and 2 in held10 each; every side 8+ times in each half; the
    two FAQ disclaimers of each half expect no claim; each claim type has a decisive side (backs or against) in
    each half."""
    new, per = check_new_block(items, 621, 680, "held10", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held10")] == 2, trap
        if trap != "faq_disclaimer":
            for split in ("dev", "held10"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held10"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"faq_disclaimer"}
    bare = [t for t in new if t.trap == "bare_affirmative"]  # the quote is the bare answer word itself
    assert {t.quote for t in bare} == {"Yes.", "Absolutely."}


def test_trap16_types_are_new_balanced_and_in_both_halves(items):
    """Items 681-740 (TRAP16): 15 new types, 2 in dev and 2 in held11 each; every side 8+ times in each half; the
    two testimonial disclaimers of each half expect no claim; each claim type has a decisive side (backs or against)
    in each half."""
    new, per = check_new_block(items, 681, 740, "held11", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held11")] == 2, trap
        if trap != "testimonial_disclaimer":
            for split in ("dev", "held11"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held11"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"testimonial_disclaimer"}
    answers = [t for t in new if t.trap == "elliptical_quantity"]  # the quote is the elliptical answer itself
    assert all(len(t.quote.split()) <= 3 and t.quote.endswith(".") for t in answers)


def test_trap17_types_are_new_balanced_and_in_both_halves(items):
    """Items 741-800 (TRAP17): 15 new types, 2 in dev and 2 in held12 each; every side 8+ times in each half; the
    rejected quotes and negative disclaimers (two of each per half) expect no claim; each claim type has a decisive
    side (backs or against) in each half."""
    new, per = check_new_block(items, 741, 800, "held12", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    no_claim = {"rejected_quote", "negative_disclaimer"}
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held12")] == 2, trap
        if trap not in no_claim:
            for split in ("dev", "held12"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held12"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 4, split
    assert {t.trap for t in new if not t.expects_claim} == no_claim
    answers = [t for t in new if t.trap == "emphatic_answer"]  # the quote is the answer after a question mark
    assert all(t.text.split(t.quote)[0].rstrip().endswith("?") for t in answers)
    listed = [t for t in new if t.trap == "negated_list"]  # the quote is a list item under a negating lead-in
    assert all(f"- {t.quote}\n" in t.text and ("None of" in t.text or "Not one of" in t.text) for t in listed)


def test_trap18_types_are_new_balanced_and_in_both_halves(items):
    """Items 801-860 (TRAP18): 15 new types, 2 in dev and 2 in held13 each; every side 8+ times in each half; the
    product attributes alone and the retracted claims (two of each per half) expect no claim; each claim type has a
    decisive side (backs or against) in each half."""
    new, per = check_new_block(items, 801, 860, "held13", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    no_claim = {"attribute_only", "retracted_claim"}
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held13")] == 2, trap
        if trap not in no_claim:
            for split in ("dev", "held13"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held13"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 4, split
    assert {t.trap for t in new if not t.expects_claim} == no_claim
    retracted = [t for t in new if t.trap == "retracted_claim"]  # the retraction follows the quote
    cues = ("Scratch that", "That was wrong", "I take that back", "Correction:")
    assert all(any(c in t.text.split(t.quote, 1)[1] for c in cues) for t in retracted)
    mixed = [t for t in new if t.trap == "attribute_health_mix"]  # the quote is the health conjunct, not the sentence
    assert all(not t.quote[0].isupper() for t in mixed)
    points = [t for t in new if t.trap == "percentage_points"]
    assert all("percentage points" in t.quote for t in points)
    assert all(t.relation == "equivalent" for t in new if t.trap in ("noninferiority", "negated_gradient"))


def test_trap19_types_are_new_balanced_and_in_both_halves(items):
    """Items 861-920 (TRAP19): 15 new types, 2 in dev and 2 in held14 each; every side 8+ times in each half; the
    problem statements (two per half) expect no claim; each claim type has a decisive side (backs or against) in each
    half; 15+ claim items off the snapshot, all unclear."""
    new, per = check_new_block(items, 861, 920, "held14", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held14")] == 2, trap
        if trap != "problem_statement":
            for split in ("dev", "held14"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held14"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"problem_statement"}
    badges = [t for t in new if t.trap == "proof_badge"]  # the quote is the badge line after its tick
    assert all("linically proven" in t.quote.lower() or "CLINICALLY PROVEN" in t.quote for t in badges)
    assert all(t.quote.lower().startswith("imagine") for t in new if t.trap == "imagine_frame")
    assert all(t.quote.startswith("You") for t in new if t.trap == "second_person_promise")
    assert all(t.text.startswith("Step 1:") and not t.quote.startswith("Step") for t in new if t.trap == "howto_result")


def test_trap20_types_are_new_balanced_and_in_both_halves(items):
    """Items 921-980 (TRAP20): 15 new types, 2 in dev and 2 in held15 each; every side 8+ times in each half; the
    popularity figures (two per half) expect no claim; each claim type has a decisive side (backs or against) in each
    half; 15+ claim items off the snapshot, all unclear."""
    new, per = check_new_block(items, 921, 980, "held15", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held15")] == 2, trap
        if trap != "popularity_figure":
            for split in ("dev", "held15"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held15"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"popularity_figure"}
    pairs = [t for t in new if t.trap == "before_after"]  # the quote is the "After" line of a before/after pair
    assert all(t.text.startswith("Before:") and t.quote.startswith("After") and f"\n{t.quote}\n" in t.text
               for t in pairs)
    shares = [t for t in new if t.trap == "sample_then_share"]  # the share sentence follows the sample's sentence
    assert all(not t.text.startswith(t.quote) and t.quote.split()[0] in ("Most", "Nearly") for t in shares)
    assert all(" nm " in t.quote for t in new if t.trap == "wavelength_name")


def test_trap21_types_are_new_balanced_and_in_both_halves(items):
    """Items 981-1040 (TRAP21): 15 new types, 2 in dev and 2 in held16 each; every side 8+ times in each half; the
    past beliefs reported as history (two per half) expect no claim; each claim type has a decisive side (backs or
    against) in each half; 15+ claim items off the snapshot, all unclear."""
    new, per = check_new_block(items, 981, 1040, "held16", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held16")] == 2, trap
        if trap != "history_belief":
            for split in ("dev", "held16"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held16"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"history_belief"}
    assert all("believed" in t.quote for t in new if t.trap == "history_belief")
    spec = [t for t in new if t.trap == "spec_line"]  # the quote is one dot-leader line of a spec card
    assert all("....." in t.quote and "\n" not in t.quote and f"\n{t.quote}\n" in t.text for t in spec)
    assert all(f"({t.quote})" in t.text for t in new if t.trap == "parenthetical_claim")
    elided = [t for t in new if t.trap == "elided_outcome"]  # a verbless outcome sentence after the one naming it
    assert all(" too" in t.quote and t.quote.endswith(".") and not t.text.startswith(t.quote) for t in elided)
    hedged = [t for t in new if t.trap == "detached_hedge"]  # the hedge is its own sentence before the claim
    assert all(t.text.split(t.quote)[0].rstrip().endswith(".") and t.quote.startswith("Most") for t in hedged)
    assert all(t.relation == "no_effect" for t in new if t.trap == "double_negative_null")
    assert all(t.quote.split()[0] in ("If", "Had", "Without") for t in new if t.trap == "counterfactual_claim")


def test_trap22_types_are_new_balanced_and_in_both_halves(items):
    """Items 1041-1100 (TRAP22): 15 new types, 2 in dev and 2 in held17 each; every side 8+ times in each half;
    free-of attributes alone (two per half) expect no claim; each claim type has a decisive side (backs or against)
    in each half; 15+ claim items off the snapshot, all unclear."""
    new, per = check_new_block(items, 1041, 1100, "held17", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held17")] == 2, trap
        if trap != "free_of_only":
            for split in ("dev", "held17"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held17"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"free_of_only"}
    assert all("-free" in t.quote for t in new if t.trap == "free_of_only")
    of = {t.trap: [u for u in new if u.trap == t.trap] for t in new}
    # a turn after an upper-case speaker label on its own line; the question is in the other speaker's turn
    assert all(any(ln.split(": ", 1)[0].isupper() and ln.split(": ", 1)[1].startswith(t.quote)
                   for ln in t.text.split("\n") if ": " in ln) for t in of["speaker_turn"])
    assert all(t.quote.split(",")[0] in ("To be fair", "Honestly", "Frankly", "Admittedly") and f"? {t.quote}" in t.text
               for t in of["discourse_marker"])  # an answer opened by a discourse marker, right after a question
    assert all(t.quote in ("It can.", "It does.") and t.text.split(t.quote)[0].rstrip().endswith(".")
               for t in of["affirmed_report"])  # a reply to a reported statement, not to a question
    assert all(t.text.split(t.quote)[0].rstrip().endswith("?")
               and t.text.split(t.quote)[0].split(". ")[-1].split()[0] in ("Doesn't", "Isn't", "Won't")
               for t in of["negative_question"])
    assert all("\n## " in t.text and t.quote.split()[0] in ("It", "They")
               and t.text.split("\n## ")[1].split("\n\n", 1)[1].startswith(t.quote) for t in of["heading_pronoun"])
    assert all(t.quote.startswith("| ") and t.quote.endswith(" |") and f"\n{t.quote}" in t.text
               for t in of["column_label"])  # the quote is the row a column label's claim is ticked for
    assert all(t.intervention not in t.quote.lower() for t in of["misspelled_name"])
    assert all(t.quote.startswith("Ever since") for t in of["post_hoc_since"])
    assert all("years" in t.quote for t in of["years_younger"])
    assert all(f"WARNING: {t.quote}" in t.text or f"CAUTION: {t.quote}" in t.text for t in of["warning_label"])
    assert all(("mice" in t.text or "rats" in t.text) and "mice" not in t.quote and "rats" not in t.quote
               for t in of["lab_as_human"])
    assert all(any(w in t.quote for w in ("permanent", "for good")) for t in of["permanence_claim"])
    assert all(t.relation in ("harm", "denies_harm") for t in of["quit_share"])


def test_trap23_types_are_new_balanced_and_in_both_halves(items):
    """Items 1101-1160 (TRAP23): 15 new types, 2 in dev and 2 in held18 each; every side 8+ times in each half;
    open questions (two per half) expect no claim; each claim type has a decisive side (backs or against) in each
    half; 15+ claim items off the snapshot, all unclear."""
    new, per = check_new_block(items, 1101, 1160, "held18", min_types=15, min_sides=8)
    assert len({t.trap for t in new}) == 15
    for trap in {t.trap for t in new}:
        assert per[(trap, "dev")] == 2 and per[(trap, "held18")] == 2, trap
        if trap != "open_question":
            for split in ("dev", "held18"):
                sides = {t.gold_side for t in new if t.trap == trap and t.split == split}
                assert sides & {"backs", "against"}, (trap, split)
    for split in ("dev", "held18"):
        assert sum(not t.expects_claim for t in new if t.split == split) == 2, split
    assert {t.trap for t in new if not t.expects_claim} == {"open_question"}
    of = {t.trap: [u for u in new if u.trap == t.trap] for t in new}
    # an open question is the quote, the text's first sentence, and nothing after it answers it
    assert all(t.quote.endswith("?") and t.text.startswith(t.quote) and t.text.count("?") == 1
               for t in of["open_question"])
    # a pronoun claim in its own entry of a page with three or more "## " entries
    assert all(t.text.count("## ") >= 3 and t.quote.split()[0] in ("It", "They")
               and any(e.split("\n", 1)[1].startswith(t.quote) for e in t.text.split("## ")[1:])
               for t in of["roundup_pronoun"])
    assert all(t.text.split(t.quote)[0].rstrip().endswith("?") and t.quote.split(",")[0] in ("Yes", "No")
               for t in of["elliptical_comparison"])  # the answer to a verbless "Better than ...?" question
    assert all("completely" in t.quote for t in of["not_completely"])
    assert all("no longer" in t.quote or "any more" in t.quote for t in of["no_longer_state"])
    assert all(any(w in t.quote for w in ("a handful of", "The majority of", "The lion's share of"))
               for t in of["quantity_word"])
    assert all(" and " in t.quote and t.quote.split()[0][0].isupper() for t in of["imperative_conditional"])
    assert all(f"agree that {t.quote}" in t.text for t in of["consensus_frame"])  # the quote drops the frame
    assert all("neither" in t.quote and " nor " in t.quote for t in of["neither_nor"])
    assert all(t.quote.startswith("Don't expect") for t in of["dont_expect"])
    assert all(t.quote.startswith("because ") for t in of["because_clause"])
    assert all(" than " in t.quote and (" was" in t.quote or " were" in t.quote) for t in of["past_self_comparison"])


def test_split_selection_keeps_held2_to_held18_out_of_dev_and_all(items):
    assert {t.split for t in traps.select(items, "dev")} == {"dev"}
    assert {t.split for t in traps.select(items, "all")} == {"dev", "held"}
    assert [t.number for t in traps.select(items, "held2")] == list(range(171, 201))
    assert [t.number for t in traps.select(items, "held3")] == list(range(231, 261))
    assert [t.number for t in traps.select(items, "held4")] == list(range(291, 321))
    assert [t.number for t in traps.select(items, "held5")] == list(range(351, 381))
    assert [t.number for t in traps.select(items, "held6")] == list(range(411, 441))
    assert [t.number for t in traps.select(items, "held7")] == list(range(471, 501))
    assert [t.number for t in traps.select(items, "held8")] == list(range(531, 561))
    assert [t.number for t in traps.select(items, "held9")] == list(range(591, 621))
    assert [t.number for t in traps.select(items, "held10")] == list(range(651, 681))
    assert [t.number for t in traps.select(items, "held11")] == list(range(711, 741))
    assert [t.number for t in traps.select(items, "held12")] == list(range(771, 801))
    assert [t.number for t in traps.select(items, "held13")] == list(range(831, 861))
    assert [t.number for t in traps.select(items, "held14")] == list(range(891, 921))
    assert [t.number for t in traps.select(items, "held15")] == list(range(951, 981))
    assert [t.number for t in traps.select(items, "held16")] == list(range(1011, 1041))
    assert [t.number for t in traps.select(items, "held17")] == list(range(1071, 1101))
    assert [t.number for t in traps.select(items, "held18")] == list(range(1131, 1161))
    assert len(traps.select(items, "dev")) == 600
    assert [t.number for t in traps.select(items, "dev")][-450:] == (list(range(261, 291)) + list(range(321, 351))
                                                                     + list(range(381, 411)) + list(range(441, 471))
                                                                     + list(range(501, 531)) + list(range(561, 591))
                                                                     + list(range(621, 651)) + list(range(681, 711))
                                                                     + list(range(741, 771)) + list(range(801, 831))
                                                                     + list(range(861, 891)) + list(range(921, 951))
                                                                     + list(range(981, 1011))
                                                                     + list(range(1041, 1071))
                                                                     + list(range(1101, 1131)))
    for held in ("held3", "held4", "held5", "held6", "held7", "held8", "held9", "held10", "held11", "held12",
                 "held13", "held14", "held15", "held16", "held17", "held18"):
        assert held in traps.SPLITS and held not in traps.ALL_SPLITS


def test_disclaimers_expect_no_claim_and_only_they_do(items):
    assert traps.NO_CLAIM_TYPES == ("disclaimer", "rebutted_belief", "name_not_claim", "named_disclaimer",
                                    "labelled_disclaimer", "structured_disclaimer", "platform_disclaimer",
                                    "caption_disclaimer", "faq_disclaimer", "testimonial_disclaimer",
                                    "rejected_quote", "negative_disclaimer", "attribute_only", "retracted_claim",
                                    "problem_statement", "popularity_figure", "history_belief", "free_of_only",
                                    "open_question")
    for t in items:
        assert (t.trap in traps.NO_CLAIM_TYPES) == (not t.expects_claim), t.id


def test_notes_cite_pmids_that_exist_or_say_the_snapshot_has_none(items):
    pmids = {line.split('"pmid": "')[1].split('"')[0] for line in SNAPSHOT.open(encoding="utf-8")}
    off = 0
    for t in items:
        cited = {w.strip("(),;:") for w in t.note.split() if w.strip("(),;:").isdigit() and len(w.strip("(),;:")) >= 7}
        assert cited <= pmids, (t.id, cited - pmids)
        if "snapshot has no" in t.note:
            off += 1
            assert t.gold_side == "unclear", t.id  # topic absent -> unclear
        elif t.expects_claim:
            assert cited or "no record" in t.note, t.id
    assert off >= 15


def test_a_bad_row_is_named_by_id_and_column(tmp_path):
    rows = _rows()
    bad = dict(rows[3], quote="this sentence is nowhere in the text")
    with pytest.raises(traps.TrapError, match=r"line 5 \(id 004-neg_quantifier\), column quote"):
        traps.load_traps(_write(tmp_path, rows[:3] + [bad] + rows[4:]))
    bad = dict(rows[3], gold_side="supports")
    with pytest.raises(traps.TrapError, match=r"id 004-neg_quantifier\), column gold_side"):
        traps.load_traps(_write(tmp_path, rows[:3] + [bad]))
    bad = dict(rows[80], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 081-.*column split: item 81 must be held"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[180], split="held")
    with pytest.raises(traps.TrapError, match=r"id 181-.*column split: item 181 must be held2"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[240], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 241-.*column split: item 241 must be held3"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[210], split="held3")
    with pytest.raises(traps.TrapError, match=r"id 211-.*column split: item 211 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[300], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 301-.*column split: item 301 must be held4"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[270], split="held4")
    with pytest.raises(traps.TrapError, match=r"id 271-.*column split: item 271 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[360], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 361-.*column split: item 361 must be held5"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[330], split="held5")
    with pytest.raises(traps.TrapError, match=r"id 331-.*column split: item 331 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    disclaimer = next(r for r in rows if r["id"].endswith("-named_disclaimer"))  # expects no claim
    with pytest.raises(traps.TrapError, match=r"named_disclaimer\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(disclaimer, relation="no_effect", gold_side="against")]))
    bad = dict(rows[420], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 421-.*column split: item 421 must be held6"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[390], split="held6")
    with pytest.raises(traps.TrapError, match=r"id 391-.*column split: item 391 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[480], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 481-.*column split: item 481 must be held7"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[450], split="held7")
    with pytest.raises(traps.TrapError, match=r"id 451-.*column split: item 451 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[540], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 541-.*column split: item 541 must be held8"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[510], split="held8")
    with pytest.raises(traps.TrapError, match=r"id 511-.*column split: item 511 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    platform = next(r for r in rows if r["id"].endswith("-platform_disclaimer"))  # expects no claim
    with pytest.raises(traps.TrapError, match=r"platform_disclaimer\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(platform, relation="benefit", gold_side="unclear")]))
    bad = dict(rows[600], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 601-.*column split: item 601 must be held9"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[570], split="held9")
    with pytest.raises(traps.TrapError, match=r"id 571-.*column split: item 571 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    caption = next(r for r in rows if r["id"].endswith("-caption_disclaimer"))  # expects no claim
    with pytest.raises(traps.TrapError, match=r"caption_disclaimer\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(caption, relation="benefit", gold_side="unclear")]))
    bad = dict(rows[660], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 661-.*column split: item 661 must be held10"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[630], split="held10")
    with pytest.raises(traps.TrapError, match=r"id 631-.*column split: item 631 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    faq = next(r for r in rows if r["id"].endswith("-faq_disclaimer"))  # expects no claim
    with pytest.raises(traps.TrapError, match=r"faq_disclaimer\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(faq, relation="denies_harm", gold_side="unclear")]))
    bad = dict(rows[720], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 721-.*column split: item 721 must be held11"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[690], split="held11")
    with pytest.raises(traps.TrapError, match=r"id 691-.*column split: item 691 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    testimonial = next(r for r in rows if r["id"].endswith("-testimonial_disclaimer"))  # expects no claim
    with pytest.raises(traps.TrapError, match=r"testimonial_disclaimer\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(testimonial, relation="benefit", gold_side="unclear")]))
    bad = dict(rows[780], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 781-.*column split: item 781 must be held12"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[750], split="held12")
    with pytest.raises(traps.TrapError, match=r"id 751-.*column split: item 751 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    rejected = next(r for r in rows if r["id"].endswith("-rejected_quote"))  # a rejected quote expects no claim
    with pytest.raises(traps.TrapError, match=r"rejected_quote\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(rejected, relation="benefit", gold_side="against")]))
    bad = dict(rows[840], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 841-.*column split: item 841 must be held13"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[810], split="held13")
    with pytest.raises(traps.TrapError, match=r"id 811-.*column split: item 811 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    attribute = next(r for r in rows if r["id"].endswith("-attribute_only"))  # product attributes expect no claim
    with pytest.raises(traps.TrapError, match=r"attribute_only\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(attribute, relation="superior", gold_side="unclear")]))
    bad = dict(rows[900], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 901-.*column split: item 901 must be held14"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[870], split="held14")
    with pytest.raises(traps.TrapError, match=r"id 871-.*column split: item 871 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    problem = next(r for r in rows if r["id"].endswith("-problem_statement"))  # a problem statement expects no claim
    with pytest.raises(traps.TrapError, match=r"problem_statement\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(problem, relation="harm", gold_side="unclear")]))
    bad = dict(rows[960], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 961-.*column split: item 961 must be held15"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[930], split="held15")
    with pytest.raises(traps.TrapError, match=r"id 931-.*column split: item 931 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    popular = next(r for r in rows if r["id"].endswith("-popularity_figure"))  # sales figures expect no claim
    with pytest.raises(traps.TrapError, match=r"popularity_figure\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(popular, relation="benefit", gold_side="unclear")]))
    bad = dict(rows[1020], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 1021-.*column split: item 1021 must be held16"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[990], split="held16")
    with pytest.raises(traps.TrapError, match=r"id 991-.*column split: item 991 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    history = next(r for r in rows if r["id"].endswith("-history_belief"))  # a past belief expects no claim
    with pytest.raises(traps.TrapError, match=r"history_belief\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(history, relation="benefit", gold_side="unclear")]))
    bad = dict(rows[999], id="01000-history_belief")  # four digits from item 1000, never a leading zero
    with pytest.raises(traps.TrapError, match=r"column id: '01000-history_belief' is not NNN-trap_type"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[1080], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 1081-.*column split: item 1081 must be held17"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[1050], split="held17")
    with pytest.raises(traps.TrapError, match=r"id 1051-.*column split: item 1051 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    free = next(r for r in rows if r["id"].endswith("-free_of_only"))  # free-of attributes alone expect no claim
    with pytest.raises(traps.TrapError, match=r"free_of_only\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(free, relation="denies_harm", gold_side="unclear")]))
    bad = dict(rows[1140], split="dev")
    with pytest.raises(traps.TrapError, match=r"id 1141-.*column split: item 1141 must be held18"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[1110], split="held18")
    with pytest.raises(traps.TrapError, match=r"id 1111-.*column split: item 1111 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[1110], split="held17")  # 1101-1130 are dev, never the block before's held split
    with pytest.raises(traps.TrapError, match=r"id 1111-.*column split: item 1111 must be dev"):
        traps.load_traps(_write(tmp_path, [bad]))
    question = next(r for r in rows if r["id"].endswith("-open_question"))  # an open question expects no claim
    with pytest.raises(traps.TrapError, match=r"open_question\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(question, relation="benefit", gold_side="unclear")]))
    bad = dict(rows[0], id="1161-privative")
    with pytest.raises(traps.TrapError, match=r"column id: item number 1161 is outside 1-1160"):
        traps.load_traps(_write(tmp_path, [bad]))
    name = next(r for r in rows if r["id"].endswith("-name_not_claim"))  # a product name expects no claim
    with pytest.raises(traps.TrapError, match=r"name_not_claim\), column relation"):
        traps.load_traps(_write(tmp_path, [dict(name, relation="benefit", gold_side="backs")]))
    headline = next(r for r in rows if r["id"].endswith("-question_headline"))
    bad = dict(headline, quote=headline["text"].split(".")[0])
    with pytest.raises(traps.TrapError, match=r"question_headline\), column quote: .*must be its title"):
        traps.load_traps(_write(tmp_path, [bad]))
    bad = dict(rows[131], relation="benefit", gold_side="unclear")  # a rebutted belief expects no claim
    with pytest.raises(traps.TrapError, match=r"id 132-rebutted_belief\), column relation"):
        traps.load_traps(_write(tmp_path, [bad]))
    with pytest.raises(traps.TrapError, match=r"column id: duplicate of line 2"):
        traps.load_traps(_write(tmp_path, [rows[0], rows[0]]))


def test_malformed_csv_fails_with_the_line(tmp_path):
    p = tmp_path / "traps.csv"
    good = traps.TRAPS.read_text(encoding="utf-8").splitlines()
    p.write_text("\n".join(good[:3] + ['999-privative,dev,"unterminated']) + "\n", encoding="utf-8")
    with pytest.raises(traps.TrapError, match=r"traps.csv line \d+"):
        traps.load_traps(p)
    p.write_text("\n".join(good[:2] + ["005-privative,dev,too,few"]) + "\n", encoding="utf-8")
    with pytest.raises(traps.TrapError, match=r"line 3 \(id 005-privative\): 4 fields, expected 9"):
        traps.load_traps(p)
    with pytest.raises(traps.TrapError, match="header"):
        traps.load_traps(_write(tmp_path, _rows()[:2], header=traps.COLUMNS[:-1]))
    r = subprocess.run([sys.executable, str(SCRIPT), "--traps", str(p)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "header" in r.stderr


# --- the scorer ------------------------------------------------------------------------------------


def _trap(number, trap, quote, relation, side, text=None):
    text = text or f"Some context. {quote} More context."
    return traps.Trap(id=f"{number:03d}-{trap}", number=number, trap=trap, split="dev", title="T", text=text,
                      quote=quote, intervention="x", relation=relation, gold_side=side, note="n")


def _cand(t, relation, verdict, side=None, shift=0):
    body = t.article()
    i = body.find(t.quote) + shift
    return {"start": i, "end": i + len(t.quote), "frame": {"relation": relation}, "verdict": verdict,
            "side": side, "question_id": "q"}


def test_sign_error_rule():
    assert traps.is_sign_error("backs", "against") and traps.is_sign_error("against", "backs")
    for gold in traps.SIDES:
        assert not traps.is_sign_error(gold, "unclear")
        assert not traps.is_sign_error("unclear", gold)
        assert not traps.is_sign_error(gold, gold)
    # the tool's own side wins over its verdict; without one, the verdict decides
    assert traps.tool_side({"side": "against", "verdict": "supported"}) == "against"
    assert traps.tool_side({"side": None, "verdict": "partly supported"}) == "backs"
    assert traps.tool_side({"verdict": "contradicted"}) == "against"
    assert traps.tool_side({"verdict": "no evidence found"}) == "unclear"


def test_score_on_a_hand_made_candidate_list():
    a = _trap(1, "privative", "Microneedling is completely painless.", "denies_harm", "against")
    b = _trap(2, "comparative", "Rosemary oil works as well as minoxidil.", "equivalent", "backs")
    c = _trap(3, "time_frame", "Ashwagandha fixes stress overnight.", "benefit", "unclear")
    d = _trap(4, "disclaimer", "It is not a miracle cure.", "", "")
    e = _trap(5, "disclaimer", "Results may vary.", "", "")
    f = _trap(6, "hedge_absolute", "Vitamin C may brighten skin.", "benefit", "backs")
    g = _trap(7, "up_to", "Collagen cuts wrinkles by up to 20%.", "benefit", "against")
    results = {
        # sign error: gold against, the tool backs the denial (its side, though the verdict text is absent)
        a.file_name: {"text": a.article(), "candidates": [_cand(a, "denies_harm", None, side="backs")]},
        # sign error from the verdict alone; a non-overlapping candidate elsewhere is ignored
        b.file_name: {"text": b.article(), "candidates": [_cand(b, "superior", "not supported"),
                                                          {"start": 0, "end": 1, "frame": {}, "verdict": "supported"}]},
        # gold unclear, tool decisive: not a sign error, counted apart
        c.file_name: {"text": c.article(), "candidates": [_cand(c, "benefit", "contradicted")]},
        # a claim on a disclaimer, overlapping only partly
        d.file_name: {"text": d.article(), "candidates": [_cand(d, "no_effect", "supported", shift=5)]},
        e.file_name: {"text": e.article(), "candidates": []},
        # right side; of two overlapping candidates the one with the gold relation is matched
        f.file_name: {"text": f.article(), "candidates": [_cand(f, "mechanism", "contradicted"),
                                                          _cand(f, "benefit", "supported", shift=3)]},
        # g: not run at all -> missed
    }
    s = traps.score([a, b, c, d, e, f, g], results)
    assert (s.n_claim, s.found, s.n_noclaim, s.false_claims) == (5, 4, 2, 1)
    assert s.sign_errors == 2 and [x.split(":")[0] for x in s.sign_list] == ["001-privative", "002-comparative"]
    assert s.decisive_on_unclear == 1 and s.decisive_list[0].startswith("003-time_frame")
    assert s.relation_ok == 3  # a, c, f (b said superior for an equivalence claim)
    assert s.tool_sides == {"backs": 2, "against": 2}
    assert s.gold_sides == {"against": 2, "backs": 2, "unclear": 1}
    assert s.missed == ("007-up_to: 'Collagen cuts wrinkles by up to 20%.'",)
    assert s.by_trap["disclaimer"] == {"noclaim": 2, "false_claims": 1}
