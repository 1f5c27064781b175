/** The component gallery (#/gallery): every component with real engine data; used by browser tests and screenshots. */
import { Figure, Tex } from '../components';
import { BenchGraphSection, LectureGraphSection, TensorGraphSection } from './GraphGallery';
import { FunctionPlotSection, TrainingChartsSection } from './ChartGallery';
import { DrawingSection, MnistSections } from './DigitGallery';
import { ControlsSection } from './ControlGallery';
import './gallery.css';

/** The gallery page. */
export default function GalleryPage() {
  return (
    <div className="gallery">
      <h1>Component gallery</h1>
      <p>
        Every figure of the course, drawn with real data from the engine. Use it to check themes,
        sizes and keyboard access.
      </p>
      <h2>Computational graphs</h2>
      <LectureGraphSection />
      <TensorGraphSection />
      <BenchGraphSection />
      <h2>Charts</h2>
      <TrainingChartsSection />
      <FunctionPlotSection />
      <h2>Digits</h2>
      <MnistSections />
      <DrawingSection />
      <h2>Controls and formulas</h2>
      <ControlsSection />
      <Figure
        id="tex"
        title="Formulas"
        caption="An invalid formula shows an inline error instead of breaking the page."
      >
        <Tex
          display
          tex="\frac{\partial L}{\partial w_1} = \frac{\partial f}{\partial w_1}\,\frac{\partial g}{\partial f}\,\frac{\partial \hat y}{\partial g}\,\frac{\partial L}{\partial \hat y}"
        />
        <Tex display tex="= 5 \cdot 1 \cdot 2 \cdot 8 = 80" />
        <p>
          Inline: <Tex tex="\sigma'(z) = \sigma(z)(1 - \sigma(z))" />; broken on purpose:{' '}
          <Tex tex="\frac{1}{" />.
        </p>
      </Figure>
    </div>
  );
}
