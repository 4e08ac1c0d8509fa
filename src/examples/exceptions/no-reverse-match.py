from django.conf import settings
from django.http import HttpResponse
from django.urls import NoReverseMatch, path, reverse


def detail(request, pk):
    return HttpResponse("person")


urlpatterns = [path("people/<int:pk>/", detail, name="people-detail")]
settings.ROOT_URLCONF = __name__

print(reverse("people-detail", kwargs={"pk": 7}))
# en: A misspelled name, then an argument the int converter rejects.
# ru: Имя с опечаткой, затем аргумент, который не принимает конвертер int.
# es: Un nombre mal escrito y, después, un argumento que el conversor int rechaza.
attempts = [
    lambda: reverse("person-detail", kwargs={"pk": 7}),
    lambda: reverse("people-detail", kwargs={"pk": "ada"}),
]
for attempt in attempts:
    try:
        attempt()
    except NoReverseMatch as error:
        print(error)
