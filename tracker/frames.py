"""Parse a claim sentence into a `ClaimFrame`: what it asserts, in parts a verdict can compare.

General English structure, not phrases fitted to one article:

- relation: the verb decides, not the outcome ("reducing the scars" is a benefit even though
  scars are a problem); negation scope flips it (a negated harm verb denies harm, a negated
  benefit verb asserts no effect); privative morphology denies harm ("pain*less*",
  "risk-*free*", "free of", "no side effects", "without irritation", "non-irritating");
  comparison constructions ("better than X", "as effective as X", "rivals X", "compared with
  X", "vs X") make a comparative claim;
- magnitude: the number, its unit, its kind (percent change / fold / proportion of people /
  absolute / duration / sessions) and bound ("up to" = max, "at least" = min); a percentage
  directly before a substance ("2% minoxidil") is a concentration, not an effect size;
- time frame ("in two weeks", "overnight") in days; strength (hedged / plain / strong /
  absolute), where a negated hype noun ("not a miracle cure") is a disclaimer, not a claim;
- intervention: the subject noun phrase, or the article's main topic for a pronoun subject.

Pure functions; `parse_frame` is what the extractor and the benchmark call.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .models import ClaimFrame
from .polarity import (
    FLIP,
    HARM_NOUNS,
    INERT_ARM_RE,
    SYMPTOMS,
    _improvement_comparative,
    adjust_relation,
    clause_polarity,
    undergone,
)
from .text import ORDINALS, TIME_UNIT, TIME_UNIT_DAYS

__all__ = ["parse_frame", "relation_of", "magnitude_of", "time_frame_of", "strength_of", "comparator_of", "own_conjunct",
           "population_of", "subject_of", "denied_harm", "route_name", "HARM_NOUNS"]

_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
              "forty": 40, "fifty": 50, "sixty": 60, "a": 1, "an": 1, "a few": 3, "several": 3, "couple": 2,
              "a couple of": 2, "half": 0.5}
_NUM = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+few|a\s+couple\s+of|several|a|an)"
_DAYS = TIME_UNIT_DAYS
TIME_UNIT_NO_NIGHT = "|".join(u for u in TIME_UNIT_DAYS if u != "night")  # "two-night" is no span of use

# HARM_NOUNS (the general vocabulary of "what can go wrong") and SYMPTOMS come from `polarity`, which
# reads them too; they are re-exported here for the extractor.
_HARM_NOUN_RE = re.compile(rf"\b(?:{HARM_NOUNS})\b", re.I)
# Privative morphology: "painless", "scarless", "harmless", "risk-free", "pain free", "non-toxic".
_PRIVATIVE_RE = re.compile(
    rf"\b(?P<stem>pain|harm|risk|scar|side[\s-]?effect|irritation|toxin|chemical|fragrance|worry|hassle|"
    rf"drug|needle|downtime|trouble|stress|jitter|crash|odou?r|mess)(?:less\b|[\s-]free\b)"
    # (OUTC2: "hypo-" marks the least degree as "non-" marks none: "hypoallergenic" denies allergy)
    rf"|\b(?:non|hypo)[\s-]?(?P<non>irritating|toxic|invasive|comedogenic|addictive|habit[\s-]forming|allergenic)\b"
    rf"|\bfree\s+(?:of|from)\s+(?:any\s+|all\s+)?(?P<free>(?:[\w-]+\s+){{0,2}}?(?:{HARM_NOUNS}))\b",
    re.I)
_SAFE_RE = re.compile(
    r"\b(?:safe(?:ly|r|st)?|harmless|gentle|well[\s-]tolerated|tolerable|risk[\s-]?free|low[\s-]risk|"
    r"(?:suitable|fine|ok(?:ay)?|great|perfect|ideal)\s+for\s+(?:all\s+|even\s+|very\s+)?(?:sensitive|"
    r"delicate|reactive|all)\s+(?:skin|scalps?|types?|skin\s+types?|eyes|gums|teeth|stomachs?)|hypoallergenic|side[\s-]effect[\s-]free|"
    r"no\s+(?:real\s+|known\s+|serious\s+|major\s+)?(?:downside|drawback)s?|"
    r"(?:suitable|safe|fine|ok(?:ay)?|gentle\s+enough)\s+for\s+(?:all|every|any)\s+(?:skin\s+)?(?:types?|tones?|ages?|"
    r"skin)|(?:suitable|safe)\s+for\s+(?:everyone|anyone|everybody|all|people\s+with\s+[\w\s-]{1,30}|"
    r"(?:the\s+)?(?:whole|entire)\s+family)|"
    r"(?:kind|easy|gentle)\s+(?:to|on)\s+(?:your\s+|the\s+)?(?:stomach|gut|liver|kidneys?|skin|scalp|body|eyes|hair)|"

    # a life stage: "fine while breastfeeding", "okay during pregnancy"
    r"(?:fine|ok(?:ay)?|safe)\s+(?:to\s+(?:use|take)\s+)?(?:while|during|in)\s+(?:pregnancy|breast-?feeding|nursing|lactation))\b",
    re.I)

_NEG = (r"(?:not|no|never|none|nothing|without|neither|nor|cannot|unlikely|can['’]t|won['’]t|wouldn['’]t|"
        r"(?:do|does|did|is|are|was|were|will|has|have|should|could)n['’]t|zero|free\s+of|"
        # implicative verbs and adjectives that deny their infinitive ("fails to regrow", "is unable to
        # firm", "has yet to show"): the effect named after "to" does not happen
        r"fail(?:s|ed|ing)?(?=\s+to\b)|unable|powerless|incapable|f[ae]ll(?:s|en|ing)?\s+short|"
        # adverbs of rarity: "seldom causes side effects" says the harm (almost) never happens
        r"rarely|seldom|hardly\s+ever|almost\s+never|"
        r"(?:has|have|had|is|are)\s+yet(?=\s+to\b))")
_NEG_RE = re.compile(rf"\b{_NEG}\b", re.I)
# Harm verbs: the intervention makes a problem happen.
_HARM_VERB_RE = re.compile(
    r"\b(?:caus(?:e|es|ed|ing)|trigger\w*|worsen\w*|(?:mak(?:e|es|ing)|made)\s+(?:[\w-]+\s+){1,3}?worse|aggravat\w*|damag(?:e|es|ed|ing)|irritat(?:e|es|ed|ing)|"
    r"harm(?:s|ed|ing)?|hurt(?:s|ing)?|overdos\w*|overd(?:o|oes|id|one|oing)\b|(?:got|gets|get|getting|became|becomes|become|grew|turned)\s+worse|injur(?:e|es|ed|ing)|inflam(?:e|es|ed|ing)|"
    r"burn(?:s|ed|t|ing)?(?!\s+(?:\w+\s+)?(?:fat|calories|energy))|discolou?r(?:s|ed|ing)?|clog(?:s|ged|ging)?|dr(?:y|ies|ied)\s+(?:(?:you|me|us|them|it|your\s+[a-z]+|the\s+[a-z]+|my\s+[a-z]+)\s+)?out|"
    r"exacerbat\w*|provok\w*|stain(?:s|ed|ing)?|sting(?:s|ing)?|lead(?:s|ing)?\s+to|led\s+to|interact\w*|reactivat\w*|"
    r"break(?:s)?\s+(?:easily|off)|carr(?:y|ies)\s+(?:\w+\s+){0,3}risks?|pos(?:e|es)\s+(?:\w+\s+){0,2}risks?|"
    r"risks\s+(?=\w)|contraindicated|(?<=\s)(?:to\s+)?(?:subside|disappear|resolve|settle|go\s+away|wear\s+off|goes\s+down|go\s+down)s?(?=\W)|(?<=\s)(?:include|includes|are|can\s+include|may\s+include)(?=\s+(?:\w+,?\s+){0,3}"
    r"(?:redness|irritation|swelling|pain|peeling|infection|bruising|itching|dryness|burning|stinging))|"
    r"result(?:s|ed|ing)?\s+in|(?:is|are|be|been)\s+linked\s+to|br(?:eak|eaks|oke|oken)\s+(?:(?:me|you|him|her|us|them|people)\s+)?out\b|interfer\w*\s+with|skew(?:s|ed|ing)?|distort\w*|"
    # causatives with a negative evaluative complement: "leaves a bad taste", "makes you feel sick"
    r"leav(?:e|es|ing)\s+(?:\w+\s+){0,3}?(?:bad|unpleasant|nasty|poor|sore|worse|groggy|drowsy|tired|sleepy|dizzy|sick|jittery|"
    r"nauseous|exhausted)\b|"
    # leaving a harm behind: "won't leave scars", "can leave dark marks" (the object is read as the harm)
    r"(?:leav(?:e|es|ing)|left)(?=\s+(?:(?:a|an|any|the|some|behind|permanent|dark|visible)\s+){0,2}(?:[\w-]+\s+)?(?:"
    + HARM_NOUNS + r"|marks|stains)\b)|"
    # giving a person a harm: "gave me a rash", "gives some people headaches"
    r"g(?:ive|ives|ave|iven|iving)\s+(?:me|you|him|her|them|us|(?:some\s+|many\s+)?(?:people|users|patients))\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:" + HARM_NOUNS + "|" + SYMPTOMS + r")\b|"
    # a resultative naming a symptom: "left my face red and swollen", "leaves your skin raw"
    r"(?:leav(?:e|es|ing)|left)\s+(?:my|your|his|her|their|our|the|some)\s+(?:[\w-]+\s+){0,2}?(?:red|redder|swollen|raw|"
    r"blotchy|itchy|flaky|inflamed|bruised|scarred|burn(?:ed|t)|blistered|irritated|puffy|sore|peeling|stinging|"
    r"scabbed|crusty|covered\s+in)\b|"
    r"mak(?:e|es|ing)\s+(?:\w+\s+){0,3}?(?:fall\s+out|break\s+out|feel\s+(?:sick|ill|nauseous|dizzy|drowsy|worse|tired))|increas\w*\s+(?:the\s+)?risk|rais\w*\s+(?:the\s+)?risk|"
    r"(?:is|are|be)\s+(?:toxic|dangerous|harmful|unsafe|bad\s+for|painful|carcinogenic))\b", re.I)
# Benefit verbs: the intervention makes a problem smaller or a good thing larger.
_BENEFIT_VERB_RE = re.compile(
    r"\b(?:improv\w*|reduc\w*|decreas\w*|lower\w*|lessen\w*|diminish\w*|minimi[sz]\w*|shrink\w*|fad(?:e|es|ed|ing)|"
    r"eras\w*|eliminat\w*|remov\w*|clear(?:s|ed|ing)?|heal(?!th)\w*|treat(?:s|ed|ing)?|cur(?:e|es|ed|ing)|"
    # verbs of removal (drain, flush/wash/wipe away) take away what they act on (FRM12)
    r"drain(?:s|ed|ing)(?!\s+(?:is|are|was|were)\b)|(?:flush|wash|wip|sweep|whisk)(?:es|ed|e|es|ing|s)?\s+(?:away|out)|"
    r"prevent\w*|protect\w*|shield(?:s|ed|ing)?|guard(?:s|ed|ing)?\s+against|defend(?:s|ed|ing)?\s+against|ward(?:s|ed|ing)?\s+off|reverse\w*|repair\w*|restor\w*|boost\w*|increas\w*|enhanc\w*|promot\w*|"
    r"stimulat\w*|strengthen\w*|thicken\w*|regrow\w*|regrew|grow(?:s|ing)?|firm(?:s|ed|ing)?|tighten\w*|lift(?:s|ed|ing)?|"
    r"smooth\w*|brighten\w*|lighten\w*|whiten\w*|even(?:s|ed)?\s+out|hydrat\w*|moisturi[sz]\w*|plump\w*|"
    r"soothe?\w*|calm\w*|reliev\w*|eas(?:e|es|ed|ing)|relax\w*|fight\w*|combat\w*|kill\w*|burn(?:s|ing)?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:fat|calories|kilojoules)|speed(?:s)?\s+up|accelerat\w*|support\w*|help(?:s|ed|ing)?|work(?:s|ed)?|rival\w*|"
    # responding to a treatment is its effect in a person (a responder), as working is in a product's
    r"respond(?:s|ed)?(?!\s+with\b)|"
    r"fewer|melt(?:s|ed|ing)?|curb(?:s|ed|ing)?|target(?:s|ed|ing)?|lose\s+(?:\w+\s+){0,3}(?:weight|pounds|fat|kilos?)|"
    r"shorten\w*|switch(?:es)?\s+on|takes?\s+years\s+off|fill(?:s|ed)?\s+in|fix(?:es|ed)?|rejuvenat\w*|renew\w*|refin\w*|unclog\w*|shrink\w*|slow\w*|delay\w*|regenerat\w*|rebuild\w*|"
    r"get(?:s)?\s+rid\s+of|banish\w*|stop(?:s|ped)?(?=\s+(?!taking|using|applying|treatment)[a-z])|"
    r"(?:see|notice|get|give|gives|deliver|delivers)\s+(?:\w+\s+){0,2}?(?:results|improvements?|difference)|beat(?:s)?|block\w*|cut(?:s)?|drop(?:s|ped)?|halv\w*|doubl\w*|tripl\w*|"
    r"outperform\w*|recommend\w*|endors(?:e|es|ed|ing)|effective|beneficial|benefits?|good\s+for|great\s+for|(?:is|are)\s+(?:the\s+)?(?:best|"
    r"better|superior))\b", re.I)
# Mechanism verbs: how it works rather than what it does to an outcome people feel.
_MECHANISM_RE = re.compile(
    r"\b(?:penetrat\w*|absorb\w*|absorption|deliver\w*|permeat\w*|bind(?:s|ing)?|activat\w*|inhibit\w*|"
    r"block(?:s|ing)?\s+(?:the\s+|a\s+|an\s+)?(?:enzyme|receptor|hormone|DHT|production)|signal\w*|"
    # the body's messengers and machinery rather than what people feel: a surge or release of
    # chemicals, hormones, growth factors; neurotransmitter levels (-amine, -onin, -phrine, -orphin);
    # genes; killing microorganisms; rebuilding tissue; helping the body absorb or produce something
    r"(?:surge|rush|release|flood|spike|burst|rise|increase)\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}(?:chemicals|hormones?|neurotransmitters?|endorphins)|"
    r"releas\w*\s+(?:[\w-]+\s+){0,2}(?:growth\s+factors?|hormones?|chemicals|endorphins|proteins?)|"
    r"(?:rais|boost|increas|doubl|tripl|lift|elevat)\w*\s+(?:your\s+|the\s+)?(?:levels?\s+of\s+)?[a-z]+(?:amine|onin|phrine|orphins?)\b|"
    r"(?:kill|destroy|target|attack)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:bacteri\w*|germs|microbes|fung(?:i|us)|viruse?s?|yeasts?|glands?)|"
    r"(?:rebuild|regenerat)\w*\s+(?:your\s+|the\s+)?(?:cartilage|tissues?|cells)|"
    r"help\w*\s+(?:your\s+|the\s+)?body\s+(?:to\s+)?(?:absorb|take\s+up|produce|make)|"
    r"(?:creat|open)\w*\s+(?:tiny\s+|micro[\s-]?)?(?:channels|holes|micro[\s-]?wounds|wounds|injur\w*)|"
    r"(?:trigger|stimulat|induc|boost|kick[\s-]?start)\w*\s+(?:the\s+)?(?:\w+\s+){0,2}(?:production|synthesis|"
    r"healing\s+(?:response|process|cascade)|wound[\s-]healing|response|growth\s+factors?|collagen|elastin|"
    r"blood\s+flow|circulation|fibroblasts?|(?:hair\s+)?follicles?)|increas\w*\s+(?:the\s+)?(?:blood\s+flow|circulation|"
    r"absorption|uptake|penetration)|convert\w*|by\s+\w+ing|through\s+(?:the\s+)?\w+ing|"
    r"(?:building\s+blocks?|precursors?)\s+(?:of|for)|"
    # how it works: acting on or through the body's pathways, receptors or enzymes ("works on the same
    # collagen pathways as retinol", "acts through the opioid receptors")
    r"(?:work|act|operat|target)\w*\s+(?:on|through|via|by|along)\s+(?:[\w'’-]+\s+){0,3}?(?:pathways?|receptors?|enzymes?|"
    r"mechanisms?)|"
    # filling the body's stores of a substance: "saturates your muscles", "tops up the fuel",
    # "raises the amount stored in your muscles"
    r"saturat\w*(?![^.,;]*\bwith\b)|tops?\s+up|topped\s+up|rais(?:e|es|ed|ing)\s+the\s+(?:amount|stores?|supply)|"
    # an in vitro finding is evidence about how it works
    r"lab(?:oratory)?\s+(?:work|stud(?:y|ies)|tests?|experiments?)|in\s+(?:a|the)\s+(?:lab(?:oratory)?|dish|test\s+tube)|"
    # a substance reaching or sinking into a tissue, and acting against a messenger's effect on one (FRAME6): "caffeine
    # reached the hair roots", "sinks into damaged strands", "counteracted the effect of testosterone on the follicles"
    r"reach(?:es|ed|ing)?\s+(?:deep\s+)?(?:into\s+|down\s+to\s+)?(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:roots?|follicles?|dermis|"
    r"epidermis|bloodstream|cells|tissues?|layers?)|(?:sink|soak|seep)(?:s|ed|ing)?\s+(?:deep(?:ly|er)?\s+)?into|"
    r"(?:counteract|block|inhibit|oppos|cancel)\w*\s+(?:out\s+)?(?:the\s+)?(?:effects?|actions?)\s+of\s+(?:[\w-]+\s+){1,2}?"
    r"on\s+(?:the\s+|your\s+|its\s+|their\s+|those\s+|these\s+)?(?:[\w-]+\s+)?(?:roots?|follicles?|cells|glands?|receptors?|"
    r"tissues?)|"
    # (FRAME8) motion into the body with an inward particle, the way a product is carried in ("helps the cream get in",
    # "the tiny channels carry it in", "red light goes deep into the scalp"); acting against a messenger's action named
    # by its noun and agent ("counteracts the suppression of follicle growth by testosterone"); a substance's own
    # capacity ("holds up to 1,000 times its weight in water")
    r"(?:gets?|got|go|goes|went|carr(?:y|ies|ied)|pass(?:es|ed)?|travel(?:s|led|ed)?|mov(?:e|es|ed))\s+(?:it\s+|them\s+)?"
    r"(?:(?:in|inside)(?=\s*(?:$|[,;:.!?]|(?:to|into|through|under|instead)\s|\d))|deep(?:er|ly)?(?:\s+[\w.-]+){0,2}\s+into|"
    # (SCOPE22) "help the minoxidil get into the scalp": "into" a part of the body
    r"into\s+(?:the\s+|your\s+|their\s+|its\s+)?(?:skin|scalp|follicles?|pores?|bloodstream|blood|body|tissues?|cells?|"
    r"dermis|hair\s+shafts?))|"
    r"(?:counteract|oppos|cancel|revers)\w*\s+(?:out\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:suppression|inhibition|effects?|actions?)"
    r"\s+of\s+[^,;:.!?]{1,60}?\s+by\s+[a-z]+|"
    r"hold(?:s|ing)?\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+)?[\d,.]+\s+times\s+its\s+(?:own\s+)?weight|"
    r"in\s+vitro|cell\s+cultures?)\b", re.I)
# Outcome words that name a problem (a benefit reduces them, a harm causes them).
# Is an object a problem (what a treatment reduces)? Not a topic list: the general harm vocabulary,
# the morphology of disorders (-itis, -osis, -emia, -algia, -pathy, hyper-/hypo-/dys-, "loss",
# "deficiency", "disease"), or the sentence itself treating it as one ("reduces X", "fights X",
# "gets rid of X": `_reduced_objects`). A polarity model learned from the Evidence Inference train
# split (outcome phrases whose finding was "significantly decreased") was tried and rejected:
# grouped CV 0.58 against 0.53 for the majority class, and it scored acne and hair loss as goods
# (`benchmarks/train_phrases.py --polarity-cv`).
_PROBLEM_RE = re.compile(rf"\b(?:{HARM_NOUNS}|\w+(?:itis|osis|emia|aemia|algia|pathy|trophy)|(?:hyper|hypo|dys)\w+|"
                         r"\w+\s+loss|thinning|deficienc\w*|diseases?|disorders?|syndromes?|symptoms?)\b", re.I)
_REDUCING_VERB_RE = re.compile(r"\b(?:reduc\w*|decreas\w*|lower\w*|lessen\w*|fight\w*|combat\w*|treat(?:s|ed|ing)?|"
                               r"prevent\w*|get(?:s)?\s+rid\s+of|eliminat\w*|fad(?:e|es|ed|ing)|clear(?:s|ed|ing)?|"
                               r"reliev\w*|eas(?:e|es|ed|ing)|cur(?:e|es|ed|ing)|soothe?s?|calm\w*)\s+"
                               r"(?:the\s+|your\s+|a\s+|an\s+|stubborn\s+)?(?P<o>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.I)


def _reduced_objects(text: str) -> set[str]:
    """Head words the sentence itself names as problems: the objects of reducing verbs."""
    return {m.group("o").split()[-1].lower() for m in _REDUCING_VERB_RE.finditer(text)}
_NO_EFFECT_RE = re.compile(
    r"\b(?:(?:has|have|had|show(?:s|ed)?|with)\s+(?:little\s+or\s+)?no\s+(?:real\s+|significant\s+|measurable\s+|"
    r"proven\s+)?(?:effect|impact|benefit|difference)|(?:does|do|did)\s*(?:n['’]t|\s+not)\s+(?:really\s+)?"
    r"(?:work|help|do\s+(?:anything|much))|(?:won['’]t|will\s+not|wouldn['’]t|would\s+not)\s+(?:really\s+)?do\s+(?:anything|much)|"
    r"mak(?:e|es|ing)\s+(?:little\s+or\s+)?no\s+(?:real\s+)?difference|"
    r"(?:cannot|can['’]t|can\s+not)\s+do\s+(?:anything|much)|"
    r"nothing\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:can|could|will|would)\s+do\s+(?:for|about|to)|"
    # "does little for fatigue", "has little effect on colds", "the effect is negligible"
    r"(?:does|do|did)\s+(?:very\s+)?little\s+(?:for|to|about)|(?:has|have|had|with|shows?)\s+(?:very\s+)?little\s+"
    r"(?:real\s+|measurable\s+)?(?:effect|impact|benefit)|(?:effects?|benefits?|results?|impact|improvements?|gains?)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:is|are|was|were)\s+(?:\w+\s+)?(?:negligible|minimal|insignificant|trivial)|"
    # "too big a protein to be absorbed": "too ... to" denies what follows
    r"too\s+(?:[\w-]+\s+){1,3}?to\s+(?:be\s+)?[a-z]+|(?:is|are)\s*(?:n['’]t|\s+not)\s+(?:effective|proven|"
    r"better)|(?:no\s+better|no\s+more\s+effective)\s+than|ineffective|useless|(?:does|do|did)\s+(?:absolutely\s+)?nothing|no\s+evidence)\b",
    re.I)
# Hype nouns that a disclaimer negates: "not a miracle cure", "no magic bullet".
_DISCLAIMER_RE = re.compile(
    r"\b(?:not|no|isn['’]t|aren['’]t|never)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:miracle|magic|cure[\s-]all|"
    r"panacea|silver\s+bullet|quick\s+fix|overnight\s+(?:fix|solution|miracle)|substitute|replacement|"
    r"one[\s-]size[\s-]fits[\s-]all)(?:\s+(?:cure|solution|fix|pill|worker|treatment|product|bullet|wand))?\b", re.I)

_ABSOLUTE_RE = re.compile(
    r"\b(?:completely|totally|entirely|permanently|(?:is|are|be|being)\s+permanent|always|never|guarantee[ds]?|100\s?%|100\s+percent|"
    # a problem said to be gone: "my knee pain is gone"
    r"(?:is|are|was|were)\s+(?:all\s+|completely\s+|totally\s+)?gone|"
    r"everyone|every\s+(?:[\w-]+\s+)?(?:skin|person|user|time|single|type|tone|age|kind)|"
    r"all\s+(?:[\w-]+\s+)?(?:types|tones|users|people|ages|kinds)|"
    r"no\s+side[\s-]?effects?|no\s+(?:chance|risk|downside|pain|downtime|harm|need|effect)|risk[\s-]free|pain[\s-]?(?:less|free)|"
    # effects denied by an evaluative adjective: "no toxic effects", "no harmful effects"
    r"no\s+(?:toxic|harmful|adverse|negative|ill|bad|unwanted|serious)\s+effects?|"
    # a coordination of harms under "without" denies each: "without the downtime or the redness"
    r"without\s+(?:the\s+|any\s+)?(?:" + HARM_NOUNS + r")\s+(?:or|and|nor)\s+(?:the\s+|any\s+)?(?:" + HARM_NOUNS + r")|"
    r"by\s+far|will\s+not|for\s+good|"
    # a negative quantifier: "no gummy will treat", "causes no bloating", "without the side effects"
    r"no\s+[a-z]+\s+(?:will|can|could|does|is|are)|no\s+(?:amount|quantity)\s+of|caus(?:e|es)\s+no|no\s+(?:[\w-]+\s+){0,2}?(?:" + HARM_NOUNS + r")|"
    # "without the drawbacks": harm in general denied (one named harm, "without the jitters", is plain)
    r"without\s+(?:the\s+|any\s+)?(?:[\w-]+\s+)?(?:side[\s-]?effects?|drawbacks?|downsides?|risks?|problems?|"
    r"harm|complications?|adverse\s+\w+)|"
    r"zero|absolutely|forever|impossible|instantly|eliminat\w*|eras\w*|get(?:s|ting)?\s+rid\s+of|cure[sd]?|cures|will\b|won['’]t|"
    r"cannot|can['’]t|any)\b", re.I)
_HEDGE_RE = re.compile(
    r"\b(?:may|might|could|can|maybe|possibly|potentially|perhaps|probably|likely|suggests?|appear(?:s|ed)?|seem(?:s|ed)?|"
    # "some" hedges as a reporter ("some say it works", "some notice brighter skin": a perceived change);
    # as a determiner of what happens ("some redness", "some users notice mild redness") it is an
    # existential quantifier, a share
    r"some(?=\s+(?:[\w-]+\s+)?(?:say|says|said|claim|claims|swear|believe|think|insist|notice|noticed|find|found|"
    r"feel|felt|report|reported)\s+(?:that\s+)?(?:it|they|this|these|their|its|the|a|an|[\w-]+\s+(?:is|are|was|were|"
    r"works?|helps?|makes?)|[a-z]{2,}er|better|more|less)\b)|"
    # the writer's own belief ("I think", "I suspect") and a general, not universal, statement
    # a noun of belief whose content is the claim: "Her theory is that toning lifts the skin" (FRM14)
    r"(?:theory|belief|hunch|suspicion|impression)\s+(?:is|was)\s+that|"
    # (a sentence adverb between them leaves the belief a belief: "I honestly think", FRM14)
    r"I\s+(?:[a-z]+ly\s+)?(?:think|believe|guess|suspect|reckon)|generally|potential|in\s+rare\s+cases|"
    # a claim said to hold in some of the studies holds in part of the evidence: "helps in some trials" (FRM14)
    r"in\s+some\s+cases|(?:in|from)\s+some\s+(?:[\w-]+\s+)?(?:trials|studies|research|reports)|said\s+to|believed|thought\s+to|rarely|promising|tend(?:s)?\s+to|often|"
    # "unlikely to hurt", "it is unlikely that": an epistemic judgement over a proposition; predicated of an event
    # noun ("Scarring is very unlikely") it states how rare the event is, as "Serious side effects are rare" does
    # (FRM13); "usually" quantifies over occasions ("the redness usually settles"), a frequency, not a hedge
    r"unlikely(?=\s+(?:to|that)\b)|"
    r"(?:is|are)\s+(?:widely\s+|generally\s+|often\s+)?(?:considered|regarded|deemed|reputed)|"
    # attribution to a source that is not evidence: "according to the brands", "according to the packaging"
    r"according\s+to\s+(?!(?:[\w-]+\s+){0,3}?(?:stud|research|trial|review|"
    r"evidence|data|meta|scien|dermatolog|doctor|expert|physician|clinical))|"
    # a reported clause: "women over 40 say it eases ...", "gym-goers claim that ..."
    r"(?<!studies\s)(?<!research\s)(?<!experts\s)(?:say|claim|swear|insist)\s+(?:that\s+)?(?:it|they|this|these)\b|"
    r"sometimes|supports?\s+(?:healthy|normal)|early\s+(?:research|evidence|studies)|limited|preliminary|"
    r"(?:fans|users|proponents|advocates|supporters|influencers|some\s+people)\s+"
    r"(?:say|claim|swear|believe|report)|reportedly|supposedly|allegedly|"
    # people's impressions as the claim's source: "Many people find ACV eases bloating"
    r"(?:many|most|some|a\s+lot\s+of)\s+(?:people|users|customers|readers)\s+(?:[\w-]+\s+)?(?:find|feel|think|believe)\s+"
    r"(?:that\s+)?(?:it|they|this|these|[\w-]+\s+(?:[\w-]+\s+)?(?:is|are|helps?|works?|eases?|makes?|[a-z]+s))\b|"
    # a comment clause marks the epistemic status of the clause it is attached to, at either end
    # ("..., in my opinion", "..., or so every influencer says", "as far as she knows")
    r"in\s+my\s+(?:opinion|view)|as\s+far\s+as\s+(?:I|we|you|she|he|they|anyone)\s+(?:know|knows|can\s+tell)|"
    r"or\s+so\s+(?:[\w-]+\s+){0,4}?(?:say|says|claim|claims|believe|believes))\b", re.I)
_STRONG_RE = re.compile(
    r"\b(?:proven|clinically|significantly|dramatically|drastically|highly|deeply|reliably|excellent|"
    r"extremely|exceptionally|far\s+(?:fewer|less|more|better)|"
    r"powerful|potent|rapidly|greatly|remarkabl[ey]|definitely|certainly|strongly|"
    # a verb of proof in the perfect passive presents the effect as established: "has been shown to regrow" (FRM14)
    r"(?:has|have)\s+been\s+(?:shown|proven|demonstrated|confirmed)\s+to|"
    # "the best": a superlative with a determiner; "works best in X" names a subgroup
    r"(?:the|its|their|our|your)\s+best|(?:the|one\s+of\s+the)\s+most\s+[a-z]+|most\s+(?:effective|"
    r"powerful|potent|proven)|massive\w*|huge|major|superior|outperform\w*|melts?|(?<!\bI\s)(?<!\bwe\s)will(?!\s+not\b)|even\s+works?|"
    r"incredibl[ey]|miraculous\w*|transform\w*|"
    # a high likelihood asserts the event as probable, not as possible ("there is a high chance that ...")
    r"(?:high|very\s+high|strong|real)\s+(?:chance|likelihood|probability)|"
    # the speaker vouching for the reader's knowledge: "so you know they are safe"
    r"(?:so|then|and)\s+you\s+know\s+(?:that\s+)?(?:it|they|this|these|the\s+\w+)\b)\b", re.I)

_COMPARE_RE = re.compile(
    r"\b(?P<verb>(?:just\s+)?as\s+(?:\w+\s+){1,2}as|(?:more|less|fewer)\s+(?:\w+\s+){0,4}?than|\w+er\s+than|"
    # a prepositional complement between the compared word and its standard: "as gentle on your hair as", "more
    # magnesium into your body than" (FRAME4)
    # ("as effective in children as in adults" compares settings, not arms: "in" is left out, FRAME4)
    r"as\s+[a-z]{3,}\s+(?:on|to|for|with)\s+(?:[\w'’-]+\s+){1,2}?as(?!\s+(?:on|to|for|with|in)\s)|"
    r"(?:more|less|fewer)\s+[a-z]{3,}\s+(?:into|in|to|on|for)\s+(?:[\w'’-]+\s+){1,2}?than|"
    # a comparative adjective with its complement before "than": "kinder to your skin than", "gentler on the
    # stomach than" (OUT15)
    r"(?!(?:n?ever|over|under|other|after|rather|whether|either|neither|together|water|later|per|whatever|however)\s)"
    r"[a-z]{2,}(?:ier|er)\s+(?:to|on|for|with|into|onto|through)\s+(?:[\w'’-]+\s+){1,3}?than|"
    # "better tolerated than", "worse absorbed than": a comparative adverb before a participle
    r"better\s+(?:[\w-]+\s+){0,2}?than|worse\s+(?:[\w-]+\s+){0,2}?than|rather\s+than|instead\s+of|rivals?|rivall?ed|rivall?ing|match(?:es|ed)?|outperform\w*|"
    r"beats?|outshin\w*|outclass\w*|surpass\w*|trump(?:s|ed)?|outrank\w*|"
    # a rank above another arm: "ranks above minoxidil", "comes out ahead of retinol" (FRAME6)
    # (SCOPE22) a finite "stays/pulled ahead of" another arm (an infinitive "want to stay ahead of lines" keeps a problem at bay)
    r"(?:rank(?:s|ed)?|com(?:es|e)|came|finish(?:es|ed)?|stay(?:s|ed)|pull(?:s|ed)|keeps|kept|remain(?:s|ed))\s+"
    r"(?:(?:well|far|just|out|clearly)\s+)?(?:above|ahead\s+of)|"
    r"superior\s+to|non-?inferior\s+(?:to|with)|inferior\s+to|equivalent\s+to|comparable\s+(?:to|with)|similar\s+to|"
    r"on\s+(?:a\s+)?par\s+with|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|over|unlike|"
    r"same\s+as|as\s+well\s+as|equal(?:ly)?\s+(?:to|effective\s+as)|like)\s+(?P<cmp>(?:[^,.;:!?()]|(?<=\d)[.,](?=\d)){2,60})", re.I)
_EQUIV_RE = re.compile(r"^(?:(?:just\s+)?as\s+|rival|match|equivalent|comparable|similar|on\s+(?:a\s+)?par|same\s+as|"
                       r"equal|non-?inferior)", re.I)
_SUPERIOR_RE = re.compile(r"^(?:more|\w+er\s+than|[a-z]+er\s+(?:to|on|for|with)\s.*\bthan$|better|outperform|outshin|outclass|surpass|trump|beat|superior|over\b|"
                          r"outrank|.*\b(?:above|ahead\s+of)$)", re.I)
_INFERIOR_RE = re.compile(r"^(?:less|worse|inferior)", re.I)
# FRAME6: the pole of a comparison. A comparative names one pole of a scale: "worse", "weaker", "inferior", "less
# effective" the subject's inferiority on what is wanted, "harsher", "more irritating" its inferiority on what is not.
# Negated ("no worse than Y", "not inferior to Y", "isn't any less effective than Y", "never harsher than Y") or
# prefixed "non-" ("non-inferior"), the inferior comparative denies only the subject's inferiority: it claims parity at
# least (non-inferiority), read as parity ("equivalent"), never as superiority. Of the other pole ("no better than Y",
# "no less irritating than Y") the negation claims parity at most, read by `polarity` as it was.
_WANTED_DEGREE = (r"effective(?:ly)?|efficacious|good|well|useful|helpful|potent|powerful|successful(?:ly)?|reliable|"
                  r"reliably|beneficial|strong|efficient(?:ly)?|impressive|quick(?:ly)?|fast|active|valuable|capable")
_INFERIOR_POLE_RE = re.compile(rf"^(?:worse|weaker|poorer|inferior|slower|less\s+(?:{_WANTED_DEGREE})\b)", re.I)
_HARM_POLE_RE = re.compile(r"^(?:harsher|riskier|more\s+(?P<adj>[a-z]{4,}))\b", re.I)
_NEGATOR_BEFORE_CMP_RE = re.compile(r"(?:\b(?:not|no|never|hardly|scarcely|barely|cannot)|n['’]t)\s+(?:[\w-]+\s+){0,3}$|"
                                    r"\bnon-?$", re.I)


def _negated_inferior(body: str, word: str) -> str | None:
    """ "equivalent" when the comparison `word` (as `comparator_of` gives it) is the inferior pole under a negation
    or "non-" ("no worse than Y", "not inferior to Y"; of a harm "not any harsher than Y"): parity at least; of a
    harm against an inactive control ("never harsher than a plain moisturiser") the harm's denial ("denies_harm");
    None for any other comparison."""
    harm_pole = _HARM_POLE_RE.match(word)
    harm = bool(harm_pole and (not harm_pole.group("adj") or _harm_predicate(harm_pole.group("adj"))))
    if not harm and not _INFERIOR_POLE_RE.match(word):
        return None
    head = word.split()[0]
    for m in re.finditer(rf"(?<![\w-]){re.escape(head)}\b", body, re.I):
        clause = re.split(r"[,;:.!?]|\bbut\b|\bwhile\b|\bwhereas\b|\bthough\b", body[:m.start()])[-1]
        if not _NEGATOR_BEFORE_CMP_RE.search(clause):
            continue
        std = re.search(r"\b(?:than|to|with)\s+(?P<y>.*)$", body[m.end():], re.I)
        if harm and std and (INERT_ARM_RE.match(std.group("y")) or _UNTREATED_ARM_RE.match(std.group("y"))):
            return "denies_harm"
        return "equivalent"
    return None


# (R2FRAME: an additive focus adverb closing the clause, "gentler than prescription lash serums too", is no part of the
# standard)
_CMP_STOP_RE = re.compile(r"\s+(?:and|but|or|which|that|because|when|while|if|for|in|at|on|with|without|"
                          r"after|within|by|to|so|does|do|did|is|are|was|were|can|could|may|might|will|would|ever|without|"
                          r"too$|as\s+well$|either$|also$)\b.*$", re.I)

_SKIN_KIND = r"sensitive|delicate|reactive|oily|dry|combination|mature|[a-z]+[\s-]prone|dark(?:er)?|fair|all|every|any"
_PEOPLE = (r"people|patients|adults|women|men|children|kids|teens|teenagers|adolescents|babies|infants|users|individuals|"
           r"those|anyone|athletes|seniors|smokers|mothers|mums|moms|fathers|dads|parents|participants|volunteers|"
           # the animals a study is done in are its population too ("even in mice, ...", FRAME4)
           r"customers|clients|mice|rats|animals|rodents")
_POPULATION_RE = re.compile(
    r"\b(?:in|for|among|amongst|including)\s+(?P<pop>(?:the\s+)?(?:whole|entire)\s+family|(?:both\s+)?(?:all\s+|most\s+|many\s+|"
    # one modifier of the people noun ("breastfed babies", "Chinese women"), and a coordination ("men and women")
    r"(?!(?:the|a|an|this|that|these|those|its|their|your|our|my|his|her|some|any|each|every|other|such)\b)[A-Za-z][\w-]*\s+)?"
    # a count of people ("in 48 volunteers with combination skin", FRAME6)
    r"(?:\d[\d,]*\s+)?(?:(?:men|women|adults|children)\s+and\s+)?(?:" + _PEOPLE + r")(?:\s+(?:with|who|whose|over|under|aged)\s+[^,.;:!?]{1,40})?"
    # coordinated kinds share the head noun: "sensitive and darker skin"
    # (a superlative grades the kind, "for the most sensitive scalp": still who it is for, FRAME6)
    r"|(?:all\s+|every\s+|any\s+|even\s+|very\s+|(?:the\s+)?(?:most|very)\s+)?(?:" + _SKIN_KIND + r")(?:\s*(?:,|and|or|and/or)\s+(?:" + _SKIN_KIND
    + r"))*\s+(?:skin(?:\s+(?:types?|tones?))?|scalps?|complexions?))"
    # skin kinds also take "on" ("on darker skin tones"); "even on X" is the far end of a universal
    # claim ("never irritates, even on sensitive skin": everyone), not who it is about; "skin of colour" is
    # a kind of skin too ("in skin of colour", FRM13)
    r"|(?<!\beven\s)\bon\s+(?P<skin>(?:" + _SKIN_KIND + r")(?:\s*(?:,|and|or)\s+(?:" + _SKIN_KIND
    + r"))*\s+(?:skin(?:\s+(?:types?|tones?))?|scalps?|complexions?))"
    r"|\b(?:in|on|for)\s+(?P<colour>(?:darker\s+)?skin\s+of\s+colou?r)\b"
    # a kind of any body part after "for" ("gentle enough for sensitive eyes", "safe for colour-treated hair"): whose
    # body the claim is about, as "for sensitive skin" is (FRAME5); the agent noun of a use ("safe for contact lens
    # wearers") is a kind of person
    r"|\bfor\s+(?P<part>(?:" + _SKIN_KIND + r"|[a-z]+-(?:treated|damaged|dyed|coloured|colored))\s+"
    r"(?:eyes|eyelids|lips|hair|gums|teeth|nails|stomachs?|guts?|bodies|body))\b"
    r"|\b(?:safe|suitable|fine|gentle|ok|okay|designed|made|ideal|perfect)\s+(?:enough\s+)?for\s+"
    r"(?P<agent>(?:(?!(?:the|a|an|all|every|any|your|my|our|their)\b)[a-z][\w-]*\s+){0,2}(?!others\b)[a-z][\w-]{2,}ers)\b"
    # the skin of one site, a noun modifier before "skin" ("on forearm skin", "on facial skin") says where the claim
    # holds (FRAME4; a determiner, "on your skin", "on the treated skin", makes it the reader's or one already named)
    r"|^\W*on\s+(?P<site>(?!(?:the|a|an|this|that|these|those|its|their|your|our|my|his|her|some|any|healthy|treated|"
    r"bare|clean|damp|wet|dry)\b)[a-z]{3,}\s+skin)\b", re.I)

_PRONOUN_RE = re.compile(r"^(?:it|this|they|these|that|those|(?:the|this|these|that|those|such)\s+(?:\w+\s+)?(?:procedure|treatment|therapy|technique|"
                         r"device|product|supplement|serum|oil|cream|method|ingredient|tool|practice|remedy|"
                         r"process|routine|habit|diet|drink|tea|pill|capsule)s?)$", re.I)
_SUBJECT_STOP = set("""a an the this that these those its their his her your our my some any many most such
really also even only just still both all every each""".split())
_VERB_START_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|should|must|does|do|did|"
    r"isn['’]t|aren['’]t|won['’]t|can['’]t|doesn['’]t|don['’]t|never|not|also|actually|really|helps?|works?|"
    r"\w+s)\b", re.I)


def _num(text: str) -> float | None:
    # English groups thousands with commas ("5,000"); a comma before other than three digits is a
    # decimal comma ("2,5")
    t = text.strip()
    t = t.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t) else t
    t = " ".join(t.lower().replace(",", ".").split())
    if t in _NUM_WORDS:
        return float(_NUM_WORDS[t])
    try:
        return float(t)
    except ValueError:
        return None


# --- negation and relation -----------------------------------------------------------------


def _negated(text: str, pos: int, window: int = 4) -> bool:
    """Is the word at `pos` inside a negation's scope: a negator within `window` words before it,
    in the same clause (commas and "but" close the scope)?"""
    before = text[:pos]
    clause = re.split(r"[,;:.!?]|\bbut\b|\bwhile\b|\bwhereas\b|\bthough\b", before)[-1]
    if _NO_EVIDENCE_THAT_RE.search(clause):
        return True  # "there is no evidence that X causes Y": the embedded clause is denied
    if re.match(r"\W*(?:no|not\s+a\s+single|not\s+one)\s+(?!(?:one|body|doubt|wonder|matter|longer|need|question|more|less|fewer|"
                r"later|sooner)\b)[a-z]", clause, re.I):
        return True  # a negative determiner on the subject negates its clause: "No amount of X will fix Y"
    if re.match(r"\W*(?:nobody|no[\s-]one)\s+(?:[\w-]+\s+){0,2}$", clause, re.I):
        return True  # a negative pronoun as subject negates its verb: "Nobody regrows hair in two weeks" (FRM14)
    words = past_negated_modifier(clause).split()[-window:]
    # "not only X (but also Y)", "not just", "not merely" add to X rather than deny it
    return bool(_NEG_RE.search(_ADDITIVE_NOT_RE.sub(" ", " ".join(words))))


# --- round 15 (NEG15): a negation inside a noun's modifier ---------------------------------------
# A relative clause, reduced relative or participial modifier restricts its noun ("rollers that are not
# cleaned", "needles not sterilised between uses", "people who don't clean them"): a negation inside it
# describes which things are meant, and the main verb after the modifier ("... can cause infections")
# keeps its own polarity. The modifier ends where the main clause's verb group begins: an auxiliary or
# modal after the modifier's predicate, or (after a copula or a participle, which complete the
# modifier) the next verb.
_AUX = (r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|may|might|shall|should|must)")
_NEG_CONTRACTED = r"(?:isn|aren|wasn|weren|don|doesn|didn|hasn|haven|hadn|ca|couldn|wo|wouldn|shouldn|mustn)['’]t"
_MODIFIER_NEGATION_RE = re.compile(
    # a relative pronoun after a noun, at most auxiliaries before the negator
    rf"\b(?P<noun>[A-Za-z][\w-]*)\s+(?:that|which|who)\s+(?:(?P<cop>(?:is|are|was|were|been|be)\s+)|{_AUX}\s+)*"
    rf"(?:not|never)\b|\b(?P<noun2>[A-Za-z][\w-]*)\s+(?:that|which|who)\s+(?P<cop2>(?:is|are|was|were)n['’]t|{_NEG_CONTRACTED}|cannot)"
    # a reduced relative or participial modifier: "not" right after a noun, before a participle ("rollers not
    # cleaned", "people not wearing sunscreen"); after a verb or an adverb "not" negates a clause
    # ("never" + a past form is a finite verb: "retinol never caused irritation")
    r"|\b(?P<noun3>[A-Za-z][\w-]*)\s+not(?=\s+(?:(?:properly|fully|well|regularly|correctly)\s+)?"
    r"(?:[a-z]+(?:ed|en|ing)|left|kept|made|meant|built|sold|bought|held|shut|set)\b)", re.I)
# words that cannot be the noun a modifier follows (beside `_NOT_A_NOUN`): auxiliaries, pronouns, adverbs, verbs
# taking an infinitive
_NOT_MODIFIED = frozenset("""do does did has have had can could will would may might shall should must
it this these those they them he she we you i me us not never still really simply certainly definitely probably
absolutely surely perhaps maybe often usually always sometimes clearly necessarily quite yet seems seem appears appear
tend tends chose decided try tried hope hoped""".split())
# the main clause's verb group after the modifier: an auxiliary or modal with no complementizer before it
_MAIN_VERB_GROUP_RE = re.compile(rf"^\s+(?P<pre>(?:[\w'’-]+\s+){{1,6}}?)(?P<aux>{_AUX}|cannot|{_NEG_CONTRACTED}|tends?\s+to)\b",
                                 re.I)
# a copula's or participle's predicate completed, the next word the main verb: "that are not cleaned (properly)"
_CLOSED_PREDICATE_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?[\w-]+(?:\s+[a-z]+ly)?(?:\s+(?:between|after|before|during|in|on|"
                                  r"at|with|for|by)\s+(?:[\w-]+\s*){1,3})?\s*", re.I)


def past_negated_modifier(clause: str) -> str:
    """`clause` (the words before a verb, within its clause) from where the main verb group begins when its
    last negator sits inside a modifier of a noun that has closed ("Rollers that are not cleaned can ..." ->
    "can ..."); `clause` unchanged otherwise."""
    last = None
    for m in _MODIFIER_NEGATION_RE.finditer(clause):
        last = m
    if last is None:
        return clause
    noun = (last.group("noun") or last.group("noun2") or last.group("noun3")).lower()
    if noun in _NOT_MODIFIED or noun in _NOT_A_NOUN or noun.endswith("ly"):
        return clause
    if _NEG_RE.search(clause, last.end()):
        return clause  # a later negator is read on its own
    rest = clause[last.end():]
    main = _MAIN_VERB_GROUP_RE.match(rest)
    if main and not re.search(r"\b(?:that|whether|if|think|thinks|believe|believes|say|says|know|knows|sure|true|clear)\b",
                              main.group("pre"), re.I):
        return rest[main.start("aux"):]
    completed = last.group("cop") or last.group("cop2") or last.group("noun3")
    if completed and _CLOSED_PREDICATE_RE.fullmatch(rest) and (last.group("noun3") is None or rest.strip()):
        return ""  # "rollers that are not cleaned cause ...": the target verb follows the completed predicate
    return clause


_NEGATOR_BEFORE_RE = re.compile(r"\b(?:not|never|isn['’]t|aren['’]t|wasn['’]t|hardly|by\s+no\s+means)\s+(?:(?:entirely|completely|"
                                # (SCOPE22) "is not the risk-free facial salons sell": a negated predicate noun
                                # the privative modifies is negated with it
                                r"totally|always|quite|100%|all\s+that)\s+)?(?:(?:a|an|the)\s+(?:(?:entirely|completely|"
                                r"totally|truly|perfectly)\s+)?)?$", re.I)
# A negated evidential noun embedding a clause negates that clause's verb, however far off
_NO_EVIDENCE_THAT_RE = re.compile(
    r"\b(?:no|little|not\s+any|never\s+any|lack\s+of|absence\s+of)\s+(?:[\w-]+\s+){0,2}?(?:evidence|proof|data|sign|"
    r"indication|reason\s+to\s+(?:think|believe))\s+(?:that|to\s+(?:suggest|show)\s+(?:that\s+)?)\b|"
    # a negative subject of an evidential verb: "no study has shown that ...", "nobody has proven ..."
    r"\b(?:no|not\s+a\s+single|not\s+one|(?<!\ba\s)(?:very\s+)?few|hardly\s+any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:study|studies|trials?|research|evidence|one|reviews?)\s+"
    r"(?:has|have|had|can|could)?\s*(?:ever\s+|yet\s+|actually\s+|really\s+)?(?:shown|proven|proved|found|demonstrated|"
    r"confirmed|show|prove)\s+(?:that\s+)?|\bnobody\s+has\s+(?:ever\s+|yet\s+|actually\s+|really\s+)?(?:shown|proven|"
    r"proved|found)\s+(?:that\s+)?|"
    # a negated evidential verb: "trials have not shown that ...", "research hasn't proven ..."
    r"\b(?:has|have|had|did|do|does)\s*(?:n['’]t|\s+not)\s+(?:yet\s+|actually\s+|really\s+|clearly\s+|convincingly\s+)?"
    r"(?:shown|proven|proved|found|demonstrated|confirmed|show|prove|find)\s+(?:that\s+)?|"
    # an implicative negative over an evidential verb: "research has yet to show that ...", "trials
    # failed to prove that ...", "studies were unable to find that ..."
    r"\b(?:(?:has|have|had|is|are)\s+yet|fail(?:s|ed)?|(?:is|are|was|were|been)\s+unable)\s+to\s+(?:be\s+)?"
    r"(?:show|prove|find|demonstrate|confirm|establish)\w*\s+(?:that\s+)?", re.I)
# A negative subject (no study, not one trial, nobody) over a verb of finding or reporting with a noun
# phrase object: "No study has ever found a single side effect", "No trial reported any serious harm"
_NO_FINDING_RE = re.compile(
    r"\W*(?:(?:no|not\s+a\s+single|not\s+one|not\s+even\s+one)\s+(?:[\w-]+\s+){0,2}?(?:study|studies|trials?|research|"
    r"reviews?|reports?|researchers?|doctors?|scientists?|investigators?|users?|patients?|people|one)|nobody|no[\s-]one)\s+"
    r"(?:has|have|had|did|does|do|ever)?\s*(?:ever\s+|yet\s+|so\s+far\s+)?(?:found|find|reported|report|shown|show|documented|"
    r"recorded|observed|noted|linked|seen|described)\s+(?!that\b)(?:a\s+single\s+|any\s+|a\s+|an\s+|even\s+one\s+)?",
    re.I)
# A negated verb of finding or reporting with a noun phrase object: "the trials didn't report side effects",
# "researchers have not found any serious harm" (an embedded "that" clause is read by the verb inside it)
_NEGATED_FINDING_RE = re.compile(
    r"\b(?:(?:did|do|does|has|have|had)(?:n['’]t|\s+not)|never)\s+(?:ever\s+|yet\s+|actually\s+|once\s+)?(?:find|found|"
    r"report(?:ed)?|see|seen|saw|observe[d]?|note[d]?|record(?:ed)?|document(?:ed)?|describe[d]?)\s+(?!that\b)"
    r"(?:a\s+single\s+|any\s+|a\s+|an\s+|even\s+one\s+)?", re.I)
# A negated passive verb of finding or reporting ("serious side effects were not seen", "side effects have never
# been recorded"): the passive makes the verb's object its subject, read where the subject is a harm
_PASSIVE_UNFOUND_RE = re.compile(
    r"\b(?:(?:was|were|is|are)(?:n['’]t|\s+not|\s+never)|(?:has|have|had)(?:n['’]t|\s+not|\s+never)\s+(?:ever\s+|yet\s+)?"
    r"been)\s+(?:ever\s+|yet\s+|once\s+)?(?:found|reported|seen|observed|noted|recorded|documented|described)\b", re.I)
_ADDITIVE_NOT_RE = re.compile(r"(?:\bnot|n['’]t)\s+(?:only|just|merely|simply|solely)\b|"
                              # a denied doubt affirms: "there is no doubt that it works"
                              r"\b(?:no|little|without\s+(?:a|any))\s+(?:\w+\s+)?(?:doubt|question)\s+(?:that|about)\b|"
                              # "no wonder X works": an exclamation that affirms X
                              r"\bno\s+wonder\b", re.I)


# Scare quotes: a word or two in quotation marks used as a modifier ('this "painless" treatment', 'the
# "safe" little pill', 'so-called "miracle" gummies') is mentioned, not asserted: the writer distances
# themself from the word, often to say the opposite. Such a span is read out before the relation,
# strength and denied harm are read. Quoted speech (a clause) and a quoted predicate ('it is "safe"')
# stay: only a quote after "so-called"/"supposed" or a determiner, before a word it modifies.
_SCARE_QUOTE_RE = re.compile(
    r"(?:\b(?:so[\s-]called|supposed(?:ly)?|self[\s-]proclaimed)\s+[\"“](?P<a>[A-Za-z][\w-]*(?:\s+[\w-]+){0,2})[\"”]"
    r"|(?:(?<=^)|(?<=[\s(]))(?P<det>(?:(?:the|a|an|this|that|these|those|its|their|your|our|my|his|her)\s+)?)"
    r"[\"“](?P<b>[A-Za-z][\w-]*(?:\s+[\w-]+){0,2})[\"”](?=\s+(?!(?:is|are|was|were|be|been|can|could|will|would|may|might|"
    r"does|do|did|has|have|had|and|or|but|to|for|of|in|on|at|by|with|from|as|than|that|which|who)\b)[a-z]))", re.I)


# Idioms that negate the word after them as "not" does: "anything but safe", "far from effective", "by no
# means harmless", "in no way", "nowhere near as good" ("far from the clinic" is a place, not a negation)
_NEG_IDIOM_RE = re.compile(r"\b(?:anything\s+but|by\s+no\s+means|in\s+no\s+way|(?:far\s+from|nowhere\s+near)"
                           r"(?!\s+(?:the|a|an|home|here|there|my|your|our|their|it|\d)\b))(?=\s+[a-z])", re.I)


def _plain(text: str) -> str:
    """`text` as the relation, strength and denial readers take it: scare quotes read out, negating
    idioms spelled "not", a degree clause of entry read as its noun (`degree_clause_nominal`)."""
    return degree_clause_nominal(_NEG_IDIOM_RE.sub("not", unquote_scare(text)))


# A degree clause of entry as a verb's object ("increases how much of a topical product gets into the skin",
# "boosts how well the skin absorbs a serum") names a quantity, the amount that enters: English says it with
# the noun of the verb of entering ("the penetration of a topical product into the skin"). (NEG15)
_DEGREE_ENTRY_RE = re.compile(
    # the verb of change whose object the clause is
    r"\b(?P<verb>(?:increas|boost|improv|enhanc|doubl|tripl|rais|maximi[sz]|multipl|speed|reduc|limit|lower|decreas)\w*\s+)"
    r"how\s+(?:much|far|deep(?:ly)?|well|easily|quickly|fast)\s+(?:of\s+)?"
    r"(?:(?P<np>(?:(?:a|an|the|your|any|its|their)\s+)?[A-Za-z][\w-]*(?:\s+(?!(?:gets?|got|goes|go|went|pass(?:es)?|passed|"
    r"penetrates?|penetrated|enters?|entered|reaches|reached|soaks?|sinks?|is|are)\b)[A-Za-z][\w-]*){0,3}?)\s+"
    r"(?P<v>(?:gets?|got|goes|go|went|pass(?:es)?|passed|soaks?|sinks?)\s+(?:in(?:to)?|through|past)\b|penetrates?\b|"
    r"penetrated\b|enters?\b|entered\b|reaches\b|reached\b|(?:is|are|gets?)\s+absorbed\b)"
    # the absorber as subject: "how much of a serum the skin absorbs"
    r"|(?P<np2>(?:(?:a|an|the|your|any|its|their)\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:the\s+|your\s+)?"
    r"[a-z]+\s+(?:absorbs|absorbed|takes\s+up|took\s+up)\b)", re.I)


def degree_clause_nominal(text: str) -> str:
    """`text` with a degree clause of entry, the object of a verb of change, read as its noun: "increases how much
    of X gets into the skin" -> "increases the penetration of X into the skin", "how much of X the skin absorbs"
    -> "the absorption of X"."""
    def noun(m: re.Match[str]) -> str:
        if m.group("np") is not None:
            into = re.search(r"\b(?:into|through|past)$", m.group("v"), re.I)
            return f"{m.group('verb')}the penetration of {m.group('np')}" + (f" {into.group(0)}" if into else "")
        return f"{m.group('verb')}the absorption of {m.group('np2')}"
    return _DEGREE_ENTRY_RE.sub(noun, text) if re.search(r"\bhow\b", text, re.I) else text


def unquote_scare(text: str) -> str:
    """`text` with scare-quoted modifiers read out ('This "painless" treatment left ...' -> 'This
    treatment left ...'); other text unchanged."""
    def drop(m: re.Match[str]) -> str:
        if m.group("a") is not None:
            return ""
        # sentence-initial '"Miracle" gummies' keeps no determiner; a determiner stays before its noun
        return m.group("det") or ""
    return re.sub(r"\s{2,}", " ", _SCARE_QUOTE_RE.sub(drop, text)).strip() if re.search(r"[\"“”]", text) else text


def denied_harm(text: str) -> str | None:
    """The harm a sentence denies ("painless" -> "pain", "no side effects", "never irritates"),
    or None. Privative morphology, "free of", "safe" and a negated harm verb or harm noun."""
    said = _denied_harm(text)
    organ = _GENTLE_ON_ORGAN_RE.search(text) if said and _GENERAL_HARM_RE.fullmatch(said) else None
    if organ:
        # "gentle on the stomach, with barely any side effects": the organ spared names the harm more
        # narrowly than the general noun beside it, and the organ's side effects are side effects (OUTC2)
        return f"{organ.group(1).lower()} side effects"
    return said


# A part of the body after a privative of harm or after "safe": "harmless to the eyes", "safe around the eyes" (FRAME3)
_PART_SPARED_RE = re.compile(r"\s+(?:to|for|on|around|near)\s+(?:your|the)\s+(?P<p>[a-z][\w-]*)\b", re.I)
_NOT_A_PART_RE = re.compile(r"^(?:types?|tones?|family|kids|children|baby|environment|planet|user|wallet|budget)$", re.I)
_HARD_ON_RE = re.compile(r"\b(?:hard|harsh|rough|tough|heavy|taxing|a\s+strain)\s+on\s+(?:your|the|their|his|her|my|our|a\s+baby['’]s)\s+"
                         r"(?:[\w-]+\s+)?(?:stomach|gut|liver|kidneys?|heart|eyes|skin|scalp|hair|teeth|gums|joints|knees|"
                         r"bones|body|system|digestion|bladder)\b", re.I)
_GENTLE_ON_ORGAN_RE = re.compile(r"\b(?:kind|easy|gentle)\s+(?:to|on)\s+(?:your\s+|the\s+)?(stomach|gut|liver|kidneys?|eyes)\b",
                                 re.I)


def _denied_harm(text: str) -> str | None:
    text = _plain(text)
    m = _PRIVATIVE_RE.search(text)
    if m and _NEGATOR_BEFORE_RE.search(text[:m.start()]):
        return None  # "not risk-free", "not without side effects": a negated denial affirms the harm
    if m:
        if m.group("stem"):
            stem = m.group("stem").lower()
            part = _PART_SPARED_RE.match(text, m.end()) if stem in ("harm", "risk") else None
            if part and not _NOT_A_PART_RE.search(part.group("p")):
                # "harmless to the eyes": the part the privative spares names the harm denied (FRAME3)
                return f"{_singular(part.group('p').split()[-1].lower())} damage"
            return {"harm": "harm", "risk": "adverse effects", "side effect": "side effects"}.get(stem, stem)
        if m.group("non"):
            word = m.group("non").lower()
            return {"irritating": "irritation", "toxic": "toxicity", "invasive": "invasiveness",
                    "comedogenic": "clogged pores", "addictive": "dependence",
                    "allergenic": "allergy"}.get(word, word)
        return " ".join(m.group("free").split()).lower()
    nochance = _NO_CHANCE_RE.search(text)
    if nochance:
        return _coordinated_np(nochance.group("x")) or "adverse effects"
    causes_no = re.search(r"\bcaus(?:e|es|ed|ing)\s+(?:no|zero)\s+(?P<x>[^,.;:!?]{2,60})", text, re.I)
    if causes_no and _coordinated_np(causes_no.group("x")):
        return _general_np(_coordinated_np(causes_no.group("x")))  # "causes no bloating at normal doses"
    for v in _HARM_VERB_RE.finditer(text):
        if (_negated(text, v.start()) or re.search(r"\b(?:barely|hardly|scarcely)\s+$", text[:v.start()], re.I)) \
                and not _in_relative_negation(text, v.start()):
            obj = re.match(r"\s*(?:any\s+|an?\s+|the\s+)?((?:[\w-]+\s+){0,2}?(?:" + HARM_NOUNS + r"))", text[v.end():], re.I)
            if obj:
                return _general_np(" ".join(obj.group(1).split()).lower())
            verb = v.group(0).lower()
            fall = re.match(r"mak\w*\s+(?:your\s+|the\s+|their\s+)?(?P<np>[a-z]+)\s+fall\s+out", verb)
            if fall:
                return f"{fall.group('np')} loss"  # "does not make your hair fall out": hair loss
            if verb.startswith("caus") and _coordinated_np(text[v.end():]) and not re.match(
                    r"\s*(?:you|it|them|us|me|any|anything|more|much)\b", text[v.end():], re.I):
                return _coordinated_np(text[v.end():])  # "does not cause cramps or dehydration"
            other = re.match(r"\s*(?:any\s+|an?\s+|the\s+|your\s+)?([a-z][\w-]*(?:\s+(?!(?:in|on|for|during|when|if|"
                             r"or|and|but|at|to|with|after|because|while|as|than)\b)[a-z][\w-]*){0,2})", text[v.end():], re.I)
            if verb.startswith("caus") and other and not re.match(r"(?:you|it|them|us|me|any|anything|more|much)\b",
                                                                   other.group(1), re.I):
                return " ".join(other.group(1).split()).lower()  # "never causes dehydration": its object
            harmed = _np_after(text[v.end():])
            if re.match(r"harm|damag|hurt|injur", verb) and harmed and not re.match(
                    r"(?:you|it|them|us|me|anyone|anything|people)\b", harmed):
                return f"{_singular(harmed.split()[-1])} damage"  # "does not harm healthy kidneys"
            if verb.startswith("hurt") and (re.match(r"\s*(?:you|anyone|anybody|people|them|us|me|your\s+(?:body|health))\b",
                                                      text[v.end():], re.I) or _MODAL_BEFORE_RE.search(text[:v.start()])):
                # "hurt" with a person as object, or predicted by a modal ("won't hurt you", "is unlikely to
                # hurt", "can't hurt"), is harm in general; only the sensation ("doesn't hurt") is pain
                return "adverse effects"
            # (a verb of discolouring is left to the extractor's colour labels, which name it as the question's harm)
            state = re.match(r"dr(?:y|ies|ied)\s+(?:(?P<o>[a-z]+(?:\s+[a-z]+)?)\s+)?out|stain", verb)
            harmed = (state.group("o") if state and state.group("o") else harmed) if state else harmed
            if state:
                # "never dries out the scalp", "won't stain your teeth": a verb of harmful change names the harm as
                # the state it leaves, said of its object (scalp dryness, tooth staining) (FRAME4)
                noun = "dryness" if verb.startswith("dr") else "staining"
                harmed = " ".join(w for w in (harmed or "").split() if w.lower() not in _CLAUSE_DET)
                thing = harmed if harmed and _clean_np(harmed) and not re.match(
                    r"(?:you|it|them|us|me|anyone|anything|people)\b", harmed) else ""
                return f"{_singular(thing.split()[-1])} {noun}" if thing else noun
            return {"irritat": "irritation", "damag": "damage", "burn": "burns", "scar": "scarring",
                    "hurt": "pain", "harm": "harm", "clog": "clogged pores", "sting": "stinging",
                    "caus": "adverse effects", "inflam": "inflammation", "interact": "drug interactions"}.get(
                next((k for k in ("irritat", "damag", "burn", "scar", "hurt", "harm", "clog", "sting", "caus", "inflam",
                                  "interact")
                      if verb.startswith(k)), ""), "adverse effects")
    none_of = re.search(r"\bnone\s+of\s+(?:the|its|their|that|those)\s+(?P<n>[a-z][\w-]*)", text, re.I)
    if none_of and _harm_predicate(none_of.group("n")) and not _NEGATOR_BEFORE_RE.search(text[:none_of.start()]):
        return none_of.group("n").lower()  # "with none of the flaking": a negative quantifier over a harm (FRM11)
    for h in _HARM_NOUN_RE.finditer(text):
        pre = text[max(0, h.start() - 40):h.start()]
        if re.search(r"\b(?:no|zero|without|minus|never|free\s+of|minimal|little\s+(?:to\s+)?no|low|lower|"
                     # a near-negative quantifier: "hardly any irritation", "barely any downtime"
                     r"(?:hardly|barely|scarcely)\s+any|(?:almost|virtually)\s+no|"
                     r"(?:no|not\s+any)\s+(?:\w+\s+)?)\s+(?:[\w-]+\s+){0,2}$", pre, re.I) and not re.search(
                r"\b(?:if|unless)\b", pre, re.I):
            return _harm_label(text, h)
    assoc = _ASSOCIATION_RE.search(text)
    if assoc and _negated(text, assoc.start()) and _ADVERSE_OBJECT_RE.match(text, assoc.end()):
        # "no study has ever linked X to unwanted hair growth", "no link between X and hair loss": the
        # association denied names the harm
        np = re.sub(r"\s+(?:elsewhere|anywhere|everywhere|later|again)$", "", _coordinated_np(text[assoc.end():]))
        return np or "adverse effects"
    if _SAFEST_RE.search(text) and not _NOT_SAFE_RE.search(text):
        return "adverse effects"  # "one of the safest ways to exfoliate": the superlative asserts the safety (FRM11)
    upset = _NEUTRAL_EFFECT_RE.search(text)
    if upset and _DISTURB_RE.match(upset.group(0)) and _negated(text, upset.start()):
        # (TRAP9) "couldn't possibly upset your thyroid", "won't disrupt your hormones": a negated verb of
        # disturbance denies harm to the organ it names
        return f"{upset.group('organ').lower()} side effects"
    organ = _GENTLE_ON_ORGAN_RE.search(text)
    if organ:
        return f"{organ.group(1).lower()} side effects"  # "gentle on the liver": no liver harm
    part = re.search(r"\bsafe\s+(?:for|on|around|near)\s+(?:your|the)\s+((?:[\w-]+\s+)?[\w-]+)", text, re.I)
    if part and not _NOT_SAFE_RE.search(text) and not re.search(
            r"\b(?:skin\s+)?(?:types?|tones?)$|\b(?:family|kids|children|baby)$", part.group(1), re.I):
        return f"{_singular(part.group(1).split()[-1].lower())} damage"  # "safe for your kidneys": no kidney harm
    safe = next((m for m in _SAFE_RE.finditer(text)
                 # an attributive adjective ("the gentle 0.025% cream", "a gentle nudge") describes
                 # a noun; only a predicate ("it is gentle") asserts safety
                 if not re.match(r"\s+to\s+(?:say|assume|bet)\b", text[m.end():], re.I)  # "safe to say": an idiom
                 and _word_before(text, m.start()) not in _DETERMINERS - {"of", "no", "any"}
                 # a numeral or distributive determines a noun as an article does: "One gentle pass lifts away ..." (FRAME8)
                 and not re.fullmatch(r"one|two|three|four|five|each|every|single|\d+", _word_before(text, m.start()) or "")
                 or _COPULA_BEFORE_RE.search(re.split(r"[,;:]", text[:m.start()])[-1])), None)
    if safe and not _NOT_SAFE_RE.search(text):
        prone = re.search(r"\bprone\s+to\s+(?P<x>[^,.;:!?]{2,40})", text, re.I)
        if prone and _np_after(prone.group("x")):
            return _np_after(prone.group("x"))  # "... including darker skin that is prone to pigmentation"
        if re.search(r"\b(?:during|in|while)\s+pregnan\w*|\bwhen\s+(?:you(?:['’]re|\s+are)\s+)?pregnant\b", text, re.I):
            # safety in pregnancy is the unborn child's: a denial of harm to the pregnancy (birth defects)
            return "birth defects"
        sensitive = re.search(r"\bsensitive\s+(?P<x>skin|scalps?|eyes|gums|teeth|stomachs?)\b", text, re.I)
        if sensitive:
            # "sensitive" means prone to irritation: a claim fit for sensitive X denies X's irritation
            return f"{_singular(sensitive.group('x').lower())} irritation"
        hyphen_prone = re.search(r"\b(?P<x>[a-z]{3,})-prone\b", text, re.I)
        if hyphen_prone and hyphen_prone.group("x").lower() not in _NP_STOP and not re.search(r"\bsensitive\b", text, re.I):
            # (beside "sensitive", "sensitive and acne-prone skin" names skin types: its irritation, as above)
            return hyphen_prone.group("x").lower()  # "gentle enough for eczema-prone skin": the condition it is prone to (OUTC2)
        return "adverse effects"
    return None


# A superlative of harmlessness ("one of the safest ways", "the gentlest option") asserts the harmlessness
_SAFEST_RE = re.compile(r"\b(?:the|one\s+of\s+the)\s+(?:very\s+)?(?:safest|gentlest|mildest|least\s+(?:irritating|"
                        r"invasive|risky|harmful|painful))\b", re.I)

# People defined by not having had the treatment ("women who hadn't", "those who did not use it", "people
# without it"): the untreated control group of a study report, as a placebo is, not a rival treatment (FRM14)
_UNTREATED_ARM_RE = re.compile(r"\W*(?:the\s+)?(?:[\w-]+\s+)?(?:women|men|people|patients|participants|volunteers|children|"
                               r"adults|mothers|babies|those|others|users|groups?)\s+(?:who|that)\s+(?:had|did|were|was|have|do)"
                               r"(?:n['’]t|\s+not|\s+never)\b|\W*(?:the\s+)?(?:[\w-]+\s+)?(?:women|men|people|patients|"
                               r"participants|volunteers|those|others)\s+(?:who\s+went\s+)?without\b", re.I)

# Nouns of damage done to a body, beside the harm nouns: an increase in them is a harm ("no increase in major birth
# defects" denies one, FRM14)
_DEFECT_NOUN_RE = re.compile(r"\b(?:defects?|malformations?|abnormalit(?:y|ies)|deformit(?:y|ies))\b", re.I)

# A comparative clause whose predicate is elided to its auxiliary: "like the liquid does", "like retinol can"
_LIKE_DOES_RE = re.compile(r"\b(?:like|as)\s+(?P<x>(?!(?:it|they|you|I|we|he|she|this|that|these|those)\b)(?:the\s+|a\s+|an\s+|your\s+)?"
                           r"[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:does|do|did|can|will|would|used\s+to)\s*(?:$|[,.;:!?)])", re.I)

# A verb of stopping a treatment or a study with a harm as its cause: "stopped the study because of a side effect",
# "dropped out due to nausea"
_QUIT_FOR_HARM_RE = re.compile(
    rf"\b(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|dropp(?:ed|ing)\s+out|drops?\s+out|withdr[ae]w\w*|left|leaves?|discontinu\w*|"
    rf"g[ai]ve\s+up|pull(?:s|ed)?\s+out)\b[^,;:.!?]{{0,40}}?\b(?:because\s+of|due\s+to|owing\s+to|on\s+account\s+of)\s+"
    rf"(?:an?\s+|any\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?(?:{HARM_NOUNS}|{SYMPTOMS})\b", re.I)

# An equative of effect before a later conjunct: "worked about as well as blue on acne"
_EQUATIVE_BEFORE_RE = re.compile(r"\b(?:(?:just|about|roughly|nearly|almost)\s+)?as\s+(?:well|effective(?:ly)?|good)\s+as\s+"
                                 r"[^,;:]{1,60}?\s+(?:and|but)\s+(?:[\w-]+\s+)?$", re.I)

# Adjuncts that say a result held for every arm of a comparison: "either way", "in either group", "whichever
# treatment they had", "regardless of which arm"
_ARM_NOUN = r"(?:group|arm|side|treatment|option|one|product|cream|device|way|method)s?"
_EITHER_ARM_RE = re.compile(rf"\beither\s+way\b|\b(?:in|on|with)\s+either\s+(?:the\s+)?{_ARM_NOUN}\b|"
                            rf"\bwhichever\s+(?:[\w-]+\s+)?{_ARM_NOUN}\b|\bwhichever\s+[\w-]+\s+(?:[\w-]+\s+){{0,2}}?(?:got|had|used|"
                            rf"received|took|was\s+given|were\s+given|chose)\b|\bregardless\s+of\s+(?:which|the)\s+(?:[\w-]+\s+)?{_ARM_NOUN}\b",
                            re.I)

# Nouns that name harm in general rather than one harm ("drawbacks", "problems", "risks"): denying them
# denies adverse effects in general; a modifier names where ("stomach problems": stomach side effects)
_GENERAL_HARM_RE = re.compile(r"(?:drawbacks?|downsides?|problems?|issues?|troubles?|risks?|dangers?|worries|nasties|"
                              r"harm|complications?|side[\s-]?effects?|adverse\s+(?:effects?|events?|reactions?))$", re.I)
_MODAL_BEFORE_RE = re.compile(r"\b(?:will|would|can|could|might|may|wo|ca|unlikely\s+to|likely\s+to|going\s+to)(?:n['’]t|\s+not|"
                              r"\s+never)?\s+(?:\w+\s+)?$|\b(?:won['’]t|can['’]t|cannot|wouldn['’]t|couldn['’]t)\s+(?:\w+\s+)?$", re.I)


# A general harm noun with only a determiner or counting word before it ("a single reaction", "any
# reactions", "one complaint"): harm in general, counted, not one harm named (JUNK15)
_QUANTIFIED_GENERAL_HARM_RE = re.compile(r"(?:(?:a|an|any|one|single|the|slightest|some|no)\s+)*(?:reactions?|complaints?)",
                                         re.I)  # (the general labels, "side effects", "problems", stand as worded)


def _general_np(np: str) -> str:
    """A denied noun phrase whose head is a general harm noun, relabelled by `_harm_label`."""
    h = re.search(r"\b(?:side[\s-]?effects?|adverse\s+\w+|[a-z]+)$", np)
    return _harm_label(np, h) if h and " " in np and _GENERAL_HARM_RE.match(h.group(0)) else np


def _harm_label(text: str, h: re.Match[str]) -> str:
    """The harm a denied harm noun names: a specific harm as worded ("redness"); a general one
    ("drawbacks", "problems") is adverse effects, kept with a content modifier ("stomach problems"
    -> "stomach side effects")."""
    noun = " ".join(h.group(0).split()).lower()
    if not _GENERAL_HARM_RE.match(noun):
        return noun
    of = re.match(r"\s+(?:of|for)\s+(?P<x>[^,.;:!?]{2,60})", text[h.end():], re.I)
    if re.match(r"risk|danger", noun) and of and _coordinated_np(of.group("x")):
        return _general_np(_coordinated_np(of.group("x")))  # "low risk of adverse effects": what is risked
    mod = re.search(r"([A-Za-z][\w-]*)\s+$", text[:h.start()])
    word = mod.group(1).lower() if mod else ""
    if word and word not in _NP_STOP and word not in _DETERMINERS and not re.fullmatch(
            r"any|all|real|known|serious|major|minor|other|such|nasty|big|main|potential|reported|unwanted|low|lower|minimal|"
            r"little|less|least|reduced|small|smaller|tiny|high|higher|zero|much|few|fewer|significant|possible|"
            r"negative|harmful|bad|usual|common|typical|extra|added|lasting|long-term|short-term|the|those|these", word):
        return f"{word} side effects"
    return noun if re.match(r"side|adverse", noun) else "adverse effects"


def _coordinated_np(text: str, max_words: int = 5) -> str:
    """The noun phrase starting `text`, keeping one coordination ("rejection or infection",
    "muscle cramps or dehydration"), without determiners; "" when none."""
    words: list[str] = []
    for tok in re.finditer(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", _OBJ_DET_RE.sub("", text)):
        w = tok.group(0).lower()
        if w in ("a", "an", "the", "any", "your") and words and words[-1] in ("or", "and"):
            continue
        if not w[0].isalpha() or (w in _NP_STOP and w not in ("or", "and")) or len(words) >= max_words:
            break
        if w in ("or", "and") and (not words or "or" in words or "and" in words):
            break
        words.append(w)
    while words and words[-1] in ("or", "and"):
        words.pop()
    return " ".join(words)


# a predicate nominal ("is considered a gentle procedure") asserts what an attributive adjective only describes
_COPULA_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|being|been|considered|remains?|seems?|feels?|stays?)\b"
                               r"(?:\s+\w+){0,2}\s+(?:a|an|the)\s*$", re.I)
_NO_CHANCE_RE = re.compile(r"\b(?:no|zero|without\s+(?:any\s+)?|not\s+any)\s+(?:\w+\s+)?(?:chance|risk|danger|possibility|"
                           r"threat)s?\s+(?:of|for)\s+(?P<x>[^,.;:!?]{2,60})", re.I)


def _in_relative_negation(text: str, pos: int) -> bool:
    """Is the negated verb at `pos` inside a relative clause ("irritants that do not cause any
    reactions")? Its negation describes the noun, not the claim's subject."""
    clause = re.split(r"[,;:.!?]", text[:pos])[-1]
    m = re.search(r"\b(?:that|which|who)\s+(?:\w+\s+)?(?:do|does|did|can|will|would)?\s*(?:not|n['’]t|never)\s+(?:\w+\s+)?$",
                  clause, re.I)
    # "that" after a verb of saying or a noun taking a clause opens a complement, the claim itself: "Studies
    # show that X does not cause Y" (NEG15)
    # (SCOPE22) and a relative clause on the predicate noun of a copula says what the subject does ("It is a
    # treatment that doesn't cause scarring"): its negation is the claim's, as its modal is (FRM13)
    return m is not None and not _complement_that(clause, m.start()) and not _PREDICATE_NOUN_BEFORE_RE.search(
        clause[:m.start()])


def _complement_that(clause: str, at: int) -> bool:
    """Is the "that" at `at` a complementizer: after a verb of saying or showing, or a noun taking a clause?"""
    return bool(re.match(r"that\b", clause[at:], re.I)) and (
        _word_before(clause, at) in _NOT_A_NOUN or _word_before(clause, at) in _CLAUSE_NOUNS)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3 else word


def _object_is_problem(text: str, end: int) -> bool:
    """Does the phrase after a neutral causative ("leads to", "results in", "triggers") name a
    problem? "results in visible results" does not; "leads to scarring" does."""
    obj = re.split(r"[,;:.!?]|\b(?:and|but|which|so|because|if|when)\b", text[end:end + 60])[0]
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", obj)}
    # a failure as the cause ("if sunscreen is not done well, it can lead to ...", "poor depth
    # control can lead to ..."): what a mistake leads to is unwanted
    failure = re.search(r"\b(?:if\b[^.;]{0,60}\b(?:not|n['’]t|never)\b|poor(?:ly)?|inadequate\w*|improper\w*|wrong\w*|"
                        r"careless\w*|too\s+(?:deep|much|often|long|hard))\b", text[:end], re.I)
    return bool(_PROBLEM_RE.search(obj) or _HARM_NOUN_RE.search(obj) or words & _reduced_objects(text) or failure)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches in a str pattern


def _word_before(text: str, end: int) -> str:
    """The last word of text[:end], lower case ("" when none): what `re.search(r"(\\w+)\\W*$",
    text[:end])` finds, without rescanning the whole prefix for every verb (that made long
    sentences cubic)."""
    j = end
    while j > 0 and not _is_word_char(text[j - 1]):
        j -= 1
    i = j
    while i > 0 and _is_word_char(text[i - 1]):
        i -= 1
    return text[i:j].lower()


def _effect_verbs(body: str) -> list[tuple[int, int, str]]:
    """(start, end, "harm" | "benefit") for each effect verb, in order. A neutral causative is
    a harm only when its object is a problem; "increases" with a harm object ("increase sun
    sensitivity") is a harm; where a benefit reading starts at the same place ("burn fat"), it wins."""
    found: dict[int, tuple[int, int, str]] = {}
    for m in _BENEFIT_VERB_RE.finditer(body):
        prev = _word_before(body, m.start())
        if prev in _DETERMINERS and m.group(0).lower().endswith(("ing", "ed")) and not (
                prev == "of" and re.search(r"\b(?:incapable|capable|short|instead)\s+of\s+$", body[:m.start()], re.I)):
            continue  # "the whitening ingredients", "a boosted dose": adjectives, not verbs ("incapable of fading" is one)
        if m.group(0).lower().endswith("ly"):
            continue  # "dissolves slowly", "smoothly": adverbs, not verbs
        if prev in ("every", "each"):
            continue  # "in every drop": a distributive determiner takes a noun, never a verb (FRM12)
        kind = "benefit"
        if re.match(r"(?:increas|boost|rais|rais|worsen|doubl|tripl|enhanc|promot)", m.group(0), re.I) and (
                _HARM_NOUN_RE.search(obj := re.split(r"[,;:.!?]|\b(?:and|but|which)\b", body[m.end():m.end() + 40])[0])
                or _DEFECT_NOUN_RE.search(obj)):
            kind = "harm"
        if _INJURE_TISSUE_RE.match(body, m.start()):
            kind = "harm"  # "it can kill the skin around it", "can't block a blood vessel" (FRM11)
        if _FADING_RE.fullmatch(m.group(0)) and (_INTRANSITIVE_AFTER_RE.match(body, m.end()) or _ENDING_INTRANSITIVE_RE.match(
                body, m.end())) and \
                _SIDE_EFFECT_RE.search(body[max(0, m.start() - 50):m.start()]):
            # (TRAP9) "Any redness from microneedling fades within an hour": a verb of ending with no object and a
            # side effect before it tells the course of the side effect, as "subsides" does (a harm and how long it
            # lasts); "it fades scars" has an object, and "fades faster with X" credits X with the fading
            # (SCOPE22: a person's own problem, "my back pain cleared up", ended: the benefit)
            kind = "benefit" if _side_effect_course(body, m.start()) == "benefit" else "harm"
        found[m.start()] = (m.start(), m.end(), kind)
    for m in _LEAVE_BEHIND_RE.finditer(body):
        at = m.start() + m.group(0).lower().index("leave")
        found.setdefault(at, (at, at + 5, "harm"))  # "they can leave hard lumps" (FRM11)
    for m in _LEFT_WITH_HARM_RE.finditer(body):
        # (SCOPE22) "A handful will be left with tram-track scars": the passive of "leave (someone) with" a harm says its
        # subject keeps the harm, a harm undergone
        found.setdefault(m.start("v"), (m.start("v"), m.end("v"), "harm"))
    for m in _HARM_VERB_RE.finditer(body):
        if m.start() in found:
            continue
        word = m.group(0).lower()
        if _NEUTRAL_CAUSATIVE_RE.match(word) and not _object_is_problem(body, m.end()):
            continue
        if word.startswith("caus") and re.match(r"\s+(?:\w+\s+){1,3}to\s+\w", body[m.end():]) and not re.match(
                r"\s+(?:\w+\s+){0,2}(?:due|owing|close|next|according|prior|thanks)\s+to\b", body[m.end():], re.I):
            continue  # "causes hair to grow": in "cause X to V" the infinitive carries the effect
        if _RESOLVE_RE.match(word):
            # "the redness subsides" describes a side effect of the treatment (a harm and how long
            # it lasts); "the pimples disappear" is the benefit
            if _SIDE_EFFECT_RE.search(body[max(0, m.start() - 50):m.start()]) and _side_effect_course(body, m.start()) != "benefit":
                found[m.start()] = (m.start(), m.end(), "harm")
            else:
                found[m.start()] = (m.start(), m.end(), "benefit")
            continue
        if _word_before(body, m.start()) in _DETERMINERS:
            continue  # "the harm", "a burn": nouns
        if word.endswith("ed") and re.match(rf"\s+(?:{SYMPTOMS}|{HARM_NOUNS}|lesions?|patches|bumps|cysts?|skin)\b", body[m.end():], re.I) \
                and re.search(r"(?:,|\b(?:and|of|their|your|his|her|its|my|our))\s+(?:[a-z]+,?\s+)?$", body[:m.start()], re.I):
            continue  # "their count of red, inflamed spots": a participle before its noun is an adjective, no verb (FRM14)
        if word.endswith("ed") and _word_before(body, m.start()) in _PREPOSITIONS and re.match(
                r"\s+(?!(?:the|a|an|your|my|his|her|their|its|our|it|them|you|him|us|me|this|that|these|those|by|to|with|"
                r"and|or)\b)[a-z][\w-]*", body[m.end():], re.I):
            continue  # "sinks into damaged strands": a participle after a preposition, before its noun, is an adjective (FRAME6)
        found[m.start()] = (m.start(), m.end(), "harm")
    return sorted(found.values())


_RESOLVE_RE = re.compile(r"^(?:to\s+)?(?:subside|disappear|resolve|settle|go\s+away|wear\s+off)", re.I)
# a whole animal is a body: "made hair grow in mice in a lab study" is an effect in animals, no in vitro finding
_ANIMAL_RE = re.compile(r"\b(?:mice|mouse|rats?|rodents?|animals?|rabbits?|pigs?|dogs?|monkeys?)\b", re.I)
_PREPOSITIONS = frozenset("into onto on for with from through over under across".split())  # not a causative's "to", "in"
# an effect found outside a person: in the laboratory, in a dish, in cultured cells (FRAME6)
_IN_VITRO_RE = re.compile(r"\bin\s+(?:a|the)\s+(?:lab(?:oratory)?|dish|test[\s-]tube|petri\s+dish)\b|\bin\s+vitro\b|"
                          r"\b(?:cell|tissue)\s+cultures?\b", re.I)
_SIDE_EFFECT_RE = re.compile(r"\b(?:redness|swelling|swollen|bruis\w*|irritation|peeling|stinging|tingl\w*|pain|discomfort|"
                             r"downtime|dryness|flaking|crusting|erythema|side[\s-]effects?|sensitivity|"
                             # (SCOPE22) and the general names of what a treatment brings on ("most complications clear
                             # up within a week": the course of the harm, never a benefit on it)
                             # (soreness, itching and the like are as often the problem treated: "soreness fades whether
                             # you stretch or not", "notice the itching fade": left to the other rules)
                             r"reactions?|purging|complications?|adverse\s+(?:effects?|events?|reactions?)|scabbing)\b", re.I)
_DETERMINERS = frozenset("the a an this that these those its their his her your our my some no any of".split())
# (SCOPE22) a person's possessive before a noun: the problem is that person's own ("my back pain", "most clients'
# redness"), not a harm the treatment brings on ("the soreness", "any bruising")
_OWN_POSSESSIVE_RE = re.compile(r"\b(?:my|his|her|their|our|(?!(?:it|that|there|what|here|he|she|who|let)['’]s)[A-Za-z]+['’]s|"
                                r"[A-Za-z]+s['’])\s+(?:[\w-]+\s+){0,2}$", re.I)


def _side_effect_course(body: str, at: int) -> str | None:
    """What a verb of ending at `at` says of the side effect before it in its clause: "harm" (the course of a harm the
    treatment brings on: "the redness settles", "any bruising is gone"), "benefit" (a person's own problem ended:
    "my back pain disappeared"), or None when no side effect is its subject."""
    window = re.split(r"[,;:.!?]|\b(?:and|but|so|because|while)\b", body[max(0, at - 50):at])[-1]
    start = at - len(window)
    last = None
    for m in _SIDE_EFFECT_RE.finditer(body, start, at):
        last = m
    if last is None:
        return None
    return "benefit" if _OWN_POSSESSIVE_RE.search(body[max(0, last.start() - 40):last.start()]) else "harm"
# "cause" itself is not neutral: English gives it a negative semantic prosody (what is caused is
# unwanted: "cause birth defects", "cause cancer"), so it marks a harm whatever its object.
_NEUTRAL_CAUSATIVE_RE = re.compile(r"^(?:trigger|lead|led|result|provok|(?:is|are|be|been)\s+linked)", re.I)
# "lower risk of X" names the disease X whose cases fall; without "than"/"compared" it is no comparison
_LOWER_RISK_OF_RE = re.compile(r"\b(?:lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|less(?:en\w*)?|cut(?:s|ting)?|"
                               r"decreas(?:e|es|ed|ing))\s+(?:the\s+|your\s+|their\s+)?(?:(?:\w+\s+)?risks?\s+of\s+"
                               r"(?:(?:dying|death|developing|getting)\s+(?:from\s+|of\s+)?)?"
                               r"(?P<o>[^,.;:!?()]{2,60})"
                               # the noun compound "lowers obesity risk": the risk's object comes first
                               r"|(?P<o2>(?!the\b|your\b|their\b|its\b|this\b)[a-z][\w-]+(?:\s+[a-z][\w-]+)?)\s+risks?\b)", re.I)
_COMPARISON_WORD_RE = re.compile(r"\b(?:than|compared|versus|vs\.?|relative\s+to)\b", re.I)
_FEWER_HARM_RE = re.compile(rf"\b(?:fewer|less|lower|reduced|milder)\s+(?:\w+\s+){{0,2}}(?:{HARM_NOUNS})\b", re.I)
# A minimiser over a verb of perception and its object ("barely notice it", "hardly feel the needles") (FRAME8)
_BARELY_PERCEIVED_RE = re.compile(r"\b(?:barely|hardly|scarcely)\s+(?:ever\s+)?(?P<v>notic(?:e|es|ed|ing)|feel|feels|felt|"
                                  r"feeling|sens(?:e|es|ed))\b(?P<obj>[^,;:.!?]{0,50})", re.I)


def _ordinary_active(phrase: str) -> bool:
    """"ordinary hyaluronic acid", "regular retinol": "ordinary" before an active ingredient's name (no product form, no
    moisturiser or water) names the standard version of that active, an active arm, not an inactive control (FRAME8)."""
    m = re.match(r"(?:the\s+|an?\s+)?(?:ordinary|regular|standard)\s+(?P<x>[a-z][\w\s-]+)$", phrase.strip(), re.I)
    if m is None:
        return False
    x = m.group("x")
    return _is_treatment_phrase(x) and not _PRODUCT_HEAD_RE.search(x) and not re.search(
        r"\b(?:moisturi[sz]ers?|conditioners?|emollients?|water|soaps?|base|vehicle)\b", x, re.I)


# An effect that ceased: "has stopped working", "stops helping" (not "working out") (FRAME8)
_STOPPED_WORKING_RE = re.compile(r"\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s)?)\s+(?:working|helping)\b(?!\s+out\b)", re.I)
# A warning against or about something (FRAME8)
_WARNED_AGAINST_RE = re.compile(r"\b(?:warn(?:s|ed|ing)?|cautions?|cautioned)\s+(?:(?:people|consumers|patients|the\s+public|"
                                r"users|parents|women|men)\s+)?(?:against|about)\s+[a-z]", re.I)
# A verb of taking away whose object is the body's own water or oils, taken out of it (FRAME8)
_BODY_STORE = r"(?:water|moisture|hydration|(?:(?:its|their|your|the\s+skin['’]s|the\s+scalp['’]s)\s+)?(?:natural\s+|own\s+|essential\s+)?(?:oils?|lipids?|sebum))"
_DEPLETE_RE = re.compile(
    rf"\b(?:pull|draw|suck|leach|drain|sap)(?:s|ed|ing)?\s+(?:[\w'’]+\s+){{0,3}}?{_BODY_STORE}\s+(?:out\s+of|from|away\s+from)\s|"
    rf"\bdrew\s+(?:[\w'’]+\s+){{0,3}}?{_BODY_STORE}\s+(?:out\s+of|from)\s|"
    rf"\b(?:strip|rob)(?:s|ped|bed|ping|bing)?\s+(?:[\w'’]+\s+){{0,3}}?of\s+{_BODY_STORE}\b", re.I)
# A verbless "with" adjunct lowering a treatment's own harm or burden (pain, side effects, recovery, downtime) (FRAME8)
_WITH_LESS_BURDEN_RE = re.compile(
    rf"^\W*(?:(?:and|but|yet|all)\s+)?with\s+(?:(?:far|much|significantly|noticeably|markedly|a\s+lot)\s+)?(?:fewer|less|lower|"
    rf"milder|shorter|quicker|faster)\s+(?:[\w-]+\s+){{0,2}}?(?:{HARM_NOUNS}|{SYMPTOMS}|side[\s-]effects?|recovery|"
    rf"downtime|healing(?:\s+time)?)\b", re.I)
# (FRAME23) a ranking adjunct set off by a comma after a superlative or a first place: ", ahead of minoxidil", ", well
# above finasteride" (not "above all", a discourse adverb, nor a place: "above the ear", "above your eyebrows")
_RANK_ADJUNCT_RE = re.compile(r",\s*(?:(?:well|far|just|clearly|comfortably|way)\s+)?(?:ahead\s+of|above)\s+"
                              r"(?!(?:all|average|the\s+(?:skin|ear|eyes?|knee|elbow|ankle|waist|hairline|surface))\b)"
                              r"(?!(?:your|my|his|her|their|our)\b)(?P<x>[^,.;:!?()]{2,60})", re.I)
_RANKED_OBJECT_RE = re.compile(r"\b(?:put(?:s|ting)?|place[sd]|rank(?:s|ed)?|rate[sd])\s+"
                               r"(?P<o>(?:(?!(?:on|in|at|to|of|it|them)\b)[\w'’-]+\s+){1,3}?)(?:top|first|highest)\b", re.I)
_SUPERLATIVE_CLAIM_RE = re.compile(
    # (FRAME23) a superlative of a participle ranks the treatment by how it has been tested or used: "the best-evidenced
    # treatment", "the most studied option" (not "best tolerated", a denial of harm like "safest")
    r"\b(?:(?:one\s+of\s+)?the\s+(?:single\s+|very\s+)?(?:most\s+(?:effective|powerful|potent|proven|studied)|"
    r"(?:best|most)[\s-](?!tolerated\b)[a-z]{3,}(?:ed|en)|best|strongest|fastest|"
    r"number\s+one|only)\s+(?P<noun>(?:[\w-]+\s+){0,3}?(?:treatments?|tools?|options?|ingredients?|remed(?:y|ies)|"
    r"ways?|therap(?:y|ies)|products?|supplements?|methods?|serums?|creams?|procedures?|devices?|things?))"
    # (OUT15) a superlative restricted by an existential, "the most complete food there is", ranges over its whole kind
    # (of harmlessness it stays a denial of harm, FRM14)
    r"|\bthe\s+(?:single\s+|very\s+)?(?:most\s+(?!safe|gentle|harmless|natural)[a-z]{4,}|(?!(?:safest|gentlest|mildest|"
    r"kindest|latest|biggest|cheapest|easiest|best)\b)[a-z]{3,}est|best)\s+(?:[\w-]+\s+){0,3}?[a-z]+\s+(?:there\s+is|there\s+are|"
    r"available|on\s+the\s+market|out\s+there|money\s+can\s+buy)\b"
    r"|\bby\s+far\s+the\b|\bunmatched\b|\bunrivall?ed\b|\bnumber\s+one\b|\bgold[\s-]standard\b"
    # focus "only" on the subject excludes every other treatment: "Only minoxidil has been proven to ..."
    # (not a quantity, "only a few people", "only 30%", nor a time, "only after six months")
    r"|^\W*only\s+(?!(?:a|an|one|some|few|two|three|half|after|when|if|in|once|then|by|with|for|at|on|about|around|"
    r"time|now|recently|people|patients|users|men|women|you|we|I|they|it|this|that)\b)(?!\d)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?"
    r"\s+(?:has|have|is|are|can|will|works?|worked|really|truly|actually|reliably|consistently)\b)", re.I)


# --- SCOPE22: a negation's scope is the clause it sits in ---------------------------------------------
# A modifier of the subject's head noun, between that noun and the main verb group, restricts which things are
# meant ("Serums that were never meant to go under the skin can trigger granulomas", "People who don't clean their
# rollers get infections", "Needles used without sterilising can spread infection"): a negation or privative inside it
# negates the modifier's own verb, never the matrix verb after it. Three forms: a relative clause ("N that/which/who
# ... not/never/n't/no/nothing/without ..."), a reduced relative ("N not/never V-ed ...") and a participle with a
# privative adjunct ("N V-ed without ...").
_SUBJ_MOD_NEG = r"(?:not|never|no|nothing|none|without|cannot|[a-z]+n['’]t)"
_SUBJECT_MODIFIER_RE = re.compile(
    rf"\b(?P<noun>[A-Za-z][\w-]*)\s+(?:(?P<rel>that|which|who)\s+(?:[\w'’-]+\s+){{0,3}}?{_SUBJ_MOD_NEG}\b"
    rf"|(?P<red>not|never)\s+(?:(?:properly|fully|yet|ever|originally)\s+)?(?P<part>[a-z]+(?:ed|en)|meant|made|built|sold|"
    rf"bought|kept|left|held|set|shut|put|worn|done|given|taken|shown|grown|known)\b"
    rf"|(?P<part2>[a-z]+(?:ed|en)|worn|made|kept|left|put|done|sold|bought|held|used)\s+(?:[\w-]+\s+){{0,2}}?without\b)", re.I)
# The first word of a main verb group: an auxiliary, modal or copula, or a light verb a subject of people or things
# takes ("get", "have", "develop", "end up", "lead to", "cause")
_MATRIX_VERB_RE = re.compile(rf"\b(?:{_AUX}|cannot|{_NEG_CONTRACTED}|tends?\s+to|gets?|got|develop(?:s|ed)?|ends?\s+up|ended\s+up|"
                             r"leads?\s+to|led\s+to|causes?|caused|carr(?:y|ies|ied)|suffer(?:s|ed)?|run|runs|ran)\b", re.I)
# Where the subject's clause begins: the text, a clause boundary, a subordinator or a complementizer
_SUBJECT_CLAUSE_START_RE = re.compile(r"(?:^|[,;:()\"“”]|\s[-–—]\s|\b(?:and|but|or|so|because|since|although|though|while|"
                                      r"whereas|if|when|once|why|how|that|warn|warns|warned|say|says|said|find|found|"
                                      r"show|shows|showed|discover)\b)(?![^,;:()\"“”]*(?:[,;:()\"“”]|\s[-–—]\s))", re.I)
# A pseudo-cleft's head ("One thing that won't help is X", "What doesn't work is X"): its relative clause is what the
# copula equates with the predicate, the claim itself
_CLEFT_HEAD_RE = re.compile(r"thing|things|one|something|anything|option|way|what", re.I)
_NOT_SUBJECT_WORD_RE = re.compile(rf"^(?:{_AUX}|{_NEG_CONTRACTED}|cannot|not|never|no|to|for|of|in|on|at|with|by|from|"
                                  r"after|before|during|about|into|than|like|unlike|without|against|it['’]s|they['’]re|"
                                  r"there|here|you|I|we|they|he|she|it)$", re.I)


def negated_subject_modifier(text: str) -> tuple[int, int] | None:
    """The span of a negated (or privative) modifier of the subject's head noun, which ends where the main verb group
    begins ("Serums [that were never meant to go under the skin] can trigger granulomas"), or None. The words before
    it must be a noun phrase opening its clause (no verb, no preposition: "It is a treatment that doesn't cause
    scarring" predicates the relative clause of its subject, and "For patches that have not responded, ..." is an
    adjunct), and a verb group must follow it in the same clause (a noun phrase with its relative clause alone,
    "creams that never sting", is the claim)."""
    for m in _SUBJECT_MODIFIER_RE.finditer(text):
        noun = m.group("noun")
        if noun.lower() in _NOT_MODIFIED or noun.lower() in _NOT_A_NOUN or noun.lower() in _CLAUSE_NOUNS or \
                noun.lower().endswith("ly") or _NOT_SUBJECT_WORD_RE.match(noun):
            continue
        starts = [s.end() for s in _SUBJECT_CLAUSE_START_RE.finditer(text, 0, m.start("noun"))]
        start = max(starts) if starts else 0
        subject = re.findall(r"[A-Za-z0-9][\w'’%-]*", text[start:m.end("noun")])
        if not subject or len(subject) > 7 or any(_NOT_SUBJECT_WORD_RE.match(w) for w in subject) or \
                _effect_verbs(" ".join(subject)) or re.search(r"[,;:]", text[start:m.start("noun")]):
            continue
        # the modifier's own verb: the reduced relative's participle, else the word after the negator or "without"
        own = m.end("part") if m.group("part") else m.end()
        own_verb = re.match(r"\s*(?:(?:ever|even|really|actually|yet|been|be|being|properly|fully|originally)\s+)*[\w'’-]+", text[own:])
        after = own + (own_verb.end() if own_verb and m.group("rel") else 0)
        clause_end = re.search(r"[,;:.!?()\"“”]|\s[-–—]\s|\b(?:but|because|while|whereas|although|though)\b", text[after:])
        limit = after + (clause_end.start() if clause_end else len(text) - after)
        main = _MATRIX_VERB_RE.search(text, after, limit)
        if main is None:
            verbs = [v for v in _effect_verbs(text) if after < v[0] < limit]
            if not verbs:
                continue
            main_at = verbs[0][0]
        else:
            main_at = main.start()
        if re.search(r"\b(?:that|which|who|whether|if)\b", text[after:main_at], re.I) or len(text[after:main_at].split()) > 8:
            continue  # another clause opens before the verb, or the verb is too far off to be the subject's
        if _CLEFT_HEAD_RE.fullmatch(noun) and re.match(r"(?:is|are|was|were)\b", text[main_at:], re.I):
            continue
        return m.end("noun"), main_at
    return None


def relation_of(text: str, *, outcome_kind: str | None = None) -> str:
    """The asserted relation of a claim sentence (one of models.RELATIONS): the one-negation
    reading below, with negative quantifiers, double negation and negated comparatives combined
    by `polarity.adjust_relation`. Scare-quoted modifiers are read out first (`unquote_scare`)."""
    text = _plain(text)
    if (modifier := negated_subject_modifier(text)) is not None:
        # (SCOPE22) "Serums that were never meant to go under the skin can trigger granulomas": the subject's negated
        # modifier restricts which serums; the clause is read without it ("Serums can trigger granulomas")
        return relation_of(text[:modifier[0]] + " " + text[modifier[1]:], outcome_kind=outcome_kind)
    qa = _QUESTION_ANSWER_RE.match(text)
    if qa:
        # "Does X regrow hair? Not really.": a yes/no question answered at once asserts the question's
        # proposition, denied by a negative answer
        asked = relation_of(qa.group("q"), outcome_kind=outcome_kind)
        return FLIP.get(asked, asked) if _NEGATIVE_ANSWER_RE.match(qa.group("a")) else asked
    # coordinated adjectives before one noun are one noun phrase: "a plain, fragrance-free emollient" is a plain
    # emollient, an inactive control (OUT15)
    text = _COORDINATED_INERT_RE.sub(r"\1 ", text)
    if _CHANNEL_CLOSURE_RE.match(text):
        # (FRAME23) the openings a procedure makes closing again ("The channels close within a day", "In rats they sealed
        # over within a day", "They seal up again within a day"): the course of the procedure's own wound, a process the
        # claim reports, not an effect on a condition (gold rows of test9, test15, dev13 and test18 alike)
        return "mechanism"
    if (absent := _ABSENT_ATTRIBUTE_RE.match(text)) and not _named_harm_in(absent.group("x") or absent.group("y")
                                                                          or absent.group("z")):
        # (FRAME23) the absence of an ingredient or property ("free of propylene glycol", "contains no parabens") is
        # what the product is, an attribute and the way it is said to work, not a denial of harm: no harm is named
        # that it spares (the harm spared, when the sentence names it, is read by the rules below: "free of side
        # effects", "sugar-free, so it won't spike your blood sugar")
        return "mechanism"
    relation = adjust_relation(text, _relation_of(text, outcome_kind=outcome_kind), _relation_of)
    if relation in ("benefit", "mechanism", "superior", "equivalent") and (quit_ := _QUIT_FOR_REASON_RE.search(text)) and not (
            _NEG_RE.search(text[:quit_.start()]) or re.search(r"n['’]t\b", text[:quit_.start()])) and (
            quit_.group("cause") is None or _named_harm_in(quit_.group("cause"))):
        # (FRAME23) people stopping a treatment for a reason make the reason an unwanted effect of it: a harm, whether
        # the harm causes the stopping ("Side effects made 2 in 100 people give up the tablets") or the reason is the
        # harm just named ("only 0.5% stopped because of it", "which is why some women stop"; dev12, test2, test17, dev14)
        return "harm"
    if relation in ("harm", "no_effect", "benefit") and (few := _CAUSES_NONE_OF_RE.search(text)) and not _negated(text, few.start()):
        # "Retinaldehyde causes barely any of this", "causes none of that": a verb of causing marks what it causes as a
        # harm, and a negative or near-negative quantifier over its (anaphoric) object denies it (FRAME7)
        return "denies_harm"
    felt = felt_discomfort(text) if relation in ("benefit", "mechanism", "superior", "no_effect", "harm") else None
    if felt is not None and (relation != "harm" or felt == "denies_harm"):
        # (a harm read from a safety label alone yields to the discomfort given as the most anyone feels)
        return felt
    if relation == "benefit" and (sym := _symptom_event(text)) is not None:
        return sym
    if relation == "denies_harm" and (gone := _NOT_GONE_RE.search(text)) and not re.search(
            r"\b(?:completely|fully|entirely|totally|altogether|for\s+good|100\s*%)\b", text[gone.end():], re.I):
        # (not when the ending is denied only in full, "will not disappear completely": that claim is a partial
        # benefit over the outcome "complete disappearance", which the outcome reader does not name yet; a bare
        # no_effect on the problem would be read against the evidence that it improves)
        # (FIX12a) a verb of a problem's ending, negated ("Your stretch marks will not disappear completely", "the peeling
        # won't go away for a week"): the problem stays. A side effect that stays is a harm; a problem treated that stays
        # is the treatment's failure to clear it (no effect on its clearing, or less than all of it), never a denial of harm
        # (what the treatment fails to make go away is the problem it treats: "It won't make the redness go away")
        return "harm" if gone.group("make") is None and _side_effect_course(text, gone.start("v")) == "harm" else "no_effect"
    return relation


_NOT_GONE_RE = re.compile(r"(?:\b(?:not|never|rarely|seldom)|n['’]t)\s+(?:(?:\w+ly|ever|always|all|just|simply)\s+)?"
                          r"(?P<make>(?:make|makes|made|let|lets)\s+(?:\w+\s+){1,3}?)?(?P<v>(?:disappear|vanish|subside|resolve|fade|go\s+away|clear\s+up|wear\s+off)(?:s|ed)?)\b", re.I)


def _symptom_event(text: str) -> str | None:
    """(FIX12a) A verb of a bodily symptom as the clause's predicate, with no verb of benefit acting on it ("can make
    your heart race", "can even darken your skin", "made his scalp itch"): the treatment brings the symptom about, a
    harm, never a benefit; under a negator or a frequency minimiser ("will rarely make my heart race", "seldom darkens
    the skin") the harm is denied, for most people (hedged by the minimiser's strength). A change people seek ("tan")
    and a symptom that falls ("itches less", "stopped itching") are no such event."""
    if _BENEFIT_VERB_RE.search(text) or re.search(r"\b(?:less|fewer|no\s+longer|any\s+more|anymore|stop\w*|"
                                                  r"quit\w*|without)\b", text, re.I):
        return None
    sym = symptom_verb(text)
    if not sym or all(part.endswith("tanning") for part in sym.split(" and ")):
        return None
    v = next((m for m in _SYMPTOM_VERB_RE.finditer(text) if m.lastgroup != "v11"), None)
    if v is None:
        return None
    before = text[:v.start()]
    if re.search(r"\bfrom\s+(?:[\w-]+\s+)?$", before, re.I):
        return None  # the state a change starts from ("go from swollen to normal"): the symptom ends, no event of it
    # (the negator of the verb's own clause: a negation in a clause before it, "No doubt it can itch", is not)
    own = re.split(r"[,;:.!?]|\b(?:but|and|or|so|which|that)\b", before)[-1]
    return "denies_harm" if _NEG_RE.search(own) or re.search(r"n['’]t\b", own) else "harm"


# (FRAME23) an intransitive verb of closing over the openings a procedure makes, or a pronoun for them, with no object
# and no negation: "the channels (the needles make) close within hours", "they sealed over within a day"
_CHANNEL_CLOSURE_RE = re.compile(
    r"\W*(?:(?:in|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*,?\s+)?(?:they|these|those|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:micro-?)?(?:channels?|holes?|punctures?|pricks?|openings?|micro-?wounds?|wounds?|tracks?)"
    r"(?:\s+(?:that\s+|which\s+)?(?:the|its|your)\s+[\w-]+\s+(?:make|makes|made|leave|leaves|left|create|creates|created))?)\s+"
    r"(?:usually\s+|quickly\s+|normally\s+|all\s+)?(?:seal(?:s|ed)?|close[sd]?)"
    r"(?:\s+(?:up|over|shut|again|back\s+up))*\s*(?=(?:with)?in\b|after\b|by\b|over\b|$|[,.;]|\s*so\b)", re.I)


# (FRAME23) stopping a treatment for a reason: a harm as the causer of stopping, an anaphoric reason ("because of it"), a
# relative of reason ("which is why some women stop"); not stopping another medicine one no longer needs ("stopped my
# painkillers because of it": a possessive object)
_QUIT_VERB = r"(?:give\s+up|gave\s+up|giving\s+up|stop(?:s|ped|ping)?|quit(?:s|ting)?|drop(?:s|ped)?\s+out|discontinu\w*|withdr[ae]w\w*)"
_QUIT_FOR_REASON_RE = re.compile(
    rf"(?P<cause>\b[\w-]+(?:\s+[\w-]+){{0,2}}?)\s+(?:made|makes|make|caused|causes|cause|led|leads|forced|forces|drove|drives)\s+"
    rf"(?:[\w%.-]+\s+){{1,7}}?(?:to\s+)?{_QUIT_VERB}\b"
    rf"|\b{_QUIT_VERB}(?:\s+(?!(?:my|his|her|their|your|our)\b)[\w-]+){{0,3}}?\s+(?:because\s+of|due\s+to|over)\s+"
    rf"(?:it|this|that|them|these|those)\b(?!\s+\w+ing\b)"
    rf"|\bwhich\s+is\s+(?:why|the\s+(?:main\s+)?reason)\s+(?:[\w-]+\s+){{0,4}}?{_QUIT_VERB}\b(?!\s+\w+ing\b)", re.I)


# (FRAME23) a clause whose whole predicate is an absence: "(Because) it's free of propylene glycol", "The serum contains
# no parabens", "It is fragrance-free and paraben-free" (nothing after it but the clause's end)
_ABSENT_ATTRIBUTE_RE = re.compile(
    r"\W*(?:(?:because|since|as)\s+)?(?:it|they|this|these|the\s+(?:[\w-]+\s+){0,2}?[\w-]+|our\s+(?:[\w-]+\s+){0,2}?[\w-]+|"
    r"[A-Z][\w-]*)\s*(?:['’]s|['’]re|is|are)\s+(?:(?:completely|totally|entirely|100%|also)\s+)?"
    r"(?:free\s+(?:of|from)\s+(?P<x>[^,;:.!?]{2,50})|(?P<y>[a-z]+)[\s-]free(?:\s+and\s+[a-z]+[\s-]free)?)"
    r"\s*[.!]?\s*$"
    r"|\W*(?:(?:because|since|as)\s+)?(?:it|they|this|the\s+(?:[\w-]+\s+){0,2}?[\w-]+|[A-Z][\w-]*)\s+contains?\s+"
    r"(?:no|zero)\s+(?P<z>[^,;:.!?]{2,40})\s*[.!]?\s*$", re.I)


def _named_harm_in(phrase: str | None) -> bool:
    """Does an absent thing name a harm (or a problem) rather than an ingredient: "side effects", "irritation",
    "pain", "risk", "scarring"?"""
    return bool(phrase) and bool(_HARM_NOUN_RE.search(phrase or "") or _PROBLEM_RE.search(phrase or "") or re.search(
        rf"\b(?:{SYMPTOMS})\b", phrase or "", re.I) or _GENERAL_HARM_RE.search(phrase or "") or re.search(
        r"\b(?:pain|harm|risk|scar|side[\s-]?effects?|irritation|toxins?|downtime|trouble|stress|jitters?|crash|worry|"
        r"contaminat\w*|allergens?)\b", phrase or "", re.I))


# A verb of causing whose object is a negative or near-negative quantifier over what was just named ("causes barely
# any of this", "caused none of these", "causes little of that")
_CAUSES_NONE_OF_RE = re.compile(
    r"\bcaus(?:e|es|ed|ing)\s+(?:(?:barely|hardly|scarcely|almost)\s+(?:any|none)|none|nothing|(?:very\s+)?little|"
    r"next\s+to\s+none|few|very\s+few)\s+of\s+(?:this|that|these|those|them|it|the\s+(?:same|above)\b)", re.I)
_COORDINATED_INERT_RE = re.compile(r"\b(plain|basic|ordinary|unmedicated|simple),\s+(?=[a-z-]+\s+[a-z]{3,})", re.I)


# --- round 15 (OUT15): discomfort people feel, a harm named by a copula, sufficiency denied ---

# The felt discomforts (a closed class of English words of bodily feeling, beside the harm nouns): nouns and
# their -ing/-y forms, read wherever they head the object ("a light prickle", "a warm prickling sensation")
_DISCOMFORT_NOUN = (r"prick(?:le|les|ling|ly)?|tingl(?:e|es|ing|y)|twinges?|pinch(?:es|ing)?|stings?|stinging|aches?|aching|"
                    r"achy|itch(?:es|ing|y)?|burn(?:s|ing)?|throb(?:s|bing)?|pangs?|soreness|nausea|queasiness|"
                    r"light[\s-]?headedness|dizziness|headaches?|palpitations|flush(?:es|ing)?")
# Bodily states felt or noticed, as a predicate adjective right after the verb ("feel light-headed") or a
# participle before a body noun ("notice swollen ankles"); states a treatment may be taken for (sleepy, calm)
# are left out, so the word is a discomfort whatever the topic
_DISCOMFORT_ADJ = (r"light[\s-]?headed|dizzy|faint|sick|nauseous|nauseated|queasy|woozy|jittery|shaky|sore|achy|itchy|"
                   r"swollen|inflamed|irritated|blistered|bruised|flushed|bloated|feverish|clammy")
_GENERIC_HARM_LABEL = re.compile(r"(?:adverse|side)\s+(?:effects?|events?|reactions?)|harms?|risks?|safety", re.I)
_DISCOMFORT_SUBJECT_RE = re.compile(rf"\W*(?:(?:a|an|some|the|any)\s+)?(?:(?:little|slight|mild|small|bit\s+of|faint|brief)\s+)?"
                                    rf"(?P<n>{_DISCOMFORT_NOUN})\b(?!\s+(?:of|in)\b)", re.I)
_PEOPLE_FEEL_RE = re.compile(
    r"\b(?P<v>feels?|felt|feeling|notic\w*|experienc\w*|describe[sd]?|report(?:s|ed)?|get|gets|got|develop\w*|have|has|had|"
    r"complain\w*\s+(?:of|about)|end\s+up)\s+"
    rf"(?:(?P<adj>{_DISCOMFORT_ADJ})\b|(?:[\w'’-]+\s+){{0,3}}?(?P<n>{_DISCOMFORT_NOUN})\b)", re.I)
# The discomfort given as the most anyone feels: "a faint tingle, or nothing at all", "if anything"
_AT_MOST_RE = re.compile(r"^[^.;:!?]{0,30}?(?:\bor\s+(?:nothing|none|no\s+\w+)(?:\s+at\s+all)?\b|,?\s*if\s+anything\b)",
                         re.I)


def felt_discomfort(text: str) -> str | None:
    """A discomfort people of the clause's subject feel or notice ("Most people feel a light prickle", "A few
    people feel light-headed or notice swollen ankles"): how common a mild harm is, so a harm claim, never a
    benefit; offered as the most anyone feels ("a faint tingle, or nothing at all"), or under a negative
    quantifier ("nobody feels a prickle"), it is denied. None without a people subject, or when the
    discomfort falls ("feel less soreness") or is negated in the predicate."""
    felt = _felt(text)
    return felt[0] if felt else None


def _felt(text: str) -> tuple[str, str] | None:
    """(relation, the discomfort's words) for `felt_discomfort`."""
    from .polarity import _NEG_QUANT_RE, _PEOPLE_SUBJECT_RE

    text = " ".join(text.split())
    p = _PEOPLE_SUBJECT_RE.search(text)
    denied = False
    if p is None and (p := _NEG_QUANT_RE.search(text)) is not None:
        denied = True
    if p is None or re.match(r"\W*(?:if|when|whenever|although|though|while|because|since|unless|once)\b", text[:p.start("q")] or " ", re.I):
        return None
    after = re.split(r"[;:.!?]|,\s*(?:but|while|whereas|though)\b", text[p.end("q"):])[0]
    m = _PEOPLE_FEEL_RE.search(after)
    if m is None or _NEG_RE.search(after[:m.start()]) or re.search(
            r"\b(?:less|fewer|reduced|lower|smaller|milder|decreased|no|any|without)\b", after[m.start():m.end()], re.I) \
            or _FALLING_AFTER_RE.match(after, m.end()):
        return None
    if m.group("adj") is None and _BENEFIT_VERB_RE.search(after[m.start():m.start("n")]):
        return None  # "notice that it soothes the burning": the discomfort is what a verb acts on
    if m.group("adj"):
        noun = re.match(r"\s+(?!(?:and|or|but|for|after|in|on|at|with|when|from)\b)([a-z]+)\b", after[m.end():], re.I)
        adj = m.group("adj")
        # a participle before its noun names the state ("swollen ankles"); a predicate adjective, its noun
        # ("light-headed" -> light-headedness, "dizzy" -> dizziness)
        words = f"{adj} {noun.group(1)}" if noun and not adj.lower().endswith("headed") else (
            adj[:-1] + "iness" if adj.endswith("y") else adj + "ness")
    else:
        lead = after[m.end("v"):m.start("n")].split()
        lead = [w for w in lead if w.lower() not in _SUBJECT_STOP]
        tail = re.match(r"\s+(sensations?|feelings?)\b", after[m.end():], re.I)
        words = " ".join([*lead, m.group("n")] + ([tail.group(1)] if tail else []))
    if denied or _AT_MOST_RE.match(after[m.end():]):
        return "denies_harm", words.lower()
    return "harm", words.lower()


# a perception verb's complement clause saying the discomfort ends ("notice the itching fade")
_FALLING_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:fad\w*|disappear\w*|clear\w*|vanish\w*|go(?:es)?\s+away|went\s+away|"
                               r"subsid\w*|eas(?:e|es|ed|ing)|lessen\w*|stop\w*)\b", re.I)


# A yes/no question (an auxiliary first) and the short answer after it
_QUESTION_ANSWER_RE = re.compile(
    r"\W*(?P<q>(?:does|do|did|can|could|is|are|was|were|will|would|should|has|have|may|might)\s[^?]{3,}?)\?\s+"
    r"(?P<a>(?:yes|yeah|yep|no|nope|not|never|absolutely|definitely|certainly|sadly|unfortunately|hardly|barely|"
    r"scarcely|rarely|sometimes|probably|maybe|it\s+(?:does|can|will|is|doesn['’]t|can['’]t|won['’]t|isn['’]t)|"
    r"they\s+(?:do|can|will|are|don['’]t|can['’]t|won['’]t|aren['’]t))\b[^?]{0,80})$", re.I)
_NEGATIVE_ANSWER_RE = re.compile(r"\W*(?:(?:sadly|unfortunately),?\s+)?(?:no|nope|not|never|hardly|barely|scarcely|rarely|"
                                 r"absolutely\s+not|definitely\s+not|certainly\s+not|"
                                 r"(?:it|they)\s+(?:doesn['’]t|don['’]t|can['’]t|won['’]t|isn['’]t|aren['’]t))\b", re.I)


def _relation_of(text: str, *, outcome_kind: str | None = None) -> str:
    """The asserted relation of a claim sentence (one of models.RELATIONS).

    Order of precedence: an outright denial of harm ("no side effects", "painless", "without
    the jitters") is what such a sentence asserts even beside a contrast ("Unlike harsh
    chemicals, X has no side effects"); "fewer side effects" is a comparison; then a
    comparison with an active comparator (a placebo comparator is the benefit claim itself);
    then the first effect verb, negated or not."""
    body = _DISCLAIMER_RE.sub(" ", text)
    # a fronted temporal clause sets the scene ("As the scalp heals, it releases growth factors"):
    # the main clause carries the relation
    main = re.sub(r"^\W*(?:as|once|after)\s+[^,;:]{1,60},\s*", "", body, flags=re.I)
    if main != body and _effect_verbs(main) + ([1] if _MECHANISM_RE.search(main) else []):
        body = main
    if _LOWER_RISK_OF_RE.search(body) and not _COMPARISON_WORD_RE.search(body):
        return "benefit"  # "a 50% lower risk of heart disease": fewer cases of a disease is a benefit
    fewer = _FEWER_HARM_RE.search(body)
    if fewer and (_COMPARISON_WORD_RE.search(body) or re.search(
            r"\b(?:caus\w*|has|have|produc\w*|gives?|brings?|with)\s+(?:\w+\s+)?$", body[:fewer.start()], re.I)
            and not re.search(r"\bwith\s+$", body[:fewer.start()], re.I)):
        if outcome_kind != "safety" and _EQUATIVE_BEFORE_RE.search(body[:fewer.start()]):
            # "red light worked about as well as blue on acne and caused fewer side effects": of coordinated
            # predicates the first, an equative on the effect, is the claim; the harms are a second one (FRM14)
            return "equivalent"
        return "superior"  # "it causes far fewer side effects": its harms against another's
    if (barely := _BARELY_PERCEIVED_RE.search(body)) and not _NEG_RE.search(re.split(r"[,;:]", body[:barely.start()])[-1]):
        # (FRAME8) "most patients barely notice it", "I barely noticed any difference", "you will hardly feel the
        # needles": a minimiser over a verb of perception says its object is (almost) not perceived: a result not
        # perceived is no effect, a harm or sensation not perceived a denial of harm
        obj = barely.group("obj") or ""
        if re.search(r"\b(?:difference|change|improvement|results?|effects?|benefits?|progress)\b", obj, re.I) and not re.search(
                r"side[\s-]effects?", obj, re.I):
            return "no_effect"
        if re.search(rf"\b(?:{HARM_NOUNS}|{SYMPTOMS}|{_DISCOMFORT_NOUN})\b", obj, re.I) or outcome_kind == "safety" or re.match(
                r"fe", barely.group("v"), re.I):
            return "denies_harm"
    if (ceased := _STOPPED_WORKING_RE.search(body)) and not re.search(r"^\W*(?:if|when|once|until|before|after)\b|\b(?:who|that|which)\s+$",
                                                                    body[:ceased.start()], re.I):
        # (FRAME8) "a brown serum has stopped working": an effect that ceased is no effect (now); "it never stops
        # working" denies the ceasing, the effect lasts
        return "benefit" if re.search(r"\b(?:never|not)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$", body[:ceased.start()], re.I) \
            else "no_effect"
    if (warned := _WARNED_AGAINST_RE.search(body)) and not _effect_verbs(body[:warned.start()]):
        # (FRAME8) "regulators in several countries have warned against glutathione injections": a warning against
        # (or about) a treatment asserts its risk, whatever the purpose named after it; a negated or negative-subject
        # warning ("No agency has warned against it") denies it
        before = re.split(r"[,;:]", body[:warned.start()])[-1]
        return "denies_harm" if _negated(body, warned.start()) or re.search(
            r"\b(?:no|nobody|none|never|not)\b|n['’]t\b", before, re.I) else "harm"
    if (depleted := _DEPLETE_RE.search(body)) and not _effect_verbs(body[:depleted.start()]):
        # (FRAME8) "it can pull water out of your skin", "strips your skin of its natural oils": taking the body's own
        # water or oils out of it dries it, a harm (negated, a denial of it)
        return "denies_harm" if _negated(body, depleted.start()) else "harm"
    if _WITH_LESS_BURDEN_RE.match(body) and not re.search(r"\bthan\b", body, re.I):
        # (FRAME8) "[as effective as X,] with less pain and a shorter recovery", "[..., ] with fewer side effects": a
        # verbless "with" adjunct whose comparative lowers a treatment's own harm or burden has no state before the
        # treatment to be compared with; its standard is the arm the sentence compares, so it claims superiority
        return "superior"
    if (unlike := _NOT_AS_HARMFUL_RE.search(body)) and _HARM_ADJ_RE.fullmatch(unlike.group("adj")):
        # (TRAP9) "Retinol is not as harsh as tretinoin": a negated equative says its subject has less of the
        # property; of a harmful property, that puts the subject ahead on tolerability, as "fewer side effects
        # than" does (a comparison, never parity)
        return "superior"
    if fewer and re.match(r"\W*(?:fewer|less|lower|reduced|milder)\b", body, re.I):
        return "benefit"  # "- less pain when walking": a bare outcome that fell
    if fewer and re.search(r"\d\s*(?:%|percent|per\s+cent)\s+$", body[:fewer.start()], re.I) and not _effect_verbs(body) \
            and not _negated(body, fewer.start()):
        return "benefit"  # "Up to 50% less redness": a verbless amount by which a harm fell is the benefit (FRM14)
    if _no_more_problem(body) and not _COMPARISON_WORD_RE.search(body):
        return "benefit"  # "no more itchy scalp": "no more" marks a problem's end, a change, not a denial
    corr = _CORRELATIVE_RE.match(body)
    if corr:
        # (TRAP9) a correlative comparative, "the more A, the more B", asserts that B rises with A, neither of them
        # alone: B's reading is the claim, except that a harm in A makes the harm what drives or signals the effect
        # in B ("The more it stings, the harder it's working"): a claim about how it works (mechanism)
        inner = _relation_of(corr.group("b"), outcome_kind=outcome_kind)
        return "mechanism" if harm_drives_effect(body) else inner
    early = _round11_relation(body)
    if early is not None:
        return early
    if (reported := _HARM_EVENT_REPORTED_RE.search(body)) and not _negated(body, reported.start("v")) and not re.match(
            r"\W*(?:no|none|nothing|never|zero)\b", body[reported.start():], re.I):
        # "allergic reactions to the additives have been reported", "a case of blindness followed plasma injected
        # near the eyes": a harm event reported, or told as following the treatment, asserts the harm (FRM13)
        return "harm"
    if (nothing := _NOTHING_FOR_RE.search(body)) and not _negated(body, nothing.start()) and not re.match(
            r"no\b", nothing.group(0), re.I):  # (the nominal "no effect on your hormones" is read below)
        return "no_effect"  # "it did nothing for the coffee stains": no effect on them, not a denial of a harm (FRM13)
    if (quit := _QUIT_FOR_HARM_RE.search(body)) is not None:
        # "No participant stopped the study because of a side effect": stopping a treatment because of a harm reports
        # the harm (withdrawal for adverse events); a negative subject or negation denies it (FRM14)
        before = re.split(r"[,;:]|\bbut\b", body[:quit.start()])[-1]
        return "denies_harm" if re.search(r"\b(?:no|nobody|none|not|never|zero)\b|n['’]t\b|\bno[\s-]one\b", before, re.I) else "harm"
    small = _NEGATED_MINIMIZER_RE.search(body)
    if small and not _SUBORDINATE_SMALL_RE.search(body[:small.start()]):
        # litotes (TRAP8): "the regrowth is not insignificant", "its effect on pain is not negligible",
        # "the irritation is no small matter" deny that their subject is small, so they assert it: a
        # harm subject is a harm, an effect subject a benefit (any other subject is left to the rules below)
        # (the subject's first noun of either kind is its head: "the effect of X on pain" is an effect)
        subject = body[:small.start()]
        harm = re.search(rf"\b(?:{HARM_NOUNS}|{SYMPTOMS})\b", subject, re.I)
        effect = _EFFECT_SUBJECT_RE.search(subject)
        if harm and not (effect and effect.start() < harm.start()):
            return "harm"
        if effect:
            return "benefit"
    finding = _NO_FINDING_RE.match(body)
    if finding and _ADVERSE_OBJECT_RE.match(body, finding.end()):
        # "No study has ever found a single side effect from X": a negative subject over an evidential
        # or reporting verb whose object is a harm denies the harm (its object is a noun phrase; an
        # embedded "that" clause is read by the verb inside it)
        return "denies_harm"
    unfound = _NEGATED_FINDING_RE.search(body)
    if unfound and _ADVERSE_OBJECT_RE.match(body, unfound.end()) and not _in_relative_negation(body, unfound.start()):
        # "the trials didn't report side effects worth worrying about": a negated verb of finding or
        # reporting whose object is a harm denies the harm, as a negative subject over it does (above)
        return "denies_harm"
    unseen = _PASSIVE_UNFOUND_RE.search(body)
    if unseen and not _in_relative_negation(body, unseen.start()):
        # "serious side effects were not seen in the trials": the passive of a negated verb of finding or reporting
        # makes its object the subject; a harm there is denied, as "the trials did not see serious side effects" is
        subject = re.split(r"[,;:]|\b(?:and|but|while|whereas|because|although|though|which|that)\b", body[:unseen.start()],
                           flags=re.I)[-1]
        if re.search(rf"\b(?:{HARM_NOUNS}|{SYMPTOMS})\b", subject, re.I) and not _effect_verbs(subject):
            return "denies_harm"
    unsafely = re.search(r"\b(?:cannot|can['’]t|can\s+not|(?:is|are|was|were|should|could|would|do|does|did)(?:n['’]t|\s+not)|never)"
                         r"\s+(?:[\w-]+\s+){0,6}?safely\b", body, re.I)
    if unsafely and not re.search(r"[,;:]|\b(?:but|and|or|so|then|because|while|if|when|you|I|we|they)\b",
                                  unsafely.group(0)[len(unsafely.group(0).split(None, 1)[0]):], re.I):
        # "it cannot be done at home safely": negation over the manner adverb "safely" denies the safety
        return "harm"
    denied = denied_harm(body)
    if not denied and (little := _LITTLE_HARM_RE.search(body)) and not _negated(body, little.start()):
        # "little harm in trying it", "few side effects": "little"/"few" without "a" is a negative quantifier (OUT15)
        return "denies_harm"
    if not denied and (upset := _DISRUPTED_FUNCTION_RE.search(body)) and not _effect_verbs(body[:upset.start()]):
        # "can disrupt sleep": a verb of disturbance on a function of the body, as on an organ (TRAP9), is a harm (OUT15)
        return "denies_harm" if _negated(body, upset.start()) else "harm"
    if not denied and (suits := _SUITS_RE.search(body)) and not _NEG_RE.search(body[:suits.start()]) and not _effect_verbs(
            body[:suits.start()]) and comparator_of(body) is None:
        # "suit", the verb of "suitable for": tolerability for a kind of user, a denial of harm; as a later conjunct
        # after an effect verb or a comparison ("fades X, outperforms Y and suits every skin tone") the first
        # predicate stays the sentence's (OUT15)
        return "denies_harm"
    if denied and (than := re.search(r"\bthan\s", body, re.I)) and denied_harm(
            body[:than.start()] + " " + body[than.end() + len(re.split(r"[,;:]|\b(?:and|but|or|which|that|so)\b",
                                                                       body[than.end():], flags=re.I)[0]):]) is None:
        # "no better than a plain, fragrance-free emollient": a modifier inside the standard of a comparison
        # describes the standard, not the subject; it denies no harm of the subject's (OUT15)
        denied = None
    if denied and (removed := _REMOVED_NONE_RE.search(body)) and not _negated(body, removed.start()):
        # "Brushing your skin removes zero toxins": a negative quantifier on the object of a verb of removal
        # denies the removal (no effect on the problem), not that the problem is a harm of the treatment (OUT15)
        return "no_effect"
    if (hard := _HARD_ON_RE.search(body)) and not (denied and not _negated(body, hard.start())):
        # (SCOPE22) "it is hard on your kidneys": harshness on a part of the body, the converse of "gentle on", is a harm
        return "denies_harm" if _negated(body, hard.start()) else "harm"
    if not denied and (_HARM_IS_RISK_RE.search(body) or _NOT_SAFE_RE.search(body)):
        return "harm"  # "might not be safe for pregnant women", "scarring is a real risk": a risk asserted
    if not denied and _HARM_SUBJECT_DENIED_RE.search(body):
        return "denies_harm"  # "allergic reactions are impossible", "infections are extremely rare"
    privative = _PRIVATIVE_RE.search(body)
    if not denied and privative and _NEGATOR_BEFORE_RE.search(body[:privative.start()]):
        return "harm"  # "magnesium is not risk-free": two negations affirm the harm
    verbs = _effect_verbs(body)
    neutral = None if denied else _NEUTRAL_EFFECT_RE.search(body)
    if neutral and not re.match(r"affect|alter|disturb|disrupt|mess", neutral.group(0), re.I) and (
            outcome_kind == "efficacy" or re.search(r"\b(?:blood|heart\s+rate|pulse|breathing|vision)\b", neutral.group(0), re.I)):
        # the nominal "no effect on X" said of what a treatment may be taken for (a vital sign, or the
        # efficacy outcome) is no effect; on an organ or hormones it denies a harm
        neutral = None
    if neutral and _negated(body, neutral.start()):
        return "denies_harm"  # "it won't affect your heart or blood pressure"
    if neutral and _DISTURB_RE.match(neutral.group(0)) and not _effect_verbs(body[:neutral.start()]):
        return "harm"  # (TRAP9) "Magnesium can upset your stomach": a verb of disturbance on an organ is a harm
    cmp = comparator_of(body)
    pole = _negated_inferior(body, cmp[1]) if cmp is not None else None
    if pole == "denies_harm" or (pole == "equivalent" and denied and _HARM_POLE_RE.match(cmp[1] if cmp else "")):
        # "never harsher than a plain moisturiser": no more harm than nothing denies the harm; "isn't any more
        # irritating than tretinoin": parity of harms with an active arm, not a bare denial (FRAME6)
        return pole
    if cmp is not None and (INERT_ARM_RE.search(cmp[0]) or _UNTREATED_ARM_RE.match(cmp[0])) and not _ordinary_active(cmp[0]):
        cmp = None
    if cmp is not None and re.match(r"(?:the\s+|a\s+)?(?:price|cost|fee|bill|charge)s?\b", cmp[0], re.I):
        cmp = None  # "for less than the price of one visit": a price compared is no arm's effect (FRAME8)
    if denied and cmp is not None and (extra := _NO_EXTRA_RE.search(body)) and extra.start() < body.find(cmp[0]) \
            and not _negated(body, extra.start()):
        # (R2FRAME) "causes no extra pain compared with the plain procedure": no more harm than an active arm is parity
        # of the two arms' harms (equivalence), not a denial that the harm ever happens
        return "equivalent"
    parity = _parity_of_results(body, cmp)
    if parity is not None and not denied:
        return parity  # "cheaper than filler, same result", "found no difference between the two" (FRM12)
    if parity is None and not denied and (cmp is None or INERT_ARM_RE.search(cmp[0])) and (either := _EITHER_ARM_RE.search(body)) \
            and re.search(r"\b(?:is|are|was|were|remained|stayed|seemed|looked)\s+(?:[\w-]+\s+){1,3}$",
                          re.split(r"[,;:]", body[:either.start()])[-1], re.I) and not _COMPARISON_WORD_RE.search(body) and not re.search(r"\b(?:more|less|fewer|better|worse)\b", body, re.I):
        # "Complete clearance was rare either way", "... whichever arm they were in": a result the same for every arm
        # is no difference between the arms (FRM14); it qualifies a copula's predicate of frequency or level ("was rare");
        # after an effect verb ("it works either way") or fronted ("Either way, ...") it says the effect holds regardless
        return "no_effect"
    if cmp is not None and re.match(r"(?:safer|gentler|kinder|milder|better\s+tolerated)\b", cmp[1], re.I) and re.search(
            r"\b(?:and|but|yet)\s+(?:is\s+|it['’]s\s+)?(?:just|every\s+bit|equally|almost|nearly)?\s*as\s+(?:effective|good|"
            r"well|powerful|potent)\s*(?:$|[,.;:!?])", body, re.I):
        # "gentler than X and just as effective": the elided equative is the efficacy claim against the same X
        return "equivalent"
    # a denial wins unless an efficacy comparison is the sentence's main predicate
    if denied and cmp is not None and re.match(
            r"(?:safer|gentler|kinder|easier|milder)\b|more\s+(?:tolerable|gentle)\b", cmp[1], re.I):
        return "superior"  # "safer than topical minoxidil": its harms against another's, not a denial
    if denied and re.search(r"\b(?:again|any\s*more|no\s+longer)\b", body, re.I) and not re.fullmatch(
            r"(?:adverse|side)\s+effects?|harm|risks?|problems?|issues?", denied):
        return "benefit"  # "you will never get a breakout again": a problem that stops is what the treatment ends
    if no_longer_needed(body) is not None and not denied:
        return "equivalent"  # "you won't need minoxidil anymore": it does that treatment's job (TRAP8)
    if (like := _LIKE_DOES_RE.search(body)) and _negated(body, like.start()) and (denied or re.search(
            rf"\b(?:{HARM_NOUNS}|{SYMPTOMS})", re.split(r"[,;:]", body[:like.start()])[-1], re.I) or outcome_kind == "safety"):
        # "it doesn't itch like the liquid does": the elided clause says the standard has the harm the subject is
        # denied, a contrast between the two, not a bare denial (FRM14)
        return "superior"
    if denied and harmless_simile(body):
        return "denies_harm"  # "as gentle as water on the stomach": a yardstick of harmlessness, not parity
    if denied and (like := _LIKENESS_MINUS_RE.search(body)) and _treatment_likelier(like.group("y")):
        return "equivalent"  # "Think of it as retinol without the irritation": the likeness is the assertion (FRM11)
    if denied and not (cmp is not None and _EQUIV_RE.match(cmp[1]) and not _PRIVATIVE_RE.search(body)
                       and not re.search(r"\b(?:no|none\s+of|without|minus|never|free)\b", body, re.I)):
        return "denies_harm"
    if _MULTIPLE_AS_RE.search(body) or _MULTIPLE_OF_RE.search(body):
        return "superior"  # "twice as effective as X", "twice the smoothing of Y": a multiple of the comparator, not parity
    if cmp is not None:
        word = cmp[1]
        if re.search(r"\bno\s+(?:better|more)\b", body, re.I) and _BASELINE_ARM_RE.search(body):
            # "adding microneedling to light therapy did no better than light therapy by itself": against the base
            # alone the comparison is of what the addition adds, and "no better" says it adds nothing (FRM13)
            return "no_effect"
        if _NO_EFFECT_RE.search(body) and re.search(r"\bno\s+(?:better|more)", body, re.I):
            return "equivalent"
        if _EQUIV_RE.match(word):
            return "equivalent"
        if (parity := _negated_inferior(body, word)) is not None:
            return parity
        if _SUPERIOR_RE.match(word) or _INFERIOR_RE.match(word) or re.match(r"^(?:compared|in\s+comparison|versus|vs|unlike)", word, re.I):
            return "superior"
        if (cw := re.fullmatch(r"(?P<c>more\s+[a-z]+|[a-z]{3,}er)\s+than", word, re.I)) and _improvement_comparative(cw.group("c")) \
                and (_is_treatment_phrase(cmp[0]) or _PRODUCT_HEAD_RE.search(cmp[0]) or _named_treatment(cmp[0])):
            # "sink deeper than ordinary hyaluronic acid": any comparative of a wanted degree against another treatment
            # compares the two arms, superiority (the comparative's valence by `polarity._improvement_comparative`; FRAME8)
            return "superior"
    combo = _COMBINATION_RE.search(body)
    if combo and _GAIN_RE.search(body, combo.end()) and not _negated(body, combo.start()):
        return "superior"  # "Adding X to Y triples ...": the combination against Y alone
    if _SUPERLATIVE_CLAIM_RE.search(body):
        return "superior"
    if cmp is None and (choice := _BETTER_CHOICE_RE.search(body)) and not _negated(body, choice.start()) and not (
            _COST_COMPARISON_RE.match(choice.group("adj")) and not choice.group("adj2")):
        return "superior"  # "a gentler alternative", "the gentler, cheaper choice": against the other choices (OUT15)
    if (alike := _ALIKE_RESULTS_RE.search(body)) and not _negated(body, alike.start()):
        return "equivalent"  # "retinol and tretinoin gave similar results": a coordinated subject, alike results (OUT15)
    if cmp is None and (elided := _ELIDED_SUPERIOR_RE.search(body)) and not _negated(body, elided.start()):
        return "superior"
    if (gone := _PROBLEM_GONE_RE.search(body)) and not _NEG_RE.search(body[:gone.start()]):
        # (SCOPE22) a side effect with no one's possessive said to be gone ("the soreness is gone by the next morning")
        # tells the harm's course, as "settles" does; a person's own problem gone is the benefit
        return "harm" if _side_effect_course(body, gone.start("v")) == "harm" else "benefit"
    if (gone := _GONE_RE.search(body)) and not _NEG_RE.search(body[:gone.start()]) and (
            _harm_predicate(_singular(gone.group("np"))) or _PROBLEM_RE.search(gone.group("np"))):
        return "harm" if _side_effect_course(body, gone.end("np")) == "harm" else "benefit"  # (SCOPE22, as above)  # "my flakes are gone": a problem, by its own form ("flake" -> flaking), that ended
    if (lost := _EFFECT_GONE_RE.search(body)) and not _negated(body, lost.start()):
        return "no_effect"  # "four weeks after people stopped taking it, the difference was gone"
    if (back := _BACK_TO_BASELINE_RE.search(body)) and not _negated(body, back.start()) and not _SIDE_EFFECT_RE.search(body) \
            and not _HARM_NOUN_RE.search(body):
        # "your lashes drop back to normal within about three months": what the treatment changed returns to its
        # baseline, so the effect does not last (a side effect that goes back to normal is its course, excluded)
        return "no_effect"
    assoc0 = _LINK_RE.search(body)
    if assoc0 and (not verbs or assoc0.start() <= verbs[0][0]) and _ADVERSE_OBJECT_RE.match(body, assoc0.end()) \
            and _negated(body, assoc0.start()):
        # "there is no evidence linking X to acne", "no association between X and acne": a denied association
        # with a harm denies the harm (before "no evidence" is read as no effect; an affirmative one, which may
        # only describe a noun, "a hormone linked to acne", is read below)
        return "denies_harm"
    false = _FALSE_CONTENT_RE.match(body)
    if false:
        # "the claim that X regrows hair is false", "the idea that X causes scarring is nonsense": a predicate
        # of falsity over a content clause denies what the clause asserts
        inner = _relation_of(false.group("c"))
        return FLIP.get(inner, inner)
    unproven = _UNPROVEN_RE.search(body)
    if unproven and len(body[:unproven.start()].split()) >= 2:
        # "X's benefit for wrinkles is unproven", "claims that X causes Y remain unproven": a predicate of
        # missing evidence denies what its subject asserts
        inner = _relation_of(body[:unproven.start()])
        return FLIP.get(inner, "no_effect") if inner in ("benefit", "harm") else "no_effect"
    if _NO_EFFECT_RE.search(body) or _insufficient(body):
        return "no_effect"
    if _MULTIPLE_AS_RE.search(body):
        return "superior"  # "twice as well as X": a multiple of the comparator, not parity
    near = re.search(r"\b(?:barely|hardly|scarcely)\s+(?P<v>[a-z]+)", body, re.I)
    if near and (_HARM_VERB_RE.fullmatch(near.group("v")) or _harm_predicate(near.group("v"))):
        # "it barely hurts", "the serum hardly stings", "it is hardly painful": a near-negation of the harm
        return "denies_harm"
    if near and not _MECHANISM_RE.match(near.group("v")) and (
            _BENEFIT_VERB_RE.fullmatch(near.group("v")) or _NEAR_NEGATED_RE.fullmatch(near.group("v"))):
        # "antiperspirants barely touch it": a near-negation of the effect; "hardly surprising", "barely a
        # week after" negate a comment or a span, not the effect
        return "no_effect"
    if _BOTH_SAME_RE.search(body):
        return "equivalent"  # "the two gave almost the same improvement"
    caus = _causative_harm(body)
    if caus is not None and not any(v[0] < caus.start() and v[2] != "harm" and not re.search(
            r"[;:]|,?\s+but\b", body[v[1]:caus.start()]) for v in verbs):
        # "it made my skin itchy", "It will probably make you peel": a causative with a harm predicate
        # (no effect verb before it in its own clause; "It works, but it made ..." asserts the harm)
        return "denies_harm" if _negated(body, caus.start()) else "harm"
    first = verbs[0] if verbs else None
    if first is not None and first[2] == "benefit" and _unwanted_effect(body):
        # "won't make hair grow anywhere you don't want it", "do not lower blood pressure in women whose
        # blood pressure is normal": the change is marked unwanted, so it is a harm (FRM12)
        first = (first[0], first[1], "harm")
    if first is not None:
        # a negative quantifier on the object negates the verb too: "causes no bloating"
        negated = (_negated(body, first[0]) and not _in_relative_negation(body, first[0])) or bool(
            re.match(r"\s+(?:no|zero)\b", body[first[1]:], re.I))
        mech0 = _MECHANISM_RE.search(body)
        if first[2] == "harm" and not negated and mech0 and _NEUTRAL_CAUSATIVE_RE.match(body[first[0]:first[1]]) \
                and mech0.start() <= first[1] + 60:
            return "mechanism"  # "triggers a surge of feel-good chemicals", "triggers a reaction that destroys the bacteria"
        if first[2] == "harm" and not re.match(r"\s+(?:to\s+|in\s+)?(?:far\s+|much\s+)?(?:fewer|less|lower|reduced|smaller|"
                                                r"decreased|milder)\b", body[first[1]:], re.I):
            # (a causative with a falling object, "leads to fewer breakouts", is a benefit)
            return "denies_harm" if negated else "harm"
        if negated:
            return "no_effect"
    mech = _MECHANISM_RE.search(body) or _machinery_action(body)
    if mech and first is not None and mech.start() < first[0] and re.match(r"[a-z]+ing\b", mech.group(0), re.I) and re.search(
            r"(?:^|[,;:]|\bthat)\s*$", body[:mech.start()], re.I) and not _negated(body, first[0]):
        # (FRAME8) "delivering the steroid this way regrew about as much hair as injecting it": a gerund that opens its
        # clause is the subject, the way the treatment is given; the main verb after it carries the claim
        mech = _MECHANISM_RE.search(body, first[1])
    if mech and (first is None or mech.start() <= first[0]):
        return "mechanism"
    if mech and first is not None and re.fullmatch(r"help(?:s|ed|ing)?", body[first[0]:first[1]], re.I) and \
            0 <= mech.start() - first[1] <= 40 and not re.search(r"[,;:]|\b(?:and|but|so)\b", body[first[1]:mech.start()], re.I):
        return "mechanism"  # "helps the cream get in": "help" is read through its complement's verb, here delivery (FRAME8)
    if first is not None and first[2] == "benefit" and _IN_VITRO_RE.search(body) and not _ANIMAL_RE.search(body):
        # "shown to stimulate the growth of hair follicles in the laboratory": an effect found in cells or tissue
        # outside a person is evidence of how it works, not of the benefit to people (FRAME6)
        return "mechanism"
    if first is not None and _MECHANISM_OBJECT_RE.match(body[first[1]:first[1] + 60]):
        return "mechanism"  # "enhances the penetration of ...", "stimulates cell regeneration"
    assoc = _ASSOCIATION_RE.search(body)
    if first is None:
        adj = _HARM_ADJ_RE.search(body)
        if adj is not None and _ATTRIBUTIVE_BEFORE_RE.search(body[:adj.start()]) and re.match(
                r"\W*(?:[\w-]+\s+){0,2}?(?:cannot|can['’]t|can\s+not|does\s+not|doesn['’]t|do\s+not|don['’]t|won['’]t|will\s+not)\s+[a-z]+",
                body, re.I):
            # "Light cannot reach the deep, painful cysts under the skin": the harm adjective describes the object
            # (after its determiner), and the negated verb says the treatment does not act on it: no effect (FRM13)
            return "no_effect"
        if adj is not None:
            return "denies_harm" if _negated(body, adj.start()) else "harm"
        if assoc and _ADVERSE_OBJECT_RE.match(body, assoc.end()):
            return "denies_harm" if _negated(body, assoc.start()) else "harm"
        if outcome_kind == "mechanism":
            # "Petroleum jelly does not build collagen": no effect verb, a mechanism outcome, but a negated predicate
            # denies that it acts on the body's machinery at all (FRAME6)
            negator = _NEGATED_PREDICATE_RE.search(body)
            return "no_effect" if negator and not _in_relative_negation(body, negator.start()) else "mechanism"
        if outcome_kind == "safety":
            # "won't make your skin more sensitive to the sun": no effect verb, but a negated predicate
            return "denies_harm" if _NEGATED_PREDICATE_RE.search(body) else "harm"
    if assoc and (first is None or assoc.start() <= first[0]) and _ADVERSE_OBJECT_RE.match(body, assoc.end()):
        # "linked to unwanted facial hair", "associated with birth defects": an association
        # takes its polarity from its object
        return "denies_harm" if _negated(body, assoc.start()) else "harm"
    return "benefit"


_DISRUPTED_FUNCTION_RE = re.compile(r"\b(?:disturb|disrupt|upset|mess(?:es)?\s+(?:up|with)|throw(?:s|n)?\s+off|threw\s+off|ruin|"
                                    r"wreck)\w*\s+(?:your\s+|the\s+|their\s+|my\s+|his\s+|her\s+|our\s+)?(?:[\w-]+['’]s\s+)?"
                                    r"(?:[\w-]+\s+)?(?:sleep|digestion|menstrual\s+cycle|cycle|body\s+clock|circadian\s+rhythm)\b",
                                    re.I)
_LITTLE_HARM_RE = re.compile(rf"(?<!\ba\s)\b(?:little|few)\s+(?:(?:or\s+no|if\s+any|real|serious|known)\s+)?"
                             rf"(?:{HARM_NOUNS})\b(?!\s+(?:than|compared))", re.I)
_SUITS_RE = re.compile(r"\bsuit(?:s|ed\s+to)\s+(?:(?:all|every|any|most|even|the|your|many)\s+){0,2}(?:[\w-]+\s+){0,2}?"
                       r"(?:skin(?:\s+(?:types?|tones?))?|scalps?|types?|tones?|complexions?|everyone|everybody|anyone)\b", re.I)
# A comparative adjective on a noun of choice, with no "than" (OUT15): "a gentler alternative", "the gentler,
# cheaper choice", "a better option" compare the subject with the other choices
_BETTER_CHOICE_RE = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:much|far|slightly|somewhat)\s+)?(?P<adj>(?!(?:other|never|over|under|after|rather|either|"
    r"neither|further|former|latter|inner|outer|upper|lower|proper|sober|clever|tender)\b)[a-z]{3,}(?:ier|er)|better|more\s+[a-z]{4,})"
    r"(?:,?\s+(?:and\s+)?(?P<adj2>[a-z]{3,}(?:ier|er)|more\s+[a-z]{4,}))?\s+(?:alternative|option|choice|bet|substitute|"
    r"pick)s?\b(?!\s+than\b)", re.I)
# Alike results of a coordinated subject (OUT15): "retinol and tretinoin gave similar results", "the 0.1% and 0.025%
# creams gave similar improvement"
_ALIKE_RESULTS_RE = re.compile(
    r"\b(?P<x>[\w.%-]+)\s+and\s+(?:the\s+)?(?P<y>[\w.%-]+(?:\s+[\w-]+){0,2}?)\s+(?:gave|give|gives|showed|show|shows|produced|produce|"
    r"produces|had|have|achieved|achieve|yielded|yield|brought|led\s+to|reached)\s+(?:very\s+|broadly\s+|roughly\s+|"
    r"much\s+)?(?:similar|comparable|the\s+same|equal|equivalent|identical|matching)\b", re.I)


# A verb of removal or reduction whose object a negative quantifier empties ("removes zero toxins", "clears
# no spots")
_REMOVED_NONE_RE = re.compile(r"\b(?:remov\w*|clear(?:s|ed|ing)?|eliminat\w*|flush(?:es|ed|ing)?(?:\s+out)?|draw(?:s|n)?\s+out|"
                              r"drew\s+out|pull(?:s|ed)?\s+out|detox\w*|get(?:s)?\s+rid\s+of|got\s+rid\s+of|reduc\w*|lower\w*|"
                              r"kill(?:s|ed|ing)?|cur(?:e|es|ed|ing))\s+(?:zero|no|not\s+(?:a\s+single|one|any))\b", re.I)
# Sufficiency denied (OUT15): "not strong enough", "may not penetrate deeply enough": the degree falls short of
# what the effect needs, so the effect is denied; of a safety adjective ("not gentle enough") it is a harm, left
# to the harm rules
_NOT_ENOUGH_RE = re.compile(r"(?:\bnot|n['’]t|\bnever|\bcannot)\s+(?:[\w-]+\s+){0,4}?(?P<adj>[a-z]+)\s+enough\b", re.I)


def _insufficient(body: str) -> bool:
    m = _NOT_ENOUGH_RE.search(body)
    if m is None:
        return False
    if m.group("adj").lower().endswith("ly") and re.match(
            r"\s+(?:for\s+(?:an?\s+)?(?:effective|real|visible|noticeable|lasting|any|good)\s+[a-z]+|to\s+(?:work|help|make\s+"
            r"(?:a|any)\s+(?:real\s+)?difference|have\s+(?:an?|any)\s+(?:real\s+)?effect|be\s+effective|do\s+(?:any|much)\s+good))\b",
            body[m.end():], re.I) and not _SUBORDINATE_SMALL_RE.search(body[:m.start()]):
        return True  # "may not penetrate deeply enough for effective treatment": a purpose naming the effect (FRAME8)
    # (a predicate adjective after a copula: "is not strong enough"; an adverb on a mechanism verb, "may not
    # penetrate deeply enough", says how it works and stays with the mechanism rules)
    return not re.match(r"gentle|safe|mild|careful|soft|slow|sure", m.group("adj"), re.I) and not \
        _SUBORDINATE_SMALL_RE.search(body[:m.start()]) and not m.group("adj").lower().endswith("ly") and bool(re.search(
            r"\b(?:is|are|was|were|be|been|being|seems?|looks?|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|it['’]s|they['’]re)\s+"
            r"(?:\w+\s+){0,2}$", body[:m.start("adj")], re.I))


# A predicate of missing evidence over a claim subject: "is unproven", "remains unproven", "has never
# been proven", "lacks evidence"
_UNPROVEN_RE = re.compile(r"\b(?:is|are|was|were|remains?|stays?|seems?)\s+(?:still\s+|largely\s+|entirely\s+|completely\s+|"
                          r"totally\s+|scientifically\s+)?(?:unproven|unsubstantiated|untested|not\s+proven|unsupported(?:\s+by\s+"
                          r"(?:any\s+)?(?:evidence|research|science))?)\b|\b(?:has|have)\s+(?:never|not)\s+been\s+(?:proven|shown|"
                          r"demonstrated|established)\b|\blacks?\s+(?:any\s+)?(?:evidence|proof|support)\b", re.I)
# What "barely/hardly/scarcely" negates when it is the effect: a verb of effect or change, or an
# adjective of effect or perception
_NEAR_NEGATED_RE = re.compile(r"any|anything|touch(?:es|ed)?|affect(?:s|ed)?|change[sd]?|dent(?:s|ed)?|budge[sd]?|mov(?:e|es|ed)|"
                              r"register(?:s|ed)?|make[s]?|made|does|did|do|matter(?:s|ed)?|effective|noticeable|visible|"
                              r"perceptible|measurable|different|better|useful|helpful", re.I)
_FALSE_CONTENT_RE = re.compile(
    r"\W*(?:the\s+|this\s+|that\s+|any\s+)?(?:claims?|ideas?|notion|beliefs?|myths?|suggestions?|assertions?|promises?|"
    r"rumou?rs?|theory|stor(?:y|ies))\s+that\s+(?P<c>[^,;:]{6,}?)\s+(?:is|are|was|were)\s+(?:simply\s+|just\s+|completely\s+|"
    r"totally\s+|utterly\s+|plainly\s+)?(?:false|untrue|wrong|nonsense|a\s+myth|baseless|unfounded|misleading|bogus|"
    r"debunked|incorrect|a\s+lie|fiction)\b", re.I)
# "not safe", "might not be safe", "isn't always safe", "unsafe" ("not safe to say" is an idiom); any adjective that
# denies a harm, negated, affirms it (R2FRAME: "not gentle enough for everyone", "isn't mild enough for sensitive skin":
# the degree falls short for some people, a harm for them, never a denial)
_NOT_SAFE_RE = re.compile(r"\b(?:not|never|isn['’]t|aren['’]t|wasn['’]t|un)\s*(?:be\s+|been\s+|always\s+|entirely\s+|"
                          r"completely\s+|necessarily\s+|totally\s+|100%\s+|that\s+|quite\s+)?(?:safe\b(?!\s+to\s+(?:say|assume|bet))|"
                          r"(?:gentle|mild|harmless|well[\s-]tolerated|tolerable)\b(?=\s+enough\b|\s*(?:[,.;:!?]|$)|"
                          r"\s+(?:for|on|to)\s))", re.I)
# A harm the sentence says is a real risk: "scarring is a real risk with at-home rollers"
_HARM_IS_RISK_RE = re.compile(rf"\b(?:{HARM_NOUNS}|{SYMPTOMS})\s+(?:is|are|remains?)\s+(?:a|an)\s+(?:very\s+)?(?:real|serious|"
                              rf"known|common|possible|potential|genuine|major|frequent|significant)\s+(?:risk|danger|concern|"
                              rf"side[\s-]effect|complication|problem)s?\b", re.I)
# A neutral verb of effect on an organ or vital sign: denied, it denies a harm ("won't affect your heart or
# blood pressure"). The organs are a closed anatomical class, not a topic list.
_NEUTRAL_EFFECT_RE = re.compile(
    r"\b(?:affect(?:s|ed|ing)?|alter(?:s|ed|ing)?|disturb(?:s|ed|ing)?|disrupt(?:s|ed|ing)?|mess(?:es)?\s+with|"
    # the other verbs of disturbance ("couldn't possibly upset your thyroid", "won't throw off your hormones"; TRAP9)
    r"upset(?:s|ting)?|throw(?:s|n)?\s+off|threw\s+off|unsettl(?:e|es|ed|ing)|"
    # the nominal form: "(no) effect on your hormones", "(no) impact on the liver"
    r"(?:effects?|impact|influence)\s+(?:at\s+all\s+|whatsoever\s+)?on)\s+"
    r"(?:your\s+|the\s+|their\s+|my\s+|his\s+|her\s+|our\s+)?(?:[\w-]+['’]s\s+)?(?P<organ>heart|heart\s+rate|pulse|blood\s+(?:pressure|sugar)|liver|"
    r"kidneys?|lungs?|brain|hormones?|thyroid|fertility|stomach|gut|bones?|eyes?|vision|breathing)\b", re.I)
# the verbs of disturbance among them: affirmed, a harm to the organ; negated, its denial
_DISTURB_RE = re.compile(r"disturb|disrupt|mess|upset|throw|threw|unsettl", re.I)
# An effect said not to last is no lasting effect: "the difference was gone", "the benefits wore off"
# (a side effect going away is the course of a harm, read elsewhere)
_EFFECT_GONE_RE = re.compile(
    r"(?<!side\s)(?<!side-)\b(?:difference|effects?|benefits?|results?|improvements?|gains?)\s+(?:[a-z]+ly\s+|soon\s+)?"
    r"(?:(?:is|are|was|were|had|has|have)\s+(?:all\s+|completely\s+|largely\s+|mostly\s+)?(?:gone|disappeared|vanished|"
    r"worn\s+off|faded)|disappear(?:s|ed)?|vanish(?:es|ed)?|wore\s+off|wears?\s+off|fad(?:e|es|ed))\b"  # ("Results fade": SCOPE22)
    # intransitive: "fades hyperpigmentation" (after a lead-in "Key benefits") is a benefit verb with its object
    r"(?!\s+(?!(?:after|within|once|when|if|unless|in|over|by|away|again|quickly|soon|completely|entirely)\b)[a-z])", re.I)
# A causative ("make", "made") whose complement is a harm predicate: "made my skin itchy and flaky",
# "make you peel", "won't make your skin more sensitive"
_BACK_TO_BASELINE_RE = re.compile(
    r"\b(?:drop(?:s|ped)?|go(?:es)?|went|gone|return(?:s|ed)?|revert(?:s|ed)?|f[ae]ll(?:s)?|slip(?:s|ped)?|shrink(?:s)?|shrank)\s+"
    r"(?:right\s+|straight\s+|slowly\s+)?back\s+to\s+(?:normal|baseline|(?:how|where|what)\s+(?:they|it)\s+(?:was|were))\b", re.I)
# a determiner and up to two modifiers right before a word: the word is attributive, inside a noun phrase
_ATTRIBUTIVE_BEFORE_RE = re.compile(r"\b(?:the|a|an|this|these|those|its|their|your|my|our|his|her)\s+(?:[\w-]+,?\s+){0,2}$", re.I)
# A harm event as the subject of a verb of reporting or of temporal sequence (FRM13)
_HARM_EVENT_REPORTED_RE = re.compile(
    rf"\b(?:{HARM_NOUNS}|reactions?|cases?\s+of\s+[\w-]+|blindness)\b[^.;:!?]{{0,60}}?\b(?P<v>(?:has|have|had)\s+been\s+"
    r"(?:reported|described|documented|observed|seen|recorded)|followed|came\s+after|developed\s+after)\b", re.I)
_CAUSATIVE_RE = re.compile(
    r"\b(?:make|makes|made|making)\s+(?:you|it|them|him|her|me|us|(?:my|your|his|her|their|our|the|some)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:feel|look|go|get|turn)\s+)?(?:(?:more|very|so|really|slightly|a\s+bit|"
    r"a\s+little|quite|too|extra|extremely)\s+)*(?P<p>[a-z]+)\b", re.I)
_CAUSATIVE_BY_LENGTH = [re.compile(_CAUSATIVE_RE.pattern.replace(r"(?:[\w-]+\s+){0,2}?", rf"(?:[\w-]+\s+){{{k}}}"), re.I)
                        for k in range(3)]


def _harm_predicate(word: str) -> bool:
    """Is an adjective or verb a harm, by its own form or the noun derived from it ("itchy", "flaky" ->
    flaking, "peel" -> peeling, "red" -> redness, "sensitive" -> sensitivity)?"""
    w = word.lower()
    forms = {w, w + "ing", w + "ness"}
    if w.endswith("y"):
        forms |= {w[:-1] + "ing", w[:-1]}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w[:-1] + "ity"}
    return bool(_HARM_ADJ_RE.fullmatch(w)) or any(_HARM_NOUN_RE.fullmatch(f) or _SIDE_EFFECT_RE.fullmatch(f)
                                                   for f in forms)


def _causative_harm(body: str) -> re.Match[str] | None:
    # the object may be a compound noun ("make the light stage more painful"): the predicate follows the whole
    # noun phrase, so each causative is tried at every object length, not only the shortest (FRM14)
    for start in re.finditer(r"\b(?:make|makes|made|making)\b", body, re.I):
        m = next((m for rx in _CAUSATIVE_BY_LENGTH if (m := rx.match(body, start.start())) and _harm_predicate(m.group("p"))), None)
        if m is not None:
            return m
    return None


# "no more" before a problem, with no "than", is aspectual: the problem has stopped ("no more itchy scalp")
_NO_MORE_RE = re.compile(r"\W*(?:(?:and|now|so)\s+)?no\s+more\s+(?P<np>[a-z][\w\s-]{0,40}?)\s*(?:$|[,.;:!?])", re.I)


# (R2FRAME) A negative quantifier over an increment ("no extra pain", "no additional irritation", "no more redness than
# plain moisturiser") compares the harm with going without it (the comparator or the untreated state): the harm is not
# said never to happen, only not to be greater (a comparison of amounts, equivalence on the harm), so it is no universal
_NO_EXTRA_RE = re.compile(r"(?:caus(?:e|es|ed|ing)\s+)?no\s+(?:extra|additional|added|further|increased|more)\s+(?!than\b)"
                          r"(?:[\w-]+\s+){0,2}?(?:" + HARM_NOUNS + r"|" + SYMPTOMS + r")\b", re.I)


def _no_more_problem(body: str) -> bool:
    # at the start of the unit, or closing it after a lead-in ("after twelve weeks no more itchy scalp")
    m = _NO_MORE_RE.match(body) or re.search(r"(?<=\s)no\s+more\s+(?P<np>[a-z][\w\s-]{0,40}?)\s*[.!]?$", body, re.I)
    return bool(m and (_PROBLEM_RE.search(m.group("np")) or any(_harm_predicate(w) for w in m.group("np").split())))


_NEGATED_PREDICATE_RE = re.compile(r"\b(?:won['’]t|will\s+not|doesn['’]t|does\s+not|do\s+not|don['’]t|never|cannot|"
                                   r"can['’]t|isn['’]t|aren['’]t)\b", re.I)
# A harm as the subject of a predicate that denies or minimises its occurrence
_HARM_SUBJECT_DENIED_RE = re.compile(
    rf"\b(?:{HARM_NOUNS}|reactions?)\s+(?:[\w-]+\s+){{0,3}}?(?:is|are|was|were|remain|remains|remained)\s+"
    rf"(?:(?:mild|minor|temporary|brief)\s+and\s+)?(?:(?:extremely|very|quite|"
    rf"exceedingly|vanishingly|virtually|practically|almost)\s+)?(?:impossible|unheard\s+of|rare|uncommon|unusual|"
    rf"unlikely|non[\s-]?existent|negligible|minimal|(?:barely|hardly|scarcely)\s+(?:noticeable|visible|perceptible|there))\b",
    re.I)
# Association proper (a link, not a cause): the passive ("linked to"), the active verb with its object
# between ("no study has linked X to Y", "evidence linking X to Y") and the noun ("no link between X and Y")
_LINK = (r"\b(?:linked|tied|connected|associated|correlated)\s+(?:to|with)\s+|"
         r"\b(?:link(?:s|ed|ing)?|tie[sd]?|tying|connect(?:s|ed|ing)?|associat(?:e|es|ed|ing))\s+(?:[\w-]+\s+){1,4}?(?:to|with)\s+|"
         r"\b(?:link|connection|association|relationship|correlation)s?\s+(?:between\s+(?:[\w-]+\s+){1,4}?and|to|with)\s+")
_LINK_RE = re.compile(_LINK, re.I)
_ASSOCIATION_RE = re.compile(_LINK + r"|"
                             r"\b(?:lead(?:s|ing)?|led|contribut\w+)\s+to\s+|\bresult(?:s|ed|ing)?\s+in\s+|"
                             r"\b(?:trigger\w*|provok\w*|bring(?:s|ing)?\s+on|brought\s+on)\s+", re.I)
# An object marked as adverse: by an evaluative adjective ("unwanted hair"), a harm noun, or the
# word-endings of disorders ("-itis", "-osis", "-emia", "-oma")
_ADVERSE_OBJECT_RE = re.compile(
    rf"\s*(?!(?:far\s+|much\s+)?(?:fewer|less|lower|reduced|smaller|decreased|milder)\b)"
    rf"(?:(?:a|an|the|some|more|higher|greater|increased|serious|severe|rare|an\s+increased\s+risk\s+of)\s+)*"
    # (a coordinated modifier, "liver and kidney problems", FRAME8)
    rf"(?:(?:[\w-]+\s+(?:and|or)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{HARM_NOUNS}|defects?|disorders?|diseases?|cancers?|tumou?rs?|deaths?|"
    rf"[a-z]+(?:itis|osis|emia|aemia|oma|pathy)|{SYMPTOMS})\b|(?:unwanted|unwelcome|undesired|undesirable|excess(?:ive)?|"
    rf"abnormal|harmful|dangerous|toxic)\s)", re.I)


# Objects that make an effect verb a claim about how it works: delivery and tissue processes.
_MULTIPLE_AS_RE = re.compile(r"\b(?:twice|thrice|(?:\d+|two|three|four|five|ten)\s+times)\s+as\s+(?:[\w-]+\s+){1,3}?as\b", re.I)
# An elided comparative of how a treatment performs ("in women they may even work better", "The
# serum worked faster"), and a multiple of the results another treatment gives ("doubles the results
# you would get from minoxidil alone", "boosts the results of PRP"): superiority over an unnamed
# or earlier-named comparator. "my skin is better" is a change, not a comparison.
_ELIDED_SUPERIOR_RE = re.compile(
    r"\b(?:work|works|worked|working|perform(?:s|ed)?|act(?:s|ed)?)\s+(?:even\s+|much\s+|far\s+|a\s+lot\s+|slightly\s+)?"
    r"(?:better|faster|quicker|more\s+quickly)\b(?!\s+(?:than|when|if|on|for|in|with)\b)"
    # winning is coming first in a comparison (FRM11): "For crepey texture, the plasma wins"
    r"|\b(?:wins|win)\b(?=\s*(?:$|[,.;:!?]|\s+(?:hands\s+down|here|again|every\s+time|easily|outright|out)\b))"
    # (FRAME23) a place at the head of a ranking is winning it: "Laser came out ahead for scar depth", "the ranking put
    # PRP top", "ranked first for regrowth" (the rivals are the ranking's other entries, or an "above X" after it)
    r"|\b(?:came|comes|come|finish(?:es|ed)?)\s+(?:out\s+)?(?:ahead|on\s+top|top)\b(?!\s+of\b)"
    r"|\b(?:rank(?:s|ed)?|rate[sd])\s+(?:(?!(?:on|in|at|to|of|the\s+top)\b)[\w'’-]+\s+){0,3}?(?:top|first|highest)\b"
    r"|\b(?:put(?:s|ting)?|place[sd])\s+(?:(?!(?:on|in|at|to|of)\b)[\w'’-]+\s+){0,3}?(?:top|highest)\b"
    r"(?!\s+(?:of|layer|coat|up)\b)"
    # the results of a named treatment ("the results of PRP", "the results you would get from minoxidil
    # alone"); "quadruples your results" names no comparator to judge
    r"|\b(?:doubl|tripl|quadrupl|boost|enhanc|multipl|amplif)\w*\s+(?:the\s+|your\s+)?results\s+(?:of\s+[A-Za-z]|"
    r"[^.;:]{0,40}?\b(?:alone|by\s+itself|on\s+its\s+own)\b)", re.I)
# A problem said to be gone is a benefit: "my knee pain is gone", "the scars have disappeared"
_PROBLEM_GONE_RE = re.compile(
    rf"\b(?:{HARM_NOUNS}|acne|scars?|spots?|wrinkles?|\w+(?:itis|osis))\s+(?P<v>(?:is|are|was|were|has|have|had)\s+"
    rf"(?:all\s+|completely\s+|totally\s+|basically\s+|just\s+)?(?:gone|disappeared|vanished|cleared(?:\s+up)?)|"
    # (SCOPE22) and the simple past of a verb of ending ("My back pain disappeared within two weeks")
    rf"(?:(?:completely|totally|simply|just)\s+)?(?:disappeared|vanished|went\s+away))\b", re.I)
_GONE_RE = re.compile(r"\b(?:my|your|the|their|his|her|our)\s+(?P<np>[a-z]+)\s+(?:is|are|was|were|has|have|had)\s+"
                      r"(?:all\s+|completely\s+|totally\s+|basically\s+|just\s+|now\s+)?(?:gone|disappeared|vanished)\b", re.I)
_BOTH_SAME_RE = re.compile(r"\b(?:the\s+two|both)\b[^.;:]{0,40}?\b(?:(?:almost|nearly|about|roughly|much)\s+)?"
                           r"(?:the\s+same|similar|comparable|equal)\b", re.I)
_MECHANISM_OBJECT_RE = re.compile(
    r"\s*(?:the\s+|your\s+|skin['’]s\s+|natural\s+)*(?:\w+\s+){0,2}?(?:penetration|absorption|uptake|delivery|"
    r"bioavailability|permeability|(?:collagen|elastin)(?:\s+(?:and\s+elastin\s+)?(?:production|synthesis|"
    r"formation|proliferation))?|(?:cell|tissue)\s+(?:regeneration|renewal|turnover)|regeneration|healing\s+"
    r"(?:process|response|pathways?)|remodel\w*|blood\s+flow|circulation|fibroblasts?|growth\s+factors?|"
    # cells and tissue processes (-genesis, -lysis), and acting on a cause (microorganisms,
    # "the X that causes Y") rather than on the outcome people feel
    r"(?:[\w-]+\s+)?cells|(?:[\w-]+\s+)?genes|\w+(?:genesis|lysis)|bacteri(?:a|um)|germs|microbes|yeasts?|fung(?:i|us)|viruse?s?|mites|"
    r"parasites|pathogens|[\w-]+\s+(?:that|which)\s+(?:cause|causes|drive|drives|trigger|triggers))\b", re.I)
# verbs of ending that double as benefit verbs ("fades scars", "clears acne"), and what follows such a verb used
# without an object: a time or manner adverbial, or the clause's end
_FADING_RE = re.compile(r"fad(?:e|es|ed|ing)|clear(?:s|ed|ing)?|eas(?:e|es|ed|ing)|calm(?:s|ed|ing)?|lessen\w*|"
                        r"diminish\w*|shrink\w*", re.I)
# (SCOPE22: this name was rebound further down, by the unaccusative reading's own pattern, so the course-of-harm rule
# in `_effect_verbs` never saw a particle, "clear up within a week"; it now reads both)
_ENDING_INTRANSITIVE_RE = re.compile(
    r"(?:\s+(?:away|down|off|up))?(?:\s*(?:$|[,.;:!?)])|\s+(?:within|in|after|by|over|quickly|fast|soon|completely|entirely|"
    r"naturally|on\s+(?:its|their)\s+own|overnight|and|but|once|as|until|later)\b)(?!\s*(?:faster|quicker|sooner|more\s+quickly))",
    re.I)
# A negated equative ("not as harsh as Y", "isn't nearly as irritating on the skin as Y"): less of the property
_NOT_AS_HARMFUL_RE = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:(?:nearly|quite|anywhere\s+near|half|remotely|at\s+all)\s+)?as\s+"
                                r"(?P<adj>[a-z]+)\s+(?:(?:on|to|for)\s+(?:[\w-]+\s+){1,3}?)?as\s+(?!(?:it|they|you|I|we|"
                                r"before|usual|expected|advertised|claimed|people|some|many|others?|you['’]d|I['’]d)\b)", re.I)
_HARM_ADJ_RE = re.compile(r"\b(?:painful|harmful|risky|dangerous|toxic|unsafe|irritating|damaging|carcinogenic|"
                          r"harsh|addictive|contraindicated)\b", re.I)


# --- round 11 (FRM11): real-copy styles ------------------------------------------------------

# A label naming harms ("Common side effects:", "Risks include:") makes what follows it a harm, whatever
# words the item uses ("extra hair growth on the face", "swollen ankles"): the label, not the item, says
# which side of the treatment the item is on.
_HARM_LABEL_RE = re.compile(
    r"^\W*(?:the\s+)?(?:(?:most|more|less|very|other|common|commonest|rare|rarer|serious|possible|potential|main|known|"
    r"reported|usual|typical|frequent|mild|temporary)\s+)*(?:side[\s-]?effects?|adverse\s+(?:effects?|events?|reactions?)|"
    r"risks|downsides|drawbacks|complications|cons|dangers|warning\s+signs)(?P<colon>\s*(?:include|are|can\s+include|"
    r"may\s+include)?\s*:)?\s+(?P<item>\S.*)$", re.I)
# A minimiser before a felt sensation with no verb ("Barely a tingle", "hardly a sting") denies the
# sensation: the bodily sensations are a closed class of English nouns of feeling, beside the harm nouns
_SENSATION = r"tingle|tingling|twinge|pinch|prick|sting|ache|itch|burn|tickle|sensation|scratch|nip|pang|throb|zap"
_MINIMISED_RE = re.compile(rf"\b(?:barely|hardly|scarcely)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?P<n>{_SENSATION}|{HARM_NOUNS}|"
                           rf"{SYMPTOMS})\b(?!\s+(?:of|in|on)\b\s+(?:difference|change|improvement))", re.I)
# The body's own tissue and vessels, a closed anatomical class: a destructive or obstructive verb acting on
# them ("kill the skin around it", "block a blood vessel", "clog your pores") is an injury, not a benefit
# (acting on microbes, enzymes, fat or hair follicles is mechanism or efficacy, read elsewhere)
_TISSUE = (r"skin|tissues?|(?:blood\s+)?vessels?|arter(?:y|ies)|veins?|capillar(?:y|ies)|nerves?|pores|liver|kidneys?|"
           r"heart|eyes?|retina|lungs?|brain|cartilage|muscles?|bones?")
_INJURE_TISSUE_RE = re.compile(rf"(?:kill\w*|destroy\w*|block(?:s|ed|ing)?|clog\w*|ruptur\w*|tear(?:s|ing)?|tore|"
                               rf"puncture\w*|starv\w*)\s+(?:the\s+|a\s+|an\s+|your\s+|my\s+|their\s+|some\s+)?"
                               rf"(?:[\w-]+\s+)?(?:{_TISSUE})\b(?!\s+cells)", re.I)
# "Unlike X, Y never <verb> your N": a treatment said, against a named other, not to act on the
# reader's own body denies that the other's action happens to it, a drawback (an efficacy verb is
# a comparison, read by `comparator_of`)
_UNLIKE_NEGATED_ACT_RE = re.compile(
    r"\b(?:never|not|(?:do|does|did|wo|ca|is|are)n['’]t)\s+(?:\w+ly\s+)?(?P<v>[a-z]+)\s+(?:(?:up|out|down|over|off)\s+)?"
    r"(?:your|my|their|his|her|our|people['’]s)\s+[a-z]", re.I)
# A likeness whose predicate noun carries a privative ("think of it as retinol without the irritation", "it
# is like a peel minus the downtime"): the subject is Y minus Y's drawback, so the main assertion is parity
# with Y; a privative set off by a comma ("everything retinol does, minus the redness") is its own assertion
_LIKENESS_MINUS_RE = re.compile(
    r"\b(?:as|like|is|it['’]s)\s+(?P<y>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:without|minus)\s+(?:the|its|any|all\s+the)\b", re.I)
# A multiple of another's quantity ("twice the wrinkle smoothing of a plain patch", "three times the
# brightness of either alone") compares arms, as "twice as ... as" does; doses and prices measure no result
# A multiplication sign after a number before a comparative ("2x fuller lips", "3× more hair"): a fold
_TIMES_SIGN_RE = re.compile(r"\b\d+(?:[.,]\d+)?\s?[x×](?=\s+(?:more|fewer|less|the|[a-z]{3,}er)\b)", re.I)
_MULTIPLE_OF_RE = re.compile(r"\b(?:twice|double|triple|thrice|(?:\d+|two|three|four|five|ten)\s+times)\s+the\s+"
                             r"(?!(?:dose|amount|price|cost|time|number)\b)(?:[\w-]+\s+){1,3}?of\b", re.I)
# Leaving something behind in the body as a possibility ("they can leave hard lumps", "may leave a
# scar"): what a treatment leaves behind is a residue, an unwanted result (a resultative with the
# body as object, "leaves your skin soft", is read elsewhere)
_LEFT_WITH_HARM_RE = re.compile(rf"\b(?:be|been|being|is|are|was|were|get|gets|got|gotten|end(?:s|ed)?\s+up|['’]re|['’]s)\s+"
                                rf"(?:\w+ly\s+)?(?P<v>left)\s+with\s+(?:[\w-]+\s+){{0,3}}?(?:{HARM_NOUNS}|{SYMPTOMS}|marks?|"
                                rf"patches|lumps|bumps|dents?|holes?|pits?|stains?)\b", re.I)
_LEAVE_BEHIND_RE = re.compile(
    r"\b(?:can|could|may|might|sometimes|often|also)\s+(?:also\s+|sometimes\s+)?leave\s+(?:behind\s+)?"
    r"(?:a\s+|an\s+|some\s+|small\s+|tiny\s+)?(?!(?:you|your|my|the|it|them|us|him|her|their|his|our|skin|hair|"
    r"on|off|in|for|out|to|with|a|an|some)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s*(?:$|[,.;:!?)]|\s+(?:behind|under|in|on|that|"
    r"which|where|after|at)\b))", re.I)


# A correlative comparative: "The more it stings, the harder it works", "the longer you use it, the better the results"
_CORRELATIVE_RE = re.compile(r"^\W*the\s+(?:more|less|fewer|longer|[a-z]{3,}er)\b(?P<a>[^,;:]{1,80}?),?\s+the\s+"
                             r"(?P<b>(?:more|less|fewer|[a-z]{3,}er)\b.{2,})$", re.I)


def correlative_comparative(text: str) -> bool:
    """Does the clause open with a correlative comparative ("the more often you X, the more Y")?"""
    return _CORRELATIVE_RE.match(" ".join(text.split())) is not None


def harm_drives_effect(text: str) -> bool:
    """A correlative comparative whose first term is a harm and whose second is the effect ("The more your
    tretinoin stings, the harder it's working on your wrinkles", TRAP9): the claim is that the effect rises with
    the harm, which records of the effect alone, or of the harm alone, do not test."""
    corr = _CORRELATIVE_RE.match(" ".join(text.split()))
    if corr is None:
        return False
    cause, effect = corr.group("a"), corr.group("b")
    harm = any(v[2] == "harm" for v in _effect_verbs(cause)) or bool(re.search(
        rf"\b(?:{HARM_NOUNS}|{SYMPTOMS}|(?:{_SENSATION})(?:s|es|d|ed|ing)?)\b", cause, re.I))
    return harm and _relation_of(effect) in ("benefit", "mechanism", "superior")


# A specificational copula (OUT15): a determiner and a specifying modifier (a superlative, "main", "only",
# "common") pick out one member of the harms, and the copula's complement names it ("The most common side
# effect is unwanted hair growth", "The main risk is infection"): a noun phrase, never a predicate adjective
# (generic "Side effects are rare" describes the harms; "the only side effects are mild" is read elsewhere)
_NAMED_HARM_RE = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:the|a|an|one|its|their|his|her|your)\s+(?:(?:most|more|very|other|single)\s+)?"
    r"(?:common|commonest|main|only|biggest|usual|typical|chief|worst|frequent|likeliest|known|reported|notable|obvious|"
    r"first|major|key|real|serious|one)\s+(?:[\w-]+\s+)?(?:side[\s-]?effects?|adverse\s+(?:effects?|events?|reactions?)|risks?|"
    r"downsides?|drawbacks?|complications?|dangers?|problems?|complaints?)\s+(?:(?:of|from|with|for)\s+[^,;:.]{1,40}?\s+)?"
    r"(?:is|was|are|were|remains|remained|tends\s+to\s+be|seems\s+to\s+be|include|includes|included)\s+"
    r"(?:usually\s+|generally\s+|typically\s+|often\s+|probably\s+|simply\s+|just\s+)?"
    r"(?!(?:not|no|none|nothing|never|that|to|how|when|if|whether|what)\b)(?P<np>[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)(?=\s*(?:$|[,;:.!?(]|\s(?:on|in|at|after|for|from|with|"
    r"when|if|which|that|and\s+(?:it|they|this)|but|because|while|among)\b))", re.I)
# a list of harms the label names: "Common side effects include headaches, dizziness and daytime sleepiness"
_HARMS_INCLUDE_RE = re.compile(
    r"^\W*(?:the\s+)?(?:(?:most|more|very|other|common|commonest|rare|rarer|serious|possible|potential|main|known|"
    r"reported|usual|typical|frequent|mild|temporary)\s+)*(?:side[\s-]?effects?|adverse\s+(?:effects?|events?|reactions?)|"
    r"risks|complications)\s+(?:(?:can|may|might)\s+)?(?:include|includes|included)\s+"
    r"(?P<np>[a-z][\w'’-]*(?:(?:,\s*|\s+(?:and|or)\s+|\s+)[\w'’-]+){0,7})", re.I)


# A specificational copula the other way round (OUTC2): the harm first, "the commonest side effect" after
_HARM_NAMED_FIRST_RE = re.compile(
    r"(?:^|[:;,]\s*)(?:(?:a|an|the|some)\s+)?(?:(?:little|bit\s+of|few|mild|slight)\s+)?(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,7}?)"
    r"\s+(?:is|was|are|were)\s+(?:the|its|their)\s+(?:most\s+(?:common|frequent|likely)|commonest|main|usual|chief|likeliest|"
    r"biggest|only)\s+(?:side[\s-]?effects?|adverse\s+(?:effects?|events?|reactions?)|complaints?)\b", re.I)


def harm_named_first(text: str) -> str:
    """The harm a reversed specificational copula names ("a little extra hair on the face or arms is the
    commonest side effect" -> "extra hair"), or ""."""
    m = _HARM_NAMED_FIRST_RE.search(" ".join(text.split()))
    if m is None or _NEG_RE.search(m.group("np")):
        return ""
    np = re.split(r"\s+(?:in|on|at|after|for|from|with|when|if|which|that|but|because|while|among|around|near)\b",
                  m.group("np"), flags=re.I)[0]
    np = _trim_np(np.split())
    return np if np and not _is_pronoun(np) and _is_noun_phrase(np) else ""


def named_harm(text: str) -> str | None:
    """The harm a specificational copula or an "include" list names ("The most common side effect is
    unwanted hair growth" -> "unwanted hair growth"), or None."""
    text = " ".join(text.split())
    m = _NAMED_HARM_RE.match(text) or _HARMS_INCLUDE_RE.match(text)
    if m is None or _NEG_RE.search(m.group("np")):
        return None
    np = re.split(r"\s+(?:in|on|at|after|for|from|with|when|if|which|that|but|because|while|among)\b",
                  m.group("np"), flags=re.I)[0].lower()
    if set(re.findall(r"[a-z'’-]+", np)) <= _HARM_DEGREE_WORDS:
        return None  # "are mild and temporary": a predicate adjective describes the harms, names none
    return np


# how frequent, severe or lasting harms are: predicate adjectives (and their degree words), never a harm's name
_HARM_DEGREE_WORDS = frozenset("""rare rarely uncommon unusual minimal negligible mild minor low small slight few very quite
extremely fairly usually generally typically often temporary short-lived transient brief manageable reversible tolerable
and or but mostly only just""".split())


def _round11_relation(body: str) -> str | None:
    """Relations of real-copy styles (FRM11), each a general rule of English: a harm label over a list
    item, a minimised sensation, a negated act on the reader's body after "Unlike X"."""
    if (_NAMED_HARM_RE.match(body) or re.match(r"[^,;:]*?\binclud(?:e|es|ed)\b", body, re.I)) and named_harm(body):
        return "harm"  # "The most common side effect is unwanted hair growth", "Side effects include X" (OUT15)
    label = _HARM_LABEL_RE.match(body)
    if label and not label.group("colon") and (set(re.findall(r"[a-z]+", label.group("item").lower())) & (
            _AUX_WORDS | {"include", "includes", "included", "including"}) or re.match(
            r"(?:of|and|or|than|from|with|for|to|in|on|at|that|which|like|such)\b", label.group("item"), re.I)
            or _effect_verbs(label.group("item"))):
        # a lead-in passed without its colon ("Common side effects" + "swollen ankles or feet") labels only
        # a verbless item; "Side effects are rare" is a sentence about its subject
        label = None
    if label and not _HARM_LABEL_RE.match(label.group("item")):
        item = label.group("item")
        if re.match(r"\W*(?:none|no|nothing|never|not)\b", item, re.I):
            return "denies_harm"  # "Side effects: none reported"
        if not _NEG_RE.search(item):
            return "harm"
    if (mini := _MINIMISED_RE.search(body)) and (not _effect_verbs(body[:mini.start()]) or re.match(
            r"\W*(?:does|do|did|is|are|will|can|would)\s+(?:it|they|this|that)\b", body, re.I)):
        # "Barely a tingle": a minimiser denies the sensation it quantifies, also as the answer to a yes/no
        # question before it (a table's row head: "Does it hurt" | "Barely a tingle")
        return "denies_harm"
    unlike = _UNLIKE_RE.match(body)
    if unlike:
        act = _UNLIKE_NEGATED_ACT_RE.search(body, unlike.end())
        if act and not _BENEFIT_VERB_RE.fullmatch(act.group("v")) and not _MECHANISM_RE.fullmatch(act.group("v")) \
                and act.group("v").lower() not in _AUX_WORDS | {"need", "needs", "require", "requires", "cost", "costs"}:
            return "denies_harm"  # "Unlike Botox, DotLift never freezes your expressions"
    return None


# --- comparison ----------------------------------------------------------------------------


# A negative quantifier over the rivals of a comparison (TRAP8): "Nothing works better than X", "No other
# serum hydrates better than X", "None of the alternatives comes close to X" make X the best
NOTHING_BETTER_RE = re.compile(
    # (the quantified rivals are things of the treatment's kind, a closed class of generic heads; "No study
    # shows X works better than Y" or "No wonder it works better than Y" quantify over nothing of the kind)
    r"\W*(?:(?:and|but|honestly|frankly|really)\W+)?(?:nothing(?:\s+else)?|no\s+other\s+[a-z-]+(?:\s+[a-z-]+)?|"
    r"none\s+of\s+(?:the\s+)?(?:other\s+)?[a-z-]+|no\s+(?:single\s+)?(?:[a-z-]+\s+)?(?:treatment|product|cream|serum|supplement|"
    r"remedy|drug|medication|medicine|therapy|oil|ingredient|device|procedure|pill|gadget|option)s?)\s+"
    r"(?:(?!(?:that|shows?|showed|found|finds|proves?|proved|says?|said|knows?|whether|if)\b)[\w'’-]+\s+){0,6}?"
    r"(?:(?:better|more\s+[a-z-]+|[a-z]{3,}er)\s+than|comes?\s+close\s+to|beats?|rivals?|matches)\s+"
    r"(?P<y>[^,.;:!?()]{2,60})", re.I)


# A negated need for a treatment (TRAP8): "you won't need minoxidil anymore", "no need for a laser", "you'll never
# need retinol again" say another treatment replaces it. Only a treatment (the learned phrase model, or a product
# head noun) is replaced: "you won't need a prescription" spares no rival.
_NO_NEED_RE = re.compile(
    r"\b(?:(?:won['’]t|will\s+not|wo\s*n['’]t|don['’]t|do\s+not|no\s+longer|never)\s+(?:ever\s+)?need\s+"
    r"(?:to\s+(?:use|take|buy|apply)\s+)?|(?:there['’]s|there\s+is)?\s*no\s+(?:more\s+)?need\s+for\s+)"
    r"(?:(?:a|an|the|your|any|a\s+(?=second|third))\s+)?(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s*(?:any\s*more\b|again\b|$|[,.;:!?]|(?:once|when|if|because|after|with|for|now)\b))", re.I)
# the treatment the reader takes up instead ("once you start X", "with X", "after switching to X")
_USED_TREATMENT_RE = re.compile(
    r"\b(?:start(?:ing|ed)?|us(?:e|ing|ed)|tr(?:y|ying|ied)|switch(?:ing|ed)?\s+to|tak(?:e|ing)|add(?:ing|ed)?|with)\s+"
    r"(?:(?:using|taking|applying|adding)\s+)?(?:(?:a|an|the|this|our|your)\s+)?(?P<y>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s*(?:[,.;:!?]|$|and\b|you\b))",
    re.I)


def no_longer_needed(text: str) -> re.Match[str] | None:
    """The "won't need X" match whose X is a treatment, or None."""
    m = _NO_NEED_RE.search(text)
    if m is None or _is_pronoun(m.group("x")):
        return None
    # ("another appointment", "a second session": more of the same treatment, no rival)
    if re.match(r"(?:another|second|third|extra|more|further|other)\b", m.group("x"), re.I):
        return None
    return m if _is_treatment_phrase(m.group("x")) else None


# Litotes on a minimiser (TRAP8): a negated word of smallness or unimportance predicated of its subject
_NEGATED_MINIMIZER_RE = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|seems?|remains?)\s+(?:\w+ly\s+)?(?:not|by\s+no\s+means|far\s+from)|"
    r"(?:is|are|was|were)n['’]t)\s+(?:at\s+all\s+|exactly\s+)?(?:negligible|insignificant|trivial|minor|minimal|marginal|"
    r"tiny|small|slight|unimportant|inconsequential|meaningless|nothing)\b"
    r"|\b(?:is|are|was|were)\s+no\s+(?:small|minor|trivial|little)\s+(?:matter|thing|feat|deal|effect|problem|issue|"
    r"benefit|improvement|change|difference)\b", re.I)
_SUBORDINATE_SMALL_RE = re.compile(r"\b(?:if|whether|unless|although|though)\b", re.I)
_EFFECT_SUBJECT_RE = re.compile(r"\b(?:effects?|benefits?|results?|improvements?|gains?|differences?|changes?|impact|"
                                r"regrowth|growth|reduction|response|progress|payoff)\b", re.I)


# A simile of harmlessness (TRAP8): "as safe as a daily vitamin", "as gentle as water on the stomach".
# An equative whose adjective denies harm measures the treatment against a yardstick of that
# quality; unless the yardstick is an inactive control ("as safe as placebo", a tolerability
# comparison trials make), it claims the yardstick's harmlessness: a denial of any harm, absolute.
_HARMLESS_SIMILE_RE = re.compile(
    r"\bas\s+(?:safe|gentle|harmless|mild|kind|soothing|innocuous|benign)\s+(?:(?:on|to|for)\s+(?:the\s+|your\s+)?"
    r"[\w-]+\s+)?as\s+(?P<std>[^,.;:!?]{2,60})", re.I)


# (R2FRAME) Which way a comparison of harms points. A comparative of an adjective that denies a harm ("gentler",
# "kinder", "milder", "safer", "less irritating", "better tolerated") or a lowered harm quantity ("fewer side effects")
# says the subject has FEWER harms than the standard; a comparative of an adjective of harm ("harsher", "riskier", "more
# irritating") or a raised harm quantity says MORE. A negated comparative ("no gentler than", "not safer") is neither.
_HARM_FEWER_CMP_RE = re.compile(
    r"\b(?:safer|gentler|kinder|milder|softer|better[\s-]tolerated|more\s+(?:tolerable|gentle|tolerated)|less\s+(?:irritating|"
    r"harsh|painful|risky|harmful|invasive|drying|aggressive|toxic|damaging|itchy|uncomfortable)|"
    rf"(?:fewer|less|lower|reduced|milder)\s+(?:[\w-]+\s+){{0,2}}?(?:{HARM_NOUNS}|{SYMPTOMS}))\b", re.I)
_HARM_MORE_CMP_RE = re.compile(
    r"\b(?:harsher|riskier|rougher|more\s+(?:irritating|painful|harsh|harmful|risky|invasive|drying|aggressive|toxic|damaging|"
    rf"itchy|uncomfortable)|(?:more|higher|greater|increased|worse)\s+(?:[\w-]+\s+){{0,2}}?(?:{HARM_NOUNS}|{SYMPTOMS}))\b", re.I)


def harm_comparison_direction(text: str) -> str | None:
    """"fewer" when a comparison of harms says the subject has fewer harms than its standard ("It is gentler than
    prescription lash serums", "causes less irritation than retinol"), "more" when it says more ("harsher than", "more
    irritating than"), None when it says neither, both, or negates the comparative ("no gentler than")."""
    text = _plain(text)
    fewer = [m for m in _HARM_FEWER_CMP_RE.finditer(text) if not _negated(text, m.start())]
    more = [m for m in _HARM_MORE_CMP_RE.finditer(text) if not _negated(text, m.start())
            and not re.search(r"\bno\s+$", text[:m.start()], re.I)]
    if bool(fewer) == bool(more):
        return None
    return "fewer" if fewer else "more"


def harmless_simile(text: str) -> re.Match[str] | None:
    """The "as safe/gentle as Y" simile whose yardstick Y is no inactive control, not negated
    ("not as gentle as Y" compares arms), or None."""
    m = _HARMLESS_SIMILE_RE.search(text)
    if m is None or INERT_ARM_RE.match(m.group("std").strip()) or re.search(
            r"(?:\bnot|\bnever|n['’]t)\s+(?:quite\s+|nearly\s+|always\s+|exactly\s+)?$", text[:m.start()], re.I):
        return None
    return m


def _treatment_likelier(phrase: str) -> bool:
    """Is a phrase the construction already places as a treatment likelier one than an outcome?"""
    from .phrases import treatment_probability

    return treatment_probability(phrase) >= 0.5


def _named_treatment(phrase: str) -> bool:
    """Is a phrase a treatment by name: one the name table renames ("retinol", "botox") or the phrase model is sure of?"""
    bare = re.sub(r"^(?:the|a|an)\s+", "", " ".join(phrase.lower().split()))
    return normalise_name(bare).lower() not in (bare, bare.rstrip("s"), bare + "s") or _is_treatment_phrase(phrase)


def _is_treatment_phrase(phrase: str) -> bool:
    from .phrases import treatment_probability

    return treatment_probability(phrase) >= 0.8


# Heads that name a treatment whatever it is ("prescription pills", "steroid creams"): after an effect
# verb's object, "as well as" + such a noun compares ("calms anxiety as well as prescription pills")
_PRODUCT_HEAD_RE = re.compile(r"\b(?:pills?|drugs?|medications?|medicines?|tablets?|capsules?|creams?|injections?|"
                              r"prescriptions?|treatments?|therap(?:y|ies)|serums?|shampoos?|supplements?|ointments?|"
                              r"lotions?|gels?|antidepressants?|painkillers?)$", re.I)


# A strength before a noun names a product ("5% minoxidil solution", "10 mg melatonin"; REL5): after "as well as" it is
# the other arm of a comparison, never an added item (FRAME8)
_STRENGTH_NAMED_RE = re.compile(r"(?:the\s+)?\d+(?:[.,]\d+)?\s?(?:%|percent|per\s+cent|mg|mcg|g|iu)\s+[a-z]", re.I)


def comparator_of(text: str) -> tuple[str, str] | None:
    """(comparator phrase, comparing words) for "better than X", "as effective as X", "rivals X",
    "compared with X", "vs X"; None when the "than" compares a number ("more than 50%")."""
    for m in _COMPARE_RE.finditer(text):
        verb = " ".join(m.group("verb").split()).lower()
        arm = _ARM_FIGURE_RE.match(m.group("cmp")) if re.match(r"compared|in\s+comparison|versus|vs|than", verb.split()[-1]
                                                                 if verb.endswith("than") else verb) else None
        if arm and not _PRONOUN_RE.match(arm.group("x")):
            # "85% responded to X, compared with 45% on minoxidil alone": the figure is the other arm's, the
            # arm is named after it
            return " ".join(_CMP_STOP_RE.sub("", arm.group("x")).split()), verb
        cmp = _CMP_STOP_RE.sub("", m.group("cmp")).strip()
        if re.fullmatch(r"the\s+\d+(?:[.,]\d+)?\s?%", cmp, re.I) and not verb.startswith(("as ", "just as")):
            # "did better than the 2%": a definite article makes the bare strength a noun phrase, the product at that
            # strength (an elided head), not a bound on a number (FRAME6)
            return cmp[4:].strip(), verb
        if not re.match(r"^(?:a\s+|the\s+)?\d+(?:[.,]\d+)?\s?(?:%|percent\b|mg\b|g\b)\s*(?:strength|version|formula|dose|"
                        r"concentration|one|solution|cream|foam|gel|serum|lotion|spray|tablet|pill|capsule)s?$", cmp, re.I):
            # "2% minoxidil" is minoxidil; "the 2% strength" is named only by its strength
            if re.match(r"^(?:a\s+|the\s+)?\d+(?:[.,]\d+)?\s?(?:%|percent\b)\s*(?:of|in|for)\b", cmp, re.I):
                continue  # "more than 50% of users": a bound on a number
            cmp = re.sub(r"^(?:a\s+|the\s+)?\d+(?:[.,]\d+)?\s?(?:%|percent\b|mg\b|g\b)\s*", "", cmp, flags=re.I)
            if re.match(r"(?:had|has|have|was|were|is|are|saw|got|did|showed|reported|noticed|said)\b", cmp, re.I):
                continue  # "fewer than 60% had lighter spots": a bound on a share, its verb follows
        # "faster than with an ice bath", "than on the placebo": the preposition marks the arm, which it names (FRAME4)
        cmp = re.sub(r"^(?:with|on|from|after)\s+(?=(?:the|a|an|its|their|your)\s+|[a-z]{3,}\s+alone\b)", "", cmp, flags=re.I)
        # "than those who took a placebo": the comparison group is named by what it took
        cmp = re.sub(r"^(?:those|people|patients|participants|women|men|the\s+(?:group|ones|others))\s+(?:who\s+)?"
                     r"(?:took|take|taking|used|using|got|getting|given|received|receiving|had|on)\s+(?:a\s+|an\s+|the\s+)?",
                     "", cmp, flags=re.I)
        cmp = re.sub(r"^(?:the|a|an|that\s+of|those\s+of|traditional|conventional|regular|standard|other|"
                     r"using|taking|popular)\s+", lambda x: "" if x.group(0).lower().startswith(("the", "a ", "an ", "that", "those", "using", "taking")) else x.group(0), cmp, flags=re.I).strip()
        if re.match(r"as\s+(?:little|few|much|many|long|early|soon|high|low|fast|quickly|often|short|far)\s+as$", verb) and not (
                re.search(r"\b(?:twice|thrice|times|half|nearly|almost|just|about|every\s+bit)\s+$", text[:m.start()], re.I)
                and not re.match(rf"(?:{_NUM})\b|\d", cmp, re.I)):
            continue  # "in as little as a month": a bound on a number; "twice as fast as retinol" compares arms
        strength_named = re.match(r"^\d+(?:[.,]\d+)?\s?(?:%|percent\b|mg\b|g\b)\s*(?:strength|version|formula|dose|"
                                  r"concentration|one|solution|cream|foam|gel|serum|lotion|spray|tablet|pill|capsule)s?$", cmp, re.I)  # "the 2% strength"
        # "a 30-minute run": a number in a compound adjective modifies the comparator's noun
        compound = re.match(r"^\d+(?:[.,]\d+)?-[a-z]+\s+[a-z]", cmp, re.I)
        if re.match(r"^(?:(?:a|one|several|many|a\s+few)\s+)?(?:hundreds?|thousands?|dozens?|millions?|billions?)(?![\w-])", cmp, re.I):
            continue  # "more than a thousand people": a bound on a count
        quantified = re.match(r"(?:most|many|all|some|several)\s+(?!of\b)(?P<n>[a-z][\w\s-]*)$", cmp, re.I)
        if quantified and (_is_treatment_phrase(quantified.group("n")) or _PRODUCT_HEAD_RE.search(quantified.group("n"))):
            cmp = quantified.group("n")  # "far more than most plant oils": the kind its quantifier ranges over (FRAME6)
        if not cmp or (re.match(rf"^(?:{_NUM})\b|^\d", cmp, re.I) and not strength_named and not compound) or re.match(
                r"^(?:at\s+(?:the\s+)?(?:start|beginning|outset|baseline)|baseline|when\s+I\s+started|ever|before|usual|expected|"
                                                                                r"normal|you|it|they|we|I|one|that|this|"
                                                                                r"needed|necessary|possible|most|others?|"
                                                                                r"\w+ly)\b", cmp, re.I):
            continue
        evaluative = (re.search(r"\b(?:works?|worked|performs?|performed|does|did|helps?|helped|acts?)\s+(?:\w+ly\s+|just\s+|"
                                r"about\s+|almost\s+|nearly\s+)?$|"
                                # additive "as well as" takes no degree modifier: "about as well as X" compares
                                # ("at least as well as X" bounds a degree from below: a comparison, SCOPE22)
                                r"\b(?:about|almost|nearly|roughly|every\s+bit|fully|quite|at\s+least)\s+$", text[:m.start()], re.I)
                      if verb == "as well as" else
                      re.search(r"\b(?:better|more|superior|prefer\w*|choose|advantage|effective|works)\b", text[:m.start()], re.I))
        if verb in ("like", "over", "rather than", "instead of", "as well as") and not evaluative \
                and not (verb == "as well as" and (_is_treatment_phrase(cmp) or _STRENGTH_NAMED_RE.match(m.group("cmp")) or (
                    _PRODUCT_HEAD_RE.search(cmp) and _BENEFIT_VERB_RE.search(re.split(r"[,;:]", text[:m.start()])[-1])
                    # a verb phrase coordinated after it ("... as well as pills and helps you sleep") leaves
                    # open which conjuncts are compared: no comparison is claimed
                    and not re.search(r"\s(?:and|or)\s+(?:also\s+)?[a-z]+s\b", m.group("cmp"), re.I)))):
            # "like" lists examples, "over time" is time; only with an evaluative word. "as well as"
            # adds ("redness as well as swelling") unless what follows is another treatment
            # ("regrows hair as well as minoxidil"), read by the learned phrase model, or it follows
            # the verb it compares ("works as well as X"; not "works for X as well as Y")
            continue
        if verb == "over" and re.match(r"^(?:time|the\s+(?:years|course|counter|past)|\d)", cmp, re.I):
            continue
        words = cmp.split()
        if len(words) > 6:
            cmp = " ".join(words[:6])
        return cmp, verb
    attributive = _attributive_comparative(text)
    if attributive is not None:
        return attributive  # "a brighter glow than a light peel" (FRM12)
    if (same_as := _SAME_AS_RE.search(text)) is not None:
        x = re.sub(r"^(?:the|a|an)\s+", "", _CMP_STOP_RE.sub("", same_as.group("x")).strip(), flags=re.I)
        if x and not _PRONOUN_RE.match(x) and x.split()[0].lower() not in _PERSONAL | _SUBJECT_STOP:
            return " ".join(x.split()[:6]), "same as"
    if (same_n := _SAME_NOUN_AS_RE.search(text)) is not None and same_n.group("n").lower() not in _SAME_NOUN_NOT_RESULT \
            and not _negated(text, same_n.start()):
        x = re.sub(r"^(?:the|a|an)\s+", "", _CMP_STOP_RE.sub("", same_n.group("x")).strip(), flags=re.I)
        if x and not _PRONOUN_RE.match(x) and x.split()[0].lower() not in _PERSONAL | _SUBJECT_STOP | _TIME_WORDS \
                and not re.match(r"\d|(?:ever|before|usual|expected|normal)\b", x, re.I):
            return " ".join(x.split()[:6]), "same as"  # "the same glow as a peel": the peel (FRAME7)
    if (think := _THINK_OF_AS_RE.search(text)) is not None and _named_treatment(think.group("y")):
        return " ".join(think.group("y").split()), "same as"  # "Think of it as retinol": a likeness asserted (FRAME7)
    same = _EQUATIVE_FREE_RE.search(text)
    named = (same.group("x") or same.group("z") or same.group("w")) if same else ""
    if same and not _PRONOUN_RE.match(named) and named.split()[0].lower() not in _PERSONAL | _SUBJECT_STOP:
        # "gives you everything retinol does", "retinol-like results": equivalence with what is named
        return " ".join(named.split()), "same as"
    if (pref := _PREFERRED_TO_RE.search(text)) is not None and not _PRONOUN_RE.match(pref.group("y")):
        # (FRAME9) "patients prefer needling to laser": a verb of preference ranks what follows "to"/"over" below
        return " ".join(_CMP_STOP_RE.sub("", pref.group("y")).split()[:6]), "prefer to"
    return None


_PREFERRED_TO_RE = re.compile(r"\bprefer(?:s|red|ring)?\s+(?:[\w-]+\s+){1,4}?(?:to|over)\s+(?P<y>(?!(?:use|try|have|get|be|do|go|"
                              r"wait|keep|stay|take|see|make|avoid|stop|start)\b)[\w-]+(?:\s+[\w-]+){0,4})", re.I)


# --- relation, round 12 (FRM12): comparison, parity, unwanted change, the body's machinery ---

# A comparative adjective before its noun ("gives a brighter glow than a light peel", "thicker hair than
# before"): the noun's property compared with the standard after "than". Words ending in -er that are no
# comparatives are a closed set of function words.
_ATTRIBUTIVE_CMP_RE = re.compile(
    r"\b(?P<adj>[a-z]{2,}(?:ier|er))\s+(?P<n>[a-z]{3,})\s+than\s+(?P<cmp>(?:[^,.;:!?()]|(?<=\d)[.,](?=\d)){2,60})")
_NOT_COMPARATIVE = frozenset("""never ever however whatever whenever wherever other another over under after rather
either neither whether per together further""".split())
# Parity of results: "same result(s)", "the same improvement", "no difference between the two", "found no difference"
_SAME_RESULT_RE = re.compile(
    r"\b(?:the\s+)?same\s+(?:[\w-]+\s+)?(?:results?|effects?|outcomes?|benefits?|improvements?|gains?|job)\b|"
    r"\b(?:found|find|finds|showed|shows|saw|see|reported|report)\s+no\s+(?:real\s+|significant\s+|clear\s+)?difference\b|"
    r"\bno\s+(?:real\s+|significant\s+|clear\s+)?difference\s+between\b", re.I)
# A comparison of price or effort, not of the outcome: "cheaper than filler", "less expensive than"
_COST_COMPARISON_RE = re.compile(r"^(?:cheaper|pricier|costlier|easier|quicker|more\s+(?:expensive|affordable|convenient)|"
                                 r"less\s+(?:expensive|costly))\b", re.I)
# A change marked unwanted by the sentence itself: "anywhere you don't want it", or made to a value it calls
# normal ("in women whose blood pressure is normal", "with normal blood pressure")
_UNWANTED_RE = re.compile(
    r"\b(?:anywhere|where|wherever)\s+(?:you|they|we|she|he|I)\s+(?:do\s+not|don['’]t|does\s+not|doesn['’]t)\s+want\b|"
    r"\bwhose\s+(?:[\w-]+\s+){1,3}(?:is|are|was|were)\s+(?:already\s+)?normal\b|"
    r"\bwith\s+(?:already\s+)?normal\s+(?:[\w-]+\s+)?(?:pressure|levels?|rate|function)\b", re.I)
# The body's machinery acted on (FRM6/FRM12): carrying a substance past or into a barrier ("carry hyaluronic acid
# past the surface", "shoots the gel into the lip"), taking off layers of cells, moving follicles into a phase
_MACHINERY_RE = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)|push\w*|driv(?:e|es|ing)|drove|shoot(?:s|ing)?|shot|ferr(?:y|ies|ied)|transport\w*|"
    r"draw(?:s|ing)?|pull(?:s|ed|ing)?)\s+(?:[\w-]+\s+){1,4}?(?:(?:past|through|beneath|below|under)\s+(?:the\s+|your\s+)?"
    r"(?:[\w-]+\s+)?(?:surface|skin|barrier|dermis|epidermis|layers?)|(?:deep\s+|deeper\s+|straight\s+)?into\s+(?:the\s+|your\s+)?"
    r"(?:[\w-]+\s+)?(?:skin|lips?|dermis|epidermis|bloodstream|tissue|follicles?|scalp|layers?))\b|"
    r"\b(?:takes?|took|taking|strips?|stripp\w*|lifts?|sheds?|sloughs?|buffs?)\s+(?:off|away)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"layers?\s+of\s+(?:[\w-]+\s+)?cells\b|"
    r"\b(?:follicles?|cells)\s+(?:back\s+)?into\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}?phase\b", re.I)


def _attributive_comparative(text: str) -> tuple[str, str] | None:
    """(standard, "<adjective> than") for a comparative adjective before its noun ("a brighter glow than a light
    peel"); None for the -er function words ("other products than") or a number after "than"."""
    for m in _ATTRIBUTIVE_CMP_RE.finditer(text):
        if m.group("adj").lower() in _NOT_COMPARATIVE or m.group("n").lower() in _NOT_COMPARATIVE:
            continue
        cmp = _CMP_STOP_RE.sub("", m.group("cmp")).strip()
        cmp = re.sub(r"^(?:the|a|an)\s+", "", cmp, flags=re.I)
        if not cmp or re.match(rf"^(?:{_NUM})\b|^\d|^(?:ever|before|usual|expected|normal|you|it|they|we|I|one|that|this)\b",
                               cmp, re.I):
            continue
        return " ".join(cmp.split()[:6]), f"{m.group('adj').lower()} than"
    return None


# The standard of "the same result" named by a relative clause of getting ("the same result you would get from a
# CO2 laser"): the other arm of the parity (FRM13)
_SAME_FROM_RE = re.compile(r"\s+(?:that\s+)?(?:you|one|we|they|people|patients)\s+(?:would\s+|could\s+|['’]d\s+|can\s+|will\s+|"
                           r"might\s+)?(?:get|see|achieve|expect)\s+(?:from|with)\b", re.I)
# "the same job as a collagen supplement", "the same result you would get from a CO2 laser": the standard of parity
_SAME_AS_RE = re.compile(r"\bsame\s+(?:[\w-]+\s+){0,2}?(?:results?|effects?|outcomes?|benefits?|improvements?|gains?|job)"
                         r"(?:\s+as|" + _SAME_FROM_RE.pattern + r")\s+(?P<x>[^,.;:!?()]{2,60})", re.I)
# "gives the same glow as a peel": "the same N as Y" as the object of a verb of yielding is an equative of results
# whatever property N names, Y its standard (FRAME7) ("works on the same pathways as Y" shares a mechanism, no result);
# a noun of time, place or manner ("the same day as", "the same way as") compares no results, and "as" + a clause
# ("the same glow as you get from ...") is handled by the relative of getting above
_SAME_NOUN_AS_RE = re.compile(r"\b(?:gives?|gave|giving|delivers?|delivered|provides?|provided|offers?|offered|produces?|produced|"
                              r"gets?|got|sees?|saw|achieves?|achieved|brings?|brought)\s+(?:you\s+|your\s+[\w-]+\s+)?the\s+same\s+(?:[\w-]+\s+){0,1}?(?P<n>[a-z][\w-]{2,})\s+as\s+(?P<x>[^,.;:!?()]{2,60})", re.I)
# "Think of it as retinol", "think of this serum as a gentler retinol": the speaker's likeness between the subject and
# another treatment (with "without X" after it, FRM11's likeness minus X), parity with it
_THINK_OF_AS_RE = re.compile(r"\bthink\s+of\s+(?:it|this|them|these|that|(?:this|the|your)\s+[\w-]+)\s+as\s+(?:a\s+|an\s+)?"
                             r"(?:gentler\s+|milder\s+|natural\s+|plant\s+|kinder\s+|softer\s+|cheaper\s+)?"
                             r"(?P<y>[A-Za-z][\w-]*(?:\s+(?!(?:without|minus|for|but|and|with|in|on|that|which)\b)[A-Za-z][\w-]*)?)", re.I)
_SAME_NOUN_NOT_RESULT = frozenset("""day days time times week weeks month months year years hour hours minute minutes night
morning evening session visit age way ways place spot area size dose amount price cost rate level brand company
thing things one ones kind sort type""".split())


def _parity_of_results(body: str, cmp: tuple[str, str] | None) -> str | None:
    """ "equivalent" when the sentence says two arms gave the same result ("same result", "found no difference
    between the two"), beside at most a comparison of price or effort ("cheaper than filler, same result");
    "no_effect" when the other arm is an inactive control; None otherwise or under a negation."""
    same = _SAME_RESULT_RE.search(body)
    if same is None or (not re.search(r"\bno\b", same.group(0), re.I) and _negated(body, same.start())):
        return None  # "not the same result" denies parity
    if cmp is not None and not (_EQUIV_RE.match(cmp[1]) or _COST_COMPARISON_RE.match(cmp[1])):
        return None  # "better results than X and the same ...": an efficacy comparison decides
    if cmp is None and not re.search(r"\b(?:between|both|the\s+two|either|compar\w*)\b", body, re.I) and not re.match(
            r"\s+as\b", body[same.end():], re.I) and not _SAME_FROM_RE.match(body, same.end()) and not re.search(
            # a setting or price set against the usual one names the other arm by contrast: "the same result at home"
            # (not in the clinic), "..., for less than the price of one visit" (FRAME8)
            r"^\s*(?:,\s*)?(?:at\s+home|in\s+your\s+own\s+home)\b|\bfor\s+(?:far\s+|much\s+)?(?:less|a\s+fraction)\b",
            body[same.end():], re.I):
        return None  # "the same results every time": parity needs a second arm
    return "no_effect" if INERT_ARM_RE.search(body) else "equivalent"


def _unwanted_effect(body: str) -> bool:
    """Does the sentence mark the change it names as unwanted ("anywhere you don't want it", "in women whose
    blood pressure is normal")? Then the change is a harm, whatever the verb."""
    return bool(_UNWANTED_RE.search(body))


def _machinery_action(body: str) -> re.Match[str] | None:
    """The body's machinery acted on: carrying a substance past a barrier, taking off layers of cells, moving
    follicles into a phase of their cycle: how a treatment works, not an outcome people feel (FRM12)."""
    return _MACHINERY_RE.search(body)


# A figure of the other arm after "compared with" / "than", the arm named after it: "compared with 45% on
# minoxidil alone", "versus 30% with the placebo cream"
_ARM_FIGURE_RE = re.compile(r"\s*(?:about\s+|only\s+|just\s+|around\s+)?\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)\s+"
                            r"(?:(?:of\s+)?(?:those|people|patients|women|men|users)\s+)?(?:with|on|using|taking|given|after)\s+"
                            r"(?:the\s+|a\s+)?(?P<x>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})", re.I)
# Equatives without "as ... as": a free relative of what another treatment does ("everything retinol does",
# "all the benefits of retinol") and the suffix "-like" on a result noun ("retinol-like results")
_EQUATIVE_FREE_RE = re.compile(
    r"\b(?:everything|all\s+(?:that\s+)?|whatever)\s+(?P<x>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+"
    r"(?:does|did|can\s+do|offers|gives(?:\s+you)?|delivers)\b(?!\s+(?:not|n['’]t))"
    r"|\b(?P<z>[A-Za-z][a-z]{2,})-like\s+(?:results?|effects?|benefits?|performance|efficacy|outcomes?|power)\b"
    # "It does what retinol does": the verb "do" over a free relative of what another agent does (FRAME7)
    r"|\b(?:does|do|did|can\s+do)\s+(?:exactly\s+|just\s+|basically\s+|pretty\s+much\s+)?(?:what|everything|all)\s+"
    r"(?P<w>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+(?:does|did|can(?:\s+do)?)\b(?!\s+(?:not|n['’]t))",
    re.I)


# --- magnitude and time --------------------------------------------------------------------

_CHANGE_NOUN_AFTER_RE = re.compile(r"\s*[a-z][\w-]*\s+(?:boost|increase|rise|surge|spike|jump|drop|reduction|decrease|"
                                   r"decline|loss|gain|improvement)\b(?=\s*(?:$|[,.;:!?)]|(?:that|which|in|of|for|after|"
                                   r"within|over|from|with|at|by|on|and|or)\b))", re.I)
_FRACTIONS = {"half": 50.0, "third": 33.0, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0, "two thirds": 67.0,
              "three quarters": 75.0}
_FRACTION_OF_PEOPLE_RE = re.compile(
    r"\b(?:a|one)\s+(?P<f>half|third|quarter|fifth|tenth)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:people|persons|patients|users|participants|women|men|subjects|volunteers|adults|children|customers|clients|"
    r"respondents|testers|readers)\b|\b(?P<f2>two\s+thirds|three\s+quarters)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:people|patients|users|participants|women|men|subjects|volunteers|adults|customers|clients)\b", re.I)
_PCT_RE = re.compile(r"(?P<n>\d+(?:[.,]\d+)?)\s?(?:%|percent\b|per\s+cent\b)", re.I)
_FOLD_RE = re.compile(
    rf"\b(?P<n>{_NUM}|twice|double|triple|quadruple)[\s-]?(?:fold|times)\b(?:\s+(?:more|higher|greater|faster|better|"
    rf"as|stronger|the))?|\b(?P<verb>doubl\w*|tripl\w*|quadrupl\w*|twice\s+as)\b", re.I)
_CHANGE_AFTER_RE = re.compile(r"^\s*(?:more|less|fewer|higher|lower|greater|better|faster|stronger|increase|"
                              r"decrease|reduction|improvement|drop|rise|gain|boost|decline|cut|loss|"
                              r"increased|reduced|improved|smaller|bigger|thicker|thinner|firmer|"
                              r"brighter|absorption|penetration|reduction)\b", re.I)
_CHANGE_BEFORE_RE = re.compile(r"\b(?:by|reduc\w*|increas\w*|improv\w*|boost\w*|cut\w*|lower\w*|rais\w*|"
                               r"decreas\w*|drop\w*|grow\w*|gain\w*|fad\w*|shrink\w*|enhanc\w*|more|less|"
                               r"penetrat\w*|absorb\w*|deliver\w*)\s+(?:\w+\s+){0,4}(?:(?:up\s+to|as\s+much\s+as|"
                               r"nearly|almost|about|around|over|more\s+than|at\s+least)\s+)?$", re.I)
_PEOPLE_RE = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:\w+\s+){0,2}(?:people|patients|users|participants|women|men|"
                        r"subjects|volunteers|adults|children|those|respondents|testers|customers|cases|"
                        r"individuals))|^\s*(?:of\s+)?(?:people|patients|users|participants|women|men|subjects|"
                        r"customers|respondents)\b", re.I)
_IN_PEOPLE_BEFORE_RE = re.compile(r"\b(?:in|for|among)\s+(?:up\s+to\s+|about\s+|over\s+|nearly\s+)?$", re.I)
_MAX_RE = re.compile(r"\b(?:up\s+to|as\s+much\s+as|as\s+many\s+as|a\s+maximum\s+of|no\s+more\s+than|"
                     r"at\s+most|as\s+high\s+as)\s+(?:\w+\s+){0,1}$", re.I)
_MIN_RE = re.compile(r"\b(?:at\s+least|more\s+than|over|upwards\s+of|a\s+minimum\s+of|no\s+less\s+than|"
                     r"in\s+excess\s+of|as\s+little\s+as)\s+(?:\w+\s+){0,1}$", re.I)
_DURATION_RE = re.compile(
    rf"\b(?:last(?:s|ed|ing)?|persist\w*|stay\w*|remain\w*|keep\w*|maintain\w*|endur\w*|effects?\s+for|"
    rf"results?\s+for)\s+(?:for\s+)?(?:(?P<bound>up\s+to|at\s+least|about|around|over|as\s+long\s+as|more\s+than)\s+)?"
    rf"(?P<n>{_NUM})\s+(?P<unit>{TIME_UNIT})s?\b", re.I)
# How long a harm or a recovery takes is a duration too: a verb of resolution with "within N
# units" ("redness subsides within 3 hours") or "takes N units ... to heal / disappear".
_RESOLVE_RE = re.compile(
    rf"\b(?:subsid\w*|disappear\w*|fad(?:e|es|ed|ing)(?:\s+away)?|resolv\w*|clear(?:s|ed)?\s+up|go(?:es)?\s+away|"
    rf"settl\w*\s+down|wears?\s+off|heal\w*|recover\w*|calm\w*\s+down)\s+(?:with)?in\s+"
    rf"(?:(?P<bound>up\s+to|about|around|roughly|a\s+maximum\s+of)\s+)?(?P<n>{_NUM})\s+"
    rf"(?P<unit>{TIME_UNIT})s?\b"
    rf"|\btak(?:es?|ing|en)\s+(?:(?P<bound2>up\s+to|about|around|at\s+least|roughly)\s+)?(?P<n2>{_NUM})\s+"
    rf"(?P<unit2>{TIME_UNIT})s?\s+(?:for\s+[^.;]{{0,60}}?\s+)?to\s+(?:\w+\s+){{0,2}}?"
    rf"(?:recover|heal|disappear|subside|resolve|fade|settle|clear|calm)", re.I)


def _duration(text: str) -> tuple[float, str, str] | None:
    """(value, unit, bound) of how long an effect, a harm or a recovery lasts; None without one."""
    dm = _DURATION_RE.search(text)
    if dm:
        n, unit, b = dm.group("n"), dm.group("unit"), (dm.group("bound") or "").lower()
    else:
        rm = _RESOLVE_RE.search(text)
        if rm is None:
            return None
        n, unit = (rm.group("n"), rm.group("unit")) if rm.group("n") else (rm.group("n2"), rm.group("unit2"))
        b = (rm.group("bound") or rm.group("bound2") or "").lower()
    value = _num(n)
    if value is None:
        return None
    bound = "max" if b.startswith(("up", "as long", "a max")) else "min" if b.startswith(("at", "over", "more")) else "typical"
    return value, unit.lower() + "s", bound


_ONE_SESSION_RE = re.compile(r"\b(?:(?:after|from|in|with|following)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:very\s+)?"
                             r"(?:first|one|a\s+single|1)|a\s+single|one\s+single)\s+(?:session|treatment|visit)\b", re.I)
# The first or n-th occasion of use, whatever the claim calls it, after a possessive or "the" ("after your very first
# use", "from your very first plunge", "by the second session"): a count of sessions; a unit of time ("from the first
# night", "in the first two weeks") is a time frame, and "of the first dose" dates a time frame (FRAME3)
_NTH_OCCASION_RE = re.compile(
    r"\b(?:after|from|following|by|with)\s+(?:just\s+|only\s+)?(?:the|your|my|their|his|her|our)\s+(?:very\s+)?"
    r"(?P<ord>first|second|third|fourth|fifth|sixth)\s+(?!(?:minute|hour|day|night|morning|evening|week|weekend|fortnight|month|year|"
    r"trimester|time|few|couple|two|three|four|five|six|signs?|results?|thing)s?\b)(?P<noun>[a-z]{3,})\b"
    r"(?=\s*(?:$|[,.;:!?)]|\b(?:and|but|of|with|in|at|on)\b))", re.I)
_SESSIONS_RE = re.compile(
    rf"\b(?:(?P<bound>just|only|as\s+few\s+as|up\s+to|at\s+least|after)\s+)?(?:(?:just|only)\s+)?(?P<n>{_NUM})\s+"
    rf"(?:treatment\s+|weekly\s+|daily\s+|monthly\s+|fortnightly\s+)?(?P<unit>sessions?|treatments?|applications?|uses|doses|visits|"
    rf"appointments)\b", re.I)
# (FIX10) A count of the product's own units of taking or applying it ("Just two sachets and your skin is firmer",
# "after only three capsules", "as few as 5 drops"): a cardinal over a countable unit of dosing, marked as the whole
# exposure by "just"/"only"/"as few as"/"after", is a claimed exposure like a count of sessions; the same count on a
# schedule ("two capsules a day") is a dose, and a bare count ("take two capsules") is an instruction
_DOSE_UNIT = (r"(?:sachets?|capsules?|caps|tablets?|tabs|pills?|softgels?|gummies|gumm(?:y|ies)|drops?|doses?|scoops?|"
              r"servings?|shots?|ampoules?|vials?|sprays?|pumps?|patch(?:es)?|injections?|jabs?|applications?|uses?)")
_DOSE_COUNT_RE = re.compile(
    rf"\b(?P<bound>just|only|as\s+few\s+as|after|following)\s+(?:(?:just|only|a\s+mere)\s+)?(?P<n>\d+|one|two|three|four|"
    rf"five|six|seven|eight|nine|ten|a\s+single|a\s+few|a\s+couple\s+of)\s+(?:[a-z][\w-]*\s+)?{_DOSE_UNIT}\b"
    rf"(?!\s+(?:a|an|per|each|every|daily|weekly|twice|once|in\s+the\s+morning|at\s+night)\b)(?!\s+of\s+(?:water|the\s+day))",
    re.I)
_TIME_RE = re.compile(
    rf"\b(?P<prep>in|within|after|over|for|by|inside)\s+(?:(?:just|only|as\s+little\s+as|about|around|under|"
    rf"less\s+than|the\s+first|the\s+next|as\s+few\s+as)\s+)?(?P<n>{_NUM})"
    # a range ("in 6 to 8 weeks", "over 3 to 6 months") is read at its earliest end, when the effect may first show;
    # "after 8 to 12 weeks" at its latest, after which it has shown (FRM13)
    rf"(?:\s*(?:to|-|–)\s*(?P<upper>{_NUM}))?\s+(?P<unit>{TIME_UNIT})s?\b"
    # "within the first week": the first unit of use (FRM13)
    rf"|\b(?P<first>(?:in|within|during|over)\s+the\s+first\s+(?P<unit3>day|week|fortnight|month|year)|after\s+the\s+first\s+(?P<unit4>day|week|fortnight|month|year))\b"
    # (a first or single session, treatment or visit is a count of sessions, a magnitude: "from the very first
    # session", "after a single treatment", FRM13 as every gold row with one; a first use or application is the moment)
    rf"|\b(?P<word>overnight|instantly|immediately|right\s+away|in\s+no\s+time|from\s+the\s+first\s+(?:use|"
    rf"application)|(?:after|in|with|from)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:very\s+)?(?:first|one|a\s+single|1)\s+"
    rf"(?:use|application))\b"
    rf"|\b(?P<n2>{_NUM})[\s-](?P<unit2>{TIME_UNIT_NO_NIGHT})s?\b", re.I)


_LATENCY_RE = re.compile(rf"\btak(?:e|es|ing)\s+(?:at\s+least|a\s+minimum\s+of|about|around|roughly|up\s+to)?\s*"
                         rf"(?P<n>{_NUM})\s+(?P<unit>day|week|fortnight|month|year)s?\s+(?:to|before)\b", re.I)
_VAGUE_TIME_RE = re.compile(r"\b(?:in|within)\s+(?:(?:just|only|mere|a\s+matter\s+of)\s+)?(?P<u>minutes|hours|days|weeks)\b"
                            r"(?!\s+(?:of|after|before|to))", re.I)
_HALVE_RE = re.compile(r"\bhalv(?:e|es|ed|ing)\b|\b(?:cut(?:s|ting)?|reduc\w*|lower\w*)\s+(?:\w+\s+){0,3}?(?:in|by)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?half\b"
                       # (FRAME3) "dropped by about half", "faded by half": "by half" measures any change; "about half
                       # as deep" states the new degree as half the old
                       r"|\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?half\b(?!\s+(?:an?|the)\b)"
                       r"|\b(?:(?:about|around|roughly|nearly|almost|only)\s+)?half\s+as\s+[a-z]{3,}\b(?!\s+as\b)", re.I)
_FROM_TO_RE = re.compile(rf"\bfrom\s+(?:about\s+|around\s+)?(?P<a>{_NUM})\s+(?P<unit>{TIME_UNIT})s?"
                         rf"\s+(?:down\s+)?to\s+(?:about\s+|around\s+|just\s+)?(?P<b>{_NUM})\b", re.I)


# A share of people as a ratio of counts: "9 out of 10", "nine in ten of the women", "four in every five users", "18 of
# every 20 women" (a distributive "every" before the denominator makes any "of" a ratio, lead session 17), "one
# in three people who try it"; "k in n" needs the people after it (0-2 words between, "of the/my" first), so a count of
# time or sessions ("two in three weeks") is no share
_OUT_OF_RE = re.compile(rf"\b(?P<a>{_NUM})\s+(?:(?:out\s+)?of\s+every\s+(?P<d>{_NUM})|out\s+of\s+(?P<b>{_NUM})|in\s+(?:every\s+)?(?P<c>{_NUM})\s+"
                        r"(?!(?:minutes?|hours?|days?|weeks?|months?|years?|sessions?|treatments?)\b)"
                        r"(?=(?:of\s+(?:the|my|our|their|your|these|those)\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:people|persons|women|men|users|patients|adults|children|customers|clients|participants|"
                        r"respondents|testers|volunteers|readers|who)\b))", re.I)


# the lower end of a range of counts written before the upper one ("between six and ten", "six to ten", "6-10")
_RANGE_LOW_RE = re.compile(rf"(?:\bbetween\s+(?P<lo>{_NUM})\s+and|\b(?P<lo2>{_NUM})\s+(?:to|-|–))\s*$", re.I)


# A vague quantifier states no number ("after a few sessions", "within a few days", "increase several times"): no
# magnitude or time frame can be read from it, so it is read as "some" (FRM13, as every gold row with one)
_VAGUE_QTY_RE = re.compile(r"\b(?:a\s+few|several|a\s+couple\s+of|a\s+couple)\b", re.I)


def _unquantified(text: str, *, keep_couple: bool = False) -> str:
    if keep_couple:
        # FRAME23: "a couple of" before a unit of time counts two of it ("within a couple of weeks": 14 days, as the gold
        # rows that read one); "a few" and "several" stay uncounted
        return re.sub(r"\b(?:a\s+few|several|a\s+couple(?!\s+of\s+(?:" + TIME_UNIT + r")s?\b)(?:\s+of)?)\b", "some", text,
                      flags=re.I)
    return _VAGUE_QTY_RE.sub("some", text)


_TIME_BEFORE_RE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few)"
                             r"(?:\s*(?:to|-|–|or)\s*(?:\d+|[a-z]+))?\s+(?:days?|weeks?|months?)\s+$", re.I)


def _timed_from(text: str, start: int) -> bool:
    """"4 to 8 weeks after the first session": a time before "after the first (Nth) occasion" counts from
    that occasion (the origin of a latency); it does not say how many occasions the effect takes (TOPIC8)."""
    return bool(_TIME_BEFORE_RE.search(text[:start]))


def magnitude_of(text: str) -> tuple[float, str, str, str] | None:
    """(value, unit, kind, bound) of the claimed effect size, or None.

    A percentage directly before a substance or product ("2% minoxidil", "a 10% vitamin C
    serum") is its strength, never an effect size, unless a change word follows it. A share in
    words ("nine out of ten women", "one in five users") is a proportion of people."""
    text = _unquantified(text)
    share = _OUT_OF_RE.search(text)
    if share:
        num, den = _num(share.group("a")), _num(share.group("b") or share.group("c") or share.group("d"))
        if num is not None and den and 0 < num <= den:
            before = text[:share.start()]
            bound = "max" if _MAX_RE.search(before) else "min" if _MIN_RE.search(before) else "typical"
            low = _RANGE_LOW_RE.search(before)
            if low and (lo := _num(low.group("lo") or low.group("lo2"))) is not None and 0 <= lo < num:
                # "between six and ten in every ten men": a range's numerator; the claim is its lower end at least
                return round(100 * lo / den, 1), "%", "proportion", "min"
            return round(100 * num / den, 1), "%", "proportion", bound
    part = _FRACTION_OF_PEOPLE_RE.search(text)
    if part:
        # "Only about a third of people respond": a share of people in words (FRAME3)
        bound = "max" if _MAX_RE.search(text[:part.start()]) else "min" if _MIN_RE.search(text[:part.start()]) else "typical"
        return _FRACTIONS[" ".join((part.group("f") or part.group("f2")).lower().split())], "%", "proportion", bound
    for m in _PCT_RE.finditer(text):
        after, before = text[m.end():], text[:m.start()]
        value = _num(m.group("n"))
        if value is None:
            continue
        bound = "max" if _MAX_RE.search(before) else "min" if _MIN_RE.search(before) else "typical"
        if _PEOPLE_RE.match(after) or _IN_PEOPLE_BEFORE_RE.search(before):
            return value, "%", "proportion", bound
        if _CHANGE_AFTER_RE.match(after) or _CHANGE_BEFORE_RE.search(before) or re.search(r"(?:^|[\s(])[+−]$", before) \
                or _CHANGE_NOUN_AFTER_RE.match(after) or ((cmp_adj := re.match(r"\s*([a-z]{3,}(?:er|ier))\s+[a-z]", after, re.I))
                                                         and _comparative_property(cmp_adj.group(1))):
            # ("a 250% dopamine boost": a noun of change after the figure's noun; "30% fuller lashes": a comparative
            # adjective, the property changed by that share, FRAME3)
            # ("+38% in 29 days": a signed figure is a change from baseline, FRM13)
            return value, "%", "percent_change", bound
        nxt = re.match(r"\s*([A-Za-z][\w-]*)", after)
        if nxt and not re.match(r"(?:of|in|to|and|or|the|a|on|for|after|within|over|by|with|at|from|is|are|was)$",
                                nxt.group(1), re.I):
            continue  # "2% minoxidil", "a 5% niacinamide serum": a concentration
        if re.search(r"\b(?:concentration|strength|solution|formula|dose)\b", before[-40:] + after[:30], re.I):
            continue
        return value, "%", "percent_change" if re.search(r"\b(?:by|more|less|fewer)\b", before[-25:], re.I) else "proportion", bound
    for m in _FOLD_RE.finditer(text):
        before = text[:m.start()]
        bound = "max" if _MAX_RE.search(before) else "min" if _MIN_RE.search(before) else "typical"
        if m.group("verb"):
            w = m.group("verb").lower()
            value = 2.0 if w.startswith(("doubl", "twice")) else 3.0 if w.startswith("tripl") else 4.0
        else:
            w = m.group("n").lower()
            value = {"twice": 2.0, "double": 2.0, "triple": 3.0, "quadruple": 4.0}.get(w) or _num(w)
        if value is None:
            continue
        if re.search(r"\b(?:a\s+day|daily|per\s+(?:day|week)|a\s+week)\b", text[m.end():m.end() + 15], re.I):
            continue  # "twice a day" is a dosing schedule
        if re.match(r"\s*(?:a|per)\s+(?:day|week|month)", text[m.end():], re.I) or re.search(
                r"\b(?:times)\s*$", m.group(0)) and re.match(r"\s+(?:a|per|each|every|daily|weekly)\b", text[m.end():], re.I):
            continue
        return value, "fold", "fold", bound
    multiple = _MULTIPLE_OF_RE.search(text) or _TIMES_SIGN_RE.search(text)
    if multiple:
        # "twice the wrinkle smoothing of a plain patch", "2x fuller lips": a multiple of the standard's result (FRM13)
        word = multiple.group(0).split()[0].lower()
        value = {"twice": 2.0, "double": 2.0, "triple": 3.0, "thrice": 3.0}.get(word) or _num(re.sub(r"[x×]$", "", word))
        if value is not None:
            bound = "max" if _MAX_RE.search(text[:multiple.start()]) else "min" if _MIN_RE.search(text[:multiple.start()]) else "typical"
            return value, "fold", "fold", bound
    half = _HALVE_RE.search(text)
    if half:
        # "halves the time", "roughly halved or better": a 50% change ("or better" makes it a minimum)
        bound = "min" if re.match(r"\s+or\s+(?:better|more)\b", text[half.end():], re.I) else "typical"
        return 50.0, "%", "percent_change", bound
    span = _FROM_TO_RE.search(text)
    start, end = (_num(span.group("a")), _num(span.group("b"))) if span else (None, None)
    if span and start is not None and end is not None:
        # "cut the length of a cold from about seven days to four": the change is the difference
        return abs(start - end), span.group("unit").lower() + "s", "duration", "typical"
    dur = _duration(text)
    if dur is not None:
        return dur[0], dur[1], "duration", dur[2]
    one = _ONE_SESSION_RE.search(text)
    if one and not _timed_from(text, one.start()):
        return 1.0, "sessions", "sessions", "typical"  # "from the very first session", "a single session" (FRM13)
    nth = _NTH_OCCASION_RE.search(text)
    if nth and not _timed_from(text, nth.start()) and not re.match(r"\s+of\b", text[nth.end():], re.I):
        return float(ORDINALS[nth.group("ord").lower()]), "sessions", "sessions", "typical"  # (FRAME3)
    sm = _SESSIONS_RE.search(text)
    if sm:
        value = _num(sm.group("n"))
        if value is not None and value < 100:
            b = (sm.group("bound") or "").lower()
            bound = "max" if b.startswith("up") else "min" if b.startswith("at") else "typical"
            return value, "sessions", "sessions", bound
    dose = _DOSE_COUNT_RE.search(text)
    if dose and not _timed_from(text, dose.start()):
        word = dose.group("n").lower()
        value = 1.0 if word.startswith("a single") else _num(word)
        if value is not None and value < 100:
            return value, "doses", "sessions", "typical"  # "just two sachets": the exposure claimed (FIX10)
    return None


# (FRAME3) A span followed by "in", that ends its phrase, is time elapsed since starting ("Six weeks in and ...",
# "Two weeks in, I think ..."); "by (the next) morning" is after one night; "at 12 weeks" is a point of follow-up
# (not an age: "at 40 years old")
_ELAPSED_IN_RE = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<unit>day|week|fortnight|month|year)s?\s+in\b(?=\s*(?:,|;|:|-|–|—|\band\b|$))", re.I)
_BY_MORNING_RE = re.compile(r"\bby\s+(?:the\s+(?:next\s+|following\s+)?)?morning\b|"
                            r"\bfrom\s+(?:the|your|my)\s+(?:very\s+)?first\s+night\b", re.I)
# FRAME23: a weekend as the span of the effect, "by the weekend", "after one weekend", "by the end of the weekend"
_WEEKEND_RE = re.compile(r"\b(?:by|after|over|within|in)\s+(?:the\s+end\s+of\s+)?(?:the|a|one|a\s+single)\s+weekend\b", re.I)
_AT_TIME_RE = re.compile(rf"\bat\s+(?:about\s+|around\s+)?(?P<n>\d+|{_NUM})\s+(?P<unit>week|month)s?\b(?!\s+(?:old|of\s+age)\b)",
                         re.I)
_TIME_POINT_RE = re.compile(
    r"\b(?:by|in|around|at|from|after|until|during)\s+(?:about\s+|around\s+)?(?:the\s+)?(?:(?P<unit>week|month)\s+(?P<n>\d+|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|(?P<ord>" + "|".join(ORDINALS) + r")\s+"
    r"(?P<unit2>week|month)\b)", re.I)
_USED_FOR_RE = re.compile(rf"\W*(?:[A-Za-z][\w ]{{0,20}}:\s*)?(?:after\s+)?(?P<n>\d+|{_NUM})\s+(?P<unit>week|fortnight|month|year)s?\s+of\s+"
                          r"(?!(?:the|a|an)\b)[a-z]", re.I)


_TIME_POINT_NOUN_RE = re.compile(r"\s+(?:visit|mark|point|follow[\s-]?up|check[\s-]?up|checkpoint|assessment|appointment|"
                                 r"review|stage|milestone)s?\b", re.I)


# a rate after a length of time makes it the length of each use ("for two minutes a day", "20 minutes every night",
# "for ten minutes twice daily", "30 minutes per session") (SIGN24; as tracker.verdict.time_of_each_use reads it)
_PER_USE_RATE_RE = re.compile(r"\s*,?\s*(?:(?:once|twice|three\s+times|\d+\s+times)\s+)?(?:(?:a|an|per|each|every)\s+"
                              r"(?:day|night|morning|evening|session|treatment|application|use|sitting|week)\b|"
                              r"(?:daily|nightly|a\s+day)\b)", re.I)


def time_frame_of(text: str) -> tuple[str, float | None] | None:
    """("in two weeks", 14.0), ("overnight", 1.0), ("instantly", 0.0); None when no time frame.
    A duration the effect lasts ("lasts 6 months") is a magnitude, not a time frame."""
    text = _unquantified(text, keep_couple=True)
    elapsed = _ELAPSED_IN_RE.search(text)
    if elapsed and (count_in := _num(elapsed.group("n"))):
        # "Six weeks in and my knee pain is basically gone": the time elapsed since starting (FRAME3)
        return " ".join(elapsed.group(0).split()), count_in * _DAYS[elapsed.group("unit").lower()]
    weekend = _WEEKEND_RE.search(text)
    if weekend:
        return " ".join(weekend.group(0).split()), 2.0  # "by the end of the weekend": within the two days of one (FRAME23)
    morning = _BY_MORNING_RE.search(text)
    if morning:
        return " ".join(morning.group(0).split()), 1.0  # "fresher breath by morning": after one night (FRAME3)
    at = _AT_TIME_RE.search(text)
    if at and (count_at := _num(at.group("n"))):
        return " ".join(at.group(0).split()), count_at * _DAYS[at.group("unit").lower()]  # "at 12 weeks": a time point (FRAME3)
    point = _TIME_POINT_RE.search(text)
    if point and (count := _num(point.group("n") or "") or ORDINALS.get((point.group("ord") or "").lower())):
        # a time point on the calendar of use: "by week three", "Around week 4", "by the second month"
        return " ".join(point.group(0).split()), count * _DAYS[(point.group("unit") or point.group("unit2")).lower()]
    used = _USED_FOR_RE.match(text)
    if used and (months := _num(used.group("n"))):
        # "6 months of marine collagen and my nails are stronger": how long it was used
        return f"{used.group('n')} {used.group('unit').lower()}s of use", months * _DAYS[used.group("unit").lower()]
    latency = _LATENCY_RE.search(text)
    if latency and _num(latency.group("n")) is not None:
        # "takes at least six months to show": how long before an effect shows
        said = re.sub(r"\s+(?:to|before)$", "", " ".join(latency.group(0).split()))
        return said, (_num(latency.group("n")) or 0.0) * _DAYS[latency.group("unit").lower()]
    vague = _VAGUE_TIME_RE.search(text)
    if vague:
        # "in days", "within hours": a few of the unit, a quick result all the same
        return " ".join(vague.group(0).split()), {"minutes": 1.0, "hours": 1.0, "days": 3.0, "weeks": 14.0}[
            vague.group("u").lower()]
    for m in _TIME_RE.finditer(text):
        window = text[max(0, m.start() - 25):m.end()]
        if m.group("prep") and m.group("prep").lower() == "for" and _SIDE_EFFECT_RE.search(text[max(0, m.start() - 60):m.start()]):
            continue  # "redness for a few hours": how long a side effect lasts, not when an effect shows
        if _PER_USE_RATE_RE.match(text, m.end()) and re.search(r"\b(?:sec|min|hour|hr)", m.group(0), re.I):
            # "pressed on for two minutes a day": how long each use lasts (a length shorter than the rate's period), a
            # dose, not a time frame (SIGN24); "for 12 weeks, once a week" is the course, kept
            continue
        if (_DURATION_RE.search(window) or _RESOLVE_RE.search(text[max(0, m.start() - 40):m.end()])) \
                and not m.group("word"):
            continue
        if m.group("first"):
            # "after the first fortnight": once one has passed (FRAME23)
            return " ".join(m.group(0).split()), float(_DAYS[(m.group("unit3") or m.group("unit4")).lower()])
        if m.group("word") and re.search(r"\bfirst\b", m.group("word"), re.I) and _NTH_OCCASION_RE.search(text):
            continue  # "after your very first use": the first occasion of use is a count of sessions (FRAME3)
        if m.group("word"):
            w = " ".join(m.group("word").lower().split())
            days = 1.0 if w == "overnight" else 0.0
            return m.group(0), days
        n, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
        if m.group("n2") and not re.search(r"\b(?:in|within|after|over|for)\s+(?:a|an|the|just|only)?\s*$",
                                           text[:m.start()], re.I) and not re.match(r"\s+later\b", text[m.end():], re.I) \
                and not (re.search(r"\b(?:by|at|until)\s+(?:the|a|an|your|their)\s+$", text[:m.start()], re.I)
                         and _TIME_POINT_NOUN_RE.match(text, m.end())):
            # "a 12-week trial" names a study, "8-hour" a product claim without a frame; "by the six-month visit", "at the
            # 12-week mark": the compound names a time point of the course, when the result is read (FRAME6)
            continue
        value = _num(m.group("upper")) if m.group("n") and m.group("upper") and m.group("prep").lower() == "after" else _num(n)
        if value is None:
            continue
        return " ".join(m.group(0).split()), value * _DAYS[unit.lower()]
    return None


# --- strength, population, subject ---------------------------------------------------------


def strength_of(text: str) -> str:
    """hedged / plain / strong / absolute. A negated hype noun ("not a miracle cure") is a
    disclaimer: it lowers the claim's strength instead of raising it. Cues inside a relative
    clause describe its noun, not the claim ("the best tools you can buy", "the worries I hear
    most often", "what it can do for you"), so they are read out first, as are scare-quoted
    modifiers ('this "painless" treatment')."""
    text = _plain(text)
    # a fronted subordinate clause ("While devices can be bought for home use, there are risks") is
    # not the claim's clause: its modal does not hedge the claim
    body = _LEAD_CLAUSE_RE.sub("", text) if re.match(r"\W*(?:while|although|though|whereas)\b", text, re.I) else text
    disclaimer = bool(_DISCLAIMER_RE.search(body))
    body = _DISCLAIMER_RE.sub(" ", body)
    scan = _blank_standard_modals(_strip_relative_clauses(body))
    # "it is gentle enough for sensitive skin and can be used morning and night": a modal in a later conjunct
    # of its own, over a verb of use, says what the user may do (permission), not how sure the first claim is
    scan = _PERMISSION_CONJUNCT_RE.sub(lambda m: m.group(0)[:m.start("m") - m.start()] + " " * len(m.group("m"))
                                       + m.group(0)[m.end("m") - m.start():], scan)
    body_no_cant = re.sub(r"\bcan(?:['’]?t|not)\b", " cannot_ ", scan, flags=re.I)
    hedge = next((m for m in _HEDGE_RE.finditer(re.sub(r"cannot_", " ", body_no_cant))
                  # "wake up less often": a frequency compared is the outcome, not a hedge
                  if not (m.group(0).lower() == "often" and re.search(r"\b(?:less|more|how|as)\s+$",
                                                                       body_no_cant[max(0, m.start() - 6):m.start()], re.I))
                  # "you've probably seen these", "you may have heard": the hedge is on the reader's
                  # perception of the claims, not on the claims
                  and not _PERCEPTION_AFTER_RE.match(body_no_cant, m.end())
                  # "according to Ortiz": the attribution of a quote to a named person, as "says Dr X" (FRM12)
                  and not _NAMED_SOURCE_RE.match(body_no_cant, m.start())),
                 None)
    absolute = None
    some_only = False
    certain = None  # an epistemic guarantee ("Guaranteed results"): strong, not a universal (FRM12)
    for m in _ABSOLUTE_RE.finditer(scan):
        word = m.group(0).lower()
        first = word.split()[0]
        if first.startswith("guarantee"):
            certain = certain or m
            continue
        if _privative_only(scan, m) or _reported_absence(scan, m):
            continue  # "painless", "no serious side effects were reported": plain negation, a report (FRM12)
        if first not in ("never", "no", "cannot", "can't", "can’t", "won't", "won’t", "will", "without", "zero") \
                and _NEGATOR_BEFORE_RE.search(scan[:m.start()]):
            continue  # a negated universal is existential: "not risk-free", "not always", "not completely"
        if first in ("completely", "totally", "entirely", "fully") and _ATTRIBUTIVE_DEGREE_RE.match(scan, m.end()) and (
                _NP_OPEN_RE.search(scan[:m.start()])):
            continue  # "Completely clear skin was rare": the adverb grades an adjective inside a noun phrase, the outcome (FRM14)
        if first in ("completely", "totally", "entirely") and re.search(
                r"\b(?:disappear|subside|resolve|fade|go\s+away|heal|clear\s+up|settle)\w*\s+$", scan[:m.start()], re.I) \
                and _SIDE_EFFECT_RE.search(scan[max(0, m.start() - 60):m.start()]):
            continue  # "the redness to disappear completely": the course of a side effect, not the claim's reach
        if first in _ABSOLUTE_VERBS and re.search(r"\b(?:to|at|of|for)\s+$", scan[max(0, m.start() - 6):m.start()], re.I):
            continue  # an absolute verb in a purpose clause ("to eliminate the risk") is an aim
        if first in ("will", "any", "cannot", "can't", "can’t", "won't", "won’t") and (hedge or disclaimer):
            continue
        if first in ("permanently", "forever") and hedge:
            continue  # "they can permanently turn eyes brown": how long the change lasts, under a hedge of possibility (FRM13)
        if first == "never" and _NEVER_DEGREE_RE.match(scan, m.end()):
            continue  # "my skin has never looked so glowy", "never felt better": a superlative of degree, not a universal (FRM13)
        if first in ("cannot", "can't", "can’t", "won't", "won’t", "will") and re.match(
                r"(?:\s+not)?\s+(?:[a-z]+\s+){1,2}?(?:much|many|a\s+lot|a\s+great\s+deal|all\s+that)\b", scan[m.end():], re.I):
            continue  # "it cannot do much": a negated large amount is a scalar denial, not a universal one
        if word.startswith(("won't", "won’t")) or re.fullmatch(r"will\s+not", word) and not re.match(
                r"\s+(?:eliminat|eras|cur|remov|clear|get\s+rid)", scan[m.end():], re.I):
            # (FRAME9) "will not" too: the development copy marks a plain prediction denied ("A few drops will not stop
            # hair falling out") plain, 12 of 16 times; a totality word or a harm event makes it universal, and a verb
            # of complete removal keeps the emphatic reading ("Home remedies will not clear scars", FRM dev4)
            # the contracted negative is English's unmarked denial ("it won't affect your heart": plain); it
            # denies every case with never/ever/any/at all or a harm event ("won't cause X", "won't hurt you"),
            # and the uncontracted "will not" is the emphatic form (absolute, above)
            clause = re.split(r"[,;:.!?]|\b(?:but|and|while|because)\b", scan[m.end():])[0]
            if not re.search(r"\b(?:never|ever|any|at\s+all)\b", clause, re.I) and not _HARM_VERB_RE.search(
                    " ".join(clause.split()[:3])):
                continue
        if re.match(r"no\s+more\b", scan[m.start():], re.I) and _no_more_problem(scan):
            continue  # "no more itchy scalp": the problem stopped, no universal
        if first in ("everyone", "every", "all") and _NOT_SAFE_RE.search(re.split(r"[,;:]", scan[:m.start()])[-1]):
            # (R2FRAME) "not gentle enough for everyone", "not safe for all skin types": a negated universal is
            # existential, the harm for some people, a hedged harm, never a universal
            some_only = True
            continue
        if first in ("no", "caus", "causes", "cause") and _NO_EXTRA_RE.match(scan, m.start()):
            continue  # "with no extra pain", "no more irritation than X": a comparison with going without, not a universal
        if re.match(r"(?:is|are|was|were)\s", word) and _EFFECT_GONE_RE.search(scan[max(0, m.start() - 40):m.end()]):
            continue  # "the difference was gone": an effect that did not last, not a universal
        if first == "any" and not (re.search(r"\b(?:no|without|never|not|at)\s+any$", scan[:m.end()], re.I) and re.match(
                rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{HARM_NOUNS}|doses?|ages?)\b", scan[m.end():], re.I)):
            continue  # "without any side effects" is universal; "without any effort" denies no harm
        if word == "will" and not re.search(
                r"\bwill\s+(?:\w+\s+)?(?:eliminat|eras|cur|remov|clear|stop|never|always|completely|permanently|"
                r"transform|disappear|vanish|fix|banish|get\s+rid)", scan, re.I):
            continue
        absolute = m
        break
    if not disclaimer and re.search(r"\b(?:can(?:not|['’]t|\s+not)|could(?:n['’]t|\s+not)|(?:can|could)\s+never)\s+"
                                    r"(?:possibly|ever|conceivably)\b", scan, re.I):
        return "absolute"  # (TRAP9) "couldn't possibly irritate": a negated modal of possibility denies every case
    if absolute or (not (hedge or disclaimer) and harmless_simile(scan) and denied_harm(scan)):
        return "absolute"  # ("as safe as a daily vitamin": the yardstick's harmlessness, see harmless_simile)
    if not (hedge or disclaimer) and (_negation_at_all(scan) or _NONE_OF_HARM_RE.search(scan)):
        # "it doesn't hurt at all": a degree adverb of totality under a negation; "with none of the flaking":
        # the negative quantifier "none of" over a harm, as "no side effects" (FRM12)
        return "absolute"
    if not (hedge or disclaimer) and re.match(r"(?:none|nobody|no\b|not\s+(?:a\s+single|one|even\s+one))",
                                              clause_polarity(scan).quantifier or "", re.I):
        return "absolute"  # a universal negative quantifier over people: "none of the 120 volunteers reported peeling"
    if hedge or disclaimer or some_only:
        return "hedged"
    strong = next((m for m in _STRONG_RE.finditer(scan)
                   # "studies show X significantly improves Y": statistical significance reported, not emphasis
                   if not (m.group(0).lower() == "significantly" and _STUDY_REPORT_RE.search(scan[:m.start()]))
                   # "outperforms", "superior": a comparison is the relation's, not emphasis (FRM12)
                   and not _COMPARISON_DEGREE_RE.fullmatch(m.group(0))
                   # a severity adjective on a harm noun classifies the harm ("major birth defects"), it is no emphasis (FRM14)
                   and not (m.group(0).lower() in ("major", "huge", "massive") and (
                       _HARM_NOUN_RE.match(scan, m.end() + 1) or _DEFECT_NOUN_RE.match(scan, m.end() + 1) or re.match(
                           r"\s+[\w-]+\s+(?:defects?|malformations?|abnormalit\w+)\b", scan[m.end():], re.I)))
                   # negation over an intensifier denies the degree, not emphasis: "did not reliably reduce" (FRM14)
                   and not (re.fullmatch(r"[a-z]+ly", m.group(0), re.I) and re.search(
                       r"(?:\b(?:not|never)|n['’]t)\s+$", scan[:m.start()], re.I))), None)
    if strong or certain:
        return "strong"
    return "plain"


# An adverb of degree inside a noun phrase grades its adjective, not the claim: it opens the noun phrase (clause
# start, a determiner or a preposition before it) and an adjective and a noun follow ("completely clear skin")
_NP_OPEN_RE = re.compile(r"(?:^\W*|\b(?:a|an|the|with|for|of|to|into|your|their|my|our|his|her)\s+)$", re.I)
_ATTRIBUTIVE_DEGREE_RE = re.compile(r"\s+(?!(?:gone|free|safe|painless|harmless|different|unnecessary)\b)(?![a-z]+s\b)[a-z][\w-]*\s+"
                                    r"(?!(?:my|your|the|a|an|it|them|his|her|their|our|this|that|these|those|all|any|every|"
                                    r"is|are|was|were|be|been|for|to|in|on|at|after|up|away|off|out|and|or|but|by|with|"
                                    r"from|as|than|within|during|if|when|while|once|overnight)\b)[a-z]{3,}\b", re.I)


# "never" before a verb and a degree word ("never looked so glowy", "have never felt better", "never been this
# calm"): English's idiom for a superlative of the state now, which asserts a degree, not that something never happens
_NEVER_DEGREE_RE = re.compile(r"\s+(?:been\s+|[a-z]+ed\s+|felt\s+|looked\s+|seemed\s+|got\s+)(?:so|this|that|any)?\s*"
                              r"(?:better|worse|more|less|happier|healthier|[a-z]{3,}ier|[a-z]{4,}er)\b|"
                              r"\s+(?:been\s+|[a-z]+ed\s+|felt\s+|looked\s+|seemed\s+|got\s+)(?:so|this)\s+[a-z]+", re.I)
_PERMISSION_CONJUNCT_RE = re.compile(
    r"\w[\w'’-]*\s+\w[\w'’-]*,?\s+(?:and|but)\s+(?P<m>can|may)\s+(?:also\s+|safely\s+|even\s+)?be\s+(?:used|applied|taken|worn|"
    r"combined|paired|mixed|layered|done|repeated|left\s+on)\b(?!\s+to\s+[a-z])", re.I)
_PERCEPTION_AFTER_RE = re.compile(r"\s+(?:have\s+|['’]ve\s+)?(?:seen|heard|read|noticed|come\s+across)\b", re.I)


# --- strength, round 12 (FRM12): totality, plain negation, evidentiality, the standard of comparison ---

# A modal or auxiliary that closes an elliptical clause naming the standard of a comparison ("the way
# hyaluronic acid can", "than any collagen shot ever will", "as a clinic can"): it is said of the
# standard, not of the claim, so it neither hedges nor strengthens it.
_STANDARD_MODAL_RE = re.compile(
    r"\b(?:the\s+way|than|as)\s+(?:[\w'’-]+\s+){1,4}?(?P<m>(?:ever\s+)?(?:can|could|may|might|will|would|does|do|did))"
    r"(?:\s+(?:not|n['’]t))?\s*(?=$|[,.;:!?)])", re.I)
# A comparison word is the relation's, not emphasis: "outperforms", "superior" (a degree adverb on it, "far more",
# "dramatically better", is emphasis, as the gold README's "dramatically" is)
_COMPARISON_DEGREE_RE = re.compile(r"superior|outperform\w*", re.I)
# A privative adjective ("painless", "pain-free", "risk-free"): the property denied, as "not painful" denies it
_PRIVATIVE_ADJ_RE = re.compile(r"[\w-]+?[\s-]?(?:less|free)", re.I)
# A privative on harm in general ("risk-free", "harmless", "side-effect-free") denies every harm, as "zero risk"
# does: absolute, like "without the drawbacks" (one named harm, "painless", is plain)
_GENERAL_HARM_PRIVATIVE_RE = re.compile(r"(?:risk|harm|side[\s-]?effect|worry|trouble|hassle|danger)", re.I)
# A degree adverb of totality right before a word, which makes its denial absolute ("completely painless")
_TOTALITY_BEFORE_RE = re.compile(r"\b(?:completely|totally|entirely|absolutely|100\s?%|fully|utterly|wholly)\s+$", re.I)
# A negation with "at all" in its clause: "doesn't hurt at all", "no side effects at all", "will not help at all"
_AT_ALL_RE = re.compile(r"(?:\b(?:not|no|never|nothing|none|without|nobody)\b|n['’]t\b)[^,.;:!?]{0,50}?\bat\s+all\b", re.I)
# Attribution to a named person ("according to Ortiz", "according to Dr. Lena Marsh"): the quote's source, which
# the gold convention leaves out of the quote ("says Dr X"), not hearsay ("according to the brands")
_NAMED_SOURCE_RE = re.compile(r"according\s+to\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Nurse)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                              r"\s*(?:$|[,.;:!?])")
_NONE_OF_HARM_RE = re.compile(rf"\bnone\s+of\s+(?:the\s+|your\s+|its\s+)?(?:[\w-]+\s+)?(?:{HARM_NOUNS}|{SYMPTOMS}|flak\w*|crusting)\b",
                              re.I)
# A report of what was observed: a verb of reporting or finding with the negative quantifier as its object
# ("report no side effects") or as its passive subject ("no serious side effects were reported")
_REPORT_VERB = r"(?:report(?:s|ed)?|found|find|finds|saw|see|sees|observed|noted|record(?:s|ed)?|seen)"
_REPORT_OBJECT_RE = re.compile(rf"\b{_REPORT_VERB}\s+$", re.I)
_PASSIVE_REPORT_RE = re.compile(r"\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+\s+)?"
                                r"(?:reported|found|seen|observed|noted|recorded)\b", re.I)
# A universal over the units a report covers keeps it absolute: "in any group", "none of the 120", "ever"
_REPORT_UNIVERSAL_RE = re.compile(r"\b(?:any|every|all|ever|none\s+of)\b", re.I)


def _blank_standard_modals(text: str) -> str:
    """`text` with the modal of an elliptical standard of comparison blanked ("PRP can't block a
    blood vessel the way hyaluronic acid can": the claim's own "can't" stays, the standard's "can" goes)."""
    return _STANDARD_MODAL_RE.sub(lambda m: m.group(0)[:m.start("m") - m.start()] + " " * len(m.group("m"))
                                  + m.group(0)[m.end("m") - m.start():], text)


def _privative_only(scan: str, m: re.Match[str]) -> bool:
    """Is the absolute cue `m` a privative adjective on one named harm with no degree adverb of totality
    before it? It denies that property as plain negation does ("painless" = "not painful": plain);
    "completely painless" is absolute by its adverb, "risk-free" by denying every harm."""
    return bool(_PRIVATIVE_ADJ_RE.fullmatch(m.group(0))) and not _TOTALITY_BEFORE_RE.search(scan[:m.start()]) \
        and not _GENERAL_HARM_PRIVATIVE_RE.match(m.group(0))


def _reported_absence(scan: str, m: re.Match[str]) -> bool:
    """Is the negative quantifier `m` ("no serious side effects") what a report observed ("were
    reported", "report no ...")? A report states what was seen, not that it never happens, unless it
    quantifies over every unit ("in any group", "none of the 120 volunteers")."""
    if not re.match(r"no\b", m.group(0), re.I) or _REPORT_UNIVERSAL_RE.search(scan):
        return False
    if _REPORT_OBJECT_RE.search(scan[:m.start()]):
        return True
    rest = re.split(r"[,.;:!?]", scan[m.start():])[0]
    np_end = re.match(r"no\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+)(?=\s+(?:was|were|has|have|had)\b)", rest, re.I)
    return bool(np_end and _PASSIVE_REPORT_RE.match(rest, np_end.end()))


def _negation_at_all(scan: str) -> bool:
    """Does a negation carry the degree adverb of totality "at all" ("it doesn't hurt at all")?"""
    return bool(_AT_ALL_RE.search(scan))
_STUDY_REPORT_RE = re.compile(r"\b(?:stud(?:y|ies)|trials?|research|reviews?|meta-analys[ie]s)\s+(?:\w+\s+)?"
                              r"(?:show(?:s|ed|n)?|found|find|finds|report(?:s|ed)?|demonstrat\w+)\b", re.I)


# Verbs among the absolute cues (a purpose clause makes them an aim, not a claim).
_ABSOLUTE_VERBS = frozenset("guarantee guaranteed guarantees eliminate eliminates eliminated eliminating erase "
                            "erases erased erasing cure cures cured get gets getting".split())
# Words after which "you can ..." / "I hear ..." is not a relative clause: complementizers,
# conjunctions, prepositions and verbs that take a clause ("so you can", "I promise you will").
_NOT_A_NOUN = frozenset("""that which what who whom whose when where why how if whether so and or but because as
than though although while unless until once since before after then now here there also even just only
to for of in on with at by from into about over under like say says said think thinks know knows mean
means hope promise promises bet guarantee guarantees feel feels find finds sure is are was were be been
show shows showed shown found
""".split())
_REDUCED_RELATIVE_RE = re.compile(
    r"\b(?P<w>[A-Za-z][\w'’-]*)\s+(?P<rel>(?:I|you|we)\s+(?:(?:can|could|may|might|will|would)\s+)?[a-z]+"
    r"(?:\s+(?:most\s+)?(?:often|usually|sometimes))?|"
    # a people subject with a frequency adverb right after a noun ("a study people always link", "the product
    # everyone always recommends"): a contact relative clause whose adverb describes the noun (FRM13)
    r"(?:people|everyone|everybody|they)\s+(?:always|often|usually|sometimes)\s+[a-z]+)\b")
# a free relative ("what the extract can do for you", "from what I can tell"): its modal is inside it
_FREE_RELATIVE_RE = re.compile(r"\bwhat\s+(?:[\w-]+\s+){0,4}?(?P<m>can|could|may|might)\s+(?:do|tell|see|say)\b", re.I)


def _strip_relative_clauses(text: str) -> str:
    """`text` with the modal and frequency cues of relative clauses blanked ("tools you can buy",
    "the worries I hear most often", "what the extract can do for you")."""
    def reduced(m: re.Match[str]) -> str:
        if m.group("w").lower() in _NOT_A_NOUN:
            return m.group(0)
        return m.group("w") + " " + " " * len(m.group("rel"))

    def blank(m: re.Match[str]) -> str:
        if m.group("w") and m.group("w").lower() not in _REL_PREPOSITIONS and (
                m.group("w").lower() in _NOT_A_NOUN or m.group("w").lower() in _CLAUSE_NOUNS):
            return m.group(0)  # "shows that it can", "evidence that it may": a complement clause, the claim itself
        if m.group("w") and _PREDICATE_NOUN_BEFORE_RE.search(text[:m.start("w")]):
            # "it's a cheap, gentle habit that can speed up the recovery": a relative clause on the predicate noun
            # of a copula says what the subject does, so its modal is the claim's (FRM13)
            return m.group(0)
        pronoun = re.search(r"\b(?:that|which|who)\b", m.group(0), re.I)
        rel = m.start() + (pronoun.start() if pronoun else 0)
        if len(re.findall(r"[A-Za-z][\w'’-]*", text[:rel])) <= 3 and not re.search(r"[,;:]", text[m.end():]):
            return m.group(0)  # the text is a noun and its relative clause ("tablets that can cause ulcers"): the claim
        a, b = m.span("m")
        return m.group(0)[:a - m.start()] + " " * (b - a) + m.group(0)[b - m.start():]

    text = _REDUCED_RELATIVE_RE.sub(reduced, text)
    text = _WH_RELATIVE_RE.sub(blank, text)
    return _FREE_RELATIVE_RE.sub(lambda m: m.group(0).replace(m.group("m"), " " * len(m.group("m"))), text)


# A relative clause opened by a relative pronoun after its noun ("tablets that can cause ulcers",
# ", which can harm the liver", "channels through which a product can penetrate"): its modal
# describes the noun. Nouns that take a complement clause ("evidence that it may work") are excluded.
_WH_RELATIVE_RE = re.compile(
    r"(?:\b(?P<w>[A-Za-z][\w'’-]*)\s+(?:that|which|who)|(?:^|,)\s*(?:which|who)|\b(?:through|in|by|with|from|into)\s+which)"
    r"\s+(?:[\w'’-]+\s+){0,7}?(?P<m>cannot|can['’]t|can|could|may|might|usually|often|sometimes|tend(?:s|ed)?\s+to)\b", re.I)
_PREDICATE_NOUN_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|it['’]s|they['’]re|that['’]s|remains?|becomes?)\s+(?:a|an|the)\s+"
                                       r"(?:(?!(?:for|of|in|with|on|to|at|by|from|among|than)\b)[\w-]+,?\s+){0,3}$", re.I)
_REL_PREPOSITIONS = frozenset("through in by with from into on".split())  # "channels through which ..."
_CLAUSE_NOUNS = frozenset("""evidence proof idea claim claims belief theory fact sign signs chance hope risk news
suggestion notion reason shows show showed shown suggest suggests suggested found find finds report reports reported
believe believes thought think thinks says said claim claimed proves proved proven demonstrated argue argues
so such""".split())


def reported_before(prefix: str, quote: str = "") -> bool:
    """Do the words before a claim in its sentence report it rather than assert it: a verb of
    saying whose complement the claim is ("the lash serum crowd says ...", "Women over 40 say ...",
    "Our customers tell us ..."), or the writer's own belief ("I think ...")? A study's finding is
    not hearsay ("studies say"), and a contrast ends the report's scope ("Some athletes claim X,
    but there is no evidence ...": the writer's own clause)."""
    clause = _CONTRAST_RE.split(prefix)[-1]
    m = _REPORTER_RE.search(clause)
    if m and m.group("shared"):
        # a shared modal needs a verb phrase conjunct: the quote starts with its verb, not a subject
        first = re.match(r"\W*([\w'’-]+)", quote)
        return bool(first and first.group(1).islower() and first.group(1) not in _SUBJECT_STOP
                    and not _PRONOUN_RE.match(first.group(1)) and first.group(1) not in ("you", "we", "i", "he", "she", "there")
                    # a word before a finite verb is a subject: "there is a high chance ...", "the serum is ..."
                    and not re.match(r"\W*[\w'’-]+\s+(?:is|are|was|were|has|have|had|will|would|does|do|did|isn['’]t|"
                                     r"aren['’]t|won['’]t|doesn['’]t)\b", quote, re.I))
    return bool(m)


def clause_after_contrast(prefix: str) -> str:
    """The part of a sentence's words before a claim after its last contrast ("but", "however")."""
    return _CONTRAST_RE.split(prefix)[-1]


def trailing_hedge(tail: str) -> bool:
    """Does a comment clause right after a claim mark it as opinion or hearsay (", in my opinion",
    ", or so every influencer says", "as far as she knows")?"""
    return bool(_TRAILING_HEDGE_RE.match(tail))


_CONTRAST_RE = re.compile(r"\bbut\b|\bhowever\b|\byet\b|;|\balthough\b|\bwhereas\b", re.I)
_REPORTER_RE = re.compile(
    r"\b(?:I|we)\s+(?:really\s+)?(?:think|believe|guess|suspect|reckon)\b|"
    # a noun of belief whose content is the claim: "Her theory is that ...", "my hunch was that ..." (FRM14)
    r"\b(?:theory|belief|hunch|guess|feeling|impression|suspicion|hope|view)\s+(?:is|was)\s+that\s*$|"
    # (evidence and its experts are not hearsay: the sources "according to" accepts)
    r"\b(?!(?:stud|research|trial|review|evidence|data|meta|scien|dermatolog|doctor|expert|physician|clinical))[\w'’-]+\s+"
    r"(?:say|says|claim|claims|insist|insists|swear|swears|tell\s+(?:us|me|you))\s*(?:that\s*)?$|"
    # a modal or "said to" before a coordination of verb phrases hedges each conjunct:
    # "The device can hit them and [aggravate the situation]", "are said to reduce fine lines, [shrink pores]"
    r"(?P<shared>\b(?:may|might|could|can|(?:is|are)\s+(?:said|thought|believed)\s+to)\s+(?!not\b)[a-z]+\b[^.;:!?]*(?:,|\band|\bor)\s*$)", re.I)
_TRAILING_HEDGE_RE = re.compile(
    r"\W{0,3}(?:in\s+my\s+(?:opinion|view)|or\s+so\b|as\s+far\s+as\s+(?:I|we|you|she|he|they|anyone)\s+"
    r"(?:know|knows|can\s+tell)|I\s+(?:think|believe|suspect|guess)|apparently|supposedly|allegedly|reportedly)\b", re.I)


def context_population(before: str, quote: str) -> str | None:
    """Who a claim is about when its own words do not say, from the discourse before it in its
    paragraph: a study description gives the population of the results reported after it ("In a
    trial of 90 women with hair loss, ... Hair density improved in all three groups"), in the same
    sentence whatever the tense, in an earlier one only for a result told in the past tense (a
    present-tense claim is general); the people who report a claim are who it is about ("Women
    over 40 say [it eases hot flushes]")."""
    before = before[before.rfind("\n") + 1:]  # a paragraph break or a heading ends the narrative
    sent_start = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    own = before[sent_start + 1:]
    said = re.search(r"(?P<who>[^,;:]{3,60}?)\s+(?:say|says|find|finds|tell\s+us|report)\s*(?:that\s*)?$", own, re.I)
    if said and (pop := _PEOPLE_SUBJECT_RE.match(said.group("who").strip() + " say")):
        return " ".join(pop.group("pop").split()).lower()
    if (studied := _study_population(own)) is not None:
        return studied
    last = re.split(r"(?<=[.!?])\s+", before[:sent_start + 1].strip())[-1] if sent_start >= 0 else ""
    if (case := _CASE_LABEL_RE.match(last) or _CASE_LABEL_RE.match(own)) is not None:
        # a numbered case label before the claim ("Case 1: Burn scar, forearm, 34-year-old man, 4 sessions. The
        # scar sits flatter"): a gallery's or case series' caption names the condition of the case it reports (FRM13)
        cond = re.split(r"\s+(?:on|in|after|at|of|from|with|to)\s+", case.group("c").strip(), maxsplit=1)[0]
        if 1 <= len(cond.split()) <= 4:
            return " ".join(cond.split()).lower()
    if _STUDY_WORD_RE.search(own + " " + quote):
        return None  # a new study is described ("A 2024 review of 12 trials confirmed ..."): no earlier one's people
    past = re.search(r"\b(?:[a-z]{3,}ed|did|was|were|had|grew|rose|fell|found|showed|gave|lost|got|took)\b", quote, re.I)
    if past and not re.search(r"\b(?:is|are|can|may|might|will|does|do|has|have)\b", quote, re.I):
        return _study_population(before[:sent_start + 1], last=True)
    return None


_CASE_LABEL_RE = re.compile(r"\W*(?:case|patient|client|example)\s*#?\s*\d+\s*[:.)–-]\s*(?P<c>[A-Za-z][^,.;:!?]{1,60})", re.I)


def _study_population(text: str, last: bool = False) -> str | None:
    """The participants a study description names ("a trial of 90 women with X", "141 women and
    128 men used ..."), the last one in `text` when `last`."""
    found = list(_STUDY_POP_RE.finditer(text))
    if not found:
        return None
    m = found[-1] if last else found[0]
    pop = m.group("pop") or f"{m.group('a')} and {m.group('b')}"
    if re.fullmatch(r"(?:adults|people|patients|participants|individuals|volunteers|users|subjects)", pop.strip(), re.I):
        return None  # the unrestricted default of nearly every trial names no population
    return " ".join(pop.split()).lower()


_STUDY_WORD_RE = re.compile(r"\b(?:trials?|stud(?:y|ies)|reviews?|meta-analys[ie]s|analys[ie]s|experiments?|series)\b", re.I)


_STUDY_POP_RE = re.compile(
    r"\b(?:trials?|stud(?:y|ies)|reviews?|analys[ie]s|experiments?|series)\b[^.;:!?]{0,80}?\b(?:of|in|among|with)\s+"
    r"(?:about\s+|around\s+|over\s+|nearly\s+)?(?:\d[\d,]*\s+)?(?P<pop>(?!(?:the|a|an|this|that|these|those|its|their|"
    r"your|our|my|some|any|each|every|other|such)\b)(?:[A-Za-z][\w-]*\s+)?(?:(?:men|women)\s+and\s+)?(?:" + _PEOPLE
    + r"|[a-z]+(?:ers|ists))\b(?:\s+(?:with|who|over|under|aged)\s+[^,.;:!?]{1,40})?)"
    r"|\b\d[\d,]*\s+(?P<a>women|men|adults|children|people|patients)\s+and\s+\d[\d,]*\s+(?P<b>women|men|adults|children)\b",
    re.I)


def population_of(text: str) -> str | None:
    """Who the claim is about: "in women with thinning hair", "for sensitive skin", a person noun
    with an age bound ("women over 50 keep ..."), or a second-person condition on a state of the
    reader ("if you are deficient", "when you are short of sleep" -> "people who are ...");
    a condition on an action ("if you stop", "if you start them early") is an instruction."""
    for m in _POPULATION_RE.finditer(text):
        pop = m.group("pop") or m.group("skin") or m.group("colour") or m.group("site") or m.group("part") or m.group("agent")
        if re.match(rf"(?:{_NUM}|\d+)\s", pop, re.I) and re.search(rf"\b(?:{_NUM}|\d+)\s+$", text[:m.start()], re.I):
            # "six in ten people": the count is the denominator of a share; the people noun alone says who
            pop = pop.split(None, 1)[1]
            if re.fullmatch(r"(?:people|users|individuals|patients)", pop.strip(), re.I):
                continue
        # a with-phrase ends where a clause of its own begins ("new mums with postpartum shedding it's ...")
        pop = re.split(r"\s+(?=(?:it|they|this|you|we|I|he|she)(?:['’]s|['’]re|\s+(?:is|are|was|were|can|will|does|do|has|have)\b))",
                       pop)[0]
        if pop.lower() == "those" or re.fullmatch(r"(?:all|most|many|both)?\s*(?:people|users|individuals|anyone|humans|customers|clients)", pop.strip(), re.I):
            continue  # "in people" is everyone; "in most users" is a share of people, not who the claim is about
        if re.search(r"\w+\W+\w+\W+\w+.*\b(?:especially|particularly|notably|above\s+all)\s+$", text[:m.start()], re.I):
            continue  # "especially in people who are low": the subgroup where the effect is largest, not the claim's
        # (a child is the same person in any register: "kids" is "children", FRAME4)
        return re.sub(r"\bkids\b", "children", " ".join(pop.split()), flags=re.I)
    # (a fronted adjunct is not the subject: "In a randomized split-face trial, Korean women who wore ...", FRM13)
    subj = _PEOPLE_SUBJECT_RE.match(text) or _PEOPLE_SUBJECT_RE.match(_FRONTED_ADJUNCT_RE.sub("", text, count=1))
    if subj:
        return " ".join(subj.group("pop").split()).lower()  # "Pregnant women in particular often find ..."
    helped = _HELPED_PEOPLE_RE.search(text)
    if helped:
        return " ".join(helped.group("pop").split()).lower()  # "helps women with thinning hair grow new hairs" (FRM13)
    stage = _LIFE_STAGE_RE.search(text)
    if stage:
        return _LIFE_STAGES[stage.group("stage").lower()]
    if _POSTPARTUM_RE.search(text):
        return "postpartum women"  # "postpartum shedding": a life stage said of what happens in it is its population (FRAME4)
    if _PREGNANCY_WORD_RE.search(text):
        return "pregnant women"  # a trimester is a stage of pregnancy; "pregnancy-safe" is safe in pregnancy (FRM14)
    state = _STATE_ADJUNCT_RE.search(text)
    if state:
        # "safe to use while pregnant": a verbless adjunct predicates a state of the user (FIX21)
        return "people who are " + " ".join(state.group("state").split()).lower()
    worse = re.search(r"\bmak(?:e|es|ing)\s+(?:existing\s+)?(?P<x>(?:[\w-]+\s+){0,2}?[\w-]+)\s+worse\b|"
                      r"\b(?:aggravat|exacerbat|worsen)\w*\s+(?:existing\s+|your\s+|the\s+)?(?P<y>(?:[\w-]+\s+){0,2}?[\w-]+)",
                      text, re.I)
    if worse and _PROBLEM_RE.search(worse.group("x") or worse.group("y") or ""):
        # a harm that worsens a condition is a harm to people who have it ("can make kidney problems worse")
        return "people with " + " ".join((worse.group("x") or worse.group("y")).split()).lower()
    aged = _AGED_PEOPLE_RE.search(text)
    if aged:
        return " ".join(aged.group(0).split()).lower()
    cond = _YOU_CONDITION_RE.search(text)
    if cond:
        rest = []
        for w in cond.group("rest").split():
            if w.lower() in _NP_STOP - {"of", "a", "an", "the"} or w.lower() in ("makes", "helps", "works", "gives", "takes"):
                break  # the condition ends where the main clause goes on
            rest.append(w.lower())
        raw = cond.group("rest").split()
        if len(raw) >= 2 and raw[0].lower().endswith("ing") and raw[1].lower() in ("it", "this", "them", "these", "that") and not (
                len(raw) >= 3 and raw[2].lower() in _AUX_WORDS):  # ("if you're breastfeeding it is fine": "it" opens the main clause)
            rest = []  # "when you're doing it at home": using the treatment itself is a setting, not who uses it
        if rest:
            return " ".join(["people who", cond.group("verb").lower().replace("’re", "are").replace("'re", "are"), *rest])
    return _study_population(text)  # "One small study in rugby players reported ..."


# A people noun with a restrictive modifier as the subject: "Pregnant women ...", "Women over 40 ...",
# "women who took a collagen drink ..." (a bare "People ..." is everyone)
_PEOPLE_SUBJECT_RE = re.compile(
    r"\W*(?P<pop>(?!(?:the|a|an|this|that|these|those|its|their|your|our|my|some|any|many|most|all|few|several|other|such|"
    r"regular|new)\b)[A-Za-z][\w-]*\s+(?:women|men|adults|children|kids|babies|mothers|patients|athletes)\b"
    r"|(?:women|men|adults|children|patients|customers|clients|users)\s+(?:who\s+(?:took|take|used|use|added|had|have|are|were)|with|over|under|aged)"
    r"\s+[^,.;:!?]{1,60}?(?=\s+(?:had|have|has|saw|see|got|get|lost|grew|showed|reported|say|said|tell|told|find|found|noticed|were|are)\b))",
    re.I)
_FRONTED_ADJUNCT_RE = re.compile(r"^\W*(?:in|at|after|during|over|across|for)\s+[^,;:]{1,60},\s*", re.I)
# The people a verb of enabling acts on, restricted by a with-phrase ("helps women with thinning hair grow new hairs",
# "lets men with a receding hairline keep ..."): the with-phrase ends before the bare infinitive, the verb whose
# object (a determiner, possessive or degree word) follows it
_HELPED_PEOPLE_RE = re.compile(
    r"\b(?:helps?|helped|helping|lets?|allows?|allowed|enables?|enabled)\s+(?P<pop>(?:women|men|adults|people|patients|children|"
    r"teens|users)\s+(?:with|who\s+have)\s+(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+[a-z]+\s+(?:new|more|less|back|their|your|his|"
    r"her|the|a|an|some|thicker|longer|stronger|better|faster|fuller|up|out|down)\b)", re.I)
# Life stages that name who a claim is about: "safe during pregnancy", "fine while breastfeeding"
_LIFE_STAGE_RE = re.compile(r"\b(?:during|while|in|through(?:out)?)\s+(?:(?:her|your|their|my|our|the)\s+)?(?P<stage>pregnancy|breastfeeding|breast-feeding|menopause|perimenopause|"
                            r"lactation)\b", re.I)
# Words that place a claim in pregnancy without naming the stage after "during": a trimester, or a compound
# adjective of fitness for it ("pregnancy-safe", "pregnancy-friendly")
_PREGNANCY_WORD_RE = re.compile(r"\bpregnant\s+(?!(?:with|by|for|at|in|and|or|or|while|when|is|are)\b)[a-z]{3,}|"
                                r"\b(?:first|second|third|last|final|early|late)\s+trimester\b|\bpregnancy[\s-]"
                                r"(?:safe|friendly|approved|compatible)\b", re.I)
_POSTPARTUM_RE = re.compile(r"\bpost[\s-]?(?:partum|natal|pregnancy)\b|\bafter\s+(?:giving\s+birth|childbirth)\b", re.I)
_LIFE_STAGES = {"pregnancy": "pregnant women", "breastfeeding": "breastfeeding women", "breast-feeding": "breastfeeding women",
                "menopause": "menopausal women", "perimenopause": "perimenopausal women", "lactation": "breastfeeding women"}
# A subordinator with a bare adjective or -ing participle and no subject or verb ("while pregnant",
# "when nursing", "if pregnant or breastfeeding") is a state of the person using the treatment.
# (an -ed participle, "when used daily", conditions the use, not the user; the impersonal
# adjectives of "if necessary", "when possible" are a closed class that predicates of no one)
_IMPERSONAL_ADJ = (r"necessary|possible|needed|desired|available|appropriate|applicable|required|feasible|"
                   r"tolerated|indicated|directed|prescribed|advised|recommended|applied|used|done|finished|ready")
_STATE_WORD = (rf"(?!(?:{_IMPERSONAL_ADJ}|the|a|an|it|you|they|we|he|she|this|that|there|using|taking|applying)\b)"
               r"(?![a-z]+(?:ed|ly)\b)[a-z]{3,}")
_STATE_ADJUNCT_RE = re.compile(
    rf"\b(?:while|when|whenever|if|once|unless)\s+(?P<state>{_STATE_WORD}(?:\s+(?:or|and)\s+{_STATE_WORD})?)"
    r"\s*(?=$|[,.;:!?)]|\s+(?:and|but)\s)", re.I)
_AGED_PEOPLE_RE = re.compile(r"\b(?:women|men|adults|people|patients|children|teens|teenagers|users)\s+(?:over|under|aged|"
                             r"older\s+than|younger\s+than)\s+\d+", re.I)
_YOU_CONDITION_RE = re.compile(
    r"\b(?:if|when|unless|once|only\s+if)\s+you\s*(?P<verb>['’]re|are\s+not|are|lack|feel|eat|have|suffer\s+from)"
    r"(?P<rest>(?:\s+[a-z][\w-]*){1,5})", re.I)


def subject_of(text: str) -> str | None:
    """The sentence's subject noun phrase ("Rosemary oil" in "Rosemary oil rivals minoxidil"),
    or None when it starts with a verb or is too long to be one."""
    s = re.sub(r"^\W+", "", text)
    s = re.sub(r"^(?:and|but|so|also|plus|however|in\s+fact|indeed|overall|moreover|still|yet|even\s+better|"
               r"better\s+yet|best\s+of\s+all|what's\s+more)[,\s]+", "", s, flags=re.I)
    # "According to X, ...", "Studies show that ...", "Experts say ...": the claim follows.
    s = re.sub(r"^(?:according\s+to[^,]{1,60},\s*|(?:\w+\s+){0,4}(?:show(?:s|ed|n)?|suggest(?:s|ed)?|"
               r"found|find|say(?:s)?|said|claim(?:s|ed)?|report(?:s|ed)?|believe(?:s)?)\s+(?:that\s+)?)", "", s,
               flags=re.I)
    m = next((v for v in _VERB_START_RE.finditer(s) if not _plural_head(s, v)), None)
    if m is None:
        # coordinated plural heads with a bare plural verb after them: "Our custom trays and gel lift teeth"
        m = re.match(r"\W*(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*s\s+(?:and|or)\s+[A-Za-z][\w'’-]*(?=\s+[a-z]{3,}\b)", s)
        phrase = m.group(0).strip(" ,;:-–—") if m else ""
    else:
        phrase = s[:m.start()].strip(" ,;:-–—") if m.start() > 0 else ""
    if not phrase:
        return None
    # (FIX12a: a number inside a post-modifying phrase, "Caffeine after 4pm", is no proportion: only a
    # number before the head, in the determiner's place, makes "80% of users" one)
    pre = re.split(r"\s+(?:of|after|before|from|in|at|on|with|for|during|a\s+day)\b", phrase, maxsplit=1, flags=re.I)[0]
    if re.search(r"\d|%", pre) and not _STRENGTH_NAME_RE.match(phrase):
        return None  # "80% of users ...": a proportion, not a treatment ("the 0.1% cream" is one, by its strength)
    words = [w for w in re.findall(r"\d+(?:[.,]\d+)?\s?%|[A-Za-z0-9][\w'’-]*", phrase)]
    # a number or a possessive is a determiner, not the head: "Six dates a day ..." -> "dates a day ..."
    while words and (words[0].lower() in _SUBJECT_STOP or (words[0].lower() in _NUM_WORDS and len(words) > 1
                                                           and words[0].lower() not in ("a", "an", "half"))):
        words = words[1:]
    if not words or len(words) > 6:
        return None
    return " ".join(words)


_CARDINAL_RE = re.compile(r"(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                          r"twenty|thirty|forty|fifty|sixty)$", re.I)
_EXPLICIT_VERB_RE = re.compile(r"(?:is|was|has|does|helps?|works?|never|not|also|actually|really|isn['’]t|doesn['’]t)$", re.I)
_VERBAL_CONJUNCT_RE = re.compile(r"\s+(?:and|or)\s+(?:[a-z]+(?:s|ed)|then|also|still|is|are|can|may|will|[a-z]+ly|it|they|"
                                 r"you|the|a|an|your|my|its|their)\b", re.I)


def _plural_head(s: str, v: re.Match[str]) -> bool:
    """Is a word in "-s" that looks like a finite verb the plural head of the subject instead? (FIX12a) It is
    after a number, which is a determiner ("Six dates a day ... may help"), and before "and" with a noun after it, a
    coordination of nouns ("Our custom trays and gel lift teeth"; "works and lasts" coordinates verbs). (A plural
    noun before an auxiliary, "Zinc lozenges can shorten", is read by `clause_verb`.)"""
    word = v.group(0)
    if _EXPLICIT_VERB_RE.match(word) or not word.lower().endswith("s") or v.start() == 0:
        return False
    before = re.findall(r"[\w%'’-]+", s[:v.start()])
    if before and _CARDINAL_RE.match(before[-1].rstrip("%")) and before[-1].lower() not in ("one",):
        return True
    rest = s[v.end():]
    return bool(re.match(r"\s+(?:and|or)\s+[a-z]", rest, re.I)) and not _VERBAL_CONJUNCT_RE.match(rest)


# A product named by its strength: "the 0.1% cream", "a 5% minoxidil foam", "20 mg tablets"
_STRENGTH_NAME_RE = re.compile(r"^(?:(?:the|a|an|this|that)\s+)?\d+(?:[.,]\d+)?\s?(?:%|percent|mg|mcg|g|iu)\s+(?!of\b)[A-Za-z]"
                               r"[\w-]*(?:\s+[A-Za-z][\w-]*){0,3}$", re.I)


def _is_pronoun(phrase: str | None) -> bool:
    return phrase is None or bool(_PRONOUN_RE.match(phrase.strip()))


# --- outcome --------------------------------------------------------------------------------

_OBJ_STOP_RE = re.compile(
    r"\s+(?:by|in|within|after|over|for|than|compared|versus|vs\.?|as|when|while|because|so|if|without|"
    r"with|from|during|thanks|which|that|who|and\s+(?:is|are|can|may|will|it)|but|to\s+(?:the|a)?\s*(?:skin|"
    r"scalp)|up\s+to|of\s+(?:users|people|patients|women|men)|overnight|instantly|immediately|right\s+away|"
    r"at\s+(?:least|most|home)|rivals?|matches|beats?|outperforms?|better|more\s+effective)\b(?!-).*$|[,;:(].*$", re.I)


_WEAK_RE = re.compile(r"^(?:help\w*|work\w*|support\w*|effective|beneficial|benefits?|good\s+for|great\s+for)$", re.I)


_INTRANSITIVE_AFTER_RE = re.compile(r"\s*(?:$|[,.;:!?)]|(?:too|also|again|by|from|after|in|within|over|on|during|"
                                    r"significantly|dramatically|noticeably|markedly|steadily|quickly|[a-z]{3,}ly)\b)", re.I)
# (OUTC: and the unaccusative change-of-state verbs, with their particle: "the brain fog lifted", "the
# spots cleared up", "the swelling went down", "my lashes dropped back": without an object, the verb
# predicates its change of the subject. Not "fill in": its subject is the place filled, "my patchy
# cheeks filled in", and what fills it goes unsaid, so the main outcome stands)
_CHANGE_VERB_RE = re.compile(r"\b(?:improv\w*|fell|fall(?:s|en)?|dropp?\w*|rose|ris(?:e|es|en)|went\s+(?:up|down|away)|"
                             r"clear(?:s|ed)?\s+up|lift(?:s|ed)|vanish(?:es|ed)|"
                             r"disappear(?:s|ed)|shrank|shrunk|thicken(?:s|ed)|calm(?:s|ed)\s+down|settl(?:es|ed)|fad(?:es|ed)|heal(?:s|ed)|"
                             r"stop(?:s|ped)|eas(?:e|es|ed)|"
                             r"decreas\w*|increas\w*|halv\w*|doubl\w*|declin\w*|grew|look(?:s|ed)?|feels?|felt|"
                             r"(?:is|are|was|were)\s+(?:noticeably\s+|much\s+|visibly\s+)?(?:more\s+\w+|\w+er))\b", re.I)


def _changed_subject(body: str, verb: re.Match[str] | None) -> str:
    """The subject of a change verb or a linking verb with a comparative ("my hair looked
    thicker" -> "hair"), when it is not a pronoun: the thing that changed is the outcome."""
    m = verb or _CHANGE_VERB_RE.search(body)
    if m is None:
        return ""
    before = re.split(r"[,;:]|\b(?:and|but|that|which|when|after|because)\b", body[:m.start()])[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", before)]
    pp = re.search(r"(?P<head>\b[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s+after\s+(?P<x>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*$",
                   re.split(r"[,;:]|\b(?:and|but|that|which|when|because)\b", body[:m.start()])[-1])
    if pp and len(words) <= 2 and not _PRONOUN_RE.match(pp.group("x")) and not any(
            w.lower() in _AUXILIARIES | _PERSONAL | _CLAUSE_DET for w in pp.group("x").split()):
        # "Muscle soreness after training drops": "after" with a noun or gerund and no verb is a preposition
        # inside the subject, whose head comes before it (OUTC2)
        words = [w.lower() for w in pp.group("head").split()]
    while words and words[-1] in _AUXILIARIES:
        words.pop()  # "my crown had filled in": the perfect's auxiliary is the verb's (OUTC)
    poss = max((i for i, w in enumerate(words) if w in _POSSESSIVE and w != "her"), default=-1)
    if poss > 0 and words[0] in ("within", "after", "by", "at", "in", "over", "for", "around", "since", "from"):
        words = words[poss:]  # "Within three months my crown": a fronted adjunct ends at the subject's determiner (OUTC)
    owner = max((i for i, w in enumerate(words) if re.search(r"['’]s$", w)), default=-1)
    if 0 <= owner < len(words) - 1:
        words = words[owner + 1:]  # "My son's cheeks": the possessor is whose, not what changed (OUTC)
    # (a sentence adverb before the subject, "and honestly her skin looks lighter", is no part of it, JUNK15)
    while words and (words[0] in _SUBJECT_STOP | {"my", "our", "his", "her", "i", "we"}
                     or (words[0].endswith("ly") and len(words[0]) > 5 and len(words) > 1)):
        words = words[1:]
    while len(words) > 1 and (words[-1] in _FUNCTION_ADVERBS or re.fullmatch(r"[a-z]{2,}(?:al|ite|ate|ous|ib|ab|ive|ful|ent|ant)ly", words[-1])):
        words.pop()  # "the epidermis actually thickens": a sentence adverb before the verb is no part of the subject (FRAME5)
    # a participle after the head starts a reduced relative clause ("sweat production measured on
    # filter paper fell"): the subject ends before it
    part = next((i for i, w in enumerate(words) if i > 0 and re.fullmatch(r"[a-z]{3,}(?:ed|en)", w)), None)
    if part is not None and len(words) > 4:
        words = words[:part]
    if not words or len(words) > 4 or _PRONOUN_RE.match(" ".join(words)) or words[0] in ("i", "you", "we", "they",
                                                                                        "he", "she", "it"):
        return ""
    return " ".join(words[-3:])


def same_head(a: str, b: str) -> bool:
    """Do two noun phrases have the same head noun (their last word, compared on a 5-letter stem)?
    "dummy lotion" and "a dummy lotion" do; "anxiety" and "anxiety medicine" do not."""
    def head(np: str) -> str:
        ws = re.findall(r"[a-z][\w-]*", np.lower())
        while ws and (ws[-1] in _NP_STOP or ws[-1] in _NP_TAIL):
            ws.pop()  # "dummy lotion on": a clipped preposition is no head
        return ws[-1][:5] if ws else ""
    return bool(head(a)) and head(a) == head(b)


def _shares_word(phrase: str, text: str) -> bool:
    """Does `text` use a content word of `phrase` (compared on a 5-letter stem)?"""
    stems = {w[:5] for w in re.findall(r"[a-z]{3,}", text.lower())}
    return any(w[:5] in stems for w in re.findall(r"[a-z]{3,}", phrase.lower()) if w not in _NP_STOP)


_NOMINAL_SUFFIX_RE = re.compile(r"(?<=[^aeiou])th$")


def _clean_np(words: str) -> bool:
    """Can these words stand as an outcome: 1-5 words of a noun phrase, no pronoun, clause word,
    number or adverb, and not a treatment (the learned phrase model)?"""
    ws = words.lower().split()
    inner = {"of", "and", "or", "in", "a", "an", "the"}  # allowed inside ("length of a cold"), never at an end
    if not 1 <= len(ws) <= 5 or _names_no_outcome(ws) or any((w in _NP_STOP and not (0 < i < len(ws) - 1 and w in inner)) or
                                    w in _OUTCOME_FILLER or (w.endswith("ly") and len(w) > 5) or not w[0].isalpha()
                                    for i, w in enumerate(ws)):
        return False
    if ws[-1] in _NP_TAIL or ws[-1] in _LOCATIVE:
        return False  # "milia around", "brain too": a clipped phrase, not a noun phrase
    # a -th nominalisation ("growth", "regrowth") is a noun, not the verb it comes from
    if len(ws[-1]) < 3 or any((w in _NUM_WORDS and w not in ("a", "an")) or w in _NOT_IN_NP
                              or ((_BENEFIT_VERB_RE.fullmatch(w) or _HARM_VERB_RE.fullmatch(w))
                                  and not _NOMINAL_SUFFIX_RE.search(w)) for w in ws):
        return False  # a verb or a preposition left in: prose, not a noun phrase
    from .phrases import treatment_probability

    return treatment_probability(words) < 0.8  # the threshold `_is_treatment_phrase` uses


# Closed-class words that never name an outcome: personal pronouns, adverbs of time, degree and
# place, and the auxiliaries. A phrase holding one is a clipped clause ("so they", "ago i haven't",
# "ever had"), not a noun phrase (FRM8).
_PERSONAL = frozenset("i me you he him she we us they them it one".split())
_FUNCTION_ADVERBS = frozenset("""ever never ago far so most least very just even already yet still also too quite
rather almost nearly soon often always sometimes once twice then there here now
overnight today tonight tomorrow yesterday""".split())  # (adverbs of time: "results overnight", JUNK15)
_AUXILIARIES = frozenset("is are was were be been being am has have had can could may might will would should must do does "
                         "did".split())


def _noun_phrase_prefix(phrase: str | None) -> str:
    """The noun phrase `phrase` starts with: its words up to the first pronoun, auxiliary, negation
    or adverb, or a coordinator before a verb ("morning stiffness and helps you" -> "morning
    stiffness", "painkillers completely" -> "painkillers"), without a trailing preposition; "" when
    that leaves no noun phrase ("so they", "started filling")."""
    ws = (phrase or "").split()
    if ws and _names_no_outcome([w.lower() for w in ws]):
        return ""  # "every tuesday reader", "head three weeks": no prefix of a population or a time names an outcome (OUTC)
    out: list[str] = []
    for i, w in enumerate(ws):
        # (a participle inside is a modifier, "unwanted interactions", "damaged hair": no lone verb; a
        # general noun of result is judged with its phrase, "visible results", OUTC)
        if not (_is_noun_phrase(w) or (i + 1 < len(ws) and _REGULAR_PAST_RE.fullmatch(w.lower()))
                or w.lower() in _OUTCOME_FILLER) and \
                w.lower() not in ("and", "or", "of", "in", "a", "an", "the"):
            if len(out) == 1 and w.lower() in _CLAUSE_DET | {"their", "some", "any"}:
                # one word before a determiner is a verb with its object ("swear my lashes ..."): the
                # object is the noun phrase
                return _noun_phrase_prefix(" ".join(ws[i + 1:]))
            if len(out) == 1 and w.lower() in ("to", "by", "with", "from", "for", "at", "on", "into"):
                return ""  # "linked to balding": a participle and its complement, no noun phrase
            break
        if w.lower() in ("and", "or") and i + 1 < len(ws) and (_BENEFIT_VERB_RE.fullmatch(ws[i + 1])
                                                            or _HARM_VERB_RE.fullmatch(ws[i + 1])
                                                            or _LIGHT_VERBS & {ws[i + 1].lower(), ws[i + 1].lower()[:-1], ws[i + 1].lower()[:-2]}):
            break  # "... and helps you move": a second predicate, not a second outcome
        out.append(w)
    while out and (out[-1].lower() in _NP_STOP or out[-1].lower() in _NP_TAIL or (
            len(out) > 1 and out[-1].lower().endswith("ed") and (_CHANGE_VERB_RE.fullmatch(out[-1])
                                                                 or _PARTICIPLE_AFTER_NOUN_RE.fullmatch(out[-1].lower())))):
        out.pop()  # "lashes looked", "eczema cleared": the subject's verb is no part of it
    words = " ".join(out)
    return words if _is_noun_phrase(words) else ""


# Subordinating conjunctions: each opens a clause, never a noun phrase (JUNK15)
_SUBORDINATORS = frozenset("unless although though because whereas whether until lest since while whenever".split())
# A regular past participle ending a phrase after its noun: a reduced clause, not a modifier (JUNK15)
_PARTICIPLE_AFTER_NOUN_RE = re.compile(r"[a-z]{2,}[^e\W]ed")
_QUANTIFIER_PRONOUNS = frozenset("both either neither all each none several many few most some any others".split())


# (OUTC) Closed classes of English that never name an outcome. The irregular past tenses are finite
# verbs ("Hair counts rose", read with the verb as the object); the light and perception verbs in their
# bare form head a clause ("nothing you can see", "clients come back"); a noun of persons or groups is
# who undergoes the change, never what changed ("customers", "every reader", "both groups"): the
# population, not the outcome.
_IRREGULAR_PAST = frozenset("""rose fell grew went came became began broke shrank sank woke wore drove gave took
saw ran stood kept made got felt thought brought caught sought taught told found said""".split())
# (those never a noun's modifier either: one inside a phrase makes it a clause, "creams gave similar")
_PAST_IN_CLAUSE = frozenset("grew went came became began gave took found said".split())
_LIGHT_VERBS = frozenset("see come go seem become get give make take put let".split())
_PERSON_HEADS = frozenset(("""people person persons patients patient adults adult women woman men man children
child kids users user individuals participants participant volunteers customers customer clients client readers
reader guests guest groups group subjects backers fans followers""").split())
# a measure of time ("three weeks", "by sunday"): when, not what
_TIME_WORDS = frozenset("""day days week weeks month months year years monday tuesday wednesday thursday friday
saturday sunday""".split())
_REGULAR_PAST_RE = re.compile(r"[a-z]{2,}[^e\W]ed")


def _names_no_outcome(ws: list[str]) -> bool:
    """Are these lower-cased words no outcome by a closed class (OUTC)? A lone past-tense verb, a
    bare light verb first, a person or group noun as head, a number word, or a measure of time."""
    if len(ws) == 1 and (ws[0] in _IRREGULAR_PAST or _REGULAR_PAST_RE.fullmatch(ws[0])):
        return True  # "rose", "ended": a finite verb alone
    if any(w in _PAST_IN_CLAUSE for w in ws) or all(w in _OUTCOME_FILLER for w in ws):
        return True  # "creams gave similar"; "bit", "results": a general noun alone names nothing
    if ws[0] in _LIGHT_VERBS:
        return True
    if ws[-1] in _PERSON_HEADS:
        return True
    if any(w in _NUM_WORDS and w not in ("a", "an", "half", "several", "couple") for w in ws):
        return True  # "head three": a count is a magnitude or a time, not a name
    return any(w in _TIME_WORDS and (i == 0 or ws[i - 1] in _NUM_WORDS or w.endswith("day")) for i, w in enumerate(ws))


# A clitic left as a word of its own when an apostrophe is lost ("doesn t", "it s", "you ll"), or the host of a
# negative clitic ("doesn", "isn", "wouldn"): never a word of a noun phrase (OUTC2)
_SPLIT_CLITIC_RE = re.compile(r"ll|re|ve")


def _split_clitic(ws: list[str]) -> bool:
    """Do these words hold a clitic whose apostrophe was lost: "ll", "re", "ve" as words, or a "t" after
    its negative host ("doesn t", "can t") or first, its host cut off ("t tan")?"""
    return any(_SPLIT_CLITIC_RE.fullmatch(w) or (w == "t" and (i == 0 or ws[i - 1].endswith("n")))
               or (w.endswith("n") and (w[:-1] in _AUXILIARIES or w in ("won", "don", "ain"))) for i, w in enumerate(ws))


def _is_noun_phrase(phrase: str | None) -> bool:
    """Can `phrase` be an outcome's name: words of a noun phrase (head noun and modifiers), with no
    pronoun, auxiliary, negation, closed-class or -ly adverb, and no verb fragment (a verb followed by
    its gerund complement, "started filling")?"""
    ws = re.findall(r"[a-z][\w'’-]*", (phrase or "").lower())
    if not ws or _names_no_outcome(ws):
        return False
    if _split_clitic(ws) or ws[-1] == "own":
        # "doesn t dry", "t tan bc": a contraction whose apostrophe was lost leaves its clitic as a word, the
        # remains of a clause; "own" only ever follows a possessive ("on its own"), never heads a noun
        # phrase (OUTC2)
        return False
    for w in ws:
        if w in _PERSONAL or w in _FUNCTION_ADVERBS or w in _AUXILIARIES or re.search(r"n['’]t$", w) \
                or (w.endswith("ly") and len(w) > 5) or w in ("not", "no") or w in _SUBORDINATORS \
                or re.sub(r"['’](?:d|ll|re|ve|s|m)$", "", w) in _PERSONAL:
            # (a pronoun with a clitic auxiliary, "they'd call", starts a clause; a subordinator, "unless",
            # joins one: neither names a property, JUNK15)
            return False
    if len(ws) >= 2 and re.fullmatch(r"[a-z]+(?:ed|s)", ws[0]) and re.fullmatch(r"[a-z]{3,}ing", ws[1]):
        return False  # "started filling", "keeps growing": an aspectual verb and its complement
    if len(ws) >= 2 and _PARTICIPLE_AFTER_NOUN_RE.fullmatch(ws[-1]):
        return False  # "a product rinsed", "network meta-analysis ranked": a noun and its verb, a clause (JUNK15)
    if len(ws) >= 2 and ws[-1] in _QUANTIFIER_DETERMINERS and ws[-2] in _NP_STOP:
        return False  # "placebo on every": a preposition's quantifier whose noun was cut off ends no noun phrase (FRAME6)
    return ws[-1] not in _NP_STOP and ws[-1] not in _NP_TAIL  # "burns calories to": a clipped clause


_QUANTIFIER_DETERMINERS = frozenset("every each any some several both all most many few".split())


_NOT_IN_NP = frozenset("against about toward towards including include includes".split())
# Words that make a phrase prose rather than an outcome ("visible results", "the best", "a little").
_OUTCOME_FILLER = frozenset("""results result way ways thing things lot lots little bit best better more less much many
most some something anything everything nothing difference effect effects change changes work
""".split())


# A general noun of result on its own ("the benefit", "results", "the effect"): it refers to whatever
# the article measures, so the caller's label or the main question's outcome stands (JUNK15)
_GENERAL_RESULT_RE = re.compile(r"(?:(?:the|a|an|any|its|their|this|that|these|those|such)\s+)?(?:benefits?|results?|"
                                r"effects?|improvements?|gains?|outcomes?|difference|change|changes)", re.I)


# --- outcomes a clause's structure names beside the caller's label (OUTC2) ---------------------


def _gerund(verb: str) -> str:
    """The -ing nominalisation of a verb as worded: "lighten" -> lightening, "tightens" -> tightening,
    "whitened" -> whitening, "fade" -> fading."""
    if verb.endswith("ed") and len(verb) > 4:
        verb = verb[:-2] if not verb.endswith("ied") else verb[:-3] + "y"
    elif verb.endswith("es") and re.search(r"(?:sh|ch|x|ss|z)es$", verb):
        verb = verb[:-2]
    elif verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3:
        verb = verb[:-1]
    if re.fullmatch(r"[^aeiou\W]*[aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ing"  # one syllable closed by a single consonant doubles it: thin -> thinning (FRAME5)
    return (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"


# A comparative quantifier before a noun and "than": the noun is the quantity compared ("up to 43% less
# friction than a cotton pillowcase", "more energy than my pre-workout powder did")
_COMPARED_QUANTITY_RE = re.compile(r"\b(?:more|less|fewer)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
                                   r"(?:than|vs\.?|versus)\s", re.I)
# a copula or verb of perception before it makes the comparative a predicate adjective ("far less angry than")
_PREDICATE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|feels?|felt|looks?|looked|seems?|seemed|"
                                  r"gets?|got|becomes?|became|stays?|stayed)\s+(?:[\w-]+\s+){0,2}$|['’](?:s|re|m)\s+(?:[\w-]+\s+){0,2}$",
                                  re.I)
# adjective-forming suffixes: "less painful", "more effective", "more affordable" compare a property, no quantity
_ADJECTIVE_SUFFIX_RE = re.compile(r"[a-z]{3,}(?:ful|ous|ive|able|ible|less|ish|ic|al|ed|er)")
_DEGREE_WORDS = r"(?:(?:noticeably|visibly|much|far|way|so|even|slightly|a\s+(?:bit|lot|little|touch))\s+)?"
# two or more coordinated comparatives ("bouncier and firmer", "brighter, more hydrated", "lighter and less puffy")
_COMPARATIVE = rf"{_DEGREE_WORDS}(?:(?:more|less)\s+[a-z]{{3,}}|[a-z]{{3,}}(?:er|ier))"
_COMPARATIVES_RE = rf"(?P<adjs>{_COMPARATIVE}(?:\s*,\s*(?:and\s+)?{_COMPARATIVE})*\s*,?\s+and\s+{_COMPARATIVE}|" \
                   rf"{_COMPARATIVE}\s*,\s*{_COMPARATIVE})"
# ... as the predicate of a subject ("my cheeks feel bouncier and firmer") or before their noun in a verbless
# claim ("Instantly brighter, more hydrated skin")
_PREDICATED_COMPARATIVES_RE = re.compile(
    rf"(?P<subj>\b[a-z][\w-]*)\s+(?:feel|feels|felt|look|looks|looked|seem|seems|is|are|was|were|get|gets|got|become|"
    rf"becomes|became|stay|stays)\s+{_COMPARATIVES_RE}\s*(?:$|[,.;:!?]|\s(?:and|but|in|after|within|by|for|than|over|on|"
    rf"at|from|with|since)\b)", re.I)
_VERBLESS_COMPARATIVES_RE = re.compile(rf"^\W*(?:[a-z]+ly\s+)?{_COMPARATIVES_RE}\s+(?P<noun>[a-z][\w-]*)\W*$", re.I)
_NOT_PROPERTY_COMPARATIVE = frozenset("""better worse more less fewer greater lesser faster slower sooner later quicker
rather other either neither whether never ever over under after water number ever""".split())


# English adjectives whose property noun is formed with -th (or is otherwise irregular), not -ness (FRAME3)
_TH_NOUNS = {"long": "length", "strong": "strength", "deep": "depth", "wide": "width", "high": "height",
             "warm": "warmth", "broad": "breadth", "young": "youth", "clear": "clarity",
             "small": "size", "big": "size", "large": "size"}


def _comparative_property(phrase: str) -> str:
    """The noun of the property one comparative names: "firmer" -> firmness, "bouncier" -> bounciness,
    "less puffy" -> puffiness, "more hydrated" -> hydration (a participle in -ated, its -ation noun);
    "" for a comparative of evaluation or speed ("better", "faster"), which names no property."""
    ws = re.sub(_DEGREE_WORDS, "", phrase.lower().strip(), count=1).split()
    if not ws:
        return ""
    adj = ws[-1]
    if len(ws) >= 2 and ws[-2] in ("more", "less"):
        base = adj
        if base.endswith("ated"):
            return base[:-2] + "ion"  # "more hydrated" -> hydration
        if base.endswith("ed") or _ADJECTIVE_SUFFIX_RE.fullmatch(base) and not base.endswith("y"):
            return ""
    elif adj in _NOT_PROPERTY_COMPARATIVE or not adj.endswith("er") or len(adj) < 5:
        return ""
    elif adj.endswith("ier"):
        base = adj[:-3] + "y"
    else:
        base = adj[:-2]
        if len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "lsaeiou":
            base = base[:-1]  # "bigger", "redder"
        elif base[-1] in "scvz" or (base[-1] == "g" and base[-2] != "n"):
            base += "e"  # "denser", "larger"
    if base in _NOT_PROPERTY_COMPARATIVE or base in _NP_STOP:
        return ""
    if base in _TH_NOUNS:
        return _TH_NOUNS[base]  # "longer" -> length: the adjectives whose property noun is an old -th noun (FRAME3)
    # a one-syllable adjective keeps its -y before -ness ("drier" -> dryness, "shy" -> shyness)
    return base[:-1] + "iness" if base.endswith("y") and re.search(r"[aeiou]", base[:-1]) else base + "ness"


def _coordinated_properties(adjs: str) -> str:
    """"bouncier and firmer" -> "bounciness and firmness"; "" unless every conjunct names a property."""
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", adjs.strip()) if p]
    props = [_comparative_property(p) for p in parts]
    if len(props) < 2 or not all(props):
        return ""
    return ", ".join(props[:-1]) + " and " + props[-1]


# (OUT24) the existential "there is/there's" takes a noun phrase, never a predicate adjective: "there's far less downtime
# than laser" compares the quantity downtime
_EXISTENTIAL_BEFORE_RE = re.compile(r"\bthere(?:['’]s|['’]re|['’]ll\s+be|\s+(?:is|are|was|were|will\s+be|would\s+be|'s))\s+"
                                    r"(?:[\w-]+\s+){0,2}$", re.I)


def compared_quantity(text: str) -> str:
    """The noun a comparative quantifier compares ("has much less downtime than laser resurfacing" ->
    downtime), or ""; never a predicate adjective ("is less painful than"), nor a general noun."""
    for m in _COMPARED_QUANTITY_RE.finditer(text):
        ws = m.group("np").lower().split()
        if (_PREDICATE_BEFORE_RE.search(text[:m.start()]) and not _EXISTENTIAL_BEFORE_RE.search(text[:m.start()])) or ws[0] in _NP_STOP or ws[0] in _AUXILIARIES or \
                _ADJECTIVE_SUFFIX_RE.fullmatch(ws[-1]) or not _is_noun_phrase(" ".join(ws)):
            continue
        return _trim_np(ws)
    for m in _INCREMENT_COMPARED_RE.finditer(text):
        ws = m.group("np").lower().split()
        if ws[0] not in _NP_STOP and ws[0] not in _AUXILIARIES and _is_noun_phrase(" ".join(ws)):
            return _trim_np(ws)  # "no extra irritation compared with tretinoin": the quantity compared (R2FRAME)
    return ""


# (R2FRAME) an increment quantifier with a standard of comparison ("no extra irritation compared with tretinoin", "no
# additional redness versus retinol") compares a quantity as "more X than" does
_INCREMENT_COMPARED_RE = re.compile(r"\b(?:extra|additional|added)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
                                    r"(?:than|vs\.?|versus|over|compared\s+(?:with|to)|relative\s+to)\s", re.I)


# A comparative adjective opening a verbless claim, followed only by when ("Fuller in four weeks, or your money back")
_FRONTED_COMPARATIVE_RE = re.compile(r"^\W*(?:(?:visibly|noticeably|much|even)\s+)?(?P<adj>[a-z]{3,}er)\s+(?:in|within|after|by|from)\s+"
                                     r"(?:(?:just|only|as\s+little\s+as)\s+)?(?:\d+|one|two|three|four|five|six|eight|ten|a|the)\b", re.I)


def structural_outcome(text: str) -> str:
    """The outcome a clause's shape names when no verb's object does (OUTC2): the quantity a comparative
    quantifier compares, or the properties coordinated comparatives predicate of their noun ("my cheeks feel
    bouncier and firmer" -> "cheek bounciness and firmness"); "" when it has neither."""
    text = " ".join(text.split())
    for rx in (_PREDICATED_COMPARATIVES_RE, _VERBLESS_COMPARATIVES_RE):
        m = rx.search(text)
        props = _coordinated_properties(m.group("adjs")) if m else ""
        if m and props:
            noun = (m.group("subj") if rx is _PREDICATED_COMPARATIVES_RE else m.group("noun")).lower()
            # (a pronoun subject names nothing: "they feel lighter and less puffy" -> lightness and puffiness)
            if _is_pronoun(noun) or noun in _PERSONAL or not _is_noun_phrase(noun):
                return props
            # (the noun as a modifier is singular: "lashes" -> "lash", "cheeks" -> "cheek")
            noun = noun[:-2] if re.search(r"(?:sh|ch|x|ss|z)es$", noun) else _singular(noun)
            return f"{noun} {props}"
    alone = _FRONTED_COMPARATIVE_RE.match(text)
    if alone and alone.group("adj").lower() not in _NOT_PROPERTY_COMPARATIVE and (prop := _comparative_property(alone.group("adj"))):
        return prop  # "Fuller in four weeks": a verbless comparative with only a time after it names its property (FRAME5)
    subject = _SUBJECT_COMPARATIVE_RE.match(text)
    if subject and _is_noun_phrase(subject.group("np")) and not _is_pronoun(subject.group("np")):
        from .phrases import treatment_probability

        if treatment_probability(subject.group("np")) < 0.3:
            return subject.group("np").lower()  # "recovery is faster than with an ice bath": what is compared
    return compared_quantity(text) or changed_quantity(text)


# A figure before a comparative quantifier or a noun of change names what changes by that figure, with no "than"
# ("up to 80% less snoring", "2x more energy", "A 250% dopamine boost"), and a noun of change takes what changes
# after "in" ("a 30% reduction in wrinkles", "no increase in precancerous cell changes") (FRAME3)
_FIGURE = r"(?:\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b|[x×]\b|-?fold\b|times\b)|twice|double|triple|half)"
# nouns of change in amount; "fall" and "cut" only after "in" (before a noun they are read as verbs, below)
_CHANGE_NOUNS = "boost|increase|rise|surge|spike|jump|drop|reduction|decrease|decline|loss|gain|improvement"
_CHANGE_NOUN = rf"(?:{_CHANGE_NOUNS}|fall|cut)s?"
_FIGURE_QUANTITY_RE = re.compile(rf"\b{_FIGURE}\s+(?:more|less|fewer)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})", re.I)
# (a noun of change after a figure and its noun is singular and ends its phrase, "A 250% dopamine boost that ...";
# "its 96% snail filtrate boosts hydration" and "A stabilised 0.1% retinol cut crow's-feet lines" are verbs)
_FIGURE_CHANGE_NOUN_RE = re.compile(rf"\b(?:a|an|the|this|that|its|their|our|your)\s+(?:(?:up\s+to|about|around|over|nearly)\s+)?"
                                    rf"{_FIGURE}\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                                    rf"(?:{_CHANGE_NOUNS})\b(?=\s*(?:$|[,.;:!?)]|(?:that|which|in|of|for|after|within|over|from|"
                                    rf"with|at|by|on|and|or)\b))", re.I)
_CHANGE_NOUN_IN_RE = re.compile(rf"\b{_CHANGE_NOUN}\s+in\s+(?P<np>(?:the\s+|your\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}})", re.I)


# An object known by what it is used to make ("switches off the enzyme your skin uses to make pigment"): the
# relative clause names the process the claim is about, the making of its object (FRAME3)
_MEANS_OF_MAKING_RE = re.compile(r"\s+(?:that|which)?\s*(?:[\w'’-]+\s+){1,3}?(?:uses?|used|needs?|relies\s+on)\s+to\s+"
                                 r"(?:make|produce|build|form|create|synthesi[sz]e|generate)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
                                 re.I)
# A verb moving its object "deeper" ("drives vitamin C deeper into the skin", "pushes your serum up to 22 times
# deeper"): the object's penetration is what the comparison measures (FRAME3)
_DEEPER_RE = re.compile(r"\b(?P<v>[a-z]{3,})\s+(?:(?:your|the|its|their|my|our)\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                        r"(?:(?:up\s+to\s+|about\s+)?(?:\d+|two|three|four|five|ten)\s+times\s+|much\s+|far\s+|even\s+)?deeper\b",
                        re.I)


def made_by_means(text: str, obj: str) -> str:
    """"pigment production" for `obj` "enzyme" in "switches off the enzyme your skin uses to make pigment", else ""."""
    at = re.search(r"\b" + re.escape(obj.split()[-1]) + r"\b", text, re.I) if obj.split() else None
    m = _MEANS_OF_MAKING_RE.match(text, at.end()) if at else None
    np = _np_after(m.group("np"), 2) if m else ""
    return f"{np} production" if np and _is_noun_phrase(np) else ""


# The same comparison said of the subject of a verb of entering ("your serum sinks in 3x deeper", "Your skincare
# soaks in twice as deep"): the subject's penetration (FRAME5)
_DEEPER_SUBJECT_RE = re.compile(
    r"\b(?:your|the|my|its|their|our)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:sinks?|sank|soaks?|soaked|gets?|got|goes|"
    r"went|penetrates?|penetrated|absorbs?|absorbed|travels?|reaches)\s+(?:in\s+|into\s+(?:the\s+|your\s+)?[a-z]+\s+)?"
    r"(?:(?:up\s+to\s+|about\s+)?(?:\d+(?:[.,]\d+)?\s?[x×]|(?:\d+|two|three|four|five|ten)\s+times|twice|much|far|even)\s+)?"
    r"(?:deeper|as\s+deep(?:ly)?)\b", re.I)


def deeper_object(text: str) -> str:
    """"vitamin c penetration" for "drives vitamin C deeper into the skin", else ""."""
    sub = _DEEPER_SUBJECT_RE.search(text)
    if sub and _is_noun_phrase(sub.group("np")) and not _is_pronoun(sub.group("np")):
        return f"{sub.group('np').lower()} penetration"
    m = _DEEPER_RE.search(text)
    if m is None or m.group("v").lower() in _AUXILIARIES or m.group("v").lower() in _NP_STOP:
        return ""
    np = m.group("np").lower()
    if not _is_noun_phrase(np) or _is_pronoun(np) or np.split()[0] in _PERSONAL:
        return ""
    return f"{np} penetration"


# A multiplier before a determined noun measures that noun ("Twice the shine of a regular conditioner", "about six
# times the hair"): the noun is the quantity the figure multiplies (FRAME5); a dose, price or time is no outcome
_MULTIPLIED_NOUN_RE = re.compile(
    r"\b(?:twice|double|triple|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+times|\d+(?:[.,]\d+)?\s?[x×])"
    r"\s+the\s+(?!(?:dose|amount|price|cost|time|number|money|effort|work)s?\b)(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?=\s*(?:$|[,.;:!?)]|\b(?:of|from|in|with|at|after|for|than|you|that|as|by|within)\b))", re.I)


def changed_quantity(text: str) -> str:
    """What a figure or a noun of change says changes, or "" (FRAME3): "up to 80% less snoring and fresher
    breath" -> snoring, "A 250% dopamine boost" -> dopamine, "a 30% reduction in wrinkles" -> wrinkles."""
    for rx in (_FIGURE_QUANTITY_RE, _CHANGE_NOUN_IN_RE, _FIGURE_CHANGE_NOUN_RE, _MULTIPLIED_NOUN_RE):
        for m in rx.finditer(text):
            if rx is _FIGURE_QUANTITY_RE and re.match(r"\s+(?:than|vs\.?|versus)\b", text[m.end():], re.I):
                continue  # (compared_quantity's: "40% less friction than cotton")
            if rx is _CHANGE_NOUN_IN_RE and not re.match(r"improvement|reduction", m.group(0), re.I) and not re.search(r"(?:\b(?:a|an|the|no|any|this|that|its|their|some|little)|%)\s+"
                                                          r"(?:[a-z]+\s+)?$", text[:m.start()], re.I):
                continue  # a noun after a determiner or a figure, or one by its suffix (-ment, -tion): "blood pressure
                # drops in older adults" is a verb
            np = _np_after(m.group("np"), 3) if rx not in (_FIGURE_CHANGE_NOUN_RE, _MULTIPLIED_NOUN_RE) else m.group("np").lower()
            ws = np.split()
            if ws and _is_noun_phrase(np) and not _ADJECTIVE_SUFFIX_RE.fullmatch(ws[-1]) and ws[0] not in _AUXILIARIES \
                    and not _GENERAL_RESULT_RE.fullmatch(np) and not (len(ws) == 1 and ws[0] in _OUTCOME_FILLER):
                return _trim_np(ws)
    return ""


# One comparative predicated of its subject ("My lashes do look thicker already", "the top ones are definitely
# longer", "their nails grew stronger"): the subject's property is what changed (FRAME3)
_PREDICATED_COMPARATIVE_RE = re.compile(
    rf"(?P<subj>\b[a-z][\w-]*)\s+(?:(?:do|does|did)\s+)?(?:(?:definitely|really|actually|now|already|also|certainly|"
    rf"honestly|clearly)\s+)?(?:feel|feels|felt|look|looks|looked|seem|seems|is|are|was|were|get|gets|got|become|becomes|"
    rf"became|stay|stays|grew|grow|grows|['’]re)\s+(?:back\s+)?(?:[a-z]+ly\s+)?(?P<adjs>{_COMPARATIVE})(?:\s+(?:already|now|too|again|still))?\s*"
    # (R2FRAME: a subordinate clause after the adjective ends the predicate too: "helps hair grow thicker when it is
    # massaged in", "grow back thicker")
    rf"(?:$|[,.;:!?]|\s(?:and|but|in|after|within|by|for|over|on|at|from|with|since|every|each|when|whenever|while|if|once|"
    rf"as|because|until|than\s+(?:ever|before|they|it|mine))\b)", re.I)
# One comparative before its noun where the noun is what is seen, had or given ("see up to 30% fuller lashes",
# "fuller brows in 6 to 8 weeks"), or alone as a verbless claim ("Visibly brighter after your first use") (FRAME3)
_ATTRIBUTIVE_COMPARATIVE_RE = re.compile(
    # (a verb of expecting or getting takes the comparative's noun as object too: "Expect smoother forearms", FRAME4)
    rf"(?:^\W*|\b(?:see|sees|saw|seen|notice|notices|noticed|mention|mentions|report|reports|expect|expects|get|gets|"
    rf"enjoy|enjoys|promises?)\s+|(?:%|percent|[x×])\s+)"
    rf"(?P<adv>(?!(?:only|early)\b)[a-z]+ly\s+)?(?:{_COMPARATIVES_RE}|(?P<adj>{_COMPARATIVE}))"
    rf"(?P<rest>\s+[a-z][^,.;:!?]*|\s*(?:$|[,.;:!?]))", re.I)


def comparative_outcome(text: str, treatment: str = "") -> tuple[str, str]:
    """(noun, property) one comparative names outside a comparison with "than" (FRAME3): "My lashes do look
    thicker already" -> ("lash", "thickness"), "see up to 30% fuller lashes" -> ("lash", "fullness"), "Visibly
    brighter after your first use" -> ("", "brightness"); ("", "") when none. A pronoun subject or a treatment
    (a word of `treatment`, a product head, or what the phrase model is sure is one: "It is gentler", "The cream
    is lighter") names no outcome, save the pro-form "ones" ("the top ones are longer": the property of the
    things said before)."""
    from .phrases import treatment_probability

    def named_treatment(np: str) -> bool:
        return bool(treatment and _shares_word(np, treatment)) or bool(_PRODUCT_HEAD_RE.search(np)) or \
            treatment_probability(np) >= 0.9

    text = " ".join(text.split())
    m = _PREDICATED_COMPARATIVE_RE.search(text)
    if m:
        subj = m.group("subj").lower()
        prop = _coordinated_properties(m.group("adjs")) or (
            _comparative_property(m.group("adjs")) if _plausible_comparative(m.group("adjs")) else "")
        before = text[:m.start("subj")].lower().split()
        if any(w in _LOCATIVE or w in ("of", "in", "on", "at", "with", "for", "from", "behind") for w in before[-2:]):
            prop = ""  # "the lines between my brows are softer": the word before the verb ends a phrase, not the subject
        if prop and subj == "ones":
            return "", prop
        if prop and not _is_pronoun(subj) and subj not in _PERSONAL and subj not in _AUXILIARIES and _is_noun_phrase(subj) \
                and not named_treatment(subj):
            return _modifier_form(subj), prop
    m = _ATTRIBUTIVE_COMPARATIVE_RE.search(text)
    if m and not re.match(r"\s+than\b", m.group("rest")):
        adjs = m.group("adjs") or m.group("adj")
        prop = _coordinated_properties(adjs) or (_comparative_property(adjs) if _plausible_comparative(adjs) else "")
        noun = _trim_np(_np_after(m.group("rest"), 2).split()) if m.group("rest").strip() else ""
        noun = re.sub(r"(?:\s+[a-z]{3,}ly)+$", "", noun)  # "sleep [usually] follows": an adverb ends the noun phrase
        after = m.group("rest")[m.group("rest").lower().find(noun) + len(noun):] if noun else m.group("rest")
        if noun and not re.match(r"\s*(?:$|[,.;:!?)]|(?:in|within|after|by|at|from|for|on|over|with|without|"
                                 r"around|under|since|than)\b|(?:[a-z]+ly\s+)?(?:follows?|comes?|arrives?|returns?|"
                                 # an intransitive verb of occurring says the noun phrase happens: "Deeper sleep
                                 # usually follows" (FRAME4)
                                 r"appears?|kicks?\s+in|sets?\s+in)\b)", after, re.I):
            # the noun phrase must end the claim or a prepositional phrase follow it: "Mesoroller saturates the
            # dermis" (a verb and its object after it) and "stronger nails and shinier hair" (a list) are no
            # comparative of one noun
            prop = ""
        if (treatment and _shares_word(adjs, treatment)) or named_treatment(adjs):
            prop = ""
        verbless = not re.search(r"\b(?:is|are|was|were|be|been|has|have|had|can|could|will|would|may|might|does|do|did)\b",
                                 m.group("rest"), re.I)
        if m.start() == 0 and not (verbless or m.group("adv")):
            prop = ""  # "Liver damage is rare": a clause's subject, no verbless comparative
        if prop and noun and _is_noun_phrase(noun) and not named_treatment(noun):
            ws = noun.split()
            return " ".join(ws[:-1] + [_modifier_form(ws[-1])]), prop
        if prop and (not noun or noun.split()[0] in _NP_STOP) and m.start() == 0 and m.group("adv"):
            return "", prop  # verbless: "Visibly brighter after your very first use"
    return "", ""


def _plausible_comparative(phrase: str) -> bool:
    """Is an -er word a comparative? English forms -er on one-syllable adjectives ("thicker", "brighter") and on
    two-syllable ones ending in -y ("bouncier") or -le ("gentler"); "more/less X" on any. "another", "together",
    "Mesoroller" have a stem of two or more syllables, so they are no comparatives (FRAME3)."""
    ws = re.sub(_DEGREE_WORDS, "", phrase.lower().strip(), count=1).split()
    if not ws:
        return False
    if len(ws) >= 2 and ws[-2] in ("more", "less"):
        return True
    word = ws[-1]
    if word.endswith("ier"):
        return True
    stem = word[:-2]
    return len(re.findall(r"[aeiou]+", stem)) == 1 or stem.endswith("l") and len(re.findall(r"[aeiou]+", stem[:-2])) == 1


def _named_apart(label: str, text: str, noun: str) -> bool:
    """Is `label` a clean noun phrase the claim says in its own words, apart from the comparative's noun ("scars" in
    "Smoother skin, fewer scars")? Then the caller picked one of the claim's outcomes, and it stands (FRAME3)."""
    words = re.findall(r"[a-z][\w'’-]*", label.lower())
    return bool(words) and _clean_np(label) and not _comparative_property(label) and all(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in words) \
        and not (noun and (_shares_word(label, noun) or _modifier_form(words[-1]) == noun.split()[-1]))


def _modifier_form(noun: str) -> str:
    """A plural noun as a modifier is singular: "lashes" -> "lash", "cheeks" -> "cheek"."""
    noun = noun.lower()
    return noun[:-2] if re.search(r"(?:sh|ch|x|ss|z)es$", noun) else _singular(noun)


# The subject of a comparative predicate, when the phrase model reads it as no treatment ("recovery is faster
# than with an ice bath"; "Tea tree oil is gentler than ..." compares treatments)
_SUBJECT_COMPARATIVE_RE = re.compile(r"\W*(?:(?:so|and|but|plus|also)\s+)?(?:(?:your|my|the|their|our)\s+)?"
                                     r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:is|are|was|were|gets?|got)\s+"
                                     r"(?:(?:much|far|way|even|noticeably|visibly|a\s+lot)\s+)?[a-z]{3,}er\s+than\b", re.I)


# The conjuncts after an object: ", mottled pigmentation and pore size", each of one to three words, the list
# ending at punctuation, the clause's end or a preposition
_MORE_CONJUNCTS_RE = re.compile(r"(?P<rest>(?:\s*,\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)*\s*,?\s+(?:and|or)\s+"
                                r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s*(?:$|[,.;:!?()])|\s+(?:compared|than|in|on|at|"
                                r"after|for|from|with|by|over|within|versus|vs|when|while|because)\b)", re.I)


# A quantifier repeated on the next conjunct ("less swelling and less soreness", "no redness, no peeling"): the
# conjuncts are coordinated nouns the comparison or negation ranges over, each a measured outcome (FRAME4)
_REPEATED_QUANTIFIER = (r"\b(?P<q>less|fewer|more|no|lower|higher|reduced|better|milder)\s+[a-z][\w-]*"
                        r"(?:\s+[a-z][\w-]*)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P=q)\s+[a-z][\w-]*")
_REPEATED_QUANTIFIER_RE = re.compile(_REPEATED_QUANTIFIER + r"\W*$", re.I)  # ending the list read
_REPEATED_QUANTIFIER_IN_RE = re.compile(_REPEATED_QUANTIFIER, re.I)


def object_list(text: str, first: str) -> str:
    """The coordinated objects `first` heads in `text` ("improved fine wrinkles, mottled pigmentation and
    pore size" -> all three), or "" when `first` is not followed by noun-phrase conjuncts."""
    text = " ".join(text.split())
    at = re.search(r"\b" + r"\W+".join(re.escape(w) for w in first.split()) + r"\b", text, re.I) if first else None
    m = _MORE_CONJUNCTS_RE.match(text, at.end()) if at else None
    if m is None:
        return ""
    shared = _REPEATED_QUANTIFIER_RE.search(text[:at.start()] + first + m.group("rest")) if at else None
    rest = m.group("rest").strip(" ,")
    if shared:
        # (with two conjuncts the rest opens with its coordinator, "swelling [and less soreness]")
        rest = re.sub(r"^(?:and|or)\s+", "", rest, flags=re.I)
    conjuncts = [first] + [c for c in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", rest) if c]
    if shared:
        # "less swelling and less soreness": a quantifier repeated on each conjunct is the comparison's, not
        # part of what is compared; the conjuncts are the nouns it quantifies (FRAME4)
        q = shared.group("q").lower()
        conjuncts = [c[len(q):].strip() if c.lower().startswith(q + " ") else c for c in conjuncts]
    if len(conjuncts) < 2 or not all(_clean_np(c) and not any(w.lower() in _CLAUSE_DET for w in c.split()) for c in conjuncts):
        return ""
    joiner = " or " if re.search(r"\bor\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}$", m.group("rest"), re.I) else " and "
    return ", ".join(c.lower() for c in conjuncts[:-1]) + joiner + conjuncts[-1].lower()


# A verbless clause of a comparative quantifier and its noun, ending the sentence ("Three months in and less
# shedding.", "Fewer breakouts!"): the noun is what changed (FRAME4)
_VERBLESS_QUANTITY_RE = re.compile(r"(?:^\W*|[,;:]\s*|\band\s+|\bwith\s+)(?:(?:much|far|way|a\s+lot|noticeably|visibly)\s+)?"
                                   r"(?:less|fewer|more)\s+(?P<np>[a-z][\w-]*(?:\s+(?!(?:in|on|at|from|after|by|within)\b)[a-z][\w-]*)?)"
                                   # (a phrase of place or time may close it: "far fewer hairs on my pillow")
                                   r"(?:\s+(?:in|on|at|from|after|by|within)\s+[^,.;:!?]{1,40}?)?\s*[.!]*\s*$", re.I)


_GROW_BACK_RE = re.compile(r"\bgr(?:ow|ows|ew|own|owing)\s+back\b(?:\s+(?P<adjs>[a-z]{3,}er(?:\s*(?:,|or|and)\s*[a-z]{3,}er)*)\b)?", re.I)


def outcome_of(text: str, relation: str, *, strict: bool = False) -> str:
    """The outcome words: the denied harm, else the object of the first effect verb. `strict`
    (the frame's reading): "" when what structure finds there is no noun phrase (a pronoun, adverb
    or verb fragment), so the caller's label or the main question stands; otherwise the words
    as found (the extractor also uses them as a sign that a clause has an object)."""
    words = _outcome_of(text, relation, strict)
    if words and re.match(r"back\b", words, re.I) and (regrown := _GROW_BACK_RE.search(" ".join(text.split()))):
        # (OUT24) "your hair will not grow back thicker or darker": "back" is the particle of the phrasal verb, never
        # an object; "grow back" is regrowth, graded by the comparatives after it ("thicker or darker regrowth")
        return f"{regrown.group('adjs').lower()} regrowth" if regrown.group("adjs") else "regrowth"
    if strict and (process := _process_compared(text, words)):
        return process  # "helps the skin heal faster": the process the comparative adverb grades (FRAME4)
    if strict and re.fullmatch(rf"\s*(?:better|worse|more|less|fewer|any\s+better|much|far|{_ADVERB_COMPARATIVE})\s*", words or "", re.I):
        return ""  # "did no better than X": the degree of a comparison, not what was measured (FRM13)
    if strict and (words or "").strip().lower() in _QUANTIFIER_PRONOUNS:
        return ""  # "Taping prevents both.": a quantifier standing for nouns said before is no name (FRM13)
    if strict and _GENERAL_RESULT_RE.fullmatch((words or "").strip()):
        return ""  # "won't double the benefit": a general noun of result refers to the main outcome, naming none (JUNK15)
    found = _noun_phrase_prefix(words) if strict else words
    if strict and not found and (process := _process_compared(text, None)):
        return process  # "my jaw clicks less since I started": the process a comparative adverb grades, no object read (FRAME5)
    if strict and not found and (verbless := _VERBLESS_QUANTITY_RE.search(" ".join(text.split()))) \
            and _is_noun_phrase(verbless.group("np")) and not _is_treatment_phrase(verbless.group("np")):
        return verbless.group("np").lower()  # "Three months in and less shedding.": what the quantifier says changed (FRAME4)
    return found


# A comparative adverb right after a verb grades the verb's process ("the skin heals faster", "helps hair grow
# longer"): what changes is that process, named by the verb's -ing form with the noun phrase it is said of.
# A linking verb ("looks younger", "feels softer") takes a predicate adjective instead, read elsewhere (FRAME4)
_ADVERB_COMPARATIVE = r"(?:faster|quicker|sooner|slower|longer|better|more\s+quickly|more\s+easily|more\s+evenly)"
# (with no object read at all, also the bare degree of a process: "my jaw clicks less", "sleep more deeply", FRAME5)
_ADVERB_DEGREE = r"(?:less|more\s+deeply|deeper|less\s+often|more\s+often)"
_PROCESS_COMPARED_RE = re.compile(
    r"(?:\b(?:help|helps|helped|helping|make|makes|made|making|let|lets|letting)\s+(?:(?:the|your|my|their|his|her|our)\s+)?"
    r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+|^\W*(?:[a-z]+ly\s+)?(?:(?:the|your|my|their|his|her|our)\s+)?"
    r"(?P<subj>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+)"
    rf"(?P<v>[a-z]{{3,}})\s+(?P<adv>{_ADVERB_COMPARATIVE}|{_ADVERB_DEGREE})\b(?!\s+(?:than\s+)?(?:a|an|the|your|my)\b)", re.I)
_LINKING_VERBS = frozenset("""look looks looked feel feels felt seem seems seemed appear appears appeared become becomes
became get gets got stay stays stayed remain remains remained keep keeps kept is are was were be been grow grows grew
go goes went turn turns turned sound sounds work works worked act acts acted last lasts lasted""".split())


def _process_compared(text: str, words: str | None) -> str:
    """The process a comparative adverb grades, when the outcome read is that adverb alone: "It helps the
    skin heal faster" -> skin healing; "Used weekly, it helps hair grow longer" -> hair growing (FRAME4)."""
    if words is not None and not re.match(rf"\s*{_ADVERB_COMPARATIVE}(?:\s+(?:since|when|after|once|if|because|now|than)\b.*)?\s*$",
                                          words, re.I):
        return ""  # (the adverb alone, or with the clause or time adjunct after it, "faster since I started")
    for m in _PROCESS_COMPARED_RE.finditer(" ".join(text.split())):
        v = m.group("v").lower()
        np = (m.group("np") or m.group("subj") or "").lower()
        if words is not None and m.group("adv").lower().split()[0] != words.strip().lower().split()[0]:
            continue
        if words is None and re.match(r"(?:less|more)$", m.group("adv"), re.I) and v in _AUX_WORDS | {"work", "works", "worked"}:
            continue  # "costs less": a verb of price or use, no process of the body
        if v in ("down", "away", "off", "back", "out"):
            continue  # (OUT24) "helps the skin calm down faster": a particle, whose verb came before it, is no process
        if v in _LINKING_VERBS - {"grow", "grows", "grew"} or v in _NP_STOP or v in _CLAUSE_DET or v.endswith("ly"):
            continue  # "works faster" says how the treatment works, no process of the body (the outcome stays unsaid)
        ws = [w for w in np.split() if w not in _CLAUSE_DET]
        if not ws or _is_pronoun(" ".join(ws)) or ws[0] in ("you", "i", "we", "they", "he", "she", "people", "it"):
            ws = []  # "helps you sleep better": the process alone
        if any(w in _NP_STOP or w in _PERSONAL or not w.isalpha() for w in ws):
            ws = []
        # (grow's noun is the -th nominalisation, as in "growth"; other verbs name their process by -ing)
        # (a noun before another is its modifier, in the singular: "lip healing")
        return " ".join([*ws[:-1], *[_singular(w) for w in ws[-1:]], "growth" if v in ("grow", "grows", "grew", "grown") else _gerund(v)])
    return ""


# An aspectual verb with a gerund ("my hairline baby hairs started filling in", "my nails keep
# breaking"): the change is the subject's, which names the outcome.
_ASPECTUAL_RE = re.compile(r"\b(?:start|began|begin|begun|keep|kept|continu)\w*\s+(?:to\s+[a-z]{3,}|[a-z]{3,}ing)\b", re.I)
# An inchoative verb with an a- adjective ("fall asleep", "stay awake"): the adjective is the noun
# it is formed from with the prefix a- ("asleep" <- "sleep"), and falling or getting is its onset.
_A_ADJECTIVE_RE = re.compile(r"\b(?P<v>fall|falls|fell|falling|get|gets|got|getting|stay|stays|stayed|staying|"
                             r"go|goes|went|going)\s+a(?P<n>sleep|wake)\b", re.I)
# A subordinate clause (its own subject after the conjunction) before the main one with no comma: it ends
# where a personal pronoun starts the main clause with its own verb ("Since I started three winters ago I
# haven't had a single cold"; "After six months I had to ..." is a phrase, not a clause).
_LEAD_CLAUSE_NOCOMMA_RE = re.compile(
    r"^\W*(?:if|when|whenever|although|though|while|because|since|unless|once|after)\s+(?:I|we|you|they|he|she|it)\s+"
    r"[^,;:]{3,80}?\s+"
    r"(?=(?:I|we|you|they|he|she)\s+(?:[a-z]+n['’]t|have|has|had|am|are|was|were|will|would|can|could|did|do|never|"
    r"always|[a-z]+ed)\b)", re.I)


_EQUATIVE_QUANTITY_RE = re.compile(r"\bas\s+(?:many|much)\s+(?P<q>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+as\b", re.I)


def _outcome_of(text: str, relation: str, strict: bool = False) -> str:
    text = degree_clause_nominal(text)
    if relation == "denies_harm":
        return denied_harm(text) or "adverse effects"
    # a fronted subordinate clause ("If you eat a normal diet, ...") is not the claim's clause
    body = _LEAD_CLAUSE_RE.sub("", _DISCLAIMER_RE.sub(" ", text))
    body = _LEAD_CLAUSE_NOCOMMA_RE.sub("", body)
    inchoative = _A_ADJECTIVE_RE.search(body) if relation in ("benefit", "superior") else None
    if inchoative:
        onset = re.match(r"fall|fell|get|got|go|went", inchoative.group("v"), re.I)
        return inchoative.group("n").lower() + (" onset" if onset else "")  # "fall asleep faster" -> sleep onset
    aspect = _ASPECTUAL_RE.search(body) if strict else None  # (the extractor keeps its own reading)
    if aspect and relation in ("benefit", "harm", "superior"):
        subj = _changed_subject(body, aspect)
        if subj and _is_noun_phrase(subj):
            ws = subj.split()
            return " ".join(ws[:-1] + [_singular(ws[-1])])  # "my hairline baby hairs started filling in"
    nothing = _NOTHING_FOR_RE.search(body) if relation == "no_effect" else None
    if nothing and _np_after(nothing.group("o")):
        return _np_after(nothing.group("o"))  # "does nothing for your hair", "no effect on hormones"
    risk = _LOWER_RISK_OF_RE.search(body) if relation == "benefit" else None
    if risk:
        words = re.findall(r"[A-Za-z][\w'’-]*", _OBJ_STOP_RE.sub("", " " + (risk.group("o") or risk.group("o2"))))
        if words:
            return " ".join(words[:5]).lower()
    equative = _EQUATIVE_QUANTITY_RE.search(body) if relation not in ("superior", "equivalent") else None
    if equative and _is_noun_phrase(equative.group("q")):
        # "kept as many hairs as those using X": an equative of quantity names the quantity compared,
        # whatever the relation read (JUNK15; the comparison's own branch below does the same)
        return equative.group("q").lower()
    if relation == "equivalent" and _SAME_AS_RE.search(body) and not re.search(
            r"\bsame\s+(?:[\w-]+\s+){0,2}?(?:results?|effects?|improvements?|benefits?)\s+(?:in|on|for)\b", body, re.I):
        return ""  # "does the same job as a collagen supplement": parity of the whole job, which names no outcome (FRM13)
    if relation in ("superior", "equivalent"):
        # "rivals minoxidil for hair growth", "better than X at reducing wrinkles": the outcome
        # follows the comparator, and is never the comparator itself
        cm = _COMPARE_RE.search(body)
        quantity = re.match(r"as\s+(?:many|much)\s+(?P<q>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+as$", " ".join(cm.group("verb").split()),
                            re.I) if cm else None
        if quantity:
            return quantity.group("q").lower()  # "burns as many calories as a 30-minute run": the compared quantity
        moved = re.match(r"(?:more|less|fewer)\s+(?P<q>[a-z]{3,})\s+(?:into|in|to|on|for)\s", cm.group("verb"), re.I) if cm else None
        inside = re.search(r"\b[a-z]{3,}\s+(?:for|against|at\s+treating|in\s+treating)\s+(?:(?:the|your|my)\s+)?(?P<o>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                           r"\s+(?:than|as)$", " ".join(cm.group("verb").split()), re.I) if cm else None
        if inside and _is_noun_phrase(inside.group("o")) and not _names_no_outcome(inside.group("o").lower().split()):
            return inside.group("o").lower()  # (OUT24) "no less effective for low mood than talking": the adjective's complement
        if moved and _is_noun_phrase(moved.group("q")):
            return moved.group("q").lower()  # "gets more magnesium into your body than a tablet": the quantity (FRAME4)
        if cm:
            tail = body[cm.end("verb"):]
            f = re.search(r"\b(?:for|at|in|when\s+it\s+comes\s+to|on)\s+(?:(?:reducing|treating|improving|"
                          r"boosting|promoting|increasing|fading|getting\s+rid\s+of)\s+)?(?P<o>[^,.;:!?]{2,50})", tail, re.I)
            if f and _HEDGE_RE.match(tail, f.start()):
                f = None  # "in my opinion": a comment clause on the comparison, not what is compared
            if f:
                words = re.findall(r"[A-Za-z][\w'’-]*", _OBJ_STOP_RE.sub("", " " + f.group("o")))
                if words:
                    return " ".join(words[:5]).lower()
            # (an effect verb after a participle the comparison pattern read, "at matched strengths improved
            # photodamage about equally": the clause's verb still takes the outcome as object, FRAME5)
            rx0 = _HARM_VERB_RE if relation == "harm" else _BENEFIT_VERB_RE
            later = body[cm.end("verb"):] if strict and not rx0.search(body[:cm.start()]) else ""
            body = body[:cm.start()] + (" " + later if later and rx0.search(later) else "")
    rx = _HARM_VERB_RE if relation == "harm" else _BENEFIT_VERB_RE
    # after an article the word is a noun ("a drop of about 85%", "a boost"), not the verb
    verbs = [v for v in rx.finditer(body) if _word_before(body, v.start()) not in ("a", "an", "the")]
    nominal = [v for v in verbs if _NOMINAL_SUFFIX_RE.search(v.group(0))] if strict else []
    if nominal and len(nominal) == len(verbs):
        # a -th nominalisation is a noun, no verb: "got regrowth they'd call acceptable" names the regrowth,
        # and the words after it are a clause of their own (JUNK15)
        return nominal[0].group(0).lower()
    strong = [v for v in verbs if not _WEAK_RE.match(v.group(0))]
    m = strong[0] if strong else verbs[0] if verbs else _MECHANISM_RE.search(body)
    if not m:
        obj = predicate_object(body)
        if obj and strict and _CHANGE_VERB_RE.search(obj) and (changed := _changed_subject(body, None)):
            return changed  # "The sugar cravings just stopped": an "object" holding the change verb misread the subject (FRAME5)
        return obj or _changed_subject(body, None)
    if not strong and re.match(r"help|make", m.group(0), re.I):
        # "helps you sleep", "helps women over 50 keep their bone density": help + someone + a verb
        # whose object is the outcome
        inner = re.match(r"\s+(?:to\s+)?(?:(?:you|your\s+\w+|people|them|us|me|him|her|(?:\w+\s+){0,3}?"
                         r"(?:women|men|adults|children|users|people)(?:\s+over\s+\d+)?)\s+)?(?:to\s+)?(?P<v>[a-z]+)\s+",
                         body[m.end():], re.I)
        if inner and not _OBJ_STOP_RE.match(" " + inner.group("v")):
            obj = _np_after(body[m.end() + inner.end():])
            if obj or inner.group("v").lower() not in _NP_STOP:
                return _trim_np((obj or inner.group("v")).split())  # "helps you sleep": the intransitive verb is the outcome
    particle = re.match(r"\s+(?:up|down|in|out|away|back|off)\b", body[m.end():], re.I)
    phrasal = " ".join(body[m.start():m.end() + (particle.end() if particle else 0)].split())
    if _INTRANSITIVE_AFTER_RE.match(body[m.end() + (particle.end() if particle else 0):]) and (
            _CHANGE_VERB_RE.fullmatch(m.group(0)) or _CHANGE_VERB_RE.fullmatch(phrasal)):
        # "Hair strength improved too", "sweat production fell from 221 to 33 mg": an intransitive
        # change verb's subject is what changed
        subj = _changed_subject(body, m)
        if subj:
            return subj
    causative = re.search(r"\bmak(?:e|es|ing)\s+(?:your\s+|the\s+|their\s+)?(?P<np>[a-z]+(?:\s+[a-z]+)?)\s+$",
                          body[:m.start()], re.I)
    if causative and causative.group("np").lower() not in _NP_STOP and not _PRONOUN_RE.match(causative.group("np")):
        return causative.group("np").lower()  # "makes hair grow faster": what changes is the hair
    rest = body[m.end():]
    dried = re.match(r"dr(?:y|ies|ied)\s+(?:(?P<o>[a-z]+(?:\s+[a-z]+)?)\s+)?out", m.group(0), re.I) if relation == "harm" else None
    if dried:
        # "dries out my lips": the state the harmful change leaves, said of its object (lip dryness) (FRAME4)
        thing = [w for w in (dried.group("o") or _np_after(rest) or "").lower().split() if w not in _CLAUSE_DET]
        return f"{_singular(thing[-1])} dryness" if thing and thing[-1] not in _PERSONAL else "dryness"
    if strict and re.fullmatch(r"work(?:s|ed)?", m.group(0), re.I) and not re.match(r"\s+(?:on|for|against)\b", rest, re.I):
        return ""  # "work" takes no object: "worked faster" says how, not on what
    # "stops you catching a cold", "keeps the flakes from coming back": past the person and the gerund
    rest = re.sub(r"^\s*(?:you|people|them|us|me|him|her)\s+(?:from\s+)?[a-z]+ing\s+", " ", rest, flags=re.I)
    # "weak, peeling nails", "an itchy, flaky scalp": a comma between adjectives is no clause boundary
    rest = re.sub(r"^(\s*(?:(?:an?|the|your|my|their)\s+)?[a-z]+),\s+(?=[a-z]+\s+[a-z]+(?:\s*$|\s*[,.;:!?]|\s+(?:of|in|on|"
                  r"for|from|with|and|or)\b))", r"\1 ", rest, flags=re.I)
    rest = _OBJ_STOP_RE.sub("", rest)
    rest = re.sub(r"^\s*(?:the\s+(?:appearance|look|signs?)\s+of\s+|the\s+|your\s+|a\s+|an\s+|to\s+|up\s+|"
                  # (OUT24: a verb's particle before its object, "lifts away dead skin", "wards off colds")
                  r"out\s+|away\s+|off\s+|down\s+|significantly\s+|dramatically\s+)+", "", rest, flags=re.I)
    # (OUT24) a sentence's end or a dash ends its object: "kill off pigment cells." - professor of skin biology
    rest = re.split(r"[.!?;]+[\"”’')]*(?:\s|$)|\s[-–—]\s", rest)[0]
    words = re.findall(r"[A-Za-z][\w'’-]*", rest)
    # a determiner after the first word starts a reduced relative clause ("the time my customers
    # are off work"): the object ends before it
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _CLAUSE_DET
                and words[i - 1].lower() not in ("and", "or", "of", "from", "to", "in", "on", "for", "with")), len(words))
    words = words[:cut]
    # a determiner inside a coordination ("coughing and a runny nose") is not part of the outcome
    words = [w for i, w in enumerate(words) if not (i > 0 and w.lower() in ("a", "an", "the")
                                                     and words[i - 1].lower() in ("and", "or"))]
    return _trim_np(words[:5])


# Words that end a noun phrase: a locative preposition starts a phrase saying where ("milia around the
# eyes": the outcome is the milia), and an adverb or particle left at the end belongs to the clause
# ("my brows too", "the brain as well"), never to the outcome's name.
_LOCATIVE = frozenset("""around near beneath under underneath behind across along throughout inside outside below
above between among amid beside besides next onto upon via""".split())
_NP_TAIL = frozenset("""too also again either though anyway instead alone together as well even still already yet
now then here there so very really more less much just only at on in of to for with from by up down out off over
through into about right straight away""".split())
# (OUT24: "right", "straight", "away" grade a phrase of time or place, "right up to week 36", "straight away": adverbs)
_POSSESSIVE = frozenset("my our your their his her its".split())


def _trim_np(words: list[str]) -> str:
    """Outcome words without a leading possessive, cut at a locative preposition, without a trailing
    particle or adverb."""
    words = list(words)
    while words and words[0].lower() in _POSSESSIVE:
        words = words[1:]
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _LOCATIVE), len(words))
    words = words[:cut]
    while words and words[-1].lower() in _NP_TAIL:
        words.pop()
    return " ".join(words).lower()


_LEAD_CLAUSE_RE = re.compile(r"^\W*(?:if|when|whenever|although|though|while|because|since|unless|once)\b[^,;:]{1,80},\s*",
                             re.I)
_NOTHING_FOR_RE = re.compile(r"\b(?:(?:(?:does|do|did|wo|ca|would|could)n['’]t|(?:does|do|did|will|would|can|could)\s+not|cannot)"
                             r"\s+(?:really\s+)?do\s+(?:anything|much)\s+for|(?:does|do|did)\s+nothing\s+(?:(?:at\s+all|extra|more|much|special|else|useful|"
                             r"whatsoever|really|of\s+(?:note|value))\s+)?for|no\s+(?:real\s+|measurable\s+)?"
                             r"(?:effect|impact|difference|benefit)\s+(?:on|to|for|in))\s+(?P<o>[^,.;:!?]{2,60})", re.I)


_CLAUSE_DET = frozenset("my your our their his her its the a an this these those".split())


_OBJ_DET_RE = re.compile(r"^\s*(?:(?:the|a|an|your|my|our|their|its|his|her|some|any|this|that|these|those|"
                         r"up|down|out|off|back|away|much|more|less|fewer|extra)\s+)+", re.I)
_NP_STOP = frozenset("""by in within after over for than compared versus vs as when while because so if without with
from during thanks which that who and or but to up of at on into is are was were be been can could may might will
would should does do did not no never it they you the a an your my our their his her its this these those
""".split())


def _np_after(text: str, max_words: int = 3) -> str:
    """The noun phrase that starts `text`, without determiners: up to `max_words` words,
    ending at a preposition, conjunction, clause word or punctuation."""
    rest = _OBJ_DET_RE.sub("", text)
    words: list[str] = []
    for tok in re.finditer(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", rest):
        w = tok.group(0)
        if not w[0].isalpha() or w.lower() in _NP_STOP or len(words) >= max_words:
            break
        words.append(w.lower())
    return " ".join(words)


_PRED_AUX_RE = re.compile(r"\s+(?:(?:also|really|actually|only|mostly|even|still|simply|then|usually|often|can|could|"
                          r"may|might|will|would|should|does|do|did|not|never|n['’]t|has|have|had|is\s+what|"
                          r"are\s+what|is\s+said\s+to|are\s+said\s+to|to)\s+)*(?P<verb>[a-z]+)\b", re.I)


_AUX_WORDS = frozenset("""is are was were be been has have had can could may might will would should must do does did
don't doesn't won't can't isn't aren't use uses involve involves require requires contain contains cost costs""".split())
_DET_AFTER_RE = re.compile(r"\s+[a-z]+\s+(?:the|a|an|your|my|their|its|his|her|our|some)\b", re.I)


def clause_verb(text: str) -> tuple[str, re.Match[str]] | None:
    """(subject, match of the main verb with group "verb") of a declarative clause, or None.
    A plural noun read as the verb ("Zinc lozenges shorten", "Cryotherapy facials use") hands
    the verb role to the next word when that word is an auxiliary, an effect verb, or a verb
    with a determiner after it."""
    subj = subject_of(text)
    if not subj:
        return None
    last = re.search(r"\b" + re.escape(subj.split()[-1]) + r"\b", text, re.I)
    m = _PRED_AUX_RE.match(text, last.end()) if last else None
    if not m:
        return None
    word = m.group("verb").lower()
    nxt = re.match(r"\s+([a-z'’]+)", text[m.end():], re.I)
    if word.endswith("s") and word not in _AUX_WORDS and nxt and not re.match(r"(?:the|a|an|your|my|their|its|his|her|our|some|up|down|out|off|"
                                                    r"back|away|in|on|over|into|onto|through|across)$", nxt.group(1), re.I) \
            and not re.fullmatch(r"it|they|this|these|that|those|he|she|we|you", subj, re.I):
        z = nxt.group(1).lower()
        # (OUTC: or a change verb, "Hair counts rose": the plural noun ends the subject)
        if z in _AUX_WORDS or _DET_AFTER_RE.match(text, m.end()) or _BENEFIT_VERB_RE.fullmatch(z) or \
                _HARM_VERB_RE.fullmatch(z) or _CHANGE_VERB_RE.fullmatch(z) or z in _IRREGULAR_PAST:
            shifted = _PRED_AUX_RE.match(text, m.end())
            if shifted:
                return f"{subj} {word}", shifted
    return subj, m


def predicate_object(text: str) -> str:
    """The object of the clause's main verb, whatever the verb ("Zinc lozenges shorten a cold"
    -> "cold", "It tops up the fuel" -> "fuel"), or "" when the clause has no subject-verb-object
    shape. "makes you stronger" -> "stronger": a causative's complement is what changes."""
    cv = clause_verb(text)
    if cv is None:
        return ""
    m = cv[1]
    if re.fullmatch(r"is|are|was|were|be|been|become|becomes|seems?|looks?", m.group("verb"), re.I):
        return ""
    rest = text[m.end():]
    if _CHANGE_VERB_RE.fullmatch(m.group("verb")) and _INTRANSITIVE_AFTER_RE.match(rest):
        return ""  # "Nail breaks fell sharply": an intransitive change verb has no object (OUTC)
    causative = re.match(r"\s+(?:you|people|them|us|your\s+\w+)\s+(?P<c>[a-z]+)", rest, re.I)
    if re.fullmatch(r"makes?|made|leaves?|left|keeps?|kept", m.group("verb"), re.I) and causative:
        return causative.group("c").lower()
    if re.fullmatch(r"gives?|gave|brings?|brought", m.group("verb"), re.I):
        # "gives you steady energy all day": a verb of giving takes the person first, then what it gives (OUTC2)
        rest = re.sub(r"^\s*(?:you|people|them|us|me|him|her|everyone|users)\b", " ", rest, flags=re.I)
        given = _np_after(rest)
        if given.split()[:1] and (given.split()[0] in _OUTCOME_FILLER or given.split()[0] in _QUANTIFIER_PRONOUNS
                                  or re.fullmatch(r"every\w*|any\w*|some\w*", given.split()[0])):
            return ""  # "gives you everything retinol does": a quantifier heads a free relative, naming nothing
        if re.search(r"\b(?:[a-z]+er|more|less)\b", given) or re.match(r"\s*\w+,", rest):
            return ""  # "gives you deeper, more restful sleep": adjectives in a list, no plain noun phrase to take
        return given if given.split()[-1:] != ["all"] else " ".join(given.split()[:-1])
    return _np_after(rest)


# A verb of bodily sensation or visible change names the harm or symptom by its own nominalisation
# ("it stings" -> stinging, "can darken skin" -> skin darkening, "my chin broke out" -> chin breakout):
# a closed class of English verbs, each with the noun English forms from it. Said of a possessed
# noun ("my scalp", "your skin"), that noun is where it happens (FRAME5).
_SYMPTOM_VERBS = (("itch", r"itch(?:es|ed|ing)?", "itching"), ("sting", r"sting(?:s|ing)?|stung", "stinging"),
                  ("tingle", r"tingl(?:e|es|ed|ing)", "tingling"), ("ache", r"ache[sd]?|aching", "aching"),
                  ("throb", r"throb(?:s|bed|bing)?", "throbbing"), ("redden", r"redden(?:s|ed|ing)?", "reddening"),
                  ("darken", r"darken(?:s|ed|ing)?", "darkening"), ("swell", r"swell(?:s|ed|ing)?|swollen", "swelling"),
                  ("blister", r"blister(?:s|ed|ing)?", "blistering"), ("bruise", r"bruis(?:e|es|ed|ing)", "bruising"),
                  ("flake", r"flak(?:e|es|ed|ing)", "flaking"), ("tan", r"tan(?:s|ned|ning)?", "tanning"),
                  ("break out", r"br(?:eak|eaks|oke|eaking)\s+out", "breakouts"),
                  # (FIX12a) the heart's disturbances, said of the heart: "make my heart race", "left my heart pounding"
                  ("race", r"(?:(?<=heart\s)|(?<=pulse\s))rac(?:e|es|ed|ing)\b", "racing"),
                  ("pound", r"(?:(?<=heart\s)|(?<=pulse\s))pound(?:s|ed|ing)?\b", "pounding"))
_SYMPTOM_VERB_RE = re.compile(r"\b(?:" + "|".join(f"(?P<v{i}>{rx})" for i, (_, rx, _) in enumerate(_SYMPTOM_VERBS)) + r")\b", re.I)
# what may stand between a possessed noun and the verb: auxiliaries, modals, negation, aspect ("stopped")
_SYMPTOM_AUX = (r"(?:can|could|may|might|will|would|did|does|do|has|have|had|never|no\s+longer|(?:did|does|do|wo|ca)n['’]t|"
                r"not|stopped|started|began|kept|to)")
_SYMPTOM_SUBJECT_RE = re.compile(rf"\b(?:my|your|his|her|their|our)\s+(?P<np>[a-z][\w-]*(?:\s+(?!{_SYMPTOM_AUX}\b)[a-z][\w-]*)?)\s+"
                                 rf"(?:{_SYMPTOM_AUX}\s+)*$", re.I)
# (a bare object only after a verb that is transitive alone, "darken skin"; "itches less" has none)
_SYMPTOM_OBJECT_RE = re.compile(r"\s+(?:the|your|my|his|her|their|our)\s+(?P<np>[a-z][\w-]*)\b", re.I)
_SYMPTOM_BARE_OBJECT_RE = re.compile(r"\s+(?:(?:the|your|my|his|her|their|our)\s+)?(?P<np>[a-z][\w-]*)\b", re.I)


def symptom_verb(text: str, treatment: str = "") -> str:
    """The symptom a verb of sensation or visible change names, with where it happens: "His foam made
    his scalp itch" -> scalp itching; "it stings and reddens" -> stinging and reddening; "" when no
    such verb is used as a verb (after a determiner it is a noun: "a sting", "the tan") (FRAME5)."""
    found: list[str] = []
    for m in _SYMPTOM_VERB_RE.finditer(text):
        before = text[:m.start()]
        i = next(k for k, g in enumerate(m.groups()) if g is not None)
        noun = _SYMPTOM_VERBS[i][2]
        if _word_before(text, m.start()) in _DETERMINERS or re.search(r"\b(?:without|no|any)\s+$", before, re.I) or re.search(
                r"\b(?:a|an|the|this|that|any|no|some)\s+(?:little|slight|mild|small|faint|brief|gentle|light|quick|sharp|tiny|"
                r"bad|nasty|painful|occasional)\s+$", before, re.I) or re.search(
                r"\b(?:less|more|much|some|of|(?:is|are|was|were)(?:\s+not)?)\s+$", before, re.I) or (
                not found and re.search(r"\b(?:and|or)\s+$", before, re.I)):
            # (after a quantifier, a copula or a noun's conjunction the form is a noun: "less redness and flaking",
            # "are not bruises"; a verb coordinated with a symptom verb is one: "stings and reddens")
            continue  # "a sting", "the tan", "without darkening your eyelids": no verb of the claim's clause
        where = ""
        subj = _SYMPTOM_SUBJECT_RE.search(before)
        transitive = _SYMPTOM_VERBS[i][0] in ("darken", "redden", "tan")
        obj = (_SYMPTOM_BARE_OBJECT_RE if transitive else _SYMPTOM_OBJECT_RE).match(text, m.end())
        if subj and not (treatment and _shares_word(subj.group("np"), treatment)):
            where = subj.group("np")
        elif obj and not (treatment and _shares_word(obj.group("np"), treatment)):
            where = obj.group("np")
        ws = [w for w in where.lower().split() if w not in _NP_STOP and w not in _FUNCTION_ADVERBS and w not in _NP_TAIL]
        # (the noun a symptom happens in modifies it, in the singular: "eczema patch itching")
        head = [w[:-2] if re.search(r"(?:ch|sh|x|ss)es$", w) else _singular(w) for w in ws[-1:]]
        phrase = " ".join([*ws[:-1], *head, noun])
        if phrase not in found:
            found.append(phrase)
    return " and ".join(found[:2])


# Adjectives of a symptom formed with -y from its noun or verb ("itchy", "flaky", "scaly", "achy", "puffy")
_ADJECTIVE_Y_RE = re.compile(r"(?:itch|flak|scal|ach|puff|greas|oil|spott|blotch|bump|tingl|crust|dr)y", re.I)
# A verbless claim opening with a noun phrase headed by a harm noun, then where, whom or from what (FRAME5)
_VERBLESS_HARM_RE = re.compile(rf"^\W*(?P<np>(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:{HARM_NOUNS}))\s+(?:from|in|on|for|after|with|among|at)\b",
                               re.I)
_FINITE_RE = re.compile(r"\b(?:is|are|was|were|be|been|can|could|may|might|will|would|should|must|has|have|had|do|does|did|"
                        r"causes?|caused|leads?|led|gets?|got)\b|n['’]t\b", re.I)


# --- the frame ------------------------------------------------------------------------------


# A causative's predicate adjective names the state it brings about ("make your skin sun-sensitive", "leave your
# scalp itchy and flaky"): the harm, named by the adjective's nominalisation (FRAME6)
_MADE_STATE_RE = re.compile(
    r"\b(?:make|makes|made|making|leave|leaves|left|leaving|turn|turns|turned|render\w*)\s+(?:you|it|them|him|her|me|us|"
    r"(?:my|your|his|her|their|our|the|some)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:feel|look|go|get|turn)\s+)?"
    r"(?:(?:more|very|so|really|slightly|a\s+bit|a\s+little|quite|too|extra|extremely|overly)\s+)*"
    r"(?P<a>[a-z]+(?:-[a-z]+)?)(?P<more>(?:,?\s+(?:and|or)\s+|,\s*)[a-z]+)?\b", re.I)


def _state_noun(adj: str) -> str:
    """The noun of the state an adjective names: sensitive -> sensitivity, sun-sensitive -> sun sensitivity,
    itchy -> itching (a symptom's -ing), greasy -> greasiness, red -> redness, dry -> dryness."""
    a = adj.lower()
    if "-" in a:
        head, last = a.rsplit("-", 1)
        return f"{head} {_state_noun(last)}"
    if a.endswith("ive"):
        return a[:-1] + "ity"
    if a.endswith("y") and len(a) > 4:
        ing = a[:-1] + "ing"
        return ing if _HARM_NOUN_RE.fullmatch(ing) or _SIDE_EFFECT_RE.fullmatch(ing) else a[:-1] + "iness"
    return a + "ness"


def made_state(text: str) -> str:
    """The harmful state a causative brings about ("won't make your skin sun-sensitive" -> "sun sensitivity", "left my
    scalp itchy and flaky" -> "itching and flaking"), or "" when its predicate is no harm."""
    for m in _MADE_STATE_RE.finditer(text):
        words = [m.group("a")] + ([m.group("more").strip(" ,").split()[-1]] if m.group("more") else [])
        harms = [w for w in words if _harm_predicate(w) or re.fullmatch(r"(?:[a-z]+-)?(?:sensitive|sore|raw|tender)", w, re.I)]
        if harms and harms[0] == words[0]:
            return " and ".join(_state_noun(w) for w in harms)
    return ""


# (SCOPE22) An event timed from stopping a treatment: a span "of/after stopping", "on/since stopping", a clause "once/
# when/if/after you stop (taking) ...", or a gerund of stopping as the subject ("Stopping it means ..."). The clause's
# exposure is the withdrawal. A finite "I stopped after six weeks" or "0.5% stopped because of it" reports the stopping
# itself (what made people stop), and "stopped working" is the treatment's effect ending: neither times an event.
_WITHDRAWAL_RE = re.compile(
    r"\b(?:of|after|since|on|following|upon)\s+(?:stopping|quitting|discontinuing|discontinuation|withdrawal|coming\s+off)\b"
    r"|\b(?:once|when|whenever|if|after|as\s+soon\s+as)\s+(?:(?:the|most|many|some|all)\s+)?(?:you|they|people|patients|"
    r"users|we|I|she|he|women|men|participants|volunteers)\s+"
    r"(?:(?:do|did|ever|finally|eventually)\s+)?(?:stop(?:s|ped)?|quit(?:s)?|discontinue[sd]?|give\s+up|gave\s+up|"
    r"come\s+off|came\s+off|cease[sd]?)\b(?!\s+(?:working|helping|noticing|seeing|worrying))"
    r"|^\W*(?:stopping|quitting|coming\s+off|discontinuing)\s+(?:[\w-]+\s+){0,3}?(?:means?|makes?|causes?|leads?|will|can|"
    r"may|is|brings?|triggers?)\b", re.I)


def withdrawal_exposure(text: str) -> bool:
    """Is the event `text` asserts timed from stopping the treatment (`_WITHDRAWAL_RE`)?"""
    return _WITHDRAWAL_RE.search(" ".join(text.split())) is not None


def parse_frame(text: str, *, topic: str | None = None, topic_norm: str | None = None,
                intervention: str | None = None, intervention_norm: str | None = None,
                outcome: str | None = None, outcome_kind: str | None = None, quote: str | None = None) -> ClaimFrame:
    """The frame of one claim sentence.

    `intervention`/`intervention_norm` and `outcome` are what the caller already recognised
    (the extractor's synonym tables); otherwise the subject noun phrase is the intervention
    (the article's `topic` for a pronoun subject) and the verb's object is the outcome. `quote`, the
    claim's own words inside `text`: when it is a conjunct of its own (`own_conjunct`), its relation
    and comparator are read from it alone, the rest of `text` still giving the subject.
    """
    text = " ".join(text.split())
    focus = own_conjunct(text, quote)
    relation = relation_of(focus, outcome_kind=outcome_kind)
    if relation == "equivalent" and quote and quote in focus and _FEWER_HARM_RE.search(quote) and not re.search(
            r"\bas\s+(?:well|effective|good)\s+as\b", quote, re.I) and _COMPARISON_WORD_RE.search(focus) is None:
        relation = "superior"  # the quote is the later conjunct, "[...as well as blue and] caused fewer side effects" (FRM14)
    if focus != text:
        text_for_cmp = focus
    else:
        text_for_cmp = text
    cmp = comparator_of(_DISCLAIMER_RE.sub(" ", text_for_cmp)) if relation in ("superior", "equivalent") else None
    unlike = (_UNLIKE_RE.match(text) or _UNLIKE_INNER_RE.search(text)) if cmp is None and relation not in (
        "superior", "equivalent") else None
    if unlike and not _PRONOUN_RE.match(unlike.group("x")):
        # "Unlike retinol, it is gentle enough for sensitive skin": the fronted "unlike" names what the
        # claim sets its subject against, whatever the claim's relation
        cmp = (" ".join(unlike.group("x").split()), "unlike")
    if cmp is None and relation == "equivalent" and (like := _LIKENESS_MINUS_RE.search(text_for_cmp)) \
            and _treatment_likelier(like.group("y")):
        cmp = (like.group("y"), "like")  # "Think of it as retinol without the irritation": retinol (FRM11)
    if cmp is None and relation in ("benefit", "harm", "no_effect"):
        # an inert control ("compared with saline", "than those who took a placebo") is still the
        # comparator the claim names, though the claim is the benefit itself
        inert = comparator_of(_DISCLAIMER_RE.sub(" ", text_for_cmp))
        # (and "no better than X by itself": the base of a combination, against which the addition did nothing)
        cmp = inert if inert is not None and (INERT_ARM_RE.match(inert[0]) or (relation == "no_effect" and re.search(
            r"\b(?:alone|by\s+itself|on\s+its\s+own)\b", text_for_cmp, re.I))) else None
    if cmp is None and relation in ("benefit", "harm") and (than := comparator_of(_DISCLAIMER_RE.sub(" ", text_for_cmp))) \
            and "than" in than[1].lower() and not _is_pronoun(than[0]) and not (
                set(re.findall(r"[a-z]+", than[0].lower())) & (_TIME_WORDS | {"ever", "before", "usual", "normal", "expected"})):
        # "They grow more hair than look-alike sham devices": a "than" comparison in the claim's clause names its
        # standard of comparison whatever relation was read; a time ("than a year") is a duration, no arm (FRAME5)
        cmp = than
    if relation == "equivalent" and cmp is None and (alike := _ALIKE_RESULTS_RE.search(text_for_cmp)):
        # "retinol and tretinoin gave similar results": the conjunct that is not the claim's subject is the standard
        x, y = alike.group("x"), alike.group("y")
        subject = (intervention or topic or "").lower()
        other = x if subject and any(w in subject for w in re.findall(r"[a-z]{4,}", y.lower())) else y
        cmp = (other, "similar") if not _PRONOUN_RE.match(other) else None
    if relation == "superior" and cmp is None and (times := _MULTIPLE_OF_RE.search(text_for_cmp)) and (
            std := re.match(r"\s+(?:a\s+|an\s+|the\s+)?(?P<x>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})", text_for_cmp[times.end():])) \
            and not _PRONOUN_RE.match(std.group("x")) and std.group("x").split()[0].lower() not in _SUBJECT_STOP | {"either", "both"}:
        # "twice the wrinkle smoothing of a plain hyaluronic patch": the standard multiplied (FRM13)
        cmp = (_CMP_STOP_RE.sub("", std.group("x")).strip(), "times the")
    if relation == "superior" and cmp is None and (base := _BASELINE_ARM_RE.search(text)):
        # "doubles the results you would get from minoxidil alone": the treatment whose results are
        # multiplied, on its own, is what the claim is compared with
        cmp = (" ".join(base.group("x").split()) + " alone", "results")
    combo = _COMBINATION_RE.search(text) if relation == "superior" and cmp is None else None
    if combo:
        # "Adding microneedling to minoxidil triples ...": compared with minoxidil alone; "it can be combined
        # with X for faster results": with the subject (the topic for a pronoun) alone
        alone = combo.group("y") or (combo.group("x") or "").strip() or (intervention if intervention and not _is_pronoun(intervention) else None) or (
            topic_norm or topic or "")
        alone = " ".join(w for w in alone.split() if w.lower() not in _SUBJECT_STOP)
        cmp = (alone + " alone", "combined") if alone else None
    sup = _SUPERLATIVE_CLAIM_RE.search(text) if relation == "superior" and cmp is None else None
    if relation == "superior" and (like := _LIKE_DOES_RE.search(focus)) and _negated(focus, like.start()):
        cmp = (" ".join(like.group("x").split()), "like")  # "doesn't itch like the liquid does": the liquid (FRM14)
    if sup is not None:
        # "one of the most effective anti-ageing tools": compared with the rest of its kind
        cmp = ("other " + " ".join(sup.group("noun").split()) if sup.group("noun") else "other treatments", "most")
    if relation == "superior" and (cmp is None or cmp[1] == "most") and (rank := _RANK_ADJUNCT_RE.search(focus)):
        # (FRAME23) a ranking's detached adjunct names the rivals it beats: "the best-evidenced treatment for women's hair
        # loss, ahead of minoxidil", "put PRP top, above finasteride and minoxidil"
        rival = rank.group("x").strip()
        if not re.fullmatch(r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:and|or)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?", rival, re.I):
            rival = _CMP_STOP_RE.sub("", rival).strip()  # (a coordination of rivals, "finasteride and minoxidil", is kept)
        rival = re.sub(r"^(?:the|a|an)\s+", "", rival, flags=re.I)
        if rival and not _is_pronoun(rival):
            cmp = (rival, "ahead of")
            ranked = _RANKED_OBJECT_RE.search(focus)
            if ranked and intervention and intervention.lower() in rival.lower():
                # "the ranking put PRP top, above finasteride and minoxidil": the ranked object is the treatment, the
                # rivals named after it are the comparator, never the claim's treatment
                intervention = ranked.group("o").strip()
                intervention_norm = normalise_name(intervention)
    inferior = _inferior_to(focus)
    if inferior is not None:
        # the subject is said to do worse than another arm: the claim is that arm's superiority over it
        base_name = intervention_norm or topic_norm or topic or ""
        cv = clause_verb(text)
        worse_arm = (cv[0] if cv else subject_of(text)) or intervention or base_name
        relation, cmp = "superior", (_arm_name(worse_arm, base_name), "inferior")
        intervention = _arm_name(inferior, base_name)
        intervention_norm = normalise_name(intervention) if len(intervention.split()) <= 3 and not any(
            rx.search(intervention) for _, rx in _ROUTE_RE) else intervention
    spared = no_longer_needed(text)
    if spared is not None and relation in ("benefit", "no_effect", "equivalent"):
        # "Once you start rosemary oil, you won't need minoxidil anymore": a treatment said to make another
        # unnecessary claims to do that one's job: parity with it, the other one the comparator
        relation, cmp = "equivalent", (spared.group("x"), "no need for")
        user = _USED_TREATMENT_RE.search(text)
        if user is not None and not _is_pronoun(user.group("y").split()[0]) and (intervention is None or _is_pronoun(intervention)
                                 or spared.group("x").lower() in intervention.lower()):
            intervention = _CMP_STOP_RE.sub("", user.group("y")).strip()
            intervention_norm = normalise_name(intervention)
    best = NOTHING_BETTER_RE.match(text)
    if best is not None and relation in ("superior", "equivalent", "benefit"):
        # "Nothing works better than tretinoin for fine lines": a negative quantifier over the rivals makes the
        # standard of comparison the best of all (a superlative), so the standard is the claim's treatment
        y = _CMP_STOP_RE.sub("", best.group("y")).strip()
        y = re.sub(r"^(?:the|a|an)\s+", "", y, flags=re.I)
        if y and not _is_pronoun(y):
            relation, cmp = "superior", ("other treatments", "most")
            if intervention is None or intervention.lower() not in y.lower():
                intervention, intervention_norm = y, normalise_name(y)
    if intervention is None:
        subj = subject_of(text)
        if (think := _THINK_OF_AS_RE.search(text)) is not None and subj and subj.lower().startswith("think"):
            # an imperative "Think of it as X" has no subject of its own: what it is about is the object of "think of"
            subj = re.sub(r"^\s*think\s+of\s+|\s+as\b.*$", "", think.group(0), flags=re.I) or None
        pol = clause_polarity(text)
        if subj and (pol.people or pol.quantifier) and re.search(
                r"\b(?:every|any|no|some|one|people|users?|patients?|person|women|men)\w*\b", subj.split()[0] + " " + subj, re.I):
            # a subject of people ("Everyone who tries it", "Hardly anyone") is who undergoes, not what is
            # taken: the treatment is the source "from X" names, else the topic
            src = re.search(r"\b(?:from|after|with|on)\s+(?:the\s+|a\s+|an\s+)?(?P<x>[A-Za-z][\w-]*(?:\s+(?!(?:in|on|for|at|and|"
                            r"or|but|when|if|after|because)\b)[A-Za-z][\w-]*){0,3})", text[text.find(subj.split()[-1]):], re.I)
            subj = src.group("x") if src and not _PRONOUN_RE.match(src.group("x")) else None
        if _is_pronoun(subj) or (cmp and subj and subj.lower() in cmp[0].lower()):
            intervention, intervention_norm = topic or (subj or ""), topic_norm or topic or (subj or "")
        else:
            intervention = subj or topic or ""
            intervention_norm = intervention_norm or normalise_name(intervention)
    intervention_norm = intervention_norm or normalise_name(intervention)
    if relation == "denies_harm":
        # the harm the sentence itself denies ("won't cause breakouts") over a generic label
        said = denied_harm(focus)
        if not said or said == "adverse effects":
            said = undergone(focus) or said  # "hardly anyone gets a rash": the harm nobody undergoes
        if (not said or said == "adverse effects") and (felt := _felt(focus)) is not None:
            said = felt[1]  # "most feel a faint tingle, or nothing at all": the discomfort denied (OUT15)
        if (not said or said == "adverse effects") and (rare := _HARM_SUBJECT_DENIED_RE.search(focus)) and (
                named := re.match(r"(?P<np>.+?)\s+(?:is|are|was|were|remain|remains|remained)\b", rare.group(0), re.I)) and not re.search(r"\b(?:side|adverse)\b", named.group("np"), re.I) \
                and not _GENERAL_HARM_RE.search(named.group("np")):
            said = re.split(r"\s+(?:after|from|with|in|on|during|following|of)\s+", named.group("np").lower())[0]  # "Scarring is very unlikely": the harm the predicate says is rare (FRM13)
        if (not said or said == "adverse effects") and (organ := _NEUTRAL_EFFECT_RE.search(focus)) and _negated(focus, organ.start()):
            # "no effect on your hormones", "won't affect your heart or blood pressure": the organ it leaves alone
            said = _coordinated_np(focus[organ.start("organ"):]) or organ.group("organ").lower()
        if (not said or said == "adverse effects") and (made := _NEGATED_CAUSATIVE_RE.search(focus)) and \
                _is_noun_phrase(made.group("np")) and not _is_pronoun(made.group("np")) and made.group("np").lower() not in _PERSONAL:
            # "can't make alopecia areata spread": the change a negated causative denies (FRAME3)
            said = f"{made.group('np').lower()} {_gerund(made.group('v').lower())}"
        if (not said or said == "adverse effects") and (acted := _NEGATED_ACTION_RE.search(focus)) and \
                acted.group("v").lower() not in _NO_ACTION_VERBS and not re.fullmatch(rf"(?:{HARM_NOUNS})", acted.group("v"), re.I):
            # "cannot block a blood vessel the way fillers can": a denial whose verb names the action on its object
            # denies that action, the object's "<verb>ing" ("blood vessel blocking"), over a general label (FRAME7)
            acted_on = acted.group("np").lower().split()
            while acted_on and (acted_on[-1] in _DETERMINERS or acted_on[-1] in _NP_STOP or acted_on[-1] in _NP_TAIL):
                acted_on.pop()
            if acted_on and _is_noun_phrase(" ".join(acted_on)) and " ".join(acted_on) not in _PERSONAL:
                said = f"{' '.join(acted_on)} {_gerund(acted.group('v').lower())}"
        if (not said or said == "adverse effects") and (lost := _NEGATED_LOSS_RE.search(focus)) and \
                lost.group("np").lower() not in _PERSONAL and not _is_pronoun(lost.group("np")):
            # "your lashes won't fall out when you stop": a negated verb of losing said of its subject denies its loss (FRAME4)
            said = f"{_modifier_form(lost.group('np').lower())} loss"
        if (not said or said == "adverse effects") and (unwanted := _UNWANTED_RE.search(focus)) and (
                changed := outcome_of(focus, "benefit", strict=True)):
            # the changed thing, marked unwanted: "won't make hair grow anywhere you don't want it" -> unwanted
            # hair; "do not lower blood pressure in women whose blood pressure is normal" -> blood pressure (FRM12)
            said = f"unwanted {changed}" if "want" in unwanted.group(0).lower() else changed
        if said and _QUANTIFIED_GENERAL_HARM_RE.fullmatch(said):
            said = "adverse effects"  # "not a single reaction": a general harm counted, not one harm named (JUNK15)
        generic = not said or re.fullmatch(r"adverse effects|side effects|harm|risks?|problems?|issues?", said)
        # (a caller's label none of whose words the sentence uses, "pain" for "unlikely to hurt", is a table's
        # guess at a harm the sentence states only in general: the general reading stands)
        out = outcome if outcome and _HARM_NOUN_RE.search(outcome) and generic and (
            not said or _shares_word(outcome, text)) else (said or outcome or "adverse effects")
        if not said and outcome and out == outcome and _CAUSES_NONE_OF_RE.search(focus) and not _shares_word(outcome, text):
            # "causes barely any of this": the harm is what "this" refers back to; a caller's label the sentence never
            # uses (the article's benefit, "sun spots") is no harm it denies: harms in general (FRAME7)
            out = "adverse effects"
    else:
        # the whole object when the caller passed a clipped one ("length of a" for "length of a
        # cold"), if it is a clean noun phrase; never prose leftovers
        own = outcome_of(focus, relation, strict=True)
        if own and quote and len(text) > len(quote) and text.endswith(quote) and not all(
                _shares_word(w, quote) for w in own.split() if w not in _NP_STOP):
            # a claim after a lead-in ("Here is what users report: waking up less often"): the lead-in names
            # who reports or what is asked about, never the claim's outcome; the quote's own reading (JUNK15)
            own = outcome_of(quote, relation, strict=True)
        # the extractor's label may be the lenient reading of the same words ("faster" in "worked faster")
        lenient = outcome_of(focus, relation)
        if outcome and lenient and lenient != own and outcome.lower() == lenient.lower():
            outcome = None
        suffered = undergone(focus) if relation == "harm" else None
        if relation == "harm" and not suffered and (felt := _felt(focus)) is not None:
            suffered = felt[1]  # "Most people feel a light prickle": the discomfort felt (OUT15)
        if relation == "harm" and not suffered and (not outcome or _GENERAL_HARM_RE.fullmatch(outcome)) and (
                first := harm_named_first(focus)):
            # "a little extra hair on the face or arms is the commonest side effect": the harm the copula's
            # subject names, over a general label (OUTC2)
            own, outcome = first, None
        if relation == "harm" and not suffered and not own and (not outcome or _GENERIC_HARM_LABEL.fullmatch(outcome)) and (
                felt_subject := _DISCOMFORT_SUBJECT_RE.match(focus)) and not felt_subject.group("n").lower().endswith("y"):
            # "A little tingle the first few times is normal": the discomfort the subject names is the harm (FRAME4)
            n = felt_subject.group("n").lower()
            # (a sensation named by its verb's bare noun, "a tingle", "a sting", is the -ing sensation: tingling)
            own, outcome = (_gerund(n.rstrip("s")) if re.fullmatch(r"(?:tingle|sting|itch|burn|ache|prickle|throb|pinch)s?", n) else n), None
        if relation == "harm" and not suffered and (harms_named := named_harm(focus)) is not None:
            # "Common side effects include headaches, dizziness and daytime sleepiness": the harms named (OUT15)
            own, outcome = harms_named, None
        if relation == "harm" and not suffered and (not outcome or _GENERIC_HARM_LABEL.fullmatch(outcome)) and (
                verbless := _VERBLESS_HARM_RE.match(focus)) and not _FINITE_RE.search(focus):
            # "Retinal damage from intense light.", "Dryness in a few people": a verbless claim is the noun phrase it
            # opens with, whose head names the harm (FRAME5)
            own, outcome = " ".join(verbless.group("np").lower().split()), None
        if relation == "harm" and (event := _HARM_EVENT_REPORTED_RE.search(focus)) and not (outcome and _shares_word(
                outcome, focus[event.start():event.start("v")])):
            # "a serious case of blindness followed plasma injected near the eyes": the reported harm event (FRM13)
            np = re.split(r"\s+(?:to|from|after|in|with|near|among)\s+", focus[event.start():event.start("v")].strip())[0]
            np = re.sub(r"^(?:[\w-]+\s+){0,2}?cases?\s+of\s+", "", np, flags=re.I)
            if np.strip():
                own, outcome, suffered = " ".join(np.split()[:4]).lower(), None, None
        if suffered and _clean_np(suffered) and not (outcome and (_PROBLEM_RE.search(outcome) or _HARM_NOUN_RE.search(outcome))):
            # "a small number of people get an upset stomach": the harm people undergo, over a caller's
            # label that names no problem (a benefit outcome under a harm claim)
            own, outcome = suffered, None
        clipped = bool(outcome and own and own.lower().startswith(outcome.lower()) and len(own) > len(outcome))
        # a generic safety label on a sentence that asserts no harm ("melts belly fat without
        # any effort" under "adverse effects") names the question, not what the sentence claims
        mislabelled = bool(outcome and relation in ("benefit", "mechanism", "no_effect") and re.fullmatch(
            r"(?:adverse|side)\s+(?:effects?|events?)|harms?|risks?|safety", outcome.strip(), re.I))
        # a caller's composite label none of whose words the sentence uses ("hyperpigmentation and
        # dark spots" for "fades melasma") is an inference; the sentence's own object says it better.
        # A mechanism concept stays: it names the process ("by producing collagen") the clause omits
        unsaid = bool(outcome and len(outcome.split()) >= 3 and outcome_kind != "mechanism"
                      and not _shares_word(outcome, text))
        # "it did nothing for my sleep": the denial names what it did nothing for, over any label the sentence
        # does not use (FRAME3)
        unsaid = unsaid or bool(outcome and relation == "no_effect" and own and not _shares_word(outcome, text)
                                and _NOTHING_FOR_RE.search(focus))
        out = own if (clipped or mislabelled or unsaid or not outcome) and own and _clean_np(own) else (outcome or own)
        if out and not _is_noun_phrase(out):
            # a caller's label that is no noun phrase ("so they", "genuinely deficient gp") is cut to the
            # noun phrase it starts with, else gives way to the sentence's own, else to nothing: the
            # question's outcome stands (FRM8)
            out = _noun_phrase_prefix(out) or (own if own and _is_noun_phrase(own) else "")
        if out and own and len(out.split()) == 1 and out.lower() not in own.lower() and _clean_np(own) and re.search(
                rf"\b{re.escape(out)}\s+(?:(?:the|your|my|their|its|any|those|these)\s+)?{re.escape(own.split()[0])}\b", focus, re.I):
            # "lighten dark circles under the eyes": a one-word label right before the object the clause's
            # structure reads, outside that noun phrase, is the verb acting on it: the object and the verb's
            # nominalisation name the outcome, "dark circles lightening" (OUTC2)
            out = f"{own} {_gerund(out.lower())}" if out.isalpha() and not out.lower().endswith("ing") \
                and not _clean_np(f"{out} {own}") else own
        means = made_by_means(focus, out) if out and len(out.split()) <= 2 else ""
        if means:
            out = means  # "the enzyme your skin uses to make pigment": pigment production (FRAME3)
        deeper = deeper_object(focus)
        if deeper and not (out and re.search(r"penetrat|absor|deliver|depth", out, re.I)):
            out = deeper  # "drives vitamin C deeper into the skin": the penetration compared (FRAME3)
        # (the claim's own words when it is part of the text: "[Less redness than my clinic treatments and] my skin
        # texture is so much better" compares no redness)
        own_words = quote if quote and quote in focus else focus
        shaped = structural_outcome(own_words)
        if shaped and not (out and _shares_word(out, shaped.split()[-1])):
            # "has much less downtime than laser resurfacing", "my cheeks feel bouncier and firmer": what the
            # comparison's shape names, over a label without its head (OUTC2)
            out = shaped
        elif relation != "harm" and (compared := comparative_outcome(own_words, f"{intervention or ''} {topic or ''}"))[1] and not (out and (
                _shares_word(out, compared[1]) and not _comparative_property(out) or _named_apart(out, own_words, compared[0]) or (
                len(out.split()) > 1 and compared[0] and _shares_word(out, compared[0])))):
            # "My lashes do look thicker already", "see up to 30% fuller lashes": the property one comparative
            # names of its noun, over a label that names neither it nor something else of that noun (FRAME3)
            out = f"{compared[0]} {compared[1]}".strip()
        elif out or own:
            # "improved fine wrinkles, mottled pigmentation and pore size": every coordinated object, when
            # the label names only some of them (OUTC2)
            listed = (object_list(own_words, out) if out else "") or (object_list(own_words, own) if own else "")
            conjuncts = re.split(r",\s*|\s+(?:and|or)\s+", listed) if listed else []
            # (a label that is one conjunct whole is the caller's pick of one item of the list, "It treats acne
            # scars, stretch marks and hair loss" read once per item: it stands)
            # (a quantifier repeated on every conjunct, "less swelling and less soreness", lists them all: FRAME4)
            picked = bool(outcome) and not (listed and _REPEATED_QUANTIFIER_IN_RE.search(own_words)) and any(all(_shares_word(w, c) for w in (outcome or "").split() if w.lower() not in _NP_STOP)
                                           for c in conjuncts)
            if listed and not picked and not all(_shares_word(out or "", c) for c in conjuncts):
                out = listed
    if relation in ("harm", "denies_harm") and (not out or _GENERIC_HARM_LABEL.fullmatch(out)) and (
            brought := made_state(quote if quote and quote in focus else focus)):
        out = brought  # "won't make your skin sun-sensitive": the state the causative names, over a general label (FRAME6)
    symptom = symptom_verb(quote if quote and quote in focus else focus, f"{intervention or ''} {topic or ''}") \
        if relation != "mechanism" else ""
    colour = bool(symptom) and all(re.search(r"\b(?:darkening|reddening|tanning)$", part) for part in symptom.split(" and "))
    bare = bool(symptom) and bool(out) and out.lower() != symptom.lower() and out.lower() in symptom.lower()
    if symptom and (bare or not (out and _shares_word(out, symptom)) and (
            not out or (not colour and not all(_shares_word(w, text) for w in out.split() if w.lower() not in _NP_STOP))
            or _GENERIC_HARM_LABEL.fullmatch(out))):
        # "my scalp stopped itching" under "skin irritation": the symptom the verb names, over an umbrella label
        # the sentence does not use or the bare noun it is said of ("darken skin" -> skin darkening). A change of colour
        # is what a label's research noun of pigment or redness names ("hyperpigmentation", "erythema"): that label stands
        # unless it is a general harm (FRAME5)
        out = symptom
    modified = re.search(rf"\b{re.escape(out)}\s+(?P<n>[a-z][\w-]*)\b", focus, re.I) \
        if out and re.fullmatch(r"[a-z]{3,}y", out) and _ADJECTIVE_Y_RE.fullmatch(out) else None
    if modified and modified.group("n").lower() not in _NP_STOP | _NP_TAIL | _LOCATIVE and _is_noun_phrase(modified.group("n")):
        # "without the itchy scalp": a lone adjective read as the outcome names it with the noun it modifies (FRAME5)
        out = f"{out} {modified.group('n').lower()}"
    state = _STATE_WITH_RE.search(focus) if out and relation != "denies_harm" and len(out.split()) == 1 else None
    if state and state.group("v").lower().startswith(out.lower()) and _clean_np(state.group("np")) and \
            not _GENERAL_RESULT_RE.fullmatch(state.group("np")):
        # "stopped waking with a dry mouth", "Wake up without sleep creases": a verb without an object has no
        # outcome of its own; the state "with" or "without" names is what changes (FRAME3)
        out = " ".join(state.group("np").lower().split())
    gloss = re.search(rf"\b{re.escape(out)}(?:\s+of\s+(?:the\s+|your\s+)?[a-z]+)?\s*\((?P<g>[a-z][a-z -]{{2,40}})\)", focus, re.I) \
        if out and "(" not in out else None
    if gloss and _is_noun_phrase(gloss.group("g")) and not _shares_word(out, gloss.group("g")):
        # "darkening of the skin (post-inflammatory hyperpigmentation)": a parenthesis after a noun phrase renames
        # it, as a label's own gloss does ("redness (erythema)") (OUTC2)
        out = f"{out} ({gloss.group('g').strip().lower()})"
    if out and _split_clitic(re.findall(r"[a-z][\w'’-]*", out.lower())):
        # a caller's label cut from a contraction ("doesn t dry") is prose, whatever the relation: its noun
        # phrase, else the general harm a denial denies, else nothing, so the question's outcome stands (OUTC2)
        out = _noun_phrase_prefix(out) or ("adverse effects" if relation == "denies_harm" else "")
    genitive = re.fullmatch(r"(?P<owner>[a-z]+(?:\s+[a-z]+)?)\s+s\s+(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", out or "", re.I)
    if genitive and re.search(rf"\b{re.escape(genitive.group('owner'))}['’]s\s", focus, re.I) and _is_noun_phrase(genitive.group("n")):
        # (OUT24) "My son's patches came back" under "son s patches": a genitive whose apostrophe was lost names the
        # possessor, whose, not what changed; the possessed noun is the outcome
        out = genitive.group("n").lower()
    spared = _GENTLER_ON_RE.search(focus) if relation in ("superior", "equivalent") and (
        not out or _GENERIC_HARM_LABEL.fullmatch(out)) else None
    if spared:
        # (OUT24) "kinder to your blood pressure than the tablets", "gentler on the natural lashes than extensions": an
        # adjective of gentleness compares the harm done to its complement, which names the outcome, over a general
        # label of harms; a population complement ("gentler on darker skin") says for whom and leaves the label
        ws = [w for w in spared.group("np").lower().split() if w not in _CLAUSE_DET and w not in _DETERMINERS]
        np = " ".join(ws)
        if ws and not _POPULATION_RE.fullmatch(f"for {np}") and _is_noun_phrase(np) and not _is_treatment_phrase(np):
            head = ws[-1][:-1] if re.fullmatch(r"[a-z]+[^se]s", ws[-1]) else ws[-1]
            out = " ".join([*ws[:-1], head, "damage"])  # (a noun modifier in the singular: "gum damage")
    standard = cmp[0] if cmp else ""

    def _names_standard(label: str) -> bool:
        # (a label made of the comparator's own words, "prescription" of "as well as the prescription drops", names
        # the standard, no outcome: FRAME7)
        words = standard.lower().split()
        # (before a generic noun of treatment the modifier names its purpose, the outcome compared: "prescription
        # anxiety medicine" -> anxiety, EXT6)
        purpose = bool(words) and re.fullmatch(r"medicines?|medications?|drugs?|treatments?|remed(?:y|ies)|pills?|tablets?",
                                               words[-1]) is not None and len(words) > 1 and label.lower() == words[-2]
        return bool(standard) and (same_head(label, standard) or (
            len(label.split()) == 1 and len(words) <= 4 and label.lower() in words[:-1] and not purpose))
    if out and cmp and _names_standard(out):
        # "both strengths beat a dummy lotion": the comparator of "beat/better than X" is what the outcome is
        # measured against, never the outcome; the question's outcome stands (JUNK15)
        out = outcome if outcome and not _names_standard(outcome) else ""
    if out and relation == "equivalent" and (ident := re.fullmatch(r"(?:the\s+)?same\s+(?P<n>[a-z][\w -]{2,})", out, re.I)):
        out = ident.group("n")  # "the same glow as a peel": "same" marks the parity, the noun names the property (FRAME7)
    if not out and relation == "equivalent" and (same_n := _SAME_NOUN_AS_RE.search(focus)) and \
            same_n.group("n").lower() not in _SAME_NOUN_NOT_RESULT | _NP_STOP and _is_noun_phrase(same_n.group("n")):
        out = same_n.group("n").lower()  # "delivers the same smoothness as a laser": smoothness (FRAME7)
    if relation in ("superior", "equivalent") and (not out or _GENERIC_HARM_LABEL.fullmatch(out)) and (
            attr := _ATTRIBUTIVE_CMP_RE.search(focus)) and attr.group("adj").lower() not in _NOT_COMPARATIVE and not re.match(
                rf"(?:{HARM_NOUNS}|{SYMPTOMS})\b", attr.group("n"), re.I) and _is_noun_phrase(attr.group("n")):
        # "gives a brighter glow than a light peel" under a harm label (its sentence went on to deny a harm, a claim of
        # its own): the comparison is of the noun the comparative adjective qualifies, not of harms (FRAME7)
        out = attr.group("n").lower()
    topic = fronted_topic(quote if quote and quote in focus else focus) if relation not in ("harm", "denies_harm") else ""
    if topic and not (out and _shares_word(out, quote if quote and quote in focus else focus)):
        # (OUT24) "For tension headaches it is not inferior to a massage", "For acne scars the trials agree it works":
        # the fronted "for X" topic is what the predicate is judged on; a label the clause does not use, or none, gives way
        out = topic
    # a later conjunct's adjunct does not scope back over the claim's own ("[It's my secret for clearer skin], and my
    # postpartum shedding stopped"): who the claim is about is read up to the end of its conjunct (FRAME4)
    own_end = text.find(focus) + len(focus) if focus != text and focus in text else len(text)
    if intervention and withdrawal_exposure(focus) and not re.match(r"\W*(?:stopping|quitting|withdrawal|coming\s+off)\b",
                                                                     intervention, re.I):
        # (SCOPE22) "it cleared completely within a few months of stopping", "Once you stop minoxidil, the new hair
        # falls out": what happens is timed from stopping, so the exposure is the withdrawal, not the treatment
        intervention = f"stopping {intervention}"
    if relation == "mechanism" and (closing := _CHANNEL_CLOSURE_RE.match(_plain(focus))) and (
            not out or out.lower() in closing.group(0).lower()):
        out = "channel closure"  # (FRAME23) what closes is the procedure's own channels
    mag = magnitude_of(text)
    tf = time_frame_of(text)
    frame = ClaimFrame(
        intervention=intervention, intervention_norm=intervention_norm, outcome=out, relation=relation,
        strength=strength_of(text), population=population_of(text[:own_end]),
        comparator=cmp[0] if cmp else None, comparator_norm=normalise_name(cmp[0]) if cmp else None,
    )
    if mag:
        frame = replace(frame, magnitude_value=mag[0], magnitude_unit=mag[1], magnitude_kind=mag[2],
                        magnitude_bound=mag[3])
    if tf:
        frame = replace(frame, time_frame=tf[0], time_frame_days=tf[1])
    return frame


# (OUT24) An adjective of gentleness or harshness with its complement ("kinder to your gums", "gentler on eczema",
# "harsher on the skin"): the complement is what the treatment harms more or less
_GENTLER_ON_RE = re.compile(r"\b(?:gentler|kinder|harsher|rougher|softer|milder|easier|harder|tougher|more\s+gentle)\s+"
                            r"(?:on|to)\s+(?P<np>(?:(?:the|your|my|their|his|her|our|its)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                            r"(?=\s*(?:than|[,.;:!?]|$))", re.I)


# (OUT24) A fronted "for X" adjunct before its clause, up to a comma or the clause's subject ("For flakes, onion juice
# is no better than ...", "For moisture it did seem to matter"): the topic the predicate is judged on. X is no topic
# when it names who (a person, a population, "for darker skin"), when ("for an hour") or a discourse marker ("for example").
_FRONTED_FOR_RE = re.compile(
    r"^\W*(?:(?:and|but|so|yet|plus|also)\s+)?for\s+(?P<np>[^,;:.!?()]{2,60}?)(?:\s*\([^()]{1,60}\))?"
    r"(?=\s*[,;:]|\s+(?:it|it['’]s|they|they['’]re|you|i|we|he|she|there|this|the|a|an|my|your|our|"
    r"their|his|her|nothing|no)\b)", re.I)
_NOT_TOPIC_HEADS = frozenset("""hour hours minute minutes second seconds night nights while time times moment moments
example instance now good sure once starters reason reasons sake case cases everyone everybody anyone anybody someone
somebody others me us you him her them myself yourself most many some all""".split())


def fronted_topic(text: str) -> str:
    """The outcome a fronted "for X" topic adjunct names (OUT24): "For tension headaches it is not inferior to a
    massage" -> tension headaches; "" for a population, a time, a discourse marker or anything no noun phrase."""
    m = _FRONTED_FOR_RE.match(" ".join(text.split()))
    if not m:
        return ""
    ws = m.group("np").lower().split()
    while ws and (ws[0] in _CLAUSE_DET or ws[0] in _DETERMINERS):
        ws = ws[1:]
    while ws and (ws[-1] in _NP_TAIL or ws[-1] in ("else",)):
        ws = ws[:-1]
    np = " ".join(ws)
    if not ws or len(ws) > 5 or ws[-1] in _NOT_TOPIC_HEADS or any(w in _PERSONAL for w in ws) or \
            _POPULATION_RE.fullmatch(f"for {np}") or not _is_noun_phrase(np) or not _clean_np(np):
        return ""
    return np


# An intransitive verb (a gerund, or a phrasal verb with "up") and the state it is done with or without (FRAME3)
_STATE_WITH_RE = re.compile(r"\b(?P<v>[a-z]+ing|[a-z]+\s+up)\s+(?:with|without)\s+(?:(?:a|an|the|any|your|my|those|that)\s+)?"
                            r"(?P<np>[a-z][\w-]*(?:\s+(?!(?:and|or|but|in|on|at|for|from|after|by|that|which|when|till|"
                            r"until)\b)[a-z][\w-]*)?)", re.I)
_NEGATED_CAUSATIVE_RE = re.compile(
    r"(?:\b(?:cannot|never|not)|n['’]t)\s+(?:ever\s+)?(?:make|makes|made|cause|causes)\s+(?:your\s+|the\s+|their\s+|my\s+)?"
    r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<v>spread|flare|worsen|recur|return|thin|shed|darken|swell|peel|"
    r"break|itch|burn|sting)\b", re.I)
# A negated modal or auxiliary before a transitive verb and its determined object ("cannot block a blood vessel",
# "won't strip your colour"); verbs that name no action of their own are left to the rules above
_NEGATED_ACTION_RE = re.compile(
    r"(?:\b(?:cannot|can\s+not|could\s+not|will\s+not|would\s+not|does\s+not|do\s+not|never)|n['’]t)\s+(?:ever\s+|possibly\s+|"
    r"actually\s+)?(?P<v>[a-z]{4,})\s+(?:a|an|the|your|any|their|its)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.I)
_NO_ACTION_VERBS = frozenset("""make makes cause causes have give gives take takes need needs want wants keep keeps leave leaves
affect affects change changes work works help helps do does feel feels look looks seem seems become becomes show shows
find finds mean means tell tells know knows stop stops prevent prevents replace replaces""".split())
_NEGATED_LOSS_RE = re.compile(r"\b(?P<np>[a-z]{3,})\s+(?:won['’]t|will\s+not|don['’]t|do\s+not|doesn['’]t|does\s+not|never|"
                              r"can['’]t|cannot|didn['’]t|did\s+not)\s+(?:ever\s+)?(?:fall\s+out|shed|drop\s+out|thin\s+out)\b", re.I)
_UNLIKE_RE = re.compile(r"\W*(?:but\s+|and\s+)?unlike\s+(?:the\s+|a\s+|an\s+|most\s+|many\s+)?(?P<x>[^,;:.!?]{2,60}?)\s*,", re.I)
# ... also after a lead-in, a complementiser or a clause boundary ("Why switch: - Unlike X, it ...", "I understand
# that, unlike X, it ..."): a fronted "unlike" adjunct opens its own clause wherever that clause starts (FRAME4)
_UNLIKE_INNER_RE = re.compile(r"(?:[:;.!?\n-]|\bthat\s*,?)\s*(?:but\s+|and\s+)?unlike\s+(?:the\s+|a\s+|an\s+|most\s+|many\s+)?"
                              r"(?P<x>[^,;:.!?]{2,60}?)\s*,", re.I)


# Where a conjunct ends or begins: a comma, semicolon or coordinator between clauses
_CONJUNCT_BEFORE_RE = re.compile(r"(?:[,;]|\b(?:and|but|yet|while|whereas))\s*$", re.I)
_CONJUNCT_AFTER_RE = re.compile(r"\s*(?:[,;]|\b(?:and|but|yet|while|whereas)\b)", re.I)
# Words before a conjunct that may scope over it: negation, a complementiser or report frame, a label
_SCOPING_RE = re.compile(rf"{_NEG}|\b(?:that|whether|if|unless|myth|claims?|says?|said|believe[sd]?|think|thought|"
                         rf"heard|read|told|supposedly|allegedly|may|might|could)\b|[:\"“”]|\?", re.I)


def own_conjunct(text: str, quote: str | None) -> str:
    """The claim's own conjunct of a coordinated sentence, when the caller's quote is one: "creatine makes
    you stronger[, it does not damage healthy kidneys and it is cheap]" -> "creatine makes you stronger";
    "X fades melasma, outperforms hydroquinone and [suits every skin tone]" -> "suits every skin tone".
    Each conjunct asserts its own relation; only a conjunct bounded by a comma, semicolon or coordinator,
    with a verb of its own and nothing before it that could scope over it (a negation, "that", a
    report frame, a modal, a label), is read alone. Otherwise the whole text."""
    if not quote:
        return text
    q = " ".join(quote.split()).strip(" .!?")
    at = text.find(q)
    if not q or at < 0 or len(q) >= len(text.strip(" .!?")):
        return text
    pre, post = text[:at], text[at + len(q):]
    if pre.strip() and not _CONJUNCT_BEFORE_RE.search(pre):
        return text
    if post.strip(" .!?") and not _CONJUNCT_AFTER_RE.match(post):
        return text
    if pre.strip() and _SCOPING_RE.search(pre):
        return text
    if not pre.strip() and _REASON_CLAUSE_RE.match(q) and re.match(r"\s*,", post):
        # (FRAME23) a fronted clause of reason quoted alone ("Because it's free of propylene glycol[, it won't make your
        # scalp itch]") asserts the cause, what the product is or does; the consequence is the main clause's claim
        return q
    if len(q.split()) < 2 or not (_effect_verbs(q) or _VERB_START_RE.search(" " + q) or clause_verb(q)):
        return text
    return q


_REASON_CLAUSE_RE = re.compile(r"\W*(?:because|since|as)\s+(?:it|they|this|these|the\s+[\w-]+|[A-Z][\w-]*)\s*"
                               r"(?:['’]s|['’]re|is|are|has|have|contains?|uses?)\s+\S", re.I)


# Inferiority of the subject, which English states as the other arm's superiority: a negated equative
# ("is not as good as taking it by mouth"), an inferior comparative of effect ("less effective than X",
# "worse than X", "inferior to X"; "less painful than" compares harms and stays the subject's), and a
# negated giving whose object a relative clause gives another subject ("at home will not give you the
# results that a clinic will give you")
_INFERIOR_TO_RE = re.compile(
    r"\b(?:not|n['’]t|never)\s+(?:quite\s+|nearly\s+|anywhere\s+near\s+|always\s+)?as\s+(?:good|effective|well|strong|"
    r"powerful|potent|useful|helpful|fast|quick|reliable)\s+as\s+(?P<y>(?:[^,.;:!?()]|(?<=\d)[.,](?=\d)){2,60})"
    r"|\b(?:less\s+(?:effective|useful|helpful|potent|powerful|reliable)|worse|weaker|inferior)\s+(?:than|to)\s+"
    r"(?P<y2>(?:[^,.;:!?()]|(?<=\d)[.,](?=\d)){2,60})"
    # more harm than another arm ("causes more irritation than retinol", "is harsher than retinol"): the
    # other arm is ahead on tolerability, as "fewer side effects than" puts the subject ahead
    r"|\b(?:(?:more|greater|worse)\s+(?:[\w-]+\s+){0,2}?(?:" + HARM_NOUNS + "|" + SYMPTOMS + r"|(?:unwanted|unwelcome|excess)\s+"
    r"[\w-]+(?:\s+[\w-]+)?)|harsher|riskier|more\s+(?:irritating|painful|dangerous|toxic|harmful|risky|drying|aggressive))"
    r"\s+than\s+(?P<y4>(?:[^,.;:!?()]|(?<=\d)[.,](?=\d)){2,60})"
    # idioms of losing: "is no match for Y", "can't compete with Y", "pales in comparison to Y", "lags behind Y",
    # "comes a distant second to Y", "loses out to Y", "works more slowly than Y", "is outperformed by Y"
    r"|(?:\bno\s+match\s+for|\b(?:can['’]t|cannot|can\s+not|couldn['’]t)\s+(?:compete|keep\s+up)\s+with|"
    r"\bpal(?:e|es|ed)\s+(?:in\s+comparison\s+)?(?:to|with|next\s+to|beside)|\blag(?:s|ged)?\s+(?:far\s+|well\s+)?behind|"
    r"\b(?:comes?|came|finish(?:es|ed)?|ranks?|ranked)\s+(?:a\s+)?(?:distant\s+|poor\s+)?second\s+to|\blos(?:e|es|t)\s+out\s+to|"
    r"\btrail(?:s|ed)?(?:\s+far)?\s+behind|\btrail(?:s|ed)(?:\s+far)?|\bf[ae]ll(?:s|en|ing)?\s+(?:far\s+|well\s+)?short\s+of|\b(?:more\s+slowly|less\s+quickly|less\s+well)\s+than|"
    r"\b(?:is|are|was|were)\s+(?:clearly\s+|easily\s+)?(?:outperformed|beaten|bested|outclassed|surpassed|outshone)\s+by)\s+"
    r"(?P<y5>(?:[^,.;:!?()]|(?<=\d)[.,](?=\d)){2,60})"
    r"|\b(?:not|n['’]t|never)\s+(?P<v>give|get|deliver|provide|offer|produce|bring|achieve)\s+(?:you\s+)?[^,.;:!?]{1,80}?\s+"
    r"(?:that|which)\s+(?P<y3>[^,.;:!?]{2,80}?)\s+(?:will\s+|would\s+|can\s+|could\s+|does\s+|do\s+|did\s+)?(?P=v)s?\b",
    re.I)
_ROUTE_RE = (("oral", re.compile(r"\b(?:by\s+mouth|orally|oral|(?:you|we|people)\s+(?:drink|eat|swallow)|drink(?:ing)?|"
                                 r"eat(?:ing)?|swallow(?:ing)?)\b", re.I)),
             ("topical", re.compile(r"\b(?:on\s+(?:your|the)\s+(?:skin|scalp|face)|to\s+the\s+(?:skin|scalp)|topical(?:ly)?|"
                                    r"rubb(?:ing|ed)|spray(?:ing|ed)|apply(?:ing)?|(?:you|we)\s+(?:apply|rub))\b", re.I)),
             ("home", re.compile(r"\bat[\s-]home\b|\bhome\b", re.I)),
             ("professional", re.compile(r"\b(?:clinics?|clinicians?|professionals?|dermatologists?|doctors?|salons?|"
                                         r"in[\s-]office)\b", re.I)))
# what an arm phrase says besides the treatment: gerunds of use, pronouns pointing to the topic, where
_ARM_NOISE_RE = re.compile(r"\b(?:taking|using|applying|spraying|rubbing|drinking|eating|swallowing|doing|having|getting|"
                           r"it|this|that|them|these|those|one|done|by\s+mouth|orally|on\s+(?:your|the)\s+(?:skin|scalp|face)|"
                           r"at\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:clinic|office|salon|home)|at[\s-]home|in\s+(?:a\s+|the\s+)?"
                           r"(?:[\w-]+\s+)?(?:clinic|office|salon)|by\s+(?:a\s+)?(?:professional|dermatologist|doctor)|"
                           r"(?:you|we|people)\s+(?:drink|eat|swallow|apply|rub|take)|the|a|an|your|my)\b", re.I)


def _inferior_to(text: str) -> str | None:
    """The arm a claim says does better than its subject ("taking it by mouth" in "spraying magnesium
    on your skin is not as good as taking it by mouth"), or None."""
    m = _INFERIOR_TO_RE.search(text)
    if not m or _negated(text, m.start()) and not m.group("y3") and not m.group("y"):
        return None
    if re.search(r"\bnon-?$", text[:m.start()], re.I) or _negated_inferior(text, m.group(0)) is not None:
        return None  # "non-inferior to Y", "isn't any weaker than Y": parity at least, no inferiority (FRAME6)
    y = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4") or m.group("y5")
    if m.group("y5") and re.match(r"[a-z]+ing\b", m.group("y5"), re.I):
        return None  # "falls short of regrowing hair": an effect denied, not a rival arm
    y = re.sub(r"\s+(?:and|but|or|which|that|because|when|while|if|so|though|although|for|at\s+(?!home)|in\s+\w+ing|"
               r"in\s+(?:every|each|all|most|many|some|several|two|three|both|\d+)\s)\b.*$",
               "", y, flags=re.I).strip() if not m.group("y3") else y.strip()
    if not y or INERT_ARM_RE.match(y) or re.match(
            r"(?:it|they|you|we|I|he|she|one|this|that|expected|advertised|promised|claimed|hyped|before|usual|normal|ever|"
            r"possible|needed|new|people\s+think|the\s+hype|\d)\b", y, re.I):
        return None  # "not as good as it sounds", "worse than nothing", "less than 5%": no rival arm
    return y


def _arm_name(phrase: str, topic: str) -> str:
    """An arm named by how or where the treatment is given ("taking it by mouth" -> "oral magnesium",
    "The caffeine you drink" -> "oral caffeine", "getting this done at a derma clinic" -> "professional
    microneedling"): the route or setting as a modifier of what is given, the topic for a pronoun."""
    route = next((name for name, rx in _ROUTE_RE if rx.search(phrase)), "")
    rest = _trim_np(_ARM_NOISE_RE.sub(" ", phrase).split())
    base = rest if rest and re.search(r"[a-z]{3}", rest) else (topic or "").lower()
    if not route or any(rx.search(base) for _, rx in _ROUTE_RE):
        return base or phrase.lower()  # "clinic lasers", "home devices": the name says it already
    return f"{route} {base}".strip()


def route_name(subject: str, topic: str = "") -> str | None:
    """The treatment a subject names with its route or setting ("The caffeine you drink" -> "oral
    caffeine", "creams you rub on" -> "topical creams"), or None when it states neither: for the
    extractor, whose question should then be about that route."""
    if not any(rx.search(subject) for _, rx in _ROUTE_RE):
        return None
    return _arm_name(subject, topic)


# A combination said to gain over one of its parts: "Adding X to Y triples ...", "combined with X for
# faster results", "paired with X it quadruples your results" (gerund or participle of joining, then a
# multiplier or a comparative); the comparison is with the part that is added to
_COMBINATION_RE = re.compile(
    # (SCOPE22: the base may be named by its strength, "to 2% minoxidil", and the verb may be past, "lifted")
    r"(?:^|[,;:]\s*|\b(?:can|may|could|will|is|are)\s+(?:be\s+)?)\W*(?:adding\s+(?:[\w-]+\s+){1,4}?to\s+(?P<y>(?:\d+(?:\.\d+)?\s?%\s+)?"
    r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)(?=\s+(?:[a-z]+s|[a-z]+ed|can|may|will|could|might|makes?|gives?)\b)|(?:combin|pair)(?:ed|ing)\s+"
    r"(?:it\s+|them\s+)?with\s+(?:[\w-]+\s+){0,3}?(?=(?:for|it|they|gives?|[a-z]+s)\b)"
    # a subject joined with a partner by a participle ("Onion juice mixed with rosemary oil doubles ..."):
    # the subject alone is the base
    r"|(?<![\w,;:])(?P<x>(?:[A-Za-z][\w-]*\s+){1,3}?)(?:mix|blend|combin|pair)ed\s+with\s+(?:[\w-]+\s+){1,3}?"
    r"(?=(?:[a-z]+ly\s+)?(?:doubl|tripl|quadrupl|boost|enhanc|multipl|amplif|speed|works|gives)\w*\b))", re.I)
_GAIN_RE = re.compile(r"\b(?:doubl\w*|tripl\w*|quadrupl\w*|twice|(?:\d+|two|three|four|five|ten)[-\s]?fold|faster|better|"
                      # (SCOPE22) what the addition adds: an "extra"/"additional" effect, a figure raised "from A% to B%"
                      r"greater|bigger|stronger|quicker|extra|additional|added|higher|from\s+\d+(?:\.\d+)?\s?%\s+to\s+\d+(?:\.\d+)?\s?%)",
                      re.I)


_BASELINE_ARM_RE = re.compile(
    r"\b(?:from|than|as|over|with)\s+(?:(?:those|men|women|people|patients|users)\s+(?:who\s+)?(?:used|took|using|taking|on|"
    r"got|had)\s+)?(?:the\s+|your\s+)?(?P<x>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)\s+(?P<alone>alone|by\s+itself|on\s+its\s+own)\b",
    re.I)
# ("boosts the results of PRP" names PRP as the partner of a combination, not as a rival: judged
# head-to-head against the claim's subject it would put the verdict on the wrong side, so no comparator)


def normalise_name(phrase: str | None) -> str:
    """A normalised intervention name: a synonym-table label when one matches ("derma rolling"
    -> "microneedling"), else the phrase lower-cased without determiners or trailing plurals."""
    if not phrase:
        return ""
    from .extract import INTERVENTIONS  # the synonym tables live with the extractor

    for c in INTERVENTIONS:
        if c.regex.fullmatch(phrase.strip()) or (c.regex.search(phrase) and len(phrase.split()) <= 3):
            return c.label
    words = [w.lower().replace(" ", "") for w in re.findall(r"\d+(?:[.,]\d+)?\s?%|[A-Za-z0-9][\w'’-]*", phrase)]
    while words and words[0] in _SUBJECT_STOP:
        words = words[1:]
    if words and len(words[-1]) > 4 and words[-1].endswith("s") and not words[-1].endswith(("ss", "is", "us")):
        words[-1] = words[-1][:-1]
    return " ".join(words)


# (FRAME9) A restriction that scopes the outcome to a state already in place: a restrictive relative clause with
# "already" ("pigmentation that had already formed", "sun damage you already have") or a premodifier of prior existence
# ("existing scars", "established melasma", "old acne marks"). English marks the subset by restrictive modification: the
# claim is about that part of the outcome only, so "it did not fade pigmentation that had already formed" asserts no
# effect on existing pigmentation (prevention at most), which records of an effect on the outcome in general, or of
# its prevention, do not test. A second-person "new" ("new hair") names the outcome itself and is no restriction.
_ALREADY_RELATIVE_RE = re.compile(
    r"\b(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:(?:that|which|who)\s+)?(?:(?:you|they|we|people|patients|it)\s+)?"
    r"(?:(?:has|have|had|is|are|was|were)\s+)?already\s+(?:(?:has|have|had|got|there|present|formed|developed|appeared|set\s+in|"
    r"established|in\s+place|visible|deep|lost|gone)\b)", re.I)
_PRIOR_STATE_RE = re.compile(
    r"\b(?P<mod>(?:pre-?)?existing|established|long-?standing|old|set-?in|already[\s-](?:formed|existing|established))\s+"
    r"(?P<noun>(?:[a-z][\w-]*\s+){0,2}?(?:scars?|marks?|pigment(?:ation)?|spots?|patches|melasma|wrinkles?|lines?|damage|"
    r"stretch\s+marks|striae|acne|creases|folds|hair\s+loss|bald\w*|sagging|[a-z]+(?:osis|itis|asma|ation)))\b", re.I)
_NOT_OUTCOME_RESTRICTION_RE = re.compile(r"\b(?:evidence|research|studies|treatments?|products?|routine|medication|drugs?)\b",
                                         re.I)


def restricted_state(text: str) -> str | None:
    """The outcome phrase a claim restricts to a state already in place ("pigmentation that had already formed",
    "existing scars"), or None when the outcome is unrestricted."""
    if (m := _PRIOR_STATE_RE.search(text)) and not _NOT_OUTCOME_RESTRICTION_RE.search(m.group("noun")):
        return " ".join(m.group(0).split())
    if (m := _ALREADY_RELATIVE_RE.search(text)):
        np = m.group("np")
        if np.lower().split()[0] in ("it", "they", "you", "we", "i", "results", "effects") or _NOT_OUTCOME_RESTRICTION_RE.search(np):
            return None
        if not re.search(r"\b(?:had|has|have|is|are|was|were|formed|developed|appeared|set\s+in|there|present|"
                         r"established|in\s+place)\b", m.group(0), re.I):
            return None
        return " ".join(m.group(0).split())
    return None
