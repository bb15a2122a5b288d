"""Demo content for `manage.py load_demo`: a realistic, partly fictional sociale kaart.

Plain data only; `organisations/management/commands/load_demo.py` loads it. Organisation names
come from public sources (the ROK Deventer, Samen Groeien 010 and Kansrijke Start Zuid-Limburg
projects) or are invented. Every contact person, user, phone number, e-mail address, KvK number
and AGB code is fictional: phone numbers use subscriber numbers starting with 1, which are not
handed out in the Netherlands, and e-mail addresses use the reserved `.example` domain.

Dates are relative: `verified_days_ago`, `capacity_days_ago` and `away_for_days` count from the
day the command runs, so the demo keeps showing fresh and stale entries; None means never (checked
or updated). The demo has entries in every state the maintenance dashboard (/beheer/) lists.
"""

from __future__ import annotations

from typing import Any

Record = dict[str, Any]

# --- Shorthands for life phases and care phases ---

PREGNANCY = ["zwangerschap-1e-trimester", "zwangerschap-2e-trimester", "zwangerschap-3e-trimester"]
LATE_PREGNANCY = ["zwangerschap-2e-trimester", "zwangerschap-3e-trimester"]
AFTER_BIRTH = ["kraamperiode", "0-1-jaar", "1-2-jaar"]
FIRST_1000_DAYS = ["kinderwens", *PREGNANCY, *AFTER_BIRTH]
ALL_CARE_PHASES = ["signaleren", "verkennen", "steun-op-maat"]

DEVENTER_REGION = ["deventer", "olst-wijhe"]
ROTTERDAM_REGION = ["rotterdam", "capelle-aan-den-ijssel"]
ZUID_LIMBURG = ["kerkrade", "landgraaf", "vaals", "heerlen"]
KANSRIJKE_START_PILOTS = ["kerkrade", "landgraaf", "vaals"]
EVERYWHERE = [*DEVENTER_REGION, *ROTTERDAM_REGION, *ZUID_LIMBURG]

# --- Taxonomies: (slug, name, name_en, plain_name, search_terms) in display order ---

LIFE_PHASES: list[tuple[str, str, str, str, str]] = [
    (
        "kinderwens",
        "Kinderwens",
        "Wish for a child",
        "Ik wil graag een kind",
        "kinderwens, zwanger worden, zwanger willen worden, preconceptie, preconceptiezorg, "
        "vruchtbaarheid, gezinsplanning, anticonceptie, foliumzuur",
    ),
    (
        "zwangerschap-1e-trimester",
        "Zwangerschap, 1e trimester",
        "Pregnancy, first trimester",
        "Ik ben net zwanger (tot 13 weken)",
        "zwanger, zwangere, zwangerschap, in verwachting, vroege zwangerschap, eerste trimester, "
        "prenataal, termijnecho, baby op komst, positieve test, misselijk",
    ),
    (
        "zwangerschap-2e-trimester",
        "Zwangerschap, 2e trimester",
        "Pregnancy, second trimester",
        "Ik ben 13 tot 27 weken zwanger",
        "zwanger, zwangere, zwangerschap, in verwachting, tweede trimester, prenataal, "
        "twintigwekenecho, buik groeit, baby voelen bewegen",
    ),
    (
        "zwangerschap-3e-trimester",
        "Zwangerschap, 3e trimester",
        "Pregnancy, third trimester",
        "Ik ben meer dan 27 weken zwanger",
        "zwanger, zwangere, zwangerschap, in verwachting, derde trimester, prenataal, bevalling, "
        "bevallen, uitgerekende datum, zwangerschapsverlof, geboorteplan, laatste weken",
    ),
    (
        "kraamperiode",
        "Kraamperiode",
        "Maternity period",
        "Mijn baby is net geboren",
        "kraamtijd, kraambed, kraamweek, kraamzorg, kraamverzorgende, net bevallen, bevalling, "
        "pasgeborene, pasgeboren baby, postpartum, postnataal, na de bevalling",
    ),
    (
        "0-1-jaar",
        "0–1 jaar",
        "Baby (0–1 year)",
        "Ik heb een baby (tot 1 jaar)",
        "baby, zuigeling, eerste levensjaar, consultatiebureau, borstvoeding, flesvoeding, "
        "slapen, huilen, huilbaby, vaccinaties, inentingen",
    ),
    (
        "1-2-jaar",
        "1–2 jaar",
        "Toddler (1–2 years)",
        "Mijn kind is 1 of 2 jaar",
        "dreumes, peuter, tweede levensjaar, eerste stapjes, lopen, praten, taalontwikkeling, "
        "peuteropvang, peuterspeelzaal, driftbuien",
    ),
]

CARE_PHASES: list[tuple[str, str, str, str, str]] = [
    (
        "signaleren",
        "Signaleren",
        "Noticing risks",
        "Iemand kijkt met mij mee of alles goed gaat",
        "signalering, vroegsignalering, screening, risico-inschatting, risicoscreening, zorgen, "
        "niet-pluisgevoel, opsporen, in beeld brengen",
    ),
    (
        "verkennen",
        "Verkennen",
        "Exploring the need",
        "Samen uitzoeken welke hulp ik nodig heb",
        "verkenning, intake, vraagverheldering, hulpvraag, kennismaking, kennismakingsgesprek, "
        "inventarisatie, casusoverleg, rondetafeloverleg",
    ),
    (
        "steun-op-maat",
        "Steun op maat",
        "Tailored support",
        "Hulp die bij mij past",
        "ondersteuning, begeleiding, behandeling, hulp, zorg op maat, traject, hulpverlening, "
        "coaching, therapie",
    ),
]

THEMES: list[tuple[str, str, str, str, str]] = [
    (
        "hechting",
        "Hechting en ouder-kindrelatie",
        "Attachment and parent–child relationship",
        "Ik wil een goede band met mijn baby",
        "hechting, band, binding, bonding, ouder-kindrelatie, ouder-kind relatie, "
        "ouder-kindinteractie, contact met baby, sensitiviteit, responsiviteit, mentaliseren, "
        "babysignalen, veilige hechting",
    ),
    (
        "psychische-gezondheid",
        "Psychische gezondheid",
        "Mental health",
        "Ik voel me somber, angstig of gespannen",
        "psychisch, psychische klachten, depressie, depressief, somber, angst, angstig, "
        "postnatale depressie, postpartum depressie, stress, spanning, piekeren, burn-out, "
        "psychose, trauma, ptss, bipolair, ggz, psychiatrie, eenzaam, niet lekker in mijn vel",
    ),
    (
        "verslaving",
        "Verslaving",
        "Addiction and substance use",
        "Ik gebruik alcohol, drugs of rook en wil stoppen",
        "verslaafd, verslaving, alcohol, drinken, drank, drugs, middelengebruik, middelen, "
        "blowen, cannabis, wiet, hasj, roken, sigaretten, nicotine, vapen, cocaïne, speed, "
        "harddrugs, gokken, stoppen met roken, rookvrij",
    ),
    (
        "lvb",
        "Licht verstandelijke beperking",
        "Mild intellectual disability",
        "Dingen begrijpen of onthouden is moeilijk voor mij",
        "lvb, licht verstandelijk beperkt, verstandelijke beperking, zwakbegaafd, "
        "zwakbegaafdheid, cognitieve beperking, moeite met begrijpen, moeite met lezen, "
        "laaggeletterd, makkelijk lezen, beperking",
    ),
    (
        "geld",
        "Geld en schulden",
        "Money and debt",
        "Ik maak me zorgen over geld",
        "geld, geldzorgen, schulden, schuld, armoede, budget, rekeningen, "
        "betalingsachterstand, huurachterstand, toeslagen, kinderbijslag, uitkering, inkomen, "
        "kredietbank, schuldhulp, schuldhulpverlening, budgetcoaching, budgetbeheer, minima, "
        "voedselbank",
    ),
    (
        "wonen",
        "Wonen",
        "Housing",
        "Ik heb geen goede of vaste woonplek",
        "wonen, woning, huis, huisvesting, dakloos, thuisloos, uitzetting, huisuitzetting, "
        "woonruimte, urgentie, opvang, beschermd wonen, begeleid wonen, slapen bij vrienden, "
        "te klein huis, schimmel",
    ),
    (
        "huiselijk-geweld",
        "Huiselijk geweld en veiligheid",
        "Domestic violence and safety",
        "Ik voel me thuis niet veilig",
        "huiselijk geweld, geweld, mishandeling, kindermishandeling, partnergeweld, onveilig, "
        "onveiligheid, bedreiging, dreiging, meldcode, veilig thuis, vrouwenopvang, "
        "blijf-van-m'n-lijfhuis, eergerelateerd geweld, loverboy, seksueel geweld",
    ),
    (
        "onbedoelde-zwangerschap",
        "Onbedoelde zwangerschap",
        "Unintended pregnancy",
        "Ik ben zwanger en dat was niet gepland",
        "onbedoeld zwanger, ongepland zwanger, ongewenst zwanger, onverwacht zwanger, "
        "onbedoelde zwangerschap, twijfel, keuzehulp, abortus, zwangerschapsafbreking, "
        "afstand doen, adoptie, pleegzorg, anticonceptie, pil, spiraal",
    ),
    (
        "tienerouders",
        "Tienerouders en jonge ouders",
        "Teenage and young parents",
        "Ik ben jong en word ouder",
        "tienermoeder, tienervader, tienerouder, tienerzwangerschap, jonge moeder, jonge vader, "
        "jonge ouders, jong ouderschap, school, opleiding, studie, jongeren",
    ),
    (
        "taal-en-cultuur",
        "Taal en cultuur",
        "Language and culture",
        "Ik spreek niet goed Nederlands",
        "taal, taalbarrière, tolk, tolkentelefoon, anderstalig, nieuwkomer, statushouder, "
        "vluchteling, migrant, cultuur, inburgering, Nederlands leren, laaggeletterdheid",
    ),
    (
        "opvoedondersteuning",
        "Opvoedondersteuning",
        "Parenting support",
        "Ik heb vragen over opvoeden",
        "opvoeden, opvoeding, opvoedvragen, opvoedadvies, opvoedcursus, ouderschap, "
        "ouderschapsondersteuning, gedrag, huilen, slapen, grenzen stellen, driftbuien, "
        "ontwikkeling, spelen",
    ),
    (
        "medisch-risico",
        "Medisch risico",
        "Medical risk",
        "Er is een medische zorg over mij of mijn baby",
        "medisch, medisch risico, ziekte, chronische ziekte, complicaties, vroeggeboorte, "
        "te vroeg geboren, prematuur, laag geboortegewicht, diabetes, zwangerschapsdiabetes, "
        "hoge bloeddruk, medicatie, medicijnen, erfelijkheid, ziekenhuis, tweedelijns",
    ),
    (
        "sociaal-netwerk",
        "Sociaal netwerk",
        "Social network",
        "Ik sta er alleen voor of wil andere ouders ontmoeten",
        "eenzaam, eenzaamheid, alleen, alleenstaand, alleenstaande moeder, netwerk, steun, "
        "familie, vrienden, buren, andere ouders ontmoeten, maatje, buddy, vrijwilliger, "
        "isolement",
    ),
    (
        "voeding-en-borstvoeding",
        "Voeding en borstvoeding",
        "Nutrition and breastfeeding",
        "Ik heb vragen over borstvoeding of eten",
        "borstvoeding, flesvoeding, kunstvoeding, kolven, voeding, voeden, eten, gezond eten, "
        "babyvoeding, lactatiekundige, foliumzuur, vitamine d, overgewicht",
    ),
    (
        "bewegen-en-leefstijl",
        "Gezonde leefstijl",
        "Healthy lifestyle",
        "Ik wil gezond leven voor mij en mijn baby",
        "leefstijl, gezond leven, bewegen, sport, gewicht, overgewicht, slaap, ontspanning, "
        "rookvrij, alcoholvrij, gezonde zwangerschap, preconceptie",
    ),
]

DELIVERY_FORMATS: list[tuple[str, str, str, str, str]] = [
    (
        "individueel",
        "Individueel",
        "Individual",
        "Alleen ik (of wij samen) met een hulpverlener",
        "individueel, persoonlijk, één op één, een-op-een, afspraak, gesprek, spreekuur op "
        "afspraak",
    ),
    (
        "groep",
        "Groep",
        "Group",
        "Samen met andere ouders",
        "groep, groepsbijeenkomst, groepsbijeenkomsten, groepszorg, cursus, training, "
        "bijeenkomst, lotgenoten, andere ouders, oudergroep",
    ),
    (
        "inloop",
        "Inloop",
        "Walk-in",
        "Ik kan zonder afspraak binnenlopen",
        "inloop, inloopspreekuur, vrije inloop, zonder afspraak, binnenlopen, binnenwandelen, "
        "open spreekuur",
    ),
    (
        "huisbezoek",
        "Huisbezoek",
        "Home visit",
        "Iemand komt bij mij thuis",
        "huisbezoek, huisbezoeken, aan huis, bij u thuis, thuisbezoek, thuis, outreachend",
    ),
    (
        "online",
        "Online en telefonisch",
        "Online and by phone",
        "Via telefoon, chat of video",
        "online, internet, chat, chatten, videobellen, beeldbellen, telefonisch, telefoon, "
        "app, website, e-health, digitaal",
    ),
]

# Slug = ISO 639-1 code (Papiamento has only a three-letter ISO 639-2/3 code, pap).
LANGUAGES: list[tuple[str, str, str, str, str]] = [
    ("nl", "Nederlands", "Dutch", "Nederlands", "Nederlands, Dutch"),
    ("en", "Engels", "English", "English", "Engels, English, Engelstalig"),
    ("ar", "Arabisch", "Arabic", "العربية", "Arabisch, Arabic, Marokkaans-Arabisch, Darija"),
    ("tr", "Turks", "Turkish", "Türkçe", "Turks, Turkish, Türkçe"),
    ("pl", "Pools", "Polish", "Polski", "Pools, Polish, Polski"),
    ("so", "Somalisch", "Somali", "Soomaali", "Somalisch, Somali, Soomaali"),
    ("ti", "Tigrinya", "Tigrinya", "ትግርኛ", "Tigrinya, Tigrinja, Eritrees"),
    ("uk", "Oekraïens", "Ukrainian", "Українська", "Oekraïens, Ukrainian"),
    ("es", "Spaans", "Spanish", "Español", "Spaans, Spanish, Español"),
    ("pap", "Papiaments", "Papiamento", "Papiamentu", "Papiaments, Papiamento, Papiamentu"),
]

# --- Municipalities: (cbs_code, name, slug) ---

MUNICIPALITIES: list[tuple[str, str, str]] = [
    ("GM0150", "Deventer", "deventer"),
    ("GM1773", "Olst-Wijhe", "olst-wijhe"),
    ("GM0599", "Rotterdam", "rotterdam"),
    ("GM0502", "Capelle aan den IJssel", "capelle-aan-den-ijssel"),
    ("GM0928", "Kerkrade", "kerkrade"),
    ("GM0882", "Landgraaf", "landgraaf"),
    ("GM0981", "Vaals", "vaals"),
    ("GM0917", "Heerlen", "heerlen"),
]

# --- Organisations with their locations ---

OFFICE_HOURS = "Maandag t/m vrijdag 8.30–17.00 uur"
STEP_FREE = "Rolstoeltoegankelijk en gelijkvloers; invalidenparkeerplaats bij de ingang."
WITH_LIFT = "Rolstoeltoegankelijk; lift aanwezig; kinderwagen kan mee naar binnen."
HOSPITAL_ACCESS = (
    "Rolstoeltoegankelijk; rolstoelen te leen bij de hoofdingang; parkeergarage met "
    "invalidenplaatsen; bushalte voor de deur."
)

