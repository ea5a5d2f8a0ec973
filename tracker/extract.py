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
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

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
    magnitude_of,
    parse_frame,
    population_of,
    relation_of,
    strength_of,
    subject_of,
    time_frame_of,
)
from .frames import _effect_verbs as _frame_verbs
from .frames import predicate_object as _predicate_object
from .models import Article, Claim, Question
from .phrases import treatment_probability

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
    _C("joint-pain", "joint pain", (r"joint\s+(?:pain|health|stiffness)", r"arthralgia", r"osteoarthritis",
                                   r"cartilage(?:\s+loss)?"),
       _tiab("joint pain", "arthralgia", "osteoarthritis", "cartilage")),
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
        r"sunspots", r"lentig\w*", r"skin\s+tone", r"whiten\w*", r"lighten\w*", r"bright(?:en\w*|er|ness)",
        r"complexion", r"discolou?ration"),
       _tiab("hyperpigment*", "melasma", "lentig*", "age spots", "dark spots", "pigmentation",
             "skin lightening", "whitening")),
    _C("acne", "acne", (r"acne(?:\s+vulgaris|\s+lesions?|\s+breakouts?)?", r"pimples?", r"breakouts?",
                        r"blemish\w*", r"comedon\w*", r"clogged\s+pores", r"unclog\w*\s+pores"),
       _tiab("acne vulgaris", "acne lesion*", "acne", "comedo*")),
    _C("sebum", "sebum production", (r"sebum", r"sebaceous(?:\s+(?:oil\s+)?glands?)?", r"oily\s+skin", r"oil\s+production"),
       _tiab("sebum", "sebac*", "oily skin"), kind="mechanism"),
    _C("pores", "enlarged pores", (r"(?:large|enlarged|big|visible)\s+pores", r"pore\s+size", r"pores"),
       _tiab("pore size", "enlarged pore*", "facial pore*")),
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
       (r"(?:skin\s+)?texture", r"roughness", r"skin\s+(?:quality|condition)", r"glow\w*", r"radiance",
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
       _tiab("irritation", "desquamation", "peeling", "flaking", "dryness", "blister*"), kind="safety"),
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
    _C("pain", "pain", (r"pain\w*", r"hurt\w*", r"discomfort", r"numbing"),
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
        r"danger\w*", r"harm\w*", r"sequelae", r"disfigure\w*", r"gentle", r"damage\w*", r"injur\w*"),
       _tiab("adverse effect*", "adverse event*", "side effect*", "complication*", "safety"), kind="safety"),
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
                 "drop": "drop|drops|dropped|dropping", "cut": "cut|cuts|cutting"}
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
    "break out",
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
    r"order\s+today|our\s+(?:\w+\s+){0,3}(?:blend|formula|product|range|clinic))\b",
    re.I)
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
_BOUNDARY_RE = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
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


def _initial(text: str, seg_start: int, dot: int) -> bool:
    """Is the letter before `dot` an initial ("J. Smith") rather than "vitamin A." ending a sentence?"""
    prev = re.search(r"(\S+)\s+\S$", text[seg_start:dot])
    return prev is None or prev.group(1)[:1].isupper()


def sentences(text: str) -> list[_Sentence]:
    """Sentences of `text` as offset spans (newlines always end one)."""
    out: list[_Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        i = _skip_lead(text, line_start, line_end)
        if i >= line_end:
            continue
        pieces: list[tuple[int, int]] = []
        seg_start = i
        for m in _BOUNDARY_RE.finditer(text, i, line_end):
            before = text[seg_start:m.start(1)]
            last = re.search(r"([\w.]+)$", before)
            word = last.group(1).lower() if last else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha() and m.group(1) == "."
                                   and _initial(text, seg_start, m.start(1))):
                continue
            pieces.append((seg_start, m.end(2)))
            seg_start = m.end(3)
        pieces.append((seg_start, line_end))
        cut = []
        for ps, pe in pieces:
            am = _ATTRIBUTION_RE.search(text, ps, pe)
            cut.append((ps, am.start() + 1 if am and text[am.start()] not in "\"”’" else am.start()) if am else (ps, pe))
        pieces = cut
        raw_line = text[i:line_end].strip()
        terminal = raw_line.endswith((".", "!", "?", "…", ".)", '."', ".”"))
        n_words = len(raw_line.split())
        # A bullet item without a full stop is a list item, not a heading ("- thicker, fuller hair").
        bullet = i > line_start and bool(_BULLET_RE.match(text, line_start + len(line) - len(line.lstrip()), line_end))
        line_heading = (len(pieces) == 1 and not terminal and (n_words <= 12 or raw_line.endswith(":"))
                        and not (bullet and n_words >= 2 and not raw_line.endswith(":")))
        for s, e in pieces:
            # "Less pain: Clinics that ..." - the label is a heading, the rest is prose.
            lm = _LABEL_RE.match(text, s, e)
            if lm and len(lm.group(1).split()) <= 5:
                ls, le = _trim(text, s, lm.start() + len(lm.group(1)))
                if le > ls:
                    out.append(_Sentence(ls, le, True, False, line_start))
                s = lm.end()
            raw = text[s:e].rstrip()
            question = raw.endswith(("?", "?”", '?"')) or bool(line_heading and _QUESTION_START.match(raw))
            ts, te = _trim(text, s, e)
            if te <= ts:
                continue
            out.append(_Sentence(ts, te, line_heading, question, line_start))
    return out


# ---------------------------------------------------------------------------------------------
# Clause units and list items


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


