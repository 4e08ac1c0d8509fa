import { models } from 'django/db';
import { print } from 'python/builtins';

class Article extends models.Model {
  title = models.CharField({ max_length: 100 });
  summary = models.TextField();
  body = models.TextField();

  // en: When one deferred field is read, load all the deferred ones at once.
  // ru: Когда читается одно отложенное поле, загружаем сразу все отложенные.
  // es: Cuando se lee un campo diferido, cargar todos los diferidos de una sola vez.
  override refresh_from_db(options: models.RefreshOptions = {}): void {
    let fields = options.fields ? [...options.fields] : null;
    const deferred = this.get_deferred_fields();
    if (fields && fields.some((name) => deferred.has(name))) {
      fields = [...fields, ...deferred];
    }
    super.refresh_from_db({ ...options, fields });
  }
}

Article.objects.create({ title: 'Tides', summary: 'Short', body: 'Long' });
const article = Article.objects.only('title').get();
print(article.get_deferred_fields());
print(article.summary);
print(article.get_deferred_fields(), article.body);
