/**
 * Vector differentiation: each step composes prose, the engine's Jacobians and the components;
 * shareable state lives in the URL.
 */
import type { LessonLayoutProps } from '../../kit/lesson';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import { useUrlParams } from '../../kit/useUrlParams';
import { JACOBIAN_PARAMS } from './params';
import './jacobians.css';

/** Wraps every step: the lesson's class and the notice of unreadable link values. */
export function JacobiansLayout({ isPresenting, children }: LessonLayoutProps) {
  const [, , rejected] = useUrlParams(JACOBIAN_PARAMS);
  return (
    <div className={`jc-lesson${isPresenting ? ' jc-lesson--presenting' : ''}`}>
      <RejectedParamsNotice keys={rejected} />
      {children}
    </div>
  );
}

function Placeholder({ lead }: { lead: string }) {
  return <p className="lead">{lead}</p>;
}

/** Step content: Shapes. */
export const ShapesContent = () => <Placeholder lead="Output × input." />;
/** Step content: Matmul. */
export const MatmulContent = () => <Placeholder lead="∂(Wg)/∂g = W." />;
/** Step content: Elementwise. */
export const ElementwiseContent = () => <Placeholder lead="∂(f ⊙ g)/∂f = diag(g)." />;
/** Step content: Chain. */
export const ChainContent = () => <Placeholder lead="Dimensions must match." />;
/** Step content: Views. */
export const ViewsContent = () => <Placeholder lead="Tensor and scalar views." />;
/** Step content: Layouts. */
export const LayoutsContent = () => <Placeholder lead="Two conventions." />;
/** Step content: Trust. */
export const TrustContent = () => <Placeholder lead="Against finite differences." />;
/** Step content: Practice. */
export const PracticeContent = () => <Placeholder lead="Check yourself." />;
