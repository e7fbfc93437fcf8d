"""Whose kin: the person a possessive pronoun before a kin noun ("son", "girlfriend") stands for.

"Harold Quillby said his son Tobin had left" makes Tobin "Harold Quillby's son", not a bare
"son": a kin noun says who someone is only with whose kin they are. So does a post held for
one person ("his lawyer", "her spokesman", "his predecessor"). The pronoun is read from
the parse, never from nearness alone: its owner is the named subject of the clause that holds
the kin phrase ("Ruth Dallow thanked her sister Nessa"), or of the clause above when the kin
phrase is that subject itself ("Quillby said his son Tobin had left"), or the name the kin
phrase is joined to by "and" ("Quillby and his wife, Mara,"), or the name a clause with
"whose" hangs from; a pronoun that opens its sentence stands for the named subject of the
sentence before when that is the only person it names and no pronoun of the other sex is
told of them there ("Quillby said ... . His wife, Mara Quillby, said"), past the rest of a
quote that sentence opened. A subject that is no name ("he", "the family"), another person named
(or a "him" or "she") between the owner and the pronoun, a first name that is itself
someone's kin ("Tomas's father Egon and his brother"), or an owner whose sex the pronoun
denies gives no owner: a wrong owner is worse than a bare "son".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.family_names import KIN_NOUNS
from generator.extract.lexicon import lexicon
from generator.extract.pronoun_forms import BY_SEX, DETERMINER_SEX
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_appositives import name_root
from generator.extract.role_nouns import is_role_word
from generator.extract.role_quoted import in_quote
from generator.extract.role_trades import trade_opening
from generator.extract.sentence_index import sentence_at
from generator.extract.speech import FEMALE, MALE

__all__ = ["kin_owned"]

#: Nouns that say whom someone is close to, as kin nouns do ("her boyfriend, Tom Ames,").
_PARTNERS = frozenset({"friend", "boyfriend", "girlfriend", "partner"})
#: Posts held for one person, or only beside one: "his lawyer", "her spokesman", "his
#: predecessor", "her Irish counterpart". Bare, such a post says nothing of whom the person
#: serves; an office held in a body ("his minister") is not one of them.
_SERVING = frozenset(
    "attorney lawyer solicitor barrister counsel spokesman spokeswoman spokesperson "  # noqa: SIM905
    "publicist agent predecessor successor counterpart deputy aide adviser advisor "
    "assistant biographer bodyguard nanny chauffeur doctor physician coach trainer "
    "mentor supervisor publisher opponent rival".split()
)
_CLOSE = KIN_NOUNS | _PARTNERS | _SERVING

#: Possessive determiners with the sex they say their owner has.
_PRONOUN_SEX = DETERMINER_SEX
_SUBJECTS = ("nsubj", "nsubjpass")
#: Most clauses climbed from the kin noun to its owner's.
_MAX_CLIMB = 8


def _kin_noun(span: Span) -> Token | None:
    """The kin noun the name is set beside: "his wife, Mara Quillby," or "his son Tobin"."""
    root = name_root(span)
    if root.dep_ == "appos" and root.head.i < span.start and root.head.lower_ in _CLOSE:
        return root.head
    return None


def _person_span(token: Token) -> Span | None:
    """The PERSON entity holding ``token``, or the one set beside it ("son Tobin")."""
    for candidate in (token, *(c for c in token.children if c.dep_ == "appos")):
        if candidate.ent_type_ == "PERSON":
            return next((e for e in candidate.doc.ents if e.start <= candidate.i < e.end), None)
    return None


def _whose_owner(kin: Token) -> Token | None:
    """The name a relative clause with "whose" hangs from: "Orrin Blaskett, whose son
    Tobin left," is Orrin Blaskett's son."""
    at = kin
    for _ in range(_MAX_CLIMB):
        if at.dep_ == "relcl":
            return at.head
        if at.head is at:
            return None
        at = at.head
    return None


def _owner_token(kin: Token) -> Token | None:
    """The subject or joined name that the kin phrase's pronoun stands for, by the parse."""
    if kin.dep_ == "conj" and kin.head.i < kin.i:
        joined_to = kin.head
        if joined_to.lower_ in _CLOSE or (
            joined_to.dep_ == "appos" and joined_to.head.lower_ in _CLOSE
        ):
            return None  # "Tomas's father Egon and his brother": Egon's, or Tomas's?
        return joined_to  # "Quillby and his wife"
    at = kin
    for _ in range(_MAX_CLIMB):
        if at.head is at:
            return None
        at = at.head
        if at.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in at.children if c.dep_ in _SUBJECTS), None)
        if subject is None or kin.i in {t.i for t in subject.subtree}:
            continue  # the kin phrase is the subject: its owner is above ("said his son ...")
        return subject
    return None


#: Personal pronouns of each sex: one between the owner and the possessive may stand for
#: someone else the possessive takes up ("Roe answered him and his wife"). No possessive
#: form: an earlier "his" or "her" most often is the owner's own ("Orrin Blaskett praised
#: his staff and thanked his son Tobin"), so "her", an object too, is left out with them.
_SEX_PRONOUNS = {sex: forms.non_possessive for sex, forms in BY_SEX.items()}


