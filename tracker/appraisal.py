"""Appraise one PubMed record for one question: relevance, design, size, direction.

Every decision is a rule over the record's publication types, MeSH and text, and every
direction keeps the sentence that decided it, so a reader can check it. Relevance evaluates
the question's PubMed query (parsed by `tracker.pubmed_query`) on the record; directions
are built from the sentence-level calls of `tracker.effects`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .direction_model import load_model as load_direction_model
from .direction_model import predict_evidence
from .effects import (
    BAD_THING_RE,
    GOOD_THING_RE,
    NO_EVIDENCE_OF_EFFECT,
    VERSUS_TIME_RE,
    EffectCall,
    classify_clauses,
    classify_effect,
    merge_elided_findings,
    merge_qualifiers,
)
from .models import Appraisal, Question, Record
from .pubmed_query import BoolOp, DateRange, Node, Term, parse_query
from .search import QuerySyntaxError
from .text import (
    COUNT,
    STOPWORDS,
    compile_terms,
    content_words,
    figures,
    is_hedged,
    mentions,
    normalise,
    overlap,
    split_sentences,
    stem,
    words_to_int,
)

# Small domain thesaurus: when the question's intervention/outcome matches the key, the
# terms are added to its query terms (PubMed would map these through MeSH).
THESAURUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"micro-?needl|needling|dermaroller|derma roller|collagen induction|dermapen",
     ("microneedl*", "micro needl*", "needling", "dermaroller*", "derma roller*", "dermapen",
      "collagen induction", "microneedle*", "skin needling")),
    (r"radio-?frequency|\brf\b", ("radiofrequency", "radio frequency", "RF")),
    (r"acne scar|atrophic scar|post-?acne", ("acne scar*", "atrophic scar*", "post acne scar*", "postacne scar*", "boxcar", "ice pick", "rolling scar*")),
    (r"(?<!acne )(?<!atrophic )\bscar(?!s? (?:from|after) acne)", ("scar*", "cicatrix")),
    (r"hair|alopecia|baldness", ("alopecia", "hair loss", "hair growth", "hair count*", "hair density", "androgenetic", "AGA", "regrowth", "hair")),
    (r"wrinkl|rhytid|fine lines|rejuvenat|aging|ageing|anti-?aging", ("wrinkle*", "rhytid*", "fine lines", "rejuvenation", "photoaging", "skin aging", "aging")),
    (r"stretch mark|striae", ("striae", "stretch mark*")),
    (r"melasma", ("melasma",)),
    (r"pigment|sunspot|age spot|dark spot", ("hyperpigmentation", "pigmentation", "PIH", "dyspigmentation", "melanin")),
    (r"infect", ("infection*", "infectious", "herpes", "abscess*", "sepsis", "septic*")),
    (r"granulom", ("granulom*",)),
    (r"penetrat|deliver|absor|permea|uptake|transdermal", ("penetration", "permeation", "delivery", "flux", "absorption", "uptake", "transdermal", "permeability", "enhanced delivery")),
    (r"collagen|elastin|remodel", ("collagen", "neocollagenesis", "elastin", "remodeling", "remodelling")),
    (r"hyperhidrosis|sweat", ("hyperhidrosis", "sweat*")),
    (r"sebum|sebaceous|oil", ("sebum", "sebaceous")),
    (r"\bpores?\b", ("pore size", "pores", "pore")),
    (r"tighten|laxity|lift", ("laxity", "tightening", "tighten*", "lifting")),
    (r"adverse|side effect|complication|safety", ("adverse", "side effect*", "complication*", "safety")),
    (r"pain", ("pain",)),
    (r"hydrat|moistur|dry", ("hydration", "moisture", "corneometer", "TEWL")),
)

_RF_RE = re.compile(r"radio-?\s?frequency|\bRF\b|thermotherapy|\bfmr\b|\bmfr\b|nimfrf", re.I)
_PATCH_RE = re.compile(
    r"dissolv\w*[^.]{0,60}microneedle|microneedle patch|microneedle[s]? (?:carrying|loaded|embedded)|"
    r"\w+-embedded microneedles|microneedle (?:micro)?array|microarray of microneedles|functional microarray|"
    r"microneedle system",
    re.I,
)
# A patch left on the skin to dissolve or release its load is a device worn, not a needling
# procedure; a microneedle array pressed on and removed before a topical is needling (R3).
_WORN_PATCH_RE = re.compile(
    r"dissolv\w*[^.]{0,60}microneedle|microneedle patch|microneedle[s]? (?:carrying|loaded|embedded)|\w+-(?:embedded|loaded) microneedles",
    re.I,
)
_DELIVERY_RE = re.compile(
    r"micro-?needl\w*[- ](?:assisted|delivery|delivered|mediated|enhanced)|drug-?delivery micro-?needl\w*|combined with delivery of|"
    r"(?:through|via|by|using|with) (?:a )?(?:micro-?needl\w*|dermaroller|dermapen)(?![- ](?:alone|monotherapy))|"
    r"micro-?needl\w* (?:to (?:deliver|increase (?:skin )?penetration|improve delivery)|before|pre-?treatment|pretreat\w*|followed by)|"
    r"each followed by topical|(?:pre)?treated with (?:a )?micro-?needl\w*[^.]{0,40} before|"
    r"pretreated (?:weekly )?with (?:a )?(?:functional )?micro-?needl\w*|prepared with a micro-?needle",
    re.I,
)
_DRUG_RE = re.compile(
    r"tranexamic|triamcinolone|botulinum|5-?fluorouracil|aminolevulin|\bala\b|\bmal\b|methyl aminolevulinate|"
    r"photodynamic|anesthe|anaesthe|dyclonine|lidocaine|insulin|peptide|dye|drug|tiagabine|carbamazepine|"
    r"conditioned medi|hyaluronic acid filler|hydroquinone|photosensiti",
    re.I,
)


# --- the question's PubMed query, evaluated on a record ---------------------------------
# The query is parsed by `tracker.pubmed_query`, the parser the local search uses; here its
# AST is only evaluated on one record, with the relevance semantics of docs/grading.md R1.

_TEXT_FIELDS = frozenset({"all", "tw", "tiab", "ti", "ab", "ot"})
_MESH_FIELDS = frozenset({"mh", "mh:noexp", "majr", "majr:noexp", "sh"})


@dataclass(frozen=True)
class QueryDoc:
    """What a query term can match in a record, normalised (`text.normalise`)."""

    text: str  # title, abstract or synopsis, keywords
    mesh: str = ""
    publication_types: str = ""
    # (descriptor, qualifiers) per MeSH heading, normalised: "Minoxidil/adverse effects"[mh]
    # needs the qualifier on that heading, not just the heading
    headings: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def of(cls, text: str, mesh: str = "", publication_types: str = "") -> QueryDoc:
        return cls(normalise(text), normalise(mesh), normalise(publication_types))

    @classmethod
    def of_record(cls, record: Record) -> QueryDoc:
        doc = cls.of(
            " ".join([record.title, record.abstract_text, " ".join(record.keywords)]),
            " ; ".join(record.mesh_terms),
            " ; ".join(record.publication_types),
        )
        return QueryDoc(doc.text, doc.mesh, doc.publication_types, mesh_headings(record))


def mesh_headings(record: Record) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(descriptor, qualifiers) per heading, normalised; reads the display form
    "Acne Vulgaris* / therapy" of snapshot records too."""
    out = []
    for m in record.mesh:
        parts = [p.strip().rstrip("*").strip() for p in m.descriptor.split(" / ")]
        out.append((normalise(parts[0]), tuple(normalise(q.rstrip("*")) for q in (*m.qualifiers, *parts[1:]))))
    return tuple(out)


def _qualified_mesh_match(node: Term, pattern: re.Pattern[str], doc: QueryDoc) -> bool:
    """"Descriptor/qualifier"[mh]: a heading matching the descriptor that carries the
    qualifier. A record with no MeSH (many snapshot synopses) falls back to its text naming
    both the descriptor and the qualifier's words."""
    qual = normalise(" ".join(node.qualifier))
    if doc.headings:
        return any(pattern.search(desc) and qual in quals for desc, quals in doc.headings)
    if doc.mesh:
        return False  # headings known only as names: the qualifier cannot be there
    qual_pattern = _pattern(qual)
    return bool(pattern.search(doc.text) and (qual_pattern is None or qual_pattern.search(doc.text)))


def parse_question_query(query: str) -> Node | None:
    """The question's query as an AST; None when it is empty or the offline parser cannot
    read it (a tag only live PubMed holds, such as [ad]), so that relevance falls back to
    the question's wording. The search step reports such queries; appraisal stays total."""
    if not query or not query.strip():
        return None
    try:
        return parse_query(query)
    except QuerySyntaxError:
        return None


def term_text(term: Term) -> str:
    """A term as matchable text: as written, with '*' kept for truncation."""
    return term.text + ("*" if term.truncated else "")


@lru_cache(maxsize=4096)
def _pattern(text: str) -> re.Pattern[str] | None:
    compiled = compile_terms([text])
    return compiled[0][1] if compiled else None


def term_pattern(term: Term) -> re.Pattern[str] | None:
    """The regex that finds `term` in normalised text (hyphens, plurals, truncation)."""
    return _pattern(term_text(term))


def matches_query(node: Node, doc: QueryDoc) -> bool:
    """Does `doc` satisfy the query? MeSH tags also match the text (snapshot records often
    lack MeSH: empty means unknown); publication-type tags match the text only when the
    record has no publication types; dates, authors, journals, languages and PMIDs are not
    filters for relevance. A MeSH qualifier ("Minoxidil/adverse effects") must be on the
    matching heading (see `_qualified_mesh_match`)."""
    if isinstance(node, BoolOp):
        left = matches_query(node.left, doc)
        if node.op == "AND":
            return left and matches_query(node.right, doc)
        if node.op == "OR":
            return left or matches_query(node.right, doc)
        return left and not matches_query(node.right, doc)
    if isinstance(node, DateRange):
        return True
    pattern = term_pattern(node)
    if pattern is None:
        return True
    if node.field in _TEXT_FIELDS:
        return bool(pattern.search(doc.text) or (node.field == "all" and pattern.search(doc.mesh)))
    if node.field in _MESH_FIELDS:
        if node.qualifier:
            return _qualified_mesh_match(node, pattern, doc)
        if node.field == "sh" and doc.headings:
            # a subheading ("adverse effects"[sh]) qualifies a heading: PubMed indexes a harm of
            # the heading's treatment so, often with no harm word in title or abstract
            return any(pattern.fullmatch(q) for _, quals in doc.headings for q in quals)
        return bool(pattern.search(doc.mesh) or pattern.search(doc.text))
    if node.field == "pt":
        if doc.publication_types:
            return bool(pattern.search(doc.publication_types))
        return bool(pattern.search(doc.text))
    return True


def conjuncts(node: Node | None) -> list[Node]:
    """The top-level AND parts of a query, left to right. The right side of a NOT is
    dropped: exclusions do not define the topic."""
    out: list[Node] = []
    stack: list[Node] = [node] if node is not None else []
    while stack:
        cur = stack.pop()
        if isinstance(cur, BoolOp) and cur.op == "AND":
            stack += [cur.right, cur.left]
        elif isinstance(cur, BoolOp) and cur.op == "NOT":
            stack.append(cur.left)
        else:
            out.append(cur)
    return out


def positive_terms(node: Node) -> Iterator[Term]:
    """The terms of a query not under a NOT, left to right (dates are not terms)."""
    stack: list[Node] = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, BoolOp):
            if cur.op != "NOT":
                stack.append(cur.right)
            stack.append(cur.left)
        elif isinstance(cur, Term):
            yield cur


@dataclass(frozen=True)
class _Terms:
    intervention: list[tuple[str, re.Pattern[str]]]
    outcome: list[tuple[str, re.Pattern[str]]]
    intervention_all: tuple[str, ...]  # content words of question.intervention
    outcome_all: tuple[str, ...]
    outcome_heads: list[tuple[str, re.Pattern[str]]]  # single outcome words, for sentences
    # What a mechanism question's mechanism is (rule I4): the outcome parts of the query that
    # share most words with the question's outcome wording; all outcome terms otherwise.
    mechanism_heads: list[tuple[str, re.Pattern[str]]]
    intervention_expr: tuple[Node, ...] = ()  # the query's intervention parts
    outcome_expr: tuple[Node, ...] = ()


def _expand(text: str) -> list[str]:
    out: list[str] = []
    for key, terms in THESAURUS:
        if re.search(key, text, re.I):
            out.extend(terms)
    return out


def _side_score(texts: list[str], phrase: str) -> float:
    joined = " ".join(texts)
    hint = set(_expand(joined)) & set(_expand(phrase))
    return overlap(joined, phrase) + (0.5 if hint else 0.0)


@lru_cache(maxsize=512)
def question_terms(question: Question) -> _Terms:
    """Intervention and outcome terms and sub-queries from the question's text and query.

    The query's top-level AND parts are sorted into intervention and outcome parts by
    which of the question's intervention/outcome wording they share (ties: the first part
    is the intervention)."""
    tree = parse_question_query(question.query)
    i_terms: list[str] = [question.intervention]
    o_terms: list[str] = [question.outcome]
    i_expr: list[Node] = []
    o_expr: list[Node] = []
    o_parts: list[tuple[float, list[str]]] = []
    for part in conjuncts(tree):
        texts = [term_text(t) for t in positive_terms(part)]
        if not texts:
            continue
        i_score = _side_score(texts, question.intervention)
        o_score = _side_score(texts, question.outcome)
        to_intervention = i_score > o_score or (i_score == o_score and not i_expr)
        (i_expr if to_intervention else o_expr).append(part)
        (i_terms if to_intervention else o_terms).extend(texts)
        if not to_intervention:
            o_parts.append((overlap(" ".join(texts), question.outcome), texts))
    i_terms.extend(_expand(question.intervention))
    o_terms.extend(_expand(question.outcome))
    heads = [
        (w[:-1] if w.endswith("s") and not w.endswith("ss") else w) + "*"
        for w in content_words(question.outcome)
        if w not in _GENERIC_WORDS
    ]
    outcome_heads = compile_terms(dict.fromkeys([t for t in o_terms if t] + heads))
    best = max((score for score, _ in o_parts), default=0.0)
    if len(o_parts) > 1 and best > 0:
        mechanism_heads = compile_terms(dict.fromkeys(t for score, texts in o_parts if score == best for t in texts))
    else:
        mechanism_heads = outcome_heads
    return _Terms(
        intervention=compile_terms(dict.fromkeys(i_terms)),
        outcome=compile_terms(dict.fromkeys(o_terms)),
        intervention_all=tuple(content_words(question.intervention)),
        outcome_all=tuple(content_words(question.outcome)),
        outcome_heads=outcome_heads,
        mechanism_heads=mechanism_heads,
        intervention_expr=tuple(i_expr),
        outcome_expr=tuple(o_expr),
    )


# Words too generic to mark a sentence as being about the question's outcome.
_GENERIC_WORDS = frozenset(
    "skin topical products product effect effects treatment treatments outcome outcomes improvement "
    "appearance cause risk patients people use home face facial sign signs".split()
)


def _matches(text: str, terms: list[tuple[str, re.Pattern[str]]], words: tuple[str, ...]) -> bool:
    if mentions(text, terms):
        return True
    if not words:
        return False
    norm = normalise(text)
    return all(re.search(rf"\b{re.escape(stem(w))}", norm) for w in words)


def relevance(record: Record, question: Question) -> Literal["both", "intervention", "outcome", "neither"]:
    """Does the record address the question's intervention and outcome?

    The question's query is split into its intervention and outcome parts and each part
    is evaluated on the title, abstract (or synopsis), MeSH and keywords; without a query,
    the question's own wording and a small thesaurus are used.
    """
    terms = question_terms(question)
    text = " ".join([record.title, record.abstract_text, " ".join(record.keywords)])
    doc = QueryDoc.of_record(record)
    full = f"{text} {' '.join(record.mesh_terms)}"
    if terms.intervention_expr:
        has_i = all(matches_query(e, doc) for e in terms.intervention_expr)
    else:
        has_i = _matches(full, terms.intervention, terms.intervention_all)
    if terms.outcome_expr:
        has_o = all(matches_query(e, doc) for e in terms.outcome_expr)
    else:
        has_o = _matches(full, terms.outcome, terms.outcome_all)
    if has_i and not _isolated(f"{record.title}. {record.abstract_text}", terms, question):
        # "microneedling plus PRP" is not evidence for PRP unless an arm isolates PRP (issue #14)
        has_i = False
    if has_i and has_o:
        return "both"
    if has_i:
        return "intervention"
    if has_o:
        return "outcome"
    return "neither"


