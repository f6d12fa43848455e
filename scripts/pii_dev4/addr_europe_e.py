"""Personal address formats: central, eastern and northern Europe, Turkey."""

from .addr_base import Addr, T, ch, dg


def pl(r):
    city, pre, dists = r.choice(
        [
            ("Warszawa", "0", "Praga-Północ|Mokotów|Wola|Targówek"),
            ("Kraków", "3", "Nowa Huta|Podgórze"),
            ("Gdańsk", "80", "Wrzeszcz|Oliwa"),
            ("Wrocław", "5", "Nadodrze|Krzyki"),
            ("Łódź", "9", "Bałuty|Widzew"),
        ]
    )
    raw = pre + dg(r, 5 - len(pre))
    st = ch(
        r,
        "ul. Marszałkowska|ul. Długa|al. Jerozolimskie|ul. Piotrkowska|ul. Grunwaldzka|os. Tysiąclecia|ul. Kościuszki|ul. Mickiewicza",
    )
    n = r.randint(1, 160)
    form = r.random()
    if form < 0.35:
        L = [[T("%s %d/%d" % (st, n, r.randint(1, 90)), "street_address")]]
    elif form < 0.7:
        L = [
            [T("%s %d" % (st, n), "street_address"), " ", T(ch(r, "m. %d|lok. %d" % ((r.randint(1, 90),) * 2)), "unit")]
        ]
    else:
        L = [[T("%s %d" % (st, n), "street_address")]]
    L.append([T(raw[:2] + "-" + raw[2:], "postal_code"), " ", T(city, "city")])
    return Addr("PL", L, ch(r, "Poland|Polska"))


def sk(r):
    city, pre = r.choice(
        [("Bratislava", "8"), ("Košice", "04"), ("Žilina", "010"), ("Nitra", "949"), ("Prešov", "080")]
    )
    raw = pre + dg(r, 5 - len(pre))
    st = ch(r, "Obchodná|Hlavná|Štúrova|Mierová|Jesenského|Ružová|Trnavská cesta|Račianska")
    num = ch(r, "%d|%d/%d" % (r.randint(1, 90), r.randint(100, 3999), r.randint(1, 60)))
    L = [[T("%s %s" % (st, num), "street_address")], [T(raw[:3] + " " + raw[3:], "postal_code"), " ", T(city, "city")]]
    return Addr("SK", L, ch(r, "Slovakia|Slovensko"))


def si(r):
    city, pc = r.choice(
        [("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Koper", "6000"), ("Kranj", "4000")]
    )
    st = ch(
        r,
        "Slovenska cesta|Celovška cesta|Trubarjeva cesta|Prešernova ulica|Gregorčičeva ulica|Zaloška cesta|Ulica bratov Učakar",
    )
    L = [
        [T("%s %d%s" % (st, r.randint(1, 150), ch(r, "|||a")), "street_address")],
        [T(pc, "postal_code"), " ", T(city, "city")],
    ]
    return Addr("SI", L, ch(r, "Slovenia|Slovenija"))


def hr(r):
    city, pc, dists = r.choice(
        [
            ("Zagreb", "10000", "Trešnjevka|Dubrava|Novi Zagreb"),
            ("Split", "21000", "Lokve|Split 3"),
            ("Rijeka", "51000", "Trsat"),
            ("Osijek", "31000", "Retfala"),
        ]
    )
    st = ch(
        r,
        "Ilica|Vukovarska ulica|Ulica Ivana Gundulića|Savska cesta|Put Firula|Ulica kralja Zvonimira|Ulica Matije Gupca",
    )
    L = [[T("%s %d" % (st, r.randint(1, 220)), "street_address")]]
    if r.random() < 0.3:
        L.append([T(ch(r, dists), "district")])
    L.append([T(pc, "postal_code"), " ", T(city, "city")])
    return Addr("HR", L, ch(r, "Croatia|Hrvatska"))


