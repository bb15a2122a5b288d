"""Demo content for `manage.py load_demo_referrals`: fictional parents, consent and referrals.

Plain data only; `referrals/management/commands/load_demo_referrals.py` loads it, after
`load_demo` has filled the directory and created the demo accounts. Every parent is invented:
the surnames say so (Voorbeeld, Verzonnen, Proefstede …), mobile numbers start with 06 1, which
is not handed out in the Netherlands, and no reason describes a real person.

Dates are relative to the day the command runs. `age` is (years, days) before today; a step is
(verb, working days ago, time of day, actor e-mail or None for the sender, arguments; a step with
"side": "recipient" is taken by the recipient's side). Besides the status steps a member of the
recipient may "assign" (`to`: a colleague's e-mail, or None) and report "progress" (`kind`, and
for a planned appointment `days_ahead` of today). A joint meeting is proposed `days_ahead` days
from today, so that it is still to come. The steps
run through the referral's verb methods and actions, so the timeline is real; their timestamps are
then moved back to the day and time given, so the portal reads like weeks of work.
"""

from __future__ import annotations

from typing import Any

from consent.reference_data import consent_text_bodies

Record = dict[str, Any]

CONSENT_TEXT_VERSION = "2026-1"
CONSENT_TEXT_PUBLISHED = "2026-01-05"
CONSENT_TEXT_MONTHS = 12  # "Uw toestemming geldt één jaar."

# What the parent reads (or hears read out) before she says yes: plain language, level B1. The
# texts are reference data (consent/reference_data/consent_texts/), loaded by consent's data
# migration; the demo only makes sure they are there after a flush.
CONSENT_TEXTS: dict[str, str] = consent_text_bodies(CONSENT_TEXT_VERSION)

# --- Parents (all fictional) ---
# Keyed by a short name used below; identified in the database by full name + organisation.

CLIENTS: list[Record] = [
    {
        "key": "merel",
        "full_name": "Merel Voorbeeld",
        "age": (24, 61),
        "phone": "06 1000 2401",
        "postcode": "7415 KL",
        "pregnant_weeks": 26,
        "registered_by": "verloskundige.deventer@rokportaal.example",
        "organisation": "verloskundigenpraktijk-de-wieg",
    },
    {
        "key": "jasmijn",
        "full_name": "Jasmijn Verzonnen",
        "age": (19, 203),
        "phone": "06 1000 1902",
        "postcode": "7417 HT",
        "pregnant_weeks": 29,
        "preferred_language": "tr",  # reads her consent text in Turkish
        "registered_by": "wijkteam.deventer@rokportaal.example",
        "organisation": "voor-elkaar-team-deventer",
    },
    {
        "key": "noor",
        "full_name": "Noor van Proefstede",
        "age": (31, 140),
        "phone": "06 1000 3103",
        "postcode": "3074 TR",
        "child_days": 35,
        "registered_by": "verloskundige.rotterdam@rokportaal.example",
        "organisation": "verloskundigen-zuiderkroon",
    },
    {
        "key": "yara",
        "full_name": "Yara Demohuis",
        "age": (27, 12),
        "phone": "06 1000 2704",
        "postcode": "3083 HS",
        "child_days": 121,
        "preferred_language": "en",
        "registered_by": "jgz.rotterdam@rokportaal.example",
        "organisation": "cjg-rijnmond",
    },
    {
        "key": "lina",
        "full_name": "Lina Fictiefsma",
        "age": (22, 300),
        "phone": "06 1000 2205",
        "postcode": "3072 VB",
        "pregnant_weeks": 18,
        "registered_by": "wijkteam.rotterdam@rokportaal.example",
        "organisation": "wijkteam-rotterdam",
    },
    {
        "key": "roos",
        "full_name": "Roos Testerink",
        "age": (15, 150),
        "phone": "06 1000 1506",
        "postcode": "6371 PK",
        "pregnant_weeks": 20,
        "registered_by": "buurtteam.landgraaf@rokportaal.example",
        "organisation": "buurtteam-landgraaf",
    },
    {
        "key": "sterre",
        "full_name": "Sterre Oefening",
        "age": (33, 88),
        "phone": "06 1000 3307",
        "postcode": "6466 BN",
        "child_days": 70,
        "registered_by": "huisarts.kerkrade@rokportaal.example",
        "organisation": "huisartsenpraktijk-kerkrade-west",
    },
]

