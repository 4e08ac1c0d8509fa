/**
 * The virtual clock behind time.time() and the cache's expiry: `clock.advance(300)` lets five
 * minutes pass at once. The site's own helper, so that examples about timeouts need no waiting.
 */
export { clock } from '../../runtime/python/time';
