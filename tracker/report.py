"""The audit report of one article, as Markdown or as self-contained HTML.

Each report lists every claim in order of appearance (quote, verdict, certainty, rationale,
numbered citations), then the references, the evidence flow (PRISMA-style counts) of the
questions the article's claims rest on, and a one-paragraph method. All article and record
text is escaped: it comes from the web and from PubMed, and is never trusted as markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote as url_quote

from .export import (
    PRISMA_COLUMNS,
    ArticleMeta,
    Audit,
    ExportError,
    Publisher,
    _certainty_sentence,
    _int,
    _json_obj,
    _missing,
    _opt,
    _str,
    claim_anchor,
    claim_reviews,
    effect_line,
    jsonld_text,
    load_audit,
    method_facts,
    report_file_name,
    sof_line,
)
from .models import VERDICTS, Article, Record
from .store import Store, decode_json_column


@dataclass(frozen=True)
class Citation:
    number: int
    pmid: str
    note: str  # how the study bears on the claim's question, e.g. "RCT, n=40, supports"


@dataclass(frozen=True)
class ClaimEntry:
    number: int
    claim_id: str
    quote: str
    claim: str
    question_id: str
    question: str
    claim_type: str
    strength: str
    verdict: str | None  # None: not graded yet
    certainty: str | None
    overstated: bool
    rationale: str | None
    n_studies: int | None
    n_participants: int | None
    citations: tuple[Citation, ...]
    # issue 15: the one certainty sentence (tracker.wording), reviews' pooled participants apart,
    # and the question's Summary-of-Findings row with its footnotes (tracker.sof)
    certainty_sentence: str = ""
    n_participants_reviews: int = 0
    sof: str | None = None
    sof_footnotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reference:
    number: int
    pmid: str
    record: Record | None  # None when the store has no bibliographic record for the PMID


@dataclass(frozen=True)
class FlowRow:
    question_id: str
    statement: str
    query: str
    source_label: str | None
    searched_at: str | None
    counts: tuple[int, ...]  # PRISMA_COLUMNS, in order
    designs: tuple[tuple[str, int], ...]  # appraised studies by design, non-zero only


@dataclass(frozen=True)
class ArticleReport:
    article: Article
    meta: ArticleMeta
    generated_at: str
    claims: tuple[ClaimEntry, ...]
    references: tuple[Reference, ...]
    flow: tuple[FlowRow, ...]
    sources: tuple[str, ...]
    first_search: str | None
    last_search: str | None
    grading_rules: str
    synopses: bool  # some cited records carry a synopsis, not the published abstract
    reviews: tuple[str, ...] = ()  # reviewer decisions on this article, one line each (method section)


FLOW_HEADERS = ("Identified", "Not fetched", "Fetched", "Duplicates removed", "Not retrieved",
                "Screened", "Screened out", "Appraised")


def build_report(audit: Audit, article_name: str) -> ArticleReport:
    """Collect one article's report from the audit (claims in order of appearance)."""
    article = next((a for a in audit.articles if a.name == article_name), None)
    if article is None:
        raise ExportError(f"article {article_name!r} is not in the database")
    rows = audit.claims[audit.claims["article"] == article_name]
    evidence = {(e["question_id"], e["pmid"]): e for _, e in audit.evidence.iterrows()}
    numbers: dict[str, int] = {}
    sources: dict[str, str | None] = {}
    claims = []
    grades = {q["question_id"]: q for _, q in audit.questions.iterrows()}
    for _, c in rows.iterrows():
        cites = []
        for pmid in decode_json_column(_opt(c["cited_pmids"])):
            if pmid not in numbers:
                numbers[pmid] = len(numbers) + 1
                sources[pmid] = audit.run_source(c["run_id"])
            cites.append(Citation(numbers[pmid], pmid, _evidence_note(evidence.get((c["question_id"], pmid)))))
        graded = not _missing(c["run_id"])
        claims.append(ClaimEntry(
            number=int(c["position"]), claim_id=c["claim_id"], quote=c["quote"], claim=c["claim"],
            question_id=c["question_id"], question=c["question"], claim_type=c["claim_type"],
            strength=c["strength"], verdict=_str(c["verdict"]) if graded else None,
            certainty=_str(c["certainty"]) if graded else None,
            overstated=bool(graded and int(c["overstated"])), rationale=_str(c["rationale"]),
            n_studies=_int(c["n_studies"]), n_participants=_int(c["n_participants"]),
            citations=tuple(cites), **_sof_fields(c, grades.get(c["question_id"]), graded)))
    references = tuple(Reference(n, p, audit.record(sources[p], p)) for p, n in numbers.items())
    qids = list(dict.fromkeys(rows["question_id"]))
    prisma = {r["question_id"]: r for _, r in audit.prisma.iterrows()}
    searches = {r["question_id"]: r for _, r in audit.searches.iterrows()}
    statements = dict(zip(audit.questions["question_id"], audit.questions["statement"]))
    queries = dict(zip(audit.questions["question_id"], audit.questions["query"]))
    flow = []
    for qid in qids:
        p, s = prisma.get(qid), searches.get(qid)
        if p is None:
            continue  # question never graded: no flow to show
        designs = tuple((col[len("design: "):], int(p[col])) for col in audit.prisma.columns
                        if col.startswith("design: ") and int(p[col]))
        flow.append(FlowRow(qid, statements.get(qid, ""), queries.get(qid, ""),
                            _str(s["source_label"]) if s is not None else None,
                            _str(s["searched_at"]) if s is not None else None,
                            tuple(int(p[k]) for k in PRISMA_COLUMNS), designs))
    facts = method_facts(audit)
    used = [f for f in flow if f.source_label]
    searched = sorted(f.searched_at for f in used if f.searched_at)
    return ArticleReport(
        article=article, meta=audit.meta.get(article.name, ArticleMeta()), generated_at=audit.generated_at,
        claims=tuple(claims), references=references, flow=tuple(flow),
        sources=tuple(dict.fromkeys(f.source_label for f in used if f.source_label)) or tuple(facts["sources"]),
        first_search=searched[0] if searched else facts["first_search"],
        last_search=searched[-1] if searched else facts["last_search"],
        grading_rules=facts["grading_rules"],
        synopses=any(r.record is not None and r.record.text_kind == "synopsis" for r in references),
        reviews=_review_lines(audit, set(rows["claim_id"]), set(qids)))


