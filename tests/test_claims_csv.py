"""claims.csv and questions.csv: every row checked, and bad files get located messages."""

from __future__ import annotations

import csv
import re
from collections import Counter

import pytest

from tracker.articles import load_articles
from tracker.claims import CLAIM_COLUMNS, FRAME_COLUMNS, QUESTION_COLUMNS, ValidationError, load_claims, load_questions
from tracker.errors import InputError
from tracker.models import CLAIM_TYPES, STRENGTHS
from tracker.paths import ARTICLES_DIR, CLAIMS_CSV, QUESTIONS_CSV


@pytest.fixture(scope="module")
def articles():
    return {a.name: a for a in load_articles(ARTICLES_DIR)}


@pytest.fixture(scope="module")
def questions():
    return {q.question_id: q for q in load_questions(QUESTIONS_CSV)}


@pytest.fixture(scope="module")
def claims(articles, questions):
    return load_claims(CLAIMS_CSV, articles, questions)


def test_headers_are_exact():
    with CLAIMS_CSV.open(encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == (*CLAIM_COLUMNS, "stance", *FRAME_COLUMNS)
    with QUESTIONS_CSV.open(encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == QUESTION_COLUMNS


def test_every_row_quote_matches_its_offsets(claims, articles):
    for c in claims:
        assert articles[c.article].text[c.start:c.end] == c.quote, c.claim_id
        assert c.quote.strip() == c.quote, f"{c.claim_id}: quote has surrounding whitespace"


def test_ids_unique_and_questions_exist(claims, questions):
    ids = [c.claim_id for c in claims]
    assert len(ids) == len(set(ids))
    assert {c.question_id for c in claims} <= set(questions)
    assert set(questions) <= {c.question_id for c in claims}, "every question is used by a claim"


def test_coverage_of_the_four_articles(claims, articles):
    per_article = Counter(c.article for c in claims)
    assert set(per_article) == set(articles)
    assert all(n >= 6 for n in per_article.values()), per_article
    assert 45 <= len(claims) <= 120  # repeated occurrences of a claim are rows of their own
    types = Counter(c.claim_type for c in claims)
    assert set(types) == set(CLAIM_TYPES), types
    assert {c.strength for c in claims} <= set(STRENGTHS)


def test_claims_are_in_order_of_appearance_per_article(claims):
    by_article: dict[str, list] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    for rows in by_article.values():
        assert [c.start for c in rows] == sorted(c.start for c in rows)


def test_queries_are_balanced_pubmed_syntax(questions):
    for q in questions.values():
        assert q.query.count("(") == q.query.count(")"), q.question_id
        assert q.query.count('"') % 2 == 0, q.question_id
        assert re.search(r"\[(tiab|ti|ab|mh|majr|pt)\]", q.query), q.question_id


# ---- bad files get located messages ---------------------------------------------------------

def _write(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_missing_column_is_named(tmp_path, articles, questions):
    path = _write(tmp_path / "claims.csv", CLAIM_COLUMNS[:-1], [])
    with pytest.raises(InputError, match=r"claims.csv, row 1: missing column\(s\) strength"):
        load_claims(path, articles, questions)


def test_row_problems_are_all_listed(tmp_path, articles, questions, claims):
    good = claims[0]
    qid = good.question_id
    rows = [
        [good.claim_id, good.article, good.quote, good.start, good.end, "x", qid, "efficacy", "plain"],
        [good.claim_id, good.article, good.quote, good.start + 1, good.end + 1, "x", qid, "efficacy", "plain"],
        ["c2", "nope.txt", "q", 0, 1, "x", "no-such-q", "wish", "loud"],
    ]
    path = _write(tmp_path / "claims.csv", CLAIM_COLUMNS, rows)
    with pytest.raises(ValidationError) as err:
        load_claims(path, articles, questions)
    msg = str(err.value)
    assert f"row 3, column 'claim_id': duplicate id '{good.claim_id}' (first on row 2)" in msg
    assert f"row 3, column 'quote': does not match the article text at {good.start + 1}:{good.end + 1}; " \
           f"the quote occurs at {good.start}:{good.end}" in msg
    assert "row 4, column 'article': unknown article 'nope.txt'" in msg
    assert "row 4, column 'question_id': unknown question 'no-such-q'" in msg
    assert "row 4, column 'claim_type': 'wish'" in msg
    assert "row 4, column 'strength': 'loud'" in msg


def test_empty_and_misencoded_files(tmp_path, articles, questions):
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(InputError, match="empty.csv: is empty"):
        load_claims(tmp_path / "empty.csv", articles, questions)
    (tmp_path / "cp.csv").write_bytes(",".join(CLAIM_COLUMNS).encode() + "\nc1,a,caf\u00e9".encode("cp1252"))
    with pytest.raises(InputError, match=r"cp.csv: is not UTF-8"):
        load_claims(tmp_path / "cp.csv", articles, questions)


def test_utf16_questions_file_is_read(tmp_path):
    text = ",".join(QUESTION_COLUMNS) + "\nq1,Does it?,microneedling,pores,efficacy,microneedl*[tiab]\n"
    (tmp_path / "q.csv").write_bytes(text.encode("utf-16"))
    assert load_questions(tmp_path / "q.csv")[0].question_id == "q1"


def test_bad_question_kind(tmp_path):
    path = _write(tmp_path / "q.csv", QUESTION_COLUMNS, [["q1", "s", "i", "o", "vibes", "x[tiab]"]])
    with pytest.raises(ValidationError, match=r"row 2, column 'kind': 'vibes'"):
        load_questions(path)


def test_every_curated_claim_has_a_frame(claims):
    assert all(c.frame is not None for c in claims)
    by_id = {c.claim_id: c for c in claims}
    # the missing seed claims are rows now, framed by hand
    sensitive = next(c for c in claims if c.quote == "suitable for sensitive skin")
    assert sensitive.frame.relation == "denies_harm" and sensitive.stance == "denies"
    assert "sensitive skin" in sensitive.frame.population
    # a repeated claim is a row of its own and shares the frame of its first occurrence
    scars = [c for c in claims if c.article == by_id["c002-02"].article and c.question_id == "mn-acne-scars"]
    assert len(scars) >= 2 and {c.frame.relation for c in scars} == {"benefit"}
    # a duration of a harm is a magnitude, not an effect size
    red = by_id["c001-13"].frame
    assert (red.magnitude_value, red.magnitude_kind, red.magnitude_bound) == (3.0, "duration", "max")


def test_frame_columns_are_validated_with_row_and_column(tmp_path, articles, questions, claims):
    good = claims[0]
    base = [good.claim_id, good.article, good.quote, good.start, good.end, "x", good.question_id, "efficacy", "plain",
            "affirms"]
    header = (*CLAIM_COLUMNS, "stance", *FRAME_COLUMNS)
    frame = dict.fromkeys(FRAME_COLUMNS, "")
    bad1 = frame | {"intervention": "microneedling", "outcome": "scars", "relation": "cures"}
    bad2 = frame | {"intervention": "microneedling", "outcome": "", "relation": "benefit", "magnitude_value": "lots"}
    bad3 = frame | {"outcome": "scars"}  # frame columns without a relation
    rows = [[f"{good.claim_id}-{i}", *base[1:], *(f[c] for c in FRAME_COLUMNS)] for i, f in enumerate((bad1, bad2, bad3))]
    path = _write(tmp_path / "claims.csv", header, rows)
    with pytest.raises(ValidationError) as err:
        load_claims(path, articles, questions)
    msg = str(err.value)
    assert "row 2, column 'relation': 'cures' is not one of benefit, harm, denies_harm" in msg
    assert "row 3, column 'outcome': empty (a framed claim names its outcome)" in msg
    assert "row 3, column 'magnitude_value': 'lots' is not a number" in msg
    assert "row 4, column 'relation': empty, but the frame column(s) outcome are filled" in msg


def test_frames_round_trip_and_stance_derives_from_relation(tmp_path, articles, questions, claims):
    from tracker.claims import write_claims

    out = tmp_path / "claims.csv"
    write_claims(out, claims)
    again = load_claims(out, articles, questions)
    assert [c.frame for c in again] == [c.frame for c in claims]
    # with the stance column left empty, a denial of harm on a safety question denies it
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    row = next(r for r in rows if r["relation"] == "denies_harm")
    row["stance"] = ""
    path = _write(tmp_path / "one.csv", list(rows[0]), [list(row.values())])
    (loaded,) = load_claims(path, articles, questions)
    assert loaded.stance == "denies"
