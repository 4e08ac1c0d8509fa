import { models } from 'django/db';
import { print } from 'python/builtins';

class Page extends models.Model {
  slug = models.CharField({ max_length: 50 });
  views = models.IntegerField({ default: 0 });
}

const page = Page.objects.create({ slug: 'home', views: 41 });

// en: Someone else counts a visit in the meantime.
// ru: Тем временем кто-то другой засчитывает посещение.
// es: Entretanto, otro proceso cuenta una visita.
Page.objects.filter({ pk: page.pk }).update({ views: 50 });

// en: Python: page.views = F('views') + 1. The database adds 1 to its own value, not to 41.
// ru: На Python: page.views = F('views') + 1. База прибавляет 1 к своему значению, а не к 41.
// es: En Python: page.views = F('views') + 1. La base de datos suma 1 a su propio valor, no a 41.
page.views = models.F('views').add(1) as never;
page.save();

// en: Since 6.0 the new value is read back on save, so views is a number again.
// ru: Начиная с 6.0 новое значение читается обратно при сохранении, и views снова число.
// es: Desde 6.0, el valor nuevo se vuelve a leer al guardar, así que views vuelve a ser un número.
print(page.views);
