"""Sentence-level effect classification: what a sentence reports about an outcome.

`classify_effect` labels a sentence or short passage as "increased", "decreased" or "no
difference" for an outcome with an intervention against a comparator, and keeps the cue
words that decided it. `classify_clauses` gives one call per clause; `outcome_sentences`
picks the sentences of an abstract that report an outcome. `tracker.appraisal` builds
every record's direction from these calls, and `benchmarks/evidence_inference.py`
measures the same code against a doctor-annotated benchmark (docs/grading.md, section 9).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from .text import content_words, normalise, split_sentences, stem

EffectLabel = Literal["increased", "decreased", "no difference"]
Scope = Literal["between", "within", "unspecified"]


@dataclass(frozen=True)
class EffectCall:
    """What one sentence says about an effect.

    `label` is the direction of the outcome with the intervention (benchmark vocabulary);
    `benefit` is True for improvement words ("improved", "effective"), False for worsening
    words, None when only direction words were seen; `scope` says whether the sentence
    compares arms ("between") or reports change from baseline ("within").
    """

    label: EffectLabel
    benefit: bool | None
    scope: Scope
    cue: str  # the words that decided it
    clause: str


# "no evidence of a difference": how a trial reports a null result in statistical language (not
# the absence of evidence a review laments, which `appraisal` reads as uncertainty)
NO_EVIDENCE_OF_EFFECT = (
    r"\bno (?:statistical )?(?:evidence|indication) (?:of|for) (?:a |an )?(?:statistically )?(?:significant )?"
    r"(?:difference|effect|benefit|change|association|improvement)"
)
_NULL_PATTERNS = [
    r"\bno (?:statistically |clinically )?significant(?:ly)? (?:[\w-]+ ){0,3}?(?:difference|change|effect|improvement|increase|decrease|reduction|benefit|association|variation|alteration|advantage|impact|influence|gain|rise|decline|differences|changes|effects)",
    r"\b(?:not|nor|nonsignificant|non-significant|insignificant(?:ly)?)(?: (?:statistically|clinically))? significant(?:ly)?\b",
    r"\bnon-?significant(?:ly)?\b",
    r"\binsignificant(?:ly)?\b",
    r"\b(?:did|does|do|was|were|is|are|had|has|have|could|would) not (?:[\w-]+ ){0,2}?(?:significantly |statistically |substantially |markedly )?(?:differ|change|improve|increase|decrease|reduce|alter|affect|influence|reach|show|achieve|add|modify|enhance|lower|raise|vary|prolong|shorten|result|produce|lead|demonstrate|impact)",
    r"\b(?:was|were|is|are) not (?:statistically |significantly )?(?:different|changed|improved|increased|decreased|reduced|altered|affected|associated|superior|better|higher|lower)",
    r"\bno (?:[\w-]+ ){0,2}?(?:difference|differences)\b",
    r"\b(?:similar|comparable|equivalent|equally|identical|non-?inferior|not inferior|on par)\b",
    r"\bno (?:added|additional|additive|extra|further|incremental) (?:benefit|effect|improvement|value|advantage|gain)",
    r"\badded nothing\b",
    r"\b(?:failed|fail|fails) to\b",
    r"\bneither\b",
    r"\bnone of the\b",
    r"\bineffective\b",
    r"\bno (?:\w+ )?effect\b",
    r"\b(?:unchanged|unaffected|unaltered)\b",
    r"\bdid not\b",
    r"\bno longer (?:statistically )?significant\b",
    NO_EVIDENCE_OF_EFFECT,
    r"\bno statistical evidence\b",
    r"^not\s+(?:with|in|for|at|among|after|on)\b",
    r"\bwas not statistically\b|\bwere not statistically\b",
    r"\bnot (?:statistically |significantly )?different\b",
    r"\bno (?:significant |statistically significant |further |additional )?(?:reduction|increase|decrease|rise|fall|loss|gain|worsening|deterioration)s?\b",
    # "trended towards significance (P = 0.08)", "approached significance": not significant
    r"\b(?:trend\w*|tend\w*) (?:towards?|to) (?:statistical |reach |be )?significan\w*|\bapproach\w* (?:statistical )?significan\w*",
]
# Every alternative starts at a word beginning with one of these letters; the lookahead lets
# the engine skip all other positions at once instead of trying 25 alternatives at each (this
# search was a fifth of the rules' time). It changes no match.
_NULL_RE = re.compile("(?=\\b[nidwahcseofut])(?:" + "|".join(f"(?:{p})" for p in _NULL_PATTERNS) + ")", re.I)

_INCREASE = (
    r"increas\w*|higher|greater|more|rose|rise[sn]?|rising|elevat\w*|longer|larger|raised|"
    r"enhanc\w*|gain\w*|boost\w*|up-?regulat\w*|exceed\w*|prolong\w*|augment\w*|accelerat\w*|"
    r"grew|grow\w*|doubl\w*|tripl\w*|extended|maximi[sz]ed|speed\w*|faster|quicker|highest|(?<=significantly )high"
)
_DECREASE = (
    r"decreas\w*|lower\w*|reduc\w*|fell|fall\w*|less|fewer|shorter|declin\w*|drop\w*|"
    r"down-?regulat\w*|smaller|diminish\w*|attenuat\w*|inhibit\w*|suppress\w*|prevent\w*|"
    r"lessen\w*|alleviat\w*|reliev\w*|shorten\w*|lowest|minimi[sz]\w*|slow\w*|(?<=significantly )low|"
    r"cut|halved|eliminat\w*|avert\w*|abolish\w*|resolv\w*"
)
_BENEFIT = (
    r"improv\w*|better|effective\w*|efficac\w*|efficient|benefi\w*|favou?r\w*|superior|success\w*|"
    r"promis\w*|relie[fv]\w*|heal\w*|useful|valuable|positive|help\w*|advantage\w*|best|excellent|"
    r"satisf\w*|responded|viable|safe and effective|beat|beats|outperform\w*|outdid|surpass\w*"
)
_WORSE = r"wors\w*|impair\w*|deteriorat\w*|inferior|aggravat\w*|exacerbat\w*|harmful|detrimental|poorer|poorly"

_INC_RE = re.compile(rf"\b(?:{_INCREASE})\b", re.I)
_DEC_RE = re.compile(rf"\b(?:{_DECREASE})\b", re.I)
_BEN_RE = re.compile(rf"\b(?:{_BENEFIT})\b", re.I)
_WOR_RE = re.compile(rf"\b(?:{_WORSE})\b", re.I)
_SIG_RE = re.compile(r"\bsignifican\w*|\bstatistically\b|\bp\s*(?:value\s*)?[<=≤]", re.I)
_P_RE = re.compile(r"\bp\s*(?:-?\s*value\s*)?(<=|>=|<|>|=|≤|≥)\s*(0?\.\d+|\d(?:\.\d+)?)", re.I)
# "compared with baseline", "than before treatment": a comparison of times within an arm, not of arms
VERSUS_TIME_RE = re.compile(
    r"\b(?:compared (?:with|to)|than|versus|vs\.?|relative to)\s+(?:the\s+)?(?:at\s+)?(?:baseline|pre-?treatment|before\b|"
    r"pre-?intervention|the start|week 0|day 0|their own baseline)", re.I)
_WITHIN_RE = re.compile(
    r"\b(?:both (?:\w+ )?(?:groups|sides|arms|treatments|halves|modalities|methods|regimens|combinations|techniques|procedures|approaches|interventions)|"
    r"in (?:all|each|both) (?:\w+ )?(?:groups|sides|arms|group|side|arm)|within\b|"
    r"from (?:the )?baseline|compared (?:with|to) (?:the )?(?:baseline|pre-?treatment)|than (?:at )?baseline|"
    r"before and after|pre-? and post-?treatment|after treatment)\b",
    re.I,
)
_BETWEEN_RE = re.compile(
    r"\b(?:between (?:the )?(?:two |three |four )?(?:groups|sides|treatments|arms|modalities|methods|regimens)|between-(?:group|side|arm|treatment)s?|than|versus|vs\.?|"
    r"compared (?:with|to)|comparison (?:with|to)|relative to|over (?:the )?\w+ (?:group|side|arm)|in favou?r of|favou?r\w*)\b",
    re.I,
)
# Words whose increase is bad news (so "reduced" is the improvement), for benefit mapping.
BAD_THING_RE = re.compile(
    r"\b(?:scar\w*|wrinkl\w*|rhytid\w*|lines?|pigment\w*|melasma|melanin|masi|mmasi|hdss|sweat\w*|"
    r"pain\w*|lesion\w*|sever\w*|depth|erythema|tewl|relapse\w*|shedding|loss|score\w*|"
    r"grade|mortality|death\w*|risk|incidence|symptom\w*|adverse|toxicit\w*|complication\w*|"
    r"infection\w*|volume|area|size|index|striae|keloid\w*|acne|time|duration|downtime|"
    r"nausea|vomiting|bleeding|failure|recurrence|length|width|swelling|edema|oedema|fever|"
    r"bilirubin|violations?|errors?|latency|hospitali[sz]ation|stay)\b",
    re.I,
)
GOOD_THING_RE = re.compile(
    r"\b(?:hair|count\w*|density|densities|thickness|diameter|collagen|elastin|flux|penetration|"
    r"delivery|fluorescence|permeation|regrowth|hydration|satisfaction|clearance|improvement|"
    r"response\w*|elasticity|survival|quality|regeneration|proliferation|uptake|absorption|"
    r"efficacy|growth|healing|remission|cure|expression|signal)\b",
    re.I,
)

# Harms: a benefit word means these went down. BAD_THING_RE without the measures that can
# go either way ("score", "time", "index", "volume": a higher quality-of-life score or a
# longer time to rescue analgesia is the good news).
_LESS_IS_BETTER_RE = re.compile(
    r"\b(?:scar\w*|wrinkl\w*|rhytid\w*|lines?|pigment\w*|melasma|melanin|masi|mmasi|hdss|sweat\w*|"
    r"pain\w*|lesion\w*|sever\w*|erythema|tewl|relapse\w*|shedding|loss|mortality|death\w*|risk|"
    r"incidence|symptom\w*|adverse|toxicit\w*|complication\w*|infection\w*|striae|keloid\w*|acne|"
    r"downtime|nausea|vomiting|bleeding|failure|recurrence|swelling|edema|oedema|fever|bilirubin|"
    r"violations?|errors?|latency|hospitali[sz]ation|stay)\b",
    re.I,
)

_CONTRAST_SPLIT = re.compile(
    r"(;|,?\s+\b(?:but|whereas|although|though|however|except)\b|,\s+(?:while|yet)\b)", re.I
)


def _p_values(text: str) -> tuple[bool, bool]:
    """(has a significant p-value, has a non-significant p-value)."""
    sig = nonsig = False
    for op, raw in _P_RE.findall(text):
        try:
            value = float(raw)
        except ValueError:
            continue
        if op in ("<", "<=", "≤"):
            if value <= 0.05:
                sig = True
            else:
                nonsig = nonsig or value > 0.1
        elif op in (">", ">=", "≥"):
            if value >= 0.05:
                nonsig = True
        else:  # "="
            if value < 0.05:
                sig = True
            elif value > 0.05:
                nonsig = True
    return sig, nonsig


_GROUP_WORDS = frozenset("group groups arm arms patients patient subjects participants treated receiving received given".split())
_GENERIC_I_RE = re.compile(r"\b(?:intervention|treatment|treated|experimental|study|active|verum)\s+(?:group|arm|patients|participants)\b", re.I)
_GENERIC_C_RE = re.compile(r"\b(?:control|controls|placebo|sham|usual care|standard care|routine care|vehicle|comparison group|conventional)\b", re.I)
_PIVOT_CMP_RE = re.compile(r"\bthan\b|\bcompared (?:with|to)\b|\bversus\b|\bvs\b\.?|\brelative to\b|\bin comparison (?:with|to)\b", re.I)


def _acronyms(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\b[A-Z]{2}\b", text)}


@lru_cache(maxsize=4096)  # the same two arms are asked about for every clause of a record
def _arm_stems(intervention: str, comparator: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words that tell the two arms apart (shared words such as "group" say nothing)."""
    # two-letter acronyms ("GH", "HH") name an arm too, though content_words drops them
    wi = {stem(w) for w in content_words(intervention) if w not in _GROUP_WORDS} | _acronyms(intervention)
    wc = {stem(w) for w in content_words(comparator) if w not in _GROUP_WORDS} | _acronyms(comparator)
    return frozenset(wi - wc), frozenset(wc - wi)


