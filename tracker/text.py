"""Small text utilities shared by appraisal, grading and the benchmark.

Sentence splitting that survives p-values and abbreviations, number words ("Sixty-eight"),
term matching that tolerates hyphens, plurals and PubMed truncation (`microneedl*`), and
the cue lists for negation and hedging. Everything here is pure and deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# --- sentences -------------------------------------------------------------------------

_ABBREVIATIONS = (
    "e.g", "i.e", "vs", "et al", "approx", "fig", "figs", "no", "dr", "st", "ca", "cf",
    "resp", "min", "max", "mo", "wk", "yr", "yrs", "sq", "incl", "ref", "ed", "eds",
)
_SPLIT = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"')\]])|(?<=[.!?][\"')\]]{2}))\s+(?=[A-Z0-9\"'(\[])"
)
_HEADING = re.compile(r"^\s*(?:ABSTRACT\.)?[A-Z][A-Z /&-]{2,40}:\s*$")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences.

    Splits after . ! ? followed by a capital or digit, except after common abbreviations
    ("vs.", "e.g.", "et al.") and single initials; decimals such as "P = .007" never split
    because no space follows the point. Newlines always end a sentence (abstract headings,
    table rows).
    """
    sentences: list[str] = []
    for block in re.split(r"\n+", text or ""):
        block = block.strip()
        if not block or _HEADING.match(block):
            continue
        pieces = _SPLIT.split(block)
        buf = ""
        for piece in pieces:
            buf = f"{buf} {piece}" if buf else piece
            last = re.search(r"(\S+)\.[\"')\]]*$", buf)
            word = last.group(1).lower().lstrip("([\"'") if last else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            sentences.append(buf.strip())
            buf = ""
        if buf.strip():
            sentences.append(buf.strip())
    return sentences


# --- numbers ---------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
NUMBER_WORD = (
    r"(?:(?:" + "|".join(list(_TENS) + list(_UNITS) + list(_SCALES)) + r")"
    r"(?:[\s-]+(?:and[\s-]+)?(?:" + "|".join(list(_TENS) + list(_UNITS) + list(_SCALES)) + r"))*)"
)
# Ordinal words: "by the third week", "after the first session"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "twelfth": 12}
# FRAME23: the units of time English counts in, in days. One grammar for every time frame and duration: a count
# before a unit ("two weeks", "a fortnight", "a couple of months"); a fortnight is fourteen days, a weekend two.
TIME_UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "night": 1.0, "week": 7.0, "fortnight": 14.0,
                  "month": 30.0, "year": 365.0}
TIME_UNIT = "|".join(TIME_UNIT_DAYS)  # for regexes: (?P<unit>{TIME_UNIT})s?
# A count written in digits ("1,127", "2 805") or in words ("Sixty-eight").
COUNT = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{NUMBER_WORD})"


def words_to_int(text: str) -> int | None:
    """'Sixty-eight' -> 68, 'one hundred and twenty' -> 120, '1,127' -> 1127; else None."""
    t = text.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t)
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", t):
        if not word or word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# --- normalisation and term matching ---------------------------------------------------

_SPELLING = (
    (r"oedema", "edema"), (r"anaesthe", "anesthe"), (r"haemo", "hemo"), (r"randomis", "randomiz"),
    (r"favour", "favor"), (r"colour", "color"), (r"tumour", "tumor"), (r"centre", "center"),
    (r"behaviour", "behavior"), (r"ageing", "aging"), (r"paediatric", "pediatric"),
)


def normalise(text: str) -> str:
    """Lower-case, American spelling, hyphens and slashes as spaces, single spaces."""
    t = (text or "").lower()
    for pattern, repl in _SPELLING:
        t = re.sub(pattern, repl, t)
    t = re.sub(r"[\u2010-\u2015\-/]", " ", t)
    t = re.sub(r"[^\w%.+<>=\s]", " ", t)
    # "micro-needling", "micro needling" and "microneedling" are one word to the matcher
    t = re.sub(r"\b(micro|derma|radio|photo|nano) (?=[a-z])", r"\1", t)
    return re.sub(r"\s+", " ", t).strip()


