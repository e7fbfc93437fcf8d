"""The masthead: name, description, publisher, contact, licence and look from mkdocs.yml."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from generator.mkdocs.build import build_site
from generator.render import render_site
from generator.sitemodel.masthead import Masthead, read_masthead
from tests.site.helpers import ROOT, TEMPLATES, Built, make_record


def _about(folder: Path, masthead: Masthead) -> str:
    """The about page rendered for one record under ``masthead``."""
    records = [make_record("a", "2025-01-02")]
    render_site(records, folder, templates_dir=TEMPLATES, production=False, masthead=masthead)
    return (folder / "about.md").read_text("utf-8")


def _html(built: Built, path: str) -> str:
    return (built.site / path / "index.html").read_text("utf-8")


def test_masthead_comes_from_mkdocs_yml(tmp_path: Path) -> None:
    """An editor's mkdocs.yml names the site, its publisher, contact and licence."""
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: The Valley Desk\n"
        "site_description: News of the valley.\n"
        "site_url: !ENV [BRIEFINGS_SITE_URL, null]\n"
        "extra:\n  masthead:\n    publisher: Valley Press\n    contact: news@valley.example\n"
        "    licence: CC BY-SA 4.0\n",
        "utf-8",
    )
    masthead = read_masthead(tmp_path)
    assert (masthead.site_name, masthead.description, masthead.by) == (
        "The Valley Desk",
        "News of the valley.",
        "Valley Press",
    )
    assert masthead.contact_url == "mailto:news@valley.example"
    assert masthead.licence == "CC BY-SA 4.0" and masthead.about == ""


def test_masthead_defaults_without_settings(tmp_path: Path) -> None:
    """With no mkdocs.yml keys (or no readable file) the masthead still names the site."""
    (tmp_path / "mkdocs.yml").write_text("site_name: [broken\n", "utf-8")
    assert read_masthead(tmp_path) == Masthead()
    assert Masthead().by == "Briefings"


def test_about_page_is_made_from_the_masthead(tmp_path: Path) -> None:
    """Without an about.md the about page names the publisher, contact, licence and feeds."""
    masthead = Masthead(
        site_name="Valley",
        publisher="Valley Press",
        contact="news@valley.example",
        licence="CC BY 4.0",
        licence_url="https://creativecommons.org/licenses/by/4.0/",
    )
    text = _about(tmp_path, masthead)
    assert text.startswith('---\ntitle: "About Valley"')
    assert "Valley Press · Contact: [news@valley.example](mailto:news@valley.example)" in text
    assert "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)" in text
    assert "[Atom feed](feed.xml)" in text


def test_about_page_of_the_editor_is_kept_as_written(tmp_path: Path) -> None:
    """An about.md beside mkdocs.yml is the about page, word for word."""
    mine = "# Who we are\n\nThree reporters in a shed.\n"
    assert _about(tmp_path, Masthead(about=mine)) == mine


def test_hostile_masthead_values_stay_text(tmp_path: Path) -> None:
    """Markup or a script address in the masthead is printed as text and never linked."""
    masthead = Masthead(
        site_name="<b>Site</b>", publisher="<script>x()</script>", contact="javascript:alert(1)"
    )
    text = _about(tmp_path, masthead)
    assert "<script>" not in text and "<b>" not in text
    assert "javascript:" not in text and "Contact" not in text


def test_footer_names_publisher_licence_contact_and_about(built: Built) -> None:
    """Every page's footer says who publishes, the text's licence, a contact and the about page."""
    for path in ("", "briefings/syrian-foreign-minister-visits-baghdad"):
        page = _html(built, path) if path else (built.site / "index.html").read_text("utf-8")
        footer = page[page.index('class="md-copyright briefings-masthead"') :]
        line = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", footer[: footer.index("</p>")]))
        assert "Published by The Briefings desk" in line
        assert "Text licensed CC BY 4.0" in line
        assert "Contact: desk@briefings.example" in line and "About Briefings" in line
        assert 'rel="license"' in footer
    assert "About Briefings" in _html(built, "about")


def test_look_is_not_a_stock_documentation_site(built: Built) -> None:
    """The site has its own logo, favicon and palette, not Material's book icon and indigo."""
    page = (built.site / "index.html").read_text("utf-8")
    assert 'data-md-color-primary="custom"' in page and "indigo" not in page
    assert 'src="assets/logo.svg"' in page and 'href="assets/logo.svg"' in page
    assert (built.site / "assets" / "logo.svg").is_file()
    assert (ROOT / "overrides" / "assets" / "briefings.css").read_text("utf-8").count(
        "[data-md-color-primary=custom]"
    ) == 1


def test_masthead_colour_reaches_the_header_only_as_a_hex_colour(tmp_path: Path) -> None:
    """extra.masthead.colour colours the header; anything but #rgb or #rrggbb is ignored."""
    for name in ("overrides", "templates"):
        shutil.copytree(ROOT / name, tmp_path / name)
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    styles = []
    for colour in ("#5b1a18", "red;}</style><script>x()</script>"):
        (tmp_path / "mkdocs.yml").write_text(
            config.replace("    # colour: ", f"    colour: {json.dumps(colour)}  # "), "utf-8"
        )
        docs, site = tmp_path / "docs", tmp_path / "site"
        render_site(
            [make_record("a", "2025-01-02")],
            docs,
            templates_dir=tmp_path / "templates",
            production=False,
        )
        build_site(tmp_path, docs_dir=docs, site_dir=site, strict=True)
        page = (site / "index.html").read_text("utf-8")
        styles.append(re.findall(r"<style>[^<]*</style>", page))
        assert "<script>x()" not in page
    assert styles[0] == [
        "<style>[data-md-color-primary=custom] { --md-primary-fg-color: #5b1a18; "
        "--md-primary-fg-color--dark: #5b1a18; }</style>"
    ]
    assert styles[1] == []
