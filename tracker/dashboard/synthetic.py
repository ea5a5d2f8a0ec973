"""Synthetic tracker stores for dashboard tests and benchmarks, written through the real Store API.

`build_store` makes articles with claims at known offsets, questions with a cached search each,
records, appraisals, grades and verdicts, then commits them as one complete run, exactly as the
pipeline would. With `hostile=True` titles, article text, record titles, deciding sentences and
search warnings carry HTML/JS and Markdown payloads, so tests can prove the dashboard escapes them.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..models import (
    CERTAINTIES,
    CLAIM_TYPES,
    DESIGNS,
    DIRECTIONS,
    STRENGTHS,
    VERDICTS,
    AbstractSection,
    Appraisal,
    Article,
    Claim,
    ClaimVerdict,
    DesignCount,
    Question,
    QuestionGrade,
    Record,
    Relevance,
    SearchResult,
    SourceName,
)
from ..store import Store

# Payloads a careless renderer would execute or reinterpret.
SCRIPT = "<script>alert('xss')</script>"
IMG = '<img src=x onerror="alert(1)">'
MARKDOWN = "**bold** $5 or $10 :red[red] [link](javascript:alert(2))"
HOSTILE_ARTICLE_TITLE = f"{SCRIPT} Needling & you {IMG}"
HOSTILE_RECORD_TITLE = f"{SCRIPT} A trial of needling {IMG}"
HOSTILE_QUOTE = f"Needling {IMG} heals every scar."

CAPTURED = "2026-11-21"
SEARCHED_AT = "2026-11-21T10:00:00+00:00"

_WORDS = ("skin", "needle", "collagen", "scar", "pore", "serum", "clinic", "patient", "session",
          "redness", "texture", "device", "roller", "depth", "healing", "acne", "wrinkle", "glow")
_INTERVENTIONS = ("microneedling", "dermarolling", "collagen induction therapy", "PRP with needling")
_OUTCOMES = ("acne scars", "pore size", "wrinkles", "hair growth", "infection", "pigmentation",
             "product absorption", "redness")


@dataclass(frozen=True)
class SyntheticAudit:
    """Everything written to the store, so tests can compare the dashboard with the source."""

    path: Path
    source: str
    source_label: str
    articles: tuple[Article, ...]
    questions: tuple[Question, ...]
    claims: tuple[Claim, ...]
    records: tuple[Record, ...]
    appraisals: tuple[Appraisal, ...]
    grades: tuple[QuestionGrade, ...]
    verdicts: tuple[ClaimVerdict, ...]

    def verdict_of(self, claim_id: str) -> ClaimVerdict | None:
        return next((v for v in self.verdicts if v.claim_id == claim_id), None)

    def claims_of(self, article: str) -> list[Claim]:
        return [c for c in self.claims if c.article == article]


def _sentence(rng: random.Random, n: int = 9) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _source_label(source: str, n_records: int) -> str:
    if source == "entrez":
        return "live PubMed (NCBI E-utilities)"
    return (f"embedded snapshot of {n_records} PubMed records (captured {CAPTURED}); "
            "synopses, not abstracts")


def build_store(path: str | Path, *, n_articles: int = 3, claims_per_article: int = 4,
                n_questions: int = 4, records_per_question: int = 6, hostile: bool = True,
                n_ungraded: int = 0, source: SourceName = "snapshot", seed: int = 0) -> SyntheticAudit:
    """Write one complete synthetic run to a new store at `path` and return what was written.

    The last `n_ungraded` claims get no verdict (as when a claim was added after the last run).
    """
    rng = random.Random(seed)
    path = Path(path)
    text_kind: Literal["abstract", "synopsis"] = "abstract" if source == "entrez" else "synopsis"

    questions = []
    for i in range(n_questions):
        inter, outcome = _INTERVENTIONS[i % len(_INTERVENTIONS)], _OUTCOMES[i % len(_OUTCOMES)]
        statement = f"Does {inter} improve {outcome}? (set {i})"
        if hostile and i == 0:
            statement += f" {MARKDOWN} {SCRIPT}"
        questions.append(Question(
            question_id=f"Q{i:04d}", statement=statement, intervention=inter, outcome=outcome,
            kind=("efficacy", "safety", "mechanism")[i % 3],
            query=f'({inter.split()[0]}*[tiab]) AND "{outcome}"[tiab]'))

    # Records and appraisals, question by question (each record belongs to one question).
    records: list[Record] = []
    appraisals: list[Appraisal] = []
    by_question: dict[str, list[Appraisal]] = {}
    pmid = 30_000_000
    for q in questions:
        apps = []
        for j in range(records_per_question):
            pmid += 1
            title = f"{q.intervention.capitalize()} for {q.outcome}: study {j}"
            deciding = f"Treated {q.outcome} improved in {rng.randint(5, 90)} of patients."
            if hostile and q is questions[0] and j == 0:
                title, deciding = HOSTILE_RECORD_TITLE, f"{IMG} {deciding} {MARKDOWN}"
            records.append(Record(
                pmid=str(pmid), title=title,
                abstract=(AbstractSection("RESULTS" if text_kind == "abstract" else None,
                                          f"{_sentence(rng)} {deciding}"),),
                journal="J Synth Dermatol", year=rng.randint(2005, 2026), doi=f"10.9999/{pmid}",
                publication_types=("Randomized Controlled Trial",) if j % 3 == 0 else ("Journal Article",),
                text_kind=text_kind, text_complete=j % 5 != 4, fetched_at=CAPTURED))
            relevance: Relevance = rng.choices(("both", "intervention", "outcome", "neither"), (6, 2, 1, 1))[0]
            design = rng.choice(DESIGNS)
            included = relevance == "both"
            apps.append(Appraisal(
                question_id=q.question_id, pmid=str(pmid), relevance=relevance, included=included,
                exclusion_reason=None if included else f"record addresses {relevance} only",
                design=design, design_note=None,
                population="animal" if design == "animal" else "in vitro" if design == "in vitro" else "human",
                n_participants=rng.randint(8, 400) if design not in ("animal", "in vitro") else None,
                direction=rng.choice(DIRECTIONS), deciding_sentence=deciding,
                indirect=design in ("animal", "in vitro"),
                indirectness="not in humans" if design in ("animal", "in vitro") else None,
                reported_figures=(f"{rng.randint(5, 90)}%",)))
        by_question[q.question_id] = apps
        appraisals.extend(apps)

    grades = []
    for q in questions:
        inc = [a for a in by_question[q.question_id] if a.included]
        dirs = Counter(a.direction for a in inc)
        designs = Counter(a.design for a in inc)
        if not inc:
            certainty, verdict = "No evidence found", "no evidence found"
        else:
            certainty = rng.choice(CERTAINTIES[:4])
            verdict = rng.choice(VERDICTS[:4])
        grades.append(QuestionGrade(
            question_id=q.question_id, certainty=certainty, verdict=verdict,
            n_hits=records_per_question * 3, n_relevant=len(inc), n_studies=len(inc),
            n_participants=sum(a.n_participants or 0 for a in inc),
            designs=tuple(DesignCount(d, n) for d, n in sorted(designs.items())),
            n_supports=dirs["supports"], n_no_effect=dirs["no effect"],
            n_contradicts=dirs["contradicts"], n_mixed=dirs["mixed"], n_unclear=dirs["unclear"],
            downgrades=("imprecision: fewer than 400 participants",) if inc else (),
            rationale=f"{len(inc)} studies appraised; {dirs['supports']} support the claim.",
            cited_pmids=tuple(a.pmid for a in inc[:5])))

    # Articles: filler paragraphs with one claim sentence each, offsets recorded as we go.
    articles, claims = [], []
    n_claim = 0
    for i in range(n_articles):
        name = f"{i:03d}_synthetic.txt"
        title = HOSTILE_ARTICLE_TITLE if hostile and i == 0 else f"Synthetic article {i} about needling"
        parts: list[str] = [title + "\n\n"]
        offset = len(parts[0])
        if hostile and i == 0:
            parts.append(f"{SCRIPT} {MARKDOWN}\n\n")
            offset += len(parts[-1])
        for k in range(claims_per_article):
            q = questions[(n_claim + i) % n_questions]
            quote = (HOSTILE_QUOTE if hostile and i == 0 and k == 0
                     else f"{q.intervention.capitalize()} improves {q.outcome} (claim {n_claim}).")
            before = _sentence(rng) + " "
            paragraph = before + quote + " " + _sentence(rng) + "\n\n"
            start = offset + len(before)
            claims.append(Claim(
                claim_id=f"C{n_claim:05d}", article=name, quote=quote, start=start, end=start + len(quote),
                claim=(f"{q.intervention} improves {q.outcome}" + (f" {MARKDOWN}" if hostile and n_claim == 0 else "")),
                question_id=q.question_id, claim_type=CLAIM_TYPES[n_claim % len(CLAIM_TYPES)],
                strength=STRENGTHS[n_claim % len(STRENGTHS)]))
            parts.append(paragraph)
            offset += len(paragraph)
            n_claim += 1
        text = "".join(parts)
        articles.append(Article(name=name, title=title, text=text, format="text",
                                sha256=f"{i:064x}", path=f"synthetic/{name}"))

    grade_by_q = {g.question_id: g for g in grades}
    graded = claims[:len(claims) - n_ungraded] if n_ungraded else claims
    verdicts = []
    for c in graded:
        g = grade_by_q[c.question_id]
        verdict = g.verdict if rng.random() < 0.7 or g.n_studies == 0 else rng.choice(VERDICTS[:4])
        verdicts.append(ClaimVerdict(
            claim_id=c.claim_id, question_id=c.question_id, verdict=verdict, certainty=g.certainty,
            overstated=c.strength in ("strong", "absolute") and verdict != "supported",
            rationale=f"{g.rationale} The article words it as {c.strength}.",
            n_studies=g.n_studies, n_participants=g.n_participants, cited_pmids=g.cited_pmids))

    label = _source_label(source, len(records))
    with Store(path) as store:
        run_id = store.start_run(source, label)
        search_ids = {}
        for qi, q in enumerate(questions):
            apps = by_question[q.question_id]
            pmids = tuple(a.pmid for a in apps)
            result = SearchResult(
                source=source, query=q.query, translation=f"translated: {q.query}",
                count=records_per_question * 3, pmids=pmids, searched_at=SEARCHED_AT,
                warnings=(f"phrase not found: {SCRIPT}",) if hostile and q is questions[0] else (),
                source_label=label)
            # Records were made question by question, so each question's are one slice.
            recs = records[qi * records_per_question:(qi + 1) * records_per_question]
            search_ids[q.question_id] = store.save_search(f"{source}:synthetic", result, recs,
                                                          n_fetched=len(pmids))
        store.finish_run(run_id, articles=articles, questions=questions, claims=claims,
                         searches=search_ids, appraisals=appraisals, grades=grades,
                         verdicts=verdicts, n_records=len(records))
    return SyntheticAudit(path, source, label, tuple(articles), tuple(questions), tuple(claims),
                          tuple(records), tuple(appraisals), tuple(grades), tuple(verdicts))
