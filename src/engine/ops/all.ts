// Registers every built-in op family (imported once, for its side effects, by tensor.ts).
import './unary';
import './binary';
import './reduce';
import './movement';
import './matmul';
import './loss';
