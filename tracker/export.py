"""Exports of an audit in the formats other tools read.

- `csv` / `parquet`: three tables, `claims`, `questions` (grade, search and PRISMA counts) and
  `evidence` (one row per record x question).
- `json`: the whole audit in one document (schema: docs/export-schema.json).
- `claimreview`: schema.org ClaimReview JSON-LD, one object per claim.
- `ris`: the cited records, for Zotero / EndNote.
- `markdown` / `html`: one audit report per article (see `tracker.report`).

Every format is rendered from one `Audit`, a read of the store taken once, so the files of
one export agree with each other. File names and layouts are documented in
docs/export-schema.md.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from . import __version__
from .errors import InputError
from .grading import INCONSISTENT_SHARE, INDIRECT_SHARE, OIS, VERY_SMALL
from .models import DESIGNS, Article, Record
from .store import Store, decode_json_column

FORMATS = ("csv", "parquet", "json", "claimreview", "ris", "markdown", "html")

#: Single-file formats: default file name, and the suffixes that make `--out` a file path.
SINGLE_FILE = {
    "json": ("audit.json", (".json",)),
    "claimreview": ("claimreview.jsonld", (".jsonld", ".json")),
    "ris": ("citations.ris", (".ris",)),
}
TABLES = ("claims", "questions", "evidence")

#: The ClaimReview scale. "no evidence found" has no place on a truth scale, so it gets no number.
RATING_VALUES = {"contradicted": 1, "not supported": 2, "partly supported": 3, "supported": 4}
BEST_RATING, WORST_RATING = 4, 1

PRISMA_COLUMNS = ("identified", "not_fetched", "fetched", "duplicates_removed", "not_retrieved",
                  "screened", "screened_out", "appraised")

GRADING_RULES = (
    "Each question's search results were screened for relevance: a record is included when it "
    "addresses both the question's intervention and its outcome. Included records were appraised "
    "for design, population, participants and direction of effect, each direction keeping the "
    "sentence that decided it. Certainty follows GRADE and is set by the best tier of evidence: it "
    "starts High for randomised trials, systematic reviews and meta-analyses, Low for "
    "non-randomised and observational studies, and Very low for case series and reports, narrative "
    "reviews, guidelines, animal and in vitro studies; it is rated down for imprecision (fewer than "
    f"{OIS} participants, two steps below {VERY_SMALL}), inconsistency (at least "
    f"{INCONSISTENT_SHARE:.0%} of studies disagreeing) and indirectness (at least {INDIRECT_SHARE:.0%} "
    "of studies indirect). A question's verdict follows the directions of its studies; each claim's "
    "verdict then checks its own wording (comparisons need head-to-head evidence, figures must match "
    "reported figures), and a claim worded more strongly than its certainty allows, or in absolute "
    "terms, is marked overstated."
)



class ExportError(InputError):
    """The export cannot be written (bad format, bad --out, nothing graded); names the file."""


def design_column(design: str) -> str:
    """PRISMA frame column holding the number of appraised studies of `design`."""
    return f"design: {design}"


def prisma_counts(store: Store) -> pd.DataFrame:
    """PRISMA-style flow per graded question, one row each.

    Columns: question_id, run_id, then PRISMA_COLUMNS, then one `design: X` column per design in
    DESIGNS (appraised studies of that design). The counts add up:
    identified = not_fetched + fetched; fetched = duplicates_removed + not_retrieved + screened;
    screened = screened_out + appraised; appraised = sum of the design columns.
    """
    flow = store.frame("SELECT * FROM prisma_flow ORDER BY question_id")
    designs = store.frame("SELECT * FROM prisma_designs ORDER BY question_id, design")
    unknown = sorted(set(designs["design"]) - set(DESIGNS))
    wide = designs.pivot_table(index="question_id", columns="design", values="n", aggfunc="sum",
                               fill_value=0)
    for d in (*DESIGNS, *unknown):  # unknown designs still count, after the known ones
        flow[design_column(d)] = [int(wide.at[q, d]) if q in wide.index and d in wide.columns else 0
                                  for q in flow["question_id"]]
    ints = [c for c in flow.columns if c != "question_id"]
    flow[ints] = flow[ints].astype("int64")
    return flow


# ---- the audit, read once ------------------------------------------------------------------

@dataclass(frozen=True)
class ArticleMeta:
    """What an article says about itself (byline, date, address), when it says it."""

    author: str | None = None
    date_published: str | None = None  # ISO date
    url: str | None = None


@dataclass(frozen=True, eq=False)
class Audit:
    """Everything the exports need, read from the store in one go."""

    generated_at: str
    articles: tuple[Article, ...]
    meta: dict[str, ArticleMeta]  # by article name
    claims: pd.DataFrame  # claims_frame in order of appearance, with `position` (1-based per article)
    questions: pd.DataFrame  # questions_frame
    searches: pd.DataFrame  # searches_frame
    evidence: pd.DataFrame  # evidence_frame
    prisma: pd.DataFrame  # prisma_counts
    runs: pd.DataFrame  # the complete runs the current results come from
    records: dict[tuple[str, str], Record] = field(default_factory=dict)  # (source, pmid) -> record

    def record(self, source: str | None, pmid: str) -> Record | None:
        return self.records.get((source or "", pmid))

    def run_source(self, run_id) -> str | None:
        if _missing(run_id):
            return None
        hit = self.runs.loc[self.runs["run_id"] == int(run_id), "source"]
        return str(hit.iloc[0]) if len(hit) else None

    def run_date(self, run_id) -> str | None:
        if _missing(run_id):
            return None
        hit = self.runs.loc[self.runs["run_id"] == int(run_id), "finished_at"]
        return str(hit.iloc[0]) if len(hit) and not _missing(hit.iloc[0]) else None

    def cited_pmids(self) -> list[tuple[str, str]]:
        """(source, pmid) of every cited record, in order of first citation (claims, then questions)."""
        seen: dict[tuple[str, str], None] = {}
        for _, c in self.claims.iterrows():
            src = self.run_source(c["run_id"]) or ""
            for p in decode_json_column(_opt(c["cited_pmids"])):
                seen.setdefault((src, p), None)
        for _, q in self.questions.iterrows():
            src = self.run_source(q["run_id"]) or ""
            for p in decode_json_column(_opt(q["cited_pmids"])):
                seen.setdefault((src, p), None)
        return list(seen)


def load_audit(store: Store, *, generated_at: str | None = None) -> Audit:
    """Read what the exports need. Raises ExportError when nothing has been graded yet."""
    if store.latest_run() is None:
        raise ExportError(f"{store.path}: no complete run in this database; run `tracker run --db "
                          f"{store.path}` first")
    claims = store.claims_frame()
    claims = claims.sort_values(["article", "start", "end"], kind="stable").reset_index(drop=True)
    claims.insert(claims.columns.get_loc("quote"), "position", claims.groupby("article").cumcount() + 1)
    evidence = store.evidence_frame()
    questions = store.questions_frame()
    run_ids = set(pd.concat([claims["run_id"], questions["run_id"]]).dropna().astype(int))
    runs = store.runs_frame()
    runs = runs[runs["run_id"].isin(run_ids)].sort_values("run_id").reset_index(drop=True)
    records: dict[tuple[str, str], Record] = {}
    wanted: dict[str, set[str]] = {}
    for src, pmid in zip(evidence["source"], evidence["pmid"]):
        wanted.setdefault(src, set()).add(pmid)
    for src, pmids in wanted.items():
        for pmid, rec in store.get_records(src, sorted(pmids)).items():
            records[(src, pmid)] = rec
    names = list(dict.fromkeys(store.articles_frame()["name"]))
    articles = tuple(a for a in (store.article(n) for n in names) if a is not None)
    return Audit(
        generated_at=generated_at or datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        articles=articles, meta={a.name: article_meta(a) for a in articles}, claims=claims,
        questions=questions, searches=store.searches_frame(), evidence=evidence,
        prisma=prisma_counts(store), runs=runs, records=records)


# ---- article metadata -----------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), 1)}
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()}
_MONTH_RE = "(" + "|".join(m[:3] + r"[a-z]*\.?" for m in _MONTHS) + ")"
_DATE_PATTERNS = (
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), ("y", "m", "d")),
    (re.compile(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I), ("M", "d", "y")),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(\d{4})\b", re.I), ("d", "M", "y")),
)
_BYLINE = re.compile(r"^\s*(?:by|written by|author|authors|posted by)\s*[:\-]?\s+(?P<who>[^|\n]{2,80}?)"
                     r"\s*(?:[|,]\s*.*)?$", re.I)
_DATE_LINE = re.compile(r"\b(published|posted|updated|date|on)\b", re.I)
_URL_LINE = re.compile(r"^\s*(?:source|url|link|canonical|originally published (?:at|on))\s*:?\s*"
                       r"(?P<url>https?://\S+)\s*$", re.I)


def parse_date(text: str) -> str | None:
    """The first date in `text` as an ISO date (YYYY-MM-DD), or None."""
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            parts = dict(zip(order, m.groups()))
            month = _MONTH_ABBR[parts["M"][:3].lower()] if "M" in parts else int(parts["m"])
            try:
                return datetime(int(parts["y"]), month, int(parts["d"])).date().isoformat()
            except ValueError:
                continue
    return None


class _HtmlMeta(HTMLParser):
    AUTHOR = {"author", "article:author", "dc.creator", "citation_author", "byl"}
    DATE = {"article:published_time", "datepublished", "date", "dc.date", "citation_publication_date",
            "pubdate", "publish-date"}
    URL = {"og:url"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            value = a.get("content", "").strip()
            for kind, keys in (("author", self.AUTHOR), ("date", self.DATE), ("url", self.URL)):
                if key in keys and value:
                    self.found.setdefault(kind, value)
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.found.setdefault("url", a["href"].strip())


def article_meta(article: Article) -> ArticleMeta:
    """Byline, publication date and address, from the article's opening lines or its HTML head.

    Only what the article states is returned; nothing is guessed from the file's dates.
    """
    author = date = url = None
    if article.format == "html" and article.path:
        path = Path(article.path)
        try:
            raw = path.read_bytes()
        except OSError:
            raw = b""
        # The head is only trusted when the file is still the one that was audited.
        if raw and hashlib.sha256(raw).hexdigest() == article.sha256:
            parser = _HtmlMeta()
            parser.feed(raw.decode("utf-8", "replace"))
            author = parser.found.get("author")
            date = parse_date(parser.found.get("date", ""))
            url = parser.found.get("url") if parser.found.get("url", "").startswith(("http://", "https://")) else None
    lines = [ln.strip() for ln in article.text.splitlines() if ln.strip()][:15]
    for line in lines:
        if author is None and (m := _BYLINE.match(line)):
            author = m.group("who").strip()
        if date is None and len(line) <= 120 and (_DATE_LINE.search(line) or len(line) <= 40):
            date = parse_date(line)
        if url is None and (m := _URL_LINE.match(line)):
            url = m.group("url")
    return ArticleMeta(author, date, url)


# ---- cell helpers ---------------------------------------------------------------------------

def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or v is pd.NaT


def _opt(v):
    return None if _missing(v) else v


def _int(v) -> int | None:
    return None if _missing(v) else int(v)


def _bool(v) -> bool | None:
    return None if _missing(v) else bool(int(v))


def _str(v) -> str | None:
    return None if _missing(v) else str(v)


def _designs(v) -> list[dict]:
    return [{"design": d, "n": int(n)} for d, n in decode_json_column(_opt(v))]


# ---- tables (csv, parquet) --------------------------------------------------------------------

def tables(audit: Audit) -> dict[str, pd.DataFrame]:
    """The three export tables, typed: nullable ints, bools, list columns as Python lists."""
    c = audit.claims
    claims = pd.DataFrame({
        "claim_id": c["claim_id"], "article": c["article"], "article_title": c["article_title"],
        "position": c["position"].astype("int64"), "start": c["start"].astype("int64"),
        "end": c["end"].astype("int64"), "quote": c["quote"], "claim": c["claim"],
        "question_id": c["question_id"], "question": c["question"], "claim_type": c["claim_type"],
        "strength": c["strength"], "origin": c["origin"], "verdict": c["verdict"], "certainty": c["certainty"],
        "overstated": pd.array([_bool(v) for v in c["overstated"]], dtype="boolean"),
        "n_studies": pd.array([_int(v) for v in c["n_studies"]], dtype="Int64"),
        "n_participants": pd.array([_int(v) for v in c["n_participants"]], dtype="Int64"),
        "cited_pmids": [decode_json_column(_opt(v)) for v in c["cited_pmids"]],
        "rationale": c["rationale"],
        "run_id": pd.array([_int(v) for v in c["run_id"]], dtype="Int64"),
    })

    q = audit.questions.merge(
        audit.searches[["question_id", "source", "source_label", "translation", "searched_at", "warnings"]],
        on="question_id", how="left")
    q = q.merge(audit.prisma.drop(columns=["run_id"]), on="question_id", how="left")
    questions = pd.DataFrame({
        k: q[k] for k in ("question_id", "statement", "intervention", "outcome", "kind", "query")})
    questions["n_claims"] = q["n_claims"].astype("int64")
    for k in ("certainty", "verdict"):
        questions[k] = q[k]
    for k in ("n_hits", "n_relevant", "n_studies", "n_participants"):
        questions[k] = pd.array([_int(v) for v in q[k]], dtype="Int64")
    questions["designs"] = [[f"{d['design']}: {d['n']}" for d in _designs(v)] for v in q["designs"]]
    for k in ("n_supports", "n_no_effect", "n_contradicts", "n_mixed", "n_unclear"):
        questions[k] = pd.array([_int(v) for v in q[k]], dtype="Int64")
    questions["downgrades"] = [decode_json_column(_opt(v)) for v in q["downgrades"]]
    questions["rationale"] = q["rationale"]
    questions["cited_pmids"] = [decode_json_column(_opt(v)) for v in q["cited_pmids"]]
    questions["run_id"] = pd.array([_int(v) for v in q["run_id"]], dtype="Int64")
    for k in ("source", "source_label", "translation", "searched_at"):
        questions[k] = q[k]
    questions["warnings"] = [decode_json_column(_opt(v)) for v in q["warnings"]]
    for k in [*PRISMA_COLUMNS, *(col for col in audit.prisma.columns if col.startswith("design: "))]:
        questions[k] = pd.array([_int(v) for v in q[k]], dtype="Int64")

    e = audit.evidence
    cited = {(row["question_id"], p) for _, row in audit.questions.iterrows()
             for p in decode_json_column(_opt(row["cited_pmids"]))}
    evidence = pd.DataFrame({
        "question_id": e["question_id"], "pmid": e["pmid"], "source": e["source"], "title": e["title"],
        "authors": [list(r.authors) if (r := audit.record(s, p)) else [] for s, p in zip(e["source"], e["pmid"])],
        "journal": e["journal"], "year": pd.array([_int(v) for v in e["year"]], dtype="Int64"),
        "doi": e["doi"], "text_kind": e["text_kind"],
        "text_complete": pd.array([_bool(v) for v in e["text_complete"]], dtype="boolean"),
        "relevance": e["relevance"],
        "included": pd.array([_bool(v) for v in e["included"]], dtype="boolean"),
        "exclusion_reason": e["exclusion_reason"], "design": e["design"], "design_note": e["design_note"],
        "population": e["population"],
        "n_participants": pd.array([_int(v) for v in e["n_participants"]], dtype="Int64"),
        "direction": e["direction"], "deciding_sentence": e["deciding_sentence"],
        "indirect": pd.array([_bool(v) for v in e["indirect"]], dtype="boolean"),
        "indirectness": e["indirectness"],
        "reported_figures": [decode_json_column(_opt(v)) for v in e["reported_figures"]],
        "direction_note": e["direction_note"],
        "caveats": [decode_json_column(_opt(v)) for v in e["caveats"]],
        "cited": [(qid, p) in cited for qid, p in zip(e["question_id"], e["pmid"])],
    })
    return {"claims": claims, "questions": questions, "evidence": evidence}


#: Spreadsheets run cells that start like a formula; such text cells get a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "


def _csv_cell(v):
    if isinstance(v, list):
        v = LIST_SEPARATOR.join(str(x) for x in v)
    if isinstance(v, str) and v.startswith(_FORMULA_START):
        return "'" + v
    return v


def render_csv(frame: pd.DataFrame) -> bytes:
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = pd.Series([_csv_cell(v) for v in out[col]], index=out.index, dtype=object)
    buf = io.StringIO()
    out.to_csv(buf, index=False, lineterminator="\r\n")
    return buf.getvalue().encode("utf-8")


def render_parquet(frame: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False, engine="pyarrow")
    return buf.getvalue()


# ---- json ----------------------------------------------------------------------------------

JSON_FORMAT_VERSION = 1


def audit_document(audit: Audit) -> dict:
    """The whole audit as one JSON-ready dict (schema: docs/export-schema.json)."""
    prisma = {row["question_id"]: row for _, row in audit.prisma.iterrows()}
    searches = {row["question_id"]: row for _, row in audit.searches.iterrows()}
    cited_by_q = {row["question_id"]: set(decode_json_column(_opt(row["cited_pmids"])))
                  for _, row in audit.questions.iterrows()}
    questions = []
    for _, q in audit.questions.iterrows():
        qid = q["question_id"]
        s, p = searches.get(qid), prisma.get(qid)
        questions.append({
            "question_id": qid, "statement": q["statement"], "intervention": q["intervention"],
            "outcome": q["outcome"], "kind": q["kind"], "query": q["query"], "n_claims": int(q["n_claims"]),
            "search": None if s is None else {
                "source": s["source"], "source_label": s["source_label"], "query": s["query"],
                "translation": s["translation"], "count": int(s["count"]), "n_fetched": int(s["n_fetched"]),
                "warnings": decode_json_column(s["warnings"]), "searched_at": s["searched_at"]},
            "grade": None if _missing(q["run_id"]) else {
                "run_id": int(q["run_id"]), "certainty": q["certainty"], "verdict": q["verdict"],
                "n_hits": int(q["n_hits"]), "n_relevant": int(q["n_relevant"]),
                "n_studies": int(q["n_studies"]), "n_participants": int(q["n_participants"]),
                "designs": _designs(q["designs"]),
                "directions": {k: int(q[f"n_{k.replace(' ', '_')}"])
                               for k in ("supports", "no effect", "contradicts", "mixed", "unclear")},
                "downgrades": decode_json_column(q["downgrades"]), "rationale": q["rationale"],
                "cited_pmids": decode_json_column(q["cited_pmids"])},
            "prisma": None if p is None else {
                **{k: int(p[k]) for k in PRISMA_COLUMNS},
                "by_design": {col[len("design: "):]: int(p[col]) for col in audit.prisma.columns
                              if col.startswith("design: ")}},
        })
    claims = []
    for _, c in audit.claims.iterrows():
        claims.append({
            "claim_id": c["claim_id"], "article": c["article"], "position": int(c["position"]),
            "quote": c["quote"], "start": int(c["start"]), "end": int(c["end"]), "claim": c["claim"],
            "question_id": c["question_id"], "claim_type": c["claim_type"], "strength": c["strength"],
            "origin": c["origin"],
            "verdict": None if _missing(c["run_id"]) else {
                "run_id": int(c["run_id"]), "verdict": c["verdict"], "certainty": c["certainty"],
                "overstated": bool(int(c["overstated"])), "rationale": c["rationale"],
                "n_studies": int(c["n_studies"]), "n_participants": int(c["n_participants"]),
                "cited_pmids": decode_json_column(c["cited_pmids"])},
        })
    evidence = [{
        "question_id": e["question_id"], "pmid": e["pmid"], "source": e["source"],
        "relevance": e["relevance"], "included": bool(int(e["included"])),
        "exclusion_reason": _str(e["exclusion_reason"]), "design": e["design"],
        "design_note": _str(e["design_note"]), "population": e["population"],
        "n_participants": _int(e["n_participants"]), "direction": e["direction"],
        "deciding_sentence": _str(e["deciding_sentence"]), "indirect": bool(int(e["indirect"])),
        "indirectness": _str(e["indirectness"]),
        "reported_figures": decode_json_column(_opt(e["reported_figures"])),
        "direction_note": _str(e["direction_note"]),
        "caveats": decode_json_column(_opt(e["caveats"])),
        "cited": e["pmid"] in cited_by_q.get(e["question_id"], ()),
    } for _, e in audit.evidence.iterrows()]
    records = [_record_json(src, r) for (src, _), r in sorted(audit.records.items())]
    articles = []
    for a in audit.articles:
        meta = audit.meta[a.name]
        articles.append({
            "name": a.name, "title": a.title, "format": a.format, "sha256": a.sha256, "n_chars": len(a.text),
            "author": meta.author, "date_published": meta.date_published, "url": meta.url,
            "claim_ids": [cid for cid in audit.claims.loc[audit.claims["article"] == a.name, "claim_id"]]})
    runs = [{"run_id": int(r["run_id"]), "source": r["source"], "source_label": r["source_label"],
             "started_at": r["started_at"], "finished_at": _str(r["finished_at"]),
             "n_claims": _int(r["n_claims"]), "n_questions": _int(r["n_questions"]),
             "n_records": _int(r["n_records"])} for _, r in audit.runs.iterrows()]
    return {
        "format": "tracker-audit", "format_version": JSON_FORMAT_VERSION,
        "generated_at": audit.generated_at, "generator": {"name": "tracker", "version": __version__},
        "method": method_facts(audit), "runs": runs, "articles": articles, "questions": questions,
        "claims": claims, "evidence": evidence, "records": records}


def _record_json(source: str, r: Record) -> dict:
    return {
        "pmid": r.pmid, "source": source, "title": r.title, "authors": list(r.authors),
        "journal": r.journal, "year": r.year, "doi": r.doi, "pmc": r.pmc, "language": r.language,
        "publication_types": list(r.publication_types), "mesh_terms": list(r.mesh_terms),
        "keywords": list(r.keywords), "text_kind": r.text_kind, "text_complete": r.text_complete,
        "text": [{"label": s.label, "text": s.text} for s in r.abstract],
        "captured_from": r.captured_from, "fetched_at": r.fetched_at,
        "url": f"https://pubmed.ncbi.nlm.nih.gov/{r.pmid}/"}


def method_facts(audit: Audit) -> dict:
    """Sources, search dates and grading rules: the method section of every report."""
    s = audit.searches
    dates = sorted(d for d in s["searched_at"] if not _missing(d))
    return {
        "sources": list(dict.fromkeys(s["source_label"])),
        "first_search": dates[0] if dates else None, "last_search": dates[-1] if dates else None,
        "n_questions": int(len(s)), "grading_rules": GRADING_RULES}


def render_json(audit: Audit) -> bytes:
    return (json.dumps(audit_document(audit), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---- ClaimReview ---------------------------------------------------------------------------

def report_file_name(article_name: str, suffix: str) -> str:
    """File name of an article's report: its name without extension, made file-system safe."""
    stem = article_name.rsplit(".", 1)[0] if "." in article_name else article_name
    return "report_" + (re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._") or "article") + suffix


def claim_anchor(claim_id: str) -> str:
    return "claim-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", claim_id)


