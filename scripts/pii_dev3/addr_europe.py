"""Address formats for Europe, written the local way."""

from .addr_util import S, code, n, pick


def de(r):
    return [
        [
            S(
                pick(r, "Hauptstraße|Lindenallee|Am Mühlbach|Schillerstr.|Königsberger Weg")
                + f" {n(r, 1, 140)}{pick(r, '||a|b')}",
                "street_address",
            )
        ],
        [
            S(code(r, "99999"), "postal_code"),
            " ",
            S(pick(r, "München|Köln|Leipzig|Bad Homburg v. d. Höhe|Görlitz"), "city"),
        ],
    ]


def at(r):
    return [
        [
            S(
                pick(r, "Mariahilfer Straße|Getreidegasse|Grazer Gasse") + f" {n(r, 1, 90)}/{n(r, 1, 9)}/{n(r, 1, 20)}",
                "street_address",
            )
        ],
        [S(code(r, "9999"), "postal_code"), " ", S(pick(r, "Wien|Salzburg|Graz|Innsbruck"), "city")],
    ]


def ch(r):
    return [
        [S(f"{pick(r, 'Bahnhofstrasse|Rue de Lausanne|Via Nassa|Dorfstrasse')} {n(r, 1, 80)}", "street_address")],
        [S(code(r, "9999"), "postal_code"), " ", S(pick(r, "Zürich|Genève|Lugano|Wädenswil"), "city")],
    ]


def nl(r):
    return [
        [
            S(
                pick(r, "Prinsengracht|Kerkstraat|Van Limburg Stirumstraat|Oudegracht")
                + f" {n(r, 1, 400)}{pick(r, '|-II|-hs|A')}",
                "street_address",
            )
        ],
        [S(code(r, "9999 AA"), "postal_code"), " ", S(pick(r, "Amsterdam|Utrecht|Den Haag|'s-Hertogenbosch"), "city")],
    ]


def be(r):
    return [
        [
            S(f"{pick(r, 'Rue des Bouchers|Kortrijksesteenweg|Avenue Louise|Meir')} {n(r, 1, 200)}", "street_address"),
            " ",
            S(f"bus {n(r, 1, 12)}", "unit"),
        ],
        [S(code(r, "9999"), "postal_code"), " ", S(pick(r, "Bruxelles|Gent|Antwerpen|Liège"), "city")],
    ]


def fr(r):
    return [
        [S(f"Bât. {pick(r, 'B|C|Les Tilleuls')}", "building"), ", ", S(f"Appt {n(r, 1, 60)}", "unit")],
        [
            S(
                f"{n(r, 1, 90)}{pick(r, ' bis| ter|')} "
                + pick(r, "rue des Lilas|avenue Jean-Jaurès|impasse du Moulin|boulevard Gambetta"),
                "street_address",
            )
        ],
        [
            S(code(r, "99999"), "postal_code"),
            " ",
            S(pick(r, "Lyon|Villeurbanne|Saint-Étienne|Nantes|Aix-en-Provence"), "city"),
        ],
    ]


def it(r):
    return [
        [
            S(
                pick(r, "Via Garibaldi|Viale Monza|Piazza San Domenico|Corso Vittorio Emanuele II")
                + f", {n(r, 1, 200)}",
                "street_address",
            ),
            " ",
            S(f"int. {n(r, 1, 24)}", "unit"),
        ],
        [
            S(code(r, "99999"), "postal_code"),
            " ",
            S(pick(r, "Milano|Bologna|Napoli|Sesto San Giovanni"), "city"),
            " (",
            S(pick(r, "MI|BO|NA|TO"), "region"),
            ")",
        ],
    ]


def es(r):
    return [
        [
            S(
                f"C/ {pick(r, 'Mayor|de Alcalá|Sant Antoni Maria Claret|de la Paz')}, nº {n(r, 1, 150)}",
                "street_address",
            ),
            ", ",
            S(f"{n(r, 1, 8)}º {pick(r, 'A|B|C|Izda.|Dcha.')}", "unit"),
        ],
        [S(code(r, "99999"), "postal_code"), " ", S(pick(r, "Madrid|Barcelona|Valencia|Bilbao|Sevilla"), "city")],
    ]


