"""Role phrases: how a role is cut from the text and written.

The finders of `roles` point at a head noun or a run of tokens; when `role_nouns`
finds that the noun can say who someone is, this module cuts the phrase before clauses
and comments, drops determiners, possessive pronouns and courtesy titles, and
writes abbreviations in full. A "his" or "her" is not replaced by a name:
the nearest person named is often not the one meant ("Roe attacked his
wife"); an "its" is, by the thing the sentence is about ("its chairman" ->
"chairman of the harbour board"). What a verb says someone is ("works as a
nurse") is read by `role_verbs`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from generator.extract.hyphens import closed_hyphen, hyphened
from generator.extract.lexicon import Lexicon, cues, lexicon
from generator.extract.role_courtesy import courtesy_before_name, style_of_honour
from generator.extract.role_its import (
    owned,
    post_owner,
    whose_owner,
    with_inner_owner,
)
from generator.extract.role_judged import unjudged
from generator.extract.role_misread import noun_read_as_verb
from generator.extract.role_name_ends import kind_name, phrase_rest, plural_possessive, whole_name
from generator.extract.role_nouns import name_title, names_someone
from generator.extract.role_nouns import person_noun as person_noun  # re-exported
from generator.extract.role_place_runs import place_run_on
from generator.extract.role_relatives import whole_clauses
from generator.extract.role_tables import role_words as role_words  # re-exported
from generator.extract.role_word_pieces import fronted

MAX_ROLE_WORDS = 14
#: Dependents that start a clause or comment, not part of the role itself.
_CLAUSE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "punct", "parataxis", "appos", "ccomp", "npadvmod", "dep"}
)
#: Dependents that carry no content of the role ("a", "his", "all").
_DROP_FIRST = frozenset({"det", "predet", "poss", "cc", "preconj"})
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u00b4": "'", "`": "'"})


def _expand(word: str) -> str:
    """ "Sen." -> "Senator", "Lt" -> "Lieutenant", "Sens" -> "Senator"; others as written."""
    table = role_words().abbreviations
    full = table.get(word) or table.get(word.lower()) or table.get(word.lower() + ".")
    if full is None:
        return word
    return full if word[:1].isupper() else full.lower()


def write_role(tokens: list[Token]) -> str | None:
    """The role text of contiguous tokens, or None when it is no role."""
    parts: list[str] = []
    for index, token in enumerate(tokens):
        if token.lower_ in ("a", "an") and index > 0 and tokens[index - 1].dep_ == "cc":
            continue  # "MP and a lawyer": the article of a second role

        if _ex_before(tokens, index):
            parts.append("former ")  # "Ex-" and "ex-" written out, as other short forms
            continue
        if index > 0 and _ex_before(tokens, index - 1) and closed_hyphen(token):
            continue
        if token.lower_ == "then-" and index + 1 < len(tokens):
            parts.append(token.text)  # "then- US envoy": a page's line broken after the hyphen
            continue
        after_short = index > 0 and not tokens[index - 1].whitespace_
        if token.text == "." and after_short and parts[-1] != tokens[index - 1].text:
            parts[-1] = parts[-1].rstrip() + token.whitespace_
            continue  # "Lt" "." written "Lieutenant", not "Lieutenant."
        # "the PC Agency": a word of a body's name is no abbreviation of a title
        head = token.head
        named = head.i > token.i and head.lower_ in cues().org_suffixes
        written = token.text if named else name_title(token) or _expand(token.text)
        parts.append(written + token.whitespace_)
    text = " ".join("".join(parts).translate(_APOSTROPHES).split())
    if not text or len(text.split()) > MAX_ROLE_WORDS:
        return None
    return text


def _ex_before(tokens: list[Token], index: int) -> bool:
    """Whether the token at ``index`` is the "ex" of "ex-wife" or "Ex-Downing Street media
    chief": a prefix a hyphen joins to the next word."""
    return (
        tokens[index].lower_ == "ex"
        and index + 1 < len(tokens)
        and closed_hyphen(tokens[index + 1])
    )


