/**
 * One training run of the lesson: a worker client (created lazily, terminated on dispose), the key
 * of the network it built, its curves folded from the worker's messages, and stepping loops that a
 * pause (or leaving the step) cancels. The lesson store owns three: the student's MLP, the
 * divergence demo and the linear baseline.
 */
import { messageOf } from '../../engine/errors';
import {
  createTrainingClient,
  INITIAL_SNAPSHOT,
  type TrainingClient,
  type TrainingSnapshot,
  type BlowUp,
  type Hyperparameters,
  type TrainConfig,
} from '../../worker';
import { EMPTY_SERIES, foldEval, foldGradNorms, foldProgress, type RunSeries } from './series';

/** Plain state of one run. */
export interface SlotState {
  /** The worker's latest snapshot. */
  snapshot: TrainingSnapshot;
  /** Key of the network built in the worker, null before. */
  key: string | null;
  /** Curves. */
  series: RunSeries;
  /** On divergence: the tensor whose gradient blew up first. */
  blowUp: BlowUp | null;
  /** A failed command's message. */
  error: string | null;
  /** True while a "run N steps" loop is going. */
  isStepping: boolean;
}

/** A run before anything happened. */
export const EMPTY_SLOT: SlotState = {
  snapshot: INITIAL_SNAPSHOT,
  key: null,
  series: EMPTY_SERIES,
  blowUp: null,
  error: null,
  isStepping: false,
};

/** Steps per worker request in a "run N steps" loop (the page redraws between requests). */
export const STEP_CHUNK = 25;
/** Gradient norms are fetched this often while training runs (ms). */
export const GRAD_POLL_MS = 300;

/** One run and its client. */
export class RunSlot {
  private client: TrainingClient | null = null;
  private token = 0;
  private poll: ReturnType<typeof setInterval> | null = null;

  /** `get`/`patch` read and write this run's state in the lesson store. */
  constructor(
    private readonly get: () => SlotState,
    private readonly patch: (next: Partial<SlotState>) => void,
    private readonly createClient: () => TrainingClient = createTrainingClient,
  ) {}

  /** The client (created on first use). */
  get c(): TrainingClient {
    if (this.client) return this.client;
    const c = this.createClient();
    c.subscribe(() => this.onSnapshot(c.getSnapshot()));
    this.client = c;
    return c;
  }

  private onSnapshot(snap: TrainingSnapshot): void {
    const prev = this.get();
    let series = prev.series;
    if (snap.progress && snap.progress !== prev.snapshot.progress)
      series = foldProgress(series, snap.progress);
    if (snap.lastEval && snap.lastEval !== prev.snapshot.lastEval)
      series = foldEval(series, snap.lastEval);
    this.patch({ snapshot: snap, series });
    const isRunning = snap.status === 'running';
    if (isRunning && !this.poll) this.poll = setInterval(() => void this.gradNorms(), GRAD_POLL_MS);
    if (!isRunning && this.poll) {
      clearInterval(this.poll);
      this.poll = null;
    }
    if (snap.status !== prev.snapshot.status && snap.status !== 'running') void this.gradNorms();
  }

  /** Runs a command; a failure is recorded as the run's error message instead of thrown. */
  async attempt<T>(fn: (c: TrainingClient) => Promise<T>): Promise<T | null> {
    this.patch({ error: null });
    try {
      return await fn(this.c);
    } catch (err) {
      this.patch({ error: messageOf(err) });
      return null;
    }
  }

  /** Fetches the latest gradient norms into the curves (and the blow-up, if any). */
  async gradNorms(): Promise<void> {
    if (!this.client || !this.get().snapshot.info) return;
    try {
      const r = await this.client.call('gradNorms', {});
      this.patch({ series: foldGradNorms(this.get().series, r), blowUp: r.blowUp });
    } catch {
      // NOTE: a poll racing a rebuild fails harmlessly; the next one succeeds.
    }
  }

  /** Builds the network unless the one with this key is built. */
  async build(config: TrainConfig, key: string): Promise<boolean> {
    const s = this.get();
    const status = s.snapshot.status;
    if (s.key === key && status !== 'idle' && status !== 'error' && status !== 'loading')
      return true;
    if (status === 'loading') return false;
    if (status === 'error' && this.client) {
      this.client.dispose();
      this.client = null;
    }
    this.token++;
    this.patch({ key: null, series: EMPTY_SERIES, blowUp: null });
    const info = await this.attempt((c) => c.init(config));
    if (!info) return false;
    this.patch({ key, series: EMPTY_SERIES, blowUp: null });
    return true;
  }

  /** Builds if needed, applies the live hyperparameters, then trains until paused or a limit. */
  async run(config: TrainConfig, key: string, hyper?: Partial<Hyperparameters>): Promise<void> {
    if (!(await this.build(config, key))) return;
    if (hyper) await this.attempt((c) => c.setHyperparameters(hyper));
    if (this.get().snapshot.status === 'diverged') return;
    await this.attempt((c) => c.resume());
  }

  /** Runs `count` steps in chunks (cancelled by pause), then evaluates on the test set. */
  async stepFor(
    config: TrainConfig,
    key: string,
    count: number,
    hyper?: Partial<Hyperparameters>,
  ): Promise<void> {
    if (!(await this.build(config, key))) return;
    if (hyper) await this.attempt((c) => c.setHyperparameters(hyper));
    const token = ++this.token;
    this.patch({ isStepping: true });
    for (let done = 0; done < count && token === this.token; done += STEP_CHUNK) {
      if (this.get().snapshot.status === 'diverged') break;
      const ok = await this.attempt((c) => c.step(Math.min(STEP_CHUNK, count - done)));
      if (ok === null) break;
      await this.gradNorms();
    }
    if (token === this.token) {
      this.patch({ isStepping: false });
      if (this.get().snapshot.status !== 'diverged') await this.attempt((c) => c.evaluate());
    }
  }

  /** Stops training and any stepping loop; returns true when something was running. */
  async pause(): Promise<boolean> {
    const s = this.get();
    const wasRunning = s.snapshot.status === 'running' || s.isStepping;
    this.token++;
    if (s.isStepping) this.patch({ isStepping: false });
    if (this.client && s.snapshot.status === 'running') await this.attempt((c) => c.pause());
    return wasRunning;
  }

  /** Re-initialises the built network from its seed (rebuilding if the key changed). */
  async reset(config: TrainConfig, key: string): Promise<void> {
    this.token++;
    this.patch({ isStepping: false });
    const s = this.get();
    if (s.key !== key || s.snapshot.status === 'error' || !s.snapshot.info) {
      this.patch({ key: null });
      await this.build(config, key);
      return;
    }
    await this.attempt((c) => c.reset());
    this.patch({ series: EMPTY_SERIES, blowUp: null });
  }

  /** Terminates the worker and stops timers. */
  dispose(): void {
    this.token++;
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    this.client?.dispose();
    this.client = null;
  }
}
