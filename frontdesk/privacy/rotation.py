"""Key rotation: a new data key, every encrypted value re-encrypted, in one transaction.

The new key is wrapped under the same key-encryption keys (keyring, passphrase) and its record
replaces the old one in that same transaction: a crash or an error leaves the old key and the old
ciphertexts, never a mix that no key opens.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select, update

from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.privacy import keys
from frontdesk.privacy.crypto import FieldCipher
from frontdesk.privacy.fields import KeyLocked, encrypted_columns, using
from frontdesk.privacy.secrets import SEALED_PREFIX
from frontdesk.store.database import Database
from frontdesk.store.models import AppMeta, Base


def rotate_key(db: Database, actor: Actor) -> int:
    """Re-encrypt everything under a fresh data key; returns how many values were re-encrypted."""
    require(actor, Permission.KEY_ROTATE)
    if db.key is None:
        raise KeyLocked()
    transition = db.key.cipher.rotated()  # encrypts with the new key, still reads the old one
    new_key = replace(db.key, cipher=FieldCipher(transition.key_id, transition.key), is_new=False)
    count = 0
    with db.unit_of_work(actor) as uow, using(transition):
        session = uow.session
        for table, column in encrypted_columns(Base.metadata):
            pk = table.primary_key.columns.values()[0]
            for row_id, value in session.execute(select(pk, column).where(column.is_not(None))).all():
                session.execute(update(table).where(pk == row_id).values({column.name: value}))
                count += 1
        for meta in session.scalars(select(AppMeta).where(AppMeta.key.startswith(SEALED_PREFIX))):
            meta.value = transition.encrypt(transition.decrypt(meta.value, meta.key), meta.key)
            count += 1
        session.execute(keys.rewrap_statement(new_key))
        uow.journal.append("key.rotated", "", "", values=count, key_id=new_key.cipher.key_id)
    db.key = new_key
    return count
