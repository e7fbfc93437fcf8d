"""Key points and summary: story order, no duplicates, no furniture, not worse than Lead-3."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract import extract
from generator.extract.key_points import tidy
from generator.extract.sentence_cuts import (
    POINT_CUTS,
    cut,
)
from generator.extract.summary import Digest, digest
from generator.seeds import Seed, read_seed
from tests.extract.conftest import CORPUS, FIXTURES

Record = Callable[[str], dict[str, Any]]


def _first_words(text: str) -> str:
    return " ".join(text.split()[:5])


def test_key_points_are_distinct_and_in_story_order(sample: dict[str, Any]) -> None:
    """The sample's key points are 3-5 distinct sentences of the body, in text order."""
    points = sample["key_points"]
    assert 3 <= len(points) <= 5 and len(set(points)) == len(points)
    body = sample["body"]
    positions = [body.index(_first_words(p)) for p in points]
    assert positions == sorted(positions)


def test_summary_is_the_lead_cut_and_points_start_with_the_lead(sample: dict[str, Any]) -> None:
    """The summary is the lead's main statement; the points start with the whole lead."""
    lead = "Syria’s interim foreign minister, Asaad al-Shaibani, visited Iraq"
    assert sample["summary"].startswith(lead)
    assert not any(p in sample["summary"] for p in sample["key_points"])
    assert sample["key_points"][0].startswith(lead)
    assert len(sample["key_points"][0]) > len(sample["summary"])
    assert sample["key_points"][1].startswith("His visit corresponds with efforts")


def test_captions_and_furniture_are_not_key_points(record_of: Record) -> None:
    """A verbless caption and "Scroll down for video" never become key points."""
    record = record_of("captions.txt")
    points = record["key_points"]
    assert "Firefighters near the village of Varnavas on Saturday." not in points
    assert not any("Scroll down" in p for p in [*points, record["summary"]])
    assert record["summary"].startswith("Firefighters in Athens brought a forest fire")
    assert points[0].startswith("Firefighters in Athens brought a forest fire")
    assert points[1] == "The fire destroyed more than forty homes."


def test_near_duplicate_sentences_are_dropped(record_of: Record) -> None:
    """A second telling of the lead is left out in favour of new information."""
    points = record_of("duplicates.txt")["key_points"]
    assert sum("burst its banks" in p for p in points) == 1
    assert "Schools across the district stayed closed on Tuesday." in points


def test_datelines_are_not_in_the_summary(record_of: Record) -> None:
    """The dateline is not part of the summary, which is the lead."""
    record = record_of("dateline_year.txt")
    assert record["summary"].startswith("Iraq's parliament approved the budget")


def test_summary_is_short(sample: dict[str, Any]) -> None:
    """The summary has 1-3 sentences and at most ~70 words."""
    assert 0 < len(sample["summary"].split()) <= 70


SUMMARIES = CORPUS.parent / "eval-data" / "summaries"


def _tune_half(tmp: Path) -> list[tuple[Seed, str]]:
    """(seed, reference highlights) of the tune half: all stories sorted by id, even places."""
    rows: list[dict[str, str]] = []
    with (SUMMARIES / "cnndm_train_sample.csv").open(encoding="utf-8") as lines:
        rows += csv.DictReader(lines)
    for line in (SUMMARIES / "cnndm_val_15.jsonl").read_text("utf-8").splitlines():
        rows.append(json.loads(line))
    stories: list[tuple[str, Path | dict[str, str]]] = [(row["id"], row) for row in rows]
    stories += [(path.stem, path) for path in (CORPUS / "cnn").glob("*.story")]
    out = []
    for story_id, story in sorted(stories, key=lambda item: item[0])[::2]:
        if isinstance(story, Path):
            seed = read_seed(story, story.parent)[0]
            out.append((seed, "\n".join(seed.highlights)))
        else:
            path = tmp / f"{story_id}.txt"
            path.write_text(story["article"] + "\n", "utf-8")
            out.append((read_seed(path, tmp)[0], story["highlights"]))
    return out


