"""Exports: every format is produced from a store and parsed back with the tool that reads it."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tracker import export as ex
from tracker.csvsafe import LIST_SEPARATOR
from tracker.models import (
    CERTAINTIES,
    CLAIM_TYPES,
    DESIGNS,
    DIRECTIONS,
    STRENGTHS,
    VERDICTS,
    AbstractSection,
    Appraisal,
    Article,
    Claim,
    ClaimVerdict,
    DesignCount,
    Question,
    QuestionGrade,
    Record,
    SearchResult,
)
from tracker.store import Store, decode_json_column

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "export-schema.json").read_text(encoding="utf-8"))

# ---- a small audit built by hand through the Store API --------------------------------------
# It holds what the demo run may not: a <script> title, markup in quotes, a byline, a duplicate
# search hit, a hit with no record, a question with no evidence, a record with a real abstract.

EVIL_TITLE = "Needles & <script>alert('x')</script> *pores*"
TEXT_A = ("By Jane Doe | Skin Weekly\nPublished: March 5, 2024\n\n"
          "Microneedling - it works! =SUM(A1) says *everyone*: it shrinks pores by 50%.\n"
          "It is <b>completely safe</b> for everyone [1].\nAnd it regrows hair.\n")
TEXT_B = "Dermarolling at home.\n\n- Rolling daily boosts collagen.\n"


def _claim(cid, article, text, quote, question_id, strength="plain"):
    start = text.index(quote)
    return Claim(cid, article, quote, start, start + len(quote), f"Claim {cid}: {quote.strip()}", question_id,
                 "efficacy", strength)


def _hand_inputs():
    arts = [Article("a_evil.txt", EVIL_TITLE, TEXT_A, "text", "a" * 64),
            Article("b.md", "Dermarolling", TEXT_B, "markdown", "b" * 64)]
    qs = [Question("q-pores", "Does needling shrink pores?", "microneedling", "pore size", "efficacy",
                   "needl* AND pore*"),
          Question("q-safe", "Is needling safe?", "microneedling", "adverse events", "safety", "needl* AND safe*"),
          Question("q-hair", "Does needling regrow hair?", "microneedling", "hair", "efficacy", "needl* AND hair")]
    # Claims deliberately out of text order: reports must sort by appearance.
    cl = [_claim("c2", "a_evil.txt", TEXT_A, "It is <b>completely safe</b> for everyone [1].", "q-safe", "absolute"),
          _claim("c1", "a_evil.txt", TEXT_A,
                 "Microneedling - it works! =SUM(A1) says *everyone*: it shrinks pores by 50%.", "q-pores"),
          _claim("c3", "a_evil.txt", TEXT_A, "And it regrows hair.", "q-hair", "strong"),
          _claim("c4", "b.md", TEXT_B, "- Rolling daily boosts collagen.", "q-pores", "hedged")]
    return arts, qs, cl


RECS = [
    Record("111", "Needling <i>shrinks</i> pores: an RCT", (AbstractSection("RESULTS", "Pores shrank by 30%."),),
           "J Derm", 2020, "10.1000/abc<1>", authors=("Smith A", "Jones B"), text_kind="abstract",
           publication_types=("Randomized Controlled Trial",)),
    Record("222", "Pores in a cohort", (AbstractSection(None, "A cohort synopsis."),), "Skin Res", 2018, None,
           authors=tuple(f"Author{i} X" for i in range(8)), text_kind="synopsis"),
    Record("333", "Adverse events after needling", (AbstractSection(None, "Erythema in 10%."),), "Derm Surg", 2021,
           "10.1000/xyz", authors=("Lee C",), text_kind="synopsis"),
    Record("444", "Unrelated laser study", (), None, None, None, text_kind="synopsis"),
]


def _ap(qid, pmid, included, design, direction, n=None, relevance="both"):
    return Appraisal(qid, pmid, relevance if included else "neither", included, None if included else "not relevant",
                     design, None, "human", n, direction, None, False, None, ("30%",) if included else ())


def build_hand_store(path: Path) -> Path:
    arts, qs, cl = _hand_inputs()
    with Store(path) as s:
        run = s.start_run("snapshot", "hand-made test snapshot")
        when = "2026-11-21T10:00:00+00:00"
        # q-pores: 5 hits, 5 fetched, one duplicate PMID and one PMID with no record.
        sid1 = s.save_search("k", SearchResult("snapshot", qs[0].query, "t", 5, ("111", "222", "111", "999", "444"),
                                               when), RECS, n_fetched=5)
        sid2 = s.save_search("k", SearchResult("snapshot", qs[1].query, "t", 40, ("333", "111"), when,
                                               source_label="hand-made test snapshot"), RECS[:3], n_fetched=2)
        sid3 = s.save_search("k", SearchResult("snapshot", qs[2].query, "t", 0, (), when), [], n_fetched=0)
        aps = [_ap("q-pores", "111", True, "RCT", "supports", 40),
               _ap("q-pores", "222", True, "cohort", "supports", 300),
               _ap("q-pores", "444", False, "other", "unclear"),
               _ap("q-safe", "333", True, "case series", "contradicts", 25),
               _ap("q-safe", "111", False, "RCT", "unclear")]
        grades = [QuestionGrade("q-pores", "Low", "partly supported", 5, 2, 2, 340,
                                (DesignCount("RCT", 1), DesignCount("cohort", 1)), 2, 0, 0, 0, 0, ("imprecision",),
                                "One RCT and one cohort.", ("111", "222")),
                  QuestionGrade("q-safe", "Very low", "contradicted", 40, 1, 1, 25, (DesignCount("case series", 1),),
                                0, 0, 1, 0, 0, ("risk of bias", "imprecision"), "Adverse events reported.", ("333",)),
                  QuestionGrade("q-hair", "No evidence found", "no evidence found", 0, 0, 0, 0, (), 0, 0, 0, 0, 0, (),
                                "Nothing found.", ())]
        verdicts = [ClaimVerdict("c2", "q-safe", "contradicted", "Very low", True,
                                 "Adverse events <b>were</b> reported.", 1, 25, ("333",)),
                    ClaimVerdict("c1", "q-pores", "partly supported", "Low", False, "Some support.", 2, 340,
                                 ("111", "222")),
                    ClaimVerdict("c3", "q-hair", "no evidence found", "No evidence found", True, "No studies.",
                                 0, 0, ()),
                    ClaimVerdict("c4", "q-pores", "supported", "Low", False, "Hedged claim.", 2, 340, ("222", "111"))]
        s.finish_run(run, articles=arts, questions=qs, claims=cl,
                     searches={"q-pores": sid1, "q-safe": sid2, "q-hair": sid3},
                     appraisals=aps, grades=grades, verdicts=verdicts, n_records=4)
    return path


@pytest.fixture(scope="module")
def hand_db(tmp_path_factory) -> Path:
    return build_hand_store(tmp_path_factory.mktemp("hand") / "tracker.db")


@pytest.fixture(scope="module", params=["hand", "demo"])
def db(request) -> Path:
    return request.getfixturevalue(f"{request.param}_db")


@pytest.fixture(scope="module")
def audit(db):
    with Store(db, readonly=True) as s:
        return ex.load_audit(s)


def _export(db: Path, fmt: str, out: Path) -> list[Path]:
    with Store(db, readonly=True) as s:
        return ex.export(s, fmt, out)


def _claims_in_order(db: Path) -> dict[str, list[str]]:
    """Quotes per article in order of appearance, straight from the store."""
    with Store(db, readonly=True) as s:
        frame = s.claims_frame()
    return {a: list(g.sort_values("start", kind="stable")["quote"]) for a, g in frame.groupby("article")}


# ---- csv / parquet ---------------------------------------------------------------------------

def _unguard(v):
    return v[1:] if isinstance(v, str) and v.startswith("'") and v[1:2] in ("=", "+", "-", "@", "\t", "\r") else v


def test_csv_tables_read_back_with_pandas(db, tmp_path):
    paths = _export(db, "csv", tmp_path / "out")
    assert sorted(p.name for p in paths) == ["claims.csv", "evidence.csv", "questions.csv"]
    claims = pd.read_csv(tmp_path / "out" / "claims.csv", dtype={"cited_pmids": str}, keep_default_na=False)
    evidence = pd.read_csv(tmp_path / "out" / "evidence.csv", dtype={"pmid": str}, keep_default_na=False)
    questions = pd.read_csv(tmp_path / "out" / "questions.csv", keep_default_na=False)
    with Store(db, readonly=True) as s:
        cf, ef, prisma = s.claims_frame(), s.evidence_frame(), ex.prisma_counts(s)
    by_id = cf.set_index("claim_id")
    assert sorted(claims["claim_id"]) == sorted(cf["claim_id"])
    for _, row in claims.iterrows():
        want = by_id.loc[row["claim_id"]]
        assert _unguard(row["quote"]) == want["quote"]
        assert row["verdict"] == want["verdict"]
        assert row["cited_pmids"].split(LIST_SEPARATOR) == (decode_json_column(want["cited_pmids"]) or [""])
    # Formula-looking text is neutralised for spreadsheets, nothing else is touched.
    assert not any(str(v).startswith(("=", "+", "-", "@")) for col in ("quote", "claim") for v in claims[col])
    assert len(evidence) == len(ef)
    assert set(zip(evidence["question_id"], evidence["pmid"])) == set(zip(ef["question_id"], ef["pmid"]))
    merged = questions.merge(prisma, on="question_id", suffixes=("", "_p"))
    assert len(merged) == len(prisma)
    for col in ex.PRISMA_COLUMNS:
        assert (merged[col].astype(int) == merged[f"{col}_p"]).all(), col


def test_parquet_keeps_types_and_lists(db, tmp_path, audit):
    paths = _export(db, "parquet", tmp_path)
    assert sorted(p.name for p in paths) == ["claims.parquet", "evidence.parquet", "questions.parquet"]
    want = ex.tables(audit)
    for name in ex.TABLES:
        got = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert list(got.columns) == list(want[name].columns)
        assert len(got) == len(want[name])
    claims = pd.read_parquet(tmp_path / "claims.parquet")
    assert [list(v) for v in claims["cited_pmids"]] == [decode_json_column(v) for v in audit.claims["cited_pmids"]]
    assert list(claims["quote"]) == list(audit.claims["quote"])  # exact text, no spreadsheet guard
    evidence = pd.read_parquet(tmp_path / "evidence.parquet")
    assert evidence["included"].dtype == "boolean" and evidence["year"].dtype == "Int64"


def test_parquet_schema_is_stated_not_inferred(hand_db, tmp_path):
    """Timestamps are timestamps, and list columns are list<string> even when every list is empty."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    _export(hand_db, "parquet", tmp_path)
    questions = pq.read_schema(tmp_path / "questions.parquet")
    assert questions.field("searched_at").type == pa.timestamp("us", tz="UTC")
    for name in ("downgrades", "cited_pmids", "warnings", "designs"):
        assert questions.field(name).type == pa.list_(pa.string()), name
    evidence = pq.read_schema(tmp_path / "evidence.parquet")
    assert evidence.field("caveats").type == pa.list_(pa.string())
    assert evidence.field("retracted").type == pa.bool_()
    # a table whose list column holds only empty lists still says list<string>
    frame = pd.DataFrame({"pmids": [[], []], "at": ["2026-01-02T03:04:05+00:00", None]})
    table = pq.read_table(pa.BufferReader(ex.render_parquet(frame)))
    assert table.schema.field("pmids").type == pa.list_(pa.string())
    assert table.schema.field("at").type == pa.timestamp("us", tz="UTC")
    assert table.column("at").to_pylist()[0].isoformat() == "2026-01-02T03:04:05+00:00"


