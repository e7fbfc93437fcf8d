"""Quotes: marks of every convention, quotes over paragraphs, and speakers or None."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from generator.extract import extract
from generator.extract.entities import PERSON
from generator.extract.quotes import attribute, find_quotes
from generator.extract.speech import Sentences
from generator.seeds import Seed

Record = Callable[[str], dict[str, Any]]


def texts(text: str) -> list[str]:
    """The texts of the quotes found in ``text``."""
    return [q.text for q in find_quotes(text)]


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker name) of every quote of an article given as text."""
    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
    seed = Seed(
        path="example.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        title=None,
        paragraphs=paragraphs,
    )
    return [(q["text"], q["speaker"]) for q in extract([seed])[0]["quotes"]]


# --- finding quotes -----------------------------------------------------------------


def test_british_single_quotes_hold_nested_doubles() -> None:
    """‘... “inner” ...’ is one quote that keeps the nested double quotes."""
    text = "‘He called the plan “a total and utter farce” before the vote,’ Mr Hale said."
    assert texts(text) == ["He called the plan “a total and utter farce” before the vote"]


def test_apostrophes_never_open_or_close() -> None:
    """it’s, don’t, ’70s, ’em, O’Neill and rock ’n’ roll stay inside one quote."""
    text = "‘It’s the ’70s again: don’t tell ’em O’Neill plays rock ’n’ roll all night,’ she said."
    assert texts(text) == [
        "It’s the ’70s again: don’t tell ’em O’Neill plays rock ’n’ roll all night"
    ]


def test_apostrophes_alone_make_no_quote() -> None:
    """A paragraph of apostrophes only (O’Neill’s ’80s rock ’n’ roll) has no quote."""
    assert texts("O’Neill’s band played ’80s rock ’n’ roll to the players’ wives.") == []


def test_plural_possessive_inside_a_quote_does_not_close_it() -> None:
    """‘... the players’ union ...’: the possessive mark is not the closing one."""
    text = "‘We will not let the players’ union decide our future,’ the chairman said."
    assert texts(text) == ["We will not let the players’ union decide our future"]


def test_plural_possessive_before_a_new_quote_closes() -> None:
    """‘... our fans’ she said, ‘...’: an "s’" followed by a new opening mark closes."""
    text = "‘We owe everything to our loyal fans’ she said, ‘and to nobody else at all.’"
    assert texts(text) == ["We owe everything to our loyal fans", "and to nobody else at all."]


def test_scare_quotes_do_not_break_the_pairing() -> None:
    """A short ‘circuit-breaker’ is not a quote, and the quote after it is still found."""
    text = "It was a ‘circuit-breaker’ move, he said, ‘and it will save many lives this winter.’"
    assert texts(text) == ["and it will save many lives this winter."]


def test_guillemets_in_both_directions() -> None:
    """«...» and »...« are quote marks."""
    assert texts("«We will win this war soon», he said. »They will lose it all«") == [
        "We will win this war soon",
        "They will lose it all",
    ]


def test_single_quote_over_two_paragraphs_is_one_quote() -> None:
    """An unclosed ‘ paragraph continued by one that opens with ‘ is one quote."""
    text = "She said: ‘The opening half runs on.\n\n‘And here the second half ends.’"
    assert texts(text) == ["The opening half runs on. And here the second half ends."]


def test_middle_attribution_joins_the_parts() -> None:
    """‘We will win,’ she said, ‘and soon.’ is one quote in two parts."""
    quotes = find_quotes("‘We will win this fight,’ she said, ‘and we will win it soon.’")
    assert [q.text for q in quotes] == ["We will win this fight, and we will win it soon."]
    assert len(quotes[0].parts) == 2


def test_straight_single_quotes_in_a_single_quote_text() -> None:
    """'...' quotes when the text quotes with single marks; 'em stays inside."""
    text = "'We will feed the hungry today,' he said. 'Let 'em eat all the cake they want.'"
    assert texts(text) == ["We will feed the hungry today", "Let 'em eat all the cake they want."]


def test_straight_single_marks_are_apostrophes_in_a_double_quote_text() -> None:
    """In a text that quotes with doubles, straight single marks are never quotes."""
    text = "The fans' 'big day out' of the '90s, \"and we will play all night long,\" he said."
    assert texts(text) == ["and we will play all night long"]


def test_unclosed_single_mark_in_a_double_quote_text_is_dropped() -> None:
    """A stray ‘ that never closes, in a text quoting with doubles, makes no quote."""
    text = '"We are ready for the storm," he said.\n\nThe ‘worst of it came on Sunday night.'
    assert texts(text) == ["We are ready for the storm"]


