"""A seed's bytes -> its text: byte-order marks, legacy encodings, mixed encodings, mojibake.

Every way this can fail is a `SeedError` whose message names the cause; nothing
else escapes, so one unreadable file never stops an ingest.
"""

from __future__ import annotations

import re
import unicodedata

import charset_normalizer
import ftfy


class SeedError(Exception):
    """A seed that cannot be read; the message says why."""


#: Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)

#: Legacy code pages of other scripts: when the detector names one of these
#: it has seen Cyrillic, Greek, Hebrew, Arabic or Thai, so we trust it.
_OTHER_SCRIPT_NAMES = (
    "cp1251 cp866 koi8_r koi8_u iso8859_5 mac_cyrillic cp1253 iso8859_7 mac_greek cp1255 "
    "iso8859_8 cp1256 iso8859_6 cp874 tis_620 cp855 cp737 cp869 cp862 cp864"
)
_OTHER_SCRIPTS = frozenset(_OTHER_SCRIPT_NAMES.split())
_SINGLE_BYTE = re.compile(r"^(?:cp\d+|iso8859_\d+|latin_1|mac_\w+)$")

#: Share of control characters (other than tab and line breaks) above which a
#: "text" is really binary data that happened to decode.
_MAX_CONTROL_SHARE = 0.01


def _western(raw: bytes) -> str:
    """Windows-1252, the legacy encoding of English news; Latin-1 for its five holes."""
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _mixed(raw: bytes) -> tuple[str, int] | None:
    """Text whose lines are UTF-8 and Windows-1252 by turns (pasted from two sources),
    and how many lines were Windows-1252; None unless the file mixes both."""
    lines = raw.split(b"\n")
    decoded: list[str] = []
    legacy = utf8 = 0
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            decoded.append(_western(line))
            legacy += 1
            continue
        utf8 += not line.isascii()
        decoded.append(text)
    return ("\n".join(decoded), legacy) if legacy and utf8 else None