def test_csv_excel_flag_writes_a_bom(hand_db, tmp_path):
    with Store(hand_db, readonly=True) as s:
        plain = ex.render(s, "csv")
        excel = ex.render(s, "CSV", excel=True)  # formats are case-insensitive
    assert list(plain) == list(excel)
    for name in plain:
        assert not plain[name].startswith(ex.UTF8_BOM)
        assert excel[name] == ex.UTF8_BOM + plain[name]
    # pandas (like Excel) reads the BOM as an encoding mark, not as part of the first header
    back = pd.read_csv(io.BytesIO(excel["claims.csv"]), encoding="utf-8-sig")
    assert back.columns[0] == "claim_id"


# ---- json --------------------------------------------------------------------------------------

def test_json_validates_against_schema_and_is_complete(db, tmp_path):
    (path,) = _export(db, "json", tmp_path / "audit-x.json")
    assert path == tmp_path / "audit-x.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(doc)
    with Store(db, readonly=True) as s:
        cf, ef, qf, prisma = s.claims_frame(), s.evidence_frame(), s.questions_frame(), ex.prisma_counts(s)
    assert {c["claim_id"] for c in doc["claims"]} == set(cf["claim_id"])
    assert len(doc["evidence"]) == len(ef) and len(doc["questions"]) == len(qf)
    by_q = {q["question_id"]: q for q in doc["questions"]}
    for _, p in prisma.iterrows():
        got = by_q[p["question_id"]]["prisma"]
        assert [got[k] for k in ex.PRISMA_COLUMNS] == [int(p[k]) for k in ex.PRISMA_COLUMNS]
        assert sum(got["by_design"].values()) == got["appraised"]
    # Every cited PMID resolves to a record in the document.
    have = {(r["source"], r["pmid"]) for r in doc["records"]}
    runs = {r["run_id"]: r["source"] for r in doc["runs"]}
    for c in doc["claims"]:
        if c["verdict"]:
            assert all((runs[c["verdict"]["run_id"]], p) in have for p in c["verdict"]["cited_pmids"])