# Clause breaks: (separator dropped, next clause kept). The next clause keeps its connective
# ("which ...", "because ...", "by stimulating ...") so it still reads as a claim.
_CLAUSE_BREAK_RE = re.compile(
    r"(?P<sep>;\s+|,\s+|\s+)(?=(?:but|which|while|though|although|thus|whereas|because|resulting\s+in|"
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
    # "speeds up your metabolism and has no side effects", "boosts energy without the jitters":
    # a denial of harm joined to a benefit is a claim of its own
    r"|(?P<sep7>,?\s+and\s+)(?=(?:has|have|is|are|causes?|gives?)\s+(?:no|zero)\b|(?:never|won['’]t|doesn['’]t|"
    r"does\s+not|will\s+not)\s)"
    r"|(?P<sep8>,?\s+)(?=without\s+(?:the\s+|any\s+)?(?:\w+\s+){0,2}(?:" + HARM_NOUNS + r")\b)"
    # ", with a few days of redness": an accompanying circumstance is a claim of its own
    r"|(?P<sep11>,\s+)(?=with\s+(?:a|an|some|mild|minor|little|few|only|occasional|temporary)\b)"
    # reported speech: what someone says, tells or reports is the claim, the framing is not
    # ("Our customers tell us they feel calmer", "the label says the shampoo is ...")
    r"|(?P<sep9>\s+(?:says?|said(?!\s+to\b)|tells?\s+(?:us|me|you|them)|told\s+(?:us|me|you|them)|(?:reports?|reported|"
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


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, bullets, end punctuation and dangling connectives off a span."""
    start, end = _trim(text, start, end)
    while True:
        m = _TRAILING_WORD_RE.search(text, max(start, end - 80), end)  # the tail only: linear time
        if not m or m.start() <= start:
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


def _carries_verb(text: str, pos: int, end: int) -> bool:
    """Is the word after `pos` (past an optional "to") an effect verb, as in "helps (to) heal"?"""
    gap = re.match(r"\s*(?:to\s+)?", text[pos:end])
    nxt = pos + (gap.end() if gap else 0)
    return nxt < end and _is_verb_at(text, nxt)


# English marks a finite verb after "and" by its agreement and its object: "relaxes the muscles
# and calms the nervous system" ("-s" word + determiner), whatever the verb is.
_THIRD_PERSON_VERB_RE = re.compile(r"(?!(?:is|was|has|does|this|its|his|us|as|plus|less|thus)\b)[a-z]+[^s\W]s\s+"
                                   r"(?:the|your|its|their|his|her|our|a|an|any|some)\s", re.I)


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
    r"\s+(?:(?:\w+ly|just|even|at\s+least|every\s+bit)\s+)*(?:as\s+[a-z-]+\s+as|[a-z]+er\s+than|(?:more|less)\s+[a-z-]+"
    r"\s+than|(?:superior|inferior|equivalent|comparable)\s+to)\b", re.I)


_TRAILING_SOURCE_RE = re.compile(r",\s+according\s+to\s+[^,;:]+$", re.I)


def _clause_units(text: str, s: int, e: int) -> list[_Span]:
    """Split one sentence into claim units at clause breaks and coordinated effect verbs."""
    # a trailing source (", according to a pooled analysis of ...") frames the claim, as "says Dr
    # X" does: it is no part of what is claimed
    src = _TRAILING_SOURCE_RE.search(text, s, e)
    if src is not None and src.start() > s + 8:
        e = src.start()
    bounds: list[tuple[int, int]] = []  # (end of previous unit, start of next unit)
    for m in _CLAUSE_BREAK_RE.finditer(text, s, e):
        if _TIME_COURSE_RE.match(text, m.end(), e):
            continue  # "..., which usually subsides within 3 hours" qualifies the clause before it
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
        for m in _COORD_RE.finditer(text, a, b):
            if m.start() <= (cuts[-1][1] if cuts else a) + 3:
                continue
            # whether the text before has a finite verb is asked last and remembered: it reads
            # the whole prefix, and asking it anew at every comma made long comma-chained
            # sentences cubic (16 kB: 19 s)
            if not _is_verb_at(text, m.start("verb")) and not (
                    (_THIRD_PERSON_VERB_RE.match(text, m.start("verb"), b)
                     # "... and is safe for your kidneys": a coordinated denial of harm; "... and is
                     # just as effective as finasteride": a comparison, another assertion
                     or (re.fullmatch(r"is|are", m.group("verb"), re.I) and (
                         denied_harm(text[m.start("verb"):b]) or _COMPARISON_PRED_RE.match(text, m.end("verb"), b))))
                    and (verb_before or (verb_before := bool(_frame_verbs(text[a:m.start()])))
                         or _predicate_object(text[a:m.start()]))):
                continue
            word = m.group("verb").lower()
            if word.endswith("ing") and not m.group(0).startswith(","):
                continue  # "X and improving Y" inside a noun phrase is rarely a new claim
            if word.endswith("ed"):
                continue  # "moisturized and tightened": participles share one claim
            if _WEAK_VERB_RE.match(word) and not _carries_verb(text, m.end("verb"), b):
                continue  # too weak to stand alone, unless it carries a verb ("helps heal X")
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
    return [h for h in _concept_hits(OUTCOMES, text, start, end, exclude)
            if not _PEOPLE_NOUN_AFTER_RE.match(text, h[1])]


_PEOPLE_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:women|men|people|persons|patients|adults|children|mothers|babies|users|"
                                   r"teens|teenagers|girls|boys)\b", re.I)


def _list_items(text: str, unit: _Span, hits: Sequence[tuple[int, int, Concept]]) -> list[tuple[_Span, _Span]]:
    """Split a unit listing several distinct outcomes into (item, quote) spans; [] if it is not a list.

    The first item's quote starts at the shared verb (with its modal), which is contiguous with
    it; later items quote only themselves, since the verb is not contiguous with them.
    """
    s, e = unit.start, unit.end
    cues = sorted((*_LIST_CUE_RE.finditer(text, s, e), *_BENEFIT_RE.finditer(text, s, e),
                   *_HARM_RE.finditer(text, s, e), *_EFFECT_NOUN_RE.finditer(text, s, e)), key=lambda m: m.end())
    sep = _SEP_RE.search(text, cues[0].end(), e) if cues else None
    if sep is None:
        return []
    # The cue nearest the list: "recommend it as an excellent procedure to reduce [acne scars, ...]".
    cue = [m for m in cues if m.end() <= sep.start()][-1]
    ls = cue.end()
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
        if groups and (key is None or key == groups[-1][1]):
            groups[-1][0].append(it)
            if groups[-1][1] is None:
                groups[-1] = (groups[-1][0], key)
        else:
            groups.append(([it], key))
    keys = [k for _, k in groups if k]
    if len(groups) < 2 or len(set(keys)) < 2:
        return []
    # The first item keeps its shared verb when contiguous: "beneficial for treating acne scars".
    head = max((m.start() for rx in (_BENEFIT_RE, _HARM_RE, _EFFECT_NOUN_RE) for m in rx.finditer(text, s, ls)),
               default=s)
    modal = _LEADING_MODAL_RE.search(text, s, head)
    if modal and modal.end() == head:
        head = modal.start()
    out = []
    for i, (its, _) in enumerate(groups):
        item = _Span(its[0].start, its[-1].end)
        quote = _Span(head, item.end) if i == 0 else item
        out.append((item, quote))
    return out


# ---------------------------------------------------------------------------------------------
# Intervention detection


def _generic_concept(phrase: str) -> Concept:
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", phrase)]
    label = " ".join(w.lower() if not w.isupper() else w for w in words)
    last = words[-1].lower() if words else phrase
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3
    # the singular and the plural are one name: "cold plunges" matches "a cold plunge", "gummies" "gummy"
    ies = plural and last.endswith("ies")
    stem_word = words[-1][:-3] if ies else words[-1][:-1] if plural else ""
    pattern = r"\s+".join(re.escape(w) for w in (words[:-1] + [stem_word] if plural else words))
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
    return Concept(slug, label, (pattern if plural else pattern + r"s?",), terms)


_GENERIC_STOP = set("""a an the and or of for to in on at by with from your you our my is are do does did
really actually truly work works worth it its this that what why how when which who benefits benefit guide
explained everything need know about new best top ways way tips trend skin face facial beauty care skincare
health healthy science truth myth myths facts fact vs versus can could should will clock back turn does
try trying safe home ultimate complete review reviews 101 gold-standard ingredient ingredients treatment
treatments procedure procedures""".split())


_TITLE_COMPARATOR_RE = re.compile(r"\b(?:rivals?|vs\.?|versus|than|beats?|like|unlike|instead\s+of|alternative\s+to|"
                                  r"compared\s+(?:with|to)|matches|outperforms?|or)\b", re.I)


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
                            r"you|we|they|it|this|that|these|those)$", re.I)


# English agent nouns for people by calling or practice end in -ian or -ist ("aestheticians",
# "dermatologists", "physicians"); a drug class in -agonists is the exception.
_PERSON_HEAD_RE = re.compile(r"(?<!agon)(?:ians|ists)$", re.I)


# a group of people restricted by "with"/"who" ("people with heart conditions", "those who ...")
_GROUP_PHRASE_RE = re.compile(r"(?:(?:the|most|many|some|all)\s+)?(?:people|men|women|children|persons|those|anyone|"
                              r"[a-z]+[^s\W]s)\s+(?:with|who)\b", re.I)


def _names_people_or_outcome(phrase: str, text: str) -> bool:
    """Is `phrase` a pronoun or quantifier, or a word the article uses only inside its outcomes
    ("hair" in "hair growth", "hair fall", "hair loss"): the body part or state an outcome is
    about, not something given to it? Most of its mentions lying inside outcome phrases decides."""
    if _QUANTIFIER_RE.match(phrase.strip()) or _is_pronoun(phrase) or _PERSON_HEAD_RE.search(phrase.strip()) or \
            _GROUP_PHRASE_RE.match(phrase.strip()):
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
    return None


def _combined(a: Concept, b: Concept) -> Concept:
    """One treatment given with another: named either way round, searched as both blocks ANDed."""
    a_rx, b_rx = "(?:" + "|".join(a.patterns) + ")", "(?:" + "|".join(b.patterns) + ")"
    joint = r"(?:\s+|\s+\w+\s+)?(?:with|plus|\+|and|combined\s+with|paired\s+with|followed\s+by)\s+(?:\w+\s+)?"
    return Concept(f"{a.key}-plus-{b.key}", f"{a.label} plus {b.label}",
                   (a_rx + joint + b_rx, b_rx + joint + a_rx),
                   (f"({_block(a.terms)} AND {_block(b.terms)})",))


_COMBINE_CUE_RE = re.compile(r"\b(?:combined|paired|together)\s+with\s+|\bplus\s+|\balongside\s+|\bon\s+top\s+of\s+"
                             r"|^\W*adding\s+"
                             # "boosts the results of PRP": it enhances another treatment, given with it
                             r"|\b(?:boost|enhance|improve|increase|amplif(?:y|ie))[sd]?\s+the\s+(?:results?|effects?|"
                             r"efficacy|effectiveness)\s+of\s+", re.I)


def _claim_combination(unit_text: str, intervention: Concept, text: str) -> Concept | None:
    """"It can be combined with microneedling for faster results", "Adding microneedling makes
    the acid work twice as well": the claim is about the combination of its treatment with the
    one named after the cue (issue 14: a combined trial is no evidence for one part alone)."""
    if "-plus-" in intervention.key:
        return None
    for m in _COMBINE_CUE_RE.finditer(unit_text):
        if any(n.start() <= m.start() < n.end() for n in intervention.regex.finditer(unit_text)):
            continue  # the cue is part of the treatment's own name ("microneedling combined with RF")
        # the noun phrase after the cue ends at a preposition, conjunction or verb
        words = re.split(r"[,.;:()]|\s(?:for|to|in|on|at|by|makes?|made|gives?|gave|can|may|will|is|are|was|were|"
                         r"did|does|do|had|has|helps?|works?|and|or|than|it|they|this|these)\s", unit_text[m.end():] + " ",
                         maxsplit=1)[0].split()[:3]
        other = _treatment_concept(" ".join(words), text) if words else None
        if other is None or other.key in (intervention.key, intervention.parent) or other.parent == intervention.key:
            continue
        return _combined(intervention, other)
    return None


def detect_intervention(article: Article) -> Concept:
    """The article's main intervention: a combination the title names, a table entry named in the
    title or most often in the text, else the title's most frequent treatment phrase (a generic
    concept), named as the technique the article says it uses when it defines one ("laser caps
    use low-level laser therapy (LLLT)"), and recognised as a subject by the article's other
    names for it that keep its distinguishing word ("cold plunge" for "cold water immersion")."""
    concept = _detect_intervention(article)
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


def _detect_intervention(article: Article) -> Concept:
    title = article.title or ""
    combination = _title_combination(title, article.text)
    if combination is not None and combination.regex.search(article.text):
        return combination
    # A treatment named after a comparison word is the title's comparator, not its subject
    # ("Rosemary Oil: The Herb That Rivals Minoxidil").
    compared = _TITLE_COMPARATOR_RE.search(title)
    subject_title = title[:compared.start()] if compared else title
    subject = _title_subject(subject_title, article.text)
    scores: Counter[str] = Counter()
    for c in INTERVENTIONS:
        n_title = len(c.regex.findall(subject_title))
        n_body = len(c.regex.findall(article.text))
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
        if best >= 3:
            return _INTERVENTION_BY_KEY[key]
    if subject is not None:
        return _with_active_part(_with_synonyms(_generic_concept(subject), article.text))
    # Generic fallback: the title n-gram (1-3 content words) most frequent in the text. What a
    # title's "for"/"against" phrase names is the purpose ("Remedies for Thinning Hair"), never
    # the treatment.
    purpose = _TITLE_OUTCOME_RE.search(title)
    tokens = re.findall(r"[A-Za-z][\w-]*|[^\w\s]", title[:purpose.start()] if purpose else title)
    body = article.text.lower()
    best_phrase, best_score = "", 0.0
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            gram = tokens[i:i + n]
            if not all(w[0].isalpha() for w in gram) or any(
                    w.lower() in _GENERIC_STOP for w in (gram[0], gram[-1])) or len(gram[-1]) < 3:
                continue
            # English noun phrases are head-final: a word the title goes on to modify ("Cold" in
            # "Cold Water Immersion", "Natural" in "Natural Remedies") names no thing by itself
            after = tokens[i + n] if i + n < len(tokens) else ""
            if after[:1].isalpha() and after.lower() not in _GENERIC_STOP:
                continue
            phrase = " ".join(gram)
            if treatment_probability(phrase) < 0.5 or _names_people_or_outcome(phrase, article.text):
                continue  # "Do they work?": a pronoun or an outcome word names no treatment
            count = len(_generic_concept(phrase).regex.findall(body))
            score = count * (1 + 0.5 * (n - 1))
            if count >= 2 and score > best_score:  # named once, in the title only: not the topic
                best_phrase, best_score = phrase, score
    # The treatments the article's sentences take as subject: the topic when no title word names
    # it, and the check on a title word that does (a newsletter's masthead, "THE SUNDAY WELLNESS
    # LETTER", is in the title and the text but is never what the sentences are about).
    subjects: Counter[str] = Counter()
    all_subjects: list[str] = []
    for sent in sentences(article.text):
        subj = _subject(article.text[sent.start:sent.end])
        all_subjects.append(subj or "")
        if subj and len(subj.split()) <= 3 and not _is_pronoun(subj) and not _NOT_NP_RE.search(subj) \
                and treatment_probability(subj) >= 0.7 and not _names_people_or_outcome(subj, article.text):
            subjects[_generic_concept(subj).label] += 1
    # a heading that names what the prose below it takes as subject ("2. Saw palmetto") counts too:
    # a listicle's treatments head its sections, whatever the phrase model makes of their names
    for _, _, topic in _sections(article.text, _generic_concept("treatment")):
        if topic is not None:
            subjects[topic.label] += 1
    if best_phrase and (not subjects or subjects.most_common(1)[0][1] < 3
                        or any(_generic_concept(best_phrase).regex.search(x) for x in all_subjects)):
        return _with_synonyms(_generic_concept(best_phrase), article.text)
    if subjects:
        return _with_synonyms(_generic_concept(subjects.most_common(1)[0][0]), article.text)
    return _generic_concept(next(iter(Counter(re.findall(r"[a-z]{5,}", body)).most_common(1)), ("treatment",))[0])


_HEADING_LINE_RE = re.compile(r"^\s*(?P<mark>#{1,6}\s*|\d{1,2}[.)]\s+)?(?P<h>[^\n.!?:;,]{2,60}?)\s*$")


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
    for i, (start, line) in enumerate(lines):
        m = _HEADING_LINE_RE.match(line)
        nxt = next((ln for _, ln in lines[i + 1:] if ln.strip()), "")
        prev = next((ln for _, ln in reversed(lines[:i]) if ln.strip()), "")
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
        out.append((start, end, _heading_topic(phrase, text, start + len(phrase), end, primary)))
    return out


def _heading_topic(phrase: str, text: str, start: int, end: int, primary: Concept) -> Concept | None:
    """The treatment a section heading names, when its prose takes that name as a sentence subject."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", phrase)]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    name = " ".join(words)
    if not name or len(words) > 4 or _NOT_NP_RE.search(name) or _TITLE_COMPARATOR_RE.search(name) or any(
            c.regex.fullmatch(name) for c in OUTCOMES) \
            or _names_people_or_outcome(name, text) or treatment_probability(name) < 0.3:
        return None
    table = next((c for c in (primary, *INTERVENTIONS) if c.regex.fullmatch(name)), None)
    concept = table or _generic_concept(name)
    subjects = [m for m in concept.regex.finditer(text, start, end)
                if _is_subject(text, _sentence_start(text, m.start()), m.start())]
    if not subjects:
        return None  # a heading the prose does not take up as its subject labels a theme
    return concept if table else _with_synonyms(concept, text)


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


