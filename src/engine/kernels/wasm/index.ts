// Public surface of the WebAssembly kernels: choosing the backend and inspecting it.
export {
  setKernelBackend,
  getKernelBackend,
  kernelBackendFromQuery,
  isKernelBackend,
  type KernelBackend,
} from './backend';
export { kernelStatus, type KernelStatus } from './matmul-wasm';
