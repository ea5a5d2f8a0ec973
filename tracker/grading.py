"""Grade a question's body of evidence and weigh each claim against it.

GRADE-inspired and mechanical: every step is a stated rule over the appraisals (see
docs/grading.md), and the rationale is generated from the same numbers, citing PMIDs.
Pure functions: no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from .appraisal import HeadToHead, head_to_head, question_terms
from .models import Appraisal, Claim, ClaimVerdict, DesignCount, Question, QuestionGrade, Record
from .text import FIGURE_RE, NUMBER_WORD, figure_values, mentions, split_sentences, words_to_int

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
    """Total human participants without double counting reviews and their trials: the
    larger of the biggest review's count and the sum over primary studies."""
    review = max((a.n_participants or 0 for a in appraisals if a.design in REVIEWS), default=0)
    primary = sum(a.n_participants or 0 for a in appraisals if a.design not in REVIEWS)
    return max(review, primary)


@dataclass(frozen=True)
class _Rating:
    start: str
    level: str
    downgrades: tuple[str, ...]
    body: tuple[Appraisal, ...]


def _rate(body: Sequence[Appraisal], start: str, kind: str) -> _Rating:
    downs: list[tuple[int, str]] = []
    n = participants(body)
    human = [a for a in body if a.population != "animal" and a.design not in ("animal", "in vitro")]
    if not human or all(a.n_participants is None for a in body):
        downs.append((1, "imprecision: participant numbers not reported"))
    elif n < VERY_SMALL:
        downs.append((2, f"very serious imprecision: {n:,} participants (fewer than {VERY_SMALL})"))
    elif n < OIS:
        downs.append((1, f"imprecision: {n:,} participants (fewer than {OIS})"))
    caveats = {a.pmid: a.caveats for a in body}
    reviews = sorted((a for a in body if a.design in REVIEWS), key=lambda a: a.n_participants or 0, reverse=True)
    largest = reviews[0] if reviews else None
    rob = [a for a in body if any(c.startswith("risk of bias") for c in caveats[a.pmid])]
    if largest is not None and largest in rob:
        why = next(c for c in caveats[largest.pmid] if c.startswith("risk of bias"))
        downs.append((1, f"risk of bias: the largest review (PMID {largest.pmid}) {why.split(': ', 1)[1]}"))
    elif rob and len(rob) / len(body) >= 0.5:
        downs.append((1, f"risk of bias: {len(rob)} of {len(body)} studies state a limitation (open-label, low quality)"))
    directions = Counter(a.direction for a in body)
    heterogeneous = largest is not None and any(c.startswith("heterogeneity") for c in caveats[largest.pmid])
    if heterogeneous and not (len(body) >= 2 and _disagree(directions, kind, len(body))):
        why = next(c for c in caveats[largest.pmid] if c.startswith("heterogeneity"))  # type: ignore[union-attr]
        downs.append((1, f"inconsistency: the largest review (PMID {largest.pmid}) {why.split(': ', 1)[1]}"))  # type: ignore[union-attr]
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
    if kind == "safety" and not directions["supports"] and not directions["mixed"]:
        # nobody saw the harm: absence of reports cannot rule out a rare harm
        if not any("imprecision" in r for _, r in downs):
            downs.append((1, "imprecision: no study reports the harm, and absence of reports cannot rule out a rare one"))
    indirect = [a for a in body if a.indirect]
    if indirect and len(indirect) / len(body) >= INDIRECT_SHARE:
        reasons = Counter(r for a in indirect for r in (a.indirectness or "").split("; ") if r)
        top = reasons.most_common(1)[0][0] if reasons else "indirect evidence"
        downs.append((1, f"indirectness: {len(indirect)} of {len(body)} studies are indirect ({top})"))
    steps = sum(d for d, _ in downs)
    level = LEVELS[max(0, LEVELS.index(start) - steps)]
    return _Rating(start, level, tuple(r for _, r in downs), tuple(body))


def _disagree(directions: Counter, kind: str, n: int) -> bool:
    if kind == "safety":
        disagree = directions["contradicts"] if directions["supports"] else 0
        total = max(directions["supports"], directions["contradicts"]) + disagree
    else:
        disagree = n - max(directions.values())
        total = n
    return bool(total) and disagree / total >= INCONSISTENT_SHARE


