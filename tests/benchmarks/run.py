"""Benchmark runner: ``.venv/bin/python tests/benchmarks/run.py`` (or ``make bench``).

Every module ``tests/benchmarks/bench_*.py`` exposes ``run(ctx) -> dict[str, float]``: figure name →
value. Names end with their unit (``_s`` seconds, ``_ms``, ``_mb``) or say what they are
(``..._ratio``). The runner imports the modules in name order, runs each, prints a table, and writes all
figures to ``bench-results.json`` (repository root, or ``--out``). When a previous results file is
there (or ``--baseline`` names one), the table shows the old value and new/old.

Everything runs in subprocesses on a throw-away data folder, with the same interpreter as the runner
(the project's venv), so the figures are what a user would see. Shared, expensive set-ups (the 100 000
resident database) are made once per run by the context and reused by every module that asks for them.

Adding a benchmark: create ``tests/benchmarks/bench_<topic>.py`` with ``run(ctx)``; use ``ctx.env()``
for an isolated environment, ``ctx.demo_database()`` for the seeded database, ``ctx.time_command()``
or ``ctx.time_until_line()`` to measure, and ``ctx.median()`` for repeated runs.
(This folder is excluded from pytest collection: ``norecursedirs`` in pyproject.toml.)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SMOKE_MARKER = "frontdesk-smoke: main window shown"


class BenchError(RuntimeError):
    """A measured command failed: the benchmark has no figure."""


@dataclass
class Context:
    root: Path
    workdir: Path
    python: str = sys.executable
    repeat: int = 5
    warmup: int = 1
    timeout_s: float = 300.0
    residents: int = 100_000
    _databases: dict[int, tuple[Path, float]] = field(default_factory=dict)

    # --- environment ---------------------------------------------------------------------------
    def env(self, data_dir: Path | None = None, **extra: str) -> dict[str, str]:
        """The runner's environment, isolated: own data and settings folders, a test keyring instead of the
        real keychain, no screen, no network."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
        env.update(
            FRONTDESK_DATA_DIR=str(data_dir or self.workdir / "empty-data"),
            FRONTDESK_CONFIG_DIR=str(self.workdir / "config"),
            FRONTDESK_DN_URL="http://127.0.0.1:9",  # the remote platform: a closed local port, never the internet
            # The test keyring (a file of this run's own): the data key's wrapping key lives there, as it
            # would in the OS keyring, and never in the developer's real keychain.
            PYTHON_KEYRING_BACKEND="tests.helpers.MemoryKeyring",
            FD_TEST_KEYRING_FILE=str(self.workdir / "keyring.json"),
            PYTHONPATH=os.pathsep.join(filter(None, [str(self.root), os.environ.get("PYTHONPATH", "")])),
            QT_QPA_PLATFORM="offscreen",
            PYTHONUNBUFFERED="1",
            PYTHONDONTWRITEBYTECODE="1",
        )
        env.update(extra)
        return env

    # --- shared set-ups --------------------------------------------------------------------------
    def demo_database(self, residents: int | None = None) -> tuple[Path, float]:
        """A data folder holding the demo commune with ``residents`` residents, and the seconds it took
        to seed (``frontdesk.cli demo seed`` in a subprocess). Made once per run."""
        residents = self.residents if residents is None else residents
        if residents not in self._databases:
            data_dir = self.workdir / f"demo-{residents}"
            shutil.rmtree(data_dir, ignore_errors=True)
            seconds = self.time_command(
                [self.python, "-m", "frontdesk.cli", "demo", "seed", "--residents", str(residents)],
                env=self.env(data_dir),
            )
            self._databases[residents] = (data_dir, seconds)
        return self._databases[residents]

    # --- measuring -----------------------------------------------------------------------------
    def time_command(self, args: Sequence[str], env: Mapping[str, str] | None = None) -> float:
        """Wall time of a command that must exit 0."""
        start = time.perf_counter()
        proc = subprocess.run(args, cwd=self.root, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=self.timeout_s, check=False)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            command = " ".join(map(str, args))
            raise BenchError(f"{command} exited {proc.returncode}:\n{_tail(proc.stdout + proc.stderr)}")
        return seconds

    def time_until_line(self, args: Sequence[str], marker: str = SMOKE_MARKER,
                        env: Mapping[str, str] | None = None, timeout_s: float = 60.0) -> float:
        """Wall time from starting ``args`` until it prints a line containing ``marker`` on stdout.
        The process must then exit 0 by itself, all within ``timeout_s``."""
        with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(args, cwd=self.root, env=env, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=err, text=True, encoding="utf-8",
                                    errors="replace")
            killed = threading.Event()
            killer = threading.Timer(timeout_s, lambda: (killed.set(), proc.kill()))
            killer.start()
            try:
                seen: float | None = None
                lines: list[str] = []
                assert proc.stdout is not None
                for line in proc.stdout:
                    if seen is None and marker in line:
                        seen = time.perf_counter() - start
                    lines.append(line)
                status = proc.wait()
            finally:
                killer.cancel()
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
            if seen is None or status != 0:
                err.seek(0)
                if killed.is_set():
                    what = (f"was killed after {timeout_s:.0f} s, "
                            + ("without printing the marker" if seen is None else "still running after the marker"))
                else:
                    what = "never printed the marker" if seen is None else f"exited {status} after the marker"
                raise BenchError(f"{' '.join(map(str, args))} {what} ({marker!r}):\n"
                                 f"{_tail(''.join(lines) + err.read())}")
            return seen

    def median(self, measure: Callable[[], float], repeat: int | None = None, warmup: int | None = None) -> float:
        """Median of ``repeat`` measurements after ``warmup`` unmeasured runs."""
        for _ in range(self.warmup if warmup is None else warmup):
            measure()
        return statistics.median(measure() for _ in range(self.repeat if repeat is None else repeat))