def _utf8_after_a_wide_mark(body: bytes) -> bool:
    """Whether the bytes after a UTF-16 or UTF-32 mark are UTF-8 text (a tool wrote the
    wrong mark): wide text has a NUL in the high byte of every ASCII character, a space or
    line break included, and is almost never valid UTF-8 besides."""
    if b"\x00" in body:
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_bom(raw: bytes) -> tuple[str, str] | None:
    for mark, codec, name in _BOMS:
        if raw.startswith(mark):
            if _utf8_after_a_wide_mark(raw[len(mark) :]):
                return raw[len(mark) :].decode("utf-8"), f"UTF-8 after a {name} byte-order mark"
            try:
                return raw[len(mark) :].decode(codec), codec.replace("-", "_")
            except UnicodeDecodeError as error:
                raise SeedError(
                    f"starts with a {name} byte-order mark but is not {name} ({error.reason}"
                    f" at byte {error.start + len(mark)}); save the file as UTF-8"
                ) from error
    return None


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark: Latin text then has a NUL in every
    other byte, the high byte of each character (odd bytes in little-endian order)."""
    sample = raw[:8192]
    if len(raw) % 2:
        return None
    for codec, highs in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if highs.count(0) >= 0.9 * len(highs):
            try:
                return raw.decode(codec), codec.replace("-", "_")
            except UnicodeDecodeError:
                return None
    return None


def decode(raw: bytes) -> tuple[str, str | None]:
    """Text of a seed and, when it was not UTF-8, a note on how it was decoded."""
    bom = _decode_bom(raw)
    if bom is not None:
        return bom
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    # NUL bytes never occur in text files of any single-byte encoding or UTF-8.
    if b"\x00" in raw[:8192]:
        wide = _utf16_without_bom(raw)
        if wide is None:
            raise SeedError("looks like a binary file (NUL bytes), not text")
        return wide
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    mixed = _mixed(raw)
    if mixed is not None:
        return mixed[0], f"mixed encodings: {mixed[1]} line(s) read as cp1252, the rest as UTF-8"
    try:
        best = charset_normalizer.from_bytes(raw).best()
        guess = best.encoding if best is not None else None
        # Short Western texts fool the detector into rare code pages ("Café" as
        # cp775 "Cafķ"); English news in a legacy encoding is Windows-1252 (a
        # superset of Latin-1 for text), so prefer it unless another script was seen.
        if guess is None or (_SINGLE_BYTE.match(guess) and guess not in _OTHER_SCRIPTS):
            return _western(raw), "cp1252"
        return str(best), guess
    except (UnicodeDecodeError, LookupError) as error:
        raise SeedError(
            f"cannot tell the text encoding ({error}); save the file as UTF-8"
        ) from error


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(
        1 for c in sample if c not in "\t\n\r\f" and unicodedata.category(c) in ("Cc", "Cs")
    )
    return controls > max(2, len(sample) * _MAX_CONTROL_SHARE)


#: A closing double mark is E2 80 9D in UTF-8, and 9D is a hole in Windows-1252, so a
#: page read as cp1252 and saved again loses that byte (or turns it into "?", "\ufffd" or
#: a space). ftfy then leaves "â€" bare, reads "â€ " as E2 80 A0 (a dagger "†") and
#: "â€?" as a lossy sequence ("\ufffd"). Such a bare "â€" ends a word before a space,
#: punctuation or the end of the line.
_BARE_CLOSE = re.compile(r"(?<=\S)â€(?=[\s.,;:!)\]]|$)")
#: In the text before ftfy: an "â€" whose third byte is gone, a space or a lossy mark.
_LOST_THIRD_BYTE = re.compile(r"â€(?:[ ?\ufffd]|$)")
#: In the text after ftfy: what such an "â€" became, standing right after a word.
_LOST_CLOSE = re.compile("(?<=\\S)[\u2020\ufffd]")


def _closed_quote(fixed: str, original: str) -> str:
    """One line after ftfy with each dagger or lossy mark that stands for a closing
    double mark written as one: the line before ftfy held an "â€" that lost its third
    byte, and the mark follows words after an opening mark not yet closed."""
    if not _LOST_THIRD_BYTE.search(original):
        return fixed
    parts: list[str] = []
    start = 0
    for found in _LOST_CLOSE.finditer(fixed):
        at = found.start()
        if fixed.rfind("\u201c", 0, at) <= max(fixed.rfind("\u201d", 0, at), start - 1):
            continue
        # ftfy took the space after the mark for the dagger's third byte.
        eaten = at + 1 < len(fixed) and fixed[at + 1].isalnum()
        parts += [fixed[start:at], "\u201d " if eaten else "\u201d"]
        start = at + 1
    return "".join(parts) + fixed[start:]


def _lost_closing_marks(fixed: str, original: str) -> str:
    """Closing double marks that lost a byte, put back after ftfy (see `_BARE_CLOSE`)."""
    fixed = _BARE_CLOSE.sub("\u201d", fixed)
    lines, before = fixed.split("\n"), original.split("\n")
    if len(lines) != len(before):
        return _closed_quote(fixed, original)
    return "\n".join(_closed_quote(line, was) for line, was in zip(lines, before, strict=True))


def repair(text: str) -> tuple[str, bool]:
    """Text with mojibake ("cafÃ©", "Â£7,270") undone, and whether there was any.

    Only the encoding fixes of ftfy run: curly quotes, ligatures and widths stay
    as written, since the quote finder reads them. When ftfy repaired something,
    closing double marks it could not repair are put back (`_lost_closing_marks`);
    clean text, where a dagger is a dagger, is left alone.
    """
    fixed = ftfy.fix_encoding_and_explain(text)
    if not fixed.explanation or fixed.text == text:
        return fixed.text, False
    return _lost_closing_marks(fixed.text, text), True


#: Some publishing systems store a curly apostrophe or a spaced dash as an inverted
#: question mark ("TV¿s", "action ¿ and"). Spanish opens a question with "¿" after a
#: space or at a line's start, never between two letters or between two spaces.
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u00bf(?=[^\W\d_])")
_LOST_DASH = re.compile(r"(?<= )\u00bf(?= )")


def lost_marks(text: str) -> str:
    """Text with each inverted question mark that stands for an apostrophe or a dash put back."""
    if "\u00bf" not in text:
        return text
    return _LOST_DASH.sub("\u2013", _LOST_APOSTROPHE.sub("\u2019", text))


#: Characters that show nothing and break the word they stand in ("Foreign \u200bMinister",
#: "Brind\u00adleford" is not "Brindleford" to the parser): a second byte-order mark or
#: a zero-width no-break space, a zero-width space, a word joiner, a soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u2060\u00ad"))


def text_of(raw: bytes) -> tuple[str, list[str]]:
    """The text of a seed's bytes with newlines normalised, and warnings for the ingest line."""
    text, encoding = decode(raw)
    warnings: list[str] = []
    if encoding and encoding.startswith(("mixed", "UTF-8 after")):
        warnings.append(encoding)
    elif encoding:
        warnings.append(f"not UTF-8; decoded as {encoding}")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.translate(_INVISIBLE)
    if _looks_binary(text):
        raise SeedError("looks like a binary file (control characters), not text")
    text, repaired = repair(text)
    marked = lost_marks(text)
    if repaired or marked != text:
        warnings.append("repaired mojibake")
    text = marked
    if not text.strip():
        raise SeedError("file is empty")
    return text, warnings
