"""The timeline's newest-first pages: ORDER BY start_date DESC NULLS LAST, id DESC over visible meetings.

PostgreSQL only: SQLite cannot declare NULLS LAST in an index, and its embedded databases are small.
"""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS meeting_newest_idx ON meetings_meeting "
    "(start_date DESC NULLS LAST, id DESC) WHERE NOT rejected"
)
DROP = "DROP INDEX IF EXISTS meeting_newest_idx"


def _on_postgres(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("meetings", "0004_filter_indexes")]

    operations = [migrations.RunPython(_on_postgres(CREATE), _on_postgres(DROP))]
