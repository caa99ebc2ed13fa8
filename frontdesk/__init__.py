"""Frontdesk core: everything the desk does, importable and testable without Qt."""

__version__ = "0.1.0"
