"""Nouns before a name that say what someone is though no title list holds them.

`role_titles.title_before` reads titles leftwards from a name; these checks let it
take a trade the word lists lack ("former stonemason Jo Roe"), a trade whose capital
comes from opening the sentence ("Florist Jo Roe said"), a rank the model took into
the name ("Detective Jo Roe"), an office in lower case joined by "of" ("chief of
staff Jo Roe"), and a title whose prepositional phrase runs on to the name ("Head of
the ferry board Jo Roe").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon
from generator.extract.name_spans import entity_span
from generator.extract.nlp import adjectives, common_nouns, verb_lemmas
from generator.extract.role_context import SUBJECTS
from generator.extract.role_nouns import NOT_TITLE_ENTS, is_role_word, names_someone, person_noun
from generator.extract.role_office_objects import bare_office_start
from generator.extract.role_phrases import role_words
from generator.extract.sentence_openers import opens_sentence

__all__ = [
    "capital_trade",
    "compound_noun",
    "listed_after_adjective",
    "office_link",
    "office_with_phrase",
    "rank_in_name",
    "trade_opening",
    "trade_word",
]

#: Tags of a verb's base form, which a noun before a name may be misread as ("coxswain").
_BASE_VERBS = ("VB", "VBP")


def capital_trade(token: Token) -> bool:
    """Whether a capitalised word is a common noun for a person ("Florist", "Engineer"),
    by the word lists or WordNet's index; not a given name that is such a noun ("Hunter")."""
    lower = token.lower_
    words = role_words()
    return (
        token.is_title
        and token.is_alpha
        and (lower in common_nouns() or lower in words.people)
        and person_noun(lower)
        and lower not in words.noun_given_names
    )


def trade_opening(token: Token, span: Span) -> bool:
    """Whether a sentence's first word, right before the name and tied to it, is a common
    noun for a person that the model left out of the name ("Florist Jo Roe said"): its
    capital comes from its place. ``span`` is the name with any courtesy title before it
    ("Surgeon Dr Jo Roe"). The model may take the word into the person's span ("Barista
    Jo Roe"), which the name then leaves out; a noun of the people list need not be in
    WordNet's index. The model may also read the word and the name as one body or work
    ("Grandmother Jo Roe" as an ORG), which the person's name then leaves out."""
    return (
        opens_sentence(token)
        and (token.ent_type_ in ("", "PERSON") or _ran_into_name(token, span))
        and token.head.i in range(span.start, span.end)
        and (capital_trade(token) or _capital_noun(token))
    )


def _ran_into_name(token: Token, span: Span) -> bool:
    """Whether the model's entity that holds ``token`` runs on over the whole name after
    it: one misread of the title and the name together, not another thing named there."""
    ent = entity_span(token)
    return ent.start == token.i and ent.end >= span.end


def _capital_noun(token: Token) -> bool:
    """Whether a capitalised word before a full name is a noun no word list holds that can
    be no name ("Coxswain Jo Roe said"): WordNet lists it as a noun only, never as an
    adjective or a verb ("Former", "Police"), nor is it a given name ("Hunter")."""
    lower = token.lower_
    words = role_words()
    return (
        token.is_title
        and token.is_alpha
        and token.tag_ == "NNP"
        and lower in common_nouns()
        and lower not in adjectives()
        and lower not in verb_lemmas()
        and lower not in words.noun_given_names
        and lower not in words.generic
        and lower not in words.temporal
    )


def rank_in_name(token: Token, lex: Lexicon) -> bool:
    """Whether ``token``, right before a name, is a capitalised noun for a person
    ("Detective", "Sheriff") the model took into the person's span but the name leaves
    out: a title anywhere in the sentence; a courtesy title ("Lady") is none."""
    lower = token.lower_
    return (
        token.is_title
        and token.ent_type_ == "PERSON"
        and lower in role_words().people
        and lower not in lex.honorifics
    )


def compound_noun(token: Token, span: Span) -> bool:
    """Whether ``token`` is a lower-case singular noun with a modifier or article that the
    parse makes part of the name right after it ("former stonemason Jane Roe", "parish
    sexton Jo Roe"), which says
    what she is; not with a number or date ("In the third lap Roe") or after a verb ("let
    a guard stop Roe")."""
    doc = token.doc
    before = doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return (
        any(_modifier(c) and c.i < token.i for c in token.children)
        and not any(c.ent_type_ in NOT_TITLE_ENTS and not _age(c) for c in token.children)
        and (before is None or before.pos_ not in ("PART", "VERB", "AUX") or _says(before, span))
        # "the gruff, wiry Roe": words listed with commas are adjectives
        and not any(t.is_punct and t.tag_ != "HYPH" for t in doc[token.left_edge.i : token.i])
        and not listed_after_adjective(token)
        and token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.is_lower
        and token.is_alpha
        and token.dep_ == "compound"
        and token.head.i in range(span.start, span.end)
        and not token.ent_type_
        and token.lower_ not in role_words().generic
        and token.lower_ not in role_words().temporal
    )


