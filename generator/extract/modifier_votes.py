"""Evidence that a capitalised phrase only describes a noun: "the Solar Kite market".

A determiner ("the", "her") before two capitalised words that modify a lower-case noun after
them ("the Solar Kite market", "her Velvet Lantern years") marks a phrase of common words with
capitals, a trend's or a scene's name, not a person's: a person is seldom so written, and
then under a given name ("the Tom Vell case"). Only names the model reads as people or things
whose words are English common nouns or adjectives, the first no given name, are read so; one
such writing outweighs the model's person elsewhere ("lived near Ground Kite"). After a
possessive any words not opened by a given name will do: "her Brenmoor Set manners" names a
social type or a character, not the owner's acquaintance. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon, cues
from generator.extract.mentions import PERSON, WORK, Mention
from generator.extract.nlp import adjectives, common_nouns
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_phrases import person_noun, role_words

#: Determiners that make the words after them a noun phrase: "the", "a", "her".
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"}
    | {"our", "my", "your"}
)
#: Possessive determiners: a name between one and its noun describes the owner's thing.
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
#: The model's labels such a phrase may bear: its people and its things ("the Ground Kite site"
#: read once as a product gives its other writings, read as a person's, to a thing too).
_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART"})
#: Marks that may stand between the determiner and the phrase: "the [Solar Kite market]".
_OPENERS = frozenset({"[", "(", "'", '"', "\u2018", "\u201c"})
#: How many lower-case words may stand between the phrase and the noun it modifies: "the
#: Solar Kite electric market".
_REACH = 2


def _no_given_name(span: Span, lex: Lexicon) -> bool:
    """Whether the first word of a phrase is no given name nor a title: "Solar Kite", "Brenmoor
    Kite"; not "Tom Vell", "Hunter Kite", "Mrs Kite"."""
    first = span[0]
    lower = first.lower_
    if given_name_sex(first.text) or lower in role_words().noun_given_names:
        return False
    return lower not in lex.honorifics and lower not in lex.role_words


def common_words(span: Span, lex: Lexicon) -> bool:
    """Whether every word of a phrase is an English noun or adjective and the first is no
    given name nor a title: "Solar Kite", "Ground Zero"; not a rare given name before a
    surname no dictionary knows ("the Ivo Quarnley case")."""
    return _no_given_name(span, lex) and all(
        t.lower_ in common_nouns() or t.lower_ in adjectives() for t in span
    )


def _describes_noun(span: Span, lex: Lexicon) -> bool:
    """Whether the phrase's last word modifies a lower-case noun just after it, over at most
    a couple of lower-case words: "Solar Kite market", "Solar Kite electric market". Not a
    noun of a body or of its people, which a body's name comes before: "the Solar Kite group",
    "a Solar Kite reporter"."""
    last = span[-1]
    head = last.head
    if last.dep_ not in ("compound", "amod", "nmod") or head.i < span.end:
        return False
    if head.i - span.end > _REACH or not head.is_lower or head.pos_ != "NOUN":
        return False
    noun = head.lower_
    if noun in cues().org_heads or noun in lex.role_words or person_noun(noun):
        return False
    return all(t.is_lower for t in span.doc[span.end : head.i])


def modifier_votes(mention: Mention, lex: Lexicon) -> None:
    """A model's person of capitalised common words written after a determiner before the noun
    it modifies votes for a thing, and what it had for a person is taken back (see the
    module's doc)."""
    span = mention.span
    if span.label_ not in _LABELS or len(span) < 2 or mention.place is not None:
        return
    if not all(t.is_alpha and t.is_title for t in span):
        return
    before = span.start - 1
    while before >= 0 and span.doc[before].text in _OPENERS:
        before -= 1
    if before < 0 or span.doc[before].lower_ not in _DETERMINERS:
        return
    # After a possessive the words need no dictionary's: "her Brenmoor Set manners", a social
    # type's or a character's name, is no one's; "the Ivo Quarnley case" is someone's.
    owned = span.doc[before].lower_ in _POSSESSIVES
    words = _no_given_name(span, lex) if owned else common_words(span, lex)
    if words and _describes_noun(span, lex):
        # Only outweighs the model's label: a place's name may be so written too ("the
        # Kelby Arena bombing") and what the text says of a place still wins.
        mention.votes.pop(PERSON, None)
        mention.vote(WORK, 1.5)
