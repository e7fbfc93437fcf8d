"""The owner an "its" in a role stands for: "chairman of the harbour board" for "its chairman".

An "its" says the post belongs to a thing named before: the body the sentence is about
("The harbour board opened its review when its chairman, ..., said"), or, for an "its"
inside the phrase ("head of its truck unit") with no body before it in the sentence, the
body the sentence before was about ("Ostrava Motors said it would cut jobs. Lena Roe, head
of its truck unit, said"): "head of Ostrava Motors' truck unit". With no such body the
"its" is dropped for "the": a role must not lean on a pronoun its reader cannot resolve.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.lexicon import cues, lexicon
from generator.extract.role_nouns import NOT_ROLE_ENTS, names_someone

#: How a role's words are written (`role_phrases.write_role`).
Write = Callable[[list[Token]], str | None]
_SUBJECTS = ("nsubj", "nsubjpass")
_ITS = re.compile(r"\bits\b")
_NAME_JOINS = frozenset({"of", "for", "and", "&"})


def owner_of_its(head: Token, write: Write) -> str | None:
    """ "the harbour board" for "its chairman" in "The harbour board opened
    its review when its chairman, ..., said": the thing a role's "its" stands for,
    taken as the nearest subject before it in the sentence, when that is one body
    (not a person, a pronoun, a plural or a thing that holds no post)."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
        return None
    doc = head.doc
    for token in reversed(doc[head.sent.start : head.i]):
        if token.dep_ not in _SUBJECTS:
            continue
        if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
            return None
        if token.ent_type_ in ("PERSON", *NOT_ROLE_ENTS) or names_someone(token, lexicon()):
            return None
        if not _a_body(token):
            return None  # "A study praised its chairman": a study has no chairman
        return _written(token, write)
    return _owner_before(head.sent, write)  # "Its chairman, Jo Roe, said": no subject before


def _written(token: Token, write: Write) -> str | None:
    """The words of a subject that names a body, as a role writes them ("the harbour
    board"), or None when punctuation runs through them."""
    doc = token.doc
    start = token.left_edge.i
    while start < token.i and _kind_before_name(doc[start]):
        start += 1  # "Builder Tamsin Homes": the body's name, not its kind
    if token.pos_ == "PROPN":
        for word in doc[start : token.i]:
            if word.pos_ == "NOUN" and all(w.pos_ == "PROPN" for w in doc[word.i + 1 : token.i]):
                start = word.i + 1  # "civil rights group Kelda": the name after its description
                break
    end = token.i + 1
    while token.ent_type_ == "ORG" and end < len(doc) and _name_goes_on(doc[end]):
        end += 1  # "the Tarn Museum of Art": the body's whole name, past its head noun
    words = list(doc[start:end])
    if any(w.is_punct or w.is_space for w in words):
        return None
    owner: str | None = write(words)
    if owner and words[0].lower_ == "the":
        owner = "the" + owner[3:]
    return owner


def _name_goes_on(word: Token) -> bool:
    """Whether a word of a body's entity after its head noun is still the name: a capital
    or a join ("of Art", "for Roads"), not where the body is ("in Dayton")."""
    return word.ent_iob_ == "I" and (word.is_title or word.lower_ in _NAME_JOINS)


def _kind_before_name(word: Token) -> bool:
    """Whether a word says what kind of body the name after it is: a common noun before a
    proper one ("builder" of "Builder Tamsin Homes"), or a capitalised word the model left
    out of the body's name right after it ("Developer" of "Developer Northgate Homes")."""
    after = word.doc[word.i + 1]
    left_out = word.ent_iob_ == "O" and after.ent_iob_ == "B" and after.ent_type_ == "ORG"
    kind = word.is_title and word.lower_ != "the" and left_out
    return (word.pos_ == "NOUN" and after.pos_ == "PROPN") or kind


def _a_body(token: Token) -> bool:
    """Whether a subject is an organization, which can have a post of its own: one the
    entity step found, or a noun for a body ("board", "firm")."""
    words = cues()
    return token.ent_type_ == "ORG" or token.lower_ in words.org_suffixes | words.org_heads


def _one_body(token: Token) -> bool:
    """Whether a subject is one body: a body noun in the singular, or a body the entity
    step named, whose name may end in a plural ("Ostrava Motors")."""
    if token.pos_ not in ("NOUN", "PROPN") or not _a_body(token):
        return False
    return token.ent_type_ == "ORG" or token.tag_ not in ("NNS", "NNPS")