def _group_label(arm: str) -> str | None:
    """"Group A patients - ...", "... prescribed to group 1", "B - 20 mcg" -> "a", "1", "b"."""
    m = re.search(r"\bgroups? ([A-Z]|I{1,3}|IV|[1-4])\b", arm) or re.search(r"\(Group ([A-Z]|I{1,3}|IV|[1-4])\b", arm) or re.match(r"^\s*([A-D])\s*[-–:]", arm)
    return m.group(1).lower() if m else None


@lru_cache(maxsize=16384)  # fragments recur: clause, passage and numeric passes read the same text
def _arm_of(fragment: str, intervention: str, comparator: str) -> str | None:
    """Which arm a fragment names: "I", "C" or None."""
    wi, wc = _arm_stems(intervention, comparator)
    stems = {stem(w) for w in content_words(fragment)} | {w for w in re.findall(r"\b[a-z]{2}\b", fragment.lower())}
    # "cefixime-treated patients" names the comparator: "treated patients" is generic only
    # when no arm-specific word comes with it
    si = len(wi & stems) + (1 if _GENERIC_I_RE.search(fragment) and not wc & stems else 0)
    li, lc = _group_label(intervention), _group_label(comparator)
    if li and lc and li != lc:
        labels = {m.lower() for m in re.findall(r"\bgroups? ([a-z]|i{1,3}|iv|[1-4])\b", fragment, re.I)}
        si += 2 * (li in labels)
        sc_label = 2 * (lc in labels)
    else:
        sc_label = 0
    generic_c = _GENERIC_C_RE.search(fragment)
    sc = len(wc & stems) + (1 if generic_c and not _GENERIC_C_RE.search(intervention) else 0) + sc_label
    if si > sc:
        return "I"
    if sc > si:
        return "C"
    return None


