from django.core.exceptions import DisallowedRedirect
from django.http import HttpResponseRedirect

# en: A "next" parameter from the query string, used as a redirect target.
# ru: Параметр next из строки запроса в роли адреса перенаправления.
# es: Un parámetro «next» de la cadena de consulta, usado como destino de una redirección.
for next_url in ["/account/", "https://example.com/", "javascript:alert(document.cookie)"]:
    try:
        print(HttpResponseRedirect(next_url).url)
    except DisallowedRedirect as error:
        print(repr(error))
