"""Cited PubMed records in the formats reference managers import: RIS, CSL-JSON and BibTeX.

Each writer takes `Citation`s (a record and an optional note) and is pure. Authors keep their
parts (family name, given name, suffix; a group stays one name), the journal its full title
beside its abbreviation, pages split into first and last page. A record without a title gets a
visible placeholder, never an empty field, and a retracted publication says so in every format.
Also here: the `citation` JSON that the store and the local index keep for these fields.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .models import AuthorName, Record

__all__ = ["Citation", "authors_of", "bibtex", "csl_items", "csl_json", "extras_from_json", "extras_to_json",
           "ris", "ris_entry", "split_pages", "title_of"]

PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"


@dataclass(frozen=True)
class Citation:
    """One record to cite, with why it is cited (written as a note)."""

    record: Record
    note: str | None = None


# ---- shared pieces -----------------------------------------------------------------------------

def title_of(r: Record) -> str:
    """The title, or a placeholder naming the PMID: an empty title breaks reference managers."""
    title = " ".join(r.title.split())
    return title or f"[No title available] PMID {r.pmid}"


# PubMed's display form, "van der Berg AM": the initials are the last all-capital word.
_DISPLAY = re.compile(r"^(?P<last>.*\S)\s+(?P<initials>[A-Z]{1,4})$")


def authors_of(r: Record) -> tuple[AuthorName, ...]:
    """Structured authors; records stored before issue 18 only have the display form, which is
    split at its initials (a name that does not end in initials is kept whole, as a group)."""
    if r.author_names:
        return r.author_names
    out = []
    for name in r.authors:
        m = _DISPLAY.match(name.strip())
        out.append(AuthorName(last=m["last"], initials=m["initials"]) if m else AuthorName(collective=name.strip()))
    return tuple(out)


def _given(a: AuthorName) -> str | None:
    return a.fore or a.initials


_NUMBER_END = re.compile(r"^(?P<prefix>\D*)(?P<digits>\d+)$")


def split_pages(pages: str | None) -> tuple[str | None, str | None]:
    """("1865", "1876") from "1865-1876"; MEDLINE's shortened last page is expanded ("113-25" ->
    "113", "125"); an article number ("e1234") has no last page."""
    if not pages:
        return None, None
    first_range = re.split(r"[;,]", pages)[0].strip()
    start, sep, end = first_range.partition("-")
    start, end = start.strip(), end.strip()
    if not sep or not end:
        return start or None, None
    ms, me = _NUMBER_END.match(start), _NUMBER_END.match(end)
    if ms and me and me["prefix"] in ("", ms["prefix"]) and len(me["digits"]) < len(ms["digits"]):
        end = ms["prefix"] + ms["digits"][: len(ms["digits"]) - len(me["digits"])] + me["digits"]
    elif ms and me and not me["prefix"]:
        end = ms["prefix"] + me["digits"]
    return start, end


def _date_parts(r: Record) -> list[int]:
    if r.pub_date:
        parts = [int(p) for p in r.pub_date.split("-") if p.isdigit()]
        if parts and (r.year is None or parts[0] == r.year):
            return parts
    return [r.year] if r.year else []


def _retraction_note(r: Record) -> str | None:
    if not r.retracted:
        return None
    notices = ", ".join(f"PMID {n}" if n.isdigit() else n for n in r.retraction_notices)
    return "RETRACTED PUBLICATION" + (f" (retraction notice: {notices})" if notices else "")


def _notes(c: Citation) -> list[str]:
    return [n for n in (_retraction_note(c.record), c.note) if n]


# ---- RIS -------------------------------------------------------------------------------------

def _ris_line(tag: str, value) -> str:
    # RIS has one value per line; a stray newline would start a bogus tag.
    return f"{tag}  - {' '.join(str(value).split())}"


def _ris_author(a: AuthorName) -> str:
    # "Last, First[, Suffix]": the comma is what tells Zotero / EndNote where the surname ends.
    if a.collective:
        return a.collective
    return ", ".join(p for p in (a.last, _given(a), a.suffix) if p)


def ris_entry(c: Citation) -> list[str]:
    """One RIS reference (TY ... ER) for a PubMed record."""
    r = c.record
    lines = [_ris_line("TY", "JOUR"), _ris_line("TI", title_of(r))]
    lines += [_ris_line("AU", _ris_author(a)) for a in authors_of(r)]
    if r.journal_title or r.journal:
        lines.append(_ris_line("T2", r.journal_title or r.journal))
    if r.journal:
        lines.append(_ris_line("J2", r.journal))
    if r.volume:
        lines.append(_ris_line("VL", r.volume))
    if r.issue:
        lines.append(_ris_line("IS", r.issue))
    start, end = split_pages(r.pages)
    if start:
        lines.append(_ris_line("SP", start))
    if end:
        lines.append(_ris_line("EP", end))
    if r.year:
        lines.append(_ris_line("PY", r.year))
    parts = _date_parts(r)
    if parts:  # RIS dates are YYYY/MM/DD/other, empty parts kept
        lines.append(_ris_line("DA", "/".join(f"{p:02d}" for p in parts) + "/" * (4 - len(parts))))
    if r.doi:
        lines.append(_ris_line("DO", r.doi))
    lines += [_ris_line("AN", r.pmid), _ris_line("ID", f"PMID:{r.pmid}"), _ris_line("DB", "PubMed"),
              _ris_line("DP", "NLM"), _ris_line("UR", PUBMED_URL.format(pmid=r.pmid))]
    if r.pmc:
        lines.append(_ris_line("C2", r.pmc))
    if r.language:
        lines.append(_ris_line("LA", r.language))
    lines += [_ris_line("KW", k) for k in (*r.mesh_terms, *r.keywords)]
    if r.text_kind == "abstract" and r.abstract_text:
        lines.append(_ris_line("AB", r.abstract_text))  # a synopsis is never exported as an abstract
    lines += [_ris_line("N1", n) for n in _notes(c)]
    lines.append("ER  - ")
    return lines


def ris(citations: Iterable[Citation]) -> bytes:
    lines: list[str] = []
    for c in citations:
        lines += ris_entry(c)
        lines.append("")
    return "\r\n".join(lines).encode("utf-8")


# ---- CSL-JSON ----------------------------------------------------------------------------------

def _csl_author(a: AuthorName) -> dict:
    if a.collective:
        return {"literal": a.collective}
    out = {"family": a.last, "given": _given(a), "suffix": a.suffix}
    return {k: v for k, v in out.items() if v}


def csl_items(citations: Iterable[Citation]) -> list[dict]:
    """CSL-JSON items (the format citeproc, Zotero and Pandoc read)."""
    items = []
    for c in citations:
        r = c.record
        item: dict = {"id": f"pmid{r.pmid}", "type": "article-journal", "title": title_of(r),
                      "author": [_csl_author(a) for a in authors_of(r)], "PMID": r.pmid,
                      "URL": PUBMED_URL.format(pmid=r.pmid), "source": "PubMed"}
        if r.journal_title or r.journal:
            item["container-title"] = r.journal_title or r.journal
        if r.journal:
            item["container-title-short"] = r.journal
        for key, value in (("volume", r.volume), ("issue", r.issue), ("DOI", r.doi), ("PMCID", r.pmc),
                           ("language", r.language)):
            if value:
                item[key] = value
        start, end = split_pages(r.pages)
        if start:
            item["page"] = f"{start}-{end}" if end else start
            item["page-first"] = start
        parts = _date_parts(r)
        if parts:
            item["issued"] = {"date-parts": [parts]}
        if r.text_kind == "abstract" and r.abstract_text:
            item["abstract"] = r.abstract_text
        notes = _notes(c)
        if notes:
            item["note"] = "\n".join(notes)
        items.append(item)
    return items


def csl_json(citations: Iterable[Citation]) -> bytes:
    return (json.dumps(csl_items(citations), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---- BibTeX ------------------------------------------------------------------------------------

_BIB_SPECIAL = re.compile(r"([&%$#_{}\\~^])")
# Braces are written as commands, not `\{`: BibTeX and biber count every brace, escaped or not, so
# one unbalanced `}` in a title would close the field and let the rest be read as new fields.
_BIB_ESCAPES = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                "{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _bib(text: str) -> str:
    """A field value safe inside braces: LaTeX specials escaped (non-ASCII stays UTF-8)."""
    return _BIB_SPECIAL.sub(lambda m: _BIB_ESCAPES.get(m[1], "\\" + m[1]), " ".join(str(text).split()))


def _bib_author(a: AuthorName) -> str:
    if a.collective:  # braced: a group's name is one name, even with "and" in it
        return "{" + _bib(a.collective) + "}"
    # "von Last, Jr, First": BibTeX's form for names with a suffix
    return ", ".join(_bib(p) for p in (a.last, a.suffix, _given(a)) if p)


def bibtex(citations: Iterable[Citation]) -> bytes:
    """One @article per record, keyed `pmid<PMID>`; UTF-8 (biber / bibtex with inputenc)."""
    entries = []
    for c in citations:
        r = c.record
        fields: list[tuple[str, str]] = [("title", "{" + _bib(title_of(r)) + "}")]  # keep capitals
        people = authors_of(r)
        if people:
            fields.append(("author", " and ".join(_bib_author(a) for a in people)))
        if r.journal_title or r.journal:
            fields.append(("journal", _bib(r.journal_title or r.journal or "")))
        if r.journal:
            fields.append(("shortjournal", _bib(r.journal)))
        for key, value in (("volume", r.volume), ("number", r.issue)):
            if value:
                fields.append((key, _bib(value)))
        start, end = split_pages(r.pages)
        if start:
            fields.append(("pages", _bib(f"{start}--{end}" if end else start)))
        parts = _date_parts(r)
        if parts:
            fields.append(("year", str(parts[0])))
        if len(parts) > 1 and 1 <= parts[1] <= 12:
            fields.append(("month", _MONTHS[parts[1] - 1]))
        if r.doi:
            fields.append(("doi", _bib(r.doi)))
        fields += [("pmid", _bib(r.pmid)), ("url", _bib(PUBMED_URL.format(pmid=r.pmid)))]
        if r.pmc:
            fields.append(("pmcid", _bib(r.pmc)))
        if r.language:
            fields.append(("language", _bib(r.language)))
        notes = _notes(c)
        if notes:
            fields.append(("note", _bib(". ".join(notes))))
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
        key = re.sub(r"[^0-9A-Za-z_-]", "_", r.pmid)  # a PMID is digits; a hostile source's is not trusted
        entries.append(f"@article{{pmid{key},\n{body}\n}}\n")
    return "\n".join(entries).encode("utf-8")


# ---- stored form -------------------------------------------------------------------------------

#: Record fields kept in one JSON value (`records.citation` in the store, the local index's record).
_EXTRA_FIELDS = ("journal_title", "volume", "issue", "pages", "pub_date")


def extras_to_json(r: Record) -> str | None:
    """The citation fields of `r` as JSON, or None when it has none (snapshot records)."""
    value: dict = {k: getattr(r, k) for k in _EXTRA_FIELDS if getattr(r, k) is not None}
    if r.author_names:
        value["author_names"] = [{k: v for k, v in dataclasses.asdict(a).items() if v is not None}
                                 for a in r.author_names]
    if r.retraction_notices:
        value["retraction_notices"] = list(r.retraction_notices)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else None


def extras_from_json(text: str | None) -> dict:
    """Keyword arguments for `Record` from `extras_to_json`'s output (None -> {})."""
    value = json.loads(text) if text else {}
    out: dict = {k: value[k] for k in _EXTRA_FIELDS if k in value}
    if value.get("author_names"):
        out["author_names"] = tuple(AuthorName(**a) for a in value["author_names"])
    if value.get("retraction_notices"):
        out["retraction_notices"] = tuple(value["retraction_notices"])
    return out
