"""The streaming PubMed XML parser, on NCBI's real responses and on generated documents."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.eutils_server import article_set, article_xml, running_server
from tracker.models import AbstractSection, AuthorName, MeshHeading, Record
from tracker.pubmed_xml import DeletedCitation, PubmedXMLError, parse, parse_xml_bytes

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "entrez"
PUBMED_FILES = sorted(FIXTURES.glob("pubmed*.xml"))
MATHML = "{http://www.w3.org/1998/Math/MathML}"


@pytest.fixture(scope="module", autouse=True)
def _fixtures_present():
    if not PUBMED_FILES:
        pytest.fail(f"no pubmed*.xml fixtures in {FIXTURES}: tests read them from ../shared beside the project")


def norm(text: str) -> str:
    return " ".join(text.split())


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def full_text(el) -> str:
    return "".join(el.itertext()) if el is not None else ""


def reference(article) -> dict:
    """A deliberately naive extraction (full tree, XPath, itertext) to check the parser against."""
    mc = article.find("MedlineCitation")
    art = mc.find("Article")
    ids = {a.get("IdType"): a.text for a in article.findall("PubmedData/ArticleIdList/ArticleId")}
    eloc = [e.text for e in art.findall("ELocationID") if e.get("EIdType") == "doi"]
    year_text = art.findtext("Journal/JournalIssue/PubDate/Year") or re.search(
        r"\d{4}", art.findtext("Journal/JournalIssue/PubDate/MedlineDate") or ""
    ).group(0)
    authors = []
    for au in art.findall("AuthorList/Author"):
        if au.findtext("LastName"):
            authors.append(f"{au.findtext('LastName')} {au.findtext('Initials')}".strip())
        elif au.find("CollectiveName") is not None:
            authors.append(norm(full_text(au.find("CollectiveName"))))
    mesh = []
    for h in mc.findall("MeshHeadingList/MeshHeading"):
        d = h.find("DescriptorName")
        quals = h.findall("QualifierName")
        major = d.get("MajorTopicYN") == "Y" or any(q.get("MajorTopicYN") == "Y" for q in quals)
        mesh.append(MeshHeading(d.text, major, tuple(q.text for q in quals)))
    return {
        "pmid": mc.findtext("PMID"),
        "title": full_text(art.find("ArticleTitle")),
        "sections": [(a.get("Label"), full_text(a)) for a in art.findall("Abstract/AbstractText")],
        "has_math": article.find(f".//{MATHML}math") is not None,
        "journal": art.findtext("Journal/ISOAbbreviation"),
        "year": int(year_text),
        "doi": ids.get("doi") or (eloc[0] if eloc else None),
        "pmc": ids.get("pmc"),
        "language": art.findtext("Language"),
        "publication_types": tuple(p.text for p in art.findall("PublicationTypeList/PublicationType")),
        "mesh": tuple(mesh),
        "keywords": tuple(norm(full_text(k)) for k in mc.findall("KeywordList/Keyword")),
        "authors": tuple(authors),
    }


@pytest.mark.parametrize("path", PUBMED_FILES, ids=lambda p: p.name)
def test_fixture_records_match_a_naive_full_tree_extraction(path):
    articles = etree.parse(str(path)).getroot().findall("PubmedArticle")
    records = list(parse(path))
    assert len(records) == len(articles) > 0
    for record, article in zip(records, articles):
        ref = reference(article)
        assert isinstance(record, Record)
        assert record.text_kind == "abstract"
        assert record.pmid == ref["pmid"]
        assert [s.label for s in record.abstract] == [label for label, _ in ref["sections"]]
        if ref["has_math"]:  # MathML layout whitespace is dropped on purpose: compare the characters
            assert squash(record.title) == squash(ref["title"])
            assert [squash(s.text) for s in record.abstract] == [squash(t) for _, t in ref["sections"]]
        else:
            assert record.title == norm(ref["title"])
            assert [s.text for s in record.abstract] == [norm(t) for _, t in ref["sections"]]
        for name in ("journal", "year", "doi", "pmc", "language", "publication_types", "mesh", "keywords", "authors"):
            assert getattr(record, name) == ref[name], name


def test_structured_abstract_keeps_its_labels_and_inline_markup_text():
    path = FIXTURES / "pubmed4.xml"
    (record,) = parse(path)
    raw = path.read_text(encoding="utf-8")
    labels = re.findall(r'<AbstractText Label="([A-Z]+)"', raw)
    assert [s.label for s in record.abstract] == labels and len(labels) >= 3
    # <i>TERT</i> in the title and <sub>/<sup> in the abstract keep their text, in place.
    italic = re.search(r"<ArticleTitle>(.*?)<i>(\w+)</i>(.*?)</ArticleTitle>", raw, re.S)
    assert norm(italic.group(1) + italic.group(2) + italic.group(3)) in record.title
    subscript = re.search(r"(\w+)<sub>(\w+)</sub>", raw)
    assert subscript.group(1) + subscript.group(2) in record.abstract_text


@pytest.mark.parametrize("name", ["pubmed6.xml", "pubmed7.xml"])
def test_mathml_tokens_are_kept_in_order_without_layout_spaces(name):
    path = FIXTURES / name
    root = etree.parse(str(path)).getroot()
    maths = root.findall(f".//{MATHML}math")
    assert maths, "fixture should contain MathML"
    (record,) = parse(path)
    text = record.abstract_text
    for math in maths:
        tokens = "".join(t.strip() for t in math.itertext() if t.strip())
        assert tokens in squash(text)
        # the tokens are contiguous in the parsed text (no "V . O 2 m a x")
        first_token = next(t.strip() for t in math.itertext() if t.strip())
        assert any(tokens in squash(text[m.start():m.start() + 3 * len(tokens)])
                   for m in re.finditer(re.escape(first_token), text))
    assert " m a x" not in text


def test_path_gzip_file_object_and_bytes_give_the_same_records(tmp_path):
    path = FIXTURES / "pubmed4.xml"
    data = path.read_bytes()
    gz = tmp_path / "pubmed4.xml.gz"
    gz.write_bytes(gzip.compress(data))
    expected = list(parse(path))
    assert list(parse(gz)) == expected
    assert list(parse(str(gz))) == expected
    with path.open("rb") as fh:
        assert list(parse(fh)) == expected
    assert list(parse(data)) == expected
    assert list(parse(io.BytesIO(gzip.compress(data)))) == expected


def test_skipping_unused_blocks_changes_nothing():
    """UTF-16 input bypasses the byte-level skipping of reference lists etc.: same records."""
    for path in PUBMED_FILES:
        data = path.read_bytes()
        utf16 = data.decode("utf-8").replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="UTF-16"?>', 1)
        assert 'encoding="UTF-16"' in utf16
        assert list(parse(utf16.encode("utf-16"))) == list(parse(data)), path.name


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])  # the block path and the pull-parser path
def test_many_articles_stream_across_read_blocks(encoding):
    articles = [article_xml(Record(pmid=str(10_000 + i), title=f"Title {i} " + "word " * 300)) for i in range(1500)]
    data = article_set(articles)
    if encoding != "utf-8":
        data = data.decode().replace('<?xml version="1.0" ?>', f'<?xml version="1.0" encoding="{encoding}"?>').encode(encoding)
    assert len(data) > 2 * (1 << 20)  # many read blocks
    records = list(parse(io.BytesIO(data)))
    assert [r.pmid for r in records] == [str(10_000 + i) for i in range(1500)]
    assert records[-1].title == norm("Title 1499 " + "word " * 300)


def test_a_lone_article_document_and_latin1_encoding():
    lone = article_xml(Record(pmid="777", title="Caf\u00e9 study"))
    (record,) = parse(b'<?xml version="1.0"?>\n' + lone)
    assert record.pmid == "777" and record.title == "Caf\u00e9 study"
    latin1 = article_set([lone]).decode().replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="ISO-8859-1"?>')
    (record,) = parse(latin1.encode("latin-1"))
    assert record.title == "Caf\u00e9 study"


def test_year_falls_back_to_medline_date_then_article_date():
    base = article_xml(Record(pmid="5", title="t", year=2001))
    medline = base.replace(b"<PubDate><Year>2001</Year></PubDate>", b"<PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate>")
    assert medline != base
    (record,) = parse(article_set([medline]))
    assert record.year == 1998
    electronic = base.replace(b"<PubDate><Year>2001</Year></PubDate>", b"<PubDate><Season>Spring</Season></PubDate>").replace(
        b"</ArticleTitle>", b'</ArticleTitle><ArticleDate DateType="Electronic"><Year>2003</Year></ArticleDate>'
    )
    (record,) = parse(article_set([electronic]))
    assert record.year == 2003


BOOK_AND_DELETE = b"""<?xml version="1.0" ?>
<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
<PubmedArticleSet>
<PubmedBookArticle>
  <BookDocument>
    <PMID Version="1">20301295</PMID>
    <ArticleIdList><ArticleId IdType="bookaccession">NBK1116</ArticleId></ArticleIdList>
    <Book>
      <Publisher><PublisherName>University of Washington, Seattle</PublisherName></Publisher>
      <BookTitle book="gene">GeneReviews<sup>&#174;</sup></BookTitle>
      <PubDate><Year>1993</Year></PubDate>
      <AuthorList Type="editors"><Author><LastName>Adam</LastName><ForeName>Margaret P</ForeName><Initials>MP</Initials></Author></AuthorList>
    </Book>
    <ArticleTitle book="gene" part="alpha-thal">Alpha-Thalassemia</ArticleTitle>
    <Language>eng</Language>
    <AuthorList Type="authors"><Author><LastName>Tamary</LastName><ForeName>Hannah</ForeName><Initials>H</Initials></Author></AuthorList>
    <PublicationType UI="D016454">Review</PublicationType>
    <Abstract>
      <AbstractText Label="CLINICAL CHARACTERISTICS">Alpha-thalassemia (<i>&#945;</i>-thal) has two types.</AbstractText>
      <AbstractText Label="DIAGNOSIS/TESTING">Hb Bart syndrome is suspected in a fetus.</AbstractText>
    </Abstract>
    <ContributionDate><Year>2005</Year><Month>11</Month><Day>1</Day></ContributionDate>
    <ReferenceList><Reference><Citation>Higgs DR. Lancet. 2012.</Citation></Reference></ReferenceList>
  </BookDocument>
  <PubmedBookData>
    <History><PubMedPubDate PubStatus="pubmed"><Year>2010</Year><Month>3</Month><Day>20</Day></PubMedPubDate></History>
    <PublicationStatus>ppublish</PublicationStatus>
    <ArticleIdList><ArticleId IdType="pubmed">20301295</ArticleId></ArticleIdList>
  </PubmedBookData>
</PubmedBookArticle>
<DeleteCitation>
  <PMID Version="1">12345678</PMID>
  <PMID Version="1">23456789</PMID>
</DeleteCitation>
</PubmedArticleSet>
"""


def test_book_article_and_delete_citation():
    book, deleted = parse(BOOK_AND_DELETE)
    assert isinstance(book, Record)
    assert book.pmid == "20301295"
    assert book.title == "Alpha-Thalassemia"
    assert book.journal == "GeneReviews\u00ae"
    assert book.year == 1993
    assert book.authors == ("Tamary H",)
    assert book.publication_types == ("Review",)
    assert book.abstract == (
        AbstractSection("CLINICAL CHARACTERISTICS", "Alpha-thalassemia (\u03b1-thal) has two types."),
        AbstractSection("DIAGNOSIS/TESTING", "Hb Bart syndrome is suspected in a fetus."),
    )
    assert deleted == DeletedCitation(("12345678", "23456789"))


# -- hostile and broken input ----------------------------------------------------------------

ARTICLE_WITH = (
    b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
    b"<ArticleTitle>before %s after</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
)


def test_xxe_is_refused_and_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    doc = tmp_path / "xxe.xml"
    doc.write_bytes(
        b'<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM "'
        + secret.as_uri().encode() + b'">]>\n' + ARTICLE_WITH % b"&xxe;"
    )
    with pytest.raises(PubmedXMLError) as info:
        list(parse(doc))
    message = str(info.value)
    assert str(doc) in message and "xxe" in message and "refused" in message
    assert "TOP-SECRET" not in message


def test_xxe_in_utf16_is_refused_by_the_second_check(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    text = (
        '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM "'
        + secret.as_uri() + '">]>\n' + (ARTICLE_WITH % b"&xxe;").decode()
    )
    # No BOM: the byte-level prolog check cannot read it, lxml's DTD check must.
    data = text.encode("utf-16-le")
    with pytest.raises(PubmedXMLError, match="declares entities xxe|refused"):
        list(parse(data, name="utf16-xxe.xml"))


def test_billion_laughs_is_refused_fast(tmp_path):
    lines = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    doc = tmp_path / "bomb.xml"
    doc.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [\n' + "\n".join(lines) + "\n]>\n"
        + (ARTICLE_WITH % b"&lol9;").decode()
    )
    with pytest.raises(PubmedXMLError) as info:
        list(parse(doc))
    assert str(doc) in str(info.value) and "lol9" in str(info.value)
    # refused as such before libxml2 sees it, even when the rest of the file is broken
    head_only = doc.read_bytes().split(b"]>")[0] + b"]>\n"  # no root element at all
    with pytest.raises(PubmedXMLError, match="refused.*lol9"):
        list(parse(head_only, name="bomb-head.xml"))


def test_dtds_and_parameter_entities_are_never_fetched():
    with running_server() as server:
        external = (
            b'<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet SYSTEM "' + server.url.encode() + b'evil.dtd">\n'
            + ARTICLE_WITH % b"plain"
        )
        (record,) = parse(external)  # an external DTD reference is normal (PubMed has one): not loaded
        assert record.title == "before plain after"
        remote_param = (
            b'<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY % remote SYSTEM "'
            + server.url.encode() + b'evil.dtd"> %remote;]>\n' + ARTICLE_WITH % b"plain"
        )
        with pytest.raises(PubmedXMLError, match="remote"):
            list(parse(remote_param, name="param-entity.xml"))
        with pytest.raises(PubmedXMLError):
            parse_xml_bytes(remote_param, "esearch answer")
        assert server.requests == []


def test_truncated_and_malformed_xml_name_the_source(tmp_path):
    data = (FIXTURES / "pubmed1.xml").read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(data[: data.index(b"</PubmedArticle>") + 40])
    with pytest.raises(PubmedXMLError, match=re.escape(str(cut)) + ".*after 1 record"):
        list(parse(cut))
    gz = tmp_path / "cut.xml.gz"
    gz.write_bytes(gzip.compress(data)[:-30])
    with pytest.raises(PubmedXMLError, match=re.escape(str(gz))):
        list(parse(gz))
    with pytest.raises(PubmedXMLError, match="efetch batch"):
        list(parse(b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID", name="efetch batch"))
    with pytest.raises(PubmedXMLError, match="cannot open"):
        list(parse(tmp_path / "missing.xml"))


def test_other_documents_are_not_pubmed_xml():
    with pytest.raises(PubmedXMLError, match="eSearchResult"):
        list(parse((FIXTURES / "esearch1.xml").read_bytes(), name="esearch1.xml"))
    with pytest.raises(PubmedXMLError, match="no PMID"):
        list(parse(b"<PubmedArticleSet><PubmedArticle><MedlineCitation/></PubmedArticle></PubmedArticleSet>"))
    with pytest.raises(PubmedXMLError, match="empty|malformed"):
        list(parse(b""))


def test_ncbi_fixture_responses_parse_safely():
    for path in sorted(FIXTURES.glob("e*.xml")):
        root = parse_xml_bytes(path.read_bytes(), path.name)
        assert root.tag in {"eSearchResult", "ePostResult", "eInfoResult", "eSpellResult"}


# -- generated documents ---------------------------------------------------------------------

xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn"), blacklist_characters="\ufffe\uffff"),
    max_size=25,
)
token = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-=", min_size=1, max_size=4)


@st.composite
def marked_up(draw):
    """(xml fragment, the text a reader should see) with inline markup and MathML."""
    xml, seen = [], []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["text", "i", "b", "sup", "sub", "u", "math", "nested"]))
        text = draw(xml_text)
        if kind == "text":
            xml.append(etree_escape(text))
            seen.append(text)
        elif kind == "math":
            tokens = draw(st.lists(token, min_size=1, max_size=4))
            tags = draw(st.lists(st.sampled_from(["mi", "mn", "mo"]), min_size=len(tokens), max_size=len(tokens)))
            inner = "".join(f"\n      <mml:{tag}>{t}</mml:{tag}>" for tag, t in zip(tags, tokens))
            xml.append(f' <mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML"><mml:mrow>{inner}\n    </mml:mrow></mml:math> ')
            seen.append(" " + "".join(tokens) + " ")
        elif kind == "nested":
            inner = draw(xml_text)
            xml.append(f"<i>{etree_escape(text)}<sup>{etree_escape(inner)}</sup></i>")
            seen.append(text + inner)
        else:
            xml.append(f"<{kind}>{etree_escape(text)}</{kind}>")
            seen.append(text)
    return "".join(xml), norm("".join(seen))


def etree_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=marked_up(), sections=st.lists(st.tuples(st.one_of(st.none(), st.sampled_from(["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"])), marked_up()), max_size=4))
def test_inline_markup_never_loses_text(title, sections):
    title_xml, title_text = title
    record = Record(pmid="424242", title="unused")
    data = article_set([article_xml(record, title_xml=title_xml, abstract_xml=[(label, x) for label, (x, _) in sections])])
    (parsed,) = parse(data)
    assert parsed.title == title_text
    expected = [AbstractSection(label, text) for label, (_, text) in sections if text or label]
    assert list(parsed.abstract) == expected


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz -'", min_size=1, max_size=20).filter(lambda s: s.strip())


@st.composite
def records(draw):
    n_sections = draw(st.integers(0, 4))
    return Record(
        pmid=str(draw(st.integers(1, 99_999_999))),
        title=draw(xml_text),
        abstract=tuple(
            AbstractSection(draw(st.one_of(st.none(), st.sampled_from(["BACKGROUND", "RESULTS"]))), draw(xml_text))
            for _ in range(n_sections)
        ),
        journal=draw(words),
        year=draw(st.integers(1800, 2030)),
        doi=draw(st.one_of(st.none(), st.from_regex(r"10\.\d{4}/[a-z0-9.]{1,12}", fullmatch=True))),
        pmc=draw(st.one_of(st.none(), st.from_regex(r"PMC\d{1,8}", fullmatch=True))),
        language=draw(st.sampled_from(["eng", "fre", "ger", "spa"])),
        publication_types=tuple(draw(st.lists(words, min_size=1, max_size=3))),
        mesh=tuple(
            MeshHeading(d, major, tuple(q))
            for d, major, q in draw(st.lists(st.tuples(words, st.booleans(), st.lists(words, max_size=2)), max_size=4))
        ),
        keywords=tuple(draw(st.lists(words, max_size=3))),
        authors=tuple(
            f"{last} {initials}"
            for last, initials in draw(st.lists(st.tuples(st.from_regex(r"[A-Z][a-z]{1,10}", fullmatch=True),
                                                          st.from_regex(r"[A-Z]{1,3}", fullmatch=True)), max_size=4))
        ),
    )


@settings(max_examples=150, deadline=None)
@given(record=records())
def test_records_round_trip_through_pubmed_xml(record):
    (parsed,) = parse(article_set([article_xml(record)]))
    expected = Record(
        pmid=record.pmid,
        title=norm(record.title),
        abstract=tuple(AbstractSection(s.label, norm(s.text)) for s in record.abstract if norm(s.text) or s.label),
        journal=norm(record.journal),
        year=record.year,
        doi=record.doi,
        pmc=record.pmc,
        language=record.language,
        publication_types=tuple(norm(p) for p in record.publication_types),
        mesh=tuple(MeshHeading(norm(m.descriptor), m.major, tuple(norm(q) for q in m.qualifiers)) for m in record.mesh),
        keywords=tuple(norm(k) for k in record.keywords),
        authors=record.authors,
        # issue 18: the parts a citation needs (article_xml writes the initials as the fore name too)
        author_names=tuple(AuthorName(last=a.rpartition(" ")[0], fore=a.rpartition(" ")[2],
                                      initials=a.rpartition(" ")[2]) for a in record.authors),
        journal_title=norm(record.journal),
        pub_date=f"{record.year:04d}",
    )
    assert parsed == expected
