"""People's names: titles read, lists and bylines cut, partial names merged into full ones.

"Shaibani" after "Asaad al-Shaibani" is the same person; a surname the NER
missed is found again. A span that a title before it makes a person's name,
whatever the model called it, is `titled_people`'s.
"""

from __future__ import annotations

from bisect import insort
from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.family_names import (
    after_courtesy_title,
    fitting_title,
    full_names_at,
    introduced_as_kin,
    name_tokens,
    other_generation,
    same_office,
    stands_alone,
    surname_held,
    surname_writings,
    titles_before,
    written_at,
)
from generator.extract.lexicon import Lexicon, cues, normalize, people_nouns
from generator.extract.mentions import (
    ORG,
    PERSON,
    PLACE,
    Mention,
    hyphened_to,
    place_named,
)
from generator.extract.name_particles import NAME_PARTICLE_WORDS
from generator.extract.org_short_forms import company_short_forms
from generator.extract.person_trade_words import trade_before_name
from generator.extract.sentence_openers import (
    noun_before_famous_place,
    noun_given_names,
    opens_sentence,
    trade_opener,
)
from generator.extract.titled_of_bodies import person_of_body


def _partial_of(short: list[str], full: list[str]) -> bool:
    if not short or len(short) >= len(full):
        return False
    if len(short) == 1:
        return short[0] in full
    return all(part in full for part in short)


def _holders(keys: list[str]) -> dict[str, list[int]]:
    """Name part -> positions of the keys holding it, in ascending order."""
    out: dict[str, list[int]] = defaultdict(list)
    for position, key in enumerate(keys):
        for part in dict.fromkeys(name_tokens(key)):
            out[part].append(position)
    return out


def resolve_people(mentions: list[Mention]) -> None:
    """Point every partial name at the full name it shortens (in place).

    A partial joins the full name mentioned most recently before it, else
    the first one in the text: "Hussein" after "Fuad Hussein" is Fuad Hussein.
    Of a name that several people share (a family, a father and his namesake
    son), a bearer introduced as someone's kin ("her son Owen Whitlow") is not
    the one a partial names while another bearer is not so introduced: the story
    is about the other one. "Mr Whitlow" or "Mrs Whitlow" may be either, so it
    takes the nearest. When several full names end in a surname that the story
    writes alone again and again before any of them, the surname stays a person of
    its own (`family_names.stands_alone`): the full names are relatives, unless one of
    them bears the title of office the lone surname bears (`family_names.same_office`).
    A full name holds every part of its partial, so only the mentions holding
    the partial's first part are compared (an index by part, kept up to date as
    partials take their full name): near-linear in the mentions.
    """
    people = [m for m in mentions if m.kind == PERSON]
    # Longest first; names of one length in order of first mention.
    forms = sorted(dict.fromkeys(m.key for m in people), key=lambda k: -len(name_tokens(k)))
    holders = _holders([m.key for m in people])
    kin = introduced_as_kin(people)
    written = written_at(people)
    full = full_names_at(people)
    titles = titles_before(people)
    alone: set[str] = set()  # surnames that are a person of their own
    for index, mention in enumerate(people):
        short = name_tokens(mention.key)
        if not short:
            continue
        candidates = [
            people[i]
            for i in holders.get(short[0], ())
            if len(name_tokens(people[i].key)) > len(short)
            and _partial_of(short, name_tokens(people[i].key))
            and not other_generation(mention.key, people[i].key, full)
        ]
        if not candidates:
            continue
        # Prefer the surname: "Hussein" is more likely "Fuad Hussein" than "Hussein Ali".
        by_surname = [c for c in candidates if name_tokens(c.key)[-1] == short[-1]]
        family = len({c.key for c in by_surname}) > 1
        if family and stands_alone(mention.key, by_surname, written, full):
            if (office_holder := same_office(mention.key, by_surname, titles)) is None:
                alone.add(mention.key)
                continue
            mention.key = office_holder
            continue
        pool = fitting_title(mention, by_surname or candidates)
        if not pool:
            alone.add(mention.key)  # "Mr Vell" beside only "Ann Vell": her husband, say
            continue
        # "Mr Whitlow" / "Mrs Whitlow" tells the bearers apart by sex: the nearest one fits.
        titled = after_courtesy_title(mention)
        principals = (pool if titled else [c for c in pool if c.key not in kin]) or pool
        surname = short[-1] if by_surname else None  # "Mark" of "Mark Lee" is no surname
        before = surname_writings(surname, principals, mention.span.start_char)
        chosen = (
            max(before, key=lambda c: c.span.start_char)
            if before
            else min(principals, key=lambda c: c.span.start_char)
        )
        if family and not titled and surname_held(mention.key, before, written, full):
            chosen = min(before, key=lambda c: c.span.start_char)
        mention.key = chosen.key
        for part in dict.fromkeys(name_tokens(chosen.key)):
            if part not in short:
                insort(holders[part], index)
    # Chains: "Sudani" -> "Mohammed al-Sudani" -> "Mohammed Shia al-Sudani".
    longest = {k: k for k in forms}
    form_holders = _holders(forms)
    for form in forms:
        parts = name_tokens(form) if form not in alone else []
        for position in form_holders.get(parts[0], ()) if parts else ():
            if _partial_of(parts, name_tokens(forms[position])) and not other_generation(
                form, forms[position], full
            ):
                longest[form] = longest[forms[position]]
                break
    for mention in people:
        mention.key = longest.get(mention.key, mention.key)


