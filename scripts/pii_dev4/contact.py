"""Phone numbers per country, e-mail addresses, profile URLs, IP addresses.

Phone patterns: '#' any digit, 'N' digit 1-9; first pattern(s) local, later international.
"""

PHONES = {
    "GB": ["07N## ######", "+44 7N## ######", "+44 (0)7N## ### ###", "01N1 ### ####"],
    "IE": ["08N ### ####", "+353 8N ### ####"],
    "US": ["(N##) N##-####", "N##-N##-####", "+1 N## N## ####", "N##.N##.####"],
    "CA": ["(N##) N##-####", "+1 N##-N##-####"],
    "AU": ["04## ### ###", "+61 4## ### ###", "(02) N### ####"],
    "NZ": ["02N ### ####", "+64 2N ### ####"],
    "DE": ["015N #######", "+49 15N ########", "0171 #######", "030 #### ###"],
    "AT": ["066# #######", "+43 66# #######"],
    "CH": ["07N ### ## ##", "+41 7N ### ## ##"],
    "FR": ["06 ## ## ## ##", "07 ## ## ## ##", "+33 6 ## ## ## ##", "+33 (0)7 ## ## ## ##"],
    "NL": ["06-########", "+31 6 ########", "06 ## ## ## ##"],
    "BE": ["04NN ## ## ##", "+32 4NN ## ## ##"],
    "ES": ["6## ### ###", "+34 6## ## ## ##", "+34 7## ### ###"],
    "PT": ["91# ### ###", "+351 96# ### ###"],
    "IT": ["3## ### ####", "+39 3## #######"],
    "PL": ["5## ### ###", "+48 6## ### ###", "+48 7##-###-###"],
    "SK": ["09## ### ###", "+421 9## ### ###"],
    "SI": ["04N ### ###", "+386 4N ### ###"],
    "HR": ["09N ### ####", "+385 9N ### ####"],
    "RS": ["06N ######", "+381 6N ### ####"],
    "BG": ["08N ### ####", "+359 8N ### ####"],
    "AL": ["06N ### ####", "+355 6N ### ####"],
    "MT": ["79## ####", "+356 99## ####"],
    "IS": ["6## ####", "+354 8## ####"],
    "EE": ["5### ####", "+372 5### ####"],
    "LV": ["2### ####", "+371 2### ####"],
    "LT": ["86## #####", "+370 6## #####"],
    "HU": ["06 30 ### ####", "+36 20 ### ####", "+36 70 ### ####"],
    "GR": ["69# ### ####", "+30 69# ### ####"],
    "TR": ["05## ### ## ##", "+90 5## ### ## ##"],
    "FI": ["04N ### ####", "+358 4N ### ####"],
    "GE": ["5## ## ## ##", "+995 5## ## ## ##"],
    "AM": ["09# ######", "+374 9# ######", "+374 (77) ######"],
    "KZ": ["8 70# ### ## ##", "+7 70# ### ## ##", "+7 (747) ###-##-##"],
    "UZ": ["9N ### ## ##", "+998 9N ### ## ##"],
    "MN": ["99## ####", "+976 88## ####"],
    "NP": ["98N#######", "+977 98N-#######"],
    "LK": ["07N ### ####", "+94 7N ### ####"],
    "IN": ["98### #####", "+91 9#### #####", "+91-7####-#####"],
    "PK": ["03## #######", "+92 3## #######", "03##-#######"],
    "AF": ["07## ### ###", "+93 7## ### ###"],
    "IQ": ["075# ### ####", "+964 75# ### ####"],
    "LB": ["03 ### ###", "+961 3 ### ###", "+961 71 ### ###"],
    "MA": ["06 ## ## ## ##", "+212 6 ## ## ## ##"],
    "TN": ["2# ### ###", "+216 9# ### ###"],
    "MM": ["09 ### ### ###", "+95 9 ### ### ###"],
    "KH": ["01# ### ###", "+855 1# ### ###", "+855 96 ### ####"],
    "HK": ["9### ####", "+852 6### ####"],
    "TW": ["09##-###-###", "+886 9## ### ###"],
    "PH": ["09## ### ####", "+63 9## ### ####", "0917-###-####"],
    "VN": ["09# ### ## ##", "+84 9# ### ## ##"],
    "KR": ["010-####-####", "+82 10-####-####"],
    "JP": ["090-####-####", "080-####-####", "+81 90-####-####"],
    "MY": ["01N-### ####", "+60 1N-### ####"],
    "NG": ["080N ### ####", "+234 80N ### ####", "0703 ### ####"],
    "GH": ["02N ### ####", "+233 24 ### ####"],
    "KE": ["07## ######", "+254 7## ######", "+254 7## ### ###"],
    "TZ": ["07## ### ###", "+255 7## ### ###"],
    "ET": ["09## ## ## ##", "+251 9## ### ###"],
    "SO": ["061 #######", "+252 61 #######"],
    "SN": ["77 ### ## ##", "+221 77 ### ## ##", "+221 78 ### ## ##"],
    "ZA": ["08N ### ####", "+27 8N ### ####", "07N ### ####"],
    "MG": ["03# ## ### ##", "+261 3# ## ### ##"],
    "BR": ["(N#) 9####-####", "+55 N# 9####-####"],
    "MX": ["55 #### ####", "+52 1 55 #### ####", "+52 33 #### ####"],
    "PE": ["9## ### ###", "+51 9## ### ###"],
    "GT": ["5### ####", "+502 5### ####"],
    "CU": ["5 ### ####", "+53 5 #######"],
    "DO": ["(809) N##-####", "+1 829-N##-####"],
    "HT": ["3# ## ####", "+509 3# ## ####"],
    "FJ": ["9## ####", "+679 7## ####"],
    "WS": ["7# #####", "+685 7# #####"],
}

