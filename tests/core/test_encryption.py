"""Encryption at rest: no sensitive plaintext in the files, keys from the keyring or a passphrase,
rotation, and the migration that encrypts existing rows."""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import StatementError

from frontdesk import documents, journal
from frontdesk.catalogue import Procedure, Source
from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import PermissionDenied, ValidationError
from frontdesk.forms import Field, FieldType, FormSchema
from frontdesk.outbox.queue import add_event, enqueue
from frontdesk.privacy import secrets
from frontdesk.privacy.crypto import DecryptionFailed
from frontdesk.privacy.fields import KeyLocked, using
from frontdesk.privacy.keys import PassphraseRequired, WrongPassphrase
from frontdesk.privacy.rotation import rotate_key
from frontdesk.services import accounts, dossiers, inclusion
from frontdesk.services.desk import ensure_desk
from frontdesk.services.inclusion import AssessmentInput
from frontdesk.store import migrate
from frontdesk.store.database import Database
from frontdesk.store.engine import make_engine
from frontdesk.store.models import AppMeta, Assessment, Dossier, OutboxItem
from tests import document_samples as samples
from tests.helpers import add_resident

PASSWORD = "correct horse battery staple"
PASSPHRASE = "la mairie garde ses secrets"
SENSITIVE = ("langue_francaise", "visuel")
OTHER = ("isolement",)
NAME = "Zyxwvutsonne"
# What a resident tells the agent for a procedure, and what opens their Démarche Numérique dossier.
TOLD = "Quotient familial Qwertzuiop"
DONE = "Compte Ameli Plokijuhyg"
TOKEN = "PrefillTokenMnbvcxzlkj"
LINK = "https://dn.example/commencer/aide?prefill_token=PrefillTokenMnbvcxzlkj"
SENT = "Instructeur Poiuytreza"
PROCEDURE_SECRETS = (TOLD, DONE, TOKEN, LINK, SENT)
PROCEDURE = Procedure(
    id="aide", source=Source.LOCAL, title="Aide sociale", category="social", description="", keywords=(),
    service=None, decision=None, form=FormSchema(fields=(Field(id="situation", type=FieldType.TEXT, label="S"),)),
    documents=())


def seed(db: Database) -> tuple[Actor, uuid.UUID, str]:
    """A resident with sensitive needs and a printed document; returns (actor, resident, salt)."""
    desk = ensure_desk(db, "Accueil", "AC1", "Admiville")
    boss = accounts.create_first_supervisor(db, desk.id, "cmartin", "Claire Martin", PASSWORD).actor(desk.id)
    resident = add_resident(db, desk.id, NAME, "Éloïse")
    inclusion.record_consent(db, boss, resident)
    inclusion.record_assessment(db, boss, resident, AssessmentInput(barriers=SENSITIVE + OTHER))
    documents.issue(db, boss, samples.deposit_certificate())
    with db.read() as session:
        salt = secrets.read_sealed_secret(session, "document_salt")
    return boss, resident, salt


def seed_procedure(db: Database, actor: Actor, resident: uuid.UUID) -> uuid.UUID:
    """A dossier with told values, what was done, a DN token and link, and its outbox item (payload,
    secret, an event with a reason), as the wizard, the sender and its hooks leave them."""
    draft = dossiers.start_draft(db, actor, PROCEDURE, resident, {"situation": TOLD})
    with db.unit_of_work(actor) as uow:
        row = uow.session.get(Dossier, draft.id)
        row.what_was_done, row.prefill_token, row.remote_link = [DONE], TOKEN, LINK
        item = enqueue(uow.session, desk_id=actor.desk_id, kind="dn.message", entity_type="dossier",
                       entity_id=draft.id, payload={"body": SENT, "fields": {"situation": TOLD}})
        item.remote_secret = json.dumps({"prefill_token": TOKEN, "link": LINK})
        item.last_error_params = {"detail": SENT}
        add_event(uow.session, item, "outbox.abandoned", {"reason": SENT})
    return draft.id


