/**
 * The lesson's model file: the engine's parameter file plus the architecture and the test
 * accuracy it had, as JSON. Reading one checks it before anything is loaded, so a file that is
 * not a model, comes from another architecture or was cut short changes nothing.
 */
import { MNIST_CLASSES, MNIST_PIXELS } from '../../data/mnist-shape';
import type { RunSettings } from './run-config';

/** Format tag of the file. */
export const MODEL_FORMAT = 'chain-rule-mlp';

/** The file's contents. */
export interface ModelFile {
  /** Always MODEL_FORMAT. */
  format: typeof MODEL_FORMAT;
  /** Version 1. */
  version: 1;
  /** Layer sizes and activation, e.g. "784-128-10 relu". */
  architecture: string;
  /** Steps the network had trained. */
  step: number;
  /** Its test accuracy then (null if never evaluated). */
  testAccuracy: number | null;
  /** The engine's parameter file. */
  params: unknown;
}

/** The architecture string of a network's settings. */
export function architectureOf(s: Pick<RunSettings, 'layers' | 'width' | 'act'>): string {
  const sizes = [MNIST_PIXELS, ...Array.from({ length: s.layers }, () => s.width), MNIST_CLASSES];
  return `${sizes.join('-')} ${s.act}`;
}

/** Builds the file's text. */
export function writeModelFile(file: Omit<ModelFile, 'format' | 'version'>): string {
  return JSON.stringify({ format: MODEL_FORMAT, version: 1, ...file });
}

/** What reading a file gave: the model, or why it was refused. */
export type ReadResult = { ok: true; file: ModelFile } | { ok: false; message: string };

const UNCHANGED = 'Your network was not changed.';

/** Reads and checks a model file's text against the architecture of the network on screen. */
export function readModelFile(text: string, expected: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const looksCut = text.trimStart().startsWith('{') && text.includes(MODEL_FORMAT);
    return {
      ok: false,
      message: looksCut
        ? `This model file is cut short or damaged (its JSON ends early). ${UNCHANGED}`
        : `This is not a model file saved by this lesson. ${UNCHANGED}`,
    };
  }
  const d = data as Partial<ModelFile> | null;
  if (typeof d !== 'object' || d === null || d.format !== MODEL_FORMAT || d.version !== 1)
    return { ok: false, message: `This is not a model file saved by this lesson. ${UNCHANGED}` };
  if (typeof d.architecture !== 'string' || typeof d.params !== 'object' || d.params === null)
    return { ok: false, message: `This model file is incomplete. ${UNCHANGED}` };
  if (d.architecture !== expected)
    return {
      ok: false,
      message: `This model is a ${d.architecture} network; yours is ${expected}. Set the same hidden layers, units and activation to load it. ${UNCHANGED}`,
    };
  return { ok: true, file: d as ModelFile };
}
