"""Per record: the key result for the question's outcome (issue 15, rule F2).

What a reader of a Summary of Findings table needs from each study: the value in the
treated group, the comparator's value, the difference or ratio (MD, SMD, RR, OR, HR, beta)
with its unit and confidence interval, the p-value and the time point. Read from the
sentence that decided the record's direction when it carries numbers, otherwise from the
record's sentence about the outcome with the most of these parts. Numbers are quoted as
written; nothing is computed that the record does not state. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .text import split_sentences

_NUM = r"[-−]?\d+(?:\.\d+)?"
# abbreviations are case-sensitive ("OR" is not "or"); spelled-out measures are not
_ABBR_RE = re.compile(rf"\b(SMD|WMD|MD|RR|IRR|OR|HR|beta|β)\b\s*(?:=|:|of)?\s*\(?({_NUM})")
_WORDS_RE = re.compile(
    rf"\b(standardi[sz]ed mean difference|weighted mean difference|mean difference|risk ratio|relative risk|odds ratio|"
    rf"hazard ratio)s?\b(?:\s*\([A-Z]+\))?[^\d.;]{{0,30}}?({_NUM})",
    re.I,
)
_MEASURE_NAMES = {
    "standardized mean difference": "SMD", "standardised mean difference": "SMD",
    "weighted mean difference": "WMD", "mean difference": "MD", "risk ratio": "RR", "relative risk": "RR",
    "odds ratio": "OR", "hazard ratio": "HR", "β": "beta",
}
_UNIT_RE = re.compile(r"\s*(%|[A-Za-z]+/[A-Za-z0-9²]+|points?\b|mm\b|cm\b|µm\b|hairs?\b|lesions?\b)")
_CI_RE = re.compile(rf"(?:95\s?%\s*)?\bCI\b[,:]?\s*({_NUM})\s*(?:to|–|-|,)\s*({_NUM})", re.I)
_BARE_CI_RE = re.compile(rf"^\s*\(({_NUM})\s*(?:to|–|-|,)\s*({_NUM})\)")
_P_RE = re.compile(r"\b[pP]\s*(?:=|<|>|≤|≥|<=|>=|less than|greater than)?\s*(?:0?\.\d+|1\.0|[<>]\s*0?\.\d+)(?:\d*)")
_VS_RE = re.compile(
    rf"({_NUM}\s?%?)(?:\s*\([^)]*\))?(?:\s+[^.;()]{{0,40}}?)?\s+(?:versus|vs\.?|compared with|against)\s+({_NUM}\s?%?)",
    re.I,
)
_FROM_TO_RE = re.compile(rf"\bfrom ({_NUM}) to ({_NUM})", re.I)
_COUNT_WORD = r"(?:\d+|one|two|three|four|six|eight|nine|ten|twelve)"
# "at week 24", "after 12 weeks", "a 32-week trial", "for 2 years"; a bare "14 years" is an age
_TIME_RE = re.compile(
    rf"\b(?:(?:at|after|over|by|for|within|to)\s+)?(?:(?:week|month|day)s?[- ]?\d+|{_COUNT_WORD}[- ]?(?:weeks?|wk|months?|days?))"
    rf"(?:[- ](?:end point|follow-up))?\b|\b(?:at|after|over|for|within)\s+{_COUNT_WORD}[- ]?years?\b",
    re.I,
)


@dataclass(frozen=True)
class Effect:
    """The key result one record reports for the question's outcome, as written."""

    text: str  # the sentence it was read from
    measure: str | None = None  # MD, SMD, WMD, RR, OR, HR, IRR, beta
    estimate: float | None = None
    unit: str | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    p: str | None = None  # as written: "p < 0.001"
    value: str | None = None  # the treated group's value ("68%", "169 to 195")
    comparator_value: str | None = None
    time_point: str | None = None
    pooled: bool = False  # a meta-analysis's pooled estimate

    def describe(self) -> str:
        """One line for the evidence table: "MD 25.6 hairs/cm2 (95% CI 2.62 to 48.57), at
        medium-term; 68% vs 43%; p < 0.001"."""
        parts = []
        if self.measure and self.estimate is not None:
            est = f"{self.measure} {self.estimate:g}" + (f" {self.unit}" if self.unit and self.unit != "%" else (self.unit or ""))
            if self.ci_low is not None and self.ci_high is not None:
                est += f" (95% CI {self.ci_low:g} to {self.ci_high:g})"
            parts.append(est)
        if self.value and self.comparator_value:
            parts.append(f"{self.value} vs {self.comparator_value}")
        if self.p:
            parts.append(self.p)
        if self.time_point:
            parts.append(self.time_point)
        return "; ".join(parts)

    @property
    def empty(self) -> bool:
        return not (self.estimate is not None or self.value or self.p)


