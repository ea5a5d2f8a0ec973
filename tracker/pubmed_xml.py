"""Streaming parser for PubMed XML (efetch output and baseline/update files).

One pass with lxml's pull parser; every finished article becomes a `Record` and is then
freed, so memory stays flat on a 150 MB baseline file. The parser never resolves entities,
never loads a DTD and never touches the network; a document that declares its own entities
(XXE, entity-expansion bombs) is refused before any of it is parsed.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import IO, Protocol

from lxml import etree

from .models import AbstractSection, AuthorName, MeshHeading, Record

__all__ = ["DeletedCitation", "PubmedXMLError", "parse", "parse_xml_bytes", "safe_parser", "text_of"]

Source = str | PathLike | bytes | bytearray | IO[bytes]


class _ByteStream(Protocol):
    """What the parser needs of a byte stream: a file, a GzipFile, a socket or the wrappers below."""

    def read(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


_ITEM_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation")
_ITEM_ENDS = (b"</PubmedArticle>", b"</PubmedBookArticle>", b"</DeleteCitation>")
_SET_TAGS = (b"PubmedArticleSet", b"PubmedBookArticleSet")
_ROOT_TAGS = frozenset({"PubmedArticleSet", "PubmedBookArticleSet", *_ITEM_TAGS})
_BLOCK = 1 << 17  # libxml2 parses pushed data fastest in pieces of 64-256 KB
#: The largest article (or stretch of text between articles) accepted. PubMed articles are a few
#: KB, the largest a few MB; anything bigger is a hostile or broken file, refused before it is
#: held in memory (and libxml2 refuses text nodes over 10 MB anyway).
MAX_ITEM_BYTES = 16 << 20
#: The most a compressed file may decompress to: a PubMed baseline file is 100-300 MB once
#: decompressed; a decompression bomb (1 MB of gzip holding 1 GB of whitespace) is stopped here.
MAX_DECOMPRESSED_BYTES = 1 << 30
_HEAD_LIMIT = 1 << 16  # the prolog of a real PubMed file is a few hundred bytes
_ROOT_START = re.compile(rb"<[A-Za-z_:]")
_ENTITY_NAME = re.compile(rb"<!ENTITY\s+%?\s*([\w.:-]+)")
_XML_ENCODING = re.compile(rb"\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)")
_ASCII_ENCODINGS = frozenset({"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"})
_MATHML = "{http://www.w3.org/1998/Math/MathML}"
_MATH = _MATHML + "math"
_MATHML_NS = b"http://www.w3.org/1998/Math/MathML"
_MTEXT = _MATHML + "mtext"
_MATH_TOKENS = frozenset(_MATHML + t for t in ("mi", "mn", "mo", "ms"))
_YEAR = re.compile(r"\b(1[5-9]\d\d|2\d\d\d)\b")

# Blocks no Record field comes from: reference lists, grants, comments/corrections, history
# dates, chemicals, investigators... They are half of a typical PubMed file, and dropping them
# before libxml2 builds a tree pays for the field extraction. Each is a whole element that
# does not nest; ReferenceList (which may nest) is always the last thing in PubmedData, so
# it is dropped up to `</PubmedData>`.
_SKIPPED = (
    "AffiliationInfo", "ChemicalList", "CoiStatement", "CommentsCorrectionsList", "DataBankList",
    "GeneSymbolList", "GeneralNote", "GrantList", "History", "Identifier", "InvestigatorList",
    "ObjectList", "OtherAbstract", "OtherID", "PersonalNameSubjectList", "ReferenceList",
    "SpaceFlightMission", "SupplMeshList",
)


def _first_letter_alternation(names: tuple[str, ...]) -> bytes:
    # "<(?:A(?:ffiliationInfo)|C(?:hemicalList|...)...)": re rejects most tags on one byte.
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{first}(?:{'|'.join(sorted(rest, key=len, reverse=True))})" for first, rest in groups.items()).encode()


_SKIP_START = re.compile(rb"<((?:" + _first_letter_alternation(_SKIPPED) + rb"))(\s[^>]*)?(?<!/)>")
_SKIP_UNTIL = {b"ReferenceList": b"</PubmedData>"}


class PubmedXMLError(ValueError):
    """The XML is unsafe, malformed or not PubMed XML; the message names the source."""


@dataclass(frozen=True)
class DeletedCitation:
    """A `<DeleteCitation>` block of an update file: these PMIDs were withdrawn."""

    pmids: tuple[str, ...]


def safe_parser() -> etree.XMLParser:
    """An lxml parser that cannot be made to read files, fetch DTDs or expand entities."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_xml_bytes(data: bytes, name: str) -> etree._Element:
    """Parse a small XML document (esearch, epost, ... responses) safely; errors name `name`."""
    _check_prolog(data[:_HEAD_LIMIT], name)
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise PubmedXMLError(f"{name}: malformed XML ({exc})") from None
    if root is None:
        raise PubmedXMLError(f"{name}: empty document")
    _check_docinfo(root, name)
    return root