def _verdict(body: Sequence[Appraisal], certainty: str, kind: str) -> str:
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
    if s / total >= 2 / 3 and x == 0:
        return "supported" if certainty != "Very low" else "partly supported"
    if s > n and s > x:
        return "partly supported"
    if s and s + m >= n:
        return "partly supported"
    return "not supported"


def grade_question(question: Question, appraisals: Sequence[Appraisal], *, n_hits: int) -> QuestionGrade:
    """Certainty and verdict for one question from its appraised records."""
    mine = [a for a in appraisals if a.question_id == question.question_id] or list(appraisals)
    included = [a for a in mine if a.included]
    body = [a for a in included if a.direction != "unclear"]
    unclear = [a for a in included if a.direction == "unclear"]
    counts = Counter(a.direction for a in body)
    designs = Counter(a.design for a in body)
    design_counts = tuple(
        DesignCount(d, designs[d]) for d in sorted(designs, key=lambda d: (_DESIGN_ORDER.index(d) if d in _DESIGN_ORDER else 99))
    )
    n_part = participants(body)
    if not body:
        why = (
            f"The search returned {n_hits} record{'s' if n_hits != 1 else ''}; "
            + (
                f"{len(included)} addressed the question but none reports a usable result ({_pmids(unclear)})."
                if included
                else "none addressed both the intervention and the outcome."
            )
            + " No evidence found."
        )
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
        tier = [a for a in rated if START.get(a.design, "Very low") == start]
        if tier:
            ratings.append(_rate(tier, start, question.kind))
    best = max(ratings, key=lambda r: (LEVELS.index(r.level), LEVELS.index(r.start)))
    certainty = best.level
    verdict = _verdict(best.body, certainty, question.kind)

    rationale = _question_rationale(question, body, unclear, included, best, n_hits)
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
    )


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


# ======================================================================================
# Claims
# ======================================================================================

STRENGTH_RANK = {"hedged": 0, "plain": 1, "strong": 2, "absolute": 3}
# The strongest wording each certainty level can carry.
MAX_STRENGTH = {"High": 2, "Moderate": 1, "Low": 0, "Very low": 0, "No evidence found": 0}

_SUPERLATIVE_RE = re.compile(
    r"\b(?:by far|the (?:most|best|only|strongest|greatest|fastest)|most (?:potent|effective|powerful)|"
    r"better than|superior to|more effective than|outperforms?|beats?|unmatched|number one|#1)\b",
    re.I,
)
FIGURE_TOLERANCE = 0.2  # relative distance for a reported figure to count as the claimed one
_CLAIM_FIGURE_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|-?fold\b|times\b)", re.I
)
@dataclass(frozen=True)
class FigureCheck:
    claimed: tuple[float, ...]
    matches: tuple[tuple[str, str], ...]  # (pmid, figure)
    others: tuple[tuple[str, str], ...]


def _sentences_about_outcome(
    question: Question, appraisals: Sequence[Appraisal], records: Mapping[str, Record]
) -> Iterator[tuple[str, str]]:
    """(pmid, sentence) for each sentence of an included record that names the question's
    outcome: where C3 looks for figures and durations."""
    terms = question_terms(question)
    for a in appraisals:
        if not a.included or a.pmid not in records:
            continue
        for sentence in split_sentences(records[a.pmid].abstract_text):
            if mentions(sentence, terms.outcome_heads):
                yield a.pmid, sentence


