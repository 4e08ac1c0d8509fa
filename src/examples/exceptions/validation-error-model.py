import datetime

from django.db import models
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


class Event(models.Model):
    title = models.CharField(max_length=20)
    starts = models.DateField()
    ends = models.DateField()

    # en: clean() looks at the model as a whole; a plain message belongs to no field.
    # ru: clean() проверяет модель целиком; простое сообщение не относится ни к одному полю.
    # es: clean() examina el modelo en su conjunto; un mensaje simple no pertenece a ningún campo.
    def clean(self):
        if self.ends < self.starts:
            raise ValidationError("The event ends before it starts.", code="dates_reversed")


event = Event(
    title="A very long conference title",
    starts=datetime.date(2026, 5, 2),
    ends=datetime.date(2026, 5, 1),
)
try:
    event.full_clean()
except ValidationError as error:
    # en: full_clean() collects every stage into one error keyed by field.
    # ru: full_clean() собирает все этапы в одну ошибку с ключами по полям.
    # es: full_clean() reúne todas las etapas en un solo error con claves por campo.
    print(error.message_dict)
    print(NON_FIELD_ERRORS, error.error_dict[NON_FIELD_ERRORS][0].code)

# en: save() validates nothing: call full_clean() yourself before saving.
# ru: save() ничего не проверяет: вызывайте full_clean() сами перед сохранением.
# es: save() no valida nada: a full_clean() hay que llamarlo a mano antes de guardar.
event.save()
print(Event.objects.count())
