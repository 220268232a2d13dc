"""The engine: task queue, persistent store, local library of results; no Qt."""
