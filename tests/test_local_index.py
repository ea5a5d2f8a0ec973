"""The local FTS5 index: translation semantics on a real SQLite index, the snapshot and mirror
backends, and fuzzing (crashes, SQL injection, and a reference evaluator)."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.local_index import (
    LocalIndex,
    LocalIndexError,
    explain,
    open_mirror_backend,
    open_snapshot_backend,
    plan_query,
)
from tracker.models import AbstractSection, MeshHeading, Record
from tracker.pubmed_query import BoolOp, DateRange, Term, parse_query, words_of
from tracker.search import QuerySyntaxError, SearchBackend, SearchError
from tracker.snapshot import iter_records, snapshot_file


def rec(pmid: str, title: str, abstract: str = "", **kw) -> Record:
    return Record(pmid=pmid, title=title, abstract=(AbstractSection(None, abstract),) if abstract else (), **kw)


RECORDS = [
    rec("1", "alpha", year=2010),
    rec("2", "beta gamma", year=2012),
    rec("3", "gamma", year=2014),
    rec("4", "alpha gamma", year=2016),
    rec("5", "beta", year=2018),
    rec("11", "Microneedling for acne scars", "Skin needling induced collagen in 40 patients.", year=2020,
        language="eng", journal="J Cosmet Dermatol",
        publication_types=("Journal Article", "Randomized Controlled Trial"),
        mesh=(MeshHeading("Acne Vulgaris", True, ("therapy",)), MeshHeading("Cicatrix, Hypertrophic"),
              MeshHeading("Humans")),
        authors=("Smith JA", "Olivero JM"), keywords=("dermaroller",)),
    rec("12", "Micro-needles deliver drugs", "Microneedles increased flux of the drug.", year=2021,
        language="fre", publication_types=("Systematic Review",),
        mesh=(MeshHeading("Cicatrix"), MeshHeading("Acne Vulgaris* / complications"),
              MeshHeading("Percutaneous Collagen Induction")),
        authors=("Smithers K",)),
    rec("13", "Acne scars treated with a laser", "No needling here; the scars were atrophic.", year=2015,
        language="eng", publication_types=("Review",), mesh=(MeshHeading("Acne Keloid"),),
        authors=("Smith J",), journal="Dermatol Surg"),
    rec("14", "Undated record about collagen", "Collagen remodelling.", year=None),
]
ALL = {r.pmid for r in RECORDS}


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> LocalIndex:
    idx = LocalIndex(tmp_path_factory.mktemp("idx") / "index.db")
    idx.add(RECORDS)
    yield idx
    idx.close()


def hits(index: LocalIndex, query: str) -> set[str]:
    h = index.search(query)
    assert h.count == len(h.pmids)
    return set(h.pmids)


# -- Boolean logic ----------------------------------------------------------------------------


def test_left_to_right_precedence(index):
    # (alpha OR beta) AND gamma; conventional precedence would add 5 ("beta").
    assert hits(index, "alpha[ti] OR beta[ti] AND gamma[ti]") == {"2", "4"}
    assert hits(index, "alpha[ti] OR (beta[ti] AND gamma[ti])") == {"1", "2", "4"}
    # (alpha OR beta) NOT gamma; FTS5's own precedence would give alpha OR (beta NOT gamma) = {1,4,5}.
    assert hits(index, "alpha[ti] OR beta[ti] NOT gamma[ti]") == {"1", "5"}
    assert hits(index, "gamma[ti] NOT beta[ti] NOT alpha[ti]") == {"3"}
    assert hits(index, "alpha[ti] beta[ti]") == set()  # implicit AND


def test_newest_first(index):
    h = index.search("alpha[ti] OR beta[ti] OR gamma[ti] OR collagen")
    years = {r.pmid: r.year or 0 for r in RECORDS}
    got = [years[p] for p in h.pmids]
    assert got == sorted(got, reverse=True)
    assert h.pmids[-1] == "14"  # no year: last


def test_max_ids_limits_ids_not_count(index):
    h = index.search("alpha[ti] OR beta[ti] OR gamma[ti]", max_ids=2)
    assert h.count == 5 and h.pmids == ["5", "4"]


# -- terms and fields -------------------------------------------------------------------------


def test_untagged_terms_search_all_text_fields(index):
    assert hits(index, "needling") == {"11", "13"}  # abstract
    assert hits(index, "dermaroller") == {"11"}  # keyword
    assert hits(index, "hypertrophic") == {"11"}  # MeSH
    assert hits(index, "olivero") == {"11"}  # author
    assert hits(index, "surg") == {"13"}  # journal


def test_phrase_and_hyphen(index):
    assert hits(index, '"acne scars"') == {"11", "13"}
    assert hits(index, '"scars acne"') == set()
    assert hits(index, '"micro-needles"[ti]') == {"12"}
    assert hits(index, "micro-needles") == {"12"}


def test_truncation(index):
    assert hits(index, "microneedl*[tiab]") == {"11", "12"}
    assert hits(index, "microneedle[tiab]") == set()
    assert hits(index, '"skin need*"[tiab]') == {"11"}


def test_title_abstract_tags(index):
    assert hits(index, "collagen[ti]") == {"14"}
    assert hits(index, "collagen[ab]") == {"11", "14"}
    assert hits(index, "collagen[tiab]") == {"11", "14"}
    assert hits(index, "dermaroller[tiab]") == {"11"}  # author keywords count as [tiab], as in PubMed
    assert hits(index, "dermaroller[ot]") == {"11"}
    assert hits(index, "dermaroller[ti]") == set()


def test_mesh_tags(index):
    # [mh]: the heading and its inverted-name subdivisions (our stand-in for explosion)
    assert hits(index, "cicatrix[mh]") == {"11", "12"}
    assert hits(index, "collagen[mh]") == set()  # not "Percutaneous Collagen Induction"
    assert hits(index, "percutaneous collagen induction[mh]") == {"12"}
    assert hits(index, "cicatrix[mh:noexp]") == {"12"}
    assert hits(index, '"Cicatrix, Hypertrophic"[mh:noexp]') == {"11"}
    assert hits(index, "acne vulgaris[mh]") == {"11", "12"}  # snapshot-style "Acne Vulgaris* / ..."
    assert hits(index, "acne[mh]") == set()  # "Acne Vulgaris" is not "Acne, ..."
    assert hits(index, "acne[mh:noexp]") == set()
    assert hits(index, "cicatrix hypertrophic[mh:noexp]") == {"11"}  # PubMed ignores the comma too
    assert hits(index, "vulgaris acne[mh]") == set()
    assert hits(index, "acne*[mh:noexp]") == {"11", "12", "13"}
    assert hits(index, "acne vulgaris[majr]") == {"11", "12"}
    assert hits(index, "humans[majr]") == set()
    assert hits(index, "humans[mh]") == {"11"}
    assert hits(index, "acne vulgaris/therapy[mh]") == {"11"}
    assert hits(index, "acne vulgaris/complications[mh]") == {"12"}
    assert hits(index, "acne vulgaris/therapy[majr]") == {"11"}
    assert hits(index, "acne vulgaris/complications[majr:noexp]") == {"12"}
    assert hits(index, "therapy[sh]") == {"11"}
    assert hits(index, "therapy[mh]") == set()  # a qualifier is not a heading


def test_publication_type(index):
    assert hits(index, "randomized controlled trial[pt]") == {"11"}
    assert hits(index, "review[pt]") == {"12", "13"}  # Systematic Review too, as in PubMed
    assert hits(index, "systematic review[pt]") == {"12"}


def test_publication_date(index):
    assert hits(index, "2015[dp]") == {"13"}
    assert hits(index, "2014:2018[dp]") == {"3", "4", "5", "13"}
    assert hits(index, "2020/06[dp]") == {"11"}
    assert hits(index, '"2014/01/01"[dp] : "2016/12/31"[dp]') == {"3", "4", "13"}
    assert hits(index, "1800:1900[dp]") == set()
    assert hits(index, "1800:3000[dp]") == ALL - {"14"}
    assert "year only" in plan_query("2020/06[dp]", (2000, 2030)).translation()


def test_language(index):
    assert hits(index, "english[la]") == {"11", "13"}
    assert hits(index, "eng[la]") == {"11", "13"}
    assert hits(index, "french[la]") == {"12"}


def test_author(index):
    assert hits(index, "smith[au]") == {"11", "13"}  # not Smithers
    assert hits(index, "smith j[au]") == {"11", "13"}  # Smith J and Smith JA
    assert hits(index, "smith ja[au]") == {"11"}
    assert hits(index, "smith*[au]") == {"11", "12", "13"}


def test_journal_and_pmid(index):
    assert hits(index, "J Cosmet Dermatol[ta]") == {"11"}
    assert hits(index, "13[pmid]") == {"13"}


def test_translation_says_mesh_is_not_exploded(index):
    t = index.plan("acne[mh]").translation()
    assert "cannot be exploded offline" in t and "entry terms" in t


def test_fetch_returns_the_same_records(index):
    got = list(index.fetch(["13", "999", "11", "x", "14"]))
    by = {r.pmid: r for r in RECORDS}
    assert got == [by["13"], by["11"], by["14"]]


# -- writing ------------------------------------------------------------------------------------


def test_replace_delete_and_count(tmp_path):
    with LocalIndex(tmp_path / "i.db") as idx:
        assert idx.add([rec("7", "old title", year=2001)]) == 1
        assert idx.add([rec("7", "new title", year=2003)]) == 1
        assert idx.count() == 1
        assert idx.search("old[ti]").count == 0  # the replaced row left the FTS index
        assert idx.search("new[ti]").pmids == ["7"]
        assert idx.search("2001[dp]").count == 0
        assert idx.add([rec("7", "ignored", year=2005)], replace=False) == 0
        assert [r.title for r in idx.fetch(["7"])] == ["new title"]
        assert idx.delete(["7", "8"]) == 1
        assert idx.count() == 0 and idx.search("new[ti]").count == 0
        with pytest.raises(ValueError, match="not a positive integer"):
            idx.add([rec("abc", "x")])


def test_a_failed_add_leaves_nothing(tmp_path):
    with LocalIndex(tmp_path / "i.db") as idx:
        with pytest.raises(ValueError):
            idx.add([rec("1", "first"), rec("bad", "second")])
        assert idx.count() == 0 and idx.search("first").count == 0


# -- backends -----------------------------------------------------------------------------------


def test_snapshot_backend_builds_once_and_reuses(tmp_path):
    target = tmp_path / "cache" / "snap.db"
    backend = open_snapshot_backend(index_path=target)
    try:
        assert isinstance(backend, SearchBackend)
        assert backend.name == "snapshot"
        records = list(iter_records())
        assert backend.index.count() == len(records)
        assert "embedded snapshot" in backend.label() and "synopses" in backend.label()
        result = backend.search("microneedl*[tiab]")
        assert result.source == "snapshot" and result.count == len(result.pmids) > 0
        assert result.source_label == backend.label() and "Title/Abstract" in result.translation
        fetched = list(backend.fetch(result.pmids[:3]))
        assert [r.pmid for r in fetched] == list(result.pmids[:3])
        assert all(r.text_kind == "synopsis" for r in fetched)
        by = {r.pmid: r for r in records}
        assert fetched == [by[p] for p in result.pmids[:3]]
    finally:
        backend.close()
    mtime = target.stat().st_mtime_ns
    open_snapshot_backend(index_path=target).close()
    assert target.stat().st_mtime_ns == mtime  # reused, not rebuilt
    assert [p.name for p in target.parent.iterdir()] == ["snap.db"]  # no temp files left


def test_snapshot_index_is_rebuilt_when_the_snapshot_changes(tmp_path):
    snap = tmp_path / "records.jsonl"
    lines = snapshot_file().read_text(encoding="utf-8").splitlines()
    snap.write_text("\n".join(lines[:10]) + "\n", encoding="utf-8")
    target = tmp_path / "idx.db"
    b = open_snapshot_backend(snap, target)
    assert b.index.count() == 10
    key = b.cache_key
    b.close()
    snap.write_text("\n".join(lines[:12]) + "\n", encoding="utf-8")
    b = open_snapshot_backend(tmp_path, target)  # a directory works too
    assert b.index.count() == 12 and b.cache_key != key
    b.close()


def test_a_corrupt_cached_index_is_rebuilt(tmp_path):
    target = tmp_path / "snap.db"
    target.write_bytes(b"garbage" * 1000)
    with pytest.raises(LocalIndexError, match="not a tracker PubMed index"):
        LocalIndex(target, create=False)
    b = open_snapshot_backend(index_path=target)
    try:
        assert b.index.count() > 0
    finally:
        b.close()


def test_unwritable_cache_dir_falls_back_to_temp(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be")
    monkeypatch.setattr("tracker.paths.CACHE_DIR", blocker / "cache")
    b = open_snapshot_backend()
    try:
        assert b.index.count() > 0 and not str(b.index.path).startswith(str(blocker))
    finally:
        b.close()
    with pytest.raises(LocalIndexError, match="cannot build the snapshot index here"):
        open_snapshot_backend(index_path=blocker / "x" / "idx.db")


def test_default_snapshot_index_lives_in_the_cache_dir():
    b = open_snapshot_backend()
    try:
        assert b.index.path.name.startswith("snapshot-index-") and b.index.count() > 0
    finally:
        b.close()


def test_mirror_backend_refuses_what_is_not_an_index(tmp_path):
    with pytest.raises(SearchError, match="no mirror index"):
        open_mirror_backend(tmp_path / "missing.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(SearchError, match="not a tracker PubMed index"):
        open_mirror_backend(junk)
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t(x)")
    db.commit()
    db.close()
    with pytest.raises(SearchError, match="not a tracker PubMed index"):
        open_mirror_backend(other)


def test_mirror_backend_over_an_index(tmp_path):
    path = tmp_path / "m.db"
    with LocalIndex(path) as idx:
        idx.add(RECORDS)
    b = open_mirror_backend(path)
    try:
        r = b.search("acne[tiab] NOT review[pt]")
        assert r.source == "mirror" and set(r.pmids) == {"11"}
        assert "of 9 records" in b.label()
        text = explain(b, "acne[mh] AND 2015:2020[dp]")
        assert "FTS5 MATCH" in text and "hits:" in text and "cannot be exploded" in text
        assert "1 of 9 records in this index have no publication year" in text
    finally:
        b.close()


def test_deeply_mixed_operators(index):
    ok = " ".join(f"{op} t{i}" for i, op in zip(range(40), ["OR", "AND"] * 20))
    assert index.search("alpha[ti] " + ok).count == 0  # deepest expression SQLite still parses
    too_deep = "alpha " + " ".join(f"{op} t{i}" for i, op in zip(range(60), ["OR", "AND"] * 30))
    with pytest.raises(QuerySyntaxError, match="levels of mixed operators") as info:
        index.search(too_deep)
    assert too_deep[info.value.position:].startswith(("OR", "AND"))


def test_syntax_errors_surface_with_position(index):
    with pytest.raises(QuerySyntaxError) as info:
        index.search("acne[tiab] AND (scars")
    assert info.value.position == 15


def test_every_project_question_runs_on_the_snapshot():
    from tracker import paths
    from tracker.claims import load_questions

    if not paths.QUESTIONS_CSV.is_file():
        pytest.fail(f"{paths.QUESTIONS_CSV} is missing")
    questions = load_questions(paths.QUESTIONS_CSV)
    b = open_snapshot_backend()
    try:
        total = 0
        for q in questions:
            r = b.search(q.query)
            assert r.count == len(r.pmids)
            total += r.count
        assert total > 0
    finally:
        b.close()


# -- fuzzing ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def canary_index(tmp_path_factory) -> LocalIndex:
    idx = LocalIndex(tmp_path_factory.mktemp("canary") / "index.db")
    idx.add(RECORDS)
    idx.db.execute("CREATE TABLE canary(x TEXT)")
    idx.db.execute("INSERT INTO canary VALUES ('alive')")
    yield idx
    idx.close()


HOSTILE = st.sampled_from([
    "AND", "OR", "NOT", "(", ")", '"', "[tiab]", "[mh]", "[mh:noexp]", "[dp]", "[la]", "[au]", "[pt]",
    "[sh]", "[pmid]", "[xx]", "*", ":", "/", "acne", "micro*", "2015", "2015:2020", "-", "'", ";",
    "'; DROP TABLE canary; --", "\"); DROP TABLE canary; --", "canary", "records", "fts", "NEAR",
    "NEAR(", "{", "}", "^", "+", "\\", "\x00", "\ue000", "\ue001", "é", "x'00'", "%", "_", "?", "$1",
    "title:", "{title}:", "rowid", "MATCH", "''", "`", "\u2028", "𝔞",
])


@settings(max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.text(max_size=60),
    st.lists(HOSTILE, max_size=12).map(" ".join),
    st.lists(HOSTILE, max_size=12).map("".join),
))
def test_fuzz_translator_never_crashes_or_escapes(canary_index, query):
    try:
        h = canary_index.search(query)
    except QuerySyntaxError as exc:
        assert 0 <= exc.position <= len(query)
    else:
        assert set(h.pmids) <= ALL and h.count == len(h.pmids)
    assert canary_index.db.execute("SELECT x FROM canary").fetchall() == [("alive",)]
    assert canary_index.count() == len(RECORDS)


# A reference evaluator: PubMed semantics over the records, in plain Python.

FIELDS_TEXT = {
    "ti": lambda r: [r.title],
    "ab": lambda r: [r.abstract_text],
    "tiab": lambda r: [r.title, r.abstract_text, *r.keywords],
    "all": lambda r: [r.title, r.abstract_text, *r.keywords, *r.mesh_terms, *r.publication_types,
                      r.journal or "", *r.authors],
}


def _phrase_in(words: tuple[str, ...], prefix: bool, text: str) -> bool:
    toks = words_of(text)
    n = len(words)
    for i in range(len(toks) - n + 1):
        window = toks[i:i + n]
        if list(window[:-1]) == list(words[:-1]) and (
            window[-1].startswith(words[-1]) if prefix else window[-1] == words[-1]
        ):
            return True
    return False


def reference(node, record: Record) -> bool:
    if isinstance(node, BoolOp):
        a, b = reference(node.left, record), reference(node.right, record)
        return {"AND": a and b, "OR": a or b, "NOT": a and not b}[node.op]
    if isinstance(node, DateRange):
        return record.year is not None and node.years[0] <= record.year <= node.years[1]
    assert isinstance(node, Term)
    return any(_phrase_in(node.words, node.truncated, t) for t in FIELDS_TEXT[node.field](record))


VOCAB = st.sampled_from(["alpha", "beta", "gamma", "acne", "scars", "collagen", "needling", "skin",
                         "laser", "micro", "needles", "smith", "review"])


@st.composite
def queries(draw, depth=0):
    if depth < 3 and draw(st.integers(0, 2)):
        parts = [draw(queries(depth=depth + 1)) for _ in range(draw(st.integers(2, 3)))]
        ops = [draw(st.sampled_from(["AND", "OR", "NOT"])) for _ in parts[1:]]
        text = parts[0] + "".join(f" {o} {p}" for o, p in zip(ops, parts[1:]))
        return f"({text})" if draw(st.booleans()) else text
    tag = draw(st.sampled_from(["", "[ti]", "[ab]", "[tiab]"]))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(VOCAB) + tag
    if kind == 1:
        return '"' + " ".join(draw(st.lists(VOCAB, min_size=1, max_size=2))) + '"' + tag
    if kind == 2:
        return draw(VOCAB)[:4] + "*" + tag
    a = draw(st.integers(2008, 2022))
    return f"{a}:{a + draw(st.integers(0, 4))}[dp]"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(queries())
def test_index_agrees_with_reference_evaluator(index, query):
    node = parse_query(query)
    expected = {r.pmid for r in RECORDS if reference(node, r)}
    assert hits(index, query) == expected, index.plan(query).match
