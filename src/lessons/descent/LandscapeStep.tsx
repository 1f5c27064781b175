/** Step content: a real network's loss landscape (computed in the worker). */
export function LandscapeContent() {
  return <p className="lead">A 2-D slice through a trained MNIST network’s loss.</p>;
}
