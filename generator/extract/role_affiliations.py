"""Whom someone is with, read after the name: "Jane Roe, of the Acme Institute, said".

An organisation's name after "of", "from", "for" or "at" next to a name says where the
person works or whom they speak for. The model labels such names unevenly, so a body's
name is also read when it opens with a place ("of UK Harbours"), when the model called it
a law or a work, when a kind of body in lower case goes before it ("of campaign group
Fair Roads"), or when it is capitalised words the model left unlabelled. A part of a body
named in lower case after it, up to a body's noun, belongs to it ("from Kent police's
traffic unit"), and so does a body named in lower case alone ("from the finance office
of the council").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.name_spans import entity_span
from generator.extract.referent_names import OTHER_BODY_NOUNS
from generator.extract.role_name_ends import phrase_rest
from generator.extract.role_phrases import trim, write_role
from generator.extract.role_surface import AFFILIATED_ENTS, MAX_PHRASE_TOKENS, after_marks
from generator.extract.speech import words

__all__ = ["affiliation"]

#: Labels the model gives a body's name after "of" by mistake ("of the Fair Play Act").
_MISLABELLED_BODIES = frozenset({"LAW", "WORK_OF_ART", "PRODUCT", "EVENT"})
#: Last words of a street's name, which ends an address ("of Larch Road"), no body's name.
_STREET_WORDS = frozenset(
    {"road", "street", "avenue", "close", "lane", "drive", "crescent", "terrace", "grove"}
    | {"gardens", "mews", "walk", "rise", "parade", "boulevard", "cottages", "villas"}
)


def affiliation(span: Span) -> str | None:
    """ "of the Acme Institute" in "Jane Roe, of the Acme Institute, said", and "from
    the University of Leeds"."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = after_marks(doc, span.end)
    if at < len(doc) and tokens[at].text == ",":
        at += 1
    if at >= len(doc) or tokens[at].lower_ not in ("of", "from", "for", "at"):
        return None
    if _verbs_object(span, tokens[at]):
        return None
    start = at + 1
    if start < len(doc) and tokens[start].lower_ == "the" and tokens[start].ent_iob_ != "B":
        start += 1
    if start >= len(doc):
        return None
    if tokens[at].lower_ == "at":
        return _works_at(span, at, start)
    kind = _kind_before_name(doc, start)
    if kind is not None:  # "of the campaign group Fair Roads"
        return write_role(trim(list(doc[at : _name_end(doc, kind)])))
    if start > at + 1 and tokens[start].ent_iob_ == "O" and tokens[start].is_lower:
        # "from the finance office of the council", said of the name (not "sent to Jo
        # Roe from the press office", where it was sent from)
        lower = _lower_body_end(doc, start) if _of_the_name(span, tokens[at]) else None
        return write_role(trim(list(doc[at:lower]))) if lower else None
    # The model may run the name on ("Jane Roe of Free" as one person): words it
    # took into the name are as unlabelled as any.
    named_to = span.end
    while named_to < len(doc) and tokens[named_to].ent_iob_ == "I" and span[-1].ent_iob_ != "O":
        named_to += 1
    if tokens[start].ent_iob_ == "B" and tokens[start].ent_type_ in AFFILIATED_ENTS:
        named = _joint_name_end(doc, entity_span(tokens[start]).end)
        end = _body_words_end(doc, named) or _with_kind(doc, named)
    elif tokens[start].ent_iob_ == "O" or start < named_to:
        end = _unlabelled_name_end(doc, start, named_to)
    else:
        body_end = _body_after_place(doc, start)
        if body_end is None:
            return None  # a place, a date or a person: not whom someone is with
        end = body_end
    if end <= start or _address(doc, at, end):
        return None
    # "of the Acme System Operator": a word of the body's name the model left out
    return write_role(trim(phrase_rest(list(doc[at:end]), range(span.start, span.end))))


def _joint_name_end(doc: Doc, named: int) -> int:
    """The end of a body's name that joins two places or names by "and", which the model
    labelled as two bodies ("Bedford and Luton Police", "Tarn and Vale Council"): past
    the second, when a body's name opens right after the "and"; else ``named``."""
    second = named + 1
    if second >= len(doc) or doc[named].lower_ != "and" or doc[second].ent_iob_ != "B":
        return named
    return entity_span(doc[second]).end if doc[second].ent_type_ == "ORG" else named


def _of_the_name(span: Span, prep: Token) -> bool:
    """Whether the preposition after a name is set off by a comma or hangs from the name."""
    return prep.doc[prep.i - 1].text == "," or span.start <= prep.head.i < span.end