def _not_a_claim(unit_text: str, before: str = "") -> bool:
    """Means clauses after a clause with its own effect verb ("works by boosting X" keeps its
    means: "works" asserts nothing), relative clauses without a strong effect verb, definitions."""
    if _DEFINITION_RE.match(unit_text):
        return True
    if _MEANS_CLAUSE_RE.match(unit_text):
        return _strong_verb(before)
    if _RELATIVE_CLAUSE_RE.match(unit_text):
        # a participle after a copula describes the noun ("which are the hardest hit areas")
        return not any(not _WEAK_VERB_RE.match(v.group(0)) and not _COPULA_BEFORE_RE.search(unit_text[:v.start()])
                       for v in effect_verbs(unit_text))
    return False


def _is_imperative(text: str) -> bool:
    """Advice: an imperative, possibly after an opening condition ("If it does not heal, see ...")."""
    text = _LEAD_CONNECTIVE_RE.sub("", text)  # "However, never stop ..."
    if _IMPERATIVE_RE.match(text):
        return True
    m = _CONDITION_RE.match(text)
    return m is not None and bool(_IMPERATIVE_RE.match(text[m.end():]))


@dataclass(frozen=True)
class _SentenceCues:
    """Cues read once per sentence (units of one long sentence share them)."""

    evidence: str | None
    imperative: bool
    meta: bool
    rhetorical: bool

    @classmethod
    def of(cls, sentence_text: str) -> _SentenceCues:
        ev = _EVIDENCE_RE.search(sentence_text)
        return cls(ev.group(0) if ev else None, _is_imperative(sentence_text), bool(_META_RE.search(sentence_text)),
                   bool(_OPINION_RE.search(sentence_text)))


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
    m = _THIRD_PERSON_VERB_RE.match(text, start)
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
    return m.group("verb")


# English marks a change by a comparative after a linking verb ("looked thicker", "is noticeably
# emptier", "feel calmer"), by less/fewer after a verb ("sweat less", "lost fewer hairs") or by a
# comparative adjective complement ("wake up more refreshed")
_CHANGE_RE = re.compile(
    r"\b(?:is|are|was|were|looks?|looked|feels?|felt|became|becomes?|got|gets?|grew|seems?|seemed|stays?|stayed)"
    r"\s+(?:(?:much|far|a\s+lot|so\s+much|a\s+little|a\s+bit|[a-z]+ly)\s+)?"
    r"(?:(?:more|less)\s+[a-z]+|[a-z]{2,}(?:ier|er))\b(?=\s*(?:$|[,.;:!?)]|than\b|and\b|after\b|within\b|in\b|by\b|"
    r"from\b|since\b|now\b|too\b|already\b|every\b|each\b))"
    # a verb with less/fewer and the noun phrase it ends ("sweat less", "lost fewer hairs")
    r"|\b(?!(?:no|much|far|a|the|some)\b)[a-z]+(?<!\bis)(?<!\bare)\s+(?:less|fewer)(?:\s+[a-z]+)?"
    r"(?=\s*(?:$|[,.;:!?)]|(?:after|than|in|by|often|frequently|within|since)\b))"
    # any verb with a comparative adjective as its complement ("wake up more refreshed"): the
    # adjective's derivational suffix marks it, whatever the verb
    r"|\b[a-z]+(?:\s+(?:up|down|out|off))?\s+(?:more|less)\s+[a-z]+(?:ed|ful|ive|ous|ant|ent|able|ible|al|ic)\b"
    r"(?=\s*(?:$|[,.;:!?)]|(?:after|than|and|in|by|within|since|every|each)\b))"
    # a resultative: a causative verb, its object and a comparative ("made my eyelids slightly darker")
    r"|\b(?:make|makes|made|making|leave|leaves|left|keep|keeps|kept)\s+(?:my|your|our|his|her|their|the)\s+[a-z]+\s+"
    r"(?:(?:a\s+bit|a\s+little|much|far|[a-z]+ly)\s+)?(?:more\s+[a-z]+|(?!(?:other|another|never|over|under|either|"
    r"neither|rather|whether|ever|after|later|water|paper|number|matter|order)\b)[a-z]{3,}er)\b"
    # a verb of perception or possession with a comparative adjective before its object ("see
    # brighter skin", "notice thicker hair"): the object is said to have changed
    r"|\b(?:see|sees|saw|seen|seeing|notice[sd]?|noticing|get|gets|got|have|has|had|enjoy\w*|experienc\w+)\s+"
    r"(?:(?:noticeably|visibly|much|far|a\s+lot)\s+)?(?:more\s+[a-z]+|(?!(?:other|another|never|over|under|either|"
    r"neither|rather|whether|ever|after|later|water|paper|number|matter|order)\b)[a-z]{3,}er)\s+(?!than\b)[a-z]{3,}",
    re.I)


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