def claim_reviews(audit: Audit, *, base_url: str = "", publisher: str = "tracker") -> list[dict]:
    """One schema.org ClaimReview per graded claim, in article order.

    `url` points at the claim in the HTML report (`base_url` + report file + anchor); without a
    base URL it is relative to wherever the reports are published.
    """
    titles = {a.name: a.title for a in audit.articles}
    base = base_url.rstrip("/") + "/" if base_url else ""
    out = []
    for _, c in audit.claims.iterrows():
        if _missing(c["run_id"]):
            continue  # never graded: there is no review to publish
        meta = audit.meta.get(c["article"], ArticleMeta())
        appearance: dict = {"@type": "CreativeWork", "name": titles.get(c["article"], c["article"]),
                            "identifier": c["article"]}
        claim: dict = {"@type": "Claim", "name": c["claim"], "appearance": appearance}
        if meta.url:
            appearance["url"] = meta.url
        if meta.author:
            claim["author"] = appearance["author"] = {"@type": "Person", "name": meta.author}
        if meta.date_published:
            claim["datePublished"] = appearance["datePublished"] = meta.date_published
        rating: dict = {"@type": "Rating", "alternateName": c["verdict"], "bestRating": BEST_RATING,
                        "worstRating": WORST_RATING}
        if c["verdict"] in RATING_VALUES:
            rating["ratingValue"] = RATING_VALUES[c["verdict"]]
        rating["ratingExplanation"] = (f"Certainty of evidence: {c['certainty']}. " + str(c["rationale"])).strip()
        published = audit.run_date(c["run_id"])
        review = {
            "@context": "https://schema.org", "@type": "ClaimReview",
            "url": f"{base}{report_file_name(c['article'], '.html')}#{claim_anchor(c['claim_id'])}",
            "claimReviewed": c["quote"], "itemReviewed": claim, "reviewRating": rating,
            "author": {"@type": "Organization", "name": publisher},
            "datePublished": (published or audit.generated_at)[:10],
            "identifier": c["claim_id"],
        }
        cited = decode_json_column(_opt(c["cited_pmids"]))
        if cited:
            review["citation"] = [{"@type": "ScholarlyArticle", "url": f"https://pubmed.ncbi.nlm.nih.gov/{p}/",
                                   "identifier": f"PMID:{p}"} for p in cited]
        out.append(review)
    return out