def _mask_outcome(low: str, outcome: str) -> str:
    """Blank the outcome's own words so that "double product" or "reduction of migraine
    days" are not read as directions."""
    words = _long_words(outcome)
    if not words:
        return low
    return _WORD_RE.sub(lambda m: " " * len(m.group(0)) if m.group(0) in words else m.group(0), low)


_WORD_RE = re.compile(r"[a-z][a-z-]*")


@lru_cache(maxsize=4096)  # an outcome and its arms are masked in every clause of a record
def _long_words(text: str) -> frozenset[str]:
    return frozenset(w for w in normalise(text).split() if len(w) >= 4)


@lru_cache(maxsize=4096)
def _outcome_stems(outcome: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in content_words(outcome))


def _outcome_overlap(text: str, outcome: str) -> float:
    """`text.overlap(text, outcome)`, with the outcome's stems computed once per outcome."""
    words = _outcome_stems(outcome)
    if not words:
        return 0.0
    stems = {stem(w) for w in content_words(text)}
    return sum(1 for w in words if w in stems) / len(words)


# items of a list: "a lower dose (...), a longer recovery time (...) and fewer events"
_LIST_SPLIT_RE = re.compile(r",\s+(?:and\s+)?|(?<=\))\s+and\s+|\s+and\s+(?=(?:a|an|the|more|less|fewer|greater|higher|lower|significantly|\w+ly)\b)")


def _outcome_hits(low: str, outcome: str) -> list[tuple[int, str]]:
    """(position, word) of each mention of the outcome's words and abbreviations."""
    # plain substring search: a regex per outcome word would be compiled anew for every
    # outcome (the re cache holds 512), which was a sixth of the rules' time
    hits = [(pos, s) for s in _outcome_stems(outcome) for pos in _find_all(low, s)]
    for abbr in _ABBR_IN_PARENS_RE.findall(outcome):
        a = abbr.lower()
        hits += [(pos, abbr) for pos in _find_all(low, a) if _bounded(low, pos, pos + len(a))]
    return hits


_ABBR_IN_PARENS_RE = re.compile(r"\(([A-Za-z][A-Za-z0-9-]{1,9})\)")


def _is_word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _bounded(text: str, start: int, end: int) -> bool:
    """`\\b` at both ends of text[start:end], as the regex would test it."""
    return (_is_word_char(text, start - 1) != _is_word_char(text, start)
            and _is_word_char(text, end - 1) != _is_word_char(text, end))


def _find_all(text: str, sub: str) -> list[int]:
    """Start of each non-overlapping occurrence of `sub` (as `re.finditer` on a literal)."""
    out, i = [], text.find(sub)
    while sub and i >= 0:
        out.append(i)
        i = text.find(sub, i + len(sub))
    return out


def _outcome_item(low: str, hits: list[tuple[int, str]]) -> tuple[int, int, int] | None:
    """(start, end, first mention) of the list item that names most of the outcome's words:
    "a longer mean recovery time (...)" in "... a lower total dose (...), a longer mean
    recovery time (...) and fewer events", so another item's words are not taken."""
    flat = re.sub(r"\([^()]*\)", lambda m: "(" + " " * (len(m.group(0)) - 2) + ")", low)
    bounds = [0] + [m.end() for m in _LIST_SPLIT_RE.finditer(flat)] + [len(low) + 1]
    best: tuple[int, int, int, int] | None = None
    for a, b in zip(bounds, bounds[1:]):
        inside = [(pos, s) for pos, s in hits if a <= pos < b]
        if inside and (best is None or len({s for _, s in inside}) > best[0]):
            best = (len({s for _, s in inside}), a, b, min(pos for pos, _ in inside))
    return best[1:] if best else None


# "the decrease from baseline in X was greater with A than B": a change named as the subject,
# then its size compared
_CHANGE_SUBJECT_RE = re.compile(
    r"\b(?:decreases?|reductions?|falls?|declines?|drops?|increases?|rises?|gains?|improvements?|changes?)\b"
    r"[^,;]{0,80}?\b(?:was|were|is|are)\s+(?:\w+ly\s+|also\s+)?$",
    re.I,
)
_FROM_TO_RE = re.compile(
    r"\bfrom\s+(?:a\s+)?(?:mean\s+|median\s+)?(?:of\s+)?([-−]?\d+(?:[.·]\d+)?)\s*(?:%|[a-zµμ/]+(?:/[a-z0-9]+)?)?(?:\s*(?:±|\+/-)\s*\d+(?:[.·]\d+)?)?"
    r"(?:\s*\([^()]*\))?\s*(?:at baseline\s*)?(?:to|->|→)\s+([-−]?\d+(?:[.·]\d+)?)",
    re.I,
)


# Words that are verbs or nouns: after a change verb and a modifier ("reduced hair fall",
# "prevented further hair drop") the word is the head noun of the verb's object, the thing
# that was changed, not a second change; "the fall in X" (noun + "in/of") names its own thing.
_CHANGE_NOUN_RE = re.compile(r"falls?|drops?|declines?|rises?|increases?|decreases?", re.I)
_OBJECT_GAP_RE = re.compile(r"\s+(?:(?:the|a|an|their|its)\s+)?(?:[a-z][\w-]*\s+){1,3}")


def _drop_object_nouns(candidates: list[tuple[int, int, str, str]], low: str) -> list[tuple[int, int, str, str]]:
    """Direction candidates without change nouns that head the object of an earlier change verb."""
    out = []
    for cand in candidates:
        _, start, _, word = cand
        if _CHANGE_NOUN_RE.fullmatch(word) and not re.match(r"\s+(?:in|of|from|to)\b", low[start + len(word):]):
            governed = any(
                s2 < start and _OBJECT_GAP_RE.fullmatch(low[s2 + len(w2):start]) and not _CHANGE_NOUN_RE.fullmatch(w2)
                and not re.search(r"\b(?:was|were|is|are|and|or|but|than|with)\b", low[s2 + len(w2):start])
                for _, s2, _, w2 in candidates
            )
            if governed:
                continue
        out.append(cand)
    return out