_POSSESSED_BEFORE_RE = re.compile(r"\b(?:my|your|our)\s+[a-z]+", re.I)


def _score(unit_text: str, cues: _SentenceCues, *, heading: bool, mentions_intervention: bool,
           has_outcome: list[str], predicate: str | None = None) -> tuple[float, list[str]]:
    """Check-worthiness in 0..1 from additive cue weights, and the cues that produced it."""
    reasons: list[str] = []
    score = 0.0
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
    elif predicate and not denial:
        # whatever the verb, a clause whose subject is the treatment says what it does
        score += 0.25
        reasons.append(f"the treatment is the subject of '{predicate}'")
    elif (change := _CHANGE_RE.search(unit_text)) is not None and not noun and not has_outcome:
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
    if has_outcome:
        score += 0.25
        reasons.append("outcome " + ", ".join(f"'{o}'" for o in has_outcome[:3]))
    risk = _RISK_RE.search(unit_text)
    if risk:
        score += 0.2
        reasons.append(f"risk cue '{risk.group(0)}'")
    if mentions_intervention:
        score += 0.15
        reasons.append("names the intervention")
    num = _NUMBER_RE.search(unit_text) or _TIME_WORD_RE.search(unit_text)
    # the frame's own reading of an amount or a time frame ("nine out of ten", "after three
    # sessions", "within days") counts as much as a figure
    amount = num.group(0).strip() if num else _amount_or_time(unit_text)
    if amount and (verb or noun or has_outcome or predicate or _CHANGE_RE.search(unit_text)):
        score += 0.15
        reasons.append(f"number '{amount}'")
    cmp = comparator_of(unit_text)
    if cmp is not None:
        score += 0.2
        reasons.append(f"comparison '{cmp[1]} {cmp[0]}'")
    sup = _SUPERLATIVE_RE.search(unit_text) or _ABSOLUTE_RE.search(unit_text)
    if sup:
        score += 0.1
        reasons.append(f"absolute/superlative '{sup.group(0)}'")
    if cues.evidence:
        score += 0.1
        reasons.append(f"evidence cue '{cues.evidence}'")
    # Penalties
    # the imperative mood is the main clause's: a reason it gives ("because long-term use can
    # lower copper levels") is asserted
    if _is_imperative(unit_text) or (cues.imperative and not _LEAD_CONNECTIVE_RE.match(unit_text)):
        score -= 0.35
        reasons.append("penalty: imperative (advice)")
    elif _ADVICE_RE.search(unit_text):
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
    if cues.rhetorical or (_FIRST_PERSON_RE.search(unit_text) and not (verb or has_outcome or _CHANGE_RE.search(unit_text))):
        # a first-person report of an effect ("my ponytail is thicker") is still a claim
        score -= 0.2
        reasons.append("penalty: first person / rhetorical")
    if heading:
        score -= 0.2
        reasons.append("penalty: heading or label")
    # the benefit half of "X is safe and effective" is one evaluative adjective, predicated of the
    # sentence's subject: a claim, however short
    if (len(unit_text.split()) < 2 or len(unit_text.split()) < 3 and not verb) and not denial and not \
            _EFFICACY_ADJ_RE.fullmatch(unit_text.strip()):
        score -= 0.5
        reasons.append("penalty: very short")
    return max(0.0, min(1.0, round(score, 3))), reasons


# ---------------------------------------------------------------------------------------------
# Questions


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"


def _block(terms: Iterable[str]) -> str:
    terms = list(dict.fromkeys(terms))
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


# A causative or resultative verb with a person as object ("keeps you full", "makes you feel
# fuller", "leaves you buzzing"): the state is an adjective complement, with no noun to search.
_BARE_COMPLEMENT_RE = re.compile(
    r"\b(?:makes?|made|making|keeps?|kept|keeping|leaves?|left|leaving|gets?|got|getting)\s+"
    r"(?:you|people|them|us|him|her|one)\s+(?:(?:feel|feeling|look|looking|stay|staying)\s+)?"
    r"(?:(?:more|less|so|very|much|far)\s+)?[a-z]+(?=\s*(?:$|[,;:.!?]|(?:and|so|but|or|for|all|after|within|in)\b))",
    re.I)


def _bare_complement(text: str) -> bool:
    """Is the clause's result an adjective predicated of a person ("It keeps you full")? Then its
    words are no outcome: the noun head of an object is ("It makes your hair thicker": hair)."""
    # the main clause's result only: "brown fat, a type of fat that burns calories to keep you
    # warm" describes the object in an apposition or relative clause
    main = re.split(r",\s|\s(?:that|which|who)\s", text, maxsplit=1)[0]
    return bool(_BARE_COMPLEMENT_RE.search(main))


# A quantity noun with "of" measures the noun phrase after it ("the number of fine, weak hairs",
# "a surge of feel-good chemicals"): that phrase is what the claim says changes.
# So does a noun of likelihood, rate or extent ("cut your risk of catching a cold", "the
# duration of a cold"), after a gerund of contracting ("catching", "getting", "developing").
_MEASURE_NOUN = r"(?:number|amount|quantity|surge|levels?|risk|chances?|odds|likelihood|rates?|incidence|" \
                r"frequency|severity|duration)"
_MEASURE_OF_RE = re.compile(rf"\b{_MEASURE_NOUN}\s+of\s+(?:(?:catching|getting|developing|having|contracting)\s+)?"
                            r"(?P<np>[^.;:()]+)", re.I)


def _measured_noun(item_text: str, words: str) -> str:
    """`words` ("number of fine") or, when they are a quantity noun with "of", the noun phrase it
    measures, its coordinated adjectives' commas dropped ("fine weak hairs")."""
    if not re.match(rf"{_MEASURE_NOUN}(?:\s+of\b|$)", words, re.I):
        return words
    m = _MEASURE_OF_RE.search(item_text)
    if m is None:
        return words
    np = [w for w in re.findall(r"[A-Za-z][\w'-]*", m.group("np"))][:4]
    while np and np[0].lower() in _DETERMINERS:
        np = np[1:]
    np = np[:next((i for i, w in enumerate(np) if w.lower() in _NP_END_WORDS), len(np))]
    return " ".join(np[-3:]).lower() if _clean_outcome_words(" ".join(np[-3:])) else words


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


def _help_object(text: str) -> str:
    m = _HELP_OBJECT_RE.search(text)
    if m is None:
        return ""
    words = re.findall(r"[A-Za-z][\w'-]*", m.group("np"))
    if words and words[0].lower() in ("up", "down", "about", "around", "over", "nearly", "almost"):
        return ""  # "lose up to 10 pounds": an amount, its noun implicit
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
    rest = text[m.end():] if m else text
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", rest)
             if w.lower() not in _GENERIC_STOP | {"all", "some", "more", "less", "very", "many", "most", "their",
                                                  "them", "these", "those", "other", "such", "as", "like", "also",
                                                  "not", "only", "just", "even", "much", "than", "into", "up",
                                                  "out", "off", "be", "been", "being", "has", "have", "had", "was",
                                                  "were", "which", "there", "here"}]
    return " ".join(words[:3]).lower()


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
_COMPARATIVE_Q_RE = re.compile(r"\b(?:compared|than|versus|alone|other)\b", re.I)


def _match_question(questions: Sequence[Question], intervention: Concept, outcome_key: str | None,
                    outcome_words: str, kind: str, context_home: bool, comparative: bool = False,
                    population: str = "") -> Question | None:
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
        specific = {k for k in ikeys if _INTERVENTION_BY_KEY[k].parent}
        if specific and intervention.key not in specific:
            score -= 1.5  # an RF-microneedling question is not the test of plain microneedling
        if (q.kind == "safety") != (kind == "safety"):
            continue  # a harm claim is tested by a safety question, a benefit claim by the others
        q_home = bool(_SETTING_RE.search(q.intervention))
        if outcome_key and outcome_key in okeys:
            score += 3.0 - 0.2 * (len(okeys) - 1)  # a narrower question fits better
        elif not outcome_key and outcome_words and set(re.findall(r"[a-z]{4,}", q.outcome.lower())) & set(
                re.findall(r"[a-z]{4,}", outcome_words.lower())):
            score += 1.5
        elif not (q_home and context_home):
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
            re.search(r"(?:er|ed|ing|y|ful|less|ly)$", worded) and len(worded) >= 4:
        return worded
    return outcome.label


