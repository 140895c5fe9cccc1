"""Name keys leave out regnal numbers from V up ("Mohammed VI" is keyed "mohammed", as "Abdullah II" already was):
recompute the stored keys of the names that hold one, so that the next article's "King Mohammed VI" finds him."""

from django.db import migrations

from meetings.normalize import name_key, surname_key

_ROMAN_WORD = r"(^|[^A-Za-z])[IVX]+([^A-Za-z]|$)"


def recompute(apps, schema_editor):
    Person = apps.get_model("meetings", "Person")
    Alias = apps.get_model("meetings", "Alias")
    people = [p for p in Person.objects.filter(name__regex=_ROMAN_WORD).only("name", "name_key") if p.name_key != name_key(p.name)]
    for p in people:
        p.name_key = name_key(p.name)
    Person.objects.bulk_update(people, ["name_key"], batch_size=500)
    aliases = [a for a in Alias.objects.filter(name__regex=_ROMAN_WORD).only("name", "key", "surname")
               if (a.key, a.surname) != (name_key(a.name), surname_key(a.name))]
    for a in aliases:
        a.key, a.surname = name_key(a.name), surname_key(a.name)
    Alias.objects.bulk_update(aliases, ["key", "surname"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0006_meeting_first_reported")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
