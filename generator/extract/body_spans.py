"""Organization spans the model cut or cut short, joined into the names the text writes.

A country and the public body after it ("U.S." + "Treasury Department"), a body the
tables know by a shorter name ("Security Council" of "National Security Council"),
and two organization spans that are one name ("International" + "Red Cross"; "Silver
Reefs" of "Silver Reefs of Norland Ltd") become one span, labelled ORG. A span
across a spaced dash is cut in two; "the Okafor administration" is its leader.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.body_acronym_places import acronym_complements
from generator.extract.body_and_names import BODY_HEADS
from generator.extract.body_and_names import (
    with_first_word_before_and as with_first_word_before_and,
)
from generator.extract.body_and_parts import one_body_across_and
from generator.extract.body_apposed_names import apposed_bodies
from generator.extract.body_country_firms import country_firms
from generator.extract.body_field_labels import without_field_labels
from generator.extract.body_firm_complements import firm_complements
from generator.extract.body_head_names import bodies_by_head
from generator.extract.body_listed_fields import with_listed_fields
from generator.extract.body_nations import bodies_of_nations, nation_after_body
from generator.extract.body_of_pairs import split_bodies_of
from generator.extract.body_office_possessives import offices_of_officers
from generator.extract.body_section_tags import without_section_tag
from generator.extract.body_span_edges import with_body_edges
from generator.extract.body_spelled_initials import bodies_of_initials
from generator.extract.body_table_headings import without_table_headings
from generator.extract.body_trade_initials import bodies_after_trade_nouns
from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon, lexicon, normalize
from generator.extract.mentions import place_named
from generator.extract.name_spans import CORPORATE, COURTESY
from generator.extract.nlp import adjectives
from generator.extract.place_hyphened_towns import hyphened_towns
from generator.extract.place_particle_names import particle_places
from generator.extract.place_site_names import site_names
from generator.extract.referent_given_names import given_name_sex

#: Entity labels of a country's name or its people's adjective before a body.
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})
#: Heads of a government's offices, which a people's adjective only describes: "the Selbian
#: Foreign Ministry" is the ministry of a Selbian government, while "the Selbian Red Cross"
#: and "U.S. Treasury Department" are names.
_GOVERNMENT_OFFICES = frozenset({"ministry", "department", "embassy", "consulate", "office"})


def _country_prefix(ent: Span) -> bool:
    """A country or nation the model read on its own before a body's name: "U.S.",
    "Selbian"; also the dotted "U.N." the model calls an organization."""
    if len(ent) > 3 or (not ent[0].is_title and not ent.text.isupper()):
        return False
    return ent.label_ in _COUNTRY_LABELS or (ent.label_ == "ORG" and "." in ent.text)


def joined_bodies(spans: list[Span]) -> list[Span]:
    """A country's name and the public body after it as one organization: "U.S." +
    "Treasury Department" (or words the model left outside any entity) is the
    "U.S. Treasury Department".

    The words after the country must be capitalised, end on a body's head noun and
    end the run of capitals: "U.S. Treasury Secretary Jo Ames" keeps its country,
    since the capitals go on into a role and a name.
    """
    spans = split_bodies_of(without_table_headings(without_field_labels(spans)))  # "ST: KY"
    spans = with_listed_fields(firm_complements(spans))  # "of Kelbia Ltd", "of Ports and Docks"
    spans = offices_of_officers(bodies_by_head(bodies_after_trade_nouns(spans)))
    spans = bodies_of_initials(particle_places(hyphened_towns(spans)))  # "-on-Sea", "do Sul"
    spans = bodies_of_nations(country_firms(apposed_bodies(spans)))  # "Emirates NBD"
    if not spans:
        return spans
    doc = spans[0].doc
    entity_at = {i: span for span in spans for i in range(span.start, span.end)}
    out: list[Span] = []
    skip_to = -1
    for span in spans:
        if span.start < skip_to:
            continue
        end = _body_end(span, entity_at) if _country_prefix(span) else None
        if end is None:
            out.append(span)
            continue
        body = doc[span.start : end]
        body.label_ = "ORG"
        out.append(body)
        skip_to = end
    # "the Kelby Stadium", after the bodies ("U.S. Agency for Rural Aid" is no firm's name)
    return acronym_complements(site_names(out))  # "... Force in Tarland (KRFT)"


def _body_end(country: Span, entity_at: dict[int, Span]) -> int | None:
    """The end of a body's name right after `country`, or None."""
    doc = country.doc
    tokens = tokens_of(doc)
    i, head_end = country.end, None
    if not country[-1].whitespace_:
        return None
    while i < len(doc) and tokens[i].is_title and tokens[i].is_alpha:
        inside = entity_at.get(i)
        if inside is not None:
            if inside.label_ != "ORG" or inside.start != i:
                break  # a date, a person or a place: not part of the body's name
            i = inside.end
            if tokens[i - 1].tag_ == "POS":  # "Arabian Monetary Agency's": the possessive ends it
                i -= 1
        else:
            i += 1
        if tokens[i - 1].lower_ in BODY_HEADS:
            head_end = i
            if country.label_ == "NORP" and tokens[i - 1].lower_ in _GOVERNMENT_OFFICES:
                head_end = None
        if not tokens[i - 1].whitespace_:
            break
    if head_end is None or head_end != i:
        return None
    return _with_complement(doc, head_end, entity_at)


