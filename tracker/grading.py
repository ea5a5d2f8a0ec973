"""Grade a question's body of evidence and weigh each claim against it.

GRADE-inspired and mechanical: every step is a stated rule over the appraisals (see
docs/grading.md), and the rationale is generated from the same numbers, citing PMIDs.
Pure functions: no I/O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Appraisal, DesignCount, Question, QuestionGrade
from .review_content import START as REVIEW_START
from .sof import build_sof

LEVELS: tuple[str, ...] = ("Very low", "Low", "Moderate", "High")

# Where each design starts (GRADE: randomised evidence High, observational Low; case
# reports/series, expert opinion and mechanism-only evidence Very low).
START: dict[str, str] = {
    "meta-analysis": "High",
    "systematic review": "High",
    "RCT": "High",
    "non-randomised controlled": "Low",
    "cohort": "Low",
    "case-control": "Low",
    "cross-sectional": "Low",
    "case series": "Very low",
    "case report": "Very low",
    "narrative review": "Very low",
    "guideline": "Very low",
    "animal": "Very low",
    "in vitro": "Very low",
    "other": "Very low",
}
REVIEWS = frozenset({"meta-analysis", "systematic review"})
# A narrative review is context: it is reported, never counted and never rated (G1b).
CONTEXT = frozenset({"narrative review"})
NOT_HUMAN = frozenset({"animal", "in vitro"})


def start_of(a: Appraisal) -> str:
    """Where a study starts (G1, G1a): its design's level; a systematic review or
    meta-analysis at the level of what it pools (review_content.START; unknown -> Low)."""
    if a.design in REVIEWS:
        return REVIEW_START.get(a.review_pools or "unknown", "Low")
    return START.get(a.design, "Very low")


def _humans(a: Appraisal) -> bool:
    return a.design not in NOT_HUMAN and a.population not in NOT_HUMAN

# Imprecision thresholds (GRADE's optimal-information-size rule of thumb for continuous
# outcomes is about 400 participants).
OIS = 400
VERY_SMALL = 100
# Inconsistency: rate down when at least this share of studies disagrees with the majority.
INCONSISTENT_SHARE = 0.25
# Indirectness: rate down when at least this share of studies is indirect.
INDIRECT_SHARE = 0.5

_PLURAL = {
    "meta-analysis": ("meta-analysis", "meta-analyses"),
    "systematic review": ("systematic review", "systematic reviews"),
    "RCT": ("RCT", "RCTs"),
    "non-randomised controlled": ("non-randomised controlled study", "non-randomised controlled studies"),
    "cohort": ("cohort study", "cohort studies"),
    "case-control": ("case-control study", "case-control studies"),
    "cross-sectional": ("cross-sectional study", "cross-sectional studies"),
    "case series": ("case series", "case series"),
    "case report": ("case report", "case reports"),
    "narrative review": ("narrative review", "narrative reviews"),
    "guideline": ("guideline", "guidelines"),
    "animal": ("animal study", "animal studies"),
    "in vitro": ("in vitro study", "in vitro studies"),
    "other": ("other study", "other studies"),
}
_DESIGN_ORDER = list(START)


def _design_phrase(design: str, n: int) -> str:
    one, many = _PLURAL.get(design, (design, design + "s"))
    return f"{n} {one if n == 1 else many}"


def _join(parts: Sequence[str]) -> str:
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _pmids(appraisals: Sequence[Appraisal], limit: int = 6) -> str:
    ids = [a.pmid for a in appraisals]
    shown = ", ".join(ids[:limit])
    more = f" and {len(ids) - limit} more" if len(ids) > limit else ""
    return f"PMID {shown}{more}" if len(ids) == 1 else f"PMIDs {shown}{more}"


def participants(appraisals: Sequence[Appraisal]) -> int:
    """Humans in primary studies, each study once (N1-N5). Reviews are never added to the
    trials they include (see `review_participants`); animal and in vitro work has no
    participants; narrative reviews report none of their own."""
    seen: dict[str, int] = {}
    for a in appraisals:
        if a.design not in REVIEWS and a.design not in CONTEXT and _humans(a) and a.n_participants:
            seen[a.pmid] = a.n_participants
    return sum(seen.values())


def review_participants(appraisals: Sequence[Appraisal]) -> int:
    """Participants pooled by reviews, shown apart: the largest review's count (reviews
    overlap, so their counts are never summed)."""
    return max((a.n_participants or 0 for a in appraisals if a.design in REVIEWS), default=0)


def information_size(appraisals: Sequence[Appraisal]) -> int:
    """Participants behind a body, for imprecision (G3): the larger of the primary studies'
    total and the largest review's pooled count, never their sum."""
    return max(participants(appraisals), review_participants(appraisals))


