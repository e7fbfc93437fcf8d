"""Titles written right before a name: "Harbour Master Jo Ames", "mother-of-two Ann Vell".

`title_before` reads the words left of a person's name up to a determiner, punctuation or
verb, ending in a noun, or an office whose capitalised words run up to the name
("Secretary for Roads"); `roles` keeps it as one place a role is stated."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.hyphens import closed_hyphen, hyphened
from generator.extract.lexicon import Lexicon, lexicon, occupations, people_nouns
from generator.extract.name_spans import entity_span
from generator.extract.role_context import SUBJECTS
from generator.extract.role_counts import counted_parent
from generator.extract.role_courtesy import (
    address_after_role,
    graded_style,
    rank_after_job,
    unprefixed_start,
    with_held_address,
)
from generator.extract.role_headline_lines import headline_line, kept_in_headline
from generator.extract.role_its import owned, post_owner
from generator.extract.role_judged import unjudged
from generator.extract.role_name_joins import joins_name_words, joins_places, qualified_owner
from generator.extract.role_name_links import name_link_start
from generator.extract.role_name_openers import trade_cut_before, trade_run_in
from generator.extract.role_next_to_names import next_to_full_name
from generator.extract.role_nouns import (
    is_role_word,
    names_someone,
    plural_initials,
    plural_title,
    singular,
)
from generator.extract.role_office_names import office_of
from generator.extract.role_pairs import NOT_PAIRED, paired_title, plural_before_pair
from generator.extract.role_phrases import name_word, role_words, trim, write_role
from generator.extract.role_plural_lists import plural_office, surface_list_title
from generator.extract.role_postnominal import with_office
from generator.extract.role_sexes import opposite_sexes, owned_kin_pair
from generator.extract.role_show_names import with_name_start
from generator.extract.role_title_breaks import (
    adjective_comma,
    bare_title_and,
    breaks_title,
    how_good_a,
    perfect_participle,
    then_of,
)
from generator.extract.role_trades import (
    capital_trade,
    compound_noun,
    field_office,
    listed_after_adjective,
    office_link,
    office_with_phrase,
    rank_in_name,
    trade_opening,
    trade_word,
)
from generator.extract.titled_surnames import rank_before_name

__all__ = ["title_before"]

#: How the parser ties a name to the one before it in a list ("Roe, Poe and Doe").
_LISTED = ("conj", "appos")
#: What the model may call a name in such a list: a person, or a person it took for a body.
_LIST_ENTS = ("PERSON", "ORG")
_OBJECTS = ("pobj", "dobj")
_PLACES = ("GPE", "LOC")
_CLOCK = ("TIME", "DATE")


def _title_end(span: Span, lex: Lexicon) -> int | None:
    """Index of the last token of a title right before ``span``, or None."""
    doc = span.doc
    tokens = tokens_of(doc)
    if len(span) > 1 and (is_role_word(span[0], lex) or trade_run_in(span)):
        return span.start  # "Skipper Ivo Brack" read as one name: its title leads it
    if trade_cut_before(span):
        return span.start - 1  # "that Coroner Harold Vesk": the entity step cut the title off
    if len(span) > 2 and _plural_run_in(span[0]):
        return span.start  # "Tory MPs Jo Roe and Ed Poe" with "MPs Jo Roe" read as one name
    end = unprefixed_start(span, lex)  # "Former warden Mr Quist": skip "Mr"
    if end > 1 and tokens[end - 1].text == "." and not tokens[end - 2].whitespace_:
        # "Cllrs" "." split by the tokenizer: the dot belongs to the title; any
        # other word before a dot ends a sentence ("... a harbour aide. Brack").
        if tokens[end - 2].lower_ + "." not in role_words().abbreviations:
            return None
        end -= 1
    if end > 0 and is_role_word(tokens[end - 1], lex) and tokens[end - 1].ent_type_ not in _CLOCK:
        return end - 1  # not "pm" of "At 5 pm Jo Roe left"
    if end > 0 and rank_in_name(tokens[end - 1], lex):
        return end - 1  # "contact Detective Jo Roe", the rank tagged as part of the name
    if end > 0 and rank_before_name(tokens[end - 1], doc[end : span.end]):
        return end - 1  # "Lance Corporal Ryan Heald": a rank that is no word of the lexicon
    if end > 0 and trade_opening(tokens[end - 1], doc[end : span.end]):
        # "Florist Jo Roe said", "Surgeon Dr Jo Roe said": a capital from the sentence's start
        return end - 1
    if end > 0 and plural_office(tokens[end - 1], lex) and _tied(tokens[end - 1], span):
        return end - 1  # "Harbour Commissioners Sir Jo Roe and Ed Poe", "Senior Tories Jo Roe"
    if end > 0 and hyphened(tokens[end - 1]) and _names_someone_in_run(doc, end - 1, lex):
        return end - 1  # "mother-of-three Jane Roe"
    beside = end > 0 and next_to_full_name(tokens[end - 1], span)  # "boxer Jo Roe", misparsed
    if end > 0 and (
        (names_someone(tokens[end - 1], lex, plural=True) or beside)
        and not listed_after_adjective(tokens[end - 1])
    ):
        # A common noun is a title only when the parse ties it to the name
        # ("his aunt Jane Roe"), not in "In this case Roe was released".
        return end - 1 if beside or _tied(tokens[end - 1], span) else None
    if end > 0 and trade_word(tokens[end - 1]) and _tied(tokens[end - 1], span):
        # "magician Jo Roe" tagged as an adjective; "Former Stonemason Jo Roe"
        return end - 1
    if end == span.start and end > 0 and compound_noun(tokens[end - 1], span):
        return end - 1  # "former stonemason Jane Roe": a trade the word lists lack
    # "Norport Warden Ada Lee Fenn" read as "Fenn": skip given names the
    # model left out of the name, but only to reach a title word.
    probe = end
    while probe > 0 and end - probe < 2 and tokens[probe - 1].pos_ == "PROPN":
        probe -= 1
        if tokens[probe].head.i != span.root.i or tokens[probe].dep_ != "compound":
            break
        if probe > 0 and is_role_word(tokens[probe - 1], lex):
            return probe if capital_trade(tokens[probe]) else probe - 1  # "Chief Engineer"
    return None


def _plural_run_in(token: Token) -> bool:
    """Whether ``token`` is a plural title the model read as the first word of a person's
    name ("MPs" of "MPs Jo Roe", "Nurses" of "Nurses Amy Tull"): the plural of a listed
    title or noun for people, not a given name with a plural's ending ("Piers")."""
    if token.ent_type_ != "PERSON" or not plural_title(token):
        return False
    single = singular(token.lower_)
    listed = single in lexicon().role_words or single in people_nouns() or single in occupations()
    return plural_initials(token) or listed