_COMBINED_RE = re.compile(r"(?:\bplus\b|\+|\bcombined\s+with\b|\bin\s+combination\s+with\b|\btogether\s+with\b|"
                          r"\bfollowed\s+by\b|\badded\s+to\b|\bwith\s+(?:topical|autologous|adjuvant|adjunctive)\b)", re.I)
_ISOLATING_RE = re.compile(r"\b(?:alone|only|monotherapy|versus|vs\.?|compared\s+with|compared\s+to)\b", re.I)


def _isolated(text: str, terms: _Terms, question: Question) -> bool:
    """Is the question's intervention studied on its own somewhere in the record: a mention
    outside a combination ("microneedling plus PRP"), an arm of it alone, or an add-on design
    ("PRP plus microneedling versus microneedling alone" isolates PRP)? A question that is
    itself about a combination ("microneedling plus topical agent") is always isolated."""
    if _COMBINED_RE.search(f"{question.intervention} {question.statement}"):
        return True
    text = normalise(text)  # the term patterns are written for normalised (lower-case) text
    mentions_ = [m for _, rx in terms.intervention for m in rx.finditer(text)]
    if not mentions_:
        return True  # matched through MeSH or keywords only: nothing to judge here
    for m in mentions_:
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 30]
        if _ISOLATING_RE.search(after[:20]) or not (_COMBINED_RE.search(before[-20:]) or _COMBINED_RE.search(after[:20])):
            return True
    # every mention is inside a combination: isolated only by a comparison of arms (an add-on
    # design, "minoxidil versus minoxidil plus microneedling", or another treatment "alone")
    return bool(re.search(r"\b\w+\s+(?:alone|only|monotherapy)\b|\b(?:versus|vs\.?|compared\s+with|"
                          r"compared\s+to|comparing)\b", text, re.I))


# --- design ------------------------------------------------------------------------------

_PUBTYPE_DESIGN: tuple[tuple[str, str], ...] = (
    ("meta-analysis", "meta-analysis"),
    ("systematic review", "systematic review"),
    ("randomized controlled trial", "RCT"),
    ("equivalence trial", "RCT"),
    ("pragmatic clinical trial", "RCT"),
    ("controlled clinical trial", "non-randomised controlled"),
    ("observational study", "cohort"),
    ("case reports", "case report"),
    ("practice guideline", "guideline"),
    ("guideline", "guideline"),
    ("consensus development conference", "guideline"),
    ("review", "narrative review"),
)
_MESH_DESIGN: tuple[tuple[str, str], ...] = (
    ("in vitro techniques", "in vitro"),
    ("cohort studies", "cohort"),
    ("prospective studies", "cohort"),
    ("retrospective studies", "cohort"),
    ("case-control studies", "case-control"),
    ("cross-sectional studies", "cross-sectional"),
)
_RANK = {d: i for i, d in enumerate(("meta-analysis", "systematic review", "RCT", "non-randomised controlled", "cohort", "case-control", "cross-sectional", "case series", "case report", "narrative review", "guideline", "animal", "in vitro", "other"))}

_RANDOM_ACT = re.compile(
    r"\brandomi[sz]ed\b(?! (?:controlled )?trials\b)(?!,? (?:and|or) controlled clinical trials)|\brandomly\b|\brandomi[sz]ation\b|block-randomi[sz]ed",
    re.I,
)
_NOT_RANDOM = re.compile(r"non-?randomi[sz]ed (?:controlled |comparative )?(?:study|trial)|titled randomi[sz]ed|not randomi[sz]ed", re.I)
_WITHIN_PERSON = re.compile(
    r"split-?(?:face|scalp|head|body|abdomen|side)|intra-?(?:individual|patient|subject|personal)|"
    r"within-?(?:patient|person|subject)|self-?controlled|contralateral|half-?side|bilateral (?:comparison|design)",
    re.I,
)
_UNCONTROLLED = re.compile(
    r"\b(?:uncontrolled|single-?arm|non-?controlled|no comparison arm|open-?label,? single|single-?group|"
    r"retrospective (?:review|series|analysis|chart)|before-?and-?after|pre-?post)\b",
    re.I,
)
_CONTROLLED = re.compile(
    r"\b(?:comparative|controlled|compared|comparing|versus|vs\.?|sham|placebo|control group|"
    r"divided into|allocated|assigned)\b",
    re.I,
)
_TEXT_CUES: tuple[tuple[str, str], ...] = (
    (r"\bmeta-?analys[ie]s\b|\bpooled analysis of (?:randomi[sz]ed|controlled) trials", "meta-analysis"),
    (r"\bsystematic (?:literature )?review\b|\bprisma\b", "systematic review"),
    (r"\bcase report\b|\b(?:a|an) \d{1,3}-year-old (?:woman|man|girl|boy|patient|female|male)\b", "case report"),
    (r"\b(?:practice |clinical )?guidelines?\b|\bconsensus (?:statement|recommendations?)\b|\bexpert panel\b", "guideline"),
    (r"\b(?:narrative|literature) review\b|^review\b|\breview (?:of|restricted|article)\b|\bwe review\b", "narrative review"),
    (r"\bin vitro\b|\bex vivo\b|\bexcised (?:full-thickness )?(?:human |porcine |pig )?skin\b|\bfranz\b|\b3d (?:human )?skin model|\bskin models?\b|\bcell cultures?\b|\bcultured\b", "in vitro"),
    (r"\banimal (?:study|model)\b|\b(?:rats?|mice|mouse|rabbits?|pigs?|swine|guinea pigs?|hamsters?)\b|\bpreclinical\b|\bin vivo\b(?! in)", "animal"),
    (r"\bcase series\b|\bretrospective (?:series|review|chart)\b", "case series"),
    (r"\bcohort\b", "cohort"),
    (r"\bcase-?control\b", "case-control"),
    (r"\bcross-?sectional\b|\bsurvey\b", "cross-sectional"),
)


@dataclass(frozen=True)
class DesignCall:
    design: str
    note: str | None
    source: Literal["publication type", "MeSH", "text", "none"]


def _design_from_pubtypes(record: Record) -> str | None:
    found = []
    types = [t.lower() for t in record.publication_types]
    for pt in types:
        for key, design in _PUBTYPE_DESIGN:
            if pt == key or (key == "review" and pt == "review"):
                found.append(design)
    return min(found, key=lambda d: _RANK[d]) if found else None


def _design_from_mesh(record: Record) -> str | None:
    terms = [m.lower().rstrip("*") for m in record.mesh_terms]
    has_h = any(t.startswith("humans") for t in terms)
    has_a = any(t.startswith("animals") for t in terms)
    for key, design in _MESH_DESIGN:
        if any(t.startswith(key) for t in terms):
            return design
    if has_a and not has_h:
        return "animal"
    return None


def _design_text(record: Record) -> tuple[str, str]:
    """(the sentence that states the design, the record's first sentences) for cue search.

    A structured abstract states the design in its METHODS section; a synopsis or an
    unstructured abstract in its first sentence. The title is added: titles often name the
    design ("a randomized split-face study", "a systematic review")."""
    methods = [s.text for s in record.abstract if s.label and re.match(r"(?i)methods?|design|materials", s.label)]
    sentences = split_sentences(record.abstract_text)
    if methods:
        first = " ".join(split_sentences(methods[0])[:2])
    else:
        first = sentences[0] if sentences else ""
    return f"{record.title or ''} . {first}", " ".join(sentences[:3])


def _design_from_text(record: Record) -> tuple[str | None, bool]:
    """(design, strong) from the record's own words; `strong` when an explicit design
    phrase was found (only a strong cue may override a publication type)."""
    first, head = _design_text(record)
    low_first = first.lower()
    low_head = head.lower()
    for pattern, design in _TEXT_CUES[:4]:
        if re.search(pattern, low_first):
            return design, True
    if re.search(_TEXT_CUES[7][0], low_first):
        return "case series", True  # "retrospective review of 31 patients" is not a literature review
    # A review's first sentence names it; trials that cite reviews do not start with one.
    if re.search(_TEXT_CUES[4][0], low_first):
        return "narrative review", True
    if re.search(_TEXT_CUES[5][0], low_first):
        return "in vitro", True
    if re.search(_TEXT_CUES[6][0], low_first) and not re.search(r"\b(?:patients|volunteers|participants|women|men|subjects|adults)\b", low_first):
        return "animal", True
    randomised = bool(_RANDOM_ACT.search(low_first)) and not _NOT_RANDOM.search(low_first)
    if not randomised and re.search(r"\brandomly (?:assigned|allocated|divided|chosen|selected)|\brandomi[sz]ed to\b|\bwere randomi[sz]ed\b|\bwas randomi[sz]ed\b", low_head):
        randomised = True
    if randomised:
        return "RCT", True
    if _UNCONTROLLED.search(low_first):
        return "case series", True
    if _WITHIN_PERSON.search(low_first) or (_CONTROLLED.search(low_first) and re.search(r"\b(?:groups?|arms?|sides?|versus|vs|sham|placebo|control)\b", low_first)):
        return "non-randomised controlled", False
    for pattern, design in _TEXT_CUES[8:]:
        if re.search(pattern, low_first):
            return design, True
    if re.search(r"\b(?:patients|subjects|participants|volunteers|women|men|adults)\b", low_first) and re.search(
        r"\b(?:treated|given|received|underwent|study|trial)\b", low_first
    ):
        return "case series", False
    return None, False


def classify_design(record: Record) -> DesignCall:
    """Publication types and MeSH first, text second; clear text disagreement wins."""
    pub = _design_from_pubtypes(record)
    mesh = _design_from_mesh(record)
    text, strong = _design_from_text(record)
    primary = pub or mesh
    source: Literal["publication type", "MeSH"] = "publication type" if pub else "MeSH"
    if primary is None:
        if text is None:
            return DesignCall("other", "no publication type, MeSH or text cue names the design", "none")
        return DesignCall(text, None, "text")
    if text is None or text == primary or not strong:
        return DesignCall(primary, None, source)
    label = ", ".join(record.publication_types) if pub else mesh
    # A generic "Review" refined by the text ("systematic review and meta-analysis").
    if primary == "narrative review" and text in ("systematic review", "meta-analysis"):
        return DesignCall(text, f"{source} '{label}' refined by the text, which describes a {text}", "text")
    if primary == "systematic review" and text == "meta-analysis":
        return DesignCall(text, f"{source} '{label}' refined by the text, which describes a meta-analysis", "text")
    if primary in ("meta-analysis", "systematic review") and text in ("narrative review", "RCT", "case series"):
        # the text of a review mentions the designs it reviewed; keep the publication type
        return DesignCall(primary, None, source)
    if primary == "cohort" and text in ("case series", "non-randomised controlled", "RCT"):
        return DesignCall(text, None, "text")
    return DesignCall(
        text,
        f"{source} says '{label}' but the text describes a {text}; the text wins",
        "text",
    )


# --- population and size ----------------------------------------------------------------

_HUMAN_NOUNS = (
    r"patients|participants|subjects|volunteers|women|men|adults|individuals|people|persons|"
    r"children|adolescents|cases|females|males|respondents|infants|girls|boys|woman|man|patient|"
    r"participant|subject|volunteer|adult|individual|person"
)
# Words that may stand between a count and its people ("68 healthy adult men"): adjectives
# and nouns of a noun phrase, never a preposition or verb, so "at one clinic in Cairo,
# patients ..." is not one patient.
_FILLER = (
    r"(?:\s+(?!(?:months?|weeks?|years?|days?|hours?|sessions?|studies|trials|articles|RCTs|groups?|arms?|patches|sides?|"
    r"areas?|points?|treatments?|in|at|of|on|from|with|for|to|by|who|which|that|and|or|were|was|had|have|clinics?|"
    r"centers?|centres?|sites?|hospitals?)\b)[A-Za-z][\w'-]*){0,4}?"
)
_COUNT_RE = re.compile(
    rf"(?<![\w.,-])({COUNT}){_FILLER}\s+(?:{_HUMAN_NOUNS})\b",
    re.I,
)
_N_GROUP_RE = re.compile(r"\(n\s*=\s*(\d+)\)", re.I)
_ENROL_VERB = r"(?:enrolled|randomi[sz]ed|recruited|included|allocated|assigned|registered|entered|treated|studied|screened and enrolled)"
# "A total of 90 were randomized", "Ninety eligible patients were enrolled", "of 90 enrolled"
_ENROLLED_RE = re.compile(
    rf"(?<![\w.,-])({COUNT})(?:\s+(?!(?:were|was|had|completed)\b)[A-Za-z][\w'-]*){{0,3}}?\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?{_ENROL_VERB}\b"
    rf"|\b(?:of|among|from)\s+(?:the\s+)?({COUNT})\s+(?:(?:[A-Za-z][\w'-]*\s+){{0,2}}?)?(?:{_ENROL_VERB}|randomly assigned)\b"
    rf"|\b{_ENROL_VERB}\s+({COUNT}){_FILLER}\s+(?:{_HUMAN_NOUNS})\b",
    re.I,
)
# "50 assigned to X and 50 to Y", "45 were randomized to A, 44 to B and 46 to C"
_PER_ARM_RE = re.compile(
    rf"(?<![\w.,-])({COUNT})\s+(?:\w+\s+){{0,2}}?(?:were\s+)?(?:randomly\s+)?(?:assigned|randomi[sz]ed|allocated|received|to receive)\b"
    rf"(?:[^.;]*?(?:,|\band\b)\s*({COUNT})\s+(?:(?:were\s+)?(?:assigned|randomi[sz]ed|allocated)\s+)?(?:to|received)\b)+",
    re.I,
)
_PER_ARM_NUM_RE = re.compile(
    rf"(?:^|,|\band\b)\s*({COUNT})\s+(?:\w+\s+){{0,2}}?(?:(?:were\s+)?(?:randomly\s+)?(?:assigned|randomi[sz]ed|allocated)\s+)?(?:to|received|to receive)\b",
    re.I,
)
# "128 men and 141 women": both sexes counted apart
_SEXES_RE = re.compile(
    rf"(?<![\w.,-])({COUNT})\s+(?:\w+\s+)?(men|males|boys|women|females|girls)\s+and\s+({COUNT})\s+(?:\w+\s+)?(men|males|boys|women|females|girls)\b",
    re.I,
)
_MALE = {"men", "males", "boys"}


def _first_int(*groups: str | None) -> int | None:
    for g in groups:
        if g:
            n = words_to_int(g)
            if n is not None and n > 0:
                return n
    return None


def count_participants(record: Record, design: str) -> int | None:
    """Human participants, as enrolled (not as completed). In order:
    1. a stated enrolment ("A total of 90 were randomized", "of 90 enrolled", "we enrolled
       68 women"), the first such;
    2. arms counted apart ("50 assigned to X and 50 to Y", "128 men and 141 women"): their sum;
    3. the first count of people ("Sixty-eight men", "1,127 subjects"); for reviews the first
       count of patients across included studies; when the only counts are per-arm
       "(n = k)" figures, their sum.
    A count separated from its people by a preposition ("at one clinic, patients") is none."""
    if design in ("animal", "in vitro"):
        return None
    text = record.abstract_text or ""
    if design not in ("systematic review", "meta-analysis", "narrative review", "case report"):
        enrolled = _ENROLLED_RE.search(text)
        sexes = _SEXES_RE.search(text)
        arms = _PER_ARM_RE.search(text)
        candidates: list[tuple[int, int, int]] = []  # (start, end, n)
        if enrolled:
            n = _first_int(*enrolled.groups())
            if n:
                candidates.append((enrolled.start(), enrolled.end(), n))
        if sexes and (sexes.group(2).lower() in _MALE) != (sexes.group(4).lower() in _MALE):
            a, b = words_to_int(sexes.group(1)), words_to_int(sexes.group(3))
            if a and b and not re.search(r"\(\s*$", text[: sexes.start()]):  # "(50 men and 70 women)" restates
                candidates.append((sexes.start(), sexes.end(), a + b))
        if arms:
            nums = [x for m in _PER_ARM_NUM_RE.finditer(arms.group(0)) if (x := words_to_int(m.group(1)))]
            if len(nums) >= 2:
                candidates.append((arms.start(), arms.end(), sum(nums)))
        # where two readings overlap ("studied 128 men and 141 women"), the whole (the sum) wins
        kept = [c for c in candidates if not any(o is not c and o[0] < c[1] and c[0] < o[1] and o[2] > c[2] for o in candidates)]
        if kept:
            return min(kept)[2]
    first_group = _N_GROUP_RE.search(text)
    for source in (text, record.title or ""):
        for m in _COUNT_RE.finditer(source):
            if source is text and first_group and m.start() > first_group.start():
                break
            preceding = source[max(0, m.start() - 12): m.start()].lower()
            if re.search(r"(?:aged|age|mean|n =|grade|type|phototype|class|of the|in)\s*$", preceding) and "in" not in preceding[-3:]:
                continue
            n = words_to_int(m.group(1))
            if n is not None and n > 0:
                if design == "case report" and n > 10:
                    continue
                return n
        if source is text and first_group:
            groups = [int(g) for g in _N_GROUP_RE.findall(text)]
            if len(groups) >= 2:
                return sum(groups)
    if design == "case report":
        return 1
    return None


