"""Exports of an audit in the formats other tools read.

- `csv` / `parquet`: three tables, `claims`, `questions` (grade, search and PRISMA counts) and
  `evidence` (one row per record x question).
- `json`: the whole audit in one document (schema: docs/export-schema.json).
- `claimreview`: schema.org ClaimReview JSON-LD, one object per claim.
- `ris` / `csl-json` / `bibtex`: the cited records, for reference managers (`tracker.citations`).
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
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from . import __version__
from . import citations as citation_formats
from .bias import RiskOfBias
from .citations import Citation
from .csvsafe import FORMULA_START, frame_to_csv, safe_cell
from .effect_sizes import Effect
from .errors import InputError
from .grading import INCONSISTENT_SHARE, INDIRECT_SHARE, OIS, VERY_SMALL
from .harms import Harm
from .models import DESIGNS, Article, Record
from .store import Store, decode_json_column
from .wording import certainty_sentence

FORMATS = ("csv", "parquet", "json", "claimreview", "ris", "csl-json", "bibtex", "markdown", "html")

#: Single-file formats: default file name, and the suffixes that make `--out` a file path.
SINGLE_FILE = {
    "json": ("audit.json", (".json",)),
    "claimreview": ("claimreview.jsonld", (".jsonld", ".json")),
    "ris": ("citations.ris", (".ris",)),
    "csl-json": ("citations.csl.json", (".json",)),
    "bibtex": ("citations.bib", (".bib", ".bibtex")),
}
TABLES = ("claims", "questions", "evidence")

#: The ClaimReview scale (1-5): where the evidence sits relative to the claim, from against it to
#: behind it. "no evidence found" is the neutral middle (3): studies neither back nor go against
#: the claim, so it must not read as a half-truth on either side. Documented in docs/export-schema.md.
RATING_VALUES = {"contradicted": 1, "not supported": 2, "no evidence found": 3, "partly supported": 4,
                 "supported": 5}
BEST_RATING, WORST_RATING = 5, 1


@dataclass(frozen=True)
class Publisher:
    """Who publishes the ClaimReviews: schema.org's `author` of each review."""

    name: str = "tracker"
    url: str | None = None  # absolute http(s) address of the publishing organisation


def absolute_url(value: str | None, what: str) -> str | None:
    """`value` when it is an absolute http(s) URL (None stays None); ExportError otherwise."""
    if not value:
        return None
    from urllib.parse import urlsplit
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ExportError(f"{what} {value!r} is not an absolute http(s) URL (e.g. https://example.org/audits)")
    return value.strip()

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
    # Reviewer decisions (tracker.reviews), newest first, and what the current runs applied.
    decisions: pd.DataFrame = field(default_factory=pd.DataFrame)
    applied: pd.DataFrame = field(default_factory=pd.DataFrame)

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


def load_audit(store: Store, *, generated_at: str | None = None, hide: Collection[str] = ()) -> Audit:
    """Read what the exports need. Raises ExportError when nothing has been graded yet.

    `hide`: articles left out (the dashboard's other sessions' unpublished audits), with the
    questions only their claims test."""
    if store.latest_run() is None:
        raise ExportError(f"{store.path}: no complete run in this database; run `tracker run --db "
                          f"{store.path}` first")
    claims = store.claims_frame()
    hidden_q: set[str] = set()
    if hide:
        gone = claims["article"].isin(set(hide))
        hidden_q = set(claims.loc[gone, "question_id"]) - set(claims.loc[~gone, "question_id"])
        claims = claims[~gone]
    claims = claims.sort_values(["article", "start", "end"], kind="stable").reset_index(drop=True)
    claims.insert(claims.columns.get_loc("quote"), "position", claims.groupby("article").cumcount() + 1)
    evidence = store.evidence_frame()
    questions = store.questions_frame()
    if hidden_q:
        evidence = evidence[~evidence["question_id"].isin(hidden_q)]
        questions = questions[~questions["question_id"].isin(hidden_q)].reset_index(drop=True)
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
    names = [n for n in dict.fromkeys(store.articles_frame()["name"]) if n not in set(hide)]
    articles = tuple(a for a in (store.article(n) for n in names) if a is not None)
    searches, prisma = store.searches_frame(), prisma_counts(store)
    if hidden_q:
        searches = searches[~searches["question_id"].isin(hidden_q)]
        if "question_id" in prisma.columns:
            prisma = prisma[~prisma["question_id"].isin(hidden_q)]
    return Audit(
        generated_at=generated_at or datetime.now(UTC).replace(microsecond=0).isoformat(),
        articles=articles, meta={a.name: article_meta(a) for a in articles}, claims=claims,
        questions=questions, searches=searches, evidence=evidence,
        prisma=prisma, runs=runs, records=records, **_review_frames(store, set(claims["claim_id"]),
                                                                 set(questions["question_id"]), hide))


