/**
 * The examples whose output under the runtime still differs from what their Python twin prints
 * on real Django, each with the reason in every language: src/examples/django-differences.json.
 * The page shows the reason beside the example; `npm test` fails for an example that differs
 * without an entry there, and for an entry whose example no longer differs.
 */
import type { Lang } from '../i18n/locales';
import differences from '../examples/django-differences.json';

export interface DjangoDifference {
  /** What differs, as the comparison reports it. */
  parts: ReadonlyArray<'output' | 'sql'>;
  /** Why, for the reader: "Django itself prints … here, because …". */
  reason: Readonly<Record<Lang, string>>;
}

export const DJANGO_DIFFERENCES = differences as unknown as Readonly<Record<string, DjangoDifference>>;
