"""A tweet's words go to the body that posted it; "the center said" to the one center named."""

from __future__ import annotations

from generator.extract import extract
from generator.seeds import Seed


def test_tweet_and_center_speakers() -> None:
    """ "the tweet read" names the club that posted; "the center said" names the center."""
    paragraphs = (
        "The Norland Rowing Club posted a message to members on Sunday night after the "
        "regatta was cancelled.",
        "\u2018We are heartbroken for every crew that trained all winter,\u2019 the tweet read.",
        "The Tarn Valley Research Center studied the river for ten years.",
        "\u2018Flood levels have doubled since 1990,\u2019 the center said in its report.",
    )
    seed = Seed(path="x.txt", sha256="0" * 64, title="Regatta", paragraphs=paragraphs)
    speakers = [q["speaker"] for q in extract([seed])[0]["quotes"]]
    assert speakers == ["Norland Rowing Club", "Tarn Valley Research Center"]
