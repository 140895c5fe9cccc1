import sys
from contextlib import nullcontext

from django.core.management.base import BaseCommand

from meetings.exports import export_queryset, iter_jsonl
from meetings.models import Meeting


class Command(BaseCommand):
    help = "Write every meeting with every report as JSON Lines (FORMAT.md's 'what a system hands back')."

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", help="file to write (default: standard output)")
        parser.add_argument("--include-rejected", action="store_true", help="also write meetings curators rejected")

    def handle(self, *args, output=None, include_rejected=False, **options):
        qs = Meeting.objects.all() if include_rejected else Meeting.objects.visible()
        qs = export_queryset(qs.order_by("start_date", "id"))
        with open(output, "w", encoding="utf-8") if output else nullcontext(sys.stdout) as out:
            count = 0
            for line in iter_jsonl(qs.iterator(chunk_size=500)):
                out.write(line)
                count += 1
        if output:
            self.stderr.write(f"{count} meetings written to {output}")
