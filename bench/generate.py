#!/usr/bin/env python3
"""Generate news-like documents for the benchmarks: Hindi, English and mixed Hindi-English.

Every sentence is built from templates and word lists written for this file (no news text is
copied). A document has an optional headline, a dateline in the agency style
("नई दिल्ली, 12 मार्च (भाषा)", "New Delhi, Feb 16 (PTI)"), two or three paragraphs of event
sentences across the 16 PLOVER types mixed with background and non-event filler (cricket,
weather, markets, film), and sometimes the scraping debris real feeds carry ("![]()",
"यह भी पढ़ें", "Also Read", desk initials). About a third of the documents are pure negatives.
Lengths are drawn between 1 and 3 kB of UTF-8.

Deterministic: document ``i`` depends only on ``(seed, i)``, so ``generate(100, 7)`` is a
prefix of ``generate(1000, 7)``.

    python bench/generate.py -n 10000 --seed 1 -o bench/out/corpus.jsonl

Importable: ``from generate import generate`` (with ``bench/`` on ``sys.path``) yields
``{"id", "text", "published", "lang"}`` dicts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TextIO

# ---------------------------------------------------------------- vocabulary (written here)

HI_MONTHS = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
             "अक्टूबर", "नवंबर", "दिसंबर"]
EN_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
             "Nov", "Dec"]
HI_DAYS = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

HI_AGENCIES = ["(भाषा)", "(वार्ता)", "(आईएएनएस)", "(एजेंसी)", "।", ":"]
EN_AGENCIES = ["(PTI)", "(IANS)", "(Reuters)", "(ANI)", ":"]
HI_DESK = ["एमएस/डीकेपी", "आरके/एसजी", "एवाई/एबीएम", "वीके/पीएस"]


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with an English and a Hindi title."""

    en: str
    hi: str
    title_en: str
    title_hi: str
    country: str  # key into COUNTRIES


@dataclass(frozen=True, slots=True)
class Group:
    """A collective actor; ``hi_obl`` is the oblique form used before ने/को/से."""

    en: str
    hi: str
    hi_obl: str


PEOPLE = [
    Person("S Jaishankar", "एस जयशंकर", "External Affairs Minister", "विदेश मंत्री", "india"),
    Person("Rajnath Singh", "राजनाथ सिंह", "Defence Minister", "रक्षा मंत्री", "india"),
    Person("Narendra Modi", "नरेंद्र मोदी", "Prime Minister", "प्रधानमंत्री", "india"),
    Person("Amit Shah", "अमित शाह", "Union Home Minister", "केंद्रीय गृह मंत्री", "india"),
    Person("Piyush Goyal", "पीयूष गोयल", "Commerce Minister", "वाणिज्य मंत्री", "india"),
    Person("Yogi Adityanath", "योगी आदित्यनाथ", "Uttar Pradesh Chief Minister",
           "उत्तर प्रदेश के मुख्यमंत्री", "india"),
    Person("Mamata Banerjee", "ममता बनर्जी", "West Bengal Chief Minister",
           "पश्चिम बंगाल की मुख्यमंत्री", "india"),
    Person("Rahul Gandhi", "राहुल गांधी", "Congress leader", "कांग्रेस नेता", "india"),
    Person("Sergei Lavrov", "सर्गेई लावरोव", "Russian Foreign Minister", "रूसी विदेश मंत्री",
           "russia"),
    Person("Vladimir Putin", "व्लादिमीर पुतिन", "Russian President", "रूसी राष्ट्रपति",
           "russia"),
    Person("Antony Blinken", "एंटनी ब्लिंकन", "US Secretary of State", "अमेरिकी विदेश मंत्री",
           "usa"),
    Person("Wang Yi", "वांग यी", "Chinese Foreign Minister", "चीनी विदेश मंत्री", "china"),
    Person("Shehbaz Sharif", "शहबाज शरीफ", "Pakistan Prime Minister",
           "पाकिस्तान के प्रधानमंत्री", "pakistan"),
    Person("Emmanuel Macron", "इमैनुएल मैक्रों", "French President", "फ्रांसीसी राष्ट्रपति",
           "france"),
    Person("Ali Sabry", "अली साबरी", "Sri Lankan Foreign Minister", "श्रीलंकाई विदेश मंत्री",
           "sri_lanka"),
    Person("Pushpa Kamal Dahal", "पुष्प कमल दहल", "Nepal Prime Minister",
           "नेपाल के प्रधानमंत्री", "nepal"),
]