def rs(r):
    city, pc, dists = r.choice(
        [
            ("Beograd", "110%02d", "Zemun|Vračar|Novi Beograd|Karaburma"),
            ("Novi Sad", "21000", "Liman|Detelinara"),
            ("Niš", "18000", "Pantelej"),
        ]
    )
    st = ch(r, "Bulevar kralja Aleksandra|Cara Dušana|Njegoševa|Takovska|Bulevar oslobođenja|Vojvode Stepe|Gandijeva")
    n = r.randint(1, 200)
    if r.random() < 0.5:
        L = [[T("%s %d/%d" % (st, n, r.randint(1, 40)), "street_address")]]
    else:
        L = [[T("%s %d" % (st, n), "street_address"), ", ", T("stan %d" % r.randint(1, 40), "unit")]]
    if r.random() < 0.3:
        L.append([T(ch(r, dists), "district")])
    L.append([T(pc.replace("%02d", "%02d" % r.randint(0, 99)), "postal_code"), " ", T(city, "city")])
    return Addr("RS", L, ch(r, "Serbia|Srbija"))


def bg(r):
    city = ch(r, "Sofia|Sofia|Plovdiv|Varna|Burgas")
    pc = "1%s" % dg(r, 3) if city == "Sofia" else {"Plovdiv": "4000", "Varna": "9000", "Burgas": "8000"}[city]
    if r.random() < 0.5:
        zk = {
            "Sofia": "Mladost 1|Lyulin 5|Nadezhda 2|Druzhba 2",
            "Plovdiv": "Trakiya|Izgrev",
            "Varna": "Vladislav Varnenchik|Chayka",
            "Burgas": "Meden Rudnik|Slaveykov",
        }[city]
        L = [
            [
                T("zh.k. " + ch(r, zk), "district"),
                ", ",
                T("bl. %d" % r.randint(1, 420), "building"),
                ", ",
                T("vh. " + ch(r, "A|B|V|G"), "unit"),
                ", ",
                T("et. %d" % r.randint(1, 14), "unit"),
                ", ",
                T("ap. %d" % r.randint(1, 90), "unit"),
            ]
        ]
    else:
        st = ch(r, "ul. Vasil Levski|ul. Tsar Simeon|bul. Bulgaria|ul. Hristo Botev|ul. Rakovski|ul. Shipka")
        L = [
            [
                T("%s %d" % (st, r.randint(1, 160)), "street_address"),
                ", ",
                T("et. %d" % r.randint(1, 8), "unit"),
                ", ",
                T("ap. %d" % r.randint(1, 30), "unit"),
            ]
        ]
    L.append(
        [T(pc, "postal_code"), " ", T(city, "city")]
        if r.random() < 0.5
        else [T(city, "city"), " ", T(pc, "postal_code")]
    )
    return Addr("BG", L, ch(r, "Bulgaria|България"))


def al(r):
    city, pc = r.choice(
        [
            ("Tiranë", "10%02d" % r.randint(1, 25)),
            ("Durrës", "2001"),
            ("Shkodër", "4001"),
            ("Vlorë", "9401"),
            ("Elbasan", "3001"),
        ]
    )
    st = ch(
        r, "Rruga e Kavajës|Rruga Myslym Shyri|Rruga e Durrësit|Rruga Sami Frashëri|Rruga Ali Demi|Bulevardi Zogu I"
    )
    L = [[T(ch(r, "%s|%s, Nr. %d" % (st, st, r.randint(1, 120))), "street_address")]]
    if r.random() < 0.6:
        L.append(
            [
                T("Pallati %d" % r.randint(1, 80), "building"),
                ", ",
                T("Shkalla %d" % r.randint(1, 4), "unit"),
                ", ",
                T("Ap. %d" % r.randint(1, 40), "unit"),
            ]
        )
    L.append([T(city, "city"), " ", T(pc, "postal_code")])
    return Addr("AL", L, ch(r, "Albania|Shqipëri"))


def mt(r):
    loc, code = r.choice(
        [
            ("Ħal Qormi", "QRM"),
            ("Birkirkara", "BKR"),
            ("Żabbar", "ZBR"),
            ("Tas-Sliema", "SLM"),
            ("Il-Mosta", "MST"),
            ("Marsaskala", "MSK"),
        ]
    )
    st = ch(r, "Triq il-Kbira|Triq San Pawl|Triq il-Kappillan Mifsud|Triq il-Wied|Triq Santa Marija|Triq id-Dahla")
    L = []
    if r.random() < 0.5:
        L.append([T(ch(r, "'Ave Maria'|'Dar il-Ħena'|'Sea Breeze'|'Santa Rita'|Flat 3, Sea Breeze Court"), "building")])
        L.append([T(st, "street_address")])
    else:
        L.append([T("%d, %s" % (r.randint(1, 200), st), "street_address")])
    L.append([T(loc, "city"), " ", T("%s %s" % (code, dg(r, 4)), "postal_code")])
    return Addr("MT", L, "Malta")


