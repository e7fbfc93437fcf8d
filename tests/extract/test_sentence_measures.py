"""A summary cut does not leave a measure of time without what it measures from."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.sentence_cuts import DEFINING_CUTS, LAST_SUMMARY_CUTS, SUMMARY_CUTS, cut


def _cuts(nlp: Language, text: str) -> list[str | None]:
    sentence = next(nlp(text).sents)
    return [cut(sentence, kinds) for kinds in (SUMMARY_CUTS, LAST_SUMMARY_CUTS, DEFINING_CUTS)]


def test_a_span_before_a_cut_clause_is_not_stranded(nlp: Language) -> None:
    """ "... spotted up to six years before it strikes ..." never ends on "six years."."""
    results = _cuts(
        nlp,
        "Heart failure could be spotted up to six years before it strikes thanks to a "
        "blood test devised by doctors in Leeds.",
    )
    assert not any(result and result.endswith("years.") for result in results), results


def test_a_point_in_time_still_loses_the_clause_after_it(nlp: Language) -> None:
    """ "last night" needs no "after ..." clause: the cut goes ahead."""
    results = _cuts(
        nlp,
        "A teacher from Lamby was arrested last night after pupils found a stolen laptop "
        "in the staff room.",
    )
    assert results[0] == "A teacher from Lamby was arrested last night."
