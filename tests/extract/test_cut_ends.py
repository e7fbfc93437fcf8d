"""Cut sentences end cleanly: no stranded word, no lost "%" or comma, no noun cut as a clause."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.sentence_cuts import LAST_SUMMARY_CUTS, SUMMARY_CUTS, cut


def test_a_cut_that_strands_a_preposition_is_refused(nlp: Language) -> None:
    """A cut that would strand a preposition ("a vote on.") is refused: the sentence stays whole."""
    # "put off a vote on later start times": the parser reads a clause after "on".
    sentence = next(
        nlp("A school board on Wednesday put off a vote on later start times for its pupils.").sents
    )
    assert cut(sentence, LAST_SUMMARY_CUTS) is None


def test_a_closing_phrase_after_an_object_is_still_cut(nlp: Language) -> None:
    """A cut that ends on a noun is kept: "... opened the bridge to traffic in late May."."""
    sentence = next(nlp("The mayor of the town opened the bridge to traffic in late May.").sents)
    result = cut(sentence, LAST_SUMMARY_CUTS)
    assert result is not None and not result.endswith(("to.", "in."))


def test_a_cut_clause_takes_its_closing_percent_sign(nlp: Language) -> None:
    """ "..., while Kelby shares fell 2%." goes whole, "%" and all."""
    sentence = next(
        nlp("Shares in Tarnex rose 8% on the news, while Kelby shares jumped 21%.").sents
    )
    assert cut(sentence, SUMMARY_CUTS) == "Shares in Tarnex rose 8% on the news."


def test_an_age_keeps_its_closing_comma_when_the_appositive_after_it_goes(nlp: Language) -> None:
    """ "Jo Ames, 22, a student at X, has won" -> "Jo Ames, 22, has won", not "22 has won"."""
    sentence = next(
        nlp(
            "Mei Lanying, 22, a student at the Kelby Academy of Fine Arts, has won the prize."
        ).sents
    )
    assert cut(sentence, SUMMARY_CUTS) == "Mei Lanying, 22, has won the prize."


def test_a_noun_read_as_a_verb_is_no_closing_clause(nlp: Language) -> None:
    """ "his shock split from X": the noun "split" read as a clause does not end the summary."""
    sentence = next(
        nlp("The actor has broken his silence on his shock split from singer Jo Ames.").sents
    )
    result = cut(sentence, LAST_SUMMARY_CUTS)
    assert result is None or "split from" in result


def test_a_reaction_keeps_the_clause_that_says_to_what(nlp: Language) -> None:
    """A reaction ("have been left shocked") keeps the clause that says to what."""
    # The reaction alone ("A couple in Tarnby have been left shocked.") tells no news.
    sentence = next(
        nlp(
            "A couple in Tarnby have been left shocked after a builder knocked down the"
            " wrong house on their street."
        ).sents
    )
    assert cut(sentence, SUMMARY_CUTS) is None
    assert cut(sentence, LAST_SUMMARY_CUTS) is None


def test_a_reported_reaction_keeps_its_cause_too(nlp: Language) -> None:
    """ "says he has been left furious after ..." keeps the cause of his fury."""
    sentence = next(
        nlp(
            "An angler says he has been left furious after a council closed the lake"
            " without notice."
        ).sents
    )
    assert cut(sentence, LAST_SUMMARY_CUTS) is None


def test_a_reaction_in_the_main_clause_keeps_the_opening_clause(nlp: Language) -> None:
    """ "When the band split up ..., its followers were left heartbroken." keeps why."""
    sentence = next(
        nlp(
            "When the band split up after a decade together, its loyal followers were left"
            " heartbroken."
        ).sents
    )
    assert cut(sentence, SUMMARY_CUTS) is None


def test_a_closing_clause_after_an_outcome_is_still_cut(nlp: Language) -> None:
    """ "was fined £500 after ..." ends on the sentence, not on a state: the clause goes."""
    sentence = next(
        nlp("A delivery courier from Kelby was fined £500 after he parked on a bridge.").sents
    )
    assert cut(sentence, SUMMARY_CUTS) == "A delivery courier from Kelby was fined £500."


def test_an_adjective_inside_a_clause_is_no_reaction_of_the_main_verb(nlp: Language) -> None:
    """An adjective inside a "when" clause is no reaction: the closing phrase after it is cut."""
    # "when he was 12-years-old, in a Tuesday podcast".
    sentence = next(
        nlp(
            "Ann Vell's son has described remarks the mayor made to him when he was"
            " 12-years-old, in a Tuesday podcast with a local paper."
        ).sents
    )
    result = cut(sentence, LAST_SUMMARY_CUTS)
    assert result is not None and "podcast" not in result


def test_a_modal_main_verb_read_as_a_closing_clause_is_kept(nlp: Language) -> None:
    """ "A judge lined up to lead the inquiry could step aside ...": the modal main verb is kept."""
    # The parser takes "lined" for the verb; the cut must not leave "A judge lined up to lead the
    # inquiry." as the statement.
    sentence = next(
        nlp(
            "A retired judge lined up to lead the flood inquiry could step aside after a row "
            "over his past rulings on planning in the valley."
        ).sents
    )
    result = cut(sentence, LAST_SUMMARY_CUTS)
    assert result is None or "could step aside" in result
