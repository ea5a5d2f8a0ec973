"""A GRADE Summary-of-Findings row per question (issue 15, rule S1).

One row: the outcome; the studies and participants by design; the effect (a meta-analysis's
pooled estimate when one reports it, else the range across studies); the certainty, with a
footnote for each rating-down step in the five GRADE domains (risk of bias, inconsistency,
indirectness, imprecision, publication bias) and for anything flagged (a review whose
content is unknown, narrative reviews kept as context). Pure functions; the row is stored as
JSON in `question_grades.sof` and shown by reports, exports and the dashboard.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Appraisal, DesignCount

DOMAINS: tuple[str, ...] = ("risk of bias", "inconsistency", "indirectness", "imprecision", "publication bias")
_REVIEWS = frozenset({"meta-analysis", "systematic review"})


@dataclass(frozen=True)
class EffectRange:
    """The effect column: a pooled estimate, or the range of one measure across studies."""

    text: str  # as shown: "MD 0.42 (95% CI ...) pooled, PMID 35426044" / "SMD 0.57 to 1.32 across 3 studies"
    pooled: bool
    pmids: tuple[str, ...] = ()


@dataclass(frozen=True)
class SofRow:
    """A Summary-of-Findings row: what a reviewer signs."""

    question_id: str
    outcome: str
    n_studies: int
    designs: tuple[DesignCount, ...]  # designs in the body; reviews labelled by what they pool
    n_participants: int  # humans in primary studies, counted once
    n_participants_reviews: int  # the largest review's pooled count, shown apart
    effect: EffectRange | None
    certainty: str
    start: str | None  # where the rated body started
    domains: tuple[tuple[str, str], ...]  # (domain, "not serious" | "serious" | "very serious")
    footnotes: tuple[str, ...]  # one per rating-down step and per flag, lettered a, b, ...

    def describe(self) -> str:
        """One line: 'acne scars | 5 studies: 2 RCTs, ... | 414 participants (+ reviews 1,845) |
        effect | Low (a, b)'."""
        designs = ", ".join(f"{d.n} {d.design}" for d in self.designs)
        who = f"{self.n_participants:,} participants in primary studies"
        if self.n_participants_reviews:
            who += f"; reviews pooled {self.n_participants_reviews:,}"
        marks = ", ".join(chr(97 + i) for i in range(len(self.footnotes)))
        cert = self.certainty + (f" ({marks})" if marks else "")
        effect = self.effect.text if self.effect else "no effect size reported"
        return f"{self.outcome} | {self.n_studies} studies ({designs}) | {who} | {effect} | {cert}"


def domain_of(downgrade: str) -> str:
    """The GRADE domain a rating-down reason belongs to ("very serious imprecision: ..."
    -> "imprecision")."""
    head = downgrade.split(":", 1)[0].lower().replace("very serious ", "")
    return head if head in DOMAINS else "other"


def design_label(a: Appraisal) -> str:
    if a.design in _REVIEWS and a.review_pools:
        pools = "content unknown" if a.review_pools == "unknown" else f"of {a.review_pools}"
        return f"{a.design} ({pools})"
    return a.design


def effect_column(body: Sequence[Appraisal]) -> EffectRange | None:
    """A meta-analysis's pooled estimate when one reports it (the largest), else the range
    of the most-reported measure across studies, else the studies' values as reported."""
    pooled = [a for a in body if a.effect is not None and a.effect.pooled and a.effect.estimate is not None]
    if pooled:
        # a direct meta-analysis first: an indirect one's estimate is for another question
        best = max(pooled, key=lambda a: (not a.indirect, a.n_participants or 0))
        note = ", indirect" if best.indirect else ""
        return EffectRange(f"{best.effect.describe()} (pooled, PMID {best.pmid}{note})", True, (best.pmid,))  # type: ignore[union-attr]
    with_measure = [a for a in body if a.effect is not None and a.effect.measure and a.effect.estimate is not None]
    if with_measure:
        measure, _ = Counter(a.effect.measure for a in with_measure).most_common(1)[0]  # type: ignore[union-attr]
        same = [a for a in with_measure if a.effect.measure == measure]  # type: ignore[union-attr]
        values = sorted(a.effect.estimate for a in same)  # type: ignore[union-attr,type-var]
        if len(same) == 1:
            return EffectRange(f"{same[0].effect.describe()} (PMID {same[0].pmid}; one study)", False, (same[0].pmid,))  # type: ignore[union-attr]
        return EffectRange(f"{measure} {values[0]:g} to {values[-1]:g} across {len(same)} studies", False,
                           tuple(a.pmid for a in same))
    described = [(a.pmid, a.effect.describe()) for a in body if a.effect is not None and a.effect.describe()]
    if not described:
        return None
    shown = "; ".join(f"{d} (PMID {p})" for p, d in described[:3])
    more = f"; and {len(described) - 3} more" if len(described) > 3 else ""
    return EffectRange(f"range across studies: {shown}{more}", False, tuple(p for p, _ in described))


def harm_column(body: Sequence[Appraisal]) -> EffectRange | None:
    """For a safety question: how often and how badly the harm occurred, study by study
    ("5 of 36 (14%), mild (PMID 1); rare, serious (PMID 2)"), else a ratio a study reports."""
    described = [(a.pmid, a.harm.describe()) for a in body if a.harm is not None and a.harm.describe()]
    ratios = [a for a in body if a.effect is not None and a.effect.measure and a.effect.estimate is not None]
    if not described:
        return effect_column(ratios) if ratios else None
    shown = "; ".join(f"{d} (PMID {p})" for p, d in described[:4])
    more = f"; and {len(described) - 4} more" if len(described) > 4 else ""
    return EffectRange(f"harm reported: {shown}{more}", False, tuple(p for p, _ in described))


def build_sof(
    question_id: str,
    outcome: str,
    body: Sequence[Appraisal],
    rated: Sequence[Appraisal],
    certainty: str,
    start: str | None,
    downgrades: Sequence[str],
    *,
    n_participants: int,
    n_participants_reviews: int,
    flags: Sequence[str] = (),
    kind: str = "efficacy",
) -> SofRow:
    """The row for one question. `body` is every counted study, `rated` the ones the
    certainty was rated from (their effects fill the effect column)."""
    labels = Counter(design_label(a) for a in body)
    designs = tuple(DesignCount(d, n) for d, n in sorted(labels.items(), key=lambda kv: (-kv[1], kv[0])))
    steps: Counter[str] = Counter()
    for d in downgrades:
        steps[domain_of(d)] += 2 if d.lower().startswith("very serious") else 1
    domains = tuple((d, "not serious" if not steps[d] else "serious" if steps[d] == 1 else "very serious") for d in DOMAINS)
    notes = [f"{chr(97 + i)}. {d}" for i, d in enumerate([*downgrades, *flags])]
    return SofRow(
        question_id=question_id,
        outcome=outcome,
        n_studies=len(body),
        designs=designs,
        n_participants=n_participants,
        n_participants_reviews=n_participants_reviews,
        effect=(harm_column(rated) or harm_column(body)) if kind == "safety" else (effect_column(rated) or effect_column(body)),
        certainty=certainty,
        start=start,
        domains=domains,
        footnotes=tuple(notes),
    )
