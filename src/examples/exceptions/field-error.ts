import { models } from 'django/db';
import { FieldError } from 'django/core/exceptions';
import { print, repr } from 'python/builtins';

class Article extends models.Model {
  headline = models.CharField({ max_length: 100 });
  pub_date = models.DateField();
}

// en: Each query below names something the model does not have.
// ru: Каждый запрос ниже называет то, чего в модели нет.
// es: Cada una de las consultas de abajo menciona algo que no existe en el modelo.
const attempts: Array<[string, () => unknown]> = [
  ['unknown field', () => Article.objects.filter({ headlin: 'Hi' }).list()],
  ['unknown lookup', () => Article.objects.filter({ headline__startswith_ci: 'Hi' }).list()],
  ['join on a plain field', () => Article.objects.filter({ pub_date__author: 1 }).list()],
  ['bad order_by', () => Article.objects.order_by('-rating').list()],
];
for (const [label, attempt] of attempts) {
  try {
    attempt();
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    print(`${label}:`, repr(error));
  }
}