EMAIL_DOMAINS = {
    "GB": "btinternet.com|hotmail.co.uk|yahoo.co.uk|gmail.com|outlook.com|sky.com",
    "DE": "web.de|gmx.de|t-online.de|gmail.com|posteo.de",
    "AT": "gmx.at|aon.at|gmail.com",
    "FR": "orange.fr|free.fr|laposte.net|gmail.com|sfr.fr",
    "PL": "wp.pl|o2.pl|interia.pl|onet.pl|gmail.com",
    "IT": "libero.it|virgilio.it|gmail.com|alice.it",
    "ES": "gmail.com|hotmail.es|yahoo.es|telefonica.net",
    "NL": "ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl",
    "KR": "naver.com|daum.net|gmail.com",
    "JP": "docomo.ne.jp|yahoo.co.jp|gmail.com",
    "BR": "uol.com.br|bol.com.br|gmail.com|hotmail.com",
    "KZ": "mail.ru|mail.kz|gmail.com",
    "UZ": "mail.ru|gmail.com|umail.uz",
    "IN": "gmail.com|rediffmail.com|yahoo.co.in",
    "CZ": "seznam.cz",
    "SK": "azet.sk|centrum.sk|gmail.com",
    "HU": "freemail.hu|citromail.hu|gmail.com",
    "IS": "simnet.is|gmail.com",
    "EE": "hot.ee|gmail.com",
    "LV": "inbox.lv|gmail.com",
    "LT": "one.lt|gmail.com",
    "FI": "luukku.com|gmail.com",
    "TW": "yahoo.com.tw|gmail.com",
    "HK": "netvigator.com|gmail.com",
    "ZA": "webmail.co.za|gmail.com|mweb.co.za",
    "NG": "yahoo.com|gmail.com",
    "KE": "gmail.com|yahoo.com",
    "AU": "bigpond.com|gmail.com|outlook.com",
    "NZ": "xtra.co.nz|gmail.com",
    "IE": "eircom.net|gmail.com",
    "MX": "hotmail.com|prodigy.net.mx|gmail.com",
    "CU": "nauta.cu|gmail.com",
}
DEFAULT_DOMAINS = "gmail.com|yahoo.com|outlook.com|hotmail.com|icloud.com|proton.me|aol.com"


def fill(r, pat):
    out = []
    for c in pat:
        if c == "#":
            out.append(str(r.randint(0, 9)))
        elif c == "N":
            out.append(str(r.randint(1, 9)))
        else:
            out.append(c)
    return "".join(out)


def phone(r, cc, intl=None):
    pats = PHONES.get(cc, ["+%d ### ### ####" % r.randint(200, 299)])
    if intl is None:
        pat = r.choice(pats)
    else:
        cands = [p for p in pats if p.startswith("+") == intl] or pats
        pat = r.choice(cands)
    return fill(r, pat)


def email(r, p, work_domain=None):
    local = p.email_local(r)
    if work_domain:
        g, s = p._gs()
        local = r.choice(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s.%s" % (g[0], s), "%s" % g])
        return "%s@%s" % (local, work_domain)
    dom = r.choice((EMAIL_DOMAINS.get(p.cc) or DEFAULT_DOMAINS).split("|"))
    return "%s@%s" % (local, dom)


def url(r, p):
    h = p.handle(r)
    pat = r.choice(
        [
            "https://www.linkedin.com/in/{h}-{x}",
            "linkedin.com/in/{h}",
            "https://www.facebook.com/{h}",
            "facebook.com/{h}",
            "https://instagram.com/{u}",
            "instagram.com/{u}",
            "https://x.com/{u}",
            "https://github.com/{u}",
            "https://www.tiktok.com/@{u}",
            "https://t.me/{u}",
            "vk.com/{u}",
            "https://www.xing.com/profile/{H}",
        ]
    )
    u = h.replace(".", "_").replace("-", "_")
    H = "_".join(w.capitalize() for w in h.replace(".", "_").replace("-", "_").split("_") if not w.isdigit())
    x = "%x" % r.randint(0x10000, 0xFFFFF)
    return pat.format(h=h, u=u, H=H, x=x)


V4_FIRST = [31, 37, 41, 46, 62, 77, 78, 81, 86, 90, 92, 102, 105, 109, 151, 176, 178, 185, 188, 196, 197, 201, 203, 212]


def ipv4(r):
    return "%d.%d.%d.%d" % (r.choice(V4_FIRST), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv6(r):
    pre = r.choice(
        ["2a02:c7f", "2a01:cb08", "2600:1700", "2c0f:f738", "2405:201", "2804:14c", "2a00:23c5", "2001:4860"]
    )
    groups = ["%x" % r.randint(0, 0xFFFF) for _ in range(6)]
    if r.random() < 0.5:
        return "%s:%s:%s::%s" % (pre, groups[0], groups[1], groups[2])
    return "%s:%s" % (pre, ":".join(groups))
