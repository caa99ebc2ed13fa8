"""What a resident's record may hold, in what form: checks and normal forms, without a database.

Why here and not in the service: the create dialog, the duplicate check, the demo seed and the tests all
need the very same rules (a phone typed "06 12 34 56 78" and "+33 6 12 34 56 78" must be one number,
a search key must be built the same way by every writer), and none of them should need a database
to apply them.

Every check reports a stable error code per field, all fields at once, so the dialog can show each
message beside its field in one go instead of one error per attempt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

import phonenumbers

from frontdesk.domain.text import fold
from frontdesk.domain.vocab import CONTACT_CHANNELS

# The lengths of the ``resident`` columns (frontdesk.store.models.Resident).
FAMILY_NAME_MAX = 120
BIRTH_NAME_MAX = 120
GIVEN_NAMES_MAX = 160
ADDRESS_LINE_MAX = 200
COMMUNE_MAX = 80
EMAIL_MAX = 254
EMAIL_LOCAL_MAX = 64
LANGUAGE_MAX = 16
SEARCH_KEY_MAX = 400

EARLIEST_BIRTH = date(1900, 1, 1)
PHONE_REGION = "FR"
# Overseas departments and collectivities numbered in the French plan ("0692 ..." from mainland France):
# a national number that is not valid in metropolitan France is tried against them, in this order.
OVERSEAS_REGIONS = ("RE", "YT", "GP", "BL", "MF", "MQ", "GF", "PM")
POSTAL_CODE_MIN = 1000   # 01000 Bourg-en-Bresse
POSTAL_CODE_MAX = 98890  # 988xx Nouvelle-Calédonie, the highest French postal codes

# Letters of any script (accents and ligatures included), spaces, hyphens, both apostrophes and dots
# ("St. Cyr"); combining marks too, so a name typed in decomposed form is not refused.
NAME_PUNCTUATION = frozenset(" -'’.")
_SPACES = re.compile(r"\s+")
# A deliberately plain e-mail check: what a desk agent can mistype (a missing @, a space, a comma, no
# dot in the domain), not the full RFC 5322 grammar that would accept addresses nobody can use.
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_EMAIL_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_EMAIL_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")


@dataclass(frozen=True)
class ResidentInput:
    """What the agent typed, before any check: the services' and the demo seed's way in."""

    family_name: str
    given_names: str = ""
    birth_name: str = ""
    birth_date: date | None = None
    birth_year: int | None = None  # kept consistent with birth_date when both given
    address_line: str = ""
    postal_code: str = ""
    commune: str = ""
    phone: str = ""  # free input ("06 12 34 56 78", "+33 6 ..."); stored in E.164
    no_phone: bool = False
    email: str = ""
    no_email: bool = False
    contact_channel: str = "guichet"  # vocab.CONTACT_CHANNELS
    language: str = "fr"
    large_print: bool = False


@dataclass(frozen=True)
class CleanResident:
    """The values as they are stored: trimmed, phone in E.164, birth year filled in from the date."""

    family_name: str
    given_names: str
    birth_name: str
    birth_date: date | None
    birth_year: int | None
    address_line: str
    postal_code: str
    commune: str
    phone: str
    no_phone: bool
    email: str
    no_email: bool
    contact_channel: str
    language: str
    large_print: bool

    @property
    def search_key(self) -> str:
        return search_key(self.family_name, self.birth_name, self.given_names, self.birth_date, self.birth_year,
                          self.phone, self.postal_code)


# --- single values ------------------------------------------------------------------------------------

def collapse(value: str) -> str:
    """Trimmed, inner runs of white space made one space, in composed Unicode form (NFC).

    NFC so "é" typed as e + combining accent and "é" typed at once are the same stored name.
    """
    return unicodedata.normalize("NFC", _SPACES.sub(" ", value or "").strip())


# Control, format (bidirectional overrides, zero-width ...), surrogate, private-use and unassigned
# characters: invisible or misleading on screen and paper, never part of an address a person writes.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def has_unsafe_characters(value: str) -> bool:
    return any(unicodedata.category(c) in _UNSAFE_CATEGORIES for c in value)


def name_error(name: str, maximum: int) -> str | None:
    """The error code for an already collapsed name, or None. An empty name is not an error here."""
    if not name:
        return None
    if len(name) > maximum:
        return "too_long"
    if not any(c.isalpha() for c in name):
        return "name_invalid"
    for c in name:
        if not (c.isalpha() or c in NAME_PUNCTUATION or unicodedata.category(c).startswith("M")):
            return "name_invalid"
    return None


def parse_phone(raw: str) -> phonenumbers.PhoneNumber | None:
    """The phone number typed in any usual way ("06 12 34 56 78", "+33 6 ...", "0033 ..."), or None."""
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        number = phonenumbers.parse(raw, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return None
    if number.extension:
        return None  # an extension cannot be kept in E.164: refused rather than silently dropped
    if phonenumbers.is_valid_number(number):
        return number
    if raw.lstrip().startswith("0") and not raw.lstrip().startswith("00"):
        for region in OVERSEAS_REGIONS:
            try:
                overseas = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:  # pragma: no cover - parsed above already
                return None
            if phonenumbers.is_valid_number(overseas):
                return overseas
    return None


def normalise_phone(raw: str) -> str | None:
    """E.164 ("+33612345678") or None when the input is not a valid number."""
    number = parse_phone(raw)
    return None if number is None else phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_display(e164: str) -> str:
    """How an agent reads a stored number: "06 12 34 56 78" for France, "+44 20 7946 0958" otherwise."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 33 else \
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, fmt)


