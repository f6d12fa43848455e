"""Words for numbers: digits read one by one, ordinals and years (for transcripts)."""

D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    30: "thirtieth",
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
LETTERS = {
    "A": "alpha",
    "B": "bravo",
    "C": "charlie",
    "D": "delta",
    "E": "echo",
    "F": "foxtrot",
    "G": "golf",
    "H": "hotel",
    "I": "india",
    "J": "juliet",
    "K": "kilo",
    "L": "lima",
    "M": "mike",
    "N": "november",
    "O": "oscar",
    "P": "papa",
    "Q": "quebec",
    "R": "romeo",
    "S": "sierra",
    "T": "tango",
    "U": "uniform",
    "V": "victor",
    "W": "whiskey",
    "X": "x-ray",
    "Y": "yankee",
    "Z": "zulu",
}


def two(n):
    if n < 10:
        return D[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("-" + D[u] if u else "")


def ordinal(n):
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + "-" + ORD[u]


def year(y):
    if 2000 <= y < 2010:
        return "two thousand" + (" and " + D[y - 2000] if y > 2000 else "")
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(hi) + " hundred"
    if lo < 10:
        return two(hi) + " oh " + D[lo]
    return two(hi) + " " + two(lo)


def digits(s, rng, oh=True):
    """Read a digit string aloud; spaces/dashes become pauses."""
    out = []
    groups = s.replace("-", " ").replace("(", " ").replace(")", " ").replace(".", " ").split()
    for g in groups:
        words = []
        i = 0
        while i < len(g):
            ch = g[i]
            if ch == "+":
                words.append("plus")
                i += 1
                continue
            if not ch.isdigit():
                words.append(LETTERS.get(ch.upper(), ch.lower()) if rng.random() < 0.3 else ch.upper())
                i += 1
                continue
            run = 1
            while i + run < len(g) and g[i + run] == ch:
                run += 1
            w = "oh" if (ch == "0" and oh) else D[int(ch)]
            if run == 2 and rng.random() < 0.7:
                words.append("double " + w)
                i += 2
            elif run >= 3 and rng.random() < 0.5:
                words.append("triple " + w)
                i += 3
            else:
                words.append(w)
                i += 1
        out.append(" ".join(words))
    return rng.choice([", ", " ", " ... "]).join(out)


def dob_words(d, rng):
    """Return (prefix outside the span, spoken date of birth)."""
    style = rng.randrange(4)
    if style == 0:
        return "the ", "%s of %s %s" % (ordinal(d.day), MONTHS[d.month - 1], year(d.year))
    if style == 1:
        return "", "%s %s, %s" % (MONTHS[d.month - 1], ordinal(d.day), year(d.year))
    if style == 2:
        return "", "%s %s %s" % (ordinal(d.day), MONTHS[d.month - 1], year(d.year))
    return "", "%s, %s, %s" % (digits("%02d" % d.day, rng), digits("%02d" % d.month, rng), digits(str(d.year), rng))
