/**
 * The playground's training run: a component-owned worker client (disposed when the figure
 * unmounts, so leaving the lesson stops it), rebuilt when the data or architecture changes. While
 * it plays and is on screen, one gridActivations request is in flight at a time (the next one goes
 * out when its reply is in, at most every VIEW_GAP_MS) and each reply is folded into the view. The
 * figure re-renders for new views and status changes only, not for the worker's progress messages.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { useOnScreen } from '../../components/hooks';
import { createTrainingClient, type TrainingClient, type TrainingStatus } from '../../worker';
import {
  probePoints,
  toyConfig,
  toyData,
  toyView,
  type ToySettings,
  type ToyView,
} from './toy-config';

/** Shortest time between two view requests while playing: at most about 40 views a second. */
const VIEW_GAP_MS = 25;

/** Most points kept per loss curve (older points are thinned). */
const CURVE_LIMIT = 400;

/** One point of the loss curves. */
export interface CurvePoint {
  /** Optimizer steps. */
  iteration: number;
  /** Training cross-entropy. */
  train: number;
  /** Test cross-entropy. */
  test: number;
}

/** What the playground figure reads and calls. */
export interface Playground {
  /** Training and test points. */
  data: ReturnType<typeof toyData>;
  /** Latest view, null before the first reply. */
  view: ToyView | null;
  /** Iteration of the latest view. */
  viewIteration: number;
  /** Loss curves. */
  curve: CurvePoint[];
  /** The run's status. */
  status: TrainingStatus;
  /** The worker's message (divergence, error), else null. */
  message: string | null;
  /** Whether training runs. */
  isPlaying: boolean;
  /** Play or pause. */
  playPause: () => void;
  /** `count` optimizer steps, then one redraw. */
  step: (count: number) => void;
  /** Back to the seeded initial weights. */
  reset: () => void;
}

function thin(points: CurvePoint[]): CurvePoint[] {
  return points.length <= CURVE_LIMIT ? points : points.filter((_, i) => i % 2 === 0);
}

/**
 * Calls `task` again as soon as its last call settled, but no sooner than `gapMs` after that call
 * began; returns a stop function. The playground asks for its next view this way rather than at
 * the next animation frame: waiting for a frame, then for the worker's slice, then for the frame
 * after the reply held it near 20 views a second.
 */
function repeatPaced(task: () => Promise<void>, gapMs: number): () => void {
  let isStopped = false;
  let timer = 0;
  const next = async () => {
    const began = performance.now();
    await task();
    if (isStopped) return;
    timer = window.setTimeout(next, Math.max(0, gapMs - (performance.now() - began)));
  };
  void next();
  return () => {
    isStopped = true;
    clearTimeout(timer);
  };
}

/** A client owned by the calling component (disposed on unmount), with its status and message only. */
function useNarrowClient(): [TrainingClient, TrainingStatus, string | null] {
  const [client] = useState(() => createTrainingClient());
  useEffect(() => () => client.dispose(), [client]);
  const status = useSyncExternalStore(client.subscribe, () => client.getSnapshot().status);
  const message = useSyncExternalStore(client.subscribe, () => client.getSnapshot().message);
  return [client, status, message];
}

/** Runs the playground for `settings` while `frameRef` is on screen. */
export function usePlayground(
  settings: ToySettings,
  frameRef: RefObject<Element | null>,
): Playground {
  const [client, status, message] = useNarrowClient();
  const isOnScreen = useOnScreen(frameRef);
  const { ds, noise, split, layers, width, act, seed, lr, batch } = settings;
  const buildKey = JSON.stringify({ ds, noise, split, layers, width, act, seed });
  const data = useMemo(() => toyData(settings), [buildKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const points = useMemo(() => probePoints(data.train, data.test), [data]);
  const [view, setView] = useState<ToyView | null>(null);
  const [curve, setCurve] = useState<CurvePoint[]>([]);
  const [viewIteration, setViewIteration] = useState(0);
  const [isPlaying, setIsPlaying] = useState(false);
  const [ready, setReady] = useState(false);
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const g = await client.gridActivations(points);
      const it = g.iteration;
      const v = toyView(g, data.train, data.test);
      setView(v);
      setViewIteration(it);
      setCurve((c) =>
        it === 0
          ? []
          : thin([
              ...c.filter((p) => p.iteration < it),
              { iteration: it, train: v.trainLoss, test: v.testLoss },
            ]),
      );
    } catch {
      // A superseded or disposed run: the next build refreshes again.
    } finally {
      inFlight.current = false;
    }
  }, [client, points, data]);

  // A new dataset or architecture: a new run, stopped, with empty curves (set while rendering, the
  // way React resets state on a changed key; the effect below builds the run).
  const [builtKey, setBuiltKey] = useState(buildKey);
  if (builtKey !== buildKey) {
    setBuiltKey(buildKey);
    setReady(false);
    setIsPlaying(false);
    setCurve([]);
  }
  useEffect(() => {
    client.init(toyConfig(settings)).then(
      () => {
        setReady(true);
        void refresh();
      },
      () => undefined,
    );
  }, [client, buildKey]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (ready) client.setHyperparameters({ lr, batchSize: batch }).catch(() => undefined);
  }, [client, ready, lr, batch]);

  // NOTE: divergence ends `running`, and the cleanup's refresh then shows the last good weights.
  const running = isPlaying && isOnScreen && ready && status !== 'diverged';
  useEffect(() => {
    if (!running) return undefined;
    void client.resume().catch(() => undefined);
    const stop = repeatPaced(refresh, VIEW_GAP_MS);
    return () => {
      stop();
      void client.pause().then(refresh, () => undefined);
    };
  }, [running, client, refresh]);

  return {
    data,
    view,
    viewIteration,
    curve,
    status,
    message,
    // NOTE: a diverged run is stopped; Reset (which clears isPlaying) is the way on.
    isPlaying: isPlaying && status !== 'diverged',
    playPause: () => setIsPlaying((p) => !p && status !== 'diverged'),
    step: (count) => {
      if (!ready || isPlaying || status === 'diverged') return;
      client.step(count).then(refresh, () => undefined);
    },
    reset: () => {
      setIsPlaying(false);
      setCurve([]);
      client.reset().then(refresh, () => undefined);
    },
  };
}