# key: (English name, Hindi name, Hindi oblique/genitive-ready form, demonym en, demonym hi)
COUNTRIES = {
    "india": ("India", "भारत", "भारत", "Indian", "भारतीय"),
    "russia": ("Russia", "रूस", "रूस", "Russian", "रूसी"),
    "usa": ("the US", "अमेरिका", "अमेरिका", "American", "अमेरिकी"),
    "china": ("China", "चीन", "चीन", "Chinese", "चीनी"),
    "pakistan": ("Pakistan", "पाकिस्तान", "पाकिस्तान", "Pakistani", "पाकिस्तानी"),
    "france": ("France", "फ्रांस", "फ्रांस", "French", "फ्रांसीसी"),
    "sri_lanka": ("Sri Lanka", "श्रीलंका", "श्रीलंका", "Sri Lankan", "श्रीलंकाई"),
    "nepal": ("Nepal", "नेपाल", "नेपाल", "Nepalese", "नेपाली"),
    "bangladesh": ("Bangladesh", "बांग्लादेश", "बांग्लादेश", "Bangladeshi", "बांग्लादेशी"),
    "japan": ("Japan", "जापान", "जापान", "Japanese", "जापानी"),
    "uk": ("Britain", "ब्रिटेन", "ब्रिटेन", "British", "ब्रिटिश"),
}

GROUPS = [
    Group("police", "पुलिस", "पुलिस"),
    Group("Delhi Police", "दिल्ली पुलिस", "दिल्ली पुलिस"),
    Group("security forces", "सुरक्षा बल", "सुरक्षा बलों"),
    Group("the Army", "सेना", "सेना"),
    Group("militants", "आतंकी", "आतंकियों"),
    Group("farmers", "किसान", "किसानों"),
    Group("students", "छात्र", "छात्रों"),
    Group("protesters", "प्रदर्शनकारी", "प्रदर्शनकारियों"),
    Group("Congress workers", "कांग्रेस कार्यकर्ता", "कांग्रेस कार्यकर्ताओं"),
    Group("BJP workers", "भाजपा कार्यकर्ता", "भाजपा कार्यकर्ताओं"),
    Group("the CBI", "सीबीआई", "सीबीआई"),
    Group("the Enforcement Directorate", "प्रवर्तन निदेशालय", "प्रवर्तन निदेशालय"),
    Group("the BSF", "बीएसएफ", "बीएसएफ"),
]
POLICE = GROUPS[:4] + GROUPS[10:]
CROWDS = GROUPS[5:10]

# (English, Hindi): dateline cities first, then places where things happen
CITIES = [("New Delhi", "नई दिल्ली"), ("Mumbai", "मुंबई"), ("Lucknow", "लखनऊ"),
          ("Patna", "पटना"), ("Kolkata", "कोलकाता"), ("Chennai", "चेन्नई"), ("Jaipur", "जयपुर"),
          ("Srinagar", "श्रीनगर"), ("Bhopal", "भोपाल"), ("Moscow", "मास्को"),
          ("Washington", "वाशिंगटन"), ("Beijing", "बीजिंग"), ("Islamabad", "इस्लामाबाद"),
          ("Dhaka", "ढाका"), ("Kathmandu", "काठमांडू"), ("Colombo", "कोलंबो"),
          ("London", "लंदन"), ("Tokyo", "टोक्यो")]
