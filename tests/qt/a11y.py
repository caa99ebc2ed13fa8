"""The accessibility check applied to every window: each focusable control has an accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLabel, QMenuBar, QWidget


def unnamed_controls(window: QWidget) -> list[str]:
    """Describe every visible, keyboard-focusable widget whose accessible name is empty.

    The name is the one assistive technologies read (QAccessible), so a label's buddy or a button's
    text counts, as it does for a screen-reader user.
    """
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # a spin box's inner editor: assistive technologies read the spin box itself
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


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[index + 1].casefold() if 0 <= index < len(stripped) - 1 else None


def duplicate_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter shortcuts used twice on the visible screen: the second one can never be reached."""
    texts = [label.text() for label in window.findChildren(QLabel)
             if label.buddy() is not None and label.isVisibleTo(window)]
    texts += [button.text() for button in window.findChildren(QAbstractButton) if button.isVisibleTo(window)]
    texts += [action.text() for bar in window.findChildren(QMenuBar) for action in bar.actions()]
    seen: dict[str, list[str]] = {}
    for text in texts:
        key = _mnemonic(text)
        if key:
            seen.setdefault(key, []).append(text)
    return {key: found for key, found in seen.items() if len(found) > 1}


def assert_keyboard_friendly(window: QWidget) -> None:
    """Every control named for assistive technologies, and every Alt+letter reaching one control."""
    assert_accessible(window)
    duplicates = duplicate_mnemonics(window)
    assert not duplicates, f"Alt+letter shortcuts used twice: {duplicates}"
