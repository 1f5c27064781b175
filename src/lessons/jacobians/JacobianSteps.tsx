/**
 * Vector differentiation: each step composes prose, the engine's Jacobians and the components;
 * shareable state lives in the URL.
 */
import type { LessonLayoutProps, StepProps } from '../../kit/lesson';
import { LessonFigure } from '../../kit/LessonFigure';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import type { ParamValues } from '../../kit/url-params';
import { useUrlParams } from '../../kit/useUrlParams';
import { Tex } from '../../components/Tex';
import { JACOBIAN_PARAMS } from './params';
import { DEFAULT_W, parseW, type TrustTarget } from './figures';
import { ShapesFigure } from './ShapesFigure';
import { MatmulFigure } from './MatmulFigure';
import { ElementwiseFigure } from './ElementwiseFigure';
import { ChainFigure } from './ChainFigure';
import { ViewsFigure } from './ViewsFigure';
import { LayoutsFigure } from './LayoutsFigure';
import { TrustFigure } from './TrustFigure';
import type { ExpandedOp } from './views';
import './jacobians.css';

type Params = ParamValues<typeof JACOBIAN_PARAMS>;
type SetParams = (values: Partial<Params>) => void;

/** Wraps every step: the lesson's class and the notices of unreadable or clamped link values. */
export function JacobiansLayout({ isPresenting, children }: LessonLayoutProps) {
  const [, , rejected, clamped] = useUrlParams(JACOBIAN_PARAMS);
  return (
    <div className={`jc-lesson${isPresenting ? ' jc-lesson--presenting' : ''}`}>
      <RejectedParamsNotice keys={rejected} clamped={clamped} />
      {children}
    </div>
  );
}

function useParams(): [Params, SetParams] {
  const [params, setParams] = useUrlParams(JACOBIAN_PARAMS);
  return [params, setParams];
}

/** Step content: Shapes. */
export function ShapesContent() {
  const [p, set] = useParams();
  return (
    <>
      <p className="lead">∂y/∂x is output × input: M rows for y, N columns for x.</p>
      <div className="prose">
        <p>
          A scalar by a scalar is a scalar. A vector y with M entries by a vector x with N entries
          is an M×N matrix, the <strong>Jacobian</strong>: row i holds the derivatives of output y
          <sub>i</sub>, column j the derivatives with respect to input x<sub>j</sub>. The heatmap is
          the engine’s Jacobian of y = tanh(Ax) for a random A; click a cell to box its entry in the
          formula.
        </p>
      </div>
      <LessonFigure title="The Jacobian’s shape" onReset={() => set({ m: 3, n: 4, i: 2, j: 3 })}>
        <ShapesFigure m={p.m} n={p.n} i={p.i} j={p.j} onChange={set} />
      </LessonFigure>
    </>
  );
}

/** Step content: Matmul. */
export function MatmulContent() {
  const [p, set] = useParams();
  const parsed = parseW(p.W);
  return (
    <>
      <p className="lead">For y = W g, the Jacobian ∂y/∂g is W itself.</p>
      <div className="prose">
        <p>
          y<sub>i</sub> = Σ<sub>j</sub> W<sub>ij</sub> g<sub>j</sub>, so ∂y<sub>i</sub>/∂g
          <sub>j</sub> = W<sub>ij</sub>. The engine never writes that down: it finds row i by
          seeding output i with 1 (the others 0) and running one backward pass; the gradient that
          lands on g is the row. Edit W and compute the rows again.
        </p>
      </div>
      {parsed === null ? (
        <p className="notice" role="status">
          The link’s W was not 12 numbers; the default W is shown.
        </p>
      ) : null}
      <LessonFigure
        title="∂(Wg)/∂g, one backward pass per row"
        onReset={() => set({ W: DEFAULT_W.join(','), jr: 0 })}
      >
        <MatmulFigure
          w={parsed ?? DEFAULT_W}
          rowsDone={p.jr}
          onW={(w) => set({ W: w.join(',') })}
          onRows={(jr) => set({ jr: Math.max(0, Math.min(3, jr)) })}
        />
      </LessonFigure>
    </>
  );
}

