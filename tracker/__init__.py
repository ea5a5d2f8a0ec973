"""tracker: audit the health claims of popular articles against PubMed.

The public API is `tracker.audit(...)` and `tracker.open_store(path)` (see `tracker.api`).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["audit", "open_store", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy: `import tracker` stays cheap for the CLI's --help and for subprocess workers.
    if name in ("audit", "open_store", "AuditView"):
        from . import api
        return getattr(api, name)
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")