def _dropped_article(old_value) -> str | None:
    try:
        v = json.loads(old_value) if isinstance(old_value, str) else None
    except ValueError:
        return None
    return v.get("article") if isinstance(v, dict) else None


def _review_frames(store: Store, claim_ids: set[str], question_ids: set[str],
                   hide: Collection[str] = ()) -> dict[str, pd.DataFrame]:
    """The reviewer decisions on what is exported (hidden articles' decisions left out)."""
    from .reviews import applied_frame, decisions_frame
    decisions, applied = decisions_frame(store), applied_frame(store)

    def mine(df: pd.DataFrame) -> pd.DataFrame:
        if df.empty:
            return df
        keep = df["claim_id"].isin(claim_ids) | (df["claim_id"].isna() & df["question_id"].isin(question_ids))
        if "field" in df.columns and "old_value" in df.columns:  # a dropped claim is no longer in claims
            # ... and its decision holds the claim itself: kept only when its article is shown
            shown = pd.Series([_dropped_article(v) not in set(hide) for v in df["old_value"]], index=df.index)
            keep |= df["field"].isin(["drop"]) & df["question_id"].isin(question_ids) & shown
        return df[keep].reset_index(drop=True)
    return {"decisions": mine(decisions), "applied": mine(applied)}


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

def _json_obj(v) -> dict | None:
    """A JSON object column (issue 15's effect, risk_of_bias, harm, sof) as a dict, or None."""
    if _missing(v) or v in ("", "null"):
        return None
    return v if isinstance(v, dict) else json.loads(v)


def _certainty_sentence(c) -> str:
    """The stored certainty sentence, or the same wording computed for older rows."""
    stored = c.get("certainty_sentence")
    if isinstance(stored, str) and stored:
        return stored
    if _missing(c.get("verdict")):
        return ""
    side = c.get("side")
    return certainty_sentence(c["verdict"], c["certainty"], side if isinstance(side, str) and side else None)


def effect_line(e: dict | None) -> str | None:
    """One line for an effect (tracker.effect_sizes.Effect as stored)."""
    return None if not e else (Effect(**e).describe() or None)


def bias_line(b: dict | None) -> str | None:
    return None if not b else RiskOfBias(**{**b, "concerns": tuple(b.get("concerns", ()))}).describe()


def harm_line(h: dict | None) -> str | None:
    return None if not h else (Harm(**{**h, "severity_words": tuple(h.get("severity_words", ()))}).describe() or None)


def sof_line(s: dict | None) -> str | None:
    """The Summary-of-Findings row as one line: outcome | studies | participants | effect | certainty (footnotes)."""
    if not s:
        return None
    designs = ", ".join(f"{d['n']} {d['design']}" for d in s.get("designs", []))
    who = f"{s.get('n_participants', 0):,} participants in primary studies"
    if s.get("n_participants_reviews"):
        who += f"; reviews pooled {s['n_participants_reviews']:,}"
    effect = (s.get("effect") or {}).get("text") or "no effect size reported"
    marks = ", ".join(chr(97 + i) for i in range(len(s.get("footnotes", []))))
    return (f"{s.get('outcome', '')} | {s.get('n_studies', 0)} studies ({designs}) | {who} | {effect} | "
            f"{s.get('certainty', '')}" + (f" ({marks})" if marks else ""))


