/** Gallery section for the controls. */
import { useEffect, useState } from 'react';
import { Figure, NumberInput, ProgressBar, Slider, Transport } from '../components';

/** Slider, log slider, number input, transport and progress bar wired together. */
export function ControlsSection() {
  const [hidden, setHidden] = useState(100);
  const [lr, setLr] = useState(0.1);
  const [epochs, setEpochs] = useState(5);
  const [step, setStep] = useState(0);
  const [isPlaying, setIsPlaying] = useState(false);
  const total = epochs * 10;
  const isAtEnd = step >= total;
  useEffect(() => {
    if (!isPlaying) return;
    const t = window.setInterval(() => setStep((s) => s + 1), 250);
    return () => window.clearInterval(t);
  }, [isPlaying]);
  if (isPlaying && isAtEnd) setIsPlaying(false);
  return (
    <Figure
      id="controls"
      title="Controls"
      caption="Values are validated and clamped before anything reaches the engine. With focus inside this figure: Space/K play-pause, → or . step, R reset."
    >
      <Slider label="Hidden units" value={hidden} min={1} max={256} step={1} onChange={setHidden} />
      <Slider label="Learning rate" value={lr} min={1e-4} max={1} log onChange={setLr} />
      <NumberInput label="Epochs" value={epochs} min={1} max={20} step={1} onChange={setEpochs} />
      <Transport
        isPlaying={isPlaying}
        isAtEnd={isAtEnd}
        onPlayPause={() => setIsPlaying((p) => !p)}
        onStep={() => setStep((s) => Math.min(total, s + 1))}
        onReset={() => {
          setIsPlaying(false);
          setStep(0);
        }}
        label="Simulated training"
      />
      <ProgressBar label="Training steps" value={Math.min(step, total)} max={total} />
    </Figure>
  );
}
