// django.test.utils: override_settings and the test environment set-up.
import { get_list_setting, settings } from '../conf';
import { setting_changed } from '../core/signals';
import { runWithCleanup } from '../python/contextlib';

type Overrides = Record<string, unknown>;

const store = settings as Record<string, unknown>;
const ABSENT: unique symbol = Symbol('absent setting');

function apply(overrides: Overrides): Overrides {
  const previous: Overrides = {};
  for (const [name, value] of Object.entries(overrides)) {
    previous[name] = name in store ? store[name] : ABSENT;
    store[name] = value;
    setting_changed.send(settings, { setting: name, value, enter: true });
  }
  return previous;
}

function restore(previous: Overrides): void {
  for (const [name, value] of Object.entries(previous)) {
    if (value === ABSENT) delete store[name];
    else store[name] = value;
    setting_changed.send(settings, { setting: name, value: value === ABSENT ? undefined : value, enter: false });
  }
}

/**
 * override_settings as a function: applies `overrides`, runs `fn` (awaiting it when it returns a
 * promise) and puts the previous values back, even when `fn` raises.
 */
export function override_settings<T>(overrides: Overrides, fn: () => T): T {
  const previous = apply(overrides);
  return runWithCleanup(fn, () => restore(previous));
}

/** Django's setup_test_environment(): the test client's host is allowed. */
export function setup_test_environment(): void {
  const hosts = get_list_setting('ALLOWED_HOSTS');
  if (!hosts.includes('testserver')) store.ALLOWED_HOSTS = [...hosts, 'testserver'];
}
