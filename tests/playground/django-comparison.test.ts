import { describe, expect, it } from 'vitest';
import { partsDifferingFromDjango, withoutTracebackFrames } from '../../src/playground/django-comparison.ts';

const runtime = `caught DoesNotExist('Entry matching query does not exist.')
Traceback (most recent call last):
  File "does-not-exist.ts", line 20, in <module>
    const missing = Entry.objects.get({ headline: 'Goodbye' });
Entry.DoesNotExist: Entry matching query does not exist.
`;
const django = `caught DoesNotExist('Entry matching query does not exist.')
Traceback (most recent call last):
  File "does-not-exist.py", line 18, in <module>
    missing = Entry.objects.get(headline="Goodbye")
Entry.DoesNotExist: Entry matching query does not exist.
`;

describe('the comparison with real Django', () => {
  it('drops traceback frames, and nothing else', () => {
    expect(withoutTracebackFrames(runtime)).toBe(withoutTracebackFrames(django));
    expect(withoutTracebackFrames(django)).toBe(
      "caught DoesNotExist('Entry matching query does not exist.')\nTraceback (most recent call last):\nEntry.DoesNotExist: Entry matching query does not exist.\n",
    );
  });

  it('keeps indented output that is not inside a traceback', () => {
    expect(withoutTracebackFrames('a\n  indented\n')).toBe('a\n  indented\n');
  });

  it('keeps the lines that join chained exceptions', () => {
    const chained =
      'Traceback (most recent call last):\n  File "x.py", line 1\nKeyError: 1\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  ...\nValueError: 2\n';
    expect(withoutTracebackFrames(chained)).toBe(
      'Traceback (most recent call last):\nKeyError: 1\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\nValueError: 2\n',
    );
  });

  it('tells a different exception, message or SQL apart', () => {
    expect(partsDifferingFromDjango({ output: runtime, sql: 'SELECT 1\n' }, { output: django, sql: 'SELECT 1\n' })).toEqual([]);
    expect(
      partsDifferingFromDjango(
        { output: runtime.replace('Entry.DoesNotExist', 'DoesNotExist'), sql: '' },
        { output: django, sql: '' },
      ),
    ).toEqual(['output']);
    expect(
      partsDifferingFromDjango({ output: django, sql: 'SELECT 1 LIMIT 2\n' }, { output: django, sql: 'SELECT 1 LIMIT 21\n' }),
    ).toEqual(['sql']);
  });
});
