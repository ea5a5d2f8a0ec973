"""POSS (issue #14): a possessive compound names a treatment ("devil's claw", "St John's wort").

English names many remedies with a possessive compound: the possessor's 's, straight or curly, is part
of the name when its head noun follows it. A possessor that is a pronoun (a contraction, "it's"), a
time ("this month's"), people ("women's") or a referring phrase with its own possessive determiner
("my son's") makes a genitive of ownership, never a name. Short synthetic articles on made-up
copy, so no devset article is fitted."""
from __future__ import annotations

from pathlib import Path

from tests.extracting import titled_article as _article
from tracker import extract, topic_model
from tracker.extract import _generic_concept, detect_intervention
from tracker.local_index import LocalIndex
from tracker.models import AbstractSection, Record


def test_a_possessive_compound_is_one_word_of_a_name() -> None:
    # the old tokens split at the apostrophe: "devil", "'", "s", "claw"
    assert extract.np_tokens("Why devil's claw?") == ["Why", "devil's", "claw", "?"]
    assert extract.np_tokens("Devil’s Claw Root") == ["Devil's", "Claw", "Root"]
    # a genitive of ownership stays apart: a contraction, a time, people, a referring possessor
    for owning, word in (("it's safe", "it"), ("this month's letter", "month"), ("women's hair", "women"),
                         ("my son's coach", "son"), ("our founder's pick", "founder")):
        tokens = extract.np_tokens(owning)
        assert word in tokens and "'" in tokens, tokens


def test_a_possessive_compound_concept_matches_and_searches_its_name() -> None:
    c = _generic_concept("devil’s claw")
    assert c.label == "devil's claw"
    # the old concept, "devil s claw", never matched the text it came from
    assert c.regex.search("Devil’s Claw Root Capsules") and c.regex.search("take devil's claw daily")
    assert '"devil\'s claw"[tiab]' in c.terms


def test_the_query_finds_the_name_as_pubmed_writes_it(tmp_path: Path) -> None:
    # the index tokenises "devil’s claw" and the query's "devil's claw" alike (devil, s, claw)
    index = LocalIndex(tmp_path / "i.sqlite")
    index.add([Record(pmid="1", title="Devil’s claw (Harpagophytum procumbens) for knee osteoarthritis",
                      abstract=(AbstractSection(None, "A randomised trial."),), year=2020),
               Record(pmid="2", title="The claw of the devil ray", abstract=(), year=2020)])
    query = " OR ".join(_generic_concept("devil's claw").terms)
    assert index.search(query).pmids == ["1"]


_LETTER = ("# Hello from Fern & Finch\n\n"
           "Thanks for being a member! In this month's parcel: a tin of **Calm Cycle Lady’s Mantle Tea** and a "
           "brass tea strainer.\n\n"
           "## Why lady's mantle?\n\n"
           "The leaves of lady's mantle are rich in tannins, which tighten tissue. Herbalists have steeped "
           "lady's mantle for heavy periods since the Middle Ages. My daughter's friend drinks it too.\n\n"
           "## From the Fern & Finch community\n\n"
           "> \"My cramps eased within a month.\" (Jo, Bath)\n\n"
           "## Good to know\n\n"
           "Lady's mantle is gentle, but skip it in pregnancy. It's best brewed for five minutes.\n")


def test_a_title_naming_a_possessive_compound_names_the_treatment() -> None:
    # the old code split the name at the apostrophe and took its head alone ("mantle")
    body = _LETTER.split("\n", 2)[2].replace("Fern & Finch", "our shop")
    art = _article("Lady's Mantle for Heavy Periods: What Herbalists Say", body)
    assert detect_intervention(art).label.lower() == "lady's mantle"


def test_a_word_written_only_inside_a_shops_name_is_no_treatment() -> None:
    # a letter under a masthead ("Fern & Finch") is about the compound it keeps naming, not "finch"
    art = _article("Hello from Fern & Finch", _LETTER, title_in_text=False)
    assert detect_intervention(art).label.lower() == "lady's mantle"


def test_the_topic_model_reads_a_possessive_compound_as_a_candidate() -> None:
    art = _article("Hello from Fern & Finch", _LETTER, title_in_text=False)
    phrases = {c.phrase for c in topic_model.candidates(art)}
    assert "lady's mantle" in phrases
    # genitives of ownership name no candidate ("this month's parcel", "My daughter's friend")
    assert not any("daughter's" in p or "month's" in p for p in phrases), phrases


def test_a_shops_name_is_read_on_one_line() -> None:
    # a heading's last word and a capitalised label on the next line are no one name ("8 Slides" / "SLIDE 1")
    assert not extract._part_of_name("slides", "What Regrows Hair: 8 Slides\n\nSLIDE 1: Rosemary oil regrows hair.")
    assert extract._part_of_name("finch", "Hello from Fern & Finch\n\nFrom the Fern & Finch team: thank you.")
