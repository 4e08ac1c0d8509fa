# The races behind intermittent DoesNotExist, staged deterministically in one process by
# running the steps of "request A" and "process B" in an explicit order.
from probe_django import case, create_tables
from django.db import models, DatabaseError
from django.db.models import F

class Cart(models.Model):
    items = models.IntegerField(default=0)
    class Meta:
        app_label = 'probe'

create_tables(Cart)


# 1. exists() then get()
cart = Cart.objects.create()
print('A exists():', Cart.objects.filter(pk=cart.pk).exists())
print('B delete():', Cart.objects.filter(pk=cart.pk).delete())
case('A get()', lambda: Cart.objects.get(pk=cart.pk))
# fix: one query, handle the miss
print('A filter().first():', Cart.objects.filter(pk=cart.pk).first())

# 2. stale object held in memory (a cache entry) after the row is deleted
cart = Cart.objects.create(items=1)
cached = Cart.objects.get(pk=cart.pk)
Cart.objects.filter(pk=cart.pk).delete()
case('stale.refresh_from_db()', lambda: cached.refresh_from_db())
case('stale.save(update_fields=[items])', lambda: cached.save(update_fields=['items']))
def resurrect():
    cached.items = 5
    cached.save()
    return (Cart.objects.filter(pk=cached.pk).exists(), Cart.objects.get(pk=cached.pk).items)
case('stale.save() (plain)', resurrect)
print('DatabaseError caught by base class:', issubclass(DatabaseError, Exception))

# 3. read-modify-write: lost update, and F()
cart = Cart.objects.create(items=0)
a = Cart.objects.get(pk=cart.pk)
b = Cart.objects.get(pk=cart.pk)
a.items += 1; a.save()
b.items += 1; b.save()
print('two += 1 with stale reads ->', Cart.objects.get(pk=cart.pk).items)
Cart.objects.filter(pk=cart.pk).update(items=0)
Cart.objects.filter(pk=cart.pk).update(items=F('items') + 1)
Cart.objects.filter(pk=cart.pk).update(items=F('items') + 1)
print('two F() updates ->', Cart.objects.get(pk=cart.pk).items)
Cart.objects.filter(pk=cart.pk).delete()
print('F() update on a deleted row returns', Cart.objects.filter(pk=cart.pk).update(items=F('items') + 1))
# update() returns the number of rows matched, not the number whose value changed
kept = Cart.objects.create(items=4)
print('update() writing the value the row already holds returns', Cart.objects.filter(pk=kept.pk).update(items=4))
kept.delete()

# 4. get() returning several rows, and the cap
for _ in range(25):
    Cart.objects.create(items=7)
case('get() 25 matches', lambda: Cart.objects.get(items=7))
Cart.objects.filter(items=7).exclude(pk__in=list(Cart.objects.filter(items=7).values_list('pk', flat=True)[:3])).delete()
case('get() 3 matches', lambda: Cart.objects.get(items=7))