def _review_lines(audit: Audit, claim_ids: set[str], question_ids: set[str]) -> tuple[str, ...]:
    """'2026-12-05, Ana Silva: PMID 1 (Q): direction unclear -> supports. Reason: ...' per decision
    on this article's claims or their questions' records, oldest first; withdrawn ones marked."""
    d = audit.decisions
    if d.empty:
        return ()
    mine = d[d["claim_id"].isin(claim_ids) | (d["pmid"].notna() & d["question_id"].isin(question_ids))]
    stale = set()
    if not audit.applied.empty:
        stale = {int(x) for x in audit.applied.loc[audit.applied["stale"].astype(bool), "decision_id"]}
    lines = []
    for _, r in mine.sort_values("decision_id").iterrows():
        line = f"{str(r['at'])[:10]}, {r['reviewer']}: {r['what']}. Reason: {r['reason']}"
        if not int(r["active"]):
            line += " (withdrawn)"
        elif int(r["decision_id"]) in stale:
            line += " (the record's text changed since this decision)"
        lines.append(line)
    return tuple(lines)


def _sof_fields(c, q, graded: bool) -> dict:
    if not graded:
        return {}
    sof = _json_obj(q.get("sof")) if q is not None else None
    return {"certainty_sentence": _certainty_sentence(c),
            "n_participants_reviews": (_int(q.get("n_participants_reviews")) or 0) if q is not None else 0,
            "sof": sof_line(sof), "sof_footnotes": tuple(sof.get("footnotes", ())) if sof else ()}


def _evidence_note(e) -> str:
    if e is None:
        return ""
    design = str(e["design"])
    pools = _str(e.get("review_pools"))
    if pools:
        design += " (content unknown)" if pools == "unknown" else f" of {pools}"
    parts = [design]
    if not _missing(e["n_participants"]):
        parts.append(f"n={int(e['n_participants'])}")
    parts.append(str(e["direction"]))
    if not _missing(e["indirect"]) and int(e["indirect"]):
        parts.append("indirect")
    effect = effect_line(_json_obj(e.get("effect")))
    if effect:
        parts.append(f"effect: {effect}")
    return ", ".join(parts)


def _authors(r: Record) -> str:
    names = list(r.authors)
    return ", ".join(names[:6]) + (", et al" if len(names) > 6 else "")


def _date(iso: str | None) -> str:
    return iso[:10] if iso else "unknown date"


