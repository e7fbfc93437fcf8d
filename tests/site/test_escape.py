"""The Markdown- and HTML-aware escape: hostile text stays text under every extension."""

from __future__ import annotations

import html.parser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from generator import escape

# Every extension a future mkdocs.yml might plausibly enable: escaped text must
# stay literal even under those the site does not use today. Not magiclink: it
# links bare URLs in text, which is a choice of the site, not an injection.
EXTENSIONS = [
    "abbr",
    "admonition",
    "attr_list",
    "def_list",
    "footnotes",
    "md_in_html",
    "tables",
    "toc",
    "pymdownx.superfences",
    "pymdownx.details",
    "pymdownx.tilde",
    "pymdownx.caret",
    "pymdownx.mark",
    "pymdownx.betterem",
    "pymdownx.inlinehilite",
    "pymdownx.tasklist",
    "pymdownx.snippets",
    "pymdownx.keys",
    "pymdownx.critic",
]

HOSTILE = [
    ("script tag", "<script>alert(1)</script>"),
    ("event handler", '<img src=x onerror="alert(1)">'),
    ("javascript link", "[click](javascript:alert(1))"),
    ("data image", "![x](data:text/html;base64,PHNjcmlwdD4=)"),
    ("autolink", "<javascript:alert(1)>"),
    ("raw html block", '<div onclick="alert(1)">x</div>'),
    ("heading", "# Heading"),
    ("setext rule", "---"),
    ("thematic break", "***"),
    ("table row", "| a | b |"),
    ("code fence", "```python"),
    ("tilde fence", "~~~"),
    ("jinja expression", "{{ 7*7 }}"),
    ("jinja statement", "{% include '/etc/passwd' %}"),
    ("admonition", '!!! note "Injected"'),
    ("details", '??? note "Injected"'),
    ("attribute list", '{: onclick="alert(1)" }'),
    ("attribute list after text", 'text {: #id .class onclick="alert(1)" }'),
    ("snippet include", '--8<-- "/etc/passwd"'),
    ("entity", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("ordered list", "1. first"),
    ("bullet list", "- item"),
    ("blockquote", "> quoted"),
    ("emphasis", "*strong* _em_ ~~del~~ ^^ins^^ ==mark=="),
    ("footnote", "[^1]: note"),
    ("reference link", "[x]: https://evil.example"),
    ("abbreviation", "*[HTML]: Hyper Text"),
    ("html comment", "<!-- hidden -->"),
    ("backslash", "a\\*b\\"),
    ("critic markup", "{++ added ++}"),
    ("keys", "++ctrl+alt+del++"),
    ("bare url", "https://evil.example/x"),
    ("math", "$x$ and $$y$$"),
    ("task list", "[x] done"),
]


class _Text(html.parser.HTMLParser):
    """Collects text and every element of a rendered fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _render(source: str, snippets_base: Path) -> _Text:
    md = markdown.Markdown(
        extensions=EXTENSIONS,
        extension_configs={
            "pymdownx.snippets": {"base_path": [str(snippets_base)], "check_paths": False}
        },
    )
    parsed = _Text()
    parsed.feed(md.convert(source))
    parsed.close()
    return parsed


@pytest.fixture
def secret_dir(tmp_path: Path) -> Path:
    """A folder with a file that a snippet include could copy into the page."""
    (tmp_path / "secret.txt").write_text("TOP-SECRET-CONTENT", "utf-8")
    return tmp_path


@pytest.mark.parametrize(("case", "value"), HOSTILE, ids=[c for c, _ in HOSTILE])
def test_inline_escape_renders_as_the_same_text(case: str, value: str, secret_dir: Path) -> None:
    """Every hostile value renders as one paragraph whose text is the value itself."""
    parsed = _render(escape.md_inline(value), secret_dir)
    assert parsed.tags == ["p"], case
    assert "".join(parsed.text) == value


@pytest.mark.parametrize(("case", "value"), HOSTILE, ids=[c for c, _ in HOSTILE])
def test_escape_holds_inside_a_list_item(case: str, value: str, secret_dir: Path) -> None:
    """A hostile value after a list marker stays text inside the item."""
    parsed = _render("- " + escape.md_inline(value), secret_dir)
    assert parsed.tags == ["ul", "li"], case
    assert "".join(parsed.text).strip() == value


def test_snippet_include_copies_no_file(secret_dir: Path) -> None:
    """A snippet line naming a real file stays text; the file's content is not included."""
    body = '--8<-- "secret.txt"\n\n;--8<-- "secret.txt"\n\n--8<--\nsecret.txt\n--8<--'
    parsed = _render(escape.md_paragraphs(body), secret_dir)
    assert "TOP-SECRET-CONTENT" not in "".join(parsed.text)
    assert "secret.txt" in "".join(parsed.text)


def test_unescaped_snippet_would_include_the_file(secret_dir: Path) -> None:
    """Control: without escaping, the same line does include the file (the test can fail)."""
    parsed = _render('--8<-- "secret.txt"', secret_dir)
    assert "TOP-SECRET-CONTENT" in "".join(parsed.text)


def test_paragraphs_keep_paragraphs_and_lose_block_syntax(secret_dir: Path) -> None:
    """Body text keeps its paragraphs, and block syntax inside them is plain text."""
    body = "First line\n# not a heading\n\n    not code\n\n```\nnot a fence\n\n\n> not a quote\n"
    parsed = _render(escape.md_paragraphs(body), secret_dir)
    assert parsed.tags == ["p", "p", "p", "p"]
    words = " ".join("".join(parsed.text).split())
    assert words == "First line # not a heading not code ``` not a fence > not a quote"


@pytest.mark.parametrize("value", ["C#", "0#", "x ##", "# #"])
def test_heading_keeps_trailing_hashes(value: str, secret_dir: Path) -> None:
    """A title ending in '#' keeps it: ATX headings would drop it as a closing sequence."""
    parsed = _render("# " + escape.md_inline(value), secret_dir)
    assert parsed.tags == ["h1"]
    assert "".join(parsed.text) == value


def test_inline_escape_collapses_lines_and_drops_controls() -> None:
    """A one-line value loses line breaks and control characters, keeping the words."""
    assert escape.md_inline("a\nb\r\n\tc\x00d\x1b") == "a b cd"
    assert escape.md_inline(None) == ""
    assert escape.md_inline(3) == "3"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<script>alert(1)</script>", "‹script›alert(1)‹/script›"),
        ("&lt;script&gt;", "＆lt;script＆gt;"),
        ("Q&A <b>", "Q＆A ‹b›"),
        ("  two\nlines ", "two lines"),
    ],
)
def test_plain_title_has_no_angle_brackets_or_ampersands(value: str, expected: str) -> None:
    """A front matter title cannot contain <, > or &, which striptags would turn into tags."""
    assert escape.plain_title(value) == expected