def parse(
    source: Source,
    *,
    name: str | None = None,
    fetched_at: str | None = None,
    captured_from: str | None = None,
) -> Iterator[Record | DeletedCitation]:
    """Yield a `Record` per PubmedArticle/PubmedBookArticle and a `DeletedCitation` per
    DeleteCitation, in document order.

    `source` is a path (.xml or .xml.gz; gzip is recognised by its magic bytes), a binary file
    object or bytes. `name` labels errors (default: the path). `fetched_at` is stamped on
    every record; `captured_from` may hold a `{pmid}` placeholder.
    """
    label = name or _source_name(source)
    stream, owned = _open(source, label)
    try:
        yield from _iterate(stream, label, fetched_at, captured_from)
    finally:
        if owned:
            stream.close()


class _Capped(io.RawIOBase):
    """A decompressing stream that refuses to give more than `limit` bytes (bomb protection)."""

    def __init__(self, stream: _ByteStream, limit: int, name: str):
        self._stream, self._limit, self._name, self._seen = stream, limit, name, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        want = self._limit + 1 - self._seen
        data = self._stream.read(want if size is None or size < 0 else min(size, want))
        self._seen += len(data)
        if self._seen > self._limit:
            raise PubmedXMLError(
                f"{self._name}: refused: decompresses to more than {self._limit:,} bytes (a PubMed file is "
                f"at most a few hundred MB); a decompression bomb or not a PubMed file")
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            super().close()


def _too_big(name: str, done: int) -> PubmedXMLError:
    return PubmedXMLError(
        f"{name}: refused: after {done} record(s), more than {MAX_ITEM_BYTES:,} bytes without the end of an "
        "article (one article or text node that large is not PubMed XML: a hostile or broken file)")


def text_of(el: etree._Element | None, math: bool = True) -> str:
    """All text inside `el` (inline markup and MathML included), whitespace collapsed.

    `math=False` promises there is no MathML inside (skips looking for it).
    """
    if el is None:
        return ""
    if len(el) == 0:
        text = el.text
        return " ".join(text.split()) if text else ""
    if math:
        for node in el.iter(_MATH):
            _flatten_math(node)
    # Serialising as text runs in C: ten times faster than joining itertext().
    return " ".join(etree.tostring(el, method="text", encoding="unicode", with_tail=False).split())


def _flatten_math(math: etree._Element) -> None:
    # Between MathML tokens whitespace is layout ("V . O 2" should read "V.O2"): keep only
    # the tokens' text, and a blank <mtext> as the deliberate space it is. Edits the tree
    # in place; the article is discarded after extraction.
    for node in math.iter():
        if node is not math and node.tail is not None and not node.tail.strip():
            node.tail = None
        text = node.text
        if text is not None and not text.strip():
            node.text = " " if node.tag == _MTEXT else None
        elif text is not None and node.tag in _MATH_TOKENS:
            node.text = text.strip()


# -- input handling ------------------------------------------------------------------------


