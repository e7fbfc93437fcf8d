"""What a name is, from what the document says around it.

Every mention collects votes: the model's label is one weak vote; the words
around the name add stronger ones ("Mr X", "X, 45,", "X said", "shares of X",
"X Inc", "the company X", "in X" for a place the gazetteer knows, "the film
X", "won an X"). `kinds.decide` then gives all mentions of one name one kind
by the sum of their votes. General word lists only: no names of people or things.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.band_votes import band_votes
from generator.extract.business_votes import firm_votes
from generator.extract.character_votes import character_votes
from generator.extract.class_votes import class_votes
from generator.extract.cut_names import restore_cut_names
from generator.extract.doc_words import POSSESSIVE_ENDINGS, tokens_of, words_of
from generator.extract.doc_words import lower_at as _lower
from generator.extract.doc_words import token_at as _token
from generator.extract.document_votes import plural_relative_votes, plural_verb_votes, pronoun_votes
from generator.extract.lexicon import Lexicon, animal_noun, cues, person_noun
from generator.extract.list_votes import coordination_votes
from generator.extract.lower_case_votes import common_noun_votes, common_person_words
from generator.extract.matter_votes import matter_votes
from generator.extract.mentions import PERSON, WORK, Mention
from generator.extract.name_couples import couple_surnames
from generator.extract.noun_votes import noun_votes
from generator.extract.org_context_votes import org_votes, relative_of
from generator.extract.place_votes import place_votes
from generator.extract.predicate_votes import animal_votes, predicate_votes
from generator.extract.release_votes import release_votes
from generator.extract.reported_it import said_it
from generator.extract.role_nouns import person_noun as trade_noun
from generator.extract.run_on_votes import run_on_votes
from generator.extract.shapes import name_shape_votes, names_a_body, site_votes, team_votes
from generator.extract.thing_votes import thing_votes
from generator.extract.title_votes import title_votes
from generator.extract.titled_work_votes import titled_work_votes, works_of_parts
from generator.extract.typing_appointments import appointment_votes
from generator.extract.typing_apposed_lists import apposed_list_votes
from generator.extract.typing_appositions import apposed_role
from generator.extract.typing_articled_names import articled_name
from generator.extract.typing_audiences import audience_votes
from generator.extract.typing_author_possessives import author_possessive_votes
from generator.extract.typing_body_openers import body_opener_votes
from generator.extract.typing_campaign_names import campaign_name_votes
from generator.extract.typing_cast_members import cast_member_votes
from generator.extract.typing_club_spans import town_club_votes
from generator.extract.typing_employers import employer_votes
from generator.extract.typing_grounds import ground_votes
from generator.extract.typing_made_brands import made_brand_votes
from generator.extract.typing_maker_models import maker_model_votes
from generator.extract.typing_movement_members import movement_member_votes
from generator.extract.typing_opening_trade_nouns import opening_trade_noun_votes
from generator.extract.typing_owned_products import owned_product_votes
from generator.extract.typing_performers import performer_votes
from generator.extract.typing_positions import position_votes
from generator.extract.typing_possessive_bodies import possessive_body_votes
from generator.extract.typing_product_codes import product_code_votes
from generator.extract.typing_racehorses import racehorse_votes
from generator.extract.typing_record_titles import record_title_votes
from generator.extract.typing_reports import acts_on_a_thing
from generator.extract.typing_site_forms import site_form_votes
from generator.extract.typing_speaking_bodies import saying_weight
from generator.extract.typing_stations import station_votes
from generator.extract.typing_surname_holders import surname_holder_votes
from generator.extract.typing_title_owners import title_owner_votes
from generator.extract.typing_title_shapes import title_shape_votes
from generator.extract.typing_titled_goods import titled_goods
from generator.extract.typing_titled_names import titled_name_votes
from generator.extract.typing_unlisted_given_names import unlisted_given_name_votes
from generator.extract.typing_unowned_goods import unowned_goods_votes
from generator.extract.typing_venues import venue_votes
from generator.extract.typing_where_clauses import where_clause_votes
from generator.extract.typing_work_anaphors import anaphor_votes
from generator.extract.unlabelled_votes import unlabelled_votes
from generator.extract.vote_gates import closed_votes
from generator.extract.work_votes import SHIP_PREFIXES, work_votes


def _person_votes(mention: Mention, lex: Lexicon) -> None:
    span, doc, words = mention.span, mention.span.doc, cues()
    tokens, lowers = tokens_of(doc), words_of(doc).lowers
    before = _lower(doc, span.start - 1)
    previous = tokens[span.start - 1]  # the last token for a name that opens the doc: unread
    person_titles = _person_titles(lex)
    if before in person_titles and _lower(doc, span.start - 2) in _AWARD_CATEGORY:
        mention.vote(WORK, 3.0)  # "the best actress Oscar": an award's category, no title
        return
    # An adjective is no title: "the minister's official Kent house".
    title = before in person_titles and previous.tag_ != "JJ"
    # Of the titles firms share, these head a full name only as a person's job.
    title = title or (before in _PERSONAL_SHARED_ROLES and len(span) > 1)
    # "reality star Kiki Lorne": fame before a full name is a person's, as a trade is.
    title = title or (before in _FAME_WORDS and len(span) > 1)
    if before in ("miss", "mr", "mrs", "ms") and len(span) > 1 and span[-1].lower_ in _EVENT_WORDS:
        mention.vote(WORK, 3.0)  # "the Miss Harbour Pageant": a contest's title, no one's name
        return
    work = _token(doc, span.start - 2)  # "the film Dr Kite"; not "a single Prince Kite"
    in_a_title = work is not None and work.pos_ == "NOUN" and work.lower_ in words.work_nouns
    # "The album, Dear Tobi,": a work's title set off after its noun, the title's word no title.
    in_a_title = in_a_title or (_lower(doc, span.start - 2) == "," and _apposed_work(span))
    # A title's word used as a verb titles no one: "he will miss Tarnport", "to host Kelby".
    acted = span.start > 0 and previous.pos_ == "VERB" and previous.is_lower
    titled = before in words.honorifics or before in lex.honorifics or title
    if titled and _named_after_someone(span, person_titles):
        mention.vote(WORK, 3.0)  # "the Sir Ivor Ranby steamed in": a locomotive, ship or pub
        return
    if titled and titled_goods(span):
        mention.vote(WORK, 3.0)  # "makes Mr Dumbleton cakes": a brand of goods, no one's name
    elif titled and not in_a_title:
        # "Sir Ivor Ranby Primary School", "the Lady Maud Cup": a body or a prize named after
        # someone, whose last word says so; other votes say which.
        if not acted and not (len(span) > 1 and span[-1].lower_ in _THINGS_NAMED_AFTER):
            mention.vote(PERSON, 3.0)  # "Mr Smith", "spokesman Karan Smith"
    elif span.start > 0 and person_noun(previous) and previous.is_lower:
        mention.vote(PERSON, 3.0)  # "his wife Carol", "schoolgirl Amy", "her sons Tom and Al"
    named = before in ("called", "named") and _lower(doc, span.start - 2)
    if named and (named in words.person_nouns or named in lex.role_words):
        mention.vote(PERSON, 3.0)  # "a young journalist called Ida Renn"
    end = span.end
    after = [lowers[i].rstrip(".") if i < len(lowers) else "" for i in (end, end + 1, end + 2)]
    age_ends = after[2] in (",", "") or (end + 2 < len(tokens) and tokens[end + 2].is_space)
    named_next = _token(doc, span.end + 3)
    listed = after[2] == "and" and named_next is not None and named_next.is_title
    aged = after[1].isdigit() or after[1] in _AGE_WORDS
    # "the driver of the Lexor, 45,": the age is the driver's, "the Lexor" a thing's.
    set_off = after[0][:1] == "," and not articled_name(span)
    if set_off and after[0] == "," and aged and (age_ends or listed):
        mention.vote(PERSON, 3.0)  # "Smith, 45,"; "Smith, 45" ending a line; "Lia, six, and"
    elif set_off and _AGED.match(doc[span.end : span.end + 7].text):
        mention.vote(PERSON, 3.0)  # "Smith, a 45-year-old,"
    # "accounts on Acme, who have": a plural verb's "who" is of many, not of one name.
    plural = after[2] in ("have", "are", "were")
    who = after[0] == "," and after[1] == "who" and not names_a_body(span) and not plural
    if who and relative_of(mention, span.end + 1):
        mention.vote(PERSON, 2.0)  # not "members of Acme, who left", "the Ash Mine, who"
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and apposed_role(child, person_titles, full_name=len(span) > 1):
            mention.vote(PERSON, 1.5)  # "Smith, chief spokesman of the bank"
    if root.dep_ == "appos" and root.head.is_lower and person_noun(root.head, strict=True):
        mention.vote(PERSON, 3.0)  # "their son, Wilf,": set off by commas, as "their son Wilf"
    elif root.dep_ == "appos" and _owned_trade(root.head):
        mention.vote(PERSON, 3.0)  # "Our guide, Fenella,", "my driver, Oskar,"
    elif root.dep_ == "appos" and (
        root.head.lower_ in person_titles | words.person_nouns
        or (len(span) > 1 and root.head.lower_ in _FULL_NAME_HEADS)
    ):
        # "the spokesman, Karan Smith"; "Acme's new boss, Jo Ames"; "its star, Jo Ames"
        mention.vote(PERSON, 1.5)
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lower_ in words.human_verbs:
        mention.vote(PERSON, 1.0)  # "Okafor resigned", "Amy was arrested"
    if after[0] in _TERMS_OF_OFFICE and len(span) == 1 and span.label_ == "PERSON":
        mention.vote(PERSON, 2.0)  # "the Okafor administration": a leader's term of office
    owned = {after[1], root.head.lower_ if root.dep_ == "poss" else after[1]}
    if after[0] in POSSESSIVE_ENDINGS and owned & (words.person_nouns | words.human_possessions):
        mention.vote(PERSON, 1.0)  # "Okafor's wife", "Okafor's funeral", "heartbroken aunt"
    # Bodies speak too: "Downing Street said", "Amnesty International said" is a body's.
    speaks = root.dep_ == "nsubj" and root.head.lower_ in lex.reporting_verbs
    speaks = speaks and not acts_on_a_thing(root.head, lex)  # not "have added three dates"
    if speaks and not names_a_body(span) and not said_it(mention, lex):
        mention.vote(PERSON, saying_weight(span))  # "Karan Smith said"


#: Shared titles (evidence.yaml) that a full name after them makes a person's: "chief editor
#: Jo Ames", "a member of the choir, Jo Ames"; not "fund manager Hale Capital", "car maker".
_PERSONAL_SHARED_ROLES = frozenset(
    {"editor", "executive", "boss", "colleague", "worker", "militant", "warlord"}
    | {"organiser", "organizer", "member"}
)
#: Ages written in words, set off after a name as digits are: "their son Tobin, six,".
_AGE_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
    | {"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"}
    | {"nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty"}
    | {"ninety"}
)
#: An age set off after a name: "Smith, a 45-year-old", or as wires space it "a 45 year-old".
_AGED = re.compile(r", an? \d{1,3}[- ]year[- ]old\b")
#: Owners that make a trade noun someone's: "our guide", "her tutor" (not "its pilot").
_PERSONAL_OWNERS = frozenset({"my", "our", "your", "his", "her", "their"})
#: A leader's term of office, after the leader's surname: "the Okafor administration".
_TERMS_OF_OFFICE = frozenset({"administration", "presidency", "premiership", "era"})
#: Words before a role noun that make it an award's category: "best actress Oscar".
_AWARD_CATEGORY = frozenset({"best", "supporting"})
#: Words for the famous, which head a full name as a trade does: "Hollywood star Ann Vell".
#: One word after them may be a firm ("fintech star Revolut"): only full names count.
_FAME_WORDS = frozenset({"star", "superstar", "starlet", "co-star", "celebrity", "socialite"})
#: Nouns a full name set off after them by commas makes a person's: "Acme's new boss, Jo
#: Ames", "its star, Jo Ames".
_FULL_NAME_HEADS = _PERSONAL_SHARED_ROLES | _FAME_WORDS
#: Last words of a contest's title, which "Miss" or "Mr" opens as it opens a name.
_EVENT_WORDS = frozenset(
    {"pageant", "pageants", "contest", "competition", "final", "finals", "awards"}
)


#: The last lexicon `_person_titles` read and its titles, kept by identity (a Lexicon holds
#: dicts, so it cannot be a cache key): the set difference made anew at every mention cost
#: more than the rest of `_person_votes`.
_TITLES_OF: list[tuple[Lexicon, frozenset[str]]] = []


def _person_titles(lex: Lexicon) -> frozenset[str]:
    """The lexicon's titles that only people hold: its role words less the shared ones."""
    if not _TITLES_OF or _TITLES_OF[0][0] is not lex:
        _TITLES_OF[:] = [(lex, lex.role_words - cues().shared_roles)]
    return _TITLES_OF[0][1]


