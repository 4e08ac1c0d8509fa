// datetime.date / datetime.datetime / timedelta and Django's date parsing.
import { describe, expect, it } from 'vitest';
import { ValueError, hash, repr, str } from 'python/builtins';
import { eq } from 'python/protocols';
import { date, datetime, timedelta, timezone } from 'python/datetime';
import { parse_date, parse_datetime } from 'django/utils/dateparse';

describe('date', () => {
  it('repr, str, isoformat and attributes', () => {
    const d = new date(2005, 7, 28);
    expect(repr(d)).toBe('datetime.date(2005, 7, 28)');
    expect(str(d)).toBe('2005-07-28');
    expect([d.year, d.month, d.day]).toEqual([2005, 7, 28]);
    expect(d.weekday()).toBe(3);
    expect(d.strftime('%d %B %Y (%a)')).toBe('28 July 2005 (Thu)');
    expect(Object.isFrozen(d)).toBe(true);
  });

  it('validates like Python', () => {
    expect(() => new date(2011, 13, 10)).toThrow('month must be in 1..12');
    expect(() => new date(2011, 2, 29)).toThrow('day is out of range for month');
    expect(new date(2012, 2, 29).day).toBe(29);
    expect(() => new date(0, 1, 1)).toThrow(ValueError);
  });

  it('arithmetic and comparison', () => {
    const d = new date(2005, 12, 31);
    expect(repr(d.add(new timedelta(1)))).toBe('datetime.date(2006, 1, 1)');
    expect(repr(d.sub(new timedelta({ weeks: 1 })))).toBe('datetime.date(2005, 12, 24)');
    expect(repr(new date(2006, 3, 1).sub(new date(2006, 2, 1)))).toBe('datetime.timedelta(days=28)');
    expect(d.lt(new date(2006, 1, 1))).toBe(true);
    expect(new date(2005, 1, 1) < new date(2005, 1, 2)).toBe(true);
    expect(eq(new date(2005, 7, 28), new date(2005, 7, 28))).toBe(true);
    expect(hash(new date(2005, 7, 28))).toBe(hash(new date(2005, 7, 28)));
    expect(date.fromordinal(new date(1999, 12, 31).toordinal() + 1).isoformat()).toBe('2000-01-01');
  });

  it('fromisoformat and today', () => {
    expect(repr(date.fromisoformat('2005-07-28'))).toBe('datetime.date(2005, 7, 28)');
    expect(repr(date.fromisoformat('20050728'))).toBe('datetime.date(2005, 7, 28)');
    expect(() => date.fromisoformat('2005-7-28')).toThrow("Invalid isoformat string: '2005-7-28'");
    expect(() => date.fromisoformat('2011-13-10')).toThrow('month must be in 1..12');
    expect(date.today()).toBeInstanceOf(date);
  });
});

