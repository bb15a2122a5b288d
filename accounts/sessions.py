"""Sessions in the database, moved forward in one statement per request.

SESSION_SAVE_EVERY_REQUEST saves every signed-in request's session (that moves the idle
deadline). Django's database store does that inside a transaction (BEGIN, UPDATE, COMMIT): three
round trips for one UPDATE that is atomic on its own. This store sends the UPDATE alone.
"""

from django.contrib.sessions.backends import db
from django.contrib.sessions.backends.base import UpdateError


class SessionStore(db.SessionStore):
    def save(self, must_create: bool = False) -> None:
        if must_create or self.session_key is None:
            # Creating needs the transaction: a duplicate key must roll back and retry.
            super().save(must_create=must_create)
            return
        updated = self.model.objects.filter(session_key=self.session_key).update(
            session_data=self.encode(self._get_session()),
            expire_date=self.get_expiry_date(),
        )
        if not updated:
            # Deleted meanwhile (signed out in another tab): as Django's own store does.
            raise UpdateError
