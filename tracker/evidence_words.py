"""Which words the evidence base uses: does a query find any record of the embedded sample?

The extractor writes each question's PubMed query in the article's words. A claim worded in
words no title or abstract uses ("my ponytail is thicker", "cuts shedding") finds nothing,
although the records report that outcome in their own words ("hair counts", "hair loss
intensity"). Such a query backs off to broader words (`extract._outcome_block`), and whether
the specific words find anything is read here: the query evaluated on every record of the
embedded snapshot (titles, synopses, keywords, MeSH) with the matcher appraisal uses for
relevance, so "found" here means "relevant" there. The query itself stays plain PubMed syntax
that means the same online; only the choice of how broad to write it depends on the sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .harms import SERIOUS_HARM_TERMS
from .models import Record


@lru_cache(maxsize=4)
def _docs(path: str | None) -> tuple:
    from .appraisal import QueryDoc  # appraisal is heavy; the extractor imports this lazily
    from .snapshot import SnapshotError, iter_records
    try:
        return tuple(QueryDoc.of_record(r) for r in iter_records(Path(path) if path else None))
    except (OSError, SnapshotError):
        return ()  # no sample to read: nothing is known, so nothing backs off


def sample_records(path: str | Path | None = None) -> int:
    """How many records the evidence base holds (0: none readable)."""
    return len(_docs(str(path) if path else None))


@lru_cache(maxsize=8192)
def count(query: str, path: str | None = None) -> int:
    """Records of the sample that satisfy `query` (a PubMed query); -1 when the sample is
    missing or the query cannot be read offline (the caller then keeps its query as it is)."""
    from .appraisal import matches_query, parse_question_query
    docs = _docs(path)
    node = parse_question_query(query)
    if not docs or node is None:
        return -1
    return sum(1 for d in docs if matches_query(node, d))


def finds(query: str, path: str | None = None) -> bool:
    """Does `query` find a record of the sample? True when that cannot be told."""
    return count(query, path) != 0


def record_matches(query: str, record: Record) -> bool:
    """`query` evaluated on one record, as `count` does (for tests and explanations)."""
    from .appraisal import QueryDoc, matches_query, parse_question_query
    node = parse_question_query(query)
    return node is not None and matches_query(node, QueryDoc.of_record(record))


# --- broadening a question whose query finds nothing (SRCH) ---------------------------------

#: Harms in general, as trials report them: a study that counts adverse events or calls a
#: treatment well tolerated speaks (indirectly) to each specific harm (GRADE: harms are often
#: only reported in aggregate). A general vocabulary, the same for every topic.
HARMS_IN_GENERAL = ('"adverse effect*"[tiab]', '"adverse event*"[tiab]', '"adverse reaction*"[tiab]',
                    '"side effect*"[tiab]', "complication*[tiab]", "safety[tiab]", "tolerab*[tiab]",
                    "tolerated[tiab]", "toxicity[tiab]")
#: VERD4: the harms that make an event serious by definition (ICH E2A), which a case report is titled by; ORed in
#: beside harms in general. Each names a specific harm, so it is kept apart from the general vocabulary above.
SERIOUS_HARMS = tuple(f'"{t}"[tiab]' if " " in t or "-" in t else f"{t}[tiab]" for t in SERIOUS_HARM_TERMS)

_INFLECTIONS = ("ing", "ed", "es", "er", "s")


@dataclass(frozen=True)
class Broadening:
    """A question's outcome block widened because its query found no record of the sample."""

    block: str  # the outcome block as run: the old one ORed with `added`
    added: str  # what was ORed in
    step: str  # "words" (the claim's words searched apart), "reduced" (`reduce_np`) or "harms" (harms in general)
    dropped: tuple[str, ...] = ()  # "reduced": the modifiers left out (which, how many, when, how visible)


def _word_term(word: str) -> str:
    """One word as a PubMed term: its inflection dropped and truncated ("growing" -> grow*),
    a short word kept whole (PubMed truncates no stem under four letters well)."""
    stem = word
    for suf in _INFLECTIONS:
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            stem = word[: -len(suf)]
            break
    return f"{stem}*[tiab]" if len(stem) >= 4 else f"{word}[tiab]"


