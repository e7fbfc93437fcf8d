"""Titles (given, recased or made from the lead) and dates (front matter, dateline, none)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language

from generator.extract import extract
from generator.extract.dates import date_of
from generator.extract.headline_case import recase, with_apostrophes
from generator.extract.summary import digest
from generator.extract.title import _tidy, title_for
from generator.seeds import Seed
from tests.extract.test_seeds import seed_from

Record = Callable[[str], dict[str, Any]]


def test_title_made_from_the_lead_is_short_and_complete(sample: dict[str, Any]) -> None:
    """Without a headline, the title is the lead's main clause, not its first 100 characters."""
    title = sample["title"]
    assert len(title) <= 100
    assert title == (
        "Syria’s interim foreign minister visited Iraq to reinforce cooperation against the "
        "Islamic State"
    )
    assert sample["body"][:100] != title


def test_title_drops_the_attribution_first(record_of: Record) -> None:
    """ "X will do Y next year, its director said" becomes "X will do Y next year"."""
    assert record_of("cnn_style.txt")["title"] == (
        "A museum in London will return four bronze statues to Nigeria next year"
    )


def test_short_lead_sentence_is_the_title(record_of: Record) -> None:
    """A lead of at most 100 characters is the title as it stands, without its full stop."""
    assert record_of("dateline_year.txt")["title"] == (
        "Iraq's parliament approved the budget on Friday after months of delay"
    )


def test_caps_headline_is_sentence_case_with_names_kept(record_of: Record) -> None:
    """An ALL-CAPS wire headline is put in sentence case; "Gulf" keeps its capital."""
    assert record_of("wire.txt")["title"] == "Gulf states agree to study joint rail link"


def test_caps_headline_keeps_acronyms_the_body_writes_in_capitals() -> None:
    """ "U.S." stays "U.S.", also inside a hyphenated word; other words are lower case."""
    body = "Canada and the U.S. signed a treaty on the Great Lakes, the U.S. envoy said."
    assert recase("U.S.-CANADA TREATY ON GREAT LAKES SIGNED", body) == (
        "U.S.-Canada treaty on Great Lakes signed"
    )


def test_caps_headline_keeps_an_initialism_the_body_writes_with_dots() -> None:
    """ "US" stays "US" when the body writes "U.S."; "U.N." keeps its dots with no evidence."""
    body = "Port Selby, May 2 - Officials said U.S. ships left the port on Monday."
    assert recase("US SHIPS LEAVE PORT", body) == "US ships leave port"
    assert recase("CALL AT U.N. FOR TALKS", body) == "Call at U.N. for talks"


def test_caps_headline_keeps_the_name_of_the_firm_it_opens_with() -> None:
    """A firm named only in a results headline keeps its capitals up to its legal form."""
    body = "Shr 12 cts vs 9 cts\n\nNet 1,200,000 vs 950,000"
    assert recase("MERROW LOOM WORKS INC 2ND QTR NET", body) == "Merrow Loom Works Inc 2ND qtr net"
    assert recase("THE MERROW CO SETS PAYOUT", body) == "The merrow co sets payout"
    assert recase("Q&Z CORP SETS PAYOUT", body) == "Q&Z Corp sets payout"
    assert recase("FIRST BANK OF DUNMORE CORP SETS PAYOUT", body) == (
        "First Bank of Dunmore Corp sets payout"
    )


def test_caps_headline_firm_is_an_organization(tmp_path: Path) -> None:
    """The firm a table-only wire notice names in its headline is in the record."""
    text = "MERROW LOOM WORKS INC 2ND QTR NET\n\n    Shr 12 cts vs 9 cts\n    Net 1.2 mln vs 1 mln"
    (record,) = extract([seed_from(tmp_path, text)])
    assert [o["name"] for o in record["organizations"]] == ["Merrow Loom Works Inc"]


def test_caps_headline_spells_out_no_common_word_as_an_initialism() -> None:
    """ "IT" stays a word although "Ivor Tandy" has those initials; "MFU" is an initialism."""
    body = "Ivor Tandy said the Marlow Freight Union would strike on Friday."
    assert recase("TANDY SAYS IT AND MFU WILL STRIKE", body) == "Tandy says it and MFU will strike"


def test_caps_headline_takes_no_capital_from_a_paragraph_opening() -> None:
    """A word that opens an indented wire paragraph or a quote is no name: "It", "No" go lower."""
    body = (
        "    KELBY, May 2 - Tarvian troops took the hill, the army said.\n"
        "    It was the biggest gain this year.\n"
        '    No losses were reported. He said: "It is over."'
    )
    assert recase("TARVIA SAYS IT TOOK HILL, NO LOSSES", body) == (
        "Tarvia says it took hill, no losses"
    )


