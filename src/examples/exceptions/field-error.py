from django.db import models
from django.core.exceptions import FieldError


class Article(models.Model):
    headline = models.CharField(max_length=100)
    pub_date = models.DateField()


# en: Every query below names something the model lacks.
# ru: Каждый запрос ниже называет то, чего у модели нет.
# es: Cada consulta de abajo nombra algo que el modelo no tiene.
attempts = [
    ("unknown field", lambda: list(Article.objects.filter(headlin="Hi"))),
    ("unknown lookup", lambda: list(Article.objects.filter(headline__startswith_ci="Hi"))),
    ("join on a plain field", lambda: list(Article.objects.filter(pub_date__author=1))),
    ("bad order_by", lambda: list(Article.objects.order_by("-rating"))),
]
for label, attempt in attempts:
    try:
        attempt()
    except FieldError as error:
        print(f"{label}:", repr(error))
