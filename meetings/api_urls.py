from django.urls import include, path
from rest_framework.renderers import JSONRenderer
from rest_framework.routers import APIRootView, DefaultRouter

from meetings.api import MeetingViewSet, PersonViewSet, PlaceViewSet


class APIRoot(APIRootView):
    """The endpoints of API v1."""

    renderer_classes = [JSONRenderer]


class Router(DefaultRouter):
    APIRootView = APIRoot
    include_format_suffixes = False  # one way to ask for a format: ?format= or Accept
    # listed on the root too, though registered by ingest.api_urls (whose own root view is off)
    elsewhere = {"articles": "ingest-article-list"}

    def get_api_root_view(self, api_urls=None):
        names = {prefix: self.routes[0].name.format(basename=basename) for prefix, _, basename in self.registry}
        return self.APIRootView.as_view(api_root_dict={**names, **self.elsewhere})


router = Router()
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("people", PersonViewSet, basename="person")
router.register("places", PlaceViewSet, basename="place")

urlpatterns = [path("", include(router.urls))]
