"""Name spans: the pipeline's entity spans trimmed and cut to the names in them.

A span loses a leading "the" or quantifier, courtesy titles, nationality words
before a person, a month, a date after a place or a caption's label run into it
and a trailing possessive (`clean_span`); a company's name run into its place
is cut by `company_places`. `person_joins` joins a person's name the
model cut in two. What each name then is, `mentions.classify` says.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.headline_slugs import after_slug
from generator.extract.lexicon import Lexicon, animal_kinds, cues, occupations
from generator.extract.mentions import closed_hyphen, place_named
from generator.extract.name_nationalities import (
    after_nationality,
    joined_nationality,
    nationality_noun,
    peoples_word,
    plain_name,
)
from generator.extract.person_lower_openers import after_lower_opener
from generator.extract.pipe_components import nickname_name_end
from generator.extract.role_name_openers import trade_run_in_name
from generator.extract.sentence_openers import (
    opened_by_a_body_noun,
    opening_adjective,
    opens_sentence,
)
from generator.extract.slogan_verbs import after_slogan_verb
from generator.extract.titled_surnames import RANKS, ranked_name, titled_surname
from generator.extract.written_compounds import after_written_compound

#: Possessive endings, and the apostrophe alone after an s ("Ames'"), as the tokenizer
#: writes them apart from the name.
POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
#: Weekdays, which open newspapers' names ("Sunday Herald") and run into other names.
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Months (but "May"), which the model sometimes runs into a name, and which are given names.
MONTHS = frozenset({"january", "february", "march", "april", "june", "july", "august"})
MONTHS |= {"september", "october", "november", "december"}
CALENDAR_WORDS = WEEKDAYS | MONTHS
#: Months written short, which open a name only as a date ("Sept Tarn crude"); "Jan", "Mar"
#: and "Jun" are given names and words too, and are left out.
_MONTH_SHORT_FORMS = frozenset(
    form
    for month in ("feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec")
    for form in (month, f"{month}.")
)
#: Words before a month that make it a date: "last April", "early June", "every March".
_DATE_MODIFIERS = frozenset({"last", "next", "this", "early", "late", "mid", "every", "each"})
#: Labels of captions and credits run into a name.
_CAPTION_WORDS = frozenset({"image", "photo", "picture", "video", "file", "credit"})
#: Company-form abbreviations that end a company's name.
CORPORATE = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh"})
#: A telephone number after a name: "+44 20".
_PHONE = re.compile(r"^\+\d")


#: Prefixes for a stance written with a hyphen before a name: "pro-Tarland", "anti-Kelby".
_STANCE_PREFIXES = frozenset({"pro", "anti"})
#: Prefixes that date what follows: "ex-Kelby Council", "ex-Tarland Rovers".
_PAST_PREFIXES = frozenset({"ex"})


def _hyphened_prefix(doc: Doc, start: int, end: int) -> bool:
    """Whether a span opens with a prefix the model took for a word of the name, written
    into it with a hyphen: "Ex-Kelby Council", "Pro-" of "Pro-Tarland"."""
    return (
        start + 1 < end
        and doc[start].lower_ in _STANCE_PREFIXES | _PAST_PREFIXES
        and closed_hyphen(doc, start + 1)
    )


def _modifier(doc: Doc, end: int) -> bool:
    """Whether a prefixed word that ends a span at ``end`` describes the common noun after
    it ("Anti-Tarland group"), not names a body ("Anti-Slavery League") or people
    ("Pro-Tarlanders now")."""
    return (
        end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" and doc[end - 1].is_title
    )


def _is_score(tokens: Span) -> bool:
    """Whether three tokens are a score: "2-1", "3\u20130"."""
    first, dash, second = tokens
    return first.is_digit and dash.text in ("-", "\u2013") and second.is_digit


def clean_span(span: Span, lex: Lexicon) -> Span | None:
    """The span without a leading "the", courtesy titles, or a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    tokens = tokens_of(doc)
    lowers = words_of(doc).lowers  # each word's ``lower_``, read once
    while start < end and (lowers[start] in ("the", "a", "an") or tokens[start].is_punct):
        start += 1  # also the dash of "-- Jo Ames" or the bracket of "(Jo Ames"
    if start == end:
        return None  # only marks and articles ("「 」", "–*“{("): no name, nor a word to read
    start = after_slug(doc, start, end)  # "Cricket-Kelby beat Tarvik": a headline's slug
    if _hyphened_prefix(doc, start, end):
        if start + 2 >= end or (lowers[start] in _STANCE_PREFIXES and _modifier(doc, end)):
            return None  # "Anti-Tarland group", "Pro-Tarland party": an adjective, no name
        if lowers[start] in _PAST_PREFIXES:
            start += 2  # "Ex-Kelby Council press chief": the body is Kelby Council
    start = after_written_compound(doc, start, end)  # "Euro-Sceptic Ames": a word, no name
    start = after_slogan_verb(doc, start, end)  # "Vote Ames, Get Vell": the slogan's verbs
    start = after_lower_opener(doc, start, end, span.label_)  # "stars Ray Tolland"
    while (
        start < end - 1
        and lowers[start] in cues().sentence_openers
        and opens_sentence(tokens[start])
    ):
        start += 1  # "Meet Molly", "Yesterday Clean Air England warned"
    if (
        start < end - 2
        and lowers[start] in cues().member_nouns
        and lowers[start + 1] in ("of", "at")
        and opens_sentence(tokens[start])
    ):
        start += 2  # "Customers of Harbourside Bank were ...": the body is Harbourside Bank
    if start < end - 1 and lowers[start] == "charge" and _lower(doc, start - 1) == "in":
        start += 1  # "Senior Agent in Charge Jo Ames": the end of a title
    # "the Sunday Herald", "Sunday Gazette"; not "Saturday edition of the Courier".
    paper = lowers[end - 1] in cues().org_suffixes and tokens[min(start + 1, end - 1)].is_title
    if paper and start > 0 and lowers[start - 1] in WEEKDAYS and tokens[start - 1].is_title:
        start -= 1  # the model read the weekday as a date
    norp = (
        start > 0 and tokens[start - 1].ent_type_ == "NORP" and bool(tokens[start - 1].whitespace_)
    )
    if paper and end - start == 1 and norp and tokens[start - 1].is_title:
        start -= 1  # "Tarnish Media": a body's word alone, the model read its nation apart
    if (
        start < end - 1
        and lowers[start] in CALENDAR_WORDS | _CAPTION_WORDS
        and not paper
        and not (span.label_ == "PERSON" and lowers[start] in MONTHS and not dated(tokens[start]))
    ):
        start += 1  # "In August Denver BMA": the month is not part of the name; "April Ames" is
    if start < end - 1 and span.label_ != "PERSON" and lowers[start] in _MONTH_SHORT_FORMS:
        start += 1  # "Sept Tarn crude": a delivery month, written short, before a grade's name
    if start < end - 1 and lowers[end - 1] in _CAPTION_WORDS:
        end -= 1  # "Omar Said Image": a photo caption's label
    if end - start > 3 and _is_score(doc[end - 3 : end]):
        end -= 3  # "beat Kelby 2-1": the score is run into the team's name ("Channel 4" keeps 4)
    quantified = tokens[start].pos_ == "DET"
    if start < end - 1 and quantified and lowers[start] in _QUANTIFIERS:
        start += 1  # "Some Harbour Coast diplomats" ("Both Mr Ames and ..." names two)
    if end - start > 2 and _dated_tail(tokens[end - 1]) and tokens[end - 2].is_lower:
        end -= 2  # "the Tarn Bay early Tuesday", "Tarn Bay on Saturdays": a date run in
    if span.label_ in ("GPE", "LOC") and end - start > 1 and peoples_word(doc, end - 1, lex):
        end -= 1  # "Tarnvale Arab states": the people's word describes; the place is Tarnvale
    for i in range(start, end):
        if (tokens[i].text == "(" and ")" not in doc[i:end].text) or _PHONE.match(tokens[i].text):
            end = i  # "Board of Tin Traders (BTT", "Jo Ames +47 22"
            break
        opened = (
            i > start
            and tokens[i].is_quote
            and tokens[i - 1].whitespace_
            and not tokens[i].whitespace_
        )
        if opened and not any(t.is_quote for t in doc[i + 1 : end]):
            end = i  # "Council of 'kindness": a quote the span opens and never closes
            break
    if end - start == 1 and opening_adjective(tokens[start]):
        return None  # "Digital rights group Open Lines": the sentence's capital, no name
    if start < end - 1 and opened_by_a_body_noun(tokens[start]):
        start += 1  # "Chipmaker Tarvo said": the kind of firm, capitalised to open the sentence
    label = span.label_
    if label == "PERSON" and _named_for(doc, start, end):
        label = "ORG"  # "St Anne’s College": a place of work named for someone
    if end - start == 1 and _titled_given_name(doc, start, lex):
        end, label = end + 1, "PERSON"  # "Shadow Chancellor Ann Vell" read "Ann" alone
    while end > start and (
        tokens[end - 1].text in POSSESSIVE
        or tokens[end - 1].is_punct
        or (
            tokens[end - 1].is_lower
            and tokens[end - 1].is_alpha
            and end - 1 > start
            and not span.ent_id_
            and tokens[end - 2].whitespace_  # "Park Min-jae" keeps its last part
        )
    ):
        end -= 1  # "Interfax news agency": lower-case words are not part of a name
    if end - start > 1 and (
        lowers[start] in COURTESY or tokens[end - 1].text.rstrip(".").lower() in _HONOURS
    ):
        label = "PERSON"  # "Mr Ames", "Guy Lyle QC" that the model called an organization
    elif titled_surname(doc, start, end, lex):
        label = "PERSON"  # "from Dr Vell" read as a body, beside the person "Ulla Vell"
    elif ranked_name(doc, start, end) > start:
        start, label = ranked_name(doc, start, end), "PERSON"  # "Lance Corporal Dean Fry"
    elif label in ("PERSON", "ORG") and trade_run_in_name(doc[start:end]):
        start, label = start + 1, "PERSON"  # "that Coroner Harold Vesk": the title, not the name
    if label == "PERSON":
        # "Mr Ames", "President Vell": the title is a role, not part of the name
        # ("General Motors" is a company); "Comedy Little Fenwick" opens a line with
        # the kind of work it names.
        while (
            end - start > 1
            and lowers[end - 1] not in cues().org_suffixes
            and (
                lowers[start] in lex.honorifics
                or _role_word(tokens[start], lex)
                or (lowers[start] in RANKS and titled_surname(doc, start, end, lex))
                or lowers[start] in occupations()
                or lowers[start] in cues().work_nouns
                or lowers[start] in animal_kinds()
            )
        ):
            start += 1  # "Racehorse Moss Rowan" too, not "Wolf Ames" (a first name)
        end = _person_end(doc, start, end)  # also "Jo Ames's Government"
        start = after_nationality(doc, start, end, lex)
    elif label == "ORG" and joined_nationality(doc, start, end, lex):
        start += 3  # "Danish-Canadian Ames": a person described, not a body's name
    elif (
        label in ("ORG", "GPE", "LOC", "NORP")
        and nationality_noun(tokens[start], lex)
        and plain_name(doc[start + 1 : end])
    ):  # not a work's title ("An Englishman Abroad")
        start, label = start + 1, "PERSON"  # "Scotsman Jo Ames" read as a body: a man named
    if start >= end or (end - start == 1 and lowers[start].rstrip(".") in GENERATIONS):
        return None  # "Jr." cut from "Jo Ames, Jr.'s": no name of its own
    out = doc[start:end]
    out.label_ = label
    out.id_ = span.id_
    return out


