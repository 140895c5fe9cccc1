"""Every write to the domain goes through a function here (`<entity>_<action>`, keyword-only)."""

from meetings.services.curation import (  # noqa: F401
    meeting_merge,
    meeting_reject,
    meeting_set_fields,
    meeting_verify,
    person_merge,
    report_split,
)
from meetings.services.people import person_resolve, place_resolve  # noqa: F401
from meetings.services.reports import article_record_reports, meeting_refresh  # noqa: F401
