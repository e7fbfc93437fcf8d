"""Where a title before a name starts when its first words are the end of a show's or a
prize's name: "Strictly Come Dancing winner Jo Roe", not "Come Dancing winner". A role
starts no name in the middle."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import lexicon
from generator.extract.role_headline_lines import headline_line
from generator.extract.role_tables import role_words

__all__ = ["with_name_start"]

#: Parts of speech of words that open a sentence or a clause rather than a name.
_NOT_NAME_POS = frozenset({"DET", "PRON", "CCONJ", "SCONJ", "ADP", "AUX", "PART", "NUM"})
#: Most words of a name the walk takes back into the title.
_MAX_NAME_WORDS = 4


def with_name_start(tokens: list[Token]) -> list[Token]:
    """A title's ``tokens`` with the capitalised words before them of a name their first
    word ends ("Strictly" before "Come Dancing winner"), when that word is capitalised,
    the title runs on past it and the line is no title-case headline; words of an entity
    and function words stay out."""
    if len(tokens) < 2 or not _capitalised(tokens[0]) or headline_line(tokens[0]):
        return tokens
    doc = tokens[0].doc
    start = at = tokens[0].i
    while (
        at > 0 and start - at < _MAX_NAME_WORDS and _name_word(doc[at - 1], tokens[0], tokens[-1])
    ):
        at -= 1
        if doc[at].is_sent_start:
            break
    return [*doc[at:start], *tokens]


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.is_title


def _name_word(token: Token, first: Token, last: Token) -> bool:
    """Whether ``token`` can be a word of a show's name before a title's ``first`` word:
    capitalised, of no entity or of the one ``first`` is inside (not a person's), no
    function word, no command, no adverb of the clause and on the same line."""
    same_entity = first.ent_iob_ == "I" and first.ent_type_ != "PERSON" and token.i < first.i
    if same_entity and any(t.ent_iob_ == "B" for t in first.doc[token.i + 1 : first.i + 1]):
        same_entity = False  # an entity of its own opens between them
    lex = lexicon()
    # "Mr Roe's partner", "President Vell's nominee": a person's title, not a show's name
    titled = token.lower_ in lex.honorifics or token.lower_ in lex.role_words
    return (
        _capitalised(token)
        and not titled
        and (not token.ent_type_ or (same_entity and token.ent_type_ == first.ent_type_))
        and token.pos_ not in _NOT_NAME_POS
        and not token.is_stop  # "Now", "Also", "Even": the sentence's, not a name's
        and token.lower_ not in role_words().temporal  # "Earlier Tory leader Jo Roe"
        and not (token.is_sent_start and token.tag_ == "VB")  # "Meet", "Watch": a command
        and not _of_the_clause(token, last)
        and "\n" not in token.whitespace_
    )


def _of_the_clause(token: Token, last: Token) -> bool:
    """Whether ``token`` is an adverb the parse hangs past the title's ``last`` word, on
    the clause's verb ("Eventually" of "Eventually Roads Minister Jo Roe will decide"):
    it tells when or how the clause happens; a show's first word hangs inside the title
    ("Strictly" from "Come")."""
    return token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.i > last.i