def pt(r):
    return [
        [
            S(
                pick(r, "Rua Augusta|Av. da Boavista|Travessa do Carmo|Rua de Santa Catarina") + f", {n(r, 1, 300)}",
                "street_address",
            ),
            ", ",
            S(f"{n(r, 1, 9)}º {pick(r, 'Esq.|Dto.|Frente')}", "unit"),
        ],
        [S(code(r, "9999-999"), "postal_code"), " ", S(pick(r, "Lisboa|Porto|Coimbra|Braga"), "city")],
    ]


def pl(r):
    return [
        [
            S(f"ul. {pick(r, 'Marszałkowska|Długa|Piotrkowska|Świętokrzyska')} {n(r, 1, 150)}", "street_address"),
            " ",
            S(f"m. {n(r, 1, 80)}", "unit"),
        ],
        [S(code(r, "99-999"), "postal_code"), " ", S(pick(r, "Warszawa|Kraków|Łódź|Gdańsk"), "city")],
    ]


def cz(r):
    return [
        [S(f"{pick(r, 'Vinohradská|Husova|Masarykova|Na Příkopě')} {n(r, 100, 2900)}/{n(r, 1, 60)}", "street_address")],
        [S(code(r, "999 99"), "postal_code"), " ", S(pick(r, "Praha 2|Brno|Olomouc|Plzeň"), "city")],
    ]


def hu(r):
    return [
        [S(pick(r, "Budapest|Debrecen|Szeged|Pécs"), "city")],
        [
            S(f"{pick(r, 'Kossuth Lajos utca|Váci út|Andrássy út|Petőfi tér')} {n(r, 1, 120)}.", "street_address"),
            " ",
            S(f"{n(r, 1, 6)}. em. {n(r, 1, 12)}.", "unit"),
        ],
        [S(code(r, "9999"), "postal_code")],
    ]


def ro(r):
    return [
        [
            S(f"Str. {pick(r, 'Mihai Eminescu|Zorilor|Observatorului|Lalelelor')} nr. {n(r, 1, 90)}", "street_address"),
            ", ",
            S(f"bl. {pick(r, 'M4|B12|C3')}, sc. {pick(r, 'A|B|2')}, ap. {n(r, 1, 60)}", "unit"),
        ],
        [
            S(pick(r, "Cluj-Napoca|Iași|Brașov|Timișoara"), "city"),
            ", ",
            S(f"jud. {pick(r, 'Cluj|Iași|Brașov|Timiș')}", "region"),
            " ",
            S(code(r, "999999"), "postal_code"),
        ],
    ]


def gr(r):
    return [
        [S(f"{pick(r, 'Odos Ermou|Leoforos Kifisias|Tsimiski|Agiou Dimitriou')} {n(r, 1, 200)}", "street_address")],
        [S(code(r, "999 99"), "postal_code"), " ", S(pick(r, "Athina|Thessaloniki|Marousi|Patra"), "city")],
    ]


def ru(r):
    return [
        [
            S(f"ul. {pick(r, 'Lenina|Tverskaya|Sadovaya|Pushkinskaya')}, d. {n(r, 1, 99)}", "street_address"),
            ", ",
            S(f"kv. {n(r, 1, 300)}", "unit"),
        ],
        [S(pick(r, "Moskva|Sankt-Peterburg|Kazan|Yekaterinburg"), "city"), ", ", S(code(r, "999999"), "postal_code")],
    ]


def ua(r):
    return [
        [
            S(f"vul. {pick(r, 'Khreshchatyk|Shevchenka|Sumska|Deribasivska')}, bud. {n(r, 1, 70)}", "street_address"),
            ", ",
            S(f"kv. {n(r, 1, 150)}", "unit"),
        ],
        [S(pick(r, "Kyiv|Lviv|Kharkiv|Odesa"), "city"), ", ", S(code(r, "99999"), "postal_code")],
    ]


