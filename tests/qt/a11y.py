"""The accessibility check applied to every window: each focusable control has an accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget


def unnamed_controls(window: QWidget) -> list[str]:
    """Describe every visible, keyboard-focusable widget whose accessible name is empty.

    The name is the one assistive technologies read (QAccessible), so a label's buddy or a button's
    text counts, as it does for a screen-reader user.
    """
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not widget.isEnabled() and not isinstance(widget, QAbstractButton):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not (name or "").strip():
            problems.append(f"{type(widget).__name__} objectName={widget.objectName()!r} parent="
                            f"{type(widget.parent()).__name__}")
    return problems


def assert_accessible(window: QWidget) -> None:
    problems = unnamed_controls(window)
    assert not problems, "focusable controls without an accessible name:\n" + "\n".join(problems)
