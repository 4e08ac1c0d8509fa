// django.shortcuts: redirect() and get_object_or_404().

import { Http404 } from './http/exceptions';
import { HttpResponsePermanentRedirect, HttpResponseRedirect, type RedirectOptions } from './http/response';
import { NoReverseMatch } from './urls/exceptions';
import { reverse, type ReverseOptions } from './urls/base';

/** redirect('people-detail', { kwargs }) or redirect('/url/'): a 302 (301 with permanent). */
export function redirect(
  to: string | { get_absolute_url(): string },
  options: ReverseOptions & RedirectOptions & { permanent?: boolean } = {},
): HttpResponseRedirect {
  let url: string;
  if (typeof to === 'object') url = to.get_absolute_url();
  else if (to.includes('/') || to.includes('.')) url = to;
  else {
    try {
      url = reverse(to, options);
    } catch (error) {
      if (!(error instanceof NoReverseMatch)) throw error;
      url = to;
    }
  }
  const cls = options.permanent ? HttpResponsePermanentRedirect : HttpResponseRedirect;
  return new cls(url, options);
}

interface Gettable<T> {
  get(...args: any[]): T;
  model?: { _meta?: { object_name?: string }; name?: string };
}

/** The object, or Http404 "No <Model> matches the given query." when it does not exist. */
export function get_object_or_404<T>(manager: Gettable<T> | { objects: Gettable<T>; name: string }, ...lookups: unknown[]): T {
  const source = 'objects' in manager ? manager.objects : manager;
  try {
    return source.get(...lookups);
  } catch (error) {
    if (error instanceof Error && error.name.endsWith('.DoesNotExist')) {
      const model = 'objects' in manager ? manager : source.model;
      const name =
        (model as { _meta?: { object_name?: string } })?._meta?.object_name ?? (model as { name?: string })?.name ?? 'object';
      throw new Http404(`No ${name} matches the given query.`);
    }
    throw error;
  }
}
