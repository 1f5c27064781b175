/** The reusable components of the course: import them from here. */
export { Tex, renderTex, type TexProps } from './Tex';
export { Figure, type FigureProps } from './Figure';
export * from './palette';
export { useReducedMotion, useThemeVersion, useOnScreen } from './hooks';
export { formatNumber, formatTexNumber, formatValues, formatShape, formatBytes } from './format';
export { GraphView, type GraphViewProps } from './graph/GraphView';
export type { GraphStep } from './graph/labels';
export { layoutGraph, structureKey } from './graph/layout';
export { MatrixHeatmap, maxAbsRows, type MatrixHeatmapProps } from './charts/MatrixHeatmap';
export { LineChart, type LineChartProps, type LineSeries } from './charts/LineChart';
export {
  LogLogChart,
  type LogLogChartProps,
  type LogLogSeries,
  type LogLogMarker,
  type LogLogPoint,
  type LogLogNote,
} from './charts/LogLogChart';
export {
  FunctionPlot,
  sampleFunction,
  type FunctionPlotProps,
  type PlotFunction,
} from './charts/FunctionPlot';
export {
  DecisionBoundary,
  gridPoints,
  type DecisionBoundaryProps,
  type LabelledPoint,
} from './charts/DecisionBoundary';
export { NeuronHeatmap, paintHeatmap, type NeuronHeatmapProps } from './charts/NeuronHeatmap';
export { DigitCanvas, type DigitCanvasProps } from './digits/DigitCanvas';
export { ImageGrid, type ImageGridProps, type DigitSample } from './digits/ImageGrid';
export { WeightTemplate, maxAbs, type WeightTemplateProps } from './digits/WeightTemplate';
export { PixelGrid, type PixelGridProps } from './digits/PixelGrid';
export { DrawingCanvas, type DrawingCanvasProps } from './digits/DrawingCanvas';
export {
  mnistPreprocess,
  boundingBox,
  centerOfMass,
  alphaToGray,
  type GrayImage,
} from './digits/preprocess';
export { Slider, type SliderProps } from './controls/Slider';
export { NumberInput, type NumberInputProps } from './controls/NumberInput';
export { ExpressionField, type ExpressionFieldProps } from './controls/ExpressionField';
export { Transport, type TransportProps } from './controls/Transport';
export { ProgressBar, type ProgressBarProps } from './controls/ProgressBar';
export { PredictReveal, isCloseEnough, type PredictRevealProps } from './controls/PredictReveal';
export { parseBounded } from './controls/validate';
export { isEditableTarget } from './keyboard';
