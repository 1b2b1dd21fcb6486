// Taxpayer identification numbers (ИНН/СТИ) are 14 digits. For an individual (an individual
// entrepreneur) the TIN is the personal identification number: a sex digit (1 female, 2 male)
// followed by the birth date DDMMYYYY and five more digits. The structure of organisations'
// TINs is not verified, so for them only the length and digits are checked.
import type { HolderKindValue } from './holder-kind.js';

/** Why `tin` is not a valid TIN for a holder of `kind`, or null when it is. */
export function tinProblem(tin: string, kind: HolderKindValue): string | null {
  if (!/^\d{14}$/.test(tin)) return 'must be exactly 14 digits';
  if (kind !== 'INDIVIDUAL_ENTREPRENEUR') return null;
  if (tin[0] !== '1' && tin[0] !== '2') return "an individual's TIN starts with 1 or 2";
  const [dd, mm, yyyy] = [tin.slice(1, 3), tin.slice(3, 5), tin.slice(5, 9)].map(Number) as [number, number, number];
  const d = new Date(Date.UTC(yyyy, mm - 1, dd));
  const valid = d.getUTCFullYear() === yyyy && d.getUTCMonth() === mm - 1 && d.getUTCDate() === dd && yyyy >= 1900;
  return valid ? null : "an individual's TIN must contain a valid birth date (DDMMYYYY) after the first digit";
}