def _tied(title: Token, span: Span) -> bool:
    """Whether the parse ties a noun right before a name to it: the name holds it, also
    through "and" ("baker and councillor Jane Roe"), or it holds the name, or the first
    noun of an "and" before it does, or both are
    subjects of one verb, a phrase the parser cut in two ("Ed's niece Jane Roe
    waved"), or it is an object right before the name the parser hung elsewhere as an
    appositive ("a verse by poet Jo Roe"), or both are appositives of one noun ("his
    baker son Jo Roe"), or it hangs from a run of nouns before the name that the
    name holds."""
    if title.tag_ == "NNS" and any(c.dep_ == "nsubj" and c.i < title.i for c in title.children):
        return False  # "the comedy stars Jo Roe as ...": a verb the tagger read as a plural
    root = span.root
    head = title
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return (
        head.head.i in range(span.start, span.end)
        or root.head.i in (title.i, head.i)  # "her friend and business partner Jo Roe"
        or _inside_compound(title, span)
        or (title.dep_ in SUBJECTS and title.dep_ == root.dep_ and title.head == root.head)
        # "a verse by poet Jo Roe" with the name hung as an appositive of "verse"
        or (
            root.dep_ == "appos"
            and title.i == span.start - 1
            and title.dep_ in _OBJECTS
            and title.is_lower  # a capitalised one may end an office ("Chief of Staff")
        )
        # "said his baker son Jo Roe" with "son" and the name both hung from "baker"
        or (
            root.dep_ == "appos"
            and title.dep_ == "appos"
            and title.head == root.head
            and title.i == span.start - 1
            and title.is_lower
        )
        # "The father of tennis star Jo Roe was banned" with the name read as a second
        # subject of the verb whose first subject holds the noun
        or (
            root.dep_ in SUBJECTS
            and title.i == span.start - 1
            and title.dep_ in _OBJECTS
            and title.is_lower
            and any(a.dep_ == root.dep_ and a.head == root.head for a in title.ancestors)
        )
    )


def _inside_compound(title: Token, span: Span) -> bool:
    """Whether the parse hangs a noun before a name from the first word of a run of nouns
    that it makes part of the name ("partner" from "Acme" in "Acme water safety partner
    Jo Roe"): the run, with no mark inside it, is one title."""
    first = title.head
    doc = span.doc
    return (
        first.i < title.i
        and first.dep_ == "compound"
        and first.head.i in range(span.start, span.end)
        and all(t.pos_ in ("NOUN", "PROPN") and t.is_alpha for t in doc[first.i : span.start])
    )


