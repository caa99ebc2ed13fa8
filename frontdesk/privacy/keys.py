"""The data key: made once per database, kept in ``app_meta`` only wrapped, unlocked at start-up.

The data key encrypts the sensitive columns. The database stores it wrapped (AES-GCM) under one or two
key-encryption keys: one held by the OS keyring of the PC that created it, and, where no keyring
exists (or the settings ask for it), one derived from a supervisor's passphrase (Argon2id). The key
itself is never written in clear anywhere. Rotation replaces the data key and re-wraps it in the same
transaction that re-encrypts the rows, so a crash leaves either the old state or the new one.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, inspect, select

from frontdesk.errors import FrontdeskError
from frontdesk.privacy import secrets
from frontdesk.privacy.crypto import DecryptionFailed, FieldCipher, new_key, new_key_id, seal, unseal

log = logging.getLogger(__name__)
RECORD_KEY = "data_key"
_AAD = b"frontdesk data key"
PROTECTIONS = ("auto", "keyring", "passphrase")


class PassphraseRequired(FrontdeskError):
    """No keyring can open the data key: a supervisor's passphrase is needed (``first_time`` when it
    is to be chosen now)."""

    code = "privacy.passphrase_required"


class WrongPassphrase(FrontdeskError):
    code = "privacy.wrong_passphrase"


@dataclass
class UnlockedKey:
    """The cipher, the key-encryption keys that opened or will wrap it, and whether it must be stored."""

    cipher: FieldCipher
    keks: dict[str, bytes] = field(default_factory=dict)  # "keyring" / "passphrase" -> KEK
    kek_ref: str = ""  # the keyring entry's name suffix
    kdf: dict = field(default_factory=dict)  # passphrase KDF parameters
    is_new: bool = False

    def record(self) -> str:
        """The ``app_meta`` value: the data key wrapped under each key-encryption key."""
        wraps: dict[str, dict] = {}
        for kind, kek in self.keks.items():
            wrap = {"sealed": secrets.b64(seal(kek, self.cipher.key, _AAD + self.cipher.key_id.encode()))}
            wrap.update({"kek_ref": self.kek_ref} if kind == "keyring" else {"kdf": self.kdf})
            wraps[kind] = wrap
        return json.dumps({"key_id": self.cipher.key_id, "wraps": wraps}, sort_keys=True)


def unlock(engine: Engine, protection: str = "auto", passphrase: str | None = None) -> UnlockedKey:
    """Open this database's data key, or make a new one (stored by ``store_if_new``)."""
    with engine.connect() as conn:
        stored = _read_record(conn)
        conn.rollback()
    if stored is None:
        return _new_key(protection, passphrase)
    return _open(json.loads(stored), passphrase)


def store_if_new(conn: Connection, unlocked: UnlockedKey) -> None:
    """Write a new key's record in ``conn``'s transaction (app_meta must exist)."""
    from frontdesk.store.models import AppMeta

    if not unlocked.is_new:
        return
    conn.execute(AppMeta.__table__.insert().values(key=RECORD_KEY, value=unlocked.record()))
    unlocked.is_new = False


def rewrap_statement(unlocked: UnlockedKey):
    from sqlalchemy import update

    from frontdesk.store.models import AppMeta

    return update(AppMeta).where(AppMeta.key == RECORD_KEY).values(value=unlocked.record())


def _read_record(conn: Connection) -> str | None:
    from frontdesk.store.models import AppMeta

    if not inspect(conn).has_table("app_meta"):
        return None
    return conn.execute(select(AppMeta.value).where(AppMeta.key == RECORD_KEY)).scalar()


def _new_key(protection: str, passphrase: str | None) -> UnlockedKey:
    unlocked = UnlockedKey(FieldCipher(new_key_id(), new_key()), is_new=True)
    if protection != "passphrase" and secrets.keyring_usable():
        unlocked.kek_ref = new_key_id()
        kek = new_key()
        secrets.set_secret(_keyring_name(unlocked.kek_ref), secrets.b64(kek))
        unlocked.keks["keyring"] = kek
    if protection == "passphrase" or not unlocked.keks:
        if passphrase is None:
            raise PassphraseRequired(first_time=True)
        secrets.check_passphrase(passphrase)
        unlocked.kdf = secrets.new_kdf_params()
        unlocked.keks["passphrase"] = secrets.passphrase_key(passphrase, unlocked.kdf)
    log.info("new data key created, protected by %s", "+".join(sorted(unlocked.keks)))
    return unlocked


def _open(record: dict, passphrase: str | None) -> UnlockedKey:
    key_id, wraps = record["key_id"], record["wraps"]
    keyring_wrap, phrase_wrap = wraps.get("keyring"), wraps.get("passphrase")
    unlocked: UnlockedKey | None = None
    if keyring_wrap is not None:
        try:
            stored_kek = secrets.get_secret(_keyring_name(keyring_wrap["kek_ref"]))
        except secrets.SecretsError:  # the passphrase wrap, if any, still opens it
            stored_kek = None
        if stored_kek is not None:
            kek = secrets.unb64(stored_kek)
            key = unseal(kek, secrets.unb64(keyring_wrap["sealed"]), _AAD + key_id.encode())
            unlocked = UnlockedKey(FieldCipher(key_id, key), {"keyring": kek}, kek_ref=keyring_wrap["kek_ref"])
    if phrase_wrap is not None and (unlocked is None or passphrase is not None):
        if passphrase is None:
            raise PassphraseRequired(first_time=False)
        kek = secrets.passphrase_key(passphrase, phrase_wrap["kdf"])
        try:
            key = unseal(kek, secrets.unb64(phrase_wrap["sealed"]), _AAD + key_id.encode())
        except DecryptionFailed:
            raise WrongPassphrase() from None
        if unlocked is None:
            unlocked = UnlockedKey(FieldCipher(key_id, key), kek_ref=(keyring_wrap or {}).get("kek_ref", ""))
        unlocked.keks["passphrase"], unlocked.kdf = kek, phrase_wrap["kdf"]
    if unlocked is None:
        raise FrontdeskError("privacy.key_unavailable")
    if keyring_wrap is not None and "keyring" not in unlocked.keks:
        unlocked.kek_ref = keyring_wrap["kek_ref"]  # another PC's keyring: its wrap is kept as it was
    return unlocked


def _keyring_name(kek_ref: str) -> str:
    return f"data-key-kek-{kek_ref}"