def _direction(clause: str, outcome: str, arms: str = "") -> tuple[str | None, str | None, bool | None]:
    """(label, cue, benefit) from direction words, nearest the outcome mention (in the
    list item that names it). Words of the outcome and of the arms ("double dose group")
    are not directions."""
    low = clause.lower()
    anchor = 0
    if outcome:
        item = _outcome_item(low, _outcome_hits(low, outcome))
        if item:
            anchor = item[2]
    masked = _mask_outcome(low, outcome) if outcome else low
    if arms:
        masked = _mask_outcome(masked, arms)
    candidates = []
    for rx, label in ((_INC_RE, "increased"), (_DEC_RE, "decreased")):
        for m in rx.finditer(masked):
            word = m.group(0)
            after = masked[m.start():]
            if word in ("more", "less") and re.match(r"(?:more|less) than\s+(?:\d|one|two|three|half|a |an )", after):
                continue  # "more than 50%", "less than 6 months" are quantities, not directions
            if word in ("less", "more") and re.search(r"\b(?:no|not)\s+(?:\w+\s+)?$", masked[: m.start()]):
                continue
            if word in ("more", "less", "greater", "better") and re.match(r"(?:more|less|greater|better)\s+(?:\w+\s+)?(?:improv|benefi|effective|efficac|reduc|relie)", after):
                continue  # "greater improvement": the improvement word decides
            if word in ("greater", "larger", "bigger", "more", "higher") and _CHANGE_SUBJECT_RE.search(masked[: m.start()]):
                continue  # "the decrease ... was greater": the size of a change, whose own word decides
            candidates.append((abs(m.start() - anchor), m.start(), label, word))
    candidates = _drop_object_nouns(candidates, low)
    # "went from 3.4 to 2.1": the two values give the direction when no word does
    for m in _FROM_TO_RE.finditer(masked):
        a, b = _num(m.group(1)), _num(m.group(2))
        if a is not None and b is not None and a != b:
            candidates.append((abs(m.start() - anchor) + 1, m.start(), "increased" if b > a else "decreased", m.group(0).strip()))
    benefit: bool | None = None
    ben = _BEN_RE.search(masked)
    wor = _WOR_RE.search(masked)
    if wor and re.search(r"\b(?:no|not|without|never|none|neither)\b(?:\W+\w+){0,3}\W*$", masked[: wor.start()]):
        wor = None  # "without worsening", "No patient's acne worsened"
    if ben and re.search(r"\b(?:no|not|without|never|none|neither|limited)\b(?:\W+\w+){0,2}\W*$", masked[: ben.start()]):
        ben = None
    if wor and not ben:
        benefit = False
    elif ben:
        benefit = True
    improvement_word = bool(ben and re.match(r"improv|benefi|effective|efficac|relie", ben.group(0)))
    # which way is good for the outcome: scores, times, indices and volumes can go either way,
    # so only words that name a harm ("pain", "mortality", "scar") make a decrease the good news
    bad = bool(_LESS_IS_BETTER_RE.search(outcome or "")) and not GOOD_THING_RE.search(outcome or "")
    if not candidates or (improvement_word and not any(c[3] in ("reduced", "reduction", "decreased", "increased", "lower", "higher") for c in candidates)):
        if benefit is True:
            word = ben.group(0) if ben else "improved"
            return ("decreased" if bad else "increased"), word, True
        if benefit is False:
            return ("increased" if bad else "decreased"), wor.group(0) if wor else "worse", False
        if not candidates:
            return None, None, None
    candidates.sort()
    _, _, label, word = candidates[0]
    if word in ("faster", "quicker") and re.search(r"\b(?:time|duration|latency|minutes|hours|days|delay)\b", f"{outcome} {low}"):
        label = "decreased"  # faster means less time
    return label, word, benefit


def _flip_for_subject(clause: str, intervention: str, comparator: str, cue: str = "", outcome: str = "") -> bool:
    """True when the comparator arm is the subject of the direction ("lower in the placebo
    group than in the drug group", "the combination group had a longer recovery time"),
    so the direction must be reversed for the intervention. Parenthesised figures and the
    outcome's own words ("disease control rate") are ignored when naming arms."""
    if not comparator:
        return False
    low = clause.lower()
    if outcome:
        low = _mask_outcome(low, outcome)
    # drop parenthesised figures but keep positions stable
    low = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), low)
    at = low.find(cue.lower()) if cue else -1
    low = _mask_design_labels(low, at, len(cue))
    fav = re.search(r"favou?r\w*\s+(?:the\s+)?(.{1,60}?)\s+(?:over|to|versus|vs)\b", low)
    if fav and cue and cue.lower().startswith("favo"):
        arm = _arm_of(fav.group(1), intervention, comparator)
        if arm:
            return arm == "C"
    for m in _PIVOT_CMP_RE.finditer(low):
        if at >= 0 and m.start() < at:
            # "Compared to the CON diet, the ALM diet increased ...": the reference arm
            # follows the pivot up to the comma; the subject comes after the comma
            comma = low.find(",", m.end(), at)
            if comma < 0:
                continue
            ref = _arm_of(low[m.end(): comma], intervention, comparator)
            subj = _arm_of(low[comma: at], intervention, comparator)
            if ref == "I" or subj == "C":
                return True
            if ref == "C" or subj == "I":
                return False
            continue
        left, right = low[max(0, m.start() - 140): m.start()], low[m.end(): m.end() + 90]
        a_left, a_right = _subject_arm(left, intervention, comparator), _arm_of(right, intervention, comparator)
        if a_left == "C" or (a_right == "I" and a_left != "I"):
            return True
        if a_left == "I" or a_right == "C":
            return False
        break
    if at >= 0:
        window = low[at + len(cue): at + len(cue) + 140]
        for prep in re.finditer(r"\b(?:in|among|with|for|on|of|by)\s+(?:the\s+)?", window):
            if re.search(r"[,;]", window[: prep.start()]):
                break  # "declined in the GH group, difference from placebo": past the clause
            frag = re.split(r"[,;]", window[prep.end():], maxsplit=1)[0]
            cut = _BOUNDARY_RE.search(frag)
            arm = _arm_of(frag[: cut.start()] if cut else frag[:60], intervention, comparator)
            if arm:
                return arm == "C"
        arm = _subject_arm(low[max(0, at - 100): at], intervention, comparator)
        if arm:
            return arm == "C"
    return False


def _subject_arm(before: str, intervention: str, comparator: str) -> str | None:
    """The arm named in the text before a verb or comparison ("I", "C" or None). A colon closes
    a heading or lead-in ("Randomised trial of X versus placebo: X reduced Y"): the subject is
    in the clause after it. A heading that names both arms describes the design and names no
    subject; one that names a single arm labels the result that follows ("Placebo group: pain
    fell")."""
    head, colon, own = before.rpartition(": ")
    if colon:
        arm = _arm_of(own, intervention, comparator)
        if arm or _names_both_arms(head, intervention, comparator):
            return arm
    return _arm_of(before, intervention, comparator)


# "placebo-controlled", "sham device-controlled", "vehicle controlled trial": a design label
# says what the trial compared, not which arm is the subject of its result
_DESIGN_LABEL_RE = re.compile(
    r"\b(?:[a-z]+\s+)?[a-z]+(?:-|\s+(?=controlled\s+(?:[\w-]+\s+){0,2}?(?:trials?|stud(?:y|ies)|designs?|comparisons?)\b))"
    r"controlled\b", re.I)


