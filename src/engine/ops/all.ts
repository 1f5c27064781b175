// Registers every built-in op family (imported for its side effects by index.ts and create.ts;
// tensor.ts does not import it, so the ops may import the tensor without a cycle).
import './unary';
import './binary';
import './reduce';
import './movement';
import './matmul';
import './loss';
