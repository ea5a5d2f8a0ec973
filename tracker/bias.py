"""Risk of bias per study, from what the record states (issue 15, rules B1-B2).

Five items a reader checks first: was it randomised, was it blinded or sham/placebo
controlled, how big was it, was it industry-funded (only when the record says so), and is
the text we judged complete. Each item is "yes", "no" or "unclear" as the record states it;
nothing is inferred from silence except "unclear". The overall judgement counts stated
concerns only: a study that says nothing about blinding is "unclear", not "high".
Size is shown but not counted as bias (imprecision covers it, G3). Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .models import Record

YesNo = Literal["yes", "no", "unclear"]
PRIMARY_CONTROLLED = frozenset({"RCT", "non-randomised controlled", "cohort", "case-control"})
REVIEW_DESIGNS = frozenset({"meta-analysis", "systematic review"})
SMALL = 50  # participants: a "small" study in the table

_BLIND_RE = re.compile(r"\b(?:double|triple|single|evaluator|assessor|observer|investigator|rater)[- ]blind\w*|\bblinded\b|\bmasked\b", re.I)
_OPEN_RE = re.compile(r"\b(?:open[- ]label|unblinded|not blinded|non-blinded|open study)\b", re.I)
_SHAM_RE = re.compile(r"\b(?:sham|placebo|vehicle)(?:[- ]controlled)?\b", re.I)
_RANDOM_RE = re.compile(r"(?<!non-)(?<!non)\brandomi[sz]\w*|\brandomly\b", re.I)
_NOT_RANDOM_RE = re.compile(r"\bnon-?randomi[sz]ed|\bnot randomi[sz]ed|titled randomi[sz]ed", re.I)
# funding is only judged when the record states it
_INDUSTRY_RE = re.compile(
    r"\b(?:funded|sponsored|supported|paid|financed) by (?:the )?(?:manufacturer|company|industry|\w+ (?:Inc|Ltd|GmbH|Corp|plc|Pharma\w*|Laborator\w*))"
    r"|\bfrom the manufacturer\b|\bindustry[- ](?:funded|sponsored)\b|\bcompany[- ](?:funded|sponsored)\b"
    r"|\bemployees? of\b|\bmanufacturer'?s?\b[^.]{0,30}\b(?:authors?|sponsor\w*|funded|run)\b",
    re.I,
)
_NO_INDUSTRY_RE = re.compile(r"\bno (?:industry|commercial) (?:funding|sponsorship)\b|\bindependently funded\b", re.I)
_LOW_QUALITY_RE = re.compile(
    r"\b(?:low|very low|poor|limited)[- ](?:quality|certainty)\b|\bhigh risk of bias\b|\bmethodological flaws\b|"
    r"\bJadad scores? (?:were|of) [1-3]\b|\bmost (?:of them )?(?:were )?small\b",
    re.I,
)


@dataclass(frozen=True)
class RiskOfBias:
    """The five items and the overall judgement for one study, with the stated reasons."""

    randomised: YesNo | Literal["n/a"]
    blinded: YesNo | Literal["n/a"]  # blinded assessors or a sham/placebo/vehicle control
    size: int | None
    small: bool
    industry_funded: YesNo
    text_complete: bool
    overall: Literal["low", "unclear", "some concerns", "high", "not assessed"]
    concerns: tuple[str, ...] = ()

    def describe(self) -> str:
        bits = [f"randomised {self.randomised}", f"blinded/sham {self.blinded}",
                f"n={self.size}" if self.size is not None else "n not stated",
                f"industry {self.industry_funded}"]
        if not self.text_complete:
            bits.append("text incomplete")
        return f"{self.overall}: " + ", ".join(bits)


def assess_bias(record: Record, design: str, n_participants: int | None, caveats: tuple[str, ...] = ()) -> RiskOfBias:
    """Risk of bias for one record of `design`, from its title and text.

    Concerns counted: a comparative primary study that states it was not randomised (a
    design that already starts Low is not penalised twice: only RCTs count this), stated
    open-label or unblinded assessment, stated industry funding or sponsor authorship, and
    for reviews a stated low quality or high risk of bias among the
    included studies. 1 concern: some concerns; 2 or more: high; none: low when randomised and
    blinded (or sham-controlled) as stated, else unclear (reviews: unclear). Animal, in vitro,
    case reports/series and narrative reviews are "not assessed": they start Very low."""
    text = f"{record.title or ''}. {record.abstract_text}"
    concerns: list[str] = []
    if design in PRIMARY_CONTROLLED:
        randomised: YesNo | Literal["n/a"] = "no" if _NOT_RANDOM_RE.search(text) else ("yes" if _RANDOM_RE.search(text) else "unclear")
        if design == "RCT" and randomised == "no":
            concerns.append("text says it was not randomised")
        if _OPEN_RE.search(text):
            blinded: YesNo | Literal["n/a"] = "no"
            concerns.append(f"{_OPEN_RE.search(text).group(0)} assessment")  # type: ignore[union-attr]
        elif _BLIND_RE.search(text) or _SHAM_RE.search(text):
            blinded = "yes"
        else:
            blinded = "unclear"
    else:
        randomised = blinded = "n/a"
    if _NO_INDUSTRY_RE.search(text):
        industry: YesNo = "no"
    elif _INDUSTRY_RE.search(text):
        industry = "yes"
        concerns.append("industry-funded or sponsor-written (stated)")
    else:
        industry = "unclear"
    # an incomplete text limits our reading, not the study's conduct: shown, not a concern
    if design in REVIEW_DESIGNS:
        q = _LOW_QUALITY_RE.search(text)
        if q:
            concerns.append(f"the review reports '{q.group(0)}' among its studies")
        elif any(c.startswith("risk of bias") for c in caveats):
            concerns.append(next(c for c in caveats if c.startswith("risk of bias")))
    small = n_participants is not None and n_participants < SMALL and design not in REVIEW_DESIGNS
    overall: Literal["low", "unclear", "some concerns", "high", "not assessed"]
    if design not in PRIMARY_CONTROLLED and design not in REVIEW_DESIGNS:
        overall = "not assessed"
    elif concerns:
        overall = "some concerns" if len(concerns) == 1 else "high"
    elif randomised in ("yes", "n/a") and blinded in ("yes", "n/a") and design not in REVIEW_DESIGNS:
        overall = "low"  # randomised (where it applies), blinded or sham-controlled, nothing stated against it
    else:
        overall = "unclear"  # nothing stated against it, but not enough stated for it either
    return RiskOfBias(randomised, blinded, n_participants, small, industry, record.text_complete, overall, tuple(concerns))
