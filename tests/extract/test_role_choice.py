"""Choosing one role per person among those found beside several mentions."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.lexicon import lexicon
from generator.extract.role_choice import Found, chosen, joined, says_else
from generator.extract.role_phrases import role_words
from generator.extract.role_title_breaks import breaks_title
from tests.extract.test_roles import roles_in


def test_a_second_description_that_says_something_else_is_kept() -> None:
    """ "fisherman" and "Harlem resident" are two things said of one person."""
    found = [Found("fisherman", True, True)]
    assert chosen(found, "Harlem resident") == "fisherman, Harlem resident"


def test_a_description_with_the_same_head_is_not_repeated() -> None:
    """ "lover" adds nothing to "married lover", nor "Minister" to "Welsh Office minister"."""
    assert not says_else("lover", "married lover")
    assert not says_else("Welsh Office minister", "Ex-Welsh Office Minister")
    found = [Found("married lover", True, True), Found("lover", False, True)]
    assert chosen(found, None) == "married lover"


def test_a_role_naming_its_body_wins_over_one_owned_by_a_noun() -> None:
    """ "Greens leader" says more than "leader of the party", an "its" read as "the party"."""
    found = [Found("Greens leader", True, False), Found("leader of the party", True, True)]
    assert chosen(found, None) == "Greens leader"


def test_no_role_found_gives_the_lede_description() -> None:
    """Without a role beside any mention, the lede's description is the role."""
    assert chosen([], "Harlem resident") == "Harlem resident"
    assert chosen([], None) is None


def test_a_joined_role_stays_short() -> None:
    """Two descriptions that together pass the word limit keep the best one alone."""
    best = Found("chief executive of the Northern Counties Building Society", True, True)
    assert chosen([best], "keen amateur long-distance runner from Leeds") == best.role


def test_lede_description_joins_a_stated_role(nlp: Language) -> None:
    """A lede that opens on an unnamed cyclist adds to the appositive of the name."""
    text = (
        "A Bristol cyclist who rode to work found a wallet full of cash on Monday.\n\n"
        "Peter Holt, a father of two, handed it to the police the same day."
    )
    assert roles_in(nlp, text)["Peter Holt"] == "father of two, Bristol cyclist"


def test_unnamed_spokeswoman_is_no_one_named_later(nlp: Language) -> None:
    """ "A police spokeswoman confirmed" before a name is not that person's role."""
    text = (
        "Leaflets were posted to homes in the town.\n\n"
        "A police spokeswoman confirmed that officers were looking at them.\n\n"
        "The website shows party leader Glen Harker delivering a leaflet."
    )
    assert roles_in(nlp, text)["Glen Harker"] == "party leader"


def test_a_bare_surname_gives_no_second_description() -> None:
    """ "Roe" may be a relative of "Ann Roe": its role is not joined; "Ms Roe" is hers."""
    found = [Found("first lady", True, False), Found("President", False, False, theirs=False)]
    assert chosen(found, None) == "first lady"
    found = [Found("TV presenter", True, False), Found("friend of the host", False, True)]
    assert chosen(found, None) == "TV presenter, friend of the host"


def test_a_role_cut_before_its_noun_loses_its_dangling_words() -> None:
    """ "author of" and "runs the club that" end in function words: the noun phrase stays."""
    assert chosen([Found("author of", True, True)], None) == "author"
    assert chosen([Found("runs the club that", True, True)], None) == "runs the club"
    assert chosen([Found("nurse, of", True, True)], None) == "nurse"
    assert chosen([], "the") is None


def test_a_clause_cut_short_is_dropped_but_a_whole_one_stays() -> None:
    """ "nurse who calls herself a" loses its clause; "driver who found the dog" is whole."""
    assert chosen([Found("nurse who calls herself a", True, True)], None) == "nurse"
    assert chosen([Found("driver who found the dog", True, True)], None) == (
        "driver who found the dog"
    )


def test_a_role_with_a_bracket_left_open_is_cut_before_it() -> None:
    """ "ATPR [Air" is a name the parse cut inside its brackets: the part before stays."""
    assert chosen([Found("ATPR [Air", True, True)], None) == "ATPR"
    assert chosen([Found("head of research (retired)", True, True)], None) == (
        "head of research (retired)"
    )


def test_a_verb_in_the_past_before_a_title_is_not_part_of_it(nlp: Language) -> None:
    """A past-tense verb before a title ends it ("slammed Tory candidate"); "retired" does not."""
    # Whatever the parser hung it on; a participle that describes ("retired") does not end it.
    doc = nlp("The verse slammed Tory candidate Owen Pryce, a retired Army colonel.")
    doc[2].tag_ = "VBD"  # the tagger's reading in a longer sentence
    assert breaks_title(doc[2], role_words(), lexicon())
    retired = next(token for token in doc if token.text == "retired")
    retired.tag_ = "VBN"
    assert not breaks_title(retired, role_words(), lexicon())


def test_a_noun_for_a_person_outranks_a_thing_someone_is_said_to_be() -> None:
    """ "senior adviser" beside a surname beats "key influence" beside the full name."""
    found = [
        Found("key influence on the plan", True, True),
        Found("senior adviser to Ann Vell", False, True),
    ]
    assert chosen(found, None) == "senior adviser to Ann Vell, key influence on the plan"


def test_title_runs_on_into_the_body_after_the_name(nlp: Language) -> None:
    """ "Professor Tom Vell, of Kelby University,": no comma between title and body."""
    text = "Professor Tom Vell, of Kelby University, said the data were clear."
    assert roles_in(nlp, text)["Tom Vell"] == "Professor of Kelby University"
    assert joined("Senator", "critic of the deal") == "Senator, critic of the deal"
    assert joined("former minister", "of Tarland") == "former minister, of Tarland"


def test_where_someone_is_from_follows_what_they_are(nlp: Language) -> None:
    """A lede's noun and an "of" of home are joined noun first, not as a town's name."""
    text = (
        "A Wessex farm worker found a gold ring in a field yesterday. Osric Pellam, of "
        "Brindleford, had borrowed a metal detector from a neighbour for the afternoon."
    )
    assert roles_in(nlp, text)["Osric Pellam"] == "Wessex farm worker, of Brindleford"


def test_an_affiliation_chosen_first_goes_after_the_lede_noun() -> None:
    """ "of Brindleford" and the lede's "farm worker": the noun for what he is comes first."""
    found = [Found("of Brindleford", True, True)]
    assert chosen(found, "farm worker") == "farm worker, of Brindleford"