def _num(text: str) -> float:
    return float(text.replace("−", "-"))


def _read(sentence: str, pooled_design: bool) -> Effect:
    measure = estimate = unit = None
    lo = hi = None
    m = _ABBR_RE.search(sentence) or _WORDS_RE.search(sentence)
    if m:
        name = m.group(1)
        measure = _MEASURE_NAMES.get(name.lower(), name)
        estimate = _num(m.group(2))
        after = sentence[m.end():]
        u = _UNIT_RE.match(after)
        unit = u.group(1) if u else None
        ci = _CI_RE.search(after[:60]) or _BARE_CI_RE.search(after)
        if ci:
            lo, hi = _num(ci.group(1)), _num(ci.group(2))
    # the p-value of the estimate is the one right after it, not another comparison's
    p = (_P_RE.search(sentence, m.end()) if m else None) if m and _P_RE.search(sentence[m.end(): m.end() + 80]) else _P_RE.search(sentence)
    value = comparator = None
    vs = _VS_RE.search(sentence)
    if vs:
        value, comparator = vs.group(1).strip(), vs.group(2).strip()
    else:
        ft = _FROM_TO_RE.findall(sentence)
        if len(ft) >= 2:
            value, comparator = f"{ft[0][0]} to {ft[0][1]}", f"{ft[1][0]} to {ft[1][1]}"
    t = _TIME_RE.search(sentence)
    return Effect(
        text=sentence.strip(),
        measure=measure,
        estimate=estimate,
        unit=unit,
        ci_low=lo,
        ci_high=hi,
        p=re.sub(r"\s+", " ", p.group(0)) if p else None,
        value=value,
        comparator_value=comparator,
        time_point=t.group(0) if t else None,
        pooled=pooled_design and measure is not None,
    )


def _score(e: Effect) -> int:
    return (3 if e.estimate is not None else 0) + (2 if e.ci_low is not None else 0) + (2 if e.value else 0) + (1 if e.p else 0)


def read_effect(
    text: str,
    outcome_terms: Sequence[re.Pattern[str]],
    *,
    deciding_sentence: str | None = None,
    pooled_design: bool = False,
) -> Effect | None:
    """The record's key result for the outcome, or None when it states no number for it.

    `outcome_terms` are patterns for the question's outcome; `pooled_design` is true for a
    meta-analysis (its estimate is then a pooled one). The deciding sentence wins when it
    carries a result; otherwise the outcome sentence with the most parts."""
    candidates: list[Effect] = []
    if deciding_sentence:
        e = _read(deciding_sentence, pooled_design)
        if not e.empty:
            return _with_time(e, text)
    for sentence in split_sentences(text):
        if outcome_terms and not any(rx.search(sentence) for rx in outcome_terms):
            continue
        e = _read(sentence, pooled_design)
        if not e.empty:
            candidates.append(e)
    if not candidates:
        return None
    return _with_time(max(candidates, key=_score), text)


def _with_time(e: Effect, text: str) -> Effect:
    """A result with no time point takes the study's duration when the text states one
    ("a 32-week trial")."""
    if e.time_point:
        return e
    t = _TIME_RE.search(text)
    if not t:
        return e
    from dataclasses import replace

    return replace(e, time_point=t.group(0))
