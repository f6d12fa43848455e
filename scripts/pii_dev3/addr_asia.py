"""Address formats for Asia, Africa and the Middle East (romanised, local order)."""

from .addr_util import S, code, n, pick


def jp(r):
    pref, city, dist = r.choice(
        [
            ("Tokyo-to", "Setagaya-ku", "Kitazawa"),
            ("Miyagi-ken", "Sendai-shi Aoba-ku", "Kokubuncho"),
            ("Osaka-fu", "Osaka-shi Kita-ku", "Tenjinbashi"),
            ("Fukuoka-ken", "Fukuoka-shi Chuo-ku", "Daimyo"),
        ]
    )
    bld = pick(r, "Sakura Heights|Maison Aoba|Palace Kitazawa|Leopalace Minami|Dai-ni Kōpo Yamada")
    return [
        [
            "〒",
            S(code(r, "999-9999"), "postal_code"),
            " ",
            S(pref, "region"),
            " ",
            S(city, "city"),
            " ",
            S(dist, "district"),
            " ",
            S(f"{n(r, 1, 5)}-{n(r, 1, 30)}-{n(r, 1, 20)}", "street_address"),
        ],
        [S(bld, "building"), " ", S(n(r, 101, 905) + "号室", "unit")],
    ]


def kr(r):
    road = pick(r, "Teheran-ro 45-gil|Dosan-daero 12-gil|Haeundae-ro|Gangnam-daero 94-gil|Dongil-ro")
    return [
        [
            S(pick(r, "Seoul|Busan|Incheon|Daegu"), "city"),
            " ",
            S(pick(r, "Gangnam-gu|Mapo-gu|Haeundae-gu|Nowon-gu"), "district"),
            " ",
            S(f"{road} {n(r, 2, 88)}", "street_address"),
        ],
        [
            S(pick(r, "Raemian Apt|Hillstate|Jugong Apt"), "building"),
            " ",
            S(f"{n(r, 101, 115)}-dong {n(r, 201, 1504)}-ho", "unit"),
        ],
        [
            S(pick(r, "Yeoksam-dong|Seogyo-dong|Jung-dong|Sanggye-dong"), "district"),
            " ",
            S(code(r, "99999"), "postal_code"),
        ],
    ]


def cn(r):
    city = pick(r, "Shanghai|Chengdu|Hangzhou|Beijing|Wuhan")
    return [
        [
            S(
                pick(r, "Xujiahui Lu|Renmin Nan Lu|Wensan Lu|Jiefang Dadao|Chaoyangmen Nei Dajie")
                + f" {n(r, 3, 888)} Hao",
                "street_address",
            ),
            ", ",
            S(f"{n(r, 1, 30)} Dong {n(r, 1, 6)} Danyuan {n(r, 101, 2802)} Shi", "unit"),
        ],
        [
            S(pick(r, "Xuhui Qu|Wuhou Qu|Xihu Qu|Dongcheng Qu|Jianghan Qu"), "district"),
            ", ",
            S(city, "city"),
            " ",
            S(code(r, "999999"), "postal_code"),
        ],
    ]


def india(r):
    return [
        [
            S(f"Flat {n(r, 101, 1204)}", "unit"),
            ", ",
            S(pick(r, "Sai Krupa Apartments|Shanti Niketan CHS|Green Valley Society|Gokul Dham Tower B"), "building"),
        ],
        [
            S(f"{n(r, 2, 60)}, {pick(r, '3rd Cross Road|MG Road|Link Road|Gandhi Marg')}", "street_address"),
            ", ",
            S(pick(r, "near Shiv Mandir|opp. Reliance Fresh|behind Axis Bank ATM|near Railway Crossing"), "landmark"),
        ],
        [
            S(pick(r, "Indiranagar|Rajaji Nagar|Andheri West|Sector 15|Kothrud"), "district"),
            ", ",
            S(pick(r, "Bengaluru|Mumbai|Pune|Chandigarh|Lucknow"), "city"),
            " - ",
            S(code(r, "999999"), "postal_code"),
        ],
    ]


def pk(r):
    return [
        [
            S(f"House No. {n(r, 1, 420)}, Street {n(r, 1, 40)}", "street_address"),
            ", ",
            S(f"Block {pick(r, 'A|B|C|D-2')}", "district"),
        ],
        [
            S(pick(r, "Gulberg III|DHA Phase 5|Model Town|G-9/2|Satellite Town"), "district"),
            ", ",
            S(pick(r, "Lahore|Karachi|Islamabad|Rawalpindi"), "city"),
            " ",
            S(code(r, "99999"), "postal_code"),
        ],
    ]


