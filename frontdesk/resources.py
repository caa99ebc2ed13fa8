"""Where the bundled ``resources/`` folder is: beside the packages, in a checkout and in the bundle.

PyInstaller puts the packages and ``resources`` side by side in ``_internal``, just as they sit in the
source tree, so one rule serves both.
"""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
