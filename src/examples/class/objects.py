from django.db import models


class PublishedManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(published=True)


class Article(models.Model):
    title = models.CharField(max_length=80)
    published = models.BooleanField(default=False)
    objects = models.Manager()
    published_objects = PublishedManager()


Article.objects.create(title="Draft")
live = Article.objects.create(title="Live", published=True)

# en: objects returns every row; the custom manager filters its base queryset.
# ru: objects возвращает все строки; собственный менеджер фильтрует базовый QuerySet.
# es: objects devuelve todas las filas; el gestor personalizado filtra su QuerySet base.
print(Article.objects.count(), Article.published_objects.count())

# en: A manager lives on the class; an instance cannot reach it.
# ru: Менеджер живёт в классе, и из экземпляра до него не добраться.
# es: Un gestor vive en la clase; una instancia no puede acceder a él.
try:
    print(live.objects)
except AttributeError as error:
    print(error)