describe('datetime', () => {
  it('repr drops zero seconds and microseconds', () => {
    expect(repr(new datetime(2005, 7, 28, 10, 30))).toBe('datetime.datetime(2005, 7, 28, 10, 30)');
    expect(repr(new datetime(2005, 7, 28))).toBe('datetime.datetime(2005, 7, 28, 0, 0)');
    expect(repr(new datetime(2005, 7, 28, 10, 30, 0, 5))).toBe('datetime.datetime(2005, 7, 28, 10, 30, 0, 5)');
    expect(repr(new datetime(2005, 7, 28, 10, 30, 0, 0, timezone.utc))).toBe(
      'datetime.datetime(2005, 7, 28, 10, 30, tzinfo=datetime.timezone.utc)',
    );
  });

  it('str and isoformat', () => {
    const dt = new datetime(2005, 7, 28, 10, 30, 5, 120);
    expect(str(dt)).toBe('2005-07-28 10:30:05.000120');
    expect(dt.isoformat()).toBe('2005-07-28T10:30:05.000120');
    expect(new datetime(2005, 7, 28, 1, 2, 3, 0, new timezone(new timedelta({ hours: -5 }))).isoformat()).toBe(
      '2005-07-28T01:02:03-05:00',
    );
  });

  it('is a date subclass but never equal to a date', () => {
    const dt = new datetime(2005, 7, 28);
    expect(dt).toBeInstanceOf(date);
    expect(eq(dt, new date(2005, 7, 28))).toBe(false);
    expect(() => dt.compare(new date(2005, 7, 28))).toThrow(TypeError);
  });

  it('arithmetic and naive/aware rules', () => {
    const dt = new datetime(2005, 12, 31, 23, 0);
    expect(repr(dt.add(new timedelta({ hours: 2 })))).toBe('datetime.datetime(2006, 1, 1, 1, 0)');
    expect(repr(new datetime(2005, 1, 2).sub(new datetime(2005, 1, 1, 12)))).toBe('datetime.timedelta(seconds=43200)');
    const aware = new datetime(2005, 1, 1, 12, 0, 0, 0, timezone.utc);
    expect(() => dt.sub(aware)).toThrow("can't subtract offset-naive and offset-aware datetimes");
    expect(() => dt.lt(aware)).toThrow("can't compare offset-naive and offset-aware datetimes");
    expect(eq(dt, aware)).toBe(false);
    const plusOne = new datetime(2005, 1, 1, 13, 0, 0, 0, new timezone(new timedelta({ hours: 1 })));
    expect(eq(aware, plusOne)).toBe(true);
  });

  it('fromisoformat and validation', () => {
    expect(repr(datetime.fromisoformat('2005-07-28T10:30'))).toBe('datetime.datetime(2005, 7, 28, 10, 30)');
    expect(repr(datetime.fromisoformat('2005-07-28 10:30:15.5Z'))).toBe(
      'datetime.datetime(2005, 7, 28, 10, 30, 15, 500000, tzinfo=datetime.timezone.utc)',
    );
    expect(() => new datetime(2005, 1, 1, 24)).toThrow('hour must be in 0..23');
    expect(datetime.now()).toBeInstanceOf(datetime);
  });
});

describe('timedelta', () => {
  it('normalises and prints like Python', () => {
    expect(repr(new timedelta({ days: 1, hours: 2 }))).toBe('datetime.timedelta(days=1, seconds=7200)');
    expect(repr(new timedelta())).toBe('datetime.timedelta(0)');
    expect(repr(new timedelta({ seconds: -1 }))).toBe('datetime.timedelta(days=-1, seconds=86399)');
    expect(str(new timedelta({ seconds: -1 }))).toBe('-1 day, 23:59:59');
    expect(str(new timedelta({ days: 2, minutes: 3, milliseconds: 500 }))).toBe('2 days, 0:03:00.500000');
    expect(str(new timedelta())).toBe('0:00:00');
    expect(new timedelta({ hours: 1.5 }).total_seconds()).toBe(5400);
    expect(eq(new timedelta({ hours: 24 }), new timedelta(1))).toBe(true);
  });
});

describe("Django's parse_date / parse_datetime", () => {
  it('parse_date: ok, bad format (null), invalid date (ValueError)', () => {
    expect(repr(parse_date('2011-10-1'))).toBe('datetime.date(2011, 10, 1)');
    expect(parse_date('fõo')).toBeNull();
    expect(() => parse_date('2011-13-10')).toThrow(ValueError);
    expect(repr(parse_date('2011-10-10'))).toBe('datetime.date(2011, 10, 10)');
  });

  it('parse_datetime: ok, bad format, invalid date/time', () => {
    expect(repr(parse_datetime('2011-10-1 9:05'))).toBe('datetime.datetime(2011, 10, 1, 9, 5)');
    expect(repr(parse_datetime('2012-04-23T10:20:30.4+02:30'))).toBe(
      'datetime.datetime(2012, 4, 23, 10, 20, 30, 400000, tzinfo=datetime.timezone(datetime.timedelta(seconds=9000)))',
    );
    expect(parse_datetime('fõo')).toBeNull();
    expect(() => parse_datetime('2011-10-32 10:10')).toThrow(ValueError);
    // A bare date is not a datetime format: DateTimeField falls back to parse_date, which rejects the day.
    expect(parse_datetime('2011-10-32')).toBeNull();
    expect(() => parse_date('2011-10-32')).toThrow(ValueError);
    expect(parse_datetime('10:10')).toBeNull();
  });
});
