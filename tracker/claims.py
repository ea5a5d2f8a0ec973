"""Read and validate `claims.csv` and `questions.csv`.

Validation collects every problem before failing, so a user fixing a spreadsheet sees all of
them at once, each located by file, row and column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .articles import decode, load_articles
from .csvsafe import unsafe_cell, write_rows
from .errors import InputError
from .models import (
    CLAIM_TYPES,
    MAGNITUDE_BOUNDS,
    MAGNITUDE_KINDS,
    QUESTION_KINDS,
    RELATIONS,
    STANCES,
    STRENGTHS,
    Article,
    Claim,
    ClaimFrame,
    Question,
)

CLAIM_COLUMNS = ("claim_id", "article", "quote", "start", "end", "claim", "question_id",
                 "claim_type", "strength")
# The claim's frame, curated by hand (optional columns; a row with a relation has a frame).
FRAME_COLUMNS = ("intervention", "intervention_norm", "comparator", "outcome", "population", "relation",
                 "magnitude_value", "magnitude_unit", "magnitude_kind", "magnitude_bound", "time_frame")
QUESTION_COLUMNS = ("question_id", "statement", "intervention", "outcome", "kind", "query")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


class ValidationError(InputError):
    """Several problems in one file; `problems` holds each located message."""

    def __init__(self, path: str | Path, problems: Sequence[str]):
        self.problems = list(problems)
        shown = "\n  ".join(self.problems[:50])
        more = f"\n  ... and {len(self.problems) - 50} more" if len(self.problems) > 50 else ""
        super().__init__(f"{len(self.problems)} problem(s):\n  {shown}{more}", path=path)


@dataclass(frozen=True)
class _Rows:
    path: Path
    rows: list[dict[str, str]]  # csv rows; row numbers are index + 2 (header is row 1)


def _read_csv(path: str | Path, required: Sequence[str]) -> _Rows:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=path) from exc
    text = decode(data, path=path)
    if not text.strip():
        raise InputError("is empty: expected a header row with columns " + ", ".join(required), path=path)
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(
            f"missing column(s) {', '.join(missing)}; the header is: {', '.join(header)}", path=path,
            row=1)
    rows = []
    try:
        for raw in reader:
            if None in raw:
                raise InputError("has more fields than the header", path=path, row=reader.line_num)
            row = {k.strip(): (unsafe_cell(v) if v is not None else "") for k, v in raw.items()}
            rows.append(row)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise InputError(f"a field is longer than {csv.field_size_limit():,} characters (line {reader.line_num}); "
                             "is a quoted field missing its closing '\"'?", path=path, row=len(rows) + 2) from None
        raise InputError(f"is not a readable CSV file (line {reader.line_num}: {exc})", path=path,
                         row=len(rows) + 2) from None
    return _Rows(path, rows)


def load_questions(path: str | Path) -> list[Question]:
    """Questions in file order; raises `ValidationError` listing every bad row."""
    src = _read_csv(path, QUESTION_COLUMNS)
    problems: list[str] = []
    seen: dict[str, int] = {}
    questions = []
    for i, row in enumerate(src.rows):
        rowno = i + 2
        qid = row["question_id"].strip()
        if not _ID.match(qid):
            problems.append(f"row {rowno}, column 'question_id': {qid!r} is not a valid id")
        elif qid in seen:
            problems.append(f"row {rowno}, column 'question_id': duplicate id {qid!r} (first on row {seen[qid]})")
        seen.setdefault(qid, rowno)
        for col in ("statement", "intervention", "outcome", "query"):
            if not row[col].strip():
                problems.append(f"row {rowno}, column '{col}': empty")
        kind = row["kind"].strip()
        if kind not in QUESTION_KINDS:
            problems.append(f"row {rowno}, column 'kind': {kind!r} is not one of {', '.join(QUESTION_KINDS)}")
        questions.append(Question(qid, row["statement"].strip(), row["intervention"].strip(),
                                  row["outcome"].strip(), kind, row["query"].strip()))  # type: ignore[arg-type]
    if problems:
        raise ValidationError(src.path, problems)
    return questions


def check_queries(path: str | Path, questions: Sequence[Question], *, offline: bool = True) -> None:
    """Raise `ValidationError` naming the row of every question whose query is not valid PubMed
    syntax (`questions` in file order, as `load_questions` returns them).

    With `offline=False` (live PubMed), field tags that only the offline index lacks pass.
    """
    from .local_index import check_query
    from .pubmed_query import parse_query
    from .search import QuerySyntaxError

    problems = []
    for i, q in enumerate(questions):
        try:
            # Offline, also what the local index needs (nesting depth), so a run never stops at
            # its 36th search on a query `validate` passed.
            check_query(q.query) if offline else parse_query(q.query)
        except QuerySyntaxError as exc:
            reason = str(exc).split("\n", 1)[0].rstrip(":")
            if not offline and "offline index" in reason:
                continue
            problems.append(f"row {i + 2}, column 'query' (question {q.question_id}): {reason}:\n"
                            f"      {q.query}\n      {' ' * exc.position}^")
    if problems:
        raise ValidationError(path, problems)


_OFFSET = re.compile(r"[0-9]{1,9}")


def load_claims(path: str | Path, articles: Mapping[str, Article],
                questions: Mapping[str, Question], *, only_loaded_articles: bool = False) -> list[Claim]:
    """Claims in file order, each checked against its article text and question.

    With `only_loaded_articles`, rows about articles not in `articles` are skipped instead of
    reported (auditing a different folder with the same claims.csv).
    """
    src = _read_csv(path, CLAIM_COLUMNS)
    problems: list[str] = []
    seen: dict[str, int] = {}
    claims = []
    for i, row in enumerate(src.rows):
        rowno = i + 2
        at = f"row {rowno}"
        if only_loaded_articles and row["article"].strip() not in articles:
            continue
        cid = row["claim_id"].strip()
        if not _ID.match(cid):
            problems.append(f"{at}, column 'claim_id': {cid!r} is not a valid id")
        elif cid in seen:
            problems.append(f"{at}, column 'claim_id': duplicate id {cid!r} (first on row {seen[cid]})")
        seen.setdefault(cid, rowno)
        article = row["article"].strip()
        if article not in articles:
            problems.append(f"{at}, column 'article': unknown article {article!r}")
        qid = row["question_id"].strip()
        if qid not in questions:
            problems.append(f"{at}, column 'question_id': unknown question {qid!r} (not in questions.csv)")
        ctype, strength = row["claim_type"].strip(), row["strength"].strip()
        if ctype not in CLAIM_TYPES:
            problems.append(f"{at}, column 'claim_type': {ctype!r} is not one of {', '.join(CLAIM_TYPES)}")
        if strength not in STRENGTHS:
            problems.append(f"{at}, column 'strength': {strength!r} is not one of {', '.join(STRENGTHS)}")
        frame, frame_problems = _frame(row, strength, at)
        problems.extend(frame_problems)
        stance = (row.get("stance") or "").strip() or _stance(frame, questions.get(qid))  # optional column
        if stance not in STANCES:
            problems.append(f"{at}, column 'stance': {stance!r} is not one of {', '.join(STANCES)}")
        if not row["claim"].strip():
            problems.append(f"{at}, column 'claim': empty")
        # ASCII digits only: int() also reads '٣' or '1_0', which no spreadsheet means as an offset.
        if not (_OFFSET.fullmatch(row["start"].strip()) and _OFFSET.fullmatch(row["end"].strip())):
            problems.append(f"{at}, columns 'start'/'end': not whole numbers ({row['start']!r}, {row['end']!r}); "
                            "offsets are written with the digits 0-9")
            continue
        start, end = int(row["start"]), int(row["end"])
        quote = row["quote"]
        if article in articles:
            text = articles[article].text
            if not 0 <= start < end <= len(text):
                problems.append(f"{at}, columns 'start'/'end': {start}:{end} is outside the article (length {len(text)})")
            elif text[start:end] != quote:
                found = text.find(quote)
                hint = f"; the quote occurs at {found}:{found + len(quote)}" if found >= 0 else "; the quote is not in the article"
                problems.append(f"{at}, column 'quote': does not match the article text at {start}:{end}{hint}")
        claims.append(Claim(cid, article, quote, start, end, row["claim"].strip(), qid,
                            ctype, strength, stance=stance, frame=frame))  # type: ignore[arg-type]
    if problems:
        raise ValidationError(src.path, problems)
    return claims


def _frame(row: Mapping[str, str], strength: str, at: str) -> tuple[ClaimFrame | None, list[str]]:
    """The row's frame from the frame columns (None when it has no relation), and its problems."""
    get = {c: (row.get(c) or "").strip() for c in FRAME_COLUMNS}
    if not get["relation"]:
        filled = [c for c in FRAME_COLUMNS if get[c]]
        return None, ([f"{at}, column 'relation': empty, but the frame column(s) {', '.join(filled)} are filled"]
                      if filled else [])
    problems = []
    if get["relation"] not in RELATIONS:
        problems.append(f"{at}, column 'relation': {get['relation']!r} is not one of {', '.join(RELATIONS)}")
    for col in ("intervention", "outcome"):
        if not get[col]:
            problems.append(f"{at}, column '{col}': empty (a framed claim names its {col})")
    value = None
    if get["magnitude_value"]:
        try:
            value = float(get["magnitude_value"])
        except ValueError:
            problems.append(f"{at}, column 'magnitude_value': {get['magnitude_value']!r} is not a number")
        if not get["magnitude_kind"]:
            problems.append(f"{at}, column 'magnitude_kind': empty while magnitude_value is given")
    if get["magnitude_kind"] and get["magnitude_kind"] not in MAGNITUDE_KINDS:
        problems.append(f"{at}, column 'magnitude_kind': {get['magnitude_kind']!r} is not one of {', '.join(MAGNITUDE_KINDS)}")
    if get["magnitude_bound"] and get["magnitude_bound"] not in MAGNITUDE_BOUNDS:
        problems.append(f"{at}, column 'magnitude_bound': {get['magnitude_bound']!r} is not one of {', '.join(MAGNITUDE_BOUNDS)}")
    if problems:
        return None, problems
    from .frames import normalise_name, time_frame_of

    tf = time_frame_of(get["time_frame"]) if get["time_frame"] else None
    return ClaimFrame(
        intervention=get["intervention"], intervention_norm=get["intervention_norm"] or normalise_name(get["intervention"]),
        outcome=get["outcome"], relation=get["relation"], strength=strength if strength in STRENGTHS else "plain",
        comparator=get["comparator"] or None, comparator_norm=normalise_name(get["comparator"]) or None,
        population=get["population"] or None, magnitude_value=value, magnitude_unit=get["magnitude_unit"] or None,
        magnitude_kind=get["magnitude_kind"] or None,
        magnitude_bound=(get["magnitude_bound"] or ("typical" if value is not None else None)),
        time_frame=get["time_frame"] or None, time_frame_days=tf[1] if tf else None), []