@dataclass(frozen=True)
class _Rating:
    start: str
    level: str
    downgrades: tuple[str, ...]
    body: tuple[Appraisal, ...]


def _rate(body: Sequence[Appraisal], start: str, kind: str, whole: Sequence[Appraisal] = ()) -> _Rating:
    """Rate one starting tier (G3-G10). `whole` is the question's entire body: the largest
    review there speaks about the quality of the trials it covers even when it starts in a
    lower tier than they do (G6)."""
    downs: list[tuple[int, str]] = []
    # an indirect review's pooled count is of its own question's studies: it says nothing
    # about how precise this question's estimate is
    n = information_size([a for a in body if not (a.indirect and a.design in REVIEWS)] or body)
    human = [a for a in body if _humans(a)]
    if not human or all(a.n_participants is None for a in human):
        downs.append((1, "imprecision: participant numbers not reported"))
    elif n < VERY_SMALL:
        downs.append((2, f"very serious imprecision: {n:,} participants (fewer than {VERY_SMALL})"))
    elif n < OIS:
        downs.append((1, f"imprecision: {n:,} participants (fewer than {OIS})"))
    caveats = {a.pmid: a.caveats for a in body}
    reviews = sorted((a for a in (whole or body) if a.design in REVIEWS), key=lambda a: a.n_participants or 0, reverse=True)
    largest = reviews[0] if reviews else None
    caveats.update({a.pmid: a.caveats for a in reviews})
    # a stated limitation (L1) or two or more stated concerns in the risk-of-bias column (B1)
    rob = [a for a in body if any(c.startswith("risk of bias") for c in caveats[a.pmid])
           or (a.risk_of_bias is not None and a.risk_of_bias.overall == "high")]
    # GRADE judges risk of bias where the information is: a review's stated flaws speak for
    # the body only when it holds at least as many participants as the tier's primary studies
    # (a review of unknown size, or of a narrower set, is one study among the others)
    primary_n = participants(body)
    review_speaks = (largest is not None and bool(largest.n_participants) and (largest.n_participants or 0) >= primary_n)
    if review_speaks and largest is not None and any(c.startswith("risk of bias") for c in caveats[largest.pmid]):
        why = next(c for c in caveats[largest.pmid] if c.startswith("risk of bias"))
        downs.append((1, f"risk of bias: the largest review (PMID {largest.pmid}) {why.split(': ', 1)[1]}"))
    elif rob and len(rob) / len(body) >= 0.5:
        downs.append((1, f"risk of bias: {len(rob)} of {len(body)} studies state a limitation (open-label, low quality, sponsor-run, incomplete text)"))
    directions = Counter(a.direction for a in body)
    # inconsistency stated by a pooled analysis rated in this tier (its I2 speaks for its trials)
    pooled = [a for a in reviews if a in body or a.pmid in {b.pmid for b in body}]
    hetero = next((a for a in pooled if any(c.startswith("heterogeneity") for c in caveats[a.pmid])), None)
    # (not for harms: a review's I2 is about its efficacy outcome)
    if hetero is not None and kind != "safety" and not (len(body) >= 2 and _disagree(directions, kind, len(body))):
        why = next(c for c in caveats[hetero.pmid] if c.startswith("heterogeneity"))
        which = "the largest review" if hetero is largest else "a pooled review"
        downs.append((1, f"inconsistency: {which} (PMID {hetero.pmid}) {why.split(': ', 1)[1]}"))
    if len(body) >= 2:
        if kind == "safety":
            # Studies that did not see the harm do not contradict that it can happen.
            disagree = directions["contradicts"] if directions["supports"] else 0
            majority = max(directions["supports"], directions["contradicts"])
            total = majority + disagree
        else:
            majority = max(directions.values())
            total = len(body)
            disagree = total - majority
        if total and disagree / total >= INCONSISTENT_SHARE:
            split = ", ".join(f"{k} {v}" for k, v in sorted(directions.items()))
            downs.append((1, f"inconsistency: directions disagree ({split})"))
    if kind != "safety" and not any(r.startswith("inconsistency") for _, r in downs):
        outweighed = disagreeing_review(body)
        if outweighed is not None:
            downs.append((1, f"inconsistency: {outweighed}"))
    if kind == "safety" and not directions["supports"] and not directions["mixed"]:
        # nobody saw the harm: absence of reports cannot rule out a rare harm
        if not any("imprecision" in r for _, r in downs):
            downs.append((1, "imprecision: no study reports the harm, and absence of reports cannot rule out a rare one"))
    indirect = [a for a in body if a.indirect]
    if indirect and len(indirect) / len(body) >= INDIRECT_SHARE:
        reasons = Counter(r for a in indirect for r in (a.indirectness or "").split("; ") if r)
        top = reasons.most_common(1)[0][0] if reasons else "indirect evidence"
        downs.append((1, f"indirectness: {len(indirect)} of {len(body)} studies are indirect ({top})"))
    pub = publication_bias(body, kind)
    if pub:
        downs.append((1, pub))
    steps = sum(d for d, _ in downs)
    level = LEVELS[max(0, LEVELS.index(start) - steps)]
    return _Rating(start, level, tuple(r for _, r in downs), tuple(body))