def _with_complement(doc: Doc, end: int, entity_at: dict[int, Span]) -> int:
    """A body's name with its capitalised "for"/"of" complement: "Agency for Selby Aid"."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("for", "of") or not doc[end + 1].is_title:
        return end
    i = end + 1
    while i < len(doc) and doc[i].is_title and doc[i].is_alpha:
        inside = entity_at.get(i)
        if inside is not None and inside.label_ not in ("ORG", "GPE"):
            break
        i += 1
        if not doc[i - 1].whitespace_:
            break
    return i if i > end + 1 else end


#: Most capitalised words a table's body name may lose before it.
_WORDS_BEFORE_TABLED = 3


def with_name_words_before(spans: list[Span]) -> list[Span]:
    """A body the tables know by a shorter name of two words or more, with the proper nouns
    the text writes before it: "the National Security Council" is not the "Security Council"
    of the tables. Only words in no entity, neither opening a sentence nor a role ("Deputy
    White House counsel"), count; a one-word name ("Labour") is too often an adjective's.
    Then each span's edges are set right (`with_body_edges`)."""
    out = []
    for span in spans:
        if span.label_ != "ORG" or len(span) < 2 or not span.ent_id_.startswith("org:"):
            out.append(span)
            continue
        doc, start = span.doc, span.start
        while (
            start > 0
            and span.start - start < _WORDS_BEFORE_TABLED
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].lower_ not in lexicon().role_words
            and not doc[start - 1].is_stop
            and not doc[start - 1].is_sent_start
            and doc[start - 1].ent_iob_ == "O"
            and doc[start - 1].whitespace_ == " "
        ):
            start -= 1
        out.append(Span(doc, start, span.end, label="ORG") if start < span.start else span)
    return with_body_edges(out)


#: A party member's word before a name: "Democrat Jo Ames" is a person, not a body.
_PARTY_MEMBERS = frozenset({"democrat", "republican", "tory", "socialist", "communist"})


def joined_organizations(spans: list[Span]) -> list[Span]:
    """Two organization spans the model cut from one name, joined: "the International" +
    "Red Cross" with nothing between them; "College of Farriers of" + "Tarland" (a place
    after the body's own "of"); "Silver Reefs" + "of" + "Norland Ltd" (a
    company's form ends the second: "a unit of Acme Corp" has no name before "of");
    "Selby Financial Futures" + "and" + "Options Exchange (SFFOE)", where the acronym the
    text gives after it spells more than the second part."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if previous is not None and _one_name(previous, span):
            out[-1] = Span(span.doc, previous.start, _name_words_after(span), label="ORG")
        else:
            out.append(span)
    return out


def _one_name(first: Span, second: Span) -> bool:
    """Whether two organization spans, in this order, are parts of one name."""
    if _cut_after_link(first, second) or nation_after_body(first, second):
        return True  # "the Law Society" + "of" + "Kelbia"
    if _town_upon_river(first, second):
        return True  # "Carrow" + "upon" + "Wend Hospitals Trust"
    if first.label_ != "ORG" or second.label_ != "ORG":
        return False
    if _plural_possessive_between(first, second):
        return True  # "Veterans" + "’" + "Affairs Committee"
    if first[-1].whitespace_ != " ":
        return False
    doc = first.doc
    between = doc[first.end : second.start]
    first = _without_article(first)
    if not between:
        # Neither a name of the tables ("Lib Dem" + "Treasury spokesman") nor a person
        # ("Times" + "Mr Ames") is the start of a longer name.
        return (
            bool(first)
            and all(t.is_title and not t.ent_id_ for t in first)
            and first[-1].lower_ not in _PARTY_MEMBERS
            and second[0].is_title
            and not any(t.lower_ in COURTESY for t in (*first, *second))
        )
    if len(between) != 1 or between[0].whitespace_ != " ":
        return False
    word = between[0].lower_
    if word == "of":
        return second[-1].lower_.rstrip(".") in CORPORATE
    if word in ("and", "&"):
        return _acronym_spans(first, second) or one_body_across_and(first, second)
    return False


def _town_upon_river(first: Span, second: Span) -> bool:
    """Whether a town's name written with "upon" and no hyphens opens a body's name that
    the model read after the "upon": "Carrow" + "upon" + "Wend Hospitals Trust". Lower-case
    "upon" between two capitalised names links only the parts of a town's name (English
    towns on a river: "X upon Y"); the model cuts there and the body lost its town."""
    doc = first.doc
    return (
        first.label_ in _LINKED_LABELS
        and second.label_ == "ORG"
        and second.start == first.end + 1
        and doc[first.end].text == "upon"
        and first[-1].is_title
        and second[0].is_title
    )


#: Labels of a name that may end a body's name after its "of": "College of Farriers of
#: Tarland", "Bank of Selby".
_LINKED_LABELS = frozenset({"ORG", "GPE", "LOC"})


def _cut_after_link(first: Span, second: Span) -> bool:
    """Whether the model ended a body's name on its own "of" or "for" (and "the") and read
    what follows apart: "the Royal College of Farriers of" + "Tarland", "the Central Bank of
    the" + "Kelmar Republic"."""
    link = first[:-1] if len(first) > 2 and first[-1].lower_ == "the" else first
    return (
        first.label_ == "ORG"
        and second.label_ in _LINKED_LABELS
        and second.start == first.end
        and len(link) > 1
        and link[-1].lower_ in ("of", "for")
        and first[-1].whitespace_ == " "
        and second[0].text[:1].isupper()  # "Kelmar", "UAE"
    )


