from django.db import models
from django.core.exceptions import ValidationError


class Offer(models.Model):
    sku = models.CharField(max_length=10)
    price = models.IntegerField()
    discount = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(price__gt=models.F("discount")), name="price_gt_discount"
            ),
            models.UniqueConstraint(fields=["sku"], name="unique_sku"),
        ]


Offer.objects.create(sku="TEA", price=5)

offer = Offer(sku="TEA", price=3, discount=4)
try:
    offer.validate_constraints()
except ValidationError as error:
    print(error.message_dict)

# en: validate_unique() leaves UniqueConstraint to validate_constraints().
# ru: validate_unique() не проверяет UniqueConstraint: это работа validate_constraints().
# es: validate_unique() deja UniqueConstraint en manos de validate_constraints().
offer.validate_unique()
print("validate_unique() found nothing")

# en: full_clean() can leave this step out.
# ru: full_clean() может пропустить этот шаг.
# es: full_clean() puede dejar fuera este paso.
offer.full_clean(validate_constraints=False)
print("full_clean(validate_constraints=False) passed")
