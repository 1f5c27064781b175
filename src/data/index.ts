/** Public entry point of the data layer: MNIST's shape, the MNIST loader, masks and toy datasets. */
export {
  MNIST_SIDE,
  MNIST_PIXELS,
  MNIST_CLASSES,
  MNIST_TRAIN_COUNT,
  MNIST_TEST_COUNT,
  MNIST_MAX_GREY,
  toUnit,
  scalePixels,
} from './mnist-shape';
export type {
  MnistDataset,
  MnistSplit,
  MnistManifest,
  MnistSplitManifest,
  MnistChunk,
  MnistFileEntry,
  LoadProgress,
} from './mnist-types';
export {
  loadMnist,
  loadMnistManifest,
  clearMnistCache,
  mnistUrl,
  type MnistLoadOptions,
  type MnistSplitOptions,
} from './mnist-loader';
export { makeMask, applyMask, type MaskKind } from './mask';
export {
  makeToy,
  isToyName,
  TOY_NAMES,
  MAX_TOY_POINTS,
  type ToyName,
  type ToyDataset,
  type ToyOptions,
} from './toy';
