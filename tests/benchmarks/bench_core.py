"""Core, headless: seeding the demo commune and verifying the hash-chained journal.

- ``demo_seed_100k_s``: ``python -m frontdesk.cli demo seed --residents 100000`` into an empty data folder
  (process start, migration to head, seed); one run, since it is long and the database is reused after.
- ``journal_verify_s``: ``python -m frontdesk.cli journal verify`` on that database, median of repeated runs.
"""

from __future__ import annotations


def run(ctx) -> dict[str, float]:
    data_dir, seed_s = ctx.demo_database()
    verify = [ctx.python, "-m", "frontdesk.cli", "journal", "verify"]
    env = ctx.env(data_dir)
    return {
        f"demo_seed_{_k(ctx.residents)}_s": seed_s,
        "journal_verify_s": ctx.median(lambda: ctx.time_command(verify, env=env)),
    }


def _k(residents: int) -> str:
    return f"{residents // 1000}k" if residents % 1000 == 0 else str(residents)
