import { models } from 'django/db';
import { ValidationError } from 'django/core/exceptions';
import { print } from 'python/builtins';

class Offer extends models.Model {
  sku = models.CharField({ max_length: 10 });
  price = models.IntegerField();
  discount = models.IntegerField({ default: 0 });

  static Meta = {
    constraints: [
      new models.CheckConstraint({ condition: new models.Q({ price__gt: models.F('discount') }), name: 'price_gt_discount' }),
      new models.UniqueConstraint({ fields: ['sku'], name: 'unique_sku' }),
    ],
  };
}

Offer.objects.create({ sku: 'TEA', price: 5 });

const offer = new Offer({ sku: 'TEA', price: 3, discount: 4 });
try {
  offer.validate_constraints();
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  print(error.message_dict);
}

// en: validate_unique() leaves UniqueConstraint to validate_constraints().
// ru: validate_unique() оставляет UniqueConstraint методу validate_constraints().
// es: validate_unique() deja UniqueConstraint en manos de validate_constraints().
offer.validate_unique();
print('validate_unique() found nothing');

// en: full_clean() can skip this step.
// ru: full_clean() может пропустить этот шаг.
// es: full_clean() puede saltarse este paso.
offer.full_clean({ validate_constraints: false });
print('full_clean(validate_constraints=False) passed');
