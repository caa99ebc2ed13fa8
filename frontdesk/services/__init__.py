"""Use cases. Each write runs in one unit of work and journals itself."""
