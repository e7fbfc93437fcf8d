"""Which words attribute a quote: verbs of tone and judging, relative pronouns, raised
subjects, names next to the verb, participles, and sentences the parser split oddly."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.entities import PERSON, Entity, Mention
from generator.extract.lexicon import lexicon
from generator.extract.nlp import load_nlp
from generator.extract.quote_marks import Quote, find_quotes
from generator.extract.speaker_subjects import subject_of
from generator.extract.speakers import Attribution
from generator.extract.speech import QuoteText, Sentences
from tests.extract.test_quotes import speakers


def test_a_verb_of_tone_attributes_the_quote_before_it() -> None:
    """''...,' Whitlow scolded.': a verb that says how it was said is one of saying."""
    text = (
        "Dana Whitlow met the council on Monday.\n\n"
        "'You have ignored every warning we gave you,' Whitlow scolded."
    )
    assert speakers(text) == [("You have ignored every warning we gave you", "Dana Whitlow")]


def test_a_verb_of_judging_attributes_the_words_it_governs() -> None:
    """'describing the timetable as "..."': the describer's words."""
    text = (
        "Dana Whitlow spoke to the board on Monday, describing the new ferry timetable as "
        "'a recipe for chaos on the river'."
    )
    assert speakers(text) == [("a recipe for chaos on the river", "Dana Whitlow")]


def test_a_relative_pronoun_speaks_for_the_name_it_stands_for() -> None:
    """'Dana Whitlow, who called it "..."' and 'who wrote: "..."' are Whitlow's words."""
    called = (
        "The plan drew a sharp answer from Dana Whitlow, who called it "
        "'a costly and pointless exercise for the whole town'."
    )
    wrote = (
        "Support came from councillor Dana Whitlow, who wrote: "
        "'The ferry is the lifeblood of Port Selby and must be saved.'"
    )
    assert speakers(called) == [
        ("a costly and pointless exercise for the whole town", "Dana Whitlow")
    ]
    assert speakers(wrote) == [
        ("The ferry is the lifeblood of Port Selby and must be saved.", "Dana Whitlow")
    ]


def test_the_subject_of_a_passive_verb_says_what_its_complement_says() -> None:
    """'Whitlow is reported to have told her staff: "..."': Whitlow told them."""
    said = "Dana Whitlow is reported to have told her staff: 'This term will be my last.'"
    alleged = (
        "Owen Prade, who chairs Marlow Freight, is alleged to have warned a porter: "
        "'Do that again and you are finished here.'"
    )
    assert speakers(said) == [("This term will be my last.", "Dana Whitlow")]
    assert speakers(alleged) == [("Do that again and you are finished here.", "Owen Prade")]


def test_a_participle_shares_the_subject_of_the_main_verb_of_saying() -> None:
    """'Prade said the ministry had advised ..., adding: "..."': Prade adds it, not the ministry."""
    text = (
        "Owen Prade said the Ministry of Fisheries had told harbours in 2012 that first "
        "offenders should be warned, adding: 'Since then, harbours have each set their own "
        "rules.'"
    )
    assert speakers(text) == [("Since then, harbours have each set their own rules.", "Owen Prade")]


def test_a_participle_after_a_comma_is_the_clause_subjects() -> None:
    """'Whitlow spoke of Prade, describing "..."' is Whitlow's; without the comma it is Prade's."""
    # The parser hung the participle on Prade; with no comma ('footage of Prade asking') it is
    # Prade's.
    words = ["Whitlow", "spoke", "of", "Prade", ",", "describing", "'", "a", "long", "night"]
    words += ["'", "."]
    spaces = [True, True, True, False, True, True, False, True, True, False, False, False]
    heads = [1, 1, 1, 2, 3, 3, 9, 9, 9, 5, 9, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "acl", "punct", "det", "amod", "dobj"]
    deps += ["punct", "punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT", "DET", "ADJ", "NOUN"]
    pos += ["PUNCT", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "NNP", ",", "VBG", "``", "DT", "JJ", "NN", "''", "."]
    vocab = load_nlp().vocab
    doc = Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    start, end = doc[7].idx, doc[10].idx
    quote = Quote(parts=[(start, end)], text=doc.text[start:end])
    subject = subject_of(doc[5], quote, QuoteText([quote]))
    assert subject is not None and subject.text == "Whitlow"
    without_comma = words[:4] + words[5:]
    doc = Doc(
        vocab,
        words=without_comma,
        spaces=[*spaces[:3], True, *spaces[5:]],
        heads=[h - (h > 4) for i, h in enumerate(heads) if i != 4],
        deps=deps[:4] + deps[5:],
        pos=pos[:4] + pos[5:],
        tags=tags[:4] + tags[5:],
    )
    start, end = doc[6].idx, doc[9].idx
    quote = Quote(parts=[(start, end)], text=doc.text[start:end])
    subject = subject_of(doc[4], quote, QuoteText([quote]))
    assert subject is not None and subject.text == "Prade"


