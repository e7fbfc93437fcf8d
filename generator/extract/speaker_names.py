"""People a speaker's subject names without an entity: by a role noun, or a name the NER missed.

"The Tory leader said" is the one person of the story whose stated role is a
"... leader"; "Owen Marsh said", with no entity on "Owen Marsh", is a new
person. Both give None when the text leaves any doubt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from generator.extract.entities import ORG, PERSON, Entity, Mention, judged_no_person
from generator.extract.gazetteer import gazetteer
from generator.extract.hyphens import closed_hyphen
from generator.extract.lexicon import Lexicon, normalize
from generator.extract.nlp import common_noun_plural
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import is_role_word
from generator.extract.role_phrases import person_noun
from generator.extract.role_tables import role_words
from generator.extract.roles import role_of
from generator.extract.shapes import names_a_body
from generator.extract.speaker_described_names import described_elsewhere
from generator.extract.speaker_dropped_names import dropped_given_name
from generator.extract.speaker_set_off_names import described_after
from generator.extract.speech import NOT_PERSON_LABELS, ROLE_QUALIFIERS, words
from generator.extract.speech_offices import role_holds, role_terms, titled_as

#: Words after a surname that tell generations apart ("Jr", "III"), not the surname.
GENERATION_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
#: NER labels of a body's or a people's word that may qualify a name before it.
_GROUP_LABELS = frozenset(["NORP", "ORG"])
#: Above this an appositive number is no age ("Tove, 66" is; "Tove, 1999" is not).
MAX_AGE = 120


def person_by_role(
    token: Token, people: Sequence[Entity], recent: Callable[[], Entity | None]
) -> Entity | None:
    """ "the Tory leader" -> the one person whose stated role is a "... leader".

    A title written before any mention of the person ("Mayor Hollis")
    counts as a stated role too. When several hold it, the one the story was just
    about (``recent``) does, or else the only one who holds it as an office of its own.
    """
    if token.lower_ in words().unnamed_roles:
        return None
    role = [t.lower_ for t in role_modifiers(token) if t.lower_ not in ROLE_QUALIFIERS]
    titled = [p for p in people if titled_as(p, token.lower_, role)]
    matching = [*titled, *(p for p in people if p.role and role_holds(p.role, role))]
    found = {id(p): p for p in matching}
    if len(found) == 1:
        return matching[0]
    if not found:
        return None
    last = recent()
    if last is not None and id(last) in found:
        return last  # "Jo Ames, president of a club, said ... the president said"
    # "the president" with a President and a "president of the NAACP": an office of an
    # organization the phrase does not name is another one.
    plain = {
        id(p): p
        for p in matching
        if any(p is t for t in titled) or not _office_of(p.role or "", token.lower_)
    }
    return next(iter(plain.values())) if len(plain) == 1 else None


def _office_of(role: str, noun: str) -> bool:
    """Whether a stated role gives the noun as the office of something ("president of the
    club", "head of research")."""
    words = role_terms(role)
    return any(w == noun and words[i + 1 : i + 2] == ["of"] for i, w in enumerate(words))


def role_modifiers(noun: Token) -> list[Token]:
    """A role noun and the words that qualify it before it ("the Jordanian crown prince"), not
    the words of a clause after it ("the prince, who is on a private visit")."""
    found = [noun]
    stack = [noun]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in ("compound", "amod") and child.i < noun.i:
                found.append(child)
                stack.append(child)
    return found


def missed_person(
    subject: Token,
    owners: dict[int, Entity],
    people: Sequence[Entity],
    lex: Lexicon,
    full_names: Callable[[], dict[str, Span]],
    trust_ner: bool = True,
) -> Entity | None:
    """The person a proper-noun subject names when no entity owns it.

    Only capitalised proper nouns that no entity owns and that the NER did
    not call a place, organization or group count: two or three of them
    ("Owen Marsh"), a surname alone that the text writes in full
    elsewhere ("Brandt" after "Ian Brandt"), or a lone name that an
    appositive calls a person ("Tala, a farmer from the hills,"). A known person with that
    surname is returned as is; otherwise a new entity, which the caller keeps. The NER's
    labels count unless ``trust_ner`` is False (the text itself says a person).
    """
    doc = subject.doc
    start = subject.i
    while start > 1 and closed_hyphen(doc[start - 1]):
        start -= 2  # "Wray-Lindell": one surname in three tokens
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    # The name starts after the last title in the chain: "Bramford Mayor Linnea Crowe".
    titled = False
    for index in range(subject.i - 1, start - 1, -1):
        if doc[index].lower_ in lex.honorifics or is_role_word(doc[index], lex):
            start, titled = index + 1, True  # "Cllr", "DC": a rank's letters are a title
            break
    if not titled:
        start = _after_group_word(doc, start, subject.i, owners)
    span = doc[start : subject.i + 1]
    words = [t for t in span if not closed_hyphen(t)]
    # A title before two or three capitalised words says a person, whatever label
    # the NER guessed ("Sergeant Milo Brandt" read as a date).
    if len(words) > 3 or not all(is_name_word(t, owners, lex, trust_ner=False) for t in words):
        return None
    last = subject.i
    while last > start + 1 and closed_hyphen(doc[last - 1]):
        last -= 2
    surname = doc[last : subject.i + 1].text.lower()
    # The surname of a person of the story, whatever label the NER guessed; a name
    # that ends in it beats one with a generation suffix after it ("Jo Ames Jr").
    for known in people:
        if known.name.lower().split()[-1:] == [surname]:
            return known
    for known in people:
        if surname_of(known.name) == surname:
            return known
    if len(words) == 1:
        # "Lance said" after "Lance Pell": the one person of the story with that first name.
        bearer = first_name_bearer(surname, people)
        if bearer is not None:
            return bearer
    full = full_names().get(span[-1].lower_) if len(words) == 1 else None
    # A title before a surname that the text writes in full elsewhere says a person too
    # ("DC Oyle" after "Detective Constable Ann Oyle", "DC" read as a place).
    trusted = trust_ner and not (titled and (len(words) >= 2 or full is not None))
    if not all(is_name_word(t, owners, lex, trusted) for t in words):
        return None
    if len(words) == 1:
        # "Lord Tarrant said": a courtesy title before one name says a person, as an
        # appositive does.
        honoured = start > 0 and doc[start - 1].lower_ in lex.honorifics
        described = described_as_person(subject) or described_elsewhere(
            subject, described_as_person
        )  # or the model's person the entity step dropped for want of evidence
        described = described or dropped_given_name(subject, people)
        if full is None and not (honoured or described):
            return None
        span = full or span
    text = span.text
    if _names_no_person(span, lex) or (not titled and _name_goes_on(span, owners)):
        return None
    if _judged_otherwise(span, owners) or _ends_in_acronym(span):
        return None
    entity = Entity(PERSON, text, [Mention(span, PERSON, text, text)])
    entity.role = role_of(entity, lex)
    return entity


def _after_group_word(doc: Doc, start: int, end: int, owners: dict[int, Entity]) -> int:
    """Where a name starts after a body's or a people's word compounded before it ("fellow
    Tory Mark Lindon", where the NER labelled "Tory" and left the name out): that word
    qualifies the person as a title does, when two words of the name follow it."""
    for index in range(end - 2, start - 1, -1):
        owner = owners.get(index)
        if (owner is not None and owner.kind != PERSON) or doc[index].ent_type_ in _GROUP_LABELS:
            return index + 1
    return start


def _name_ending(subject: Token) -> Span:
    """The proper nouns compounded into a proper-noun subject, with it: "Kelham PD"."""
    doc = subject.doc
    start = subject.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start : subject.i + 1]


