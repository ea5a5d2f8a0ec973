"""Trap-claim benchmark (issue #14, TRAP6): single trap claims, labelled blind, scored per split.

`benchmarks/traps/traps.csv` holds 120 tiny articles (a headline and 1-4 sentences), each built around
one trap: negative quantifier subjects, privatives ("painless", "risk-free"), negated evidentials,
denials of efficacy, comparatives, fold vs percent, "up to", impossible time frames, unsourced shares,
hedges vs absolutes, disclaimers (no claim expected), attribution, double negation, conditionals.
The trap type is the part of `id` after the number (`017-denial_efficacy`). Labels were written from
`data/snapshot/records.jsonl` before the tool was run on them (see `benchmarks/traps/README.md`).

Each item is written as a one-article file to a temporary directory and run through the product with
`benchmarks/claims.py`'s `run()` (extract, frame, question, grade on the snapshot). The candidate whose
span overlaps the item's `quote` is matched, and per split it prints:

- found: claim items with an overlapping candidate; FALSE CLAIMS: no-claim items (blank relation and
  side) where a candidate overlaps the quote;
- relation accuracy on the found claim items;
- the tool's verdict sides (backs / against / unclear) against the gold sides;
- SIGN ERRORS: gold backs and the tool against, or gold against and the tool backs (listed);
- decisive on unclear: gold unclear and the tool backs or against (listed with --verbose).

Items 1-70 are `dev`, 71-120 `held` (held out: run it once, for the final report, never to tune).
TRAP7 added items 121-200 with new trap types (rhetorical questions, question headlines, myth/fact
framing, rebutted beliefs (no claim expected), "but it does" contrasts, fail/unable verbs, scalar
adverbs, inferior comparisons, prevention, negated evidentials with quantifiers, scare quotes,
superlatives and substitution, exceptions, future guarantees): 121-170 are `dev`, 171-200 `held2`
(held out like `held`; neither `dev` nor `all` includes it). A question-headline item's quote is
the headline itself. TRAP8 added items 201-260 with more new trap types (a negated standard, "as safe as"
similes, ranges, un-/de-/anti- outcomes, reversal verbs, absence-of-harm properties, "zero", litotes,
elliptical rebuttals "It doesn't.", doubting frames "supposedly", numeric testimony, tense shifts, dual
claims, refund promises, and outcome words only inside a product name (no claim expected)): 201-230 are
`dev`, 231-260 `held3` (held out like `held2`: run by name only, never in `dev` or `all`). TRAP9 added items
261-320 with more new trap types (another variant of the intervention, amounts in other units "+300%" / "one
in three" / "3x", a named population "even during pregnancy", a harm reframed as a sign it works, negated
comparatives "no worse than" / "not as harsh as", "without the side effects of", modal denials "can't cause",
time-bounded harms "fades within an hour", "only" restrictors, graded one-word answers "Not a chance." /
"Rarely.", "X-free" properties, a reported absence of harm in trials, concessive clauses "although ...",
purpose clauses "Massage X in ... to regrow hair", frequency adverbs "rarely"): 261-290 are `dev`, 291-320
`held4` (held out like `held3`: run by name only, never in `dev` or `all`). TRAP10 added items 321-380 on how
copy names the main intervention (a brand name, a pronoun or definite description after a first mention, a gerund
subject, an appositive, a Q/A answer, verbless bullets under a lead-in, press-release study reports, salon-menu
blurbs, diary entries, sidebar fields, an ingredient in parentheses, subjectless review lines, a referent only in
the headline, disclaimers about a named product (no claim expected)), each combined with a sign trap: 321-350 are
`dev`, 351-380 `held5` (held out like `held4`). TRAP11 added items 381-440 on copy the product misread on spent
held-out splits (superlatives of a class "one of the safest", reported no difference between arms "either way",
"the helmet itself", one item of a services list, numbered labels "SLIDE 3:", the condition named before the
treatment, time frames counted in sessions or uses, "safe"/"gentle"/"drug-free" against a reported harm, the
object of a phrasal verb "brings the redness down", and disclaimers after a label or in a footnote (no claim
expected)), each combined with a sign trap: 381-410 are `dev`, 411-440 `held6` (held out like `held5`). TRAP12
added items 441-500 on copy the product had not been tried on (a mild harm reported as common, minimisers on harms
"barely", negated superlatives "not the fastest, but", "no better than X", withdrawal conditionals "if you stop",
dose-response "the more often, the better", rhetorical questions "Who needs X?", claims given as a Q/A reply, in a
table row or a caption, scare quotes and irony, a harm of another use of the same treatment, numbers per group,
a claim split across two sentences by a pronoun, and disclaimers in a Q/A, caption or table footnote (no claim
expected)), each combined with a sign trap: 441-470 are `dev`, 471-500 `held7` (held out like `held6`). TRAP13
added items 501-560 on more new copy (a treatment named only by a brand defined earlier, a rival better known
and named more often than the treatment, the outcome as the subject of a change verb "my crown filled in", claims
in hashtags and in on-screen text or pinned comments, a claim split between a question and its answer, results
said to last after stopping, what stopping does, dose and frequency "5% does more than 2%", numbers per group vs
one arm's change, "no better than", "not without risk" / "not unsafe", a population the evidence did not study,
a harm granted for one group and denied for another, and disclaimers in hashtags, on-screen text or a pinned
comment (no claim expected)), each combined with a sign trap: 501-530 are `dev`, 531-560 `held8` (held out like
`held7`). TRAP14 added items 561-620 on more new copy (a treatment named only by a brand defined earlier or by "it"
across sentences, equivalence with a better-known rival named more often, the outcome as the subject of a change
verb or a noun phrase after "for", claims in captions, hashtags, on-screen text and pinned comments, negative
answers "Does it hurt? Not at all.", results or harms after stopping, dose and frequency, numbers per group vs one
arm's change, "no better than", double negation "not without side effects" / "never fails to", a population the
evidence did or did not study, a harm granted for one group and denied for another, ranges and "twice as likely",
a myth stated then rebutted, and disclaimers in captions, on-screen text or a pinned comment (no claim expected)):
561-590 are `dev`, 591-620 `held9` (held out like `held8`). TRAP15 added items 621-680 on more new copy (bare "Yes." /
"Absolutely." answers to a question naming treatment and outcome, a treatment named by a definite description after
one naming, a combination "X plus Y" where the evidence isolates one part, a study's figure quoted with its
comparator, a share of people vs a percentage change, time to onset and duration of effect, safety for a population,
a harm minimised "just a little redness", a claim inside a conditional, negation over a comparison "not as effective
as", "Who needs X when ...?", the outcome after a colon or dash, fronted outcome phrases "For wrinkles, nothing beats
...", a product article whose claims are about its ingredient, and disclaimers as FAQ answers (no claim expected)):
621-650 are `dev`, 651-680 `held10` (held out like `held9`). TRAP16 added items 681-740 on more new copy (safety
superlatives for a population "the safest option for darker skin", "safe for everyone / anywhere", a combination's
benefit from each arm's change, lay words for research outcomes "crow's feet" / "breakouts" / "thin patches",
elliptical quantity answers "Any side effects? Hardly any.", two claims joined by "and" / "with", graded risk "a low
risk of", counted shares "27 of the 30", a study quoted by its sample and duration, conceded negated superlatives
"not the strongest, but", claims in alt text or a photo caption, a testimonial's "I" vs the brand's own voice, a product
that "contains" an ingredient "proven" to do X, a disclaimer followed by a promise, and disclaimers about testimonials
or in alt text and captions (no claim expected)): 681-710 are `dev`, 711-740 `held11` (held out like `held10`).
TRAP17 added items 741-800 on more new copy (complete-result promises "clears acne, full stop", benefits restricted to
a dose, strength or population "but only at ...", negative hedges "is unlikely to help", serious harms against "safe"
and affirmed, brands standing for a generic treatment, "contains X, which is proven to ...", comparisons whose standard
is elided or a pronoun "beats it", emphatic answers "You bet it can." / "Sadly, no.", list items under a negating
lead-in "None of these is true:", counted shares of a study sample, lay words for research outcomes, courses counted in
sessions and weeks, gains as a multiple of a rival's, and, expecting no claim, quoted claims the writer rejects and
disclaimers phrased as negative hedges): 741-770 are `dev`, 771-800 `held12` (held out like `held11`).
TRAP18 added items 801-860 on more new copy (non-inferiority wordings "not inferior to" / "no less effective than" /
"at least as good as", product attributes beside a health claim, one agent credited where only a combination was
tested or isolated, sequences of onset "nothing at three months, then ...", litotes on frequency "not uncommon" /
"hardly ever fails" / "not without benefit", attributed claims the writer endorses or doubts, drug strengths beside
effect figures, daily doses with units, negated gradients "stronger isn't better", differences in percentage points,
"unless" clauses, an "only downside" that is no health effect, exclusive "the only treatment that", and, expecting no
claim, product attributes alone "smells nicer, costs half as much" and claims retracted in the next sentence):
801-830 are `dev`, 831-860 `held13` (held out like `held12`).
TRAP19 added items 861-920 on how copy names the treatment and says the outcome (a treatment named only by a
description "the little spiky roller", by its ingredient inside a product name, by an abbreviation defined earlier or
by a trade name "Retin-A" / "Rogaine", a second treatment after an article about another, the outcome as an everyday
observation "my concealer no longer creases", second-person promises "You'll notice fewer ...", "Imagine ..." frames,
the result clause of a how-to step, farewells to a problem "Say goodbye to ...", "clinically proven" badges,
comparisons with doing nothing, "for all skin types", a sensation presented as evidence "You can feel it working",
and, expecting no claim, descriptions of the problem "Melasma can make anyone self-conscious"): 861-890 are `dev`,
891-920 `held14` (held out like `held13`).
TRAP20 added items 921-980 on more ways copy names the treatment and says the outcome (a clipped or slang name "tret" /
"minox", a route or form set against another "swallowing the tablet ... rubbing the foam", a wavelength as the only name
"ten minutes under 415 nm", a class name "vitamin A creams" / "home hair lasers", harms, denials of harm, outcomes and
mechanisms in lay words and idioms "a bit of a werewolf", "a boiled lobster", "irons out", "waking up sleepy hair
roots", a medical term glossed in parentheses, a share in a second sentence about the sample of the first "Most saw
...", factive frames "Who knew ...?" / "It's amazing how ...", the "After" line of a before/after pair, time frames
counted in product units "by your second can", proportional slogans "Twice the strength, twice the results", and,
expecting no claim, sales and popularity figures "200,000 bottles sold, 4.8 stars"): 921-950 are `dev`, 951-980
`held15` (held out like `held14`).
TRAP21 added items 981-1040 on what copy does after it names the treatment (a route or form stated once and implied
later "... tablets. ... they won't ...", an event or show masthead with an outcome word "Regrow Summit" over a claim about
the real treatment, a claim scoped to one body site "on sun-damaged forearms" / "at the front hairline", an outcome said
by its opposite "less see-through", maintenance and top-ups "one session a week is enough to keep it", a contraindication
line whose reason is a harm "Not for anyone who is pregnant: ...", a claim inside parentheses, a double negative asserting
no effect "It isn't unusual to see no new hair", a hedge in its own sentence before the claim "Results vary. Most ...", a
verbless second outcome "Coarser wrinkles too, if ...", a treated side against an untreated one "my left cheek ... than
the right", counterfactuals "If I hadn't added the PRP, I'd never ...", dot-leader spec lines "Hair count ..........
doubled in 4 weeks", what other people noticed, and, expecting no claim, past beliefs reported as history "In the 1920s,
doctors believed ..."): 981-1010 are `dev`, 1011-1040 `held16` (held out like `held15`). From item 1000 the number in
`id` has four digits (`1000-history_belief`).
TRAP22 added items 1041-1100 on how copy answers, names and times a claim (a claim in a transcript turn after a speaker
label "DR LEE: No, it can't; ...", an answer opened by a discourse marker "To be fair, it does.", a reply confirming a
reported statement "People warn that it stings. It does.", a negatively phrased question answered "Isn't X kinder than
Y? It is.", durability "permanent" / "for good", time in lay words "within a fortnight" / "by the weekend", lab or
animal findings stated as if for people, shares of people who stop a treatment, a section heading naming a second
treatment with a pronoun claim under it, a claim in a table column label ticked for a row, a misspelt treatment name
"minoxodil", a benefit implied by "Ever since I started ...", apparent age "took ten years off my face", warning-label
lines "WARNING: May cause ...", and, expecting no claim, free-of attributes alone "paraben-free, silicone-free, vegan"):
1041-1070 are `dev`, 1071-1100 `held17` (held out like `held16`).
TRAP23 added items 1101-1160 on how copy names the treatment and says the outcome once more (a pronoun claim in its
own entry of a page covering three or more treatments, a drug by an unusual route "drive it into the skin with a mild
electric current", an event name as subject "Scalp Sundays have grown ...", vague time spans "in a matter of days" /
"within weeks", a verbless comparative question answered "Better than 2% minoxidil? No, but ...", partial outcomes
"not completely gone", state changes "I no longer see my scalp" / "isn't receding any more", quantity words "only a
handful of" / "the majority of", an imperative as a condition "Drink one a day for a week and ...", a claim hedged by
a named authority "Dermatologists agree that ...", "neither ... nor", "Don't expect X to ...", a claim inside a
"because" clause, a comparison with one's own past "firmer than it was in my twenties", and, expecting no claim, an
open question the text leaves unanswered): 1101-1130 are `dev`, 1131-1160 `held18` (held out like `held17`).

    python benchmarks/traps.py [--split dev|held|held2|...|held18|all] [--code DIR] [--verbose] [--json FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TRAPS = HERE / "traps" / "traps.csv"
COLUMNS = ("id", "split", "title", "text", "quote", "intervention", "relation", "gold_side", "note")
RELATIONS = ("benefit", "harm", "denies_harm", "no_effect", "superior", "equivalent", "mechanism")
SIDES = ("backs", "against", "unclear")
SPLITS = ("dev", "held", "held2", "held3", "held4", "held5", "held6", "held7", "held8", "held9", "held10", "held11",
          "held12", "held13", "held14", "held15", "held16", "held17", "held18")
ALL_SPLITS = ("dev", "held")  # what --split all runs: held2 to held18 are only ever run by name
TRAP_TYPES = ("neg_quantifier", "privative", "negated_evidential", "denial_efficacy", "comparative",
              "fold_percent", "up_to", "time_frame", "unsourced_share", "hedge_absolute", "disclaimer",
              "attribution", "double_negation", "conditional",
              # TRAP7 (items 121-200)
              "rhetorical_question", "question_headline", "myth_fact", "rebutted_belief", "contrast_but",
              "fail_verb", "scalar", "inferior_comparison", "prevention", "evidential_quantifier",
              "scare_quotes", "superlative", "exception", "future_guarantee",
              # TRAP8 (items 201-260)
              "negated_standard", "safety_simile", "range_number", "prefix_negation", "reversal_verb",
              "absence_property", "zero_quantifier", "litotes", "elliptical_rebuttal", "disbelief_frame",
              "testimonial_number", "tense_shift", "dual_claim", "refund_promise", "name_not_claim",
              # TRAP9 (items 261-320)
              "variant_intervention", "unit_amount", "named_population", "harm_as_sign", "negated_comparative",
              "without_clause", "modal_denial", "time_bounded_harm", "only_restrictor", "graded_answer",
              "free_from", "trial_absence", "concessive", "purpose_clause", "rare_frequency",
              # TRAP10 (items 321-380): how copy names the intervention
              "brand_name", "pronoun_subject", "definite_description", "gerund_subject", "appositive",
              "qa_answer", "lead_in_bullet", "press_release", "salon_menu", "diary_entry", "sidebar_field",
              "parenthetical_ingredient", "subjectless_review", "headline_referent", "named_disclaimer",
              # TRAP11 (items 381-440): copy the product misread on spent held-out splits
              "class_superlative", "no_difference", "itself_reference", "service_list", "structural_label",
              "condition_first", "session_time", "safety_vs_harm", "phrasal_object", "labelled_disclaimer",
              # TRAP12 (items 441-500): new copy (common mild harms, minimisers, withdrawal, dose, tables, captions)
              "common_mild_harm", "minimiser_harm", "negated_superlative", "negated_better",
              "withdrawal_conditional", "dose_response", "rhetorical_claim", "qa_reply", "table_row",
              "caption_claim", "ironic_quotes", "other_use_harm", "group_numbers", "pronoun_split",
              "structured_disclaimer",
              # TRAP13 (items 501-560): brands, rivals, change verbs, social-media text, stopping, dose, populations
              "defined_brand", "better_known_rival", "change_subject", "hashtag_claim", "onscreen_text",
              "question_split", "persistence", "dose_frequency", "arm_numbers", "negated_rival", "not_without",
              "unstudied_population", "group_harm", "stopping_effect", "platform_disclaimer",
              # TRAP14 (items 561-620): referents, equivalence, outcome phrases, negative answers, ranges, myths
              "referent_chain", "rival_equivalence", "outcome_phrase", "social_text", "qa_negative",
              "lasting_effect", "dose_schedule", "group_vs_change", "negated_parity", "double_denial",
              "indirect_population", "harm_for_others", "range_likelihood", "myth_rebuttal", "caption_disclaimer",
              # TRAP15 (items 621-680): bare answers, anaphors, combinations, figures, shares, onset, populations
              "bare_affirmative", "definite_anaphor", "combination_part", "figure_with_comparator", "people_share",
              "onset_duration", "population_safety", "just_minimiser", "if_clause_claim", "not_as_scope",
              "who_needs", "colon_outcome", "fronted_outcome", "product_ingredient", "faq_disclaimer",
              # TRAP16 (items 681-740): population superlatives, universal safety, per-arm changes, lay outcomes,
              # elliptical quantities, joined claims, graded risk, counted shares, quoted studies, alt text, voice
              "population_superlative", "universal_safety", "separate_arms", "lay_outcome", "elliptical_quantity",
              "joined_claims", "graded_risk", "counted_share", "quoted_study", "superlative_concession",
              "alt_text_claim", "testimonial_voice", "contains_ingredient", "hedge_then_promise",
              "testimonial_disclaimer",
              # TRAP17 (items 741-800): complete promises, restricted benefits, negative hedges, serious harms, brands,
              # proven ingredients, elided standards, emphatic answers, negated lists, samples, lay terms, courses
              "complete_promise", "restricted_benefit", "negative_hedge", "serious_harm", "brand_generic",
              "ingredient_proof", "elided_standard", "emphatic_answer", "negated_list", "rejected_quote",
              "sample_count", "lay_term", "course_length", "negative_disclaimer", "rival_multiple",
              # TRAP18 (items 801-860): non-inferiority, attributes, combinations, onset, litotes, attribution verdicts,
              # strengths, daily doses, negated gradients, percentage points, unless, only downsides, exclusives
              "noninferiority", "attribute_health_mix", "single_from_combo", "onset_sequence",
              "understated_negation", "attribution_verdict", "strength_number", "daily_dose", "negated_gradient",
              "percentage_points", "unless_clause", "only_downside", "exclusive_only", "attribute_only",
              "retracted_claim",
              # TRAP19 (items 861-920): how copy names the treatment (descriptions, ingredients in product names,
              # abbreviations, trade names, a second treatment) and says the outcome (everyday observations, "you'll",
              # "imagine", how-to results, farewells, badges, "better than nothing", all skin types, sensations)
              "described_treatment", "ingredient_in_name", "defined_abbreviation", "trade_name", "second_treatment",
              "everyday_observation", "problem_statement", "second_person_promise", "imagine_frame", "howto_result",
              "farewell_claim", "proof_badge", "vs_nothing", "all_types_claim", "felt_evidence",
              # TRAP20 (items 921-980): more naming (slang names, routes, wavelengths, class names, product units) and
              # lay outcomes (lay harms, denials and mechanisms, idioms, glossed terms), split shares, factive frames,
              # before/after lines, proportional slogans, popularity figures
              "slang_name", "route_comparison", "wavelength_name", "class_name", "lay_harm", "lay_denial",
              "idiom_outcome", "glossed_term", "lay_mechanism", "sample_then_share", "factive_frame", "before_after",
              "supply_time", "proportional_slogan", "popularity_figure",
              # TRAP21 (items 981-1040): after the treatment is named (implied routes, mastheads, body sites, opposite
              # outcomes, maintenance, contraindications, asides, double negatives, detached hedges, elided outcomes,
              # treated vs untreated sides, counterfactuals, spec lines, what others noticed), past beliefs as history
              "implied_route", "outcome_masthead", "body_site_scope", "opposite_outcome", "maintenance_claim",
              "contraindication", "parenthetical_claim", "double_negative_null", "detached_hedge", "history_belief",
              "elided_outcome", "split_side_testimony", "counterfactual_claim", "spec_line", "noticed_by_others",
              # TRAP22 (items 1041-1100): how copy answers (speaker turns, discourse markers, confirmed reports,
              # negative questions), names (headings over pronouns, column labels, misspellings) and times a claim
              # (permanence, lay time words, apparent age), lab findings as human, quit shares, warning labels,
              # free-of attributes alone
              "speaker_turn", "discourse_marker", "affirmed_report", "negative_question", "permanence_claim",
              "lay_time_word", "lab_as_human", "quit_share", "heading_pronoun", "column_label", "misspelled_name",
              "post_hoc_since", "years_younger", "warning_label", "free_of_only",
              # TRAP23 (items 1101-1160): naming (a pronoun in its own entry of a roundup, unusual routes, event names
              # as subjects), lay outcomes and times (vague spans, "not completely", "no longer" / "any more", one's
              # own past), quantity words, imperative conditions, authority frames, "neither ... nor", "Don't expect",
              # "because" clauses, verbless comparative questions; open questions left unanswered
              "roundup_pronoun", "unusual_route", "event_name_subject", "vague_span", "elliptical_comparison",
              "not_completely", "no_longer_state", "quantity_word", "imperative_conditional", "consensus_frame",
              "neither_nor", "dont_expect", "because_clause", "past_self_comparison", "open_question")
NO_CLAIM_TYPES = ("disclaimer", "rebutted_belief", "name_not_claim", "named_disclaimer",
                  "labelled_disclaimer", "structured_disclaimer", "platform_disclaimer",
                  "caption_disclaimer", "faq_disclaimer", "testimonial_disclaimer",
                  "rejected_quote", "negative_disclaimer",
                  "attribute_only", "retracted_claim", "problem_statement",
                  "popularity_figure", "history_belief", "free_of_only",
                  "open_question")  # items expecting no claim
TITLE_QUOTE_TYPES = ("question_headline",)  # the quote is the headline, not a body substring
DEV_LAST = 70  # the fixed split rule: 1-70 dev, 71-120 held, 121-170 dev, 171-200 held2, 201-230 dev, 231-260 held3,
# 261-290 dev, 291-320 held4, 321-350 dev, 351-380 held5, 381-410 dev, 411-440 held6, 441-470 dev, 471-500 held7,
# 501-530 dev, 531-560 held8, 561-590 dev, 591-620 held9, 621-650 dev, 651-680 held10, 681-710 dev, 711-740 held11,
# 741-770 dev, 771-800 held12, 801-830 dev, 831-860 held13, 861-890 dev, 891-920 held14, 921-950 dev, 951-980 held15,
# 981-1010 dev, 1011-1040 held16, 1041-1070 dev, 1071-1100 held17, 1101-1130 dev, 1131-1160 held18
LAST = 1160


def split_of(number: int) -> str:
    """The split an item number fixes (set before any label was written)."""
    if number <= DEV_LAST:
        return "dev"
    if number <= 120:
        return "held"
    if number <= 200:
        return "dev" if number <= 170 else "held2"
    if number <= 260:
        return "dev" if number <= 230 else "held3"
    if number <= 320:
        return "dev" if number <= 290 else "held4"
    if number <= 380:
        return "dev" if number <= 350 else "held5"
    if number <= 440:
        return "dev" if number <= 410 else "held6"
    if number <= 500:
        return "dev" if number <= 470 else "held7"
    if number <= 560:
        return "dev" if number <= 530 else "held8"
    if number <= 620:
        return "dev" if number <= 590 else "held9"
    if number <= 680:
        return "dev" if number <= 650 else "held10"
    if number <= 740:
        return "dev" if number <= 710 else "held11"
    if number <= 800:
        return "dev" if number <= 770 else "held12"
    if number <= 860:
        return "dev" if number <= 830 else "held13"
    if number <= 920:
        return "dev" if number <= 890 else "held14"
    if number <= 980:
        return "dev" if number <= 950 else "held15"
    if number <= 1040:
        return "dev" if number <= 1010 else "held16"
    if number <= 1100:
        return "dev" if number <= 1070 else "held17"
    return "dev" if number <= 1130 else "held18"
AGAINST_VERDICTS = ("not supported", "contradicted")
BACKS_VERDICTS = ("supported", "partly supported")
_ID = re.compile(r"^(\d{3}|[1-9]\d{3})-([a-z_]+)$")  # three digits, four from item 1000 (no leading zero)


class TrapError(ValueError):
    """A malformed traps file: the message names the file, line, item id and column."""


@dataclass(frozen=True)
class Trap:
    id: str
    number: int
    trap: str
    split: str
    title: str
    text: str
    quote: str
    intervention: str
    relation: str  # "" for a no-claim item (a disclaimer)
    gold_side: str  # "" for a no-claim item
    note: str

    @property
    def expects_claim(self) -> bool:
        return bool(self.relation)

    @property
    def file_name(self) -> str:
        return f"{self.id}.txt"

    def article(self) -> str:
        """The one-article file the product reads: headline, blank line, body."""
        return f"{self.title}\n\n{self.text}\n"


def load_traps(path: Path = TRAPS) -> list[Trap]:
    """Read and validate the traps file; the first problem raises TrapError naming row and column."""
    where = path.name
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as e:
        raise TrapError(f"{path}: cannot read ({e.strerror})") from e
    with handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            raise TrapError(f"{where}: empty file, expected header {','.join(COLUMNS)}") from None
        except csv.Error as e:
            raise TrapError(f"{where} line 1: malformed CSV ({e})") from e
        if tuple(h.strip() for h in header) != COLUMNS:
            raise TrapError(f"{where} line 1: header {header} is not {list(COLUMNS)}")
        traps: list[Trap] = []
        seen: dict[str, int] = {}
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                raise TrapError(f"{where} line {reader.line_num}: malformed CSV ({e})") from e
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            rid = cells[0].strip() if cells else ""
            if len(cells) != len(COLUMNS):
                raise TrapError(f"{where} line {line} (id {rid or '?'}): {len(cells)} fields, expected {len(COLUMNS)}")
            row = dict(zip(COLUMNS, cells))
            traps.append(_check_row(row, f"{where} line {line} (id {rid or '?'})", seen, line))
    if not traps:
        raise TrapError(f"{where}: no items")
    return traps


def _check_row(row: dict, at: str, seen: dict[str, int], line: int) -> Trap:
    def bad(col: str, why: str) -> TrapError:
        return TrapError(f"{at}, column {col}: {why}")

    m = _ID.match(row["id"].strip())
    if not m:
        raise bad("id", f"{row['id']!r} is not NNN-trap_type (NNNN from item 1000)")
    if m.group(2) not in TRAP_TYPES:
        raise bad("id", f"unknown trap type {m.group(2)!r} (known: {', '.join(TRAP_TYPES)})")
    if row["id"] in seen:
        raise bad("id", f"duplicate of line {seen[row['id']]}")
    seen[row["id"]] = line
    number = int(m.group(1))
    split = row["split"].strip()
    if split not in SPLITS:
        raise bad("split", f"{split!r} is not one of {SPLITS}")
    if not 1 <= number <= LAST:
        raise bad("id", f"item number {number} is outside 1-{LAST}")
    if split != split_of(number):
        raise bad("split", f"item {number} must be {split_of(number)} "
                           f"(items 1-{DEV_LAST}, 121-170, 201-230, 261-290, 321-350, 381-410, 441-470, 501-530, "
                           f"561-590, 621-650, 681-710, 741-770, 801-830, 861-890, 921-950, 981-1010, "
                           f"1041-1070 and 1101-1130 dev, "
                           f"71-120 held, 171-200 held2, 231-260 held3, 291-320 held4, 351-380 held5, 411-440 held6, "
                           f"471-500 held7, 531-560 held8, 591-620 held9, 651-680 held10, 711-740 held11, "
                           f"771-800 held12, 831-860 held13, 891-920 held14, 951-980 held15, 1011-1040 held16, "
                           f"1071-1100 held17, 1131-{LAST} held18)")
    for col in ("title", "text", "quote", "intervention", "note"):
        if not row[col].strip():
            raise bad(col, "empty")
    if m.group(2) in TITLE_QUOTE_TYPES:
        if row["quote"] != row["title"]:
            raise bad("quote", f"a {m.group(2)} item's quote must be its title, not {row['quote'][:60]!r}")
    elif row["quote"] not in row["text"]:
        raise bad("quote", f"{row['quote'][:60]!r} is not an exact substring of text")
    relation, side = row["relation"].strip(), row["gold_side"].strip()
    if relation and relation not in RELATIONS:
        raise bad("relation", f"{relation!r} is not one of {RELATIONS} (or blank for no claim)")
    if side and side not in SIDES:
        raise bad("gold_side", f"{side!r} is not one of {SIDES} (or blank for no claim)")
    if bool(relation) != bool(side):
        raise bad("gold_side" if relation else "relation", "relation and gold_side must both be set or both blank")
    if (m.group(2) in NO_CLAIM_TYPES) != (not relation):
        raise bad("relation", f"{' and '.join(NO_CLAIM_TYPES)} items, and only they, expect no claim "
                              "(blank relation and side)")
    return Trap(id=row["id"], number=number, trap=m.group(2), split=split, title=row["title"].strip(),
                text=row["text"], quote=row["quote"], intervention=row["intervention"].strip(),
                relation=relation, gold_side=side, note=row["note"].strip())


# --- scoring (pure: hand-made candidate lists test it) -------------------------------------------


def tool_side(candidate: dict) -> str:
    """The verdict's side of the claim: the tool's own `side` when it gives one, else from the verdict."""
    side = candidate.get("side")
    if side in SIDES:
        return side
    verdict = candidate.get("verdict")
    if verdict in BACKS_VERDICTS:
        return "backs"
    if verdict in AGAINST_VERDICTS:
        return "against"
    return "unclear"


def is_sign_error(gold_side: str, side: str) -> bool:
    """A verdict on the wrong side of the claim; "unclear" on either side is never a sign error."""
    return (gold_side, side) in (("backs", "against"), ("against", "backs"))


def _span(text: str, quote: str) -> tuple[int, int] | None:
    i = text.find(quote)
    return (i, i + len(quote)) if i >= 0 else None


def match(trap: Trap, candidates: list[dict], text: str) -> dict | None:
    """The candidate overlapping the quote, preferring the gold relation, then the larger overlap."""
    span = _span(text, trap.quote)
    if span is None:
        return None
    over = [c for c in candidates if c["start"] < span[1] and span[0] < c["end"]]
    if not over:
        return None

    def key(c):
        rel = (c.get("frame") or {}).get("relation")
        return (rel == trap.relation, min(c["end"], span[1]) - max(c["start"], span[0]))
    return max(over, key=key)


@dataclass(frozen=True)
class SplitScore:
    n_claim: int
    found: int
    n_noclaim: int
    false_claims: int
    relation_ok: int
    gold_sides: dict
    tool_sides: dict
    sign_errors: int
    decisive_on_unclear: int
    sign_list: tuple
    decisive_list: tuple
    missed: tuple
    false_list: tuple
    by_trap: dict

    @property
    def recall(self) -> float:
        return self.found / self.n_claim if self.n_claim else 0.0

    @property
    def relation_accuracy(self) -> float:
        return self.relation_ok / self.found if self.found else 0.0


def score(traps: list[Trap], results: dict) -> SplitScore:
    """Score the product's candidates (`results[file_name] = {"text", "candidates"}`) against the traps."""
    found = relation_ok = n_claim = n_noclaim = false_claims = signs = decisive = 0
    gold_sides, tool_sides = Counter(), Counter()
    sign_list, decisive_list, missed, false_list = [], [], [], []
    by_trap: dict[str, Counter] = defaultdict(Counter)
    for t in traps:
        res = results.get(t.file_name) or {"text": t.article(), "candidates": []}
        c = match(t, res["candidates"], res["text"])
        bt = by_trap[t.trap]
        if not t.expects_claim:
            n_noclaim += 1
            bt["noclaim"] += 1
            if c is not None:
                false_claims += 1
                bt["false_claims"] += 1
                false_list.append(f"{t.id}: {t.quote[:70]!r} -> {(c.get('frame') or {}).get('relation')} "
                                  f"{c.get('verdict')} [{c.get('question_id')}]")
            continue
        n_claim += 1
        bt["claims"] += 1
        gold_sides[t.gold_side] += 1
        if c is None:
            missed.append(f"{t.id}: {t.quote[:80]!r}")
            continue
        found += 1
        bt["found"] += 1
        rel = (c.get("frame") or {}).get("relation")
        relation_ok += rel == t.relation
        bt["relation_ok"] += rel == t.relation
        side = tool_side(c)
        tool_sides[side] += 1
        line = (f"{t.id}: {t.quote[:70]!r} gold {t.relation}/{t.gold_side} tool {rel}/{c.get('verdict')} ({side}) "
                f"[{c.get('question_id')}]")
        if is_sign_error(t.gold_side, side):
            signs += 1
            bt["sign_errors"] += 1
            sign_list.append(line)
        elif t.gold_side == "unclear" and side in ("backs", "against"):
            decisive += 1
            bt["decisive_on_unclear"] += 1
            decisive_list.append(line)
    return SplitScore(n_claim=n_claim, found=found, n_noclaim=n_noclaim, false_claims=false_claims,
                      relation_ok=relation_ok, gold_sides=dict(gold_sides), tool_sides=dict(tool_sides),
                      sign_errors=signs, decisive_on_unclear=decisive, sign_list=tuple(sign_list),
                      decisive_list=tuple(decisive_list), missed=tuple(missed), false_list=tuple(false_list),
                      by_trap={k: dict(v) for k, v in by_trap.items()})