def check_figures(claim: Claim, question: Question, appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> FigureCheck:
    """Compare the claim's numbers with figures reported in sentences about the outcome.

    A record figure matches when it is within 20% (relative) of a claimed number; fold
    changes are compared as percent change (6.74-fold = +574%).
    """
    claimed = tuple(float(m.group(1)) for m in _CLAIM_FIGURE_RE.finditer(f"{claim.quote} {claim.claim}"))
    claimed = tuple(dict.fromkeys(claimed))
    matches: list[tuple[str, str]] = []
    others: list[tuple[str, str]] = []
    for pmid, sentence in _sentences_about_outcome(question, appraisals, records):
        for m in FIGURE_RE.finditer(sentence):
            fig = m.group(0).strip()
            values = figure_values(fig)
            hit = any(abs(v - c) < FIGURE_TOLERANCE * c for v in values for c in claimed if c)
            (matches if hit else others).append((pmid, fig))
    return FigureCheck(claimed, tuple(dict.fromkeys(matches)), tuple(dict.fromkeys(others)))


_DURATION_RE = re.compile(
    rf"(?:(?:up to|within|about|around|over|after|for|in)\s+)?(\d+(?:\.\d+)?|{NUMBER_WORD})(?:\s*(?:-|to|–)\s*(\d+(?:\.\d+)?|{NUMBER_WORD}))?\s*(minutes?|min|hours?|h|days?|weeks?|months?)\b",
    re.I,
)
_UNIT_HOURS = {"min": 1 / 60, "minute": 1 / 60, "h": 1, "hour": 1, "day": 24, "week": 168, "month": 730}


def durations(text: str) -> list[tuple[str, float, float]]:
    """Durations as (text, low, high) in hours: "up to 7 days" -> (.., 0, 168),
    "1 to 5 days" -> (.., 24, 120), "within 3 hours" -> (.., 0, 3)."""
    out = []
    for m in _DURATION_RE.finditer(text or ""):
        a = words_to_int(m.group(1)) if not re.match(r"\d", m.group(1)) else float(m.group(1))
        b = (words_to_int(m.group(2)) if not re.match(r"\d", m.group(2)) else float(m.group(2))) if m.group(2) else None
        if a is None:
            continue
        unit = m.group(3).lower().rstrip("s")
        factor = _UNIT_HOURS.get(unit, _UNIT_HOURS.get(unit[:3], 1))
        low_word = m.group(0).lower()
        lo = 0.0 if re.match(r"(?:up to|within)\b", low_word) else float(a) * factor
        hi = float(b if b is not None else a) * factor
        out.append((m.group(0).strip(), lo, hi))
    return out


@dataclass(frozen=True)
class DurationCheck:
    claimed: tuple[tuple[str, float, float], ...]
    matches: tuple[tuple[str, str], ...]
    others: tuple[tuple[str, str], ...]


def check_durations(claim: Claim, question: Question, appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> DurationCheck:
    """Compare a claimed duration ("subsides within 3 hours") with durations reported in
    sentences about the outcome. A reported duration agrees when its upper end is within
    the claimed upper end x 1.5 (and not below the claimed lower end)."""
    claimed = tuple(durations(claim.quote) or durations(claim.claim))
    matches: list[tuple[str, str]] = []
    others: list[tuple[str, str]] = []
    if not claimed:
        return DurationCheck((), (), ())
    for pmid, sentence in _sentences_about_outcome(question, appraisals, records):
        # only durations right after a resolution verb: "lasting up to 7 days",
        # "resolving in 1 to 5 days" (not follow-up times such as "followed for 12 months")
        spans = [
            sentence[m.end(): m.end() + 45]
            for m in re.finditer(r"\b(?:last\w*|resolv\w*|persist\w*|subsid\w*|disappear\w*|recover\w*|return\w*|downtime(?: of)?)\b", sentence, re.I)
        ]
        for text, lo, hi in [d for span in spans for d in durations(span)]:
            ok = any(hi <= c_hi * 1.5 and hi >= c_lo for _, c_lo, c_hi in claimed)
            (matches if ok else others).append((pmid, text))
    return DurationCheck(claimed, tuple(dict.fromkeys(matches)), tuple(dict.fromkeys(others)))


# --- C7: claims that deny severity ("not very painful") ----------------------------------

_PAIN_OUTCOME_RE = re.compile(r"\b(?:pain\w*|discomfort)\b", re.I)
# "not very painful", "doesn't sit too high on the pain scale", "only mild discomfort"
_SEVERITY_DENIAL_RE = re.compile(
    r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+){0,3}?(?:very|too|that|so|particularly|especially|overly)\s+"
    r"(?:\w+\s+){0,2}?(?:pain\w*|high|bad|uncomfortable|hurt\w*|sore)\b|"
    r"\b(?:mild|minimal|little|low|slight)\s+(?:\w+\s+)?(?:pain|discomfort)\b|\btolerable\b",
    re.I,
)
_PAIN_WORD_RE = re.compile(r"\b(?:pain\w*|discomfort)\b", re.I)
_SCORE_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:/\s*(10|100)\b|out of (10|100)\b|on an? (?:\w+ )?0\s*(?:-|–|to)\s*(10|100)\b)", re.I
)
_LOW_RE = re.compile(
    r"\b(?:mild(?:ly)?|minimal(?:ly)?|slight(?:ly)?|negligible|low|little|(?:practically |virtually |almost |nearly )?painless)\b",
    re.I,
)
_HIGH_RE = re.compile(r"\b(?:severe(?:ly)?|intense|intolerable|unbearable|excruciating|very painful|considerable|moderate(?:ly)?)\b", re.I)
_NEGATED_RE = re.compile(r"\b(?:not|no|without|never)\s+(?:\w+\s+)?$", re.I)
LOW_PAIN_MAX = 3.0  # on a 0-10 scale; 30 on a 0-100 scale