SITES = [("Pulwama", "पुलवामा"), ("Kupwara", "कुपवाड़ा"), ("Poonch", "पुंछ"),
         ("Imphal", "इंफाल"), ("Sukma", "सुकमा"), ("Jantar Mantar", "जंतर-मंतर"),
         ("Ambala", "अंबाला"), ("Varanasi", "वाराणसी"), ("Guwahati", "गुवाहाटी"),
         ("Ladakh", "लद्दाख"), ("Leh", "लेह"), ("Kathua", "कठुआ")]
TOPICS = [("trade and investment", "व्यापार और निवेश"), ("energy", "ऊर्जा"),
          ("defence cooperation", "रक्षा सहयोग"), ("counter-terrorism", "आतंकवाद-रोधी सहयोग"),
          ("connectivity", "कनेक्टिविटी"), ("climate change", "जलवायु परिवर्तन"),
          ("regional security", "क्षेत्रीय सुरक्षा")]
TEAMS = [("India", "भारत"), ("Australia", "ऑस्ट्रेलिया"), ("England", "इंग्लैंड"),
         ("South Africa", "दक्षिण अफ्रीका"), ("Mumbai Indians", "मुंबई इंडियंस"),
         ("Chennai Super Kings", "चेन्नई सुपर किंग्स"), ("New Zealand", "न्यूजीलैंड")]
PLAYERS = [("Virat Kohli", "विराट कोहली"), ("Shubman Gill", "शुभमन गिल"),
           ("Rohit Sharma", "रोहित शर्मा"), ("Jasprit Bumrah", "जसप्रीत बुमराह"),
           ("Smriti Mandhana", "स्मृति मंधाना")]
FILMS = ["Chandni Raat", "Safar", "Dil Ki Baat", "Pahadi", "Lal Batti", "Monsoon Express"]
NUMBERS = ["दो", "तीन", "चार", "पांच", "11", "15", "20", "32"]

# English words that Hindi news writes in Latin script inside Hindi sentences.
CODEMIX = {
    "राष्ट्रपति": "President", "प्रधानमंत्री": "Prime Minister", "सरकार": "Government",
    "भारत": "India", "विदेश मंत्री": "Foreign Minister", "रक्षा मंत्री": "Defence Minister",
    "बैठक": "meeting", "पुलिस": "Police", "सेना": "Army", "सोशल मीडिया": "social media",
    "समझौते": "agreement", "प्रदर्शन": "protest", "मुख्यमंत्री": "Chief Minister",
    "किसानों": "farmers", "छात्रों": "students", "राजनीतिक": "Political",
    **{hi: en for hi, en in zip(HI_DAYS, EN_DAYS, strict=True)},
}

# ---------------------------------------------------------------- templates
# Slots: {a}/{b} person with title, {as}/{bs} person surname-style short form,
# {ac}/{bc} country, {ad}/{bd} demonym, {g} police-like group (oblique in Hindi),
# {crowd} crowd group (oblique), {crowd_d} crowd group direct form, {p} place, {site} site,
# {day} weekday, {n} number, {topic}.

