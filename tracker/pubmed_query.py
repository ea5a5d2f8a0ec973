"""PubMed query syntax: tokenizer and parser to a small AST.

The grammar follows PubMed's search rules:

- `AND`, `OR`, `NOT` (upper case only) are evaluated strictly left to right, with no precedence
  between them, unless parentheses group them; adjacent terms with no operator are ANDed.
- `"quoted phrases"`; a run of unquoted words followed by a field tag is also a phrase
  (`kidney allograft[tiab]`), as in PubMed; untagged unquoted words are ANDed, each in all fields.
- Truncation `term*` (only at the end of a term).
- Field tags in short or long form (`[tiab]`, `[Title/Abstract]`, `[mh]`, `[MeSH Terms]`, ...);
  publication dates `2020[dp]`, `2015:2020[dp]`, `2020/03[dp]`, `"2015/01/01"[dp] : "2020/12/31"[dp]`.

Anything else is a `QuerySyntaxError` carrying the 0-based position of the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .search import QuerySyntaxError

Op = Literal["AND", "OR", "NOT"]
OPERATORS: tuple[str, ...] = ("AND", "OR", "NOT")

MAX_DEPTH = 12  # parenthesis nesting; SQLite's FTS5 parser overflows near 100 levels
MAX_TERMS = 400
MAX_QUERY_CHARS = 20_000
MIN_TRUNCATION_CHARS = 3

# Canonical field -> the PubMed long tag name used when rendering a query back.
FIELD_NAMES: dict[str, str] = {
    "all": "All Fields",
    "tw": "Text Word",
    "tiab": "Title/Abstract",
    "ti": "Title",
    "ab": "Abstract",
    "mh": "MeSH Terms",
    "mh:noexp": "MeSH Terms:noexp",
    "majr": "MeSH Major Topic",
    "majr:noexp": "MeSH Major Topic:noexp",
    "sh": "MeSH Subheading",
    "pt": "Publication Type",
    "dp": "Date - Publication",
    "la": "Language",
    "au": "Author",
    "ta": "Journal",
    "ot": "Other Term",
    "pmid": "PMID",
}

# Every spelling accepted inside [...] (lower-cased, inner spaces collapsed) -> canonical field.
_TAG_ALIASES: dict[str, str] = {
    "all": "all", "all fields": "all",
    "tw": "tw", "text word": "tw", "textword": "tw",
    "tiab": "tiab", "title/abstract": "tiab",
    "ti": "ti", "title": "ti",
    "ab": "ab", "abstract": "ab",
    "mh": "mh", "mesh": "mh", "mesh terms": "mh", "mesh term": "mh",
    "mh:noexp": "mh:noexp", "mesh:noexp": "mh:noexp", "mesh terms:noexp": "mh:noexp",
    "majr": "majr", "mesh major topic": "majr", "mj": "majr",
    "majr:noexp": "majr:noexp", "mesh major topic:noexp": "majr:noexp",
    "sh": "sh", "subheading": "sh", "mesh subheading": "sh",
    "pt": "pt", "publication type": "pt", "ptyp": "pt",
    "dp": "dp", "pdat": "dp", "date - publication": "dp", "publication date": "dp",
    "la": "la", "lang": "la", "language": "la",
    "au": "au", "auth": "au", "author": "au",
    "ta": "ta", "journal": "ta", "jour": "ta",
    "ot": "ot", "other term": "ot", "keyword": "ot", "kw": "ot",
    "pmid": "pmid", "uid": "pmid",
}

# Real PubMed tags whose data the offline index does not hold: a clear "not available" error.
_OFFLINE_UNAVAILABLE: frozenset[str] = frozenset({
    "ad", "affiliation", "fau", "full author name", "1au", "lastau", "cn", "ir", "fir", "ed",
    "edat", "crdt", "mhda", "lr", "dcom", "entrez date", "create date", "mesh date",
    "ip", "vi", "pg", "is", "isbn", "si", "nm", "ps", "pa", "rn", "gr", "pl", "sb", "filter",
    "tt", "book", "cois", "ein", "lid", "aid", "pmcid", "orcid", "auid", "jid",
    "pubn", "sec", "stitle", "conflict of interest statements",
})

# PubMed's two-letter MeSH subheading abbreviations ("Minoxidil/ae[mh]" is
# "Minoxidil/adverse effects[mh]"), from NLM's list of qualifiers.
SUBHEADING_ABBREVIATIONS = {
    "ab": "abnormalities", "ad": "administration & dosage", "ae": "adverse effects", "ag": "agonists",
    "an": "analysis", "ah": "anatomy & histology", "ai": "antagonists & inhibitors", "bi": "biosynthesis",
    "bl": "blood", "bs": "blood supply", "ch": "chemistry", "ci": "chemically induced", "cl": "classification",
    "co": "complications", "cn": "congenital", "cs": "chemical synthesis", "ct": "contraindications",
    "di": "diagnosis", "dg": "diagnostic imaging", "dh": "diet therapy", "dt": "drug therapy", "ec": "economics",
    "ed": "education", "em": "embryology", "ep": "epidemiology", "eh": "ethnology", "et": "etiology",
    "ge": "genetics", "gd": "growth & development", "hi": "history", "im": "immunology", "in": "injuries",
    "ir": "innervation", "is": "isolation & purification", "me": "metabolism", "mi": "microbiology",
    "mo": "mortality", "nu": "nursing", "og": "organization & administration", "pa": "pathology",
    "pd": "pharmacology", "pk": "pharmacokinetics", "pc": "prevention & control", "px": "psychology",
    "ps": "parasitology", "pp": "physiopathology", "ph": "physiology", "po": "poisoning", "rh": "rehabilitation",
    "rt": "radiotherapy", "se": "secretion", "sn": "statistics & numerical data", "st": "standards",
    "su": "surgery", "th": "therapy", "tu": "therapeutic use", "to": "toxicity", "tr": "transplantation",
    "ul": "ultrastructure", "ur": "urine", "us": "utilization", "vi": "virology",
}


@dataclass(frozen=True)
class Term:
    """One search term: a word, a phrase, or a tagged run of words."""

    text: str  # as written, without quotes, tag or trailing '*'
    words: tuple[str, ...]  # searchable words (letters and digits), lower-cased
    field: str  # canonical field, see FIELD_NAMES
    phrase: bool  # quoted, or several words under one tag
    truncated: bool  # ended with '*': the last word is a prefix
    position: int
    qualifier: tuple[str, ...] = ()  # MeSH "descriptor/qualifier[mh]": the qualifier's words


@dataclass(frozen=True)
class DateRange:
    """A publication-date limit, inclusive, at the precision the query gave."""

    start: tuple[int, ...]  # (year,) or (year, month) or (year, month, day)
    end: tuple[int, ...]
    text: str
    position: int

    @property
    def years(self) -> tuple[int, int]:
        return self.start[0], self.end[0]

    @property
    def finer_than_year(self) -> bool:
        return len(self.start) > 1 or len(self.end) > 1


@dataclass(frozen=True)
class BoolOp:
    op: Op
    left: Node
    right: Node
    position: int  # of the operator (for implicit AND: of the right operand)


Node = Term | DateRange | BoolOp


# ---------------------------------------------------------------------------------------------
# Tokens

TokKind = Literal["word", "phrase", "tag", "lparen", "rparen", "op"]


@dataclass(frozen=True)
class Token:
    kind: TokKind
    text: str  # word text, phrase content, tag content, operator
    position: int
    end: int


def tokenize(query: str) -> list[Token]:
    """Split a query into words, "phrases", [tags], parentheses and operators."""
    tokens: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c == "(":
            tokens.append(Token("lparen", c, i, i + 1))
            i += 1
        elif c == ")":
            tokens.append(Token("rparen", c, i, i + 1))
            i += 1
        elif c == '"':
            close = query.find('"', i + 1)
            if close < 0:
                raise QuerySyntaxError("unclosed quotation mark", query, i)
            tokens.append(Token("phrase", query[i + 1:close], i, close + 1))
            i = close + 1
        elif c == "[":
            close = query.find("]", i + 1)
            if close < 0:
                raise QuerySyntaxError("unclosed field tag '['", query, i)
            tokens.append(Token("tag", query[i + 1:close], i, close + 1))
            i = close + 1
        elif c == "]":
            raise QuerySyntaxError("']' without a matching '['", query, i)
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in '()"[]':
                j += 1
            text = query[i:j]
            kind: TokKind = "op" if text in OPERATORS else "word"
            tokens.append(Token(kind, text, i, j))
            i = j
    return tokens


_WORD = re.compile(r"[^\W_]+")


def words_of(text: str) -> tuple[str, ...]:
    """The searchable words of `text`: runs of letters and digits, lower-cased.

    Close to SQLite's unicode61 tokenizer, which re-tokenizes whatever we send; private-use
    characters are never part of a word, because the index uses them as markers.
    """
    return tuple(_WORD.findall(text.lower()))


# ---------------------------------------------------------------------------------------------
# Parser


def parse_query(query: str) -> Node:
    """Parse a PubMed query into an AST; raise `QuerySyntaxError` with the position on bad input."""
    if not isinstance(query, str):
        raise TypeError(f"query must be a str, not {type(query).__name__}")
    if len(query) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(f"query is longer than {MAX_QUERY_CHARS} characters", query[:80], 0)
    if not query.strip():
        raise QuerySyntaxError("empty query", query, 0)
    parser = _Parser(query, tokenize(query))
    node = parser.expression(depth=0)
    if parser.i < len(parser.tokens):
        tok = parser.tokens[parser.i]
        if tok.kind == "rparen":
            raise QuerySyntaxError("')' without a matching '('", query, tok.position)
        raise QuerySyntaxError(f"unexpected {tok.text!r}", query, tok.position)  # pragma: no cover
    return node


class _Parser:
    def __init__(self, query: str, tokens: list[Token]):
        self.query = query
        self.tokens = tokens
        self.i = 0
        self.n_terms = 0

    def error(self, message: str, position: int) -> QuerySyntaxError:
        return QuerySyntaxError(message, self.query, position)

    def peek(self) -> Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def expression(self, depth: int) -> Node:
        """unit ((OP | nothing) unit)*, folded left to right."""
        left = self.unit(depth)
        while True:
            tok = self.peek()
            if tok is None or tok.kind == "rparen":
                return left
            if tok.kind == "op":
                self.i += 1
                nxt = self.peek()
                if nxt is None:
                    raise self.error(f"{tok.text} has no right-hand term", tok.position)
                if nxt.kind in ("op", "rparen"):
                    raise self.error(f"{tok.text} is followed by {nxt.text!r}, not a term", nxt.position)
                right = self.unit(depth)
                left = BoolOp(tok.text, left, right, tok.position)  # type: ignore[arg-type]
            else:
                right = self.unit(depth)
                left = BoolOp("AND", left, right, tok.position)

    def unit(self, depth: int) -> Node:
        tok = self.peek()
        assert tok is not None
        if tok.kind == "lparen":
            if depth >= MAX_DEPTH:
                raise self.error(f"parentheses nest deeper than {MAX_DEPTH} levels", tok.position)
            self.i += 1
            nxt = self.peek()
            if nxt is None:
                raise self.error("unbalanced parenthesis: '(' is never closed", tok.position)
            if nxt.kind == "rparen":
                raise self.error("empty parentheses", tok.position)
            if nxt.kind == "op":
                raise self.error(f"{nxt.text} has no left-hand term", nxt.position)
            group = self.expression(depth + 1)
            close = self.peek()
            if close is None or close.kind != "rparen":
                raise self.error("unbalanced parenthesis: '(' is never closed", tok.position)
            self.i += 1
            after = self.peek()
            if after is not None and after.kind == "tag":
                raise self.error("a field tag must follow a term, not a parenthesised group", after.position)
            return group
        if tok.kind == "op":
            raise self.error(f"{tok.text} has no left-hand term", tok.position)
        if tok.kind == "rparen":
            raise self.error("')' without a matching '('", tok.position)
        if tok.kind == "tag":
            raise self.error("a field tag must follow a term", tok.position)
        if tok.kind == "phrase":
            self.i += 1
            return self.tagged(tok.text, tok.position + 1, tok.position, quoted=True)
        # A run of plain words: tagged -> one phrase; untagged -> each word ANDed.
        start = self.i
        while self.i < len(self.tokens) and self.tokens[self.i].kind == "word":
            self.i += 1
        run = self.tokens[start:self.i]
        nxt = self.peek()
        if nxt is not None and nxt.kind == "tag":
            text = self.query[run[0].position:run[-1].end]
            return self.tagged(text, run[0].position, run[0].position, quoted=False)
        node: Node | None = None
        for word in run:
            term = self.make_term(word.text, word.position, "all", quoted=False)
            node = term if node is None else BoolOp("AND", node, term, word.position)
        assert node is not None
        return node

    def tagged(self, text: str, text_pos: int, position: int, *, quoted: bool) -> Node:
        """A phrase or word run, with the field tag that may follow it."""
        field = "all"
        tag = self.peek()
        if tag is not None and tag.kind == "tag":
            self.i += 1
            field = self.field_of(tag)
        if field == "dp":
            return self.date(text, text_pos, position)
        return self.make_term(text, text_pos, field, quoted=quoted, position=position)

    def field_of(self, tag: Token) -> str:
        key = " ".join(tag.text.lower().split())
        if not key:
            raise self.error("empty field tag []", tag.position)
        if key in _TAG_ALIASES:
            return _TAG_ALIASES[key]
        if re.fullmatch(r"[a-z /]+:~\d+", key):
            raise self.error(f"proximity search [{tag.text}] is not supported by the offline index", tag.position)
        if key in _OFFLINE_UNAVAILABLE:
            raise self.error(f"field tag [{tag.text}] is not available in the offline index", tag.position)
        supported = " ".join(f"[{t}]" for t in FIELD_NAMES if t not in ("all",))
        raise self.error(f"unknown field tag [{tag.text}] (supported: {supported})", tag.position)

    def make_term(self, text: str, text_pos: int, field: str, *, quoted: bool,
                  position: int | None = None) -> Term:
        position = text_pos if position is None else position
        self.n_terms += 1
        if self.n_terms > MAX_TERMS:
            raise self.error(f"query has more than {MAX_TERMS} terms", position)
        raw = text.strip()
        if not raw:
            raise self.error("empty phrase" if quoted else "empty term", position)
        truncated = raw.endswith("*")
        body = raw.rstrip("*").rstrip() if truncated else raw
        star = body.find("*")
        if star >= 0:
            raise self.error(
                "'*' truncation is only allowed at the end of a term (words before a field tag"
                " form one phrase; join separate terms with AND)",
                text_pos + text.find(body) + star,
            )
        qualifier: tuple[str, ...] = ()
        if field in ("mh", "mh:noexp", "majr", "majr:noexp") and "/" in body:
            desc, _, qual = body.partition("/")
            qualifier = words_of(SUBHEADING_ABBREVIATIONS.get(qual.strip().lower(), qual))
            if not qualifier:
                raise self.error("MeSH qualifier after '/' is empty", text_pos + text.find("/"))
            body = desc
            if truncated:
                raise self.error("truncation cannot be combined with a MeSH qualifier", position)
        words = words_of(body)
        if not words:
            raise self.error(f"term {raw!r} has no letters or digits to search for", position)
        if truncated and len(words[-1]) < MIN_TRUNCATION_CHARS:
            raise self.error(
                f"truncated term needs at least {MIN_TRUNCATION_CHARS} characters before '*'", position
            )
        if field == "pmid" and (len(words) != 1 or not words[0].isdigit() or truncated):
            raise self.error(f"[pmid] needs one numeric PMID, got {raw!r}", position)
        return Term(
            text=body.strip(),
            words=words,
            field=field,
            phrase=quoted or len(words) > 1,
            truncated=truncated,
            position=position,
            qualifier=qualifier,
        )

    def date(self, text: str, text_pos: int, position: int) -> DateRange:
        """`2020`, `2020/03`, `2020/03/15` or a range `A:B`, possibly as `"A"[dp] : "B"[dp]`."""
        raw = text.strip()
        if ":" in raw:
            a, _, b = raw.partition(":")
            start = self.date_value(a, text_pos)
            end = self.date_value(b, text_pos + text.find(":") + 1)
        else:
            start = end = self.date_value(raw, text_pos)
            # PubMed's own long form: "2015/01/01"[dp] : "2020/12/31"[dp]
            tok = self.peek()
            if tok is not None and tok.kind == "word" and tok.text.startswith(":"):
                self.i += 1
                rest = tok.text[1:]
                if rest:
                    end_text, end_pos = rest, tok.position + 1
                else:
                    nxt = self.peek()
                    if nxt is None or nxt.kind not in ("word", "phrase"):
                        raise self.error("date range ':' has no end date", tok.position)
                    self.i += 1
                    end_text = nxt.text
                    end_pos = nxt.position + (1 if nxt.kind == "phrase" else 0)
                tag = self.peek()
                if tag is None or tag.kind != "tag" or self.field_of(tag) != "dp":
                    raise self.error("the end of a date range needs a [dp] tag", end_pos)
                self.i += 1
                end = self.date_value(end_text, end_pos)
                raw = f"{raw}:{end_text.strip()}"
        if end < start:
            raise self.error(f"date range {raw!r} ends before it starts", position)
        self.n_terms += 1
        return DateRange(start=start, end=end, text=raw, position=position)

    def date_value(self, text: str, position: int) -> tuple[int, ...]:
        value = text.strip()
        m = re.fullmatch(r"(\d{4})(?:[/-](\d{1,2})(?:[/-](\d{1,2}))?)?", value)
        if not m:
            raise self.error(
                f"publication date {value!r} is not YYYY, YYYY/MM or YYYY/MM/DD", position
            )
        parts = tuple(int(p) for p in m.groups() if p is not None)
        if len(parts) > 1 and not 1 <= parts[1] <= 12:
            raise self.error(f"month {parts[1]} in {value!r} is not 1-12", position)
        if len(parts) > 2 and not 1 <= parts[2] <= 31:
            raise self.error(f"day {parts[2]} in {value!r} is not 1-31", position)
        return parts


# ---------------------------------------------------------------------------------------------
# Rendering


def to_pubmed(node: Node) -> str:
    """Render the AST back as a fully parenthesised PubMed query with long tag names."""
    if isinstance(node, BoolOp):
        return f"({to_pubmed(node.left)} {node.op} {to_pubmed(node.right)})"
    if isinstance(node, DateRange):
        fmt = lambda d: "/".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(d))  # noqa: E731
        if node.start == node.end:
            return f'"{fmt(node.start)}"[{FIELD_NAMES["dp"]}]'
        return f'"{fmt(node.start)}"[{FIELD_NAMES["dp"]}] : "{fmt(node.end)}"[{FIELD_NAMES["dp"]}]'
    text = " ".join(node.words)
    if node.qualifier:
        text += "/" + " ".join(node.qualifier)
    star = "*" if node.truncated else ""
    quoted = f'"{text}{star}"' if node.phrase else f"{text}{star}"
    return f"{quoted}[{FIELD_NAMES[node.field]}]"


def iter_terms(node: Node):
    """Every leaf (Term or DateRange), left to right, without recursion limits."""
    stack: list[Node] = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, BoolOp):
            stack.append(cur.right)
            stack.append(cur.left)
        else:
            yield cur
