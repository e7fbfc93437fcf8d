"""The masthead: who publishes the site, under what licence, and how to reach them.

It is read from the project's ``mkdocs.yml``, where the theme reads the same
keys: ``site_name``, ``site_description``, and under ``extra.masthead``
``publisher``, ``contact`` (an e-mail address or a web address), ``licence``
and ``licence_url``; ``site_url`` (MkDocs' ``!ENV`` tag read as MkDocs
reads it) is the published address. Anything missing has a default that still reads as a
newsroom's site. An ``about.md`` beside ``mkdocs.yml`` is the about page as
written; without one, the about page is made from the masthead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CONFIG_NAME = "mkdocs.yml"
ABOUT_NAME = "about.md"


@dataclass(frozen=True)
class Masthead:
    """The site's name and who stands behind its text."""

    site_name: str = "Briefings"
    description: str = (
        "Short briefings on the news, with the people, places and organizations in them."
    )
    publisher: str = ""
    contact: str = ""
    licence: str = ""
    licence_url: str = ""
    #: The editor's own about page (Markdown, as written), or "" to make one.
    about: str = ""
    #: The published address (``site_url``, an http(s) URL), or "" when it is unset.
    site_url: str = ""

    @property
    def by(self) -> str:
        """Who publishes the site: the publisher, else the site's name."""
        return self.publisher or self.site_name

    @property
    def contact_url(self) -> str:
        """A link for the contact: ``mailto:`` for an e-mail address, the address for a URL."""
        if self.contact.startswith(("https://", "http://", "mailto:")):
            return self.contact
        return f"mailto:{self.contact}" if "@" in self.contact else ""


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml whatever its tags (!ENV, !!python/name): as plain values."""


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """MkDocs' ``!ENV VAR`` or ``!ENV [VAR, ..., default]``: the first variable set, or default."""
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node)) or None
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        return None
    *names, default = node.value
    for name in names:
        value = os.environ.get(str(loader.construct_object(name)))
        if value:
            return value
    return loader.construct_object(default)


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("!", _untagged)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _untagged)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def read_masthead(root: Path) -> Masthead:
    """The masthead of the project at ``root``; defaults where mkdocs.yml says nothing."""
    try:
        config = yaml.load((root / CONFIG_NAME).read_text("utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        config = None
    config = config if isinstance(config, dict) else {}
    extra = config.get("extra")
    given = extra.get("masthead") if isinstance(extra, dict) else None
    given = given if isinstance(given, dict) else {}
    try:
        about = (root / ABOUT_NAME).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        about = ""
    default = Masthead()
    site_url = _text(config.get("site_url"))
    return Masthead(
        site_name=_text(config.get("site_name")) or default.site_name,
        description=_text(config.get("site_description")) or default.description,
        publisher=_text(given.get("publisher")),
        contact=_text(given.get("contact")),
        licence=_text(given.get("licence")),
        licence_url=_text(given.get("licence_url")),
        about=about,
        site_url=site_url if site_url.startswith(("https://", "http://")) else "",
    )