def _modifier(child: Token) -> bool:
    """Whether a word before a noun qualifies it as a trade's: an article, an adjective or
    a noun in lower case or opening the sentence ("the", "former", "parish" or "Veteran"
    of "Veteran sexton Jo Roe")."""
    noun = child.dep_ == "compound" and child.pos_ == "NOUN"
    return child.dep_ in ("amod", "det") or (noun and (child.is_lower or opens_sentence(child)))


def trade_word(token: Token) -> bool:
    """Whether ``token`` is a noun for a person that the word lists lack, which the
    tagger read as an adjective or a verb ("magician Jo Roe") or that is written with a capital
    ("Former Stonemason Jo Roe")."""
    capital = capital_trade(token) and token.lower_ not in adjectives()  # not "Former"
    return _misread_trade(token) or (capital and not token.ent_type_)


#: Tags of an adjective, plain or comparative, a noun before a name may be misread as.
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR"})


def _misread_trade(token: Token) -> bool:
    """Whether a lower-case word the tagger read as an adjective or a verb right before a
    name tied to it is a noun ("florist" of "the shop of florist Jo Roe", "coxswain" of
    "veteran coxswain Jo Roe said"): WordNet lists it as a noun and never as an adjective
    ("former", "senior" and "veteran" are both) or, for a verb's reading, as a verb; also
    one read as a comparative for its ending ("hotelier"). A noun set right before a name
    says what the person is, whether the word lists hold it or not."""
    lower = token.lower_
    misread = (token.tag_ in _ADJECTIVE_TAGS and lower not in adjectives()) or (
        token.tag_ in _BASE_VERBS and lower not in verb_lemmas()
    )
    return (
        misread
        and token.is_lower
        and token.is_alpha
        and not token.ent_type_
        and lower in common_nouns()
        and lower not in role_words().generic
        and lower not in role_words().temporal
    )


def listed_after_adjective(token: Token) -> bool:
    """Whether a comma after an adjective comes right before ``token`` ("the gruff,
    wiry Roe"): one more adjective the tagger read as a noun."""
    doc = token.doc
    return (
        token.i > 1
        and doc[token.i - 1].text == ","
        and doc[token.i - 2].tag_ in ("JJ", "JJR", "JJS")
    )


def _says(verb: Token, span: Span) -> bool:
    """Whether the name is the subject of the verb right before its title ("said former
    stonemason Jo Roe"), not its object ("let a guard stop Roe")."""
    return span.root.head.i == verb.i and span.root.dep_ in SUBJECTS


def _age(token: Token) -> bool:
    """Whether ``token`` ends an age ("old" of "19-year-old"), which may lead a trade
    ("19-year-old student Jo Roe") as no date or number leads one."""
    doc = token.doc
    return token.lower_ == "old" and token.i > 0 and doc[token.i - 1].tag_ == "HYPH"


def office_link(token: Token, span: Span, last: int, lex: Lexicon) -> bool:
    """Whether ``token`` is the "of" or "for" of an office in lower case that the parse
    gives the name as its appositive ("chief of staff Jo Roe", "head of staff Jo Roe"):
    a title word right before it holds it, and what follows it up to the name is a bare
    noun, no title of its own ("the president Jo Roe" is the president)."""
    doc = token.doc
    head = token.head
    return (
        token.lower_ in ("of", "for")
        and token.dep_ == "prep"
        and head.i == token.i - 1
        and is_role_word(head, lex)
        and span.root.dep_ == "appos"
        and span.root.head == head
        and not is_role_word(doc[last], lex)
        and all(t.is_lower and t.pos_ == "NOUN" for t in doc[token.i + 1 : last + 1])
    )


#: Prepositions of an office's phrase ("Adviser in Residence", "Envoy to Norland").
_OFFICE_PREPS = frozenset({"of", "for", "in", "at", "to", "on"})
#: Parts of speech that end a title read leftwards from a name: a clause's words.
_NOT_IN_OFFICE = frozenset({"VERB", "AUX", "PRON", "SCONJ", "INTJ", "NUM"})