def disagreeing_review(body: Sequence[Appraisal]) -> str | None:
    """G5a: a systematic review or meta-analysis that finds no effect (or the opposite) while
    the other studies support is inconsistency GRADE does not let a count of small trials
    outvote: the review covers trials like them. It is outweighed only when the supporting
    evidence (its primary studies' participants, or a supporting review's pooled count,
    never their sum) reaches the optimal information size and is larger than what the
    disagreeing review pooled."""
    supporting = [a for a in body if a.direction == "supports"]
    if not supporting:
        return None
    support_n = information_size(supporting)
    for r in sorted((a for a in body if a.design in REVIEWS and a.direction in ("no effect", "contradicts")),
                    key=lambda a: a.n_participants or 0, reverse=True):
        if support_n >= OIS and support_n > (r.n_participants or 0):
            continue
        pooled = f", {r.n_participants:,} participants" if r.n_participants else ""
        found = "finds no effect" if r.direction == "no effect" else "points the other way"
        return f"a {r.design} (PMID {r.pmid}{pooled}) {found} while {len(supporting)} other stud{'y supports' if len(supporting) == 1 else 'ies support'}"
    return None


SMALL_STUDY = 100  # participants: a study this small rarely gets published when negative
SMALL_STUDIES = 3  # "a number of small studies", all positive: the pattern GRADE suspects


def publication_bias(body: Sequence[Appraisal], kind: str) -> str | None:
    """G10: rate down once when the body is only small positive studies (three or more primary
    studies, each under 100 participants, all supporting, no review) or when at least half
    of its supporting studies are stated to be sponsor-run. Safety bodies are exempt: harms
    are not what sponsors publish selectively in favour of."""
    if kind == "safety" or not body:
        return None
    supporting = [a for a in body if a.direction == "supports"]
    primary = [a for a in body if a.design not in REVIEWS]
    if (len(primary) == len(body) >= SMALL_STUDIES and len(supporting) == len(body)
            and all(a.n_participants is not None and a.n_participants < SMALL_STUDY for a in body)):
        return f"publication bias: only small positive studies ({len(body)} studies, each under {SMALL_STUDY} participants)"
    sponsored = [a for a in supporting if a.risk_of_bias is not None and a.risk_of_bias.industry_funded == "yes"]
    if supporting and len(sponsored) * 2 >= len(supporting):
        return f"publication bias: {len(sponsored)} of {len(supporting)} supporting studies are sponsor-run (PMID {', '.join(a.pmid for a in sponsored)})"
    return None