def _mask_design_labels(low: str, at: int, width: int) -> str:
    """Blank design labels (positions kept), never over the cue itself."""
    def blank(m: re.Match[str]) -> str:
        if at >= 0 and m.start() < at + width and at < m.end():
            return m.group(0)
        return " " * len(m.group(0))
    return _DESIGN_LABEL_RE.sub(blank, low)


def _names_both_arms(fragment: str, intervention: str, comparator: str) -> bool:
    """Does the fragment name each arm ("a trial of X versus placebo")?"""
    wi, wc = _arm_stems(intervention, comparator)
    stems = {stem(w) for w in content_words(fragment)}
    return bool(wi & stems) and bool(wc & stems or _GENERIC_C_RE.search(fragment))


_NUM_CLEAN_RE = re.compile(
    r"\(?\s*95\s*%\s*(?:ci|confidence interval)[^;)]*\)?|\bp\s*(?:-?\s*value)?\s*[–-]?\s*(?:[a-z]+\s*)?[<=>≤≥]\s*0?[.·]\d+|"
    r"±\s*\d+(?:[.·]\d+)?|\b(?:sd|se|sem|iqr)\b\s*[=:]?\s*\d+(?:[.·]\d+)?|\[[^\]]*\]|\([^()]*\)|\bn\s*=\s*\d+",
    re.I,
)
_NUMBER_RE = re.compile(r"(?<![\w.])[-−–]?\d+(?:[.·]\d+)?(?:/\d+)?(?:\s*%)?")
_PAIR_RE = re.compile(
    r"(?<![\w.])([-−]?\d+(?:[.·]\d+)?)(?:/\d+)?\s*(?:%|[a-zµμ]+(?:/[a-z0-9]+)?)?\s*(?:and|vs\.?|versus|v\.|compared (?:with|to)|,)\s*([-−]?\d+(?:[.·]\d+)?)",
    re.I,
)
_BOUNDARY_RE = re.compile(r"\b(?:vs|versus|and|compared|than|while|whereas|but|respectively)\b|\d")


def _num(raw: str) -> float | None:
    try:
        return float(raw.replace("−", "-").replace("–", "-").replace("·", ".").replace("%", "").split("/")[0].strip())
    except ValueError:
        return None


def _arm_mentions(low: str, intervention: str, comparator: str) -> list[tuple[int, str]]:
    """Positions where an arm is named, in order (consecutive repeats collapsed)."""
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"[^,;]+?(?=\b(?:and|vs\.?|versus|or|compared|than|with|in|for|,|;)\b|$)", low):
        arm = _arm_of(m.group(0), intervention, comparator)
        if arm and (not out or out[-1][1] != arm):
            out.append((m.start(), arm))
    return out


def _numeric_direction(clause: str, intervention: str, comparator: str, outcome: str = "") -> str | None:
    """Compare the values reported for each arm: "85.9% with ABLE compared to 98.4% with
    LAmB", "17 and 31 patients in the etomidate and propofol groups, respectively",
    "WL: -2.1; Control: 0.1", "(76.5 vs 87.2 h)" after naming the arms in that order.
    Parenthesised asides are dropped first; if that leaves no comparison, they are read
    as text ("(T3; 31% in the control vs. 51% in the intervention group)")."""
    found = _numeric_direction_in(clause, intervention, comparator, outcome, keep_parens=False)
    if found is None and "(" in clause:
        found = _numeric_direction_in(clause, intervention, comparator, outcome, keep_parens=True)
    return found


def _numeric_direction_in(clause: str, intervention: str, comparator: str, outcome: str, *, keep_parens: bool) -> str | None:
    low = clause.lower()
    if keep_parens:
        low = re.sub(r"[()]", " , ", low)
    if outcome:  # numbers inside the outcome ("time to reach 70 mg/dL") are not results
        for tok in re.findall(r"\d+(?:\.\d+)?", outcome):
            low = re.sub(rf"(?<![\w.]){re.escape(tok)}(?![\w.])", " ", low)
    low = _NUM_CLEAN_RE.sub(" ", low)
    arms = _arm_mentions(low, intervention, comparator)
    # "a and b ..., respectively" / "a vs b" after the arms were named in order
    pair = _PAIR_RE.search(low)
    if pair:
        a, b = _num(pair.group(1)), _num(pair.group(2))
        order = [arm for _, arm in arms]
        if "respectively" in low and len(order) >= 2 and set(order[:2]) == {"I", "C"}:
            first = order[0]
        elif len(order) >= 2 and set(order[:2]) == {"I", "C"}:
            first = order[0]
        elif re.search(r"\bvs\.?|\bversus\b", pair.group(0)) and not arms:
            first = "I"  # abstracts report the intervention first
        else:
            first = ""
        if first and a is not None and b is not None and a != b:
            i_val, c_val = (a, b) if first == "I" else (b, a)
            return "increased" if i_val > c_val else "decreased"
    values: dict[str, float] = {}
    for m in _NUMBER_RE.finditer(low):
        value = _num(m.group(0))
        if value is None:
            continue
        tail = low[m.end(): m.end() + 70]
        after = re.match(r"\s*(?:%|percent|[a-zµμ/]+(?:/[a-z]+)?)?\s*(?:in|with|for|among|on|of)\s+(?:the\s+)?(.*)", tail)
        arm = None
        if after:
            frag = after.group(1)
            cut = _BOUNDARY_RE.search(frag)
            arm = _arm_of(frag[: cut.start()] if cut else frag, intervention, comparator)
        if arm is None:
            label = re.search(r"([^,;]{1,40})[:=]\s*$", low[max(0, m.start() - 42): m.start()])
            arm = _arm_of(label.group(1), intervention, comparator) if label else None
        if arm is None:
            prior = [a for pos, a in arms if pos < m.start() and m.start() - pos < 90]
            arm = prior[-1] if prior else None
        if arm and arm not in values:
            values[arm] = value
    if "I" in values and "C" in values and values["I"] != values["C"]:
        return "increased" if values["I"] > values["C"] else "decreased"
    return None


def _table_row(text: str) -> EffectCall | None:
    """A table row "outcome / a / b / p": p above 0.05 is no difference; below, compare
    the first two values (intervention column first)."""
    cells = [c.strip() for c in text.strip().split(" / ")] if " / " in text else [c.strip() for c in text.strip().split("\n")]
    cells = [c for c in cells if c]
    if len(cells) < 3:
        return None
    nums = []
    for c in cells[1:]:
        m = re.match(r"^[-−–]?\d+(?:[.·]\d+)?", c.replace(",", ""))
        nums.append(float(m.group(0).replace("−", "-").replace("–", "-").replace("·", ".")) if m else None)
    last = cells[-1].lower()
    pm = re.match(r"^(?:p\s*)?([<>=≤≥])?\s*(0?[.·]\d+|1(?:\.0+)?)\s*[a-z*†‡§]*$", last)
    if not pm:
        return None
    p = float(pm.group(2).replace("·", "."))
    op = pm.group(1) or "="
    values = [n for n in nums[:-1] if n is not None]
    if (op in ("=", ">", "≥") and p > 0.05) or (op == ">" and p >= 0.05):
        return EffectCall("no difference", None, "between", f"p = {p}", text)
    if len(values) >= 2 and values[0] != values[1]:
        label: EffectLabel = "increased" if values[0] > values[1] else "decreased"
        return EffectCall(label, None, "between", "table values", text)
    return None


