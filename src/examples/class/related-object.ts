import { models } from 'django/db';
import { AttributeError, print } from 'python/builtins';
import { classQualname } from 'sandbox/python';

class Customer extends models.Model {
  name = models.CharField({ max_length: 50 });
}

class LoyaltyCard extends models.Model {
  customer = models.OneToOneField(Customer, { on_delete: models.CASCADE });
  points = models.IntegerField({ default: 0 });
}

const bob = Customer.objects.create({ name: 'Bob' });
LoyaltyCard.objects.create({ customer: bob, points: 40 });
const ann = Customer.objects.create({ name: 'Ann' });

// en: Bob has a card, Ann has none yet, so her reverse accessor raises.
// ru: У Bob карта есть, у Ann пока нет, и её обратный атрибут выбрасывает исключение.
// es: Bob tiene una tarjeta; Ann, todavía ninguna, por lo que su accesor inverso lanza una excepción.
print((bob as Customer & { loyaltycard: LoyaltyCard }).loyaltycard.points);
try {
  print((ann as Customer & { loyaltycard: LoyaltyCard }).loyaltycard);
} catch (error) {
  if (!(error instanceof AttributeError)) throw error;
  print(classQualname(error.constructor), '|', String(error));
  print(error instanceof LoyaltyCard.DoesNotExist, error instanceof AttributeError);
}

// en: Being an AttributeError as well is what makes hasattr() answer False.
// ru: Оттого что это ещё и AttributeError, hasattr() отвечает False.
// es: Que también sea una AttributeError es lo que hace que hasattr() responda False.
function hasattr(obj: object, name: string): boolean {
  try {
    void (obj as Record<string, unknown>)[name];
    return true;
  } catch (error) {
    if (error instanceof AttributeError) return false;
    throw error;
  }
}
print(hasattr(ann, 'loyaltycard'));
LoyaltyCard.objects.create({ customer: ann });
print(hasattr(Customer.objects.get({ pk: ann.pk }), 'loyaltycard'));
