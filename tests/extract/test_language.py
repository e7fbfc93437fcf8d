"""Seeds not in English: detected, marked, and never given invented entities."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from generator.extract import extract
from generator.extract import language as lang
from generator.extract.foreign_dates import dateline_length, foreign_date
from generator.seeds import Seed, read_seed

SPANISH = (
    "México anuncia un plan de vivienda\n\n"
    "CIUDAD DE MÉXICO, 15 de enero de 2025 – El Gobierno federal presentó este miércoles un"
    " programa para construir viviendas asequibles en las principales ciudades del país, según"
    " informó la Secretaría de Desarrollo.\n\n"
    "«Vamos a cumplir con las familias que esperan desde hace años», dijo la secretaria Ana"
    " García durante una conferencia de prensa en Monterrey.\n\n"
    "El plan prevé la construcción de miles de casas durante los próximos cuatro años y contará"
    " con la participación de empresas privadas y de los gobiernos estatales.\n\n"
    "Los críticos señalan que el presupuesto es insuficiente y que un programa anterior no"
    " alcanzó sus metas.\n"
)
FRENCH = (
    "Le gouvernement a présenté mardi une réforme des retraites qui doit entrer en vigueur l'an"
    " prochain, malgré l'opposition des syndicats et d'une partie de la majorité. Les"
    " manifestations se poursuivent dans plusieurs villes du pays."
)
ENGLISH = (
    "The committee approved the budget on Tuesday after a long debate about the cost of the new"
    " hospital, which the opposition said was far too high for a town of its size."
)


def _seed(tmp_path: Path, text: str, name: str = "es.txt") -> Seed:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_seed(path, tmp_path)[0]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (SPANISH, "es"),
        (FRENCH, "fr"),
        (ENGLISH, "en"),
        # An English story quoting a Spanish sentence is still English.
        (ENGLISH + " «Vamos a ganar esta batalla», dijo el alcalde.", "en"),
        # Too short to tell: English by default.
        ("Vamos a ganar esta batalla.", "en"),
        ("1,234 5,678 9,012 -- 3.4% 5.6%", "en"),
        ("", "en"),
    ],
)
def test_language_of_names_clear_languages_and_defaults_to_english(text: str, code: str) -> None:
    """A clear Spanish or French text is detected; short, mixed or empty text is English."""
    assert lang.language_of(text) == code


def test_plain_english_never_loads_the_classifier(monkeypatch: pytest.MonkeyPatch) -> None:
    """English news is recognised by its function words, without the classifier."""

    def refuse() -> None:
        raise AssertionError("the classifier was asked")

    monkeypatch.setattr(lang, "_ranker", refuse)
    assert lang.language_of(ENGLISH * 20) == "en"


def test_model_lookup_names_spacy_pipelines(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lookup asks for spaCy's packages of the language, smallest first."""
    assert lang.model_packages("es")[:2] == ("es_core_news_sm", "es_core_news_md")
    assert lang.model_packages("zh")[0] == "zh_core_web_sm"
    assert lang.model_packages("xx") == ()
    asked: list[str] = []

    def find_spec(name: str) -> object | None:
        asked.append(name)
        return object() if name == "es_core_news_md" else None

    monkeypatch.setattr(lang.importlib.util, "find_spec", find_spec)
    assert lang.model_for("es") == "es_core_news_md"
    assert asked == ["es_core_news_sm", "es_core_news_md"]
    assert lang.language_note("es") == "language es: extracted with es_core_news_md"
    assert lang.model_for("sw") is None


