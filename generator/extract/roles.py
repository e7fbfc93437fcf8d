"""Roles of people, as the text states them.

A role is the noun phrase the text uses to say who someone is. News copy puts
it in a few places, all read here from the parse:

* a title before the name: "Iraqi Foreign Minister Fuad Hussein", "his aunt
  Jane Roe", "Acme founder Jo Ames" (the words left of the name up
  to a determiner, punctuation or verb, ending in a noun);
* an appositive in either order: "Asaad al-Shaibani, Syria's interim foreign
  minister," and "Syria's interim foreign minister, Asaad al-Shaibani,";
* a copula: "Jane Roe, who is chief executive of Acme," and "Roe is the
  chief executive of Acme"; a job: "Roe, who is representing the family,";
* an affiliation: "Jane Roe, of the Acme Institute, said";
* failing all these, a description in the sentences around the name, before
  anyone else is named (`role_context`): "Jane Roe ... . The Quality Manager
  from Leeds said", "A Harlem resident hooked ... . Luis Roe said".

Each phrase is cut before any clause hanging off it, loses its determiner and
possessive pronoun ("his brother Rob" -> "brother"; a named owner stays:
"Rob's brother"), and has its abbreviations written in full ("Sen." ->
"Senator"). One role is kept per person (`role_choice`): the most descriptive
one, with one more description that says something else.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon, lexicon
from generator.extract.role_choice import Found, chosen, joined, mended
from generator.extract.role_context import SUBJECTS, bare, referred_after, referred_before
from generator.extract.role_phrases import (
    NOT_TITLE_ENTS,
    RoleWords,
    appointed_as,
    attribute_of,
    is_role_word,
    job_of,
    names_someone,
    role_phrase,
    role_words,
    singular,
    trim,
    works_as,
    write_role,
)
from generator.extract.role_surface import (
    affiliation,
    appointed_to,
    called,
    marked_appositive,
    organization_before,
    set_off_after,
    titles_next_name,
)

#: Words of an office named before a name ("Secretary for Business and Trade").
MAX_OFFICE_WORDS = 4
#: How the parser ties a name to the one before it in a list ("Roe, Poe and Doe").
_LISTED = ("conj", "appos")
#: Steps up from a noun to the person noun whose phrase holds it.
MAX_CLIMB = 6
_OFFICE_JOINS = frozenset({"the", "and", "&"})


# --- where roles are stated ----------------------------------------------------------


def entity_span(token: Token) -> Span:
    """The named entity ``token`` belongs to (or the token alone)."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _title_end(span: Span, lex: Lexicon) -> int | None:
    """Index of the last token of a title right before ``span``, or None."""
    doc = span.doc
    if len(span) > 1 and is_role_word(span[0], lex):
        return span.start  # "Olympian Ken Harlow" read as one name: its title leads it
    end = _unprefixed_start(span, lex)  # "Former chancellor Mr Clarke": skip "Mr"
    if end > 1 and doc[end - 1].text == "." and not doc[end - 2].whitespace_:
        # "Sens" "." split by the tokenizer: the dot belongs to the title; any
        # other word before a dot ends a sentence ("... a campaign aide. Whitlow").
        if doc[end - 2].lower_ + "." not in role_words().abbreviations:
            return None
        end -= 1
    if end > 0 and is_role_word(doc[end - 1], lex):
        return end - 1
    if end > 0 and _hyphenated(doc[end - 1]) and _names_someone_in_run(doc, end - 1, lex):
        return end - 1  # "mother-of-three Jane Roe"
    if end > 0 and names_someone(doc[end - 1], lex, plural=True):
        # A common noun is a title only when the parse ties it to the name
        # ("his aunt Jane Roe"), not in "In this case Roe was released".
        title = doc[end - 1]
        if title.head.i in range(span.start, span.end) or span.root.head.i == title.i:
            return end - 1
        return None
    # "Lakeside Mayor Lovely Hart" read as "Warren": skip given names the
    # model left out of the name, but only to reach a title word.
    probe = end
    while probe > 0 and end - probe < 2 and doc[probe - 1].pos_ == "PROPN":
        probe -= 1
        if doc[probe].head.i != span.root.i or doc[probe].dep_ != "compound":
            break
        if probe > 0 and is_role_word(doc[probe - 1], lex):
            return probe - 1
    return None


def _unprefixed_start(span: Span, lex: Lexicon) -> int:
    """Where the name starts once courtesy titles before it are left out."""
    start = span.start
    while start > 0 and _courtesy(span.doc[start - 1], lex):
        start -= 1
    return start


