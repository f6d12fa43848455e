"""National identifiers by Presidio's own recognizers, run in English texts and reported as one type, ID.

Presidio ships recognizers for many countries' identifiers, most with check digits (the UK's National
Insurance and NHS numbers, Spain's NIF/NIE, Italy's codice fiscale, Poland's PESEL, India's PAN and Aadhaar,
Canada's SIN, Sweden's and Finland's personal numbers, Korea's RRN…), but loads each only for its own
language. Notes about people of every country are written in English, so they run here on English text
too, all as `ID` (what the value is matters less to a reviewer than that it is someone's).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Presidio is imported lazily, under the anonymization load lock.
    from presidio_analyzer import EntityRecognizer

logger = logging.getLogger(__name__)
ENTITY = "ID"
# Chosen for their check digits or unmistakable shapes; those matching any long digit run (bank account,
# driver's licence of some US states, vehicle plates) would replace order and ticket numbers too.
RECOGNIZERS = (
    "UkNinoRecognizer",
    "NhsRecognizer",
    "UkDrivingLicenceRecognizer",
    "UkPassportRecognizer",
    "UsItinRecognizer",
    "UsPassportRecognizer",
    "UsMbiRecognizer",
    "CaSinRecognizer",
    "EsNifRecognizer",
    "EsNieRecognizer",
    "ItFiscalCodeRecognizer",
    "PlPeselRecognizer",
    "DeTaxIdRecognizer",
    "SePersonnummerRecognizer",
    "FiPersonalIdentityCodeRecognizer",
    "InPanRecognizer",
    "InAadhaarRecognizer",
    "AuTfnRecognizer",
    "AuMedicareRecognizer",
    "SgFinRecognizer",
    "KrRrnRecognizer",
    "TrNationalIdRecognizer",
    "NgNinRecognizer",
    "ZaIdNumberRecognizer",
    "ThTninRecognizer",
)


def national_id_recognizers() -> list[EntityRecognizer]:
    import presidio_analyzer.predefined_recognizers as predefined

    recognizers = []
    for name in RECOGNIZERS:
        cls = getattr(predefined, name, None)
        if cls is None:  # an older or newer Presidio without it
            logger.info("Presidio has no %s; its identifiers are left to the others", name)
            continue
        recognizers.append(cls(supported_language="en", supported_entity=ENTITY))
    return recognizers
