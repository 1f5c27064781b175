/**
 * The backprop lesson's own store: plain data that is not worth sharing in a link. Shareable
 * state (inputs, step positions, the sandbox expression) lives in the URL instead.
 */
import { create } from 'zustand';
import { DEFAULT_EXPR } from './params';

/** State of the lesson store. */
export interface BackpropState {
  /** The last sandbox expression that parsed, kept on screen while the text has an error. */
  lastGoodExpr: string;
  /** Records a sandbox expression that parsed. */
  setLastGoodExpr: (expr: string) => void;
  /** Write each visited edge's local gradient on the graph during the backward pass. */
  showEdgeFormulas: boolean;
  /** Shows or hides the edge formulas. */
  setShowEdgeFormulas: (show: boolean) => void;
  /** Back to the defaults ("reset this figure"). */
  reset: () => void;
}

const INITIAL = { lastGoodExpr: DEFAULT_EXPR, showEdgeFormulas: true };

/** The lesson store hook. */
export const useBackpropStore = create<BackpropState>()((set) => ({
  ...INITIAL,
  setLastGoodExpr: (lastGoodExpr) => set({ lastGoodExpr }),
  setShowEdgeFormulas: (showEdgeFormulas) => set({ showEdgeFormulas }),
  reset: () => set(INITIAL),
}));
