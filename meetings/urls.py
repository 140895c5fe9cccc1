from django.urls import path

from meetings import views

app_name = "meetings"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("timeline.json", views.timeline_data, name="timeline-data"),
    path("people/suggest.json", views.people_suggest, name="people-suggest"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting"),
    path("people/<int:pk>/", views.person_detail, name="person"),
    path("encounters/", views.encounters, name="encounters"),
    path("articles/", views.article_list, name="articles"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
]
