/**
 * Per-lesson stores: a zustand vanilla store created when the lesson opens (in its layout) and
 * disposed when the student leaves it, so a training worker, its timers and its polls belong to
 * the lesson that started them. Store state stays plain, serialisable data; engine objects and
 * workers live in the store's closure, never in its state.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';

/** A store that releases what it owns (workers, timers) when its lesson closes. */
export interface DisposableStore<S> extends StoreApi<S> {
  /** Terminates workers and stops timers; the store is not used afterwards. */
  dispose: () => void;
}

/** A lesson store's provider and hooks. */
export interface LessonStoreKit<S> {
  /** Creates the store on mount and disposes it on unmount; put it in the lesson's layout. */
  Provider: (props: { children: ReactNode }) => ReactNode;
  /** Selects from the store (re-renders when the selected value changes). */
  useLessonStore: <T>(select: (state: S) => T) => T;
  /** The store itself, for effects and subscriptions into refs. */
  useLessonStoreApi: () => DisposableStore<S>;
}

/** Declares a per-lesson store from its factory. */
export function lessonStore<S>(name: string, create: () => DisposableStore<S>): LessonStoreKit<S> {
  const Context = createContext<DisposableStore<S> | null>(null);
  function Provider({ children }: { children: ReactNode }) {
    const [store] = useState(create);
    useEffect(() => () => store.dispose(), [store]);
    return <Context.Provider value={store}>{children}</Context.Provider>;
  }
  function useLessonStoreApi(): DisposableStore<S> {
    const store = useContext(Context);
    if (!store) throw new Error(`The ${name} store is used outside its lesson's layout.`);
    return store;
  }
  function useLessonStore<T>(select: (state: S) => T): T {
    return useStore(useLessonStoreApi(), select);
  }
  return { Provider, useLessonStore, useLessonStoreApi };
}
