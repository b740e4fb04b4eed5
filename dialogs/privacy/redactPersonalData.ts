import { Culture, recognizeEmail, recognizePhoneNumber } from '@microsoft/recognizers-text-suite';
import { isValidBsn, isValidIban, isValidRijksregisternummer } from './checksums';

export type PersonalDataKind = 'bsn' | 'rijksregisternummer' | 'iban' | 'phone' | 'email' | 'address' | 'licence-plate';

export interface Redaction {
  text: string;
  /** What was found, for counting; never the values themselves. */
  found: PersonalDataKind[];
}

const PLACEHOLDER: Record<PersonalDataKind, string> = {
  bsn: '[BSN]',
  rijksregisternummer: '[RIJKSREGISTERNUMMER]',
  iban: '[IBAN]',
  phone: '[TELEFOONNUMMER]',
  email: '[E-MAIL]',
  address: '[ADRES]',
  'licence-plate': '[KENTEKEN]',
};

const PLACEHOLDERS = new RegExp(
  `(${Object.values(PLACEHOLDER)
    .map((value) => value.replace(/[[\]-]/g, '\\$&'))
    .join('|')})`,
  'g',
);

/** The redacted text without its placeholders: a number the citizen gave says nothing about what they ask. */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDERS, ' ').replace(/\s+/g, ' ').trim();
}

interface Span {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

/** 9 digits, together or in the usual groups (123456782, 1234.56.782, 123 456 782). */
const NINE_DIGITS =
  /(?<![\d\w.,-])(?:\d{9}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{3}[ .]\d{2}[ .]\d{4}|\d{2}[ .]\d{3}[ .]\d{4})(?![\d\w]|[.,-]\d)/g;
/** 11 digits in the Belgian notation (85.07.30-033.28) or without separators. */
const ELEVEN_DIGITS = /(?<![\d\w])\d{2}[ .]?\d{2}[ .]?\d{2}[ .-]?\d{3}[ .]?\d{2}(?![\d\w])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/gi;
/** Dutch postcode (1234 AB; SA, SD and SS are never issued) with an optional house number. */
const POSTCODE = /\b[1-9]\d{3}[ ]?(?!sa|sd|ss)[a-z]{2}\b(?:[ ,]+\d{1,5}(?:[ -]?[a-z]{1,2}\b|\b))?/gi;
/** A street name and house number; a number with a unit is an amount ("mantelzorgwaardering 150 euro"), not an address. */
const STREET_AND_NUMBER =
  /\b[\p{L}'-]{2,}(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|pad|steeg|dijk|park|ring|markt|baan|steenweg|lei|plantsoen)\s+\d{1,5}(?!\d|[.,]\d|\s*(?:%|(?:euro|eur|procent|jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|minuten|keer|km|kilometer|meter|kilo|kg|personen|mensen|stuks)\b))(?:[ -]?[a-z]{1,2}\b|\b)/giu;
/** Dutch licence plates in the sidecodes since 1951, written with hyphens, or in capitals without. */
const PLATE_WITH_HYPHENS =
  /\b(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)\b/gi;
const PLATE_CAPITALS =
  /\b(?:\d{2}[A-Z]{3}\d|\d[A-Z]{3}\d{2}|[A-Z]{2}\d{3}[A-Z]|[A-Z]\d{3}[A-Z]{2}|[A-Z]{3}\d{2}[A-Z]|[A-Z]\d{2}[A-Z]{3}|\d[A-Z]{2}\d{3}|\d{3}[A-Z]{2}\d)\b/g;

/**
 * Removes personal data from free text before it is stored, logged or
 * searched: BSN (elfproef), Belgian rijksregisternummer (mod 97), IBAN
 * (mod 97), phone numbers and e-mail addresses (Recognizers-Text plus Dutch
 * and Belgian formats), postcode with house number, street with number, and
 * Dutch licence plates. Numbers that fail their checksum are left alone.
 */
export function redactPersonalData(text: string): Redaction {
  const spans: Span[] = [];
  const digitCount = (text.match(/\d/g) ?? []).length;
  if (digitCount >= 9) {
    collect(text, NINE_DIGITS, 'bsn', spans, (match) => isValidBsn(match.replace(/\D/g, '')));
    collect(text, ELEVEN_DIGITS, 'rijksregisternummer', spans, (match) => isValidRijksregisternummer(match.replace(/\D/g, '')));
    collectIbans(text, spans);
  }
  if (digitCount >= 6) collectPhones(text, spans);
  if (text.includes('@')) collectEmails(text, spans);
  if (digitCount >= 1) {
    collect(text, POSTCODE, 'address', spans, isLikelyPostcode);
    collect(text, STREET_AND_NUMBER, 'address', spans);
    collect(text, PLATE_WITH_HYPHENS, 'licence-plate', spans);
    collect(text, PLATE_CAPITALS, 'licence-plate', spans, (match) => /\d/.test(match) && /[A-Z]/.test(match));
  }
  return apply(text, spans);
}

/** Two-letter Dutch words that follow numbers in ordinary sentences ("2026 om 10:30", "3 en 4"). */
const SHORT_WORDS = new Set([
  'om',
  'op',
  'in',
  'en',
  'of',
  'is',
  'al',
  'de',
  'te',
  'ik',
  'je',
  'we',
  'ze',
  'na',
  'nu',
  'zo',
  'er',
  'an',
  'at',
  'on',
  'to',
  'or',
  'by',
  'as',
  'it',
]);

/** Capitals ("4321 AB") are a postcode; lower case only when the letters are not a common word. */
function isLikelyPostcode(match: string): boolean {
  const letters = /^[1-9]\d{3}\s?([a-z]{2})/i.exec(match)?.[1] ?? '';
  return letters === letters.toUpperCase() || !SHORT_WORDS.has(letters.toLowerCase());
}

function collect(text: string, pattern: RegExp, kind: PersonalDataKind, spans: Span[], accept: (match: string) => boolean = () => true): void {
  for (const match of text.matchAll(pattern)) {
    if (match.index === undefined || !accept(match[0])) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, kind });
  }
}

