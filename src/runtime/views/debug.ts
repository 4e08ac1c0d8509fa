// django.views.debug, reduced to plain-text pages: what DEBUG = True shows instead of the
// error views (the URL patterns tried for a 404, the exception for a 400 or 500).

import { settings } from '../conf';
import { HttpResponse, HttpResponseNotFound } from '../http/response';
import type { HttpRequest } from '../http/request';
import { formatException } from '../python/exceptions';
import { str } from '../python/repr';

interface Describable {
  pattern: { describe(): string; route?: string };
}

export function technical_404_response(request: HttpRequest, exception: unknown): HttpResponseNotFound {
  const info = exception instanceof Error ? (exception as { args?: unknown[] }).args?.[0] : null;
  const tried = info && typeof info === 'object' && 'tried' in info ? ((info as { tried: Describable[][] }).tried ?? []) : null;
  const lines = ['Page not found (404)', `Request Method: ${request.method}`, `Request URL: ${request.path}`, ''];
  if (tried) {
    const urlconf = request.urlconf ?? String(settings.ROOT_URLCONF);
    lines.push(`Using the URLconf defined in ${urlconf}, Django tried these URL patterns, in this order:`, '');
    tried.forEach((chain, i) =>
      lines.push(`${i + 1}. ${chain.map((p) => p.pattern.describe().replace(/^'|'(?= \[|$)/g, '')).join(' ')}`),
    );
    lines.push('', `The current path, ${request.path_info.replace(/^\//, '')}, didn’t match any of these.`);
  } else {
    lines.push(str(exception));
  }
  return new HttpResponseNotFound(lines.join('\n'), { content_type: 'text/plain; charset=utf-8' });
}

export function technical_500_response(request: HttpRequest, exception: unknown, status_code = 500): HttpResponse {
  const text = `${formatException(exception, { module: true })}\nRequest Method: ${request.method}\nRequest URL: ${request.path}\n`;
  return new HttpResponse(text, { status: status_code, content_type: 'text/plain; charset=utf-8' });
}
