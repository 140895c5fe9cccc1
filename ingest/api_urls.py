from django.urls import include, path
from rest_framework.routers import DefaultRouter

from ingest.api import ArticleViewSet

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("articles", ArticleViewSet, basename="ingest-article")

urlpatterns = [path("", include(router.urls))]
