"""Identifier forms: national numbers with their check digits, and case, claim, policy and record ids."""

# ruff: noqa: E501  (the data holds other scripts and en dashes; its hand-written sentences stay whole)

from __future__ import annotations

import random
import re

from pii_independent.names import Person, plain
from pii_independent.numbers import fill, luhn_digit


# ---------------------------------------------------------------------------------- identifier forms
def nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randint(4, 6)] + [rng.randrange(10) for _ in range(8)]
        check = (11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11) % 11
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def bsn(rng: random.Random) -> str:
    while True:
        body = [rng.randint(1, 9)] + [rng.randrange(10) for _ in range(7)]
        last = sum(d * (9 - i) for i, d in enumerate(body)) % 11
        if last < 10:
            return "".join(map(str, body)) + str(last)


def cpf(rng: random.Random) -> str:
    ds = [rng.randrange(10) for _ in range(9)]
    for n in (10, 11):
        ds.append(sum(d * (n - i) for i, d in enumerate(ds)) * 10 % 11 % 10)
    s = "".join(map(str, ds))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def pesel(rng: random.Random, p: Person) -> str:
    d = p.dob
    month = d.month + (20 if d.year >= 2000 else 0)
    body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{rng.randrange(1000):03d}{rng.choice('13579' if p.gender == 'm' else '02468')}"
    check = (10 - sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True)) % 10) % 10
    return body + str(check)


def ni_number(rng: random.Random) -> str:
    while True:
        pre = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = fill(rng, "######")
    if rng.random() < 0.5:
        return f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"
    return f"{pre}{digits}{rng.choice('ABCD')}"


def uk_licence(rng: random.Random, p: Person) -> str:
    surname = (re.sub(r"[^A-Z]", "", plain(p.family or p.given).upper()) + "99999")[:5]
    d = p.dob
    month = d.month + (50 if p.gender == "f" else 0)
    initials = (plain(p.given)[:1] + plain(p.middle)[:1]).upper().ljust(2, "9")
    value = f"{surname}{str(d.year)[2]}{month:02d}{d.day:02d}{str(d.year)[3]}{initials}9{fill(rng, '@@')}"
    return value if rng.random() < 0.6 else f"{value[:5]} {value[5:11]} {value[11:]}"


def dni(rng: random.Random) -> str:
    if rng.random() < 0.3:
        lead = rng.choice("XYZ")
        number = fill(rng, "#######")
        return f"{lead}{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(lead)) + number) % 23]}"
    n = rng.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def sin(rng: random.Random) -> str:
    body = str(rng.randint(1, 7)) + fill(rng, "#######")
    s = body + luhn_digit(body)
    return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])


def rrn(rng: random.Random, p: Person) -> str:
    d = p.dob
    sex = (1 if p.gender == "m" else 2) + (2 if d.year >= 2000 else 0)
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-{sex}{fill(rng, '######')}"


def pan(rng: random.Random, p: Person) -> str:
    return f"{fill(rng, '@@@')}P{(plain(p.family or p.given)[:1] or 'k').upper()}{fill(rng, '####@')}"


