// django.core.signals: sent around every request the handler processes.
import { Signal } from '../dispatch/dispatcher';

export const request_started = new Signal();
export const request_finished = new Signal();
/** Sent with `request` when a view raised an exception that became a 500 response. */
export const got_request_exception = new Signal();
/** Sent when override_settings() changes a setting, so caches built from it are dropped. */
export const setting_changed = new Signal();