def test_caps_headline_capitalises_countries_and_nationalities() -> None:
    """A country or nationality the body writes only at a sentence start keeps its capital."""
    body = "Kuwaiti ships sailed on Monday. Iran said nothing about it."
    assert recase("IRAN SILENT AS KUWAITI SHIPS SAIL", body) == "Iran silent as Kuwaiti ships sail"


def test_caps_headline_lowers_a_country_word_the_body_writes_in_lower_case() -> None:
    """ "TURKEY" in a story about the bird is lower case: the body writes "turkey"."""
    body = "Dana Whitlow roasted a turkey for six hours. The turkey was dry."
    assert recase("HOW TO ROAST A TURKEY", body) == "How to roast a turkey"


def test_caps_headline_keeps_model_codes_as_written() -> None:
    """A word with digits ("F-4", "G7") is a code: it keeps its capitals."""
    body = "The jets were shot down near the coast, officials said."
    assert recase("TWO F-4 JETS DOWNED", body) == "Two F-4 jets downed"


def test_given_headline_gets_back_the_apostrophes_the_body_writes() -> None:
    """ "Whitlows" and "wont" take the body's apostrophes; a word the body writes bare stays."""
    body = "Dana Whitlow\u2019s plan won\u2019t pass, its critics say."
    assert with_apostrophes("Whitlows plan wont pass, its critics say", body) == (
        "Whitlow\u2019s plan won\u2019t pass, its critics say"
    )
    both = body + " The Whitlows left."
    assert with_apostrophes("The Whitlows left", both) == "The Whitlows left"


def test_a_plural_headline_word_keeps_its_form_beside_a_possessive() -> None:
    """ "Small towns fight" stays plural although the body writes only "the town's shop"."""
    body = "When the town\u2019s only shop closed, residents bought it back."
    assert with_apostrophes("Small towns fight to keep shops", body) == (
        "Small towns fight to keep shops"
    )


def test_made_title_has_no_dangling_word_or_connective() -> None:
    """A cut title drops a leading "However," and a trailing "and", "of" or comma."""
    assert _tidy("However, long queues continue outside banks and") == (
        "Long queues continue outside banks"
    )
    assert _tidy("drivers told harrowing tales of,") == "Drivers told harrowing tales"


def test_made_title_keeps_so_that_measures() -> None:
    """ "So far" and "So many" open a measure, not a link to the sentence before."""
    assert _tidy("So far, nine ferries have sailed") == "So far, nine ferries have sailed"
    assert _tidy("So many tenants have left that") == "So many tenants have left"
    assert _tidy("So the council sold the pier") == "The council sold the pier"


def test_made_title_drops_an_opening_clause_before_the_main_clause(nlp: Language) -> None:
    """A lead too long for a title loses its opening clause before its own details."""
    lead = (
        "If you have driven through Port Selby this winter, there are certain roadworks you "
        "will have noticed on the coast road that the council promised to finish by March."
    )
    assert title_for(None, nlp(lead)).startswith("There are certain roadworks")


def test_made_title_keeps_what_a_noun_is_for_over_a_closing_clause(nlp: Language) -> None:
    """ "a bill to extend funding" keeps its infinitive; the closing clause goes first."""
    lead = (
        "The Senate on Tuesday narrowly passed a bill to extend funding for rural hospitals, "
        "sending it to the House, where its fate is uncertain."
    )
    assert title_for(None, nlp(lead)) == (
        "The Senate on Tuesday narrowly passed a bill to extend funding for rural hospitals"
    )


def test_made_title_has_no_parenthesis(nlp: Language) -> None:
    """Short asides in brackets ("(MFU)", "(9 miles)") are left out of a made title."""
    lead = "The Marlow Freight Union (MFU) won 19 of the 28 seats on the port board (a record)."
    assert (
        title_for(None, nlp(lead))
        == "The Marlow Freight Union won 19 of the 28 seats on the port board"
    )


def test_made_title_skips_a_caption_before_the_lead(nlp: Language) -> None:
    """A verbless caption line before the lead is not made into the title."""
    text = (
        "The harbour crane at dawn. Dock workers in Port Selby voted on Monday to end their strike."
    )
    assert (
        title_for(None, nlp(text))
        == "Dock workers in Port Selby voted on Monday to end their strike"
    )