def _new_question(intervention: Concept, outcome: Concept | None, outcome_words: str, kind: str,
                  worded: str | None = None) -> Question:
    """A question from the claim's frame. A table outcome named in other words ("melasma" for
    the pigmentation entry) keeps the claim's words in the question and the table's synonyms
    in the search: the question asks what the claim says."""
    ilabel = intervention.label
    if outcome is not None:
        olabel, oblock = outcome.label, _block(outcome.terms)
        olabel = _worded_label(outcome, worded)
        if kind == "safety" and outcome.kind != "safety" and worded:
            olabel = worded  # "causes hair loss": the condition as a harm, not the entry's benefit
    else:
        olabel = outcome_words or "clinical outcomes"
        # coordinated outcomes ("diarrhoea and stomach cramps") are searched each on its own
        blocks = []
        for part in re.split(r"\s+(?:and|or)\s+|\s*,\s*", olabel):
            words = part.split()
            if not words:
                continue
            if words[-1].endswith("s") and len(words[-1]) > 4:
                words[-1] = words[-1][:-1] + "*"
            phrase = " ".join(words)
            blocks.append(f'"{phrase}"[tiab]' if len(words) > 1 else f"{phrase}[tiab]")
        oblock = _block(blocks or ["clinical outcome*[tiab]"])
        if kind == "safety":
            oblock = _block([*(blocks or [oblock]), *_OUTCOME_BY_KEY["adverse-effects"].terms])
    if kind == "safety":
        statement = f"Does {ilabel} cause {olabel}, and how often?"
    elif kind == "mechanism":
        statement = f"Does {ilabel} act on {olabel}?"
    else:
        statement = f"Does {ilabel} {_relation(kind, outcome)} {olabel}?"
    query = f"{_block(intervention.terms)} AND {oblock}"
    qid = f"auto-{_slug(intervention.key)}-{_slug(outcome.key if outcome else olabel)}"
    if outcome is not None and olabel != outcome.label:
        qid += f"-{_slug(olabel)}"
    if kind != (outcome.kind if outcome else "efficacy"):
        # "reduces inflammation" and "causes inflammation" are different questions.
        qid += "-" + {"safety": "risk", "efficacy": "benefit", "mechanism": "mechanism"}[kind]
    return Question(qid, statement, ilabel, olabel, kind, query)  # type: ignore[arg-type]


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
        return f"{ilabel}: {' '.join(quote.split())}"
    verb = _relation(kind, outcome)
    # a harm named by a condition's entry ("causes hair loss" under "hair growth in hair loss")
    # is said in the question's words, never as the benefit the entry names
    olabel = said if said and kind == "safety" and outcome.kind != "safety" else outcome.label
    if stance == "denies":
        return f"{ilabel} does not {verb} {olabel}"
    if strength == "hedged":
        return f"{ilabel} may {verb} {olabel}"
    third = {"cause": "causes", "act on": "acts on", "improve": "improves", "reduce": "reduces"}[verb]
    relation, comparator = compared
    if relation in ("superior", "equivalent") and comparator:
        # the comparison is what the claim asserts: keep it in the restatement
        how = "more than" if relation == "superior" else "as much as"
        return f"{ilabel} {'may ' + verb if strength == 'hedged' else third} {olabel} {how} {comparator}"
    return f"{ilabel} {'always ' if strength == 'absolute' else ''}{third} {olabel}"


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
_FRONTED_ADJUNCT_RE = re.compile(r"^\W*(?:unlike|like|as\s+with|compared\s+(?:with|to)|in\s+contrast\s+to|"
                                 r"instead\s+of|rather\s+than)\s+[^,;:]{1,60},\s*", re.I)
_EXISTENTIAL_THAT_RE = re.compile(r"^\W*there\s+(?:is|are|was|were|['’]s)\s+(?:[\w-]+\s+){0,4}?that\s+", re.I)


_USE_BEFORE_RE = re.compile(r"\b(?:starting|using|taking|applying|adding|switching\s+to)\s+(?:a\s+|an\s+|the\s+)?$", re.I)


def _subject(text: str) -> str | None:
    """The clause's subject noun phrase: `frames.subject_of` after a fronted contrast adjunct or an
    existential frame, and with a plural-looking noun kept in the phrase when a verb follows it
    ("Hair loss is common": "Hair loss", not "Hair" with the verb "loss")."""
    text = _FRONTED_ADJUNCT_RE.sub("", text, count=1)
    text = _EXISTENTIAL_THAT_RE.sub("", text, count=1)
    cv = clause_verb(text)
    return cv[0] if cv is not None else subject_of(text)


_OPENING_CLAUSE_RE = re.compile(
    r"\s*(?:if|when|whenever|while|although|though|because|since|after|before|once|unless|until|as|"
    # an opening prepositional phrase ("In adults over 65, whose ..., zinc is ...")
    r"in|for|among|during|with|without|at|on|by|over)\b[^;:]*[,;:]\s",
    re.I)


def _is_subject(text: str, sent_start: int, pos: int) -> bool:
    """Does an intervention named at `pos` stand as the sentence's subject ("Retinol fades ..."),
    rather than as a condition or comparator ("If sunscreen is not used ...", "unlike lasers")?"""
    before = text[sent_start:pos]
    # the subject of the main clause after an opening subordinate clause ("If you eat well, extra
    # zinc ..."); any other comma may sit inside a list or an appositive, so it does not count
    # a colon opens a new clause or a quotation, a complementizer a clause ("the answer is that X ...")
    before = re.split(r":\s+|\bthat\s+", before)[-1]
    if _OPENING_CLAUSE_RE.match(before.lstrip("\"“‘ ")):
        before = re.split(r"[,;:]\s", before)[-1]
    partitive = _PARTITIVE_RE.search(before) or _SOURCE_OF_RE.search(before)
    if partitive:
        before = before[:partitive.start()] + "X "  # "Injections of botulinum toxin work", "Side effects of X include"
    return len(before.split()) <= 5 and not _NOT_SUBJECT_RE.search(before)


# A measure or form noun with "of" is a partitive: the treatment after it heads the subject
# ("Injections of botulinum toxin work", "High doses of biotin can ...").
_PARTITIVE_RE = re.compile(r"\b(?:injections?|doses?|drops?|courses?|applications?|shots?|use|tablets?|capsules?|"
                           r"sessions?|rounds?)\s+of\s+$", re.I)


# A harm or result noun with its source ("side effects of minoxidil", "infections after
# microneedling", "the benefits of retinol"): the treatment is what the subject is about
_SOURCE_OF_RE = re.compile(rf"\b(?:{HARM_NOUNS}|effects?|results?|benefits?|dangers?)\s+(?:of|after|from|following|"
                           rf"caused\s+by)\s+(?:the\s+|a\s+|an\s+|your\s+)?$", re.I)


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