ORGANISATIONS: list[Record] = [
    # ---------------------------------------------------------------- Deventer and Olst-Wijhe
    {
        "slug": "naviva-kraamzorg",
        "name": "Naviva Kraamzorg",
        "domain": "medical",
        "kind": "maternity_care",
        "description": (
            "Naviva Kraamzorg verzorgt kraamzorg in Oost-Nederland, ook in Deventer en "
            "Olst-Wijhe. De kraamverzorgende komt al tijdens de zwangerschap op intakebezoek en "
            "let in de kraamweek op moeder, baby en de band tussen hen. Voor gezinnen in een "
            "kwetsbare situatie is er kraamzorg steun-op-maat met extra uren."
        ),
        "website": "https://www.naviva.nl/",
        "email_domain": "naviva.example",
        "phone": "0570 12 30 01",
        "kvk_number": "90150001",
        "agb_code": "33150001",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 12,
        "locations": [
            {
                "name": "Naviva Kraamzorg, regiokantoor Deventer",
                "address": "Hanzeweg 12",
                "postcode": "7418 AW",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2603,
                "lon": 6.1862,
                "opening_hours": "Kantoor: maandag t/m vrijdag 8.30–17.00 uur; "
                "kraamzorg 7 dagen per week bereikbaar",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "deventer-ziekenhuis",
        "name": "Deventer Ziekenhuis (POPP-poli)",
        "domain": "medical",
        "kind": "hospital",
        "description": (
            "Het Deventer Ziekenhuis biedt tweedelijns geboortezorg voor de regio Deventer. Op de "
            "POPP-poli werken gynaecoloog, psychiater, kinderarts en psycholoog samen rond "
            "zwangeren met psychische klachten of medicijngebruik. Medisch maatschappelijk werk "
            "helpt bij zorgen over geld, wonen of veiligheid."
        ),
        "website": "https://www.dz.nl/",
        "email_domain": "deventerziekenhuis.example",
        "phone": "0570 12 30 02",
        "kvk_number": "90150002",
        "agb_code": "06150002",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 35,
        "locations": [
            {
                "name": "Deventer Ziekenhuis",
                "address": "Nico Bolkesteinlaan 75",
                "postcode": "7416 SE",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2444,
                "lon": 6.1963,
                "opening_hours": "Poliklinieken maandag t/m vrijdag 8.00–17.00 uur",
                "accessibility": HOSPITAL_ACCESS,
            }
        ],
    },
    {
        "slug": "dimence-deventer",
        "name": "Dimence",
        "domain": "medical",
        "kind": "adult_mental_health",
        "description": (
            "Dimence biedt specialistische geestelijke gezondheidszorg in Salland. Het team "
            "perinatale psychiatrie behandelt (aanstaande) moeders met ernstige psychische "
            "klachten en heeft daarbij aandacht voor de baby en de ouder-kindrelatie. Dimence "
            "is penvoerder van het ROK-project Relatie Ouder Kind Deventer."
        ),
        "website": "https://www.dimence.nl/",
        "email_domain": "dimence.example",
        "phone": "0570 12 30 03",
        "kvk_number": "90150003",
        "agb_code": "22150003",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 60,
        "locations": [
            {
                "name": "Dimence Deventer",
                "address": "Brinkgreverweg 69",
                "postcode": "7413 ZB",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2578,
                "lon": 6.1981,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "kidz-team-deventer",
        "name": "Kinder- en jeugd-GGZ Deventer (Kidz-team)",
        "domain": "medical",
        "kind": "youth_mental_health",
        "description": (
            "Het Kidz-team is de jeugd-GGZ voor kinderen van 0 tot 12 jaar in Deventer. Het "
            "team infant mental health helpt ouders van baby's en peuters bij huil-, slaap- en "
            "voedingsproblemen en als het contact tussen ouder en kind moeizaam loopt. "
            "Verwijzing via huisarts, jeugdarts of het Voor Elkaar team."
        ),
        "website": "https://www.kidzteam.example/",
        "email_domain": "kidzteam.example",
        "phone": "0570 12 30 04",
        "kvk_number": "90150004",
        "agb_code": "22150004",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 420,
        "locations": [
            {
                "name": "Kidz-team Deventer",
                "address": "Zwolseweg 150",
                "postcode": "7412 AT",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2641,
                "lon": 6.1605,
                "opening_hours": OFFICE_HOURS,
                "accessibility": STEP_FREE + " Speelhoek en verschoontafel in de wachtruimte.",
            }
        ],
    },
    {
        "slug": "impluz",
        "name": "Impluz",
        "domain": "both",
        "kind": "intellectual_disability",
        "description": (
            "Impluz biedt specialistische zorg aan mensen met een licht verstandelijke beperking "
            "(LVB) en psychische problemen. Voor (aanstaande) ouders met een LVB is er "
            "ouderschapsbegeleiding met beeldmateriaal en eenvoudige taal. Impluz adviseert "
            "professionals in het ROK-netwerk Deventer over hechting en kwetsbaar ouderschap."
        ),
        "website": "https://www.impluz.nl/",
        "email_domain": "impluz.example",
        "phone": "0570 12 30 05",
        "kvk_number": "90150005",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 20,
        "locations": [
            {
                "name": "Impluz Deventer",
                "address": "Rielerweg 40",
                "postcode": "7416 ZH",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2512,
                "lon": 6.1887,
                "opening_hours": OFFICE_HOURS,
                "accessibility": STEP_FREE + " Bewegwijzering met pictogrammen.",
            }
        ],
    },
    {
        "slug": "voor-elkaar-team-deventer",
        "name": "Voor Elkaar team Deventer (sociaal wijkteam)",
        "domain": "social",
        "kind": "neighbourhood_team",
        "description": (
            "De Voor Elkaar teams zijn de sociale wijkteams van de gemeente Deventer. "
            "Inwoners kunnen er terecht met vragen over geld, wonen, opvoeden, relaties en zorg. "
            "Het team zet zelf ondersteuning in of regelt een beschikking voor jeugdhulp of Wmo. "
            "Samen met de JGZ en verloskundigen organiseert het team de zwangerschapsinloop."
        ),
        "website": "https://www.voorelkaardeventer.example/",
        "email_domain": "voorelkaardeventer.example",
        "phone": "0570 12 30 06",
        "municipalities": ["deventer"],
        "verified_days_ago": 8,
        "locations": [
            {
                "name": "Voor Elkaar team Voorstad",
                "address": "Snipperlingsdijk 4",
                "postcode": "7417 BJ",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2563,
                "lon": 6.1772,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Dinsdag 9.30–11.30 uur: zwangerschapsinloop 'Zwanger & Zo'; "
                "donderdag 13.30–15.30 uur: vrije inloop",
                "accessibility": STEP_FREE + " Ruimte voor kinderwagens; borstvoedingsruimte.",
            },
            {
                "name": "Voor Elkaar team Colmschate",
                "address": "Oxerhof 2",
                "postcode": "7422 AA",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2471,
                "lon": 6.2196,
                "opening_hours": "Maandag, woensdag en vrijdag 9.00–17.00 uur",
                "walk_in_hours": "Woensdag 9.00–12.00 uur",
                "accessibility": WITH_LIFT,
            },
        ],
    },
    {
        "slug": "ggd-ijsselland-jgz",
        "name": "GGD IJsselland Jeugdgezondheidszorg",
        "domain": "both",
        "kind": "youth_health",
        "description": (
            "De jeugdgezondheidszorg (JGZ) van GGD IJsselland volgt de groei en ontwikkeling "
            "van alle kinderen vanaf de geboorte, op het consultatiebureau en thuis. "
            "Jeugdverpleegkundigen leggen prenatale huisbezoeken af en bieden VoorZorg en "
            "Stevig Ouderschap aan gezinnen die extra steun kunnen gebruiken."
        ),
        "website": "https://www.ggdijsselland.nl/",
        "email_domain": "ggdijsselland.example",
        "phone": "0570 12 30 07",
        "kvk_number": "90150007",
        "agb_code": "33150007",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 25,
        "locations": [
            {
                "name": "Consultatiebureau Deventer-Centrum",
                "address": "Pikeursbaan 3",
                "postcode": "7411 GT",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2538,
                "lon": 6.1657,
                "opening_hours": "Maandag t/m vrijdag 8.30–16.30 uur, op afspraak",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Consultatiebureau Colmschate",
                "address": "Colmschaterstraat 35",
                "postcode": "7423 AA",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2466,
                "lon": 6.2260,
                "opening_hours": "Dinsdag t/m donderdag 8.30–16.30 uur, op afspraak",
                "walk_in_hours": "Donderdag 13.30–15.00 uur: borstvoedings- en weeginloop",
                "accessibility": STEP_FREE,
            },
            {
                "name": "Consultatiebureau Olst",
                "address": "Eikelhofweg 1",
                "postcode": "8121 BX",
                "city": "Olst",
                "municipality": "olst-wijhe",
                "lat": 52.3371,
                "lon": 6.1094,
                "opening_hours": "Maandag en woensdag 8.30–12.30 uur, op afspraak",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "verloskundigenpraktijk-de-wieg",
        "name": "Verloskundigenpraktijk De Wieg Deventer",
        "domain": "medical",
        "kind": "midwifery",
        "description": (
            "Verloskundigenpraktijk De Wieg begeleidt zwangeren in Deventer-Centrum en -Noord "
            "tijdens de zwangerschap, de bevalling en de kraamtijd. De praktijk biedt Centering "
            "Zwangerschap, een kinderwensspreekuur en hulp bij stoppen met roken. Ze neemt "
            "deel aan het ROK-netwerk en de casustafel Kansrijke Start."
        ),
        "website": "https://www.dewiegdeventer.example/",
        "email_domain": "dewiegdeventer.example",
        "phone": "0570 12 30 08",
        "kvk_number": "90150008",
        "agb_code": "03150008",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 5,
        "locations": [
            {
                "name": "Verloskundigenpraktijk De Wieg",
                "address": "Keizerstraat 40",
                "postcode": "7411 HG",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2529,
                "lon": 6.1604,
                "opening_hours": "Spreekuur maandag t/m vrijdag 8.30–16.30 uur; "
                "voor spoed 24 uur per dag bereikbaar",
                "accessibility": "Praktijk op de begane grond; drempel bij de voordeur "
                "(hulp op aanvraag).",
            }
        ],
    },
    {
        "slug": "verloskundigen-colmschate",
        "name": "Verloskundigenpraktijk Colmschate",
        "domain": "medical",
        "kind": "midwifery",
        "description": (
            "Verloskundigenpraktijk Colmschate werkt in Deventer-Oost, Schalkhaar en Olst. "
            "Bij de eerste afspraak vult elke zwangere de R4U-vragenlijst in, zodat medische "
            "én sociale risico's vroeg in beeld komen. Met het Voor Elkaar team en de JGZ zijn "
            "vaste afspraken gemaakt over warme overdracht."
        ),
        "website": "https://www.verloskundigencolmschate.example/",
        "email_domain": "verloskundigencolmschate.example",
        "phone": "0570 12 30 09",
        "kvk_number": "90150009",
        "agb_code": "03150009",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 390,
        "locations": [
            {
                "name": "Verloskundigenpraktijk Colmschate",
                "address": "Lindenhof 14",
                "postcode": "7422 LN",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2489,
                "lon": 6.2152,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur; spoed 24/7",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "gemeente-deventer",
        "name": "Gemeente Deventer",
        "domain": "social",
        "kind": "municipality",
        "description": (
            "De gemeente Deventer regelt schuldhulpverlening, minimaregelingen en de toegang "
            "tot jeugdhulp. Zij trekt de lokale coalitie Kansrijke Start en het ROK-netwerk, "
            "waarin medische en sociale partners samenwerken rond kwetsbare (aanstaande) ouders."
        ),
        "website": "https://www.deventer.nl/",
        "email_domain": "deventer.example",
        "phone": "0570 12 30 10",
        "municipalities": ["deventer"],
        "verified_days_ago": 15,
        "locations": [
            {
                "name": "Stadhuis Deventer",
                "address": "Grote Kerkhof 4",
                "postcode": "7411 KT",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2507,
                "lon": 6.1568,
                "opening_hours": "Maandag t/m vrijdag 9.00–17.00 uur, donderdag tot 20.00 uur",
                "walk_in_hours": "Geldloket: maandag en donderdag 9.00–12.00 uur",
                "accessibility": WITH_LIFT + " Ringleiding bij de balie.",
            }
        ],
    },
    {
        "slug": "tactus-deventer",
        "name": "Tactus Verslavingszorg",
        "domain": "medical",
        "kind": "addiction",
        "description": (
            "Tactus helpt mensen met problemen door alcohol, drugs, roken of gokken. Voor "
            "zwangeren en jonge ouders is er snelle toegang tot behandeling en een "
            "preventiegesprek zonder verwijzing. Tactus werkt samen met verloskundigen en de "
            "POPP-poli van het Deventer Ziekenhuis."
        ),
        "website": "https://www.tactus.nl/",
        "email_domain": "tactus.example",
        "phone": "0570 12 30 11",
        "kvk_number": "90150011",
        "agb_code": "22150011",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 75,
        "locations": [
            {
                "name": "Tactus Deventer",
                "address": "Keulenstraat 3",
                "postcode": "7418 ET",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2577,
                "lon": 6.1825,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "mee-ijsseloevers",
        "name": "MEE IJsseloevers",
        "domain": "social",
        "kind": "intellectual_disability",
        "description": (
            "MEE IJsseloevers biedt onafhankelijke cliëntondersteuning aan mensen met een "
            "beperking en hun omgeving. Cliëntondersteuners helpen (aanstaande) ouders met een "
            "licht verstandelijke beperking bij formulieren, geld, zorg regelen en het "
            "voorbereiden op het ouderschap. Gratis en zonder verwijzing."
        ),
        "website": "https://www.meeijsseloevers.example/",
        "email_domain": "meeijsseloevers.example",
        "phone": "0570 12 30 12",
        "kvk_number": "90150012",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 150,
        "locations": [
            {
                "name": "MEE IJsseloevers Deventer",
                "address": "Smedenstraat 10",
                "postcode": "7411 RA",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2553,
                "lon": 6.1612,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT + " Informatie ook in makkelijke taal.",
            }
        ],
    },
    {
        "slug": "humanitas-deventer",
        "name": "Humanitas Deventer (Home-Start)",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Humanitas Deventer zet getrainde vrijwilligers in voor mensen die het even zwaar "
            "hebben. Met Home-Start bezoekt een ervaren vrijwilliger elke week een gezin met "
            "jonge kinderen. Bij Thuisadministratie helpt een vrijwilliger de papieren en het "
            "huishoudboekje op orde te krijgen."
        ),
        "website": "https://www.humanitas.nl/",
        "email_domain": "humanitas-deventer.example",
        "phone": "0570 12 30 13",
        "kvk_number": "90150013",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 45,
        "locations": [
            {
                "name": "Humanitas Deventer",
                "address": "Assenstraat 8",
                "postcode": "7411 JE",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2531,
                "lon": 6.1621,
                "opening_hours": "Maandag t/m donderdag 9.00–13.00 uur",
                "accessibility": "Kantoor op de eerste verdieping zonder lift; afspraken "
                "vinden meestal bij het gezin thuis plaats.",
            }
        ],
    },
    {
        "slug": "vrouwenopvang-ijsseloever",
        "name": "Vrouwenopvang IJsseloever",
        "domain": "social",
        "kind": "shelter",
        "description": (
            "Vrouwenopvang IJsseloever biedt veilige opvang aan vrouwen en hun kinderen die "
            "thuis te maken hebben met geweld. Er is plek voor zwangere vrouwen en moeders met "
            "baby's. Het steunpunt geeft ook ambulante hulp aan wie (nog) thuis woont."
        ),
        "website": "https://www.vrouwenopvang-ijsseloever.example/",
        "email_domain": "vrouwenopvang-ijsseloever.example",
        "phone": "0570 12 30 14",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 30,
        "locations": [
            {
                "name": "Blijf-van-m'n-lijfhuis Deventer",
                "address": "Bergweide 7",
                "postcode": "7418 BC",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2630,
                "lon": 6.1790,
                "opening_hours": "24 uur per dag, 7 dagen per week",
                "accessibility": STEP_FREE + " Aanmelden alleen telefonisch.",
                "is_confidential": True,
            },
            {
                "name": "Steunpunt Huiselijk Geweld Deventer",
                "address": "Brink 60",
                "postcode": "7411 BW",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2518,
                "lon": 6.1596,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Woensdag 13.00–16.00 uur",
                "accessibility": WITH_LIFT,
            },
        ],
    },
    {
        "slug": "veilig-thuis-ijsselland",
        "name": "Veilig Thuis IJsselland",
        "domain": "social",
        "kind": "veilig_thuis",
        "description": (
            "Veilig Thuis IJsselland is het advies- en meldpunt voor huiselijk geweld en "
            "kindermishandeling. Professionals kunnen er advies vragen en melden volgens de "
            "meldcode; ook ouders en omstanders kunnen er terecht. Dag en nacht bereikbaar."
        ),
        "website": "https://www.veiligthuis.nl/",
        "email_domain": "veiligthuis-ijsselland.example",
        "phone": "0570 12 30 15",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 90,
        "locations": [
            {
                "name": "Veilig Thuis IJsselland, locatie Deventer",
                "address": "Leeuwenbrug 27",
                "postcode": "7411 TH",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2545,
                "lon": 6.1583,
                "opening_hours": "Telefonisch 24 uur per dag bereikbaar; kantoor op afspraak",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "huisartsenpraktijk-de-vijfhoek",
        "name": "Huisartsenpraktijk De Vijfhoek",
        "domain": "medical",
        "kind": "gp",
        "description": (
            "Huisartsenpraktijk in de wijk De Vijfhoek in Deventer met drie huisartsen, een "
            "praktijkondersteuner GGZ en een praktijkondersteuner jeugd. De praktijk houdt een "
            "spreekuur over anticonceptie en kinderwens en verwijst zo nodig naar de POPP-poli."
        ),
        "website": "https://www.huisartsendevijfhoek.example/",
        "email_domain": "huisartsendevijfhoek.example",
        "phone": "0570 12 30 16",
        "agb_code": "01150016",
        "municipalities": ["deventer"],
        "verified_days_ago": 200,
        "locations": [
            {
                "name": "Huisartsenpraktijk De Vijfhoek",
                "address": "Vijfhoekweg 21",
                "postcode": "7425 PB",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2393,
                "lon": 6.2053,
                "opening_hours": "Maandag t/m vrijdag 8.00–17.00 uur; "
                "avond en weekend: huisartsenpost",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "kinderopvang-spelenderwijs",
        "name": "Kinderopvang Spelenderwijs Deventer",
        "domain": "social",
        "kind": "childcare",
        "description": (
            "Kinderopvang Spelenderwijs heeft peutergroepen en kinderdagverblijven in Deventer. "
            "Peuters met een VVE-indicatie van het consultatiebureau krijgen extra uren met het "
            "programma Uk & Puk. Ouders kunnen ook kinderopvang op sociaal-medische indicatie "
            "(SMI) krijgen."
        ),
        "website": "https://www.spelenderwijs-deventer.example/",
        "email_domain": "spelenderwijs-deventer.example",
        "phone": "0570 12 30 17",
        "kvk_number": "90150017",
        "municipalities": ["deventer"],
        "verified_days_ago": 110,
        "locations": [
            {
                "name": "Peuteropvang Het Kwetternest",
                "address": "Zamenhofplein 3",
                "postcode": "7417 AB",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2598,
                "lon": 6.1751,
                "opening_hours": "Maandag t/m vrijdag 7.30–18.30 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "voedselbank-deventer",
        "name": "Voedselbank Deventer",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "De Voedselbank Deventer geeft wekelijks een voedselpakket aan huishoudens die "
            "rond moeten komen van een heel laag inkomen. Voor gezinnen met een baby zijn er "
            "luiers en babyvoeding. Aanmelden gaat via een hulpverlener."
        ),
        "website": "https://www.voedselbankdeventer.example/",
        "email_domain": "voedselbankdeventer.example",
        "phone": "0570 12 30 18",
        "kvk_number": "90150018",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 540,
        "locations": [
            {
                "name": "Uitgiftepunt Voedselbank Deventer",
                "address": "Industrieweg 22",
                "postcode": "7418 AE",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2615,
                "lon": 6.1839,
                "opening_hours": "Uitgifte vrijdag 13.00–16.00 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "sociaal-team-olst-wijhe",
        "name": "Sociaal Team Olst-Wijhe",
        "domain": "social",
        "kind": "neighbourhood_team",
        "description": (
            "Het Sociaal Team Olst-Wijhe is er voor alle inwoners met vragen over zorg, "
            "opvoeden, geld en werk. Jonge gezinnen krijgen één vaste contactpersoon die "
            "met de verloskundige en het consultatiebureau afstemt."
        ),
        "website": "https://www.olst-wijhe.example/",
        "email_domain": "olst-wijhe.example",
        "phone": "0570 12 31 01",
        "municipalities": ["olst-wijhe"],
        "verified_days_ago": 65,
        "locations": [
            {
                "name": "Sociaal Team Olst-Wijhe, gemeentehuis Olst",
                "address": "Karel de Grotestraat 12",
                "postcode": "8121 XJ",
                "city": "Olst",
                "municipality": "olst-wijhe",
                "lat": 52.3385,
                "lon": 6.1118,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Maandag 13.00–15.00 uur",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "jonge-moeders-salland",
        "name": "Stichting Jonge Moeders Salland",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Vrijwilligersorganisatie die groepsbijeenkomsten organiseerde voor jonge moeders "
            "in Deventer en Olst-Wijhe. De stichting is in 2023 opgeheven; het aanbod is "
            "overgenomen door de zwangerschapsinloop van het Voor Elkaar team."
        ),
        "email_domain": "jongemoederssalland.example",
        "phone": "0570 12 30 19",
        "municipalities": DEVENTER_REGION,
        "verified_days_ago": 700,
        "is_active": False,
        "locations": [
            {
                "name": "Buurthuis De Hunnepe",
                "address": "Hunnepestraat 5",
                "postcode": "7415 CE",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2525,
                "lon": 6.1765,
                "opening_hours": "Gesloten",
                "accessibility": STEP_FREE,
            }
        ],
    },
    # ---------------------------------------------------------- Rotterdam and Capelle a/d IJssel
    {
        "slug": "erasmus-mc",
        "name": "Erasmus MC",
        "domain": "medical",
        "kind": "hospital",
        "description": (
            "Het Erasmus MC is het academisch ziekenhuis van Rotterdam, met het Sophia "
            "Kinderziekenhuis en een groot centrum voor geboortezorg. De POP-poli begeleidt "
            "zwangeren met psychische problemen of verslaving. Het Erasmus MC leidt Samen "
            "Groeien 010, het integrale zorgnetwerk voor kwetsbare gezinnen in de eerste "
            "1000 dagen."
        ),
        "website": "https://www.erasmusmc.nl/",
        "email_domain": "erasmusmc.example",
        "phone": "010 123 40 01",
        "kvk_number": "90599001",
        "agb_code": "06599001",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 18,
        "locations": [
            {
                "name": "Erasmus MC, Sophia Kinderziekenhuis en geboortezorg",
                "address": "Dr. Molewaterplein 40",
                "postcode": "3015 GD",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9107,
                "lon": 4.4686,
                "opening_hours": "Poliklinieken maandag t/m vrijdag 8.00–17.00 uur",
                "accessibility": HOSPITAL_ACCESS,
            }
        ],
    },
    {
        "slug": "maasstad-ziekenhuis",
        "name": "Maasstad Ziekenhuis",
        "domain": "medical",
        "kind": "hospital",
        "description": (
            "Het Maasstad Ziekenhuis in Rotterdam-Zuid heeft een grote afdeling verloskunde "
            "en een POP-poli. Medisch maatschappelijk werkers zien veel zwangeren met zorgen "
            "over geld, wonen en veiligheid en werken nauw samen met de wijkteams op Zuid."
        ),
        "website": "https://www.maasstadziekenhuis.nl/",
        "email_domain": "maasstad.example",
        "phone": "010 123 40 02",
        "kvk_number": "90599002",
        "agb_code": "06599002",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 55,
        "locations": [
            {
                "name": "Maasstad Ziekenhuis",
                "address": "Maasstadweg 21",
                "postcode": "3079 DZ",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8886,
                "lon": 4.5149,
                "opening_hours": "Poliklinieken maandag t/m vrijdag 8.00–17.00 uur",
                "accessibility": HOSPITAL_ACCESS,
            }
        ],
    },
    {
        "slug": "cjg-rijnmond",
        "name": "Centrum voor Jeugd en Gezin Rijnmond",
        "domain": "both",
        "kind": "family_centre",
        "description": (
            "Het CJG Rijnmond is de jeugdgezondheidszorg in Rotterdam en Capelle aan den "
            "IJssel: consultatiebureaus, prenatale huisbezoeken en opvoedondersteuning. Voor "
            "gezinnen in een kwetsbare situatie zijn er VoorZorg, Stevig Ouderschap en "
            "Centering Parenting. Het CJG is partner in Samen Groeien 010."
        ),
        "website": "https://www.cjgrijnmond.nl/",
        "email_domain": "cjgrijnmond.example",
        "phone": "010 123 40 03",
        "kvk_number": "90599003",
        "agb_code": "33599003",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 10,
        "locations": [
            {
                "name": "CJG Feijenoord",
                "address": "Putselaan 100",
                "postcode": "3074 JG",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8992,
                "lon": 4.4987,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur",
                "walk_in_hours": "Maandag en woensdag 9.00–11.00 uur: inloopspreekuur",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "CJG Charlois",
                "address": "Wolphaertsbocht 220",
                "postcode": "3083 KS",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8862,
                "lon": 4.4776,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur",
                "walk_in_hours": "Dinsdag 13.30–15.30 uur: inloopspreekuur",
                "accessibility": STEP_FREE,
            },
            {
                "name": "CJG Delfshaven",
                "address": "Schiedamseweg 95",
                "postcode": "3026 AE",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9128,
                "lon": 4.4452,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur",
                "walk_in_hours": "Donderdag 9.00–11.00 uur: inloopspreekuur",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "CJG Capelle aan den IJssel",
                "address": "Slotplein 10",
                "postcode": "2902 HR",
                "city": "Capelle aan den IJssel",
                "municipality": "capelle-aan-den-ijssel",
                "lat": 51.9301,
                "lon": 4.5812,
                "opening_hours": "Maandag t/m donderdag 8.30–17.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "ggd-rotterdam-rijnmond",
        "name": "GGD Rotterdam-Rijnmond",
        "domain": "both",
        "kind": "youth_health",
        "description": (
            "De GGD Rotterdam-Rijnmond bewaakt en bevordert de gezondheid van inwoners van de "
            "regio. Vanuit de GGD wordt Nu Niet Zwanger uitgevoerd en is er een spreekuur "
            "seksuele gezondheid en anticonceptie voor jongeren."
        ),
        "website": "https://www.ggdrotterdamrijnmond.example/",
        "email_domain": "ggdrotterdamrijnmond.example",
        "phone": "010 123 40 04",
        "kvk_number": "90599004",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 40,
        "locations": [
            {
                "name": "GGD Rotterdam-Rijnmond, Schiedamsedijk",
                "address": "Schiedamsedijk 95",
                "postcode": "3011 EN",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9166,
                "lon": 4.4812,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "wijkteam-rotterdam",
        "name": "Wijkteam Rotterdam",
        "domain": "social",
        "kind": "neighbourhood_team",
        "description": (
            "De Rotterdamse wijkteams helpen gezinnen en volwassenen bij problemen met "
            "opvoeden, geld, wonen, relaties en psychische gezondheid. Het wijkteam kan "
            "jeugdhulp en Wmo-ondersteuning inzetten en voert het programma Moeders van "
            "Rotterdam uit voor zwangeren in een zeer kwetsbare situatie."
        ),
        "website": "https://www.rotterdam.nl/",
        "email_domain": "wijkteam.rotterdam.example",
        "phone": "010 123 40 05",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 22,
        "locations": [
            {
                "name": "Wijkteam Feijenoord-Afrikaanderwijk",
                "address": "Pretorialaan 52",
                "postcode": "3072 EN",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8985,
                "lon": 4.4968,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Dinsdag en donderdag 9.00–12.00 uur",
                "accessibility": STEP_FREE,
            },
            {
                "name": "Wijkteam Charlois-Tarwewijk",
                "address": "Dordtsestraatweg 400",
                "postcode": "3083 AH",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8884,
                "lon": 4.4872,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Woensdag 13.00–16.00 uur",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Wijkteam Delfshaven-Bospolder",
                "address": "Mathenesserweg 120",
                "postcode": "3027 HR",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9145,
                "lon": 4.4411,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Maandag 9.00–12.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "gemeente-rotterdam-vraagwijzer",
        "name": "Gemeente Rotterdam, Vraagwijzer",
        "domain": "social",
        "kind": "municipality",
        "description": (
            "Bij de Vraagwijzer van de gemeente Rotterdam kunnen inwoners zonder afspraak "
            "terecht met vragen over geld, toeslagen, werk, wonen en zorg. Medewerkers helpen "
            "met formulieren en verwijzen door naar schuldhulp, het wijkteam of de Kredietbank."
        ),
        "website": "https://www.rotterdam.nl/",
        "email_domain": "vraagwijzer.rotterdam.example",
        "phone": "010 123 40 06",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 95,
        "locations": [
            {
                "name": "Vraagwijzer Zuidplein",
                "address": "Zuidplein 100",
                "postcode": "3083 CW",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8874,
                "lon": 4.4884,
                "opening_hours": "Maandag t/m vrijdag 9.00–17.00 uur",
                "walk_in_hours": "Maandag t/m vrijdag 9.00–12.00 uur",
                "accessibility": STEP_FREE + " Tolkentelefoon beschikbaar.",
            },
            {
                "name": "Vraagwijzer Delfshaven",
                "address": "Nieuwe Binnenweg 320",
                "postcode": "3021 GS",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9139,
                "lon": 4.4558,
                "opening_hours": "Maandag t/m donderdag 9.00–17.00 uur",
                "walk_in_hours": "Dinsdag en donderdag 9.00–12.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "kredietbank-rotterdam",
        "name": "Kredietbank Rotterdam",
        "domain": "social",
        "kind": "debt",
        "description": (
            "De Kredietbank Rotterdam helpt inwoners met problematische schulden: met "
            "budgetbeheer, een schuldregeling en budgetcoaching. Gezinnen met een baby op komst "
            "krijgen voorrang bij de intake, zodat vaste lasten zoals huur en energie "
            "doorbetaald worden."
        ),
        "website": "https://www.kredietbankrotterdam.example/",
        "email_domain": "kredietbankrotterdam.example",
        "phone": "010 123 40 07",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 130,
        "locations": [
            {
                "name": "Kredietbank Rotterdam",
                "address": "Wilhelminakade 179",
                "postcode": "3072 AP",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9062,
                "lon": 4.4897,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "asvz",
        "name": "ASVZ",
        "domain": "both",
        "kind": "intellectual_disability",
        "description": (
            "ASVZ biedt zorg en ondersteuning aan mensen met een verstandelijke beperking. "
            "In Rotterdam begeleidt ASVZ (aanstaande) ouders met een LVB thuis, met aandacht "
            "voor de verzorging van de baby, de band met het kind en het huishouden. ASVZ is "
            "partner in Samen Groeien 010."
        ),
        "website": "https://www.asvz.nl/",
        "email_domain": "asvz.example",
        "phone": "010 123 40 08",
        "kvk_number": "90599008",
        "agb_code": "41599008",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 70,
        "locations": [
            {
                "name": "ASVZ ambulant team Rotterdam",
                "address": "Kleiweg 200",
                "postcode": "3051 GZ",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9452,
                "lon": 4.4763,
                "opening_hours": OFFICE_HOURS,
                "accessibility": STEP_FREE + " Informatie met pictogrammen.",
            }
        ],
    },
    {
        "slug": "bouman-ggz",
        "name": "Bouman GGZ",
        "domain": "medical",
        "kind": "addiction",
        "description": (
            "Bouman GGZ is de verslavingszorg in Rotterdam. Zwangeren en ouders van jonge "
            "kinderen met problemen door alcohol, drugs of medicijnen krijgen voorrang. "
            "Verloskundigen en jeugdverpleegkundigen kunnen bellen voor consultatie."
        ),
        "website": "https://www.boumanggz.example/",
        "email_domain": "boumanggz.example",
        "phone": "010 123 40 09",
        "kvk_number": "90599009",
        "agb_code": "22599009",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 480,
        "locations": [
            {
                "name": "Bouman GGZ Rotterdam",
                "address": "Max Euwelaan 70",
                "postcode": "3062 MA",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9214,
                "lon": 4.5203,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "verloskundigen-zuiderkroon",
        "name": "Verloskundigenpraktijk Zuiderkroon",
        "domain": "medical",
        "kind": "midwifery",
        "description": (
            "Verloskundigenpraktijk Zuiderkroon begeleidt zwangeren in Rotterdam-Zuid, waar "
            "veel gezinnen in een kwetsbare situatie wonen. De praktijk werkt met de "
            "R4U-risicoscreening, biedt Centering Zwangerschap in meerdere talen en heeft "
            "korte lijnen met het wijkteam en het CJG."
        ),
        "website": "https://www.zuiderkroon.example/",
        "email_domain": "zuiderkroon.example",
        "phone": "010 123 40 10",
        "kvk_number": "90599010",
        "agb_code": "03599010",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 14,
        "locations": [
            {
                "name": "Verloskundigenpraktijk Zuiderkroon",
                "address": "Beijerlandselaan 120",
                "postcode": "3074 EL",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8965,
                "lon": 4.5034,
                "opening_hours": "Spreekuur maandag t/m vrijdag 8.30–17.00 uur; spoed 24/7",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "verloskundigen-het-nest",
        "name": "Verloskundigenpraktijk Het Nest Delfshaven",
        "domain": "medical",
        "kind": "midwifery",
        "description": (
            "Verloskundigenpraktijk in Delfshaven met veel cliënten die (nog) weinig "
            "Nederlands spreken. Bij elke afspraak kan een tolk worden ingezet. Elke week is "
            "er een zwangerschapsinloop samen met het CJG."
        ),
        "website": "https://www.hetnestdelfshaven.example/",
        "email_domain": "hetnestdelfshaven.example",
        "phone": "010 123 40 11",
        "kvk_number": "90599011",
        "agb_code": "03599011",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 33,
        "locations": [
            {
                "name": "Verloskundigenpraktijk Het Nest",
                "address": "Schiedamseweg 140",
                "postcode": "3025 AJ",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9135,
                "lon": 4.4424,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur; spoed 24/7",
                "walk_in_hours": "Woensdag 13.30–15.30 uur: zwangerschapsinloop",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "kraamzorg-maasoever",
        "name": "Kraamzorg Maasoever",
        "domain": "medical",
        "kind": "maternity_care",
        "description": (
            "Kraamzorg Maasoever levert kraamzorg in Rotterdam en Capelle aan den IJssel. "
            "Kraamverzorgenden spreken samen meer dan tien talen. Met Kraamzorg Plus krijgen "
            "gezinnen in een kwetsbare situatie langer en intensiever kraamzorg."
        ),
        "website": "https://www.kraamzorgmaasoever.example/",
        "email_domain": "kraamzorgmaasoever.example",
        "phone": "010 123 40 12",
        "kvk_number": "90599012",
        "agb_code": "33599012",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 28,
        "locations": [
            {
                "name": "Kraamzorg Maasoever, kantoor Kralingen",
                "address": "Oudedijk 210",
                "postcode": "3061 AT",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9220,
                "lon": 4.5117,
                "opening_hours": "Kantoor maandag t/m vrijdag 8.30–17.00 uur; "
                "kraamzorg 7 dagen per week",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "veilig-thuis-rotterdam-rijnmond",
        "name": "Veilig Thuis Rotterdam Rijnmond",
        "domain": "social",
        "kind": "veilig_thuis",
        "description": (
            "Veilig Thuis Rotterdam Rijnmond is het advies- en meldpunt voor huiselijk geweld "
            "en kindermishandeling in de regio Rotterdam. Professionals vragen er advies en "
            "melden volgens de meldcode. Dag en nacht bereikbaar."
        ),
        "website": "https://www.veiligthuis.nl/",
        "email_domain": "veiligthuis-rr.example",
        "phone": "010 123 40 13",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 50,
        "locations": [
            {
                "name": "Veilig Thuis Rotterdam Rijnmond",
                "address": "Zuidplein 236",
                "postcode": "3083 CW",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8869,
                "lon": 4.4901,
                "opening_hours": "Telefonisch 24 uur per dag bereikbaar; kantoor op afspraak",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "siriz",
        "name": "Siriz",
        "domain": "social",
        "kind": "pregnancy_counselling",
        "description": (
            "Siriz is een landelijke organisatie die hulp biedt bij onbedoelde zwangerschap. "
            "Zwangeren en hun partner kunnen praten over hun twijfels en krijgen begeleiding "
            "bij de keuze en daarna, tot een jaar na de geboorte. Gesprekken vinden plaats "
            "op een spreekuurlocatie, thuis of online."
        ),
        "website": "https://www.siriz.nl/",
        "email_domain": "siriz.example",
        "phone": "010 123 40 14",
        "kvk_number": "90599014",
        "municipalities": EVERYWHERE,
        "verified_days_ago": 100,
        "locations": [
            {
                "name": "Siriz spreekuurlocatie Rotterdam",
                "address": "Westblaak 80",
                "postcode": "3012 KM",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9170,
                "lon": 4.4730,
                "opening_hours": "Op afspraak, ook 's avonds",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "fiom",
        "name": "Fiom",
        "domain": "social",
        "kind": "pregnancy_counselling",
        "description": (
            "Fiom is het landelijke kenniscentrum voor ongewenste zwangerschap, afstand en "
            "afstamming. Op de website staat een online keuzehulp en Fiom-hulpverleners voeren "
            "keuzegesprekken, telefonisch, via chat of op een spreekuurlocatie."
        ),
        "website": "https://www.fiom.nl/",
        "email_domain": "fiom.example",
        "phone": "0570 12 30 20",
        "kvk_number": "90000020",
        "municipalities": EVERYWHERE,
        "verified_days_ago": 42,
        "locations": [
            {
                "name": "Fiom spreekuur Rotterdam",
                "address": "Westersingel 70",
                "postcode": "3015 LC",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9172,
                "lon": 4.4697,
                "opening_hours": "Op afspraak",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Fiom spreekuur Deventer",
                "address": "Brink 60",
                "postcode": "7411 BW",
                "city": "Deventer",
                "municipality": "deventer",
                "lat": 52.2518,
                "lon": 6.1596,
                "opening_hours": "Eens per twee weken op vrijdag, op afspraak",
                "accessibility": WITH_LIFT,
            },
        ],
    },
    {
        "slug": "vrouwenopvang-de-haven",
        "name": "Vrouwenopvang De Haven Rotterdam",
        "domain": "social",
        "kind": "shelter",
        "description": (
            "Vrouwenopvang De Haven biedt crisisopvang en begeleid wonen aan vrouwen en "
            "kinderen die thuis niet veilig zijn. Er is een aparte unit voor zwangeren en "
            "moeders met baby's, met begeleiding door een pedagogisch medewerker."
        ),
        "website": "https://www.vrouwenopvangdehaven.example/",
        "email_domain": "vrouwenopvangdehaven.example",
        "phone": "010 123 40 15",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 20,
        "locations": [
            {
                "name": "Opvanghuis De Haven",
                "address": "Havenstraat 12",
                "postcode": "3024 SH",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9067,
                "lon": 4.4504,
                "opening_hours": "24 uur per dag, 7 dagen per week",
                "accessibility": STEP_FREE + " Aanmelden alleen telefonisch.",
                "is_confidential": True,
            }
        ],
    },
    {
        "slug": "leger-des-heils-rotterdam",
        "name": "Leger des Heils Rotterdam",
        "domain": "social",
        "kind": "shelter",
        "description": (
            "Het Leger des Heils biedt in Rotterdam opvang, begeleid wonen en ambulante "
            "begeleiding. In het Jonge Moederhuis wonen jonge moeders (tot 23 jaar) met hun "
            "baby en leren ze zelfstandig te wonen en voor hun kind te zorgen."
        ),
        "website": "https://www.legerdesheils.nl/",
        "email_domain": "legerdesheils-rotterdam.example",
        "phone": "010 123 40 16",
        "kvk_number": "90599016",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 380,
        "locations": [
            {
                "name": "Jonge Moederhuis Rotterdam-Zuid",
                "address": "Lange Hilleweg 90",
                "postcode": "3073 BR",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8960,
                "lon": 4.5060,
                "opening_hours": "24 uur per dag begeleiding aanwezig",
                "accessibility": STEP_FREE,
                "is_confidential": True,
            },
            {
                "name": "Leger des Heils, ambulant team Rotterdam",
                "address": "Hillevliet 100",
                "postcode": "3074 KE",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8945,
                "lon": 4.5020,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            },
        ],
    },
    {
        "slug": "voedselbank-rotterdam",
        "name": "Voedselbank Rotterdam",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "De Voedselbank Rotterdam verstrekt wekelijks voedselpakketten via uitgiftepunten "
            "in alle wijken. Gezinnen met een baby krijgen ook luiers, flesvoeding en "
            "verzorgingsproducten. Aanmelden gaat via een hulpverlener of de Vraagwijzer."
        ),
        "website": "https://www.voedselbankrotterdam.example/",
        "email_domain": "voedselbankrotterdam.example",
        "phone": "010 123 40 17",
        "kvk_number": "90599017",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 160,
        "locations": [
            {
                "name": "Uitgiftepunt Voedselbank Rotterdam-Zuid",
                "address": "Brielselaan 150",
                "postcode": "3081 AB",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8943,
                "lon": 4.4845,
                "opening_hours": "Uitgifte donderdag 14.00–17.00 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "humanitas-rotterdam",
        "name": "Humanitas Rotterdam (Home-Start)",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Humanitas Rotterdam zet vrijwilligers in voor gezinnen, ook met Home-Start en "
            "Moeders informeren moeders. Ervaren moeders bezoeken ouders met jonge kinderen "
            "thuis en bieden een luisterend oor en praktische steun."
        ),
        "website": "https://www.humanitas.nl/",
        "email_domain": "humanitas-rotterdam.example",
        "phone": "010 123 40 18",
        "kvk_number": "90599018",
        "municipalities": ROTTERDAM_REGION,
        "verified_days_ago": 85,
        "locations": [
            {
                "name": "Humanitas Rotterdam",
                "address": "Goudsesingel 150",
                "postcode": "3011 KD",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.9242,
                "lon": 4.4896,
                "opening_hours": "Maandag t/m vrijdag 9.00–16.00 uur",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "kinderopvang-de-kleine-haven",
        "name": "Kinderopvang De Kleine Haven (VVE)",
        "domain": "social",
        "kind": "childcare",
        "description": (
            "Kinderopvang De Kleine Haven heeft peuteropvang en kinderdagverblijven in "
            "Feijenoord en Charlois. Peuters met een VVE-indicatie werken met het programma "
            "Piramide; ook dreumesen vanaf 18 maanden kunnen al naar een VVE-groep."
        ),
        "website": "https://www.dekleinehaven.example/",
        "email_domain": "dekleinehaven.example",
        "phone": "010 123 40 19",
        "kvk_number": "90599019",
        "municipalities": ["rotterdam"],
        "verified_days_ago": None,  # never checked since it was added
        "locations": [
            {
                "name": "Peuteropvang De Kleine Haven Feijenoord",
                "address": "Hilledijk 75",
                "postcode": "3072 JP",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8992,
                "lon": 4.4935,
                "opening_hours": "Maandag t/m vrijdag 7.30–18.30 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "huisartsenpraktijk-zuidplein",
        "name": "Huisartsenpraktijk Zuidplein-Noord",
        "domain": "medical",
        "kind": "gp",
        "description": (
            "Huisartsenpraktijk in Rotterdam-Zuid met een praktijkondersteuner GGZ die "
            "Turks en Arabisch spreekt. De praktijk doet mee aan Nu Niet Zwanger en werkt "
            "samen met het wijkteam Charlois."
        ),
        "website": "https://www.huisartsenzuidplein.example/",
        "email_domain": "huisartsenzuidplein.example",
        "phone": "010 123 40 20",
        "agb_code": "01599020",
        "municipalities": ["rotterdam"],
        "verified_days_ago": 410,
        "locations": [
            {
                "name": "Huisartsenpraktijk Zuidplein-Noord",
                "address": "Strevelsweg 700",
                "postcode": "3083 AS",
                "city": "Rotterdam",
                "municipality": "rotterdam",
                "lat": 51.8897,
                "lon": 4.4929,
                "opening_hours": "Maandag t/m vrijdag 8.00–17.00 uur",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    # ----------------------------------------------- Zuid-Limburg: Kerkrade, Landgraaf, Vaals
    {
        "slug": "zuyderland",
        "name": "Zuyderland Medisch Centrum",
        "domain": "medical",
        "kind": "hospital",
        "description": (
            "Zuyderland is het ziekenhuis voor Parkstad en de Westelijke Mijnstreek. De "
            "afdeling verloskunde heeft een POP-poli en begeleidt zwangerschappen met een "
            "medisch risico. Zuyderland is partner in de Knooppunten Kansrijke Start."
        ),
        "website": "https://www.zuyderland.nl/",
        "email_domain": "zuyderland.example",
        "phone": "045 123 50 01",
        "kvk_number": "90917001",
        "agb_code": "06917001",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 16,
        "locations": [
            {
                "name": "Zuyderland Medisch Centrum Heerlen",
                "address": "Henri Dunantstraat 5",
                "postcode": "6419 PC",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8783,
                "lon": 5.9569,
                "opening_hours": "Poliklinieken maandag t/m vrijdag 8.00–17.00 uur",
                "accessibility": HOSPITAL_ACCESS,
            }
        ],
    },
    {
        "slug": "ggd-zuid-limburg",
        "name": "GGD Zuid-Limburg Jeugdgezondheidszorg",
        "domain": "both",
        "kind": "youth_health",
        "description": (
            "De jeugdgezondheidszorg van GGD Zuid-Limburg heeft consultatiebureaus in "
            "Kerkrade, Landgraaf en Vaals. Jeugdverpleegkundigen leggen prenatale huisbezoeken "
            "af, bieden VoorZorg en Stevig Ouderschap en voeren Nu Niet Zwanger uit. De JGZ "
            "is kernpartner van de Knooppunten Kansrijke Start."
        ),
        "website": "https://www.ggdzl.nl/",
        "email_domain": "ggdzl.example",
        "phone": "045 123 50 02",
        "kvk_number": "90917002",
        "agb_code": "33917002",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 9,
        "locations": [
            {
                "name": "Consultatiebureau Kerkrade-Centrum",
                "address": "Hamstraat 20",
                "postcode": "6465 AG",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8662,
                "lon": 6.0640,
                "opening_hours": "Maandag t/m vrijdag 8.30–16.30 uur, op afspraak",
                "walk_in_hours": "Woensdag 9.00–11.00 uur: inloopspreekuur",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Consultatiebureau Landgraaf",
                "address": "Pricksteenweg 1",
                "postcode": "6371 BE",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.8968,
                "lon": 6.0151,
                "opening_hours": "Dinsdag t/m donderdag 8.30–16.30 uur, op afspraak",
                "accessibility": STEP_FREE,
            },
            {
                "name": "Consultatiebureau Vaals",
                "address": "Maastrichterlaan 73",
                "postcode": "6291 EL",
                "city": "Vaals",
                "municipality": "vaals",
                "lat": 50.7726,
                "lon": 6.0150,
                "opening_hours": "Maandag en donderdag 8.30–12.30 uur, op afspraak",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "moveoo",
        "name": "Moveoo",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Moveoo biedt maatschappelijk werk, opvoedondersteuning en gezinscoaching in "
            "Kerkrade en omgeving. Gezinscoaches komen thuis en helpen bij opvoeden, "
            "structuur in huis en het regelen van hulp. Voor jonge ouders is er een wekelijkse "
            "groep in het buurthuis."
        ),
        "website": "https://www.moveoo.example/",
        "email_domain": "moveoo.example",
        "phone": "045 123 50 03",
        "kvk_number": "90928003",
        "municipalities": KANSRIJKE_START_PILOTS,
        "verified_days_ago": 47,
        "locations": [
            {
                "name": "Moveoo Kerkrade",
                "address": "Markt 33",
                "postcode": "6461 EC",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8653,
                "lon": 6.0622,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Vrijdag 9.30–11.30 uur: Mama Café",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "gemeente-kerkrade",
        "name": "Gemeente Kerkrade (Knooppunt Kansrijke Start)",
        "domain": "social",
        "kind": "municipality",
        "description": (
            "De gemeente Kerkrade is pilotgemeente voor de Knooppunten Kansrijke Start. Het "
            "knooppunt is één plek waar professionals zorgen over zwangeren en jonge gezinnen "
            "kunnen neerleggen; de coördinator roept de juiste partners bij elkaar. Het "
            "sociaal team regelt Wmo en jeugdhulp."
        ),
        "website": "https://www.kerkrade.nl/",
        "email_domain": "kerkrade.example",
        "phone": "045 123 50 04",
        "municipalities": ["kerkrade"],
        "verified_days_ago": 21,
        "locations": [
            {
                "name": "Stadskantoor Kerkrade",
                "address": "Markt 1",
                "postcode": "6461 EC",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8658,
                "lon": 6.0627,
                "opening_hours": "Maandag t/m vrijdag 8.30–16.30 uur",
                "walk_in_hours": "Sociaal team: dinsdag en donderdag 9.00–12.00 uur",
                "accessibility": WITH_LIFT + " Ringleiding bij de balie.",
            }
        ],
    },
    {
        "slug": "buurtteam-landgraaf",
        "name": "Buurtteam Landgraaf",
        "domain": "social",
        "kind": "neighbourhood_team",
        "description": (
            "Het Buurtteam Landgraaf helpt inwoners met vragen over opvoeden, geld, wonen en "
            "zorg. Het team coördineert in Landgraaf het Knooppunt Kansrijke Start en heeft "
            "vaste contactpersonen voor verloskundigen en de JGZ."
        ),
        "website": "https://www.landgraaf.nl/",
        "email_domain": "buurtteamlandgraaf.example",
        "phone": "045 123 50 05",
        "municipalities": ["landgraaf"],
        "verified_days_ago": 11,
        "locations": [
            {
                "name": "Buurtteam Landgraaf, Raadhuis",
                "address": "Raadhuisplein 1",
                "postcode": "6371 EE",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.8960,
                "lon": 6.0189,
                "opening_hours": OFFICE_HOURS,
                "walk_in_hours": "Maandag en woensdag 9.00–11.00 uur",
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Buurtteam Landgraaf, Nieuwenhagen",
                "address": "Hoogstraat 30",
                "postcode": "6373 CM",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.9048,
                "lon": 6.0403,
                "opening_hours": "Dinsdag en donderdag 9.00–16.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "sociaal-team-vaals",
        "name": "Sociaal Team Vaals",
        "domain": "social",
        "kind": "neighbourhood_team",
        "description": (
            "Het Sociaal Team Vaals is het aanspreekpunt voor inwoners met vragen over zorg, "
            "jeugd, werk en inkomen. Het team is pilotpartner van de Knooppunten Kansrijke "
            "Start en werkt veel met Duitstalige en internationale gezinnen."
        ),
        "website": "https://www.vaals.nl/",
        "email_domain": "vaals.example",
        "phone": "043 123 60 01",
        "municipalities": ["vaals"],
        "verified_days_ago": 600,
        "locations": [
            {
                "name": "Sociaal Team Vaals, gemeentehuis",
                "address": "Von Clermontplein 11",
                "postcode": "6291 AT",
                "city": "Vaals",
                "municipality": "vaals",
                "lat": 50.7712,
                "lon": 6.0183,
                "opening_hours": "Maandag t/m donderdag 9.00–16.00 uur",
                "walk_in_hours": "Dinsdag 9.00–11.00 uur",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "kredietbank-limburg",
        "name": "Kredietbank Limburg",
        "domain": "social",
        "kind": "debt",
        "description": (
            "De Kredietbank Limburg voert voor Limburgse gemeenten de schuldhulpverlening en "
            "het budgetbeheer uit. Een budgetcoach helpt gezinnen overzicht te krijgen en "
            "schulden te regelen, zodat er rust komt rond de geboorte."
        ),
        "website": "https://www.kredietbanklimburg.example/",
        "email_domain": "kredietbanklimburg.example",
        "phone": "045 123 50 06",
        "kvk_number": "90917006",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 140,
        "locations": [
            {
                "name": "Kredietbank Limburg, kantoor Heerlen",
                "address": "Geerstraat 10",
                "postcode": "6411 NR",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8869,
                "lon": 5.9798,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "veilig-thuis-zuid-limburg",
        "name": "Veilig Thuis Zuid-Limburg",
        "domain": "social",
        "kind": "veilig_thuis",
        "description": (
            "Veilig Thuis Zuid-Limburg is het advies- en meldpunt voor huiselijk geweld en "
            "kindermishandeling voor de zestien Zuid-Limburgse gemeenten. Professionals kunnen "
            "er 24 uur per dag terecht voor advies en een melding volgens de meldcode."
        ),
        "website": "https://www.veiligthuis.nl/",
        "email_domain": "veiligthuis-zl.example",
        "phone": "045 123 50 07",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 80,
        "locations": [
            {
                "name": "Veilig Thuis Zuid-Limburg, locatie Heerlen",
                "address": "Akerstraat 92",
                "postcode": "6417 BM",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8851,
                "lon": 5.9846,
                "opening_hours": "Telefonisch 24 uur per dag bereikbaar; kantoor op afspraak",
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "mondriaan",
        "name": "Mondriaan",
        "domain": "medical",
        "kind": "adult_mental_health",
        "description": (
            "Mondriaan biedt specialistische geestelijke gezondheidszorg en verslavingszorg "
            "in Zuid-Limburg. Het perinatale team behandelt vrouwen met ernstige psychische "
            "klachten rond zwangerschap en bevalling, samen met de POP-poli van Zuyderland."
        ),
        "website": "https://www.mondriaan.eu/",
        "email_domain": "mondriaan.example",
        "phone": "045 123 50 08",
        "kvk_number": "90917008",
        "agb_code": "22917008",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 190,
        "locations": [
            {
                "name": "Mondriaan Heerlen",
                "address": "Welterlaan 10",
                "postcode": "6419 AH",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8765,
                "lon": 5.9652,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            },
            {
                "name": "Mondriaan Kerkrade",
                "address": "Akerstraat 30",
                "postcode": "6466 HH",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8631,
                "lon": 6.0694,
                "opening_hours": "Maandag t/m donderdag 8.30–17.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "kraamzorg-parkstad",
        "name": "Kraamzorg Parkstad",
        "domain": "medical",
        "kind": "maternity_care",
        "description": (
            "Kraamzorg Parkstad levert kraamzorg in Kerkrade, Landgraaf, Heerlen en Vaals. "
            "Voor gezinnen in een kwetsbare situatie biedt de organisatie steun-op-maat: een "
            "vaste kraamverzorgende die vóór en na de bevalling extra komt."
        ),
        "website": "https://www.kraamzorgparkstad.example/",
        "email_domain": "kraamzorgparkstad.example",
        "phone": "045 123 50 09",
        "kvk_number": "90917009",
        "agb_code": "33917009",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 27,
        "locations": [
            {
                "name": "Kraamzorg Parkstad, kantoor Landgraaf",
                "address": "Streeperstraat 45",
                "postcode": "6372 GN",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.8922,
                "lon": 6.0281,
                "opening_hours": "Kantoor maandag t/m vrijdag 8.30–17.00 uur; "
                "kraamzorg 7 dagen per week",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "verloskundigen-parkstad-oost",
        "name": "Verloskundigenpraktijk Parkstad-Oost",
        "domain": "medical",
        "kind": "midwifery",
        "description": (
            "Verloskundigenpraktijk met spreekuren in Kerkrade en Landgraaf. De praktijk "
            "biedt Centering Zwangerschap en legt zorgen over een zwangere met toestemming "
            "neer bij het Knooppunt Kansrijke Start."
        ),
        "website": "https://www.verloskundigenparkstadoost.example/",
        "email_domain": "verloskundigenparkstadoost.example",
        "phone": "045 123 50 10",
        "kvk_number": "90928010",
        "agb_code": "03928010",
        "municipalities": KANSRIJKE_START_PILOTS,
        "verified_days_ago": 6,
        "locations": [
            {
                "name": "Verloskundigenpraktijk Parkstad-Oost, Kerkrade",
                "address": "Hoofdstraat 50",
                "postcode": "6461 CR",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8672,
                "lon": 6.0617,
                "opening_hours": "Maandag t/m vrijdag 8.30–17.00 uur; spoed 24/7",
                "accessibility": STEP_FREE,
            },
            {
                "name": "Verloskundigenpraktijk Parkstad-Oost, Landgraaf",
                "address": "Kerkstraat 120",
                "postcode": "6371 JD",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.8986,
                "lon": 6.0201,
                "opening_hours": "Dinsdag en donderdag 8.30–17.00 uur",
                "accessibility": STEP_FREE,
            },
        ],
    },
    {
        "slug": "huisartsenpraktijk-kerkrade-west",
        "name": "Huisartsenpraktijk Kerkrade-West",
        "domain": "medical",
        "kind": "gp",
        "description": (
            "Huisartsenpraktijk in Kerkrade-West met praktijkondersteuners voor GGZ en jeugd. "
            "Jonge ouders kunnen terecht op een vast spreekuur; de praktijk neemt deel aan het "
            "Knooppunt Kansrijke Start Kerkrade."
        ),
        "website": "https://www.huisartsenkerkradewest.example/",
        "email_domain": "huisartsenkerkradewest.example",
        "phone": "045 123 50 11",
        "agb_code": "01928011",
        "municipalities": ["kerkrade"],
        "verified_days_ago": 38,
        "locations": [
            {
                "name": "Huisartsenpraktijk Kerkrade-West",
                "address": "Kloosterraderstraat 60",
                "postcode": "6468 EC",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8764,
                "lon": 6.0486,
                "opening_hours": "Maandag t/m vrijdag 8.00–17.00 uur; "
                "avond en weekend: huisartsenpost",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "kinderopvang-kleine-wereld",
        "name": "Kinderopvang Kleine Wereld Kerkrade",
        "domain": "social",
        "kind": "childcare",
        "description": (
            "Kinderopvang Kleine Wereld biedt peuteropvang met VVE en kinderopvang op "
            "sociaal-medische indicatie (SMI) in Kerkrade. De pedagogisch medewerkers werken "
            "met het programma Kaleidoscoop en hebben overleg met het consultatiebureau."
        ),
        "website": "https://www.kleinewereld.example/",
        "email_domain": "kleinewereld.example",
        "phone": "045 123 50 12",
        "kvk_number": "90928012",
        "municipalities": ["kerkrade", "landgraaf"],
        "verified_days_ago": 450,
        "locations": [
            {
                "name": "Peuteropvang Kleine Wereld",
                "address": "Holzstraat 80",
                "postcode": "6461 HP",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8618,
                "lon": 6.0580,
                "opening_hours": "Maandag t/m vrijdag 7.30–18.00 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "mee-zuid-limburg",
        "name": "MEE Zuid-Limburg",
        "domain": "social",
        "kind": "intellectual_disability",
        "description": (
            "MEE Zuid-Limburg ondersteunt mensen met een beperking bij opvoeden, wonen, werk "
            "en geld. Cliëntondersteuners helpen (aanstaande) ouders met een LVB de weg te "
            "vinden naar passende zorg. Onafhankelijk en gratis."
        ),
        "website": "https://www.meezuidlimburg.example/",
        "email_domain": "meezuidlimburg.example",
        "phone": "045 123 50 13",
        "kvk_number": "90917013",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 120,
        "locations": [
            {
                "name": "MEE Zuid-Limburg, Heerlen",
                "address": "Promenade 145",
                "postcode": "6411 JP",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8881,
                "lon": 5.9779,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT + " Informatie ook in makkelijke taal.",
            }
        ],
    },
    {
        "slug": "jeugd-ggz-parkstad",
        "name": "Jeugd-GGZ Parkstad (0–6 jaar)",
        "domain": "medical",
        "kind": "youth_mental_health",
        "description": (
            "Jeugd-GGZ Parkstad heeft een team voor de allerjongsten: ouder-babytherapie en "
            "behandeling van regulatieproblemen bij baby's en peuters. Verwijzing via huisarts, "
            "jeugdarts of sociaal team."
        ),
        "website": "https://www.jeugdggzparkstad.example/",
        "email_domain": "jeugdggzparkstad.example",
        "phone": "045 123 50 14",
        "kvk_number": "90917014",
        "agb_code": "22917014",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 300,
        "locations": [
            {
                "name": "Jeugd-GGZ Parkstad",
                "address": "Wilhelminaplein 20",
                "postcode": "6411 KW",
                "city": "Heerlen",
                "municipality": "heerlen",
                "lat": 50.8878,
                "lon": 5.9812,
                "opening_hours": OFFICE_HOURS,
                "accessibility": WITH_LIFT,
            }
        ],
    },
    {
        "slug": "vrouwenopvang-parkstad",
        "name": "Vrouwenopvang Parkstad",
        "domain": "social",
        "kind": "shelter",
        "description": (
            "Vrouwenopvang Parkstad biedt veilige opvang aan vrouwen en kinderen die thuis "
            "geweld meemaken, ook tijdens de zwangerschap. Het ambulante team begeleidt "
            "vrouwen die thuis wonen of na de opvang weer zelfstandig gaan wonen."
        ),
        "website": "https://www.vrouwenopvangparkstad.example/",
        "email_domain": "vrouwenopvangparkstad.example",
        "phone": "045 123 50 15",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 52,
        "locations": [
            {
                "name": "Opvanglocatie Parkstad",
                "address": "Dr. Poelsstraat 25",
                "postcode": "6371 AB",
                "city": "Landgraaf",
                "municipality": "landgraaf",
                "lat": 50.8990,
                "lon": 6.0240,
                "opening_hours": "24 uur per dag, 7 dagen per week",
                "accessibility": STEP_FREE + " Aanmelden alleen telefonisch.",
                "is_confidential": True,
            }
        ],
    },
    {
        "slug": "voedselbank-parkstad",
        "name": "Voedselbank Parkstad",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "De Voedselbank Parkstad helpt huishoudens in Kerkrade, Landgraaf en Heerlen met "
            "een wekelijks voedselpakket. Voor baby's zijn er luiers en flesvoeding. "
            "Aanmelden via een hulpverlener of het sociaal team."
        ),
        "website": "https://www.voedselbankparkstad.example/",
        "email_domain": "voedselbankparkstad.example",
        "phone": "045 123 50 16",
        "kvk_number": "90917016",
        "municipalities": ["kerkrade", "landgraaf", "heerlen"],
        "verified_days_ago": 220,
        "locations": [
            {
                "name": "Uitgiftepunt Voedselbank Kerkrade",
                "address": "Einsteinstraat 12",
                "postcode": "6466 NE",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8585,
                "lon": 6.0790,
                "opening_hours": "Uitgifte dinsdag 13.00–16.00 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "humanitas-parkstad",
        "name": "Humanitas Parkstad (Home-Start)",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Humanitas Parkstad biedt Home-Start in Kerkrade, Landgraaf, Heerlen en Vaals. "
            "Een getrainde vrijwilliger komt wekelijks bij gezinnen met jonge kinderen voor "
            "steun, vriendschap en praktische hulp."
        ),
        "website": "https://www.humanitas.nl/",
        "email_domain": "humanitas-parkstad.example",
        "phone": "045 123 50 17",
        "kvk_number": "90917017",
        "municipalities": ZUID_LIMBURG,
        "verified_days_ago": 64,
        "locations": [
            {
                "name": "Humanitas Parkstad",
                "address": "Pastoor Jacobsstraat 15",
                "postcode": "6466 GN",
                "city": "Kerkrade",
                "municipality": "kerkrade",
                "lat": 50.8640,
                "lon": 6.0711,
                "opening_hours": "Maandag t/m donderdag 9.00–13.00 uur",
                "accessibility": STEP_FREE,
            }
        ],
    },
    {
        "slug": "ouder-kindcentrum-de-boog",
        "name": "Ouder-kindcentrum De Boog Vaals",
        "domain": "social",
        "kind": "welfare",
        "description": (
            "Ouder-kindcentrum met inloopochtenden voor ouders van jonge kinderen in Vaals. "
            "Het centrum is in 2024 gesloten; de inloop is verhuisd naar het gemeentehuis "
            "(Sociaal Team Vaals)."
        ),
        "email_domain": "deboogvaals.example",
        "phone": "043 123 60 02",
        "municipalities": ["vaals"],
        "verified_days_ago": 520,
        "is_active": False,
        "locations": [
            {
                "name": "Ouder-kindcentrum De Boog",
                "address": "Lindenstraat 4",
                "postcode": "6291 EB",
                "city": "Vaals",
                "municipality": "vaals",
                "lat": 50.7703,
                "lon": 6.0196,
                "opening_hours": "Gesloten",
                "accessibility": STEP_FREE,
            }
        ],
    },
]

# --- Interventions (aanbod) ---
#
# Defaults filled in by the loader: care_phases ["steun-op-maat"], languages ["nl"],
# access_route "free_access", cost_option "free", service_areas = the organisation's
# municipalities, locations = all of the organisation's locations (or the names listed),
# waiting_weeks 0, status "active", accepts_referrals True, is_public False,
# verified_days_ago 30, capacity_days_ago = verified_days_ago. `recognition` is (databank, level,
# date) or absent.

INTERVENTIONS: list[Record] = [
    # ------------------------------------------------------------------------------ Deventer
    {
        "slug": "naviva-kraamzorg-deventer",
        "organisation": "naviva-kraamzorg",
        "name": "Kraamzorg",
        "description": (
            "Kraamzorg in de eerste 8 tot 10 dagen na de bevalling volgens het Landelijk "
            "Indicatieprotocol Kraamzorg. De kraamverzorgende bewaakt de gezondheid van moeder "
            "en baby, geeft voedingsvoorlichting en observeert de ouder-kindinteractie. Zorgen "
            "worden met toestemming overgedragen aan verloskundige en JGZ."
        ),
        "summary": (
            "Na de bevalling komt een kraamverzorgende bij je thuis. Zij helpt je met de "
            "verzorging van je baby en let op of het goed gaat met jullie allebei."
        ),
        "life_phases": ["zwangerschap-3e-trimester", "kraamperiode"],
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["voeding-en-borstvoeding", "hechting", "medisch-risico"],
        "formats": ["huisbezoek"],
        "languages": ["nl", "en", "pl"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen bijdrage van ongeveer € 5 per uur",
        "is_public": True,
        "verified_days_ago": 12,
    },
    {
        "slug": "naviva-kraamzorg-steun-op-maat",
        "organisation": "naviva-kraamzorg",
        "name": "Kraamzorg steun-op-maat (extra kraamzorg)",
        "description": (
            "Extra kraamzorguren vóór en na de bevalling voor gezinnen in een kwetsbare "
            "situatie, bijvoorbeeld bij een LVB, psychische klachten of weinig steun uit het "
            "netwerk. Eén vaste kraamverzorgende bouwt een band op met het gezin, oefent de "
            "verzorging en draagt na de kraamtijd warm over aan de JGZ."
        ),
        "summary": (
            "Heb je extra hulp nodig rond de geboorte? Dan komt dezelfde kraamverzorgende "
            "vaker en langer bij je thuis, ook al voor de bevalling."
        ),
        "life_phases": ["zwangerschap-3e-trimester", "kraamperiode", "0-1-jaar"],
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": [
            "hechting",
            "opvoedondersteuning",
            "lvb",
            "sociaal-netwerk",
            "psychische-gezondheid",
        ],
        "formats": ["huisbezoek"],
        "access_route": "professional_referral",
        "cost_option": "municipality",
        "cost_note": "De gemeente betaalt de extra uren; geen eigen bijdrage",
        "waiting_weeks": 0,
        "verified_days_ago": 12,
    },
    {
        "slug": "naviva-intakehuisbezoek",
        "organisation": "naviva-kraamzorg",
        "name": "Intakehuisbezoek kraamzorg",
        "description": (
            "Rond de 34e week bezoekt een kraamverzorgende het gezin thuis om de kraamtijd voor "
            "te bereiden. Zij kijkt naar de thuissituatie, het netwerk en de wensen rond "
            "voeding en bespreekt zorgen. Bij signalen overlegt zij met verloskundige of "
            "wijkteam."
        ),
        "summary": (
            "Voor de bevalling komt iemand van de kraamzorg kennismaken. Samen bereiden jullie "
            "de kraamweek voor."
        ),
        "life_phases": ["zwangerschap-3e-trimester"],
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["voeding-en-borstvoeding", "sociaal-netwerk", "wonen"],
        "formats": ["huisbezoek"],
        "cost_option": "insured",
        "cost_note": "Onderdeel van de kraamzorg",
        "is_public": True,
        "verified_days_ago": 12,
        "capacity_days_ago": 130,
    },
    {
        "slug": "popp-poli-deventer",
        "organisation": "deventer-ziekenhuis",
        "name": "POPP-poli",
        "description": (
            "Multidisciplinaire polikliniek (Psychiatrie, Obstetrie, Pediatrie en Psychologie) "
            "voor vrouwen met psychiatrische klachten, psychofarmacagebruik of middelengebruik "
            "die zwanger zijn of willen worden. Er komt een geboorteplan met afspraken over "
            "medicatie, bevalling, kraambed en nazorg voor moeder en kind."
        ),
        "summary": (
            "Heb je psychische klachten of gebruik je medicijnen en ben je zwanger? Op de "
            "POPP-poli maken een gynaecoloog, psychiater en kinderarts samen met jou een plan."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, "kraamperiode", "0-1-jaar"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["psychische-gezondheid", "medisch-risico", "verslaving", "hechting"],
        "formats": ["individueel"],
        "languages": ["nl", "en"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 3,
        "verified_days_ago": 35,
    },
    {
        "slug": "deventer-ziekenhuis-preconceptiespreekuur",
        "organisation": "deventer-ziekenhuis",
        "name": "Preconceptiespreekuur",
        "description": (
            "Spreekuur van gynaecoloog en verpleegkundige voor vrouwen met een kinderwens en "
            "een chronische ziekte, medicijngebruik of een eerdere gecompliceerde zwangerschap. "
            "Risico's worden vóór de conceptie in kaart gebracht en medicatie wordt zo nodig "
            "aangepast."
        ),
        "summary": (
            "Wil je zwanger worden en heb je een ziekte of gebruik je medicijnen? Bespreek "
            "dan vooraf wat je kunt doen voor een gezonde zwangerschap."
        ),
        "life_phases": ["kinderwens"],
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["medisch-risico", "bewegen-en-leefstijl"],
        "formats": ["individueel"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 4,
        "verified_days_ago": 35,
    },
    {
        "slug": "deventer-ziekenhuis-medisch-maatschappelijk-werk",
        "organisation": "deventer-ziekenhuis",
        "name": "Medisch maatschappelijk werk geboortezorg",
        "description": (
            "Medisch maatschappelijk werkers ondersteunen zwangeren en ouders van "
            "(opgenomen) pasgeborenen bij psychosociale problemen: geldzorgen, "
            "huisvesting, relatieproblemen of onveiligheid. Zij verkennen de hulpvraag en "
            "dragen warm over aan het Voor Elkaar team of Veilig Thuis."
        ),
        "summary": (
            "Ben je zwanger of ligt je baby in het ziekenhuis en maak je je zorgen over geld, "
            "wonen of thuis? De maatschappelijk werker denkt met je mee."
        ),
        "life_phases": [*PREGNANCY, "kraamperiode"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["geld", "wonen", "huiselijk-geweld", "sociaal-netwerk"],
        "formats": ["individueel"],
        "access_route": "professional_referral",
        "cost_note": "Onderdeel van de ziekenhuiszorg",
        "verified_days_ago": 35,
    },
    {
        "slug": "deventer-ziekenhuis-borstvoedingspoli",
        "organisation": "deventer-ziekenhuis",
        "name": "Borstvoedingspoli",
        "description": (
            "Lactatiekundigen helpen bij complexe borstvoedingsproblemen, zoals te weinig "
            "melk, pijn of een baby die slecht drinkt, ook na een vroeggeboorte. Intake binnen "
            "een week na verwijzing."
        ),
        "summary": (
            "Lukt borstvoeding niet goed? Een lactatiekundige kijkt samen met jou wat er helpt."
        ),
        "life_phases": ["kraamperiode", "0-1-jaar"],
        "themes": ["voeding-en-borstvoeding", "medisch-risico"],
        "formats": ["individueel"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 1,
        "verified_days_ago": 400,
    },
    {
        "slug": "dimence-perinatale-ggz",
        "organisation": "dimence-deventer",
        "name": "Perinatale GGZ",
        "description": (
            "Behandeling voor vrouwen met (een voorgeschiedenis van) ernstige psychische "
            "klachten rond zwangerschap en bevalling, zoals depressie, angst, bipolaire "
            "stoornis of psychose. De behandelaar werkt samen met de POPP-poli en heeft "
            "aandacht voor de ontluikende band tussen moeder en baby."
        ),
        "summary": (
            "Voel je je erg somber, angstig of in de war tijdens je zwangerschap of na de "
            "bevalling? Dan kun je bij Dimence hulp krijgen die rekening houdt met jou én je "
            "baby."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, "kraamperiode", "0-1-jaar"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["psychische-gezondheid", "hechting", "medisch-risico"],
        "formats": ["individueel", "online"],
        "languages": ["nl", "en"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 6,
        "verified_days_ago": 60,
    },
    {
        "slug": "dimence-ouder-baby-therapie",
        "organisation": "dimence-deventer",
        "name": "Ouder-babytherapie",
        "description": (
            "Ouder-kindpsychotherapie (parent–infant psychotherapy) voor ouders en baby's tot "
            "anderhalf jaar bij wie de relatie onder druk staat, bijvoorbeeld door een "
            "postpartumdepressie, trauma of een traumatische bevalling. Met video-opnames wordt "
            "gewerkt aan het lezen van babysignalen en mentaliseren."
        ),
        "summary": (
            "Loopt het contact met je baby niet zoals je had gehoopt? Samen met een therapeut "
            "leer je je baby beter begrijpen."
        ),
        "life_phases": ["zwangerschap-3e-trimester", "kraamperiode", "0-1-jaar", "1-2-jaar"],
        "themes": ["hechting", "psychische-gezondheid"],
        "formats": ["individueel", "huisbezoek"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 8,
        "verified_days_ago": 60,
    },
    {
        "slug": "dimence-mentaliserende-oudergroep",
        "organisation": "dimence-deventer",
        "name": "Oudergroep mentaliseren (zwangerschap en eerste jaar)",
        "description": (
            "Groepsbehandeling van twaalf bijeenkomsten voor aanstaande en jonge ouders met "
            "psychische kwetsbaarheid. Ouders oefenen met mentaliseren: stilstaan bij wat er "
            "in henzelf en in hun baby omgaat. Ontwikkeld binnen het ROK-project Deventer."
        ),
        "summary": (
            "In deze groep praat je met andere ouders over wat er in jou en je baby omgaat. "
            "Zo leer je je kind beter begrijpen."
        ),
        "life_phases": [*LATE_PREGNANCY, "kraamperiode", "0-1-jaar"],
        "themes": ["hechting", "psychische-gezondheid", "sociaal-netwerk"],
        "formats": ["groep"],
        "access_route": "professional_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 4,
        "verified_days_ago": 60,
    },
    {
        "slug": "kidz-team-ouder-kindbehandeling",
        "organisation": "kidz-team-deventer",
        "name": "Ouder-kindbehandeling 0–4 jaar (infant mental health)",
        "description": (
            "Behandeling voor baby's en peuters met regulatieproblemen (excessief huilen, "
            "slaap- of voedingsproblemen) of ontwikkelingszorgen, altijd samen met de ouders. "
            "Diagnostiek met observatie van de ouder-kindinteractie; behandeling met "
            "video-feedback en, zo nodig, thuisbehandeling."
        ),
        "summary": (
            "Huilt of slaapt je kindje veel en lukt het thuis niet meer? Het Kidz-team helpt "
            "jou en je kind samen."
        ),
        "life_phases": ["0-1-jaar", "1-2-jaar"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["hechting", "opvoedondersteuning", "psychische-gezondheid"],
        "formats": ["individueel", "huisbezoek"],
        "access_route": "gp_referral",
        "cost_option": "municipality",
        "cost_note": "Vergoed via de Jeugdwet (gemeente)",
        "waiting_weeks": 10,
        "accepts_new_families": True,
        "verified_days_ago": 420,
        "capacity_days_ago": 200,
    },
    {
        "slug": "kidz-team-video-hometraining",
        "organisation": "kidz-team-deventer",
        "name": "Video-hometraining (VHT) voor ouders van baby's",
        "description": (
            "Korte video-interactiebegeleiding thuis: in vijf tot acht bezoeken worden "
            "alledaagse momenten gefilmd en samen teruggekeken, met de nadruk op wat goed gaat "
            "in het contact. Geschikt als vroege hulp bij onzekerheid of een moeizame start."
        ),
        "summary": (
            "Iemand filmt thuis een gewoon moment met je baby. Samen kijken jullie terug en "
            "zie je wat al goed gaat."
        ),
        "life_phases": ["0-1-jaar", "1-2-jaar"],
        "themes": ["hechting", "opvoedondersteuning"],
        "formats": ["huisbezoek"],
        "access_route": "neighbourhood_team",
        "cost_option": "municipality",
        "cost_note": "Vergoed via de Jeugdwet (gemeente)",
        "recognition": ("nji", "effective_first", "2020-03-01"),
        "waiting_weeks": 4,
        "verified_days_ago": 420,
    },
    {
        "slug": "impluz-ouderschapsbegeleiding-lvb",
        "organisation": "impluz",
        "name": "Ouderschapsbegeleiding bij een licht verstandelijke beperking",
        "description": (
            "Ambulante begeleiding van (aanstaande) ouders met een LVB en bijkomende "
            "psychische problemen, vanaf de zwangerschap tot het kind twee jaar is. De "
            "begeleider werkt met pictogrammen, stappenplannen en beeldmateriaal en stemt af "
            "met kraamzorg, JGZ en wijkteam."
        ),
        "summary": (
            "Vind je lezen, plannen of onthouden moeilijk en krijg je een baby? Een begeleider "
            "komt bij je thuis en legt alles stap voor stap uit, met plaatjes."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["lvb", "opvoedondersteuning", "hechting", "psychische-gezondheid"],
        "formats": ["individueel", "huisbezoek"],
        "access_route": "municipal_decision",
        "cost_option": "municipality",
        "cost_note": "Via een beschikking van de gemeente (Wmo of Jeugdwet)",
        "waiting_weeks": 6,
        "verified_days_ago": 20,
    },
    {
        "slug": "impluz-rok-consultatie",
        "organisation": "impluz",
        "name": "ROK-consultatie voor professionals",
        "description": (
            "Consultatie voor professionals in het ROK-netwerk Deventer die zich zorgen maken "
            "over de hechting of het ouderschap in een gezin, met name bij (vermoeden van) een "
            "LVB. Telefonisch of in de maandelijkse casustafel; anoniem of met toestemming van "
            "de ouder."
        ),
        "summary": (
            "Dit is een overleg tussen hulpverleners. Je hulpverlener kan hier advies vragen "
            "over de beste hulp voor jou."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["hechting", "lvb"],
        "formats": ["individueel", "online"],
        "access_route": "professional_referral",
        "verified_days_ago": 20,
    },
    {
        "slug": "impluz-groep-straks-ben-ik-mama",
        "organisation": "impluz",
        "name": "Groep 'Straks ben ik mama' (zwanger met een LVB)",
        "description": (
            "Groep van zes bijeenkomsten voor zwangere vrouwen met een LVB over de bevalling, "
            "de verzorging van de baby en hulp vragen. Met eenvoudige taal, filmpjes en "
            "oefenen met een oefenpop. De partner of een steunfiguur mag mee."
        ),
        "summary": (
            "In deze groep leer je samen met andere zwangere vrouwen hoe je voor je baby "
            "zorgt. Alles wordt rustig en met plaatjes uitgelegd."
        ),
        "life_phases": LATE_PREGNANCY,
        "themes": ["lvb", "hechting", "opvoedondersteuning", "sociaal-netwerk"],
        "formats": ["groep"],
        "access_route": "professional_referral",
        "cost_option": "municipality",
        "cost_note": "Vergoed door de gemeente Deventer",
        "status": "temporarily_closed",
        "status_notice": (
            "De huidige groep is vol. De volgende groep start na de zomer; aanmelden voor de "
            "wachtlijst kan wel."
        ),
        "accepts_new_families": False,
        "waiting_weeks": 12,
        "verified_days_ago": 20,
    },
    {
        "slug": "voor-elkaar-ondersteuning-gezinnen",
        "organisation": "voor-elkaar-team-deventer",
        "name": "Ondersteuning voor (aanstaande) ouders door het Voor Elkaar team",
        "description": (
            "Het Voor Elkaar team verkent samen met (aanstaande) ouders alle leefgebieden: "
            "geld, wonen, relatie, netwerk, opvoeden en gezondheid. Het team biedt zelf "
            "kortdurende ondersteuning en regelt zo nodig specialistische hulp. Eén vaste "
            "contactpersoon houdt het overzicht."
        ),
        "summary": (
            "Maak je je zorgen over geld, wonen, je relatie of de opvoeding? Het Voor Elkaar "
            "team helpt je en zoekt met je uit welke hulp past."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ALL_CARE_PHASES,
        "themes": [
            "geld",
            "wonen",
            "sociaal-netwerk",
            "opvoedondersteuning",
            "huiselijk-geweld",
            "tienerouders",
        ],
        "formats": ["individueel", "huisbezoek"],
        "languages": ["nl", "en", "ar", "tr", "pl", "ti"],
        "is_public": True,
        "verified_days_ago": 8,
    },
    {
        "slug": "zwangerschapsinloop-deventer",
        "organisation": "voor-elkaar-team-deventer",
        "name": "Zwangerschapsinloop 'Zwanger & Zo'",
        "description": (
            "Wekelijkse inloop voor zwangeren en ouders met een baby, samen georganiseerd door "
            "het Voor Elkaar team, de JGZ en verloskundigen uit het ROK-netwerk. Ouders "
            "ontmoeten elkaar en kunnen zonder afspraak vragen stellen; een thema-ochtend gaat "
            "over hechting, voeding of geld. Voortgekomen uit de wens van ouders en "
            "professionals in ROK Deventer voor een laagdrempelig inlooppunt."
        ),
        "summary": (
            "Ben je zwanger of heb je een baby? Loop op dinsdagochtend binnen voor koffie, "
            "contact met andere ouders en vragen aan een verpleegkundige of verloskundige."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, "kraamperiode", "0-1-jaar"],
        "care_phases": ["signaleren", "verkennen"],
        "themes": [
            "sociaal-netwerk",
            "hechting",
            "geld",
            "onbedoelde-zwangerschap",
            "taal-en-cultuur",
            "voeding-en-borstvoeding",
        ],
        "formats": ["inloop", "groep"],
        "languages": ["nl", "en", "ar", "ti"],
        "locations": ["Voor Elkaar team Voorstad"],
        "is_public": True,
        "verified_days_ago": 8,
    },
    {
        "slug": "voor-elkaar-toegang-jeugdhulp",
        "organisation": "voor-elkaar-team-deventer",
        "name": "Toegang tot jeugdhulp en Wmo",
        "description": (
            "Het Voor Elkaar team beslist namens de gemeente over specialistische jeugdhulp "
            "(zoals ouder-kindbehandeling of intensieve gezinsbegeleiding) en Wmo-ondersteuning. "
            "Professionals kunnen een gezin aanmelden voor een verkennend gesprek; de "
            "beschikking volgt gemiddeld binnen twee weken."
        ),
        "summary": (
            "Heb je meer hulp nodig? Het Voor Elkaar team kan dit voor je aanvragen bij de "
            "gemeente."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["verkennen"],
        "themes": ["opvoedondersteuning", "psychische-gezondheid", "lvb"],
        "formats": ["individueel"],
        "waiting_weeks": 2,
        "verified_days_ago": 8,
    },
    {
        "slug": "jgz-ijsselland-prenataal-huisbezoek",
        "organisation": "ggd-ijsselland-jgz",
        "name": "Prenataal huisbezoek door de jeugdverpleegkundige",
        "description": (
            "Huisbezoek tussen 28 en 34 weken zwangerschap bij zwangeren met risicofactoren, "
            "na aanmelding door verloskundige of gynaecoloog. De jeugdverpleegkundige verkent "
            "de thuissituatie, het netwerk en de beleving van de zwangerschap en bespreekt de "
            "band met de baby. Bij zorgen volgt warme overdracht naar passende steun."
        ),
        "summary": (
            "Een jeugdverpleegkundige komt al tijdens je zwangerschap bij je thuis. Zij "
            "vertelt wat het consultatiebureau voor je kan doen en luistert naar je vragen."
        ),
        "life_phases": LATE_PREGNANCY,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["hechting", "opvoedondersteuning", "sociaal-netwerk", "geld"],
        "formats": ["huisbezoek"],
        "languages": ["nl", "en", "ar"],
        "access_route": "professional_referral",
        "verified_days_ago": 25,
    },
    {
        "slug": "jgz-ijsselland-consultatiebureau",
        "organisation": "ggd-ijsselland-jgz",
        "name": "Consultatiebureau (0–4 jaar)",
        "description": (
            "Reguliere jeugdgezondheidszorg: het volgen van groei en ontwikkeling, "
            "vaccinaties uit het Rijksvaccinatieprogramma en advies over voeding, slapen en "
            "opvoeden. Het eerste contact is een huisbezoek rond twee weken na de geboorte."
        ),
        "summary": (
            "Op het consultatiebureau kijken ze of je kind goed groeit en krijgt je kind "
            "prikken. Je kunt er ook al je vragen over je kind stellen."
        ),
        "life_phases": AFTER_BIRTH,
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["opvoedondersteuning", "voeding-en-borstvoeding", "medisch-risico"],
        "formats": ["individueel", "huisbezoek"],
        "languages": ["nl", "en", "ar", "tr", "pl"],
        "is_public": True,
        "verified_days_ago": 25,
    },
    {
        "slug": "jgz-ijsselland-voorzorg",
        "organisation": "ggd-ijsselland-jgz",
        "name": "VoorZorg",
        "description": (
            "Intensief huisbezoekprogramma (Nurse-Family Partnership) voor jonge vrouwen tot "
            "25 jaar met een laag opleidingsniveau en aanvullende risicofactoren, zoals "
            "huiselijk geweld, psychische problemen of weinig steun. Een gespecialiseerde "
            "jeugdverpleegkundige komt van vóór 28 weken zwangerschap tot het kind twee jaar "
            "is, ongeveer veertig keer. Aanmelden vóór 28 weken."
        ),
        "summary": (
            "Ben je jong en zwanger en kun je wel wat steun gebruiken? Een vaste "
            "verpleegkundige komt tot je kind twee jaar is regelmatig bij je langs."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["steun-op-maat"],
        "themes": [
            "hechting",
            "tienerouders",
            "opvoedondersteuning",
            "verslaving",
            "huiselijk-geweld",
            "sociaal-netwerk",
        ],
        "formats": ["huisbezoek"],
        "access_route": "professional_referral",
        "recognition": ("nji", "effective_good", "2019-11-20"),
        "is_public": True,
        "verified_days_ago": 25,
    },
    {
        "slug": "jgz-ijsselland-stevig-ouderschap",
        "organisation": "ggd-ijsselland-jgz",
        "name": "Stevig Ouderschap",
        "description": (
            "Preventief huisbezoekprogramma voor ouders van een eerste kind met risicofactoren "
            "zoals een belaste eigen jeugd, psychische problemen of stress. Na screening op "
            "het consultatiebureau komt een jeugdverpleegkundige zes tot acht keer thuis, tot "
            "het kind achttien maanden is. Doel: het zelfvertrouwen van ouders vergroten en "
            "kindermishandeling voorkomen."
        ),
        "summary": (
            "Is het ouderschap zwaarder dan je dacht? Een verpleegkundige van het "
            "consultatiebureau komt een paar keer bij je thuis om te praten over jou en je "
            "baby."
        ),
        "life_phases": AFTER_BIRTH,
        "themes": ["hechting", "opvoedondersteuning", "psychische-gezondheid", "sociaal-netwerk"],
        "formats": ["huisbezoek"],
        "access_route": "youth_health_referral",
        "recognition": ("nji", "effective_first", "2021-04-12"),
        "waiting_weeks": 2,
        "verified_days_ago": 25,
    },
    {
        "slug": "jgz-ijsselland-borstvoedingsinloop",
        "organisation": "ggd-ijsselland-jgz",
        "name": "Borstvoedings- en weeginloop",
        "description": (
            "Wekelijkse inloop op het consultatiebureau waar ouders hun baby kunnen wegen en "
            "vragen over borst- en flesvoeding kunnen stellen aan een lactatiekundige "
            "jeugdverpleegkundige. Ook een plek om andere ouders te ontmoeten."
        ),
        "summary": (
            "Loop binnen zonder afspraak om je baby te wegen of vragen te stellen over "
            "voeding. Je ontmoet er ook andere ouders."
        ),
        "life_phases": ["kraamperiode", "0-1-jaar"],
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["voeding-en-borstvoeding", "sociaal-netwerk"],
        "formats": ["inloop"],
        "locations": ["Consultatiebureau Colmschate"],
        "is_public": True,
        "verified_days_ago": 25,
    },
    {
        "slug": "jgz-ijsselland-samen-starten",
        "organisation": "ggd-ijsselland-jgz",
        "name": "Samen Starten",
        "description": (
            "Methode waarmee de jeugdverpleegkundige in de eerste contacten na de geboorte "
            "samen met ouders beschermende en risicofactoren in het gezin bespreekt. Ouders "
            "bepalen mee welke steun past; zo nodig volgt een plan met andere partners."
        ),
        "summary": (
            "Op het consultatiebureau praat je over hoe het thuis gaat. Samen kijken jullie wat "
            "goed gaat en waar je hulp bij wilt."
        ),
        "life_phases": AFTER_BIRTH,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["opvoedondersteuning", "sociaal-netwerk", "hechting"],
        "formats": ["individueel", "huisbezoek"],
        "recognition": ("nji", "theoretically_sound", "2018-09-01"),
        "verified_days_ago": 25,
    },
    {
        "slug": "de-wieg-centering-zwangerschap",
        "organisation": "verloskundigenpraktijk-de-wieg",
        "name": "Centering Zwangerschap",
        "description": (
            "Groepsgerichte prenatale zorg: acht tot twaalf zwangeren met ongeveer dezelfde "
            "termijn krijgen tien bijeenkomsten van twee uur in plaats van individuele "
            "controles. Zwangeren meten zelf bloeddruk en gewicht; daarna volgt een "
            "groepsgesprek over gezondheid, bevallen, voeding en de band met de baby."
        ),
        "summary": (
            "Je controles bij de verloskundige zijn samen met andere zwangeren. Je leert van "
            "elkaar en maakt nieuwe contacten."
        ),
        "life_phases": PREGNANCY,
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": [
            "sociaal-netwerk",
            "voeding-en-borstvoeding",
            "bewegen-en-leefstijl",
            "hechting",
        ],
        "formats": ["groep"],
        "languages": ["nl", "en"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "recognition": ("loket_gezond_leven", "effective_first", "2019-05-15"),
        "is_public": True,
        "verified_days_ago": 5,
    },
    {
        "slug": "de-wieg-verloskundige-zorg",
        "organisation": "verloskundigenpraktijk-de-wieg",
        "name": "Verloskundige zorg",
        "description": (
            "Eerstelijns verloskundige zorg: prenatale controles, begeleiding van de "
            "bevalling thuis of in het ziekenhuis en nazorg in de kraamweek. Bij de intake "
            "wordt met de Mind2Care-vragenlijst ook naar psychosociale risico's gevraagd."
        ),
        "summary": (
            "De verloskundige controleert of het goed gaat met jou en je baby, helpt bij de "
            "bevalling en komt daarna nog bij je thuis."
        ),
        "life_phases": [*PREGNANCY, "kraamperiode"],
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["medisch-risico", "psychische-gezondheid"],
        "formats": ["individueel", "huisbezoek"],
        "languages": ["nl", "en", "ar"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "is_public": True,
        "verified_days_ago": 5,
    },
    {
        "slug": "de-wieg-kinderwensspreekuur",
        "organisation": "verloskundigenpraktijk-de-wieg",
        "name": "Kinderwensspreekuur (preconceptieconsult)",
        "description": (
            "Consult voor vrouwen en stellen met een kinderwens over foliumzuur, leefstijl, "
            "medicijnen, erfelijkheid en werk. Voor wie twijfelt over het moment van "
            "zwangerschap is er ruimte voor een Nu Niet Zwanger-gesprek over anticonceptie."
        ),
        "summary": (
            "Wil je zwanger worden? In één gesprek hoor je wat je nu al kunt doen voor een "
            "gezonde zwangerschap."
        ),
        "life_phases": ["kinderwens"],
        "care_phases": ["signaleren"],
        "themes": [
            "bewegen-en-leefstijl",
            "medisch-risico",
            "verslaving",
            "onbedoelde-zwangerschap",
        ],
        "formats": ["individueel"],
        "cost_option": "insured",
        "cost_note": "Vaak vergoed uit de aanvullende verzekering; vraag het je verzekeraar",
        "is_public": True,
        "verified_days_ago": 5,
    },
    {
        "slug": "de-wieg-rookvrije-zwangerschap",
        "organisation": "verloskundigenpraktijk-de-wieg",
        "name": "Stoppen met roken in de zwangerschap (V-MIS)",
        "description": (
            "Gestructureerde stoppen-met-rokenbegeleiding door de verloskundige volgens de "
            "Minimale Interventiestrategie voor de verloskundigenpraktijk (V-MIS). De partner "
            "wordt actief betrokken; zo nodig volgt verwijzing naar intensieve begeleiding."
        ),
        "summary": (
            "Wil je stoppen met roken nu je zwanger bent? Je verloskundige helpt je stap voor "
            "stap, en je partner kan meedoen."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, "kraamperiode"],
        "themes": ["verslaving", "bewegen-en-leefstijl"],
        "formats": ["individueel"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "recognition": ("loket_gezond_leven", "effective_first", "2017-10-01"),
        "is_public": True,
        "verified_days_ago": 5,
    },
    {
        "slug": "colmschate-verloskundige-zorg-r4u",
        "organisation": "verloskundigen-colmschate",
        "name": "Verloskundige zorg met R4U-risicoscreening",
        "description": (
            "Verloskundige zorg waarbij elke zwangere bij de intake de R4U-vragenlijst "
            "(Rotterdam Reproductive Risk Reduction) invult. Medische én sociale risico's, "
            "zoals geldzorgen of onveiligheid, komen zo vroeg in beeld. Bij een verhoogde score "
            "volgt met toestemming overleg met het Voor Elkaar team of de JGZ."
        ),
        "summary": (
            "Bij je eerste afspraak vul je een vragenlijst in over je gezondheid en je "
            "leven. Zo weet de verloskundige waar je misschien extra hulp bij wilt."
        ),
        "life_phases": PREGNANCY,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["medisch-risico", "psychische-gezondheid", "geld", "wonen"],
        "formats": ["individueel", "huisbezoek"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "is_public": True,
        "verified_days_ago": 390,
    },
    {
        "slug": "colmschate-voorlichtingsavond",
        "organisation": "verloskundigen-colmschate",
        "name": "Voorlichtingsavond bevallen en borstvoeding",
        "description": (
            "Maandelijkse voorlichtingsavond voor zwangeren en partners over de bevalling, "
            "pijnbestrijding, borstvoeding en de eerste weken thuis. Verloskundige en "
            "kraamverzorgende geven samen voorlichting."
        ),
        "summary": (
            "Een avond voor jou en je partner over bevallen en borstvoeding. Je kunt al je "
            "vragen stellen."
        ),
        "life_phases": LATE_PREGNANCY,
        "care_phases": ["steun-op-maat"],
        "themes": ["voeding-en-borstvoeding", "bewegen-en-leefstijl"],
        "formats": ["groep"],
        "is_public": True,
        "verified_days_ago": 390,
    },
    {
        "slug": "deventer-schuldhulpverlening",
        "organisation": "gemeente-deventer",
        "name": "Schuldhulpverlening gemeente Deventer",
        "description": (
            "Gratis schuldhulpverlening: stabilisatie van de financiële situatie, budgetbeheer "
            "en zo nodig een minnelijke schuldregeling. Zwangeren en gezinnen met een baby "
            "krijgen binnen drie werkdagen een eerste gesprek. Aanmelden kan zelf of via een "
            "professional."
        ),
        "summary": (
            "Heb je schulden of kun je je rekeningen niet betalen? De gemeente helpt je gratis "
            "om weer rust te krijgen."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["geld"],
        "formats": ["individueel", "inloop"],
        "languages": ["nl", "en", "ar", "tr"],
        "waiting_weeks": 2,
        "is_public": True,
        "verified_days_ago": 15,
    },
    {
        "slug": "deventer-casustafel-kansrijke-start",
        "organisation": "gemeente-deventer",
        "name": "Casustafel Kansrijke Start (ROK-netwerk Deventer)",
        "description": (
            "Maandelijkse casustafel van de Deventer coalitie Kansrijke Start, waar "
            "professionals uit het medische en sociale domein een situatie inbrengen en samen "
            "bepalen wie wat doet. Anoniem, of met naam als de ouder daarvoor toestemming heeft "
            "gegeven. Voortgekomen uit het ROK-project."
        ),
        "summary": (
            "Dit is een overleg tussen hulpverleners. Zij zoeken samen naar de beste hulp, "
            "alleen met jouw toestemming met je naam."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["hechting", "psychische-gezondheid", "lvb", "geld"],
        "formats": ["groep", "online"],
        "access_route": "professional_referral",
        "verified_days_ago": 15,
    },
    {
        "slug": "deventer-minimaregelingen",
        "organisation": "gemeente-deventer",
        "name": "Minimaregelingen en bijzondere bijstand",
        "description": (
            "Inwoners met een laag inkomen kunnen bijzondere bijstand aanvragen, bijvoorbeeld "
            "voor een kinderwagen, bedje of babyuitzet, en gebruikmaken van de "
            "Meedoen-regeling. Het Geldloket helpt bij de aanvraag."
        ),
        "summary": (
            "Heb je weinig geld? Je kunt bij de gemeente hulp aanvragen voor spullen voor je baby."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["steun-op-maat"],
        "themes": ["geld"],
        "formats": ["inloop", "online"],
        "is_public": True,
        "verified_days_ago": 15,
    },
    {
        "slug": "tactus-zwanger-en-verslaving",
        "organisation": "tactus-deventer",
        "name": "Verslavingszorg voor zwangeren en jonge ouders",
        "description": (
            "Behandeling van problematisch gebruik van alcohol, drugs, medicijnen of gokken "
            "bij zwangeren en ouders van jonge kinderen, met voorrang bij de intake. De "
            "behandelaar stemt af met verloskundige, POPP-poli en JGZ, en betrekt de partner."
        ),
        "summary": (
            "Gebruik je alcohol of drugs en ben je zwanger of net moeder of vader? Bij Tactus "
            "krijg je snel hulp, zonder oordeel."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["verslaving", "psychische-gezondheid", "hechting"],
        "formats": ["individueel", "online"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 3,
        "verified_days_ago": 75,
    },
    {
        "slug": "tactus-preventiegesprek",
        "organisation": "tactus-deventer",
        "name": "Preventiegesprek alcohol, drugs en roken",
        "description": (
            "Eenmalig of kortdurend motiverend gesprek voor (aanstaande) ouders die twijfelen "
            "over hun gebruik van alcohol, cannabis of andere middelen. Zonder verwijzing en "
            "gratis; ook anoniem via chat."
        ),
        "summary": (
            "Twijfel je of je te veel drinkt, blowt of gebruikt? Praat er gratis over met "
            "iemand van Tactus, ook via chat."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, "kraamperiode", "0-1-jaar"],
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["verslaving"],
        "formats": ["individueel", "online"],
        "is_public": True,
        "verified_days_ago": 75,
    },
    {
        "slug": "mee-clientondersteuning-ouders",
        "organisation": "mee-ijsseloevers",
        "name": "Cliëntondersteuning voor ouders met een beperking",
        "description": (
            "Onafhankelijke cliëntondersteuning voor (aanstaande) ouders met een LVB of andere "
            "beperking: hulp bij het aanvragen van zorg, het begrijpen van brieven, "
            "geldzaken en het voorbereiden op de komst van de baby. Ook ondersteuning bij "
            "gesprekken met de gemeente."
        ),
        "summary": (
            "Vind je brieven en regels moeilijk? Iemand van MEE helpt je om de zorg te regelen "
            "die je nodig hebt."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["lvb", "geld", "opvoedondersteuning"],
        "formats": ["individueel", "huisbezoek"],
        "is_public": True,
        "verified_days_ago": 150,
    },
    {
        "slug": "mee-training-ik-word-ouder",
        "organisation": "mee-ijsseloevers",
        "name": "Training 'Ik word ouder'",
        "description": (
            "Groepstraining voor aanstaande ouders met een LVB. Niet meer beschikbaar: "
            "vervangen door de groep 'Straks ben ik mama' van Impluz."
        ),
        "summary": "Deze training wordt niet meer gegeven.",
        "life_phases": ["kinderwens", *PREGNANCY],
        "themes": ["lvb", "opvoedondersteuning"],
        "formats": ["groep"],
        "status": "inactive",
        "accepts_new_families": False,
        "accepts_referrals": False,
        "verified_days_ago": 500,
    },
    {
        "slug": "home-start-deventer",
        "organisation": "humanitas-deventer",
        "name": "Home-Start",
        "description": (
            "Opvoedingsondersteuning door getrainde vrijwilligers die zelf ouder zijn. De "
            "vrijwilliger bezoekt het gezin wekelijks, zes tot twaalf maanden lang, en biedt "
            "een luisterend oor, praktische hulp en steun bij het uitbreiden van het netwerk. "
            "Een beroepskracht coördineert en begeleidt de vrijwilligers."
        ),
        "summary": (
            "Een ervaren moeder of vader komt elke week bij je thuis. Zij luistert, helpt en "
            "denkt met je mee."
        ),
        "life_phases": ["zwangerschap-3e-trimester", *AFTER_BIRTH],
        "themes": ["sociaal-netwerk", "opvoedondersteuning", "hechting"],
        "formats": ["huisbezoek"],
        "recognition": ("nji", "effective_first", "2016-06-01"),
        "waiting_weeks": 4,
        "is_public": True,
        "verified_days_ago": 45,
    },
    {
        "slug": "humanitas-thuisadministratie-deventer",
        "organisation": "humanitas-deventer",
        "name": "Thuisadministratie",
        "description": (
            "Een vrijwilliger helpt het gezin thuis de administratie te ordenen, een "
            "huishoudboekje bij te houden en toeslagen aan te vragen. Voorkomt dat "
            "betalingsachterstanden uitgroeien tot schulden."
        ),
        "summary": (
            "Krijg je je papieren of geld niet op orde? Een vrijwilliger helpt je thuis om "
            "overzicht te krijgen."
        ),
        "life_phases": FIRST_1000_DAYS,
        "themes": ["geld"],
        "formats": ["huisbezoek"],
        "waiting_weeks": 3,
        "is_public": True,
        "verified_days_ago": 45,
    },
    {
        "slug": "vrouwenopvang-ijsseloever-crisisopvang",
        "organisation": "vrouwenopvang-ijsseloever",
        "name": "Crisisopvang bij huiselijk geweld",
        "description": (
            "Veilige crisisopvang op een geheim adres voor vrouwen (ook zwangeren) en hun "
            "kinderen die thuis niet veilig zijn. Aanmelden 24/7 via Veilig Thuis, de politie "
            "of een hulpverlener. Verloskundige zorg loopt door via een vaste praktijk."
        ),
        "summary": (
            "Ben je thuis niet veilig? Je kunt met je kinderen naar een veilig huis op een "
            "geheim adres. Dag en nacht."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "themes": ["huiselijk-geweld", "wonen"],
        "formats": ["individueel"],
        "languages": ["nl", "en", "ar", "tr"],
        "access_route": "professional_referral",
        "locations": ["Blijf-van-m'n-lijfhuis Deventer"],
        "is_public": True,
        "verified_days_ago": 30,
    },
    {
        "slug": "vrouwenopvang-ijsseloever-ambulant",
        "organisation": "vrouwenopvang-ijsseloever",
        "name": "Ambulante hulp bij huiselijk geweld",
        "description": (
            "Begeleiding voor vrouwen die thuis (nog) te maken hebben met geweld of dreiging, "
            "gericht op veiligheid van moeder en (ongeboren) kind. Samen wordt een "
            "veiligheidsplan gemaakt; de begeleider kan ook bij de vrouw thuis of op een "
            "andere veilige plek afspreken."
        ),
        "summary": (
            "Voel je je thuis niet veilig? Je kunt praten met iemand die je helpt om een "
            "veilig plan te maken."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["huiselijk-geweld"],
        "formats": ["individueel", "inloop", "online"],
        "locations": ["Steunpunt Huiselijk Geweld Deventer"],
        "is_public": True,
        "verified_days_ago": 30,
    },
    {
        "slug": "veilig-thuis-ijsselland-advies",
        "organisation": "veilig-thuis-ijsselland",
        "name": "Advies en melding huiselijk geweld en kindermishandeling",
        "description": (
            "Professionals kunnen bij Veilig Thuis advies vragen bij zorgen over de veiligheid "
            "van een (ongeboren) kind of ouder, en een melding doen volgens de meldcode. "
            "Ouders en omstanders kunnen ook zelf bellen, anoniem als ze dat willen."
        ),
        "summary": (
            "Maak je je zorgen over geweld thuis, bij jou of bij iemand anders? Bel Veilig "
            "Thuis voor advies, dag en nacht."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["huiselijk-geweld"],
        "formats": ["online", "individueel"],
        "languages": ["nl", "en", "ar", "tr", "pl"],
        "is_public": True,
        "verified_days_ago": 90,
    },
    {
        "slug": "vijfhoek-poh-ggz",
        "organisation": "huisartsenpraktijk-de-vijfhoek",
        "name": "POH-GGZ: kortdurende hulp bij psychische klachten",
        "description": (
            "De praktijkondersteuner GGZ biedt vijf tot acht gesprekken bij lichte psychische "
            "klachten zoals somberheid, angst of stress rond zwangerschap en ouderschap. Bij "
            "zwaardere klachten volgt verwijzing naar de POPP-poli of Dimence."
        ),
        "summary": (
            "Voel je je somber of gespannen? Bij de huisarts kun je een paar gesprekken "
            "hebben met de praktijkondersteuner."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["psychische-gezondheid"],
        "formats": ["individueel", "online"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "waiting_weeks": 2,
        "verified_days_ago": 200,
    },
    {
        "slug": "vijfhoek-anticonceptiespreekuur",
        "organisation": "huisartsenpraktijk-de-vijfhoek",
        "name": "Spreekuur anticonceptie en kinderwens",
        "description": (
            "Spreekuur bij de huisarts over anticonceptie, kinderwens en de periode na de "
            "bevalling. Vrouwen die nu niet zwanger willen worden, kunnen een spiraal of "
            "implantaat laten plaatsen."
        ),
        "summary": (
            "Wil je (nog) niet zwanger worden, of juist wel? Bespreek het met je huisarts."
        ),
        "life_phases": ["kinderwens", "kraamperiode", "0-1-jaar"],
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["onbedoelde-zwangerschap", "medisch-risico"],
        "formats": ["individueel"],
        "cost_option": "insured",
        "cost_note": "Consult gratis; anticonceptie tot 21 jaar vergoed",
        "is_public": True,
        "verified_days_ago": 200,
    },
    {
        "slug": "spelenderwijs-vve",
        "organisation": "kinderopvang-spelenderwijs",
        "name": "Voor- en vroegschoolse educatie (VVE) met Uk & Puk",
        "description": (
            "Peuters met een VVE-indicatie van het consultatiebureau krijgen zestien uur per "
            "week peuteropvang met het programma Uk & Puk, gericht op taal, rekenen en "
            "sociaal-emotionele ontwikkeling. Een dreumesgroep vanaf achttien maanden bereidt "
            "voor. Ouders doen mee in ouderbijeenkomsten."
        ),
        "summary": (
            "Je kind speelt en leert samen met andere kinderen, zodat het goed voorbereid naar "
            "school gaat. Met een indicatie van het consultatiebureau betaal je weinig of niets."
        ),
        "life_phases": ["1-2-jaar"],
        "themes": ["taal-en-cultuur", "opvoedondersteuning", "sociaal-netwerk"],
        "formats": ["groep"],
        "access_route": "youth_health_referral",
        "cost_option": "municipality",
        "cost_note": "Met een VVE-indicatie betaalt de gemeente (een deel van) de kosten",
        "recognition": ("nji", "theoretically_sound", "2018-02-01"),
        "is_public": True,
        "verified_days_ago": 110,
    },
    {
        "slug": "spelenderwijs-smi-opvang",
        "organisation": "kinderopvang-spelenderwijs",
        "name": "Kinderopvang op sociaal-medische indicatie (SMI)",
        "description": (
            "Tijdelijke kinderopvang als een ouder door ziekte, psychische problemen of een "
            "crisis niet goed voor het kind kan zorgen. De indicatie wordt gesteld door het "
            "Voor Elkaar team, op advies van JGZ of behandelaar."
        ),
        "summary": (
            "Kun je even niet goed voor je kind zorgen, bijvoorbeeld door ziekte? Dan kan je "
            "kind een tijdje naar de opvang."
        ),
        "life_phases": ["0-1-jaar", "1-2-jaar"],
        "themes": ["psychische-gezondheid", "medisch-risico"],
        "formats": ["groep"],
        "access_route": "municipal_decision",
        "cost_option": "municipality",
        "cost_note": "Op indicatie betaald door de gemeente",
        "verified_days_ago": 110,
    },
    {
        "slug": "voedselbank-deventer-pakket",
        "organisation": "voedselbank-deventer",
        "name": "Voedselpakket met babyspullen",
        "description": (
            "Wekelijks voedselpakket voor huishoudens onder de landelijke norm van de "
            "Voedselbanken. Gezinnen met een baby of zwangere krijgen luiers, flesvoeding en "
            "verzorgingsproducten. Intake via een hulpverlener; herbeoordeling na zes maanden."
        ),
        "summary": (
            "Heb je heel weinig geld voor eten? Via een hulpverlener kun je elke week een "
            "pakket met eten en babyspullen krijgen."
        ),
        "life_phases": ["zwangerschap-3e-trimester", *AFTER_BIRTH],
        "themes": ["geld", "voeding-en-borstvoeding"],
        "formats": ["inloop"],
        "access_route": "professional_referral",
        "is_public": True,
        "verified_days_ago": 540,
        "capacity_days_ago": 540,
    },
    {
        "slug": "sociaal-team-olst-wijhe-ondersteuning",
        "organisation": "sociaal-team-olst-wijhe",
        "name": "Ondersteuning jonge gezinnen Olst-Wijhe",
        "description": (
            "Het Sociaal Team biedt jonge gezinnen in Olst-Wijhe één vaste contactpersoon "
            "voor vragen over opvoeden, geld, wonen en zorg. De contactpersoon stemt af met "
            "verloskundige, kraamzorg en consultatiebureau en kan jeugdhulp inzetten."
        ),
        "summary": (
            "Woon je in Olst of Wijhe en heb je vragen over je gezin? Het Sociaal Team geeft je "
            "één vaste contactpersoon."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ALL_CARE_PHASES,
        "themes": ["opvoedondersteuning", "geld", "wonen", "sociaal-netwerk"],
        "formats": ["individueel", "huisbezoek", "inloop"],
        "is_public": True,
        "verified_days_ago": 65,
    },
    {
        "slug": "jonge-moedergroep-salland",
        "organisation": "jonge-moeders-salland",
        "name": "Jonge moedergroep Salland",
        "description": (
            "Wekelijkse groep voor moeders onder de 23 jaar. De stichting is opgeheven; kijk "
            "voor vergelijkbaar aanbod bij de zwangerschapsinloop van het Voor Elkaar team."
        ),
        "summary": "Deze groep bestaat niet meer.",
        "life_phases": AFTER_BIRTH,
        "themes": ["tienerouders", "sociaal-netwerk"],
        "formats": ["groep"],
        "status": "inactive",
        "accepts_new_families": False,
        "accepts_referrals": False,
        "verified_days_ago": 700,
    },
    # ----------------------------------------------------------------------------- Rotterdam
    {
        "slug": "erasmus-mc-pop-poli",
        "organisation": "erasmus-mc",
        "name": "POP-poli (Psychiatrie, Obstetrie, Pediatrie)",
        "description": (
            "Multidisciplinaire zorg voor zwangeren met psychiatrische problematiek, "
            "psychofarmacagebruik of middelengebruik. Gynaecoloog, psychiater en kinderarts "
            "maken een geboorteplan; na de bevalling wordt de baby zo nodig geobserveerd op "
            "ontwenningsverschijnselen."
        ),
        "summary": (
            "Heb je psychische klachten of gebruik je medicijnen of drugs en ben je zwanger? "
            "Op de POP-poli maken verschillende artsen samen met jou een plan."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, "kraamperiode", "0-1-jaar"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["psychische-gezondheid", "medisch-risico", "verslaving", "hechting"],
        "formats": ["individueel"],
        "languages": ["nl", "en", "ar", "tr"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 2,
        "verified_days_ago": 18,
    },
    {
        "slug": "erasmus-mc-preconceptiezorg",
        "organisation": "erasmus-mc",
        "name": "Preconceptiezorg en kinderwensspreekuur",
        "description": (
            "Spreekuur voor vrouwen en paren met een kinderwens en een verhoogd risico, "
            "bijvoorbeeld door een chronische ziekte, een eerdere vroeggeboorte of een "
            "erfelijke aandoening. Met aandacht voor leefstijl en sociale omstandigheden."
        ),
        "summary": (
            "Wil je zwanger worden en is er een medisch risico? De arts bespreekt met jou wat "
            "je vooraf kunt doen."
        ),
        "life_phases": ["kinderwens"],
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["medisch-risico", "bewegen-en-leefstijl"],
        "formats": ["individueel", "online"],
        "languages": ["nl", "en"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 5,
        "verified_days_ago": 18,
    },
    {
        "slug": "erasmus-mc-tweedelijns-geboortezorg",
        "organisation": "erasmus-mc",
        "name": "Zwangerschapszorg bij medisch risico",
        "description": (
            "Tweedelijns en derdelijns verloskundige zorg voor zwangerschappen met een "
            "medisch risico, zoals meerlingen, zwangerschapsdiabetes, hoge bloeddruk of "
            "dreigende vroeggeboorte. Nauwe samenwerking met de neonatologie van het Sophia."
        ),
        "summary": (
            "Is er een medisch risico bij jou of je baby? Dan word je in het ziekenhuis "
            "begeleid door een gynaecoloog."
        ),
        "life_phases": PREGNANCY,
        "themes": ["medisch-risico"],
        "formats": ["individueel"],
        "languages": ["nl", "en"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "verified_days_ago": 18,
    },
    {
        "slug": "samen-groeien-010-netwerkoverleg",
        "organisation": "erasmus-mc",
        "name": "Samen Groeien 010: integraal netwerkoverleg eerste 1000 dagen",
        "description": (
            "Wijkgericht overleg van het zorgnetwerk Samen Groeien 010, waarin verloskundigen, "
            "wijkteam, CJG, ASVZ en GGZ samen met (aanstaande) ouders een zorgtraject "
            "afstemmen. Gebaseerd op de definitie van kwetsbaarheid van Erasmus MC en gemeente "
            "Rotterdam; ouders zijn zelf bij het overleg of geven toestemming."
        ),
        "summary": (
            "Hulpverleners overleggen samen met jou, zodat je niet steeds opnieuw je verhaal "
            "hoeft te vertellen."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["psychische-gezondheid", "geld", "wonen", "lvb", "hechting"],
        "formats": ["groep", "online"],
        "access_route": "professional_referral",
        "service_areas": ["rotterdam"],
        "verified_days_ago": 18,
    },
    {
        "slug": "maasstad-pop-poli",
        "organisation": "maasstad-ziekenhuis",
        "name": "POP-poli Maasstad",
        "description": (
            "Polikliniek voor zwangeren met psychiatrische klachten of medicatiegebruik, "
            "waar gynaecoloog, psychiater, kinderarts en medisch maatschappelijk werker "
            "samenwerken. Na de bevalling volgt een overdracht aan CJG en huisarts."
        ),
        "summary": (
            "Heb je psychische klachten en ben je zwanger? In het Maasstad Ziekenhuis maken "
            "verschillende zorgverleners samen een plan met je."
        ),
        "life_phases": [*PREGNANCY, "kraamperiode"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["psychische-gezondheid", "medisch-risico"],
        "formats": ["individueel"],
        "languages": ["nl", "en", "tr"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 3,
        "verified_days_ago": 55,
    },
    {
        "slug": "maasstad-medisch-maatschappelijk-werk",
        "organisation": "maasstad-ziekenhuis",
        "name": "Medisch maatschappelijk werk verloskunde",
        "description": (
            "Ondersteuning van zwangeren en kraamvrouwen bij psychosociale problemen zoals "
            "schulden, dakloosheid, onveiligheid of een onbedoelde zwangerschap. De "
            "maatschappelijk werker schakelt snel met het wijkteam en de Vraagwijzer."
        ),
        "summary": (
            "Maak je je zorgen over geld, wonen of je veiligheid? De maatschappelijk werker "
            "van het ziekenhuis helpt je verder."
        ),
        "life_phases": [*PREGNANCY, "kraamperiode"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["geld", "wonen", "huiselijk-geweld", "onbedoelde-zwangerschap"],
        "formats": ["individueel"],
        "languages": ["nl", "en", "tr"],
        "access_route": "professional_referral",
        "cost_note": "Onderdeel van de ziekenhuiszorg",
        "verified_days_ago": 55,
    },
    {
        "slug": "cjg-prenataal-huisbezoek",
        "organisation": "cjg-rijnmond",
        "name": "Prenataal huisbezoek CJG",
        "description": (
            "Jeugdverpleegkundigen van het CJG bezoeken zwangeren in een kwetsbare situatie "
            "vanaf 20 weken, na aanmelding door verloskundige, gynaecoloog of wijkteam. Zij "
            "verkennen de situatie op alle leefgebieden en zetten zo nodig VoorZorg, Stevig "
            "Ouderschap of het wijkteam in."
        ),
        "summary": (
            "Al tijdens je zwangerschap komt een verpleegkundige van het CJG bij je thuis. "
            "Samen kijken jullie wat je nodig hebt als de baby er is."
        ),
        "life_phases": LATE_PREGNANCY,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["hechting", "opvoedondersteuning", "sociaal-netwerk", "geld", "wonen"],
        "formats": ["huisbezoek"],
        "languages": ["nl", "en", "ar", "tr", "so", "pap"],
        "access_route": "professional_referral",
        "verified_days_ago": 10,
    },
    {
        "slug": "cjg-consultatiebureau",
        "organisation": "cjg-rijnmond",
        "name": "Consultatiebureau CJG (0–4 jaar)",
        "description": (
            "Jeugdgezondheidszorg voor alle kinderen van 0 tot 4 jaar in Rotterdam en "
            "Capelle: groei, ontwikkeling, vaccinaties en advies. Met inzet van de "
            "tolkentelefoon en voorlichting in eigen taal."
        ),
        "summary": (
            "Op het consultatiebureau kijken ze of je kind gezond is en goed groeit. Je krijgt "
            "er ook advies over voeding en opvoeden."
        ),
        "life_phases": AFTER_BIRTH,
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": [
            "opvoedondersteuning",
            "voeding-en-borstvoeding",
            "medisch-risico",
            "taal-en-cultuur",
        ],
        "formats": ["individueel", "huisbezoek"],
        "languages": ["nl", "en", "ar", "tr", "pl", "so", "pap", "es"],
        "is_public": True,
        "verified_days_ago": 10,
    },
    {
        "slug": "cjg-inloopspreekuur",
        "organisation": "cjg-rijnmond",
        "name": "Inloopspreekuur CJG",
        "description": (
            "Vrije inloop op de CJG-locaties voor ouders en aanstaande ouders met vragen over "
            "opvoeden, voeding, slapen of zorgen thuis. Een jeugdverpleegkundige of "
            "pedagoog is aanwezig."
        ),
        "summary": (
            "Heb je een vraag over je baby of peuter? Kom zonder afspraak langs bij het CJG."
        ),
        "life_phases": [*LATE_PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["opvoedondersteuning", "voeding-en-borstvoeding"],
        "formats": ["inloop"],
        "languages": ["nl", "en", "ar", "tr"],
        "locations": ["CJG Feijenoord", "CJG Charlois", "CJG Delfshaven"],
        "is_public": True,
        "verified_days_ago": 10,
    },
    {
        "slug": "cjg-voorzorg-rotterdam",
        "organisation": "cjg-rijnmond",
        "name": "VoorZorg Rotterdam",
        "description": (
            "Intensief huisbezoekprogramma voor jonge, laagopgeleide zwangeren met "
            "risicofactoren. Een VoorZorg-verpleegkundige begeleidt vanaf de zwangerschap tot "
            "de tweede verjaardag van het kind, met aandacht voor gezondheid, ouderschap en "
            "persoonlijke ontwikkeling. Aanmelden vóór 28 weken zwangerschap."
        ),
        "summary": (
            "Ben je jong en zwanger en heb je het niet makkelijk? Een vaste verpleegkundige "
            "komt regelmatig langs tot je kind twee jaar is."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "themes": [
            "hechting",
            "tienerouders",
            "opvoedondersteuning",
            "huiselijk-geweld",
            "verslaving",
        ],
        "formats": ["huisbezoek"],
        "languages": ["nl", "en", "pap"],
        "access_route": "professional_referral",
        "recognition": ("nji", "effective_good", "2019-11-20"),
        "waiting_weeks": 0,
        "is_public": True,
        "verified_days_ago": 10,
    },
    {
        "slug": "cjg-stevig-ouderschap",
        "organisation": "cjg-rijnmond",
        "name": "Stevig Ouderschap Rotterdam",
        "description": (
            "Preventief huisbezoekprogramma voor ouders met een verhoogd risico op "
            "opvoedingsproblemen, na screening met de Stevig Ouderschap-vragenlijst bij het "
            "eerste huisbezoek. Zes tot acht bezoeken tot achttien maanden."
        ),
        "summary": (
            "Vind je het ouderschap soms zwaar? Een verpleegkundige komt een paar keer bij je "
            "thuis om te praten over jou en je kind."
        ),
        "life_phases": AFTER_BIRTH,
        "themes": ["hechting", "opvoedondersteuning", "psychische-gezondheid"],
        "formats": ["huisbezoek"],
        "languages": ["nl", "en", "ar", "tr"],
        "access_route": "youth_health_referral",
        "recognition": ("nji", "effective_first", "2021-04-12"),
        "waiting_weeks": 3,
        "verified_days_ago": 10,
    },
    {
        "slug": "cjg-centering-parenting",
        "organisation": "cjg-rijnmond",
        "name": "Centering Parenting",
        "description": (
            "Jeugdgezondheidszorg in groepen: zes tot acht gezinnen met baby's van dezelfde "
            "leeftijd komen in het eerste levensjaar acht keer samen. De baby's worden in de "
            "groep gewogen en gemeten; daarna praten ouders onder begeleiding over voeding, "
            "slapen, veiligheid en de band met hun kind. Sluit aan op Centering Zwangerschap."
        ),
        "summary": (
            "Je gaat samen met andere ouders en baby's naar het consultatiebureau. Je leert "
            "van elkaar en maakt nieuwe contacten."
        ),
        "life_phases": ["0-1-jaar"],
        "themes": ["opvoedondersteuning", "sociaal-netwerk", "hechting", "voeding-en-borstvoeding"],
        "formats": ["groep"],
        "languages": ["nl", "en"],
        "recognition": ("loket_gezond_leven", "well_described", "2020-09-01"),
        "locations": ["CJG Feijenoord", "CJG Charlois"],
        "is_public": True,
        "verified_days_ago": 10,
    },
    {
        "slug": "cjg-triple-p",
        "organisation": "cjg-rijnmond",
        "name": "Triple P (Positief Pedagogisch Programma)",
        "description": (
            "Opvoedondersteuning volgens Triple P op niveau 2 tot 4: korte adviesgesprekken, "
            "een groepscursus of een online programma. Gericht op positief opvoeden, "
            "grenzen stellen en omgaan met huilen en driftbuien."
        ),
        "summary": (
            "Heb je vragen over opvoeden, huilen of driftbuien? Met Triple P krijg je tips die "
            "je thuis meteen kunt gebruiken."
        ),
        "life_phases": ["0-1-jaar", "1-2-jaar"],
        "themes": ["opvoedondersteuning"],
        "formats": ["individueel", "groep", "online"],
        "languages": ["nl", "en", "ar", "tr"],
        "recognition": ("nji", "effective_strong", "2019-02-01"),
        "waiting_weeks": 1,
        "is_public": True,
        "verified_days_ago": 10,
    },
    {
        "slug": "moeders-informeren-moeders-rotterdam",
        "organisation": "humanitas-rotterdam",
        "name": "Moeders informeren moeders",
        "description": (
            "Getrainde vrijwilligers (ervaren moeders) bezoeken maandelijks moeders van een "
            "eerste kind tot anderhalf jaar, met een vaste set gespreksonderwerpen over "
            "voeding, slapen, spelen en gezondheid. Coördinatie door Humanitas in "
            "samenwerking met het CJG."
        ),
        "summary": (
            "Een ervaren moeder uit de buurt komt eens per maand bij je thuis. Jullie praten "
            "over je baby en wat je tegenkomt."
        ),
        "life_phases": ["0-1-jaar", "1-2-jaar"],
        "themes": ["opvoedondersteuning", "sociaal-netwerk", "taal-en-cultuur"],
        "formats": ["huisbezoek"],
        "languages": ["nl", "ar", "tr", "pap"],
        "recognition": ("nji", "effective_first", "2015-11-01"),
        "waiting_weeks": 2,
        "is_public": True,
        "verified_days_ago": 85,
    },
    {
        "slug": "home-start-rotterdam",
        "organisation": "humanitas-rotterdam",
        "name": "Home-Start Rotterdam",
        "description": (
            "Vrijwilligers die zelf ouder zijn bezoeken gezinnen met jonge kinderen wekelijks "
            "gedurende zes tot twaalf maanden. Gericht op het versterken van het netwerk en "
            "het zelfvertrouwen van ouders."
        ),
        "summary": (
            "Een vrijwilliger die zelf ook ouder is, komt elke week bij je langs voor steun en "
            "een luisterend oor."
        ),
        "life_phases": ["zwangerschap-3e-trimester", *AFTER_BIRTH],
        "themes": ["sociaal-netwerk", "opvoedondersteuning"],
        "formats": ["huisbezoek"],
        "languages": ["nl", "en"],
        "recognition": ("nji", "effective_first", "2016-06-01"),
        "waiting_weeks": 6,
        "is_public": True,
        "verified_days_ago": 85,
    },
    {
        "slug": "nu-niet-zwanger-rotterdam",
        "organisation": "ggd-rotterdam-rijnmond",
        "name": "Nu Niet Zwanger",
        "description": (
            "Programma dat mensen in een kwetsbare situatie (bijvoorbeeld door een LVB, "
            "psychiatrische problemen, verslaving of dakloosheid) helpt een bewuste keuze te "
            "maken over kinderwens en anticonceptie. Getrainde professionals voeren het "
            "gesprek; de NNZ-consulent regelt zo nodig gratis anticonceptie en begeleidt naar "
            "de huisarts."
        ),
        "summary": (
            "Wil je nu (nog) geen kind? Een hulpverlener praat met je over je wensen en helpt "
            "je, als je dat wilt, aan gratis anticonceptie."
        ),
        "life_phases": ["kinderwens", "kraamperiode", "0-1-jaar", "1-2-jaar"],
        "care_phases": ALL_CARE_PHASES,
        "themes": ["onbedoelde-zwangerschap", "lvb", "psychische-gezondheid", "verslaving"],
        "formats": ["individueel", "huisbezoek"],
        "languages": ["nl", "en"],
        "access_route": "professional_referral",
        "cost_note": "Gratis; anticonceptie kan door de gemeente worden vergoed",
        "recognition": ("loket_gezond_leven", "theoretically_sound", "2020-01-15"),
        "verified_days_ago": 40,
    },
    {
        "slug": "ggd-rr-seksuele-gezondheid",
        "organisation": "ggd-rotterdam-rijnmond",
        "name": "Spreekuur seksuele gezondheid en anticonceptie (tot 25 jaar)",
        "description": (
            "Gratis en vertrouwelijk spreekuur voor jongeren tot 25 jaar over seks, relaties, "
            "anticonceptie en een (mogelijke) zwangerschap. Doorverwijzing naar Fiom of Siriz "
            "bij een onbedoelde zwangerschap."
        ),
        "summary": (
            "Ben je jonger dan 25 en heb je vragen over seks, de pil of zwanger zijn? Je kunt "
            "gratis en in vertrouwen langskomen of bellen."
        ),
        "life_phases": ["kinderwens", "zwangerschap-1e-trimester"],
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["onbedoelde-zwangerschap", "tienerouders"],
        "formats": ["individueel", "online"],
        "languages": ["nl", "en"],
        "is_public": True,
        "verified_days_ago": 40,
    },
    {
        "slug": "wijkteam-rotterdam-gezinsondersteuning",
        "organisation": "wijkteam-rotterdam",
        "name": "Ondersteuning door het wijkteam",
        "description": (
            "Het wijkteam verkent met (aanstaande) ouders de hulpvraag op alle leefgebieden "
            "en biedt zelf ondersteuning bij opvoeden, geld, relatie en psychische problemen. "
            "Zo nodig wordt specialistische jeugdhulp of Wmo ingezet. Aanmelden kan door "
            "ouders zelf en door professionals."
        ),
        "summary": (
            "Heb je zorgen over opvoeden, geld, je relatie of hoe het met je gaat? Het wijkteam "
            "in je buurt helpt je."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ALL_CARE_PHASES,
        "themes": [
            "opvoedondersteuning",
            "geld",
            "wonen",
            "psychische-gezondheid",
            "huiselijk-geweld",
            "sociaal-netwerk",
        ],
        "formats": ["individueel", "huisbezoek", "inloop"],
        "languages": ["nl", "en", "ar", "tr", "pl", "so", "pap"],
        "is_public": True,
        "verified_days_ago": 22,
    },
    {
        "slug": "moeders-van-rotterdam",
        "organisation": "wijkteam-rotterdam",
        "name": "Moeders van Rotterdam",
        "description": (
            "Intensieve begeleiding voor zwangeren in een zeer kwetsbare situatie, vanaf de "
            "zwangerschap tot het kind twee jaar is. Eén vaste begeleider coördineert alle "
            "hulp (schulden, huisvesting, GGZ, verslaving, veiligheid) en werkt nauw samen met "
            "verloskundige en CJG."
        ),
        "summary": (
            "Gebeurt er veel tegelijk in je leven en ben je zwanger? Je krijgt één vaste "
            "begeleider die alle hulp voor je regelt."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": [
            "geld",
            "wonen",
            "huiselijk-geweld",
            "psychische-gezondheid",
            "verslaving",
            "sociaal-netwerk",
        ],
        "formats": ["individueel", "huisbezoek"],
        "languages": ["nl", "en", "pap"],
        "access_route": "professional_referral",
        "waiting_weeks": 0,
        "verified_days_ago": 22,
    },
    {
        "slug": "wijkteam-rotterdam-toegang-jeugdhulp",
        "organisation": "wijkteam-rotterdam",
        "name": "Toegang tot jeugdhulp via het wijkteam",
        "description": (
            "Het wijkteam geeft in Rotterdam de beschikking af voor specialistische jeugdhulp, "
            "zoals ouder-kindbehandeling, intensieve ambulante gezinsbegeleiding of "
            "LVB-ondersteuning. Professionals kunnen een gezin aanmelden."
        ),
        "summary": (
            "Heb je meer hulp nodig voor je gezin? Het wijkteam kan die hulp voor je aanvragen."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["verkennen"],
        "themes": ["opvoedondersteuning", "lvb", "psychische-gezondheid"],
        "formats": ["individueel"],
        "waiting_weeks": 3,
        "verified_days_ago": 22,
    },
    {
        "slug": "vraagwijzer-rotterdam",
        "organisation": "gemeente-rotterdam-vraagwijzer",
        "name": "Vraagwijzer: inloop voor geld, werk en zorg",
        "description": (
            "Laagdrempelig inlooppunt van de gemeente voor vragen over inkomen, toeslagen, "
            "schulden, werk en zorg. Medewerkers helpen bij formulieren en verwijzen warm door "
            "naar schuldhulpverlening of het wijkteam."
        ),
        "summary": (
            "Heb je een vraag over geld, toeslagen of brieven van de gemeente? Loop zonder "
            "afspraak binnen bij de Vraagwijzer."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["geld", "wonen", "taal-en-cultuur"],
        "formats": ["inloop", "individueel"],
        "languages": ["nl", "en", "ar", "tr", "pl", "pap", "es"],
        "is_public": True,
        "verified_days_ago": 95,
    },
    {
        "slug": "kredietbank-rotterdam-schuldhulp",
        "organisation": "kredietbank-rotterdam",
        "name": "Schuldhulpverlening en schuldregeling",
        "description": (
            "Schuldhulpverlening van intake tot schuldregeling. Zwangeren en gezinnen met een "
            "baby krijgen voorrang: binnen twee weken een intake en direct stabilisatie van "
            "vaste lasten."
        ),
        "summary": (
            "Heb je schulden? De Kredietbank helpt je om ze op te lossen, en als je zwanger "
            "bent krijg je voorrang."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["geld"],
        "formats": ["individueel"],
        "languages": ["nl", "en", "tr"],
        "waiting_weeks": 4,
        "is_public": True,
        "verified_days_ago": 130,
    },
    {
        "slug": "kredietbank-rotterdam-budgetbeheer",
        "organisation": "kredietbank-rotterdam",
        "name": "Budgetbeheer",
        "description": (
            "De Kredietbank beheert het inkomen en betaalt vaste lasten zoals huur, energie "
            "en zorgverzekering door. Het gezin krijgt wekelijks leefgeld. Vaak ingezet tijdens "
            "een schuldregeling of bij LVB."
        ),
        "summary": (
            "De Kredietbank betaalt je vaste rekeningen voor je. Jij krijgt elke week geld om "
            "van te leven."
        ),
        "life_phases": FIRST_1000_DAYS,
        "themes": ["geld", "lvb"],
        "formats": ["individueel"],
        "access_route": "professional_referral",
        "cost_option": "municipality",
        "cost_note": "Gratis voor inwoners met een laag inkomen",
        "waiting_weeks": 2,
        "verified_days_ago": 130,
    },
    {
        "slug": "kredietbank-rotterdam-budgetcoaching",
        "organisation": "kredietbank-rotterdam",
        "name": "Budgetcoaching voor jonge gezinnen",
        "description": (
            "Een budgetcoach komt vijf tot tien keer thuis en leert het gezin een begroting te "
            "maken, te sparen voor de babyuitzet en toeslagen op tijd aan te vragen. Gericht "
            "op het voorkomen van schulden rond de geboorte."
        ),
        "summary": (
            "Een budgetcoach komt bij je thuis en helpt je om met je geld rond te komen, ook "
            "als de baby er is."
        ),
        "life_phases": [*PREGNANCY, "kraamperiode", "0-1-jaar"],
        "themes": ["geld"],
        "formats": ["huisbezoek", "individueel"],
        "languages": ["nl", "en"],
        "waiting_weeks": 2,
        "is_public": True,
        "verified_days_ago": 130,
    },
    {
        "slug": "asvz-ouderschapsbegeleiding",
        "organisation": "asvz",
        "name": "Ambulante ouderschapsbegeleiding bij LVB",
        "description": (
            "Begeleiding thuis van (aanstaande) ouders met een LVB bij de verzorging van de "
            "baby, het huishouden en de band met het kind. Met visuele hulpmiddelen, "
            "oefenen in de eigen omgeving en korte lijnen met CJG en kraamzorg."
        ),
        "summary": (
            "Vind je veel dingen moeilijk om te begrijpen? Een begeleider komt bij je thuis en "
            "helpt je met de zorg voor je baby."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["lvb", "opvoedondersteuning", "hechting"],
        "formats": ["huisbezoek"],
        "access_route": "municipal_decision",
        "cost_option": "municipality",
        "cost_note": "Via een beschikking van het wijkteam",
        "waiting_weeks": 6,
        "verified_days_ago": 70,
    },
    {
        "slug": "asvz-oudergroep-sterk-ouderschap",
        "organisation": "asvz",
        "name": "Oudergroep 'Sterk ouderschap' (LVB)",
        "description": (
            "Groep van acht bijeenkomsten voor ouders met een LVB en een kind tot twee jaar, "
            "over spelen, grenzen en hulp vragen. Met rollenspel en filmpjes."
        ),
        "summary": (
            "In deze groep oefen je samen met andere ouders met spelen en opvoeden. Alles "
            "wordt rustig uitgelegd."
        ),
        "life_phases": ["0-1-jaar", "1-2-jaar"],
        "themes": ["lvb", "opvoedondersteuning", "sociaal-netwerk"],
        "formats": ["groep"],
        "access_route": "professional_referral",
        "cost_option": "municipality",
        "cost_note": "Vergoed door de gemeente Rotterdam",
        "status": "temporarily_closed",
        "status_notice": "De groep zit vol. Een nieuwe groep start in het najaar.",
        "accepts_new_families": False,
        "waiting_weeks": 10,
        "verified_days_ago": 70,
    },
    {
        "slug": "bouman-zwanger-en-verslaving",
        "organisation": "bouman-ggz",
        "name": "Verslavingsbehandeling rond zwangerschap en jong ouderschap",
        "description": (
            "Behandeling met voorrang voor zwangeren en ouders van kinderen tot twee jaar "
            "met problemen door alcohol, drugs of medicijnen. In samenwerking met de POP-poli "
            "van het Erasmus MC en het CJG."
        ),
        "summary": (
            "Gebruik je alcohol of drugs en ben je zwanger of heb je een jong kind? Je krijgt "
            "snel hulp."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["verslaving", "psychische-gezondheid"],
        "formats": ["individueel", "groep"],
        "languages": ["nl", "en"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 4,
        "verified_days_ago": 480,
        "capacity_days_ago": 480,
    },
    {
        "slug": "bouman-consultatie-geboortezorg",
        "organisation": "bouman-ggz",
        "name": "Consultatie middelengebruik voor geboortezorgprofessionals",
        "description": (
            "Verloskundigen, kraamverzorgenden en jeugdverpleegkundigen kunnen een "
            "verslavingsarts bellen voor advies over middelengebruik in de zwangerschap en "
            "hoe het gesprek aan te gaan. Anoniem; binnen twee werkdagen teruggebeld."
        ),
        "summary": (
            "Dit is een adviesdienst voor hulpverleners. Je hulpverlener kan hier vragen "
            "stellen over alcohol en drugs."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, "kraamperiode"],
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["verslaving"],
        "formats": ["online"],
        "access_route": "professional_referral",
        "accepts_referrals": False,
        "verified_days_ago": 480,
    },
    {
        "slug": "zuiderkroon-centering-zwangerschap",
        "organisation": "verloskundigen-zuiderkroon",
        "name": "Centering Zwangerschap Rotterdam-Zuid",
        "description": (
            "Groepsgerichte prenatale zorg met tien bijeenkomsten voor acht tot twaalf "
            "zwangeren. Er zijn Nederlandstalige groepen en groepen met een tolk Arabisch of "
            "Turks. Aandacht voor gezondheid, voeding, bevallen, ouderschap en de weg naar "
            "hulp in de wijk."
        ),
        "summary": (
            "Je gaat samen met andere zwangeren naar de verloskundige. Er zijn ook groepen "
            "met een tolk."
        ),
        "life_phases": PREGNANCY,
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["sociaal-netwerk", "voeding-en-borstvoeding", "taal-en-cultuur", "hechting"],
        "formats": ["groep"],
        "languages": ["nl", "ar", "tr"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "recognition": ("loket_gezond_leven", "effective_first", "2019-05-15"),
        "is_public": True,
        "verified_days_ago": 14,
    },
    {
        "slug": "zuiderkroon-verloskundige-zorg",
        "organisation": "verloskundigen-zuiderkroon",
        "name": "Verloskundige zorg met R4U-risicoscreening",
        "description": (
            "Verloskundige zorg in Rotterdam-Zuid waarbij elke zwangere bij de intake de "
            "R4U-screening invult. Bij een verhoogd risico volgt met toestemming een "
            "prenataal huisbezoek van het CJG of een aanmelding bij het wijkteam."
        ),
        "summary": (
            "De verloskundige controleert of het goed gaat met jou en je baby. Ze vraagt ook "
            "hoe het met je gaat thuis."
        ),
        "life_phases": [*PREGNANCY, "kraamperiode"],
        "care_phases": ["signaleren", "verkennen", "steun-op-maat"],
        "themes": ["medisch-risico", "psychische-gezondheid", "geld", "wonen"],
        "formats": ["individueel", "huisbezoek"],
        "languages": ["nl", "en", "ar", "tr"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "is_public": True,
        "verified_days_ago": 14,
    },
    {
        "slug": "het-nest-verloskundige-zorg",
        "organisation": "verloskundigen-het-nest",
        "name": "Verloskundige zorg met tolk",
        "description": (
            "Verloskundige zorg in Delfshaven met standaard inzet van een (telefonische) "
            "tolk voor zwangeren die weinig Nederlands spreken. Voorlichting met beeldmateriaal "
            "over zwangerschap en bevallen in Nederland."
        ),
        "summary": (
            "Spreek je weinig Nederlands? Bij deze verloskundige kan altijd een tolk helpen, "
            "gratis."
        ),
        "life_phases": [*PREGNANCY, "kraamperiode"],
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["taal-en-cultuur", "medisch-risico"],
        "formats": ["individueel", "huisbezoek"],
        "languages": ["nl", "en", "ar", "tr", "so", "ti", "uk", "es"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico; tolk gratis",
        "is_public": True,
        "verified_days_ago": 33,
    },
    {
        "slug": "het-nest-zwangerschapsinloop",
        "organisation": "verloskundigen-het-nest",
        "name": "Zwangerschapsinloop Delfshaven",
        "description": (
            "Wekelijkse inloop voor zwangeren in Delfshaven, samen met een jeugdverpleegkundige "
            "van het CJG. Vragen stellen zonder afspraak, andere zwangeren ontmoeten en "
            "informatie over hulp in de wijk."
        ),
        "summary": (
            "Ben je zwanger? Kom op woensdagmiddag zonder afspraak langs voor vragen en om "
            "andere zwangeren te ontmoeten."
        ),
        "life_phases": PREGNANCY,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["sociaal-netwerk", "taal-en-cultuur", "onbedoelde-zwangerschap"],
        "formats": ["inloop", "groep"],
        "languages": ["nl", "ar", "tr", "so"],
        "is_public": True,
        "verified_days_ago": 33,
    },
    {
        "slug": "maasoever-kraamzorg",
        "organisation": "kraamzorg-maasoever",
        "name": "Kraamzorg",
        "description": (
            "Kraamzorg volgens het Landelijk Indicatieprotocol, met kraamverzorgenden die "
            "samen meer dan tien talen spreken. De kraamverzorgende signaleert zorgen en "
            "draagt over aan verloskundige en CJG."
        ),
        "summary": (
            "Na de bevalling komt een kraamverzorgende bij je thuis, als het kan iemand die "
            "jouw taal spreekt."
        ),
        "life_phases": ["zwangerschap-3e-trimester", "kraamperiode"],
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["voeding-en-borstvoeding", "hechting", "taal-en-cultuur"],
        "formats": ["huisbezoek"],
        "languages": ["nl", "en", "ar", "tr", "pl", "pap"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen bijdrage per uur",
        "is_public": True,
        "verified_days_ago": 28,
    },
    {
        "slug": "maasoever-kraamzorg-plus",
        "organisation": "kraamzorg-maasoever",
        "name": "Kraamzorg Plus (extra kraamzorg)",
        "description": (
            "Verlengde en intensievere kraamzorg voor gezinnen in een kwetsbare situatie, "
            "tot zes weken na de bevalling. Een vaste kraamverzorgende oefent de verzorging, "
            "stimuleert de ouder-kindinteractie en draagt warm over aan het CJG."
        ),
        "summary": (
            "Heb je extra hulp nodig met je baby? De kraamverzorgende komt langer en vaker "
            "bij je thuis."
        ),
        "life_phases": ["zwangerschap-3e-trimester", "kraamperiode", "0-1-jaar"],
        "themes": ["hechting", "opvoedondersteuning", "lvb", "sociaal-netwerk"],
        "formats": ["huisbezoek"],
        "languages": ["nl", "en", "ar", "tr"],
        "access_route": "professional_referral",
        "cost_option": "municipality",
        "cost_note": "De gemeente Rotterdam betaalt de extra uren",
        "verified_days_ago": 28,
    },
    {
        "slug": "veilig-thuis-rr-advies",
        "organisation": "veilig-thuis-rotterdam-rijnmond",
        "name": "Advies en melding huiselijk geweld en kindermishandeling",
        "description": (
            "Advies voor professionals en burgers bij zorgen over huiselijk geweld of "
            "kindermishandeling, ook over een ongeboren kind. Meldingen volgens de meldcode "
            "worden binnen vijf werkdagen beoordeeld; bij acuut gevaar direct."
        ),
        "summary": (
            "Maak je je zorgen over geweld thuis? Bel Veilig Thuis voor advies, dag en nacht, "
            "ook anoniem."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["huiselijk-geweld"],
        "formats": ["online", "individueel"],
        "languages": ["nl", "en", "ar", "tr", "pap"],
        "is_public": True,
        "verified_days_ago": 50,
    },
    {
        "slug": "siriz-keuzegesprekken",
        "organisation": "siriz",
        "name": "Hulp bij onbedoelde zwangerschap",
        "description": (
            "Keuzegesprekken voor vrouwen (en partners) die onbedoeld zwanger zijn en twijfelen "
            "over het vervolg. De hulpverlener helpt alle opties te overwegen, zonder de keuze "
            "over te nemen. Binnen een week een gesprek, ook online."
        ),
        "summary": (
            "Ben je zwanger en twijfel je wat je wilt? Praat er met iemand over die naar je "
            "luistert en je niet vertelt wat je moet doen."
        ),
        "life_phases": ["zwangerschap-1e-trimester", "zwangerschap-2e-trimester"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["onbedoelde-zwangerschap", "tienerouders"],
        "formats": ["individueel", "online"],
        "languages": ["nl", "en"],
        "is_public": True,
        "verified_days_ago": 100,
    },
    {
        "slug": "siriz-begeleiding-na-keuze",
        "organisation": "siriz",
        "name": "Begeleiding tijdens de zwangerschap en het eerste jaar",
        "description": (
            "Vrouwen die na een onbedoelde zwangerschap kiezen om hun kind te krijgen, kunnen "
            "tot een jaar na de geboorte begeleiding krijgen van een vaste hulpverlener en een "
            "vrijwilliger. Aandacht voor netwerk, school of werk en praktische zaken."
        ),
        "summary": (
            "Heb je besloten je kind te krijgen? Je kunt tot een jaar na de geboorte steun "
            "krijgen van een vaste hulpverlener."
        ),
        "life_phases": [*PREGNANCY, "kraamperiode", "0-1-jaar"],
        "themes": ["onbedoelde-zwangerschap", "sociaal-netwerk", "tienerouders"],
        "formats": ["individueel", "huisbezoek"],
        "languages": ["nl", "en"],
        "waiting_weeks": 1,
        "is_public": True,
        "verified_days_ago": 100,
    },
    {
        "slug": "fiom-keuzehulp",
        "organisation": "fiom",
        "name": "Fiom keuzehulp bij onbedoelde zwangerschap",
        "description": (
            "Online keuzehulp en keuzegesprekken met een Fiom-hulpverlener voor wie onbedoeld "
            "zwanger is. Ook informatie over abortus, afstand ter adoptie en pleegzorg en "
            "hulp na een abortus."
        ),
        "summary": (
            "Ben je onverwacht zwanger? Met de keuzehulp op de website of in een gesprek zet "
            "je je gedachten op een rij."
        ),
        "life_phases": ["zwangerschap-1e-trimester", "zwangerschap-2e-trimester"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["onbedoelde-zwangerschap"],
        "formats": ["online", "individueel"],
        "languages": ["nl", "en", "ar", "tr", "uk"],
        "is_public": True,
        "verified_days_ago": 42,
    },
    {
        "slug": "fiom-afstand-en-adoptie",
        "organisation": "fiom",
        "name": "Begeleiding bij afstand ter adoptie",
        "description": (
            "Begeleiding van (aanstaande) ouders die overwegen hun kind af te staan ter "
            "adoptie of in een pleeggezin te laten opgroeien, vóór en na de geboorte. In "
            "samenwerking met de Raad voor de Kinderbescherming."
        ),
        "summary": (
            "Denk je erover om je kind door anderen te laten opvoeden? Fiom helpt je om een "
            "goede keuze te maken."
        ),
        "life_phases": [*PREGNANCY, "kraamperiode"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["onbedoelde-zwangerschap"],
        "formats": ["individueel", "online"],
        "languages": ["nl", "en"],
        "verified_days_ago": 42,
    },
    {
        "slug": "de-haven-moeder-kindopvang",
        "organisation": "vrouwenopvang-de-haven",
        "name": "Opvang voor moeder en baby bij huiselijk geweld",
        "description": (
            "Veilige opvang op een geheim adres voor zwangeren en moeders met jonge kinderen "
            "die huiselijk geweld meemaken. Met een pedagogisch medewerker voor de "
            "ouder-kindrelatie en begeleiding naar zelfstandig wonen."
        ),
        "summary": (
            "Ben je thuis niet veilig? Je kunt met je baby terecht in een veilig huis op een "
            "geheim adres."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "themes": ["huiselijk-geweld", "wonen", "hechting"],
        "formats": ["individueel"],
        "languages": ["nl", "en", "ar", "tr"],
        "access_route": "professional_referral",
        "is_public": True,
        "verified_days_ago": 20,
    },
    {
        "slug": "leger-des-heils-jonge-moederhuis",
        "organisation": "leger-des-heils-rotterdam",
        "name": "Jonge Moederhuis (begeleid wonen)",
        "description": (
            "Begeleid wonen voor jonge moeders tot 23 jaar zonder (veilige) woonplek, vanaf "
            "de zwangerschap. Met 24-uursbegeleiding, training in opvoeden en huishouden, en "
            "begeleiding naar school of werk. Gemiddeld verblijf één jaar."
        ),
        "summary": (
            "Ben je jong, zwanger of net moeder en heb je geen goede plek om te wonen? Hier "
            "woon je met je baby en krijg je begeleiding."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "themes": ["wonen", "tienerouders", "opvoedondersteuning"],
        "formats": ["individueel", "groep"],
        "access_route": "municipal_decision",
        "cost_option": "municipality",
        "cost_note": "Via een beschikking van de gemeente; eigen bijdrage naar inkomen",
        "waiting_weeks": 8,
        "locations": ["Jonge Moederhuis Rotterdam-Zuid"],
        "verified_days_ago": 380,
    },
    {
        "slug": "leger-des-heils-ambulante-begeleiding",
        "organisation": "leger-des-heils-rotterdam",
        "name": "Ambulante woonbegeleiding voor jonge gezinnen",
        "description": (
            "Begeleiding thuis voor gezinnen die dakloos zijn geweest of dreigen te worden "
            "uitgezet. Gericht op het behouden van de woning, geldzaken en rust voor het kind."
        ),
        "summary": (
            "Dreig je je huis kwijt te raken? Een begeleider helpt je om je woning te houden."
        ),
        "life_phases": FIRST_1000_DAYS,
        "themes": ["wonen", "geld"],
        "formats": ["huisbezoek"],
        "access_route": "neighbourhood_team",
        "cost_option": "municipality",
        "waiting_weeks": 4,
        "locations": ["Leger des Heils, ambulant team Rotterdam"],
        "verified_days_ago": 380,
    },
    {
        "slug": "voedselbank-rotterdam-pakket",
        "organisation": "voedselbank-rotterdam",
        "name": "Voedselpakket en babyspullen",
        "description": (
            "Wekelijks voedselpakket voor huishoudens die onder de norm van de Voedselbanken "
            "vallen, met luiers en flesvoeding voor gezinnen met een baby. Aanmelding via een "
            "hulpverlener of de Vraagwijzer."
        ),
        "summary": (
            "Heb je te weinig geld voor eten? Via een hulpverlener kun je elke week een "
            "pakket krijgen, ook met spullen voor je baby."
        ),
        "life_phases": ["zwangerschap-3e-trimester", *AFTER_BIRTH],
        "themes": ["geld", "voeding-en-borstvoeding"],
        "formats": ["inloop"],
        "access_route": "professional_referral",
        "is_public": True,
        "verified_days_ago": 160,
    },
    {
        "slug": "kleine-haven-vve-piramide",
        "organisation": "kinderopvang-de-kleine-haven",
        "name": "VVE-peuterprogramma Piramide",
        "description": (
            "Voor- en vroegschoolse educatie met het programma Piramide voor peuters met een "
            "VVE-indicatie, met extra aandacht voor Nederlandse taal. Een dreumesgroep vanaf "
            "achttien maanden; ouders doen mee met thuisactiviteiten."
        ),
        "summary": (
            "Je kind speelt en leert samen met andere kinderen, en leert zo ook goed "
            "Nederlands. Met een VVE-indicatie betaal je weinig."
        ),
        "life_phases": ["1-2-jaar"],
        "themes": ["taal-en-cultuur", "opvoedondersteuning"],
        "formats": ["groep"],
        "access_route": "youth_health_referral",
        "cost_option": "municipality",
        "cost_note": "Met een VVE-indicatie betaalt de gemeente (een deel van) de kosten",
        "recognition": ("nji", "effective_first", "2017-05-01"),
        "is_public": True,
        "verified_days_ago": 60,
    },
    {
        "slug": "zuidplein-poh-ggz",
        "organisation": "huisartsenpraktijk-zuidplein",
        "name": "POH-GGZ (ook in het Turks en Arabisch)",
        "description": (
            "Kortdurende begeleiding bij psychische klachten door de praktijkondersteuner "
            "GGZ, die ook Turks en Arabisch spreekt. Veel aandacht voor klachten rond "
            "zwangerschap en het eerste jaar."
        ),
        "summary": (
            "Voel je je somber, onrustig of gestrest? Bij de huisarts kun je praten met de "
            "praktijkondersteuner, ook in het Turks of Arabisch."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["psychische-gezondheid", "taal-en-cultuur"],
        "formats": ["individueel"],
        "languages": ["nl", "tr", "ar"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "waiting_weeks": 3,
        "verified_days_ago": 410,
    },
    # -------------------------------------------------------------------------- Zuid-Limburg
    {
        "slug": "zuyderland-pop-poli",
        "organisation": "zuyderland",
        "name": "POP-poli Zuyderland",
        "description": (
            "Polikliniek voor zwangeren met psychische klachten, psychofarmacagebruik of "
            "middelengebruik, in samenwerking met Mondriaan. Gynaecoloog, psychiater en "
            "kinderarts stellen samen een geboorteplan op."
        ),
        "summary": (
            "Heb je psychische klachten en ben je zwanger? Op de POP-poli maken artsen samen "
            "met jou een plan voor de zwangerschap en de tijd erna."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, "kraamperiode"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["psychische-gezondheid", "medisch-risico", "verslaving"],
        "formats": ["individueel"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 4,
        "verified_days_ago": 16,
    },
    {
        "slug": "zuyderland-medisch-risico",
        "organisation": "zuyderland",
        "name": "Zwangerschapszorg bij medisch risico",
        "description": (
            "Tweedelijns verloskundige zorg bij een medisch risico zoals diabetes, hoge "
            "bloeddruk of een eerdere vroeggeboorte. Met een verpleegkundige die zwangeren in "
            "een kwetsbare situatie extra begeleidt."
        ),
        "summary": (
            "Is er een medisch risico bij jou of je baby? Dan begeleidt een gynaecoloog in het "
            "ziekenhuis je zwangerschap."
        ),
        "life_phases": PREGNANCY,
        "themes": ["medisch-risico"],
        "formats": ["individueel"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "verified_days_ago": 16,
    },
    {
        "slug": "ggd-zl-prenataal-huisbezoek",
        "organisation": "ggd-zuid-limburg",
        "name": "Prenataal huisbezoek JGZ Zuid-Limburg",
        "description": (
            "De jeugdverpleegkundige bezoekt zwangeren thuis na aanmelding door de "
            "verloskundige of het Knooppunt Kansrijke Start, om de hulpvraag te verhelderen en "
            "vroeg passende steun in te zetten."
        ),
        "summary": (
            "Al voor de geboorte komt een verpleegkundige van het consultatiebureau bij je "
            "thuis. Ze luistert naar je vragen en zorgen."
        ),
        "life_phases": LATE_PREGNANCY,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["hechting", "opvoedondersteuning", "sociaal-netwerk"],
        "formats": ["huisbezoek"],
        "access_route": "professional_referral",
        "verified_days_ago": 9,
    },
    {
        "slug": "ggd-zl-consultatiebureau",
        "organisation": "ggd-zuid-limburg",
        "name": "Consultatiebureau (0–4 jaar)",
        "description": (
            "Jeugdgezondheidszorg voor alle kinderen van 0 tot 4 jaar in Kerkrade, Landgraaf "
            "en Vaals: groei, ontwikkeling, vaccinaties en opvoedadvies. In Kerkrade is er "
            "wekelijks een inloopspreekuur."
        ),
        "summary": (
            "Op het consultatiebureau kijken ze of je kind gezond is en goed groeit. Je kunt er "
            "al je vragen stellen."
        ),
        "life_phases": AFTER_BIRTH,
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["opvoedondersteuning", "voeding-en-borstvoeding", "medisch-risico"],
        "formats": ["individueel", "huisbezoek", "inloop"],
        "service_areas": KANSRIJKE_START_PILOTS,
        "is_public": True,
        "verified_days_ago": 9,
    },
    {
        "slug": "ggd-zl-voorzorg",
        "organisation": "ggd-zuid-limburg",
        "name": "VoorZorg Zuid-Limburg",
        "description": (
            "Huisbezoekprogramma van een gespecialiseerde jeugdverpleegkundige voor jonge "
            "zwangeren met een laag opleidingsniveau en risicofactoren, van de zwangerschap "
            "tot het kind twee jaar is. Aanmelding vóór 28 weken."
        ),
        "summary": (
            "Ben je jong en zwanger en kun je steun gebruiken? Een vaste verpleegkundige komt "
            "tot je kind twee jaar is bij je thuis."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "themes": ["hechting", "tienerouders", "opvoedondersteuning", "huiselijk-geweld"],
        "formats": ["huisbezoek"],
        "access_route": "professional_referral",
        "recognition": ("nji", "effective_good", "2019-11-20"),
        "waiting_weeks": 2,
        "is_public": True,
        "verified_days_ago": 9,
    },
    {
        "slug": "ggd-zl-stevig-ouderschap",
        "organisation": "ggd-zuid-limburg",
        "name": "Stevig Ouderschap Zuid-Limburg",
        "description": (
            "Preventieve huisbezoeken door de jeugdverpleegkundige voor ouders met een "
            "verhoogd risico op opvoedingsproblemen, na screening op het consultatiebureau."
        ),
        "summary": (
            "Vind je het ouderschap soms zwaar? Een verpleegkundige komt een paar keer bij je "
            "thuis om te praten."
        ),
        "life_phases": AFTER_BIRTH,
        "themes": ["hechting", "opvoedondersteuning", "psychische-gezondheid"],
        "formats": ["huisbezoek"],
        "access_route": "youth_health_referral",
        "recognition": ("nji", "effective_first", "2021-04-12"),
        "verified_days_ago": 9,
    },
    {
        "slug": "ggd-zl-nu-niet-zwanger",
        "organisation": "ggd-zuid-limburg",
        "name": "Nu Niet Zwanger Zuid-Limburg",
        "description": (
            "Professionals uit zorg en welzijn in Parkstad zijn getraind om met cliënten in "
            "een kwetsbare situatie het gesprek aan te gaan over kinderwens en anticonceptie. "
            "De NNZ-consulent van de GGD ondersteunt bij het regelen en bekostigen van "
            "anticonceptie."
        ),
        "summary": (
            "Wil je nu (nog) geen kind? Je hulpverlener kan je helpen om gratis goede "
            "anticonceptie te regelen."
        ),
        "life_phases": ["kinderwens", "kraamperiode", "0-1-jaar", "1-2-jaar"],
        "care_phases": ALL_CARE_PHASES,
        "themes": ["onbedoelde-zwangerschap", "lvb", "verslaving", "psychische-gezondheid"],
        "formats": ["individueel", "huisbezoek"],
        "access_route": "professional_referral",
        "cost_note": "Gratis; anticonceptie kan door de gemeente worden vergoed",
        "recognition": ("loket_gezond_leven", "theoretically_sound", "2020-01-15"),
        "verified_days_ago": 9,
    },
    {
        "slug": "moveoo-gezinscoaching",
        "organisation": "moveoo",
        "name": "Gezinscoaching en opvoedondersteuning",
        "description": (
            "Een gezinscoach ondersteunt thuis bij opvoedvragen, structuur in het huishouden "
            "en het regelen van hulp. Kortdurend (tot zes maanden) en voorliggend aan "
            "specialistische jeugdhulp, passend bij de Kerkraadse stelregel 'voorliggend, "
            "tenzij'."
        ),
        "summary": (
            "Een coach komt bij je thuis en helpt je met opvoeden en met overzicht in huis."
        ),
        "life_phases": [*LATE_PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["opvoedondersteuning", "sociaal-netwerk", "geld"],
        "formats": ["huisbezoek", "individueel"],
        "access_route": "neighbourhood_team",
        "cost_option": "municipality",
        "waiting_weeks": 3,
        "verified_days_ago": 47,
    },
    {
        "slug": "moveoo-mama-cafe",
        "organisation": "moveoo",
        "name": "Mama Café Kerkrade",
        "description": (
            "Wekelijkse inloop voor (aanstaande) moeders en vaders met een baby of dreumes, "
            "begeleid door een opvoedondersteuner van Moveoo. Ontmoeting, een thema en ruimte "
            "voor vragen; de JGZ schuift eens per maand aan."
        ),
        "summary": (
            "Kom op vrijdagochtend koffie drinken met andere ouders. Je kunt er ook vragen "
            "stellen over je kind."
        ),
        "life_phases": [*LATE_PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["sociaal-netwerk", "opvoedondersteuning", "tienerouders"],
        "formats": ["inloop", "groep"],
        "is_public": True,
        "verified_days_ago": None,  # never checked since it was added
    },
    {
        "slug": "knooppunt-kansrijke-start-kerkrade",
        "organisation": "gemeente-kerkrade",
        "name": "Knooppunt Kansrijke Start Kerkrade",
        "description": (
            "Centraal punt waar professionals zorgen over zwangeren en jonge gezinnen "
            "(0–2 jaar) in een kwetsbare situatie neerleggen. De coördinator organiseert "
            "binnen een week een rondetafeloverleg met ouders en ketenpartners en houdt het "
            "overzicht over wie wat doet. Onderdeel van de pilot Knooppunten Kansrijke Start "
            "in Kerkrade, Landgraaf en Vaals."
        ),
        "summary": (
            "Hulpverleners overleggen hier samen met jou over de beste hulp. Zo hoef je je "
            "verhaal maar één keer te vertellen."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["hechting", "psychische-gezondheid", "geld", "huiselijk-geweld"],
        "formats": ["individueel", "groep"],
        "access_route": "professional_referral",
        "verified_days_ago": 21,
    },
    {
        "slug": "sociaal-team-kerkrade",
        "organisation": "gemeente-kerkrade",
        "name": "Sociaal team Kerkrade (Wmo en jeugd)",
        "description": (
            "Het sociaal team beoordeelt vragen om jeugdhulp en Wmo-ondersteuning en zet "
            "passende hulp in, na een gesprek thuis. Bij zorgen over de veiligheid volgt een "
            "casusoverleg met Veilig Thuis."
        ),
        "summary": (
            "Heb je hulp nodig voor jezelf of je gezin? Het sociaal team van de gemeente kijkt "
            "samen met je wat je nodig hebt."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ALL_CARE_PHASES,
        "themes": ["opvoedondersteuning", "geld", "wonen", "psychische-gezondheid"],
        "formats": ["individueel", "huisbezoek", "inloop"],
        "is_public": True,
        "verified_days_ago": 21,
    },
    {
        "slug": "buurtteam-landgraaf-ondersteuning",
        "organisation": "buurtteam-landgraaf",
        "name": "Ondersteuning door het Buurtteam Landgraaf",
        "description": (
            "Het Buurtteam ondersteunt (aanstaande) ouders bij vragen over opvoeden, geld, "
            "wonen en relaties, en kan jeugdhulp inzetten. Een vaste contactpersoon voor "
            "verloskundigen en JGZ zorgt voor korte lijnen."
        ),
        "summary": (
            "Heb je vragen of zorgen over je gezin, geld of wonen? Het Buurtteam in Landgraaf "
            "helpt je."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ALL_CARE_PHASES,
        "themes": ["opvoedondersteuning", "geld", "wonen", "sociaal-netwerk"],
        "formats": ["individueel", "huisbezoek"],
        "is_public": True,
        "verified_days_ago": 11,
    },
    {
        "slug": "knooppunt-kansrijke-start-landgraaf",
        "organisation": "buurtteam-landgraaf",
        "name": "Knooppunt Kansrijke Start Landgraaf",
        "description": (
            "Het Landgraafse knooppunt van de pilot Kansrijke Start: professionals melden met "
            "toestemming van de ouder een zorg, waarna het Buurtteam een verkenning doet en "
            "partners bij elkaar roept."
        ),
        "summary": (
            "Hulpverleners overleggen samen met jou over de beste hulp, zodat niemand langs "
            "elkaar heen werkt."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["hechting", "psychische-gezondheid", "geld"],
        "formats": ["individueel", "groep"],
        "access_route": "professional_referral",
        "verified_days_ago": 11,
    },
    {
        "slug": "buurtteam-landgraaf-inloop",
        "organisation": "buurtteam-landgraaf",
        "name": "Inloopspreekuur Buurtteam",
        "description": (
            "Twee keer per week inloop in het Raadhuis voor vragen over zorg, geld en "
            "opvoeden. Zonder afspraak; er is een medewerker die Pools spreekt."
        ),
        "summary": ("Loop zonder afspraak binnen met je vraag over geld, zorg of opvoeden."),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["geld", "opvoedondersteuning"],
        "formats": ["inloop"],
        "languages": ["nl", "pl"],
        "locations": ["Buurtteam Landgraaf, Raadhuis"],
        "is_public": True,
        "verified_days_ago": 11,
        "capacity_days_ago": None,  # waiting time never given
    },
    {
        "slug": "sociaal-team-vaals-ondersteuning",
        "organisation": "sociaal-team-vaals",
        "name": "Ondersteuning door het Sociaal Team Vaals",
        "description": (
            "Ondersteuning voor inwoners van Vaals bij zorg, jeugd, werk en inkomen. Het team "
            "spreekt ook Duits en Engels en kent de regels voor grensarbeiders."
        ),
        "summary": (
            "Woon je in Vaals en heb je een vraag over zorg, je kind of geld? Het Sociaal Team "
            "helpt je."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ALL_CARE_PHASES,
        "themes": ["opvoedondersteuning", "geld", "taal-en-cultuur"],
        "formats": ["individueel", "inloop"],
        "languages": ["nl", "en"],
        "is_public": True,
        "verified_days_ago": 600,
        "capacity_days_ago": 600,
    },
    {
        "slug": "knooppunt-kansrijke-start-vaals",
        "organisation": "sociaal-team-vaals",
        "name": "Knooppunt Kansrijke Start Vaals",
        "description": (
            "Het knooppunt Kansrijke Start voor Vaals, waar professionals zorgen over "
            "zwangeren en jonge gezinnen kunnen bespreken. Overleg met de coördinator in "
            "Kerkrade over de gezamenlijke aanpak."
        ),
        "summary": (
            "Hulpverleners overleggen samen met jou over de beste hulp voor jou en je baby."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["hechting", "psychische-gezondheid"],
        "formats": ["individueel", "groep"],
        "access_route": "professional_referral",
        "status": "temporarily_closed",
        "status_notice": (
            "Tijdelijk geen nieuwe aanmeldingen door vacature coördinator; meld tot die tijd "
            "aan bij het Knooppunt Kansrijke Start Kerkrade."
        ),
        "accepts_new_families": False,
        "verified_days_ago": 600,
    },
    {
        "slug": "kredietbank-limburg-schuldhulp",
        "organisation": "kredietbank-limburg",
        "name": "Schuldhulpverlening Kredietbank Limburg",
        "description": (
            "Schuldhulpverlening voor inwoners van Kerkrade, Landgraaf, Vaals en Heerlen, van "
            "stabilisatie tot schuldregeling. Aanmelden via de gemeente of rechtstreeks."
        ),
        "summary": (
            "Heb je schulden? De Kredietbank helpt je om weer overzicht en rust te krijgen."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["geld"],
        "formats": ["individueel"],
        "waiting_weeks": 5,
        "is_public": True,
        "verified_days_ago": 140,
    },
    {
        "slug": "kredietbank-limburg-budgetcoaching",
        "organisation": "kredietbank-limburg",
        "name": "Budgetcoaching",
        "description": (
            "Een budgetcoach helpt thuis bij het maken van een begroting, het ordenen van "
            "post en het voorkomen van nieuwe achterstanden. Kortdurend, vaak als start van "
            "schuldhulp."
        ),
        "summary": ("Een coach helpt je thuis om met je geld rond te komen en je post te ordenen."),
        "life_phases": FIRST_1000_DAYS,
        "themes": ["geld"],
        "formats": ["huisbezoek"],
        "cost_option": "municipality",
        "waiting_weeks": 2,
        "is_public": True,
        "verified_days_ago": 140,
    },
    {
        "slug": "veilig-thuis-zl-advies",
        "organisation": "veilig-thuis-zuid-limburg",
        "name": "Advies en melding huiselijk geweld en kindermishandeling",
        "description": (
            "Advies en meldingen bij (vermoedens van) huiselijk geweld of kindermishandeling, "
            "ook rond een ongeboren kind. Professionals volgen de meldcode; bij acute "
            "onveiligheid komt Veilig Thuis direct in actie."
        ),
        "summary": (
            "Maak je je zorgen over geweld thuis? Bel Veilig Thuis voor advies, dag en nacht, "
            "ook anoniem."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["huiselijk-geweld"],
        "formats": ["online", "individueel"],
        "languages": ["nl", "en"],
        "is_public": True,
        "verified_days_ago": 80,
    },
    {
        "slug": "mondriaan-perinatale-ggz",
        "organisation": "mondriaan",
        "name": "Perinatale psychiatrie",
        "description": (
            "Diagnostiek en behandeling van ernstige psychische klachten voor, tijdens en na "
            "de zwangerschap, in nauwe samenwerking met de POP-poli van Zuyderland. Met "
            "moeder-babyinteractiebehandeling waar nodig."
        ),
        "summary": (
            "Heb je ernstige psychische klachten en ben je zwanger of net bevallen? Mondriaan "
            "helpt jou en je baby."
        ),
        "life_phases": ["kinderwens", *PREGNANCY, "kraamperiode", "0-1-jaar"],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["psychische-gezondheid", "hechting"],
        "formats": ["individueel", "online"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 7,
        "locations": ["Mondriaan Heerlen"],
        "verified_days_ago": 190,
    },
    {
        "slug": "mondriaan-verslavingszorg",
        "organisation": "mondriaan",
        "name": "Verslavingszorg voor (aanstaande) ouders",
        "description": (
            "Ambulante verslavingsbehandeling met voorrang voor zwangeren en ouders van jonge "
            "kinderen, in Kerkrade en Heerlen. Met aandacht voor de veiligheid van het kind en "
            "samenwerking met JGZ en verloskundige."
        ),
        "summary": (
            "Gebruik je alcohol of drugs en ben je zwanger of heb je een jong kind? Je kunt "
            "snel terecht voor hulp."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["verslaving", "psychische-gezondheid"],
        "formats": ["individueel", "groep"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen risico is van toepassing",
        "waiting_weeks": 3,
        "verified_days_ago": 190,
    },
    {
        "slug": "kraamzorg-parkstad",
        "organisation": "kraamzorg-parkstad",
        "name": "Kraamzorg",
        "description": (
            "Kraamzorg volgens het Landelijk Indicatieprotocol, met een intakebezoek rond 34 "
            "weken. Kraamverzorgenden signaleren zorgen en dragen met toestemming over aan "
            "JGZ en Knooppunt Kansrijke Start."
        ),
        "summary": (
            "Na de bevalling komt een kraamverzorgende bij je thuis om je te helpen en te "
            "kijken of alles goed gaat."
        ),
        "life_phases": ["zwangerschap-3e-trimester", "kraamperiode"],
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["voeding-en-borstvoeding", "hechting"],
        "formats": ["huisbezoek"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering; eigen bijdrage per uur",
        "is_public": True,
        "verified_days_ago": 27,
    },
    {
        "slug": "kraamzorg-parkstad-steun-op-maat",
        "organisation": "kraamzorg-parkstad",
        "name": "Steun-op-maat-traject kraamzorg",
        "description": (
            "Voor gezinnen in een kwetsbare situatie: een vaste kraamverzorgende komt al in "
            "de zwangerschap enkele keren langs, geeft extra uren in de kraamweek en komt "
            "daarna nog twee maanden terug. Afgestemd met het knooppunt Kansrijke Start."
        ),
        "summary": (
            "Dezelfde kraamverzorgende komt vóór en na de bevalling extra vaak langs om je "
            "te helpen."
        ),
        "life_phases": ["zwangerschap-3e-trimester", "kraamperiode", "0-1-jaar"],
        "themes": ["hechting", "opvoedondersteuning", "sociaal-netwerk", "lvb"],
        "formats": ["huisbezoek"],
        "access_route": "professional_referral",
        "cost_option": "municipality",
        "cost_note": "Betaald door de gemeente; geen eigen bijdrage",
        "waiting_weeks": 0,
        "verified_days_ago": 27,
    },
    {
        "slug": "parkstad-oost-centering-zwangerschap",
        "organisation": "verloskundigen-parkstad-oost",
        "name": "Centering Zwangerschap Kerkrade",
        "description": (
            "Groepsgerichte prenatale zorg voor acht tot twaalf zwangeren met tien "
            "bijeenkomsten, afwisselend in Kerkrade en Landgraaf. De JGZ verzorgt één "
            "bijeenkomst over de tijd na de geboorte."
        ),
        "summary": (
            "Je controles zijn samen met andere zwangeren. Zo leer je van elkaar en sta je er "
            "niet alleen voor."
        ),
        "life_phases": PREGNANCY,
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["sociaal-netwerk", "voeding-en-borstvoeding", "bewegen-en-leefstijl"],
        "formats": ["groep"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "recognition": ("loket_gezond_leven", "effective_first", "2019-05-15"),
        "is_public": True,
        "verified_days_ago": 6,
    },
    {
        "slug": "parkstad-oost-verloskundige-zorg",
        "organisation": "verloskundigen-parkstad-oost",
        "name": "Verloskundige zorg",
        "description": (
            "Prenatale controles, begeleiding van de bevalling en kraambedcontroles. Bij de "
            "intake wordt gevraagd naar medische én sociale omstandigheden; zorgen worden met "
            "toestemming besproken met het Knooppunt Kansrijke Start."
        ),
        "summary": (
            "De verloskundige begeleidt je zwangerschap en bevalling en vraagt ook hoe het "
            "thuis met je gaat."
        ),
        "life_phases": [*PREGNANCY, "kraamperiode"],
        "care_phases": ["signaleren", "steun-op-maat"],
        "themes": ["medisch-risico", "psychische-gezondheid"],
        "formats": ["individueel", "huisbezoek"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "is_public": True,
        "verified_days_ago": 6,
    },
    {
        "slug": "kerkrade-west-poh-ggz",
        "organisation": "huisartsenpraktijk-kerkrade-west",
        "name": "POH-GGZ",
        "description": (
            "Kortdurende begeleiding bij psychische klachten door de praktijkondersteuner GGZ, "
            "met extra aandacht voor somberheid en angst rond zwangerschap en ouderschap."
        ),
        "summary": (
            "Voel je je niet goed in je vel? Bij de huisarts kun je een paar gesprekken hebben "
            "met de praktijkondersteuner."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["psychische-gezondheid"],
        "formats": ["individueel", "online"],
        "access_route": "gp_referral",
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "waiting_weeks": 2,
        "verified_days_ago": 38,
    },
    {
        "slug": "kerkrade-west-spreekuur-jonge-ouders",
        "organisation": "huisartsenpraktijk-kerkrade-west",
        "name": "Spreekuur jonge ouders (POH-jeugd)",
        "description": (
            "Wekelijks spreekuur van de praktijkondersteuner jeugd voor ouders met vragen over "
            "huilen, slapen, opvoeden of hun eigen welzijn. Korte lijnen met JGZ en het "
            "Knooppunt Kansrijke Start."
        ),
        "summary": (
            "Heb je vragen over je baby of over hoe het met jou gaat? Maak een afspraak bij de "
            "praktijkondersteuner jeugd."
        ),
        "life_phases": AFTER_BIRTH,
        "care_phases": ["signaleren", "verkennen"],
        "themes": ["opvoedondersteuning", "psychische-gezondheid"],
        "formats": ["individueel"],
        "cost_option": "insured",
        "cost_note": "Basisverzekering, zonder eigen risico",
        "is_public": True,
        "verified_days_ago": 38,
    },
    {
        "slug": "kleine-wereld-vve",
        "organisation": "kinderopvang-kleine-wereld",
        "name": "VVE-peuteropvang met Kaleidoscoop",
        "description": (
            "Peuteropvang met voor- en vroegschoolse educatie volgens Kaleidoscoop voor "
            "peuters met een VVE-indicatie van de JGZ. Veel aandacht voor taal en "
            "ouderbetrokkenheid."
        ),
        "summary": (
            "Je kind speelt en leert met andere kinderen als voorbereiding op school. Met een "
            "indicatie van het consultatiebureau betaal je weinig."
        ),
        "life_phases": ["1-2-jaar"],
        "themes": ["taal-en-cultuur", "opvoedondersteuning"],
        "formats": ["groep"],
        "access_route": "youth_health_referral",
        "cost_option": "municipality",
        "cost_note": "Met een VVE-indicatie betaalt de gemeente (een deel van) de kosten",
        "recognition": ("nji", "effective_first", "2016-03-01"),
        "is_public": True,
        "verified_days_ago": 450,
    },
    {
        "slug": "kleine-wereld-smi",
        "organisation": "kinderopvang-kleine-wereld",
        "name": "Kinderopvang op sociaal-medische indicatie (SMI)",
        "description": (
            "Tijdelijke kinderopvang als een ouder door ziekte, psychische problemen of "
            "overbelasting niet voldoende voor het kind kan zorgen. Indicatie door het sociaal "
            "team van de gemeente."
        ),
        "summary": (
            "Kun je tijdelijk niet goed voor je kind zorgen? Dan kan je kind een tijdje naar de "
            "kinderopvang."
        ),
        "life_phases": ["0-1-jaar", "1-2-jaar"],
        "themes": ["psychische-gezondheid", "medisch-risico"],
        "formats": ["groep"],
        "access_route": "municipal_decision",
        "cost_option": "municipality",
        "verified_days_ago": 450,
    },
    {
        "slug": "mee-zl-clientondersteuning",
        "organisation": "mee-zuid-limburg",
        "name": "Cliëntondersteuning voor (aanstaande) ouders met een LVB",
        "description": (
            "Onafhankelijke cliëntondersteuning: hulp bij het aanvragen van zorg, bij "
            "gesprekken met het sociaal team en bij geldzaken. Ook voorbereiding op het "
            "ouderschap met eenvoudige materialen."
        ),
        "summary": (
            "Vind je regels en brieven moeilijk? MEE helpt je om de hulp te krijgen die je "
            "nodig hebt."
        ),
        "life_phases": FIRST_1000_DAYS,
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["lvb", "geld", "opvoedondersteuning"],
        "formats": ["individueel", "huisbezoek"],
        "is_public": True,
        "verified_days_ago": 120,
    },
    {
        "slug": "jeugd-ggz-parkstad-ouder-babytherapie",
        "organisation": "jeugd-ggz-parkstad",
        "name": "Ouder-babytherapie",
        "description": (
            "Behandeling van de ouder-kindrelatie bij baby's en dreumesen, bijvoorbeeld na een "
            "traumatische bevalling, bij een postpartumdepressie of bij excessief huilen. "
            "Met video-interactiebegeleiding en, waar nodig, behandeling thuis."
        ),
        "summary": (
            "Gaat het contact met je baby moeizaam? Samen met een therapeut leer je je baby "
            "beter begrijpen."
        ),
        "life_phases": ["kraamperiode", "0-1-jaar", "1-2-jaar"],
        "themes": ["hechting", "psychische-gezondheid", "opvoedondersteuning"],
        "formats": ["individueel", "huisbezoek"],
        "access_route": "gp_referral",
        "cost_option": "municipality",
        "cost_note": "Vergoed via de Jeugdwet (gemeente)",
        "status": "temporarily_closed",
        "status_notice": (
            "Door personeelstekort tijdelijk geen nieuwe aanmeldingen; verwacht weer open na "
            "de zomervakantie. Voor spoed: overleg met de jeugdarts."
        ),
        "accepts_new_families": False,
        "waiting_weeks": 14,
        "verified_days_ago": 300,
    },
    {
        "slug": "vrouwenopvang-parkstad-opvang",
        "organisation": "vrouwenopvang-parkstad",
        "name": "Opvang en ambulante hulp bij huiselijk geweld",
        "description": (
            "Veilige opvang op een geheim adres voor vrouwen en kinderen, ook tijdens de "
            "zwangerschap, en ambulante begeleiding voor wie thuis woont. Aanmelden 24/7 via "
            "Veilig Thuis of een hulpverlener."
        ),
        "summary": (
            "Ben je thuis niet veilig? Je kunt met je kinderen naar een veilig huis, of hulp "
            "krijgen terwijl je thuis woont."
        ),
        "life_phases": [*PREGNANCY, *AFTER_BIRTH],
        "care_phases": ["verkennen", "steun-op-maat"],
        "themes": ["huiselijk-geweld", "wonen"],
        "formats": ["individueel", "huisbezoek"],
        "access_route": "professional_referral",
        "is_public": True,
        "verified_days_ago": 52,
    },
    {
        "slug": "voedselbank-parkstad-pakket",
        "organisation": "voedselbank-parkstad",
        "name": "Voedselpakket met babyspullen",
        "description": (
            "Wekelijks voedselpakket voor huishoudens met een heel laag besteedbaar inkomen, "
            "met luiers en flesvoeding voor baby's. Aanmelden via een hulpverlener of het "
            "sociaal team."
        ),
        "summary": (
            "Heb je te weinig geld voor eten? Via een hulpverlener kun je elke week een pakket "
            "met eten en babyspullen krijgen."
        ),
        "life_phases": ["zwangerschap-3e-trimester", *AFTER_BIRTH],
        "themes": ["geld", "voeding-en-borstvoeding"],
        "formats": ["inloop"],
        "access_route": "professional_referral",
        "is_public": True,
        "verified_days_ago": 220,
    },
    {
        "slug": "home-start-parkstad",
        "organisation": "humanitas-parkstad",
        "name": "Home-Start Parkstad",
        "description": (
            "Getrainde vrijwilligers bezoeken gezinnen met jonge kinderen wekelijks, zes tot "
            "twaalf maanden lang, voor steun bij opvoeden en het uitbreiden van het netwerk."
        ),
        "summary": (
            "Een vrijwilliger die zelf ouder is, komt elke week bij je thuis voor een "
            "luisterend oor en hulp."
        ),
        "life_phases": ["zwangerschap-3e-trimester", *AFTER_BIRTH],
        "themes": ["sociaal-netwerk", "opvoedondersteuning"],
        "formats": ["huisbezoek"],
        "recognition": ("nji", "effective_first", "2016-06-01"),
        "waiting_weeks": 5,
        "is_public": True,
        "verified_days_ago": 64,
    },
    {
        "slug": "de-boog-inloopochtend",
        "organisation": "ouder-kindcentrum-de-boog",
        "name": "Inloopochtend ouders en jonge kinderen",
        "description": (
            "Inloopochtend in Ouder-kindcentrum De Boog. Gestopt bij de sluiting van het "
            "centrum; de inloop is verhuisd naar het Sociaal Team Vaals."
        ),
        "summary": "Deze inloop bestaat niet meer op deze plek.",
        "life_phases": AFTER_BIRTH,
        "themes": ["sociaal-netwerk"],
        "formats": ["inloop"],
        "status": "inactive",
        "accepts_new_families": False,
        "accepts_referrals": False,
        "verified_days_ago": 520,
    },
]

# --- Fictional contact persons ---
#
# `interventions` lists intervention slugs of the same organisation, or "all". `away_for_days`
# > 0 means away until that many days from today (the backup then shows); `backup` is the
# e-mail of another contact person of the same organisation; `user` the e-mail of a demo
# account. Visibility defaults to "professionals". A contact person is known by organisation and
# name, so `email` may be empty (or, to show the dashboard's checks, mistyped).

CONTACT_PERSONS: list[Record] = [
    # Deventer and Olst-Wijhe
    {
        "organisation": "naviva-kraamzorg",
        "name": "Marieke Jansen",
        "job_title": "Teamleider kraamzorg Deventer",
        "email": "marieke.jansen@naviva.example",
        "phone": "0570 13 40 01",
        "availability": "Maandag t/m donderdag 8.30–16.30 uur",
        "interventions": "all",
        "away_for_days": 14,
        "backup": "fleur.hendriks@naviva.example",
    },
    {
        "organisation": "naviva-kraamzorg",
        "name": "Fleur Hendriks",
        "job_title": "Coördinator kraamzorg steun-op-maat",
        "email": "fleur.hendriks@naviva.example",
        "phone": "0570 13 40 02",
        "availability": "Dinsdag t/m vrijdag 8.30–17.00 uur",
        "interventions": ["naviva-kraamzorg-steun-op-maat", "naviva-intakehuisbezoek"],
        "backup": "marieke.jansen@naviva.example",
    },
    {
        "organisation": "naviva-kraamzorg",
        "name": "Ellen Brink",
        "job_title": "Planner intakehuisbezoeken",
        # No e-mail address yet: the dashboard and the editor's digest ask for one.
        "email": "",
        "phone": "0570 13 40 20",
        "availability": "Maandag t/m vrijdag 9.00–12.00 uur",
        "interventions": ["naviva-intakehuisbezoek"],
    },
    {
        "organisation": "deventer-ziekenhuis",
        "name": "Thomas Vermeulen",
        "job_title": "Gynaecoloog, POPP-poli",
        "email": "thomas.vermeulen@deventerziekenhuis.example",
        "phone": "0570 13 40 03",
        "availability": "Dinsdag en donderdag 8.00–17.00 uur",
        "interventions": ["popp-poli-deventer", "deventer-ziekenhuis-preconceptiespreekuur"],
        "backup": "esther.kok@deventerziekenhuis.example",
    },
    {
        "organisation": "deventer-ziekenhuis",
        "name": "Esther Kok",
        "job_title": "Medisch maatschappelijk werker geboortezorg",
        "email": "esther.kok@deventerziekenhuis.example",
        "phone": "0570 13 40 04",
        "availability": "Maandag t/m vrijdag 8.30–16.30 uur",
        "interventions": [
            "deventer-ziekenhuis-medisch-maatschappelijk-werk",
            "popp-poli-deventer",
            "deventer-ziekenhuis-borstvoedingspoli",
        ],
    },
    {
        "organisation": "deventer-ziekenhuis",
        "name": "Lotte Visser",
        "job_title": "Lactatiekundige",
        "email": "lotte.visser@deventerziekenhuis.example",
        "phone": "0570 13 40 05",
        "availability": "Maandag en woensdag",
        "interventions": ["deventer-ziekenhuis-borstvoedingspoli"],
        "active_until_days": -20,
        "backup": "esther.kok@deventerziekenhuis.example",
    },
    {
        "organisation": "dimence-deventer",
        "name": "Rianne Brouwer",
        "job_title": "Sociaal psychiatrisch verpleegkundige, perinatale GGZ",
        "email": "rianne.brouwer@dimence.example",
        "phone": "0570 13 40 06",
        "availability": "Maandag, dinsdag en donderdag 9.00–17.00 uur",
        "interventions": ["dimence-perinatale-ggz"],
        "backup": "joost.vanleeuwen@dimence.example",
    },
    {
        "organisation": "dimence-deventer",
        "name": "Joost van Leeuwen",
        "job_title": "GZ-psycholoog en ouder-babytherapeut",
        "email": "joost.vanleeuwen@dimence.example",
        "phone": "0570 13 40 07",
        "availability": "Woensdag t/m vrijdag",
        "interventions": ["dimence-ouder-baby-therapie"],
        "backup": "rianne.brouwer@dimence.example",
    },
    {
        "organisation": "kidz-team-deventer",
        "name": "Hanneke Smit",
        "job_title": "Orthopedagoog infant mental health",
        "email": "hanneke.smit@kidzteam.example",
        "phone": "0570 13 40 08",
        "availability": "Maandag t/m donderdag 8.30–16.30 uur",
        "interventions": "all",
    },
    {
        "organisation": "impluz",
        "name": "Karin Mulder",
        "job_title": "Gedragswetenschapper LVB en ouderschap",
        "email": "karin.mulder@impluz.example",
        "phone": "0570 13 40 09",
        "availability": "Maandag t/m donderdag",
        "interventions": "all",
        "backup": "sjoerd.dijkstra@impluz.example",
    },
    {
        "organisation": "impluz",
        "name": "Sjoerd Dijkstra",
        "job_title": "Ambulant begeleider ouderschap",
        "email": "sjoerd.dijkstra@impluz.example",
        "phone": "0570 13 40 10",
        "availability": "Maandag t/m vrijdag 8.00–16.00 uur",
        "interventions": ["impluz-ouderschapsbegeleiding-lvb", "impluz-groep-straks-ben-ik-mama"],
        "backup": "karin.mulder@impluz.example",
    },
    {
        "organisation": "voor-elkaar-team-deventer",
        "name": "Jeroen Kamphuis",
        "job_title": "Medewerker Voor Elkaar team, aandachtsgebied jonge gezinnen",
        "email": "jeroen.kamphuis@voorelkaardeventer.example",
        "phone": "0570 13 40 11",
        "availability": "Maandag t/m donderdag 8.30–17.00 uur",
        "interventions": ["voor-elkaar-ondersteuning-gezinnen", "voor-elkaar-toegang-jeugdhulp"],
        "user": "wijkteam.deventer@rokportaal.example",
        "backup": "aisha.bakker@voorelkaardeventer.example",
    },
    {
        "organisation": "voor-elkaar-team-deventer",
        "name": "Aisha Bakker",
        "job_title": "Coördinator zwangerschapsinloop",
        "email": "aisha.bakker@voorelkaardeventer.example",
        "phone": "0570 13 40 12",
        "availability": "Dinsdag en woensdag 9.00–17.00 uur",
        "interventions": ["zwangerschapsinloop-deventer", "voor-elkaar-ondersteuning-gezinnen"],
        "visibility": "public",
    },
    {
        "organisation": "ggd-ijsselland-jgz",
        "name": "Ingrid Meijer",
        "job_title": "Jeugdverpleegkundige prenatale zorg",
        "email": "ingrid.meijer@ggdijsselland.example",
        "phone": "0570 13 40 13",
        "availability": "Maandag, dinsdag en donderdag 8.30–16.30 uur",
        "interventions": ["jgz-ijsselland-prenataal-huisbezoek", "jgz-ijsselland-samen-starten"],
        "backup": "wendy.schouten@ggdijsselland.example",
    },
    {
        "organisation": "ggd-ijsselland-jgz",
        "name": "Nicole Prins",
        "job_title": "VoorZorg-verpleegkundige",
        "email": "nicole.prins@ggdijsselland.example",
        "phone": "0570 13 40 14",
        "availability": "Maandag t/m donderdag",
        "interventions": ["jgz-ijsselland-voorzorg"],
        "backup": "ingrid.meijer@ggdijsselland.example",
    },
    {
        "organisation": "ggd-ijsselland-jgz",
        "name": "Wendy Schouten",
        "job_title": "Jeugdverpleegkundige",
        "email": "wendy.schouten@ggdijsselland.example",
        "phone": "0570 13 40 15",
        "availability": "Dinsdag t/m vrijdag 8.30–16.30 uur",
        "interventions": [
            "jgz-ijsselland-stevig-ouderschap",
            "jgz-ijsselland-consultatiebureau",
            "jgz-ijsselland-borstvoedingsinloop",
        ],
        "visibility": "public",
    },
    {
        "organisation": "verloskundigenpraktijk-de-wieg",
        "name": "Sanne Bosman",
        "job_title": "Verloskundige",
        "email": "sanne.bosman@dewiegdeventer.example",
        "phone": "0570 13 40 16",
        "availability": "Maandag, woensdag en vrijdag; spoed via de praktijklijn",
        "interventions": "all",
        "user": "verloskundige.deventer@rokportaal.example",
        "backup": "mirjam.degroot@dewiegdeventer.example",
    },
    {
        "organisation": "verloskundigenpraktijk-de-wieg",
        "name": "Mirjam de Groot",
        "job_title": "Verloskundige en Centering-begeleider",
        "email": "mirjam.degroot@dewiegdeventer.example",
        "phone": "0570 13 40 17",
        "availability": "Dinsdag, donderdag en vrijdag",
        "interventions": ["de-wieg-centering-zwangerschap", "de-wieg-rookvrije-zwangerschap"],
        "backup": "sanne.bosman@dewiegdeventer.example",
    },
    {
        "organisation": "verloskundigen-colmschate",
        "name": "Ellen Hoekstra",
        "job_title": "Verloskundige",
        "email": "ellen.hoekstra@verloskundigencolmschate.example",
        "phone": "0570 13 40 18",
        "availability": "Maandag t/m donderdag",
        "interventions": "all",
    },
    {
        "organisation": "gemeente-deventer",
        "name": "Ilse van Dam",
        "job_title": "Coördinator Kansrijke Start",
        "email": "ilse.vandam@deventer.example",
        "phone": "0570 13 40 19",
        "availability": "Maandag t/m donderdag 9.00–17.00 uur",
        "interventions": ["deventer-casustafel-kansrijke-start"],
        "user": "coordinator@rokportaal.example",
    },
    {
        "organisation": "gemeente-deventer",
        "name": "Bart Scholten",
        "job_title": "Schuldhulpverlener",
        "email": "bart.scholten@deventer.example",
        "phone": "0570 13 40 20",
        "availability": "Maandag t/m vrijdag 9.00–16.00 uur",
        "interventions": ["deventer-schuldhulpverlening", "deventer-minimaregelingen"],
    },
    {
        "organisation": "tactus-deventer",
        "name": "Maarten Willems",
        "job_title": "Verslavingsarts",
        "email": "maarten.willems@tactus.example",
        "phone": "0570 13 40 21",
        "availability": "Dinsdag en donderdag",
        "interventions": ["tactus-zwanger-en-verslaving"],
        "backup": "yvonne.koster@tactus.example",
    },
    {
        "organisation": "tactus-deventer",
        "name": "Yvonne Koster",
        "job_title": "Preventiewerker",
        "email": "yvonne.koster@tactus.example",
        "phone": "0570 13 40 22",
        "availability": "Maandag t/m donderdag 9.00–17.00 uur",
        "interventions": ["tactus-preventiegesprek", "tactus-zwanger-en-verslaving"],
        "visibility": "public",
    },
    {
        "organisation": "mee-ijsseloevers",
        "name": "Petra van den Berg",
        "job_title": "Cliëntondersteuner",
        "email": "petra.vandenberg@meeijsseloevers.example",
        "phone": "0570 13 40 23",
        "availability": "Maandag t/m donderdag",
        "interventions": ["mee-clientondersteuning-ouders"],
    },
    {
        "organisation": "humanitas-deventer",
        "name": "Gerda Veenstra",
        "job_title": "Coördinator Home-Start",
        "email": "gerda.veenstra@humanitas-deventer.example",
        "phone": "0570 13 40 24",
        "availability": "Dinsdag en donderdag 9.00–13.00 uur",
        "interventions": ["home-start-deventer"],
        "visibility": "public",
    },
    {
        "organisation": "humanitas-deventer",
        "name": "Henk Postma",
        "job_title": "Coördinator Thuisadministratie",
        "email": "henk.postma@humanitas-deventer.example",
        "phone": "0570 13 40 25",
        "availability": "Maandag en woensdag 9.00–13.00 uur",
        "interventions": ["humanitas-thuisadministratie-deventer"],
        "visibility": "public",
    },
    {
        "organisation": "vrouwenopvang-ijsseloever",
        "name": "Roos Verbeek",
        "job_title": "Intaker en aandachtsfunctionaris",
        "email": "roos.verbeek@vrouwenopvang-ijsseloever.example",
        "phone": "0570 13 40 26",
        "availability": (
            "Maandag t/m vrijdag 9.00–17.00 uur; buiten kantoortijd via de crisisdienst"
        ),
        "interventions": "all",
        "visibility": "referral_parties",
    },
    {
        "organisation": "veilig-thuis-ijsselland",
        "name": "Edwin Kuipers",
        "job_title": "Adviseur Veilig Thuis, aandachtsgebied (ongeboren) jonge kinderen",
        "email": "edwin.kuipers@veiligthuis-ijsselland.example",
        "phone": "0570 13 40 27",
        "availability": "Maandag t/m donderdag 8.30–17.00 uur",
        "interventions": "all",
        "visibility": "referral_parties",
    },
    {
        "organisation": "huisartsenpraktijk-de-vijfhoek",
        "name": "Laura Wouters",
        "job_title": "Praktijkondersteuner GGZ",
        "email": "laura.wouters@huisartsendevijfhoek.example",
        "phone": "0570 13 40 28",
        "availability": "Maandag, woensdag en donderdag",
        "interventions": ["vijfhoek-poh-ggz"],
        "backup": "rutger.bos@huisartsendevijfhoek.example",
    },
    {
        "organisation": "huisartsenpraktijk-de-vijfhoek",
        "name": "Rutger Bos",
        "job_title": "Huisarts",
        "email": "rutger.bos@huisartsendevijfhoek.example",
        "phone": "0570 13 40 29",
        "availability": "Maandag t/m vrijdag, terugbelspreekuur 13.00–14.00 uur",
        "interventions": ["vijfhoek-anticonceptiespreekuur", "vijfhoek-poh-ggz"],
    },
    {
        "organisation": "kinderopvang-spelenderwijs",
        "name": "Samira Ouali",
        "job_title": "VVE-coördinator",
        "email": "samira.ouali@spelenderwijs-deventer.example",
        "phone": "0570 13 40 30",
        "availability": "Maandag t/m donderdag 8.00–15.00 uur",
        "interventions": "all",
    },
    {
        "organisation": "voedselbank-deventer",
        "name": "Kees Timmermans",
        "job_title": "Coördinator intake",
        "email": "kees.timmermans@voedselbankdeventer.example",
        "phone": "0570 13 40 31",
        "availability": "Dinsdag en vrijdag 10.00–14.00 uur",
        "interventions": "all",
        "visibility": "public",
    },
    {
        "organisation": "sociaal-team-olst-wijhe",
        "name": "Janneke Lammers",
        "job_title": "Consulent jonge gezinnen",
        "email": "janneke.lammers@olst-wijhe.example",
        "phone": "0570 13 40 32",
        "availability": "Maandag t/m donderdag",
        "interventions": "all",
    },
    # Rotterdam and Capelle aan den IJssel
    {
        "organisation": "erasmus-mc",
        "name": "Pieter Zwaan",
        "job_title": "Psychiater, POP-poli",
        "email": "pieter.zwaan@erasmusmc.example",
        "phone": "010 134 50 01",
        "availability": "Maandag en donderdag",
        "interventions": ["erasmus-mc-pop-poli"],
        "backup": "annelies.kroon@erasmusmc.example",
    },
    {
        "organisation": "erasmus-mc",
        "name": "Annelies Kroon",
        "job_title": "Verpleegkundig specialist geboortezorg",
        "email": "annelies.kroon@erasmusmc.example",
        "phone": "010 134 50 02",
        "availability": "Maandag t/m vrijdag 8.30–16.30 uur",
        "interventions": [
            "erasmus-mc-preconceptiezorg",
            "erasmus-mc-tweedelijns-geboortezorg",
            "erasmus-mc-pop-poli",
        ],
    },
    {
        "organisation": "erasmus-mc",
        "name": "Mohamed Amrani",
        "job_title": "Projectcoördinator Samen Groeien 010",
        "email": "mohamed.amrani@erasmusmc.example",
        "phone": "010 134 50 03",
        "availability": "Dinsdag t/m donderdag",
        "interventions": ["samen-groeien-010-netwerkoverleg"],
    },
    {
        "organisation": "maasstad-ziekenhuis",
        "name": "Selin Demir",
        "job_title": "Medisch maatschappelijk werker verloskunde",
        "email": "selin.demir@maasstad.example",
        "phone": "010 134 50 04",
        "availability": "Maandag t/m donderdag 8.30–16.30 uur",
        "interventions": "all",
    },
    {
        "organisation": "cjg-rijnmond",
        "name": "Naima Bouzian",
        "job_title": "Jeugdverpleegkundige",
        "email": "naima.bouzian@cjgrijnmond.example",
        "phone": "010 134 50 05",
        "availability": "Maandag, dinsdag en donderdag 8.30–17.00 uur",
        "interventions": [
            "cjg-prenataal-huisbezoek",
            "cjg-consultatiebureau",
            "cjg-inloopspreekuur",
        ],
        "user": "jgz.rotterdam@rokportaal.example",
        "backup": "priscilla.martina@cjgrijnmond.example",
    },
    {
        "organisation": "cjg-rijnmond",
        "name": "Linda van Dijk",
        "job_title": "VoorZorg-verpleegkundige",
        "email": "linda.vandijk@cjgrijnmond.example",
        "phone": "010 134 50 06",
        "availability": "Maandag t/m donderdag",
        "interventions": ["cjg-voorzorg-rotterdam"],
        "away_for_days": 21,
        "backup": "priscilla.martina@cjgrijnmond.example",
    },
    {
        "organisation": "cjg-rijnmond",
        "name": "Priscilla Martina",
        "job_title": "Jeugdverpleegkundige Stevig Ouderschap en Centering Parenting",
        "email": "priscilla.martina@cjgrijnmond.example",
        "phone": "010 134 50 07",
        "availability": "Dinsdag t/m vrijdag 8.30–16.30 uur",
        "interventions": ["cjg-stevig-ouderschap", "cjg-centering-parenting"],
        "backup": "naima.bouzian@cjgrijnmond.example",
    },
    {
        "organisation": "cjg-rijnmond",
        "name": "Mark Hoogendoorn",
        "job_title": "Pedagoog",
        "email": "mark.hoogendoorn@cjgrijnmond.example",
        "phone": "010 134 50 08",
        "availability": "Maandag t/m vrijdag 9.00–17.00 uur",
        "interventions": ["cjg-triple-p", "cjg-inloopspreekuur"],
        "visibility": "public",
    },
    {
        "organisation": "ggd-rotterdam-rijnmond",
        "name": "Fatima El Idrissi",
        "job_title": "Consulent Nu Niet Zwanger",
        "email": "fatima.elidrissi@ggdrotterdamrijnmond.example",
        "phone": "010 134 50 09",
        "availability": "Maandag t/m donderdag 9.00–17.00 uur",
        "interventions": ["nu-niet-zwanger-rotterdam"],
    },
    {
        "organisation": "ggd-rotterdam-rijnmond",
        "name": "Sophie Klaassen",
        "job_title": "Verpleegkundige seksuele gezondheid",
        "email": "sophie.klaassen@ggdrotterdamrijnmond.example",
        "phone": "010 134 50 10",
        "availability": "Dinsdag en donderdag 13.00–17.00 uur",
        "interventions": ["ggd-rr-seksuele-gezondheid"],
        "visibility": "public",
    },
    {
        "organisation": "wijkteam-rotterdam",
        "name": "Daan Verhoef",
        "job_title": "Wijkteammedewerker Feijenoord",
        "email": "daan.verhoef@wijkteam.rotterdam.example",
        "phone": "010 134 50 11",
        "availability": "Maandag t/m vrijdag 8.30–17.00 uur",
        "interventions": [
            "wijkteam-rotterdam-gezinsondersteuning",
            "wijkteam-rotterdam-toegang-jeugdhulp",
        ],
        "user": "wijkteam.rotterdam@rokportaal.example",
    },
    {
        "organisation": "wijkteam-rotterdam",
        "name": "Shanti Ramdin",
        "job_title": "Begeleider Moeders van Rotterdam",
        "email": "shanti.ramdin@wijkteam.rotterdam.example",
        "phone": "010 134 50 12",
        "availability": "Maandag t/m donderdag",
        "interventions": ["moeders-van-rotterdam"],
        "visibility": "referral_parties",
        "backup": "daan.verhoef@wijkteam.rotterdam.example",
    },
    {
        "organisation": "gemeente-rotterdam-vraagwijzer",
        "name": "Erik de Haan",
        "job_title": "Medewerker Vraagwijzer",
        "email": "erik.dehaan@vraagwijzer.rotterdam.example",
        "phone": "010 134 50 13",
        "availability": "Maandag t/m vrijdag 9.00–17.00 uur",
        "interventions": "all",
        "visibility": "public",
    },
    {
        "organisation": "kredietbank-rotterdam",
        "name": "Monique Groen",
        "job_title": "Schuldhulpverlener",
        "email": "monique.groen@kredietbankrotterdam.example",
        "phone": "010 134 50 14",
        "availability": "Maandag t/m donderdag",
        "interventions": ["kredietbank-rotterdam-schuldhulp", "kredietbank-rotterdam-budgetbeheer"],
        "backup": "yusuf.aydin@kredietbankrotterdam.example",
    },
    {
        "organisation": "kredietbank-rotterdam",
        "name": "Yusuf Aydın",
        "job_title": "Budgetcoach",
        "email": "yusuf.aydin@kredietbankrotterdam.example",
        "phone": "010 134 50 15",
        "availability": "Dinsdag t/m vrijdag",
        "interventions": ["kredietbank-rotterdam-budgetcoaching"],
    },
    {
        "organisation": "asvz",
        "name": "Carla Vos",
        "job_title": "Ambulant begeleider ouderschap LVB",
        "email": "carla.vos@asvz.example",
        "phone": "010 134 50 16",
        "availability": "Maandag t/m donderdag 8.30–16.30 uur",
        "interventions": "all",
    },
    {
        "organisation": "bouman-ggz",
        "name": "Rick Jacobs",
        "job_title": "Verslavingsarts",
        "email": "rick.jacobs@boumanggz.example",
        "phone": "010 134 50 17",
        "availability": "Maandag, woensdag en vrijdag",
        "interventions": "all",
    },
    {
        "organisation": "verloskundigen-zuiderkroon",
        "name": "Esra Kaya",
        "job_title": "Verloskundige",
        "email": "esra.kaya@zuiderkroon.example",
        "phone": "010 134 50 18",
        "availability": "Maandag t/m donderdag; spoed via de praktijklijn",
        "interventions": "all",
        "user": "verloskundige.rotterdam@rokportaal.example",
        "backup": "noor.vermaat@zuiderkroon.example",
    },
    {
        "organisation": "verloskundigen-zuiderkroon",
        "name": "Noor Vermaat",
        "job_title": "Verloskundige en Centering-begeleider",
        "email": "noor.vermaat@zuiderkroon.example",
        "phone": "010 134 50 19",
        "availability": "Woensdag t/m vrijdag",
        "interventions": ["zuiderkroon-centering-zwangerschap"],
        "backup": "esra.kaya@zuiderkroon.example",
    },
    {
        "organisation": "verloskundigen-het-nest",
        "name": "Hiba Saleh",
        "job_title": "Verloskundige",
        "email": "hiba.saleh@hetnestdelfshaven.example",
        "phone": "010 134 50 20",
        "availability": "Maandag t/m vrijdag",
        "interventions": "all",
    },
    {
        "organisation": "kraamzorg-maasoever",
        "name": "Tamara Verhoeven",
        "job_title": "Coördinator Kraamzorg Plus",
        "email": "tamara.verhoeven@kraamzorgmaasoever.example",
        "phone": "010 134 50 21",
        "availability": "Maandag t/m vrijdag 8.30–17.00 uur",
        "interventions": "all",
    },
    {
        "organisation": "veilig-thuis-rotterdam-rijnmond",
        "name": "Ruud Koning",
        "job_title": "Adviseur Veilig Thuis",
        "email": "ruud.koning@veiligthuis-rr.example",
        "phone": "010 134 50 22",
        "availability": "Maandag t/m vrijdag 8.30–17.00 uur",
        "interventions": "all",
        "visibility": "referral_parties",
    },
    {
        "organisation": "siriz",
        "name": "Eline Maas",
        "job_title": "Hulpverlener onbedoelde zwangerschap",
        "email": "eline.maas@siriz.example",
        "phone": "010 134 50 23",
        "availability": "Maandag t/m vrijdag, ook 's avonds op afspraak",
        "interventions": "all",
        "visibility": "public",
    },
    {
        "organisation": "fiom",
        "name": "Judith Evers",
        "job_title": "Fiom-hulpverlener",
        "email": "judith.evers@fiom.example",
        "phone": "010 134 50 24",
        "availability": "Maandag t/m donderdag",
        "interventions": "all",
        "visibility": "public",
    },
    {
        "organisation": "vrouwenopvang-de-haven",
        "name": "Marjolein Dekker",
        "job_title": "Intaker moeder-kindunit",
        "email": "marjolein.dekker@vrouwenopvangdehaven.example",
        "phone": "010 134 50 25",
        "availability": "Maandag t/m vrijdag 9.00–17.00 uur; crisisdienst 24/7",
        "interventions": "all",
        "visibility": "referral_parties",
    },
    {
        "organisation": "leger-des-heils-rotterdam",
        "name": "Sandra Huisman",
        "job_title": "Teamleider Jonge Moederhuis",
        "email": "sandra.huisman@legerdesheils-rotterdam.example",
        "phone": "010 134 50 26",
        "availability": "Maandag t/m donderdag",
        "interventions": "all",
    },
    {
        "organisation": "voedselbank-rotterdam",
        "name": "Wim Roelofs",
        "job_title": "Coördinator intake",
        "email": "wim.roelofs@voedselbankrotterdam.example",
        "phone": "010 134 50 27",
        "availability": "Dinsdag en donderdag 10.00–15.00 uur",
        "interventions": "all",
        "visibility": "public",
    },
    {
        "organisation": "humanitas-rotterdam",
        "name": "Gül Şahin",
        "job_title": "Coördinator Home-Start en Moeders informeren moeders",
        "email": "gul.sahin@humanitas-rotterdam.example",
        "phone": "010 134 50 28",
        "availability": "Maandag t/m donderdag 9.00–15.00 uur",
        "interventions": "all",
        "visibility": "public",
    },
    {
        "organisation": "kinderopvang-de-kleine-haven",
        "name": "Ilona Pietersen",
        "job_title": "VVE-coördinator",
        "email": "ilona.pietersen@dekleinehaven.example",
        "phone": "010 134 50 29",
        "availability": "Maandag t/m donderdag",
        "interventions": "all",
    },
    {
        "organisation": "huisartsenpraktijk-zuidplein",
        "name": "Kübra Yıldız",
        "job_title": "Praktijkondersteuner GGZ",
        "email": "kubra.yildiz@huisartsenzuidplein.example",
        "phone": "010 134 50 30",
        "availability": "Maandag, dinsdag en donderdag",
        "interventions": "all",
    },
    # Zuid-Limburg
    {
        "organisation": "zuyderland",
        "name": "Maud Kessels",
        "job_title": "Verpleegkundige POP-poli",
        "email": "maud.kessels@zuyderland.example",
        "phone": "045 134 60 01",
        "availability": "Maandag t/m donderdag 8.30–16.30 uur",
        "interventions": "all",
    },
    {
        "organisation": "ggd-zuid-limburg",
        "name": "Anja Crijns",
        "job_title": "Jeugdverpleegkundige prenatale zorg, Kerkrade",
        "email": "anja.crijns@ggdzl.example",
        "phone": "045 134 60 02",
        "availability": "Maandag t/m donderdag",
        "interventions": ["ggd-zl-prenataal-huisbezoek", "ggd-zl-consultatiebureau"],
        "away_for_days": 10,
        "backup": "tom.wetzels@ggdzl.example",
    },
    {
        "organisation": "ggd-zuid-limburg",
        "name": "Tom Wetzels",
        "job_title": "Jeugdverpleegkundige, Landgraaf en Vaals",
        "email": "tom.wetzels@ggdzl.example",
        "phone": "045 134 60 03",
        "availability": "Dinsdag t/m vrijdag 8.30–16.30 uur",
        "interventions": [
            "ggd-zl-prenataal-huisbezoek",
            "ggd-zl-consultatiebureau",
            "ggd-zl-stevig-ouderschap",
        ],
        "backup": "anja.crijns@ggdzl.example",
    },
    {
        "organisation": "ggd-zuid-limburg",
        "name": "Nathalie Bemelmans",
        "job_title": "VoorZorg-verpleegkundige",
        "email": "nathalie.bemelmans@ggdzl.example",
        "phone": "045 134 60 04",
        "availability": "Maandag t/m donderdag",
        "interventions": ["ggd-zl-voorzorg"],
        "backup": "tom.wetzels@ggdzl.example",
    },
    {
        "organisation": "ggd-zuid-limburg",
        "name": "Kim Lardinois",
        "job_title": "Consulent Nu Niet Zwanger",
        "email": "kim.lardinois@ggdzl.example",
        "phone": "045 134 60 05",
        "availability": "Dinsdag en donderdag",
        "interventions": ["ggd-zl-nu-niet-zwanger"],
    },
    {
        "organisation": "moveoo",
        "name": "Vera Ploumen",
        "job_title": "Gezinscoach",
        "email": "vera.ploumen@moveoo.example",
        "phone": "045 134 60 06",
        "availability": "Maandag t/m vrijdag 8.30–17.00 uur",
        "interventions": ["moveoo-gezinscoaching"],
        "backup": "dewi.huynen@moveoo.example",
    },
    {
        "organisation": "moveoo",
        "name": "Dewi Huynen",
        "job_title": "Opvoedondersteuner, Mama Café",
        "email": "dewi.huynen@moveoo.example",
        "phone": "045 134 60 07",
        "availability": "Woensdag t/m vrijdag",
        "interventions": ["moveoo-mama-cafe", "moveoo-gezinscoaching"],
        "visibility": "public",
    },
    {
        "organisation": "gemeente-kerkrade",
        "name": "Roel Vliegen",
        "job_title": "Coördinator Knooppunt Kansrijke Start",
        "email": "roel.vliegen@kerkrade.example",
        "phone": "045 134 60 08",
        "availability": "Maandag t/m donderdag 8.30–16.30 uur",
        "interventions": ["knooppunt-kansrijke-start-kerkrade"],
        "backup": "mieke.debets@kerkrade.example",
    },
    {
        "organisation": "gemeente-kerkrade",
        "name": "Mieke Debets",
        "job_title": "Consulent sociaal team",
        "email": "mieke.debets@kerkrade.example",
        "phone": "045 134 60 09",
        "availability": "Maandag t/m vrijdag 8.30–16.30 uur",
        "interventions": ["sociaal-team-kerkrade", "knooppunt-kansrijke-start-kerkrade"],
    },
    {
        "organisation": "buurtteam-landgraaf",
        "name": "Lieke Schoonbrood",
        "job_title": "Buurtteammedewerker jonge gezinnen",
        "email": "lieke.schoonbrood@buurtteamlandgraaf.example",
        "phone": "045 134 60 10",
        "availability": "Maandag t/m donderdag 8.30–17.00 uur",
        "interventions": [
            "buurtteam-landgraaf-ondersteuning",
            "knooppunt-kansrijke-start-landgraaf",
        ],
        "user": "buurtteam.landgraaf@rokportaal.example",
        "backup": "agnieszka.nowak@buurtteamlandgraaf.example",
    },
    {
        "organisation": "buurtteam-landgraaf",
        "name": "Agnieszka Nowak",
        "job_title": "Buurtteammedewerker",
        "email": "agnieszka.nowak@buurtteamlandgraaf.example",
        "phone": "045 134 60 11",
        "availability": "Maandag, woensdag en vrijdag",
        "interventions": ["buurtteam-landgraaf-inloop", "buurtteam-landgraaf-ondersteuning"],
        "visibility": "public",
        "active_from_days_ago": 30,
    },
    {
        "organisation": "buurtteam-landgraaf",
        "name": "Ruud Frissen",
        "job_title": "Buurtteammedewerker, aandachtsgebied geldzorgen",
        # Mistyped when the entry was made: the dashboard lists it as not a valid address.
        "email": "ruud.frissen@buurtteamlandgraaf",
        "phone": "045 134 60 12",
        "availability": "Dinsdag en donderdag",
        "interventions": ["buurtteam-landgraaf-ondersteuning"],
    },
    {
        "organisation": "sociaal-team-vaals",
        "name": "Jan Lemmens",
        "job_title": "Consulent Sociaal Team",
        "email": "jan.lemmens@vaals.example",
        "phone": "043 134 70 01",
        "availability": "Dinsdag t/m donderdag",
        "interventions": "all",
        "active_until_days": 60,
    },
    {
        "organisation": "kredietbank-limburg",
        "name": "Ria Hamers",
        "job_title": "Schuldhulpverlener",
        "email": "ria.hamers@kredietbanklimburg.example",
        "phone": "045 134 60 12",
        "availability": "Maandag t/m donderdag",
        "interventions": "all",
    },
    {
        "organisation": "veilig-thuis-zuid-limburg",
        "name": "Frank Dohmen",
        "job_title": "Adviseur Veilig Thuis",
        "email": "frank.dohmen@veiligthuis-zl.example",
        "phone": "045 134 60 13",
        "availability": "Maandag t/m vrijdag 8.30–17.00 uur",
        "interventions": "all",
        "visibility": "referral_parties",
    },
    {
        "organisation": "mondriaan",
        "name": "Evelien Sijben",
        "job_title": "Psychiater perinatale zorg",
        "email": "evelien.sijben@mondriaan.example",
        "phone": "045 134 60 14",
        "availability": "Maandag en woensdag",
        "interventions": ["mondriaan-perinatale-ggz"],
        "backup": "ivo.notermans@mondriaan.example",
    },
    {
        "organisation": "mondriaan",
        "name": "Ivo Notermans",
        "job_title": "Verslavingsbehandelaar",
        "email": "ivo.notermans@mondriaan.example",
        "phone": "045 134 60 15",
        "availability": "Maandag t/m donderdag",
        "interventions": ["mondriaan-verslavingszorg"],
    },
    {
        "organisation": "kraamzorg-parkstad",
        "name": "Bianca Senden",
        "job_title": "Coördinator steun-op-maat",
        "email": "bianca.senden@kraamzorgparkstad.example",
        "phone": "045 134 60 16",
        "availability": "Maandag t/m vrijdag 8.30–17.00 uur",
        "interventions": "all",
    },
    {
        "organisation": "verloskundigen-parkstad-oost",
        "name": "Loes Custers",
        "job_title": "Verloskundige",
        "email": "loes.custers@verloskundigenparkstadoost.example",
        "phone": "045 134 60 17",
        "availability": "Maandag t/m donderdag; spoed via de praktijklijn",
        "interventions": "all",
    },
    {
        "organisation": "huisartsenpraktijk-kerkrade-west",
        "name": "Bram Hermans",
        "job_title": "Huisarts",
        "email": "bram.hermans@huisartsenkerkradewest.example",
        "phone": "045 134 60 18",
        "availability": "Maandag, dinsdag en donderdag",
        "interventions": ["kerkrade-west-spreekuur-jonge-ouders"],
        "user": "huisarts.kerkrade@rokportaal.example",
    },
    {
        "organisation": "huisartsenpraktijk-kerkrade-west",
        "name": "Chantal Jongen",
        "job_title": "Praktijkondersteuner GGZ",
        "email": "chantal.jongen@huisartsenkerkradewest.example",
        "phone": "045 134 60 19",
        "availability": "Maandag t/m donderdag",
        "interventions": ["kerkrade-west-poh-ggz"],
        "backup": "bram.hermans@huisartsenkerkradewest.example",
    },
    {
        "organisation": "kinderopvang-kleine-wereld",
        "name": "Sabine Wolters",
        "job_title": "Locatiemanager",
        "email": "sabine.wolters@kleinewereld.example",
        "phone": "045 134 60 20",
        "availability": "Maandag t/m vrijdag 8.00–16.00 uur",
        "interventions": "all",
    },
    {
        "organisation": "mee-zuid-limburg",
        "name": "Ruben Vaessen",
        "job_title": "Cliëntondersteuner",
        "email": "ruben.vaessen@meezuidlimburg.example",
        "phone": "045 134 60 21",
        "availability": "Maandag t/m donderdag",
        "interventions": "all",
    },
    {
        "organisation": "jeugd-ggz-parkstad",
        "name": "Marloes Houben",
        "job_title": "Specialist infant mental health",
        "email": "marloes.houben@jeugdggzparkstad.example",
        "phone": "045 134 60 22",
        "availability": "Dinsdag en donderdag",
        "interventions": "all",
    },
    {
        "organisation": "vrouwenopvang-parkstad",
        "name": "Hilde Janssen",
        "job_title": "Intaker",
        "email": "hilde.janssen@vrouwenopvangparkstad.example",
        "phone": "045 134 60 23",
        "availability": "Maandag t/m vrijdag 9.00–17.00 uur; crisisdienst 24/7",
        "interventions": "all",
        "visibility": "referral_parties",
    },
    {
        "organisation": "voedselbank-parkstad",
        "name": "Jo Hendrix",
        "job_title": "Coördinator intake",
        "email": "jo.hendrix@voedselbankparkstad.example",
        "phone": "045 134 60 24",
        "availability": "Dinsdag 10.00–14.00 uur",
        "interventions": "all",
        "visibility": "public",
    },
    {
        "organisation": "humanitas-parkstad",
        "name": "Anita Pelzer",
        "job_title": "Coördinator Home-Start",
        "email": "anita.pelzer@humanitas-parkstad.example",
        "phone": "045 134 60 25",
        "availability": "Maandag t/m donderdag 9.00–13.00 uur",
        "interventions": "all",
        "visibility": "public",
    },
]

# --- Demo accounts (fictional people); the login is the e-mail address ---

USERS: list[Record] = [
    {
        "email": "verloskundige.deventer@rokportaal.example",
        "full_name": "Sanne Bosman",
        "job_title": "Verloskundige",
        "role": "Verloskundige (medisch domein), Deventer",
        "organisation": "verloskundigenpraktijk-de-wieg",
        "membership": "professional",
    },
    {
        "email": "wijkteam.deventer@rokportaal.example",
        "full_name": "Jeroen Kamphuis",
        "job_title": "Medewerker Voor Elkaar team",
        "role": "Sociaal wijkteam (sociaal domein), Deventer",
        "organisation": "voor-elkaar-team-deventer",
        "membership": "professional",
    },
    {
        "email": "verloskundige.rotterdam@rokportaal.example",
        "full_name": "Esra Kaya",
        "job_title": "Verloskundige",
        "role": "Verloskundige (medisch domein), Rotterdam",
        "organisation": "verloskundigen-zuiderkroon",
        "membership": "professional",
    },
    {
        "email": "jgz.rotterdam@rokportaal.example",
        "full_name": "Naima Bouzian",
        "job_title": "Jeugdverpleegkundige",
        "role": "Jeugdgezondheidszorg (medisch en sociaal), Rotterdam",
        "organisation": "cjg-rijnmond",
        "membership": "professional",
    },
    {
        "email": "wijkteam.rotterdam@rokportaal.example",
        "full_name": "Daan Verhoef",
        "job_title": "Wijkteammedewerker",
        "role": "Wijkteam (sociaal domein), Rotterdam",
        "organisation": "wijkteam-rotterdam",
        "membership": "professional",
    },
    {
        "email": "huisarts.kerkrade@rokportaal.example",
        "full_name": "Bram Hermans",
        "job_title": "Huisarts",
        "role": "Huisarts (medisch domein), Kerkrade",
        "organisation": "huisartsenpraktijk-kerkrade-west",
        "membership": "professional",
    },
    {
        "email": "buurtteam.landgraaf@rokportaal.example",
        "full_name": "Lieke Schoonbrood",
        "job_title": "Buurtteammedewerker",
        "role": "Buurtteam (sociaal domein), Landgraaf",
        "organisation": "buurtteam-landgraaf",
        "membership": "professional",
    },
    {
        "email": "redacteur.naviva@rokportaal.example",
        "full_name": "Marloes Wessels",
        "job_title": "Redacteur sociale kaart",
        "role": "Redacteur van de eigen organisatie",
        "organisation": "naviva-kraamzorg",
        "membership": "editor",
    },
    {
        "email": "functionaris.deventer@rokportaal.example",
        "full_name": "Karin Mulder",
        "job_title": "Aandachtsfunctionaris",
        "role": "Aandachtsfunctionaris: logboek en rechten van ouders, Deventer",
        "organisation": "verloskundigenpraktijk-de-wieg",
        "membership": "officer",
    },
    {
        "email": "coordinator@rokportaal.example",
        "full_name": "Ilse van Dam",
        "job_title": "Coördinator Kansrijke Start",
        "role": "Coördinator (hele sociale kaart, beheer)",
        "organisation": "gemeente-deventer",
        "membership": "editor",
        "is_coordinator": True,
        "is_staff": True,
    },
    {
        "email": "admin@rokportaal.example",
        "full_name": "Functioneel beheer ROK Portaal",
        "job_title": "Functioneel beheerder",
        "role": "Beheerder (superuser)",
        "organisation": "gemeente-deventer",
        "membership": "editor",
        "is_staff": True,
        "is_superuser": True,
    },
]