def best_rating(body: Sequence[Appraisal], kind: str) -> _Rating | None:
    """Rate each starting tier of `body` (G1-G10; narrative reviews left out, G1b) and return
    the best: what `grade_question` does, for claim-level bodies (C7, C8) to reuse."""
    body = [a for a in body if a.design not in CONTEXT]
    ratings = [_rate(tier, start, kind, whole=body)
               for start in ("High", "Moderate", "Low", "Very low")
               if (tier := [a for a in body if start_of(a) == start])]
    return max(ratings, key=lambda r: (LEVELS.index(r.level), LEVELS.index(r.start))) if ratings else None


def _disagree(directions: Counter, kind: str, n: int) -> bool:
    if kind == "safety":
        disagree = directions["contradicts"] if directions["supports"] else 0
        total = max(directions["supports"], directions["contradicts"]) + disagree
    else:
        disagree = n - max(directions.values())
        total = n
    return bool(total) and disagree / total >= INCONSISTENT_SHARE


# Designs that compare treated people with a control group (trials, and reviews pooling them):
# what "supportive controlled trials" means for a benefit.
CONTROLLED = frozenset({"RCT", "non-randomised controlled"})
# Rating-down steps that leave a body's side certain: GRADE lowers certainty for them, but they
# say how sure the size is, not whether the trials found the effect (VRD10). Imprecision short of
# "very serious" is one too (checked apart: its reason starts "imprecision:").
_SIDE_KEEPING_DOWNGRADES = ("imprecision:", "risk of bias", "inconsistency: the largest review",
                            "inconsistency: a pooled review")


def controlled_consistent_support(rating: _Rating | None) -> bool:
    """V10a: a Low-certainty body that still backs a benefit outright. GRADE's Low says the
    true size may be substantially different, not that the direction is in doubt; a careful
    reviewer calls consistent support from controlled trials that answer the question directly
    "supported" and keeps "partly" for uncontrolled, indirect, inconsistent in direction, or
    single small trials. So: the tier is controlled comparisons (RCTs, non-randomised controlled
    studies, reviews pooling them, not observational or case material), and it was rated down
    only for imprecision short of "very serious" (a single small trial stays partly), risk of
    bias, or a review's heterogeneity of size while every study points the same way."""
    if rating is None or rating.level != "Low":
        return False
    supporting = [a for a in rating.body if a.direction == "supports"]
    if not supporting or not all(
            a.design in CONTROLLED or (a.design in REVIEWS and (a.review_pools or "unknown") in ("RCTs", "mixed", "unknown"))
            for a in supporting):
        return False
    return all(d.startswith(_SIDE_KEEPING_DOWNGRADES) for d in rating.downgrades)


def direct_support(best: _Rating, kind: str, whole: Sequence[Appraisal]) -> str | None:
    """V10a/V10b: why a body rated Low or Very low still backs a benefit outright, or None.
    V10a: the rating itself is controlled, consistent support (`controlled_consistent_support`).
    V10b: every study of the tier supports and only studies that answer another question
    (indirect) pulled it down: the direct studies alone, rated as a body of their own, are
    controlled, consistent support. Agreeing indirect evidence lowers how sure we are, never
    which side the direct trials are on (GRADE prefers direct evidence when it exists)."""
    if controlled_consistent_support(best):
        return (f"the {_describe(best.body)} are controlled comparisons that agree, rated down only for "
                + "; ".join(d.split(":")[0] for d in best.downgrades))
    if not any(d.startswith("indirectness") for d in best.downgrades) or any(
            a.direction != "supports" for a in best.body):
        return None
    direct = [a for a in best.body if not a.indirect]
    if not direct:
        return None
    alone = _rate(direct, best.start, kind, whole=whole)
    if alone.level in ("High", "Moderate") or controlled_consistent_support(alone):
        return (f"the direct {_describe(direct)} ({_pmids(direct)}) agree with the indirect ones and on their own are"
                f" controlled, consistent support ({alone.level})")
    return None