def _method_text(rep: ArticleReport) -> str:
    when = (f"on {_date(rep.first_search)}" if _date(rep.first_search) == _date(rep.last_search)
            else f"between {_date(rep.first_search)} and {_date(rep.last_search)}")
    text = (f"Sources: {'; '.join(rep.sources) or 'none'}. Searches were run {when}, one PubMed "
            f"query per question (listed with the evidence flow). {rep.grading_rules}")
    if rep.synopses:
        text += (" Records from the embedded snapshot carry a synopsis written for this project, "
                 "not the published abstract.")
    active = sum(not line.endswith("(withdrawn)") for line in rep.reviews)
    if rep.reviews:
        text += (f" A reviewer checked the machine's reading: {active} decision(s) applied before grading, "
                 "listed below with the machine's value, who decided, when and why.")
    else:
        text += " No reviewer decision changed the machine's appraisal of this article's evidence."
    return text


def _verdict_summary(claims: Sequence[ClaimEntry]) -> list[tuple[str, int]]:
    counts = {v: sum(c.verdict == v for c in claims) for v in VERDICTS}
    out = [(v, n) for v, n in counts.items() if n]
    ungraded = sum(c.verdict is None for c in claims)
    return out + ([("not graded", ungraded)] if ungraded else [])


# ---- Markdown ------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~])")


def md(text: str) -> str:
    """One line of plain text made inert in CommonMark (no markup, no raw HTML, no entities)."""
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
    if re.match(r"[#+\-=]", text):
        text = "\\" + text
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)


def _md_quote(text: str) -> str:
    return "\n".join("> " + md(line) if line.strip() else ">" for line in text.strip().split("\n"))


def _md_reference(ref: Reference) -> str:
    r = ref.record
    link = f"PMID [{ref.pmid}](https://pubmed.ncbi.nlm.nih.gov/{url_quote(ref.pmid)}/)"
    if r is None:
        return f"{ref.number}. {link} (no bibliographic record stored)."
    title = (r.title or "").strip().rstrip(".").strip()
    parts = [md(_authors(r)) + "." if _authors(r).strip() else "",
             md(title) + "." if title else "(no title in the record).",
             f"*{md(r.journal)}*." if r.journal and r.journal.strip() else "", f"{r.year}." if r.year else "",
             f"doi:[{md(r.doi)}](https://doi.org/{url_quote(r.doi, safe='/')})." if r.doi else "", link + "."]
    if r.retracted:  # listed, never weighed (issue 18)
        parts.insert(0, "**Retracted publication.**")
    return f"{ref.number}. " + " ".join(p for p in parts if p)


def to_markdown(rep: ArticleReport) -> str:
    a, meta = rep.article, rep.meta
    out = [f"# Audit report: {md(a.title)}", ""]
    facts = [f"Article: {md(a.name)}", f"{len(rep.claims)} claim(s)", f"generated {_date(rep.generated_at)}"]
    if meta.author:
        facts.insert(1, f"by {md(meta.author)}")
    if meta.date_published:
        facts.insert(2 if meta.author else 1, f"published {meta.date_published}")
    out += [" · ".join(facts) + "  ", f"SHA-256 of the audited file: {a.sha256}", ""]
    if meta.url and meta.url.startswith(("http://", "https://")):
        out += [f"Source: <{meta.url.replace('>', '%3E').replace(' ', '%20')}>", ""]
    summary = _verdict_summary(rep.claims)
    if summary:
        out += ["**Verdicts:** " + " · ".join(f"{n} {v}" for v, n in summary), ""]
    out += ["## Claims", ""]
    if not rep.claims:
        out += ["No claims were extracted from this article.", ""]
    for c in rep.claims:
        out += [f"### {c.number}. {md(c.claim)}", "", _md_quote(c.quote), ""]
        if c.verdict is None:
            out.append("- **Verdict:** not graded yet")
        else:
            flag = " — **overstated** for the evidence" if c.overstated else ""
            out.append(f"- **Verdict:** {md(c.verdict)}. {md(c.certainty_sentence or '')}{flag}")
        out.append(f"- **Question:** {md(c.question)} ({md(c.question_id)})")
        out.append(f"- **Claim:** {md(c.claim_type)}, {md(c.strength)} wording; id {md(c.claim_id)}")
        if c.verdict is not None:
            cites = "; ".join(f"[{ct.number}]" + (f" {md(ct.note)}" if ct.note else "") for ct in c.citations)
            reviews = f" (reviews pooled {c.n_participants_reviews:,}, not added)" if c.n_participants_reviews else ""
            out.append(f"- **Evidence:** {c.n_studies or 0} stud{'y' if c.n_studies == 1 else 'ies'}, "
                       f"{c.n_participants or 0} participants in primary studies{reviews}" + (f": {cites}" if cites else ""))
            if c.sof:
                out.append(f"- **Summary of findings:** {md(c.sof)}")
                out += [f"  - {md(note)}" for note in c.sof_footnotes]
        if c.rationale:
            out.append(f"- **Rationale:** {md(c.rationale)}")
        out.append("")
    out += ["## References", ""]
    out += [_md_reference(r) for r in rep.references] or ["No records were cited."]
    out += ["", "## Evidence flow", ""]
    if rep.flow:
        out.append("| Question | " + " | ".join(FLOW_HEADERS) + " | Appraised by design |")
        out.append("|---|" + "---:|" * len(FLOW_HEADERS) + "---|")
        for f in rep.flow:
            designs = ", ".join(f"{md(d)} {n}" for d, n in f.designs) or "none"
            out.append(f"| {md(f.question_id)} | " + " | ".join(str(n) for n in f.counts) + f" | {designs} |")
        out += ["", "Searches:", ""]
        for f in rep.flow:
            out.append(f"- **{md(f.question_id)}** ({md(f.source_label or 'unknown source')}, searched "
                       f"{_date(f.searched_at)}): {md(f.statement)} Query: {md(f.query)}")
    else:
        out.append("No question behind this article's claims has been graded yet.")
    out += ["", "## Method", "", md(_method_text(rep)), ""]
    if rep.reviews:
        out += ["Reviewer decisions:", ""] + [f"- {md(line)}" for line in rep.reviews] + [""]
    return "\n".join(out)


