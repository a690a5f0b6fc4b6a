"""The main act of an English sentence is its most confident event (pipeline/prominence.py):
acts told after it (a participle, a relative clause) are never more confident; an opening
adverbial phrase is background. Sentences written for these tests."""

from ghatna.api import extract


def _top_type(text: str) -> str:
    events = extract(text, published="2024-03-05")
    return max(events, key=lambda e: e["confidence"])["type"]


def test_a_participle_after_the_main_act_does_not_outrank_it() -> None:
    # the demand ("calling for") names its target and would otherwise be the surer event
    assert _top_type("Students rioted in Dhaka on Monday, calling for the resignation of "
                     "Sheikh Hasina.") == "PROTEST"


def test_an_accusation_told_by_a_participle_does_not_outrank_the_protest() -> None:
    assert _top_type("The opposition staged a walkout in the Lok Sabha, accusing Narendra Modi "
                     "of lying to the House.") == "PROTEST"


def test_an_opening_phrase_is_background() -> None:
    # the attack and the summons are equally sure; the summons is the sentence's news
    assert _top_type("After militants attacked the Indian embassy in Kabul, India summoned the "
                     "Pakistani envoy on Monday.") == "ACCUSE"
