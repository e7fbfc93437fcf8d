"""The register's replay on invented articles: the editor's fix and the learning curve."""

from __future__ import annotations

from typing import Any

from generator.evaluation.entities_conll import ConllDoc
from generator.evaluation.replay import curve_rows, gold_record, person_hubs, replay


def doc(index: int, body: str, **gold: str) -> ConllDoc:
    """An article whose gold forms are given as form=TYPE (forms with spaces as '_')."""
    forms = {form.replace("_", " "): frozenset({kind}) for form, kind in gold.items()}
    return ConllDoc(index=index, headline="Markets", body=body, gold=forms)


def fields(**lists: list[dict[str, Any]]) -> dict[str, Any]:
    """Extracted fields with the entity lists given."""
    empty: dict[str, list[dict[str, Any]]] = {
        "people": [],
        "organizations": [],
        "places": [],
        "groups": [],
    }
    return {"date": "1996-08-20", "quotes": [], **empty, **lists}


def test_the_editors_fix_folds_a_surname_into_its_full_name() -> None:
    """'olsen' beside 'maria olsen' is her alias; the other types fill their lists."""
    fixed = gold_record(
        doc(3, "", maria_olsen="PER", olsen="PER", acme="ORG", ruritania="LOC", fooian="MISC"),
        "1996-08-20",
    )
    assert fixed["people"] == [{"name": "maria olsen", "role": None, "aliases": ["olsen"]}]
    assert [len(fixed[f]) for f in ("organizations", "places", "groups")] == [1, 1, 1]


def test_the_register_learns_a_kind_from_corrected_records() -> None:
    """Two fixed records making Velmont an organization make the third article score better."""
    # Velmont is extracted as a person three times; the third scores better with the register.
    articles = [doc(i, "Velmont shares rose.", velmont="ORG") for i in range(3)]
    extracted = [fields(people=[{"name": "Velmont", "role": None, "aliases": []}])] * 3
    stream = replay(articles, extracted, {0: "tune", 1: "check", 2: "tune"})
    plain, linked = stream.plain[(0, "tune")], stream.linked[(0, "tune")]
    assert (plain.tp, plain.fp, plain.fn) == (0, 2, 2)
    assert (linked.tp, linked.fp, linked.fn) == (1, 1, 1)
    rows = [r for r in curve_rows(stream) if r.measure.startswith("Replay F1,")]
    assert [(r.half, r.ours, r.peer) for r in rows] == [("tune", 0.5, 0.0), ("check", 0.0, 0.0)]


def test_a_bare_surname_hub_counts_while_the_register_knows_its_one_full_name() -> None:
    """A bare 'Olsen' is a hub the register could name when it knows only 'Maria Olsen'."""
    # Named as the site names hubs, the same 'Olsen' joins her hub.
    desk = [gold_record(doc(1, "", maria_olsen="PER"), "1996-08-20")]
    article = doc(2, "Olsen spoke.", olsen="PER", acme="ORG")
    people = [
        ({"name": "Olsen", "role": None, "aliases": []}, article, "1996-08-21"),
        ({"name": "Acme", "role": None, "aliases": []}, article, "1996-08-21"),
    ]
    plain = person_hubs(people, desk, canonical=False)
    assert (plain.total, plain.bare, plain.bare_known, plain.not_people) == (2, 2, 1, 1)
    linked = person_hubs(people, desk, canonical=True)
    assert (linked.total, linked.bare, linked.bare_known, linked.not_people) == (2, 1, 0, 1)


def test_a_full_name_from_other_years_does_not_count_as_known() -> None:
    """A bare surname whose one full name is from ten years earlier does not count as known."""
    desk = [gold_record(doc(1, "", maria_olsen="PER"), "1986-08-20")]
    article = doc(2, "Olsen spoke.", olsen="PER")
    people = [({"name": "Olsen", "role": None, "aliases": []}, article, "1996-08-21")]
    assert person_hubs(people, desk, canonical=False).bare_known == 0


def test_an_articles_own_fix_does_not_name_its_hubs() -> None:
    """A full name only the article's own fix gives is not known: its bare surname keeps its hub."""
    # The editor added that name; the register did not know it.
    article = doc(2, "Olsen spoke.", maria_olsen="PER", olsen="PER")
    desk = [gold_record(article, "1996-08-21")]
    people = [({"name": "Olsen", "role": None, "aliases": []}, article, "1996-08-21")]
    hubs = person_hubs(people, desk, canonical=True)
    assert (hubs.total, hubs.bare, hubs.bare_known) == (1, 1, 0)


def test_the_ceiling_puts_right_only_errors_on_forms_an_earlier_fix_gave() -> None:
    """The ceiling scores 'Velmont' right after an earlier fix; 'Quorra', unfixed, stays missed."""
    articles = [doc(0, "Velmont met.", velmont="ORG"), doc(1, "Velmont met.", velmont="ORG")]
    articles.append(doc(2, "Velmont and Quorra met.", velmont="ORG", quorra="LOC"))
    extracted = [fields(people=[{"name": "Velmont", "role": None, "aliases": []}])] * 3
    stream = replay(articles, extracted, {0: "tune", 1: "tune", 2: "tune"})
    ceiling = stream.ceiling[(0, "tune")]
    assert (ceiling.tp, ceiling.fp, ceiling.fn) == (2, 1, 2)