def _sex_denied(owner: Span, sex: str) -> bool:
    """Whether a courtesy title before the owner ("Mrs Roe ... his"), or the given name of
    a full name of the story ending in the owner's last word ("Ann Roe" for "Roe ...
    his"), says the other sex."""
    if not sex:
        return False
    doc = owner.doc
    if owner.start > 0:
        word = doc[owner.start - 1].lower_
        if (sex == "m" and word in FEMALE) or (sex == "f" and word in MALE):
            return True
    last = owner[-1].text
    return any(
        given_name_sex(e.text) not in (None, sex)
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last
    )


def _named_otherwise(owner: Span, span: Span, *, subject: bool) -> bool:
    """Whether the sentence names someone else the pronoun may stand for: a person before
    an owner found as a clause's subject ("Carl Webb said Tom Ruiz had insulted his wife":
    either man's), or one who bears the kin's surname when the owner does not."""
    others = [
        e
        for e in span.sent.ents
        if e.label_ == "PERSON" and e.start not in (owner.start, span.start)
    ]
    if subject and any(e.end <= owner.start for e in others):
        return True
    surname = span[-1].text
    return owner[-1].text != surname and any(e[-1].text == surname for e in others)


def kin_owned(role: str | None, span: Span) -> str | None:
    """``role`` with the kin noun's owner named ("son" -> "Harold Quillby's son") when the
    name is set beside a kin noun whose possessive pronoun the parse ties to a named person
    other than this one; else ``role`` as it was."""
    if not role:
        return role
    first, _, rest = role.partition(",")
    kin = _kin_noun(span)
    if kin is None or "'" in first or "\u2019" in first:
        return role
    if first.split()[-1:] != [kin.lower_]:
        return role
    pronoun = next((c for c in kin.children if c.dep_ == "poss"), None)
    if pronoun is None or pronoun.lower_ not in (*_PRONOUN_SEX, "whose"):
        return role
    token = _whose_owner(kin) if pronoun.lower_ == "whose" else _owner_token(kin)
    owner = _person_span(token) if token is not None else None
    told_before = owner is None and token is None and pronoun.lower_ != "whose"
    if told_before:
        owner = _subject_before(pronoun)
        token = None if owner is None else owner.root
    if owner is None or owner.end > pronoun.i or owner.end > span.start:
        return role  # the owner is named before the pronoun, and before this person
    sex = _PRONOUN_SEX.get(pronoun.lower_, "")
    if _sex_denied(owner, sex):
        return role
    doc = span.doc
    # another person named between the owner and the pronoun may be the one it stands for
    between = doc[owner.end : pronoun.i]
    if any(t.ent_type_ == "PERSON" for t in between):
        return role
    # a "he" in the sentence before, which names no one but the owner, is the owner again
    # ("Tom Gale faces prison if he is convicted. His attorney"): only later ones may not be
    told = doc[owner.sent.end : pronoun.i] if told_before else between
    if any(t.lower_ in _SEX_PRONOUNS.get(sex, ()) for t in told):
        return role
    if _named_otherwise(owner, span, subject=token is not None and token.dep_ in _SUBJECTS):
        return role
    name = _untitled(owner).removesuffix("'s").removesuffix("\u2019s")
    return f"{name}'s {first.strip()}" + (f",{rest}" if rest else "")


def _untitled(owner: Span) -> str:
    """The owner's name without the title the model took into it: "Rufus Okafor" of
    "Comedian Rufus Okafor", whose own role the kin's role must not repeat."""
    lex = lexicon()
    doc = owner.doc
    start = owner.start
    while (
        start < owner.end - 2
        and (  # a full name is left: "Dale Hendry" keeps "Dale"
            is_role_word(doc[start], lex) or trade_opening(doc[start], doc[start + 1 : owner.end])
        )
    ):
        start += 1
    return doc[start : owner.end].text


#: Most sentences of a quote passed over back to the sentence that names its speaker.
_MAX_QUOTED_BEFORE = 3


def _subject_before(pronoun: Token) -> Span | None:
    """The person a pronoun opening its sentence stands for: the named subject of the
    sentence before, or the name set beside that subject ("Ed Roe's father, Tom Roe,
    said"), when no one else is named there outside the subject's own words; sentences
    inside a quote it opened are passed over ("Tom Roe said: 'We will heal. We must.' His
    wife, Ann Roe, said"). None when the pronoun does not open the sentence."""
    doc = pronoun.doc
    sentence = sentence_at(doc, pronoun.i)
    if pronoun.i != sentence.start:
        return None
    for _ in range(_MAX_QUOTED_BEFORE + 1):
        if sentence.start == 0:
            return None
        sentence = sentence_at(doc, sentence.start - 1)
        people = [e for e in sentence.ents if e.label_ == "PERSON"]
        if people or not in_quote(sentence.root):
            break
    subject = next((c for c in sentence.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    owned = {t.i for t in subject.subtree}
    named = [e for e in people if e.root == subject or e.root.head == subject]
    beside = [e for e in named if e.root.dep_ == "appos" or e.root == subject]
    others = [e for e in people if e.start not in owned]
    if len(beside) != 1 or others:
        return None
    # "Jo Roe lost his job. Her mother said": a pronoun of the other sex told of the owner
    sex = _PRONOUN_SEX.get(pronoun.lower_)
    other = next((forms for s, forms in BY_SEX.items() if s != sex), None)
    told = doc[beside[0].start : pronoun.i]
    if sex is None or other is None or any(t.lower_ in other.all for t in told):
        return None
    return beside[0]
