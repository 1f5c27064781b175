/**
 * The worker's message handler: owns one Trainer, answers every request with one reply, runs the
 * training loop in time slices (so pause / set-hyperparameters messages get through) and publishes
 * progress at most every `progressIntervalMs`. No Worker globals: tests drive it with a fake port.
 */
import { messageOf } from '../engine/errors';
import type { LoadProgress } from '../data/mnist-types';
import type {
  Commands,
  CommandName,
  EvalResult,
  Progress,
  RunInfo,
  TrainConfig,
  TrainingStatus,
  WorkerMessage,
  WorkerRequest,
} from './protocol';
import { loadRunData, type MnistLoader } from './run-data';
import { validateConfig } from './build-run';
import { definedHyperparameters } from './hyper';
import { landscapeCommands } from './landscape-job';
import { Trainer, type StepHooks } from './trainer';
import { blowUpSentence, type BlowUp } from './grad-watch';
import { inspectCommands } from './inspect-jobs';
import { collapseCheck, gridActivations } from './mlp-jobs';

/** Where the handler sends messages (the worker scope, or a fake in tests). */
export interface Port {
  /** Sends one message, transferring the listed buffers. */
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

/** Injectable dependencies and timings. */
export interface HandlerOptions {
  /** MNIST loader (default: the real fetch-based loader). */
  loadMnist?: MnistLoader;
  /** Clock in ms (default performance.now). */
  now?: () => number;
  /** Runs `fn` soon, after pending messages (default setTimeout 0; the worker uses a MessageChannel). */
  schedule?: (fn: () => void) => void;
  /** Length of one uninterrupted slice of training steps in ms (default 8: a request such as the playground's next view waits at most that long). */
  sliceMs?: number;
  /** Minimum gap between progress messages in ms (default 33, i.e. ≤ 30 per second). */
  progressIntervalMs?: number;
}

/** The handler: feed it every request the worker receives. */
export interface TrainingHandler {
  /** Processes one request; always posts exactly one reply for it. */
  handle(request: WorkerRequest): Promise<void>;
}

type Handlers = {
  [K in CommandName]: (
    req: Extract<WorkerRequest, { type: K }>,
  ) => Commands[K]['result'] | Promise<Commands[K]['result']>;
};

/** Collects the buffers of typed arrays among a result's fields so they are transferred, not copied. */
function transferablesOf(result: unknown): Transferable[] {
  if (typeof result !== 'object' || result === null) return [];
  // NOTE: one level of arrays too (gridActivations' hidden layers); a buffer listed twice would throw.
  const views = Object.values(result).flatMap((v) => (Array.isArray(v) ? v : [v]));
  return [
    ...new Set(views.filter((v) => ArrayBuffer.isView(v)).map((v) => v.buffer as ArrayBuffer)),
  ];
}

const divergedMessage = (loss: number, step: number, blowUp?: BlowUp | null) =>
  `Training diverged: the loss became ${Number.isFinite(loss) ? loss.toPrecision(3) : loss} at step ${step}. That update was not applied. ${blowUpSentence(blowUp ?? null)}`;

/** Session state behind a handler: one Trainer, its status and the time-sliced loop. */
class Session {
  trainer: Trainer | null = null;
  status: TrainingStatus = 'idle';
  private generation = 0;
  private loopToken = 0;
  private lastPost = { at: 0, samples: 0 };
  /** A periodic evaluation ran since the last progress message and is not published yet. */
  private hasUnpostedEval = false;
  private readonly now: () => number;
  private readonly schedule: (fn: () => void) => void;
  private readonly sliceMs: number;
  private readonly progressIntervalMs: number;

  constructor(
    private readonly port: Port,
    private readonly options: HandlerOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.schedule = options.schedule ?? ((fn: () => void) => void setTimeout(fn, 0));
    this.sliceMs = options.sliceMs ?? 8;
    this.progressIntervalMs = options.progressIntervalMs ?? 33;
  }

  setStatus(next: TrainingStatus, extra: { message?: string; step?: number } = {}): void {
    this.status = next;
    this.port.postMessage({ type: 'status', status: next, ...extra });
  }

  need(): Trainer {
    if (this.trainer) return this.trainer;
    throw new Error(
      this.status === 'loading'
        ? 'The data is still loading.'
        : 'Nothing to train yet: send a config first (init or start).',
    );
  }

  postProgress(): Progress {
    const t = this.need();
    if (this.hasUnpostedEval && t.lastEval) this.port.postMessage({ type: 'evaluated', result: t.lastEval }); // prettier-ignore
    this.hasUnpostedEval = false;
    const at = this.now();
    const elapsed = (at - this.lastPost.at) / 1000;
    const rate = elapsed > 0 ? (t.samplesSeen - this.lastPost.samples) / elapsed : 0;
    this.lastPost = { at, samples: t.samplesSeen };
    const progress = t.progress(rate);
    this.port.postMessage({ type: 'progress', progress });
    return progress;
  }

  evaluate(): EvalResult {
    const result = this.need().evaluate();
    this.hasUnpostedEval = false;
    this.port.postMessage({ type: 'evaluated', result });
    return result;
  }

  /** Ends the loop, publishes the final progress and the new status. */
  stop(next: TrainingStatus, extra?: { message?: string; step?: number }): void {
    this.loopToken++;
    this.postProgress();
    this.setStatus(next, extra);
  }

  /** Cancels any loop without publishing (init, reset). */
  cancelLoop(): void {
    this.loopToken++;
    this.hasUnpostedEval = false;
  }

