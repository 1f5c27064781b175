/** The course's offline state for the course map: app files, MNIST files, storage used. */
import { messageOf } from '../../engine/errors';
import { useCallback, useEffect, useState } from 'react';
import {
  cacheFiles,
  missingFiles,
  mnistFiles,
  openMnistCache,
  storageUsed,
  type OfflineFile,
} from './offline-cache';

/** What the offline control shows. */
export interface OfflineStatus {
  /** 'unsupported': no Cache API or service worker here; 'checking' until the first look. */
  phase: 'unsupported' | 'checking' | 'idle' | 'downloading' | 'done' | 'error';
  /** True once the service worker holds the app's files (pages, lessons, styles, fonts). */
  isAppSaved: boolean;
  /** MNIST files not cached yet. */
  missing: OfflineFile[];
  /** Bytes of every MNIST file. */
  totalBytes: number;
  /** Download progress while downloading. */
  progress: { loaded: number; total: number } | null;
  /** Storage the site uses in this browser (bytes), when the browser says. */
  usedBytes: number | null;
  /** The failure's message, in phase 'error'. */
  error: string | null;
}

const INITIAL: OfflineStatus = {
  phase: 'checking',
  isAppSaved: false,
  missing: [],
  totalBytes: 0,
  progress: null,
  usedBytes: null,
  error: null,
};

async function look(): Promise<Partial<OfflineStatus>> {
  const cache = await openMnistCache();
  if (!cache || !('serviceWorker' in navigator)) return { phase: 'unsupported' };
  const { loadMnistManifest } = await import('../../data/mnist-loader');
  const files = mnistFiles(await loadMnistManifest(), import.meta.env.BASE_URL);
  const missing = await missingFiles(files, cache);
  const registration = await navigator.serviceWorker.getRegistration();
  return {
    phase: missing.length === 0 ? 'done' : 'idle',
    isAppSaved: Boolean(registration?.active),
    missing,
    totalBytes: files.reduce((s, f) => s + f.bytes, 0),
    usedBytes: await storageUsed(),
  };
}

/** The offline status, and `download` to fetch the missing MNIST files. */
export function useOfflineStatus(): OfflineStatus & { download: () => Promise<void> } {
  const [status, setStatus] = useState<OfflineStatus>(INITIAL);
  const refresh = useCallback(async () => {
    try {
      const next = await look();
      setStatus((s) => ({ ...s, ...next, progress: null, error: null }));
    } catch (e) {
      setStatus((s) => ({ ...s, phase: 'error', error: messageOf(e) }));
    }
  }, []);
  useEffect(() => {
    void refresh();
    // The service worker finishes saving the app after the first visit's page is on screen.
    void navigator.serviceWorker?.ready.then(() => refresh());
  }, [refresh]);
  const download = async () => {
    const cache = await openMnistCache();
    if (!cache) return;
    // NOTE: persistent storage is not evicted when the disk runs low (the browser may refuse).
    await navigator.storage?.persist?.().catch(() => false);
    setStatus((s) => ({ ...s, phase: 'downloading', error: null }));
    try {
      await cacheFiles(status.missing, cache, (loaded, total) =>
        setStatus((s) => ({ ...s, progress: { loaded, total } })),
      );
      await refresh();
    } catch (e) {
      setStatus((s) => ({ ...s, phase: 'error', progress: null, error: messageOf(e) }));
    }
  };
  return { ...status, download };
}
