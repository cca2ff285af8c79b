"""Study and project countries become a managed list (wapsi.lib.countries.STUDY_COUNTRIES),
ticked as checkboxes and stored as before: ISO codes, comma-separated.

Existing values are tidied to that form: upper case, no spaces, no repeats, and a country
written by name ("Pakistan", "turkey") becomes its code. A part that is no country of the list
is kept as it was written (nothing is dropped) and the migration names the study or project,
so that an editor can fix it; the form then shows it as a field error until they do.
"""

from __future__ import annotations

from typing import Any

import wapsi.evidence.models
from django.db import migrations, models

from wapsi.lib.countries import ALL_COUNTRIES, STUDY_COUNTRIES, return_country_find


def _code(part: str) -> str:
    upper = part.upper()
    if upper in STUDY_COUNTRIES:
        return upper
    for code, name in ALL_COUNTRIES.items():
        if name.casefold() == part.casefold() and code in STUDY_COUNTRIES:
            return code
    found = return_country_find(part)
    return found if found in STUDY_COUNTRIES else part


def tidy(apps: Any, schema_editor: Any) -> None:
    for model_name in ("Project", "Study"):
        model = apps.get_model("evidence", model_name)
        for item in model.objects.exclude(countries=""):
            parts = [p.strip() for p in item.countries.split(",") if p.strip()]
            codes = list(dict.fromkeys(_code(p) for p in parts))
            unknown = [c for c in codes if c not in STUDY_COUNTRIES]
            if unknown:
                print(  # public records: naming them helps the editor who fixes them
                    f"\n  evidence.{model_name} {item.slug}: not in the list of countries, "
                    f"kept as written: {', '.join(unknown)}"
                )
            value = ",".join(codes)
            if value != item.countries:
                item.countries = value
                item.save(update_fields=["countries"])


class Migration(migrations.Migration):
    dependencies = [
        ("evidence", "0002_study_countries_study_pdf_finding_recommendation"),
    ]

    operations = [
        migrations.AlterField(
            model_name="project",
            name="countries",
            field=models.CharField(
                help_text="ISO codes, comma-separated",
                max_length=200,
                validators=[wapsi.evidence.models._countries_valid],
                verbose_name="countries",
            ),
        ),
        migrations.AlterField(
            model_name="study",
            name="countries",
            field=models.CharField(
                blank=True,
                help_text="ISO codes, comma-separated; empty means the project's countries.",
                max_length=200,
                validators=[wapsi.evidence.models._countries_valid],
                verbose_name="countries",
            ),
        ),
        migrations.RunPython(tidy, migrations.RunPython.noop),
    ]