class _Prefixed(io.RawIOBase):
    """Replays bytes already read (to sniff gzip) before the rest of a stream."""

    def __init__(self, head: bytes, rest: _ByteStream):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size is None or size < 0:
                data, self._head = self._head + self._rest.read(), b""
            else:
                data, self._head = self._head[:size], self._head[size:]
                if len(data) < size:
                    data += self._rest.read(size - len(data))
            return data
        return self._rest.read(size)

    def close(self) -> None:
        try:
            self._rest.close()
        finally:
            super().close()


def _source_name(source: Source) -> str:
    if isinstance(source, (str, PathLike)):
        return str(source)
    if isinstance(source, (bytes, bytearray)):
        return "<bytes>"
    return str(getattr(source, "name", "<stream>"))


def _open(source: Source, name: str) -> tuple[_ByteStream, bool]:
    if isinstance(source, (str, PathLike)):
        try:
            raw: IO[bytes] = open(Path(source), "rb")
        except OSError as exc:
            raise PubmedXMLError(f"{name}: cannot open ({exc.strerror or exc})") from None
        owned = True
    elif isinstance(source, (bytes, bytearray)):
        raw, owned = io.BytesIO(bytes(source)), True
    elif hasattr(source, "read"):
        raw, owned = source, False
    else:
        raise TypeError(f"parse() needs a path, bytes or a binary file object, not {type(source).__name__}")
    magic = raw.read(2)
    if isinstance(magic, str):
        raise TypeError(f"{name}: open the file in binary mode ('rb')")
    if magic != b"\x1f\x8b":
        return _Prefixed(magic, raw), owned
    gz = gzip.GzipFile(fileobj=_Prefixed(magic, raw), mode="rb")
    return _Capped(gz, MAX_DECOMPRESSED_BYTES, name), True


