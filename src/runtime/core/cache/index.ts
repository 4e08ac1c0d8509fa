// django.core.cache: `cache` (the default LocMemCache) and `caches['default']`, on the virtual
// clock of python/time.

import { LocMemCache } from './backends';

export { LocMemCache, DEFAULT_TIMEOUT } from './backends';
export type { CacheOptions, CacheEntrySnapshot, Timeout } from './backends';

export const cache = new LocMemCache();

/** `caches['default']` is `cache`; other aliases are created on first use with the defaults. */
export const caches: Record<string, LocMemCache> = new Proxy({ default: cache } as Record<string, LocMemCache>, {
  get(target, key) {
    if (typeof key !== 'string') return undefined;
    target[key] ??= new LocMemCache();
    return target[key];
  },
});