_ANIMAL_WORDS = re.compile(r"\b(?:rats?|mice|mouse|rabbits?|pigs?|swine|porcine|murine|animal|canine|dogs?|sheep|hamsters?)\b", re.I)
_HUMAN_WORDS = re.compile(rf"\b(?:{_HUMAN_NOUNS}|human studies|humans)\b", re.I)


_CLINICAL_DESIGNS = frozenset({"meta-analysis", "systematic review", "RCT", "non-randomised controlled", "cohort",
                               "case-control", "cross-sectional", "case series", "case report"})
_CLINICAL_RE = re.compile(
    r"\b(?:clinical (?:trials?|studies|study|evidence|practice|outcomes?|efficacy|use)|randomi[sz]ed|RCTs?|"
    r"controlled trials?|cohort|case series|case reports?|split-face|split-scalp|dermatolog\w*|clinic(?:s|al)?)\b",
    re.I,
)


def classify_population(record: Record, design: str) -> Literal["human", "animal", "in vitro", "unknown"]:
    if design == "in vitro":
        return "in vitro"
    if design == "animal":
        return "animal"
    mesh = [m.lower().rstrip("*") for m in record.mesh_terms]
    if any(m.startswith("humans") for m in mesh):
        return "human"
    if any(m.startswith("animals") for m in mesh):
        return "animal"
    text = f"{record.title} {record.abstract_text}"
    if _HUMAN_WORDS.search(text):
        return "human"
    if _ANIMAL_WORDS.search(text):
        return "animal"
    # No person and no animal named: clinical designs and reviews of clinical studies are
    # about people ("a meta-analysis of 12 RCTs of microneedling for melasma")
    if design in _CLINICAL_DESIGNS or _CLINICAL_RE.search(text):
        return "human"
    return "unknown"


# --- direction ----------------------------------------------------------------------------

_CONCLUSION_RE = re.compile(
    # "overall" marks a conclusion as a sentence adverb ("Overall, ..."), not as an adjective
    # ("overall facial improvement")
    r"^\W*overall\b|\boverall,|\b(?:conclude[sd]?|conclusions?|in summary|authors? (?:say|suggest|judge|call|present|describe|state|stress|recommend|note|frame|consider|highlight|propose)|title states|we found|this study (?:shows|demonstrates|suggests))\b",
    re.I,
)
_METHOD_RE = re.compile(
    r"\b(?:outcomes? (?:were|was|included|measures?)|primary (?:outcome|end ?point)s? (?:were|was)|searched|searching|search for|"
    r"terms such as|were (?:measured|recorded|assessed|evaluated|graded|scored)|was (?:measured|assessed|evaluated)|"
    r"assessed (?:by|with|on|using)|evaluated (?:by|with|using)|aimed to|we (?:aimed|sought)|to (?:evaluate|assess|compare|investigate|determine)|"
    r"rated (?:\w+ )?(?:on|by|with|using)|scored (?:\w+ )?(?:with|on|using)|on a visual analog\w* scale)\b",
    re.I,
)
_RESULT_VERB_RE = re.compile(
    r"\bsignifican|\bimproved\b|\bincreased\b|\bdecreased\b|\breduced\b|\brose\b|\bfell\b|\bp\s*[<=>]|"
    r"\bno (?:significant )?difference|\bdid not\b|\bbetter\b|\bgreater\b|\bhigher\b|\blower\b|"
    r"\bfrom\s+[-−]?\d+(?:\.\d+)?\s*\S*\s+to\s+[-−]?\d|\bbeat\b|\boutperform\w*",
    re.I,
)
_UNREPORTED_RE = re.compile(
    r"\bno separate (?:figures|results|data)\b|\bdoes not isolate\b|\bgives? no (?:\w+ )?(?:figures|results|data|values)\b|"
    r"\bno (?:pooled|quantitative|efficacy) (?:quantitative )?(?:results|figures|data)\b|\bdoes not report\b|"
    r"\bnot reported in the abstract\b|\b(?:results|figures) (?:are|were) not reported\b|\bno trial data\b|"
    r"\breports no (?:pooled )?(?:figures|results)\b|\bno (?:figures|results) for\b|\bresults are not reported\b|"
    r"\bno (?:efficacy|trial) (?:figures|data|results)\b",
    re.I,
)
_ISOLATING_RE_TMPL = r"(?:{t})\w*(?:[- ]\w+)?\s+(?:alone|monotherapy|by itself|itself)\b"
_COMPARATOR_ONLY_RE = re.compile(
    r"^(?:[^,;]*?\b(?:the )?(?:control|sham|placebo|untreated|vehicle|saline|other) (?:side|group|arm|patch|patches|area|sites?)\b)",
    re.I,
)
# Nulls that are not about the intervention's effect: subgroup and moderator analyses
# ("needling depth, duration and device did not significantly change the effect"),
# differences between kinds of scars or patients.
# Effect modifiers any trial can report (dose, duration, frequency, age, sex, subgroups); the
# structure "X did not change the effect" names one whatever X is (needling depth, device,
# phototype), so no list of a topic's own modifiers is needed.
_MODERATOR_RE = re.compile(
    r"\b(?:duration|dose|dosage|frequency|age|sex|gender|subgroups?|moderators?|heterogeneity|"
    r"between (?:men|women|males?|females?|subtypes?|types))\b",
    re.I,
)
_MODIFIES_EFFECT_RE = re.compile(
    r"\b(?:change|changed|modify|modified|alter|altered|affect|affected|influence|influenced|moderate|moderated)\s+"
    r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:effect|effects|benefit|response|efficacy|results?|outcome)\b",
    re.I,
)


# Nulls that compare subgroups ("no significant difference by source or by method"), arms of
# the intervention itself ("no significant difference between them", "the two strengths give
# similar benefit": a dose comparison), or say the inactive arm did not change ("improved on
# the tretinoin forearm but not on the vehicle forearm", "14 of 15 improved versus none of the
# vehicle-treated faces": the contrast favours the intervention).
_SUBGROUP_NULL_RE = re.compile(
    r"\b(?:differ\w*|difference|varied|vary|varies|depend\w*)\s+(?:\w+\s+)?(?:by|according to|across|with respect to)\s+(?!the (?:intervention|treatment)\b)",
    re.I,
)
# Two strengths compared ("0.1% than 0.025%") are dropped by `_sentence_polarity` before any
# null is judged, so this needs no alternative of its own for them.
_WITHIN_INTERVENTION_RE = re.compile(
    r"\bbetween (?:them|the two|both)\b(?!\s+(?:groups|arms|sides|treatments))|"
    r"\b(?:the|both|two|all|three) (?:\w+ )?(?:strengths|concentrations|doses|dosages|formulations|regimens|schedules)\b",
    re.I,
)
_DOSE_VS_DOSE_RE = re.compile(r"\d(?:\.\d+)?\s*%\s+(?:than|versus|vs\.?|compared with)\s+(?:the\s+)?\d(?:\.\d+)?\s*%", re.I)
_INACTIVE_ARM = r"(?:[\w-]*\s)?(?:control|sham|placebo|untreated|vehicle|saline)(?:-treated)?"
_INACTIVE_UNCHANGED_RE = re.compile(
    rf"^\W*(?:but\s+)?not\s+(?:on|in|with|for|at|by)\s+(?:the\s+)?{_INACTIVE_ARM}\b|"
    rf"\b(?:versus|vs\.?|compared with|than|against)\s+(?:none|no one|nobody|0|zero)\s+(?:\(\S+\)\s+)?(?:of\s+|with\s+|in\s+)?(?:the\s+)?{_INACTIVE_ARM}\b",
    re.I,
)


_NAMES_COMPARATOR_RE = re.compile(r"\bcomparator\b|\bversus\b|\bvs\.?|\bcompared (?:with|to)\b|\bthan\b", re.I)


# A record that compares arms says so: the question's cues, "comparing X with Y", "a comparison
# of", "head-to-head" (comparisons with a time point removed first, by VERSUS_TIME_RE).
_RECORD_COMPARES_RE = re.compile(
    _NAMES_COMPARATOR_RE.pattern + r"|\bcomparing\b|\bcomparison (?:of|with|between)\b|\bhead-to-head\b", re.I)


def _record_compares(record: Record) -> bool:
    """Does the record compare arms (not only a time point with baseline)?"""
    return bool(_RECORD_COMPARES_RE.search(VERSUS_TIME_RE.sub(" ", f"{record.title} {record.abstract_text}")))


def _compares_forms(question: Question) -> bool:
    """Does the question itself compare two forms or arms ("0.1% versus 0.025% tretinoin")?"""
    return bool(_NAMES_COMPARATOR_RE.search(f"{question.intervention} {question.statement}"))


def _side_null(call: EffectCall, question: Question | None = None) -> bool:
    """A null about the comparator, a moderator or a subgroup, or between arms of the
    intervention itself (unless the question compares two forms of it), not about the
    intervention's effect."""
    if _COMPARATOR_ONLY_RE.search(call.clause):
        return True
    if _SUBGROUP_NULL_RE.search(call.clause):
        return True
    if not (question is not None and _compares_forms(question)) and _WITHIN_INTERVENTION_RE.search(call.clause):
        return True
    if _INACTIVE_UNCHANGED_RE.search(call.clause):
        return True
    at = call.clause.lower().find(call.cue.lower()) if call.cue else -1
    before = call.clause[:at] if at > 0 else call.clause
    return bool(_MODERATOR_RE.search(before) or _MODIFIES_EFFECT_RE.search(call.clause)) or _between_subgroups(call.clause, question)


_BETWEEN_PAIR_RE = re.compile(r"\bbetween\s+(?:the\s+)?([\w-]+(?:\s+[\w-]+){0,3}?)\s+and\s+(?:the\s+)?([\w-]+(?:\s+[\w-]+){0,2})", re.I)
_ARM_WORD_RE = re.compile(
    r"\b(?:groups?|arms?|sides?|treatments?|therap\w*|placebo|sham|vehicle|control\w*|untreated|saline|baseline|"
    r"before|after|active|intervention|combination|alone|monotherapy|regimens?|products?|creams?|devices?|drugs?)\b", re.I)


def _between_subgroups(clause: str, question: Question | None) -> bool:
    """"no difference between men and women", "between atrophic and hypertrophic scars": a
    null that compares two kinds of patient or lesion, neither of them an arm (no treatment,
    group, side or the intervention is named on either side of "between ... and")."""
    for m in _BETWEEN_PAIR_RE.finditer(clause):
        sides = (m.group(1), m.group(2))
        if any(_ARM_WORD_RE.search(x) for x in sides):
            continue
        if question is not None and any(_matches(x, question_terms(question).intervention, ()) for x in sides):
            continue
        if any(re.search(r"\d", x) for x in sides):
            continue  # "between 0.1% and 0.025%", "between weeks 4 and 12": doses and times
        return True
    return bool(re.search(r"\bbetween (?:the )?(?:types|subtypes|kinds|sexes|genders)\b", clause, re.I))


_HARM_NEGATION_RE = re.compile(
    r"\b(?:no|not|without|neither|nor|none|free of|absence of|never|lack of|did not|were not|was not|no serious|no major|no severe|no significant|no clinically significant)\b(?:[^.;]{0,60})$",
    re.I,
)
_HARM_CONTEXT_SKIP = re.compile(
    r"\brisk factors?\b|\bless risk\b|\blower risk\b|\breduc\w* (?:the )?risk\b|\bterms such as\b|\bsearched\b|\bkeywords?\b|"
    r"\badvise caution\b|\bstay alert\b|\bpotential adverse\b|\bcaution\b|"
    # advice is not a finding ("still advise against use in pregnancy")
    r"\b(?:advise|advises|advised|recommend\w*|caution\w*) against\b|\bshould (?:be )?avoid\w*",
    re.I,
)


@dataclass(frozen=True)
class DirectionCall:
    direction: str
    sentence: str | None
    note: str | None = None


def _sentences_for(record: Record) -> list[tuple[str, str]]:
    """(kind, sentence) pairs: the synopsis/abstract sentences, then the title."""
    out = [("text", s) for s in split_sentences(record.abstract_text)]
    if record.title:
        out.append(("title", record.title.strip()))
    return out


_WANT_DOWN_RE = re.compile(r"\b(?:reduce|reduces|reduction|decrease|lower|lessen|inhibit\w*|suppress\w*|shrink|minimi[sz]e|fade|remove|slow)\b", re.I)
_WANT_UP_RE = re.compile(r"\b(?:increase|increases|promote|stimulate|enhance|boost|improve|raise|induce|induction|regrow\w*|growth)\b", re.I)


def _desired(question: Question) -> int:
    """The direction the question hopes for: -1 when it asks about reducing something
    ("reduce sebum production"), +1 when about increasing it, 0 when unsaid."""
    text = f"{question.statement} {question.outcome}"
    down, up = bool(_WANT_DOWN_RE.search(text)), bool(_WANT_UP_RE.search(text))
    return -1 if down and not up else 1 if up and not down else 0


# Nouns that name a measure, not a thing: whether more is good depends on what they count
# ("lesion count" vs "hair count", "number of relapses").
_MEASURE_RE = re.compile(
    r"^(?:counts?|numbers?|rates?|scores?|levels?|frequenc\w*|amounts?|proportions?|percentages?|areas?|sizes?|index|indices|grades?|degrees?)$"
)
_PHRASE_WORD_RE = re.compile(r"[a-z][a-z-]*")
# Medical word formation names a disease by its suffix (keratosis, dermatitis, lentigo is
# not one, melanoma, neuralgia): more of such a thing is worse, whatever the topic.
# The suffixes also form a closed set of ordinary words that are not diseases: cell processes
# (apoptosis, mitosis), tissues (stroma), healing systems (homeopathy) and everyday words.
_DISEASE_MORPH_RE = re.compile(
    r"\b(?!diagnos|prognos|apopto|mitos|meios|osmos|symbios|hypnos|metamorphos|stroma|aroma|diploma|academ|"
    r"(?:homeo|naturo|osteo|allo|sym|em|tele)path)[a-z]{3,}(?:osis|oses|itis|itides|omas?|iasis|iases|algias?|a?emias?|pathy|pathies)\b",
    re.I)


_DECLINE_NOUN_RE = re.compile(r"falls?|fallout|drops?|declines?|thinning|breakage|losses|shedding|loss", re.I)


def _measured_desirability(window: str, cue_at: int) -> int:
    """Is more of the thing nearest the change word good (+1), bad (-1) or unknown (0)?

    English noun compounds put the head last: in "hair shedding" the shedding is what was
    measured (a loss: less is better), in "lesion counts" the count is only a measure of the
    lesions, so the modifier decides. Each run of adjacent nouns known as good, bad or a
    measure (joined also by "of": "number of lesions") is read for its head; the run nearest
    the change word decides. Returns 0 when no run has a good or bad head, leaving the older
    nearest-word rule in charge."""
    words = [(m.start(), m.group(0)) for m in _PHRASE_WORD_RE.finditer(window)]
    runs: list[list[tuple[int, str, str]]] = []
    current: list[tuple[int, str, str]] = []
    after_of = -1  # words skipped since "of" after a measure ("number of inflammatory lesions")
    for pos, w in words:
        bad = BAD_THING_RE.fullmatch(w) or _DISEASE_MORPH_RE.fullmatch(w)
        kind = "measure" if _MEASURE_RE.match(w) else "bad" if bad else "good" if GOOD_THING_RE.fullmatch(w) else ""
        if not kind and current and pos != cue_at and _DECLINE_NOUN_RE.fullmatch(w):
            # a noun of decline heading a compound ("hair fall", "hair thinning") names a loss
            # of its modifier: less of it is better. Not the change word itself ("counts fell").
            kind = "bad"
        if kind:
            current.append((pos, w, kind))
            after_of = -1
            continue
        if w == "of" and current and current[-1][2] == "measure":
            after_of = 0
            continue  # "number of lesions": the run goes on
        if 0 <= after_of < 2 and w not in ("and", "or", "was", "were", "in", "with"):
            after_of += 1
            continue  # an adjective between "of" and its noun
        if current:
            runs.append(current)
        current = []
        after_of = -1
    if current:
        runs.append(current)
    best: tuple[int, int] | None = None
    for run in runs:
        if len(run) < 2 and run[0][2] != "measure":
            continue  # a single noun: the older rule reads it the same way
        kinds = [k for _, _, k in run]
        # with "of", the noun after the measure is the head ("number of lesions")
        things = [k for k in kinds if k != "measure"]
        if not things:
            continue
        head = things[-1]
        dist = min(abs(pos - cue_at) for pos, _, _ in run)
        if best is None or dist < best[0]:
            best = (dist, 1 if head == "good" else -1)
    return best[1] if best else 0