def bd(r):
    return [
        [
            S(f"House {n(r, 1, 90)}, Road {n(r, 1, 27)}", "street_address"),
            ", ",
            S(pick(r, "Dhanmondi R/A|Mirpur-10|Uttara Sector 7|Banani"), "district"),
        ],
        [S(pick(r, "Dhaka|Chattogram|Sylhet"), "city"), "-", S(code(r, "9999"), "postal_code")],
    ]


def ph(r):
    return [
        [
            S(f"{n(r, 1, 300)} {pick(r, 'Mabini St.|Rizal Ave.|Sampaguita St.|P. Burgos St.')}", "street_address"),
            ", ",
            S(f"Purok {n(r, 1, 7)}", "district"),
            ", ",
            S(f"Brgy. {pick(r, 'San Isidro|Malanday|Poblacion|Bagong Silang')}", "district"),
        ],
        [
            S(pick(r, "Marikina City|Cebu City|Davao City|Quezon City"), "city"),
            ", ",
            S(pick(r, "Metro Manila|Cebu|Davao del Sur"), "region"),
            " ",
            S(code(r, "9999"), "postal_code"),
        ],
    ]


def idn(r):
    return [
        [
            S(
                f"Jl. {pick(r, 'Kebon Jeruk Raya|Melati|Diponegoro|Cempaka Putih Tengah')} No. {n(r, 1, 120)}",
                "street_address",
            ),
            ", ",
            S(f"RT {n(r, 1, 12):0>3}/RW {n(r, 1, 9):0>3}", "district"),
        ],
        [
            S(f"Kel. {pick(r, 'Kebon Jeruk|Sukajadi|Menteng|Tegalsari')}", "district"),
            ", ",
            S(f"Kec. {pick(r, 'Kebon Jeruk|Sukasari|Menteng|Tegalsari')}", "district"),
        ],
        [S(pick(r, "Jakarta Barat|Bandung|Surabaya|Yogyakarta"), "city"), " ", S(code(r, "99999"), "postal_code")],
    ]


def vn(r):
    street = f"Số {n(r, 1, 200)} {pick(r, 'hẻm 42 Lê Văn Sỹ|ngõ 15 Phố Huế|Nguyễn Trãi|kiệt 7 Hoàng Diệu')}"
    return [
        [
            S(street, "street_address"),
            ", ",
            S(f"Phường {pick(r, '13|Bến Nghé|Hàng Bài|Thạc Gián')}", "district"),
            ", ",
            S(f"Quận {pick(r, '3|1|Hoàn Kiếm|Thanh Khê')}", "district"),
            ", ",
            S(pick(r, "TP. Hồ Chí Minh|Hà Nội|Đà Nẵng"), "city"),
        ]
    ]


def th(r):
    return [
        [
            S(f"{n(r, 1, 250)}/{n(r, 1, 40)} Moo {n(r, 1, 12)}", "street_address"),
            ", ",
            S(f"Soi {pick(r, 'Sukhumvit 71|Ladprao 101|Nimman 9|Ramkhamhaeng 24')}", "street_address"),
        ],
        [
            S(f"Tambon {pick(r, 'Suthep|Khlong Tan Nuea|Nong Prue|Chang Phueak')}", "district"),
            ", ",
            S(f"Amphoe {pick(r, 'Mueang|Bang Lamung|Hang Dong')}", "district"),
        ],
        [S(pick(r, "Chiang Mai|Chon Buri|Bangkok"), "region"), " ", S(code(r, "99999"), "postal_code")],
    ]


def my(r):
    return [
        [S(f"No. {n(r, 1, 99)}, Jalan {pick(r, 'SS 2/24|Mawar 3|Tun Razak|Kenari 5')}", "street_address")],
        [S(f"Taman {pick(r, 'Sri Muda|Melawati|Bukit Indah|Desa Jaya')}", "district")],
        [
            S(code(r, "99999"), "postal_code"),
            " ",
            S(pick(r, "Petaling Jaya|Shah Alam|Johor Bahru|Ipoh"), "city"),
            ", ",
            S(pick(r, "Selangor|Johor|Perak"), "region"),
        ],
    ]


