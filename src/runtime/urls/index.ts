// django.urls: path(), include(), reverse(), resolve() and the resolver classes.
export { NoReverseMatch, Resolver404 } from './exceptions';
export { path, include } from './conf';
export type { PathOptions } from './conf';
export {
  reverse,
  reverse_lazy,
  resolve,
  get_resolver,
  set_urlconf,
  get_urlconf,
  clear_url_caches,
  install_urlconf,
  is_valid_path,
  get_script_prefix,
} from './base';
export type { ReverseOptions } from './base';
export { URLPattern, URLResolver, ResolverMatch, RoutePattern } from './resolvers';
export type { View, Kwargs } from './resolvers';
export { register_converter, get_converters, IntConverter, StringConverter, SlugConverter, UUIDConverter } from './converters';
export type { PathConverter } from './converters';
export { get_callable } from './utils';
