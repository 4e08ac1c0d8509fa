import { models } from 'django/db';
import { AttributeError, print } from 'python/builtins';

class PublishedManager extends models.Manager<Article> {
  override get_queryset(): models.QuerySet<Article> {
    return super.get_queryset().filter({ published: true });
  }
}

class Article extends models.Model {
  title = models.CharField({ max_length: 80 });
  published = models.BooleanField({ default: false });
  static override objects = new models.Manager(this);
  static published_objects = new PublishedManager(this);
}

Article.objects.create({ title: 'Draft' });
const live = Article.objects.create({ title: 'Live', published: true });

// en: objects sees every row; a custom manager narrows the default queryset.
// ru: objects видит все строки; собственный менеджер сужает исходный QuerySet.
// es: objects ve todas las filas; un gestor personalizado acota el QuerySet predeterminado.
print(Article.objects.count(), Article.published_objects.count());

// en: Managers belong to the class: reading one from an instance fails.
// ru: Менеджеры принадлежат классу, и прочитать их из экземпляра нельзя.
// es: Los gestores pertenecen a la clase: leer uno desde una instancia falla.
try {
  print((live as unknown as { objects: unknown }).objects);
} catch (error) {
  if (!(error instanceof AttributeError)) throw error;
  print(error.message);
}
