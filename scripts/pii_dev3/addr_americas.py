"""Address formats for the Americas and Oceania, written the local way."""

from .addr_util import S, code, n, pick


def us(r):
    unit = r.choice([", Apt 4B", ", Apt. 12", " Unit 7", " Suite 210", ""])
    base = f"{n(r, 10, 9800)} {pick(r, 'N Maple Ave|Elm St|W 42nd St|Ridgeview Dr|Old County Rd')}"
    line = [S(base, "street_address")] + (
        [", " if unit.startswith(",") else " ", S(unit.strip(", "), "unit")] if unit else []
    )
    if r.random() < 0.2:
        line = [S(pick(r, "PO Box 1187|P.O. Box 42|RR 2 Box 118"), "po_box")]
    return [
        line,
        [
            S(pick(r, "Springfield|Tulsa|Bakersfield|Burlington|Duluth"), "city"),
            ", ",
            S(pick(r, "IL|OK|CA|VT|MN"), "region"),
            " ",
            S(code(r, pick(r, "99999|99999-9999")), "postal_code"),
        ],
    ]


def ca(r):
    return [
        [
            S(
                f"{n(r, 1, 9000)} {pick(r, 'rue Saint-Denis|Maple Crescent|boul. Rene-Levesque|Jasper Ave')}",
                "street_address",
            ),
            ", ",
            S(f"app. {n(r, 1, 900)}", "unit"),
        ],
        [
            S(pick(r, "Montreal|Laval|Edmonton|Halifax"), "city"),
            " ",
            S(pick(r, "QC|AB|NS"), "region"),
            " ",
            S(code(r, "A9A 9A9"), "postal_code"),
        ],
    ]


def au(r):
    return [
        [
            S(
                f"{n(r, 1, 20)}/{n(r, 1, 140)} {pick(r, 'Parramatta Rd|Beach St|Glenferrie Road|Boundary St')}",
                "street_address",
            )
        ],
        [
            S(pick(r, "Annandale|Coogee|Hawthorn|West End"), "city"),
            " ",
            S(pick(r, "NSW|VIC|QLD"), "region"),
            " ",
            S(code(r, "9999"), "postal_code"),
        ],
    ]


def nz(r):
    return [
        [S(f"{n(r, 1, 300)}{pick(r, '|A|B')} {pick(r, 'Karangahape Road|Riccarton Rd|Cuba St')}", "street_address")],
        [
            S(pick(r, "Grey Lynn|Riccarton|Te Aro"), "district"),
            ", ",
            S(pick(r, "Auckland|Christchurch|Wellington"), "city"),
            " ",
            S(code(r, "9999"), "postal_code"),
        ],
    ]


def br(r):
    return [
        [
            S(
                pick(r, "Rua das Palmeiras|Av. Paulista|Rua Voluntários da Pátria|Rua Sete de Setembro")
                + f", nº {n(r, 1, 2000)}",
                "street_address",
            ),
            ", ",
            S(f"apto {n(r, 11, 1204)}", "unit"),
        ],
        [
            S(pick(r, "Botafogo|Bela Vista|Moinhos de Vento|Savassi"), "district"),
            ", ",
            S(pick(r, "Rio de Janeiro|São Paulo|Porto Alegre|Belo Horizonte"), "city"),
            " - ",
            S(pick(r, "RJ|SP|RS|MG"), "region"),
        ],
        ["CEP ", S(code(r, "99999-999"), "postal_code")],
    ]


def mx(r):
    return [
        [
            S(
                "Calle "
                + pick(r, "Hidalgo|Morelos|5 de Mayo|Niños Héroes")
                + f" {n(r, 1, 900)}{pick(r, '| Int. 4| Depto. 302')}",
                "street_address",
            )
        ],
        [
            S(f"Col. {pick(r, 'Roma Norte|Del Valle|Chapultepec|Centro')}", "district"),
            ", C.P. ",
            S(code(r, "99999"), "postal_code"),
        ],
        [
            S(pick(r, "Del. Cuauhtémoc|Mun. Zapopan|Alc. Benito Juárez"), "district"),
            ", ",
            S(pick(r, "Ciudad de México|Jalisco|CDMX"), "region"),
        ],
    ]


def ar(r):
    return [
        [
            S(f"{pick(r, 'Av. Corrientes|Calle Florida|Av. Rivadavia|Bv. Oroño')} {n(r, 100, 6000)}", "street_address"),
            ", ",
            S(f"{n(r, 1, 14)}º {pick(r, 'A|B|C|D')}", "unit"),
        ],
        [S(code(r, "A9999AAA"), "postal_code"), " ", S(pick(r, "CABA|Rosario|Córdoba|La Plata"), "city")],
    ]


def cl(r):
    return [
        [
            S(f"{pick(r, 'Pasaje Los Aromos|Av. Providencia|Calle Los Carrera')} {n(r, 10, 3000)}", "street_address"),
            ", ",
            S(f"depto. {n(r, 11, 1802)}", "unit"),
        ],
        [
            S(pick(r, "Providencia|Ñuñoa|Viña del Mar|Concepción"), "city"),
            ", ",
            S(pick(r, "Región Metropolitana|Valparaíso|Biobío"), "region"),
        ],
    ]


def co(r):
    street = pick(r, "Calle|Carrera|Diagonal|Transversal|Cra.|Cl.") + f" {n(r, 1, 120)}{pick(r, '|A|B|Bis')}"
    street += f" # {n(r, 1, 99)}-{n(r, 1, 99)}"
    return [
        [S(street, "street_address"), ", ", S(f"Apto {n(r, 101, 1203)}", "unit")],
        [
            S(pick(r, "Chapinero|Laureles|El Poblado|San Fernando"), "district"),
            ", ",
            S(pick(r, "Bogotá|Medellín|Cali"), "city"),
        ],
    ]


def pe(r):
    return [
        [
            S(f"{pick(r, 'Jr. Junín|Av. Arequipa|Calle Los Pinos|Mz. B Lt. 12')} {n(r, 100, 2500)}", "street_address"),
            ", ",
            S(pick(r, "Miraflores|San Juan de Lurigancho|Cercado|Wanchaq"), "district"),
        ],
        [S(pick(r, "Lima|Cusco|Arequipa"), "city"), " ", S(code(r, "99999"), "postal_code")],
    ]


FORMATS = {"US": us, "CA": ca, "AU": au, "NZ": nz, "BR": br, "MX": mx, "AR": ar, "CL": cl, "CO": co, "PE": pe}