def _courtesy(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a courtesy title ("Mr", "Lady"; not "lady" of "first lady")."""
    return token.lower_ in lex.honorifics and not token.is_lower


def _office_of(span: Span, lex: Lexicon) -> int | None:
    """The title word of "Secretary of State", "Minister for Health" or "Archbishop of
    Canterbury" right before a name, whose capitalised office runs up to the name."""
    doc = span.doc
    at = _unprefixed_start(span, lex) - 1
    office = 0
    while at > 0 and office < MAX_OFFICE_WORDS:
        token = doc[at]
        if token.ent_type_ == "PERSON" or not (token.is_title or token.lower_ in _OFFICE_JOINS):
            break
        at -= 1
        office += 1
    # "of the Exchequer" may start with a join; an office may not ("the Acme Jo Roe").
    if office == 0 or (doc[at + 1].lower_ in _OFFICE_JOINS and doc[at].lower_ not in ("of", "for")):
        return None
    if at < 1 or doc[at].lower_ not in ("of", "for") or not doc[at - 1].is_title:
        return None
    return at - 1 if is_role_word(doc[at - 1], lex) else None


def _breaks_title(token: Token, words: RoleWords) -> bool:
    return (
        token.is_space
        or "\n" in token.whitespace_
        or (
            token.ent_type_ in NOT_TITLE_ENTS
            and not (token.ent_type_ == "CARDINAL" and _hyphenated(token))
            and not (token.ent_type_ == "ORDINAL" and token.is_alpha)  # "First Minister"
        )
        # "Throughout the talks Vice President X": the object of a word before the title
        or (
            token.dep_ in ("pobj", "dobj", "acomp")
            and token.head.i < token.i
            and not _hyphenated(token)
        )
        or token.lower_ in words.temporal
        or (token.is_lower and token.text.endswith("ing") and token.text not in words.participles)
        # "Whitlow slammed Labour leader X": a verb in the past tense is an act, no title.
        or token.tag_ == "VBD"
        or (token.dep_ in ("poss", "det", "predet") and token.pos_ in ("PRON", "DET"))
    )


def _hyphenated(token: Token) -> bool:
    """Whether ``token`` is inside a hyphenated word ("of", "two" of "mother-of-two")."""
    doc = token.doc
    after = token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "HYPH" and not token.whitespace_
    before = token.i > 0 and doc[token.i - 1].tag_ == "HYPH" and not doc[token.i - 1].whitespace_
    return after or before


def _names_someone_in_run(doc: Doc, last: int, lex: Lexicon) -> bool:
    """Whether the word written without spaces that ends at ``last`` ("mother-of-two")
    holds a singular noun for a person."""
    start = last
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    return any(
        t.pos_ == "NOUN" and t.tag_ != "NNS" and names_someone(t, lex)
        for t in doc[start : last + 1]
    )


def _joins_titles(token: Token, lex: Lexicon) -> bool:
    """ "and" in "mother-of-two and charity worker Jane Roe": two roles before one name."""
    if token.lower_ != "and" or token.i == 0 or is_role_word(token.doc[token.i - 1], lex):
        return False  # "the prime minister and Chancellor Ivo Quist": two people
    return _names_someone_in_run(token.doc, token.i - 1, lex)


def title_before(span: Span, lex: Lexicon) -> str | None:
    """ "Iraqi Prime Minister" in "Iraqi Prime Minister Mohammed Shia al-Sudani"."""
    last = _title_end(span, lex)
    root = span.root
    if last is None and root.dep_ in _LISTED and root.head.ent_type_ == "PERSON":
        # "cricketers Jim Roe, Al Poe and Jon Doe": a plural title before the first
        # name is each one's.
        while root.dep_ in _LISTED and root.head.ent_type_ == "PERSON" and root.head.i < root.i:
            root = root.head
        first = entity_span(root)
        last = _title_end(first, lex) if first.start < span.start else None
        if last is None or span.doc[last].tag_ != "NNS":
            return None
        span = first
    start = last
    if last is None:
        start = _office_of(span, lex)
        last = None if start is None else _unprefixed_start(span, lex) - 1
    if last is None or start is None:
        return None
    doc = span.doc
    words = role_words()
    while start > 0:
        token = doc[start - 1]
        if token.ent_type_ == "PERSON" and not is_role_word(token, lex):
            # "Hart's brother", "Obama aide": a name that owns or qualifies the
            # title belongs to it, and the title ends there.
            owner = entity_span(token)
            if doc[start].tag_ == "POS" or owner.root.head.i in range(start, last + 1):
                start = owner.start
            break
        if _breaks_title(token, words):
            break
        fits = (
            token.tag_ == "POS"
            or token.dep_ in ("case", "amod", "compound", "nmod")
            or token.pos_ in ("PROPN", "NOUN", "ADJ")
            or is_role_word(token, lex)
            or (token.tag_ == "HYPH" and not token.whitespace_)
            or _hyphenated(token)
            or _joins_titles(token, lex)
        )
        if not fits:
            break
        start -= 1
        if token.is_sent_start:
            break
    tokens = trim(list(doc[start : last + 1]))
    if not tokens or tokens[-1].i != last:
        return None
    role = write_role(tokens)
    if role and doc[last].tag_ == "NNS" and role.endswith(doc[last].text):
        # "cricketers Jim Roe and Jon Doe": each of them is a cricketer.
        role = role[: -len(doc[last].text)] + singular(doc[last].text)
    return role


def _comma_before(span: Span, lex: Lexicon) -> int | None:
    """The comma that sets the name (with any title) off from what precedes it."""
    doc = span.doc
    at = span.start - 1
    while at >= 0 and (doc[at].lower_ in lex.honorifics or is_role_word(doc[at], lex)):
        at -= 1
    return at if at >= 0 and doc[at].text == "," else None


def _of_place(span: Span) -> bool:
    """Whether "of Kentucky" follows the name."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ == "of"
        and doc[span.end + 1].ent_type_ in ("GPE", "LOC")
    )


def _after(root: Token) -> Iterator[Token]:
    """Dependents of a name, and of a place it is "of" ("Roe of Kentucky, the ...")."""
    for child in root.children:
        yield child
        if child.dep_ == "prep" and child.lower_ == "of":
            for place in child.children:
                if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC"):
                    yield from place.children


def _one_paragraph(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` (inclusive) stand in one paragraph."""
    return not any(t.is_space or "\n" in t.whitespace_ for t in doc[start:end])


def appositive(span: Span, lex: Lexicon) -> str | None:
    """ "Syria's interim foreign minister" around "Asaad al-Shaibani" in either order."""
    root = span.root
    doc = span.doc
    skip = range(span.start, span.end)
    if set_off_after(span) or _of_place(span):
        for child in _after(root):
            if (
                child.dep_ == "appos"
                and child.i >= span.end
                and _one_paragraph(doc, span.start, child.i)
                and not titles_next_name(child)
            ):
                role = role_phrase(child, skip, lex)
                if role:
                    return role
    before = _comma_before(span, lex)
    if before is None:
        return None
    if root.dep_ == "appos" and root.head.i < span.start:
        if not _one_paragraph(doc, root.head.i, span.end):
            return None
        holder = _person_above(root.head, lex)
        return role_phrase(holder, skip, lex) if holder is not None else None
    # "by the ferry's captain, Hugh Dallow," parsed with the name as a second
    # object: the noun before the comma still hangs from the name.
    noun = span.doc[before - 1] if before > 0 else None
    if noun is not None and any(a.i == root.i for a in noun.ancestors):
        return role_phrase(noun, skip, lex)
    return None


def _person_above(token: Token, lex: Lexicon) -> Token | None:
    """``token`` if it names someone, else the outermost person noun whose phrase
    holds it: "spokesman" for "Dusseldorf" in "a spokesman for the office in
    Dusseldorf, Jo Roe,", "mother" in "the mother of a boy from Leeds, Jo Roe,",
    where the parser tied the name to the last noun."""
    if names_someone(token, lex):
        return token
    found = None
    for _ in range(MAX_CLIMB):
        if token.dep_ not in ("pobj", "prep"):
            break
        token = token.head
        if names_someone(token, lex):
            found = token
    return found


def copula(span: Span, lex: Lexicon) -> str | None:
    """ "chief executive of Acme" in "Roe, who is chief executive of Acme," or "Roe is
    ...", and "nurse" in "Roe, who works as a nurse,"."""
    root = span.root
    skip = range(span.start, span.end)
    for child in root.children:
        if child.dep_ == "relcl" and child.i >= span.end:
            subject = next((c for c in child.children if c.dep_ in SUBJECTS), None)
            attribute = attribute_of(child) or works_as(child) or appointed_as(child)
            if subject is None or subject.lower_ != "who":
                continue
            if attribute is not None:
                return role_phrase(attribute, skip, lex)
            job = job_of(child)
            if job:
                return job
    if root.dep_ in SUBJECTS and root.head.i > root.i:
        verb = root.head
        attribute = attribute_of(verb) or works_as(verb) or appointed_as(verb)
        # "Roe, Lee ‘was a patient host’": quoted words, maybe about someone else.
        quoted = any(t.is_quote for t in span.doc[span.end : verb.i])
        if attribute is not None and not quoted and not any(c.dep_ == "neg" for c in verb.children):
            return role_phrase(attribute, skip, lex)
    return None


def role_of(entity: Entity, lex: Lexicon | None = None) -> str | None:
    """The most descriptive role the text states for a person, or None."""
    lex = lex or lexicon()
    if entity.kind != PERSON:
        return None
    # The person's own name words, to tell them from others a sentence names.
    own = frozenset(
        bare(word) for m in entity.mentions for word in [*m.text.split(), *entity.name.split()]
    )
    full_name = len(entity.name.split())
    generic = role_words().generic
    found: list[Found] = []
    for mention in sorted(entity.mentions, key=lambda m: m.span.start_char):
        span = mention.span
        title = title_before(span, lex) or organization_before(span)
        described = (
            appositive(span, lex)
            or marked_appositive(span, lex)
            or copula(span, lex)
            or affiliation(span)
            or appointed_to(span, lex)
            or called(span, lex)
        )
        role = joined(title, described)
        if role and role.lower() not in generic:
            full = len(mention.text.split()) >= full_name
            courteous = span.start > 0 and _courtesy(span.doc[span.start - 1], lex)
            found.append(Found(role, full, described is not None, full or courteous))
    first = min(entity.mentions, key=lambda m: m.span.start_char)
    if not found:
        # Only when the text states no role beside the name.
        for mention in sorted(entity.mentions, key=lambda m: m.span.start_char):
            role = mended(referred_after(mention.span, lex, own))
            if role:
                return role
    return chosen(found, referred_before(first.span, lex))
