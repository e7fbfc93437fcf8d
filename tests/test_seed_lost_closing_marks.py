"""Closing double marks that lost their third UTF-8 byte in a cp1252 round trip.

ftfy repairs whole sequences but leaves a bare "â€", reads "â€ " as a dagger and
"â€?" as a lossy mark; `generator.seed_bytes` puts the closing mark back.
"""

from __future__ import annotations

from generator.seed_bytes import repair, text_of


def test_bare_mark_at_paragraph_end_closes_the_quote() -> None:
    """An "â€" left bare at a paragraph's end becomes a closing mark."""
    raw = "â€œThe ferry to Lomsey runs again on Friday.â€\n\nItâ€™s late.\n".encode()
    text, warnings = text_of(raw)
    assert text.splitlines()[0] == "\u201cThe ferry to Lomsey runs again on Friday.\u201d"
    assert "repaired mojibake" in warnings


def test_dagger_after_quoted_words_is_a_closing_mark_with_its_space() -> None:
    """A dagger ftfy made of "â€ " inside an open quote is a closing mark, space kept."""
    text, repaired = repair("â€œWe lost the harvest,â€ said Tavi Ornsby of the cafÃ©.")
    assert repaired
    assert text == "\u201cWe lost the harvest,\u201d said Tavi Ornsby of the caf\u00e9."


def test_dagger_before_a_space_keeps_one_space() -> None:
    """When the lost byte became a space, the mark is put back without a double space."""
    text, _ = repair("â€œThe bridge shuts at dusk.â€  Mrs Quell said. Itâ€™s shut.")
    assert text == "\u201cThe bridge shuts at dusk.\u201d Mrs Quell said. It\u2019s shut."


def test_lossy_mark_after_quoted_words_is_a_closing_mark() -> None:
    """An "â€?" that ftfy turned into a replacement character closes the open quote."""
    text, _ = repair("â€œNo trains this week,â€? the depot said. The cafÃ© shut.")
    assert text == "\u201cNo trains this week,\u201d the depot said. The caf\u00e9 shut."


def test_each_quote_of_a_paragraph_is_closed_once() -> None:
    """A second dagger with no opening mark after the first closed quote stays a dagger."""
    text, _ = repair("â€œGoâ€ then Brixâ€ ok. The cafÃ© shut.")
    assert text.startswith("\u201cGo\u201d then Brix\u2020")


def test_dagger_outside_a_quote_stays() -> None:
    """A footnote dagger in repaired text that follows no open quote is left alone."""
    text, _ = repair("Ms Varro\u2020 wrote it. â€œGoâ€ he said. The cafÃ© shut.")
    assert text == "Ms Varro\u2020 wrote it. \u201cGo\u201d he said. The caf\u00e9 shut."


def test_clean_text_with_a_dagger_is_untouched() -> None:
    """Without mojibake nothing is repaired, even a dagger inside a quote."""
    clean = "\u201cAs Dr Pell\u2020 wrote, the tide turns,\u201d she said."
    assert repair(clean) == (clean, False)


def test_dagger_in_a_quote_stays_when_no_mark_lost_a_byte() -> None:
    """Repaired text keeps a quoted dagger when no "â€" before ftfy had lost its byte."""
    text, repaired = repair("\u201cAs Dr Pell\u2020 wrote, it holds,\u201d said the cafÃ© owner.")
    assert repaired
    assert text == "\u201cAs Dr Pell\u2020 wrote, it holds,\u201d said the caf\u00e9 owner."


def test_bare_mark_stays_when_ftfy_repaired_nothing() -> None:
    """A lone "â€" in text with no other mojibake is not taken for a closing mark."""
    assert repair("The shop sign read Kelvaâ€") == ("The shop sign read Kelvaâ€", False)
