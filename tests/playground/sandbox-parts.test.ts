import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptHash } from '../../src/build/csp-inline-hashes.ts';
import { exceptionHref, sectionIds } from '../../src/playground/exception-links.ts';
import { OutputBudget } from '../../src/sandbox/output-budget.ts';
import { readFrameMessage, readHostMessage, readWorkerMessage } from '../../src/sandbox/protocol.ts';
import { ScenarioStreamReader } from '../../src/sandbox/race-wire.ts';

describe('exception links', () => {
  const targets = {
    exceptions: { path: '/ru/ref/exceptions/', anchors: ['objectdoesnotexist', 'validationerror'] },
    modelClass: { path: '/ru/ref/models/class/', anchors: ['doesnotexist'] },
  };

  it('sends module-level exceptions to the Exceptions page and per-model ones to the class page', () => {
    expect(exceptionHref('ObjectDoesNotExist', targets)).toBe('/ru/ref/exceptions/#objectdoesnotexist');
    expect(exceptionHref('Entry.DoesNotExist', targets)).toBe('/ru/ref/models/class/#doesnotexist');
    expect(exceptionHref('django.core.exceptions.ObjectDoesNotExist', targets)).toBe('/ru/ref/exceptions/#objectdoesnotexist');
    expect(exceptionHref('app.models.Entry.DoesNotExist', targets)).toBe('/ru/ref/models/class/#doesnotexist');
  });

  it('links nothing whose section does not exist', () => {
    expect(exceptionHref('KeyError', targets)).toBeUndefined();
    expect(exceptionHref('Entry.MultipleObjectsReturned', targets)).toBeUndefined();
    expect(exceptionHref('ObjectDoesNotExist', {})).toBeUndefined();
  });

  it('reads explicit section ids from MDX', () => {
    expect(sectionIds('## DoesNotExist {#doesnotexist}\n<h3 id="notupdated">x</h3>\n## Plain')).toEqual([
      'doesnotexist',
      'notupdated',
    ]);
  });
});

describe('OutputBudget', () => {
  it('lets output through until the line cap, then reports it', () => {
    const budget = new OutputBudget(3, 1_000);
    expect(budget.take('a\nb\n')).toEqual({ accepted: 'a\nb\n', exceeded: false });
    expect(budget.take('c\nd\ne\n')).toEqual({ accepted: 'c\n', exceeded: true });
  });

  it('counts UTF-8 bytes', () => {
    const budget = new OutputBudget(100, 10);
    expect(budget.take('ёёёё\n')).toEqual({ accepted: 'ёёёё\n', exceeded: false });
    expect(budget.take('🎄\n')).toEqual({ accepted: '', exceeded: true });
  });
});

