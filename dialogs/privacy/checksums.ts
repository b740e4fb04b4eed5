import { isValidIBAN } from 'ibantools';

/**
 * Checksums that tell a real identifier from an arbitrary number, so that
 * Loket redacts a BSN but not an order number of the same length.
 */

/** Dutch BSN: 9 digits passing the "elfproef" (weights 9..2 and -1, sum divisible by 11). */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (9 - index);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * Belgian rijksregisternummer: YYMMDD + 3-digit serial + 2 check digits,
 * check = 97 - (first nine digits mod 97); for people born from 2000 the
 * nine digits are prefixed with 2.
 */
export function isValidRijksregisternummer(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const base = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  const month = Number(digits.slice(2, 4));
  if (month > 12 && month < 20) return false;
  return 97 - (Number(base) % 97) === check || 97 - (Number(`2${base}`) % 97) === check;
}

/** IBAN with its ISO 13616 mod-97 check (ibantools), spaces ignored. */
export function isValidIban(candidate: string): boolean {
  return isValidIBAN(candidate.replace(/\s+/g, '').toUpperCase());
}