def test_pairs_of_single_marks_are_double_quotes() -> None:
    """''Typewriter doubles'' and a ‘’ pair open and close like one double mark."""
    text = "''This is not tax reform at all,'' he said. ‘’It is a mess for everyone.”"
    assert texts(text) == ["This is not tax reform at all", "It is a mess for everyone."]


def test_a_run_of_marks_makes_no_quote() -> None:
    """100,000 opening marks in a row are scanned to the end and give no quote."""
    assert find_quotes("\u2018" * 100_000) == []


def test_scare_quotes_and_titles_are_not_quotations() -> None:
    """One or two quoted words (scare quotes) and titles are skipped."""
    text = 'He called it "good fun" in a film called "Never Ask The Moon".'
    assert find_quotes(text) == []


def test_a_three_word_fragment_in_a_reporting_sentence_is_a_quote() -> None:
    """British copy quotes fragments: firms are ‘only just recovering’, she said."""
    text = "She said the firms were ‘only just recovering’ from a very hard year."
    assert [q.text for q in find_quotes(text)] == ["only just recovering"]


def test_a_new_opening_mark_inside_a_quote_continues_it() -> None:
    """BBC style '"What is it? "That if ..."' is one quote, without the inner mark."""
    quotes = find_quotes('He replies: "What follows from that? "That if you can, you must."')
    assert [q.text for q in quotes] == ["What follows from that? That if you can, you must."]


def test_a_spaced_single_mark_after_a_nested_quote_closes_the_quote() -> None:
    """'‘... “Are you sure?” ’ Whitlow recalls.': the lone mark after the nested close ends it."""
    text = "‘My aunt kept asking, “Are you sure about the boat?” ’ Dana Whitlow recalls. ‘Never.’"
    assert texts(text) == ["My aunt kept asking, “Are you sure about the boat?”"]


# --- speakers ------------------------------------------------------------------------


def test_curly_quotes_attributed_by_surname(record_of: Record) -> None:
    """Curly-quoted sentences after '..., Okafor said.' belong to Sara Okafor."""
    assert record_of("quotes_curly.txt")["quotes"] == [
        {"text": "This clinic will serve forty thousand people", "speaker": "Sara Okafor"},
        {"text": "Nobody should have to travel a day to see a doctor.", "speaker": "Sara Okafor"},
    ]


def test_straight_quote_speaker_carried_through_pronoun(record_of: Record) -> None:
    """'He said, "..."' after a sentence about Daniel Mbeki is Daniel Mbeki's."""
    quotes = record_of("quotes_straight_pronoun.txt")["quotes"]
    assert quotes[0] == {
        "text": "Workers deserve a fair wage and safe mines.",
        "speaker": "Daniel Mbeki",
    }


def test_names_inside_quotes_are_not_antecedents(record_of: Record) -> None:
    """'"... Dalton needs a headline," said Mbeki. "...," he added.' is Mbeki's, not Dalton's."""
    quotes = record_of("quotes_straight_pronoun.txt")["quotes"]
    assert [q["speaker"] for q in quotes[1:]] == ["Daniel Mbeki", "Daniel Mbeki"]