def denies_severity(claim: Claim, question: Question) -> bool:
    """A denying claim about how much a procedure hurts ("not very painful"), not whether
    it does, for a safety question about pain (rule C7)."""
    return (
        claim.stance == "denies"
        and question.kind == "safety"
        and bool(_PAIN_OUTCOME_RE.search(f"{question.outcome} {question.statement}"))
        and bool(_SEVERITY_DENIAL_RE.search(f"{claim.quote} {claim.claim}"))
    )


def _span(sentence: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    if hi - lo <= 60:
        return sentence[lo:hi].strip(" ,;")
    first, second = sorted((a, b))
    return f"{sentence[first[0]:first[1]]} ... {sentence[second[0]:second[1]]}"


def pain_magnitudes(text: str) -> list[tuple[str, bool]]:
    """Pain magnitudes reported next to a pain word: (as written, is low). Low: a score of
    at most 3 on a 0-10 scale (30 on 0-100), or "mild", "minimal", "slight", "low",
    "practically painless"; higher: a higher score or "moderate", "severe", "intense",
    "intolerable". Comparisons ("less painful than laser") are not magnitudes."""
    out: list[tuple[str, bool]] = []
    for sentence in split_sentences(text):
        for pain in _PAIN_WORD_RE.finditer(sentence):
            lo = max(0, pain.start() - 40)
            window = sentence[lo: min(len(sentence), pain.end() + 40)]
            found: list[tuple[re.Match[str], bool]] = []
            for m in _SCORE_RE.finditer(window):
                scale = float(next(g for g in m.groups()[1:] if g))
                value = float(m.group(1))
                if value <= scale:
                    found.append((m, value <= LOW_PAIN_MAX * scale / 10))
            for rx, low in ((_LOW_RE, True), (_HIGH_RE, False)):
                found += [(m, low) for m in rx.finditer(window) if not _NEGATED_RE.search(window[: m.start()])]
            for m, low in found:
                where = (lo + m.start(), lo + m.end())
                out.append((_span(sentence, where, pain.span()), low))
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class SeverityCheck:
    """Records that report a pain magnitude, as a body for rule C7: "supports" when a
    record reports only low pain, "contradicts" when only higher pain, "mixed" when both."""

    body: tuple[Appraisal, ...]
    reported: tuple[tuple[str, str], ...]  # (pmid, words as reported)


def _reread(
    appraisals: Sequence[Appraisal], records: Mapping[str, Record], read: Callable[[str], list[tuple[str, bool]]]
) -> tuple[tuple[Appraisal, ...], list[tuple[str, str, bool]]]:
    """Re-read each included record with `read` (text -> [(words, reassuring)]) for C7 and
    C8: only reassuring findings support the claim, none contradict it, both are mixed.
    Returns the re-read body and every (pmid, words, reassuring)."""
    body: list[Appraisal] = []
    found: list[tuple[str, str, bool]] = []
    for a in appraisals:
        if not a.included or a.pmid not in records:
            continue
        mine = read(records[a.pmid].abstract_text)
        if not mine:
            continue
        kinds = {ok for _, ok in mine}
        direction = "mixed" if len(kinds) == 2 else "supports" if True in kinds else "contradicts"
        body.append(replace(a, direction=direction, deciding_sentence=mine[0][0]))
        found += [(a.pmid, words, ok) for words, ok in mine]
    return tuple(body), found


def check_severity(appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> SeverityCheck:
    body, found = _reread(appraisals, records, pain_magnitudes)
    return SeverityCheck(body, tuple((pmid, words) for pmid, words, _ in found))


def _grade_severity(check: SeverityCheck) -> tuple[str, str, str]:
    """(verdict, certainty, note) for a claim that denies severity, from its magnitude body
    rated like an efficacy body (G1-G7, section 7)."""
    if not check.body:
        return "no evidence found", "No evidence found", "the claim is about how painful it is, and no record reports how much it hurts"
    verdict, best = _judge_body(check.body)
    c = Counter(a.direction for a in check.body)
    how = {"supports": "only low pain", "contradicts": "more than low pain", "mixed": "low and higher pain"}
    counts = ", ".join(f"{c[d]} report{'s' if c[d] == 1 else ''} {how[d]}" for d in ("supports", "contradicts", "mixed") if c[d])
    rated = f"starts {best.start}, " + ("rated down for " + "; ".join(best.downgrades) if best.downgrades else "not rated down")
    note = (
        f"the claim is about how painful it is, not whether it hurts, so it is judged on the records that report how much "
        f"it hurts: {counts} ({_fig_list(check.reported)}); {rated} -> {best.level}"
    )
    return verdict, best.level, note


# --- C8: claims that deny risk ("safe", "low risk", "gentle") ----------------------------

# "a safe procedure with low risk of adverse effects", "gentle", "well tolerated": a claim
# about how risky, not whether any harm ever occurs ("no side effects" is C5's job)
_RISK_DENIAL_RE = re.compile(
    r"\b(?:safe|gentle|well[- ]tolerated|low[- ]risk|low (?:\w+ )?risk|minimal (?:\w+ )?(?:risk|side[- ]effects?|adverse|complications?)|"
    r"few (?:side[- ]effects?|adverse|complications?)|rarely)\b",
    re.I,
)
_HARM_WORD_RE = re.compile(
    r"\b(?:adverse|side[- ]effects?|reactions?|events?|complications?|erythema|o?edema|swelling|pain|bleeding|"
    r"pruritus|itching|desquamation|peeling|flaking|burning|bruising|petechiae|crusting|hyperpigmentation|pih|"
    r"dyspigmentation|infections?|granulom\w*|scarring|tram[- ]track\w*)\b",
    re.I,
)
# words that say a reported harm was mild, and words or named harms that say it was not
_MILD_RE = re.compile(
    r"\b(?:mild(?:ly)?|minimal|minor|transient(?:ly)?|temporary|self-limit\w*|short-lived|resolv\w*|subsided|"
    r"well[- ]tolerated|safe)\b",
    re.I,
)
_SERIOUS_RE = re.compile(
    r"\b(?:serious|severe|persistent|permanent|major|granulom\w*|tram[- ]track\w*|anaphyla\w*|hospitali[sz]\w*|"
    r"systemic (?:hypersensitivity|reactions?|allergic))\b",
    re.I,
)
# "no serious adverse events", "without major complications", "none severe"
_NO_HARM_RE = re.compile(r"\b(?:no|not|without|none|neither|nor|free of|absence of)\s+(?:\w+\s+){0,2}$", re.I)


def denies_risk(claim: Claim, question: Question) -> bool:
    """A denying claim about how risky a procedure is ("safe, with low risk of adverse
    effects", "gentle"), for a safety question (rule C8). Absolute wording ("no side
    effects") denies occurrence and stays with C5."""
    return (
        claim.stance == "denies"
        and question.kind == "safety"
        and claim.strength != "absolute"
        and bool(_RISK_DENIAL_RE.search(f"{claim.quote} {claim.claim}"))
    )


# a sentence that reports harms rather than describing a condition or a search
_HARM_REPORT_RE = re.compile(
    r"\b(?:adverse|side[- ]effects?|complications?|events?|occurr\w*|developed|induced|caused|observed|noted|"
    r"experienced|tolerated|safe|safety profile)\b",
    re.I,
)
# Only searches: appraisal's wider skip list ("risk factors", "caution") works on clauses and
# would drop whole sentences that also report serious harms.
_SEARCH_RE = re.compile(r"\b(?:searched|search terms?|keywords?|terms such as|databases?)\b", re.I)
_NAMED_SERIOUS_RE = re.compile(r"granulom\w*|tram[- ]track\w*|anaphyla\w*", re.I)


def harm_severities(text: str) -> list[tuple[str, bool]]:
    """How serious the harms a record reports are: (words as written, is mild).

    Read only in sentences that report harms ("adverse", "side effects", "occurred",
    "tolerated", ...), not in those that describe the treated condition ("severe acne
    scars", "persistent erythema" at entry) or a literature search. Mild: "mild",
    "transient", "self-limiting", "resolved" near a harm word, "well tolerated", "safe",
    and a serious harm ruled out ("no serious adverse events"); serious: "serious",
    "severe", "persistent", "major", "permanent" near a harm word (40 characters), and
    named serious harms (granulomas, tram-track scarring, anaphylaxis)."""
    out: list[tuple[str, bool]] = []
    for sentence in split_sentences(text):
        if not _HARM_REPORT_RE.search(sentence) or _SEARCH_RE.search(sentence):
            continue
        harms = [h.span() for h in _HARM_WORD_RE.finditer(sentence)]
        # cues that qualify the same harm ("persistent serious events") make one finding
        found: dict[tuple[int, int, bool], tuple[int, int]] = {}
        for rx, mild in ((_SERIOUS_RE, False), (_MILD_RE, True)):
            for m in rx.finditer(sentence):
                word = m.group(0).lower()
                if word == "safe" and re.match(r"safe\w", sentence[m.start():], re.I):
                    continue  # "safety"
                neg = _NO_HARM_RE.search(sentence[max(0, m.start() - 40): m.start()])
                negated = bool(neg)
                near = [h for h in harms if h != m.span() and (abs(h[0] - m.end()) <= 40 or abs(m.start() - h[1]) <= 40)]
                if _NAMED_SERIOUS_RE.fullmatch(word) or word in ("safe", "well tolerated", "well-tolerated"):
                    # "tram-track scarring": the harm word right after a named harm belongs to it
                    harm = next(((m.start(), h[1]) for h in harms if 0 < h[0] - m.end() <= 1), m.span())
                elif near:
                    harm = min(near, key=lambda h: min(abs(h[0] - m.end()), abs(m.start() - h[1])))
                else:
                    continue  # "a major concern", "mild acne": no harm named next to it
                if negated and mild:
                    continue  # "not safe", "no mild ..."
                # "no serious adverse events": a serious harm ruled out is reassurance
                key = (*harm, mild or negated)
                start = max(0, m.start() - 40) + neg.start() if neg else m.start()
                lo, hi = found.get(key, (harm[0], harm[1]))
                found[key] = (min(lo, start), max(hi, m.end()))
        for (h0, h1, mild), (lo, hi) in sorted(found.items(), key=lambda kv: kv[1]):
            out.append((_span(sentence, (lo, hi), (h0, h1)), mild))
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class RiskCheck:
    """Records that say how serious the harms were, as a body for rule C8: "supports"
    when a record reports only mild harms (or rules serious ones out), "contradicts" when
    only serious harms, "mixed" when both."""

    body: tuple[Appraisal, ...]
    serious: tuple[tuple[str, str], ...]  # (pmid, serious harm as reported)


def check_risk(appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> RiskCheck:
    body, found = _reread(appraisals, records, harm_severities)
    return RiskCheck(body, tuple((pmid, words) for pmid, words, mild in found if not mild))


def _grade_risk(check: RiskCheck) -> tuple[str, str, str]:
    """(verdict, certainty, note) for a claim that denies risk, from its severity body rated
    like an efficacy body (G1-G7, section 7). Serious harms reported anywhere in the body
    keep the verdict at most "partly supported": trials are too small to rule out rare harms,
    and case reports are where they show."""
    if not check.body:
        return "no evidence found", "No evidence found", "the claim is about how risky it is, and no record says how serious the harms were"
    verdict, best = _judge_body(check.body)
    capped = bool(check.serious) and verdict == "supported"
    if capped:
        verdict = "partly supported"
    c = Counter(a.direction for a in check.body)
    how = {"supports": "only mild harms or none serious", "contradicts": "serious harms", "mixed": "mild and serious harms"}
    counts = ", ".join(f"{c[d]} report{'s' if c[d] == 1 else ''} {how[d]}" for d in ("supports", "contradicts", "mixed") if c[d])
    rated = f"starts {best.start}, " + ("rated down for " + "; ".join(best.downgrades) if best.downgrades else "not rated down")
    serious = f"; serious harms reported: {_fig_list(check.serious)}" if check.serious else "; no record reports a serious harm"
    note = (
        f"the claim is about how risky it is, not whether any harm occurs, so it is judged on how serious the reported harms "
        f"were: {counts}{serious}; {rated} -> {best.level}"
        + ("; serious harms are reported, so at most partly supported" if capped else "")
    )
    return verdict, best.level, note


def _judge_body(body: Sequence[Appraisal]) -> tuple[str, _Rating]:
    """Verdict and rating of a re-read body (C7, C8): each design tier rated as an efficacy
    body, the best-rated tier decides."""
    ratings = []
    for start in ("High", "Low", "Very low"):
        tier = [a for a in body if START.get(a.design, "Very low") == start]
        if tier:
            ratings.append(_rate(tier, start, "efficacy"))
    best = max(ratings, key=lambda r: (LEVELS.index(r.level), LEVELS.index(r.start)))
    return _verdict(best.body, best.level, "efficacy"), best


_DENIED = {
    "supported": "contradicted",
    "partly supported": "not supported",
    "not supported": "partly supported",  # absence of evidence for a harm is not proof of safety
    "contradicted": "supported",
}
_VERDICT_RANK = {"no evidence found": 0, "contradicted": 0, "not supported": 1, "partly supported": 2, "supported": 3}


def grade_claim(
    claim: Claim,
    question: Question,
    grade: QuestionGrade,
    appraisals: Sequence[Appraisal],
    records: Mapping[str, Record],
) -> ClaimVerdict:
    """The claim's verdict: its question's evidence, then the claim's own wording."""
    verdict = grade.verdict
    certainty = grade.certainty
    cited = list(grade.cited_pmids)
    from_question = len(cited)  # records the claim's own checks add come after these
    notes: list[str] = []
    mine = [a for a in appraisals if a.question_id == question.question_id] or list(appraisals)

    wording = f"{claim.quote} {claim.claim}"
    if claim.claim_type == "comparative" or _SUPERLATIVE_RE.search(wording):
        h2h = [h for a in mine if a.included and a.pmid in records for h in head_to_head(records[a.pmid], question)]
        wins = [h for h in h2h if h.outcome == "win"]
        losses = [h for h in h2h if h.outcome == "loss"]
        ties = [h for h in h2h if h.outcome == "tie"]
        if not h2h:
            verdict = "not supported"
            notes.append("a comparative or superlative claim needs head-to-head evidence and none of the records compares the intervention with alternatives")
        elif losses:
            verdict = "contradicted" if len(losses) >= len(wins) + len(ties) else "not supported"
            notes.append(
                f"head-to-head: {len(wins)} comparison(s) favour it, {len(ties)} found no difference, "
                f"{len(losses)} favour another treatment or combination ({_pmid_list(losses)})"
            )
        elif ties:
            verdict = "not supported"
            notes.append(f"head-to-head: {len(ties)} comparison(s) found no difference ({_pmid_list(ties)}), {len(wins)} favour it")
        else:
            verdict = "partly supported" if verdict in ("supported", "partly supported") else verdict
            notes.append(f"head-to-head: {len(wins)} comparison(s) favour it ({_pmid_list(wins)}); a superlative needs more than that")
        cited.extend(h.pmid for h in h2h)

    dur = check_durations(claim, question, mine, records)
    if dur.claimed and (dur.matches or dur.others):
        said = ", ".join(t for t, _, _ in dur.claimed)
        if dur.others and not dur.matches:
            verdict = "not supported" if verdict != "contradicted" else verdict
            notes.append(f"the claimed duration ({said}) is shorter than reported: {_fig_list(dur.others)}")
        elif dur.others:
            verdict = "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 1 else verdict
            notes.append(f"the claimed duration ({said}) fits {_fig_list(dur.matches)} but not {_fig_list(dur.others)}")
        else:
            notes.append(f"the claimed duration ({said}) fits {_fig_list(dur.matches)}")
        cited.extend(p for p, _ in dur.matches + dur.others)

    fig = check_figures(claim, question, mine, records)
    duration_checked = bool(dur.claimed and (dur.matches or dur.others))
    if not duration_checked and (claim.claim_type == "quantitative" or (fig.claimed and claim.claim_type != "comparative")):
        claimed = ", ".join(f"{c:g}%" for c in fig.claimed) or "a figure"
        if not fig.claimed:
            notes.append("the claim is quantitative but states no checkable figure")
            verdict = "not supported"
        elif fig.matches:
            verdict = "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 1 else verdict
            notes.append(f"the claimed {claimed} is close to figures reported in {_fig_list(fig.matches)}")
            cited.extend(p for p, _ in fig.matches)
        elif fig.others:
            verdict = "not supported" if verdict != "contradicted" else verdict
            notes.append(f"no record reports a figure near the claimed {claimed}; reported: {_fig_list(fig.others)}")
            cited.extend(p for p, _ in fig.others)
        else:
            verdict = "not supported" if verdict != "no evidence found" else verdict
            notes.append(f"no record reports a figure for this outcome to check the claimed {claimed} against")

    severity = denies_severity(claim, question) and grade.n_relevant > 0
    if severity:
        # "not very painful" is about how much it hurts: reports that pain occurs do not
        # answer it, the magnitudes the records report do (C7)
        sev = check_severity(mine, records)
        verdict, certainty, note = _grade_severity(sev)
        notes.append(note)
        cited.extend(a.pmid for a in sev.body)

    risk = not severity and denies_risk(claim, question) and grade.n_relevant > 0
    if risk:
        # "safe, with low risk of adverse effects": that harms occur does not answer it, how
        # serious they were does (C8)
        rc = check_risk(mine, records)
        verdict, certainty, note = _grade_risk(rc)
        notes.append(note)
        cited.extend(a.pmid for a in rc.body)

    if grade.n_relevant == 0 or (grade.certainty == "No evidence found" and len(cited) == from_question):
        # nothing usable was found, and the claim's own checks found no record either: a
        # missing head-to-head trial or figure cannot make that "not supported" (C6)
        verdict = "no evidence found"
    # A claim that denies the question's statement ("microneedling is not painful" for
    # "does microneedling cause pain?") is judged against the mirrored verdict.
    if claim.stance == "denies" and not severity and not risk:
        mirrored = _DENIED.get(verdict, verdict)
        if mirrored != verdict:
            notes.append(f"the claim denies the question's statement, so the question's '{verdict}' becomes '{mirrored}'")
            verdict = mirrored
    strength = STRENGTH_RANK.get(claim.strength, 1)
    overstated = False
    if strength == 3:
        overstated = True
        notes.append("absolute wording (always/never/guaranteed) is more than any body of evidence can carry")
    elif strength > MAX_STRENGTH.get(certainty, 0):
        overstated = True
        notes.append(f"worded as {claim.strength} but certainty is {certainty}")
    elif strength >= 1 and verdict in ("not supported", "contradicted", "no evidence found"):
        overstated = True
        notes.append(f"worded as {claim.strength} but the evidence does not back it ({verdict})")

    summary = grade.rationale
    said = f"The article says: \u201c{claim.quote.strip()}\u201d ({claim.strength} wording)."
    judged = f"Verdict: {verdict} (certainty {certainty})."
    parts = [said, summary]
    if notes:
        parts.append("For this claim: " + "; ".join(notes) + ".")
    parts.append(judged + (" Overstated." if overstated else ""))
    return ClaimVerdict(
        claim_id=claim.claim_id,
        question_id=question.question_id,
        verdict=verdict,
        certainty=certainty,
        overstated=overstated,
        rationale=" ".join(parts),
        n_studies=grade.n_studies,
        n_participants=grade.n_participants,
        cited_pmids=tuple(dict.fromkeys(cited)),
    )


def _pmid_list(items: Sequence[HeadToHead]) -> str:
    ids = list(dict.fromkeys(h.pmid for h in items))
    return ("PMID " if len(ids) == 1 else "PMIDs ") + ", ".join(ids)


def _fig_list(items: Sequence[tuple[str, str]], limit: int = 6) -> str:
    by: dict[str, list[str]] = {}
    for pmid, figure in items:
        by.setdefault(pmid, []).append(figure)
    parts = [f"{', '.join(figs[:3])} (PMID {pmid})" for pmid, figs in list(by.items())[:limit]]
    return "; ".join(parts)
