"""A notice over a violation or a remark is an accusation; a notice on a petition a demand."""
import pytest
from testkit import event_roles

from ghatna.pipeline.code import type_cues


@pytest.mark.parametrize("text,etype", [
    ("चुनाव आयोग ने कैलाश विजयवर्गीय को आचार संहिता के उल्लंघन पर नोटिस भेजा।", "ACCUSE"),
    ("चुनाव आयोग ने भड़काऊ भाषण पर कैलाश विजयवर्गीय को नोटिस भेजा।", "ACCUSE"),
    ("The Election Commission issued a notice to Rahul Gandhi over his remarks.", "ACCUSE"),
    ("उच्च न्यायालय ने याचिका पर राज्य सरकार को नोटिस जारी किया।", "REQUEST"),
    ("The Supreme Court issued notice to the Centre on the petitions.", "REQUEST"),
])
def test_what_a_notice_is_sent_over_decides_its_type(text, etype):
    assert [r[0] for r in event_roles(text)] == [etype]


def test_every_cue_row_names_plover_types():
    from ghatna.ontology import plover_types

    types = set(plover_types())
    for (etype, _), cues in type_cues().items():
        assert etype in types and all(becomes in types for _, becomes in cues)


@pytest.mark.parametrize("text,etype", [
    ("लोकसभा स्पीकर ने हंगामा करने वाले 12 सांसदों को सत्र के लिए निलंबित कर दिया।", "SANCTION"),
    ("विधानसभा अध्यक्ष ने विपक्ष के नौ विधायकों को दो दिन के लिए सस्पेंड कर दिया।", "SANCTION"),
    ("Lok Sabha Speaker Om Birla suspended five opposition MPs for the rest of the session.", "SANCTION"),
    ("जिलाधिकारी ने ड्यूटी से गायब तीन शिक्षकों को निलंबित कर दिया।", "COERCE"),
])
def test_a_suspension_by_a_house_of_legislators_is_a_sanction(text, etype):
    # a member suspended by the house is sanctioned by it, as one expelled from a party is;
    # a suspension from a post stays COERCE (docs/decisions.md, session 11)
    assert [r[0] for r in event_roles(text)] == [etype]
