"""Every classified mention of one parsed article, in text order (`mentions_of`).

The steps, each in its own module: `name_spans` cleans the pipeline's entity
spans, `person_joins` joins people's names the model cut, and `mentions` lets
the data tables decide what they know for sure; `evidence` gives every other
name one kind across the document from what the text says around it; `people`
merges partial names into full ones ("Shaibani" -> "Asaad al-Shaibani");
`acronyms` reads the text's acronyms as their organizations.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.acronyms import acronym_aliases, one_case_per_name
from generator.extract.body_agency_names import agency_names
from generator.extract.body_company_names import short_company_names
from generator.extract.body_forms import merged_short_forms
from generator.extract.body_legal_names import legal_form_names
from generator.extract.body_lower_words import with_lower_words_inside
from generator.extract.body_military_units import unit_of_place, untagged_units
from generator.extract.body_place_services import service_of_place
from generator.extract.body_result_tables import with_table_teams
from generator.extract.body_spans import (
    joined_bodies,
    joined_organizations,
    leader_of_administration,
    split_at_dashes,
    with_first_word_before_and,
    with_name_words_before,
)
from generator.extract.company_places import split_company_place
from generator.extract.designations import without_designations
from generator.extract.document_votes import common_noun_capitals
from generator.extract.evidence import collect
from generator.extract.family_names import one_spelling
from generator.extract.kinds import decide
from generator.extract.lexicon import Lexicon, lexicon
from generator.extract.line_ups import (
    aged_people,
    last_of_listed,
    line_up_people,
    without_pairs,
)
from generator.extract.list_commas import split_at_list_commas
from generator.extract.located_adjectives import without_located_adjective
from generator.extract.mention_debris import debris_tokens
from generator.extract.mentions import (
    ORG,
    Mention,
    classify,
)
from generator.extract.name_spans import WEEKDAYS, clean_span
from generator.extract.no_person_notes import label_works, note_no_people
from generator.extract.opening_nouns import without_opening_noun
from generator.extract.org_adjectives import without_adjective_bodies
from generator.extract.org_events import without_event_bodies
from generator.extract.org_people import without_people_bodies
from generator.extract.peer_names import titled_peers, with_peerage_titles
from generator.extract.people import (
    adopt_person_parts,
    bare_surnames,
    person_before_of,
    person_parts,
    resolve_people,
    split_byline,
)
from generator.extract.person_apposed_names import apposed_people
from generator.extract.person_hyphens import one_hyphenation
from generator.extract.person_joins import joined_people
from generator.extract.person_nicknames import one_given_name
from generator.extract.person_noun_names import noun_named_people
from generator.extract.person_possessed import split_possessed
from generator.extract.person_tails import split_people, unlabelled_titled_people
from generator.extract.place_datelines import dateline_starts
from generator.extract.place_party_homes import party_homes
from generator.extract.place_peoples import peoples_that_are_places
from generator.extract.place_unlabelled_streets import unlabelled_streets
from generator.extract.place_untagged import untagged_countries
from generator.extract.repeated_writings import without_person_evidence
from generator.extract.titled_people import person_by_title
from generator.extract.typing_bare_bodies import bare_bodies_keyed
from generator.extract.typing_branches import branch_names
from generator.extract.typing_club_spans import club_of_town
from generator.extract.typing_group_adjectives import without_groups_of_things
from generator.extract.typing_stations import station_of_town
from generator.extract.typing_untagged_firms import untagged_firms
from generator.extract.typing_untagged_people import listed_people, untagged_people


def _with_datelines(
    doc: Doc, mentions: list[Mention], datelines: dict[int, int], lex: Lexicon
) -> list[Mention]:
    """The place of each dateline as one mention ("BEIJING", "MEXICO CITY", "ST. LOUIS").

    The NER misses capitals or cuts them ("MEXICO" of "MEXICO CITY"); the
    dateline's words replace whatever it found there.
    """
    inside = {i for first, end in datelines.items() for i in range(first, end)}
    out = [m for m in mentions if not inside.intersection(range(m.span.start, m.span.end))]
    for first, end in datelines.items():
        span = doc[first:end]
        span.label_ = "GPE"
        cleaned = clean_span(span, lex)
        for mention in classify(cleaned, lex) if cleaned is not None else []:
            if mention.place is None and mention.text.isupper():
                # A town no table knows is written as a name, as a cut dateline's is:
                # "TARNVILLE" -> "Tarnville".
                mention.text = mention.key = mention.text.title()
            out.append(mention)
    return out


#: Words that end a newspaper's name after a place or a weekday: "Russia Daily", "Sunday Gazette".
_PAPER_WORDS = frozenset({"daily", "times", "news", "post", "herald", "tribune", "gazette"})
_PAPER_WORDS |= {"telegraph", "mirror", "express", "mail", "observer"}


def _paper_of_place(ent: Span) -> Span:
    """ "Russia Daily", "Sunday Gazette" where the model read a country or a date and
    nothing after it: the newspaper."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    weekday = ent.label_ == "DATE" and len(ent) == 1 and ent[0].lower_ in WEEKDAYS
    if (
        not (ent.label_ == "GPE" or weekday)
        or after is None
        or after.ent_iob_ != "O"
        or not after.is_title
        or after.lower_ not in _PAPER_WORDS
    ):
        return ent
    paper = doc[ent.start : ent.end + 1]
    paper.label_ = "ORG"
    return paper


