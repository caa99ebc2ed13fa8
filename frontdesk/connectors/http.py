"""The HTTP client every remote call goes through: explicit timeouts, one session, no hidden retries.

Retries of anything that changes a remote state belong to the outbox, not to the transport.
"""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_S = 3.05
USER_AGENT = "Frontdesk (guichet assisté)"


@lru_cache(maxsize=1)
def session():  # -> requests.Session; requests is imported lazily, off the start-up path
    import requests

    # urllib3 logs request lines at DEBUG, query strings included: tracking URLs carry prefill tokens.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    s = requests.Session()
    s.headers["User-Agent"] = USER_AGENT
    return s


def probe(base_url: str, timeout_s: float = 5.0) -> bool:
    """Is the remote platform reachable right now? Any HTTP answer counts: the network works."""
    import requests

    try:
        session().head(base_url, timeout=(min(CONNECT_TIMEOUT_S, timeout_s), timeout_s), allow_redirects=False)
    except requests.RequestException as exc:
        log.info("network probe failed: %s", type(exc).__name__)
        return False
    return True
