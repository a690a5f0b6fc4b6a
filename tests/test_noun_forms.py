"""Hindi noun inflection in the patterns, optional modifiers and nominal light-verb frames
(pipeline/noun_forms.py, resources noun_*_hi.tsv, nominal_frames_hi.tsv, event_nouns_hi.tsv).
Every sentence is our own."""

from __future__ import annotations

import pytest

from ghatna.data import Document, parse_published
from ghatna.errors import ResourceError
from ghatna.pipeline.clean import Clean
from ghatna.pipeline.langtag import LangTag
from ghatna.pipeline.matching import sentence_matches
from ghatna.pipeline.noun_forms import frame_rows, inflect, noun_form_sets
from ghatna.pipeline.pipeline import default_pipeline
from ghatna.pipeline.segment import Segment
from ghatna.resources import load_table, surface_key


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    events = default_pipeline().extract(Document(id="t", raw=text, published=parse_published("2024-03-04")))
    return [(e.type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in events]


def _pattern_ids(text: str) -> list[str]:
    doc = Document(id="t", raw=text)
    for stage in (Clean(), Segment(), LangTag()):
        doc = stage(doc)
    return [m.pattern.id for s in doc.sentences for m in sentence_matches(s).matches]


def test_a_paradigm_gives_the_four_forms_of_a_noun():
    paradigm = {"paradigm": "m_aa", "ending": "ा", "direct_singular": "ा",
                "oblique_singular": "े", "direct_plural": "े", "oblique_plural": "ों"}
    assert inflect("झगड़ा", paradigm) == tuple(surface_key(w) for w in ("झगड़ा", "झगड़े", "झगड़ों"))
    consonant = {"paradigm": "f_0", "ending": "0", "direct_singular": "0",
                 "oblique_singular": "0", "direct_plural": "ें", "oblique_plural": "ों"}
    assert inflect("बैठक", consonant) == ("बैठक", "बैठकें", "बैठकों")
    with pytest.raises(ResourceError):
        inflect("बैठक", paradigm)  # a noun must end in its paradigm's ending


def test_every_listed_noun_has_its_plural_forms():
    forms = noun_form_sets()
    assert {"रैली", "रैलियां", "रैलियों"} <= set(forms["रैली"])
    assert forms["मामलों"] == forms["मामला"]
    for row in load_table("noun_forms_hi.tsv"):
        assert len(forms[surface_key(row["noun"])]) >= 2, row


def test_no_pattern_lists_two_forms_of_one_listed_noun():
    """One form is written, the table gives the others."""
    forms = noun_form_sets()
    for row in load_table("predicates_hi.tsv"):
        for token in row["pattern"].split():
            nouns = [forms[k][0] for k in (surface_key(a) for a in token.split("/")) if k in forms]
            assert len(nouns) == len(set(nouns)), (row["id"], token)


@pytest.mark.parametrize("text, kind, pattern", [
    # "मामला दर्ज ~कर": a plural with a numeral and an adjective before it
    ("इंदौर पुलिस ने व्यापारी रमेश सोनी पर तीन आपराधिक मामले दर्ज किए।", "ACCUSE", "accuse.hi.21"),
    # "मार्च/रैली ~निकाल" in the plural
    ("विपक्षी दलों ने बुधवार को कई शहरों में सरकार के खिलाफ रैलियां निकालीं।", "PROTEST",
     "protest.hi.25"),
    # "झड़प ~हो" in the plural
    ("सीमा पर भारत और चीन के सैनिकों के बीच कई झड़पें हुईं।", "ASSAULT", "assault.hi.20"),
])
def test_a_pattern_noun_matches_in_its_other_forms(text: str, kind: str, pattern: str):
    assert pattern in _pattern_ids(text)
    assert kind in [t for t, _, _ in _events(text)]


@pytest.mark.parametrize("text, kind, agent, frame", [
    ("समाजवादी पार्टी ने रविवार को लखनऊ में एक बड़ी रैली का आयोजन किया।", "PROTEST",
     "Samajwadi Party", "frame.hi.organise"),
    ("Congress ने Sunday को Jaipur में सरकार के खिलाफ एक बड़ी rally का आयोजन किया।", "PROTEST",
     "Indian National Congress", "frame.hi.organise"),
    ("किसान संगठनों ने मंगलवार को पटना में सरकार के खिलाफ अपनी हड़ताल जारी रखी।", "PROTEST",
     "farmers", "frame.hi.continue"),
    ("युवा कांग्रेस ने शनिवार को भोपाल में बेरोजगारी के खिलाफ जुलूस की अगुवाई की।", "PROTEST",
     "Indian Youth Congress", "frame.hi.lead"),
])
def test_a_nominal_frame_takes_its_type_from_the_noun(text: str, kind: str, agent: str,
                                                       frame: str):
    assert any(i.startswith(frame + ".") for i in _pattern_ids(text))
    assert any(t == kind and a == agent for t, a, _ in _events(text)), _events(text)


def test_a_meeting_joined_is_a_consultation_with_its_owner():
    text = "विदेश मंत्री एस जयशंकर ने मंगलवार को ब्रिक्स के सम्मेलन में सक्रिय रूप से हिस्सा लिया।"
    assert "frame.hi.take_part.सम्मेलन" in _pattern_ids(text)
    assert ("CONSULT", "S. Jaishankar", "BRICS") in _events(text)


def test_a_frame_takes_only_the_nouns_of_its_types():
    """"हमले में शामिल": a part in an attack someone is accused of, no attack by the frame."""
    ids = _pattern_ids("पुलिस ने हमले में शामिल दो लोगों को गिरफ्तार किया।")
    assert not any(i.startswith("frame.") for i in ids), ids
    assert "frame.hi.join.रैली" in _pattern_ids("सैकड़ों छात्र शनिवार को रैली में शामिल हुए।")


def test_optional_modifiers_are_only_the_words_of_their_class():
    assert "frame.hi.organise.रैली" in _pattern_ids("भाजपा ने रैली का भव्य आयोजन किया।")
    assert "frame.hi.take_part.बैठक" in _pattern_ids(
        "मंत्री ने बैठक में बढ़-चढ़कर हिस्सा लिया।")
    # a word of no class between: no frame
    assert not any(i.startswith("frame.hi.organise") for i in _pattern_ids(
        "भाजपा ने रैली का शहर में आयोजन किया।"))


@pytest.mark.parametrize("frame", load_table("nominal_frames_hi.tsv"), ids=lambda f: f["id"])
def test_every_frame_codes_its_example(frame: dict[str, str]):
    types = set(frame["types"].split("|"))
    events = default_pipeline().extract(Document(id=frame["id"], raw=frame["example"]))
    assert any(e.type in types for e in events), frame["example"]
    assert any(i.startswith(frame["id"] + ".") for i in _pattern_ids(frame["example"]))


def test_every_event_noun_is_taken_by_some_frame():
    taken = {row["id"].split(".", 3)[-1] for row in frame_rows()}
    for noun in load_table("event_nouns_hi.tsv"):
        assert noun["noun"] in taken, noun
