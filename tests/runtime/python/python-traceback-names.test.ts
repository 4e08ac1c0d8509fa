// The last line of an uncaught exception's traceback names the class as Python does: with its
// module, except for builtins and the example's own classes (Python's __main__).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImproperlyConfigured } from 'django/core/exceptions';
import { __version__ } from 'django';
import { models } from 'django/db';
import { savepoint, savepoint_create, atomic } from 'django/db/transaction';
import { Exception, ValueError } from 'python/builtins';
import { captureOutput } from 'python/sys';
import { tracebackName } from 'python/traceback';

describe('tracebackName', () => {
  it("prefixes Django's exceptions with their module", () => {
    expect(tracebackName(new ImproperlyConfigured('x'))).toBe('django.core.exceptions.ImproperlyConfigured');
  });

  it('leaves builtins bare', () => {
    expect(tracebackName(new ValueError('x'))).toBe('ValueError');
    expect(tracebackName(new TypeError('x'))).toBe('TypeError');
  });

  it("leaves the example's own classes bare; models live in app.models", () => {
    class Custom extends Exception {}
    class Thing extends models.Model {
      name = models.CharField({ max_length: 5 });
    }
    expect(tracebackName(new Custom('x'))).toBe('Custom');
    expect(tracebackName(new Thing.DoesNotExist('x'))).toBe('app.models.Thing.DoesNotExist');
  });
});

describe('Django 6.1 as released', () => {
  it('reports the version the oracle pins', () => {
    const pinned = /^Django==(\S+)$/m.exec(readFileSync('oracle/requirements.txt', 'utf8'))?.[1];
    expect(__version__).toBe(pinned);
  });

  it('has FETCH_RAISE, not the pre-release RAISE', () => {
    expect(String(models.FETCH_RAISE)).toBe('FETCH_RAISE');
    expect('RAISE' in models).toBe(false);
  });

  it('creates savepoints with savepoint_create(); savepoint() still works, silently deprecated', () => {
    class Slot extends models.Model {
      code = models.CharField({ max_length: 5 });
    }
    const { stdout, stderr } = captureOutput(() =>
      atomic(() => {
        Slot.objects.create({ code: 'a' });
        expect(savepoint_create()).toMatch(/^s\d+_x\d+$/);
        expect(savepoint()).toMatch(/^s\d+_x\d+$/);
      }),
    );
    expect(stdout + stderr).toBe('');
  });
});