def _without_common_capitals(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Organizations in capitals that the text uses as common nouns ("ample PPE", "her KX
    scan"), dropped: the document is read only when such a name is there."""
    things = common_noun_capitals(doc, mentions)
    return [m for m in mentions if not (m.kind == ORG and not m.fixed and m.text in things)]


def mentions_of(doc: Doc, lex: Lexicon | None = None) -> list[Mention]:
    """Every classified mention in the document, in text order."""
    lex = lex or lexicon()
    without_designations(doc)
    datelines = dateline_starts(doc)
    out: list[Mention] = []
    for ent in (
        leader_of_administration(_paper_of_place(station_of_town(club_of_town(e))), lex)
        for e in branch_names(
            joined_bodies(
                joined_organizations(
                    with_first_word_before_and(
                        [
                            unit_of_place(s)
                            for s in with_lower_words_inside(
                                with_name_words_before(joined_people(doc))
                            )
                        ]
                    )
                )
            ),
            lex,
        )
    ):
        for part in split_byline(person_before_of(person_by_title(ent, lex), lex), datelines):
            names = (
                c
                for n in person_parts(part, lex)
                for d in split_at_dashes(n)
                for c in split_at_list_commas(d, lex)
            )
            pieces = (
                c
                for d in names
                for p in split_company_place(d, lex)
                for o in split_possessed(p)
                for c in split_people(o, lex)
            )
            for piece in pieces:
                span = clean_span(piece, lex)
                span = without_located_adjective(span) if span is not None else None
                if span is not None:
                    span = service_of_place(without_opening_noun(span, lex))
                    out.extend(classify(span, lex))
    missed = [*peoples_that_are_places(doc), *untagged_countries(doc), *unlabelled_streets(doc)]
    missed += short_company_names(list(doc.ents)) + untagged_firms(doc) + agency_names(doc)
    missed += legal_form_names(doc) + untagged_units(doc)
    missed += aged_people(doc, lex) + unlabelled_titled_people(doc, lex) + titled_peers(doc, lex)
    missed += untagged_people(doc, lex) + listed_people(doc, lex) + party_homes(doc)
    missed += apposed_people(doc, lex) + noun_named_people(doc, lex)
    out.extend(m for name in missed for m in classify(name, lex))
    out = with_table_teams(doc, out, lex)
    debris = debris_tokens(doc)
    out = without_groups_of_things([m for m in out if m.span.start not in debris])
    out = _with_datelines(doc, out, datelines, lex)
    out.sort(key=lambda m: m.span.start)
    collect(out, lex, set(datelines))
    without_person_evidence(out)
    read = out
    out = decide(out, lex)
    out = without_adjective_bodies(_without_common_capitals(doc, out))
    out = without_event_bodies(without_people_bodies(out))
    label_works(doc, read, out)
    note_no_people(doc, read, out)
    out = without_pairs(last_of_listed(out))
    one_spelling(out)
    one_hyphenation(out)
    one_given_name(out)
    resolve_people(out)
    adopt_person_parts(out)
    resolve_people(out)
    out = line_up_people(doc, bare_surnames(doc, out))
    with_peerage_titles(out, lex)
    return one_case_per_name(bare_bodies_keyed(merged_short_forms(acronym_aliases(doc, out))))
