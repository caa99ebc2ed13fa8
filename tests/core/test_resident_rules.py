"""The rules on a resident's fields, without a database: error codes per field, normal forms, the search
key, and property-based checks (hypothesis) for names, phones and postal codes."""

from __future__ import annotations

import string
from dataclasses import replace
from datetime import date

import phonenumbers
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from frontdesk.domain import residents as rules
from frontdesk.domain.text import fold
from frontdesk.services.residents import ResidentInput

TODAY = date(2026, 6, 15)
BASE = ResidentInput(family_name="Lefèvre-Dupont", given_names="Éloïse")


def errors_of(**changes) -> dict[str, str]:
    return rules.clean(replace(BASE, **changes), TODAY)[1]


def cleaned(**changes) -> rules.CleanResident:
    record, errors = rules.clean(replace(BASE, **changes), TODAY)
    assert errors == {}
    return record


# --- error codes, field by field ------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "expected"), [
    ({"family_name": ""}, {"family_name": "required"}),
    ({"family_name": "   "}, {"family_name": "required"}),
    ({"family_name": "x" * 121}, {"family_name": "too_long"}),
    ({"given_names": "x" * 161}, {"given_names": "too_long"}),
    ({"birth_name": "x" * 121}, {"birth_name": "too_long"}),
    ({"family_name": "Dupont3"}, {"family_name": "name_invalid"}),
    ({"family_name": "Du_pont"}, {"family_name": "name_invalid"}),
    ({"given_names": "Marie, Anne"}, {"given_names": "name_invalid"}),
    ({"birth_name": "'-."}, {"birth_name": "name_invalid"}),
    ({"given_names": "@"}, {"given_names": "name_invalid"}),
    ({"phone": "06 12"}, {"phone": "phone_invalid"}),
    ({"phone": "bonjour"}, {"phone": "phone_invalid"}),
    ({"phone": "06 12 34 56 78 poste 3"}, {"phone": "phone_invalid"}),
    ({"phone": "06 12 34 56 78", "no_phone": True}, {"phone": "phone_and_no_phone"}),
    ({"email": "eloise.example.com"}, {"email": "email_invalid"}),
    ({"email": "eloise@example"}, {"email": "email_invalid"}),
    ({"email": "eloise@@example.com"}, {"email": "email_invalid"}),
    ({"email": "élo ise@example.com"}, {"email": "email_invalid"}),
    ({"email": "eloise@example..com"}, {"email": "email_invalid"}),
    ({"email": "a" * 65 + "@example.com"}, {"email": "email_invalid"}),
    ({"email": "a@" + "b" * 250 + ".fr"}, {"email": "email_invalid"}),
    ({"email": "eloise@example.com", "no_email": True}, {"email": "email_and_no_email"}),
    ({"postal_code": "9500"}, {"postal_code": "postal_code_invalid"}),
    ({"postal_code": "950000"}, {"postal_code": "postal_code_invalid"}),
    ({"postal_code": "00950"}, {"postal_code": "postal_code_invalid"}),
    ({"postal_code": "99000"}, {"postal_code": "postal_code_invalid"}),
    ({"postal_code": "2A000"}, {"postal_code": "postal_code_invalid"}),
    ({"postal_code": "９５０００"}, {"postal_code": "postal_code_invalid"}),  # full-width digits
    ({"birth_date": date(2026, 6, 16)}, {"birth_date": "birth_date_future"}),
    ({"birth_date": date(1899, 12, 31)}, {"birth_date": "birth_date_too_old"}),
    ({"birth_year": 1899}, {"birth_year": "birth_year_range"}),
    ({"birth_year": 2027}, {"birth_year": "birth_year_range"}),
    ({"birth_date": date(1950, 3, 12), "birth_year": 1951}, {"birth_year": "birth_year_mismatch"}),
    ({"contact_channel": "pigeon"}, {"contact_channel": "channel_invalid"}),
    ({"contact_channel": "sms"}, {"contact_channel": "channel_unreachable"}),
    ({"contact_channel": "telephone", "no_phone": True}, {"contact_channel": "channel_unreachable"}),
    ({"contact_channel": "email", "no_email": True}, {"contact_channel": "channel_unreachable"}),
    ({"contact_channel": "courrier", "postal_code": "95000", "commune": "Admiville"},
     {"contact_channel": "channel_unreachable"}),
    ({"contact_channel": "courrier", "address_line": "12 rue de la Mairie", "commune": "Admiville"},
     {"contact_channel": "channel_unreachable"}),
    ({"address_line": "x" * 201}, {"address_line": "too_long"}),
    ({"commune": "x" * 81}, {"commune": "too_long"}),
    ({"language": "x" * 17}, {"language": "too_long"}),
])
def test_each_rule_has_its_code(changes, expected):
    assert errors_of(**changes) == expected


def test_every_faulty_field_is_reported_at_once():
    errors = errors_of(family_name="", given_names="J3an", phone="12", email="no", postal_code="1",
                       birth_date=date(2030, 1, 1), contact_channel="fax")
    assert errors == {"family_name": "required", "given_names": "name_invalid", "phone": "phone_invalid",
                      "email": "email_invalid", "postal_code": "postal_code_invalid",
                      "birth_date": "birth_date_future", "contact_channel": "channel_invalid"}