HI_EVENTS: dict[str, list[str]] = {
    "CONSULT": [
        "{a} ने {day} को {p} में {b} से मुलाकात की।",
        "{a} ने {b} के साथ टेलीफोन पर बातचीत की और {topic} पर चर्चा की।",
        "{a} अगले सप्ताह {bc} का दौरा करेंगे, जहां वे {b} से वार्ता करेंगे।",
        "{p} में {a} और {b} के बीच द्विपक्षीय बैठक हुई।",
    ],
    "AGREE": [
        "{ac} और {bc} ने {day} को {topic} पर एक समझौते पर हस्ताक्षर किए।",
        "दोनों देशों ने {topic} बढ़ाने के लिए {n} समझौता ज्ञापनों (एमओयू) पर हस्ताक्षर किए।",
        "{as} और {bs} ने {topic} पर मिलकर काम करने पर सहमति जताई।",
    ],
    "SUPPORT": [
        "{a} ने {bc} के इस कदम का स्वागत किया और कहा कि {ac} इसका पूरा समर्थन करता है।",
        "{ac} ने संयुक्त राष्ट्र में {bc} के प्रस्ताव का समर्थन किया।",
    ],
    "CONCEDE": [
        "लंबी बातचीत के बाद सरकार ने {crowd} की सभी मांगें मान लीं।",
        "{bc} ने {ac} के दबाव में अपना फैसला वापस ले लिया।",
    ],
    "COOPERATE": [
        "{ac} और {bc} की नौसेनाओं ने {p} के पास संयुक्त रूप से खोज अभियान चलाया।",
        "{ac} ने {topic} के क्षेत्र में {bc} के साथ सहयोग बढ़ाने का फैसला किया।",
    ],
    "AID": [
        "{ac} ने {bc} को {n} टन मानवीय सहायता और राहत सामग्री भेजी है।",
        "बाढ़ प्रभावित {bc} की मदद के लिए {ac} ने दवाइयां और राहत सामग्री रवाना की।",
    ],
    "RETREAT": [
        "{bc} ने सद्भावना के तहत {n} {ad} मछुआरों को रिहा कर दिया।",
        "{ac} ने सीमा के विवादित इलाके से अपने सैनिकों को पीछे हटा लिया।",
    ],
    "REQUEST": [
        "{a} ने {bc} से आतंकवाद के खिलाफ ठोस कार्रवाई करने की मांग की।",
        "{crowd} ने सरकार से न्यूनतम समर्थन मूल्य पर कानून बनाने की अपील की।",
    ],
    "ACCUSE": [
        "{a} ने {bc} पर सीमा पार आतंकवाद को बढ़ावा देने का आरोप लगाया।",
        "{ac} ने {bc} के बयान की कड़ी निंदा की।",
        "{as} ने सरकार की नीतियों की तीखी आलोचना की।",
    ],
    "REJECT": [
        "{ac} ने {bc} के आरोपों को निराधार बताते हुए खारिज कर दिया।",
        "{crowd} ने सरकार के वार्ता के प्रस्ताव को ठुकरा दिया।",
    ],
    "THREATEN": [
        "{a} ने {bc} को चेतावनी दी कि किसी भी दुस्साहस का मुंहतोड़ जवाब दिया जाएगा।",
        "{crowd} ने मांगें न माने जाने पर अनिश्चितकालीन हड़ताल की धमकी दी।",
    ],
    "PROTEST": [
        "{crowd} ने {day} को {site} में सरकार के खिलाफ धरना प्रदर्शन किया।",
        "{crowd} ने {site} में मुख्यमंत्री आवास का घेराव किया।",
        "{crowd} के आह्वान पर {site} में बंद रहा और चक्का जाम किया गया।",
    ],
    "SANCTION": [
        "{ac} ने {bc} पर नए आर्थिक प्रतिबंध लगा दिए।",
        "{ac} ने {bc} से आयात होने वाले सामान पर 25 प्रतिशत टैरिफ लगाने का ऐलान किया।",
    ],
    "MOBILIZE": [
        "{ac} ने सीमा पर अतिरिक्त सैनिकों की तैनाती की है।",
        "{ac} और {bc} की सेनाओं ने {site} में संयुक्त सैन्य अभ्यास शुरू किया।",
    ],
    "COERCE": [
        "{g} ने {day} को {site} से {n} संदिग्धों को गिरफ्तार किया।",
        "प्रशासन ने {site} में धारा 144 लागू कर दी और इंटरनेट बंद कर दिया।",
        "{g} ने {as} के करीबियों के ठिकानों पर छापा मारा।",
        "{g} ने {crowd} को हिरासत में ले लिया।",
    ],
    "ASSAULT": [
        "{site} में सुरक्षा बलों और आतंकियों के बीच मुठभेड़ में {n} आतंकी मारे गए।",
        "{pol} ने {site} में {crowd} पर लाठीचार्ज किया।",
        "{ac} की सेना ने {site} सेक्टर में संघर्ष विराम का उल्लंघन करते हुए गोलीबारी की।",
    ],
}

