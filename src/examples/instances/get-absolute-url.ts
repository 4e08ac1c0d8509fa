import { models } from 'django/db';
import { path, reverse } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { print } from 'python/builtins';

function personDetail(): string {
  return 'a view';
}

install_urlconf('mysite.urls', {
  urlpatterns: [path('people/<int:pk>/', personDetail, { name: 'people-detail' })],
});

class Person extends models.Model {
  name = models.CharField({ max_length: 50 });

  // en: Build the canonical URL with reverse() rather than by hand.
  // ru: Канонический адрес строим через reverse(), а не вручную.
  // es: Construir la URL canónica con reverse() y no a mano.
  get_absolute_url(): string {
    return reverse('people-detail', { kwargs: { pk: this.pk } });
  }
}

class Profile extends models.Model {
  name = models.CharField({ max_length: 50 });

  // en: A trap: a URL glued from unvalidated input.
  // ru: Ловушка: адрес, склеенный из непроверенного ввода.
  // es: Una trampa: una URL armada con datos de entrada sin validar.
  get_absolute_url(): string {
    return `/${this.name}/`;
  }
}

const ada = Person.objects.create({ name: 'Ada' });
print(ada.get_absolute_url());

// en: This "relative" URL points to another site.
// ru: Этот «относительный» адрес ведёт на другой сайт.
// es: Esta URL «relativa» apunta a otro sitio.
print(new Profile({ name: '/example.com' }).get_absolute_url());

// en: Model itself does not define the method: each model opts in.
// ru: В самом Model этого метода нет: каждая модель заводит его сама.
// es: El propio Model no define el método: cada modelo decide incluirlo.
print('get_absolute_url' in models.Model.prototype);
