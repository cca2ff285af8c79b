"""SQLite: refuse INSERT OR REPLACE over an existing audit entry (see wapsi/audit/db.py).

The install is idempotent, so this adds the new trigger to databases migrated before it."""

from django.db import migrations

from wapsi.audit.db import triggers_install


def forwards(apps, schema_editor):
    triggers_install(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("audit", "0003_more_actions")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
