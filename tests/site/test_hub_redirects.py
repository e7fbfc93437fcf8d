"""Published hub and thread addresses never vanish: the address the earlier slug rule gave a
name, and a thread's earlier id, lead to the page that took their place."""

from __future__ import annotations

from pathlib import Path

from generator import sitemodel
from generator.layout import entity_slug
from generator.published import PublishedHubs
from generator.redirects import earlier_slug, moved_feeds, site_moves, site_redirects
from tests.site.helpers import make_record, named, person, place, render
from tests.site.test_threads import dam


def _targets(records: list[dict[str, object]]) -> dict[str, str]:
    """Site path of each redirect page -> the address it leads to (relative)."""
    pages = site_redirects(sitemodel.build_site_model(records, production=False))
    return {
        path: html.split('rel="canonical" href="')[1].split('"')[0] for path, html in pages.items()
    }


def test_earlier_slug_is_the_rule_before_apostrophes_joined_their_word() -> None:
    """The earlier slug split words at apostrophes, spelt out currency; the current one doesn't."""
    assert earlier_slug("People's Party") == "people-s-party"
    assert entity_slug("People's Party") == "peoples-party"
    assert earlier_slug("O’Brien") == entity_slug("O’Brien") == "obrien"  # curly: joined
    assert earlier_slug("£5 Club") == "ps5-club"
    assert entity_slug("£5 Club") == "5-club"
    assert earlier_slug("Index") == "index-1"


def test_every_hub_kind_keeps_its_earlier_address() -> None:
    """A person, organization, group, city and topic whose slug changed redirect to their hubs."""
    record = make_record(
        "a",
        "2025-01-01",
        people=[person("Dara O'Neill")],
        organizations=[named("People's Party")],
        groups=[named("Ma'dan Guild")],
        places=[place("Cote d'Ivoire City", "city", "CI")],
    )
    assert _targets([record]) == {
        "organizations/people-s-party/index.html": "../peoples-party/",
        "people/dara-o-neill/index.html": "../dara-oneill/",
        "groups/ma-dan-guild/index.html": "../madan-guild/",
        "places/cote-d-ivoire-city/index.html": "../cote-divoire-city/",
    }


def test_a_name_without_apostrophe_or_sign_has_no_earlier_address() -> None:
    """Where both rules agree nothing is redirected."""
    record = make_record("a", "2025-01-01", people=[person("Dara Neill")])
    assert _targets([record]) == {}


def test_an_alias_earlier_address_and_a_city_country_suffix() -> None:
    """A merged name's earlier address leads to its alias's hub; a city's keeps its country code."""
    records = [
        make_record("a", "2025-01-01", people=[person("Dara Neill", None, "D'Arcy Neill")]),
        make_record("b", "2025-01-02", places=[place("Saint Anne's", "city", "GB")]),
        make_record("c", "2025-01-03", places=[place("Saint Anne's", "city", "US")]),
    ]
    assert _targets(records) == {
        "people/d-arcy-neill/index.html": "../dara-neill/",
        "people/darcy-neill/index.html": "../dara-neill/",
        "places/saint-anne-s-gb/index.html": "../saint-annes-gb/",
        "places/saint-anne-s-us/index.html": "../saint-annes-us/",
    }


def test_a_live_hub_at_the_earlier_address_is_never_shadowed() -> None:
    """A live hub at an earlier address (dara-o-neill, "Dara O'Neill"'s) gets no redirect."""
    records = [
        make_record("a", "2025-01-01", people=[person("Dara O'Neill")]),
        make_record("b", "2025-01-02", people=[person("Dara O Neill")]),
    ]
    assert "people/dara-o-neill/index.html" not in _targets(records)


def test_two_hubs_with_one_earlier_address_go_to_the_one_named_more() -> None:
    """An earlier address two hubs had leads to the one in more briefings, and nowhere on a tie."""
    # "£'s Bar" (now s-bar) and "Ps's Bar" (now pss-bar) both had ps-s-bar.
    pounds = [
        make_record(record_id, date, organizations=[named("£'s Bar")])
        for record_id, date in (("a", "2025-01-01"), ("b", "2025-01-02"))
    ]
    other = make_record("c", "2025-01-05", organizations=[named("Ps's Bar")])
    assert _targets([*pounds, other])["organizations/ps-s-bar/index.html"] == "../s-bar/"
    assert "organizations/ps-s-bar/index.html" not in _targets([pounds[0], other])


def test_a_renamed_first_briefing_moves_its_thread_and_the_old_address_follows(
    tmp_path: Path,
) -> None:
    """A thread moves when its first briefing is renamed; its old address and feed lead on."""
    # The thread's address is its first briefing's id; the old one becomes a redirect page.
    records = [
        dam("dam-cracks-found", "2025-03-01", redirect_from=["cracks-in-the-dam"]),
        dam("dam-inspections", "2025-03-04", "Inspectors reached the turbines."),
    ]
    model = sitemodel.build_site_model(records, production=False)
    assert [t.slug for t in model.threads] == ["dam-cracks-found"]
    assert _targets(records)["threads/cracks-in-the-dam/index.html"] == "../dam-cracks-found/"
    render(records, tmp_path)
    page = (tmp_path / "threads" / "cracks-in-the-dam" / "index.html").read_text("utf-8")
    assert "This story has moved" in page
    feed = (tmp_path / "threads" / "dam-cracks-found" / "feed.xml").read_bytes()
    assert (tmp_path / "threads" / "cracks-in-the-dam" / "feed.xml").read_bytes() == feed
    assert b"<id>urn:briefings:feed:threads/dam-cracks-found/feed.xml</id>" in feed


def test_moved_threads_and_published_hubs_keep_their_feed_at_the_old_address() -> None:
    """The old feed address of a moved thread or published hub names the new feed; others none."""
    # A feed reader follows no HTML redirect. Moved: a renamed thread, a merged surname's published
    # hub and a published hub that became another kind. None for an alias's address never
    # published, a moved briefing or a live hub.
    records = [
        dam("dam-cracks-found", "2025-03-01", redirect_from=["cracks-in-the-dam"]),
        dam("dam-inspections", "2025-03-04", "Inspectors reached the turbines."),
        make_record(
            "okafor-visit",
            "2025-04-01",
            redirect_from=["okafor-visits"],
            people=[person("Ann Okafor", None, "Okafor", "A. Okafor")],
        ),
    ]
    model = sitemodel.build_site_model(records, production=False)
    moves = site_moves(model)
    assert "people/a-okafor/index.html" in moves
    assert moved_feeds(model, moves) == {
        "threads/cracks-in-the-dam/feed.xml": "threads/dam-cracks-found/feed.xml"
    }
    published = PublishedHubs(addresses={"people/okafor": ("Okafor",)})
    assert moved_feeds(model, moves, published) == {
        "people/okafor/feed.xml": "people/ann-okafor/feed.xml",
        "threads/cracks-in-the-dam/feed.xml": "threads/dam-cracks-found/feed.xml",
    }
    across = {"people/velmont/index.html": ("../organizations/velmont", "page")}
    velmont = [make_record("a", "2025-01-01", organizations=[named("Velmont")])]
    model = sitemodel.build_site_model(velmont, production=False)
    listed = PublishedHubs(addresses={"people/velmont": ("Velmont",)})
    assert moved_feeds(model, across, listed) == {
        "people/velmont/feed.xml": "organizations/velmont/feed.xml"
    }
    onto_live = {"organizations/velmont/index.html": ("velmont", "page")}
    listed = PublishedHubs(addresses={"organizations/velmont": ("Velmont",)})
    assert moved_feeds(model, onto_live, listed) == {}
