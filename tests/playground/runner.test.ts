import { describe, expect, it } from 'vitest';
import { formatTraceback, snippetFrames } from '../../src/sandbox/traceback.ts';
import { sessionTranscript } from '../../src/playground/transcript.ts';
import { runSource } from './run-example.ts';

async function transcriptOf(source: string, filename = 'snippet.ts'): Promise<string> {
  const { outcome, printed } = await runSource(source, filename);
  return sessionTranscript(printed, outcome, source, filename);
}

describe('runSnippet', () => {
  it('captures print() and finishes without an exception', async () => {
    const { outcome, printed } = await runSource(
      "import { print } from 'python/builtins';\nprint('a', 1, { sep: '-' });",
      's.ts',
    );
    expect(printed).toBe('a-1\n');
    expect(outcome.exception).toBeUndefined();
    expect(outcome.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('shows an uncaught exception as a Python traceback pointing at the TypeScript lines', async () => {
    const source = [
      "import { print, KeyError } from 'python/builtins';",
      '',
      'function lookup(key: string): never {',
      '  throw new KeyError(key);',
      '}',
      "print('before');",
      "lookup('missing');",
    ].join('\n');
    expect(await transcriptOf(source)).toBe(
      [
        'before',
        'Traceback (most recent call last):',
        '  File "snippet.ts", line 7, in <module>',
        "    lookup('missing');",
        '  File "snippet.ts", line 4, in lookup',
        '    throw new KeyError(key);',
        "KeyError: 'missing'",
        '',
      ].join('\n'),
    );
  });

  it('prints console.log like print, in order with print(), with repr() for objects', async () => {
    const source = [
      "import { models } from 'django/db';",
      "import { print } from 'python/builtins';",
      'class Entry extends models.Model {',
      '  headline = models.CharField({ max_length: 20 });',
      '}',
      "const entry = Entry.objects.create({ headline: 'Hi' });",
      "console.log('edited-' + 6 * 7);",
      "print('between');",
      'console.info(entry, [1, null], true);',
      "console.warn('careful\\nnow');",
      "console.error('bad');",
      "console.time('ignored');",
    ].join('\n');
    const { printed, outcome } = await runSource(source, 's.ts');
    expect(outcome.exception).toBeUndefined();
    expect(printed).toBe(
      'edited-42\nbetween\n<Entry: Entry object (1)> [1, None] True\nconsole.warn: careful\nconsole.warn: now\nconsole.error: bad\n',
    );
    // The real console is back once the run ends.
    expect(console.log).not.toBe(undefined);
    expect(String(console.log)).not.toContain('toStdout');
  });

  it('knows the line that sent each statement, inside functions and after an await', async () => {
    const source = [
      "import { models, transaction } from 'django/db';",
      'class Entry extends models.Model {',
      '  headline = models.CharField({ max_length: 20 });',
      '}',
      'function make(text: string) {',
      '  return Entry.objects.create({ headline: text });',
      '}',
      "make('a');",
      'await Promise.resolve();',
      'Entry.objects.count();',
      'transaction.atomic(() => {',
      "  make('b');",
      '});',
    ].join('\n');
    const { outcome } = await runSource(source, 'lines.ts');
    expect(outcome.exception).toBeUndefined();
    expect(outcome.queries?.map((query) => [query.sql.split(' ')[0], query.line])).toEqual([
      ['INSERT', 6],
      ['SELECT', 10],
      ['BEGIN', undefined],
      ['INSERT', 6],
      ['COMMIT', undefined],
    ]);
  });

  it('reports the first 1000 statements of a flood and how many were sent in all', async () => {
    const source = [
      "import { models } from 'django/db';",
      'class Entry extends models.Model {',
      '  headline = models.CharField({ max_length: 20 });',
      '}',
      'for (let i = 0; i < 1500; i += 1) Entry.objects.count();',
    ].join('\n');
    const { outcome } = await runSource(source, 'flood.ts');
    expect(outcome.exception).toBeUndefined();
    expect(outcome.queries).toHaveLength(1000);
    expect(outcome.queryCount).toBe(1500);
    expect(outcome.queries?.[999]?.line).toBe(5);
  });

  it('gives no separate count when every statement is listed', async () => {
    const source = [
      "import { models } from 'django/db';",
      'class Entry extends models.Model {',
      '  headline = models.CharField({ max_length: 20 });',
      '}',
      'for (let i = 0; i < 3; i += 1) Entry.objects.count();',
    ].join('\n');
    const { outcome } = await runSource(source, 'three.ts');
    expect(outcome.queries).toHaveLength(3);
    expect(outcome.queryCount).toBeUndefined();
  });

  it("ends an uncaught AttributeError with Python's 'Did you mean' hint", async () => {
    const source = "import { ValidationError } from 'django/core/exceptions';\nnew ValidationError('x').message_dict;";
    expect(await transcriptOf(source)).toMatch(
      /\nAttributeError: 'ValidationError' object has no attribute 'error_dict'\. Did you mean: 'error_list'\?\n$/,
    );
  });

  it('keeps lines right across a top-level await', async () => {
    const source = "import { ValueError } from 'python/builtins';\nawait Promise.resolve();\n\nthrow new ValueError('late');";
    expect(await transcriptOf(source)).toContain("line 4, in <module>\n    throw new ValueError('late');\nValueError: late");
  });

  it('names JavaScript errors the way Python would', async () => {
    expect(await transcriptOf('const value: unknown = undefined;\n(value as { x: number }).x;')).toMatch(
      /line 2, in <module>\n.*\nTypeError: Cannot read properties of undefined/,
    );
  });

  it('reports a syntax error with line and column, without running anything', async () => {
    expect(await transcriptOf("import { print } from 'python/builtins';\nprint('never');\nconst = 5;")).toBe(
      '  File "snippet.ts", line 3\n    const = 5;\n          ^\nSyntaxError: Unexpected token (snippet.ts, line 3, column 7)\n',
    );
  });

  it('reports an unknown module at the import that names it', async () => {
    expect(await transcriptOf("import { x } from 'django/nowhere';\nx();")).toBe(
      "Traceback (most recent call last):\n  File \"snippet.ts\", line 1, in <module>\n    import { x } from 'django/nowhere';\nModuleNotFoundError: No module named 'django/nowhere'\n",
    );
  });

  it('reports a thrown non-exception the way Python rejects it', async () => {
    expect(await transcriptOf("throw 'oops';")).toContain('TypeError: exceptions must derive from BaseException');
  });

  it('gives each run fresh runtime state', async () => {
    const source =
      "import * as sys from 'python/sys';\nimport { print } from 'python/builtins';\nconst holder = sys as unknown as { mark?: number };\nprint(holder.mark === undefined);\n(sys.sys as unknown as { mark: number }).mark = 1;";
    expect((await runSource(source, 'a.ts')).printed).toBe('True\n');
    expect(
      (
        await runSource(
          "import { sys } from 'python/sys';\nimport { print } from 'python/builtins';\nprint('mark' in sys);",
          'b.ts',
        )
      ).printed,
    ).toBe('False\n');
  });
});

describe('snippetFrames', () => {
  it('keeps only the snippet frames, outermost first, and names top-level code <module>', () => {
    const stack = [
      'Entry.DoesNotExist: Entry matching query does not exist.',
      '    at QuerySet.get (blob:null/1234:1:2000)',
      '    at Manager.get (blob:null/1234:1:3000)',
      '    at load (example.ts:9:24)',
      '    at async __snippet_module__ (example.ts:12:1)',
      '    at async runSnippet (blob:null/1234:1:400)',
    ].join('\n');
    expect(snippetFrames(stack, 'example.ts')).toEqual([
      { line: 12, functionName: '<module>' },
      { line: 9, functionName: 'load' },
    ]);
  });

  it('names a method as Python does, without the receiver V8 puts before it', () => {
    const stack = [
      'ValueError: nope',
      '    at Proxy.save (example.ts:7:11)',
      '    at Cart.checkout (example.ts:15:5)',
      '    at __snippet_module__ (example.ts:20:1)',
    ].join('\n');
    expect(snippetFrames(stack, 'example.ts').map((frame) => frame.functionName)).toEqual(['<module>', 'checkout', 'save']);
  });

  it('formats a per-model exception with its qualified name', () => {
    const text = formatTraceback(
      {
        name: 'Entry.DoesNotExist',
        message: 'Entry matching query does not exist.',
        frames: [{ line: 2, functionName: '<module>' }],
      },
      'const a = 1;\n  Entry.objects.get({ pk: 99 });',
      'example.ts',
    );
    expect(text.split('\n')).toEqual([
      'Traceback (most recent call last):',
      '  File "example.ts", line 2, in <module>',
      '    Entry.objects.get({ pk: 99 });',
      'Entry.DoesNotExist: Entry matching query does not exist.',
    ]);
  });
});
