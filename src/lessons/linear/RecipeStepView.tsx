/** Step 3: the five-step recipe, and where each step happens in this lesson. */
import Recipe from './recipe.mdx';

/** The recipe step (the stepper itself sits at the top of every step). */
export function RecipeStepView() {
  return (
    <div className="prose">
      <Recipe />
    </div>
  );
}
