/** Types of the browser MNIST files written by `scripts/build-mnist.mjs` and of loaded datasets. */

/** A set of MNIST digits: row-major 28×28 Uint8 images (0..255) and their labels (0..9). */
export interface MnistDataset {
  /** `count * 784` grey levels, image after image. */
  images: Uint8Array;
  /** `count` digit labels 0..9. */
  labels: Uint8Array;
  /** Number of images. */
  count: number;
}

/** Which MNIST split: the 60,000 training digits or the 10,000 test digits. */
export type MnistSplit = 'train' | 'test';

/** One compressed file listed in the manifest. */
export interface MnistFileEntry {
  /** File name relative to the `mnist/` folder. */
  file: string;
  /** Uncompressed size in bytes. */
  bytes: number;
  /** Size on the wire (gzip) in bytes. */
  compressedBytes: number;
  /** SHA-256 of the uncompressed bytes (hex). */
  sha256: string;
  /** FNV-1a 32 of the uncompressed bytes (hex), used when crypto.subtle is unavailable. */
  fnv1a: string;
}

/** A chunk of a split: `count` images and their labels. */
export interface MnistChunk {
  /** Images in this chunk. */
  count: number;
  /** The image file (count × 784 bytes). */
  images: MnistFileEntry;
  /** The label file (count bytes). */
  labels: MnistFileEntry;
}

/** One split in the manifest. */
export interface MnistSplitManifest {
  /** Total images in the split. */
  count: number;
  /** Count of each digit 0..9. */
  labelHistogram: number[];
  /** Chunks in order; train has several so a subset can load first. */
  chunks: MnistChunk[];
}

/** The `mnist/manifest.json` file. */
export interface MnistManifest {
  /** Always 'chain-rule-mnist'. */
  format: string;
  /** Layout version. */
  version: number;
  /** [28, 28]. */
  imageShape: number[];
  /** 784. */
  pixels: number;
  /** Train split. */
  train: MnistSplitManifest;
  /** Test split. */
  test: MnistSplitManifest;
  /** Sum of all compressed file sizes. */
  totalCompressedBytes: number;
}

/** Download progress of a load, in compressed bytes. */
export interface LoadProgress {
  /** Bytes received so far (files already cached count as received). */
  loadedBytes: number;
  /** Bytes this load needs in total. */
  totalBytes: number;
}
