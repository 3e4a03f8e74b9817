/**
 * A case number as a lookup key: trimmed, upper-case, no spaces around slashes, so that "ks 2024 / 1"
 * and "KS 2024/1" name the same case.
 */
export function caseKey(caseNumber: string): string {
  return caseNumber
    .trim()
    .toUpperCase()
    .replace(/\s*\/\s*/g, '/');
}