def _named_after_someone(span: Span, person_titles: frozenset[str]) -> bool:
    """Whether the title before the name is part of a thing's name: "the Sir Ivor Ranby" or
    "the Lady Maud" (a locomotive, a ship or a pub named after a person: a person is never
    "the Sir Ivor Ranby", and "the late Sir" has a word between), "the RMS Lady Maud" (a
    ship's prefix), "mascot Captain Crumble" (a noun of a thing named so), "our dog Mr Tibbs"
    (an animal's noun). Not a title that heads an office ("the Lord Chancellor")."""
    doc = span.doc
    title = _token(doc, span.start - 1)
    if title is None or not title.is_title or span[0].lower_ in person_titles:
        return False
    before = _token(doc, span.start - 2)
    if before is None:
        return False
    if before.lower_ == "the":
        # Not a name that only qualifies a noun after it: "the Mr Kipple bakery chain".
        qualifies = span.root.dep_ == "compound" and span.root.head.i >= span.end
        return title.lower_ in _COURTESY_TITLES and not qualifies
    named = before.lower_ in _NAMED_THINGS or animal_noun(before.lower_)  # "my cat Mr Tibbs"
    return before.text in SHIP_PREFIXES or (before.is_lower and named)


#: Last words of the names of bodies, buildings and prizes named after someone, which a title
#: opens as it opens the person's name: "Sir Ivor Ranby Primary School", "the Lady Maud
#: Trophy"; and of offices of state, whose name may open on a word that is a title elsewhere:
#: "the Executive Transport Directorate". None is a surname, as "Steel", "Mills" or "Church"
#: of the body words are.
_THINGS_NAMED_AFTER = frozenset(
    {"school", "academy", "college", "university", "institute", "hospital", "infirmary"}
    | {"clinic", "centre", "center", "museum", "library", "foundation", "trust", "fund"}
    | {"memorial", "stadium", "award", "awards", "prize", "trophy", "cup", "scholarship"}
    | {"directorate", "ministry", "department", "agency", "commission", "inspectorate"}
)

