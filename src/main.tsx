import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// NOTE: the backend switch alone, not the engine index: the engine loads with the lessons.
import { kernelBackendFromQuery, setKernelBackend } from './engine/kernels/wasm/backend';
import { startServiceWorker } from './app/offline/register';
import './app/theme.css';
import './app/app.css';

setKernelBackend(kernelBackendFromQuery(window.location.search) ?? 'auto');
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root, {
  // NOTE: errors caught by an error boundary are shown to the reader; report them as warnings.
  onCaughtError: (error) =>
    console.warn('[chain-rule] caught:', error instanceof Error ? error.message : error),
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

startServiceWorker();
