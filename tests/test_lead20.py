"""Lead's fixes of session 20 (issue 14): sign errors the integrated round-1 code made on development splits."""

from __future__ import annotations

from tracker import verdict


def test_a_share_after_versus_is_the_other_arms():
    # "26% versus 11% had an excellent or good response": 11% is the vehicle arm's share, never the claim's arm's
    assert verdict._OTHER_ARM_FIGURE_RE.search("The 0.05% cream gave 26% versus ")
    assert not verdict._OTHER_ARM_FIGURE_RE.search("The 0.05% cream gave ")


def test_a_graded_category_of_response_cannot_show_plain_improvement_overstated():
    # a stricter category always counts fewer people: it is another definition of the outcome (GRADE indirectness)
    assert verdict._graded_response(" had an excellent or good response", "79% of people using the cream improved")
    assert verdict._graded_response(" showed marked improvement", "80% of users improved")
    # a claim of the same graded category is held to it
    assert not verdict._graded_response(" had an excellent or good response", "80% had an excellent or good response")
    assert not verdict._graded_response(" of patients improved", "79% of people improved")


def test_an_indefinite_article_counts_one_session_only_after_a_preposition_of_time():
    # "Adding PRP to a fractional laser treatment" names the treatment it is added to, no count of sessions
    r = verdict._CLAIMED_SESSIONS_RE
    assert r.search("Adding PRP to a fractional laser treatment helps the skin calm down faster") is None
    assert r.search("Visible results after a treatment").group("single")
    assert r.search("smoother in a single session").group("single")
    assert r.search("Two sessions give results").group("n") == "Two"


def test_a_speaker_label_opens_another_speakers_turn_not_the_writers_next_point():
    # "CHAT @tomasz_h: minoxidil made my scalp itch" in a live-stream transcript about onion juice: what a chat user
    # makes the subject is not what the host's "it" refers to; "Short version: minoxidil is ..." is the writer's own
    from tracker.extract import _discourse_label

    assert _discourse_label("Short version: minoxidil is the treatment that regrew more hair")
    assert _discourse_label("Bottom line: it works")
    assert _discourse_label("CHAT @tomasz_h: minoxidil made my scalp itch like crazy") is None
    assert _discourse_label("MARCO: In our customer survey, 87% of users saw new baby hairs") is None
    assert _discourse_label("Dr Lee: it works") is None


def test_a_chat_users_subject_does_not_become_the_hosts_referent():
    from tests.extracting import article, claim_with
    from tracker.extract import extract_claims

    text = ("LIVE REPLAY TRANSCRIPT\nStream title: ONION SERUM FLASH SALE\n\n"
            "[20:01] HOST: So this is the Red Onion Hair Serum. It's cold-pressed red onion juice.\n"
            "[20:02] HOST: Red onion juice regrows bald patches in just two weeks.\n"
            "[20:05] HOST: And it works better than minoxidil, with none of that itchy scalp.\n"
            "[20:05] CHAT @tomasz_h: minoxidil made my scalp itch like crazy tbh\n"
            "[20:06] HOST: It will never cause a rash, it's just onions!\n")
    c = claim_with(extract_claims(article(text)), "never cause a rash")
    assert c.claim.frame is not None and "onion" in c.claim.frame.intervention.lower()
