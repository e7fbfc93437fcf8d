"""The sex a story gives a named person by its pronouns, read for `pronoun_genders`."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import PERSON, Entity, Mention
from generator.extract.speech import QuoteText, Sentences, pronoun_genders


def _genders(nlp: Language, text: str, name: str) -> str | None:
    """The sex `pronoun_genders` gives the one person written as ``name`` in ``text``."""
    doc = nlp(text)
    words = name.split()
    spans = [
        doc[t.i : t.i + len(words)]
        for t in doc
        if [w.text for w in doc[t.i : t.i + len(words)]] == words
    ]
    person = Entity(PERSON, name, [Mention(span, PERSON, name, name) for span in spans])
    owners = {token.i: person for span in spans for token in span}
    return pronoun_genders(Sentences(doc), QuoteText([]), owners).get(id(person))


def test_a_pronoun_opening_the_next_sentence_tells_the_sex(nlp: Language) -> None:
    """'Mara Quill ran the ferry. She knew every rock.' twice: Mara Quill is a woman."""
    text = (
        "Mara Quill has run the Pellham ferry for twenty years. She knows every rock.\n\n"
        "In the spring Mara Quill moved the boat to a new quay. She still sails daily."
    )
    assert _genders(nlp, text, "Mara Quill") == "f"


def test_one_such_sentence_is_not_enough(nlp: Language) -> None:
    """A single 'Name ... . He ...' pair gives no sex: the pronoun may be someone unnamed."""
    text = "Tomas Ravel met the harbour master at dawn. He thought the quay was unsafe."
    assert _genders(nlp, text, "Tomas Ravel") is None


def test_a_sentence_naming_someone_else_breaks_the_pair(nlp: Language) -> None:
    """'Name ... . Other Name ... . She ...' gives the first name no vote."""
    text = (
        "Mara Quill has run the ferry for years. Tomas Ravel owns it. She knows every rock.\n\n"
        "Mara Quill moved the boat. Tomas Ravel paid for it. She still sails daily."
    )
    assert _genders(nlp, text, "Mara Quill") is None


def test_a_pronoun_before_the_name_gives_no_sex(nlp: Language) -> None:
    """'She waved at Tomas Ravel' twice: the woman is someone unnamed, not Tomas Ravel."""
    text = (
        "She waved at Tomas Ravel from the quay.\n\n"
        "Later that night she saw Tomas Ravel leave the harbour."
    )
    assert _genders(nlp, text, "Tomas Ravel") is None


def test_a_pronoun_after_an_object_name_still_tells_the_sex(nlp: Language) -> None:
    """'The crew met Mara Quill, who said she ...' twice: the pronoun follows the name."""
    text = (
        "The crew thanked Mara Quill because she had found the leak.\n\n"
        "The board praised Mara Quill, and she accepted the award."
    )
    assert _genders(nlp, text, "Mara Quill") == "f"


def test_a_subject_and_a_pronoun_after_it_give_the_sex(nlp: Language) -> None:
    """'Mara Quill said she ...' twice: the subject named before the pronoun is a woman."""
    text = (
        "Mara Quill said she would sail at dawn.\n\n"
        "Mara Quill, the ferry's skipper, added that she knew every rock."
    )
    assert _genders(nlp, text, "Mara Quill") == "f"