def _inner_owner(its: Token, write: Write) -> str | None:
    """The body an "its" inside a role stands for: the nearest subject before it in its
    sentence that is no person, else the main subject of the sentence before."""
    doc = its.doc
    sent = its.sent
    for token in reversed(doc[sent.start : its.i]):
        if token.dep_ not in _SUBJECTS or token.ent_type_ == "PERSON":
            continue  # the person the role describes is never "its" owner
        return _written(token, write) if _one_body(token) else None
    return _owner_before(sent, write)


def _owner_before(sent: Span, write: Write) -> str | None:
    """The body the sentence before ``sent`` is about: its main subject, when that is one
    body ("The Tarland Society welcomed it. Its director, Jo Roe, said")."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.tag_ in ("NNS", "NNPS") and subject.ent_type_ != "ORG":
        # "The paintings were bought by the Tarn Museum. Its director": "its" is one
        # thing, not the plural subject; the body that did it, named after "by"
        subject = _agent(before.root)
    if subject is None or not _one_body(subject):
        return None
    return _written(subject, write)


#: Posts held in a body, which a story names in one sentence and leaves out of the next:
#: "The Tarn Trust welcomed it. Chief executive Jo Roe said". A post that is also a trade
#: of its own ("president" of a country, "head" of anything) is not one of them.
_BODY_POSTS = frozenset(
    {"chief executive", "chief executive officer", "ceo", "chairman", "chairwoman"}
    | {"managing director", "director", "executive director", "director-general"}
    | {"general secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson"}
)
#: Words before a post that rank it within the same body: "deputy chief executive".
_RANKS = ("deputy ", "acting ", "interim ")


def _owner_before_post(role: str, head: Token, write: Write) -> str | None:
    """ "the Tarn Trust" for "Chief executive" in "The Tarn Trust welcomed it. Chief
    executive Jo Roe said": the body a bare post is held in, when the sentence before is
    about one body and the post's own sentence names none (which might be its body)."""
    post = role.lower()
    for rank in _RANKS:
        post = post.removeprefix(rank)
    if post not in _BODY_POSTS or any(c.dep_ == "poss" for c in head.children):
        return None  # "its chairman": the possessive says whose, or that no one can tell
    sent = head.sent
    name_end = head.i + 1
    while name_end < sent.end and sent.doc[name_end].pos_ == "PROPN":
        name_end += 1  # the name the post is set before, whatever the model read it as
    named = (t for t in sent if not head.i < t.i < name_end)
    if any(t.ent_type_ == "ORG" for t in named):
        return None
    return _owner_before(sent, write)


def post_owner(role: str | None, head: Token, write: Write) -> str | None:
    """The body a role's post is held in when the role's words do not say: the one "its"
    stands for ("Its chairman"), else the one the sentence before is about ("The Tarn Trust
    welcomed it. Chief executive Jo Roe said")."""
    return owner_of_its(head, write) or (_owner_before_post(role, head, write) if role else None)


def _agent(verb: Token) -> Token | None:
    """The one named after "by" of a passive verb, also of a verb it governs ("were to have
    been bought by ...")."""
    for word in (verb, *verb.children):
        for agent in (c for c in word.children if c.dep_ == "agent"):
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def with_inner_owner(role: str, tokens: list[Token], head: Token, write: Write) -> str:
    """``role`` with an "its" below its head ("head of its truck unit") written as the
    body it stands for ("head of Ostrava Motors' truck unit"), or as "the"."""
    its = next((t for t in tokens if t.lower_ == "its" and t.head.i != head.i), None)
    if its is None or not _ITS.search(role):
        return role
    owner = _inner_owner(its, write)
    if owner is None:
        return _ITS.sub("the", role, count=1)
    return _ITS.sub(lambda _: _possessive(owner), role, count=1)


def owned(role: str, owner: str) -> str:
    """A role of ``owner``: "chairman of Acme", or "Acme's head of sales" when the role has
    an "of" of its own."""
    if " of " in f" {role} ":
        return f"{_possessive(owner)} {role}"
    return f"{role} of {owner}"


def _possessive(owner: str) -> str:
    """ "Acme's", "Ostrava Motors'"."""
    return f"{owner}'" if owner.endswith("s") else f"{owner}'s"


def whose_owner(head: Token, write: Write) -> str | None:
    """ "Greenhill Care" for "director" in "Greenhill Care, whose managing director, Jo Roe,
    said": the body a "whose" before a post stands for, the noun its clause hangs from
    (or, the clause read as an appositive, the noun the post hangs from)."""
    owner = head.head
    if head.dep_ in _SUBJECTS and owner.dep_ == "relcl":
        owner = owner.head
    elif head.dep_ != "appos":
        return None
    return _written(owner, write) if owner.i < head.i and _one_body(owner) else None
