from django.db import models
from django.core.exceptions import ValidationError


class Parcel(models.Model):
    weight = models.IntegerField()
    size = models.CharField(max_length=1, choices={"S": "Small", "L": "Large"})
    note = models.CharField(max_length=20, blank=True)


# en: A valid value is converted to the field's Python type.
# ru: Допустимое значение приводится к типу поля в Python.
# es: Un valor válido se convierte al tipo de Python del campo.
parcel = Parcel(weight="12", size="S")
parcel.clean_fields()
print(repr(parcel.weight))

# en: The errors arrive as a dict with a list for each field.
# ru: Ошибки приходят словарём, со списком для каждого поля.
# es: Los errores llegan como un diccionario con una lista por cada campo.
broken = Parcel(weight="heavy", size="XL", note="x" * 25)
try:
    broken.clean_fields()
except ValidationError as error:
    for field, messages in error:
        print(field, messages)

# en: exclude leaves fields out, for example the ones a form does not show.
# ru: exclude пропускает поля — например, те, которых нет в форме.
# es: exclude deja fuera campos, por ejemplo los que un formulario no muestra.
broken.clean_fields(exclude=["weight", "size", "note"])
print("nothing left to check")