def extract_claims(article: Article, questions: Sequence[Question] = (), *,
                   min_score: float = DEFAULT_MIN_SCORE) -> list[Candidate]:
    """Check-worthy claims in `article`, in text order, each with a proposed question.

    `questions` are existing questions to reuse when one tests the same intervention and
    outcome; otherwise a new question (with a generated PubMed query) rides on the candidate.
    Candidates scoring below `min_score` (0..1) are left out.
    """
    text = article.text
    primary = detect_intervention(article)
    stem = _id_stem(article.name)
    title_norm = " ".join((article.title or "").split()).lower()
    existing_ids = {q.question_id for q in questions}
    new_questions: dict[str, Question] = {}
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    previous = ""
    carried: Concept | None = None  # another treatment a pronoun may still refer to
    leads = _lead_ins(text)
    main_outcome = _main_outcome(article, primary)
    sents = sentences(text)
    sections = _sections(text, primary)
    section_starts = [a for a, _, _ in sections]
    section_at = -1
    para_outcome: Concept | None = None  # the last benefit claimed in this paragraph
    for si, sent in enumerate(sents):
        s_text = text[sent.start:sent.end]
        following = text[sents[si + 1].start:sents[si + 1].end] if si + 1 < len(sents) else ""
        disclaimer = bool(_DISCLAIMER_RE.search(s_text) or _DISCLAIMER_EXTRA_RE.search(s_text))
        if sent.question or " ".join(s_text.split()).lower() == title_norm or _FLUFF_RE.search(s_text):
            previous = s_text
            continue  # questions, the headline and marketing copy are not claims
        ispans = _intervention_spans(text, sent.start, sent.end, primary)
        named = [c for x, _, c in ispans
                 if c.key == primary.key or c.parent == primary.key or _is_subject(text, sent.start, x)
                 # the object of a verb of use ("within 3 days of starting vitamin C", "after using
                 # X") is the treatment whose effect the sentence reports
                 or _USE_BEFORE_RE.search(text, max(sent.start, x - 30), x)]
        k = bisect.bisect_right(section_starts, sent.start) - 1
        topic = sections[k][2] if k >= 0 else None
        if k != section_at or "\n\n" in text[max(0, sent.start - 3):sent.start]:
            para_outcome = None
        if k != section_at:
            section_at, carried = k, None  # a heading starts a new topic: "it" no longer reaches back
        if topic is not None and topic.key != primary.key:
            # a section headed by another treatment ("2. Saw palmetto"): its sentences are about
            # that treatment unless their own subject names another one
            named = [c for x, _, c in ispans if _is_subject(text, sent.start, x)]
        # The setting ("at home") is often given one sentence earlier.
        home = bool(_SETTING_RE.search(s_text) or _SETTING_RE.search(previous))
        cues = _SentenceCues.of(s_text)
        previous = s_text
        if named or "\n\n" in text[max(0, sent.start - 3):sent.start]:
            carried = None  # the article's topic named again, or a new paragraph
        if not named and _INTRODUCTION_RE.match(s_text):
            # "Magnesium is another supplement ...": a copular sentence whose subject is another
            # treatment introduces the referent of the pronouns that follow, claim or not
            carried = _other_treatment(s_text, primary, text) or carried
        # Outcomes are found once per sentence (never inside an intervention's name), then
        # shared out to its clauses and list items.
        sent_hits = _outcome_hits(text, sent.start, sent.end, [(x, y) for x, y, _ in ispans])
        mentions = bool(named) or bool(_PRONOUN_SUBJECT_RE.search(s_text)) or bool(
            # "the shampoo", "these lozenges": a definite head noun of the article's product
            len(primary.label.split()) > 1 and re.search(
                rf"\b(?:the|this|these|that|those|such|its|your)\s+{re.escape(primary.label.split()[-1].rstrip('s'))}",
                s_text, re.I))
        intervention = _claim_intervention(topic or primary, named)
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
        for unit in _clause_units(text, sent.start, sent.end):
            u_text = text[unit.start:unit.end]
            if _not_a_claim(u_text, text[sent.start:unit.start]):
                continue
            if _HISTORY_RE.search(u_text):
                continue  # "has been used in Ayurvedic medicine for 3,000 years": history, not an effect
            if disclaimer and (_limits_claim(u_text) or (unit.start > sent.start + 3 and _subject(u_text) is None
                                                         and not denied_harm(u_text))):
                # the disclaimer's coordinated verbs ("not intended to diagnose, treat, cure or
                # prevent any disease") go with it
                continue  # "X is not a miracle cure, and results vary": the article limits its claims
            if _rebutted_belief(text[sent.start:unit.end], text[unit.end:sent.end], following):
                continue  # "Many people think X ... That fear is unfounded": a belief reported to be denied
            if sent.heading and not item_lead and not _strong_verb(u_text) and not denied_harm(u_text):
                continue  # a heading without an effect verb or a denial is a topic label
            hits = _within(sent_hits, unit.start, unit.end)
            scored_hits = hits
            shared = ""
            if not hits and _EVALUATIVE_END_RE.search(u_text):
                # "X is effective" with no object of its own is about the benefit its sentence
                # names ("... is effective and safe for men with alopecia")
                scored_hits = [h for h in sent_hits if h[2].kind != "safety"]
                shared = _shared_complement(text, unit.end, sent.end)
            # A list item is read with its lead-in line ("Benefits include:"), which carries its verb.
            lead_in = item_lead
            score, reasons = _score(f"{lead_in}: {u_text}" if lead_in else u_text, cues, heading=sent.heading,
                                    mentions_intervention=mentions or bool(lead_in),
                                    has_outcome=[text[x:y] for x, y, _ in scored_hits] or ([shared] if shared else []),
                                    predicate=_treatment_predicate(u_text, topic or primary)
                                    or _coordinated_predicate(text, unit.start))
            if score < min_score:
                continue
            # The frame reads the unit with its list lead-in ("Rosemary oil may help:") and decides
            # the relation by the verb and negation scope, not by the outcome's name.
            lead = item_lead
            rel = relation_of(f"{lead} {u_text}".strip())
            harmful = rel == "harm" or (rel not in ("benefit", "denies_harm", "no_effect", "mechanism")
                                        and _is_harm_claim(text, unit, hits))
            cmp = comparator_of(u_text) if rel in ("superior", "equivalent") else None
            u_int = intervention
            if cmp is not None and u_int.regex.search(cmp[0]):
                # "rivals minoxidil": the comparator is never the intervention. The clause's subject
                # is ("Minoxidil isn't as effective as microneedling" is about minoxidil), even when
                # both arms fall under one table entry ("Red light ... than blue light")
                subj = _subject(u_text) or ""
                by_subject = next((c for c in (u_int, primary, *INTERVENTIONS) if subj and (
                    c.regex.search(subj) or (c is primary and _names_primary(subj, c)))
                    and cmp[0].lower() not in subj.lower()), None)
                if by_subject is not None:
                    u_int = by_subject
                elif u_int.key != primary.key:
                    u_int = primary
            # a list item in lower case goes on the lead-in's sentence ("Benefits include:" /
            # "- sharper focus"): its subject is the lead-in's, never a word of the item
            other = _other_treatment(f"{lead} {u_text}" if lead and u_text[:1].islower() else u_text, primary, text)
            # the clause's own subject decides: "Creatine builds strength, while the caffeine only
            # gives you a short buzz" is about caffeine
            # (a treatment named only as the comparator, "rivals minoxidil", does not count)
            if other is not None and not any(c.regex.search(u_text) and not (cmp and c.regex.search(cmp[0]))
                                             for c in named):
                u_int = carried = other  # "Lavender oil may also help hair grow" in a rosemary-oil article
            elif carried is not None and not named and _is_pronoun(_subject(u_text)):
                u_int = carried  # "Adding piperine boosts ... It also ...": the pronoun's antecedent
            elif prev_u_int is not None and _RESULT_CLAUSE_RE.match(u_text):
                # "X speeds up your metabolism, so you burn more calories": a result clause states
                # an effect of the cause in the clause before it, whoever its grammatical subject is
                u_int = prev_u_int
            combination = _claim_combination(u_text, u_int, text)
            if combination is not None:
                u_int = combination
            prev_u_int = u_int
            # A list of harms is one claim about the treatment's safety (its harms are appraised
            # together, as adverse events); a list of benefits is one claim per outcome.
            harm_list = (harmful or rel == "harm") and not _RELIEF_RE.search(u_text)
            items = ([] if harm_list else _list_items(text, unit, hits)) or [(unit, unit)]
            for n, (item, qspan) in enumerate(items):
                if (qspan.start, qspan.end) in seen:
                    continue
                seen.add((qspan.start, qspan.end))
                quote = text[qspan.start:qspan.end]
                in_item = _within(hits, item.start, item.end) or hits
                if not in_item and not (rel in ("benefit", "harm", "no_effect", "mechanism")
                                        and _clean_outcome_words(_predicate_object(text[item.start:item.end]))):
                    # another clause's outcome only when this clause names no object of its own
                    # and the outcome fits this clause's relation
                    in_item = [h for h in sent_hits if (h[2].kind == "safety") == (rel in ("harm", "denies_harm"))]
                if cmp is not None:
                    in_item = [h for h in in_item if not _compiled(h[2].patterns).fullmatch(cmp[0])]
                outcome = _pick_outcome(in_item, harmful or rel == "denies_harm")
                object_words = _object_outside_tables(text, item, outcome, in_item, rel)
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
                denied_words = ""
                if rel == "denies_harm" and (outcome is None or outcome.kind != "safety" or outcome.key == "adverse-effects"):
                    # the harm the sentence denies is the outcome ("won't cause breakouts" -> acne)
                    key, denied_words = _harm_key(f"{lead} {quote}")
                    if key is not None:
                        outcome = _OUTCOME_BY_KEY[key]
                    elif denied_words:
                        outcome = None
                if outcome is not None and outcome.key == "adverse-effects" and rel == "benefit" and \
                        _LOWER_RISK_OF_RE.search(u_text):
                    outcome = None  # "a lower risk of heart disease": the benefit's object, not harms in general
                if rel in ("superior", "equivalent") and cmp is not None and _TOLERANCE_RE.search(cmp[1]):
                    # "better tolerated than", "gentler than", "safer than": the comparison is of harms
                    outcome, kind = _OUTCOME_BY_KEY["adverse-effects"], "safety"
                if outcome is None and rel in ("superior", "equivalent") and (para_outcome or main_outcome) and not (
                        _frame_outcome(text[item.start:item.end], rel)):
                    # "X works as well as Y" names no outcome: an elliptical comparison is about the
                    # benefit its paragraph just claimed ("... clears acne. It is just as effective
                    # as benzoyl peroxide"), else the article's main one
                    outcome = para_outcome or main_outcome
                owords = "" if outcome else object_words or denied_words or _help_object(text[item.start:item.end]) or \
                    _frame_outcome(text[item.start:item.end], rel) or (
                    "" if rel in ("superior", "equivalent") else _predicate_object(text[item.start:item.end])
                    or _association_object(text[item.start:item.end]) or _object_phrase(text[item.start:item.end])) or shared
                owords = _LEADING_DET_RE.sub("", owords)  # "my shedding" -> "shedding"
                # "make kidney problems worse": the comparative is the verb's complement, not the noun's
                owords = re.sub(r"\s+(?:worse|better|more|less)$", "", owords)
                if outcome is None:
                    owords = _measured_noun(text[item.start:item.end], owords)
                    if rel == "benefit" and kind == "safety" and _MEASURE_OF_RE.search(text, item.start, item.end):
                        kind = "efficacy"  # "cuts your risk of catching a cold": a benefit on colds
                # (a denial in the same clause names its own harm: "makes you stronger, it does not damage kidneys")
                bare = outcome is None and not denied_words and rel not in ("harm", "denies_harm") and \
                    _bare_complement(text[item.start:item.end])
                if bare:
                    owords = ""  # "keeps you full": an adjective names no outcome; the article's main one
                main = None
                if outcome is None and (not _clean_outcome_words(owords) or any(
                        c.regex.search(owords) for c in (u_int, primary, *INTERVENTIONS))):
                    # prose leftovers, or a treatment's own name ("results from a vitamin C serum
                    # last"), never become an outcome: the main question or nothing
                    owords = ""
                    if rel == "harm" and kind == "safety":
                        # a harm with no words of its own is a claim about the treatment's harms,
                        # never about its benefit (that would put the verdict on the wrong side)
                        outcome = _OUTCOME_BY_KEY["adverse-effects"]
                    elif main_outcome is not None and kind == "efficacy" and rel in (
                            "benefit", "no_effect", "superior", "equivalent"):
                        outcome = main_outcome  # the article's main question: its treatment and main outcome
                    else:
                        main = _main_question(questions, tuple(new_questions.values()), u_int, main_outcome,
                                              [c.claim.question_id for c in out])
                        if main is None:
                            continue
                question = _match_question(questions, u_int, outcome.key if outcome else None, owords,
                                           kind, home, comparative=ctype == "comparative",
                                           population=sent_population)
                if outcome is None and not owords:
                    question = question or main
                new_q = None
                if question is not None and question.question_id in new_questions:
                    new_q, question = question, None  # this article's main question, proposed here
                elif question is None:
                    worded = next((" ".join(text[x:y].split()).lower() for x, y, c in in_item if c is outcome), None)
                    if worded is None and outcome is not None and (m_o := outcome.regex.search(quote)):
                        worded = " ".join(m_o.group(0).split()).lower()  # the claim's own name for it
                    new_q = _new_question(u_int, outcome, owords, kind, worded)
                    if new_q.question_id in existing_ids:
                        new_q = Question(new_q.question_id + "-auto", new_q.statement, new_q.intervention,
                                         new_q.outcome, new_q.kind, new_q.query)
                    new_q = new_questions.setdefault(new_q.question_id, new_q)
                why = [*reasons, f"list item {n + 1} of {len(items)}"] if len(items) > 1 else list(reasons)
                target = question or new_q
                assert target is not None
                frame = parse_frame(
                    f"{lead} {quote}".strip() if lead else (quote if len(quote) > 0.6 * len(u_text) else u_text),
                    topic=primary.label, topic_norm=primary.label,
                    intervention=_worded(text, sent.start, sent.end, u_int, cmp[0] if cmp else None)
                    or _antecedent(text, sent.start, u_int) or u_int.label, intervention_norm=u_int.label,
                    outcome=outcome.label if outcome else (owords or (target.outcome if bare else None)),
                    outcome_kind=outcome.kind if outcome else None)
                # strength is the quote's own; a lead-in passes on only its hedge ("may help:"),
                # never its purpose ("aimed at eliminating:")
                strength = strength_of(quote)  # the quote's own wording, not its neighbours
                if lead and strength_of(lead) == "hedged":
                    strength = "hedged"
                if strength != "absolute" and _REPORTED_RE.search(text[sent.start:qspan.start] + quote[:50]):
                    strength = "hedged"  # "Users on forums report that ...": the article reports, not asserts
                frame = dataclasses.replace(frame, strength=strength)
                stance = _stance_of_relation(frame.relation, target, _stance(quote, target))
                claim = Claim(
                    claim_id="", article=article.name, quote=quote, start=qspan.start, end=qspan.end,
                    claim=_normalised_claim(u_int, outcome, quote, target.kind, strength, stance, target.outcome,
                                            compared=(frame.relation, frame.comparator)),
                    question_id=target.question_id, claim_type=ctype, strength=strength,  # type: ignore[arg-type]
                    origin="auto", stance=stance, frame=frame)  # type: ignore[arg-type]
                out.append(Candidate(claim, score, tuple(why), new_q))
                if rel == "benefit" and outcome is not None and outcome.kind == "efficacy":
                    para_outcome = outcome
    out.sort(key=lambda c: (c.claim.start, c.claim.end))
    return [_with_id(c, f"auto-{stem}-{i:02d}") for i, c in enumerate(out, 1)]


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
    r"worr(?:y|ies|ied)|fear(?:s|ed)?|concluded?|promise[sd]?)\s+(?:that\s+)?"
    r"|\b(?:a|the|another|one)\s+(?:common\s+|popular\s+|widespread\s+)?(?:fear|belief|myth|misconception|worry|"
    r"assumption|line|promise|idea|notion|story)\s+is\s+that\s+", re.I)