def test_a_faulty_contact_field_is_not_reported_twice():
    """SMS chosen with a mistyped phone: the phone is wrong, the channel is not unreachable on top of it."""
    assert errors_of(phone="06 12", contact_channel="sms") == {"phone": "phone_invalid"}


@pytest.mark.parametrize("changes", [
    {},
    {"family_name": "L'Hôpital", "given_names": "Jean-Pierre"},
    {"family_name": "D’Angelo", "given_names": "Marie Thérèse"},
    {"family_name": "Dœuvre", "given_names": "Lætitia"},
    {"family_name": "St. Cyr"},
    {"family_name": "Öztürk", "given_names": "Çelik"},
    {"family_name": "Trần", "given_names": "Thị"},
    {"family_name": "Yılmaz"},
    {"birth_date": date(1900, 1, 1)},
    {"birth_date": TODAY},
    {"birth_year": 1900},
    {"birth_year": 2026},
    {"birth_date": date(1950, 3, 12), "birth_year": 1950},
    {"postal_code": "01000"},
    {"postal_code": "20000"},  # Ajaccio
    {"postal_code": "20600"},  # Bastia
    {"postal_code": "97400"},  # Saint-Denis (La Réunion)
    {"postal_code": "98890"},
    {"no_phone": True, "no_email": True},
    {"contact_channel": "guichet", "no_phone": True, "no_email": True},
    {"contact_channel": "sms", "phone": "07 81 23 45 67"},
    {"contact_channel": "telephone", "phone": "01 39 12 34 56"},
    {"contact_channel": "email", "email": "eloise@example.com"},
    {"contact_channel": "courrier", "address_line": "12 rue de la Mairie", "postal_code": "95000",
     "commune": "Admiville"},
    {"email": "eloise.lefevre+mairie@sous.example.org"},
    {"email": "eloise@exemple.fr"},
    {"email": "jose@correo.españa.es"},
    {"family_name": "x" * 120, "given_names": "y" * 160, "birth_name": "z" * 120},
])
def test_valid_records_pass(changes):
    cleaned(**changes)


def test_values_are_stored_in_normal_form():
    record = cleaned(family_name="  Lefèvre-Dupont ", given_names=" Éloïse   Marie ", birth_date=date(1950, 3, 12),
                     phone="06.12.34.56.78", email=" Eloise.L@Example.COM ", postal_code=" 95 000 ",
                     address_line=" 12  rue de la Mairie ", commune=" Admiville ", language=" ")
    assert (record.family_name, record.given_names) == ("Lefèvre-Dupont", "Éloïse Marie")
    assert record.birth_year == 1950
    assert record.phone == "+33612345678"
    assert record.email == "Eloise.L@example.com"
    assert record.postal_code == "95000"
    assert (record.address_line, record.commune, record.language) == ("12 rue de la Mairie", "Admiville", "fr")


def test_decomposed_accents_are_stored_composed():
    decomposed = "E\u0301loi\u0308se"
    assert cleaned(given_names=decomposed).given_names == "Éloïse"