def missed_body(subject: Token, owners: dict[int, Entity]) -> Span | None:
    """The name of a body that a proper-noun subject ends and no entity owns, when its
    shape says so ("Kelham PD", "Selby Providers") and nothing before it runs it on."""
    span = _name_ending(subject)
    if not all(t.is_alpha and t.text[:1].isupper() and t.i not in owners for t in span):
        return None
    return span if names_a_body(span) and not _name_goes_on(span, owners) else None


def _names_no_person(span: Span, lex: Lexicon) -> bool:
    """Whether a name is a place's or a body's by the tables and its shape ("Port Selby",
    "Selby Providers", "Marlow PD", "Friends of the Heath"). A one-word name a city also
    bears may be a person's ("Tala"), so the gazetteer reads longer names only."""
    text = span.text
    return (
        lex.place(text) is not None
        or text.lower() in lex.organizations
        or (len(span) > 1 and gazetteer().lookup(text) is not None)
        or names_a_body(span)
        or _ends_in_a_common_plural(span)
    )


def _ends_in_a_common_plural(span: Span) -> bool:
    """Whether a name of several words that the model reads as no person's ends in the plural
    of a common noun after no given name: "Quillfern Games said" is a firm's words; "Ann
    Fields" (a given name) and "Dusty Rivers" (read as a person) keep their speakers."""
    last = span[-1]
    return (
        len(span) > 1
        and last.is_title
        and common_noun_plural(last.lower_)
        and given_name_sex(span[0].text) is None
        and not any(t.ent_type_ == "PERSON" for t in span)
    )