def is_(r):
    city, pc = r.choice(
        [
            ("Reykjavík", str(r.randint(101, 108))),
            ("Kópavogur", "200"),
            ("Hafnarfjörður", "220"),
            ("Akureyri", "600"),
            ("Selfoss", "800"),
        ]
    )
    st = ch(r, "Laugavegur|Hringbraut|Bústaðavegur|Skólavörðustígur|Álfhólsvegur|Kirkjubraut|Hamraborg")
    L = [[T("%s %d" % (st, r.randint(1, 180)), "street_address")]]
    if r.random() < 0.3:
        L[0] += [", ", T("%d. hæð %s" % (r.randint(1, 5), ch(r, "t.v.|t.h.")), "unit")]
    L.append([T(pc, "postal_code"), " ", T(city, "city")])
    return Addr("IS", L, ch(r, "Iceland|Ísland"))


def ee(r):
    if r.random() < 0.3:
        L = [
            [T(ch(r, "Metsaveere|Kuuse|Jõeääre|Vana-Kase") + " talu", "building")],
            [T(ch(r, "Kõnnu|Vatsla|Pikavere|Laane") + " küla", "district")],
            [T(ch(r, "Saue vald|Kose vald|Rae vald"), "region")],
            [T(dg(r, 5), "postal_code"), " ", T("Harju maakond", "region")],
        ]
        return Addr("EE", L, ch(r, "Estonia|Eesti"))
    city, pre = r.choice([("Tallinn", "1"), ("Tartu", "5"), ("Pärnu", "8"), ("Narva", "2")])
    st = ch(r, "Tartu mnt|Pärnu mnt|Narva mnt|Sõpruse pst|Riia tn|Kalda tee|Mustamäe tee")
    L = [
        [T("%s %d-%d" % (st, r.randint(1, 120), r.randint(1, 80)), "street_address")],
        [T(pre + dg(r, 4), "postal_code"), " ", T(city, "city")],
    ]
    return Addr("EE", L, ch(r, "Estonia|Eesti"))


def lv(r):
    city, pre = r.choice([("Rīga", "10"), ("Daugavpils", "54"), ("Liepāja", "34"), ("Jelgava", "30")])
    st = ch(r, "Brīvības iela|Lāčplēša iela|Krasta iela|Maskavas iela|Ganību dambis|Dzirnavu iela|Rīgas iela")
    L = [
        [T("%s %d-%d" % (st, r.randint(1, 150), r.randint(1, 60)), "street_address")],
        [T(city, "city"), ", ", T("LV-%s%s" % (pre, dg(r, 2)), "postal_code")],
    ]
    return Addr("LV", L, ch(r, "Latvia|Latvija"))


def lt(r):
    city, pre = r.choice([("Vilnius", "0"), ("Kaunas", "44"), ("Klaipėda", "92"), ("Šiauliai", "76")])
    st = ch(r, "Gedimino pr.|Savanorių pr.|Laisvės al.|Vilniaus g.|Taikos pr.|Žirmūnų g.|Baltų pr.")
    L = [
        [T("%s %d-%d" % (st, r.randint(1, 120), r.randint(1, 80)), "street_address")],
        [T("LT-" + pre + dg(r, 5 - len(pre)), "postal_code"), " ", T(city, "city")],
    ]
    return Addr("LT", L, ch(r, "Lithuania|Lietuva"))


