"""Where a title before a name stops, reading leftwards from it: a word that is no part of
the title ("Throughout the talks Chief Warden X", "have sacked manager X", "the first time
Prince X") or that qualifies it from outside ("how good a judge X"); `role_titles` reads
the title with these."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doc_words import BE_FORMS
from generator.extract.hyphens import closed_hyphen, hyphened
from generator.extract.lexicon import Lexicon
from generator.extract.nlp import adjectives
from generator.extract.role_acts import act_before_title, infinitive_before_title
from generator.extract.role_name_joins import joins_name_words
from generator.extract.role_nouns import NOT_TITLE_ENTS, names_someone
from generator.extract.role_tables import RoleWords
from generator.extract.role_word_pieces import word_tail


def adjective_comma(token: Token, start: int, end: int) -> bool:
    """Whether ``token`` is the comma after an adjective that opens a title being read from
    ``start`` up to a name ending before ``end``: "," of "the wealthy, Oxford-educated
    heiress Jo Roe", both adjectives hers. A place before it ("Tarland, Wessex") is none."""
    if token.text != "," or token.i == 0 or token.i + 1 != start:
        return False
    before = token.doc[token.i - 1]
    return (
        before.pos_ == "ADJ"
        and before.dep_ == "amod"
        and before.is_lower
        and start <= before.head.i < end
    )


def breaks_title(token: Token, words: RoleWords, lex: Lexicon) -> bool:
    """Whether ``token``, left of a title being read, ends it: a break, an entity that is
    no title, an object, a time, an act, a determiner or a pronoun."""
    return (
        token.is_space
        or "\n" in token.whitespace_
        or (
            token.ent_type_ in NOT_TITLE_ENTS
            and not (token.ent_type_ == "CARDINAL" and hyphened(token))
            and not (token.ent_type_ == "ORDINAL" and token.is_alpha)  # "First Warden"
            # "Olympic" the model typed a number: a word that is none is no count
            and not (token.ent_type_ == "CARDINAL" and token.is_alpha and not token.like_num)
            and not _day_of_a_name(token)
        )
        # "Throughout the talks Chief Warden X": the object of a word before the title
        or (
            token.dep_ in ("pobj", "dobj", "acomp")
            and token.head.i < token.i
            and not hyphened(token)
            # the hyphen itself, which the tagger may read as an object ("by co-founders X")
            and not closed_hyphen(token)
            # "Dig & Plant" read as an object and its conjunct: one name in the title
            and not (token.i + 1 < len(token.doc) and joins_name_words(token.doc[token.i + 1]))
            # "went to the former champion boxer Jo Roe": a noun for a person the
            # parser made the object, right before another noun, is still part of the
            # title; not before "and" ("with her grandfather and aunt Jo Roe")
            and not (names_someone(token, lex) and _noun_follows(token))
            and not bare_title_and(token)  # "cheered comedian and presenter Jo Roe"
        )
        or (token.lower_ in words.temporal and not _day_of_a_name(token))
        or _occasion(token)
        or (
            token.is_lower
            and token.text.endswith("ing")
            and token.text not in words.participles
            and not _ing_adjective(token)
        )
        # "Brack chided Harbour Board chair X": a verb in the past tense is an act, no title.
        or token.tag_ == "VBD"
        or _verb_of_subject(token)  # "A photo shows nurse X": the sentence's verb
        or act_before_title(token)  # "Ann Vell married actor X", tagged as an adjective
        or infinitive_before_title(token)  # "vowed to attack Green leader X"
        or word_tail(token)  # "d" of "wed", which the tokenizer split off
        or clause_adjective(token)  # "was sure deputy mayor X would": no part of the title
        # "all" of "the all-time great skipper X" is part of a word, no determiner
        or (
            token.dep_ in ("poss", "det", "predet")
            and token.pos_ in ("PRON", "DET")
            and not hyphened(token)
        )
    )


def _day_of_a_name(token: Token) -> bool:
    """Whether a capitalised day the model typed a date opens the name of a body written
    before a title ("Sunday Courier journalist Jo Roe"): hung as a compound, with the
    body's name starting right after it. "On Sunday Harbour Master Jo Roe said" hangs the
    day on "on"."""
    doc = token.doc
    return (
        token.is_title
        and token.dep_ == "compound"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].ent_type_ == "ORG"
        and doc[token.i + 1].ent_iob_ == "B"
    )


#: Forms of the verbs that link a subject to an adjective a clause may complete ("was
#: sure X would"); the pipeline runs no lemmatizer.
_LINKS = frozenset(
    {
        *BE_FORMS,
        *("feel", "feels", "felt", "feeling", "seem", "seems", "seemed"),
        *("remain", "remains", "remained"),
    }
)


def clause_adjective(token: Token) -> bool:
    """Whether ``token`` is an adjective after a linking verb that a clause completes
    ("confident" of "he was confident deputy mayor Jo Roe would ..."): it says what the
    subject of that verb feels, and the name, the subject of the clause, follows it; in
    "the guest was former mayor Jo Roe" the name completes the verb, and in "among them
    was lorry driver Jo Roe" it is the verb's own subject."""
    doc = token.doc
    if token.pos_ != "ADJ" or token.i == 0 or doc[token.i - 1].lower_ not in _LINKS:
        return False
    link = doc[token.i - 1]
    if link.pos_ not in ("AUX", "VERB"):
        return False  # "'s" of "Ann Vell's longtime aide": a possessive
    if any(c.dep_ in ("attr", "acomp", "oprd", "dobj") for c in link.children):
        return False
    noun = token.head
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    if noun.i > token.i and noun.dep_ in ("nsubj", "nsubjpass") and noun.head != link:
        return True  # not "Among them was lorry driver Jo Roe": the subject of "was" itself
    # "was sure finance director X had read": the adjective hung from the clause's verb
    return any(c.dep_ == "ccomp" and c.i > token.i and token in c.children for c in link.children)