def _stance(frame: ClaimFrame | None, question: Question | None) -> str:
    """Stance derived from the frame when the stance column is empty."""
    if frame is None or question is None:
        return "affirms"
    from .verdict import stance_of

    return stance_of(frame, question)


def _frame_cells(frame: ClaimFrame | None) -> list:
    if frame is None:
        return [""] * len(FRAME_COLUMNS)
    return ["" if (v := getattr(frame, c)) is None else (f"{v:g}" if isinstance(v, float) else v)
            for c in FRAME_COLUMNS]


def write_claims(path: str | Path, claims: Sequence[Claim], *, extra: Mapping[str, Sequence] | None = None) -> None:
    """Write claims in the claims.csv layout with their frames (plus `extra` columns, one value per claim)."""
    extra = extra or {}
    # Formula-like cells are neutralised (`_read_csv` undoes it, so the file still loads).
    write_rows(path, [*CLAIM_COLUMNS, "stance", *FRAME_COLUMNS, *extra],
               ([c.claim_id, c.article, c.quote, c.start, c.end, c.claim, c.question_id,
                 c.claim_type, c.strength, c.stance, *_frame_cells(c.frame), *(v[i] for v in extra.values())]
                for i, c in enumerate(claims)))


def write_questions(path: str | Path, questions: Sequence[Question]) -> None:
    """Write questions in the questions.csv layout."""
    write_rows(path, QUESTION_COLUMNS, ([q.question_id, q.statement, q.intervention, q.outcome, q.kind, q.query]
                                        for q in questions))


@dataclass(frozen=True)
class AuditInputs:
    articles: tuple[Article, ...]
    questions: tuple[Question, ...]
    claims: tuple[Claim, ...]


def load_inputs(claims_csv: str | Path = paths.CLAIMS_CSV,
                questions_csv: str | Path = paths.QUESTIONS_CSV,
                articles_dir: str | Path = paths.ARTICLES_DIR) -> AuditInputs:
    """Read and cross-check the curated inputs (every problem located by file and row).

    For the project's own corpus every claims.csv row must name a loaded article; for another
    folder, rows about articles that are not in it are skipped.
    """
    questions = load_questions(questions_csv)
    articles = load_articles(articles_dir)
    by_name = {a.name: a for a in articles}
    other_folder = Path(articles_dir).resolve() != paths.ARTICLES_DIR.resolve()
    claims = []
    if Path(claims_csv).exists() or not other_folder:
        claims = load_claims(claims_csv, by_name, {q.question_id: q for q in questions},
                             only_loaded_articles=other_folder)
    return AuditInputs(tuple(articles), tuple(questions), tuple(claims))