#: Courtesy titles that open a person's name and never follow "the" in it: "the Rev" and
#: "the Hon" do, and are left out.
_COURTESY_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron"}
)
#: Nouns of things given a person's title as a name, written right before it: "mascot
#: Captain Crumble", "the toy Mrs Pickle". Works and ships are `cues().work_nouns`, which
#: `_person_votes` reads as titles of works.
_NAMED_THINGS = frozenset(
    {"mascot", "mascots", "puppet", "puppets", "doll", "dolls", "toy", "toys", "robot"}
    | {"chatbot", "locomotive", "engine", "steamer", "paddle-steamer"}
)


def _owned_trade(head: Token) -> bool:
    """Whether a noun is a person's trade that a personal pronoun owns ("our guide", "my
    driver"): what is set off after it is that person's name. A trade noun alone is not
    enough ("the tanker, Fenella," names a ship; "the guide, Walks of Kelby," a book)."""
    owned = any(c.dep_ == "poss" and c.lower_ in _PERSONAL_OWNERS for c in head.children)
    return owned and head.is_lower and head.tag_ == "NN" and trade_noun(head.lower_)


def _apposed_work(span: Span) -> bool:
    """Whether the name is set off by commas after a lower-case noun of a work whose apposition
    it is: "The album, Dear Tobi,"; not "about the film, Dr Ames said" (a subject)."""
    root = span.root
    head = root.head
    set_off = root.dep_ == "appos" and head.i == span.start - 3
    return set_off and head.lower_ in cues().work_nouns and head.is_lower


