/**
 * The interactive race lab, loaded on the reader's first reach for it (boot.ts). The scenario
 * code, as the reader edited it, runs in the playground's sandbox (a fresh worker in the
 * sandboxed frame, never in this page); the worker sends back each interleaving's timeline as
 * data, one message per run, and this module keeps them packed (race-wire.ts) and shows the
 * one the reader picks: lanes per process, step by step, with the SQL, the result, the rows,
 * the cache and the locks after each step. Only that run's timeline is ever read, and only the
 * steps just before the position are drawn, so no task grows with the number of runs or steps.
 */
import type { CodeEditor } from '../editor/editor';
import { SandboxHost } from '../sandbox/host';
import { fill } from '../i18n/fill';
import { EXPLORE_LIMIT, SAMPLE_SIZE } from '../race-lab-scenarios/index';
import { linkStatementsToLines, statementItem } from '../playground/query-lines';
import {
  describeEnd,
  describeResult,
  clip,
  describeStep,
  laneWindow,
  nextChoices,
  runWithPrefix,
  scheduleLabel,
  stateAt,
  statementsShown,
  stepOutcome,
  TEXT_LIMITS,
} from './model';
import type { RaceLabStrings } from './strings';
import {
  unpackRun,
  type PackedRun,
  type ScenarioRequest,
  type ScenarioResult,
  type WireEntry,
  type WireRun,
} from '../sandbox/race-wire';

/** A scenario's runs as the page keeps them: packed, each read when the reader shows it. */
type LabResult = ScenarioResult<PackedRun>;

interface ClientVariant {
  id: string;
  label: string;
  source: string;
}
interface ClientScenario {
  id: string;
  title: string;
  variants: ClientVariant[];
}

/** How long one scenario may run in the sandbox before the frame stops it. */
export const SCENARIO_TIMEOUT_MS = 5_000;
/**
 * How long the runner goes on starting runs: then it sends what it has, with a summary that says
 * so. The rest of the time limit is left for booting, evaluating and the run in progress.
 */
const SCENARIO_TIME_BUDGET_MS = 3_000;
const PLAY_INTERVAL_MS = 700;
const MAX_FAILURES_LISTED = 8;

let sharedHost: SandboxHost | undefined;
const sandbox = (title: string) => (sharedHost ??= new SandboxHost(title));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function parseJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

class RaceLab {
  private readonly strings: RaceLabStrings;
  private readonly scenarios: ClientScenario[];
  private readonly panel: HTMLElement;
  private readonly edits = new Map<string, string>();
  private scenario: ClientScenario;
  private variant: ClientVariant;
  private editor: CodeEditor | undefined;
  private editorLoading: Promise<CodeEditor> | undefined;
  private result: LabResult | undefined;
  private runIndex = 0;
  /** The shown run, read from its packed form: `runIndex`'s. */
  private unpacked: WireRun | undefined;
  private position = 0;
  /** The run whose steps the lanes show, and which of them: `shownFrom` to `shownTo` (exclusive). */
  private shownRun: WireRun | undefined;
  private shownFrom = 0;
  private shownTo = 0;
  /** Shows in the editor's margin how many of the shown statements each line sent (set once the editor is open). */
  private showLineCounts: ((counts: ReadonlyMap<number, number>) => void) | undefined;
  /** The code was edited since the last run: the lines the run's statements name may be elsewhere now. */
  private codeChanged = false;
  private player: ReturnType<typeof setInterval> | undefined;
  private generation = 0;

