"""The Qt binding itself: a day at the desk calls Qt methods millions of times, and must not wear Python out.

PySide6 6.12.0 (abi3 wheel) on Python 3.11 takes a reference from None on every call of a method that
returns nothing, so a long session aborts with "deallocating None"; pyproject.toml keeps it out.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def test_calling_qt_methods_keeps_none_alive(qapp):
    label, font = QLabel(), QFont()
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(str(i % 7))
        font.setPointSizeF(10 + i % 3)
    assert sys.getrefcount(None) >= before - 100  # a real leak would take 40,000 references
