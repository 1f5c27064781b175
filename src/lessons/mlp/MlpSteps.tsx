/**
 * The MLP lesson's layout and steps: shapes and parameter counts, activation functions, the
 * identity collapse, the 2-D playground, 100 MNIST templates, overfitting and exercises.
 */
import type { ReactNode } from 'react';
import type { ToyName } from '../../data/toy';
import type { ActivationName } from '../../engine';
import type { LessonLayoutProps } from '../../kit/lesson';
import { LessonFigure } from '../../kit/LessonFigure';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import { useUrlParams } from '../../kit/useUrlParams';
import { Slider } from '../../components/controls/Slider';
import { ActivationsFigure } from './ActivationsFigure';
import type { CurveName } from './activation-curves';
import { IdentityFigure } from './IdentityFigure';
import { OverfitFigure } from './OverfitFigure';
import { ACTIVATIONS, DATASETS, MLP_PARAMS } from './params';
import { PlaygroundFigure } from './PlaygroundFigure';
import { ShapesFigure } from './ShapesFigure';
import { mlpStore } from './store';
import { TemplatesFigure } from './TemplatesFigure';
import './mlp.css';

/** Wraps every step: the lesson store, and notices of unreadable or clamped link values. */
export function MlpLayout({ isPresenting, children }: LessonLayoutProps) {
  const [, , rejected, clamped] = useUrlParams(MLP_PARAMS);
  return (
    <mlpStore.Provider>
      <div className={`mlp-lesson${isPresenting ? ' is-presenting' : ''}`}>
        <RejectedParamsNotice keys={rejected} clamped={clamped} />
        {children}
      </div>
    </mlpStore.Provider>
  );
}

function Step({
  lead,
  prose,
  title,
  onReset,
  children,
}: {
  lead: string;
  prose: ReactNode;
  title: string;
  onReset?: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <p className="lead">{lead}</p>
      <div className="prose">{prose}</div>
      <LessonFigure title={title} onReset={onReset}>
        {children}
      </LessonFigure>
    </>
  );
}

/** Step: from one layer to two. */
export function ShapesContent() {
  const [p, set] = useUrlParams(MLP_PARAMS);
  return (
    <Step
      lead="Put a hidden layer and a ReLU between the input and the scores."
      title="Shapes and parameter counts, counted by the engine"
      onReset={() => set({ h: 100, deep: false })}
      prose={
        <p>
          The linear model was f = Wx. A two-layer perceptron first maps the 784 pixels to H hidden
          numbers with W₁, keeps only their positive parts with max(0, ·), and maps those to the 10
          scores with W₂. The table counts each matrix from the engine&rsquo;s own model: with H =
          100 that is 784 × 100 + 100 × 10 = 79,400 weights, as the lecture counts them, and 79,510
          once the 100 + 10 biases are added.
        </p>
      }
    >
      <ShapesFigure
        h={p.h}
        isDeep={p.deep}
        onH={(h) => set({ h })}
        onDeep={(deep) => set({ deep })}
      />
    </Step>
  );
}

/** Step: activation functions. */
export function ActivationsContent() {
  const [p, set] = useUrlParams(MLP_PARAMS);
  return (
    <Step
      lead="Many non-linearities work; their derivatives decide how well gradients flow."
      title="Activation functions, with derivatives from the engine's backward pass"
      onReset={() => set({ fn: 'sigmoid', stack: 4 })}
      prose={
        <p>
          Each curve is the engine&rsquo;s forward pass; the dashed curve is its backward pass on
          the same points. Where the derivative is (nearly) zero, a unit passes (almost) no gradient
          back: sigmoid and tanh saturate on both sides, ReLU is dead for negative inputs. The plot
          shades those regions from the backward pass itself: plain shading where f′ is below 5% of
          its peak, hatching where it is exactly zero. Stacking sigmoids multiplies their
          derivatives, each at most ¼, so the gradient shrinks geometrically with depth: the slider
          computes it.
        </p>
      }
    >
      <ActivationsFigure
        fn={p.fn as CurveName}
        onFn={(fn) => set({ fn })}
        stack={p.stack}
        onStack={(stack) => set({ stack })}
      />
    </Step>
  );
}

/** Step: the identity collapse. */
export function IdentityContent() {
  const [p, set] = useUrlParams(MLP_PARAMS);
  return (
    <Step
      lead="Without the non-linearity, two layers are one matrix."
      title="Deep network against the single matrix W₂W₁"
      onReset={() => set({ ia: 'relu' })}
      prose={
        <p>
          Switch the activation to the identity. The engine then multiplies W₂W₁ into one 10 × 784
          matrix (and W₂b₁ + b₂ into one bias) and runs both on 1,000 test digits: the largest
          difference is float32 rounding. On the XOR points the same switch turns the boundary into
          a straight line, which cannot separate XOR.
        </p>
      }
    >
      <IdentityFigure activation={p.ia as 'relu' | 'identity'} onActivation={(ia) => set({ ia })} />
    </Step>
  );
}

