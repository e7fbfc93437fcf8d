"""The jinja environment of the page templates: escaping by default, and the filters.

``finalize`` passes every printed value through the Markdown-aware escape unless it
is ``Markup``, which only the filters below produce after escaping or validating
themselves. Templates therefore cannot forget to escape; they can only opt out
through a filter. Jinja's own (HTML) autoescape is on only so that a macro's output,
escaped within the macro, is ``Markup`` where it is printed: ``finalize`` returns
``Markup``, so nothing is HTML-escaped on top of the Markdown escape.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from generator import escape, layout
from generator.chart import chart_svg
from generator.sitemodel.calendar import date_label, month_label


def _finalize(value: object) -> Markup:
    if isinstance(value, Markup):
        return value
    return Markup(escape.md_inline(value))


@jinja2.pass_context
def _link(context: jinja2.runtime.Context, target: str) -> Markup:
    """Relative Markdown link target from the page being rendered to ``target``."""
    return escape.internal_link(layout.relative(context["page_path"], target))


def _external(url: object) -> Markup:
    safe = escape.safe_url(url)
    return Markup(safe) if safe else Markup("")


_EMAIL = re.compile(r"[^@\s<>()\[\]\\\"'`]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)


def _contact(value: object) -> Markup:
    """A contact as a link target: a safe web address, or ``mailto:`` an e-mail address."""
    safe = escape.safe_url(value)
    if safe:
        return Markup(safe)
    text = str(value).strip().removeprefix("mailto:") if isinstance(value, str) else ""
    return Markup("mailto:" + quote(text, safe="@.+-_")) if _EMAIL.fullmatch(text) else Markup("")


def _front(value: object) -> Markup:
    # Front matter values reach the theme unescaped: titles must carry no <, >
    # or & at all (see escape.plain_title), descriptions are attribute-escaped.
    return escape.yaml_string(escape.plain_title(str(value)))


def _description(value: object) -> Markup:
    text = escape.clean_text(str(value))
    if len(text) > 200:
        text = text[:197].rsplit(" ", 1)[0] + "…"
    return escape.yaml_string(escape.html_attr(text))


_ENVIRONMENT: dict[tuple[Path, str], jinja2.Environment] = {}


def cached_environment(templates_dir: Path, digest: str) -> jinja2.Environment:
    """The environment of the last render while its templates are unchanged.

    A preview renders again and again; a new environment would compile every
    template again each time.
    """
    key = (templates_dir.resolve(), digest)
    if key not in _ENVIRONMENT:
        _ENVIRONMENT.clear()
        _ENVIRONMENT[key] = make_environment(templates_dir)
    return _ENVIRONMENT[key]


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """The jinja environment for the page templates."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        # Our finalize is the escape and returns Markup, which autoescape leaves alone;
        # autoescape makes macros return Markup (see the module's docstring).
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        paragraphs=escape.md_paragraphs,
        external=_external,
        contact=_contact,
        front=_front,
        description=_description,
        date_label=date_label,
        month_label=month_label,
        chart=chart_svg,
    )
    env.globals.update(
        link=_link, kinds=layout.KINDS, briefing_path=layout.briefing_path, hub_path=layout.hub_path
    )
    return env
