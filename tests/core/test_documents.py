"""Issuing documents on both engines: gap-free numbering per desk and year (also under concurrency), the
record committed before any page exists, deterministic output and duplicates, journalling, and
verification of genuine, unknown and altered codes."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from frontdesk.documents import (
    IssuedDocument,
    PageFormat,
    integrity,
    issue,
    load,
    render,
    render_batch,
    reprint,
    verify,
)
from frontdesk.documents.data import KINDS, from_plain, to_plain
from frontdesk.domain.roles import Actor, Role
from frontdesk.services.desk import ensure_desk
from frontdesk.store.models import Document, DocumentCounter, JournalEntry
from tests import document_samples as samples


@pytest.fixture
def actor(db) -> Actor:
    return Actor(ensure_desk(db, "Accueil", "ADM-A1", "Admiville").id, role=Role.AGENT)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_canonical_data_round_trips_for_every_kind():
    for data in samples.all_documents().values():
        assert from_plain(type(data), to_plain(data)) == data
    assert set(KINDS) == {d.KIND for d in samples.all_documents().values()}


def test_numbers_are_per_desk_and_year_and_start_again_each_year(db, actor):
    first = issue(db, actor, samples.deposit_certificate(), issued_at=datetime(2026, 6, 1, 10, tzinfo=UTC))
    second = issue(db, actor, samples.consent_form(), issued_at=datetime(2026, 6, 1, 11, tzinfo=UTC))
    next_year = issue(db, actor, samples.deposit_certificate(), issued_at=datetime(2027, 6, 1, tzinfo=UTC))
    assert [first.number, second.number, next_year.number] == [
        "ADM-A1-2026-000001", "ADM-A1-2026-000002", "ADM-A1-2027-000001"]


def test_a_failed_issue_gives_its_number_back(db, actor, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(integrity, "integrity_code", broken)
        with pytest.raises(RuntimeError):
            issue(db, actor, samples.deposit_certificate())
    assert issue(db, actor, samples.deposit_certificate()).number.endswith("-000001")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1


def test_concurrent_issues_are_unique_and_gap_free(db, actor):
    """Two threads issue 50 documents each: numbers 1 to 100, each once."""
    errors: list[BaseException] = []
    numbers: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        try:
            for _ in range(50):
                issued = issue(db, actor, samples.deposit_certificate())
                with lock:
                    numbers.append(issued.number)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    year = datetime.now(UTC).astimezone().year
    assert sorted(numbers) == [f"ADM-A1-{year}-{n:06d}" for n in range(1, 101)]
    with db.read() as session:
        assert session.scalar(select(DocumentCounter.last)) == 100
        assert sorted(session.scalars(select(Document.seq))) == list(range(1, 101))


def test_the_record_exists_before_anything_is_rendered(db, actor, monkeypatch):
    seen: list[int] = []
    import frontdesk.documents.layout as layout

    real_draw = layout.draw

    def spying_draw(*args, **kwargs):
        with db.read() as session:  # another session: the row is committed, not just flushed
            seen.append(session.scalar(select(func.count()).select_from(Document)))
        return real_draw(*args, **kwargs)

    monkeypatch.setattr(layout, "draw", spying_draw)
    issued = issue(db, actor, samples.acknowledgement())
    render(issued)
    assert seen == [1]
    with pytest.raises(TypeError):
        IssuedDocument(id=issued.id, kind=issued.kind, number="X", template_version=1, canonical="{}", code="",
                       page_format=PageFormat.A4, large_print=False, issued_at=issued.issued_at, data=issued.data)
    with pytest.raises(TypeError):
        render(samples.acknowledgement())  # type: ignore[arg-type]


def test_issuing_does_not_load_the_pdf_machinery():
    """Issuing records a document; only drawing it needs reportlab (a tenth of a second to import), so the
    demo's first start, which issues its sample dossiers' papers, does not pay for it before sign-in."""
    code = ("import sys; import frontdesk.services.dossiers, frontdesk.documents; "
            "assert 'reportlab' not in sys.modules; import frontdesk.documents.layout; "
            "assert 'reportlab' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_large_print_follows_the_residents_preference(db, actor):
    import uuid

    from frontdesk.store.models import Resident

    ids = {}
    with db.unit_of_work(actor) as uow:
        for big in (True, False):
            ids[big] = uuid.uuid4()
            uow.session.add(Resident(id=ids[big], origin_desk_id=actor.desk_id, family_name="Lefèvre",
                                     search_key="lefevre", large_print=big))
    assert issue(db, actor, samples.consent_form(), resident_id=ids[True]).large_print is True
    assert issue(db, actor, samples.consent_form(), resident_id=ids[False]).large_print is False
    assert issue(db, actor, samples.consent_form()).large_print is False
    assert issue(db, actor, samples.consent_form(), resident_id=ids[False], large_print=True).large_print is True
    with db.read() as session:
        stored = session.scalars(select(Document.resident_id).where(Document.resident_id.is_not(None))).all()
    assert len(stored) == 3


def test_issue_is_journalled_without_personal_data(db, actor):
    issued = issue(db, actor, samples.acknowledgement(), resident_id=None)
    with db.read() as session:
        entry = session.scalars(select(JournalEntry).where(JournalEntry.action == "document.issued")).one()
        entity_id, details = entry.entity_id, entry.details
    assert entity_id == str(issued.id)
    assert details == {"kind": "acknowledgement", "number": issued.number, "page_format": "a4",
                             "large_print": False}
    assert "Lefèvre" not in str(details)


def test_rendering_is_deterministic_and_reprints_only_add_the_mark(db, actor):
    issued = issue(db, actor, samples.acknowledgement())
    first = render(issued)
    assert render(issued) == first
    assert render(load(db, issued.number)) == first  # from the stored record: same bytes
    reprint_at = datetime(2026, 9, 1, 8, 30, tzinfo=UTC)
    dup = render(issued, duplicate=True, reprint_at=reprint_at)
    assert dup == render(issued, duplicate=True, reprint_at=reprint_at)
    assert dup != first
    dup_text = pdf_text(dup)
    assert "DUPLICATA" in dup_text and "réimprimé le 1er septembre 2026" in dup_text

    def body(value: str) -> str:
        value = re.sub(r"DUPLICATA( — réimprimé le .*? h \d\d)?", " ", value)
        value = re.sub(r"page \d+|Accusé de réception N° \S+", " ", value)  # footers move with page breaks
        return " ".join(value.split())

    assert body(dup_text) == body(pdf_text(first))


def test_the_same_record_gives_the_same_bytes_in_another_process(db, actor):
    """No hash seed, font cache or clock leaks into the file: what a reprint promises."""
    import hashlib

    from tests.helpers import run_python

    issued = issue(db, actor, samples.consent_form())
    script = ("import hashlib, sys; from frontdesk.store.database import Database; from frontdesk import documents; "
              "db, _ = Database.open(sys.argv[1]); "
              "print(hashlib.sha256(documents.render(documents.load(db, sys.argv[2]))).hexdigest())")
    url = db.engine.url.render_as_string(hide_password=False)
    proc = run_python(["-c", script, url, issued.number], env={"PYTHONHASHSEED": "4242", "TZ": "Asia/Tokyo"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == hashlib.sha256(render(issued)).hexdigest()


def test_reprint_is_journalled_and_refuses_unknown_numbers(db, actor):
    issued = issue(db, actor, samples.assistance_receipt(), page_format=PageFormat.ROLL80, large_print=True)
    pdf = reprint(db, actor, issued.number)
    assert "DUPLICATA" in pdf_text(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # the stored format (roll) is kept
    with db.read() as session:
        details = session.scalars(select(JournalEntry).where(JournalEntry.action == "document.reprinted")).one().details
    assert details == {"kind": "assistance_receipt", "number": issued.number}
    with pytest.raises(LookupError):
        reprint(db, actor, "ADM-A1-2026-999999")


def test_a_batch_of_letters_is_one_pdf(db, actor):
    letters = [issue(db, actor, samples.letter(i)) for i in range(3)]
    text = pdf_text(render_batch(letters))
    for issued in letters:
        assert issued.number in text and issued.code in text
    with pytest.raises(ValueError):
        render_batch(letters, page_format=PageFormat.ROLL80)  # a roll prints one document at a time


def test_verify_genuine_unknown_and_altered(db, actor):
    issued = issue(db, actor, samples.acknowledgement())
    other = issue(db, actor, samples.deposit_certificate())
    genuine = verify(db, issued.code)
    assert genuine.outcome == "genuine" and genuine.document == issued
    typed = issued.code.replace("-", " ").lower().replace("0", "o").replace("1", "l")
    assert verify(db, typed).outcome == "genuine"
    assert verify(db, issued.qr_text).outcome == "genuine"
    assert verify(db, "ZZZZ-ZZZZ-ZZZZ").outcome == "unknown"
    assert verify(db, "not a code").reason == "malformed"
    # A paper whose number was changed, keeping another document's code
    forged = verify(db, integrity.qr_text(issued.number, other.code))
    assert forged.outcome == "altered" and forged.reason == "code_mismatch"
    # The stored data changed behind the application's back
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE document SET canonical = replace(canonical, 'Lefèvre', 'Lefebvre') "
                          "WHERE number = :n"), {"n": issued.number})
    altered = verify(db, issued.code)
    assert altered.outcome == "altered" and altered.reason == "record_changed"
    assert altered.document is not None and "Lefebvre" in altered.document.canonical
    assert verify(db, other.code).outcome == "genuine"


def test_codes_are_short_typable_and_salted():
    code = integrity.integrity_code("00" * 32, "ADM-A1-2026-000001", 1, "{}")
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}", code)
    assert code != integrity.integrity_code("11" * 32, "ADM-A1-2026-000001", 1, "{}")
    assert code != integrity.integrity_code("00" * 32, "ADM-A1-2026-000001", 2, "{}")
    assert integrity.parse(f"  {code.lower()}  ") == (None, code)


def test_a_changed_datum_changes_the_code(db, actor):
    a = issue(db, actor, samples.acknowledgement(), issued_at=datetime(2026, 6, 1, tzinfo=UTC))
    b = issue(db, actor, replace(samples.acknowledgement(), applicant="Autre Personne"),
              issued_at=datetime(2026, 6, 1, tzinfo=UTC))
    assert a.code != b.code and a.canonical != b.canonical
