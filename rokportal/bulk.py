"""How many rows one bulk insert may carry.

PostgreSQL numbers a statement's parameters with 16 bits, and the portal binds them server-side
(settings: DATABASES OPTIONS, `server_side_binding`), so a statement with more than 65535 fails
("number of parameters must be between 0 and 65535"). Django splits a `bulk_create` into batches
by such a limit only on SQLite and Oracle: every one that may carry many rows passes
`batch_size=batch_size(model)`.
"""

from django.db import models

MAX_PARAMETERS = 65535


def batch_size(model: type[models.Model]) -> int:
    """Rows per INSERT of `model` such that none binds more than MAX_PARAMETERS parameters (one
    per concrete field and row; Django's UNNEST form, where it applies, binds fewer)."""
    return max(1, MAX_PARAMETERS // len(model._meta.concrete_fields))