#: Letters after a name that say which of a family's namesakes: "Jo Ames Jr."
GENERATIONS = frozenset({"jr", "sr", "snr", "jnr"})


def _lower(doc: Doc, i: int) -> str:
    lowers = words_of(doc).lowers
    return lowers[i] if 0 <= i < len(lowers) else ""


def _role_word(token: Token, lex: Lexicon) -> bool:
    """A title, also in the plural before several names: "President", "Princesses"."""
    lower = token.lower_
    if lower in lex.role_words:
        return True
    return lower.endswith("s") and (
        lower[:-1] in lex.role_words or (lower.endswith("es") and lower[:-2] in lex.role_words)
    )


def _titled_given_name(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether the word at ``i`` is a given name whose surname the model left out: a title
    and the word both compound to the next word, an unlabelled capitalised proper noun that
    heads the chain and is no title, place or body's word ("Shadow Chancellor Ann Vell")."""
    tokens = tokens_of(doc)
    head, word = tokens[i].head, tokens[i]
    before = tokens[i - 1] if i > 0 else None
    return (
        head.i == i + 1
        and word.dep_ == "compound"
        and bool(word.whitespace_)
        and before is not None
        and before.dep_ == "compound"
        and before.head.i == head.i
        and _role_word(before, lex)
        and head.pos_ == "PROPN"
        and head.dep_ != "compound"
        and head.ent_iob_ == "O"
        and head.is_title
        and head.is_alpha
        and len(head) > 1
        and not _role_word(head, lex)
        and head.lower_ not in lex.honorifics
        and head.lower_ not in cues().org_suffixes
        and place_named(head.text, lex) is None
    )


#: Determiners that open a noun phrase, never a name, when the tagger reads them so.
_QUANTIFIERS = frozenset({"some", "many", "most", "several", "each", "every", "other"})
_QUANTIFIERS |= {"another", "any", "these", "those", "such"}


def _dated_tail(token: Token) -> bool:
    """Whether a span's last word is a weekday or a month ("Saturdays" too)."""
    word = token.lower_
    return word in CALENDAR_WORDS or (word.endswith("s") and word[:-1] in WEEKDAYS)


def dated(month: Token) -> bool:
    """Whether a month's word is a date by the words around it: "in June", "on 4 June", "last
    June", "June 4", "the October revolution"; "his sister June Ames" is a woman's name."""
    doc = month.doc
    before = doc[month.i - 1] if month.i > 0 else None
    after = doc[month.i + 1] if month.i + 1 < len(doc) else None
    if after is not None and after.like_num:
        return True
    return before is not None and (
        before.tag_ in ("IN", "DT", "CD", "CC", "TO", "PDT")
        or before.ent_type_ == "DATE"
        or before.lower_ in _DATE_MODIFIERS
    )


#: Institutions named for someone in the possessive: "St Anne’s College", "Guy’s Hospital".
_NAMED_FOR_HEADS = frozenset({"hospital", "college", "school", "church", "cathedral", "academy"})


def _named_for(doc: Doc, start: int, end: int) -> bool:
    """Whether a span ends in "’s" and an institution's capitalised head noun."""
    return (
        end - start > 2
        and doc[end - 2].text in POSSESSIVE
        and doc[end - 1].is_title
        and doc[end - 1].lower_ in _NAMED_FOR_HEADS
    )


def _person_end(doc: Doc, start: int, end: int) -> int:
    """The end of a person's name inside the model's span.

    "Ann Vell's Tarn Tales" ends at the possessive (what follows is the
    person's work), as "Lou Reedman 'Big Sky'" ends at a mark opening a quote
    after the name; "Tom Marsh-style" before an adjective's hyphen; "Guy Lyle
    QC" before the letters of an honour or office, which are no part of a name.
    A nickname's marks inside the name end nothing: "Tomas ‘Tito’ Vell".
    """
    in_nickname = False
    for i in range(start + 1, end - 1):
        if doc[i - 1].whitespace_ and nickname_name_end(doc, i - 1) is not None:
            in_nickname = True  # the mark opens a nickname: "Tomas ‘Tito’ Vell"
        elif doc[i].text not in POSSESSIVE:
            continue
        elif in_nickname:
            in_nickname = False  # and this one closes it
        else:
            return i  # a possessive, or a mark that opens a quote after the name
    hyphened = end - start > 2 and doc[end - 2].text == "-" and not doc[end - 3].whitespace_
    if hyphened and doc[end - 1].lower_ in _HYPHEN_ADJECTIVES:
        return end - 2
    while end - start > 2 and doc[end - 1].text.rstrip(".").lower() in _HONOURS:
        end -= 1
    return end


#: Courtesy titles that only a person's name follows ("Dr" and "Lord" also open brands
#: and places: "Dr Pepper", "Lord's").
COURTESY = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "messrs"})
#: Second halves of adjectives made from a name: "Bush-style", "Blair-led".
_HYPHEN_ADJECTIVES = frozenset(
    {"style", "led", "backed", "era", "like", "type", "based", "owned", "run", "linked"}
    | {"inspired", "appointed", "funded", "friendly", "controlled", "supporting", "esque"}
)
#: Letters of honours and offices written after a name: "Guy Lyle QC", "Ann Roe OBE".
_HONOURS = frozenset(
    {"qc", "kc", "mp", "mep", "msp", "mla", "obe", "mbe", "cbe", "kbe", "dbe", "gbe", "frs"}
)


def split_at_courtesy(span: Span) -> list[Span]:
    """ "the Tarn Policy Forum Mr Ames said": a body's name the model ran on into a person's
    for want of a comma; a courtesy title inside a name that is not a person's opens the
    person's ("Forum", then "Mr Ames"). Only a body's name, and only when a plain name follows
    the title: "Both Mr Ames and Mr Lee" is two people, not a body and one."""
    doc = span.doc
    if span.label_ != "ORG":
        return [span]
    i = next((t.i for t in span[1:-1] if t.lower_ in COURTESY and t.is_title), None)
    if i is None or not all(t.is_title for t in doc[i + 1 : span.end]):
        return [span]
    body, person = doc[span.start : i], doc[i : span.end]
    body.label_, person.label_ = span.label_, "PERSON"
    return [body, person]


def entity_span(token: Token) -> Span:
    """The named entity ``token`` belongs to (or the token alone)."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
