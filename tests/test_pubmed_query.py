"""The PubMed query parser: precedence, phrases, truncation, field tags, errors with positions."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.pubmed_query import (
    FIELD_NAMES,
    BoolOp,
    DateRange,
    Term,
    iter_terms,
    parse_query,
    to_pubmed,
    tokenize,
)
from tracker.search import QuerySyntaxError, SearchError


def shape(node) -> object:
    """A compact, comparable view of an AST: ('OR', left, right) / 'word[field]'."""
    if isinstance(node, BoolOp):
        return (node.op, shape(node.left), shape(node.right))
    if isinstance(node, DateRange):
        return f"{node.start}-{node.end}[dp]"
    star = "*" if node.truncated else ""
    text = " ".join(node.words)
    return f'"{text}{star}"[{node.field}]' if node.phrase else f"{text}{star}[{node.field}]"


# -- precedence --------------------------------------------------------------------------------


def test_operators_are_left_to_right_without_precedence():
    # Conventional precedence would give a OR (b AND c); PubMed gives (a OR b) AND c.
    assert shape(parse_query("a OR b AND c")) == ("AND", ("OR", "a[all]", "b[all]"), "c[all]")
    assert shape(parse_query("a AND b OR c")) == ("OR", ("AND", "a[all]", "b[all]"), "c[all]")
    assert shape(parse_query("a OR b NOT c")) == ("NOT", ("OR", "a[all]", "b[all]"), "c[all]")
    assert shape(parse_query("a NOT b OR c")) == ("OR", ("NOT", "a[all]", "b[all]"), "c[all]")


def test_parentheses_override_left_to_right():
    assert shape(parse_query("a OR (b AND c)")) == ("OR", "a[all]", ("AND", "b[all]", "c[all]"))
    assert shape(parse_query("(a OR b) NOT (c OR d)")) == (
        "NOT", ("OR", "a[all]", "b[all]"), ("OR", "c[all]", "d[all]"))
    assert shape(parse_query("((a))")) == "a[all]"


def test_adjacent_terms_are_anded():
    assert shape(parse_query("acne scars")) == ("AND", "acne[all]", "scars[all]")
    assert shape(parse_query('a "b c"')) == ("AND", "a[all]", '"b c"[all]')
    assert shape(parse_query("a (b OR c)")) == ("AND", "a[all]", ("OR", "b[all]", "c[all]"))
    # An untagged run of words is one unit, as PubMed maps it as one term.
    assert shape(parse_query("a OR b c")) == ("OR", "a[all]", ("AND", "b[all]", "c[all]"))


def test_lowercase_operators_are_words():
    assert shape(parse_query("a or b")) == ("AND", ("AND", "a[all]", "or[all]"), "b[all]")


# -- terms -------------------------------------------------------------------------------------


def test_quoted_phrase():
    t = parse_query('"skin needling"')
    assert isinstance(t, Term) and t.phrase and t.words == ("skin", "needling") and t.field == "all"


def test_tagged_word_run_is_a_phrase():
    t = parse_query("collagen induction therapy[tiab]")
    assert isinstance(t, Term) and t.phrase and t.field == "tiab"
    assert t.words == ("collagen", "induction", "therapy")


def test_truncation():
    t = parse_query("microneedl*")
    assert isinstance(t, Term) and t.truncated and t.words == ("microneedl",)
    t = parse_query('"skin needl*"[tiab]')
    assert isinstance(t, Term) and t.truncated and t.phrase and t.words == ("skin", "needl")
    t = parse_query("Microneedl*[TIAB]")
    assert isinstance(t, Term) and t.truncated and t.field == "tiab" and t.words == ("microneedl",)


def test_hyphenated_word_is_a_phrase_of_its_parts():
    t = parse_query("micro-needling")
    assert isinstance(t, Term) and t.phrase and t.words == ("micro", "needling")


@pytest.mark.parametrize(
    "tag, field",
    [
        ("tiab", "tiab"), ("Title/Abstract", "tiab"), ("ti", "ti"), ("Title", "ti"), ("ab", "ab"),
        ("mh", "mh"), ("mesh", "mh"), ("MeSH Terms", "mh"), ("mh:noexp", "mh:noexp"),
        ("MeSH Terms:noexp", "mh:noexp"), ("majr", "majr"), ("MeSH Major Topic", "majr"),
        ("majr:noexp", "majr:noexp"), ("sh", "sh"), ("pt", "pt"), ("Publication Type", "pt"),
        ("la", "la"), ("Language", "la"), ("au", "au"), ("Author", "au"), ("ta", "ta"),
        ("Journal", "ta"), ("ot", "ot"), ("tw", "tw"), ("All Fields", "all"), ("pmid", "pmid"),
    ],
)
def test_every_field_tag(tag, field):
    value = "12345" if field == "pmid" else "acne"
    t = parse_query(f"{value}[{tag}]")
    assert isinstance(t, Term) and t.field == field
    # and with a space before the tag, as PubMed allows
    t = parse_query(f"{value} [{tag}]")
    assert isinstance(t, Term) and t.field == field


@pytest.mark.parametrize(
    "query, start, end",
    [
        ("2020[dp]", (2020,), (2020,)),
        ("2015:2020[dp]", (2015,), (2020,)),
        ("2020/03[dp]", (2020, 3), (2020, 3)),
        ("2015/01/01:2020/12/31[Date - Publication]", (2015, 1, 1), (2020, 12, 31)),
        ('"2015/01/01"[dp] : "2020/12/31"[dp]', (2015, 1, 1), (2020, 12, 31)),
        ('"2015"[pdat]:"2016"[pdat]', (2015,), (2016,)),
    ],
)
def test_publication_dates(query, start, end):
    d = parse_query(query)
    assert isinstance(d, DateRange) and d.start == start and d.end == end


def test_mesh_qualifier():
    t = parse_query("acne vulgaris/therapy[mh]")
    assert isinstance(t, Term) and t.words == ("acne", "vulgaris") and t.qualifier == ("therapy",)


def test_mesh_qualifier_abbreviation_expands_to_the_qualifier():
    t = parse_query("Minoxidil/ae[mh]")
    assert isinstance(t, Term) and t.words == ("minoxidil",) and t.qualifier == ("adverse", "effects")
    assert "adverse effects" in to_pubmed(t)
    assert parse_query("Minoxidil/ae[mh]") == parse_query("Minoxidil/adverse effects[mh]")


def test_snapshot_search_with_a_qualifier_finds_only_headings_that_carry_it():
    from tracker.pipeline import open_backend

    backend = open_backend("snapshot")
    try:
        every = set(backend.search("Minoxidil[mh]").pmids)
        harmed = set(backend.search('"Minoxidil/adverse effects"[mh]').pmids)
        assert harmed and harmed < every
        assert set(backend.search("Minoxidil/ae[mh]").pmids) == harmed
        for record in backend.fetch(sorted(harmed)):
            assert any(m.descriptor == "Minoxidil" and "adverse effects" in m.qualifiers for m in record.mesh)
    finally:
        backend.close()


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, position, fragment",
    [
        ("(microneedling AND acne", 0, "never closed"),
        ("microneedling) AND acne", 13, "without a matching '('"),
        ("microneedling AND", 14, "no right-hand term"),
        ("AND acne", 0, "no left-hand term"),
        ("acne AND OR scars", 9, "not a term"),
        ("acne AND (OR scars)", 10, "no left-hand term"),
        ("acne[foo]", 4, "unknown field tag [foo]"),
        ("acne[ad]", 4, "not available in the offline index"),
        ("acne[]", 4, "empty field tag"),
        ('"acne scars"[tiab:~2]', 12, "proximity search"),
        ("acne[tiab", 4, "unclosed field tag"),
        ('acne AND "scars', 9, "unclosed quotation mark"),
        ('acne AND ""', 9, "empty phrase"),
        ("acne AND ()", 9, "empty parentheses"),
        ("acne AND -", 9, "no letters or digits"),
        ("micro*needling", 5, "only allowed at the end"),
        ("ac*", 0, "at least 3 characters"),
        ("2020:2015[dp]", 0, "ends before it starts"),
        ("acne AND 2020/13[dp]", 9, "month 13"),
        ("acne AND recent[dp]", 9, "not YYYY"),
        ("(acne)[tiab]", 6, "must follow a term"),
        ("[tiab] acne", 0, "must follow a term"),
        ("acne]", 4, "without a matching '['"),
        ("   ", 0, "empty query"),
        ("abc[pmid]", 0, "numeric PMID"),
        ("(" * 13 + "a" + ")" * 13, 12, "nest deeper"),
    ],
)
def test_syntax_errors_point_at_the_problem(query, position, fragment):
    with pytest.raises(QuerySyntaxError) as info:
        parse_query(query)
    err = info.value
    assert err.position == position, str(err)
    assert fragment in str(err)
    assert isinstance(err, SearchError)
    # the message shows the query with a caret under the position
    assert str(err).endswith(query + "\n" + " " * position + "^")


def test_too_many_terms():
    with pytest.raises(QuerySyntaxError, match="more than"):
        parse_query(" OR ".join(f"t{i}" for i in range(1000)))


# -- rendering and properties ------------------------------------------------------------------


def test_to_pubmed_uses_long_tags_and_full_parentheses():
    q = 'microneedl*[tiab] OR "skin needling" AND 2015:2020[dp]'
    assert to_pubmed(parse_query(q)) == (
        '((microneedl*[Title/Abstract] OR "skin needling"[All Fields]) AND '
        '"2015"[Date - Publication] : "2020"[Date - Publication])'
    )


WORDS = st.sampled_from(["acne", "scar", "microneedling", "skin", "collagen", "prp", "laser", "2019"])
TAGS = st.sampled_from(["", *[f"[{t}]" for t in FIELD_NAMES if t not in ("dp", "pmid")]])


@st.composite
def valid_queries(draw, depth=0):
    if depth < 3 and draw(st.booleans()):
        left = draw(valid_queries(depth=depth + 1))
        right = draw(valid_queries(depth=depth + 1))
        op = draw(st.sampled_from(["AND", "OR", "NOT"]))
        return f"({left} {op} {right})" if draw(st.booleans()) else f"{left} {op} {right}"
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(WORDS) + draw(TAGS)
    if kind == 1:
        return '"' + " ".join(draw(st.lists(WORDS, min_size=1, max_size=3))) + '"' + draw(TAGS)
    if kind == 2:
        return draw(WORDS)[:4] + "*" + draw(TAGS)
    a = draw(st.integers(1990, 2025))
    return f"{a}:{a + draw(st.integers(0, 5))}[dp]"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(valid_queries())
def test_rendering_round_trips(query):
    node = parse_query(query)
    again = parse_query(to_pubmed(node))
    assert shape(again) == shape(node)


SYNTAX = st.sampled_from([
    "AND", "OR", "NOT", "and", "(", ")", '"', "[", "]", "[tiab]", "[mh]", "[dp]", "[la]", "[au]",
    "[xyz]", "*", ":", "/", "acne", "micro*", "2015", "2015:2020", "-", "'", ";", "\\", "\x00",
    "\ue000", "é", "NEAR", "{", "}", "^", "DROP TABLE", "--",
])


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(max_size=80),
    st.lists(SYNTAX, max_size=14).map(" ".join),
    st.lists(SYNTAX, max_size=14).map("".join),
))
def test_parser_never_crashes(query):
    try:
        node = parse_query(query)
    except QuerySyntaxError as exc:
        assert 0 <= exc.position <= len(query)
        return
    leaves = list(iter_terms(node))
    assert leaves
    for leaf in leaves:
        if isinstance(leaf, Term):
            assert leaf.words and all(w for w in leaf.words)


def test_tokenize_keeps_positions():
    toks = tokenize('acne[tiab] AND ("a b" OR c*)')
    assert [(t.kind, t.position) for t in toks] == [
        ("word", 0), ("tag", 4), ("op", 11), ("lparen", 15), ("phrase", 16), ("op", 22), ("word", 25),
        ("rparen", 27),
    ]