_GAIN_CUE_RE = re.compile(r"gains?|improvements?|benefits?|improved|improves?|improving|ameliorat\w*", re.I)


def _polarity(call: EffectCall, sentence: str, desired: int = 0) -> int:
    """+1 supports (improvement with the intervention), 0 no effect, -1 worse. When the
    words around the change say nothing about good or bad, the question's own direction
    decides ("reduce sebum": a decrease supports)."""
    if call.label == "no difference":
        return 0
    if call.benefit is not None:
        return 1 if call.benefit else -1
    if call.cue and _GAIN_CUE_RE.fullmatch(call.cue.strip()):
        return 1  # "smaller gains in fine wrinkling" are still gains: the thing got better
    # direction words only: decide from what went up or down
    clause = call.clause.lower()
    cue_at = clause.find(call.cue.lower()) if call.cue else -1
    window = clause[max(0, cue_at - 80): cue_at + 60] if cue_at >= 0 else clause
    wanted = _measured_desirability(window, (cue_at - max(0, cue_at - 80)) if cue_at >= 0 else 0)
    if wanted:
        return 1 if (call.label == "increased") == (wanted > 0) else -1
    bad = bool(BAD_THING_RE.search(window) or _DISEASE_MORPH_RE.search(window))
    good = bool(GOOD_THING_RE.search(window))
    if good and not bad:
        return 1 if call.label == "increased" else -1
    if bad and not good:
        return 1 if call.label == "decreased" else -1
    if good and bad:
        # nearest noun wins
        g = min(abs(m.start() - (cue_at if cue_at >= 0 else 0)) for m in GOOD_THING_RE.finditer(window))
        b = min(abs(m.start() - (cue_at if cue_at >= 0 else 0))
                for rx in (BAD_THING_RE, _DISEASE_MORPH_RE) for m in rx.finditer(window))
        return (1 if call.label == "increased" else -1) if g <= b else (1 if call.label == "decreased" else -1)
    if desired < 0:
        return 1 if call.label == "decreased" else -1
    return 1 if call.label == "increased" else -1


def _alone_re(terms: list[tuple[str, re.Pattern[str]]]) -> re.Pattern[str]:
    stems = sorted({normalise(t).replace("*", "").split()[0][:8] for t, _ in terms if t.strip()}, key=len, reverse=True)
    stems = [s for s in stems if len(s) >= 4]
    if not stems:
        return re.compile(r"(?!x)x")
    return re.compile(_ISOLATING_RE_TMPL.format(t="|".join(re.escape(s) for s in stems)), re.I)


_INACTIVE_RE = re.compile(
    r"\b(?:sham|placebo|vehicle|untreated|no[- ]treatment|saline|control (?:side|group|arm|patch|patches|area|sites?)s?|"
    r"(?:was|were) (?:left )?untreated|"
    # "a control shampoo": the noun "control" before the arm's product names the inert comparison
    r"(?:a|an|the|with)\s+control(?:\s+(?!of\b|for\b|over\b)[a-z]+)?(?=\s*(?:[,.;)]|for|versus|vs|and|\(|$)))\b",
    re.I,
)
# An abbreviation a record defines stands for its phrase ("control group (CG)", "(PG)"):
# English defines it once in parentheses after the words, whatever the topic.
_ABBREVIATION_DEF_RE = re.compile(r"\b((?:[\w-]+\s+){1,4}?)\(([A-Z][A-Za-z0-9]{1,7})\)")


def expand_abbreviations(text: str, defined_in: str) -> str:
    """`text` with each abbreviation that `defined_in` defines replaced by its words, so an
    arm named "CG" after "control group (CG)" reads as the control group."""
    defs: dict[str, str] = {}
    for m in _ABBREVIATION_DEF_RE.finditer(defined_in):
        words, abbr = m.group(1).split(), m.group(2)
        initials = [c for c in abbr if c.isupper()]
        # the definition is the last words whose initials spell the abbreviation
        if len(initials) <= len(words) and [w[0].upper() for w in words[-len(initials):]] == initials:
            defs[abbr] = " ".join(words[-len(initials):])
    if not defs:
        return text
    return re.sub(r"\b(" + "|".join(map(re.escape, defs)) + r")\b(?!\))", lambda m: defs[m.group(1)], text)
_OTHER_ALONE_RE = re.compile(r"\b([\w%-]+)\s+(?:alone|only)\b", re.I)


_NO_ARM_RE = re.compile(
    r"\b(?:no|without|nor|lacked|lacking|lacks|neither)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:untreated|sham|placebo|vehicle|control|no-treatment)(?:\s+or\s+(?:untreated|sham|placebo|vehicle|control))?)"
    r"(?:\s+(?:arm|group|side|comparison|control))?\b",
    re.I,
)


def _inactive_comparator(record: Record, terms: _Terms, combination: bool = False) -> bool:
    """True when the intervention is compared with nothing active: sham, placebo,
    untreated control, or an add-on design ("microneedling plus minoxidil vs minoxidil
    alone"), where "no difference" means the intervention added nothing. For a question about
    the combination itself (`combination`), one of its own parts alone is that control too."""
    text = f"{record.title} {record.abstract_text}"
    text = _NO_ARM_RE.sub(" ", expand_abbreviations(text, text))  # "there was no sham arm"
    if _INACTIVE_RE.search(text):
        return True
    for m in _OTHER_ALONE_RE.finditer(text):
        word = m.group(1)
        if word.lower() in ("side", "skin", "care", "patch", "patches", "device", "one"):
            continue
        if word.lower() in STOPWORDS or word.isdigit():
            continue  # "and only 10 patients": a focus adverb before its noun, not an arm "X only"
        if combination or not _matches(word, terms.intervention, ()):
            return True
    return False


_TITLE_FINDING_RE = re.compile(
    r"\b(?:improves?|improved|reduces?|reduced|increases?|enhances?|ineffective|effective (?:in|for)|"
    r"successfully|does not|did not|fails?|failed|is (?:effective|safe)|works?|benefits?|speeds?|worsens?)\b",
    re.I,
)


@dataclass(frozen=True)
class _SentenceCall:
    polarity: int  # +1 supports, 0 no effect, -1 contradicts
    note: str | None


# A null about safety or tissue findings ("no serious adverse events", "histology did not
# differ") says nothing about efficacy unless the question asks about it.
_SIDE_TOPIC_RE = re.compile(
    r"\b(?:adverse|side[- ]effects?|tolerat\w*|toleran\w*|tolerab\w*|safety|complications?|histolog\w*|histopatholog\w*|biops\w*|"
    r"immunohisto\w*|downtime|pain(?:ful)? during)\b",
    re.I,
)


def _off_topic_null(call: EffectCall, question: Question, terms: _Terms) -> bool:
    if question.kind == "safety" or not _SIDE_TOPIC_RE.search(call.clause):
        return False
    if _SIDE_TOPIC_RE.search(f"{question.outcome} {question.statement}"):
        return False  # the question itself is about tolerability or histology
    if _HISTOLOGY_RE.search(call.clause):
        return True  # tissue findings ("histologic gains in melanin") are not the clinical outcome
    return not _about_outcome(call.clause, terms)


_HISTOLOGY_RE = re.compile(r"\b(?:histolog\w*|histopatholog\w*|biops\w*|immunohisto\w*)", re.I)
# "Longer treatment duration and less frequent sessions may favour gains", "higher doses gave
# more": a sentence whose subject is more or less of an effect modifier says how the effect
# varies with it, not whether there is one (the positive form of E3's moderator nulls).
# An effect claimed on condition of a co-treatment ("effective when coupled with topical agents",
# "only if combined with X") is the combination's, not the intervention's own.
_ONLY_COMBINED_RE = re.compile(r"\b(?:when|if|once|provided)\s+(?:it is\s+|they are\s+)?(?:coupled|combined|paired|used together|"
                               r"associated|given together|supplemented)\s+with\b", re.I)
_MODIFIER_SUBJECT_RE = re.compile(
    r"^\W*(?:longer|shorter|higher|lower|larger|smaller|greater|more|less|fewer|increasing|decreasing)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:duration|doses?|dosages?|frequency|frequent|sessions?|concentrations?|intervals?|age)\b", re.I)


_CMP_PIVOT_RE = re.compile(
    r"\b(?:than|versus|vs\.?|compared (?:with|to)|relative to|as (?:\w+ )?as|over|(?:comparable|similar|equivalent|identical) (?:to|with)|on par with)"
    r"\s+(?:that of\s+|those of\s+|the\s+)?([^,;.()]{2,80})",
    re.I,
)
_NOT_AN_ARM = frozenset("group groups side sides arm arms baseline before treatment treatments session sessions patients weeks months "
                        "week month the other both each two three time times levels level values score scores".split())


def _comparator_inactive_here(sentence: str, terms: _Terms) -> bool | None:
    """The comparator this sentence names after "than", "versus", "compared with": inactive
    (sham, placebo, vehicle, control side, "X alone"), active (another treatment), or None
    when it names none, so the comparator type is read per comparison, not once per record."""
    pairs = [(m.group(1), m.group(2)) for m in _BETWEEN_PAIR_RE.finditer(sentence)]
    for a, b in pairs:
        # "did not differ between PRP and triamcinolone": the side that is not the intervention
        # is the comparator
        if _matches(a, terms.intervention, ()) != _matches(b, terms.intervention, ()):
            frag = b if _matches(a, terms.intervention, ()) else a
            if _INACTIVE_RE.search(frag) or re.search(r"\b(?:alone|only|monotherapy|control\w*)\b", frag, re.I):
                return True
            words = [w for w in content_words(frag) if w not in _NOT_AN_ARM and not w.isdigit()]
            if words and not re.match(r"\s*(?:baseline|before|pre-?treatment|\d)", frag, re.I):
                return False
    for m in _CMP_PIVOT_RE.finditer(sentence):
        frag = m.group(1)
        if _INACTIVE_RE.search(frag) or re.search(r"\b(?:alone|only|monotherapy|control)\b", frag, re.I):
            return True
        if _matches(frag, terms.intervention, ()):
            continue  # the intervention itself on this side of the comparison
        words = [w for w in content_words(frag) if w not in _NOT_AN_ARM and not w.isdigit()]
        if words and not re.match(r"\s*(?:baseline|before|pre-?treatment|\d)", frag, re.I):
            return False
    return None


# A question names no comparator; inactive arms are named the same way in every trial, so
# "higher in the placebo group than with X" is read with the control as the subject.
GENERIC_COMPARATOR = "control placebo sham vehicle untreated"


def comparator_for(sentence: str, terms: _Terms) -> str:
    """The comparator to read `sentence` with: the generic inactive arms, or none when the
    intervention itself is the reference arm ("greater with the combination than with
    microneedling alone"): that compares an add-on, and which arm is the subject then says
    nothing about the intervention."""
    return "" if _alone_re(terms.intervention).search(sentence) else GENERIC_COMPARATOR


_TWO_ARM_FIGURES_RE = re.compile(
    r"\d(?:\.\d+)?\s*%?\s+(?:(?:with|in|on|for|after)\s+[^,;()]{1,40}?\s+)?(?:versus|vs\.?|and|compared with|against)\s+\d", re.I)
_TRAILING_LINK_RE = re.compile(r"(?:[,;:]|\b(?:with|and|but|whereas|while|although|there (?:was|were)|was|were|for \w+))\s*$", re.I)
_DESIGN_COMPOUND_RE = re.compile(r"\b(?:double|triple|single)-(?:blind\w*|mask\w*|dummy|cent(?:er|re)d?)\b", re.I)


# A sentence that only compares the intervention with another active treatment: no side for
# "does it work?", and the record is not to be decided by weaker sentences instead.
_HEAD_TO_HEAD = _SentenceCall(0, "a comparison with another active treatment only")
# A within-arm result beside the control arm's own, with no test between them: reported, but
# it does not show the effect (a difference in significance is not a significant difference).
_UNTESTED = _SentenceCall(0, "significant within the treated arm only, with no test between the arms")
_COMPARATIVE_CUE_RE = re.compile(r"more|better|greater|superior|favou?r\w*|outperform\w*|beat|higher|larger|faster|best", re.I)


def _comparative_cue(call: EffectCall) -> bool:
    """"better", "favoured", "more effective", "as effective as": the benefit word ranks two arms."""
    cue = (call.cue or "").strip()
    if not cue:
        return False
    if _COMPARATIVE_CUE_RE.fullmatch(cue.split()[-1]):
        return True
    at = call.clause.lower().find(cue.lower())
    return at > 0 and bool(re.search(r"\b(?:more|less|most|least|as|equally|similarly)\s+(?:\w+\s+)?$", call.clause[:at], re.I))


# "(39.65 vs 29.58)": one positive figure per arm, the second the reference arm's
_BOTH_ARMS_FIGURES_RE = re.compile(r"(?<![-−\d.])(\d+(?:\.\d+)?)(?:\s*±\s*\d+(?:\.\d+)?)?\s*(?:vs\.?|versus)\s*(\d+(?:\.\d+)?)", re.I)


def _reference_arm_change(sentence: str, question: Question) -> _SentenceCall | None:
    """The intervention is the reference arm ("the decrease from baseline was greater with the
    combination than with microneedling alone"): the comparison measures the add-on. But a change
    from baseline given with each arm's own figure ("39.65 vs 29.58") shows the reference arm
    changed too: a within-arm improvement of the intervention (the labels' convention when no
    untreated arm is seen). Only an improvement is read so; anything else says nothing."""
    m = _BOTH_ARMS_FIGURES_RE.search(sentence)
    change = _CHANGE_SUBJECT_RE.search(sentence)
    if not (_BASELINE_RE.search(sentence) and m and float(m.group(2)) > 0 and change):
        return None
    # the change the subject names ("the decrease from baseline in mean ECCA score"), read for
    # what moved: a named good or bad thing, else the question's outcome (a score of scars)
    subject = change.group(1)
    down = bool(re.search(r"\b(?:decrease|reduction|fall|drop|decline|improvement)s?\b", subject, re.I))
    up = bool(re.search(r"\b(?:increase|rise|gain|growth)s?\b", subject, re.I))
    if down == up:
        return None
    if re.search(r"\bimprovement\b", subject, re.I):
        return _SentenceCall(1, "the improvement from baseline is shown in the intervention's own arm")
    window = f"{subject} {question.outcome}"
    wanted = _measured_desirability(subject, 0)
    if not wanted:
        bad = bool(BAD_THING_RE.search(window) or _DISEASE_MORPH_RE.search(window))
        good = bool(GOOD_THING_RE.search(window))
        wanted = -1 if bad and not good else 1 if good and not bad else 0
    if wanted and (up == (wanted > 0)):
        return _SentenceCall(1, "the change from baseline is shown in the intervention's own arm")
    return None


def _combination_vs_part(sentence: str, question: Question, part: str) -> _SentenceCall | None:
    """A question about a combination ("minoxidil plus microneedling") and a sentence comparing it
    with one of its parts alone ("greater with the combination than with minoxidil alone"): an
    add-on design, where the part alone is the control. Read with that arm as the comparator and
    the combination as the intervention; only a benefit or a tie is taken (an add-on null is no
    added effect), never a loss, which an arm misread would produce (a wrong side is worse)."""
    calls = classify_clauses(sentence, intervention=f"combination {question.intervention}", comparator=part,
                             outcome=question.outcome)
    effects = [c for c in calls if c.label != "no difference"]
    if not calls:
        return None
    if effects and _ARM_FIGURES_RE.search(sentence) and not _TEST_RE.search(sentence):
        return _UNTESTED  # figures for the two arms, no test between them
    if not effects:
        return _SentenceCall(0, "no difference from the add-on design's control (a part of the combination alone)")
    if all(_polarity(c, sentence, _desired(question)) == 1 for c in effects):
        return _SentenceCall(1, None)
    return None


# "The decrease from baseline in X was greater with A than with B": the subject names the change
_CHANGE_SUBJECT_RE = re.compile(
    r"^\W*((?:the\s+)?(?:mean\s+)?(?:[\w-]+\s+){0,2}?(?:decrease|reduction|fall|drop|decline|improvement|increase|rise|gain|growth)s?"
    r"\b[^,;]{0,60}?)\s+(?:was|were)\s+(?:significantly\s+)?(?:greater|larger|higher|more|bigger)\b", re.I)


def _clause_with_subject(sentence: str, clause: str) -> str:
    """The part of the sentence (between semicolons) that holds `clause`, with the subject a
    clause call leaves out ("hydration, however, improved equally ...")."""
    key = clause.strip()[:30]
    return next((part for part in sentence.split(";") if key and key in part), clause)