def test_json_schema_vocabularies_match_the_models():
    defs = SCHEMA["$defs"]
    assert tuple(defs["verdict"]["enum"]) == VERDICTS
    assert tuple(defs["certainty"]["enum"]) == CERTAINTIES
    assert tuple(defs["direction"]["enum"]) == DIRECTIONS
    assert tuple(defs["design"]["enum"]) == DESIGNS
    assert tuple(defs["strength"]["enum"]) == STRENGTHS
    assert tuple(defs["claim_type"]["enum"]) == CLAIM_TYPES


# ---- ClaimReview ---------------------------------------------------------------------------------

def _check_claim_review(r: dict) -> None:
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    assert isinstance(r["claimReviewed"], str) and r["claimReviewed"].strip()
    assert isinstance(r["url"], str) and r["url"]
    date.fromisoformat(r["datePublished"])
    assert r["author"]["@type"] in ("Organization", "Person") and r["author"]["name"]
    item = r["itemReviewed"]
    assert item["@type"] == "Claim" and item["appearance"]["@type"] == "CreativeWork"
    if "datePublished" in item:
        date.fromisoformat(item["datePublished"])
    if "author" in item:
        assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
    rating = r["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] in VERDICTS
    assert isinstance(rating["bestRating"], int) and isinstance(rating["worstRating"], int)
    assert rating["worstRating"] < rating["bestRating"]
    # Every review carries a number, "no evidence found" included (the scale's neutral middle).
    assert isinstance(rating["ratingValue"], int)
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    if rating["alternateName"] == "no evidence found":
        assert rating["ratingValue"] == (rating["worstRating"] + rating["bestRating"]) // 2


def test_claimreview_shape(db, tmp_path):
    (path,) = _export(db, "claimreview", tmp_path)
    reviews = json.loads(path.read_text(encoding="utf-8"))
    with Store(db, readonly=True) as s:
        cf = s.claims_frame()
    graded = cf[cf["verdict"].notna()]
    assert [r["identifier"] for r in reviews] and sorted(r["identifier"] for r in reviews) == sorted(graded["claim_id"])
    by_id = graded.set_index("claim_id")
    for r in reviews:
        _check_claim_review(r)
        assert r["claimReviewed"] == by_id.loc[r["identifier"], "quote"]
        assert r["reviewRating"]["alternateName"] == by_id.loc[r["identifier"], "verdict"]
    # Verdicts keep their order on the numeric scale.
    values = {r["reviewRating"]["alternateName"]: r["reviewRating"].get("ratingValue") for r in reviews}
    ordered = [values[v] for v in ("contradicted", "not supported", "no evidence found", "partly supported",
                                   "supported") if v in values]
    assert ordered == sorted(ordered) and len(set(ordered)) == len(ordered)


def test_claimreview_uses_what_the_article_says(hand_db, tmp_path):
    (path,) = _export(hand_db, "claimreview", tmp_path)
    raw = path.read_text(encoding="utf-8")
    assert "<" not in raw  # safe to paste into <script type="application/ld+json">
    reviews = {r["identifier"]: r for r in json.loads(raw)}
    assert reviews["c1"]["itemReviewed"]["appearance"]["name"] == EVIL_TITLE
    item = reviews["c1"]["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert item["datePublished"] == "2024-03-05"
    assert "author" not in reviews["c4"]["itemReviewed"]  # article b gives no byline
    assert reviews["c1"]["url"].endswith("report_a_evil.html#claim-c1")


# ---- RIS ---------------------------------------------------------------------------------------

def parse_ris(text: str) -> list[dict[str, list[str]]]:
    """A strict little RIS reader: every reference opens with TY and closes with ER."""
    refs, cur = [], None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = re.match(r"^([A-Z][A-Z0-9])  - ?(.*)$", line)
        assert m, f"line {n} is not a RIS tag line: {line!r}"
        tag, value = m.groups()
        if tag == "TY":
            assert cur is None, f"line {n}: TY inside an open reference"
            cur = {"TY": [value]}
        elif tag == "ER":
            assert cur is not None, f"line {n}: ER without TY"
            refs.append(cur)
            cur = None
        else:
            assert cur is not None, f"line {n}: {tag} outside a reference"
            cur.setdefault(tag, []).append(value)
    assert cur is None, "the last reference has no ER"
    return refs


def test_ris_lists_every_cited_record(db, tmp_path, audit):
    (path,) = _export(db, "ris", tmp_path / "refs.ris")
    raw = path.read_bytes()
    refs = parse_ris(raw.decode("utf-8"))
    cited = [pmid for src, pmid in audit.cited_pmids() if audit.record(src, pmid)]
    got = [r.get("AN", r.get("ID"))[0].removeprefix("PMID:") for r in refs]
    assert got == cited and len(set(got)) == len(got)
    for ref, (src, pmid) in zip(refs, [k for k in audit.cited_pmids() if audit.record(*k)]):
        rec = audit.record(src, pmid)
        assert ref["TY"] == ["JOUR"] and ref["TI"] == [" ".join(rec.title.split()) or f"[No title available] PMID {pmid}"]
        assert ref.get("DO", [None])[0] == rec.doi
        # "Last, Initials": the comma tells reference managers where the surname ends
        assert ref.get("AU", []) == [re.sub(r" ([A-Z]+)$", r", \1", a) for a in rec.authors]
        assert ("AB" in ref) == (rec.text_kind == "abstract" and bool(rec.abstract_text))


# ---- reports -----------------------------------------------------------------------------------

class _Html(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        (self.title if self._in_title else self.text).append(data)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _assert_in_order(haystack: str, quotes: list[str]) -> None:
    at = -1
    for q in quotes:
        found = haystack.find(_norm(q), at + 1)
        assert found > at, f"quote missing or out of order: {q!r}"
        at = found


def _md_to_html(md: str) -> _Html:
    """Render with a CommonMark parser that passes raw HTML through, as most renderers do."""
    parser = _Html()
    parser.feed(MarkdownIt("commonmark").render(md))
    return parser


def test_markdown_report_per_article(db, tmp_path):
    paths = _export(db, "markdown", tmp_path)
    order = _claims_in_order(db)
    with Store(db, readonly=True) as s:
        arts = s.articles_frame()
    assert len(paths) == len(arts)
    for name, title in zip(arts["name"], arts["title"]):
        md = (tmp_path / ex.report_file_name(name, ".md")).read_text(encoding="utf-8")
        rendered = _md_to_html(md)
        text = _norm(" ".join(rendered.text))
        _assert_in_order(text, order.get(name, []))
        assert text.startswith(_norm(f"Audit report: {title}"))
        headings = [t for t, _ in rendered.tags if t == "h2"]
        assert len(headings) == 4 and all(s in text for s in ("Claims", "References", "Evidence flow", "Method"))
        # Article and record text never becomes markup.
        assert {t for t, _ in rendered.tags} <= {"h1", "h2", "h3", "p", "ul", "li", "ol", "blockquote", "strong",
                                                   "em", "a", "table", "thead", "tbody", "tr", "th", "td", "br"}


def test_html_report_is_escaped_and_self_contained(db, tmp_path):
    paths = _export(db, "html", tmp_path)
    order = _claims_in_order(db)
    assert any(p.name == "index.html" for p in paths)  # the index across articles (#19)
    for path in [p for p in paths if p.name != "index.html"]:
        doc = path.read_text(encoding="utf-8")
        parser = _Html()
        parser.feed(doc)
        tags = {t for t, _ in parser.tags}
        assert not tags & {"link", "img", "iframe", "object", "embed", "base", "form", "video", "audio"}
        # the one script element is the ClaimReview data block, which browsers never run
        assert [a for t, a in parser.tags if t == "script"] in ([], [{"type": "application/ld+json"}])
        for tag, attrs in parser.tags:
            assert "src" not in attrs and not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert "url(" not in doc and "@import" not in doc
        assert "default-src 'none'" in doc
        text = _norm(" ".join(parser.text))
        article = next(a for a in order if ex.report_file_name(a, ".html") == path.name)
        _assert_in_order(text, order[article])
        for section in ("References", "Evidence flow", "Method"):
            assert section in text


def test_reports_escape_a_script_title(hand_db, tmp_path):
    (html_path, _) = sorted((p for p in _export(hand_db, "html", tmp_path) if p.name != "index.html"),
                            key=lambda p: p.name)
    doc = html_path.read_text(encoding="utf-8")
    parser = _Html()
    parser.feed(doc)
    assert "<script>" not in doc and "&lt;script&gt;" in doc
    assert _norm("".join(parser.title)) == _norm(f"Audit report: {EVIL_TITLE}")
    assert _norm(EVIL_TITLE) in _norm(" ".join(parser.text))
    md = _export(hand_db, "markdown", tmp_path / "md")[0].read_text(encoding="utf-8")
    rendered = _md_to_html(md)
    assert "script" not in {t for t, _ in rendered.tags}
    assert _norm(" ".join(rendered.text)).startswith(_norm(f"Audit report: {EVIL_TITLE}"))


def test_report_citations_are_numbered_in_order_of_first_use(hand_db, tmp_path):
    with Store(hand_db, readonly=True) as s:
        md = ex.render(s, "markdown")["report_a_evil.md"].decode()
    # c1 (first in the text) cites 111, 222; c2 cites 333: numbering follows the text, not the CSV.
    claims_part = md.split("## References")[0]
    assert claims_part.index("[1]") < claims_part.index("[2]") < claims_part.index("[3]")
    refs = md.split("## References")[1].split("## Evidence flow")[0]
    assert re.search(r"^1\. Smith A, Jones B\. .*PMID \[111\]", refs, re.M)
    assert re.search(r"^3\. Lee C\. .*PMID \[333\]", refs, re.M)
    assert "et al." not in refs.split("\n2.")[0] and "et al." in refs  # 8 authors are cut to 6


# ---- PRISMA ------------------------------------------------------------------------------------

def _prisma_from_frames(store: Store) -> pd.DataFrame:
    """An independent computation from the read API (searches_frame, evidence_frame)."""
    s, e = store.searches_frame(), store.evidence_frame()
    rows = []
    for _, r in s.iterrows():
        ev = e[e["question_id"] == r["question_id"]]
        inc = ev[ev["included"] == 1]
        rows.append({"question_id": r["question_id"], "identified": r["count"], "fetched": r["n_fetched"],
                     "screened": len(ev), "screened_out": int((ev["included"] == 0).sum()), "appraised": len(inc),
                     **{ex.design_column(d): int((inc["design"] == d).sum()) for d in DESIGNS}})
    return pd.DataFrame(rows)


def test_prisma_counts_add_up_and_match_the_frames(db):
    with Store(db, readonly=True) as s:
        p = ex.prisma_counts(s)
        indep = _prisma_from_frames(s)
        n_graded = int(s.questions_frame()["run_id"].notna().sum())
    assert len(p) == n_graded and len(p) > 0
    designs = [c for c in p.columns if c.startswith("design: ")]
    assert (p["identified"] == p["not_fetched"] + p["fetched"]).all()
    assert (p["fetched"] == p["duplicates_removed"] + p["not_retrieved"] + p["screened"]).all()
    assert (p["screened"] == p["screened_out"] + p["appraised"]).all()
    assert (p[designs].sum(axis=1) == p["appraised"]).all()
    assert (p[list(ex.PRISMA_COLUMNS)] >= 0).all().all()
    m = p.merge(indep, on="question_id", suffixes=("", "_i"))
    for col in ("identified", "fetched", "screened", "screened_out", "appraised",
                *(ex.design_column(d) for d in DESIGNS)):
        assert (m[col] == m[f"{col}_i"]).all(), col


def test_prisma_counts_of_the_hand_audit(hand_db):
    with Store(hand_db, readonly=True) as s:
        p = ex.prisma_counts(s).set_index("question_id")
    assert p.loc["q-pores", list(ex.PRISMA_COLUMNS)].tolist() == [5, 0, 5, 1, 1, 3, 1, 2]
    assert p.loc["q-safe", list(ex.PRISMA_COLUMNS)].tolist() == [40, 38, 2, 0, 0, 2, 1, 1]
    assert p.loc["q-hair", list(ex.PRISMA_COLUMNS)].tolist() == [0] * 8
    assert p.loc["q-pores", "design: RCT"] == 1 and p.loc["q-pores", "design: cohort"] == 1


# ---- writing, errors, metadata -----------------------------------------------------------------

def test_output_paths_and_errors(hand_db, tmp_path):
    assert ex.output_paths("json", tmp_path / "a.json", ["audit.json"]) == [tmp_path / "a.json"]
    assert ex.output_paths("json", tmp_path / "dir", ["audit.json"]) == [tmp_path / "dir" / "audit.json"]
    (tmp_path / "file.csv").write_text("x")
    with pytest.raises(ex.ExportError, match="file.csv: exists and is not a directory"):
        ex.output_paths("csv", tmp_path / "file.csv", ["claims.csv"])
    with Store(hand_db, readonly=True) as s, pytest.raises(ex.ExportError, match="unknown export format 'xlsx'"):
        ex.export(s, "xlsx", tmp_path)
    with Store(tmp_path / "empty.db") as s, pytest.raises(ex.ExportError, match="empty.db: no complete run"):
        ex.render(s, "json")


def test_write_atomic_keeps_the_old_file_on_failure(tmp_path):
    target = tmp_path / "audit.json"
    ex.write_atomic(target, b"old")
    with pytest.raises(TypeError):
        ex.write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["audit.json"]  # no temp file left behind


def test_every_format_renders_and_exports_the_same_bytes(hand_db, tmp_path):
    with Store(hand_db, readonly=True) as s:
        for fmt in ex.FORMATS:
            files = ex.render(s, fmt)
            assert files and all(isinstance(b, bytes) and b for b in files.values())
            paths = ex.export(s, fmt, tmp_path / fmt)
            assert [p.name for p in paths] == list(files)
            if fmt not in ("json", "markdown", "html"):  # those stamp the generation time
                assert [p.read_bytes() for p in paths] == list(files.values())
        z = ex.render_zip(ex.render(s, "csv"))
    import io
    import zipfile  # noqa: E401
    assert sorted(zipfile.ZipFile(io.BytesIO(z)).namelist()) == ["claims.csv", "evidence.csv", "questions.csv"]


def test_article_meta_from_html_head(tmp_path):
    import hashlib
    raw = (b'<html><head><title>T</title><meta name="author" content="Ann Lee">'
           b'<meta property="article:published_time" content="2023-07-01T08:00:00Z">'
           b'<link rel="canonical" href="https://example.org/a"></head><body><p>Text.</p></body></html>')
    path = tmp_path / "a.html"
    path.write_bytes(raw)
    art = Article("a.html", "T", "Text.\n", "html", hashlib.sha256(raw).hexdigest(), str(path))
    assert ex.article_meta(art) == ex.ArticleMeta("Ann Lee", "2023-07-01", "https://example.org/a")
    changed = Article("a.html", "T", "Text.\n", "html", "0" * 64, str(path))  # not the audited file
    assert ex.article_meta(changed) == ex.ArticleMeta()


def test_article_meta_does_not_invent_a_byline():
    text = "Does microneedling work?\n\nBy the way, it is popular in 2019.\nMore text.\n"
    meta = ex.article_meta(Article("x.txt", "x", text, "text", "0" * 64))
    assert meta.date_published is None and meta.url is None


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
       st.sampled_from(["iso", "mdy", "dmy", "abbr"]))
def test_parse_date_round_trips(d, style):
    text = {"iso": d.isoformat(), "mdy": d.strftime("%B %-d, %Y"), "dmy": d.strftime("%-d %B %Y"),
            "abbr": d.strftime("%b %-d %Y")}[style]
    assert ex.parse_date(f"Published: {text} | updated later") == d.isoformat()


@given(st.text(max_size=200))
def test_parse_date_never_crashes(text):
    got = ex.parse_date(text)
    assert got is None or date.fromisoformat(got)
