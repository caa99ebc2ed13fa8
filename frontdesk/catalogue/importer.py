"""A supervisor adds a procedure definition to the commune's catalogue folder.

The file is read once, checked, and the same bytes are written under ``<id>.toml`` (the id is checked by
the loader, so the name can never leave the folder); a definition with a problem, an id already in the
catalogue or an oversized file is refused, and nothing is written.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from frontdesk.catalogue.loader import MAX_FILE_BYTES, parse_bytes
from frontdesk.catalogue.model import Catalogue, CatalogueProblem, Procedure
from frontdesk.errors import FrontdeskError

log = logging.getLogger(__name__)


class CatalogueImportError(FrontdeskError):
    """Why a definition was not imported; ``problems`` lists a definition's faults."""

    code = "catalogue.import_invalid"

    def __init__(self, code: str, problems: tuple[CatalogueProblem, ...] = (), **params: object) -> None:
        super().__init__(code, **params)
        self.problems = problems


def import_definition(source: Path, target_dir: Path, catalogue: Catalogue) -> tuple[Procedure, Path]:
    """Check ``source`` and copy it into ``target_dir``; returns the procedure and where it was written."""
    if source.suffix.lower() != ".toml":
        raise CatalogueImportError("catalogue.import_not_toml", path=str(source))
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise CatalogueImportError("catalogue.import_too_large", path=str(source), max_kib=MAX_FILE_BYTES // 1024)
        data = source.read_bytes()
    except OSError as exc:
        raise CatalogueImportError("catalogue.import_unreadable", path=str(source),
                                   detail=exc.strerror or str(exc)) from exc
    procedure, problems = parse_bytes(data, str(source))
    if procedure is None:
        raise CatalogueImportError("catalogue.import_invalid", tuple(problems), path=str(source), count=len(problems))
    target_dir = target_dir.resolve()
    target = (target_dir / f"{procedure.id}.toml").resolve()
    if target.parent != target_dir:  # pragma: no cover - the id pattern has no separator; kept as a guard
        raise CatalogueImportError("catalogue.import_invalid", path=str(source), count=1)
    if catalogue.get(procedure.id) is not None or target.exists():
        raise CatalogueImportError("catalogue.import_duplicate", procedure=procedure.id)
    target_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target_dir, prefix=".import-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    log.info("catalogue definition %s imported (revision %s)", procedure.id, procedure.revision)
    return procedure, target
