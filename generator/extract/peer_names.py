"""People the model leaves untagged after a peer's or a knight's title: "said Lord Tarrow",
"adviser Baroness Quell", "Lib Dem Lord Venner accused ...".

The model tags "Mr Tarrow" as a person but often not "Lord Tarrow", whose name is a
surname (or a place's name) the model has seen less often after such a title; the name was
lost. A capitalised title of the peerage or of knighthood written straight before one or two
capitalised proper nouns that no entity covers, which are no title ("Lord Chancellor", "Lord
Chief Justice" are offices), no body's word and no closed-class word ("Lord Of The Rings"), and
after which no further capitalised word runs on (a longer name: a body's or a work's), is a
person's name: the words after the title, which `people.resolve_people` later joins to the
full name the story gives ("Anna Quell").

A peer the story names only by title and one name is known by both: "Lord Tarrow" is the
person's name, "Tarrow" alone a surname nobody can tell apart (`with_peerage_titles`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.family_names import name_tokens
from generator.extract.lexicon import Lexicon, cues
from generator.extract.mentions import PERSON, Mention

#: Most words of a name after the title: "Lord Tarrow", "Dame Anna Quell".
_MOST_WORDS = 2
#: Words before "Lady" that make it part of an office or a name: "First Lady", "Our Lady".
_NOT_PEER_BEFORE = frozenset({"first", "our"})


def titled_peers(doc: Doc, lex: Lexicon) -> list[Span]:
    """The names after a peer's or knight's title that the model left untagged (see the
    module's doc), as person spans without the title."""
    words = words_of(doc)
    tokens = tokens_of(doc)
    out: list[Span] = []
    for title in lex.peerage:  # titles.yaml's `peerage`, capitalised as a title is written
        for at in words.positions.get(title.capitalize(), ()):
            if tokens[at].ent_type_ or not tokens[at].whitespace_:
                continue  # inside the model's own entity, or "Lord's"
            if at > 0 and words.lowers[at - 1] in _NOT_PEER_BEFORE:
                continue
            end = at + 1
            while end < len(doc) and end - at <= _MOST_WORDS and _name_word(tokens[end], lex):
                end += 1
            if end == at + 1 or (end < len(doc) and tokens[end].is_title):
                continue  # no name, or a longer capitalised run: "Lady Margaret Hall Trust"
            if not tokens[end - 1].whitespace_ and end < len(doc) and tokens[end].is_alpha:
                continue  # "Lord Tarrow-style" is no name of its own
            out.append(Span(doc, at + 1, end, label="PERSON"))
    return out


def _name_word(token: Token, lex: Lexicon) -> bool:
    """A capitalised proper noun outside every entity that is no title, no body's word and
    no closed-class word."""
    lower = token.lower_
    return (
        token.is_title
        and token.is_alpha
        and token.pos_ == "PROPN"
        and token.ent_iob_ == "O"
        and not token.is_stop
        and lower not in lex.role_words
        and lower not in lex.honorifics
        and lower not in cues().org_suffixes
    )


def with_peerage_titles(mentions: list[Mention], lex: Lexicon) -> None:
    """A person whose name is one word that the text writes after a peer's or a knight's
    title ("Lib Dem Lord Tarrow said", then "Tarrow") is named with the title ("Lord
    Tarrow"), in place: no fuller name was found for it ("Alan Tarrow" keeps its name), and
    the title is what the story knows the person by. Two titles before one name ("Lord
    Tarrow" and "Lady Tarrow") are two people that nothing tells apart: left as they are."""
    titles: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.kind != PERSON or len(name_tokens(mention.key)) != 1:
            continue
        title = _title_before(mention.span, lex)
        titles.setdefault(mention.key, set())
        if title is not None:
            titles[mention.key].add(title)
    named = {key: f"{next(iter(found))} {key}" for key, found in titles.items() if len(found) == 1}
    taken = {m.key for m in mentions if m.kind == PERSON}
    for mention in mentions:
        if mention.kind == PERSON and mention.key in named and named[mention.key] not in taken:
            mention.key = named[mention.key]


def _title_before(span: Span, lex: Lexicon) -> str | None:
    """The capitalised peerage title written straight before a name ("Baroness" of
    "Baroness Quell"), not one of an office ("First Lady"), else None."""
    at = span.start - 1
    if at < 0:
        return None
    tokens = tokens_of(span.doc)
    title = tokens[at]
    if title.lower_ not in lex.peerage or not title.is_title or not title.whitespace_:
        return None
    if at > 0 and tokens[at - 1].lower_ in _NOT_PEER_BEFORE:
        return None
    return title.text