def _address(doc: Doc, at: int, end: int) -> bool:
    """Whether "of" or "from" at ``at`` gives where someone lives, a street up to ``end``:
    "Jo Roe, of Larch Road, Ashby," is a resident, not one of a body so named."""
    return doc[at].lower_ in ("of", "from") and doc[end - 1].lower_ in _STREET_WORDS


#: How the parse hangs a later name of a list on the one before.
_LISTED = frozenset({"conj", "appos"})


def _verbs_object(span: Span, prep: Token) -> bool:
    """Whether the name is a verb's object and the preposition after it the verb's too:
    "pulled Ellie Roe from the river", "told Jo Ames of the risk" say where or what, not
    whom the person is with. Every name of a listed object is the verb's object too (of
    three tenants a landlord evicted from a farm, the third is not of the farm), however
    the parse hangs the later names on the first: as a second of it, or set beside it."""
    verb = prep.head
    root = span.root
    while root.dep_ in _LISTED and root.head.i < root.i and root.head.ent_type_ == "PERSON":
        root = root.head
    return (
        verb.pos_ == "VERB"
        and not span.start <= verb.i < span.end
        and root.dep_ == "dobj"
        and root.head == verb
    )


def _body_after_place(doc: Doc, start: int) -> int | None:
    """The end of a body's name that opens with a place the model labelled apart ("UK
    Harbours", "Tarn UAF"), with any kind of body in lower case after it, or of one
    it labelled a law or a work that such a kind follows ("the Fair Play For Kids
    charity"); None for a place alone ("of Tarn"), a date or a person."""
    label = doc[start].ent_type_
    if label in _MISLABELLED_BODIES:
        named = entity_span(doc[start]).end
        kind = _with_kind(doc, named)
        # "of Tarn, said" may be a home so labelled; a kind of body says it is none, and so
        # does a body's noun closing the name ("of the Fair Roads Trust")
        last = doc[named - 1]
        kinded = kind > named or (last.is_lower and last.pos_ == "NOUN") or _body_noun(last)
        return kind if kinded else None
    if label not in ("GPE", "LOC"):
        return None
    end = entity_span(doc[start]).end
    part = _body_words_end(doc, end)
    if part is not None:  # "Kent police's traffic unit"
        return part
    if end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "ORG":
        return _with_kind(doc, entity_span(doc[end]).end)
    named = end
    while named < len(doc) and doc[named].ent_iob_ == "O" and doc[named].pos_ == "PROPN":
        if not (doc[named].is_title or doc[named].is_upper):
            break
        named += 1
    return _with_kind(doc, named) if named > end else None


def _with_kind(doc: Doc, end: int) -> int:
    """``end`` moved past a kind of body in lower case that follows a body's name ("the
    Acme charity"), when a comma or a verb comes after it."""
    kind = end
    while kind < len(doc) and kind - end < MAX_KIND_WORDS and doc[kind].is_lower:
        if doc[kind].pos_ != "NOUN" or doc[kind].ent_iob_ != "O":
            break
        kind += 1
    closed = kind < len(doc) and (doc[kind].text == "," or doc[kind].pos_ in ("VERB", "AUX"))
    return kind if kind > end and closed else end


def _works_at(span: Span, at: int, start: int) -> str | None:
    """ "at Norport General Hospital" in "Jo Roe at Norport General Hospital said": an
    organisation's whole name after "at", which the parse hangs from the name of one
    who acts or speaks (not "met Jo Roe at Acme" or a caption "Jo Roe at the Gala",
    where she was; not "at Acme's offices", a place)."""
    doc = span.doc
    if doc[at].head.i not in range(span.start, span.end) or span.root.dep_ != "nsubj":
        return None
    if doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "ORG":
        return None
    end = entity_span(doc[start]).end
    if doc[end - 1].tag_ == "POS" or (end < len(doc) and doc[end].tag_ == "POS"):
        return None
    return write_role(trim(list(doc[at:end])))


#: Lower-case words that may say what kind of body follows ("human rights group").
MAX_KIND_WORDS = 3


def _kind_before_name(doc: Doc, start: int) -> int | None:
    """Where the organisation starts in "campaign group Fair Roads" (a kind of body in
    lower case, then its name) from ``start``, or None."""
    at = start
    while (
        at < len(doc)
        and at - start < MAX_KIND_WORDS
        and doc[at].is_lower
        and doc[at].pos_ in ("NOUN", "ADJ")
        and doc[at].ent_iob_ == "O"
    ):
        at += 1
    if at == start or at >= len(doc) or doc[at - 1].pos_ != "NOUN":
        return None
    if doc[at].ent_iob_ == "B" and doc[at].ent_type_ in AFFILIATED_ENTS:
        return at
    # a name the model left unlabelled is a body's when a body's noun says so ("of pressure
    # group FairRoadsUK"); after another noun it may be anything ("of reporter Jo Ames")
    return at if _body_noun(doc[at - 1]) and _unlabelled_proper(doc[at]) else None


