"""Package data: the fitted direction model and its sidecar (see tracker.direction_model)."""
