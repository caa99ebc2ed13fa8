"""Helpers shared by the whole test suite (core, Qt and benchmarks)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence

import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict, so no test ever reads or writes the developer's real keychain."""

    priority = 1  # type: ignore[assignment]  # a plain class attribute is enough for keyring

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(f"no password for {service!r}/{username!r}") from None


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