def _verdict(body: Sequence[Appraisal], certainty: str, kind: str, rating: _Rating | None = None,
             whole: Sequence[Appraisal] = ()) -> str:
    c = Counter(a.direction for a in body)
    s, n, x, m = c["supports"], c["no effect"], c["contradicts"], c["mixed"]
    total = s + n + x + m
    if total == 0:
        return "no evidence found"
    if kind == "safety":
        if s:
            return "supported" if certainty != "Very low" else "partly supported"
        return "not supported"
    if x > s and x >= n:
        return "contradicted"
    if s / total >= 2 / 3 and x == 0 and disagreeing_review(body) is None:
        # GRADE: at low certainty the true effect may be substantially different from the
        # estimate, so consistent support from such a body backs a benefit only in part, unless
        # controlled trials that agree back it (V10a) or only agreeing indirect studies lowered it (V10b)
        return ("supported" if certainty in ("High", "Moderate")
                or (rating is not None and direct_support(rating, kind, whole or body) is not None)
                else "partly supported")
    if s > n and s > x:
        return "partly supported"
    if s and s + m >= n:
        return "partly supported"
    return "not supported"


def grade_question(question: Question, appraisals: Sequence[Appraisal], *, n_hits: int) -> QuestionGrade:
    """Certainty and verdict for one question from its appraised records."""
    mine = [a for a in appraisals if a.question_id == question.question_id] or list(appraisals)
    included = [a for a in mine if a.included]
    # narrative reviews are context (G1b): listed, never counted or rated
    context = [a for a in included if a.design in CONTEXT]
    body = [a for a in included if a.direction != "unclear" and a.design not in CONTEXT]
    unclear = [a for a in included if a.direction == "unclear" and a.design not in CONTEXT]
    counts = Counter(a.direction for a in body)
    designs = Counter(a.design for a in body)
    design_counts = tuple(
        DesignCount(d, designs[d]) for d in sorted(designs, key=lambda d: (_DESIGN_ORDER.index(d) if d in _DESIGN_ORDER else 99))
    )
    n_part = participants(body)
    n_reviews = review_participants(body)
    if not body:
        usable = [a for a in included if a.design not in CONTEXT]
        why = (
            f"The search returned {n_hits} record{'s' if n_hits != 1 else ''}; "
            + (
                f"{len(usable)} addressed the question but none reports a usable result ({_pmids(unclear)})."
                if usable
                else "none addressed both the intervention and the outcome."
                if not context
                else ""
            )
            + (f" {_context_note(context)}" if context else "")
            + " No evidence found."
        ).replace("; ", "; ", 1).replace(";  ", "; ")
        return QuestionGrade(
            question_id=question.question_id,
            certainty="No evidence found",
            verdict="no evidence found",
            n_hits=n_hits,
            n_relevant=len(included),
            n_studies=0,
            n_participants=0,
            designs=(),
            n_supports=0,
            n_no_effect=0,
            n_contradicts=0,
            n_mixed=0,
            n_unclear=len(unclear),
            downgrades=(),
            rationale=why,
            cited_pmids=tuple(a.pmid for a in unclear),
            n_participants_reviews=0,
            sof=build_sof(question.question_id, question.outcome, (), (), "No evidence found", None, (),
                          n_participants=0, n_participants_reviews=0,
                          flags=(_context_note(context),) if context else ()),
        )

    # Rate each starting tier's body separately; the best-rated tier sets the certainty
    # (GRADE rates from the best available evidence; lower tiers are reported, not pooled).
    # For a safety question a reported case of the harm answers "can it cause?", whatever
    # other studies saw: certainty is then how sure we are of the harm reports.
    rated = body
    if question.kind == "safety":
        reports = [a for a in body if a.direction in ("supports", "mixed")]
        rated = reports or body
    ratings = []
    for start in ("High", "Low", "Very low"):
        tier = [a for a in rated if start_of(a) == start]
        if tier:
            ratings.append(_rate(tier, start, question.kind, whole=body))
    best = max(ratings, key=lambda r: (LEVELS.index(r.level), LEVELS.index(r.start)))
    certainty = best.level
    verdict = _verdict(best.body, certainty, question.kind, best, body)
    backed_by = (direct_support(best, question.kind, body)
                 if verdict == "supported" and certainty in ("Low", "Very low") and question.kind != "safety" else None)
    side_note = (f" The side is not in doubt: {backed_by}, so it is supported; the certainty says how sure the size is."
                 if backed_by else "")

    flags = [f"review content unknown (PMID {a.pmid}): it starts Low, not High, until it shows it pools randomised trials"
             for a in best.body if a.design in REVIEWS and (a.review_pools or "unknown") == "unknown"]
    if context:
        flags.append(_context_note(context))
    rationale = _question_rationale(question, body, unclear, included, best, n_hits) + side_note
    if context:
        rationale = rationale.replace(" Certainty rests on", f" {_context_note(context)} Certainty rests on", 1)
    order = sorted(body, key=lambda a: (_DESIGN_ORDER.index(a.design) if a.design in _DESIGN_ORDER else 99, a.pmid))
    return QuestionGrade(
        question_id=question.question_id,
        certainty=certainty,
        verdict=verdict,
        n_hits=n_hits,
        n_relevant=len(included),
        n_studies=len(body),
        n_participants=n_part,
        designs=design_counts,
        n_supports=counts["supports"],
        n_no_effect=counts["no effect"],
        n_contradicts=counts["contradicts"],
        n_mixed=counts["mixed"],
        n_unclear=len(unclear),
        downgrades=best.downgrades,
        rationale=rationale,
        cited_pmids=tuple(a.pmid for a in order),
        n_participants_reviews=n_reviews,
        sof=build_sof(question.question_id, question.outcome, body, best.body, certainty, best.start, best.downgrades,
                      n_participants=n_part, n_participants_reviews=n_reviews, flags=flags, kind=question.kind),
    )


