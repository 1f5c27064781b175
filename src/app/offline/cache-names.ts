/** Names shared by the page and the service worker's configuration (vite.config.ts). */

/**
 * Cache Storage name of the MNIST files (cached on first use, never precached: about 11 MB).
 * NOTE: vite.config.ts repeats it for the service worker; keep the two equal.
 */
export const MNIST_CACHE = 'chain-rule-mnist-v1';
