from ghatna.data import Document
from ghatna.pipeline.clean import Clean


def clean(raw: str) -> Document:
    return Clean()(Document(id="t", raw=raw))


def test_strips_markdown_image_agency_tag_and_desk_line():
    raw = "![](http://x/y.jpg)\nनई दिल्ली, 3 मार्च (भाषा) सेना ने अभ्यास किया.\n–\nएमएस/डीकेपी"
    doc = clean(raw)
    assert "![" not in doc.text and "भाषा" not in doc.text
    assert "एमएस/डीकेपी" not in doc.text and "–" not in doc.text
    assert "सेना ने अभ्यास किया" in doc.text


def test_offsets_point_into_the_raw_text():
    raw = "<p>Police &amp; army</p> (PTI) <b>met</b> Putin"
    doc = clean(raw)
    start = doc.text.index("Putin")
    raw_start, raw_end = doc.to_raw((start, start + len("Putin")))
    assert raw[raw_start:raw_end] == "Putin"
    amp = doc.text.index("&")
    assert raw[doc.to_raw((amp, amp + 1))[0]] == "&"


def test_nukta_chandrabindu_and_zero_width_are_folded_with_offsets():
    raw = "पहुँचे \u091c\u093cरूरी क\u200dदम \u095b"  # chandrabindu, decomposed nukta, ZWJ, precomposed
    doc = clean(raw)
    assert doc.text == "पहुंचे जरूरी कदम ज"
    word = doc.text.index("कदम")
    s, e = doc.to_raw((word, word + len("कदम")))
    assert raw[s:e] == "क\u200dदम"


def test_read_more_lines_are_removed():
    doc = clean("पहला पैरा.\nयह भी पढ़ें: कुछ और\nAlso Read: something\nदूसरा पैरा.")
    assert "पढ़ें" not in doc.text and "Also Read" not in doc.text
    assert "पहला पैरा" in doc.text and "दूसरा पैरा" in doc.text
