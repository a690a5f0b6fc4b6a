from hypothesis import given, settings
from hypothesis import strategies as st

from ghatna.data import Document
from ghatna.pipeline.clean import Clean, _emit_chars, _fold_composed


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


def _per_cluster(chunk: str, start: int) -> tuple[str, list[int]]:
    """The definition: compose each cluster (a base and its combining marks), fold it, and map
    every output character to the cluster's first raw offset."""
    import unicodedata

    from ghatna.resources import CHAR_TABLE

    text, offsets, i = "", [], 0
    while i < len(chunk):
        j = i + 1
        while j < len(chunk) and unicodedata.combining(chunk[j]):
            j += 1
        folded = unicodedata.normalize("NFC", chunk[i:j]).translate(CHAR_TABLE)
        text += folded
        offsets += [start + i] * len(folded)
        i = j
    return text, offsets


_CLEAN_ALPHABET = ("कखडजफ़\u093c\u094d\u093f\u0901\u0902\u095c\u095b\u200d\u200c\u00ad"
                   "ab e\u0301\u0300\u0327\u00e9\u2013\u00a0\ufeff\U0001d165")


@given(st.text(alphabet=_CLEAN_ALPHABET, max_size=40), st.integers(0, 5))
@settings(max_examples=400, deadline=None)
def test_whole_chunk_folding_equals_per_cluster_folding(chunk: str, start: int):
    fast = _fold_composed(chunk, start)
    if fast is not None:
        assert fast == _per_cluster(chunk, start)
    out: list[str] = []
    offsets: list[int] = []
    _emit_chars(" " * start + chunk, start, start + len(chunk), out, offsets)
    assert ("".join(out), offsets) == _per_cluster(chunk, start)


def test_whole_chunk_folding_takes_most_hindi_text():
    assert _fold_composed("सेना ने क्षेत्र में बड़ा अभ्यास किया", 0) is not None
