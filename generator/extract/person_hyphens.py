"""A double surname written with a hyphen and with a space is one name.

"Robert Kell-Arden" and, later, "Robert Kell Arden" or "Prof Kell Arden" name one person:
writers (and readers quoted) drop the hyphen. Before partial names are joined to full
ones, each person key holding the spaced words takes the hyphen of a key that holds the
hyphened word, so "Kell Arden" becomes "Kell-Arden", a partial of "Robert Kell-Arden". The
first part written alone ("Kell said") is the same shortening, when one full name of the
story ends in that double surname and no other.
"""

from __future__ import annotations

from generator.extract.mentions import PERSON, Mention


def _capitalised_parts(word: str) -> list[str] | None:
    """The parts of a word of two or more capitalised parts joined by hyphens ("Kell-Arden"),
    or None: "al-Shaibani" opens on a particle, "In-ae" of "Lee In-ae" is a given name."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return None
    return parts


def _hyphened_words(mentions: list[Mention]) -> dict[tuple[str, ...], str]:
    """Spaced form (lower case parts) -> the hyphened word as first written, for each word of
    a person key made of capitalised parts joined by hyphens ("Kell-Arden"). A spaced form
    two keys hyphen differently ("Kell-Arden", "Kell-ARDEN" aside) is left out."""
    out: dict[tuple[str, ...], str] = {}
    clashing: set[tuple[str, ...]] = set()
    for mention in mentions:
        if mention.kind != PERSON or "-" not in mention.key:
            continue
        for word in mention.key.split():
            parts = _capitalised_parts(word)
            if parts is None:
                continue
            spaced = tuple(p.lower() for p in parts)
            if out.setdefault(spaced, word) != word and out[spaced].lower() != word.lower():
                clashing.add(spaced)
    return {k: v for k, v in out.items() if k not in clashing}


def _first_parts(mentions: list[Mention]) -> dict[str, str]:
    """First part (lower case) -> the double surname, of every person key of two or more
    words that ends in a hyphened surname of capitalised parts ("Robert Kell-Arden": "kell"
    -> "Kell-Arden"). A first part that two different surnames share is left out."""
    out: dict[str, str] = {}
    clashing: set[str] = set()
    for mention in mentions:
        words = mention.key.split()
        if mention.kind != PERSON or len(words) < 2:
            continue
        parts = _capitalised_parts(words[-1])
        if parts is None:
            continue
        first = parts[0].lower()
        if out.setdefault(first, words[-1]).lower() != words[-1].lower():
            clashing.add(first)
    return {k: v for k, v in out.items() if k not in clashing}


def one_hyphenation(mentions: list[Mention]) -> None:
    """Each person key writing a hyphened surname of another person key with spaces takes
    the hyphen (in place): "Robert Kell Arden" -> "Robert Kell-Arden" when "Kell-Arden" is
    written in a person's name of the story, and a one-word key that is the first part of
    the one double surname a full name ends in takes that surname ("Kell" -> "Kell-Arden").
    Keys without such words are left alone."""
    hyphened = _hyphened_words(mentions)
    if not hyphened:
        return
    first_parts = _first_parts(mentions)
    longest = max(len(k) for k in hyphened)
    for mention in mentions:
        if mention.kind != PERSON:
            continue
        words = mention.key.split()
        if len(words) == 1 and words[0].lower() in first_parts:
            mention.key = first_parts[words[0].lower()]  # "Kell" alone: "Kell-Arden"
            continue
        out: list[str] = []
        i = 0
        while i < len(words):
            for size in range(min(longest, len(words) - i), 1, -1):
                word = hyphened.get(tuple(w.lower() for w in words[i : i + size]))
                if word is not None:
                    out.append(word)
                    i += size
                    break
            else:
                out.append(words[i])
                i += 1
        if len(out) != len(words):
            mention.key = " ".join(out)
