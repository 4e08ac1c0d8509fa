import { HttpRequest, HttpResponse } from 'django/http';
import { path } from 'django/urls';
import { install_urlconf } from 'sandbox/urls';
import { SuspiciousOperation } from 'django/core/exceptions';
import { Client } from 'django/test';
import { print } from 'python/builtins';

// en: A view that refuses input only a tampered form could send.
// ru: View, которое отвергает данные, возможные только в подделанной форме.
// es: Una vista que rechaza datos que solo un formulario manipulado podría enviar.
function vote(request: HttpRequest): HttpResponse {
  const choice = request.GET.get('choice');
  if (!['yes', 'no'].includes(String(choice))) throw new SuspiciousOperation(`Unexpected choice ${choice}`);
  return new HttpResponse('thanks');
}
install_urlconf('mysite.urls', { urlpatterns: [path('vote/', vote)] });

// en: The handler logs it under django.security.SuspiciousOperation and answers 400.
// ru: Обработчик пишет его в django.security.SuspiciousOperation и отвечает 400.
// es: El manejador la registra en django.security.SuspiciousOperation y responde con un 400.
const client = new Client();
print(client.get('/vote/', { choice: 'yes' }).status_code);
print(client.get('/vote/', { choice: 'maybe' }).status_code);