def test_quote_over_two_paragraphs_is_one_quote(record_of: Record) -> None:
    """An unclosed paragraph continued by an opening mark is one quote with one speaker."""
    quotes = record_of("quotes_multi_paragraph.txt")["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["text"].startswith("We lost three bridges")
    assert quotes[0]["text"].endswith("we need help from the capital now")
    assert quotes[0]["speaker"] == "Lucia Ferreira"


def test_quote_without_speaker_is_none(record_of: Record) -> None:
    """A quote that no reporting verb introduces has speaker None."""
    assert record_of("quotes_unattributed.txt")["quotes"] == [
        {"text": "We have had no water for eleven days", "speaker": None},
    ]


def test_spokesman_is_not_his_principal(record_of: Record) -> None:
    """ "Mr Ames's official spokeswoman told" is not attributed to Tom Ames."""
    quotes = record_of("quotes_spokesman.txt")["quotes"]
    assert [q["speaker"] for q in quotes] == [None]


def test_british_quotes_with_middle_attribution_and_pronoun(record_of: Record) -> None:
    """British marks, a middle attribution and a later 'she said' all go to Mrs Ward."""
    quotes = record_of("quotes_british.txt")["quotes"]
    assert [q["speaker"] for q in quotes] == ["Helen Ward", "Helen Ward"]
    assert quotes[0]["text"].startswith("We have waited eleven years for this")


def test_pronoun_goes_to_the_compatible_person() -> None:
    """ "she said" skips the nearer Mr Osei and goes back to Mrs Lindqvist."""
    text = (
        "Mrs Anna Lindqvist met Mr Kwame Osei at the harbour on Monday.\n\n"
        "Mr Osei left early.\n\n"
        "“The harbour has been closed for far too long,” she said."
    )
    assert speakers(text) == [("The harbour has been closed for far too long", "Anna Lindqvist")]


def test_role_noun_goes_to_the_person_with_that_role() -> None:
    """ "the minister said" is the person whose stated role is Health Minister."""
    text = (
        "Health Minister Sara Okafor opened a clinic in Kano on Monday.\n\n"
        "“This clinic will serve forty thousand people,” the minister said."
    )
    assert speakers(text) == [("This clinic will serve forty thousand people", "Sara Okafor")]


def test_spokesman_for_an_organization_is_the_organization() -> None:
    """ "a spokeswoman for the Fennick Credit Bank said" gives the Fennick Credit Bank."""
    text = (
        "“The grant will be paid out over three winters,” a spokeswoman for the Fennick Credit "
        "Bank said."
    )
    quote = "The grant will be paid out over three winters"
    assert speakers(text) == [(quote, "Fennick Credit Bank")]


def test_unnamed_speakers_are_none() -> None:
    """ "one resident said" and "officials said" name nobody: the speaker is None."""
    text = (
        "Mayor Lucia Ferreira visited the flooded town on Monday.\n\n"
        "“We have had no water for eleven days,” one resident said.\n\n"
        "“The bridge will reopen within a month,” officials said."
    )
    assert [s for _, s in speakers(text)] == [None, None]


def test_a_possessor_is_not_the_speaker() -> None:
    """ "Mr Ames's opponents said" is not Tom Ames speaking."""
    text = (
        "Chancellor Tom Ames met dock workers on Tuesday.\n\n"
        "“Not one pledge of his survived the winter,” Mr Ames's opponents said."
    )
    assert [s for _, s in speakers(text)] == [None]


def test_speaker_of_the_sentence_before_goes_on() -> None:
    """ "Mr Hale said the talks failed. ‘It was ...’" is Mr Hale's."""
    text = (
        "Trade minister Peter Hale spoke in Leeds on Monday.\n\n"
        "Mr Hale said the talks had failed. ‘It was a disaster for everyone involved.’"
    )
    assert speakers(text) == [("It was a disaster for everyone involved.", "Peter Hale")]


def test_participle_continues_the_earlier_speaker() -> None:
    """ "Hale said ..., adding: ‘...’" is Peter Hale's, however the parser hangs "adding"."""
    text = (
        "Trade minister Peter Hale spoke in Leeds on Monday.\n\n"
        "The committee met when Hale said the talks had failed, "
        "adding: ‘We must start again from the very beginning.’"
    )
    assert speakers(text) == [("We must start again from the very beginning.", "Peter Hale")]


def test_quote_paragraph_continues_the_speaker_before() -> None:
    """A paragraph that is only a quote goes on from the quote that ends the one before."""
    text = (
        "‘We will rebuild the bridge this year,’ said Mayor Lucia Ferreira.\n\n"
        "‘It will take two years and a lot of money.’"
    )
    assert [s for _, s in speakers(text)] == ["Lucia Ferreira", "Lucia Ferreira"]


def test_the_company_is_the_organization_last_named() -> None:
    """ "the company said" refers back to the organization that was the subject before."""
    text = (
        "The Fennick Credit Bank said on Tuesday it would pull the grant for the shipyard.\n\n"
        "‘We are sorry for every worker this touches,’ the bank said."
    )
    assert speakers(text) == [("We are sorry for every worker this touches", "Fennick Credit Bank")]


def test_passive_subject_is_not_the_speaker() -> None:
    """ "The plan was branded ‘...’" names nobody who said it."""
    text = (
        "Mayor Lucia Ferreira presented the harbour plan on Monday.\n\n"
        "The plan was branded ‘a death trap for anyone who fishes at night’."
    )
    assert [s for _, s in speakers(text)] == [None]


def test_speaker_the_ner_missed_is_made_a_person(nlp: Language) -> None:
    """With no entities at all, "Owen Marsh said" still names Owen Marsh."""
    doc = nlp("“We want the budget published before the vote,” Owen Marsh said.")
    quotes = find_quotes(doc.text)
    added = attribute(doc, quotes, [])
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Owen Marsh"
    assert [(e.name, e.kind) for e in added] == [("Owen Marsh", PERSON)]


def test_sample_quote_speaker_through_pronoun(sample: dict[str, Any]) -> None:
    """'He stated, "Security is a shared responsibility"' belongs to Asaad al-Shaibani."""
    assert {"text": "Security is a shared responsibility", "speaker": "Asaad al-Shaibani"} in (
        sample["quotes"]
    )


def test_quoted_as_saying_names_the_speaker(record_of: Record) -> None:
    """'the agency quoted envoy Oleg Varnov as saying' makes Varnov the speaker."""
    quotes = record_of("split_name.txt")["quotes"]
    assert [q["speaker"] for q in quotes] == ["Oleg Varnov"]


def test_definite_role_refers_to_the_lead_speaker(record_of: Record) -> None:
    """ "The prime minister conceded" is the person titled Prime Minister."""
    quotes = record_of("topic_person.txt")["quotes"]
    assert quotes == [
        {"text": "what looks like a tougher stance on steel", "speaker": "Helen Carter"}
    ]


def test_name_before_a_verb_tagged_as_noun_speaks() -> None:
    """ "'...,' Harwood states." is a verb of saying even when tagged as a noun."""
    text = (
        "Council leader Peter Harwood opened the new depot on Monday.\n\n"
        "‘We will not stop until every road in the county is repaired,’ Harwood states."
    )
    assert speakers(text) == [
        ("We will not stop until every road in the county is repaired", "Peter Harwood")
    ]


def test_a_named_thing_with_an_article_does_not_stop_a_pronoun_chain() -> None:
    """ "he looked after ... the Marlow Flyer": a name with "the" is no person; "he" goes on."""
    text = (
        "Tom Barlow is a retired engine driver from Leeds.\n\n"
        "At the depot he looked after goods engines, and the Marlow Flyer was his pride.\n\n"
        "‘I never once missed a shift in forty years of work,’ he says."
    )
    assert speakers(text) == [("I never once missed a shift in forty years of work", "Tom Barlow")]


def test_name_after_place_and_title_is_a_new_speaker() -> None:
    """ "Bramford Mayor Linnea Crowe said": the name starts after the title."""
    text = "‘We had no reason to hide anything from the public,’ Bramford Mayor Linnea Crowe said."
    assert speakers(text) == [("We had no reason to hide anything from the public", "Linnea Crowe")]


def test_goes_on_reports_speech() -> None:
    """ "'...,' she goes on" is a verb of saying with its particle."""
    text = (
        "Historian Maria Delgado spoke at the library on Friday.\n\n"
        "‘I think silence can be a radical presence in the archive,’ she goes on."
    )
    assert speakers(text) == [
        ("I think silence can be a radical presence in the archive", "Maria Delgado")
    ]


def test_a_definite_description_is_the_person_just_before() -> None:
    """ "Okafor is aware ... 'Quote,' the tall, bearded engineer said": Okafor speaks."""
    text = (
        "Daniel Okafor builds small electric vans in a former bus depot.\n\n"
        "Okafor is aware that the market is crowded.\n\n"
        "‘Nobody I know makes money on a van this small,’ the tall, bearded engineer said."
    )
    assert speakers(text) == [("Nobody I know makes money on a van this small", "Daniel Okafor")]


def test_an_indefinite_description_names_nobody() -> None:
    """ "Okafor is aware ... 'Quote,' one local mechanic said": nobody is named."""
    text = (
        "Daniel Okafor builds small electric vans in a former bus depot.\n\n"
        "Okafor is aware that the market is crowded.\n\n"
        "‘Nobody I know makes money on a van this small,’ one local mechanic said."
    )
    assert speakers(text) == [("Nobody I know makes money on a van this small", None)]


def test_posted_introduces_a_quote() -> None:
    """ "'...,' X posted on Facebook." makes X the speaker."""
    text = "‘We are closing our doors for the winter,’ shop owner Priya Naidoo posted on Facebook."
    assert speakers(text) == [("We are closing our doors for the winter", "Priya Naidoo")]


def test_quote_paragraph_after_a_run_on_sentence_continues_the_speaker() -> None:
    """A quote paragraph the parser joined to the one before still continues its speaker."""
    text = (
        "Diver Luis Marten, 24, found the wreck on Thursday.\n\n"
        "‘I touched something hard,’ Marten told reporters.\n\n"
        "‘I was diving off the pier and on my third dive I feel a hull and then came back"
        " up.'\n\n"
        "‘I had never seen a wreck so close so I call the coastguard.’"
    )
    assert [speaker for _, speaker in speakers(text)] == ["Luis Marten"] * 3


def test_no_sentence_before_when_the_parse_runs_over_a_paragraph_break() -> None:
    """A sentence that began in the paragraph before leaves nothing before in this one."""
    words = ["He", "left", ".", "‘", "Go", ".", "’", "\n\n", "‘", "Songs", "’", "sold", "."]
    spaces = [
        True,
        False,
        True,
        False,
        False,
        False,
        False,
        False,
        False,
        False,
        True,
        False,
        False,
    ]
    starts: list[bool | int | None] = [
        True,
        False,
        False,
        True,
        False,
        False,
        False,
        False,
        False,
        False,
        False,
        False,
        False,
    ]
    doc = Doc(Vocab(), words=words, spaces=spaces, sent_starts=starts)
    at = doc.text.index("‘Songs")
    assert Sentences(doc).sentence_before(at) is None
