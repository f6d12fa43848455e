"""Personal address formats, part 2: Kenya, Pakistan, Sri Lanka, Singapore, Malaysia, Jamaica, Turkey, Nigeria, Fiji."""

from __future__ import annotations

from collections.abc import Callable

from . import addr_data as D
from .addresses import Address, _digits
from .segs import Seg


def build_far(rng, cc: str, L: Callable[[str, str], Seg]) -> Address:
    sp = Seg(" ")
    if cc == "KE":
        city, pc = rng.choice(D.KE_CITIES)
        r = rng.random()
        if r < 0.35:
            return Address(
                cc,
                [
                    [L(f"P.O. Box {rng.randint(100, 99999)}", "po_box"), Seg("-"), L(pc, "postal_code")],
                    [L(city, "city")],
                ],
                1,
            )
        lines = [
            [L(f"House No. {rng.randint(1, 90)}", "unit")],
            [L(rng.choice(D.KE_ESTATES), "building")],
            [L(rng.choice(D.KE_ROADS), "street_address")],
        ]
        if r < 0.8:
            lines.insert(2, [L(rng.choice(D.KE_LANDMARKS), "landmark")])
        return Address(cc, [*lines, [L(city, "city")]], len(lines))
    if cc == "PK":
        city, pc, prov, kind = rng.choice(D.PK_CITIES)
        if kind == "isb":
            lines = [
                [
                    L(
                        f"House {rng.randint(1, 900)}, Street {rng.randint(1, 60)}, {rng.choice(D.PK_SECTORS)}",
                        "street_address",
                    )
                ]
            ]
        else:
            lines = [[L(f"{rng.randint(1, 300)}-{rng.choice('ABCDE')}, {kind}", "street_address")]]
        if rng.random() < 0.55:
            lines.append([L(rng.choice(D.PK_LANDMARKS), "landmark")])
        n = len(lines)
        loc = [L(city, "city")] + ([sp, L(pc, "postal_code")] if rng.random() < 0.6 else [])
        return Address(cc, [*lines, loc, [L(prov, "region")] if prov and rng.random() < 0.4 else []], n)
    if cc == "LK":
        city, pc, prov = rng.choice(D.LK_CITIES)
        lines = [
            [
                L(
                    f"No. {rng.randint(1, 400)}{rng.choice(['', '/1', '/2A', ''])}, {rng.choice(D.LK_ROADS)}",
                    "street_address",
                )
            ]
        ]
        if rng.random() < 0.5:
            lines.append([L(rng.choice(D.LK_LANDMARKS), "landmark")])
        n = len(lines)
        loc = [L(city, "city")] + ([sp, L(pc, "postal_code")] if rng.random() < 0.5 else [])
        return Address(cc, [*lines, loc], n)
    if cc == "SG":
        pc = f"{rng.randint(10, 82):02d}{_digits(rng, 4)}"
        unit = L(f"#{rng.randint(2, 25):02d}-{rng.randint(1, 1500):02d}", "unit")
        if rng.random() < 0.7:
            lines = [
                [
                    L(
                        f"Blk {rng.randint(100, 999)}{rng.choice(['', '', 'A', 'B'])} {rng.choice(D.SG_ESTATES)}",
                        "street_address",
                    )
                ],
                [unit],
            ]
        else:
            lines = [
                [L(f"{rng.randint(1, 80)} {rng.choice(D.SG_STREETS)}", "street_address")],
                [unit, Seg(" "), L(rng.choice(D.SG_CONDOS), "building")],
            ]
        return Address(cc, [*lines, [L("Singapore", "city"), sp, L(pc, "postal_code")]], 2)
    if cc == "MY":
        city, pre, state = rng.choice(D.MY_CITIES)
        if rng.random() < 0.3:
            lines = [
                [
                    L(f"Unit {rng.choice('ABC')}-{rng.randint(1, 20)}-{rng.randint(1, 12)}", "unit"),
                    Seg(", "),
                    L(rng.choice(D.MY_BLOCKS), "building"),
                ]
            ]
            lines.append([L(rng.choice(D.MY_STREETS), "street_address")])
        else:
            lines = [[L(f"No. {rng.randint(1, 120)}, {rng.choice(D.MY_STREETS)}", "street_address")]]
        n = len(lines)
        return Address(
            cc, [*lines, [L(pre + _digits(rng, 2), "postal_code"), sp, L(city, "city")], [L(state, "region")]], n
        )
    if cc == "JM":
        city, parish = rng.choice(D.JM_CITIES)
        if rng.random() < 0.25:
            lines = [[L(f"P.O. Box {rng.randint(10, 2999)}", "po_box")]]
        elif rng.random() < 0.4:
            lines = [
                [L(f"Lot {rng.randint(1, 400)}", "unit"), Seg(", "), L(f"Phase {rng.randint(1, 3)}", "street_address")]
            ]
        else:
            lines = [[L(f"{rng.randint(1, 99)} {rng.choice(D.JM_STREETS)}", "street_address")]]
        if rng.random() < 0.5:
            lines.append([L(rng.choice(D.JM_LANDMARKS), "landmark")])
        n = len(lines)
        return Address(cc, [*lines, [L(city, "city")], [] if "Kingston" in city else [L(parish, "region")]], n)
    if cc == "TR":
        ilce, il, pre = rng.choice(D.TR_CITIES)
        first = [L(f"{rng.choice(D.TR_STREETS)} No: {rng.randint(1, 140)}", "street_address")]
        if rng.random() < 0.7:
            first += [sp, L(f"D: {rng.randint(1, 24)}", "unit")]
        return Address(
            cc, [first, [L(pre + _digits(rng, 2), "postal_code"), sp, L(ilce, "city"), Seg("/"), L(il, "region")]], 1
        )
    if cc == "NG":
        city, state, pre = rng.choice(D.NG_CITIES)
        first = [
            L(f"{rng.choice(['', 'No. ', 'Plot '])}{rng.randint(1, 80)} {rng.choice(D.NG_STREETS)}", "street_address")
        ]
        if rng.random() < 0.25:
            first = [L(f"P.O. Box {rng.randint(100, 9999)}", "po_box")]
        elif rng.random() < 0.4:
            first += [Seg(", "), L(rng.choice(D.NG_LANDMARKS), "landmark")]
        loc = [L(city, "city")] + ([sp, L(pre + _digits(rng, 3), "postal_code")] if rng.random() < 0.4 else [])
        return Address(cc, [first, loc, [L(state, "region")]], 1)
    if cc == "FJ":
        city, area = rng.choice(D.FJ_CITIES)
        if rng.random() < 0.3:
            return Address(cc, [[L(f"PO Box {rng.randint(100, 9999)}", "po_box")], [L(city, "city")]], 1)
        return Address(
            cc,
            [
                [L(f"Lot {rng.randint(1, 90)} {rng.choice(D.FJ_STREETS)}", "street_address")],
                [L(area, "city")],
                [L(city, "city")],
            ],
            1,
        )
    raise ValueError(cc)