def test_without_a_model_the_seed_is_a_draft_without_entities(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No model: text, date and first sentences only; no people, places, quotes or topics."""
    monkeypatch.setattr(lang, "model_for", lambda code: None)
    record = extract([_seed(tmp_path, SPANISH)])[0]
    assert record["language"] == "es"
    assert record["title"] == "México anuncia un plan de vivienda"
    assert record["date"] == "2025-01-15" and record["date_source"] == "dateline"
    assert record["summary"].startswith("El Gobierno federal presentó este miércoles")
    assert 1 <= len(record["key_points"]) <= 3
    assert not any(p in record["summary"] for p in record["key_points"])
    for field in ("people", "organizations", "places", "groups", "quotes", "topics"):
        assert record[field] == [], field
    assert record["body"].startswith("CIUDAD DE MÉXICO, 15 de enero de 2025")
    assert lang.language_note("es") == "language es: no model installed, draft without entities"


def test_an_installed_model_gives_entities(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a model for the language its entities fill the record (here a stand-in model)."""

    def fake_model() -> Language:
        nlp = spacy.blank("es")
        ruler = nlp.add_pipe("entity_ruler")
        ruler.add_patterns(  # type: ignore[attr-defined]
            [
                {"label": "PER", "pattern": "Ana García"},
                {"label": "LOC", "pattern": "Monterrey"},
                {"label": "ORG", "pattern": "Secretaría de Desarrollo"},
            ]
        )
        return nlp

    monkeypatch.setattr(lang, "model_for", lambda code: "es_core_news_sm")
    real_load = spacy.load

    def load(name: str, **options: Any) -> Language:
        # Only the Spanish model is a stand-in: the English one may load in this test too.
        return fake_model() if name == "es_core_news_sm" else real_load(name, **options)

    monkeypatch.setattr(lang.spacy, "load", load)
    lang._pipeline.cache_clear()
    try:
        record = extract([_seed(tmp_path, SPANISH)])[0]
    finally:
        lang._pipeline.cache_clear()
    assert record["people"] == [{"name": "Ana García", "role": None, "aliases": []}]
    assert [p["name"] for p in record["places"]] == ["Monterrey"]
    assert [o["name"] for o in record["organizations"]] == ["Secretaría de Desarrollo"]
    assert record["quotes"] == []


def test_english_records_carry_no_language(record_of: Any) -> None:
    """An English record has no language field, so English records stay as they were."""
    assert "language" not in record_of("neutral.txt")


def test_mixed_batches_keep_their_order(tmp_path: Path, sample_seed: Seed) -> None:
    """A foreign seed among English ones keeps its place; two processes give the same."""
    spanish = _seed(tmp_path, SPANISH)
    seeds = [sample_seed] * 8 + [spanish] + [sample_seed] * 8
    records = extract(seeds, n_process=2)
    assert [r.get("language") for r in records] == [None] * 8 + ["es"] + [None] * 8
    assert records == extract(seeds, n_process=1)


@pytest.mark.parametrize(
    ("text", "date", "rest"),
    [
        ("CIUDAD DE MÉXICO, 15 de enero de 2025 – El Gobierno", "2025-01-15", "El Gobierno"),
        ("PARIS, 1er février 2025 (AFP) - Le gouvernement", "2025-02-01", "Le gouvernement"),
        ("BERLIN, 4. März 2025 — Der Bundestag", "2025-03-04", "Der Bundestag"),
        ("ROMA, 12 marzo 2025 - Il governo", "2025-03-12", "Il governo"),
        ("LISBOA, 3 de março de 2024 - O governo", "2024-03-03", "O governo"),
        # A sentence that opens with a date keeps it; an impossible date is no date.
        ("El 15 de enero de 2025 se firmó", "2025-01-15", "El 15 de enero de 2025 se firmó"),
        ("LIMA, 31 de setiembre de 2024 - Hoy", None, "Hoy"),
        # A wire's dateline with a short date and no year, or none: the agency tag marks it.
        ("Madrid, 12 mar (EFE).- El Gobierno", None, "El Gobierno"),
        ("Ciudad de México, 3 abr. (EFE).- La", None, "La"),
        ("Berlin (dpa) - Der Bundestag", None, "Der Bundestag"),
        # A bracket that names no agency, or words in lower case before it, open a sentence.
        ("El Gobierno (PSOE) - aprobó", None, "El Gobierno (PSOE) - aprobó"),
        ("El presidente dijo (EFE) - que", None, "El presidente dijo (EFE) - que"),
    ],
)
def test_foreign_datelines_give_the_date(text: str, date: str | None, rest: str) -> None:
    """Day, month name and year in five languages; the dateline is not part of the text."""
    assert foreign_date(text) == date
    assert text[dateline_length(text) :] == rest


def test_a_foreign_datelines_agency_tag_names_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "MADRID, 15 de enero de 2025 (EFE) -" gives the source EFE when the seed names none."""
    monkeypatch.setattr(lang, "model_for", lambda code: None)
    text = SPANISH.replace("2025 – El Gobierno", "2025 (EFE) – El Gobierno")
    record = extract([_seed(tmp_path, text)])[0]
    assert record["source"] == {"name": "EFE", "url": None}
    assert record["summary"].startswith("El Gobierno federal presentó")


def test_a_wire_dateline_without_a_year_is_no_part_of_the_title(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Madrid, 12 mar (EFE).-" names the source and stays out of a headline-less draft."""
    monkeypatch.setattr(lang, "model_for", lambda code: None)
    text = SPANISH.split("\n\n", 1)[1].replace(
        "CIUDAD DE MÉXICO, 15 de enero de 2025 –", "Ciudad de México, 15 ene (EFE).-"
    )
    record = extract([_seed(tmp_path, text)])[0]
    assert record["source"] == {"name": "EFE", "url": None}
    assert record["title"].startswith("El Gobierno federal presentó")
    assert record["summary"].startswith("El Gobierno federal presentó")


def test_an_opening_mark_starts_the_sentence_it_opens() -> None:
    """A guillemet or curly mark after a full stop opens the next sentence, not the last."""
    nlp = spacy.blank("es")
    nlp.add_pipe("sentencizer")
    doc = nlp("Anunció un plan. «Vamos a ganar», dijo Ana Vel. “Bien” dijo él.")
    assert lang.sentence_texts(doc) == [
        "Anunció un plan.",
        "«Vamos a ganar», dijo Ana Vel.",
        "“Bien” dijo él.",
    ]