def _sentence_polarity(sentence: str, question: Question, terms: _Terms, inactive: bool,
                       compares: bool = False) -> _SentenceCall | None:
    """Direction of one sentence relative to the question, from its clause calls.

    - a null about the intervention itself ("did not significantly improve") -> no effect;
    - a null between arms ("comparable", "no difference between groups") -> no effect when
      the comparator is inactive (sham, placebo, add-on design), supports when the
      comparator is an active treatment (as effective as an established treatment);
    - otherwise improvement -> supports, worsening -> contradicts.
    A null about the comparator only ("the control side did not change") is ignored.
    """
    # "greater with the combination than with minoxidil alone": the intervention is the
    # reference arm, so the sentence measures what was added to it, not the intervention
    # For a question about the combination itself ("microneedling plus a topical"), a part of
    # it "alone" is the comparator of an add-on design: the combination is the subject.
    alone = _alone_re(terms.intervention)
    reference = [(m, part) for m in _CMP_PIVOT_RE.finditer(sentence) if (part := alone.search(m.group(0)))]
    if reference:
        if _combination_question(question):
            return _combination_vs_part(sentence, question, reference[0][1].group(0))
        return _reference_arm_change(sentence, question)
    # "double-blind", "single-masked": a design word, not a change ("doubled")
    sentence = _DESIGN_COMPOUND_RE.sub(lambda m: m.group(0).replace("-", ""), sentence)
    calls = classify_clauses(sentence, intervention=question.intervention,
                             comparator=comparator_for(sentence, terms), outcome=question.outcome)
    if not _compares_forms(question):
        # "greater with 0.1% than 0.025%": two strengths of the intervention, whichever won
        calls = [c for c in calls if not _DOSE_VS_DOSE_RE.search(c.clause)]
    dropped = [c for c in calls if c.label == "no difference" and (_side_null(c, question) or _off_topic_null(c, question, terms))]
    calls = [c for c in calls if c not in dropped]
    # Significance scope: "significant on the treated side, whereas the control side changed
    # (p = 0.14)" sets a within-arm result beside the control arm's own, with no test between
    # them. A difference in significance is not a significant difference: unclear.
    control_own = any(_COMPARATOR_ONLY_RE.search(c.clause) or _INACTIVE_UNCHANGED_RE.search(c.clause) for c in dropped)
    if control_own and not any(c.scope == "between" and c.label != "no difference" for c in calls) \
            and not _BETWEEN_TEST_RE.search(sentence):
        # "improved equally on X and placebo sites" ties the arms: not the control's own result.
        # Tied with an inactive control, the intervention added nothing: no effect
        ties = [c for c in dropped if _ARMS_TIED_RE.search(c.clause)]
        if ties:
            # ... when the tie is on the question's own outcome ("hydration, however, improved
            # equally"); a tie on another outcome of the sentence leaves it undecided
            own = inactive and any(_about_outcome(_clause_with_subject(sentence, c.clause), terms) for c in ties)
            return _SentenceCall(0, "tied with an inactive control") if own else None
        return _UNTESTED
    if dropped and not any(c.label != "no difference" for c in calls):
        # the side null may have swallowed the sentence's result ("Both strengths produced
        # significant improvement versus vehicle, with no significant difference between them"):
        # read what comes before it on its own
        for c in dropped:
            if not _side_null(c, question):
                continue  # an off-topic null (safety, histology) does not stand for the result
            at = sentence.lower().find(c.cue.lower()) if c.cue else -1
            prefix = sentence[:at] if at > 0 else ""
            for _ in range(3):
                prefix = _TRAILING_LINK_RE.sub("", prefix.rstrip())
            if len(content_words(prefix)) >= 3:
                calls += [x for x in classify_clauses(prefix, intervention=question.intervention,
                                                      comparator=comparator_for(prefix, terms),
                                                      outcome=question.outcome)
                          if x.label != "no difference" and not _DOSE_VS_DOSE_RE.search(x.clause)]
    if not calls:
        return None
    here = _comparator_inactive_here(sentence, terms)
    if here is not None:
        inactive = here  # this comparison names its own comparator
    masked = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(";", ","), sentence)
    calls = merge_qualifiers(masked, calls, keep_within=True)
    calls = merge_elided_findings(sentence, calls, lambda clause: _matches(clause, terms.outcome_heads, ()))
    about = [c for c in calls if _matches(c.clause, terms.outcome_heads, ())]
    if about:
        calls = about
    # "36.2% with red light and 30.7% with blue light (p > .05)": figures for two arms make a
    # null a between-arm one, whatever the cue
    abs_null = [c for c in calls if c.label == "no difference" and c.scope != "between" and not _TWO_ARM_FIGURES_RE.search(c.clause)]
    cmp_null = [c for c in calls if c.label == "no difference" and c not in abs_null]
    effects = [c for c in calls if c.label != "no difference"]
    pols = [_polarity(c, sentence, _desired(question)) for c in effects]
    if abs_null:
        return _SentenceCall(0, None)
    # Arm attribution: against an active treatment, a between-arm result (better, worse or
    # the same) says how the two treatments compare, not whether the intervention works
    # against nothing. Only a change within the arms ("improved by 36% and 31%", "both
    # groups improved") speaks to that; a question that itself compares forms is answered
    # by the comparison.
    head_to_head_only = not inactive and not _compares_forms(question)
    within_gain = any(p == 1 and c.scope == "within" for c, p in zip(effects, pols)) or bool(
        _WITHIN_GAIN_RE.search(sentence))
    if cmp_null:
        if inactive:
            return _SentenceCall(0, "no difference from an inactive comparator or add-on control")
        if head_to_head_only and not within_gain:
            return _HEAD_TO_HEAD
        return _SentenceCall(1, "comparable to an active treatment, with improvement in both arms")
    if 1 in pols:
        # "effective ... with a safer profile than X" asserts the benefit itself; "better than X"
        # (a comparative cue, or direction words between arms) only ranks the two
        if head_to_head_only and not within_gain and all(
                c.scope == "between" and (c.benefit is None or _comparative_cue(c)) for c, p in zip(effects, pols) if p == 1):
            return _HEAD_TO_HEAD  # better than another treatment: how they compare, not whether it works
        if inactive and _ARM_FIGURES_RE.search(sentence) and not _TEST_RE.search(sentence) and not _BASELINE_RE.search(sentence) and all(
                c.scope != "within" and (c.scope == "between" or _ARM_FIGURES_RE.search(c.clause))
                for c, p in zip(effects, pols) if p == 1):
            # "85% with the combination versus 45% with minoxidil alone", no test between them:
            # against an inactive arm or add-on control the difference is the effect, and numbers
            # favouring an arm are not a shown difference (an active comparator is E5's case)
            return _UNTESTED
        return _SentenceCall(1, None)
    if -1 in pols:
        if not inactive and all(c.scope == "between" or (compares and c.scope != "within")
                                for c, p in zip(effects, pols) if p == -1):
            # worse than an active treatment is not worse than nothing: it says nothing about
            # whether the intervention works, and a wrong side is worse than "unclear". In a
            # record that compares active treatments, a worsening not shown within an arm
            # ("less dense regrowth", "lasers carry higher risks") is such a comparison too.
            return _HEAD_TO_HEAD
        return _SentenceCall(-1, None)
    return None


# one figure per arm set against each other ("85% with the combination versus 45% with X alone")
_ARM_FIGURES_RE = re.compile(
    r"\d(?:\.\d+)?\s*%?\s+(?:(?:with|in|on|for|of)\s+[^,;()]{1,40}?\s+)?(?:versus|vs\.?|compared with|against)\s+\d", re.I)
# a statistical test or its result: a p-value, "significant", a confidence interval
_TEST_RE = re.compile(r"\bp\s*[<=>≤≥]|\bsignifican\w*|\bstatistic\w*|\bCI\b|\bconfidence interval|\bn\.?s\.?\b(?=[),;])", re.I)
# a conclusion that ranks the arms ("the combination was more effective") restates the comparison
_RANKS_ARMS_RE = re.compile(r"\b(?:more|better|greater|superior|higher|larger)\b", re.I)
_ARMS_TIED_RE = re.compile(r"\b(?:equally|similarly|alike|comparabl[ey]|both)\b", re.I)
# A hedge inside a relative clause ("a safe agent with a strong effect that may help prevent
# ...") qualifies that clause, not the conclusion; "conclude that ..." introduces the claim.
_RELATIVE_CLAUSE_RE = re.compile(
    r"(?<!\bconclude)(?<!\bconcludes)(?<!\bconcluded)(?<!\bsuggest)(?<!\bsuggests)(?<!\bshow)(?<!\bshows)(?<!\bshowed)"
    r"(?<!\bfound)(?<!\bstate)(?<!\bstates)(?<!\bnote)(?<!\bnotes)(?<!\bindicate)(?<!\bindicates)(?<!\breport)(?<!\breports)"
    r"(?<!\bsay)(?<!\bsays)(?<!\bso)(?<!,)\s+(?:that|which|who)\b[^,;.]*|"
    # ... and so does one inside a "with" phrase ("an effective alternative with a potentially
    # favourable safety profile")
    r"\bwith\s+(?:a|an)\s[^,;.]*", re.I)


def hedged_conclusion(sentence: str) -> bool:
    """Is the conclusion's own claim hedged ("may be an effective treatment")? A hedge inside a
    relative clause does not count."""
    return is_hedged(_RELATIVE_CLAUSE_RE.sub(" ", sentence))


_BASELINE_RE = re.compile(r"\b(?:from|versus|vs\.?|compared with|relative to|over) (?:the )?baseline\b|\bbefore and after\b", re.I)


# a test between the arms named as such ("between-group", "versus vehicle", "than placebo")
_BETWEEN_TEST_RE = re.compile(r"\bbetween[- ](?:the )?(?:two )?(?:groups?|sides?|arms?)\b|"
                              r"\b(?:than|versus|vs\.?|compared (?:with|to)|relative to)\s+(?:the\s+)?" + _INACTIVE_ARM, re.I)


# A change within the arms, shown beside a between-arm comparison: an improvement noun with
# each arm's figure ("improvement was 36.2% with red light and 30.7% with blue light"), or
# improvement in both or all arms ("both groups improved significantly").
_WITHIN_GAIN_RE = re.compile(
    r"\b(?:improvement|reduction|decrease|increase|clearance|response)s?\b[^.;]{0,40}?\d+(?:\.\d+)?\s*%|"
    r"\b(?:both|all|each|the two)\s+(?:[\w%.-]+\s+){0,3}?(?:groups?|arms?|sides?|treatments?|combinations?|regimens?|"
    r"methods?|modalities|techniques?|procedures?|interventions?|routes?)\s+(?:\w+\s+)?"
    r"(?:improved|showed (?:\w+ )?improvement|gave (?:\w+ ){0,2}improvement|increased|decreased|reduced)|"
    r"\b(?:improved|increased|decreased|reduced|fell|rose)\s+(?:\w+\s+)?from baseline",
    re.I,
)


_HARM_CONTEXT_RE = re.compile(
    r"\b(?:adverse|side[- ]effects?|complications?|occurr\w*|develop\w*|events?|reactions?|induced|caused|"
    r"secondary to|risks?|persist\w*|seen|noted|observed|experienced|transient|limited to|toleran\w*|tolerat\w*|"
    r"safe|safety|cases?|case of|suffered|frequent|common|commonest|after (?:the )?(?:procedure|treatment|session)|"
    r"koebner\w*|flare\w*|reported|"
    # case narratives: "presented with", "was diagnosed with", "biopsy revealed", "following"
    r"present(?:ed|ing|ation)|diagnos\w*|revealed|showed|following|resulted in|led to|onset|appeared|arose|"
    r"emerged|manifest\w*|confirmed|"
    # a harm that made people stop, or that one arm had more of, occurred
    r"withdr[ae]w\w*|discontinu\w*|dropped out|stopped|because of|due to|transient\w*|"
    r"(?:significantly |slightly |clearly )?(?:greater|higher|more (?:frequent|common|often))|increased)\b",
    re.I,
)
# "no sign of increased risk but still advise against ...": negation ends at "but"
_CLAUSE_SPLIT_RE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+but\s+|\.\s+")


_GENERIC_HARM_RE = re.compile(
    r"(?:the )?(?:complications?|adverse(?: effects?| events?)?|side[- ]effects?\*?|safety|harms?|risks?|tolerability|complication\*)",
    re.I,
)


# "was monitored", "were recorded": what was measured, not what happened
_HARM_METHOD_RE = re.compile(r"\b(?:was|were) (?:monitored|assessed|recorded|measured|evaluated|collected|documented|graded)\b|"
                             r"\bif tolerated\b|\bas tolerated\b", re.I)
_EXCEPT_RE = re.compile(r"\b(?:except|apart from|other than|aside from|but|although|though|whereas)\b", re.I)
# "pruritus in one device-only user", "in the placebo group": a harm in an arm without the
# intervention is not the intervention's harm
_OTHER_ARM_HARM_RE = re.compile(
    r"\b(?:in|among|with)\s+(?:the\s+|one\s+|a\s+|two\s+|\d+\s+)?(?:[\w-]+-only|placebo|vehicle|sham|control|untreated)"
    r"(?:-treated)?\s+(?:users?|patients?|participants?|subjects?|group|groups|arm|arms|side|sides)\b", re.I)
# English says a harm was looked for and hardly seen by praising tolerability
_WELL_TOLERATED_RE = re.compile(
    r"\b(?:well|good|excellent|generally|safely) tolerated\b|\btolerab\w* (?:was|were|is|are) (?:\w+ )?(?:good|excellent|acceptable|favou?rable)\b|"
    r"\b(?:favou?rable|good|excellent) (?:safety|tolerability)\b",
    re.I,
)


# A harm that is also the condition a study treats ("does X cause hair loss?" asked of an alopecia
# trial) is reported only when it got worse or newly appeared, never by the study's results on it.
_WORSENED_RE = re.compile(r"\b(?:worsen\w*|aggravat\w*|exacerbat\w*|flare\w*|new[- ]onset|de novo|paradoxical\w*|"
                          r"induced|triggered|provoked|relaps\w*|recurr\w*|deteriorat\w*)\b", re.I)
# A causative or harming verb with the harm as its object ("blue light produced pigmentation",
# "it can also damage photoreceptors") reports the harm, unless the clause is about an
# improvement or about protecting against it ("protects the retina from damage").
_CAUSED_RE = re.compile(r"\b(?:produc(?:e|es|ed|ing)|elicit(?:s|ed)?|generat(?:e|es|ed)|caus(?:e|es|ed|ing)|"
                        r"damag(?:e|es|ed|ing)|injur(?:e|es|ed|ing)|harm(?:s|ed)?|impair(?:s|ed)?)\b", re.I)
_PROTECTS_RE = re.compile(r"\b(?:protect\w*|prevent\w*|against|minimi[sz]\w*|avoid\w*|without|from)\b", re.I)
_ONSET_RE = re.compile(r"\b(?:develop\w*|occurr\w*|appeared|arose|emerged|new)\b", re.I)
_BETTER_RE = re.compile(r"\b(?:improv\w*|reduc\w*|decreas\w*|increas\w*|lighten\w*|fad\w*|clear\w*|respon\w*|"
                        r"efficac\w*|effective\w*|benefi\w*|regrowth|resol\w*|heal\w*)\b", re.I)


# A title headed by a topic noun ("pregnancy outcome following ...", "risk of infection after
# ...", "safety of ...") names what a study measured, not a harm that happened
_TOPIC_TITLE_RE = re.compile(r"\b(?:outcomes?|risks?|safety|incidence|rates?|frequency|assessment|evaluation)\s+"
                             r"(?:of|following|after|in|with|among)\b", re.I)


def _opening(record: Record) -> list[tuple[str, str]]:
    """The record's title and its first (design) sentence, with their kinds: where it names what
    it studies."""
    sentences = _sentences_for(record)
    return [(k, s) for k, s in sentences if k == "title"][:1] + [(k, s) for k, s in sentences if k != "title"][:1]


# "... for androgenetic alopecia", "in acne": the title names the condition a study treats; the
# design sentence names it as the people's condition ("patients with AGA", "treatment of acne")
_TREATED_BEFORE_RE = re.compile(r"\b(?:for|(?<!increase\s)(?<!decrease\s)(?<!reduction\s)(?<!change\s)(?<!changes\s)"
                                r"(?<!improvement\s)(?<!rise\s)(?<!fall\s)(?<!difference\s)(?<!differences\s)in|against|treat\w*(?:\s+of)?|therapy\s+of|management\s+of)\s+(?:cases\s+of\s+)?"
                                r"(?:[\w-]+\s+){0,2}$",
                                re.I)
