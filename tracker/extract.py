"""Find the check-worthy health claims in any article, with the reasons each one was picked.

Rules, not a model, so every candidate can say why it was chosen. The steps:

1. Split the stored text into sentences with offsets (lines, bullets, "Label: text" prefixes).
2. Drop questions, headings, advice and marketing fluff; score the rest on cue words: an
   effect or harm verb, a known outcome, a number, a superlative, a study cue, a risk word.
3. Split compound sentences into atomic claims: coordinated verb phrases ("boosts X, fades Y
   and evens out Z") and lists of distinct outcomes ("treats acne scars, stretch marks and hair
   loss"). Each quotes its narrowest verbatim span, so `quote == article.text[start:end]`.
4. Type and strength from wording cues; the intervention from the title and the most frequent
   treatment phrases, worded as the article words it (a pronoun stands for the last sentence
   subject that named it; a comparator never does; "taking X ..." names another treatment X).
   For interventions no table lists, structure and a learned model (`tracker.phrases`) decide:
   the title's subject noun phrase (after "Can a ..."), "X with Y" in the title as a combination
   searched as both parts, the names the article itself gives it ("X, also called Y", "X (Y)"),
   a clause whose subject is a treatment (any verb: "Zinc lozenges shorten a cold"), and a
   copular introduction ("Magnesium is another supplement ...") for the pronouns that follow;
   a section heading naming a treatment its prose takes as subject (a listicle's "2. Saw
   palmetto") for that section, where a heading also ends what "it" can refer to. Never the
   intervention: a quantifier or pronoun, a word used inside the outcomes ("hair"), a title's
   "for" phrase, a modifier without its head ("Cold" of "Cold Water Immersion").
   The outcome from a synonym table, or the head of the verb's object when the table word only
   glosses it; an adjective predicated of a person ("keeps you full") is none; a comparison
   that names no outcome is about the benefit its paragraph just claimed, else the main outcome.
5. Propose a question: an existing one that tests the same intervention and outcome (and setting
   and population), else a new one whose PubMed query ANDs an intervention synonym block with an
   outcome synonym block.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import claim_model as _claim_model
from . import frames as _frames
from . import relation_model as _relation_model
from .claims import write_claims
from .frames import (
    _DISCLAIMER_RE,
    _LOWER_RISK_OF_RE,
    _PRED_AUX_RE,
    HARM_NOUNS,
    _is_pronoun,
    clause_verb,
    comparator_of,
    denied_harm,
    harm_comparison_direction,
    magnitude_of,
    parse_frame,
    population_of,
    relation_of,
    strength_of,
    subject_of,
    time_frame_of,
)
from .frames import _PROBLEM_RE as _FRAME_PROBLEM_RE
from .frames import _effect_verbs as _frame_verbs
from .frames import predicate_object as _predicate_object
from .harms import SERIOUS_HARM_TERMS
from .models import Article, Claim, ClaimFrame, Question
from .phrases import treatment_probability
from .spelling import phrase_variant
from .text import COUNT, DOSAGE_FORM

__all__ = ["Candidate", "Concept", "extract_claims", "detect_intervention", "write_candidates",
           "INTERVENTIONS", "OUTCOMES"]


@dataclass(frozen=True)
class Candidate:
    """One extracted claim: `claim.origin == "auto"` and `claim.quote == text[start:end]`."""

    claim: Claim
    score: float  # check-worthiness, 0..1
    reasons: tuple[str, ...]  # the cues that made it check-worthy
    new_question: Question | None  # set when no existing question tests the same thing


# ---------------------------------------------------------------------------------------------
# Synonym tables


@dataclass(frozen=True)
class Concept:
    """An intervention or outcome: how articles write it and how PubMed is searched for it."""

    key: str
    label: str
    patterns: tuple[str, ...]  # regexes matched case-insensitively against article text
    terms: tuple[str, ...]  # PubMed terms with field tags, ORed into one block
    kind: str = "efficacy"  # outcomes: efficacy, safety (a harm) or mechanism
    parent: str | None = None  # a more general intervention this one specialises
    # Bare words that name this intervention only as a sentence's subject ("Collagen strengthens
    # nails" in a supplement article, but not "boosts collagen production").
    subject_patterns: tuple[str, ...] = ()

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.patterns)


_REGEX_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    rx = _REGEX_CACHE.get(patterns)
    if rx is None:
        # (?-i:...) inside a pattern keeps acronyms such as LED case-sensitive.
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?:e?s)?(?![\w])", re.I)
        _REGEX_CACHE[patterns] = rx
    return rx


def _tiab(*terms: str) -> tuple[str, ...]:
    """Field-tag plain terms: quoted when they hold a space or hyphen, `*` kept outside quotes."""
    out = []
    for t in terms:
        if t.endswith("]"):
            out.append(t)
        elif re.search(r"[\s-]", t):
            out.append(f'"{t}"[tiab]')
        else:
            out.append(f"{t}[tiab]")
    return tuple(out)


_C = Concept
INTERVENTIONS: tuple[Concept, ...] = (
    _C("rf-microneedling", "radiofrequency microneedling",
       (r"(?:fractional\s+)?(?:RF|radio[\s-]?frequency)\s+(?:fractional\s+)?micro[\s-]?needl\w*",
        r"micro[\s-]?needl\w*\s+(?:RF|radio[\s-]?frequency)", r"micro[\s-]?needl\w*\s+with\s+radio[\s-]?frequency",
        r"combined\s+with\s+radio[\s-]?frequency"),
       _tiab("microneedl*", "micro-needl*", "fractional radiofrequency", "radiofrequency microneedl*")
       + ('(radiofrequenc*[tiab] AND needl*[tiab])',), parent="microneedling"),
    _C("microneedling", "microneedling",
       (r"micro[\s-]?needl\w*", r"micro[\s-]?needle\w*", r"derma[\s-]?roll\w*", r"derma[\s-]?pen\w*",
        r"meso[\s-]?roller\w*", r"collagen induction therapy", r"skin needling"),
       _tiab("microneedl*", "micro-needling", "micro needling", "micro-needle", "micro-needles",
             "dermaroller*", "derma roller", "derma rollers", "dermapen*", "skin needling",
             "collagen induction therapy", "percutaneous collagen induction")),
    _C("collagen-supplements", "collagen supplementation",
       (r"collagen\s+(?:peptides?|supplements?|supplementation|powders?|drinks?|gummies|hydrolysates?|shots?)",
        r"(?:hydroly[sz]ed|oral|marine|bovine|fish|porcine|ingested|dietary|[\w]+[\s-]based)\s+collagen",
        r"(?:taking|take|takes|took|eating|drinking)\s+collagen"),
       _tiab("collagen peptide*", "collagen hydrolysate*", "hydrolyzed collagen", "hydrolysed collagen",
             "collagen supplement*", "oral collagen", "collagen ingestion", "marine collagen"),
       subject_patterns=(r"collagen",)),
    _C("led-therapy", "LED light therapy",
       (r"(?-i:LEDs?)", r"light[\s-]emitting\s+diodes?", r"red[\s-]light(?:\s+therapy)?", r"blue[\s-]light",
        r"near[\s-]infrared(?:\s+light)?", r"photobiomodulation", r"low[\s-]level\s+(?:light|laser)\s+therapy",
        r"light\s+therapy", r"LED\s+phototherapy"),
       # never a bare LED[tiab]: PubMed and the local index match it to the verb "led"
       _tiab("light-emitting diode*", "LED therapy", "LED light", "LED mask", "LED masks", "LED phototherapy",
             "photobiomodulation", "low-level light therapy",
             "red light", "blue light", "near-infrared", "light therapy")),
    _C("retinoids", "retinol (topical retinoids)",
       (r"retinol", r"retinoids?", r"retinoic\s+acid", r"tretinoin", r"retinaldehyde", r"retinal(?=\s+serum)",
        r"retinyl\s+\w+", r"adapalene", r"tazarotene"),
       _tiab("retinol", "retinoid*", "retinoic acid", "tretinoin", "retinaldehyde", "retinyl*",
             "adapalene", "tazarotene")),
    _C("hyaluronic-acid", "hyaluronic acid", (r"hyaluronic\s+acid", r"hyaluronan", r"sodium\s+hyaluronate"),
       _tiab("hyaluronic acid", "hyaluronan", "sodium hyaluronate")),
    _C("vitamin-c", "topical vitamin C", (r"vitamin\s+C(?![\w-])", r"ascorbic\s+acid", r"ascorbyl\s+\w+"),
       _tiab("vitamin C", "ascorbic acid", "ascorbyl*")),
    _C("niacinamide", "niacinamide", (r"niacinamide", r"nicotinamide"), _tiab("niacinamide", "nicotinamide")),
    _C("chemical-peel", "chemical peels",
       (r"chemical\s+peels?", r"glycolic\s+acid", r"salicylic\s+acid\s+peels?", r"(?:AHA|BHA)\s+peels?"),
       _tiab("chemical peel*", "glycolic acid", "chemexfoliation")),
    _C("botulinum-toxin", "botulinum toxin", (r"botox", r"botulinum(?:\s+toxin)?", r"neurotoxin\s+injections?"),
       _tiab("botulinum toxin*", "botox", "onabotulinumtoxinA", "abobotulinumtoxinA")),
    # never a bare "laser": a laser comb or cap is not laser resurfacing (an unlisted device is
    # searched by its own name)
    _C("laser-resurfacing", "laser resurfacing",
       (r"laser\s+resurfacing", r"fractional\s+(?:CO2\s+)?lasers?", r"CO2\s+lasers?", r"ablative\s+lasers?",
        r"(?:erbium|Er:YAG)\s+lasers?"),
       _tiab("laser resurfacing", "fractional laser*", "CO2 laser*", "ablative laser*")),
    _C("radiofrequency", "radiofrequency skin treatment", (r"radio[\s-]?frequency", r"(?-i:RF)"),
       _tiab("radiofrequenc*", "radio frequency", "radio-frequency")),
    _C("prp", "platelet-rich plasma", (r"platelet[\s-]rich\s+plasma", r"(?-i:PRP)", r"vampire\s+facials?"),
       _tiab("platelet-rich plasma", "platelet rich plasma", "PRP")),
    _C("minoxidil", "minoxidil", (r"minoxidil", r"rogaine"), _tiab("minoxidil*")),
    _C("sunscreen", "sunscreen", (r"sunscreens?", r"sun\s*block", r"(?-i:SPF)"),
       _tiab("sunscreen*", "sunblock*", "sun protection factor")),
    _C("biotin", "biotin supplementation", (r"biotin",), _tiab("biotin")),
    _C("facial-massage", "facial massage tools",
       (r"gua\s+sha", r"jade\s+rollers?", r"facial\s+massage", r"face\s+rollers?"),
       _tiab("gua sha", "jade roller*", "facial massage", "face roller*")),
    _C("azelaic-acid", "azelaic acid", (r"azelaic\s+acid",), _tiab("azelaic acid")),
    _C("benzoyl-peroxide", "benzoyl peroxide", (r"benzoyl\s+peroxide",), _tiab("benzoyl peroxide")),
    _C("tea-tree-oil", "tea tree oil", (r"tea\s+tree\s+oil", r"melaleuca"), _tiab("tea tree oil", "melaleuca")),
    _C("probiotics", "probiotics", (r"probiotics?", r"lactobacill\w+"), _tiab("probiotic*", "lactobacill*")),
    _C("omega-3", "omega-3 fatty acids", (r"omega[\s-]?3", r"fish\s+oil"),
       _tiab("omega-3", "fish oil*", "n-3 fatty acid*")),
)

OUTCOMES: tuple[Concept, ...] = (
    # Order matters: earlier, more specific concepts win over later, broader ones on overlap.
    _C("acne-scars", "acne scars",
       (r"acne\s+(?:scars?|scarring|marks?|pits?)", r"post[\s-]?acne(?:\s+scars?)?", r"atrophic\s+scars?",
        r"depressed\s+scars?", r"pitted\s+scars?", r"(?:ice[\s-]?pick|boxcar|rolling)\s+scars?"),
       _tiab("acne scar*", "atrophic scar*", "post-acne", "postacne")),
    _C("stretch-marks", "stretch marks", (r"stretch\s+marks?", r"striae(?:\s+distensae)?"),
       _tiab("striae", "stretch mark*", "striae distensae")),
    _C("keloid", "keloid scars", (r"keloids?(?:\s+scars?)?", r"hypertrophic\s+scar\w*"),
       _tiab("keloid*", "hypertrophic scar*"), kind="safety"),
    # cartilage is a tissue a claim says is protected or rebuilt, not the pain of a joint
    _C("cartilage", "cartilage", (r"cartilage(?:\s+(?:loss|repair|damage|thickness))?",),
       _tiab("cartilage", "chondroprotect*")),
    _C("joint-pain", "joint pain", (r"joint\s+(?:pain|health|stiffness)",
                                   r"(?:aching|achy|sore|stiff|painful)\s+joints?", r"arthralgia", r"osteoarthritis"),
       _tiab("joint pain", "arthralgia", "osteoarthritis")),
    _C("hair-loss", "hair growth in hair loss",
       (r"hair\s+(?:loss|growth|regrowth|thinning|density|follicles?)", r"alopecia(?:\s+areata)?", r"baldness",
        r"follicles?",
        r"thicken\w*\s+hair", r"thinning\s+hair", r"(?:thicker|fuller|more|new|longer|stronger|healthier)\s+hair"),
       _tiab("alopeci*", "hair loss", "hair growth", "hair regrowth", "hair density", "baldness")),
    _C("wrinkles", "wrinkles and fine lines",
       (r"wrinkl\w*", r"fine\s+lines?", r"rhytid\w*", r"crow'?s[\s-]feet", r"expression\s+lines"),
       _tiab("wrinkl*", "rhytid*", "fine lines", "fine line")),
    _C("hyperpigmentation", "hyperpigmentation and dark spots",
       (r"hyper[\s-]?pigment\w*", r"pigmentation", r"melasma", r"(?:dark|age|sun|brown)\s+spots",
        r"sun\s?spots", r"lentig\w*", r"skin\s+tone", r"whiten\w*", r"lighten\w*", r"bright(?:en\w*|er|ness)",
        r"complexion", r"discolou?ration"),
       _tiab("hyperpigment*", "melasma", "lentig*", "age spots", "dark spots", "sun spots", "sunspot*", "pigmentation",
             "skin lightening", "whitening")),
    _C("acne", "acne", (r"acne(?:\s+vulgaris|\s+lesions?|\s+breakouts?)?", r"pimples?", r"breakouts?",
                        r"blemish\w*", r"comedon\w*", r"clogged\s+pores", r"unclog\w*\s+pores"),
       _tiab("acne vulgaris", "acne lesion*", "acne", "comedo*")),
    _C("sebum", "sebum production", (r"sebum", r"sebaceous(?:\s+(?:oil\s+)?glands?)?", r"oily\s+skin", r"oil\s+production"),
       _tiab("sebum", "sebac*", "oily skin"), kind="mechanism"),
    _C("pores", "enlarged pores", (r"(?:large|enlarged|big|visible)\s+pores", r"pore\s+size", r"pores"),
       _tiab("pore size", "enlarged pore*", "facial pore*", "pores")),
    _C("hyperhidrosis", "excessive sweating", (r"hyperhidrosis", r"sweating", r"sweat\s+(?:glands?|production)", r"excessive\s+sweat", r"perspiration"),
       _tiab("hyperhidros*", "sweat*")),
    _C("collagen-production", "collagen and elastin production",
       (r"(?:new\s+)?collagen(?:\s+(?:production|synthesis|formation|proliferation|levels?|fibers|fibres|induction))?",
        r"elastin", r"fibroblasts?", r"neocollagen\w*", r"new\s+skin\s+tissue", r"hyaluronic\s+acid"),
       _tiab("collagen synthesis", "collagen production", "new collagen", "neocollagen*", "elastin",
             "fibroblast*", "dermal remodeling"), kind="mechanism"),
    _C("penetration", "absorption and penetration of applied products",
       (r"penetrat\w*", r"absor(?:b|pt)\w*", r"(?:drug|transdermal|nutrient|topical)\s+delivery", r"deliver\w*",
        r"permeab\w*", r"channels", r"bypass\w*\s+the\s+stratum\s+corneum", r"uptake"),
       _tiab("drug delivery", "transdermal", "penetrat*", "permeab*", "absorption", "uptake"), kind="mechanism"),
    _C("blood-flow", "blood flow", (r"blood\s+(?:flow|circulation|supply)", r"circulation", r"microcirculation"),
       _tiab("blood flow", "microcirculation", "perfusion"), kind="mechanism"),
    _C("cell-turnover", "cell turnover", (r"cell\s+(?:turnover|regeneration|renewal)", r"exfoliat\w*",
                                         r"skin\s+renewal"),
       _tiab("cell turnover", "epidermal turnover", "keratinocyte proliferation", "epidermal proliferation"),
       kind="mechanism"),
    _C("wound-healing", "wound healing",
       (r"(?:wound|poor|impaired|slow)\s+(?:wound\s+)?healing", r"heal(?:ing)?\s+(?:process|pathways|itself)",
        ),
       _tiab("wound healing", "healing time", "re-epithelialization")),
    _C("elasticity", "skin laxity, firmness and elasticity",
       (r"elasticity", r"firm(?:ness|er|ing)", r"tighten\w*", r"tightness", r"sagging", r"laxity", r"lifting",
        r"flabby", r"plump\w*", r"skin\s+tightening"),
       _tiab("elasticity", "firmness", "laxity", "sagging", "skin tightening")),
    _C("hydration", "skin hydration", (r"hydrat\w*", r"moistur\w*", r"dry\s+skin"),
       _tiab("hydration", "moistur*", "dry skin", "transepidermal water loss", "xerosis")),
    _C("skin-aging", "signs of skin ageing",
       (r"(?:skin\s+|anti[\s-]?)ag(?:e)?ing", r"photo[\s-]?ag(?:e)?(?:d|ing)", r"rejuvenat\w*", r"sun\s+damage",
        r"signs\s+of\s+(?:aging|ageing)", r"age[\s-]related\s+changes"),
       _tiab("skin aging", "skin ageing", "photoaging", "photoageing", "photoaged", "rejuvenat*")),
    _C("skin-texture", "skin texture and quality",
       (r"(?:skin\s+)?texture", r"roughness", r"skin\s+(?:quality|condition)", r"glow(?:s|ed|ing|y)?", r"radiance",
        r"dullness", r"smooth\w*\s+skin"),
       _tiab("skin texture", "skin quality", "roughness", "skin radiance")),
    _C("swelling", "swelling and puffiness", (r"puffiness", r"puffy", r"swelling", r"o?edema"),
       _tiab("edema", "oedema", "swelling", "puffiness"), kind="safety"),
    _C("erythema", "redness (erythema)", (r"redness", r"erythema\w*"),
       _tiab("erythema", "redness"), kind="safety"),
    _C("irritation", "skin irritation",
       (r"irritat\w*", r"peeling", r"flak\w*", r"desquamat\w*", r"dryness", r"blister\w*", r"sting\w*",
        r"retini[sz]ation", r"itch\w*",
        # skin called sensitive is skin that reacts with irritation: "suitable for sensitive
        # skin" denies irritation
        r"sensitive\s+(?:skin|scalps?)"),
       _tiab("irritation", "desquamation", "peeling", "flaking", "dryness", "blister*", "itch*", "prurit*", "stinging"),
       kind="safety"),
    _C("inflammation", "inflammation", (r"inflamm\w*",), _tiab("inflammation", "inflammatory"), kind="safety"),
    _C("herpes", "herpes simplex reactivation", (r"herpes(?:\s+(?:virus|simplex|outbreaks?))?", r"cold\s+sores?"),
       _tiab("herpe*", "HSV", "cold sore*"), kind="safety"),
    _C("device-hygiene", "cleaning and disinfection of devices",
       (r"disinfect\w*", r"sterili[sz]\w*", r"autoclav\w*", r"rubbing\s+alcohol",
        r"contaminat\w*\s+of\s+(?:the\s+)?(?:devices?|tools?|rollers?|needles?)"),
       _tiab("disinfect*", "steriliz*", "sterilis*", "autoclav*", "equipment contamination", "reuse*"),
       kind="safety"),
    _C("infection", "infection",
       (r"infect\w*", r"septic\w*", r"sepsis", r"contaminat\w*", r"bacteria\w*"),
       _tiab("infection*", "infectious", "septic*", "bacter*", "contamina*"), kind="safety"),
    _C("allergy", "allergic and granulomatous reactions",
       (r"allerg\w*", r"hypersensitiv\w*", r"granulom\w*", r"anaphyla\w*"),
       _tiab("allerg*", "hypersensitivity", "granuloma*", "contact dermatitis"), kind="safety"),
    _C("birth-defects", "birth defects in pregnancy",
       (r"birth\s+defects?", r"pregnan\w*", r"teratogen\w*", r"unborn"),
       _tiab("teratogen*", "birth defect*", "congenital abnormalit*", "pregnan*"), kind="safety"),
    _C("photosensitivity", "sun sensitivity",
       (r"sensitive\s+to\s+(?:the\s+)?sun(?:light)?", r"photosensitiv\w*", r"sunburn\w*", r"sun\s+sensitivity"),
       _tiab("photosensitiv*", "sunburn*", "phototoxic*"), kind="safety"),
    _C("eye-damage", "eye damage", (r"eyes?", r"retina\w*", r"vision", r"ocular"),
       _tiab("retina*", "ocular", "eye damage", "eye safety", "photoretinopathy"), kind="safety"),
    # "\b" before the look-ahead: without it "burns calories" backtracks to "burn" + "s"
    _C("burns", "burns", (r"(?:burns?|burning)\b(?!\s+(?:[\w-]+\s+){0,4}?(?:fat|calories|kilojoules)\b)",), _tiab("burn*", "thermal injury"), kind="safety"),
    _C("needle-breakage", "needle breakage and fragments",
       (r"(?:easily\s+)?broken", r"break(?:ing|s)?(?=\s+(?:them|off))", r"fragments?"),
       _tiab("needle breakage", "fragment*", "foreign body"), kind="safety"),
    # "painkillers" is a drug, not pain: a table word inside a compound names something else.
    # "hurt" with a person as object ("won't hurt you", "get yourself hurt") is harm in general
    _C("pain", "pain", (r"pain(?:s|ful|fully|less|lessly|lessness)?",
                        r"(?<!yourself\s)(?<!get\s)(?<!got\s)hurt(?:s|ing)?(?!\s+(?:you|yourself|anyone|anybody|people|"
                        r"them|us|me|him|her)\b)", r"discomfort", r"numbing"),
       _tiab("pain", "discomfort", "pain score*"), kind="safety"),
    _C("scars", "scarring", (r"scar\w*", r"cicatri\w*"),
       _tiab("scar", "scars", "scarring", "cicatri*")),
    _C("inflammatory-skin-disease", "inflammatory skin disease",
       (r"psoria\w*", r"(?:atopic\s+)?dermatitis", r"eczema", r"rosacea", r"couperos\w*", r"lupus\w*", r"warts?"),
       _tiab("psoria*", "atopic dermatitis", "eczema", "rosacea", "dermatitis"), kind="safety"),
    _C("gut-health", "gut health", (r"leaky\s+gut", r"gut(?:\s+health)?", r"intestinal\s+permeability", r"digestion"),
       _tiab("intestinal permeability", "leaky gut", "gut barrier")),
    _C("nails", "nail strength", (r"nails?",), _tiab("nail*", "onychoschizia", "brittle nail*")),
    _C("adverse-effects", "adverse effects",
       (r"side[\s-]effects?", r"adverse\s+(?:effects?|events?|reactions?)", r"complications?", r"risks?", r"safe\w*",
        r"danger\w*", r"harm\w*", r"sequelae", r"disfigure\w*", r"gentle", r"damage\w*", r"injur\w*",
        r"hurt(?:s|ing)?\s+(?:you|yourself|anyone|anybody|people|them|us|me|him|her)\b",
        r"(?:get|gets|got|getting)\s+(?:yourself\s+|themselves\s+|myself\s+)?hurt"),
       # "adverse effects"[sh]: PubMed indexes a harm of a treatment as that subheading on the treatment's
       # heading ("Low-Level Light Therapy/adverse effects"), often the only harm word a case report has
       _tiab("adverse effect*", "adverse event*", "adverse reaction*", "side effect*", "complication*", "safety",
             '"adverse effects"[sh]', *SERIOUS_HARM_TERMS),  # VERD4: serious by definition (ICH E2A), harms.py
       kind="safety"),
)

_INTERVENTION_BY_KEY = {c.key: c for c in INTERVENTIONS}
_OUTCOME_BY_KEY = {c.key: c for c in OUTCOMES}


# ---------------------------------------------------------------------------------------------
# Cue lexicons (general English / health-writing cues; nothing here is specific to one article)


def _verb_forms(base: str) -> str:
    """A regex for a verb's inflections: treat -> treat|treats|treated|treating."""
    if " " in base:
        head, rest = base.split(" ", 1)
        return _verb_forms(head) + r"\s+" + r"\s+".join(re.escape(w) for w in rest.split())
    irregular = {"lead": "lead|leads|led|leading", "make": "make|makes|made|making",
                 "give": "give|gives|gave|given|giving", "get": "get|gets|got|getting",
                 "break": "break|breaks|broke|broken|breaking", "speed": "speed|speeds|sped|speeding",
                 "slow": "slow|slows|slowed|slowing", "fight": "fight|fights|fought|fighting",
                 "hurt": "hurt|hurts|hurting", "burn": "burn|burns|burned|burnt|burning",
                 "bind": "bind|binds|bound|binding", "open": "open|opens|opened|opening",
                 "even": "even|evens|evened|evening", "kill": "kill|kills|killed|killing",
                 "leave": "leave|leaves|left|leaving", "tear": "tear|tears|tore|torn|tearing",
                 "go": "go|goes|went|gone|going", "fall": "fall|falls|fell|fallen|falling",
                 "rise": "rise|rises|rose|risen|rising", "stop": "stop|stops|stopped|stopping",
                 "drop": "drop|drops|dropped|dropping", "cut": "cut|cuts|cutting",
                 "shrink": "shrink|shrinks|shrank|shrunk|shrunken|shrinking",
                 "regrow": "regrow|regrows|regrew|regrown|regrowing"}
    if base in irregular:
        return f"(?:{irregular[base]})"
    if base.endswith("e"):
        stem = base[:-1]
        return f"(?:{base}|{base}s|{base}d|{stem}ing)"
    if base.endswith("y") and base[-2] not in "aeiou":
        stem = base[:-1]
        return f"(?:{base}|{stem}ies|{stem}ied|{base}ing)"
    if re.search(r"(?:s|sh|ch|x|z)$", base):
        return f"(?:{base}|{base}es|{base}ed|{base}ing)"
    return f"(?:{base}|{base}s|{base}ed|{base}ing)"


BENEFIT_VERBS = (
    "improve", "reduce", "increase", "boost", "stimulate", "promote", "induce", "treat", "heal", "remove",
    "eliminate", "erase", "fade", "smooth", "tighten", "lift", "rejuvenate", "repair", "restore",
    "strengthen", "thicken", "relieve", "slow", "prevent", "protect", "kill", "fight", "defeat", "clear",
    "unclog", "brighten", "whiten", "lighten", "hydrate", "moisturize", "moisturise", "plump", "firm",
    "accelerate", "enhance", "penetrate", "absorb", "deliver", "lessen", "lower", "decrease", "diminish",
    "minimize", "minimise", "shrink", "regrow", "regenerate", "produce", "convert", "bind", "signal",
    "reverse", "combat", "inhibit", "cure", "rebuild", "nourish", "saturate", "bypass", "achieve",
    "activate", "soothe", "renew", "refine", "speed up", "even out", "get rid of", "result in", "help",
    "support", "benefit", "work", "open", "pierce", "puncture", "target", "disinfect", "subside",
    "disappear", "recover", "enter", "reach", "make", "give", "offer", "smoothe", "defend", "lead to",
    # verbs of change in amount or state, whatever changes ("went up 150%", "stops the virus")
    "rise", "raise", "fall", "drop", "go up", "go down", "halve", "double", "shorten", "stop", "cut", "destroy",
    "block", "gain", "fill in", "clear up", "calm",
    # verbs of passage through a barrier, as "penetrate" ("can't get past the surface")
    "get past", "get through", "pass through",
)
HARM_VERBS = (
    "cause", "trigger", "worsen", "aggravate", "damage", "burn", "irritate", "harm", "hurt", "injure",
    "infect", "break", "carry", "pose", "end up", "leave", "exacerbate", "provoke", "hit", "interfere with",
    "break out", "sting",
)
# a word after a hyphen is part of a compound ("FDA-cleared", "sun-damaged"), never a verb
_BENEFIT_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_verb_forms(v) for v in BENEFIT_VERBS) + r")\b", re.I)
_HARM_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_verb_forms(v) for v in HARM_VERBS) + r")\b", re.I)
# Effect stated with a noun or adjective instead of a verb.
_EFFECT_NOUN_RE = re.compile(
    r"\b(?:effect(?:s|ive|ively|iveness)?|efficacy|beneficial|benefits?|treatment\s+(?:of|for)|"
    r"used\s+(?:to|in|for)|in\s+the\s+fight\s+against|reduction|improvement|increase\s+in|"
    r"results?|works?|helps?|cure|remedy|difference|linked\s+to|associated\s+with|"
    # a noun of change with what changes ("a rise in a hormone"); English idioms of no effect
    r"(?:rise|fall|drop|decline|gain|loss|decrease)s?\s+in|(?:does|do|did)\s+nothing|"
    r"(?:can(?:not|['’]t)|won['’]t|doesn['’]t|does\s+not|do\s+not|don['’]t|did\s+not|didn['’]t)\s+do\s+(?:much|anything)|therapy\s+for|good\s+for|better\s+for|aimed\s+at|"
    r"(?:not\s+)?(?:recommended|suitable|advised)\s+for|contraindicat\w*|potent|excellent)\b", re.I)
_RISK_RE = re.compile(
    r"\b(?:risks?|risky|side[\s-]effects?|adverse|complications?|safe|safely|safety|unsafe|danger\w*|"
    r"harm\w*|hazard\w*|toxic\w*|sequelae|contraindicat\w*|not\s+(?:recommended|suitable|advised)|"
    r"gentle|painful|(?<!joint\s)pain|infection\w*|disfigure\w*|injur\w*|downsides?|drawbacks?)\b", re.I)
_NUMBER_RE = re.compile(
    r"(?:\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b|-?fold\b|times\b|x\b|mm\b|nm\b|nanomet\w+|"
    r"mg\b|g\b|grams?\b|weeks?\b|days?\b|months?\b|hours?\b|minutes?\b|years?\b)"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few|a\s+couple\s+of)[\s-]?(?:fold|times|weeks|days|"
    r"months|hours)\b|\bhalf\b|\bdouble[sd]?\b|\btriple[sd]?\b"
    # a proportion in words: "nine out of ten", "one person in sixteen"
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+[a-z]+)?\s+(?:out\s+of|in)\s+(?:every\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|[a-z]+teen)\b)", re.I)
_SUPERLATIVE_RE = re.compile(
    r"\b(?:most\s+\w+|best|by\s+far|the\s+only|only\s+\w+\s+that|number\s+one|#1|gold[\s-]standard|"
    r"ultimate|unrivall?ed|unmatched|superior|miracle|revolutionary|breakthrough)\b", re.I)
_EVIDENCE_RE = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|research(?:ers)?|clinical(?:ly)?|proven|evidence|scientific(?:ally)?|"
    r"FDA|meta-analys\w+|placebo)\b", re.I)
_COMPARATIVE_RE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|unlike|superior\s+to|higher|lower\s+risk|"
    r"better(?!\s+to\b)|worse|more\s+(?:effective|efficient\w*|potent)|less\s+effective|longer|"
    r"most\s+(?:potent|effective|proven|studied|powerful))\b", re.I)

# Absolute wording makes a sentence more check-worthy (the claim's strength itself is read by
# frames.strength_of).
_ABSOLUTE_RE = re.compile(
    r"\b(?:completely|totally|entirely|permanent|permanently|always|never|guarantee[ds]?|100\s?%|all\s+skin|"
    r"everyone|every\s+(?:skin|person|user)|no\s+side[\s-]effects?|no\s+risks?|no\s+need|not\s+possible|"
    r"impossible|by\s+far|will(?!\s+not\s+be\s+able)|won['’]t|cannot|can['’]?not|erase[sd]?|cure[sd]?|"
    r"eliminate[sd]?|zero)\b", re.I)

_QUESTION_START = re.compile(
    r"^(?:what|why|how|when|where|who|which|is|are|do|does|did|can|could|should|would|will|have|has)\b", re.I)
# Sentences that begin with an imperative are advice ("Apply...", "Don't...", "Start with...").
_IMPERATIVES = (
    "apply", "avoid", "be", "buy", "check", "choose", "cleanse", "consult", "consider", "do", "don't",
    "don’t", "do not", "follow", "get", "keep", "limit", "look", "make sure", "mix", "never", "order",
    "pair", "postpone", "refrain", "remember", "see", "shop", "sign", "start", "stop", "subscribe",
    "take", "talk", "try", "use", "wait", "wear", "wash", "click", "join", "book", "ask", "let",
    "skip", "add", "store", "patch", "test", "read", "learn", "discover", "find", "visit", "call",
)
_IMPERATIVE_RE = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _IMPERATIVES) + r")\b", re.I)
_ADVICE_RE = re.compile(
    r"\b(?:you\s+should|we\s+recommend|(?:is|are)\s+(?:highly\s+)?recommended\s+to|it['’]?s\s+(?:really\s+)?"
    r"important\s+to|it\s+is\s+(?:really\s+)?important\s+to|it\s+is\s+better\s+to|make\s+sure|advis\w+|"
    r"recommended\s+to|don['’]t\s+forget|be\s+sure\s+to|is\s+a\s+must)\b", re.I)
_FLUFF_RE = re.compile(
    r"\b(?:shop\s+now|buy\s+now|subscribe|sign\s+up|newsletter|free\s+shipping|discount|coupon|promo|"
    r"affiliate|all\s+rights\s+reserved|paid\s+users|upgrade|click\s+here|lovingly|crafted|you['’]?ll\s+"
    r"(?:love|adore)|you\s+will\s+(?:love|adore)|we\s+love|luxury|luxurious|self-care\s+routine|"
    r"red[\s-]carpet|game[\s-]changer|holy\s+grail|must[\s-]have|"
    r"categories|leave\s+a\s+comment|read\s+more|save\s+\d+\s?%|"
    r"order\s+today)\b",
    re.I)
# The seller's own product named as such ("our favourite blend", "our clinic") marks marketing copy
# unless the sentence says what it does: a product an effect verb takes as subject makes a claim
# ("Our favourite blend, Rosemary Root Revival, regrows hair overnight").
_OWN_PRODUCT_RE = re.compile(r"\bour\s+(?:\w+\s+){0,3}(?:blend|formula|product|range|clinic)\b", re.I)


def _marketing_copy(s_text: str) -> bool:
    if _FLUFF_RE.search(s_text):
        return True
    own = _OWN_PRODUCT_RE.search(s_text)
    return own is not None and not any(_verb_use(s_text, m) and m.start() > own.end() for m in effect_verbs(s_text))
_META_RE = re.compile(r"\b(?:this|the|our)\s+(?:video|article|post|section|guide|episode|podcast)\s+"
                      r"(?:discuss|explain|cover|delve|talk|look|review|explore|describe)\w*", re.I)
# the writer as subject ("I think", "I love"): an opinion; a possessive ("my patients", "my hair")
# introduces an observation, which is a claim
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’]m|I\s+don['’]t|me)\b")
_PRONOUN_SUBJECT_RE = re.compile(
    r"\b(?:it|they|this|these|the\s+(?:procedure|treatment|therapy|technique|device|devices|mask|masks|"
    r"roller|rollers|needles?|supplements?|serum|cream|product|ingredient|method|machine|"
    r"session|sessions|practice))\b", re.I)
_OPINION_RE = re.compile(r"^(?:we|you)\s+(?:know|looked|have|are|can\s+see)\b|\bwhat\s+does\s+the\s+science\s+say\b",
                         re.I)


# ---------------------------------------------------------------------------------------------
# Segmentation with offsets


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int  # exclusive; trailing punctuation excluded
    heading: bool  # a line that is a title/heading/label rather than prose
    question: bool
    line_start: int


_ABBREV = {"e.g", "i.e", "vs", "etc", "dr", "mr", "mrs", "ms", "prof", "st", "no", "fig", "approx", "ca", "cf",
           "al", "inc", "ltd", "jr", "sr"}
_BULLET_RE = re.compile(r"(?:[-–—*•·▪►✓✔→>]+|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))\s*")
# (SPLIT7) a reference mark after the full stop (".[3] Retinaldehyde ...", ".¹² Next ...", ".[citation needed]")
# belongs to no sentence: the next sentence starts after it, the sentence before ends at its full stop
_CITATION = r"(?:\[(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[a-z][a-z ]{2,24})\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,–-][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)"
_BOUNDARY_RE = re.compile(r"([.!?…]+)([\"'”’)\]]*)(" + _CITATION + r"*\s+|" + _CITATION + r"+(?=[A-Z]))"
                          r"(?=[\"'“‘(\[]?[A-Z0-9])")
_TRAILING_CITATION_RE = re.compile(r"(?<=[.!?…\"'”’)])" + _CITATION + r"+\s*$")
_LABEL_RE = re.compile(r"([A-Z][^:.!?\n]{0,40}):\s+(?=[\"“‘(]?[A-Z])")


def _skip_lead(text: str, i: int, end: int) -> int:
    """Skip whitespace, bullet markers, emoji and other symbols at the start of a line."""
    while i < end:
        m = _BULLET_RE.match(text, i, end)
        if m and m.end() > i:
            i = m.end()
            continue
        ch = text[i]
        cat = unicodedata.category(ch)
        if ch.isspace() or cat in ("So", "Sk", "Cf", "Mn", "Co", "Cn") or ch in "-–—*•·|":
            i += 1
            continue
        break
    return i


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "-–—•*\"“”"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!…\"“”"):
        end -= 1
    return start, end


# '"It cut my shedding in half," says Dr X, who ...': the attribution is not part of the quote.
_ATTRIBUTION_RE = re.compile(r"[,.!?]?[\"”’]\s*,?\s*(?:says|said|explains|explained|notes|noted|adds|added|"
                             r"according\s+to|writes|wrote|claims|claimed|insists|swears|told)\b", re.I)


# '"... Can it do the same job?" - Leila, Bristol': a reader's letter quoted whole and signed with a dash
# and a name; the signature is no part of the letter's last sentence (REC13)
# (a name in capitals, then what places the writer after a comma in any case: "- Olivia, October class")
_SIGNATURE = r"[ \t]+[-–—]+[ \t]*[A-Z][\w'’.-]*(?:,?[ \t]+[A-Z][\w'’.-]*){0,4}(?:,[ \t]*[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,3})?[ \t]*$"
_SIGNOFF_RE = re.compile(r"(?<=[\"”’])" + _SIGNATURE)


# a quotation signed whole: a reader's letter when it asks something ('"... Worth it?" - Tia, Bath': what the
# article answers), else a testimonial, the writer's own words published as a claim (RECALL4)
_SIGNED_LETTER_RE = re.compile(r"^[ \t]*[\"“‘][^\n]*[\"”’]" + _SIGNATURE, re.M)


def _initial(text: str, seg_start: int, dot: int) -> bool:
    """Is the letter before `dot` an initial ("J. Smith") rather than "vitamin A." ending a sentence?"""
    prev = re.search(r"(\S+)\s+\S$", text[seg_start:dot])
    return prev is None or prev.group(1)[:1].isupper()


def _table_row(text: str, line_start: int, line_end: int) -> list[tuple[int, int]] | None:
    """The cells of a table row line ("| a | b |") as trimmed spans; None for any other line."""
    line = text[line_start:line_end]
    if not line.lstrip().startswith("|") or line.count("|") < 3:
        return None
    bars = [line_start + m.start() for m in re.finditer(r"\|", line)]
    cells = []
    for a, b in zip(bars, bars[1:]):
        s, e = a + 1, b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        cells.append((s, e))
    return cells


def _row_head(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the row head of the table cell at `pos`, if `pos` is in a data cell."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    cells = _table_row(text, ls, le if le >= 0 else len(text))
    if not cells or pos < cells[0][1] or cells[0][1] <= cells[0][0]:
        return None
    return cells[0]


def _table_cells(text: str, line_start: int, line_end: int) -> list[_Sentence] | None:
    """A table row is one sentence per cell, never one run-on sentence across its columns: the head
    row's and the row head's cells are labels (headings); a data cell is read with its row head as
    its lead-in (`_lead_ins`) and about its column head (`_column_treatment`)."""
    cells = _table_row(text, line_start, line_end)
    if cells is None:
        return None
    if _TABLE_RULE_RE.fullmatch(text[line_start:line_end]):
        return []
    nxt_end = text.find("\n", line_end + 1)
    head_row = bool(_TABLE_RULE_RE.fullmatch(text[line_end + 1:nxt_end if nxt_end >= 0 else len(text)]))
    if head_row:
        return []  # the column heads label the cells below them
    out = []
    for s, e in cells[1:]:  # the row head labels the cells beside it
        if e > s:
            raw = text[s:e]
            out.append(_Sentence(s, e - 1 if raw.endswith((".", "!")) else e, False, raw.endswith("?"), s))
    return out


def sentences(text: str) -> list[_Sentence]:
    """Sentences of `text` as offset spans (newlines always end one)."""
    out: list[_Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        cells = _table_cells(text, line_start, line_end)
        if cells is not None:
            out.extend(cells)
            continue
        i = _skip_lead(text, line_start, line_end)
        if i >= line_end:
            continue
        pieces: list[tuple[int, int]] = []
        seg_start = i
        for m in _BOUNDARY_RE.finditer(text, i, line_end):
            before = text[seg_start:m.start(1)]
            last = re.search(r"([\w.]+)$", before)
            word = last.group(1).lower() if last else ""
            # "No." abbreviates "number" only before one ("No. 5"); "No. Rollers are ..." answers
            number_sign = word != "no" or text[m.end(3):m.end(3) + 1].isdigit()
            # (a letter after an apostrophe ends a contraction, "It doesn't.", not an initial)
            if (word in _ABBREV and number_sign) or (len(word) == 1 and word.isalpha() and m.group(1) == "."
                                                     and before[-2:-1] not in ("'", "’")
                                                     and _initial(text, seg_start, m.start(1))):
                continue
            pieces.append((seg_start, m.end(2)))
            seg_start = m.end(3)
        pieces.append((seg_start, line_end))
        if (tc := _TRAILING_CITATION_RE.search(text, seg_start, line_end)) is not None:
            pieces[-1] = (seg_start, tc.start())  # "... wrinkles.[citation needed]" ends at its full stop
        cut = []
        for ps, pe in pieces:
            am = _ATTRIBUTION_RE.search(text, ps, pe)
            if am is None and (so := _SIGNOFF_RE.search(text, ps, pe)) is not None:
                pe = so.start()
            cut.append((ps, am.start() + 1 if am and text[am.start()] not in "\"”’" else am.start()) if am else (ps, pe))
        pieces = cut
        raw_line = text[i:line_end].strip()
        # a signed quotation ends where its quotation does: its signature makes it no heading (RECALL4)
        signed = _SIGNOFF_RE.search(raw_line)
        terminal = raw_line[:signed.start() if signed else len(raw_line)].rstrip("\"”’").endswith((".", "!", "?", "…", ".)", '."', ".”"))
        n_words = len(raw_line.split())
        # A bullet item without a full stop is a list item, not a heading ("- thicker, fuller hair").
        bullet = i > line_start and bool(_BULLET_RE.match(text, line_start + len(line) - len(line.lstrip()), line_end))
        line_heading = (len(pieces) == 1 and not terminal and (n_words <= 12 or raw_line.endswith(":"))
                        and not (bullet and n_words >= 2 and not raw_line.endswith(":")))
        for s, e in pieces:
            # a time code opening a transcript or subtitle line ("[0:14] ON SCREEN TEXT: ...") is no
            # part of its sentence (OUT11)
            if (tc := _TIME_CODE_RE.match(text, s, e)) is not None:
                s = tc.end()
            # a chat export's stamp and sender ("[03/11/2026, 07:15] Priya: ...") are no part of the message,
            # and a message is said, not a heading, however short and unpunctuated (RECALL2)
            chat = _CHAT_MESSAGE_RE.match(text, s, e) if s == i else None
            if chat is not None:
                s = chat.end()
            # "Less pain: Clinics that ..." - the label is a heading, the rest is prose.
            # (an all-capitals speaker or caption label may introduce any text: "ON SCREEN TEXT: 2x fuller")
            lm = None if chat is not None else _LABEL_RE.match(text, s, e) or _CAPS_LABEL_RE.match(text, s, e)
            heading = line_heading and chat is None
            if lm and len(lm.group(1).split()) <= 5:
                ls, le = _trim(text, s, lm.start() + len(lm.group(1)))
                if le > ls:
                    out.append(_Sentence(ls, le, True, False, line_start))
                s = lm.end()
                # what a speaker's or caption's label introduces is said, not a heading ("ON SCREEN
                # TEXT: Results last up to 6 months"); a short rest ("DAY 7") stays a label (OUT11)
                heading = line_heading and (len(text[s:e].split()) < 4 or not lm.group(1).isupper())
            raw = text[s:e].rstrip()
            question = raw.endswith(("?", "?”", '?"')) or bool(line_heading and _QUESTION_START.match(raw))
            ts, te = _trim(text, s, e)
            if te <= ts:
                continue
            out.append(_Sentence(ts, te, heading, question, line_start))
    return out


# A speaker's label: a name in capitals, with its title's abbreviation ("DR. LEE: ..."), or a platform
# handle ("u/esthetician_jo: ...", "@glowbyjo: ..."): what follows is what that speaker says (GOLD10)
_CAPS_LABEL_RE = re.compile(r"([A-Z][A-Z ]{1,40}|(?:[A-Z]{2,4}\.\s)[A-Z][A-Z ]{1,36}|(?:u/|@)[\w.-]{2,40}):\s+(?=\S)")
_TIME_CODE_RE = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")
_POSSESSIVE_PRONOUN_RE = re.compile(r"mine|yours|hers|ours|theirs", re.I)
# a chat export's message stamp: a date and a clock time (bracketed, or followed by a dash) and the sender's
# name of up to three words before a colon
_CHAT_MESSAGE_RE = re.compile(r"[\[(]?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?"
                            r"(?:[\])]\s*|\s+[-–—]\s+)(?:[^\s:\[\]][^:\n]{0,30}?:\s+)?")


# ---------------------------------------------------------------------------------------------
# Clause units and list items


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


# (SPLIT7) a comparative of advantage that ends its clause, its standard ("than X") elided: "and irritates far less"
_ELIDED_STANDARD_RE = re.compile(r"\b(?:far|much|even|a\s+lot|a\s+little|slightly|a\s+bit)?\s*(?:less|fewer|better|faster)"
                                 r"(?:\s+(?:too|again|overall|still))?\W*\Z", re.I)


# (SPLIT7) a clause's subject opened by a determiner, a possessive or a quantifier, its finite auxiliaries
# (negated ones too: "wasn't", "didn't") and the existential "there is"
_SUBJECT_DET = (r"(?:a|an|my|our|your|his|her|their|its|the|this|these|those|some|many|most|no|every|each|both|all|"
                r"a\s+few|none\s+of\s+(?:the|my|our|their|these|those))")
_AUX = (r"(?:is|are|was|were|has|have|had|can|may|might|will|would|could|should|must|does|do|did|"
        r"[a-z]{2,}n['’]t|cannot)")
_THERE_IS = r"there\s+(?:is|are|was|were|has|have|had)\b|there['’]s\b"


# Clause breaks: (separator dropped, next clause kept). The next clause keeps its connective
# ("which ...", "because ...", "by stimulating ...") so it still reads as a claim.
_CLAUSE_BREAK_RE = re.compile(
    # ("X, though, was rare": "though" set off by commas is a parenthetical adverb, no clause of its own)
    r"(?P<sep>;\s+|,\s+|\s+)(?=(?:but|which|while|though(?!\s*,)|although|thus|whereas|because|resulting\s+in|"
    r"leading\s+to|so\s+(?!that|much|many|far)|by\s+\w+ing)\b)"
    r"|(?P<sep2>,\s+)(?=(?:increasing|stimulating|promoting|reducing|improving|making|allowing|opening|"
    r"creating|causing|helping)\b"
    # any participial clause after a comma that takes a determined object ("..., emphasizing the ...")
    r"|[a-z]{3,}ing\s+(?:the|a|an|its|their|your|his|her|our|this|these|those)\s)"
    r"|(?P<sep3>;\s+)|(?P<sep4>,\s+)(?=as\s+(?:the|it|this|they|these)\b)"
    # ", and some clinics claim ...": a new subject starts an independent clause.
    r"|(?P<sep5>,\s+(?:and|but|while)\s+)(?=(?:it|they|this|these|some|many|most|other|others|the|its|their|I|we|"
    r"you|he|she)\b)"
    # ", and rosemary oil was ...", ", and at such doses it has ...": a subject and its verb follow.
    r"|(?P<sep6>,\s+(?:and|but)\s+)(?=(?:[\w'’%-]+\s+){1,5}(?:is|are|was|were|has|have|had|can|may|might|will|"
    r"could|does|do|did|won['’]t|can['’]t|isn['’]t|doesn['’]t)\b"
    # ", and can be performed in-office": a modal after ", and" opens a coordinated predicate
    r"|(?:can|may|might|will|could)\s+(?:also\s+)?(?:be\s+)?[a-z]+\b"
    # ", and used twice a week it clears ...": a pronoun subject after a short opening phrase
    r"|(?:[\w'’%-]+\s+){1,5}(?:it|they|he|she|we|you)\s+(?!(?:to|and|or|as|that|the)\b)[a-z]+\b)"
    # "This pen is painless and it fades acne scars": without a comma too, "and" + a subject
    # pronoun + a finite verb opens an independent clause (a subject-case pronoun is no object
    # conjunct) (TRAP8)
    r"|(?P<sep14>\s+(?:and|but)\s+)(?=(?:it|they|he|she|we)\s+(?:\w+ly\s+)?(?:[a-z]{2,}[^su\W]s|is|are|was|were|has|have|had|"
    r"can|may|might|will|could|does|do|did|won['’]t|can['’]t|doesn['’]t|don['’]t|isn['’]t|aren['’]t)\b)"
    # "speeds up your metabolism and has no side effects", "boosts energy without the jitters":
    # a denial of harm joined to a benefit is a claim of its own
    # (a bare comma too, "regrows hair better than the foam, has no side effects at this dose and ...": a
    # predicate in a series of coordinated predicates, SGN17)
    r"|(?P<sep7>,\s+(?:and\s+)?|\s+and\s+)(?=(?:has|have|is|are|causes?|gives?)\s+(?:no|zero)\b|(?:never|won['’]t|doesn['’]t|"
    # (SPLIT7: a negated "can" too, "... and cannot cause an infection")
    r"does\s+not|will\s+not|cannot|can['’]t|can\s+not)\s)"
    # a series of clauses "A, B, and C" (asyndetic coordination closed by ", and"): a subject pronoun and its finite
    # verb after a middle comma open a clause of its own ("grows more hair than the 2%, it is safe to use for years,
    # and nobody should ...", SGN17); without the closing ", and" the comma may end a fronted adverbial instead
    r"|(?P<sep15>,\s+)(?=(?:it|they)\s+(?:is|are|was|were|has|have|can|will|works?|does|do)\b[^.;!?]*?,\s+and\s)"
    # "makes you stronger, it does not damage healthy kidneys": a comma splice whose second clause is
    # a subject pronoun with a negated finite auxiliary is a clause of its own, a denial (OUTL)
    r"|(?P<sep16>,\s+)(?=(?:it|they)\s+(?:(?:does|do|did|will|would|can|could|is|are|was|were|has|have)\s+not|"
    r"won['’]t|can['’]t|isn['’]t|aren['’]t|doesn['’]t|don['’]t|didn['’]t|wasn['’]t|hasn['’]t|haven['’]t)\b)"
    # (not after a negator: "is not without risks" affirms the harm, it denies nothing)
    r"|(?P<sep8>(?<!\bnot)(?<!\bnever)(?<!n['’]t),?\s+)(?=(?:without|minus|with\s+none\s+of)\s+(?:the\s+|any\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:" + HARM_NOUNS + r")\b)"
    # ", with a few days of redness": an accompanying circumstance is a claim of its own
    r"|(?P<sep11>,\s+)(?=with\s+(?:a|an|some|mild|minor|little|few|only|occasional|temporary)\b)"
    # (SPLIT7) "works as well as blue light with fewer reactions", ", with none of that itchy scalp": a comparative or
    # denied quantity of harm after "with" is a claim about harm of its own, as "with no X" is (sep13)
    r"|(?P<sep19>,?\s+)(?=with\s+(?:far\s+|much\s+)?(?:fewer|less|none\s+of)\s+(?:\w+\s+){0,2}(?:"
    + HARM_NOUNS + r"|effects?|reactions?)\b)"
    # (SPLIT7) "..., and my hair wasn't greasy either", "... and my jawline looks sharper", ", and a caffeine shampoo
    # reduces shedding": after "and"/"but", a determined noun phrase (or "there") with a finite verb of its own is the
    # subject of a coordinated clause, an assertion of its own; English marks the verb by an auxiliary (a negated
    # one too) or, after a comma, by tense or agreement; without a comma only an auxiliary, a copula or a linking
    # verb does ("and the redness and the swelling" is one object)
    r"|(?P<sep17>,\s+(?:and|but)\s+)(?=(?:" + _THERE_IS + r"|" + _SUBJECT_DET + r"\s+(?:[\w'’%-]+\s+){0,4}?(?:\w+ly\s+)?"
    r"(?:" + _AUX + r"|[a-z]{3,}ed|[a-z]{2,}[^su\W']s)\b))"
    r"|(?P<sep18>\s+(?:and|but)\s+)(?=(?:" + _THERE_IS + r"|" + _SUBJECT_DET + r"\s+(?:[\w'’%-]+\s+){0,3}?(?:\w+ly\s+)?"
    r"(?:" + _AUX + r"|(?:looks?|looked|feels?|felt|seems?|seemed)\s+(?!like\b)[a-z]+)\b))"
    # ", and people usually noticed a difference": a people subject with its own past-tense verb
    # opens a clause of its own (OUT9)
    r"|(?P<sep12>,?\s+(?:and|but)\s+)(?=(?:people|users|patients|participants|customers|clients|everyone|nobody)\s+(?:\w+ly\s+)?[a-z]{3,}ed\b)"
    # "promotes hair growth with no toxic effects": "with no X" denies X as "without X" does
    r"|(?P<sep13>,?\s+)(?=with\s+(?:no|zero)\s+(?:\w+\s+){0,2}(?:" + HARM_NOUNS + r"|effects?)\b)"
    # reported speech: what someone says, tells or reports is the claim, the framing is not
    # ("Our customers tell us they feel calmer", "the label says the shampoo is ...")
    # (an infinitive or modal "to say", "can say" reports no one's speech: "it would be wrong to say X")
    r"|(?P<sep9>(?<!\bto)(?<!\bcan)(?<!\bcould)\s+(?:says?|said(?!\s+to\b)|tells?\s+(?:us|me|you|them)|told\s+(?:us|me|you|them)|(?:reports?|reported|"
    r"claims?|claimed|insists?|swears?|believes?)\s+that)\s+(?:that\s+)?)(?=[\w\"“‘])"
    # a colon that opens a quotation ("X was blunt: \"If you are not deficient, ...\"") or a
    # clause that explains the one before ("... a different matter: they have been linked to ...")
    r"|(?P<sep10>:\s+)(?=[\"“‘]|[a-z]+\s+[a-z]+\s+[a-z]+)",
    re.I)
# Coordinated verb phrases: ", fades ..." / " and evens out ..." / ", and may slow ...".
_COORD_RE = re.compile(r"(?:,\s+and\s+|,\s+or\s+|\s+and\s+|,\s+)(?=(?:(?:may|might|can|could|will|also|even|"
                       r"further|directly|greatly|not\s+only)\s+){0,2}(?P<verb>\w+))", re.I)
_SEP_RE = re.compile(r",|\s(?:and|or)\s", re.I)
_ITEM_SEP_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+|\s+plus\s+", re.I)
_LIST_STOP_RE = re.compile(
    # "in" + a plural noun or a group ("in adults", "in people with ...") qualifies the whole list
    r"\s+(?:by|in\s+(?:[a-z]+[^s\W]s|people|men|women|children|those|the\s+first)\b|to\s+(?:ensure|"
    r"make|avoid|the|your)|with\s+the|after|within|during|due\s+to|because|which|that|so|without|"
    r"from|for\s+(?:effective|those|people|individuals)|if|when|though|as|since|while)\b|[;:(]|\s+-\s+|—", re.I)
_LIST_CUE_RE = re.compile(
    r"\b(?:such\s+as|like|including|include|includes|included|involving|with|against|e\.g\.|"
    r"for\s+(?:treating|the\s+treatment\s+of))\s+", re.I)
_FILLER_ITEM_RE = re.compile(r"^(?:in\s+rare\s+cases|rarely|even|also|more|etc|and\s+more|others?|"
                             r"many\s+more|so\s+on)$", re.I)
_TRAILING_WORD_RE = re.compile(r"(?:[\s,;:]+(?:and|or|but|which|so|because|as|that|then|the|a|an|potentially|"
                               r"possibly|perhaps|probably|partly|mainly|mostly|also|even|thus|hence))+\s*$", re.I)
_LEADING_MODAL_RE = re.compile(r"(?:\b(?:can|may|might|could|will|also|not|is|are|be|it['’]s|is\s+not|both|"
                               r"only)\s+)+$", re.I)


# "looked more even": after a degree word, "even" is the adjective (level, uniform), not the focus adverb
_DEGREE_EVEN_RE = re.compile(r"\b(?:more|less|most|least|very|so|too|as|really|perfectly)\s+even\W*$", re.I)


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, bullets, end punctuation and dangling connectives off a span."""
    start, end = _trim(text, start, end)
    while True:
        m = _TRAILING_WORD_RE.search(text, max(start, end - 80), end)  # the tail only: linear time
        if not m or m.start() <= start or _DEGREE_EVEN_RE.search(text, max(start, m.start() - 12), end):
            # ("more even", "so even": after a degree word "even" is the adjective, REC15)
            break
        start, end = _trim(text, start, m.start())
    return start, end


def _is_verb_at(text: str, pos: int) -> bool:
    m = _BENEFIT_RE.match(text, pos) or _HARM_RE.match(text, pos)
    return m is not None and _verb_use(text, m)


def _verb_use(text: str, m: re.Match[str]) -> bool:
    """False when an effect word is used as a noun or adjective ("the help of", "the treated area")."""
    before = re.search(r"(\w+)\W*$", text[max(0, m.start() - 30):m.start()])
    prev = before.group(1).lower() if before else ""
    word = m.group(0).lower().split()[0]
    if word.endswith(("ing", "ed")):
        return prev not in _DETERMINERS  # "the treated area", "a soothing mask"
    return prev not in _NOUN_CONTEXT  # "the help of", "skin damage", "a quick repair"


def effect_verbs(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Benefit and harm verbs used as verbs in text[start:end], in order."""
    end = len(text) if end is None else end
    found = [m for rx in (_BENEFIT_RE, _HARM_RE) for m in rx.finditer(text, start, end) if _verb_use(text, m)]
    return sorted(found, key=lambda m: m.start())


_DETERMINERS = frozenset("the a an this that these those its their his her your our my some no any".split())
_NOUN_CONTEXT = _DETERMINERS | frozenset("of with tissue skin been little much further quick small minor".split())
_WEAK_VERB_RE = re.compile(r"^(?:help\w*|make|makes|made|making|give\w*|gave|offer\w*|open\w*|enter\w*|reach\w*|"
                           r"achiev\w*|work\w*|support\w*|target\w*|benefit\w*|produc\w*|leav\w*|left)$", re.I)
_CLAUSE_ITEM_RE = re.compile(r"\b(?:is|are|was|were|become|becomes|has|have|had|can|may|will|would|could|should|"
                             r"does|do)\b", re.I)


# a comparison a few words after a weak verb: "works for women as well as men", "works better than the foam"
_WEAK_COMPARED_RE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:as\s+well\s+as|as\s+[a-z-]+\s+as|[a-z]+er\s+than|"
                               r"more\s+[a-z-]+\s+than)\b", re.I)


def _carries_verb(text: str, pos: int, end: int) -> bool:
    """Is the word after `pos` (past an optional "to") an effect verb, as in "helps (to) heal"?"""
    gap = re.match(r"\s*(?:to\s+)?", text[pos:end])
    nxt = pos + (gap.end() if gap else 0)
    return nxt < end and _is_verb_at(text, nxt)


# English marks a finite verb after "and" by its agreement and its object: "relaxes the muscles
# and calms the nervous system" ("-s" word + determiner), whatever the verb is.
_THIRD_PERSON_VERB_RE = re.compile(r"(?!(?:is|was|has|does|this|its|his|us|as|plus|less|thus)\b)[a-z]+[^s\W]s\s+"
                                   r"(?:the|your|its|their|his|her|our|a|an|any|some)\s", re.I)


_BARE_S_VERB_RE = re.compile(r"(?!(?:is|was|has|does|this|its|his|us|as|plus|less|thus)\b)[a-z]{3,}[^su\W]s\s+[a-z]{3,}",
                             re.I)


# A relative clause that only gives its antecedent's time course ("which usually subsides within
# 3 hours", "which lasts for two days") is part of the claim it qualifies, not a claim of its own.
_TIME_COURSE_RE = re.compile(
    r"(?:which|that)\s+(?:\w+ly\s+)?(?:(?:will|may|can|should|might)\s+)?(?:\w+ly\s+)?\w+"
    r"(?:\s+(?:away|off|down|up))?\s+(?:with)?in\s+(?:about\s+|around\s+|roughly\s+)?"
    r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s*(?:-\s*\w+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?)\b"
    r"|(?:which|that)\s+(?:\w+ly\s+)?lasts?\s+(?:for\s+)?(?:up\s+to\s+)?(?:about\s+)?\w+\s+(?:minutes?|hours?|days?|weeks?)\b",
    re.I)


# A predicate that compares its subject with another thing, by English's equative and
# comparative forms ("as effective as", "gentler than", "more effective than", "superior to").
_COMPARISON_PRED_RE = re.compile(
    r"\s+(?:(?:\w+ly|just|even|at\s+least|every\s+bit)\s+)*(?:as\s+[a-z-]+\s+as|"
    # an equative of quantity ("grew as much hair as those using minoxidil", REC13)
    r"as\s+(?:much|many|little|few)\s+(?:[a-z-]+\s+){1,2}as|[a-z]+er\s+than|(?:more|less)\s+[a-z-]+"
    r"\s+than|(?:superior|inferior|equivalent|comparable)\s+to)\b", re.I)


# A subordinator opens a clause only when a finite verb follows it: "while pregnant", "while
# breastfeeding", "when used daily" are verbless adjuncts that restrict the clause they end, and a
# quote that drops them turns a narrow claim into a broad one (FIX21). English marks a finite verb by
# an auxiliary or modal, by a subject (a determiner or pronoun opening the adjunct) or by tense or
# agreement on a word after the first ("while coffee raises ...", "when caffeine helped ...").
_SUBORDINATOR_RE = re.compile(r"(?:while|when|whenever|if|though|although|once|unless|during|after|before)\s+", re.I)
_FINITE_MARK_RE = re.compile(
    r"\b(?:is|are|was|were|am|has|have|had|do|does|did|can|could|may|might|will|would|shall|should|must|"
    r"isn['’]t|aren['’]t|wasn['’]t|doesn['’]t|don['’]t|didn['’]t|can['’]t|won['’]t)\b|[a-z]['’](?:s|re|ve|ll|d|m)\b",
    re.I)
_SUBJECT_START = _DETERMINERS | frozenset("i you he she it we they one others someone everyone people nobody "
                                          "many most few several all both each".split())


def _verbless_adjunct(text: str, pos: int, end: int) -> bool:
    """Does text[pos:] open with a subordinator and a phrase without a finite verb up to the next
    comma, semicolon or colon (or `end`)?"""
    sub = _SUBORDINATOR_RE.match(text, pos, end)
    if sub is None:
        return False
    stop = re.compile(r"[,;:()]|\s[-–—]\s").search(text, sub.end(), end)
    rest = text[sub.end():stop.start() if stop else end]
    words = re.findall(r"[A-Za-z][\w'’-]*", rest)
    if not words or len(words) > 6 or _FINITE_MARK_RE.search(rest) or words[0].lower() in _SUBJECT_START:
        return False
    # a word after the first with a verb's tense or agreement ending is a finite verb
    return not any(re.fullmatch(r"[a-z]{2,}(?:[^su'\W]s|ed)", w) for w in words[1:])


# a fronted clause of reason with its own subject and finite verb, up to the comma that ends it
# (a temporal "since"/"as" takes no such verb: "Since October, ...", "As it ages, ...")
_FRONTED_REASON_RE = re.compile(r"(?P<r>\W*(?:because|since|as)\s+(?:it|they|this|these|the\s+[\w-]+|[A-Z][\w-]*)\s*"
                                r"(?:['’]s|['’]re|is|are|has|have|contains?|uses?)\s+[^,;:.!?]+?),\s+", re.I)
# the main clause after it: a subject and a finite verb
_MAIN_CLAUSE_RE = re.compile(r"(?:it|they|this|these|you|we|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
                             r"\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|can|may|might|will|would|could|does|do|did|"
                             r"won['’]t|can['’]t|isn['’]t|aren['’]t|doesn['’]t|don['’]t|[a-z]+[^s\W]s)\b")
_SUBORDINATE_START_RE = re.compile(r"\W*(?:if|when|whenever|once|because|since|unless|although|though|while|after|"
                                   r"before|as\s+long\s+as|as\s+soon\s+as)\b", re.I)
_FRONTED_PP_RE = re.compile(r"\W*(?:(?:and|but|so|or)\s+)?(?:in|on|at|for|to|from|by|with|without|after|before|during|"
                            r"since|of|about|as|like|unlike|despite|except|besides|over|under|through|via|against|"
                            r"among|between|into|within|beyond|versus|vs|compared)\b", re.I)
_TRAILING_SOURCE_RE = re.compile(r",\s+according\s+to\s+[^,;:]+$", re.I)


# a word that opens an adjunct or a clause, never a noun phrase that could be a clause's subject
_NON_NP_OPENER_RE = re.compile(r"(?:in|on|at|for|to|from|by|with|without|after|before|during|since|of|about|as|like|"
                               r"unlike|despite|except|besides|over|under|through|via|against|among|between|into|within|beyond|versus|vs|"
                               r"if|when|while|because|although|though|unless|once|and|or|but|so|than|then|that|"
                               r"which|who|where|it|they|you|we|i|he|she|there|here)\b", re.I)


def _antecedent_np(text: str, start: int, brk: re.Match[str]) -> bool:
    """Is the break a non-restrictive "which" whose antecedent is all of text[start:brk] (a noun phrase
    without a verb of its own)? "NP, which VP" then asserts VP of the whole NP, its "with ..." complement
    included ("Light therapy with a photosensitising cream, which regrows hair" is about the combination),
    so the unit keeps the NP as its subject."""
    if not re.match(r",\s+which\b", text[brk.start():brk.end() + 6], re.I):
        return False
    np_ = text[start:brk.start()]
    words = re.findall(r"[A-Za-z][\w'’-]*", np_)
    if not words or len(words) > 8 or _NON_NP_OPENER_RE.fullmatch(words[0]) or re.search(r"[;:,()]", np_.strip(" -*•")):
        return False
    # a finite verb (auxiliary, agreement or tense) or an effect verb makes it a clause, not a noun phrase
    if _FINITE_MARK_RE.search(np_) or effect_verbs(text, start, brk.start()) or any(
            re.fullmatch(r"[a-z]{3,}(?:ed)", w) for w in words[1:]):
        return False
    # a listed treatment named with another mode of delivery ("Minoxidil injections") is a variant its
    # entry's question does not test (REC15): the relative clause stays apart, as before
    head_np = re.split(r"\s(?:with|of|for|in|on|plus|and)\s", np_.strip(" -*•"), maxsplit=1)[0]
    for c in INTERVENTIONS:
        if (hit := c.regex.search(head_np)) is not None:
            head = head_np[hit.end():].strip(" -")
            return not head or bool(_DEVICE_HEAD_RE.fullmatch(head))
    return True


# (OUTL) "Gentle and drug-free, it eases hot flushes": a fronted verbless adjective phrase before a
# subject pronoun is a predication of its own about the subject (a supplementive adjunct), not part
# of the main clause's assertion: a denial of harm there is no denial by the benefit clause
_FRONTED_ADJECTIVES_RE = re.compile(r"\W*(?P<adj>[A-Za-z-]+(?:\s*,?\s+(?:(?:and|or)\s+)?[A-Za-z-]+){1,3}),\s+"
                                    r"(?=(?:it|they|he|she)\s+[a-z])")
_ADJECTIVE_SUFFIX_RE = re.compile(r"(?:-free|less|ful|ous|ive|able|ible|le|al|ic|ent|ant)$", re.I)
_FUNCTION_WORDS = _DETERMINERS | frozenset("""in on at by for with from to of than as so but yet still even then
though also too just very not no i you he she it we they me him her us them""".split())


def _adjective_phrase(phrase: str) -> bool:
    """Is the phrase only adjectives joined by "and"/"or" or commas, one with an adjective's ending
    ("Gentle and drug-free", "Cheap and painless"), and no adverb, participle or function word?"""
    words = [w for w in re.split(r"[\s,]+", phrase.lower()) if w and w not in ("and", "or")]
    return len(words) >= 2 and not any(w in _FUNCTION_WORDS or w.endswith(("ly", "ing", "ed")) for w in words) and \
        any(_ADJECTIVE_SUFFIX_RE.search(w) for w in words)


def _verb_shaped(word: str) -> bool:
    """(OUTL) Could the effect word be a finite verb: no noun ending ("hydration"), no comparative
    ("fewer", "smoother"), no participle?"""
    w = word.strip().lower()
    # (a participle after a comma opens an adjunct, "..., flushing out the toxins", no coordinated predicate)
    return not _NOUN_SUFFIX_RE.search(w) and not _COMPARATIVE_WORD_RE.fullmatch(w) and _adjective_base(w) is None \
        and not w.endswith(("ing", "ed"))


# Stopping a treatment ("give up", "quit", "stopped", "drop out", "discontinue", "withdraw"): a reason
# clause after it ("because it stings") is what the stopping reports, a harm and how often it makes
# people stop, one claim with the main clause (TRAP 1056; "only a handful stopped the tablets because of it").
_STOPPING_RE = re.compile(r"\b(?:g[ai]ve?s?\s+up|giving\s+up|quit(?:s|ting)?|stop(?:s|ped|ping)?|drop(?:s|ped|ping)?\s+out|"
                          r"discontinu\w+|withdr[eao]\w*|abandon\w*)\b", re.I)


def _clause_units(text: str, s: int, e: int) -> list[_Span]:
    """Split one sentence into claim units at clause breaks and coordinated effect verbs."""
    # a trailing source (", according to a pooled analysis of ...") frames the claim, as "says Dr
    # X" does: it is no part of what is claimed
    src = _TRAILING_SOURCE_RE.search(text, s, e)
    if src is not None and src.start() > s + 8:
        e = src.start()
    bounds: list[tuple[int, int]] = []  # (end of previous unit, start of next unit)
    if (fronted := _FRONTED_ADJECTIVES_RE.match(text, s, e)) is not None and _adjective_phrase(fronted.group("adj")):
        bounds.append((fronted.end("adj"), fronted.end()))
    elif (reason := _FRONTED_REASON_RE.match(text, s, e)) is not None and _MAIN_CLAUSE_RE.match(text, reason.end(), e):
        # "Because it's free of propylene glycol, it won't make your scalp itch": a fronted clause of
        # reason asserts its cause (what the product is or contains) and the main clause its
        # consequence; when both have a subject and a finite verb, they are two claims (FIX12b)
        bounds.append((reason.end("r"), reason.end()))
    for m in _CLAUSE_BREAK_RE.finditer(text, s, e):
        if m.group("sep16") and _FRONTED_PP_RE.match(text, bounds[-1][1] if bounds else s, m.start()):
            continue  # "And unlike syrupy creamers, it won't spike ...": a fronted phrase is no clause to splice
        if (m.group("sep15") or m.group("sep16")) and _SUBORDINATE_START_RE.match(text, bounds[-1][1] if bounds else s, m.start()):
            continue  # "If you use it daily, it works, and ...": the comma ends a subordinate clause, not a clause of the series
        if _TIME_COURSE_RE.match(text, m.end(), e):
            continue  # "..., which usually subsides within 3 hours" qualifies the clause before it
        if _antecedent_np(text, bounds[-1][1] if bounds else s, m):
            continue  # "Light therapy with a cream, which regrows hair": the clause's subject is the whole NP (UNIT15)
        if _verbless_adjunct(text, m.end(), e):
            continue  # "is safe to use while pregnant": a restriction of the clause, not a clause (FIX21)
        if re.match(r"because\b", text[m.end():m.end() + 8], re.I) and _STOPPING_RE.search(
                text, bounds[-1][1] if bounds else s, m.start()):
            continue  # "one in three give up a retinol cream because it stings": the reason says why they stop (TRAP 1056)
        if m.start() > (bounds[-1][1] if bounds else s) + 8 and e - m.end() > 8:
            bounds.append((m.start(), m.end()))
    units: list[_Span] = []
    starts = [s] + [b for _, b in bounds]
    ends = [a for a, _ in bounds] + [e]
    for a, b in zip(starts, ends):
        a, b = _clean(text, a, b)
        if b <= a:
            continue
        cuts: list[tuple[int, int]] = []
        verb_before = False  # an effect verb in text[a:x] is one in any longer prefix too
        unit_verbs: list[int] | None = None  # where the frame reader reads effect verbs in the unit (asked once)
        for m in _COORD_RE.finditer(text, a, b):
            if m.start() <= (cuts[-1][1] if cuts else a) + 3:
                continue
            # whether the text before has a finite verb is asked last and remembered: it reads
            # the whole prefix, and asking it anew at every comma made long comma-chained
            # sentences cubic (16 kB: 19 s)
            if not _is_verb_at(text, m.start("verb")) and not (
                    (_THIRD_PERSON_VERB_RE.match(text, m.start("verb"), b)
                     # "supercharges your immune system and melts fat": after "and", an "-s" word
                     # agreeing like the finite verb of the conjunct before it is a verb too
                     or (_BARE_S_VERB_RE.match(text, m.start("verb"), b) and "and" in m.group(0).lower()
                         and _THIRD_PERSON_VERB_RE.search(text, a, m.start()))
                     # "... and is safe for your kidneys": a coordinated denial of harm; "... and is
                     # just as effective as finasteride": a comparison, another assertion
                     or (re.fullmatch(r"is|are", m.group("verb"), re.I) and (
                         denied_harm(text[m.start("verb"):b]) or _COMPARISON_PRED_RE.match(text, m.end("verb"), b)))
                     # "lower blood pressure, ease sore muscles and help you sleep": coordination joins
                     # like with like, so a word the frame reader reads as an effect verb, after a
                     # conjunct with an effect verb of its own, heads a coordinated predicate (OUTL)
                     # (a noun's ending is no verb's: "improve skin elasticity and hydration"; nor is a
                     # comparative's: "Smoother skin, fewer scars", where the first has no subject before it)
                     or (_verb_shaped(m.group("verb")) and m.start("verb") in (
                         unit_verbs := unit_verbs if unit_verbs is not None else [
                             a + x for x, y, _ in _frame_verbs(text[a:b])
                             if not _NOUN_SUFFIX_RE.search(text[a + x:a + y]) and text[a:a + x].strip()])
                         and unit_verbs[0] < m.start()))
                    and (verb_before or (verb_before := bool(_frame_verbs(text[a:m.start()])))
                         or _predicate_object(text[a:m.start()]))):
                continue
            word = m.group("verb").lower()
            if m.group(0).strip() == "," and _GERUND_SUBJECT_RE.match(text[a:m.start()]) and not _CLAUSE_ITEM_RE.search(
                    text, a, m.start()) and not effect_verbs(text, a + len(text[a:m.start()].split()[0]), m.start()):
                continue  # "Adding piperine, the active compound in black pepper, boosts ...": the comma
                # closes an appositive of a gerund subject, which has no finite verb to coordinate with
            if word.endswith("ing") and not m.group(0).startswith(","):
                continue  # "X and improving Y" inside a noun phrase is rarely a new claim
            if word.endswith("ed"):
                continue  # "moisturized and tightened": participles share one claim
            if _WEAK_VERB_RE.match(word) and not _carries_verb(text, m.end("verb"), b) and not (
                    "and" in m.group(0).lower() and _WEAK_COMPARED_RE.match(text, m.end("verb"), b)) and not (
                    # "... and helps you sleep": an enabling verb's person object and infinitive carry a
                    # predicate of their own, the conjunct's own outcome (OUTL)
                    "and" in m.group(0).lower() and _ENABLING_RE.match(text, m.start("verb"), b)):
                continue  # too weak to stand alone, unless it carries a verb ("helps heal X") or, after "and", a
                # comparison ("... and works for women as well as men": an assertion of its own, SGN17; after a bare
                # comma the weak verb may close an appositive: "X, the classic cream, works better than Y")
            cuts.append((m.start(), m.end()))
        cuts.extend(_two_part_cuts(text, a, b, cuts))
        cuts.extend(_predicate_list_cuts(text, a, b, cuts))
        cuts.sort()
        sub_starts = [a] + [y for _, y in cuts]
        sub_ends = [x for x, _ in cuts] + [b]
        for c, d in zip(sub_starts, sub_ends):
            c, d = _clean(text, c, d)
            if d > c:
                units.append(_Span(c, d))
    return units


# A copula with coordinated evaluative predicates: "is safe and effective", "is effective and
# well tolerated". Efficacy adjectives are a closed grammatical class of English evaluation words,
# not a topic list; the safety half is whatever `denied_harm` reads as a denial of harm.
_EVALUATIVE = r"effective|efficacious|beneficial|helpful|useful|successful"
_TWO_PART_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|proved|proven)\s+(?:\w+ly\s+|both\s+)*"
    r"(?P<first>[\w-]+(?:\s+tolerated)?)(?P<join>\s*,?\s+(?:and|as\s+well\s+as)\s+|\s*,\s*)(?:\w+ly\s+)*"
    r"(?P<second>[\w-]+(?:\s+tolerated)?)\b", re.I)
_EFFICACY_ADJ_RE = re.compile(rf"(?:{_EVALUATIVE}|potent|powerful)\Z", re.I)


# a sentence that ends on an evaluative predicate ("X is effective"), with no object of its own
_EVALUATIVE_END_RE = re.compile(
    rf"\b(?:is|are|was|were|be|been|remains?|proved|proven)\s+(?:\w+ly\s+|both\s+)*(?:{_EVALUATIVE})\W*\Z", re.I)


# "effective and safe for treating warts": the complement after the second predicate belongs to
# both (distributive coordination), so the benefit half's outcome is the complement's head.
_SHARED_COMPLEMENT_RE = re.compile(
    r"\s*,?\s*(?:and|as\s+well\s+as)?\s*(?:\w+ly\s+)?[\w-]+(?:\s+tolerated)?\s+(?:for|in|against)\s+"
    r"(?:treating\s+|(?:the\s+)?treatment\s+of\s+|(?:people|those|men|women|adults|patients|anyone)\s+with\s+)?"
    r"(?P<c>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)\s*(?=[.,;:!?)]|\s+(?:and|but|or|when|if|because)\b|$)", re.I)


def _shared_complement(text: str, end: int, sent_end: int) -> str:
    """The complement a benefit half shares with the predicate after it, or ""."""
    m = _SHARED_COMPLEMENT_RE.match(text, end, sent_end)
    return " ".join(m.group("c").split()) if m else ""


def _two_part_cuts(text: str, a: int, b: int, cuts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where "X is safe and effective" makes two claims, one about benefit and one denying harm
    (issue #16: each needs its own reading), the cut between the two predicates."""
    out: list[tuple[int, int]] = []
    for m in _TWO_PART_RE.finditer(text, a, b):
        first, second = m.group("first"), m.group("second")
        eff_first, eff_second = bool(_EFFICACY_ADJ_RE.search(first)), bool(_EFFICACY_ADJ_RE.search(second))
        if eff_first == eff_second:
            continue
        safety = second if eff_first else first
        if not denied_harm(safety) and not re.fullmatch(r"(?:well|safely)\s+tolerated|tolerable", safety, re.I):
            continue
        if any(x <= m.start("join") < y for x, y in cuts):
            continue
        out.append((m.start("join"), m.end("join")))
    return out


# "X is a safe procedure ..., cost-effective for various skin issues, suitable for sensitive
# skin": after a copula, each comma-joined adjective with its complement is a predicate of its
# own. English marks the adjective by its derivational suffix, the complement by a preposition.
_PREDICATE_ITEM_RE = re.compile(
    r"(?P<sep>,\s+(?:and\s+)?)(?=(?:very\s+|also\s+|even\s+)?[\w-]*(?:ble|ive|ful|ent|ant|ous|ic|ary|ory|less|free|safe)"
    r"\s+(?:for|to|on|with|against|in)\b)", re.I)
_COPULA_RE = re.compile(r"\b(?:is|are|was|were|remains?|seems?)\b", re.I)


def _predicate_list_cuts(text: str, a: int, b: int, cuts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    copula = _COPULA_RE.search(text, a, b)
    if copula is None:
        return []
    return [(m.start("sep"), m.end("sep")) for m in _PREDICATE_ITEM_RE.finditer(text, copula.end(), b)
            if not any(x <= m.start("sep") < y for x, y in cuts)]


def _alternation(concepts: Sequence[Concept]) -> re.Pattern[str]:
    """One regex for many concepts: at each position the first concept in table order wins."""
    key = tuple((c.key, c.patterns) for c in concepts)
    rx = _ALTERNATION_CACHE.get(key)
    if rx is None:
        body = "|".join(f"(?P<c{i}>" + "|".join(c.patterns) + ")" for i, c in enumerate(concepts))
        rx = re.compile(r"(?<![\w-])(?:" + body + r")(?:e?s)?(?![\w])", re.I)
        _ALTERNATION_CACHE[key] = rx
    return rx


_ALTERNATION_CACHE: dict[tuple, re.Pattern[str]] = {}


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap any of `spans` (sorted, non-overlapping)?"""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return any(0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1] for j in (i, i + 1))


def _concept_hits(concepts: Sequence[Concept], text: str, start: int, end: int,
                  exclude: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, Concept]]:
    rx = _alternation(concepts)
    excl = sorted(exclude)
    return [(m.start(), m.end(), concepts[int(m.lastgroup[1:])])  # type: ignore[index]
            for m in rx.finditer(text, start, end) if not _overlaps(excl, m.start(), m.end())]


def _within(hits: Sequence[tuple[int, int, Concept]], start: int, end: int) -> list[tuple[int, int, Concept]]:
    return [h for h in hits if start <= h[0] and h[1] <= end]


def _outcome_hits(text: str, start: int, end: int, exclude: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, Concept]]:
    """Outcome concept mentions in text[start:end], non-overlapping, in text order. A word that
    modifies a noun for people ("pregnant women", "acne patients") names a group, the
    population, not an outcome."""
    names = _product_names(text, start, end) + _capitalised_product_names(text, start, end)
    return [h for h in _concept_hits(OUTCOMES, text, start, end, exclude)
            if not _PEOPLE_NOUN_AFTER_RE.match(text, h[1]) and not any(a <= h[0] and h[1] <= b for a, b in names)
            # "rosacea-prone skin": a compound adjective in "-prone" says which skin, it is no outcome (OUT10)
            and not re.match(r"-prone\b", text[h[1]:h[1] + 7], re.I)]


# A product's proper name (TRAP8): capitalised words inside lower-case prose ending in a product
# form ("Our Anti-Ageing Retinol Night Cream comes in a glass jar", "The Hair Growth Rosemary Oil
# ships free"). An outcome word inside it names the product, not a result the sentence claims.
_PRODUCT_NAME_RE = re.compile(
    r"(?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*\s+){1,6}(?:Creams?|Oils?|Serums?|Drinks?|Shots?|Wands?|Masks?|Shampoos?|"
    r"Conditioners?|Pens?|Gumm(?:y|ies)|Capsules?|Tablets?|Pills?|Foams?|Kits?|Devices?|Caps?|Helmets?|Sprays?|Drops|"
    r"Balms?|Lotions?|Gels?|Powders?|Patch(?:es)?|Rollers?|Combs?|Tonics?|Elixirs?|Boosters?|Formula|Complex|System)\b")


def _product_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of product names in text[start:end], only where the prose around them is lower case
    (a Title Case heading capitalises every word, naming nothing)."""
    seg = text[start:end]
    if len(re.findall(r"\b[a-z]{4,}\b", seg)) < 3:
        return []
    return [(start + m.start(), start + m.end()) for m in _PRODUCT_NAME_RE.finditer(seg)
            if len(m.group(0).split()) >= 3]


# (EXT7) A name the text capitalises before a product form written in lower case ("Our Citrus Glow
# serum is packed with vitamin C"): English capitalises a common noun mid-sentence only inside a name,
# so a table word there names the product, not a result; TRAP8's rule above wants the form capitalised
# too and three words, so it missed the name whose head noun stays common.
_NAME_BEFORE_FORM_RE = re.compile(
    r"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*[ \t]+){1,5}(?=(?i:creams?|oils?|serums?|drinks?|shots?|wands?|masks?|shampoos?|"
    r"conditioners?|pens?|gumm(?:y|ies)|capsules?|tablets?|pills?|foams?|kits?|devices?|helmets?|sprays?|drops|"
    r"balms?|lotions?|gels?|powders?|patch(?:es)?|rollers?|tonics?|elixirs?|boosters?|formula|cleansers?|moisturi[sz]ers?|"
    r"toners?|supplements?)\b)")


def _capitalised_product_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of capitalised names before a product form (see above) with a word capitalised mid-sentence."""
    return [(m.start(), m.end()) for m in _NAME_BEFORE_FORM_RE.finditer(text, start, end)
            if any(_inside_name(text, m.start() + w.start()) for w in re.finditer(r"\S+", m.group(0)))]


_PEOPLE_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:women|men|people|persons|patients|adults|children|mothers|babies|users|"
                                   r"teens|teenagers|girls|boys)\b", re.I)


def _list_items(text: str, unit: _Span, hits: Sequence[tuple[int, int, Concept]]) -> list[tuple[_Span, _Span]]:
    """Split a unit listing several distinct outcomes into (item, quote) spans; [] if it is not a list.

    The first item's quote starts at the shared verb (with its modal), which is contiguous with
    it; later items quote only themselves, since the verb is not contiguous with them.
    """
    s, e = unit.start, unit.end
    cues = sorted(((m.start(), m.end()) for m in (
        *_LIST_CUE_RE.finditer(text, s, e), *_BENEFIT_RE.finditer(text, s, e),
        *_HARM_RE.finditer(text, s, e), *_EFFECT_NOUN_RE.finditer(text, s, e))), key=lambda m: m[1])
    # any main verb governs the list after it ("can't fix deep wrinkles or sagging"), whatever the verb
    # (a comparative opening a tagline, "Smoother skin, fewer scars", is an adjective, not a verb)
    fallback = not cues  # no effect verb or list cue: a list found by the fallbacks below is quoted whole
    if not cues:
        cues = [(s + x, s + y) for x, y, _ in _frame_verbs(text[s:e])
                if not (text[s + x:s + y].lower().endswith(("er", "est")) and not text[s:s + x].strip())
                and not _COMPARATIVE_WORD_RE.fullmatch(text[s + x:s + y])
                # a word with a noun-forming suffix ("hydration") is a noun, not the list's verb (OUT10)
                and not _NOUN_SUFFIX_RE.search(text[s + x:s + y])]
    if not cues and not _CLAUSE_ITEM_RE.search(text, s, e) and not _THIRD_PERSON_VERB_RE.search(text, s, e):
        # a verbless tagline ("stronger nails and shinier hair", "Smoother skin, fewer scars") is
        # itself the list of the outcomes it promises
        cues = [(s, s)]
    sep = _SEP_RE.search(text, cues[0][1], e) if cues else None
    if sep is None:
        return []
    # The cue nearest the list: "recommend it as an excellent procedure to reduce [acne scars, ...]".
    cue = [m for m in cues if m[1] <= sep.start()][-1]
    ls = cue[1]
    while ls < e and text[ls].isspace():
        ls += 1
    lead = re.match(r"(?:(?:the\s+appearance\s+of|the|a|an|of|to|for|treating|in)\s+)*", text[ls:e])
    ls += len(lead.group(0)) if lead else 0
    stop = _LIST_STOP_RE.search(text, ls, e)
    le = stop.start() if stop and stop.start() > ls else e
    items: list[_Span] = []
    pos = ls
    for m in _ITEM_SEP_RE.finditer(text, ls, le):
        items.append(_Span(pos, m.start()))
        pos = m.end()
    items.append(_Span(pos, le))
    items = [_Span(*_trim(text, it.start, it.end)) for it in items]
    items = [it for it in items if it.end > it.start and not _FILLER_ITEM_RE.match(text[it.start:it.end])]
    if len(items) >= 2 and re.fullmatch(r"[a-z]{3,}ly", text[items[-1].start:items[-1].end]) and not re.search(
            r"\b(?:and|or)\s*$", text[items[-2].end:items[-1].start]):
        # a list's last member follows a coordinator; a lone -ly word after a bare comma is an afterthought
        # adverb of the clause ("helps acne scars, slowly"), not a member
        items = items[:-1]
    if len(items) < 2 or any(len(text[it.start:it.end].split()) > 8 for it in items):
        return []
    for it in items:
        frag = text[it.start:it.end]
        if _CLAUSE_ITEM_RE.search(frag) or any(not v.group(0).lower().endswith("ing")
                                               for v in effect_verbs(text, it.start, it.end)):
            return []  # a clause, not a noun phrase: coordination is handled by _clause_units
    # Group adjacent items that name the same outcome concept ("wrinkles and fine lines").
    groups: list[tuple[list[_Span], str | None]] = []
    for it in items:
        in_item = _within(hits, it.start, it.end)
        key = in_item[0][2].key if in_item else None
        # a conjunct the tables do not know is an outcome of its own when it has a noun head
        # ("texture and tone", "stronger nails and shinier hair"), except after an "of" phrase, where
        # it joins the nearer noun ("the penetration of topical medications and active ingredients")
        own = key is None and groups and groups[-1][1] is not None and _own_conjunct(text[it.start:it.end]) \
            and not re.search(r"\bof\b", text[groups[-1][0][-1].start:groups[-1][0][-1].end], re.I)
        # a conjunct the tables do not know before one they do is its own outcome too when a
        # noun-forming suffix marks it a noun ("hydration, elasticity and wrinkles"); a bare
        # adjective there modifies the next conjunct's head ("dry, flaky skin") (OUT10)
        lead_own = key is not None and len(groups) == 1 and groups[0][1] is None and all(
            _NOUN_SUFFIX_RE.search(text[x.start:x.end]) and _own_conjunct(text[x.start:x.end]) for x in groups[0][0])
        if lead_own:
            groups[0] = (groups[0][0], "")
            groups.append(([it], key))
        elif own:
            groups.append(([it], ""))
        elif groups and (key is None or key == groups[-1][1]):
            groups[-1][0].append(it)
            if groups[-1][1] is None:
                groups[-1] = (groups[-1][0], key)
        else:
            groups.append(([it], key))
    keys = [k for _, k in groups if k]
    if len(groups) < 2 or len(set(keys)) + sum(k == "" for _, k in groups) < 2 or not keys:
        return []
    # The first item keeps its shared verb when contiguous: "beneficial for treating acne scars".
    head = max((m.start() for rx in (_BENEFIT_RE, _HARM_RE, _EFFECT_NOUN_RE) for m in rx.finditer(text, s, ls)),
               default=s)
    modal = _LEADING_MODAL_RE.search(text, s, head)
    if modal and modal.end() == head:
        head = modal.start()
    out = []
    # a coordination only this round splits (a conjunct in no table, a verbless tagline) is quoted
    # whole by each of its claims: the parts share one quote and differ in outcome
    whole = fallback or any(k == "" for _, k in groups)
    # a negation before the shared verb ("X never causes redness or peeling") scopes over every
    # conjunct: a quote without it would show the opposite polarity of the claim it stands for,
    # so each conjunct is quoted with the shared subject, negation and verb (FIX21)
    whole = whole or bool(_NEGATIVE_CLAUSE_RE.search(text, s, ls))
    for i, (its, _) in enumerate(groups):
        item = _Span(its[0].start, its[-1].end)
        quote = _Span(s, e) if whole else _Span(head, item.end) if i == 0 else item
        out.append((item, quote))
    return out


_COMPARATIVE_WORD_RE = re.compile(r"more|less|fewer|better|worse", re.I)
# English suffixes that make nouns from verbs and adjectives ("hydration", "firmness", "elasticity")
_NOUN_SUFFIX_RE = re.compile(r"(?:tion|sion|ness|ity|ment|ance|ence|ism|age|ure|hood|ship)s?\s*$", re.I)


def _own_conjunct(frag: str) -> bool:
    """Is a list item the tables do not know a noun phrase of its own? Its last word is a noun
    (not an adjective, adverb or participle by English derivational suffix), and it is more than
    a filler or pronoun."""
    words = re.findall(r"[A-Za-z][\w'’-]*", frag)
    if not words or len(words) > 4 or not _clean_outcome_words(frag):
        return False
    last, first = words[-1].lower(), words[0].lower()
    if first in _DETERMINERS or first in _GENERIC_STOP or _QUANTIFIER_RE.match(first) or first in ("such", "those") \
            or _GROUP_PHRASE_RE.match(frag) or _PERSON_HEAD_RE.search(last):
        return False  # a pronoun, a determiner's phrase or people ("those on chemotherapy") is no outcome
    if _ADJECTIVE_END_RE.search(last) or _ADVERB_RE.search(last) or last in _GENERIC_STOP or last in _OUTCOME_STOP:
        return False  # "safe and effective": a predicate adjective, not a noun
    return len(last) > 2 and treatment_probability(" ".join(words)) < 0.85  # "radiation therapy" is a treatment


_ADJECTIVE_END_RE = re.compile(r"(?:ive|ful|ous|able|ible|ent|ant|ic|less|ed|est|safe)$", re.I)


# ---------------------------------------------------------------------------------------------
# Intervention detection


# English names many things with a possessive compound ("lion's mane", "devil's claw", "St John's
# wort"): a possessive 's (straight or curly apostrophe) whose head noun follows it is part of the
# name. A possessor that is a pronoun ("it's": a contraction), a time ("this month's"), people
# ("my son's", "women's") or that takes its own possessive or demonstrative determiner ("our
# founder's") makes a genitive of ownership, never a name; the word and its "s" stay apart then.
_POSSESSIVE_WORD_RE = re.compile(r"(?P<w>[A-Za-z][\w-]*)['’]s(?=\s+[A-Za-z])")
_NP_TOKEN_RE = re.compile(rf"{_POSSESSIVE_WORD_RE.pattern}|[A-Za-z][\w-]*|[^\w\s]")
_OWNING_DETERMINER_RE = re.compile(r"(?:my|your|our|their|his|her|its|this|that|these|those)\s+$", re.I)
_PEOPLE_WORD_RE = re.compile(r"(?:people|persons?|users?|patients?|women|woman|men|man|adults?|children|child|kids?|"
                             r"participants?|customers?|clients?|volunteers?|testers?|readers?|everyone|everybody|"
                             r"anyone|anybody|someone|somebody|nobody|one|other|others)", re.I)


def _compound_possessor(word: str, before: str = "") -> bool:
    """Can `word` (a possessor, without its 's) open a possessive compound name? `before` is the
    text before it (a possessive or demonstrative determiner there makes it a referring phrase)."""
    low = word.lower()
    return not (low in _SUBJECT_PRONOUNS or low in _DETERMINERS or _PRONOUN_WORD_RE.fullmatch(low)
                or _QUANTIFIER_RE.match(low) or _TIME_UNIT_RE.match(low) or low in _TIME_HEAD_WORDS
                or _PEOPLE_WORD_RE.fullmatch(low) or _PERSON_HEAD_RE.search(low)
                or low in ("here", "there", "what", "who", "where", "how", "let")
                or (len(low) > 4 and low.endswith(("er", "or")))  # an agent noun: "the founder's", "my doctor's"
                or _OWNING_DETERMINER_RE.search(before))


def compound_possessive(text: str, pos: int) -> bool:
    """Is the apostrophe at `pos` a possessive 's inside a compound name ("lion's mane")?"""
    word = re.search(r"[A-Za-z][\w-]*$", text[max(0, pos - 40):pos])
    return word is not None and bool(re.match(r"['’]s\s+[A-Za-z]", text[pos:pos + 4])) and _compound_possessor(
        word.group(0), text[max(0, pos - len(word.group(0)) - 8):pos - len(word.group(0))])


def np_tokens(text: str) -> list[str]:
    """Words and punctuation marks, a compound's possessor kept whole with its 's ("lion's"); any
    other possessive or contraction splits as before ("it", "'", "s")."""
    out: list[str] = []
    for m in _NP_TOKEN_RE.finditer(text):
        if m.group("w") is not None and not compound_possessive(text, m.end("w")):
            out += [m.group("w"), text[m.end("w")], "s"]
        else:
            out.append(m.group(0).replace("’", "'"))
    return out


def _name_pattern(word: str) -> str:
    """A word of a name as a regex: a possessive's apostrophe straight, curly or left out ("lions mane")."""
    return re.escape(word).replace("'", "['’]?")


def _generic_concept(phrase: str) -> Concept:
    words = [w for w in np_tokens(phrase) if w[:1].isalpha()]
    label = " ".join(w.lower() if not w.isupper() else w for w in words)
    last = words[-1].lower() if words else phrase
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3
    # the singular and the plural are one name: "cold plunges" matches "a cold plunge", "gummies" "gummy"
    ies = plural and last.endswith("ies")
    stem_word = words[-1][:-3] if ies else words[-1][:-1] if plural else ""
    pattern = r"\s+".join(_name_pattern(w) for w in (words[:-1] + [stem_word] if plural else words))
    if plural:
        pattern += r"(?:y|ies)" if ies else r"(?:e?s)?"
    if plural:
        term_words = [*(w.lower() for w in words[:-1]), (last[:-3] if ies else last[:-1]) + "*"]
    else:
        term_words = [w.lower() for w in words]
    term = " ".join(term_words)
    terms: tuple[str, ...] = (f'"{term}"[tiab]',) if len(term_words) > 1 or "-" in term else (f"{term}[tiab]",)
    if not plural and len(term_words) > 1 and re.search(r"[a-rt-wA-RT-W]$", term) and not term.endswith(("sh", "ch")):
        terms += (f'"{term}s"[tiab]',)  # a name met in the singular is searched in the plural too
    slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "intervention"
    return Concept(slug, label, (pattern if plural else pattern + r"s?",), terms + _active_terms(words))


# The forms a product takes (dosage forms and ways of use): "caffeine shampoo", "biotin gummies",
# "vitamin C serum", "minoxidil routine" name an active ingredient in one of its forms, and the
# literature names the ingredient, often in another form ("a caffeine-based topical liquid").
# A closed class of English product nouns, never a topic's words. Device shapes (cap, helmet,
# comb, mask) are left out: their modifier is an energy ("laser", "LED"), not an ingredient, and
# the technique a device uses is found by `_as_technique`.
_PRODUCT_FORM_RE = re.compile(r"(?:shampoo|conditioner|serum|cream|gel|lotion|foam|solution|liquid|spray|drop|"
                              r"tablet|capsule|pill|lozenge|gumm(?:y|ie)|powder|tonic|patch|supplement|toner|cleanser|wash|"
                              r"ointment|balm|routine|regimen)s?", re.I)


def _active_terms(words: Sequence[str]) -> tuple[str, ...]:
    """The active part of a product's name as one more PubMed term, so that the form is optional:
    "caffeine shampoo" is searched as caffeine too. Only when the words before the form read as
    a treatment on their own and name no outcome ("hair growth shampoo" names a purpose), and
    never a short acronym, which PubMed would match as an ordinary word ("LED" as "led")."""
    if len(words) < 2 or not _PRODUCT_FORM_RE.fullmatch(words[-1]):
        return ()
    active = list(words[:-1])
    if not active or any(w.lower() in _GENERIC_STOP for w in (active[0], active[-1])):
        return ()
    phrase = " ".join(active)
    if len(re.sub(r"[^A-Za-z]", "", phrase)) < 4 or (len(active) == 1 and active[0].isupper() and len(active[0]) <= 3):
        return ()
    if _outcome_hits(phrase, 0, len(phrase)) or treatment_probability(phrase) < 0.5:
        return ()
    return _tiab(" ".join(w if w.isupper() or len(w) == 1 else w.lower() for w in active))


_GENERIC_STOP = set("""a an the and or of for to in on at by with from your you our my is are do does did
really actually truly work works worth it its this that what why how when which who benefits benefit guide
explained everything need know about new best top ways way tips trend skin face facial beauty care skincare
health healthy science truth myth myths facts fact vs versus can could should will clock back turn does
try trying safe home ultimate complete review reviews 101 gold-standard ingredient ingredients treatment
treatments procedure procedures""".split())


# Words that set a treatment against another ("rivals minoxidil", "better than X", "unlike X")
_COMPARISON_WORDS = (r"rivals?|vs\.?|versus|than|beats?|unlike|instead\s+of|alternative\s+to|compared\s+(?:with|to)|"
                     r"matches|outperforms?")
_TITLE_COMPARATOR_RE = re.compile(rf"\b(?:{_COMPARISON_WORDS}|like|or)\b", re.I)


# a generic or dosage-form head ("Vitamin C Serum", "Retinol Cream") names the listed ingredient in
# one of its forms; a device head ("Laser Caps") names another thing
_GENERIC_HEAD_RE = re.compile(r"\b(?:therapy|therapies|treatments?|procedures?|products?|ingredients?|serums?|creams?|"
                              r"gels?|lotions?|ointments?|foams?|solutions?|sprays?|drops|tablets?|capsules?|pills?|"
                              r"gummies|powders?|supplements?|supplementation)$", re.I)


def _with_active_part(concept: Concept) -> Concept:
    """"Zinc lozenges", "caffeine shampoo": an article names its product by the active
    ingredient alone too ("zinc can knock a few days off"); as a sentence's subject that word
    stands for the product when the phrase model reads it as a treatment on its own."""
    words = concept.label.split()
    if len(words) == 2 and len(words[0]) >= 4 and words[0].lower() not in _GENERIC_STOP and \
            treatment_probability(words[0]) >= 0.8:
        return dataclasses.replace(concept, subject_patterns=(re.escape(words[0]),))
    return concept


# Coordination, negation and comparison words open a phrase about another thing, never a name.
_NOT_A_NAME_RE = re.compile(r"(?:or|and|nor|not|no|vs|versus|compared|than|like|unlike|plus|with|without|instead|"
                            r"rather|such)\b", re.I)


def _with_synonyms(concept: Concept, text: str) -> Concept:
    """A generic concept with the names the article itself gives it: "X (Y)", "X, also called Y",
    "Y, known as X" and "X, or Y," (apposition is how English introduces another name for a thing).
    "or" renames only as an appositive closed by punctuation: a bare "X or Y" offers a choice
    ("onion juice or minoxidil"), and a treatment the table knows is another treatment, never
    another name of this one (issue #14: rosemary is not minoxidil)."""
    name = r"\s+".join(re.escape(w) for w in concept.label.split()) + r"s?"
    alt = r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})"
    found: list[str] = []
    for rx in (rf"\b{name}\s*\(\s*{alt}\s*\)", rf"\b{name},?\s+(?:also\s+)?(?:called|known\s+as)\s+{alt}",
               rf"\b{name},\s+or\s+{alt}\s*[,;)\u2013\u2014]",
               rf"\b{alt},?\s+(?:also\s+)?(?:called|known\s+as)\s+{name}\b"):
        for m in re.finditer(rx, text, re.I):
            if _NOT_A_NAME_RE.match(m.group(1)):
                continue  # "X (or Y)", "X (not Y)", "X (vs Y)": a choice, a contrast, another thing
            words = m.group(1).split()
            while words and words[-1].lower() in _GENERIC_STOP | {"is", "are", "was", "were", "has", "have"}:
                words = words[:-1]
            while words and words[0].lower() in _GENERIC_STOP:
                words = words[1:]
            phrase = " ".join(words)
            if phrase and phrase.lower() != concept.label.lower() and phrase not in found and not any(
                    c.regex.fullmatch(phrase) for c in OUTCOMES) and not any(
                    c.regex.search(phrase) for c in INTERVENTIONS) and (
                    treatment_probability(phrase) >= 0.5 or _abbreviates(phrase, concept.label)):
                found.append(phrase)
    if not found:
        return concept
    extra = [_generic_concept(p) for p in found[:3]]
    return dataclasses.replace(concept, patterns=concept.patterns + tuple(p for e in extra for p in e.patterns),
                               terms=concept.terms + tuple(t for e in extra for t in e.terms))


# Pronouns and quantifiers ("everyone", "nothing", "all") stand for people or things in general;
# they are a closed class of English and never name a treatment.
_QUANTIFIER_RE = re.compile(r"^(?:(?:every|any|some|no)(?:one|body|thing|where)|none|all|each|both|people|"
                            r"you|we|they|it|this|that|these|those|"
                            # cardinal numbers are quantifiers too ("Five Beauty Myths ..."); "ones" is
                            # the pronoun for a noun said before it ("the red ones")
                            r"ones?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|"
                            # the determiners of identity and alternation stand for a noun said elsewhere
                            # ("any other business", "the same")
                            r"others?|another|same|such)$", re.I)
# English's closed classes that never end a noun phrase: a phrase ending in a preposition, a
# conjunction or a determiner ("WhatsApp chat with", "favourite with") is cut from a longer clause
_OPEN_END_RE = re.compile(r"\b(?:with|without|of|for|to|in|on|at|by|from|into|than|as|and|or|but|nor|the|a|an|"
                          r"this|that|these|those|my|your|our|their|his|her|its|some|any|every|each|no)$", re.I)


# English agent nouns for people by calling or practice end in -ian or -ist ("aestheticians",
# "dermatologists", "physicians"); a drug class in -agonists is the exception.
_PERSON_HEAD_RE = re.compile(r"(?<!agon)(?:ians|ists)$", re.I)


# a group of people restricted by "with"/"who" ("people with heart conditions", "those who ...")
_GROUP_PHRASE_RE = re.compile(r"(?:(?:the|most|many|some|all)\s+)?(?:people|men|women|children|persons|those|anyone|"
                              r"[a-z]+[^s\W]s)\s+(?:with|who)\b", re.I)

# A head noun for a set of people ("peer support group", "the needling group", "treatment arm",
# "cohort") names who took part, never what they took: English compounds are head-final, so
# "needling group" is a group (of people who had needling), not a kind of needling.
_COLLECTIVE_HEAD_RE = re.compile(r"(?:groups?|cohorts?|arms?|teams?|committees?|clubs?|communit(?:y|ies)|"
                                 r"societ(?:y|ies)|forums?|audiences?|crowds?)", re.I)


def _names_people_or_outcome(phrase: str, text: str) -> bool:
    """Is `phrase` a pronoun or quantifier, or a word the article uses only inside its outcomes
    ("hair" in "hair growth", "hair fall", "hair loss"): the body part or state an outcome is
    about, not something given to it? Most of its mentions lying inside outcome phrases decides."""
    words = phrase.split()
    if _QUANTIFIER_RE.match(phrase.strip()) or _is_pronoun(phrase) or _PERSON_HEAD_RE.search(phrase.strip()) or \
            _GROUP_PHRASE_RE.match(phrase.strip()) or (words and _COLLECTIVE_HEAD_RE.fullmatch(words[-1])):
        return True
    mentions = [(m.start(), m.end()) for m in _generic_concept(phrase).regex.finditer(text)]
    if not mentions:
        return False
    outcomes = _all_outcome_hits(text)
    inside = sum(any(a <= x and y <= b for a, b, _ in outcomes) for x, y in mentions)
    return inside * 2 >= len(mentions)


def _abbreviates(short: str, name: str) -> bool:
    """Is `short` an abbreviation the text defines for `name` ("apple cider vinegar (ACV)",
    "tranexamic acid (TXA)")? Its capitals are letters of the name in order, the first being the
    name's initial: how English forms an abbreviation, whatever the word."""
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]{1,7}", short) or sum(ch.isupper() for ch in short) < 2:
        return False
    letters, long = short.lower(), name.lower()
    if not long or letters[0] != long[0]:
        return False
    i = 0
    for ch in letters:
        i = long.find(ch, i)
        if i < 0:
            return False
        i += 1
    return True


@functools.lru_cache(maxsize=64)
def _all_outcome_hits(text: str) -> tuple[tuple[int, int, Concept], ...]:
    return tuple(_outcome_hits(text, 0, len(text)))


def _title_subject(title: str, text: str) -> str | None:
    """The title's leading noun phrase when it is a treatment the table does not know and the
    article repeats it (>= 3 times): "Rosemary Oil: ..." -> "Rosemary Oil"; in a question title
    the subject follows the auxiliary ("Can a Caffeine Shampoo Really Save ..." -> "Caffeine Shampoo")."""
    title = re.sub(r"^\W*(?:can|could|does|do|did|is|are|will|would|should|has|have)\s+(?:a|an|the|your|my)?\s*", "",
                   title, flags=re.I)
    head = re.split(r"[:?!.,;–—|(]|\s-\s|\b(?:is|are|can|may|does|do|really|works?|for|to|and|the\s+\w+\s+that)\b",
                    title, maxsplit=1, flags=re.I)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", head)]
    while words and words[0].lower() in _GENERIC_STOP:
        words = words[1:]
    while words and words[-1].lower() in _GENERIC_STOP:
        words = words[:-1]
    if not words or len(words) > 4:
        return None
    phrase = " ".join(words)
    if any(c.regex.fullmatch(phrase) for c in OUTCOMES) or _names_people_or_outcome(phrase, text):
        return None  # "Why Everyone Is Taking the Plunge": a quantifier is the subject, not a treatment
    for c in INTERVENTIONS:
        m = c.regex.search(phrase)
        # a table name that covers the phrase's head is the phrase ("Blue Light Therapy", "Fish
        # Oil"); one that only modifies another head names a different thing ("Laser Caps")
        if m and (m.end() >= len(phrase.rstrip()) - 1 or _GENERIC_HEAD_RE.search(phrase)):
            return None
    n = len(_generic_concept(phrase).regex.findall(text))  # singular and plural alike
    return phrase if n >= 3 else None


_COMBINED_RE = re.compile(r"\s+(?:with|plus|\+|combined\s+with|paired\s+with)\s+", re.I)


def _treatment_concept(phrase: str, text: str) -> Concept | None:
    """The concept a title phrase names: the table entry that covers it, else a generic concept
    when the phrase model reads it as a treatment; None for anything else."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", phrase) if w.lower() not in _GENERIC_STOP]
    if not words:
        return None
    for i in range(len(words)):
        sub = " ".join(words[i:])
        for c in INTERVENTIONS:
            if c.regex.fullmatch(sub):
                return c
        if len(words) - i <= 3 and treatment_probability(sub) >= 0.7 and len(
                re.findall(r"\b" + re.escape(sub) + r"\b", text, re.I)) >= 2:
            return _with_synonyms(_generic_concept(sub), text)
    return None


def _title_combination(title: str, text: str) -> Concept | None:
    """A title whose subject is one treatment given with another ("Microneedling With Tranexamic
    Acid for Melasma"): the combination, searched as both blocks ANDed. Either part alone is a
    different intervention (issue 14: a combined trial is no evidence for one part)."""
    for segment in re.split(r"[:?!|–—]|\s-\s", title):
        m = _COMBINED_RE.search(segment)
        if not m:
            continue
        left = segment[:m.start()].split()[-3:]
        right = re.split(r"\s+(?:for|to|in|on|vs\.?|versus|against|and|or|at)\s+", segment[m.end():], maxsplit=1,
                         flags=re.I)[0].split()[:3]
        a, b = _treatment_concept(" ".join(left), text), None
        if a is not None:
            b = _treatment_concept(" ".join(right), text)
        if a is None or b is None or a.key == b.key:
            continue
        return _combined(a, b)
    # "X Boosts Minoxidil Results": a treatment that raises another's results is given with it, an
    # add-on; English names the base by its results' possessor (INT15)
    m = _BOOSTS_RESULTS_RE.search(title)
    if m is not None:
        b = _treatment_concept(m.group("b"), text)
        left = re.split(r"[:?!|–—]|\s-\s", title[:m.start()])[-1].split()[-3:]
        a = next((c for k in range(len(left)) if (c := _treatment_concept(" ".join(left[k:]), text)) is not None), None)
        if a is None and left:
            a = _as_technique(_generic_concept(" ".join(left[-2:])), text)
            a = a if a.key != _generic_concept(" ".join(left[-2:])).key else None
        if a is not None and b is not None and a.key != b.key:
            return _combined(a, b)
    return None


_BOOSTS_RESULTS_RE = re.compile(r"\s+(?:boosts?|enhances?|amplifies|amplify|supercharges?|improves?)\s+"
                                r"(?P<b>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)(?:['’]s)?\s+"
                                r"(?:results?|effects?|efficacy|benefits?)\b", re.I)


def _combined(a: Concept, b: Concept) -> Concept:
    """One treatment given with another: named either way round, searched as both blocks ANDed."""
    a_rx, b_rx = "(?:" + "|".join(a.patterns) + ")", "(?:" + "|".join(b.patterns) + ")"
    joint = r"(?:\s+|\s+\w+\s+)?(?:with|plus|\+|and|combined\s+with|paired\s+with|followed\s+by)\s+(?:\w+\s+)?"
    return Concept(f"{a.key}-plus-{b.key}", f"{a.label} plus {b.label}",
                   (a_rx + joint + b_rx, b_rx + joint + a_rx),
                   (f"({_block(a.terms)} AND {_block(b.terms)})",))


_COMBINE_CUE_RE = re.compile(r"\b(?:combined|paired|together)\s+with\s+|\bplus\s+|\balongside\s+|\bon\s+top\s+of\s+"
                             # a participle of joining ("mixed with", "used together with"), "in combination with"
                             r"|\b(?:mixed|blended|used|applied|taken)\s+(?:together\s+)?with\s+|\bin\s+combination\s+with\s+"
                             # one session's sequence: "even right after microneedling" (QST12); a course's
                             # steps in order: "needling followed by light therapy", "needling the patches
                             # and then applying the steroid" (a verb of use after "then" gives the next part)
                             r"|\b(?:right|straight|immediately|directly)\s+after\s+|\bfollowed\s+by\s+"
                             r"|\bthen\s+(?:apply|applying|use|using|add|adding|put|putting|take|taking)\s+"
                             # the active verb takes the treatment as object: "Combining the helmet with minoxidil"
                             r"|\b(?:combin|pair)(?:e|es|ing|s)?\s+(?:it|them|(?:the|this|that|your|a|an)\s+[\w-]+)\s+with\s+"
                             r"|^\W*adding\s+|\b(?:add|adding|added)\s+to\s+"
                             # "boosts the results of PRP": it enhances another treatment, given with it
                             r"|\b(?:boost|enhance|improve|increase|amplif(?:y|ie))[sd]?\s+the\s+(?:results?|effects?|"
                             r"efficacy|effectiveness)\s+of\s+", re.I)


# "Adding X (to Y) ...": a gerund subject of addition names X given on top of a base treatment,
# the object of "to" or else the topic the clause is about
# (after a coordinator too, "and adding it to steroid injections gave no extra benefit", and before a
# past tense: TOPIC6)
_ADDING_RE = re.compile(r"^\W*(?:(?:and|but|while|whereas|so)\s+)?adding\s+(?:a\s+|an\s+|the\s+|some\s+)?"
                        r"(?P<x>[A-Za-z][\w-]*(?:\s+(?!to\b|and\b|or\b)"
                        r"[A-Za-z][\w-]*){0,2}?)(?:\s+to\s+(?:your\s+|a\s+|the\s+)?(?P<y>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?))?"
                        r"(?=\s*,|\s+(?:to\b|makes?|made|boosts?|doubles?|triples?|improves?|increases?|helps?|can|may|will|"
                        r"gives?|gave|speeds?|enhances?|is|was|works?|did|does|[a-z]{3,}ed)\b)", re.I)


def _np_concept(phrase: str, text: str, given: bool = False) -> Concept | None:
    """A noun phrase as a treatment: the table entry naming it, else the phrase by its own name
    (when the phrase model reads it as a treatment, or the verb says it is given: "adding X")."""
    phrase = phrase.strip()
    if not phrase or _names_people_or_outcome(phrase, text) or _outcome_hits(phrase, 0, len(phrase)):
        return None
    table = next((c for c in INTERVENTIONS if c.regex.search(phrase)), None)
    if table is not None and (table.regex.fullmatch(phrase) or all(
            _PRODUCT_FORM_RE.fullmatch(w) for w in table.regex.sub(" ", phrase).split())):
        return table  # "your minoxidil routine": the listed treatment in a form or way of use
    return _with_synonyms(_generic_concept(phrase), text) if given or treatment_probability(phrase) >= 0.5 or table \
        else None


def _added_treatment(unit_text: str, base: Concept, text: str) -> Concept | None:
    m = _ADDING_RE.match(unit_text)
    if m is None:
        return None
    # the product the article is about, named by its form ("a laser cap" for low-level laser therapy), or
    # by a pronoun that stands for it ("adding it to steroid injections", TOPIC6)
    x = base if base.regex.fullmatch(m.group("x").strip()) or _PRONOUN_WORD_RE.fullmatch(m.group("x").strip()) \
        else _np_concept(m.group("x"), text, given=True)
    said_y = _TRAILING_WORD_RE.sub("", m.group("y") or "").split()
    if said_y and _PRODUCT_FORM_RE.fullmatch(said_y[-1]) and all(
            _MODIFIER_RE.match(w) or w.lower().endswith("ly") for w in said_y[:-1]):
        # "adding it to a daily routine": a form or way of use that only adjectives modify names no second
        # treatment (TOPIC6)
        return None
    y = _np_concept(_TRAILING_WORD_RE.sub("", m.group("y")), text) if m.group("y") else base
    if x is not None and y is not None and x.key in y.key.split("-plus-"):
        return y  # the base is already the combination ("Microneedling With Tranexamic Acid")
    if x is None or y is None or x.key == y.key or x.parent == y.key or y.parent == x.key:
        return None
    return _combined(x, y)


_SUBJECT_WITH_RE = re.compile(r"\W*(?:(?:the|a|an|your|our)\s+)?")
_ALONE_RE = re.compile(r"\b(?:alone|on\s+(?:its|their)\s+own|by\s+itself)\b", re.I)


def _claim_combination(unit_text: str, intervention: Concept, text: str) -> Concept | None:
    """"It can be combined with microneedling for faster results", "Adding microneedling makes
    the acid work twice as well": the claim is about the combination of its treatment with the
    one named after the cue (issue 14: a combined trial is no evidence for one part alone)."""
    if "-plus-" in intervention.key:
        return None
    cues = list(_COMBINE_CUE_RE.finditer(unit_text))
    if _ALONE_RE.search(unit_text):
        # "X with Y works better than X alone": the other arm is one part alone, so "with" right
        # after the treatment's name joins the part added to it (QST12)
        cues += [w for n in intervention.regex.finditer(unit_text)
                 if (w := re.compile(r"\s+with\s+", re.I).match(unit_text, n.end())) is not None]
    # "Light therapy with a photosensitising cream, which ...": a "with" complement of the treatment
    # that opens the clause is part of its subject, the thing given with it (UNIT15)
    opening = _SUBJECT_WITH_RE.match(unit_text)
    head = intervention.regex.match(unit_text, opening.end()) if opening else None
    with_subject = re.compile(r"\s+with\s+", re.I).match(unit_text, head.end()) if head else None
    if with_subject is not None:
        cues.append(with_subject)
    for m in cues:
        if any(n.start() <= m.start() < n.end() for n in intervention.regex.finditer(unit_text)):
            continue  # the cue is part of the treatment's own name ("microneedling combined with RF")
        # the noun phrase after the cue ends at a preposition, conjunction or verb
        words = re.split(r"[,.;:()]|\s(?:for|to|in|on|at|by|makes?|made|gives?|gave|can|may|will|is|are|was|were|"
                         r"did|does|do|had|has|helps?|works?|and|or|than|it|they|this|these)\s", unit_text[m.end():] + " ",
                         maxsplit=1)[0].split()[:3]
        # an adverb ends the noun phrase ("rosemary oil supposedly doubles")
        words = words[:next((i for i, w in enumerate(words) if i and re.fullmatch(r"[a-z]{3,}ly", w)), len(words))]
        # the phrase may run on into a verb the split does not know ("vitamin C improves"): its
        # longest head that names a treatment; a phrase named once counts when the phrase model is
        # confident it is one (the cue says it is given with the treatment)
        # (a pronoun or quantifier, "one of those medicines", refers back and names no treatment)
        while words and words[0].lower() in ("a", "an", "the", "your", "our", "my", "their", "his", "her", "its"):
            words = words[1:]
        # a finite verb ends the noun phrase ("with minoxidil grows more hair"), whatever the verb
        words = words[:next((i for i in range(1, len(words)) if _finite_in_phrase(unit_text, words, i, m.end())),
                            len(words))]
        if not words or _PRONOUN_WORD_RE.fullmatch(words[0].lower()) or words[0].lower() in (
                "some", "any", "no", "each", "either", "both", "all", "one", "another", "other", "what", "whatever",
                "anything", "something", "everything"):
            continue
        if intervention.regex.fullmatch(" ".join(words)) or intervention.regex.fullmatch(words[0]):
            # "Microneedling combined with minoxidil grows ...": the cue's object is the treatment
            # itself, the base; the part added is the noun phrase before the cue
            # (after a verb of adding, "X is worth adding to BASE", the part added is the subject)
            added = _np_before(unit_text[:m.start()], text) or (
                _np_before(subj, text) if (subj := _subject(unit_text)) and not intervention.regex.search(subj)
                and re.match(r"add", m.group(0).strip(), re.I) else None)
            if added is not None and added.key not in (intervention.key, intervention.parent) and \
                    added.parent != intervention.key:
                return _combined(intervention, added)
            continue
        # a substance the subject's treatment is given with ("a steroid solution", "a photosensitising
        # cream"): its form says it is applied, whatever the phrase model makes of its modifier (an
        # instrument, "with a roller", is no product form)
        substance = _np_concept(" ".join(words), text, given=True) if m is with_subject and len(words) > 1 \
            and _PRODUCT_FORM_RE.fullmatch(words[-1]) else None
        # (a verb of use in the cue, "then applying the steroid", says its object is given, whatever
        # the phrase model makes of the name)
        given = bool(re.match(r"then\s", m.group(0), re.I))
        other = substance or next((c for k in range(len(words), 0, -1) if (c := _treatment_concept(" ".join(words[:k]), text) or (
            _np_concept(" ".join(words[:k]), text, given=given)
            if given or treatment_probability(" ".join(words[:k])) >= 0.8 else None))
            is not None), None)
        if other is None or other.key in (intervention.key, intervention.parent) or other.parent == intervention.key:
            continue
        return _combined(intervention, other)
    return None


# A fronted participial clause of joining ("Used alongside minoxidil, it adds to the regrowth")
# modifies the main clause's subject: the thing used is the subject's referent, the cue's object
# the treatment added to it; a pronoun subject refers to the topic being discussed.
_FRONTED_JOIN_RE = re.compile(r"^\W*(?:used|taken|applied|given|combined|paired)\s+(?:together\s+)?(?:alongside|with|"
                              r"on\s+top\s+of|in\s+combination\s+with)\s+(?:a\s+|an\s+|the\s+|your\s+)?"
                              r"(?P<x>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}),\s*(?:it|they|this|these)\b", re.I)


def _fronted_combination(unit_text: str, topic: Concept, text: str) -> Concept | None:
    """"Used alongside minoxidil, it adds to the regrowth": the topic the pronoun refers to, given
    with the treatment the fronted clause names (None when it names none, or the topic itself)."""
    m = _FRONTED_JOIN_RE.match(unit_text)
    if m is None or "-plus-" in topic.key:
        return None
    x = _np_concept(m.group("x"), text, given=True)
    if x is None or topic.regex.fullmatch(m.group("x")) or x.key in (topic.key, topic.parent) or x.parent == topic.key:
        return None
    return _combined(topic, x)


def _finite_in_phrase(unit_text: str, words: Sequence[str], i: int, start: int) -> bool:
    """Is words[i] (of the phrase read from unit_text[start:]) a finite verb? English marks one by
    agreement or tense ("grows", "doubled") with an object, comparative or adverb after it
    ("grows more hair", "doubles the effect"), where a plural head noun would be followed by a verb
    or preposition."""
    if not re.fullmatch(r"[a-z]{3,}(?:[^su'\W]s|ed)", words[i]):
        return False
    at = re.search(r"\b" + r"\s+".join(re.escape(w) for w in words[:i + 1]) + r"\s+(\w+)", unit_text[start:])
    nxt = at.group(1).lower() if at else ""
    return nxt in _DETERMINERS or nxt in ("more", "less", "fewer", "much", "far", "twice") or bool(
        re.fullmatch(r"\d[\d.,%]*|[a-z]{3,}ly", nxt))


def _np_before(before: str, text: str) -> Concept | None:
    """The treatment the noun phrase ending `before` names (its last words up to a clause break,
    preposition or verb), or None."""
    tail = re.split(r"[,.;:()]|\b(?:for|to|in|on|at|by|of|is|are|was|were|can|may|will|and|or|than|that|"
                    r"with|says?|said)\b", before)[-1]
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", tail)][-3:]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words:
        return None
    return next((c for k in range(len(words)) if (c := _clipped_name(" ".join(words[k:]), text) or _treatment_concept(
        " ".join(words[k:]), text) or (_np_concept(" ".join(words[k:]), text) if treatment_probability(
            " ".join(words[k:])) >= 0.8 else None)) is not None), None)


def _clipped_name(phrase: str, text: str) -> Concept | None:
    """English clips a compound name to its head ("needling" for "microneedling" or "skin
    needling"): the one table entry the article names by a longer name ending in the phrase."""
    if not re.fullmatch(r"[A-Za-z-]{4,}", phrase) or any(c.regex.fullmatch(phrase) for c in INTERVENTIONS):
        return None
    # (the longer name may be one the table gives the entry, "derma roller", when the article names it)
    found = {c.key: c for c in INTERVENTIONS if c.regex.search(text) and any(
        len(n) > len(phrase) and n.lower().endswith(phrase.lower())
        for n in [n.group(0) for n in c.regex.finditer(text)] + [t.split("[")[0].strip('"*') for t in c.terms])}
    return next(iter(found.values())) if len(found) == 1 else None


def detect_intervention(article: Article) -> Concept:
    """The article's main intervention: a combination the title names, a table entry named in the
    title or most often in the text, else the title's most frequent treatment phrase (a generic
    concept), named as the technique the article says it uses when it defines one ("laser caps
    use low-level laser therapy (LLLT)"), and recognised as a subject by the article's other
    names for it that keep its distinguishing word ("cold plunge" for "cold water immersion").

    The rules' pick is checked by a second, learned reader (`topic_model`): a ranker over every
    candidate the article offers, trained on the development articles with general features only
    (where and how often a phrase is mentioned, as subject, comparator or under a negation; person
    and masthead cues). It replaces the rules' pick only when it prefers another candidate by the
    one margin chosen out-of-fold, so a new format (a video caption that names the treatment it
    quit, a letter under a brand's masthead) is read by what its sentences are about."""
    return _checked_intervention(article)


@functools.lru_cache(maxsize=16)  # (extraction asks twice per article; the candidates cost ~0.5 s)
def _checked_intervention(article: Article) -> Concept:
    from . import topic_model  # (it reads this module's helpers)
    return topic_model.choose(article, _rules_intervention(article))


def _rules_intervention(article: Article) -> Concept:
    """The hand rules' main intervention (`detect_intervention` without the learned check)."""
    concept = _main_intervention(article)
    if concept.key in _INTERVENTION_BY_KEY or "-plus-" in concept.key:
        return concept
    return _with_variants(_as_technique(concept, article.text), article.text)


# A product is named by the technique it uses or is a form of ("Laser caps and combs use low-level
# laser therapy (LLLT)", "X is a form of Y (Z)"): the literature indexes the technique, so the
# question asks about it. Only a technique the text defines with an abbreviation counts: that is
# how English introduces a technical term.
_USES_RE = r"(?:\s+and\s+[\w-]+)?\s+(?:use|uses|used|rely\s+on|relies\s+on|deliver|delivers|emit|emits|apply|applies|" \
           r"(?:is|are)\s+(?:a|an)\s+(?:form|type|kind|version)s?\s+of)\s+(?:a\s+|an\s+)?"


def _as_technique(concept: Concept, text: str) -> Concept:
    name = r"\s+".join(re.escape(w) for w in concept.label.split()) + r"s?"
    rx = re.compile(rf"\b{name}{_USES_RE}(?P<t>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,3}})\s*\(\s*(?P<a>[A-Z][A-Za-z0-9]{{1,7}})\s*\)",
                    re.I)
    for m in rx.finditer(text):
        term, abbr = " ".join(m.group("t").split()), m.group("a")
        if not _abbreviates(abbr, term) or any(c.regex.fullmatch(term) for c in OUTCOMES):
            continue
        tech = _generic_concept(term)
        table = next((c for c in INTERVENTIONS if c.regex.fullmatch(term)), None)
        # the table's spellings of the technique search its other names too ("low-level light therapy")
        terms = tech.terms + (f"{abbr}[tiab]",) + (table.terms if table else ()) + concept.terms
        return dataclasses.replace(concept, key=tech.key, label=tech.label.lower(),
                                   patterns=concept.patterns + tech.patterns + (f"(?-i:{re.escape(abbr)})",),
                                   terms=tuple(dict.fromkeys(terms)),
                                   subject_patterns=concept.subject_patterns + _product_head(concept))
    # A name a copula classifies as a thing modified by a listed technique ("The LumiCrown is a
    # low-level laser therapy helmet") is an instance of that technique: English classifies with
    # "X is a/an N", and a listed name needs no defining abbreviation. The classifier's head noun
    # ("the helmet") is then another name of the product as a subject (definite anaphora).
    # (by any name the concept has: a brand known as the subject, "The LumiCrown is ...", classifies it as well)
    names = "|".join([name, *(p for p in concept.subject_patterns if p and not p.startswith("(?"))])
    cop = re.compile(rf"\b(?:{names})\s+(?:is|are)\s+(?:a|an)\s+(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,5}})", re.I)
    for m in cop.finditer(text):
        np_ = re.split(r"\s+(?:for|to|in|on|at|by|with|that|which|who|and|or|from|of|you|it)\b", m.group("np"), maxsplit=1)[0]
        for c in INTERVENTIONS:
            t = c.regex.search(np_)
            if t is None or t.start() > 0 or not np_[t.end():].strip():
                continue  # the technique must modify a head noun after it ("... therapy helmet")
            term = " ".join(t.group(0).lower().split())
            head = np_[t.end():].split()[-1].lower()
            tech = _generic_concept(term)
            heads = (re.escape(head[:-1] if head.endswith("s") and not head.endswith("ss") else head),) \
                if len(head) >= 3 and head not in _GENERIC_STOP else ()
            # the entry's other spellings of this technique ("low-level light therapy"), not its
            # other members ("blue light", "LED mask"): a term sharing a distinguishing word
            marks = set(re.split(r"[\s-]+", term)[:-1]) - _GENERIC_STOP
            same = tuple(x for x in c.terms if marks & set(re.split(r"[\s\"\[\]*-]+", x.lower())[:-2]))
            return dataclasses.replace(concept, key=tech.key, label=tech.label.lower(),
                                       patterns=concept.patterns + tech.patterns,
                                       terms=tuple(dict.fromkeys(tech.terms + same + concept.terms)),
                                       subject_patterns=concept.subject_patterns + _product_head(concept) + heads)
    # A device named by its distinguishing word ("laser helmets") is an instance of the therapy
    # the article names with that same word ("low-level laser therapy is a reasonable option"):
    # a listed therapy whose name, as written, keeps the word and ends in a therapy noun.
    words = concept.label.lower().split()
    marks = {w for w in words[:-1] if w not in _GENERIC_STOP and len(w) >= 3}
    if len(words) >= 2 and marks and not re.search(r"(?:therapy|treatment)s?$", concept.label, re.I):
        for c in INTERVENTIONS:
            for m in c.regex.finditer(text):
                name = " ".join(m.group(0).lower().split())
                if len(name.split()) >= 2 and re.search(r"(?:therapy|treatment)$", name) and marks & set(
                        re.split(r"[\s-]+", name)):
                    tech = _generic_concept(name)
                    return dataclasses.replace(concept, key=tech.key, label=tech.label,
                                               patterns=concept.patterns + tech.patterns,
                                               terms=tuple(dict.fromkeys(tech.terms + c.terms + concept.terms)),
                                               subject_patterns=concept.subject_patterns + _product_head(concept))
    return concept


def _product_head(concept: Concept) -> tuple[str, ...]:
    """The product's head noun ("helmet" of "laser helmets"): "the helmet plus minoxidil" still
    names the product once the question is asked about its technique."""
    head = concept.label.split()[-1].lower()
    stem = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return (re.escape(stem),) if len(stem) >= 3 and stem not in _GENERIC_STOP else ()


def _names_primary(phrase: str, primary: Concept) -> bool:
    """Is `phrase` (a subject) one of the names the article gives its topic as a subject?"""
    return bool(primary.subject_patterns) and bool(_compiled(primary.subject_patterns).search(phrase))


def _with_variants(concept: Concept, text: str) -> Concept:
    """Subjects the article names the topic by that keep a distinguishing (non-head) word of its
    name ("a cold plunge", "Cold exposure", "Cold" for "cold water immersion"; "Low-level lasers"
    for "laser caps"): English shortens and varies a name it repeats but keeps what sets it
    apart. The head alone ("oil" of "rosemary oil") is shared by other things ("lavender oil"),
    so it never counts; nor does a phrase naming an outcome, a listed treatment or people."""
    words = concept.label.lower().split()
    if len(words) < 2:
        return concept
    marks = {w[:5] for w in words[:-1] if w not in _GENERIC_STOP and len(w) >= 3}
    if not marks:
        return concept
    found: list[str] = []
    for sent in sentences(text):
        subj = _subject(text[sent.start:sent.end])
        if not subj or len(subj.split()) > 4 or concept.regex.search(subj):
            continue
        ws = [w for w in re.findall(r"[A-Za-z][\w-]*", subj) if w.lower() not in _DETERMINERS]
        parts = {p[:5] for w in ws for p in w.lower().split("-")}
        phrase = " ".join(ws)
        if not ws or not (parts & marks) or phrase.lower() in (f.lower() for f in found) or _NOT_NP_RE.search(phrase) \
                or _outcome_hits(phrase, 0, len(phrase)) or any(c.regex.search(phrase) for c in INTERVENTIONS) \
                or _names_people_or_outcome(phrase, text) or treatment_probability(phrase) < 0.4:
            continue
        found.append(phrase)
    if not found:
        return concept
    pats = tuple(r"\s+".join(re.escape(w) for w in f.split()) + r"(?:s|ing)?" for f in found)
    return dataclasses.replace(concept, subject_patterns=tuple(dict.fromkeys(concept.subject_patterns + pats)))


# A treatment named after a comparison word in its clause ("works better than minoxidil",
# "Unlike minoxidil, it ...", "How does it compare with minoxidil?") is the yardstick the article
# measures its subject against, not the subject.
# (INTERV11) a ranking preposition compares too ("the best-evidenced treatment, ahead of minoxidil", "put PRP top,
# above finasteride and minoxidil"), and the second conjunct of a compared pair is compared as the first is
_COMPARED_BEFORE_RE = re.compile(rf"\b(?:{_COMPARISON_WORDS}|compares?\s+(?:with|to)|(?:as|so)\s+(?:\w+\s+){{1,2}}as|"
                                 r"ahead\s+of|above|behind)"
                                 r"\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:(?:and|or)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?)?$",
                                 re.I)


def _compared_mention(text: str, pos: int) -> bool:
    before = re.split(r"[.!?;\n]", text[max(0, pos - 60):pos])[-1]
    if _frames.NOTHING_BETTER_RE.match(before + text[pos:pos + 40]):
        return False  # "Nothing works better than tretinoin": the standard of a negated rivalry is the subject (TRAP8)
    return bool(_COMPARED_BEFORE_RE.search(before))


# A person is named as a speaker: a transcript's line labels ("PAIGE:") or the subject or object of a
# verb of saying ("Quinn says", "says Quinn", "she tells me"). English introduces its sources that
# way, whatever the topic; a person is never the treatment an article is about.
_SAYING = r"(?:says|said|tells|told|explains|explained|adds|added|laughs|laughed|recalls|admits|insists|notes|warns|swears)"


def _is_person(phrase: str, text: str) -> bool:
    words = phrase.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return _is_person(words[-1], text)  # "Mara Quinn" is the "Quinn" who "says"
    name = re.escape(phrase.strip())
    if not name or not phrase.strip()[:1].isupper():
        return False
    # (a label opens several lines: one "Creatine: 7 Things to Know" is a title, not a speaker)
    return len(re.findall(rf"^[ \t]*(?:\[[\d:]+\]\s*)?{name}\s*:", text, re.I | re.M)) >= 2 or bool(re.search(
        rf"(?-i:\b{name})(?:['’]s)?\s+{_SAYING}\b|\b{_SAYING}\s+(?-i:{name})\b", text, re.I))


# A first line that is a handle, a path or an all-caps field label none of whose words the text goes
# on to use (a forum's name, a transcript's file label) is a label, not a headline: the headline is the next line that names a phrase the text
# repeats ("Caption: ...", a post's own title), with its field label cut off. An e-mail's headline is
# its Subject header, whatever its From line says.
_FIELD_LABEL_RE = re.compile(r"^\W*(?:[A-Z][A-Za-z ]{1,20}:\s+)?")
_LABEL_LINE_RE = re.compile(r"^(?:\S*[/@]\S*|[A-Z]{3,}:\s.*)$")  # "r/SkincareAddiction", "@handle", "TRANSCRIPT: ..."
_SUBJECT_HEADER_RE = re.compile(r"^[ \t]*Subject:[ \t]*(?P<s>\S.*)$", re.M)


def _letterhead(title: str, text: str) -> bool:
    """Is the title line a sender's name that the document's closing block repeats ("NORTHGATE HAIR &
    SCALP CLINIC" above a letter whose footer gives the clinic's address)? A letterhead names who
    writes, never what the letter is about."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    return len(blocks) >= 3 and title.strip().lower() in blocks[-1].lower()


def _headline(title: str, text: str) -> str:
    top = "\n".join(text.split("\n")[:8])
    if (m := _SUBJECT_HEADER_RE.search(top)) and re.match(r"^\s*From:", text):
        return m.group("s").strip()
    if any(c.regex.search(title) for c in INTERVENTIONS) or _title_nickname(title, text):
        return title  # a title naming a listed treatment or a defined nickname is a headline
    # only a handle, a path or a field label can be a label ("Do They Work? A Review" heads); so can a
    # post's byline, a name with a handle or a date ("Dr A, GP (@dra) · 3 Nov", INT15)
    # and a line set wholly in capitals that names no treatment the text repeats ("FOR IMMEDIATE
    # RELEASE") is a label, the headline below it (INT15)
    caps_label = len(title.split()) >= 2 and title.isupper() and (not _title_phrase(title, text)[0]
                                                                  or _letterhead(title, text))
    if not _LABEL_LINE_RE.match(title.strip()) and not _BYLINE_PART_RE.search(title) and not caps_label:
        return title
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if caps_label and len(lines) > 1 and lines[0] == title.strip() and len(lines[1].split()) >= 3:
        return _FIELD_LABEL_RE.sub("", lines[1])  # a press release's headline follows its release label
    body = text.replace(title, " ", 1)
    words = [w for w in re.findall(r"[A-Za-z]{4,}", _BYLINE_PART_RE.sub(" ", title)) if w.lower() not in _GENERIC_STOP]
    if not words or (not caps_label and any(re.search(rf"\b{re.escape(w)}", body, re.I) for w in words)):
        return title
    for line in [ln.strip() for ln in text.split("\n") if ln.strip()][:8]:
        if line == title.strip() or len(line.split()) < 3:
            continue
        cand = _FIELD_LABEL_RE.sub("", line)
        if _title_phrase(cand, text)[0]:
            return cand
    return title


# A nickname the text defines ("what her facialist calls "the vampire eye": ... platelet-rich plasma
# ..."): English introduces a coined name with a verb of naming and defines it after a colon or a
# dash; the definition's listed treatment is what the nickname names.
def _defined_nickname(phrase: str, text: str) -> Concept | None:
    name = r"\s+".join(re.escape(w) for w in phrase.split())
    m = re.search(rf"\b(?:calls?|called|dubbed|nicknamed|known\s+as)\s+[\"“‘']?(?:the\s+)?{name}[\"”’']?\s*[:—–(]"
                  rf"(?P<d>[^.!?\n]{{0,240}})", text, re.I)
    if m is None:
        return None
    hits = sorted((x.start(), c) for c in INTERVENTIONS for x in [c.regex.search(m.group("d"))] if x)
    return hits[0][1] if hits else None


def _written_lower(phrase: str, text: str) -> bool:
    """Does the text write `phrase` in lower case as a word of its prose? A web or mail address is
    lower case by convention ("ops@frostface.co", "frostface.co/r/8812"), so a brand's name there
    does not make it a common noun."""
    return bool(re.search(rf"(?-i:(?<![\w@./-]){re.escape(phrase.lower())}(?![\w@/-]|\.[A-Za-z]))", text))


# A brand is a proper noun that modifies the common noun naming what the product is ("DotLift
# Microneedle Patch"): the literature indexes the kind, so the kind is the treatment and the brand one
# of the names the article gives it as a subject.
def _branded_kind(phrase: str, text: str) -> Concept | None:
    if len(phrase.split()) != 1 or _written_lower(phrase, text):
        return None  # a word the text also writes in lower case is a common noun, not a brand
    kinds = Counter(" ".join(m.group("k").lower().split()) for m in re.finditer(
        rf"\b{re.escape(phrase)}\s+(?P<k>(?:[A-Za-z][\w-]*\s+){{0,2}}(?:{_PRODUCT_FORM_RE.pattern}|device|pen|roller|"
        rf"mask|wand|cap|helmet))\b", text, re.I))
    if not kinds:
        return None
    kind = re.sub(r"(?<=ch|sh)es$|(?<=[a-rt-z])s$", "", kinds.most_common(1)[0][0])
    concept = _with_synonyms(_generic_concept(kind), text)
    plural = kind + ("es" if kind.endswith(("ch", "sh", "x")) else "s")  # one name for "patch" and "patches"
    concept = dataclasses.replace(concept, patterns=(r"\s+".join(re.escape(w) for w in kind.split()) + r"(?:es|s)?",),
                                  terms=tuple(dict.fromkeys((*concept.terms, f'"{plural}"[tiab]'))))
    practice = _practice_of(kind, text)
    if practice is not None:
        concept = dataclasses.replace(practice, patterns=practice.patterns + concept.patterns)
    active = " ".join(kind.split()[:-1])
    if active and any(c.regex.search(active) for c in INTERVENTIONS):
        # the kind's modifier alone names another listed treatment ("microneedle" of "microneedle
        # patch" is microneedling): the product's form is what sets it apart, so it stays in the search
        concept = dataclasses.replace(concept, terms=tuple(t for t in concept.terms if t.startswith('"')))
    return dataclasses.replace(concept, subject_patterns=tuple(dict.fromkeys(
        concept.subject_patterns + (re.escape(phrase),))))


def _practice_of(kind: str, text: str) -> Concept | None:
    """A device named by an agent noun ("roller": what rolls) is used in the practice its verb's
    gerund names ("rolling"); when the text makes that gerund a sentence's subject ("Rolling calms
    angry spots"), the practice is what the claims are about, as the literature names it ("ice
    rolling"), with the device's modifiers kept ("ice roller" -> "ice rolling")."""
    words = kind.split()
    if not words or not re.fullmatch(r"[a-z]{3,}er", words[-1].lower()):
        return None
    gerund = words[-1].lower()[:-2] + "ing"  # (English spells both on one stem: "scrubber", "scrubbing")
    if not any(re.search(rf"\b{gerund}\b", s, re.I) for s in sentence_subjects(text)):
        return None
    return _with_synonyms(_generic_concept(" ".join((*words[:-1], gerund))), text)


def _number_free_probability(phrase: str) -> float:
    """The phrase model's treatment probability of a noun phrase in the singular or the plural,
    whichever is higher: number inflects a noun, it does not change what the phrase names ("ear
    seeds" is what "an ear seed" is) (INT13)."""
    singular = phrase[:-3] + "y" if phrase.endswith("ies") else re.sub(r"(?<=[a-z]{2}[^sui])s$", "", phrase)
    return max(treatment_probability(phrase), treatment_probability(singular))


# A brand is defined where the copy says what it is: a label line "BRAND: NP", an appositive
# "BRAND, a/an NP," or "BRAND (NP)", or a copula "BRAND is a/an NP". When the defining noun phrase
# names a listed treatment as its head or as the modifier of a product or device head ("a facial
# microneedling pen", "5% minoxidil foam"), the brand is that treatment ("CLEARDUO: blue and red
# light, one pocket wand"): the literature indexes what a device delivers or a product holds. Only
# a proper noun (never written in lower case) is a brand; a treatment named after a preposition
# ("an alternative to retinol") is another thing (INT13).
_DEVICE_HEAD_RE = re.compile(rf"(?:{_PRODUCT_FORM_RE.pattern}|devices?|pens?|rollers?|masks?|wands?|caps?|helmets?|kits?)",
                             re.I)


_HELD_BY_HEAD_RE = re.compile(rf"(?:[\w-]+\s+){{0,2}}?(?P<h>{_DEVICE_HEAD_RE.pattern})\s+of\s+(?P<s>[A-Za-z][\w-]*"
                              rf"(?:\s+(?!(?:in|with|for|and|or|that|which|to|from|on|at|by)\b)[A-Za-z][\w-]*){{0,2}})"
                              rf"(?=[\s,.;:!?)]|$)", re.I)


def _defined_brand(phrase: str, text: str) -> Concept | None:
    if not phrase.strip() or _written_lower(phrase, text):
        return None  # a word the text also writes in lower case is a common noun, not a brand
    name = re.escape(phrase) + r"\W?"  # ("ReGrow+")
    unlisted: Concept | None = None
    for m in re.finditer(rf"(?m)^[ \t#*]*(?-i:{name})\s*[:–—]\s*(?P<d>[^\n]{{3,120}})|(?-i:\b{name}),\s+(?:an?\s+)?"
                         rf"(?P<a>[^,.;\n]{{3,80}})[,.;]|(?-i:\b{name})\s*\((?:an?\s+)?(?P<p>[^()\n]{{3,80}})\)|"
                         rf"(?-i:\b{name})\s+(?:is|are)\s+(?:a|an)\s+(?P<c>(?:[^.;:!?\n]|\.(?=\d)){{3,80}})", text):
        definition = m.group("d") or m.group("a") or m.group("p") or m.group("c")
        # "a spray of magnesium chloride": the of-complement of a product or device head names what
        # it holds, as the modifier of the head does ("a magnesium chloride spray") (TOPIC4)
        held = _HELD_BY_HEAD_RE.match(definition)
        if held is not None:
            definition = f"{held.group('s')} {held.group('h')}{definition[held.end():]}"
        # the defining noun phrase ends at a comma, a preposition or a clause ("..., one pocket wand")
        np_ = re.split(r"[,;!?(]|\.(?!\d)|\s(?:for|that|which|who|with|to|of|like|than|versus|vs|from|in|on|at|by|as|is|are|"
                       r"can|will|you|sold|made|used)\s", definition, maxsplit=1)[0].strip()
        hits = sorted(((x.start(), x.end(), c) for c in INTERVENTIONS for x in [c.regex.search(np_)] if x),
                      key=lambda h: h[0])
        if not hits and unlisted is None and len(np_.split()) <= 6:
            unlisted = _described_kind(np_, text)
        if not hits or len(np_.split()) > 6 or len({c.key for _, _, c in hits}) > 1:
            continue  # (two listed treatments are a combination, not one thing the brand is)
        a, b, table = hits[-1]
        after = np_[b:].split()
        if len(after) > 1 or (after and not _DEVICE_HEAD_RE.fullmatch(after[0])):
            continue  # the treatment modifies something other than a product ("a minoxidil alternative")
        # coordinated modifiers share the head ("blue and red light"): the name keeps them
        coord = re.search(r"(?:[A-Za-z][\w-]*\s*,\s*)*(?P<w>[A-Za-z][\w-]*)\s+(?:and|or|&)\s+$", np_[:a])
        if coord is not None and _DEVICE_HEAD_RE.fullmatch(coord.group("w")):
            continue  # "a gel and a minoxidil foam": two products, not one name with shared modifiers
        kind = _branded_kind(phrase, text)
        subjects = (re.escape(phrase),) + (kind.patterns if kind is not None else ())
        subjects = tuple(dict.fromkeys(table.subject_patterns + subjects))
        if coord is None:
            return dataclasses.replace(table, subject_patterns=subjects)
        own = _generic_concept(np_[coord.start():b])
        return dataclasses.replace(table, key=f"{table.key}-{own.key}", label=own.label, parent=table.key,
                                   patterns=own.patterns + table.patterns, subject_patterns=subjects)
    # ... or the next line's definite description of a line the brand opens ("VOLTA: Lift. Tone." /
    # "The pocket-sized microcurrent device that ..."): a page introduces what it sells that way
    for m in re.finditer(rf"(?m)^[ \t#*]*(?-i:{name})\b[^\n]*\n[ \t#*]*(?-i:The|A|An)\s+(?P<n>[^\n]{{3,120}})", text):
        if unlisted is not None:
            break
        np_ = re.split(r"[,;!?(]|\.(?!\d)|\s(?:for|that|which|who|with|to|of|like|than|versus|vs|from|in|on|at|by|as|is|are|"
                       r"can|will|you|sold|made|used)\s", m.group("n"), maxsplit=1)[0].strip()
        if len(np_.split()) <= 6 and not any(c.regex.search(np_) for c in INTERVENTIONS):
            unlisted = _described_kind(np_, text)
    if unlisted is not None:
        return dataclasses.replace(unlisted, subject_patterns=tuple(dict.fromkeys(unlisted.subject_patterns + (re.escape(phrase),))))
    return None


# A definition that names no listed treatment still says what kind of thing the brand is when its
# noun phrase ends in a product or device head ("VOLTA" / "The pocket-sized microcurrent device that
# ..."): the kind is the head with the plain noun modifiers next to it that the text keeps using; a
# hyphenated or numeric modifier ("pocket-sized", "5-minute") measures the thing, it names no kind (INT14).
def _described_kind(np_: str, text: str) -> Concept | None:
    words = np_.split()
    if len(words) < 2 or not _DEVICE_HEAD_RE.fullmatch(words[-1]):
        return None
    mods: list[str] = []
    for w in reversed(words[:-1]):
        if not re.fullmatch(r"[A-Za-z]{3,}", w) or w.lower() in _GENERIC_STOP or len(mods) == 2 \
                or len(_mentions(w, text)) < 2:
            break
        mods.insert(0, w.lower())
    if not mods or _names_people_or_outcome(" ".join(mods), text):
        return None
    return _with_synonyms(_generic_concept(" ".join((*mods, words[-1].lower()))), text)


def _title_nickname(title: str, text: str) -> Concept | None:
    """A quoted name in the title ("the "vampire eye" treatment") that the text defines."""
    for m in re.finditer(r"[\"“‘]([^\"“”‘’]{3,40})[\"”’]", title):
        concept = _defined_nickname(m.group(1), text)
        if concept is not None:
            return concept
    return None


# A table's cells are read by their heads: the column head names what a cell is about, the row head
# what it says of it (a comparison table: "| | DotLift patches | Botox |" over "| Smooths crow's feet |
# Visibly, in 4 weeks | Yes, in about 2 weeks |"). The head row is the row above the |---| rule.
_TABLE_RULE_RE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*\s*")


def _column_head(text: str, pos: int) -> str | None:
    found = _header_cells(text, pos)
    if found is None:
        return None
    cells, col = found
    return cells[col] if 0 < col < len(cells) and cells[col] else None


def _header_cells(text: str, pos: int) -> tuple[list[str], int] | None:
    """The header row's cells of the table holding `pos`, with the index of `pos`'s column."""
    ls = text.rfind("\n", 0, pos) + 1
    line = text[ls:pos]
    if not line.lstrip().startswith("|"):
        return None
    col = line.count("|") - 1  # the cells before pos; cell 0 is the row's head
    start = ls
    while start > 0:
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start:start - 1]
        if not prev.lstrip().startswith("|"):
            return None
        if _TABLE_RULE_RE.fullmatch(prev):
            head_start = text.rfind("\n", 0, prev_start - 1) + 1
            cells = [c.strip() for c in text[head_start:prev_start - 1].strip().strip("|").split("|")]
            return cells, col
        start = prev_start
    return None


def _column_treatment(text: str, pos: int, primary: Concept) -> Concept | None:
    head = _column_head(text, pos)
    if head is None:
        return None
    if primary.regex.search(head) or _names_primary(head, primary):
        return primary
    table = next((c for c in INTERVENTIONS if c.regex.search(head)), None)
    if table is not None:
        return table
    # (INTERV11) a column head is a treatment's name only when it reads as one, by the phrase model and the probe
    # together: an attribute's label ("Best for", "Fill", "Price") names what the cells say of each row's item
    if treatment_probability(head) < 0.5 or not _reads_as_treatment(head, 0.0):
        found = _header_cells(text, pos)
        first = found[0][0] if found and found[0] else ""
        own = primary.label.lower().split()[-1].rstrip("s")
        if first and len(first.split()) == 1 and len(own) >= 4 and first.lower().rstrip("s") == own:
            # the rows are the things compared, named by the page treatment's head noun ("| Blanket | ... |"): a
            # cell says something of its row's item, a form of the page's treatment
            return primary
        return None
    return _with_synonyms(_generic_concept(head), text)


def _named_phrase(phrase: str, text: str) -> Concept:
    """The concept a title phrase or subject names: a defined nickname's treatment, a brand's kind,
    a clipping of a listed treatment the text also names in full ("needling" of "microneedling",
    the clipping kept as one of its names), else the phrase itself."""
    clipped = _clipped_name(phrase, text)
    if clipped is not None:
        clipped = dataclasses.replace(clipped, subject_patterns=tuple(dict.fromkeys(
            clipped.subject_patterns + (re.escape(phrase.strip().lower()),))))
    return _defined_nickname(phrase, text) or _defined_brand(phrase, text) or _branded_kind(phrase, text) or \
        _unclipped_brand(phrase, text) or clipped or _with_synonyms(_generic_concept(phrase), text)


# A camel-case brand is a closed compound whose capitals mark its parts ("CryoFacial" = "Cryo" +
# "Facial"); a part that is no word by itself (neither in the text nor in the evidence base) is a
# clipping of the longer word the text spells in full ("cryotherapy"), the way English shortens a
# technical term. The unclipped compound is the brand's name; the brand stays one of its names (INT14).
def _unclipped_brand(phrase: str, text: str) -> Concept | None:
    if not re.fullmatch(r"(?:[A-Z][a-z]{2,}){2,3}", phrase):
        return None
    words: list[str] = []
    for part in re.findall(r"[A-Z][a-z]+", phrase):
        low = part.lower()
        if re.search(rf"(?<![\w-]){low}(?![\w-])", text, re.I) or low in _snapshot_words():
            words.append(low)
            continue
        fuller = Counter(w.lower() for w in re.findall(rf"(?<![\w-]){low}[a-z]{{3,}}\b", text, re.I)
                         if not w.lower().startswith(phrase.lower()))  # (the brand itself is no fuller word)
        full = max((w for w in fuller if treatment_probability(w) >= 0.5), key=lambda w: (fuller[w], len(w)), default=None)
        if full is None:
            return None
        words.append(full)
    name = " ".join(words)
    if name.replace(" ", "") == phrase.lower():
        return None  # no part was clipped: the compound is its own name
    concept = _with_synonyms(_generic_concept(name), text)
    return dataclasses.replace(concept, patterns=concept.patterns + (re.escape(phrase) + "s?",))


def _detect_intervention(article: Article) -> Concept:
    title = _headline(article.title or "", article.text)
    nickname = _title_nickname(title, article.text)
    if nickname is not None:
        return nickname
    combination = _title_combination(title, article.text)
    # (one that raises the other's results, "X Boosts Minoxidil Results", is said by the title alone)
    if combination is not None and (combination.regex.search(article.text) or _BOOSTS_RESULTS_RE.search(title)):
        return combination
    # A treatment named after a comparison word is the title's comparator, not its subject
    # ("Rosemary Oil: The Herb That Rivals Minoxidil").
    compared = _TITLE_COMPARATOR_RE.search(title)
    subject_title = title[:compared.start()] if compared else title
    done = _done_to_oneself(subject_title, article.text)
    if done is not None:
        return _with_synonyms(_generic_concept(done), article.text)
    subject = _title_subject(subject_title, article.text)
    scores: Counter[str] = Counter()
    for c in INTERVENTIONS:
        n_title = len(c.regex.findall(subject_title))
        n_body = sum(not _compared_mention(article.text, m.start()) for m in c.regex.finditer(article.text))
        if subject is not None and (not n_title or c.regex.search(subject)):
            continue  # the title's own subject is not in the table: it wins over table entries it mentions

        if n_title or n_body:
            scores[c.key] = 4 * n_title + n_body
    # A specialised form (RF microneedling) counts toward its parent, never above it.
    for c in INTERVENTIONS:
        if c.parent and c.key in scores:
            scores[c.parent] += scores[c.key]
            scores[c.key] = min(scores[c.key], scores[c.parent] - 1)
    if scores:
        key, best = scores.most_common(1)[0]
        winner = _INTERVENTION_BY_KEY[key]
        # The title is where an article names its subject: a listed treatment the title leaves out
        # loses to a treatment the title names and the text repeats at least as often ("ReNew
        # Bakuchiol Night Serum" over the retinol it is likened to).
        named, _ = _title_phrase(subject_title, article.text) if not winner.regex.search(subject_title) else ("", 0.0)
        if named and (any(c.regex.search(named) for c in INTERVENTIONS)
                      or len(_generic_concept(named).regex.findall(article.text)) < max(3, best)):
            named = ""
        if best >= 3 and not named:
            # a title comparing two members ("Tretinoin versus tazarotene") is about both
            return winner if compared else _title_member(winner, subject_title, article.text)
    if subject is not None:
        named_as = _named_phrase(subject, article.text)
        active = _with_active_part(named_as)  # (a brand stays one of the names it takes as a subject)
        return dataclasses.replace(active, subject_patterns=tuple(dict.fromkeys(
            named_as.subject_patterns + active.subject_patterns)))
    best_phrase, best_score = _title_phrase(title, article.text)
    # The treatments the article's sentences take as subject: the topic when no title word names
    # it, and the check on a title word that does (a newsletter's masthead, "THE SUNDAY WELLNESS
    # LETTER", is in the title and the text but is never what the sentences are about).
    subjects: Counter[str] = Counter()
    all_subjects: list[str] = []
    # (read after a chat stamp or a speaker's label, "Fay: wrapping can't ...", which name who speaks)
    for subj in sentence_subjects(article.text):
        all_subjects.append(subj or "")
        if subj and len(subj.split()) <= 3 and not _is_pronoun(subj) and not _PRO_FORM_RE.search(subj) and not _NOT_NP_RE.search(subj) \
                and treatment_probability(subj) >= 0.7 and not _names_people_or_outcome(subj, article.text) \
                and not _is_person(subj, article.text):
            subjects[_generic_concept(subj).label] += 1
    # a heading that names what the prose below it takes as subject ("2. Saw palmetto") counts too:
    # a listicle's treatments head its sections, whatever the phrase model makes of their names
    for _, _, topic in _sections(article.text, _generic_concept("treatment")):
        if topic is not None:
            subjects[topic.label] += 1
    if best_phrase and (not subjects or subjects.most_common(1)[0][1] < 3
                        or any(_generic_concept(best_phrase).regex.search(x) for x in all_subjects)):
        return _named_phrase(best_phrase, article.text)
    if subjects:
        return _named_phrase(subjects.most_common(1)[0][0], article.text)
    # nothing the title names recurs: a title that names a product in its form still names what the
    # page is about ("Reviews: Wildcrafted Sea Moss Gel"), by its longest such noun phrase (INT13)
    title_nps = [g for g in _line_grams(title) if len(g.split()) >= 2 and _PRODUCT_FORM_RE.fullmatch(g.split()[-1])
                 and _number_free_probability(g) >= 0.5 and not _names_people_or_outcome(g, article.text)
                 and not _outcome_hits(g, 0, len(g)) and not _unfit_main(g, article.text, title)]
    # ("Hair Loss Foam" names a purpose, not what the foam holds)
    if title_nps:
        return _named_phrase(max(title_nps, key=lambda g: (len(g.split()), _number_free_probability(g))), article.text)
    return _named_phrase(next((w for w, _ in Counter(re.findall(r"[a-z]{5,}", article.text.lower())).most_common()
                                  if not _QUANTIFIER_RE.match(w) and not _is_person(w.capitalize(), article.text)
                                  and not _is_person(w.upper(), article.text) and not _used_as_verb(w, article.text)),
                               "treatment"), article.text)


# A modal or a "do" auxiliary takes a verb after it ("can cause", "does help", "won't irritate"): a word the text
# uses there is a verb, never the thing given (NEG15). A sentence-initial one is a question's inversion ("Will
# pumpkin seed oil ...?"), its subject after it.
_VERB_SLOT_RE = re.compile(r"(?<![.?!]\s)(?<!^)(?<![.?!]\n)(?<!\n)\b(?:can|could|may|might|will|would|shall|should|must|cannot|does|did|"
                           r"(?:ca|wo|do|does|did|could|would|should|must)n['’]t)\s+(?:(?:not|never|also|often|even|still|"
                           r"really|easily|sometimes|usually)\s+)?$", re.I)


def _used_as_verb(word: str, text: str) -> bool:
    """Does the text use `word` as a verb: right after a modal or a "do" auxiliary?"""
    return any(_VERB_SLOT_RE.search(text, max(0, m.start() - 30), m.start())
               for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I))


def _degree_outcome(item_text: str) -> str:
    """The quantity a degree clause of entry names as a verb's object ("increases how much of a topical
    product gets into the skin" -> "topical product penetration"; `frames.degree_clause_nominal`), else ""."""
    from .frames import degree_clause_nominal

    nominal = degree_clause_nominal(item_text)
    if nominal == item_text:
        return ""
    m = re.search(r"\bthe\s+(?P<n>penetration|absorption)\s+of\s+(?:(?:a|an|the|your|any|its|their|some)\s+)?"
                  r"(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)(?=\s+(?:into|through|past|by|in|on)\b|\s*$|\s*[,.;:!?])",
                  nominal, re.I)
    if m is None or _PRONOUN_WORD_RE.fullmatch(m.group("np")):
        return m.group("n").lower() if m else ""
    return f"{m.group('np').lower()} {m.group('n').lower()}"


_PRONOUN_WORD_RE = re.compile(r"it|them|this|that|these|those|what|which", re.I)


# ---------------------------------------------------------------------------------------------
# Round 12 (INT12): what can be an article's main intervention, and the phrase it keeps returning
# to when the title and the table name none. Each test is a general fact of English or of the
# evidence base, never a topic's word.

# an amount or an excess of something ("too much iodine", "more sleep") is a dose of the thing, said
# of it, never the treatment an article is about
_EXCESS_RE = re.compile(r"^\W*(?:too\s+(?:much|many|little|few)|(?:much|more|less|fewer|excess(?:ive)?|extra|enough|"
                        r"lots?\s+of|plenty\s+of|high|higher|low|lower)\b)", re.I)
# English marks a body part with a possessive determiner ("your lashes", "my hair"): what a person
# has is what a treatment acts on, not the treatment
_USE_VERB_BEFORE_RE = re.compile(r"\b(?:take|takes|took|taking|use|uses|used|using|apply|applies|applied|applying|buy|"
                                 r"buys|bought|buying|try|tries|tried|trying|order|ordered|make|makes|made|making)\s+"
                                 r"(?:my|your|her|his|their|our)\s+(?:[a-z-]+\s+)?$", re.I)
_OWNED_BEFORE_RE = re.compile(r"\b(?:my|your|her|his|their|our)\s+(?:[a-z-]+\s+)?$", re.I)
# number agreement: after a singular determiner a noun phrase's last word cannot be a plural, so a
# final -s word there is a verb ("every plan starts with ...")
_SINGULAR_DET_BEFORE_RE = re.compile(r"\b(?:every|each|a|an|this|that|one|another)\s+$", re.I)
# a speaker label opening a line or a clause ("KENZIE:", "Dr. Lee:", "[ON SCREEN:") is who speaks, not
# part of the noun phrase after it
# a letter or a letter and number naming a member of a series ("vitamin D", "vitamin B12", "CoQ 10")
_NAMED_LETTER_RE = re.compile(r"[A-Za-z][\w-]+\s+(?:[A-Z]\d{0,2}|\d{1,2})")
_DETERMINER_ALT = "the|a|an|this|that|these|those|its|their|your|my|our|his|her|some|any|no"
# A chat export's line opens with its time stamp ("[03/11/2026, 07:12] Priya: ...", "03/12/2026, 19:05 -
# Mia: ..."): document structure, like a speaker's label, never part of what is said
_CHAT_STAMP_RE = re.compile(r"^\W*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"
                            r"\]?\s*(?:[-–—]\s+)?", re.I)
_SPEAKER_LABEL_RE = re.compile(r"^\W*(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*"
                               r"(?:\([^)]{1,40}\))?\s*:\s+")


@functools.lru_cache(maxsize=1)
def _snapshot_texts() -> tuple[str, ...]:
    """The snapshot's record titles, synopses and MeSH terms: the evidence base's own vocabulary."""
    from .snapshot import snapshot_file
    try:
        lines = snapshot_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return ()
    out = []
    for line in lines:
        if line.strip():
            raw = json.loads(line)
            out.append(" ".join([raw.get("title") or "", raw.get("synopsis") or "", "; ".join(raw.get("mesh_terms") or [])]))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _snapshot_words() -> frozenset[str]:
    return frozenset(w.lower() for t in _snapshot_texts() for w in re.findall(r"[A-Za-z]{2,}", t))


@functools.lru_cache(maxsize=1)
def _snapshot_synonyms() -> tuple[tuple[re.Pattern[str], Concept], ...]:
    """Other names the evidence base gives a listed treatment: English defines a synonym by apposition
    in parentheses ("skin needling (collagen induction therapy)", "percutaneous collagen induction
    (microneedling)"). A name of two to four words that no other listed treatment matches, set beside
    one listed treatment, is that treatment's name too."""
    found: dict[str, Concept] = {}
    for text in _snapshot_texts():
        for m in re.finditer(r"(?P<a>(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s+\((?P<b>[A-Za-z][\w -]{3,60})\)", text):
            a, b = m.group("a"), m.group("b").strip()
            for name, other in ((b, a), (a, b)):
                words = name.split()
                if not 2 <= len(words) <= 4 or any(c.regex.search(name) for c in INTERVENTIONS) or any(
                        len(w) < 3 or w.lower() in _GENERIC_STOP or _QUANTIFIER_RE.match(w) for w in words):
                    continue
                listed = [c for c in INTERVENTIONS if c.regex.search(other)]
                if len(listed) == 1:
                    found.setdefault(" ".join(w.lower() for w in words), listed[0])
    return tuple((re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in k.split()) + r"(?![\w-])", re.I), c)
                 for k, c in found.items())


def _proper_name(phrase: str, text: str) -> bool:
    """An all-caps word the text never writes in lower case, never defines as an abbreviation and the
    evidence base never uses ("KWTV", "VELLORA") names a broadcaster, a shop or a brand; so do two or
    more such capitalised words ("Kenzie Obi")."""
    words = re.findall(r"[A-Za-z]{2,}", phrase)
    if len(words) >= 2 and all(w[0].isupper() and not re.search(rf"(?-i:\b{w.lower()}\b)", text)
                               and w.lower() not in _snapshot_words() for w in words):
        return True  # "Kenzie Obi": capitalised words never written in lower case are a name
    for w in words:
        if not w.isupper() or re.search(rf"(?-i:\b{w.lower()}\b)", text) or w.lower() in _snapshot_words():
            continue
        if re.search(rf"\(\s*{w}\s*\)|\b{w}\s*\(", text):
            continue  # "tranexamic acid (TXA)": a defined abbreviation
        return True
    return False


def _mentions(phrase: str, text: str) -> list[re.Match[str]]:
    """The phrase's mentions, singular or plural ("lash", "lashes")."""
    words = phrase.split()
    if not words:
        return []
    pattern = r"\s+".join(_name_pattern(w) for w in words) + r"(?:e?s)?"
    return list(re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text, re.I))


def _unfit_main(phrase: str, text: str, title: str) -> bool:
    """Can `phrase` not be the article's main intervention: an amount or excess, a proper name of an
    organisation or a person, a body part the text says people have, a word the title gives as its
    purpose ("... Serum for Thinning Hair"), a pronoun, or a clause (a verb after a singular noun)?"""
    phrase = phrase.strip()
    # a name is judged as the title or text writes it, not by our lower-cased label ("The
    # Fenbury Courier", a masthead: INT15)
    written = next((m.group(0) for m in (*_mentions(phrase, title), *_mentions(phrase, text))), phrase)
    if not phrase or _EXCESS_RE.match(phrase) or _proper_name(written, text) or _is_person(phrase, text) \
            or _QUANTIFIER_RE.match(phrase) or _is_pronoun(phrase) or _part_of_name(phrase, text) \
            or _OPEN_END_RE.search(phrase):
        return True
    head = phrase.split()[-1].lower()
    if _TIME_UNIT_RE.match(head):
        # a phrase headed by a unit ("the same deep-sleep minutes", "12 weeks") is a quantity of
        # it: what is measured or how long, never what is given
        return True
    purposes = " ".join(m.group("np").lower() for m in (*_TITLE_OUTCOME_RE.finditer(title), *_TREATED_OBJECT_RE.finditer(title)))
    if re.search(rf"\b{re.escape(head)}\b", purposes):
        return True
    found = _mentions(phrase, text)
    # ... a thing people own and use is bought, taken or applied, or sold in a form ("take your sea
    # moss", "my sea moss gummies"); a body part is none of these ("your lashes grow")
    owned = sum(bool(_OWNED_BEFORE_RE.search(text[max(0, m.start() - 30):m.start()]))
                and not _USE_VERB_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()])
                and not re.match(rf"\s+(?:{_PRODUCT_FORM_RE.pattern})\b", text[m.end():], re.I) for m in found)
    if owned >= 2:
        return True
    if len(phrase.split()) >= 2 and re.search(r"[^s]s$", head):
        if any(_SINGULAR_DET_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()]) for m in found):
            return True
    return False


# A capitalised name of several words ("Fungi & Fox", a shop's masthead; `_proper_name`) is one name:
# a word the text writes only inside it is a part of that name, never a thing of its own.
_NAME_CHAIN = r"[A-Z][\w'’-]*(?:[ \t]+(?:&[ \t]+|and[ \t]+)?[A-Z][\w'’-]*)*"  # (on one line)


def _part_of_name(phrase: str, text: str) -> bool:
    found = _mentions(phrase, text)
    if not found:
        return False
    for m in found:
        before = re.search(rf"{_NAME_CHAIN}[ \t]+(?:&[ \t]+|and[ \t]+)?$", text[max(0, m.start() - 60):m.start()])
        after = re.match(rf"[ \t]+(?:&[ \t]+|and[ \t]+)?{_NAME_CHAIN}", text[m.end():m.end() + 60])
        name = ((before.group(0) if before else "") + m.group(0) + (after.group(0) if after else "")).strip()
        if not (before or after) or not m.group(0)[:1].isupper() or not _proper_name(name, text):
            return False
    return True


def _form_of(phrase: str, text: str) -> bool:
    """Does the text sell `phrase` in a product form ("sea moss gel", "peptide serum")? Then it is a
    thing given, whatever the phrase model makes of its words."""
    if _PRODUCT_FORM_RE.fullmatch(phrase.split()[-1]):
        return True
    pattern = _generic_concept(phrase).regex.pattern
    return bool(re.search(rf"(?:{pattern})\s+(?:{_PRODUCT_FORM_RE.pattern})\b", text, re.I))


def _label_lines(article: Article, title: str) -> list[str]:
    """The headline and the short lines that name a topic (headings, captions, on-screen labels),
    with any speaker or field label cut off."""
    lines = [title]
    for ln in article.text.split("\n"):
        ln = re.sub(r"^[\s#>*\-•\[]*(?:\*\*)?", "", ln).strip()
        inner = re.sub(r"^[A-Z][A-Z .]{1,30}:\s+", "", ln)  # "ON SCREEN: MOUTH TAPING: ..."
        if 0 < len(inner.split()) <= 12 and inner != title:
            lines.append(inner.strip("[]* "))
    return lines


def _line_grams(line: str) -> list[str]:
    """A line's noun phrases of one to three content words: head-final (a word the line goes on to
    modify names no thing) unless what follows is a product's stacked name ending in its form
    ("Pumpkin Seed Oil Hair Growth Serum")."""
    tokens = np_tokens(line)
    out = []
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            gram = tokens[i:i + n]
            if not all(w[0].isalpha() for w in gram) or any(w.lower() in _GENERIC_STOP for w in (gram[0], gram[-1])) \
                    or (len(gram[-1]) < 3 and not _NAMED_LETTER_RE.fullmatch(" ".join(gram[-2:]))) \
                    or _TIME_UNIT_RE.match(gram[-1]) or gram[0].lower() in _SUBJECT_PRONOUNS \
                    or gram[-1].endswith("'s") or (i and tokens[i - 1].endswith("'s")):
                continue  # (a possessive compound is one name: its possessor or head alone names nothing)
            rest = list(itertools.takewhile(lambda w: w[:1].isalpha() and w.lower() not in _GENERIC_STOP, tokens[i + n:]))
            if rest and rest[0].lower() not in _CLAUSE_OPENERS and not (
                    len(rest) <= 3 and (_GENERIC_HEAD_RE.search(rest[-1]) or _PRODUCT_FORM_RE.fullmatch(rest[-1]))):
                continue
            out.append(" ".join(gram))
    return out


def _recurring_treatment(article: Article, title: str) -> Concept | None:
    """The treatment-like noun phrase the article keeps returning to: listed treatments by their
    mentions (and the evidence base's other names for them), and the noun phrases of its headline,
    headings and labels and its sentences' subjects by their mentions in the whole text, the
    headline's counting double. Unfit phrases (`_unfit_main`) and outcome words never count; a
    shorter name gives way to the longest candidate that contains it and recurs."""
    text = article.text
    scores: dict[str, float] = {}
    concepts: dict[str, Concept] = {}
    for c in INTERVENTIONS:
        n = sum(not _compared_mention(text, m.start()) for m in c.regex.finditer(text))
        n += sum(len(p.findall(text)) for p, s in _snapshot_synonyms() if s.key == c.key)
        n += sum(len(p.findall(title)) for p, s in _snapshot_synonyms() if s.key == c.key) + len(c.regex.findall(title))
        if n:
            scores[c.label], concepts[c.label] = float(n), c
    lines = _label_lines(article, title)
    modified: dict[str, float] = {}  # recurring compounds the phrase model is unsure of ("ear seeds")
    grams: Counter[str] = Counter()
    subjects: set[str] = set()  # a sentence's subject is a noun phrase by its place in the clause
    for k, line in enumerate(lines):
        for g in _line_grams(line):
            grams[g] += 2 if k == 0 else 1
    for k_sent in range(len(sentences(text))):
        subj = sentence_subjects(text)[k_sent]
        if subj and len(subj.split()) <= 3 and not _NOT_NP_RE.search(subj) and (
                len(subj.split()[-1]) >= 3 or _NAMED_LETTER_RE.fullmatch(" ".join(subj.split()[-2:]))):
            subj = re.sub(r"^(?:the|a|an|this|that|these|those)\s+", "", subj, flags=re.I)
            grams[subj] += 1
            subjects.add(subj)
    for g, weight in grams.items():
        lowered = " ".join(w.lower() if w.isupper() and re.search(rf"(?-i:\b{w.lower()}\b)", text) else w
                           for w in g.split())
        count = sum(not _names_job(text, m) for m in _mentions(lowered, text))
        first = re.findall(r"[A-Za-z]+", lowered)
        if count < 2 or not first or first[0].lower() in _SUBJECT_PRONOUNS or any(c.regex.search(lowered) for c in INTERVENTIONS):
            continue
        if not (treatment_probability(lowered) >= 0.5 or _form_of(lowered, text)):
            if len(lowered.split()) > 1 and not _unfit_main(lowered, text, title) and \
                    not _names_people_or_outcome(lowered, text):
                modified[lowered] = count * (1 + 0.5 * (len(g.split()) - 1)) + weight
            continue
        if len(g.split()) == 1 and g[:1].isupper() and not re.search(rf"(?-i:\b{re.escape(g.lower())}\b)", text) \
                and g.lower() not in _snapshot_words():
            continue  # a proper noun ("Kenzie") names a person or a brand; a brand's kind is `_branded_kind`'s
        if len(g.split()) == 1 and lowered.lower() in _TIME_HEAD_WORDS:
            continue  # a time of day or a period ("morning") says when, never what is given
        if len(g.split()) == 1 and g not in subjects and not _form_of(lowered, text) and not re.search(
                rf"\b(?:{_DETERMINER_ALT})\s+(?:[a-z-]+\s+)?{re.escape(lowered)}\b", text, re.I):
            continue  # a noun takes a determiner somewhere ("the tape"); "not", "out", "done" never do
        if _unfit_main(g, text, title) or _unfit_main(lowered, text, title) or _names_people_or_outcome(lowered, text):
            continue
        label = _generic_concept(lowered).label
        scores[label] = max(scores.get(label, 0.0), count * (1 + 0.5 * (len(g.split()) - 1)) + weight)
        concepts.setdefault(label, _named_phrase(lowered, text))
    if not scores:
        return None
    best = max(scores, key=lambda k: scores[k])
    # the longer name contains the shorter one, or its practice: English names the use of a thing by
    # the verb's -ing form ("tape" -> "mouth taping")
    stem = re.escape(re.sub(r"e?s$|e$", "", best.split()[-1].lower()))
    # (a product form added to the name is optional: "bladderwrack gel" is bladderwrack, as sold)
    longer = [k for k in scores if k != best and k not in (c.label for c in INTERVENTIONS)
              and (not _PRODUCT_FORM_RE.fullmatch(k.split()[-1]) or _PRODUCT_FORM_RE.fullmatch(best.split()[-1]))
              and (_generic_concept(best).regex.search(k) or (" " not in best and len(stem) >= 3
                                                             and re.search(rf"\b{stem}(?:e|p)?ing\b", k, re.I)))]
    if longer and best not in (c.label for c in INTERVENTIONS):
        best = max(longer, key=lambda k: (len(k.split()), scores[k]))
    elif " " not in best and best not in (c.label for c in INTERVENTIONS):
        # English noun phrases are head-final: a one-word best that the text keeps using to modify
        # the same following noun ("ear" of "Ear Seeds", "ear seeding") is that compound's
        # modifier, and the compound is the name (QST13)
        heads = [k for k in modified if k.split()[0].lower() == best.lower() and len(k.split()) == 2]
        if heads:
            compound = max(heads, key=lambda h: modified[h])
            if 2 * len(_mentions(compound, text)) >= len(_mentions(best, text)):
                return _named_phrase(compound, text)
    return concepts[best]


# A noun modifying the agent noun a person is said to be ("Tom is a hardware engineer", "she worked
# as a software designer") names that person's trade, never a thing given to anyone (INT14).
_JOB_BEFORE_RE = re.compile(r"(?:(?-i:\b[A-Z][a-z]+)|\b(?:he|she|I|we|they))\s+(?:is|was|am|are|were|'s|’s)\s+(?:an?\s+)?"
                            r"(?:[\w-]+\s+)?$|\b(?:as|worked\s+as)\s+(?:an?\s+)(?:[\w-]+\s+)?$", re.I)
_AGENT_AFTER_RE = re.compile(r"\s+[a-z]+(?:er|or|ist|ian)s?\b")


def _names_job(text: str, m: re.Match[str]) -> bool:
    return bool(_AGENT_AFTER_RE.match(text, m.end()) and _JOB_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]))


def _labelled_compound(head: str, lines: Sequence[str], text: str) -> str | None:
    """The name a bare head noun stands for ("pen"): the one two-word compound of it that a headline
    or label gives and the text repeats ("HYALURON PEN"), its modifier written out as the text
    spells it in full when it is a clipping ("hyaluron" -> "hyaluronic acid", QST14); else None."""
    found = {g.lower() for line in lines for g in _line_grams(line) if len(g.split()) == 2
             and re.fullmatch(rf"{re.escape(head)}s?", g.split()[1], re.I) and g.split()[0].lower() not in _GENERIC_STOP}
    # English writes a compound open, hyphenated or solid ("#hyaluronpen"): the one the text repeats
    # in any spelling is the name; a compound said once ("lip pen") is a description
    uses = {g: len(re.findall(rf"\b{re.escape(g.split()[0])}[\s-]?{re.escape(head)}s?\b", text, re.I)) for g in found}
    repeated = [g for g in found if uses[g] >= 2]
    if len(repeated) != 1:
        return None
    modifier = repeated[0].split()[0]
    if treatment_probability(f"{modifier} {head}") < 0.5:
        return None
    # English clips a long word to its start ("hyaluron"): the fuller form the text repeats is the name
    fuller: Counter[str] = Counter()
    for m in re.finditer(rf"\b({re.escape(modifier)}[a-z]+)(\s+[a-z]+)?\b", text, re.I):
        fuller.update({m.group(1).lower(), m.group(0).lower()})
    full = max((f for f, n in fuller.items() if n >= 2 and treatment_probability(f) >= 0.5),
               key=lambda f: (len(f.split()), fuller[f]), default=modifier)
    return f"{full} {head}"


@functools.lru_cache(maxsize=8)
def sentence_subjects(text: str) -> tuple[str, ...]:
    """Each sentence's subject noun phrase ("" when none), read after a chat line's time stamp and a
    speaker's label, which are document structure, not the clause's subject."""
    out = []
    for sent in sentences(text):
        unit = _SPEAKER_LABEL_RE.sub("", _CHAT_STAMP_RE.sub("", text[sent.start:sent.end], count=1), count=1)
        # a line of bracketed labels ("[Book now] [Website] [Save]") is a page's links or buttons:
        # navigation, no clause, so no subject
        subject = "" if _LINK_LINE_RE.fullmatch(unit) else _subject(unit) or ""
        # an interrogative word opens a clause, its subject after it ("Why rice water works when ...": "rice
        # water", TOPIC6)
        out.append(_WH_OPENER_RE.sub("", subject) if _WH_OPENER_RE.match(subject) and len(subject.split()) > 1 else subject)
    return tuple(out)


_WH_OPENER_RE = re.compile(r"^(?:why|how|whether|when|where)\s+", re.I)


_LINK_LINE_RE = re.compile(r"\W*(?:\[[^\[\]\n]+\]\W*){2,}")


# a thing taken, used or bought: its mentions follow a verb of use, with or without a determiner
_USED_BEFORE_RE = re.compile(r"\b(?:take|takes|took|taking|use|uses|used|using|apply|applies|applied|applying|"
                             r"try|tries|tried|trying|buy|bought|started|start|switched\s+to|swapped|drink|drank|"
                             r"drinking|add|added|adding)\s+(?:(?:the|a|an|my|your|some|this|their|our)\s+)?$", re.I)


# a practice or product is done, had, got, made, tried, offered or sold, the verb perhaps separated from
# it by an adverb or a count ("doing mostly dermaplaning", "done over 3,000 dermaplaning", "I tried the
# viral pen")
_PRACTISED_BEFORE_RE = re.compile(r"\b(?:do|does|did|doing|done|had|have|having|get|gets|got|getting|book|booked|"
                                  r"offer|offers|offered|sell|sells|sold|make|makes|made|making|try|tries|tried|"
                                  r"trying)\s+(?:[\w,.-]+\s+){0,2}$", re.I)


def _plays_treatment_role(concept: Concept, text: str, subject: bool = True) -> bool:
    """Is `concept` what some sentence is about: the subject of a sentence (when `subject`), or the
    object of a verb of use or practice ("take", "apply", "doing")? A document's genre or masthead
    ("transcript", a clinic's name) is neither."""
    if subject and any(s and concept.regex.search(s) for s in sentence_subjects(text)):
        return True
    # a gerund that takes an object ("taping your mouth shut", "needling the patches") names an
    # action someone does to something: the practice itself, whatever the clause around it
    gerund = concept.label.lower().endswith("ing")
    return any(_USED_BEFORE_RE.search(text[max(0, m.start() - 30):m.start()])
               or _PRACTISED_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()])
               or (gerund and _GERUND_OBJECT_RE.match(text, m.end())) for m in concept.regex.finditer(text))


_GERUND_OBJECT_RE = re.compile(r"\s+(?:the|my|your|his|her|our|their|its|each|every)\s+[a-z]", re.I)


def confident_pick(concept: Concept, article: Article) -> bool:
    """Is the rules' main intervention a confident pick? A listed treatment, a combination or a named
    variant is; a phrase of the text is not when it cannot name a thing (it ends in a preposition,
    conjunction or determiner, or is a pronoun or quantifier) or no sentence takes it as subject or as
    the object of a verb of use (a title's genre, "Broadcast transcript", or a masthead). Then the
    learned ranker (`topic_model`) decides."""
    if concept.key in _INTERVENTION_BY_KEY or "-plus-" in concept.key or concept.parent:
        return True
    label = concept.label.strip()
    if not label or _OPEN_END_RE.search(label) or _QUANTIFIER_RE.match(label) or _is_pronoun(label) or \
            _POSSESSIVE_PRONOUN_RE.fullmatch(label) or _PRO_FORM_RE.search(label):
        return False  # (a possessive pronoun, "mine", stands for a noun phrase named elsewhere: RECALL2)
    if _bare_proper_name(label, article.text) and any(c.regex.search(article.text) for c in INTERVENTIONS):
        return False  # (a brand the text never defines stays the name when it names no listed treatment)
    # (a name the rules composed, a clipping written out in full, is not the text's spelling of it)
    mentions = len(concept.regex.findall(article.text))
    # an article names what it is about more than once, by this name or another it gives it as a subject
    # (a brand's); a phrase met once as a subject ("Temporarily, yes") is no topic the text returns to,
    # though one the text uses or practises ("doing mostly dermaplaning") is
    if concept.subject_patterns:
        mentions += len(_compiled(concept.subject_patterns).findall(article.text))
    return not mentions or _plays_treatment_role(concept, article.text, subject=mentions >= 2)


def _bare_proper_name(label: str, text: str) -> bool:
    """Is `label` one word the text writes only with a capital (outside web addresses) and the evidence
    base never uses ("LumaDerm" of "LumaDerm Skin Clinic")? A proper noun names a clinic, a shop or a
    brand; what it offers is the treatment the literature indexes, so such a pick is no confident one
    when the text names a listed treatment."""
    if not re.fullmatch(r"[A-Za-z][\w-]{2,}", label) or label.lower() in _snapshot_words():
        return False
    # (a sentence's or a line's first word is capitalised whatever it names, and so is every word of a
    # heading in title case: only the other mentions count)
    said = [m.group(0) for m in re.finditer(rf"(?<![\w@./-]){re.escape(label)}(?![\w@/-]|\.[A-Za-z])", text, re.I)
            if not re.search(r"(?:^|\n|[.!?:]['\"’”)\]]*)[\s#*>\-•(\[\"“‘']*$", text[max(0, m.start() - 12):m.start()])
            and not _title_case(text[text.rfind("\n", 0, m.start()) + 1:m.end() + 200].split("\n")[0])]
    return bool(said) and all(w[:1].isupper() for w in said)


def _title_case(line: str) -> bool:
    """Are most of a line's longer words capitalised, as in a heading set in title case?"""
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", line)
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


# "one" heading a noun phrase after a modifier ("the herbal one", "the cheaper ones") is a pro-form: it
# stands for a noun named elsewhere, as a pronoun does, and names no thing itself
_PRO_FORM_RE = re.compile(r"\b[A-Za-z][\w-]*\s+ones?\s*$", re.I)


def _without_speaker(unit_text: str, text: str) -> str:
    """The clause without a speaker label ("Kenzie: a peptide serum won't ...", "DR. LEE: The tape
    ..."): a label of proper names (words the text never writes in lower case) names who speaks,
    never part of the noun phrase after it. A listed treatment's label ("Creatine: ...") stays."""
    m = _SPEAKER_LABEL_RE.match(unit_text)
    if m is None or not text:
        return unit_text
    words = re.findall(r"[A-Za-z]{2,}", m.group(0))
    if not words or any(re.search(rf"(?-i:\b{w.lower()}\b)", text) for w in words if w.lower() not in ("dr", "mr", "mrs", "ms", "prof")) \
            or any(c.regex.search(m.group(0)) for c in INTERVENTIONS):
        return unit_text
    return unit_text[m.end():]


def _main_intervention(article: Article) -> Concept:
    """`_detect_intervention`, checked: a phrase no table lists that cannot be a main intervention
    (`_unfit_main`) gives way to the treatment-like phrase the article keeps returning to, and a
    bare head noun to the compound its labels name (`_labelled_compound`)."""
    concept = _detect_intervention(article)
    if concept.key in _INTERVENTION_BY_KEY or "-plus-" in concept.key or concept.parent:
        return concept
    title = _headline(article.title or "", article.text)
    if _unfit_main(concept.label, article.text, title) or _names_people_or_outcome(concept.label, article.text):
        concept = _recurring_treatment(article, title) or concept
    if " " not in concept.label and concept.key not in _INTERVENTION_BY_KEY and not concept.parent:
        labelled = _labelled_compound(concept.label, _label_lines(article, title), article.text)
        if labelled:
            return _named_phrase(labelled, article.text)
    return concept


# Units of time and counting words head no treatment ("12 Weeks", "Day 30"): English measures a
# period with them, whatever the topic.
_TIME_UNIT_RE = re.compile(r"^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|times?|sessions?|"
                           r"results?|things?|ways?|reasons?|tips?|steps?|questions?|answers?)$", re.I)


# A verb of remedying takes the condition as its object ("the way dermatologists are treating
# sun-damage spots", "how to fight dandruff"): the object names what is treated, never the treatment,
# which English names as the verb's instrument ("with", "using") or elsewhere. A passive's "with"
# ("treated with X") opens the instrument, not an object (INT14).
_TREATED_OBJECT_RE = re.compile(
    r"\b(?:" + "|".join(_verb_forms(v) for v in ("treat", "cure", "fight", "combat", "tackle", "banish", "heal",
                                                   "prevent", "reduce", "soothe", "relieve", "erase", "get rid of"))
    + rf")\s+(?!(?:with|by|using|as|for|in|at|on|of|to|from)\b)(?:(?:{_DETERMINER_ALT})\s+)?"
    r"(?P<np>[A-Za-z][\w'’-]*(?:\s+(?!(?:with|using|by|at|in|on|for|from|without|and|or|to|fast|faster|naturally)\b)"
    r"[A-Za-z][\w'’-]*){0,2})", re.I)


_SUBJECT_PRONOUNS = frozenset("i we you he she they it".split())
_QUANTIFIER_DETERMINERS = frozenset("every each all both several many most few no".split())
_CLAUSE_OPENERS = frozenset("so but because if when while until unless which who that than".split())


_COUNT_WORD_RE = re.compile(r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)",
                            re.I)


_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?(?:,?\s+\d{{4}})?\b|\b{_MONTH}\.?\s+\d{{1,2}}"
                      rf"(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?|\b{_MONTH}\.?\s+\d{{4}}\b", re.I)


_BYLINE_PART_RE = re.compile(rf"{_DATE_RE.pattern}|(?<![\w.])@[\w.]+", re.I)


def _counted_head(title: str, word: str) -> bool:
    """Is `word` a plural noun ending a noun phrase that a cardinal numeral opens in the title ("5
    Best ... Mists", "Seven ... Masks")? English counts items by the phrase's head, so a listicle's
    numeral names the kind of its entries and the words between name what they share."""
    if not re.fullmatch(r"[A-Za-z][\w-]*[^s\W]s", word):
        return False
    return bool(re.search(rf"(?<![\w.,]){_COUNT_WORD_RE.pattern}\s+(?:[A-Za-z][\w'’-]*\s+){{1,4}}{re.escape(word)}"
                          r"(?!\s+(?!(?:of|for|in|to|that|which|we|you|i|tested|reviewed|ranked)\b)[A-Za-z])",
                          title, re.I))


def _title_phrase(title: str, text: str) -> tuple[str, float]:
    """The title n-gram (1-3 content words) the text repeats most, with its score. What a title's
    "for"/"against" phrase names is the purpose ("Remedies for Thinning Hair"), never the treatment."""
    purpose = _TITLE_OUTCOME_RE.search(title)
    # what a treating verb takes as object is the condition treated, never the treatment (INT14)
    # a date names a time and an @handle a user, never a treatment ("Dr A (@dra) · 3 Nov 2026": a
    # post's byline, INT15)
    tokens = np_tokens(_BYLINE_PART_RE.sub(" | ", _TREATED_OBJECT_RE.sub(
        " | ", title[:purpose.start()] if purpose else title)))
    body = text.lower()
    best_phrase, best_score = "", 0.0
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            gram = tokens[i:i + n]
            if not all(w[0].isalpha() for w in gram) or any(
                    w.lower() in _GENERIC_STOP for w in (gram[0], gram[-1])) or len(gram[-1]) < 3 \
                    or gram[-1].endswith("'s") or (i and tokens[i - 1].endswith("'s")) \
                    or _TIME_UNIT_RE.match(gram[-1]) or gram[-1].lower() in _TIME_HEAD_WORDS:
                continue  # (a time of day, "Every Morning", measures when, like a unit of time: QST13)
            # English noun phrases are head-final: a word the title goes on to modify ("Cold" in
            # "Cold Water Immersion", "Natural" in "Natural Remedies") names no thing by itself
            after = tokens[i + n] if i + n < len(tokens) else ""
            rest = list(itertools.takewhile(lambda w: w[:1].isalpha() and w.lower() not in _GENERIC_STOP,
                                            tokens[i + n:]))
            # ... unless what follows is a product form ("Bakuchiol Night Serum"): the form names
            # the ingredient as sold, so the ingredient is the thing the text repeats
            form_follows = 0 < len(rest) <= 2 and bool(_GENERIC_HEAD_RE.search(rest[-1]))
            # ... or a unit it is counted in ("2,000 scalp steaming sessions"): the unit names no thing
            form_follows = form_follows or (len(rest) == 1 and bool(_TIME_UNIT_RE.match(rest[0])))
            # ... or the plural head a numeral counts ("The 5 Best Birch Sap Mists"): the head is
            # the kind of item the list enumerates, its modifier, a compound of two or more words,
            # what they share (INT15; a lone word before it is often an adjective: "5 Natural Remedies")
            form_follows = form_follows or (n >= 2 and len(rest) == 1 and _counted_head(title, rest[0]))
            if after[:1].isalpha() and after.lower() not in _GENERIC_STOP and not form_follows \
                    and after.lower() not in _CLAUSE_OPENERS \
                    and after.lower() not in _QUANTIFIER_DETERMINERS:  # "the lip pen so you ...": a conjunction ends the phrase
                # ("Oil Pulling Every Morning": a quantifier opens the next noun phrase, so the words
                # before it are a whole one, QST13)
                continue
            phrase = " ".join(gram)
            if gram[0].lower() in _SUBJECT_PRONOUNS or (i and tokens[i - 1].lower() in _SUBJECT_PRONOUNS):
                continue  # "I tried ...": a subject pronoun and the verb after it are no noun phrase
            if _number_free_probability(phrase) < 0.5 or _names_people_or_outcome(phrase, text) or _is_person(phrase, text):
                continue  # "Do they work?": a pronoun, an outcome word or a speaker names no treatment
            count = len(_generic_concept(phrase).regex.findall(body))
            score = count * (1 + 0.5 * (n - 1))
            if count >= 2 and score > best_score:  # named once, in the title only: not the topic
                best_phrase, best_score = phrase, score
    return best_phrase, best_score


# "I Massaged My Scalp Every Day ...": a first-person title whose verb is done to the writer's own
# body names the treatment by that verb; English makes the noun from the verb itself ("massage")
# or its -ing form ("microneedling"), with the body part before it ("scalp massage").
_DONE_TO_ONESELF_RE = re.compile(r"^\W*I\s+(?:\w+ly\s+)?(?P<v>[A-Za-z]{3,}?)(?:ied|ed|d)\s+(?:my|our)\s+(?P<o>[A-Za-z][\w-]*)",
                                 re.I)


def _done_to_oneself(title: str, text: str) -> str | None:
    m = _DONE_TO_ONESELF_RE.match(title)
    if m is None:
        return None
    stem, part, body = m.group("v").lower(), m.group("o").lower(), text.lower()
    for noun in (stem + "e", stem, stem + "y", stem + "ing", stem + "ement"):
        if len(re.findall(rf"\b{re.escape(noun)}s?\b", body)) >= 2:
            both = f"{part.rstrip('s')} {noun}"
            return both if re.search(rf"\b{re.escape(both)}", body) else noun
    return None


def _title_member(concept: Concept, title: str, text: str) -> Concept:
    """A class entry named in the title by another substance it lists ("Using Adapalene for Dark
    Spots" for topical retinoids): the article is about that substance, and its evidence is the
    substance's own (adapalene is not retinol), so it becomes the intervention, specialising the
    class. Only a common noun (written in lower case inside sentences) that the class searches as
    a term of its own counts: a brand name is a proper noun for the class's own drug ("Rogaine"),
    and a spelling or a form of the class's name ("micro needling", "collagen powder") is the class."""
    m = concept.regex.search(title)
    if m is None:
        return concept
    name = m.group(0).strip()
    word = name.lower()
    if " " in name or any(w[:5] == word[:5] for w in re.findall(r"[a-z]+", concept.label.lower())) \
            or f"{word}[tiab]" not in concept.terms:
        return concept
    prose = "\n".join(ln for ln in text.split("\n") if not ln.lstrip().startswith("#") and title not in ln)
    # (a space on the same line: a word after a line break opens a heading or a paragraph)
    inside = [x.group(0) for x in re.finditer(rf"(?<=[a-z,;][ \t]){re.escape(word)}\b", prose, re.I)]
    if not inside or any(w[0].isupper() for w in inside):
        return concept
    member = _generic_concept(word)
    return dataclasses.replace(member, parent=concept.key, key=f"{concept.key}-{member.key}")

# a definite description headed by a product's form ("The weaker 0.025% cream", "the stronger gel") refers
# back, as a pronoun does, to the product named before it
_DEFINITE_FORM_RE = re.compile(rf"\b(?:the|this|that|these|those)\s+(?:[\w.%-]+\s+){{0,3}}?{_PRODUCT_FORM_RE.pattern}\b",
                               re.I)


def _named_member(concept: Concept, worded: str, comparator: str, text: str) -> Concept | None:
    """The member of a table class that a claim's words name for its own arm ("Retinaldehyde causes barely any
    of this", "tazarotene improved fine wrinkles faster than tretinoin"): as in a title
    (`_title_member`), a substance the class searches as a term of its own has evidence of its own
    (adapalene is not retinol), so the claim's question asks about it. Only a common noun (the text
    writes it in lower case inside a sentence somewhere) that is not a form of the class's own name,
    and never the one named in the comparator ("than tretinoin") nor the one the article names the class by
    (`_article_name`), whose questions already ask about it (TOPIC6)."""
    if concept.key not in _INTERVENTION_BY_KEY:
        return None
    mention = next((m for m in concept.regex.finditer(worded)
                    if not (comparator and m.group(0).lower() in comparator.lower())), None)
    if mention is None:
        return None
    word = mention.group(0).strip().lower()
    label_words = [w for w in re.findall(r"[a-z]+", concept.label.lower()) if len(w) > 3]
    if " " in word or f"{word}[tiab]" not in concept.terms or any(
            w.startswith(word.rstrip("s")) or word.startswith(w.rstrip("s")) for w in label_words):
        return None
    if not re.search(rf"(?<=[a-z,;][ \t]){re.escape(word)}\b", text) and word not in _snapshot_words():
        # (a brand is a proper noun for the class's own drug, "Rogaine": never in lower case, and a word
        # the evidence base does not use)
        return None
    if _article_name(concept, text).lower().split(" (")[0] == word:
        return None  # the article's own name for the class ("tretinoin (topical retinoids)"): its questions name it
    member = _generic_concept(word)
    return dataclasses.replace(member, parent=concept.key, key=f"{concept.key}-{member.key}")


_HEADING_LINE_RE = re.compile(r"^\s*(?P<mark>#{1,6}\s*|\d{1,2}[.)]\s+)?(?P<h>[^\n.!?:;,]{2,60}?)\s*$")
# A heading whose name follows a run-in label and its colon ("FOR TOBI: FLUORIDE VARNISH", "Thursday: Sunrise
# Lamps", "Our winter offer: whitening"): the label says for whom or when, the words after the colon name the
# section's subject, as a bare heading does (INTERV11)
_LABELLED_HEADING_RE = re.compile(r"^\s*(?:#{1,6}\s*|\d{1,2}[.)]\s+)?[^\n.!?:;,]{2,30}:\s+(?P<h>[^\n.!?:;,]{2,40}?)\s*$")


def _sections(text: str, primary: Concept) -> list[tuple[int, int, Concept | None]]:
    """The article's sections as (start, end, topic): a heading is a short line without end
    punctuation followed by prose (a list item is followed by another item); a heading that is
    a treatment's name, repeated as a sentence subject in the prose below it, names the topic its
    pronouns and subjectless clauses are about ("4. Peppermint oil" / "Peppermint oil promotes
    ... It boosts ..."), whatever the article's main treatment is. Topic None: no such heading."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    heads: list[tuple[int, str]] = []
    offers: set[int] = set()  # menu entries that offer a treatment of their own
    kept: set[int] = set()  # menu entries that are forms of the page's treatment
    after_label: set[int] = set()  # headings named after a run-in label and its colon
    category = ""  # the heading over a run of menu entries ("Ear Seeds & Acupressure", "Facials")
    headline = next((ln for _, ln in lines if ln.strip()), "")
    counted = headline if _counts_treatment(headline, primary) else ""
    for i, (start, line) in enumerate(lines):
        m = _HEADING_LINE_RE.match(line)
        nxt = next((ln for _, ln in lines[i + 1:] if ln.strip()), "")
        offer = _OFFER_LINE_RE.match(line)
        if offer is not None and re.search(r"[.!?]\W*$", nxt.strip()) and not _OFFER_LINE_RE.match(nxt):
            heads.append((start + offer.start("h"), offer.group("h").strip()))
            # entries under a heading that names the page's treatment, or naming it themselves, are
            # its forms ("Sleep Ritual" under "Ear Seeds"): the page's treatment keeps their claims
            # ("The 5 Best Birch Sap Mists": a title counting the page's treatment heads the
            # numbered entries that no heading of their own heads, INT15)
            if not primary.regex.search(f"{category or counted} {offer.group('h')}"):
                offers.add(start + offer.start("h"))
            else:
                kept.add(start + offer.start("h"))  # (FIX11a) the page's treatment keeps its own entries
            continue
        if m is not None and line.strip():
            category = line if _OFFER_LINE_RE.match(nxt) else ""
        prev = next((ln for _, ln in reversed(lines[:i]) if ln.strip()), "")
        # (the page's first line is its title, never a section's heading: "# Rosemary Oil: The Kitchen Herb ...")
        labelled = _LABELLED_HEADING_RE.match(line) if m is None and not _BULLET_LINE_RE.match(line) \
            and line.strip() != headline.strip() else None
        if labelled is not None and len(line.split()) <= 8 and re.search(r"[.!?]\W*$", nxt.strip()) \
                and not _HEADING_LINE_RE.match(nxt) and not _LABELLED_HEADING_RE.match(nxt):
            heads.append((start + labelled.start("h"), labelled.group("h").strip()))
            after_label.add(start + labelled.start("h"))
            continue
        if m is None or len(m.group("h").split()) > 6:
            continue
        if _BULLET_LINE_RE.match(line) and _BULLET_LINE_RE.match(prev) and not re.search(r"[.!?]\W*$", prev.strip()):
            continue  # the last item of a list, not a heading
        if not re.search(r"[.!?]\W*$", nxt.strip()) or _HEADING_LINE_RE.match(nxt):
            continue
        heads.append((start, m.group("h").strip()))
    out: list[tuple[int, int, Concept | None]] = []
    for k, (start, phrase) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        line_end = text.find("\n", start)
        out.append((start, end, _offer_topic(phrase, text) if start in offers
                    else None if start in kept or _OFFER_LINE_RE.match(text, start, line_end if line_end >= 0 else len(text))
                    else _labelled_topic(phrase, text, start, end, primary) if start in after_label
                    else _heading_topic(phrase, text, start + len(phrase), end, primary)))
    return out


# "Door 1: NightShift 0.3% Retinol Serum (5 ml)": a label before the name (a number or a slot), the
# amount in brackets and the strength are no part of what the name calls the treatment
_RUN_IN_SLOT_RE = re.compile(r"\s*[A-Za-z]+\s+\d{1,3}[A-Za-z]?\s*:\s+|\s*[^:\n]{1,20}:\s+(?=\S)")


_LABEL_FUNCTION_RE = re.compile(r"(?:it|they|them|you|me|we|us|he|she|him|i|with|to|not|just|past|than|if|when|"
                                r"so|very|really|too)", re.I)
_QUANTIFIERS = frozenset("some many most all few several both each every".split())


def _run_in_label(label: str, text: str, primary: Concept) -> Concept | None:
    """The treatment a run-in heading names: a block's opening sentence that is a bare noun phrase
    ("Honey.", "Door 1: NightShift 0.3% Retinol Serum (5 ml).") and no clause (INTERV9). A brand word
    (a capital inside a word, "NightShift", "C-Burst") and the amounts are dropped; the table entry the
    rest names, or else the rest when the phrase model reads it as a treatment."""
    slot = _RUN_IN_SLOT_RE.match(label)
    name = label[slot.end():] if slot else label
    name = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name)
    if len(name.split()) > 8 or re.search(r"[,;:!?]", name) or clause_verb(name) or effect_verbs(name) \
            or _is_imperative(name) or re.match(r"\W*(?:and|or|but|so|then|also)\b", name, re.I):
        return None  # a clause, a command ("Switch to the foam.") or a conjunct ("Or skip ...") heads nothing
    name = re.sub(r"(?<![\w-])\d[\d.,]*\s*(?:%|mg|g|ml|µg|mcg)?(?![\w-])", " ", name)
    words = [w.strip(".'’\"“”") for w in name.split()]
    words = [w for w in words if w and not re.search(r"[a-z][A-Z]|^[A-Z]-[A-Z]", w)]
    if words and words[0].lower() in _DETERMINERS | _QUANTIFIERS:
        return None  # a heading is a bare name: "Some brands go further." opens a clause, not a block's topic
    if not words or len(words) > 5 or not all(re.fullmatch(r"[A-Za-z][\w'’&+-]*", w) for w in words):
        return None
    phrase = " ".join(words)
    if any(w.lower() in _DETERMINERS or _LABEL_FUNCTION_RE.fullmatch(w) for w in words[1:]) \
            or _LABEL_FUNCTION_RE.fullmatch(words[0]) or _SETTING_HEAD_RE.fullmatch(words[-1]):
        # a determiner, pronoun or preposition inside it: a verb phrase with its object ("Switch to the foam.",
        # "Stick with it."), no bare name; a device's setting ("Scalp Mode.") is a way of using the device
        return None
    if any(_TIME_UNIT_RE.match(w) for w in words) or _NOT_NP_RE.search(phrase):
        return None  # "One week in.", "In the clinic.": a time or a place, as a heading's filters say (`_heading_topic`)
    specific = [c for c in INTERVENTIONS if c.parent]
    table = next((c for c in (*specific, primary, *INTERVENTIONS) if c.regex.search(phrase)), None)
    if table is not None:
        return table
    if any(c.regex.fullmatch(phrase) for c in OUTCOMES) or _numbered_label(label, text):
        return None
    # a modifier before a product's form ("Bakuchiol Serum", "Zinc Lozenges") names a product by its kind
    return _np_concept(phrase, text, given=len(words) > 1 and bool(_PRODUCT_FORM_RE.fullmatch(words[-1])))


def _run_in_topics(text: str, sents: Sequence[_Sentence], primary: Concept) -> dict[int, Concept]:
    """Discourse scope of a run-in heading (INTERV9): a paragraph or list item that opens with a bare noun
    phrase naming a treatment ("Honey. A spoonful of honey soothes ... It also ...", "- Door 24: LumiPen
    Blue Light Spot Wand. Zaps a spot overnight.") is about that treatment to the block's end, as a
    heading's section is; a sentence whose own subject names another treatment still says so. Returns
    the index of each sentence after such a label, with the label's treatment."""
    out: dict[int, Concept] = {}
    for i, s in enumerate(sents):
        nxt = sents[i + 1] if i + 1 < len(sents) else None
        lead = _BULLET_ONLY_RE.sub("", text[s.line_start:s.start], count=1)
        # (after a numbered slot of its own, "- Door 1: NightShift ...", which the splitter reads as a label)
        if s.question or nxt is None or nxt.line_start != s.line_start or text[s.end:s.end + 1] != "." or (
                lead and not _NUMBERED_SLOT_RE.fullmatch(lead)):
            continue  # the label opens its line and prose follows it on the same line
        concept = _run_in_label(text[s.start:s.end], text, primary)
        if concept is None:
            continue
        block = [j for j in range(i + 1, len(sents)) if sents[j].line_start == s.line_start]
        prose = text[sents[block[0]].start:sents[block[-1]].end]
        words = concept.label.split()
        if concept.key not in _INTERVENTION_BY_KEY and concept.key != primary.key and not (
                any(effect_verbs(text, sents[j].start, sents[j].end) for j in block) and (
                _PRODUCT_FORM_RE.fullmatch(words[-1]) or any(
                re.search(rf"\b{re.escape(w[:4])}", prose, re.I) for w in words if len(w) > 3))):
            # a name the table does not know heads a block only when the block claims effects and takes the
            # name up again ("Manuka honey. ... the expensive manuka kills ...", "Saline rinse. Rinsing ..."),
            # as a heading's prose does, or names a product by its form ("Bakuchiol Serum")
            continue
        out.update((j, concept) for j in block)
    return out


def _run_in_names(text: str, sents: Sequence[_Sentence], run_in: dict[int, Concept]) -> list[tuple[int, str, Concept]]:
    """(start, name, treatment) of each run-in heading that `_run_in_topics` found, its name without
    brackets: what a later definite description ("the wand") can name (INTERV9)."""
    out = []
    for j in sorted(run_in):
        if j - 1 not in run_in or run_in[j - 1] is not run_in[j]:
            label = sents[j - 1]
            out.append((label.start, re.sub(r"\s*\([^)]*\)", "", text[label.start:label.end]).strip(), run_in[j]))
    return out


_NUMBERED_SLOT_RE = re.compile(r"[A-Za-z]+\.?\s*\d{1,3}[A-Za-z]?\s*:\s*")


def _counts_treatment(title: str, primary: Concept) -> bool:
    """Does a cardinal numeral in the title count items the page's treatment names ("The 5 Best
    Birch Sap Mists", "7 Retinol Serums We Tested")? Then its numbered entries are that many
    members of the treatment, each sold under a name of its own (INT15)."""
    for m in re.finditer(rf"(?<![\w.,]){_COUNT_WORD_RE.pattern}\s+((?:[A-Za-z][\w'’&-]*\s+){{0,4}}[A-Za-z][\w'’-]*)",
                         title, re.I):
        if primary.regex.search(m.group(1)):
            return True
    return False


def _numbered_label(phrase: str, text: str) -> bool:
    """Is the heading a layout label that numbers the copy ("SLIDE 3", "Step 2", "PART 1")? A word that
    opens lines with two or more different numbers counts the parts of the document: it is layout,
    never a name ("vitamin B12" carries a letter; a series is numbered, INT14)."""
    m = re.match(r"\W*([A-Za-z]+)\s+\d+[A-Za-z]?\b", phrase)
    if m is None:
        return False
    numbers = set(re.findall(rf"(?m)^[ \t#*>\-•\[]*{re.escape(m.group(1))}\s+(\d+)[A-Za-z]?\b", text, re.I))
    return len(numbers) >= 2


# A menu or price list entry: a name, then fields set off by a middle dot, bar or dash, one of them its
# price ("Scalp Detox Scrub · 45 min · £65"). The prose under it describes what is offered.
_OFFER_LINE_RE = re.compile(r"^\s*(?:#{1,6}\s*)?(?P<h>[^\n·•|–—]{2,60}?)(?:\s+[·•|–—-]\s+[^\n]*?)?\s+[·•|–—-]\s+"
                            r"[^\n]*?[£$€]\s?\d[^\n]*$", re.I)


def _offer_topic(phrase: str, text: str) -> Concept | None:
    """What a menu entry offers: its name, or the table entry its name holds ("Red Light Scalp
    Add-on"); the claims in its description are about it, the pronouns too ("It unclogs ...")."""
    name = " ".join(w for w in re.findall(r"[A-Za-z][\w-]*", phrase))
    if not name or len(name.split()) > 6 or any(c.regex.fullmatch(name) for c in OUTCOMES) \
            or _names_people_or_outcome(name, text):
        return None
    table = next((c for c in INTERVENTIONS if c.regex.search(name)), None)
    return table or _with_synonyms(_generic_concept(name), text)


def _labelled_topic(phrase: str, text: str, start: int, end: int, primary: Concept) -> Concept | None:
    """The treatment a heading after a run-in label names (INTERV11: "Capsules: PalmaHair saw palmetto", "FOR TOBI:
    FLUORIDE VARNISH"): a listed treatment its words name, the brand words around it no part of the name; a product
    named only by its brand and form ("For men: Regrowa 5% Foam") names no treatment of its own and is a form of the
    page's (as `_heading_topic` reads a product heading, FIX11a); else what `_heading_topic` reads."""
    # a bracketed aside is no part of a name ("Ms Hannah Price (patient)"), nor a treatment named after a word of
    # comparison ("... That Rivals Minoxidil"): that is the standard the heading's subject is measured against
    phrase = re.sub(r"\s*(?:\([^)]*\)?|\[[^\]]*\]?)", " ", phrase).strip()
    compared = _TITLE_COMPARATOR_RE.search(phrase)
    if compared is not None:
        phrase = phrase[:compared.start()].strip()
    if not phrase or primary.regex.search(phrase) or _is_person(phrase, text):
        return None
    table = next((c for c in (*[c for c in INTERVENTIONS if c.parent], *INTERVENTIONS) if c.regex.search(phrase)), None)
    if table is not None:
        return table
    words = re.findall(r"[A-Za-z][\w-]*", phrase.lower() if phrase.isupper() else phrase)  # (capitals shout, name nothing)
    # a capital inside a word marks a brand ("PalmaHair saw palmetto": saw palmetto), no part of the treatment's name
    words = [w for w in words if not re.search(r"[a-z][A-Z]", w)]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or all(w[:1].isupper() for w in words) or _PRODUCT_FORM_RE.fullmatch(words[-1]) and all(
            w[:1].isupper() for w in words[:-1]):
        # a proper name ("the IONGLOW Duo", "Nap Pods"), a form alone, or a proper name and a form ("Regrowa 5% Foam"):
        # a product's name, which names no treatment of its own
        return None
    name = " ".join(words)
    topic = _heading_topic(name, text, start + len(phrase), end, primary)
    if topic is None and len(words) >= 2 and _names_as_noun_phrase(name) and _reads_as_treatment(name, 0.0):
        # the prose names it again, in full, twice ("the saw palmetto oil in PalmaHair ...", "the saw palmetto
        # helps ..."): it takes the heading up, whatever its sentences' subjects
        concept = _generic_concept(name)
        if len(concept.regex.findall(text, start + len(phrase), end)) >= 2:
            topic = _with_synonyms(concept, text)
    return topic


def _heading_topic(phrase: str, text: str, start: int, end: int, primary: Concept) -> Concept | None:
    """The treatment a section heading names, when its prose takes that name as a sentence subject."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", phrase)]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    name = " ".join(words)
    # ("Courses": a measure of a treatment, "a course of six sessions", heads no treatment of its own, QST13)
    if not name or _numbered_label(phrase, text) or len(words) > 4 or _TIME_UNIT_RE.match(words[-1]) or _NOT_NP_RE.search(name) \
            or _PARTITIVE_RE.search(words[-1] + " of ") \
            or _TITLE_COMPARATOR_RE.search(name) or any(
            c.regex.fullmatch(name) for c in OUTCOMES) \
            or _names_people_or_outcome(name, text) or (treatment_probability(name) < 0.3 and not _reads_as_treatment(name)):
        return None
    table = next((c for c in (primary, *INTERVENTIONS) if c.regex.fullmatch(name)), None)
    if table is None and len(words) == 1:
        from .topic_model import gradable_adjective  # (it reads this module's helpers)
        if gradable_adjective(name, text):
            return None  # a word the text grades ("greasier") is an adjective: it names a property (TOPIC4)
    concept = table or _generic_concept(name)
    subjects = [m for m in concept.regex.finditer(text, start, end)
                if _is_subject(text, _sentence_start(text, m.start()), m.start())]
    if not subjects and not _taken_up(name, text, start, end):
        return None  # a heading the prose does not take up as its subject labels a theme
    if not subjects and table is None and _product_name(words) and primary.regex.search(text, start, end):
        # (FIX11a) a product sold under a name of its own ("SlowGlow Night Mask", "Petal & Shell Barrier Cream")
        # whose section names the page's treatment is a form of it, not a new referent: a product heading
        # introduces a treatment of its own only when it names another one
        return None
    return concept if table else _with_synonyms(concept, text)


def _product_name(words: Sequence[str]) -> bool:
    """Is a heading's name a product's (FIX11a): a brand word (a capital inside it, "SlowGlow") or a product's form
    as its head ("... Barrier Cream")? (The caller's words are runs of letters, so an ampersand never reaches here.)"""
    return bool(words) and (any(re.search(r"[a-z][A-Z]", w) for w in words) or bool(_PRODUCT_FORM_RE.fullmatch(words[-1])))


def _reads_as_treatment(phrase: str, logit: float = 1.0) -> bool:
    """Does the shipped treatment probe (`topic_model`, over the sentence encoder) read the phrase as
    the name of a treatment, confidently (INTERV10)? What a phrase means, where word lists do not transfer
    ("Compression socks", "Dry needling"); False when the probe cannot be loaded."""
    from . import topic_model  # (it reads this module's helpers)
    try:
        probe = topic_model._probes().get("label")
    except topic_model.TopicModelError:
        return False
    return probe is not None and probe.logit([phrase])[0] >= logit


_TAKEN_UP_PRONOUN_RE = re.compile(r"\W*(?:it|they)(?:['’](?:s|re|ll|d|ve))?\s+(?!(?:is|are|was|were|'s|’s)\s+(?:time|worth|not|a|an|the)\b)"
                                  r"[a-z]", re.I)


# a closed-class word that marks a clause, never part of a name: a wh-word opening a question or clause, a
# finite auxiliary or modal ("What retinol does", "How it works", "Why it matters", "Will it regrow hair")
# or a personal pronoun (cased, so an acronym is no pronoun: "IT band rolling")
_CLAUSE_MARK_RE = re.compile(rf"^(?:what|why|how|whether|when|where|which|who)\b|\b{_AUX}\b|"
                             r"(?-i:\b(?:[Ii]t|[Tt]hey|[Yy]ou|[Ww]e|I)\b)", re.I)


# a person's report opening the sentence, then a third-person pronoun ("You will hear that it ...", "People say
# they ...", "We found it ..."): the pronoun is the first referring expression that could name a treatment
_REPORTED_PRONOUN_RE = re.compile(r"\W*(?:you|we|i|people|many|some|most|others)\s+(?:[a-z'’]+\s+){1,3}?(?:that\s+)?"
                                  r"(?:it|they)\b(?!['’]?s\s+(?:time|worth|not)\b)", re.I)


def _names_as_noun_phrase(name: str) -> bool:
    """A treatment's name is a noun phrase (INTERV10b): no wh-word, finite auxiliary or personal pronoun marks
    it as a clause, and no determiner stands inside it, where one opens the object of a verb or a preposition
    ("Ditched my minoxidil": a possessive determiner after a verb; a name takes a determiner only first)."""
    words = name.split()
    return bool(words) and not _CLAUSE_MARK_RE.search(name) and not any(w.lower() in _DETERMINERS for w in words[1:])


def _taken_up(name: str, text: str, start: int, end: int) -> bool:
    """Discourse scope (INTERV10): the prose under a heading that names a treatment, by the probe's reading
    of the name, takes the heading up when its first sentence opens with a third-person pronoun
    subject ("2. Compression socks" / "They speed recovery ...": the heading is the only antecedent) or
    names it in its opening words by one of its own content words, the form a measure of it takes ("3.
    Epsom salt baths" / "Two mugs of Epsom salts in a warm bath ...", "1. Tart cherry juice" / "A 30 ml shot
    of tart cherry concentrate ..."). A heading the prose does not take up labels a theme. Only a noun phrase
    names a treatment (`_names_as_noun_phrase`: "What retinol does", "Ditched my minoxidil" are clauses), and
    only a section's heading heads a section: the page's title names the page, as `detect_intervention`
    reads it ("Pumpkin Seed Oil FAQ" over a page of questions, INTERV10b)."""
    if not _names_as_noun_phrase(name):
        return False
    if not text[:text.rfind("\n", 0, start) + 1].strip():
        return False  # the first line: the page's title, not a section's heading
    line_end = text.find("\n", start)
    if line_end < 0 or line_end >= end:
        return False
    body = text[line_end + 1:end].lstrip()
    first = re.split(r"(?<=[.!?])\s|\n", body, maxsplit=1)[0]
    head = name.split()[-1].lower()
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    # a definite description whose head is the heading's head noun refers back to it ("FLUORIDE VARNISH" / "The
    # varnish is painted on ..."): the prose takes the heading up as a referent, so the probe need only not read
    # the name as something else (INTERV11)
    definite = len(head) >= 4 and bool(re.match(rf"\W*(?:the|this|that|these|those)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(head)}s?\b",
                                                first, re.I))
    if not _reads_as_treatment(name, 0.0 if definite else 1.0):
        return False
    if definite or _TAKEN_UP_PRONOUN_RE.match(first) or _REPORTED_PRONOUN_RE.match(first):
        # (a pronoun after a person's verb of saying or hearing, "You will hear that it tones the womb": nothing
        # named before it in the section but the heading can be its antecedent, INTERV11)
        return True
    own = {w.lower()[:5] for w in re.findall(r"[A-Za-z][\w-]{2,}", name) if w.lower() not in _GENERIC_STOP}
    opening = re.findall(r"[A-Za-z][\w-]{2,}", first)[:8]
    return bool(own) and any(w.lower()[:5] in own for w in opening)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (after the last line break or end punctuation)."""
    lo = max(0, pos - 600)  # a sentence is shorter than that; the look-back stays linear
    ends = [m.end() for m in re.finditer(r"\n|[.!?]\s+", text[lo:pos])]
    return lo + ends[-1] if ends else lo


def _intervention_spans(text: str, start: int, end: int, primary: Concept) -> list[tuple[int, int, Concept]]:
    specific = [c for c in INTERVENTIONS if c.parent]
    order = list(dict.fromkeys((*specific, primary, *INTERVENTIONS)))
    spans = _concept_hits(order, text, start, end)
    if primary.subject_patterns:
        taken = [(a, b) for a, b, _ in spans]
        extra = [(m.start(), m.end(), primary) for m in _compiled(primary.subject_patterns).finditer(text, start, end)
                 if _is_subject(text, start, m.start()) and not _overlaps(taken, m.start(), m.end())]
        spans = sorted(spans + extra, key=lambda h: h[0])
    return spans


# ---------------------------------------------------------------------------------------------
# Question kind and claim type


def _question_kind(ctype: str, outcome: Concept | None, harm: bool, context: str) -> str:
    """What kind of question tests the claim: a quantitative or comparative claim about a harm
    is still a safety question."""
    if ctype in ("safety", "mechanism"):
        return ctype
    if harm or (outcome is not None and outcome.kind == "safety" and not _RELIEF_RE.search(context)):
        return "safety"
    return "mechanism" if outcome is not None and outcome.kind == "mechanism" else "efficacy"


def _claim_type(quote: str, context: str, outcome: Concept | None, harm: bool) -> str:
    text = f"{context} {quote}"
    if _COMPARATIVE_RE.search(quote):
        return "comparative"
    if re.search(r"\d+(?:\.\d+)?\s?(?:%|percent|-?fold|times|x\b)|\b(?:several|two|three)\s+times\b|"
                 r"\b(?:up\s+to|within|after|in)\s+(?:\d+|two|three|four|six|eight|twelve)\s+"
                 r"(?:days|weeks|hours|months)", quote, re.I):
        return "quantitative"
    relief = bool(_RELIEF_RE.search(context)) and not harm
    if harm or (outcome is not None and outcome.kind == "safety" and not relief) or _RISK_RE.search(quote):
        return "safety"
    if outcome is not None and outcome.kind == "mechanism":
        return "mechanism"
    if re.search(r"\b(?:by\s+\w+ing|through|binds?|converts?|signals?|channels?)\b", text, re.I):
        return "mechanism"
    if outcome is None and re.search(r"\b(?:depth|needles?|procedure|disinfect\w*|minutes|numbing|steril\w*)\b",
                                     quote, re.I):
        return "procedural"
    return "efficacy"


# ---------------------------------------------------------------------------------------------
# Scoring


_CONDITION_RE = re.compile(r"^(?:if|when|before|after|once|for|to|during|while)\b[^,]{0,100},\s*", re.I)


# A "by ...ing" clause gives the means of the clause before it; a relative clause describes a
# noun; "X is a procedure that ..." defines X. None of them asserts an effect of its own.
_MEANS_CLAUSE_RE = re.compile(r"^(?:by|through|via)\s+\w+ing\b", re.I)
_RELATIVE_CLAUSE_RE = re.compile(r"^(?:which|who|whom|whose|where)\b(?!\s+is\s+why)", re.I)
_DEFINITION_RE = re.compile(
    r"^(?:as\s+the\s+name\s+suggests\b|(?:[\w-]+\s+){1,4}(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}"
    r"(?:procedure|technique|treatment|therapy|method|process|device|tool|compound|substance|ingredient|form)\s+"
    r"(?:that|which|in\s+which|where|using|used|involving|made|derived)\b)", re.I)


_COPULA_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:(?:the|a|an|most|very|\w+est|\w+ly)\s+){0,2}$", re.I)


def _strong_verb(text: str) -> bool:
    return any(not _WEAK_VERB_RE.match(v.group(0)) for v in effect_verbs(text))


# Research as the subject of a verb of attention names what was studied, not what it found: the
# clause asserts nothing about the treatment's effect until a verb of finding follows.
_RESEARCH_SCOPE_RE = re.compile(
    r"\W*(?:(?:most|the|these|those|some|many|few|all|existing|published|clinical)\s+)*(?:studies|study|trials?|research|"
    r"researchers|scientists|the\s+evidence)(?:\s+(?:of|on|into|in)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s+"
    r"(?:(?:have|has|had|mostly|only|mainly|largely|so\s+far|to\s+date)\s+)*(?:look(?:s|ed)?\s+at|focus(?:es|ed)?\s+on|"
    r"examined?|examines|measured?|measures|test(?:s|ed)?|studied|stud(?:y|ies)|investigate[ds]?|address(?:es|ed)?|"
    r"concern(?:s|ed)?|deal(?:s|t)?\s+with)\b", re.I)
_FINDING_VERB_RE = re.compile(r"\b(?:f[oi]und|finds|show(?:s|ed|n)?|report(?:s|ed)?|suggest(?:s|ed)?|conclude[ds]?|"
                              r"confirm(?:s|ed)?|prove[ds]?|proven|demonstrate[ds]?|reveal(?:s|ed)?)\b", re.I)


def _not_a_claim(unit_text: str, before: str = "") -> bool:
    """Means clauses after a clause with its own effect verb ("works by boosting X" keeps its
    means: "works" asserts nothing), relative clauses without a strong effect verb, definitions."""
    if _DEFINITION_RE.match(unit_text):
        return True
    scope = _RESEARCH_SCOPE_RE.match(unit_text)
    if scope is not None and not _FINDING_VERB_RE.search(unit_text, scope.end()) and not _strong_verb(unit_text[scope.end():]):
        return True  # "Studies of X look at scars, not pores": what research studied, not what it found
    if _MEANS_CLAUSE_RE.match(unit_text):
        return _strong_verb(before)
    if _RELATIVE_CLAUSE_RE.match(unit_text):
        # a participle after a copula describes the noun ("which are the hardest hit areas")
        return not any(not _WEAK_VERB_RE.match(v.group(0)) and not _COPULA_BEFORE_RE.search(unit_text[:v.start()])
                       for v in effect_verbs(unit_text))
    return False


# A relative clause on a study states what it found ("a trial in which both strengths beat a dummy
# lotion", "a study where ..."); a non-restrictive one on a treatment predicates of the treatment as
# a main clause would ("Vitamin C serum, which is gentler than hydroquinone") (REC15)
_STUDY_BEFORE_RE = re.compile(r"\b(?:stud(?:y|ies)|trials?|experiments?|analys[ie]s|reviews?)\b(?:\s+[\w'’-]+){0,4}?"
                              r"\s*,?\s+(?:in\s+)?$", re.I)
_NP_BEFORE_COMMA_RE = re.compile(r"(?P<np>[\w'’%-]+(?:\s+[\w'’%-]+){0,4})\s*,\s*$")
_COMPOSED_OF_RE = re.compile(r"\b(?:(?:packed|loaded|filled|enriched|fortified)\s+with|(?:rich|high)\s+in|full\s+of|"
                             r"contains?|containing)\s+[\w'’ -]+(?:,\s+[\w'’ -]+){0,6},\s*$", re.I)
_NOT_NP_WORD = frozenset("""with of in on to for from by at is are was were be 's ’s it's it’s its the a an this that these those
    your our their my his her and or but than as packed full rich loaded""".split())


def _relative_claim(unit_text: str, before: str, primary: Concept) -> bool:
    """Is a relative clause one that asserts (on a study, or non-restrictive on a treatment)?"""
    if not _RELATIVE_CLAUSE_RE.match(unit_text):
        return False
    if re.match(r"(?:which|where)\b", unit_text, re.I) and _STUDY_BEFORE_RE.search(before):
        return True
    m = _NP_BEFORE_COMMA_RE.search(before) if re.match(r"which\b", unit_text, re.I) else None
    if m is None:
        return False
    words = m.group("np").split()
    # the noun phrase before the comma: the words after its last preposition, verb or determiner
    while words and any(w.lower() in _NOT_NP_WORD for w in words):
        words = words[next(i for i in range(len(words) - 1, -1, -1) if words[i].lower() in _NOT_NP_WORD) + 1:]
    np_ = " ".join(words)
    if not np_:
        return False
    for c in (primary, *INTERVENTIONS):
        if (hit := c.regex.search(np_)) is not None:
            # the treatment itself, its product form or device ("Vitamin C serum"); named with another mode of delivery
            # ("Minoxidil injections") it is a variant the entry's question does not test
            head = np_[hit.end():].strip(" -")  # (English puts the head noun last)
            return not head or bool(_DEVICE_HEAD_RE.fullmatch(head))
    # what the product is made of ("It's packed with natural iodine, which supports ..."): its ingredient's
    # action is the product's
    return bool(_COMPOSED_OF_RE.search(before))


# Permission or advice about use: the reader as subject, a modal of possibility and a verb of use
# with the treatment as object ("so you can use it as often as you like", "you may apply it
# daily"). It says how the product may be used, not what it does.
_USE_PERMISSION_RE = re.compile(
    r"\W*(?:(?:so|and|but|then|which\s+means|meaning)\s+(?:that\s+)?)?(?:you|one|we|users?|clients?|patients?)\s+"
    r"(?:can|could|may|might|are\s+(?:free|able)\s+to|will\s+be\s+able\s+to)\s+(?:\w+ly\s+)?"
    r"(?:use|apply|reapply|take|wear|repeat|continue\s+(?:to\s+use|using))\b(?P<rest>.*)$", re.I | re.S)


def _use_permission(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a clause of permission or advice about use that names no effect (no
    effect verb, outcome, purpose or evaluation of safety)?"""
    m = _USE_PERMISSION_RE.match(text, start, end)
    if m is None:
        return False
    rest = m.group("rest")
    return not effect_verbs(rest) and not _outcome_hits(text, m.start("rest"), end) and not re.search(
        r"\b(?:to|for|so|safe\w*|without|risk\w*)\b", rest, re.I)


_OBLIGATION_RE = re.compile(r"\b(?:should|must|ought|needs?\s+to|ha(?:s|ve)\s+to)\b", re.I)


def _is_imperative(text: str) -> bool:
    """Advice: an imperative, possibly after an opening condition ("If it does not heal, see ...")."""
    text = _LEAD_CONNECTIVE_RE.sub("", text)  # "However, never stop ..."
    if (nv := re.match(r"never\s+", text, re.I)) and _THIRD_PERSON_VERB_RE.match(text, nv.end()):
        return False  # "never dries your skin out": a verb in -s after "never" is indicative, not a command (REC15)
    if _IMPERATIVE_RE.match(text):
        return True
    m = _CONDITION_RE.match(text)
    return m is not None and bool(_IMPERATIVE_RE.match(text[m.end():]))


_CONDITION_ONLY_RE = re.compile(r"\W*(?:if|unless|should|whenever|when)\s+[^,;:]+$", re.I)


def _conditioned_advice(unit_text: str, text: str, end: int, sentence: str) -> bool:
    """Is the unit only the condition of a conditional whose main clause is a command ("If your eyes
    sting or look red, | stop using it")? A conditional's antecedent is supposed, never asserted, and
    the command after it is advice: the pair claims nothing. A declarative main clause ("if you stop,
    the new hair falls out") makes the conditional a claim, read from that clause."""
    return bool(_CONDITION_ONLY_RE.match(unit_text)) and bool(re.match(r"\s*,", text[end:end + 3])) \
        and _is_imperative(sentence.lstrip(" \t\"“‘*-•"))


@dataclass(frozen=True)
class _SentenceCues:
    """Cues read once per sentence (units of one long sentence share them)."""

    evidence: str | None
    imperative: bool
    meta: bool
    rhetorical: bool
    # a span of time the writer's testimony runs over ("By the second month, ... and I had less
    # hair"): it reaches every clause of the sentence
    testimony_time: bool = False

    @classmethod
    def of(cls, sentence_text: str) -> _SentenceCues:
        ev = _EVIDENCE_RE.search(sentence_text)
        return cls(ev.group(0) if ev else None, _is_imperative(sentence_text), bool(_META_RE.search(sentence_text)),
                   bool(_OPINION_RE.search(sentence_text)), bool(_TESTIMONY_RE.search(sentence_text)))


_LEAD_CONNECTIVE_RE = re.compile(r"^\W*(?:(?:and|but|so|also|plus|because|while|whereas|though|although|since|"
                                 r"that|thus|however|in\s+fact|indeed)\b[,\s]*)+", re.I)
_NON_PREDICATE_RE = re.compile(r"^(?:is|are|was|were|be|been|being|become|becomes|seem|seems|looks?|sounds?|"
                               r"comes?|came|contains?|costs?|tastes?|means|says?|said|used|called|known|sold|"
                               r"uses?|involves?|requires?|consists?|includes?|combines?|pairs?|delivers?|"
                               r"taken|made|and|or|but|of|in|on|for|with|to|a|an|the)$", re.I)


_NUM_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|many|most|some"


def _coordinated_predicate(text: str, start: int) -> str | None:
    """The verb of a unit cut off a coordination of verb phrases ("Creatine builds strength,
    sharpens your memory"): its subject is the first conjunct's, so it predicates of it."""
    if not re.search(r"(?:,|\band)\s*$", text[max(0, start - 6):start]):
        return None
    m = _THIRD_PERSON_VERB_RE.match(text, start) or (
        # "... supercharges your immune system and melts fat": agreeing with the conjunct before it
        _BARE_S_VERB_RE.match(text, start) if _THIRD_PERSON_VERB_RE.search(text, max(0, start - 80), start) else None)
    return m.group(0).split()[0] if m else None


def _treatment_predicate(unit_text: str, primary: Concept) -> str | None:
    """The verb of a clause whose subject is a treatment ("Zinc lozenges shorten a cold", "It
    tops up the fuel ...", "the zinc in it is what shortens the cold"), else None. The subject
    is the topic, a pronoun or a phrase the phrase model reads as a treatment; copulas and
    verbs of description ("is a herb", "costs", "contains") do not assert an effect."""
    body = _LEAD_CONNECTIVE_RE.sub("", unit_text)
    cond = _CONDITION_RE.match(body)
    body = body[cond.end():] if cond else body
    cv = clause_verb(body)
    if cv is None:
        return None
    subj, m = cv
    named = [n for c in (primary, *INTERVENTIONS) for n in c.regex.finditer(body, 0, m.end())]
    if any(n.start() < m.start("verb") < n.end() for n in named):
        # the "verb" is part of the treatment's name ("Zinc lozenges come in ..."): the verb follows it
        subj = f"{subj} {m.group('verb')}"
        following = _PRED_AUX_RE.match(body, m.end())
        if following is None:
            return None
        m = following
    pos = body.lower().find(subj.split()[0].lower())
    if pos < 0 or (pos > 12 and not re.search(r"\b(?:that|say|says|said|report|reports|show|shows|found|claim|"
                                              r"claims|believe|believes)\s+$", body[:pos], re.I)):
        return None  # the subject opens the clause, or follows a verb of saying ("users report that X ...")
    if re.match(rf"(?:{_NUM_WORD})\b", subj, re.I):
        return None  # "Two months after ...": a time, not a treatment
    treatment = (re.fullmatch(r"(?:it|they|this|these)", subj, re.I) is not None or bool(primary.regex.search(subj))
                 or _names_primary(subj, primary)
                 or any(c.regex.search(subj) for c in INTERVENTIONS)
                 or (not _NOT_NP_RE.search(subj) and not _outcome_hits(subj, 0, len(subj))
                     and treatment_probability(subj) >= 0.8))
    if not treatment:
        return None
    if _NON_PREDICATE_RE.match(m.group("verb")):
        return None
    if len(body[m.end():].split()) < 1:
        return None  # a verb with nothing after it ("it works") is weak
    if _PATH_RE.match(body, m.end()):
        return None  # "has moved from the office to the shelf": a change of place, not an effect
    return m.group("verb")


# a verb whose only complement is a path ("from X to Y") tells where something went
_PATH_RE = re.compile(r"\s*(?:\w+ly\s+)?(?:away\s+|out\s+)?from\s+[^,;.]+?\s+(?:to|into|onto)\s+[^,;.]+$", re.I)


# English marks a change by a comparative after a linking verb ("looked thicker", "is noticeably
# emptier", "feel calmer"), by less/fewer after a verb ("sweat less", "lost fewer hairs") or by a
# comparative adjective complement ("wake up more refreshed")
_MEASURE_UNIT = r"(?:shades?|sizes?|inch(?:es)?|cm|centimet(?:re|er)s?|years?|kilos?|kg|pounds?|lbs?|stones?)"
_CHANGE_RE = re.compile(
    # (a verb of becoming, "grow", "getting", takes the comparative as much as the copula: "your lashes grow
    # visibly longer", "your hair is growing faster", "they're way softer already") (GOLD10)
    r"(?:\b(?:is|are|was|were|looks?|looked|feels?|felt|became|becomes?|becoming|got|gets?|getting|grew|grows?|growing|"
    r"grown|seems?|seemed|stays?|stayed)|(?<=[a-z])['’](?:re|s))"
    r"\s+(?:(?:much|far|a\s+lot|so\s+much|a\s+little|a\s+bit|way|even|[a-z]+ly)\s+)?"
    # a measure phrase before the comparative ("looks two shades lighter", "three years younger", REC15)
    rf"(?:(?:about\s+|nearly\s+|almost\s+)?(?:\d+(?:\.\d+)?|{_NUM_WORD}|a)\s+{_MEASURE_UNIT}\s+(?!later|earlier|sooner))?"
    r"(?:(?:more|less)\s+[a-z]+|[a-z]{2,}(?:ier|er))\b(?=\s*(?:$|[,.;:!?)]|than\b|and\b|after\b|within\b|in\b|by\b|"
    r"from\b|since\b|now\b|too\b|already\b|every\b|each\b|over\b|during\b|throughout\b))"
    # a verb of growth or loss with the amount ("her hair grew four inches in a month", REC15)
    rf"|\b(?:grew|grows?|grown|gained|gains?|lost|loses?|dropped|drops?)\s+(?:about\s+|nearly\s+|almost\s+|over\s+)?"
    rf"(?:\d+(?:\.\d+)?|{_NUM_WORD}|a|an)\s+(?:(?:full|whole|dress|clothes)\s+)?(?!years?\b){_MEASURE_UNIT}\b"
    # a verb with less/fewer and the noun phrase it ends ("sweat less", "lost fewer hairs")
    r"|\b(?!(?:no|much|far|a|the|some)\b)[a-z]+(?<!\bis)(?<!\bare)\s+(?:less|fewer)(?:\s+[a-z]+)?"
    r"(?=\s*(?:$|[,.;:!?)]|(?:after|than|in|by|often|frequently|within|since)\b))"
    # any verb with a comparative adjective as its complement ("wake up more refreshed"): the
    # adjective's derivational suffix marks it, whatever the verb
    r"|\b[a-z]+(?:\s+(?:up|down|out|off))?\s+(?:more|less)\s+[a-z]+(?:ed|ful|ive|ous|ant|ent|able|ible|al|ic)\b"
    r"(?=\s*(?:$|[,.;:!?)]|(?:after|than|and|in|by|within|since|every|each)\b))"
    # a resultative: a causative verb, its object and a comparative ("made my eyelids slightly darker")
    r"|\b(?:make|makes|made|making|leave|leaves|left|keep|keeps|kept)\s+(?:(?:my|your|our|his|her|their|the)\s+[a-z]+|"
    r"it|them|things)\s+(?:(?:a\s+bit|a\s+little|much|far|even|[a-z]+ly)\s+)?(?:worse|better|more\s+[a-z]+|"
    r"(?!(?:other|another|never|over|under|either|neither|rather|whether|ever|after|later|water|paper|number|matter|"
    r"order)\b)[a-z]{3,}er)\b"
    # a verb of perception or possession with a comparative adjective before its object ("see
    # brighter skin", "notice thicker hair"): the object is said to have changed
    r"|\b(?:see|sees|saw|seen|seeing|notice[sd]?|noticing|get|gets|got|have|has|had|enjoy\w*|experienc\w+|"
    r"report|reports|reported|(?:give|gives|gave|giving)\s+(?:you|me|us|them|him|her|people))\s+"
    r"(?:(?:noticeably|visibly|much|far|a\s+lot|(?:up\s+to\s+)?\d+(?:\.\d+)?\s*(?:%|x|percent))\s+)?"
    r"(?:more\s+[a-z]+|(?!(?:other|another|never|over|under|either|neither|rather|whether|ever|after|later|water|"
    r"paper|number|matter|order)\b)[a-z]{3,}er)(?:,\s+more\s+[a-z]+)?"
    r"\s+(?!than\b)[a-z]{3,}",
    re.I)
# A verbless result, as captions, bullets and slides state one: a noun phrase led by a comparative
# adjective (or a fold), then the time or sessions it takes ("Thicker-looking hair in just 14 days",
# "2x fuller lips in ONE session", "Longer, fuller-looking lashes in 6 to 8 weeks") (GOLD10)
_NOT_AFTER_MORE = (r"(?!(?:from|of|in|on|at|to|for|with|about|than|the|a|an|info\w*|details?|products?|posts?|stories|"
                   r"articles?|reading|tips?|ways?|sizes?|colou?rs?|options?)\b)")
_CMP_ADJ = (rf"(?:more\s+{_NOT_AFTER_MORE}[a-z]+|(?!(?:other|another|never|over|under|either|neither|rather|whether|"
            r"ever|after|later|water|paper|number|matter|order|summer|winter|member|customer|user|offer|power|filler|"
            r"roller|laser|toner|cleanser|primer|super)\b)[a-z]{3,}(?:ier|er))(?:-looking)?")
_VERBLESS_RESULT_RE = re.compile(
    rf"(?:^|:\s+)\W*(?:(?:up\s+to\s+)?\d+(?:\.\d+)?\s*(?:x|%)\s+)?(?:[a-z]+ly\s+)?{_CMP_ADJ}(?:,\s*{_CMP_ADJ})*"
    rf"(?:\s+and\s+{_CMP_ADJ})?\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|within|after|by|over|with)\s+(?:just\s+|only\s+|"
    r"as\s+little\s+as\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|a\s+few\b|"
    r"a\s+(?:single\s+)?(?:day|week|month|session)\b|every\b|each\b|the\s+first\b)"
    # a participle of result, then the time it takes ("Sculpted jawline in 2 weeks", REC15)
    r"|(?:^|:\s+)\W*(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|within|after)\s+(?:just\s+|only\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a|a\s+single)\s+"
    r"(?:minutes?|hours?|days?|nights?|weeks?|months?|sessions?|treatments?|uses?|applications?)\b"
    # a list item under a lead-in needs no time: the lead-in gives it its verb ("What changed: / - Less hair
    # in the drain / - thicker-feeling ponytails / - Up to 3X more beard hairs")
    rf"|:\s+\W*(?:up\s+to\s+)?(?:\d+(?:\.\d+)?\s*(?:x|%)\s+)?(?:(?:less|fewer|more)\s+{_NOT_AFTER_MORE}[a-z]+"
    rf"|[a-z]+-(?:feeling|looking)"
    # (coordinated comparatives, "calmer, less inflamed joints", REC13)
    rf"|{_CMP_ADJ}(?:,\s*|\s+and\s+)(?:(?:less|more)\s+{_NOT_AFTER_MORE}[a-z]+|{_CMP_ADJ}))(?:[\s,-]+[a-z]+){{0,5}}\W*$", re.I)


_PROCEDURE_RE = re.compile(
    r"^\W*(?:(?:then|next|first|finally|afterwards)\W+)?(?:[\w'’-]+\s+){1,5}?(?:is|are|(?:can|should|must|will)\s+be)\s+"
    r"(?:(?:then|first|next|usually|typically|always|gently|thoroughly|carefully)\s+)?(?!used\b)[a-z]+(?:ed|en)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:with|into|onto|in|under|for\s+(?:about|around|at\s+least|up\s+to|\d|tens|a\s+few|several|"
    r"an?\s+(?:hour|minute)))\b", re.I)


def _amount_or_time(text: str) -> str:
    """A magnitude or a time frame as the frame parser reads them, as text; "" when none."""
    tf = time_frame_of(text)
    if tf is not None:
        return tf[0]
    mag = magnitude_of(text)
    return f"{mag[0]:g} {mag[1]}" if mag is not None else ""


# (REC14) A comparative adjective heading a verbless sentence or list item of its own ("A sharper jawline",
# "Fuller at the crown.", "Kinder to your skin than retinol"): ad and slide copy leaves out "it gives you",
# and the comparative alone states the change claimed. An -er word before a determiner or a particle is a
# verb ("Enter the roller", "Hover over a photo"), and one in a treatment's name is no comparative ("Lavender oil").
_VERBLESS_CMP_RE = re.compile(
    rf"(?:^|:\s+)\W*(?:(?:a|an)\s+)?(?:[a-z]+ly\s+)?(?P<adj>{_CMP_ADJ})(?:,\s*{_CMP_ADJ})*(?:\s+and\s+{_CMP_ADJ})?"
    r"(?P<rest>\s+(?!(?:the|a|an|this|that|these|those|my|your|our|his|her|their|its|it|them|you|me|us|over|under|up|"
    r"down|out|off|into|onto|through|across|around|away|back)\b)[a-z'’-]+(?:[\s,]+[a-z'’%-]+){0,6})\W*$", re.I)
_FINITE_WORD_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|may|"
                             r"might|must|should|shall|[a-z]+n['’]t)\b|['’](?:s|re|ve|ll|d)\b", re.I)


# (FIX10) "Just two sachets and your skin is visibly firmer", "Six weeks in and my pain is gone": a verbless conjunct
# before "and" is the conditional antecedent of the clause after it ("if you take just two sachets, ..."); the
# exposure or time it states is the claim's, though the clause split leaves it out of the claim's unit
_ANTECEDENT_CONJUNCT_RE = re.compile(r"(?:^|[.;:!?,(\n]|\b(?:but|so)\b)\s*(?P<c>[^.;:!?,(\n]{3,60}?)\s+and\s*$", re.I)


def _antecedent_exposure(frame: ClaimFrame, before: str) -> ClaimFrame:
    """The frame with the count of exposure or time frame of a verbless antecedent conjunct (`before`, the sentence up
    to the claim's unit, ends "<NP> and"), when the claim's own words give neither."""
    if frame.magnitude_kind is not None or frame.time_frame is not None:
        return frame
    m = _ANTECEDENT_CONJUNCT_RE.search(before)
    if m is None or _FINITE_WORD_RE.search(m.group("c")) or len(m.group("c").split()) > 6:
        return frame
    conj = m.group("c")
    mag = _frames.magnitude_of(conj)
    if mag is not None and mag[2] == "sessions":
        return dataclasses.replace(frame, magnitude_value=mag[0], magnitude_unit=mag[1], magnitude_kind=mag[2],
                                   magnitude_bound=mag[3])
    tf = _frames.time_frame_of(conj)
    if tf is not None:
        return dataclasses.replace(frame, time_frame=tf[0], time_frame_days=tf[1])
    return frame


# the question just before an answer, on its own line or sentence ("Patient question: Will one session be enough?")
_QUESTION_BEFORE_RE = re.compile(r"(?:^|[.!?\n:])\s*(?P<q>[^.!?\n:]{3,200}\?)[\s\W]*$")


def _answered_exposure(frame: ClaimFrame, sentence: str, before: str) -> ClaimFrame:
    """(FIX10) "Will one session be enough?" / "For most people, yes.": an elliptical answer affirms the question's
    content, its magnitude and time frame too, so the frame of an affirmative answer that gives neither carries the
    question's (a denial is left alone: what "no" denies is read elsewhere)."""
    if frame.magnitude_kind is not None or frame.time_frame is not None:
        return frame
    ans = _ANSWER_RE.match(sentence)
    asked = _QUESTION_BEFORE_RE.search(before)
    if ans is None or asked is None or _NEGATIVE_ANSWER_RE.search(ans.group("a")):
        return frame
    question = asked.group("q")
    mag = _frames.magnitude_of(question)
    if mag is not None:
        frame = dataclasses.replace(frame, magnitude_value=mag[0], magnitude_unit=mag[1], magnitude_kind=mag[2],
                                    magnitude_bound=mag[3])
    tf = _frames.time_frame_of(question)
    if tf is not None:
        frame = dataclasses.replace(frame, time_frame=tf[0], time_frame_days=tf[1])
    return frame


def _verbless_comparative(unit_text: str) -> bool:
    """Is the unit a verbless comparative phrase claiming a change ("Softer forehead lines")? (REC14)"""
    m = _VERBLESS_CMP_RE.search(unit_text)
    if m is None or _FINITE_WORD_RE.search(unit_text, m.start("adj")) or effect_verbs(unit_text, m.start("adj")):
        return False
    adj = m.group("adj").lower()
    # the noun phrase it heads ends at a preposition (the standard compared with may be a treatment:
    # "Kinder to your skin than retinol", "Smoother heels after a single treatment")
    phrase = re.split(r"\s+(?:than|after|in|within|with|by|from|for|on|at|to|over)\s+", unit_text[m.start("adj"):],
                      maxsplit=1)[0].strip(" .!")
    if re.search(r"\b(?:[a-z]{2,}ed\s+(?:it|them|this|that|the|a|an|my|your|me|us|him|her|to|into|by|up|out|off)\b|"
                 r"[a-z]{2,}ed\W*$|shown|known|seen|given|taken|written|done|whether|which|who|because)\b", m.group("rest"), re.I):
        # a past verb with its object or complement, a participle or a clause: the -er word is a noun
        # ("Moisturiser fixed it", "A reader emailed to ask whether ...", "names as shown")
        return False
    return (adj.startswith("more ") or adj in ("better", "worse", "faster", "quicker") or _short_comparative(adj)) \
        and not _is_treatment_np(phrase)


def _short_comparative(word: str) -> bool:
    """Is the -er word a comparative? English forms them of short adjectives only (one syllable, or two
    ending in -y, -le, -ow): a longer -er word is an agent noun ("moisturiser", "lavender") (REC14)."""
    base = _adjective_base(word) or ""
    syllables = len(re.findall(r"[aeiouy]+", base.rstrip("e") or base))
    return bool(base) and (syllables == 1 or (syllables == 2 and base.endswith(("y", "le", "ow"))))


_POSSESSED_BEFORE_RE = re.compile(r"\b(?:my|your|our|her|his|their)\s+[a-z]+", re.I)  # (a third person's too, REC15)
# Testimony: the writer reports what happened to them ("I", "my", "mine") over a stretch of time
# ("after six months", "since I started", the perfect "I've lost"), as a measured change ("up from
# 7 mm") or a change that began ("started filling in", not "started using it"). An anecdote is a
# claim; "I bought a bottle" or "I take 1,000 IU" states no change and is not.
_FIRST_PERSON_ANY_RE = re.compile(r"\b(?:I|I['’](?:ve|d|m)|[Mm]y|[Mm]ine)\b")
_TESTIMONY_RE = re.compile(
    rf"\b(?:after|since|by|within|over)\s+(?:about\s+|nearly\s+|just\s+|only\s+|the\s+)?(?:\d+|{_NUM_WORD}|first|"
    r"second|third)\s+[a-z]+|\bsince\s+I\s+(?:started|began|switched)\b|\b(?:up|down)\s+from\b"
    r"|\b(?:started|began|stopped)\s+(?!(?:using|taking|applying|adding|trying|doing|wearing|drinking|eating)\b)"
    r"[a-z]+ing\b|\bI['’]ve\s+(?:[a-z]+ed|lost|had|seen|grown|got|gotten|been|tried)\b"
    # (TRAP8) "After a week of X", "within a month", and a fronted span "Three months in, ..."
    r"|\b(?:after|within|in)\s+(?:just\s+|only\s+)?(?:a|an|one)\s+(?:day|week|fortnight|month|year)s?\b"
    rf"|^\W*(?:(?:about|nearly|just|only)\s+)?(?:\d+|{_NUM_WORD}|a|an|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+in\s*,",
    re.I)


# A predicate of persistence with a span of time says how long an effect lasts ("results last for
# years", "stays for years", "lasting about a year"): a claim about durability. Permanence ("done
# for life", "for good") is left out until the verdict's complete/permanent rule reads "for life"
# (verdict._COMPLETE_RE knows "forever" and "for good" only): it would be judged as a plain benefit.
_DURABLE_RE = re.compile(
    r"\b(?:(?:lasts|lasted|lasting|stays|stayed|persists?|persisted|persisting|remains?|remained)\s+(?:for\s+)?"
    r"|(?:last|stay|persist|remain|done|gone|cured|fixed|clear)\s+for\s+)"
    r"(?:(?:about|around|roughly|up\s+to|at\s+least|many|several|a\s+few|\d+|one|two|three|four|five|six|a|an)\s+)*"
    r"(?:years?|months?|decades?)\b", re.I)
# English marks a change on a noun by a comparative before it ("smoother skin, fewer scars"): a
# verbless tagline or summary that puts one on an outcome states the change
_COMPARATIVE_BEFORE_RE = re.compile(
    r"\b(?:fewer|less|more|(?!(?:other|another|never|over|under|either|neither|rather|whether|ever|after|later|water|"
    r"paper|number|matter|order|per)\b)[a-z]{3,}er)\s+$", re.I)


# "X, which is why it ...": the writer states a consequence of the clause before it, about the
# treatment (a pronoun in it refers back)
_CONSEQUENCE_RE = re.compile(r"^\W*(?:which|that|this)\s+is\s+why\b(?=.*\b(?:it|they|them)\b)", re.I)
# A result promised to the reader within a time ("You will see visible regrowth within 7 days"): the
# writer asserts what the treatment does and how fast, as much a claim as an effect verb
_PROMISED_RESULT_RE = re.compile(r"^\W*you(?:['’]ll|\s+will|\s+should|\s+are\s+going\s+to)\s+(?:\w+ly\s+)?(?:start\s+to\s+)?"
                                 r"(?:see|notice|feel|get|have|enjoy)\b(?=.*\b(?:in|within|after|by)\s+(?:just\s+|only\s+)?"
                                 r"(?:a|an|one|\d+|[a-z]+)\s+(?:days?|weeks?|months?|nights?|sessions?|treatments?)\b)", re.I)
# An imperative whose (prepositional) object is a result noun phrase, a change adjective on a noun,
# with a time frame promises the reader that effect ("Wake up to visibly younger skin overnight",
# "Step into stronger nails in two weeks"): a claim, not advice (FIX21). The imperative is a bare
# verb opening the sentence (no -s, -ed or -ing: "Thanks to", "Compared to" are no imperatives).
_IMPERATIVE_RESULT_RE = re.compile(
    rf"^\W*(?P<v>(?![a-z]+(?:ed|ing|s)\b)[a-z]{{2,}})(?:\s+(?:up|out|in|on|back|hello))?\s+(?:to|into|with|for)\s+"
    rf"(?:(?:your|a|the)\s+)?(?:[a-z]+ly\s+)?{_CMP_ADJ}(?:,?\s+(?:and\s+)?{_CMP_ADJ})*\s+[a-z]+", re.I)
# An endorsement: someone else recommends the treatment for a purpose ("Neurologists recommend
# magnesium for migraine prevention"), or it is called an option for one ("is a reasonable option
# for women who ..."); the writer's own "we recommend" is advice (_ADVICE_RE)
_ENDORSE_RE = re.compile(
    r"(?<!\bwe\s)(?<!\bI\s)\brecommends?\s+(?:[\w-]+\s+){1,3}?(?:for|to\s+(?:treat|prevent|reduce|improve))\b"
    # (an option needs no "for" when it ends the clause: "... is a reasonable next step") (GOLD10)
    r"|\b(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:option|choice|alternative|solution|step|bet)"
    r"(?:\s+for\b|\W*$)",
    re.I)
# The writer's own noun as the subject before an effect verb ("my shedding has slowed down")
_OWN_SUBJECT_RE = re.compile(r"\b(?:my|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:(?:has|have|had)\s+)?$", re.I)
# A harm named with how long it lasts ("swelling ... for a day or two", "redness for 48 hours"): the harm
# is admitted, with its course (GOLD10)
_HARM_COURSE_RE = re.compile(
    rf"\b(?:{HARM_NOUNS})\b[^.;:]*?\b(?:for|up\s+to|lasting)\s+(?:about\s+|around\s+|up\s+to\s+)?(?:a|an|one|two|three|"
    r"a\s+few|a\s+couple\s+of|\d+)\s+(?:hours?|days?|weeks?)\b", re.I)
# Removal stated by a predicate adjective ("they are basically gone", "my knee pain is gone")
_GONE_RE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+|all\s+)?(?:gone|vanished)\b", re.I)
# A bulleted grade of one outcome ("- Skin: decent evidence", "- Nails: maybe"): the label is the
# outcome and the item grades the treatment's effect on it with words of evidence or likelihood.
# Only a positive or hedged grade: a bare negative ("Joints: not much") is too elliptical to frame
_GRADED_ITEM_RE = re.compile(
    r"(?:^|:\s+)[A-Z][\w -]{1,30}:\s+(?:(?:very|fairly|quite|pretty|reasonably)\s+)?(?:(?:good|decent|solid|strong|"
    r"moderate|promising|some|reasonable)\s+(?:evidence|proof|data|support|research)|yes|maybe|possibly|probably|"
    r"likely)\W*$", re.I)


# A share of people who experience something ("A small number of people get an upset stomach",
# "most people describe a warm prickling sensation", "some people shed up to 5 kg"): how often an
# effect happens, a claim whatever the effect is called
_PEOPLE = r"(?:people|persons?|users?|patients?|women|woman|men|man|adults?|children|participants?|customers?|clients?|" \
          r"volunteers?|testers?)"
_SHARE_EXPERIENCES_RE = re.compile(
    # (the fronted adjunct's comma may be left out: "In the old trials only about a third of men got ...", REC15)
    r"^\W*(?:(?:and|but|while)\s+)?(?:(?:in|at|after|during|within|among|with|across|of|out\s+of|over)\s+[^,]{1,50}?(?:,\s+|\s+))?"
    r"(?:only\s+)?"
    # an approximator before the share ("Roughly one man in three", "about 40% of women"; TRAP9)
    r"(?:(?:roughly|about|around|nearly|almost|approximately|over|more\s+than|fewer\s+than|less\s+than|"
    r"just\s+(?:over|under)|up\s+to|as\s+many\s+as|at\s+least)\s+)?"
    r"(?:(?:(?:a\s+)?(?:(?:small|large|tiny|growing)\s+)?(?:number|minority|majority|handful)\s+of"
    r"|some|most|many|a\s+few|few|\d+(?:\.\d+)?\s?%\s+of|one\s+in\s+\w+\s+of|\w+\s+(?:out\s+of|in)\s+\w+"
    # a fraction ("a third of men", "half the patients", REC15)
    r"|(?:a|one|two)\s+(?:half|third|quarter|fifth|tenth)s?\s+of|half(?:\s+of)?)\s+"
    # a partitive ("some of my patients", "none of our testers", REC15)
    r"(?:of\s+(?:the|our|my|your|their|these|those)\s+)?"
    rf"(?:(?:the|our|my|your|their)\s+)?(?:[a-z]+\s+)?{_PEOPLE}"
    # a cardinal in a partitive over a counted group, its place or arm after it ("Thirteen of the 30 people in
    # that group got ...", RECALL3)
    rf"|{COUNT}\s+of\s+(?:the|our|my|your|their|these|those)\s+{COUNT}\s+(?:[a-z]+\s+)?{_PEOPLE}"
    r"(?:\s+(?:in|on|from|at|with|given|taking|using)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
    # a share that names no people ("a minority see real regrowth"): minority, majority and handful count people
    r"|(?:a|the)\s+(?:(?:small|large|tiny)\s+)?(?:minority|majority|handful)(?!\s+of)"
    # "one person in sixteen", "nine patients out of ten"
    rf"|\w+\s+{_PEOPLE}\s+(?:out\s+of|in)\s+(?:every\s+)?\w+"
    # a negative quantifier over people, with what sets them apart ("nobody on low-dose minoxidil pills", "none of
    # the patients in the trial"; TRAP9): how many experience it, namely none
    # (a minimiser before an indefinite pronoun is a near-negative quantifier: "Barely anyone reacts to it", RECALL3)
    rf"|(?:nobody|no[\s-]one|(?:barely|hardly|scarcely)\s+(?:anyone|anybody)|none\s+of\s+(?:the|them|those|these|our|my|your|their)(?:\s+[a-z-]+){{0,2}}|not\s+(?:one|a\s+single)(?:\s+[a-z-]+)?)"
    # ("not a single person I know who takes it": a contact clause, then who + a verb of use, REC15)
    r"(?:\s+(?:I|we)\s+[a-z]+)?"
    r"(?:\s+(?:on|taking|using|given|treated\s+with|in|who\s+(?:took|used|tried|had|takes|uses|tries|has))\s+(?:[\w-]+\s+){0,4}?[\w-]+)?"
    # (a perfect tense is an act, not an experience: "No one has ever compared the two", "Nobody has run a trial")
    # (but a perfect of experience is one: "None of our clients has reported a reaction", "Nobody has ever had", REC15)
    r"(?!\s+(?:has|have|had)\s+(?!(?:(?:ever|yet|already)\s+)?(?:had|reported|experienced|developed|noticed|suffered|"
    r"complained)\b)(?:ever|never|yet|already|been|[a-z]+ed|run|done|shown|proven|found|seen|made|taken|"
    r"given|written|grown|tested)\b))\s+"
    r"(?:(?:has|have|had)\s+(?:(?:ever|yet|already)\s+)?(?=(?:had|reported|experienced|developed|noticed|suffered|"
    r"complained)\b))?"
    r"(?:[a-z]+ly\s+)?(?:get|gets|got|experienc\w+|report(?:s|ed)?|develop\w*|have|has|had|describe[sd]?|notic\w+|feels?|"
    r"felt|sees?|saw|sheds?|loses?|lost|gain\w*|suffer\w*|complain\w*|respond\w*|react(?:s|ed)?)\b", re.I)
# A change measured against another group or time: "take 29% fewer sick days", "20% more hairs"
_MEASURED_CHANGE_RE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s+(?:fewer|less|more|lower|higher|"
                                 r"faster|slower|greater|smaller|shorter|longer)\b"
                                 # (TRAP8) an amount of a unit: "sleeping two hours longer", "3 kg lighter"
                                 rf"|\b(?:\d+(?:\.\d+)?|{_NUM_WORD}|an?)\s+(?:minutes?|hours?|nights?|days?|weeks?|pounds?|"
                                 r"kilos?|kg|lbs?|inches?|cm|mm)\s+(?:longer|shorter|more|less|fewer|lighter|heavier|"
                                 r"thicker|faster|sooner|earlier|later)\b", re.I)
# "helps you lose weight": an enabling verb whose object is a person takes a bare infinitive, the
# effect it enables (the object pronouns and "the body" are a closed class)
_ENABLING_RE = re.compile(r"\b(?:help|helps|helped|helping|let|lets|allow|allows|allowed)\s+(?:you|people|them|us|him|"
                          r"her|(?:your|the)\s+body)\s+(?:to\s+)?(?!(?:to|a|an|the|with|in|on|for|and|or)\b)[a-z]{3,}\b",
                          re.I)
# What someone else says, framed by a trailing verb of saying ("You will be dry after the very
# first session, clinics say"): the article reports an assertion
_SAID_AFTER_RE = re.compile(r",\s+(?:[\w'’-]+\s+){1,3}(?:say|says|said|claim|claims|claimed|insist|insists|promise|"
                            r"promises)\W*$", re.I)


# A progressive verb with a measured change after it (TRAP8): "I was shedding 70% less hair", "I was
# sleeping two hours longer": the activity that changed is the outcome ("shedding", "sleeping")
_MEASURED_ACTIVITY_RE = re.compile(
    r"\b(?:was|were|am|is|are|been|be)\s+(?:now\s+|only\s+|already\s+)?(?P<v>[a-z]{3,}ing)\s+(?:about\s+|around\s+|nearly\s+)?"
    rf"(?:\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)|(?:\d+(?:\.\d+)?|{_NUM_WORD}|an?)\s+(?:minutes?|hours?|nights?|days?|"
    r"pounds?|kilos?|kg|lbs?))\s+(?:less|more|fewer|longer|shorter|faster|better)\b", re.I)


def _measured_activity(item_text: str) -> str:
    m = _MEASURED_ACTIVITY_RE.search(item_text)
    return m.group("v").lower() if m else ""


def _testimony(unit_text: str) -> bool:
    """Does the unit report a change the writer saw in themselves over time?"""
    return bool(_FIRST_PERSON_ANY_RE.search(unit_text)) and bool(_TESTIMONY_RE.search(unit_text))


def _score(unit_text: str, cues: _SentenceCues, *, heading: bool, mentions_intervention: bool,
           has_outcome: list[str], predicate: str | None = None,
           answers_question: bool = False, diary_entry: bool = False, own_text: str | None = None) -> tuple[float, list[str]]:
    """Check-worthiness in 0..1 from additive cue weights, and the cues that produced it. `own_text`: a list
    item's own words, when `unit_text` is read with its lead-in."""
    reasons: list[str] = []
    score = 0.0
    if answers_question:
        # "Is it painful? Not at all.": the answer asserts the question it answers
        score += 0.25
        reasons.append("answers the question before it")
    verbs = effect_verbs(unit_text)
    strong_verbs = [v for v in verbs if not _WEAK_VERB_RE.match(v.group(0))]
    verb = strong_verbs[0] if strong_verbs else None
    noun = _EFFECT_NOUN_RE.search(unit_text)
    denial = denied_harm(unit_text)
    if denial and not _CONDITION_RE.match(unit_text):
        # "No downtime", "Totally risk-free", "never irritates": a denial of harm is a claim on its own
        score += 0.35
        reasons.append(f"denies harm ('{denial}')")
    elif not has_outcome:
        # an outcome the tables do not list, read as the object of an effect verb ("melts belly
        # fat", "reduces downtime")
        fv = _frame_effect(unit_text)
        if fv:
            score += 0.25 if not verb else 0.2
            reasons.append(f"asserts an effect on '{fv}'")
    if verb:
        harmful = bool(_HARM_RE.fullmatch(verb.group(0)))
        score += 0.35 if harmful else 0.3
        reasons.append(f"{'harm' if harmful else 'effect'} verb '{verb.group(0)}'")
        if _OWN_SUBJECT_RE.search(unit_text[:verb.start()]):
            # the subject is the writer's own ("my shedding has slowed down"): an observed change (GOLD10)
            score += 0.1
            reasons.append("observed on a possessed noun")
    elif predicate and not denial:
        # whatever the verb, a clause whose subject is the treatment says what it does
        score += 0.25
        reasons.append(f"the treatment is the subject of '{predicate}'")
    elif (change := _CHANGE_RE.search(unit_text) or _GONE_RE.search(unit_text)
          or _VERBLESS_RESULT_RE.search(unit_text)) is not None and not noun \
            and not has_outcome:
        # "my hair looked thicker", "patients sweat less": a comparative states a change, as
        # much a claim as an effect noun
        score += 0.25
        reasons.append(f"states a change '{change.group(0)}'")
        if _POSSESSED_BEFORE_RE.search(unit_text, 0, change.start() + 1):
            # the writer's or reader's own body ("my lashes looked darker"): an observation of a change
            score += 0.1
            reasons.append("observed on a possessed noun")
    elif verbs and not noun:
        score += 0.15
        reasons.append(f"weak effect verb '{verbs[0].group(0)}'")
    elif noun:
        score += 0.25
        reasons.append(f"effect cue '{noun.group(0)}'")
    if _verbless_comparative(unit_text) and not any(r.startswith("states a change") for r in reasons):
        score += 0.35
        reasons.append("a verbless comparative states a change")
    if has_outcome:
        score += 0.25
        reasons.append("outcome " + ", ".join(f"'{o}'" for o in has_outcome[:3]))
        if not verb and not predicate and any(
                _COMPARATIVE_BEFORE_RE.search(o.split()[0] + " ") or
                ((i := unit_text.find(o)) > 0 and _COMPARATIVE_BEFORE_RE.search(unit_text[max(0, i - 20):i]))
                # or a comparative predicated of it, on the writer's own body ("my crow's feet were
                # shallower", REC13)
                or (i > 0 and _POSSESSED_BEFORE_RE.search(unit_text[max(0, i - 8):i + len(o)])
                    and _CHANGE_RE.match(unit_text, i + len(o) + 1))
                for o in has_outcome if o.strip()):
            score += 0.1
            reasons.append("a comparative on the outcome")
    promised = _IMPERATIVE_RESULT_RE.search(unit_text)
    if promised and _frames.time_frame_of(unit_text) is not None:
        score += 0.35
        reasons.append(f"promises a result in a time ('{promised.group(0).strip()}')")
    for rx, why in ((_CONSEQUENCE_RE, "states a consequence"), (_ENDORSE_RE, "recommends it for a purpose"),
                    (_PROMISED_RESULT_RE, "promises the reader a result in a time"),
                    (_SHARE_EXPERIENCES_RE, "how many people experience it"),
                    (_GRADED_ITEM_RE, "grades one outcome in a list")):
        cue = rx.search(unit_text)
        if cue:
            score += 0.35 if rx in (_GRADED_ITEM_RE, _SHARE_EXPERIENCES_RE, _PROMISED_RESULT_RE) else 0.2
            reasons.append(f"{why} ('{cue.group(0).strip()}')")
    spared = _frames.no_longer_needed(unit_text)
    if spared is not None:
        # "you won't need minoxidil anymore": a claim that it does another treatment's job (TRAP8)
        score += 0.3
        reasons.append(f"says it replaces '{spared.group('x')}'")
    small = _frames._NEGATED_MINIMIZER_RE.search(unit_text)
    if small and (_frames._EFFECT_SUBJECT_RE.search(unit_text, 0, small.start()) or re.search(
            rf"\b(?:{HARM_NOUNS})\b", unit_text[:small.start()], re.I)):
        # litotes: "the regrowth is not insignificant", "the irritation is no small matter" assert a
        # sizeable effect or harm (TRAP8)
        score += 0.3
        reasons.append(f"denies that the effect is small ('{small.group(0)}')")
    denied_effect = _LITTLE_EFFECT_RE.search(unit_text)
    if denied_effect and not verb:
        # "the devices do little for blackheads", "the collagen does nothing": a negative quantifier as the
        # object of "do" denies the effect (REC14)
        score += 0.25
        reasons.append(f"denies an effect ('{denied_effect.group(0)}')")
    measured = _MEASURED_CHANGE_RE.search(unit_text)
    if measured and not verb:
        score += 0.25
        reasons.append(f"a measured change '{measured.group(0)}'")
    enabling = _ENABLING_RE.search(unit_text) if not verb else None
    if enabling:
        score += 0.1
        reasons.append(f"enables a change '{enabling.group(0)}'")
    said = _SAID_AFTER_RE.search(unit_text)
    if said:
        score += 0.15
        reasons.append(f"reports what others say ('{said.group(0).strip(', ')}')")
    durable = _DURABLE_RE.search(unit_text)
    if durable and re.search(r"\b(?:trials?|stud(?:y|ies)|courses?|programm?es?|sessions?|appointments?)\s+$",
                             unit_text[max(0, durable.start() - 30):durable.start()], re.I):
        durable = None  # "the trials lasted months": how long a study or a course ran, not an effect
    if durable:
        score += 0.2
        reasons.append(f"says how long it lasts ('{durable.group(0)}')")
    course = _HARM_COURSE_RE.search(unit_text)
    if course and not durable:
        score += 0.2
        reasons.append(f"says how long a harm lasts ('{course.group(0)}')")
    risk = _RISK_RE.search(unit_text)
    if risk:
        score += 0.2
        reasons.append(f"risk cue '{risk.group(0)}'")
    if mentions_intervention:
        score += 0.15
        reasons.append("names the intervention")
    # the sentence's span of time reaches a clause that states a change of its own ("..., and I had
    # less hair in my brush"), not one that only hedges ("so I can't give it all the credit")
    testimony = bool(_FIRST_PERSON_ANY_RE.search(unit_text)) and (_testimony(unit_text) or (
        cues.testimony_time and bool(_CHANGE_RE.search(unit_text) or _GONE_RE.search(unit_text))))
    if testimony:
        score += 0.3
        reasons.append("first-person testimony of a change")
    num = _NUMBER_RE.search(unit_text) or _TIME_WORD_RE.search(unit_text)
    # the frame's own reading of an amount or a time frame ("nine out of ten", "after three
    # sessions", "within days") counts as much as a figure
    amount = num.group(0).strip() if num else _amount_or_time(unit_text)
    if amount and (verb or noun or has_outcome or predicate or testimony or _CHANGE_RE.search(unit_text)
                   or _GONE_RE.search(unit_text) or _MEASURED_CHANGE_RE.search(unit_text)
                   or _VERBLESS_RESULT_RE.search(unit_text) or promised):
        score += 0.15
        reasons.append(f"number '{amount}'")
    cmp = comparator_of(unit_text)
    # English's equative and comparative predicates ("is not as good as taking it by mouth") compare
    # even when the frame parser names no comparator
    cmp_pred = (_COMPARISON_PRED_RE.search(unit_text) or _comparison_in_predicate(unit_text)) if cmp is None else None
    if cmp is not None or cmp_pred is not None:
        score += 0.2
        reasons.append(f"comparison '{cmp[1]} {cmp[0]}'" if cmp else
                       f"comparison '{cmp_pred.group(0).strip() if cmp_pred else ''}'")
    sup = _SUPERLATIVE_RE.search(unit_text) or _ABSOLUTE_RE.search(unit_text)
    if sup:
        score += 0.1
        reasons.append(f"absolute/superlative '{sup.group(0)}'")
    ranked = _SUPERLATIVE_PRED_RE.search(unit_text) if mentions_intervention else None
    if ranked:
        # "X is simply the most complete immune food there is": ranking the treatment first of its kind
        # is an evaluative claim about it, whatever the copula (REC13)
        score += 0.15
        reasons.append(f"ranks the treatment ('{ranked.group(0).strip()}')")
    if diary_entry:
        # "Day 12: Already a full head of baby hairs": a dated diary entry without a verb is the writer's
        # own observation on that day of the course (REC13)
        score += 0.45
        reasons.append("a dated diary entry's observation")
    if cues.evidence:
        score += 0.1
        reasons.append(f"evidence cue '{cues.evidence}'")
    # Penalties
    # the imperative mood is the main clause's: a reason it gives ("because long-term use can
    # lower copper levels") is asserted
    if _is_imperative(unit_text) or (cues.imperative and not _LEAD_CONNECTIVE_RE.match(unit_text)):
        score -= 0.35
        reasons.append("penalty: imperative (advice)")
    # a lead-in's advice is its own: "For lasting results we recommend a course:" / "- Wrinkle depth visibly
    # reduced after six sessions" states a result (REC15)
    elif _ADVICE_RE.search(unit_text if own_text is None else own_text):
        score -= 0.6
        reasons.append("penalty: advice wording")
    if _PROCEDURE_RE.search(unit_text) and not (denial or noun or has_outcome):
        # "The dermis is moisturized with a cream", "the roller is then soaked in alcohol":
        # a passive with the instrument or duration of the act is a step of the procedure
        score -= 0.3
        reasons.append("penalty: describes a step of the procedure")
    if _META_RE.search(unit_text):
        # the clause that describes the article ("This video delves into ..."); a claim the same
        # sentence goes on to make ("..., emphasizing the importance of ...") is the article's
        score -= 0.5
        reasons.append("penalty: describes the article, not the intervention")
    if cues.rhetorical or (_FIRST_PERSON_RE.search(unit_text) and not (verb or has_outcome or testimony
                                                                       or _CHANGE_RE.search(unit_text))):
        # a first-person report of an effect ("my ponytail is thicker") is still a claim
        score -= 0.2
        reasons.append("penalty: first person / rhetorical")
    if heading and not _VERBLESS_RESULT_RE.search(unit_text):  # (a verbless result is the heading's claim, REC15)
        score -= 0.2
        reasons.append("penalty: heading or label")
    # the benefit half of "X is safe and effective" is one evaluative adjective, predicated of the
    # sentence's subject: a claim, however short
    # (a verb and its object cut off a coordination, "... and melts fat", is short but whole)
    if (len(unit_text.split()) < 2 or len(unit_text.split()) < 3 and not verb and not predicate) and not denial and not \
            _EFFICACY_ADJ_RE.fullmatch(unit_text.strip()) and not _GRADED_ITEM_RE.search(unit_text):
        score -= 0.5
        reasons.append("penalty: very short")
    return max(0.0, min(1.0, round(score, 3))), reasons


# ---------------------------------------------------------------------------------------------
# Questions


# (a verb of contribution takes the negative quantifier the same way: "going past 10 minutes adds nothing", RECALL3)
_LITTLE_EFFECT_RE = re.compile(r"\b(?:do|does|did|doing|adds?|added|adding|changes?|changed|changing)\s+"
                               r"(?:(?:very|next\s+to|almost|absolutely|precious)\s+)?"
                               r"(?:little|nothing|not\s+much)\b(?!\s+(?:but|else|more|less|about|wrong))", re.I)

# (REC14) Comparison marked outside the bare "X-er than" predicate: a prepositional phrase between the
# comparative and "than" ("kinder to your skin than the alternatives"); a comparative adjective in a
# predicate nominal ("may be a gentler alternative", "is a safer bet"); a ranking verb putting its object
# above another ("ranked PRP above 5% minoxidil"; never "below", which would be read as a benefit).
_CMP_PP_THAN_RE = re.compile(r"\b(?P<adj>[a-z]{3,}(?:ier|er))\s+(?:to|for|on|at|in|with)\s+(?:[a-z'’-]+\s+){0,2}than\s+\S", re.I)
_CMP_NOMINAL_RE = re.compile(r"(?:\b(?:is|are|was|were|be|remains?)|['’]s|['’]re)\s+(?:still\s+|also\s+|often\s+|[a-z]+ly\s+)?"
                             r"(?:a|an)\s+(?:much\s+|far\s+|slightly\s+)?(?P<adj>[a-z]{3,}(?:ier|er))\s+[a-z-]{3,}\b", re.I)
_RANKED_ABOVE_RE = re.compile(r"\b(?:rank(?:ed|s)?|rat(?:ed|es)|put|puts|plac(?:ed|es))\s+(?:[\w%.-]+\s+){1,6}?"
                              r"(?:above|ahead\s+of)\s+\S", re.I)


def _comparison_in_predicate(unit_text: str) -> re.Match[str] | None:
    """A comparison by one of the three forms above; an -er word must be a short adjective's comparative."""
    for rx in (_CMP_PP_THAN_RE, _CMP_NOMINAL_RE):
        m = rx.search(unit_text)
        if m is not None:
            adj = m.group("adj").lower()
            if adj in ("better", "worse") or _short_comparative(adj):
                return m
    return _RANKED_ABOVE_RE.search(unit_text)


# (a temporal or focus adverb leaves the ranking whole: "is still the fastest fix", REC14)
_SUPERLATIVE_PRED_RE = re.compile(r"\b(?:is|are)\s+(?:(?:[a-z]+ly|still|also|now)\s+)?(?:the|our|your)\s+(?:single\s+)?"
                                  r"(?:most\s+[a-z]+|best|(?!(?:interest|forest|request|harvest|honest|latest)\b)"
                                  r"[a-z]{2,}(?:iest|est))\b", re.I)
# a diary entry's label: a unit of time and its number ("Day 12", "WEEK 3", "Night 4")
_DIARY_LABEL_RE = re.compile(r"(?:day|week|month|night|morning)\s+\d{1,3}", re.I)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"


def _phrase_terms(label: str) -> list[str]:
    """PubMed terms for an outcome in the claim's words: coordinated outcomes ("diarrhoea and
    stomach cramps") are searched each on its own, a plural head truncated."""
    blocks = []
    for part in re.split(r"\s+(?:and|or)\s+|\s*,\s*", label):
        words = part.split()
        if not words:
            continue
        if len(words) >= 2 and (words[-1].endswith("ness") or words[-1] in _IRREGULAR_PROPERTY.values()):
            # a property of a thing ("skin thickness") is searched as both words, the property by its
            # stem ("thick*": thicker, thickening), since abstracts say "epidermal thickness of the skin"
            thing = " ".join(words[:-1])
            stem = words[-1][:-4].rstrip("i") if words[-1].endswith("ness") else ""
            # (PubMed truncates only after three letters or more: a shorter stem is searched as the whole word)
            prop = stem + "*" if len(stem) >= 3 else words[-1]
            blocks.append(f'({_phrase_terms(thing)[0]} AND {prop}[tiab])')
            continue
        if words[-1].endswith("s") and len(words[-1]) > 4 and len(words[-1].split("-")[-1]) > 4:
            # (a hyphenated head truncates only when its last part keeps 3 letters: "flare-ups" is
            # searched whole, PubMed will not truncate "up*")
            words[-1] = words[-1][:-1] + "*"
        phrase = " ".join(words)
        blocks.append(f'"{phrase}"[tiab]' if len(words) > 1 else f"{phrase}[tiab]")
    return blocks


def _block(terms: Iterable[str]) -> str:
    terms = list(dict.fromkeys(t for term in terms for t in (term, *_other_spelling(term))))
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def _other_spelling(term: str) -> tuple[str, ...]:
    """A title/abstract term in its other spelling ("skin of colour" -> "skin of color"), searched beside it:
    PubMed searches a field-tagged term as written, and popular copy and the literature often spell apart."""
    m = re.fullmatch(r'("?)([^"\[\]]+)\1\[tiab\]', term)
    other = phrase_variant(m.group(2)) if m else None
    return (f"{m.group(1)}{other}{m.group(1)}[tiab]",) if m and other else ()


# A causative or resultative verb with a person as object ("keeps you full", "makes you feel
# fuller", "leaves you buzzing"): the state is an adjective complement, with no noun to search.
_BARE_COMPLEMENT_RE = re.compile(
    r"\b(?:makes?|made|making|keeps?|kept|keeping|leaves?|left|leaving|gets?|got|getting)\s+"
    r"(?:you|people|them|us|him|her|one)\s+(?:(?:feel|feeling|look|looking|stay|staying)\s+)?"
    r"(?:(?:more|less|so|very|much|far)\s+)?[a-z]+(?=\s*(?:$|[,;:.!?]|(?:and|so|but|or|for|all|after|within|in)\b))",
    re.I)


# A comparative after a verb of working ("The serum worked faster", "it works better") is a manner
# adverb: it says how the treatment works on the outcome the discourse is about, and names none.
# (A copula's adjective, "You will be dry", "Results are permanent", is left to the frame: it
# promises a complete result, which on the main outcome the verdict would read as improvement.)
_WORKED_CMP_RE = re.compile(r"\b(?:works?|worked|working|acts?|acted|acting)\s+(?:(?:\w+ly|much|far|even|a\s+lot)\s+)?"
                            r"(?P<c>[a-z]+er)\b", re.I)


def _manner_comparative(text: str, words: str) -> bool:
    """Are the outcome words `words` only the comparative after a verb of working in `text`?"""
    return any(m.group("c").lower() == words.strip().lower() for m in _WORKED_CMP_RE.finditer(text))


def _bare_complement(text: str) -> bool:
    """Is the clause's result an adjective predicated of a person ("It keeps you full")? Then its
    words are no outcome: the noun head of an object is ("It makes your hair thicker": hair)."""
    # the main clause's result only: "brown fat, a type of fat that burns calories to keep you
    # warm" describes the object in an apposition or relative clause
    main = re.split(r",\s|\s(?:that|which|who)\s", text, maxsplit=1)[0]
    return bool(_BARE_COMPLEMENT_RE.search(main))


_FRONTED_CONDITION_RE = re.compile(r"^\W*(?:if|when|whenever|once|unless)\b[^,]{0,100},\s*", re.I)


def _main_clause_object(clause: str) -> bool:
    """(OUTL) Does a main clause name its own object, a noun phrase that is no pronoun (which
    would refer back to its condition) and no treatment ("can set off a serious reaction")?"""
    obj = _caused_harm(clause) or _predicate_object(clause)
    words = obj.split()
    return bool(words) and _clean_outcome_words(obj) and not _PRONOUN_WORD_RE.fullmatch(words[0]) and \
        not _is_treatment_np(obj)


def _person_property(text: str) -> str:
    """(OUTL) The property a comparative complement of a person names ("It makes you stronger" ->
    strength, "keeps you more alert" -> alertness): a comparative says a measurable property
    changes, so the person's property is the claim's outcome; "" for a positive adjective ("keeps
    you full") or a comparative of evaluation ("better", "more")."""
    main = re.split(r",\s|\s(?:that|which|who)\s", text, maxsplit=1)[0]
    m = _BARE_COMPLEMENT_RE.search(main)
    if m is None:
        return ""
    words = m.group(0).lower().split()
    adj = words[-1]
    if len(words) >= 2 and words[-2] in ("more", "less"):
        base: str | None = adj if adj.isalpha() and adj not in _NOT_PROPERTY and len(adj) > 3 else None
    else:
        base = _adjective_base(adj)
    return _property(base) if base else ""


# A quantity noun with "of" measures the noun phrase after it ("the number of fine, weak hairs",
# "a surge of feel-good chemicals"): that phrase is what the claim says changes.
# So does a noun of likelihood, rate or extent ("cut your risk of catching a cold", "the
# duration of a cold"), after a gerund of contracting ("catching", "getting", "developing").
_MEASURE_NOUN = r"(?:number|amount|quantity|surge|levels?|risk|chances?|odds|likelihood|rates?|incidence|" \
                r"frequency|severity|duration|head|mop|handful|lots?|bit|tons?|plenty|bunch)"
# a size adjective before a collective noun of quantity ("a full head of hair", "a whole lot of")
_MEASURE_SIZE = r"(?:(?:full|whole|thick|big|little|small|great|huge)\s+)?"
_MEASURE_OF_RE = re.compile(rf"\b{_MEASURE_SIZE}{_MEASURE_NOUN}\s+of\s+(?:(?:catching|getting|developing|having|contracting)\s+)?"
                            r"(?P<np>[^.;:()]+)", re.I)


def _measured_noun(item_text: str, words: str) -> str:
    """`words` ("number of fine") or, when they are a quantity noun with "of", the noun phrase it
    measures, its coordinated adjectives' commas dropped ("fine weak hairs")."""
    if not re.match(rf"{_MEASURE_SIZE}{_MEASURE_NOUN}(?:\s+of\b|$)", words, re.I):
        return words
    m = _MEASURE_OF_RE.search(item_text)
    if m is None:
        return words
    np = [w for w in re.findall(r"[A-Za-z][\w'-]*", m.group("np"))][:4]
    while np and np[0].lower() in _DETERMINERS:
        np = np[1:]
    np = np[:next((i for i, w in enumerate(np) if w.lower() in _NP_END_WORDS), len(np))]
    return " ".join(np[-3:]).lower() if _clean_outcome_words(" ".join(np[-3:])) else words


# A comparative adjective measures a property, named by its noun: "thicker" -> thickness,
# "brighter" -> brightness. English forms the noun with -ness except for a closed set of old
# nominalisations (long/length, strong/strength, clear/clarity, ...). Evaluative and quantity
# comparatives ("better", "more", "faster") measure no property of their noun.
_IRREGULAR_PROPERTY = {"long": "length", "strong": "strength", "deep": "depth", "wide": "width",
                       "warm": "warmth", "clear": "clarity", "shiny": "shine", "glossy": "gloss", "healthy": "health",
                       "big": "size", "small": "size", "large": "size", "little": "size", "high": "level",
                       "low": "level", "old": "age", "young": "age", "true": "truth", "broad": "breadth"}
_NOT_PROPERTY = frozenset("""better worse more less fewer greater lesser faster slower sooner later quicker
rather other either neither whether never ever over under after water number""".split())


def _adjective_base(word: str) -> str | None:
    """The positive of a comparative adjective ("thicker" -> "thick", "shinier" -> "shiny",
    "bigger" -> "big", "denser" -> "dense"), or None when the word is no such comparative."""
    w = word.lower()
    if w in _NOT_PROPERTY or not w.isalpha():
        return None
    if w.endswith("ier") and len(w) > 5 and not w.endswith("rrier"):
        return w[:-3] + "y"
    if not w.endswith("er") or len(w) < 5:
        return None
    b = w[:-2]
    if len(b) >= 3 and b[-1] == b[-2] and b[-1] not in "lsaeiou":
        return b[:-1]  # the doubled consonant of a short adjective: bigger, thinner, redder
    if b[-1] in "scvz" or (b[-1] == "g" and b[-2] != "n") or (
            len(b) <= 3 and re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwy]", b)):
        return b + "e"  # an -e adjective: denser, larger, finer, wider, safer
    return b


def _compared_base(phrase: str) -> str | None:
    """The positive of a comparative, synthetic ("thicker" -> "thick") or analytic ("less dry" -> "dry",
    QUEST7); None when the phrase is no comparative of a property."""
    words = phrase.lower().split()
    if len(words) == 2 and words[0] in ("less", "more"):
        w = words[1]
        return None if w in _NOT_PROPERTY or w in _OUTCOME_STOP or not w.isalpha() or _ADVERB_RE.search(w) else w
    return _adjective_base(phrase)


def _property(base: str) -> str:
    """The noun of the property an adjective names: "thick" -> "thickness", "long" -> "length"."""
    if base in _IRREGULAR_PROPERTY:
        return _IRREGULAR_PROPERTY[base]
    # (a one-syllable "dry", "shy" keeps its y: dryness, QUEST7)
    return (base[:-1] + "iness") if base.endswith("y") and len(base) > 3 else base + "ness"


def _singular_noun(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_DEGREE = r"(?:(?:noticeably|visibly|definitely|much|far|way|even|slightly|significantly|measurably|really|so|" \
          r"a\s+(?:bit|lot|little|touch)|\w+ly)\s+)*"
# "my ponytail is noticeably thicker", "my lashes looked darker and a bit fuller": a copular or
# change-of-state verb predicates the comparative of its subject
_PREDICATIVE_CMP_RE = re.compile(
    # the subject is a possessed or definite noun ("my ponytail", "the skin"), never a bare word
    # (QUEST7) but for the head of a relative clause, which the clause's own verb predicates of ("Expect
    # skin that looks bouncier")
    r"\b(?:(?P<np>(?:my|your|our|their|his|her|the)\s+(?:[A-Za-z-]+\s+)?[A-Za-z-]+)|(?P<rel>[A-Za-z-]+)\s+(?:that|which))\s+"
    # (a prepositional phrase of time or place after the head modifies it: "my breath in the
    # morning is fresher" is said of the breath, QST13)
    # ("the lines between my brows are softer": a phrase of place after the head says where, OUT14)
    r"(?:(?:in|on|at|during|after|by|between|around|under|beneath|below|above|behind|near|across|along)\s+"
    r"(?:the\s+|a\s+|an\s+|my\s+|your\s+|our\s+|their\s+|his\s+|her\s+)?[a-z-]+\s+)?"
    r"(?:is|are|was|were|looks?|looked|got|gets?|getting|became|becomes?|"
    r"feels?|felt|seems?|seemed|appears?|appeared|grew|grows?|turned|turns?)\s+" + _DEGREE +
    # (QUEST7) English's analytic comparative, "less"/"more" before the adjective ("feels less dry"), as
    # well as its -er form; a linking verb's complement is an adjective, so the word after is one
    r"(?P<adj>[a-z]+er|(?:less|more)\s+(?!\w+ly\b)[a-z]{3,})\b(?P<more>(?:\s*,?\s*(?:and|or)\s+" + _DEGREE +
    r"[a-z]+er\b)*)", re.I)
# "it made my eyelids slightly darker": a resultative predicates it of the verb's object
_RESULTATIVE_CMP_RE = re.compile(
    # ("keep skin plumper": a bare mass noun needs no determiner, OUT12)
    r"\b(?:makes?|made|making|leaves?|left|leaving|turns?|turned|keeps?|kept)\s+(?:(?:my|your|our|their|his|her|the)\s+)?"
    r"(?P<np>[a-z-]+(?:\s+(?!\w+ly\b)[a-z-]+)?)\s+" + _DEGREE + r"(?P<adj>[a-z]+er)\b"
    r"(?P<more>(?:\s*,?\s*(?:and|or)\s+" + _DEGREE + r"[a-z]+er\b)*)", re.I)
# (OUTL) "keeps your heart healthy": a resultative with a positive adjective at the clause's end
# predicates the adjective's property of its determined object (heart health); the adjective is
# known by its ending or as a dimension adjective, never a bare verb ("makes your hair grow")
_RESULTATIVE_POSITIVE_RE = re.compile(
    r"\b(?:makes?|made|making|leaves?|left|leaving|keeps?|kept|keeping)\s+(?:my|your|our|their|his|her|the)\s+"
    r"(?P<np>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:\w+ly\s+)?(?P<adj>[a-z]{4,})"
    r"(?=\s*(?:$|[,;:.!?)]|(?:and|or|but|for|all|after|within|in|over|by)\b))", re.I)
_ADJECTIVE_SHAPE_RE = re.compile(r"[a-z]+(?:[^aeiouly]y|ful|ous|ive|ic|ible|able)|" + "|".join(_IRREGULAR_PROPERTY), re.I)
# "thickens the skin", "strengthens your nails": a verb made from an adjective by -en causes
# its object to have more of that adjective's property
_EN_VERB_RE = re.compile(r"\b(?P<base>[a-z]{4,}?)en(?:s|ed|ing)?\s+(?:the|your|my|our|their|its|his|her)\s+"
                         r"(?P<np>[a-z-]+(?:\s+(?!(?:and|or|but|with|in|on|by|for|to|of|from|at|as)\b)[a-z-]+)?)\b",
                         re.I)


def _comparative_outcome(item_text: str) -> str:
    """The property a claim says changes and the thing that has it, from a comparative adjective
    predicated of a noun ("my ponytail is noticeably thicker" -> "ponytail thickness", "made my
    eyelids darker" -> "eyelid darkness") or a causative -en verb ("thickens the skin" -> "skin
    thickness"); "" when the clause has no such predicate, or its noun is a pronoun or a person."""
    for rx in (_RESULTATIVE_CMP_RE, _PREDICATIVE_CMP_RE):
        m = rx.search(item_text)
        if m is None:
            continue
        np = m.group("np") or m.group("rel")
        head = np.split()[-1]
        if head.lower() in _DETERMINERS or head.lower() in _OUTCOME_STOP or _PRONOUN_WORD_RE.fullmatch(head) \
                or _PERSON_HEAD_RE.search(head) or _is_treatment_np(np):
            continue  # a property of the treatment ("the procedure is easier") is no outcome
        bases = [_compared_base(a) for a in [m.group("adj"), *re.findall(r"[a-z]+er\b", m.group("more") or "", re.I)]]
        if not bases or any(b is None for b in bases):
            continue
        noun = " ".join([*(w.lower() for w in np.split()[1 if m.group("np") else 0:-1]), _singular_noun(head)])
        return " and ".join(f"{noun} {_property(b)}" for b in bases if b)
    m = _RESULTATIVE_POSITIVE_RE.search(item_text)
    if m is not None and _ADJECTIVE_SHAPE_RE.fullmatch(m.group("adj")):
        words = m.group("np").lower().split()
        head = _singular_noun(words[-1])
        if head not in _OUTCOME_STOP and not _PRONOUN_WORD_RE.fullmatch(head) and not _PERSON_HEAD_RE.search(head) \
                and not _is_treatment_np(m.group("np")):
            return " ".join([*words[:-1], head, _property(m.group("adj").lower())])
    m = _EN_VERB_RE.search(item_text)
    if m is not None:
        base = m.group("base").lower()
        base = base[:-1] if len(base) > 3 and base[-1] == base[-2] else base  # redden, fatten
        if base in ("strength", "length") or _adjective_base(base + "er") == base:
            words = m.group("np").split()
            noun = " ".join([*(w.lower() for w in words[:-1]), _singular_noun(words[-1])])
            if words[-1].lower() not in _OUTCOME_STOP and not _PRONOUN_WORD_RE.fullmatch(noun) and \
                    not _is_treatment_np(noun):
                return f"{noun} {base if base in ('strength', 'length') else _property(base)}"
    return ""


def _predicated_property(text: str, item: _Span, outcome: Concept, hits: Sequence[tuple[int, int, Concept]]) -> str:
    """(OUT12) A table entry found only by a comparative adjective predicated of a noun ("keep skin
    plumper", "their skin looks brighter") yields to the property that adjective names, when
    the entry's label does not name that property ("skin plumpness" is no "skin laxity,
    firmness and elasticity"; "skin firmness" is): the state the clause names, the entry's terms
    still searched. "" otherwise."""
    own = [h for h in hits if h[2] is outcome and item.start <= h[0] and h[1] <= item.end]
    if not own or not all(re.fullmatch(r"[a-z]+er", text[x:y].strip(), re.I) and _adjective_base(text[x:y].strip())
                          for x, y, _ in own):
        return ""
    prop = _comparative_outcome(text[item.start:item.end])
    if not prop or " and " in prop:
        return ""
    label = {w[:5] for w in re.findall(r"[a-z]{3,}", outcome.label.lower())}
    return "" if prop.split()[-1][:5] in label else prop


def _is_treatment_np(np: str) -> bool:
    """Does the noun phrase name a treatment (a product head, a listed intervention)?"""
    head = np.split()[-1]
    return bool(_REFERRING_HEAD_RE.fullmatch(head) or _TREATMENT_HEAD_RE.search(head)
                or any(c.regex.search(np) for c in INTERVENTIONS))


_PRONOUN_WORD_RE = re.compile(r"(?:i|you|he|she|it|we|they|me|him|her|us|them|this|that|these|those|one|who|which|"
                              r"what|everyone|someone|anyone|nobody|everybody)", re.I)


def _attributive_property(phrase: str) -> str:
    """"brighter complexion" -> "complexion brightness"; "better sleep" -> "sleep" (an evaluative
    comparative names no property); any other phrase unchanged."""
    words = phrase.split()
    if len(words) < 2:
        return phrase
    if words[0].lower() in ("better", "more", "less", "fewer", "greater", "improved"):
        return " ".join(words[1:])
    base = _adjective_base(words[0])
    if base is None or not re.fullmatch(r"[a-z-]+", words[-1].lower()):
        return phrase
    # the noun and its own modifiers ("hair shaft"), without other adjectives ("fuller-looking")
    middle = [w.lower() for w in words[1:-1] if not (_MODIFIER_RE.fullmatch(w) or "-" in w or _adjective_base(w))]
    return f"{' '.join([*middle, _singular_noun(words[-1])])} {_property(base)}"


_MODIFIER_RE = re.compile(r"[a-z]+(?:y|ing|ed|ful|ous|ive|al)$", re.I)


def _said_outcome(text: str, item: _Span, outcome: Concept, hits: Sequence[tuple[int, int, Concept]]) -> str:
    """The claim's own words for a table outcome: its first mention in the item, joined with the
    next when only a comma or conjunction parts them ("itchy, flaky"), and widened to the noun
    those modifiers qualify ("an itchy, flaky scalp" -> "itchy flaky scalp"); a comparative
    adjective gives the property it measures ("brighter complexion" -> "complexion brightness")."""
    spans = sorted((x, y) for x, y, c in hits if c is outcome and item.start <= x and y <= item.end)
    if not spans:
        return ""
    while len(spans) > 1 and _verb_on_object(text, *spans[0], spans[1][0]):
        spans = spans[1:]  # "lightens the sun spots": the verb's object names the outcome (OUT14)
    if len(spans) == 1 and _verb_on_object(text, *spans[0]):
        return ""  # a table word as the verb names the change, not what changes: the entry's label
    a, b = spans[0]
    for x, y in spans[1:]:
        if _COORD_GAP_RE.fullmatch(text[b:x]):
            b = y
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[a:b]) if w.lower() != "no"]
    if any(re.search(r"[A-Za-z][A-Z]", w) for w in words):
        return ""  # a table word inside a product's name ("GlowPen", "GLOWPEN") names the product
    last = words[-1] if words else ""
    after = re.match(r"\s+([A-Za-z][\w-]*)", text[b:item.end])
    if after and (_MODIFIER_RE.fullmatch(last) or _adjective_base(last)) and after.group(1).lower() not in (
            _NP_END_WORDS | _DETERMINERS | _OUTCOME_STOP) and not _MODIFIER_RE.fullmatch(after.group(1)) and \
            not _PRONOUN_WORD_RE.fullmatch(after.group(1)) and not _adjective_base(after.group(1)) and \
            not after.group(1).lower().endswith("ly"):
        words.append(after.group(1))  # the head noun the table word modifies
    phrase = " ".join(w.lower() for w in words)
    return _attributive_property(phrase) if len(words) > 1 else phrase


def _verb_on_object(text: str, a: int, b: int, nxt: int | None = None) -> bool:
    """(OUT14) Is the one word text[a:b] a verb with an object noun phrase (holding the next
    mention at `nxt`, when given: "it also lightens the flat brown sun spots")? A verb is told by
    its inflection (or a modal before it) after a subject, adverb or modal, and by the determiner
    opening its object."""
    word = text[a:b]
    if not re.fullmatch(r"[A-Za-z]+", word):
        return False
    before = re.search(r"([A-Za-z']+)\W*$", text[max(0, a - 30):a])
    prev = before.group(1).lower() if before else ""
    modal = prev in ("can", "could", "may", "might", "will", "would", "should", "to")
    after_subject = modal or prev in ("it", "they", "he", "she", "this", "that", "which", "also") or prev.endswith("ly")
    finite = modal or word.lower().endswith(("s", "ed"))
    # the object: a determiner and at most three modifiers before the next mention, no punctuation
    det = r"\s+(?:the|a|an|your|my|their|his|her|its|our|these|those|this|that)\s+"
    obj = re.match(det + r"[A-Za-z]", text[b:b + 40], re.I) if nxt is None else re.fullmatch(
        det + r"(?:[A-Za-z-]+\s+){0,3}", text[b:nxt], re.I)
    return after_subject and finite and obj is not None


def _gerund_with_object(text: str, a: int, b: int, start: int = 0) -> bool:
    """(QUEST7) Is the one word text[a:b] the gerund heading a clause, its object after it ("delivering the
    steroid this way regrew ...", "by delivering the drug deeper")? A gerund that opens its clause (or follows
    a preposition) with a determiner opening its object is a verb: it names what is done, the treatment's
    action, never the outcome its clause says changes."""
    word = text[a:b]
    if not re.fullmatch(r"[A-Za-z]+ing", word):
        return False
    before = text[max(start, a - 30):a]
    opens = not before.strip() or re.search(r"[,;:(]\s*$", before) is not None or re.search(
        r"\b(?:by|from|for|after|before|without|when|while)\s+$", before, re.I) is not None
    obj = re.match(r"\s+(?:the|a|an|your|my|their|his|her|its|our|these|those|this|that)\s+(?P<n>[A-Za-z-]+)", text[b:b + 40], re.I)
    return opens and obj is not None and obj.group("n").lower() not in _TIME_HEAD_WORDS and \
        obj.group("n").lower() not in ("next", "same", "first", "last", "following")


def _specific_harms(text: str, item: _Span, outcome: Concept, hits: Sequence[tuple[int, int, Concept]]) -> str:
    """The claim's own words when it coordinates specific harms an umbrella safety entry covers
    ("flaking and itching", "an itchy, flaky scalp" under skin irritation): the entry's terms are
    still searched, but the claim is about those harms, not the umbrella (EXT8). "" when the
    claim uses the entry's own label word or names one harm only."""
    if outcome.kind != "safety" or outcome.key == "adverse-effects":
        return ""
    spans = sorted((x, y) for x, y, c in hits if c is outcome and item.start <= x and y <= item.end)
    if len(spans) == 1 and not _words_of(text[spans[0][0]:spans[0][1]]) & _words_of(outcome.label):
        # one harm said of another part of the body than the entry's ("an itchy scalp" under skin
        # irritation): its words, the adjective with the noun it qualifies (OUT9)
        said = _said_outcome(text, item, outcome, hits)
        if len(said.split()) == 1 and _symptom_nouns(said, outcome) != said:
            return said  # (QUEST7) "eases the sting": one symptom by its own noun, stinging, not the umbrella
        return said if len(said.split()) == 2 and said.split()[-1] not in _words_of(outcome.label) | {
            "skin", "face"} and not _MODIFIER_RE.fullmatch(said.split()[-1]) else ""
    if len(spans) < 2 or not all(_COORD_GAP_RE.fullmatch(text[b:x]) for (_, b), (x, _) in zip(spans, spans[1:])):
        return ""
    if _words_of(text[spans[0][0]:spans[-1][1]]) & _words_of(outcome.label):
        return ""
    return _said_outcome(text, item, outcome, hits)


# The harm a clause names in its own words, when the tables would only give "adverse effects":
# a general harm noun keeps the modifier that says where ("liver injury", "kidney damage"); an
# adjective a harm verb predicates of a person names the state ("does not leave you groggy" ->
# grogginess); a verb of harm names it with its object ("doesn't discolour your lids" -> lid
# discolouration).
_GENERAL_HARM_HEAD = r"(?:injur(?:y|ies)|damage|toxicity|failure|problems?|complications?)"
_WHERE_HARM_RE = re.compile(rf"\b(?P<m>[a-z]{{3,}})\s+(?P<h>{_GENERAL_HARM_HEAD})\b", re.I)
_PERSON_STATE_RE = re.compile(
    r"\b(?:leaves?|left|leaving|makes?|made|making|gets?|got|getting|keeps?|kept|keeping|renders?)\s+"
    r"(?:you|people|them|him|her|one|me|us|users)\s+(?:(?:feeling|feel|so|very|too|a\s+bit)\s+)?(?P<a>[a-z]+)\b", re.I)
_HARM_VERB_OBJECT_RE = re.compile(
    r"(?:\b(?:not|never|can|may|might|could|will|to|does|do|did)|n['’]t)\s+(?:\w+ly\s+)?(?P<v>[a-z]{4,}?)(?:s|es|ed)?\s+"
    r"(?:your|the|their|my|his|her|our)\s+(?P<o>[a-z]{3,})\b(?!\s+(?:of|to|for)\b)", re.I)


def _harm_nominal(verb: str) -> str:
    """The noun of a verb of harm: "discolour" -> "discolouration", "irritate" -> "irritation",
    "sensitise" -> "sensitisation", else the gerund ("stain" -> "staining")."""
    v = verb.lower()
    if v.endswith("ate"):
        return v[:-1] + "ion"
    if v.endswith(("ise", "ize")):
        return v[:-1] + "ation"
    if v.endswith("our") or v.endswith("or"):
        return v + "ation"
    if v.endswith(("s", "ed")):
        return (v[:-1] if v.endswith("e") else v) + "ing"  # a stem the caller cut ("bruis" -> bruising)
    # (EXT7) one closed syllable doubles its consonant: "thin" -> thinning, as frames' gerund spells it
    return _frames._gerund(v)


# (OUT12) GRADE keeps serious adverse events apart from adverse events in general: a severity
# modifier on a general harm noun makes it that outcome ("no serious side effects were reported").
_SERIOUS_HARM_RE = re.compile(r"\b(?:serious|severe|major|life[\s-]threatening|grave)\s+(?:side[\s-]effects?|adverse\s+"
                              r"(?:effects?|events?|reactions?)|complications?|sequelae|reactions?|harms?)\b", re.I)


# (QUEST7) A harm said of taking the treatment together with another ("no risk at all with warfarin", "safe to
# take alongside blood-thinning medicines", "can interact with blood thinners") is an interaction between the two:
# the co-administered phrase is a treatment (a product head, a listed intervention, a medicine noun), and a verb
# of interacting or a preposition of accompaniment ("alongside", "together with", "with") introduces it.
_CO_ADMINISTERED_RE = re.compile(
    r"\b(?P<p>interact(?:s|ed|ing|ions?)?\s+with|alongside|together\s+with|in\s+combination\s+with|combined\s+with|"
    r"with)\s+(?:(?:your|other|any|a|an|the|my|their|some|prescription)\s+)*(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})",
    re.I)
_MEDICINE_HEAD_RE = re.compile(r"(?:medicines?|medications?|drugs?|thinners?|pills?|tablets?|anticoagulants?|"
                               r"prescriptions?)$", re.I)


def _interaction_harm(item_text: str) -> str:
    """"drug interactions" when the clause's harm is said of co-administration (see above), else ""."""
    for m in _CO_ADMINISTERED_RE.finditer(item_text):
        np = m.group("np").lower()
        if m.group("p").lower().startswith("interact") and not _PERSON_HEAD_RE.search(np):
            return "drug interactions"  # a verb of interacting says it whatever its object ("with anything")
        words = np.split()
        # the phrase ends at a word that opens a clause or an adjunct
        words = list(itertools.takewhile(lambda w: w not in _NP_END_WORDS and w not in _OUTCOME_STOP, words))
        if not words:
            continue
        np = " ".join(words)
        # (a bare "with" is read so only before a medicine noun: "with minoxidil" may say when, not what with)
        named = _MEDICINE_HEAD_RE.search(np) or (m.group("p").lower() != "with" and (
            _is_treatment_np(np) or any(c.regex.search(np) for c in INTERVENTIONS)))
        if named or (m.group("p").lower().startswith("interact") and not _PERSON_HEAD_RE.search(np)):
            return "drug interactions"
    return ""


def _own_harm_words(item_text: str) -> str:
    """The specific harm the clause names in its own words (see above), else ""."""
    if _SERIOUS_HARM_RE.search(item_text):
        return "serious adverse events"
    if interaction := _interaction_harm(item_text):
        return interaction
    for m in _WHERE_HARM_RE.finditer(item_text):
        mod = m.group("m").lower()
        if mod not in _DETERMINERS and mod not in _GENERIC_STOP and not _ADJECTIVE_END_RE.search(mod) and \
                not mod.endswith(("ly", "y")) and treatment_probability(mod) < 0.5:
            return f"{mod} {m.group('h').lower()}"
    state = _PERSON_STATE_RE.search(item_text)
    if state is not None and state.group("a").lower().endswith("y") and len(state.group("a")) > 4:
        return _property(state.group("a").lower())  # "groggy" -> "grogginess", "sleepy" -> "sleepiness"
    verb = _HARM_VERB_OBJECT_RE.search(item_text)
    if verb is not None and _harm_verb(verb.group("v")):
        obj = _singular_noun(verb.group("o"))
        return f"{obj} {_harm_nominal(verb.group('v'))}"
    # a harm stated as a change in a quantity names that quantity ("can raise calcium in the
    # blood to dangerous levels" -> blood calcium), a passive of association its object ("linked
    # to unwanted kidney stones") (OUT10)
    said = []
    amount = _QUANTITY_CHANGE_RE.search(item_text)
    if amount is not None:
        np = f"{amount.group('where')} {amount.group('np')}" if amount.group("where") else amount.group("np")
        if _clean_outcome_words(np) and not _is_treatment_np(np) and not _PRONOUN_WORD_RE.fullmatch(np) and \
                not re.fullmatch(_MEASURE_NOUN, np.split()[-1], re.I):  # "increase the risk" names no harm
            said.append(np.lower())
    said.append(_association_object(item_text))
    # two coordinated harm predicates ("can raise calcium in the blood and are linked to kidney stones") name both
    return " and ".join(w for w in said if w) or _caused_harm(item_text)


# (OUT12) A result, or the treatment, said to last names no outcome of its own: the claim is about
# how long the result its article claims lasts (a durability outcome of that result).
_LASTING_RE = re.compile(r"\W*(?:(?:and|but|so)\s+)?(?:(?:the|these|those|your|its|their)\s+)?(?:results?|effects?|benefits?|"
                         r"improvements?|changes?|it|they)\s+(?:\w+ly\s+)?(?:(?:can|will|should|may|could|typically|"
                         r"usually)\s+)?(?:last|lasts|lasted|stay|stays|stayed|persist|persists|remain|remains)\s+"
                         # (a span of time must follow: "stays on the skin" says where, not how long)
                         r"(?:(?:(?:for|up\s+to|about|around|roughly|at\s+least|over|well\s+over|nearly|almost)\s+)*"
                         r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|\d+(?:\.\d+)?|several|"
                         r"many|a\s+few|a\s+couple\s+of)\s+)?(?:days?|weeks?|months?|years?|decades?|lifetime)|"
                         r"forever|permanently|for\s+good)\b", re.I)
_LIGHT_RESULT_VERB_RE = re.compile(r"[a-z]+(?:s|ed|ing)\s+(?:(?:the|its|their|your|real|visible|noticeable|same|"
                                   r"similar|[a-z]+-like)\s+){0,2}(?:results?|benefits?|effects?|improvements?)\b", re.I)
_GENERIC_HARM_LABEL_RE = re.compile(r"(?:adverse|side)\s+(?:effects?|events?|reactions?)|harms?|risks?|safety|problems?|issues?|"
                                    # (QUEST7) a reaction or danger qualified by no more than its badness
                                    r"(?:(?:bad|negative|unwanted)\s+)?reactions?|dangers?", re.I)


def _said_in(label: str, text: str) -> bool:
    """Does the label name something the text says: a content word of it sharing its first four
    letters with a word of the text ("itching" with "itchy", "dark spots" with "dark spots")?"""
    said = {w[:4] for w in re.findall(r"[a-z]{3,}", text.lower())}
    return any(w[:4] in said for w in re.findall(r"[a-z]{3,}", label.lower()) if w not in ("and", "the"))


_DENIAL_CUE_RE = re.compile(r"\b(?:not|never|no|none|without|cannot)\b|n['’]t\b", re.I)


def _in_denied_scope(text: str, item: _Span, hits: Sequence[tuple[int, int, Concept]], concept: Concept) -> bool:
    """Does a mention of the concept follow a negation cue in the item, within the denied
    predicate (no clause break between them)?"""
    for x, _y, c in hits:
        if c is concept and item.start <= x <= item.end:
            cue = next(reversed(list(_DENIAL_CUE_RE.finditer(text, item.start, x))), None)  # the nearest cue
            if cue is not None and not re.search(r"[,;:.]", text[cue.end():x]):
                return True
    return False


# (OUT12) In a harm or a denied harm, a causative light verb's object is the harm itself ("won't
# trigger dark spots", "can leave hard lumps"); any other transitive verb names the harm with its
# object ("never freezes your expressions" -> expression freezing, "can kill the skin" -> skin
# killing). Light and neutral verbs name no harm of their own.
_CAUSING_RE = re.compile(
    r"\b(?:cause[sd]?|causing|leaves?|left|leaving|gives?|gave|giving|trigger(?:s|ed|ing)?|produce[sd]?|"
    r"bring(?:s)?\s+on|brought\s+on|lead(?:s)?\s+to|led\s+to|result(?:s|ed)?\s+in)\s+"
    r"(?:(?:you|me|people|them|him|her|us|users)\s+)?(?:(?:a|an|the|some|any|your|my|their)\s+)?"
    r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", re.I)
_MODAL_VERB_OBJECT_RE = re.compile(
    r"(?:\b(?:not|never|can|may|might|could|will)|n['’]t)\s+(?:\w+ly\s+)?(?P<v>[a-z]{4,}?)(?:s|es|ed)?\s+"
    r"(?:your|the|their|my|his|her|our|a|an)\s+(?P<o>[a-z]{3,}(?:\s+[a-z]{3,})?)\b", re.I)
_LIGHT_VERBS = frozenset("""affect make have need take give cause leave trigger produce bring lead result
help work stop keep feel look seem become come want like find know think tell show change replace""".split())


def _caused_harm(item_text: str) -> str:
    """The harm a harm clause names by a causative light verb's object or a verb and its object
    (see above), "" when there is none."""
    for m in _CAUSING_RE.finditer(item_text):
        words = []
        for w in m.group("np").split():
            if w.lower() in _NP_END_WORDS or w.lower() in _DETERMINERS:
                break
            words.append(w.lower())
        np = " ".join(words)
        after = item_text[m.start("np") + len(" ".join(m.group("np").split()[:len(words)])):]
        # "leave your scalp itchy": a resultative's object is where, its adjective the harm
        if np and not re.match(r"\s+[a-z]+(?:y|ed|er)\b(?!\s+(?:of|to|for|and|or))", after, re.I) and \
                _clean_outcome_words(np) and not _is_treatment_np(np) and not _PRONOUN_WORD_RE.fullmatch(np) and \
                not re.fullmatch(r"adverse effects|side effects|harm|risks?|problems?|issues?|drawbacks|downsides?", np):
            return np
    vo = _MODAL_VERB_OBJECT_RE.search(item_text)
    if vo is not None:
        v = vo.group("v").lower()
        base = v[:-1] if v.endswith("e") else v
        if v not in _LIGHT_VERBS and base not in _LIGHT_VERBS and _clean_outcome_words(vo.group("o")) and \
                not _PRONOUN_WORD_RE.fullmatch(vo.group("o").split()[0]):
            obj = " ".join([*vo.group("o").lower().split()[:-1], _singular_noun(vo.group("o").split()[-1].lower())])
            return f"{obj} {_harm_nominal(v)}"
    return ""


def _harm_verb(verb: str) -> bool:
    """Does the verb name a change for the worse by its own morphology: a privative prefix
    ("discolour", "dehydrate", "disrupt") or a harm noun the tables know as a verb ("irritate")?"""
    v = verb.lower()
    if re.match(r"(?:dis|de|un|mis)[a-z]{4,}", v) and not re.match(r"(?:deliver|develop|decid|describ|design|desir|"
                                                                    r"determin|display|discover|discuss)", v):
        return True
    return any(c.kind == "safety" and c.key != "adverse-effects" and c.regex.search(v) for c in OUTCOMES)


def _term_regex(term: str) -> re.Pattern[str]:
    """A PubMed term ('"dark spots"[tiab]', 'moistur*[tiab]') as a regex over plain words."""
    words = re.sub(r"\[\w+\]|[\"()]", " ", term).split()
    return re.compile(r"\b" + r"[\s-]+".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else r"(?:e?s)?\b")
                                             for w in words), re.I)


def _loose_fit(said: str, outcome: Concept) -> bool:
    """Is the table outcome only a loose fit for the claim's words? True when the words are none
    of the entry's search terms ("melasma", "baldness" are; "complexion" is not under
    pigmentation), share no word with its label, and name a thing (a noun head, not a participle
    or adjective: "firmer" or "moisturized" is the entry's own property, said another way)."""
    if not said or outcome.kind != "efficacy" or (_words_of(said) & _words_of(outcome.label)):
        return False
    if any(_term_regex(t).search(said) for t in outcome.terms if not t.startswith("(")):
        return False
    if outcome.key in PROBLEM_OUTCOMES and _FRAME_PROBLEM_RE.search(said):
        return False  # a problem named under a problem's entry ("breakouts" for acne) is one of its kind
    head = said.split()[-1]
    return len(said) >= 4 and not re.search(r"(?:er|ed|ing|ly|ful|less)$", head) and not (
        _MODIFIER_RE.fullmatch(head) and len(said.split()) == 1)


# words that end a noun phrase: a preposition, conjunction or verb of the next clause
_NP_END_WORDS = frozenset("""in on at by for with from to of than and or but so that which who after before
within during over under is are was were can may will""".split())


# A passive of association names its outcome as the preposition's object ("has been linked to
# unwanted facial hair in women", "is associated with kidney stones"); the noun phrase ends at
# the next preposition, conjunction or verb.
_ASSOCIATION_RE = re.compile(r"\b(?:linked|associated|tied|connected|related)\s+(?:with|to)\s+(?P<np>[^.;:,()]+)", re.I)


# A comparison by tolerance or safety ("better tolerated than", "gentler than", "safer than",
# "less irritating than") compares harms, whatever outcome the paragraph is about.
_TOLERANCE_RE = re.compile(r"\b(?:tolerat\w*|safe\w*|gentle\w*|harsh\w*|irritat\w*|kinder|milder|riskier)\b", re.I)


# "helps you lose weight", "helps your body build and keep bone": a verb of enabling with a person
# and a bare infinitive; what changes is that infinitive's object, not the person.
_HELP_OBJECT_RE = re.compile(
    r"\b(?:helps?|helped|helping|lets?|letting)\s+(?:you|us|them|people|one|your\s+\w+|the\s+body)\s+(?:to\s+)?"
    # a copular verb ("feel calmer", "fall asleep faster") takes an adjective of the person: no object
    r"(?!(?:feel|look|stay|seem|become|get|fall|be|keep|remain|sound|go)\b)"
    r"[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?\s+(?P<np>[^.;:,()]+)", re.I)


_PURPOSE_HEAD_RE = re.compile(r"(?:drugs?|medicines?|medications?|pills?|tablets?|treatments?|therap(?:y|ies)|"
                              r"creams?|products?|remed(?:y|ies)|supplements?)", re.I)


def _comparator_use(text: str, sents: Sequence[_Sentence], comparator: str, here: int) -> Concept | None:
    """What the comparator is used for in the article: the benefit outcome most often named in the
    other sentences that name it ("filler" beside "fuller lips"), None when it is named with none."""
    words = [w for w in re.findall(r"[a-z][\w'’-]*", comparator.lower()) if w not in _DETERMINERS and w not in (
        "any", "other", "alone", "regular", "standard", "usual", "normal", "plain", "ordinary")]
    words = words[:next((i for i, w in enumerate(words) if i and _RELATIVE_START_RE.fullmatch(w)), len(words))]
    phrase = " ".join(words)
    if not words or _PRONOUN_WORD_RE.fullmatch(words[0]) or not (
            any(c.regex.fullmatch(phrase) for c in INTERVENTIONS)
            or (len(words) > 1 and treatment_probability(phrase) >= 0.7 and _np_concept(phrase, text) is not None)):
        return None  # only a treatment has a use ("more than colour" compares no treatment)
    rx = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"(?:e?s)?\b", re.I)
    counts: Counter[str] = Counter()
    for s in sents:
        if s.start <= here < s.end or not rx.search(text, s.start, s.end):
            continue
        counts.update({c.key for _, _, c in _outcome_hits(text, s.start, s.end) if c.kind == "efficacy"})
    if not counts:
        return None
    (key, n), *rest = counts.most_common(2)
    return _OUTCOME_BY_KEY[key] if not rest or rest[0][1] < n else None  # a tie names no one use


_RELATIVE_START_RE = re.compile(r"(?:i|i['’]ve|i['’]d|you|you['’]ve|we|we['’]ve|they|they['’]ve|that|which|who|you['’]d)")
_ANTI_AGENT_RE = re.compile(r"anti-?([a-z]{4,}?)(?:ants?|atory|atories)")


def _comparator_purpose(comparator: str) -> str:
    """The outcome a comparator is named by: "prescription anxiety medicine", "weight-loss drugs"
    are treatments for anxiety and for weight loss, so the comparison is on that outcome. A
    modifier that is itself a treatment ("steroid injections") names the substance, not a purpose."""
    words = comparator.lower().split()
    # a relative clause after the head ("any antidepressant I've tried") is no part of the name
    words = words[:next((i for i, w in enumerate(words) if i and _RELATIVE_START_RE.fullmatch(w)), len(words))]
    anti = _ANTI_AGENT_RE.fullmatch(words[-1]) if words else None
    if anti is None and len(words) > 1 and _PURPOSE_HEAD_RE.fullmatch(words[-1]):
        anti = _ANTI_AGENT_RE.fullmatch(words[-2])  # "anti-inflammatory drugs"
    if anti is not None:
        # "antidepressant", "antiperspirant", "anti-inflammatory": an agent against a process is
        # named by English morphology for it; the comparison is on that process (QST12)
        stem = anti.group(1)
        return stem + ("ion" if stem.endswith("ss") else "ation")
    if len(words) < 2 or not _PURPOSE_HEAD_RE.fullmatch(words[-1]):
        return ""
    mods = [w for w in words[:-1] if w not in _DETERMINERS and w not in ("prescription", "over-the-counter", "otc")]
    phrase = " ".join(mods).replace("-", " ")
    if not phrase or not _clean_outcome_words(phrase) or treatment_probability(phrase) >= 0.15:
        return ""
    return phrase


_FRONTED_FOR_RE = re.compile(r"\W*(?:for|against|when\s+it\s+comes\s+to)\s+(?:the\s+|your\s+)?"
                             # discourse markers ("for example", "for now") are no purpose
                             r"(?!(?:example|instance|now|starters|one|this|that|years|decades|sure|good|once|"
                             r"a\s+while|the\s+record)\b)(?P<np>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s*,\s+", re.I)
# (JUNK15) the amount may be a number word ("lost nearly a stone", "half a kilo")
_MASS_CHANGE_RE = re.compile(r"\b(lose|losing|lost|shed|shedding|drop|dropping|gain|gaining|gained|put\s+on)\s+"
                             r"(?:(?:up\s+to|about|around|nearly|almost|over|as\s+much\s+as)\s+)?"
                             r"(?:[\d.,]+\s*|(?:half\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"a\s+couple\s+of|a\s+few|several)\s+)"
                             r"(?:pounds?|lbs?|kg|kilos?|kilograms?|stones?)\b", re.I)


# "recommend X for migraine prevention": the purpose an endorsement names is its outcome
_ENDORSED_FOR_RE = re.compile(r"(?<!\bwe\s)(?<!\bI\s)\brecommends?\s+(?:[\w-]+\s+){1,3}?for\s+"
                              r"(?P<np>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})", re.I)


def _endorsed_purpose(text: str) -> str:
    """The noun phrase after an endorsement's "for" ("Neurologists recommend magnesium for
    migraine prevention" -> "migraine prevention"), never people ("for women who ...")."""
    m = _ENDORSED_FOR_RE.search(text)
    if m is None or _PERSON_HEAD_RE.search(m.group("np").split()[0]) or re.match(
            r"(?:people|women|men|adults|children|kids|patients|anyone|everyone|those|users)\b", m.group("np"), re.I):
        return ""
    words = m.group("np").split()
    words = words[:next((i for i, w in enumerate(words) if w.lower() in _NP_END_WORDS), len(words))]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    phrase = " ".join(words).lower()
    return phrase if _clean_outcome_words(phrase) else ""


# What a clause says is affected when its verb is no effect verb: the noun after "effect(s) on"
# ("has no effect on your hormones"), after an evaluative predicate's "for" ("it matters for your
# bones", "is good for your heart"), or after "nothing/little (extra) for" ("does nothing extra for
# bones", "will do far more for dandruff"). English marks the affected thing by these prepositions,
# whatever the topic.
_AFFECTED_RE = re.compile(
    r"\b(?:effects?|impact|influence)\s+on\s+|"
    r"\b(?:matters?|mattered|important|good|bad|essential|vital|crucial|key|great|harmful|beneficial)\s+for\s+|"
    r"\b(?:nothing|anything|little|much|something|more|less)\s+(?:extra\s+|more\s+|at\s+all\s+|special\s+)?for\s+", re.I)


def _affected_object(text: str) -> str:
    """The noun phrase a clause marks as affected (see above), never people or a pronoun; else ""."""
    for m in _AFFECTED_RE.finditer(text):
        if re.match(r"(?:my|our)\s", text[m.end():], re.I):
            continue  # "did nothing for my chin": in testimony, the part of the body it went on
        words = re.findall(r"[A-Za-z][\w'’-]*|[^\w\s]", text[m.end():])
        np: list[str] = []
        for w in words:
            if not w[0].isalpha() or w.lower() in _NP_END_WORDS or len(np) == 3:
                break
            if np or w.lower() not in _DETERMINERS:
                np.append(w)
        phrase = " ".join(np).lower()
        if not phrase or _PRONOUN_WORD_RE.fullmatch(phrase) or _PERSON_HEAD_RE.search(phrase) or re.match(
                r"(?:people|women|men|adults|children|kids|patients|anyone|everyone|those|users|most|many|some)\b",
                phrase) or not _clean_outcome_words(phrase):
            continue
        return phrase
    return ""


def _own_clause_object(text: str, relation: str) -> str:
    """The main verb's own object when the frame parser's outcome lies in a later clause with its
    own subject ("lower blood pressure by about 5 points ..., and people who ... have a lower risk
    of heart disease" -> "blood pressure"): the first clause's verb claims its object (EXT8)."""
    if relation not in ("benefit", "harm", "no_effect", "mechanism"):
        return ""
    obj, framed = _predicate_object(text), _frame_outcome(text, relation)
    if not obj or not framed or not _clean_outcome_words(obj) or obj.lower() in framed.lower():
        return ""
    low = text.lower()
    a, b = low.find(obj.lower()), low.find(framed.lower())
    if a < 0 or b <= a or not _NEW_CLAUSE_RE.search(text, a + len(obj), b):
        return ""
    return obj


def _mass_change(text: str) -> str:
    """A loss or gain counted in units of mass ("shed up to 5 kg") is a change of body weight."""
    m = _MASS_CHANGE_RE.search(text)
    if m is None:
        return ""
    return "weight loss" if re.match(r"(?:los|lost|shed|drop)", m.group(1), re.I) else "weight gain"


# (QUEST7) A verb of growth or loss whose object is the thing grown or lost ("regrew about as much hair",
# "grew hair faster", "lost less hair"): the change is the verb's noun said of its object (hair regrowth,
# hair growth, hair loss). Amount and degree words may stand between; the object is one bare noun.
_GROWN_OBJECT_RE = re.compile(
    r"\b(?P<v>(?:re)?(?:grew|grow|grows|growing|grown)|lose|loses|losing|lost)\s+"
    r"(?:(?:about|nearly|almost|roughly|up\s+to|as|much|more|less|fewer|far|twice|half|significantly|[\d.,]+%?)\s+)*"
    r"(?:(?:new|their|your|my|his|her|the)\s+)?(?P<n>[a-z]{3,})\b(?!\s*-)(?!\s+(?:as|than)\b)", re.I)


def _grown_object(text: str) -> str:
    """The change a verb of growth or loss names of its object (see above), else ""."""
    m = _GROWN_OBJECT_RE.search(text)
    if m is None:
        return ""
    n = m.group("n").lower()
    if n in _OUTCOME_STOP or n in _GENERIC_STOP or n in _PREPOSITION_WORDS or n in _NP_END_WORDS or \
            _PRONOUN_WORD_RE.fullmatch(n) or _PERSON_HEAD_RE.search(n) or _is_treatment_np(n) or \
            _ADVERB_RE.search(n) or _adjective_base(n) or n in _NOT_PROPERTY or n in _TIME_HEAD_WORDS or \
            n.endswith("ing"):
        return ""
    v = m.group("v").lower()
    base = "regrow" if v.startswith("re") else "grow" if v.startswith("gr") else "lose"
    return f"{n} {_IRREGULAR_NOMINAL[base]}"


def _help_object(text: str) -> str:
    m = _HELP_OBJECT_RE.search(text)
    if m is None:
        return ""
    words = re.findall(r"[A-Za-z][\w'-]*", m.group("np"))
    if words and (words[0].lower() in ("up", "down", "about", "around", "over", "nearly", "almost")
                  or words[0][0].isdigit()):
        # "lose up to 10 pounds": an amount, its noun implicit; a unit of mass names the
        # quantity that changes (body weight), any other unit nothing we can search
        mass = _MASS_CHANGE_RE.search(text)
        return ("weight loss" if re.match(r"(?:los|lost|shed|drop)", mass.group(1), re.I) else "weight gain") \
            if mass else ""
    words = words[:next((i for i, w in enumerate(words) if w.lower() in _NP_END_WORDS), len(words))]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    phrase = " ".join(words[-3:]).lower()
    return phrase if _clean_outcome_words(phrase) else ""


def _association_object(text: str) -> str:
    m = _ASSOCIATION_RE.search(text)
    if m is None:
        return ""
    words = re.findall(r"[A-Za-z][\w'-]*", m.group("np"))
    words = words[:next((i for i, w in enumerate(words) if w.lower() in _NP_END_WORDS), len(words))]
    while words and words[0].lower() in _DETERMINERS | {"more", "less", "higher", "lower", "increased", "reduced"}:
        words = words[1:]
    phrase = " ".join(words[-3:]).lower()
    return phrase if _clean_outcome_words(phrase) else ""


def _object_phrase(text: str) -> str:
    """The content words after the effect verb: a fallback outcome when the table has none."""
    m = _BENEFIT_RE.search(text) or _HARM_RE.search(text) or _EFFECT_NOUN_RE.search(text)
    if m is None and _VP_ELLIPSIS_RE.match(text):
        return ""  # "It won't, according to Mei": an elided verb phrase has no object; the rest is an adjunct (OUT14)
    rest = text[m.end():] if m else text
    if any(re.match(r"(?:my|our)\s", text[a.end():], re.I) for a in _AFFECTED_RE.finditer(text)):
        return ""  # "did nothing for my chin": in testimony, the part of the body it went on (OUT9)
    stop = _GENERIC_STOP | {"all", "some", "more", "less", "very", "many", "most", "their",
                            "them", "these", "those", "other", "such", "as", "like", "also",
                            "not", "only", "just", "even", "much", "than", "into", "up",
                            "out", "off", "be", "been", "being", "has", "have", "had", "was",
                            "were", "which", "there", "here"}
    tokens = re.findall(r"[A-Za-z][\w-]*|\d[\d,.]*", rest)
    kept = [i for i, w in enumerate(tokens) if w[0].isalpha() and w.lower() not in stop][:3]
    # (a preposition ends the noun phrase: the words after it are cut later, "dry after the very first" -> dry,
    # or left to be refused whole, "show within 2": only the words before it must be contiguous)
    cut = next((j for j in range(kept[0] + 1, len(tokens)) if tokens[j].lower() in _PREPOSITION_WORDS | {"in", "on", "at"}),
               len(tokens)) if kept else 0
    pre = [i for i in kept if i < cut]
    # (QUEST7) an outcome is a noun phrase, and a noun phrase is a contiguous stretch of its clause: the
    # words kept may be parted only by the determiners, possessives and "of" a noun phrase holds ("the
    # redness of your acne"). Content words gathered across a clause ("holds up to 1,000 times its weight"
    # -> "holds times weight", "Expect skin that looks bouncier") are prose leftovers, never an outcome
    gap = next((k for k, (a, b) in enumerate(zip(pre, pre[1:]))
                if any(tokens[j].lower() not in _NP_INTERNAL_WORDS for j in range(a + 1, b))), None)
    if gap is not None:
        # a phrase a determiner or preposition opens is a noun phrase ending at the gap ("for a tan you
        # already have": tan); one opened by nothing of the kind is a clause's words ("it holds up to ...")
        prev = tokens[kept[0] - 1].lower() if kept[0] > 0 else ""
        if prev not in _NP_INTERNAL_WORDS | _DETERMINERS | {"for", "on", "in", "with", "to", "about", "against"}:
            return ""
        kept = kept[:gap + 1]
    phrase = " ".join(tokens[i] for i in kept).lower()
    return "" if phrase in _PARTICIPLE_OUTCOME else phrase  # "is gone within": no noun at all


# (QUEST7) the closed-class words a noun phrase holds between its content words
_NP_INTERNAL_WORDS = frozenset("a an the my your our their his her its of and or".split())


# (OUT14) A subject and an auxiliary with the verb phrase elided ("It won't, ...", "They do."),
# the auxiliary ending the clause
_VP_ELLIPSIS_RE = re.compile(r"\W*(?:it|they|this|that|he|she|you|we|i)\s+(?:\w+\s+)?(?:won['’]t|can['’]t|don['’]t|"
                             r"doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|will|would|does|do|did|can|could|is|"
                             r"are|was|were|has|have|had)(?:\s+not)?\s*(?:[,;:.!?]|$)", re.I)


@functools.lru_cache(maxsize=4096)
def _question_concepts(q: Question) -> tuple[set[str], set[str]]:
    itext = f"{q.intervention}"
    ikeys = {c.key for c in INTERVENTIONS if c.regex.search(itext)}
    if not ikeys:
        ikeys = {c.key for c in INTERVENTIONS if c.regex.search(q.statement)}
    okeys = {h[2].key for h in _outcome_hits(q.outcome, 0, len(q.outcome))}
    if not okeys:
        okeys = {h[2].key for h in _outcome_hits(q.statement, 0, len(q.statement))}
    return ikeys, okeys


_SETTING_RE = re.compile(r"\b(?:at[\s-]home|home|diy|self[\s-](?:administered|applied|treatment)|"
                         r"do[\s-]it[\s-]yourself)\b", re.I)
# A group of people is named by structure, not by a word list: a plural head noun (or one of
# English's irregular plurals and the pronouns "those"/"anyone") restricted by a "with"/"who"
# postmodifier ("in patients with melasma", "for women who are pregnant"), or "at-risk"/"-prone".
# a clause that states a consequence of the one before it ("..., so you burn more calories")
_RESULT_CLAUSE_RE = re.compile(r"^\W*(?:so(?:\s+that)?|which\s+means|meaning|thus|therefore|hence|as\s+a\s+result)\b", re.I)
_GROUP_HEAD = r"(?:[a-z]+[^s\W]s|people|men|women|children|persons|those|anyone)"
_RESTRICTED_Q_RE = re.compile(
    rf"\b(?:in|for|among)\s+(?:[\w-]+\s+){{0,2}}{_GROUP_HEAD}\s+(?:with|who)\b|\bat[\s-]risk\s+\w+\b|"
    r"\b\w+-prone\s+\w+\b", re.I)
_PEOPLE_WITH_RE = re.compile(
    rf"\b(?:in|for|among|of|to|most|many|some|all|few|the|those|anyone)\s+(?:[\w-]+\s+)?{_GROUP_HEAD}\s+(?:with|who)\b|"
    r"\b(?:those|anyone)\s+(?:with|who)\b|\bif\s+you\s+(?:have|are|suffer)\b|\bcontraindicat\w*|"
    r"\bnot\s+(?:suitable|recommended)\s+for\b", re.I)
# a question compares when it names the comparison ("than", "versus", "alone"); "other" only
# coordinates ("redness and other immediate reactions") unless one of those words is there too
_COMPARATIVE_Q_RE = re.compile(r"\b(?:compared|than|versus|alone)\b", re.I)
# seriousness of harm: serious adverse events are an outcome of their own (GRADE, ICH E2A)
_SEVERITY = r"\b(?:serious|severe|life[\s-]threatening)\b"
# a question whose intervention is one treatment given with another
_COMBINATION_Q_RE = re.compile(r"\b(?:plus|combined\s+with|in\s+combination\s+with|added\s+to)\b|\s\+\s", re.I)
# a question about how long something lasts
_DURATION_Q_RE = re.compile(r"\bhow\s+long\b|\bduration\b", re.I)


def _match_question(questions: Sequence[Question], intervention: Concept, outcome_key: str | None,
                    outcome_words: str, kind: str, context_home: bool, comparative: bool = False,
                    population: str = "", duration: bool = False) -> Question | None:
    """The existing question that tests the same intervention and outcome (and setting, and
    population: a question about at-risk people is no test of a claim about everyone), if any."""
    best, best_score = None, 0.0
    for q in questions:
        ikeys, okeys = _question_concepts(q)
        if intervention.key in ikeys:
            score = 2.0
        elif intervention.parent and intervention.parent in ikeys:
            score = 1.0
        elif not ikeys and intervention.label.lower() in q.intervention.lower():
            score = 2.0
        else:
            continue
        if _COMBINATION_Q_RE.search(q.intervention) and "-plus-" not in intervention.key:
            continue  # a trial of X added to Y is no test of X alone (issue 14), nor of Y alone
        specific = {k for k in ikeys if _INTERVENTION_BY_KEY[k].parent}
        if specific and intervention.key not in specific:
            score -= 1.5  # an RF-microneedling question is not the test of plain microneedling
        if (q.kind == "safety") != (kind == "safety"):
            continue  # a harm claim is tested by a safety question, a benefit claim by the others
        if outcome_key == "adverse-effects" and not outcome_words and q.question_id.startswith("auto-") and \
                not _GENERIC_HARM_LABEL_RE.fullmatch(q.outcome.strip()):
            continue  # a claim on harms in general is no test of one proposed on a specific harm ("ulcers", OUT12)
        q_home = bool(_SETTING_RE.search(q.intervention))
        if outcome_key and outcome_key in okeys:
            score += 3.0 - 0.2 * (len(okeys) - 1)  # a narrower question fits better
        elif not outcome_key and outcome_words and set(re.findall(r"[a-z]{4,}", q.outcome.lower())) & set(
                re.findall(r"[a-z]{4,}", outcome_words.lower())):
            if re.search(_SEVERITY, outcome_words, re.I) and not re.search(_SEVERITY, f"{q.statement} {q.outcome}", re.I):
                continue  # serious adverse events are not tested by a question on adverse effects in general
            score += 1.5
        elif not (q_home and context_home) or outcome_words or (outcome_key and outcome_key != "adverse-effects"):
            # the setting alone ("at home") matches only a claim naming no outcome of its own: "There is
            # no downtime" is a downtime claim, not one about home use's complications in general
            continue
        if q.kind == kind:
            score += 1.0
        if q_home and context_home:
            score += 3.0  # the setting (home use) is what such a question tests
        elif q_home != context_home:
            score -= 3.0 if q_home else 0.5
        # a question about a restricted group tests only a claim about that group: the claim's
        # group words must be the question's ("sensitive skin" is not "immunosuppression")
        if _RESTRICTED_Q_RE.search(f"{q.statement} {q.intervention}") and not (
                (_group_words(population) - _group_words(intervention.label))
                & _group_words(f"{q.statement} {q.intervention} {q.outcome}")):
            score -= 2.5
        if bool(_COMPARATIVE_Q_RE.search(f"{q.statement} {q.outcome}")) != comparative:
            score -= 0.7
        if bool(_DURATION_Q_RE.search(f"{q.statement} {q.outcome}")) != duration:
            score -= 1.0  # "how long does redness last" tests a claim of how long, not that it occurs
        if score > best_score:
            best, best_score = q, score
    return best if best_score >= 4.0 else None


def _group_words(text: str) -> set[str]:
    """What distinguishes a group ("immunosuppression", "diabetes"), without its head and the
    words every group phrase shares."""
    return {w.rstrip("s")[:5] for w in re.findall(r"[a-z]{4,}", text.lower())} - {
        "with", "who", "that", "have", "has", "are", "peopl", "patie", "perso", "those", "anyon", "indiv", "women",
        "child", "skin", "type", "tone", "every", "their", "from", "does", "cause", "more"}


def _words_of(text: str) -> set[str]:
    return {w.rstrip("s")[:5] for w in re.findall(r"[a-z]{3,}", text.lower())}


def _worded_label(outcome: Concept, worded: str | None) -> str:
    """A table outcome named in other words keeps the claim's words: a condition's own name
    ("melasma", "cartilage"), never a describing word ("firmer")."""
    if worded and outcome.kind == "efficacy" and not (_words_of(worded) & _words_of(outcome.label)) and not \
            re.search(r"(?:er|ed|ing|y|ful|less|ly)$", worded) and len(worded) >= 4 and not (
            # a problem named under a problem's entry ("breakouts" for acne) is one of its kind
            outcome.key in PROBLEM_OUTCOMES and _FRAME_PROBLEM_RE.search(worded)):
        return worded
    return outcome.label


def _article_name(concept: Concept, text: str) -> str:
    """The question's name for a table treatment: the article's own most frequent name for it when
    that shares no word with our label, the label kept beside it ("fish oil (omega-3 fatty acids)",
    "PRP (platelet-rich plasma)"; a label naming a member and its class keeps the class:
    "tretinoin (topical retinoids)"). Like an outcome named in other words, the question asks
    what the article says; the search keeps the entry's terms (INT15)."""
    label = concept.label
    if concept.key not in _INTERVENTION_BY_KEY:
        return label
    counts = Counter(" ".join(_noun_phrase(m.group(0)).split()) for m in concept.regex.finditer(text))
    if not counts:
        return label
    name, n = counts.most_common(1)[0]
    words = {w[:5] for w in re.findall(r"[a-z0-9]+", label.lower()) if len(w) > 2}
    if n < 2 or not re.search(r"[A-Za-z]", name) or any(w.lower()[:5] in words for w in re.findall(r"[A-Za-z0-9]+", name)):
        return label
    name = name if name.isupper() or not name[:1].isupper() or name[1:2].isupper() else name.lower()
    cls = re.fullmatch(r"[^()]+\((?P<c>[^()]+)\)", label)
    return f"{name} ({cls.group('c') if cls else label})"


def _new_question(intervention: Concept, outcome: Concept | None, outcome_words: str, kind: str,
                  worded: str | None = None, said: str = "", backoff: Concept | None = None,
                  name: str = "") -> Question:
    """A question from the claim's frame. A table outcome named in other words ("melasma" for
    the pigmentation entry) keeps the claim's words in the question and the table's synonyms
    in the search: the question asks what the claim says. Benefit words the evidence base never
    uses with the intervention also search `backoff`, the article's (or section's) main outcome
    (`_outcome_block`). `name`: the article's name for the intervention (`_article_name`)."""
    ilabel = name or intervention.label
    if outcome is not None:
        olabel, oblock = outcome.label, _block(outcome.terms)
        olabel = said or _worded_label(outcome, worded)
        if kind == "safety" and outcome.kind != "safety" and worded:
            olabel = worded  # "causes hair loss": the condition as a harm, not the entry's benefit
        elif olabel != outcome.label and (kind != "safety" or outcome.key == "adverse-effects"):
            # the claim's own words are searched beside the entry's terms ("complexion brightness")
            oblock = _block([*outcome.terms, *_phrase_terms(olabel)])
    else:
        olabel = outcome_words or "clinical outcomes"
        blocks = _phrase_terms(olabel)
        oblock = _block(blocks or ["clinical outcome*[tiab]"])
        if kind == "safety":
            oblock = _block([*(blocks or [oblock]), *_OUTCOME_BY_KEY["adverse-effects"].terms])
    if kind == "safety":
        statement = f"Does {ilabel} cause {olabel}, and how often?"
    elif kind == "mechanism":
        statement = f"Does {ilabel} act on {olabel}?"
    else:
        statement = f"Does {ilabel} {_relation(kind, outcome)} {olabel}?"
    if kind == "efficacy":  # a mechanism or a harm is its own question, never the main benefit
        oblock = _outcome_block(_block(intervention.terms), oblock, "" if outcome else olabel, backoff, outcome)
    oblock = _broadened_block(_block(intervention.terms), oblock, olabel, kind)
    query = f"{_block(intervention.terms)} AND {oblock}"
    qid = f"auto-{_slug(intervention.key)}-{_slug(outcome.key if outcome else olabel)}"
    if outcome is not None and olabel != outcome.label:
        qid += f"-{_slug(olabel)}"
    if kind != (outcome.kind if outcome else "efficacy"):
        # "reduces inflammation" and "causes inflammation" are different questions.
        qid += "-" + {"safety": "risk", "efficacy": "benefit", "mechanism": "mechanism"}[kind]
    return Question(qid, statement, ilabel, olabel, kind, query)  # type: ignore[arg-type]


def _outcome_block(iblock: str, oblock: str, words: str, backoff: Concept | None, outcome: Concept | None) -> str:
    """The outcome block, kept, and backed off when the evidence base has no record with the
    intervention and these words: a claim in words no abstract uses ("it cuts shedding",
    "reduces hair fall", "fewer, weak hairs") is about what its article or section measures,
    the main outcome, whose terms are ORed in. The query keeps the claim's words and stays a
    PubMed query that means the same online; relevance still needs the intervention AND an
    outcome. Two checks keep it from standing for another claim (measured: sign errors):
    - the words are named by a noun: an adverb or adjective left as outcome ("completely",
      "permanent") says how much or how long, which the main outcome's records do not answer;
    - the evidence base itself ties the words to the main outcome: their head noun (of a
      property, "hair shaft strength", the thing's head) occurs in the sample, mostly (at least
      half its records) with the main outcome's terms ("shedding" does with hair loss; "beards",
      "circles", "tone", "sweat patches" do not, a modifier such as "patchy" does not count).
    A head noun alone is no back-off ("patches" of "sweat patches" finds microneedle patches).
    Nothing backs off when the sample lacks the intervention itself (the coverage note says so)."""
    from . import evidence_words
    if backoff is None or backoff.kind != "efficacy" or (outcome is not None and backoff.key == outcome.key) or \
            evidence_words.finds(f"{iblock} AND {oblock}") or not evidence_words.finds(iblock):
        return oblock
    said = words or (outcome.label if outcome is not None else "")
    if not _noun_phrase_outcome(said):
        return oblock
    ws = re.findall(r"[a-z][a-z'-]*[a-z]", said.lower().split(" and ")[-1])
    head = ws[-1] if ws else ""
    if len(ws) > 1 and (head.endswith(("ness", "ity")) or head in _IRREGULAR_PROPERTY.values()):
        head = ws[-2]  # "hair shaft strength": a property is tied by the thing it is measured on
    if len(head) < 3:
        return oblock
    bblock = _block(backoff.terms)
    term = _phrase_terms(head)[0]
    n = evidence_words.count(term)
    tied = n > 0 and 2 * evidence_words.count(f"{term} AND {bblock}") >= n
    return f"({oblock} OR {bblock})" if tied else oblock


def _broadened_block(iblock: str, oblock: str, said: str, kind: str) -> str:
    """The outcome block widened when the query finds no record of the sample although the
    intervention does (`evidence_words.broaden`): the claim's words searched apart when they
    are a noun phrase, or its noun phrase reduced by structure when only that is one ("visible
    darkening both" -> darkening), harms in general for a harm. The question keeps the claim's
    words; its query is the one run, and the audit says the search was broadened (`pipeline`)."""
    from . import evidence_words
    whole = _noun_phrase_outcome(said)
    reduced = None if whole else evidence_words.reduce_np(said)
    usable = whole or (reduced is not None and _noun_phrase_outcome(" ".join(reduced.words)))
    b = evidence_words.broaden(iblock, oblock, said if usable else "", kind == "safety", whole=whole)
    return oblock if b is None else b.block


# words left as an outcome that say a state was reached, not what changed ("circles gone")
_PARTICIPLE_OUTCOME = frozenset("gone vanished disappeared done finished over away".split())


def _noun_phrase_outcome(words: str) -> bool:
    """Are the outcome words a noun phrase whose head is a noun? Not an adverb or adjective left
    as outcome ("completely", "permanent": how much or how long), nor a clause fragment: a verb
    with its object ("makes fine hair"), a verb before a gerund ("keep using"), a change verb or
    participle at the end ("hair will fall", "circles gone")."""
    ws = words.lower().split()
    if not ws or not _frames._clean_np(words.lower()):
        return False
    last = ws[-1]
    if _ADVERB_RE.search(last) or (_ADJECTIVE_END_RE.search(last) and not last.endswith(("ness", "ity"))) or \
            last in _NOT_PROPERTY or last in _PARTICIPLE_OUTCOME or last in _NP_END_WORDS or last == "per" or \
            _frames._CHANGE_VERB_RE.fullmatch(last):
        return False
    if len(ws) > 1 and last.endswith("ing") and ws[-2] in _ASPECTUAL:
        return False  # "keep using": an aspectual verb and its gerund
    return not (len(ws) > 1 and _WEAK_VERB_RE.match(ws[0])) and not any(w.endswith("ing") for w in ws[:-1])


_ASPECTUAL = frozenset("keep keeps kept start starts started stop stops stopped continue continues begin begins quit".split())


# ---------------------------------------------------------------------------------------------
# Extraction


def _id_stem(name: str) -> str:
    """The article's part of its claim ids: the whole file name, so `guide.txt` and `guide.md`
    never share ids; a name with other characters also gets a hash of the name, so two names
    that slug alike ("a b.txt", "a-b.txt") stay apart."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-.") or "article"
    if slug != name:
        slug = f"{slug}-{hashlib.sha256(name.encode('utf-8')).hexdigest()[:8]}"
    return slug


def _relation(kind: str, outcome: Concept | None) -> str:
    """The verb a question or claim uses: cause a harm, act on a mechanism, reduce a problem,
    improve anything else."""
    if kind in ("safety", "mechanism"):
        return {"safety": "cause", "mechanism": "act on"}[kind]
    return "reduce" if outcome is not None and outcome.key in PROBLEM_OUTCOMES else "improve"


def _normalised_claim(intervention: Concept, outcome: Concept | None, quote: str, kind: str, strength: str,
                      stance: str, said: str = "", compared: tuple[str, str | None] = ("", None)) -> str:
    """A one-line restatement: "LED light therapy does not cause eye damage", "Retinol may improve acne".

    Without a known outcome the quote itself is the claim, prefixed by the intervention."""
    ilabel = intervention.label[0].upper() + intervention.label[1:]
    if outcome is None:
        said_ = ' '.join(quote.split())
        if said_.lower().startswith(intervention.label.lower()):  # "Rosemary oil: Rosemary oil helps ..." says it twice
            return said_[0].upper() + said_[1:]
        return f"{ilabel}: {said_}"
    verb = _relation(kind, outcome)
    # subject-verb agreement: a plural head noun ("Laser caps", "Retinoids") takes "do not", "cause"
    plural = bool(re.search(r"[a-z][^su]s$", ilabel.split()[-1])) and not re.search(r"\)$", ilabel)
    # a harm named by a condition's entry ("causes hair loss" under "hair growth in hair loss")
    # is said in the question's words, never as the benefit the entry names
    olabel = said if said and kind == "safety" and outcome.kind != "safety" else outcome.label
    relation, comparator = compared
    if relation in ("superior", "equivalent") and comparator and verb == "cause":
        # (R2FRAME) a comparison of harms says which arm has fewer: "gentler than Y" / "less irritating than Y" is
        # "causes fewer adverse effects than Y" (never "causes adverse effects more than Y"), "no more irritation than Y"
        # is "causes no more irritation than Y" (never a bare denial "does not cause irritation")
        way = harm_comparison_direction(quote) if relation == "superior" else "same"
        amount = {"fewer": "fewer" if re.search(r"[^s]s$", olabel) else "less", "more": "more", "same": "no more"}.get(
            way or "", "")
        do = "cause" if plural else "causes"
        if strength == "hedged":
            do = "may cause"
        if not amount:
            return f"{ilabel} {do} {olabel} (compared with {comparator})"
        return f"{ilabel} {do} {amount} {olabel} than {comparator}"
    if stance == "denies":
        return f"{ilabel} {'do' if plural else 'does'} not {verb} {olabel}"
    if strength == "hedged":
        return f"{ilabel} may {verb} {olabel}"
    third = verb if plural else {"cause": "causes", "act on": "acts on", "improve": "improves", "reduce": "reduces"}[verb]
    relation, comparator = compared
    if relation in ("superior", "equivalent") and comparator:
        # the comparison is what the claim asserts: keep it in the restatement
        how = "more than" if relation == "superior" else "as much as"
        return f"{ilabel} {'may ' + verb if strength == 'hedged' else third} {olabel} {how} {comparator}"
    return f"{ilabel} {'always ' if strength == 'absolute' else ''}{third} {olabel}"


def _with_amount(claim: str, outcome: Concept | None, stance: str, frame: ClaimFrame) -> str:
    """The restatement with the amount and time the claim asserts; a denial or a quoted claim as is."""
    amount = _claimed_amount(frame) if outcome is not None and stance != "denies" else ""
    return f"{claim} {amount}" if amount else claim


def _claimed_amount(frame: ClaimFrame) -> str:
    """The amount and time the claim asserts, in words for its restatement ("in 95% of people",
    "by up to 80%", "overnight"): a claim judged on its amount or time must show them."""
    parts = []
    v, kind, bound = frame.magnitude_value, frame.magnitude_kind, frame.magnitude_bound
    if v is not None and kind:
        up = {"max": "up to ", "min": "at least "}.get(bound or "", "")
        worded = {"proportion": f"in {up}{v:g}% of people", "percent_change": f"by {up}{v:g}%",
                  "fold": f"({up}{v:g}-fold)", "sessions": f"after {up}{v:g} session{'' if v == 1 else 's'}",
                  "absolute": f"by {up}{v:g} {frame.magnitude_unit}" if frame.magnitude_unit else ""}.get(kind, "")
        if worded:
            parts.append(worded)
    if frame.time_frame and not (kind == "sessions" and "session" in frame.time_frame):
        parts.append(" ".join(frame.time_frame.split()))
    return " ".join(parts)


def _heads_only(text: str, hits: Sequence[tuple[int, int, Concept]]) -> list[tuple[int, int, Concept]]:
    """Hits without those that only modify the noun after them: in "weak, peeling nails" the
    head "nails" is what the claim is about; "peeling" describes its state."""
    out = []
    for i, (x, y, c) in enumerate(hits):
        nxt = next((h for h in hits[i + 1:] if h[0] >= y), None)
        if nxt is not None and nxt[2] is not c and _MODIFIER_RE.fullmatch(text[x:y].split()[-1]) and \
                not _MODIFIER_RE.fullmatch(text[nxt[0]:nxt[1]].split()[-1]) and re.fullmatch(r"[\s,]+", text[y:nxt[0]]):
            continue
        out.append((x, y, c))
    return out or list(hits)


def _in_comparator(text: str, hit: tuple[int, int, Concept], item: _Span, comparator: str) -> bool:
    """Does the hit lie inside the comparator's name as the item writes it ("than a basic moisturiser")?"""
    at = text.lower().find(comparator.lower(), item.start, item.end)
    return at >= 0 and at <= hit[0] and hit[1] <= at + len(comparator)


_SUBJECT_DET_RE = re.compile(r"\W*(?:even\s+|only\s+|just\s+)?(?:the|a|an|this|that|these|our|your|their|its)\s+", re.I)


def _describes_subject(text: str, hit: tuple[int, int, Concept], item: _Span) -> bool:
    """Is the hit a one-word "adverse effects" adjective ("gentle", "safe") right after the
    determiner that opens the clause, with more of the subject's noun phrase after it?"""
    x, y, c = hit
    if c.key != "adverse-effects" or " " in text[x:y].strip() or not _SUBJECT_DET_RE.fullmatch(text, item.start, x):
        return False
    nxt = re.match(r"\s+([\w.%-]+)", text[y:item.end])
    return nxt is not None and nxt.group(1).lower() not in ("is", "are", "was", "were", "and", "or", "enough", "to")


_PLACE_PREP_RE = re.compile(r"\s+(?:to|into|onto|around|in|on|at|under|along|across|through|near)\s+"
                            r"(?:the|your|my|our|their|his|her|its)\s+", re.I)


def _without_place_of(text: str, hits: Sequence[tuple[int, int, Concept]]) -> list[tuple[int, int, Concept]]:
    """Hits without one that is only the object of a place preposition right after another hit
    ("blood flow to the follicles", "redness around the eyes"): that noun says where."""
    out = list(hits)
    for _x, y, c in hits:
        for x2, _y2, c2 in hits:
            if c2 is not c and x2 > y and _PLACE_PREP_RE.fullmatch(text[y:x2]):
                out = [h for h in out if h[0] != x2]
    return out or list(hits)


# The side of its evidence a relation puts a claim on: what the agreement of the two readers protects
# (EXT7). Affirming an effect, denying one, or asserting a harm; a comparison against another arm is read
# against head-to-head evidence, so a claim the rules read as a plain effect and the learned reader as a
# comparison ("works just as well") is not agreed on: read as a plain benefit its verdict would be decisive
# where the comparison's is not.
_RELATION_SIDE = {"benefit": "affirms", "mechanism": "affirms", "superior": "compares", "equivalent": "compares",
                  "no_effect": "denies", "denies_harm": "denies", "harm": "harm"}


# (EXT7) a noun inside an adjunct of time ("used it all through her pregnancy", "during the winter")
# says when the clause holds, not what changes: when the clause names another outcome outside such an
# adjunct, that one is what changes ("... and her skin glowed"); alone, it stays ("safe during pregnancy")
_DURING_BEFORE_RE = re.compile(r"\b(?:during|throughout|(?:all\s+)?through|over\s+the\s+course\s+of)\s+"
                               r"(?:(?:the|her|his|your|my|their|our|a|an|early|late|first|whole|entire)\s+)*$", re.I)


def _without_setting(text: str, hits: Sequence[tuple[int, int, Concept]], end: int) -> list[tuple[int, int, Concept]]:
    """Hits without those inside an adjunct of time (see above) when another outcome is named outside one,
    or when a coordinated clause after it states a change of its own ("... and her skin looked smoother")."""
    setting = [h for h in hits if _DURING_BEFORE_RE.search(text, max(0, h[0] - 40), h[0])]
    rest = [h for h in hits if h not in setting]
    if not setting:
        return list(hits)
    if not rest:
        after = text[max(h[1] for h in setting):end]
        return [] if re.match(r"\s*,?\s*(?:and|but|so)\s", after) and _frame_verbs(after) else list(hits)
    if not any(h[2].key not in {s[2].key for s in setting} and h[2].key != "adverse-effects" for h in rest):
        return list(hits)  # ("no risk during pregnancy": harms in general name no other outcome)
    return rest


def _pick_outcome(hits: Sequence[tuple[int, int, Concept]], harmful: bool) -> Concept | None:
    """The outcome a unit is about: table order (specific first); harms first in a harm claim;
    the generic "adverse effects" only when nothing more specific is named."""
    concepts = [h[2] for h in hits]
    specific = [c for c in concepts if c.key != "adverse-effects"] or concepts
    if not specific:
        return None
    rank = {c.key: i for i, c in enumerate(OUTCOMES)}
    if harmful:
        harms = [c for c in specific if c.kind == "safety"]
        specific = harms or specific
    return min(specific, key=lambda c: rank[c.key])


# Outcomes that are problems: "leads to X" with one of these is a harm; with the others
# ("leads to new collagen") it is a benefit.
PROBLEM_OUTCOMES = frozenset({
    "acne-scars", "stretch-marks", "keloid", "joint-pain", "wrinkles", "hyperpigmentation", "acne", "pores",
    "hyperhidrosis", "erythema", "irritation", "inflammation", "herpes", "infection", "allergy", "birth-defects",
    "photosensitivity", "eye-damage", "burns", "needle-breakage", "pain", "scars", "inflammatory-skin-disease",
    "adverse-effects"})
_CAUSATIVE_RE = re.compile(r"\b(?:lead(?:s|ing)?\s+to|led\s+to|result(?:s|ed|ing)?\s+in|develop\w*|"
                           r"(?:bring|brings|brought)\s+on)\s+((?:[\w-]+\s+){0,4}?)", re.I)
_RELIEF_RE = re.compile(r"\b(?:reduc\w*|improv\w*|decreas\w*|less|fewer|lower\w*|smooth\w*|heal\w*|relie\w*|"
                        r"remov\w*|clear\w*|fad\w*|prevent\w*|treat\w*|"
                        # "effective for / against rosacea": an evaluative adjective with its
                        # problem as complement names what the treatment relieves
                        r"(?:effective|efficacious|helpful|useful|beneficial|good)\s+(?:for|against|in))\b", re.I)


def _is_harm_claim(text: str, unit: _Span, hits: Sequence[tuple[int, int, Concept]]) -> bool:
    """A harm verb ("can cause") governs the unit, or a causative verb names a problem ("can lead
    to pigmentation"), not a benefit verb before it ("reduces X ... leading to less Y")."""
    unit_text = text[unit.start:unit.end]
    verbs = effect_verbs(unit_text)
    if not verbs:
        return bool(_RISK_RE.search(unit_text))
    first_harm = next((v for v in verbs if _HARM_RE.fullmatch(v.group(0))), None)
    first = verbs[0]
    if first_harm is not None and (first_harm is first or _WEAK_VERB_RE.match(first.group(0)) is not None):
        return True
    for m in _CAUSATIVE_RE.finditer(unit_text):
        if any(not _WEAK_VERB_RE.match(v.group(0)) and not _CAUSATIVE_RE.match(unit_text, v.start())
               for v in verbs if v.start() < m.start()):
            break  # a benefit verb came first: "stimulates X, leading to Y"
        after = [h for h in hits if h[0] >= unit.start + m.end()]
        if after and after[0][2].key in PROBLEM_OUTCOMES and not _RELIEF_RE.search(
                unit_text, m.end(), after[0][0] - unit.start):
            return True
    return False


_NOT_SUBJECT_RE = re.compile(r"\b(?:if|without|with|after|before|than|unlike|such\s+as|like|and|or|plus|"
                             r"including|paired\s+with|combined\s+with|of)\s+(?:\w+\s+)?$", re.I)


# A fronted contrast or comparison ("Unlike tretinoin, retinol ...", "Compared with X, ...") is
# an adjunct: the clause's subject follows its comma. An existential frame of evidence ("There is
# no evidence that X causes Y") asserts nothing of its own: its complement clause's subject is
# what the claim is about.
# (a fronted attribution, "According to the company, the serum ...", is an adjunct before the subject too)
# (a fronted topic, "As for the collagen,", "When it comes to X,", names what the clause is about in general;
# the subject after it names the claim's own, INTERV9)
_FRONTED_ADJUNCT_RE = re.compile(r"^\W*(?:unlike|like|as\s+with|compared\s+(?:with|to)|in\s+contrast\s+to|"
                                 r"instead\s+of|rather\s+than|according\s+to|as\s+for|as\s+regards|"
                                 r"when\s+it\s+comes\s+to)\s+[^,;:]{1,60},\s*", re.I)
# a fronted setting before a pronoun subject, comma or not ("In one study it worked better ..."):
# the pronoun is the subject, the phrase says where it was found
_FRONTED_SETTING_RE = re.compile(r"^\W*(?:in|at|after|during|within|over)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+"
                                 r"(?=(?:it|they|he|she|we|this|these)\s)", re.I)
_EXISTENTIAL_THAT_RE = re.compile(r"^\W*there\s+(?:is|are|was|were|['’]s)\s+(?:[\w-]+\s+){0,4}?that\s+", re.I)
# a sentence adverbial set off by commas between subject and verb ("Laser combs, by contrast, do
# nothing") is parenthetical: the clause reads the same without it
_PARENTHETICAL_RE = re.compile(r",\s*(?:by\s+contrast|in\s+contrast|however|though|in\s+fact|of\s+course|on\s+the\s+other\s+"
                               r"hand|meanwhile|for\s+example|for\s+instance|too|also|instead|therefore|thus|then)\s*,\s*",
                               re.I)


_PASSIVE_AGENT_BEFORE_RE = re.compile(r"\b[a-z]{3,}(?:ed|en)\s+by\s+(?:the\s+|an?\s+)?$", re.I)
_USE_BEFORE_RE = re.compile(r"\b(?:starting|using|taking|applying|adding|switching\s+to)\s+(?:a\s+|an\s+|the\s+)?$", re.I)
# an appositive noun phrase set off by commas after the subject ("Minoxidil, the only drug approved
# for hair loss, works ...") renames it: the clause reads the same without it (INT13)
_APPOSITIVE_RE = re.compile(r"^(\W*[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}),\s+(?:the|a|an)\s+[^,;:.!?]{3,100},\s+"
                            r"(?=(?!and\b|or\b|but\b)[a-z])")


def _subject(text: str) -> str | None:
    """The clause's subject noun phrase: `frames.subject_of` after a fronted contrast adjunct or an
    existential frame, and with a plural-looking noun kept in the phrase when a verb follows it
    ("Hair loss is common": "Hair loss", not "Hair" with the verb "loss")."""
    text = _FRONTED_ADJUNCT_RE.sub("", text, count=1)
    text = _EXISTENTIAL_THAT_RE.sub("", text, count=1)
    text = _FRONTED_SETTING_RE.sub("", text, count=1)
    text = _PARENTHETICAL_RE.sub(" ", text, count=1)
    appositive = _APPOSITIVE_RE.match(text)
    if appositive and not _NOT_NP_RE.search(appositive.group(1)) and not _OPENING_CLAUSE_RE.match(appositive.group(1) + ", "):
        text = appositive.group(1) + " " + text[appositive.end():]  # (an opening adjunct is no subject)
    cv = clause_verb(text)
    return cv[0] if cv is not None else subject_of(text)


# A verb in the past tense is as finite as one in "-s": the noun phrase before it is the clause's
# subject ("Peppermint oil grew hair faster than minoxidil did", "Rosemary oil matched 2% minoxidil",
# "hydroquinone lightened it more"); a word in "-ed" followed by an agent or a preposition is a
# participle inside the noun phrase or a passive, no such verb (INTERV8)
_PAST_SUBJECT_RE = re.compile(
    rf"\W*(?P<np>(?:(?:{_DETERMINER_ALT})\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){{0,3}}?)\s+"
    r"(?:(?:also|still|only|even|never|often|always|[a-z]+ly)\s+)?"
    rf"(?P<v>[a-z]{{3,}}ed|(?:re)?(?:{'|'.join(sorted(_frames._IRREGULAR_PAST))}))\b"
    r"(?!\s+(?:by|with|from|in|into|on|for|to|as|at|of)\b|-)", re.I)
_NOT_IN_SUBJECT_RE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|may|might|will|would|"
                                r"should|must|not|and|or|but|if|when|than|as|of|in|on|at|to|for|with|by|from|that|"
                                r"which|who|it|they|we|you|i|he|she|this|these|those|there|what|how)$", re.I)
# a fronted prepositional phrase of setting ("In a two-year open comparison, finasteride ..."),
# read to its first comma: the subject follows it
_SETTING_PP_RE = re.compile(r"^\W*(?:in|among|during|over|after|across|at|within|on)\s+[^,;:()]{1,60},\s*", re.I)


_LABEL_COLON_RE = re.compile(r"[^:\n]{1,30}:\s+(?=\S)")


def _discourse_label(text: str) -> re.Match[str] | None:
    """A short label before a colon that names a part of the discourse ("Short version: minoxidil is ..."), whose
    subject after it opens the writer's next point (INTERV8). A label that names who speaks ("CHAT @tomasz_h:",
    "MARCO:", "Dr Lee:": a handle, or words that are all capitalised names) opens another speaker's turn: what that
    speaker makes the subject is not the referent of the writer's pronouns."""
    m = _LABEL_COLON_RE.match(text)
    if m is None:
        return None
    words = re.findall(r"[^\s:]+", m.group(0))
    if any("@" in w for w in words) or all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return None
    return m


def _own_clause(unit_text: str) -> str:
    """A clause without its connective and a fronted adjunct of contrast or setting (INTERV8)."""
    t = _LEAD_CONNECTIVE_RE.sub("", unit_text)
    return _SETTING_PP_RE.sub("", _FRONTED_ADJUNCT_RE.sub("", t, count=1), count=1)


def _own_subject(unit_text: str) -> str | None:
    """The subject noun phrase of a claim's own clause, after its connective and a fronted adjunct
    of contrast or setting ("In a two-year open comparison, finasteride tablets improved ..." ->
    "finasteride tablets"), with a past-tense verb read as finite (INTERV8)."""
    t = _own_clause(unit_text)
    subj = _subject(t)
    m = _PAST_SUBJECT_RE.match(t)
    words = m.group("np").split() if m else []
    if m is None or all(w.lower() in _DETERMINERS for w in words) or any(_NOT_IN_SUBJECT_RE.fullmatch(w) for w in words) \
            or re.fullmatch(r"her|his|their|my|your|our|its|neither|either|fewer|more|less|both|each|unlike", words[0], re.I) \
            or re.search(r"(?:ly|ing)$", words[-1], re.I):
        return subj
    # the first finite verb ends the subject: "the composition regrew hair as well as ..." is no
    # subject "composition regrew hair" before a verb "as"
    bare = [w for w in words if w.lower() not in _DETERMINERS]
    if subj and (len(subj.split()) <= len(bare) or not subj.lower().startswith(" ".join(bare).lower())):
        return subj
    return m.group("np")


_DEFINITE_OPEN_RE = re.compile(r"\W*(?:the|this|these)\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)", re.I)


def _definite_topic(clause: str, text: str, pos: int, primary: Concept) -> bool:
    """Does a definite description opening the clause refer back to the article's topic? Its head
    noun resolves to the nearest earlier noun phrase with that head and its modifiers: "the laser comb"
    to "LASER GROWTH COMB", "The light" to "low level laser light" (a name the article gives its topic),
    never "the fake comb" to the topic (INTERV8)."""
    m = _DEFINITE_OPEN_RE.match(clause)
    if m is None or pos < 0:
        return False
    words = m.group(1).split()
    words = words[:next((i for i, w in enumerate(words) if _NOT_IN_SUBJECT_RE.fullmatch(w)), len(words))]
    topic_head = primary.label.split()[-1].lower()
    topic_head = topic_head[:-1] if topic_head.endswith("s") and not topic_head.endswith("ss") else topic_head
    # (the head is the last noun before the verb, unknown here: the longest reading that has an
    # antecedent wins)
    for i, head in reversed(list(enumerate(words))):
        stem = head.lower()[:-1] if head.lower().endswith("s") and not head.lower().endswith("ss") else head.lower()
        if len(stem) < 3 or stem in _GENERIC_STOP:
            continue
        mods = {w.lower() for w in words[:i]}
        if stem == topic_head and not mods:
            return True
        for earlier in reversed(list(re.finditer(rf"\b((?:[\w-]+[ \t]+){{0,3}}){re.escape(stem)}s?\b", text[:pos], re.I))):
            if not mods <= {w.lower() for w in earlier.group(1).split()}:
                continue
            # (the topic's name must end in the head: "Omega-3 plus Vitamin D3" is no antecedent of
            # "the vitamin D" that names omega-3)
            phrase = earlier.group(0)
            pats = [primary.regex] + ([_compiled(primary.subject_patterns)] if primary.subject_patterns else [])
            return any(m.end() >= len(phrase.rstrip()) - 1 for p in pats for m in p.finditer(phrase))
    return False


def _only_compared(concept: Concept, text: str, start: int, unit_text: str) -> bool:
    """Is every mention of `concept` in the clause after a comparison word, the yardstick of the
    comparison and never its subject (INTERV8)?"""
    hits = list(concept.regex.finditer(unit_text))
    return bool(hits) and all(_compared_mention(text, start + m.start()) for m in hits)


_OPENING_CLAUSE_RE = re.compile(
    r"\s*(?:if|when|whenever|while|although|though|because|since|after|before|once|unless|until|as|"
    # an opening prepositional phrase ("In adults over 65, whose ..., zinc is ...")
    r"in|for|among|during|with|without|at|on|by|over)\b[^;:]*[,;:]\s",
    re.I)


# a verb of giving up or replacing, with the determiner of its object: "(I) swapped my X for ...",
# "ditched the X", "quit X"
_GIVEN_UP_BEFORE_RE = re.compile(r"\b(?:swapp?(?:ed|ing)?|switch(?:ed|ing)?|ditch(?:ed|ing)?|quit(?:ting)?|"
                                 r"dropp(?:ed|ing)|replac(?:ed|ing)|trad(?:ed|ing)|gave\s+up|give\s+up|giving\s+up)\s+"
                                 r"(?:(?:my|our|your|his|her|their|the|a|an|any|all|that|this)\s+)?$", re.I)


def _is_subject(text: str, sent_start: int, pos: int) -> bool:
    """Does an intervention named at `pos` stand as the sentence's subject ("Retinol fades ..."),
    rather than as a condition or comparator ("If sunscreen is not used ...", "unlike lasers")?"""
    before = text[sent_start:pos]
    nothing_better = _frames.NOTHING_BETTER_RE.match(before + text[pos:pos + 40])
    if _frames.NOTHING_BETTER_RE.fullmatch(before + text[pos:pos + 1]) or (
            nothing_better is not None and nothing_better.start("y") == len(before)):
        return True  # "Nothing works better than tretinoin": the standard of a negated rivalry is the best (TRAP8)
    # the subject of the main clause after an opening subordinate clause ("If you eat well, extra
    # zinc ..."); any other comma may sit inside a list or an appositive, so it does not count
    # a colon opens a new clause or a quotation, a complementizer a clause ("the answer is that X ...")
    before = re.split(r":\s+|\bthat\s+", before)[-1]
    if (_IMPERATIVE_RE.match(before.lstrip("-*•·\"“‘ ")) or _GIVEN_UP_BEFORE_RE.search(before)) \
            and not re.search(r"[,;]", before):
        # an imperative has no subject of its own: the noun phrase after its verb is its object
        # ("Stop any retinoid or acid products 5 days before"); so is what a verb of giving up or
        # replacing takes ("Swapped my minoxidil for this"), a treatment no longer used (TOPIC4)
        return False
    if _PARTICIPLE_ADJUNCT_RE.match(before):
        return False  # "Used every morning under sunscreen, a serum can help ...": inside a fronted adjunct (INTERV9)
    if _INNER_CLAUSE_OBJECT_RE.search(before):
        return False  # "rolling before you apply a vitamin C serum boosts ...": the object of a clause inside the subject
    if _OPENING_CLAUSE_RE.match(before.lstrip("\"“‘ ")):
        before = re.split(r"[,;:]\s", before)[-1]
    partitive = _PARTITIVE_RE.search(before) or _SOURCE_OF_RE.search(before)
    if partitive:
        before = before[:partitive.start()] + "X "  # "Injections of botulinum toxin work", "Side effects of X include"
    return len(before.split()) <= 5 and not _NOT_SUBJECT_RE.search(before)


# A subordinate clause of time after a word that opens the clause ("rolling before you apply a serum
# boosts ...") belongs to that word, the subject: a noun phrase its own subject's verb takes is its
# object, never the main clause's subject. A fronted one (no word before the subordinator) is
# left to the rules above.
_INNER_CLAUSE_OBJECT_RE = re.compile(r"\w[\w'’-]*\s+(?:before|after|while|when|whenever|until|once)\s+(?:you|we|they|i|he|she|"
                                     r"people)\s+(?:\w+ly\s+)?[a-z]+\s+(?:(?:a|an|the|your|my|our|their|some|any)\s+)?$",
                                     re.I)


# A past participle opening the sentence with a prepositional phrase ("Used every morning under sunscreen,",
# "Combined with retinol,", "Applied after microneedling,") is a non-finite adjunct, read to its comma: a
# treatment named inside it is the setting or a partner of the claim, never its subject (INTERV9). A bare
# participle before a name ("Fermented garlic") modifies the name instead.
_PARTICIPLE_ADJUNCT_RE = re.compile(r"^\W*[A-Za-z]+(?:ed|en)\s+(?:[\w'’-]+\s+){0,4}?(?:under|with|alongside|by|after|"
                                    r"before|on|over|at|beneath)\s+(?:(?:the|a|an|your|some|their)\s+)?$", re.I)


# A measure or form noun with "of" is a partitive: the treatment after it heads the subject
# ("Injections of botulinum toxin work", "High doses of biotin can ...").
# A span of time with "of" measures use the same way ("a year of nightly retinol softened ...", INTERV9).
_PARTITIVE_RE = re.compile(r"\b(?:injections?|doses?|drops?|courses?|applications?|shots?|use|tablets?|capsules?|"
                           r"sessions?|rounds?|(?:(?:a|one|two|three|four|six|\d+)\s+)(?:days?|weeks?|months?|years?))"
                           r"\s+of\s+(?:[a-z]+ly\s+)?$", re.I)


# A harm or result noun with its source ("side effects of minoxidil", "infections after
# microneedling", "the benefits of retinol"): the treatment is what the subject is about
_SOURCE_OF_RE = re.compile(rf"\b(?:{HARM_NOUNS}|effects?|results?|benefits?|dangers?)\s+(?:of|after|from|following|"
                           rf"caused\s+by)\s+(?:the\s+|a\s+|an\s+|your\s+)?$", re.I)


_PAIR_SUBJECT_RE = re.compile(r"^\W*(?:(?:and|but|so|while)\s+)?(?:(?:the\s+two|both)(?:\s+(?:of\s+them\s+)?"
                              r"(?:together|combined))|"
                              # "both" as what a verb of use or giving takes, "Using both together", "patients
                              # given both" (never "both groups", "both sides": people or arms) (INTERV8)
                              r"(?:(?:[a-z]+\s+){0,2}?(?:given|using|taking|receiving|on|who\s+(?:got|used|had|took|"
                              r"received))|using|taking|applying|combining)\s+(?:the\s+two|both)(?!\s+(?:groups?|arms?|"
                              r"sides?|halves|strengths?|of\s+(?:us|you|them))))\b", re.I)


def _pair_referent(text: str, pos: int, unit_text: str, primary: Concept) -> Concept | None:
    """"The two together work better than either": a definite numeral with "together" refers to the
    last two treatments the text named, given at once, their combination (the article's own, when
    it is about that combination) (INT15)."""
    if not _PAIR_SUBJECT_RE.match(unit_text):
        return None
    if "-plus-" in primary.key:
        return primary
    seen: list[Concept] = []
    for _, _, c in reversed(_intervention_spans(text, max(0, pos - 400), pos, primary)):
        if all(c.key != x.key for x in seen):
            seen.append(c)
        if len(seen) == 2:
            return _combined(seen[1], seen[0])
    if len(seen) == 1 and seen[0].key != primary.key and seen[0].parent != primary.key:
        # "the device did no better than fractional CO2 laser, while the two combined ...": with one
        # other treatment named, the topic is the second of the two (INTERV8)
        return _combined(primary, seen[0])
    return None


_ITEM_LABEL_RE = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+(?P<np>[A-Za-z][^:\n]{1,60}?)[ \t]*:[ \t]+$")


def _item_label_subject(text: str, pos: int, unit_text: str, primary: Concept) -> Concept | None:
    """"- A kojic acid soap: beats retinol hands down": a list item's label before a colon is
    the subject of the predicate after it, which has none of its own; what the predicate compares it
    with is never its subject (INT15)."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _ITEM_LABEL_RE.match(text, line_start, pos)
    # (a predicate in lower case continues the label's line; a pronoun or a capital opens a clause
    # with a subject of its own)
    if m is None or not re.match(r"\W*[a-z]", unit_text) or \
            re.match(r"\W*(?:it|they|this|these|that|you|we|i|he|she|there)\b", unit_text, re.I) or _subject(unit_text):
        return None
    np_ = re.sub(r"^(?:a|an|the|some|your)\s+", "", m.group("np").strip(), flags=re.I)
    if re.search(r"(?:ed|ly)$", np_, re.I):
        return None  # "Clinically tested: wrinkles improved ...": a participle labels a property, not a treatment
    if primary.regex.fullmatch(np_):
        return primary
    return _np_concept(np_, text)


def _clause_subject_treatment(unit_text: str, named: Sequence[Concept], intervention: Concept) -> Concept | None:
    """Another named treatment the clause takes as its own subject, when the clause does not name
    the sentence's treatment at all."""
    if intervention.regex.search(unit_text):
        return None
    clause = _LEAD_CONNECTIVE_RE.sub("", unit_text).lstrip()
    subj = _subject(clause) or ""
    bare = re.sub(rf"^(?:(?:{_DETERMINER_ALT})\s+)+", "", clause, flags=re.I)
    if not subj or not (clause.lower().startswith(subj.lower()) or bare.lower().startswith(subj.lower())):
        return None
    for c in named:
        m = c.regex.search(subj)
        # the treatment heads the subject, only a determiner before it ("paired with minoxidil it
        # quadruples ...": an opening adjunct is not the subject)
        if c.key != intervention.key and m is not None and all(
                w.lower() in _DETERMINERS for w in subj[:m.start()].split()):
            return c
    return None


# A person's report before the clause it reports (INTERV12): a speaker label ("Clare: ...") or a reporter, a
# personal pronoun, a proper name or a noun phrase naming a person ("Maggie swears ...", "Aled said (that) ...",
# "One member said ...", "Aled disagreed: ..."), then a verb of saying, believing or agreeing. The reporter is who
# speaks, never the agent of the claim: the reported clause's own subject is.
_REPORTING_VERB = (r"(?:says|said|say|tells?|told|explains?|explained|adds?|added|swears?|swore|reckons?|reckoned|"
                   r"thinks?|thought|believes?|believed|insists?|insisted|claims?|claimed|warns?|warned|admits?|"
                   r"admitted|notes?|noted|mentioned|agreed|disagreed|argued|replied|answered|recalls?|recalled)")
_REPORTER_RE = re.compile(
    r"\W*(?:(?:and|but|so|then)\s+)?(?P<who>(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})|he|she|they|i|we|"
    r"(?:one|a|another|my|her|his|our|their|the)\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:[a-z]+ly\s+)?"
    rf"{_REPORTING_VERB}(?:\s+(?:us|me|him|her|them|members|everyone))?(?:\s*:\s*|,\s+|\s+that\s+|\s+)(?=\S)", re.I)


def _reported_clause(unit_text: str, text: str) -> str | None:
    """The clause a person's report frames (INTERV12): after a speaker label of proper names, or after a
    reporter that is a pronoun, a name or a person noun and a verb of saying ("Maggie swears sage tablets cut
    her flushes" -> "sage tablets cut her flushes"); None when the unit opens with no report."""
    bare = _without_speaker(unit_text, text)
    if bare != unit_text:
        return bare
    m = _REPORTER_RE.match(unit_text)
    if m is None:
        return None
    who = m.group("who")
    first = who.split()[0].lower()
    if any(c.regex.search(who) for c in INTERVENTIONS) or _EVIDENCE_HEAD_RE.search(who):
        return None  # "Minoxidil, the review said ...", "the study noted": a treatment or a source is no speaker
    if not (first in ("he", "she", "they", "i", "we") or _is_person(who, text) or _PERSON_HEAD_RE.search(who)
            or (who[:1].isupper() and " " not in who and not re.search(rf"(?-i:\b{re.escape(who.lower())}\b)", text))
            or re.fullmatch(r"(?:one|a|another|my|her|his|our|their|the)\s+(?:[a-z]+\s+)?(?:member|friend|sister|"
                            r"brother|mum|mother|dad|father|wife|husband|partner|daughter|son|colleague|client|"
                            r"customer|caller|guest|reader|patient|parent|student|pharmacist|nurse|doctor|gp|"
                            r"chair|coach|trainer|teacher|speaker)s?", who, re.I)):
        return None
    rest = unit_text[m.end():]
    return rest if re.match(r"\W*[A-Za-z]", rest) else None


_CLAUSE_OPENER_RE = re.compile(r"(?:for|with|without|unlike|like|if|when|whenever|which|who|whom|whose|that|what|at|in|"
                               r"on|by|as|after|before|than|because|since|while|although|though|unless|until|once|"
                               r"from|to|of|into|over|under|about|during|per|via|and|or|but|so|yet|nor|not|no|"
                               r"[a-z]+ed|[a-z]+en)$", re.I)
_POSSESSOR_RE = re.compile(r"^\W*(?:her|his|their|my|our|your)\s+(?=[A-Za-z])", re.I)


def _reported_subject(clause: str, primary: Concept, text: str, pos: int = -1) -> Concept | None:
    """The treatment a reported clause takes as its subject or causative agent (INTERV12): a listed treatment
    heading it, else a noun phrase the clause's own reading names (`_other_treatment`), else a bare noun phrase of
    two to four words, a person's own ("her HRT patch") or a definite one with a modifier of its own ("the NHS CBT
    course"), that the phrase model reads as a treatment and that names no person, outcome, time or source of
    evidence. A bare definite head ("the tablets") refers back: it is left to reference."""
    if _CHANGED_SUBJECT_RE.match(clause.strip(" \t\"“‘*-•")):
        return None  # "your serotonin goes up": the subject of an intransitive verb of change is what changes (OUTL)
    own = _POSSESSOR_RE.sub("", clause, count=1)
    subj = _own_subject(own) or ""
    if not subj or not own.lstrip(" \t\"“‘*-•").lower().startswith(subj.lower()):
        return None
    for c in (*[c for c in INTERVENTIONS if c.parent], primary, *INTERVENTIONS):
        m = c.regex.search(subj)
        if m is not None and all(w.lower() in _DETERMINERS for w in subj[:m.start()].split()):
            return c
    other = _other_treatment(own, primary, text, pos)
    if other is not None:
        return other
    words = subj.split()
    if not words or _CLAUSE_OPENER_RE.match(words[0]) or any(re.search(r"['’]", w) for w in words) or any(
            _QUANTIFIER_RE.fullmatch(w) or _PRONOUN_WORD_RE.fullmatch(w) for w in words) or \
            _names_primary(subj, primary) or any(w.lower().rstrip("s") in primary.label.lower() or
                                                  primary.label.lower().split()[-1].rstrip("s") in w.lower()
                                                  for w in words if len(w) >= 4 and w.lower() not in _DETERMINERS):
        # a quantifier or pronoun refers back ("Using both together"): it names no new treatment (INT13);
        # a preposition, subordinator, relative or participle opens no subject noun phrase ("For most adults",
        # "which", "Taken before long runs"); a possessive is a person's ("roller's tiny channels"); a name sharing
        # a content word with the page's treatment ("needling" on a microneedling page) is the page's own
        return None
    if words[0].lower() in ("the", "this", "that", "these", "those"):
        # a definite description with a name among its modifiers names its referent ("the NHS CBT course"); one
        # with common modifiers only ("the second drug", "the stronger lotion") refers back: left to reference
        if not any(w[:1].isupper() for w in words[1:-1]):
            return None
        words = words[1:]
    np_ = " ".join(words)
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        # "Regrowa Foam", "FolliMax Gold": a brand names the treatment the text defines it as, else it stays the page's
        brand = _defined_brand(np_, text)
        return brand if brand is not None and brand.key != primary.key and not _names_primary(brand.label, primary) else None
    if len(words) == 1 and (len(np_) < 4 or not re.search(rf"(?-i:\b{re.escape(np_.lower())}\b)", text)):
        return None  # a single word the text never writes in lower case is a name (a person's, a brand's, a place's)
    if not 1 <= len(words) <= 4 or any(w.lower() in _DETERMINERS for w in words) or not _names_a_thing(np_) or \
            _is_person(np_, text) or _names_people_or_outcome(np_, text) or _outcome_hits(np_, 0, len(np_)) or \
            _EVIDENCE_HEAD_RE.search(np_) or _TIME_UNIT_RE.match(words[-1]) or words[-1].lower() in _TIME_HEAD_WORDS or \
            re.search(r"(?:ed|ly)$", words[-1], re.I) or (len(words) == 1 and np_.lower().endswith("ing")) or \
            treatment_probability(np_) < 0.6:
        return None
    return _with_synonyms(_generic_concept(np_), text)


# a verbless adjunct hung on the clause before it (", with less scalp itching", ", without the greasy feel")
_DEPENDENT_FRAGMENT_RE = re.compile(r"\W*(?:and\s+)?(?:with|without)\s+(?![^,;]*\b(?:is|are|was|were|has|have|had|do|does|did)\b)"
                                    r"[^,;.!?]{2,60}[.!?]?\W*\Z", re.I)
# a reporting frame before the clause it reports ("one trial found (that) ...", "a review concluded ...")
_REPORT_FRAME_RE = re.compile(r"^\W*(?:[\w'’%-]+\s+){0,5}?(?:found|finds|showed|shows|reported|reports|suggested|suggests|"
                              r"concluded|concludes)\s+(?:that\s+)?", re.I)


# a word of comparison opens an adjunct naming the standard, never a subject ("unlike energy drinks it ...")
_COMPARISON_WORD_RE = re.compile(r"\W*(?:unlike|like|than|versus|vs|compared|against|besides|except|instead|rather)\b", re.I)


def _host_clause(before: str) -> str:
    """The clause a dependent fragment hangs on: the text before it in its sentence, after the last colon or
    semicolon and any reporting frame ("one trial found ..."), without the comma that sets the fragment off."""
    host = re.split(r"[:;]", before)[-1].strip().rstrip(",").strip()
    return _REPORT_FRAME_RE.sub("", host, count=1)


def _host_treatment(host: str, primary: Concept, text: str) -> Concept | None:
    """The treatment that is the grammatical subject of a host clause (INTERV10): a table's (or the article's)
    treatment heading the subject, else another one the clause takes as subject (`_other_treatment`)."""
    if not host:
        return None
    subj = _own_subject(host) or ""
    for c in (*[c for c in INTERVENTIONS if c.parent], primary, *INTERVENTIONS):
        m = c.regex.search(subj) if subj else None
        if m is not None and all(w.lower() in _DETERMINERS for w in subj[:m.start()].split()) and \
                host.lower().lstrip().startswith(subj.lower()):
            return c
    other = _other_treatment(host, primary, text)
    if other is not None and not _reads_as_treatment(other.label):
        # (FIX11a) "Sharper focus, without the jitters": a verbless host has no subject; a comparative adjective
        # the word features take for a name is no treatment by the sentence encoder's reading
        return None
    return other


def _claim_intervention(primary: Concept, named: Sequence[Concept]) -> Concept:
    """The primary intervention (or its specialised form when named), unless only another is named."""
    keys = {c.key: c for c in named}
    for c in named:
        if c.parent == primary.key:
            return c
    if primary.key in keys or not keys:
        return primary
    return named[0]


# Check-worthiness threshold, chosen on the development split of benchmarks/claims.py (recall
# against candidates per gold claim); never on the held-out split.
DEFAULT_MIN_SCORE = 0.35



def _outcome_key(c: Candidate) -> tuple[int, int, str | None]:
    """Where a candidate sits and what outcome it names: two readings of one answer agree on it."""
    return c.claim.start, c.claim.end, c.claim.frame.outcome if c.claim.frame else None

def extract_claims(article: Article, questions: Sequence[Question] = (), *,
                   min_score: float = DEFAULT_MIN_SCORE) -> list[Candidate]:
    """Check-worthy claims in `article`, in text order, each with a proposed question.

    `questions` are existing questions to reuse when one tests the same intervention and
    outcome; otherwise a new question (with a generated PubMed query) rides on the candidate.
    Candidates scoring below `min_score` (0..1) are left out.
    """
    carried: set[tuple[int, int]] = set()  # claims carrying the main question's outcome, none of their own
    out = _extract_claims(article, questions, min_score, on_main=carried)
    if _main_outcome(article, detect_intervention(article)) is None:
        # Neither the tables nor the title name the article's benefit: it is the one its own
        # claims name most often ("lash length" three times in a castor-oil diary), and an
        # elliptical claim ("For me it did nothing", "The serum worked faster") is about it.
        claimed = _claimed_main_outcome(out, carried)
        if claimed is not None:
            out = _extract_claims(article, questions, min_score, claimed)
    return out


def _claimed_main_outcome(cands: Sequence[Candidate], carried: Collection[tuple[int, int]] = ()) -> Concept | None:
    """The benefit the candidates' frames name most often, when named at least three times, as a
    generic outcome searched by its words; None otherwise."""
    # (a frame that only carries the main question's outcome, for a claim naming none of its own, is no
    # claim naming it: those in `carried` are not counted, QUEST6)
    counts = Counter(" ".join(c.claim.frame.outcome.lower().split()) for c in cands
                     if c.claim.frame is not None and c.claim.frame.relation == "benefit" and c.claim.frame.outcome
                     and (c.claim.start, c.claim.end) not in carried)
    if not counts:
        return None
    label, n = counts.most_common(1)[0]
    if n < 3 or not _clean_outcome_words(label):
        return None
    table = next((c for c in OUTCOMES if c.label == label), None)
    if table is not None:
        return table
    # keyed by its words, so the claims naming it and those inheriting it share one question
    return dataclasses.replace(_generic_concept(label), label=label)


def _extract_claims(article: Article, questions: Sequence[Question], min_score: float,
                    main_outcome: Concept | None = None, on_main: set[tuple[int, int]] | None = None) -> list[Candidate]:
    primary = detect_intervention(article)
    # an elliptical answer ("Yes.") is read as the question it answers, restated
    text, answered = _restated_answers(article.text, primary)
    stem = _id_stem(article.name)
    title_norm = " ".join((article.title or "").split()).lower()
    existing_ids = {q.question_id for q in questions}
    new_questions: dict[str, Question] = {}
    out: list[Candidate] = []
    seen: set[tuple[int, int, int]] = set()  # (quote start, quote end, item start)
    on_main_ids: set[int] = set()  # (QUEST6) candidates carrying the main question's outcome, none of their own
    previous = ""
    carried: Concept | None = None  # another treatment a pronoun may still refer to
    leads = _lead_ins(text)
    main_outcome = main_outcome or _main_outcome(article, primary)
    labels = _article_labels(text)
    sents = sentences(text)
    # a reader's letter quoted whole and signed ('"... Worth it?" - Tia, Bath') is what the article
    # answers, not what it claims (REC13)
    letters = {m.start() for m in _SIGNED_LETTER_RE.finditer(text) if "?" in m.group(0)}
    sections = _sections(text, primary)
    run_in = _run_in_topics(text, sents, primary)
    section_starts = [a for a, _, _ in sections]
    # a heading "X for Y" names its section's outcome ("## Laser caps for hair")
    section_outcomes = [_heading_outcome(text, a, primary) for a, _, _ in sections]
    section_at = -1
    para_outcome: Concept | None = None  # the last benefit claimed in this paragraph
    first_outcome: Concept | None = None  # the article's first claimed benefit, never reset
    asked = _question_turns(text)
    answers = _answer_topics(text, asked, primary, _run_in_names(text, sents, run_in))
    claim_context = _claim_model.ArticleContext(intervention=primary.regex, text=text)
    for si, sent in enumerate(sents):
        s_text = text[sent.start:sent.end]
        following = text[sents[si + 1].start:sents[si + 1].end] if si + 1 < len(sents) else ""
        disclaimer = bool(_DISCLAIMER_RE.search(s_text) or _DISCLAIMER_EXTRA_RE.search(s_text))
        # the questioner's turn in a Q/A layout is the reader's, not the article's (the answer is)
        # "I've read that X. True?": a statement put to the reader to confirm is asked, not asserted (REC13)
        put_to_reader = si + 1 < len(sents) and sents[si + 1].question and sents[si + 1].line_start == sent.line_start \
            and bool(_TRUTH_Q_RE.match(text, sents[si + 1].start, sents[si + 1].end))
        if sent.question or any(a <= sent.start < b for a, b in asked) or put_to_reader or sent.line_start in letters or \
                " ".join(s_text.split()).lower() == title_norm or _marketing_copy(s_text):
            previous = s_text
            if sent.question and (not text[sent.line_start:sent.start].strip(" \t*_\"“‘'>-#") or _SPEAKER_LABEL_RE.fullmatch(
                    text[sent.line_start:sent.start] + " ")):
                # (a speaker's turn opens with the speaker's label, "HOST: So does rosemary oil ...?": the
                # question is still on its own line, the answer's "it" the treatment it names, TRAP 1041)
                # a question on a line of its own whose subject is a noun phrase ("Is hypnobirthing worth it?")
                # introduces a new referent, as a heading does: a pronoun in its answer refers to what the question
                # names, never to a treatment an earlier answer named; a pronoun subject ("Does it hurt?") continues
                # the old referent (INTERV11)
                carried = _question_referent(s_text, primary, text, carried)
            continue  # questions, the headline and marketing copy are not claims
        line_end = text.find("\n", sent.start)
        if _OFFER_LINE_RE.match(text[sent.line_start:line_end if line_end >= 0 else len(text)]):
            previous = s_text
            continue  # a menu entry's name, duration and price label what is offered; they claim nothing
        ispans = _intervention_spans(text, sent.start, sent.end, primary)
        named = [c for x, y, c in ispans
                 # "retinol-like results": a name made an adjective of likeness is the standard compared
                 # with, never what the sentence is about (OUT10)
                 if not _LIKENESS_RE.match(text, y) and (
                 c.key == primary.key or c.parent == primary.key or _is_subject(text, sent.start, x)
                 # the object of a verb of use ("within 3 days of starting vitamin C", "after using
                 # X") is the treatment whose effect the sentence reports
                 or _USE_BEFORE_RE.search(text, max(sent.start, x - 30), x)
                 # the agent of a passive is its logical subject ("a retina damaged by the blue light")
                 or _PASSIVE_AGENT_BEFORE_RE.search(text, max(sent.start, x - 30), x))]
        k = bisect.bisect_right(section_starts, sent.start) - 1
        topic = sections[k][2] if k >= 0 else None
        block_topic = run_in.get(si)
        if block_topic is not None:
            # a run-in heading's block ("Honey. A spoonful ...") is about its treatment (INTERV9)
            if run_in.get(si - 1) is not block_topic:
                carried = None  # a new block starts a new topic: "it" no longer reaches back
            topic = block_topic
        local_main = (section_outcomes[k] if k >= 0 else None) or main_outcome
        if k != section_at or "\n\n" in text[max(0, sent.start - 3):sent.start]:
            para_outcome = None
        if k != section_at:
            section_at, carried = k, None  # a heading starts a new topic: "it" no longer reaches back
        if topic is not None and topic.key != primary.key:
            # a section headed by another treatment ("2. Saw palmetto"): its sentences are about
            # that treatment unless their own subject names another one
            named = [c for x, _, c in ispans if _is_subject(text, sent.start, x)]
        # "Think of it as retinol": a likened treatment is the yardstick; "The hyaluronic acid in the
        # ampoules": an ingredient of the topic's product leaves the topic the subject (GOLD9)
        likened = {c.key for x, _, c in ispans if c.key != primary.key and _likened(text, sent.start, x)}
        named = [primary] if named and _in_topic_product(s_text, primary) else [c for c in named if c.key not in likened]
        # The setting ("at home") is often given one sentence earlier.
        home = bool(_SETTING_RE.search(s_text) or _SETTING_RE.search(previous))
        cues = _SentenceCues.of(s_text)
        previous = s_text
        if named or "\n\n" in text[max(0, sent.start - 3):sent.start]:
            # the article's topic named again, or a new paragraph, ends the reach of "it"; but a sentence
            # whose subject is another treatment than the topic's ("Minoxidil has been studied for
            # decades. ... it slows loss") makes that treatment the referent of the pronouns that follow
            # (the subject: the parser's, or else the name that opens the sentence)
            # (after a short label and its colon, "Short version: minoxidil is ...", INTERV8)
            label = _discourse_label(s_text)
            subject = (_own_subject(s_text[label.end():]) if label else _subject(s_text)) if named else None
            at = s_text.find(subject) if subject else -1
            lo, hi = (sent.start + at, sent.start + at + len(subject or "")) if at >= 0 else (sent.start, sent.start + 3)
            carried = next((c for x, _, c in ispans if c in named and c.key not in (primary.key, (topic or primary).key)
                            and lo <= x < hi), None)
        if not named and _INTRODUCTION_RE.match(s_text):
            # "Magnesium is another supplement ...": a copular sentence whose subject is another
            # treatment introduces the referent of the pronouns that follow, claim or not
            carried = _other_treatment(s_text, primary, text) or carried
        if not named and (referred := _introduced_by_head(s_text, text, sent.start, primary)) is not None:
            # "The tablets have a problem ... They cause unwanted facial hair": a definite description
            # that refers back to another treatment makes it the referent of the pronouns that follow (FIX12b)
            carried = referred
        # Outcomes are found once per sentence (never inside an intervention's name), then
        # shared out to its clauses and list items.
        sent_hits = _outcome_hits(text, sent.start, sent.end, [(x, y) for x, y, _ in ispans])
        mentions = bool(named) or bool(_PRONOUN_SUBJECT_RE.search(s_text)) or bool(
            # "the shampoo", "these lozenges": a definite head noun of the article's product
            len(primary.label.split()) > 1 and re.search(
                rf"\b(?:the|this|these|that|those|such|its|your)\s+{re.escape(primary.label.split()[-1].rstrip('s'))}",
                s_text, re.I))
        intervention = _claim_intervention(topic or primary, named)
        asked_about = next((c for a, b, c in answers if a <= sent.start < b), None)
        if asked_about is not None and not named and (carried is None or not _PRONOUN_SUBJECT_RE.search(s_text)):
            # an answer naming no treatment is about the one its question names; its pronoun too, when
            # no treatment named since could be its antecedent ("Is the wand worth it?" / "It did nothing", INTERV9)
            intervention = asked_about
        if topic is not None and topic.regex.search(s_text):
            mentions = True
        # once per sentence, not per claim unit: a long sentence has many units
        group = _PEOPLE_WITH_RE.search(s_text)
        sent_population = " ".join(filter(None, (population_of(s_text),
                                                 s_text[group.end():group.end() + 60] if group else "")))
        # A lead-in line ("aimed at eliminating:") governs only the item's first sentence, the
        # bullet's label; the item's later sentences have their own subject and verb.
        item_lead = leads.get(sent.line_start, "") if _BULLET_ONLY_RE.fullmatch(
            text[sent.line_start:sent.start]) else ""
        prev_u_int: Concept | None = None  # the treatment of the sentence's previous clause
        prev_cmp: str | None = None  # the comparator of the sentence's previous clause
        for unit in _clause_units(text, sent.start, sent.end):
            u_text = text[unit.start:unit.end]
            if _conditioned_advice(u_text, text, unit.end, s_text):
                continue  # "If your eyes sting or look red, stop using it": the condition of advice asserts nothing
            if _not_a_claim(u_text, text[sent.start:unit.start]) and not _relative_claim(
                    u_text, text[sent.start:unit.start], primary):
                continue
            if _use_permission(text, unit.start, unit.end):
                continue  # "so you can use it as often as you like": how to use it, no effect
            if _HISTORY_RE.search(u_text):
                continue  # "has been used in Ayurvedic medicine for 3,000 years": history, not an effect
            if _coverage_list(text[sent.start:unit.start], u_text):
                continue  # "We looked at ...: blue light masks for acne and ...": what the article covers
            if disclaimer and (_limits_claim(u_text) or (unit.start > sent.start + 3 and _subject(u_text) is None
                                                         and not denied_harm(u_text))):
                # the disclaimer's coordinated verbs ("not intended to diagnose, treat, cure or
                # prevent any disease") go with it
                continue  # "X is not a miracle cure, and results vary": the article limits its claims
            if _rebutted_belief(text[max(sent.start, unit.end - _SENTENCE_CONTEXT):unit.end],
                                text[unit.end:min(sent.end, unit.end + _SENTENCE_CONTEXT)], following):
                continue  # "Many people think X ... That fear is unfounded": a belief reported to be denied
            if sent.heading and not item_lead and not _strong_verb(u_text) and not denied_harm(u_text) and not (
                    _FINDING_HEADLINE_RE.search(s_text) and effect_verbs(u_text)) and not _VERBLESS_RESULT_RE.search(u_text):
                # (a verbless result with the time it takes, "Tighter, brighter skin in just 10 minutes", is the
                # heading's claim, REC15)
                # (a headline reporting what a study found, "Study Finds X Supports Gut Health", asserts
                # its clause whatever its verb, REC13)
                continue  # a heading without an effect verb or a denial is a topic label
            # (the coordinated clause that states the change may be a unit of its own, SPLIT7: read to the sentence end)
            hits = _without_setting(text, _within(sent_hits, unit.start, unit.end), sent.end)
            row_head = _row_head(text, unit.start)
            if not hits and row_head is not None:
                hits = _outcome_hits(text, *row_head)  # a table cell's outcome is its row head's ("Hydration")
            if not hits and unit.start <= sent.start + 3 and (
                    reason := _FRONTED_REASON_RE.match(text, sent.start, sent.end)) is not None and unit.end <= reason.end():
                # "Because it's free of propylene glycol[, it won't make your scalp itch]": the cause is
                # asserted of the outcome its main clause names (FIX12b)
                hits = _without_setting(text, _within(sent_hits, reason.end(), sent.end), sent.end)
            scored_hits = hits
            shared = ""
            if not hits and _EVALUATIVE_END_RE.search(u_text):
                # "X is effective" with no object of its own is about the benefit its sentence
                # names ("... is effective and safe for men with alopecia")
                scored_hits = [h for h in sent_hits if h[2].kind != "safety"]
                shared = _shared_complement(text, unit.end, sent.end)
            # A list item is read with its lead-in line ("Benefits include:"), which carries its verb.
            lead_in = item_lead
            # the imperative mood ends at a colon or semicolon: "Never swallow it: it is toxic" asserts its
            # second clause, unless that goes on advising by a modal of obligation ("... should be replaced") (REC15)
            u_cues = dataclasses.replace(cues, imperative=False) if cues.imperative and re.search(
                r"[:;]", text[sent.start:unit.start]) and not _OBLIGATION_RE.search(u_text) else cues
            predicate = _treatment_predicate(u_text, topic or primary) or _coordinated_predicate(text, unit.start)
            score, reasons = _score(f"{lead_in}: {u_text}" if lead_in else u_text, u_cues, heading=sent.heading,
                                    mentions_intervention=mentions or bool(lead_in),
                                    has_outcome=[text[x:y] for x, y, _ in scored_hits] or ([shared] if shared else []),
                                    predicate=predicate,
                                    answers_question=any(a <= unit.start < b for _, _, a, b in answered),
                                    diary_entry=_diary_observation(text, sents, si, unit),
                                    own_text=u_text if lead_in else None)
            # the rules' score decides, and the learned scorer of claim sentences (CHECKW) may keep a unit
            # the cues miss or drop one it is very sure is none (thresholds chosen out-of-fold)
            unit_info = _claim_model.ClaimUnit(
                text=u_text, sentence=s_text, lead_in=lead_in, start=unit.start, end=unit.end,
                rule_score=score, reasons=tuple(reasons), heading=sent.heading,
                list_item=bool(_BULLET_ONLY_RE.fullmatch(text[sent.line_start:sent.start])) and sent.start > sent.line_start,
                first_clause=unit.start <= sent.start + 3, mentions_intervention=mentions,
                outcome_spans=tuple((x - unit.start, y - unit.start) for x, y, _ in hits),
                predicate=bool(predicate), answers_question=any(
                    a <= unit.start < b for _, _, a, b in answered),
                diary_entry=_diary_observation(text, sents, si, unit), evidence=u_cues.evidence is not None,
                imperative=u_cues.imperative, meta=u_cues.meta, rhetorical=u_cues.rhetorical,
                testimony_time=u_cues.testimony_time)
            if not _claim_model.keep(unit_info, claim_context, min_score):
                continue
            # The frame reads the unit with its list lead-in ("Rosemary oil may help:") and decides
            # the relation by the verb and negation scope, not by the outcome's name.
            lead = item_lead
            rel = relation_of(f"{lead} {u_text}".strip())
            # "Common side effects:" / "- swollen ankles or feet": the item inherits its lead-in's
            # claim, a harm of the topic, whatever its own words would say alone (OUT11)
            harm_lead = _harm_lead(lead, u_text) and rel in ("benefit", "mechanism", "harm")
            if harm_lead:
                rel = "harm"
            if score < min_score:
                if _RELATION_SIDE.get(_relation_model.predict(f"{lead} {u_text}".strip())[0]) != _RELATION_SIDE.get(rel):
                    # a unit only the learned scorer keeps goes on only when the learned reader of what it
                    # asserts puts it on the rules' side: a claim read two ways is better missed than
                    # put on the wrong side of its evidence (sign errors first); labels of one side
                    # ("benefit" and "mechanism") differ in kind, not in sign (EXT7)
                    continue
                if not hits and re.match(r"(?:and|or|but|nor|then)\b", _frames.outcome_of(u_text, rel), re.I):
                    # its verb took no object, a coordinated verb follows ("so you can relax and scroll"), and
                    # nothing else in it is checkable: no claim, whatever the scorer says (lead 9's rule)
                    continue
                # its score is the learned scorer's probability, held to the caller's threshold like any other
                learned = _claim_model.probability(unit_info, claim_context)
                if learned < min_score:
                    continue
                score, reasons = learned, [*reasons, f"the learned claim scorer reads it as a claim (p={learned:.2f})"]
            harmful = rel == "harm" or (rel not in ("benefit", "denies_harm", "no_effect", "mechanism")
                                        and _is_harm_claim(text, unit, hits))
            # ("Nothing works better than X": X is the claim's own treatment, the rivals are all others)
            cmp = comparator_of(u_text) if rel in ("superior", "equivalent") and not _frames.NOTHING_BETTER_RE.match(
                u_text) else None
            # "Once you start X, you won't need Y anymore": Y is the comparator, X the claim's treatment (TRAP8)
            spared = _frames.no_longer_needed(u_text) if rel == "equivalent" else None
            if spared is not None and cmp is None:
                cmp = (spared.group("x"), "no need for")
            u_int = intervention
            hosted_cmp: tuple[str, str] | None = None  # the standard a dependent fragment takes from its host (INTERV10)
            # "X is the cheaper choice, but Y still wins ...": a coordinated clause with a subject of
            # its own is about that subject, not the sentence's first treatment (INT15)
            own = _clause_subject_treatment(u_text, [c for _, _, c in ispans], intervention) \
                if unit.start > sent.start else None
            if own is not None:
                u_int = own
            elif unit.start > sent.start and _DEPENDENT_FRAGMENT_RE.match(u_text):
                # "one trial found rosemary oil matched 2% minoxidil at six months, with less scalp itching": a
                # verbless fragment's elided subject is the subject of the clause it hangs on, and the standard
                # of its comparison that clause's comparator, never the treatment named there as one (INTERV10)
                host = _host_clause(text[sent.start:unit.start])
                hosted = _host_treatment(host, primary, text)
                if hosted is not None and hosted.key != u_int.key:
                    u_int = hosted
                    host_cmp = comparator_of(host)
                    if cmp is None and host_cmp is not None and not hosted.regex.search(host_cmp[0]) and \
                            rel in ("superior", "equivalent", "benefit"):
                        cmp = hosted_cmp = host_cmp
            if cmp is not None and u_int.regex.search(cmp[0]):
                # "rivals minoxidil": the comparator is never the intervention. The clause's subject
                # is ("Minoxidil isn't as effective as microneedling" is about minoxidil), even when
                # both arms fall under one table entry ("Red light ... than blue light")
                subj = _own_subject(u_text) or ""  # (a past-tense verb is finite too: "Rosemary oil matched", INTERV8)
                by_subject = next((c for c in (u_int, primary, *INTERVENTIONS) if subj and (
                    c.regex.search(subj) or (c is primary and _names_primary(subj, c)))
                    and cmp[0].lower() not in subj.lower()), None)
                if by_subject is not None:
                    u_int = by_subject
                elif u_int.key != (block_topic or primary).key:
                    # (a run-in heading's treatment stays the referent of its block's "It": the arm
                    # is named below by the words the article gives it, INTERV9)
                    u_int = block_topic or primary
            # a list item in lower case goes on the lead-in's sentence ("Benefits include:" /
            # "- sharper focus"): its subject is the lead-in's, never a word of the item
            other = _other_treatment(f"{lead} {u_text}" if lead and u_text[:1].islower() else u_text, primary, text,
                                     unit.start)
            # "Maggie swears sage tablets cut her flushes by half": the reported clause's own subject (INTERV12)
            reported = _reported_clause(u_text, text)
            if reported is None and unit.start > sent.start and (framed := _reported_clause(s_text, text)) is not None \
                    and abs(len(s_text) - len(framed) - (unit.start - sent.start)) <= 2:
                reported = u_text  # "Aled disagreed: black cohosh has been linked ...": the clause the report's colon opens
            # a clause's own subject that names a treatment is its treatment, on the page's or not (INTERV12)
            # (outside a report, only a sentence's own first clause opening with a capital: a lower-case fragment,
            # "allowing skin care products ...", "remove microscopic wrinkles", has no subject of its own)
            if other is None and (reported is not None or (
                    not lead and not any(c.regex.search(u_text) for c in named) and unit.start <= sent.start + 3
                    and re.match(r"[\W\d]*[A-Z]", u_text))) and (
                    r_subj := _reported_subject(reported or u_text, primary, text, unit.start)) is not None \
                    and r_subj.key != primary.key and not any(c.key == r_subj.key for c in named):
                other = r_subj
            coordinated = bool(_coordinated_predicate(text, unit.start) or (
                _COORDINATED_AUX_RE.match(u_text) and re.search(r"(?:,|\band)\s*$", text[max(0, unit.start - 6):unit.start])))
            # the clause's own subject decides: "Creatine builds strength, while the caffeine only
            # gives you a short buzz" is about caffeine
            # (a treatment named only as the comparator, "rivals minoxidil", does not count)
            # (nor one named only after a comparison word, "improved hair in far more men than saw palmetto", INTERV8)
            if other is not None and not any(c.regex.search(u_text) and not (cmp and c.regex.search(cmp[0]))
                                             and not _only_compared(c, text, unit.start, u_text) for c in named):
                u_int = carried = other  # "Lavender oil may also help hair grow" in a rosemary-oil article
            elif not named and (introduced := _introduced_by_head(s_text if coordinated else reported or u_text, text,
                                                                  sent.start, primary)) is not None:
                # "the LumaCrown red light hair helmet" ... "The helmet itself is drug-free and has no side effects"
                u_int = introduced
            elif prev_u_int is not None and coordinated:
                # "The helmet itself is drug-free and has no side effects": a verb phrase coordinated
                # without a subject of its own predicates of the first conjunct's subject
                u_int = prev_u_int
            elif carried is not None and not named and any(_is_pronoun(_subject(t)) or _OPENING_PRONOUN_RE.match(
                    _FRONTED_SETTING_RE.sub("", _LEAD_CONNECTIVE_RE.sub("", t), count=1)) for t in (u_text, reported) if t):
                # (after a fronted setting too: "In the one head-to-head trial, it grew ...", TRAP 1041)
                u_int = carried  # "Adding piperine boosts ... It also ...": the pronoun's antecedent
            elif prev_u_int is not None and _RESULT_CLAUSE_RE.match(u_text):
                # "X speeds up your metabolism, so you burn more calories": a result clause states
                # an effect of the cause in the clause before it, whoever its grammatical subject is
                u_int = prev_u_int
            label = _discourse_label(u_text)
            if u_int.key != primary.key and not u_int.regex.search(u_text) and _definite_topic(
                    _own_clause(u_text[label.end():] if label else u_text), text, unit.start, primary):
                # "the laser comb grow more hair than the fake comb": a definite description of the
                # topic is about the topic, whatever treatment a pronoun could still reach (INTERV8)
                u_int = primary
            added = _added_treatment(u_text, topic or primary, text)
            if added is not None:
                u_int = added  # "Adding microneedling makes the acid work ...": the addition with its base
            if cmp is not None and "-plus-" not in u_int.key and u_int.regex.search(cmp[0]):
                # both arms fall under one table entry ("it worked better than tretinoin" of
                # tazarotene): the entry cannot tell them apart, so the claim's arm is searched by
                # the name the article gives it
                arm = _worded(text, sent.start, sent.end, u_int, cmp[0]) or _antecedent(text, sent.start, u_int)
                arm = _noun_phrase(arm) if arm else ""
                if arm and arm.lower() != u_int.label.lower() and arm.lower() not in cmp[0].lower() and \
                        treatment_probability(arm) >= 0.5:
                    u_int = _with_synonyms(_generic_concept(arm), text)
            user = _frames._USED_TREATMENT_RE.search(u_text) if spared is not None else None
            taken_up = next((c for c in (primary, *INTERVENTIONS) if user is not None and spared is not None
                             and c.regex.search(user.group("y")) and not c.regex.search(spared.group("x"))), None)
            if taken_up is None and user is not None and treatment_probability(user.group("y")) >= 0.5 \
                    and not _is_pronoun(user.group("y").split()[0]):
                taken_up = _with_synonyms(_generic_concept(_noun_phrase(user.group("y"))), text)
            if taken_up is not None:
                u_int = taken_up
            combination = None if added is not None else (_claim_combination(u_text, u_int, text)
                                                          or _fronted_combination(u_text, topic or primary, text))
            if combination is not None:
                u_int = combination
            pair = _pair_referent(text, unit.start, u_text, primary)
            if pair is not None:
                u_int = pair
            labelled = _item_label_subject(text, unit.start, u_text, primary)
            if labelled is not None:
                u_int = labelled
            column = _column_treatment(text, unit.start, primary)
            if column is not None:
                u_int = column  # a table cell is about its column's head ("| Botox |" over "Yes, in about 2 weeks")
            # (named by the sentence's words for the arm, or by the antecedent of a pronoun or a definite
            # description, "It fades ...", "The weaker 0.025% cream ...": a clause with neither, "Works
            # below the jawline", is about the article's topic)
            # (the comparator of the sentence's previous clause is never the member its next clause is about:
            # "It is no less effective than prescription tretinoin, and with zero irritation", INTERV9)
            member = _named_member(u_int, _worded(text, sent.start, sent.end, u_int, cmp[0] if cmp else prev_cmp) or (
                _antecedent(text, sent.start, u_int) if _PRONOUN_SUBJECT_RE.search(u_text) or _DEFINITE_FORM_RE.search(
                    text[sent.start:unit.end]) else None) or "",
                cmp[0] if cmp is not None else prev_cmp or "", text) if u_int.key in _INTERVENTION_BY_KEY else None
            if member is not None:
                u_int = member  # "Retinaldehyde causes barely any of this": the member, not its class (TOPIC6)
            prev_u_int = u_int
            unit_cmp, prev_cmp = prev_cmp if cmp is None else cmp[0], cmp[0] if cmp is not None else prev_cmp
            # A list of harms is one claim about the treatment's safety (its harms are appraised
            # together, as adverse events); a list of benefits is one claim per outcome.
            harm_list = (harmful or rel == "harm") and not _RELIEF_RE.search(u_text)
            items = ([] if harm_list else _list_items(text, unit, hits)) or [(unit, unit)]
            if _GRADED_ITEM_RE.search(u_text) and (colon := u_text.find(":")) > 0:
                # "Skin: decent evidence": the label names the outcome, the grade is no object
                items = [(_Span(unit.start, unit.start + colon), unit)]
            for n, (item, qspan) in enumerate(items):
                if (qspan.start, qspan.end, item.start) in seen:
                    continue
                seen.add((qspan.start, qspan.end, item.start))
                quote = text[qspan.start:qspan.end]
                # a list item the tables do not know is its own outcome ("and tone"), never its
                # sibling's
                own_item = len(items) > 1 and not _within(hits, item.start, item.end) and _own_conjunct(
                    text[item.start:item.end])
                in_item = [] if own_item else _within(hits, item.start, item.end) or hits
                if in_item and quote.strip() != u_text.strip() and (
                        own_c := _frames.own_conjunct(u_text, quote)) != u_text and (at := u_text.find(own_c)) >= 0:
                    # (EXT7) a claim quoted as one conjunct of its unit ("works about as well as blue[, with
                    # fewer side effects]") takes its outcome from its own conjunct, never its sibling's
                    in_item = _within(in_item, unit.start + at, unit.start + at + len(own_c))
                # a denial that names its own harm ("won't cause unwanted facial hair") has its object
                own_denial = rel == "denies_harm" and _harm_key(
                    f"{lead} {text[item.start:item.end]}".strip())[0] != "adverse-effects"
                if not in_item and not own_denial and not own_item and not (
                        rel in ("benefit", "harm", "no_effect", "mechanism")
                        and (_clean_outcome_words(_predicate_object(text[item.start:item.end]))
                             # "helps you sleep", "make hair grow": the frame's own object
                             # (never the agent a pseudo-cleft focuses: "What won't help is X", OUT14)
                             or ((f_obj := _frame_outcome(text[item.start:item.end], rel))
                                 and not _cleft_agent(text[item.start:item.end], f_obj))
                             or _affected_object(text[item.start:item.end]))
                        # ("made my breath fresher than mouthwash": a comparison's own compared
                        # property, whatever its relation, QST13)
                        or _comparative_outcome(text[item.start:item.end])):
                    # another clause's outcome only when this clause names no object of its own
                    # and the outcome fits this clause's relation
                    in_item = [h for h in sent_hits if (h[2].kind == "safety") == (rel in ("harm", "denies_harm"))]
                if cmp is not None:
                    in_item = [h for h in in_item if not _compiled(h[2].patterns).fullmatch(cmp[0])
                               # (a table word inside the comparator's name, "than a basic moisturiser", OUT9)
                               and not _in_comparator(text, h, item, cmp[0])]
                # "boosts blood flow to the follicles": the noun of a prepositional phrase after the
                # object says where, the object is what changes (OUT9)
                in_item = _without_place_of(text, in_item)
                # "delivers retinol-like results": a table word used as a verb of giving whose object is
                # a result noun is a light verb; it names no outcome of its own (OUT12)
                in_item = [h for h in in_item if not _LIGHT_RESULT_VERB_RE.match(text, h[0], min(len(text), h[1] + 40))]
                # "delivering the steroid this way regrew about as much hair": a gerund with its object heads a
                # clause that says what is done, never what changes (QUEST7)
                in_item = [h for h in in_item if not _gerund_with_object(text, h[0], h[1], sent.start)]
                # "Even the gentle 0.025% tretinoin cream gives real results": a safety adjective
                # inside the subject's noun phrase describes the product; the predicate is the claim
                in_item = [h for h in in_item if not _describes_subject(text, h, item)]
                if (pop_for := _FRONTED_POPULATION_RE.match(text, item.start, item.end)) is not None:
                    # "For darker skin tones it's one of the safest ways": the people the claim holds
                    # for, never its outcome (OUT11)
                    in_item = [h for h in in_item if not (pop_for.start("np") <= h[0] and h[1] <= pop_for.end("np"))]
                if (cond := _FRONTED_CONDITION_RE.match(text[item.start:item.end])) is not None and \
                        _main_clause_object(text[item.start + cond.end():item.end]):
                    # "If you are allergic to bee stings, the cream can set off a serious reaction": a
                    # fronted condition says when the claim holds; when the main clause names its own
                    # object, the condition's words are no outcome (OUTL)
                    in_item = [h for h in in_item if h[0] >= item.start + cond.end()]
                # "the rough, scaly patches doctors call actinic keratoses": the name a naming
                # construction gives is the outcome, not the description before it (OUT10)
                named_words = ""
                if (named_span := _named_outcome(text, item.start, item.end)) is not None:
                    inside = [h for h in in_item if named_span[0] <= h[0] and h[1] <= named_span[1]]
                    in_item = inside
                    if not inside:
                        named_words = " ".join(text[named_span[0]:named_span[1]].split()).lower()
                outcome = _pick_outcome(_heads_only(text, in_item), harmful or rel == "denies_harm")
                lead_part = _FRONTED_PARTICIPLE_RE.match(text, item.start, item.end)
                object_words = _object_outside_tables(text, _Span(lead_part.end(), item.end) if lead_part else item,
                                                      outcome, in_item, rel)
                if object_words:
                    outcome = None  # "blocks DHT, the hormone behind baldness": the object, not its gloss
                ctype = _claim_type(quote, u_text, outcome, harmful)
                if rel in ("superior", "equivalent"):
                    ctype = "comparative"
                elif rel == "denies_harm":
                    ctype = "safety"
                kind = "safety" if rel in ("harm", "denies_harm") else _question_kind(ctype, outcome, harmful, u_text)
                if (rel == "benefit" and kind == "safety" and outcome is not None and outcome.key in PROBLEM_OUTCOMES
                        and _RELIEF_RE.search(u_text)):
                    kind = "efficacy"  # "eventually reducing the scars" is a benefit claim
                # a benefit on a problem a harm entry files ("help with dry, flaky winter skin", "keeps
                # the flakes from coming back") relieves that problem: an efficacy question in the
                # claim's own words, the entry's terms still searched (OUT10)
                relieved = _relieved_problem(text, item, in_item, outcome) if (
                    rel == "benefit" and outcome is not None and outcome.kind == "safety"
                    and outcome.key != "adverse-effects" and (_RELIEF_RE.search(text, item.start, item.end)
                                                              or _RELIEVING_RE.search(text, unit.start, item.end))) else ""
                if relieved:
                    kind = "efficacy"
                denied_words = harm_said = ""
                if rel == "denies_harm" and (outcome is None or outcome.kind != "safety" or outcome.key == "adverse-effects"):
                    # the harm the sentence denies is the outcome ("won't cause breakouts" -> acne)
                    picked = outcome
                    key, denied_words = _harm_key(f"{lead} {quote}")
                    if denied_words and _is_treatment_np(denied_words):
                        # "drug-free", "free of chemicals": what the product is without is a treatment,
                        # never a harm denied; the denial is read from the rest of the clause (OUT14)
                        key, denied_words = _harm_key(_TREATMENT_FREE_RE.sub(
                            lambda m: "" if _is_treatment_np(m.group("x") or m.group("y")) else m.group(0), f"{lead} {quote}"))
                    if key == "adverse-effects" and picked is not None and picked.key != "adverse-effects" and \
                            (picked.kind == "safety" or picked.key in PROBLEM_OUTCOMES) and \
                            _in_denied_scope(text, item, in_item, picked):
                        # "so it won't trigger dark spots": the specific state the denied predicate
                        # names beats the generic label; that is the outcome only when nothing more
                        # specific is named (OUT12)
                        key, denied_words = picked.key, ""
                    if key is None and denied_words and _GENERIC_HARM_LABEL_RE.fullmatch(
                            _LEADING_DET_RE.sub("", " ".join(denied_words.split()))):
                        # (QUEST7) a harm denied only in general words ("no bad reaction") is harms in general
                        key, denied_words = "adverse-effects", ""
                    if key is not None:
                        outcome = _OUTCOME_BY_KEY[key]
                    elif denied_words:
                        outcome = None
                    if key == "adverse-effects" and (affected := _affected_by(text[item.start:item.end])):
                        # "won't affect your heart or blood pressure": a neutral verb of change denied
                        # of a named object denies harm to that object, not harms in general (OUT10)
                        if picked is not None and picked.key != "adverse-effects" and picked.regex.search(affected):
                            outcome = picked
                        else:
                            outcome, denied_words = None, affected
                if outcome is not None and outcome.key == "adverse-effects" and (rel in ("harm", "denies_harm") or kind == "safety") and (
                        own_harm := _own_harm_words(f"{lead} {text[item.start:item.end]}".strip())):
                    harm_said = own_harm  # "does not leave you groggy": grogginess, not harms in general
                if harm_lead and (outcome is None or outcome.kind != "safety" or outcome.key == "adverse-effects") and (
                        symptom := _symptom_head(text[item.start:item.end])):
                    # an item under a harm lead-in is a harm in its own words: the symptom phrase's
                    # head, searched beside the umbrella entry's terms (OUT11)
                    outcome, harm_said, kind = _OUTCOME_BY_KEY["adverse-effects"], symptom, "safety"
                if outcome is not None and outcome.key == "adverse-effects" and rel == "benefit" and \
                        _LOWER_RISK_OF_RE.search(u_text):
                    outcome = None  # "a lower risk of heart disease": the benefit's object, not harms in general
                if rel in ("superior", "equivalent") and cmp is not None and _TOLERANCE_RE.search(cmp[1]):
                    # "better tolerated than", "gentler than", "safer than": the comparison is of harms
                    outcome, kind = _OUTCOME_BY_KEY["adverse-effects"], "safety"
                # "For dandruff, X is one of the most effective products": a fronted purpose
                # adjunct names what the claim is about
                fronted = _FRONTED_FOR_RE.match(text, item.start, item.end)
                fronted_np = fronted.group("np").lower() if fronted and not _PERSON_HEAD_RE.search(
                    fronted.group("np")) and _clean_outcome_words(fronted.group("np")) else ""
                if fronted_np and outcome is not None and outcome.kind == "safety" and rel not in ("harm", "denies_harm"):
                    # "For flakes, X is no better than water": the fronted purpose is what is compared,
                    # not the harm a table files its word under (OUT9)
                    outcome, kind = None, "efficacy"
                purpose = _comparator_purpose(cmp[0]) if cmp is not None and outcome is None else ""
                # with no outcome of its own, of its paragraph or of its article, a comparison is made
                # on what the comparator is used for in the article (QST12)
                cmp_use = _comparator_use(text, sents, cmp[0], sent.start) if (
                    outcome is None and rel in ("superior", "equivalent") and cmp is not None
                    and not (para_outcome or local_main or purpose)) else None
                borrowed = False
                if cmp_use is None and outcome is None and rel in ("superior", "equivalent") and cmp is not None \
                        and not (para_outcome or local_main or purpose):
                    # with no main outcome the article names, a new heading or paragraph leaves an
                    # elliptical comparison ("works just as well as tretinoin") about the benefit the
                    # article first claimed for its treatment, not about nothing (FIX21)
                    cmp_use = first_outcome
                if outcome is None and rel in ("superior", "equivalent") and (para_outcome or local_main or cmp_use) and not (
                        _frame_outcome(text[item.start:item.end], rel)) and not fronted_np and not purpose and \
                        not _caused_change(text[item.start:item.end]) and \
                        not _affected_object(text[item.start:item.end]) and \
                        not _comparative_outcome(text[item.start:item.end]):
                    # ("my mouth feels cleaner than after brushing": a comparative predicated of a
                    # noun names the property compared, its own outcome, QST13)
                    # "X works as well as Y" names no outcome: an elliptical comparison is about the
                    # benefit its paragraph just claimed ("... clears acne. It is just as effective
                    # as benzoyl peroxide"), else the article's main one
                    outcome = para_outcome or local_main or cmp_use
                    borrowed = True  # (QUEST5) an outcome of the discourse, not of the claim's own words
                # "Little bit swollen, totally normal, it goes down by the next morning": a pronoun that a
                # state subsides names the state its sentence just named (OUT12)
                # "Pooled across controlled trials, injections ... raised hair density": a fronted
                # participle clause is an adjunct of the main clause, whose object is the outcome (QST13)
                whole_item = item
                if outcome is None and lead_part is not None:
                    item = _Span(lead_part.end(), item.end)
                owords = "" if outcome else _anaphoric_state(text, sent.start, item.start, item.end) or \
                    named_words or object_words or denied_words or fronted_np or purpose or \
                    _measured_activity(text[item.start:item.end]) or \
                    _endorsed_purpose(text[item.start:item.end]) or _mass_change(text[item.start:item.end]) or \
                    _grown_object(text[item.start:item.end]) or \
                    _own_clause_object(text[item.start:item.end], rel) or _affected_object(text[item.start:item.end]) or \
                    _experienced(text[item.start:item.end]) or _share_object(text[item.start:item.end]) or \
                    _comparative_outcome(text[item.start:item.end]) or \
                    _caused_change(text[item.start:item.end]) or _changed_subject(text[item.start:item.end]) or \
                    _help_object(text[item.start:item.end]) or _particle_object(text[item.start:item.end]) or \
                    _frame_outcome(text[item.start:item.end], rel) or (
                    "" if rel in ("superior", "equivalent") else _predicate_object(text[item.start:item.end])
                    or _association_object(text[item.start:item.end]) or _object_phrase(text[item.start:item.end])) or shared
                if not outcome and (entry := _degree_outcome(text[item.start:item.end])):
                    # "increases how much of a product gets into the skin": product penetration, how it works (NEG15)
                    owords = entry
                    if kind == "efficacy":
                        ctype = kind = "mechanism"
                if lead and not outcome and not _clean_outcome_words(owords):
                    owords = _item_noun_phrase(text[item.start:item.end]) or owords
                item = whole_item
                owords = _LEADING_DET_RE.sub("", owords)  # "my shedding" -> "shedding"
                if re.fullmatch(r"[a-z]{3,}[^aeoy\W]y", owords) and owords not in _NOT_STATE_Y and re.search(
                        rf"\b(?:less|more|fewer)\s+{re.escape(owords)}\b", text[item.start:item.end], re.I):
                    # "wake up less groggy": a degree word before an adjective in -y compares the state
                    # it names, grogginess (QST13)
                    owords = _state_noun(owords)
                # a comparison adjunct ends the noun phrase ("hair density compared with saline", QST13)
                owords = re.sub(r"\s+(?:compared|relative|versus|vs\.?)(?:\s.*)?$", "", owords, flags=re.I)
                # the phrase ends before a preposition's adjunct ("dry after first" -> dry; "around" alone
                # leaves nothing: no outcome), but "into" after a verb of change opens the state it
                # results in ("thickens into coarse beard hair") (OUT12)
                owords = re.sub(r"^into\s+", "", owords, flags=re.I)
                if _clean_outcome_words(owords):  # (leftovers stay whole, to be refused: "show within 2")
                    owords = " ".join(itertools.takewhile(lambda w: w.lower() not in _PREPOSITION_WORDS, owords.split()))
                owords = (_seen_before_place(text[item.start:item.end], owords) if owords else "") or owords
                # "make kidney problems worse": the comparative is the verb's complement, not the noun's
                owords = re.sub(r"\s+(?:worse|better|more|less)$", "", owords)
                # a focus adverb ("helps your brain too") is no part of the noun phrase
                owords = re.sub(r"\s+(?:too|also|as\s+well|either|again)$", "", owords)
                # (QUEST6) nor is an adverb of time ("a tan you already have" -> tan)
                owords = re.sub(r"(?<=\w)(?:\s+(?:already|yet|still|now|again|later|anymore|any\s+more))+$", "", owords)
                owords = re.sub(r"(?<=\w)\s+[a-z]+ly$", "", owords)  # "stop my painkillers completely" (OUT9)
                if outcome is None:
                    owords = _measured_noun(text[item.start:item.end], owords)
                    # "better sleep": the noun a comparative modifies, with the property it measures
                    owords = _attributive_property(owords)
                    if rel == "benefit" and kind == "safety" and _MEASURE_OF_RE.search(text, item.start, item.end):
                        kind = "efficacy"  # "cuts your risk of catching a cold": a benefit on colds
                # (a denial in the same clause names its own harm: "makes you stronger, it does not damage kidneys")
                bare = outcome is None and not denied_words and rel not in ("harm", "denies_harm") and (
                    _bare_complement(text[item.start:item.end])
                    or bool(owords) and _manner_comparative(text[item.start:item.end], owords))
                if bare and (prop := _person_property(text[item.start:item.end])):
                    owords, bare = prop, False  # "makes you stronger": strength, the property it compares (OUTL)
                if bare:
                    owords = ""  # "keeps you full": an adjective names no outcome; the article's main one
                if outcome is None and owords and (standard := _frames.comparator_of(text[item.start:item.end])) and \
                        _frames.same_head(owords, standard[0]):
                    # "both strengths beat a dummy lotion": the comparator is no outcome; "beat X on hair counts"
                    # names it after the comparator, as any comparison does (JUNK15)
                    owords = _frame_outcome(text[item.start:item.end], "superior")
                if outcome is None and _cleft_agent(text[item.start:item.end], owords):
                    # the focused agent is no outcome: a colon's elaboration says what it fails or
                    # works on ("won't help is a home light panel: ... does nothing for X", OUT14)
                    rest = text[item.end:sent.end]
                    rest = rest.lstrip(" :;–—-") if re.match(r"\s*[:;–—]", rest) else ""
                    owords = (_affected_object(rest) or _frame_outcome(rest, rel)) if rest else ""
                main = None
                inherited = False  # an elliptical claim's outcome is its paragraph's, never a new antecedent
                if outcome is None and (not _clean_outcome_words(owords) or any(
                        c.regex.search(owords) for c in (u_int, primary, *INTERVENTIONS))
                        # (QUEST7) nor a product's name ("a side effect from a vitamin C cream": the cream)
                        or _is_treatment_np(owords)
                        or _cleft_agent(text[item.start:item.end], owords)):
                    # prose leftovers, or a treatment's own name ("results from a vitamin C serum
                    # last"), never become an outcome: the main question or nothing
                    owords = ""
                    if rel == "harm" and kind == "safety":
                        # a harm with no words of its own is a claim about the treatment's harms,
                        # never about its benefit (that would put the verdict on the wrong side)
                        outcome = _OUTCOME_BY_KEY["adverse-effects"]
                    elif (local_main is not None or (para_outcome is not None and _RESULT_ANAPHOR_RE.search(
                            text, item.start, item.end))) and kind == "efficacy" and rel in (
                            "benefit", "no_effect", "superior", "equivalent"):
                        outcome = local_main  # the article's (or section's) main question: its treatment and main outcome
                        if para_outcome is not None and _RESULT_ANAPHOR_RE.search(text, item.start, item.end):
                            # "the difference was gone": a definite noun of result refers back to the
                            # result its paragraph just reported, not the article's main one (OUT10)
                            outcome = para_outcome
                        inherited = True  # (nor is an inherited outcome a new antecedent: "And it wears off")
                    else:
                        main = _main_question(questions, tuple(new_questions.values()), u_int, local_main,
                                              [c.claim.question_id for c in out])
                        if main is None:
                            # (QUEST6) with no question to anchor it, the clause's own reading by the frame, when it
                            # can stand as an outcome ("participants saw 40% less shedding" -> shedding), else no claim
                            own_frame = parse_frame(text[item.start:item.end], topic=primary.label,
                                                    topic_norm=primary.label, intervention=u_int.label,
                                                    intervention_norm=u_int.label, quote=text[item.start:item.end])
                            own_words = own_frame.outcome or ""
                            if _in_standard(own_words, text[item.start:item.end]):
                                # (QUEST7) the comparator the frame read is no outcome: what the arms are
                                # compared on, when the comparison says it ("no better for your hair than X")
                                own_words = _comparison_for(text[item.start:item.end])
                            if not _standing_outcome(own_words, (u_int, primary, *INTERVENTIONS)) or \
                                    _GENERIC_HARM_LABEL_RE.fullmatch(own_words):
                                continue
                            owords = _LEADING_DET_RE.sub("", " ".join(own_words.split()).lower())
                # a table outcome the claim names in other words ("brighter complexion" under
                # pigmentation, "cartilage" under joint pain) keeps the claim's words as its label,
                # and a question is reused only if it asks about those words
                said = ""
                if outcome is not None and rel not in ("harm", "denies_harm") and outcome.kind != "mechanism":
                    said = _said_outcome(text, item, outcome, in_item)
                    said = said if _loose_fit(said, outcome) else _predicated_property(text, item, outcome, in_item)
                if outcome is not None and not said and (rel != "denies_harm" or _coordinated_harms(text, item, in_item, distinct=False)):
                    said = _specific_harms(text, item, outcome, in_item)
                    # "made my skin itchy and flaky": the symptoms' nouns, itching and flaking (OUT10)
                    said = _symptom_nouns(said, outcome) if said else said
                if said and (_is_treatment_np(said) or any(c.regex.search(said) for c in (u_int, primary))):
                    # (QUEST7) a product is never the outcome: the words read beside the entry's word that
                    # name a treatment ("once the numbing cream wears off") leave the entry's own label
                    said = ""
                if outcome is not None and outcome.kind == "safety" and kind == "safety" and not said and \
                        (several := _coordinated_harms(text, item, in_item)) is not None:
                    # "causes some redness and flaking": one safety claim on every harm it lists, in
                    # its words, each entry's terms searched (OUT10)
                    outcome, said = several, several.label
                if relieved:
                    said = relieved
                if outcome is not None and outcome.key == "adverse-effects" and kind == "safety" and not harm_said:
                    harm_said = _own_harm_words(f"{lead} {text[item.start:item.end]}".strip())
                if harm_said:
                    # the harm in the claim's own words ("liver injury", "grogginess", "lid
                    # discolouration"), searched beside the umbrella entry's terms
                    said = harm_said
                if outcome is not None and not said and outcome.kind != "safety":
                    outcome = _as_worded(outcome, text, item, in_item, labels)
                timed = _frames._duration(text[item.start:item.end]) is not None
                question = _match_question(questions, u_int, None if said else outcome.key if outcome else None,
                                           said or owords, kind, home, comparative=ctype == "comparative",
                                           population=sent_population, duration=timed)
                mains = False  # (QUEST6) the claim names no outcome of its own words: the main question's
                if outcome is None and not owords:
                    mains = question is None and main is not None
                    question = question or main
                new_q = None
                fresh = False  # a question this claim itself proposed (withdrawn if the frame asks another)
                if question is not None and question.question_id in new_questions:
                    new_q, question = question, None  # this article's main question, proposed here
                elif question is None:
                    # (a table word used as the verb, "lightens the spots", is no name for the outcome, OUT14)
                    worded = next((" ".join(text[x:y].split()).lower() for x, y, c in in_item
                                   if c is outcome and not _verb_on_object(text, x, y)), None)
                    if worded is None and outcome is not None and (m_o := next((
                            m for m in outcome.regex.finditer(quote) if not _verb_on_object(quote, m.start(), m.end())),
                            None)):
                        worded = " ".join(m_o.group(0).split()).lower()  # the claim's own name for it
                    new_q = _new_question(u_int, outcome, owords, kind, worded, said, backoff=local_main,
                                          name=_article_name(u_int, text))
                    new_q = _unclashed(new_q, existing_ids)
                    fresh = new_q.question_id not in new_questions
                    new_q = new_questions.setdefault(new_q.question_id, new_q)
                why = [*reasons, f"list item {n + 1} of {len(items)}"] if len(items) > 1 else list(reasons)
                target = question or new_q
                assert target is not None
                if lead:
                    ftext = f"{lead} {quote}".strip()
                elif len(items) > 1 and rel == "denies_harm":
                    # a denial in a list is read with the words its list shares (subject and
                    # verb), never with its sibling items' harms: "It is suitable for sensitive
                    # scalps and safe for daily use" denies no irritation in "safe for daily use"
                    ftext = text[unit.start:items[0][0].start] + text[item.start:item.end]
                else:
                    ftext = quote if len(quote) > 0.6 * len(u_text) else u_text
                frame = parse_frame(
                    ftext,
                    topic=primary.label, topic_norm=primary.label,
                    intervention=_worded(text, sent.start, sent.end, u_int, cmp[0] if cmp else unit_cmp)
                    or _antecedent(text, sent.start, u_int) or u_int.label, intervention_norm=u_int.label,
                    outcome=said or (outcome.label if outcome else (owords or (target.outcome if bare else None))),
                    outcome_kind=outcome.kind if outcome else None, quote=quote)
                frame = _antecedent_exposure(frame, text[sent.start:unit.start])
                frame = _answered_exposure(frame, text[sent.start:sent.end], text[max(0, sent.start - 300):sent.start])
                if mains and not _standing_outcome(frame.outcome, (u_int, primary, *INTERVENTIONS)):
                    # (QUEST6) a claim that names no outcome the rules can stand by is asked on the article's
                    # main question, and its frame carries that question's outcome, never the prose leftover
                    # the frame's own reading finds ("the trials disagree", "stronger evidence behind it")
                    frame = dataclasses.replace(frame, outcome=target.outcome)
                else:
                    mains = False
                # strength is the quote's own; a lead-in passes on only its hedge ("may help:"),
                # never its purpose ("aimed at eliminating:")
                strength = strength_of(quote)  # the quote's own wording, not its neighbours
                answer = next((article.text[x:y] for x, y, a, b in answered if a <= qspan.start < b), None)
                if answer is not None:
                    # the answer's own wording: "Absolutely." / "Not at all." leave no room
                    strength = _answer_strength(answer, frame.relation)
                if lead and strength_of(lead) == "hedged":
                    strength = "hedged"
                # the report's scope ends at a contrast ("Some athletes claim X, but there is no evidence ...")
                before = text[max(sent.start, qspan.start - _SENTENCE_CONTEXT):qspan.start]
                reported_prefix = _frames.clause_after_contrast(before)
                if strength != "absolute" and (_REPORTED_RE.search(reported_prefix + quote[:50]) or _frames.reported_before(
                        before, quote) or _frames.trailing_hedge(text[qspan.end:min(sent.end, qspan.end + _SENTENCE_CONTEXT)])):
                    strength = "hedged"  # "Users on forums report that ...": the article reports, not asserts
                # a population the quote leaves unsaid comes from the discourse before it (a study description)
                frame = dataclasses.replace(frame, strength=strength, population=frame.population or _frames.context_population(
                    text[max(0, text.rfind("\n\n", 0, sent.start), qspan.start - _PARAGRAPH_CONTEXT):qspan.start], quote))
                if (inherited or (outcome is None and not owords)) and _LASTING_RE.match(text, item.start, item.end) \
                        and rel == "benefit":
                    # "Results last up to 6 months": how long the article's main result lasts (OUT12)
                    frame = dataclasses.replace(frame, outcome=f"durability of {outcome.label if outcome else target.outcome}")
                specific = said or (outcome.label if outcome is not None and outcome.key != "adverse-effects" else owords)
                if frame.outcome and _GENERIC_HARM_LABEL_RE.fullmatch(frame.outcome) and specific and \
                        not _GENERIC_HARM_LABEL_RE.fullmatch(specific) and (_said_in(specific, f"{lead} {quote}") or (
                            # (QUEST7) an interaction is named by its structure, not its words ("safe to take
                            # alongside other medicines")
                            specific == said == "drug interactions")):
                    # the frame's generic harm label yields to the specific state the clause names
                    # ("will not leave your scalp itchy or flaky" -> itching and flaking, OUT12)
                    frame = dataclasses.replace(frame, outcome=specific)
                if frame.outcome and outcome is not None and outcome.key == "adverse-effects" and not said and \
                        _GENERIC_HARM_LABEL_RE.fullmatch(_LEADING_DET_RE.sub("", " ".join(frame.outcome.split()))):
                    # (QUEST7) a harm named only in general words ("none of the risk", "no bad reaction") is the
                    # umbrella entry's: its label, never the general word
                    frame = dataclasses.replace(frame, outcome=outcome.label)
                if frame.outcome and frame.relation == "denies_harm" and _is_treatment_np(frame.outcome) and (
                        specific or outcome is not None):
                    # "drug-free": a treatment the product lacks is no harm it denies (OUT14)
                    frame = dataclasses.replace(frame, outcome=specific or (outcome.label if outcome else frame.outcome))
                if harm_lead and frame.relation in ("benefit", "mechanism"):
                    # the lead-in's claim, not the item's own words ("- a slow or irregular pulse"
                    # under "Side effects:" is no benefit of slowing): a harm (OUT11)
                    frame = dataclasses.replace(frame, relation="harm")
                if frame.relation == "denies_harm" and not frame.comparator and unit_cmp and re.match(r"\W*without\b", u_text, re.I):
                    # "regrows hair as well as minoxidil, without the itchy scalp": a "without" adjunct after a
                    # comparison denies the harm the comparator brings, so the comparator is that arm
                    frame = dataclasses.replace(frame, comparator=unit_cmp, comparator_norm=unit_cmp)
                if hosted_cmp is not None and frame.relation in ("benefit", "superior", "equivalent") and not frame.comparator:
                    # (INTERV10) ", with less scalp itching" after "rosemary oil matched 2% minoxidil": the host's standard
                    frame = dataclasses.replace(frame, relation="superior" if frame.relation == "benefit" else frame.relation,
                                                comparator=hosted_cmp[0], comparator_norm=hosted_cmp[0])
                if frame.relation in ("benefit", "superior") and not frame.comparator and unit_cmp and _ELIDED_STANDARD_RE.search(u_text):
                    # (SPLIT7) "smooths crow's feet as well as tretinoin and irritates far less": a comparative that
                    # ends its clause has its standard elided, the comparator of the clause it is coordinated with
                    # (once its own sentence's boundary is found, the coordinated clause is read as it is written;
                    # since FRAME9 the polarity reader may already read the elided standard as superiority: it takes
                    # the same comparator)
                    frame = dataclasses.replace(frame, relation="superior", comparator=unit_cmp, comparator_norm=unit_cmp)
                # a question proposed on harms in general, for a harm the frame names ("A little tingle is normal")
                generic_harm = outcome is not None and outcome.key == "adverse-effects" and kind == "safety" and \
                    target.question_id.startswith("auto-") and bool(_GENERIC_HARM_LABEL_RE.fullmatch(target.outcome.strip()))
                if ((outcome is None and owords) or generic_harm or borrowed) and not said and (
                        framed := _frame_question_outcome(frame.outcome, target, (u_int, primary, *INTERVENTIONS),
                                                          text[item.start:item.end])):
                    # (QUEST5) the question asks what the claim's frame says: a claim in its own words, or one
                    # filed under harms in general, whose frame reads another outcome of its own ("no clear drop in
                    # lesion counts": lesion counts, not "drop"; "a little tingle": tingling, not adverse effects) is
                    # tested by a question on that outcome, reused only when it asks the same; so is an elliptical
                    # claim given its paragraph's or article's outcome when its frame reads one of its own ("X has
                    # much less downtime than laser": downtime, not the skin texture its paragraph was about). A claim
                    # the rules found no words of its own for keeps the article's main question ("it did nothing for
                    # my chin": where it was used, not what it was for)
                    if fresh and new_q is not None:
                        new_questions.pop(new_q.question_id, None)
                    question, new_q = _requestion(questions, new_questions, u_int, framed, kind, home,
                                                  comparative=ctype == "comparative", population=sent_population,
                                                  duration=timed)
                    if question is None and new_q is None:
                        new_q = _proposed(_new_question(u_int, None, framed, kind, backoff=local_main,
                                                        name=_article_name(u_int, text)), existing_ids, new_questions)
                    target = question or new_q
                    assert target is not None
                elif outcome is not None and not said and not mains and (
                        clause_words := _clause_own_outcome(frame.outcome, target, quote, (u_int, primary, *INTERVENTIONS))):
                    # (QUEST6) a claim filed under a table entry whose frame reads a state of its own, in the
                    # clause's own words, that the question does not ask ("my scalp stopped itching" under skin
                    # irritation, "fuller lashes" under a follicle question) is asked on that state: the entry's
                    # terms are still searched, the question is reused only when it asks the same words
                    if fresh and new_q is not None:
                        new_questions.pop(new_q.question_id, None)
                    question, new_q = _requestion(questions, new_questions, u_int, clause_words, kind, home,
                                                  comparative=ctype == "comparative", population=sent_population,
                                                  duration=timed)
                    if question is None and new_q is None:
                        new_q = _proposed(_new_question(u_int, outcome, "", kind, None, clause_words, backoff=local_main,
                                                        name=_article_name(u_int, text)), existing_ids, new_questions)
                    target = question or new_q
                    assert target is not None
                    said = clause_words
                stance = _stance_of_relation(frame.relation, target, _stance(quote, target))
                claim = Claim(
                    claim_id="", article=article.name, quote=quote, start=qspan.start, end=qspan.end,
                    claim=_with_amount(_normalised_claim(
                        u_int, dataclasses.replace(outcome, label=said) if said and outcome else outcome,
                        quote, target.kind, strength, stance, target.outcome,
                        compared=(frame.relation, frame.comparator)), outcome, stance, frame),
                    question_id=target.question_id, claim_type=ctype, strength=strength,  # type: ignore[arg-type]
                    origin="auto", stance=stance, frame=frame)  # type: ignore[arg-type]
                out.append(Candidate(claim, score, tuple(why), new_q))
                if mains:
                    on_main_ids.add(id(out[-1]))
                if rel == "benefit" and outcome is not None and outcome.kind == "efficacy" and not inherited:
                    para_outcome = outcome
                if rel == "benefit" and first_outcome is None and not inherited and (
                        outcome is not None and outcome.kind == "efficacy" or (
                            outcome is None and owords and _clean_outcome_words(owords))):
                    # the first benefit the article claims, in a table's terms or its own words
                    first_outcome = outcome or dataclasses.replace(_generic_concept(owords), label=owords)
    if answered:
        restored = [_restored(c, article.text, answered) for c in out]
        on_main_ids |= {id(r) for c, r in zip(out, restored) if id(c) in on_main_ids}
        # the restated question's clauses all fall on the one answer: keep its first
        out = [c for i, c in enumerate(restored)
               if all(_outcome_key(d) != _outcome_key(c) for d in restored[:i])]
    if on_main is not None:
        on_main.update((c.claim.start, c.claim.end) for c in out if id(c) in on_main_ids)
    out.sort(key=lambda c: (c.claim.start, c.claim.end))
    return [_with_id(c, f"auto-{stem}-{i:02d}") for i, c in enumerate(out, 1)]


# (QST13) A participle clause fronted before the subject ("Pooled across controlled trials, ...",
# "Compared with my usual mouthwash, ..."): a preposition follows the participle and a comma ends it.
_FRONTED_PARTICIPLE_RE = re.compile(r"\W*[A-Za-z]{3,}(?:ed|ing)\s+(?:across|over|from|in|on|with|by|after|for|"
                                    r"through|among|at|to)\s+[^,;:.!?]{1,80},\s*(?=\S)", re.I)

_WRITER_LEAD_RE = re.compile(r"^\W*(?:we|I)\s+(?:[a-z]+\s+){0,2}?[a-z]+\b[^:]*:\s*$", re.I)


_FINDING_HEADLINE_RE = re.compile(r"\b(?:stud(?:y|ies)|trials?|research|review|scientists|researchers|data)\s+"
                                  r"(?:finds?|shows?|reveals?|suggests?|confirms?|proves?|demonstrates?)\s+\S", re.I)


def _diary_observation(text: str, sents: Sequence[_Sentence], si: int, unit: _Span) -> bool:
    """Is `unit` the opening of a diary entry labelled on its own line by its day ("Day 12: Already a
    full head of baby hairs.") and without a verb of its own, the writer's observation that day (REC13)?"""
    if si == 0 or unit.start != sents[si].start:
        return False
    label = sents[si - 1]
    if not (label.heading and label.line_start == sents[si].line_start
            and _DIARY_LABEL_RE.fullmatch(text, label.start, label.end)):
        return False
    body = text[unit.start:unit.end]
    return not (effect_verbs(body) or _CLAUSE_ITEM_RE.search(body) or _FIRST_PERSON_RE.search(body)
                or re.match(r"\W*[A-Za-z]+ed\b", body))


def _item_noun_phrase(item_text: str) -> str:
    """A verbless list item under a lead-in ("What the foam does for you:" / "- visible regrowth in
    as little as two weeks") is the object of the lead-in's predicate: its noun phrase, up to the
    first preposition or comma, is what changes (REC13). Empty when the item has a verb."""
    if effect_verbs(item_text) or _CLAUSE_ITEM_RE.search(item_text) or _COMPARATIVE_BEFORE_RE.match(
            item_text.split()[0] + " " if item_text.split() else ""):
        return ""  # (a comparative, "thicker, fuller-looking hair", is a verbless result read as before)
    words = itertools.takewhile(lambda w: w.lower() not in _PREPOSITION_WORDS | {"in", "on", "at", "for", "of", "to",
                                                                                 "with", "from"},
                                re.split(r"\s+", re.split(r"[,;:(]", item_text, maxsplit=1)[0].strip()))
    return " ".join(words)


def _coverage_list(before: str, unit_text: str) -> bool:
    """Noun phrases after a colon whose lead-in is the writer's own act ("We looked at the two most
    popular home devices: ..."): they say what the article covers, not what a treatment does. A
    lead-in with an effect verb, or a list with a finite verb of its own, is something else."""
    if not _WRITER_LEAD_RE.match(before) or effect_verbs(before):
        return False
    return not _CLAUSE_ITEM_RE.search(unit_text) and not _THIRD_PERSON_VERB_RE.search(unit_text) and all(
        v.group(0).lower().endswith("ing") for v in effect_verbs(unit_text))


# History tells how long or where a treatment has been used or how it began, by tense and a
# time span or an origin adverb ("has long been popular", "was originally invented",
# "has been used ... for thousands of years"); it asserts no effect.
_HISTORY_RE = re.compile(
    r"\b(?:(?:has|have)\s+(?:long\s+)?been\s+(?:\w+ly\s+)?(?:used|popular|prized|valued|known|sold|prescribed|"
    r"taken|applied)\b[^.;]*?\b(?:for|since)\s+(?:(?:around|about|over|nearly|almost|some)\s+)?(?:centuries|decades|"
    r"generations|thousands|hundreds|[\d,]+\s+years|many\s+years|years|ages|the\s+\d{4}s?|ancient)"
    r"|(?:was|were)\s+(?:first|originally|initially)\s+(?:\w+\s+)?(?:used|invented|developed|discovered|introduced|"
    r"designed|made|approved)"
    r"|(?:has|have)\s+long\s+been)\b", re.I)


# A disclaimer limits the article's own claims: a negated cure ("not a cure for the common
# cold"), "results vary", "no treatment can promise a cure" (frames._DISCLAIMER_RE: "not a miracle").
_DISCLAIMER_EXTRA_RE = re.compile(
    r"\b(?:(?:is|are)\s*(?:n['’]t|\s+not)\s+(?:a|an|the)\s+(?:\w+\s+)?cure|results?\s+(?:will\s+|may\s+|can\s+)?vary|"
    r"no\s+(?:\w+\s+)?(?:treatment|product|supplement|cream|device)\s+can\s+(?:promise|guarantee)|"
    # the regulatory disclaimer: "not intended to diagnose, treat, cure or prevent any disease"
    r"not\s+intended\s+to\s+(?:diagnose|treat|cure|prevent)|"
    # a negated universal ("will not fix everything", "is not for everyone") limits, never claims
    r"(?:will|does|do|can|is|are)\s*(?:n['’]t|\s+not)\s+(?:\w+\s+)?(?:everything|everyone|everybody|all\s+\w+))\b", re.I)
_NEGATED_RE = re.compile(r"\b(?:not|never|no|cannot|won['’]t|can['’]t|isn['’]t|aren['’]t|doesn['’]t|don['’]t)\b", re.I)


def _limits_claim(unit_text: str) -> bool:
    """In a sentence with a disclaimer, the units that carry it: the disclaimer itself and the
    negated promises joined to it ("and it will not bring back a receding hairline")."""
    if _DISCLAIMER_RE.search(unit_text) or _DISCLAIMER_EXTRA_RE.search(unit_text):
        return True
    # the negated promises joined to it ("and it will not ...") limit it too; a universal
    # negative ("no gummy will treat pattern baldness") is a claim of its own
    return bool(_NEGATED_RE.search(unit_text)) and not re.match(r"\W*(?:no|none|nothing|neither)\b", unit_text, re.I)


# Belief verbs (not verbs of saying) report what others hold: "Many people think ...", "A common
# fear is that ...", "the internet concluded that ...".
_BELIEF_RE = re.compile(
    r"(?:^|[,;:]\s+(?:and|but)?\s*|\b(?:and|but)\s+)(?:[\w'’-]+\s+){1,4}(?:assume[sd]?|think|thinks|thought|believe[sd]?|"
    r"worr(?:y|ies|ied)|fear(?:s|ed)?|concluded?|promise[sd]?|"
    # hearsay: what the reader has read or been told ("You may have read that ...")
    r"(?:have|has|had|['’]ve)\s+(?:\w+\s+)?(?:read|heard|been\s+told)|(?:was|were)\s+told)\s+(?:that\s+)?"
    # a "Myth:" label presents what follows as a belief
    r"|^\W*myths?\s*[:–—-]\s*"
    r"|\b(?:a|the|another|one)\s+(?:common\s+|popular\s+|widespread\s+)?(?:fear|belief|myth|misconception|worry|"
    r"assumption|line|promise|idea|notion|story)\s+(?:is\s+that|says|goes|holds)\s+", re.I)
# A rebuttal opens the next sentence with a denial or a correction ("It won't.", "That fear is
# unfounded", "In fact, ..."), or follows within the sentence after "but".
_REBUTTAL_RE = re.compile(
    r"^\W*(?:(?:[\w'’-]+\s+){0,4}(?:not|no|never|won['’]t|isn['’]t|doesn['’]t|unfounded|wrong|false|untrue|myth)\b|"
    r"in\s+fact\b|actually\b|in\s+reality\b|(?:the\s+)?truth\s+is\b|(?:facts?|truth|reality)\s*:)", re.I)


# How far around a claim its scoping context is read: a report frame ("X says that"), a contrast or a
# rebuttal lies within about a hundred words of the claim, a study description within its paragraph. A
# "sentence" longer than that is a pasted page without full stops, and reading all of it again for each of
# its claims made extraction quadratic in its length.
_SENTENCE_CONTEXT = 600
_PARAGRAPH_CONTEXT = 2000


# a relative clause on a whole report that denies its truth ("..., which is not how hair works", "which isn't true")
_SENTENTIAL_DENIAL_RE = re.compile(r"\s*,\s*which\s+(?:(?:is|was)(?:\s+(?:simply|just|certainly|of\s+course))?\s+not|"
                                   r"isn['’]t|wasn['’]t)\s+(?:(?:at\s+all|quite|really)\s+)?(?:how|what|true|the\s+case|"
                                   r"possible|right|correct|realistic|accurate)\b", re.I)


def _rebutted_belief(upto_unit: str, rest_of_sentence: str, next_sentence: str) -> bool:
    """Is the unit ending `upto_unit` a belief the article reports and then denies?"""
    if next_sentence.startswith(_REBUTTAL_RESTATED) and _REPORTED_BELIEF_RE.match(upto_unit + rest_of_sentence):
        return True  # "Some say X. It doesn't.": the elliptical reply, restated, is the claim (TRAP8)
    if _SENTENTIAL_DENIAL_RE.match(rest_of_sentence) and re.search(
            r"\b(?:says?|said|swears?|swore|claims?|claimed|insists?|insisted)\b", upto_unit, re.I):
        return True  # "X swears hers grew two inches, which is not how hair works": denied in the same sentence (REC15)
    if not _BELIEF_RE.search(upto_unit):
        return False
    # the denial may follow in the same sentence after a semicolon or colon ("...; it does not")
    after = re.match(r"\s*[;:]\s*", rest_of_sentence)
    return bool(re.match(r"\s*,?\s*but\b", rest_of_sentence, re.I) or _REBUTTAL_RE.match(next_sentence)
                or (after and _REBUTTAL_RE.match(rest_of_sentence[after.end():])))


def _object_outside_tables(text: str, item: _Span, outcome: Concept | None,
                           hits: Sequence[tuple[int, int, Concept]], relation: str) -> str:
    """The predicate's object when the table outcome lies outside it: the claim is about its
    object, and a table word in a gloss or a later phrase names something else. "" otherwise."""
    if outcome is None or relation not in ("benefit", "harm", "mechanism", "no_effect"):
        return ""
    item_text = text[item.start:item.end]
    words = _LOCATIVE_END_RE.sub("", _frame_outcome(item_text, relation))  # "milia around": "milia"
    if not words or any(c.regex.search(words) for c in OUTCOMES) or any(c.regex.search(words) for c in INTERVENTIONS):
        return ""
    pos = item_text.lower().find(words.lower())
    if pos < 0:
        return ""
    a, b = item.start + pos, item.start + pos + len(words)
    if any(c is outcome and x < b and a < y for x, y, c in hits):
        return ""
    # only when every mention of the table outcome is in an apposition after the object
    # ("DHT, the hormone behind pattern baldness"), set off by a comma, dash or bracket, or in a
    # locative phrase that says where the object is ("milia around the eyes")
    mentions = [x for x, _, c in hits if c is outcome]
    if " " not in words and any(_COORDINATED_ADJECTIVE_RE.fullmatch(text[b:x]) for x in mentions if x >= b):
        return ""  # "fades new, red stretch marks": a comma parts two adjectives of one noun (OUT14)
    gloss = [x for x in mentions
             if x >= b and (re.match(r"\s*[,(–—-]", text[b:x]) or _LOCATIVE_RE.fullmatch(text[b:x])
                            # or in a later clause with its own subject ("lower blood pressure ...,
                            # and people who ... have a lower risk of heart disease"): the verb's own
                            # object is what this clause claims (EXT8)
                            or _NEW_CLAUSE_RE.search(text[b:x]))]
    return words if gloss and len(gloss) == len(mentions) else ""


# (OUT14) An apposition opens with a determiner or a noun ("DHT, the hormone behind baldness"); a
# comma followed by one more modifier and the noun itself parts two adjectives ("new, red stretch marks")
_COORDINATED_ADJECTIVE_RE = re.compile(r"\s*,\s*(?!(?:the|a|an|its|their|your|my|his|her|our|this|that|which|who)\b)"
                                       r"(?:[a-z]+\s+)?", re.I)


# a coordinator after a comma or a semicolon starts a new clause
_NEW_CLAUSE_RE = re.compile(r"[,;]\s*(?:and|but|while|whereas|yet)\s+(?!or\b)|;", re.I)


_LOCATIVE = r"(?:around|on|in|under|near|at|across|over|along|inside|behind|beneath|below|above)"
_LOCATIVE_END_RE = re.compile(rf"\s+{_LOCATIVE}$", re.I)
_LOCATIVE_RE = re.compile(rf"\s+{_LOCATIVE}\s+(?:(?:the|your|my|our|their|his|her|its|a|an)\s+)?", re.I)


# "I saw baby hairs along my temples": after a verb of perception or getting, the noun phrase in
# front of a locative phrase is what is seen; the locative's object only says where (EXT6's
# "milia around the eyes", for the frame's outcome when it picked the place).
_SEEN_BEFORE_PLACE_RE = re.compile(
    r"\b(?:see|sees|saw|seen|seeing|notice|notices|noticed|noticing|spot|spotted|get|gets|got|"
    r"grow|grows|grew|develop|develops|developed)\s+(?:(?:a|an|the|some|more|my|your|their|lots\s+of|a\s+few)\s+)?"
    rf"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)\s+{_LOCATIVE}\s+(?:(?:the|your|my|our|their|his|her|its|a|an)\s+)?"
    r"(?P<place>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", re.I)


def _seen_before_place(item_text: str, words: str) -> str:
    """The noun phrase seen in front of a locative phrase whose object is `words` (see above), else ""."""
    for m in _SEEN_BEFORE_PLACE_RE.finditer(item_text):
        if m.group("place").lower().startswith(words.lower()) and _clean_outcome_words(m.group("np")) and \
                not m.group("np").lower().endswith(("ed", "ly")):
            return m.group("np").lower()
    return ""


def _article_labels(text: str) -> dict[str, str]:
    """Per table outcome, the article's own word for it when that word is one of the entry's
    search terms and the article uses it at least twice, more often than any other: a melasma
    article's pigmentation entry is "melasma", a scar article's scarring entry "scars". The tool
    names the outcome as the article does; the entry's terms are still searched."""
    forms: dict[str, Counter[str]] = {}
    for x, y, c in _all_outcome_hits(text):
        if c.key != "adverse-effects":
            forms.setdefault(c.key, Counter())[" ".join(text[x:y].lower().split())] += 1
    labels = {}
    for key, counts in forms.items():
        word, n = counts.most_common(1)[0]
        if n >= 2 and word != _OUTCOME_BY_KEY[key].label and _clean_outcome_words(word) and \
                _is_term(word, _OUTCOME_BY_KEY[key]):
            labels[key] = word
    return labels


def _as_worded(outcome: Concept, text: str, item: _Span, hits: Sequence[tuple[int, int, Concept]],
               labels: dict[str, str]) -> Concept:
    """A table outcome named as the article names it: a claim that does not name it itself (an
    elliptical claim inheriting the article's outcome) takes the article's word for a problem
    entry ("melasma", not "hyperpigmentation and dark spots"); a claim naming it by the entry's
    one-word label in another inflection keeps its own ("scars", not "scarring"). A claim naming
    it in other words keeps the entry (EXT6: "dark spots", "sun spots" are the pigmentation entry)."""
    own = [" ".join(text[x:y].lower().split()) for x, y, c in hits
           if c.key == outcome.key and item.start <= x and y <= item.end]
    if not own:
        label = labels.get(outcome.key) if outcome.key in PROBLEM_OUTCOMES else None
        return dataclasses.replace(outcome, label=label) if label else outcome
    word = own[0]
    if " " not in outcome.label and " " not in word and word != outcome.label and word[:4] == outcome.label[:4]:
        return dataclasses.replace(outcome, label=word)
    return outcome


def _is_term(word: str, concept: Concept) -> bool:
    """Is `word` one of the concept's PubMed search terms (a truncated term by its stem)?"""
    terms = {re.sub(r"\[\w+\]|\"", "", t).strip() for t in concept.terms}
    return any(word == t or (t.endswith("*") and word.startswith(t[:-1])) for t in terms)


def _main_outcome(article: Article, primary: Concept) -> Concept | None:
    """The benefit the article is about: the efficacy outcome named most often (the title counts
    thrice), when named at least three times; None otherwise."""
    text, title = article.text, article.title or ""
    counts: Counter[str] = Counter()
    # a sentence defining the topic by class and purpose ("The LumiCrown is a laser helmet for
    # thinning hair") names what the article is about, as a title's "for X" does: it counts as the title
    # (by any name the article gives it, a brand named only as a subject included: "The LumiCrown is ...")
    names = _compiled(primary.patterns + primary.subject_patterns) if primary.subject_patterns else primary.regex
    defining = next((d.group("np") for m in names.finditer(text)
                     if (d := _DEFINING_FOR_RE.match(text, m.end()))), "")
    common: set[str] = set()  # keys the text names as a common noun at least once
    in_text: set[str] = set()  # keys the text names at all
    for src, weight in ((text, 1), (title, 3), (defining, 3)):
        taken = [(a, b) for a, b, _ in _intervention_spans(src, 0, len(src), primary)]
        for a, _, c in _outcome_hits(src, 0, len(src), taken):
            if c.kind == "efficacy":
                counts[c.key] += weight
                if src is text:
                    in_text.add(c.key)
                    if not _inside_name(text, a):
                        common.add(c.key)
    # (QST13) a word the text only ever capitalises inside a sentence is part of a name (a show's,
    # a masthead's: "The Glow Down, Episode 87"), never the benefit the article is about
    for key in [k for k in counts if k in in_text and k not in common]:
        del counts[key]
    if counts:
        key, n = counts.most_common(1)[0]
        if n >= 3:
            return _OUTCOME_BY_KEY[key]
    return _title_outcome(title, text, primary)


def _inside_name(text: str, pos: int) -> bool:
    """Is the word at `pos` capitalised (not all capitals: an acronym) though it does not open its
    sentence, line or list item? English capitalises a common noun there only inside a name."""
    word = re.match(r"[A-Za-z]+", text[pos:])
    if word is None or not word.group(0)[0].isupper() or word.group(0).isupper():
        return False
    line = text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]
    long_words = re.findall(r"[A-Za-z]{4,}", line)
    if long_words and 2 * sum(w[0].isupper() for w in long_words) > len(long_words):
        return False  # a headline in title case capitalises its common nouns too
    before = text[max(0, pos - 80):pos]
    prev = re.search(r"(\S+)\s+$", before)
    if prev is None:
        return False  # the text's or line's first word
    if "\n" in before[prev.end():]:
        return False  # a new line's first word
    return not re.search(r"[.!?:;\"“(\[*#>|-]$", prev.group(1)) and not re.fullmatch(r"[-*•#>\d.)]+", prev.group(1))


_DEFINING_FOR_RE = re.compile(r"s?\s+(?:is|are)\s+(?:a|an)\s+[^.;:!?\n]{0,60}?\bfor\s+(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})",
                              re.I)


# "... for Modern Stress", "... Against the Common Cold", "Can Turmeric Really Ease Your Aching
# Joints?": a title names the benefit after "for"/"against" or as its effect verb's object.
_TITLE_OUTCOME_RE = re.compile(r"\b(?:for|against)\s+(?:the\s+|your\s+|a\s+)?(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})",
                               re.I)


def _heading_outcome(text: str, start: int, primary: Concept) -> Concept | None:
    """The outcome a section heading names after "for"/"against" ("Blue light for acne"): a table
    outcome, else the heading's noun phrase as _title_outcome reads it; None for other headings."""
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    m = _TITLE_OUTCOME_RE.search(line)
    if m is None:
        return None
    hits = [c for _, _, c in _outcome_hits(m.group("np"), 0, len(m.group("np"))) if c.kind == "efficacy"]
    if hits:
        return hits[0]
    found = _title_outcome(line, text, primary)
    # "Is it safe for darker skin": a comparative adjective names no outcome, and a heading about
    # whom it suits is no heading of an outcome
    if found is None or _adjective_base(found.label.split()[-1]) or _adjective_base(m.group("np").split()[0]):
        return None
    return found


def _title_outcome(title: str, text: str, primary: Concept) -> Concept | None:
    """The article's main outcome when the tables list none: the title's outcome noun phrase
    (its head named at least three times in the text), as a generic outcome searched by its words."""
    phrases = [m.group("np") for m in _TITLE_OUTCOME_RE.finditer(title)]
    for verb in effect_verbs(title):
        phrases.append(_np_after_words(title[verb.end():]))
    for phrase in phrases:
        # (a word of the treatment's own name, "Benefits of Magnesium" for magnesium glycinate, is no outcome)
        words = [w for w in re.split(r"\s+(?:and|or|&)\s+|[:?!|,]", phrase)[0].split()
                 if w.lower() not in _GENERIC_STOP and not primary.regex.search(w)
                 and w.lower() not in primary.label.lower().split()]
        # adjectives before the head ("Modern Stress", "Aching Joints") are not searched
        while len(words) > 1 and re.search(r"(?:ing|ern|ic|al|ful|ive|ous|ed)$", words[0], re.I):
            words = words[1:]
        if not words or _NOT_NP_RE.search(" ".join(words)) or treatment_probability(" ".join(words)) >= 0.85:
            continue
        head = words[-1].lower()
        if re.fullmatch(r"(?:second|minute|hour|night|day|week|month|year|session|time)s?", head):
            continue  # "... Every Night for Eight Weeks": a span of time, not a purpose (OUT9)
        if len(head) < 4 or len(re.findall(rf"\b{re.escape(head[:-1] if head.endswith('s') else head)}", text, re.I)) < 3:
            continue
        g = _generic_concept(" ".join(words))
        return dataclasses.replace(g, key="outcome-" + g.key, label=g.label.lower())
    return None


def _np_words(rest: str) -> list[str]:
    """The first words of the noun phrase `rest` starts with: leading determiners dropped, up to
    four words, ending at punctuation, a preposition or a clause word."""
    words: list[str] = []
    for w in re.findall(r"[A-Za-z][\w'’-]*|[^\w\s]", rest):
        if not w[0].isalpha() or w.lower() in _NP_END_WORDS or len(words) == 4:
            break
        if words or w.lower() not in _DETERMINERS:
            words.append(w)
    return words


def _experienced(item_text: str) -> str:
    """What a share of people get, have or report ("A small number of people get an upset stomach"):
    the noun phrase after the verb of experience, up to a preposition or clause word; else ""."""
    m = _SHARE_EXPERIENCES_RE.search(item_text)
    if m is None:
        return ""
    words = _np_words(item_text[m.end():])
    phrase = " ".join(words)
    return phrase if _clean_outcome_words(phrase) else ""


def _np_after_words(text: str) -> str:
    words = re.findall(r"[A-Za-z][\w-]*", text)
    while words and words[0].lower() in _DETERMINERS | {"you", "really", "more"}:
        words = words[1:]
    return " ".join(words[:3])


def _frame_effect(text: str) -> str:
    """The object of an effect verb as the frame parser reads it ("melts belly fat" -> "belly
    fat"), or "" when none: a cue for verbs the extractor's own tables do not list."""
    from .frames import _effect_verbs, outcome_of

    verbs = _effect_verbs(text)
    if not verbs:
        return ""
    obj = outcome_of(text, "harm" if verbs[0][2] == "harm" else "benefit")
    if re.match(r"(?:and|or|but|nor|then)\b", obj, re.I):
        return ""  # "so you can relax and scroll": a coordinated verb follows, the verb took no object
    return obj if _clean_outcome_words(" ".join(obj.split()[:3])) else ""


_TREATMENT_HEAD_RE = re.compile(r"\b(?:oils?|extracts?|acids?|creams?|serums?|supplements?|teas?|powders?|"
                                r"capsules?|pills?|tablets?|drugs?|injections?|gels?|lotions?|masks?|peels?|"
                                r"juices?|vinegar|spices?|herbs?|vitamins?\s+\w+)$", re.I)


# closed-class words a treatment's name does not start with (prepositions, comparatives,
# quantifiers) or contain (prepositions)
_NOT_NP_RE = re.compile(r"^(?:with|without|after|before|during|in|on|for|by|from|to|at|of|than|fewer|more|less|most|"
                        r"better|worse|best|faster|greater|higher|lower|many|much|few|several|some|no|not)\b|"
                        r"\b(?:within|of|in|on|for|by|from|at|than|into|during|over|under|about)\b", re.I)
_INTRODUCTION_RE = re.compile(r"^\W*[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:is|are)\s+(?:also\s+)?(?:another|an?|one|the\s+other)\b")
_DEFINITE_START_RE = re.compile(r"^\W*(?:(?:and|but|so|also|plus)\s+)?(?:the|this|these|that|those|such|its|their)\b",
                                re.I)
_GERUND_SUBJECT_RE = re.compile(
    r"(?:^|\bthat\s+)(?:taking|using|applying|adding|drinking|eating|consuming|supplementing\s+with)\s+"
    r"([A-Za-z][\w-]*(?:\s+(?!(?:every|each|daily|regularly|twice|once|with|for|in|on|to|may|might|can|could|"
    r"will|is|are|and|or|as|at|before|after)\b)[A-Za-z][\w-]*){0,2})", re.I)


# Heads a definite description uses to point back to the article's topic, whatever it is.
_REFERRING_HEAD_RE = re.compile(r"(?:treatment|product|supplement|oil|extract|root|powder|serum|cream|formula|"
                                r"ingredient|herb|plant|device|procedure|therapy|method|compound|remedy|tablet|"
                                r"capsule|pill|gumm(?:y|ies)|drug|medicine|shampoo|lotion|gel|spray|mask|tool|"
                                r"brand|blend|dose|form|version|one|stuff|thing)s?", re.I)


# A predicative comparison likens its subject to another treatment ("Think of it as retinol without
# the irritation", "it acts like a topical Botox"): the treatment after "as"/"like" is the yardstick,
# never what the clause is about.
_LIKENED_BEFORE_RE = re.compile(r"\b(?:think\s+of\s+(?:it|them|this|these|that)\s+as|(?:is|are|acts?|works?|serves?|"
                                r"feels?)\s+(?:just\s+|much\s+|a\s+bit\s+)?(?:like|as)|\blike)\s+(?:(?:a|an|the)\s+)?"
                                r"(?:[\w-]+\s+)?$", re.I)


def _likened(text: str, sent_start: int, pos: int) -> bool:
    return bool(_LIKENED_BEFORE_RE.search(text[max(sent_start, pos - 50):pos]))


# An ingredient named inside a product ("The growth factors in your platelets", "The peptide complex
# in every patch", "the copper peptide complex in every drop"): the claim is about the product that
# carries it, when the container is the topic (one of its words) or a unit of a product (a drop, a
# patch, an ampoule): English locates a part in its whole with "in".
_IN_PRODUCT_RE = re.compile(r"^\W*(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:in|inside|within)\s+"
                            r"(?:your|every|each|the|this|that|our|its|their|a)\s+(?P<y>[\w-]+)", re.I)
_PRODUCT_UNIT_RE = re.compile(r"(?:drop|patch|ampoule|vial|capsule|tablet|pill|bottle|jar|tube|pump|dose|serving|"
                              r"scoop|sachet|application)(?:e?s)?", re.I)


def _in_topic_product(unit_text: str, primary: Concept) -> bool:
    # (after a speaker's or a field's label: "[0:27] PAIGE: The hyaluronic acid in the ampoules ...")
    m = _IN_PRODUCT_RE.match(re.sub(r"^\W*(?:\[[\d:]+\]\s*)?(?:[A-Z][\w .@-]{0,30}:\s+)?", "", unit_text))
    if m is None:
        return False
    y = m.group("y").lower()
    marks = {w[:5] for w in re.split(r"[\s-]+", primary.label.lower()) if len(w) >= 4 and w not in _GENERIC_STOP}
    return bool(_PRODUCT_UNIT_RE.fullmatch(y) or primary.regex.fullmatch(y) or y[:5] in marks)


# a clause that opens with a personal pronoun has it as its subject ("It's pregnancy-safe, it won't ...")
_OPENING_PRONOUN_RE = re.compile(r"\W*(?:it|they)(?:['’](?:s|re|ll|d|ve))?\s", re.I)
_COORDINATED_AUX_RE = re.compile(r"(?:has|have|had|is|are|was|were|does|did|can|may|might|will|won['’]t|"
                                 r"doesn['’]t|isn['’]t|cannot|can['’]t)\s", re.I)
_DEFINITE_SUBJECT_RE = re.compile(r"\W*(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?P<h>[a-z]+)"
                                  r"(?:\s+(?:itself|themselves|alone))?\s+(?:is|are|was|were|has|have|had|can|may|will|"
                                  r"does|do|did|won['’]t|isn['’]t|doesn['’]t|[a-z]+s)\b", re.I)


def _introduced_by_head(unit_text: str, text: str, pos: int, primary: Concept) -> Concept | None:
    """The treatment a definite description refers back to: an earlier noun phrase with the same
    head noun whose modifiers name it ("the LumaCrown red light hair helmet" ... "The helmet
    itself is drug-free"), when the head is a product's or device's and not the topic's own."""
    m = _DEFINITE_SUBJECT_RE.match(_LEAD_CONNECTIVE_RE.sub("", unit_text))
    if m is None:
        return None
    head = m.group("h").lower()
    if not _DEVICE_HEAD_RE.fullmatch(head) or head.rstrip("s") in primary.label.lower():
        return None
    stem = re.escape(head[:-1] if head.endswith("s") else head)
    for earlier in reversed(list(re.finditer(rf"\b((?:[\w-]+[ \t]+){{1,4}}){stem}s?\b", text[:pos], re.I))):
        named = [c for c in INTERVENTIONS if c.regex.search(earlier.group(1))]
        if named:
            return named[0] if named[0].key != primary.key else None
    if re.fullmatch(DOSAGE_FORM, head, re.I):
        return _given_in_form(text, pos, primary)
    return None


def _given_in_form(text: str, pos: int, primary: Concept) -> Concept | None:
    """The treatment a dosage form with no named antecedent of its own head refers back to ("GPs
    prescribe low-dose minoxidil tablets. ... about twice as often as the lotion does. ... The
    stronger lotion itches"): a tablet, lotion or foam is a form a drug is given in, so the
    description names the nearest earlier treatment the article gives in some dosage form, never a
    procedure or the topic when the topic is never given so (FIX12b)."""
    before = text[max(0, pos - _FORM_REACH):pos]
    formed = {c.key: c for m in re.finditer(rf"\b((?:[\w-]+[ \t]+){{1,4}})(?:{DOSAGE_FORM})\b", before, re.I)
              for c in INTERVENTIONS if c.regex.search(m.group(1))}
    if not formed or primary.key in formed:
        return None  # the topic itself comes in a dosage form: the description may be its own
    last = {k: max(m.start() for m in c.regex.finditer(before)) for k, c in formed.items()}
    return formed[max(last, key=lambda k: last[k])]


_FORM_REACH = 1500  # how far back a dosage form's antecedent may be (about a page's screen)


# a setting, mode or programme is a way a device or product is used: a named one ("Scalp Mode", "the
# night setting") is that device's treatment, never another
_SETTING_HEAD_RE = re.compile(r"modes?|settings?|programmes?|programs?", re.I)
_TREATMENT_CLASS_RE = re.compile(r"treatments?|therap(?:y|ies)|drugs?|medicines?|medications?|procedures?", re.I)
# the noun phrase before a passive verb group opens the clause ("Rosemary oil has been shown to ...")
_PASSIVE_SUBJECT_RE = re.compile(r"\W*(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)\s+(?:has|have|had|is|are|was|"
                                 r"were)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\s+to\s", re.I)
_POSSESSIVE_PRONOUNS = frozenset("mine yours his hers ours theirs".split())


def _other_treatment(unit_text: str, primary: Concept, text: str = "", pos: int = -1) -> Concept | None:
    """A treatment other than the article's, named as the clause's subject and outside the
    tables ("Lavender oil", "Peppermint oil"): a noun phrase ending in a product word, or the
    object of a gerund subject ("taking curcumin every day may ...", "Adding piperine ...")."""
    if _in_topic_product(unit_text, primary):
        return None  # "The growth factors in your platelets ...": the topic, by an ingredient it carries
    g = _GERUND_SUBJECT_RE.search(unit_text)
    if g and re.match(rf"(?:{_NUM_WORD}|\d+(?:\.\d+)?|half)\b", g.group(1), re.I):
        g = None  # "Drinking one tablespoon a day": a quantity measures the topic, it names no treatment (OUT10)
    if g and (_QUANTIFIER_RE.match(g.group(1).split()[0]) or _PRONOUN_WORD_RE.fullmatch(g.group(1).split()[0])):
        return None  # "Using both together", "taking them daily": a quantifier or pronoun refers back (INT13)
    if g and len(g.group(1)) > 3 and not primary.regex.search(g.group(1)) and not any(
            c.regex.search(g.group(1)) for c in INTERVENTIONS) and g.group(1).split()[0].lower() not in _DETERMINERS \
            and g.group(1).split()[0].lower() not in _GENERIC_STOP:
        return _generic_concept(g.group(1))
    # "because trained aestheticians ...", "In a two-year comparison, finasteride tablets improved ..." (INTERV8)
    subj = _own_subject(_without_speaker(unit_text, text))
    if re.match(r"\W*(?:your|my|our)\s", _own_clause(unit_text)):
        return None  # "On the planed side, your serum absorbs ...": what the reader already has is acted on (INTERV8)
    if re.match(r"\W*(?:(?:and|but|so|also|plus)\s+)?(?:this|that|these|those)\s+(?!(?:is|are|was|were|'s)\b)[a-z]",
                _FRONTED_ADJUNCT_RE.sub("", unit_text, count=1), re.I):
        return None  # "That shaggy white mushroom contains ...": a demonstrative points back to a referent (FIX11a)
    if _definite_topic(_own_clause(unit_text), text, pos, primary):
        return None  # "This comb sends laser light ... The light is absorbed ...": the topic's own (INTERV8)
    if (subj is None or re.match(r"to\s", subj, re.I)) and (
            passive := _PASSIVE_SUBJECT_RE.match(_LEAD_CONNECTIVE_RE.sub("", unit_text))):
        subj = passive.group("np")  # "Rosemary oil has been shown to regrow hair": an infinitive is no subject
    if subj:  # "caffeine only gives": an adverb after the noun phrase is not part of it
        subj = re.sub(r"(?:\s+(?:only|just|also|even|still|often|mostly|usually|alone|too|\w+ly))+$", "", subj, flags=re.I)
        # a prepositional phrase of time or manner after the noun is an adjunct, not part of its
        # name ("ACV before a meal", "collagen every morning")
        subj = re.sub(r"\s+(?:before|after|during|at|on|per|every|each)\s.*$", "", subj, flags=re.I)
        # a focus or time adverb stands between the subject and its verb, never inside the noun
        # phrase ("Hydroquinone still lightened the patches")
        subj = re.sub(r"\s+(?:still|already|also|only|just|even|never|always|often|usually|now)\s.*$", "", subj,
                      flags=re.I)
    if subj and len(subj.split()) >= 3 and (np := subject_of(_own_clause(unit_text))) and \
            subj.lower().startswith(np.lower() + " ") and len(np.split()) >= 2 and _reads_as_treatment(np):
        subj = np  # "Dry needling releases trigger points": a finite verb ends the name the probe reads (INTERV10)
    if not subj or len(subj.split()) > 4 or (re.search(r"(?:ed|ing)$", subj, re.I) and not (
            len(subj.split()) >= 2 and _reads_as_treatment(subj))):
        return None  # a participle ("trained") heads no noun phrase; a name in -ing does ("Dry needling", INTERV10)
    if _SENTENCE_ADVERB_RE.match(unit_text, len(unit_text) - len(unit_text.lstrip(" \t\"“‘*-•"))) and " " not in subj:
        return None  # "Usually not before three months": a sentence adverb opening an elliptical reply (TOPIC6)
    if subj.lower() in _POSSESSIVE_PRONOUNS:
        return None  # "mine have stopped bleeding": a possessive pronoun points back to a noun (QST13)
    if _DEFINITE_START_RE.match(_FRONTED_ADJUNCT_RE.sub("", unit_text, count=1)) and (
            subj.split()[-1].lower().rstrip("s") in primary.label.lower() or _REFERRING_HEAD_RE.fullmatch(subj.split()[-1])
            or re.search(rf"\b{re.escape(subj.split()[-1].lower().rstrip('s'))}", " ".join(primary.terms).lower())):
        # "The root extract ...", "This oil ...", "the shampoo": a definite description whose head
        # is the topic's or a general one points back to the topic; "the caffeine" in a creatine
        # article names another ingredient
        return None
    if _NOT_NP_RE.search(subj):
        return None  # "Without strict testing", "faster growth within two": not a noun phrase subject
    # ("proven prescription treatments", "regular head spa treatments": a class of treatment named by
    # the words before its general head)
    if _SETTING_HEAD_RE.fullmatch(subj.split()[-1]):
        return None  # "Scalp Mode outperforms ...": a device's named setting is a way of using the device
    if not (_TREATMENT_HEAD_RE.search(subj) or (treatment_probability(subj) >= 0.8 and not _outcome_hits(subj, 0, len(subj)))
            or (len(subj.split()) >= 2 and _TREATMENT_CLASS_RE.fullmatch(subj.split()[-1]))
            # what the phrase means, by the treatment probe, where the word lists miss a name (INTERV10)
            # (a bare noun phrase: no comparison word or adverb before it, no determiner inside it, "honestly
            # Dana the pen")
            or (_reads_as_treatment(subj) and not _outcome_hits(subj, 0, len(subj))
                and not _COMPARISON_WORD_RE.match(subj) and not re.match(r"\W*\w+ly\b", subj)
                and not any(w.lower() in _DETERMINERS for w in subj.split()[1:]))):
        return None
    if primary.regex.search(subj) or primary.label.lower() in subj.lower() or _names_primary(subj, primary) or any(
            c.regex.search(subj) for c in INTERVENTIONS):
        return None
    if subj.split()[0].lower() in ("the", "this", "these", "that", "those", "your", "our", "my", "such", "other",
                                   "some", "many", "most", "all", "any", "its", "their"):
        return None
    if text and _topic_form(subj, primary, text):
        return None  # "a brown serum has stopped working" in a page on vitamin C serums: the topic's product (INTERV9)
    if text and _names_people_or_outcome(subj, text):
        return None  # "so your hair looks fuller": what the outcomes are about, not a treatment
    if _PARTITIVE_RE.search(subj.split()[-1] + " of ") and all(
            w.lower() in _DETERMINERS or re.fullmatch(rf"(?:{_NUM_WORD}|\d+(?:\.\d+)?|\w+ly|single|double|extra)", w, re.I)
            for w in subj.split()[:-1]):
        # "a daily shot", "two capsules": a measure of the topic, its "of X" left implicit; a name before
        # the form noun says what it holds ("Isotretinoin tablets")
        return None
    if len(subj.split()) >= 2 and all(
            w.lower() in _DETERMINERS or re.fullmatch(r"(?:\d+(?:\.\d+)?\s*(?:%|mg|mcg|g|ml|iu)|weaker|stronger|lower|higher)",
                                                      w, re.I)
            for w in subj.split()[:-1]):
        # "the 5% lotion", "Even the weaker 2% solution": a form named only by its strength is a strength of the
        # article's treatment (the name left implicit), never a treatment of its own
        return None
    if (part := re.match(r"(?:(?:a|an|one|the|this|each|every)\s+)?([a-z]+)\s+of\b", subj, re.I)) and \
            _PARTITIVE_RE.search(part.group(1) + " of "):
        return None  # "A course of six weekly sessions": a measure of the topic, its "of" phrase a count (QST13)
    if _EVIDENCE_HEAD_RE.search(subj):
        return None  # "Earlier trials have shown ...": a source of evidence reports, it treats nothing (INT15)
    if re.search(rf"\b{re.escape(subj)}\s+(?:\w+ly\s+)?(?:consider|judge|deem|regard|believe|think|say|find|found|report|"
                 r"conclude|state|warn|note|claim)(?:s|ed)?\b", unit_text, re.I):
        return None  # "The plan considers the evidence insufficient ...": who judges or reports treats nothing (INTERV8)
    if not _names_a_thing(subj):
        return None  # "Twice as effective as ...", "wore it with my eyes open": no noun phrase
    return _with_synonyms(_generic_concept(subj), text) if text else _generic_concept(subj)


def _topic_form(np_: str, primary: Concept, text: str) -> bool:
    """Does a noun phrase name the topic by the head noun the text gives its product ("a serum", "a brown
    serum" where the text says "Vitamin C serums")? A description resolves to the nearest treatment it can
    name; with only an article and one lower-case modifier that names no listed treatment before the head,
    that is the topic's own form, as a definite one is (`_DEFINITE_START_RE` below), never a treatment of
    its own (INTERV9)."""
    words = np_.split()
    head = words[-1].lower()
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    mods = [w for w in words[:-1] if w.lower() not in _DETERMINERS]
    own = primary.label.split()[-1].lower()
    # (FIX11a) the topic's own head noun takes more than one lower-case modifier of manner and stays the topic
    # ("a slow circular massage" in a page on scalp massage)
    if len(head) < 4 or len(mods) > (2 if own.rstrip("s") == head.rstrip("s") else 1) or any(not w.islower() or any(c.regex.search(w) for c in INTERVENTIONS)
                                              for w in mods):
        return False
    return own.rstrip("s") == head.rstrip("s") or any(re.match(rf"\s+{re.escape(head)}s?\b", text[m.end():m.end() + 40], re.I)
                                                      for m in primary.regex.finditer(text))


_MULTIPLIER_RE = re.compile(r"(?:twice|thrice|half|double|triple|once)$", re.I)
# A word in -ly before a negation, a comma or the end of the clause is a sentence adverb, no noun: a
# noun subject takes a verb ("Usually not before three to four months", "Probably, but ...", "Rarely.")
_SENTENCE_ADVERB_RE = re.compile(r"[A-Za-z]{3,}ly(?=\s+not\b|\s*[,.;:!?]|\s*$)", re.I)


def _names_a_thing(phrase: str) -> bool:
    """Can `phrase` be a thing's name? A noun phrase never ends in a preposition, conjunction or
    determiner ("chat with"), never opens with a multiplier, a number or a quantifier ("twice as"),
    and a verb followed by a determiner is a verb with its object, a clause ("swallowed the drug")."""
    words = phrase.split()
    if not words or _OPEN_END_RE.search(phrase) or _MULTIPLIER_RE.match(words[0]) or _QUANTIFIER_RE.match(words[0]):
        return False
    return not (len(words) > 1 and words[1].lower() in _DETERMINERS and re.search(r"(?:ed|ing)$", words[0], re.I))


# The nouns that name a source of evidence (GRADE's study, trial, review, data), a closed class: a
# subject headed by one reports what a treatment did and is never the treatment.
_EVIDENCE_HEAD_RE = re.compile(r"\b(?:trials?|stud(?:y|ies)|reviews?|research|evidence|data|experiments?|"
                               r"(?:meta-)?analys[ie]s|surveys?)$", re.I)


def _frame_outcome(text: str, relation: str) -> str:
    """The outcome words as the frame parser reads them, when short and clean."""
    from .frames import outcome_of

    rel = relation if relation in ("harm", "denies_harm", "superior", "equivalent") else "benefit"
    words = _LEADING_DET_RE.sub("", outcome_of(text, rel)).split()
    # coordinated nouns ("diarrhoea and stomach cramps") are kept whole, each searched apart
    whole = " ".join(words[:7])
    if len(words) <= 7 and re.search(r"\s(?:and|or)\s", whole) and _clean_outcome_words(whole):
        return whole
    if len(words) > 3 and "of" in words[1:3]:
        # a cut after three words would end inside "N of N2" ("a full head of hair" -> "full head of": prose,
        # not an outcome). English's pseudo-partitive, an indefinite measure noun before a bare complement
        # ("a head of hair", "a course of needling"), measures the complement, which names the outcome; a
        # definite or nominalised head ("the number of migraine days", "a loss of the sense of smell") stays
        k = words.index("of", 1)
        rest = words[k + 1:]
        if rest and rest[0].lower() not in _DETERMINERS and not any(w.lower() in _NP_END_WORDS for w in rest) and \
                re.search(rf"\b(?:a|an)\s+{re.escape(' '.join(words[:k + 1]))}\s+{re.escape(' '.join(rest))}\b", text, re.I):
            words = rest
    words = words[:3]
    phrase = " ".join(words) if _clean_outcome_words(" ".join(words)) else ""
    if phrase and _in_standard(phrase, text):
        # (QUEST7) the comparator a comparison names is never its outcome: what the arms are compared on,
        # when the comparison says it ("no better for your hair than a basic multivitamin": hair), else none
        return _comparison_for(text)
    return phrase


# A Q/A layout labels its turns at the start of a line: "Q:" / "A:", "Question:" / "Answer:".
_QUESTION_TURN_RE = re.compile(r"^[ \t]*(?:\*\*)?(?:Q|Question)\s*\d*(?:\*\*)?\s*[:.)]", re.M)
_ANSWER_TURN_RE = re.compile(r"^[ \t]*(?:\*\*)?(?:A|Answer)\s*\d*(?:\*\*)?\s*[:.)]", re.M)


def _question_referent(question: str, primary: Concept, text: str, carried: Concept | None) -> Concept | None:
    """What a pronoun after a question on a line of its own refers to (INTERV11): the treatment the question's
    subject names when that is another than the article's (`_other_treatment` of its declarative form), nothing
    new when it names the article's own, and the old referent when its subject is a pronoun or cannot be read."""
    q = question.strip(" \t*_\"“”‘’'")
    # an alternative question's second member ("..., or is it all hype?") restates the first: the
    # first carries the subject
    q = re.sub(r",\s*or\s+[^,]*\?$", "?", q)
    inverted = _INVERTED_Q_RE.match(q.rstrip("?"))
    if inverted is None or re.match(r"(?:it|they|them|this|these|that|those|he|she|you|we|i|there)\b",
                                    inverted.group("rest"), re.I):
        return carried  # not a yes/no question, or one whose subject is a pronoun: it continues the old referent
    stated = _declarative(q, False, primary)
    # (a noun-phrase subject the reader cannot name still ends the old referent's reach)
    rest = inverted.group("rest")
    # (a subject the declarative form misses, "does rosemary oil really grow hair", opens what follows
    # the auxiliary)
    other = _other_treatment(stated or rest[:1].upper() + rest[1:], primary, text)
    if other is None:
        # a listed treatment right after the auxiliary is the question's subject too (`_other_treatment`
        # reads only unlisted names); the article's own is nothing new
        other = next((c for x, _, c in _concept_hits(INTERVENTIONS, rest, 0, len(rest))
                      if c.key != primary.key and _Q_DET_RE.fullmatch(rest[:x])), None)
    return other


def _question_turns(text: str) -> list[tuple[int, int]]:
    """The questioners' turns of a Q/A layout, as (start, end): from a question label to the next
    answer label (or blank line); none unless the text labels answers too."""
    if not _ANSWER_TURN_RE.search(text):
        return []
    out = []
    for q in _QUESTION_TURN_RE.finditer(text):
        a = _ANSWER_TURN_RE.search(text, q.end())
        blank = text.find("\n\n", q.end())
        ends = [x for x in (a.start() if a else -1, blank) if x >= 0]
        out.append((q.start(), min(ends) if ends else len(text)))
    return out


# A head noun naming a course of treatment ("Regrowth Roller Programme"): its modifier names the treatment.
_REGIMEN_HEAD_RE = re.compile(r"(?:programmes?|programs?|courses?|plans?|packages?|protocols?|regimens?|routines?|"
                              r"sessions?|treatments?)$", re.I)


def _answer_topics(text: str, asked: Sequence[tuple[int, int]], primary: Concept,
                   labelled: Sequence[tuple[int, str, Concept]] = ()) -> list[tuple[int, int, Concept]]:
    """Each answer turn of a Q/A layout (start, end) with the treatment its question names, when the
    question names one other than the article's main intervention: a table entry, else a noun
    phrase the phrase model reads as a treatment (a course named by its modifier's treatment), else
    the run-in heading (`labelled`: start, name, treatment) a definite description of the question
    resolves to: the nearest earlier one whose name ends in its head ("Is the wand worth it?" of
    "LumiPen Blue Light Spot Wand", INTERV9)."""
    out = []
    for a, b in asked:
        end = min([x for x in (text.find("\n\n", b), *(q for q, _ in asked if q > b)) if x >= 0], default=len(text))
        hits = _concept_hits([primary, *INTERVENTIONS], text, a, b)
        concept = hits[0][2] if hits else None
        for m in re.finditer(r"\b(?:the|this|that)\s+(?P<head>[A-Za-z][\w-]{2,})\b", text[a:b], re.I):
            if concept is not None:
                break
            head = m.group("head").lower().rstrip("s")
            concept = next((c for x, name, c in reversed(labelled) if x < a and name.lower().split()[-1].rstrip("s") == head),
                           None)
        if concept is None:
            for m in re.finditer(r"\b(?:from|with|of|on|about|using|by)\s+(?:your\s+|the\s+|this\s+|that\s+|a\s+|an\s+)?"
                                 r"(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})\s*\?", text[a:b]):
                np_ = m.group("np")
                words = np_.split()
                if _REGIMEN_HEAD_RE.fullmatch(words[-1]) and len(words) > 1:
                    concept = _clipped_name(words[-2], text)
                if concept is None and treatment_probability(np_) >= 0.8 and not _names_people_or_outcome(np_, text) \
                        and not _outcome_hits(np_, 0, len(np_)):
                    concept = _with_synonyms(_generic_concept(np_), text)
        if concept is not None and concept.key != primary.key:
            out.append((b, end, concept))
    return out


# ", and" / ", but" / "; " before a determiner opening a noun-phrase subject: a new coordinated clause (a pronoun
# subject, "..., and it may help:", refers back into the clause before, which stays part of the lead-in)
_COORDINATED_CLAUSE_RE = re.compile(r"(?:,\s*(?:and|but)|;)\s+(?=(?:our|your|my|the|its|their|this|these|those)\s)", re.I)


def _lead_ins(text: str) -> dict[int, str]:
    """line start -> the lead-in line a bullet item belongs to ("Rosemary oil may help:" for
    "- reduce hair shedding"): the last line ending with a colon before a run of bullets."""
    out: dict[int, str] = {}
    lead, pos = "", 0
    for line in text.split("\n"):
        stripped = line.strip()
        cells = _table_row(text, pos, pos + len(line))
        if cells is not None:
            # a table's data cell is read with its row head ("Smooths crow's feet" / "Visibly, in 4 weeks")
            head = text[cells[0][0]:cells[0][1]].rstrip("?:")
            for s, e in cells[1:]:
                if head and e > s:
                    out[s] = head
            lead, pos = "", pos + len(line) + 1
            continue
        if stripped.endswith(":") and len(stripped.split()) <= 25:
            # the sentence the colon ends introduces the list, not the sentences before it on its
            # line ("Magnesium is not risk-free. Watch out for these downsides:")
            lead = re.split(r"(?<=[.!?])\s+(?=[A-Z])", stripped)[-1].rstrip(":")
            # and within it, the clause the colon ends: a coordinated clause with a subject of its own ("It has no
            # side effects, and our mask keeps everything you love:") introduces the list alone (lead, session 17)
            lead = _COORDINATED_CLAUSE_RE.split(lead)[-1]
        elif _BULLET_LINE_RE.match(line) and lead:
            out[pos] = lead
        elif stripped:
            lead = ""
        pos += len(line) + 1
    return out


# An elliptical answer ("Yes.", "Not at all.", "The short answer is yes, modestly.", "Experts say
# NO.") asserts the yes/no question just before it, affirmed or denied. English forms that
# question by putting the auxiliary before the subject ("Is it painful?"), or embeds it after
# "if"/"whether" ("... know if it can be done at home safely?"); the claim is the declarative.
# (ANSWER23) a discourse opener before an answer or reply: a stance adverb or a speaker's acknowledgement of the
# question ("Honestly,", "To be fair,", "That's fair,", "Good question.") or a fronted adverb of manner or time
# ("Permanently, yes."), ended by punctuation; it says how the answer is given, not whether it is yes or no
_ANSWER_OPENER = (r"(?:(?:(?:well|so|look|sadly|unfortunately|happily|thankfully|luckily|in\s+short|in\s+a\s+word|"
                  r"to\s+be\s+(?:fair|honest|clear)|that['’]s\s+(?:fair|true|right|a\s+fair\s+point)|fair\s+(?:enough|point)|"
                  r"(?:good|great|fair)\s+question|i['’]m\s+afraid|[a-z]+ly)\s*[,?!.:;–—-]\s*)?)")
_ANSWER_RE = re.compile(
    r"^\W*(?:(?:the\s+)?(?:(?:short|simple|quick|honest|plain)\s+)?answer\b[^.!?:]{0,40}?\s+is\s*:?\s*"
    r"|(?:[\w'’-]+\s+){1,3}says?\s+"
    # a fronted qualifier restricts the answer ("For healthy adults, absolutely.", "In most cases, yes.") (GOLD10)
    r"|(?:for|in|with|at|on)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s*)?"
    # (ANSWER23) a discourse opener or a fronted adverb set off by punctuation does not change the answer's polarity:
    # "Honestly, no.", "Honestly? No.", "To be fair, yes.", "That's fair, it did.", "Permanently, yes."
    rf"{_ANSWER_OPENER}"
    # a degree adverb grades the answer word ("Very unlikely.", "Highly unlikely.") (REC13)
    r"(?:(?:very|highly|most|quite|pretty|extremely|really)\s+)?"
    r"(?P<a>yes|yep|absolutely(?:\s+not)?|definitely(?:\s+not)?|certainly(?:\s+not)?|of\s+course(?:\s+not)?|"
    r"no|nope|not\s+at\s+all|not\s+really|no\s+way|never|"
    # a negated least degree answers no ("Not even slightly.", "Not a bit.") (RECALL2)
    r"not\s+(?:even\s+)?(?:slightly|a\s+bit|a\s+little|once|one\s+bit|in\s+the\s+least)|"
    # (ANSWER24) a negated existence of knowledge or evidence answers no ("Not that I know of.", "Not that any published
    # trial has shown."); a negated universal of manner is a total no ("Not in any way.")
    r"not\s+that\s+(?:[\w'’-]+\s+){1,4}?(?:know|knows|knew|am\s+aware|is\s+aware|are\s+aware|(?:has|have|had)\s+"
    r"(?:ever\s+)?(?:shown|found|proven|proved|seen|measured|reported))(?:\s+of)?|not\s+in\s+any\s+way|"
    # (ANSWER24) a negated restrictive phrase is a no for that scope ("Not for her eyes.", "Not for bounce.")
    r"not\s+(?P<scope>for\s+(?:(?:a|an|the|her|his|my|your|their|our)\s+)?[\w'’-]+)|"
    # (ANSWER23) a negated totality denies the whole, a qualified no ("Is it just a placebo?" / "Not entirely.")
    r"not\s+(?:entirely|completely|fully|quite|exactly|always|necessarily)|"
    # the negative quantifier answers an existential question ("Is there any downtime?" / "None whatsoever.") (REC14)
    r"none(?:\s+(?:whatsoever|at\s+all))?|"
    # graded answers (TRAP9): a negative-polarity idiom or a near-negative adverb answers no ("Not a chance.",
    # "Rarely.", "Probably not."); a degree or frequency word answers a qualified yes ("A little.", "Sometimes.")
    r"not\s+a\s+(?:chance|hope)|no\s+chance|not\s+likely|unlikely|not\s+much|(?:hardly|barely|scarcely)(?:\s+(?:ever|at\s+all))?|"
    r"rarely|seldom|probably\s+not|"
    # (ANSWER24) so does any graded adverb before "not" ("Usually not.", "Possibly not."): a hedged no
    r"(?:usually|generally|mostly|often|possibly|maybe|perhaps|likely)\s+not|a\s+little|a\s+bit|somewhat|slightly|modestly|partly|partially|sometimes|"
    r"often|usually|mostly|probably|likely|"
    # (ANSWER24) an epistemic adverb alone is a qualified yes ("Possibly, for older members.", "Maybe a little.")
    r"possibly|maybe|perhaps|"
    # (ANSWER23) a degree adverb alone grades a yes ("Does it help frizz?" / "Massively.")
    r"massively|hugely|greatly|enormously|a\s+lot|loads|"
    # the polite idiom of a reply ("I'm afraid not.", "I'm afraid so.") (REC13)
    r"i['’]m\s+afraid\s+(?:not|so)|"
    # an elliptical reply of a pronoun and a modal ("It can be.", "They might.") is a qualified yes (REC13)
    r"(?:it|they|that)\s+(?:can|could|may|might)(?:\s+be)?)"
    # (ANSWER24) a degree after a graded answer word says how much ("Maybe a little.", "Possibly a little, if ...")
    r"(?:\s+(?:a\s+little|a\s+bit|slightly|somewhat))?"
    # a short qualifier after the answer word keeps it an answer ("Yes, but slowly.", "Yes, for most people.",
    # "A little, if you wear one for months.")
    r"(?:\s*[,;:]?\s+[a-z]+ly|\s*,\s*(?:but\s+|though\s+|at\s+least\s+)?(?:[a-z'’]+\s+){0,3}[a-z'’]+"
    r"|\s*,\s*(?:but\s+)?(?:only\s+|even\s+)?(?:if|when|as\s+long\s+as|after|with|for|in|over|once)\s+(?:[a-z]+\s+){0,8}[a-z]+"
    # a prepositional phrase restricting the answer needs no comma ("Hardly at all with a 0.25 mm roller.")
    r"|\s+(?:with|for|in|after|once|on)\s+(?:(?:a|an|the|your|my|most|some)\s+)?(?:[\w.'’-]+\s+){0,4}[a-z][\w'’-]*)?"
    r"\W*$", re.I)
# (a fronted adjunct naming who the answer is for does not change it: "For healthy adults, absolutely." FRM13)
_ABSOLUTE_ANSWER_RE = re.compile(r"^\W*(?:(?:for|in|with|among)\s+[^,.;:!?]{1,40},\s*)?"
                                 r"(?:absolutely|definitely|certainly|of\s+course|not\s+at\s+all|no\s+way|never|"
                                 r"not\s+in\s+any\s+way)\b",
                                 re.I)


def _answer_strength(answer: str, relation: str | None = None) -> str:
    """The strength of an elliptical answer's own wording: "Absolutely." / "Not at all." leave no room; a modal
    answer or reply ("It might.", "It can.") is a qualified yes, hedged (ANSWER23); any other plain.
    (ANSWER24) An answer word that grades the speaker's certainty or how often it holds ("Unlikely, if ...",
    "Usually, yes.", "Possibly.", "Mostly.") or a stance after it ("They don't, in my view") hedges the answer; a
    degree adverb of amount ("Massively.") strengthens it. An emphatic yes ("Absolutely.") leaves no room only
    where the claim is universal, a denial of harm ("Is it safe?" / "Absolutely." says it never harms): to a
    question on a benefit (`relation`) it is certainty, strong, not a claim that it always works."""
    if _ABSOLUTE_ANSWER_RE.search(answer):
        if relation in ("benefit", "superior") and _EMPHATIC_YES_RE.search(answer):
            return "strong"
        return "absolute"
    if _MODAL_REPLY_RE.match(answer) or _HEDGED_ANSWER_RE.match(answer) or (
            (tail := _STANCE_TAIL_RE.search(answer)) is not None and tail.group("stance")):
        return "hedged"
    if _STRONG_ANSWER_RE.match(answer):
        return "strong"
    return "plain"


# (ANSWER24) the answer word grades certainty or frequency: an epistemic adverb ("Probably.", "Unlikely.", "Maybe a
# little.") or one of frequency or proportion ("Usually, yes.", "Sometimes.", "Mostly.", "Partly."); a degree
# adverb before it ("Very unlikely.") makes it a confident answer, not a hedged one
_HEDGED_ANSWER_RE = re.compile(rf"^\W*(?:(?:for|in|with|at|on)\s+(?:[\w'’-]+\s+){{0,3}}[\w'’-]+,\s*)?{_ANSWER_OPENER}(?:probably|possibly|maybe|perhaps|likely|unlikely|sometimes|"
                               r"usually|often|mostly|partly|partially|"
                               # the speaker's own knowledge bounds the answer ("Not that I know of.")
                               r"not\s+that\s+(?:I|we)\b)\b", re.I)
_STRONG_ANSWER_RE = re.compile(rf"^\W*{_ANSWER_OPENER}(?:massively|hugely|greatly|enormously|a\s+lot|loads)\b", re.I)
_EMPHATIC_YES_RE = re.compile(r"\b(?:absolutely|definitely|certainly|of\s+course)\b(?!\s+not)", re.I)


# a modal reply after any opener ("It can.", "Honestly, it might.", "They could be.")
_MODAL_REPLY_RE = re.compile(r"^\W*(?:[\w'’]+\W+){0,3}?(?:it|they|that)\s+(?:can|could|may|might)(?:\s+be)?\W*$", re.I)
_NEGATIVE_ANSWER_RE = re.compile(r"^(?:no\b|nope|not\b|never\b|none\b|unlikely|hardly|barely|scarcely|rarely|seldom)|\bnot$", re.I)
_GERUND_ADJUNCT_RE = re.compile(r"\s+(?:at|in|on|with|during|after|before|for)(?:\s+(?:a|an|the|your|my|our|their|this|that))?"
                                r"\s+[\w.'’-]+", re.I)
# a minimiser answers "almost no", not "no": the restated claim keeps it ("is hardly painful")
# (ANSWER23: so does a frequency minimiser, "Rarely." answers "seldom", not "never": "it will rarely make ...")
_MINIMISER_ANSWER_RE = re.compile(r"hardly|barely|scarcely|rarely|seldom", re.I)
_Q_AUX = r"is|are|was|were|does|do|did|can|could|will|would|should|has|have|may|might"
# (a vocative set off by a comma may open it: "And Maureen, did it hurt?")
_INVERTED_Q_RE = re.compile(rf"^\W*(?:(?:and|but|so|also|then|now|well|okay|ok)\W+)*(?:[A-Z][\w'’-]*,\s+)?"
                            rf"(?P<aux>{_Q_AUX})\s+(?P<rest>.+)$",
                            re.I)
_EMBEDDED_Q_RE = re.compile(r"\b(?:if|whether)\s+(?P<clause>.+)$", re.I)
# (a gerund clause names the act asked about: "Does shaving your face make ...?" (GOLD10))
# ("there": the subject of an existential question, "Is there any downtime?", REC14)
_Q_SUBJECT_PRONOUN_RE = re.compile(r"(?:it|they|this|these|that|those|he|she|you|we|I|there)\b"
                                   r"|[a-z]{3,}ing(?:\s+(?:your|my|our|their|his|her|the|a|an)\s+[a-z]+)?"
                                   r"(?=\s+[a-z]+\s)",
                                   re.I)


def _declarative(question: str, negative: bool, primary: Concept, negator: str = "not",
                 modal: str | None = None) -> str | None:
    """The yes/no question `question` as a statement, negated for a negative answer (by `negator`:
    a minimiser answer, "Hardly at all.", keeps its degree: "it is hardly painful"); None when its
    subject cannot be found (only a pronoun or a treatment name is taken as one). A modal answer
    ("It might.", `modal`) is a qualified yes: its modal replaces the question's auxiliary ("Will it
    help?" / "It might." -> "it might help"; "Is it safe?" / "It can be." -> "it can be safe") (ANSWER23)."""
    q = question.strip().rstrip("?").strip()
    m = _INVERTED_Q_RE.match(q)
    if m is not None:
        rest = m.group("rest")
        subj = _Q_SUBJECT_PRONOUN_RE.match(rest)
        end = subj.end() if subj else _named_q_subject(rest, primary)
        aux = m.group("aux").lower()
        if end == 0 and aux not in ("is", "are", "was", "were", "has", "have"):
            # (ANSWER23) after "do" or a modal the subject's noun phrase runs to the bare main verb: "Will your
            # stretch marks disappear?", "Will the tablets make my heart race?"
            verb = next(iter(effect_verbs(rest)), None)
            if verb is not None and 1 <= len(rest[:verb.start()].split()) <= 4 and not re.search(
                    r"[,;:]|\b(?:than|if|when|because)\b", rest[:verb.start()], re.I):
                end = verb.start() - 1
        if end == 0:
            return None
        if subj is not None and aux in ("is", "are", "was", "were") and subj.group(0).lower().endswith("ing"):
            # a copula's gerund subject keeps its adjuncts: "Is rolling at home painful?" -> "Rolling at
            # home is ... painful" (the predicate is what follows them)
            while (pp := _GERUND_ADJUNCT_RE.match(rest, end)) is not None and rest[pp.end():].strip():
                end = pp.end()
        if modal is not None:
            aux = modal + {"is": " be", "are": " be", "was": " be", "were": " be", "has": " have", "have": " have"}.get(aux, "")
        out = f"{rest[:end]} {aux}{' ' + negator if negative else ''} {rest[end:].strip()}"
    else:
        e = _EMBEDDED_Q_RE.search(q)
        aux = re.search(rf"\b(?:{_Q_AUX})\b", e.group("clause"), re.I) if e else None
        if (e is None or aux is None) and _VERBLESS_Q_RE.fullmatch(q):
            # "Worth it?", "Safe for kids?": a verbless question leaves out "is it" (REC13)
            return f"It {modal + ' be' if modal else 'is'}{' ' + negator if negative else ''} {q[:1].lower()}{q[1:]}"
        if e is None or aux is None:
            return None
        clause = e.group("clause")
        word = aux.group(0)
        if modal is not None:
            word = modal + {"is": " be", "are": " be", "was": " be", "were": " be", "has": " have",
                            "have": " have"}.get(word.lower(), "")
        out = clause[:aux.start()] + word + (" " + negator if negative else "") + clause[aux.end():]
    out = " ".join(out.split())
    if negative:
        out = re.sub(r"\bnot\s+any\b", "no", out)  # "There is not any downtime" says "There is no downtime" (REC14)
    return out[:1].upper() + out[1:]


_VERBLESS_Q_RE = re.compile(r"(?:worth|safe|good|okay|ok|effective|necessary|needed|painful|risky)\b[\w\s'’-]{0,30}", re.I)
_Q_DET_RE = re.compile(r"(?:(?:a|an|the|this|that|these|those|my|your|our|their)\s+)?", re.I)
_FORM_AFTER_RE = re.compile(rf"(?:\s+{_PRODUCT_FORM_RE.pattern}\b)+", re.I)
_RELATIVE_SUBJECT_RE = re.compile(r"\s+(?:I|you|we|they|he|she|that|which|who)\b")
# an attributive word before a treatment's name: not a preposition, conjunction, comparative or pronoun
_Q_PREMODIFIER_RE = re.compile(r"(?:(?!(?:than|for|with|without|of|and|or|to|in|on|at|by|as|from|more|less|better|worse|"
                               r"it|they|this|that|there|you|we|I|any|safe|safer|good|bad|painful|worth)(?![\w-]))[A-Za-z][\w-]*\s+)",
                               re.I)


def _named_q_subject(rest: str, primary: Concept) -> int:
    """Where the subject of an inverted question ends when it is a treatment's noun phrase: its
    determiner, the name and the product form after it ("a vitamin C serum"); a relative clause
    after the name ("the tretinoin cream I used before ...") runs to the clause's effect verb
    ("harm"). 0 when the subject names no treatment (REC13)."""
    k = _Q_DET_RE.match(rest)
    at = k.end() if k else 0
    named = max((n.end() for c in (primary, *INTERVENTIONS) if (n := c.regex.match(rest, at)) is not None), default=0)
    # English noun phrases are head-final: one or two attributive modifiers before the name ("at-home
    # microneedling", "daily retinol") are part of the subject (NEG15)
    mod_at = at
    for _ in range(2):
        if named or (mod := _Q_PREMODIFIER_RE.match(rest, mod_at)) is None:
            break
        mod_at = mod.end()
        named = max((n.end() for c in (primary, *INTERVENTIONS) if (n := c.regex.match(rest, mod_at)) is not None),
                    default=0)
    if named == 0:
        return 0
    form = _FORM_AFTER_RE.match(rest, named)
    end = form.end() if form else named
    if _RELATIVE_SUBJECT_RE.match(rest, end):
        verb = next(iter(effect_verbs(rest, end)), None)
        return verb.start() - 1 if verb is not None else 0
    return end


# An elliptical reply to a reported belief (TRAP8): "Some say X makes your scalp itch. It doesn't.",
# "You might think X does nothing. It does.", "You'll hear that X does nothing. Not true." English
# leaves the verb phrase out of the reply (a pronoun subject and a bare auxiliary, or a bare verdict
# on truth); what it asserts is the belief's clause, affirmed or denied by the reply's polarity.
_ELLIPTICAL_REPLY_RE = re.compile(
    # (ANSWER23) a discourse opener does not change the reply's polarity: "I'm afraid it doesn't", "That's fair, it did."
    r"^\W*(?:(?:but|and|well|actually|nope|sorry|no|yes)\W+)?(?:i['’]m\s+afraid\s+)?"
    + _ANSWER_OPENER +
    r"(?:(?:it|they|he|she|this|that|these|those)\s+(?:really\s+|simply\s+|"
    r"absolutely\s+|definitely\s+|certainly\s+|just\s+|honestly\s+)?(?:(?P<aux>does|do|did|can|could|will|would|is|are|was|"
    r"were|has|have|should|may|might)(?P<neg>n['’]t|\s+not)?|(?P<neg2>won['’]t|can['’]t|cannot|shan['’]t))|(?P<ntrue>(?:that['’]s\s+|this\s+is\s+|it['’]s\s+)?(?:simply\s+|just\s+)?"
    r"(?:not\s+(?:true|so|the\s+case)|untrue|false|wrong|a\s+myth|nonsense)))\W*$", re.I)
# the belief: a reporting or belief verb with a generic subject and its content clause, or the passive of
# one with the thing believed about as subject ("X was once thought to cause Y": "X causes Y")
_REPORTED_BELIEF_RE = re.compile(
    # (ANSWER24) the believer's noun phrase may carry a modifier ("A lad on our forum swears that ..."); a belief may be
    # a predicate adjective ("My mum is convinced that ...")
    r"^\W*(?:[\w'’-]+\s+){1,6}?(?:say|says|said|claim|claims|claimed|insist|insists|think|thinks|thought|believe|"
    r"believes|believed|assume|assumes|worry|worries|fear|fears|hear|heard|read|swear|swears|swore|"
    r"(?:is|are|was|were|am|['’]s|['’]re)\s+(?:convinced|sure|certain|adamant)|"
    # (ANSWER24) an indirect yes/no question ("Ravi asks if needling does anything.") puts its clause to the
    # other speaker as a question does: a reply affirms or denies the clause
    r"(?:asks?|asked|wonders?|wondered|wants?\s+to\s+know|wanted\s+to\s+know)\s+(?:if|whether)(?=\s))"
    r"\s+(?:that\s+)?(?!to\s)"
    r"(?P<c>[^.!?;]{8,}?)\W*$"
    r"|^\W*(?P<x>(?:[\w'’-]+\s+){1,5}?)(?:was|were|is|are|used\s+to\s+be)\s+(?:once\s+|long\s+|widely\s+|often\s+|"
    r"commonly\s+|originally\s+|first\s+)?(?:thought|believed|said|feared|assumed|claimed|rumou?red)\s+to\s+"
    r"(?P<v>[a-z]+)(?P<rest>[^.!?;]{3,}?)\W*$", re.I)
_REBUTTAL_RESTATED = "It is not true that "
# (ANSWER24) a source or a stance set off after an answer or reply: an attribution ("..., say dermatologists",
# "..., according to the trials") or the speaker's own epistemic stance ("..., in my view", "..., I think")
_STANCE_TAIL_RE = re.compile(r"\s*,\s*(?:(?P<src>(?:say|says|said|according\s+to|reckons?|insists?)\s+(?:[\w'’.-]+\s+){0,3}"
                             r"[\w'’.-]+)|(?P<stance>in\s+(?:my|our)\s+(?:view|opinion|experience)|from\s+what\s+(?:I|we)\s+"
                             r"(?:read|know|hear|have\s+read|can\s+tell|see)|I\s+(?:think|believe|reckon|suspect|guess|would\s+say)))"
                             r"\W*$", re.I)
_KNOWN_FRAME_RE = re.compile(r"^\W*(?:(?:but|and)\s+)?(?:we|doctors|scientists|researchers|research|studies|trials|"
                             r"experts|science|the\s+evidence)\s+(?:now\s+|since\s+)?(?:know|knows|show|shows|showed|"
                             r"found|find|finds|confirm|confirms|confirmed|tell\s+us|tells\s+us)\s+(?:that\s+)?", re.I)
_NEGATIVE_CLAUSE_RE = re.compile(r"\b(?:not|no|never|nothing|none|nobody|cannot)\b|n['’]t\b", re.I)


def _replied_belief(belief: str, reply: str, stated: bool = False) -> str | None:
    """The claim an elliptical reply makes about the belief before it: the belief's clause when
    the reply agrees with it, "It is not true that <clause>" when it contradicts it (a negative
    reply to a positive clause, a positive reply to a negative one, "Not true."); None when the
    sentence before is no reported belief. `stated`: the reply opens a new turn after the other
    speaker's statement, which is then the claim it answers ("The meta-analysis put laser caps
    first." / "That's fair, it did.") even when nobody is reported as saying it (ANSWER23)."""
    # the reply may sit under a frame of knowledge ("we now know it doesn't", "studies show it does")
    reply = _KNOWN_FRAME_RE.sub("", reply, count=1)
    # (ANSWER24) or name its source or the speaker's stance after it ("It does not, say dermatologists.", "They don't,
    # in my view"): who holds the reply, not what it replies
    reply = _STANCE_TAIL_RE.sub("", reply, count=1)
    m = _ELLIPTICAL_REPLY_RE.match(reply)
    b = _REPORTED_BELIEF_RE.match(belief)
    if m is None:
        return None
    if b is None:
        if not stated or len(belief.split()) < 3 or "?" in belief:
            return None
        clause = " ".join(belief.strip().rstrip(".!").split())
    elif b.group("c"):
        # the belief's words quoted ('swears oil "draws the toxins out"') are its content, not a title
        clause = " ".join(re.sub(r"[\"“”]", "", b.group("c")).split())
    else:  # the passive belief: its subject with the verb made finite ("thought to cause" -> "causes")
        verb = b.group("v")
        finite = verb if verb.lower() in ("be", "have") or verb.endswith("s") else (
            verb + "es" if verb.endswith(("sh", "ch", "x", "o")) else verb + "s")
        finite = {"be": "is", "have": "has"}.get(verb.lower(), finite)
        clause = " ".join(f"{b.group('x')} {finite}{b.group('rest')}".split())
    # "Not true." judges the belief itself; "It doesn't." / "It does." set the polarity of its verb
    denies = bool(m.group("ntrue")) or bool(m.group("neg") or m.group("neg2")) != bool(_NEGATIVE_CLAUSE_RE.search(clause))
    return f"{_REBUTTAL_RESTATED}{clause}" if denies else f"{clause[:1].upper()}{clause[1:]}"


def _restated_answers(text: str, primary: Concept) -> tuple[str, list[tuple[int, int, int, int]]]:
    """`text` with each elliptical answer replaced by the question it answers, restated, and each
    elliptical reply to a reported belief by what it asserts; and the replaced regions as (start,
    end in `text`, start, end in the new text)."""
    # a speaker's label opening a line ("DR. LEE: For healthy adults, absolutely.") stands between a
    # question and its answer without being either (GOLD10)
    sents = [x for x in sentences(text) if not _is_line_label(text, x)]
    replaced: list[tuple[int, int, str]] = []
    for sent in sents:
        # "X was once thought to cause Y; we now know it doesn't": the reply after a semicolon (TRAP8)
        semi = re.search(r";\s+", text[sent.start:sent.end])
        if semi is not None and not sent.question:
            a = sent.start + semi.end()
            said = _replied_belief(text[sent.start:sent.start + semi.start()], text[a:sent.end])
            if said is not None:
                replaced.append((a, sent.end, said))
    for field in _NIL_FIELD_RE.finditer(text):
        # a labelled field whose value is nil ("**Downtime:** none") says the treatment has none of
        # what its label names: "No downtime" (REC13)
        replaced.append((field.start("label"), field.end("value"), f"No {field.group('label').lower()}"))
    for prev, sent in zip(sents, sents[1:]):
        if sent.question:
            continue
        # (ANSWER23) an answer or reply may open a longer sentence, set off from the rest by a colon, semicolon or
        # dash ("For most adults, yes: there are no side effects", "I'm afraid it doesn't; swishing oil is ..."):
        # the elliptical clause is restated, the rest of the sentence is left as it is
        end = sent.end
        m = _ANSWER_RE.match(text[sent.start:end])
        head = _ANSWER_HEAD_RE.match(text, sent.start, sent.end)
        if m is None and head is not None:
            end = sent.start + len(head.group("h"))
            m = _ANSWER_RE.match(text[sent.start:end])
        asked = prev if prev.question else None
        # the reply opens the other speaker's turn (a new line, or a speaker's label): the turn before is what it answers
        new_turn = "\n" in text[prev.end:sent.start] and not prev.heading
        if asked is None:
            said = _replied_belief(text[prev.start:prev.end], text[sent.start:sent.end], new_turn)
            if said is None and head is not None:
                end = sent.start + len(head.group("h"))
                said = _replied_belief(text[prev.start:prev.end], text[sent.start:end], new_turn)
        elif m is None:
            continue
        elif (_TRUTH_Q_RE.match(text, asked.start, asked.end) or _ECHO_Q_RE.match(text, asked.start, asked.end)) and (
                k := sents.index(asked)) > 0 and (belief := _replied_belief(
                    text[sents[k - 1].start:sents[k - 1].end], "Not true.",
                    "\n" not in text[sents[k - 1].end:asked.start] and not sents[k - 1].heading)) is not None:
            # "I've read that X. True?" / "I'm afraid not.": the answer judges the belief put to it (REC13); so does
            # a question that echoes the statement before it by its auxiliary ("Your ads say results last. Does it?")
            negative = bool(_NEGATIVE_ANSWER_RE.search(m.group("a")))
            said = belief if negative else belief[len(_REBUTTAL_RESTATED):]
            said = said[:1].upper() + said[1:]
        else:
            minimiser = _MINIMISER_ANSWER_RE.match(m.group("a"))
            modal = _MODAL_ANSWER_RE.match(m.group("a"))
            said = _declarative(text[asked.start:asked.end], bool(_NEGATIVE_ANSWER_RE.search(m.group("a"))), primary,
                                minimiser.group(0).lower() if minimiser else "not",
                                modal.group("m").lower() if modal else None)
            fronted = _FRONTED_QUALIFIER_RE.match(text, sent.start, sent.start + m.start("a"))
            if said is not None and fronted is not None:
                # "For most people, yes.": the qualifier restricts what the answer asserts (REC13)
                said = f"{fronted.group(0).strip()} {said[:1].lower()}{said[1:]}"
            elif said is not None and m.group("scope"):
                # (ANSWER24) "Not for her eyes.": the no holds for the scope it names, as a fronted qualifier
                said = f"{m.group('scope')[:1].upper()}{m.group('scope')[1:]} {said[:1].lower()}{said[1:]}"
        if said is not None:
            replaced.append((sent.start, end, said))
    parts: list[str] = []
    regions: list[tuple[int, int, int, int]] = []
    pos = shift = 0
    for start, end, said in sorted(replaced):
        if start < pos:
            continue
        parts += [text[pos:start], said]
        regions.append((start, end, start + shift, start + shift + len(said)))
        shift += len(said) - (end - start)
        pos = end
    return "".join(parts) + text[pos:], regions


# a field line, "Label: value" (its label bold or not), whose value is nil
_NIL_FIELD_RE = re.compile(r"^[ \t>]*(?:[-*•][ \t]+)?[*_]{0,2}(?P<label>[A-Z][A-Za-z]+(?:[ -][A-Za-z]+){0,3})[*_]{0,2}[ \t]*:"
                           r"[*_]{0,2}[ \t]+(?P<value>none|nil|zero|nothing|no)\b[ \t]*\.?[ \t]*$", re.M | re.I)
_FRONTED_QUALIFIER_RE = re.compile(r"\W*(?:for|in|with|at|on)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s*", re.I)
# (ANSWER23) an elliptical answer or reply opening a sentence, before a colon, semicolon or spaced dash
_ANSWER_HEAD_RE = re.compile(r"(?P<h>[^:;–—]{2,60}?)\s*(?::|;|\s[–—-]\s|[–—])\s*\S")
# a modal answer ("It might.", "They can be.") is a qualified yes
_MODAL_ANSWER_RE = re.compile(r"(?:it|they|that)\s+(?P<m>can|could|may|might)\b", re.I)
# (ANSWER23) a question that echoes the statement before it by an auxiliary and a pronoun ("Does it?", "Do they
# really?", "Is that so?"): an answer to it judges that statement
_ECHO_Q_RE = re.compile(rf"\W*(?:(?:and|but|so|well)\W+)?(?:{_Q_AUX})\s+(?:it|they|that|this|he|she)"
                        r"(?:\s+(?:really|so|now|though|still))?\W*$", re.I)
# a question on the truth of the statement before it ("True?", "Is that right?")
# ("Is she right?": the one reported as saying it, ANSWER23)
_TRUTH_Q_RE = re.compile(r"\W*(?:(?:is|was|are|were)\s+(?:that|it|this|she|he|they)\s+)?(?:really\s+)?"
                         r"(?:true|right|correct|so|real|a\s+myth)\W*$", re.I)


def _is_line_label(text: str, sent: _Sentence) -> bool:
    """A label opening its line and introducing the rest of it ("ANCHOR: ...", "u/name: ...")."""
    eol = text.find("\n", sent.end)
    rest = text[sent.end + 1:eol if eol >= 0 else len(text)]
    return sent.heading and text[sent.end:sent.end + 1] == ":" and bool(rest.strip())


def _restored(c: Candidate, text: str, regions: Sequence[tuple[int, int, int, int]]) -> Candidate:
    """A candidate found in the restated text, placed back on the article's own text."""
    shift = 0
    for start, end, new_start, new_end in regions:
        if c.claim.start >= new_end:
            shift = end - new_end
            continue
        if c.claim.start >= new_start:
            claim = dataclasses.replace(c.claim, quote=text[start:end], start=start, end=end)
            return dataclasses.replace(c, claim=claim)
        break
    if not shift:
        return c
    s, e = c.claim.start + shift, c.claim.end + shift
    return dataclasses.replace(c, claim=dataclasses.replace(c.claim, start=s, end=e))


_BULLET_LINE_RE = re.compile(r"^\s*(?:[-–—*•·▪►✓✔→]+|\d{1,2}[.)])\s+\S")
_BULLET_ONLY_RE = re.compile(r"\s*(?:[-–—*•·▪►✓✔→]+|\d{1,2}[.)])?\s*")
_OUTCOME_STOP = frozenset("""you your it its they them this that these those which who what within patient patients
people results result way ways more less very so also just really better best good great lot lots thing things
something anything everything overall response excellent amazing overnight day days week weeks month months
year years include includes most men women adults children persons mothers babies users teens teenagers girls boys
difference differences group groups change changes effect effects improvement improvements benefit benefits
session sessions own concerns
a an the my our their his her some any no if only even almost same quite too one two three four five six seven
eight nine ten twice half little few much many several all""".split())  # nouns that name no outcome
# ("see a clear difference"), and closed-class words that are never an outcome's head
# (REC6) the writer's own pronouns and "ago": testimony ("I measured my longest lash", "three
# winters ago I haven't had") leaves them in the object words, which are then prose, not an outcome
_OUTCOME_STOP = _OUTCOME_STOP | frozenset("i i've i'm i’ve i’m me mine myself ago".split())
# (OUT10) a verb's particle ("it wears off", "slowed down") is never an outcome's word
_OUTCOME_STOP = _OUTCOME_STOP | frozenset("off down up out away".split())
# (JUNK15) a subordinator opens a clause ("fade unless you keep up ..."), a pronoun with a clitic
# auxiliary ("they'd call") starts one, and an adverb of frequency ("waking less often") says how often:
# none is ever an outcome's word
_OUTCOME_STOP = _OUTCOME_STOP | frozenset("unless although though because whereas whether until lest".split()) | frozenset(
    "often seldom sometimes always never ever".split()) | frozenset(
    f"{p}{a}{c}" for p in "i you we they he she it".split() for a in "'’" for c in ("d", "ll", "re", "ve", "s", "m"))
# (QUEST6) closed classes of English that never name a state of the body: a distributive or dual
# quantifier ("beat placebo on every", "prevents both": it counts what another phrase names), a verb
# of saying, reporting or ranking ("authors wrote", "cat vets warn", "ranked PRP above": a clause about
# who says, never what changed), the nouns of research discourse ("the trials disagree", "network
# meta-analysis": the research, not the body) and a commercial attribute ("your money back")
_OUTCOME_STOP = _OUTCOME_STOP | frozenset("every each both either neither another such".split()) | frozenset(
    """say says said saying tell tells told telling write writes wrote written warn warns warned reckon reckons
    reckoned claim claims claimed swear swears swore rank ranks ranked ranking""".split()) | frozenset(
    """study studies trial trials research researchers scientists authors data analysis analyses
    meta-analysis meta-analyses money price prices cost costs packaging bottle bottles""".split())
# ("evidence" itself stays out, sign errors first: refused, "X has the strongest evidence: 79% improved" falls back
# on the article's main question, and where the tables misread an article's main outcome that put a verdict on the
# wrong side of its claim)
_LEADING_DET_RE = re.compile(r"^(?:(?:my|your|our|their|his|her|its|the|a|an|this|these|that|those|some|any)\s+)+",
                             re.I)


_TIME_WORD_RE = re.compile(r"\b(?:overnight|instantly|immediately|in\s+(?:just\s+)?(?:a|one|two|three|a\s+few)\s+"
                           r"(?:days?|weeks?)|after\s+(?:the\s+)?(?:very\s+)?first\s+(?:session|visit|use|treatment|"
                           r"application|dose))\b", re.I)
_ADVERB_RE = re.compile(r"(?:ally|ily|ively|ously|ently|antly|fully|ably|ibly|edly|ingly|tly|sly|rly|dly|ely)$")


def _clean_outcome_words(words: str) -> bool:
    """Can the verb's object stand as an outcome? Short noun words only: "excellent response
    patient" or "ldl cholesterol within" are prose leftovers, not outcomes."""
    parts = re.split(r"\s+(?:and|or)\s+", words.lower())
    if len(parts) > 1:  # a coordination of short noun phrases: each must stand as an outcome
        return len(parts) <= 3 and all(_clean_outcome_words(p) for p in parts)
    ws = _LEADING_DET_RE.sub("", words.lower()).split()  # "this yeast" is the noun phrase "yeast"
    # (a lone past-tense verb, "Hair counts rose" -> "rose", a person or group noun, a count or a time
    # never names an outcome: the frame's closed classes, so the main question stands, OUTC)
    # (an adverb of time, "shed again", "two days later", places the claim in time, QUEST6)
    return 1 <= len(ws) <= 3 and not any(w in _OUTCOME_STOP or _ADVERB_RE.search(w) for w in ws) and \
        not _names_no_state(ws) and not _frames._names_no_outcome(ws) and not _TIME_ADVERB_RE.search(" ".join(ws))


# (OUT12) An outcome is a content noun phrase naming a state, attribute or process of the body.
# Closed classes of English that never do: prepositions and particles ("the skin around it", "dry
# after first"), time expressions ("by the next morning"), the general nouns English uses as
# anaphors ("aggravate the situation", "the problem": they point back to an outcome, they name
# none) and relational nouns of place or part ("the top layer", "the surface").
_PREPOSITION_WORDS = frozenset("""around about through across along behind beyond inside outside after before
by over under within until near during since without upon onto into toward towards against among""".split()) | frozenset(
    # (QUEST6) the rest of the closed class: "ranks above minoxidil", "works below the jawline"
    "above below beneath underneath beside besides between ahead past via throughout".split())
_TIME_HEAD_WORDS = frozenset("""morning mornings evening evenings afternoon afternoons night nights today tonight
tomorrow yesterday weekend weekends moment moments season seasons hour hours minute minutes""".split())
_GENERAL_NOUNS = frozenset("""situation situations problem problems issue issues matter matters case cases stuff
fact facts idea ideas thing things business""".split()) | frozenset(
    # (QUEST6) a relational or evaluative noun points to a state another phrase names ("does the
    # opposite", "does the job", "the better choice", "my secret"): it names none itself
    "opposite reverse job trick choice choices option options secret secrets".split())
_PART_NOUNS = frozenset("""top bottom surface surfaces layer layers side sides area areas part parts edge edges
middle front rest""".split())
_PLACE_OR_ORDER = frozenset("next last first top bottom upper lower outer inner same whole entire".split())


def _names_no_state(ws: Sequence[str]) -> bool:
    """Are these noun phrase words (determiner dropped) no outcome by their closed class? A
    preposition first, a time noun as head, or only general, part and place/order words. (A
    preposition inside ends the phrase: the extractor cuts it there.)"""
    if not ws:
        return False
    if (ws[0] in _PREPOSITION_WORDS and ws[0] != "into") or ws[-1] in _TIME_HEAD_WORDS:
        return True
    return all(w in _GENERAL_NOUNS or w in _PART_NOUNS or w in _PLACE_OR_ORDER for w in ws)


# English's adverbs of time ("two days later", "sooner", "afterwards") place a claim in time; they name no state
_TIME_ADVERB_RE = re.compile(r"\b(?:later|earlier|sooner|afterwards?|beforehand|lately|recently|already|yet|still|"
                             r"again|ago|soon|now|then|today|tonight|tomorrow|yesterday|overnight)\b", re.I)


def _unclashed(question: Question, existing_ids: Collection[str]) -> Question:
    """A proposed question under an id of its own: "-auto" appended when an existing question has its id."""
    if question.question_id not in existing_ids:
        return question
    return dataclasses.replace(question, question_id=question.question_id + "-auto")


def _proposed(question: Question, existing_ids: Collection[str], new_questions: dict[str, Question]) -> Question:
    """A question proposed for a claim, under an id of its own, registered once per article (the first proposal
    under an id stands)."""
    question = _unclashed(question, existing_ids)
    return new_questions.setdefault(question.question_id, question)


def _requestion(questions: Sequence[Question], new_questions: dict[str, Question], intervention: Concept, words: str,
                kind: str, home: bool, *, comparative: bool, population: str,
                duration: bool) -> tuple[Question | None, Question | None]:
    """(existing question, question this article already proposed) that asks `words` of the intervention, at most
    one of them; (None, None) when neither does (QUEST5 and QUEST6 ask a claim again on its frame's own outcome)."""
    question = _match_question(questions, intervention, None, words, kind, home, comparative=comparative,
                               population=population, duration=duration)
    if question is not None and question.question_id in new_questions:
        return None, question
    return question, None


def _clause_own_outcome(label: str | None, target: Question, quote: str, treatments: Sequence[Concept]) -> str:
    """The frame's outcome when the clause itself words it and the question does not ask it (QUEST6): a
    standing outcome (`_standing_outcome`), no general harm label, every content word of it in the quote
    (by its first four letters: "itch" -> itching) and none in the question's outcome. Empty otherwise."""
    own = _LEADING_DET_RE.sub("", " ".join((label or "").split()).lower())
    if not _standing_outcome(own, treatments) or _GENERIC_HARM_LABEL_RE.fullmatch(own):
        return ""
    def stems(text: str) -> set[str]:
        return {w[:4] for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in ("and", "the")}
    mine, asked = stems(own), stems(target.outcome)
    if not mine or not mine <= stems(quote) or (mine & asked and not asked < mine):
        return ""  # (a question on part of it, "itching" for "scalp itching", asks about more than the claim)
    if " " not in own and re.search(rf"\b(?:my|your|his|her|our|their)\s+{re.escape(own)}\b", quote, re.I):
        return ""  # a possessed noun alone is where it went on ("did nothing for my chin"), no state of it (Round 9)
    return own


def _standing_outcome(label: str | None, treatments: Sequence[Concept]) -> bool:
    """Can the frame's own outcome stand as one (QUEST6)? A short content noun phrase
    (`_clean_outcome_words`) naming no treatment, no inert control and no time."""
    own = _LEADING_DET_RE.sub("", " ".join((label or "").split()).lower())
    return bool(own) and _clean_outcome_words(own) and not _is_treatment_np(own) and not \
        _frames.INERT_ARM_RE.match(own) and not any(c.regex.search(own) for c in treatments)


# (QUEST7) The standard of a comparison: the phrase after "than", the second "as" of "as ... as",
# "compared with/to", "relative to", "versus" or "unlike", up to the end of its clause. What it names is
# the arm the claim is set against, never what changes ("no better for your hair than the 30 mcg in a basic
# multivitamin": the multivitamin is the comparator; "hair", the comparison's "for" complement, the outcome).
_STANDARD_RE = re.compile(r"\b(?:than|as\s+(?:[\w-]+\s+){1,3}?as|compared\s+(?:with|to)|relative\s+to|versus|vs\.?|"
                          r"unlike)\s+(?P<std>(?:(?!\b(?:for|on|at|when|after|within|by|across|among|during)\b)[^,;:.!?()])*)", re.I)
_COMPARISON_FOR_RE = re.compile(r"\b(?:better|worse|safer|gentler|kinder|harder|more\s+[\w-]+|less\s+[\w-]+|no\s+different|"
                                r"(?:as|just\s+as|equally)\s+(?:good|effective|useful))\s+for\s+(?:(?:your|the|my|our|their|his|her)\s+)?"
                                r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:than|as|compared)\b", re.I)


def _in_standard(words: str, clause: str) -> bool:
    """Does `words` (an outcome phrase read off `clause`) lie within the standard of a comparison in
    the clause, and nowhere else in it (QUEST7)? Then it names the comparator, never the outcome."""
    ws = re.findall(r"[a-z][\w-]*", _LEADING_DET_RE.sub("", words.lower()))
    if not ws:
        return False
    rx = re.compile(r"\b" + r"\W+(?:\w+\W+){0,2}?".join(re.escape(w) for w in ws) + r"\b", re.I)
    spans = [(m.start("std"), m.end("std")) for m in _STANDARD_RE.finditer(clause)]
    hits = [m.start() for m in rx.finditer(clause)]
    return bool(spans) and bool(hits) and all(any(a <= h < b for a, b in spans) for h in hits)


def _comparison_for(clause: str) -> str:
    """The "for" complement of a comparison, what the two arms are compared on ("no better for your hair
    than ...": hair), when it can stand as an outcome (QUEST7); else ""."""
    m = _COMPARISON_FOR_RE.search(clause)
    np = m.group("np").lower() if m else ""
    return np if np and _clean_outcome_words(np) and not _is_treatment_np(np) and not _PERSON_HEAD_RE.search(np) else ""


def _frame_question_outcome(said: str | None, target: Question, treatments: Sequence[Concept],
                            claim_text: str = "") -> str:
    """The frame's outcome when a question should be asked on it instead of `target`'s: a short
    content noun phrase (`_clean_outcome_words`) naming no treatment, none of whose content words
    the question's outcome has. Empty when the question already asks it, or the frame reads none.
    When the question's word is a gerund whose direct object the frame read ("shedding 70% less
    hair"), the process is named as English compounds it, object before gerund ("hair shedding"):
    the object alone would ask about the whole of it."""
    said = _LEADING_DET_RE.sub("", " ".join((said or "").split())).lower()
    if not said or not _clean_outcome_words(said) or _is_treatment_np(said) or _TIME_ADVERB_RE.search(said) or \
            any(c.regex.search(said) for c in treatments) or (claim_text and _in_standard(said, claim_text)) or \
            _GENERIC_HARM_LABEL_RE.fullmatch(said):
        return ""  # (QUEST7: nor the comparator, the standard a comparison sets the claim against)
    asked = _words_of(target.outcome)
    if _words_of(said) & asked and not asked < _words_of(said):
        # (QUEST6) the question asks it, unless it asks only part of it: "skin" for "skin darkening",
        # "baldness" for "pattern baldness" ask about more than the claim does
        return ""
    gerund = target.outcome.strip().lower()
    if re.fullmatch(r"[a-z]{3,}ing", gerund) and re.search(
            rf"\b{gerund}\s+(?:(?:[\d.,]+%?|a|an|the|my|your|less|more|fewer|much|far|so|any)\s+){{0,3}}{re.escape(said)}\b",
            claim_text, re.I):
        return f"{said} {gerund}"
    return said


def _main_question(questions: Sequence[Question], new: Sequence[Question], intervention: Concept,
                   main_outcome: Concept | None = None, used: Sequence[str] = ()) -> Question | None:
    """The article's main question for an intervention: one that tests it on the article's main
    outcome; else one proposed from this article; else the benefit question its other claims
    test most. None when the article gives no such anchor: a claim without an outcome of its own
    is not pinned to an arbitrary question."""
    def tests(q: Question) -> bool:
        ikeys, _ = _question_concepts(q)
        return intervention.key in ikeys or (not ikeys and intervention.label.lower() in q.intervention.lower())

    # (a harm or a mechanism is a question of its own, never the article's main benefit, QUEST5)
    candidates = [q for q in (*new, *questions) if tests(q) and q.kind not in ("safety", "mechanism")]
    if main_outcome is not None:
        for q in candidates:
            if main_outcome.key in _question_concepts(q)[1]:
                return q
    # the benefit question the article's claims so far test most, before the first one proposed
    counts = Counter(used)
    ranked = sorted((q for q in candidates if counts[q.question_id]), key=lambda q: -counts[q.question_id])
    if ranked and counts[ranked[0].question_id] >= 2:
        return ranked[0]
    for q in new:
        if tests(q) and q.kind not in ("safety", "mechanism"):
            return q
    return ranked[0] if ranked else None


def _harm_key(text: str) -> tuple[str | None, str]:
    """The outcome table key of the harm a denial names ("painless" -> pain, "won't cause
    breakouts" -> acne), else (None, the harm's words) when they are specific ("drug
    interactions"), else the generic adverse effects."""
    harm = denied_harm(text) or ""
    for c in sorted(OUTCOMES, key=lambda c: c.kind != "safety"):
        if harm and c.key != "adverse-effects" and c.regex.search(harm):
            return c.key, harm
    # ("adverse reactions", "adverse events": the general label in other words, OUT12)
    if harm and not re.fullmatch(r"(?:adverse|side)\s+(?:effects?|events?|reactions?)|harm|risks?|problems?|issues?|"
                                 r"drawbacks|downsides?", harm) and _clean_outcome_words(harm):
        return None, harm
    return "adverse-effects", harm


def _worded(text: str, start: int, end: int, concept: Concept, comparator: str | None = None) -> str | None:
    """The intervention as the article words it in this sentence, if it is named there outside
    the comparator ("it worked better than tretinoin": tretinoin is not the claim's subject)."""
    for m in concept.regex.finditer(text, start, end):
        if comparator and m.group(0).lower() in comparator.lower():
            continue
        if _CONTRAST_BEFORE_RE.search(text, max(start, m.start() - 20), m.start()) and any(
                o.start() > m.end() for o in concept.regex.finditer(text, m.end(), end)):
            continue  # "Unlike tretinoin, retinol ...": the contrast is no subject; a later mention is
        # an appositive after a class noun names the member the sentence is about ("A retinoid gel,
        # adapalene, used daily ..."): the member's own name is the claim's wording (INT14)
        app = re.match(r"(?:\s+[A-Za-z][\w-]*){0,2}\s*,\s+(?P<a>[A-Za-z][\w -]{2,40}?)\s*,", text[m.end():end])
        if app and concept.regex.fullmatch(app.group("a")) and app.group("a").lower() != m.group(0).lower():
            return _noun_phrase(app.group("a"))
        # English noun phrases are head-final: a name that modifies a device's head ("an LED face mask")
        # is worded by the whole compound, the device the claim is about
        device = _DEVICE_COMPOUND_RE.match(text, m.end(), end)
        if device is not None:
            return _noun_phrase(m.group(0) + device.group(0))
        return _noun_phrase(m.group(0))
    return None


_DEVICE_COMPOUND_RE = re.compile(r"(?:[ \t]+[a-z][a-z-]*)?[ \t]+(?:masks?|caps?|helmets?|wands?|devices?|pens?|rollers?|"
                                 r"combs?|patch(?:es)?)\b")


_CONTRAST_BEFORE_RE = re.compile(r"\b(?:unlike|than|versus|vs\.?|compared\s+(?:with|to)|instead\s+of|rather\s+than|"
                                 r"like)\s+(?:the\s+)?$", re.I)


_TAKING_RE = re.compile(r"^(?:taking|take|takes|took|eating|drinking|using|applying)\s+", re.I)


def _noun_phrase(words: str) -> str:
    """The treatment's name without the verb a pattern may include ("Taking collagen" -> "collagen")."""
    return _TAKING_RE.sub("", " ".join(words.split()))


_SENTENCE_OPENING_RE = re.compile(r"(?:^|[.!?:]\s+|\n\s*(?:[-*•]\s*)?)(?:the\s+|topical\s+|oral\s+)?$", re.I)


def _antecedent(text: str, start: int, concept: Concept, window: int = 600) -> str | None:
    """What a pronoun ("it", "this oil") stands for: the intervention as the article last named
    it before the sentence (the nearest mention, within a few sentences), else its most frequent
    wording in the article. Articles name their topic by one wording; the table label is ours."""
    # "Tablets can be easier than a lotion: ..., and they will not ...": a sentence whose subject is a
    # dosage form (a closed class) names what its pronouns stand for, the treatment in that form
    form = re.match(rf"\s*(?:(?:the|these|your|its|our)\s+)?({DOSAGE_FORM})\b", text[start:start + 40], re.I)
    if form:
        return f"{concept.label} {form.group(1).lower()}"
    # "FULLFACE is applied to the skin, so it won't ...": a sentence that says how it is given names its route
    sentence = re.split(r"[.!?\n]", text[start:start + 300], maxsplit=1)[0]
    given = re.search(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:applied|rubbed|massaged|sprayed)\s+(?:on|onto|to|into)\b|"
                      r"\b(?:is|are)\s+(?:taken|swallowed)\s+(?:by\s+mouth|orally)\b", sentence, re.I)
    if given:
        return f"{'oral' if re.search(r'taken|swallowed', given.group(0), re.I) else 'topical'} {concept.label}"
    near = [m for m in concept.regex.finditer(text, max(0, start - window), start)]
    # the antecedent is a sentence's subject, not a parenthesis or a predicate noun
    # ("Tretinoin (retinoic acid) is ...; Tazarotene is another retinoid. ... it worked")
    subjects = [m for m in near if _SENTENCE_OPENING_RE.search(text, max(0, m.start() - 12), m.start())]
    if subjects or near:
        return _noun_phrase((subjects or near)[-1].group(0))
    counts = Counter(_noun_phrase(m.group(0).lower()) for m in concept.regex.finditer(text))
    return counts.most_common(1)[0][0] if counts else None


# Reported speech and belief: a claim the article attributes to others ("fans say", "users
# report that", "the theory is that") is hedged by that evidential framing. Who reports is a
# closed class (people, some, many) or an agent noun in -er, whatever the topic ("users",
# "customers", "others", "gym-goers": its last part is one too).
_REPORTED_RE = re.compile(
    r"\b(?:fans|people|some|many|proponents|advocates|[a-z]+-?ers)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:say|says|claim|claims|report|reports|swear|swears|believe|believes|insist|insists)\b|\bthe\s+(?:theory|idea|claim|belief)\s+is\s+that\b", re.I)


def _stance_of_relation(relation: str, question: Question, fallback: str) -> str:
    """The frame's relation decides whether the claim asserts its question or denies it."""
    if question.kind == "safety":
        return "denies" if relation == "denies_harm" else "affirms" if relation == "harm" else fallback
    if relation == "no_effect":
        return "denies"
    if relation in ("benefit", "superior", "equivalent", "mechanism"):
        return "affirms"
    return fallback


def _with_id(c: Candidate, claim_id: str) -> Candidate:
    return dataclasses.replace(c, claim=dataclasses.replace(c.claim, claim_id=claim_id))


_NEGATION_RE = re.compile(
    r"\b(?:not(?!\s+(?:only|recommended|suitable|advised|advisable))|no(?!\s+longer)|never|none|nothing|"
    r"cannot|(?:do|does|did|is|are|was|were|will|can|could|would|should|has|have)n['’]t|won['’]t|can['’]t)\b",
    re.I)
_SAFE_RE = re.compile(r"\b(?:safe|safely|harmless|gentle|well[\s-]tolerated|risk[\s-]free)\b", re.I)
_ASSERTS_SAFETY_RE = re.compile(r"\b(?:safe|low[\s-]risk|well[\s-]tolerated|mild|how\s+painful)\b", re.I)


def _stance(quote: str, question: Question) -> str:
    """"denies" when the quote negates its question's statement: "does not damage the eyes" against
    "Does LED therapy cause eye damage?", "is completely safe" against a question about harms."""
    cond = _CONDITION_RE.match(quote)
    main = quote[cond.end():] if cond else quote  # "If sunscreen is not used, ..." negates the condition
    if question.kind == "safety" and _SAFE_RE.search(main) and not re.search(r"\bnot\s+(?:\w+\s+)?safe", main, re.I):
        # "completely safe (and does not damage the eyes)": safe wording denies a question about harm
        # and affirms one that asserts safety.
        return "affirms" if _ASSERTS_SAFETY_RE.search(question.statement) else "denies"
    return "denies" if len(_NEGATION_RE.findall(main)) % 2 else "affirms"


def write_candidates(path: str | Path, candidates: Sequence[Candidate]) -> None:
    """Write candidates in the claims.csv layout plus check_worthiness and reasons columns."""
    write_claims(path, [c.claim for c in candidates], extra={
        "check_worthiness": [f"{c.score:.2f}" for c in candidates],
        "reasons": ["; ".join(c.reasons) for c in candidates],
    })


# --- Round 10 (OUT10): outcomes from the clause's own structure -----------------------------------

# A naming construction ("the rough, scaly patches doctors call actinic keratoses", "a condition
# known as telogen effluvium", "so-called age spots") gives the thing its name: the name after it
# is the outcome, the description before it only says what it looks like.
_NAMING_RE = re.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:calls?|called|termed|dubbed|known\s+as|referred\s+to\s+as|"
                        r"so[\s-]called)\s+(?P<np>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})", re.I)


def _named_outcome(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name a naming construction in text[start:end] gives its noun phrase (see
    above), up to a word that ends a noun phrase; None when there is none, or when the name is a
    treatment's or a person's ("a serum called GlowPen", "a doctor called Smith")."""
    for m in _NAMING_RE.finditer(text, start, end):
        words = list(re.finditer(r"[A-Za-z][\w'’-]*", m.group("np")))
        keep = []
        for w in words:
            if w.group(0).lower() in _NP_END_WORDS or w.group(0).lower() in _DETERMINERS:
                break
            keep.append(w)
        if not keep:
            continue
        a, b = m.start("np") + keep[0].start(), m.start("np") + keep[-1].end()
        name = text[a:b]
        if any(c.isupper() for c in name[1:]) and not name.isupper() or _is_treatment_np(name) or \
                treatment_probability(name) >= 0.8 or _PERSON_HEAD_RE.search(name) or not _clean_outcome_words(name):
            continue  # a brand or product name ("GlowPen"), a treatment, a person
        return a, b
    return None


# A share of people given as a number ("fewer than 60% had lighter spots", "over 80% saw ...") is
# the people who undergo what the verb of experience names: its object is the outcome.
_SHARE_NUMBER_RE = re.compile(
    r"^\W*(?:(?:and|but|while)\s+)?(?:(?:in|at|after|during|within|among|with)\s+[^,]{1,40},\s+)?"
    r"(?:(?:only|just|over|under|about|around|nearly|almost|roughly|(?:fewer|less|more)\s+than)\s+)?"
    r"\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)(?:\s+of\s+(?:[a-z]+\s+){0,2}?" + _PEOPLE + r")?\s+"
    r"(?:[a-z]+ly\s+)?(?:had|have|has|got|get|gets|saw|see|sees|noticed|notice|notices|reported|report|reports|"
    r"experienced|experience|experiences|developed|develop|develops)\s+", re.I)


def _share_object(item_text: str) -> str:
    """What a numbered share of people had (see above): the noun phrase after its verb, a
    comparative adjective giving the noun it is said of ("lighter spots" -> "spots"); else ""."""
    m = _SHARE_NUMBER_RE.search(item_text)
    if m is None:
        return ""
    words = _np_words(item_text[m.end():])
    while len(words) > 1 and (_adjective_base(words[0]) or words[0].lower() in ("more", "less", "fewer", "better")):
        words = words[1:]  # "lighter spots": the comparative says how the spots changed
    phrase = " ".join(words).lower()
    return phrase if _clean_outcome_words(phrase) and not _is_treatment_np(phrase) else ""


# A causative verb with a person or a body part as object takes a bare infinitive, the change it
# causes ("will make you peel", "won't make your skin peel", "make it grow faster"): the outcome is
# that verb's noun ("peeling", "growth"), with the body part it is said of. A copular verb ("make you
# feel", "look", "seem") takes an adjective of the person and names nothing.
_CAUSED_CHANGE_RE = re.compile(
    r"\b(?:make|makes|made|making)\s+(?P<o>you|people|them|him|her|one|me|us|it|(?:your|my|their|the)\s+[a-z]+|[a-z]{3,})\s+"
    r"(?!(?:feel|feeling|look|looking|seem|stay|be|become|sound|want|think|go|do|get|keep|more|less|so|very)\b)"
    r"(?P<v>[a-z]{3,})\b(?!\s+(?:a|an|the|your|my|their|this|that|of|to)\b)", re.I)
_IRREGULAR_NOMINAL = {"grow": "growth", "regrow": "regrowth", "lose": "loss", "die": "death", "fall": "fall"}


def _caused_change(item_text: str) -> str:
    """The change a causative verb names (see above), else ""."""
    m = _CAUSED_CHANGE_RE.search(item_text)
    if m is None:
        return ""
    v = m.group("v").lower()
    if v.endswith(("ed", "er", "ly", "ing")) or (v.endswith("s") and not v.endswith("ss")) or _adjective_base(v) or \
            v in _OUTCOME_STOP or v in _GENERIC_STOP:
        # an adjective or participle ("made my skin drier") is the comparative rule's; a bare
        # infinitive has no -s ("made her eyebrows darker": "her" is a possessive there)
        return ""
    noun = _IRREGULAR_NOMINAL.get(v) or _frames._gerund(v)  # (EXT7) "thin" -> thinning
    obj = m.group("o").lower().split()
    part = _singular_noun(obj[-1]) if obj[-1] not in _OUTCOME_STOP and not _PRONOUN_WORD_RE.fullmatch(obj[-1]) \
        and not _is_treatment_np(obj[-1]) and not _PERSON_HEAD_RE.search(obj[-1]) and obj[-1] not in _GENERIC_STOP else ""
    return f"{part} {noun}" if part and part not in ("skin",) else noun


# verbs of relief and prevention besides `_RELIEF_RE`'s: "help with", "keep X from", "soothe",
# "calm", "stop", and the privative "-free" ("a flake-free scalp")
_RELIEVING_RE = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:with|against)\b|\b(?:keep|keeps|kept|keeping|stops?|stopped)\b[^,;]*\bfrom\b|"
                           r"\bsooth\w*|\bcalm(?:s|ed|ing)?\b|\bease[sd]?\b|\b[a-z]+-free\b|"
                           r"\b(?:gone|vanish\w*|disappear\w*)\b", re.I)


def _relieved_problem(text: str, item: _Span, hits: Sequence[tuple[int, int, Concept]], outcome: Concept) -> str:
    """A benefit claimed on a problem a harm entry files ("help with dry, flaky winter skin",
    "keeps the flakes from coming back"): the whole noun phrase that names the problem relieved,
    its adjectives and head noun, in the claim's own words; "" when the entry's word is not in it."""
    spans = sorted((x, y) for x, y, c in hits if c is outcome and item.start <= x and y <= item.end)
    if not spans:
        return ""
    a, b = spans[0]
    for x, y in spans[1:]:
        if re.fullmatch(r"\s*,?\s*(?:(?:and|or)\s+)?", text[b:x], re.I):
            b = y  # "an itchy, flaky scalp": the coordinated modifiers are one phrase
    while (h := re.match(r"-[A-Za-z]+", text[b:item.end])) is not None:
        b += h.end()  # "flake-free": the whole compound
    # leftwards over coordinated modifiers ("dry, flaky"), never past a determiner or preposition,
    # and over a bare space only an adjective by its suffix ("greasy"), never a verb ("calm eczema")
    while True:
        m = re.search(r"([A-Za-z][\w-]*)(\s*,\s*|\s+(?:and|or)\s+|\s+)$", text[item.start:a])
        if m is None or m.group(1).lower() in _DETERMINERS | _NP_END_WORDS | _GENERIC_STOP | _OUTCOME_STOP or \
                _ADVERB_RE.search(m.group(1).lower()) or _is_verb_like(m.group(1)) or (
                not m.group(2).strip() and not _MODIFIER_RE.fullmatch(m.group(1))):
            break
        a = item.start + m.start(1)
    # rightwards to the head noun ("flaky winter skin"), at most two words
    for _ in range(2):
        m = re.match(r"\s+([A-Za-z][\w-]*)", text[b:item.end])
        if m is None or m.group(1).lower() in _DETERMINERS | _NP_END_WORDS | _OUTCOME_STOP or \
                m.group(1).lower().endswith("ly") or _is_verb_like(m.group(1)):
            break
        b += m.end(1)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[a:b])
    phrase = " ".join(w.lower() for w in words)
    return phrase if 1 <= len(words) <= 5 else ""


def _is_verb_like(word: str) -> bool:
    """A finite or modal verb form that cannot be inside a noun phrase."""
    return bool(re.fullmatch(r"(?:can|could|may|might|will|would|should|must|is|are|was|were|be|been|has|have|had|"
                             r"do|does|did|help|helps|helped|keep|keeps|kept|get|gets|got)", word, re.I))


# A harm adjective in -y predicated of a body part ("made my skin itchy and flaky") names the
# symptom: its noun is the gerund of the word it is made from ("itching", "flaking"), when the
# entry that files it searches that noun.
def _symptom_nouns(said: str, outcome: Concept) -> str:
    parts = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", said.strip())
    if not parts or any(not re.fullmatch(r"[a-z]{3,}y", p) for p in parts):
        if len(parts) == 1 and re.fullmatch(r"[a-z]{3,}", parts[0]):
            # (QUEST7) a symptom named by its verb's bare noun ("the sting", "an itch", "a peel") is the
            # process the entry's own term names, its gerund (stinging), when the entry has that term: the
            # term is the word's gerund ("stinging")
            p = parts[0]
            for t in outcome.terms:
                base = re.sub(r"\[[a-z]+\]$", "", t.lower())
                if not base.endswith("*") and base in (p + "ing", p[:-1] + "ing") and base != p:
                    return base
        return said
    nouns = []
    for p in parts:
        base = p[:-1]
        forms = [base + "ing"]
        noun = next((f for f in forms if any(_term_regex(t).fullmatch(f) for t in outcome.terms if not t.startswith("("))),
                    None)
        if noun is None:
            return said
        nouns.append(noun)
    return " and ".join(nouns)


# A neutral verb of change ("affect", "alter", "change", "interfere with") names no harm itself: its
# object is what the claim is about.
_AFFECT_VERB_RE = re.compile(r"\b(?:affect|affects|affected|alter|alters|altered|change|changes|changed|"
                             r"interfere(?:s|d)?\s+with|mess(?:es|ed)?\s+with)\s+(?:your|the|their|my|his|her|our)?\b", re.I)

# An intransitive verb of change takes what changes as its subject ("their shedding slowed down",
# "my flaking has eased off"): with no object, the subject noun phrase is the outcome.
_CHANGED_SUBJECT_RE = re.compile(
    r"\b(?:my|your|their|his|her|our|the)\s+(?P<np>[a-z][\w-]*(?:\s+(?!(?:is|are|was|were|has|have|had)\b)[a-z][\w-]*)?)"
    r"\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+|"
    r"are\s+|were\s+)?"
    # (a copula with a participle of disappearance is a change of state too: "my dark circles were
    # basically gone", OUT11)
    r"(?:\w+ly\s+|all\s+)?(?:gone|vanished|disappeared|went\s+away|slowed|slows|dropped|drops|fell|fallen|falls|decreased|decreases|eased|eases|stopped|stops|"
    r"halved|doubled|tripled|increased|increases|improved|improves|shrank|shrunk|faded|fades|cleared|clears|"
    r"lessened|subsided|subsides|declined|declines|rose|risen|grew|grows|"
    # (a verb of change in amount, or its phrasal form, says the same of its subject: "your growth
    # hormone goes up 150%", "the score jumped", OUTL)
    r"rises|go(?:es)?\s+(?:up|down)|went\s+(?:up|down)|shot\s+up|shoots\s+up|climb(?:s|ed)|jump(?:s|ed)|"
    r"soar(?:s|ed)|spike[sd]|surge[sd]|plummet(?:s|ed)|plunge[sd]|"
    # (the progressive of the same verbs after its auxiliary: "your hair is growing faster", QST13)
    r"(?<=is\s|re\s|as\s)(?:growing|fading|clearing|improving|shrinking|falling|dropping|thickening))\b"
    r"(?!\s+(?:the|a|an|my|your|their|his|her|its|our)\b)", re.I)


# (OUT12) A pronoun subject of a verb of subsiding ("it goes down", "they fade") refers to a state,
# never to the treatment: a treatment does not subside. The state is the one its sentence names
# before it: a harm or problem the tables know, else a past participle of change ("swollen").
_SUBSIDING_RE = re.compile(r"(?:^|[,;]\s*)\W*(?:(?:and|but|so|then)\s+)?\b(?:it|they|this|that)\s+(?:usually\s+|quickly\s+|soon\s+|always\s+)?"
                           r"(?:go(?:es)?\s+(?:down|away)|went\s+(?:down|away)|subside[sd]?|settle[sd]?(?:\s+down)?|"
                           r"calm(?:s|ed)?\s+down|fade[sd]?(?:\s+away)?|disappear(?:s|ed)?|clear(?:s|ed)?\s+up)\b", re.I)


def _anaphoric_state(text: str, sent_start: int, start: int, end: int) -> str:
    """The state a subsiding pronoun refers to (see above), "" when the clause is no such clause
    or its sentence names no state before it."""
    m = _SUBSIDING_RE.search(text, start, end)
    if m is None or m.start() <= sent_start:
        return ""
    before = text[sent_start:m.start()]
    hits = [h for h in _outcome_hits(text, sent_start, m.start())
            if h[2].kind == "safety" or h[2].key in PROBLEM_OUTCOMES]
    if hits:
        return " ".join(text[hits[-1][0]:hits[-1][1]].split()).lower()
    # (the closed class of participles of change not in -ed: "swollen" -> swelling)
    return next((_IRREGULAR_PARTICIPLE[w] for w in reversed(re.findall(r"[a-z]+", before.lower()))
                 if w in _IRREGULAR_PARTICIPLE), "")


def _changed_subject(item_text: str) -> str:
    """The subject of an intransitive verb of change (see above), a clean noun phrase that is no
    person, pronoun or treatment; else ""."""
    # (a fronted condition, "Once the pigment has cleared, ...", is no part of the claim's clause)
    clause = _CONDITION_RE.sub("", item_text.lstrip())
    m = _CHANGED_SUBJECT_RE.search(clause) or _MODAL_CHANGE_RE.search(clause)
    if m is None:
        return ""
    np = m.group("np").lower()
    if _is_treatment_np(np) or _PERSON_HEAD_RE.search(np) or _GROUP_PHRASE_RE.match(np) or \
            not _clean_outcome_words(np) or any(w in _NP_END_WORDS for w in np.split()):
        return ""
    if _TO_DURATION_RE.match(clause, m.end()) and not re.search(r"(?:time|duration|period|length)$", np):
        # "the wait can shrink to 20 minutes": a change whose end point is a duration is a change
        # in how long the subject takes, its time (OUT14)
        return f"{np} time"
    return np


# (OUT14) A phrasal verb puts its object between the verb and its particle ("bring the number of
# patches down", "keep your blood pressure down"): that noun phrase is what the verb acts on. The
# particle ends the clause (a punctuation mark, a conjunction or a preposition follows).
_PARTICLE_OBJECT_RE = re.compile(
    r"\b[a-z]{3,}\s+(?:the|your|my|their|his|her|its|our)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
    r"(?:down|up|back|away|off)\b(?=\s*(?:[,;:.!?)]|$|(?:and|but|or|so|in|within|over|after|by|for|to)\b))", re.I)


def _particle_object(item_text: str) -> str:
    """The object a phrasal verb encloses (see above), the noun a quantity noun measures ("the
    number of patches" -> patches); "" when there is none or it names a treatment or a person."""
    m = _PARTICLE_OBJECT_RE.search(item_text)
    if m is None or m.group(0).split()[0].lower() in _NP_END_WORDS | _PREPOSITION_WORDS:
        return ""
    np = " ".join(m.group("np").lower().split())
    measured = _MEASURE_OF_RE.fullmatch(np)
    if measured:
        np = _LEADING_DET_RE.sub("", measured.group("np"))
    if _is_treatment_np(np) or _PERSON_HEAD_RE.search(np) or _PRONOUN_WORD_RE.fullmatch(np) or \
            not _clean_outcome_words(np) or any(w in _NP_END_WORDS for w in np.split()):
        return ""
    return np


# (OUT14) A pseudo-cleft ("One thing that won't help is a home light panel", "What works is X")
# puts the subject of its relative clause in focus after the copula; with a verb of helping or
# working, whose subject is the agent, that focus is a treatment, never an outcome.
_CLEFT_AGENT_RE = re.compile(
    r"^\W*(?:what|(?:the|one|another)\s+(?:only\s+)?(?:thing|one|option|product)\s+(?:that|which)?)\s*"
    r"(?:[\w'’]+\s+){0,3}?(?:help|helps|helped|work|works|worked|do|does|did)\s+(?:\w+ly\s+)?"
    r"(?:is|was|are|were)\s+(?P<focus>[^,;:.!?]+)", re.I)


def _cleft_agent(item_text: str, words: str) -> bool:
    """Are `words` the agent a pseudo-cleft of helping or working puts in focus (see above)?"""
    m = _CLEFT_AGENT_RE.match(item_text)
    return bool(m and words and words.lower() in m.group("focus").lower())


# (OUT14) A privative compound or phrase ("drug-free", "free of chemicals") names what a product lacks
_TREATMENT_FREE_RE = re.compile(r"\b(?P<x>[a-z]+)-free\b|\bfree\s+(?:of|from)\s+(?P<y>[a-z]+)\b", re.I)


# (OUT14) A modal with the base form of an intransitive verb of change ("the wait can shrink",
# "your flares may ease") takes what changes as its subject, as the inflected forms above do.
_MODAL_CHANGE_RE = re.compile(
    r"\b(?:my|your|their|his|her|our|the)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"(?:can|could|may|might|will|would|should)\s+(?:\w+ly\s+)?"
    r"(?:shrink|fall|drop|ease|fade|clear(?:\s+up)?|decrease|increase|improve|rise|grow|slow(?:\s+down)?|halve|"
    r"double|triple|disappear|vanish|subside|decline|lessen|go\s+(?:down|away|up)|come\s+down|stop|"
    r"climb|jump|soar|spike|surge|plummet|plunge|shoot\s+up)\b"
    r"(?!\s+(?:the|a|an|my|your|their|his|her|its|our)\b)", re.I)
# the end point of a change given as a duration ("to 20 minutes", "down to a few days")
_TO_DURATION_RE = re.compile(r"\s+(?:down\s+|up\s+)?to\s+(?:just\s+|only\s+|about\s+|under\s+|a\s+few\s+)?"
                             r"(?:[\d.]+\s*-?\s*|a\s+|an\s+|one\s+|two\s+|three\s+|ten\s+|twenty\s+)?"
                             r"(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\b", re.I)


def _affected_by(item_text: str) -> str:
    """The object of a neutral verb of change (`_AFFECT_VERB_RE`): a noun phrase or a coordination
    of two ("your heart or blood pressure"), never a pronoun or a person; else ""."""
    m = _AFFECT_VERB_RE.search(item_text)
    if m is None:
        return ""
    words: list[str] = []
    for w in re.findall(r"[A-Za-z][\w'’-]*|[^\w\s]", item_text[m.end():]):
        if not w[0].isalpha() or (w.lower() in _NP_END_WORDS and w.lower() not in ("and", "or")) or len(words) == 5:
            break
        if words or w.lower() not in _DETERMINERS:
            words.append(w.lower())
    while words and words[-1] in ("and", "or"):
        words.pop()
    phrase = " ".join(words)
    if not phrase or _PRONOUN_WORD_RE.fullmatch(phrase) or _GROUP_PHRASE_RE.match(phrase) or not _clean_outcome_words(phrase):
        return ""
    return phrase


# "-like", "-style", "-esque" make a name an adjective of likeness ("retinol-like results")
_LIKENESS_RE = re.compile(r"-(?:like|style|type|esque|grade)\b", re.I)


# What parts two coordinated nouns: a comma or conjunction, and a determiner the coordination
# repeats ("no itching, no flaking", "some redness and some flaking")
_COORD_GAP_RE = re.compile(r"\s*,?\s*(?:(?:and|or|nor)\s+)?(?:(?:no|some|any)\s+)?", re.I)


def _coordinated_harms(text: str, item: _Span, hits: Sequence[tuple[int, int, Concept]],
                       distinct: bool = True) -> Concept | None:
    """Harms of two or more entries coordinated in one noun phrase ("redness and flaking", "no
    itching, no flaking"): one outcome labelled in the claim's words, searched by every entry's
    terms; None when the item does not coordinate harms of different entries."""
    hs = sorted((h for h in hits if item.start <= h[0] and h[1] <= item.end and h[2].kind == "safety"
                 and h[2].key != "adverse-effects"), key=lambda h: h[0])
    if len(hs) < 2 or not all(_COORD_GAP_RE.fullmatch(text[p[1]:q[0]]) for p, q in zip(hs, hs[1:])):
        return None
    if any(re.search(r"\b(?:no|some|any)\s+$", text[p[1]:q[0]], re.I) and re.match(
            r"[ \t]+(?!(?:and|or|nor|no|are|is|were|was|in|on|at|after|for|from|with|within|during)\b)[a-z]",
            text[q[1]:item.end]) for p, q in zip(hs, hs[1:])):
        # a repeated determiner starts a noun phrase: a harm word modifying its noun ("painless, no
        # numbing cream") is no harm of the list ("an itchy or burning scalp" still is)
        return None
    concepts = list(dict.fromkeys(h[2] for h in hs))
    if len(concepts) < 2 and distinct:
        return None
    words = [" ".join(text[x:y].split()).lower() for x, y, _ in hs]
    label = " and ".join(words)  # (a frame reads "a and b and c" as one coordination, not "a, b and c")
    return Concept("-".join(c.key for c in concepts), label, tuple(p for c in concepts for p in c.patterns),
                   tuple(dict.fromkeys(t for c in concepts for t in c.terms)), kind="safety")


# A verb of quantity change with its object, and a locative phrase that makes it a compound
# ("calcium in the blood" -> "blood calcium")
_QUANTITY_CHANGE_RE = re.compile(
    r"\b(?:raise|raises|raised|raising|increase|increases|increased|increasing|lower|lowers|lowered|lowering|"
    r"spike|spikes|spiked|drop|drops|dropped)\s+(?:your\s+|the\s+|their\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)??)"
    r"(?:\s+(?:in|of)\s+(?:the\s+|your\s+)?(?P<where>blood|urine|liver|body|brain|skin|scalp))?"
    r"(?=\s+(?:to|by|in|levels?|and|or|,)\b|\s*[,.;]|$)", re.I)


# A definite noun of result ("the difference", "the effect", "these results") refers back to a result
# the discourse has just reported.
_RESULT_ANAPHOR_RE = re.compile(r"\b(?:the|that|this|these|those)\s+(?:difference|differences|effect|effects|benefit|"
                                r"benefits|result|results|improvement|improvements|change|changes|gains?)\b", re.I)


# Round 11 (OUT11). A list under a lead-in goes on the lead-in's sentence: when the lead-in's head
# noun names a treatment's harms ("Common side effects:", "Possible risks include:"), each item is a
# harm claim of the topic, whatever polarity the item's own words have. Signs and symptoms of a
# condition ("Symptoms include:") are no such lead-in: they describe the disease, not the treatment.
_HARM_LEAD_RE = re.compile(
    r"\b(?:side[\s-]?effects?|adverse\s+(?:effects?|events?|reactions?)|risks?|complications?|downsides?|drawbacks?|"
    r"dangers?)\b(?:\s+(?:include|includes|are|can\s+include|may\s+include|can\s+be|may\s+be))?\s*:?\s*$", re.I)


def _harm_lead(lead: str, item_text: str) -> bool:
    """Does a list item's lead-in make the item a harm of the topic? Not when either is negated
    ("No side effects such as:", "- does not raise blood pressure")."""
    return bool(lead) and bool(_HARM_LEAD_RE.search(lead)) and not _NEGATED_RE.search(f"{lead} {item_text}")


# A symptom phrase's outcome is its head (OUT11): the phrase is cut before an adjunct (a clause of
# time or condition, an example, a place: "when you stand up", "for example on the lip", "on the
# face"); a verb of feeling or becoming and its adjective name the state by the adjective's noun
# ("feeling light-headed" -> light-headedness); an attributive past participle names the change it
# results from ("swollen ankles" -> swelling; the noun only says where); an adjective in -y names its
# property ("dry skin" -> dryness); other modifiers of manner or degree drop ("a fast or pounding
# heartbeat" -> heartbeat).
_SYMPTOM_CUT_RE = re.compile(
    r"\s*(?:[,;(]|\b(?:when|whenever|if|after|before|while|during|until|because|since|for\s+example|such\s+as|"
    r"especially|including|like|on|in|at|around|under|of|from|with|that|which|who)\b).*$", re.I | re.S)
_STATE_VERB_RE = re.compile(r"^(?:feeling|feel|feels|felt|being|becoming|become|getting|get|looking|seeming)\s+"
                            r"(?:(?:very|a\s+bit|a\s+little|slightly|quite|too|so|more|unusually|extremely)\s+)*"
                            r"(?P<a>[a-z]+(?:-[a-z]+)*)$", re.I)
# past participles of change verbs that do not end in -ed (a closed class of English morphology)
_IRREGULAR_PARTICIPLE = {"swollen": "swelling", "broken": "breakage", "torn": "tearing", "burnt": "burning",
                         "shrunken": "shrinking", "sunken": "sinking"}
_SYMPTOM_DET_RE = re.compile(r"^(?:(?:a|an|the|some|any|your|their|his|her|my|extra|more|mild|severe|occasional|"
                             r"slight|unusual|sudden)\s+)+", re.I)


# words in -y that are no adjectives of state (adverbs, determiners, nouns)
_NOT_STATE_Y = frozenset("any many every only early daily weekly monthly body baby belly family very entry".split())


def _state_noun(adjective: str) -> str:
    """The noun of the state an adjective names: "light-headed" -> "light-headedness", "dizzy" ->
    "dizziness", "tired" -> "tiredness"."""
    a = adjective.lower()
    if a.endswith("y") and len(a) > 3 and not a.endswith(("ey", "ay", "oy")):
        return a[:-1] + "iness"  # (a one-syllable "dry", "shy" keeps its y: dryness)
    return a + "ness"


def _symptom_head(item_text: str) -> str:
    """The outcome a symptom phrase names (see above), "" when the item is no bare noun phrase or
    state (a clause with a finite verb of its own says more than a symptom)."""
    phrase = " ".join(item_text.split()).strip(" .!;:-–—*•").lower()
    phrase = _SYMPTOM_CUT_RE.sub("", phrase).strip()
    state = _STATE_VERB_RE.match(phrase)
    if state is not None:
        return _state_noun(state.group("a"))
    phrase = _SYMPTOM_DET_RE.sub("", phrase)
    words = phrase.split()
    if not 1 <= len(words) <= 5 or any(w in ("is", "are", "was", "were", "can", "may", "will", "could", "might",
                                              "do", "does", "did", "has", "have", "not") for w in words):
        return ""
    # coordinated modifiers ("fast or pounding") share the head; coordinated heads ("ankles or feet")
    # share the modifier
    first, head = words[0], words[-1]
    if len(words) == 1:
        return "" if first.endswith(("ly", "ing")) and len(first) < 5 else first
    if first in _IRREGULAR_PARTICIPLE:
        return _IRREGULAR_PARTICIPLE[first]
    if first.endswith("ed") and len(first) > 5 and first not in ("red", "bed", "need", "seed", "speed"):
        return first[:-2] + "ing"  # "bruised skin" -> bruising, "cracked lips" -> cracking
    if first.endswith("y") and len(first) > 2 and not first.endswith(("ey", "ay", "oy")) and first not in _NOT_STATE_Y:
        return _state_noun(first)  # "dry skin" -> dryness, "itchy scalp" -> itchiness
    if len(words) == 4 and words[1] in ("or", "and"):
        return head  # "a fast or pounding heartbeat": coordinated modifiers share the head
    return "" if head in ("or", "and") else phrase  # a compound keeps its modifier nouns ("hair growth")


# A fronted "For <people>" ("For darker skin tones, ...", "For most women ...", "For beginners ...")
# names the population a claim holds for: its head is a noun of people or a kind of skin or hair
# ("types", "tones"), so its words are never the claim's outcome (OUT11).
_FRONTED_POPULATION_RE = re.compile(
    r"\W*(?:(?:but|and|so|also|even)\s+)?for\s+(?P<np>(?:[\w'-]+\s+){0,3}?(?:people|men|women|children|kids|patients|"
    r"users|adults|teens|teenagers|those|anyone|everyone|beginners|newbies|[a-z]+(?:ians|ists)|"
    r"(?:skin|hair)\s+(?:types?|tones?)|types|tones))\b(?!\s+(?:of|with)\b)", re.I)
