"""ANSWER24: what an elliptical answer or reply takes from its own wording (general structure, no topic words).

A reply names its source or the speaker's stance after it ("It does not, say dermatologists.", "They don't, in my
view") without changing what it replies to; the believer's noun phrase may be long ("A lad on our forum swears
that ...") and a belief may be a predicate adjective ("is convinced that"). The answer word grades the answer: an
epistemic or frequency adverb ("Unlikely, if ...", "Usually, yes.", "Possibly.") hedges it, a degree adverb of
amount ("Massively.") strengthens it, and an emphatic yes is absolute only where the claim is universal, a denial
of harm, not to a question on a benefit."""

from tracker.articles import Article
from tracker.extract import _ANSWER_RE, _answer_strength, _restated_answers, detect_intervention, extract_claims


def _article(text: str, title: str = "Reader questions") -> Article:
    return Article(name="faq.txt", title=title, text=text, format="txt", sha256="0" * 64)


def _restated(text: str) -> dict[str, str]:
    """answer as written -> what it is restated as"""
    new, regions = _restated_answers(text, detect_intervention(_article(text)))
    return {text[a:b]: new[c:d] for a, b, c, d in regions}


def test_a_reply_naming_its_source_after_it_still_rebuts_the_belief():
    text = "Some sites claim a single course of retinol reverses ten years of sun damage. It does not, say doctors.\n"
    assert _restated(text) == {
        "It does not, say doctors": "It is not true that a single course of retinol reverses ten years of sun damage"}
    # the source after an agreeing reply keeps it an agreement
    agreed = _restated(text.replace("It does not, say doctors", "It does, according to the trials"))
    assert agreed == {"It does, according to the trials": "A single course of retinol reverses ten years of sun damage"}


def test_a_stance_after_a_reply_before_a_semicolon_rebuts_and_hedges():
    text = ("People think home rollers give you the same result as a clinic pen. They don't, in my view; the needles "
            "are shorter.\n")
    assert _restated(text) == {
        "They don't, in my view": "It is not true that home rollers give you the same result as a clinic pen"}
    assert _answer_strength("They don't, in my view", "superior") == "hedged"
    # with no stance the same reply is plain
    assert _answer_strength("They don't", "superior") == "plain"


def test_a_believer_with_a_modifier_and_a_belief_adjective_are_beliefs_a_reply_answers():
    text = 'A man on our forum swears that "retinol beats tretinoin for wrinkles". It doesn\'t. The trials disagree.\n'
    assert _restated(text) == {"It doesn't": "It is not true that retinol beats tretinoin for wrinkles"}
    text = "My sister is convinced that retinol will thin her skin. It won't. The skin thickens.\n"
    assert _restated(text) == {"It won't": "It is not true that retinol will thin her skin"}
    # a statement with no believer is no belief a bare reply inside the same paragraph answers
    assert _restated("Retinol beats tretinoin for wrinkles. It doesn't. The trials disagree.\n") == {}


def test_an_answer_word_grading_certainty_or_frequency_hedges_the_answer():
    for answer in ("Unlikely, if they come from long screen days.", "Usually, yes.", "Usually not.", "Possibly.",
                   "Mostly.", "Partly.", "Probably not.", "For an hour, maybe."):
        assert _answer_strength(answer, "benefit") == "hedged", answer
    # a degree adverb before it makes a confident answer; a minimiser asserts near-absence, plainly
    for answer in ("Very unlikely.", "Not really.", "Barely.", "Yes.", "No."):
        assert _answer_strength(answer, "denies_harm") == "plain", answer
    assert _answer_strength("Massively.", "benefit") == "strong"
    # an epistemic adverb alone is an answer, a qualified yes
    assert _ANSWER_RE.match("Possibly, for older members.") is not None
    assert _ANSWER_RE.match("Maybe a little.") is not None


def test_an_emphatic_yes_is_absolute_only_as_a_denial_of_harm():
    assert _answer_strength("Absolutely.", "denies_harm") == "absolute"
    assert _answer_strength("For healthy adults, absolutely.", "denies_harm") == "absolute"
    assert _answer_strength("Absolutely.", "benefit") == "strong"
    # a negative emphatic answer stays absolute whatever was asked ("Does it help?" / "Absolutely not.")
    assert _answer_strength("Absolutely not.", "benefit") == "absolute"
    assert _answer_strength("Not at all.", "no_effect") == "absolute"


def test_the_answer_to_a_benefit_question_is_strong_and_to_a_safety_question_absolute():
    text = ("Questions from readers\n\nDoes retinol help wrinkles?\n\nAbsolutely. Most users see smoother skin.\n\n"
            "Is retinol safe?\n\nAbsolutely. Just wear sunscreen.\n")
    frames = {(c.claim.quote, c.claim.frame.relation): c.claim.frame.strength
              for c in extract_claims(_article(text, "Retinol FAQ"))
              if c.claim.frame is not None and c.claim.quote == "Absolutely"}
    assert frames.get(("Absolutely", "benefit")) == "strong", frames
    assert frames.get(("Absolutely", "denies_harm")) == "absolute", frames


def test_a_graded_adverb_before_not_is_a_hedged_no():
    text = "Your questions\n\nI had it at school. Do I need it again? Usually not. Ask your doctor.\n"
    assert _restated(text) == {"Usually not": "I do not need it again"}
    assert _answer_strength("Usually not.", "no_effect") == "hedged"


def test_a_negated_knowledge_or_evidence_answers_no_and_the_speakers_own_knowledge_hedges_it():
    text = "Reader questions\n\nCan singing help with tinnitus?\n\nNot that I know of. Ask an audiologist.\n"
    assert _restated(text) == {"Not that I know of": "Singing can not help with tinnitus"}
    assert _answer_strength("Not that I know of.", "no_effect") == "hedged"
    text = "Reader questions\n\nCan retinol get rid of wrinkles?\n\nNot that any published trial has shown. Ask a doctor.\n"
    assert _restated(text) == {"Not that any published trial has shown": "Retinol can not get rid of wrinkles"}
    assert _answer_strength("Not that any published trial has shown.", "no_effect") == "plain"


def test_a_negated_scope_is_a_no_for_that_scope_and_not_in_any_way_a_total_no():
    text = "Q: My son is on his tablet a lot. Does he need it?\nA: Not for his eyes. Limit screen time instead.\n"
    assert _restated(text) == {"Not for his eyes": "For his eyes he does not need it"}
    text = "Q: Could the coating harm my eyes?\nA: Not in any way.\n"
    assert _restated(text) == {"Not in any way": "The coating could not harm my eyes"}
    assert _answer_strength("Not in any way.", "denies_harm") == "absolute"


def test_an_indirect_question_is_answered_by_a_reply_in_the_next_turn():
    text = ("JO: Ravi in Leeds asks if retinol on its own does anything.\n\n"
            "DR LEE: It can. In the reviews it helped a little.\n")
    assert _restated(text) == {"It can": "Retinol on its own does anything"}
    assert _answer_strength("It can", "benefit") == "hedged"
    # a reported question with no reply after it restates nothing
    assert _restated("JO: Ravi in Leeds asks if retinol on its own does anything.\n\nDR LEE: The reviews are mixed.\n") == {}
