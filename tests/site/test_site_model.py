"""Records -> site model: hubs, related briefings, timeline, pagination, charts."""

from __future__ import annotations

from generator import layout, sitemodel
from generator.sitemodel import calendar, hubs, related, timeline
from tests.site.helpers import make_record, named, person, place


def _hub(model: sitemodel.SiteModel, kind: str, slug: str) -> hubs.Hub:
    return next(h for h in model.hubs[kind] if h.slug == slug)


def test_country_hub_collects_cities_and_uses_common_name() -> None:
    """A city's country code files the briefing under that country, named as readers know it."""
    records = [
        make_record("a", "2025-01-02", places=[place("Baghdad", "city", "IQ")]),
        make_record("b", "2025-01-03", places=[place("Damascus", "city", "SY")]),
        make_record("c", "2025-01-04", places=[place("Iraq", "country", "IQ")]),
    ]
    model = sitemodel.build_site_model(records, production=False)
    iraq = _hub(model, "countries", "iq")
    assert iraq.name == "Iraq"
    assert [r["id"] for r in iraq.briefings] == ["c", "a"]
    # No record names Syria as a country: pycountry's common name, not "Syrian Arab Republic".
    assert _hub(model, "countries", "sy").name == "Syria"


def test_person_hub_merges_aliases_roles_and_quotes() -> None:
    """A person's hub gathers aliases, roles and what they said, newest briefing first."""
    records = [
        make_record(
            "old",
            "2024-12-01",
            people=[person("Fuad Hussein", "Foreign Minister")],
            quotes=[{"text": "Old words", "speaker": "Fuad Hussein"}],
        ),
        make_record(
            "new",
            "2025-02-01",
            people=[person("Fuad Hussein", None, "Hussein")],
            quotes=[
                {"text": "New words", "speaker": "Fuad Hussein"},
                {"text": "Not his", "speaker": None},
            ],
        ),
    ]
    hub = _hub(sitemodel.build_site_model(records, production=False), "people", "fuad-hussein")
    assert hub.aliases == ["Hussein"]
    assert hub.roles == ["Foreign Minister"]
    assert [(q.text, q.record["id"]) for q in hub.quotes] == [
        ("New words", "new"),
        ("Old words", "old"),
    ]


def test_hubs_are_sorted_by_name_ignoring_case_and_accents() -> None:
    """Hubs of a kind come in alphabetical order, accents and case ignored."""
    records = [
        make_record(
            "a",
            "2025-01-01",
            organizations=[named("Zeta"), named("Émirats Group"), named("alpha"), named("Delta")],
        )
    ]
    names = [
        h.name for h in sitemodel.build_site_model(records, production=False).hubs["organizations"]
    ]
    assert names == ["alpha", "Delta", "Émirats Group", "Zeta"]


def test_alphabet_groups_by_initial_and_puts_symbols_last() -> None:
    """The A-Z index groups names by first letter, with non-letters under Other at the end."""
    records = [
        make_record(
            "a",
            "2025-01-01",
            groups=[named("Alawites"), named("Armenians"), named("<>&"), named("Kurds")],
        )
    ]
    groups = sitemodel.build_site_model(records, production=False).hubs["groups"]
    assert [(letter, [h.name for h in group]) for letter, group in hubs.alphabet(groups)] == [
        ("A", ["Alawites", "Armenians"]),
        ("K", ["Kurds"]),
        ("Other", ["<>&"]),
    ]


def test_related_ranks_people_above_places_and_never_by_topic_alone() -> None:
    """Related briefings share named people before places; a shared topic alone never counts."""
    me = make_record(
        "me",
        "2025-03-01",
        people=[person("Tony Blair")],
        places=[place("Iraq", "country", "IQ"), place("Basra", "city", "IQ")],
        topics=["politics"],
    )
    blair = make_record("blair", "2024-01-01", people=[person("Tony Blair")])
    basra = make_record("basra", "2025-02-01", places=[place("Basra", "city", "IQ")])
    kenya = make_record("kenya", "2025-02-20", topics=["politics"])
    iraq = make_record("iraq", "2025-02-25", places=[place("Iraq", "country", "IQ")])
    found = related.related(me, [me, blair, basra, kenya, iraq])
    assert [r["id"] for r in found] == ["blair", "basra"]


def test_related_newer_first_among_equals_then_shared_topics() -> None:
    """Among briefings sharing as much, one sharing a topic too comes first, then the newer."""
    me = make_record("me", "2025-03-01", people=[person("A")], topics=["politics"])
    old = make_record("old", "2024-01-01", people=[person("A")])
    new = make_record("new", "2025-01-01", people=[person("A")])
    topical = make_record("topical", "2023-01-01", people=[person("A")], topics=["politics"])
    found = related.related(me, [old, me, new, topical])
    assert [r["id"] for r in found] == ["topical", "new", "old"]


def test_related_page_names_what_is_shared() -> None:
    """A related briefing says what it is also about, in the page's names, people first."""
    me = make_record(
        "me",
        "2025-03-01",
        people=[person("Tony Blair")],
        places=[place("Iraq", "country", "IQ")],
    )
    other = make_record(
        "other",
        "2025-01-01",
        places=[place("Iraq", "country", "IQ")],
        people=[person("Tony Blair")],
    )
    page = sitemodel.build_site_model([me, other], production=False).briefings[0]
    assert [(r.record["id"], r.shared) for r in page.related] == [("other", ("Tony Blair", "Iraq"))]