def se(r):
    return [
        [
            S(f"{pick(r, 'Storgatan|Drottninggatan|Björkvägen')} {n(r, 1, 80)}", "street_address"),
            ", ",
            S(f"lgh {n(r, 1101, 1405)}", "unit"),
        ],
        [S(code(r, "999 99"), "postal_code"), " ", S(pick(r, "Göteborg|Malmö|Uppsala|Umeå"), "city")],
    ]


def no(r):
    return [
        [
            S(
                pick(r, "Thorvald Meyers gate|Kongens gate|Bjørnstjerne Bjørnsons vei")
                + f" {n(r, 1, 90)}{pick(r, '|B|C')}",
                "street_address",
            )
        ],
        [S(code(r, "9999"), "postal_code"), " ", S(pick(r, "Oslo|Bergen|Trondheim|Tromsø"), "city")],
    ]


def dk(r):
    return [
        [
            S(
                pick(r, "Nørrebrogade|Vesterbrogade|Åboulevarden")
                + f" {n(r, 1, 200)}, {n(r, 1, 5)}. {pick(r, 'tv.|th.|mf.')}",
                "street_address",
            )
        ],
        [S(code(r, "9999"), "postal_code"), " ", S(pick(r, "København N|Aarhus C|Odense"), "city")],
    ]


def fi(r):
    return [
        [
            S(f"{pick(r, 'Mannerheimintie|Hämeenkatu|Aleksanterinkatu')} {n(r, 1, 90)}", "street_address"),
            " ",
            S(f"{pick(r, 'A|B|C')} {n(r, 1, 40)}", "unit"),
        ],
        [S(code(r, "99999"), "postal_code"), " ", S(pick(r, "Helsinki|Tampere|Oulu|Jyväskylä"), "city")],
    ]


def gb(r):
    line1 = [
        S(f"Flat {n(r, 1, 24)}", "unit"),
        ", ",
        S(pick(r, "Rosewood Court|Alder House|Kingsley Mansions"), "building"),
    ]
    if r.random() < 0.4:
        line1 = [S(pick(r, "Rose Cottage|The Old Forge|Hillcrest|Bramble End"), "building")]
    return [
        line1,
        [
            S(
                f"{n(r, 1, 220)} {pick(r, 'Albert Road|Church Lane|Mill Street|Victoria Terrace|Sandy Lane')}",
                "street_address",
            )
        ],
        [S(pick(r, "Didsbury|Headingley|Clifton|Jesmond"), "district")],
        [S(pick(r, "Manchester|Leeds|Bristol|Newcastle upon Tyne|Kettering"), "city")],
        [S(code(r, pick(r, "AA9 9AA|AA99 9AA|A9 9AA|AA9A 9AA")), "postal_code")],
    ]


def ie(r):
    return [
        [S(f"{n(r, 1, 60)} {pick(r, 'Main Street|Oakpark Avenue|Ballymun Road')}", "street_address")],
        [
            S(pick(r, "Knocknagoshel|Ballinacurra|Rathgar|Kilbarrack"), "district"),
            ", ",
            S(pick(r, "Co. Kerry|Co. Limerick|Dublin 6"), "region"),
        ],
        [S(code(r, pick(r, "A99 A9AA|D06 A9A9|V94 AA99")), "postal_code")],
    ]


FORMATS = {
    "DE": de,
    "AT": at,
    "CH": ch,
    "NL": nl,
    "BE": be,
    "FR": fr,
    "IT": it,
    "ES": es,
    "PT": pt,
    "PL": pl,
    "CZ": cz,
    "HU": hu,
    "RO": ro,
    "GR": gr,
    "RU": ru,
    "UA": ua,
    "SE": se,
    "NO": no,
    "DK": dk,
    "FI": fi,
    "GB": gb,
    "IE": ie,
}