def _plural_possessive_between(first: Span, second: Span) -> bool:
    """Whether only a plural's apostrophe stands between the two: "the Veterans’ Affairs"."""
    doc, last = first.doc, first[-1]
    return (
        second.start == first.end + 1
        and doc[first.end].text in ("'", "’")
        and not last.whitespace_
        and bool(doc[first.end].whitespace_)
        and last.is_title
        and last.lower_.endswith("s")
    )


def _acronym_spans(first: Span, second: Span) -> bool:
    """ "(SFFOE)" after the second span: its letters open with the first span's initial and
    outnumber the second span's words, so it names the two together."""
    doc = second.doc
    if second.end + 2 >= len(doc) or doc[second.end].text != "(" or doc[second.end + 2].text != ")":
        return False
    acronym = doc[second.end + 1].text
    return (
        acronym.isupper()
        and acronym.isalpha()
        and len(acronym) > len(second)
        and acronym[0] == _without_article(first)[0].text[0].upper()
    )


def _without_article(span: Span) -> Span:
    """The span without a leading "the" the model read into it."""
    return span[1:] if len(span) > 1 and span[0].lower_ in ("the", "a", "an") else span


def _name_words_after(span: Span) -> int:
    """The end of a joined name with the capitalised words in no entity after it: "The
    International" + "Labour" (a party of the tables) + "Organisation"."""
    doc, end = span.doc, span.end
    while (
        end < len(doc)
        and doc[end - 1].whitespace_ == " "
        and doc[end].is_title
        and doc[end].is_alpha
        and doc[end].ent_iob_ == "O"
        and not doc[end].is_stop
    ):
        end += 1
    return end


def split_at_dashes(span: Span) -> list[Span]:
    """A span across a spaced dash or a line break ("FRANCE - Bunds") as the names on each side;
    a headline's section tag ("SOCCER-Kelby", `without_section_tag`) left out."""
    untagged = without_section_tag(span)
    if untagged is None:
        return []
    span, doc = untagged, span.doc
    tokens = tokens_of(doc)
    cuts = [
        t.i
        for t in tokens[span.start + 1 : span.end - 1]  # the inner words, as ``span[1:-1]``
        if (
            t.text in ("-", "--", "\u2013", "\u2014")
            and t.whitespace_
            and tokens[t.i - 1].whitespace_
        )
        or (t.is_space and "\n" in t.text)
    ]
    if not cuts:
        return [span]
    out = []
    start = span.start
    for cut in [*cuts, span.end]:
        if cut > start:
            part = doc[start:cut]
            part.label_ = span.label_
            out.append(part)
        start = cut + 1
    return out


def leader_of_administration(span: Span, lex: Lexicon) -> Span:
    """ "the Okafor administration" read as one body: the leader it is named after.

    A government named after a person (two capitalised words at most, no
    country, people or body the tables know: not "the Norland administration")
    is that person's term of office; the name is the person's. Two words that open on
    an adjective no given name is ("Federal Canal Administration", "Small Farms
    Administration") name an agency: a person's two names open on a given name.
    """
    if span.label_ != "ORG" or span[-1].lower_ != "administration":
        return span  # most spans: asked before the leader's span is made
    leader = span[:-1]
    if (
        not 1 <= len(leader) <= 2
        or not all(t.is_title and t.pos_ == "PROPN" for t in leader)
        or (len(leader) == 2 and _agency_opening(leader[0]))
    ):
        return span
    key = normalize(leader.text)
    if place_named(leader.text, lex) or key in lex.demonyms or key in lex.groups:
        return span
    if key in lex.organizations:
        return span
    person = span.doc[leader.start : leader.end]
    person.label_ = "PERSON"
    return person


def _agency_opening(word: Token) -> bool:
    """An adjective of English that is no given name: "Federal", "Small", "National"."""
    lower = word.lower_
    return lower in adjectives() and given_name_sex(lower) is None