def test_related_is_limited() -> None:
    """At most RELATED_SIZE related briefings are listed."""
    records = [
        make_record(f"r{i}", f"2025-01-{i + 1:02d}", people=[person("A")]) for i in range(10)
    ]
    assert len(related.related(records[0], records)) == related.RELATED_SIZE


def test_timeline_groups_by_month_newest_first() -> None:
    """The timeline lists months newest first, briefings within a month newest first."""
    records = [
        make_record("a", "2025-01-31"),
        make_record("b", "2025-03-01"),
        make_record("c", "2025-01-01"),
        make_record("d", "2024-12-15"),
    ]
    assert [(m, [r["id"] for r in rs]) for m, rs in timeline.by_month(records)] == [
        ("2025-03", ["b"]),
        ("2025-01", ["a", "c"]),
        ("2024-12", ["d"]),
    ]


def test_hub_pages_split_long_hubs() -> None:
    """A hub of 45 briefings becomes pages of 20, 20 and 5, newest first."""
    records = [
        make_record(f"r{i:02d}", f"2025-01-{(i % 28) + 1:02d}", topics=["sport"]) for i in range(45)
    ]
    hub = _hub(sitemodel.build_site_model(records, production=False), "topics", "sport")
    pages = hub.pages()
    assert [len(p) for p in pages] == [20, 20, 5]
    assert pages[0][0]["date"] == "2025-01-28"
    assert layout.hub_path("topics", "sport", 2) == "topics/sport/page-2.md"


def test_months_fill_gaps_and_keep_the_last_ones() -> None:
    """The chart data has every month between the first and last, zero where none."""
    records = [
        make_record("a", "2024-11-05", topics=["sport"]),
        make_record("b", "2025-02-10", topics=["sport"]),
        make_record("c", "2025-02-11", topics=["sport"]),
    ]
    hub = _hub(sitemodel.build_site_model(records, production=False), "topics", "sport")
    assert [(m.month, m.count) for m in hub.months()] == [
        ("2024-11", 1),
        ("2024-12", 0),
        ("2025-01", 0),
        ("2025-02", 2),
    ]
    assert [m.month for m in hub.months(limit=2)] == ["2025-01", "2025-02"]


def test_production_leaves_drafts_out_of_everything() -> None:
    """A production model has no draft in briefings, hubs or timeline."""
    records = [
        make_record("pub", "2025-01-01", people=[person("A")]),
        make_record("draft", "2025-01-02", status="draft", people=[person("A"), person("B")]),
    ]
    model = sitemodel.build_site_model(records, production=True)
    assert [p.record["id"] for p in model.briefings] == ["pub"]
    assert [h.name for h in model.hubs["people"]] == ["A"]
    assert [r["id"] for _, rs in model.timeline for r in rs] == ["pub"]
    local = sitemodel.build_site_model(records, production=False)
    assert [p.record["id"] for p in local.briefings] == ["draft", "pub"]


def test_entity_slug_is_never_empty_or_reserved() -> None:
    """Names of symbols only get a stable hashed slug; 'Index' cannot shadow the A-Z page."""
    assert layout.entity_slug("Asaad al-Shaibani") == "asaad-al-shaibani"
    assert layout.entity_slug("<>&").startswith("x-")
    assert layout.entity_slug("<>&") == layout.entity_slug("<>&")
    assert layout.entity_slug("Index") == "index-1"


def test_briefing_page_links_speakers_and_places() -> None:
    """Quotes link their speaker's hub; a city links its country's hub."""
    record = make_record(
        "a",
        "2025-01-01",
        people=[person("Fuad Hussein")],
        places=[place("Baghdad", "city", "IQ"), place("Atlantis", "other", None)],
        quotes=[{"text": "Hi", "speaker": "Fuad Hussein"}, {"text": "Anon", "speaker": None}],
    )
    page = sitemodel.build_site_model([record], production=False).briefings[0]
    assert page.quotes[0].speaker_hub is not None
    assert page.quotes[0].speaker_hub.path == "people/fuad-hussein.md"
    assert page.quotes[1].speaker_hub is None
    assert page.places[0].country is not None
    assert (page.places[0].country.path, page.places[0].country.name) == ("countries/iq.md", "Iraq")
    assert page.places[1].country is None


def test_labels_do_not_depend_on_locale() -> None:
    """Dates and months are written in English whatever the machine's locale."""
    assert calendar.date_label("2025-03-04") == "4 March 2025"
    assert calendar.month_label("2024-12") == "December 2024"


def test_a_quote_the_page_printed_twice_is_shown_once() -> None:
    """A pull quote repeats words in the record; the briefing and the hub show them once."""
    said = {"text": "We will rebuild the pier", "speaker": "Fuad Hussein"}
    record = make_record(
        "a",
        "2025-01-01",
        people=[person("Fuad Hussein")],
        quotes=[said, {"text": "Anon", "speaker": None}, dict(said)],
    )
    model = sitemodel.build_site_model([record], production=False)
    assert [q.text for q in model.briefings[0].quotes] == ["We will rebuild the pier", "Anon"]
    assert [q.text for q in _hub(model, "people", "fuad-hussein").quotes] == [
        "We will rebuild the pier"
    ]
    assert len(record["quotes"]) == 3
