"""The domain: people, places, articles, meetings, their participants and the reports behind them."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from meetings.querysets import ArticleQuerySet, MeetingQuerySet, PersonQuerySet, ReportQuerySet


class CuratedHistory(HistoricalRecords):
    """History of what people change: a save or delete made by a curation service (which marks the row)
    or during a web request is copied; the extractor's own writes in a worker are not, which keeps
    re-runs fast (the reports, participants and flags it rewrites are derived, not decided)."""

    def _by_people(self, instance) -> bool:
        return getattr(instance, "_history_curated", False) or getattr(HistoricalRecords.context, "request", None) is not None

    def post_save(self, instance, created, using=None, **kwargs):
        if self._by_people(instance):
            super().post_save(instance, created, using=using, **kwargs)

    def post_delete(self, instance, using=None, **kwargs):
        if self._by_people(instance):
            super().post_delete(instance, using=using, **kwargs)


class Status(models.TextChoices):
    POSSIBLE = "possible", "possible"
    PLANNED = "planned", "planned"
    HELD = "held", "held"
    POSTPONED = "postponed", "postponed"
    CANCELLED = "cancelled", "cancelled"
    RULED_OUT = "ruled_out", "ruled out"


class Mode(models.TextChoices):
    IN_PERSON = "in_person", "in person"
    PHONE = "phone", "phone call"
    VIDEO = "video", "video call"


class Precision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"
    UNKNOWN = "unknown", "unknown"


class Person(models.Model):
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, db_index=True, editable=False)  # normalize.name_key(name)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2")
    role = models.CharField(max_length=200, blank=True, help_text="current role, e.g. Foreign Minister")
    # "name", "country", "role": set by a curator, never overwritten by what articles say
    locked_fields = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def is_locked(self, field: str) -> bool:
        return field in (self.locked_fields or [])


class Alias(models.Model):
    """Every spelling of a person's name that an article or a curator used."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, editable=False)  # normalize.name_key(name)
    surname = models.CharField(max_length=100, editable=False)  # normalize.surname_key(name)
    created_at = models.DateTimeField(auto_now_add=True)

    history = CuratedHistory()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "aliases"
        constraints = [models.UniqueConstraint(fields=["person", "name"], name="alias_unique_per_person")]
        indexes = [
            models.Index(fields=["key"], name="alias_key_idx"),  # resolving a full name to a person
            models.Index(fields=["surname"], name="alias_surname_idx"),  # resolving a surname alone
        ]

    def __str__(self):
        return self.name


class RoleSpell(models.Model):
    """A role a person was reported in, with the first and last publication dates that say so."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=200)
    country = models.CharField(max_length=2, blank=True)
    first_seen = models.DateField(null=True, blank=True)
    last_seen = models.DateField(null=True, blank=True)

    history = CuratedHistory()

    class Meta:
        ordering = ["first_seen"]
        constraints = [models.UniqueConstraint(fields=["person", "role", "country"], name="role_unique_per_person")]

    def __str__(self):
        return f"{self.role} ({self.country})" if self.country else self.role


class Place(models.Model):
    class Kind(models.TextChoices):
        CITY = "city", "city"
        COUNTRY = "country", "country"
        REGION = "region", "region"
        VENUE = "venue", "venue"

    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, editable=False)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.CITY)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2")
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    geonameid = models.PositiveIntegerField(null=True, blank=True)

    history = CuratedHistory()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["key", "country", "kind"], name="place_unique")]

    def __str__(self):
        return f"{self.name}, {self.country}" if self.country and self.kind != self.Kind.COUNTRY else self.name


class Article(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "pending"
        PROCESSING = "processing", "processing"
        DONE = "done", "done"
        FAILED = "failed", "failed"

    url = models.URLField(max_length=2000, null=True, blank=True)  # canonical: tracking params and fragment stripped
    content_hash = models.CharField(max_length=64, editable=False)  # sha256 of the normalised text or html
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    published = models.DateField(null=True, blank=True)
    published_precision = models.CharField(max_length=10, choices=Precision.choices, default=Precision.DAY)
    text = models.TextField(blank=True, help_text="the text as submitted")
    html = models.TextField(blank=True, help_text="the HTML as submitted or fetched")
    clean_text = models.TextField(blank=True, help_text="the text extraction read, page chrome removed")
    state = models.CharField(max_length=12, choices=State.choices, default=State.PENDING)
    error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    source = models.CharField(max_length=20, blank=True, help_text="api, cli, feed, url")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    state_changed_at = models.DateTimeField(null=True, blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=Q(url__isnull=False), name="article_url_unique"),
            models.UniqueConstraint(fields=["content_hash"], name="article_content_hash_unique"),
        ]
        indexes = [
            # the sweeper: articles stuck in pending/processing, oldest first
            models.Index(fields=["state", "state_changed_at"], name="article_state_idx"),
            # reprocess --outdated: articles made by an older extractor
            models.Index(fields=["extractor_version"], name="article_extractor_idx"),
        ]

    def __str__(self):
        return self.title or self.url or f"article {self.pk}"

    @property
    def web_url(self) -> str:
        """The URL when a browser may follow it (http or https), else "": never a javascript: link."""
        return self.url if self.url and self.url.lower().startswith(("http://", "https://")) else ""


class Meeting(models.Model):
    # Fields a curator can set by hand; a name in `locked_fields` is never overwritten by extraction.
    LOCKABLE = ("status", "dates", "place", "occasion", "participants", "mode")

    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=10, choices=Precision.choices, default=Precision.UNKNOWN)
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings")
    occasion = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.HELD)
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.IN_PERSON)
    topic = models.CharField(max_length=300, blank=True)
    verified = models.BooleanField(default=False, help_text="a curator confirmed this meeting")
    rejected = models.BooleanField(default=False, help_text="a false positive: hidden, kept for audit")
    locked_fields = models.JSONField(default=list, blank=True)
    report_count = models.PositiveIntegerField(default=0, editable=False)  # kept by services
    last_reported = models.DateField(null=True, blank=True, editable=False)  # newest report's publication
    first_reported = models.DateField(null=True, blank=True, editable=False)  # oldest report's publication
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MeetingQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["report_count", "last_reported", "first_reported", "updated_at"])

    class Meta:
        ordering = ["start_date", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True) | Q(end_date__isnull=True) | Q(start_date__lte=F("end_date")),
                name="meeting_dates_in_order",
            ),
        ]
        indexes = [
            # the timeline and the date filters: visible meetings in date order
            models.Index(fields=["rejected", "start_date", "id"], name="meeting_timeline_idx"),
            # meeting_newest_idx (migration 0005, PostgreSQL only): the timeline's newest-first pages
            models.Index(fields=["status"], name="meeting_status_idx"),  # ?status=
            models.Index(fields=["updated_at"], name="meeting_updated_idx"),  # ?ordering=-updated
            models.Index(fields=["verified"], name="meeting_verified_idx"),  # ?verified=
            models.Index(fields=["mode"], name="meeting_mode_idx"),  # ?mode=
        ]

    def __str__(self):
        when = self.start_date.isoformat() if self.start_date else "undated"
        return f"meeting {self.pk} ({when}, {self.status})"

    def is_locked(self, field: str) -> bool:
        return field in (self.locked_fields or [])


class Participant(models.Model):
    """A person on a meeting, or an unnamed party known only by role and country."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participants")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=2, blank=True)

    history = CuratedHistory()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=Q(person__isnull=False) | ~Q(country=""), name="participant_has_identity"),
            models.UniqueConstraint(fields=["meeting", "person"], condition=Q(person__isnull=False), name="participant_person_once"),
            models.UniqueConstraint(fields=["meeting", "country"], condition=Q(person__isnull=True), name="participant_party_once"),
        ]
        indexes = [
            models.Index(fields=["person", "meeting"], name="participant_person_idx"),  # involving()
            models.Index(fields=["country", "meeting"], name="participant_country_idx"),  # ?country=
        ]

    def __str__(self):
        if self.person_id:
            return str(self.person)
        return f"{self.role or 'official'} of {self.country}"