def _tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def discover(only: Sequence[str] = ()) -> list[tuple[str, object]]:
    modules = []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if only and name not in only and path.stem not in only:
            continue
        spec = importlib.util.spec_from_file_location(f"frontdesk_bench.{name}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if not callable(getattr(module, "run", None)):
            raise SystemExit(f"{path}: no run(ctx) function")
        modules.append((name, module))
    return modules


def _unit(name: str) -> str:
    for suffix, unit in (("_s", "s"), ("_ms", "ms"), ("_mb", "MB"), ("_ratio", "x"), ("ratio", "x")):
        if name.endswith(suffix):
            return unit
    return ""


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if abs(value) < 100 else f"{value:.1f}"


def table(results: Mapping[str, float], baseline: Mapping[str, float]) -> str:
    rows = [("figure", "value", "unit", "previous", "new/prev")]
    for name, value in results.items():
        old = baseline.get(name)
        ratio = f"{value / old:.2f}" if isinstance(old, int | float) and old else "-"
        rows.append((name, _fmt(value), _unit(name), _fmt(old) if isinstance(old, int | float) else "-", ratio))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, row in enumerate(rows):
        cells = zip(row, widths, strict=True)
        out.append("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(cells)))
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results.json", help="results file (JSON)")
    parser.add_argument("--baseline", type=Path, help="results to compare with (default: the previous --out)")
    parser.add_argument("--only", action="append", default=[], metavar="MODULE",
                        help="run only this module (e.g. startup); repeatable")
    parser.add_argument("--repeat", type=int, default=5, help="measured runs per repeated figure (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs before them (default 1)")
    parser.add_argument("--residents", type=int, default=100_000,
                        help="size of the seeded demo database (default 100000; the figure names assume it)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (databases, logs)")
    args = parser.parse_args(argv)

    baseline_path = args.baseline or args.out
    baseline: dict[str, float] = {}
    if baseline_path.is_file():
        try:
            baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"(baseline {baseline_path} unreadable: {exc})", file=sys.stderr)

    modules = discover(args.only)
    if not modules:
        print("no benchmark module selected", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="frontdesk-bench-"))
    ctx = Context(root=ROOT, workdir=workdir, repeat=args.repeat, warmup=args.warmup, residents=args.residents)
    print(f"Frontdesk benchmarks: python {platform.python_version()} ({ctx.python}), {os.cpu_count()} CPUs, "
          f"work folder {workdir}", flush=True)

    results: dict[str, float] = {}
    failures: list[str] = []
    try:
        for name, module in modules:
            start = time.perf_counter()
            print(f"- {name} ...", end=" ", flush=True)
            try:
                figures = module.run(ctx)
            except Exception as exc:
                print("FAILED")
                detail = str(exc) if isinstance(exc, BenchError) else traceback.format_exc()
                failures.append(f"{name}: {detail}")
                continue
            results.update({k: float(v) for k, v in figures.items()})
            print(f"{time.perf_counter() - start:.1f} s")
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    print()
    print(table(results, baseline))
    if results:
        merged = {**baseline, **results} if args.only and baseline_path == args.out else results
        args.out.write_text(json.dumps(merged, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwritten to {args.out}")
    for failure in failures:
        print(f"\nFAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