# Frame fields exported beside each claim (models.ClaimFrame).
FRAME_EXPORT = ("relation", "intervention", "intervention_norm", "comparator", "comparator_norm", "outcome",
                "population", "magnitude_value", "magnitude_unit", "magnitude_kind", "magnitude_bound",
                "time_frame", "time_frame_days")


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
        "certainty_sentence": [_certainty_sentence(row) for _, row in c.iterrows()],
        "run_id": pd.array([_int(v) for v in c["run_id"]], dtype="Int64"),
    })
    # What the claim asserts (its frame) and where the evidence sits relative to it (issue #14).
    frames = [_json_obj(v) or {} for v in c.get("frame", pd.Series([None] * len(c)))]
    for key in FRAME_EXPORT:
        claims[key] = [f.get(key) for f in frames]
    claims["side"] = [_str(v) for v in c.get("side", pd.Series([None] * len(c)))]
    tallies = [_json_obj(v) or {} for v in c.get("tally", pd.Series([None] * len(c)))]
    for key in ("backs", "against", "unclear"):
        claims[f"n_{key}"] = pd.array([_int(t.get(key)) for t in tallies], dtype="Int64")
    claims["reasons"] = [decode_json_column(_opt(v)) for v in c.get("reasons", pd.Series([None] * len(c)))]

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
    # issue 15: reviews' pooled participants apart; the Summary-of-Findings row and its footnotes
    questions["n_participants_reviews"] = pd.array([_int(v) for v in q.get("n_participants_reviews", pd.Series([None] * len(q)))], dtype="Int64")
    sofs = [_json_obj(v) for v in q.get("sof", pd.Series([None] * len(q)))]
    questions["sof"] = [sof_line(x) for x in sofs]
    questions["sof_footnotes"] = [list(x.get("footnotes", [])) if x else [] for x in sofs]
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
        "doi": e["doi"],
        "retracted": [bool(r.retracted) if (r := audit.record(s, p)) else False for s, p in zip(e["source"], e["pmid"])],
        "text_kind": e["text_kind"],
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
        # issue 15: what a review pools, the key result, risk of bias and harm, one line each
        "review_pools": [_str(v) for v in e.get("review_pools", pd.Series([None] * len(e)))],
        "effect": [effect_line(_json_obj(v)) for v in e.get("effect", pd.Series([None] * len(e)))],
        "risk_of_bias": [bias_line(_json_obj(v)) for v in e.get("risk_of_bias", pd.Series([None] * len(e)))],
        "harm": [harm_line(_json_obj(v)) for v in e.get("harm", pd.Series([None] * len(e)))],
    })
    out = {"claims": claims, "questions": questions, "evidence": evidence}
    if not audit.decisions.empty:  # reviewer decisions, one row each (values as JSON text)
        out["decisions"] = pd.DataFrame([{**{k: v for k, v in d.items() if k != "applied"},
                                          "old_value": json.dumps(d["old_value"], ensure_ascii=False),
                                          "new_value": json.dumps(d["new_value"], ensure_ascii=False),
                                          "machine_value": json.dumps((d["applied"] or {}).get("machine_value"),
                                                                      ensure_ascii=False),
                                          "record_changed": (d["applied"] or {}).get("record_changed")}
                                         for d in decisions_json(audit)])
    return out


#: Spreadsheets run cells that start like a formula; such text cells get a leading apostrophe.
_FORMULA_START = FORMULA_START


_csv_cell = safe_cell  # one neutralising function for every CSV that leaves the product (tracker.csvsafe)


#: UTF-8's byte order mark: Excel reads a CSV as UTF-8 only when it starts with one.
UTF8_BOM = b"\xef\xbb\xbf"


def render_csv(frame: pd.DataFrame, *, excel: bool = False) -> bytes:
    data = frame_to_csv(frame)
    return UTF8_BOM + data if excel else data


