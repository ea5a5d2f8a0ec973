"""Typed records that cross module boundaries.

Data flows one way: articles -> claims/questions -> searches -> records -> appraisals
-> grades/verdicts -> store -> dashboard/exports. Every stage takes and returns these
frozen dataclasses; nothing passes dicts of dicts between modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # issue 15's per-study and per-question extras (annotations only: no import cycle)
    from .bias import RiskOfBias
    from .effect_sizes import Effect
    from .harms import Harm
    from .sof import SofRow

ClaimType = Literal["efficacy", "mechanism", "safety", "quantitative", "comparative", "procedural"]
Strength = Literal["hedged", "plain", "strong", "absolute"]
Stance = Literal["affirms", "denies"]
QuestionKind = Literal["efficacy", "safety", "mechanism"]
SourceName = Literal["snapshot", "mirror", "entrez"]
ArticleFormat = Literal["text", "markdown", "html"]
Relevance = Literal["both", "intervention", "outcome", "neither"]

CLAIM_TYPES: tuple[ClaimType, ...] = ("efficacy", "mechanism", "safety", "quantitative", "comparative", "procedural")
STRENGTHS: tuple[Strength, ...] = ("hedged", "plain", "strong", "absolute")
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


RELATIONS: tuple[str, ...] = ("benefit", "harm", "denies_harm", "no_effect", "superior", "equivalent", "mechanism")
MAGNITUDE_KINDS: tuple[str, ...] = ("percent_change", "fold", "proportion", "absolute", "duration", "sessions")
MAGNITUDE_BOUNDS: tuple[str, ...] = ("typical", "max", "min")
SIDES: tuple[str, ...] = ("backs", "against", "unclear")


@dataclass(frozen=True)
class ClaimFrame:
    """What a claim asserts, in parts the verdict can compare with the evidence.

    `relation` is the asserted link between intervention and outcome: "benefit" (improves,
    reduces a problem), "harm" (causes it), "denies_harm" ("painless", "no side effects"),
    "no_effect", "superior"/"equivalent" (against `comparator`), "mechanism".
    """

    intervention: str  # as the article words it
    intervention_norm: str  # normalised name, e.g. "rosemary oil", "microneedling"
    outcome: str
    relation: str  # one of RELATIONS
    strength: str = "plain"  # one of STRENGTHS
    comparator: str | None = None
    comparator_norm: str | None = None
    population: str | None = None
    magnitude_value: float | None = None
    magnitude_unit: str | None = None
    magnitude_kind: str | None = None  # one of MAGNITUDE_KINDS
    magnitude_bound: str | None = None  # one of MAGNITUDE_BOUNDS
    time_frame: str | None = None  # as written: "in two weeks", "overnight"
    time_frame_days: float | None = None


@dataclass(frozen=True)
class Article:
    """One input article. `text` is the stored plain text that claim offsets index into."""

    name: str  # file name, e.g. "000_569fb9d20ae23134.txt"; the article's id everywhere
    title: str
    text: str
    format: ArticleFormat
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
    frame: ClaimFrame | None = None  # what the claim asserts (tracker.frames); stored as JSON


def claim_from_dict(d: dict) -> Claim:
    """A Claim from `dataclasses.asdict(claim)` (JSON payloads), its frame rebuilt as a ClaimFrame."""
    frame = d.get("frame")
    return Claim(**{**d, "frame": ClaimFrame(**frame) if isinstance(frame, dict) else frame})


@dataclass(frozen=True)
class MeshHeading:
    descriptor: str
    major: bool = False
    qualifiers: tuple[str, ...] = ()


RETRACTED_TYPE = "Retracted Publication"  # PubMed's publication type for a retracted article


@dataclass(frozen=True)
class AuthorName:
    """One author as PubMed lists it: a person (last, fore name, initials, suffix) or a group."""

    last: str | None = None
    fore: str | None = None
    initials: str | None = None
    suffix: str | None = None
    collective: str | None = None  # "COVID-19 Study Group": a group, not a person

    @property
    def display(self) -> str:
        """PubMed's short form: "van der Berg AM", or the group's name."""
        if self.collective:
            return self.collective
        return " ".join(p for p in (self.last, self.initials, self.suffix) if p)


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
    # Issue 18 (engineer F): what a reference manager needs. `authors` above stays the display
    # form ("van der Berg AM"); `author_names` keeps the parts. `journal` is the abbreviation
    # (ISO / MedlineTA), `journal_title` the full title. `pub_date` is as precise as PubMed is:
    # "2019", "2019-03" or "2019-03-15". `pages` as PubMed writes it ("123-9", "e1234").
    author_names: tuple[AuthorName, ...] = ()
    journal_title: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    pub_date: str | None = None
    retraction_notices: tuple[str, ...] = ()  # PMIDs (or sources) of "RetractionIn" notices

    @property
    def retracted(self) -> bool:
        """A retracted publication: PubMed typed it so, or it links to a retraction notice."""
        return bool(self.retraction_notices) or RETRACTED_TYPE in self.publication_types

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
    source_label: str = ""  # e.g. "embedded snapshot of 208 PubMed records (95 captured 2026-11-21, ...)"


@dataclass(frozen=True)
class Appraisal:
    """One record appraised for one question. Pure output of `appraisal.appraise`."""

    question_id: str
    pmid: str
    relevance: Relevance
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
    # Issue 15 (engineer B): what a review pools (reviews.POOLS; None for other designs), the
    # key result for the question's outcome, risk of bias, and how often / how badly a harm
    # occurred (safety questions).
    review_pools: str | None = None
    effect: Effect | None = None
    risk_of_bias: RiskOfBias | None = None
    harm: Harm | None = None
    # Issue 16 (engineer C): the learned model's probability for the direction read from the
    # deciding sentence (None when no model reading applies: safety, head-to-head, unclear).
    direction_confidence: float | None = None


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
    # Issue 15: `n_participants` counts humans in primary studies once; reviews' pooled
    # participants are shown apart (the largest review: reviews overlap, and a review is never
    # added to the trials it includes). `sof` is the Summary-of-Findings row.
    n_participants_reviews: int = 0
    sof: SofRow | None = None


@dataclass(frozen=True)
class Tally:
    """Studies that back / go against / are unclear relative to the claim (stored as JSON)."""

    backs: int = 0
    against: int = 0
    unclear: int = 0


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
    # Where the evidence sits relative to the CLAIM (not its question): one of SIDES.
    side: str = "unclear"
    tally: Tally = field(default_factory=lambda: Tally())
    # Four short bullets: what the article says -> what the studies found -> how certain -> verdict.
    reasons: tuple[str, ...] = ()
    # The one sentence dashboard, reports and ClaimReview share (tracker.wording), e.g.
    # "Low-certainty evidence that the claim is wrong".
    certainty_sentence: str = ""


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
