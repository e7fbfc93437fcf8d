"""Quote scoring and the quote sets' gold readers, on hand-written inputs."""

from __future__ import annotations

import pytest

from generator.evaluation.matching import words
from generator.evaluation.quotes_scoring import (
    GoldQuote,
    Predicted,
    QuoteDoc,
    record_quotes,
    score_doc,
    speaker_forms,
)
from generator.evaluation.quotes_sets import (
    canadian_gold,
    canadian_paragraphs,
    is_direct,
    is_quoted_content,
    names_someone,
    polnear_gold,
)
from generator.seeds import Seed

SEED = Seed(path="x.txt", sha256="", title=None, paragraphs=("x",))


def _gold(text: str, speaker: str | None, judged: bool = True) -> GoldQuote:
    return GoldQuote(tuple(words(text)), speaker, judged=judged, text=text)


def _said(text: str, *forms: str) -> Predicted:
    return Predicted(tuple(words(text)), frozenset(forms) if forms else None)


def test_found_right_wrong_and_silent_speakers() -> None:
    """Right by alias, wrong by another name, neither when we name nobody."""
    doc = QuoteDoc(
        "a.txt",
        SEED,
        (
            _gold("the bridge will open in the spring", "Maria Olsen"),
            _gold("we have no money left for roads", "Ivo Renn"),
            _gold("nobody told us anything at all", "Ann Lee"),
            _gold("a quote that nobody extracted here", "Ann Lee"),
        ),
    )
    predicted = [
        _said("the bridge will open in the spring", "M. Olsen", "Olsen"),
        _said("we have no money left for roads this year", "Maria Olsen"),
        _said("nobody told us anything at all"),
        _said("an invented quote about the weather", "Ann Lee"),
    ]
    tally = score_doc(doc, predicted, errors=True)
    assert (tally.gold, tally.found, tally.judged) == (4, 3, 3)
    assert (tally.right, tally.wrong) == (1, 1)
    assert (tally.predicted, tally.predicted_right) == (4, 3)
    assert any("not found" in line for line in tally.errors)


def test_gold_without_speaker_is_right_only_when_we_name_nobody() -> None:
    """Gold null + ours null is right; gold null + a name is wrong."""
    doc = QuoteDoc("b.txt", SEED, (_gold("it was a long cold night", None),))
    assert score_doc(doc, [_said("it was a long cold night")], errors=False).right == 1
    named = score_doc(doc, [_said("it was a long cold night", "Ann Lee")], errors=False)
    assert (named.right, named.wrong) == (0, 1)


def test_unjudged_speakers_count_for_finding_only() -> None:
    """A gold speaker that cannot be judged ("he") leaves right and wrong alone."""
    doc = QuoteDoc("c.txt", SEED, (_gold("we will win this race", "he", judged=False),))
    tally = score_doc(doc, [_said("we will win this race", "Ann Lee")], errors=False)
    assert (tally.found, tally.judged, tally.right, tally.wrong) == (1, 0, 0, 0)


def test_a_found_indirect_quote_is_not_a_false_quote() -> None:
    """Predictions near an indirect gold quote count as precise."""
    doc = QuoteDoc("d.txt", SEED, (), others=(tuple(words("the plan failed badly in May")),))
    tally = score_doc(doc, [_said("the plan failed badly")], errors=False)
    assert (tally.predicted, tally.predicted_right) == (1, 1)


def test_record_speakers_carry_the_entity_aliases() -> None:
    """A record quote's speaker brings the aliases of its people or organization entry."""
    record = {
        "people": [{"name": "Maria Olsen", "aliases": ["Olsen"], "role": None}],
        "organizations": [{"name": "Acme Corp", "aliases": ["Acme"]}],
        "quotes": [
            {"text": "We sell widgets.", "speaker": "Acme Corp"},
            {"text": "Hi", "speaker": None},
        ],
    }
    assert speaker_forms(record, "Maria Olsen") == frozenset({"Maria Olsen", "Olsen"})
    quotes = record_quotes(record)
    assert quotes[0] == Predicted(("we", "sell", "widgets"), frozenset({"Acme Corp", "Acme"}))
    assert quotes[1].speaker is None


def test_canadian_direct_quotes_are_those_in_quote_marks() -> None:
    """Quoted text is direct, its resolved speaker judged if a name; reported speech is apart."""
    entry = {
        "quotes": [
            {"quote": '"We will go on," ', "speaker": "she", "reference": "Ann Lee"},
            {"quote": "the talks would go on", "speaker": "Lee", "reference": "Ann Lee"},
            {"quote": "\u201cNo comment.\u201d", "speaker": "", "reference": ""},
            {"quote": '"Call us."', "speaker": "a spokesperson", "reference": "a spokesperson"},
        ]
    }
    direct, others = canadian_gold(entry)
    assert [(q.words, q.speaker, q.judged) for q in direct] == [
        (("we", "will", "go", "on"), "Ann Lee", True),
        (("no", "comment"), None, True),
        (("call", "us"), "a spokesperson", False),
    ]
    assert others == (("the", "talks", "would", "go", "on"),)
    assert is_direct("\u2018Yes,\u2019") and not is_direct("that it was 'fine'")


def test_canadian_paragraph_separators_are_dropped() -> None:
    """Lines holding only a full stop separate paragraphs."""
    assert canadian_paragraphs("One line.\n .\n Two line.\n") == ["One line.", "Two line."]


def test_polnear_direct_attributions_and_their_sources() -> None:
    """Content in marks is direct; the Source text is the speaker, judged if it names one."""
    ann = "\n".join(
        [
            "T1\tSource 0 9\tAnn Lee",
            "T2\tCue 10 14\tsaid",
            'T3\tContent 15 40\t"We will win the race."',
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            "T4\tSource 41 43\the",
            "T5\tContent 44 60;61 70\t\u201cWe lost,\u201d \u201cbut not by much.\u201d",
            "E2\tAttribution:T2 Content:T5 Source:T4",
            "T6\tContent 71 90\tthat the race was close",
            "E3\tAttribution:T2 Content:T6",
        ]
    )
    direct, others = polnear_gold(ann)
    assert [(q.speaker, q.judged) for q in direct] == [("Ann Lee", True), ("he", False)]
    assert direct[1].words == ("we", "lost", "but", "not", "by", "much")
    assert others == (("that", "the", "race", "was", "close"),)


def test_quoted_content_and_named_sources() -> None:
    """Marks at both ends make content direct; a source ending in a name names someone."""
    assert is_quoted_content('"It is over."')
    assert not is_quoted_content('that it was "over"  and done')
    assert names_someone("Vell campaign chairman Tom Ames")
    assert names_someone("the Ledger")
    assert not names_someone("He")
    assert not names_someone("a senior official")


@pytest.mark.parametrize(
    "source",
    ["Tom Ames, a lawyer", "Ann Vell, 52,", "Sen. Ann Vell (D-Nor.)", "Another critic, Tom Ames,"],
)
def test_a_source_with_a_name_in_any_part_is_judged(source: str) -> None:
    """A name before or after an appositive, an age or a bracketed party names the speaker."""
    assert names_someone(source)


@pytest.mark.parametrize(
    "source",
    [
        "the Norland businessman",
        "Tom Ames\u2019s son",
        "a narrator in the Vell ad",
        "Vell campaign chairman",
    ],
)
def test_a_description_is_not_judged(source: str) -> None:
    """A description names no one: resolving it to a person cannot be scored from the gold."""
    assert not names_someone(source)
