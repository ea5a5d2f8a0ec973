"""Lead, session 9: a session count derived from a course's length and a session interval reads
as a reader says it ("about 26"), never as "25.7143"."""

from tracker.verdict import _count_words


def test_a_derived_count_is_rounded_and_marked_about():
    assert _count_words(25.714285) == "about 26"
    assert _count_words(3.0) == "3"


def test_a_reason_about_wording_only_gets_the_count_of_studies_first():
    from tracker.dashboard.ui import reason_in_words

    reasons = ["The article says ...", "Of 1 relevant study, 0 back the claim, 1 goes against it and 0 are unclear",
               "Certainty: Very low", "Verdict: contradicted: worded as plain but certainty is Very low (overstated)"]
    assert reason_in_words("contradicted", reasons).startswith("Of 1 relevant study, 0 back the claim, 1 goes against")
    reasons[3] = "Verdict: contradicted: the claim denies it ever happens, and 1 study reports that it does (PMID 1)"
    assert reason_in_words("contradicted", reasons) == "the claim denies it ever happens, and 1 study reports that it does (PMID 1)"
