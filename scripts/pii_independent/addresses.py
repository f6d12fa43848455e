"""Addresses of 16 countries, written in each country's own format."""

from __future__ import annotations

import random
import re

# ----------------------------------------------------------------------------------------- addresses
# Per country: the field order of each entry, layouts ("!u": upper-cased, as some postal services write
# it), and hand-written entries. Street, city, region and postal code become separate LOCATION spans.
ADDRESS_FIELDS = {"street": "street_address", "city": "city", "region": "region", "postal": "postal_code"}
COUNTRIES: dict[str, dict] = {
    "US": {
        "fields": ("street", "city", "region", "postal"),
        "layouts": ["{street}, {city}, {region} {postal}", "{street}\n{city}, {region} {postal}"],
        "rows": [
            ("1420 Maple Avenue", "Evanston", "IL", "60201"),
            ("87 W 112th St, Apt 4C", "New York", "NY", "10026"),
            ("3301 N Lincoln Ave", "Chicago", "IL", "60657"),
            ("902 Sunset Blvd, Unit 12", "Austin", "TX", "78704"),
            ("15 Elm Street", "Columbus", "OH", "43215"),
            ("4418 Greenwood Ave N", "Seattle", "WA", "98103"),
        ],
    },
    "GB": {
        "fields": ("street", "city", "postal", "region"),
        "layouts": ["{street}, {city} {postal}", "{street}\n{city}\n{postal}", "{street}, {city}, {region} {postal}"],
        "rows": [
            ("14 Brunswick Road", "Leeds", "LS7 3PD", "West Yorkshire"),
            ("Flat 2, 31 Mill Lane", "Bristol", "BS3 4AB", "Avon"),
            ("7 Queen's Terrace", "Glasgow", "G12 8DQ", "Lanarkshire"),
            ("22 Cranbrook Avenue", "Manchester", "M20 6RT", "Greater Manchester"),
            ("3 Harbour View", "Cardiff", "CF10 4PA", "South Glamorgan"),
            ("118 Tollgate Road", "London", "E6 5JX", "Greater London"),
        ],
    },
    "DE": {
        "fields": ("street", "postal", "city"),
        "layouts": ["{street}, {postal} {city}", "{street}\n{postal} {city}"],
        "rows": [
            ("Hauptstraße 12", "10115", "Berlin"),
            ("Schillerstr. 45a", "80336", "München"),
            ("Am Lindenhof 3", "50667", "Köln"),
            ("Eppendorfer Weg 211", "20253", "Hamburg"),
            ("Königsallee 8", "40212", "Düsseldorf"),
        ],
    },
    "FR": {
        "fields": ("street", "postal", "city"),
        "layouts": ["{street}, {postal} {city}", "{street}\n{postal} {city!u}"],
        "rows": [
            ("12 rue de la Paix", "75002", "Paris"),
            ("8 avenue Jean Médecin", "06000", "Nice"),
            ("45 boulevard de la Croix-Rousse", "69004", "Lyon"),
            ("3 impasse des Lilas", "33000", "Bordeaux"),
            ("27 quai de la Fosse", "44000", "Nantes"),
        ],
    },
    "NL": {
        "fields": ("street", "postal", "city"),
        "layouts": ["{street}\n{postal} {city}", "{street}, {postal} {city!u}"],
        "rows": [
            ("Oudegracht 112", "3511 AX", "Utrecht"),
            ("Kerkstraat 41-II", "1017 GC", "Amsterdam"),
            ("Nieuwe Binnenweg 75", "3014 GE", "Rotterdam"),
            ("Stationsplein 9", "9726 AE", "Groningen"),
        ],
    },
    "ES": {
        "fields": ("street", "postal", "city", "region"),
        "layouts": ["{street}, {postal} {city} ({region})", "{street}\n{postal} {city}"],
        "rows": [
            ("Calle de Alcalá 123, 4º B", "28009", "Madrid", "Madrid"),
            ("Carrer de Mallorca 401, 3r 2a", "08013", "Barcelona", "Barcelona"),
            ("Avenida de la Constitución 20", "41004", "Sevilla", "Sevilla"),
            ("Calle Colón 5, 2º izq.", "46004", "Valencia", "Valencia"),
        ],
    },
    "IT": {
        "fields": ("street", "postal", "city", "region"),
        "layouts": ["{street}, {postal} {city} ({region})", "{street}\n{postal} {city} {region}"],
        "rows": [
            ("Via Giuseppe Garibaldi 27", "10122", "Torino", "TO"),
            ("Viale Monza 140", "20127", "Milano", "MI"),
            ("Via dei Coronari 44", "00186", "Roma", "RM"),
            ("Corso Umberto I 81", "80138", "Napoli", "NA"),
        ],
    },
    "PL": {
        "fields": ("street", "postal", "city"),
        "layouts": ["{street}, {postal} {city}", "{street}\n{postal} {city}"],
        "rows": [
            ("ul. Marszałkowska 84/92 m. 15", "00-514", "Warszawa"),
            ("ul. Floriańska 3", "31-019", "Kraków"),
            ("al. Grunwaldzka 186", "80-266", "Gdańsk"),
            ("ul. Piotrkowska 120", "90-006", "Łódź"),
        ],
    },
    "JP": {
        "fields": ("postal", "region", "city", "street"),
        "layouts": ["〒{postal} {region}{city}{street}", "〒{postal}\n{region}{city}{street}"],
        "rows": [
            ("150-0002", "東京都", "渋谷区", "渋谷2-21-1"),
            ("530-0001", "大阪府", "大阪市北区", "梅田3-1-3"),
            ("060-0806", "北海道", "札幌市北区", "北6条西4丁目5"),
            ("460-0008", "愛知県", "名古屋市中区", "栄3-5-12"),
        ],
    },
    "JP_latin": {
        "country": "JP",
        "fields": ("street", "city", "region", "postal"),
        "layouts": ["{street}, {city}, {region} {postal}", "{street}\n{city}\n{region} {postal}"],
        "rows": [
            ("2-21-1 Shibuya", "Shibuya-ku", "Tokyo", "150-0002"),
            ("3-1-3 Umeda, Kita-ku", "Osaka", "Osaka", "530-0001"),
            ("3-5-12 Sakae, Naka-ku", "Nagoya", "Aichi", "460-0008"),
        ],
    },
    "IN": {
        "fields": ("street", "city", "region", "postal"),
        "layouts": [
            "{street}, {city}, {region} - {postal}",
            "{street}\n{city} {postal}\n{region}",
            "{street}, {city} PIN {postal}",
        ],
        "rows": [
            ("Flat 302, Sai Residency, 14th Cross, Indiranagar", "Bengaluru", "Karnataka", "560038"),
            ("B-47, Sector 62", "Noida", "Uttar Pradesh", "201301"),
            ("12/3 Anna Salai, Teynampet", "Chennai", "Tamil Nadu", "600018"),
            ("45 Park Street", "Kolkata", "West Bengal", "700016"),
        ],
    },
    "BR": {
        "fields": ("street", "city", "region", "postal"),
        "layouts": ["{street}, {city} - {region}, CEP {postal}", "{street}\n{postal} {city}/{region}"],
        "rows": [
            ("Rua Augusta, 1508, apto 72 - Consolação", "São Paulo", "SP", "01304-001"),
            ("Av. Atlântica, 1702 - Copacabana", "Rio de Janeiro", "RJ", "22021-001"),
            ("Rua da Bahia, 1148 - Centro", "Belo Horizonte", "MG", "30160-011"),
        ],
    },
    "AU": {
        "fields": ("street", "city", "region", "postal"),
        "layouts": ["{street}, {city} {region} {postal}", "{street}\n{city!u} {region} {postal}"],
        "rows": [
            ("Unit 5, 22 Beach Road", "Bondi", "NSW", "2026"),
            ("14 Chapel Street", "St Kilda", "VIC", "3182"),
            ("88 Wickham Terrace", "Spring Hill", "QLD", "4000"),
            ("3/41 Hay Street", "Perth", "WA", "6000"),
        ],
    },
    "CA": {
        "fields": ("street", "city", "region", "postal"),
        "layouts": ["{street}, {city}, {region} {postal}", "{street}\n{city} {region}  {postal}"],
        "rows": [
            ("1204 Bay Street, Suite 9", "Toronto", "ON", "M5R 2A5"),
            ("77 Spring Garden Road", "Halifax", "NS", "B3J 3R4"),
            ("2150 W 4th Ave", "Vancouver", "BC", "V6K 1N7"),
            ("345 rue Saint-Paul Est", "Montréal", "QC", "H2Y 1H2"),
        ],
    },
    "IE": {
        "fields": ("street", "city", "region", "postal"),
        "layouts": ["{street}, {city}, {region}, {postal}", "{street}\n{city}\n{postal}"],
        "rows": [
            ("4 Seaview Terrace, Salthill", "Galway", "Co. Galway", "H91 K2X4"),
            ("Apt 9, The Maltings", "Cork", "Co. Cork", "T12 R6P8"),
            ("27 Ashfield Park, Terenure", "Dublin 6W", "Co. Dublin", "D6W Y2K7"),
        ],
    },
    "SE": {
        "fields": ("street", "postal", "city"),
        "layouts": ["{street}, {postal} {city}", "{street}\n{postal} {city!u}"],
        "rows": [("Drottninggatan 53", "111 21", "Stockholm"), ("Kungsportsavenyen 10", "411 36", "Göteborg")],
    },
    "KR": {
        "fields": ("region", "city", "street", "postal"),
        "layouts": ["{region} {city} {street} ({postal})", "({postal}) {region} {city} {street}"],
        "rows": [("서울특별시", "강남구", "테헤란로 152", "06236"), ("부산광역시", "해운대구", "우동 1408", "48060")],
    },
}
HOME_COUNTRY = {
    "english": "GB",
    "irish": "IE",
    "scottish": "GB",
    "german": "DE",
    "french": "FR",
    "dutch": "NL",
    "flemish": "NL",
    "portuguese_brazilian": "BR",
    "spanish": "ES",
    "italian": "IT",
    "polish": "PL",
    "japanese": "JP",
    "korean": "KR",
    "hindi": "IN",
    "tamil": "IN",
    "bengali": "IN",
    "swedish": "SE",
    "maori": "AU",
}


