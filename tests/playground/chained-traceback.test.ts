// An uncaught exception raised from another (`raise ... from`, or while handling one) prints the
// first one before it, as Python does; the first keeps only the frames from where it was caught.
import { describe, expect, it } from 'vitest';
import { sessionTranscript } from '../../src/playground/transcript.ts';
import { runSource } from './run-example.ts';

async function transcriptOf(source: string, filename = 'snippet.ts'): Promise<string> {
  const { outcome, printed } = await runSource(source, filename);
  return sessionTranscript(printed, outcome, source, filename);
}

describe('chained exceptions in an uncaught traceback', () => {
  it('prints the cause raised inside the runtime with "..." for its frames', async () => {
    const source = [
      "import { resolve } from 'django/urls';",
      "import { register_module } from 'django/utils/module_loading';",
      "register_module('blog.urls', { urlpattern: [] });",
      "resolve('/', 'blog.urls');",
    ].join('\n');
    expect(await transcriptOf(source)).toBe(
      [
        'Traceback (most recent call last):',
        '  ...',
        "TypeError: 'module' object is not iterable",
        '',
        'The above exception was the direct cause of the following exception:',
        '',
        'Traceback (most recent call last):',
        '  File "snippet.ts", line 4, in <module>',
        "    resolve('/', 'blog.urls');",
        "django.core.exceptions.ImproperlyConfigured: The included URLconf 'blog.urls' does not appear to have any patterns in it. If you see the 'urlpatterns' variable with valid patterns in the file then the issue is probably caused by a circular import.",
        '',
      ].join('\n'),
    );
  });

  it('prints a cause caught in the snippet from the frame that caught it', async () => {
    const source = [
      "import { KeyError, ValueError } from 'python/builtins';",
      'function load(): never {',
      "  throw new KeyError('id');",
      '}',
      'try {',
      '  load();',
      '} catch (error) {',
      "  throw new ValueError('bad row').withCause(error);",
      '}',
    ].join('\n');
    expect(await transcriptOf(source)).toBe(
      [
        'Traceback (most recent call last):',
        '  File "snippet.ts", line 6, in <module>',
        '    load();',
        '  File "snippet.ts", line 3, in load',
        "    throw new KeyError('id');",
        "KeyError: 'id'",
        '',
        'The above exception was the direct cause of the following exception:',
        '',
        'Traceback (most recent call last):',
        '  File "snippet.ts", line 8, in <module>',
        "    throw new ValueError('bad row').withCause(error);",
        'ValueError: bad row',
        '',
      ].join('\n'),
    );
  });
});