@pytest.mark.parametrize(("typed", "e164", "shown"), [
    ("06 12 34 56 78", "+33612345678", "06 12 34 56 78"),
    ("+33 6 12 34 56 78", "+33612345678", "06 12 34 56 78"),
    ("0033612345678", "+33612345678", "06 12 34 56 78"),
    ("+33 (0)1 39 12 34 56", "+33139123456", "01 39 12 34 56"),
    ("0692 12 34 56", "+262692123456", "+262 692 12 34 56"),  # La Réunion, dialled from mainland France
    ("0590 12 34 56", "+590590123456", "+590 590 12 34 56"),  # Guadeloupe
    ("+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
])
def test_phone_numbers(typed, e164, shown):
    assert rules.normalise_phone(typed) == e164
    assert rules.phone_display(e164) == shown


def test_phone_digits_are_what_an_agent_dials():
    assert rules.phone_digits("+33612345678") == "0612345678"
    assert rules.phone_digits("+262692123456") == "0692123456"
    assert rules.phone_digits("+442079460958") == "02079460958"
    assert rules.phone_digits("") == ""


def test_display_name_and_birth_label():
    assert rules.display_name("Lefèvre-Dupont", "Éloïse") == "LEFÈVRE-DUPONT Éloïse"
    assert rules.display_name("Lætitia-Roux", "") == "LÆTITIA-ROUX"
    assert rules.birth_label(date(1950, 3, 12), 1950) == "12/03/1950"
    assert rules.birth_label(None, 1950) == "1950"
    assert rules.birth_label(None, None) == ""


# --- the search key ------------------------------------------------------------------------------------

def test_search_key_holds_every_name_the_birth_the_phone_and_the_postal_code():
    key = rules.search_key("Lefèvre-Dupont", "Œhmichen", "Éloïse", date(1950, 3, 12), 1950, "+33612345678", "95000")
    assert key == "lefevre dupont oehmichen eloise 12 03 1950 0612345678 95000"
    assert rules.search_key("Martin", "", "Marie", None, 1960, "", "") == "martin marie 1960"
    assert rules.search_key("Martin", "", "", None, None, "", "") == "martin"


def test_search_key_fits_its_column_and_keeps_the_birth_phone_and_postal_code():
    key = rules.search_key("Ab " * 40, "Cd " * 40, "Ef " * 53, date(1950, 3, 12), 1950, "+33612345678", "95000")
    assert len(key) <= rules.SEARCH_KEY_MAX
    assert key.endswith(" 12 03 1950 0612345678 95000")
    assert key.startswith("ab ab")
    assert all(len(word) == 2 or word.isdigit() for word in key.split())  # no word cut in the middle


def test_search_key_of_a_clean_record():
    record = cleaned(birth_year=1950, phone="01 39 12 34 56", postal_code="95120")
    assert record.search_key == "lefevre dupont eloise 1950 0139123456 95120"


# --- properties --------------------------------------------------------------------------------------------

LETTERS = st.characters(categories=("Lu", "Ll", "Lt", "Lo"))
NAME_PARTS = st.text(alphabet=st.one_of(LETTERS, st.sampled_from("éèêëàâäîïôöûüùçÉÈÀÇŒœÆæÿñß")), min_size=1,
                     max_size=12)
NAMES = st.lists(st.tuples(NAME_PARTS, st.sampled_from([" ", "-", "'", "’", " d'", "-de-", ". "])), min_size=1,
                 max_size=4).map(lambda parts: "".join(p + sep for p, sep in parts[:-1]) + parts[-1][0])


@given(NAMES)
@settings(max_examples=300)
@example("Lefèvre-Dupont")
@example("L'Hôpital")
@example("D’Angelo")
@example("Dœuvre Lætitia")
def test_any_name_of_letters_and_name_punctuation_round_trips(name):
    name = rules.collapse(name)
    assume(0 < len(name) <= rules.FAMILY_NAME_MAX)
    record, errors = rules.clean(replace(BASE, family_name=name, given_names=name), TODAY)
    assert errors == {}
    assert record.family_name == name and record.given_names == name
    assert rules.collapse(record.family_name) == record.family_name  # stored form is a fixed point
    folded = fold(name)
    assert folded.isascii() and folded == folded.lower()
    assert record.search_key.startswith(fold(f"{name} {name}"))


@given(st.text(max_size=40))
@settings(max_examples=300)
def test_fold_is_idempotent_and_yields_plain_words(value):
    folded = fold(value)
    assert fold(folded) == folded
    assert set(folded) <= set(string.ascii_lowercase + string.digits + " ")
    assert "  " not in folded and folded == folded.strip()


@given(st.text(alphabet=st.sampled_from("0123456789 +-.()'\"%_*abc"), max_size=30))
@settings(max_examples=300)
def test_any_phone_input_is_either_refused_or_a_valid_e164_number(typed):
    e164 = rules.normalise_phone(typed)
    assert e164 is None or (e164.startswith("+") and phonenumbers.is_valid_number(phonenumbers.parse(e164)))


FR_NUMBERS = st.builds(lambda first, rest: f"{first}{rest:08d}", st.sampled_from("1234567"),
                       st.integers(0, 99_999_999)).filter(
    lambda nsn: phonenumbers.is_valid_number(phonenumbers.parse("+33" + nsn)))


def _pairs(digits: str) -> list[str]:
    return [digits[i:i + 2] for i in range(0, len(digits), 2)]


@given(FR_NUMBERS, st.sampled_from([" ", ".", "-", ""]))
@settings(max_examples=300)
def test_any_valid_french_number_in_any_common_format_is_one_e164(nsn, sep):
    national = "0" + nsn
    formats = [
        national,
        sep.join(_pairs(national)),
        "+33" + nsn,
        "+33 " + nsn[0] + " " + " ".join(_pairs(nsn[1:])),
        "0033" + nsn,
        "+33 (0)" + nsn[0] + sep + sep.join(_pairs(nsn[1:])),
        f"  {national}  ",
    ]
    assert {rules.normalise_phone(f) for f in formats} == {"+33" + nsn}
    assert rules.phone_display("+33" + nsn).replace(" ", "") == national
    assert rules.phone_digits("+33" + nsn) == national


@given(st.integers(0, 99_999))
def test_postal_codes_are_the_french_range(number):
    code = f"{number:05d}"
    expected = code if 1000 <= number <= 98890 else None
    assert rules.normalise_postal_code(code) == expected
    assert rules.normalise_postal_code(f" {code[:2]} {code[2:]} ") == expected
    assert (errors_of(postal_code=code) == {}) is (expected is not None)


@given(st.text(max_size=8))
def test_any_postal_code_input_is_refused_or_five_ascii_digits(typed):
    code = rules.normalise_postal_code(typed)
    assert code is None or (len(code) == 5 and code.isascii() and code.isdigit())
