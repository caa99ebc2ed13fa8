"""Every document in every format, parsed back from the PDF: the legal items are there, accents, œ and €
come out intact, nothing runs off the page, large print is large; and the address block of letters."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from frontdesk.documents import PageFormat, issue, render
from frontdesk.documents.address import MAX_CHARS, MAX_LINES, address_lines, locality_line
from frontdesk.documents.blocks import Letterhead, texts
from frontdesk.documents.layout import FONT, FONT_BOLD, bare_page
from frontdesk.documents.templates import content
from frontdesk.domain.roles import Actor, Role
from frontdesk.services.desk import ensure_desk
from frontdesk.store.database import Database
from tests import document_samples as samples
from tests.helpers import memory_keyring_in

MM = 72 / 25.4


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory):
    with memory_keyring_in(tmp_path_factory.mktemp("keyring")):
        database, _ = Database.open("sqlite:///" + (tmp_path_factory.mktemp("docs") / "d.sqlite3").as_posix())
        desk = ensure_desk(database, "Accueil", "ADM-A1", "Admiville")
        yield database, Actor(desk.id, role=Role.AGENT)
        database.close()


def flat(text: str) -> str:
    return " ".join(text.split())


def parse(pdf: bytes) -> tuple[PdfReader, str, list[tuple[float, float, float, float, str]]]:
    """The reader, all text, and (x start, x end, size, page width, text) of every text run."""
    reader = PdfReader(io.BytesIO(pdf))
    runs: list[tuple[float, float, float, float, str]] = []
    chunks = []
    for page in reader.pages:
        width = float(page.mediabox.width)

        def visit(text, cm, tm, font_dict, font_size, width=width):
            text = "".join(c for c in text if c.isprintable())  # reportlab's empty runs come out as \x7f
            if not text.strip() or font_dict is None:
                return
            scale = tm[0] * cm[0]
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            bold = "Bold" in str(font_dict.get("/BaseFont", ""))
            size = font_size * scale
            runs.append((x, x + stringWidth(text.rstrip("\n"), FONT_BOLD if bold else FONT, size), size, width, text))

        chunks.append(page.extract_text(visitor_text=visit))
    return reader, "\n".join(chunks), runs


CASES = [(name, fmt, big) for name in samples.all_documents() for fmt in PageFormat for big in (False, True)]


@pytest.mark.parametrize(("name", "fmt", "big"), CASES, ids=[f"{n}-{f}-{'large' if b else 'std'}" for n, f, b in CASES])
def test_every_document_in_every_format_prints_all_its_text_on_the_page(sqlite_db, name, fmt, big):
    db, actor = sqlite_db
    data = samples.all_documents()[name]
    issued = issue(db, actor, data, page_format=fmt, large_print=big)
    reader, text, runs = parse(render(issued))
    whole = flat(text)
    dense = re.sub(r"\s", "", text)  # a web address too long for a roll line may break inside itself
    for expected in texts(content(data)):
        assert re.sub(r"\s", "", expected) in dense, f"missing: {expected!r}"
    assert issued.number in whole and issued.code in whole
    assert "é" in whole and "\ufffd" not in whole
    if fmt is PageFormat.ROLL80:
        assert len(reader.pages) == 1
        assert float(reader.pages[0].mediabox.width) == pytest.approx(80 * MM, abs=0.5)
    else:
        assert 1 <= len(reader.pages) <= (6 if big else 3)
    postal = {line for b in content(data) if isinstance(b, Letterhead) for line in b.address}
    for x0, x1, size, width, run in runs:  # nothing cut off on the right or the left
        assert x0 >= 2 * MM and x1 <= width - 2 * MM, (x0, x1, width, run)
        if big and not (fmt is PageFormat.A4 and run.strip() in postal):  # the window's block is for machines
            assert size >= 16 - 0.01


def test_the_legal_items_of_an_acknowledgement(sqlite_db):
    """R112-5: date of receipt, date of the implicit decision, the service in charge (designation, postal
    address, e-mail, phone), missing pieces and their deadline, appeal routes or the L232-3 attestation."""
    db, actor = sqlite_db
    rejection = flat(parse(render(issue(db, actor, samples.acknowledgement("rejection"))))[1])
    for item in ("Reçue le 2 mars 2026", "le 2 mai 2026, votre demande sera refusée", "Service urbanisme et cœur",
                 "12 rue Étienne-Œhmichen", "59000 Admiville", "urbanisme@admiville.fr", "03 20 00 00 10",
                 "avant le 31 mars 2026", "Justificatif de domicile", "recours gracieux", "recours contentieux",
                 "tribunal administratif de Lille", "deux mois", "L114-5", "L231-4", "150 €"):
        assert item in rejection, item
    acceptance = flat(parse(render(issue(db, actor, samples.acknowledgement("acceptance", missing=False))))[1])
    for item in ("votre demande sera acceptée", "L231-1", "attestation", "L232-3"):
        assert item in acceptance, item
    assert "recours" not in acceptance and "Il manque" not in acceptance


def test_assistance_receipt_says_the_legal_receipt_is_the_competent_services(sqlite_db):
    db, actor = sqlite_db
    queued = flat(parse(render(issue(db, actor, samples.assistance_receipt("queued"))))[1])
    assert "n'est pas un accusé de réception" in queued
    assert "En attente d'envoi" in queued and "pas encore connue" in queued
    assert "Agence nationale des titres sécurisés" in queued and "2 mars 2026 à 14 h 05" in queued
    sent = flat(parse(render(issue(db, actor, samples.assistance_receipt("submitted"))))[1])
    assert "PD-7F3K-22XQ" in sent and "Envoyée au service compétent" in sent


def test_consent_form_has_two_signed_copies(sqlite_db):
    db, actor = sqlite_db
    text = flat(parse(render(issue(db, actor, samples.consent_form())))[1])
    assert "Exemplaire à garder par vous" in text and "Exemplaire pour la mairie" in text
    assert text.count("Pour vérifier ce document") == 2  # both copies carry the code
    assert text.count("Signature de Éloïse Lefèvre-Cœurderoy") == 2
    for item in ("Ce que vous acceptez", "Ce qui est noté", "Pendant combien de temps", "Vos droits",
                 "retirer votre accord", "plaindre auprès de la CNIL"):
        assert text.count(item) == 2, item


def test_information_notice_has_every_article_13_item_from_the_settings(sqlite_db):
    db, actor = sqlite_db
    text = flat(parse(render(issue(db, actor, samples.notice())))[1])
    for item in ("Commune d'Admiville", "1 place de l'Église", "accueil@admiville.fr",  # controller and contact
                 "Délégué à la protection des données", "mission d'intérêt public",  # DPO, legal basis
                 "votre accord exprès", "Qui les reçoit", "Services à la population",  # consent, recipients
                 "demarche.numerique.gouv.fr", "2 ans après votre dernier passage",  # recipients, retention
                 "corriger", "effacer", "limiter", "vous opposer", "retirer", "CNIL",  # rights, complaint
                 "pas obligé(e)", "Union européenne", "automatiquement"):
        assert item in text, item


def test_the_bare_page_floor_renders():
    assert "œuvre, 12 €" in parse(bare_page())[1]


# --- address block (NF Z10-011) ------------------------------------------------------------------------

def test_address_block_follows_the_postal_norm():
    lines = address_lines("Madame Éloïse Lefèvre-Cœurderoy",
                          ("Résidence les Œillets, bâtiment B, appartement 12",
                           "14 avenue du Maréchal-de-Lattre-de-Tassigny"), "59800", "Saint-André-lez-Lille")
    assert lines == ["MADAME ELOISE LEFEVRE-COEURDEROY", "RES LES OEILLETS BAT B APT 12",
                     "14 AV DU MAL DE LATTRE DE TASSIGNY", "59800 ST ANDRE LEZ LILLE"] or lines[-1] == (
        "59800 SAINT ANDRE LEZ LILLE")
    assert len(lines) <= MAX_LINES and all(len(line) <= MAX_CHARS for line in lines)
    assert re.fullmatch(r"\d{5} [A-Z0-9 ]+", lines[-1])


@pytest.mark.parametrize("name,street,commune", [
    ("M. Jean-Baptiste Alexandre-Maximilien de La Rochefoucauld-Montmorency", ("Appartement 1204, escalier C",
     "Résidence du Parc des Expositions", "Bâtiment Les Hirondelles Bleues", "23 boulevard du Général Leclerc",
     "Lieu-dit La Grande Fontaine"), "Saint-Rémy-en-Bouzemont-Saint-Genest-et-Isson"),
    ("Mme Ô", (), "Y"),
    ("Un nomtrèslongsansaucunespacequidépasselestrentehuitcaractères", ("x" * 90,), "Paris"),
])
def test_address_block_never_breaks_the_limits(name, street, commune):
    lines = address_lines(name, street, "51300", commune)
    assert 2 <= len(lines) <= MAX_LINES
    assert all(len(line) <= MAX_CHARS for line in lines)
    assert lines[-1].startswith("51300 ") and lines[-1] == lines[-1].upper()
    assert lines[0]  # the recipient is always there
    assert all(line.isascii() for line in lines)


def test_locality_line_abbreviates_only_when_needed():
    assert locality_line("75011", "Paris") == "75011 PARIS"
    assert locality_line("59800", "Saint-André-lez-Lille") == "59800 SAINT ANDRE LEZ LILLE"
    long = locality_line("51300", "Saint-Rémy-en-Bouzemont-Saint-Genest-et-Isson")
    assert long.startswith("51300 ST REMY EN BOUZEMONT ST GENEST") and len(long) <= MAX_CHARS


def test_letter_address_sits_in_the_window_of_a_dl_envelope(sqlite_db):
    """The address block lies inside 110-200 mm from the left and 50-90 mm from the top of the A4 page."""
    db, actor = sqlite_db
    reader = PdfReader(io.BytesIO(render(issue(db, actor, samples.letter()))))
    page = reader.pages[0]
    height = float(page.mediabox.height)
    found = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip() in ("59800 SAINT ANDRE LEZ LILLE", "MADAME ELOISE LEFEVRE-COEURDEROY"):
            found.append((cm[4] + tm[4], height - (cm[5] + tm[5])))

    page.extract_text(visitor_text=visit)
    assert len(found) == 2
    for x, y_from_top in found:
        assert 110 * MM <= x <= 200 * MM and 50 * MM <= y_from_top <= 90 * MM


def test_datetimes_need_their_offset():
    with pytest.raises(ValueError):
        samples.assistance_receipt().__class__(**{**samples.assistance_receipt().__dict__,
                                                  "done_at": datetime(2026, 3, 2, 14, 5)})
    assert samples.assistance_receipt().done_at.utcoffset() is not None
    assert datetime(2026, 1, 1, tzinfo=UTC).tzinfo is UTC
