"""A writing introduced with its writer or issuer ("a notice issued by the Kelby Harbour
Authority") and then called "it" speaks for that writer: "It says: '...'"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_it_after_an_issued_notice_is_the_issuer() -> None:
    """'A notice issued by the Kelby Harbour Authority ... It says: ‘...’' is the authority's."""
    text = (
        "Seals have been seen in the marina for the first time in decades.\n\n"
        "A notice issued by the Kelby Harbour Authority asks skippers to slow down near "
        "the pontoons.\n\n"
        "It says: ‘Vessels must keep at least fifty metres from any animal in the water.’"
    )
    assert speakers(text) == [
        (
            "Vessels must keep at least fifty metres from any animal in the water.",
            "Kelby Harbour Authority",
        )
    ]


def test_it_after_a_report_by_a_body_is_that_body() -> None:
    """'A report by the Tarn Valley Trust found ... It warns: ‘...’' is the trust's words."""
    text = (
        "Hedgerows in the valley have halved since the war.\n\n"
        "A report by the Tarn Valley Trust found that most of the losses were recent.\n\n"
        "It warns: ‘Without action the last of the old hedges will be gone within a generation.’"
    )
    assert speakers(text) == [
        (
            "Without action the last of the old hedges will be gone within a generation.",
            "Tarn Valley Trust",
        )
    ]
