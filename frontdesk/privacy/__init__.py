"""Roles, password hashing, secrets and everything else that protects residents' data."""