def _term_pattern(term: str) -> re.Pattern[str] | None:
    t = normalise(term.replace("*", " WILDCARD "))
    t = t.replace(" wildcard", "*").replace("wildcard", "*")
    if not t.strip(" *"):
        return None
    parts = []
    for word in t.split():
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            # plural and hyphen-joined forms: "scar" matches "scars", "micro needling" matches
            # "microneedling" because spaces between words are optional.
            parts.append(re.escape(word) + r"(?:s|es)?")
    body = r"\s?".join(parts)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def compile_terms(terms: Iterable[str]) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for term in terms:
        pattern = _term_pattern(term)
        if pattern is not None:
            out.append((term, pattern))
    return out


def find_terms(text: str, terms: list[tuple[str, re.Pattern[str]]]) -> list[str]:
    """Which of the compiled `terms` occur in `text` (after normalisation)."""
    norm = normalise(text)
    return [term for term, pattern in terms if pattern.search(norm)]


def mentions(text: str, terms: list[tuple[str, re.Pattern[str]]]) -> bool:
    norm = normalise(text)
    return any(pattern.search(norm) for _, pattern in terms)


STOPWORDS = frozenset(
    """a an and are as at be by can do does for from has have in into is it its of on or
    our that the their this to was were will with without your you than more most less
    not no may might could should would very by far also after before during""".split()
)


def content_words(text: str) -> list[str]:
    return [w for w in normalise(text).split() if w not in STOPWORDS and len(w) > 2]


def stem(word: str) -> str:
    """A crude stem: the first six letters ("improved", "improvement" -> "improv")."""
    return word[:6]


def overlap(text: str, phrase: str) -> float:
    """Share of `phrase`'s content words whose stems occur in `text` (0.0 to 1.0)."""
    words = content_words(phrase)
    if not words:
        return 0.0
    stems = {stem(w) for w in content_words(text)}
    return sum(1 for w in words if stem(w) in stems) / len(words)


# --- dosage forms ----------------------------------------------------------------------

# A dosage form implies its route (a closed class): tablets are swallowed, a lotion is applied to
# the skin. Verdicts read a record's route from it, extraction a pronoun's antecedent.
DOSAGE_FORM_ROUTES = {"oral": r"tablets?|capsules?|pills?",
                      "topical": r"lotions?|foams?|creams?|gels?|serums?|ointments?|shampoos?"}
DOSAGE_FORM = "|".join(DOSAGE_FORM_ROUTES.values())


# --- cues ------------------------------------------------------------------------------

HEDGES = (
    "may", "might", "could", "can help", "suggest", "suggests", "possibly", "potential",
    "potentially", "promising", "appear", "appears", "seem", "seems", "preliminary", "pilot",
    "likely", "perhaps",
)
HEDGE_RE = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in HEDGES) + r")\b", re.I)


def is_hedged(sentence: str) -> bool:
    return bool(HEDGE_RE.search(sentence))


# Percentages and fold changes as written ("80.64%", "30%-90%", "close to 80 percent",
# "6.74-fold", "2- to 22-fold").
FIGURE_RE = re.compile(
    r"(?:\d+(?:\.\d+)?\s?%(?:\s?(?:-|to|–)\s?\d+(?:\.\d+)?\s?%)?"
    r"|\d+(?:\.\d+)?\s?(?:-|–)?\s?percent\b"
    r"|\d+(?:\.\d+)?(?:-\s?(?:to\s)?\d+(?:\.\d+)?)?\s?-?\s?fold\b)",
    re.I,
)


def figures(text: str) -> list[str]:
    return [m.group(0).strip() for m in FIGURE_RE.finditer(text or "")]


def figure_values(figure: str) -> list[float]:
    """Numbers in a figure string, fold changes turned into percent change (6.74-fold -> 574)."""
    nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", figure)]
    if "fold" in figure.lower():
        return [round((n - 1) * 100, 1) for n in nums]
    return nums


