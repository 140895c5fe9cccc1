"""Meeting.first_reported: the oldest report's publication, stored so that finding the meetings a new
report may join needs no aggregate over every report of every candidate."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def fill(apps, schema_editor):
    Meeting = apps.get_model("meetings", "Meeting")
    Report = apps.get_model("meetings", "Report")
    oldest = (
        Report.objects.filter(meeting=OuterRef("pk"), article__published__isnull=False)
        .order_by("article__published")
        .values("article__published")[:1]
    )
    Meeting.objects.update(first_reported=Subquery(oldest))


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0005_timeline_newest_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="meeting",
            name="first_reported",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