def words_apart(said: str) -> str | None:
    """The claim's outcome words searched as words, not as a phrase: each content word by its
    stem, all of them in one record ("growing hair" -> grow* AND hair*, which "hair growth"
    satisfies). Coordinated outcomes ("redness and swelling") are ORed. None when a part has fewer
    than two content words: one word alone (a head noun without its modifier: "patches" of "sweat
    patches") stands for too many things."""
    from .text import STOPWORDS
    parts = []
    for part in re.split(r"\s+(?:and|or)\s+|\s*,\s*", said.lower()):
        ws = [w for w in re.findall(r"[a-z0-9]+", part) if len(w) >= 3 and w not in STOPWORDS]
        ws = list(dict.fromkeys(ws))
        if len(ws) < 2:
            return None
        parts.append("(" + " AND ".join(_word_term(w) for w in ws) + ")")
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


#: Modifiers that say which, how many or which in time, or that an instance can be seen, never
#: what kind of thing the noun names: determiners, quantifiers, reference in time, visibility. A
#: closed class of English, the same for every topic ("most of the redness", "visible darkening"):
#: left out, the noun names the same kind of thing. Unlike a classifier ("sweat" of "sweat patches",
#: "overall" of "overall survival"), which names the kind and is never dropped.
REFERENCE_MODIFIERS = frozenset("""a an the this that these those my your his her its our their some any all
both each every either neither no few fewer many more most less much several
visible noticeable visibly noticeably""".split())
#: Reference in time is never left out: it can be what the claim is about (preventing new pigment
#: is not fading old pigment, GRADE indirectness of outcome), so a phrase with one is not reduced.
TEMPORAL_MODIFIERS = frozenset("new old existing current previous former future recent already".split())
#: A pronoun after the head noun opens a relative clause without "that" ("the tan you already
#: have"): the noun phrase ends before it. An auxiliary makes the words a clause, never a noun phrase.
_CLAUSE_OPENERS = frozenset("i you we they he she it one people".split())
_DETERMINERS = frozenset("the a an this these those my your his her its our their".split())
_AUXILIARIES = frozenset("is are was were be been being am had has have do does did".split())
#: Words that end no noun phrase: a comparison's or a clause's leftover after the head noun
#: ("new pigment rather [than]", "dark marks where [...]").
_NP_TAIL = frozenset("rather where when which who whose that than too also again both either".split())
_PREPOSITIONS = frozenset("""about above across after against along among around at before behind below
beneath beside between beyond by down during for from in inside into near of off on onto out outside over
past through to toward towards under underneath until up upon with within without""".split())


@dataclass(frozen=True)
class ReducedPhrase:
    """An outcome noun phrase reduced by its structure (`reduce_np`)."""

    words: tuple[str, ...]  # the content words left, in order (the head last)
    dropped: tuple[str, ...]  # the modifiers of reference left out


def reduce_np(said: str) -> ReducedPhrase | None:
    """The outcome noun phrase backed off by English structure alone: hyphenated compounds
    split ("sun-induced" -> sun induced); a clause's leftover after the head dropped ("the
    pigment rather", "racing heartbeat reported": a past participle whose subject the noun is;
    never an -ing head, "hair thinning"); determiners, quantifiers, prepositions and modifiers of
    reference left out (`REFERENCE_MODIFIERS`); a relative clause without "that" cut off ("the
    enzyme your skin uses": the head noun before it). The content words keep their order; None
    when no content word is left, nothing changed, the words are a clause (an auxiliary) or they
    locate the outcome in time (`TEMPORAL_MODIFIERS`)."""
    from .text import STOPWORDS
    toks = re.findall(r"[a-z0-9]+", said.lower().replace("-", " "))
    orig = list(toks)
    # a pronoun, or a determiner right after a content word, opens the relative clause
    cut = next((i for i, t in enumerate(toks) if i > 0 and (t in _CLAUSE_OPENERS or (
        t in _DETERMINERS and toks[i - 1] not in STOPWORDS | _PREPOSITIONS | REFERENCE_MODIFIERS))), len(toks))
    if set(toks) & TEMPORAL_MODIFIERS or set(toks[:cut]) & _AUXILIARIES:
        return None  # (reference in time counts in the relative clause too: "the tan you already have")
    toks = toks[:cut]
    while len(toks) > 1 and (toks[-1] in _NP_TAIL or toks[-1] in REFERENCE_MODIFIERS or toks[-1] in _PREPOSITIONS or (
            toks[-1].endswith("ed") and toks[-2] not in REFERENCE_MODIFIERS and toks[-2] not in STOPWORDS
            and not toks[-2].endswith(("ing", "ed")))):
        toks.pop()  # "racing heartbeat reported": the participle's subject is the head
    dropped = tuple(t for t in toks if t in REFERENCE_MODIFIERS)
    words = tuple(dict.fromkeys(t for t in toks if t not in REFERENCE_MODIFIERS and t not in STOPWORDS
                                and t not in _PREPOSITIONS and len(t) >= 3))
    if not words or list(words) == orig:
        return None
    return ReducedPhrase(words, dropped)


