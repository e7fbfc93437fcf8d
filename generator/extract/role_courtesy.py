"""Courtesy titles before a name ("Mr", "Lady", "Prof"), which are no role of their own.

`role_titles` reads a title before a name past them ("Former warden Mr Quist"), `roles`
tells a full mention from a short one by them, and a short form of a post ("Prof Jo
Ames") is written out when the text states nothing else."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon, lexicon
from generator.extract.role_nouns import is_role_word, names_someone
from generator.extract.role_tables import role_words

__all__ = [
    "abbreviated_title",
    "address_after_role",
    "clergy_style",
    "courtesy",
    "courtesy_before_name",
    "graded_style",
    "rank_after_job",
    "style_of_honour",
    "styled_name",
    "unprefixed_start",
]

#: Short forms of a title that is also a post, written out: "Prof Jo Ames" says what
#: "Professor Jo Ames" says. "Dr" is left a courtesy title: a doctorate is no post.
_SHORT_TITLES = {"prof": "Professor", "prof.": "Professor"}
#: Words that may join the names of a style ("Lord Ames of Tarn and Fell").
_STYLE_JOINS = frozenset({"of", "and", "the"})
#: Endings of a name that owns what follows ("Mr Vell's").
_OWNED = ("'s", "\u2019s", "'", "\u2019")


def courtesy(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a courtesy title ("Mr", "Lady"; not "lady" of "first lady")."""
    return token.lower_ in lex.honorifics and not token.is_lower


def unprefixed_start(span: Span, lex: Lexicon) -> int:
    """Where the name starts once courtesy titles before it are left out."""
    start = span.start
    while start > 0 and courtesy(span.doc[start - 1], lex):
        start -= 1
    return start


def abbreviated_title(span: Span) -> str | None:
    """ "Professor" for "Prof Jo Ames" or "Prof. Jo Ames", as "Professor Jo Ames" gives."""
    if span.start == 0:
        return None
    token = span.doc[span.start - 1]
    return _SHORT_TITLES.get(token.lower_) if token.is_title else None


def styled_name(role: str, lex: Lexicon) -> bool:
    """Whether ``role`` is a courtesy title and a name, a person's style ("Lord Ames of
    Tarn", "Sir Jo Ames"), not what the person is: capitalised words and joins only, none
    a title or a noun for a person ("Lord Chancellor" is a post) or an owner ("Mr Vell's
    aide" is a role)."""
    words = role.split()
    if len(words) < 2 or words[0].lower() not in lex.honorifics:
        return False
    tables = lex.role_words | role_words().people
    for word in words[1:]:
        if word in _STYLE_JOINS:
            continue
        # only the tables: a surname may have a person's ending ("Lord Mercer")
        if not word[:1].isupper() or word.lower() in tables or word.endswith(_OWNED):
            return False
    return True


#: Posts and clergy's styles also used as a form of address before a name ("Professor Jo
#: Ames", "Father Jo Ames", "the Rev Jo Ames").
_ADDRESS_POSTS = frozenset(
    {"professor", "prof", "prof.", "father", "fr", "fr.", "reverend", "rev", "rev."}
    | {"councillor", "cllr", "cllr."}  # "Council leader Cllr Jo Ames": a leader
)
#: Words that grade a clergy style: "the Rt Rev", "the Most Rev", "the Very Rev".
_STYLE_GRADES = frozenset({"rt", "rt.", "right", "most", "very"})
_REVEREND = frozenset({"rev", "rev.", "revd", "reverend"})


def clergy_style(doc: Doc, at: int) -> int:
    """The word before a clergy style whose words run on from ``at`` to the name ("the Rt
    Rev" of "the Rt Rev Jo Ames", the article included): a form of address, no role to
    read past; ``at`` itself when it is no part of one."""
    tokens = tokens_of(doc)
    if 0 <= at < len(doc) - 1:
        after = tokens[at + 1].lower_
        graded = tokens[at].lower_ in _STYLE_GRADES and after in _REVEREND
        if graded and tokens[at].is_title:
            at -= 1
            after = tokens[at + 1].lower_
        if at >= 0 and tokens[at].lower_ == "the" and after in _STYLE_GRADES | _REVEREND:
            at -= 1
    return at


