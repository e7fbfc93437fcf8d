"""Words and clauses the pronoun search reads: a pronoun's subject form, a clause's place
in its sentence, the people who are subjects of clauses joined to a subject's own, and a
name that an inverted sentence puts after its "be"."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from generator.extract.addressees import OBJECT_PRONOUNS
from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon, normalize

#: Subject relations of a clause's own subject.
_SUBJECTS = ("nsubj", "nsubjpass")


def portfolio(token: Token, lex: Lexicon) -> bool:
    """Whether a word qualifies a title without naming a body ("Cabinet", "Housing"):
    not one that is also a known body's name ("Labour")."""
    return token.lower_ in lex.portfolios and normalize(token.text) not in lex.organizations


def clause_dep(verb: Token, text: str) -> str:
    """The place of a verb's clause in its sentence, read through "and": the second verb
    of "said that Tom left and that he fell" is as embedded as the first. A clause that
    opens a paragraph the parse ran into the one before is a main one ("conj")."""
    while verb.head.i != verb.i:
        if "\n\n" in text[verb.head.idx : verb.idx]:
            return "conj"
        if verb.dep_ != "conj":
            break
        verb = verb.head
    return verb.dep_


def acts(subject: Token) -> bool:
    """Whether a subject heads a main clause whose verb is no form of "be" and that it
    does rather than undergoes: "His brother was beaten" tells what was done to him."""
    if subject.dep_ == "nsubjpass":
        return False
    return subject.head.dep_ in ("ROOT", "conj") and subject.head.lemma_ != "be"


def subject_form(pronoun: Token) -> str:
    """The subject form of a personal pronoun ("he" for "him" and "his"), lower case."""
    if pronoun.lower_ == "his":
        return "he"
    return OBJECT_PRONOUNS.get(pronoun.lower_, pronoun.lower_)


def joined_subjects(subject: Token, owners: Mapping[int, Entity]) -> list[Entity]:
    """The people other than the subject's who are subjects of main clauses joined to the
    subject's own by "and" or "but" ("Ann Vell ran the stall, and Jo Ames took the money"),
    either side of it: the sentence is about each of them alike."""
    own = owners.get(subject.i)
    verb = subject.head
    if subject.dep_ not in _SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return []
    found: dict[int, Entity] = {}
    for clause in verb.conjuncts:
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        for child in clause.children:
            other = owners.get(child.i) if child.dep_ in _SUBJECTS else None
            if other is not None and other.kind == PERSON and other is not own:
                found[id(other)] = other
    return list(found.values())


def interview_label(token: Token) -> bool:
    """Whether a word is the one-letter label of a question or an answer in an interview
    printed as questions and answers ("Q: Why now?", "A: ..."): it opens its paragraph and
    a colon follows, and names no one."""
    if len(token.text) != 1 or not token.text.isupper():
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is None or after.text != ":":
        return False
    before = token.doc.text[: token.idx].rstrip(" ")
    return not before or before.endswith("\n")


def spokes_after_body(subject: Token, body: Entity) -> Token | None:
    """The spokes noun right after a body's name that the parser made the subject ("A
    Board of Trade spokeswoman said", "Board" the subject, "spokeswoman" hung inside
    the name), or None: the one who speaks for the body is who "she" may refer back to."""
    spokes = ("spokesman", "spokeswoman", "spokesperson")
    ends = [m.span.end for m in body.mentions if m.span.start <= subject.i < m.span.end]
    if not ends or ends[0] >= len(subject.doc):
        return None
    after = subject.doc[ends[0]]
    if after.lower_ not in spokes or after.i > subject.right_edge.i:
        return None
    return after


def person_owns(subject: Token, owners: Mapping[int, Entity]) -> bool:
    """Whether a capitalised subject is a thing a person's name owns ("Ann Vell's Sea Log",
    "Vell's cri de coeur"): a title or a foreign phrase the parse took for a name, not a
    person the entities missed; the sentence is about its owner."""
    return any(
        child.dep_ == "poss" and (owner := owners.get(child.i)) is not None and owner.kind == PERSON
        for child in subject.children
    )


def inverted_subject(token: Token, owners: Mapping[int, Entity]) -> bool:
    """Whether a person's name stands after a "be" that a sentence opening on a phrase puts
    before its subject ("Among those who praised Ann Orr's shop is Tom Ames, who ..."): the
    parser reads the name as the verb's attribute and a thing before it as its subject, but
    the sentence is about the person, as a main subject would be."""
    owner = owners.get(token.i)
    verb = token.head
    opener = token.sent[0]
    return (
        token.dep_ == "attr"
        and owner is not None
        and owner.kind == PERSON
        and verb.lemma_ == "be"
        and opener.pos_ == "ADP"
        and opener.i < verb.i
        and not any(
            c.dep_ in _SUBJECTS and (o := owners.get(c.i)) is not None and o.kind == PERSON
            for c in verb.children
        )
    )
