"""Load articles (plain text, Markdown, HTML) into the stored text that claim offsets index into.

The stored text is a deterministic function of the file's bytes, so offsets stay stable:
plain text is kept as decoded (newlines normalised); Markdown loses its markup characters;
HTML is reduced to its main text by trafilatura (page boilerplate left out, entities decoded).
HTML is never rendered.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .models import Article, ArticleFormat

MAX_ARTICLE_BYTES = 5_000_000
SUFFIX_FORMATS: dict[str, ArticleFormat] = {".txt": "text", ".text": "text", ".md": "markdown",
                                            ".markdown": "markdown", ".html": "html", ".htm": "html"}


def decode(data: bytes, *, path: str | Path) -> str:
    """Decode article or CSV bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.

    Anything else is refused with the line and byte offset of the first bad byte, since
    guessing a legacy encoding silently would corrupt quotes.
    """
    utf32 = _utf32(data)
    if utf32:
        raise InputError(f"is {utf32}, which the tracker does not read; re-save it as UTF-8", path=path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"looks like UTF-16 but does not decode ({exc.reason})", path=path) from exc
    else:
        head = data[:8192]
        if b"\x00" in head:
            if _looks_like_utf16(head):
                raise InputError("looks like UTF-16 without a byte-order mark; re-save it as UTF-8",
                                 path=path)
            raise InputError("is a binary file (it contains NUL bytes), not text", path=path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise InputError(
                f"is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) on line {line}; "
                "re-save it as UTF-8 (it may be Windows-1252 or Latin-1)",
                path=path,
            ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf32(data: bytes) -> str | None:
    """'UTF-32 (little-endian, with a byte-order mark)' etc. when `data` is UTF-32, else None.
    Checked before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one."""
    if data.startswith(b"\xff\xfe\x00\x00"):
        return "UTF-32 (little-endian, with a byte-order mark)"
    if data.startswith(b"\x00\x00\xfe\xff"):
        return "UTF-32 (big-endian, with a byte-order mark)"
    head = data[:8192]
    quads = [head[i:i + 4] for i in range(0, len(head) - 3, 4)]
    # Mostly-ASCII text in UTF-32 has three NULs in every four bytes.
    if len(quads) >= 2 and sum(q[1:4] == b"\0\0\0" for q in quads) > 0.8 * len(quads):
        return "UTF-32 (little-endian, without a byte-order mark)"
    if len(quads) >= 2 and sum(q[0:3] == b"\0\0\0" for q in quads) > 0.8 * len(quads):
        return "UTF-32 (big-endian, without a byte-order mark)"
    return None


def _looks_like_utf16(head: bytes) -> bool:
    # Mostly-ASCII text in UTF-16 has a NUL in every other byte.
    even, odd = head[0::2], head[1::2]
    return max(even.count(0), odd.count(0)) > 0.4 * (len(head) // 2)


def detect_format(path: Path, text: str) -> ArticleFormat:
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(p|div|body|h1)\b", head):
        return "html"
    return "text"


class _TextExtractor(HTMLParser):
    SKIP = {"script", "style", "head", "noscript", "template", "svg", "iframe", "object"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
             "table", "section", "article", "header", "footer", "blockquote", "pre", "hr", "figure",
             "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(source: str) -> tuple[str, str]:
    """Return (title, text) of an HTML page.

    The text is the page's main content as trafilatura extracts it: navigation, related-links
    sidebars, footers, comments and scripts are left out (a "Related articles" list of
    headlines must not become claims), entities are decoded, one paragraph per line. Metadata
    is read separately: the title from `<title>` here, byline/date/address by
    `export.article_meta`, and trafilatura never guesses a date. A page where trafilatura finds
    no main text keeps all its text, tags stripped.
    """
    title, whole = _all_text(source)
    main = _main_text(_captions_as_paragraphs(source))
    return title, main or whole


_FIGURE_TAG_RE = re.compile(r"<(/?)(figcaption|figure)\b", re.I)


def _captions_as_paragraphs(source: str) -> str:
    """The page with each figure caption made a paragraph of its own.

    trafilatura drops a `<figure>` with its image when images are left out, and with it the
    `<figcaption>`: but a caption is the page's own words about what the figure shows (a before and
    after gallery says what a treatment did in its captions), so it is kept as text; the image is not.
    """
    return _FIGURE_TAG_RE.sub(lambda m: f"<{m.group(1)}{'p' if m.group(2).lower() == 'figcaption' else 'div'}",
                              source)


def _main_text(source: str) -> str | None:
    import trafilatura  # imported here: loading it costs ~0.5 s, and only HTML articles need it

    text = trafilatura.extract(
        source, output_format="txt", with_metadata=False, include_comments=False, include_tables=True,
        include_images=False, include_links=False, include_formatting=False, deduplicate=False,
        favor_precision=True)
    if not text or not text.strip():
        return None
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _all_text(source: str) -> tuple[str, str]:
    """(title, text) with only tags stripped and entities decoded: every word of the page."""
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    return " ".join("".join(parser.title).split()), text


_MD_RULES = [
    (re.compile(r"^```.*$", re.M), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}#{1,6}\s+", re.M), ""),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"<[^>\n]+>"), ""),
]


def markdown_to_text(source: str) -> str:
    """Markdown without its markup characters (links keep their text, headings their words)."""
    text = source
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return html.unescape(text)


def load_article(path: str | Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read one article file into an `Article` whose `text` is what claim offsets index."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:  # refused before it is read: a 5 GB file must not fill memory
            raise InputError(f"is {size:,} bytes; articles are limited to {max_bytes:,} bytes", path=path)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read article ({exc.strerror})", path=path) from exc
    return article_from_bytes(path.name, data, path=path, max_bytes=max_bytes)


def article_from_bytes(name: str, data: bytes, *, path: str | Path | None = None,
                       max_bytes: int = MAX_ARTICLE_BYTES, fmt: ArticleFormat | None = None) -> Article:
    """Build an `Article` from raw bytes (a file, an upload or pasted text)."""
    where = path or name
    if len(data) > max_bytes:
        raise InputError(
            f"is {len(data):,} bytes; articles are limited to {max_bytes:,} bytes", path=where)
    raw = decode(data, path=where)
    if not raw.strip():
        raise InputError("is empty: there is no text to audit", path=where)
    fmt = fmt or detect_format(Path(name), raw)
    title = ""
    if fmt == "html":
        title, text = html_to_text(raw)
    elif fmt == "markdown":
        text = markdown_to_text(raw)
    else:
        text = raw
    if not text.strip():
        raise InputError("has no readable text once markup is removed", path=where)
    if not title:
        first = next((ln.strip() for ln in text.splitlines() if ln.strip()), name)
        # pasted text is read as plain text, but its first line may still be a Markdown heading
        title = re.sub(r"^#{1,6}\s+", "", first)[:200] or name
    return Article(name=name, title=title, text=text, format=fmt,
                   sha256=hashlib.sha256(data).hexdigest(), path=str(path or ""))


def load_articles(directory: str | Path, names: Iterable[str] | None = None) -> list[Article]:
    """Load every .txt/.md/.html article in `directory` (or just `names`), sorted by name."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError("is not a directory of articles", path=directory)
    if names is None:
        paths = sorted(p for p in directory.iterdir() if p.suffix.lower() in SUFFIX_FORMATS)
    else:
        paths = [directory / n for n in sorted(set(names))]
    return [load_article(p) for p in paths]


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The [start, end) span of the paragraph (blank-line or line delimited) holding a span."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    return p_start, len(text) if p_end == -1 else p_end
