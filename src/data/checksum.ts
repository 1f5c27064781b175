/** Checksums the MNIST loader verifies: SHA-256 through WebCrypto, FNV-1a 32 as the fallback. */

/** FNV-1a 32-bit hash of `bytes` as 8 hex digits (same as scripts/build-mnist.mjs). */
export function fnv1a(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** SHA-256 of `bytes` as hex, or null when crypto.subtle is missing (insecure context). */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when `bytes` match the expected checksum: SHA-256 if available, else FNV-1a. */
export async function matchesChecksum(
  bytes: Uint8Array,
  expected: { sha256: string; fnv1a: string },
): Promise<boolean> {
  const sha = await sha256Hex(bytes);
  return sha === null ? fnv1a(bytes) === expected.fnv1a : sha === expected.sha256;
}
