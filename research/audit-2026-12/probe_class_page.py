"""Claims of the class page: get()'s LIMIT 21 and the exception it leaves out (audit finding b23).

Only Oracle's backend sets supports_select_for_update_with_limit = False; no Oracle here, so the
probe flips the flag on SQLite's connection to follow the same branch of QuerySet.get().
"""

from setup import case, create_tables

from django.db import connection, models, transaction
from django.db.backends.base.features import BaseDatabaseFeatures


class Item(models.Model):
    n = models.IntegerField()

    class Meta:
        app_label = "probe"


create_tables(Item)
Item.objects.bulk_create([Item(n=1) for _ in range(25)])
print("default supports_select_for_update_with_limit:", BaseDatabaseFeatures.supports_select_for_update_with_limit)
import pathlib  # noqa: E402

import django  # noqa: E402

backends = pathlib.Path(django.__file__).parent / "db" / "backends"
for features in sorted(backends.glob("*/features.py")):
    for line in features.read_text().splitlines():
        if "supports_select_for_update_with_limit" in line:
            print(f"  {features.parent.name}: {line.strip()}")


def last_select(fn):
    sqls = []

    def wrapper(execute, sql, params, many, context):
        sqls.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        case("  get()", fn)
    print("  LIMIT in the query:", "LIMIT" in sqls[-1])


print("get():")
last_select(lambda: Item.objects.get(n=1))
connection.features.supports_select_for_update_with_limit = False
print("select_for_update().get() with the flag off:")
with transaction.atomic():
    last_select(lambda: Item.objects.select_for_update().get(n=1))
print("get() with the flag off, no select_for_update():")
last_select(lambda: Item.objects.get(n=1))