def phone_digits(e164: str) -> str:
    """The digits an agent dials (and types in the search): "0612345678" for "+33612345678"."""
    if not e164:
        return ""
    if e164.startswith("+33"):  # the common case, without parsing (the demo seeds 100,000 of them)
        return "0" + e164[3:]
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return "".join(c for c in e164 if c.isdigit())
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(c for c in national if c.isdigit())


def is_mobile(e164: str) -> bool:
    number = parse_phone(e164)
    return number is not None and phonenumbers.number_type(number) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def normalise_email(raw: str) -> str | None:
    """The address with its domain lower-cased, or None when it cannot be an address.

    The local part keeps its case (it may matter to the receiving server); internationalised domains are
    accepted and kept as typed, lower-cased.
    """
    value = (raw or "").strip()
    if not value or len(value) > EMAIL_MAX or value.count("@") != 1:
        return None
    local, domain = value.split("@")
    domain = domain.lower()
    if not local or len(local) > EMAIL_LOCAL_MAX or not _EMAIL_LOCAL.fullmatch(local):
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_EMAIL_LABEL.fullmatch(label) for label in labels):
        return None
    if not _EMAIL_TLD.fullmatch(labels[-1]):
        return None
    return f"{local}@{domain}"


def normalise_postal_code(raw: str) -> str | None:
    """Five digits of a French postal code (Corsica's 20xxx included), spaces allowed in the input."""
    value = "".join((raw or "").split())
    if len(value) != 5 or not value.isascii() or not value.isdigit():
        return None
    return value if POSTAL_CODE_MIN <= int(value) <= POSTAL_CODE_MAX else None


# --- the whole record --------------------------------------------------------------------------------