  constructor(private readonly root: HTMLElement) {
    this.strings = parseJson<RaceLabStrings>(root.dataset.strings, {} as RaceLabStrings);
    this.scenarios = parseJson<ClientScenario[]>(root.dataset.scenarios, []);
    this.panel = this.find('.rl-lab');
    this.scenario = this.scenarios[0]!;
    this.variant = this.scenario.variants[0]!;
    root.addEventListener('click', (event) => {
      const action = (event.target as Element | null)?.closest<HTMLElement>('[data-rl-action]')?.dataset.rlAction;
      if (action) this.act(action);
      const next = (event.target as Element | null)?.closest<HTMLElement>('[data-rl-next]')?.dataset.rlNext;
      if (next) void this.choose(next);
      const failing = (event.target as Element | null)?.closest<HTMLElement>('[data-rl-run]')?.dataset.rlRun;
      if (failing !== undefined) this.showRun(Number(failing), Number.POSITIVE_INFINITY);
    });
    root.addEventListener('change', (event) => {
      const input = (event.target as HTMLElement).closest<HTMLSelectElement>('[data-rl-input]');
      if (!input) return;
      if (input.dataset.rlInput === 'scenario') this.select(input.value, undefined, true);
      else if (input.dataset.rlInput === 'variant') this.select(this.scenario.id, input.value, true);
      else if (input.dataset.rlInput === 'schedule') this.showRun(Number(input.value), Number.POSITIVE_INFINITY);
    });
    this.find('.rl-steps').addEventListener('keydown', (event) => {
      if (event.key === 'ArrowLeft') this.act('back');
      else if (event.key === 'ArrowRight') this.act('forward');
      else return;
      event.preventDefault();
    });
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`race lab is missing ${selector}`);
    return found;
  }

  prepare(): void {
    void sandbox(this.strings.sandboxTitle)
      .prepare()
      .catch(() => undefined);
  }

  async open(scenarioId: string): Promise<void> {
    this.panel.hidden = false;
    this.select(scenarioId, undefined, false);
    this.panel.scrollIntoView({ block: 'start' });
    this.find<HTMLSelectElement>('[data-rl-input="scenario"]').focus();
    await this.openEditor();
    await this.runAll();
  }

  private key(): string {
    return `${this.scenario.id}.${this.variant.id}`;
  }

  private code(): string {
    return this.editor?.getCode() ?? this.edits.get(this.key()) ?? this.variant.source;
  }

  /** Switches scenario or version, keeping the reader's edits of the one left. */
  private select(scenarioId: string, variantId: string | undefined, run: boolean): void {
    if (this.editor) this.remember(this.editor.getCode());
    this.scenario = this.scenarios.find((s) => s.id === scenarioId) ?? this.scenario;
    this.variant = this.scenario.variants.find((v) => v.id === variantId) ?? this.scenario.variants[0]!;
    this.find<HTMLSelectElement>('[data-rl-input="scenario"]').value = this.scenario.id;
    const variants = this.find<HTMLSelectElement>('[data-rl-input="variant"]');
    variants.replaceChildren(
      ...this.scenario.variants.map((v) => Object.assign(el('option', undefined, v.label), { value: v.id })),
    );
    variants.value = this.variant.id;
    this.editor?.setCode(this.edits.get(this.key()) ?? this.variant.source);
    if (run) void this.runAll();
  }

  private remember(code: string): void {
    if (code === this.variant.source) this.edits.delete(this.key());
    else this.edits.set(this.key(), code);
  }

  private openEditor(): Promise<CodeEditor> {
    this.editorLoading ??= import('../editor/editor').then(({ createEditor }) => {
      this.editor = createEditor({
        parent: this.find('.rl-editor'),
        code: this.code(),
        label: this.strings.editorLabel,
        onChange: (code) => {
          this.remember(code);
          this.codeChanged = true;
        },
        onRun: () => void this.runAll(),
        onEscape: () => this.find<HTMLButtonElement>('[data-rl-action="run"]').focus(),
      });
      this.showLineCounts = linkStatementsToLines(this.find('.rl-lanes'), this.editor.lines, (line, count) =>
        fill(this.strings.lineQueries, { line, count }),
      );
      return this.editor;
    });
    return this.editorLoading;
  }

  private act(action: string): void {
    if (action === 'run') void this.runAll();
    else if (action === 'reset-code') {
      this.edits.delete(this.key());
      this.editor?.setCode(this.variant.source);
    } else if (action === 'first') this.move(0);
    else if (action === 'back') this.move(this.position - 1);
    else if (action === 'forward') this.move(this.position + 1);
    else if (action === 'play') this.togglePlay();
  }

  /** Runs the scenario in the sandbox; its runs arrive one message at a time and are only kept. */
  private async request(request: ScenarioRequest): Promise<LabResult | string> {
    const host = sandbox(this.strings.sandboxTitle);
    const runs: PackedRun[] = [];
    const end = await host.runScenario({
      source: this.code(),
      filename: `${this.key()}.ts`,
      timeoutMs: SCENARIO_TIMEOUT_MS,
      onOutput: () => undefined,
      onRun: (run) => void runs.push(run),
      scenario: { ...request, timeBudgetMs: SCENARIO_TIME_BUDGET_MS },
    });
    if (end.kind === 'scenario') {
      // Not one run fitted the page's budgets: say so rather than show an empty lab.
      if (end.summary.error === null && runs.length === 0 && end.summary.cut === 'size') return this.strings.tooBig;
      return { ...end.summary, runs };
    }
    if (end.reason === 'timeout') return fill(this.strings.timeout, { seconds: SCENARIO_TIMEOUT_MS / 1000 });
    return end.reason === 'refused' ? this.strings.tooBig : this.strings.crashed;
  }

  async runAll(): Promise<void> {
    const generation = ++this.generation;
    this.stopPlaying();
    const summary = this.find('.rl-summary');
    summary.textContent = this.strings.running;
    this.root.dataset.rlState = 'running';
    this.codeChanged = false;
    const answer = await this.request({ mode: 'explore', schedule: [], limit: EXPLORE_LIMIT, sample: SAMPLE_SIZE });
    if (generation !== this.generation) return;
    this.root.dataset.rlCompleted = String(Number(this.root.dataset.rlCompleted ?? 0) + 1);
    this.root.dataset.rlState = 'done';
    this.unpacked = undefined;
    if (typeof answer === 'string' || answer.error !== null) {
      this.result = undefined;
      this.shownRun = undefined;
      this.showLineCounts?.(new Map());
      const message =
        typeof answer === 'string'
          ? answer
          : `${fill(this.strings.error, { error: answer.error! })}${answer.errorLine ? ` ${fill(this.strings.errorLine, { line: answer.errorLine })}` : ''}`;
      summary.textContent = message;
      this.find('.rl-failures').hidden = true;
      this.find('.rl-player').hidden = true;
      return;
    }
    this.result = answer;
    this.shownRun = undefined;
    summary.textContent =
      answer.stopped !== null ? fill(this.strings.stopped, { message: answer.stopped }) : describeResult(answer, this.strings);
    this.renderRunList();
    const firstFailing = answer.runs.findIndex((run) => !run.ok);
    this.find('.rl-player').hidden = answer.runs.length === 0;
    if (answer.runs.length) this.showRun(Math.max(0, firstFailing), Number.POSITIVE_INFINITY);
  }

  private renderRunList(): void {
    const result = this.result!;
    const select = this.find<HTMLSelectElement>('[data-rl-input="schedule"]');
    select.replaceChildren(
      ...result.runs.map((run, i) =>
        Object.assign(
          el(
            'option',
            undefined,
            `${i + 1}. ${scheduleLabel(run, true)} (${run.ok ? this.strings.optionOk : this.strings.optionFails})`,
          ),
          { value: String(i) },
        ),
      ),
    );
    const failing = result.runs.flatMap((run, i) => (run.ok ? [] : [i]));
    const box = this.find('.rl-failures');
    box.hidden = failing.length === 0;
    const list = this.find('.rl-failure-list');
    list.replaceChildren(
      ...failing.slice(0, MAX_FAILURES_LISTED).map((i) => {
        const item = el('li');
        const button = el('button', 'pg-button rl-failure', scheduleLabel(result.runs[i]!, true));
        button.type = 'button';
        button.dataset.rlRun = String(i);
        item.append(button);
        return item;
      }),
    );
    if (failing.length > MAX_FAILURES_LISTED)
      list.append(el('li', 'rl-more', fill(this.strings.moreFailures, { count: failing.length - MAX_FAILURES_LISTED })));
  }

  private get run(): WireRun | undefined {
    return this.unpacked;
  }

  private showRun(index: number, position: number): void {
    const packed = this.result?.runs[index];
    if (!packed) return;
    if (index !== this.runIndex || !this.unpacked) {
      const run = unpackRun(packed);
      // The runner's timelines always read; one that does not was forged on the way.
      if (!run) return this.refuseShown();
      this.unpacked = run;
      this.runIndex = index;
    }
    this.find<HTMLSelectElement>('[data-rl-input="schedule"]').value = String(index);
    this.move(position);
  }

  /** A run's timeline did not read: nothing of this result is shown, and the reader is told. */
  private refuseShown(): void {
    this.stopPlaying();
    this.result = undefined;
    this.unpacked = undefined;
    this.shownRun = undefined;
    this.showLineCounts?.(new Map());
    this.find('.rl-lanes').replaceChildren();
    this.find('.rl-summary').textContent = this.strings.tooBig;
    this.find('.rl-failures').hidden = true;
    this.find('.rl-player').hidden = true;
  }

  private move(position: number): void {
    const run = this.run;
    if (!run) return;
    const clamped = Math.max(0, Math.min(position, run.timeline.length));
    this.position = clamped;
    this.render();
    if (clamped === run.timeline.length) this.stopPlaying();
  }

  /** The reader picks the process that takes the next step. */
  private async choose(name: string): Promise<void> {
    const run = this.run;
    const result = this.result;
    if (!run || !result) return;
    this.stopPlaying();
    const prefix = [...run.schedule.slice(0, this.position), name];
    let index = runWithPrefix(result.runs, prefix);
    if (index === -1) {
      // Not among the runs we have (a sample): ask the sandbox for this very schedule.
      const answer = await this.request({ mode: 'run', schedule: prefix, limit: 1, sample: 0 });
      if (typeof answer === 'string' || answer.error !== null || !answer.runs[0]) return;
      result.runs.push(answer.runs[0]);
      index = result.runs.length - 1;
      this.renderRunList();
    }
    this.showRun(index, prefix.length);
  }

  private togglePlay(): void {
    if (this.player !== undefined) return this.stopPlaying();
    const run = this.run;
    if (!run) return;
    if (this.position >= run.timeline.length) this.move(0);
    const button = this.find('[data-rl-action="play"]');
    button.setAttribute('aria-pressed', 'true');
    button.textContent = this.strings.pause;
    this.player = setInterval(() => this.move(this.position + 1), PLAY_INTERVAL_MS);
  }

  private stopPlaying(): void {
    if (this.player === undefined) return;
    clearInterval(this.player);
    this.player = undefined;
    const button = this.find('[data-rl-action="play"]');
    button.setAttribute('aria-pressed', 'false');
    button.textContent = this.strings.play;
  }

  /**
   * The lanes: one column per process, and the steps of the window before the position
   * (laneWindow), in order, below a line that says how many came before. While the window does
   * not slide, steps are added and removed at its end as the reader moves; otherwise, or for
   * another run, it is drawn afresh (at most LANE_WINDOW steps).
   */
  private renderLanes(run: WireRun, names: readonly string[]): void {
    const lanes = this.find('.rl-lanes');
    const { from, to } = laneWindow(this.position);
    if (this.shownRun !== run || this.shownFrom !== from) {
      this.shownRun = run;
      this.shownFrom = from;
      this.shownTo = from;
      lanes.style.setProperty('--rl-lanes', String(names.length));
      const heads = names.map((name, i) => {
        const head = el('li', 'rl-lane-head', name);
        head.style.gridColumn = String(i + 1);
        head.style.gridRow = '1';
        head.setAttribute('aria-hidden', 'true');
        return head;
      });
      lanes.replaceChildren(...heads);
      if (from > 0) {
        const earlier = el('li', 'rl-earlier', fill(this.strings.earlierSteps, { last: from }));
        earlier.style.gridRow = '2';
        lanes.append(earlier);
      }
    }
    lanes.querySelector('[aria-current]')?.removeAttribute('aria-current');
    for (; this.shownTo > to; this.shownTo--) lanes.lastElementChild?.remove();
    // One row per step, below the lane names (and the line about earlier steps): the order on
    // screen is the order of the run.
    const firstRow = from > 0 ? 3 : 2;
    for (; this.shownTo < to; this.shownTo++)
      lanes.append(this.stepItem(run.timeline[this.shownTo]!, names, this.shownTo - from + firstRow));
    if (to > from) lanes.lastElementChild?.setAttribute('aria-current', 'step');
  }

  private stepItem(entry: WireEntry, names: readonly string[], row: number): HTMLLIElement {
    const item = el('li', `rl-step rl-outcome-${entry.outcome}`);
    item.style.gridColumn = String(names.indexOf(entry.process) + 1);
    item.style.gridRow = String(row);
    const operation = clip(entry.operation, TEXT_LIMITS.operation);
    item.append(el('span', 'rl-step-process', entry.process), ' ', el('code', 'rl-step-op', operation), ' ');
    const mark = entry.outcome === 'error' ? '!!' : entry.outcome === 'waiting' ? '…' : '→';
    item.append(el('span', 'rl-step-result', `${mark} ${stepOutcome(entry)}`));
    if (entry.sql.length) {
      const list = el('ol', 'pg-sql-log rl-sql');
      const lineLabel = (line: number) => fill(this.strings.sqlLine, { line });
      list.append(...entry.sql.map((sql, i) => statementItem(clip(sql, TEXT_LIMITS.sql), entry.sqlLines[i], lineLabel)));
      item.append(list);
    }
    return item;
  }

  private render(): void {
    const run = this.run!;
    const result = this.result!;
    const names = result.names;
    const s = this.strings;
    this.root.dataset.rlSchedule = run.schedule.join(' ');
    this.root.dataset.rlPosition = String(this.position);
    this.find('.rl-position').textContent = fill(s.position, { step: this.position, steps: run.timeline.length });
    this.find<HTMLButtonElement>('[data-rl-action="back"]').disabled = this.position === 0;
    this.find<HTMLButtonElement>('[data-rl-action="first"]').disabled = this.position === 0;
    this.find<HTMLButtonElement>('[data-rl-action="forward"]').disabled = this.position >= run.timeline.length;

    this.renderLanes(run, names);
    this.showLineCounts?.(this.codeChanged ? new Map() : statementsShown(run, this.position));

    // Which process goes next: the ones some interleaving lets take this step.
    const prefix = run.schedule.slice(0, this.position);
    const choices = new Set(nextChoices(result.runs, prefix));
    if (result.sampled) for (const name of run.schedule.slice(this.position)) choices.add(name);
    this.find('.rl-next').replaceChildren(
      ...names.map((name) => {
        const button = el('button', 'pg-button rl-next-button', fill(s.next, { name }));
        button.type = 'button';
        button.dataset.rlNext = name;
        button.disabled = !choices.has(name);
        if (run.schedule[this.position] === name) button.classList.add('rl-next-planned');
        return button;
      }),
    );

    // The state after this step.
    const state = stateAt(result.initial, run, this.position);
    const panel = this.find('.rl-state');
    const block = (title: string, lines: string[], emptyText: string) => {
      const box = el('div', 'rl-state-block');
      const text = lines.length ? clip(lines.join('\n'), TEXT_LIMITS.state) : emptyText;
      box.append(el('p', 'rl-state-title', title), el('pre', 'rl-state-lines', text));
      return box;
    };
    const rows = Object.entries(state.rows).flatMap(([table, list]) => [
      `${table}:`,
      ...(list.length ? list.map((row) => `  ${row}`) : [`  ${s.empty}`]),
    ]);
    panel.replaceChildren(
      el('p', 'rl-state-heading', s.state),
      block(s.rows, rows, s.empty),
      block(s.cache, state.cache, s.empty),
      block(s.locks, state.locks, s.none),
      block(s.waits, state.waits, s.none),
    );

    const entry = run.timeline[this.position - 1];
    let text = entry ? describeStep(entry, s) : s.start;
    if (this.position === run.timeline.length) text += ` ${describeEnd(run, s)}`;
    this.root.dataset.rlOutcome = run.ok ? 'ok' : 'failed';
    // Shown, and announced by the live region, at every step.
    this.find('.rl-live').textContent = text;
  }
}

const labs = new WeakMap<HTMLElement, RaceLab>();
function labFor(root: HTMLElement): RaceLab {
  let lab = labs.get(root);
  if (!lab) labs.set(root, (lab = new RaceLab(root)));
  return lab;
}

/** Starts the sandbox early, on the reader's first hover or focus. */
export function prepare(root: HTMLElement): void {
  labFor(root).prepare();
}

/** Shows the lab with a scenario and runs all its interleavings. */
export function open(root: HTMLElement, scenarioId: string): Promise<void> {
  return labFor(root).open(scenarioId);
}
