"""Alembic migration scripts.

``HEAD_REVISION`` lets start-up see that the schema is current without importing Alembic; a test
checks it against the scripts.
"""

HEAD_REVISION = "0009"