def _town_and_region(doc: Doc, comma: int) -> int | None:
    """Where "Lake Tarn, Wessex," starts when it ends at the comma at ``comma``: a town and
    its region set off by commas before a title."""
    if doc[comma].text != "," or comma < 1 or doc[comma - 1].ent_type_ not in _PLACES:
        return None
    region = entity_span(doc[comma - 1])
    at = region.start
    if at < 2 or doc[at - 1].text != "," or doc[at - 2].ent_type_ not in _PLACES:
        return None
    return entity_span(doc[at - 2]).start


def _names_someone_in_run(doc: Doc, last: int, lex: Lexicon) -> bool:
    """Whether the word written without spaces that ends at ``last`` ("mother-of-two")
    holds a singular noun for a person, or ends in a plural one ("co-hosts" of a list)."""
    start = last
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    return any(
        # a proper noun only opening the sentence with a capital ("Father-of-four Jo Roe")
        (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and bool(t.is_sent_start)))
        and names_someone(t, lex, plural=t.i == last)
        for t in doc[start : last + 1]
    )


def _joins_titles(token: Token, lex: Lexicon, last: Token) -> bool:
    """ "and" in "mother-of-two and charity worker Jane Roe": two roles before one name."""
    if token.lower_ != "and" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if is_role_word(before, lex) or before.lower_ in occupations():
        # "the harbour master and Warden Ivo Quist": two people
        return bare_title_and(before) and not opposite_sexes(before, last)
    if opposite_sexes(before, last) or owned_kin_pair(before, last):
        return False  # "her mother and designer father Tom Vell": two people
    return _names_someone_in_run(token.doc, token.i - 1, lex) or _things_joined(token, last, lex)


def _things_joined(token: Token, last: Token, lex: Lexicon) -> bool:
    """ "and" in "bed and breakfast owner Jo Roe": two things in lower case (the first may
    open the sentence), no one, joined before the words that end on the title; a name on
    either side is a body's or a place's, apart from the title ("Police and Acme boss")."""
    doc = token.doc
    before, after = doc[token.i - 1], doc[token.i + 1]
    lower = before.is_lower or (before.is_title and bool(before.is_sent_start))
    return (
        after.i < last.i
        and lower
        and after.is_lower
        and all(w.pos_ == "NOUN" and w.is_alpha and not w.ent_type_ for w in (before, after))
        and not names_someone(before, lex)
        and not names_someone(after, lex)
    )


def _list_title(span: Span, lex: Lexicon) -> tuple[Span, int] | None:
    """The nearest name listed before ``span`` that has a title ("Jo Ames and pilots Ed
    Poe, Al Vell and Jon Doe" for "Doe": "Poe") with the title's last word, when that
    title is plural and so each listed name's; None when the nearest titled name has
    a title of its own ("Jo Ames"'s) or none does (an office may still lead the name)."""
    root = span.root
    while root.dep_ in _LISTED and root.head.ent_type_ in _LIST_ENTS and root.head.i < root.i:
        root = root.head
        first = entity_span(root)
        last = _title_end(first, lex) if first.start < span.start else None
        if last is not None:
            return (first, last) if plural_title(span.doc[last]) else None
    return None


