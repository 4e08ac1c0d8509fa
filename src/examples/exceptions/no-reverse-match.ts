import { HttpResponse } from 'django/http';
import { path, reverse, NoReverseMatch } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { print } from 'python/builtins';

function detail(): HttpResponse {
  return new HttpResponse('person');
}
install_urlconf('mysite.urls', { urlpatterns: [path('people/<int:pk>/', detail, { name: 'people-detail' })] });

print(reverse('people-detail', { kwargs: { pk: 7 } }));
// en: A misspelled name, then an argument the int converter rejects.
// ru: Имя с опечаткой, затем аргумент, который не принимает конвертер int.
// es: Un nombre mal escrito y, después, un argumento que el conversor int rechaza.
const attempts: Array<() => string> = [
  () => reverse('person-detail', { kwargs: { pk: 7 } }),
  () => reverse('people-detail', { kwargs: { pk: 'ada' } }),
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (error) {
    if (!(error instanceof NoReverseMatch)) throw error;
    print(error);
  }
}
