"""A post an appointing verb gives its object "as", past a title before the name: "Varlo
named its finance chief Jo Roe as chief executive", "Tarnby City have appointed former
midfielder Jo Roe as head coach". `role_surface.appointed_to` reads the post only when the
verb stands right before the name; here the parse ties the name and the post to one verb."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.role_nouns import is_role_word, person_noun
from generator.extract.role_phrases import role_phrase
from generator.extract.role_surface import APPOINTING

__all__ = ["appointed_as_object"]


def appointed_as_object(span: Span, lex: Lexicon) -> str | None:
    """ "chief executive" for "Jo Roe" in "Varlo named its finance chief Jo Roe as chief
    executive": the name (or the title it is set beside) is the appointing verb's object
    and the verb's "as" holds a post; None otherwise."""
    verb = _appointing_verb(span.root)
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i >= span.end:
            post = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if post is not None and (is_role_word(post, lex) or person_noun(post.lower_)):
                return role_phrase(post, range(span.start, span.end), lex)
    return None


def _appointing_verb(root: Token) -> Token | None:
    """The appointing verb whose object is the name, directly or through the title noun the
    parse hung the name from ("its finance chief, Jo Roe" as an appositive of "chief")."""
    holder = root.head if root.dep_ == "appos" else root
    if holder.dep_ != "dobj" or holder.head.lower_ not in APPOINTING:
        return None
    return holder.head
