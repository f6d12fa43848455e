"""The table behind the name lists: one entry per culture (see ``names`` for the entry format)."""


def registry():
    """A fresh table and the function that adds one culture to it."""
    table = {}

    def add(key, f, m, last, order="w", script=False, mid=None, mono=0.0, nick=None, titles=None, sep=" "):
        table[key] = {
            "f": f,
            "m": m,
            "last": last,
            "order": order,
            "script": script,
            "mid": mid,
            "mono": mono,
            "nick": nick or {},
            "titles": titles,
            "sep": sep,
        }

    return table, add