EN_EVENTS: dict[str, list[str]] = {
    "CONSULT": [
        "{a} met {b} in {p} on {day}.",
        "{a} held talks with {b} on {topic}.",
        "{a} will visit {bc} next week for talks with {b}.",
        "{as} spoke to {b} over the phone on {day}.",
    ],
    "AGREE": [
        "{ac} and {bc} signed an agreement on {topic} on {day}.",
        "The two countries signed {n} MoUs to boost {topic}.",
        "{as} and {bs} agreed to work together on {topic}.",
    ],
    "SUPPORT": [
        "{a} welcomed the move by {bc} and said {ac} fully supports it.",
        "{ac} backed the resolution moved by {bc} at the United Nations.",
    ],
    "CONCEDE": [
        "After long talks the government accepted all the demands of the {crowd_d}.",
        "{bc} withdrew its decision under pressure from {ac}.",
    ],
    "COOPERATE": [
        "The navies of {ac} and {bc} carried out a joint search operation near {p}.",
        "{ac} decided to deepen cooperation with {bc} in {topic}.",
    ],
    "AID": [
        "{ac} sent {n} tonnes of humanitarian aid and relief material to {bc}.",
        "{ac} dispatched medicines and relief supplies to flood-hit {bc}.",
    ],
    "RETREAT": [
        "{bc} released {n} {ad} fishermen as a goodwill gesture.",
        "{ac} pulled back its troops from the disputed border area.",
    ],
    "REQUEST": [
        "{a} urged {bc} to take concrete action against terrorism.",
        "The {crowd_d} demanded a law guaranteeing minimum support price.",
    ],
    "ACCUSE": [
        "{a} accused {bc} of promoting cross-border terrorism.",
        "{ac} strongly condemned the remarks made by {bc}.",
        "{as} criticised the government's policies.",
    ],
    "REJECT": [
        "{ac} rejected the allegations made by {bc} as baseless.",
        "The {crowd_d} turned down the government's offer of talks.",
    ],
    "THREATEN": [
        "{a} warned {bc} that any misadventure would get a befitting reply.",
        "The {crowd_d} threatened an indefinite strike if their demands were not met.",
    ],
    "PROTEST": [
        "The {crowd_d} staged a protest against the government at {site} on {day}.",
        "The {crowd_d} gheraoed the chief minister's residence in {site}.",
        "A bandh called by the {crowd_d} shut {site} and roads were blocked.",
    ],
    "SANCTION": [
        "{ac} imposed fresh economic sanctions on {bc}.",
        "{ac} announced a 25 per cent tariff on goods imported from {bc}.",
    ],
    "MOBILIZE": [
        "{ac} deployed additional troops along the border.",
        "The armies of {ac} and {bc} began a joint military exercise in {site}.",
    ],
    "COERCE": [
        "{gc} arrested {n} suspects from {site} on {day}.",
        "The administration imposed Section 144 in {site} and suspended internet services.",
        "{gc} raided premises linked to {as}.",
        "{gc} detained the {crowd_d} near {site}.",
    ],
    "ASSAULT": [
        "{n} militants were killed in an encounter with security forces in {site}.",
        "{polc} lathicharged the {crowd_d} in {site}.",
        "The {ad} army violated the ceasefire and opened fire in the {site} sector.",
    ],
}

