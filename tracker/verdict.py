"""Weigh one claim against the evidence: its frame (what it asserts) against the studies.

Moved from `grading` (which keeps the question-level rules): the claim's own checks
(head-to-head, figures, durations, severity C7, risk C8) and the mapping of each study's
direction relative to the QUESTION onto the CLAIM's side through the asserted relation
(docs/grading.md, "Claim verdicts"). Pure functions: no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from .appraisal import HeadToHead, _polarity, between_group_tie, head_to_head, question_terms
from .effects import classify_effect
from .grading import LEVELS, START, _rate, _Rating, _verdict, grade_question
from .harms import RECORD_HARM_WORDS, SERIOUS_HARM_TERMS, harm_severities, quote_span
from .models import Appraisal, Claim, ClaimFrame, ClaimVerdict, Question, QuestionGrade, Record, Stance, Tally
from .phrases import treatment_probability
from .polarity import HARM_NOUNS, INERT_ARM_RE, INERT_CONTROL
from .relation_model import relation_doubt
from .spelling import forms
from .text import (
    DOSAGE_FORM_ROUTES,
    FIGURE_RE,
    NUMBER_WORD,
    ORDINALS,
    STOPWORDS,
    content_words,
    figure_values,
    mentions,
    normalise,
    split_sentences,
    words_to_int,
)

STRENGTH_RANK = {"hedged": 0, "plain": 1, "strong": 2, "absolute": 3}
# The strongest wording each certainty level can carry.
MAX_STRENGTH = {"High": 2, "Moderate": 1, "Low": 0, "Very low": 0, "No evidence found": 0}

_SUPERLATIVE_RE = re.compile(
    r"\b(?:by far|the (?:most|best|only|strongest|greatest|fastest)|most (?:potent|effective|powerful)|"
    r"better than|superior to|more effective than|outperforms?|beats?|unmatched|number one|#1)\b",
    re.I,
)
# a superlative ranks the treatment above all others ("by far the most potent", "the best"): one comparison won
# does not show that, where it does show a comparative with a named comparator ("better than tretinoin")
_RANKS_ALL_RE = re.compile(r"\b(?:by far|the (?:most|best|only|strongest|greatest|fastest)|most (?:potent|effective|powerful)|"
                           r"unmatched|number one|#1|one of the)\b", re.I)
FIGURE_TOLERANCE = 0.2  # relative distance for a reported figure to count as the claimed one


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
    frame = frame_of(claim, question)
    kind, bound = frame.magnitude_kind, frame.magnitude_bound or "typical"
    if kind not in ("percent_change", "fold", "proportion") or frame.magnitude_value is None:
        # no effect size claimed: a drug strength ("2% minoxidil") or a duration is not one
        return FigureCheck((), (), ())
    if kind == "fold" and _SPEED_RE.search(claim.quote):
        # "three times faster": a multiple of the time to an effect, not of the effect's size
        return FigureCheck((), (), ())
    value = frame.magnitude_value
    if claimed_point_gap(claim.quote) is not None:
        # SIGN9: "60 percentage points more women" is a gap between two arms' shares, held to gaps (point_gaps), never
        # to one arm's share or change
        return FigureCheck((), (), ())
    if kind in ("proportion", "percent_change") and strength_in_claim(claim.quote, value):
        # "the 2% strength is weaker than the 5%": the claim's own percentage names a preparation, not an effect
        return FigureCheck((), (), ())
    # like with like: fold and percent change on one scale (2-fold = +100%), proportions of
    # people only against proportions
    claimed = ((value - 1) * 100,) if kind == "fold" else (value,)
    # a multiple of a named comparator ("three times better than X") is a ratio between arms:
    # only two amounts set side by side, or a stated fold, measure it, never one arm's change
    versus = kind == "fold" and frame.relation in ("superior", "equivalent")
    # V12f: "+300% more new hairs than minoxidil on its own" is the same ratio written as a percent (fold - 1), so
    # it too is measured only by two arms' amounts set side by side or a stated fold, never by one arm's change
    versus_percent = kind == "percent_change" and frame.relation == "superior" and bool(frame.comparator) \
        and not INERT_ARM_RE.match((frame.comparator or "").strip())
    versus = versus or versus_percent
    matches: list[tuple[str, str]] = []
    others: list[tuple[str, str]] = []
    combined_claim = bool(_COMBINATION_RE.search(frame.intervention or ""))
    # "twice as well as laser resurfacing": a multiple of a named comparator is measured only where
    # that comparator is named; the ratio of two other arms is another comparison
    named = _name_re(frame.comparator_norm or frame.comparator) if versus and frame.comparator and not \
        _GENERIC_CMP_RE.search(frame.comparator) else None
    for pmid, sentence in _sentences_about_outcome(question, appraisals, records):
        if named is not None and not named.search(f"{sentence} {_design_of(records[pmid])}"):
            continue  # neither the sentence nor the trial's design names the comparator
        for m in FIGURE_RE.finditer(sentence):
            fig = m.group(0).strip()
            if not combined_claim and _combination_arm(sentence, m):
                continue  # a combination arm's figure is not the intervention's own
            if _is_strength(sentence, m) or _strength_after_name(sentence, m, question):
                continue  # "5% minoxidil lotion", "minoxidil 2%": a drug's strength, not an effect
            wanted = ("proportion", "incidence") if kind == "proportion" and frame.relation in ("harm", "denies_harm") \
                else ("proportion",) if kind == "proportion" else ("change",)
            if _figure_kind(sentence, m) not in wanted:
                continue
            if versus and "fold" not in fig.lower():
                continue
            values = figure_values(fig)
            hit = any(_fits(v, c, bound) for v in values for c in claimed if c) or (
                len(values) == 2 and any(min(values) <= c <= max(values) for c in claimed))  # "2- to 22-fold"
            (matches if hit else others).append((pmid, fig))
        if kind == "fold" or versus_percent:
            # "four times as many hairs": a fold claim is a ratio of two amounts, so two amounts a
            # record sets side by side ("91.4 versus 22.2", "from 12 to 30") are a fold figure too
            for fig, ratio in ratio_figures(sentence):
                hit = any(_fits((ratio - 1) * 100, c, bound) for c in claimed if c)
                (matches if hit else others).append((pmid, fig))
    return FigureCheck(claimed, tuple(dict.fromkeys(matches)), tuple(dict.fromkeys(others)))


# SIGN9 (magnitude): a percentage-point amount is the difference of two shares ("60 percentage points more women than
# placebo"), measured only by two shares a record sets side by side ("60% on minoxidil versus 46% on placebo": 14 points)
_POINT_GAP_RE = re.compile(r"\b(\d+(?:\.\d+)?)[\s-]*(?:percentage|per\s*cent(?:age)?|%)[\s-]*points?\b", re.I)
_SHARE_PAIR_RE = re.compile(r"(\d+(?:\.\d+)?)\s?%(?:\s*\(\d+\))?[^.;%]{0,60}?\b(?:versus|vs\.?|compared\s+(?:with|to)|against)"
                            r"\s+[^\d.;%]{0,40}?(\d+(?:\.\d+)?)\s?%")


def claimed_point_gap(quote: str) -> float | None:
    """The gap in percentage points a claim gives between two shares, if any."""
    m = _POINT_GAP_RE.search(quote)
    return float(m.group(1)) if m else None


def point_gaps(question: Question, appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> list[tuple[str, str, float]]:
    """(pmid, figure, gap in points) for each pair of shares a record sets side by side about the outcome."""
    out = []
    for pmid, sentence in _sentences_about_outcome(question, appraisals, records):
        for m in _SHARE_PAIR_RE.finditer(sentence):
            a, b = float(m.group(1)), float(m.group(2))
            if a <= 100 and b <= 100:
                out.append((pmid, f"{a:g}% versus {b:g}%", abs(a - b)))
    return out


_AMOUNT = r"(\d+(?:\.\d+)?)(?![\d.])(?:\s?(?:%|percent|hairs?(?:/cm2)?|points?|cm2|kg))?"
_PAIR_RE = re.compile(
    rf"(?<![\w.<>=])(?:{_AMOUNT}\s*\)?\s*(?:,\s*)?(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:\w+\s+){{0,2}}?"
    rf"\(?{_AMOUNT}|from\s+(?:a\s+mean\s+of\s+|about\s+)?{_AMOUNT}\s+to\s+{_AMOUNT})(?!\s*-?\s*(?:weeks?|wk|months?|mo|days?|years?|yrs?|hours?|h|sessions?|treatments?|mm|nm|j|mg|ml|g)\b)",
    re.I)


def ratio_figures(sentence: str) -> list[tuple[str, float]]:
    """Two amounts a sentence sets side by side ("91.4 versus 22.2", "from 12 to 30"), each with
    their ratio (larger over smaller): the fold difference a "four times as many" claim asserts.
    P values and confidence limits are not amounts."""
    out: list[tuple[str, float]] = []
    for m in _PAIR_RE.finditer(sentence):
        if re.search(r"\b(?:p|ci|or|rr|hr)\s*[<=>]?\s*$", sentence[:m.start()][-8:], re.I) or _is_strength(sentence, m):
            continue  # a p value, or two strengths of a drug ("5% vs 2% minoxidil")
        nums = [float(g) for g in m.groups() if g is not None]
        if len(nums) != 2 or min(nums) <= 0:
            continue
        out.append((f"{m.group(0).strip()} ({max(nums) / min(nums):.1f}-fold)", max(nums) / min(nums)))
    return out


def _is_strength(sentence: str, m: re.Match[str]) -> bool:
    """A percentage that modifies a treatment noun ("5% minoxidil", "a 10% vitamin C serum") is
    the product's strength; the learned phrase model says what a treatment noun is."""
    if not m.group(0).rstrip().endswith("%"):
        return False
    nxt = re.match(r"\s*([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?", sentence[m.end():])
    # a comparative ("higher"), a participle ("compared", "reported") or a function word after the
    # figure starts a clause about it, never a treatment noun it names the strength of
    if nxt is None or re.fullmatch(r"\w+er|\w+ed|of|in|to|and|or|the|a|on|for|after|within|over|by|with|at|from|is|are|"
                                   r"was|were|vs|versus|than|more|less|higher|lower", nxt.group(1), re.I):
        return False
    form = _DOSAGE_FORM_RE.match(sentence[m.end():])
    if form and not any(w.lower() in STOPWORDS or w.lower() in ("while", "but", "group", "arm", "side")
                        for w in form.group(0).split()[:-1]):
        return True  # "23.8% L-ascorbic acid serum": a noun phrase headed by a dosage form names a product
    words = [nxt.group(1)] + ([f"{nxt.group(1)} {nxt.group(2)}"] if nxt.group(2) else [])
    return max(treatment_probability(w) for w in words) >= 0.7


# SIGN5: a bare percentage as a noun phrase of its own ("the 5%", "than the 2%,") or heading a noun of strength
# ("the 2% strength", "a 10% concentration") names a preparation by ellipsis of its treatment noun; a share of people
# takes an "of" or a verb ("5% of men", "5% saw"), an effect a verb of change ("by 5%")
_DETERMINED_PERCENT_RE = re.compile(r"\b(?:the|a|an|this|that|its|their|your)\s+(?:\w+er\s+|\w+est\s+)?$", re.I)
_STRENGTH_NOUN_RE = re.compile(r"\s*(?:strengths?|concentrations?|doses?|dosages?|versions?|formulas?|formulations?|"
                               r"products?|ones?)\b|\s*(?:[,;:.)?!]|$|\s+(?:is|was|are|were|works?|did|does|do|beats?|"
                               r"wins?)\b)", re.I)


def strength_in_claim(quote: str, value: float) -> bool:
    """The claim's percentage `value` is a preparation's strength by the claim's own structure: it modifies a
    treatment noun or a dosage form (`_is_strength`), or is a determined noun phrase of its own ("the 5%") or
    heads a noun of strength ("the 2% strength"); never "5% of people" or "by 5%"."""
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s?%", quote):
        if abs(float(m.group(1)) - value) > 1e-9:
            continue
        if _is_strength(quote, m):
            return True
        if _DETERMINED_PERCENT_RE.search(quote[:m.start()]) and _STRENGTH_NOUN_RE.match(quote[m.end():]):
            return True
    return False


_PERCENT_RE = re.compile(r"\d+(?:\.\d+)?\s?%")


def _strength_after_name(sentence: str, m: re.Match[str], question: Question) -> bool:
    """A percentage right after a treatment's name and closing its noun phrase ("50 to minoxidil 2%,",
    "rosemary oil vs minoxidil 2% for the treatment") is that preparation's strength (English puts a
    strength after the name as well as before it); a word the question's outcome uses ("hair growth 20%")
    is a measure, never a treatment, and a comparison after the figure makes it a result."""
    if not m.group(0).rstrip().endswith("%"):
        return False
    before = sentence[:m.start()]
    # the second of coordinated strengths ("caffeine at 0.001% and 0.005%") is a strength when the first is
    if (co := re.search(r"(\d+(?:\.\d+)?\s?%)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", before)) \
            and (first := _PERCENT_RE.match(sentence, co.start(1))) and _strength_after_name(sentence, first, question):
        return True
    # "X at N%" states X's concentration as "X N%" does
    prev = re.search(r"([A-Za-z][\w-]*)\s+(?:at\s+)?$", before) if re.search(r"\bat\s+$", before) else \
        re.search(r"([A-Za-z][\w-]*)\s*$", before)
    if prev is None or not re.match(r"\s*(?:[,;:.)]|$|for\b|and\b|or\b|solution|foam|lotion|group|arm)", sentence[m.end():], re.I):
        return False
    word = prev.group(1)
    if mentions(word, question_terms(question).outcome_heads):
        return False
    return treatment_probability(word) >= 0.8 and word.lower() not in ("group", "arm", "placebo", "vehicle", "control")


# the closed class of dosage forms: a percentage whose noun phrase they head is a strength
_DOSAGE_FORM_RE = re.compile(r"^\s*(?:[A-Za-z][\w-]*\s+){0,3}?(?:serum|cream|gel|lotion|solution|foam|ointment|shampoo|"
                             r"spray|peel|tablets?|capsules?|injections?|patch(?:es)?)\b", re.I)


def _fits(reported: float, claimed: float, bound: str) -> bool:
    """A reported figure agrees with a typical claim within 20%; "up to X" is met by figures
    up to X (and near it), "at least X" by figures from X down 20%."""
    if bound == "max":
        return reported <= claimed * (1 + FIGURE_TOLERANCE) and reported >= claimed * 0.5
    if bound == "min":
        return reported >= claimed * (1 - FIGURE_TOLERANCE)
    # "by 80%" is not overstated by studies that report more: a larger effect backs it
    return abs(reported - claimed) < FIGURE_TOLERANCE * claimed or reported >= claimed


_PROPORTION_AFTER_RE = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:\w+\s+){0,2}(?:patients|participants|subjects|"
                                  r"women|men|volunteers|cases|eyes|sides|responders|people|users|population)|(?:of\s+)?(?:patients|"
                                  r"participants|subjects)\b|response|responders|(?:were|had|achieved|showed|"
                                  r"reported)\b)", re.I)
_PROPORTION_BEFORE_RE = re.compile(r"\b(?:in|of|by)\s+(?:\w+\s+){0,1}$|\b(?:rate|proportion|responders?|"
                                   r"response)\s+(?:\w+\s+){0,3}(?:of|was|were)\s+$", re.I)


def _figure_kind(sentence: str, m: re.Match[str]) -> str:
    """"proportion" for a share of people ("65% of patients", "response rate 40%"), "incidence" for the
    share of people who had an adverse event, else "change" (fold changes and percent changes of a measure)."""
    if "fold" in m.group(0).lower():
        return "change"
    after, before = sentence[m.end():], sentence[:m.start()]
    if re.search(r"\b\d+\s+(?:\w+\s+)?(?:patients|participants|subjects|people|adults|women|men|volunteers|users)\s*\($",
                 before, re.I):
        return "proportion"  # "occurred in 18 patients (32%)": a count of people and its share
    if re.search(rf"(?:\b(?:\d+|{NUMBER_WORD})\s+of\s+(?:the\s+)?\d+|(?:^|[,;:]\s*|\b(?:and|while|whereas)\s+)\d+)\s*\($",
                 before, re.I):
        return "proportion"  # "Sixteen of 20 (80%) improved", "and 15 (75%) rated": a count and its share
    if re.search(r"[A-Za-z]\s*\($", before) and _EVENTS_RE.search(sentence) and re.match(r"\s*[),;]", sentence[m.end():]):
        # V12c: "adverse events were slight hair loss (27.8%), desquamation (19.0%)": a share in brackets after each
        # event a sentence of adverse events lists is its incidence, the share of people who had it (a harm's share,
        # never a share of responders)
        return "incidence"
    if _PROPORTION_AFTER_RE.match(after) or re.search(r"\b(?:rate|proportion)\b", before[-40:], re.I) and not re.search(
            r"\b(?:by|increase\w*|decrease\w*|reduc\w*|improv\w*)\s+(?:\w+\s+){0,2}$", before, re.I):
        return "proportion"
    if _PROPORTION_BEFORE_RE.search(before) and not re.search(r"\bby\s+$", before, re.I):
        return "proportion" if re.search(r"\b(?:patients|participants|subjects)\b", sentence, re.I) else "change"
    return "change"


# a sentence that lists harms as events ("Reported adverse events were ...", "side effects included ...")
_EVENTS_RE = re.compile(r"\b(?:adverse\s+(?:events?|effects?|reactions?)|side[- ]effects?|complications?|"
                        r"(?:events?|reactions?)\s+(?:were|included|occurred))\b", re.I)


# "27 (of 30) patients had/reported/showed ...": people counted by what happened to them
_COUNT_OF_PEOPLE_RE = re.compile(r"\b(?P<k>\d{1,5})\s+(?:of\s+(?:the\s+)?(?P<m>\d{1,5})\s+)?(?:\w+\s+)?(?:patients|participants|"
                                 r"subjects|people|adults|women|men|volunteers)\s+(?:had|reported|showed|achieved|"
                                 r"experienced|noted|were(?!\s+(?:\w+ly\s+)?(?:included|enrolled|randomi[sz]ed|assigned|allocated|"
                                 r"recruited|treated|analy[sz]ed|followed|studied|screened|given|evaluated|assessed|examined|lost|"
                                 r"excluded)\b)|improved|responded)\b", re.I)
# ("698 participants were included": "were" + a study-conduct participle is enrolment, not an outcome)
_NEG_AFTER_RE = re.compile(r"\s*(?:no|not|never)\b", re.I)
_VAGUE_AMOUNT_RE = re.compile(r"\b(?:several|a\s+few|a\s+couple\s+of|many|multiple|some|countless)[\s-]+(?:times|fold)\b", re.I)
# English quantifiers over people: "most men", "the majority of users", "almost everyone"
# SIGN7: a majority in words ("most people", "the majority of patients"), not a near-universal ("almost everyone")
_MAJORITY_RE = re.compile(r"(?:(?:in|for)\s+)?(?:most|the\s+majority)\b", re.I)
_SHARE_RE = re.compile(r"\b(?:(?:in|for)\s+)?(?:most|the\s+majority\s+of|(?:almost|nearly|virtually)\s+(?:all|every(?:one|body))|"
                       r"every(?:one|body)|all)\s+(?:(?:of\s+)?(?:the\s+)?\w+\s+)?(?:people|men|women|users|patients|"
                       r"adults|children|who|that\s+(?:use|try|take))\b", re.I)


# The arm a figure belongs to is named right after it ("85% with the combination versus 45%
# with minoxidil alone"); a combination arm is not evidence for its component.
_ARM_AFTER_RE = re.compile(r"^(?:\s*of\s+(?:[\w-]+\s+){0,3}?)?[^,;()]{0,12}?\b(?:with|in|for|on|after|among)\s+(?:the\s+)?([^,;()]{1,60}?)(?=\s+(?:versus|vs\.?|and|compared|than|group|arm)\b|[,;()]|$)", re.I)
_COMBINATION_RE = re.compile(r"\b(?:combination|combined|plus|together with|added to|adjunct\w*)\b|\+", re.I)
# Routes of administration: a closed class ("oral minoxidil" is not "topical minoxidil")
_ROUTE_RE = re.compile(r"\b(topical|oral|inject|intradermal|subcutaneous|intravenous|intramuscular|intralesional)(?:ly|ed|ion|able)?\b", re.I)


def _routes(text: str) -> set[str]:
    return {m.group(1).lower() for m in _ROUTE_RE.finditer(text or "")}


def _combination_arm(sentence: str, m: re.Match[str]) -> bool:
    arm = _ARM_AFTER_RE.match(sentence[m.end():])
    return bool(arm and _COMBINATION_RE.search(arm.group(1)) and not re.search(r"\b(?:alone|only|monotherapy)\b", arm.group(1), re.I))


# ROUTE22 (PICO: the route and form of administration are part of the intervention): how a claim's own words say
# its treatment is given, in the general vocabulary of dosage forms and of the verbs of administration. By mouth:
# swallowed, taken by mouth, tablets, capsules, pills, gummies, lozenges, sachets, syrups, drinks; on the skin or
# scalp: applied, rubbed or massaged in, sprayed on, creams, lotions, foams, serums, gels, ointments, shampoos, balms;
# injected: injections, jabs, intradermal and the like. ("Oil", "solution" and "spray" are forms of either route:
# "fish oil" is swallowed, so they name one only beside a verb or a site that does.) The dosage forms records are read
# by (`text.DOSAGE_FORM_ROUTES`) are among them.
_CLAIM_ROUTE_WORDS = {
    "oral": rf"swallow\w*|by\s+mouth|orally|oral|{DOSAGE_FORM_ROUTES['oral']}|gumm(?:y|ies)|lozenges?|sachets?|syrups?|"
            r"chewables?|drinks?|(?:drinking|drank|drunk)\b",
    "topical": rf"topical(?:ly)?|{DOSAGE_FORM_ROUTES['topical']}|balms?|"
               r"(?:appl(?:y|ies|ied|ying)|rubb?(?:ed|ing|s)?|massag\w+|spray\w*|dab\w*|smear\w*|paint\w*)"
               r"\s+(?:\w+\s+){0,4}?(?:on(?:to)?|into|over|to)\s+(?:the\s+|your\s+|my\s+|their\s+|his\s+|her\s+)?"
               r"(?:\w+\s+)?(?:skin|scalp|face|hair|calf|calves|legs?|arms?|hands?|feet|area|spots?|patch\w*)",
    "injection": r"inject\w*|jabs?|intradermal\w*|intralesional\w*|subcutaneous\w*|intramuscular\w*|intravenous\w*",
}
_CLAIM_ROUTE_RES = tuple((route, re.compile(rf"\b(?:{words})\b", re.I)) for route, words in _CLAIM_ROUTE_WORDS.items())
# what follows a comparative's standard or a contrast is said of another arm, not of the claim's treatment
_OTHER_ARM_START_RE = re.compile(r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|instead\s+of|rather\s+than|unlike|"
                                 r"(?:just\s+)?as\s+(?:\w+\s+)?as|over|replac\w+|switch\w*\s+(?:from|to))\b", re.I)
# the names `_ROUTE_RE` gives each route in a record ("intradermal" is injected)
_ROUTE_NAMES = {"injection": {"inject", "intradermal", "subcutaneous", "intravenous", "intramuscular", "intralesional"},
                "oral": {"oral"}, "topical": {"topical"}}


def quote_routes(quote: str) -> set[str]:
    """The routes the claim's own words give its treatment by, read before any other arm it is set against
    ("Swallowing the tablet regrows more hair than rubbing the foam in" -> oral). Two routes in that part name
    neither (a sentence about both forms)."""
    own = _OTHER_ARM_START_RE.split(quote or "", maxsplit=1)[0]
    found = [route for route, pat in _CLAIM_ROUTE_RES if pat.search(own)]
    return set(_ROUTE_NAMES[found[0]]) if len(found) == 1 else set()


def claim_routes(frame: ClaimFrame | None, quote: str = "") -> set[str]:
    """The route the claim names for its intervention: in the frame's wording, else right
    before the intervention's name in the quote ("Topical minoxidil regrows ..."), else (ROUTE22)
    by a dosage form or a verb of administration in the claim's own part of the quote ("Because
    you swallow it, ...")."""
    if frame is None:
        return set()
    routes = _routes(frame.intervention)
    name = (frame.intervention_norm or frame.intervention or "").strip()
    if not routes and name and quote:
        routes = {m.group(1).lower() for m in re.finditer(
            rf"{_ROUTE_RE.pattern}\s+(?:[\w-]+\s+)?{re.escape(name)}", quote, re.I)}
    if not routes and quote:
        routes = quote_routes(quote)
    return routes


_FORM_ROUTE = tuple((route, re.compile(rf"\b(?:{forms})\b", re.I)) for route, forms in DOSAGE_FORM_ROUTES.items())


def _routes_of(text: str) -> set[str]:
    """Routes a text names: route words ("oral", "topically", "injection") and dosage forms."""
    return _routes(text) | {route for route, form in _FORM_ROUTE if form.search(text or "")}


def record_routes(record: Record, question: Question | None = None) -> set[str]:
    """The routes a record's arms are given by, as its title and design sentence name them. Naming
    none, a strength in percent on the question's treatment ("minoxidil 2%") is a preparation's
    concentration, applied to the skin: medicines taken by mouth are dosed by mass."""
    design = _design_of(record)
    routes = _routes_of(design)
    if not routes and question is not None:
        norm = normalise(design)
        for _, pat in question_terms(question).intervention:
            for m in pat.finditer(norm):
                if re.search(r"\d%\s*$", norm[:m.start()]) or re.match(r"\s*\d+(?:\.\d+)?\s?%", norm[m.end():]):
                    return {"topical"}
    return routes


_ALONE_RE = re.compile(r"\b(?:alone|by itself|on its own|monotherapy)\b", re.I)
_ADDED_BEFORE_RE = re.compile(r"\b(?:plus|combination|combined|together with|added|adding|add on|adjunct\w*)\b[^.;]{0,60}$", re.I)
# a harm sentence that names the add-on arm or compares the arms attributes the harm to one of them
_ARM_ATTRIBUTED_RE = re.compile(r"\b(?:combination|combined|plus|add on|adding|added|both (?:arms|groups)|"
                                r"(?:more|less)\s+(?:often|frequent\w*|common\w*)|higher|lower|between (?:the )?(?:arms|groups))\b",
                                re.I)


def added_arm_only(record: Record, question: Question) -> bool:
    """A trial of another treatment alone against it plus the question's intervention ("2% minoxidil
    alone against combination of 2% minoxidil and low-level laser therapy"): the intervention is given
    only on top of the base treatment, named "alone" in the design, never itself alone."""
    design = normalise(_design_of(record))
    if not _ALONE_RE.search(design):
        return False
    hits = [m for _, pat in question_terms(question).intervention for m in pat.finditer(design)]
    if not hits:
        return False
    for m in hits:
        if _ALONE_RE.match(design[m.end():].lstrip(), 0) or re.match(r"\s*(?:[\w%.]+\s+){0,2}?(?:alone|monotherapy)\b",
                                                                         design[m.end():]):
            return False  # the intervention alone is an arm
        if not _ADDED_BEFORE_RE.search(design[:m.start()]):
            return False
    return True


# VRD16 (#14 item 4, PICO): a verb of containing that introduces a list of ingredients ("a serum containing salicylic
# acid, niacinamide and azelaic acid"): each item is a constituent of that product, not a treatment tested on its own
_INGREDIENT_LIST_RE = re.compile(r"\b(?:contain(?:s|ed|ing)?|enriched\s+with|formulated\s+with)\s+"
                                 r"(?P<list>[^.;:()]*?,[^.;:()]*?\b(?:and|or)\s+[^.;:()]+)", re.I)


def ingredient_only(record: Record, question: Question) -> bool:
    """VRD16: the question's treatment is named only as one ingredient in a list of another product's (a
    co-intervention's) ingredients, and the title does not name it: the record tests that product, not it."""
    terms = question_terms(question).intervention
    if any(pat.search(normalise(record.title)) for _, pat in terms):
        return False
    named = False
    for sentence in split_sentences(record.abstract_text):
        norm = normalise(sentence)
        if not any(pat.search(norm) for _, pat in terms):
            continue
        named = True
        lists = [normalise(m.group("list")) for m in _INGREDIENT_LIST_RE.finditer(sentence)]
        if not any(pat.search(item) for item in lists for _, pat in terms):
            return False  # named outside an ingredient list: it may be what was tested
    return named


_WORD_RE = re.compile(r"[a-z0-9][a-z0-9%.-]*[a-z0-9%]|[a-z0-9]")


def _tokens(text: str) -> list[str]:
    return _WORD_RE.findall((text or "").lower())


def other_variant(phrase: str, record: Record, question: Question) -> tuple[str, str, str] | None:
    """(claim's modifier, record's modifier, head) when the record's treatment is another variant of the
    claim's (V12b, GRADE indirectness): a modifier the claim attaches to a head of its treatment's phrase
    ("red light") that the record never uses, while the record's title or design sentence attaches another
    modifier to the same head ("blue light"); colour, wavelength, route, dose form, setting or strength alike
    are siblings in that one slot, so no list of them is needed. A record that also uses the claim's modifier
    ("LED masks" against "an LED face mask"), or a claim whose phrase has no modifier, is never another variant."""
    pairs = [(m, h) for chunk in re.split(r"[,;:()]", phrase) for m, h in zip(_tokens(chunk), _tokens(chunk)[1:])
             if m not in STOPWORDS and h not in STOPWORDS and len(h) > 2 and (len(m) > 2 or re.search(r"\d", m))]
    if not pairs:
        return None
    everywhere = set(_tokens(f"{record.title or ''} {record.abstract_text}"))
    # adjacent words of one noun phrase only: never across a comma, a bracket or a clause break ("lasers, light")
    design = [(prev, w) for chunk in re.split(r"[,;:()\[\]]|\s-\s|\.\s", _design_of(record))
              for prev, w in zip(_tokens(chunk), _tokens(chunk)[1:])]
    # the words the question itself names the treatment by belong to it, whatever the record puts before them
    named = set(_tokens(f"{question.intervention} {phrase}"))
    for m, h in pairs:
        if m in everywhere:
            continue  # the record names the claim's own variant too
        for prev, w in design:
            if (w == h or w.rstrip("s") == h.rstrip("s")) and prev not in STOPWORDS and prev not in named \
                    and (len(prev) > 2 or re.search(r"\d", prev)) and not prev.isdigit():
                return m, prev, h
    return None


def _shared_modifier(own: str, norm: str) -> bool:
    """Does a modifier of the claim's own name (a word before its head: "laser" in "Laser caps") modify the
    normalised name too ("low-level laser therapy")?"""
    words = [w for w in _tokens(own) if w not in STOPWORDS]
    return bool(set(words[:-1]) & set(_tokens(norm)[:-1]))


def _names_any_word(phrase: str, record: Record) -> bool:
    """Does the record use any content word of the phrase (a claim's own name for its treatment)?"""
    words = {w for w in _tokens(phrase) if w not in STOPWORDS and len(w) > 2}
    return bool(words & set(_tokens(f"{record.title or ''} {record.abstract_text}")))


_SAID_OF = "said of"


def records_of_other_route(frame: ClaimFrame, quote: str, question: Question, appraisals: Sequence[Appraisal],
                           records: Mapping[str, Record]) -> dict[str, str]:
    """{pmid: routes} for the records with a result whose arms are all given by another route than the one the
    claim names (ROUTE22, GRADE indirectness of intervention: tablets of a drug are not its lotion). A record that
    names no route, or the claim's route among others (a trial of the two routes head to head), is kept."""
    mine = claim_routes(frame, quote) | _routes(frame.intervention)
    if not mine:
        return {}
    out: dict[str, str] = {}
    for a in appraisals:
        if not (a.included and a.direction != "unclear" and a.pmid in records):
            continue
        theirs = record_routes(records[a.pmid], question)
        if theirs and not (theirs & mine):
            out[a.pmid] = " and ".join(sorted(theirs))
    return out


def _route_word(routes: set[str]) -> str:
    return "injected" if routes & _ROUTE_NAMES["injection"] else " and ".join(sorted(routes))


def harms_of_other_arms(frame: ClaimFrame, quote: str, question: Question, appraisals: Sequence[Appraisal],
                        records: Mapping[str, Record]) -> dict[str, str]:
    """{pmid: why} for records that report the harm for another arm than the claim's treatment (VRD11):
    every arm given by another route than the one the claim names (topical minoxidil's scalp itching
    for a claim about tablets; records naming the claim's route too are kept), or an add-on trial whose
    harms are reported for the whole trial, not for the added arm or as more frequent with it."""
    aside: dict[str, str] = {}
    mine_routes = claim_routes(frame, quote) | _routes_of(frame.intervention)
    heads = question_terms(question).outcome_heads
    # a claim about the treatment added to another ("a laser helmet added to 2% minoxidil") speaks of the
    # combined arm, whose harms a whole add-on trial does report
    combined = bool(_COMBINATION_RE.search(f"{frame.intervention or ''} {quote}"))
    for a in appraisals:
        if not (a.included and a.direction in ("supports", "mixed") and a.pmid in records):
            continue
        record = records[a.pmid]
        theirs = record_routes(record, question)
        if mine_routes and theirs and not (theirs & mine_routes):
            aside[a.pmid] = f"of {' and '.join(sorted(theirs))} use, another route than the claim's ({', '.join(sorted(mine_routes))})"
            continue
        # SIGN8 (#14 item 4): the claim's treatment by its own words, or by its normalised name when the record uses
        # none of its words and the claim's own modifier is the normalised name's ("Laser caps", "low-level laser
        # therapy"): "low-level laser therapy" against "blue light therapy". A one-word name ("LED") has no modifier
        # of its own: its normalised name ("LED light therapy") only spells out the class, whose kinds it names all
        variant = other_variant(frame.intervention or "", record, question) or (
            other_variant(frame.intervention_norm, record, question)
            if frame.intervention_norm and _shared_modifier(frame.intervention or "", frame.intervention_norm)
            and not _names_any_word(frame.intervention or "", record) else None)
        if variant:
            aside[a.pmid] = (f"of {variant[1]} {variant[2]}, another variant than the claim's {variant[0]} {variant[2]} "
                             "(indirect evidence at most)")
            continue
        elsewhere = harms_said_of_other_arm(frame.intervention or "", record, question)
        if elsewhere:
            aside[a.pmid] = (f"{_SAID_OF} {elsewhere}, another arm than the claim's {frame.intervention} (indirect "
                             "evidence at most: the claim's own arm had fewer or milder harms, or none named)")
            continue
        if not combined and added_arm_only(record, question):
            said = [s for s in split_sentences(record.abstract_text) if mentions(s, heads)]
            terms = question_terms(question).intervention
            if said and not any(mentions(s, terms) or _ARM_ATTRIBUTED_RE.search(normalise(s)) for s in said):
                aside[a.pmid] = ("reported for a whole trial that added it to another treatment, not for the arm "
                                 "given it")
    return aside


# SGN17: a comparative of severity ("side effects were worse when ...", "more severe in ..."), beside those of frequency
_WORSE_RE = re.compile(r"\b(?:worse|more\s+(?:severe|intense|pronounced|marked)|(?:severer|stronger)\s+(?:\w+\s+)?"
                       r"(?:reactions?|effects?))\b", re.I)
# the arm a harm clause names by a condition of another agent: "when photosensitisers were used", "with X added"
_CONDITION_ARM_RE = re.compile(r"\b(?:when|where|if|after)\s+(?P<arm>(?:[\w-]+\s+){1,4}?)(?:was|were|is|are)\s+"
                               r"(?:also\s+)?(?:used|added|applied|given|combined)\b", re.I)
_GROUP_ARM_RE = re.compile(r"\b(?:in|with|among|for)\s+(?:the\s+)?(?P<arm>(?:[\w-]+\s+){1,4}?)(?:groups?|arms?|sides?)\b", re.I)
# (a combination arm holds the claim's treatment too: "more frequent in the combination group" is its harm, VRD11)
_GENERIC_ARM_RE = re.compile(r"(?:(?:the|both|all|each|either|active|study|verum|experimental|combination|combined|add-on)\s+)*"
                             r"(?:treatment|treated|intervention|active|study|experimental|drug|verum|therapy|both|all|each|"
                             r"either|combination|combined|add-on)?", re.I)
# where a harm clause ends: a clause break
_HARM_CLAUSE_SPLIT_RE = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\b(?:whereas|while)\b", re.I)


def harms_said_of_other_arm(phrase: str, record: Record, question: Question) -> str | None:
    """SGN17 (PICO, as VRD11): the arm the record's harms belong to, when every clause that reports a harm says it of
    another arm than the claim's treatment `phrase` by a comparative: more frequent or worse in another variant of
    its head ("more frequent in the blue light group" for a claim about red light) or under another agent ("worse
    when photosensitisers were used"), or fewer with the claim's own ("with red light causing fewer adverse
    reactions"). None when any harm clause reports a harm without such a comparative, or of the claim's arm."""
    tokens = [t for t in _tokens(phrase) if t not in STOPWORDS]
    if not tokens:
        return None
    own = re.compile(r"\b" + r"\W+".join(re.escape(t) for t in tokens) + r"s?\b", re.I)
    head = tokens[-1]
    modifier = tokens[-2] if len(tokens) > 1 else None
    named = set(_tokens(f"{question.intervention} {phrase}"))
    other_names: list[str] = []
    clauses = [c for x in split_sentences(record.abstract_text) for c in _HARM_CLAUSE_SPLIT_RE.split(x)
               if _HARM_WORD_RE.search(c)]
    if not clauses:
        return None
    for clause in clauses:
        more, less = _MORE_OFTEN_RE.search(clause) or _WORSE_RE.search(clause), _LESS_OFTEN_RE.search(clause)
        if bool(more) == bool(less):
            return None  # the harm reported as such (or both ways): it may be the claim's arm's
        cue = more or less
        assert cue is not None
        # (distance from the cue, whose arm, its name, where it starts)
        arms: list[tuple[int, str, str, int]] = [(abs(m.start() - cue.start()), "own", m.group(0), m.start())
                                                 for m in own.finditer(clause)]
        if modifier:
            # another variant of the claim's head ("blue light" beside the claim's "red light")
            arms += [(abs(m.start() - cue.start()), "other", m.group(0), m.start()) for m in
                     re.finditer(rf"\b(?P<m>[a-z][\w-]+)\s+{re.escape(head)}s?\b", clause, re.I)
                     if m.group("m").lower() not in named and m.group("m").lower() not in STOPWORDS]
        for rx in (_CONDITION_ARM_RE, _GROUP_ARM_RE):
            for m in rx.finditer(clause):
                arm = m.group("arm")
                if own.search(arm) or (modifier and re.search(rf"\b{re.escape(head)}", arm, re.I)):
                    continue  # the claim's arm, or a variant read above
                # an arm named only generically ("the treatment group", "both groups") may be the claim's own
                whose = "own" if _GENERIC_ARM_RE.fullmatch(arm.strip()) else "other"
                arms.append((abs(m.start() - cue.start()), whose, " ".join(arm.split()), m.start()))
        arms = [x for x in arms if not _STANDARD_BEFORE_RE.search(clause[:x[3]])]
        if not arms:
            return None
        _, whose, name, _ = min(arms)
        if (whose == "own") == bool(more):
            return None  # more harm with the claim's arm, or fewer with the other one
        if whose == "other":
            other_names.append(name)
    return " and ".join(dict.fromkeys(other_names)) or None


@dataclass(frozen=True)
class SharesHeld:
    verdict: str | None  # None: the claimed share is reached and the verdict stands
    against: bool
    note: str
    cited: tuple[str, ...]


_RANGE_FIG_RE = re.compile(r"^(\d+(?:\.\d+)?)\s?%?\s?(?:-|–|to)\s?(\d+(?:\.\d+)?)\s?%$")


def hold_to_shares(shares: Sequence[tuple[str, str, float]], at_least: float, said: str,
                   universal: bool = False, of_people: bool = False) -> SharesHeld:
    """A claimed share of people ("most people", "nine out of ten", "always") against the responder
    shares and counts the records report, record by record. A record reaches it when its share does;
    a range across studies ("61-100%" in a review) that spans it reaches it only in some studies; a
    record whose shares are all smaller falls short. A universal ("always", "everyone") is refuted by
    one record that falls short or spans it; a typical share is judged by the bulk: reached with no
    record short keeps the verdict, reached and short is at most partly supported, short at least as
    often as spanned (and never reached) goes against it. None reported leaves it unsourced (the
    studies report average changes)."""
    status: dict[str, int] = {}  # per record, its best: 2 reached, 1 spanned, 0 short
    figs: dict[int, list[tuple[str, str]]] = {0: [], 1: [], 2: []}
    for p, f, v in shares:
        rng = _RANGE_FIG_RE.match(f)
        low = float(rng.group(1)) if rng else v
        st = 2 if low >= at_least else 1 if v >= at_least else 0
        figs[st].append((p, f))
        status[p] = max(status.get(p, 0), st)
    reached = [p for p, st in status.items() if st == 2]
    spanned = [p for p, st in status.items() if st == 1]
    short = [p for p, st in status.items() if st == 0]
    cited = tuple(status)
    if not status:
        if universal or not of_people:
            return SharesHeld("not supported", False, f"the claim says {said}, a share of people no record reports: "
                              "the studies report average changes, not how many people respond", ())
        # SIGN7 (GRADE indirectness; as for a figure no record reports, C3): a majority in words ("most people", "the
        # majority of patients"; `of_people`) is a loose amount of the effect; records of an average benefit back its
        # direction but report no share to check it against, so the share is unverified and the claim at most partly
        # supported, never refuted (an exact figure, "95% of users", stays unsourced: V12a, VRD7)
        return SharesHeld("partly supported", False, f"the claim says {said}, a share of people no record reports: the "
                          "studies report average changes, not how many people respond, so they back the direction "
                          "but leave the share unverified (at most partly supported)", ())
    big = f"shares of people that large are reported in {_fig_list(figs[2])}" if figs[2] else ""
    some = f"a range across studies that spans it in {_fig_list(figs[1])}" if figs[1] else ""
    small = f"smaller shares in {_fig_list(figs[0])}" if figs[0] else ""
    found = "; ".join(x for x in (big, some, small) if x)
    if universal and (spanned or short):
        return SharesHeld("not supported", True, f"the claim says {said}, a share of all people or occasions, and "
                          f"the records report fewer: {found}", cited)
    if reached and not short:
        return SharesHeld(None, False, f"the claim says {said}; {found}", tuple(reached))
    if reached:
        return SharesHeld("partly supported", False, f"the claim says {said}; the records differ: {found}", cited)
    if spanned and len(spanned) > len(short):
        return SharesHeld("partly supported", False, f"the claim says {said}; only some studies reach it: {found}", cited)
    return SharesHeld("not supported", True, f"the claim says {said}, but the shares of people reported are mostly "
                      f"smaller: {found}", cited)


def _held_verdict(verdict: str, held: SharesHeld) -> str:
    """The verdict after a share check: "partly supported" caps it, "not supported" replaces it."""
    if held.verdict == "partly supported":
        return "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 2 else verdict
    return held.verdict or verdict


# FIX11b: a share whose arm, named right after it, is an inactive control ("46% on the dummy lotion", "30% of those
# given placebo"): the arm is what the preposition after the figure (or "of those/people on") attaches it to
_CONTROL_SHARE_RE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|per\s*cent)\s+(?:(?:of\s+)?(?:those|people|patients|women|men|"
                               r"users|participants|the\s+\w+)\s+)?(?:on|with|in|given|taking|using|receiving|from|"
                               r"who\s+(?:got|used|took|had|received))\s+(?:(?:a|an|the|just|only)\s+)?"
                               + INERT_CONTROL, re.I)


def control_arm_share(quote: str, value: float | None) -> bool:
    """FIX11b (PICO: a claim is about the arm its figure belongs to): True when the claim's share is said of an
    inactive control arm ("but so did 46% on the dummy lotion"). Such a claim reports what happened in a trial's
    control arm, a descriptive report, not the treatment's effect: the treatment's responder shares do not test it."""
    for m in _CONTROL_SHARE_RE.finditer(quote):
        if value is None or abs(float(m.group(1)) - value) < 1e-6:
            return True
    return False


# "26% versus 11% had ...": a share after "versus" / "compared with" is the other arm's, never the claim's arm's,
# unless it names its own arm ("versus 45% of patients with rosemary oil alone": `_combination_arm` reads that)
_OTHER_ARM_FIGURE_RE = re.compile(r"\b(?:versus|vs\.?|compared\s+with|against)\s*$", re.I)
_ARM_NAMED_AFTER_RE = re.compile(r"\s*(?:of\s+(?:the\s+)?\w+\s+)?(?:with|in|on|using|given|receiving|for)\b", re.I)
# a graded category of response ("an excellent or good response", "marked improvement", "complete clearance")
_GRADED_RESPONSE_RE = re.compile(r"\b(?:excellent|good|marked|complete|moderate|substantial|significant|total|full|"
                                 r"clear|at\s+least\s+\d+%)\b(?:\s+(?:or|to)\s+\w+)?\s+(?:response|improvement|"
                                 r"clearance|clearing|regrowth|results?)\b", re.I)


def _graded_response(after: str, quote: str) -> bool:
    """Is the share counted in a graded category of response ("26% had an excellent or good response") while the
    claim counts any improvement? A stricter category always counts fewer people, so its share cannot show a claim of
    plain improvement overstated (GRADE indirectness: another definition of the outcome)."""
    m = _GRADED_RESPONSE_RE.search(after[:80])
    return bool(m) and not _GRADED_RESPONSE_RE.search(quote)


def check_shares(question: Question, appraisals: Sequence[Appraisal], records: Mapping[str, Record],
                 frame: ClaimFrame | None = None, quote: str = "") -> list[tuple[str, str, float]]:
    """(pmid, figure, percent) for each proportion of people reported about the outcome for the
    claim's intervention: figures of a combination arm, and records whose title names another
    route than the claim's ("oral" for a claim about topical use), are left out."""
    found = []
    routes = claim_routes(frame, quote)
    combined_claim = bool(frame is not None and _COMBINATION_RE.search(frame.intervention or ""))
    sizes = {a.pmid: a.n_participants for a in appraisals if a.n_participants}
    for pmid, sentence in _sentences_about_outcome(question, appraisals, records):
        title_routes = _routes(records[pmid].title)
        if routes and title_routes and not (routes & title_routes):
            continue
        for m in FIGURE_RE.finditer(sentence):
            if not combined_claim and _combination_arm(sentence, m):
                continue
            if re.search(r"%|percent", m.group(0), re.I) and _figure_kind(sentence, m) == "proportion" and not (
                    (_OTHER_ARM_FIGURE_RE.search(sentence[:m.start()]) and not _ARM_NAMED_AFTER_RE.match(sentence[m.end():]))
                    or _graded_response(sentence[m.end():], quote)):  # "80 percent of patients" too
                values = figure_values(m.group(0).strip())
                if values:
                    # "61-100% of patients": a range whose first number carries no sign is still a range
                    low = re.search(r"(\d+(?:\.\d+)?)\s?(?:-|–|to)\s?$", sentence[:m.start()])
                    fig = f"{low.group(1)}-{m.group(0).strip()}" if low and "-" not in m.group(0) else m.group(0).strip()
                    found.append((pmid, fig, max(values)))
        for m in _COUNT_OF_PEOPLE_RE.finditer(sentence):
            # "27 patients had less sweating" in a series of 30: a count of people with the
            # outcome over the study's size is a responder proportion too
            if _NEG_AFTER_RE.match(sentence[m.end():]):
                continue
            k, total = int(m.group("k")), int(m.group("m") or 0) or (sizes.get(pmid) or 0)
            if 0 < k <= total and 2 * k >= total:  # only ever as backing: a small count may be of dropouts or harms
                found.append((pmid, f"{m.group(0).strip()} (of {total})" if not m.group("m") else m.group(0).strip(),
                              100.0 * k / total))
    return list(dict.fromkeys(found))


# VERDICT23 (like with like): a share of people who stop a treatment ("fewer than 2 in 100 people give up the tablets",
# "3% dropped out") counts discontinuation, an outcome of its own: it is held to the discontinuation shares records
# report, never to how often any harm occurred or how many responded
_STOPPING_SHARE_RE = re.compile(r"\b(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|g[ai]ve\s+up|giv(?:es|ing)\s+up|discontinu\w+|"
                                r"dropp?(?:ed|ing|s)?\s+out|withdr[ae]w\w*|c[oa]me\s+off|coming\s+off)\b", re.I)
_DISCONTINUED_RE = re.compile(r"\b(?:discontinu\w+|withdr[ae]w\w*|withdrawals?|stopp(?:ed|ing)|dropp?(?:ed|ing)?\s+out|"
                              r"drop-?outs?|g[ai]ve\s+up|quit)\b", re.I)
# a share given as a ceiling ("fewer than 2 in 100", "under 1%", "at most 5%", "only 0.5%")
_CEILING_RE = re.compile(r"\b(?:fewer|less)\s+than\s+(?:about\s+)?$|\b(?:under|below|at\s+most|no\s+more\s+than|only|just|"
                         r"barely|not\s+even|up\s+to)\s+(?:about\s+)?$", re.I)
_SHARE_FIG_RE = re.compile(r"(\d+(?:\.\d+)?)\s?%")


def stopping_share(frame: ClaimFrame, quote: str) -> bool:
    """VERDICT23: is the claim's share of people a share who stopped the treatment?"""
    return frame.magnitude_kind == "proportion" and bool(_STOPPING_SHARE_RE.search(quote or ""))


def share_ceiling(frame: ClaimFrame, quote: str) -> bool:
    """Is the claimed share a ceiling ("fewer than 2 in 100")? The words right before its number say so."""
    value = frame.magnitude_value
    if frame.magnitude_bound == "max":
        return True
    for m in re.finditer(r"\d+(?:\.\d+)?", quote or ""):
        if value is not None and abs(float(m.group(0)) - value) < 1e-6 and _CEILING_RE.search(quote[:m.start()]):
            return True
    return False


def discontinuation_shares(appraisals: Sequence[Appraisal], records: Mapping[str, Record], frame: ClaimFrame,
                           quote: str) -> list[tuple[str, str, float]]:
    """(pmid, clause, percent) for each share of people who stopped that an included record reports, read clause by
    clause ("..., leading 29 patients (1.2%) to discontinue"); records whose title names another route than the
    claim's are left out, as for other shares."""
    routes = claim_routes(frame, quote)
    found: list[tuple[str, str, float]] = []
    for a in same_subjects(appraisals, quote, frame):
        if not a.included or a.pmid not in records or a.design in ("narrative review", "guideline"):
            continue
        title_routes = _routes(records[a.pmid].title)
        if routes and title_routes and not (routes & title_routes):
            continue
        for sentence in split_sentences(records[a.pmid].abstract_text):
            for clause in re.split(r"[;,]", sentence):
                if _DISCONTINUED_RE.search(clause):
                    found.extend((a.pmid, " ".join(clause.split()), float(m.group(1)))
                                 for m in _SHARE_FIG_RE.finditer(clause))
    return list(dict.fromkeys(found))


def _claimed_words(frame: ClaimFrame) -> str:
    v = frame.magnitude_value or 0
    return f"{v:g}-fold" if frame.magnitude_kind == "fold" else f"{v:g}%"


def _same_order(figure: str, frame: ClaimFrame) -> bool:
    """Within a factor of 1.5, like with like: a fold against a fold figure as stated ("ten
    times" against "6.74-fold"); a fold against a percent on the change scale (2-fold = +100%),
    because on the ratio scale the baseline's 1 hides the difference ("doubles", +100%,
    against +65% would be 2 against 1.65, which looks close)."""
    nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", figure)]
    v = frame.magnitude_value
    if not nums or not v:
        return False
    fold_claim, fold_figure = frame.magnitude_kind == "fold", "fold" in figure.lower()
    if fold_claim == fold_figure:  # same scale: "ten times" against "6.74-fold"
        claimed, vals = v, nums
    else:
        claimed = (v - 1) * 100 if fold_claim else v
        vals = [(n - 1) * 100 for n in nums] if fold_figure else nums
    return claimed > 0 and any(x > 0 and max(x, claimed) / min(x, claimed) <= 1.5 for x in vals)


def frame_of(claim: Claim, question: Question):
    """The claim's frame; claims stored without one are framed from their quote."""
    if claim.frame is not None:
        return claim.frame
    from .frames import parse_frame

    kind = question.kind
    return parse_frame(claim.quote, topic=question.intervention, topic_norm=question.intervention,
                       outcome_kind="mechanism" if kind == "mechanism" else None)


_DETERMINER_RE = re.compile(r"^(?:the|a|an)\s+", re.I)


def restore_elided_head(frame: ClaimFrame, question: Question, records: Mapping[str, Record]) -> ClaimFrame:
    """The comparator with the head noun English lets it share with the intervention ("red light did as
    well as blue": blue [light]). A one-word comparator is a modifier of the intervention's head when the
    head follows it nowhere in the claim but the evidence or the query names the two together ("blue
    light"); a full name ("minoxidil") or a form or route ("topical", told apart by `_marked_arms`) is kept."""
    comp = _DETERMINER_RE.sub("", (frame.comparator or "").strip())
    words = (frame.intervention or "").split()
    if len(comp.split()) != 1 or len(words) < 2 or not _name_words(comp):
        return frame
    head = words[-1]
    if head.lower() in STOPWORDS or not head.isalpha() or comp.lower() in {w.lower() for w in words}:
        return frame
    both = re.compile(rf"\b{re.escape(comp)}[\s-]+{re.escape(head)}", re.I)
    if not (both.search(question.query) or any(both.search(f"{r.title} {r.abstract_text}") for r in records.values())):
        return frame
    restored = f"{comp} {head}"
    norm = restored if (frame.comparator_norm or "").strip() in ("", (frame.comparator or "").strip()) else frame.comparator_norm
    return replace(frame, comparator=restored, comparator_norm=norm)


_DURATION_RE = re.compile(
    rf"(?:(?:up to|within|about|around|over|after|for|in)\s+)?(\d+(?:\.\d+)?|{NUMBER_WORD})(?:\s*(?:-|to|–)\s*(\d+(?:\.\d+)?|{NUMBER_WORD}))?\s*(minutes?|min|hours?|h|days?|weeks?|months?)\b",
    re.I,
)
_UNIT_HOURS = {"min": 1 / 60, "minute": 1 / 60, "h": 1, "hour": 1, "day": 24, "week": 168, "month": 730}
# the indefinite article is the numeral one before a unit after a preposition of time ("fades within an hour",
# "gone in a day"; TRAP9); without the preposition "a day" is a rate ("twice a day")
_ARTICLE_DURATION_RE = re.compile(r"\b(up to|within|about|around|over|after|for|in)\s+(?:just\s+|only\s+)?an?\s+"
                                  r"(minute|hour|day|week|month)\b(?!\s+or\s+(?:two|so))", re.I)


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
    for m in _ARTICLE_DURATION_RE.finditer(text or ""):
        factor = _UNIT_HOURS[m.group(2).lower()]
        out.append((m.group(0).strip(), 0.0 if m.group(1).lower() in ("up to", "within") else factor, factor))
    return out


@dataclass(frozen=True)
class DurationCheck:
    claimed: tuple[tuple[str, float, float], ...]
    matches: tuple[tuple[str, str], ...]
    others: tuple[tuple[str, str], ...]
    # reported maxima ("lasting up to 7 days") longer than the claim but on its time scale: the
    # longest cases, which neither confirm nor refute a shorter usual course
    tails: tuple[tuple[str, str], ...] = ()


TAIL_SCALE = 10.0  # an order of magnitude: a claim 10x shorter than the longest case is not its usual course


def check_durations(claim: Claim, question: Question, appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> DurationCheck:
    """Compare a claimed duration ("subsides within 3 hours") with durations reported in
    sentences about the outcome. A reported duration agrees when its upper end is within
    the claimed upper end x 1.5 (and not below the claimed lower end)."""
    claimed = tuple(durations(claim.quote) or durations(claim.claim))
    matches: list[tuple[str, str]] = []
    others: list[tuple[str, str]] = []
    tails: list[tuple[str, str]] = []
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
            # "up to 7 days" is the longest case a study saw, not the usual course: a claimed
            # duration inside that range and within an order of magnitude of it is not refuted
            tail = not ok and lo == 0 and any(c_hi > 0 and c_hi <= hi < c_hi * TAIL_SCALE for _, _, c_hi in claimed)
            (matches if ok else tails if tail else others).append((pmid, text))
    return DurationCheck(claimed, tuple(dict.fromkeys(matches)), tuple(dict.fromkeys(others)),
                         tuple(dict.fromkeys(tails)))


# --- C7: claims that deny severity ("not very painful") ----------------------------------

_PAIN_OUTCOME_RE = re.compile(r"\b(?:pain\w*|discomfort)\b", re.I)
# "not very painful", "doesn't sit too high on the pain scale", "only mild discomfort"
_SEVERITY_DENIAL_RE = re.compile(
    r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+){0,3}?(?:very|too|that|so|particularly|especially|overly)\s+"
    r"(?:\w+\s+){0,2}?(?:pain\w*|high|bad|uncomfortable|hurt\w*|sore)\b|"
    r"\b(?:mild|minimal|little|low|slight)\s+(?:\w+\s+)?(?:pain|discomfort)\b|\btolerable\b|"
    # a minimiser asserts a small degree, not none ("It barely hurts", "Hardly at all."): how much it hurts
    r"\b(?:hardly|barely|scarcely)\b",
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
                out.append((quote_span(sentence, where, pain.span()), low))
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
        if not a.included or a.pmid not in records or a.design in ("narrative review", "guideline"):
            continue  # context, not evidence (as in the question's own body)
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

# a harm named as serious (ICH E2A): "serious side effects", "severe adverse reactions", "major complications"
_SERIOUS_HARM_NP = (r"(?:serious|severe|major|permanent|lasting|long[- ]term)\s+(?:[\w-]+\s+){0,2}?(?:side[- ]effects?|"
                    r"adverse\s+(?:effects?|events?|reactions?)|complications?|reactions?|harms?|problems?|injur(?:y|ies))")
# the graded forms of a safety adjective ("one of the safest", "gentler") assert a degree of risk, not its absence
_SAFETY_DEGREE = r"safer|safest|gentler|gentlest|mildest|least\s+(?:risky|harmful|irritating|invasive)"
# SIGN9 (how English marks degree): a minimiser on a denial ("basically no side effects", "hardly causes any facial
# hair", "virtually zero risk") approximates the zero: it asserts that the harm is rare or slight, not that it never
# happens, so the claim is one of how risky (C8, C8c), not an absolute denial (C5)
_MINIMISED = (r"(?:basically|virtually|practically|almost|nearly|next\s+to|hardly|barely|scarcely)\s+(?:[\w-]+\s+){0,2}?"
              r"(?:no|none|nothing|zero|any|ever)")
_MINIMISED_DENIAL_RE = re.compile(rf"\b{_MINIMISED}\b", re.I)
# SIGN9: a class superlative of safety ("one of the safest", "the gentlest") ranks the treatment at the safe end of its
# class: a comparison with the class, not a report that harms are mild
_RANKED_SAFETY_RE = re.compile(r"\b(?:(?:one|some)\s+of\s+the|among\s+the|the)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:safest|gentlest|mildest|least\s+(?:risky|harmful|irritating))\b", re.I)


# a record's own comparison of safety between treatments ("the safest tool", "gentler than traditional treatments",
# "better tolerated than", "fewer adverse events than")
_SAFETY_RANK_RE = re.compile(r"\b(?:safest|gentlest|(?:safer|gentler|milder|better\s+tolerated)\s+than|fewer\s+(?:[\w-]+\s+)?"
                             r"(?:side[- ]effects?|adverse\s+(?:events?|effects?|reactions?)|complications?)\s+than)\b", re.I)


def minimised_denial(quote: str) -> re.Match[str] | None:
    """The minimiser that turns a denial of harm into a claim that it is rare or slight ("basically no"), if any."""
    return _MINIMISED_DENIAL_RE.search(quote)


# "a safe procedure with low risk of adverse effects", "gentle", "well tolerated": a claim
# about how risky, not whether any harm ever occurs ("no side effects" is C5's job)
_RISK_DENIAL_RE = re.compile(
    rf"\b(?:safe|gentle|{_SAFETY_DEGREE}|"
    r"well[- ]tolerated|low[- ]risk|low (?:\w+ )?risk|minimal (?:\w+ )?(?:risk|side[- ]effects?|adverse|complications?)|"
    r"few (?:side[- ]effects?|adverse|complications?)|rarely|rare|uncommon|unusual|suitable for|kind to|easy on|gentle on|"
    rf"{_MINIMISED}|"
    # "not linked to any serious side effects", "does not cause permanent hair loss": the harms
    # said to be absent are the serious or lasting ones
    r"(?:no|not|never|n['’]t)\s+(?:\w+\s+){0,4}?(?:serious|severe|major|permanent|lasting|long[- ]term)|"
    # SIGN7 (ICH E2A): the same denial with the serious harm as subject ("serious side effects were not seen",
    # "serious complications are rare"); the claim's stance says it is denied
    rf"{_SERIOUS_HARM_NP})\b",
    re.I,
)


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


# How serious reported harms are is read by tracker.harms (one reading for appraisal and C8).
@dataclass(frozen=True)
class RiskCheck:
    """Records that say how serious the harms were, as a body for rule C8: "supports"
    when a record reports only mild harms (or rules serious ones out), "contradicts" when
    only serious harms, "mixed" when both."""

    body: tuple[Appraisal, ...]
    serious: tuple[tuple[str, str], ...]  # (pmid, serious harm as reported)
    unharmed: tuple[Appraisal, ...] = ()  # records that saw no harm at all (in the body as "supports")


def check_risk(appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> RiskCheck:
    body, found = _reread(appraisals, records, harm_severities)
    # V12e: a study that looked for the harm and saw none rules out a serious one at its own size (GRADE: imprecise,
    # not silent): it reassures on how risky it is, as "no serious adverse events" does, and is rated with the body
    read = {a.pmid for a in body}
    unharmed = tuple(replace(a, direction="supports") for a in appraisals
                     if a.included and a.pmid in records and a.pmid not in read and a.direction in ("no effect", "contradicts")
                     and a.design not in ("narrative review", "guideline"))
    return RiskCheck(body + unharmed, tuple((pmid, words) for pmid, words, mild in found if not mild), unharmed)


# C8c: a claim that a named harm is infrequent ("rarely causes unwanted hair growth"); a claim about side effects
# in general ("side effects are rare and mild") is judged on how serious they are (C8), not on one harm's share
_RARE_CLAIM_RE = re.compile(rf"\b(?:rarely|rare|uncommon|unusual|seldom|infrequent(?:ly)?|{_MINIMISED})\b",
                            re.I)
_GENERAL_HARM_RE = re.compile(r"\b(?:side[- ]effects?|adverse|complications?|reactions?|risks?|problems?|issues?)\b", re.I)


def frequent_harm_records(claim: Claim, appraisals: Sequence[Appraisal]) -> list[Appraisal]:
    """Records reporting the harm a "rarely"-claim names in 10% or more of people
    (CIOMS: "very common" is 1 in 10 or more; "rare" under 1 in 1,000), for a claim that names one harm."""
    if not _RARE_CLAIM_RE.search(claim.quote) or _GENERAL_HARM_RE.search(claim.quote):
        return []
    out = []
    for a in appraisals:
        h = a.harm
        if not a.included or a.indirect or h is None:
            continue
        share = 100 * h.n / h.of if h.n is not None and h.of else h.percent
        if share is not None and share >= 10:
            out.append(a)
    return out


# C8b (ICH E2A; GRADE: serious harms count even from case reports): a safety word in its plain,
# ungraded form ("safe", "gentle", "harmless") or a denial of serious harm ("no serious side
# effects") asserts that the treatment causes no serious harm, so a serious harm reported in people
# who had it goes against the claim, however rarely it happens. Graded or qualified forms ("safer",
# "low risk", "well tolerated", "generally safe", "gentle enough for", "safe when used as directed")
# allow a rare serious harm and stay at most partly supported (_grade_risk).
_UNGRADED_SAFETY_RE = re.compile(
    r"\b(?:safe|gentle|harmless)\b(?!\s+(?:enough|on|when|if|as\s+long\s+as|provided|unless)\b)|"
    r"\b(?:no|not|never|n['’]t)\s+(?:\w+\s+){0,4}?(?:serious|severe|major|permanent|lasting|long[- ]term)\b|"
    rf"\b{_SERIOUS_HARM_NP}\b",  # SIGN7: the serious harm as subject of its denial ("... were not seen")
    re.I,
)
# a degree or an epistemic hedge on the safety word: "generally safe", "considered safe", "relatively gentle"
_SAFETY_DEGREE_RE = re.compile(
    r"\b(?:generally|relatively|usually|mostly|largely|fairly|reasonably|typically|normally|overall|broadly|"
    r"quite|pretty|considered|thought|believed|seems?|appears?|probably|likely)\s+(?:to\s+be\s+)?(?:an?\s+)?$",
    re.I,
)


# the claim grades the risk itself: "a safe procedure with low risk of adverse effects", "rarely", "well tolerated"
_GRADED_RISK_RE = re.compile(
    r"\b(?:(?:low|lower|minimal|small|little|reduced|limited)\s+(?:[\w-]+\s+)?risks?|few(?:er)?\s+(?:[\w-]+\s+)?"
    r"(?:side[- ]effects?|adverse|complications?|problems?)|rare(?:ly)?|uncommon|infrequent\w*|well[- ]tolerated|"
    r"safer|safest|gentler|gentlest|mild\w*|minor|minimal|"
    rf"{_MINIMISED})\b",
    re.I,
)


# VERD4: a degree of safety, comparative or superlative ("the safest option", "lower risk"): judged on severity
_GRADED_SAFETY_RE = re.compile(rf"\b(?:{_SAFETY_DEGREE}|(?:lower|lowest)\s+risk)\b", re.I)


def ungraded_safety(claim: Claim) -> str | None:
    """The words by which a plain claim says, ungraded, that a treatment causes no serious harm
    ("safe", "gentle", "no serious side effects"), or None (C8b)."""
    if claim.strength != "plain" or _GRADED_RISK_RE.search(claim.quote):
        return None
    for m in _UNGRADED_SAFETY_RE.finditer(claim.quote):
        if not _SAFETY_DEGREE_RE.search(claim.quote[: m.start()]):
            return m.group(0)
    return None


_CASE_DESIGNS = ("case report", "case series")
# VERD4: the site a claim of safety is about, marked in English by a locative preposition or a locative compound
# ("around the eyes", "under-eye", "near the lips"); "on"/"in" are left out, which mark much else ("on minoxidil")
_SITE_RE = re.compile(r"\b(?:around|near|under|beneath|below|above|into|onto)[\s-]+(?:the\s+|your\s+|my\s+|their\s+|"
                      r"our\s+)?([a-z]{3,})\b", re.I)


def site_named(quote: str, record: Record) -> str | None:
    """The body site the claim names by a locative phrase that the record names too, if any."""
    said = {w.lower().rstrip("s") for w in _tokens(f"{record.title or ''} {record.abstract_text}")}
    for m in _SITE_RE.finditer(quote):
        site = m.group(1).lower()
        if site not in STOPWORDS and site.rstrip("s") in said:
            return site
    return None


def serious_in_people(check: RiskCheck) -> list[Appraisal]:
    """Records of the severity body that report a serious harm in people given the treatment
    itself (not animals or cells, not an indirect record)."""
    serious = {pmid for pmid, _ in check.serious}
    return [a for a in check.body if a.pmid in serious and a.direction in ("contradicts", "mixed")
            and a.design not in ("animal", "in vitro") and not a.indirect]


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
    silent = len(check.unharmed) == len(check.body)
    if silent and verdict == "supported":
        # only studies that saw no harm: the absence of reports cannot rule out a rare harm (C5), so partly supported
        verdict = "partly supported"
    c = Counter(a.direction for a in check.body)
    how = {"supports": "only mild harms or none serious", "contradicts": "serious harms", "mixed": "mild and serious harms"}
    counts = ", ".join(f"{c[d]} report{'s' if c[d] == 1 else ''} {how[d]}" for d in ("supports", "contradicts", "mixed") if c[d])
    rated = f"starts {best.start}, " + ("rated down for " + "; ".join(best.downgrades) if best.downgrades else "not rated down")
    serious = f"; serious harms reported: {_fig_list(check.serious)}" if check.serious else "; no record reports a serious harm"
    if check.unharmed:
        counts += f" ({len(check.unharmed)} of them saw no harm at all: {_pmids_of(list(check.unharmed))})"
    note = (
        f"the claim is about how risky it is, not whether any harm occurs, so it is judged on how serious the reported harms "
        f"were: {counts}{serious}; {rated} -> {best.level}"
        + ("; serious harms are reported, so at most partly supported" if capped else "")
        + ("; the studies only saw no harm, which cannot rule out a rare one, so at most partly supported"
           if silent and verdict == "partly supported" else "")
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
    """The claim's verdict: its frame (what it asserts) against its question's evidence.

    Each study's direction relative to the question is mapped through the frame's relation
    onto the claim's side (backs / against / unclear); the claim's own checks (head-to-head,
    figures, durations, time frame, severity, risk) then adjust the question's verdict; a
    claim most studies go against is never left "supported" or "partly supported"."""
    frame = restore_elided_head(frame_of(claim, question), question, records)
    if parity_denied_effect(frame, claim.quote):
        # SIGN8 (#14 item 3, comparison): "adding PRP to laser did not make the scars look any better than laser alone"
        # denies a difference from a named active treatment, not an effect: it is judged head to head, as "no better
        # than" that treatment (a tie or a loss backs it), never by whether the treatment works at all
        frame = replace(frame, relation="equivalent")
    adjunct = adjunct_treatment(frame, claim.quote, appraisals, records) if claim.stance == "affirms" else None
    if adjunct:
        # SIGN8 (#14 item 4, PICO): "Brushed on after the laser, the PRP is what smooths the scars" gives its treatment
        # on top of another one the records test it added to: what it adds to that one is the claim, answered by the
        # trials of the other alone against both (a tie: it adds nothing), not by trials of it alone or of the pair
        frame = replace(frame, relation="superior", comparator=adjunct, comparator_norm=adjunct)
    if frame.relation == "denies_harm" and claim.strength == "absolute" and minimised_denial(claim.quote):
        # SIGN9: "basically no side effects" approximates the zero it names; the minimiser takes back the absolute
        # ("no side effects" would deny that any harm ever occurs), so the claim is worded as plain: harm is rare or slight
        claim = replace(claim, strength="plain")
        frame = replace(frame, strength="plain")
    stop_span = time_of_stopping(frame, claim.quote)
    if stop_span:
        # ROUTE22 (a time frame is the time of the event it modifies): "I stopped after six weeks" dates the stop, how
        # long the treatment was used, not when an effect was seen, so no record's time point can refute it
        frame = replace(frame, time_frame=None, time_frame_days=None)
    each_use = time_of_each_use(frame, claim.quote)
    if each_use:
        # SIGN24 (a time frame is the time of the event it modifies): "pressed on for two minutes a day" gives how long
        # each application lasts, a dose with its rate, not when an effect shows; the claim's time frame, if it has
        # one, is read from the rest of the quote ("... shrank these raised scars within four weeks")
        frame = replace(frame, time_frame=each_use[1], time_frame_days=each_use[2])
    if claim.origin == "auto":
        # an extracted claim's stance comes from its frame; a curated one was set by hand
        # against its question's wording ("less effective than in-office?") and is kept
        claim = replace(claim, stance=stance_of(frame, question, claim.stance))
    verdict = grade.verdict
    certainty = grade.certainty
    cited = list(grade.cited_pmids)
    from_question = len(cited)  # records the claim's own checks add come after these
    notes: list[str] = []
    if stop_span:
        notes.append(f"'{stop_span}' dates when the treatment was stopped, not when an effect was seen, so it is no "
                     "time frame to hold the records to")
    aside_notes: list[str] = []  # records set aside as no evidence about this claim: said after what decided it
    elsewhere: list[str] = []  # SGN17: records whose harms are said of another arm (indirect for this one)
    mine = [a for a in appraisals if a.question_id == question.question_id] or list(appraisals)
    if question.kind == "safety" and frame.relation in ("harm", "denies_harm") and grade.n_relevant:
        # VRD11: a harm the records tie to another arm (another route, or a trial's base treatment
        # the claim's one was only added to) is no evidence about this treatment's harms: the body
        # is re-graded without those records, and the note says which were set aside and why
        aside = harms_of_other_arms(frame, claim.quote, question, mine, records)
        elsewhere = [p for p, why in aside.items() if why.startswith(_SAID_OF)]
        if aside:
            mine = [a for a in mine if a.pmid not in aside]
            grade = grade_question(question, mine, n_hits=grade.n_hits)
            verdict, certainty, cited = grade.verdict, grade.certainty, list(grade.cited_pmids)
            from_question = len(cited)
            notes.append("the harms " + "; ".join(f"PMID {p} reports are {why}" for p, why in aside.items())
                         + ", so they are no evidence about this one")
            aside_notes.append(notes[-1])

    route_only = ""  # ROUTE22: every record with a result gives the treatment by another route than the claim's
    other_route = records_of_other_route(frame, claim.quote, question, mine, records) if not (
        question.kind == "safety" and frame.relation in ("harm", "denies_harm")) else {}
    if other_route:
        # ROUTE22 (#14 item 4, PICO; GRADE indirectness): the route and form of administration are part of the
        # intervention, so records whose arms are all given by another route than the claim's test another
        # intervention. With direct records left, the body is re-graded on them; with none, the claim is judged on
        # indirect evidence only: it cannot be supported or contradicted on it (at most partly supported, with the
        # reason, or placed on neither side; below)
        own = _route_word(claim_routes(frame, claim.quote) | _routes(frame.intervention))
        rest = [a for a in mine if a.pmid not in other_route]
        route_ids = ", ".join(other_route)
        own_grade = grade_question(question, rest, n_hits=grade.n_hits) if any(
            a.included and a.direction != "unclear" for a in rest) else None
        if own_grade is not None and own_grade.verdict != "no evidence found":
            mine, grade = rest, own_grade
            verdict, certainty, cited = grade.verdict, grade.certainty, list(grade.cited_pmids)
            from_question = len(cited)
            notes.append(f"PMID{'s' if len(other_route) > 1 else ''} {route_ids} test{'s' if len(other_route) == 1 else ''} "
                         f"{_route_word(set(other_route.values()))} use, another route than the claim's ({own}), so "
                         f"{'it is' if len(other_route) == 1 else 'they are'} no direct evidence about it")
            aside_notes.append(notes[-1])
        else:
            route_only = (f"every record with a result (PMID{'s' if len(other_route) > 1 else ''} {route_ids}) tests "
                          f"{_route_word(set(other_route.values()))} use, another route than the claim's ({own}): "
                          "indirect evidence, which does not test the claim as stated")

    listed = [a.pmid for a in mine if a.included and a.pmid in records and ingredient_only(records[a.pmid], question)]
    if listed:
        # VRD16 (#14 item 4): a record that names the claim's treatment only among another product's ingredients tests
        # that product (PICO: the intervention is the product), so it is no evidence about this treatment: the body is
        # re-graded without it
        mine = [a for a in mine if a.pmid not in listed]
        grade = grade_question(question, mine, n_hits=grade.n_hits)
        verdict, certainty, cited = grade.verdict, grade.certainty, list(grade.cited_pmids)
        from_question = len(cited)
        notes.append(f"PMID{'s' if len(listed) > 1 else ''} {', '.join(listed)} name{'s' if len(listed) == 1 else ''} "
                     f"{question.intervention} only as one ingredient of another product, which is what "
                     f"{'it tests' if len(listed) == 1 else 'they test'}, so {'it is' if len(listed) == 1 else 'they are'} "
                     "no evidence about it")
        aside_notes.append(notes[-1])
    fall = claimed_fall(frame, question, claim.quote) if (
        frame.relation == "mechanism" and question.kind == "mechanism" and claim.stance == "affirms") else None
    reread = reread_for_fall(question, mine) if fall else []
    if reread:
        # VERD3: "slows the collagen build-up" asserts a fall in what its question only asks to be acted on; the records
        # were read as if a rise were the effect, so a record that reports the fall was counted against the claim. Each
        # record's own direction word is read again against the claim's: a fall backs it, a rise goes against it
        flipped = {a.pmid: a for a in reread}
        mine = [flipped.get(a.pmid, a) for a in mine]
        grade = grade_question(question, mine, n_hits=grade.n_hits)
        verdict, certainty, cited = grade.verdict, grade.certainty, list(grade.cited_pmids)
        from_question = len(cited)
        falls = [a for a in reread if a.direction == "supports"]
        rises = [a for a in reread if a.direction == "contradicts"]
        notes.append(f"the claim says it lowers {question.outcome} ('{fall}'), so the records were read for a fall: "
                     + "; ".join(part for part in (
                         f"{_pmids_of(falls)} report{'s' if len(falls) == 1 else ''} one, which backs the claim" if falls else "",
                         f"{_pmids_of(rises)} report{'s' if len(rises) == 1 else ''} a rise, which goes against it" if rises else "")
                                 if part))
    wording = f"{claim.quote} {claim.claim}"
    comparator_leads = False
    compared = False  # VERD3: head-to-head results decided the verdict, read against the claim's own comparison
    # R2VERD: each study's side relative to a comparative claim, from its head-to-head result read by the claim's own
    # comparison (None: the question's directions place the studies, as for any other claim)
    cmp_sides: dict[str, str] | None = None
    lead_unclear = False  # a comparison decided only by untested point estimates against the claim
    checked_against = False  # a claim check found what the claim asserts contradicted (figures, time, completeness)
    # a negated comparative of the other pole ("no worse than", "not inferior to", "no less effective than") asserts
    # non-inferiority, parity at least: the frame reads it "equivalent" (FRAME6), judged as "as good as" (a tie backs it)
    equivalent = frame.relation == "equivalent"
    harms_compared = False  # the comparison was read from the arms' harm counts (VRD14)
    harm_direct = False  # ... and those tested wins, the direct evidence, decided the verdict
    if frame.relation in ("superior", "equivalent") or (claim.frame is None and (
            claim.claim_type == "comparative" or _SUPERLATIVE_RE.search(wording))):
        # A named comparator ("the 2% strength", "tretinoin") is judged on comparisons with it;
        # "other treatments" on any head-to-head comparison the records report.
        named = bool(frame.comparator and not generic_comparator(frame.comparator))
        add_on_claim = False
        self_compared = named and _same_arm(frame)
        combo = _combination_claim(frame) if not self_compared else None
        if self_compared:
            # VRD: "it itches less than minoxidil" read with minoxidil as its subject too: a treatment is never
            # compared with itself, so the claim's subject was misread (a pronoun resolved to the comparator); what
            # the records say of either arm cannot place it
            h2h = []
        elif combo is not None:
            # VRD13: "X plus Y beats either alone" compares the combination arm with the arm(s) of its parts
            # (PICO): a trial with the combination and a part alone answers it head to head
            add_on_claim = True
            h2h = add_on_findings(combo[0], combo[1], question, mine, records)
        elif named:
            # a named comparator; one named only by form or dose ("the topical solution", "the 2%
            # strength") cannot be told apart from the intervention in the records' words
            h2h = comparator_findings(frame, question, mine, records, quote=claim.quote)
            if frame.relation == "superior" and (question.kind == "safety" or _HARM_WORD_RE.search(frame.outcome or "")):
                # (VRD: "it itches less than Y" compares the arms' harms whichever way its question was filed: the
                # claim's outcome is the harm)
                # VRD14: "fewer side effects than Y" compares the arms' harms: the trials' efficacy results
                # answer another outcome (GRADE indirectness), their harm counts per arm answer this one
                harms = harm_comparisons(frame, question, mine, records, claim.quote)
                h2h = h2h if harms is None else harms
                harms_compared = harms is not None
            if adjunct or _add_on_claim(frame, claim.quote):
                add_on_claim = True
                # "the combination beats minoxidil by itself" compares X plus Y with Y alone: only
                # add-on trials answer it (their "combination" is the claim's arm), not X against Y
                add_on = [a for a in mine if a.included and a.pmid in records and _add_on_record(records[a.pmid], frame)]
                ids = {a.pmid for a in add_on}
                combined = comparator_findings(replace(frame, intervention="combination", intervention_norm="combination combined"),
                                               question, add_on, records)
                # VRD13: sentences that set the combination against the comparator named alone, read by structure
                base = frame.comparator_norm or frame.comparator or ""
                combined += [h for h in add_on_findings([frame.intervention_norm or frame.intervention or "", base], [base],
                                                        question, mine, records)
                             if not any(h.pmid == x.pmid and h.sentence == x.sentence for x in combined)]
                # SIGN2: a sentence the add-on arms can be read in is read that way alone: read by the comparator's name
                # only, the combination arm ("PRP with microneedling") would count as the comparator's
                arms = add_on_arm_findings(frame, question, add_on, records)

                def unread(found: list[HeadToHead]) -> list[HeadToHead]:
                    return [h for h in found if not any(h.pmid == x.pmid and (h.sentence in x.sentence or x.sentence in h.sentence)
                                                        for x in arms)]
                h2h, combined = unread(h2h), unread(combined) + arms
                same = list(dict.fromkeys([h for h in h2h if h.pmid in ids] + combined))
                dropped = [h for h in h2h if h not in same]
                if dropped:
                    notes.append(f"the claim compares a combination with {frame.comparator_norm or frame.comparator} alone, "
                                 f"so {len(dropped)} comparison(s) of the two treatments head to head "
                                 f"({_pmid_list(dropped)}) do not answer it")
                h2h = same
        else:
            h2h = [h for a in mine if a.included and a.pmid in records for h in head_to_head(records[a.pmid], question)]
            if not _COMBINATION_RE.search(frame.intervention or ""):
                # "X plus Y beat X alone" shows what Y adds to X; the winner contains X, so it is
                # no comparison of X with the alternatives a superlative claim ranks it against
                added = [h for h in h2h if h.outcome == "loss" and _ADD_ON_LOSS_RE.search(h.sentence)]
                if added:
                    notes.append(f"{len(added)} comparison(s) of it with itself plus another treatment "
                                 f"({_pmid_list(added)}) show what the addition adds, not how it ranks")
                    h2h = [h for h in h2h if h not in added]
        quantity = claim_compared_quantity(frame, claim.quote)
        # (a ranking on harms files under a safety question: "hyperpigmentation" is also an outcome treatments improve)
        harm_ranked = frame.relation == "superior" and question.kind == "safety" and bool(
            _HARM_WORD_RE.search(frame.outcome or ""))
        if (quantity or harm_ranked) and h2h and not harms_compared:
            # SIGN24 (GRADE indirectness of outcome; comparison): "far less downtime than laser" compares the quantity
            # its comparative governs, and "with fewer side effects" the arms' harms, so a head-to-head result on
            # another outcome ("scar response was better on the laser side") does not answer it, however the frame's
            # outcome was read; only a comparison naming that quantity (or a harm) does
            other = [h for h in h2h if not (_names_quantity(h.sentence, quantity) if quantity
                                            else _HARM_WORD_RE.search(h.sentence))]
            if other:
                notes.append(f"the claim compares {quantity or frame.outcome}, so {len(other)} head-to-head result(s) "
                             f"on another outcome ({_pmid_list(other)}) do not answer it")
                h2h = [h for h in h2h if h not in other]
        # "no better than" / "not as good as" put the intervention at most level with the comparator
        at_most = bool(not_as_reading(frame, claim.quote) or (equivalent and (
            _NO_BETTER_RE.search(claim.quote) or _NOT_ANY_BETTER_RE.search(claim.quote))))
        # arms that changed alike, untested, speak only to a claim of parity
        if not (equivalent and not at_most):
            h2h = [h for h in h2h if not isinstance(h, _AlikeArms)]
        wins = [h for h in h2h if h.outcome == "win"]
        losses = [h for h in h2h if h.outcome == "loss"]
        ties = [h for h in h2h if h.outcome == "tie"]
        against = f" {frame.comparator}" if frame.comparator else " alternatives"
        if self_compared:
            verdict, certainty = "no evidence found", "No evidence found"
            cited = cited[:from_question]
            notes.append(f"the claim's subject and its standard of comparison were both read as {frame.comparator}, so "
                         "which treatment it is about is unclear: no evidence can be placed for it")
        elif not h2h:
            # Evidence that it works is indirect evidence for "works better than / as well as":
            # without a head-to-head comparison the comparison itself has no evidence (C9).
            both = _names_both(frame, question, mine, records, claim.quote) if named else []
            # COMPARE9: the reason never says no record compares the two while a cited record names both arms
            notes.append((f"a comparative claim needs head-to-head evidence: {_pmids_of_ids(both)} name"
                          f"{'s' if len(both) == 1 else ''} both it and{against}, but no result between the two could be "
                          "read from " + ("it" if len(both) == 1 else "them") if both else
                          f"a comparative claim needs head-to-head evidence and none of the records compares it "
                          f"with{against}") + (f"; that it works on its own ({verdict}) is only indirect evidence"
                                               if verdict != "no evidence found" else ""))
            # (and "contradicted" against a named comparator: a harm reported for it alone says nothing about having
            # less of it than that other treatment; a superlative over unnamed alternatives keeps it)
            if verdict in ("supported", "partly supported", "not supported") or (
                    verdict == "contradicted" and frame.comparator and not generic_comparator(frame.comparator)):
                verdict = "no evidence found"
                cited = cited[:from_question]
        elif named and all(_untested_lead(h) for h in h2h):
            # only the arms' numbers, no test of their difference: a lead on point estimates (GRADE
            # imprecision) can back a comparison a little but cannot refute one: say so, on neither side
            favourable = losses if at_most else wins
            # a lead says which is ahead, not by how much: it cannot show a claimed multiple ("twice as effective")
            multiple = frame.magnitude_kind in ("fold", "percent_change") and bool(frame.magnitude_value)
            if len(favourable) == len(h2h) and not multiple:
                verdict = "partly supported" if verdict in ("supported", "partly supported") else verdict
            else:
                verdict, lead_unclear = "not supported", True
            notes.append(f"head-to-head: {len(wins)} comparison(s) favour it and {len(losses)} favour "
                         f"{frame.comparator or 'the other'} ({_pmid_list(h2h)}) on the arms' numbers alone, with no test "
                         "of the difference: a lead, not a shown difference")
        elif named and at_most and not _NOT_AS_RE.search(claim.quote):
            # "X is no better than Y" claims X is at most level with Y: a tie or a loss backs it, a win refutes it
            backing = {h.pmid for h in ties + losses} - {h.pmid for h in wins}
            if wins and backing:
                # SIGN8 (GRADE inconsistency): some records find it ahead and others find no difference or find it
                # behind: the head-to-head evidence disagrees, so it places the claim on neither side
                verdict, lead_unclear = "not supported", True
                notes.append(f"head-to-head: {len(wins)} comparison(s) favour it ({_pmid_list(wins)}), against 'no "
                             f"better than {frame.comparator}', while {len(ties) + len(losses)} found no difference or "
                             f"favour {frame.comparator} ({_pmid_list(ties + losses)}): the records disagree")
            elif wins:
                verdict, checked_against = "not supported", True
                notes.append(f"head-to-head: {len(wins)} comparison(s) favour it ({_pmid_list(wins)}), against "
                             f"'no better than {frame.comparator}'")
            else:
                verdict = "supported" if len(ties) + len(losses) >= 2 and verdict == "supported" else "partly supported"
                notes.append(f"head-to-head: {len(ties)} comparison(s) found no difference and {len(losses)} favour "
                             f"{frame.comparator} ({_pmid_list(ties + losses)}), which backs 'no better than'")
        elif not named and named_as_standard(frame, claim.quote):
            # SIGN8: "finasteride improved hair in far more men than saw palmetto did", framed on saw palmetto: the
            # claim puts its intervention behind the sentence's subject, so a comparison it loses backs the claim
            if losses and not (wins or ties):
                verdict = "partly supported"
                notes.append(f"the claim names {frame.intervention} only as the standard another treatment beat "
                             f"('than {frame.intervention}'); head-to-head: {len(losses)} comparison(s) favour another "
                             f"treatment ({_pmid_list(losses)}), which backs it")
            else:
                verdict, checked_against = "not supported", True
                notes.append(f"the claim names {frame.intervention} only as the standard another treatment beat "
                             f"('than {frame.intervention}'); head-to-head: {len(ties)} comparison(s) found no difference "
                             f"and {len(wins)} favour it ({_pmid_list(ties + wins)}), against that")
        elif not_as_reading(frame, claim.quote):
            # "X isn't as effective as Y" denies parity: a loss backs it, a tie or a win refutes it (unless the frame
            # already made Y its intervention and the winner: then the superior reading below decides)
            if losses and not (wins or ties):
                verdict = "partly supported"
                notes.append(f"head-to-head: {len(losses)} comparison(s) favour {frame.comparator or 'the other'} "
                             f"({_pmid_list(losses)}), which backs 'not as good as'")
            else:
                verdict, checked_against = "not supported", True
                notes.append(f"head-to-head: {len(ties)} comparison(s) found no difference and {len(wins)} favour it "
                             f"({_pmid_list(ties + wins)}), against 'not as good as'")
        elif equivalent and named and not at_most and not add_on_claim:
            # "as good as Y" claims parity: a record that finds no difference (or non-inferiority) backs it, a
            # clear difference either way refutes it; a record is read as a whole (most of its comparisons)
            tied, apart, mixed = _parity_records(h2h)
            # "as good as Y" sets a lower bound ("at least as good"): a record that finds the intervention ahead,
            # and never behind, does not go against the claim's point; only a record where it loses does
            ahead = [p for p in apart + mixed if not any(h.pmid == p and h.outcome == "loss" and not _untested_lead(h)
                                                         for h in h2h)]
            apart, mixed = [p for p in apart if p not in ahead], [p for p in mixed if p not in ahead]
            tied = tied + ahead
            untested = all(isinstance(h, _AlikeArms) for h in h2h if h.pmid in tied)
            if tied and not apart and not mixed and untested:
                verdict = "partly supported"
                certainty = "Very low" if certainty == "No evidence found" else certainty  # one uncontrolled reading
                notes.append(f"head-to-head: in {_pmid_list([h for h in h2h if h.pmid in tied])} both arms improved "
                             "alike from baseline, with no test between them reported: consistent with 'as good as', "
                             "not a shown parity")
            elif tied and not apart and not mixed:
                verdict = "supported" if len(tied) >= 2 and verdict == "supported" else "partly supported"
                notes.append(f"head-to-head: {len(tied)} record(s) found no difference between the two, or found it "
                             f"ahead ({_pmid_list([h for h in h2h if h.pmid in tied])}), which backs 'as good as'")
            elif apart and not tied and not mixed:
                # the comparator clearly ahead in every record refutes it as before; the intervention ahead is
                # no parity either, but it is not the other side of the claim's point: not supported
                behind = all(h.outcome == "loss" for h in h2h if h.pmid in apart and not _untested_lead(h))
                verdict, checked_against = "contradicted" if behind and len(losses) >= len(wins) + len(ties) else \
                    "not supported", True
                notes.append(f"head-to-head: {len(apart)} record(s) found a clear difference between the two "
                             f"({_pmid_list([h for h in h2h if h.pmid in apart])}): {len(wins)} comparison(s) favour it "
                             f"and {len(losses)} favour {frame.comparator}, against 'as good as'")
            else:
                verdict, lead_unclear = "not supported", True
                notes.append(f"head-to-head: {len(tied)} record(s) found no difference, {len(apart)} a clear difference "
                             f"and {len(mixed)} both ({_pmid_list(h2h)}): the records disagree on 'as good as'")
        elif equivalent and (ties or wins) and not losses:
            verdict = "supported" if len(ties) + len(wins) >= 2 and verdict == "supported" else "partly supported"
            notes.append(f"head-to-head: {len(ties)} comparison(s) found no difference and {len(wins)} favour it "
                         f"({_pmid_list(ties + wins)}), which backs 'as good as'")
        elif losses and {h.pmid for h in losses} <= {h.pmid for h in wins}:
            # SIGN2: every record that seems to favour the comparator is also read as favouring the intervention on
            # the same comparison: the reading of its arms cannot be trusted either way, so the claim is placed on
            # neither side (a sign error is worse than "unclear")
            verdict, lead_unclear = "not supported", True
            notes.append(f"head-to-head: {_pmid_list(losses)} {'is' if len({h.pmid for h in losses}) == 1 else 'are'} read "
                         f"both as favouring it and as favouring {frame.comparator or 'the other'}, so which arm did better "
                         "is unclear")
        elif losses:
            verdict = "contradicted" if len(losses) >= len(wins) + len(ties) else "not supported"
            notes.append(
                f"head-to-head: {len(wins)} comparison(s) favour it, {len(ties)} found no difference, "
                f"{len(losses)} favour {frame.comparator or 'another treatment or combination'} ({_pmid_list(losses)})"
            )
        elif ties and named and inert_comparator(frame.comparator) and not at_most and not add_on_claim \
                and len(tested := [h for h in wins if not _untested_lead(h)]) > len(ties):
            # VERD4 (GRADE: the body is weighed, not vetoed by one null): against a vehicle, base or placebo the
            # ordinary controlled trials are the head-to-head evidence; most of them favouring it backs 'better than
            # the base', a null among them is inconsistency (partly supported when it is more than a small minority)
            strong = len(tested) >= 2 and len(tested) >= 3 * len(ties) and verdict == "supported"
            verdict = "supported" if strong else "partly supported" if verdict in ("supported", "partly supported") \
                else "not supported"
            lead_unclear = verdict == "not supported"
            notes.append(f"head-to-head with an inactive control: {len(tested)} comparison(s) favour it "
                         f"({_pmid_list(tested)}) and {len(ties)} found no difference ({_pmid_list(ties)})")
        elif ties:
            verdict = "not supported"
            if not wins and _tie_refutes_better(claim.quote):
                # COMPARE9: "works better than Y" asserts a difference; trials of the two that found none (a difference
                # that is not significant, "p > .05", is none shown) go against it, as a loss would, if less firmly
                # (only when the quote compares how well the two work: "healed sooner", "easier to stick with" compare
                # another measure the trials' tie on efficacy does not answer; and not when the quote's own words claim
                # parity or deny superiority, whatever its frame says)
                checked_against = True
                notes.append(f"the claim says it works better than {frame.comparator or 'the other treatment'}, but the "
                             f"studies that compared the two found no difference between them ({_pmid_list(ties)})")
            elif wins:
                # VERDICT23 (GRADE inconsistency): some head-to-head results find it ahead and others find no difference:
                # a null beside wins is disagreement among the comparisons, not a refutation of "better than". Tested
                # wins outnumbering the nulls lean its way (partly supported: rated down, not reversed); as many or fewer
                # leave the claim on neither side
                tested = [h for h in wins if not _untested_lead(h)]
                leans = bool(tested) and len({h.pmid for h in tested}) > len({h.pmid for h in ties})
                verdict, lead_unclear = ("partly supported", False) if leans else ("not supported", True)
                notes.append(f"head-to-head: {len(wins)} comparison(s) favour it ({_pmid_list(wins)}) and {len(ties)} "
                             f"found no difference from {frame.comparator or 'the comparator'} ({_pmid_list(ties)}): the "
                             "comparisons disagree, " + ("but the tested results lean its way, so at most partly supported"
                                                         if leans else "which leaves the claim on neither side"))
            else:
                notes.append(f"head-to-head: {len(ties)} comparison(s) found no difference from "
                             f"{frame.comparator or 'the comparator'} ({_pmid_list(ties)}), {len(wins)} favour it")
        elif (named and not add_on_claim and verdict == "supported" and not _RANKS_ALL_RE.search(claim.quote)
              and len(wins) >= 2 and not any(_untested_lead(h) for h in wins)):
            # "worked better than tretinoin": a comparative with a named comparator, every head-to-head result a
            # tested win (more than one: a single result is imprecise, as for parity), on a body that supports
            # the treatment: what it claims is what the records show
            notes.append(f"head-to-head: {len(wins)} comparison(s) favour it over {frame.comparator} "
                         f"({_pmid_list(wins)}), which backs 'better than'")
        else:
            if harms_compared and not add_on_claim and verdict in ("no evidence found", "not supported", "contradicted") \
                    and any(not _untested_lead(h) for h in wins):
                # VRD: tested wins on the arms' harms answer "fewer side effects than Y" directly (PICO); what the body
                # shows about the treatment's harms alone, or its efficacy, answers another question
                verdict, certainty, harm_direct = "partly supported", "Very low" if certainty == "No evidence found" \
                    else certainty, True
            if add_on_claim and verdict in ("no evidence found", "not supported") and any(not _untested_lead(h) for h in wins):
                # VRD13: the combination's tested wins over its part alone are the direct evidence an add-on claim
                # needs (PICO), whatever the body on the treatment by itself shows (that answers another question)
                verdict, certainty = "partly supported", "Very low" if certainty == "No evidence found" else certainty
            verdict = "partly supported" if verdict in ("supported", "partly supported") else verdict
            notes.append(f"head-to-head: {len(wins)} comparison(s) favour it ({_pmid_list(wins)}); "
                         + ("an add-on claim stays at most partly supported" if add_on_claim else
                            "the arms' harm counts answer the comparison directly, one trial at most partly" if harm_direct
                            else "a superlative needs more than that"))
        if verdict == "contradicted" and h2h:
            # VRD15 (GRADE indirectness, as V10c for harms): "as good as Y on burn scars" is refuted only by
            # comparisons in those people; comparisons that never mention them are indirect and leave the
            # claim not supported, not contradicted
            pop = _distinct_population(frame, claim.quote, question)
            h2h_ids = list(dict.fromkeys(h.pmid for h in h2h))
            if pop and not any(p in records and _mentions_population(records[p], pop) for p in h2h_ids):
                verdict, checked_against = "not supported", True
                notes.append(f"the claim is about {frame.population}, and none of the comparisons "
                             f"({_pmid_list(h2h)}) studies {' or '.join(sorted(pop))}: indirect for those people, "
                             "so not supported rather than contradicted")
        cited.extend(h.pmid for h in h2h)
        # every head-to-head result favours the other treatment: a ratio of the two arms then
        # measures its lead, never the multiple the claim gives the intervention
        comparator_leads = bool(losses) and not wins
        compared = bool(h2h) and not self_compared
        if h2h and not self_compared:
            # R2VERD (PICO: a comparison is answered by comparisons): the chips place each study as the verdict reads
            # it, by the same order of readings as above ("no better than", "the standard it lost to", "not as good
            # as", "as good as", else "better than")
            mode = ("at_most" if named and at_most and not _NOT_AS_RE.search(claim.quote) else
                    "standard" if not named and named_as_standard(frame, claim.quote) else
                    "not_as" if not_as_reading(frame, claim.quote) else
                    "parity" if equivalent else "better" if _tie_refutes_better(claim.quote) else "ahead")
            cmp_sides = comparison_sides(h2h, mode)
        elif verdict == "no evidence found":
            # no head-to-head result (or a subject read as its own comparator): a study of the treatment alone is
            # indirect for a comparison, on neither side
            cmp_sides = {}

    dur = check_durations(claim, question, mine, records)
    if claim.frame is not None and frame.magnitude_kind != "duration" and frame.relation not in ("harm", "denies_harm"):
        dur = DurationCheck((), (), ())  # "for eight weeks" names a study period, not how long an effect lasts
    if dur.claimed and (dur.matches or dur.others or dur.tails):
        said = ", ".join(t for t, _, _ in dur.claimed)
        if dur.others and not dur.matches:
            verdict = "not supported" if verdict != "contradicted" else verdict
            notes.append(f"the claimed duration ({said}) is shorter than reported: {_fig_list(dur.others)}")
        elif dur.tails and not dur.matches and not dur.others:
            # the records give only the longest cases: the claim may be the usual course (C9)
            verdict = "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 2 else verdict
            notes.append(f"the records give only the longest cases, {_fig_list(dur.tails)}: longer than the claimed "
                         f"{said} but on the same time scale: the claim may describe the usual course, so the duration is "
                         "unverified, not refuted")
        elif dur.others or dur.tails:
            verdict = "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 1 else verdict
            notes.append(f"the claimed duration ({said}) fits {_fig_list(dur.matches)} but not "
                         f"{_fig_list(dur.others + dur.tails)}")
        else:
            notes.append(f"the claimed duration ({said}) fits {_fig_list(dur.matches)}")
        cited.extend(p for p, _ in dur.matches + dur.others + dur.tails)

    dur_against = bool(dur.claimed and dur.others and not dur.matches)
    fig = check_figures(claim, question, mine, records)
    if comparator_leads and fig.claimed and frame.magnitude_kind == "fold":
        notes.append("the ratios between the arms measure the other treatment's lead, not the claimed multiple")
        fig = FigureCheck((), (), ())
    amount_unverified = False
    control_share = False  # FIX11b: the claim's share is an inactive control arm's
    stop_share_unchecked = False  # VERDICT23: a share of people who stopped, which no record reports
    vague = _VAGUE_AMOUNT_RE.search(claim.quote)
    if vague and fig.claimed:
        # "several times", "many-fold": a vague quantifier is no figure to hold the records to
        notes.append(f"'{vague.group(0)}' is a vague amount, not a figure to check")
        fig = FigureCheck((), (), ())
    duration_checked = bool(dur.claimed and (dur.matches or dur.others or dur.tails))
    if not duration_checked and fig.claimed:
        # only an effect size the frame found (never a drug strength such as "2% minoxidil")
        claimed = ", ".join(f"{c:g}%" for c in fig.claimed)
        near = [(p, f) for p, f in fig.others if _same_order(f, frame)]
        # a share of people is held to shares of people, record by record, never to a figure that merely
        # lies near it (C9): "92% of men" is not "close to" the top of a review's "61-100%"
        shares_only = frame.magnitude_kind == "proportion" and frame.relation in ("benefit", "superior")
        if stopping_share(frame, claim.quote):
            # VERDICT23: a share of people who stopped is held to the discontinuation shares the records report; a
            # ceiling ("fewer than 2 in 100") is met by any share at or below it
            stops = discontinuation_shares(mine, records, frame, claim.quote)
            ceiling, c = share_ceiling(frame, claim.quote), fig.claimed[0]
            met = [(p, f) for p, f, v in stops if (v <= c * (1 + FIGURE_TOLERANCE) if ceiling
                                                    else abs(v - c) <= FIGURE_TOLERANCE * max(c, 1.0))]
            missed = [(p, f) for p, f, v in stops if (p, f) not in met]
            said = f"{'at most ' if ceiling else ''}{claimed} of people stopped"
            if not stops:
                verdict, stop_share_unchecked = "not supported", True
                notes.append(f"the claim says {said}, a share of people who stopped treatment, and no record reports how "
                             "many stopped: how often harms occurred or how many responded does not test it, so its side "
                             "is unclear")
            elif met and not missed:
                verdict = "supported" if verdict == "supported" else "partly supported"
                notes.append(f"the claim says {said}; the records report discontinuation within that: {_fig_list(met)}")
            elif met:
                verdict = "partly supported"
                notes.append(f"the claim says {said}; the records differ: within it {_fig_list(met)}, beyond it "
                             f"{_fig_list(missed)}")
            else:
                verdict, checked_against = "not supported", True
                notes.append(f"the claim says {said}, but the records report other discontinuation shares: "
                             f"{_fig_list(missed)}")
            cited.extend(p for p, _, _ in stops)
        elif shares_only and control_arm_share(claim.quote, frame.magnitude_value):
            control_share = True
            notes.append(f"the claimed {claimed} is the share of people in an inactive control arm, a report of what "
                         "happened in a trial's control group, not the treatment's effect: the treatment's responder "
                         "shares do not test it, so its side is unclear")
        elif shares_only:
            if _VERDICT_RANK.get(verdict, 0) >= 1:
                at_least = fig.claimed[0] * (0.5 if frame.magnitude_bound == "max" else 1 - FIGURE_TOLERANCE)
                # "up to 100% of men in some reports" gives the best case, a maximum: it is reached by one record
                # that reaches it, so it is no universal ("always", "everyone") that one record short refutes
                held = hold_to_shares(check_shares(question, mine, records, frame, claim.quote), at_least,
                                      f"{claimed} of people",
                                      universal=fig.claimed[0] >= 100 and frame.magnitude_bound != "max")
                verdict = _held_verdict(verdict, held)
                checked_against = checked_against or held.against
                notes.append(held.note)
                cited.extend(held.cited)
        elif fig.matches:
            near_claim = any(abs(v - c) < FIGURE_TOLERANCE * c for _, f in fig.matches for v in figure_values(f)
                             for c in fig.claimed if c)
            all_near = all(any(abs(v - c) < FIGURE_TOLERANCE * c for v in figure_values(f) for c in fig.claimed if c)
                           for _, f in fig.matches)
            if not (all_near and verdict == "supported"):
                # the figure the records report, on a body that supports the claim, keeps it supported; figures
                # that only reach it or spread below it ("up to 75%" against 43%, 50% and 75%) make it a best case,
                # and they raise a "not supported" no higher than partly supported
                verdict = "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 1 else verdict
            # a larger effect backs "by 80%" (C3), but it is not "close to" it: say which it is
            notes.append(f"the claimed {claimed} is {'close to' if near_claim else 'reached or exceeded by'} figures "
                         f"reported in {_fig_list(fig.matches)}")
            cited.extend(p for p, _ in fig.matches)
        elif near:
            verdict = "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 2 else verdict
            notes.append(f"the claimed {_claimed_words(frame)} is of the same order as, but not equal to, figures reported in "
                         f"{_fig_list(near)}")
            cited.extend(p for p, _ in near)
        elif fig.others and frame.relation == "harm" and frame.magnitude_kind == "fold":
            # FIX11b (GRADE; issue 14 point 3): "twice as likely to" is a relative risk of the harm; two amounts a
            # record sets side by side are no risk ratio of that harm, so a harm the records report with a size no
            # record gives is at most partly supported (the harm backed, its size unverified), never against
            verdict = "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 2 else verdict
            amount_unverified = True
            notes.append(f"no record gives a relative risk of the harm to check the claimed {claimed} against (reported: "
                         f"{_fig_list(fig.others)}, not risks of it), so the size is unverified")
        elif fig.others:
            verdict = "not supported" if verdict != "contradicted" else verdict
            checked_against = True  # the records report other figures: they go against the claimed one
            notes.append(f"no record reports a figure near the claimed {claimed}; reported: {_fig_list(fig.others)}")
            cited.extend(p for p, _ in fig.others)
        else:
            # No figure to hold it to is not a figure against it: the direction may still be
            # backed, but the claimed amount is unverified, so at most partly supported.
            verdict = "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 2 else verdict
            amount_unverified = True
            notes.append(f"no record reports a figure for this outcome to check the claimed {claimed} against, "
                         "so the amount itself is unverified")

    gap = claimed_point_gap(claim.quote) if frame.relation in ("benefit", "superior") else None
    if gap is not None and verdict in ("supported", "partly supported"):
        # SIGN9 (magnitude, like with like): a gap of percentage points is held to the gaps between the shares the
        # records report for two arms; one arm's share that equals the figure is not the gap
        gaps = point_gaps(question, mine, records)
        fits = [(p, f) for p, f, g in gaps if abs(g - gap) <= FIGURE_TOLERANCE * max(gap, 1.0)]
        if fits:
            notes.append(f"the claimed gap of {gap:g} percentage points is close to the gap between the shares in "
                         f"{_fig_list(fits)}")
        elif gaps:
            verdict, checked_against = "not supported", True
            notes.append(f"the claimed {gap:g} percentage points is a gap between two shares, and the records report "
                         "gaps of " + ", ".join(f"{g:g} points ({f}, PMID {p})" for p, f, g in gaps[:4])
                         + ": none near the claimed one, so the claim is not supported")
        else:
            verdict = "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 2 else verdict
            amount_unverified = True
            notes.append(f"the claimed {gap:g} percentage points is a gap between two shares, and no record reports two "
                         "shares side by side to check it against, so the amount itself is unverified")
        cited.extend(p for p, _, _ in gaps)

    every = universal_share(claim.quote) if frame.relation == "benefit" and frame.magnitude_value is None else None
    if every and verdict in ("supported", "partly supported"):
        # "always regrows hair", "works for everyone": a universal quantifier over people or occasions asserts
        # a share of 100%; it is held to the responder shares reported, and one record that falls short
        # refutes it (strong magnitude words such as "erased" are not quantifiers and are not held to shares)
        held = hold_to_shares(check_shares(question, mine, records, frame, claim.quote), 100 * (1 - FIGURE_TOLERANCE),
                              f"'{every.group(0)}'", universal=True)
        verdict = _held_verdict(verdict, held)
        checked_against = checked_against or held.against
        notes.append(held.note)
        cited.extend(held.cited)
    share = _SHARE_RE.search(claim.quote) if not every else None
    if (share and frame.magnitude_value is None and frame.relation in ("benefit", "superior")
            and verdict in ("supported", "partly supported")):
        # "works for most people" claims a share of responders (over half), a figure of its
        # own: the records must report responder proportions of that size (C3); a share given as a ratio of
        # people ("nine in ten of the women") is the frame's proportion, held to the shares above
        held = hold_to_shares(check_shares(question, mine, records, frame, claim.quote), 50.0, f"'{share.group(0)}'",
                              of_people=bool(_MAJORITY_RE.match(share.group(0))))
        verdict = _held_verdict(verdict, held)
        checked_against = checked_against or held.against
        notes.append(held.note)
        cited.extend(held.cited)

    complete = complete_result(claim.quote)
    complete_refuted = False
    if (frame.relation in ("benefit", "superior") and complete
            and not (_FIRST_PERSON_RE.search(claim.quote) and not absolute_result(claim.quote))
            and verdict in ("supported", "partly supported")):
        # (a first-person anecdote, "it erased my spots", tells one person's result, not a promise; SIGN24: but a
        # degree adverb of totality, "my crown had filled in completely", is a magnitude, and trials that grade each
        # person's response report partial regrowth: one person's total result is held to them as any complete one)
        # trials report improvement on a scale, not complete or permanent results. SIGN5: by the devset's rule a
        # result that is only overstated ("clears acne", "erases scars") is directionally right, so partly supported
        # (backs); it goes against the records when it also lasts past the treatment or is promised for certain
        # ("for good", "guaranteed"), or is due by a stated time or session count ("clears it in 4 weeks", "gone
        # after three sessions"): the records report improvement at that point, not the problem gone
        bounded = (frame.time_frame_days is not None or claimed_sessions(frame, claim.quote) is not None
                   or _DATED_RE.search(claim.quote) is not None or _EXTREME_CASE_RE.search(claim.quote) is not None)
        absolute = absolute_result(claim.quote)
        if absolute or bounded:
            complete = absolute or complete
            notes.append(f"the studies back an improvement, not the complete or permanent result the claim promises "
                         f"('{complete.group(0)}')" + (" by a stated time or for the hardest cases" if bounded and not absolute
                                                        else "") + ", which none of them reports")
            verdict, checked_against, complete_refuted = "not supported", True, True
        else:
            notes.append(f"the claim promises a complete result ('{complete.group(0)}'), more than the improvement "
                         "the studies report: directionally right but overstated, so at most partly supported")
            verdict = "partly supported"

    universal = _universal_scope(claim.quote) if not every and not counted_group(claim.quote) else None
    if (frame.relation in ("benefit", "superior") and universal and not complete_refuted
            and verdict in ("supported", "partly supported")):
        # a universal ("every type of acne", "works for everyone") is refuted by one kind or
        # person it fails for; trials report average effects in the people they enrolled
        notes.append(f"the claim says it works for '{universal.group(0)}', but the studies report average effects "
                     "in the people they enrolled, not a benefit for every kind or person")
        verdict = "not supported"
        checked_against = True

    # a removal verb says nothing of how long the result lasts ("clears acne" and "lasts for years" are two checks)
    kept_for_good = any(lasting_result(m) for m in _COMPLETE_RE.finditer(claim.quote)) if complete else False
    lasting = persistence_claimed(claim.quote) if frame.relation in ("benefit", "superior", "mechanism") and not kept_for_good else None
    persistence_unchecked = False
    if lasting and verdict in ("supported", "partly supported"):
        # V12d: how long an effect lasts is held to how long the records followed people; a span longer than any
        # follow-up they report is unchecked (GRADE: no study measured it), so not supported, on neither side
        followed = check_time_frame(replace(frame, relation="benefit", time_frame_days=lasting[1]), question, mine, records,
                                     claim.quote)
        longest = max((d for _, _, d in followed.reported), default=0.0)
        if longest < lasting[1] * 0.67:
            verdict, persistence_unchecked = "not supported", True
            notes.append(f"the claim says the effect {lasting[0]}, but no record followed people that long"
                         + (f" (longest {_days(longest)})" if longest else "") + ": how long it lasts is unchecked")
            cited.extend(p for p, _, _ in followed.reported)

    stopped = withdrawal_conditional(claim.quote) if not kept_for_good else None
    off_unchecked = False
    # ROUTE22: a persistence claim ("lasts for years after you stop", "yours to keep even if you stop") is judged
    # by the follow-up checks here; the withdrawal rule below is for events timed from the stop
    persistence_read = bool(kept_for_good or lasting or (
        stopped and verdict in ("supported", "partly supported", "contradicted")))
    if stopped and verdict in ("supported", "partly supported", "contradicted"):
        # VRD: a conditional on stopping ("even if you stop taking it, ...", "if you stop using X, ...") asserts what
        # happens once the treatment has ended; records of the effect while it is taken answer another time frame
        # (GRADE indirectness). Only a record that followed people after stopping, for as long as the claim's span,
        # and saw the effect kept, can back it; without one the claim is unchecked, on neither side
        off = off_treatment_follow_up(mine, records)
        kept = [(p, d) for p, sentence, d in off if _KEPT_RE.search(sentence)]
        longest = max((d for _, d in kept), default=0.0)
        span = lasting[1] if lasting else None
        lost = _LOST_RE.search(claim.quote)  # "if you stop, the results fade": a loss, not what a kept effect backs
        if lost or not kept or (span is not None and longest < span * 0.67):
            verdict, off_unchecked = "not supported", True
            why = (f"it says the effect is then lost ('{lost.group(0)}'), which records of the effect kept do not "
                   "answer" if lost and kept else "no record followed people after they stopped" if not off else
                   "no record that followed people after stopping says the effect was kept" if not kept else
                   f"the longest any record saw it kept after stopping is {_days(longest)}")
            notes.append(f"the claim is about what happens after stopping ('{stopped}'), and {why}: unchecked, so it "
                         "is placed on neither side")
        else:
            kept_ids = list(dict.fromkeys(p for p, _ in kept))
            notes.append(f"the claim is about what happens after stopping ('{stopped}'): PMID{'s' if len(kept_ids) > 1 else ''}"
                         f" {', '.join(kept_ids)} followed people after stopping ({_days(longest)}) and saw the effect kept")
            cited.extend(kept_ids)

    tf = check_time_frame(frame, question, mine, records, claim.quote)
    sessions = claimed_sessions(frame, claim.quote) if frame.relation in ("benefit", "superior") else None
    counted = sessions_to_effect(same_subjects(mine, claim.quote, frame), records) if sessions else []
    single_unchecked = False
    if sessions and counted and _VERDICT_RANK.get(verdict, 0) >= 1:
        # "fills in after one session": a number of sessions is compared with numbers of sessions, the fewest
        # any record reports an effect after, not with weeks (a session claim has no time of its own)
        n, bound = sessions
        fewest = min(counted, key=lambda c: c[2])
        shown = _fig_list([(p, w) for p, w, _ in sorted(counted, key=lambda c: c[2])[:4]])
        refuted = fewest[2] < n * 0.67 if bound == "min" else fewest[2] > max(n * 1.5, n + 0.5)
        # primary studies that found the effect without saying after how many sessions could hold a smaller
        # count: the number is refuted only when most of them say it
        primary = {a.pmid for a in mine if a.included and a.direction in ("supports", "mixed")
                   and a.design not in ("meta-analysis", "systematic review", "narrative review", "guideline")}
        known = primary & {p for p, _, _ in counted}
        if refuted and 2 * len(known) <= len(primary):
            refuted = False
            # VRD16: a single session that most records leave uncounted is unchecked, as when none counts (below)
            single_unchecked = n <= 1 and bound != "min"
            notes.append(f"most studies that found the effect do not say after how many sessions ({len(known)} of "
                         f"{len(primary)} do), so the claimed number of sessions is unverified")
        if refuted and _SOME_PEOPLE_RE.search(claim.quote):
            # "Some notice brighter skin after the very first visit" is verified by one person, refuted only by all
            refuted = False
            verdict = "partly supported" if _VERDICT_RANK.get(verdict, 0) >= 2 else verdict
            notes.append("the claim is about some people: the fewest sessions the records report neither refute nor "
                         "confirm what some people notice")
        if refuted and _VERDICT_RANK.get(verdict, 0) >= 2:
            verdict, checked_against = "not supported", True
        notes.append(f"the claim says {n:g} session{'s' if n != 1 else ''}; the fewest sessions after which a record "
                     f"reports the effect: {_count_words(fewest[2])} ({shown})" + (", so the claimed number is not what the records "
                                                                         "report" if refuted else ""))
        cited.extend(p for p, _, _ in counted)
        if re.search(_SESSION_UNIT, frame.time_frame or "", re.I):
            tf = TimeFrameCheck(None, (), False)  # "in one session" is judged as a count of sessions, not as days
    sessions_unchecked = False
    # (FIX10) a count of the product's own doses ("just two sachets") is the exposure claimed, as a count of sessions:
    # trials of a product taken in doses report courses of weeks, not a result after so many doses, so when no record
    # counts them the number is unchecked at any count, and the bare effect does not answer it
    doses = sessions is not None and frame.magnitude_kind == "sessions" and frame.magnitude_unit == "doses"
    if (sessions and (sessions[0] <= 1 or doses) and sessions[1] != "min" and (single_unchecked or not counted)
            and tf.claimed_days is None and grade.n_studies and _VERDICT_RANK.get(verdict, 0) >= 2
            and not _SOME_PEOPLE_RE.search(claim.quote)):
        # VRD16: a result after one session ("after your first session") is the quickest a course of treatment
        # allows: a claim of its own, like a quick time frame (C3); when no record says after how many sessions it
        # saw the effect, the number is unchecked, so not supported, on neither side
        verdict, sessions_unchecked = "not supported", True
        notes.append(f"the claim promises the result after {sessions[0]:g} dose{'s' if sessions[0] != 1 else ''}, and no "
                     "record that found the effect says after how many doses it was seen: the number is unchecked"
                     if doses else "the claim promises the result after a single session, and no record that found the "
                     "effect says after how many sessions it was seen: the number is unchecked")
    some = _SOME_PEOPLE_RE.search(claim.quote)
    if some and tf.claimed_days is not None and not tf.fits:
        # "Some notice brighter skin after the very first visit": an existential claim is verified by
        # one person and refuted only by all, so time points measured later neither refute nor confirm it
        if _VERDICT_RANK.get(verdict, 0) >= 2:
            verdict = "partly supported"
        first = min((d for _, _, d in tf.reported), default=None)
        notes.append(f"the claim is about some people ('{some.group(0).strip()}') {frame.time_frame}; no record measured "
                     f"the outcome that early" + (f" (earliest {_days(first)})" if first is not None else "")
                     + ", and effects measured later neither refute nor confirm what some people notice")
        tf = TimeFrameCheck(None, (), False)
    first_seen = earliest_effects(mine, records) if (
        tf.claimed_days is not None and _BEST_CASE_RE.search(f"{frame.time_frame or ''} {claim.quote}")) else []
    if first_seen and tf.claimed_days is not None:
        # "in as little as 48 hours" is the fastest case, a bound on the earliest effect: it is held
        # to the earliest time any record reports the effect, not to study lengths ("for 8 weeks")
        limit = max(tf.claimed_days * 1.5, 2.0)
        ordered = sorted(first_seen, key=lambda e: e[2])
        shown = _fig_list([(p, w) for p, w, _ in ordered])
        said = frame.time_frame or "its time frame"
        if ordered[0][2] <= limit:
            later = [p for p, _, d in ordered if d > limit]
            if later and _VERDICT_RANK.get(verdict, 0) >= 2:
                verdict = "partly supported"
            notes.append(f"the claim gives the fastest case ({said}); the earliest effect the records report is that early: "
                         f"{shown}" + ("; the others report it only later, so it is the best case, not the usual one"
                                       if later else ""))
        else:
            if _VERDICT_RANK.get(verdict, 0) >= 2:
                verdict, checked_against = "not supported", True
            notes.append(f"the claim gives the fastest case ({said}), but the earliest effect any record reports is "
                         f"{_days(ordered[0][2])}: {shown}")
        cited.extend(p for p, _, _ in ordered)
        tf = TimeFrameCheck(None, (), False)  # judged on the earliest effects; study lengths would repeat it
    if (tf.claimed_days is not None and tf.claimed_days <= 31 and not tf.reported and grade.n_studies
            and _VERDICT_RANK.get(verdict, 0) >= 2 and (nonhuman_subject(claim.quote, frame) is None
                                                         or any(a.included for a in same_subjects(mine, claim.quote, frame)))):
        # (VERDICT23: a claim about animals that no record in animals tests is placed on neither side below)
        # a quick result ("in 3 days", "overnight") is a claim of its own: unsourced, like a figure (C3)
        verdict = "not supported"
        notes.append(f"the claimed time frame ({frame.time_frame}) is not reported by any record: no study measured "
                     "the outcome that early")
    if (tf.claimed_days is not None and tf.reported and re.search(r"\b(?:at\s+least|a\s+minimum\s+of)\b", frame.time_frame or "")
            and _VERDICT_RANK.get(verdict, 0) >= 2):
        early = [(p, t) for p, t, d in tf.reported if d < tf.claimed_days * 0.67]
        if early:
            # "takes at least six months": effects the records report well before then refute the wait
            verdict, checked_against = "not supported", True
            notes.append(f"the claim says it {frame.time_frame}, but the records report effects earlier: "
                         f"{_fig_list(early)}")
            tf = TimeFrameCheck(None, (), False)  # said; the general time-frame note would repeat it
    if tf.claimed_days is not None and tf.reported:
        earliest = min(d for _, _, d in tf.reported)
        shown = _fig_list([(p, t) for p, t, _ in tf.reported])
        # SIGN2: "significant from week 2" dates the effect's onset in a trial that measured before it: a claim
        # faster than that is refuted, not untested like one faster than a trial's only (end) time point
        onset = any(_ONSET_RE.match(t) for _, t, d in tf.reported if d == earliest)
        if tf.fits:
            notes.append(f"the claimed time frame ({frame.time_frame}) fits time points the records report: {shown}")
        elif earliest <= 2 * tf.claimed_days and not onset and not (seen_later := _seen_later(claim, frame, mine, records)):
            # "within about three months" where the trials measured at six: the time point is untested, not
            # refuted; only a time frame far beyond what studies report ("overnight" for months) goes against
            if _VERDICT_RANK.get(verdict, 0) >= 3:
                verdict = "partly supported"
            notes.append(f"the claimed time frame ({frame.time_frame}) is shorter than any the records report "
                         f"(earliest {_days(earliest)}), but not far from it: untested, not refuted: {shown}")
        elif earliest <= 2 * tf.claimed_days and not onset:
            # VERD3: a plain deadline ("visible regrowth within six weeks") that the records measured past, where the
            # studies in people that say when they saw the effect all saw it later: the records report the time, and
            # it is later (README: a time frame beyond what studies report goes against the claim)
            if _VERDICT_RANK.get(verdict, 0) >= 2:
                verdict, checked_against = "not supported", True
            notes.append(("the studies back the effect, but not in that time: " if checked_against else "")
                         + f"the claimed time frame ({frame.time_frame}) is shorter than any the records report "
                         f"(earliest {_days(earliest)}), and the studies that say when the effect was first seen saw it "
                         f"later: {_fig_list([(p, w) for p, w, _ in seen_later])}")
        else:
            backed = _VERDICT_RANK.get(verdict, 0) >= 2
            if backed:
                verdict = "not supported"
                checked_against = True
            # COMPARE9: the studies counted as backing the claim back its effect; what goes against it is the time
            notes.append(("the studies back the effect, but not in that time: " if backed else "")
                         + f"the claimed time frame ({frame.time_frame}) is shorter than any the records report "
                         f"(earliest {_days(earliest)}): {shown}")
        cited.extend(p for p, _, _ in tf.reported)

    severity = denies_severity(claim, question) and grade.n_relevant > 0
    if severity:
        # "not very painful" is about how much it hurts: reports that pain occurs do not
        # answer it, the magnitudes the records report do (C7)
        sev = check_severity(mine, records)
        verdict, certainty, note = _grade_severity(sev)
        notes.append(note)
        cited.extend(a.pmid for a in sev.body)

    # "suitable for sensitive skin" denies that the harm happens to those people: an occurrence
    # claim for a population (C5 and the population rule below), not one about how serious
    # harms are in general (C8)
    # VERD4: a graded safety word ("the safest option for skin of colour", "gentler on dark skin") asserts a degree of
    # risk against others, not that the harm never happens in those people: that harms occur does not answer it, how
    # serious they were does (C8), population or not
    # (SIGN7: a population named only by generic or quantifier words, "most adults", is people in general)
    for_population = bool(_population_words(frame, claim.quote)) and frame.relation == "denies_harm" and \
        not _GRADED_SAFETY_RE.search(claim.quote)
    risk = not severity and not for_population and denies_risk(claim, question) and grade.n_relevant > 0
    serious_cases_only = False  # C8b: the serious harm an ungraded "safe" meets is known from case reports only
    if risk:
        # "safe, with low risk of adverse effects": that harms occur does not answer it, how
        # serious they were does (C8)
        rc = check_risk(mine, records)
        verdict, certainty, note = _grade_risk(rc)
        notes.append(note)
        cited.extend(a.pmid for a in rc.body)
        ungraded = ungraded_safety(claim)
        harmed_people = serious_in_people(rc) if ungraded else []
        if harmed_people and verdict in ("supported", "partly supported"):
            # C8b: "safe" (ungraded) says no serious harm; one documented in people goes against it. Case reports
            # alone show that it can happen, not how often (V10c): not supported, on neither side
            cases_only = all(a.design in _CASE_DESIGNS for a in harmed_people)
            there = [a for a in harmed_people if a.pmid in records and site_named(claim.quote, records[a.pmid])]
            notes.append(f"'{ungraded}', ungraded, says it causes no serious harm, and "
                         f"{len(harmed_people)} record{'s report' if len(harmed_people) != 1 else ' reports'} a serious "
                         f"harm in people who had it ({_pmids_of(harmed_people)}), so the claim is not supported"
                         + ("; case reports show that it can happen, not how often, so the claim is placed on neither side"
                            if cases_only and not there else ""))
            verdict = "not supported"
            checked_against, serious_cases_only = checked_against or not cases_only, cases_only
            if cases_only and there:
                # VERD4 (ICH E2A; GRADE: serious harms count even from case reports): "safe around the eyes" claims
                # safety at one site; a serious harm documented at that site is a counterexample where the claim is
                # made, not a rare event elsewhere, so the claim is contradicted
                site = site_named(claim.quote, records[there[0].pmid])
                notes.append(f"the claim is about the {site}, and {_pmids_of(there)} report"
                             f"{'s' if len(there) == 1 else ''} the serious harm there, so it is contradicted")
                verdict, checked_against, serious_cases_only = "contradicted", True, False

        ranked = _RANKED_SAFETY_RE.search(claim.quote)
        rank_words = ranked.group(0) if ranked else ""
        ranked_harmed = serious_in_people(rc) if ranked and not harmed_people else []
        ranks = [a for a in mine if a.pmid in records and a.pmid not in {h.pmid for h in ranked_harmed}
                 and _SAFETY_RANK_RE.search(records[a.pmid].abstract_text)] if ranked_harmed else []
        if ranks:
            # the comparison the rank needs is in the records (a record that calls it safer or gentler than others):
            # serious harm documented in single cases does not place it below its class
            ranked_harmed = []
            notes.append(f"'{rank_words}' ranks it among the safest of its kind, and {_pmids_of(ranks)} "
                         f"compare{'s' if len(ranks) == 1 else ''} its safety with others in its favour")
        if ranked_harmed and verdict in ("supported", "partly supported"):
            # SIGN9 (GRADE: a comparative claim needs comparative evidence): "one of the safest" ranks it at the safe
            # end of its class, which no severity body shows by itself; serious harm documented in people who had it
            # stops the records backing that rank, but without a comparison with the class they cannot refute it
            # either: not supported, on neither side
            notes.append(f"'{rank_words}' ranks it among the safest of its kind, which needs a comparison with "
                         f"that kind that no record here makes, and {len(ranked_harmed)} record"
                         f"{'s report' if len(ranked_harmed) != 1 else ' reports'} a serious harm in people who had it "
                         f"({_pmids_of(ranked_harmed)}): the rank is not supported and is placed on neither side")
            verdict, serious_cases_only = "not supported", True

    # (whatever C8 made of how serious the harms were: how often one happens is evidence of its own)
    common = frequent_harm_records(claim, mine) if risk and verdict != "contradicted" else []
    if common:
        # C8c (CIOMS frequency categories): "rarely" / "rare" / "uncommon" says how often the named harm happens;
        # a record that reports it in a tenth or more of people ("very common") goes against the claim, however
        # mild the harm is
        word = _RARE_CLAIM_RE.search(claim.quote)
        notes.append(f"the claim says the harm is '{word.group(0) if word else 'rare'}', but "
                     f"{len(common)} record{'s report' if len(common) != 1 else ' reports'} it in a tenth or more of "
                     f"people ({_pmids_of(common)}), so the claim is not supported")
        verdict, checked_against = "not supported", True
        cited.extend(a.pmid for a in common)

    use_span = long_use_claimed(claim.quote) if frame.relation == "denies_harm" else None
    long_use_unchecked = False
    if use_span and verdict in ("supported", "partly supported"):
        # SGN17 (as V12d for how long an effect lasts): "safe to use for years" is safety over years of use; harms
        # seen in studies that followed people for months do not check it (GRADE: no study measured it), so the
        # claim is not supported, on neither side
        longest = longest_follow_up(mine, records)
        if longest < use_span[1] * 0.67:
            verdict, long_use_unchecked = "not supported", True
            notes.append(f"the claim says it is safe for use '{use_span[0]}', but no record followed people that long"
                         + (f" (longest {_days(longest)})" if longest else "") + ": safety over that span is unchecked")

    pop = _population_words(frame, claim.quote)
    in_pop = [a for a in mine if a.included and a.pmid in records and pop and _mentions_population(records[a.pmid], pop)]
    harmed = [a for a in in_pop if a.direction in ("supports", "mixed")] if question.kind == "safety" else []
    pop_decided = False
    # "The team reported no side effects": a report of one study, judged below on the records that saw
    # no harm; other studies of the same population do not refute what that team reported
    study_report = bool(frame.relation == "denies_harm" and _STUDY_REPORT_RE.search(claim.quote))
    unharmed = [a for a in mine if a.included and a.direction in ("no effect", "contradicts")
                and not a.indirect and a.design not in ("narrative review", "guideline")]
    graded_risk = risk and bool(_GRADED_SAFETY_RE.search(claim.quote))  # VERD4: judged on severity (C8), not occurrence
    if frame.relation == "denies_harm" and harmed and _VERDICT_RANK.get(verdict, 0) >= 2 and not (study_report and unharmed) \
            and not graded_risk:
        # records about this very population report the harm the claim denies for it
        notes.append(f"records that mention {' or '.join(sorted(pop))} report the harm ({_pmids_of(harmed)}), so a "
                     f"claim that {frame.population} need not worry is not supported")
        verdict, pop_decided = "not supported", True  # the claim's own verdict: not to be mirrored again
        cited.extend(a.pmid for a in harmed)
    # V10c: people in general are the wider group the claim's people belong to, so a harm that
    # controlled or observational studies saw in them is not ruled out for that group (GRADE:
    # indirect, but on the claim's side of doubt only if none saw it); case reports alone show it
    # can happen, not that it is common enough to matter, and stay inconclusive
    seen_in_others = [a for a in mine if a.included and a.direction in ("supports", "mixed") and not a.indirect
                      and a.design not in _NOT_REPORTING_DESIGNS
                      and not (a.design in ("meta-analysis", "systematic review") and a.review_pools == "case reports")
                      ] if question.kind == "safety" and not in_pop else []
    if (frame.relation == "denies_harm" and pop and verdict != "no evidence found" and not in_pop and seen_in_others
            and not study_report and not pop_decided):
        notes.append(f"the claim is about {frame.population}; no record studies {' or '.join(sorted(pop))}, but "
                     f"{len(seen_in_others)} stud{'y' if len(seen_in_others) == 1 else 'ies'} of people in general "
                     f"report{'s' if len(seen_in_others) == 1 else ''} the harm ({_pmids_of(seen_in_others)}), and nothing shows {frame.population} are spared it")
        verdict, pop_decided, checked_against = "not supported", True, True
        cited = cited[:from_question] + [a.pmid for a in seen_in_others]
    elif (frame.relation == "denies_harm" and pop and verdict != "no evidence found" and not in_pop):
        # "suitable for sensitive skin": a denial for a population is answered by studies of it
        notes.append(f"the claim is about {frame.population}, and no record studies {' or '.join(sorted(pop))} "
                     "(the evidence is indirect for this population)")
        verdict, certainty = "no evidence found", "No evidence found"
        cited = cited[:from_question]

    if grade.n_relevant == 0 or (grade.certainty == "No evidence found" and len(cited) == from_question):
        # nothing usable was found, and the claim's own checks found no record either: a
        # missing head-to-head trial or figure cannot make that "not supported" (C6)
        verdict = "no evidence found"
        if fig.claimed and grade.n_relevant == 0:
            # a figure with nothing to hold it to is unchecked, not disproved: say so in words (C3), so "93% of
            # users" is not read as checked
            notes.append(f"no record was found to check the claimed {_claimed_words(frame)} against, so the figure "
                         "is unchecked (not disproved)")
    if (claim.stance == "affirms" and not (severity or risk) and not checked_against and not dur_against
            and not lead_unclear and verdict == grade.verdict == "not supported" and grade.certainty == "Very low"
            and _opposite(mine, claim.stance) == 0):
        # GRADE: at very low certainty the true effect may be substantially different, so null
        # results alone cannot show that it does not work; say so rather than go against it
        notes.append("the evidence against it is only studies that found no difference, at very low certainty: "
                     "too uncertain to show that it does not work")
        verdict = "no evidence found"
    unframed = _NEGATED_COMPARATIVE_RE.search(claim.quote) if (
        claim.origin == "auto" and not frame.comparator and frame.relation not in ("superior", "equivalent")) else None
    if unframed and verdict != "no evidence found":
        # "no harsher on the skin than a basic moisturiser" claims at most parity with another arm; the frame read
        # no comparison, so its question's evidence answers another claim: abstain rather than take a side (C9)
        notes.append(f"the claim compares it with another treatment ('{unframed.group(0)}'), which its question does "
                     "not: the two could not be aligned")
        verdict, certainty = "no evidence found", "No evidence found"
        cited = cited[:from_question]
    misaligned = claim.origin == "auto" and not aligned(frame, question)
    cmp_as_outcome = claim.origin == "auto" and not misaligned and comparator_in_outcome(frame, question)
    if cmp_as_outcome:
        # SGN17 (#14 item 2: the comparator is never the intervention nor an outcome): "outperformed placebo on hair
        # counts" asked about "placebo on hair" asks about the standard of comparison; its records answer another question
        notes.append(f"the question's outcome ('{question.outcome}') names the claim's comparator ({frame.comparator}), "
                     "not what the claim says changes: the two could not be aligned")
        verdict, certainty = "no evidence found", "No evidence found"
        cited = cited[:from_question]
        misaligned = True
    elif misaligned:
        # a harm claim graded on a benefit question (or the reverse) would land the verdict on
        # a side the claim never took; abstain with the reason instead (C9)
        notes.append(f"the claim {_RELATION_WORDS.get(frame.relation, frame.relation)} "
                     f"{frame.outcome or question.outcome}, but its question asks about "
                     f"{'a harm' if question.kind == 'safety' else 'a benefit'}: the two could not be aligned")
        verdict, certainty = "no evidence found", "No evidence found"
        cited = cited[:from_question]
    elif (claim.origin == "auto" and claim.frame is not None and verdict != "no evidence found"
          and frame.relation != "mechanism" and verdict == grade.verdict  # (borrowed as it stands: the claim's own checks of time or amount read the claim)
          and not ((frame.relation in ("superior", "equivalent") or _COMPARISON_RE.search(claim.quote))
                   and outcome_elsewhere(frame, question, claim.quote))  # (VERD4 places a comparison on neither side)
          and (unmeasured := outcome_unmeasured(frame, question, mine, records))):
        # SIGN6 (GRADE indirectness of outcome, PICO): "it smells nicer too" filed on the article's main question takes
        # that question's records, which measured its outcome, not this one: a verdict borrowed from another outcome
        # would place the claim on a side no record took, so no evidence is found for it, and the reason says why
        notes.append(f"the claim is about {unmeasured}, which none of the records its question ({question.outcome}) "
                     "found measures: they answer another question, so no evidence about this one was found")
        verdict, certainty = "no evidence found", "No evidence found"
        cited = cited[:from_question]
        misaligned = True
    elif (claim.origin == "auto" and claim.frame is not None and verdict != "no evidence found"
          and frame.relation in ("harm", "denies_harm") and (unsaid := outcome_unsaid(frame, question, claim.quote))):
        # SIGN8 (GRADE indirectness of outcome, PICO): "and my hair wasn't greasy either", its harm carried over from a
        # clause before it ("never gave me a single itch"): the quote names its own harm, not the one it was filed
        # under, so the records on that one answer another question and place the claim on no side
        notes.append(f"the claim speaks of '{' '.join(unsaid)}', not of {frame.outcome or question.outcome}, which its "
                     f"question ({question.outcome}) asks about: the records answer another question, so no evidence "
                     "about this one was found")
        verdict, certainty = "no evidence found", "No evidence found"
        cited = cited[:from_question]
        misaligned = True
    study_unit = _STUDY_UNIT_RE.fullmatch(question.intervention.strip())
    if claim.origin == "auto" and verdict != "no evidence found" and (
            study_unit or _CATEGORY_NOUN_RE.fullmatch(question.intervention.strip())):
        # VRD (GRADE indirectness of intervention): "Treatment is painless" asked as "treatment AND pain" names no
        # treatment, only the category; its query finds records of any treatment, none of them direct evidence about
        # the one the article offers, so the claim is not placed. VERD3: the same for a word research uses for its own
        # units ("group", "arm", "cohort"), which every trial's text holds whatever it tested
        notes.append(f"the question's intervention ('{question.intervention}') names no treatment, only "
                     + ("a unit of a study" if study_unit else "its category")
                     + ", so the records it finds are about other treatments: no direct evidence")
        verdict, certainty = "no evidence found", "No evidence found"
        cited = cited[:from_question]
    # SIGN9 (#14 item 4, GRADE indirectness of outcome): a claim of how risky it is ("safe for your eyes") is about the
    # harm its question names too; how serious other harms were says nothing about that one, so C8's severity body
    # answers it only when a record names the harm
    unnamed = (not misaligned and not severity and question.kind == "safety" and grade.n_relevant > 0
               and frame.relation in ("harm", "denies_harm") and verdict != "no evidence found"
               and not _harm_named(question, mine, records))
    if unnamed:
        # GRADE indirectness of outcome: "No downtime" is not answered by records that report
        # adverse events in general; only a record that names the harm can show it or rule it out
        notes.append(f"no record names {question.outcome} itself: the records found by the query's general harm "
                     "terms report other harms, which is indirect evidence for this one")
        verdict, certainty = "no evidence found", "No evidence found"
        cited = cited[:from_question]
    # A claim that denies the question's statement ("microneedling is not painful" for
    # "does microneedling cause pain?") is judged against the mirrored verdict.
    late_only = False
    if (claim.stance == "denies" and frame.relation == "no_effect" and frame.time_frame_days is not None
            and frame.time_frame_days <= 31 and not misaligned and grade.n_relevant):
        # "no device regrows hair in days": the negation scopes over the time frame, so effects
        # reported only at later time points back the denial of a quick one
        quick = check_time_frame(replace(frame, relation="benefit"), question, mine, records, claim.quote)
        if quick.reported and not quick.fits and grade.verdict in ("supported", "partly supported"):
            earliest = min(d for _, _, d in quick.reported)
            notes.append(f"the claim denies an effect {frame.time_frame}; the records report effects only from "
                         f"{_days(earliest)} on ({_fig_list([(p, t) for p, t, _ in quick.reported])}), which backs it")
            verdict, late_only = "partly supported", True
    scoped = False  # judged as a report of one study (the others neither refute nor outvote it)
    minimised = False  # a minimiser ("barely") claims a small effect: an effect of unknown size places it on neither side
    rise_denied = False  # a denied rise in a harm: records that the harm occurs place it on neither side
    other_harms = False  # VERDICT23: a denial of one named harm whose records report only other harms
    partitive = False  # a denial said of part of a kind: records of the kind place it on neither side
    unshown_backed = False  # SIGN7: "no clear effect" where the records show none clearly (low certainty)
    denial_refuted = False  # VERD3: a plain denial the records refute: not supported, against
    # (VERD3: head-to-head results are read against the claim's own comparison, "no better than" included, so a stance
    # taken from a question of the other kind ("tretinoin is no better than retinol" filed on a risk question) must not
    # mirror them again)
    if (claim.stance == "denies" and not severity and not risk and not misaligned and not late_only and not pop_decided
            and not compared):
        reporters = [a for a in mine if a.included and a.direction in ("supports", "mixed")]
        nulls, other_outcome = reread_for_denial(question, reporters, records) if (
            frame.relation == "no_effect" and question.kind != "safety") else ([], [])
        if nulls or other_outcome:
            # VERD4: "didn't make hair greasier" denies an effect on one outcome; a record whose direction was read from a
            # sentence about another outcome (its conclusion on the main one) says nothing of it: the record's own
            # sentence on the denied outcome decides (a null there backs the denial), and a record with none is set aside
            mine = [replace(a, direction="no effect") if a.pmid in nulls else a for a in mine if a.pmid not in other_outcome]
            grade = grade_question(question, mine, n_hits=grade.n_hits)
            verdict, certainty, cited = grade.verdict, grade.certainty, list(grade.cited_pmids)
            from_question = len(cited)
            reporters = [a for a in mine if a.included and a.direction in ("supports", "mixed")]
            notes.append("; ".join(part for part in (
                f"{_pmids_of_ids(nulls)} report{'s' if len(nulls) == 1 else ''} no change in {question.outcome} itself"
                if nulls else "",
                f"{_pmids_of_ids(other_outcome)} report{'s' if len(other_outcome) == 1 else ''} an effect on another outcome only, no "
                f"evidence about {question.outcome}" if other_outcome else "") if part))
        mirrored = _DENIED.get(verdict, verdict)
        # (R2VERD: a denial of harm in general, "no side effects", filed on a question about one harm denies that one too,
        # so any harm a record reports refutes it; only a denial naming one harm is held to records that name it)
        specific = _specific_harm_terms(question, degree_generic=True) if (
            question.kind == "safety" and frame.relation == "denies_harm"
            and not (claim.frame is not None and harm_in_general(frame.outcome or ""))) else []
        if (specific and reporters and mirrored in ("not supported", "contradicted") and not checked_against
                and all(a.pmid in records for a in reporters)  # (only records read can be said never to name it)
                and not any(mentions(f"{records[a.pmid].title} {records[a.pmid].abstract_text}", specific)
                            for a in reporters if a.pmid in records)):
            # VERDICT23 (GRADE indirectness of outcome, like with like): a denial of one named harm ("can't affect your
            # heart") is refuted by records of that harm; records that report other harms (itching, unwanted hair) and
            # never name it do not test it, so they place the claim on neither side
            notes.append(f"the claim denies one harm in particular ({question.outcome}), and the {len(reporters)} record"
                         f"{'s' if len(reporters) != 1 else ''} that report harms ({_pmids_of(reporters)}) never name it: "
                         "they report other harms, which do not test this one, so the claim is placed on neither side")
            mirrored, other_harms = "not supported", True
        part = _PARTITIVE_SUBJECT_RE.match(claim.quote)
        if study_report and unharmed and mirrored in ("not supported", "contradicted"):
            # "The team reported no side effects in any group" reports one study: its quantifier
            # ranges over that study's groups, not over every use, so harms other studies report do
            # not refute it; records that saw no harm back the report, which does not generalise
            notes.append(f"the claim reports what one study found, so its 'no ... any' ranges over that study, not "
                         f"every use: {len(unharmed)} record{'s' if len(unharmed) != 1 else ''} report no harm "
                         f"({_pmids_of(unharmed)})" + (f", while {len(reporters)} other{'s' if len(reporters) != 1 else ''}"
                                                       f" report it ({_pmids_of(reporters)}), so it does not generalise"
                                                       if reporters else ""))
            mirrored, scoped = "partly supported", True
        elif part and mirrored in ("not supported", "contradicted") and reporters and not checked_against:
            # SGN17: "many cosmetic retinol products have never beaten a plain moisturiser": the negation holds of
            # an unnamed part of the kind; records that a member does it may be of other members (GRADE
            # indirectness), so they neither refute nor back it: not supported, on neither side
            kind = " ".join(claim.quote[:part.end("np")].split()).strip(" ,;:")
            notes.append(f"the claim is about part of a kind ('{kind}'), unnamed; "
                         f"{len(reporters)} stud{'y reports' if len(reporters) == 1 else 'ies report'} it for the "
                         f"treatment studied ({_pmids_of(reporters)}), which need not be among those meant, so the claim "
                         "is placed on neither side")
            mirrored, partitive = "not supported", True
        elif (mirrored in ("not supported", "contradicted") and frame.relation == "no_effect" and reporters
              and not checked_against and (state := _restricted_state(claim.quote)) is not None):
            # FRAME9 (GRADE indirectness of outcome): "it did not fade pigmentation that had already formed" restricts
            # the outcome, by a restrictive relative clause or a premodifier of prior existence, to a state already in
            # place; the effects the records report on the outcome in general (or on its prevention) need not be on
            # that state, so they neither refute nor back the denial
            notes.append(f"the claim denies an effect only on a state already in place ('{state}'); the effect "
                         f"{_pmids_of(reporters)} report{'s' if len(reporters) == 1 else ''} need not be on that state, so "
                         "the claim is placed on neither side")
            mirrored, partitive = "not supported", True
        elif (mirrored in ("not supported", "contradicted") and frame.relation == "no_effect" and reporters
              and (subgroup := subgroup_records(frame, question, mine, records))
              and all(a.direction in ("no effect", "contradicts") for a in subgroup[1])):
            # VERD3 (GRADE indirectness of population): "it did nothing for his alopecia totalis" names a narrower
            # condition than its question ("alopecia"); the records that study that condition are the direct evidence,
            # and they agree with the denial; the effects others report in other forms of it are indirect and do not
            # outweigh them, so the claim is judged on its own people's records
            words, direct = subgroup
            elsewhere_ = [a for a in reporters if a not in direct]
            studied = frame.population if set(words) & set(_tokens(frame.population or "")) else frame.outcome
            notes.append(f"the claim is about {studied}, which {_pmids_of(direct)} studied and found no effect; "
                         f"the effect {_pmids_of(elsewhere_)} report{'s' if len(elsewhere_) == 1 else ''} is in other people, "
                         "indirect for these")
            mine, verdict, certainty, cited = _judged_on(direct, question, grade.n_hits, cited[:from_question])
            mirrored, reporters = _DENIED.get(verdict, verdict), []
        elif (mirrored in ("not supported", "contradicted") and frame.relation == "no_effect" and reporters
              and (dose := strength_records(claim.quote, frame, mine, records)) is not None):
            # (lead, session 17; GRADE indirectness of intervention) "the 0.01% strength did no better than the base
            # cream" denies an effect of one strength: the effects records report for other strengths are indirect
            # for it, and a trial of several strengths reports one direction for all its arms, so unless every record
            # naming this strength agrees with the denial, the claim is placed on neither side
            label, direct = dose
            if direct and all(a.direction in ("no effect", "contradicts") for a in direct):
                notes.append(f"the claim is about the {label} strength, which {_pmids_of(direct)} studied and found no "
                             "effect; the effects other records report are for other strengths, indirect for this one")
                mine, verdict, certainty, cited = _judged_on(direct, question, grade.n_hits, cited[:from_question])
                mirrored, reporters = _DENIED.get(verdict, verdict), []
            elif (weak := strength_null(claim.quote, frame, mine, records)) is not None:
                # SIGN6: a trial of several strengths reports one direction for all its arms, but its own sentence on
                # this strength ("the 0.01% and 0.001% strengths did not differ significantly from vehicle") is the
                # direct evidence about it: read as a null, it backs the denial; the other records' effects are of
                # other strengths, indirect for this one
                _, null_arms = weak
                notes.append(f"the claim denies an effect of the {label} strength, and {_pmids_of(null_arms)} "
                             f"report{'s' if len(null_arms) == 1 else ''} that strength no different from the inactive "
                             "control; the effects the records report are of other strengths, indirect for this one")
                mine, verdict, certainty, cited = _judged_on([replace(a, direction="no effect") for a in null_arms], question,
                                                             grade.n_hits, cited[:from_question])
                mirrored, reporters = _DENIED.get(verdict, verdict), []
            else:
                where = (f"{_pmids_of(direct)} name{'s' if len(direct) == 1 else ''} it among other arms"
                         if direct else "no record names it")
                notes.append(f"the claim denies an effect of the {label} strength; {where}, and the effects "
                             f"{_pmids_of(reporters)} report{'s' if len(reporters) == 1 else ''} need not be that "
                             "strength's, so the claim is placed on neither side")
                mirrored, partitive = "not supported", True
        elif (mirrored == "not supported" and claim.strength == "absolute" and reporters and not other_harms
                and not (frame.population and frame.relation == "denies_harm")):
            # a universal negative ("never", "zero risk", "completely painless") is refuted by
            # documented occurrences, not merely left unsupported (one reporting study suffices;
            # a denial for one population is answered by studies of that population, above)
            notes.append(f"the claim denies it ever happens ({question.outcome}, absolute wording), and {len(reporters)} stud"
                         f"{'y reports' if len(reporters) == 1 else 'ies report'} that it does ({_pmids_of(reporters)})")
            mirrored = "contradicted"
        if mirrored != verdict and not scoped and not partitive and not other_harms:
            # in words: what the studies found about the thing the claim denies, not the question's grade
            if verdict in ("supported", "partly supported") and reporters and question.kind == "safety":
                notes.append(f"the claim denies {question.outcome}, and {len(reporters)} stud"
                             f"{'y reports' if len(reporters) == 1 else 'ies report'} it ({_pmids_of(reporters)})")
            elif verdict in ("supported", "partly supported") and reporters:
                # (VERD3: a benefit question's outcome is what the treatment acts on, never a harm the claim denies)
                notes.append(f"the claim denies an effect on {question.outcome}, and {len(reporters)} stud"
                             f"{'y reports' if len(reporters) == 1 else 'ies report'} one ({_pmids_of(reporters)})")
            else:
                notes.append(denial_in_words(frame, question, mine, verdict, mirrored))
        verdict = mirrored
        if (minimiser := _MINIMISER_RE.search(claim.quote)) and frame.relation == "no_effect" and verdict in (
                "contradicted", "not supported") and not checked_against:
            # VRD14 (TRAP scalar): "barely improves wrinkles" asserts an effect too small to matter, not none; records
            # that found an effect without a size that rules out "small" neither back nor refute it
            verdict, minimised = "not supported", True
            notes.append(f"'{minimiser.group(0)}' claims a small effect, not none: the records show an effect but not "
                         "that it is larger than that, so the claim is placed on neither side")
        if (unshown := _UNSHOWN_RE.search(claim.quote)) and frame.relation == "no_effect" and verdict in (
                "contradicted", "not supported") and not checked_against and not minimised and certainty in ("Low", "Very low"):
            # (QUEST5, GRADE) "found no clear drop", "no significant difference": a denial graded by how plainly the effect
            # was shown says it was not shown, not that there is none. SIGN7 (GRADE: low or very low certainty means the
            # effect is not clearly established): records of an effect at that certainty have not shown it plainly
            # either, which is what the claim reports, so they back it; they still report an effect in its direction,
            # so at most partly supported (at moderate or high certainty they refute it, as above)
            verdict, unshown_backed = "partly supported", True
            notes.append(f"'{unshown.group(0)}' denies that an effect was shown, not that there is one: the records "
                         f"report an effect only at {certainty.lower()} certainty, so no clear effect has been shown, "
                         "as the claim says; partly supported")
        rise = _DENIED_RISE_RE.search(claim.quote) or (
            _WITHOUT_RE.match(claim.quote) if frame.comparator and frame.comparator_norm else None)
        if rise and frame.relation == "denies_harm" and verdict in ("contradicted", "not supported") and not checked_against:
            # "the needles don't make the light stage more painful" denies a rise over going without them, not the
            # harm itself: records that the harm occurs do not measure that rise (GRADE indirectness), so they
            # place the claim on neither side; a head-to-head comparison of the harm would
            # (R2VERD, PICO: a denied rise over a named arm is answered by trials of the two that compare that harm in
            # each arm: tested results with no more of it in the claim's arm back the denial, more of it goes against)
            arms = denied_rise_comparisons(frame, question, mine, records, claim.quote)
            fewer_or_alike = [h for h in arms if h.outcome in ("win", "tie")]
            more_harm = [h for h in arms if h.outcome == "loss"]
            if arms:
                # each trial placed by its comparison of the harm, as the verdict reads it ("no more of it": parity)
                cmp_sides = comparison_sides(arms, "parity")
            if fewer_or_alike and not more_harm:
                verdict = "partly supported"
                notes.append(f"the claim denies a rise in {question.outcome} ('{rise.group(0).strip()}') over "
                             f"{frame.comparator}, and the trials of the two report no more of it with "
                             f"{frame.intervention_norm or frame.intervention} ({_pmid_list(fewer_or_alike)}), which backs it")
            elif more_harm and not fewer_or_alike:
                verdict, checked_against = "not supported", True
                notes.append(f"the claim denies a rise in {question.outcome} ('{rise.group(0).strip()}') over "
                             f"{frame.comparator}, but the trials of the two report more of it with "
                             f"{frame.intervention_norm or frame.intervention} ({_pmid_list(more_harm)})")
            else:
                verdict, rise_denied = "not supported", True
                notes.append(f"the claim denies a rise in {question.outcome} ('{rise.group(0).strip()}') over "
                             f"{frame.comparator if frame.comparator else 'going without it'}; the records report that the "
                             "harm occurs, not whether it is more frequent or worse with it")
        serious = [a for a in reporters if a.harm is not None and a.harm.severity in ("serious", "mild and serious")]
        if (verdict == "contradicted" and claim.strength != "absolute" and not _ABSOLUTE_DENIAL_RE.search(claim.quote)
                and not serious and reporters):
            # VERD3 (README: a denial where records report the harm is contradicted when the claim is absolute or the
            # harm serious, otherwise not supported, against): a plain "won't cause X" or "did nothing for Y" is
            # refuted by records of X or of an effect on Y, but says less than "never": not supported, against
            verdict, denial_refuted = "not supported", True
            notes.append("the claim is not worded as absolute and no record reports the harm as serious, so the records "
                         "make it not supported rather than contradicted" if question.kind == "safety" else
                         "the claim is not worded as absolute, so the records make it not supported rather than "
                         "contradicted")
    if (claim.stance == "affirms" and frame.relation == "benefit" and question.kind != "safety" and not checked_against
            and verdict in ("supported", "partly supported") and (weak := strength_null(claim.quote, frame, mine, records))):
        # SIGN6 (GRADE indirectness of intervention): a benefit claimed for one strength is answered by the records that
        # name it; each reports that strength no different from its inactive control, so the effects the body shows are
        # other strengths', and the direct evidence goes against the claim
        label, direct = weak
        notes.append(f"the claim is about the {label} strength, and {_pmids_of(direct)} report{'s' if len(direct) == 1 else ''} "
                     "it no different from the inactive control: the effects the records show are of other strengths")
        verdict, checked_against = "not supported", True
        cited.extend(a.pmid for a in direct if a.pmid not in cited)
    small = _SMALL_EFFECT_RE.search(claim.quote) if frame.relation == "benefit" and claim.stance == "affirms" else None
    if small and verdict == "supported":
        # SIGN6 (GRADE: the size of an effect is part of what is claimed): "only a mild effect on fine lines", "limited
        # effect" asserts an effect and that it is small; the records back the effect, not that its size is small
        verdict = "partly supported"
        notes.append(f"the claim says the effect is small ('{small.group(0)}'): the records back an effect, not its size")
    backers = [a for a in mine if a.included and study_side(a.direction, claim.stance, question.kind) == "backs"]
    if (verdict in ("supported", "partly supported") and not (severity or risk) and backers
            and question.kind != "mechanism" and grade.certainty in ("Low", "Very low")
            and all(a.indirect for a in backers) and all(_active_comparison_only(a) for a in backers)):
        # a trial against another active treatment only answers "does it work?" from the change within its
        # arm: uncontrolled evidence on the claim's own treatment, outcome and people, not another question
        # (GRADE: indirect comparison, rated down, not set aside), so at most partly supported
        verdict = "partly supported"
        notes.append(f"the studies that back it compared it with another active treatment only ({_pmids_of(backers)}): "
                     "the improvement within its arm is uncontrolled evidence that it works")
    elif (verdict in ("supported", "partly supported") and not (severity or risk) and backers
            and question.kind != "mechanism" and grade.certainty in ("Low", "Very low")
            and all(a.indirect for a in backers) and all(_other_species_only(a) for a in backers)
            and not any(a.included and study_side(a.direction, claim.stance, question.kind) == "against" for a in mine)):
        # V10d: animals or cells given the claim's own treatment for its own outcome answer its question in
        # another species: the same side, at the lowest certainty (GRADE: indirect population, rated down),
        # so partly supported at Very low; a study of another outcome or treatment answers another question
        verdict, certainty = "partly supported", "Very low"
        notes.append(f"only studies in animals or cells back it ({_pmids_of(backers)}): the same treatment and outcome "
                     "in another species, indirect for people, so at most partly supported")
    elif (verdict in ("supported", "partly supported") and not (severity or risk) and backers
            and question.kind != "mechanism" and grade.certainty in ("Low", "Very low")
            and all(a.indirect for a in backers)):
        # every study that backs an effect on people answers another question (other outcome,
        # other treatment, cells instead of people), and certainty is already low: such
        # evidence cannot put the claim on either side (mechanisms are studied in models)
        notes.append(f"every study that backs it is indirect ({_pmids_of(backers)}: "
                     f"{backers[0].indirectness or 'another question'})")
        verdict, certainty = "no evidence found", "No evidence found"
    if verdict == "contradicted" and frame.relation == "mechanism" and certainty == "Very low":
        # SIGN5 (GRADE): a mechanism is a process inside the body that records observe only indirectly (biopsies, cells,
        # animals); at very low certainty the true effect may be substantially different from the estimate, so a body
        # against it leaves the mechanism not supported, not shown absent
        verdict = "not supported"
        notes.append("the records against the mechanism are of very low certainty: they leave it unsupported, "
                     "they do not show it absent")
    if verdict == "supported" and frame.relation == "mechanism" and not _mechanism_measured(frame, question, mine, records):
        # VRD14 (GRADE indirectness of outcome): "kills acne bacteria", "wakes up follicles" name how it works; trials
        # that measured only the clinical result back it in direction, none shows the process itself
        verdict = "partly supported"
        notes.append(f"the records that back it measured the clinical result, not {frame.outcome or 'the mechanism'} "
                     "itself: consistent with the mechanism, not a test of it")
    if verdict == "supported" and frame.relation == "harm" and (cond := _CONDITIONAL_HARM_RE.search(claim.quote)):
        # VRD14 (GRADE indirectness): "if the care is not appropriate, serious sequelae can occur" asserts a harm under
        # a circumstance (misuse, poor technique) that the trials, done as planned, did not study
        verdict = "partly supported"
        notes.append(f"the claim is about harm under a condition ('{cond.group(0)}') the studies did not test: the harms "
                     "they report are indirect evidence for it")
    if verdict == "supported" and frame.relation == "harm" and (rise := _RISK_RISE_RE.search(claim.quote)):
        # VRD14: "these products further increase the risk" compares risks (with and without them); records that the
        # harm occurs do not measure that rise (GRADE indirectness), so they back it only in direction
        verdict = "partly supported"
        notes.append(f"the claim says the risk rises ('{rise.group(0)}'), and the records report that the harm occurs, "
                     "not by how much its risk rises")
    if (verdict == "supported" and frame.relation in ("benefit", "mechanism") and claim.stance == "affirms"
            and first_person_anecdote(claim.quote)):
        # V10e: one person's result ("my skin feels plumper") is a single case: trials back the direction,
        # not that this person got it or got that much (GRADE: a case report's certainty), so partly supported
        verdict = "partly supported"
        notes.append("the claim is one person's own result, which trials of average effects back only in direction")
    case_shown = False
    if (verdict == "partly supported" and frame.relation == "harm" and claim.stance == "affirms" and not checked_against
            and not amount_unverified and not frame.magnitude_value and question.kind == "safety" and reports_case(claim.quote)
            and (seen_in := [a for a in mine if a.included and a.pmid in records and a.direction == "supports"
                             and a.design not in ("narrative review", "guideline", "animal", "in vitro")])):
        # VRD16: "there are reports of ...", "a woman whose retina was damaged after ...": an existential claim that
        # a harm has occurred is verified by one record of it (GRADE: serious harms count even from case reports);
        # it asserts no frequency, so the low certainty of a body of case reports does not cap it
        verdict, case_shown = "supported", True
        notes.append(f"the claim says that the harm has been seen, not how often, and {len(seen_in)} record"
                     f"{'s report' if len(seen_in) != 1 else ' reports'} it in people ({_pmids_of(seen_in)})")
    if (verdict == "partly supported" and frame.relation == "harm" and claim.stance == "affirms" and not checked_against
            and not amount_unverified and not frame.magnitude_value and question.kind == "safety"
            and _POSSIBLE_RE.search(claim.quote) and not _CONDITIONAL_HARM_RE.search(claim.quote)
            and not any(a.included and a.direction == "contradicts" for a in mine)
            and (observed := [a for a in mine if a.included and a.pmid in records and a.direction == "supports"
                              and a.design not in _NOT_OBSERVED_IN_PEOPLE])):
        # SIGN5: "X can cause Y", "Y can happen" asserts that the harm is possible, not how often: studies that observed
        # it in groups of people (a case series, a cohort, a trial; not one case report, whose cause is uncertain) and
        # none that looked for it and saw none verify that, so the low certainty of a small body does not cap it
        verdict, case_shown = "supported", True
        notes.append(f"the claim says the harm can happen, not how often, and {len(observed)} record"
                     f"{'s' if len(observed) != 1 else ''} observed it in people ({_pmids_of(observed)})")
    harms_indirect = False
    if elsewhere and not (severity or risk) and ((frame.relation == "denies_harm" and verdict in ("supported", "partly supported"))
                      or (frame.relation == "harm" and verdict in ("not supported", "contradicted"))):
        # SGN17 (GRADE indirectness, not set aside): harms a record says of a sibling arm (the other colour of light
        # in the same trial, the light given with a photosensitiser) are indirect evidence about this arm; with them
        # the direct records that saw no harm cannot back a denial, nor refute a harm: placed on neither side (a claim
        # judged on how serious harms are, C7/C8, is answered by the severities of its own arm's records)
        verdict, harms_indirect = "not supported", True
        notes.append(f"the harms {_pmids_of([a for a in appraisals if a.pmid in elsewhere])} report for another arm are "
                     "indirect evidence about this one, so the claim is placed on neither side")
    # C7/C8 re-read the records for how serious: there "supports" already means "backs the claim"
    tally = (tally_of(sev.body, "affirms", "efficacy") if severity else
             tally_of(rc.body, "affirms", "efficacy") if risk else
             comparison_tally(mine, cmp_sides) if cmp_sides is not None else tally_of(mine, claim.stance, question.kind))
    # (R2VERD: a comparison is answered, and so refuted, only by comparisons of the two)
    opposite = _opposite(mine, claim.stance) if not (severity or risk or cmp_sides is not None) else tally.against
    if verdict in ("supported", "partly supported") and opposite > tally.backs and not late_only and not scoped \
            and not harm_direct and not (compared and claim.stance == "denies") and not unshown_backed:
        # never green when more studies find the opposite of what the claim asserts than back it
        notes.append(f"{opposite} stud{'y finds' if opposite == 1 else 'ies find'} the opposite of what the claim asserts "
                     f"and {tally.backs} back{'s' if tally.backs == 1 else ''} it, so it cannot count as supported")
        verdict = "not supported"
    side = "against" if (checked_against or denial_refuted) and verdict in ("not supported", "contradicted") else \
        "backs" if late_only else "unclear" if (lead_unclear or persistence_unchecked or off_unchecked or minimised or rise_denied or sessions_unchecked
                                        or serious_cases_only or other_harms or stop_share_unchecked or partitive or long_use_unchecked or harms_indirect) \
        and verdict == "not supported" \
        else side_of(verdict, tally)
    if (side == "against" and verdict == "not supported" and claim.stance == "denies" and question.kind == "safety"
            and not (checked_against or denial_refuted or severity or risk)):
        # VERD4 (V10c, GRADE: case reports show that a harm can happen, not how often): in the balance of studies
        # that places a plain denial of harm, case reports do not count against it; without them it may not lean
        cases = [a for a in mine if a.included and a.design in _CASE_DESIGNS]
        if cases and side_of(verdict, tally_of([a for a in mine if a not in cases], claim.stance, question.kind)) != side:
            side = "unclear"
            notes.append(f"the studies that go against it outweigh those that back it only with case reports "
                         f"({_pmids_of(cases)}), which show that a harm can happen, not how often: its side is unclear")
    if (amount_unverified and side == "backs" and frame.relation in ("benefit", "superior")
            and not re.search(r"\d", frame.comparator or "")):  # "as well as minoxidil 2%": a strength, no amount
        # VRD11 (README: a magnitude no record reports anything comparable to is at most partly supported,
        # its side unclear): the amount is what the claim asserts, and only its direction is backed
        side = "unclear"
        if amount_sourced(claim.quote):
            notes.append("the claimed amount is the point of the claim and nothing comparable is reported, so its side "
                         "is unclear")
        else:
            # V12a (GRADE: the size of the effect is part of what is claimed): an amount the article gives no
            # study for and no record can check is unchecked, so the claim as stated, with its amount, is not
            # supported; only its direction is backed, so it is placed on neither side
            verdict = "not supported"
            notes.append("the claimed amount is the point of the claim, the article names no study for it and nothing "
                         "comparable is reported: the claim as stated is unchecked, only its direction is backed, so it "
                         "is not supported and its side is unclear")
    if control_share and side != "unclear":
        # FIX11b: a control arm's response is a descriptive report of a trial; when unsure, say so
        verdict, side = "not supported", "unclear"
    species = nonhuman_subject(claim.quote, frame) if claim.frame is not None else None
    if species and verdict != "no evidence found" and not any(
            a.included and a.design in _NOT_IN_PEOPLE and a.direction != "unclear" for a in mine):
        # VERDICT23 (GRADE indirectness of population): the claim says what was seen in animals or in the laboratory
        # ('In rats'); no record here studied animals or cells, and studies in people neither show nor refute it
        notes.append(f"the claim reports a finding in animals or in the laboratory ('{species}'), and no record here "
                     "studied animals or cells: studies in people do not test it, so the verdict is placed on neither side")
        verdict, side = "not supported", "unclear"
    given_up = replaced_treatment(frame, claim.quote) if claim.frame is not None else None
    if given_up and side != "unclear":
        # VERD4: "swapped my minoxidil for this" makes minoxidil the treatment given up: English verbs of substitution
        # take what is replaced as their object and what replaces it after "for"/"with"; the claim's result is the
        # replacement's, so evidence on the one given up answers nothing about it, on either side
        notes.append(f"the claim names {given_up} as the treatment given up ('{frame.intervention}' replaced by another), "
                     "so the evidence about it says nothing about the result claimed: the verdict is placed on neither side")
        verdict, side = "not supported", "unclear"
    elsewhere_outcome = outcome_elsewhere(frame, question, claim.quote) if claim.frame is not None and (
        frame.relation in ("superior", "equivalent") or _COMPARISON_RE.search(claim.quote)) else None
    if elsewhere_outcome and side != "unclear":
        notes.append(f"the claim is about {elsewhere_outcome}, not {question.outcome}, which its question asks about: the "
                     "records answer another question, so the verdict is placed on neither side")
        verdict, side = "not supported", "unclear"
    restricted = _ONLY_UNDER_RE.search(claim.quote)
    if restricted and side != "unclear" and frame.relation in ("benefit", "superior", "harm", "denies_harm", "mechanism"):
        # SIGN5: "only" asserts its condition and excludes every other ("it works, but only at the doses used for blood
        # pressure" = not at lower doses): the exclusion is the claim's point, and records that the effect or harm
        # occurs do not test it, so the verdict is placed on neither side
        notes.append(f"the claim restricts itself to one condition ('{restricted.group(0)}') and so denies it under any "
                     "other: the records do not test that restriction, so the verdict is placed on neither side")
        verdict, side = "not supported", "unclear"
    # parity with an active treatment ("no better than blue light") is equivalence, not "no effect":
    # the learned reader does not see what the comparator is, the frame does, so it is not asked
    # (SIGN5: so is non-inferiority, "no worse than Y": its negation scopes over the comparison, not the effect)
    parity = equivalent and bool(frame.comparator) and not INERT_ARM_RE.match((frame.comparator or "").strip())
    # (SIGN6: nor is a small effect, "has limited effect": a degree word over the effect noun, no negation, so an effect
    # on the benefit side whichever way the learned reader leans)
    # (SIGN7: nor is a claim judged on how serious harms are, C8, that calls its harms mild: "side effects are rare
    # and mild" asserts mild harms and denies serious ones, so its harm reading and its denial are one claim, held to
    # the same severities; "one of the safest" names no mild harm, and its reading stays in doubt)
    mild_named = (risk or severity) and frame.relation == "denies_harm" and bool(_MILD_HARM_RE.search(claim.quote))
    doubt = relation_doubt(claim.quote, frame.relation, intervention=(frame.intervention, frame.intervention_norm)) \
        if claim.frame is not None and side != "unclear" \
        and not parity and not small and not mild_named else None
    if doubt:
        # GUARD: the learned reader puts the claim on the other side of what the rules read (a
        # negation read differently): the same evidence would then sit on the opposite side, and a
        # sign error is worse than "unclear", so the verdict goes on neither side
        notes.append(f"{doubt}; so the verdict is placed on neither side")
        verdict, side = "not supported", "unclear"
    from .frames import harm_drives_effect  # (frames imports verdict's neighbours; read lazily as frame_of does)

    if side != "unclear" and frame.relation == "mechanism" and harm_drives_effect(claim.quote):
        # TRAP9: "the more it stings, the harder it works" claims that the effect rises with the harm; records of the
        # effect or of the harm alone do not test that dependency, which is the point of the claim (as an amount no
        # record measures, VRD11), so its side is unclear
        side = "unclear"
        notes.append("the claim is that the effect rises with the harm, which no record here tests (each reports the "
                     "effect or the harm, not one as a function of the other), so its side is unclear")
    elif side != "unclear" and gradient_claimed(claim.quote):
        # VRD (GRADE: a dose-response gradient is a finding of its own): "the more often you X, the more Y" claims that
        # Y grows with how much or how often X is done; records that report the effect at the doses they gave do not
        # compare one dose with another, so the gradient, the point of the claim, is unchecked: on neither side
        verdict, side = "not supported", "unclear"
        notes.append("the claim is that the effect grows with how much or how often the treatment is used, which no "
                     "record here tests (they report the effect at the doses given, not one dose against another), so "
                     "it is not supported and its side is unclear")
    withdrawal = stopping_exposure(frame, claim.quote) if not persistence_read else None
    if withdrawal:
        # ROUTE22 (#14 item 4, GRADE indirectness of intervention): a claim whose exposure is stopping the treatment
        # ("it cleared within a few months of stopping", "once you stop, the hair falls out") is about withdrawal;
        # records of the treatment's effect while it is used do not test it. Without a record that reports what
        # followed the stop nothing is found about it; with one (and no kept effect read above, VRD) it is unchecked
        after = after_stopping_reports(mine, records)
        if not after:
            verdict, side = "no evidence found", "unclear"
            notes.append(f"the claim is about what follows stopping the treatment ('{withdrawal}'), and no record "
                         "reports what happened after it was stopped: the records of its effect while used do not "
                         "test that, so no evidence about it is found")
        elif same_after := _same_event_after_stop(claim.quote, after, records):
            # the claim's event after the stop (a harm that clears, an effect that is lost) is the one a record
            # reports after the treatment was stopped: direct evidence, though from the few who were followed
            verdict, side = "partly supported", "backs"
            if all(a.design in _CASE_DESIGNS for a in mine if a.pmid in same_after):
                certainty = "Very low"  # GRADE: case reports, whatever the body of the effect's trials was rated
            notes.append(f"the claim is about what follows stopping the treatment ('{withdrawal}'), and "
                         f"{_pmids_of_ids(same_after)} report{'s' if len(same_after) == 1 else ''} the same after a stop: backed by "
                         "the records that followed people off it, not by those of its effect while used")
            cited.extend(same_after)
        elif side != "unclear":
            verdict, side = "not supported", "unclear"
            notes.append(f"the claim is about what follows stopping the treatment ('{withdrawal}'); only "
                         f"{_pmids_of_ids(after)} report{'s' if len(after) == 1 else ''} what happened after a stop, "
                         "which the reading of the records' effect does not weigh: placed on neither side")
            cited.extend(after)
    if route_only and verdict != "no evidence found":
        # ROUTE22: on indirect evidence only, a backing body makes the claim at most partly supported (its side
        # kept: the direction is the same treatment's); anything else is placed on neither side
        if side == "backs" and verdict in ("supported", "partly supported"):
            verdict = "partly supported"
            notes.append(route_only + ", so at most partly supported")
        else:
            # (as a harm claim whose only records are of another route, VRD11: no direct evidence is found)
            verdict, side = "no evidence found", "unclear"
            notes.append(route_only + ", so no evidence about the claim's own route is found")
    shown_counts = (grade.n_studies, grade.n_participants)
    if verdict == "no evidence found":
        # COMPARE9: no evidence for this claim (no head-to-head trial for a comparison, no record of the harm it names)
        # shows no certainty and counts no studies, whatever the studies of the question's wider statement were
        certainty, shown_counts = "No evidence found", (0, 0)
    strength = STRENGTH_RANK.get(claim.strength, 1)
    overstated = False
    if strength == 3:
        overstated = True
        notes.append("absolute wording (always/never/guaranteed) is more than any body of evidence can carry")
    elif strength > MAX_STRENGTH.get(certainty, 0) and not case_shown:  # a case is shown, whatever the certainty
        overstated = True
        notes.append(f"worded as {claim.strength} but certainty is {certainty}")
    elif strength >= 1 and verdict in ("not supported", "contradicted", "no evidence found"):
        overstated = True
        notes.append(f"worded as {claim.strength} but the evidence does not back it ({verdict})")
    elif amount_unverified and verdict != "no evidence found":
        overstated = True  # a precise amount the records never measured says more than they show

    if aside_notes and any(n not in aside_notes for n in notes):
        # COMPARE9: the first reason says what decided the verdict; which records were set aside, and why, comes after
        notes = [n for n in notes if n not in aside_notes] + [n for n in notes if n in aside_notes]
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
        n_studies=shown_counts[0],
        n_participants=shown_counts[1],
        cited_pmids=tuple(dict.fromkeys(cited)),
        side=side,
        tally=tally,
        reasons=reasons_of(claim, frame, question, grade, tally, verdict, certainty, notes, overstated),
    )


def _names_both(frame: ClaimFrame, question: Question, appraisals: Sequence[Appraisal], records: Mapping[str, Record],
                quote: str) -> list[str]:
    """Records whose title or text names both arms of the claim's comparison."""
    ire, cre = _arm_names(frame, question, quote)
    if ire is None or cre is None:
        return []
    i_words = _name_words(frame.intervention_norm) | _name_words(frame.intervention)
    c_words = _name_words(frame.comparator_norm) | _name_words(frame.comparator)
    if not (i_words <= c_words or c_words <= i_words):
        ire, cre = _OnlyArm(ire, cre), _OnlyArm(cre, ire)  # words both names match name neither arm (as in the reader)
    out = []
    for a in appraisals:
        if a.included and a.pmid in records:
            for part in [records[a.pmid].title, *split_sentences(records[a.pmid].abstract_text)]:
                im, cm = ire.search(part), cre.search(part)
                if im and cm and im.group(0).lower() != cm.group(0).lower():
                    out.append(a.pmid)
                    break
    return out


def denial_in_words(frame: ClaimFrame, question: Question, appraisals: Sequence[Appraisal], verdict: str,
                    mirrored: str) -> str:
    """COMPARE9: why a denial ("completely painless", "no side effects at all") gets its verdict, in plain words: what
    the studies found about the thing it denies, never the mechanics of mirroring the question's grade."""
    harm = question.kind == "safety" or frame.relation == "denies_harm"
    what = question.outcome or frame.outcome or "it"
    denied = f"the claim says it does not cause {what}" if harm else f"the claim says it has no effect on {what}"
    studies = [a for a in appraisals if a.included]
    silent = [a for a in studies if a.direction not in ("supports", "mixed")]
    seen = [a for a in studies if a.direction in ("supports", "mixed")]
    n = len(silent)
    if mirrored in ("supported", "partly supported") and silent:
        found = (f"{n} stud{'y' if n == 1 else 'ies'} that looked at it ({_pmids_of(silent)}) "
                 + ("did not report it" if harm else "found no clear effect"))
        if mirrored == "supported":
            return f"{denied}; {found}, which backs the claim"
        return f"{denied}; {found}, which backs the claim, though " + (
            "that does not show it never happens" if harm else "the evidence is limited")
    if mirrored in ("not supported", "contradicted") and seen:
        found = f"{len(seen)} stud{'y reports' if len(seen) == 1 else 'ies report'} {'it' if harm else 'an effect'} ({_pmids_of(seen)})"
        return f"{denied}, but {found}, which goes against the claim"
    return f"{denied}; the studies found do not settle whether it does"


def _pmids_of_ids(pmids: Sequence[str]) -> str:
    return f"PMID{'s' if len(pmids) > 1 else ''} {', '.join(pmids)}"


def reread_for_denial(question: Question, reporters: Sequence[Appraisal],
                      records: Mapping[str, Record]) -> tuple[list[str], list[str]]:
    """VERD4: for a claim that denies an effect on the question's outcome, the records whose effect was read from a
    sentence that does not name that outcome: (those whose own sentences on the outcome report no change or no
    difference, and no change either way; those that never name the outcome apart from the query's match)."""
    # the outcome named by its head nouns ("greasiness" of "hair greasiness"; English noun phrases end in their head):
    # the query's broader outcome terms ("alopecia") and modifiers ("hair") name the topic, not this outcome
    own = {ws[-1][:5] for part in re.split(r"\b(?:and|or)\b|[,;/]", question.outcome)
           if (ws := [w for w in _tokens(part) if w not in STOPWORDS]) and len(ws[-1]) > 2}
    treated = {w[:5] for w in _tokens(question.intervention)}

    def names(sentence: str) -> bool:
        return bool({w[:5] for w in _tokens(sentence)} & (own - treated))

    nulls: list[str] = []
    off: list[str] = []
    for a in reporters:
        if a.pmid not in records or not own - treated or (a.deciding_sentence and names(a.deciding_sentence)):
            continue
        labels = []
        for sentence in split_sentences(records[a.pmid].abstract_text):
            if names(sentence):
                call = classify_effect(sentence, intervention=question.intervention, outcome=question.outcome)
                if call is not None:
                    labels.append(call.label)
        if labels and all(x == "no difference" for x in labels):
            nulls.append(a.pmid)
        elif not labels:
            off.append(a.pmid)
    return nulls, off


# VERD4: a verb of substitution and its object, the treatment given up: "swapped my minoxidil for this", "replaced
# retinol with", "switched from tretinoin to", "ditched the serum for"
_REPLACED_RE = re.compile(
    r"\b(?:swap(?:s|ped|ping)?|switch(?:es|ed|ing)?|replac(?:e|es|ed|ing)|ditch(?:es|ed|ing)?|trad(?:e|es|ed|ing)|"
    r"substitut(?:e|es|ed|ing))\s+(?:out\s+)?(?:from\s+)?(?:(?:my|the|your|our|his|her|their|a)\s+)?"
    r"(?P<obj>(?:[\w%.-]+\s+){0,3}?)(?:for|with|to|by)\b", re.I)


def replaced_treatment(frame: ClaimFrame, quote: str) -> str | None:
    """The frame's intervention when the claim names it as the treatment given up for another, else None."""
    names = _name_words(frame.intervention) | _name_words(frame.intervention_norm)
    for m in _REPLACED_RE.finditer(quote):
        obj = m.group("obj").strip()
        if obj and names & _name_words(obj):
            return obj
    return None


# VERD4: the outcome a claim names, when its question asks about another. A claim's own outcome words are what it
# asserts something about; a question whose outcome the claim never names (and whose words share nothing with the
# frame's outcome) was filed from the claim's context, so its records answer another question (PICO: O), and the
# verdict they give is placed on neither side ("grew hair about equally" filed under the section's "itching")
# a comparison of two treatments, marked by English comparison or parity ("grew hair about equally", "as well as",
# "better than", "versus"): the claims whose outcome a question filed from context most often misses
_COMPARISON_RE = re.compile(r"\b(?:equally|alike|just\s+as|as\s+(?:well|good|much|effective|effectively)\s+as|the\s+same\s+"
                            r"as|on\s+par|comparabl[ey]|than|versus|vs\.?)\b", re.I)


def outcome_elsewhere(frame: ClaimFrame, question: Question, quote: str) -> str | None:
    """The frame's outcome when the claim names it and neither it nor the quote shares a word with the question's
    outcome; else None."""
    def stems(text: str | None) -> set[str]:
        return {w[:4] for w in _tokens(text or "") if len(w) > 3 and w not in STOPWORDS and not w[0].isdigit()}
    asked, own, said = stems(question.outcome), stems(frame.outcome), stems(quote)
    # the question's outcome as its query searches it too ("striae" and "stretch marks")
    for word in _tokens(" ".join([question.outcome or ""] + [t for t, _ in question_terms(question).outcome_heads])):
        asked |= stems(" ".join(forms(word)))
    if not asked or not own or asked & said or asked & own or not own <= said:
        return None
    return frame.outcome


# the focus particle "only" over a condition (a dose, a setting, a group, a time): "but only at high doses", "only in
# mice", "only when used daily"; not "not only" (additive) nor "only" over an amount ("only two sessions")
_ONLY_UNDER_RE = re.compile(r"(?<!\bnot\s)(?<!\bnot\sjust\s)\bonly\s+(?:at|in|with|when|if|for|after|on|under|among)\s+"
                            r"(?:the\s+|a\s+|very\s+)?(?:[\w-]+\s+){0,4}?(?:doses?|dosages?|strengths?|concentrations?|"
                            r"people|patients|men|women|children|adults|mice|rats|animals|cells|users|cases|"
                            r"used|taken|applied|combined)\b", re.I)
# a modal of possibility, not negated: "can darken skin", "may cause swelling"
_POSSIBLE_RE = re.compile(r"\b(?:can|could|may|might)\b(?!['’]t|\s+(?:not|never|hardly|barely|rarely)\b)", re.I)
_NOT_OBSERVED_IN_PEOPLE = ("narrative review", "guideline", "animal", "in vitro", "case report", "other")
# a harm asserted under a condition: a conditional clause ("if", "unless") or a manner that judges how the treatment
# was done ("poor depth control", "inadequate disinfection", "done carelessly")
_CONDITIONAL_HARM_RE = re.compile(r"\b(?:if|unless)\b[^,;.]*|\b(?:poor(?:ly)?|inadequate(?:ly)?|improper(?:ly)?|careless(?:ly)?|"
                                  r"incorrect(?:ly)?|wrong(?:ly)?|untrained|inexperienced|unsterile)\b", re.I)


# SIGN7: harms called mild ("rare and mild", "minor, transient side effects")
_MILD_HARM_RE = re.compile(r"\b(?:mild|minor|slight|transient|temporary|short[- ]lived)\b", re.I)
# English minimisers: negative in polarity ("barely any"), but asserting a small amount rather than none
_MINIMISER_RE = re.compile(r"\b(?:barely|hardly|scarcely)\b", re.I)
# a negative determiner with an adjective of evidential degree ("no clear", "no significant", "not a convincing")
_UNSHOWN_RE = re.compile(r"\b(?:no|not\s+(?:a|any))\s+(?:clear|significant|consistent|convincing|obvious|meaningful|"
                         r"reliable|measurable|detectable|noticeable)\b", re.I)
# a denied rise in a harm: a negation over a comparative ("don't make it more painful", "won't leave you redder")
_DENIED_RISE_RE = re.compile(r"(?:\bnot?|n['’]t|\bnever)\s+(?:[\w-]+\s+){0,5}?(?:more|worse|any\s+(?:more|worse))\b|"
                             r"(?:\bnot?|n['’]t|\bnever)\s+(?:[\w-]+\s+){0,3}?(?:make|makes|made|leave|leaves|left|get|gets|turn|"
                             r"turns)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}(?:ier|er)\b", re.I)
# "..., without the itchy scalp" after a comparison with X: the harm X brings, denied in comparison with X
_WITHOUT_RE = re.compile(r"\W*without\b", re.I)
# a rise in the risk of a harm: a comparison of risks ("increase the risk", "the risks increase several times")
_RISK_RISE_RE = re.compile(r"\b(?:increas\w*|rais\w*|doubl\w*|tripl\w*|multipl\w*)\s+(?:\w+\s+){0,2}?(?:risks?|chances?|odds)\b|"
                           r"\b(?:risks?|chances?|odds)\s+(?:[\w-]+\s+){0,3}?(?:increas\w*|rises?|rose|doubl\w*|go(?:es)?\s+up)\b", re.I)


def _mechanism_measured(frame: ClaimFrame, question: Question, appraisals: Sequence[Appraisal],
                        records: Mapping[str, Record]) -> bool:
    """Does a direct study that backs a mechanism claim name the mechanism itself? Its words are the frame's
    outcome words when the question asks about the mechanism, else those beyond the question's clinical outcome
    ("bacteria" in "acne bacteria" on an acne question); a mechanism said of the clinical outcome itself ("absorbed
    by porphyrins" framed on acne) is not what trials of that outcome measure."""
    words = set(content_words(frame.outcome or ""))
    own = words if question.kind == "mechanism" else words - set(content_words(question.outcome))
    stems = {w[:max(4, min(6, len(w) - 2))] for w in own}
    if not stems:
        return question.kind == "mechanism" and not words  # an unnamed mechanism on its own question: nothing to ask
    for a in appraisals:
        if a.included and a.direction == "supports" and not a.indirect and a.pmid in records and a.design not in (
                "narrative review", "guideline"):
            text = normalise(f"{records[a.pmid].title} {records[a.pmid].abstract_text}")
            if any(re.search(rf"\b{re.escape(st)}", text) for st in stems):
                return True
    return False


# --- the claim's side ------------------------------------------------------------------------

# words that name harm in general, not one harm: a question whose outcome words are all such
# words ("adverse effects") is answered by any harm a record reports
_GENERIC_HARM_RE = re.compile(r"^(?:adverse|side|effects?|events?|reactions?|complications?|safety|safe|harms?|harmful|"
                              r"risks?|tolera\w*|problems?|issues?|toxicity|undesirable|unwanted|how|often|and)$", re.I)


def harm_in_general(outcome: str) -> bool:
    """R2VERD (a hypernym covers its hyponyms): does a claim's outcome name harm in general ("side effects", "adverse
    effects", "harm", "any risks") rather than one harm ("scalp irritation")? Every harm a record reports is a case of
    harm in general; a named harm is answered only by records of it. False for an empty outcome."""
    words = re.findall(r"[A-Za-z]+", outcome)
    return bool(words) and any(_GENERIC_HARM_RE.match(w) and w.lower() not in ("how", "often", "and") for w in words) \
        and all(_GENERIC_HARM_RE.match(w) or _HARM_DEGREE_RE.match(w) or w.lower() in _GENERAL_OUTCOME_WORDS
                or w.lower() in ("no", "any", "of", "the", "a", "all") for w in words)


_HARM_DEGREE_RE = re.compile(r"^(?:seriou\w*|sever\w*|major|minor|mild\w*|significan\w*|any|grave|lasting|permanen\w*)$", re.I)


def _specific_harm_terms(question: Question, degree_generic: bool = False) -> list:
    """The query's outcome terms that name a specific harm ("heart", "birth defects"), general harm words and the serious
    harms a search for harms in general adds left out (VERD4); empty for a question about harm in general. With
    `degree_generic`, a degree ("serious adverse events") names how bad a harm is, not which (C8 reads degrees)."""
    def generic(w: str) -> bool:
        return bool(_GENERIC_HARM_RE.match(w) or (degree_generic and _HARM_DEGREE_RE.match(w)))
    return [(t, p) for t, p in question_terms(question).outcome_heads
            if not all(generic(w) for w in re.findall(r"[A-Za-z]+", t.replace("*", "")))
            and t.strip('"').lower() not in SERIOUS_HARM_TERMS]


def _harm_named(question: Question, appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> bool:
    """Does any included record name the specific harm a safety question asks about (its
    outcome words or the query's outcome terms, general harm words left out)? True when the
    question asks about harm in general."""
    specific = _specific_harm_terms(question)
    texts = [f"{records[a.pmid].title} {records[a.pmid].abstract_text}" for a in appraisals
             if a.included and a.pmid in records]
    if not specific or not texts:
        return True  # harm in general, or no record text to read: nothing to say it is unnamed
    return any(mentions(text, specific) for text in texts)


# VERD3: a verb of decrease ("slows", "inhibits", "switches off"): what it acts on falls
_FALL_VERB_RE = re.compile(
    r"\b(?:slow(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|inhibit(?:s|ed|ing)?|"
    r"suppress(?:es|ed|ing)?|block(?:s|ed|ing)?|curb(?:s|ed|ing)?|calm(?:s|ed|ing)?|dampen(?:s|ed|ing)?|lessen(?:s|ed|ing)?|"
    r"diminish(?:es|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|cut(?:s|ting)?|shr(?:ink|inks|inking|ank|unk)|"
    r"(?:switch(?:es|ed|ing)?|turn(?:s|ed|ing)?)\s+off|shut(?:s|ting)?\s+down|tone(?:s|d)?\s+down)\b", re.I)


def claimed_fall(frame: ClaimFrame, question: Question, quote: str) -> str | None:
    """The verb of decrease the claim applies to its outcome ("slows the collagen build-up" -> "slows"): the verb, then
    at most three words, then a content word of the outcome, in one clause; None when the claim says no such fall."""
    words = {w for w in _tokens(f"{frame.outcome or ''} {question.outcome}") if len(w) > 3 and w not in STOPWORDS}
    for m in _FALL_VERB_RE.finditer(quote):
        after = re.match(r"(?:\s+[\w'’-]+){1,4}", quote[m.end():])
        if after and any(w.lower() in words for w in re.findall(r"[\w]+", after.group(0))):
            return m.group(0)
    return None


def reread_for_fall(question: Question, appraisals: Sequence[Appraisal]) -> list[Appraisal]:
    """VERD3: the records whose direction flips when a fall in the question's outcome is the claimed effect: each
    included record's deciding sentence read for the direction of change alone (a fall: supports; a rise: contradicts);
    only those whose reading differs from the question's are returned."""
    out = []
    for a in appraisals:
        if not a.included or a.direction not in ("supports", "contradicts") or not a.deciding_sentence:
            continue
        call = classify_effect(a.deciding_sentence, intervention=question.intervention, outcome=question.outcome)
        if call is None or call.label not in ("increased", "decreased") or call.benefit is not None:
            continue  # an improvement word judges the result, it does not say which way the thing moved
        direction = "supports" if call.label == "decreased" else "contradicts"
        if direction != a.direction:
            out.append(replace(a, direction=direction))
    return out


_AFFIRMING = {"safety": ("harm",), "efficacy": ("benefit", "superior", "equivalent", "mechanism"),
              "mechanism": ("benefit", "superior", "equivalent", "mechanism")}
_DENYING = {"safety": ("denies_harm",), "efficacy": ("no_effect",), "mechanism": ("no_effect",)}


def stance_of(frame: ClaimFrame, question: Question, default: Stance = "affirms") -> Stance:
    """Does the claim assert its question's statement ("affirms") or its negation ("denies")?
    From the frame's relation where it answers that: a denial of harm denies a safety question,
    a no-effect claim denies an efficacy one. A harm claim against a benefit question (or the
    reverse) keeps the stored stance."""
    if frame.relation in _AFFIRMING.get(question.kind, ()):
        return "affirms"
    if frame.relation in _DENYING.get(question.kind, ()):
        return "denies"
    return default


_HARM_RELATIONS = ("harm", "denies_harm")
_BENEFIT_RELATIONS = ("benefit", "mechanism", "no_effect")


def comparator_in_outcome(frame: ClaimFrame, question: Question) -> bool:
    """SGN17: the question's outcome names the claim's comparator ("placebo on hair" for "outperformed placebo on hair
    counts"): the comparator's head noun, when it is no word of the intervention's ("a redness cream" names no
    outcome by its modifier)."""
    words = [w for w in _tokens(frame.comparator or "") if w not in STOPWORDS]
    if not words or words[-1] in set(_tokens(f"{frame.intervention or ''} {frame.intervention_norm or ''} "
                                              f"{question.intervention}")):
        return False
    return words[-1] in set(_tokens(question.outcome))


def _same_arm(frame: ClaimFrame) -> bool:
    """Are the claim's intervention and comparator the same treatment (the subject misread as the standard)?"""
    def words(x: str | None) -> set[str]:
        return {w for w in _tokens(x or "") if (len(w) > 2 or w[0].isdigit()) and w not in ("the", "and")}
    # by the article's own words, strengths included: two members of one normalised concept ("red light", "blue
    # light"; "5%" and "2%" minoxidil) are two arms
    mine_, other = words(frame.intervention), words(frame.comparator)
    return bool(mine_) and mine_ == other


def aligned(frame: ClaimFrame, question: Question) -> bool:
    """Can the claim's relation be read against its question's direction? A harm or a denial
    of harm needs a safety question ("does X cause Y?"); a benefit, a mechanism or a no-effect
    claim needs an efficacy or mechanism one. Comparisons are judged head-to-head on either."""
    if question.kind == "safety":
        return frame.relation not in _BENEFIT_RELATIONS
    return frame.relation not in _HARM_RELATIONS


def study_side(direction: str, stance: str, kind: str) -> str:
    """Where one study sits relative to the claim, from its direction relative to the question.

    For a claim that affirms a benefit, a null trial goes against it; for one that affirms a
    harm, a study that did not see the harm cannot rule it out (unclear). A denial mirrors both."""
    if direction in ("mixed", "unclear"):
        return "unclear"
    if stance == "denies":
        return "against" if direction == "supports" else "backs"
    if direction == "supports":
        return "backs"
    if direction == "contradicts":
        return "against"
    return "unclear" if kind == "safety" else "against"


# R2VERD: what each head-to-head result means for a comparative claim, by how the claim compares ("win": the claim's
# treatment came out ahead, "loss": the comparator did, "tie": no difference was found between the two)
_COMPARISON_SIDES = {"better": {"win": "backs", "tie": "against", "loss": "against"},
                     "ahead": {"win": "backs", "tie": "unclear", "loss": "against"},
                     "parity": {"win": "backs", "tie": "backs", "loss": "against"},
                     "at_most": {"win": "against", "tie": "backs", "loss": "backs"},
                     "not_as": {"win": "against", "tie": "against", "loss": "backs"},
                     "standard": {"win": "against", "tie": "against", "loss": "backs"}}


def _tie_refutes_better(quote: str) -> bool:
    """COMPARE9: does a null head-to-head result go against the quote's "better than"? Only when it compares how well
    the two work ("works better than Y"), not another measure ("healed sooner", "easier to stick with", which the trials'
    tie on efficacy does not answer) and not when its own words claim parity or deny superiority."""
    return bool(_EFFICACY_BETTER_RE.search(quote)) and not _SPEED_RE.search(quote) and not _OTHER_MEASURE_RE.search(quote) \
        and not _PARITY_WORDS_RE.search(quote) and not _NO_BETTER_RE.search(quote) \
        and not _NOT_ANY_BETTER_RE.search(quote)


def comparison_sides(h2h: Sequence[HeadToHead], mode: str) -> dict[str, str]:
    """R2VERD (PICO: a comparison is answered by comparisons of the two): each record's side relative to a comparative
    claim, from its head-to-head results read by the claim's own comparison (`mode`): a trial that found no difference
    goes against "works better than" and backs "works as well as"; a lead read from the arms' numbers alone, untested,
    can back the claim but never goes against it (GRADE imprecision); a record whose results fall on both sides is
    unclear. Records with no head-to-head result are not keys (indirect for a comparison: unclear)."""
    table = _COMPARISON_SIDES[mode]
    by_pmid: dict[str, set[str]] = {}
    for h in h2h:
        side = table.get(h.outcome, "unclear")
        if side == "against" and _untested_lead(h):
            side = "unclear"
        by_pmid.setdefault(h.pmid, set()).add(side)
    return {p: next(iter(sides)) if len(sides) == 1 else "unclear" for p, sides in by_pmid.items()}


def comparison_tally(appraisals: Sequence[Appraisal], sides: Mapping[str, str]) -> Tally:
    """Included studies placed relative to a comparative claim by `comparison_sides` (others are unclear)."""
    counts = Counter(sides.get(a.pmid, "unclear") for a in appraisals if a.included)
    return Tally(backs=counts["backs"], against=counts["against"], unclear=counts["unclear"])


def _opposite(appraisals: Sequence[Appraisal], stance: str) -> int:
    """Included studies whose finding is the opposite of the claim's assertion (not merely null)."""
    flip = "supports" if stance == "denies" else "contradicts"
    return sum(1 for a in appraisals if a.included and a.direction == flip)


def tally_of(appraisals: Sequence[Appraisal], stance: str, kind: str) -> Tally:
    """Included studies that back / go against / are unclear relative to the claim."""
    sides = Counter(study_side(a.direction, stance, kind) for a in appraisals if a.included)
    return Tally(backs=sides["backs"], against=sides["against"], unclear=sides["unclear"])


def side_of(verdict: str, tally: Tally) -> str:
    """The claim's side from its verdict: supported and partly supported back it; contradicted
    goes against it; "not supported" goes against it when studies do, else it is unclear
    (no head-to-head trial, no figure to check)."""
    if verdict in ("supported", "partly supported"):
        return "backs"
    if verdict == "contradicted" or (verdict == "not supported" and tally.against > tally.backs):
        return "against"
    return "unclear"


_RELATION_WORDS = {"benefit": "improves", "harm": "causes", "denies_harm": "does not cause",
                   "no_effect": "has no effect on", "superior": "works better than", "equivalent": "works as well as",
                   "mechanism": "acts on"}


def describe_frame(frame: ClaimFrame) -> str:
    """One line: "rosemary oil works as well as minoxidil for hair growth (in 6 months)"."""
    rel = _RELATION_WORDS.get(frame.relation, frame.relation)
    if frame.relation in ("superior", "equivalent"):
        core = f"{frame.intervention_norm} {rel} {frame.comparator_norm or frame.comparator or 'the alternatives'}"
        core += f" for {frame.outcome}" if frame.outcome else ""
    else:
        core = f"{frame.intervention_norm} {rel} {frame.outcome or 'the outcome'}"
    extra = []
    if frame.magnitude_value is not None:
        bound = {"max": "up to ", "min": "at least "}.get(frame.magnitude_bound or "", "")
        unit = "%" if frame.magnitude_unit == "%" else f" {frame.magnitude_unit}"
        extra.append(f"{bound}{frame.magnitude_value:g}{unit} ({(frame.magnitude_kind or '').replace('_', ' ')})")
    if frame.time_frame:
        extra.append(frame.time_frame)
    if frame.population:
        extra.append(f"in {frame.population}")
    return core + (f" ({'; '.join(extra)})" if extra else "")


def reasons_of(claim: Claim, frame: ClaimFrame, question: Question, grade: QuestionGrade, tally: Tally,
               verdict: str, certainty: str, notes: Sequence[str], overstated: bool) -> tuple[str, ...]:
    """Four short bullets: what the article says -> what the studies found -> how certain -> verdict."""
    says = f"The article says {describe_frame(frame)} ({frame.strength} wording): \u201c{' '.join(claim.quote.split())}\u201d"
    n = tally.backs + tally.against + tally.unclear
    found = (f"Of {n} relevant stud{'y' if n == 1 else 'ies'}, {tally.backs} back{'s' if tally.backs == 1 else ''} "
             f"the claim, {tally.against} go{'es' if tally.against == 1 else ''} against it and {tally.unclear} "
             f"{'is' if tally.unclear == 1 else 'are'} unclear" if n else "No study addressed the question")
    downs = "; ".join(grade.downgrades[:2])
    sure = f"Certainty: {certainty}" + (f" (rated down for {downs})" if downs else "")
    why = notes[0] if notes else ("the evidence backs the claim" if verdict in ("supported", "partly supported")
                                  else "the evidence does not back the claim")
    end = f"Verdict: {verdict}: {why}" + (" (overstated)" if overstated else "")
    return (says, found, sure, end)


def _days(d: float) -> str:
    # in the unit it was most likely written in: "16 weeks", not "3.73333 months"
    if d >= 60 and (d % 30 == 0 or d % 7):
        return f"{round(d / 30, 1):g} months"
    if d >= 14:
        return f"{d / 7:g} weeks"
    return f"{d:g} day{'s' if d != 1 else ''}"


@dataclass(frozen=True)
class TimeFrameCheck:
    claimed_days: float | None
    reported: tuple[tuple[str, str, float], ...]  # (pmid, time point as written, days)
    fits: bool


_TIMEPOINT_RE = re.compile(
    # "after 4 and 8 weeks": a list of time points shares its unit; the first is the earliest
    rf"\b(?:(?:at|after|over|for|within|by|in|following|from)\s+(?:\w+\s+)?(?P<n>\d+(?:\.\d+)?|{NUMBER_WORD})"
    rf"(?:\s*(?:,|and|or)\s*(?:\d+(?:\.\d+)?|{NUMBER_WORD}))*\s+(?P<u>day|week|month|year)s?|(?P<n2>\d+(?:\.\d+)?|{NUMBER_WORD})[\s-](?P<u2>day|week|month|year)s?[\s-]"
    rf"(?:follow[\s-]?up|trial|study|treatment|period|course|intervention|supplementation|application)|"
    # SIGN2: a time point named by its unit first ("significant from week 2", "at weeks 0, 4 and 12"): English
    # numbers a point in a series after its noun as well as counting a duration before it
    rf"(?:at|after|by|from|in|within|until|through)\s+(?:the\s+)?(?:end\s+of\s+)?(?P<u3>day|week|month|year)s?\s+"
    rf"(?P<n3>\d+(?:\.\d+)?(?:\s*(?:,|and|or|to|-|–)\s*\d+(?:\.\d+)?)*))\b", re.I)
_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# an approximator of a time ("about three months", "six weeks or so", "roughly a month", "three-ish weeks"): the time is
# a rough value, not a deadline
_APPROX_TIME_RE = re.compile(r"\b(?:about|around|roughly|approximately|circa|or\s+so|give\s+or\s+take)\b|\w-ish\b", re.I)


def approximate_time(time_frame: str) -> bool:
    """Does the claim give its time frame as a rough value ("within about three months", "a month or so")?"""
    return bool(_APPROX_TIME_RE.search(time_frame))


# a time point that dates when an effect began ("from week 2"), not when it was measured
_ONSET_RE = re.compile(r"from\b", re.I)


def check_time_frame(frame: ClaimFrame, question: Question, appraisals: Sequence[Appraisal],
                     records: Mapping[str, Record], quote: str = "") -> TimeFrameCheck:
    """Compare the claimed time frame ("in two weeks", "overnight") with the time points at which
    the records measured the outcome. It fits when a record measured within 1.5 x the claimed
    time (at least 2 days); a mechanism or harm claim is not about when results show. VERDICT23: only
    records whose subjects are of the claim's kind (people, or animals and cells) are read."""
    days = frame.time_frame_days
    if days is None or frame.relation not in ("benefit", "superior", "equivalent"):
        return TimeFrameCheck(None, (), False)
    found: list[tuple[str, str, float]] = []
    for pmid, sentence in _sentences_about_outcome(question, same_subjects(appraisals, quote, frame), records):
        for m in _TIMEPOINT_RE.finditer(sentence):
            if m.group("n3"):
                # a listed series ("weeks 0, 4 and 12") starts at baseline: its earliest time point after it
                first = min((float(x) for x in re.findall(r"\d+(?:\.\d+)?", m.group("n3")) if float(x) > 0), default=0.0)
                if first:
                    found.append((pmid, " ".join(m.group(0).split()), first * _DAYS[m.group("u3").lower()]))
                continue
            n, u = (m.group("n"), m.group("u")) if m.group("n") else (m.group("n2"), m.group("u2"))
            value = float(n) if re.match(r"\d", n) else words_to_int(n)
            if value:
                found.append((pmid, " ".join(m.group(0).split()), float(value) * _DAYS[u.lower()]))
    found = list(dict.fromkeys(found))
    fits = any(d <= max(days * 1.5, 2.0) for _, _, d in found)
    return TimeFrameCheck(days, tuple(found), fits)


# "in as little as 48 hours", "as soon as a week": the fastest case, a bound on the earliest effect
# a finding attributed to one study's team ("The team reported", "researchers found"): the English
# evidential frame with a research agent as subject
_STUDY_REPORT_RE = re.compile(r"\b(?:the|this|that|one|a|their)\s+(?:\w+\s+){0,2}?(?:team|researchers|investigators|authors|"
                              r"scientists|study|trial)\s+(?:also\s+)?(?:reported|found|observed|recorded|noted|saw|"
                              r"documented|showed)\b", re.I)
# V12a: an amount the article attributes to research ("in one trial", "studies report", "researchers found",
# "(Smith et al., 2019)"): the evidential frame names a study as the amount's source; a company, a brand or
# "clinically proven" names none
_SOURCED_RE = re.compile(r"(?i:\b(?:stud(?:y|ies)|trials?|researchers?|investigators|scientists|meta-analys[ie]s|"
                         r"systematic\s+review|journal|et\s+al)\b)|\(\s*[A-Z][A-Za-z-]+[^()]{0,40}\b(?:19|20)\d\d\s*\)")


def amount_sourced(quote: str) -> bool:
    """Does the claim attribute its amount to research (a study, trial, researchers, a citation)?"""
    return bool(_SOURCED_RE.search(quote))


# an existential subject over people ("Some notice", "a few users see"), not over studies
_SOME_PEOPLE_RE = re.compile(r"^\W*(?:some|a\s+few)\s+(?:(?:people|users|patients|women|men|clients|customers|"
                             r"of\s+(?:them|you|us))\s+)?(?:\w+ly\s+)?(?:notice|see|report|feel|find|get|experience|say)\b",
                             re.I)
# SGN17: a partitive quantifier heading the subject ("many cosmetic retinol products", "some brands", "several of
# these creams") restricts the claim to part of a kind, unnamed: "many X have never Y" is not refuted by a record
# that one X does Y, because nothing says that X is among the ones meant ("most" and "all" are shares, not parts)
_PARTITIVE_SUBJECT_RE = re.compile(r"^\W*(?:(?:but|and|yet|still|sadly|however)\W+)?(?:many|some|several|certain|a\s+few|"
                                   r"a\s+(?:good|great|large)?\s*number\s+of|a\s+lot\s+of|lots\s+of|plenty\s+of)\s+"
                                   r"(?P<np>(?:of\s+)?(?:[\w-]+\s+){0,4}?)(?:have|has|had|do|does|did|are|is|were|was|will|"
                                   r"would|can|could|never|don['’]t|doesn['’]t|didn['’]t|aren['’]t|isn['’]t|won['’]t|can['’]t)\b",
                                   re.I)
_BEST_CASE_RE = re.compile(r"\bas\s+(?:little|soon|early|fast|quickly|short)\s+as\b", re.I)
# a sentence that reports a change (not the schedule: "lesions were counted at weeks 1, 2, 4")
_CHANGE_RE = re.compile(r"\b(?:improv\w*|reduc\w*|fell|fall\w*|decreas\w*|increas\w*|shr[ae]nk\w*|changes?|better|clear\w*|"
                        r"resolv\w*|visible|noticed|seen|lower|higher|gain\w*|rose|grew|regrowth|respon\w*)\b", re.I)
_METHOD_RE = re.compile(r"\b(?:were|was)\s+(?:counted|rated|assessed|measured|graded|evaluated|scored|photographed)\b", re.I)
_EFFECT_TIME_RE = re.compile(
    rf"\b(?:from|by|at|in|after|within)\s+(?:the\s+)?(?:(?P<u1>day|week|month)\s+(?P<n1>\d+|{NUMBER_WORD})|"
    # "after 4 and 8 weeks": a list of time points shares its unit, and its first is the earliest
    rf"(?P<n2>\d+(?:\.\d+)?|{NUMBER_WORD})(?:\s*(?:,|and|or)\s*(?:\d+(?:\.\d+)?|{NUMBER_WORD}))*\s+(?P<u2>day|week|month)s?|"
    rf"(?P<n3>\d+|{NUMBER_WORD}|first|second|third|fourth|fifth|sixth)(?:st|nd|rd|th)?\s+(?:sessions?|treatments?|applications?|"
    rf"irradiations?|exposures?))\b(?!\s+(?:after|following|post)\b)", re.I)
# how often sessions were given: "twice daily", "twice a week", "weekly", "every other day", "3 weeks apart"
_FREQUENCY_RE = re.compile(
    rf"\b(?:(?P<k>once|twice|thrice|\d+|{NUMBER_WORD})\s+(?:times\s+)?(?:a|per|each)?\s*(?P<per>day|daily|week|weekly|month|monthly)|"
    rf"(?P<every>daily|weekly|monthly|every\s+other\s+(?:day|week))|(?P<n>\d+|{NUMBER_WORD})\s+(?P<unit>day|week|month)s?\s+apart|"
    # "every 4 weeks", "at 3-week intervals"
    rf"every\s+(?P<n2>\d+|{NUMBER_WORD})\s+(?P<unit2>day|week|month)s?|(?P<n3>\d+|{NUMBER_WORD})[\s-](?P<unit3>day|week|month)s?\s+"
    rf"intervals?)\b", re.I)


def session_interval(text: str) -> float | None:
    """Days between sessions a record states ("twice daily" = 0.5, "twice weekly" = 3.5,
    "3 weeks apart" = 21), so that "after 2 treatments" can be read as a time."""
    m = _FREQUENCY_RE.search(text or "")
    if not m:
        return None
    if m.group("every"):
        every = " ".join(m.group("every").lower().split())
        return {"daily": 1.0, "weekly": 7.0, "monthly": 30.0, "every other week": 14.0}.get(every, 2.0)
    for g in ("", "2", "3"):
        if m.group("unit" + g):
            word = m.group("n" + g)
            n = words_to_int(word) if not word.isdigit() else int(word)
            return float(n) * _DAYS[m.group("unit" + g).lower()] if n else None
    k_word = m.group("k").lower()
    k = {"once": 1, "twice": 2, "thrice": 3}.get(k_word) or (int(k_word) if k_word.isdigit() else words_to_int(k_word))
    period = {"day": 1, "daily": 1, "week": 7, "weekly": 7, "month": 30, "monthly": 30}[m.group("per").lower()]
    return period / k if k else None


_NOT_IN_PEOPLE = ("animal", "in vitro")
# VERDICT23 (GRADE indirectness of population): a claim that says its finding was in animals or in the laboratory ("In
# rats they sealed over within a day", "in the lab, one of them crossed pig skin", "though only in mice"): the English
# locative names where it was seen, and studies in people neither show nor refute what was seen there
_ANIMALS = (r"rats?|mice|mouse|rodents?|rabbits?|pigs?|piglets?|swine|animals?|dogs?|monkeys?|primates?|hamsters?|"
            r"guinea[\s-]pigs?|zebrafish")
_NONHUMAN_RE = re.compile(
    rf"\b(?:in|on|with|among|using|from)\s+(?:(?:the|a|an|some|lab|laboratory|hairless|shaved|young|old|these|those|"
    rf"\d+)\s+)*(?:{_ANIMALS})\b|\b(?:pig|porcine|rat|mouse|murine|animal)\s+skin\b|\bin\s+(?:the|a)\s+(?:lab|laboratory|"
    rf"test[\s-]tube|(?:petri|laboratory|culture)\s+dish|dish)\b|\bin\s+vitro\b|\bin\s+(?:a\s+)?lab\s+(?:study|studies|tests?|"
    rf"experiments?)\b", re.I)


def nonhuman_subject(quote: str, frame: ClaimFrame | None = None) -> str | None:
    """VERDICT23: the words by which a claim places its finding in animals or in the laboratory ("In rats", "in the
    lab", "pig skin", "only in mice"), or None for a claim about people."""
    m = _NONHUMAN_RE.search(quote or "")
    if m:
        return " ".join(m.group(0).split())
    pop = (frame.population or "") if frame is not None else ""
    m = re.search(rf"\b(?:{_ANIMALS})\b", pop, re.I)
    return m.group(0) if m else None


def same_subjects(appraisals: Sequence[Appraisal], quote: str, frame: ClaimFrame | None = None) -> list[Appraisal]:
    """VERDICT23 (like with like): the records whose subjects are of the claim's kind, for its time frames and counts of
    sessions: studies in animals or cells for a claim about them, studies in people for any other claim (an effect's
    time course in a rat says nothing of when people see it, and one in people nothing of a rat's)."""
    animal = nonhuman_subject(quote, frame) is not None
    return [a for a in appraisals if (a.design in _NOT_IN_PEOPLE) == animal]


def _seen_later(claim: Claim, frame: ClaimFrame, appraisals: Sequence[Appraisal],
                records: Mapping[str, Record]) -> list[tuple[str, str, float]]:
    """VERD3: the earliest effects studies in people report, when every one is later than a plain claimed time frame
    allows (1.5x, as a fit); empty when the claim is hedged ("may") or its time rough ("about three months"): such a
    claim leaves slack, or when no study in people says when it first saw the effect (the time is then untested). An
    effect's time course in animals or cells says nothing of when people see it (GRADE indirectness)."""
    days = frame.time_frame_days
    if days is None or claim.strength == "hedged" or approximate_time(frame.time_frame or ""):
        return []
    seen = earliest_effects([a for a in appraisals if a.design not in _NOT_IN_PEOPLE], records)
    limit = max(days * 1.5, 2.0)
    return sorted(seen, key=lambda e: e[2]) if seen and all(d > limit for _, _, d in seen) else []


def earliest_effects(appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> list[tuple[str, str, float]]:
    """(pmid, words, days) for the earliest time each record that found the effect reports it:
    "fell significantly from week 1", "changes seen after 2 treatments" (twice daily: 1 day).
    Only sentences that report a change count: a course length ("for 8 weeks") or a schedule
    ("counted at weeks 1, 2 and 4") says when it was measured, not when it was first seen."""
    out = []
    for a in appraisals:
        if (not a.included or a.pmid not in records or a.direction not in ("supports", "mixed")
                or a.design in ("narrative review", "guideline")):
            continue
        text = records[a.pmid].abstract_text
        interval = session_interval(text)
        times: list[tuple[str, float]] = []
        for sentence in split_sentences(text):
            if not _CHANGE_RE.search(sentence) or _METHOD_RE.search(sentence):
                continue
            for m in _EFFECT_TIME_RE.finditer(sentence):
                if m.group("n3"):
                    word = m.group("n3").lower()
                    n = ORDINALS.get(word) or (int(word) if word.isdigit() else words_to_int(word))
                    if n and interval:
                        times.append((f"{' '.join(m.group(0).split())} ({_days(n * interval)} at the stated schedule)",
                                      n * interval))
                    continue
                n_text, unit = (m.group("n1"), m.group("u1")) if m.group("n1") else (m.group("n2"), m.group("u2"))
                amount = float(n_text) if re.match(r"\d", n_text) else words_to_int(n_text)
                if amount:
                    times.append((" ".join(m.group(0).split()), float(amount) * _DAYS[unit.lower()]))
        if times:
            words, days = min(times, key=lambda t: t[1])
            out.append((a.pmid, words, days))
    return out


# --- a number of sessions, like with like (C9) ---------------------------------------------------------------

_SESSION_UNIT = r"(?:sessions?|treatments?|visits?|applications?|appointments?)"
# ROUTE22 (a duration is not a count of sessions): a count reaches its session noun only through modifiers, never
# through a unit of time or across a preposition ("within a week without treatment" counts a week, not a treatment)
_NOT_A_SESSION_MODIFIER = (r"(?!(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|of|with|without|"
                           r"and|or|per|after|before|following|at|in|on|over|for|from|than|by|into|under)\b)")
_CLAIMED_SESSIONS_RE = re.compile(
    rf"\b(?P<bound>up\s+to|at\s+least|as\s+few\s+as|just|only)?\s*(?:(?:after|in|with|from|within|following)\s+)?"
    rf"(?:just\s+|only\s+)?(?:(?P<single>a\s+single|(?:the|your|my|our|their|his|her)\s+(?:very\s+)?first|(?:(?<=after\s)|(?<=in\s)|(?<=within\s)|(?<=from\s)|(?<=following\s))a(?!\s+(?:few|couple|number|series|course|"
    rf"handful|lot|set)\b))|(?P<n>\d+|{NUMBER_WORD}))\s+(?:(?![\d]){_NOT_A_SESSION_MODIFIER}[\w-]+\s+){{0,2}}?{_SESSION_UNIT}\b"
    rf"(?!\s+(?:a|per|each|every)\s+(?:day|week|month))", re.I)  # "two applications a day" is a dose
# VERD3: "use" counts sessions only as the head right after its count or ordinal ("after your very first use", "after
# three uses"); with words between it is a period of use ("after a week of use")
_CLAIMED_USES_RE = re.compile(
    rf"\b(?P<bound>up\s+to|at\s+least|as\s+few\s+as|just|only)?\s*(?:(?:after|in|with|from|within|following|since)\s+)?"
    rf"(?:just\s+|only\s+)?(?:(?P<single>a\s+single|(?:(?:the|your|my|our|their|his|her)\s+)?(?:very\s+)?first)|(?P<n>\d+|{NUMBER_WORD}))"
    rf"\s+uses?\b(?!\s+(?:a|per|each|every)\s+(?:day|week|month))", re.I)
# a count of sessions a record gives (its course, or a result after so many): "three microneedling sessions",
# "four to six sessions", "after 2 treatments"; the words between are no time unit or number
_RECORD_SESSIONS_RE = re.compile(
    rf"\b(?P<n>\d+(?:\.\d+)?|{NUMBER_WORD})(?P<range>\s*(?:-|to|–)\s*(?:\d+|{NUMBER_WORD}))?\s+(?:(?!(?:days?|weeks?|months?|years?|hours?|"
    rf"patients?|studies|trials|of|with|and|or|per|after|before|following|at|in|over|for|from|than|by)\b)[A-Za-z][\w-]*\s+)"
    rf"{{0,2}}?{_SESSION_UNIT}\b", re.I)  # VRD16: a count reaches its noun through modifiers, never across a preposition


_LISTED_VISITS_RE = re.compile(r"\bat\s+(?:weeks?\s+)?0\s*,\s*\d+(?:\s*,\s*\d+)*\s*,?\s*and\s+\d+\s+weeks?\b", re.I)
_COURSE_RE = re.compile(rf"\bfor\s+(?P<n>\d+|{NUMBER_WORD})\s+(?P<u>day|week|month)s?\b", re.I)


_TIME_SPAN_BEFORE_RE = re.compile(rf"\b(?:\d+|{NUMBER_WORD})\s+(?:days?|weeks?|months?|years?)\s*$", re.I)


def claimed_sessions(frame: ClaimFrame, quote: str) -> tuple[float, str] | None:
    """The number of sessions a claim says the result takes, with its bound ("after one microneedling
    session" -> (1, typical); "up to six treatments" -> (6, max)): the frame's own magnitude of kind
    `sessions`, else its time frame or the quote read for a count of sessions, whatever noun modifies it."""
    if frame.magnitude_kind == "sessions" and frame.magnitude_value:
        return frame.magnitude_value, frame.magnitude_bound or "typical"
    for text in (frame.time_frame or "", quote):
        m = _CLAIMED_SESSIONS_RE.search(text) or _CLAIMED_USES_RE.search(text)
        if not m or (m.group("single") and _TIME_SPAN_BEFORE_RE.search(text, 0, m.start())):
            # (QUEST8) "results appear 20 weeks after your first session": a span of time counted from the first
            # session dates a time frame, as "of the first dose" does; it counts no sessions
            continue
        n = 1 if m.group("single") else (int(m.group("n")) if m.group("n").isdigit() else words_to_int(m.group("n")))
        if not n:
            continue
        b = (m.group("bound") or "").lower()
        return float(n), "max" if b.startswith("up") else "min" if b.startswith("at") else "typical"
    return None


def _count_words(n: float) -> str:
    """A count as a reader says it: a whole number as it is, one derived from a course's length and
    a session interval ("three months at a session every 3.5 days") rounded and marked as about."""
    return f"{n:g}" if float(n).is_integer() else f"about {round(n)}"


def sessions_to_effect(appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> list[tuple[str, str, float]]:
    """(pmid, words, n) for the fewest sessions after which each record that found the effect reports it: a
    count it states (the course, "three microneedling sessions", or a result "after 2 treatments"), or the
    earliest effect's time at the stated schedule ("weekly", effect at week 12: 12 sessions)."""
    out = []
    early = {p: (w, d) for p, w, d in earliest_effects(appraisals, records)}
    for a in appraisals:
        if (not a.included or a.pmid not in records or a.direction not in ("supports", "mixed")
                or a.design in ("narrative review", "guideline")):
            continue
        text = records[a.pmid].abstract_text
        counts: list[tuple[str, float]] = []
        spans: list[tuple[str, float]] = []
        for m in _RECORD_SESSIONS_RE.finditer(text):
            word = m.group("n")
            stated = float(word) if re.match(r"\d", word) else words_to_int(word)
            if stated:
                (spans if m.group("range") else counts).append((" ".join(m.group(0).split()), float(stated)))
        # VRD16: "one to six monthly sessions" is how long courses ran across people, not a count after which the
        # effect was seen; its low end stands only when the record gives no count of its own ("an average of 2.5")
        counts += spans if not counts else []
        for m in _LISTED_VISITS_RE.finditer(text):  # "at 0, 4 and 8 weeks": one session at each time listed
            counts.append((" ".join(m.group(0).split()), float(len(re.findall(r"\d+", m.group(0))))))
        interval = session_interval(text)
        if a.pmid in early and interval:
            words, days = early[a.pmid]
            counts.append((f"{words} at a session every {_days(interval)}", max(1.0, days / interval)))
        elif interval and (course := _COURSE_RE.search(text)):
            # the effect reported at the end of a course: "every other week, for eight weeks"
            length = float(course.group("n")) if course.group("n").isdigit() else words_to_int(course.group("n"))
            if length:
                days = length * _DAYS[course.group("u").lower()]
                counts.append((f"{' '.join(course.group(0).split())} at a session every {_days(interval)}",
                               max(1.0, days / interval)))
        if counts:
            words, fewest = min(counts, key=lambda c: c[1])
            out.append((a.pmid, words, fewest))
    return out


# V12d: a verb of persistence with a span ("results last for years", "the new collagen stays for years", "lasts up to
# 18 months") claims how long the effect outlives the treatment: a claim of its own, checked against how long the
# records followed people
_PERSIST_RE = re.compile(rf"\b(?:last(?:s|ed|ing)?|stay(?:s|ed|ing)?|persist(?:s|ed|ing)?|remain(?:s|ed|ing)?|endur(?:e|es|ed|ing)|"
                         rf"hold(?:s|ing)?\s+up)\s+(?:\w+\s+)?(?:for|up\s+to|over)\s+(?:(?:at\s+least|about|around|many|several)\s+)?"
                         rf"(?:(?P<n>\d+|{NUMBER_WORD}|a|an)\s+)?(?P<u>years?|decades?|months?)\b", re.I)
_PERSIST_DAYS = {"year": 365, "decade": 3650, "month": 30}


def persistence_claimed(quote: str) -> tuple[str, float] | None:
    """(span as written, days) when the claim says how long its effect lasts ("last for years": two years)."""
    m = _PERSIST_RE.search(quote)
    if m is None:
        return None
    unit = m.group("u").lower().rstrip("s")
    n = m.group("n")
    count = 1.0 if n and n.lower() in ("a", "an") else float(n) if n and n.isdigit() else \
        float(words_to_int(n) or 2) if n else 2.0  # a bare plural ("for years") is at least two
    return m.group(0), count * _PERSIST_DAYS[unit]


# a category noun of treatments, no treatment's name: "treatment", "the procedure", "this therapy", "each session"
# VERD3: a denial absolute by its form, whatever the wording was graded: a privative compound of the harm ("painless",
# "risk-free") or a negative determiner over it ("no side effects", "zero risk") leaves no case of it
_ABSOLUTE_DENIAL_RE = re.compile(rf"\b(?:{HARM_NOUNS})[\s-]?(?:less|free)\b|\b(?:no|zero)\s+(?:\w+\s+)?(?:{HARM_NOUNS})\b", re.I)
# VERD3: the words research uses for its own units: a group or arm of a trial, its people, the study itself
_STUDY_UNIT_RE = re.compile(r"(?:(?:the|this|that|a|an|each|every|your|our|its|one|control|treatment|study)\s+)?"
                            r"(?:groups?|arms?|cohorts?|participants?|subjects?|patients?|stud(?:y|ies)|trials?)", re.I)
_CATEGORY_NOUN_RE = re.compile(r"(?:(?:the|this|that|a|an|each|every|your|our|its)\s+)?(?:treatments?|therap(?:y|ies)|"
                               r"procedures?|sessions?|products?|interventions?|remed(?:y|ies)|method|technique|it|this)",
                               re.I)
# VRD: a conditional on stopping the treatment ("even if you stop taking the peptides", "if you stop using minoxidil",
# "once you quit", "after stopping"): what follows is said of the time after the treatment ended
_WITHDRAWAL_RE = re.compile(
    r"\b(?:(?:even\s+)?(?:if|when|once|after)\s+(?:you|they|people|patients|users|we|I|she|he)\s+(?:\w+\s+)?"
    r"(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|discontinu\w*|give\s+up|gives\s+up|come\s+off|cease\w*)|"
    r"(?:even\s+)?(?:after|on)\s+(?:stopping|quitting|discontinuing|discontinuation|withdrawal|coming\s+off))\b", re.I)
# a span after the end of treatment in a record: "persisted 4 weeks after the last dose", "a 4-week follow-up after
# stopping", "2, 4 and 8 weeks after the final treatment", "12 weeks after discontinuation"
_OFF_TREATMENT_RE = re.compile(
    rf"\b(?P<n>\d+(?:\.\d+)?|{NUMBER_WORD})[\s-]+(?P<u>day|week|month|year)s?\b(?:[\s-]+(?:treatment-free\s+|post-?treatment\s+)?"
    r"follow[\s-]?up)?\s+(?:after|following|post)\s+(?:stopping|cessation|discontinu\w*|withdrawal|"
    r"(?:the\s+)?(?:last|final)\s+(?:dose|session|treatment|application|injection|visit)|"
    r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?:treatment|therapy|supplementation|intervention)|treatment\s+(?:ended|stopped))\b", re.I)
# an effect said to be lost once the treatment stops ("the results fade", "the new hair falls out", "it comes back")
_LOST_RE = re.compile(r"\b(?:fad(?:e|es|ed|ing)|fall(?:s|ing)?\s+out|wear(?:s|ing)?\s+off|(?:come|comes|coming)\s+back|"
                      r"return(?:s|ed|ing)?|revert\w*|disappear\w*|vanish\w*|los(?:e|es|t|ing)|go(?:es)?\s+away|relapse\w*)\b",
                      re.I)
# an effect said to be kept, not lost, at that time
_KEPT_RE = re.compile(r"\b(?:persist\w*|remain\w*|maintain\w*|sustain\w*|still|lasting|kept|retain\w*|endur\w*)\b", re.I)


# ROUTE22: the exposure is stopping the treatment when the event is timed from the stop ("within a few months of
# stopping", "once you stop minoxidil", "after coming off it") or the frame names the withdrawal ("stopping X")
_FROM_STOPPING_RE = re.compile(
    r"\b(?:of|after|following|since|upon|on|from)\s+(?:(?:\w+\s+){0,2}?)(?:stopping|quitting|discontinuing|"
    r"discontinuation|withdrawal|withdrawing|ceasing|cessation|coming\s+off)\b", re.I)
_STOPPING_FRAME_RE = re.compile(r"^\W*(?:stopping|quitting|discontinu\w+|withdraw\w*|coming\s+off|ceas\w+|cessation)\b",
                                re.I)
# a record that reports what followed the stop: "remitted a few months after minoxidil was stopped", "relapsed on
# withdrawal", "12 weeks after discontinuation"
_AFTER_STOP_RE = re.compile(
    r"\b(?:after|following|upon|on|within)\s+(?:[\w-]+\s+){0,4}?(?:stopp\w+|cessation|discontinu\w+|withdrawal|"
    r"(?:was|were|had\s+been)\s+(?:stopped|discontinued|withdrawn|ceased))\b|"
    r"\b(?:stopped|discontinued|withdrawn|ceased)\b[^.;]{0,60}?\b(?:resolv\w*|remit\w*|regress\w*|recur\w*|relaps\w*|"
    r"return\w*|disappear\w*|clear\w*|revert\w*)", re.I)


_STOP_VERB_RE = re.compile(r"\b(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|g[ai]ve\s+up|giving\s+up|discontinu\w+|came\s+off|"
                           r"coming\s+off|dropp(?:ed|ing)\s+out|ceas\w+)\s+(?:(?:it|them|using|taking|applying|the\s+\w+)\s+)?$",
                           re.I)


def time_of_stopping(frame: ClaimFrame, quote: str) -> str | None:
    """The frame's time frame when, in the quote, it modifies a verb of stopping ("I stopped after six weeks"):
    the length of use before the stop, not the time of an effect."""
    span = (frame.time_frame or "").strip()
    at = quote.lower().find(span.lower()) if span else -1
    return span if at > 0 and _STOP_VERB_RE.search(quote[:at]) else None


# a rate after a length of time makes it the length of each use ("for two minutes a day", "20 minutes every night",
# "for ten minutes twice daily", "30 minutes per session"): a dose, not the time an effect takes (SIGN24)
_PER_USE_RATE_RE = re.compile(r"^\s*,?\s*(?:(?:once|twice|three\s+times|\d+\s+times)\s+)?(?:(?:a|an|per|each|every)\s+"
                              r"(?:day|night|morning|evening|session|treatment|application|use|sitting|week)\b|"
                              r"(?:daily|nightly|a\s+day)\b)", re.I)


# an existential "there is / there's" only introduces the noun phrase the comparative quantifies ("there's far less
# downtime than laser"): it is no predicate of a property
_EXISTENTIAL_RE = re.compile(r"\bthere\s*(?:['’]s|is|are|was|were|will\s+be)\s+", re.I)


def claim_compared_quantity(frame: ClaimFrame, quote: str) -> str:
    """The quantity the claim's comparative quantifier compares ("has far less downtime than laser" -> downtime) when
    the frame's outcome does not name it, else ""."""
    from .frames import compared_quantity  # (read lazily, as frame_of does)

    quantity = compared_quantity(_EXISTENTIAL_RE.sub("", quote))
    if not quantity:
        return ""
    outcome = frame.outcome or ""
    return "" if _names_quantity(outcome, quantity) else quantity


def _names_quantity(text: str, quantity: str) -> bool:
    """Does the text name the quantity, by the stem of its head noun ("side effects" ~ "side effect")?"""
    head = quantity.split()[-1].lower()
    head = re.sub(r"(?<=[^s])s$", "", head)  # the singular: "new hairs" is named by "hair count"
    stem = head[:max(4, len(head) - 2)] if len(head) > 5 else head
    return bool(re.search(rf"\b{re.escape(stem)}", text, re.I))


def time_of_each_use(frame: ClaimFrame, quote: str) -> tuple[str, str | None, float | None] | None:
    """(span, time frame, days) when the frame's time frame is followed in the quote by a rate of use ("pressed on
    for two minutes a day"): the span is the length of each use, and the time frame is the one the rest of the quote
    gives ("within four weeks"), or None; None when the time frame is no length of each use."""
    span = (frame.time_frame or "").strip()
    at = quote.lower().find(span.lower()) if span else -1
    if at < 0:
        return None
    rate = _PER_USE_RATE_RE.match(quote[at + len(span):])
    if not rate:
        return None
    from .frames import time_frame_of  # (read lazily, as frame_of does)

    rest = time_frame_of(quote[:at] + " " + quote[at + len(span) + rate.end():])
    return (span, rest[0], rest[1]) if rest else (span, None, None)


def stopping_exposure(frame: ClaimFrame | None, quote: str) -> str | None:
    """The words that make stopping the treatment the claim's exposure, or None."""
    if frame is not None and _STOPPING_FRAME_RE.search(frame.intervention or ""):
        return " ".join(frame.intervention.split())
    m = _FROM_STOPPING_RE.search(quote) or _WITHDRAWAL_RE.search(quote)
    return " ".join(m.group(0).split()) if m else None


def after_stopping_reports(appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> list[str]:
    """PMIDs of the included records that report what happened after the treatment was stopped."""
    return [a.pmid for a in appraisals if a.included and a.pmid in records and any(
        _AFTER_STOP_RE.search(x) or _OFF_TREATMENT_RE.search(x)
        for x in split_sentences(f"{records[a.pmid].title}. {records[a.pmid].abstract_text}"))]


# what follows a stop, by kind of event: a problem that goes away, or an effect (or the problem) that comes back
_GONE_RE = re.compile(r"\b(?:resolv\w*|remi(?:t|ts|tted|tting|ssion)\w*|regress\w*|disappear\w*|clear(?:s|ed|ing)?|"
                      r"fad(?:e|es|ed|ing)|subsid\w*|go(?:es)?\s+away|went\s+away|gone|normali[sz]\w*)\b", re.I)
_BACK_RE = re.compile(r"\b(?:recur\w*|relaps\w*|return\w*|(?:come|comes|came|coming)\s+back|fall(?:s|ing)?\s+out|fell\s+out|"
                      r"los(?:e|es|t|ing)|loss|revert\w*|rebound\w*|wear(?:s|ing)?\s+off)\b", re.I)


def _same_event_after_stop(quote: str, pmids: Sequence[str], records: Mapping[str, Record]) -> list[str]:
    """The records whose sentence about the time after the stop reports the same kind of event as the claim:
    something gone ("cleared within a few months of stopping" / "fully remitted after it was stopped") or
    something back ("falls out once you stop" / "relapsed on withdrawal"); none when the claim names both or
    neither."""
    kinds = [k for k, pat in (("gone", _GONE_RE), ("back", _BACK_RE)) if pat.search(quote)]
    if len(kinds) != 1:
        return []
    pat = _GONE_RE if kinds[0] == "gone" else _BACK_RE
    return [p for p in pmids if any((_AFTER_STOP_RE.search(x) or _OFF_TREATMENT_RE.search(x)) and pat.search(x)
                                    for x in split_sentences(f"{records[p].title}. {records[p].abstract_text}"))]


def withdrawal_conditional(quote: str) -> str | None:
    """The conditional on stopping the treatment a claim is made under ("even if you stop taking it"), or None."""
    m = _WITHDRAWAL_RE.search(quote)
    return " ".join(m.group(0).split()) if m else None


def off_treatment_follow_up(appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> list[tuple[str, str, float]]:
    """(PMID, sentence, days) for each span after the end of treatment an included record reports."""
    out: list[tuple[str, str, float]] = []
    for a in appraisals:
        if not (a.included and a.pmid in records):
            continue
        for sentence in split_sentences(f"{records[a.pmid].title}. {records[a.pmid].abstract_text}"):
            for m in _OFF_TREATMENT_RE.finditer(sentence):
                n = m.group("n")
                value = float(n) if n[0].isdigit() else float(words_to_int(n) or 0)
                if value:
                    out.append((a.pmid, sentence, value * _DAYS[m.group("u").lower()]))
    return out


def gradient_claimed(quote: str) -> bool:
    """A correlative comparative ("the more often you needle, the more hair you grow"): the claim that the effect
    grows with the amount of use, a dose-response gradient (one whose first term is a harm is `harm_drives_effect`)."""
    from .frames import correlative_comparative, harm_drives_effect

    return correlative_comparative(quote) and not harm_drives_effect(quote)


# SGN17: a span of use a denial of harm covers: "safe to use for years", "for long-term use", "for life"
_USE_SPAN_RE = re.compile(rf"\b(?:for|over)\s+(?:(?:many|several)\s+)?(?:(?P<n>\d+|{NUMBER_WORD})\s+)?(?P<u>years|decades?)\b|"
                          r"\b(?P<long>long[- ]term|lifelong|for\s+life)\b", re.I)
# a study's period: after a preposition of time ("over 48 weeks", "at 24 and 48 weeks", "for up to 2 years") or
# before a noun of follow-up ("a 52-week open-label extension"); never an age ("aged 18-49 years", "5-year history")
_SPAN_RE = re.compile(rf"(?:\b(?:for|over|after|at|during|through|until|to|up\s+to|within)\s+(?:\w+\s+)?"
                      rf"(?P<list>(?:(?:\d+(?:\.\d+)?|{NUMBER_WORD})\s*(?:,|and|or|to|-|–)\s*)*(?:\d+(?:\.\d+)?|{NUMBER_WORD}))"
                      rf"\s+(?P<u>day|week|month|year)s?\b(?!\s+(?:old|of\s+age))|\b(?P<n2>\d+(?:\.\d+)?|{NUMBER_WORD})[\s-]"
                      r"(?P<u2>day|week|month|year)s?[\s-](?:[\w-]+\s+)?(?:follow[\s-]?up|extension|trial|study|treatment|"
                      r"period|course|use))\b", re.I)


def long_use_claimed(quote: str) -> tuple[str, float] | None:
    """(span as written, days) of use a claim of safety covers ("for years": two years; "long-term": one year)."""
    m = _USE_SPAN_RE.search(quote)
    if m is None:
        return None
    if m.group("long"):
        return m.group(0), 365.0
    n = m.group("n")
    count = float(n) if n and n.isdigit() else float(words_to_int(n) or 2) if n else 2.0
    return m.group(0), count * (3650 if m.group("u").lower().startswith("decade") else 365)


def longest_follow_up(appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> float:
    """The longest span in days any included record names (its follow-up or treatment period, at most)."""
    spans: list[float] = []
    for a in appraisals:
        if not (a.included and a.pmid in records):
            continue
        for m in _SPAN_RE.finditer(f"{records[a.pmid].title} {records[a.pmid].abstract_text}"):
            unit = (m.group("u") or m.group("u2")).lower()
            numbers = re.findall(rf"\d+(?:\.\d+)?|{NUMBER_WORD}", m.group("list") or m.group("n2"), re.I)
            values = [float(n) if n[0].isdigit() else float(words_to_int(n) or 0) for n in numbers]
            spans += [v * _DAYS[unit] for v in values if v]
    return max(spans, default=0.0)


_COMPLETE_RE = re.compile(r"\b(?:(?P<abs>completely|totally|entirely|100\s?%)|(?P<perm>permanent(?:ly)?|forever|for\s+(?:good|life)|cure[sd]?|"
                          # VERDICT23: "once the follicles are revived they stay revived": a state said to hold from the
                          # time it is reached, with no span, holds indefinitely, as "for good" says in words
                          r"once\s+(?!(?:a|an|per|every|each|daily|weekly|more|again|or)\b)[^.;!?]{1,80}?\b(?:it|they|this|these|the\s+\w+)\s+(?:stay|stays|remain|remains)\s+[\w-]+"
                          r"(?=\s*(?:[.;!]|$)))|"
                          r"(?P<sure>guarantee[sd]?)|"
                          # verbs of complete removal: "clears breakouts", "erases wrinkles", "gets rid of"
                          r"(?<![\w-])clear(?:s|ed)|(?:to|will|can|helps?(?:\s+to)?)\s+clear|(?<![\w-])clear(?:s|ed|ing)?\s+up|"
                          r"eliminat(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|gets?\s+rid\s+of|wip(?:e|es|ed)\s+out|"
                          r"banish(?:es|ed)?|"
                          # a problem brought down to nothing: "brings hair fall down to almost nothing", "cuts breakouts
                          # to zero" (reduced to none, or all but none: a complete result, not a degree of improvement)
                          r"(?:down\s+|(?:reduc(?:e|es|ed|ing)|cuts?|cutting|slash(?:es|ed)?|drops?|dropped|falls?|fell)\s+(?:[\w-]+\s+){0,3}?)"
                          r"to\s+(?:almost\s+|nearly\s+|virtually\s+|practically\s+|all\s+but\s+)?(?:nothing|zero|none)(?!\s+(?:else|of|more|less))|"
                          # a problem said to be gone: "after three sessions they are (basically) gone"
                          r"(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:all\s+)?(?:gone|vanished|disappeared)|"
                          # a result kept after the treatment stops: "yours to keep", "even if you stop using it"
                          r"(?P<kept>yours\s+to\s+keep|even\s+(?:if|when|after)\s+you\s+stop\w*))\b", re.I)
# a negation just before a totality word or a removal verb denies the complete result ("not completely gone", "doesn't
# clear it"): the claim promises a partial result, or none, never a complete one
_NEGATED_BEFORE_RE = re.compile(r"(?:\bnot|\bnever|\bnor|n['’]t)\s+(?:[\w-]+\s+)?$", re.I)
# degree adverbs make a removal verb gradable ("dramatically clears acne" is a large improvement, not a complete one)
_DEGREE_RE = re.compile(r"\b(?:dramatically|significantly|greatly|noticeably|visibly|considerably|substantially|markedly|"
                        r"largely|partly|partially|mostly|somewhat|slightly|gradually|steadily)\s+$", re.I)


# a time adjunct that dates a result, however vaguely: "in just 4 weeks", "within a few months", "after one session"
_DATED_RE = re.compile(rf"\b(?:within|in|after|by|over)\s+(?:just\s+|only\s+|about\s+|around\s+)?(?:(?:\d+|{NUMBER_WORD}|a|an|"
                       rf"a\s+few|a\s+couple\s+of|several)\s+)?(?:hours?|days?|nights?|weeks?|months?|sessions?|treatments?)\b|"
                       # a span as a compound modifier: "a three-day study", "a 4-week course"
                       rf"\b(?:\d+|{NUMBER_WORD})-(?:hour|day|night|week|month)\b", re.I)
# the focus particle "even" before a noun phrase marks its referent as the extreme of a scale ("clears even deep,
# cystic acne"): a complete result stretched to the hardest cases; not the concessive "even if/though/when" nor an
# intensified comparative ("even better")
_EXTREME_CASE_RE = re.compile(r"\beven\s+(?!if\b|though\b|when\b|after\b|before\b|so\b|then\b|now\b|more\b|less\b|"
                              r"\w+er\b)", re.I)


def lasting_result(m: re.Match[str]) -> bool:
    """A complete result that also outlasts the treatment or is promised for certain ("for good", "cures", "yours to
    keep", "guaranteed"): a claim about time after treatment or about certainty, beyond what any trial reports."""
    return bool(m.group("perm") or m.group("kept") or m.group("sure"))


def absolute_result(quote: str) -> re.Match[str] | None:
    """The complete result worded as absolute, by a degree adverb of totality or a lasting or certain promise
    ("erases scars completely", "totally flake-free", "for good"), not by a removal verb alone ("clears acne")."""
    for m in _COMPLETE_RE.finditer(quote):
        if (m.group("abs") or lasting_result(m)) and not _DEGREE_RE.search(quote[:m.start()]) \
                and not _NEGATED_BEFORE_RE.search(quote[:m.start()]):
            return m
    return None


def complete_result(quote: str) -> re.Match[str] | None:
    """The complete or permanent result the claim promises ("clears breakouts", "erases scars", "for good"), unless
    a degree adverb makes its removal verb a matter of degree ("dramatically clears acne")."""
    for m in _COMPLETE_RE.finditer(quote):
        if re.match(r"even\b", m.group(0), re.I) and _PERSIST_RE.search(quote):
            continue  # "even if you stop, it lasts for a month": a span bounds it, a duration (off_treatment), not for good
        if not _DEGREE_RE.search(quote[:m.start()]) and not _NEGATED_BEFORE_RE.search(quote[:m.start()]):
            return m
    return None


# Universal quantifiers over people or occasions: "always", "every time", "everyone", "all users" assert a
# share of 100%; "not always", "almost everyone" do not (a negated or approximate universal is a share below it)
_UNIVERSAL_SHARE_RE = re.compile(
    r"\b(?:always|every\s+(?:single\s+)?time|each\s+(?:and\s+every\s+)?time|without\s+fail|invariably|"
    r"never\s+fails?|every(?:one|body)|all\s+(?:the\s+)?(?:people|users|patients|men|women|adults|who)|"
    r"every\s+(?:single\s+)?(?:person|user|patient|man|woman|customer|client))\b", re.I)
_NOT_UNIVERSAL_RE = re.compile(r"(?:\b(?:not|never|almost|nearly|virtually|practically|hardly|mostly|as)|n['’]t)\s+(?:\w+\s+)?$",
                               re.I)


# VERD4: a universal over a counted, definite group ("all 30 improved", "each of the 12 patients", "every one of the
# 40 women") quantifies one study's own sample: English counts a group it has already delimited. Such a claim reports
# that study's result, not a share of people in general, so it is no universal to hold to other studies' shares
_COUNTED_GROUP_RE = re.compile(
    rf"\b(?:all|each|every\s+one|both)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:\d+|{NUMBER_WORD})\b"
    r"(?!\s*(?:%|percent|per\s*cent|times|(?:days?|weeks?|months?|years?|hours?|sessions?|treatments?)\b))", re.I)


def counted_group(quote: str) -> re.Match[str] | None:
    """The counted group a claim's universal ranges over ("all 30", "each of the 12"), if any."""
    return _COUNTED_GROUP_RE.search(quote)


def universal_share(quote: str) -> re.Match[str] | None:
    """The universal quantifier over people or occasions the claim makes, if any ("always", "everyone"),
    unless negated or hedged ("doesn't always", "almost everyone", "as always"), or ranging over one study's
    counted sample ("all 30 improved")."""
    if counted_group(quote):
        return None
    for m in _UNIVERSAL_SHARE_RE.finditer(quote):
        if not _NOT_UNIVERSAL_RE.search(quote[:m.start()]):
            return m
    return None


# Universal quantification over people or kinds (not over time: "every day" is a dose)
_UNIVERSAL_SCOPE_RE = re.compile(
    r"\b(?:every(?:one|body)|any(?:one|body)|no\s+matter\s+(?:what|your|how)|whatever\s+(?:your|the)\s+\w+|"
    r"(?:every|all|any|each)\s+(?:(?:of\s+)?(?:the\s+)?[\w-]+\s+){0,2}?(?:types?|kinds?|forms?|sorts?|cases?|grades?|"
    r"stages?|patients?|people|persons?|users?|ages?|tones?|men|women|adults|children|kids|single\s+(?:one|person|user))"
    r")\b", re.I)
# "every" before a numeral is distributive, the denominator of a rate ("six in every ten men", "once every two weeks"),
# not a universal over people (lead, session 17)
_DISTRIBUTIVE_RATE_RE = re.compile(rf"\bevery\s+(?:\d+|{NUMBER_WORD})\b", re.I)
# "in any case", "in any event", "at any rate": English's connectives of concession ("anyway"), which
# quantify over no people or kinds, so they make no universal claim ("in any case of X" does)
_CONNECTIVE_ANY_RE = re.compile(r"\b(?:in\s+any\s+(?:case|event)|at\s+any\s+rate)\b(?!\s+of\b)", re.I)


def _universal_scope(quote: str) -> re.Match[str] | None:
    """The universal over people or kinds the claim makes ("every type of acne", "works for everyone"), if any."""
    text = quote
    for no_scope in (_CONNECTIVE_ANY_RE, _DISTRIBUTIVE_RATE_RE):  # (blanked, so offsets still index the quote)
        text = no_scope.sub(lambda m: " " * len(m.group(0)), text)
    return _UNIVERSAL_SCOPE_RE.search(text)


# VERD4: an inactive comparator: a placebo, sham or vehicle (polarity's INERT_CONTROL), or a preparation's base, which
# is its vehicle ("the base cream", "its base gel", "the cream base"), after the preposition that introduces it
_BASE_ARM_RE = re.compile(r"(?:(?:the|its|their|a|an|own|same)\s+)*(?:(?:\w+\s+){0,2}base|vehicle)\b(?:\s+[a-z]+)?\s*$|"
                          r"\b(?:cream|gel|lotion|ointment|serum|foam)\s+base\b", re.I)
_INTRO_RE = re.compile(r"^(?:(?:with|than|versus|vs\.?|to|against|over|compared\s+(?:with|to))\s+)+", re.I)


def inert_comparator(comparator: str | None) -> bool:
    """Is the claim's comparator an inactive arm (placebo, sham, vehicle, a preparation's base)? An "ordinary" or
    "plain" product is another product, not an inactive arm."""
    text = _INTRO_RE.sub("", _DURATION_TAIL_RE.sub("", (comparator or "").strip()))
    return bool(text) and not _ORDINARY_RE.match(text) and bool(INERT_ARM_RE.match(text) or _BASE_ARM_RE.match(text))


_ORDINARY_RE = re.compile(r"(?:(?:a|an|the|your|their)\s+)?(?:plain|basic|ordinary|simple|regular|normal|standard)\b",
                          re.I)


# a time phrase the frame left on the comparator ("its base gel over nine months")
_DURATION_TAIL_RE = re.compile(r"\s+(?:over|for|after|in|within|at)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:days?|weeks?|months?|years?)\s*$",
                               re.I)


_NOT_AS_RE = re.compile(r"(?:\bnot|n['’]t|\bnever|\bnowhere\s+near)\s+(?:quite\s+|nearly\s+|always\s+)?as\s+\w+\s+as\b", re.I)


def not_as_reading(frame: ClaimFrame, quote: str) -> bool:
    """Does "X is not as good as Y" still put the frame's intervention at most level with its comparator? Not when the
    frame has already read the negation by making Y, the one named after "as", its intervention and the winner
    (superior): read a second time, the negation would turn the claim round twice."""
    m = _NOT_AS_RE.search(quote)
    if not m:
        return False
    words = _name_words(frame.intervention_norm) | _name_words(frame.intervention)
    before, after = quote[:m.start()].lower(), quote[m.end():].lower()
    swapped = frame.relation == "superior" and bool(words) and any(w in after for w in words) \
        and not any(w in before for w in words)
    return not swapped
# the subject of a comparison is no treatment ("nothing works better than X", "no serum beats X"): X is the best
_NEGATIVE_SUBJECT_RE = re.compile(r"\b(?:no|not|nothing|none|nobody|never|neither|n['’]t)\b", re.I)


def named_as_standard(frame: ClaimFrame, quote: str) -> bool:
    """SIGN8 (how English marks comparison): is the frame's intervention named only as the standard of a superior
    comparison, after its "than", with something else its subject ("finasteride improved hair in far more men than
    saw palmetto capsules did")? Then the claim puts the intervention behind, not ahead. Not when the subject is
    negative ("nothing works better than X" ranks X first)."""
    if frame.relation != "superior":
        return False
    m = re.search(r"\bthan\b", quote, re.I)
    words = _name_words(frame.intervention_norm) | _name_words(frame.intervention)
    if not m or not words:
        return False
    before, after = quote[:m.start()].lower(), quote[m.end():].lower()
    return (any(re.search(rf"\b{re.escape(w)}", after) for w in words)
            and not any(re.search(rf"\b{re.escape(w)}", before) for w in words)
            and bool(_name_words(before)) and not _NEGATIVE_SUBJECT_RE.search(before))


_SPEED_RE = re.compile(r"\b(?:faster|quicker|sooner|more\s+quickly|more\s+rapidly)\b", re.I)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’](?:d|ve|m|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")  # "My skin" opens a sentence too
# a first person speaking for others: a clinician's patients, or what the writer read or was told
_FIRST_PERSON_FOR_OTHERS_RE = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:patients|clients|customers|readers|users|members|followers|subscribers)\b|"
    r"\bI(?:['’]ve|\s+have)?\s+(?:read|heard|been\s+told|was\s+told|seen\s+(?:studies|trials|research|reviews))\b", re.I)


def first_person_anecdote(quote: str) -> bool:
    """V10e: the writer's own result ("my skin feels plumper", "Vitamin C erased the sun spots I'd had"),
    not a clinician's patients or evidence the writer reports."""
    return bool(_FIRST_PERSON_RE.search(quote)) and not _FIRST_PERSON_FOR_OTHERS_RE.search(quote)
# VRD16: English existential reports of cases: a passive of reporting ("have been reported"), "there are reports/cases
# of", "a (serious/published) case of", and an indefinite person with an episodic (past-tense) relative clause ("a
# woman who lost ...", "a man whose skin was burned"); a generic present ("a woman who uses it risks ...") is no case
_CASE_REPORTED_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:\w+\s+)?(?:reported|documented|described)\b|"
    r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:\w+\s+){0,2}?(?:reports?|cases?|accounts?)\s+of\b|"
    r"\b(?:a|one)\s+(?:\w+\s+){0,2}?(?:case|report)\s+of\b|"
    r"\b(?:a|one)\s+(?:[\w-]+\s+){0,2}?(?:woman|man|patient|girl|boy|person|teenager|client|mother|father)\s+"
    r"(?:who|whose\s+\w+)\s+(?:had\s+|was\s+|were\s+)?(?:\w+ed|lost|had|got|went|became|developed|suffered|was|were)\b|"
    # SIGN6: the same indefinite person as the subject of a past-tense verb of undergoing ("a woman lost the sight of one
    # eye after ..."): an episode, existential as the relative clause is; and an active perfect of reporting whose
    # subject is people who report cases ("doctors have reported a serious allergic reaction")
    r"\b(?:a|one)\s+(?:[\w-]+\s+){0,2}?(?:woman|man|patient|girl|boy|person|teenager|client|mother|father)\s+"
    r"(?:lost|developed|suffered|went\s+blind|was\s+(?:left|blinded|hospitali[sz]ed|burned|burnt|scarred))\b|"
    r"\b(?:doctors|clinicians|physicians|dermatologists|surgeons|researchers|investigators|authors)\s+(?:have|has|had)\s+"
    r"(?:also\s+)?(?:reported|documented|described)\b|"
    # SGN17: "at least one" is an existential quantifier ("have damaged the retina in at least one user"), and a
    # negated absence of risk ("not risk-free", "not without risk") asserts only that some risk exists
    r"\bat\s+least\s+(?:one|a|1)\s+(?:[\w-]+\s+)?(?:users?|persons?|people|patients?|cases?|reports?|wom[ae]n|m[ae]n|"
    r"clients?|customers?|child(?:ren)?)\b|"
    r"\b(?:not|isn['’]t|aren['’]t|never)\s+(?:entirely\s+|completely\s+|totally\s+)?(?:risk[\s-]free|without\s+(?:any\s+)?risks?)\b",
    re.I)


def reports_case(quote: str) -> bool:
    """VRD16: does the claim say that a case of the harm has occurred or been reported (an existential claim)?"""
    return bool(_CASE_REPORTED_RE.search(quote))


_GENERIC_CMP_RE = re.compile(r"\b(?:other|all|any|alternatives?|everything|anything|conventional|traditional)\b", re.I)
# COMPARE9: a quantifier over a named kind ("any collagen cream", "all minoxidil foams") still names that kind: only
# a quantifier with nothing named after it ("all treatments", "any alternative") or a word that excludes the
# treatment itself ("other", "conventional") leaves the comparator unnamed
_OTHER_THAN_ITSELF_RE = re.compile(r"\b(?:other|else|alternatives?|everything|anything|conventional|traditional)\b", re.I)


_EFFICACY_BETTER_RE = re.compile(r"\b(?:better|more\s+effective(?:ly)?|superior|outperform\w*|beats?)\b", re.I)
_PARITY_WORDS_RE = re.compile(r"\b(?:equally|alike|just\s+as|(?:about|roughly|nearly|almost)\s+as|as\s+(?:well|good|much|"
                              r"effective|effectively|\w+)\s+as|the\s+same\s+as|on\s+par|comparabl[ey]|similar(?:ly)?)\b", re.I)


def generic_comparator(comparator: str | None) -> bool:
    """Is the comparator no named treatment ("other treatments", "anything else", "all creams"), as opposed to a
    named one, quantified or not ("minoxidil", "any collagen cream")?"""
    if not comparator or not _GENERIC_CMP_RE.search(comparator):
        return False
    return bool(_OTHER_THAN_ITSELF_RE.search(comparator)) or not (_name_words(comparator) - _QUANTIFIERS)


_QUANTIFIERS = frozenset({"any", "all", "every", "each", "either"})
_TIE_RE = re.compile(r"\b(?:no\s+(?:statistically\s+)?significant(?:ly)?\s+(?:\w+\s+)?differen\w*|not\s+significantly\s+"
                     r"differ\w*|comparable|similar(?:ly)?|equally|as\s+effective\s+as|no\s+differen\w*|did\s+not\s+differ|"
                     r"equivalen\w*|non-?inferior\w*|not\s+(?:\w+\s+)?inferior|no\s+statistical(?:ly)?\s+(?:significant\s+)?"
                     r"differen\w*)\b", re.I)
_BETTER_RE = re.compile(r"\b(?:more\s+effective|superior|better|greater|outperform\w*|favou?r\w*|higher\s+(?:efficacy|"
                        r"response|improvement)|more\s+(?:improvement|regrowth|reduction))\b", re.I)


# the closed class of dosage forms and generic treatment words: "clindamycin gel" is the record's "1% clindamycin
# solution"; a form names how a drug is given, not which drug it is
# VERDICT23 (like with like): "liquid", "gel" and "pill" are dosage forms too ("the old 2% liquid" is minoxidil at 2%, not
# any record's "caffeine-based topical liquid"), and "old", "new", "original" date a product, they name none
_NOT_A_NAME = frozenset("""treatment treatments therapy therapies solution solutions topical oral cream creams prescription
drugs other injections injection alone products product lotion lotions foam foams serum serums ointment ointments shampoo
shampoos spray sprays tablet tablets capsule capsules patch patches drops strength strengths dose doses dosage dosages
concentration concentrations formulation formulations version versions liquid liquids gel gels pill pills
old older new newer original""".split())


def _name_re(phrase: str | None) -> re.Pattern[str] | None:
    """Content words of a treatment name as one pattern ("minoxidil 2%" -> minoxidil)."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]{3,}", phrase or "") if w.lower() not in _NOT_A_NAME]
    if not words:
        # COMPARE9: a name of three letters only ("oil", "LED", "PRP") is still a name: matched as a whole word
        short = [w for w in re.findall(r"\b[A-Za-z][\w-]{2}\b", phrase or "")
                 if w.lower() not in _NOT_A_NAME and w.lower() not in STOPWORDS]
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in short) + r")s?\b", re.I) if short else None
    return re.compile(r"\b(?:" + "|".join(re.escape(w[:max(5, len(w) - 2)]) for w in words) + r")\w*", re.I)


def comparator_findings(frame: ClaimFrame, question: Question, appraisals: Sequence[Appraisal],
                        records: Mapping[str, Record], exclude: frozenset[str] | set[str] = frozenset(),
                        quote: str = "") -> list[HeadToHead]:
    """Head-to-head sentences against the frame's own comparator: a sentence that names both
    the intervention and the comparator and reports no difference (tie) or which one did better
    (win when the intervention is named first as the better one, loss otherwise). Records the
    question-level reader already compared are skipped."""
    ire, cre = _arm_names(frame, question, quote)
    if cre is None or ire is None:
        return []
    i_words = _name_words(frame.intervention_norm) | _name_words(frame.intervention)
    c_words = _name_words(frame.comparator_norm) | _name_words(frame.comparator)
    if not (i_words <= c_words or c_words <= i_words):
        # words both names match ("laser" in "laser diodes" and "devices mixing lasers") name neither arm; a
        # combination and its component ("microneedling with vitamin C", "microneedling alone") keep theirs
        ire, cre = _OnlyArm(ire, cre), _OnlyArm(cre, ire)
    outcome_heads = question_terms(question).outcome_heads
    out: list[HeadToHead] = []
    for a in appraisals:
        if not a.included or a.pmid not in records or a.pmid in exclude or a.design in ("narrative review", "guideline"):
            continue  # context, not evidence
        for sentence in split_sentences(records[a.pmid].abstract_text):
            im, cm = ire.search(sentence), cre.search(sentence)
            if not im or not cm or im.group(0).lower() == cm.group(0).lower():
                continue  # a dose comparison of one drug cannot be told apart by name
            # "absolute regrowth was greatest with steroid, then PRP (P = .016), while dermoscopic improvement was
            # similar for PRP and steroid": clauses that each compare the two arms are read one by one
            parts = [x for x in _CLAUSE_BREAK_RE.split(sentence) if x and ire.search(x) and cre.search(x)]
            ranking = False
            for part in parts if len(parts) >= 2 else [sentence]:
                im, cm = ire.search(part), cre.search(part)
                if not im or not cm or im.group(0).lower() == cm.group(0).lower():
                    continue
                tie, better = _TIE_RE.search(part), _BETTER_RE.search(part)
                rank = _RANK_RE.search(part)
                if rank or ranking and not (tie or better):
                    # a ranking lists the better treatment first ("the ranking from most to least effective was
                    # A, B"; "greatest with steroid, then PRP"), and a clause after it continues the list
                    ranking = True
                    at = rank.start() if rank else 0
                    first_i, first_c = ire.search(part[at:]), cre.search(part[at:])
                    if first_i and first_c:
                        out.append(HeadToHead(a.pmid, "win" if first_i.start() < first_c.start() else "loss", part))
                    continue
                if tie and _other_measure(part, tie, outcome_heads) or not tie and better and _other_measure(
                        part, better, outcome_heads):
                    continue  # "better compliance than topical use", "tolerability was similar": not the outcome
                if tie:
                    out.append(HeadToHead(a.pmid, "tie", part))
                elif better:
                    first = _unless_inferior(part, _better_one(part, better, ire, cre))
                    if re.match(r"ed\s+by\b", part[better.end() - 2:], re.I):
                        first = "loss" if first == "win" else "win"  # a passive ("Y was outperformed by X"): the agent won
                    out.append(HeadToHead(a.pmid, first, part))
                    # "93% with Y versus 62.5% with X (P < 0.05), but colorimetric measurements showed no statistical
                    # difference": a contrasted clause that names no arm continues the same comparison
                    rest = _CONTRAST_RE.split(part[better.end():], maxsplit=1)
                    if (len(rest) == 2 and (t2 := _TIE_RE.search(rest[1])) and not ire.search(rest[1])
                            and not cre.search(rest[1]) and not _other_measure(rest[1], t2, outcome_heads)):
                        out.append(HeadToHead(a.pmid, "tie", part))
                elif ((mentions(part, outcome_heads) or mentions(_design_of(records[a.pmid]), outcome_heads))
                      and not _OTHER_MEASURE_RE.search(part)
                      and (found := _arms_compared(part, im, cm, question, ire, cre))):
                    # no comparative word: the two arms' results set side by side ("reduced lesions by 34%, compared
                    # with 14% for clindamycin"; "36.2% with red light and 30.7% with blue light (p > .05)"), about
                    # the outcome the sentence or the trial's design names, not about its harms or costs
                    out.append(HeadToHead(a.pmid, found, part))
        read = [h.sentence for h in out if h.pmid == a.pmid]
        # A trial whose title or design sentence sets the two against each other ("X vs Y"), in either
        # order: its between-group results are head-to-head results against this comparator, also beside
        # the sentences above that name both arms (each sentence read once)
        rec = records[a.pmid]
        sentences = split_sentences(rec.abstract_text)
        design = f"{rec.title} {sentences[0] if sentences else ''}"
        im, cm = ire.search(design), cre.search(design)
        if im and cm and im.group(0).lower() != cm.group(0).lower() and _VERSUS_RE.search(design):
            # (SIGN8: a tie that names no outcome is about the trial's own, which its design names: when that is
            # another outcome than the question's ("acne scars" for a question on redness), it is no tie on this one)
            about = mentions(design, outcome_heads)
            out.extend(HeadToHead(a.pmid, "tie", x) for x in sentences if between_group_tie(x)
                       and not any(x in r or r in x for r in read) and (about or mentions(x, outcome_heads)))
            # in such a trial, "scar response was better on the laser side" names the winning
            # arm alone: the other arm lost (only sentences about the question's outcome)
            for x in sentences[1:]:
                better = _BETTER_RE.search(x)
                i2, c2 = ire.search(x), cre.search(x)
                if (better and bool(i2) != bool(c2) and not between_group_tie(x)
                        and not any(x in r or r in x for r in read)
                        and mentions(x, outcome_heads)
                        # "greater with the combination than with minoxidil alone" is an add-on result
                        and not _COMBINATION_RE.search(x) and not re.search(r"\b(?:alone|only|monotherapy)\b", x, re.I)):
                    named_at = i2.start() if i2 else c2.start() if c2 else 0
                    who = "win" if i2 else "loss"
                    if re.search(r"\bthan\b", x[better.end():named_at], re.I):
                        who = "loss" if who == "win" else "win"  # "better than with laser": the arm named lost
                    who = _unless_inferior(x, who)
                    out.append(HeadToHead(a.pmid, who, x))
            if a.pmid not in {h.pmid for h in out} and (alike := _arms_alike(sentences, ire, cre, question)):
                out.append(_AlikeArms(a.pmid, "tie", alike))
    return out


# how often a harm happened in one arm against the other (English comparatives of frequency): "more frequent in
# the blue light group", "fewer adverse events", "a lower incidence of irritation", "better tolerated"; the harms
# an arm can have more or fewer of are the words trial reports name harms by (harms.py), and a few more
_ARM_HARMS = rf"{RECORD_HARM_WORDS}|irritat\w*|stinging|dryness|toxicit\w*|harms?"
_MORE_OFTEN_RE = re.compile(r"\bmore\s+(?:frequent(?:ly)?|common(?:ly)?|often)\b|\b(?:higher|greater|increased)\s+(?:\w+\s+)?"
                            r"(?:rates?|incidences?|frequenc\w+|proportions?|numbers?|risks?)\b|\bmore\s+(?=(?:\w+\s+)?"
                            rf"(?:{_ARM_HARMS})\b)", re.I)
_LESS_OFTEN_RE = re.compile(r"\bfewer\b|\bless\s+(?:frequent(?:ly)?|common(?:ly)?|often|irritat\w*)\b|\b(?:lower|reduced|"
                            r"smaller)\s+(?:\w+\s+)?(?:rates?|incidences?|frequenc\w+|proportions?|numbers?|risks?)\b|"
                            r"\bbetter\s+tolerated\b|\b(?:gentler|milder|safer)\b", re.I)
_HARM_WORD_RE = re.compile(rf"\b(?:{_ARM_HARMS}|tolera\w*)\b", re.I)
_HARM_LESS_RE = re.compile(rf"\b(?:{HARM_NOUNS}|stings?)\s+less\b|\bless\s+(?:{HARM_NOUNS}|sting\w*)", re.I)
_HARM_MORE_RE = re.compile(rf"\b(?:{HARM_NOUNS}|stings?)\s+more\b", re.I)
_STANDARD_BEFORE_RE = re.compile(r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:(?:the|with|in|for|on|a)\s+){0,2}$",
                                 re.I)


def harm_comparisons(frame: ClaimFrame, question: Question, appraisals: Sequence[Appraisal],
                     records: Mapping[str, Record], quote: str, fewer: bool | None = None) -> list[HeadToHead] | None:
    """A comparative harm claim ("caused fewer side effects than blue light") against what trials of the two
    arms report about their harms: a sentence that says harms were more or less frequent in one arm ("adverse
    reactions were clearly more frequent in the blue light group") or alike in both. A win when the arm the
    claim says has fewer harms had fewer. Only in records that name both arms (a comparison of the two), and
    only when the claim says which arm has fewer harms (None when it does not). Efficacy results of the same
    trials answer another outcome and are not read here. `fewer` says which way the claim compares when its words do
    not ("without the itchy scalp" after a comparison with Y denies Y's harm to the claim's arm: fewer, R2VERD)."""
    # a harm verb or adjective with "less"/"more" ("it itches less than", "less itchy") compares how much harm
    more_claimed = _MORE_OFTEN_RE.search(quote) or _HARM_MORE_RE.search(quote) if fewer is None else not fewer
    fewer_claimed = _LESS_OFTEN_RE.search(quote) or _HARM_LESS_RE.search(quote) if fewer is None else fewer
    if bool(more_claimed) == bool(fewer_claimed):
        return None
    ire, cre = _arm_names(frame, question, quote)
    if ire is None or cre is None:
        return []
    out: list[HeadToHead] = []
    for a in appraisals:
        if not a.included or a.pmid not in records or a.design in ("narrative review", "guideline"):
            continue
        rec = records[a.pmid]
        sentences = split_sentences(rec.abstract_text)
        design = f"{rec.title} {sentences[0] if sentences else ''}"
        # SIGN6: a name the record gives an arm in apposition ("0.05% retinoic acid (tretinoin) cream") names that arm
        # in its later sentences too ("retinoic acid caused more local irritation")
        ire_r, cre_r = _aliased(ire, rec.abstract_text), _aliased(cre, rec.abstract_text)
        if not (ire_r.search(design) and cre_r.search(design)):
            continue  # not a comparison of the two arms
        for x in sentences:
            if not _HARM_WORD_RE.search(x):
                continue
            more, less = _MORE_OFTEN_RE.search(x), _LESS_OFTEN_RE.search(x)
            named = sorted([(m.start(), "I") for m in ire_r.finditer(x)] + [(m.start(), "C") for m in cre_r.finditer(x)])
            if bool(more) == bool(less):
                if not more and _TIE_RE.search(x) and (len({w for _, w in named}) == 2 or between_group_tie(x)):
                    out.append(HeadToHead(a.pmid, "tie", x))
                continue
            # the arm the comparative is said of: the one named outside the standard of comparison ("than Y"),
            # nearest the comparative ("alike in both, but more erythema with Y")
            cue = more or less
            assert cue is not None
            subject = sorted((abs(at - cue.start()), w) for at, w in named if not _STANDARD_BEFORE_RE.search(x[:at]))
            if not subject:
                continue
            more_harm = subject[0][1] if more else ("C" if subject[0][1] == "I" else "I")
            fewer_in_intervention = more_harm == "C"
            out.append(HeadToHead(a.pmid, "win" if fewer_in_intervention == bool(fewer_claimed) else "loss", x))
    return out


def denied_rise_comparisons(frame: ClaimFrame, question: Question, appraisals: Sequence[Appraisal],
                            records: Mapping[str, Record], quote: str) -> list[HeadToHead]:
    """R2VERD (PICO; GRADE indirectness of outcome, like with like): a denial of a rise in a harm over a named active arm
    ("better than minoxidil, without the itchy scalp") against trials of the two that compare that harm between the
    arms with a test: "win" when the claim's arm had less of it, "tie" when the arms did not differ, "loss" when it had
    more. Only sentences that name the denied harm (the question's specific harm terms) are read, and only tested
    results count (a lead on the arms' numbers is no shown difference). Empty without a named, active comparator."""
    if not frame.comparator or generic_comparator(frame.comparator) or inert_comparator(frame.comparator):
        return []
    specific = _specific_harm_terms(question, degree_generic=True)
    if not specific:
        return []
    found = harm_comparisons(frame, question, appraisals, records, quote, fewer=True) or []
    return [h for h in found if mentions(h.sentence, specific) and (h.outcome == "tie" or not _untested_lead(h))]


_NO_ALIAS = STOPWORDS | frozenset("""cream creams gel gels lotion solution foam serum ointment shampoo tablet tablets
group groups arm arms side sides patients subjects participants control controls vehicle placebo sham topical oral
daily twice once alone only""".split())
_APPOSED_NAME_RE = re.compile(r"\b([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+\(([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\)")


class _WithAlias:
    """An arm's name pattern widened by the names a record gives it in apposition (see `_aliased`). Quacks like a
    compiled pattern for the head-to-head readers (`search`, `finditer`, `pattern`)."""

    def __init__(self, names: _Names, alias: re.Pattern[str]):
        self.names, self.alias, self.pattern = names, alias, names.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        found = list(self.names.finditer(text))
        spans = [m.span() for m in found]
        found += [m for m in self.alias.finditer(text) if not any(a < m.end() and m.start() < b for a, b in spans)]
        return iter(sorted(found, key=lambda m: m.start()))

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def _aliased(names: _Names, text: str) -> _Names:
    """SIGN6: `names` with the other name an apposition in `text` gives the same arm: "retinoic acid (tretinoin)" makes
    "retinoic acid" a name of the arm called "tretinoin", and the reverse (English: a parenthesised noun phrase right
    after a name renames it). Words that are no name (a percentage, a p value, an abbreviation of a measure the arm's
    name does not match) are never added."""
    aliases = []
    for m in _APPOSED_NAME_RE.finditer(text or ""):
        before, inside = m.group(1), m.group(2)
        if names.search(inside) and not names.search(before):
            aliases.append(before)
        elif names.search(before) and not names.search(inside):
            aliases.append(inside)
    # a form, a unit of the study or a function word renames no treatment ("tretinoin (cream)", "PRP (group A)")
    aliases = [a for a in aliases if not set(a.lower().split()) <= _NO_ALIAS]
    if not aliases:
        return names
    return _WithAlias(names, re.compile(r"\b(?:" + "|".join(re.escape(a) for a in dict.fromkeys(aliases)) + r")\b", re.I))


@dataclass(frozen=True)
class _AlikeArms(HeadToHead):
    """Both arms of a trial of the two changed alike, each significantly from its own baseline, and no test
    between them is reported: consistent with parity, but not a shown one (GRADE imprecision)."""


def _arms_alike(sentences: Sequence[str], ire: _Names, cre: _Names, question: Question) -> str | None:
    """The sentences that report each arm's own significant change ("With X, ... fell (P < .001). With Y, ...
    fell (P < .001)"), when both arms changed the same way; None otherwise."""
    seen: dict[str, list[tuple[str, str]]] = {"I": [], "C": []}
    for x in sentences[1:]:
        i2, c2 = ire.search(x), cre.search(x)
        named = i2 or c2
        if named is None or (i2 and c2) or not _SIGNIFICANT_RE.search(x) or _OTHER_MEASURE_RE.search(x):
            continue
        call = classify_effect(x, intervention=named.group(0), comparator="", outcome=question.outcome)
        if call is not None and call.label in ("increased", "decreased") and call.scope != "between":
            seen["I" if i2 else "C"].append((call.label, x))
    labels = {arm: {label for label, _ in found} for arm, found in seen.items()}
    if len(labels["I"]) == 1 and labels["I"] == labels["C"]:
        return " ".join(x for found in seen.values() for _, x in found[:1])
    return None


_CONTRAST_RE = re.compile(r",?\s*\b(?:but|whereas|while|although|though|however)\b", re.I)
# a ranking lists the better first: "the ranking from most to least effective was A, B", "came first, followed in
# decreasing order by", "greatest with X, then Y"
_RANK_RE = re.compile(r"\branking\b|\bfrom\s+(?:the\s+)?most\s+to\s+(?:the\s+)?least\b|\bin\s+(?:decreasing|descending)\s+"
                      r"order\b|\b(?:greatest|highest|largest|best)\b[^;.]{0,60}?,\s*(?:then|followed\s+by)\b", re.I)


def _other_measure(sentence: str, cue: re.Match[str], outcome_heads) -> bool:
    """Is a comparative or a tie said of another measure than the outcome ("better compliance than topical
    use", "tolerability was similar")? The words right around its cue name harms, tolerance, adherence or
    costs, and neither efficacy nor the outcome."""
    window = " ".join(sentence[:cue.start()].split()[-2:] + [cue.group(0)] + sentence[cue.end():].split()[:2])
    return bool(_OTHER_MEASURE_RE.search(window) and not re.search(r"\b(?:effica\w*|effective\w*)", window, re.I)
                and not mentions(window, outcome_heads))


_VERSUS_RE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|comparing|against|comparison\s+(?:of|between|to|with))\b", re.I)
# what a trial measures besides its efficacy outcome: harms, tolerance, satisfaction, dropouts, costs
_OTHER_MEASURE_RE = re.compile(r"\b(?:adverse|side[- ]effects?|reactions?|irritation|tolera\w*|complications?|safety|"
                               r"dropouts?|withdr[ae]w\w*|discontinu\w*|satisf\w*|costs?|pain\w*|erythema|complian\w*|"
                               r"adheren\w*|convenien\w*|acceptab\w*)\b", re.I)
# a sign that a difference between arms was tested: significance words, p values, confidence intervals
_TESTED_RE = re.compile(r"\bsignifican\w*|\bstatistic\w*|\bp\s*(?:value\s*)?[<=>≤≥]|\b(?:95\s*%\s*)?CI\b|confidence\s+interval",
                        re.I)
# a negated comparative ("no better than", "not more effective than") claims at most parity: a win refutes it
# a negated comparative with its standard ("no harsher than", "not any more irritating than"): a comparison
_NEGATED_COMPARATIVE_RE = re.compile(r"\b(?:no|not|n['’]t|never)\s+(?:any\s+)?(?:\w{3,}er|more\s+\w+|less\s+\w+)\s+"
                                     r"(?:(?!than\b)\w+\s+){0,4}than\b"
                                     # not a time, an amount or an inert control ("no longer than a week", "no better
                                     # than placebo": no effect)
                                     r"(?!\s+(?:(?:a|an|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)"
                                     r"\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|sessions?|treatments?|"
                                     r"times?|percent)|\d|ever|before|usual|expected|normal|(?:a\s+|the\s+)?(?:placebo|sham|"
                                     r"vehicle|nothing|water|control|doing\s+nothing))\b)", re.I)
# a negation over a clause that ends in "better than" ("did not make the scars look any better than laser alone")
_NOT_ANY_BETTER_RE = re.compile(r"(?:\b(?:no|not|never)|n['’]t)\s+(?:[\w-]+\s+){0,6}?(?:any\s+)?(?:better|more\s+effective)\s+"
                                r"(?:than|to)\b", re.I)


def parity_denied_effect(frame: ClaimFrame, quote: str) -> bool:
    """SIGN8: a no-effect frame with a named active comparator that the quote sets the intervention against by a
    negated comparative ("X did no better than Y", "adding X did not make it any better than Y alone"): a claim of
    at most parity with Y, not of no effect (an inert comparator, "no better than placebo", is no effect)."""
    return bool(frame.relation == "no_effect" and frame.comparator and not generic_comparator(frame.comparator)
                and not inert_comparator(frame.comparator) and not inert_comparator(frame.comparator_norm)
                # (a base, vehicle or placebo named with an adjective, "the plain base cream", is still inert)
                and not _INERT_NAMES_RE.search(f"{frame.comparator} {frame.comparator_norm or ''}")
                and _NOT_ANY_BETTER_RE.search(quote))


_NO_BETTER_RE = re.compile(r"\b(?:no|not|n['’]t|never)\s+(?:any\s+)?(?:better|more\s+effective|superior)\s+(?:than|to)\b", re.I)


def _name_words(phrase: str | None, routes: bool = False) -> set[str]:
    """A name's words beyond dosage forms and generic treatment words; with `routes`, a route of
    administration ("oral", "topical") is kept: it tells two uses of one drug apart."""
    return {w.lower() for w in re.findall(r"[A-Za-z][\w-]{2,}", phrase or "")
            if w.lower() not in STOPWORDS and (w.lower() not in _NOT_A_NAME or (routes and _ROUTE_RE.fullmatch(w)))}


def _arm_names(frame: ClaimFrame, question: Question | None = None,
               quote: str = "") -> tuple[_Names | None, _Names | None]:
    """Patterns for the intervention's and the comparator's names. Two members of one concept ("red light"
    and "blue light", both LED light therapy; "oral" and "topical minoxidil") share their head, which
    names neither arm: they are told apart by the words that differ, as the article writes them. One
    treatment at another strength, route or dosage form ("the 5% strength" against "the 2% strength",
    "oral minoxidil" against "the topical solution") is told apart by what distinguishes the arms
    (`_marked_arms`). The article's own words name the comparator (a table entry such as "retinol (topical
    retinoids)" for "tretinoin" is broader than the arm), and the names the question searches the
    intervention by ("LLLT", "PRP", "ascorbic acid") name it too."""
    marked = _marked_arms(frame, quote)
    if marked is not None:
        return marked
    ire = _name_re(frame.intervention_norm) or _name_re(frame.intervention)
    cre = _name_re(frame.comparator) or _name_re(frame.comparator_norm)
    asked = _name_re(question.intervention) if question is not None else None
    if ire is not None and cre is not None and question is not None and asked is not None and asked.search(
            f"{frame.intervention_norm or ''} {frame.intervention or ''}") and not (
            _name_words(frame.intervention_norm) | _name_words(frame.intervention)) & (
            _name_words(frame.comparator_norm) | _name_words(frame.comparator)):
        ire = _with_synonyms(ire, question, cre)
    if ire is not None and inert_comparator(frame.comparator or frame.comparator_norm):
        # VERD4: an inactive arm is named by what it is in the trial, whichever word the article used ("its base gel"
        # is the trial's "vehicle"): placebo, sham, vehicle, base, an untreated control
        return _affirmed(ire), _INERT_NAMES_RE
    told_i, told_c = _told_apart(frame, ire, cre)
    return _affirmed(told_i), _affirmed(told_c)


_INERT_NAMES_RE = re.compile(r"\b(?:vehicle|placebo|sham|base|untreated|no[- ]treatment)\w*", re.I)


def _told_apart(frame: ClaimFrame, ire: re.Pattern[str] | None,
                cre: re.Pattern[str] | None) -> tuple[_Names | None, _Names | None]:
    """Two members of one concept told apart by the words that differ (see `_arm_names`)."""
    i_all = _name_words(frame.intervention_norm) | _name_words(frame.intervention)
    c_all = _name_words(frame.comparator_norm) | _name_words(frame.comparator)
    if ire is not None and cre is not None and (i_all & c_all or ire.pattern == cre.pattern):
        own_i = _name_words(frame.intervention, True) - _name_words(frame.comparator, True)
        own_c = _name_words(frame.comparator, True) - _name_words(frame.intervention, True)
        if own_i and own_c and not (own_i & i_all & c_all):
            # a short modifier names the arm only before the shared head ("red light", not "less red")
            head = "|".join(re.escape(w[:max(4, len(w) - 2)]) for w in sorted(i_all & c_all)) or r"(?!x)x"

            def alt(ws: set[str]) -> re.Pattern[str]:
                return re.compile(r"\b(?:" + "|".join(re.escape(w[:len(w) - 2]) + r"\w*" if len(w) >= 6 else
                                                      re.escape(w) + rf"\W+(?:(?!(?:and|or|plus|with|to)\b)[\w-]+\W+){{0,2}}?(?:{head})\w*"
                                                      for w in sorted(ws)) + ")", re.I)
            return alt(own_i), alt(own_c)
    return ire, cre


def _with_synonyms(ire: re.Pattern[str], question: Question, cre: re.Pattern[str]) -> re.Pattern[str]:
    """The intervention's name and the other names its question searches it by ("LLLT" for low-level laser
    therapy, "ascorbic acid" for vitamin C), leaving out any that name the comparator."""
    extra = []
    for term, _ in question_terms(question).intervention:
        words = re.findall(r"[A-Za-z0-9][\w-]*", term.replace("*", " "))
        if (not words or cre.search(term) or len(term.replace("*", "").strip()) < 3
                or all(w.lower() in _NOT_A_NAME or w.lower() in STOPWORDS for w in words)):
            continue
        extra.append(r"[\s-]+".join(re.escape(w) for w in words) + (r"\w*" if term.rstrip().endswith("*") else r"s?"))
    if not extra:
        return ire
    return re.compile(rf"{ire.pattern}|\b(?:{'|'.join(sorted(set(extra)))})\b", re.I)


# what tells two arms of one treatment apart: a strength (a number with its unit) or a route of administration
_STRENGTH_MARK_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(%|mg|mcg|µg|ml|iu)(?![\w%])", re.I)
# what a strength or route names an arm through: the treatment, a dosage form or an arm noun ("the 5% group")
_ARM_NOUN = (r"(?:solutions?|creams?|gels?|lotions?|foams?|serums?|ointments?|shampoos?|sprays?|tablets?|capsules?|"
             r"injections?|patch(?:es)?|drops|groups?|arms?|sides?|strengths?|doses?|dosages?|concentrations?|"
             r"formulations?|treatments?|therap(?:y|ies)|use|administration|versions?|products?)\b")


def _marks(text: str) -> dict[str, set[str]]:
    """The strengths ("5%", "5 mg") and routes ("oral", "topical") a phrase names, by kind."""
    strengths = {f"{float(m.group(1)):g}{m.group(2).lower()}" for m in _STRENGTH_MARK_RE.finditer(text or "")}
    # COMPARE9: a dosage form names its route ("any collagen cream" is topical), and "by mouth" is "oral"
    routes = _routes_of(text) | ({"oral"} if _BY_MOUTH_RE.search(text or "") else set())
    return {"strength": strengths, "route": routes}


_BY_MOUTH_RE = re.compile(r"\b(?:by|through\s+the)\s+mouth\b", re.I)


def _mark_pattern(mark: str) -> str:
    strength = re.fullmatch(r"(\d+(?:\.\d+)?)(%|mg|mcg|µg|ml|iu)", mark)
    if strength:
        num, unit = strength.groups()
        return (rf"(?<![\d.]){re.escape(num)}" + (r"(?:\.0+)?" if "." not in num else "0*")
                + rf"\s?{re.escape(unit)}" + (r"(?![\w%])" if unit != "%" else ""))
    forms = DOSAGE_FORM_ROUTES.get(mark)
    return rf"\b{re.escape(mark)}(?:ly|ed|ion|able)?\b" + (f"|\\b(?:{forms})\\b" if forms else "") + (
        rf"|{_BY_MOUTH_RE.pattern}" if mark == "oral" else "")


class _Names(Protocol):
    """What the head-to-head readers need of an arm's name: a compiled pattern, or one of the wrappers below."""

    @property
    def pattern(self) -> str: ...

    def search(self, text: str, /) -> re.Match[str] | None: ...

    def finditer(self, text: str, /) -> Iterator[re.Match[str]]: ...


# SIGN8: a name under the prefix of negation ("non-laser therapies", "non laser treatments") names every treatment
# but that one (English prefix negation), so it never names the arm
_NON_PREFIX_RE = re.compile(r"\bnon[- ]?$", re.I)


class _Affirmed:
    """An arm's name pattern that skips a name negated by the prefix "non-" ("microneedling was better than
    non-laser therapies" compares it with everything but the laser). Quacks like a compiled pattern."""

    def __init__(self, mine: _Names):
        self.mine, self.pattern = mine, mine.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return (m for m in self.mine.finditer(text) if not _NON_PREFIX_RE.search(text[max(0, m.start() - 4):m.start()]))

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def _affirmed(names: _Names | None) -> _Names | None:
    return None if names is None else _Affirmed(names)


class _OnlyArm:
    """An arm's name pattern that skips words the other arm's name matches too (they name neither arm).
    Quacks like a compiled pattern for the head-to-head readers (`search`, `finditer`, `pattern`)."""

    def __init__(self, mine: _Names, other: _Names):
        self.mine, self.other, self.pattern = mine, other, mine.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        theirs = [m.span() for m in self.other.finditer(text)]
        return (m for m in self.mine.finditer(text) if not any(a < m.end() and m.start() < b for a, b in theirs))

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


class _MarkedArm:
    """One arm of a comparison of one treatment with itself at another strength or route, named by what
    tells it apart ("5%", "oral"). A mark names the arm only where it is attached to the treatment's name,
    a dosage form or an arm noun ("5% minoxidil", "minoxidil 5 mg", "the 2% group", "oral treatment"), or
    stands for it in the second term of a comparison whose first names the other arm ("similar to topical").
    Quacks like the compiled patterns the head-to-head readers take (`search`, `finditer`, `pattern`)."""

    def __init__(self, marks: set[str], treatment: re.Pattern[str], other: set[str]):
        self.mark = re.compile("|".join(_mark_pattern(m) for m in sorted(marks)), re.I)
        self.other = re.compile("|".join(_mark_pattern(m) for m in sorted(other)), re.I)
        self.pattern = self.mark.pattern
        self._after = re.compile(rf"(?:\W+[\w.%/-]+){{0,3}}?\W+(?:{treatment.pattern}|{_ARM_NOUN})", re.I)
        self._before = re.compile(rf"(?:{treatment.pattern})(?:\W+[\w.%/-]+){{0,2}}?\W*$", re.I)

    def _names_arm(self, text: str, m: re.Match[str]) -> bool:
        before = text[:m.start()]
        if self._after.match(text, m.end()) or self._before.search(before):
            return True
        # "oral treatment was judged of similar efficacy to topical": the second term elides the shared head
        return bool(re.search(r"\b(?:than|to|versus|vs\.?|with|over)\s+(?:the\s+|a\s+)?$", before, re.I)
                    and self.other.search(before))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return (m for m in self.mark.finditer(text) if self._names_arm(text, m))

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


_ADMINISTERED_RE = re.compile(
    r"\b(?:swallow\w*|tak(?:e|es|ing|en)|appl(?:y|ies|ied|ying)|rubb?(?:ed|ing|s)?|massag\w+|spray\w*|dab\w*|smear\w*|"
    r"inject\w*|drink\w*|chew\w*)\b|\b(?:on(?:to)?|into|over|under|to)\s+(?:the\s+|your\s+|my\s+|their\s+)?(?:\w+\s+)?"
    r"(?:skin|scalp|face|hair|calf|calves|legs?|arms?|hands?|feet)\b|\bby\s+mouth\b|\b(?:does|do|did)\b", re.I)


def _marked_arms(frame: ClaimFrame, quote: str) -> tuple[_MarkedArm, _MarkedArm] | None:
    """A comparator that is the intervention itself at another strength, route or dosage form ("The 5% strength
    works better than the 2% strength", "Oral minoxidil is just as effective as the topical solution"): the
    comparator names no treatment beyond the intervention's own name, so the arms are told apart by their
    marks: the comparator's from its phrase, the intervention's from its own phrase or else the quote's other
    marks. None when no mark of one kind tells them apart."""
    treatment = _name_re(frame.intervention_norm) or _name_re(frame.intervention)
    if treatment is None or not (frame.comparator or "").strip():
        return None
    i_words = _name_words(frame.intervention_norm) | _name_words(frame.intervention)
    # ROUTE22: a verb of administration and the body site it takes ("rubbing the foam into your scalp", "swallowing
    # the tablets") say how the arm is given, its route, and name no other treatment
    told = _ADMINISTERED_RE.sub(" ", frame.comparator or "")
    if _name_words(told) - i_words - _QUANTIFIERS:
        return None  # the comparator names another treatment ("any collagen cream" names only the claim's own)
    theirs_all, mine_all, said = _marks(frame.comparator or ""), _marks(frame.intervention), _marks(quote)
    if not theirs_all["route"]:
        theirs_all["route"] = quote_routes(frame.comparator or "")
    for kind in ("strength", "route"):
        theirs = theirs_all[kind]
        mine = mine_all[kind] or said[kind] - theirs
        if mine and theirs and not mine & theirs:
            return _MarkedArm(mine, treatment, theirs), _MarkedArm(theirs, treatment, mine)
    return None


# a significant result in the same sentence: a null beside it is about something else ("only the combined group
# had a statistically significant improvement (p = 0.0005), so X alone did not significantly improve")
_SIGNIFICANT_RE = re.compile(r"\bp\s*(?:[<≤]\s*0?\.\d|=\s*0?\.0[0-4])|(?<!not\s)(?<!no\s)\bstatistically\s+significant\b", re.I)
_ARM_AMOUNT_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?%")
_CHANGE_AMOUNT_RE = re.compile(r"\b(?:by|improv\w*|reduc\w*|decreas\w*|increas\w*|gain\w*|respon\w*|clear\w*|regrowth|"
                               r"rose|fell|drop\w*)\b", re.I)


def _arm_amounts(sentence: str, ire: _Names, cre: _Names) -> tuple[float, float] | None:
    """The intervention's and the comparator's amounts when a sentence sets two side by side: each
    amount belongs to the arm named right after it ("36.2% with red light and 30.7% with blue light");
    with one of the two so named, the other is the other arm's ("X reduced lesions by 34%, compared
    with 14% for Y")."""
    for clause in sentence.split(";"):  # "36.2% with red light and 30.7% with blue light (p > .05); ..."
        pair = _clause_amounts(clause, ire, cre)
        if pair is not None:
            return pair
    return None


def _clause_amounts(sentence: str, ire: _Names, cre: _Names) -> tuple[float, float] | None:
    found = [m for m in _ARM_AMOUNT_RE.finditer(sentence)
             if not re.search(r"\b(?:p|ci)\s*[<=>≤≥]?\s*$", sentence[:m.start()][-6:], re.I)]
    if len(found) != 2:
        return None
    arms: list[str | None] = []
    for m in found:
        after = re.match(r"\s*(?:\w+\s+)?(?:with|for|in|on|after|among|by)\s+(?:the\s+)?((?:[\w%.-]+\s*){1,4})",
                         sentence[m.end():], re.I)
        named = after.group(1) if after else ""
        arms.append("I" if ire.search(named) and not cre.search(named) else
                    "C" if cre.search(named) and not ire.search(named) else None)
    if arms.count(None) == 1:
        arms = [a or ("C" if "I" in arms else "I") for a in arms]
    if sorted(a or "" for a in arms) != ["C", "I"]:
        return None
    values = {a: float(m.group(1)) for a, m in zip(arms, found)}
    return values["I"], values["C"]


def _arms_compared(sentence: str, im: re.Match[str], cm: re.Match[str], question: Question,
                   ire: _Names, cre: _Names) -> str | None:
    """A between-arm result without a comparative word: "tie" for a null between the arms (p > .05);
    else "win"/"loss" for the intervention. Two amounts of change set side by side decide by size (the
    larger good change wins: "reduced lesions by 34%, compared with 14%"); otherwise the classifier's
    direction for the intervention's arm, good or bad for the outcome. None when no arms are compared."""
    call = classify_effect(sentence, intervention=im.group(0), comparator=cm.group(0), outcome=question.outcome)
    if call is not None and call.label == "no difference" and not _SIGNIFICANT_RE.search(sentence) and (
            call.scope == "between" or (call.scope != "within" and _arm_amounts(sentence, ire, cre) is not None)):
        # a null between the arms, or one that follows the two arms' amounts set side by side ("36.2% with red
        # light and 30.7% with blue light (p > .05)"); not a null said of one arm ("X alone did not improve")
        return "tie"
    if call is None or call.scope != "between":
        return None
    polarity = _polarity(call, sentence)
    amounts = _arm_amounts(sentence, ire, cre) if _CHANGE_AMOUNT_RE.search(sentence) else None
    if amounts and polarity and amounts[0] != amounts[1]:
        return "win" if (amounts[0] > amounts[1]) == (polarity > 0) else "loss"
    return "win" if polarity > 0 else "loss" if polarity < 0 else None


def _active_comparison_only(a: Appraisal) -> bool:
    """Is the record's only indirectness its comparison with another active treatment (no placebo arm)?"""
    return bool(a.indirectness) and all(r.startswith("compared with another active treatment only")
                                         for r in (a.indirectness or "").split("; "))


def _parity_records(h2h: Sequence[HeadToHead]) -> tuple[list[str], list[str], list[str]]:
    """(records that found no difference, records that found a clear difference either way, records that found
    both) for a claim of parity, each record read as a whole; a lead read only from untested numbers is no
    clear difference."""
    tied: list[str] = []
    apart: list[str] = []
    mixed: list[str] = []
    for pmid in dict.fromkeys(h.pmid for h in h2h):
        mine = [h for h in h2h if h.pmid == pmid]
        n_ties = sum(h.outcome == "tie" for h in mine)
        n_apart = sum(h.outcome != "tie" and not _untested_lead(h) for h in mine)
        (mixed if n_ties and n_apart else tied if n_ties else apart if n_apart else []).append(pmid)
    return tied, apart, mixed


def _untested_lead(h: HeadToHead) -> bool:
    """A win or loss read only from the two arms' numbers, with no test of the difference ("34%, compared
    with 14%"): a lead on the point estimates, not a shown difference (GRADE imprecision)."""
    return h.outcome != "tie" and not _BETTER_RE.search(h.sentence) and not _TESTED_RE.search(h.sentence)
# an add-on result: the combination against the intervention "alone" ("greater with the combination
# than with microneedling alone")
_ADD_ON_LOSS_RE = re.compile(r"\b(?:combination|combined|plus|adding|added|add-on)\b.*\b(?:alone|by\s+itself|on\s+its\s+own|"
                             r"monotherapy)\b|\b(?:alone|by\s+itself|monotherapy)\b.*\b(?:combination|combined|plus|adding|"
                             r"added)\b", re.I)
_CLAUSE_BREAK_RE = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\b(?:whereas|while|but)\b", re.I)


def _add_on_claim(frame: ClaimFrame, quote: str) -> bool:
    """A claim that the intervention added to the comparator beats the comparator "alone" / "by
    itself", when the frame names the intervention without the combination."""
    if _COMBINATION_RE.search(frame.intervention or "") or not frame.comparator:
        return False
    name = _name_re(frame.comparator_norm or frame.comparator)
    if name is None:
        return False
    return any(re.match(r"\W*(?:\w+\s+){0,2}?(?:alone|by\s+itself|on\s+its\s+own|only)\b", quote[m.end():], re.I)
               for m in name.finditer(quote))


# what joins the parts of a combination in a treatment's name ("microneedling plus minoxidil",
# "microneedling with vitamin C", "creatine combined with training", "A + B")
_COMBO_SPLIT_RE = re.compile(r"\s*(?:\b(?:plus|combined\s+with|together\s+with|paired\s+with|with|added\s+to)\b|\+)\s*", re.I)
# the combination arm as trials name it, and a part named alone ("minoxidil alone", "both monotherapies")
_COMBO_ARM_RE = re.compile(r"\b(?:combination|combined|plus|add-?on|adding|added)\b|\+", re.I)
_ALONE_WORDS = r"(?:alone|only|by\s+itself|on\s+its\s+own|monotherapy)\b"
# a comparative of size is a comparative of result ("a significantly larger gain", "the combination beat both")
_SIZE_BETTER_RE = re.compile(rf"{_BETTER_RE.pattern}|\b(?:beat|beats|larger|bigger)\b", re.I)
_EITHER_RE = re.compile(r"\b(?:either|each|both|any)\b", re.I)


def _combination_parts(frame: ClaimFrame) -> list[str] | None:
    """The parts of a combination the claim's intervention names, each a treatment name; None when it names one."""
    for text in (frame.intervention_norm, frame.intervention):
        parts = [x.strip() for x in _COMBO_SPLIT_RE.split(text or "") if x and x.strip()]
        parts = [x for x in parts if _name_re(x) is not None]
        if len(parts) >= 2:
            return parts
    return None


def _combination_claim(frame: ClaimFrame) -> tuple[list[str], list[str]] | None:
    """An add-on claim whose intervention is the combination ("the helmet plus minoxidil did better than either
    treatment alone"): its parts, and the parts the claim compares the combination with. The comparator is a
    part ("microneedling alone"), every part ("either treatment alone"), or the combination itself, as a frame
    reads "paired with minoxidil it quadruples your results" (the combination against what it is made of).
    None for a comparator that is another treatment."""
    parts = _combination_parts(frame)
    cmp = f"{frame.comparator or ''} {frame.comparator_norm or ''}".strip()
    if parts is None or not cmp:
        return None
    c_words = _name_words(frame.comparator) | _name_words(frame.comparator_norm)
    i_words = set().union(*(_name_words(x) for x in parts))
    if _EITHER_RE.search(cmp) or (c_words and i_words <= c_words):
        return parts, parts
    targets = [x for x in parts if _name_words(x) and _name_words(x) <= c_words | _name_words(x) & c_words
               and _name_words(x) & c_words]
    if not targets or c_words - i_words - {"alone", "only", "itself", "own"}:
        return None  # the comparator is (or adds) another treatment: no add-on comparison
    return parts, targets


def add_on_findings(parts: Sequence[str], targets: Sequence[str], question: Question, appraisals: Sequence[Appraisal],
                    records: Mapping[str, Record]) -> list[HeadToHead]:
    """Head-to-head results of a combination against a part of it given alone: from trials whose title or design
    sentence names every part, the sentences that name the combination arm and a target part alone (or "both
    monotherapies") and say which did better or that they did not differ. A trial without such an arm compares
    other things (indirect at most) and gives none."""
    part_res = [r for r in (_name_re(x) for x in parts) if r is not None]
    target_res = [r for r in (_name_re(x) for x in targets) if r is not None]
    if len(part_res) < 2 or not target_res:
        return []
    words = [_name_words(x) for x in parts]
    if any(words[i] & words[j] for i in range(len(words)) for j in range(i + 1, len(words))):
        return []  # parts sharing a name word ("laser therapy", "devices mixing lasers") cannot be told apart as arms
    alone_re = re.compile("|".join(rf"(?:{r.pattern})\W+(?:[\w%.-]+\s+){{0,3}}?{_ALONE_WORDS}" for r in target_res)
                          + r"|\bmonotherap(?:y|ies)\b|\b(?:either|each|both)\s+(?:\w+\s+)?alone\b", re.I)
    outcome_heads = question_terms(question).outcome_heads
    out: list[HeadToHead] = []
    for a in appraisals:
        if not a.included or a.pmid not in records or a.design in ("narrative review", "guideline"):
            continue  # context, not evidence
        rec = records[a.pmid]
        design = _design_of(rec)
        if not all(r.search(design) for r in part_res):
            continue  # the trial does not give the combination
        for sentence in split_sentences(rec.abstract_text):
            clauses = [x for x in _CLAUSE_BREAK_RE.split(sentence) if x and _COMBO_ARM_RE.search(x) and alone_re.search(x)]
            before = len(out)
            for part in clauses if len(clauses) >= 2 else [sentence]:
                am = alone_re.search(part)
                cm = next((m for m in _COMBO_ARM_RE.finditer(part) if not am or m.end() <= am.start()
                           or m.start() >= am.end()), None)
                if not am or not cm:
                    continue
                found = _tie_or_win(a.pmid, part, outcome_heads, _COMBO_ARM_RE, alone_re)
                if found:
                    out.append(found)
            if len(out) == before and clauses and between_group_tie(sentence) and mentions(sentence, outcome_heads):
                # VERD4: "density rose on both sides (14.6 with X plus Y versus 10.8 with Y alone), but between-side
                # differences were not significant": each arm's change is no comparison; the contrasted clause's test
                # of the difference between the arms is, and it found none (a tie, whichever arm's number is larger)
                out.append(HeadToHead(a.pmid, "tie", sentence))
    return out


def _tie_or_win(pmid: str, part: str, outcome_heads, arm_re, alone_re) -> HeadToHead | None:
    """A clause naming both arms as a tie or a win on the outcome ("tolerability was similar" is no finding)."""
    tie, better = _TIE_RE.search(part), _SIZE_BETTER_RE.search(part)
    if (tie and _other_measure(part, tie, outcome_heads)) or (not tie and better
                                                               and _other_measure(part, better, outcome_heads)):
        return None
    if tie:
        return HeadToHead(pmid, "tie", part)
    if better:
        return HeadToHead(pmid, _unless_inferior(part, _better_one(part, better, arm_re, alone_re)), part)
    return None


# what joins two treatments into one arm's name ("PRP with microneedling", "microneedling-PRP", "A plus topical B")
_ARM_JOIN = (r"(?:\s*[-+/]\s*|\s+(?:with|plus|and|combined\s+with|together\s+with|added\s+to|followed\s+by)\s+"
             r"(?:[\w-]+\s+){0,2}?)")


def add_on_arm_findings(frame: ClaimFrame, question: Question, appraisals: Sequence[Appraisal],
                        records: Mapping[str, Record]) -> list[HeadToHead]:
    """SIGN2: head-to-head results of an add-on trial ("microneedling with PRP versus microneedling alone") for a
    claim that adding the intervention to the comparator beats the comparator alone. In such a trial the comparator
    is named in both arms: the combination arm names it joined to the intervention ("PRP with microneedling",
    "combined microneedling-PRP"), the other arm marks it as given alone ("microneedling monotherapy"). So the
    comparator's arm is only the mention marked alone, the combination's is the intervention (with whatever it is
    joined to) or a combination word, and a bare mention of the comparator names neither arm."""
    ire, _ = _arm_names(frame, question)
    cre = _name_re(frame.comparator_norm or frame.comparator)
    if ire is None or cre is None or isinstance(ire, _MarkedArm):
        return []
    alone_re = re.compile(rf"(?:{cre.pattern})\W+(?:[\w%.-]+\s+){{0,3}}?{_ALONE_WORDS}|\bmonotherap(?:y|ies)\b", re.I)
    not_alone = rf"(?!\W+(?:[\w%.-]+\s+){{0,2}}?{_ALONE_WORDS})"
    combo_re = _OnlyArm(re.compile(rf"(?:{cre.pattern}){_ARM_JOIN}(?:{ire.pattern})|(?:{ire.pattern}){_ARM_JOIN}"
                                   rf"(?:{cre.pattern}){not_alone}|(?:{ire.pattern})|{_COMBO_ARM_RE.pattern}", re.I), alone_re)
    outcome_heads = question_terms(question).outcome_heads
    out: list[HeadToHead] = []
    for a in appraisals:
        if not a.included or a.pmid not in records or a.design in ("narrative review", "guideline"):
            continue  # context, not evidence
        for sentence in split_sentences(records[a.pmid].abstract_text):
            clauses = [x for x in _CLAUSE_BREAK_RE.split(sentence) if x and combo_re.search(x) and alone_re.search(x)]
            for part in clauses if len(clauses) >= 2 else [sentence]:
                if not combo_re.search(part) or not alone_re.search(part):
                    continue
                found = _tie_or_win(a.pmid, part, outcome_heads, combo_re, alone_re)
                if found:
                    out.append(found)
    return out


def _design_of(record: Record) -> str:
    """The record's title and design sentence: where a trial names its arms."""
    sentences = split_sentences(record.abstract_text)
    return f"{record.title or ''} {sentences[0] if sentences else ''}"


def _add_on_record(record: Record, frame: ClaimFrame) -> bool:
    """A trial of the intervention added to the comparator: its title or design sentence names the
    comparator "alone" ("microneedling plus 5% minoxidil versus 5% minoxidil lotion alone")."""
    name = _name_re(frame.comparator_norm or frame.comparator)
    sentences = split_sentences(record.abstract_text)
    design = f"{record.title} {sentences[0] if sentences else ''}"
    if name is not None and any(
            re.match(r"\W*(?:[\w%-]+\s+){0,2}?(?:alone|by\s+itself|on\s+its\s+own|only|monotherapy)\b", design[m.end():], re.I)
            for m in name.finditer(design)):
        return True
    return _added_arm_design(record.title or "", frame)


# a treatment the claim's one is given on top of: "after the laser", "with microneedling", "on top of minoxidil"
_ADJUNCT_RE = re.compile(r"\b(?:after|following|with|alongside|on\s+top\s+of|added\s+to|combined\s+with|plus)\s+"
                         r"(?:(?:the|a|an|your|each|every|its)\s+)?(?P<co>[A-Za-z][\w-]*(?:\s+[A-Za-z0-9][\w-]*){0,2})", re.I)


def adjunct_treatment(frame: ClaimFrame, quote: str, appraisals: Sequence[Appraisal],
                      records: Mapping[str, Record]) -> str | None:
    """SIGN8: the treatment a benefit claim gives its own on top of ("Brushed on after the laser, the PRP ..."), when
    its records hold a trial of that treatment alone against it joined to the claim's (an add-on design); None for a
    claim with a comparator, with no such trial (then the adjunct is no arm the records know), or when the phrase
    qualifies the outcome ("halves the redness after laser": which redness, not how the treatment is given)."""
    if frame.relation != "benefit" or frame.comparator or _COMBINATION_RE.search(frame.intervention or ""):
        return None
    own = _name_words(frame.intervention) | _name_words(frame.intervention_norm)
    outcome = {w[:5] for w in _name_words(frame.outcome)}
    for m in _ADJUNCT_RE.finditer(quote):
        if {w[:5] for w in _name_words(" ".join(quote[:m.start()].split()[-3:]))} & outcome:
            continue  # a phrase that qualifies the outcome ("the redness after laser"), not the treatment's use
        words = m.group("co").split()
        for n in range(len(words), 0, -1):
            co = " ".join(words[:n])
            if not _name_words(co) or _name_words(co) & own or _name_re(co) is None:
                continue
            probe = replace(frame, comparator=co, comparator_norm=co)
            if any(a.included and a.pmid in records and _added_arm_design(records[a.pmid].title or "", probe)
                   for a in appraisals):
                return co
    return None


# "A vs A with B": the second arm repeats the first one's name and joins another treatment to it
_JOINED_RE = re.compile(r"\b(?:with|plus|and|combined\s+with|added\s+to)\b|\+", re.I)


def _added_arm_design(title: str, frame: ClaimFrame) -> bool:
    """SIGN8 (PICO, an add-on design by structure): a title that sets an arm against the same arm joined to the
    claim's intervention ("Fractional CO2 Laser vs Fractional CO2 with Topical Platelet-rich Plasma"): the arms
    differ by the intervention alone, whatever words the second arm elides of the first."""
    ire = _name_re(frame.intervention_norm) or _name_re(frame.intervention)
    cre = _name_re(frame.comparator_norm) or _name_re(frame.comparator)
    vs = _VERSUS_RE.search(title)
    if ire is None or cre is None or vs is None:
        return False
    left = re.split(r"[:;,]", title[:vs.start()])[-1]
    right = re.split(r"[:;,]|\b(?:in|for|among)\s+(?:the\s+)?(?:treatment|management|patients|people)\b", title[vs.end():])[0]
    for first, second in ((left, right), (right, left)):
        im, join = ire.search(second), _JOINED_RE.search(second)
        if im is None or join is None or ire.search(first) or not cre.search(first) or join.start() > im.start():
            continue
        shared = _name_words(first) & _name_words(second[:join.start()])
        if shared:
            return True
    return False


_INFERIOR_RE = re.compile(r"\bless\s+effective|inferior|worse\b", re.I)


def _unless_inferior(text: str, first: str) -> str:
    """A comparison worded by inferiority ("X was less effective than Y", "inferior", "worse") reverses
    what the order of the arms says: "win" <-> "loss"."""
    return ("loss" if first == "win" else "win") if _INFERIOR_RE.search(text) else first


def _better_one(sentence: str, cue: re.Match[str], ire: _Names, cre: _Names) -> str:
    """"win" or "loss" for the intervention in a sentence whose comparative (`cue`) names a
    better treatment. The comparative is said of its clause's subject, the treatment named last
    before it ("38% with saw palmetto versus 68% with finasteride, and finasteride was more
    effective": finasteride); with none before it ("favoured rosemary over minoxidil",
    "greater gains with X than Y"), the first one named after it."""
    starts = [0] + [m.end() for m in _CLAUSE_BREAK_RE.finditer(sentence) if m.end() <= cue.start()]
    clause_start = starts[-1]
    ends = [m.start() for m in _CLAUSE_BREAK_RE.finditer(sentence) if m.start() >= cue.end()]
    clause = sentence[clause_start:ends[0] if ends else len(sentence)]
    at = cue.start() - clause_start
    named = sorted([(m.start(), "win") for m in ire.finditer(clause)] + [(m.start(), "loss") for m in cre.finditer(clause)])
    before = [who for pos, who in named if pos < at]
    after = [who for pos, who in named if pos >= at]
    if before:
        return before[-1]
    if after:
        return after[0]
    im, cm = ire.search(sentence), cre.search(sentence)
    return "win" if im and cm and im.start() < cm.start() else "loss"


_POP_GENERIC = frozenset("""skin skins type types tone tones all every any people person everyone anyone with who and
or including users user the a an of for those individuals adults scalp scalps complexion complexions that is are
prone most many some several majority""".split())  # (SIGN7: a quantifier, "most adults", picks a share, not a kind)


def _other_species_only(a: Appraisal) -> bool:
    """Indirect only because it studied animals or cells, not another outcome or treatment (V10d)."""
    reasons = [r for r in (a.indirectness or "").split("; ") if r]
    return bool(reasons) and all(r.startswith(("animal evidence", "in vitro")) for r in reasons)


# Designs whose report of a harm shows it can happen, not that people in general get it (V10c).
_NOT_REPORTING_DESIGNS = frozenset({"case report", "case series", "narrative review", "guideline", "animal", "in vitro",
                                    "other"})


def _population_words(frame: ClaimFrame, quote: str) -> set[str]:
    """Words that name the claim's population ("sensitive", "darker", "pregnant"), beyond generic ones."""
    text = f"{frame.population or ''} " + " ".join(
        m.group(1) for m in re.finditer(r"\bincluding\s+((?:(?!that\b|who\b|which\b)[\w-]+\s*){1,4})", quote))
    if not frame.population:
        return set()
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text) if w.lower() not in _POP_GENERIC}


def _distinct_population(frame: ClaimFrame, quote: str, question: Question) -> set[str]:
    """The population words that set the claim's people apart: without the question's outcome words,
    which every relevant record shares ("burn scar" on a scar question: "burn")."""
    shared = {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", f"{question.outcome} {frame.outcome or ''}")}
    return {w for w in _population_words(frame, quote) if w[:5] not in shared}


def _mentions_population(record: Record, words: set[str]) -> bool:
    """Does the record name the claim's people, in either spelling ("skin of colour" / "skin of color")?"""
    text = f"{record.title} {record.abstract_text}".lower()
    return any(re.search(r"\b" + re.escape(f[:max(5, len(f) - 2)]), text) for w in words for f in forms(w))


def _evidence_studies(appraisals: Sequence[Appraisal], records: Mapping[str, Record]) -> list[Appraisal]:
    """The included studies whose records are at hand; narrative reviews and guidelines are context, not evidence."""
    return [a for a in appraisals if a.included and a.pmid in records and a.design not in ("narrative review", "guideline")]


def subgroup_records(frame: ClaimFrame, question: Question, appraisals: Sequence[Appraisal],
                     records: Mapping[str, Record]) -> tuple[list[str], list[Appraisal]] | None:
    """VERD3: the words by which the claim's outcome or population narrows its question's ("alopecia totalis" on an
    "alopecia" question: "totalis"), and the included studies that name them; None unless some, but not all, do. A
    modifier of the outcome's noun names a kind of it (English noun phrase structure), so only studies of that kind are
    direct evidence for the claim (GRADE indirectness of population); narrative reviews are context, not evidence."""
    known = set(_tokens(f"{question.outcome} {question.intervention} {question.statement} {frame.intervention or ''} "
                        f"{frame.intervention_norm or ''}"))
    words = [w for w in dict.fromkeys(_tokens(f"{frame.outcome or ''} {frame.population or ''}"))
             if len(w) > 3 and w.isalpha() and w not in STOPWORDS and w not in _POP_GENERIC
             and not any(k[:5] == w[:5] for k in known)]
    if not words:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:e?s)?\b", re.I)
    studies = _evidence_studies(appraisals, records)
    direct = [a for a in studies if pattern.search(f"{records[a.pmid].title} {records[a.pmid].abstract_text}")]
    return (words, direct) if direct and len(direct) < len(studies) else None


# a strength written as a percentage ("the 0.01% strength", "a 2% lotion"): a dose of the treatment, never an effect size
_STRENGTH_PCT_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?%")


def strength_records(quote: str, frame: ClaimFrame, appraisals: Sequence[Appraisal],
                     records: Mapping[str, Record]) -> tuple[str, list[Appraisal]] | None:
    """The strength a claim names (a percentage that is not its effect size) and the included studies that name that
    strength; None when the claim names no strength, or every study names it (then all are direct evidence)."""
    found = [m.group(1) for m in _STRENGTH_PCT_RE.finditer(quote)
             if frame.magnitude_value is None or abs(float(m.group(1)) - frame.magnitude_value) > 1e-9]
    if len(found) != 1:
        return None
    value = found[0]
    pattern = re.compile(rf"(?<![\w.]){re.escape(value)}\s?%")
    studies = _evidence_studies(appraisals, records)
    direct = [a for a in studies if pattern.search(f"{records[a.pmid].title} {records[a.pmid].abstract_text}")]
    return None if studies and len(direct) == len(studies) else (f"{value}%", direct)


def _judged_on(direct: Sequence[Appraisal], question: Question, n_hits: int,
               cited_before: list[str]) -> tuple[list[Appraisal], str, str, list[str]]:
    """(studies, verdict, certainty, cited PMIDs) when a claim is judged on its direct records alone (GRADE
    indirectness): the question's grade over them, their PMIDs cited after those the question cited first."""
    sub_grade = grade_question(question, list(direct), n_hits=n_hits)
    return (list(direct), sub_grade.verdict, sub_grade.certainty,
            cited_before + [a.pmid for a in direct if a.pmid not in cited_before])


def _pmids_of(appraisals: Sequence[Appraisal]) -> str:
    ids = list(dict.fromkeys(a.pmid for a in appraisals))
    return ("PMID " if len(ids) == 1 else "PMIDs ") + ", ".join(ids[:6])


def _pmid_list(items: Sequence[HeadToHead]) -> str:
    ids = list(dict.fromkeys(h.pmid for h in items))
    return ("PMID " if len(ids) == 1 else "PMIDs ") + ", ".join(ids)


def _fig_list(items: Sequence[tuple[str, str]], limit: int = 6) -> str:
    by: dict[str, list[str]] = {}
    for pmid, figure in items:
        by.setdefault(pmid, []).append(figure)
    parts = [f"{', '.join(figs[:3])} (PMID {pmid})" for pmid, figs in list(by.items())[:limit]]
    return "; ".join(parts)


# SIGN6: a small degree over an effect noun ("only a mild effect", "limited effect", "a modest improvement"); not a
# harm noun ("minor side effects")
_SMALL_EFFECT_RE = re.compile(r"\b(?:mild|modest|slight|small|marginal|minor|limited|weak)(?:er|est)?\s+"
                              r"(?:(?!side\b|adverse\b)[\w-]+\s+)?(?:effects?|improvements?|benefits?|gains?|efficacy|"
                              r"reductions?|increases?)\b", re.I)


# SIGN6 (GRADE indirectness of outcome): words of a claim's outcome too general to name what was measured
_GENERAL_OUTCOME_WORDS = frozenset("""skin topical product products effect effects treatment treatments outcome outcomes
improvement improvements appearance cause risk risks patients people use home face facial sign signs results result way
ways thing things lot lots little bit best better more less much many most some something anything everything nothing
difference change changes work works working benefit benefits health healthy condition conditions problem problems
issue issues body area areas look looks looking feel feels feeling symptom symptoms clinical overall quality above
below over under ahead behind than even also still just really very""".split())


# closed-class words a quote holds beside what it predicates: negation, focus, degree and polarity particles
_FUNCTION_WORD_RE = re.compile(r"(?:(?:was|is|does|did|do|wo|are|were|has|have|had|could|would|should|ca)n|not|never|either|"
                               r"neither|nor|all|only|any|none|yes|one|single|ever|again|too|quite|rather|such|well|"
                               r"(?:total|complete|absolute|real|simp|tru|literal|actual|honest|definite|certain|hard|bare|"
                               r"near|final|usual|general|especial)ly)", re.I)


# additive particles: the clause predicates something beside what a clause before it did ("..., and my hair wasn't
# greasy either", "it doesn't sting, nor does it dry", "it also leaves no film")
_ADDITIVE_RE = re.compile(r"\b(?:either|too|also|as\s+well|neither|nor)\b", re.I)


def outcome_unsaid(frame: ClaimFrame, question: Question, quote: str) -> list[str] | None:
    """SIGN8: the words a harm claim predicates ("my hair wasn't greasy either": hair, greasy) when the quote, a clause
    an additive particle marks as predicating something beside a clause before it, names neither its frame's outcome
    nor any term its question searches the outcome by: the outcome was carried over from that other clause while
    the quote names one of its own. None when the quote names the outcome, or predicates nothing of
    its own (an elliptical answer, "No, never", takes its outcome from the question it answers)."""
    def stems(text: str | None) -> set[str]:
        return {w[:4] for w in _tokens(text or "") if len(w) > 3 and w not in STOPWORDS and not w[0].isdigit()}
    if not _ADDITIVE_RE.search(quote) or stems(frame.outcome) & stems(quote) or stems(question.outcome) & stems(quote):
        return None
    heads = question_terms(question).outcome_heads
    if mentions(normalise(quote), heads) or all(
            all(_GENERIC_HARM_RE.match(w) for w in re.findall(r"[A-Za-z]+", t.replace("*", ""))) for t, _ in heads):
        return None  # (a question on harms in general covers every harm a quote names)
    treatment = stems(f"{frame.intervention or ''} {frame.intervention_norm or ''} {question.intervention} "
                      f"{frame.comparator or ''} {frame.comparator_norm or ''} {frame.population or ''}")
    own = [w for w in content_words(quote) if w.isalpha() and w not in _GENERAL_OUTCOME_WORDS
           and not _FUNCTION_WORD_RE.fullmatch(w) and w[:4] not in treatment]
    return own or None


_DERIVATION_RE = re.compile(r"(?:iness|ness|ings?|ed|ier|iest|er|est|ly|es|s|y|e)$")


def _word_in(word: str, text: str) -> bool:
    """Does `text` hold `word` or a word of the same stem (English derivational and inflectional endings off, then at
    most five letters, anywhere in a word: "itchy" ~ "itching", "greasy" ~ "greasiness", "lighter" ~ "lightness")?"""
    stem = _DERIVATION_RE.sub("", word)
    stem = stem[:5] if len(stem) >= 4 else word
    return re.search(re.escape(stem), text) is not None  # (inside a word too: "pigmentation" in "hyperpigmentation")


def outcome_unmeasured(frame: ClaimFrame, question: Question, appraisals: Sequence[Appraisal],
                       records: Mapping[str, Record]) -> str | None:
    """SIGN6 (GRADE indirectness of outcome, PICO): the claim's own outcome ("smells nicer", "cheaper", "silkier")
    when no word of it is in its question (outcome, statement or query) nor in any record its question found: the
    claim inherited a question on another outcome (the article's main one), whose records measured that one, so their
    verdict answers another question and the claim borrows none. None when either outcome is empty or general
    ("results", "the effect": the article's main outcome stands; a question on "skin" names none its records could be
    held to), or when the outcome table files the claim's words under the question's outcome (a lay word for it:
    "breakouts" for acne; the query searched it by the table's terms). (The caller leaves mechanisms alone: they are
    read in models and clinical results, indirectly, VRD14.)"""
    outcome = (frame.outcome or "").strip()
    treatment = set(content_words(f"{frame.intervention or ''} {frame.intervention_norm or ''} {question.intervention} "
                                  f"{frame.comparator or ''} {frame.comparator_norm or ''}"))
    own = [w for w in content_words(outcome) if w not in _GENERAL_OUTCOME_WORDS and w not in treatment and w.isalpha()]
    if not own:
        return None
    if question.kind == "safety" and harm_in_general(outcome):
        return None  # R2VERD: "side effects", "harm" name every harm, so any harm a record reports measures them
    from .extract import OUTCOMES  # (extract reads frames, which reads this module's neighbours: read lazily)

    if any(outcome.lower() == concept.label.lower() for concept in OUTCOMES):
        return None  # a table outcome: the question's query searched it by the table's terms
    if not [w for w in content_words(question.outcome) if w not in _GENERAL_OUTCOME_WORDS]:
        return None  # a question that names no outcome of its own ("skin") cannot say which one its records measured
    if any(_word_in(w, normalise(f"{question.outcome} {question.statement} {question.query}")) for w in own):
        return None  # the question asks about it ("redness of rosacea" on rosacea; a question built from the claim)

    asked_words = set(content_words(question.outcome))
    for concept in OUTCOMES:
        if set(content_words(concept.label)) & asked_words and any(re.search(p, outcome, re.I) for p in concept.patterns):
            return None
    texts = [normalise(f"{records[a.pmid].title} {records[a.pmid].abstract_text}")
             for a in appraisals if a.included and a.pmid in records]
    if not texts or any(_word_in(w, t) for t in texts for w in own):
        return None  # (one word found is enough: "flaky scalp" is the records' "scalp" outcome in lay words)
    return outcome


def strength_null(quote: str, frame: ClaimFrame, appraisals: Sequence[Appraisal],
                  records: Mapping[str, Record]) -> tuple[str, list[Appraisal]] | None:
    """SIGN6 (GRADE indirectness of intervention): a benefit claimed for one strength ("even the weakest 0.01% cream
    smoothed wrinkles") is answered by the records that name that strength; when each of them reports it no different
    from an inactive control ("the 0.01% and 0.001% strengths did not differ significantly from vehicle") and none
    reports an effect of it, the effects the records report are of other strengths and the direct evidence goes
    against the claim. Returns the strength and those records, else None."""
    dose = strength_records(quote, frame, appraisals, records)
    if dose is None or not dose[1]:
        return None
    label, direct = dose
    pattern = re.compile(rf"(?<![\w.]){re.escape(label[:-1])}\s?%")
    nulls = []
    for a in direct:
        # a record that names the strength only in its design ("comparing 0.05%, 0.01% and vehicle") says nothing of it
        calls = [call for sentence in split_sentences(records[a.pmid].abstract_text)
                 if pattern.search(sentence) and _INERT_NAMES_RE.search(sentence)
                 and (call := classify_effect(sentence, intervention=label, outcome=frame.outcome or "")) is not None
                 and call.scope != "unspecified"]
        if any(call.label != "no difference" for call in calls):
            return None
        if calls:
            nulls.append(a)
    return (label, nulls) if nulls else None


def _restricted_state(quote: str) -> str | None:
    from .frames import restricted_state  # (read lazily, as frame_of does)

    return restricted_state(quote)
