from django.contrib.admin import AdminSite
from django.contrib.admin.exceptions import DisallowedModelAdminToField
from django.db import models
from django.test import RequestFactory


class Customer(models.Model):
    name = models.CharField(max_length=50)
    api_token = models.CharField(max_length=64)


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)


site = AdminSite()
site.register(Customer)
site.register(Order)
customer_admin = site.get_model_admin(Customer)


def changelist(to_field):
    request = RequestFactory().get("/admin/app/customer/", {"_popup": "1", "_to_field": to_field})
    return customer_admin.get_changelist_instance(request)


# en: The pop-up for Order.customer may return customers' ids; no relation targets api_token.
# ru: Всплывающее окно для Order.customer может вернуть id клиентов; на api_token не ссылается ни одна связь.
# es: La ventana emergente de Order.customer puede devolver id de clientes; ninguna relación apunta a api_token.
print(changelist("id").to_field)
try:
    changelist("api_token")
except DisallowedModelAdminToField as error:
    print(repr(error))
