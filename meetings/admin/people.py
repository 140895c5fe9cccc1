"""People (aliases inline, roles, merges) and places in the admin."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Count, Prefetch
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from meetings.admin.common import fail, link
from meetings.admin.meetings import MergeForm
from meetings.models import Alias, Person, Place, RoleSpell
from meetings.services import curation
from meetings.services.curation import CurationError

# --- People and places ------------------------------------------------------------------------------


class AliasFormSet(forms.BaseInlineFormSet):
    def save(self, commit=True):
        """Aliases are added and removed through the services (their lookup keys follow the name)."""
        user = self.user
        for f in self.deleted_forms:
            if f.instance.pk:
                curation.alias_delete(alias=f.instance, user=user)
        for f in self.forms:
            if f in self.deleted_forms or not f.has_changed() or not f.cleaned_data.get("name"):
                continue
            if f.instance.pk:
                curation.alias_delete(alias=Alias.objects.get(pk=f.instance.pk), user=user)
            curation.person_add_alias(person=self.instance, name=f.cleaned_data["name"], user=user)
        self.new_objects, self.changed_objects, self.deleted_objects = [], [], []
        return []


class AliasInline(admin.TabularInline):
    model = Alias
    formset = AliasFormSet
    fields = ["name", "created_at"]
    readonly_fields = ["created_at"]
    extra = 1


class RoleInline(admin.TabularInline):
    model = RoleSpell
    fields = ["role", "country", "first_seen", "last_seen"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = "roles reported"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "country", "role", "spellings", "meetings"]
    list_filter = ["country"]
    search_fields = ["name", "aliases__name", "role"]
    fields = ["name", "country", "role", "locked_fields"]
    readonly_fields = ["locked_fields"]
    inlines = [AliasInline, RoleInline]
    actions = ["merge_people"]
    ordering = ["name", "id"]  # explicit: a GROUP BY query ignores Meta.ordering (the autocomplete pages it)

    def get_queryset(self, request):
        return (
            super().get_queryset(request)
            .annotate(n_meetings=Count("participations"))
            .prefetch_related(Prefetch("aliases", queryset=Alias.objects.order_by("name")))
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_delete_permission(self, request, obj=None):
        return False  # one person recorded twice is merged, never deleted

    @admin.display(description="aliases")
    def spellings(self, person):
        return ", ".join(a.name for a in person.aliases.all())

    @admin.display(description="meetings", ordering="n_meetings")
    def meetings(self, person):
        url = reverse("admin:meetings_meeting_changelist") + f"?q={person.name}"
        return format_html('<a href="{}">{}</a>', url, person.n_meetings)

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        curation.person_set_fields(person=obj, name=data["name"], country=data["country"], role=data["role"], user=request.user)

    def save_formset(self, request, form, formset, change):
        formset.user = request.user
        formset.save()

    @admin.action(description="Merge selected people…", permissions=["change"])
    def merge_people(self, request, queryset):
        people = list(queryset.order_by("-n_meetings", "pk"))
        if len(people) < 2:
            self.message_user(request, "Select at least two people to merge.", messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, queryset=queryset, initial={"target": people[0]})
        if form.is_valid():
            target = form.cleaned_data["target"]
            try:
                curation.person_merge(target=target, others=[p for p in people if p.pk != target.pk], user=request.user)
            except CurationError as exc:
                return fail(self, request, exc)
            self.message_user(request, format_html("Merged {} people into {}.", len(people), link(target)), messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge people",
            "opts": self.model._meta,
            "form": form,
            "objects": people,
            "action": "merge_people",
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "post_url": request.get_full_path(),
        }
        return TemplateResponse(request, "admin/meetings/person/merge.html", context)


class PlaceForm(forms.ModelForm):
    class Meta:
        model = Place
        fields = ["name", "kind", "country", "latitude", "longitude", "geonameid"]

    def clean(self):
        data = super().clean()
        if data.get("name"):
            probe = Place(pk=self.instance.pk, name=data["name"], country=data.get("country") or "", kind=data.get("kind"))
            clash = curation.place_clash(place=probe)
            if clash is not None:
                raise forms.ValidationError(f"{clash} already exists (place {clash.pk}).")
        return data


@admin.register(Place)
class PlaceAdmin(SimpleHistoryAdmin):
    form = PlaceForm
    list_display = ["name", "kind", "country", "latitude", "longitude", "meetings"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "key", "country"]
    ordering = ["name", "id"]  # explicit: a GROUP BY query ignores Meta.ordering (the autocomplete pages it)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_meetings=Count("meetings"))

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    @admin.display(description="meetings", ordering="n_meetings")
    def meetings(self, place):
        return place.n_meetings

    def save_model(self, request, obj, form, change):
        curation.place_save(place=obj, user=request.user)
