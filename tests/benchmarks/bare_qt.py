"""The smallest PySide6 window program: the start-up floor the application is compared with.

It prints the same marker as ``frontdesk --smoke`` when its main window is first shown, then quits
with status 0. Run by bench_startup.py; not a test.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

MARKER = "frontdesk-smoke: main window shown"


class Window(QMainWindow):
    announced = False

    def showEvent(self, event):
        super().showEvent(event)
        if not self.announced:
            self.announced = True
            print(MARKER, flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv)
    window = Window()
    window.setWindowTitle("bare Qt")
    window.resize(1024, 700)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