def test_a_name_right_before_the_verb_speaks_though_parsed_as_an_appositive() -> None:
    """'... with Mr Prade, Green MP Dana Whitlow said:' is Whitlow, not Prade or nobody."""
    text = (
        "Yesterday in a county council session with Mr Prade, Green MP Dana Whitlow said: "
        "'Over the past month the ferry has broken down four times on the same stretch.'"
    )
    quote = "Over the past month the ferry has broken down four times on the same stretch."
    assert speakers(text) == [(quote, "Dana Whitlow")]


def test_a_name_right_after_the_verb_speaks_though_parsed_into_the_next_clause() -> None:
    """''...,' said Whitlow - after Prade spoke': the name right after the verb speaks."""
    # The parser may make Whitlow a subject of 'spoke'; the name right after the verb that follows
    # the quote is its speaker.
    words = ["'", "We", "did", "nothing", "wrong", ",", "'", "said", "Whitlow", "-", "after"]
    words += ["Prade", "spoke", "."]
    spaces = [False, True, True, True, False, False, True, True, True, True, True, True]
    spaces += [False, False]
    heads = [2, 2, 7, 2, 3, 2, 7, 7, 12, 12, 12, 12, 7, 7]
    deps = ["punct", "nsubj", "ccomp", "dobj", "amod", "punct", "punct", "ROOT", "nsubj"]
    deps += ["punct", "mark", "nsubj", "advcl", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PRON", "ADJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PUNCT"]
    pos += ["SCONJ", "PROPN", "VERB", "PUNCT"]
    doc = Doc(load_nlp().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    start, end = doc[1].idx, doc[6].idx
    quote = Quote(parts=[(start, end)], text=doc.text[start:end])
    subject = subject_of(doc[7], quote, QuoteText([quote]))
    assert subject is not None and subject.text == "Whitlow"


def test_an_opening_mark_run_into_the_sentence_before_is_no_sentence() -> None:
    """An opening mark the parse ran into the sentence before is no sentence: the one before is."""
    # A parse that ends a sentence with the next paragraph's opening mark leaves no sentence before
    # the quote in its paragraph, so the one before the break is read.
    words = ["Lee", "spoke", ".", "'", "He", "left", ",", "'", "she", "said", ".", "\n\n", "'"]
    words += ["And", "then", "he", "went", "home", ".", "'"]
    spaces = [True, False, True, False, True, False, False, True, True, False, False, False]
    spaces += [False, True, True, True, True, False, False, False]
    starts = [i in (0, 3, 13) for i in range(len(words))]
    doc = Doc(load_nlp().vocab, words=words, spaces=spaces, sent_starts=starts)
    assert doc.text == "Lee spoke. 'He left,' she said.\n\n'And then he went home.'"
    assert Sentences(doc).sentence_before(doc[13].idx) is None


def test_putting_it_reports_words() -> None:
    """''...,' was how Whitlow put it' and 'As Whitlow put it, ... "..."' are Whitlow's."""
    after = (
        "Dana Whitlow has left the ferry board.\n\n"
        "'The plan was never going to work for the town,' was how Whitlow put it."
    )
    before = (
        "As harbour master Dana Whitlow put it, the board has "
        "'lost the trust of every boatman on the river'."
    )
    assert speakers(after) == [("The plan was never going to work for the town", "Dana Whitlow")]
    assert speakers(before) == [("lost the trust of every boatman on the river", "Dana Whitlow")]


def test_a_title_abbreviation_does_not_end_the_attribution() -> None:
    """''...,' Police Cpl. Dana Whitlow said.': the sentence cut at 'Cpl.' goes on to the verb."""
    text = (
        "A man was arrested on Friday.\n\n"
        "'This man was brazen in his attack on the woman,' Port Selby Police Cpl. "
        "Dana Whitlow said."
    )
    assert speakers(text) == [("This man was brazen in his attack on the woman", "Dana Whitlow")]


def test_a_verb_misread_as_a_noun_after_a_quote_has_the_noun_before_it() -> None:
    """''...,' the notice read.': with 'read' tagged a noun, the words before it are its subject."""
    doc = load_nlp()("'Workers must wear a helmet at all times,' the notice read.")
    read = doc[-2]
    assert read.text == "read" and read.pos_ == "NOUN"
    subject = subject_of(read)
    assert subject is not None and subject.text == "notice"


def test_a_paragraph_with_no_subject_between_two_quotes_keeps_the_speaker() -> None:
    """A paragraph with no name or subject between two quotes keeps the speaker."""
    # A paragraph that names no one and has no subject between a speaker's quote and a
    # paragraph-long quote does not change who speaks; one with a subject of its own does.
    quote = "The ferry has run for two hundred years and it will run for two hundred more."
    text = (
        "'We will fight this closure in every court in the land,' Dana Whitlow said.\n\n"
        "Visit the ferry museum on the quay to see the old boats.\n\n"
        f"'{quote}'"
    )
    other = text.replace("Visit the", "The").replace("to see the old boats", "is open in May")
    assert speakers(text)[1] == (quote, "Dana Whitlow")
    assert speakers(other)[1] == (quote, None)


def test_a_verb_after_a_preposition_has_the_subject_of_the_clause_it_ends() -> None:
    """'Whitlow, who led the fight by saying: "..."': Whitlow says it."""
    text = (
        "Chief among them is council leader Dana Whitlow, who led the fight against the "
        "bridge in 2016 by saying: 'Port Selby must get its own say on this.'"
    )
    assert speakers(text) == [("Port Selby must get its own say on this.", "Dana Whitlow")]


def test_the_name_opening_the_sentence_of_a_subjectless_verb_speaks() -> None:
    """'Whitlow interjects, telling him that he "..."': the name opening the sentence says it."""
    # 'interjects' is read as a noun and 'telling' has no subject.
    words = ["Whitlow", "interjects", ",", "telling", "him", "that", "he", "'", "never"]
    words += ["paid", "for", "the", "boat", "'", "."]
    spaces = [True, False, True, True, True, True, True, False, True, True, True, True]
    spaces += [False, False, False]
    heads = [1, 9, 1, 1, 3, 9, 9, 9, 9, 9, 9, 12, 10, 9, 9]
    deps = ["compound", "nsubj", "punct", "advcl", "dobj", "mark", "nsubj", "punct", "neg"]
    deps += ["ROOT", "prep", "det", "pobj", "punct", "punct"]
    pos = ["PROPN", "NOUN", "PUNCT", "VERB", "PRON", "SCONJ", "PRON", "PUNCT", "ADV"]
    pos += ["VERB", "ADP", "DET", "NOUN", "PUNCT", "PUNCT"]
    tags = ["NNP", "NN", ",", "VBG", "PRP", "IN", "PRP", "``", "RB", "VBD", "IN", "DT", "NN"]
    tags += ["''", "."]
    doc = Doc(load_nlp().vocab, words, spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    name = doc[0:1]
    whitlow = Entity(PERSON, "Dana Whitlow", [Mention(name, PERSON, name.text, name.text)])
    quotes = find_quotes(doc.text)
    search = Attribution(doc, quotes, [whitlow], lexicon())
    assert search.speaker_of_verbs([doc[3]], quotes[0], None) == (whitlow, True)


def test_a_source_clause_missing_its_verb_names_the_speaker() -> None:
    """''...,' the firm in a statement.' names the firm; 'the sign in the window' names no one."""
    # The verb was left out, not the source; a clause with no source noun names no one.
    text = (
        "Marlow Freight withdrew the posters on Tuesday.\n\n"
        "'Every Marlow Freight ferry will sail on time from next week,' the firm in a statement."
    )
    sign = "'Every ferry will sail on time from next week,' the sign in the window of the shop."
    assert speakers(text) == [
        ("Every Marlow Freight ferry will sail on time from next week", "Marlow Freight")
    ]
    assert speakers(sign) == [("Every ferry will sail on time from next week", None)]


def test_voicing_a_view_attributes_the_quoted_words() -> None:
    """'voiced his fear that', 'lashed out at X as', 'refers to X as' quote the one who does so."""
    voiced = "Owen Prade, the lock keeper, voiced his fear that ‘the canal will be dry by June’."
    lashed = "On the radio, Dana Whitlow lashed out at the water board as ‘asleep at the wheel’."
    refers = "In her memoir, Dana Whitlow refers to the old mill as ‘a cathedral of dust’."
    assert speakers(voiced) == [("the canal will be dry by June", "Owen Prade")]
    assert speakers(lashed) == [("asleep at the wheel", "Dana Whitlow")]
    assert speakers(refers) == [("a cathedral of dust", "Dana Whitlow")]


def test_a_participle_reads_no_saying_verb_of_the_paragraph_before() -> None:
    """'insisting that "..."' is its own paragraph's subject's, not a sayer's in the one before."""
    # A parse run over a paragraph break.
    text = (
        "Union members said the strike would last\n\n"
        "Dana Whitlow tried to calm the row, comparing it to a family quarrel while "
        "insisting that 'nobody is leaving the table tonight'."
    )
    assert speakers(text) == [("nobody is leaving the table tonight", "Dana Whitlow")]


def test_the_name_opening_a_paragraph_run_into_the_one_before_speaks() -> None:
    """The name opening a paragraph the parse ran into the one before says its quote."""
    # '"Stay calm now" / Owen Prade of Acme, said: "..."' parsed as one sentence, with the name hung
    # on a word of the quote before: the name opening the verb's paragraph says it, as a name
    # opening its sentence would.
    rows = [
        ("'", False, 1, "punct", "PUNCT", "``"),
        ("Stay", True, 11, "ccomp", "VERB", "VB"),
        ("calm", True, 1, "acomp", "ADJ", "JJ"),
        ("now", False, 1, "advmod", "ADV", "RB"),
        ("'", False, 1, "punct", "PUNCT", "''"),
        ("\n\n", False, 4, "dep", "SPACE", "_SP"),
        ("Owen", True, 7, "compound", "PROPN", "NNP"),
        ("Prade", True, 2, "appos", "PROPN", "NNP"),
        ("of", True, 7, "prep", "ADP", "IN"),
        ("Acme", False, 2, "appos", "PROPN", "NNP"),
        (",", True, 11, "punct", "PUNCT", ","),
        ("said", False, 11, "ROOT", "VERB", "VBD"),
        (":", True, 11, "punct", "PUNCT", ":"),
        ("'", False, 11, "punct", "PUNCT", "``"),
        ("We", True, 15, "nsubj", "PRON", "PRP"),
        ("are", True, 11, "ccomp", "AUX", "VBP"),
        ("ready", False, 15, "acomp", "ADJ", "JJ"),
        (".", False, 11, "punct", "PUNCT", "."),
        ("'", False, 11, "punct", "PUNCT", "''"),
    ]
    words, spaces, heads, deps, pos, tags = (list(column) for column in zip(*rows, strict=True))
    doc = Doc(load_nlp().vocab, words, spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    name = doc[6:8]
    prade = Entity(PERSON, "Owen Prade", [Mention(name, PERSON, name.text, name.text)])
    quotes = find_quotes(doc.text)
    search = Attribution(doc, quotes, [prade], lexicon())
    assert [q.text for q in quotes] == ["Stay calm now", "We are ready."]
    assert search.speaker_of_verbs([doc[11]], quotes[1], None) == (prade, True)


def test_a_paper_that_reported_the_words_said_them() -> None:
    """'The Selby Gazette reported that crews felt "..."': a verb of saying like the rest."""
    text = "The Selby Gazette reported that ferry crews felt ‘far more hopeful’ after the vote."
    assert speakers(text) == [("far more hopeful", "Selby Gazette")]


def test_a_report_of_what_another_said_is_the_others() -> None:
    """'Prade claimed the pier was "...", the Gazette reported': the words are Prade's."""
    text = (
        "Owen Prade claimed the old pier was ‘a disaster waiting to happen’, "
        "the Selby Gazette reported."
    )
    assert speakers(text) == [("a disaster waiting to happen", "Owen Prade")]


def test_the_source_of_the_sentence_before_goes_on() -> None:
    """'..., according to Whitlow. "..."': a quote with no verb of its own continues that source."""
    text = (
        "The ferry will stop running in May, according to Dana Whitlow of Selby Ferries. "
        "‘We have no money left for the winter timetable.’"
    )
    assert speakers(text) == [("We have no money left for the winter timetable.", "Dana Whitlow")]


def test_a_quote_after_a_sentence_about_a_named_friend_is_the_friends() -> None:
    """'Her neighbour, Owen Prade, lost his boat. "..."': the subject's appositive name speaks."""
    text = (
        "Dana Whitlow lost her shop in the flood.\n\n"
        "Her neighbour, Owen Prade, lost his fishing boat and his nets on the same night. "
        "‘Nobody came to help us for three whole days.’"
    )
    assert speakers(text) == [("Nobody came to help us for three whole days.", "Owen Prade")]


def test_castigating_and_highlighting_quote_the_words_they_govern() -> None:
    """'castigated X for ... "..."' and 'highlighted the plan to become "..."' quote the subject."""
    # The words are those of the one who castigates or highlights.
    castigated = (
        "In a letter, Dana Whitlow castigated the board for building a bridge that offers "
        "‘no benefit to anyone on the island’."
    )
    highlighted = (
        "On Monday, Owen Prade highlighted the firm's plan to become "
        "‘the biggest ferry operator in the north’."
    )
    assert speakers(castigated) == [("no benefit to anyone on the island", "Dana Whitlow")]
    assert speakers(highlighted) == [("the biggest ferry operator in the north", "Owen Prade")]


def test_a_verb_of_saying_after_but_goes_on_with_the_subject_before() -> None:
    """'Marrow said ... But added: "..."': news leaves out a subject that goes on."""
    text = (
        "Ilse Marrow said the ferry talks had gone better than she feared. But added: "
        "‘No deal on the winter timetable is near yet.’"
    )
    assert speakers(text) == [("No deal on the winter timetable is near yet.", "Ilse Marrow")]