def trim(tokens: list[Token]) -> list[Token]:
    """Without leading determiners, adverbs, numbers, courtesy titles,
    punctuation and conjunctions ("far and away the", "a", "one"), or trailing
    ones; a "then" before the role's words stays ("her then partner")."""
    # "A" of "A-list actor", "all" of "all-time great": part of a word, no article
    while (
        tokens
        and not (len(tokens) > 2 and _goes_on(tokens[0]))
        and (
            tokens[0].dep_ in _DROP_FIRST
            or tokens[0].is_punct
            or (
                tokens[0].pos_ in ("ADV", "NUM")
                and tokens[0].whitespace_
                and not _then(tokens)
                and not (len(tokens) > 2 and name_word(tokens[0]))
            )
            or courtesy_before_name(tokens)
            or style_of_honour(tokens)
            or (tokens[0].lower_ in ("other", "another") and len(tokens) > 1)  # which one
        )
    ):
        if tokens[0].dep_ == "poss" and tokens[0].pos_ != "PRON":
            break  # "Lee's former mentor": a named possessor stays
        tokens = tokens[1:]
    # A role never ends in a preposition: its object was hung elsewhere by the
    # parser ("chief executive of" when "Acme" hangs from the verb).
    # Nor in part of a hyphenated word ("author and co" of "co-author").
    while tokens and (
        tokens[-1].is_punct
        or tokens[-1].dep_ in ("cc", "case")
        or tokens[-1].pos_ == "ADP"
        or _goes_on(tokens[-1])
    ):
        tokens = tokens[:-1]
    return tokens


def name_word(token: Token) -> bool:
    """Whether ``token`` is a capitalised word inside the sentence that a capitalised
    proper noun follows: a word of a name ("Fair" of "Fair Tarland leader"), whatever its
    tag."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.is_title
        and token.is_alpha
        and not token.is_sent_start
        and after is not None
        and after.pos_ == "PROPN"
        and after.is_title
    )


def _then(tokens: list[Token]) -> bool:
    """Whether the phrase opens with "then" right before its words ("her then partner"):
    a role held at the time told, which the role keeps ("then partner")."""
    return (
        len(tokens) > 1
        and tokens[0].lower_ == "then"
        and tokens[1].pos_ in ("NOUN", "PROPN", "ADJ")
        and tokens[1].dep_ not in _DROP_FIRST
    )


def _goes_on(token: Token) -> bool:
    """Whether a hyphen written right after ``token`` carries its word on."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"


def contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The run of adjacent tokens that holds ``head``: a role reads as the text states it,
    and a word the parser hung from it across a gap is no part of it (the last word of the
    paragraph before, where a caption with no full stop ran on into "Its chair, Jo Roe")."""
    start = end = next((k for k, t in enumerate(tokens) if t.i == head.i), 0)
    while start > 0 and tokens[start - 1].i == tokens[start].i - 1:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].i == tokens[end].i + 1:
        end += 1
    return tokens[start : end + 1]


def _kept(token: Token, skip: range, clause: bool, conj: bool, top: bool = True) -> Iterator[Token]:
    """``token`` and its dependents, without clauses, comments or ``skip``.

    ``clause`` keeps a relative clause of ``token`` itself ("the man who ...") or a
    participle's ("the man appointed to run the port");
    ``conj`` keeps roles coordinated with the head (``top``) of the phrase
    ("MP and chief executive of Acme"); deeper ones ("transport and
    environment spokesman") always stay.
    """
    if token.i in skip:
        return
    yield token
    for child in token.children:
        if child.dep_ == "relcl" and (clause or _says_who(child)):
            pass
        elif clause and _set_apart(child, skip):
            pass  # "the man put in charge of the port": what sets him apart
        elif child.dep_ == "npadvmod" and child.i < token.i and hyphened(child):
            pass  # "15-year-old": a modifier before its head is part of the phrase
        elif _rest_of_word(token, child):
            pass  # "soldier" the parser hung as a clause from "ex" of "an ex-soldier"
        elif child.dep_ == "punct" and (
            child.tag_ == "HYPH"
            or _brackets_short_name(token, child, top)
            or _before_region(child)
            or _between_adjectives(child)
            or plural_possessive(child)
            or (_listing(child) and (not top or (conj and _roles_listed(child))))
        ):
            pass
        elif child.dep_ == "appos" and not top and child.pos_ == "PROPN":
            pass  # "adviser to Vice President Ann Vell": a name inside the phrase
        elif noun_read_as_verb(child):
            pass  # "professor of Jewish thought", with "thought" read as a verb
        elif child.dep_ in _CLAUSE_DEPS or _dated(child):
            continue
        elif child.dep_ == "advmod" and child.i > token.i:
            continue  # "assistant down in Kent": where, not what
        elif top and child.dep_ == "prep" and child.i < token.i and not hyphened(child):
            continue  # "in particular the baker's daughter": a link to what came before
        elif top and place_run_on(token, child):
            pass  # "Lord Chief Justice of England and Wales", "Wales" hung on "Justice"
        elif top and child.dep_ == "conj" and not (conj and _second_role(child)):
            continue  # "... and said": a second verb, not a second role
        elif top and child.dep_ == "cc" and not conj:
            continue
        yield from _kept(child, skip, clause=False, conj=conj, top=False)


def _brackets_short_name(token: Token, mark: Token, top: bool) -> bool:
    """Whether ``mark`` is a bracket around the short name of a body written before the
    head ("Brindle Racing League (BRL) star"), which the parser hangs on the head or sets
    beside the body's name: the brackets stay, wherever the parser hung them, so that the
    phrase reads as written and runs on to its head. After the head ("the star (BRL)")
    they open an aside."""
    doc = mark.doc
    step = {"(": 1, ")": -1}.get(mark.text)
    if step is None or not 0 <= mark.i + 2 * step < len(doc):
        return False
    inside, partner = doc[mark.i + step], doc[mark.i + 2 * step]
    if partner.text != {1: ")", -1: "("}[step] or inside.pos_ != "PROPN" or not inside.is_upper:
        return False
    if inside.dep_ not in _SHORT_NAME_DEPS:
        return False
    # hung on the head after it, or set beside the body's name within the phrase
    return inside.head.i > inside.i or (inside.head == token and not top)


#: How the parser hangs a bracketed short name inside a phrase.
_SHORT_NAME_DEPS = frozenset({"appos", "nmod", "compound"})


def _set_apart(child: Token, skip: range) -> bool:
    """Whether ``child`` is a participle after its noun that says something of the person
    ("put in charge of the port"), not one that gives the name ("named Jo Roe")."""
    return (
        child.dep_ == "acl"
        and child.tag_ == "VBN"
        and child.i > child.head.i
        and child.right_edge.i > child.i
        and not any(t.i in skip for t in child.subtree)
    )


def _rest_of_word(token: Token, child: Token) -> bool:
    """Whether ``child`` is the next piece of the word that ``token`` opens, a closed
    hyphen between them ("soldier" of "ex-soldier")."""
    doc = token.doc
    return child.i == token.i + 2 and closed_hyphen(doc[token.i + 1])


def _before_region(comma: Token) -> bool:
    """ "," in "from Leeds, England": the comma before a place that locates the one before."""
    doc = comma.doc
    if comma.text != "," or comma.i + 1 >= len(doc):
        return False
    region = doc[comma.i + 1]
    return region.dep_ == "appos" and region.head == comma.head and region.ent_type_ == "GPE"


def _between_adjectives(comma: Token) -> bool:
    """ "," in "a tall, quiet woman": a comma between two adjectives that both describe the
    head after them, which the phrase keeps with both."""
    doc = comma.doc
    if comma.text != "," or not 0 < comma.i < len(doc) - 1:
        return False
    before, after = doc[comma.i - 1], doc[comma.i + 1]
    return (
        all(
            word.pos_ == "ADJ" and word.dep_ == "amod" and word.head == comma.head
            for word in (before, after)
        )
        and comma.head.i > after.i
    )


def _listing(comma: Token) -> bool:
    """Whether a comma inside the phrase parts the items of a list its head opens ("boss of
    Leeds, York and Hull airports"): a word coordinated with the head follows it."""
    return comma.text == "," and any(
        c.dep_ == "conj" and c.i > comma.i for c in comma.head.children
    )


def _says_who(clause: Token) -> bool:
    """Whether a relative clause states another role: "who is a cousin of ..."."""
    subject = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
    return (
        subject
        and clause.lemma_ == "be"
        and not any(c.dep_ == "neg" for c in clause.children)
        and any(c.dep_ == "attr" and names_someone(c, lexicon()) for c in clause.children)
    )


def _second_role(conj: Token) -> bool:
    """Whether a noun coordinated with a role is one too: a noun for a person ("MP
    and lawyer"), or a post of something ("radiologist and lead for the project")."""
    if names_someone(conj, lexicon()):
        return True
    # The parser often reads a bare post ("lead for ...") as a verb: one without a
    # subject, object or tense ending is still a noun.
    bare_verb = conj.tag_ in ("VB", "VBP") and not any(
        c.dep_ in ("nsubj", "dobj", "aux") for c in conj.children
    )
    return (conj.pos_ == "NOUN" or bare_verb) and any(
        c.dep_ == "prep" and c.lower_ in ("for", "of", "at") for c in conj.children
    )


def _roles_listed(comma: Token) -> bool:
    """Whether a comma after the head parts it from a second role listed with it ("mother,"
    of "a mother, wife and nurse"): the word right after it is a role coordinated with the
    head."""
    doc = comma.doc
    after = doc[comma.i + 1] if comma.i + 1 < len(doc) else None
    return (
        after is not None
        and after.dep_ == "conj"
        and after.head == comma.head
        and (_second_role(after))
    )


def _dated(child: Token) -> bool:
    """ "since 2011" in "chief executive since 2011": when, not what."""
    return child.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children
    )


def role_phrase(head: Token, skip: range, lex: Lexicon, *, said: bool = False) -> str | None:
    """The noun phrase headed by ``head`` as a role, or None.

    ``head`` must name someone unless the text ``said`` it of someone. The fullest
    reading that fits in `MAX_ROLE_WORDS` wins: with coordinated roles, else
    without them.
    """
    if not (said or names_someone(head, lex)):
        return None
    whose = [c for c in head.children if c.tag_ == "WP$" and c.dep_ == "poss"]
    body = whose_owner(head, write_role) if whose else None  # "Acme, whose chief, Jo Roe,"
    wh = any(c.tag_ in ("WP$", "WP", "WDT") for c in head.children if c.dep_ != "relcl")
    if body is None and wh:
        return None  # "whose wife ... live in Brisbane": a clause, not an appositive
    generic = head.lower_ in role_words().generic
    # a generic head's clause says who ("the man who ..."); too long to keep, what
    # qualifies the head still does ("the Kelby woman who ...": "Kelby woman")
    readings = [(generic, True), (generic, False)] + [(False, True), (False, False)] * generic
    for clause, conj in readings:
        kept = fronted(_kept(head, skip, clause, conj), skip)  # "co-" of "co-owner"
        tokens = phrase_rest(whole_name(trim(contiguous(trim(kept), head)), skip), skip)
        tokens = kind_name(tokens, skip)
        tokens = trim(whole_clauses(tokens, head)) if clause else tokens
        tokens = unjudged(tokens, head)  # "glamorous wife": colour, not a fact
        if not tokens or head not in tokens:
            continue
        role = write_role([t for t in tokens if t not in whose])
        if generic and not clause and role and role.lower() in role_words().generic:
            return None  # "man", with its clause too long: says no more than the text does
        owner = body or post_owner(role, head, write_role)
        role = role and with_inner_owner(role, tokens, head, write_role)
        if role and owner and len(role.split()) + len(owner.split()) < MAX_ROLE_WORDS:
            return owned(role, owner)
        if role:
            return role
    return None
