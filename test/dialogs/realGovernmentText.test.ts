import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { redactPersonalData } from '../../dialogs/privacy/redactPersonalData';
import { standardSafetyCheck } from '../../dialogs/safety/safetyCheck';
import { standardOtherPlaceCheck } from '../../dialogs/places/otherPlace';
import { createHtmlToMarkdown } from '../../knowledge/importers/htmlToMarkdown';
import { FIXTURES, SHARED } from '../support/paths';

/**
 * Real government wording, read as if a citizen typed it: the product names of
 * the Uniforme Productnamenlijst and the Flemish product texts (IPDC) in
 * ../shared/data, or this repository's small fixtures in the same formats when
 * a clone has no ../shared. They must not look like a crisis, unless they are
 * about violence, hold no personal data to redact, and not read as set in
 * another municipality.
 */
const UPL_FILE = [join(SHARED, 'data', 'upl', 'UPL-actueel.csv'), join(FIXTURES, 'upl', 'UPL-actueel.csv')].find((file) => existsSync(file)) ?? '';
const IPDC_DIR = [join(SHARED, 'data', 'ipdc-samples'), join(FIXTURES, 'ipdc')].find((dir) => existsSync(dir)) ?? '';
const ABOUT_VIOLENCE = /geweld|overval|mishandel|misbruik/i;

function productNames(): string[] {
  const rows = parse(readFileSync(UPL_FILE, 'utf8'), { columns: true, skip_empty_lines: true }) as { UniformeProductnaam: string }[];
  return [...new Set(rows.map((row) => row.UniformeProductnaam))];
}

/** The Dutch texts of IPDC pages (every "nl" value), as plain sentences. */
function flemishSentences(): string[] {
  const toText = createHtmlToMarkdown();
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'nl' && typeof inner === 'string') texts.push(toText(inner));
        else collect(inner);
      }
    }
  };
  for (const file of readdirSync(IPDC_DIR).filter((name) => name.endsWith('.json'))) collect(JSON.parse(readFileSync(join(IPDC_DIR, file), 'utf8')));
  return [...new Set(texts.flatMap((text) => text.split(/(?<=[.?!])\s+/)).map((sentence) => sentence.trim()))].filter((sentence) => sentence.length > 10);
}

describe('real government wording (UPL product names, Flemish IPDC texts)', () => {
  const safety = standardSafetyCheck();

  it.each([
    ['UPL product names', productNames],
    ['IPDC sentences', flemishSentences],
  ])('%s raise no crisis alarm unless they are about violence', (_, read) => {
    const texts = read();
    expect(texts.length).toBeGreaterThan(1);
    const alarms = texts.filter((text) => safety.check(text) && !ABOUT_VIOLENCE.test(text));
    expect(alarms).toEqual([]);
    // The names about violence are recognised as such ("meldcode huiselijk geweld", "subsidie na een overval").
    expect(texts.filter((text) => /huiselijk geweld/i.test(text)).every((text) => safety.check(text)?.category === 'abuse')).toBe(true);
  });

  it.each([
    ['UPL product names', productNames],
    ['IPDC sentences', flemishSentences],
  ])('%s hold nothing that is redacted as personal data', (_, read) => {
    const redacted = read().filter((text) => redactPersonalData(text).found.length > 0);
    expect(redacted).toEqual([]);
  });

  it.each([
    ['UPL product names', productNames],
    ['IPDC sentences', flemishSentences],
  ])('%s name no other municipality (they would be declined as set elsewhere)', (_, read) => {
    const places = standardOtherPlaceCheck();
    const declined = read().filter((text) => places.find(text, new Map()) !== undefined);
    expect(declined).toEqual([]);
  });
});