def graded_style(words: list[str]) -> bool:
    """Whether a title is a graded clergy style alone ("Most Reverend", "Rt Rev"), the
    address of a bishop or dean, no role: the post is stated beside it."""
    lower = [w.lower() for w in words]
    return len(lower) == 2 and lower[0] in _STYLE_GRADES and lower[1] in _REVEREND


#: Ranks of police and armed forces, by which a name is addressed whatever job follows:
#: "spokesman Sergeant Tom Dale", not an office qualified before it ("shadow Chancellor").
_RANKS = frozenset(
    {"sergeant", "sgt", "sgt.", "constable", "detective", "det", "det.", "inspector", "insp"}
    | {"insp.", "superintendent", "supt", "supt.", "officer", "captain", "capt", "capt."}
    | {"lieutenant", "lt", "lt.", "major", "maj.", "colonel", "col", "col.", "general", "gen"}
    | {"gen.", "corporal", "cpl", "cpl.", "commander", "cmdr", "cmdr.", "admiral", "adm."}
    | {"brigadier", "brig", "brig.", "private"}
)
#: Words for people that grade such a post rather than name a role of their own.
_GRADES = frozenset({"associate", "assistant", "adjunct", "deputy", "vice", "senior"})


def address_after_role(doc: Doc, last: int, lex: Lexicon) -> bool:
    """Whether the title word at ``last`` addresses the name after a role noun of its
    own ("Economist Professor Jo Ames", "Army chaplain Father Jo Ames", "Deputy mayor
    Cllr Jo Ames"), not ends a post ("Visiting Professor Jo Ames")."""
    before = doc[last - 1] if last > 0 else None
    return (
        doc[last].lower_ in _ADDRESS_POSTS
        and doc[last].is_title
        and before is not None
        and before.lower_ not in _GRADES
        and names_someone(before, lex)
    )


#: Forms of address that are also posts held: "Lead author Professor Jo Ames" is a lead
#: author and a professor, where "Army chaplain Father Jo Ames" is a chaplain addressed
#: as Father and "Council leader Cllr Jo Ames" a leader addressed as a councillor.
_HELD_ADDRESSES = frozenset({"professor", "prof", "prof."})


def with_held_address(role: str | None, between: Span) -> str | None:
    """A role read before an address that is also a post, the words ``between`` the role
    and the name ("Lead author" of "Lead author Professor Jo Ames" or "... Prof Jo
    Ames"), with that post first, as a rank before a job is written: "Professor, Lead
    author"; the role alone for any other address."""
    held = any(token.lower_ in _HELD_ADDRESSES for token in between)
    return f"Professor, {role}" if role and held and "professor" not in role.lower() else role


def rank_after_job(doc: Doc, last: int, lex: Lexicon) -> bool:
    """Whether the capitalised title at ``last`` is the person's rank after a job written in
    lower case ("Sergeant" of "police spokesman Sergeant Tom Dale"): two roles, the rank
    the one the name is addressed by, not one office ("Harbour Master")."""
    before = doc[last - 1] if last > 0 else None
    return (
        doc[last].is_title
        and doc[last].lower_ in _RANKS
        and doc[last].lower_ in lex.role_words
        and before is not None
        and before.is_lower
        and before.lower_ not in _GRADES
        and names_someone(before, lex)
    )


#: Possessives of a judge's style ("His Honour Judge Jo Roe", "Your Honour").
_HONOUR_OWNERS = frozenset({"his", "her", "your"})


def style_of_honour(tokens: list[Token]) -> bool:
    """ "Honour" of "His Honour Judge Jo Roe": a judge's style, no part of the title."""
    first = tokens[0]
    return (
        len(tokens) > 1
        and first.lower_ in ("honour", "honor")
        and first.i > 0
        and first.doc[first.i - 1].lower_ in _HONOUR_OWNERS
    )


def courtesy_before_name(tokens: list[Token]) -> bool:
    """ "Mr" in "Mr Hale's father"; not "Lord" in "Lord Chancellor"."""
    lex = lexicon()
    return (
        len(tokens) > 1
        and tokens[0].lower_ in lex.honorifics
        and tokens[1].ent_type_ == "PERSON"
        and not is_role_word(tokens[1], lex)
    )