def _ends_in_acronym(span: Span) -> bool:
    """Whether a name of several words ends in capitals after words that are not ("Tarn
    RFC", "Norport MEPs"): a body's or a group's name; a person's surname is written so
    only where the whole name is ("JO AMES")."""
    last = span[-1].text
    if last.rstrip(".").lower() in GENERATION_SUFFIXES:
        return False  # "Tom Ames III": a person's generation
    letters = last[:-1] if last.endswith("s") and last[:-1].isupper() else last
    shouted = len(letters) > 1 and letters.isupper()
    return len(span) > 1 and shouted and not all(t.text.isupper() for t in span)


def named_no_person(subject: Token) -> bool:
    """Whether the entity step judged the name a proper noun ends to be no person's, by
    what the text says of it ("Tilly arrived" after "Tilly the sheepdog")."""
    return _ends_in_judged_name(_name_ending(subject))


def _ends_in_judged_name(span: Span) -> bool:
    """Whether the entity step judged the span's name, or a name it ends with ("Meet
    Biscuit" after "Biscuit the sheepdog"), to be no person's."""
    judged = judged_no_person(span.doc)
    return any(normalize(span[i:].text) in judged for i in range(len(span)))


def _judged_otherwise(span: Span, owners: dict[int, Entity]) -> bool:
    """Whether the entity step read this name as no person's: the name or a written form
    of one of the story's bodies, places or groups where the NER missed it ("Tarn Watch
    said" after "Tarn Watch, a charity,"), or a name the text gave to an animal or a thing
    ("Biscuit barked" after "her spaniel, Biscuit")."""
    key = normalize(span.text)
    if _ends_in_judged_name(span):
        return True
    others = {id(e): e for e in owners.values() if e.kind != PERSON}
    return any(
        key == normalize(e.name) or any(key == normalize(m.text) for m in e.mentions)
        for e in others.values()
    )