type Params = ReturnType<typeof useUrlParams<typeof MLP_PARAMS>>[0];

function PlaygroundControls({ p, set }: { p: Params; set: (v: Partial<Params>) => void }) {
  return (
    <div className="mlp-controls mlp-controls--grid">
      <label className="mlp-select">
        Dataset
        <select value={p.ds} onChange={(e) => set({ ds: e.target.value })}>
          {DATASETS.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </select>
      </label>
      <label className="mlp-select">
        Activation
        <select value={p.act} onChange={(e) => set({ act: e.target.value })}>
          {ACTIVATIONS.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
      </label>
      <Slider
        label="Hidden layers"
        value={p.layers}
        min={1}
        max={3}
        onChange={(layers) => set({ layers })}
      />
      <Slider label="Width" value={p.width} min={1} max={32} onChange={(width) => set({ width })} />
      {/* Secondary settings: kept in the address, hidden on the projector (presenter mode). */}
      <div className="mlp-secondary">
        <Slider
          label="Noise"
          value={p.noise}
          min={0}
          max={0.5}
          step={0.01}
          onChange={(noise) => set({ noise })}
        />
        <Slider
          label="Training share %"
          value={p.split}
          min={10}
          max={90}
          onChange={(split) => set({ split })}
        />
      </div>
      <Slider
        label="Learning rate"
        value={p.lr}
        min={0.001}
        max={100}
        log
        onChange={(lr) => set({ lr: Number(lr.toPrecision(2)) })}
      />
      <div className="mlp-secondary">
        <Slider
          label="Batch size"
          value={p.batch}
          min={1}
          max={256}
          log
          onChange={(batch) => set({ batch: Math.round(batch) })}
        />
        <Slider label="Seed" value={p.seed} min={0} max={99} onChange={(seed) => set({ seed })} />
      </div>
      <Slider
        label="Updates per step"
        value={p.spp}
        min={1}
        max={500}
        log
        onChange={(spp) => set({ spp: Math.round(spp) })}
      />
    </div>
  );
}

/** Step: the 2-D playground. */
export function PlaygroundContent() {
  const [p, set] = useUrlParams(MLP_PARAMS);
  const settings = {
    ds: p.ds as ToyName,
    noise: p.noise,
    split: p.split,
    layers: p.layers,
    width: p.width,
    act: p.act as ActivationName,
    lr: p.lr,
    batch: p.batch,
    seed: p.seed,
  };
  return (
    <Step
      lead="Each hidden neuron draws one simple boundary; the output combines them."
      title="A 2-D network, trained in the worker"
      prose={
        <p>
          Pick a dataset and a network, then play. The large map is the network&rsquo;s prediction
          over the plane; the small maps are each hidden neuron&rsquo;s activation (blue negative,
          orange positive). In the first layer each is a function of one direction; later layers and
          the output combine them into curved regions. The address holds every setting, so a link
          replays the same run.
        </p>
      }
    >
      <PlaygroundControls p={p} set={set} />
      <PlaygroundFigure settings={settings} stepsPerPress={p.spp} />
    </Step>
  );
}

/** Step: 100 templates. */
export function TemplatesContent() {
  const [p, set] = useUrlParams(MLP_PARAMS);
  return (
    <Step
      lead="With H = 100, the network learns 100 templates and shares them between classes."
      title="Rows of W₁ as templates, a row of W₂ weighing them"
      prose={
        <p>
          Each row of W₁ has one weight per pixel, so it reshapes into a 28 × 28 image, like the
          linear model&rsquo;s ten templates. Here there are 100 of them, and no class owns one: the
          class scores are weighted sums of all hidden units. Sorting a class&rsquo;s row of W₂
          shows which templates it leans on, and which other classes lean on the same ones.
        </p>
      }
    >
      <TemplatesFigure cls={p.cls} onClass={(cls) => set({ cls })} />
    </Step>
  );
}

/** Step: overfitting. */
export function OverfitContent() {
  const [p, set] = useUrlParams(MLP_PARAMS);
  return (
    <Step
      lead="More parameters than data: training accuracy climbs, test accuracy does not follow."
      title="Training and test curves together"
      prose={
        <p>
          Train on a small subset with a wide hidden layer: the running training accuracy approaches
          100% while the test accuracy stalls, and the gap between them is the overfitting. Every
          finished run is added to the table so settings can be compared.
        </p>
      }
    >
      <OverfitFigure n={p.n} h={p.oh} onN={(n) => set({ n })} onH={(oh) => set({ oh })} />
    </Step>
  );
}

/** Step: the exercises' introduction. */
export function PracticeContent() {
  return (
    <div className="prose">
      <p>
        Each question is drawn from a seed and answered by the engine: it builds the matrices,
        counts their parameters, multiplies them, or runs the backward pass. Work it by hand first,
        then check.
      </p>
    </div>
  );
}
