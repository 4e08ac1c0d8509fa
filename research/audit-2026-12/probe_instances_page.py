"""Claims of the instances page (audit findings b8, b9, b10, b18, b19, b20, and the sections the
audit found thinner than Django's)."""

from setup import case, create_tables

from django.core.exceptions import ValidationError
from django.db import connection, connections, models, transaction
from django.db.models import DEFERRED
from django.db.models.signals import post_delete, pre_delete


class Reading(models.Model):
    count = models.IntegerField()
    flag = models.BooleanField()
    label = models.CharField(max_length=10)
    note = models.CharField(max_length=10, null=True)
    stamp = models.IntegerField(db_default=5)
    size = models.IntegerField(default=3)

    class Meta:
        app_label = "probe"

    def clean(self):
        print("  clean() called with no arguments; count is", repr(self.count))
        if self.count is not None and self.count < 0:
            raise ValidationError({"count": "negative"})


class Tag(models.Model):
    class Meta:
        app_label = "probe"


class Volume(models.Model):
    tags = models.ManyToManyField(Tag)

    class Meta:
        app_label = "probe"


class Shelf(models.Model):
    class Meta:
        app_label = "probe"


class Slot(models.Model):
    shelf = models.ForeignKey(Shelf, on_delete=models.DB_CASCADE)

    class Meta:
        app_label = "probe"


class Priced(models.Model):
    net = models.IntegerField()
    gross = models.GeneratedField(expression=models.F("net") * 2, output_field=models.IntegerField(), db_persist=True)

    class Meta:
        app_label = "probe"


class Owner(models.Model):
    class Meta:
        app_label = "probe"


class Ticket(models.Model):
    subject = models.CharField(max_length=100)
    owner = models.ForeignKey(Owner, on_delete=models.CASCADE)

    class Meta:
        app_label = "probe"

    @classmethod
    def from_db(cls, db, field_names, values, *, fetch_mode=None):
        instance = super().from_db(db, field_names, values, fetch_mode=fetch_mode)
        instance._loaded_values = {n: v for n, v in zip(field_names, values, strict=True) if v is not DEFERRED}
        return instance

    def save(self, **kwargs):
        if not self._state.adding and self.owner_id != self._loaded_values["owner_id"]:
            raise ValueError("Changing the owner of a ticket isn't allowed")
        super().save(**kwargs)


create_tables(Reading, using=("default", "other"))
create_tables(Owner, Ticket)
create_tables(Tag, Volume, Shelf, Slot, Priced)

print("--- b10: values of omitted fields")
r = Reading()
for name in ("id", "count", "flag", "label", "note", "stamp", "size"):
    value = getattr(r, name)
    print(f"  {name}: {type(value).__name__ + ' instance' if hasattr(value, 'resolve_expression') else repr(value)}")

print("--- b8: full_clean(exclude=...) and clean()")
r = Reading(count=-1, flag=True, label="x")
try:
    r.full_clean(exclude={"count"})
except ValidationError as e:
    print("  full_clean(exclude={'count'}):", e.message_dict)

print("--- b9: save() without using")
Reading.objects.using("other").create(count=1, flag=True, label="o")
loaded = Reading.objects.using("other").get()
loaded.label = "changed"
loaded.save()
print("  _state.db after save():", loaded._state.db)
print(
    "  rows on default:",
    Reading.objects.using("default").count(),
    "rows on other:",
    Reading.objects.using("other").values_list("label", flat=True)[0],
)
fresh = Reading(count=2, flag=False, label="n")
fresh.save()
print("  a new instance saves to:", fresh._state.db)

print("--- an UPDATE that matches nothing falls back to INSERT")
stale = Reading.objects.get(pk=fresh.pk)
Reading.objects.filter(pk=fresh.pk).delete()
with connection.execute_wrapper(
    lambda execute, sql, params, many, context: (
        print("  sql:", sql.split(" ")[0]) or execute(sql, params, many, context)
    )
):
    stale.save()
print("  row back:", Reading.objects.filter(pk=fresh.pk).exists())

print("--- b20: select_for_update() outside a transaction on SQLite")
case("list(Reading.objects.select_for_update())", lambda: len(list(Reading.objects.select_for_update())))
print("  has_select_for_update on SQLite:", connection.features.has_select_for_update)

print("--- b18: delete signals")


seen = []
pre_delete.connect(lambda sender, **kw: seen.append(("pre", sender.__name__)), weak=False)
post_delete.connect(lambda sender, **kw: seen.append(("post", sender.__name__)), weak=False)

a, b = Tag.objects.create(), Tag.objects.create()
v = Volume.objects.create()
v.tags.set([a, b])
result = v.delete()
print("  delete() with two m2m rows:", result)
print("  signals:", seen)
seen.clear()
shelf = Shelf.objects.create()
Slot.objects.create(shelf=shelf)
Slot.objects.create(shelf=shelf)
result = shelf.delete()
print("  delete() with two DB_CASCADE rows:", result, "slots left:", Slot.objects.count())
print("  signals:", seen)

print("--- b19: who calls serializable_value()")
import pathlib  # noqa: E402

import django  # noqa: E402

root = pathlib.Path(django.__file__).parent
for path in sorted(root.rglob("*.py")):
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if ".serializable_value(" in line:
            print(f"  {path.relative_to(root)}:{number}")

print("--- clean_fields() and a GeneratedField")


p = Priced(net=3)
case("clean_fields() with gross unset", lambda: p.clean_fields())

print("--- a ModelForm validates its own fields only")
from django import forms  # noqa: E402


class ReadingForm(forms.ModelForm):
    class Meta:
        model = Reading
        fields = ["label"]


form = ReadingForm(data={"label": "f"})
print("  is_valid():", form.is_valid(), "count on the instance:", repr(form.instance.count))
case("instance.full_clean() afterwards", lambda: form.instance.full_clean())

print("--- the from_db() example with owner_id deferred")
Ticket.objects.create(subject="jam", owner=Owner.objects.create())
case("Ticket.objects.only('subject').get().save()", lambda: Ticket.objects.only("subject").get().save())