# --- Consent: what each parent allowed which organisation to receive ---
# Recorded by the professional who registered her, in her preferred language, valid one year.

CONTACT, REASON = "contact_details", "referral_reason"
MEDICAL, PSYCHOSOCIAL = "pregnancy_medical", "psychosocial"

CONSENTS: list[Record] = [
    {
        "key": "merel-wijkteam",
        "client": "merel",
        "recipient": "voor-elkaar-team-deventer",
        "intervention": "voor-elkaar-ondersteuning-gezinnen",
        "purpose": "Warme overdracht naar het wijkteam voor hulp bij huurachterstand en geldzorgen",
        "categories": [CONTACT, REASON, PSYCHOSOCIAL],
        "method": "verbal_in_person",
        "recorded": (15, "10:20"),
    },
    {
        "key": "merel-kraamzorg",
        "client": "merel",
        "recipient": "naviva-kraamzorg",
        "intervention": "naviva-kraamzorg-steun-op-maat",
        "purpose": "Aanmelden voor extra kraamzorg (steun op maat) rond en na de bevalling",
        "categories": [CONTACT, REASON, MEDICAL],
        "method": "verbal_in_person",
        "recorded": (1, "11:05"),
    },
    {
        "key": "jasmijn-wieg",
        "client": "jasmijn",
        "recipient": "verloskundigenpraktijk-de-wieg",
        "intervention": "de-wieg-verloskundige-zorg",
        "purpose": "Aanmelden bij een verloskundige voor controles tijdens de zwangerschap",
        "categories": [CONTACT, REASON, MEDICAL],
        "method": "verbal_in_person",
        "recorded": (1, "15:50"),
    },
    {
        "key": "jasmijn-voorzorg",
        "client": "jasmijn",
        "recipient": "ggd-ijsselland-jgz",
        "intervention": "jgz-ijsselland-voorzorg",
        "purpose": "Aanmelden voor VoorZorg: huisbezoeken door een jeugdverpleegkundige",
        "categories": [CONTACT, REASON],
        "method": "phone",
        "recorded": (6, "14:10"),
        # She had also agreed to share how she is doing; that box was missed the first time.
        "correction": {
            "recorded": (5, "09:30"),
            "categories": [CONTACT, REASON, PSYCHOSOCIAL],
            "method": "verbal_in_person",
        },
    },
    {
        "key": "noor-cjg",
        "client": "noor",
        "recipient": "cjg-rijnmond",
        "intervention": "cjg-prenataal-huisbezoek",
        "purpose": "Prenataal huisbezoek door de jeugdverpleegkundige van het CJG",
        "categories": [CONTACT, REASON, MEDICAL, PSYCHOSOCIAL],
        "method": "written",
        "recorded": (60, "10:00"),
    },
    {
        "key": "noor-wijkteam",
        "client": "noor",
        "recipient": "wijkteam-rotterdam",
        "intervention": "moeders-van-rotterdam",
        "purpose": "Aanmelden bij Moeders van Rotterdam voor een vaste hulpverlener",
        "categories": [CONTACT, REASON, PSYCHOSOCIAL],
        "method": "verbal_in_person",
        "recorded": (9, "13:45"),
    },
    {
        "key": "noor-kredietbank",
        "client": "noor",
        "recipient": "kredietbank-rotterdam",
        "intervention": "kredietbank-rotterdam-schuldhulp",
        "purpose": "Schuldhulpverlening bij de Kredietbank, na de doorverwijzing door het wijkteam",
        "categories": [CONTACT, REASON],
        "method": "verbal_in_person",
        "recorded": (6, "09:20"),
    },
    {
        "key": "yara-wijkteam",
        "client": "yara",
        "recipient": "wijkteam-rotterdam",
        "intervention": "wijkteam-rotterdam-gezinsondersteuning",
        "purpose": "Hulp van het wijkteam bij woonruimte en contact met andere ouders",
        "categories": [CONTACT, REASON, PSYCHOSOCIAL],
        "method": "verbal_in_person",
        "recorded": (8, "09:40"),
    },
    {
        "key": "yara-kredietbank",
        "client": "yara",
        "recipient": "kredietbank-rotterdam",
        "intervention": "kredietbank-rotterdam-budgetcoaching",
        "purpose": "Budgetcoaching bij de Kredietbank",
        "categories": [CONTACT, REASON],
        "method": "verbal_in_person",
        "recorded": (8, "09:45"),
    },
    {
        "key": "lina-zuiderkroon",
        "client": "lina",
        "recipient": "verloskundigen-zuiderkroon",
        "intervention": "zuiderkroon-centering-zwangerschap",
        "purpose": "Aanmelden voor Centering Zwangerschap (groepszorg) bij Zuiderkroon",
        "categories": [CONTACT, REASON, MEDICAL],
        "method": "verbal_in_person",
        "recorded": (6, "11:30"),
    },
    {
        "key": "roos-voorzorg",
        "client": "roos",
        "recipient": "ggd-zuid-limburg",
        "intervention": "ggd-zl-voorzorg",
        "purpose": "VoorZorg: begeleiding van een jonge moeder tot haar kind twee jaar is",
        "categories": [CONTACT, REASON, MEDICAL, PSYCHOSOCIAL],
        "method": "written",
        # She is 15: her legal guardian consents, with Roos present and agreeing.
        "given_by": ("Karin Oefenhuis", "guardian"),
        "recorded": (9, "15:45"),
    },
    {
        "key": "sterre-mondriaan",
        "client": "sterre",
        "recipient": "mondriaan",
        "intervention": "mondriaan-perinatale-ggz",
        "purpose": "Beoordeling en behandeling door de perinatale GGZ",
        "categories": [CONTACT, REASON, MEDICAL, PSYCHOSOCIAL],
        "method": "verbal_in_person",
        "recorded": (2, "10:50"),
    },
]

