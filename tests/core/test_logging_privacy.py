"""The log file keeps codes and identifiers, never residents' names, agents' names or passwords.

The flow runs in a real subprocess (as the application would, with logging set up once at start) at the
most talkative level, DEBUG, then the test reads the log against the names actually in the database.
"""

from __future__ import annotations

import sqlite3

from frontdesk.demo import DEMO_AGENTS
from frontdesk.logs import CRASH_FILE, LOG_FILE
from frontdesk.store.migrations import HEAD_REVISION
from tests.helpers import run_cli, run_python

WRONG_PASSWORD = "Essai-Rate-Du-Matin-42"
UNKNOWN_LOGIN = "jeanne.lefevre-dupont"

FLOW = f"""
import logging
from frontdesk import journal
from frontdesk.context import open_frontdesk
from frontdesk.demo import DEMO_AGENTS
from frontdesk.errors import AuthError
from frontdesk.logs import setup_logging
from frontdesk.services import accounts
from frontdesk.settings import load_settings

settings = load_settings()
setup_logging(settings.log_dir, "DEBUG", stderr=False)
logging.getLogger("test.flow").info("flow started")
fd = open_frontdesk(settings)
try:
    from frontdesk import demo
    desk = demo.seed(fd.db, 400)
    agent = DEMO_AGENTS[1]
    accounts.authenticate(fd.db, desk.id, agent.login, agent.password)
    for login, password in ((DEMO_AGENTS[2].login, {WRONG_PASSWORD!r}), ({UNKNOWN_LOGIN!r}, {WRONG_PASSWORD!r})):
        try:
            accounts.authenticate(fd.db, desk.id, login, password)
        except AuthError as exc:
            logging.getLogger("test.flow").info("sign-in refused: %s", exc.code)
        else:
            raise SystemExit("a wrong password was accepted")
    with fd.db.read() as session:
        assert journal.verify(session).ok
finally:
    fd.close()
logging.getLogger("test.flow").info("flow finished")
"""


def test_log_holds_no_personal_data(isolated_dirs):
    flow = run_python(["-c", FLOW])
    assert flow.returncode == 0, flow.stderr
    # The admin CLI writes to the same log.
    cli = run_cli("demo", "seed", "--residents", "450")
    assert cli.returncode == 0, cli.stderr

    log_dir = isolated_dirs["data"] / "logs"
    log = (log_dir / LOG_FILE).read_text(encoding="utf-8")
    # The log did record the run, so an empty file cannot pass for a private one.
    assert "test.flow: flow started" in log
    assert "sign-in refused: auth.failed" in log
    assert f"migrating database from None to {HEAD_REVISION}" in log
    assert ": frontdesk-admin demo" in log
    assert (log_dir / CRASH_FILE).exists()

    conn = sqlite3.connect(isolated_dirs["data"] / "frontdesk.sqlite3")
    try:
        family = [row[0] for row in conn.execute(
            "SELECT DISTINCT family_name FROM resident ORDER BY family_name")]
        given = [row[0] for row in conn.execute("SELECT DISTINCT given_names FROM resident")]
        phones = [row[0] for row in conn.execute("SELECT phone FROM resident WHERE phone <> '' LIMIT 50")]
        count = conn.execute("SELECT count(*) FROM resident").fetchone()[0]
    finally:
        conn.close()
    assert count == 450
    accented = [name for name in family if not name.isascii()]
    sample = (accented + [name for name in family if name.isascii()])[:50]
    assert len(sample) == 50 and len(accented) >= 10

    leaks = [name for name in sample if name in log]
    leaks += [name for name in given if len(name) >= 4 and name in log]
    leaks += [phone for phone in phones if phone in log]
    for agent in DEMO_AGENTS:
        leaks += [secret for secret in (agent.password, agent.display_name) if secret in log]
    leaks += [secret for secret in (WRONG_PASSWORD, UNKNOWN_LOGIN) if secret in log]
    assert leaks == []