def collect(mentions: list[Mention], lex: Lexicon, datelines: set[int]) -> None:
    """Votes from the context of every mention the tables did not decide."""
    couple_surnames(mentions)  # "Harlan and Greta Voss"
    restore_cut_names(mentions)
    closed = closed_votes(mentions[0].span.doc) if mentions else frozenset()
    for mention in mentions:
        if mention.fixed:
            continue
        _person_votes(mention, lex)
        position_votes(mention)
        station_votes(mention)
        town_club_votes(mention)
        ground_votes(mention)
        org_votes(mention)
        noun_votes(mention, lex)
        firm_votes(mention)
        release_votes(mention)
        employer_votes(mention, lex)
        appointment_votes(mention, lex)
        work_votes(mention, mention.span.label_)
        record_title_votes(mention)
        owned_product_votes(mention)
        title_votes(mention)
        if character_votes not in closed:
            character_votes(mention)
        band_votes(mention)
        title_shape_votes(mention)
        titled_work_votes(mention)
        place_votes(mention, lex, datelines)
        matter_votes(mention)
        name_shape_votes(mention, lex)
        site_votes(mention, lex)
        team_votes(mention, lex)
        if animal_votes not in closed:
            animal_votes(mention)  # the first of the predicate's votes
        predicate_votes(mention, lex)
        if racehorse_votes not in closed:
            racehorse_votes(mention)
        venue_votes(mention)
        audience_votes(mention)
        title_owner_votes(mention, lex)
        apposed_list_votes(mention, lex)
        body_opener_votes(mention)
        plural_verb_votes(mention)
        plural_relative_votes(mention)
        site_form_votes(mention)
        possessive_body_votes(mention)
        product_code_votes(mention)
        campaign_name_votes(mention)
        unowned_goods_votes(mention)
        opening_trade_noun_votes(mention)
        made_brand_votes(mention)
        maker_model_votes(mention)
        author_possessive_votes(mention)
        cast_member_votes(mention)
        performer_votes(mention)
        movement_member_votes(mention)
        where_clause_votes(mention)
    works_of_parts(mentions)
    surname_holder_votes(mentions)
    titled_name_votes(mentions, lex)
    class_votes(mentions, lex)
    coordination_votes(mentions)
    pronoun_votes(mentions, lex)
    anaphor_votes(mentions)
    unlabelled_votes(mentions)
    run_on_votes(mentions)
    thing_votes(mentions)
    unlisted_given_name_votes(mentions)
    if mentions:
        common_noun_votes(mentions, mentions[0].span.doc)
        common_person_words(mentions, mentions[0].span.doc)
