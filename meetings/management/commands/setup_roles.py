"""Create (or bring back in line) the "curator" and "analyst" groups.

curator: everything curation needs in the admin and nothing more — view all; change meetings, people,
places, reports, flags and articles (the actions: verify, reject, merge, split, set by hand, re-run);
edit participants and aliases; add places. No deletes: false positives are rejected, duplicates merged.
analyst: view only.
Run it again after a deploy: the groups are set to exactly these permissions.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

VIEWED = [
    "meetings.meeting", "meetings.person", "meetings.alias", "meetings.rolespell", "meetings.place",
    "meetings.article", "meetings.participant", "meetings.report", "meetings.statusstep", "meetings.reviewflag",
    "ingest.feed", "ingest.feedentry",
]
CURATOR_EXTRA = [
    "meetings.change_meeting",
    "meetings.change_person",
    "meetings.add_person",  # a participant nobody has named yet
    "meetings.add_alias",
    "meetings.delete_alias",  # a wrong spelling
    "meetings.add_participant",
    "meetings.change_participant",
    "meetings.delete_participant",
    "meetings.add_place",
    "meetings.change_place",
    "meetings.change_report",  # split a report off
    "meetings.change_reviewflag",  # resolve a flag
    "meetings.change_article",  # re-run extraction
]


def _view(label: str) -> str:
    app, model = label.split(".")
    return f"{app}.view_{model}"


ROLES = {
    "analyst": sorted(_view(m) for m in VIEWED),
    "curator": sorted({_view(m) for m in VIEWED} | set(CURATOR_EXTRA)),
}


def _permissions(codes: list[str]) -> list[Permission]:
    found = []
    for code in codes:
        app, codename = code.split(".")
        perm = Permission.objects.filter(content_type__app_label=app, codename=codename).first()
        if perm is None:
            raise CommandError(f"no permission {code}: run migrate first")
        found.append(perm)
    return found


class Command(BaseCommand):
    help = 'Create the "curator" and "analyst" groups with exactly the permissions each needs; optionally add users.'

    def add_arguments(self, parser):
        parser.add_argument("--curator", nargs="*", default=[], metavar="USERNAME", help="make these users staff curators")
        parser.add_argument("--analyst", nargs="*", default=[], metavar="USERNAME", help="make these users staff analysts")

    @transaction.atomic
    def handle(self, *args, curator=(), analyst=(), **options):
        groups = {}
        for name, codes in ROLES.items():
            group, created = Group.objects.get_or_create(name=name)
            group.permissions.set(_permissions(codes))
            groups[name] = group
            self.stdout.write(f"{'created' if created else 'updated'} group {name}: {len(codes)} permissions")
        User = get_user_model()
        for role, names in (("curator", curator), ("analyst", analyst)):
            for username in names:
                user = User.objects.filter(username=username).first()
                if user is None:
                    raise CommandError(f"no user {username}")
                user.is_staff = True
                user.save(update_fields=["is_staff"])
                user.groups.add(groups[role])
                self.stdout.write(f"{username}: staff, {role}")