#: Columns holding ISO times: Parquet stores them as UTC timestamps, not text.
TIMESTAMP_COLUMNS = frozenset({"searched_at", "fetched_at", "started_at", "finished_at", "at", "generated_at"})


def arrow_schema(frame: pd.DataFrame):
    """The Parquet schema of an export table, stated rather than inferred: nullable integers,
    booleans, UTC timestamps, and `list<string>` for list columns even when every list is empty
    (inference would give `list<null>`, which other readers reject)."""
    import pyarrow as pa
    fields = []
    for name in frame.columns:
        col = frame[name]
        values = [v for v in col if not _missing_cell(v)]
        if name in TIMESTAMP_COLUMNS:
            typ = pa.timestamp("us", tz="UTC")
        elif pd.api.types.is_bool_dtype(col) or (values and all(isinstance(v, bool) for v in values)):
            typ = pa.bool_()
        elif pd.api.types.is_integer_dtype(col):
            typ = pa.int64()
        elif pd.api.types.is_float_dtype(col):
            typ = pa.float64()
        elif values and all(isinstance(v, (list, tuple)) for v in values):
            typ = pa.list_(pa.string())
        else:
            typ = pa.string()
        fields.append(pa.field(str(name), typ, nullable=True))
    return pa.schema(fields)


def _missing_cell(v) -> bool:
    return not isinstance(v, (list, tuple)) and _missing(v)


def render_parquet(frame: pd.DataFrame) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = arrow_schema(frame)
    typed = frame.copy()
    for f in schema:
        col = frame[f.name]
        if pa.types.is_timestamp(f.type):
            typed[f.name] = pd.to_datetime(col, utc=True, format="ISO8601")
        elif pa.types.is_list(f.type):
            typed[f.name] = pd.Series([None if _missing_cell(v) else [str(x) for x in v] for v in col],
                                      index=frame.index, dtype=object)
        elif pa.types.is_string(f.type) and col.dtype == object:
            typed[f.name] = pd.Series([None if _missing_cell(v) else str(v) for v in col],
                                      index=frame.index, dtype=object)
    # from_pandas with the stated schema: its types, plus pandas' metadata (Int64 / boolean dtypes)
    table = pa.Table.from_pandas(typed, schema=schema, preserve_index=False)
    buf = io.BytesIO()
    pq.write_table(table, buf)
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
                "cited_pmids": decode_json_column(q["cited_pmids"]),
                "n_participants_reviews": _int(q.get("n_participants_reviews")) or 0,
                "sof": _json_obj(q.get("sof"))},
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
                "cited_pmids": decode_json_column(c["cited_pmids"]),
                "certainty_sentence": _certainty_sentence(c),
                "side": _str(c.get("side")), "tally": _json_obj(c.get("tally")),
                "reasons": decode_json_column(_opt(c.get("reasons")))},
            "frame": _json_obj(c.get("frame")),
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
        "review_pools": _str(e.get("review_pools")), "effect": _json_obj(e.get("effect")),
        "risk_of_bias": _json_obj(e.get("risk_of_bias")), "harm": _json_obj(e.get("harm")),
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
        "claims": claims, "evidence": evidence, "records": records,
        "decisions": decisions_json(audit)}


def decisions_json(audit: Audit) -> list[dict]:
    """Every reviewer decision (withdrawn ones too, marked), oldest first, with what the current
    run applied: the machine's value beside the reviewer's, and whether the record changed since."""
    if audit.decisions.empty:
        return []
    applied = {int(r["decision_id"]): r for _, r in audit.applied.iterrows()} if not audit.applied.empty else {}
    out = []
    for _, d in audit.decisions.sort_values("decision_id").iterrows():
        a = applied.get(int(d["decision_id"]))
        out.append({
            "decision_id": int(d["decision_id"]), "at": d["at"], "reviewer": d["reviewer"], "reason": d["reason"],
            "target": d["target"], "claim_id": _str(d["claim_id"]), "question_id": _str(d["question_id"]),
            "pmid": _str(d["pmid"]), "field": d["field"],
            "old_value": None if _missing(d["old_value"]) else json.loads(d["old_value"]),
            "new_value": None if _missing(d["new_value"]) else json.loads(d["new_value"]),
            "record_hash": _str(d["record_hash"]), "active": bool(int(d["active"])), "summary": d["what"],
            "applied": None if a is None else {
                "run_id": int(a["run_id"]), "machine_value": None if _missing(a["machine_value"])
                else json.loads(a["machine_value"]), "record_changed": bool(int(a["stale"])),
                "note": _str(a["note"])}})
    return out