def _verb_of_subject(token: Token) -> bool:
    """Whether a lower-case verb in the present tense follows a singular noun, its subject
    ("shows" of "A photo shows nurse Jo Roe"), which the parser ran into the title."""
    doc = token.doc
    if token.tag_ != "VBZ" or not token.is_lower or token.i == 0:
        return False
    noun = doc[token.i - 1]
    return noun.tag_ == "NN" and noun.is_lower


def _ing_adjective(token: Token) -> bool:
    """Whether an "-ing" word is an adjective of the noun right after it ("sporting" of
    "sporting director Jo Roe"): WordNet lists it as one and the parse hangs it from that
    noun; a verb's "-ing" form ("after sacking manager Jo Roe") is none."""
    doc = token.doc
    return (
        token.lower_ in adjectives()
        and token.dep_ in ("amod", "compound")
        and token.i + 1 < len(doc)
        and token.head.i == token.i + 1
    )


#: Words before "time" that make it an occasion: "the first time", "this time".
_OCCASIONS = frozenset({"this", "that", "next", "last", "every", "each", "any", "some"})


def _occasion(token: Token) -> bool:
    """Whether ``token`` is "time" of "the first time Prince Jo ..." or "this time
    Warden Jo Roe": when something happened, no part of a title ("prime time host",
    "two-time champion" are)."""
    if token.lower_ != "time" or hyphened(token) or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.ent_type_ == "ORDINAL" or before.lower_ in _OCCASIONS


#: Words before "then" that make it the time of the clause ("and then coach Jo Roe took
#: over", "since then manager Jo Roe has ..."), not a qualifier of the title after it.
_SEQUENCE_WORDS = frozenset({"and", "but", "or", "since", "until", "till", "before", "after"})


def then_of(token: Token, start: int, last: int) -> bool:
    """Whether ``token`` is a "then" that qualifies the title from ``start`` to ``last``
    ("her then partner", "the then Harbour Master", "praised by then harbour secretary Jo
    Roe"), not the verb's ("he then hired")."""
    if token.lower_ != "then":
        return False
    if token.dep_ in ("amod", "advmod") and start <= token.head.i <= last:
        return True
    # The parser hangs a bare "then" right before a title from the verb or the preposition
    # before it ("by then", "back then"); it is the title's unless it opens the clause
    # ("Then, ...", "By then") or follows a word of sequence.
    doc = token.doc
    before = doc[token.i - 1] if token.i > token.sent.start else None
    return (
        token.i + 1 == start
        and token.tag_ == "RB"
        and before is not None
        and before.is_alpha
        and before.i > token.sent.start
        and before.lower_ not in _SEQUENCE_WORDS
    )


def bare_title_and(title: Token) -> bool:
    """Whether ``title`` is a bare title before "and" and one more in lower case, both of the
    name after them ("comedian and presenter Jo Roe"): in the singular and with no
    determiner of its own, which would make two people ("her grandfather and aunt Jo Roe",
    "the mayor and chief constable Jo Roe")."""
    doc = title.doc
    if title.i + 2 >= len(doc) or doc[title.i + 1].lower_ != "and":
        return False
    told = any(c.dep_ in ("det", "poss") for c in title.children)
    return doc[title.i + 2].is_lower and not told and title.tag_ not in ("NNS", "NNPS")


def _noun_follows(token: Token) -> bool:
    """Whether a noun comes right after ``token``."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN")


def how_good_a(doc: Doc, start: int) -> bool:
    """Whether the title starting at ``start`` follows "how good a" ("how good a judge
    Jo Roe will be"): a noun the name will be, no title it holds."""
    at = start - 1
    while at >= 0 and doc[at].dep_ == "amod":
        at -= 1
    return at >= 1 and doc[at].lower_ in ("a", "an") and doc[at - 1].tag_ == "JJ"


#: Forms of "have" before a past participle that make it a verb: "have sacked".
_PERFECT = frozenset({"have", "has", "had", "having", "'ve", "\u2019ve"})


def perfect_participle(token: Token) -> bool:
    """Whether a word is a past participle right after a form of "have", or the verb of a
    sentence the parser found none in: a clause's verb, not an adjective of a title."""
    doc = token.doc
    if token.tag_ not in ("VBN", "VBD") or token.i == 0:
        return False
    return doc[token.i - 1].lower_ in _PERFECT or _verb_of_verbless(token)


def _verb_of_verbless(token: Token) -> bool:
    """Whether a past form read as an adjective after a comma (and maybe an adverb) is the
    verb of its sentence, whose parse has none: "Sen. Roe, a Democrat, pressed nominee Jo
    Ames" read as one noun phrase; "the jailed financier Jo Ames" has no comma before."""
    if token.dep_ != "amod" or token.sent.root.pos_ in ("VERB", "AUX"):
        return False
    doc = token.doc
    before = token.i - 1
    while before > token.sent.start and doc[before].dep_ == "advmod":
        before -= 1
    return doc[before].text == ","