def test_html_attr_escapes_quotes() -> None:
    """An attribute value cannot close its quotes or open a tag."""
    assert escape.html_attr('" onload="x" <b>') == "&quot; onload=&quot;x&quot; &lt;b&gt;"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.newarab.com/", "https://www.newarab.com/"),
        ("HTTP://Example.com/a?b=1&c=2#f", "HTTP://Example.com/a?b=1&c=2#f"),
        ('https://x.example/"onmouseover="a()', "https://x.example/%22onmouseover=%22a%28%29"),
        ("https://x.example/a)(b<c>", "https://x.example/a%29%28b%3Cc%3E"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html;base64,PHNjcmlwdD4=", None),
        ("vbscript:x", None),
        ("//evil.example/x", None),
        ("https:///nohost", None),
        ("https://x.example/a b", None),
        ("https://x.example/\x00", None),
        (None, None),
        (42, None),
    ],
)
def test_safe_url_keeps_only_http_links(url: object, expected: str | None) -> None:
    """Only http(s) URLs with a host come out, percent-encoded where they could break out."""
    assert escape.safe_url(url) == expected


@pytest.mark.parametrize(
    "path", ["../people/x.md", "index.md", "../../briefings/a-b.md", "x/feed.xml"]
)
def test_internal_link_accepts_generated_paths(path: str) -> None:
    """Links between generated pages pass as they are."""
    assert escape.internal_link(path) == Markup(path)


@pytest.mark.parametrize(
    "path",
    [
        "javascript:alert(1)",
        "https://x.example",
        "../a b.md",
        "/etc/passwd",
        "../People/X.md",
        "a/../../b.md",
    ],
)
def test_internal_link_refuses_anything_else(path: str) -> None:
    """Anything that is not a relative link to a generated page is refused loudly."""
    with pytest.raises(ValueError):
        escape.internal_link(path)


def test_yaml_string_round_trips_through_yaml() -> None:
    """A front matter value reads back as exactly the text written."""
    value = 'a: "b" \\ #c\n- d \u2028 \x85 é 😀 \ufeff'
    assert yaml.safe_load(f"title: {escape.yaml_string(value)}")["title"] == value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_any_text_reads_back_as_itself(value: str) -> None:
    """Property: whatever the text, the reader sees exactly its cleaned form."""
    md = markdown.Markdown(extensions=[e for e in EXTENSIONS if e != "pymdownx.snippets"])
    parsed = _Text()
    parsed.feed(md.convert(escape.md_inline(value)))
    parsed.close()
    assert "".join(parsed.text).strip() == escape.clean_text(value)
    assert set(parsed.tags) <= {"p"}