_PEOPLE_WITH_RE = re.compile(r"\b(?:patients|participants|subjects|adults|men|women|children|people|volunteers)\s+with\s+"
                             r"(?:[\w-]+\s+){0,3}$|\btreat\w*\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _treats_the_harm(opening: Sequence[tuple[str, str]], terms: _Terms, fallback: Sequence[tuple[str, re.Pattern[str]]]) -> bool:
    """Does the record's title or opening (design) sentence name the harm as the condition it
    treats ("microneedling for androgenetic alopecia"), rather than as what it measures?"""
    patterns = [p for _, p in (terms.outcome or list(fallback))]
    for kind, sentence in opening:
        norm = normalise(sentence)
        before_re = _TREATED_BEFORE_RE if kind == "title" else _PEOPLE_WITH_RE
        for p in patterns:
            for m in p.finditer(norm):
                if not _GENERIC_HARM_RE.fullmatch(m.group(0).strip()) and before_re.search(norm[:m.start()]):
                    return True
    return False


# A harm compared between arms ("the microneedled side was less painful", "lower pain scores on
# the laser sides", "the PIH result favoured microneedling"): the comparative word nearest the
# harm, and which arm is its subject, say whether the intervention had more of it or less.
_LESS_RE = re.compile(r"\b(?:less|lower|fewer|smaller|milder|shorter|favou?r(?:ed|s|ing)?)\b", re.I)
_MORE_RE = re.compile(r"\b(?:more|higher|greater|larger|worse|longer|severer)\b", re.I)
_OTHER_ARM_SUBJECT_RE = re.compile(r"^\W*(?:the\s+)?([\w:-]+)\s+(?:sides?|groups?|arms?)\b", re.I)
# words that do not name which treatment an arm had
_UNNAMED_ARM = frozenset("treated treatment active intervention study experimental left right one each either other two both "
                         "first second this that".split())
# "The only adverse event was mild desquamation": a list that says it is complete excludes every
# harm it does not name
_ONLY_HARMS_RE = re.compile(
    r"\b(?:the )?only (?:adverse|side)[- ]?(?:events?|effects?|reactions?)\b|\bonly (?:complications?|harms?) (?:was|were)\b|"
    r"\b(?:adverse (?:events?|effects?|reactions?)|side[- ]effects?|complications?) (?:were|was) (?:limited|confined|restricted) to\b|"
    r"\bno other (?:adverse|side)[- ]?(?:events?|effects?|reactions?)\b", re.I)


def _relative_harm(clause: str, hit: tuple[int, int], terms: _Terms) -> int | None:
    """+1 when the clause says the intervention's arm had more of the harm than another arm
    (it occurred), -1 when less (known only relative to the other treatment), None when the
    clause compares no arms or the arm cannot be told."""
    cues = [(m.start(), -1 if _LESS_RE.fullmatch(m.group(0)) else 1, m.group(0))
            for rx in (_LESS_RE, _MORE_RE) for m in rx.finditer(clause)]
    def dist(at: int) -> int:
        return 0 if hit[0] <= at <= hit[1] else min(abs(at - hit[0]), abs(at - hit[1]))

    near = [c for c in cues if dist(c[0]) <= 40]
    if not near:
        return None
    at, sign, word = min(near, key=lambda c: dist(c[0]))
    if word.lower().startswith("favo"):
        # "favoured microneedling": the arm after the verb had less of the harm
        return -1 if _matches(clause[at:], terms.intervention, ()) else None
    subject = clause[:at]
    if _matches(subject, terms.intervention, ()):
        return sign
    arm = _OTHER_ARM_SUBJECT_RE.search(subject)
    if arm and not _matches(clause, terms.intervention, ()) and arm.group(1).lower() not in _UNNAMED_ARM:
        return -sign  # another, named arm is the subject ("laser sides"): the intervention's had the opposite
    return None


def _safety_direction(record: Record, question: Question, terms: _Terms) -> DirectionCall:
    """A reported case of the harm supports a safety question ("can cause infection");
    a harm looked for and not seen ("no infection was reported") is "no effect".
    Each clause is checked for the harm (the query's outcome part, or the question's
    outcome words), for adverse-event context (occurred, developed, adverse, events...),
    and for negation in front of the harm ("no", "without", "none")."""
    # Without a query part for the harm, use the harms the outcome names ("injury,
    # infection, granulomatous reactions"); generic words ("complications", "adverse
    # effects") count only when nothing more specific is named.
    specific = [w for w in re.split(r"[,;:/]|\band\b|\bor\b", question.outcome) if w.strip()]
    named = [w.strip() for w in specific if not _GENERIC_HARM_RE.fullmatch(w.strip())]
    if named:
        fallback = compile_terms(dict.fromkeys(named + [t for w in named for t in _expand(w) if not _GENERIC_HARM_RE.fullmatch(t)]))
    else:
        fallback = compile_terms(dict.fromkeys([question.outcome, *_expand(question.outcome)]))
    present: list[str] = []
    absent: list[str] = []
    opening = _opening(record)
    target = _treats_the_harm(opening, terms, fallback)
    mentioned = False  # the harm is named somewhere, whatever was made of it
    for idx, (kind, sentence) in enumerate(_sentences_for(record)):
        if kind == "title" and (present or absent):
            continue
        if target and (kind, sentence) in opening:
            continue  # the sentence that names what the study treats reports no harm of it
        if idx == 0 and kind == "text" and re.search(r"\b(?:review|meta-?analysis)\b", sentence, re.I):
            continue  # a review's scope ("on adverse events after microneedling") is not a finding
        tolerated = False
        for clause in _CLAUSE_SPLIT_RE.split(sentence):
            norm = normalise(clause)
            if terms.outcome_expr:
                doc = QueryDoc(norm)
                if not all(matches_query(e, doc) for e in terms.outcome_expr):
                    continue
                hit_terms = [p for e in terms.outcome_expr for t in positive_terms(e) if (p := term_pattern(t)) is not None]
            else:
                hit_terms = [p for _, p in fallback]
            hits = [m for p in hit_terms for m in p.finditer(norm)]
            if not hits:
                continue
            mentioned = True
            if _HARM_METHOD_RE.search(clause) or _OTHER_ARM_HARM_RE.search(clause):
                continue
            if _WELL_TOLERATED_RE.search(clause) and not _EXCEPT_RE.search(clause):
                tolerated = True  # "well tolerated": absent, unless another clause reports the harm
                continue
            if all(re.match(r"[\w-]*(?:less\b|-free\b)", norm[m.start():]) for m in hits):
                # "practically painless", "scar-free": the word itself says the harm was absent
                absent.append(sentence)
                break
            relative = _relative_harm(norm, (hits[0].start(), hits[0].end()), terms)
            if relative == -1:
                continue  # less of it than another treatment: known only relative to it (unclear)
            if relative == 1:
                present.append(sentence)  # more of it than another arm: it occurred
                break
            caused = bool(_CAUSED_RE.search(clause)) and not _BETTER_RE.search(clause) and not _PROTECTS_RE.search(clause)
            if _HARM_CONTEXT_SKIP.search(clause) or not (_HARM_CONTEXT_RE.search(clause) or _WORSENED_RE.search(clause) or caused):
                continue  # a risk factor, a search term, a treatment target: not a reported harm
            if target and not (_WORSENED_RE.search(clause) or caused or (_ONSET_RE.search(clause) and not _BETTER_RE.search(clause))):
                continue  # the condition the study treats, named in its result: not a new harm
            negated = all(_HARM_NEGATION_RE.search(norm[max(0, m.start() - 70): m.start()]) for m in hits)
            if re.search(r"\b(?:was|were) not (?:reported|seen|observed)\b", norm):
                negated = True
            if kind == "title" and not negated and _TOPIC_TITLE_RE.search(sentence):
                break  # "Pregnancy outcome following exposure to X" names what was studied, not a harm
            (absent if negated else present).append(sentence)
            break
        else:
            if tolerated:
                absent.append(sentence)
    if present:
        return DirectionCall("supports", present[0], "a case of the harm is reported")
    if absent:
        return DirectionCall("no effect", absent[0], "the harm was looked for and not reported")
    # a question that compares ("more complications than in-clinic treatment") needs a comparison
    for kind, sentence in _sentences_for(record):
        if not mentioned and not _compares_forms(question) and kind == "text" and _ONLY_HARMS_RE.search(sentence):
            return DirectionCall("no effect", sentence, "the record lists its only adverse events, and the harm is not among them")
    return DirectionCall("unclear", None, None)


_COMPARATIVE_Q_RE = re.compile(
    r"\b(?:than|versus|vs\.?|compared (?:with|to)) other\b|\bmost (?:effective|potent|powerful)\b|"
    r"\bmore effective (?:for [\w\s-]+ )?than (?:other|established|standard|conventional)\b|\bsuperior to (?:other|established|standard)\b",
    re.I,
)


def is_comparative(question: Question) -> bool:
    """A question about the intervention against other treatments ("more effective than
    other hair-loss treatments") is answered by head-to-head comparisons only."""
    return bool(_COMPARATIVE_Q_RE.search(f"{question.statement} {question.outcome}"))


def _comparative_direction(record: Record, question: Question) -> DirectionCall:
    results = head_to_head(record, question)
    if not results:
        return DirectionCall("unclear", None, "no head-to-head comparison of the intervention with another treatment")
    kinds = {h.outcome for h in results}
    label = {"win": "supports", "tie": "no effect", "loss": "contradicts"}
    if len(kinds) == 1:
        h = results[0]
        return DirectionCall(label[h.outcome], h.sentence, "head-to-head comparison")
    first = next(h for h in results if h.outcome in ("loss", "tie")) if kinds != {"win"} else results[0]
    return DirectionCall("mixed", first.sentence, "head-to-head comparisons disagree")


def _about_outcome(sentence: str, terms: _Terms, *, strict: bool = False,
                   heads: list[tuple[str, re.Pattern[str]]] | None = None) -> bool:
    """Does the sentence speak about the outcome (or `heads`)? With `strict` (mechanism
    questions), a mention inside a list of co-treatments ("paired with 5% minoxidil, growth
    factor solutions and/or PRP") does not count: the mechanism has to be what was measured."""
    norm = normalise(sentence)
    hits = [m for _, p in (terms.outcome_heads if heads is None else heads) for m in p.finditer(norm)]
    if not strict:
        return bool(hits)
    for m in hits:
        before = norm[max(0, m.start() - 60): m.start()]
        if re.search(r"\b(?:with|plus|and or|combined with|paired with|alongside|adjunct to)\b(?:\s+[\w%.]+){0,6}\s*$", before):
            continue
        return True
    return False


# A statement of aim names the outcome but reports nothing ("The aim was to test safety and
# effectiveness in promoting hair growth"); an outlook clause ("further controlled studies are
# still needed to confirm efficacy", "but larger RCTs are needed") is about future work.
_AIM_RE = re.compile(r"^\W*(?:the |our |its |their )?(?:main |primary )?(?:aims?|objectives?|purposes?|goals?)\b[^.;]{0,80}?\b(?:was|were|is|are)\b", re.I)
_OUTLOOK_RE = re.compile(
    r"\b(?:is|are) (?:still |also )?(?:needed|required|warranted|necessary)\b|"
    r"\b(?:further|future|larger|more|additional|longer) (?:[\w-]+ ){0,2}(?:research|studies|trials|RCTs|evidence|data)\b(?= (?:is|are|will|would|should|must|to))|"
    r"\bremains? (?:unclear|unknown|uncertain|to be (?:established|determined|confirmed))\b",
    re.I,
)
# "very little trustworthy evidence that X improves Y": absence of evidence is neither a
# benefit nor a null result (GRADE: it is uncertainty)
# ... but "no evidence of a difference" is a trial's null result in statistical words: the
# effect reader takes it as "no difference", as it did before absence of evidence was skipped
_NULL_RESULT_IN_WORDS_RE = re.compile(NO_EVIDENCE_OF_EFFECT, re.I)
_NO_EVIDENCE_RE = re.compile(
    r"\b(?:little|no|insufficient|scant|scarce|limited|weak|inadequate|not enough|lack of|absence of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:evidence|data|proof)\s+(?:that|for|of|to support|supporting)\b",
    re.I,
)
_CLAUSE_START_RE = re.compile(r"[,;:]\s+|\s+(?:but|and|although|though|whereas|while|yet)\s+", re.I)


def _without_outlook(sentence: str) -> str:
    """The sentence up to the clause that calls for more research ("" when that is all of it)."""
    m = _OUTLOOK_RE.search(sentence)
    if not m:
        return sentence
    cut = 0
    for b in _CLAUSE_START_RE.finditer(sentence, 0, m.start()):
        cut = b.start()
    return sentence[:cut].strip()


# Verbs of endorsement with the intervention as their object: "the results support X as a
# treatment", "recommend X for", "justify the use of X in"
_ENDORSES_RE = re.compile(r"\b(?:support(?:s|ed)?|recommend(?:s|ed)?|justif(?:y|ies|ied)|endorse[sd]?)\s+(?:the\s+(?:use|role)\s+of\s+)?"
                          r"(?:[\w-]+\s+){1,5}?(?:as\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:treatment|therapy|option|alternative)|for|in)\b",
                          re.I)
_NOT_ENDORSES_RE = re.compile(r"\b(?:not|no|insufficient|little|cannot|can't|don't|doesn't|do not|does not)\s+(?:\w+\s+){0,2}?"
                              r"(?:support|recommend|justif|endorse)", re.I)


def classify_direction(record: Record, question: Question, terms: _Terms | None = None) -> DirectionCall:
    """Direction of the record's finding relative to the question (see docs/grading.md)."""
    terms = terms or question_terms(question)
    incomplete_note = (
        "the synopsis stops before the results or conclusion (text incomplete)"
        if not record.text_complete
        else None
    )
    if question.kind == "safety":
        call = _safety_direction(record, question, terms)
        if call.direction == "unclear":
            return DirectionCall("unclear", None, incomplete_note or "the record does not mention the harm in its results")
        return call

    if is_comparative(question):
        return _comparative_direction(record, question)

    inactive = _inactive_comparator(record, terms, _combination_question(question))
    # the record compares the intervention with another treatment (and has no inactive arm)
    compares = not inactive and _record_compares(record)
    head_to_head_only: list[str] = []
    alone_re = _alone_re(terms.intervention)
    outcome_calls: list[tuple[int, str]] = []
    conclusion_calls: list[tuple[int, str]] = []
    other_calls: list[tuple[int, str]] = []
    isolating: list[tuple[int, str]] = []
    unreported: list[str] = []
    untested: list[str] = []
    combination_q = _combination_question(question)
    mechanism = question.kind == "mechanism"
    side_subject = not _SIDE_TOPIC_RE.search(f"{question.outcome} {question.statement}")
    for idx, (kind, sentence) in enumerate(_sentences_for(record)):
        about_o = _about_outcome(sentence, terms, strict=mechanism)
        about_i = _matches(sentence, terms.intervention, ())
        if re.search(r"\b(?:the introduction|in the background|citing (?:an|a|earlier|previous))\b", sentence, re.I):
            continue  # what earlier work said is not this record's finding
        if _UNREPORTED_RE.search(sentence):
            if about_i or about_o:
                unreported.append(sentence)
            continue  # "no pooled results are given": a statement about the text, not a finding
        if kind == "title" and not _TITLE_FINDING_RE.search(sentence):
            continue  # "Efficacy of X for Y" names a topic, not a finding
        if _AIM_RE.search(sentence) or (_NO_EVIDENCE_RE.search(sentence)
                                        and not _NULL_RESULT_IN_WORDS_RE.search(sentence)):
            continue
        finding = _without_outlook(sentence)  # read without the outlook, shown whole
        if len(content_words(finding)) < 3:
            continue
        if side_subject and not about_o and _SIDE_TOPIC_RE.search(" ".join(sentence.split()[:4])):
            continue  # "Tolerability was similar ...": its subject is harms, not the efficacy outcome
        if _MODIFIER_SUBJECT_RE.search(finding):
            continue  # how the effect varies with a modifier, not whether there is one
        is_conclusion = bool(_CONCLUSION_RE.search(sentence)) or kind == "title"
        if is_conclusion and not combination_q and _ONLY_COMBINED_RE.search(finding):
            continue  # "may be effective when coupled with topical agents": the combination's effect
        if _METHOD_RE.search(sentence) and not is_conclusion and not _RESULT_VERB_RE.search(
            _METHOD_RE.split(sentence)[-1]
        ):
            continue
        if idx == 0 and kind == "text" and not _RESULT_VERB_RE.search(sentence):
            continue  # the design sentence
        sc = _sentence_polarity(expand_abbreviations(finding, record.abstract_text), question, terms, inactive, compares)
        if sc is _HEAD_TO_HEAD:
            if kind != "title" and (about_o or is_conclusion):
                head_to_head_only.append(sentence)
            continue
        if sc is _UNTESTED:
            if kind != "title" and not is_conclusion:
                untested.append(sentence)
            continue
        if sc is None and is_conclusion and about_i and _ENDORSES_RE.search(finding) and not _NOT_ENDORSES_RE.search(finding):
            # "the authors conclude the trial supports X as a treatment for Y": a conclusion
            # that endorses the intervention is a positive one, whatever words the results used
            sc = _SentenceCall(1, None)
        if sc is None:
            continue
        pol = sc.polarity
        if kind == "title":
            if not (outcome_calls or conclusion_calls or other_calls):
                conclusion_calls.append((pol, sentence))
            continue
        if alone_re.search(sentence) and pol == 0 and about_i and not _combination_question(question):
            isolating.append((pol, sentence))
        if side_subject and pol and not is_conclusion and _HISTOLOGY_RE.search(" ".join(sentence.split()[:4])):
            # tissue findings ("biopsies showed thicker epidermis") are a surrogate: they decide a
            # clinical question only when no clinical result or conclusion does (GRADE indirectness)
            other_calls.append((pol, sentence))
            continue
        if is_conclusion and (about_o or (not mechanism and (about_i or re.search(r"\b(?:both|treatment|therapy|technique|procedure|device|method|combination)\b", sentence, re.I)))):
            conclusion_calls.append((pol, sentence))
        elif about_o:
            outcome_calls.append((pol, sentence))
        elif not mechanism:
            other_calls.append((pol, sentence))  # results that name neither ("the treated side")

    def label(p: int) -> str:
        return {1: "supports", 0: "no effect", -1: "contradicts"}[p]

    if isolating:
        return DirectionCall(label(isolating[0][0]), isolating[0][1], "the sentence isolates the intervention on its own")
    if unreported:
        return DirectionCall("unclear", unreported[0], "the record does not report the intervention's own effect on this outcome")
    if head_to_head_only and not outcome_calls and not conclusion_calls:
        # its findings on the outcome compare it with another active treatment: side sentences
        # (satisfaction, safety, subgroups) must not decide instead
        return DirectionCall("unclear", head_to_head_only[0],
                             "compared with another active treatment only: says how they compare, not whether it works")
    # A hedged conclusion ("may be an effective treatment", "may enhance ...") offers what the
    # results might mean; it does not outweigh the results the record reports: a null, a
    # within-arm result with no test between the arms, or a comparison with an active
    # treatment only. It decides when the record reports no result on the outcome.
    firm = [c for c in conclusion_calls if not hedged_conclusion(c[1])]
    if untested and not outcome_calls and firm and all(p == 1 and _RANKS_ARMS_RE.search(c) for p, c in firm):
        # "the combination was more effective" over figures never tested between the arms: the
        # conclusion ranks the arms as the figures did, and adds no test
        return DirectionCall("unclear", untested[0], "figures favour one arm, with no test between the arms")
    if conclusion_calls and not firm and not outcome_calls:
        if untested or head_to_head_only:
            s = (untested or head_to_head_only)[0]
            return DirectionCall("unclear", s, "the results do not show the effect, and a hedged conclusion does not "
                                               "outweigh them")
        if other_calls:
            conclusion_calls = []  # the results that name neither outcome nor treatment decide
    # sentences naming neither the outcome nor the intervention ("immune markers did not change")
    # are the weakest reading: a conclusion about the outcome or treatment goes first
    results = outcome_calls or (other_calls if not conclusion_calls else [])
    if results:
        pols = {p for p, _ in results}
        if len(pols) == 1:
            p = next(iter(pols))
            return DirectionCall(label(p), results[0][1], incomplete_note)
        if conclusion_calls:
            p, s = conclusion_calls[0]
            if p in pols:
                return DirectionCall(label(p), s, "results disagree; the authors' conclusion decides")
        first = {p: s for p, s in reversed(results)}
        s = first.get(1) or results[0][1]
        return DirectionCall("mixed", s, "result sentences point in different directions")
    if conclusion_calls:
        p, s = conclusion_calls[0]
        return DirectionCall(label(p), s, incomplete_note)
    return DirectionCall("unclear", None, incomplete_note or "no result or conclusion sentence about the outcome")



@dataclass(frozen=True)
class DirectionConfidence:
    confidence: float | None  # the model's probability for the rules' reading of the sentence
    low: bool  # below the threshold training chose: the direction counts as unclear
    note: str | None


def direction_confidence(direction: str, sentence: str | None, question: Question) -> DirectionConfidence:
    """How sure the learned model (`tracker.direction_model`, trained on Evidence Inference)
    is of the rules' reading of the deciding sentence.

    The confidence is the model's probability for what the direction rests on: "no
    difference" for a null; any effect when improvement words ("improved", "effective")
    decide, since their side comes from the words and not from which way a number moved;
    the rules' own direction ("higher", "fell") otherwise. It counts as low, and the
    direction as unclear, only when it is below the threshold training chose AND the model
    reads the opposite direction: that is where a sign error hides. Synopses paraphrase and
    single-arm reports give no comparison, where the model (trained on comparisons of arms)
    is unsure without disagreeing. Safety readings (a harm occurred) and head-to-head wins
    are not what the model was trained on: no confidence."""
    if direction not in ("supports", "no effect", "contradicts") or not sentence or question.kind == "safety" or is_comparative(question):
        return DirectionConfidence(None, False, None)
    model = load_direction_model()
    comparator = comparator_for(sentence, question_terms(question))
    call = classify_effect(sentence, intervention=question.intervention, comparator=comparator, outcome=question.outcome)
    if call is None:
        return DirectionConfidence(None, False, None)
    pred = predict_evidence(sentence, question.intervention, comparator, question.outcome, model=model, call=call)
    p = pred.proba
    if call.label == "no difference":
        conf = p["no difference"]
    elif call.benefit is not None:
        conf = p["increased"] + p["decreased"]
    else:
        conf = p[call.label]
    conf = round(conf, 3)
    # improvement words ("improves", "effective") give the side themselves, and the model
    # (trained on comparisons of arms) often reads such a conclusion as no change: not a doubt
    if call.benefit is None and conf < model.low_confidence and pred.label != call.label:
        return DirectionConfidence(conf, True, (
            f"low confidence ({conf:.2f} < {model.low_confidence:.2f}): the learned model reads this sentence as "
            f"'{pred.label}' ({pred.confidence:.2f}), the rules as '{call.label}'; counted as unclear"))
    return DirectionConfidence(conf, False, None)


# --- head-to-head comparisons (comparative questions and superlative claims) ----------

_TIE_RE = re.compile(
    r"no (?:statistically )?significant (?:\w+ )?difference|not (?:statistically )?significant|comparable|similar|equally|equivalent|did not differ|identical",
    re.I,
)
_WIN_WORD_RE = re.compile(r"\b(?:more|better|greater|superior|higher|larger|best|more effective)\b", re.I)
_PIVOT_RE = re.compile(r"\bthan\b|\bover\b|\bversus\b|\bvs\.?|\bcompared (?:with|to)\b", re.I)


@dataclass(frozen=True)
class HeadToHead:
    pmid: str
    outcome: str  # "win", "loss" or "tie" for the claim's intervention
    sentence: str


_BETWEEN_GROUPS_RE = re.compile(r"\bbetween[- ](?:the )?(?:two )?(?:groups?|sides?|arms?|treatments?)\b", re.I)


def between_group_tie(sentence: str) -> bool:
    """"did not differ significantly between groups": in a trial of two treatments, a tie."""
    return bool(_BETWEEN_GROUPS_RE.search(sentence) and _TIE_RE.search(sentence))


def head_to_head(record: Record, question: Question) -> list[HeadToHead]:
    """Sentences that compare the intervention on its own with another treatment.

    A comparison of "microneedling plus X" with "microneedling alone" is a loss for
    microneedling alone; "X was more effective than microneedling" is a loss; "comparable"
    or "no significant difference between" is a tie; "microneedling ... more than X" a win.
    """
    terms = question_terms(question)
    out: list[HeadToHead] = []
    sentences = split_sentences(record.abstract_text)
    design = (sentences[0] if sentences else "").lower()
    every_arm = _in_every_arm(record, terms)
    # "microneedling plus minoxidil versus minoxidil alone" shows what microneedling adds
    # to minoxidil, not how it compares with minoxidil: no wins or ties from such trials.
    add_on = _add_on_design(record, terms)
    two_arms = bool(re.search(r"\b(?:versus|vs\.?|or|compared with|comparing)\b", design)) and not every_arm and not add_on
    others = _other_arms(record, terms) if two_arms else set()
    for sentence in sentences:
        low = sentence.lower()
        if not mentions(sentence, terms.intervention):
            # "between-group differences were not significant" in a trial of the
            # intervention against another treatment is a tie for the intervention
            if two_arms and mentions(design, terms.intervention) and between_group_tie(low):
                out.append(HeadToHead(record.pmid, "tie", sentence))
            elif others and _other_arm_wins(low, others):
                out.append(HeadToHead(record.pmid, "loss", sentence))
            continue
        if not (_PIVOT_RE.search(low) or re.search(r"\bon the \w+ side\b|\bwith the \w+\b", low)):
            continue
        if re.search(r"\b(?:conclude|suggest)\b", low) and not _WIN_WORD_RE.search(low) and not _TIE_RE.search(low):
            continue
        masked = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(";", ","), sentence)
        for clause in _CLAUSE_SPLIT_RE.split(masked):
            if not mentions(clause, terms.intervention):
                if others and _other_arm_wins(clause.lower(), others):
                    out.append(HeadToHead(record.pmid, "loss", sentence))
                continue
            result = _compare(clause, terms) or (
                None if every_arm or add_on else _shares_compare(clause, terms, harm=question.kind == "safety"))
            if result == "win" and add_on and not re.search(r"\b(?:alone|monotherapy)\b", clause.lower()):
                continue
            if result == "tie" and every_arm:
                continue  # "MN plus PRP = MN alone": says nothing about MN against PRP
            if result:
                out.append(HeadToHead(record.pmid, result, sentence))
    # one finding per sentence and kind: two clauses of one sentence are one comparison
    return list(dict.fromkeys(out))