# A rebuttal opens the next sentence with a denial or a correction ("It won't.", "That fear is
# unfounded", "In fact, ..."), or follows within the sentence after "but".
_REBUTTAL_RE = re.compile(
    r"^\W*(?:(?:[\w'’-]+\s+){0,4}(?:not|no|never|won['’]t|isn['’]t|doesn['’]t|unfounded|wrong|false|untrue|myth)\b|"
    r"in\s+fact\b|actually\b|in\s+reality\b)", re.I)


def _rebutted_belief(upto_unit: str, rest_of_sentence: str, next_sentence: str) -> bool:
    """Is the unit ending `upto_unit` a belief the article reports and then denies?"""
    if not _BELIEF_RE.search(upto_unit):
        return False
    return bool(re.match(r"\s*,?\s*but\b", rest_of_sentence, re.I) or _REBUTTAL_RE.match(next_sentence))


def _object_outside_tables(text: str, item: _Span, outcome: Concept | None,
                           hits: Sequence[tuple[int, int, Concept]], relation: str) -> str:
    """The predicate's object when the table outcome lies outside it: the claim is about its
    object, and a table word in a gloss or a later phrase names something else. "" otherwise."""
    if outcome is None or relation not in ("benefit", "harm", "mechanism", "no_effect"):
        return ""
    item_text = text[item.start:item.end]
    words = _frame_outcome(item_text, relation)
    if not words or any(c.regex.search(words) for c in OUTCOMES) or any(c.regex.search(words) for c in INTERVENTIONS):
        return ""
    pos = item_text.lower().find(words.lower())
    if pos < 0:
        return ""
    a, b = item.start + pos, item.start + pos + len(words)
    if any(c is outcome and x < b and a < y for x, y, c in hits):
        return ""
    # only when every mention of the table outcome is in an apposition after the object
    # ("DHT, the hormone behind pattern baldness"), set off by a comma, dash or bracket
    mentions = [x for x, _, c in hits if c is outcome]
    gloss = [x for x in mentions if x >= b and re.match(r"\s*[,(–—-]", text[b:x])]
    return words if gloss and len(gloss) == len(mentions) else ""


def _main_outcome(article: Article, primary: Concept) -> Concept | None:
    """The benefit the article is about: the efficacy outcome named most often (the title counts
    thrice), when named at least three times; None otherwise."""
    text, title = article.text, article.title or ""
    counts: Counter[str] = Counter()
    for src, weight in ((text, 1), (title, 3)):
        taken = [(a, b) for a, b, _ in _intervention_spans(src, 0, len(src), primary)]
        for _, _, c in _outcome_hits(src, 0, len(src), taken):
            if c.kind == "efficacy":
                counts[c.key] += weight
    if counts:
        key, n = counts.most_common(1)[0]
        if n >= 3:
            return _OUTCOME_BY_KEY[key]
    return _title_outcome(title, text, primary)


# "... for Modern Stress", "... Against the Common Cold", "Can Turmeric Really Ease Your Aching
# Joints?": a title names the benefit after "for"/"against" or as its effect verb's object.
_TITLE_OUTCOME_RE = re.compile(r"\b(?:for|against)\s+(?:the\s+|your\s+|a\s+)?(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})",
                               re.I)


def _title_outcome(title: str, text: str, primary: Concept) -> Concept | None:
    """The article's main outcome when the tables list none: the title's outcome noun phrase
    (its head named at least three times in the text), as a generic outcome searched by its words."""
    phrases = [m.group("np") for m in _TITLE_OUTCOME_RE.finditer(title)]
    for verb in effect_verbs(title):
        phrases.append(_np_after_words(title[verb.end():]))
    for phrase in phrases:
        words = [w for w in re.split(r"\s+(?:and|or|&)\s+|[:?!|,]", phrase)[0].split()
                 if w.lower() not in _GENERIC_STOP and not primary.regex.search(w)]
        # adjectives before the head ("Modern Stress", "Aching Joints") are not searched
        while len(words) > 1 and re.search(r"(?:ing|ern|ic|al|ful|ive|ous|ed)$", words[0], re.I):
            words = words[1:]
        if not words or _NOT_NP_RE.search(" ".join(words)) or treatment_probability(" ".join(words)) >= 0.85:
            continue
        head = words[-1].lower()
        if len(head) < 4 or len(re.findall(rf"\b{re.escape(head[:-1] if head.endswith('s') else head)}", text, re.I)) < 3:
            continue
        g = _generic_concept(" ".join(words))
        return dataclasses.replace(g, key="outcome-" + g.key, label=g.label.lower())
    return None


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
    return obj if _clean_outcome_words(" ".join(obj.split()[:3])) else ""


