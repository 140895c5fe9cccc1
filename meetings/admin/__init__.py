"""The admin is the curation tool. Every write it makes goes through `meetings.services.curation`.

The "re-run extraction" action of articles lives in `ingest/admin.py`, which extends ArticleAdmin:
meetings never imports ingest.
"""

from meetings.admin.meetings import MeetingAdmin
from meetings.admin.people import PersonAdmin, PlaceAdmin
from meetings.admin.sources import ArticleAdmin, ReportAdmin, ReviewFlagAdmin

__all__ = ["ArticleAdmin", "MeetingAdmin", "PersonAdmin", "PlaceAdmin", "ReportAdmin", "ReviewFlagAdmin"]
