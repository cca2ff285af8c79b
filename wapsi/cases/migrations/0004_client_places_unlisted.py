from django.db import migrations, models


class Migration(migrations.Migration):
    """Room for what was written before the managed lists, when it matches no entry (0005)."""

    dependencies = [
        ("cases", "0003_consent_explained"),
    ]

    operations = [
        migrations.AddField(
            model_name="client",
            name="district_unlisted",
            field=models.CharField(blank=True, editable=False, max_length=100),
        ),
        migrations.AddField(
            model_name="client",
            name="country_returned_from_unlisted",
            field=models.CharField(blank=True, editable=False, max_length=60),
        ),
    ]
