"""Resolving the people and places that extraction names to one row each."""

from __future__ import annotations

from datetime import date

from django.db.models import F, Value
from django.db.models.functions import Coalesce, Greatest, Least

from meetings.models import Alias, Person, Place, RoleSpell
from meetings.normalize import name_key, name_tokens, place_key, surname_key
from meetings.types import PartyData, PlaceData


def _first_names_agree(a: list[str], b: list[str]) -> bool:
    """'mike pompeo' ~ 'michael pompeo', 'sergei lavrov' ~ 'lavrov', 'tayyip erdogan' ~ 'recep tayyip erdogan' (a given
    name of the fuller one); 'raul castro' !~ 'fidel castro'."""
    fa, fb = a[:-1], b[:-1]
    if not fa or not fb:
        return True
    x, y = fa[0], fb[0]
    if x == y or x.startswith(y) or y.startswith(x) or x[0] == y[0]:
        return True
    shorter, longer = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    return len(shorter) < len(longer) and all(len(w) > 2 and w in longer for w in shorter)


def _best(candidates: list[Person], party: PartyData) -> Person | None:
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    agreeing = [p for p in candidates if party.country and p.country == party.country]
    if len(agreeing) == 1:
        return agreeing[0]
    agreeing = [p for p in candidates if party.role and p.role.lower() == party.role.lower()]
    if len(agreeing) == 1:
        return agreeing[0]
    return None  # ambiguous: better a new person than a wrong merge


def _pick(exact: list[Person], party: PartyData) -> Person:
    """Of the people who have this exact spelling (oldest first), the one meant."""
    return exact[0] if len(exact) == 1 else (_best(exact, party) or exact[0])


def person_find(*, party: PartyData, spelling_unknown: bool = False) -> Person | None:
    """The known person a party names, or None. `spelling_unknown`: the caller has just read that nobody
    has this exact spelling, so only the looser rules are tried."""
    key = name_key(party.name or "")
    if not key:
        return None
    if not spelling_unknown:
        # oldest first: of two people sharing a spelling the one known longer is usually the one meant (and
        # ranking by meetings would count every meeting of the most-met people on every mention)
        exact = list(Person.objects.filter(aliases__key=key).order_by("pk").distinct()[:5])
        if exact:
            return _pick(exact, party)
    tokens = name_tokens(party.name or "")
    surname = surname_key(party.name or "")
    candidates = {a.person_id: a.person for a in Alias.objects.filter(surname=surname).select_related("person")}
    if len(tokens) == 1:
        # a name of one word ("Xi", "Lavrov") may be a surname or, in Chinese order, the first word
        for alias in Alias.objects.filter(key__startswith=tokens[0] + " ").select_related("person"):
            candidates.setdefault(alias.person_id, alias.person)
    else:
        # a person known so far by one word of this name ("Xi" before "Xi Jinping")
        for alias in Alias.objects.filter(key__in=tokens).select_related("person"):
            candidates.setdefault(alias.person_id, alias.person)
        if len(tokens) >= 3:
            # a fuller form of this name, with a family name after it ("Faisal bin Farhan" of "Faisal bin Farhan Al Saud")
            for alias in Alias.objects.filter(key__startswith=key + " ").select_related("person")[:5]:
                candidates.setdefault(alias.person_id, alias.person)
    matches = []
    for person in candidates.values():
        known = name_tokens(person.name)
        if not _first_names_agree(tokens, known):
            continue
        if party.country and person.country and party.country != person.country:
            continue
        matches.append(person)
    return _best(matches, party)


def person_resolve(*, party: PartyData, seen_on: date | None = None) -> tuple[Person, bool]:
    """The one Person for a named party, created when nobody matches; every new spelling becomes an alias."""
    return people_resolve(parties=[party], seen_on=seen_on)[0]


class PeopleCache:
    """What resolving people and places has read, kept across the articles of one batch.

    A worker's batch often names the same people again and again; with the cache each is read once.
    A row a curator changes or deletes meanwhile is handled where it matters: a person's locks are read
    again before a mention changes the person, and a batch whose article fails on a row gone under it
    retries that article with a new cache (`ingest.services.articles_process_batch`).
    """

    def __init__(self):
        self.exact: dict[str, list[Person]] = {}  # a spelling's key -> the people who have it, oldest first
        self.people: dict[int, Person] = {}
        self.aliases: dict[int, set[str]] = {}
        self.spells: dict[tuple[int, str, str], RoleSpell] = {}
        self.spells_read: set[int] = set()
        self.places: dict[tuple[str, str, str], Place] = {}
        self.current: set[int] = set()  # the people read for the article being resolved
        self.just_read: set[str] = set()  # the spellings read from the database for that article

    def learnt(self, key: str, person: Person) -> None:
        """A spelling now also names this person (an alias was added): known to the cache if it read the key."""
        found = self.exact.get(key)
        if found is not None and person not in found:
            found.append(person)

    def read(self, keys: set[str]) -> None:
        """The people known by these spellings, with all their aliases and roles (three queries at most)."""
        missing = keys - set(self.exact)
        self.current = set()
        self.just_read = missing
        if missing:
            known_by = Alias.objects.filter(key__in=missing).values("person_id")
            for alias in Alias.objects.filter(person_id__in=known_by).select_related("person").order_by("person_id", "pk"):
                person = self.people.setdefault(alias.person_id, alias.person)
                self.current.add(person.pk)
                self.aliases.setdefault(person.pk, set()).add(alias.name)
                if alias.key in missing:
                    found = self.exact.setdefault(alias.key, [])
                    if person not in found and len(found) < 5:
                        found.append(person)
            for key in missing:
                self.exact.setdefault(key, [])
        unread = set(self.people) - self.spells_read
        if unread:
            for spell in RoleSpell.objects.filter(person_id__in=unread):
                self.spells[spell.person_id, spell.role, spell.country] = spell
            self.spells_read |= unread

    def knew(self, person: Person) -> None:
        """A person found or made for a spelling the cache had not seen."""
        self.people.setdefault(person.pk, person)
        self.current.add(person.pk)
        if person.pk not in self.aliases:
            self.aliases[person.pk] = set(person.aliases.values_list("name", flat=True))
        if person.pk not in self.spells_read:
            for spell in RoleSpell.objects.filter(person=person):
                self.spells[spell.person_id, spell.role, spell.country] = spell
            self.spells_read.add(person.pk)


