"""A brake on password guessing: failed logins are counted per name and per client.

Within a sliding window (15 minutes), a name with ``max_per_name`` failed logins, or a client
address with ``max_per_client``, is locked out until its oldest failure leaves the window: the
login page then answers 429 without checking the password, even a right one. A successful login
clears its name's count. Locked-out answers are the same for known and unknown names.

The counts live in the server process (one ``wetscan review serve``), not in the store; a restart
clears them. Their number is bounded: the oldest keys are dropped first when ``max_keys`` is
reached. Behind a proxy every client has the proxy's address and shares its count.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

WINDOW_SECONDS = 15 * 60
MAX_FAILURES_PER_NAME = 5
MAX_FAILURES_PER_CLIENT = 20
MAX_KEYS = 10_000


@dataclass
class LoginThrottle:
    """Failed logins per ``("name", name)`` and ``("client", address)`` key, in a sliding window."""

    max_per_name: int = MAX_FAILURES_PER_NAME
    max_per_client: int = MAX_FAILURES_PER_CLIENT
    window: float = WINDOW_SECONDS
    max_keys: int = MAX_KEYS
    clock: Callable[[], float] = time.monotonic
    _failures: OrderedDict[tuple[str, str], deque[float]] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def retry_after(self, name: str, client: str) -> int:
        """Seconds until ``name`` from ``client`` may try again (0: now)."""
        now = self.clock()
        with self._lock:
            waits = [
                self._wait(("name", name), self.max_per_name, now),
                self._wait(("client", client), self.max_per_client, now),
            ]
        return max(waits)

    def failed(self, name: str, client: str) -> None:
        """Count a failed login of ``name`` from ``client``."""
        now = self.clock()
        with self._lock:
            for key in (("name", name), ("client", client)):
                times = self._failures.pop(key, None) or deque()
                times.append(now)
                self._failures[key] = times  # most recently failed last
            while len(self._failures) > self.max_keys:
                self._failures.popitem(last=False)

    def succeeded(self, name: str) -> None:
        """A right password for ``name``: its failures are forgiven (the client's are not)."""
        with self._lock:
            self._failures.pop(("name", name), None)

    def _wait(self, key: tuple[str, str], limit: int, now: float) -> int:
        times = self._failures.get(key)
        if not times:
            return 0
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) < limit:
            return 0
        return max(1, math.ceil(times[-limit] + self.window - now))
