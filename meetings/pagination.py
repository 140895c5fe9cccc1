from django.core.paginator import Paginator
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination as _Base


class _Counted(Paginator):
    """A paginator told the number of objects (already counted some other way): no COUNT query."""

    def __init__(self, object_list, per_page, count: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count = count  # shadows the cached property


class PageNumberPagination(_Base):
    page_size_query_param = "page_size"
    max_page_size = 500

    def paginate_queryset(self, queryset, request, view=None, count: int | None = None):
        """As DRF's, or with `count` given (the caller counted already) without a COUNT query."""
        if count is None:
            return super().paginate_queryset(queryset, request, view)
        self.django_paginator_class = lambda object_list, per_page: _Counted(object_list, per_page, count)
        try:
            return super().paginate_queryset(queryset, request, view)
        finally:
            del self.django_paginator_class

    def get_page_size(self, request):
        """A page size out of range is an error that says so, not silently another size."""
        raw = request.query_params.get(self.page_size_query_param, "").strip()
        if not raw:
            return self.page_size
        if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= self.max_page_size:
            raise ValidationError({self.page_size_query_param: [f"a whole number from 1 to {self.max_page_size}"]})
        return int(raw)

    def get_schema_operation_parameters(self, view):
        params = super().get_schema_operation_parameters(view)
        examples = {self.page_query_param: 2, self.page_size_query_param: 100}
        for param in params:
            name = param["name"]
            param["schema"]["minimum"] = 1
            if name == self.page_size_query_param:
                param["description"] = f"Results per page, at most {self.max_page_size} (default {self.page_size or 50})."
                param["schema"]["maximum"] = self.max_page_size
            param["examples"] = {f"{name}Example": {"value": examples[name], "summary": f"{name} example"}}
        return params