def adopt_person_parts(mentions: list[Mention]) -> None:
    """An organization or place that is part of a person's name is that person.

    The model calls "Rufayi" an organization; when the text also names
    "Abdullah Makki Muslih al-Rufayi" the mention is a surname, not an org.
    Only mentions the data tables did not place, and whose name has no evidence
    of its kind beyond the model's label, are moved: the text weighs a name as a
    whole ("Shares in Tarnley ... patience with Tarnley", which says nothing on
    its own, are both the firm). Nor is the short form of a company of the story
    ("Tarnley" beside "Tarnley Motors"), which the founder "Ada Tarnley" may share.
    """
    people = {m.key: name_tokens(m.key) for m in mentions if m.kind == PERSON}
    said: dict[tuple[str, str], float] = defaultdict(float)
    for mention in mentions:
        said[normalize(mention.text), mention.kind] += mention.votes.get(mention.kind, 0.0)
    companies = company_short_forms(normalize(m.key) for m in mentions if m.kind == ORG)
    for mention in mentions:
        if mention.kind not in (ORG, PLACE) or mention.fixed:
            continue
        if said[normalize(mention.text), mention.kind] > 1.0:
            continue
        if mention.kind == ORG and normalize(mention.text) in companies:
            continue
        if mention.kind == PLACE and mention.place and mention.place.kind != "other":
            continue
        tokens = name_tokens(mention.text)
        if len(tokens) != 1:
            continue
        owners = [key for key, parts in people.items() if len(parts) > 1 and tokens[0] in parts]
        if owners:
            mention.kind, mention.key, mention.place = PERSON, owners[0], None