# A national identifier by country: (label templates, form label, value maker, kind, type).
NATIONAL_IDS = {
    "US": (["SSN {v}", "SSN: {v}", "social security no. {v}", "soc sec # {v}", "{v} (SSN)"], "SSN", None, "", "US_SSN"),
    "GB": (
        ["NI no. {v}", "NINO {v}", "National Insurance number {v}", "NI: {v}"],
        "NI number",
        lambda r, p: ni_number(r),
        "uk_nino",
        "ID",
    ),
    "NL": (["BSN {v}", "BSN: {v}", "burgerservicenummer {v}"], "BSN", lambda r, p: bsn(r), "nl_bsn", "ID"),
    "ES": (["DNI {v}", "DNI/NIE: {v}", "NIF {v}"], "DNI/NIE", lambda r, p: dni(r), "es_dni_nie", "ID"),
    "PL": (["PESEL {v}", "PESEL: {v}", "nr PESEL {v}"], "PESEL", pesel, "pl_pesel", "ID"),
    "BR": (["CPF {v}", "CPF nº {v}", "CPF: {v}"], "CPF", lambda r, p: cpf(r), "br_cpf", "ID"),
    "CA": (["SIN {v}", "SIN: {v}", "social insurance number {v}"], "SIN", lambda r, p: sin(r), "ca_sin", "ID"),
    "IN": (
        ["Aadhaar {v}", "Aadhaar no. {v}", "UID {v}"],
        "Aadhaar",
        lambda r, p: fill(r, "%### #### ####"),
        "in_aadhaar",
        "ID",
    ),
    "DE": (
        ["Steuer-ID {v}", "Steuer-IdNr. {v}", "tax ID {v}"],
        "Steuer-ID",
        lambda r, p: fill(r, "%# ### ### ###"),
        "de_tax_id",
        "ID",
    ),
    "KR": (["주민등록번호 {v}", "RRN {v}", "resident reg. no. {v}"], "RRN", rrn, "kr_rrn", "ID"),
    "FR": (
        ["n° de sécurité sociale {v}", "NIR {v}", "INSEE {v}"],
        "NIR",
        lambda r, p: fill(r, f"{1 if p.gender == 'm' else 2} ## ## ## ### ### ##"),
        "fr_nir",
        "ID",
    ),
    "IT": (
        ["codice fiscale {v}", "C.F. {v}", "CF: {v}"],
        "Codice fiscale",
        lambda r, p: fill(r, "@@@@@@##@##@###@"),
        "it_codice_fiscale",
        "ID",
    ),
}
ID_SPECS: dict[str, tuple] = {
    # key: (type, [(pattern, kind)], form labels, inline templates, what is asked for)
    "claim": (
        "CLAIM_ID",
        [
            ("WC-####-##", "prefix_dash"),
            ("H#######", "letter_digits"),
            ("##-####", "short_dash"),
            ("CLM-{Y}-######", "prefix_year"),
            ("@@/{Y}/####", "slash_year"),
            ("##########", "digits"),
            ("@@@######", "letters_digits"),
            ("{Y}-CL-#####", "year_code"),
        ],
        ["Claim no", "Claim number", "Claim ref", "Clm#", "Our ref"],
        [
            "Claim {v}",
            "claim no. {v}",
            "clm#{v}",
            "Ref: {v}",
            "claim ref {v}",
            "{v} (claim)",
            "claim number {v}",
            "our ref. {v}",
            "{v}",
            "CLAIM NO {v}",
            "claim # {v}",
            "ref {v}",
        ],
        "claim number",
    ),
    "policy": (
        "POLICY_NUMBER",
        [
            ("@@ ### ###", "spaced"),
            ("####-##", "short_dash"),
            ("POL-#####-@", "prefix"),
            ("@@#######", "letters_digits"),
            ("@@@/###/####", "slashed"),
            ("#########", "digits"),
            ("##-@@-####-#", "mixed_dash"),
        ],
        ["Policy no", "Policy number", "Pol. nr", "Policy"],
        [
            "policy {v}",
            "Pol. nr {v}",
            "policy no. {v}",
            "pol# {v}",
            "{v} (policy)",
            "under policy {v}",
            "Policy Number: {v}",
            "{v}",
        ],
        "policy number",
    ),
    "mrn": (
        "MRN",
        [
            ("########", "digits"),
            ("###-##-##", "dashed"),
            ("@#######", "letter_digits"),
            ("@@@-######", "prefix_dash"),
            ("##@#####", "mixed"),
        ],
        ["MRN", "Hospital no", "Med rec #", "Unit no"],
        [
            "MRN {v}",
            "med rec # {v}",
            "hospital no: {v}",
            "MRN: {v}",
            "(MRN {v})",
            "unit no. {v}",
            "{v}",
            "hosp # {v}",
            "RN {v}",
        ],
        "hospital number",
    ),
    "account": (
        "ACCOUNT_NUMBER",
        [
            ("########", "digits"),
            ("####-####-##", "dashed"),
            ("### ### ####", "spaced"),
            ("##########", "digits"),
            ("@@-#######", "letters_digits"),
        ],
        ["Account no", "Acct", "A/C", "Account number", "Customer account"],
        [
            "account {v}",
            "acct {v}",
            "acc no. {v}",
            "a/c {v}",
            "Account number: {v}",
            "{v} (account)",
            "account # {v}",
            "{v}",
            "acct#{v}",
        ],
        "account number",
    ),
    "last4": (
        "ACCOUNT_NUMBER",
        [("####", "last4")],
        ["Acct ending", "Account (last 4)"],
        ["acct ending {v}", "account ending in {v}", "a/c ending {v}", "account ****{v}", "acct xx{v}", "ending {v}"],
        "last four digits of the account",
    ),
    "sortacct": (
        "ACCOUNT_NUMBER",
        [("##-##-## ########", "sort_code_account"), ("##-##-##, ########", "sort_code_account")],
        ["Sort code / account", "Bank details"],
        ["a/c {v}", "sort code and account {v}", "SC/AN {v}", "bank details {v}"],
        "sort code and account number",
    ),
    "member": (
        "ID",
        [
            ("@@@#########", "member_id"),
            ("W#########", "member_id"),
            ("MBR-######-##", "member_id"),
            ("#### #### ####", "member_id"),
        ],
        ["Member ID", "Membership no", "Subscriber ID"],
        ["member ID: {v}", "member no. {v}", "membership {v}", "subscriber id {v}", "{v} (member)", "Member # {v}"],
        "member ID",
    ),
    "caseref": (
        "ID",
        [
            ("{Y}/HR/####", "case_ref"),
            ("ER-{Y}-####", "case_ref"),
            ("FAM/{Y}/#####", "case_ref"),
            ("@##@@###", "court_claim_no"),
            ("LIT-######", "case_ref"),
            ("{Y}-CV-#####", "docket_no"),
        ],
        ["Case ref", "Matter no", "File ref", "Our ref"],
        ["case ref {v}", "matter {v}", "file ref. {v}", "Our ref: {v}", "case no {v}", "{v} (case)", "ref {v}"],
        "case reference",
    ),
    "passport": (
        "ID",
        [("@#######", "passport"), ("#########", "passport"), ("C@@#@##@#", "passport"), ("@@#######", "passport")],
        ["Passport no", "Passport number", "Passport"],
        ["passport no. {v}", "passport {v}", "PPT {v}", "passport number {v}", "{v} (passport)", "pp# {v}"],
        "passport number",
    ),
    "employee": (
        "ID",
        [
            ("E-#####", "employee_id"),
            ("EMP00####", "employee_id"),
            ("######", "employee_id"),
            ("@@-####", "employee_id"),
        ],
        ["Employee ID", "Staff no", "Payroll no", "Emp #"],
        ["employee ID {v}", "staff no. {v}", "payroll no {v}", "emp# {v}", "{v} (employee no.)", "personnel no. {v}"],
        "employee number",
    ),
    "loyalty": (
        "ID",
        [("########", "frequent_flyer"), ("### ### ###", "frequent_flyer"), ("@@#########", "frequent_flyer")],
        ["Frequent flyer no", "FF number", "Loyalty no"],
        [
            "FF {v}",
            "frequent flyer # {v}",
            "Flying Blue {v}",
            "Executive Club no. {v}",
            "Miles&More {v}",
            "loyalty no. {v}",
        ],
        "frequent flyer number",
    ),
    "driving": (
        "ID",
        [
            ("@#######", "us_driver_license"),
            ("### ### ###", "us_driver_license"),
            ("@###-###-##-###-#", "us_driver_license"),
        ],
        ["Driver license", "DL no", "Licence no"],
        ["DL# {v}", "driver's license {v}", "driving licence no. {v}", "licence {v}"],
        "driving licence number",
    ),
    "taxref": (
        "ID",
        [("##### #####", "uk_utr"), ("9##-7#-####", "us_itin"), ("##/###/#####", "de_steuernummer")],
        ["Tax ref", "UTR", "Tax number"],
        ["UTR {v}", "tax ref {v}", "ITIN {v}", "Steuernummer {v}", "tax no. {v}"],
        "tax reference",
    ),
}