def _check_prolog(head: bytes, name: str) -> None:
    """Refuse documents with an internal DTD subset before libxml2 sees them."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    match = _ROOT_START.search(head)
    prolog = head if match is None else head[: match.start()]
    doctype = prolog.find(b"<!DOCTYPE")
    internal_subset = doctype >= 0 and b"[" in prolog[doctype:].split(b">", 1)[0]
    if internal_subset or b"<!ENTITY" in prolog:
        names = sorted({m.decode("utf-8", "replace") for m in _ENTITY_NAME.findall(head)})
        detail = f" declaring entities {', '.join(names)}" if names else ""
        raise PubmedXMLError(
            f"{name}: refused: the document carries its own DTD{detail}; entity declarations allow "
            "external-entity (XXE) reads and entity-expansion bombs, and PubMed XML never uses them"
        )


def _check_docinfo(el: etree._Element, name: str) -> None:
    # Second line of defence, for encodings the byte-level prolog check cannot read.
    dtd = el.getroottree().docinfo.internalDTD
    entities = sorted(e.name for e in dtd.entities()) if dtd is not None else []
    if entities:
        raise PubmedXMLError(
            f"{name}: refused: the document declares entities {', '.join(entities)}; "
            "PubMed XML never declares entities (XXE / entity-expansion protection)"
        )


def _iterate(
    stream: _ByteStream, name: str, fetched_at: str | None, captured_from: str | None
) -> Iterator[Record | DeletedCitation]:
    try:
        head = _read_head(stream)
    except (OSError, EOFError, zlib.error) as exc:
        raise PubmedXMLError(f"{name}: cannot read ({exc})") from None
    _check_prolog(head[:_HEAD_LIMIT], name)
    layout = _set_layout(head) if _ascii_compatible(head[:_HEAD_LIMIT]) else None
    if layout is None:  # a lone article, another encoding, or not PubMed XML at all
        yield from _iterate_pull(_Prefixed(head, stream), name, fetched_at, captured_from)
    else:
        yield from _iterate_blocks(head, layout, stream, name, fetched_at, captured_from)


@dataclass(frozen=True)
class _Layout:
    open_tag: bytes  # the root start tag, verbatim (namespace declarations included)
    close_tag: bytes
    body_start: int  # offset just past the root start tag
    declaration: bytes  # an XML declaration naming the document's encoding, or b""


def _set_layout(head: bytes) -> _Layout | None:
    match = _ROOT_START.search(head)
    if match is None:
        return None
    tag = re.match(rb"<([A-Za-z_:][\w.:-]*)", head[match.start() :])
    end = head.find(b">", match.start())
    if tag is None or tag.group(1) not in _SET_TAGS or end < 0 or head[end - 1 : end] == b"/":
        return None
    encoding = _XML_ENCODING.match(head)
    declaration = b""
    if encoding is not None and encoding.group(1).lower() not in (b"utf-8", b"utf8"):
        declaration = b'<?xml version="1.0" encoding="' + encoding.group(1) + b'"?>'
    return _Layout(head[match.start() : end + 1], b"</" + tag.group(1) + b">", end + 1, declaration)


def _iterate_blocks(
    head: bytes, layout: _Layout, stream: _ByteStream, name: str, fetched_at: str | None, captured_from: str | None
) -> Iterator[Record | DeletedCitation]:
    """The fast path: whole articles are cut out of the byte stream in blocks, trimmed of
    unused parts and parsed as small standalone documents (cheaper than a push parser's
    per-element events). Memory is bounded by the block size."""
    try:
        prolog = etree.fromstring(head[: layout.body_start] + layout.close_tag, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise PubmedXMLError(f"{name}: malformed XML prolog ({exc})") from None
    _check_docinfo(prolog, name)
    done = 0
    # Linear in the input: bytes are appended in place and each byte is searched for an
    # article end once (re-joining and re-searching a growing buffer was quadratic).
    pending = bytearray(head[layout.body_start :])
    searched = 0
    try:
        while True:
            block = stream.read(_BLOCK)
            pending += block
            cut = _last_item_end(pending, max(0, searched - _MAX_END))
            if cut < 0:  # no article ends in this block yet
                searched = len(pending)
                if searched > MAX_ITEM_BYTES:
                    raise _too_big(name, done)
            else:
                data = bytes(pending[:cut])
                del pending[:cut]
                searched = 0
                for item in _block_items(data, layout, name, done, fetched_at, captured_from):
                    done += 1
                    yield item
            if not block:
                break
    except (OSError, EOFError, zlib.error) as exc:  # e.g. a truncated .gz
        raise PubmedXMLError(f"{name}: cannot read after {done} record(s) ({exc})") from None
    tail = bytes(pending).rstrip()
    if not tail.endswith(layout.close_tag):
        raise PubmedXMLError(
            f"{name}: truncated XML after {done} record(s): the document does not end with "
            f"{layout.close_tag.decode('ascii', 'replace')}"
        )
    rest = tail[: -len(layout.close_tag)]
    if rest.strip():  # comments, or something that is not a whole article
        yield from _block_items(rest, layout, name, done, fetched_at, captured_from)


def _block_items(
    data: bytes, layout: _Layout, name: str, done: int, fetched_at: str | None, captured_from: str | None
) -> Iterator[Record | DeletedCitation]:
    math = _MATHML_NS in data or _MATHML_NS in layout.open_tag
    document = layout.declaration + layout.open_tag + _drop_unused(data) + layout.close_tag
    try:
        root = etree.fromstring(document, _block_parser())
    except etree.XMLSyntaxError as exc:
        raise PubmedXMLError(f"{name}: malformed or truncated XML after {done} record(s) ({exc})") from None
    for el in root:
        done += 1
        yield _item(el, name, done, fetched_at, captured_from, math)


def _block_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True
    )


def _item(
    el: etree._Element, name: str, n: int, fetched_at: str | None, captured_from: str | None, math: bool
) -> Record | DeletedCitation:
    tag = el.tag
    if tag == "PubmedArticle":
        item: Record | DeletedCitation | None = _article(el, fetched_at, captured_from, math)
    elif tag == "PubmedBookArticle":
        item = _book(el, fetched_at, captured_from)
    elif tag == "DeleteCitation":
        item = DeletedCitation(tuple(p.text.strip() for p in el.iter("PMID") if p.text))
    else:
        raise PubmedXMLError(f"{name}: unexpected <{tag}> after {n - 1} record(s)")
    if item is None:
        raise PubmedXMLError(f"{name}: {tag} #{n} has no PMID")
    return item


def _iterate_pull(
    stream: _ByteStream, name: str, fetched_at: str | None, captured_from: str | None
) -> Iterator[Record | DeletedCitation]:
    """The general path (any root, any encoding): lxml's pull parser, element by element."""
    parser = etree.XMLPullParser(
        events=("end",),
        tag=_ITEM_TAGS,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    checked = False
    n = 0
    try:
        for chunk, math in _chunks(stream, name):
            parser.feed(chunk)
            for _event, el in parser.read_events():
                if not checked:
                    _check_docinfo(el, name)
                    checked = True
                n += 1
                item = _item(el, name, n, fetched_at, captured_from, math)
                # Free the finished article and everything before it: memory stays flat.
                el.clear(keep_tail=False)
                parent = el.getparent()
                if parent is not None:
                    while el.getprevious() is not None:
                        del parent[0]
                yield item
        root = parser.close()
    except etree.XMLSyntaxError as exc:
        raise PubmedXMLError(f"{name}: malformed or truncated XML after {n} record(s) ({exc})") from None
    except (OSError, EOFError, zlib.error) as exc:  # e.g. a truncated .gz
        raise PubmedXMLError(f"{name}: cannot read after {n} record(s) ({exc})") from None
    if not checked:
        _check_docinfo(root, name)
    if root.tag not in _ROOT_TAGS:
        detail = text_of(root)[:200]
        raise PubmedXMLError(
            f"{name}: not PubMed XML: the root element is <{root.tag}>" + (f" ({detail})" if detail else "")
        )


def _read_head(stream: _ByteStream) -> bytes:
    head = stream.read(_HEAD_LIMIT)
    while 0 < len(head) < _HEAD_LIMIT:  # short reads (pipes, sockets): the prolog check needs the head
        more = stream.read(_HEAD_LIMIT - len(head))
        if not more:
            break
        head += more
    return head


def _chunks(stream: _ByteStream, name: str) -> Iterator[tuple[bytes, bool]]:
    """`stream` in blocks cut after a whole article, minus the blocks no Record uses, each
    with whether it may hold MathML (most blocks have none: no need to look per element)."""
    block = _read_head(stream)
    _check_prolog(block, name)
    skip = _ascii_compatible(block[:_HEAD_LIMIT])
    carry = bytearray()
    searched = 0
    while block:
        carry += block
        cut = _last_item_end(carry, max(0, searched - _MAX_END))
        if cut < 0:  # no article ends in this block yet
            searched = len(carry)
            if searched > MAX_ITEM_BYTES:
                raise _too_big(name, 0)
        else:
            data = bytes(carry[:cut])
            del carry[:cut]
            searched = 0
            yield _prepare(data, skip)
        block = stream.read(_BLOCK)
    if carry:
        yield _prepare(bytes(carry), skip)


def _prepare(data: bytes, ascii_compatible: bool) -> tuple[bytes, bool]:
    if not ascii_compatible:
        return data, True
    return _drop_unused(data), _MATHML_NS in data


_MAX_END = max(len(e) for e in _ITEM_ENDS)


def _last_item_end(data: bytes | bytearray, since: int = 0) -> int:
    """Offset just past the last complete item in `data` (looking from offset `since`), or -1."""
    start = data.rfind(_ITEM_ENDS[0], since)  # nearly always a PubmedArticle: one scan
    cut = start + len(_ITEM_ENDS[0]) if start >= 0 else -1
    for end in _ITEM_ENDS[1:]:
        found = data.rfind(end, max(start, since))
        if found >= 0:
            cut = max(cut, found + len(end))
    return cut


def _drop_unused(data: bytes) -> bytes:
    # `data` ends at an article boundary, so every skipped block is complete within it.
    parts = []
    pos = 0
    match = _SKIP_START.search(data)
    while match is not None:
        tag = match.group(1)
        if tag in _SKIP_UNTIL:
            stop = data.find(b"</Pubmed", match.end())
            ok = data.startswith(_SKIP_UNTIL[tag], stop)  # not in a book or a broken article
        else:
            end = data.find(b"</" + tag + b">", match.end())
            ok = end >= 0
            # A retraction notice is the one thing kept from comments/corrections (issue 18).
            if ok and tag == b"CommentsCorrectionsList" and data.find(b"RetractionIn", match.end(), end) >= 0:
                ok = False
            stop = end + len(tag) + 3
        if ok:
            parts.append(data[pos : match.start()])
            pos = stop
        match = _SKIP_START.search(data, stop if ok else match.end())
    if not parts:
        return data
    parts.append(data[pos:])
    return b"".join(parts)


def _ascii_compatible(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00", b"\x4c\x6f\xa7\x94")):
        return False
    match = _XML_ENCODING.match(head)
    return match is None or match.group(1).decode().lower().replace("_", "-") in _ASCII_ENCODINGS


# -- record extraction ---------------------------------------------------------------------
# Direct child loops with tag dispatch: several times faster than find()/XPath per field,
# which matters when a baseline file holds 30,000 articles.


def _article(
    el: etree._Element, fetched_at: str | None, captured_from: str | None, math: bool = True
) -> Record | None:
    pmid = title = vernacular = journal = medline_ta = journal_title = doi = eloc_doi = language = None
    year: int | None = None
    article_year: int | None = None
    abstract: tuple[AbstractSection, ...] = ()
    publication_types: list[str] = []
    mesh: list[MeshHeading] = []
    keywords: list[str] = []
    authors: tuple[str, ...] = ()
    author_names: tuple[AuthorName, ...] = ()
    volume = issue = pages = start_page = end_page = pub_date = article_date = None
    retractions: list[str] = []
    ids: dict[str, str] = {}
    for part in el:
        tag = part.tag
        if tag == "MedlineCitation":
            for c in part:
                tag = c.tag
                if tag == "PMID":
                    pmid = c.text
                elif tag == "Article":
                    for a in c:
                        tag = a.tag
                        if tag == "ArticleTitle":
                            title = text_of(a, math)
                        elif tag == "Journal":
                            for j in a:
                                tag = j.tag
                                if tag == "ISOAbbreviation":
                                    journal = j.text
                                elif tag == "Title":
                                    journal_title = j.text
                                elif tag == "JournalIssue":
                                    for ji in j:
                                        if ji.tag == "PubDate":
                                            year = _year(ji)
                                            pub_date = _pub_date(ji)
                                        elif ji.tag == "Volume":
                                            volume = ji.text
                                        elif ji.tag == "Issue":
                                            issue = ji.text
                        elif tag == "Abstract":
                            abstract = _abstract(a, math)
                        elif tag == "AuthorList":
                            author_names, authors = _author_names(a)
                        elif tag == "Pagination":
                            for pg in a:
                                if pg.tag == "MedlinePgn":
                                    pages = pg.text
                                elif pg.tag == "StartPage":
                                    start_page = pg.text
                                elif pg.tag == "EndPage":
                                    end_page = pg.text
                        elif tag == "Language":
                            language = language or a.text
                        elif tag == "PublicationTypeList":
                            publication_types = [" ".join(p.text.split()) for p in a if p.text and not p.text.isspace()]
                        elif tag == "ELocationID":
                            if eloc_doi is None and a.get("EIdType") == "doi":
                                eloc_doi = a.text
                        elif tag == "ArticleDate":
                            article_year = article_year or _year(a)
                            article_date = article_date or _pub_date(a)
                        elif tag == "VernacularTitle":
                            vernacular = text_of(a, math)
                elif tag == "MeshHeadingList":
                    mesh = _mesh(c)
                elif tag == "KeywordList":
                    keywords.extend(k for k in (text_of(k) for k in c) if k)
                elif tag == "CommentsCorrectionsList":
                    for cc in c:
                        if cc.get("RefType") == "RetractionIn":
                            ref = cc.findtext("PMID") or cc.findtext("RefSource") or ""
                            retractions.append(" ".join(ref.split()) or "retraction notice")
                elif tag == "MedlineJournalInfo":
                    for m in c:
                        if m.tag == "MedlineTA":
                            medline_ta = m.text
        elif tag == "PubmedData":
            for c in part:
                if c.tag == "ArticleIdList":
                    ids = _article_ids(c)
    pmid = pmid.strip() if pmid else None
    if not pmid:
        return None
    journal = journal or medline_ta or journal_title
    doi = ids.get("doi") or eloc_doi
    return Record(
        pmid=pmid,
        title=title or vernacular or "",
        abstract=abstract,
        journal=" ".join(journal.split()) or None if journal else None,
        year=year or article_year,
        doi=doi.strip() if doi else None,
        pmc=ids.get("pmc"),
        language=language.strip() if language else None,
        publication_types=tuple(publication_types),
        mesh=tuple(mesh),
        keywords=tuple(keywords),
        authors=authors,
        text_kind="abstract",
        captured_from=captured_from.format(pmid=pmid) if captured_from else None,
        fetched_at=fetched_at,
        author_names=author_names,
        journal_title=_clean(journal_title),
        volume=_clean(volume),
        issue=_clean(issue),
        pages=_clean(pages) or _page_range(start_page, end_page),
        pub_date=pub_date or article_date,
        retraction_notices=tuple(retractions),
    )


def _book(el: etree._Element, fetched_at: str | None, captured_from: str | None) -> Record | None:
    doc = el.find("BookDocument")
    if doc is None:
        return None
    pmid = (doc.findtext("PMID") or "").strip()
    if not pmid:
        return None
    book = doc.find("Book")
    book_title = text_of(book.find("BookTitle")) if book is not None else ""
    title = text_of(doc.find("ArticleTitle")) or text_of(doc.find("VernacularTitle")) or book_title
    year = _year(book.find("PubDate")) if book is not None else None
    if year is None:
        year = _year(doc.find("ContributionDate"))
    ids = _article_ids(doc.find("ArticleIdList"))
    for kind, value in _article_ids(el.find("PubmedBookData/ArticleIdList")).items():
        ids.setdefault(kind, value)
    author_names, authors = _author_names(doc.find("AuthorList"))
    if not author_names and book is not None:
        author_names, authors = _author_names(book.find("AuthorList"))
    abstract = doc.find("Abstract")
    language = doc.findtext("Language")
    return Record(
        pmid=pmid,
        title=title,
        abstract=_abstract(abstract) if abstract is not None else (),
        journal=book_title if book_title and book_title != title else None,
        year=year,
        doi=ids.get("doi"),
        pmc=ids.get("pmc"),
        language=language.strip() if language else None,
        publication_types=tuple(t for t in (text_of(p) for p in doc.iterfind("PublicationType")) if t),
        keywords=tuple(k for k in (text_of(k) for k in doc.iterfind("KeywordList/Keyword")) if k),
        authors=authors,
        text_kind="abstract",
        captured_from=captured_from.format(pmid=pmid) if captured_from else None,
        fetched_at=fetched_at,
        author_names=author_names,
        pub_date=_pub_date(book.find("PubDate")) if book is not None else None,
    )


def _abstract(el: etree._Element, math: bool = True) -> tuple[AbstractSection, ...]:
    sections = []
    for part in el:
        if part.tag == "AbstractText":
            text = text_of(part, math)
            label = part.get("Label")
            label = label.strip() or None if label else None
            if text or label:
                sections.append(AbstractSection(label, text))
    return tuple(sections)


# Frozen and heavily repeated (Humans, Female, Adult...): share one instance per heading.
_MESH_CACHE: dict[tuple, MeshHeading] = {}


def _mesh(el: etree._Element) -> list[MeshHeading]:
    headings = []
    for heading in el:
        descriptor = None
        major = False
        qualifiers = []
        for part in heading:
            tag = part.tag
            # Heading names are plain text (no markup), so .text is enough.
            if tag == "DescriptorName":
                descriptor = part.text
            elif tag == "QualifierName":
                if part.text and not part.text.isspace():
                    qualifiers.append(" ".join(part.text.split()))
            else:
                continue
            # PubMed treats a heading as a major topic ([majr]) when a qualifier is major.
            major = major or part.get("MajorTopicYN") == "Y"
        if descriptor and not descriptor.isspace():
            key = (descriptor, major, *qualifiers)
            found = _MESH_CACHE.get(key)
            if found is None:
                if len(_MESH_CACHE) >= 100_000:
                    _MESH_CACHE.clear()
                found = _MESH_CACHE[key] = MeshHeading(" ".join(descriptor.split()), major, tuple(qualifiers))
            headings.append(found)
    return headings


def _author_names(el: etree._Element | None) -> tuple[tuple[AuthorName, ...], tuple[str, ...]]:
    """Each valid author's parts, and PubMed's short form of each ("van der Berg AM"); a person
    without a last name is dropped (nothing to cite)."""
    if el is None:
        return (), ()
    names = []
    shown = []
    for author in el:
        if author.tag != "Author" or author.get("ValidYN") == "N":
            continue
        last = fore = initials = suffix = collective = None
        for part in author:  # tag dispatch, as in _article: this runs for every author of every record
            tag = part.tag
            if tag == "LastName":
                last = part.text
            elif tag == "ForeName" or tag == "FirstName":
                fore = part.text
            elif tag == "Initials":
                initials = part.text
            elif tag == "Suffix":
                suffix = part.text
            elif tag == "CollectiveName":
                collective = text_of(part)
        # .strip() rather than _clean: names hold no inner runs of whitespace, and this is hot
        last = last.strip() or None if last else None
        collective = " ".join(collective.split()) or None if collective else None
        if last or collective:
            initials = initials.strip() or None if initials else None
            suffix = suffix.strip() or None if suffix else None
            names.append(AuthorName(last, fore.strip() or None if fore else None, initials, suffix, collective))
            if collective:
                shown.append(collective)
            else:
                assert last is not None  # `last or collective` above
                shown.append((f"{last} {initials}" if initials else last) + (f" {suffix}" if suffix else ""))
    return tuple(names), tuple(shown)


_MONTH_NUMBERS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MEDLINE_DATE = re.compile(r"\b(1[5-9]\d\d|2\d\d\d)(?:\s+([A-Za-z]{3})[a-z]*(?:\s+(\d{1,2})\b)?)?")


def _clean(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None


def _page_range(start: str | None, end: str | None) -> str | None:
    start, end = _clean(start), _clean(end)
    return f"{start}-{end}" if start and end and end != start else start


def _pub_date(date: etree._Element | None) -> str | None:
    """A PubDate/ArticleDate as a partial ISO date: "2019", "2019-03" or "2019-03-15".
    A MedlineDate ("2019 Mar-Apr") gives its first year and month."""
    if date is None:
        return None
    year = month = day = None
    for part in date:
        text = (part.text or "").strip()
        if part.tag == "Year" and text.isdigit():
            year = int(text)
        elif part.tag == "Month" and text:
            month = int(text) if text.isdigit() else _MONTH_NUMBERS.get(text[:3].lower())
        elif part.tag == "Day" and text.isdigit():
            day = int(text)
        elif part.tag == "MedlineDate" and text:
            m = _MEDLINE_DATE.search(text)
            if m:
                year = int(m.group(1))
                month = _MONTH_NUMBERS.get((m.group(2) or "").lower())
                day = int(m.group(3)) if m.group(3) and month else None
    if year is None:
        return None
    if not month or not 1 <= month <= 12:
        return f"{year:04d}"
    if not day or not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _article_ids(el: etree._Element | None) -> dict[str, str]:
    ids: dict[str, str] = {}
    if el is not None:
        for aid in el:
            kind = aid.get("IdType")
            if kind and aid.text and kind not in ids:
                ids[kind] = aid.text.strip()
    return ids


def _year(date: etree._Element | None) -> int | None:
    if date is None:
        return None
    for part in date:
        tag = part.tag
        text = part.text
        if tag == "Year" and text and text.strip().isdigit():
            return int(text)
        if tag == "MedlineDate" and text:
            match = _YEAR.search(text)
            return int(match.group(1)) if match else None
    return None
