"""The evaluation: scoring rules, the dev set's gold files, and real articles end to end."""

from __future__ import annotations

from pathlib import Path

from generator.extract import extract
from generator.extract.evaluate import article_path, load_gold, match
from generator.record import ordered, validate
from generator.seeds import Seed, read_seed
from generator.yamlio import Loaded
from tests.extract.conftest import CORPUS, ROOT

GOLD = sorted((ROOT / "eval" / "gold").glob("*.yaml"))


def test_a_duplicate_entry_is_a_false_positive() -> None:
    """Two entries for one gold person count one hit and one false positive."""
    gold = [{"asaad al-shaibani", "shaibani"}]
    assert match([{"asaad al-shaibani"}, {"shaibani"}], gold, set()) == (1, 1, 0)
    assert match([{"asaad al-shaibani", "shaibani"}], gold, set()) == (1, 0, 0)


def test_neutral_names_are_neither_hit_nor_miss() -> None:
    """A prediction in the gold file's neutral list is not counted as wrong."""
    assert match([{"iraq"}, {"baghdad"}], [{"iraq"}], {"baghdad"}) == (1, 0, 0)


def test_dev_set_has_enough_articles_and_our_own_exist() -> None:
    """At least 25 corpus articles are labelled; every article we wrote is in eval/articles."""
    golds = [load_gold(p) for p in GOLD]
    corpus_articles = [g for g in golds if g.article.startswith("corpus/")]
    assert len(corpus_articles) >= 25
    own = [g for g in golds if not g.article.startswith("corpus/")]
    assert own and all(article_path(g, ROOT / "eval", CORPUS).is_file() for g in own)


def test_sampled_corpus_articles_give_valid_records(corpus: Path) -> None:
    """Every tenth BBC and Reuters article extracts to fields that validate as a record."""
    paths = (
        sorted((corpus / "bbc").glob("*.txt"))[::10]
        + sorted((corpus / "reuters1987").glob("*.txt"))[::10]
    )
    seeds = [read_seed(p, corpus)[0] for p in paths]
    for seed, fields in zip(seeds, extract(seeds), strict=True):
        record = ordered(
            {
                "id": "x",
                "status": "draft",
                "seed": None,
                **fields,
                "date": fields["date"] or "2000-01-01",
            }
        )
        assert validate(Loaded(data=record), seed.path, "x") == [], seed.path
        assert fields["title"] and len(fields["title"]) <= 300


def test_targets_are_met_on_the_dev_set(corpus: Path) -> None:
    """Entity F1 beats stock spaCy by 0.10 and quote speakers are at least 90% right."""
    from generator.extract.evaluate import TYPES, Score, evaluate

    report = evaluate(ROOT, corpus)
    assert report.skipped == 0

    def micro(scores: dict[str, Score]) -> float:
        total = Score()
        for kind in TYPES:
            total.add(scores[kind].tp, scores[kind].fp, scores[kind].fn)
        return total.f1

    assert micro(report.ours) >= micro(report.stock) + 0.10
    assert report.speakers_right >= 0.9 * report.quotes_found
    assert report.quotes_found >= 0.9 * report.quotes_gold


def test_two_processes_give_the_same_fields(sample_seed: Seed) -> None:
    """Extraction with two processes gives exactly what one process gives."""
    seeds = [sample_seed] * 16
    assert extract(seeds, n_process=2) == extract(seeds, n_process=1)


def test_gold_quotes_are_spans_that_open_on_a_word(corpus: Path) -> None:
    """Every gold quote is a span of its article that starts and ends on a word edge."""
    for path in GOLD:
        gold = load_gold(path)
        article = article_path(gold, ROOT / "eval", corpus).read_text("utf-8")
        for quote in gold.quotes:
            span = article[quote.at : quote.at + quote.chars]
            assert span.split() and span.strip() == span, (path, quote)
            assert quote.at == 0 or not article[quote.at - 1].isalnum(), (path, quote)
            assert not article[quote.at + quote.chars : quote.at + quote.chars + 1].isalnum()
