"""Verdict colours, safe text for Markdown, and escaped highlighting of claim quotes.

Pure functions, no Streamlit: every piece of stored text (articles, titles, records) is data
and may hold HTML or Markdown. `highlight_html` escapes each piece with `html.escape` before
wrapping spans in a fixed set of tags; `md_escape` makes text print literally in `st.markdown`.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote as url_quote


@dataclass(frozen=True)
class VerdictStyle:
    label: str
    meaning: str  # the verdict in plain words, for the legend
    colour: str  # highlight background; dark text is always set on it
    edge: str  # a stronger shade, for borders
    emoji: str  # the colour cue inside table cells, where only text can go
    md_colour: str  # Streamlit Markdown colour name
    icon: str  # Streamlit material icon: a second cue besides colour

    @property
    def badge(self) -> str:
        """Plain-text badge, for table cells (coloured by the table's styling, no emoji: they
        render as empty boxes on machines without an emoji font)."""
        return self.label

    @property
    def md_badge(self) -> str:
        """Markdown badge with a bundled icon (renders without emoji fonts)."""
        return f":{self.md_colour}[{self.icon}] {self.label}"


VERDICT_STYLES: dict[str, VerdictStyle] = {
    "supported": VerdictStyle(
        "supported", "the studies found back the claim as worded",
        "#b7e4c7", "#2d9d5a", "🟢", "green", ":material/check_circle:"),
    "partly supported": VerdictStyle(
        "partly supported", "the studies back a weaker or narrower version of the claim, or back it only at low certainty",
        "#ffe8a3", "#c99a06", "🟡", "yellow", ":material/contrast:"),
    "not supported": VerdictStyle(
        "not supported", "the studies found do not back the claim",
        "#ffc99e", "#e07b24", "🟠", "orange", ":material/do_not_disturb_on:"),
    "contradicted": VerdictStyle(
        "contradicted", "the studies found point the other way",
        "#ffb3b3", "#d9534f", "🔴", "red", ":material/cancel:"),
    "no evidence found": VerdictStyle(
        "no evidence found", "the search found no relevant studies: the claim is unchecked",
        "#e2e2e2", "#8c8c8c", "⚪", "gray", ":material/help:"),
}
NOT_GRADED = VerdictStyle("not graded yet", "the claim has not been through an audit run yet",
                          "#cfe2ff", "#4a7fc1", "🔷", "blue", ":material/pending:")

CERTAINTY_SYMBOLS = {"High": "⊕⊕⊕⊕", "Moderate": "⊕⊕⊕◯", "Low": "⊕⊕◯◯", "Very low": "⊕◯◯◯",
                     "No evidence found": "◯◯◯◯"}

DIRECTION_COLOURS = {"supports": "#2d9d5a", "no effect": "#8c8c8c", "contradicts": "#d9534f",
                     "mixed": "#f0a030", "unclear": "#c8c8c8"}


SIDE_STYLES = {"backs": ("backs the claim", "#2d9d5a", "#e3f4ea"),
               "against": ("goes against the claim", "#d9534f", "#fbe3e2"),
               "unclear": ("unclear", "#8c8c8c", "#eeeeee")}


def shown_style(verdict: str | None, side: str | None) -> VerdictStyle:
    """The verdict's style, except that a claim the evidence goes against is never shown green
    (or yellow): a sign error must not look like good news."""
    style = verdict_style(verdict)
    if side == "against" and verdict in ("supported", "partly supported"):
        return VERDICT_STYLES["not supported"]
    return style


_PLURAL_SIDES = {"backs the claim": "back the claim", "goes against the claim": "go against the claim"}


def tally_html(tally: dict, *, title: str = "Studies, relative to the claim") -> str:
    """scite-style chips: how many studies back the claim, go against it, or are unclear."""
    chips = []
    for key in ("backs", "against", "unclear"):
        label, edge, bg = SIDE_STYLES[key]
        n = int(tally.get(key, 0) or 0)
        if n != 1:  # the verb agrees with the count: "1 backs the claim", "8 back the claim"
            label = _PLURAL_SIDES.get(label, label)
        chips.append(f'<span data-side="{key}" style="display:inline-block;background:{bg};border:1px solid {edge};'
                     f'border-radius:12px;padding:1px 10px;margin-right:6px;color:#1a1a1a">'
                     f'<b style="color:{edge}">{n}</b> {html.escape(label)}</span>')
    return (f'<div style="margin:0.2em 0 0.6em 0"><span style="font-size:0.85em;color:#555;margin-right:8px">'
            f'{html.escape(title)}:</span>{"".join(chips)}</div>')


def reviewed_badge_html(text: str = "reviewed") -> str:
    """A small CSS badge (no glyph font needed) marking what a reviewer decided."""
    return (f'<span data-badge="reviewed" style="display:inline-block;background:#ede4f7;color:#4b2a7a;'
            f'border:1px solid #7b4fb0;border-radius:10px;padding:0 8px;font-size:0.85em;font-weight:600">'
            f'{_CHECK_SVG}{html.escape(text)}</span>')


# A tick drawn as inline SVG: no font needs to carry the glyph.
_CHECK_SVG = ('<svg width="11" height="11" viewBox="0 0 12 12" style="margin-right:4px;vertical-align:-1px" '
              'aria-hidden="true"><path d="M2 6.5 L5 9.5 L10 2.5" fill="none" stroke="#4b2a7a" '
              'stroke-width="2"/></svg>')


def verdict_style(verdict: str | None) -> VerdictStyle:
    """The style of a verdict; missing or unknown verdicts read as not graded."""
    if not isinstance(verdict, str):
        return NOT_GRADED
    return VERDICT_STYLES.get(verdict, NOT_GRADED)


def certainty_label(certainty: str | None) -> str:
    if not isinstance(certainty, str):
        return "not graded"
    symbols = CERTAINTY_SYMBOLS.get(certainty)
    return f"{certainty} {symbols}" if symbols and certainty != "No evidence found" else certainty


# CommonMark lets any ASCII punctuation be backslash-escaped; that also disarms Streamlit's own
# syntax (":red[..]" directives, ":emoji:" codes, "$" maths) and raw HTML.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=&\"'^%@/])")


def md_escape(text: object) -> str:
    """Text that `st.markdown` prints literally (no markup, HTML, maths or links)."""
    if text is None:
        return ""
    s = str(text)
    # Leading spaces or a newline followed by spaces could start a code block: flatten them.
    s = re.sub(r"[ \t]*\n[ \t]*", "\n", s).strip()
    return _MD_SPECIAL.sub(r"\\\1", s)


def claim_href(claim_id: str) -> str:
    """Relative link to a claim's page (works at any base path)."""
    return f"claim?claim={url_quote(str(claim_id), safe='')}"


