// django.utils.dateparse: the parsers DateField and DateTimeField read strings with.
import { date, datetime, timedelta, timezone } from '../python/datetime';

const date_re = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const datetime_re =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,6})\d{0,6})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Django's get_fixed_timezone() for the offset a datetime string ends with. */
function fixedTimezone(tz: string | undefined): timezone | null {
  if (tz === undefined) return null;
  if (tz === 'Z') return timezone.utc;
  const digits = tz.slice(1).replace(/:/g, '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
  return new timezone(new timedelta({ minutes: tz.startsWith('-') ? -minutes : minutes }));
}

/**
 * A date for a well-formed string, null when the format is wrong, and a ValueError when the
 * format is right but the date is not (e.g. "2011-13-10").
 */
export function parse_date(value: string): date | null {
  try {
    return date.fromisoformat(value);
  } catch {
    const m = date_re.exec(value);
    if (!m) return null;
    return new date(Number(m[1]), Number(m[2]), Number(m[3]));
  }
}

/** The same contract as parse_date, for "YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]". */
export function parse_datetime(value: string): datetime | null {
  try {
    return datetime.fromisoformat(value);
  } catch {
    const m = datetime_re.exec(value);
    if (!m) return null;
    const [, y, mo, d, h, mi, s, us, tz] = m;
    return new datetime(
      Number(y),
      Number(mo),
      Number(d),
      Number(h),
      Number(mi),
      Number(s ?? 0),
      us ? Number(us.padEnd(6, '0')) : 0,
      fixedTimezone(tz),
    );
  }
}
