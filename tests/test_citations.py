"""Citations: PubMed XML -> Record -> store -> RIS / CSL-JSON / BibTeX, read back with the
libraries reference-manager users rely on (rispy, citeproc-py, bibtexparser)."""

from __future__ import annotations

import json

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from tracker import citations as cit
from tracker import export as ex
from tracker.appraisal import appraise
from tracker.models import AuthorName, Question, Record
from tracker.pubmed_xml import parse
from tracker.store import Store

XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<PubmedArticleSet>
<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">31000001</PMID>
<Article PubModel="Print">
  <Journal><JournalIssue CitedMedium="Print"><Volume>17</Volume><Issue>4 Suppl</Issue>
    <PubDate><Year>2019</Year><Month>Mar</Month><Day>15</Day></PubDate></JournalIssue>
    <Title>Journal of cosmetic dermatology</Title><ISOAbbreviation>J Cosmet Dermatol</ISOAbbreviation></Journal>
  <ArticleTitle>Microneedling &amp; <i>topical</i> minoxidil for androgenetic alopecia: a trial.</ArticleTitle>
  <Pagination><MedlinePgn>113-25</MedlinePgn></Pagination>
  <ELocationID EIdType="doi" ValidYN="Y">10.1111/jocd.12_345</ELocationID>
  <AuthorList CompleteYN="Y">
    <Author ValidYN="Y"><LastName>van der Berg</LastName><ForeName>Anna Maria</ForeName><Initials>AM</Initials>
      <AffiliationInfo><Affiliation>Somewhere.</Affiliation></AffiliationInfo></Author>
    <Author ValidYN="Y"><LastName>M\xc3\xbcller</LastName><ForeName>J\xc3\xbcrgen</ForeName><Initials>J</Initials><Suffix>Jr</Suffix></Author>
    <Author ValidYN="N"><LastName>Wrong</LastName><Initials>W</Initials></Author>
    <Author ValidYN="Y"><CollectiveName>Hair Research and Outcomes Group</CollectiveName></Author>
  </AuthorList>
  <Language>eng</Language>
  <PublicationTypeList><PublicationType UI="D016449">Randomized Controlled Trial</PublicationType></PublicationTypeList>
</Article>
<MedlineJournalInfo><MedlineTA>J Cosmet Dermatol</MedlineTA></MedlineJournalInfo>
</MedlineCitation>
<PubmedData><ArticleIdList><ArticleId IdType="pubmed">31000001</ArticleId>
<ArticleId IdType="doi">10.1111/jocd.12_345</ArticleId></ArticleIdList></PubmedData></PubmedArticle>
<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">31000002</PMID>
<Article PubModel="Print">
  <Journal><JournalIssue><Volume>5</Volume><PubDate><MedlineDate>2018 Nov-Dec</MedlineDate></PubDate></JournalIssue>
    <Title>Hair science</Title><ISOAbbreviation>Hair Sci</ISOAbbreviation></Journal>
  <ArticleTitle>Microneedling regrows hair in men.</ArticleTitle>
  <Pagination><StartPage>e1234</StartPage></Pagination>
  <AuthorList><Author ValidYN="Y"><LastName>Lee</LastName><ForeName>Ann</ForeName><Initials>A</Initials></Author></AuthorList>
  <PublicationTypeList><PublicationType>Randomized Controlled Trial</PublicationType></PublicationTypeList>
  <Abstract><AbstractText>In a randomized controlled trial of 100 men with androgenetic alopecia, microneedling increased hair count compared with placebo.</AbstractText></Abstract>
</Article>
<CommentsCorrectionsList>
  <CommentsCorrections RefType="CommentIn"><RefSource>Hair Sci. 2019;6:1.</RefSource><PMID Version="1">31000009</PMID></CommentsCorrections>
  <CommentsCorrections RefType="RetractionIn"><RefSource>Hair Sci. 2020;7:9.</RefSource><PMID Version="1">32000003</PMID></CommentsCorrections>
</CommentsCorrectionsList>
</MedlineCitation>
<PubmedData><ArticleIdList><ArticleId IdType="pubmed">31000002</ArticleId></ArticleIdList></PubmedData></PubmedArticle>
<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">31000004</PMID>
<Article PubModel="Print">
  <Journal><JournalIssue><PubDate><Year>2020</Year></PubDate></JournalIssue><ISOAbbreviation>Hair Sci</ISOAbbreviation></Journal>
  <ArticleTitle></ArticleTitle>
  <PublicationTypeList><PublicationType>Journal Article</PublicationType>
    <PublicationType>Retracted Publication</PublicationType></PublicationTypeList>
