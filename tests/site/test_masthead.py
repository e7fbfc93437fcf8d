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


VALLEY = (
    "  masthead:\n    publisher: Valley Press\n    contact: news@valley.example\n"
    "    licence: CC BY-SA 4.0\n    licence_url: https://creativecommons.org/licenses/by-sa/4.0/\n"
)


def _footer_line(page: str) -> str:
    """The footer line as read: its parts joined by the dots the stylesheet puts between."""
    line = page[page.index('class="briefings-masthead__line"') :]
    parts = re.findall(r"<span>(.*?)</span>", line[: line.index("</p>")], re.DOTALL)
    return " · ".join(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", p)).strip() for p in parts)


def build_with_config(root: Path, config: str) -> Path:
    """The site of one record built under ``config`` as mkdocs.yml; its folder."""
    for name in ("overrides", "templates"):
        shutil.copytree(ROOT / name, root / name, dirs_exist_ok=True)
    (root / "mkdocs.yml").write_text(config, "utf-8")
    docs, site = root / "docs", root / "site"
    records = [make_record("a", "2025-01-02")]
    render_site(records, docs, templates_dir=root / "templates", production=False)
    build_site(root, docs_dir=docs, site_dir=site, strict=True)
    return site


def test_footer_names_no_one_the_masthead_does_not(built: Built) -> None:
    """Without extra.masthead settings no publisher, licence or contact is made up anywhere."""
    assert "masthead:\n    #" in (ROOT / "mkdocs.yml").read_text("utf-8")
    for path in ("", "briefings/syrian-foreign-minister-visits-baghdad"):
        page = _html(built, path) if path else (built.site / "index.html").read_text("utf-8")
        assert _footer_line(page) == "About Briefings"
    about = _html(built, "about")
    for claim in ("Publisher", "Licence", "rights reserved", "briefings.example", "CC BY"):
        assert claim not in about, claim


def test_footer_names_publisher_licence_contact_once_set(tmp_path: Path) -> None:
    """The masthead's publisher, licence and contact from mkdocs.yml reach every footer."""
    config = (ROOT / "mkdocs.yml").read_text("utf-8").replace("  masthead:\n", VALLEY)
    site = build_with_config(tmp_path, config)
    for page in (site / "index.html", site / "briefings" / "a" / "index.html"):
        html = page.read_text("utf-8")
        assert _footer_line(html) == (
            "Published by Valley Press · Text licensed CC BY-SA 4.0 · "
            "Contact: news@valley.example · About Briefings"
        )
        assert 'rel="license"' in html and 'href="mailto:news@valley.example"' in html
    about = (site / "about" / "index.html").read_text("utf-8")
    assert "Valley Press" in about and "CC BY-SA 4.0" in about


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
