// .NET's `Guid`. evo-codec holds one as the lower-case "D" text (`0f8fad5b-d9cb-469f-a165-70867728950e`);
// the reference writes the "N" form (32 hex digits) and reads the dashed, braced and parenthesised
// ones too, in any letter case.

/** Where the dashes of the "D" form are. */
const DASHES = [8, 13, 18, 23];

/** The canonical (lower-case "D") text of a Guid in the N, D, B (`{…}`) or P (`(…)`) form; `undefined` for anything else. */
export function parseGuid(text: string): string | undefined {
  let body = text;
  if (text.length === 38) {
    const open = text.charCodeAt(0);
    const close = text.charCodeAt(37);
    if (!((open === 0x7b && close === 0x7d) || (open === 0x28 && close === 0x29))) return undefined;
    body = text.slice(1, 37);
  }
  if (body.length === 32) return hex(body) ? dashed(body.toLowerCase()) : undefined;
  if (body.length !== 36) return undefined;
  for (const at of DASHES) if (body.charCodeAt(at) !== 0x2d) return undefined;
  const digits = body.slice(0, 8) + body.slice(9, 13) + body.slice(14, 18) + body.slice(19, 23) + body.slice(24);
  return hex(digits) ? dashed(digits.toLowerCase()) : undefined;
}

/** The "N" form the reference writes: the 32 hex digits of a canonical Guid. */
export function guidDigits(canonical: string): string {
  return canonical.slice(0, 8) + canonical.slice(9, 13) + canonical.slice(14, 18) + canonical.slice(19, 23) + canonical.slice(24);
}

function dashed(digits: string): string {
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
}

function hex(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = c | 0x20;
    if (!((c >= 0x30 && c <= 0x39) || (letter >= 0x61 && letter <= 0x66 && c >= 0x41))) return false;
  }
  return true;
}
