"""A deadline ("by Monday", "सोमवार दोपहर एक बजे तक") is not the date of the act reported."""
from ghatna.api import extract


def _dates(text: str) -> list[str | None]:
    return [e["date"] for e in extract(text, published="2024-11-16")]  # a Saturday


def test_a_hindi_deadline_is_not_the_date_of_the_demand():
    assert _dates("चुनाव आयोग ने भाजपा से सोमवार दोपहर एक बजे तक जवाब मांगा है।") == [
        "2024-11-16"]


def test_an_english_deadline_is_not_the_date_of_the_demand():
    assert _dates("The Election Commission asked the BJP to reply by Monday.") == ["2024-11-16"]


def test_a_date_with_ko_is_the_date_of_the_act():
    assert _dates("चुनाव आयोग ने गुरुवार को भाजपा से जवाब मांगा।") == ["2024-11-14"]


def test_the_end_of_a_span_is_no_deadline():
    assert _dates("विदेश मंत्री एस जयशंकर ने 19-21 अगस्त 2024 तक रूस का दौरा किया था।") == [
        "2024-08-19"]  # the span starts on the 19th


def test_from_before_a_deadline_is_no_span_unless_a_date_follows_it():
    assert _dates("The Congress asked the BJP to withdraw from the alliance by Monday.") == [
        "2024-11-16"]
    # a span is dated by its first day
    assert _dates("Farmers protested from Monday until Friday in Karnal.") == ["2024-11-11"]