def _name_goes_on(span: Span, owners: dict[int, Entity]) -> bool:
    """Whether the words before a name make it part of a longer one or a description: a
    capitalised word inside the sentence ("Green Harbour Watch said", "in Under Grey
    Run") or an article ("the Good Neighbour said"), which no person's name takes."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.lower_ in ("the", "a", "an"):
        return True
    capital = before.is_alpha and before.text[:1].isupper() and not before.is_sent_start
    return capital and before.i not in owners


def surname_of(name: str) -> str | None:
    """The casefolded last word of a person's name, a generation suffix aside
    ("Tanner" of "Marcus Tanner Jr")."""
    parts = name.lower().split()
    while len(parts) > 1 and parts[-1].rstrip(".,") in GENERATION_SUFFIXES:
        parts.pop()
    return parts[-1] if parts else None


def first_name_bearer(word: str, people: Sequence[Entity]) -> Entity | None:
    """The one person whose full name starts with ``word``, when no one bears it as a
    surname: news copy calls people in human stories by their first name."""
    if any(surname_of(p.name) == word for p in people):
        return None
    bearers = {
        id(p): p for p in people if len(p.name.split()) >= 2 and p.name.split()[0].lower() == word
    }
    return next(iter(bearers.values())) if len(bearers) == 1 else None


def is_name_word(
    token: Token, owners: dict[int, Entity], lex: Lexicon, trust_ner: bool = True
) -> bool:
    """A capitalised word of a person's name that no entity owns (and, when the NER
    is trusted, that it did not label as something else)."""
    return (
        token.text[:1].isupper()
        and token.is_alpha
        and token.i not in owners
        and not (trust_ner and token.ent_type_ in NOT_PERSON_LABELS)
        and token.lower_ not in lex.role_words
        and token.lower_ not in lex.honorifics
    )


def full_names(doc: Doc, owners: dict[int, Entity], lex: Lexicon) -> dict[str, Span]:
    """Surname -> the one two- or three-word proper name ending in it."""
    found: dict[str, set[str]] = {}
    spans: dict[str, Span] = {}
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound":
            start -= 1
        while start < token.i and not is_name_word(doc[start], owners, lex):
            start += 1  # "Foreign Minister Ruth Anker": the name only
        while token.i - start >= 2 and doc[start].lower_ in role_words().people:
            start += 1  # "Detective Constable Ruth Anker": nouns for people are no name
        span = doc[start : token.i + 1]
        if 2 <= len(span) <= 3 and all(is_name_word(t, owners, lex) for t in span):
            found.setdefault(token.lower_, set()).add(span.text)
            spans.setdefault(token.lower_, span)
    return {k: spans[k] for k, forms in found.items() if len(forms) == 1}


def short_organization(
    subject: Token, owners: dict[int, Entity], organizations: Sequence[Entity]
) -> Entity | None:
    """The organization a short form of its name is ("the Times" after "the New York
    Times", "Acme" after "Acme Holdings"), when exactly one begins or ends with it, or
    whose full name it is where the NER missed it.

    The form becomes a mention of the organization, so that its record lists it.
    """
    if subject.ent_type_ not in ("ORG", "") or subject.i in owners:
        return None
    doc = subject.doc
    start = subject.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    span = doc[start : subject.i + 1]
    if not all(t.text[:1].isupper() and t.i not in owners for t in span):
        return None
    form = [t.lower_ for t in span]
    size = len(form)
    matching = []
    for entity in organizations:
        name = entity.name.lower().split()
        # Also the full name where the NER missed one use of it ("Tarn Watch proposed").
        if form == name or (len(name) > size and form in (name[:size], name[-size:])):
            matching.append(entity)
    if len(matching) != 1:
        return None
    found = matching[0]
    found.mentions.append(Mention(span, ORG, span.text, found.name))
    for token in span:
        owners[token.i] = found
    return found


def described_as_person(name: Token) -> bool:
    """ "Tove, a resident of X, said", "said Tove, 66", "said Tove, a 66-year-old": a lone
    name with an appositive noun for a person or an age, or a person noun set off after
    it that the parser made a subject ("Tove, the girl's aunt told")."""
    return described_after(name) or any(
        child.dep_ == "appos"
        and (
            (child.pos_ == "NOUN" and person_noun(child.lower_))
            or (child.text.isdigit() and 0 < int(child.text) < MAX_AGE)
            or _aged(child)
        )
        for child in name.children
    )


def _aged(noun: Token) -> bool:
    """Whether a noun phrase gives an age before its noun ("a cheerful 31-year-old")."""
    before = {t.lower_ for t in noun.doc[noun.left_edge.i : noun.i + 1]}
    return {"year", "old"} <= before or any(w.endswith("-year-old") for w in before)