def hu(r):
    city, pc = r.choice(
        [
            ("Budapest", "1%02d%d" % (r.randint(1, 23), r.randint(1, 9))),
            ("Szeged", "6720"),
            ("Debrecen", "4024"),
            ("Pécs", "7621"),
            ("Miskolc", "3530"),
        ]
    )
    st = ch(r, "Kossuth Lajos utca|Petőfi Sándor utca|Rákóczi út|Baross utca|Dózsa György út|Szent István körút")
    L = [[T(pc, "postal_code"), " ", T(city, "city")], [T("%s %d." % (st, r.randint(1, 90)), "street_address")]]
    if r.random() < 0.5:
        L[1] += [
            " ",
            T(
                ch(
                    r,
                    "%d. em. %d.|%s/%d." % (r.randint(1, 6), r.randint(1, 20), ch(r, "I|II|III|IV"), r.randint(1, 20)),
                ),
                "unit",
            ),
        ]
    if city == "Budapest" and r.random() < 0.3:
        L.insert(1, [T(ch(r, "VIII. kerület|XIII. kerület|X. kerület"), "district")])
    return Addr("HU", L, ch(r, "Hungary|Magyarország"))


def gr(r):
    city, pre, dists = r.choice(
        [("Athina", "1", "Kypseli|Patisia|Exarcheia"), ("Thessaloniki", "54", "Kalamaria|Toumpa"), ("Patra", "262", "")]
    )
    raw = pre + dg(r, 5 - len(pre))
    st = ch(r, "Patision|Acharnon|Leoforos Kifisias|Egnatia|Agiou Dimitriou|Kolokotroni|Ippokratous|Odos Ermou")
    L = [[T("%s %d" % (st, r.randint(1, 300)), "street_address")]]
    if dists and r.random() < 0.4:
        L.append([T(ch(r, dists), "district")])
    L.append([T(raw[:3] + " " + raw[3:], "postal_code"), " ", T(city, "city")])
    return Addr("GR", L, ch(r, "Greece|Ellada"))


def tr(r):
    city, pre, ilce = r.choice(
        [
            ("İstanbul", "34", "Kadıköy|Üsküdar|Bağcılar|Esenyurt"),
            ("Ankara", "06", "Çankaya|Keçiören"),
            ("İzmir", "35", "Bornova|Karşıyaka"),
            ("Diyarbakır", "21", "Bağlar|Kayapınar"),
        ]
    )
    L = [
        [
            T(ch(r, "Atatürk Mah.|Yenimahalle Mah.|Cumhuriyet Mah.|Fatih Mah.|Barbaros Mah."), "district"),
            ", ",
            T(
                "%s No: %d"
                % (
                    ch(r, "Cumhuriyet Cad.|İnönü Sok.|Gül Sok.|Millet Cad.|Lale Sok.|Kıbrıs Şehitleri Cad."),
                    r.randint(1, 140),
                ),
                "street_address",
            ),
            " ",
            T("D: %d" % r.randint(1, 30), "unit"),
        ],
        [T(pre + dg(r, 3), "postal_code"), " ", T(ch(r, ilce), "district"), "/", T(city, "city")],
    ]
    return Addr("TR", L, ch(r, "Türkiye|Turkey"))


def fi(r):
    city, pre, dists = r.choice(
        [
            ("Helsinki", "00", "Kallio|Vuosaari|Kontula"),
            ("Tampere", "33", "Hervanta"),
            ("Oulu", "90", "Tuira"),
            ("Turku", "20", "Varissuo"),
        ]
    )
    st = ch(r, "Mannerheimintie|Hämeentie|Itäkeskuksentie|Insinöörinkatu|Kauppakatu|Koulukatu|Kontulantie")
    L = [
        [
            T("%s %d" % (st, r.randint(1, 120)), "street_address"),
            " ",
            T("%s %d" % (ch(r, "A|B|C|D"), r.randint(1, 60)), "unit"),
        ],
        [T(pre + dg(r, 3), "postal_code"), " ", T(city, "city")],
    ]
    return Addr("FI", L, ch(r, "Finland|Suomi"))


EUROPE_E = {
    "PL": pl,
    "SK": sk,
    "SI": si,
    "HR": hr,
    "RS": rs,
    "BG": bg,
    "AL": al,
    "MT": mt,
    "IS": is_,
    "EE": ee,
    "LV": lv,
    "LT": lt,
    "HU": hu,
    "GR": gr,
    "TR": tr,
    "FI": fi,
}