def _record_json(source: str, r: Record) -> dict:
    return {
        "pmid": r.pmid, "source": source, "title": r.title, "authors": list(r.authors),
        "journal": r.journal, "year": r.year, "doi": r.doi, "pmc": r.pmc, "language": r.language,
        "publication_types": list(r.publication_types), "mesh_terms": list(r.mesh_terms),
        "keywords": list(r.keywords), "text_kind": r.text_kind, "text_complete": r.text_complete,
        "text": [{"label": s.label, "text": s.text} for s in r.abstract],
        "captured_from": r.captured_from, "fetched_at": r.fetched_at,
        "url": f"https://pubmed.ncbi.nlm.nih.gov/{r.pmid}/",
        "journal_title": r.journal_title, "volume": r.volume, "issue": r.issue, "pages": r.pages,
        "pub_date": r.pub_date, "retracted": r.retracted}


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


def claim_reviews(audit: Audit, *, base_url: str = "", publisher: str | Publisher = "tracker",
                  article: str | None = None) -> list[dict]:
    """One schema.org ClaimReview per graded claim, in article order (only `article`'s if given).

    `url` points at the claim in the HTML report (`base_url` + report file + anchor); without a
    base URL it is relative to wherever the reports are published.
    """
    pub = publisher if isinstance(publisher, Publisher) else Publisher(publisher)
    author: dict = {"@type": "Organization", "name": pub.name}
    if absolute_url(pub.url, "--publisher-url"):
        author["url"] = pub.url
    titles = {a.name: a.title for a in audit.articles}
    base = (absolute_url(base_url, "--base-url") or "").rstrip("/") + "/" if base_url else ""
    out = []
    for _, c in audit.claims.iterrows():
        if _missing(c["run_id"]) or (article is not None and c["article"] != article):
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
        # the one certainty sentence (tracker.wording), never "certainty: High" under "not supported"
        rating["ratingExplanation"] = (f"{_certainty_sentence(c)}. " + str(c["rationale"])).strip()
        published = audit.run_date(c["run_id"])
        review = {
            "@context": "https://schema.org", "@type": "ClaimReview",
            "url": f"{base}{report_file_name(c['article'], '.html')}#{claim_anchor(c['claim_id'])}",
            "claimReviewed": c["quote"], "itemReviewed": claim, "reviewRating": rating,
            "author": author,
            "datePublished": (published or audit.generated_at)[:10],
            "identifier": c["claim_id"],
        }
        cited = decode_json_column(_opt(c["cited_pmids"]))
        if cited:
            review["citation"] = [{"@type": "ScholarlyArticle", "url": f"https://pubmed.ncbi.nlm.nih.gov/{p}/",
                                   "identifier": f"PMID:{p}"} for p in cited]
        out.append(review)
    return out


