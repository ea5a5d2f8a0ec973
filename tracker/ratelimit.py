"""One request-rate limiter shared by every E-utilities request of a run.

NCBI allows 3 requests per second per client without an API key and 10 with one, and
answers 429 beyond that. Requests are spaced at least 1/rate apart (measured from when
each one is let through, so a late request never lets the next one catch up), the server's
`Retry-After` and `X-RateLimit-*` headers can push the next slot back or lower the rate, and
the clock and sleep are injectable so tests run on a fake clock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime

__all__ = ["NCBI_RATE_WITH_KEY", "NCBI_RATE_WITHOUT_KEY", "RateLimiter", "retry_after_seconds", "shared_limiter"]

NCBI_RATE_WITHOUT_KEY = 3.0
NCBI_RATE_WITH_KEY = 10.0


class RateLimiter:
    """Thread-safe: `acquire()` blocks until the caller may send its request."""

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        wall_clock: Callable[[], float] = time.time,
    ):
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        self._rate = float(rate)
        self._clock = clock
        self._sleep = sleep
        self._wall_clock = wall_clock
        self._next = float("-inf")  # earliest time the next request may go
        self._lock = threading.Lock()
        self.waited = 0.0  # total seconds spent waiting, for reports and benchmarks
        self.acquired = 0

    @classmethod
    def for_ncbi(cls, has_api_key: bool, **kwargs) -> RateLimiter:
        return cls(NCBI_RATE_WITH_KEY if has_api_key else NCBI_RATE_WITHOUT_KEY, **kwargs)

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def interval(self) -> float:
        return 1.0 / self._rate

    def acquire(self) -> float:
        """Wait for the next slot; return the seconds waited."""
        # Holding the lock while sleeping queues threads in order; each one then reserves
        # the slot after its own actual start time.
        with self._lock:
            now = self._clock()
            wait = self._next - now
            if wait > 0:
                self._sleep(wait)
                now = self._clock()
            self._next = max(self._next, now) + 1.0 / self._rate
            self.acquired += 1
            waited = max(wait, 0.0)
            self.waited += waited
            return waited

    def defer(self, seconds: float) -> None:
        """Let no request go for `seconds` from now (a server's Retry-After)."""
        if seconds <= 0:
            return
        with self._lock:
            self._next = max(self._next, self._clock() + seconds)

    def set_rate(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        with self._lock:
            self._rate = float(rate)

    def observe(self, status: int, headers: Mapping[str, str]) -> float | None:
        """Adjust to a response's rate headers; return its Retry-After in seconds, if any.

        `X-RateLimit-Limit` lowers our rate when the server allows less than we assumed;
        `X-RateLimit-Remaining: 0` or a 429 holds the next request back for one interval;
        `Retry-After` holds all requests back for as long as the server asked.
        """
        limit = _number(headers.get("x-ratelimit-limit"))
        if limit is not None and 0 < limit < self._rate:
            self.set_rate(limit)
        remaining = _number(headers.get("x-ratelimit-remaining"))
        if status == 429 or remaining == 0:
            self.defer(1.0 / self._rate)
        retry_after = retry_after_seconds(headers.get("retry-after"), now=self._wall_clock())
        if retry_after is not None:
            self.defer(retry_after)
        return retry_after


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


_SHARED: dict[tuple[str, bool], RateLimiter] = {}
_SHARED_LOCK = threading.Lock()


def shared_limiter(host: str, has_api_key: bool) -> RateLimiter:
    """The process-wide limiter for one E-utilities host: NCBI counts per client, not per
    backend object, so every backend talking to the same host shares it."""
    key = (host, has_api_key)
    with _SHARED_LOCK:
        limiter = _SHARED.get(key)
        if limiter is None:
            limiter = _SHARED[key] = RateLimiter.for_ncbi(has_api_key)
        return limiter
