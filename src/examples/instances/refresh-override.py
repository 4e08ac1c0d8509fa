from django.db import models


class Article(models.Model):
    title = models.CharField(max_length=100)
    summary = models.TextField()
    body = models.TextField()

    # en: Reading one deferred field loads every deferred field at once.
    # ru: Чтение одного отложенного поля загружает сразу все отложенные.
    # es: Leer un campo diferido carga todos los campos diferidos de una vez.
    def refresh_from_db(self, fields=None, **options):
        deferred = self.get_deferred_fields()
        if fields is not None and deferred.intersection(fields):
            fields = [*fields, *deferred]
        super().refresh_from_db(fields=fields, **options)


Article.objects.create(title="Tides", summary="Short", body="Long")
article = Article.objects.only("title").get()
print(article.get_deferred_fields())
print(article.summary)
print(article.get_deferred_fields(), article.body)
