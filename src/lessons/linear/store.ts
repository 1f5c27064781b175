/**
 * The linear lesson's store: plain, serialisable data only (engine objects and the training
 * client live elsewhere). Shareable values (digit, hyperparameters) live in the URL instead.
 */
import { create } from 'zustand';
import { RECIPE_STEPS, type RecipeStepId } from '../../kit/RecipeStepper';

/** State of the linear lesson. */
export interface LinearState {
  /** Recipe steps the student has reached (only ever grows until reset). */
  reached: RecipeStepId[];
  /** Digit class browsed in the variation step ("many 4s"). */
  variationDigit: number;
  /** The class it is confused with ("4 or 9?"). */
  confusedWith: number;
  /** Ticks off recipe steps (idempotent; kept in recipe order). */
  reach: (ids: readonly RecipeStepId[]) => void;
  /** Picks the classes of the variation step. */
  setVariation: (digit: number, confusedWith: number) => void;
  /** Back to the defaults. */
  reset: () => void;
}

const DEFAULTS = { reached: [] as RecipeStepId[], variationDigit: 4, confusedWith: 9 };

/** The lesson's store hook (use narrow selectors). */
export const useLinearStore = create<LinearState>((set) => ({
  ...DEFAULTS,
  reach: (ids) =>
    set((s) => {
      if (ids.every((id) => s.reached.includes(id))) return s;
      const all = new Set([...s.reached, ...ids]);
      return { reached: RECIPE_STEPS.map((r) => r.id).filter((id) => all.has(id)) };
    }),
  setVariation: (digit, confusedWith) => set({ variationDigit: digit, confusedWith }),
  reset: () => set(DEFAULTS),
}));