def country_of(key: str) -> str:
    return COUNTRIES[key].get("country", key)


def address(rng: random.Random, key: str, multiline: bool, row_index: int) -> list:
    """The pieces of one address: (text, None) for glue, (value, meta) for each LOCATION span."""
    spec = COUNTRIES[key]
    row = dict(zip(spec["fields"], spec["rows"][row_index % len(spec["rows"])], strict=True))
    layouts = [x for x in spec["layouts"] if ("\n" in x) == multiline] or spec["layouts"]
    pieces: list = []
    for token in re.split(r"(\{\w+(?:!u)?\})", rng.choice(layouts)):
        match = re.fullmatch(r"\{(\w+)(!u)?\}", token)
        if not match:
            if token:
                pieces.append((token, None))
            continue
        value = row[match.group(1)].upper() if match.group(2) else row[match.group(1)]
        meta = {"type": "LOCATION", "kind": ADDRESS_FIELDS[match.group(1)], "country": country_of(key)}
        pieces.append((value, meta))
    return pieces


def city_alone(rng: random.Random, key: str) -> list:
    spec = COUNTRIES[key]
    row = dict(zip(spec["fields"], rng.choice(spec["rows"]), strict=True))
    return [(row["city"], {"type": "LOCATION", "kind": "city", "country": country_of(key)})]
