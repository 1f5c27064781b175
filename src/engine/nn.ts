import type { DType } from './op-types';
import type { Rng } from './rng';
import type { Tensor } from './tensor';
import { randn, zeros } from './create';
import { linear } from './functional';
import { EngineError, fmtShape } from './errors';

/** A layer or network: forward pass plus its trainable parameters. */
export interface Module {
  /** Computes the output for a batch x. */
  forward(x: Tensor): Tensor;
  /** Trainable parameters, in a stable order. */
  parameters(): Tensor[];
  /** Parameters with stable names (`0.weight`, `0.bias`, `2.weight`…). */
  namedParameters(): [string, Tensor][];
}

/** Options of a Linear layer. */
export interface LinearOpts {
  /** Seeded generator for the initial weights. */
  rng: Rng;
  /** 'kaiming' (std √(2/in), for ReLU) or 'xavier' (std √(2/(in+out)), for sigmoid/tanh). Default kaiming. */
  init?: 'kaiming' | 'xavier';
  /** Whether the layer has a bias (default true). */
  bias?: boolean;
  /** Parameter dtype (default float32). */
  dtype?: DType;
}

/** Fully connected layer y = x Wᵀ + b for x [B, in]; W is [out, in], b is [out] (zeros initially). */
export class Linear implements Module {
  /** Weight matrix [out, in]. */
  weight: Tensor;
  /** Bias vector [out], or null without bias. */
  bias: Tensor | null;

  /** Creates the layer with seeded random weights. */
  constructor(inFeatures: number, outFeatures: number, opts: LinearOpts) {
    const dtype = opts.dtype ?? 'float32';
    const std =
      opts.init === 'xavier'
        ? Math.sqrt(2 / (inFeatures + outFeatures))
        : Math.sqrt(2 / inFeatures);
    this.weight = randn([outFeatures, inFeatures], opts.rng, {
      dtype,
      std,
      requiresGrad: true,
      label: 'W',
    });
    this.bias =
      opts.bias === false ? null : zeros([outFeatures], { dtype, requiresGrad: true, label: 'b' });
  }

  /** y = x Wᵀ + b (one fused op), or x Wᵀ without bias. */
  forward(x: Tensor): Tensor {
    if (x.ndim !== 2)
      throw new EngineError(
        `Linear: expects input [B, ${this.weight.shape[1]}], got ${fmtShape(x.shape)}`,
      );
    return this.bias ? linear(x, this.weight, this.bias) : x.matmul(this.weight.transpose());
  }

  /** [weight, bias]. */
  parameters(): Tensor[] {
    return this.bias ? [this.weight, this.bias] : [this.weight];
  }

  /** [['weight', W], ['bias', b]]. */
  namedParameters(): [string, Tensor][] {
    return this.bias
      ? [
          ['weight', this.weight],
          ['bias', this.bias],
        ]
      : [['weight', this.weight]];
  }
}

/** Base of parameter-free activation layers. */
abstract class Activation implements Module {
  /** Applies the activation elementwise. */
  abstract forward(x: Tensor): Tensor;
  /** No parameters. */
  parameters(): Tensor[] {
    return [];
  }
  /** No parameters. */
  namedParameters(): [string, Tensor][] {
    return [];
  }
}

/** max(0, x). */
export class ReLU extends Activation {
  /** Applies relu. */
  forward(x: Tensor): Tensor {
    return x.relu();
  }
}

/** σ(x). */
export class Sigmoid extends Activation {
  /** Applies sigmoid. */
  forward(x: Tensor): Tensor {
    return x.sigmoid();
  }
}

/** tanh(x). */
export class Tanh extends Activation {
  /** Applies tanh. */
  forward(x: Tensor): Tensor {
    return x.tanh();
  }
}

/** Leaky ReLU with a fixed negative slope. */
export class LeakyReLU extends Activation {
  /** Creates the layer (slope default 0.01). */
  constructor(readonly slope = 0.01) {
    super();
  }
  /** Applies leakyRelu. */
  forward(x: Tensor): Tensor {
    return x.leakyRelu(this.slope);
  }
}

/** ELU: x for x > 0, alpha·(eˣ − 1) otherwise. */
export class ELU extends Activation {
  /** Creates the layer (alpha default 1). */
  constructor(readonly alpha = 1) {
    super();
  }
  /** Applies elu. */
  forward(x: Tensor): Tensor {
    return x.elu(this.alpha);
  }
}

/** The identity "activation": returns its input, so the layers around it compose into one matrix. */
export class Identity extends Activation {
  /** Returns x unchanged (no graph node). */
  forward(x: Tensor): Tensor {
    return x;
  }
}

/** Modules applied one after another. */
export class Sequential implements Module {
  /** The layers, in order. */
  readonly modules: Module[];

  /** Chains the given modules. */
  constructor(...modules: Module[]) {
    this.modules = modules;
  }

  /** Runs x through every module. */
  forward(x: Tensor): Tensor {
    return this.modules.reduce((h, m) => m.forward(h), x);
  }

  /** All parameters in layer order. */
  parameters(): Tensor[] {
    return this.modules.flatMap((m) => m.parameters());
  }

  /** Parameters named `<layer index>.<name>`, e.g. `0.weight`. */
  namedParameters(): [string, Tensor][] {
    return this.modules.flatMap((m, i) =>
      m.namedParameters().map(([n, t]): [string, Tensor] => [`${i}.${n}`, t]),
    );
  }
}

/** Activation names accepted by mlp(). */
export type ActivationName = 'relu' | 'sigmoid' | 'tanh' | 'leakyRelu' | 'elu' | 'identity';

/** Every activation name mlp() accepts, in display order. */
export const ACTIVATION_NAMES: readonly ActivationName[] = [
  'relu',
  'sigmoid',
  'tanh',
  'leakyRelu',
  'elu',
  'identity',
];

function activation(name: ActivationName): Module {
  if (name === 'relu') return new ReLU();
  if (name === 'sigmoid') return new Sigmoid();
  if (name === 'tanh') return new Tanh();
  if (name === 'leakyRelu') return new LeakyReLU();
  if (name === 'elu') return new ELU();
  if (name === 'identity') return new Identity();
  throw new EngineError(`mlp: unknown activation "${String(name)}"`);
}

/**
 * A multilayer perceptron: Linear layers of the given sizes with the activation between them (none after
 * the last). mlp([784, 10]) is the linear model. Kaiming init for relu/leakyRelu/elu, Xavier for
 * sigmoid/tanh/identity.
 */
export function mlp(
  sizes: number[],
  opts: { activation: ActivationName; rng: Rng; dtype?: DType },
): Sequential {
  if (sizes.length < 2)
    throw new EngineError(
      `mlp: needs at least an input and an output size, got ${fmtShape(sizes)}`,
    );
  const xavier: readonly ActivationName[] = ['sigmoid', 'tanh', 'identity'];
  const init = xavier.includes(opts.activation) ? 'xavier' : 'kaiming';
  const modules: Module[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    if (i > 0) modules.push(activation(opts.activation));
    modules.push(new Linear(sizes[i], sizes[i + 1], { rng: opts.rng, init, dtype: opts.dtype }));
  }
  return new Sequential(...modules);
}