def classify_clauses(
    sentence: str, *, intervention: str = "", comparator: str = "", outcome: str = ""
) -> list[EffectCall]:
    """One call per clause that reports an effect (clauses split at ";" and at
    but/whereas/while/although/however). A clause that only qualifies the one before it
    ("..., but the difference was not significant") turns that clause's finding into
    "no difference"."""
    # a ";" inside parentheses ("(mean difference 3.4; 95% CI 0.2-6.5; P = .03)") is not a clause break
    masked = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(";", ","), sentence)
    pieces = _CONTRAST_SPLIT.split(masked)
    # re.split with a capture group alternates text and delimiter
    clauses: list[tuple[str, bool]] = []
    contrast = False
    for i, piece in enumerate(pieces):
        if i % 2 == 1:
            contrast = bool(piece and re.search(r"but|however|although|though|yet|whereas|while", piece, re.I))
            continue
        text = (piece or "").strip(" ,")
        if text:
            clauses.append((text, contrast))
        contrast = False
    calls = [_classify_clause(text, intervention, comparator, outcome) for text, _ in clauses]
    return [c for c in calls if c is not None]


def merge_qualifiers(sentence: str, calls: list[EffectCall], *, keep_within: bool = False) -> list[EffectCall]:
    """ "X rose, but the difference was not significant": the qualifier turns the finding
    before it into "no difference" (between arms, this is what a comparison reports)."""
    out = list(calls)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if prev.label == "no difference" or cur.label != "no difference":
            continue
        if keep_within and cur.scope == "between":
            continue  # "both improved, but no difference between groups": both still improved
        gap = sentence[sentence.find(prev.clause) + len(prev.clause): sentence.find(cur.clause)] if cur.clause in sentence else ""
        if re.search(r"but|however|although|though|yet", gap, re.I) and _QUALIFIER_RE.search(cur.clause):
            out[i - 1] = EffectCall("no difference", None, cur.scope, cur.cue, prev.clause)
    return out


# "but the difference was not significant", "but not significantly", "although this did not
# reach significance": anaphoric qualifiers that refer back to the previous clause.
_QUALIFIER_RE = re.compile(
    r"^(?:(?:however,?\s+|but\s+|although\s+)?(?:(?:the |these |this |that |such |any |all )?(?:[\w-]+ )?(?:differences?|changes?|increases?|decreases?|"
    r"improvements?|reductions?|effects?|trends?|results?|comparisons?)\b|it\b|this\b|(?:these|those|they) (?:were|was|are|did)\b|not\b|no\b|none\b|"
    r"(?:was|were|did|is|are)\b|between\b|neither\b|there (?:was|were)\b|with no\b))",
    re.I,
)


def classify_effect(
    sentence: str, *, intervention: str = "", comparator: str = "", outcome: str = ""
) -> EffectCall | None:
    """Classify what `sentence` (or a short passage) reports about `outcome` with
    `intervention` vs `comparator`.

    Rules, in order, per clause (clauses split at ";" and but/whereas/although):
    1. a null cue ("no significant difference", "did not significantly", "comparable",
       "no added benefit", "neither", "trended towards significance", p > 0.05) gives
       "no difference";
    2. otherwise a direction word nearest the outcome ("higher", "reduced", "rose") gives
       increased/decreased, reversed when the comparator arm is its subject; with no
       direction word, the values reported for each arm are compared;
    3. improvement words with no direction word ("improved", "effective") give the
       direction that is good for the outcome (down for pain, scars, mortality);
    4. a direction with no sign of significance but a trend word ("tended to") is "no
       difference".
    In a list of outcomes ("A (p = 0.01), B (p = 0.41) and C"), the item naming the
    outcome gives the direction word and p-value. A "but not significant" qualifier turns
    the clause before it into "no difference". In a passage, of the clauses that mention
    the outcome, change within arms ranks below comparisons; then the clause that mentions
    the outcome most is used, a null between arms first, ties to the first. Returns None
    when no clause reports an effect.
    """
    table = _table_row(sentence)
    if table is not None:
        return table
    calls: list[EffectCall] = []
    pieces = split_sentences(sentence) or [sentence]
    for k, piece in enumerate(pieces):
        found = classify_clauses(piece, intervention=intervention, comparator=comparator, outcome=outcome)
        masked = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(";", ","), piece)
        found = merge_qualifiers(masked, found)
        # "... was higher. However, the difference was not significant."
        if k and calls and found and calls[-1].label != "no difference" and found[0].label == "no difference" and re.match(
            r"(?:however|but|although|yet|nevertheless|th(?:is|ese|e) differences?)\b", piece.strip(), re.I
        ) and _QUALIFIER_RE.search(re.sub(r"^(?:however|but|although|yet|nevertheless),?\s*", "", piece.strip(), flags=re.I)):
            last = calls.pop()
            calls.append(EffectCall("no difference", None, "between", found[0].cue, last.clause))
        calls.extend(found)
    # "(between-group differences P<0.19)": the between-arm test decides
    bg = re.search(r"between[- ](?:the )?(?:two )?(?:groups?|arms?|treatments?)[^.;]{0,40}?\bp\s*(?:value\s*)?([<=>≤≥])\s*(0?[.·]\d+)", sentence, re.I)
    if bg:
        value = float(bg.group(2).replace("·", "."))
        if (bg.group(1) in "<≤" and value > 0.05) or (bg.group(1) in "=>≥" and value > 0.05):
            return EffectCall("no difference", None, "between", bg.group(0), sentence)
    if not calls:
        # "... 16% in the CLF group and 36% in the control group. This difference is
        # statistically significant": the significance sentence covers the values before it
        sig_p, _ = _p_values(sentence.lower())
        if sig_p or re.search(r"(?<!not )(?<!no )\bsignifican", sentence, re.I):
            for piece in pieces:
                numeric = _numeric_direction(piece, intervention, comparator, outcome)
                if numeric:
                    return EffectCall(numeric, None, "between", "values reported per arm", piece)  # type: ignore[arg-type]
        return _significant_without_direction(sentence, outcome)
    # Baseline comparability ("MAP was similar in the groups before induction") is not a result.
    kept = [c for c in calls if not (c.label == "no difference" and _BASELINE_RE.search(c.clause))]
    calls = kept or calls
    if outcome:
        calls = merge_elided_findings(sentence, calls, lambda clause: _outcome_overlap(clause, outcome) > 0)
    scored = []
    for i, c in enumerate(calls):
        about = _outcome_overlap(c.clause, outcome) if outcome else 0.0
        between_null = 1 if (c.label == "no difference" and c.scope == "between") else 0
        scored.append((about > 0, c.scope != "within", round(about, 1), between_null, -i, c))
    scored.sort(key=lambda t: t[:5], reverse=True)
    return scored[0][5]