def reduced_terms(said: str, iblock: str = "") -> tuple[str, tuple[str, ...]] | None:
    """`reduce_np` as a search, with the words left out: each coordinated part ("redness and the
    swelling") by every content word left, in one record (as `words_apart`), the parts ORed; a
    head noun alone only when what was left out says which or how many, never what kind ("visible
    darkening" -> darken*), and the head is a noun by its form (no participle or adverb: "stopped",
    "fully"). A word the intervention block (`iblock`) names is no outcome word: every record it
    finds has it ("of screen light" under "red light"). None when nothing was reduced or a part is
    left with nothing to search."""
    own = set(re.findall(r"[a-z0-9]+", iblock.lower()))
    parts: list[str] = []
    dropped: list[str] = []
    changed = False
    for part in re.split(r"\s+(?:and|or)\s+|\s*,\s*", said.lower()):
        r = reduce_np(part)
        words = r.words if r is not None else tuple(
            dict.fromkeys(w for w in re.findall(r"[a-z0-9]+", part) if len(w) >= 3))
        words = tuple(w for w in words if w not in own)
        changed |= r is not None
        dropped += r.dropped if r is not None else ()
        if not words or (len(words) == 1 and (len(words[0]) < 4 or words[0].endswith(("ed", "ly")) or (
                r is not None and not r.dropped))):
            return None
        parts.append(" AND ".join(_word_term(w) for w in words))
    if not changed or not parts:
        return None
    terms = [f"({p})" if " AND " in p else p for p in parts]
    return (terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"), tuple(dropped)


def broaden(iblock: str, oblock: str, said: str, harm: bool, path: str | None = None, *,
            whole: bool = True) -> Broadening | None:
    """Widen an outcome block whose query (`iblock AND oblock`) finds no record of the sample
    although the intervention block does, in principled steps, the first that finds records:
    1. the claim's own outcome words (`said`, a noun phrase) searched apart rather than as a
       phrase: abstracts reorder and inflect ("hair growth" for "growing hair");
    2. the noun phrase reduced by its structure (`reduced_terms`): compounds split, leftovers
       and modifiers of reference dropped ("new pigment rather" -> pigment*);
    3. for a harm (`harm`), harms in general and serious harms ORed in (`HARMS_IN_GENERAL`, `SERIOUS_HARMS`).
    `whole`: `said` as it stands is a noun phrase; False when only its reduction is ("visible
    darkening both"), so step 1 is skipped.
    The old block stays ORed in, so the query still asks what the claim says; None when nothing
    needs or allows broadening (the query finds records, the sample lacks the intervention, no
    step finds anything)."""
    if count(f"{iblock} AND {oblock}", path) != 0 or count(iblock, path) <= 0:
        return None
    reduced = reduced_terms(said, iblock)
    steps: list[tuple[str, str | None, tuple[str, ...]]] = [("words", words_apart(said) if whole else None, ())]
    if reduced is not None:
        steps.append(("reduced", reduced[0], reduced[1]))
    if harm:
        steps.append(("harms", "(" + " OR ".join(HARMS_IN_GENERAL + SERIOUS_HARMS) + ")", ()))
    for step, added, dropped in steps:
        if added and count(f"{iblock} AND {added}", path) > 0:
            return Broadening(f"({oblock} OR {added})", added, step, dropped)
    return None


def broadened_from(query: str, said: str, harm: bool, path: str | None = None) -> Broadening | None:
    """Was `query` widened by `broaden` from a query that found nothing? Its Broadening, read
    back from the query itself (the widened block is its last conjunct: "(old OR added)"), so a
    stored question can say its search was broadened; None otherwise."""
    from .coverage import _conjuncts, render
    from .pubmed_query import BoolOp, parse_query
    from .search import QuerySyntaxError
    try:
        parts = _conjuncts(parse_query(query))
    except QuerySyntaxError:  # a query the parser refuses was never broadened here
        return None
    last = parts[-1]
    if len(parts) < 2 or not (isinstance(last, BoolOp) and last.op == "OR"):
        return None
    iblock = " AND ".join(render(p) if not isinstance(p, BoolOp) else f"({render(p)})" for p in parts[:-1])
    old = render(last.left) if not isinstance(last.left, BoolOp) else f"({render(last.left)})"
    for whole in (True, False):
        b = broaden(iblock, old, said, harm, path, whole=whole)
        if b is not None and render(parse_query(f"{iblock} AND {b.block}")) == render(parse_query(query)):
            return b
    return None
