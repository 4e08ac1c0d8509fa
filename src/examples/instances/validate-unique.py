from django.db import models
from django.core.exceptions import ValidationError
import datetime


class Booking(models.Model):
    reference = models.CharField(max_length=8, unique=True)
    room = models.CharField(max_length=4)
    night = models.DateField()
    guest = models.CharField(max_length=30, unique_for_date="night")

    class Meta:
        unique_together = [["room", "night"]]


Booking.objects.create(reference="BK-1", room="101", night=datetime.date(2026, 7, 1), guest="Ann")

clash = Booking(reference="BK-1", room="101", night=datetime.date(2026, 7, 1), guest="Ann")
try:
    clash.validate_unique()
except ValidationError as error:
    print(error.message_dict)

# en: Leaving room out drops the room-and-night check; leaving guest out drops its date check.
# ru: Без room пропадает проверка комнаты и ночи, без guest — проверка по дате.
# es: Si se deja fuera room, desaparece la comprobación de habitación y noche; si se deja fuera guest, la de su fecha.
try:
    clash.validate_unique(exclude=["room", "guest"])
except ValidationError as error:
    print(error.message_dict)