def bare_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Surnames the NER missed ("Shaibani held talks"), as mentions of their person.

    Only a proper noun equal to the last part of exactly one person's name
    counts: first names ("Mohammed") are shared too often to be safe. A word
    the document names as an organization or a place elsewhere stays unread.
    """
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    # "Ken Morrow" and the chain "Morrow": the document has given the bare word its kind.
    named_otherwise = {normalize(m.text) for m in mentions if m.kind != PERSON}
    surnames: dict[str, set[str]] = {}
    for mention in mentions:
        parts = name_tokens(mention.key)
        if mention.kind == PERSON and parts:
            surnames.setdefault(parts[-1], set()).add(mention.key)
    if not surnames:
        return sorted(mentions, key=lambda m: m.span.start)
    added = []
    tokens = tokens_of(doc)
    for i, text in enumerate(words_of(doc).texts):
        # The tagger sometimes calls a rare surname a noun ("Safadi told
        # reporters"); the capital and the exact match are the evidence. The capital is
        # asked first, of the doc's words: it is the cheapest test, and most words fail it.
        if not text[:1].isupper() or i in taken:
            continue
        token = tokens[i]
        if token.pos_ not in ("PROPN", "NOUN", "ADJ", "X"):
            continue
        if normalize(token.text) in named_otherwise or hyphened_to(doc, token.i, token.i + 1):
            continue  # nor "Vance" of "Arroyo-Vance", another name
        parts = name_tokens(token.text)
        owners = surnames.get(parts[0]) if len(parts) == 1 else None
        if owners and len(owners) == 1:
            span = doc[token.i : token.i + 1]
            added.append(Mention(span, PERSON, token.text, next(iter(owners))))
    return sorted([*mentions, *added], key=lambda m: m.span.start)


def split_byline(span: Span, datelines: dict[int, int]) -> list[Span]:
    """A name run into a dateline, "Jim Smith WASHINGTON", as the name and the place."""
    for first, end in datelines.items():
        if span.start < first < span.end:
            name, place = span.doc[span.start : first], span.doc[first:end]
            name.label_, place.label_ = span.label_, "GPE"
            return [name, place]
    return [span]


def person_before_of(span: Span, lex: Lexicon) -> Span:
    """ "Lena Voss of Open Streets" as the name alone: a full name ends at "of".

    A place after "of" stays part of the name ("Princess Mira of Luxembourg").
    """
    if span.label_ != "PERSON" or len(span) < 4:
        return span
    doc = span.doc
    for token in span[2:-1]:
        if token.lower_ == "of" and place_named(doc[token.i + 1 : span.end].text, lex) is None:
            name = doc[span.start : token.i]
            name.label_ = "PERSON"
            return name
    return span


#: Tags of words that are no part of a name although the model ran them into one:
#: "Describing Jo Ames", "Afterwards Jo", "Without Ames".
_NOT_NAME_TAGS = frozenset(
    {"VBG", "VBD", "VBN", "RB", "IN", "CC", "DT", "PRP", "PRP$", "WRB", "WP", "WDT", "TO"}
)
#: Letters after a name that are no name of their own: "Jo Ames, Jr."
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv", "esq"})


def _title_word(token: Token, lex: Lexicon) -> bool:
    """A capitalised title or noun for a person: "Sheriff", "Lt", "Husband"."""
    lower = token.lower_
    return token.text[:1].isupper() and (
        lower in lex.role_words
        or lower.rstrip(".") in lex.role_words
        or lower in lex.honorifics
        or lower in people_nouns()
    )


def _opens_no_name(token: Token, lex: Lexicon) -> bool:
    lower = token.lower_
    if token.tag_ in _NOT_NAME_TAGS or lower in lex.role_words or lower in lex.honorifics:
        return True
    if token.tag_ == "NNS" and lower[:-1] in cues().org_heads:
        return True  # "Pollsters Hale Research asked": a plural noun for what the name is
    # A sentence's first word has its capital from its place: "Husband Tarek was allowed in";
    # a verb the tagger reads as a bare imperative there is no name: "Hurry Tom, hurry."
    return opens_sentence(token) and (lower in cues().person_nouns or token.tag_ == "VB")


def _name_words(span: Span) -> bool:
    """Whether a stretch is two or more capitalised words that may be a name, perhaps with
    particles inside it ("Kent van der Kamp")."""
    words = [t for t in span if t.is_alpha]
    inner = [t for t in words[1:-1] if t.text not in NAME_PARTICLE_WORDS]
    ends = words[:1] + words[-1:]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in ends + inner)


def _trimmed(span: Span, lex: Lexicon) -> tuple[int, int]:
    """(start, end) of a person's name inside the model's PERSON span."""
    doc, start, end = span.doc, span.start, span.end
    tokens = tokens_of(doc)
    while end - start > 1 and _opens_no_name(tokens[start], lex):
        start += 1  # "Describing Jo Ames", "Afterwards Jo"
    if end - start > 2 and trade_opener(tokens[start]) and _name_words(doc[start + 1 : end]):
        start += 1  # "Guitarist Jo Ames"; a name of two words stays whole ("Tucker Ames")
    if end - start > 1 and noun_before_famous_place(doc[start:end], noun_given_names()):
        start += 1  # "Benchmark London cocoa rose": the market's city, no one's surname
    for i in range(start + 1, end):
        if tokens[i].is_lower and tokens[i].tag_ in ("VBD", "VBZ", "VBP"):
            end = i  # "Jo loathed Kent": a clause, not a name
            break
    for i in range(end - 3, start - 1, -1):
        # The last title or noun for a person with a full name after it: "Kent County
        # Sheriff Jo Ames", "Detective Jo Ames"; not "Jo King Jr.", "Ally Ames" (one word).
        after = doc[i + 1 : end]
        # A trade word opening the span is left to `trade_opener` ("Hunter Max Tolland").
        titled = _title_word(tokens[i], lex) or (i > start and trade_before_name(tokens[i], after))
        if titled and _name_words(after) and after[0].lower_ not in _GENERATIONS:
            start = i + 1
            break
    words = lex.role_words | lex.portfolios
    if (
        end - start > 3
        and tokens[end - 1].lower_ in lex.role_words
        and tokens[end - 2].lower_ in words
    ):
        end -= 2  # "Jo Ames Business Correspondent" of a byline
    return start, end


#: Titles that only a person's name follows, whatever label the model gave the span.
_COURTESY_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "messrs", "messrs."})


def _full_name_after(words: Span) -> bool:
    """ "Lord Brandle and Dominic Pardoe": a first name and a surname after "and" are a second
    person; one word after it ("Pryce and Tolley") may end a firm's name."""
    return len(words) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


