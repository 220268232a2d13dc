"""The queue of submissions as the user sees it: a Qt item model over the store's
TaskRecords (``model.QueueModel``), kept current by the engine bridge, and a
proxy that shows only some statuses (``model.QueueFilter``). Views only display."""