def clean(data: ResidentInput, today: date) -> tuple[CleanResident, dict[str, str]]:
    """Normalise every field and collect one error code per faulty field.

    The returned record is only meant to be stored when the error dict is empty; it is still returned
    otherwise so the duplicate check can work on a half-filled form.
    """
    errors: dict[str, str] = {}

    family = collapse(data.family_name)
    birth_name = collapse(data.birth_name)
    given = collapse(data.given_names)
    if not family:
        errors["family_name"] = "required"
    for field, value, maximum in (("family_name", family, FAMILY_NAME_MAX), ("birth_name", birth_name, BIRTH_NAME_MAX),
                                  ("given_names", given, GIVEN_NAMES_MAX)):
        code = name_error(value, maximum)
        if code and field not in errors:
            errors[field] = code

    birth_date, birth_year = data.birth_date, data.birth_year
    if birth_date is not None:
        if birth_date > today:
            errors["birth_date"] = "birth_date_future"
        elif birth_date < EARLIEST_BIRTH:
            errors["birth_date"] = "birth_date_too_old"
    if birth_year is not None:
        if isinstance(birth_year, bool) or not isinstance(birth_year, int) or \
                not EARLIEST_BIRTH.year <= birth_year <= today.year:
            errors["birth_year"] = "birth_year_range"
        elif birth_date is not None and birth_date.year != birth_year:
            errors["birth_year"] = "birth_year_mismatch"
    elif birth_date is not None:
        birth_year = birth_date.year

    address = collapse(data.address_line)
    if len(address) > ADDRESS_LINE_MAX:
        errors["address_line"] = "too_long"
    elif has_unsafe_characters(address):
        errors["address_line"] = "text_invalid"
    commune = collapse(data.commune)
    if len(commune) > COMMUNE_MAX:
        errors["commune"] = "too_long"
    elif has_unsafe_characters(commune):
        errors["commune"] = "text_invalid"
    postal_code = ""
    if (data.postal_code or "").strip():
        postal_code = normalise_postal_code(data.postal_code) or ""
        if not postal_code:
            errors["postal_code"] = "postal_code_invalid"

    phone = ""
    no_phone = bool(data.no_phone)
    if (data.phone or "").strip():
        if no_phone:
            errors["phone"] = "phone_and_no_phone"
        else:
            phone = normalise_phone(data.phone) or ""
            if not phone:
                errors["phone"] = "phone_invalid"

    email = ""
    no_email = bool(data.no_email)
    if (data.email or "").strip():
        if no_email:
            errors["email"] = "email_and_no_email"
        else:
            email = normalise_email(data.email) or ""
            if not email:
                errors["email"] = "email_invalid"

    channel = (data.contact_channel or "").strip()
    if channel not in CONTACT_CHANNELS:
        errors["contact_channel"] = "channel_invalid"
    elif not _reachable(channel, phone=phone or "phone" in errors, email=email or "email" in errors,
                        address=bool(address and commune and (postal_code or "postal_code" in errors))):
        errors["contact_channel"] = "channel_unreachable"

    language = (data.language or "").strip() or "fr"
    if len(language) > LANGUAGE_MAX:
        errors["language"] = "too_long"
    elif has_unsafe_characters(language):
        errors["language"] = "text_invalid"

    record = CleanResident(
        family_name=family, given_names=given, birth_name=birth_name, birth_date=birth_date, birth_year=birth_year,
        address_line=address, postal_code=postal_code, commune=commune, phone=phone, no_phone=no_phone,
        email=email, no_email=no_email, contact_channel=channel, language=language, large_print=bool(data.large_print),
    )
    return record, errors


def _reachable(channel: str, *, phone: object, email: object, address: bool) -> bool:
    """Can the resident be reached the way they prefer with what is recorded?

    A field that is itself in error counts as given: the agent is told about that field, not twice.
    """
    if channel in ("telephone", "sms"):
        return bool(phone)
    if channel == "email":
        return bool(email)
    if channel == "courrier":
        return address
    return True  # "guichet": they come to the desk


# --- names as people read them, and the search key ---------------------------------------------------

def display_name(family_name: str, given_names: str) -> str:
    """French administrative style: family name in capitals first, "LEFÈVRE-DUPONT Éloïse"."""
    return " ".join(part for part in (" ".join(family_name.split()).upper(), " ".join(given_names.split())) if part)


def birth_label(birth_date: date | None, birth_year: int | None) -> str:
    """ "12/03/1950", "1950" or "" (only the year may be known)."""
    if birth_date is not None:
        return birth_date.strftime("%d/%m/%Y")
    return str(birth_year) if birth_year else ""


def search_key(family_name: str, birth_name: str, given_names: str, birth_date: date | None, birth_year: int | None,
               phone: str, postal_code: str) -> str:
    """The folded words a search matches against: all names, then birth date, year, phone and postal code.

    Names come first, family name leading, so ordering by the key orders by family name and a query
    typed as "family given" is a prefix of the key. The birth date is "dd mm yyyy" (typing "12/03/1950"
    folds to the same words), the phone is the national digits ("0612345678") an agent would type.
    The key fits the column: if very long names had to be cut, the names are cut, never the rest.
    """
    names = fold(f"{family_name} {birth_name} {given_names}")
    tail_parts = []
    if birth_date is not None:
        tail_parts.append(birth_date.strftime("%d %m %Y"))
    elif birth_year:
        tail_parts.append(str(birth_year))
    if phone:
        tail_parts.append(phone_digits(phone))
    if postal_code:
        tail_parts.append(fold(postal_code))
    tail = " ".join(p for p in tail_parts if p)
    room = SEARCH_KEY_MAX - (len(tail) + 1 if tail else 0)
    if len(names) > room:
        names = names[:room].rsplit(" ", 1)[0] if " " in names[:room] else names[:room]
    return f"{names} {tail}".strip() if names else tail
