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
from .errors import InputError
from .models import CLAIM_TYPES, QUESTION_KINDS, STANCES, STRENGTHS, Article, Claim, Question

CLAIM_COLUMNS = ("claim_id", "article", "quote", "start", "end", "claim", "question_id",
                 "claim_type", "strength")
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
    for raw in reader:
        if None in raw:
            raise InputError("has more fields than the header", path=path, row=reader.line_num)
        row = {k.strip(): (v if v is not None else "") for k, v in raw.items()}
        rows.append(row)
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
    from .pubmed_query import parse_query
    from .search import QuerySyntaxError

    problems = []
    for i, q in enumerate(questions):
        try:
            parse_query(q.query)
        except QuerySyntaxError as exc:
            reason = str(exc).split("\n", 1)[0].rstrip(":")
            if not offline and "offline index" in reason:
                continue
            problems.append(f"row {i + 2}, column 'query' (question {q.question_id}): {reason}:\n"
                            f"      {q.query}\n      {' ' * exc.position}^")
    if problems:
        raise ValidationError(path, problems)


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
        stance = (row.get("stance") or "affirms").strip()  # optional column
        if stance not in STANCES:
            problems.append(f"{at}, column 'stance': {stance!r} is not one of {', '.join(STANCES)}")
        if not row["claim"].strip():
            problems.append(f"{at}, column 'claim': empty")
        try:
            start, end = int(row["start"]), int(row["end"])
        except ValueError:
            problems.append(f"{at}, columns 'start'/'end': not whole numbers ({row['start']!r}, {row['end']!r})")
            continue
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
                            ctype, strength, stance=stance))  # type: ignore[arg-type]
    if problems:
        raise ValidationError(src.path, problems)
    return claims


def write_claims(path: str | Path, claims: Sequence[Claim], *, extra: Mapping[str, Sequence] | None = None) -> None:
    """Write claims in the claims.csv layout (plus `extra` columns, one value per claim)."""
    extra = extra or {}
    with Path(path).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*CLAIM_COLUMNS, "stance", *extra])
        for i, c in enumerate(claims):
            writer.writerow([c.claim_id, c.article, c.quote, c.start, c.end, c.claim, c.question_id,
                             c.claim_type, c.strength, c.stance, *(v[i] for v in extra.values())])


def write_questions(path: str | Path, questions: Sequence[Question]) -> None:
    """Write questions in the questions.csv layout."""
    with Path(path).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(QUESTION_COLUMNS)
        for q in questions:
            writer.writerow([q.question_id, q.statement, q.intervention, q.outcome, q.kind, q.query])


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