def _print(label: str, s: SplitScore, verbose: bool) -> None:
    side = lambda d: ", ".join(f"{k} {d.get(k, 0)}" for k in SIDES)  # noqa: E731
    print(f"{label}: {s.n_claim} claim items, found {s.found} ({s.recall:.2f}); "
          f"{s.n_noclaim} no-claim items, FALSE CLAIMS {s.false_claims}")
    print(f"  relation accuracy {s.relation_accuracy:.2f} ({s.relation_ok}/{s.found})")
    print(f"  gold sides: {side(s.gold_sides)} | tool sides (found): {side(s.tool_sides)}")
    print(f"  SIGN ERRORS {s.sign_errors}; decisive on unclear {s.decisive_on_unclear}")
    for line in s.sign_list:
        print("  SIGN:", line)
    if verbose:
        for line in s.decisive_list:
            print("  decisive on unclear:", line)
        for line in s.false_list:
            print("  false claim:", line)
        for line in s.missed:
            print("  missed:", line)
        print("  per trap type (claims/found/relation ok/sign errors/decisive on unclear; no-claim/false):")
        for trap in TRAP_TYPES:
            b = s.by_trap.get(trap, {})
            if not b:
                continue  # a type with no item in this split
            if trap in NO_CLAIM_TYPES:
                print(f"    {trap:19s} no-claim {b.get('noclaim', 0)} false {b.get('false_claims', 0)}")
            else:
                print(f"    {trap:19s} {b.get('claims', 0)}/{b.get('found', 0)}/{b.get('relation_ok', 0)}/"
                      f"{b.get('sign_errors', 0)}/{b.get('decisive_on_unclear', 0)}")


