// Python's datetime.date, datetime.datetime, datetime.timedelta and datetime.timezone,
//
// Values are immutable. JS has no operator overloading, so arithmetic is `a.add(td)` / `a.sub(b)`
// and comparison is eq() / compare() / lt()...; valueOf() also makes `<` and `>` work (it is a
// microsecond count since 1970, exact within about 285 years of 1970). Timezones are fixed
// offsets only (timezone.utc, new timezone(timedelta)); naive datetimes are the default.

import { OverflowError, ValueError } from './exceptions';
import { hash } from './protocols';

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const US_PER_DAY = 86_400_000_000n;
/** Ordinal of 1970-01-01 (0001-01-01 is 1). */
const EPOCH_ORDINAL = 719163;

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month] ?? 0);
}

function daysBeforeYear(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

function daysBeforeMonth(year: number, month: number): number {
  let days = 0;
  for (let m = 1; m < month; m += 1) days += daysInMonth(year, m);
  return days;
}

/** Proleptic Gregorian ordinal, 0001-01-01 being 1 (Python's date.toordinal()). */
function ymdToOrdinal(year: number, month: number, day: number): number {
  return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
}

function ordinalToYmd(ordinal: number): [number, number, number] {
  // Estimate the year, then correct it: simpler than the 400/100/4-year cycle arithmetic.
  let year = Math.floor((ordinal - 1) / 365.2425) + 1;
  while (daysBeforeYear(year) >= ordinal) year -= 1;
  while (daysBeforeYear(year + 1) < ordinal) year += 1;
  let rest = ordinal - daysBeforeYear(year);
  let month = 1;
  while (rest > daysInMonth(year, month)) {
    rest -= daysInMonth(year, month);
    month += 1;
  }
  return [year, month, rest];
}

function checkInt(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new TypeError(`'${name}' must be an integer, got ${value}`);
}

function checkDate(year: number, month: number, day: number): void {
  checkInt(year, 'year');
  checkInt(month, 'month');
  checkInt(day, 'day');
  if (year < 1 || year > 9999) throw new ValueError(`year ${year} is out of range`);
  if (month < 1 || month > 12) throw new ValueError('month must be in 1..12');
  if (day < 1 || day > daysInMonth(year, month)) throw new ValueError('day is out of range for month');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// ---- timedelta -------------------------------------------------------------------------

export interface TimedeltaParts {
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
  microseconds?: number;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function toMicroseconds(value: number | undefined, factor: number): bigint {
  if (!value) return 0n;
  if (Number.isInteger(value)) return BigInt(value) * BigInt(factor);
  return BigInt(Math.round(value * factor));
}

/** Python's timedelta: normalised to days, seconds (0..86399) and microseconds (0..999999). */
export class timedelta {
  readonly days: number;
  readonly seconds: number;
  readonly microseconds: number;

  /** `new timedelta({ days: 1, hours: 2 })`, or positionally `new timedelta(days, seconds, microseconds)`. */
  constructor(parts: TimedeltaParts | number = {}, seconds = 0, microseconds = 0) {
    const p: TimedeltaParts = typeof parts === 'number' ? { days: parts, seconds, microseconds } : parts;
    const total =
      toMicroseconds(p.weeks, 7 * 86_400_000_000) +
      toMicroseconds(p.days, 86_400_000_000) +
      toMicroseconds(p.hours, 3_600_000_000) +
      toMicroseconds(p.minutes, 60_000_000) +
      toMicroseconds(p.seconds, 1_000_000) +
      toMicroseconds(p.milliseconds, 1000) +
      toMicroseconds(p.microseconds, 1);
    const days = floorDiv(total, US_PER_DAY);
    const rest = total - days * US_PER_DAY;
    if (days > 999_999_999n || days < -999_999_999n) {
      throw new OverflowError(`days=${days}; must have magnitude <= 999999999`);
    }
    this.days = Number(days);
    this.seconds = Number(rest / 1_000_000n);
    this.microseconds = Number(rest % 1_000_000n);
    Object.freeze(this);
  }

  static fromMicroseconds(total: bigint): timedelta {
    return new timedelta({
      days: Number(floorDiv(total, US_PER_DAY)),
      microseconds: Number(total - floorDiv(total, US_PER_DAY) * US_PER_DAY),
    });
  }

  /** Total length in microseconds, exactly. */
  get totalMicroseconds(): bigint {
    return BigInt(this.days) * US_PER_DAY + BigInt(this.seconds) * 1_000_000n + BigInt(this.microseconds);
  }

  total_seconds(): number {
    return Number(this.totalMicroseconds) / 1e6;
  }

  add(other: timedelta): timedelta {
    return timedelta.fromMicroseconds(this.totalMicroseconds + other.totalMicroseconds);
  }

  sub(other: timedelta): timedelta {
    return timedelta.fromMicroseconds(this.totalMicroseconds - other.totalMicroseconds);
  }

  neg(): timedelta {
    return timedelta.fromMicroseconds(-this.totalMicroseconds);
  }

  abs(): timedelta {
    return this.days < 0 ? this.neg() : this;
  }

  /** Multiplies by a number (rounded to whole microseconds, half to even like Python). */
  mul(factor: number): timedelta {
    if (Number.isInteger(factor)) return timedelta.fromMicroseconds(this.totalMicroseconds * BigInt(factor));
    return timedelta.fromMicroseconds(BigInt(roundHalfEven(Number(this.totalMicroseconds) * factor)));
  }

  compare(other: timedelta): number {
    const a = this.totalMicroseconds;
    const b = other.totalMicroseconds;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  __eq__(other: unknown): boolean {
    return other instanceof timedelta && this.compare(other) === 0;
  }

  __hash__(): number {
    return hash(`td:${this.totalMicroseconds}`);
  }

  valueOf(): number {
    return Number(this.totalMicroseconds);
  }

  __repr__(): string {
    const parts: string[] = [];
    if (this.days) parts.push(`days=${this.days}`);
    if (this.seconds) parts.push(`seconds=${this.seconds}`);
    if (this.microseconds) parts.push(`microseconds=${this.microseconds}`);
    return `datetime.timedelta(${parts.length ? parts.join(', ') : '0'})`;
  }

  /** "1 day, 2:03:04", "-1 day, 23:59:59.500000", "0:00:00". */
  __str__(): string {
    const h = Math.floor(this.seconds / 3600);
    const m = Math.floor((this.seconds % 3600) / 60);
    const s = this.seconds % 60;
    let text = `${h}:${pad(m)}:${pad(s)}`;
    if (this.microseconds) text += `.${pad(this.microseconds, 6)}`;
    if (this.days) text = `${this.days} day${Math.abs(this.days) === 1 ? '' : 's'}, ${text}`;
    return text;
  }

  toString(): string {
    return this.__str__();
  }
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// ---- timezone -----------------------------------------------------------------------------

/** Python's datetime.timezone: a fixed UTC offset. */
export class timezone {
  readonly offset: timedelta;
  static readonly utc: timezone = new timezone(new timedelta(0));

  constructor(offset: timedelta) {
    if (Math.abs(offset.total_seconds()) >= 86400) {
      throw new ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).');
    }
    this.offset = offset;
    Object.freeze(this);
  }

  utcoffset(): timedelta {
    return this.offset;
  }

  /** "+01:00"-style offset; `withColon` false gives "+0100" (strftime's %z). */
  formatOffset(withColon = true): string {
    const total = this.offset.totalMicroseconds;
    const sign = total < 0n ? '-' : '+';
    const abs = total < 0n ? -total : total;
    const seconds = Number(abs / 1_000_000n);
    const sep = withColon ? ':' : '';
    let text = `${sign}${pad(Math.floor(seconds / 3600))}${sep}${pad(Math.floor((seconds % 3600) / 60))}`;
    if (seconds % 60) text += `${sep}${pad(seconds % 60)}`;
    return text;
  }

  __eq__(other: unknown): boolean {
    return other instanceof timezone && this.offset.__eq__(other.offset);
  }

  __hash__(): number {
    return this.offset.__hash__();
  }

  __repr__(): string {
    return this.offset.days === 0 && this.offset.seconds === 0 && this.offset.microseconds === 0
      ? 'datetime.timezone.utc'
      : `datetime.timezone(${this.offset.__repr__()})`;
  }

  __str__(): string {
    return this.offset.totalMicroseconds === 0n ? 'UTC' : `UTC${this.formatOffset()}`;
  }
}

// ---- date -----------------------------------------------------------------------------------

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/** Python's datetime.date. */
export class date {
  readonly year: number;
  readonly month: number;
  readonly day: number;

  constructor(year: number, month: number, day: number) {
    checkDate(year, month, day);
    this.year = year;
    this.month = month;
    this.day = day;
    if (new.target === date) Object.freeze(this);
  }

  static today(): date {
    const now = new Date();
    return new date(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }

  static fromordinal(ordinal: number): date {
    if (ordinal < 1 || ordinal > ymdToOrdinal(9999, 12, 31)) throw new ValueError(`ordinal must be >= 1`);
    const [y, m, d] = ordinalToYmd(ordinal);
    return new date(y, m, d);
  }

  /** Python 3.11's date.fromisoformat for "YYYY-MM-DD" and "YYYYMMDD". */
  static fromisoformat(text: string): date {
    const parts = matchIsoDate(text);
    if (!parts || parts.rest !== '') throw new ValueError(`Invalid isoformat string: ${quote(text)}`);
    return new date(parts.year, parts.month, parts.day);
  }

  toordinal(): number {
    return ymdToOrdinal(this.year, this.month, this.day);
  }

  /** Monday is 0. */
  weekday(): number {
    return (this.toordinal() + 6) % 7;
  }

  /** Monday is 1. */
  isoweekday(): number {
    return this.weekday() + 1;
  }

  replace(parts: DateParts): date {
    return new date(parts.year ?? this.year, parts.month ?? this.month, parts.day ?? this.day);
  }

  isoformat(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }

  strftime(format: string): string {
    return strftime(this, format);
  }

  /** date + timedelta: only whole days count. */
  add(delta: timedelta): date {
    return date.fromordinal(this.toordinal() + delta.days);
  }

  /** date - timedelta is a date; date - date is a timedelta. */
  sub(other: timedelta): date;
  sub(other: date): timedelta;
  sub(other: date | timedelta): date | timedelta {
    if (other instanceof timedelta) return this.add(other.neg());
    if (other instanceof datetime)
      throw new TypeError("unsupported operand type(s) for -: 'datetime.date' and 'datetime.datetime'");
    return new timedelta(this.toordinal() - other.toordinal());
  }

  /** -1, 0 or 1. Comparing a date with a datetime raises TypeError, as in Python. */
  compare(other: date): number {
    if (other instanceof datetime) throw new TypeError("can't compare datetime.datetime to datetime.date");
    return Math.sign(this.toordinal() - other.toordinal());
  }

  lt(other: date): boolean {
    return this.compare(other) < 0;
  }

  le(other: date): boolean {
    return this.compare(other) <= 0;
  }

  gt(other: date): boolean {
    return this.compare(other) > 0;
  }

  ge(other: date): boolean {
    return this.compare(other) >= 0;
  }

  __eq__(other: unknown): boolean {
    return other instanceof date && !(other instanceof datetime) && this.toordinal() === other.toordinal();
  }

  __hash__(): number {
    return hash(`date:${this.toordinal()}`);
  }

  valueOf(): number {
    return (this.toordinal() - EPOCH_ORDINAL) * 86_400_000_000;
  }

  __repr__(): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`;
  }

  __str__(): string {
    return this.isoformat();
  }

  toString(): string {
    return this.__str__();
  }

  toJSON(): string {
    return this.isoformat();
  }
}

// ---- datetime -------------------------------------------------------------------------------

export interface DatetimeParts extends DateParts {
  hour?: number;
  minute?: number;
  second?: number;
  microsecond?: number;
  tzinfo?: timezone | null;
}

/** Python's datetime.datetime (a subclass of date, as in Python). */
export class datetime extends date {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  readonly tzinfo: timezone | null;

  constructor(
    year: number,
    month: number,
    day: number,
    hour = 0,
    minute = 0,
    second = 0,
    microsecond = 0,
    tzinfo: timezone | null = null,
  ) {
    super(year, month, day);
    for (const [value, name, max] of [
      [hour, 'hour', 23],
      [minute, 'minute', 59],
      [second, 'second', 59],
      [microsecond, 'microsecond', 999999],
    ] as const) {
      checkInt(value, name);
      if (value < 0 || value > max) throw new ValueError(`${name} must be in 0..${max}`);
    }
    this.hour = hour;
    this.minute = minute;
    this.second = second;
    this.microsecond = microsecond;
    this.tzinfo = tzinfo;
    Object.freeze(this);
  }

  /** Local wall-clock time, naive; with `tz`, the current time at that offset. */
  static now(tz: timezone | null = null): datetime {
    const now = new Date();
    if (tz) {
      const utc = datetime.fromMicrosecondsSinceEpoch(BigInt(now.getTime()) * 1000n, null);
      return utc.add(tz.offset).replace({ tzinfo: tz });
    }
    return new datetime(
      now.getFullYear(),
      now.getMonth() + 1,
      now.getDate(),
      now.getHours(),
      now.getMinutes(),
      now.getSeconds(),
      now.getMilliseconds() * 1000,
    );
  }

  static combine(d: date, hour = 0, minute = 0, second = 0, microsecond = 0, tzinfo: timezone | null = null): datetime {
    return new datetime(d.year, d.month, d.day, hour, minute, second, microsecond, tzinfo);
  }

  static override fromisoformat(text: string): datetime {
    const parsed = parseIsoDatetime(text);
    if (!parsed) throw new ValueError(`Invalid isoformat string: ${quote(text)}`);
    return parsed();
  }

  private static fromMicrosecondsSinceEpoch(us: bigint, tzinfo: timezone | null): datetime {
    const days = floorDiv(us, US_PER_DAY);
    let rest = us - days * US_PER_DAY;
    const [y, m, d] = ordinalToYmd(Number(days) + EPOCH_ORDINAL);
    const microsecond = Number(rest % 1_000_000n);
    rest /= 1_000_000n;
    const secs = Number(rest);
    return new datetime(y, m, d, Math.floor(secs / 3600), Math.floor((secs % 3600) / 60), secs % 60, microsecond, tzinfo);
  }

  /** Microseconds since 1970-01-01 of the wall-clock value (ignoring tzinfo). */
  private get localMicroseconds(): bigint {
    const days = BigInt(this.toordinal() - EPOCH_ORDINAL);
    const secs = BigInt(this.hour * 3600 + this.minute * 60 + this.second);
    return days * US_PER_DAY + secs * 1_000_000n + BigInt(this.microsecond);
  }

  /** Microseconds since the epoch in UTC for aware values, wall-clock for naive ones. */
  private get instant(): bigint {
    return this.localMicroseconds - (this.tzinfo ? this.tzinfo.offset.totalMicroseconds : 0n);
  }

  date(): date {
    return new date(this.year, this.month, this.day);
  }

  utcoffset(): timedelta | null {
    return this.tzinfo ? this.tzinfo.offset : null;
  }

  override replace(parts: DatetimeParts): datetime {
    return new datetime(
      parts.year ?? this.year,
      parts.month ?? this.month,
      parts.day ?? this.day,
      parts.hour ?? this.hour,
      parts.minute ?? this.minute,
      parts.second ?? this.second,
      parts.microsecond ?? this.microsecond,
      parts.tzinfo === undefined ? this.tzinfo : parts.tzinfo,
    );
  }

  override isoformat(sep = 'T'): string {
    let text = `${super.isoformat()}${sep}${pad(this.hour)}:${pad(this.minute)}:${pad(this.second)}`;
    if (this.microsecond) text += `.${pad(this.microsecond, 6)}`;
    if (this.tzinfo) text += this.tzinfo.formatOffset();
    return text;
  }

  override add(delta: timedelta): datetime {
    return datetime.fromMicrosecondsSinceEpoch(this.localMicroseconds + delta.totalMicroseconds, this.tzinfo);
  }

  override sub(other: timedelta): datetime;
  override sub(other: datetime): timedelta;
  override sub(other: date | timedelta): date | timedelta;
  override sub(other: date | timedelta): date | timedelta {
    if (other instanceof timedelta) return this.add(other.neg());
    if (!(other instanceof datetime))
      throw new TypeError("unsupported operand type(s) for -: 'datetime.datetime' and 'datetime.date'");
    if (!this.tzinfo !== !other.tzinfo) throw new TypeError("can't subtract offset-naive and offset-aware datetimes");
    return timedelta.fromMicroseconds(this.instant - other.instant);
  }

  override compare(other: date): number {
    if (!(other instanceof datetime)) throw new TypeError("can't compare datetime.datetime to datetime.date");
    if (!this.tzinfo !== !other.tzinfo) throw new TypeError("can't compare offset-naive and offset-aware datetimes");
    const a = this.instant;
    const b = other.instant;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** A naive and an aware datetime are simply unequal (no TypeError), as in Python. */
  override __eq__(other: unknown): boolean {
    if (!(other instanceof datetime) || !this.tzinfo !== !other.tzinfo) return false;
    return this.instant === other.instant;
  }

  override __hash__(): number {
    return hash(`datetime:${this.instant}`);
  }

  override valueOf(): number {
    return Number(this.instant);
  }

  override __repr__(): string {
    const fields = [this.year, this.month, this.day, this.hour, this.minute];
    if (this.second || this.microsecond) fields.push(this.second);
    if (this.microsecond) fields.push(this.microsecond);
    const tz = this.tzinfo ? `, tzinfo=${this.tzinfo.__repr__()}` : '';
    return `datetime.datetime(${fields.join(', ')}${tz})`;
  }

  override __str__(): string {
    return this.isoformat(' ');
  }

  override toJSON(): string {
    return this.isoformat();
  }
}

// ---- strftime -----------------------------------------------------------------------------

function strftime(value: date, format: string): string {
  const dt = value instanceof datetime ? value : null;
  return format.replace(/%([a-zA-Z%])/g, (whole, code: string) => {
    const hour = dt?.hour ?? 0;
    switch (code) {
      case 'Y':
        return pad(value.year, 4);
      case 'y':
        return pad(value.year % 100);
      case 'm':
        return pad(value.month);
      case 'd':
        return pad(value.day);
      case 'H':
        return pad(hour);
      case 'I':
        return pad(hour % 12 === 0 ? 12 : hour % 12);
      case 'p':
        return hour < 12 ? 'AM' : 'PM';
      case 'M':
        return pad(dt?.minute ?? 0);
      case 'S':
        return pad(dt?.second ?? 0);
      case 'f':
        return pad(dt?.microsecond ?? 0, 6);
      case 'j':
        return pad(value.toordinal() - ymdToOrdinal(value.year, 1, 1) + 1, 3);
      case 'B':
        return MONTH_NAMES[value.month - 1] ?? '';
      case 'b':
        return (MONTH_NAMES[value.month - 1] ?? '').slice(0, 3);
      case 'A':
        return DAY_NAMES[value.weekday()] ?? '';
      case 'a':
        return (DAY_NAMES[value.weekday()] ?? '').slice(0, 3);
      case 'z':
        return dt?.tzinfo ? dt.tzinfo.formatOffset(false) : '';
      case 'Z':
        return dt?.tzinfo ? dt.tzinfo.__str__() : '';
      case '%':
        return '%';
      default:
        return whole;
    }
  });
}

// ---- ISO parsing ------------------------------------------------------------------------------

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function matchIsoDate(text: string): { year: number; month: number; day: number; rest: string } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})/.exec(text);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), rest: text.slice(m[0].length) };
}

const ISO_TIME =
  /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d{1,6})?)?)?)?$/;

/**
 * Recognises Python 3.11's datetime.fromisoformat() format. Returns null for a bad format, or a
 * builder that throws ValueError when the fields are out of range (so callers can tell the two apart).
 */
function parseIsoDatetime(text: string): (() => datetime) | null {
  const d = matchIsoDate(text);
  if (!d) return null;
  if (d.rest === '') return () => new datetime(d.year, d.month, d.day);
  const t = ISO_TIME.exec(d.rest.slice(1));
  if (!t) return null;
  const [, hh, mm, ss, frac, tz] = t;
  return () =>
    new datetime(
      d.year,
      d.month,
      d.day,
      Number(hh),
      Number(mm ?? 0),
      Number(ss ?? 0),
      frac ? Number(frac.padEnd(6, '0')) : 0,
      parseOffset(tz),
    );
}

function parseOffset(tz: string | undefined): timezone | null {
  if (tz === undefined) return null;
  if (tz === 'Z') return timezone.utc;
  const digits = tz.slice(1).replace(/:/g, '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4) || 0);
  const sign = tz.startsWith('-') ? -1 : 1;
  return new timezone(new timedelta({ minutes: sign * (hours * 60 + minutes) }));
}