def person_parts(span: Span, lex: Lexicon) -> list[Span]:
    """A PERSON span as the names in it: no words around a name, one span a person.

    The words the model ran into a name are cut (see `_trimmed`); a span holding a
    comma ("Jo Ames, Kim") or "and" before a courtesy title ("Ames and Mr Roe") is
    several people. Spans of other labels, and those the ruler set, are kept.
    """
    split = person_of_body(span, lex)
    if len(split) > 1:
        return [part for piece in split for part in person_parts(piece, lex)]
    doc = span.doc
    tokens = tokens_of(doc)
    before = tokens[span.start - 1] if span.start > 0 else None
    # "Mr Hall and Mr Roe", "Lord Brandle and Jo Ames" that the model read as a place or a firm.
    courtesy = doc[span.start].lower_ in _COURTESY_TITLES or (
        before is not None and before.lower_ in lex.honorifics and before.text[:1].isupper()
    )
    if (span.label_ != "PERSON" and not courtesy) or span.ent_id_:
        return [span]
    start, end = _trimmed(span, lex)
    cuts = [
        i
        for i in range(start + 1, end - 1)
        if tokens[i].text == ","
        or (
            tokens[i].lower_ in ("and", "&")
            and (tokens[i + 1].lower_ in lex.honorifics or _full_name_after(doc[i + 1 : end]))
        )
    ]
    out = []
    for first, last in zip([start - 1, *cuts], [*cuts, end], strict=True):
        part = doc[first + 1 : last]
        if len(part) and part.text.rstrip(".").lower() not in _GENERATIONS:
            part.label_ = "PERSON"
            out.append(part)
    return out
