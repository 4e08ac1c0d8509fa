// django.utils.log: Django's default logging set-up and log_response().
//
// As in DEFAULT_LOGGING, the "django" logger sends INFO and above to the console (sys.stderr,
// message only) while DEBUG is on; with DEBUG off nothing is printed (Django mails the
// admins instead, which the runtime does not model). Examples read records with captureLogs().

import { settings } from '../conf';
import { Formatter, INFO, StreamHandler, getLogger, log_kw, type Logger } from '../python/logging';

export const request_logger = getLogger('django.request');

let configured = false;

/** Installs Django's default handlers once (idempotent). */
export function configure_logging(): void {
  if (configured) return;
  configured = true;
  const console = new StreamHandler();
  console.setLevel(INFO);
  console.setFormatter(new Formatter('%(message)s'));
  // Django's RequireDebugTrue filter.
  console.addFilter(() => Boolean(settings.DEBUG));
  const django = getLogger('django');
  django.setLevel(INFO);
  django.addHandler(console);
}
configure_logging();

interface Loggable {
  status_code: number;
}

const logged = new WeakSet<object>();

/**
 * Logs a response with a status of 400 or more once: at ERROR for 5xx, WARNING for 4xx.
 * String arguments are escaped as Django does (unicode_escape), so a crafted path cannot forge
 * log lines.
 */
export function log_response(
  message: string,
  args: unknown[],
  options: { response: Loggable; request?: unknown; exception?: unknown; logger?: Logger; level?: 'error' | 'warning' | 'info' },
): void {
  const { response } = options;
  if (logged.has(response)) return;
  const level = options.level ?? (response.status_code >= 500 ? 'error' : response.status_code >= 400 ? 'warning' : 'info');
  const escaped = args.map((a) =>
    typeof a === 'string'
      ? a.replace(/[\\\n\r\t]|[^\x20-\x7e]/g, (ch) =>
          ch === '\\'
            ? '\\\\'
            : ch === '\n'
              ? '\\n'
              : ch === '\r'
                ? '\\r'
                : ch === '\t'
                  ? '\\t'
                  : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
        )
      : a,
  );
  const logger = options.logger ?? request_logger;
  logger[level](
    message,
    ...escaped,
    log_kw({ exc_info: options.exception ?? null, extra: { status_code: response.status_code, request: options.request } }),
  );
  logged.add(response);
}