def tr(r):
    return [
        [
            S(f"{pick(r, 'Caferağa|Bahçelievler|Kızılay|Alsancak')} Mah.", "district"),  # noqa: RUF001
            " ",
            S(
                pick(r, "Moda Cad.|Güneşli Sok.|Atatürk Blv.|Kıbrıs Şehitleri Cad.") + f" No:{n(r, 1, 140)}",  # noqa: RUF001
                "street_address",
            ),
            " ",
            S(f"D:{n(r, 1, 24)}", "unit"),
        ],
        [
            S(code(r, "99999"), "postal_code"),
            " ",
            S(pick(r, "Kadıköy|Çankaya|Konak|Nilüfer"), "city"),  # noqa: RUF001
            "/",
            S(pick(r, "İstanbul|Ankara|İzmir|Bursa"), "region"),
        ],
    ]


def za(r):
    return [
        [S(f"{n(r, 1, 120)} {pick(r, 'Jan Smuts Ave|Vilakazi St|Kloof Nek Rd|Voortrekker Rd')}", "street_address")],
        [
            S(pick(r, "Parkhurst|Orlando West|Tamboerskloof|Bellville"), "district"),
            ", ",
            S(pick(r, "Johannesburg|Soweto|Cape Town"), "city"),
            ", ",
            S(code(r, "9999"), "postal_code"),
        ],
    ]


def ng(r):
    return [
        [
            S(
                f"{n(r, 1, 60)}, {pick(r, 'Adeola Odeku Street|Allen Avenue|Ogui Road|Ahmadu Bello Way')}",
                "street_address",
            ),
            ", ",
            S(pick(r, "off Admiralty Way|opposite First Bank|beside Mobil filling station"), "landmark"),
        ],
        [
            S(pick(r, "Victoria Island|Ikeja|GRA|Wuse II"), "district"),
            ", ",
            S(pick(r, "Lagos|Enugu|Abuja|Ibadan"), "city"),
            " ",
            S(pick(r, "Lagos State|Enugu State|FCT"), "region"),
        ],
    ]


def ke(r):
    return [
        [S(f"P.O. Box {n(r, 100, 9999)}-{pick(r, '00100|00200|80100|40100')}", "po_box")],
        [S(pick(r, "Nairobi|Mombasa|Kisumu|Nakuru"), "city")],
    ]


def ke_street(r):
    return [
        [
            S(pick(r, "Hse 14, Ngong Road|Plot 7, Kindaruma Rd|Apt 3B, Ole Sangale Rd"), "street_address"),
            ", ",
            S(pick(r, "Kilimani|Lavington|Madaraka|South B"), "district"),
            ", ",
            S("Nairobi", "city"),
        ]
    ]


def eg(r):
    return [
        [
            S(
                n(r, 1, 80)
                + " "
                + pick(r, "Shareh El Thawra|Mohamed Farid St.|Gamal Abdel Nasser St.|Abbas El Akkad St."),
                "street_address",
            ),
            ", ",
            S(f"Apt {n(r, 1, 30)}", "unit"),
        ],
        [
            S(pick(r, "Heliopolis|Nasr City|Dokki|Sidi Gaber"), "district"),
            ", ",
            S(pick(r, "Cairo|Giza|Alexandria"), "city"),
        ],
    ]


def ae(r):
    return [
        [
            S(f"Villa {n(r, 1, 60)}", "building"),
            ", ",
            S(f"Street {n(r, 1, 40)}", "street_address"),
            ", ",
            S(pick(r, "Al Barsha 2|Jumeirah 3|Mirdif|Al Khalidiya"), "district"),
        ],
        [S(pick(r, "Dubai|Abu Dhabi|Sharjah"), "city")],
    ]


def sa(r):
    return [
        [
            S(f"{n(r, 1000, 9999)} {pick(r, 'King Fahd Rd|Prince Sultan St|Al Tahlia St|Olaya St')}", "street_address"),
            ", ",
            S(pick(r, "Al Olaya|Al Rawdah|Al Malaz|Al Shati"), "district"),
        ],
        [
            S(pick(r, "Riyadh|Jeddah|Dammam"), "city"),
            " ",
            S(code(r, "99999"), "postal_code"),
            ", ",
            S(code(r, "9999"), "postal_code"),
        ],
    ]


FORMATS = {
    "JP": jp,
    "KR": kr,
    "CN": cn,
    "IN": india,
    "PK": pk,
    "BD": bd,
    "PH": ph,
    "ID": idn,
    "VN": vn,
    "TH": th,
    "MY": my,
    "TR": tr,
    "ZA": za,
    "NG": ng,
    "KE": ke,
    "EG": eg,
    "AE": ae,
    "SA": sa,
}
EXTRA = {"KE": ke_street}
