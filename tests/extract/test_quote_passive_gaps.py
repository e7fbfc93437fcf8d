"""A passive verb of saying between two quotes reports no one new speaking."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_people_called_out_between_quotes_do_not_stop_the_speaker() -> None:
    """ "'...,' said Lorna Pike. Lifeboats were called at six. / '...'": still her words."""
    text = (
        "'The harbour wall took the full force of the storm,' said Lorna Pike, who runs "
        "the Quayside chandlery. Two lifeboats were called out at six and stayed till dusk.\n\n"
        "'Every boat in the basin has some damage, but the crews are all safe.'"
    )
    assert speakers(text)[-1][1] == "Lorna Pike"


def test_people_asked_to_stay_away_do_not_stop_the_speaker() -> None:
    """ "'...,' Ferris said. Walkers were asked to keep off the dunes. / '...'": his."""
    text = (
        "Ranger Tobin Ferris said the sand had shifted by several metres overnight. "
        "'We have never seen the dunes move this fast,' Ferris said. Walkers were asked "
        "to keep off the northern paths.\n\n"
        "'It will take us the whole winter to rebuild the fences along the ridge.'"
    )
    assert speakers(text)[-1][1] == "Tobin Ferris"