def barriers_of(db: Database, actor: Actor, resident: uuid.UUID) -> tuple[str, ...]:
    return inclusion.assessments_of(db, actor, resident)[0].barriers


def test_the_sqlite_file_and_its_wal_hold_no_sensitive_plaintext(sqlite_url):
    db, _ = Database.open(sqlite_url)
    try:
        boss, resident, salt = seed(db)
        assert set(barriers_of(db, boss, resident)) == set(SENSITIVE + OTHER)
        dossier = seed_procedure(db, boss, resident)
        assert dossiers.get_dossier(db, boss, dossier).values == {"situation": TOLD}
        path = make_url(sqlite_url).database
        raw = b"".join(p.read_bytes() for p in (Path(path), Path(path + "-wal")) if p.exists())
    finally:
        db.close()
    assert NAME.encode() in raw  # the scan sees the file's contents (names are not encrypted)
    for secret in (*SENSITIVE, *OTHER, salt, *PROCEDURE_SECRETS):
        assert secret.encode() not in raw, secret


@pytest.mark.postgres
def test_a_postgresql_dump_holds_no_sensitive_plaintext(pg_url):
    db, _ = Database.open(pg_url)
    try:
        boss, resident, salt = seed(db)
        assert set(barriers_of(db, boss, resident)) == set(SENSITIVE + OTHER)
        seed_procedure(db, boss, resident)
        with db.engine.connect() as conn:  # a scan of every row of every table, as text
            tables = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
            scanned = "".join(str(conn.execute(text(f'SELECT string_agg(t::text, \'|\') FROM "{name}" t')).scalar())
                              for name in tables)
    finally:
        db.close()
    conninfo = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    dump = subprocess.run(["pg_dump", "--dbname", conninfo], capture_output=True, text=True, check=True).stdout
    for haystack in (scanned, dump):
        assert NAME in haystack
        for secret in (*SENSITIVE, *OTHER, salt, *PROCEDURE_SECRETS):
            assert secret not in haystack, secret


def test_rotation_re_encrypts_everything_and_a_fresh_start_reads_it(db):
    boss, _resident, salt = seed(db)
    issued = documents.issue(db, boss, samples.consent_form())
    with db.read() as session:
        before = {row.id: row.sensitive_barriers for row in session.scalars(select(Assessment))}
        raw_before = session.execute(text("SELECT sensitive_barriers FROM assessment")).scalars().all()
    old_id = db.key.cipher.key_id

    assert rotate_key(db, boss) == 3  # two barrier columns of one assessment, and the salt

    assert db.key.cipher.key_id != old_id and not db.key.cipher.older
    with db.read() as session:
        raw_after = session.execute(text("SELECT sensitive_barriers FROM assessment")).scalars().all()
        assert journal.verify(session).ok
    assert all(f":{db.key.cipher.key_id}:" in value for value in raw_after) and raw_after != raw_before
    reopened, _ = Database.open(db.engine.url.render_as_string(hide_password=False))
    try:
        with reopened.read() as session:
            assert {row.id: row.sensitive_barriers for row in session.scalars(select(Assessment))} == before
            assert secrets.read_sealed_secret(session, "document_salt") == salt
        assert documents.verify(reopened, issued.qr_text).outcome == "genuine"  # old codes still verify
    finally:
        reopened.close()


