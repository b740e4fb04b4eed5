import { detectAll } from 'tinyld';

export type Language = 'nl' | 'en';

/**
 * Tells Dutch from English. Returns undefined when the text gives too little
 * to go on ("paspoort", "hallo"), so the caller can fall back to the
 * conversation's language or the channel locale instead of guessing.
 */
export function detectLanguage(text: string): Language | undefined {
  const [best, second] = detectAll(text, { only: ['nl', 'en'] });
  if (!best) return undefined;
  const margin = best.accuracy - (second?.accuracy ?? 0);
  if (best.accuracy < 0.1 || margin < 0.05) return undefined;
  return best.lang === 'en' ? 'en' : 'nl';
}
