"""Small helpers shared by the address format modules."""

import string


def n(r, a, b):
    """A random integer as text."""
    return str(r.randint(a, b))


def code(r, pattern):
    """Fill a pattern: 9 digit, A letter, anything else kept."""
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(r.choice(string.digits))
        elif ch == "A":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        else:
            out.append(ch)
    return "".join(out)


def pick(r, field):
    """Choose from a '|' list."""
    return r.choice(field.split("|"))


def S(text, kind):
    """An address component token."""
    return (text, kind)