def _unlabelled_proper(token: Token) -> bool:
    """Whether the token is a capitalised proper noun outside any entity."""
    return token.ent_iob_ == "O" and token.pos_ == "PROPN" and token.text[:1].isupper()


def _name_end(doc: Doc, start: int) -> int:
    """The end of the name opening at ``start``: its entity's, or the run of unlabelled
    capitalised proper nouns."""
    end = entity_span(doc[start]).end if doc[start].ent_iob_ == "B" else start
    # "Fed Up Mums", "Hungry Then Angry": capitalised words the model left out of the name
    # or the tagger read as other parts of speech go on it, up to a mark after a proper noun
    run = end
    while run < len(doc) and doc[run].ent_iob_ == "O" and doc[run].is_title:
        run += 1
    if run > end and (run == len(doc) or doc[run].is_punct) and doc[run - 1].pos_ == "PROPN":
        return run
    if doc[start].ent_iob_ == "B":
        return end
    while end < len(doc) and _unlabelled_proper(doc[end]):
        end += 1
    return end


def _unlabelled(doc: Doc, at: int, named_to: int) -> bool:
    return doc[at].ent_iob_ == "O" or at < named_to


def _unlabelled_name_end(doc: Doc, start: int, named_to: int) -> int:
    """The end of a name the model did not label, as in "of Save the Quay ROC":
    capitalised words (and "the", "of", "and" between them), at least two, none in
    or next to an entity; ``start`` when there is none."""
    end = start
    capitalised = 0
    while end < len(doc) and end - start < MAX_PHRASE_TOKENS and _unlabelled(doc, end, named_to):
        token = doc[end]
        if token.is_title or (token.is_upper and token.is_alpha):
            capitalised += 1
        elif token.lower_ not in ("the", "of", "and") or end == start:
            break
        end += 1
    if end < len(doc) and not _unlabelled(doc, end, named_to):
        return start  # the name runs into an entity: not read here
    while end > start and not (doc[end - 1].is_title or doc[end - 1].is_upper):
        end -= 1
    return end if capitalised >= 2 else start


#: Nouns for a part of a body, besides the nouns for a body itself ("the traffic unit").
_PART_NOUNS = frozenset(["unit", "team", "squad", "division", "branch", "police", "section"])
#: Most lower-case words that name a body or a part of one ("serious collision unit").
MAX_BODY_WORDS = 5


def _body_noun(token: Token) -> bool:
    word = token.lower_
    return word in words().organization_nouns or word in OTHER_BODY_NOUNS or word in _PART_NOUNS


def _body_words_end(doc: Doc, start: int) -> int | None:
    """The end of lower-case words from ``start`` that close on a body's noun with no noun
    after it: a part of a body after its name ("Kent police's traffic unit"), or a body
    named in lower case ("finance office"); None when no body's noun closes them."""
    end = None
    at = start
    while at < len(doc) and at - start <= MAX_BODY_WORDS:
        token = doc[at]
        if token.tag_ == "POS" and at > start:
            at += 1
            continue
        if not token.is_lower or token.ent_iob_ != "O" or token.pos_ not in _WORD_TAGS:
            break
        if token.pos_ == "VERB" and token.tag_ not in _PARTICIPLES:
            break  # "of Kent Police said outside court": a clause's verb ends the body
        if _body_noun(token):
            end = at + 1
        at += 1
    if end is None or (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):
        return None
    return end


#: Parts of speech of the words of a body named in lower case ("policing" may be a verb).
_WORD_TAGS = frozenset({"NOUN", "ADJ", "VERB"})
#: The forms of a verb that name a kind of body or unit ("policing unit", "armed unit").
_PARTICIPLES = frozenset({"VBG", "VBN"})


def _lower_body_end(doc: Doc, start: int) -> int | None:
    """The end of a body named in lower case after "the", with whose body it is: "finance
    office of the council", "press office of Acme"; None when no body's noun closes it."""
    end = _body_words_end(doc, start)
    if end is None:
        return None
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        owner = end + 1
        if doc[owner].lower_ == "the" and owner + 1 < len(doc):
            owner += 1
        if doc[owner].ent_iob_ == "B" and doc[owner].ent_type_ in AFFILIATED_ENTS:
            return entity_span(doc[owner]).end
        return _body_words_end(doc, owner) or end
    return end
