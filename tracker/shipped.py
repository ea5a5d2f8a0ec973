"""The shipped learned readers' weights: a gzip JSON file checked against the sha256 and the feature
version its sidecar (`*.meta.json`, written by the training script) records, read with the standard library."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

__all__ = ["load_checked"]


def load_checked(model_path: Path, meta_path: Path, feature_version: int, error: type[Exception],
                 what: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(payload, sidecar) of a shipped model; `error` names what is missing, corrupt or stale."""
    try:
        blob = model_path.read_bytes()
        meta = json.loads(meta_path.read_text())
    except OSError as e:
        raise error(f"cannot read the {what}: {e}") from e
    if hashlib.sha256(blob).hexdigest() != meta.get("model_sha256"):
        raise error(f"{model_path} does not match the sha256 in {meta_path}")
    payload = json.loads(gzip.decompress(blob))
    if payload.get("feature_version") != feature_version:
        raise error(f"{model_path} was trained on feature version {payload.get('feature_version')}, "
                    f"this code computes version {feature_version}")
    return payload, meta
