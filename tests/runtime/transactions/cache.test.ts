// django.core.cache on the virtual clock: Django's timeout rules and messages.
import { beforeEach, describe, expect, it } from 'vitest';
import { cache, caches, DEFAULT_TIMEOUT, LocMemCache } from 'django/core/cache';
import { clock } from 'sandbox/clock';
import { sleep, time } from 'python/time';
import { ValueError } from 'python/builtins';
import { raises } from '../models/helpers';

beforeEach(() => {
  cache.clear();
  clock.reset();
});

describe('cache', () => {
  it('get/set with the default timeout of 300 seconds', () => {
    expect(cache.get('k')).toBeNull();
    expect(cache.get('k', 'fallback')).toBe('fallback');
    cache.set('k', 'v');
    clock.advance(299.5);
    expect(cache.get('k')).toBe('v');
    clock.advance(0.5);
    expect(cache.get('k')).toBeNull();
  });

  it('timeout null keeps an entry forever, 0 expires it at once', () => {
    cache.set('forever', 1, null);
    cache.set('never', 2, 0);
    cache.set('negative', 3, -1);
    clock.advance(10 ** 9);
    expect(cache.get('forever')).toBe(1);
    expect(cache.get('never')).toBeNull();
    expect(cache.get('negative')).toBeNull();
    expect(cache.has_key('never')).toBe(false);
  });

  it('add stores only a missing or expired key', () => {
    expect(cache.add('a', 1, 10)).toBe(true);
    expect(cache.add('a', 2)).toBe(false);
    expect(cache.get('a')).toBe(1);
    clock.advance(10);
    expect(cache.add('a', 3)).toBe(true);
    expect(cache.get('a')).toBe(3);
  });

  it('delete reports whether a live key was removed', () => {
    cache.set('d', 1);
    expect(cache.delete('d')).toBe(true);
    expect(cache.delete('d')).toBe(false);
  });

  it('incr and decr; a missing key raises ValueError as Django does', () => {
    cache.set('n', 1);
    expect(cache.incr('n')).toBe(2);
    expect(cache.incr('n', 10)).toBe(12);
    expect(cache.decr('n', 2)).toBe(10);
    raises(() => cache.incr('missing'), ValueError, "Key 'missing' not found");
    raises(() => cache.decr('missing'), ValueError, "Key 'missing' not found");
    cache.set('short', 1, 1);
    clock.advance(1);
    raises(() => cache.incr('short'), ValueError, "Key 'short' not found");
  });

  it('touch gives a live key a new timeout', () => {
    cache.set('t', 1, 10);
    clock.advance(5);
    expect(cache.touch('t', 100)).toBe(true);
    clock.advance(50);
    expect(cache.get('t')).toBe(1);
    expect(cache.touch('nope')).toBe(false);
    expect(cache.touch('t', null)).toBe(true);
    clock.advance(10 ** 6);
    expect(cache.has_key('t')).toBe(true);
  });

  it('get_or_set calls a callable default once and stores it', () => {
    let calls = 0;
    const compute = () => (++calls, 'computed');
    expect(cache.get_or_set('g', compute)).toBe('computed');
    expect(cache.get_or_set('g', compute)).toBe('computed');
    expect(calls).toBe(1);
    expect(cache.get_or_set('zero', 'x', 0)).toBe('x');
    expect(cache.has_key('zero')).toBe(false);
  });

  it('get_many, set_many, delete_many and clear', () => {
    expect(cache.set_many({ a: 1, b: 2 })).toEqual([]);
    expect(cache.get_many(['a', 'b', 'c'])).toEqual({ a: 1, b: 2 });
    cache.delete_many(['a']);
    expect(cache.get_many(['a', 'b'])).toEqual({ b: 2 });
    cache.clear();
    expect(cache.get('b')).toBeNull();
  });

  it('keys are prefixed and versioned as BaseCache.make_key does', () => {
    const c = new LocMemCache({ key_prefix: 'site', version: 2, timeout: 60 });
    expect(c.make_key('k')).toBe('site:2:k');
    c.set('k', 'v2');
    expect(c.get('k', null, 1)).toBeNull();
    expect(c.get('k', null, 2)).toBe('v2');
    expect(c.get_backend_timeout(DEFAULT_TIMEOUT)).toBe(60);
  });

  it('caches["default"] is cache; snapshot() lists live entries for timelines', () => {
    expect(caches.default).toBe(cache);
    cache.set('x', { a: 1 }, 5);
    cache.set('y', 'gone', 0);
    expect(cache.snapshot()).toEqual([{ key: 'x', value: "{'a': 1}", expires: 5 }]);
  });

  it('the async twins run at once outside a scheduler', async () => {
    await cache.aset('a', 1);
    expect(await cache.aget('a')).toBe(1);
    expect(await cache.aincr('a')).toBe(2);
    expect(await cache.adelete('a')).toBe(true);
    expect(await cache.aget_or_set('b', () => 3)).toBe(3);
  });
});

describe('the virtual clock', () => {
  it('moves only when told: clock.advance() or time.sleep()', () => {
    expect(time()).toBe(0);
    clock.advance(1.5);
    sleep(2);
    expect(time()).toBe(3.5);
    expect(() => clock.advance(-1)).toThrow('clock.advance() needs a finite number of seconds >= 0, got -1');
    clock.reset();
    expect(clock.now()).toBe(0);
  });
});