_ARM_PIVOT_RE = re.compile(r"\bversus\b|\bvs\.?(?=\s)|\bcompared (?:with|to)\b|\bor\b", re.I)
_ARM_SKIP = frozenset("the a an either both oral topical daily group groups arm arms patients treatment treatments therapy "
                      "with of in and mg".split())


def _other_arms(record: Record, terms: _Terms) -> set[str]:
    """The word naming the other arm of a two-arm comparison, read next to the pivot of the
    title or design sentence ("finasteride vs Serenoa repens", "either saw palmetto 320 mg
    daily or finasteride 1 mg daily"): the side that does not name the intervention."""
    out: set[str] = set()
    for piece in (record.title or "", (split_sentences(record.abstract_text) or [""])[0]):
        for m in _ARM_PIVOT_RE.finditer(piece):
            left, right = piece[max(0, m.start() - 60):m.start()], piece[m.end():m.end() + 60]
            left_i, right_i = mentions(left, terms.intervention), mentions(right, terms.intervention)
            if left_i == right_i:
                continue
            words = re.findall(r"[A-Za-z][\w-]+", right if left_i else left)
            words = words if left_i else words[::-1]
            for w in words[:3]:
                if w.lower() in _ARM_SKIP or w.lower() in STOPWORDS or len(w) < 4:
                    continue
                out.add(w.lower())
                break
    return out


def _other_arm_wins(clause: str, others: set[str]) -> bool:
    """"finasteride was more effective in 33 of 50 patients": the other arm, as the subject,
    did better (a loss for the intervention)."""
    for arm in others:
        if re.search(rf"^\W*(?:\w+\W+){{0,3}}?{re.escape(arm)}\w*\b[^,;]{{0,40}}?\b(?:was|were|is|are|proved|appeared|seemed)\s+"
                     r"(?:\w+\s+)?(?:more effective|more efficacious|better|superior)\b", clause):
            return True
    return False


# "hair growth increased in 38% of the X group versus 68% of the Y group": shares of an arm
_SHARES_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s*%\s*(?:\([^()]*\)\s*)?(?:of|in|with|for|on)\s+(?:the\s+)?([^,;%]{2,60}?)\s*(?:\([^()]*\)\s*)?"
    r"(?:versus|vs\.?|compared (?:with|to))\s+(\d+(?:\.\d+)?)\s*%\s*(?:\([^()]*\)\s*)?(?:of|in|with|for|on)\s+(?:the\s+)?([^,;%.]{2,60})",
    re.I,
)


def _shares_compare(clause: str, terms: _Terms, *, harm: bool = False) -> str | None:
    """Two arms' shares of patients with an outcome of the question, side by side: the
    intervention's larger share of an improvement is a win, its smaller share a loss (reversed
    for a worsening, and for a harm that "occurred"). Only when exactly one side names the
    intervention and the clause's change is read."""
    m = _SHARES_RE.search(clause)
    # the outcome named by its own terms ("side effects"), not by a single head word ("sides")
    if not m or not mentions(clause, terms.outcome or terms.outcome_heads):
        return None
    a, arm_a, b, arm_b = float(m.group(1)), m.group(2), float(m.group(3)), m.group(4)
    in_a, in_b = mentions(arm_a, terms.intervention), mentions(arm_b, terms.intervention)
    if in_a == in_b or a == b:
        return None
    calls = [c for c in classify_clauses(clause) if c.label != "no difference"]
    if len(calls) > 1:
        return None
    good = _polarity(calls[0], clause) if calls else (-1 if harm else 0)
    if not good:
        return None
    mine, theirs = (a, b) if in_a else (b, a)
    return "win" if (mine > theirs) == (good > 0) else "loss"


def _add_on_design(record: Record, terms: _Terms) -> bool:
    """An arm is another treatment "alone" (the intervention was added to it)."""
    text = f"{record.title} {record.abstract_text}"
    for m in _OTHER_ALONE_RE.finditer(text):
        word = m.group(1)
        if word.lower() in ("side", "skin", "care", "patch", "patches", "device", "one"):
            continue
        if word.lower() in STOPWORDS or word.isdigit():
            continue  # "and only 10 patients": a focus adverb before its noun, not an arm "X only"
        if not _matches(word, terms.intervention, ()):
            return True
    return False


def _intervention_alone(fragment: str, terms) -> bool:  # type: ignore[no-untyped-def]
    if not mentions(fragment, terms.intervention):
        return False
    norm = normalise(fragment)
    return not re.search(r"\b(?:plus|combined|combination|with (?:topical|autologous|platelet|prp|the)|followed by|\+)\b", norm)


def _compare(sentence: str, terms) -> str | None:  # type: ignore[no-untyped-def]
    low = sentence.lower()
    if _TIE_RE.search(low) and re.search(r"\bbetween\b|\bcomparable\b|\bsimilar\b|\bequally\b|\bequivalent\b|\bidentical\b", low):
        return "tie"
    pivot = _PIVOT_RE.search(low)
    win_word = _WIN_WORD_RE.search(low)
    if not win_word:
        return None
    if pivot:
        left, right = sentence[: pivot.start()], sentence[pivot.end():]
        right_head = right[:80]
        if _intervention_alone(right_head, terms) or re.search(r"micro-?needl\w* (?:alone|monotherapy)", right_head, re.I):
            return "loss"
        if mentions(left[-160:], terms.intervention) and not mentions(right_head, terms.intervention):
            # "microneedling monotherapy increased hair count more than minoxidil"
            tail = normalise(left[-160:])
            if re.search(r"\b(?:plus|combined|combination|\+)\b", tail):
                return None
            return "win"
        return None
    side = re.search(r"\bon the (\w+(?:[- ]\w+)?) side", low[win_word.start():])
    if side and not mentions(side.group(1), terms.intervention):
        return "loss"
    return None



# --- indirectness ---------------------------------------------------------------------------

_COMPARATIVE_PRIMARY = frozenset({"RCT", "non-randomised controlled", "cohort", "case-control"})


def classify_indirectness(record: Record, question: Question, design: str, population: str, terms: _Terms | None = None,
                          *, deciding_sentence: str | None = None) -> str | None:
    """Why the record is indirect evidence for the question, or None when it is direct."""
    terms = terms or question_terms(question)
    reasons: list[str] = []
    if question.kind == "mechanism" and deciding_sentence and not _about_outcome(
        deciding_sentence, terms, strict=True, heads=terms.mechanism_heads
    ):
        reasons.append("reports a clinical result, not the mechanism itself")
    text = f"{record.title} {record.abstract_text}"
    if population == "in vitro" or design == "in vitro":
        reasons.append("in vitro/ex vivo evidence for a claim about people")
    elif population == "animal" or design == "animal":
        reasons.append("animal evidence for a claim about people")
    if (question.kind == "efficacy" and design in _COMPARATIVE_PRIMARY and not is_comparative(question)
            and not _compares_forms(question) and not _inactive_comparator(record, terms)
            and _record_compares(record)):
        # GRADE indirectness: against another active treatment only, a trial shows how the two
        # compare; "does it work?" is then read from within-arm change, an indirect answer
        reasons.append("compared with another active treatment only, not with placebo, sham or no treatment")
    other = other_procedure(record, question, terms) or delivery_only(record, question)
    if _question_is_rf(question) and not _record_is_rf(record):
        # the query found radiofrequency somewhere, but the record's own treatment is not named
        # as it, or it pools it with plain needling: counted, as indirect evidence
        other = "plain microneedling, not radiofrequency microneedling"
    if (not other and _plain_mn(question) and not _about_delivery(question) and not _combination_question(question)
            and _PATCH_RE.search(text)):
        other = "a drug-loaded or dissolving microneedle device, not skin needling"
    if other:
        reasons.append(other)
    elif _plain_mn(question) and not _about_delivery(question) and not _combination_question(question) and _in_every_arm(record, terms):
        reasons.append("microneedling is given in every arm; the comparison tests the add-on, not microneedling")
    return "; ".join(reasons) if reasons else None