  /** One optimizer step; on divergence stops with status 'diverged' and returns false. */
  stepOnce(t: Trainer, hooks?: StepHooks): boolean {
    const outcome = t.step(hooks);
    if (!outcome.diverged) return true;
    const step = t.iteration + 1;
    this.stop('diverged', { step, message: divergedMessage(outcome.loss, step, outcome.blowUp) });
    return false;
  }

  /** Runs steps for one slice; returns false when the loop must end. */
  private slice(t: Trainer): boolean {
    const t0 = this.now();
    while (this.now() - t0 < this.sliceMs) {
      if (!this.stepOnce(t)) return false;
      if (t.hyper.evalEvery > 0 && t.iteration % t.hyper.evalEvery === 0) {
        // NOTE: published with the next progress, so frequent evaluations of a fast run (a toy
        // set every 25 of thousands of steps per second) do not flood the page with messages.
        t.evaluate();
        this.hasUnpostedEval = true;
      }
      if (t.limitReached()) {
        if (t.lastEval?.iteration !== t.iteration) this.evaluate();
        this.stop('paused');
        return false;
      }
    }
    return true;
  }

  private loop(token: number): void {
    if (token !== this.loopToken || !this.trainer) return;
    try {
      if (!this.slice(this.trainer)) return;
    } catch (err) {
      this.stop('error', { message: `Training failed: ${messageOf(err)}` });
      return;
    }
    if (this.now() - this.lastPost.at >= this.progressIntervalMs) this.postProgress();
    this.schedule(() => this.loop(token));
  }

  run(): void {
    const t = this.need();
    if (this.status === 'diverged') throw new Error('Training diverged: reset before resuming.');
    const token = ++this.loopToken;
    this.lastPost = { at: this.now(), samples: t.samplesSeen };
    this.setStatus('running');
    this.schedule(() => this.loop(token));
  }

  async init(config: TrainConfig): Promise<RunInfo> {
    validateConfig(config);
    const gen = ++this.generation;
    this.cancelLoop();
    this.trainer = null;
    this.setStatus('loading');
    const onLoad = (progress: LoadProgress) => this.port.postMessage({ type: 'loading', progress });
    try {
      const data = await loadRunData(config, onLoad, this.options.loadMnist);
      if (gen !== this.generation) throw new Error('Superseded by a newer configuration.');
      this.trainer = new Trainer(config, data, this.now);
    } catch (err) {
      if (gen === this.generation) this.setStatus('error', { message: messageOf(err) });
      throw err;
    }
    this.setStatus('ready');
    return this.trainer.info();
  }

  pauseIfRunning(): void {
    if (this.status === 'running') this.stop('paused');
  }
}

function stepCommand(s: Session, count: number): Progress {
  const t = s.need();
  if (s.status === 'running') throw new Error('Pause training before stepping.');
  if (s.status === 'diverged') throw new Error('Training diverged: reset before stepping.');
  for (let i = 0; i < count; i++) if (!s.stepOnce(t)) return t.progress(0);
  if (s.status !== 'paused') s.setStatus('paused');
  return s.postProgress();
}

function commandTable(s: Session): Omit<Handlers, 'landscape' | 'cancelLandscape'> {
  return {
    ...inspectCommands(s),
    init: (req) => s.init(req.config),
    start: async (req) => {
      const info = req.config ? await s.init(req.config) : s.need().info();
      s.run();
      return info;
    },
    pause: () => {
      s.pauseIfRunning();
      return s.need().progress(0);
    },
    resume: () => {
      if (s.status !== 'running') s.run();
      return s.need().progress(0);
    },
    step: (req) => stepCommand(s, req.count ?? 1),
    reset: (req) => {
      const t = s.need();
      s.cancelLoop();
      t.reset(req.seed);
      s.setStatus('ready');
      s.postProgress();
      return t.info();
    },
    setHyperparameters: (req) => s.need().setHyperparameters(definedHyperparameters(req.hyper)),
    evaluate: () => {
      const result = s.evaluate();
      s.postProgress();
      return result;
    },
    predict: (req) => s.need().predict(req.input),
    predictGrid: (req) => s.need().predictGrid(req.points),
    gridActivations: (req) => {
      const t = s.need();
      return { ...gridActivations(t.network, req.points), iteration: t.iteration };
    },
    collapseCheck: (req) => collapseCheck(s.need().network, s.need().testSet, req.count),
    getWeights: (req) => s.need().weights(req.layer ?? 0),
    exportWeights: () => s.need().exportParams(),
    importWeights: (req) => {
      const t = s.need();
      s.pauseIfRunning();
      try {
        t.importParams(req.file);
      } catch (err) {
        throw new Error(`Could not import weights: ${messageOf(err)}`, { cause: err });
      }
      s.postProgress();
      return t.info();
    },
  };
}

/** Creates a handler that posts replies and events to `port`. */
export function createTrainingHandler(port: Port, options: HandlerOptions = {}): TrainingHandler {
  const handlers: Handlers = {
    ...commandTable(new Session(port, options)),
    ...landscapeCommands(port, options),
  };
  return {
    async handle(request) {
      const command = request?.type;
      // NOTE: an own-property check, so 'constructor' or 'toString' are unknown commands too.
      const fn = Object.hasOwn(handlers, command)
        ? (handlers[command] as (req: WorkerRequest) => unknown)
        : undefined;
      try {
        if (!fn) throw new Error(`Unknown command '${String(command)}'.`);
        const result = await fn(request);
        const reply = { type: 'reply', id: request.id, command, ok: true, result } as WorkerMessage;
        port.postMessage(reply, transferablesOf(result));
      } catch (err) {
        port.postMessage({
          type: 'reply',
          id: request?.id ?? -1,
          command,
          ok: false,
          error: messageOf(err),
        });
      }
    },
  };
}
