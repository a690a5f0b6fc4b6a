"""The romanized-twin generator (bench/romanize_twins.py): Hindi retyped in Latin letters,
English kept, gold events untouched, deterministic for a seed; and the twins read back."""

from __future__ import annotations

import importlib.util
import random
import re
import sys

from testkit import REPO

from ghatna.data import Document
from ghatna.evaluate import GoldDocument
from ghatna.pipeline.pipeline import default_pipeline

SCRIPT = REPO / "bench" / "romanize_twins.py"
DEVA = re.compile("[\u0900-\u097F]")
# "Tuesday को विदेश मंत्री एस जयशंकर ने मास्को में रूसी President व्लादिमीर पुतिन से मुलाकात की।"
MIXED = ("Tuesday \u0915\u094b \u0935\u093f\u0926\u0947\u0936 \u092e\u0902\u0924\u094d\u0930\u0940 "
         "\u090f\u0938 \u091c\u092f\u0936\u0902\u0915\u0930 \u0928\u0947 \u092e\u093e\u0938\u094d"
         "\u0915\u094b \u092e\u0947\u0902 \u0930\u0942\u0938\u0940 President \u0935\u094d\u0932"
         "\u093e\u0926\u093f\u092e\u0940\u0930 \u092a\u0941\u0924\u093f\u0928 \u0938\u0947 \u092e"
         "\u0941\u0932\u093e\u0915\u093e\u0924 \u0915\u0940\u0964")


def _load():
    spec = importlib.util.spec_from_file_location("romanize_twins", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["romanize_twins"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


rt = _load()


def test_retyped_text_is_latin_and_keeps_english_words():
    speller = rt.Speller.draw(random.Random(1))
    text = rt.retype(MIXED, speller, random.Random(1), rt.name_words())
    assert not DEVA.search(text)
    assert text.startswith("Tuesday ") and " President " in text and text.endswith(".")


def test_twins_are_deterministic_and_keep_gold_events():
    gold = [GoldDocument("h", MIXED, "2025-11-18", [{"type": "CONSULT"}], "hi-en"),
            GoldDocument("e", "Modi met Putin.", None, [], "en")]
    one, two = rt.make_twins(gold, 3, False), rt.make_twins(gold, 3, False)
    assert [d.text for d in one] == [d.text for d in two] and len(one) == 1
    assert one[0].events == gold[0].events
    assert len(rt.make_twins(gold, 3, True)) == 2


def test_twins_are_read_as_romanized_hindi_and_coded():
    for seed in range(4):
        twin = rt.make_twins([GoldDocument("h", MIXED, None, [], "hi-en")], seed, False)[0]
        events = default_pipeline().extract(Document(id="t", raw=twin.text))
        assert [(e.type, e.actor2.name if e.actor2 else None) for e in events] == [
            ("CONSULT", "Vladimir Putin")], twin.text
