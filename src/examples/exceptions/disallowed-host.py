from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest

settings.ALLOWED_HOSTS = [".example.com"]

# en: get_host() checks the Host header against ALLOWED_HOSTS.
# ru: get_host() сверяет заголовок Host с ALLOWED_HOSTS.
# es: get_host() compara la cabecera Host con ALLOWED_HOSTS.
for host in ["www.example.com", "evil.test"]:
    request = HttpRequest()
    request.META = {"HTTP_HOST": host}
    try:
        print(request.get_host())
    except DisallowedHost as error:
        print(repr(error))