# --- Referrals, one per status and then some ---
# The sender is the professional who registered the parent, for her organisation.

REFERRALS: list[Record] = [
    {
        # accepted: both sides have a demo account (verloskundige → wijkteam Deventer)
        "client": "merel",
        "consent": "merel-wijkteam",
        "recipient": "voor-elkaar-team-deventer",
        "intervention": "voor-elkaar-ondersteuning-gezinnen",
        "contact_person": "jeroen.kamphuis@voorelkaardeventer.example",
        "reason": (
            "Mevrouw is zwanger van haar eerste kind. Ze heeft sinds twee maanden een "
            "huurachterstand en is bang haar woning kwijt te raken. Weinig steun van familie. "
            "Ze wil hulp om haar geldzaken op orde te hebben voor de baby komt."
        ),
        "themes": ["geld", "wonen"],
        "urgency": "soon",
        "contact_method": "phone",
        "best_times": "Doordeweeks na 13.00 uur",
        "steps": [
            ("create", 14, "10:35", None, {}),
            ("send", 14, "10:40", None, {}),
            ("accept", 12, "09:15", "wijkteam.deventer@rokportaal.example", {}),
            # Taken on by Jeroen, then handed to his colleague Aisha, who reports progress.
            (
                "assign",
                12,
                "09:16",
                "wijkteam.deventer@rokportaal.example",
                {"to": "wijkteam.deventer@rokportaal.example"},
            ),
            (
                "assign",
                11,
                "10:00",
                "wijkteam.deventer@rokportaal.example",
                {"to": "collega.wijkteam.deventer@rokportaal.example"},
            ),
            (
                "progress",
                11,
                "15:30",
                "collega.wijkteam.deventer@rokportaal.example",
                {"kind": "contacted"},
            ),
            (
                "progress",
                10,
                "09:10",
                "collega.wijkteam.deventer@rokportaal.example",
                {"kind": "appointment_planned", "days_ahead": 3},
            ),
            # A joint meeting the midwife has not answered yet.
            (
                "propose_meeting",
                2,
                "14:10",
                "wijkteam.deventer@rokportaal.example",
                {
                    "side": "recipient",
                    "days_ahead": 6,
                    "time": "10:30",
                    "place": "Wijkcentrum De Hoven, spreekkamer 3",
                    "body": "Zullen we samen met mevrouw kennismaken? Dan hoeft ze haar verhaal "
                    "maar één keer te doen.",
                },
            ),
        ],
    },
    {
        # draft: still with the midwife, not yet seen by the maternity care organisation
        "client": "merel",
        "consent": "merel-kraamzorg",
        "recipient": "naviva-kraamzorg",
        "intervention": "naviva-kraamzorg-steun-op-maat",
        "contact_person": "fleur.hendriks@naviva.example",
        "reason": (
            "Eerste kind, weinig netwerk in de buurt en zorgen over de eerste weken na de "
            "bevalling. Graag extra kraamzorguren en een intakehuisbezoek rond 34 weken."
        ),
        "themes": ["hechting", "sociaal-netwerk"],
        "contact_method": "phone",
        "best_times": "Doordeweeks na 13.00 uur",
        "steps": [("create", 1, "11:10", None, {})],
    },
    {
        # sent, urgent: the wijkteam Deventer finds a young woman late in pregnancy without a
        # midwife; the midwife (demo account) sees it at the top of her inbox
        "client": "jasmijn",
        "consent": "jasmijn-wieg",
        "recipient": "verloskundigenpraktijk-de-wieg",
        "intervention": "de-wieg-verloskundige-zorg",
        "contact_person": "sanne.bosman@dewiegdeventer.example",
        "reason": (
            "Mevrouw (19) is ongeveer 29 weken zwanger en heeft nog geen verloskundige gehad. Ze "
            "is onlangs naar Deventer verhuisd. Geen klachten, maar er is nog geen controle of "
            "echo geweest."
        ),
        "themes": ["medisch-risico", "tienerouders"],
        "urgency": "urgent",
        "contact_method": "text_message",
        "best_times": "Liefst eerst een sms; bellen kan na 16.00 uur",
        "interpreter_needed": True,  # the midwife sees "tolk nodig (Turks)"
        "steps": [
            ("create", 1, "16:00", None, {}),
            ("send", 1, "16:05", None, {}),
        ],
    },
    {
        # sent, resting on a corrected consent; waiting longer than the answer period
        "client": "jasmijn",
        "consent": "jasmijn-voorzorg",
        "recipient": "ggd-ijsselland-jgz",
        "intervention": "jgz-ijsselland-voorzorg",
        "contact_person": "nicole.prins@ggdijsselland.example",
        "reason": (
            "Jonge moeder in verwachting van haar eerste kind, met weinig steun uit haar "
            "omgeving. Mevrouw staat open voor huisbezoeken tijdens en na de zwangerschap."
        ),
        "themes": ["tienerouders", "hechting", "sociaal-netwerk"],
        "contact_method": "phone",
        "best_times": "Na 16.00 uur",
        "steps": [
            ("create", 5, "09:40", None, {}),
            ("send", 5, "09:45", None, {}),
        ],
    },
    {
        # closed with feedback: midwife Rotterdam → CJG (both demo accounts)
        "client": "noor",
        "consent": "noor-cjg",
        "recipient": "cjg-rijnmond",
        "intervention": "cjg-prenataal-huisbezoek",
        "contact_person": "naima.bouzian@cjgrijnmond.example",
        "reason": (
            "Mevrouw is 32 weken zwanger van haar eerste kind en voelt zich onzeker over de zorg "
            "voor een baby. Haar moeder woont ver weg. Graag een prenataal huisbezoek."
        ),
        "themes": ["hechting", "opvoedondersteuning"],
        "contact_method": "phone",
        "best_times": "Ochtenden",
        "steps": [
            ("create", 60, "10:10", None, {}),
            ("send", 60, "10:15", None, {}),
            ("accept", 59, "08:50", "jgz.rotterdam@rokportaal.example", {}),
            (
                "close",
                20,
                "14:30",
                "jgz.rotterdam@rokportaal.example",
                {
                    "outcome": "got_help",
                    "feedback": (
                        "Prenataal huisbezoek gedaan met 34 weken. Na de geboorte heeft het "
                        "consultatiebureau het contact overgenomen; mevrouw komt goed op de "
                        "afspraken. Dank voor de verwijzing!"
                    ),
                },
            ),
        ],
    },
    {
        # declined with a suggested alternative (both demo accounts), then re-routed (below)
        "key": "noor-declined",
        "client": "noor",
        "consent": "noor-wijkteam",
        "recipient": "wijkteam-rotterdam",
        "intervention": "moeders-van-rotterdam",
        "contact_person": "shanti.ramdin@wijkteam.rotterdam.example",
        "reason": (
            "Na de bevalling komt mevrouw financieel niet rond: er liggen onbetaalde rekeningen "
            "en ze slaapt slecht van de zorgen. Ze vraagt om één vaste hulpverlener."
        ),
        "themes": ["geld", "psychische-gezondheid"],
        "contact_method": "phone",
        "best_times": "Ochtenden, als de baby slaapt",
        "steps": [
            ("create", 9, "14:00", None, {}),
            ("send", 9, "14:05", None, {}),
            (
                "decline",
                7,
                "11:20",
                "wijkteam.rotterdam@rokportaal.example",
                {
                    "reason": (
                        "Moeders van Rotterdam is er voor moeders bij wie veel tegelijk speelt. "
                        "De vraag gaat vooral over schulden; de Kredietbank kan mevrouw sneller "
                        "helpen. Bel gerust als er toch meer speelt."
                    ),
                    "suggested_organisation": "kredietbank-rotterdam",
                },
            ),
        ],
    },
    {
        # the declined referral re-routed to the suggested Kredietbank: the same family, the
        # reason taken over, a new consent for the new recipient
        "client": "noor",
        "consent": "noor-kredietbank",
        "rerouted_from": "noor-declined",
        "recipient": "kredietbank-rotterdam",
        "intervention": "kredietbank-rotterdam-schuldhulp",
        "contact_person": "monique.groen@kredietbankrotterdam.example",
        "reason": (
            "Na de bevalling komt mevrouw financieel niet rond: er liggen onbetaalde rekeningen "
            "en ze slaapt slecht van de zorgen. Ze vraagt om één vaste hulpverlener."
        ),
        "themes": ["geld"],
        "contact_method": "phone",
        "best_times": "Ochtenden, als de baby slaapt",
        "steps": [
            ("create", 6, "09:30", None, {}),
            ("send", 6, "09:35", None, {}),
        ],
    },
    {
        # accepted: JGZ → wijkteam Rotterdam (both demo accounts); parent prefers English
        "client": "yara",
        "consent": "yara-wijkteam",
        "recipient": "wijkteam-rotterdam",
        "intervention": "wijkteam-rotterdam-gezinsondersteuning",
        "contact_person": "daan.verhoef@wijkteam.rotterdam.example",
        "reason": (
            "Moeder van een baby van vier maanden; ze spreekt vooral Engels. Ze woont met de "
            "baby in een kleine kamer en kent weinig mensen. Ze zoekt hulp bij passende "
            "woonruimte en contact met andere ouders."
        ),
        "themes": ["wonen", "sociaal-netwerk", "taal-en-cultuur"],
        "contact_method": "phone",
        "best_times": "Tussen 9.00 en 12.00 uur; in het Engels",
        "steps": [
            ("create", 8, "10:00", None, {}),
            ("send", 8, "10:05", None, {}),
            ("accept", 6, "13:30", "wijkteam.rotterdam@rokportaal.example", {}),
            (
                "assign",
                6,
                "13:31",
                "wijkteam.rotterdam@rokportaal.example",
                {"to": "wijkteam.rotterdam@rokportaal.example"},
            ),
            # Not reached twice (could not reach may be reported again), then help started.
            (
                "progress",
                5,
                "10:00",
                "wijkteam.rotterdam@rokportaal.example",
                {"kind": "not_reached"},
            ),
            (
                "progress",
                4,
                "16:45",
                "wijkteam.rotterdam@rokportaal.example",
                {"kind": "not_reached"},
            ),
            (
                "progress",
                3,
                "09:20",
                "wijkteam.rotterdam@rokportaal.example",
                {"kind": "contacted"},
            ),
            (
                "progress",
                2,
                "14:00",
                "wijkteam.rotterdam@rokportaal.example",
                {"kind": "help_started"},
            ),
            # A joint meeting the sender accepted (in English, at the parent's wish).
            (
                "propose_meeting",
                5,
                "11:00",
                "wijkteam.rotterdam@rokportaal.example",
                {
                    "side": "recipient",
                    "days_ahead": 3,
                    "time": "09:30",
                    "place": "CJG Rijnmond, locatie Feijenoord",
                    "body": "Kunnen we haar samen spreken? Ik regel een tolk Engels als dat helpt.",
                },
            ),
            ("accept_meeting", 4, "08:45", None, {}),
        ],
    },
    {
        # withdrawn by the sender
        "client": "yara",
        "consent": "yara-kredietbank",
        "recipient": "kredietbank-rotterdam",
        "intervention": "kredietbank-rotterdam-budgetcoaching",
        "contact_person": "yusuf.aydin@kredietbankrotterdam.example",
        "reason": (
            "Mevrouw wil leren rondkomen van haar inkomen nu de baby er is. Kleine "
            "betalingsachterstand bij de energieleverancier."
        ),
        "themes": ["geld"],
        "contact_method": "email",
        "best_times": "",
        "steps": [
            ("create", 8, "10:10", None, {}),
            ("send", 8, "10:15", None, {}),
            (
                "withdraw",
                4,
                "15:00",
                None,
                {"reason": "Mevrouw heeft zich inmiddels zelf aangemeld bij de Kredietbank."},
            ),
        ],
    },
    {
        # withdrawn because the parent withdrew her consent (wijkteam → midwife Rotterdam)
        "client": "lina",
        "consent": "lina-zuiderkroon",
        "recipient": "verloskundigen-zuiderkroon",
        "intervention": "zuiderkroon-centering-zwangerschap",
        "contact_person": "noor.vermaat@zuiderkroon.example",
        "reason": (
            "Mevrouw is ongeveer 17 weken zwanger van haar eerste kind en voelt zich alleen. "
            "Ze wil graag andere zwangere vrouwen in de wijk ontmoeten."
        ),
        "themes": ["sociaal-netwerk"],
        "contact_method": "phone",
        "best_times": "Na 11.00 uur",
        "steps": [
            ("create", 6, "11:40", None, {}),
            ("send", 6, "11:45", None, {}),
            (
                "withdraw_consent",
                0,
                "",
                None,
                {
                    "channel": "phone",
                    "reason": "Mevrouw blijft liever bij haar eigen verloskundige.",
                },
            ),
        ],
    },
    {
        # sent by the buurtteam for a 15-year-old; waiting longer than the answer period
        "client": "roos",
        "consent": "roos-voorzorg",
        "recipient": "ggd-zuid-limburg",
        "intervention": "ggd-zl-voorzorg",
        "contact_person": "nathalie.bemelmans@ggdzl.example",
        "reason": (
            "Mevrouw is 15 jaar en ongeveer 18 weken zwanger. Ze woont bij haar voogd, die haar "
            "steunt. School en verloskundige weten ervan. Graag VoorZorg voor begeleiding tijdens "
            "de zwangerschap en daarna."
        ),
        "themes": ["tienerouders", "hechting", "opvoedondersteuning"],
        "contact_method": "via_referrer",
        "best_times": "Na schooltijd, vanaf 15.30 uur",
        "steps": [
            ("create", 9, "16:00", None, {}),
            ("send", 9, "16:10", None, {}),
        ],
    },
    {
        # sent: GP Kerkrade → perinatal mental health care
        "client": "sterre",
        "consent": "sterre-mondriaan",
        "recipient": "mondriaan",
        "intervention": "mondriaan-perinatale-ggz",
        "contact_person": "evelien.sijben@mondriaan.example",
        "reason": (
            "Tien weken na de bevalling somber, slaapt slecht en vindt het moeilijk om van haar "
            "baby te genieten. Verhoogde EPDS-score, geen acuut gevaar. Graag beoordeling."
        ),
        "themes": ["psychische-gezondheid", "hechting"],
        "urgency": "soon",
        "contact_method": "phone",
        "best_times": "Doordeweeks tussen 10.00 en 15.00 uur",
        "steps": [
            ("create", 2, "11:00", None, {}),
            ("send", 2, "11:05", None, {}),
        ],
    },
    {
        # sent on the meldcode basis, without consent: GP → Veilig Thuis
        "client": "sterre",
        "consent": None,
        "legal_basis": "meldcode",
        "basis_justification": (
            "Stap 5 van de meldcode: na overleg met een collega en een adviesgesprek met Veilig "
            "Thuis is melden nodig om moeder en baby te beschermen. Mevrouw weet van de melding. "
            "Om haar veiligheid niet in gevaar te brengen is geen toestemming gevraagd aan het "
            "gezin."
        ),
        "recipient": "veilig-thuis-zuid-limburg",
        "intervention": "veilig-thuis-zl-advies",
        "contact_person": "frank.dohmen@veiligthuis-zl.example",
        "reason": (
            "Bij twee consulten blauwe plekken op de armen. Mevrouw vertelt over hevige ruzies "
            "thuis waarbij de baby aanwezig is. De veiligheid van moeder en baby is niet "
            "voldoende gewaarborgd."
        ),
        "themes": ["huiselijk-geweld"],
        "urgency": "soon",
        "contact_method": "via_referrer",
        "best_times": "Alleen via de huisarts: niet naar huis bellen",
        "steps": [
            ("create", 1, "12:15", None, {}),
            ("send", 1, "12:30", None, {}),
        ],
    },
]