HI_BACKGROUND = [
    "दोनों देशों के बीच संबंध दशकों पुराने हैं और समय के साथ मजबूत हुए हैं।",
    "अधिकारियों ने बताया कि आगे की जानकारी का इंतजार है।",
    "विदेश मंत्रालय ने सोशल मीडिया प्लेटफॉर्म एक्स पर इसकी जानकारी साझा की।",
    "इस दौरान {topic} और क्षेत्रीय मुद्दों पर भी विचारों का आदान-प्रदान हुआ।",
    "विशेषज्ञों का मानना है कि इसका असर आने वाले महीनों में दिखेगा।",
    "बता दें कि पिछले वर्ष भी इसी तरह का कार्यक्रम आयोजित किया गया था।",
    "इस मामले में आगे की जांच जारी है।",
]
HI_FILLER = [
    "भारत ने दूसरे टेस्ट मैच में ऑस्ट्रेलिया को {w} विकेट से हरा दिया।",
    "कप्तान ने शानदार शतक लगाया और टीम को जीत दिलाई।",
    "मौसम विभाग ने अगले {n} दिनों में भारी बारिश की चेतावनी जारी की है।",
    "चक्रवाती तूफान के कारण तटीय इलाकों में तेज हवाएं चलने की आशंका है।",
    "सेंसेक्स {n}0 अंक गिरकर बंद हुआ, जबकि निफ्टी में मामूली बढ़त रही।",
    "सोने की कीमतों में लगातार तीसरे दिन तेजी दर्ज की गई।",
    "फिल्म ने पहले दिन बॉक्स ऑफिस पर {n} करोड़ रुपये की कमाई की।",
    "दर्शकों ने फिल्म के गानों और अभिनय की जमकर तारीफ की।",
    "{site} में न्यूनतम तापमान {n} डिग्री सेल्सियस दर्ज किया गया।",
    "{team} ने {team2} को {n} रन से हराकर सीरीज में बढ़त बना ली।",
    "{player} ने {n} गेंदों में अर्धशतक पूरा किया।",
    "{city} में सुबह घना कोहरा छाया रहा और दृश्यता कम रही।",
    "रुपया डॉलर के मुकाबले {n} पैसे मजबूत होकर बंद हुआ।",
    "फिल्म '{film}' का ट्रेलर सोशल मीडिया पर छा गया है।",
    "{city} में आज आसमान साफ रहेगा और दिन में धूप खिली रहेगी।",
    "मैच देखने के लिए स्टेडियम में हजारों दर्शक पहुंचे।",
    "निवेशकों ने बैंकिंग और आईटी शेयरों में जमकर खरीदारी की।",
]
EN_BACKGROUND = [
    "Relations between the two countries go back decades.",
    "Officials said further details were awaited.",
    "The ministry shared the details in a post on social media platform X.",
    "Regional and global developments, including {topic}, were also discussed.",
    "Experts said the impact would be visible in the coming months.",
    "A similar programme was held last year as well.",
    "Further investigation is under way, officials said.",
]
EN_FILLER = [
    "India beat Australia by {w} wickets in the second Test.",
    "The captain struck a brilliant century to steer his side home.",
    "The weather office issued a warning of heavy rain over the next {n} days.",
    "Strong winds are likely along the coast as the cyclonic storm approaches.",
    "The Sensex fell {n}0 points while the Nifty ended marginally higher.",
    "Gold prices rose for the third straight day.",
    "The film collected Rs {n} crore at the box office on its opening day.",
    "The minimum temperature in {site} was recorded at {n} degrees Celsius.",
    "{team_en} beat {team2_en} by {n} runs to take the lead in the series.",
    "{player_en} reached his fifty off {n} balls.",
    "Dense fog covered {city_en} in the morning, cutting visibility.",
    "The rupee rose {n} paise against the dollar.",
    "The trailer of '{film}' has taken social media by storm.",
    "Skies will remain clear in {city_en} today with plenty of sunshine.",
    "Thousands of fans packed the stadium for the match.",
    "Investors bought heavily into banking and IT stocks.",
]
HI_HEADLINES = ["{ac} और {bc} के रिश्तों में नया मोड़", "{site} में तनाव, सुरक्षा कड़ी",
                "मौसम का हाल: कई राज्यों में बारिश", "बाजार में उतार-चढ़ाव जारी"]
EN_HEADLINES = ["{ac}, {bc} ties take a new turn", "Tension in {site}, security tightened",
                "Weather update: rain likely in several states", "Markets stay volatile"]