def test_key_points_beat_lead3_on_the_tune_half_of_cnn_dm(nlp: Language, tmp_path: Path) -> None:
    """On the summaries set's tune half, key points score above Lead-3 on ROUGE-1, -2, -Lsum."""
    if not SUMMARIES.is_dir() or not (CORPUS / "cnn").is_dir():
        pytest.skip("../shared/eval-data/summaries is not here")
    from rouge_score import rouge_scorer

    stories = _tune_half(tmp_path)
    records = extract([seed for seed, _ in stories])
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    ours = dict.fromkeys(("rouge1", "rouge2", "rougeLsum"), 0.0)
    lead3 = dict(ours)
    docs = nlp.pipe(seed.text for seed, _ in stories)
    for (_, reference), record, doc in zip(stories, records, docs, strict=True):
        lead = "\n".join(s.text.strip() for s in list(doc.sents)[:3])
        for metric, value in scorer.score(reference, "\n".join(record["key_points"])).items():
            ours[metric] += value.fmeasure
        for metric, value in scorer.score(reference, lead).items():
            lead3[metric] += value.fmeasure
    assert all(ours[m] > lead3[m] for m in ours), (ours, lead3)


@pytest.mark.parametrize("name", ["neutral.txt", "lead_only.txt"])
def test_short_articles_still_give_points(record_of: Record, name: str) -> None:
    """A two-sentence article gives its sentences as key points and a summary."""
    record = record_of(name)
    assert 1 <= len(record["key_points"]) <= 2
    assert record["summary"]


def _digest_of(nlp: Language, text: str) -> Digest:
    return digest(nlp(text))


STORY = (
    "As the water rose on Tuesday, firefighters in Dorval pulled a boy from the Lachine canal."
    "\n\nBrave rescue: A firefighter in Dorval carries the boy to an ambulance."
    "\n\nThe boy, who is eight, was taken to Lakeshore hospital."
    '\n\n"It was the worst flood I have ever seen."'
    "\n\nand was later moved to a ward in Montreal."
    "\n\nWould the town have coped with a bigger flood?"
    "\n\nDoctors at Lakeshore hospital said he would go home on Thursday."
    "\n\nThe Dorval council will meet on Friday to discuss the canal banks."
)


def test_captions_fragments_questions_and_bare_quotes_are_not_points(nlp: Language) -> None:
    """Points are whole statements: no caption, fragment, question or quote without speaker."""
    story = _digest_of(nlp, STORY)
    assert story.summary == "Firefighters in Dorval pulled a boy from the Lachine canal."
    assert story.key_points == [
        "As the water rose on Tuesday, firefighters in Dorval pulled a boy from the Lachine canal.",
        "The boy, who is eight, was taken to Lakeshore hospital.",
        "Doctors at Lakeshore hospital said he would go home on Thursday.",
    ]


@pytest.mark.parametrize(
    "story",
    [
        "The mayor of Port Selby was booed off the stage at a town meeting on Monday night. "
        "One resident shouted: 'Go home and take your plans with you. We do not want them "
        "here.' The mayor left the hall by a side door. Police said nobody was hurt.",
        "The mayor of Port Selby was booed off the stage at a town meeting on Monday night. "
        '"We came to be heard. We were not," said Dana Whitlow, who runs a bakery. '
        "The mayor left the hall by a side door. Police said nobody was hurt.",
    ],
)
def test_the_end_of_a_quote_opened_sentences_before_is_not_a_point(
    nlp: Language, story: str
) -> None:
    """A sentence that closes a quotation opened in an earlier sentence is no key point."""
    points = _digest_of(nlp, story).key_points
    assert not any(point.startswith(("We do not", "We were not")) for point in points)
    assert "The mayor left the hall by a side door." in points


SPLIT_STORY = (
    "The ferry port of Port Selby will close for a month, its owners said on Monday. "
    "In a long interview with the Selby Gazette, Lord Whitlow warned his French counterpart "
    "Jean Marlow the town would not become a client of the port. "
    "Ferries will sail from Kettering Bay instead. "
    "Traders fear the loss of custom at the market."
)


def test_the_rest_of_a_sentence_the_parser_cut_in_two_is_not_a_point(nlp: Language) -> None:
    """When the parser ends a sentence on a word, neither half is a point: both are fragments."""
    words = nlp.make_doc(SPLIT_STORY)
    starts: list[bool | int | None] = [None] * len(words)
    starts[0] = starts[next(t.i for t in words if t.text == "Jean")] = True
    doc = Doc(
        nlp.vocab,
        words=[t.text for t in words],
        spaces=[bool(t.whitespace_) for t in words],
        sent_starts=starts,
    )
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [s.text.split()[0] for s in doc.sents][1:3] == ["In", "Jean"]
    points = digest(doc).key_points
    assert not any(point.startswith(("In a long", "Jean Marlow")) for point in points)
    assert "Ferries will sail from Kettering Bay instead." in points


