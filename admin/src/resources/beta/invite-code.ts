// A suggested invite code, easy to read aloud: no 0/O or 1/I/L to confuse, grouped by dashes.
// It fits db/validation's code rule (4 to 64 letters, digits or dashes).
const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

// A code is a key to the beta, so the browser's cryptographic generator picks its characters.
const secureRandom = () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32;

/**
 * @example suggestInviteCode(() => 0) // "AAAA-AAAA"
 * @param random a source of numbers in [0, 1); cryptographic unless a test pins it
 */
export function suggestInviteCode(random: () => number = secureRandom): string {
  const group = () =>
    Array.from({ length: 4 }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  return `${group()}-${group()}`;
}