_TREATMENT_HEAD_RE = re.compile(r"\b(?:oils?|extracts?|acids?|creams?|serums?|supplements?|teas?|powders?|"
                                r"capsules?|pills?|tablets?|drugs?|injections?|gels?|lotions?|masks?|peels?|"
                                r"juices?|vinegar|spices?|herbs?|vitamins?\s+\w+)$", re.I)


# closed-class words a treatment's name does not start with (prepositions, comparatives,
# quantifiers) or contain (prepositions)
_NOT_NP_RE = re.compile(r"^(?:with|without|after|before|during|in|on|for|by|from|to|at|of|than|fewer|more|less|most|"
                        r"better|worse|best|faster|greater|higher|lower|many|much|few|several|some|no|not)\b|"
                        r"\b(?:within|of|in|on|for|by|from|at|than|into|during|over|under|about)\b", re.I)
_INTRODUCTION_RE = re.compile(r"^\W*[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:is|are)\s+(?:also\s+)?(?:another|an?|one)\b")
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


def _other_treatment(unit_text: str, primary: Concept, text: str = "") -> Concept | None:
    """A treatment other than the article's, named as the clause's subject and outside the
    tables ("Lavender oil", "Peppermint oil"): a noun phrase ending in a product word, or the
    object of a gerund subject ("taking curcumin every day may ...", "Adding piperine ...")."""
    g = _GERUND_SUBJECT_RE.search(unit_text)
    if g and len(g.group(1)) > 3 and not primary.regex.search(g.group(1)) and not any(
            c.regex.search(g.group(1)) for c in INTERVENTIONS) and g.group(1).split()[0].lower() not in _DETERMINERS \
            and g.group(1).split()[0].lower() not in _GENERIC_STOP:
        return _generic_concept(g.group(1))
    subj = _subject(_LEAD_CONNECTIVE_RE.sub("", unit_text))  # "because trained aestheticians ..."
    if subj:  # "caffeine only gives": an adverb after the noun phrase is not part of it
        subj = re.sub(r"(?:\s+(?:only|just|also|even|still|often|mostly|usually|alone|too|\w+ly))+$", "", subj, flags=re.I)
        # a prepositional phrase of time or manner after the noun is an adjunct, not part of its
        # name ("ACV before a meal", "collagen every morning")
        subj = re.sub(r"\s+(?:before|after|during|at|on|per|every|each)\s.*$", "", subj, flags=re.I)
    if not subj or len(subj.split()) > 4 or re.search(r"(?:ed|ing)$", subj, re.I):
        return None  # a participle ("trained") heads no noun phrase
    if _DEFINITE_START_RE.match(unit_text) and (
            subj.split()[-1].lower().rstrip("s") in primary.label.lower() or _REFERRING_HEAD_RE.fullmatch(subj.split()[-1])
            or re.search(rf"\b{re.escape(subj.split()[-1].lower().rstrip('s'))}", " ".join(primary.terms).lower())):
        # "The root extract ...", "This oil ...", "the shampoo": a definite description whose head
        # is the topic's or a general one points back to the topic; "the caffeine" in a creatine
        # article names another ingredient
        return None
    if _NOT_NP_RE.search(subj):
        return None  # "Without strict testing", "faster growth within two": not a noun phrase subject
    if not (_TREATMENT_HEAD_RE.search(subj) or (treatment_probability(subj) >= 0.8 and not _outcome_hits(subj, 0, len(subj)))):
        return None
    if primary.regex.search(subj) or primary.label.lower() in subj.lower() or _names_primary(subj, primary) or any(
            c.regex.search(subj) for c in INTERVENTIONS):
        return None
    if subj.split()[0].lower() in ("the", "this", "these", "that", "those", "your", "our", "my", "such", "other",
                                   "some", "many", "most", "all", "any", "its", "their"):
        return None
    if text and _names_people_or_outcome(subj, text):
        return None  # "so your hair looks fuller": what the outcomes are about, not a treatment
    if _PARTITIVE_RE.search(subj.split()[-1] + " of "):
        return None  # "a daily shot", "two capsules": a measure of the topic, its "of X" left implicit
    return _with_synonyms(_generic_concept(subj), text) if text else _generic_concept(subj)


def _frame_outcome(text: str, relation: str) -> str:
    """The outcome words as the frame parser reads them, when short and clean."""
    from .frames import outcome_of

    rel = relation if relation in ("harm", "denies_harm", "superior", "equivalent") else "benefit"
    words = _LEADING_DET_RE.sub("", outcome_of(text, rel)).split()
    # coordinated nouns ("diarrhoea and stomach cramps") are kept whole, each searched apart
    whole = " ".join(words[:7])
    if len(words) <= 7 and re.search(r"\s(?:and|or)\s", whole) and _clean_outcome_words(whole):
        return whole
    words = words[:3]
    return " ".join(words) if _clean_outcome_words(" ".join(words)) else ""


def _lead_ins(text: str) -> dict[int, str]:
    """line start -> the lead-in line a bullet item belongs to ("Rosemary oil may help:" for
    "- reduce hair shedding"): the last line ending with a colon before a run of bullets."""
    out: dict[int, str] = {}
    lead, pos = "", 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.endswith(":") and len(stripped.split()) <= 25:
            # the sentence the colon ends introduces the list, not the sentences before it on its
            # line ("Magnesium is not risk-free. Watch out for these downsides:")
            lead = re.split(r"(?<=[.!?])\s+(?=[A-Z])", stripped)[-1].rstrip(":")
        elif _BULLET_LINE_RE.match(line) and lead:
            out[pos] = lead
        elif stripped:
            lead = ""
        pos += len(line) + 1
    return out


_BULLET_LINE_RE = re.compile(r"^\s*(?:[-–—*•·▪►✓✔→]+|\d{1,2}[.)])\s+\S")
_BULLET_ONLY_RE = re.compile(r"\s*(?:[-–—*•·▪►✓✔→]+|\d{1,2}[.)])?\s*")
_OUTCOME_STOP = frozenset("""you your it its they them this that these those which who what within patient patients
people results result way ways more less very so also just really better best good great lot lots thing things
something anything everything overall response excellent amazing overnight day days week weeks month months
year years include includes most men women adults children persons mothers babies users teens teenagers girls boys
difference differences group groups change changes effect effects improvement improvements benefit benefits
session sessions own
a an the my our their his her some any no if only even almost same quite too one two three four five six seven
eight nine ten twice half little few much many several all""".split())  # nouns that name no outcome
# ("see a clear difference"), and closed-class words that are never an outcome's head
_LEADING_DET_RE = re.compile(r"^(?:(?:my|your|our|their|his|her|its|the|a|an|this|these|that|those|some|any)\s+)+",
                             re.I)


_TIME_WORD_RE = re.compile(r"\b(?:overnight|instantly|immediately|in\s+(?:just\s+)?(?:a|one|two|three|a\s+few)\s+"
                           r"(?:days?|weeks?)|after\s+(?:the\s+)?(?:very\s+)?first\s+(?:session|visit|use|treatment|"
                           r"application|dose))\b", re.I)
_ADVERB_RE = re.compile(r"(?:ally|ily|ively|ously|ently|antly|fully|ably|ibly|edly|ingly|tly|sly|rly|dly)$")


def _clean_outcome_words(words: str) -> bool:
    """Can the verb's object stand as an outcome? Short noun words only: "excellent response
    patient" or "ldl cholesterol within" are prose leftovers, not outcomes."""
    parts = re.split(r"\s+(?:and|or)\s+", words.lower())
    if len(parts) > 1:  # a coordination of short noun phrases: each must stand as an outcome
        return len(parts) <= 3 and all(_clean_outcome_words(p) for p in parts)
    ws = _LEADING_DET_RE.sub("", words.lower()).split()  # "this yeast" is the noun phrase "yeast"
    return 1 <= len(ws) <= 3 and not any(w in _OUTCOME_STOP or _ADVERB_RE.search(w) for w in ws)


def _main_question(questions: Sequence[Question], new: Sequence[Question], intervention: Concept,
                   main_outcome: Concept | None = None, used: Sequence[str] = ()) -> Question | None:
    """The article's main question for an intervention: one that tests it on the article's main
    outcome; else one proposed from this article; else the benefit question its other claims
    test most. None when the article gives no such anchor: a claim without an outcome of its own
    is not pinned to an arbitrary question."""
    def tests(q: Question) -> bool:
        ikeys, _ = _question_concepts(q)
        return intervention.key in ikeys or (not ikeys and intervention.label.lower() in q.intervention.lower())

    candidates = [q for q in (*new, *questions) if tests(q)]
    if main_outcome is not None:
        for q in candidates:
            if main_outcome.key in _question_concepts(q)[1] and q.kind != "safety":
                return q
    # the benefit question the article's claims so far test most, before the first one proposed
    counts = Counter(used)
    ranked = sorted((q for q in candidates if q.kind != "safety" and counts[q.question_id]),
                    key=lambda q: -counts[q.question_id])
    if ranked and counts[ranked[0].question_id] >= 2:
        return ranked[0]
    for q in new:
        if tests(q) and q.kind != "safety":
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
    if harm and not re.fullmatch(r"adverse effects|side effects|harm|risks?|problems?|issues?|drawbacks|downsides?",
                                 harm) and _clean_outcome_words(harm):
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
        return _noun_phrase(m.group(0))
    return None


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
