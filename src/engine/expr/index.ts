// Public API of the sandbox expression language (tokenizer, parser, formatter, TeX, engine-graph builder).
export {
  EXPR_FUNCTIONS,
  EXPR_LIMITS,
  collectVariables,
  type ExprBinaryOp,
  type ExprError,
  type ExprFunction,
  type ExprNode,
  type ParseResult,
} from './ast';
export { parseExpression, EMPTY_MESSAGE, EXPONENT_MESSAGE } from './parser';
export { formatExpression } from './format';
export { exprToTex, variableTex } from './tex';
export {
  buildExpression,
  buildGraph,
  evaluateConstant,
  MAX_INLINE_LABEL,
  type BuiltExpression,
} from './build';
export { evaluateExpression, type EvaluateResult } from './evaluate';
export { differentiate, countNodes, sigmoidChain, type DiffResult } from './symbolic';
export { expressionFunction, type ExpressionFunctionResult } from './scalar-function';