def jsonld_text(value, *, indent: int | None = 2) -> str:
    """JSON safe inside <script type="application/ld+json">: `<`, `>` and `&` are escaped, so no
    value can close the element (`</script>`) or open a comment. JSON parsers read the same values."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_claimreview(audit: Audit, *, base_url: str = "", publisher: Publisher = Publisher()) -> bytes:
    return (jsonld_text(claim_reviews(audit, base_url=base_url, publisher=publisher)) + "\n").encode("utf-8")


# ---- RIS -----------------------------------------------------------------------------------

def citations(audit: Audit) -> list[Citation]:
    """Every cited record (claims' citations first), each noting which claims cite it."""
    claims_by_pmid: dict[str, list[str]] = {}
    for _, c in audit.claims.iterrows():
        for p in decode_json_column(_opt(c["cited_pmids"])):
            claims_by_pmid.setdefault(p, []).append(c["claim_id"])
    out = []
    for src, pmid in audit.cited_pmids():
        rec = audit.record(src, pmid)
        if rec is None:
            continue  # cited but not in the store: nothing bibliographic to export
        who = claims_by_pmid.get(pmid)
        out.append(Citation(rec, "tracker: cited for claim(s) " + ", ".join(who) if who
                            else "tracker: cited for a question"))
    return out


def render_ris(audit: Audit) -> bytes:
    return citation_formats.ris(citations(audit))


def render_csl_json(audit: Audit) -> bytes:
    return citation_formats.csl_json(citations(audit))


def render_bibtex(audit: Audit) -> bytes:
    return citation_formats.bibtex(citations(audit))


CITATION_RENDERERS = {"ris": render_ris, "csl-json": render_csl_json, "bibtex": render_bibtex}


# ---- dispatch and writing ------------------------------------------------------------------

def format_name(fmt: str) -> str:
    """`fmt` as one of FORMATS, whatever its case ("HTML", "Csl-JSON"); ExportError otherwise."""
    name = str(fmt).strip().lower()
    if name not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return name


def render_audit(audit: Audit, fmt: str, *, base_url: str = "", publisher: Publisher = Publisher(),
                 excel: bool = False) -> dict[str, bytes]:
    """File name -> bytes for one format (single-file formats give one entry). `excel`: CSV
    files start with a UTF-8 byte order mark (Excel needs it to read UTF-8)."""
    fmt = format_name(fmt)
    if fmt == "csv":
        return {f"{name}.csv": render_csv(frame, excel=excel) for name, frame in tables(audit).items()}
    if fmt == "parquet":
        return {f"{name}.parquet": render_parquet(frame) for name, frame in tables(audit).items()}
    if fmt == "json":
        return {SINGLE_FILE["json"][0]: render_json(audit)}
    if fmt == "claimreview":
        return {SINGLE_FILE["claimreview"][0]: render_claimreview(audit, base_url=base_url, publisher=publisher)}
    if fmt in CITATION_RENDERERS:
        return {SINGLE_FILE[fmt][0]: CITATION_RENDERERS[fmt](audit)}
    from .report import render_reports  # markdown / html; report builds on this module
    return render_reports(audit, fmt, base_url=base_url, publisher=publisher)


def render(store: Store, fmt: str, *, base_url: str = "", hide: Collection[str] = (),
           publisher: Publisher = Publisher(), excel: bool = False) -> dict[str, bytes]:
    """File name -> bytes, for download buttons. Single-file formats give one entry; `hide` as
    in `load_audit`."""
    fmt = format_name(fmt)
    return render_audit(load_audit(store, hide=hide), fmt, base_url=base_url, publisher=publisher, excel=excel)


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


def export(store: Store, fmt: str, out: str | Path, *, base_url: str = "", publisher: Publisher = Publisher(),
           excel: bool = False) -> list[Path]:
    """Write format `fmt` of the store's current audit to `out`; return the files written."""
    fmt = format_name(fmt)
    files = render(store, fmt, base_url=base_url, publisher=publisher, excel=excel)
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
        "csl-json: citations.csl.json, the cited records as CSL-JSON (citeproc, Pandoc, Zotero)",
        "bibtex: citations.bib, the cited records as BibTeX (@article, UTF-8)",
        "markdown: report_<article>.md, one audit report per article",
        "html: report_<article>.html, one self-contained audit report per article",
    )


__all__ = ["FORMATS", "Audit", "ArticleMeta", "ExportError", "Publisher", "article_meta", "export", "format_name",
           "load_audit", "prisma_counts", "render", "render_audit", "render_zip", "tables"]
