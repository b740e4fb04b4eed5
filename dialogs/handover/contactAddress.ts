import { Culture, recognizeEmail, recognizePhoneNumber } from '@microsoft/recognizers-text-suite';

/**
 * Finds the phone number or e-mail address a citizen typed for a callback,
 * with the recognizers (the same ones that redact personal data), so "mijn
 * nummer is 06-12345678" works as well as the bare number.
 */
export function findContactAddress(text: string, method: 'phone' | 'email'): string | undefined {
  if (method === 'email') return recognizeEmail(text, Culture.English)[0]?.text.trim();
  const phone = recognizePhoneNumber(text, Culture.English).find((result) => isDutchOrBelgian(result.text));
  return phone?.text.trim();
}

/** Starts with 0, + or 00 and has 9 to 15 digits: a number a contact centre can actually call back. */
function isDutchOrBelgian(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  return /^\s*(\+|0|\()/.test(candidate) && digits.length >= 9 && digits.length <= 15;
}
