"""What a review pools, and whether its own question is the claim's (issue 15, rules G1a, I5).

In GRADE a body of evidence starts from what it is made of: a review of RCTs starts High, a
review of observational studies Low, a review of case reports or case series Very low. Being
a review says nothing by itself. The content is read from the review's own words about its
included studies ("nine RCTs were included", "case reports, case series and clinical
trials"); calls for future trials ("larger randomized trials are needed") are not content.
Pure functions over a `Record`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from .models import Record
from .text import normalise, split_sentences

Pools = Literal["RCTs", "observational", "mixed", "case reports", "unknown"]
POOLS: tuple[str, ...] = ("RCTs", "observational", "mixed", "case reports", "unknown")
REVIEW_DESIGNS = frozenset({"meta-analysis", "systematic review"})

# Where a review starts (G1a). "mixed" is RCTs pooled with non-randomised studies: the
# synthesis carries the weaker design's bias, so it starts where that design starts. Any
# case reports or case series among the included studies make it a review of case reports:
# rare findings (most harms) in such a review come from those reports. Unknown content
# starts Low and is flagged, because nothing shows it rests on randomised evidence.
START: dict[str, str] = {
    "RCTs": "High",
    "observational": "Low",
    "mixed": "Low",
    "case reports": "Very low",
    "unknown": "Low",
}

_RCT_RE = re.compile(
    r"\b(?:(?<!non-)(?<!non)randomi[sz]ed(?:,? (?:double-blind|placebo-controlled|vehicle-controlled|sham-controlled|"
    r"controlled|clinical|split-face|intra-individual))*"
    r"(?: (?:controlled|clinical))? (?:trials?|studies)|(?<!non-)RCTs?)\b",
    re.I,
)
_NONRANDOM_RE = re.compile(
    r"\b(?:non-?randomi[sz]ed|non-RCTs?|RCTs? among|observational|cohort|case-control|cross-sectional|retrospective|"
    r"uncontrolled|before-after|open studies|prospective (?:studies|trials))\b",
    re.I,
)
_CASES_RE = re.compile(r"\b(?:case reports?|case series|case studies)\b", re.I)
# A design named in a call for future work or a statement of what is missing is not content.
_NOT_CONTENT_RE = re.compile(
    r"\b(?:need(?:ed|s)?|call(?:s|ed)? for|ask(?:s|ed)? for|further|future|larger|more|well[- ]designed|"
    r"high[- ]quality|without|until|lack\w*|no (?:\w+ ){0,2}(?:was|were) found|absence)\b[^.;]{0,60}$",
    re.I,
)
_NEGATED_RE = re.compile(r"\b(?:excluding|excluded|not)\s+(?:\w+\s+){0,2}$", re.I)


def _named(rx: re.Pattern[str], sentence: str) -> bool:
    for m in rx.finditer(sentence):
        before = sentence[: m.start()]
        if _NOT_CONTENT_RE.search(before) or _NEGATED_RE.search(before):
            continue
        return True
    return False


def review_pools(record: Record) -> Pools:
    """What the review's included studies are, from its own words (title and text).

    "RCTs" when only randomised trials are named, "observational" when only non-randomised
    designs are, "mixed" for both, "case reports" when case reports or case series are
    among them, else "unknown"."""
    rct = nonrandom = cases = False
    for sentence in [record.title or "", *split_sentences(record.abstract_text)]:
        if _named(_CASES_RE, sentence):
            cases = True
        if _named(_NONRANDOM_RE, sentence):
            nonrandom = True
        # "16 randomized and 3 non-randomized controlled trials": both designs
        if _named(_RCT_RE, sentence) or re.search(r"\b\d+ randomi[sz]ed and\b", sentence, re.I):
            rct = True
            # "31 RCTs and 7 controlled clinical trials": counted apart from the RCTs, the
            # controlled trials are the non-randomised ones
            if re.search(r"\b\d+ controlled (?:clinical )?trials\b", sentence, re.I):
                nonrandom = True
    if cases:
        return "case reports"
    if rct and nonrandom:
        return "mixed"
    if rct:
        return "RCTs"
    if nonrandom:
        return "observational"
    return "unknown"


def review_scope(record: Record) -> str:
    """The review's own question: its title and the sentence that states what it reviewed
    (a structured abstract's OBJECTIVE or METHODS section, else the first sentence)."""
    labelled = [s.text for s in record.abstract if s.label and re.match(r"(?i)objectives?|aims?|purpose|methods?", s.label)]
    first = split_sentences(labelled[0] if labelled else record.abstract_text)
    return f"{record.title or ''}. {first[0] if first else ''}"


def off_scope(record: Record, outcome_terms: Sequence[re.Pattern[str]], intervention_terms: Sequence[re.Pattern[str]]) -> str | None:
    """Why a review is indirect evidence for a question (rule I5), or None.

    A review answers the question it set itself. When its scope names none of the
    question's intervention terms, or none of its outcome terms, the finding is reported in
    passing (a review of photodynamic therapy that mentions photosensitiser delivery; a
    review of vaccine and insulin patches for a claim about skin penetration of cosmetics):
    indirect."""
    scope = normalise(review_scope(record))
    if intervention_terms and not any(rx.search(scope) for rx in intervention_terms):
        return "a review whose own question is about another intervention"
    if outcome_terms and not any(rx.search(scope) for rx in outcome_terms):
        return "a review whose own question is not this outcome (reported in passing)"
    return None