describe('message checks', () => {
  it('rebuild a well-formed worker message and drop everything else', () => {
    const outcome = {
      durationMs: 3,
      queries: [{ sql: 'SELECT 1', time: '0.000', extra: 'x' }],
      exception: { name: 'KeyError', message: "'a'", frames: [{ line: 2, functionName: '<module>' }] },
    };
    expect(readWorkerMessage({ kind: 'finished', outcome, runId: 7 }, 100)).toEqual({
      kind: 'finished',
      outcome: {
        durationMs: 3,
        queries: [{ sql: 'SELECT 1', time: '0.000' }],
        exception: { name: 'KeyError', message: "'a'", frames: [{ line: 2, functionName: '<module>' }] },
      },
    });
    expect(readWorkerMessage({ kind: 'output', text: 'x'.repeat(101) }, 100)).toBeUndefined();
    expect(readWorkerMessage({ kind: 'boot', workerSource: '' }, 100)).toBeUndefined();
    expect(readWorkerMessage('output', 100)).toBeUndefined();
    expect(readWorkerMessage({ kind: 'finished', outcome: { durationMs: 'soon' } }, 100)).toBeUndefined();
  });

  it("read a scenario's messages only with its stream, and end it on one the page refuses", () => {
    const run = { schedule: [], ok: true, failed: [], checkFailed: null, stopped: null, timeline: '[]' };
    // A plain run has no stream: a scenario message in it is refused.
    expect(readWorkerMessage({ kind: 'scenario-run', index: 0, run }, 100)).toBeUndefined();
    expect(readWorkerMessage({ kind: 'scenario-run', index: 0, run }, 100, new ScenarioStreamReader())).toEqual({
      kind: 'scenario-run',
      index: 0,
      run,
    });
    const stream = new ScenarioStreamReader();
    const streams = (runId: number) => (runId === 1 ? stream : undefined);
    expect(readFrameMessage({ kind: 'scenario-run', runId: 2, index: 0, run }, 10, streams)).toBeUndefined();
    expect(readFrameMessage({ kind: 'scenario-run', runId: 1, index: 0, run }, 10, streams)?.kind).toBe('scenario-run');
    expect(readFrameMessage({ kind: 'scenario-run', runId: 1, index: 5, run }, 10, streams)).toEqual({
      kind: 'stopped',
      runId: 1,
      reason: 'refused',
    });
  });

  it('accept only the page commands and frame reports they define', () => {
    expect(readHostMessage({ kind: 'run', runId: 1, source: 'x', filename: 'a.ts', timeoutMs: 2000 })).toBeDefined();
    expect(readHostMessage({ kind: 'run', runId: -1, source: 'x', filename: 'a.ts', timeoutMs: 2000 })).toBeUndefined();
    expect(readFrameMessage({ kind: 'stopped', runId: 1, reason: 'timeout' }, 10)).toEqual({
      kind: 'stopped',
      runId: 1,
      reason: 'timeout',
    });
    expect(readFrameMessage({ kind: 'stopped', runId: 1, reason: 'because' }, 10)).toBeUndefined();
    expect(readFrameMessage({ kind: 'output', text: 'no run id' }, 10)).toBeUndefined();
  });

  it('let the worker ask only for chunk files by plain name, and the page answer only with those', () => {
    expect(readWorkerMessage({ kind: 'need', files: ['core-Ab_1.js'] }, 10)).toEqual({ kind: 'need', files: ['core-Ab_1.js'] });
    for (const files of [[], ['../index.html'], ['/sandbox/frame.html'], ['core.js?x'], ['https://example.com/a.js'], 'core.js'])
      expect(readWorkerMessage({ kind: 'need', files }, 10)).toBeUndefined();
    expect(readFrameMessage({ kind: 'need', files: ['web-1.js'] }, 10)).toEqual({ kind: 'need', files: ['web-1.js'] });
    expect(readHostMessage({ kind: 'chunks', sources: { 'core-1.js': 'code' } })).toEqual({
      kind: 'chunks',
      sources: { 'core-1.js': 'code' },
    });
    expect(readHostMessage({ kind: 'chunks', sources: { 'index.html': 'x' } })).toBeUndefined();
    expect(readHostMessage({ kind: 'chunks', sources: { 'a.js': 1 } })).toBeUndefined();
  });

  it('carry how many statements ran only when more ran than are listed', () => {
    const queries = [{ sql: 'SELECT 1', time: '0.000' }];
    const finished = (queryCount: unknown) =>
      readWorkerMessage({ kind: 'finished', outcome: { durationMs: 1, queries, queryCount } }, 10);
    expect(finished(30_000)).toMatchObject({ outcome: { queryCount: 30_000 } });
    expect(finished(1)).not.toHaveProperty('outcome.queryCount');
    expect(finished(-5)).not.toHaveProperty('outcome.queryCount');
  });
});

describe('the sandbox frame document', () => {
  const html = readFileSync(new URL('../../public/sandbox/frame.html', import.meta.url), 'utf8');
  const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

  it('allows its one inline script by hash', () => {
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(policy).toContain(scriptHash(inline));
  });

  it('forbids the network, plugins, forms and any worker that is not a blob', () => {
    for (const directive of [
      "default-src 'none'",
      "connect-src 'none'",
      'worker-src blob:',
      "object-src 'none'",
      "form-action 'none'",
      "base-uri 'none'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'/);
  });
});