class Report(models.Model):
    """One article's account of one meeting: the provenance of every meeting field."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="reports")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="reports")
    position = models.PositiveSmallIntegerField(default=0)  # order within the article
    signature = models.CharField(max_length=300, editable=False)  # participants + date: finds it again on re-runs
    status = models.CharField(max_length=12, choices=Status.choices)
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.IN_PERSON)
    participants = models.JSONField(default=list)  # [{name, role, country, person_id}] as extracted
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=10, choices=Precision.choices, default=Precision.UNKNOWN)
    date_text = models.CharField(max_length=200, blank=True)
    date_reason = models.CharField(max_length=300, blank=True)
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports")
    place_text = models.CharField(max_length=200, blank=True)
    occasion = models.CharField(max_length=300, blank=True)
    topic = models.CharField(max_length=300, blank=True)
    evidence = models.TextField()
    evidence_start = models.PositiveIntegerField(default=0)
    evidence_end = models.PositiveIntegerField(default=0)
    cues = models.JSONField(default=dict, blank=True)
    confidence = models.FloatField(default=0.5)
    extractor_version = models.CharField(max_length=40, blank=True)
    merge_reason = models.CharField(max_length=300, blank=True)
    pinned = models.BooleanField(default=False, help_text="a curator placed this report on its meeting")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ReportQuerySet.as_manager()
    # Where a report sits and who moved it; the evidence itself never changes and is not copied.
    history = CuratedHistory(excluded_fields=["evidence", "cues", "created_at"])

    class Meta:
        ordering = ["article__published", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="report_position_unique"),
            models.CheckConstraint(
                condition=Q(start_date__isnull=True) | Q(end_date__isnull=True) | Q(start_date__lte=F("end_date")),
                name="report_dates_in_order",
            ),
        ]
        indexes = [models.Index(fields=["meeting", "article"], name="report_meeting_idx")]  # a meeting's sources

    def __str__(self):
        return f"report {self.pk} of {self.article_id} on meeting {self.meeting_id}"


class StatusStep(models.Model):
    """One step of a meeting's status trail: what a source said on the date it was published."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="trail")
    date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices)
    report = models.ForeignKey(Report, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    curator = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date", "id"]

    def __str__(self):
        return f"{self.date}: {self.status}"


class ReviewFlag(models.Model):
    """Something about a meeting that a human should look at first."""

    class Kind(models.TextChoices):
        LOW_CONFIDENCE = "low_confidence", "low confidence"
        CONFLICT = "conflict", "conflicting reports"
        NEW_PERSON = "new_person", "new person"
        WEAK_MERGE = "weak_merge", "merge on weak evidence"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="flags")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    detail = models.CharField(max_length=300, blank=True)
    resolved = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    history = CuratedHistory()

    class Meta:
        ordering = ["resolved", "-created_at"]
        constraints = [models.UniqueConstraint(fields=["meeting", "kind"], name="flag_once_per_kind")]
        indexes = [models.Index(fields=["resolved", "kind"], name="flag_queue_idx")]  # the review queue

    def __str__(self):
        return f"{self.get_kind_display()} on meeting {self.meeting_id}"