def _plain_mn(question: Question) -> bool:
    return bool(re.search(r"micro-?needl|needling|dermaroller", question.intervention, re.I))


def _about_delivery(question: Question) -> bool:
    return bool(re.search(r"penetrat|deliver|absor|permea|uptake|transdermal", f"{question.outcome} {question.statement}", re.I))


def _combination_question(question: Question) -> bool:
    """A question about the combination ("microneedling plus tranexamic acid") is answered
    directly by the combination's arms: delivery and add-on designs are what it asks about.
    One that also asks about the treatment on its own ("alone or with", "with or without")
    still needs its own effect isolated for that part."""
    return bool(re.search(r"\b(?:plus|with|combined|combination)\b|\+", question.intervention, re.I)
                and not re.search(r"\b(?:alone|without|or)\b", question.intervention, re.I))


def _question_is_rf(question: Question) -> bool:
    return bool(_RF_RE.search(f"{question.intervention} {question.statement}"))


def _record_is_rf(record: Record) -> bool:
    """RF is the record's intervention when its title or design sentence names it, unless
    that sentence also covers plain devices ("dermaroller and fractional microneedle
    radiofrequency", "excluding radiofrequency microneedling")."""
    first = (split_sentences(record.abstract_text) or [""])[0]
    return bool(_RF_RE.search(record.title or "") or _RF_RE.search(first)) and not re.search(
        r"\b(?:excluding|without|non-?)\s*(?:\w+\s)?radio-?\s?frequency|dermaroller|derma roller|dermapen|\broller\b|\bpen\b|\bstamp\b",
        first,
        re.I,
    )


def other_procedure(record: Record, question: Question, terms: _Terms | None = None) -> str | None:
    """The record's procedure is not the question's, though it contains it (docs/grading.md R3):
    needling that delivers radiofrequency heat (an energy device) for a plain-microneedling
    question (not the reverse: a record the query found for radiofrequency that also covers plain
    devices pools the two, and stays as indirect evidence), a drug-loaded or dissolving microneedle patch (a device worn, not
    a procedure), or needling used only to deliver a drug with no arm that has the drug without
    the needling (nothing isolates what the needling did). None when the record studies the
    question's own procedure."""
    terms = terms or question_terms(question)
    text = f"{record.title} {record.abstract_text}"
    q_rf = _question_is_rf(question)
    r_rf = _record_is_rf(record)
    plain_mn = _plain_mn(question)
    if plain_mn and not q_rf and r_rf:
        return "radiofrequency microneedling, not plain microneedling"
    if not plain_mn or q_rf or _about_delivery(question):
        return None
    if _WORN_PATCH_RE.search(text):
        return "a drug-loaded or dissolving microneedle patch, not skin needling"
    return None


def delivery_only(record: Record, question: Question) -> str | None:
    """Plain needling used to deliver a drug, for a question about the needling itself."""
    if not _plain_mn(question) or _about_delivery(question) or _combination_question(question):
        return None
    if _question_is_rf(question) and not _record_is_rf(record):
        return None  # another procedure than the question's: said as such (indirectness)
    text = f"{record.title} {record.abstract_text}"
    if _DELIVERY_RE.search(text) and _DRUG_RE.search(text):
        return "microneedling used only to deliver a drug; its own effect is not isolated"
    return None


def not_isolated(record: Record, question: Question, terms: _Terms | None = None) -> str | None:
    """Why the record does not study the question's intervention on its own, so does not
    count for it at all (R3; the labels' convention: a combination that does not isolate the
    component asked about is not evidence for it). Another procedure (`other_procedure`)
    never isolates it; needling that delivers a drug isolates it only in an add-on design,
    where an arm has the drug (or the rest of the regimen) without the needling. A safety
    question keeps delivery records (the harm of the procedure is reported whatever it carried),
    and so does a comparative one (E12 chooses its comparisons)."""
    terms = terms or question_terms(question)
    other = other_procedure(record, question, terms)
    if other:
        return other
    delivery = delivery_only(record, question)
    # a comparative question reads head-to-head sentences only, and E12 already decides which
    # of a delivery trial's comparisons count: the record stays, as indirect evidence
    if delivery and question.kind != "safety" and not is_comparative(question) and not _add_on_design(record, terms):
        return f"{delivery}, and no arm has the drug without it"
    return combined_regimen(record, question, terms)


# A treatment joined to another in a sentence that says what was given: "A plus B", "A
# together with B", "pairing A with B", "alternating A and B", "B with topical A". A bare "with"
# is left alone: it introduces an arm, a dose or a population as often as a partner.
_JOIN_BEFORE_RE = re.compile(
    r"(?:\bplus|\+|\bcombined with|\bcombination with|\btogether with|\bpaired with|\badded to|\balternating|"
    r"(?P<with>\bwith (?:topical|autologous|adjuvant|adjunctive)))\s+(?:[\w%.+-]+\s+){0,3}$")
_JOIN_AFTER_RE = re.compile(
    r"^\s*(?:[\w%.+-]+\s+){0,3}?(?:plus|\+|combined with|in combination with|together with|paired with)\s+(?P<partner>(?:[\w%.+-]+\s*){1,3})")
# what a study combines with its treatment may be a method, not a partner treatment
_METHOD_PARTNER_RE = re.compile(r"\b(?:tests?|assessments?|analys[ie]s|investigations?|evaluations?|stud(?:y|ies)|"
                                r"measurements?|imaging|biops\w*|questionnaires?|follow up)\b")
_QUANTITY_THAN_RE = re.compile(r"\b(?:more|less|fewer|greater|longer|shorter|other) than\s+(?:\d|one|two|three|four|five|six|"
                               r"seven|eight|nine|ten|half|a |an )", re.I)
# some participants "also received" the intervention on top of what all had: an add-on design
_ADD_ON_CUE_RE = re.compile(r"\b(?:adding|add-on|also (?:received|got|given|had)|in addition to|additionally (?:received|given))\b",
                            re.I)
_INACTIVE_ARM_RE = re.compile(r"\b(?:sham|placebo|vehicle|saline|untreated|no treatment|control (?:side|group|arm)|controls)\b", re.I)


def combined_regimen(record: Record, question: Question, terms: _Terms | None = None) -> str | None:
    """The question's intervention is given only as part of a regimen with another treatment,
    and no arm separates it (docs/grading.md R3). Read, for a primary study, from the sentences
    that say what was given (title and first two sentences); any comparison of arms, an inactive or "alone" arm,
    or an add-on design may isolate it, so those records are left to the other rules. A
    question about a combination is answered by it."""
    terms = terms or question_terms(question)
    if _COMBINED_RE.search(f"{question.intervention} {question.statement}"):
        return None
    if classify_design(record).design in ("meta-analysis", "systematic review", "narrative review", "guideline"):
        return None  # a review reports many studies: one combination among them is not its treatment
    text = f"{record.title} {record.abstract_text}"
    # "more than four sessions" is a quantity, not a comparison of arms
    arms_text = _QUANTITY_THAN_RE.sub(" ", VERSUS_TIME_RE.sub(" ", text))
    if (_RECORD_COMPARES_RE.search(arms_text) or _INACTIVE_ARM_RE.search(text) or _ADD_ON_CUE_RE.search(text) or _alone_re(terms.intervention).search(normalise(text))
            or _add_on_design(record, terms)):
        return None
    for piece in [record.title or ""] + split_sentences(record.abstract_text)[:2]:
        for clause in re.split(r"[,;:]", piece):
            norm = normalise(clause)
            for _, rx in terms.intervention:
                for m in rx.finditer(norm):
                    after = _JOIN_AFTER_RE.search(norm[m.end():])
                    if after and _METHOD_PARTNER_RE.search(after.group("partner")):
                        after = None
                    before = _JOIN_BEFORE_RE.search(norm[:m.start()])
                    if before and before.group("with") and re.search(r"\btreat\w*", norm[:before.start()]):
                        before = None  # "treatment of skin with topical X" says what the treatment was
                    if before or after:
                        return f"given only with another treatment ('{piece.strip()[:120]}'), and no arm isolates it"
    return None


def _in_every_arm(record: Record, terms: _Terms) -> bool:
    """Both sides of a "versus" (or of "one side ... the other") mention the intervention,
    and no arm is another treatment "alone"."""
    pieces = [record.title or ""] + split_sentences(record.abstract_text)[:2]
    alone_other = re.compile(r"\b(\w+)\s+(?:alone|only|monotherapy)\b", re.I)
    for piece in pieces:
        norm = piece
        for m in alone_other.finditer(norm):
            before = norm[max(0, m.start() - 40): m.end()]
            if not _matches(before[-40:], terms.intervention, ()) and m.group(1).lower() not in ("side", "saline"):
                if not re.search(r"micro-?needl|needling", m.group(1), re.I):
                    return False
        parts = re.split(r"\bversus\b|\bvs\.?|\bcompared with\b|\bon one side and\b|\bthe other\b", norm, flags=re.I)
        if len(parts) >= 2 and all(_matches(p, terms.intervention, ()) for p in parts[:2]):
            return True
        if re.search(r"saline", norm, re.I) and re.search(r"\bother\b", norm, re.I) and _matches(norm, terms.intervention, ()):
            return True
    return False


# --- stated limitations ------------------------------------------------------------------------

# Caveats ("risk of bias: ...", "heterogeneity: ...") are what grading rates down for
# (docs/grading.md, rules G3 and G6).
_LOW_QUALITY_RE = re.compile(
    r"\b(?:(?:relatively |very )?low[- ]quality|poor[- ]quality|high risk of bias|jadad scores? (?:were|was|of) [0-3](?: to [0-5])?\b|"
    r"lack(?:ed)? adequate (?:between-group )?comparisons?|methodological(?:ly)? (?:weak|flaws?|limitations?)|"
    # a review naming biases in its trials ("flagged several biases in the included trials")
    r"(?:several|serious|important|major|many|substantial|numerous) (?:potential )?(?:biases|sources of bias|flaws))",
    re.I,
)
_OPEN_LABEL_RE = re.compile(r"\b(?:open-?label|unblinded|non-?blinded|not blinded)\b", re.I)
_HETEROGENEITY_RE = re.compile(
    r"\bheterogeneity (?:was|is) (?:high|substantial|considerable)|\b(?:high|substantial|considerable) heterogeneity|"
    r"\bi\s?(?:2|²)\s?=\s?(?:7[5-9]|8\d|9\d|100)\s?%|"
    # the pooled effect itself differed between kinds of study ("the hydration effect differed by
    # collagen source"): a subgroup difference is inconsistency (GRADE), a null one is not
    r"\b(?:effects?|results?|benefits?|responses?)\s+(?:differed|varied|depended)\s+(?:significantly\s+)?(?:by|across|according to|with)\b",
    re.I,
)


def stated_caveats(record: Record, design: str) -> list[str]:
    """Limitations the record states about itself: a review judging its studies low
    quality, an open-label or unblinded trial, a review reporting high heterogeneity."""
    text = f"{record.title} {record.abstract_text}"
    out: list[str] = []
    q = _LOW_QUALITY_RE.search(text)
    if q and design in ("meta-analysis", "systematic review", "narrative review"):
        out.append(f"risk of bias: reports '{q.group(0)}'")
    o = _OPEN_LABEL_RE.search(text)
    if o and design in ("RCT", "non-randomised controlled"):
        out.append(f"risk of bias: is an {o.group(0)} trial")
    h = _HETEROGENEITY_RE.search(text)
    if h and design in ("meta-analysis", "systematic review"):
        out.append(f"heterogeneity: reports '{h.group(0)}'")
    return out


# --- the appraisal ----------------------------------------------------------------------------



def appraise(record: Record, question: Question) -> Appraisal:
    """Appraise `record` for `question`. Pure: no I/O, same input -> same output."""
    terms = question_terms(question)
    rel = relevance(record, question)
    design_call = classify_design(record)
    population = classify_population(record, design_call.design)
    n = count_participants(record, design_call.design)
    included = rel == "both"
    reason = None
    if rel == "intervention":
        reason = f"does not address the outcome ({question.outcome})"
    elif rel == "outcome":
        reason = f"does not address the intervention ({question.intervention})"
    elif rel == "neither":
        reason = f"addresses neither {question.intervention} nor {question.outcome}"
    if included:
        why = not_isolated(record, question, terms)
        if why:
            included, reason = False, f"does not isolate the intervention ({question.intervention}): {why}"
    if included and record.retracted:
        # A retracted study's findings are withdrawn: it is listed, never weighed (issue 18).
        included, reason = False, "retracted publication"
    conf = DirectionConfidence(None, False, None)
    if included:
        d = classify_direction(record, question, terms)
        direction, sentence = d.direction, d.sentence
        # issue 16: the learned model's confidence. When it is low and the model reads the
        # sentence differently from the rules (another side, or no difference where the rules
        # see a change), two readers disagree and neither is sure: the direction is unclear
        # (grading counts it so), the note says why, and the sentence is kept for the reader.
        conf = direction_confidence(direction, sentence, question)
        if conf.low:
            direction = "unclear"
    else:
        direction, sentence = "unclear", None
    indirect_reason = classify_indirectness(
        record, question, design_call.design, population, terms,
        deciding_sentence=sentence if direction != "unclear" else None,
    )
    direction_note = None
    if included and direction == "unclear" and not record.text_complete:
        direction_note = "synopsis incomplete: the deciding text is missing, so direction is unclear"
    if conf.low:
        direction_note = conf.note
    appraisal = Appraisal(
        question_id=question.question_id,
        pmid=record.pmid,
        relevance=rel,
        included=included,
        exclusion_reason=reason,
        design=design_call.design,
        design_note=design_call.note,
        population=population,
        n_participants=n,
        direction=direction,
        deciding_sentence=sentence,
        indirect=indirect_reason is not None,
        indirectness=indirect_reason,
        reported_figures=tuple(dict.fromkeys(figures(record.abstract_text))),
        direction_note=direction_note,
        caveats=tuple(stated_caveats(record, design_call.design)),
        direction_confidence=conf.confidence,
    )
    return with_study_extras(appraisal, record, question, terms)


def with_study_extras(a: Appraisal, record: Record, question: Question, terms: _Terms | None = None) -> Appraisal:
    """Issue 15's per-study extras (engineer B): what a review pools (G1a) and whether its
    own question is this one (I5), the key result for the outcome (F2), risk of bias (B1)
    and, for safety questions, how often and how badly the harm occurred (H1)."""
    from dataclasses import replace

    from .bias import assess_bias
    from .effect_sizes import read_effect
    from .harms import read_harm, reports_harm
    from .review_content import REVIEW_DESIGNS, off_scope, review_pools

    terms = terms or question_terms(question)
    outcome = [rx for _, rx in terms.outcome_heads]
    changes: dict = {}
    if a.design in REVIEW_DESIGNS:
        changes["review_pools"] = review_pools(record)
        # harms are mostly reported in passing by efficacy reviews: scope is judged for
        # efficacy and mechanism questions only
        why = off_scope(record, [rx for _, rx in terms.outcome], [rx for _, rx in terms.intervention]) if question.kind != "safety" else None
        if a.included and why and not a.indirect:
            changes.update(indirect=True, indirectness=why)
    if a.included:
        effect = read_effect(record.abstract_text, outcome, deciding_sentence=a.deciding_sentence,
                             pooled_design=a.design == "meta-analysis")
        if question.kind == "safety":
            harm = read_harm(record, outcome)
            changes["harm"] = None if harm.empty else harm
            # a safety question's effect is a harm's ratio (RR, OR); arm rates are the harm's
            # frequency, and other numbers in the sentence belong to the efficacy result
            effect = effect if effect is not None and effect.measure and reports_harm(effect.text) else None
        changes["effect"] = effect
    changes["risk_of_bias"] = assess_bias(record, a.design, a.n_participants, a.caveats)
    return replace(a, **changes)


def appraise_all(records: Sequence[Record], question: Question) -> list[Appraisal]:
    return [appraise(r, question) for r in records]