def test_given_headline_is_kept(record_of: Record) -> None:
    """A headline in normal case is the title unchanged."""
    assert record_of("headline.txt")["title"] == "Farmers count the cost of the drought"


def test_dates_front_matter_then_dateline_then_none(seed_of: Callable[[str], Seed]) -> None:
    """Front matter wins, a dateline with a year comes next, otherwise there is no date."""
    assert date_of(seed_of("front_matter.md")) == ("2025-03-14", "front matter")
    assert date_of(seed_of("dateline_year.txt")) == ("2025-03-14", "dateline")
    assert date_of(seed_of("wire.txt")) == (None, "none")
    assert date_of(seed_of("headline.txt")) == (None, "none")


def test_made_title_keeps_the_mark_that_closes_its_quote(nlp: Language) -> None:
    """A lead ending on a quoted phrase keeps the closing mark: no quote is left open."""
    lead = "It gives a whole new sense to the phrase ‘rush hour’."
    assert title_for(None, nlp(lead)) == "It gives a whole new sense to the phrase ‘rush hour’"
    said = 'Ann Vell said: "Fear does not work, hope does."'
    assert title_for(None, nlp(said)) == 'Ann Vell said: "Fear does not work, hope does"'


def test_made_title_keeps_what_be_says_of_its_subject(nlp: Language) -> None:
    """ "X could be just one step closer to Y after Z" keeps "closer", not just "could be"."""
    lead = (
        "Volunteers hoping to identify a crew of missing wartime airmen could be just one step "
        "closer to ending the 80 year search after tracing the niece of a young gunner shot "
        "down over Kelby in 1943."
    )
    assert title_for(None, nlp(lead)) == "Volunteers could be just one step closer"


def test_made_title_is_the_summary_when_cutting_clauses_is_not_enough(nlp: Language) -> None:
    """When cutting garbles a long lead, the summary is the title if it fits."""
    # Cutting phrases out of a long lead garbles it ("may have won over the fans"): the lead's main
    # statement, the summary, is the title when it fits.
    doc = nlp(
        "Marlow United's new goalkeeper may have won over the fans with two saves on his "
        "debut, but the club's coach Ann Dart believes he is not yet fit enough to play a "
        "full season."
    )
    assert title_for(None, doc, digest(doc).summary) == (
        "Marlow United's new goalkeeper may have won over the fans with two saves on his debut"
    )


def test_made_title_keeps_the_main_clause_after_a_long_opening_clause(nlp: Language) -> None:
    """ "As X readied for Y, coastguards announced plans": the title keeps the main clause."""
    # The parser reads the opening clause as what "announced" reports; cutting both had left an
    # empty title.
    doc = nlp(
        "As the 52 passengers on a tourist cruise boat stuck in the mud in the Kelby estuary "
        "readied for New Year's Eve parties, coastguards announced plans to fly out a hovercraft."
    )
    assert title_for(None, doc) == "Coastguards announced plans to fly out a hovercraft"


def test_made_title_keeps_the_comma_before_an_attribution(nlp: Language) -> None:
    """Cutting "over the next two winters" leaves the comma that sets off the attribution."""
    doc = nlp(
        "Burglars are likely to target empty holiday homes somewhere in the county over the "
        "next two winters, a cross-party committee appointed by the council has concluded."
    )
    assert title_for(None, doc) == (
        "Burglars are likely to target empty holiday homes, a cross-party committee has concluded"
    )


def test_caps_headline_keeps_the_datelines_town_in_capitals() -> None:
    """ "PORT ARDEN" in the headline is the dateline's town, which the body never writes again."""
    body = "Results of the regional chess open on Thursday, with seeds in brackets."
    title = "CHESS - RESULTS AT PORT ARDEN OPEN"
    assert recase(title, body, ("Port Arden", "Vale")) == "Chess - results at Port Arden open"
    assert recase(title, body) == "Chess - results at port arden open"


def test_a_wire_seeds_headline_keeps_its_dateline_town(tmp_path: Path) -> None:
    """The record's title of a wire story writes its dateline town as a name."""
    text = (
        "TRADERS QUIT PORT ARDEN MARKET\n\nPORT ARDEN, Vale 1997-03-13 Fish traders left the "
        "harbour market on Thursday after rents rose for a third time this year, officials said."
    )
    seed = seed_from(tmp_path, text)
    assert extract([seed])[0]["title"] == "Traders quit Port Arden market"