_CONTRAST_GAP_RE = re.compile(r"^[\s,;]*(?:but|yet|however)\b", re.I)


def merge_elided_findings(text: str, calls: list[EffectCall], names_outcome: Callable[[str], bool]) -> list[EffectCall]:
    """"No change at 3 months, but both had a significant rise at 6 months": a finding joined by
    "but" / "yet" / "however" to a null about the outcome, and leaving the outcome unsaid
    (ellipsis), is what the sentence asserts about it. The two become one call: the finding's,
    over both clauses."""
    for k in range(1, len(calls)):
        prev, cur = calls[k - 1], calls[k]
        if prev.label != "no difference" or cur.label == "no difference":
            continue
        i = text.find(prev.clause)
        j = text.find(cur.clause, i + len(prev.clause)) if i >= 0 else -1
        if (j >= 0 and _CONTRAST_GAP_RE.match(text[i + len(prev.clause):j])
                and names_outcome(prev.clause) and not names_outcome(cur.clause)):
            return [*calls[:k - 1], replace(cur, clause=f"{prev.clause}, but {cur.clause}"), *calls[k + 1:]]
    return calls


_BASELINE_RE = re.compile(
    r"\b(?:at baseline|baseline (?:characteristics|values|levels)|before (?:induction|treatment|the intervention|randomi[sz]ation|surgery)|"
    r"at (?:entry|enrol(?:l)?ment|randomi[sz]ation)|pre-?treatment|pre-?operative(?:ly)?)\b",
    re.I,
)


def _significant_without_direction(text: str, outcome: str) -> EffectCall | None:
    """A significant difference reported with no direction word and no per-arm values:
    the benchmark fallback guesses the direction that is good for the outcome (down for
    pain, time, mortality; up otherwise), since trials mostly report benefits. The product
    never uses this guess: a record with no direction stays "unclear"."""
    low = text.lower()
    sig_p, _ = _p_values(low)
    if not (sig_p or re.search(r"(?<!not )(?<!no )\bsignifican", low)):
        return None
    numeric = None
    for piece in split_sentences(text) or [text]:
        numeric = numeric or _numeric_direction(piece, "", "", outcome)
    if numeric:
        return EffectCall(numeric, None, "between", "values reported per arm", text)  # type: ignore[arg-type]
    bad = bool(_HARMFUL_OUTCOME_RE.search(outcome or ""))
    return EffectCall("decreased" if bad else "increased", None, "unspecified", "significant, direction assumed from the outcome", text)


# Outcomes where less is better, for the benchmark's last-resort guess only.
_HARMFUL_OUTCOME_RE = re.compile(
    r"\b(?:pain|time|duration|mortality|death\w*|risk|incidence|adverse|symptom\w*|nausea|vomiting|"
    r"complication\w*|length of (?:hospital )?stay|hospitali[sz]ation|infection\w*|bleeding|blood loss|"
    r"failure|recurrence|relapse\w*|exacerbation\w*|anxiety|depress\w*|fatigue|consumption|requirement)\b",
    re.I,
)


_COMPARATIVE_NULL_RE = re.compile(
    r"similar|comparable|equivalent|equally|identical|inferior|on par|no (?:[\w-]+ ){0,3}?differences?|"
    r"not differ|did not differ|do not differ|does not differ|were not different|was not different|"
    r"between",
    re.I,
)


def _classify_clause(clause: str, intervention: str, comparator: str, outcome: str) -> EffectCall | None:
    low = clause.lower()
    sig_p, nonsig_p = _p_values(low)
    sig_text = low
    if sig_p and nonsig_p and outcome:
        # "improved A (p = 0.01), B (p = 0.30) and C (p = 0.02)": the outcome's own item decides
        item = _outcome_item(low, _outcome_hits(low, outcome))
        if item and any(_p_values(low[item[0]: item[1]])):
            sig_text = low[item[0]: item[1]]
            sig_p, nonsig_p = _p_values(sig_text)
    within = bool(_WITHIN_RE.search(low))
    # "versus baseline" compares an arm with itself: a change within it, not a comparison of arms
    between = bool(_BETWEEN_RE.search(VERSUS_TIME_RE.sub(" ", low)))
    within = within or bool(VERSUS_TIME_RE.search(low))
    scope: Scope = "between" if between and not within else "within" if within and not between else "unspecified"
    null = _NULL_RE.search(low)
    if null and re.search(r"\d+\s*(?:\([^)]*\)\s*)?(?:patients? )?did not respond|non-?responders?", low):
        null = None  # a subset did not respond: not a null finding for the whole study
    if null:
        ben = _BEN_RE.search(low)
        if _COMPARATIVE_NULL_RE.search(null.group(0)) or re.search(r"\bbetween\b", low[null.start(): null.end() + 40]):
            # "comparable", "no difference between groups": a comparison of arms; a benefit
            # word in the same clause ("equally effective") says both arms improved.
            cmp_scope: Scope = "unspecified" if re.search(r"\bwithin\b", low) else "between"
            return EffectCall("no difference", True if ben else None, cmp_scope, null.group(0).strip(), clause)
        return EffectCall("no difference", None, scope, null.group(0).strip(), clause)
    if nonsig_p and not sig_p and not _SIG_RE.search(re.sub(_P_RE, "", sig_text)):
        return EffectCall("no difference", None, scope, "p-value above 0.05", clause)
    label, cue, benefit = _direction(clause, outcome, f"{intervention} {comparator}")
    if label is None:
        numeric = _numeric_direction(clause, intervention, comparator, outcome) if (intervention or comparator) else None
        if numeric is None or not (sig_p or _SIG_RE.search(low)):
            return None
        return EffectCall(numeric, None, "between", "values reported per arm", clause)  # type: ignore[arg-type]
    if not (sig_p or re.search(r"\bsignifican", low)) and _TREND_RE.search(low):
        return EffectCall("no difference", None, scope, _TREND_RE.search(low).group(0), clause)  # type: ignore[union-attr]
    if _flip_for_subject(clause, intervention, comparator, cue or "", outcome):
        label = "decreased" if label == "increased" else "increased"
        benefit = None if benefit is None else not benefit
    return EffectCall(label, benefit, scope, cue or "", clause)  # type: ignore[arg-type]


_TREND_RE = re.compile(r"\b(?:tend\w*|trend\w*|slight\w*|somewhat|marginal\w*|numerical\w*)\b", re.I)


