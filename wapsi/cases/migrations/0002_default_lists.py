"""The managed lists start with sensible entries; administrators change them in the admin."""

from django.db import migrations

TOPICS = [
    ("legal-migration", "Legal migration routes"),
    ("job-offer-contract", "Job offer or contract check"),
    ("visa", "Visas and documents"),
    ("pre-departure", "Pre-departure orientation"),
    ("irregular-risks", "Risks of irregular migration"),
    ("study-scholarship", "Study and scholarships"),
    ("return", "Return and reintegration"),
    ("psychosocial", "Psychosocial support"),
    ("other", "Other"),
]
# Illustrative starting indicators, one line each; replace with the programme's own
# (for example the indicators of IOM's Reintegration Sustainability Survey).
INDICATORS = [
    ("economic", "Has a regular source of income"),
    ("economic", "Can cover basic household needs"),
    ("social", "Has access to health care"),
    ("social", "Has the identity and civil documents needed"),
    ("psychosocial", "Feels accepted by family and community"),
    ("psychosocial", "Copes with daily stress"),
]


def forwards(apps, schema_editor):
    SessionTopic = apps.get_model("cases", "SessionTopic")
    Indicator = apps.get_model("cases", "Indicator")
    for order, (slug, name) in enumerate(TOPICS):
        SessionTopic.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})
    for order, (dimension, label) in enumerate(INDICATORS):
        Indicator.objects.get_or_create(dimension=dimension, label=label, defaults={"order": order})


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
