// A URLconf module without urlpatterns: Django's iter() fails, and ImproperlyConfigured is
// raised from that TypeError.
import { expect, test } from 'vitest';
import { ImproperlyConfigured } from 'django/core/exceptions';
import { resolve } from 'django/urls';
import { register_module } from 'django/utils/module_loading';

test('ImproperlyConfigured for a URLconf without urlpatterns has the TypeError as __cause__', () => {
  register_module('nopatterns.urls', { urlpattern: [] });
  let raised: unknown;
  try {
    resolve('/', 'nopatterns.urls');
  } catch (error) {
    raised = error;
  }
  expect(raised).toBeInstanceOf(ImproperlyConfigured);
  const cause = (raised as ImproperlyConfigured).__cause__;
  expect(cause).toBeInstanceOf(TypeError);
  expect((cause as Error).message).toBe("'module' object is not iterable");
});