# ---------------------------------------------------------------- assembly


def _slots(rng: random.Random, lang: str, when: date) -> dict[str, str]:
    """Fill every template slot once for a document-sized context."""
    a, b = rng.sample(PEOPLE, 2)
    ca, cb = COUNTRIES[a.country], COUNTRIES[b.country]
    if ca == cb:
        cb = COUNTRIES[rng.choice([k for k in COUNTRIES if k != a.country])]
    g, crowd = rng.choice(POLICE), rng.choice(CROWDS)
    p, site = rng.choice(CITIES), rng.choice(SITES)
    topic = rng.choice(TOPICS)
    day = when - timedelta(days=rng.choice([0, 0, 1, 2]))
    hi = lang != "en"
    return {
        "a": f"{a.title_hi} {a.hi}" if hi else f"{a.title_en} {a.en}",
        "b": f"{b.title_hi} {b.hi}" if hi else f"{b.title_en} {b.en}",
        "as": (a.hi if hi else a.en).split()[-1],
        "bs": (b.hi if hi else b.en).split()[-1],
        "ac": ca[1] if hi else ca[0].replace("the US", "The US"),
        "bc": cb[1] if hi else cb[0],
        "ad": cb[4] if hi else cb[3],
        "g": g.hi_obl, "gc": g.en[:1].upper() + g.en[1:],
        "crowd": crowd.hi_obl if hi else crowd.en, "crowd_d": crowd.en.removeprefix("the "),
        "p": p[1] if hi else p[0], "site": site[1] if hi else site[0],
        "topic": topic[1] if hi else topic[0],
        "day": HI_DAYS[day.weekday()] if hi else EN_DAYS[day.weekday()],
    }


def _minor_slots(rng: random.Random, hi: bool) -> dict[str, str]:
    """Slots re-drawn for every sentence, so that filler does not repeat word for word."""
    team, team2 = rng.sample(TEAMS, 2)
    player, city, site = rng.choice(PLAYERS), rng.choice(CITIES), rng.choice(SITES)
    pol = rng.choice(GROUPS[:3])
    return {
        "team": team[1], "team2": team2[1], "team_en": team[0], "team2_en": team2[0],
        "player": player[1], "player_en": player[0], "city": city[1], "city_en": city[0],
        "film": rng.choice(FILMS), "w": str(rng.randint(2, 9)),
        "n": rng.choice(NUMBERS[:4]) if hi and rng.random() < 0.3 else str(rng.randint(2, 60)),
        "topic": rng.choice(TOPICS)[1 if hi else 0],
        "pol": pol.hi_obl, "polc": pol.en[:1].upper() + pol.en[1:],
        **({"site": site[1] if hi else site[0]} if rng.random() < 0.3 else {}),
    }


def _sentence(rng: random.Random, pool: list[str], slots: dict[str, str], hi: bool) -> str:
    """One sentence from ``pool`` with the document's slots and fresh minor ones."""
    return rng.choice(pool).format(**{**slots, **_minor_slots(rng, hi)})


def _dateline(rng: random.Random, lang: str, when: date) -> str:
    city = rng.choice(CITIES[:9] if rng.random() < 0.8 else CITIES)
    if lang == "en":
        return f"{city[0]}, {EN_MONTHS[when.month - 1]} {when.day} {rng.choice(EN_AGENCIES)}"
    return f"{city[1]}, {when.day} {HI_MONTHS[when.month - 1]} {rng.choice(HI_AGENCIES)}"


def _mix(rng: random.Random, text: str, share: float) -> str:
    """Write some Hindi words in English the way Hindi news does ("Tuesday को")."""
    for hindi, english in CODEMIX.items():
        if hindi in text and rng.random() < share:
            text = text.replace(hindi, english)
    return text