def test_only_supervisors_rotate_and_a_failed_rotation_changes_nothing(db, monkeypatch):
    boss, resident, _salt = seed(db)
    mediator = Actor(boss.desk_id, boss.agent_id, Role.MEDIATOR)
    with pytest.raises(PermissionDenied, match=r"key\.rotate"):
        rotate_key(db, mediator)
    with db.read() as session:
        raw_before = session.execute(text("SELECT barriers, sensitive_barriers FROM assessment")).all()
        record_before = session.get(AppMeta, "data_key").value
    monkeypatch.setattr("frontdesk.privacy.keys.UnlockedKey.record", lambda self: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        rotate_key(db, boss)
    with db.read() as session:
        assert session.execute(text("SELECT barriers, sensitive_barriers FROM assessment")).all() == raw_before
        assert session.get(AppMeta, "data_key").value == record_before
    assert set(barriers_of(db, boss, resident)) == set(SENSITIVE + OTHER)


def test_without_a_keyring_a_passphrase_protects_the_key(sqlite_url, memory_keyring):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(PassphraseRequired) as info:
        Database.open(sqlite_url)
    assert info.value.params == {"first_time": True}
    with pytest.raises(ValidationError, match="passphrase_short"):
        Database.open(sqlite_url, passphrase="trop court")
    db, _ = Database.open(sqlite_url, passphrase=PASSPHRASE)
    try:
        boss, resident, _salt = seed(db)
    finally:
        db.close()
    with pytest.raises(PassphraseRequired) as info:
        Database.open(sqlite_url)
    assert info.value.params == {"first_time": False}
    with pytest.raises(WrongPassphrase):
        Database.open(sqlite_url, passphrase=PASSPHRASE + "!")
    db, _ = Database.open(sqlite_url, passphrase=PASSPHRASE)
    try:
        assert set(barriers_of(db, boss, resident)) == set(SENSITIVE + OTHER)
        with db.read() as session:
            record = json.loads(session.get(AppMeta, "data_key").value)
        assert set(record["wraps"]) == {"passphrase"}
        assert PASSPHRASE not in json.dumps(record)
        assert rotate_key(db, boss) == 3
    finally:
        db.close()
    db, _ = Database.open(sqlite_url, passphrase=PASSPHRASE)  # the rotated key opens with the same passphrase
    try:
        assert set(barriers_of(db, boss, resident)) == set(SENSITIVE + OTHER)
    finally:
        db.close()
    assert memory_keyring.store == {}  # nothing went to any keyring


def test_with_a_keyring_the_database_holds_the_key_only_wrapped(db, memory_keyring):
    with db.read() as session:
        record = json.loads(session.get(AppMeta, "data_key").value)
    assert set(record["wraps"]) == {"keyring"}
    [(service, name)] = memory_keyring.store
    assert service == secrets.SERVICE and name.endswith(record["wraps"]["keyring"]["kek_ref"])
    assert secrets.b64(db.key.cipher.key) not in json.dumps(record)


def test_nothing_is_written_in_clear_without_a_key(db):
    boss, resident, _salt = seed(db)
    locked = Database(db.engine)  # a handle that never unlocked the key
    with pytest.raises(StatementError) as info:  # SQLAlchemy wraps what a bound value raises
        inclusion.record_assessment(locked, boss, resident, AssessmentInput(barriers=OTHER))
    assert isinstance(info.value.orig, KeyLocked)
    with pytest.raises(KeyLocked):
        inclusion.assessments_of(locked, boss, resident)
    with db.read() as session:
        assert len(session.scalars(select(Assessment)).all()) == 1


def test_a_ciphertext_moved_to_another_column_does_not_open(db):
    boss, resident, _salt = seed(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE assessment SET barriers = sensitive_barriers"))
    with pytest.raises(DecryptionFailed):
        inclusion.assessments_of(db, boss, resident)


def test_migration_0006_encrypts_existing_rows_and_keeps_the_salt(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine, revision="0003")
    desk_id, agent_id, resident_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    salt = "ab" * 32
    def u(value: uuid.UUID) -> object:  # how each engine takes a UUID in raw SQL
        return value.hex if engine.dialect.name == "sqlite" else value

    with engine.begin() as conn:
        conn.execute(text("INSERT INTO app_meta (key, value) VALUES ('document_salt', :s)"), {"s": salt})
        conn.execute(text("INSERT INTO agent (id, origin_desk_id, created_at, updated_at, login, display_name, role, "
                          "password_hash, active, failed_attempts) VALUES (:a, :d, CURRENT_TIMESTAMP, "
                          "CURRENT_TIMESTAMP, 'x', 'X', 'agent', 'h', true, 0)"), {"a": u(agent_id), "d": u(desk_id)})
        conn.execute(text("INSERT INTO resident (id, origin_desk_id, created_at, updated_at, family_name, birth_name, "
                          "given_names, postal_code, commune, phone, search_key) VALUES (:r, :d, CURRENT_TIMESTAMP, "
                          "CURRENT_TIMESTAMP, 'A', '', '', '', '', '', 'a')"), {"r": u(resident_id), "d": u(desk_id)})
        conn.execute(text("INSERT INTO assessment (id, origin_desk_id, created_at, updated_at, resident_id, agent_id, "
                          "assessed_on, equipment, barriers, sensitive_barriers) VALUES (:i, :d, CURRENT_TIMESTAMP, "
                          "CURRENT_TIMESTAMP, :r, :a, '2026-01-02', '[]', '[\"isolement\"]', '[\"visuel\"]')"),
                     {"i": u(uuid.uuid4()), "d": u(desk_id), "r": u(resident_id), "a": u(agent_id)})
    engine.dispose()
    db, report = Database.open(db_url)
    try:
        assert report.from_revision == "0003"
        with db.read() as session:
            row = session.scalars(select(Assessment)).one()
            assert (row.barriers, row.sensitive_barriers) == (["isolement"], ["visuel"])
            assert secrets.read_sealed_secret(session, "document_salt") == salt
            raw = session.execute(text("SELECT barriers || sensitive_barriers FROM assessment")).scalar()
            assert "visuel" not in raw and "isolement" not in raw
            assert session.get(AppMeta, "document_salt") is None
        with using(db.cipher):
            migrate.downgrade(db.engine, "0003")  # and back, in clear again
    finally:
        db.close()
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM app_meta WHERE key = 'document_salt'")).scalar() == salt
            assert "visuel" in str(conn.execute(text("SELECT sensitive_barriers FROM assessment")).scalar())
    finally:
        engine.dispose()


def test_rotation_re_encrypts_dossiers_and_the_outbox(db):
    boss, resident, _salt = seed(db)
    dossier = seed_procedure(db, boss, resident)
    columns = 'SELECT d."values", d.what_was_done, d.prefill_token, d.remote_link, o.payload, o.remote_secret ' \
              "FROM dossier d, outbox_item o"
    with db.read() as session:
        raw_before = session.execute(text(columns)).one()

    # 2 barrier columns, the salt; 4 dossier columns; payload, error params, secret; 2 events' params
    assert rotate_key(db, boss) == 3 + 4 + 3 + 2

    with db.read() as session:
        raw_after = session.execute(text(columns)).one()
        item = session.scalars(select(OutboxItem)).one()
        assert (item.payload["body"], json.loads(item.remote_secret)["link"]) == (SENT, LINK)
    assert all(f":{db.key.cipher.key_id}:" in value for value in raw_after)
    assert not set(raw_after) & set(raw_before)
    reopened, _ = Database.open(db.engine.url.render_as_string(hide_password=False))
    try:
        view = dossiers.get_dossier(reopened, boss, dossier)
        assert (view.values, view.what_was_done) == ({"situation": TOLD}, (DONE,))
        with reopened.read() as session:
            row = session.get(Dossier, dossier)
            assert (row.prefill_token, row.remote_link) == (TOKEN, LINK)
    finally:
        reopened.close()


def test_migration_0008_encrypts_existing_dossiers_and_outbox(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine, revision="0007")
    desk_id, agent_id, dossier_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()

    def u(value: uuid.UUID) -> object:  # how each engine takes a UUID in raw SQL
        return value.hex if engine.dialect.name == "sqlite" else value

    stamp = "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
    with engine.begin() as conn:
        conn.execute(text(f"INSERT INTO desk (id, origin_desk_id, created_at, updated_at, name, prefix, commune_name) "
                          f"VALUES (:d, :d, {stamp}, 'Accueil', 'AC1', 'Admiville')"), {"d": u(desk_id)})
        conn.execute(text(f"INSERT INTO agent (id, origin_desk_id, created_at, updated_at, login, display_name, role, "
                          f"password_hash, active, failed_attempts) VALUES (:a, :d, {stamp}, 'x', 'X', 'agent', 'h', "
                          f"true, 0)"), {"a": u(agent_id), "d": u(desk_id)})
        conn.execute(text(f'INSERT INTO dossier (id, origin_desk_id, created_at, updated_at, agent_id, procedure_id, '
                          f'procedure_title, source, procedure_revision, "values", status, remote_reference, '
                          f'remote_site, what_was_done, issued, prefill_token, remote_link) VALUES (:i, :d, {stamp}, '
                          f":a, 'aide', 'Aide', 'local', '', :v, 'draft', '', '', :w, '[]', :t, :l)"),
                     {"i": u(dossier_id), "d": u(desk_id), "a": u(agent_id), "v": json.dumps({"situation": TOLD}),
                      "w": json.dumps([DONE]), "t": TOKEN, "l": LINK})
        conn.execute(text(f"INSERT INTO outbox_item (desk_id, kind, entity_type, entity_id, payload, state, attempts, "
                          f"next_attempt_at, last_error_params, remote_secret, created_at, updated_at) VALUES "
                          f"(:d, 'dn.message', 'dossier', 'x', :p, 'sent', 1, CURRENT_TIMESTAMP, '{{}}', :s, {stamp})"),
                     {"d": u(desk_id), "p": json.dumps({"body": SENT}), "s": json.dumps({"link": LINK})})
        item_id = conn.execute(text("SELECT id FROM outbox_item")).scalar()
        conn.execute(text("INSERT INTO outbox_event (item_id, at, state, code, params) VALUES "
                          "(:i, CURRENT_TIMESTAMP, 'abandoned', 'outbox.abandoned', :p)"),
                     {"i": item_id, "p": json.dumps({"reason": SENT})})
    engine.dispose()
    db, report = Database.open(db_url)
    try:
        assert report.from_revision == "0007"
        with db.read() as session:
            row = session.get(Dossier, dossier_id)
            assert (row.values, row.what_was_done, row.prefill_token, row.remote_link) == (
                {"situation": TOLD}, [DONE], TOKEN, LINK)
            item = session.scalars(select(OutboxItem)).one()
            assert (item.payload, json.loads(item.remote_secret)) == ({"body": SENT}, {"link": LINK})
            raw = " ".join(str(v) for v in session.execute(text(
                'SELECT d."values", d.what_was_done, d.prefill_token, d.remote_link, o.payload, o.remote_secret, '
                "e.params FROM dossier d, outbox_item o, outbox_event e")).one())
            for secret in (TOLD, DONE, TOKEN, LINK, SENT):
                assert secret not in raw, secret
        with using(db.cipher):
            migrate.downgrade(db.engine, "0007")  # and back, in clear again
    finally:
        db.close()
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(text('SELECT "values", prefill_token FROM dossier')).one()
            assert TOLD in str(row[0]) and row[1] == TOKEN
            assert SENT in str(conn.execute(text("SELECT params FROM outbox_event")).scalar())
    finally:
        engine.dispose()


def test_the_demo_opens_without_a_keyring_and_without_a_prompt(memory_keyring):
    from frontdesk.context import DEMO_PASSPHRASE, open_frontdesk
    from frontdesk.settings import load_settings

    keyring.set_keyring(keyring.backends.fail.Keyring())
    fd = open_frontdesk(load_settings(demo=True))
    try:
        with fd.db.read() as session:
            assert set(json.loads(session.get(AppMeta, "data_key").value)["wraps"]) == {"passphrase"}
    finally:
        fd.close()
    reopened = Database.open(load_settings(demo=True).database_url, passphrase=DEMO_PASSPHRASE)[0]
    reopened.close()
    with pytest.raises(PassphraseRequired):  # the commune's own database never falls back to it
        open_frontdesk(load_settings())


def test_the_journal_of_a_privacy_day_holds_no_personal_data(db):
    boss, resident, _salt = seed(db)
    inclusion.withdraw_consent(db, boss, resident)
    with db.read() as session:
        details = json.dumps([e.details for e in session.scalars(select(journal.JournalEntry))], ensure_ascii=False)
    for personal in (NAME, "Éloïse", *SENSITIVE, *OTHER):
        assert personal not in details