_SECTION_RE = re.compile(r"^\s*(?:TITLE|ABSTRACT(?:\.[A-Z][A-Z /&_-]*)?|[A-Z][A-Z /&-]{2,30}):\s*$", re.M)
_SECTION_WEIGHT = (
    (r"MEASURE|REGISTRATION|FUNDING|SUPPLEMENT", -0.8),  # "MAIN OUTCOME MEASURES" is methods
    (r"RESULT|FINDING|OUTCOME", 1.0),
    (r"CONCLU|INTERPRET|DISCUSS", 0.6),
    (r"TITLE", 0.2),
    (r"METHOD|DESIGN|BACKGROUND|INTRO|OBJECTIVE|AIM|PURPOSE|CONTEXT|SETTING|PARTICIPANT|PATIENT|INTERVENTION", -0.8),
)
_EFFECT_CUE_RE = re.compile(
    r"\bsignifican|\bp\s*[<=>≤≥]|\bdiffer|\bno (?:\w+ )?(?:difference|effect|change)|\bsimilar\b|\bcomparable\b|"
    r"\b(?:increas|decreas|reduc|improv|higher|lower|greater|fewer|less|more)\w*",
    re.I,
)
# "forced expiratory volume in 1 s (FEV1)": an abbreviation defined in the abstract
_DEFINITION_RE = re.compile(r"((?:[\w'-]+\s+){1,7}?)\(([A-Za-z][A-Za-z0-9-]{1,9})\)")
# "The aim of this study was ...", "... were measured": the sentence names the outcome
# but reports nothing
_AIM_RE = re.compile(
    r"^(?:the |our )?(?:aims?|objectives?|purposes?|goals?)\b|\b(?:we (?:aimed|sought|hypothesi[sz]ed|investigated|evaluated|assessed|compared|examined|studied)|"
    r"(?:was|were) (?:measured|assessed|recorded|evaluated|compared|analy[sz]ed|determined|monitored|documented|obtained)\b(?![^.]*\b(?:signific|p\s*[<=>]))|"
    r"to (?:compare|evaluate|assess|investigate|determine|examine))\b",
    re.I,
)
# "has previously been shown to be effective", "Larger trials are needed to establish whether
# ...": background and outlook name the outcome but report no result of this trial
_BACKGROUND_RE = re.compile(
    r"\b(?:(?:has|have|had) (?:\w+ )?been (?:shown|reported|demonstrated|suggested|proposed)|"
    r"(?:is|are) (?:still )?(?:needed|required|warranted)|(?:further|future) (?:research|studies|trials)|"
    r"(?:previous|prior) (?:studies|trials|reports|research)|in (?:animal|experimental|preclinical) (?:models?|studies)|"
    r"it was thought|(?:remains?|is) (?:unclear|unknown|controversial|uncertain)|little is known)",
    re.I,
)
# "in group A. The incidence ...": text.split_sentences keeps single letters as initials
_GROUP_LETTER_SPLIT = re.compile(r"(?:(?<=\b[Gg]roup [A-Z]\.)|(?<=\b[Aa]rm [A-Z]\.))\s+(?=[A-Z])")


def _definitions(text: str) -> dict[str, str]:
    """Abbreviations defined in `text`: {"fev1": "forced expiratory volume in 1 s"}. The long
    form is the run of words before the parenthesis whose initials spell the abbreviation
    (or the last few words when they do not)."""
    out: dict[str, str] = {}
    for m in _DEFINITION_RE.finditer(text or ""):
        words, abbr = m.group(1).split(), m.group(2)
        letters = [c.lower() for c in abbr if c.isalpha()]
        long = words[-min(len(words), max(len(letters), 1)):]
        # start at the furthest word that begins with the abbreviation's first letter
        for k in range(len(words), 0, -1):
            if words[-k][0].lower() == (letters[0] if letters else ""):
                long = words[-k:]
                break
        out.setdefault(abbr.lower(), " ".join(long))
    return out


def _word_stem(word: str) -> str:
    """stem() after dropping a plural "s", so "days" matches "90-day" and "scores" "score"."""
    return stem(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word)


def _weighted_overlap(stems: set[str], words: list[tuple[str, float]]) -> float:
    total = sum(w for _, w in words)
    return sum(w for s, w in words if s in stems) / total if total else 0.0


def outcome_sentences(text: str, *, outcome: str, intervention: str = "", comparator: str = "", limit: int = 3) -> list[str]:
    """The sentences of an abstract most likely to report `outcome`, best first.

    Score: the weighted share of the outcome's words present (x3; words found in many
    sentences of the abstract, like "patients", weigh less; an abbreviation the abstract
    defines counts as its long form and vice versa), a mention of either arm (+0.5), the
    section (results +1, conclusions +0.6, background/methods -0.8), an effect cue
    (significance, difference, increase/decrease: +1) and a p-value (+0.3); statements of
    aim or of what was measured, and changes from baseline with no comparison of arms,
    lose 1. Sentences that name less than a quarter of the outcome (so weighted) and
    background or outlook ("has been shown", "further trials are needed") are never
    returned."""
    defs = _definitions(outcome) | _definitions(text)  # the outcome may define its own ("... (EF) score")
    parts = _SECTION_RE.split(text or "")
    heads = _SECTION_RE.findall(text or "")
    sections = [("", parts[0])] + list(zip(heads, parts[1:]))
    rows: list[tuple[float, str, set[str]]] = []
    for head, body in sections:
        weight = 0.0
        for pattern, w in _SECTION_WEIGHT:
            if re.search(pattern, head or ""):
                weight = w
                break
        for chunk in split_sentences(body):
            for sentence in _GROUP_LETTER_SPLIT.split(chunk):
                expanded = sentence + " " + " ".join(
                    long for abbr, long in defs.items() if re.search(rf"\b{re.escape(abbr)}\b", sentence, re.I)
                )
                rows.append((weight, sentence, {_word_stem(w) for w in content_words(expanded)}))
    if not rows:
        return []
    # the outcome's words, its abbreviations' long forms too, weighted by rarity in the abstract
    o_text = outcome + " " + " ".join(long for abbr, long in defs.items() if re.search(rf"\b{re.escape(abbr)}\b", outcome, re.I))
    o_stems = list(dict.fromkeys(_word_stem(w) for w in content_words(o_text)))
    n = len(rows)
    weights = [(s, 1.0 / (1.0 + 2.0 * sum(1 for _, _, st in rows if s in st) / n)) for s in o_stems]
    arm_stems = {_word_stem(w) for w in content_words(f"{intervention} {comparator}")}
    scored: list[tuple[float, int, str]] = []
    for idx, (weight, sentence, stems) in enumerate(rows):
        o = _weighted_overlap(stems, weights)
        # a sentence naming under a quarter of the outcome is about something else
        if o < 0.25 or not _EFFECT_CUE_RE.search(sentence) or _BACKGROUND_RE.search(sentence):
            continue
        arms = 0.5 if arm_stems & stems else 0.0
        aim = -1.0 if _AIM_RE.search(sentence) else 0.0
        # change from baseline within arms is not the comparison asked about
        within = -1.0 if _WITHIN_RE.search(sentence) and not _BETWEEN_RE.search(sentence) else 0.0
        pval = 0.3 if _P_RE.search(sentence) else 0.0
        scored.append((3 * o + arms + weight + 1.0 + aim + within + pval, -idx, sentence))
    scored.sort(reverse=True)
    return [s for _, _, s in scored[:limit]]