def people_resolve(
    *, parties: list[PartyData], seen_on: date | None = None, cache: PeopleCache | None = None
) -> list[tuple[Person, bool]]:
    """`person_resolve` for each of an article's named parties, in order, in a few queries.

    The people known by an exact spelling, their aliases and their roles are read once for all the
    parties (and, with a `cache`, once for a whole batch of articles); a party with a spelling nobody has
    goes through `person_find`'s looser rules, one by one.
    """
    cache = cache if cache is not None else PeopleCache()
    cache.read({name_key(p.name or "") for p in parties} - {""})
    out = []
    for party in parties:
        key = name_key(party.name or "")
        found = cache.exact.get(key)
        person = cache.people[_pick(found, party).pk] if found else person_find(party=party, spelling_unknown=key in cache.just_read)
        created = person is None
        if created:
            person = Person.objects.create(
                name=party.name, name_key=name_key(party.name), country=party.country, role=party.role
            )
            # nobody else can see this person yet: its aliases and role need no look-up first
            spellings = sorted(s for s in {party.name, *party.aliases} if s and name_key(s))
            Alias.objects.bulk_create(Alias(person=person, name=s, key=name_key(s), surname=surname_key(s)) for s in spellings)
            cache.people[person.pk], cache.aliases[person.pk] = person, set(spellings)
            cache.spells_read.add(person.pk)
            cache.current.add(person.pk)
            for s in spellings:
                cache.learnt(name_key(s), person)
            if party.role:
                cache.spells[person.pk, party.role, party.country] = RoleSpell.objects.create(
                    person=person, role=party.role, country=party.country, first_seen=seen_on, last_seen=seen_on
                )
            out.append((person, created))
            continue
        if not found:
            cache.knew(person)
            person = cache.people[person.pk]
        _learn(person, party, read_before=person.pk not in cache.current)
        known = cache.aliases[person.pk]
        for spelling in {party.name, *party.aliases} - known:
            if spelling and name_key(spelling):
                Alias.objects.get_or_create(
                    person=person, name=spelling, defaults={"key": name_key(spelling), "surname": surname_key(spelling)}
                )
                known.add(spelling)
                cache.learnt(name_key(spelling), person)
        if party.role:
            _role_seen(person, party, seen_on, cache.spells)
        out.append((person, created))
    return out


def _learn(person: Person, party: PartyData, read_before: bool = False) -> None:
    """What a new mention teaches about a known person: a fuller name, a country, the current role.

    A person `read_before` (for an earlier article of the batch) has its fields and locks read again
    before anything is changed, so that a field a curator has just locked stays as the curator set it."""
    def wanted() -> list[str]:
        fields = []
        # a fuller spelling ("Donald Trump" after "Trump") becomes the canonical name
        if not person.is_locked("name") and len(name_tokens(party.name)) > len(name_tokens(person.name)):
            fields += ["name", "name_key"]
        if party.country and not person.country and not person.is_locked("country"):
            fields.append("country")
        if party.role and party.role != person.role and not person.is_locked("role"):
            fields.append("role")
        return fields

    if not wanted():
        return
    if read_before:
        person.refresh_from_db(fields=["name", "name_key", "country", "role", "locked_fields"])
    changed = wanted()
    if "name" in changed:
        person.name, person.name_key = party.name, name_key(party.name)
    if "country" in changed:
        person.country = party.country
    if "role" in changed:
        person.role = party.role
    if changed:
        person.save(update_fields=changed + ["updated_at"])


def _role_seen(person: Person, party: PartyData, seen_on: date | None, spells: dict) -> None:
    """Remember that the person held this role on that day (the first and last days it was seen)."""
    key = (person.pk, party.role, party.country)
    spell = spells.get(key)
    if spell is None:
        spell, made = RoleSpell.objects.get_or_create(
            person=person, role=party.role, country=party.country, defaults={"first_seen": seen_on, "last_seen": seen_on},
        )
        spells[key] = spell
        if made:
            return
    if seen_on:
        first = min(filter(None, [spell.first_seen, seen_on]))
        last = max(filter(None, [spell.last_seen, seen_on]))
        if (first, last) != (spell.first_seen, spell.last_seen):
            spell.first_seen, spell.last_seen = first, last
            # widen in SQL, so that a span another worker widened meanwhile is not narrowed again
            RoleSpell.objects.filter(pk=spell.pk).update(
                first_seen=Least(Coalesce(F("first_seen"), Value(seen_on)), Value(seen_on)),
                last_seen=Greatest(Coalesce(F("last_seen"), Value(seen_on)), Value(seen_on)),
            )


def place_resolve(*, place: PlaceData) -> Place:
    obj, _ = Place.objects.get_or_create(
        key=place_key(place.name),
        country=(place.country or "").upper(),
        kind=place.kind or Place.Kind.CITY,
        defaults={
            "name": place.name,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "geonameid": place.geonameid,
        },
    )
    return obj
