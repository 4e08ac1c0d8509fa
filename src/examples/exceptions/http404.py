from django.conf import settings
from django.db import models
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.test import Client
from django.urls import path


class Recipe(models.Model):
    title = models.CharField(max_length=50)


Recipe.objects.create(title="Borscht")


# en: get_object_or_404() turns Recipe.DoesNotExist into Http404.
# ru: get_object_or_404() превращает Recipe.DoesNotExist в Http404.
# es: get_object_or_404() convierte Recipe.DoesNotExist en Http404.
def recipe(request, pk):
    return HttpResponse(get_object_or_404(Recipe, pk=pk).title)


urlpatterns = [path("recipes/<int:pk>/", recipe)]
settings.ROOT_URLCONF = __name__

client = Client()
print(client.get("/recipes/1/").text)
print(client.get("/recipes/2/").status_code)
