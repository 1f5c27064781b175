/** Gallery sections for the digit components: MNIST grid with a linear model's predictions, templates, pixels, drawing. */
import { useEffect, useState } from 'react';
import {
  DigitCanvas,
  DrawingCanvas,
  Figure,
  ImageGrid,
  PixelGrid,
  ProgressBar,
  WeightTemplate,
  maxAbs,
} from '../components';
import { loadDigitData, type DigitData } from './digit-data';

/** Loads the digits once and shows the image grid, weight templates and pixel grid. */
export function MnistSections() {
  const [data, setData] = useState<DigitData | null>(null);
  const [progress, setProgress] = useState({ loadedBytes: 0, totalBytes: 0 });
  useEffect(() => {
    let isLive = true;
    loadDigitData((p) => isLive && setProgress(p)).then((d) => isLive && setData(d));
    return () => {
      isLive = false;
    };
  }, []);
  if (!data) {
    return (
      <Figure id="digits-loading" title="MNIST digits">
        <ProgressBar
          label="Loading MNIST test digits"
          value={progress.loadedBytes}
          max={progress.totalBytes}
          isBytes
        />
      </Figure>
    );
  }
  const range = Math.max(...data.templates.map((t) => maxAbs(t)));
  const source =
    data.source === 'mnist'
      ? 'MNIST test digits'
      : 'a drawn stand-in digit (MNIST files not built)';
  return (
    <>
      <Figure
        wide
        id="digits-grid"
        title="Predictions of a linear model"
        caption={
          data.source === 'mnist'
            ? 'Linear model (mlp([784, 10]), softmax cross-entropy, SGD) trained in the page on 2,000 MNIST test digits; these 24 were not used for training.'
            : 'MNIST files are not built (run npm run data): showing a drawn stand-in digit with made-up predictions.'
        }
      >
        <ImageGrid samples={data.samples} ariaLabel="Test digits with true and predicted labels" />
      </Figure>
      <Figure
        wide
        id="digits-templates"
        title="Each row of W, as a 28×28 template"
        caption="Blue is negative, orange positive, on one shared scale symmetric around 0."
      >
        <ul className="gallery-templates">
          {data.templates.map((t, k) => (
            <li key={k}>
              <WeightTemplate
                weights={t}
                range={range}
                size={84}
                ariaLabel={`Weights of class ${k}`}
                showLegend={k === 9}
              />
              <span>class {k}</span>
            </li>
          ))}
        </ul>
      </Figure>
      <Figure
        id="digits-pixels"
        title="What the computer sees"
        caption={`One of the ${source}: 28×28 grey levels from 0 to 255.`}
      >
        <div className="gallery-row gallery-row--top">
          <DigitCanvas
            pixels={data.pixelDigit}
            maxValue={255}
            size={84}
            ariaLabel={`digit labelled ${data.samples[0]?.label ?? ''}`}
          />
          <PixelGrid pixels={data.pixelDigit} ariaLabel="Pixel values of one digit" />
        </div>
      </Figure>
    </>
  );
}

/** The drawing pad with its MNIST-style preview. */
export function DrawingSection() {
  const [ink, setInk] = useState(0);
  return (
    <Figure
      id="digits-draw"
      title="Draw a digit"
      caption={`Cropped, scaled to fit 20×20 and centred by centre of mass in 28×28, as MNIST was made. Total ink: ${ink.toFixed(1)}.`}
    >
      <DrawingCanvas onChange={(input) => setInk(input.reduce((a, b) => a + b, 0))} />
    </Figure>
  );
}
