from django.db import models
from django.core.exceptions import FieldDoesNotExist


class Place(models.Model):
    name = models.CharField(max_length=50)


class Restaurant(Place):
    serves_pizza = models.BooleanField(default=False)


# en: get_field() searches the model and its parents.
# ru: get_field() ищет поле в модели и в её родителях.
# es: get_field() busca en el modelo y en sus padres.
print(repr(Restaurant._meta.get_field("name")))

# en: A name asked for by a form or a serializer may not exist: check it first.
# ru: Имени, которое просит форма или сериализатор, может не быть: сначала проверьте.
# es: Un nombre pedido por un formulario o un serializador puede no existir: conviene comprobarlo antes.
for name in ["serves_pizza", "rating"]:
    try:
        Restaurant._meta.get_field(name)
        print(name, "is a field")
    except FieldDoesNotExist as error:
        print(repr(error))
