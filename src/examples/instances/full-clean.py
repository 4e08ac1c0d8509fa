from django.db import models
from django.core.exceptions import ValidationError


class Room(models.Model):
    code = models.CharField(max_length=4, unique=True)
    seats = models.IntegerField()
    floor = models.IntegerField(default=0)

    def clean(self):
        print("clean() runs too")
        if self.floor < 0:
            raise ValidationError("Rooms below ground are not bookable.")


Room.objects.create(code="A1", seats=10)

# en: save() validates nothing: full_clean() is called by hand.
# ru: save() ничего не проверяет: full_clean() вызывают вручную.
# es: save() no valida nada: full_clean() se llama a mano.
room = Room(code="A1", seats="many", floor=-1)
try:
    room.full_clean()
except ValidationError as error:
    # en: A single ValidationError collects what every step found.
    # ru: Один ValidationError собирает всё, что нашёл каждый шаг.
    # es: Una única ValidationError reúne lo que encontró cada paso.
    print(error.message_dict)

# en: Excluded fields are neither cleaned nor checked for uniqueness.
# ru: Исключённые поля пропускаются и при проверке значений, и при проверке уникальности.
# es: Los campos excluidos no se limpian ni se comprueban en cuanto a unicidad.
exclude = ["code", "seats"]
room.floor = 2
room.full_clean(exclude=exclude)
print("valid without", exclude)
