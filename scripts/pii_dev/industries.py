"""Registry of industries.  Each industry is a dict of hand-written templates in several
registers (formal paragraphs, chats, calls, shorthand notes, capitals, form fields, CSV
columns) plus ``np_*`` registers without any personal data, used for no-PII records."""

from .ind_airline import AIRLINE
from .ind_debt import DEBT
from .ind_energy import ENERGY
from .ind_hospital import HOSPITAL
from .ind_motor import MOTOR
from .ind_payroll import PAYROLL
from .ind_pharmacy import PHARMACY
from .ind_property import PROPERTY
from .ind_school import SCHOOL
from .ind_vet import VET

INDUSTRIES = {d["name"]: d for d in (PHARMACY, HOSPITAL, VET, SCHOOL, PROPERTY, ENERGY, PAYROLL, DEBT, MOTOR, AIRLINE)}