def _context_note(context: Sequence[Appraisal]) -> str:
    n = len(context)
    return (f"{n} narrative review{'s are' if n != 1 else ' is'} context, not evidence: not counted or rated "
            f"({_pmids(context)}).")


_DIRECTION_WORDS = {
    "supports": ("supports", "support"),
    "no effect": ("found no effect or no difference", "found no effect or no difference"),
    "contradicts": ("points the other way", "point the other way"),
    "mixed": ("has mixed results", "have mixed results"),
}


def _describe(group: Sequence[Appraisal]) -> str:
    designs = Counter(a.design for a in group)
    parts = [_design_phrase(d, designs[d]) for d in sorted(designs, key=lambda d: _DESIGN_ORDER.index(d) if d in _DESIGN_ORDER else 99)]
    return _join(parts)


def _question_rationale(
    question: Question,
    body: Sequence[Appraisal],
    unclear: Sequence[Appraisal],
    included: Sequence[Appraisal],
    best: _Rating,
    n_hits: int,
) -> str:
    pieces: list[str] = []
    for direction in ("supports", "no effect", "contradicts", "mixed"):
        group = [a for a in body if a.direction == direction]
        if not group:
            continue
        n = participants(group)
        who = _describe(group)
        verb = _DIRECTION_WORDS[direction][0 if len(group) == 1 else 1]
        if direction == "supports" and question.kind == "safety":
            verb = "reports the harm" if len(group) == 1 else "report the harm"
        if direction == "no effect" and question.kind == "safety":
            verb = "did not report the harm" if len(group) == 1 else "did not report the harm"
        size = f", {n:,} participants" if n else ""
        pieces.append(f"{who}{size}, {verb} ({_pmids(group)})")
    text = "; ".join(pieces) + "."
    if unclear:
        text += f" {len(unclear)} more relevant record{'s' if len(unclear) != 1 else ''} gave no usable direction ({_pmids(unclear)})."
    text = text[0].upper() + text[1:]
    basis = _describe(best.body)
    steps = len(best.downgrades)
    if best.downgrades:
        downs = "; ".join(best.downgrades)
        rating = f"Certainty rests on the {basis}: starts {best.start}, rated down for {downs} -> {best.level}."
    else:
        rating = f"Certainty rests on the {basis}: starts {best.start}, not rated down -> {best.level}."
    if steps and LEVELS.index(best.start) - steps < 0:
        rating = rating.replace(f"-> {best.level}", f"-> {best.level} (floor)")
    return f"{text} {rating} Search: {n_hits} hits, {len(included)} addressed the question."