/** An IBAN match may run into the next word ("… 00 graag"): try shorter ends until the checksum holds. */
function collectIbans(text: string, spans: Span[]): void {
  for (const match of text.matchAll(IBAN)) {
    if (match.index === undefined) continue;
    for (let end = match[0].length; end >= 15; end--) {
      const candidate = match[0].slice(0, end);
      if (/\s$/.test(candidate) || !isValidIban(candidate)) continue;
      spans.push({ start: match.index, end: match.index + end, kind: 'iban' });
      break;
    }
  }
}

/** Recognizers-Text finds international and local notations; a short code like "14 0456" is not personal. */
function collectPhones(text: string, spans: Span[]): void {
  for (const result of recognizePhoneNumber(text, Culture.English)) {
    // Dutch and Belgian numbers start with 0 or an international prefix and have at least 9 digits.
    if (!/^[+0(]/.test(result.text.trim()) || result.text.replace(/\D/g, '').length < 9) continue;
    spans.push({ start: result.start, end: result.end + 1, kind: 'phone' });
  }
}

function collectEmails(text: string, spans: Span[]): void {
  for (const result of recognizeEmail(text, Culture.English)) spans.push({ start: result.start, end: result.end + 1, kind: 'email' });
  collect(text, /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, 'email', spans);
}

/** Replaces spans right to left; overlapping spans merge into the first-found kind (BSN before phone). */
function apply(text: string, spans: Span[]): Redaction {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      if (priority(span.kind) < priority(last.kind)) last.kind = span.kind;
      last.end = Math.max(last.end, span.end);
      continue;
    }
    merged.push({ ...span });
  }
  let result = text;
  for (const span of [...merged].reverse()) result = result.slice(0, span.start) + PLACEHOLDER[span.kind] + result.slice(span.end);
  return { text: result, found: merged.map((span) => span.kind) };
}

const ORDER: PersonalDataKind[] = ['bsn', 'rijksregisternummer', 'iban', 'email', 'phone', 'address', 'licence-plate'];
function priority(kind: PersonalDataKind): number {
  return ORDER.indexOf(kind);
}
