import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startServiceWorker } from './app/offline/register';
import './app/theme.css';
import './app/app.css';

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