# ---- HTML ----------------------------------------------------------------------------------

def h(text) -> str:
    return html.escape(str(text), quote=True)


_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:50rem;margin:2rem auto;
padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem;line-height:1.25}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
.facts{color:#555;font-size:.9rem}
blockquote{margin:.6rem 0;padding:.4rem .9rem;border-left:4px solid #bbb;background:#f6f6f6}
.claim{margin:1.4rem 0;padding-bottom:.6rem;border-bottom:1px dashed #e2e2e2}
.claim h3{font-size:1.05rem;margin:.2rem 0}
.badge{display:inline-block;padding:0 .5rem;border-radius:.8rem;font-size:.85rem;font-weight:600;color:#fff}
.v-supported{background:#1f7a3a}.v-partly-supported{background:#6b7d1f}.v-not-supported{background:#b35c00}
.v-contradicted{background:#b00020}.v-no-evidence-found,.v-not-graded{background:#666}
.over{color:#b00020;font-weight:600}
dl{display:grid;grid-template-columns:max-content auto;gap:.15rem .8rem;margin:.4rem 0}dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;font-size:.85rem;width:100%}th,td{border:1px solid #ddd;padding:.2rem .4rem}
.wide{overflow-x:auto}td.n{text-align:right}ol.refs li{margin:.3rem 0}details{margin:.3rem 0}
code{font-size:.8rem;word-break:break-all}
@media print{details{display:block}a{color:inherit}}
"""


def _slug(verdict: str | None) -> str:
    return "v-" + re.sub(r"[^a-z]+", "-", (verdict or "not graded").lower()).strip("-")


def _html_reference(ref: Reference) -> str:
    link = f'<a href="https://pubmed.ncbi.nlm.nih.gov/{h(url_quote(ref.pmid))}/">PMID {h(ref.pmid)}</a>'
    r = ref.record
    if r is None:
        return f'<li id="ref-{ref.number}">{link} (no bibliographic record stored).</li>'
    title = (r.title or "").strip().rstrip(".").strip()
    parts = [h(_authors(r)) + "." if _authors(r).strip() else "",
             h(title) + "." if title else "(no title in the record).",
             f"<i>{h(r.journal)}</i>." if (r.journal or "").strip() else "", f"{h(r.year)}." if r.year else "",
             f'doi:<a href="https://doi.org/{h(url_quote(r.doi, safe="/"))}">{h(r.doi)}</a>.' if r.doi else "",
             link + "."]
    if r.retracted:  # listed, never weighed (issue 18)
        parts.insert(0, "<strong>Retracted publication.</strong>")
    return f'<li id="ref-{ref.number}">' + " ".join(p for p in parts if p) + "</li>"


def to_html(rep: ArticleReport, *, jsonld: list[dict] | None = None) -> str:
    """The report as one HTML page; `jsonld` (the article's ClaimReviews) is embedded in a
    `<script type="application/ld+json">` element, escaped so no value can close it."""
    a, meta = rep.article, rep.meta
    facts = [f"Article: <code>{h(a.name)}</code>", f"{len(rep.claims)} claim(s)",
             f"generated {h(_date(rep.generated_at))}"]
    if meta.author:
        facts.insert(1, f"by {h(meta.author)}")
    if meta.date_published:
        facts.insert(2 if meta.author else 1, f"published {h(meta.date_published)}")
    body = [f"<h1>Audit report: {h(a.title)}</h1>",
            f'<p class="facts">{" · ".join(facts)}<br>SHA-256 of the audited file: <code>{h(a.sha256)}</code>']
    if meta.url and meta.url.startswith(("http://", "https://")):
        body[-1] += f'<br>Source: <a href="{h(meta.url)}">{h(meta.url)}</a>'
    body[-1] += "</p>"
    summary = _verdict_summary(rep.claims)
    if summary:
        body.append("<p>" + " ".join(f'<span class="badge {_slug(v)}">{n} {h(v)}</span>' for v, n in summary)
                    + "</p>")
    body.append("<h2>Claims</h2>")
    if not rep.claims:
        body.append("<p>No claims were extracted from this article.</p>")
    for c in rep.claims:
        quote = "<br>".join(h(line) for line in c.quote.strip().split("\n"))
        verdict = (f'<span class="badge {_slug(c.verdict)}">{h(c.verdict or "not graded yet")}</span>'
                   + (f" {h(c.certainty_sentence)}" if c.certainty_sentence else "")
                   + (' <span class="over">overstated for the evidence</span>' if c.overstated else ""))
        rows = [("Verdict", verdict),
                ("Question", f"{h(c.question)} <code>{h(c.question_id)}</code>"),
                ("Claim", f"{h(c.claim_type)}, {h(c.strength)} wording; id <code>{h(c.claim_id)}</code>")]
        if c.verdict is not None:
            cites = "; ".join(f'<a href="#ref-{ct.number}">[{ct.number}]</a>' + (f" {h(ct.note)}" if ct.note else "")
                              for ct in c.citations)
            reviews = f" (reviews pooled {c.n_participants_reviews:,}, not added)" if c.n_participants_reviews else ""
            rows.append(("Evidence", f"{c.n_studies or 0} stud{'y' if c.n_studies == 1 else 'ies'}, "
                                     f"{c.n_participants or 0} participants in primary studies{reviews}"
                                     + (f": {cites}" if cites else "")))
            if c.sof:
                notes = "".join(f"<li>{h(n)}</li>" for n in c.sof_footnotes)
                rows.append(("Summary of findings", h(c.sof) + (f'<ul class="sof-notes">{notes}</ul>' if notes else "")))
        if c.rationale:
            rows.append(("Rationale", h(c.rationale)))
        body.append(f'<section class="claim" id="{h(claim_anchor(c.claim_id))}">'
                    f"<h3>{c.number}. {h(c.claim)}</h3><blockquote>{quote}</blockquote><dl>"
                    + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl></section>")
    body.append("<h2>References</h2>")
    body.append('<ol class="refs">' + "".join(_html_reference(r) for r in rep.references) + "</ol>"
                if rep.references else "<p>No records were cited.</p>")
    body.append("<h2>Evidence flow</h2>")
    if rep.flow:
        head = "".join(f"<th>{h(x)}</th>" for x in ("Question", *FLOW_HEADERS, "Appraised by design"))
        trs = []
        for f in rep.flow:
            designs = ", ".join(f"{h(d)} {n}" for d, n in f.designs) or "none"
            trs.append(f"<tr><td><code>{h(f.question_id)}</code></td>"
                       + "".join(f'<td class="n">{n}</td>' for n in f.counts) + f"<td>{designs}</td></tr>")
        body.append(f'<div class="wide"><table><thead><tr>{head}</tr></thead>'
                    f'<tbody>{"".join(trs)}</tbody></table></div>')
        for f in rep.flow:
            body.append(f"<details><summary><code>{h(f.question_id)}</code>: {h(f.statement)}</summary>"
                        f"<p>{h(f.source_label or 'unknown source')}, searched {h(_date(f.searched_at))}.<br>"
                        f"Query: <code>{h(f.query)}</code></p></details>")
    else:
        body.append("<p>No question behind this article's claims has been graded yet.</p>")
    body += ["<h2>Method</h2>", f"<p>{h(_method_text(rep))}</p>"]
    if rep.reviews:
        body.append('<p>Reviewer decisions:</p><ul class="reviews">'
                    + "".join(f"<li>{h(line)}</li>" for line in rep.reviews) + "</ul>")
    # The CSP makes the "self-contained" promise enforceable: the browser loads nothing at all.
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; img-src data:\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Audit report: {h(a.title)}</title><style>{_CSS}</style>"
            + (f'<script type="application/ld+json">{jsonld_text(jsonld, indent=None)}</script>' if jsonld else "")
            + "</head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n")


# ---- entry points --------------------------------------------------------------------------

def render_report(audit: Audit, article_name: str, fmt: str, *, base_url: str = "",
                  publisher: Publisher = Publisher()) -> bytes:
    rep = build_report(audit, article_name)
    if fmt == "markdown":
        return to_markdown(rep).encode("utf-8")
    if fmt == "html":
        reviews = claim_reviews(audit, base_url=base_url, publisher=publisher, article=article_name)
        return to_html(rep, jsonld=reviews).encode("utf-8")
    raise ExportError(f"unknown report format {fmt!r}: use markdown or html")


INDEX_NAME = "index.html"


def index_html(audit: Audit, files: dict[str, str]) -> str:
    """The HTML export's front page: every article with its verdict counts, linked to its report."""
    rows = []
    for a in audit.articles:
        mine = audit.claims[audit.claims["article"] == a.name]
        entries = [ClaimEntry(0, "", "", "", "", "", "", "", _str(v) if not _missing(r) else None, None,
                              bool(not _missing(r) and int(o)), None, None, None, ())
                   for v, r, o in zip(mine["verdict"], mine["run_id"], mine["overstated"].fillna(0))]
        summary = " ".join(f'<span class="badge {_slug(v)}">{n} {h(v)}</span>' for v, n in _verdict_summary(entries))
        over = sum(e.overstated for e in entries)
        reviewed = 0
        if not audit.decisions.empty:
            qids = set(mine["question_id"])
            d = audit.decisions[audit.decisions["active"].astype(int) == 1]
            reviewed = int((d["claim_id"].isin(set(mine["claim_id"])) |
                            (d["pmid"].notna() & d["question_id"].isin(qids))).sum())
        rows.append(f'<tr><td><a href="{h(url_quote(files[a.name]))}">{h(a.title)}</a><br><code>{h(a.name)}</code></td>'
                    f'<td class="n">{len(mine)}</td><td>{summary or "not graded yet"}</td>'
                    f'<td class="n">{over}</td><td class="n">{reviewed}</td></tr>')
    head = "".join(f"<th>{x}</th>" for x in ("Article", "Claims", "Verdicts", "Overstated", "Reviewer decisions"))
    facts = method_facts(audit)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; img-src data:\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Audit reports</title><style>{_CSS}</style></head>\n<body>\n"
            f"<h1>Audit reports</h1><p class=\"facts\">{len(audit.articles)} article(s) · generated "
            f"{h(_date(audit.generated_at))} · sources: {h('; '.join(facts['sources']) or 'none')}</p>"
            f'<div class="wide"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
            "\n</body></html>\n")


def render_reports(audit: Audit, fmt: str, *, base_url: str = "", publisher: Publisher = Publisher()) -> dict[str, bytes]:
    """One report per article: file name -> bytes; the HTML export adds `index.html` across them."""
    suffix = {"markdown": ".md", "html": ".html"}.get(fmt)
    if suffix is None:
        raise ExportError(f"unknown report format {fmt!r}: use markdown or html")
    out: dict[str, bytes] = {}
    for a in audit.articles:
        name = report_file_name(a.name, suffix)
        while name in out:  # two article names that sanitise alike
            name = name[: -len(suffix)] + "_" + suffix
        out[name] = render_report(audit, a.name, fmt, base_url=base_url, publisher=publisher)
    if fmt == "html" and audit.articles:
        names = dict(zip([a.name for a in audit.articles], out))
        out[INDEX_NAME if INDEX_NAME not in out else "index_.html"] = index_html(audit, names).encode("utf-8")
    return out


def render_article_report(store: Store, article_name: str, fmt: str) -> bytes:
    """One article's report (for the dashboard's article page)."""
    return render_report(load_audit(store), article_name, fmt)