def _claims_benchmark():
    """benchmarks/claims.py as a module, whether this file runs as a script or is imported."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("tracker_claims_benchmark", HERE / "claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def select(traps: list[Trap], split: str) -> list[Trap]:
    """The items a --split runs: one split by name, or "all" = dev + held (held2-held18 only ever by name)."""
    wanted = ALL_SPLITS if split == "all" else (split,)
    return [t for t in traps if t.split in wanted]


def run_product(code_dir: Path, traps: list[Trap]) -> dict:
    """Write each item as a one-article file and run the product on them with claims.py's run()."""
    claim_bench = _claims_benchmark()
    with tempfile.TemporaryDirectory(prefix="tracker-traps-") as tmp:
        paths = []
        for t in traps:
            p = Path(tmp) / t.file_name
            p.write_text(t.article(), encoding="utf-8")
            paths.append(p)
        return claim_bench.run(code_dir, paths)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=SPLITS + ("all",),
                    help="dev (default); held and held2-held18 are held out: run each once, for the final "
                         "report; all is dev + held")
    ap.add_argument("--code", type=Path, default=REPO, help="package checkout to measure (default: this one)")
    ap.add_argument("--traps", type=Path, default=TRAPS, help=argparse.SUPPRESS)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    args = ap.parse_args(argv)
    try:
        traps = load_traps(args.traps)
    except TrapError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    wanted = ALL_SPLITS if args.split == "all" else (args.split,)
    chosen = select(traps, args.split)
    results = run_product(args.code, chosen)
    print(f"== {args.code} ({len(chosen)} trap items)")
    report = {}
    for split in wanted:
        s = score([t for t in chosen if t.split == split], results)
        _print(f"traps split={split}", s, args.verbose)
        report[split] = {k: v for k, v in asdict(s).items() if not k.endswith("_list") and k != "missed"} | {
            "recall": s.recall, "relation_accuracy": s.relation_accuracy, "sign_list": list(s.sign_list)}
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    print(json.dumps(report))  # the last line of every benchmark is one JSON object
    return 0


if __name__ == "__main__":
    sys.exit(main())
