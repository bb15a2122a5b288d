"""`manage.py grant_app_role ROLE`: let the portal run as a database role that owns nothing.

Run it as the role that owns the tables (the one `migrate` runs as) after every `migrate`; it
may be run again at any time and always leaves the same privileges. ROLE gets what the portal
needs on every table and sequence of the schema, also on tables a later migration creates
(default privileges), except on two tables:

- the access log (`consent_accesslogentry`, NEN 7513): SELECT and INSERT; UPDATE of `client_id`
  alone, for the unlink when a client is erased; DELETE, for retention. The trigger allows that
  unlink only for a client whose row is gone, and that delete only for entries older than five
  years. As ROLE owns nothing, it cannot disable or drop the triggers; without the TRUNCATE
  privilege it cannot empty the table; and `session_replication_role`, which silences triggers,
  needs a superuser;
- `django_migrations`: SELECT only; the owner records migrations.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction

ACCESS_LOG = "consent_accesslogentry"
MIGRATIONS = "django_migrations"


class Command(BaseCommand):
    help = (
        "Grant ROLE what the portal needs to run on PostgreSQL without owning its tables: "
        "everything on the app's tables, but on the access log only reading, appending, the "
        "unlink of an erased client and retention. Run it as the owner after every migrate."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("role", help="The existing login role the portal connects as.")

    def handle(self, *args: Any, role: str, **options: Any) -> None:
        if connection.vendor != "postgresql":
            raise CommandError(
                "Database roles exist only on PostgreSQL (DATABASE_URL=postgresql://…); this "
                f"portal uses {connection.vendor}."
            )
        with transaction.atomic(), connection.cursor() as cursor:
            grantee, schema, database, owners = examine(cursor, role)
            for statement in statements(grantee, schema, database, owners):
                cursor.execute(statement)
            cursor.execute(
                "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
            )
            (tables,) = cursor.fetchone()
        self.stdout.write(
            f"The role {role} may use the portal's {tables} tables; on {ACCESS_LOG} it may only "
            "read, append, unlink the entries of an erased client and remove entries past "
            "retention. Connect the portal as this role; run migrate (and then this command) "
            "as the owner."
        )


def examine(cursor, role: str) -> tuple[str, str, str, list[str]]:
    """The quoted names of the role, the schema, the database and the tables' owners; refuses
    a role that could take the owner's place."""
    cursor.execute(
        "SELECT quote_ident(rolname), rolsuper, rolcreaterole FROM pg_catalog.pg_roles "
        "WHERE rolname = %s",
        [role],
    )
    found = cursor.fetchone()
    if found is None:
        raise CommandError(
            f"There is no role {role!r}: create it first (CREATE ROLE … LOGIN PASSWORD …), "
            "then run this command again."
        )
    grantee, superuser, createrole = found
    if superuser or createrole:
        raise CommandError(
            f"{role} is a superuser or may create roles, so it could lift any restriction: "
            "the portal's role needs neither."
        )
    cursor.execute(
        "SELECT quote_ident(current_schema()), quote_ident(current_database()), "
        "to_regclass(%s) IS NOT NULL",
        [ACCESS_LOG],
    )
    schema, database, migrated = cursor.fetchone()
    if not migrated:
        raise CommandError(f"There is no table {ACCESS_LOG}: run migrate first.")
    cursor.execute(
        "SELECT DISTINCT quote_ident(tableowner), pg_has_role(%s, tableowner, 'MEMBER') "
        "FROM pg_catalog.pg_tables WHERE schemaname = current_schema()",
        [role],
    )
    owners = cursor.fetchall()
    if any(member for _, member in owners):
        raise CommandError(
            f"{role} owns the portal's tables or is a member of their owner, so it could "
            "disable the access log's triggers: give the portal a role of its own."
        )
    return grantee, schema, database, [owner for owner, _ in owners]


def statements(grantee: str, schema: str, database: str, owners: list[str]) -> list[str]:
    dml = "SELECT, INSERT, UPDATE, DELETE"
    return [
        f"GRANT CONNECT ON DATABASE {database} TO {grantee}",
        f"GRANT USAGE ON SCHEMA {schema} TO {grantee}",
        f"REVOKE CREATE ON SCHEMA {schema} FROM {grantee}",
        f"GRANT {dml} ON ALL TABLES IN SCHEMA {schema} TO {grantee}",
        # None of these belongs to running the portal; take back any granted before.
        f"REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA {schema} FROM {grantee}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {grantee}",
        *(
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} "
            f"GRANT {dml} ON TABLES TO {grantee}"
            for owner in owners
        ),
        *(
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} "
            f"GRANT USAGE, SELECT ON SEQUENCES TO {grantee}"
            for owner in owners
        ),
        f"REVOKE ALL ON {schema}.{MIGRATIONS} FROM {grantee}",
        f"GRANT SELECT ON {schema}.{MIGRATIONS} TO {grantee}",
        # Revoking the table's privileges takes back its column privileges too.
        f"REVOKE ALL ON {schema}.{ACCESS_LOG} FROM {grantee}",
        f"GRANT SELECT, INSERT, DELETE ON {schema}.{ACCESS_LOG} TO {grantee}",
        f"GRANT UPDATE (client_id) ON {schema}.{ACCESS_LOG} TO {grantee}",
    ]
