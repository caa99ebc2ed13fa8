"""Where the agent saves a file (an export, the record of processing): the system's own file dialogs,
behind two functions so tests can answer for the agent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, name: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), "PDF (*.pdf)")
    return Path(path) if path else None


def ask_folder(parent: QWidget, title: str) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(path) if path else None
