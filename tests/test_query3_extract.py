"""QUERY3 (extractor side): an outcome whose words as a whole are no noun phrase ("most of the
roughness", "the roughness you see") is still broadened by its reduced noun phrase
(`evidence_words.reduced_terms`: the head without words of which or how many, or its relative
clause), never by its words apart; an adverb or a clause left as outcome still is not."""

from tracker import extract

VITAMIN_C = '("vitamin C"[tiab] OR "ascorbic acid"[tiab] OR ascorbyl*[tiab])'


def test_the_extractor_broadens_an_outcome_by_its_reduced_noun_phrase():
    for said in ("most of the roughness", "the roughness you see"):
        block = extract._broadened_block(VITAMIN_C, f'"{said}"[tiab]', said, "efficacy")
        assert block == f'("{said}"[tiab] OR roughnes*[tiab])'
    assert extract._broadened_block(VITAMIN_C, "completely[tiab]", "completely", "efficacy") == "completely[tiab]"
    assert extract._broadened_block(VITAMIN_C, '"crown had filled"[tiab]', "crown had filled", "efficacy") == \
        '"crown had filled"[tiab]'
