from django.db import models
from django.db.models import F


class Page(models.Model):
    slug = models.CharField(max_length=50)
    views = models.IntegerField(default=0)


page = Page.objects.create(slug="home", views=41)

# en: Meanwhile somebody else counts a visit.
# ru: Тем временем кто-то ещё засчитывает посещение.
# es: Mientras tanto, otro proceso registra una visita.
Page.objects.filter(pk=page.pk).update(views=50)

# en: The database adds 1 to the value it holds, not to 41.
# ru: База прибавляет 1 к своему значению, а не к 41.
# es: La base de datos suma 1 al valor que tiene guardado, no a 41.
page.views = F("views") + 1
page.save()

# en: Since 6.0 save() reads the new value back, so views is a number again.
# ru: Начиная с 6.0 save() читает новое значение обратно, и views снова число.
# es: Desde 6.0, save() vuelve a leer el valor nuevo, así que views es otra vez un número.
print(page.views)
