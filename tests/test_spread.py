"""An act spread over many places takes the place holding them all. Sentences written for
these tests."""

import pytest

from ghatna.api import extract


@pytest.mark.parametrize("text,place", [
    ("देशभर में ट्रक चालकों ने हड़ताल की।", "India"),
    ("बिहार के दर्जनों जिलों में छात्रों ने प्रदर्शन किया।", "Bihar"),
    ("Farmers blocked highways in several cities such as Sonipat and Rohtak in Haryana.",
     "Haryana"),
    ("छात्रों ने पटना में प्रदर्शन किया।", "Patna"),
])
def test_spread_acts_take_the_place_holding_them(text: str, place: str) -> None:
    events = extract(text, published="2025-03-26")
    assert [e["location"] and e["location"]["name"] for e in events] == [place]
