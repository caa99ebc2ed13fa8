"""The screens of the work area, one module each."""
