"""A summary cut keeps the main clause and the phrase that completes the verb."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.sentence_cuts import DEFINING_CUTS, LAST_SUMMARY_CUTS, SUMMARY_CUTS, cut
from generator.extract.sentence_fragments import subordinate_only


def test_a_cut_that_leaves_only_the_when_clause_is_refused(nlp: Language) -> None:
    """A cut that would leave only the "When ..." clause, saying nothing happened, is refused."""
    # The parser hangs "he agreed ..." on "was" as a second clause.
    sentence = next(
        nlp(
            "When the novelist Tom Brandt was both a young man and in the prime of his early"
            " fame and wealth, in mid 1985, he agreed to give a curious nation his diaries."
        ).sents
    )
    for kinds in (SUMMARY_CUTS, LAST_SUMMARY_CUTS, DEFINING_CUTS):
        result = cut(sentence, kinds)
        assert result is None or "agreed" in result, result


def test_a_lone_as_clause_is_subordinate_only(nlp: Language) -> None:
    """ "As the delegates sail into Kelby ..." has no main clause; a full sentence has one."""
    lone = next(nlp("As the delegates sail into Kelby to debate fishing quotas.").sents)
    whole = next(nlp("As the delegates sail into Kelby, the harbour is closed to boats.").sents)
    assert subordinate_only(lone)
    assert not subordinate_only(whole)


def test_an_of_phrase_that_completes_the_verb_is_not_cut(nlp: Language) -> None:
    """ "accused Ann Vell and Tom Brandt of entering ...": the "of" phrase completing it stays."""
    # The "of" phrase says what they are accused of, so the summary does not end on the names.
    sentence = next(
        nlp(
            "A dairy farmer has accused local councillor Ann Vell and Sheriff Tom Brandt of"
            " entering his flooded land for a campaign video."
        ).sents
    )
    result = cut(sentence, LAST_SUMMARY_CUTS)
    assert result is None or " of entering" in result, result