def render_claimreview(audit: Audit, *, base_url: str = "") -> bytes:
    text = json.dumps(claim_reviews(audit, base_url=base_url), ensure_ascii=False, indent=2)
    # JSON-LD is meant to be pasted into <script type="application/ld+json">: escape what could
    # close that element. The values are unchanged for any JSON parser.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return (text + "\n").encode("utf-8")


# ---- RIS -----------------------------------------------------------------------------------

def _ris_line(tag: str, value) -> str:
    # RIS has one value per line; a stray newline would start a bogus tag.
    return f"{tag}  - {' '.join(str(value).split())}"


def ris_entry(r: Record, *, note: str | None = None) -> list[str]:
    """One RIS reference (TY ... ER) for a PubMed record."""
    lines = [_ris_line("TY", "JOUR"), _ris_line("TI", r.title)]
    lines += [_ris_line("AU", a) for a in r.authors]
    if r.journal:
        lines += [_ris_line("T2", r.journal), _ris_line("JO", r.journal)]
    if r.year:
        lines.append(_ris_line("PY", r.year))
    if r.doi:
        lines.append(_ris_line("DO", r.doi))
    lines += [_ris_line("AN", r.pmid), _ris_line("ID", f"PMID:{r.pmid}"), _ris_line("DB", "PubMed"),
              _ris_line("DP", "NLM"), _ris_line("UR", f"https://pubmed.ncbi.nlm.nih.gov/{r.pmid}/")]
    if r.pmc:
        lines.append(_ris_line("C2", r.pmc))
    if r.language:
        lines.append(_ris_line("LA", r.language))
    lines += [_ris_line("KW", k) for k in (*r.mesh_terms, *r.keywords)]
    if r.text_kind == "abstract" and r.abstract_text:
        lines.append(_ris_line("AB", r.abstract_text))  # a synopsis is never exported as an abstract
    if note:
        lines.append(_ris_line("N1", note))
    lines.append("ER  - ")
    return lines


