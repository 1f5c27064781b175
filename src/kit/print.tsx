/** Print mode (`#/print/<lesson>`, the handouts): figures render their default state and start no work. */
import { createContext, useContext } from 'react';

const PrintContext = createContext(false);

/** Marks its children as printed handouts. */
export const PrintProvider = PrintContext.Provider;

/** True inside a printed handout: a figure shows its default state and starts no training. */
export function useIsPrinting(): boolean {
  return useContext(PrintContext);
}
