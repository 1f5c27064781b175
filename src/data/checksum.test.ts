import { describe, expect, it } from 'vitest';
import { fnv1a, matchesChecksum, sha256Hex } from './checksum';

const text = (s: string) => new TextEncoder().encode(s);

describe('checksums the MNIST loader verifies', () => {
  it('fnv1a gives the published FNV-1a 32 test vectors (as scripts/build-mnist.mjs must)', () => {
    expect(fnv1a(new Uint8Array())).toBe('811c9dc5');
    expect(fnv1a(text('a'))).toBe('e40c292c');
    expect(fnv1a(text('foobar'))).toBe('bf9cf968');
  });

  it('sha256Hex gives the published SHA-256 of "abc"', async () => {
    expect(await sha256Hex(text('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('matchesChecksum compares SHA-256 when WebCrypto is present', async () => {
    const sha256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await matchesChecksum(text('abc'), { sha256, fnv1a: 'wrong' })).toBe(true);
    expect(await matchesChecksum(text('abd'), { sha256, fnv1a: 'wrong' })).toBe(false);
  });
});