def render_ris(audit: Audit) -> bytes:
    claims_by_pmid: dict[str, list[str]] = {}
    for _, c in audit.claims.iterrows():
        for p in decode_json_column(_opt(c["cited_pmids"])):
            claims_by_pmid.setdefault(p, []).append(c["claim_id"])
    lines: list[str] = []
    for src, pmid in audit.cited_pmids():
        rec = audit.record(src, pmid)
        if rec is None:
            continue  # cited but not in the store: nothing bibliographic to export
        who = claims_by_pmid.get(pmid)
        note = "tracker: cited for claim(s) " + ", ".join(who) if who else "tracker: cited for a question"
        lines += ris_entry(rec, note=note)
        lines.append("")
    return "\r\n".join(lines).encode("utf-8")


# ---- dispatch and writing ------------------------------------------------------------------

def render_audit(audit: Audit, fmt: str, *, base_url: str = "") -> dict[str, bytes]:
    """File name -> bytes for one format (single-file formats give one entry)."""
    if fmt in ("csv", "parquet"):
        render = render_csv if fmt == "csv" else render_parquet
        return {f"{name}.{fmt}": render(frame) for name, frame in tables(audit).items()}
    if fmt == "json":
        return {SINGLE_FILE["json"][0]: render_json(audit)}
    if fmt == "claimreview":
        return {SINGLE_FILE["claimreview"][0]: render_claimreview(audit, base_url=base_url)}
    if fmt == "ris":
        return {SINGLE_FILE["ris"][0]: render_ris(audit)}
    if fmt in ("markdown", "html"):
        from .report import render_reports  # report builds on this module
        return render_reports(audit, fmt)
    raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def render(store: Store, fmt: str, *, base_url: str = "") -> dict[str, bytes]:
    """File name -> bytes, for download buttons. Single-file formats give one entry."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return render_audit(load_audit(store), fmt, base_url=base_url)


def render_zip(files: dict[str, bytes]) -> bytes:
    """The files of a multi-file format as one zip archive (for a single download)."""
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def output_paths(fmt: str, out: str | Path, names: Iterable[str]) -> list[Path]:
    """Where each rendered file goes. OUT is a directory, except that a single-file format
    accepts a file path ending in its suffix (e.g. `--format json --out audit-2026.json`)."""
    out = Path(out)
    names = list(names)
    if fmt in SINGLE_FILE and out.suffix.lower() in SINGLE_FILE[fmt][1] and not out.is_dir():
        return [out]
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a directory; {fmt} export writes "
                          f"{', '.join(names)} into a directory")
    return [out / n for n in names]


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def export(store: Store, fmt: str, out: str | Path, *, base_url: str = "") -> list[Path]:
    """Write format `fmt` of the store's current audit to `out`; return the files written."""
    files = render(store, fmt, base_url=base_url)
    paths = output_paths(fmt, out, files)
    try:
        for path, data in zip(paths, files.values()):
            write_atomic(path, data)
    except OSError as exc:
        raise ExportError(f"{exc.filename or out}: cannot write the {fmt} export ({exc.strerror})") from exc
    return paths


def formats_help() -> Sequence[str]:
    """One line per format, for the CLI's --help."""
    return (
        "csv: claims.csv, questions.csv (grades, searches, PRISMA counts), evidence.csv",
        "parquet: the same three tables as .parquet (typed, list columns kept as lists)",
        "json: audit.json, the whole audit (schema: docs/export-schema.json)",
        "claimreview: claimreview.jsonld, one schema.org ClaimReview per graded claim",
        "ris: citations.ris, the cited records for Zotero / EndNote",
        "markdown: report_<article>.md, one audit report per article",
        "html: report_<article>.html, one self-contained audit report per article",
    )


__all__ = ["FORMATS", "Audit", "ArticleMeta", "ExportError", "article_meta", "export",
           "load_audit", "prisma_counts", "render", "render_audit", "render_zip", "tables"]