</Article>
<CommentsCorrectionsList><CommentsCorrections RefType="Cites"><RefSource>X</RefSource></CommentsCorrections></CommentsCorrectionsList>
</MedlineCitation>
<PubmedData><ArticleIdList><ArticleId IdType="pubmed">31000004</ArticleId></ArticleIdList></PubmedData></PubmedArticle>
</PubmedArticleSet>
"""


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list[Record]:
    """The XML's records after a round trip through a real store (what exports read)."""
    parsed = [r for r in parse(XML, name="citations.xml") if isinstance(r, Record)]
    with Store(tmp_path_factory.mktemp("cit") / "t.db") as s:
        s.hold_records("entrez", parsed)
        got = s.get_records("entrez", [r.pmid for r in parsed])
    assert [got[r.pmid] for r in parsed] == parsed  # nothing lost in the store
    return [got[r.pmid] for r in parsed]


def test_parser_keeps_what_reference_managers_need(records):
    a, b, c = records
    assert a.author_names == (
        AuthorName(last="van der Berg", fore="Anna Maria", initials="AM"),
        AuthorName(last="Müller", fore="Jürgen", initials="J", suffix="Jr"),
        AuthorName(collective="Hair Research and Outcomes Group"))
    assert a.authors == ("van der Berg AM", "Müller J Jr", "Hair Research and Outcomes Group")
    assert (a.journal, a.journal_title) == ("J Cosmet Dermatol", "Journal of cosmetic dermatology")
    assert (a.volume, a.issue, a.pages, a.pub_date, a.year) == ("17", "4 Suppl", "113-25", "2019-03-15", 2019)
    assert a.doi == "10.1111/jocd.12_345" and not a.retracted
    assert (b.pub_date, b.pages, b.journal_title) == ("2018-11", "e1234", "Hair science")
    assert b.retracted and b.retraction_notices == ("32000003",)  # CommentIn is not a retraction
    assert c.retracted and c.retraction_notices == () and c.title == ""  # by publication type


def test_split_pages_expands_medline_short_forms():
    assert cit.split_pages("113-25") == ("113", "125")
    assert cit.split_pages("1865-1876") == ("1865", "1876")
    assert cit.split_pages("S12-7") == ("S12", "S17")
    assert cit.split_pages("R1-R10") == ("R1", "R10")
    assert cit.split_pages("e1234") == ("e1234", None)
    assert cit.split_pages("123-9; discussion 130") == ("123", "129")
    assert cit.split_pages(None) == (None, None)


def test_ris_round_trips_through_rispy(records):
    text = cit.ris(cit.Citation(r, "tracker: cited for claim(s) c1") for r in records).decode("utf-8")
    a, b, c = rispy.loads(text)
    # "Last, First": Zotero reads the part before the comma as the surname
    assert a["authors"] == ["van der Berg, Anna Maria", "Müller, Jürgen, Jr", "Hair Research and Outcomes Group"]
    assert a["secondary_title"] == "Journal of cosmetic dermatology" and a["alternate_title1"] == "J Cosmet Dermatol"
    assert (a["volume"], a["number"], a["start_page"], a["end_page"]) == ("17", "4 Suppl", "113", "125")
    assert (a["year"], a["date"]) == ("2019", "2019/03/15/")
    assert a["doi"] == "10.1111/jocd.12_345" and a["accession_number"] == "31000001"
    assert a["urls"] == ["https://pubmed.ncbi.nlm.nih.gov/31000001/"]
    assert a["title"] == "Microneedling & topical minoxidil for androgenetic alopecia: a trial."
    assert (b["start_page"], b.get("end_page"), b["date"]) == ("e1234", None, "2018/11//")
    assert any("RETRACTED PUBLICATION (retraction notice: PMID 32000003)" in n for n in b["notes"])
    assert c["title"] == "[No title available] PMID 31000004"  # never an empty TI
    assert any(n.startswith("RETRACTED PUBLICATION") for n in c["notes"])
    assert "RETRACTED" not in " ".join(a.get("notes", []))