# An answer this short ("Yes.", "Not at all.", "Absolutely.") says nothing read alone in a table.
_SHORT_ANSWER_WORDS = 4
# English answers a yes/no question with a response word, often qualified after it ("Yes, but only
# once a week", "Hardly at all with a 0.25 mm roller") or restricted before it ("For healthy adults,
# absolutely"): such a reply is elliptical at any length up to a sentence's worth of qualifiers.
# The words are the closed class of answer particles and degree/frequency adverbs, not topic words.
_ANSWER_OPENING_RE = re.compile(
    r"^\W*(?:(?:for|in|with|among|at|on)\s+[^,.;:!?]{1,40},\s*)?"
    r"(?:yes|yeah|yep|no|nope|not|never|none|hardly|barely|scarcely|rarely|seldom|absolutely|definitely|"
    r"certainly|of\s+course|probably|possibly|maybe|perhaps|likely|unlikely|sometimes|usually|often|mostly|"
    r"partly|partially|somewhat|slightly|modestly|a\s+little|a\s+bit)\b", re.I)
_ANSWER_MAX_WORDS = 15
# How far back the question it answers may end: a speaker label or line break may sit between.
_QUESTION_GAP = 80
# a chat export's message stamp: a date and a clock time (bracketed, or followed by a dash), then the
# sender's name before a colon ("[03/11/2026, 07:15] Priya: ", "03/12/2026, 19:25 - Lou: ")
_CHAT_STAMP_RE = re.compile(r"^[\[(]?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?"
                            r"(?:[\])]\s*|\s+[-–—]\s+)(?:[^\s:\[\]][^:\n]{0,30}?:\s+)?")


def answered_question(text: str, start: int, end: int, quote: str | None = None) -> str | None:
    """The question an elliptical answer replies to ("Is it painful?" for "Not at all"), or None
    when `text[start:end]` (which must equal `quote`) is no such answer: a reply of a few words,
    or one opening with an answer word, right after a question."""
    quote = text[start:end] if quote is None else quote
    if not text or text[start:end] != quote:
        return None
    n_words = len(re.findall(r"\w+", quote))
    short = n_words <= _SHORT_ANSWER_WORDS
    if not short and not (n_words <= _ANSWER_MAX_WORDS and _ANSWER_OPENING_RE.match(quote)):
        return None
    before = text[max(0, start - 400):start]
    mark = before.rfind("?")
    if mark < 0 or len(before) - mark > _QUESTION_GAP:
        return None
    if not short and re.search(r"[.!]\s", before[mark + 1:] + " "):
        return None  # a longer reply must be the first sentence after the question, not a later one
    # the question's own start: just after the previous sentence end or line break
    # (a doubled mark, "??" or "?!", ends one question)
    first = len(before[:mark].rstrip("?!"))
    opening = max(before.rfind(c, 0, first) for c in ".!?\n") + 1
    question = " ".join(before[opening:mark + 1].split())
    # a chat export's stamp and sender ("03/12/2026, 19:25 - Lou: ") or a speaker label ("ANCHOR:", "Q:")
    # is not part of the question
    question = _CHAT_STAMP_RE.sub("", question, count=1)
    question = re.sub(r"^[^\s:]{1,20}(?:\s[^\s:]{1,20})?:\s+", "", question)
    if len(re.findall(r"\w+", question)) < 2:
        return None
    return question


def quote_in_context(text: str, start: int, end: int, quote: str | None = None) -> str:
    """The quote as a table should show it: an elliptical answer gets the question it answers in
    front ("“Is it safe?” → Yes"); any other quote, or an answer with no question just before it,
    is returned as it is. `text[start:end]` is the quote; a mismatch returns `quote` untouched."""
    quote = text[start:end] if quote is None else quote
    question = answered_question(text, start, end, quote)
    return quote if question is None else f"“{question}” → {quote}"
