from django.urls import include, path
from rest_framework.routers import DefaultRouter

from meetings.api import MeetingViewSet, PersonViewSet, PlaceViewSet

router = DefaultRouter()
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("people", PersonViewSet, basename="person")
router.register("places", PlaceViewSet, basename="place")

urlpatterns = [path("", include(router.urls))]
