"""Typed records that cross module boundaries.

Data flows one way: articles -> claims/questions -> searches -> records -> appraisals
-> grades/verdicts -> store -> dashboard/exports. Every stage takes and returns these
frozen dataclasses; nothing passes dicts of dicts between modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ClaimType = Literal["efficacy", "mechanism", "safety", "quantitative", "comparative", "procedural"]
Strength = Literal["hedged", "plain", "strong", "absolute"]
Stance = Literal["affirms", "denies"]
QuestionKind = Literal["efficacy", "safety", "mechanism"]
SourceName = Literal["snapshot", "mirror", "entrez"]

CLAIM_TYPES: tuple[str, ...] = ("efficacy", "mechanism", "safety", "quantitative", "comparative", "procedural")
STRENGTHS: tuple[str, ...] = ("hedged", "plain", "strong", "absolute")
STANCES: tuple[str, ...] = ("affirms", "denies")
QUESTION_KINDS: tuple[str, ...] = ("efficacy", "safety", "mechanism")

# Appraisal vocabularies (issue: appraisal and grading).
DESIGNS: tuple[str, ...] = (
    "meta-analysis",
    "systematic review",
    "RCT",
    "non-randomised controlled",
    "cohort",
    "case-control",
    "cross-sectional",
    "case series",
    "case report",
    "narrative review",
    "guideline",
    "animal",
    "in vitro",
    "other",
)
DIRECTIONS: tuple[str, ...] = ("supports", "no effect", "contradicts", "mixed", "unclear")
CERTAINTIES: tuple[str, ...] = ("High", "Moderate", "Low", "Very low", "No evidence found")
VERDICTS: tuple[str, ...] = (
    "supported",
    "partly supported",
    "not supported",
    "contradicted",
    "no evidence found",
)


@dataclass(frozen=True)
class Article:
    """One input article. `text` is the stored plain text that claim offsets index into."""

    name: str  # file name, e.g. "000_569fb9d20ae23134.txt"; the article's id everywhere
    title: str
    text: str
    format: Literal["text", "markdown", "html"]
    sha256: str  # of the raw file bytes
    path: str = ""


@dataclass(frozen=True)
class Question:
    """A testable question, defined once; many claims point to it."""

    question_id: str
    statement: str
    intervention: str
    outcome: str
    kind: QuestionKind
    query: str  # PubMed query syntax


@dataclass(frozen=True)
class Claim:
    """One claim in one article: `quote == article.text[start:end]`.

    `stance` says whether the claim asserts its question's statement ("affirms") or its
    negation ("denies": "there is no harm in breaking them" against "are fragments harmful?").
    """

    claim_id: str
    article: str
    quote: str
    start: int
    end: int
    claim: str
    question_id: str
    claim_type: ClaimType
    strength: Strength
    origin: Literal["curated", "auto"] = "curated"
    stance: Stance = "affirms"


@dataclass(frozen=True)
class MeshHeading:
    descriptor: str
    major: bool = False
    qualifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class AbstractSection:
    label: str | None  # BACKGROUND / METHODS / RESULTS / CONCLUSIONS, or None when unlabelled
    text: str


@dataclass(frozen=True)
class Record:
    """A PubMed record as the product knows it.

    `text_kind` says what `abstract` holds: the published abstract (live PubMed, mirror) or
    a synopsis written for this project (embedded snapshot). A synopsis must never be shown
    as an abstract.
    """

    pmid: str
    title: str
    abstract: tuple[AbstractSection, ...] = ()
    journal: str | None = None
    year: int | None = None
    doi: str | None = None
    pmc: str | None = None
    language: str | None = None
    publication_types: tuple[str, ...] = ()
    mesh: tuple[MeshHeading, ...] = ()
    keywords: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    text_kind: Literal["abstract", "synopsis"] = "abstract"
    text_complete: bool = True  # False when only part of the abstract could be read
    captured_from: str | None = None
    fetched_at: str | None = None  # ISO time the record was fetched or captured

    @property
    def abstract_text(self) -> str:
        return " ".join(s.text for s in self.abstract if s.text)

    @property
    def mesh_terms(self) -> tuple[str, ...]:
        return tuple(m.descriptor for m in self.mesh)


@dataclass(frozen=True)
class SearchResult:
    """What one search returned, with the provenance a report needs."""

    source: SourceName
    query: str
    translation: str  # how the backend understood the query (QueryTranslation / local SQL plan)
    count: int  # total hits the backend reported (may exceed len(pmids))
    pmids: tuple[str, ...]
    searched_at: str  # ISO time
    warnings: tuple[str, ...] = ()
    source_label: str = ""  # e.g. "embedded snapshot of 95 PubMed records (captured 2026-11-21)"


@dataclass(frozen=True)
class Appraisal:
    """One record appraised for one question. Pure output of `appraisal.appraise`."""

    question_id: str
    pmid: str
    relevance: Literal["both", "intervention", "outcome", "neither"]
    included: bool
    exclusion_reason: str | None
    design: str  # one of DESIGNS
    design_note: str | None  # e.g. why text overrode a publication type
    population: Literal["human", "animal", "in vitro", "unknown"]
    n_participants: int | None
    direction: str  # one of DIRECTIONS
    deciding_sentence: str | None
    indirect: bool
    indirectness: str | None  # why the evidence is indirect
    reported_figures: tuple[str, ...] = ()  # percentages etc. quoted from the record
    direction_note: str | None = None  # e.g. why the direction could not be read
    caveats: tuple[str, ...] = ()  # limitations the record states ("risk of bias: ...", "heterogeneity: ...")


@dataclass(frozen=True)
class DesignCount:
    design: str
    n: int


@dataclass(frozen=True)
class QuestionGrade:
    """The body of evidence for one question and its certainty."""

    question_id: str
    certainty: str  # one of CERTAINTIES
    verdict: str  # one of VERDICTS, for the question as stated
    n_hits: int
    n_relevant: int
    n_studies: int  # included, appraised studies
    n_participants: int
    designs: tuple[DesignCount, ...]
    n_supports: int
    n_no_effect: int
    n_contradicts: int
    n_mixed: int
    n_unclear: int
    downgrades: tuple[str, ...]  # each rating-down step with its reason
    rationale: str
    cited_pmids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimVerdict:
    """The verdict on one claim: its question's evidence weighed against its wording."""

    claim_id: str
    question_id: str
    verdict: str  # one of VERDICTS
    certainty: str  # one of CERTAINTIES
    overstated: bool
    rationale: str
    n_studies: int
    n_participants: int
    cited_pmids: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunSummary:
    run_id: int
    source: str
    source_label: str
    started_at: str
    finished_at: str | None
    n_claims: int
    n_questions: int
    n_records: int
    verdicts: tuple[ClaimVerdict, ...] = field(default=())