def test_csl_json_round_trips_through_citeproc(records):
    items = json.loads(cit.csl_json(cit.Citation(r) for r in records))
    source = CiteProcJSON(items)
    a = source["pmid31000001"]
    assert [(n["family"], n["given"]) for n in a["author"][:2]] == [("van der Berg", "Anna Maria"), ("Müller", "Jürgen")]
    assert a["author"][2] == {"literal": "Hair Research and Outcomes Group"}
    assert str(a["container_title"]) == "Journal of cosmetic dermatology"
    assert str(a["volume"]) == "17" and str(a["page"]) == "113-125"
    assert (a["issued"]["year"], a["issued"]["month"], a["issued"]["day"]) == (2019, 3, 15)
    assert str(a["DOI"]) == "10.1111/jocd.12_345" and str(a["PMID"]) == "31000001"
    assert "RETRACTED" in items[1]["note"] and items[2]["title"] == "[No title available] PMID 31000004"
    # ... and a CSL style formats them as a bibliography
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bib = CitationStylesBibliography(style, source, formatter.plain)
    bib.register(CslCitation([CitationItem("pmid31000001")]))
    (entry,) = [str(e) for e in bib.bibliography()]
    for part in ("van der Berg, A.M.", "(2019)", "Journal of cosmetic dermatology", "17(4 Suppl)", "113–125",
                 "10.1111/jocd.12_345"):
        assert part in entry, (part, entry)


def test_bibtex_round_trips_through_bibtexparser(records):
    text = cit.bibtex(cit.Citation(r, "tracker: cited for claim(s) c1 & c2") for r in records).decode("utf-8")
    # names are split before LaTeX is decoded, so a braced group name stays one name
    lib = bibtexparser.parse_string(text, append_middleware=[
        SeparateCoAuthors(), SplitNameParts(), LatexDecodingMiddleware()])
    assert not lib.failed_blocks
    entries = {e.key: e for e in lib.entries}
    assert set(entries) == {"pmid31000001", "pmid31000002", "pmid31000004"}
    a = entries["pmid31000001"]
    first, second, group = a["author"]
    assert (first.von, first.last, first.first) == (["van", "der"], ["Berg"], ["Anna", "Maria"])
    assert (second.last, second.jr, second.first) == (["Müller"], ["Jr"], ["Jürgen"])
    assert (group.first, group.von, group.last) == ([], [], ["{Hair Research and Outcomes Group}"])
    assert a["journal"] == "Journal of cosmetic dermatology" and a["shortjournal"] == "J Cosmet Dermatol"
    assert (a["volume"], a["number"], a["pages"], a["year"], a["month"]) == ("17", "4 Suppl", "113–125", "2019", "mar")  # "--" decodes to an en dash
    assert a["doi"] == "10.1111/jocd.12_345" and a["pmid"] == "31000001"  # the escaped "_" decodes back
    assert "Microneedling & topical minoxidil" in a["title"]
    assert "c1 & c2" in a["note"]
    assert "RETRACTED PUBLICATION" in entries["pmid31000002"]["note"]
    assert "[No title available] PMID 31000004" in entries["pmid31000004"]["title"]


def test_display_only_authors_are_split_at_their_initials():
    """Records stored before the parser kept author parts still export "Last, Initials"."""
    old = Record(pmid="1", title="T", authors=("van der Berg AM", "WHO Study Group", "Smith J"))
    assert cit.authors_of(old) == (AuthorName(last="van der Berg", initials="AM"),
                                   AuthorName(collective="WHO Study Group"), AuthorName(last="Smith", initials="J"))


QUESTION = Question("Q1", "Does microneedling regrow hair?", "microneedling", "hair growth", "efficacy",
                    "microneedling AND (hair OR alopecia)")


def test_a_retracted_study_is_listed_but_never_graded(records):
    retracted = records[1]
    assert retracted.retracted
    a = appraise(retracted, QUESTION)
    assert not a.included and a.exclusion_reason == "retracted publication" and a.direction == "unclear"
    # the same record without its retraction notice is weighed as usual
    from dataclasses import replace
    live = appraise(replace(retracted, retraction_notices=()), QUESTION)
    assert live.included and live.exclusion_reason is None


def test_exports_show_retraction(demo_db, tmp_path):
    """The export tables flag retracted records (none in the snapshot: all False, typed bool)."""
    with Store(demo_db, readonly=True) as s:
        audit = ex.load_audit(s)
    evidence = ex.tables(audit)["evidence"]
    assert evidence["retracted"].tolist() == [audit.record(s, p).retracted if audit.record(s, p) else False
                                              for s, p in zip(evidence["source"], evidence["pmid"])]
    doc = ex.audit_document(audit)
    assert all(r["retracted"] is False for r in doc["records"])


def test_reports_mark_a_retracted_reference(records):
    from tracker.report import Reference, _html_reference, _md_reference

    retracted, live = records[1], records[0]
    assert _md_reference(Reference(1, retracted.pmid, retracted)).startswith("1. **Retracted publication.**")
    assert "<strong>Retracted publication.</strong>" in _html_reference(Reference(2, retracted.pmid, retracted))
    assert "Retracted" not in _md_reference(Reference(3, live.pmid, live))
