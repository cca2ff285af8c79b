import wapsi.cases.models
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0005_client_places_to_codes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="client",
            name="district",
            field=models.CharField(
                blank=True,
                choices=wapsi.cases.models.district_choices,
                max_length=16,
                verbose_name="district",
            ),
        ),
        migrations.AlterField(
            model_name="client",
            name="country_returned_from",
            field=models.CharField(
                blank=True,
                choices=wapsi.cases.models.return_country_choices,
                max_length=2,
                verbose_name="country returned from",
            ),
        ),
    ]
