"""Helpers shared by the whole test suite (core, Qt and benchmarks)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import keyring.backend
import keyring.core
import keyring.errors
import pytest

KEYRING_FILE_ENV = "FD_TEST_KEYRING_FILE"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict, so no test ever reads or writes the developer's real keychain.

    When ``FD_TEST_KEYRING_FILE`` names a file, the dict is mirrored there, so a subprocess the test
    starts (the CLI, a second application) finds the same keys: the fixture points keyring's
    ``PYTHON_KEYRING_BACKEND`` at this class for them.
    """

    priority = 1  # type: ignore[assignment]  # a plain class attribute is enough for keyring

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    @property
    def store(self) -> dict[tuple[str, str], str]:
        path = os.environ.get(KEYRING_FILE_ENV)
        if path and os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                self._store = {(s, u): v for s, u, v in json.load(fh)}
        return self._store

    def _save(self) -> None:
        path = os.environ.get(KEYRING_FILE_ENV)
        if path:
            with open(path, "w", encoding="utf-8") as fh:
                json.dump([[s, u, v] for (s, u), v in self._store.items()], fh)

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(f"no password for {service!r}/{username!r}") from None
        self._save()


def run_cli(*args: str, env: Mapping[str, str] | None = None, stdin: str | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``frontdesk-admin`` as a real subprocess with the (already isolated) environment."""
    return run_python(["-m", "frontdesk.cli", *args], env=env, stdin=stdin, timeout=timeout)


def run_python(args: Sequence[str], env: Mapping[str, str] | None = None, stdin: str | None = None,
               timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.update(env or {})
    full_env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, *args], env=full_env, input=stdin, capture_output=True,
                          encoding="utf-8", timeout=timeout, check=False)


def add_resident(db, desk_id: uuid.UUID, family: str, given: str = "", **fields) -> uuid.UUID:
    """A resident straight into the table, for tests of services other than the residents one."""
    from frontdesk.domain.roles import Actor
    from frontdesk.domain.text import fold
    from frontdesk.store.models import Resident

    with db.unit_of_work(Actor(desk_id)) as uow:
        row = Resident(origin_desk_id=desk_id, family_name=family, given_names=given,
                       search_key=fold(f"{family} {given}"), **fields)
        uow.session.add(row)
        uow.session.flush()
        return row.id


@contextmanager
def memory_keyring_in(folder: Path) -> Iterator[MemoryKeyring]:
    """A MemoryKeyring for as long as the block lasts, shared with subprocesses through a file in
    ``folder``; the previous backend (often none yet) comes back after. Module-scoped fixtures that open a
    database need it too: the data key is wrapped by the keyring."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(KEYRING_FILE_ENV, str(folder / "keyring.json"))
        patch.setenv("PYTHON_KEYRING_BACKEND", "tests.helpers.MemoryKeyring")
        previous = keyring.core._keyring_backend  # read directly: get_keyring() would probe the real ones
        backend = MemoryKeyring()
        keyring.set_keyring(backend)
        try:
            yield backend
        finally:
            if previous is None:
                keyring.core._keyring_backend = None
            else:
                keyring.set_keyring(previous)
