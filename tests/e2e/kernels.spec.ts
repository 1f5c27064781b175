/**
 * The built site's Content-Security-Policy allows what the WebAssembly SIMD kernels need
 * ('wasm-unsafe-eval': compiling a module) and still refuses JavaScript eval. A same-origin probe
 * script (served by the test) runs under the page's policy and reports what it was allowed to do.
 */
import { expect, test } from '@playwright/test';

/** Tries to compile the smallest SIMD module (the engine's feature probe) and to eval; records both. */
const PROBE = `
const attempt = (fn) => { try { fn(); return 'ok'; } catch (error) { return error.name; } };
const simd = new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,123,3,2,1,0,10,10,1,8,0,65,0,253,15,253,98,11]);
document.documentElement.dataset.cspProbe = JSON.stringify({
  wasm: attempt(() => new WebAssembly.Module(simd)),
  eval: attempt(() => new Function('return 1')()),
});
`;

test('the CSP lets the page compile a SIMD wasm module but not eval JavaScript', async ({
  page,
}) => {
  await page.route('**/csp-probe.js', (route) =>
    route.fulfill({ body: PROBE, contentType: 'text/javascript' }),
  );
  await page.goto('./');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
  await page.addScriptTag({ url: './csp-probe.js' });
  const probe = await page.locator('html').getAttribute('data-csp-probe');
  expect(JSON.parse(probe ?? '{}')).toEqual({ wasm: 'ok', eval: 'EvalError' });
});