def _body_sentences(rng: random.Random, lang: str, slots: dict[str, str],
                    negative: bool) -> Callable[[], str]:
    """A source of the next sentence: events and background, or filler only."""
    events = EN_EVENTS if lang == "en" else HI_EVENTS
    background = EN_BACKGROUND if lang == "en" else HI_BACKGROUND
    filler = EN_FILLER if lang == "en" else HI_FILLER
    types = rng.sample(sorted(events), k=rng.randint(2, 4))
    hi = lang != "en"

    seen: set[str] = set()

    def next_sentence() -> str:
        for _ in range(6):  # a few redraws keep exact repeats rare
            sentence = draw()
            if sentence not in seen:
                break
        seen.add(sentence)
        return sentence

    def draw() -> str:
        if negative:
            return _sentence(rng, filler + background[:2], slots, hi)
        roll = rng.random()
        if roll < 0.45:
            return _sentence(rng, events[rng.choice(types)], slots, hi)
        if roll < 0.85:
            return _sentence(rng, background, slots, hi)
        return _sentence(rng, filler, slots, hi)

    return next_sentence


def _debris(rng: random.Random, lang: str) -> tuple[str, str]:
    """Scraping leftovers before and after the story (often none)."""
    head = "![]()\n" if rng.random() < 0.1 else ""
    if lang == "en":
        tail = "\nAlso Read: Top stories of the day" if rng.random() < 0.15 else ""
    else:
        tail = "\nयह भी पढ़ें: आज की बड़ी खबरें" if rng.random() < 0.15 else ""
        if rng.random() < 0.3:
            tail += "\n–\n" + rng.choice(HI_DESK)
    return head, tail


def make_document(index: int, seed: int) -> dict[str, str | None]:
    """Document ``index`` of the corpus for ``seed``."""
    rng = random.Random(f"ghatna-bench:{seed}:{index}")
    lang = rng.choices(["hi", "en", "hi-en"], weights=[45, 30, 25])[0]
    when = date(2023, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    slots = _slots(rng, lang, when)
    negative = rng.random() < 0.3
    target = rng.randint(1000, 3000)
    next_sentence = _body_sentences(rng, lang, slots, negative)
    headlines = EN_HEADLINES if lang == "en" else HI_HEADLINES
    head, tail = _debris(rng, lang)
    parts = [head]
    if rng.random() < 0.5:
        parts.append(rng.choice(headlines).format(**{**slots, **_minor_slots(rng, lang != "en")})
                     + "\n")
    paragraphs: list[list[str]] = [[_dateline(rng, lang, when) + " " + next_sentence()]]
    size = sum(len(p.encode()) for p in parts) + len(paragraphs[0][0].encode()) + len(tail.encode())
    while size < target:
        sentence = next_sentence()
        if len(paragraphs[-1]) >= rng.randint(3, 8) and len(paragraphs) < 4:
            paragraphs.append([])
        paragraphs[-1].append(sentence)
        size += len(sentence.encode()) + 1
    text = "".join(parts) + "\n".join(" ".join(p) for p in paragraphs) + tail
    if lang == "hi-en":
        text = _mix(rng, text, share=0.5)
    published = when.isoformat() if rng.random() < 0.85 else None
    return {"id": f"gen-{seed}-{index:06d}", "text": text, "published": published,
            "lang": lang}


def generate(n: int, seed: int = 0) -> Iterator[dict[str, str | None]]:
    """``n`` documents ``{"id", "text", "published", "lang"}``, deterministic in ``seed``."""
    for index in range(n):
        yield make_document(index, seed)


def write_jsonl(docs: Iterator[dict[str, str | None]], out: TextIO) -> int:
    """Write one JSON object per line; returns the number written."""
    count = 0
    for doc in docs:
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--docs", type=int, default=10_000, help="number of documents")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("-o", "--output", default="-", help="JSONL file (default stdout)")
    args = parser.parse_args(argv)
    if args.output == "-":
        write_jsonl(generate(args.docs, args.seed), sys.stdout)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            count = write_jsonl(generate(args.docs, args.seed), fh)
        print(f"wrote {count} documents to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