def title_before(span: Span, lex: Lexicon) -> str | None:
    """ "Norport Harbour Master" in "Norport Harbour Master Ivo Quist"."""
    paired = paired_title(span, lex)
    if paired != NOT_PAIRED:
        return paired  # "Husband and wife Tom and Ann Vell": one noun each
    end = unprefixed_start(span, lex)
    counted = counted_parent(span, end)
    if counted is not None:
        return counted  # "Father of three Jo Roe"
    # "Senior Adviser in Residence Jo Roe": a title whose phrase runs on to the name
    phrase = office_with_phrase(span, end, lex)
    phrase = field_office(span, end, lex) if phrase is None else phrase  # "head of health"
    # "Recorder Jo Roe QC": the parse ties the title to the letters after the name
    last = _title_end(with_office(span), lex) if phrase is None else end - 1
    if last is None:
        # "cricketers Jim Roe, Al Poe and Jon Doe": a plural title before the first is each one's
        listed = _list_title(span, lex) or surface_list_title(span, lex, _title_end)
        if listed is not None:
            span, last = listed
        elif (shared := plural_before_pair(span, lex)) is not None:
            return shared  # "sisters Dolly and Mary Pryce", the parse having cut the run
    start = last if phrase is None else phrase
    if last is None:
        start = office_of(span, lex)
        last = None if start is None else unprefixed_start(span, lex) - 1
    if last is None or start is None:
        return None
    doc = span.doc
    if start == last and address_after_role(doc, last, lex):
        start = last = last - 1  # "Economist Professor Jo Ames": an economist (and professor)
    while start > 0:
        token = doc[start - 1]
        # A word in lower case the model put in a person's span is no name
        # ("lorry" of "lorry driver Tom Ames"): it goes on the title.
        # "Kent County Sheriff Jo Roe" the model read as one person: the words it ran
        # into the name are the title's, no other person's
        run_in = token.ent_type_ == "PERSON" and entity_span(token).end > last
        if (
            token.ent_type_ == "PERSON"
            and not is_role_word(token, lex)
            and not token.is_lower
            and not run_in
        ):
            # "Fenn's brother", "Quist aide": a name that owns or qualifies the
            # title belongs to it, and the title ends there.
            # "Jo Ames hired baker Tom Vell": a word between them that is no noun
            # leaves the name out.
            owner = entity_span(token)
            tied = owner.root.head.i in range(start, last + 1)
            joined = doc[start].pos_ in ("NOUN", "PROPN") or not token.whitespace_
            if "POS" in (doc[start].tag_, token.tag_) or (tied and joined):
                start = qualified_owner(doc, owner.start, last)
            break
        place = _town_and_region(doc, token.i) if doc[last].is_lower else None
        if place is not None:
            start = place  # "Lake Tarn, Wessex, resident Jo Roe": where she lives
            break
        if office_link(token, span, last, lex):
            start -= 1  # "of" in "chief of staff Jo Roe": the office goes on before it
            continue
        if then_of(token, start, last):
            start -= 1  # "her then partner Jo Roe": a role held then
            break
        if (linked := name_link_start(token, start, last)) is not None:
            start = linked  # "Harbour of Liars star Jo Roe": the name of the work goes on
            continue
        if breaks_title(token, role_words(), lex):
            break
        if headline_line(token) and not kept_in_headline(token, lex):
            break  # "Police Arrest Tarland Mayor X": capitals mark no title in a headline
        if perfect_participle(token):
            break  # "have sacked manager Jo Roe": the clause's verb, read as an adjective
        fits = (
            token.tag_ == "POS"
            or token.dep_ in ("case", "amod", "compound", "nmod")
            or token.pos_ in ("PROPN", "NOUN", "ADJ")
            or is_role_word(token, lex)
            or (token.tag_ == "HYPH" and not token.whitespace_)
            or adjective_comma(token, start, span.end)  # "the wealthy, learned heiress"
            or hyphened(token)
            or closed_hyphen(token)  # "-" of "co-host", tagged a verb
            or _joins_titles(token, lex, doc[last])
            or joins_name_words(token)  # "Roads & Bridges chief X"
            or joins_places(token, start, last, lex)  # "Tarland and Wessex MP X"
            or name_word(token)  # "Fair" of "Fair Tarland leader X", read as an adverb
        )
        if not fits:
            break
        start -= 1
        if token.is_sent_start:
            break
    tokens = with_name_start(trim(list(doc[start : last + 1])))
    if not tokens or tokens[-1].i != last or how_good_a(doc, tokens[0].i):
        return None
    # "the Most Rev Jo Ames": the bishop is addressed so, also when the model ran the
    # grade into the name ("The Rt Rev Jo Ames" as one person)
    graded = tokens[0].i > 0 and graded_style([doc[tokens[0].i - 1].text, tokens[0].text])
    if graded_style([t.text for t in tokens]) or (len(tokens) == 1 and graded):
        return None
    tokens = unjudged(tokens, doc[last])  # "glamorous wife Amy": colour, not a fact
    role = write_role(tokens)
    its_body = post_owner(role, doc[last], write_role)  # "Its chairman Jo Roe": the body's
    role = owned(role, its_body) if role and its_body else role
    if role and len(tokens) > 1 and rank_after_job(doc, last, lex):
        # "police spokesman Sergeant Tom Dale": the rank first, then the job
        role = f"{write_role(tokens[-1:])}, {write_role(tokens[:-1])}"
    if role and phrase is None and plural_title(doc[last]) and role.endswith(doc[last].text):
        # "cricketers Jim Roe and Jon Doe": each of them is a cricketer.
        role = role[: -len(doc[last].text)] + singular(doc[last].text)
    return with_held_address(role, doc[last + 1 : span.start])
