"""Per record: how often a harm happened and how bad it was (issue 15, rules H1-H3).

A denial of harm ("safe", "low risk") is answered by frequency and severity, not by whether
any harm was ever reported. English marks frequency with counts ("5 of 36 patients",
"3/40"), percentages next to a harm word ("erythema in 12%"), and frequency adverbs or
adjectives ("rare", "isolated cases", "the most common"); severity with grading words
("mild", "transient", "self-limiting" against "serious", "severe", "persistent") and with
harms that are serious by definition (granulomas, tram-track scarring, anaphylaxis).
Only sentences that report harms are read, never those describing the treated condition
("severe acne scars" at entry) or a literature search. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .models import Record
from .text import split_sentences

#: the words trial reports name harms by ("erythema in 12%", "adverse reactions were more frequent")
RECORD_HARM_WORDS = (
    r"adverse|side[- ]effects?|reactions?|events?|complications?|erythema|o?edema|swelling|pain|bleeding|"
    r"pruritus|itching|desquamation|peeling|flaking|burning|bruising|petechiae|crusting|hyperpigmentation|pih|"
    r"dyspigmentation|infections?|granulom\w*|scarring|tram[- ]track\w*|hypertrichosis|hypotension|irritation|"
    r"dermatitis|retinopathy|injur\w*")
_HARM_WORD_RE = re.compile(rf"\b(?:{RECORD_HARM_WORDS})\b", re.I)
# words that say a reported harm was mild, and words or named harms that say it was not
_MILD_RE = re.compile(
    r"\b(?:mild(?:ly)?|minimal|minor|transient(?:ly)?|temporary|self-limit\w*|short-lived|resolv\w*|subsided|"
    r"well[- ]tolerated|safe)\b",
    re.I,
)
_SERIOUS_RE = re.compile(
    r"\b(?:serious|severe|persistent|permanent|irreversible|major|granulom\w*|tram[- ]track\w*|anaphyla\w*|hospitali[sz]\w*|"
    r"systemic (?:hypersensitivity|reactions?|allergic))\b",
    re.I,
)
# "no serious adverse events", "without major complications", "none severe"; a negation spans
# a disjunction ("without prior kidney disease or heart failure")
_NO_HARM_RE = re.compile(
    r"\b(?:no|not|without|none|neither|nor|free of|absence of)\s+(?:\w+\s+){0,2}(?:\w+\s+n?or\s+(?:\w+\s+){0,2})?$",
    re.I)
# a sentence that reports harms rather than describing a condition or a search
_HARM_REPORT_RE = re.compile(
    r"\b(?:adverse|side[- ]effects?|complications?|events?|occurr\w*|developed|induced|caused|observed|noted|"
    r"experienced|tolerated|safe|safety profile|reported|commonest|most common|frequent\w*|rare\w*)\b",
    re.I,
)
_SEARCH_RE = re.compile(r"\b(?:searched|search terms?|keywords?|terms such as|databases?)\b", re.I)
_NAMED_SERIOUS_RE = re.compile(r"granulom\w*|tram[- ]track\w*|anaphyla\w*", re.I)

# ICH E2A: a harm is serious when it leaves a persistent or significant disability. Damage to
# the structure of an organ that serves a vital or sensory function, or the loss of that function,
# is one by definition, however rarely it happens: "retinal damage", "destruction of the retinal
# pigment epithelium", "optic neuropathy", "vision loss", "loss of hearing", "renal failure".
# The organs are named by anatomy (a closed class); skin is left out, because the skin a cosmetic
# treatment acts on is injured mildly and on purpose, and periocular skin ("eye area") is no eye.
_ORGAN = (r"(?:retina[l]?|retinae|macula[r]?|cornea[l]?|optic\s+nerves?|ocular|visual|vision|sight|auditory|cochlear?|"
          r"hearing|kidneys?|renal|liver|hepatic|heart|cardiac|lungs?|pulmonary|brain|cerebral|nerves?|spinal\s+cord)")
_DAMAGE = (r"(?:damage[ds]?|injur(?:y|ies|ed)|destr(?:uction|oyed)|failure|loss|impairment|detachment|necrosis|"
           r"toxicity)")
# a modifier between organ and damage ("retinal pigment epithelium destruction"), never a word that
# starts another phrase ("visual improvement with weight loss", "damage to the skin around the eye")
_MODIFIER = r"(?:(?!(?:around|near|under|below|above|of|to|in|on|at|and|or|with|after|from|by|for|was|were|is|are|" \
            r"skin|area|the|a|an)\b)[a-z-]+\s+)"
_ORGAN_DAMAGE_RE = re.compile(
    rf"\b(?:{_ORGAN}\s+{_MODIFIER}{{0,2}}{_DAMAGE}|eyes?\s+(?:damage|injur(?:y|ies))|"
    rf"{_DAMAGE}\s+(?:of|to)\s+(?:the\s+)?{_MODIFIER}{{0,3}}(?:{_ORGAN}|eyes?)|"
    r"(?:impaired|reduced|decreased|distorted|lost|losing)\s+(?:visual\s+acuity|vision|sight|hearing)|"
    r"(?:retin|macul|kerat|optic\s+neur|nephr|hepat|encephal|cardiomy)opath\w*|"
    r"(?:hepato|nephro|oto|cardio|neuro)toxicity|blindness|deafness|paralysis)\b",
    re.I,
)
# organ damage as the condition treated or a patient's history, not a harm of the treatment: "for
# diabetic retinopathy", "treatment of nerve injury", "patients with hearing loss", "without prior
# kidney disease or heart failure"
_INDICATION_RE = re.compile(
    r"\b(?:(?:for|against|treat\w*(?:\s+of)?|(?:patients|people|subjects|participants|adults|children|women|men|eyes)\s+"
    r"with)\s+(?:[\w-]+\s+){0,2}$|(?:prior|previous|pre-?existing|history\s+of|known|underlying|baseline)\b)", re.I)

#: VERD4: the harms that make an adverse event serious by definition (ICH E2A: hospitalisation, a threat to life, a
#: persistent disability such as the loss of a sense), as a search names them: a case report of one is titled by them
#: ("Irreversible blindness following ...") and may name no "adverse event" or "complication", and a denial of harm is
#: answered by them first. A closed, general vocabulary (PubMed terms, `*` for truncation), the same for every topic.
SERIOUS_HARM_TERMS = ("blindness", "vision loss", "visual loss", "loss of vision", "lost vision", "deafness",
                      "hearing loss", "hospitali*", "life-threatening")

# frequency: "5 of 36 patients", "3/40", "12%", "rare", "the most common"
_COUNT_OF_RE = re.compile(r"\b(\d+)\s*(?:of|out of|/)\s*(\d+)\b(?!\s*(?:mm|nm|mg|weeks?|months?|days?|sessions?))", re.I)
_PERCENT_RE = re.compile(r"\b(\d+(?:\.\d+)?)\s?%")
_RARE_RE = re.compile(r"\b(?:rare(?:ly)?|uncommon|infrequent(?:ly)?|isolated (?:cases?|reports?)|a single case|one case|sporadic\w*)\b", re.I)
_CLAUSE_RE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+")
_OCCURRENCE_RE = re.compile(
    r"\b(?:occurr\w*|developed|develop|induced|caused|observed|noted|experienced|reported|seen|had|suffered|"
    r"events?|adverse|side[- ]effects?|complications?|incidence|rate)\b", re.I)
_PAIR_RE = re.compile(r"\d+(?:\.\d+)?\s?%\s*(?:vs\.?|versus|compared with)\s*\d+(?:\.\d+)?\s?%", re.I)
_COMMON_RE = re.compile(r"\b(?:common(?:est|ly)?|most frequent(?:ly)?|frequent(?:ly)?|usual(?:ly)?|expected)\b", re.I)


def quote_span(sentence: str, a: tuple[int, int], b: tuple[int, int]) -> str:
    """The words from `a` to `b` as written, or both with "..." between when far apart."""
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    if hi - lo <= 60:
        return sentence[lo:hi].strip(" ,;")
    first, second = sorted((a, b))
    return f"{sentence[first[0]:first[1]]} ... {sentence[second[0]:second[1]]}"


def reports_harm(sentence: str) -> bool:
    """A sentence that names a harm (not a search for one)."""
    return bool(_HARM_WORD_RE.search(sentence)) and not _SEARCH_RE.search(sentence)


# VERD4: English ties a harm to its cause by a temporal or causal preposition ("blindness following periocular
# injection", "lost vision after the injections") and a case report reports the harm it names by genre; a sentence
# naming organ damage so is a harm report even with no report verb (a title, a case description)
_CONSEQUENCE_RE = re.compile(r"\b(?:after|following|caused\s+by|due\s+to|secondary\s+to|complicating)\b|"
                             r"\bcase\s+(?:reports?|series|of)\b", re.I)


def _harm_sentences(text: str) -> list[str]:
    return [s for s in split_sentences(text) if (_HARM_REPORT_RE.search(s) or (
        _CONSEQUENCE_RE.search(s) and _ORGAN_DAMAGE_RE.search(s))) and not _SEARCH_RE.search(s)]


def harm_severities(text: str) -> list[tuple[str, bool]]:
    """How serious the harms a record reports are: (words as written, is mild).

    Mild: "mild", "transient", "self-limiting", "resolved" near a harm word, "well
    tolerated", "safe", and a serious harm ruled out ("no serious adverse events");
    serious: "serious", "severe", "persistent", "major", "permanent" near a harm word (40
    characters), named serious harms (granulomas, tram-track scarring, anaphylaxis), and
    damage to an organ or loss of its function (a persistent disability, ICH E2A) unless it is
    the condition treated."""
    out: list[tuple[str, bool]] = []
    for sentence in _harm_sentences(text):
        harms = [h.span() for h in _HARM_WORD_RE.finditer(sentence)]
        # cues that qualify the same harm ("persistent serious events") make one finding
        found: dict[tuple[int, int, bool], tuple[int, int]] = {}
        for rx, mild in ((_SERIOUS_RE, False), (_ORGAN_DAMAGE_RE, False), (_MILD_RE, True)):
            for m in rx.finditer(sentence):
                word = m.group(0).lower()
                if word == "safe" and re.match(r"safe\w", sentence[m.start():], re.I):
                    continue  # "safety"
                neg = _NO_HARM_RE.search(sentence[max(0, m.start() - 40): m.start()])
                negated = bool(neg)
                near = [h for h in harms if h != m.span() and (abs(h[0] - m.end()) <= 40 or abs(m.start() - h[1]) <= 40)]
                if rx is _ORGAN_DAMAGE_RE:
                    if _INDICATION_RE.search(sentence[max(0, m.start() - 40): m.start()]):
                        continue
                    harm = m.span()  # the damage names its own harm
                elif _NAMED_SERIOUS_RE.fullmatch(word) or word in ("safe", "well tolerated", "well-tolerated"):
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
            out.append((quote_span(sentence, (lo, hi), (h0, h1)), mild))
    return list(dict.fromkeys(out))


Severity = Literal["mild", "serious", "mild and serious"]


@dataclass(frozen=True)
class Harm:
    """What one record says about a harm: how often (as written, and parsed) and how bad.

    `frequency` is the words ("5 of 36 patients", "12%", "rare"); `n`/`of` a count of
    people, `percent` a share; `frequency_class` "rare" or "common" when the record says so
    in words. `severity` is None when the record grades no harm."""

    frequency: str | None = None
    n: int | None = None
    of: int | None = None
    percent: float | None = None
    frequency_class: Literal["rare", "common"] | None = None
    severity: Severity | None = None
    severity_words: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return self.frequency is None and self.frequency_class is None and self.severity is None

    def describe(self) -> str:
        """One phrase for tables: "5 of 36 (14%), mild" / "rare, serious"."""
        parts = []
        if self.n is not None and self.of:
            parts.append(f"{self.n} of {self.of} ({100 * self.n / self.of:.0f}%)")
        elif self.percent is not None:
            parts.append(f"{self.percent:g}%")
        elif self.frequency:
            parts.append(self.frequency)
        if self.frequency_class and self.frequency_class not in " ".join(parts):
            parts.append(self.frequency_class)
        if self.severity:
            parts.append(self.severity)
        return ", ".join(parts)


def _names_harm(sentence: str, harm_terms: Sequence[re.Pattern[str]]) -> re.Match[str] | None:
    for rx in harm_terms:
        m = rx.search(sentence)
        if m:
            return m
    return None


def _any_harm(sentence: str) -> re.Match[str] | None:
    """The first harm a sentence names: a harm word, or damage to an organ (ICH E2A)."""
    found = [m for m in (_HARM_WORD_RE.search(sentence), _ORGAN_DAMAGE_RE.search(sentence)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def read_harm(record: Record, harm_terms: Sequence[re.Pattern[str]] = ()) -> Harm:
    """How often and how badly the harm in `harm_terms` (the question's outcome) occurred in
    `record`; with no terms, any harm. Frequencies are read in harm-report sentences that
    name the harm, nearest the harm word; severities from `harm_severities` over the same
    sentences (falling back to the whole record when the harm is named nowhere)."""
    text = f"{record.title or ''}. {record.abstract_text}"
    sentences = _harm_sentences(text)
    named = [s for s in sentences if (_names_harm(s, harm_terms) if harm_terms else _any_harm(s))]
    frequency = None
    n = of = None
    percent = None
    cls: Literal["rare", "common"] | None = None
    for sentence in named:
        # frequencies are read in the clause that reports the harm ("PIH was more frequent with
        # the laser (30% vs. 6.67%)"), never in a neighbouring clause about the treated
        # condition ("scar scores improved by 25%; there were no significant side effects")
        for clause in _CLAUSE_RE.split(sentence):
            anchor = _names_harm(clause, harm_terms) if harm_terms else _any_harm(clause)
            if anchor is None or not (_OCCURRENCE_RE.search(clause) or _RARE_RE.search(clause) or _COMMON_RE.search(clause)):
                continue
            at = anchor.start()
            # a negated harm ("no infection was reported") has no frequency
            if _NO_HARM_RE.search(clause[max(0, at - 30): at]):
                continue
            counts = sorted(_COUNT_OF_RE.finditer(clause), key=lambda m: abs(m.start() - at))
            counts = [m for m in counts if 0 < int(m.group(2)) and int(m.group(1)) <= int(m.group(2)) and abs(m.start() - at) <= 80]
            pcts = sorted((m for m in _PERCENT_RE.finditer(clause) if abs(m.start() - at) <= 60), key=lambda m: abs(m.start() - at))
            if frequency is None and counts:
                m = counts[0]
                n, of, frequency = int(m.group(1)), int(m.group(2)), m.group(0)
            elif frequency is None and pcts:
                vs = _PAIR_RE.search(clause, pcts[0].start())
                if vs and vs.start() == pcts[0].start():
                    frequency = vs.group(0)  # two arms: shown as written, not assigned to one
                else:
                    percent = float(pcts[0].group(1))
                    frequency = pcts[0].group(0)
            if cls is None:
                rare = _RARE_RE.search(clause)
                common = _COMMON_RE.search(clause)
                if rare and not _NO_HARM_RE.search(clause[max(0, rare.start() - 20): rare.start()]):
                    cls = "rare"
                elif common and abs(common.start() - at) <= 80 and not re.search(r"\b(?:more|less)\s+$", clause[: common.start()]):
                    cls = "common"
    graded = harm_severities(" ".join(named)) if named else []
    mild = [w for w, is_mild in graded if is_mild]
    serious = [w for w, is_mild in graded if not is_mild]
    severity: Severity | None = None
    if mild and serious:
        severity = "mild and serious"
    elif serious:
        severity = "serious"
    elif mild:
        severity = "mild"
    if frequency is None and cls is None and severity is None:
        return Harm()
    if frequency is None and cls:
        frequency = cls
    return Harm(frequency, n, of, percent, cls, severity, tuple(serious + mild))
