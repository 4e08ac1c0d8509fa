from django.db import models


class Shirt(models.Model):
    size = models.CharField(max_length=1, choices={"S": "Small", "M": "Medium", "L": "Large"})
    colour = models.CharField(
        max_length=5,
        # en: Pairs and named groups work as well; the groups are flattened.
        # ru: Подходят и пары, и именованные группы; группы разворачиваются.
        # es: También sirven los pares y los grupos con nombre; los grupos se aplanan.
        choices=[("Warm", [("red", "Red"), ("ochre", "Ochre")]), ("Cool", [("teal", "Teal")])],
    )


shirt = Shirt.objects.create(size="L", colour="teal")
print(repr(shirt.size))
print(repr(shirt.get_size_display()))
print(repr(shirt.get_colour_display()))

# en: A value that is not among the choices is returned unchanged.
# ru: Значение не из списка choices возвращается как есть.
# es: Un valor que no está entre las opciones se devuelve sin cambios.
shirt.size = "X"
print(repr(shirt.get_size_display()))