def office_with_phrase(span: Span, end: int, lex: Lexicon) -> int | None:
    """Where a title that carries a prepositional phrase up to the name starts ("Adviser"
    of "Senior Adviser in Residence Jo Roe", "Head" of "Head of the Acme Group Jo
    Roe"): the leftmost title word in the sentence whose phrase, by a
    preposition, runs on to the name and holds every word up to it. ``end`` is where
    the name starts once courtesy titles are left out. The word right before the name
    must be a noun that is no title of its own ("his aide Jo Roe" has one) and no
    possessive ("the son of Acme's Jo Roe" is no title)."""
    doc = span.doc
    tokens = tokens_of(doc)
    if end < 3:
        return None
    last = tokens[end - 1]
    after = tokens[span.end] if span.end < len(doc) else None
    inside = any(
        t is not None and t.ent_iob_ == "I" and t.ent_type_ != "PERSON"
        for t in (tokens[span.start], after)
    )
    if inside:
        return None  # "star of The Jo Roe Show": the name is a piece of a longer one
    served = bare_office_start(span, end, lex)
    if served is not None:
        return served  # "counselor to the president Jo Roe", "chief of staff Jo Roe"
    if (
        last.pos_ not in ("NOUN", "PROPN")
        or last.tag_ == "POS"
        or names_someone(last, lex, plural=True)
        # "the widow of Constable Jo Roe" with the title read into the name
        or is_role_word(last, lex)
        or person_noun(last.lower_)
        # "a note to loyal chum Jo Roe": a described noun is his, as a trade
        or any(c.dep_ == "amod" and c.is_lower and c.i < last.i for c in last.children)
    ):
        return None
    for head in doc[span.sent.start : end - 2]:
        if _phrase_title(head, span, end, lex):
            return head.i
    return None


def _phrase_title(head: Token, span: Span, end: int, lex: Lexicon) -> bool:
    """Whether ``head`` is a singular title word whose prepositional phrase runs to the
    name at ``end``: the phrase holds the name, or ends right before it with the name
    holding ``head`` or hung from it; every word between is a plain word of ``head``'s
    phrase (no clause, date, person or mark), and no "and" joins another title first."""
    if head.tag_ not in ("NN", "NNP") or not names_someone(head, lex):
        return False
    doc = head.doc
    between = doc[head.i + 1 : end]
    if not all(_office_word(t, head) or t.i >= _own_start(span) for t in between):
        return False
    root = span.root
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OFFICE_PREPS:
            continue
        if not head.i < prep.i < end - 1:
            continue
        if any(t.dep_ == "cc" for t in doc[head.i + 1 : prep.i]):
            continue  # "the Dean and Warden of ...": two people
        holds_name = _in_phrase(root, prep)
        # "Acme director of sales Jo Roe said": the parse may make both the verb's subjects
        split = head.dep_ == root.dep_ == "nsubj" and head.head == root.head
        tied = head.head.i in range(span.start, span.end) or root.head == head or split
        ends_before = prep.right_edge.i == end - 1 and tied
        if holds_name or ends_before:
            return True
    return False


#: Words of a post's field written bare between "of" and a name ("public health").
MAX_DOMAIN_WORDS = 3


def field_office(span: Span, end: int, lex: Lexicon) -> int | None:
    """Where an office of a field written bare starts ("head" of "Acme head of
    communications Jo Roe", "director of public health Jo Roe"): a title word, "of" or
    "for", then one to `MAX_DOMAIN_WORDS` words in lower case with no article, ending in
    a noun that is no person's, right before the name. A post's name before its holder,
    however the parser hung it (it may read the body before the title as a verb); not
    when the name opens a clause of the title's ("a head of marketing Jo Roe knew")."""
    doc = span.doc
    tokens = tokens_of(doc)
    start = end
    while start > 0 and end - start < MAX_DOMAIN_WORDS and tokens[start - 1].is_lower:
        if not (tokens[start - 1].is_alpha and tokens[start - 1].pos_ in ("NOUN", "ADJ")):
            break
        start -= 1
    if start == end or start < 2 or tokens[end - 1].pos_ != "NOUN":
        return None
    link, title = tokens[start - 1], tokens[start - 2]
    if link.lower_ not in ("of", "for") or not is_role_word(title, lex):
        return None
    if person_noun(tokens[end - 1].lower_) or names_someone(tokens[end - 1], lex, plural=True):
        return None  # "the mother of schoolgirl Jo Roe": the name's own noun
    root = span.root
    if root.head.dep_ == "relcl" and root.head.head == title:
        return None
    return title.i


#: How a name hangs inside the phrase of a title before it ("Residence Jo Roe" as one
#: object); a clause between ("the hospital Jo Roe ran") makes it no part of the phrase.
_IN_PHRASE = frozenset({"compound", "appos", "pobj", "nmod", "prep"})


def _in_phrase(root: Token, prep: Token) -> bool:
    """Whether the name whose root is ``root`` hangs inside the phrase of ``prep`` by
    words of a noun phrase alone."""
    token = root
    while token.dep_ in _IN_PHRASE and token.head != token:
        token = token.head
        if token == prep:
            return True
    return False


def _own_start(span: Span) -> int:
    """Where the person entity of the name starts: the model may take a last word of the
    title into it ("Residence Jo Roe"), which the name leaves out."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "PERSON":
        start -= 1
    return start


def _office_word(token: Token, head: Token) -> bool:
    """Whether ``token`` may stand inside an office after its title word ``head``."""
    return (
        not token.is_space
        and "\n" not in token.whitespace_
        and token.pos_ not in _NOT_IN_OFFICE
        and not (token.is_punct and token.tag_ != "HYPH" and token.text != "&")
        and token.ent_type_ not in ("PERSON", "DATE", "TIME")
        and head in token.ancestors
    )