/** Step content: Elementwise. */
export function ElementwiseContent() {
  const [p, set] = useParams();
  return (
    <>
      <p className="lead">h = f ⊙ g gives ∂h/∂f = diag(g): zero off the diagonal.</p>
      <div className="prose">
        <p>
          Output h<sub>i</sub> = f<sub>i</sub> g<sub>i</sub> depends on f<sub>i</sub> alone, so
          every off-diagonal entry of ∂h/∂f is zero and the diagonal is g. ReLU is elementwise too:
          its Jacobian is diag(𝟙[f &gt; 0]). Backprop never builds these matrices; it multiplies the
          upstream gradient by the diagonal, entry by entry.
        </p>
      </div>
      <LessonFigure title="Diagonal Jacobians" onReset={() => set({ ek: 'mul', cost: false })}>
        <ElementwiseFigure
          kind={p.ek as 'mul' | 'relu'}
          showCost={p.cost}
          onKind={(ek) => set({ ek })}
          onShowCost={(cost) => set({ cost })}
        />
      </LessonFigure>
    </>
  );
}

/** Step content: Chain. */
export function ChainContent() {
  const [p, set] = useParams();
  const ids = p.ch === '' ? [] : p.ch.split(',');
  return (
    <>
      <p className="lead">Dimensions must match: build ∂L/∂W₁ factor by factor.</p>
      <div className="prose">
        <p>
          For the network <Tex tex="L = \tfrac12\lVert W_2 \max(0, W_1 x) - y\rVert^2" /> with D = 3
          inputs, H = 4 hidden units and C = 2 outputs, put the factors of ∂L/∂W₁ in order. Each
          product must line up: an a×b matrix can only multiply a b×c one. The engine multiplies the
          live matrices and compares the result with its own gradient.
        </p>
      </div>
      <LessonFigure title="Assemble ∂L/∂W₁" onReset={() => set({ ch: '' })}>
        <ChainFigure ids={ids} onIds={(next) => set({ ch: next.join(',') })} />
      </LessonFigure>
    </>
  );
}

/** Step content: Views. */
export function ViewsContent({ isPresenting }: StepProps) {
  const [p, set] = useParams();
  return (
    <>
      <p className="lead">One tensor op is many scalar ops: the gradients agree.</p>
      <div className="prose">
        <p>
          The engine’s graph of the tiny network has one node per tensor op, labelled with shapes.
          Expand one op and the engine rebuilds it from scalar multiplies and adds, as in the
          backprop lesson, weighted by the upstream gradient ū. Step the backward pass in either
          view; the gradients at the end are the same numbers.
        </p>
      </div>
      <LessonFigure
        title="Tensor graph and scalar graph"
        onReset={() => set({ op: 'yhat', tb: 0, sb: 0, vw: 'tensor' })}
      >
        <ViewsFigure
          op={p.op as ExpandedOp}
          tensorPos={p.tb}
          scalarPos={p.sb}
          view={p.vw as 'tensor' | 'scalar'}
          onChange={(next) => set(next)}
          isPresenting={isPresenting}
        />
      </LessonFigure>
    </>
  );
}

/** Step content: Layouts. */
export function LayoutsContent() {
  const [p, set] = useParams();
  return (
    <>
      <p className="lead">Input × output layout transposes every factor, so the chain flips.</p>
      <div className="prose">
        <p>
          This course writes Jacobians output × input (numerator layout). Many texts write them
          input × output (denominator layout), so that ∂L/∂f has f’s shape. Each factor is then the
          transpose, and since (ABC)ᵀ = CᵀBᵀAᵀ the product runs in the opposite order. The factors
          below are the engine’s Jacobians of the tiny network.
        </p>
      </div>
      <LessonFigure title="∂L/∂f in both conventions" onReset={() => set({ lay: 'num' })}>
        <LayoutsFigure layout={p.lay as 'num' | 'den'} onLayout={(lay) => set({ lay })} />
      </LessonFigure>
    </>
  );
}

/** Step content: Trust. */
export function TrustContent() {
  const [p, set] = useParams();
  return (
    <>
      <p className="lead">The engine’s Jacobian matches central differences.</p>
      <div className="prose">
        <p>
          Left: the engine’s Jacobian, one backward pass per output. Right: nudge each input by
          ±10⁻⁶ in float64 and divide the change in every output by 2·10⁻⁶. The colours use one
          scale; the largest difference is printed below.
        </p>
      </div>
      <LessonFigure title="Engine against finite differences" onReset={() => set({ tr: 'yhat-x' })}>
        <TrustFigure target={p.tr as TrustTarget} onTarget={(tr) => set({ tr })} />
      </LessonFigure>
    </>
  );
}

/** Step content: the introduction to the lesson's exercises (the shell renders the exercises). */
export function PracticeContent() {
  return (
    <>
      <p className="lead">Four questions, answered by the engine.</p>
      <div className="prose">
        <p>
          Each question is drawn from a seed and answered by the engine: it builds the tensors with
          these numbers and computes the Jacobian or the gradient. Work it by hand first, then
          check.
        </p>
      </div>
    </>
  );
}
