"""Entities and rules that hold whatever the storage or the screen."""
