/// <reference lib="webworker" />
/** The training Web Worker: a thin shell around createTrainingHandler. */
import { createTrainingHandler, type Port } from './handler';
import type { WorkerRequest } from './protocol';
import { kernelBackendFromQuery, setKernelBackend } from '../engine';

/** Runs callbacks after pending messages without setTimeout's 4 ms clamp (a MessageChannel round trip). */
function channelScheduler(): (fn: () => void) => void {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  };
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
setKernelBackend(kernelBackendFromQuery(scope.name) ?? 'auto');
const handler = createTrainingHandler(scope as unknown as Port, { schedule: channelScheduler() });
scope.addEventListener(
  'message',
  (event: MessageEvent<WorkerRequest>) => void handler.handle(event.data),
);