def article_href(name: str) -> str:
    return f"article?article={url_quote(str(name), safe='')}"


def question_href(question_id: str) -> str:
    return f"questions?question={url_quote(str(question_id), safe='')}"


@dataclass(frozen=True)
class Span:
    """One claim's quote in a text: `text[start:end]`."""

    start: int
    end: int
    claim_id: str
    verdict: str | None = None
    href: str | None = None  # where the highlighted quote links (None: no link)


def valid_spans(text: str, spans: Iterable[Span]) -> tuple[list[Span], list[Span]]:
    """Split spans into those that fit `text` and those that do not (bad or stale offsets)."""
    good: list[Span] = []
    bad: list[Span] = []
    for s in spans:
        (good if 0 <= s.start < s.end <= len(text) else bad).append(s)
    return good, bad


def segments(text: str, spans: Sequence[Span]) -> list[tuple[int, int, tuple[Span, ...]]]:
    """Cut `text` at every span boundary: (start, end, spans covering that piece), in order."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    ordered = sorted(spans, key=lambda s: s.start)
    out, active, i = [], [], 0
    for a, b in zip(cuts, cuts[1:]):
        while i < len(ordered) and ordered[i].start <= a:
            active.append(ordered[i])
            i += 1
        active = [s for s in active if s.end > a]
        out.append((a, b, tuple(s for s in active if s.start <= a and b <= s.end)))
    return out


def _mark(style: VerdictStyle, strong: bool, under: Sequence[VerdictStyle] = ()) -> str:
    border = "outline:2px solid #333;" if strong else ""
    # Where claims overlap, the longer claims' colours run underneath as stripes, so every claim's
    # colour stays continuous up to its tag instead of being cut into pieces.
    stripes = ",".join(f"inset 0 -{3 * (i + 1)}px 0 {u.edge}" for i, u in enumerate(under[:3]))
    shadow = f"box-shadow:{stripes};" if stripes else ""
    return (f'<mark style="background:{style.colour};color:#1a1a1a;padding:0 2px;'
            f'border-radius:3px;{border}{shadow}">')


def highlight_html(text: str, spans: Iterable[Span], *, tags: bool = True,
                   emphasis: str | None = None, id_prefix: str = "") -> str:
    """`text` as escaped HTML with each span marked in its verdict's colour.

    Overlapping spans are cut into pieces; each piece takes the colour (and link) of the
    shortest span covering it. With `tags`, a small linked claim id follows each span, so
    every claim stays reachable even when shorter spans cover all of it. `emphasis` outlines
    one claim (the one a page is about). `id_prefix`, the long prefix one audited article's claim IDs
    share, is left out of the tags ("07 · supported"; the full ID stays in the tag's title). Newlines are
    kept (pre-wrap).
    """
    good, _ = valid_spans(text, spans)
    ends_at: dict[int, list[Span]] = defaultdict(list)
    for s in sorted(good, key=lambda s: (s.end, s.start)):
        ends_at[s.end].append(s)
    out = ['<div class="tracker-text" style="white-space:pre-wrap;line-height:1.75">']
    for a, b, cover in segments(text, good):
        piece = html.escape(text[a:b])
        if cover:
            top = min(cover, key=lambda s: (s.end - s.start, s.start))
            style = verdict_style(top.verdict)
            under = [verdict_style(s.verdict) for s in sorted(cover, key=lambda s: s.end - s.start) if s is not top]
            piece = f"{_mark(style, top.claim_id == emphasis, under)}{piece}</mark>"
            if top.href:
                piece = (f'<a href="{html.escape(top.href)}" title="{html.escape(top.claim_id)}: '
                         f'{html.escape(style.label)}" style="color:inherit;text-decoration:none">{piece}</a>')
        out.append(piece)
        if tags:
            for s in ends_at.get(b, ()):
                shown_id = s.claim_id[len(id_prefix):] if id_prefix and s.claim_id.startswith(id_prefix) \
                    else s.claim_id
                label = html.escape(f"{shown_id} · {verdict_style(s.verdict).label}")
                sup = (f'<sup title="{html.escape(s.claim_id)}" style="font-size:0.7em;'
                       f'background:{verdict_style(s.verdict).colour};'
                       f'border:1px solid {verdict_style(s.verdict).edge};'
                       f'color:#1a1a1a;border-radius:3px;padding:0 3px;margin-left:2px;white-space:nowrap">{label}</sup>')
                out.append(f'<a href="{html.escape(s.href)}" style="text-decoration:none">{sup}</a>'
                           if s.href else sup)
    out.append("</div>")
    return "".join(out)


def legend_html() -> str:
    """The verdict colours with their meaning, for pages that highlight text."""
    items = [*VERDICT_STYLES.values(), NOT_GRADED]
    return ('<div style="display:flex;flex-wrap:wrap;gap:6px 18px;font-size:0.9em">' + "".join(
        f'<span>{_mark(s, False)}{html.escape(s.label)}</mark>: {html.escape(s.meaning)}</span>'
        for s in items) + "</div>")


def verdict_banner_html(verdict: str | None, certainty: str | None, facts: Sequence[str],
                        side: str | None = None) -> str:
    """A coloured box: the verdict in capitals, its certainty and a few facts (all escaped)."""
    style = shown_style(verdict, side)
    details = " · ".join(html.escape(f) for f in [f"certainty: {certainty_label(certainty)}", *facts])
    return (f'<div style="background:{style.colour};border-left:8px solid {style.edge};color:#1a1a1a;'
            f'border-radius:6px;padding:0.6em 1em;margin:0.3em 0">'
            f'<div style="font-size:1.5em;font-weight:700;letter-spacing:0.02em">{html.escape(style.label.upper())}</div>'
            f'<div style="font-size:1em">{details}</div></div>')


def counts_html(counts: dict[str, int], overstated: int) -> str:
    """Tiles with the number of claims per verdict (legend order) and the overstated count."""
    styles = {st.label: st for st in [*VERDICT_STYLES.values(), NOT_GRADED]}
    tiles = [(styles[k], n) for k, n in counts.items() if k in styles]

    def tile(label: str, n: int, colour: str, edge: str, key: str) -> str:
        # Each tile is a link to the overview filtered on it ("?verdict=..." / "?overstated=1").
        href = "?overstated=1" if key == "overstated" else f"?verdict={url_quote(key)}"
        return (f'<a href="{html.escape(href)}" target="_self" style="flex:1 1 130px;text-decoration:none" '
                f'title="Show only these claims">'
                f'<div data-count="{html.escape(key)}" style="background:{colour};'
                f'border-left:6px solid {edge};border-radius:6px;padding:0.4em 0.8em;color:#1a1a1a">'
                f'<div style="font-size:1.8em;font-weight:700;line-height:1.2">{n:,}</div>'
                f'<div style="font-size:0.9em">{html.escape(label)}</div></div></a>')
    body = "".join(tile(s.label, n, s.colour, s.edge, s.label) for s, n in tiles)
    body += tile("overstated", overstated, "#eadcf8", "#7b4fb0", "overstated")
    return f'<div style="display:flex;flex-wrap:wrap;gap:8px">{body}</div>'