def test_summary_never_repeats_a_key_point(record_of: Record) -> None:
    """No fixture's summary holds one of its key points word for word."""
    for fixture in sorted(FIXTURES.glob("*.txt")):
        if fixture.name in ("empty.txt", "binary.bin.txt"):
            continue
        record = record_of(fixture.name)
        assert not any(p in record["summary"] for p in record["key_points"]), fixture.name


QUOTED_STORY = (
    "The harbour board met on Thursday to decide the future of the old pier, which has been"
    " closed since a storm in March.\n\n"
    '"For now, nobody may fish from the end of the pier," the harbour master said.'
)


def test_a_quotation_keeps_its_speaker_in_a_point(nlp: Language) -> None:
    """ "'...,' the harbour master said" keeps the attribution: a bare quote is no point."""
    quoted = list(nlp(QUOTED_STORY).sents)[-1]
    assert quoted[0].head.dep_ == "ccomp"  # the parse this test is about: the mark in the quote
    assert cut(quoted, POINT_CUTS) is None


CAPTIONED_STORY = (
    "The Pellham council voted on Monday to close the old ferry pier for repairs.\n\n"
    "Mara Quill carries a lantern Tuesday past the council offices in Pellham.\n\n"
    "The pier will reopen in the spring, officials said.\n\n"
    "Repairs will cost about $2 million.\n\n"
    "Fishing boats will use the north harbour until then."
)


def test_a_dated_scene_in_the_present_tense_is_a_caption(nlp: Language) -> None:
    """ "X carries a lantern Tuesday ...": a photo caption after the lead is no key point."""
    points = _digest_of(nlp, CAPTIONED_STORY).key_points
    assert not any(point.startswith("Mara Quill") for point in points)
    assert "Repairs will cost about $2 million." in points


def test_a_present_tense_lead_with_a_weekday_is_kept(nlp: Language) -> None:
    """The first paragraph may announce an event in the present tense: it is the lead."""
    story = "Voters in Pellham choose a new mayor Tuesday in a close race.\n\n" + CAPTIONED_STORY
    assert _digest_of(nlp, story).key_points[0].startswith("Voters in Pellham choose")


def test_a_sentence_inside_an_open_quotation_is_not_a_point(nlp: Language) -> None:
    """The middle sentence of a quote that runs over three sentences has no speaker of its own."""
    story = (
        "A landslide closed the coast road near Pellham on Sunday.\n\n"
        '"I heard the hill move. The road below me was simply gone. Nobody was on it,"'
        " said Tom Vale, who farms nearby.\n\n"
        "Engineers will inspect the slope this week.\n\n"
        "The road carries about 3,000 cars a day."
    )
    points = _digest_of(nlp, story).key_points
    assert not any(point.startswith(("The road below", "Nobody was")) for point in points)
    assert "Engineers will inspect the slope this week." in points


def test_a_report_dated_by_a_weekday_is_no_caption(nlp: Language) -> None:
    """ "Officials say Tuesday ...": a verb of saying in the present tense reports, not a scene."""
    story = CAPTIONED_STORY.replace(
        "Repairs will cost about $2 million.",
        "Engineers say Tuesday the repairs will cost about $2 million.",
    )
    points = _digest_of(nlp, story).key_points
    assert any(point.startswith("Engineers say Tuesday") for point in points)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister told parliament..", "The minister told parliament."),
        ("He said the talks would go on...", "He said the talks would go on..."),
    ],
)
def test_a_doubled_final_stop_is_one(text: str, expected: str) -> None:
    """A source's doubled stop is a typo a point does not keep; an ellipsis stays."""
    assert tidy(text) == expected


def test_a_caption_with_a_five_word_label_is_not_a_point(nlp: Language) -> None:
    """ "Leave it to the experts: The firm ..." is a photo caption's label, however long."""
    story = (
        "A village bakery has won a national award for its sourdough loaf. "
        "Leave it to the experts: The bakery's owners, Ann and Tom Vell, have baked for 30 "
        "years. The judges praised the loaf's crust and its open crumb. "
        "The bakery will now supply two hotels in the county."
    )
    points = _digest_of(nlp, story).key_points
    assert not any(point.startswith("Leave it to") for point in points)
    assert "The judges praised the loaf's crust and its open crumb." in points
