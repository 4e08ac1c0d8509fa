import { models } from 'django/db';
import { HttpRequest, HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { get_object_or_404 } from 'django/shortcuts';
import { Client } from 'django/test';
import { print } from 'python/builtins';

class Recipe extends models.Model {
  title = models.CharField({ max_length: 50 });
}
Recipe.objects.create({ title: 'Borscht' });

// en: get_object_or_404() turns Recipe.DoesNotExist into Http404.
// ru: get_object_or_404() превращает Recipe.DoesNotExist в Http404.
// es: get_object_or_404() convierte Recipe.DoesNotExist en Http404.
function recipe(_request: HttpRequest, kwargs: { pk: number }): HttpResponse {
  return new HttpResponse(get_object_or_404(Recipe, { pk: kwargs.pk }).title);
}
install_urlconf('mysite.urls', { urlpatterns: [path('recipes/<int:pk>/', recipe)] });

const client = new Client();
print(client.get('/recipes/1/').text);
print(client.get('/recipes/2/').status_code);
