"""Escaping record text for the places it lands: Markdown, HTML, front matter, links.

Every value from a record is untrusted. In Markdown it is encoded so that the
reader sees the text as written and nothing in it can become markup: the
characters that start inline syntax (emphasis, links, code, HTML, attribute
lists, tables) are always written as numeric character references, and so is
the first character of a line when it could start a block (headings, lists,
quotes, rules, admonitions, snippet includes). Character references are used
rather than backslashes because they work whatever Markdown extensions are
enabled, inside raw HTML as well as in Markdown, and a later extension cannot
give them a meaning.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from urllib.parse import quote, urlsplit

from markupsafe import Markup

#: Characters that start inline Markdown syntax in Python-Markdown or one of
#: the pymdown extensions; ``&`` so that entities in the text stay literal;
#: ``#`` because trailing hashes of a heading line are dropped as its closing.
_INLINE = frozenset("&<>`*_[]{}|~\\^=$#")
#: A first character that may open a block: heading, quote, list, rule,
#: admonition (``!!!``), details (``???``), snippet (``--8<--``), definition.
_LINE_START = frozenset("#>-+*=!?:%|~")
_ORDERED = re.compile(r"^(\d+)([.)])")
_SPACE = re.compile(r"\s+")
# C0/C1 controls and lone surrogates: invisible, or break YAML and XML.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _ref(char: str) -> str:
    return f"&#{ord(char)};"


# str.translate runs in C: escaping is on the hot path of rendering every page.
_INLINE_TABLE = {ord(c): _ref(c) for c in _INLINE}


def clean_text(value: str) -> str:
    """``value`` without control characters, on one line with single spaces."""
    return _SPACE.sub(" ", _CONTROL.sub("", unicodedata.normalize("NFC", value))).strip()


def _encode_line(line: str) -> str:
    if not line:
        return line
    out = line.translate(_INLINE_TABLE)
    ordered = _ORDERED.match(out)
    if ordered:  # "1. text" would start an ordered list
        return ordered.group(1) + _ref(ordered.group(2)) + out[ordered.end() :]
    if out[0] in _LINE_START:
        return _ref(out[0]) + out[1:]
    return out


def md_inline(value: object) -> str:
    """Any value as literal Markdown text on one line (the templates' default escape)."""
    if value is None:
        return ""
    return _encode_line(clean_text(str(value)))


def md_paragraphs(text: str) -> Markup:
    """Multi-line text (a body) as literal Markdown paragraphs.

    Blank lines separate paragraphs; single line breaks inside a paragraph are
    kept as soft breaks. Leading spaces are dropped so that no line becomes an
    indented code block.
    """
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t\f\v]*\n", text):
        lines = [_encode_line(clean_text(line)) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            paragraphs.append("\n".join(lines))
    return Markup("\n\n".join(paragraphs))


def plain_title(value: str) -> str:
    """Text safe to reach the theme raw: no ``<``, ``>`` or ``&`` at all.

    Material writes ``page.meta.title`` into ``<title>`` and the header
    unescaped, and ``page.title | striptags`` elsewhere, which turns
    ``&lt;script&gt;`` back into a tag. Look-alike characters keep the title
    readable.
    """
    text = clean_text(value)
    return text.replace("<", "‹").replace(">", "›").replace("&", "＆")


def html_attr(value: str) -> str:
    """Text for a double- or single-quoted HTML attribute value."""
    return html.escape(clean_text(value), quote=True)


# Characters YAML would fold or refuse inside a double-quoted scalar (JSON
# already escapes C0 controls).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def yaml_string(value: str) -> Markup:
    """A YAML scalar holding exactly ``value`` (a JSON string is valid YAML)."""
    text = json.dumps(value, ensure_ascii=False)
    return Markup(_YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


# Kept unencoded in an emitted URL; everything else is percent-encoded so the
# URL can neither end a Markdown link early nor leave an HTML attribute.
_URL_SAFE = ":/?#@!$&'*+,;=%-._~"


def safe_url(value: object) -> str | None:
    """``value`` as an http(s) URL safe in Markdown and HTML, or None if it is not one."""
    if not isinstance(value, str):
        return None
    candidate = value.strip()
    if _CONTROL.search(candidate) or re.search(r"\s", candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(candidate, safe=_URL_SAFE)


_INTERNAL = re.compile(r"^(?:\.\./)*(?:[a-z0-9][a-z0-9-]*/)*[a-z0-9][a-z0-9.-]*(?:#[a-z0-9-]+)?$")


def internal_link(path: str) -> Markup:
    """A relative link between generated pages; refuses anything but plain slugs."""
    if not _INTERNAL.match(path) or "/../" in f"/{path.lstrip('./')}":
        raise ValueError(f"not a generated page link: {path!r}")
    return Markup(path)
