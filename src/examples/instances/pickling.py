import pickle
import warnings

import django
from django.db import models


class Cart(models.Model):
    owner = models.CharField(max_length=30)
    items = models.IntegerField(default=0)


cart = Cart.objects.create(owner="lee", items=2)
data = pickle.dumps(cart)

# en: Unpickling brings back the state that was pickled, not what the row holds now.
# ru: Распаковка возвращает сохранённое состояние, а не то, что сейчас в строке.
# es: Deserializar con pickle devuelve el estado que se serializó, no lo que la fila contiene ahora.
Cart.objects.filter(pk=cart.pk).update(items=9)
copy = pickle.loads(data)
print(copy.items, copy == cart, copy._state.adding, copy._state.db)

# en: A pickle stamped by another Django version still loads, with a RuntimeWarning.
# ru: Pickle-данные с пометкой другой версии Django загружаются, но выдают RuntimeWarning.
# es: Un pickle marcado con otra versión de Django se sigue cargando, pero con una advertencia RuntimeWarning.
foreign = data.replace(django.__version__.encode(), b"5.2.9")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    pickle.loads(foreign)
for warning in log:
    print(f"{warning.category.__name__}: {warning.message}")
