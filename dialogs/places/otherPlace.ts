import { Article } from '../../knowledge/articles/article';
import { splitSentences } from '../../knowledge/authoring/plainLanguage';
import { casedWordsOf } from '../../knowledge/text/normalize';
import { loadPlaceNames, nameWords, placeKey, PlaceNames } from './placeNames';

/** Words after which a place name says where something is: "in Gent", "gemeente Utrecht", "the city of Rotterdam", "het OCMW van Antwerpen". */
const PLACE_WORDS = new Set(['in', 'te', 'bij', 'gemeente', 'stad']);
/** "of" only after these: in Dutch it means "or". */
const ENGLISH_PLACE_NOUNS = new Set(['city', 'town', 'municipality']);
/** "van" only after these ("het OCMW van Antwerpen"): elsewhere it says where someone comes from ("ik verhuis van Utrecht naar …"). */
const COUNCIL_NOUNS = new Set(['ocmw', 'cpas', 'gemeente', 'stad', 'stadhuis', 'gemeentehuis', 'burgemeester', 'gemeenteraad', 'website']);

/** Place names run to four words ("Alphen aan den Rijn"). */
const LONGEST_NAME = 4;

/** A city this size is meant even when written in lower case: "in leiden" is Leiden, not the verb. */
const WELL_KNOWN = 50_000;

/**
 * Questions set in another municipality ("wanneer wordt het grofvuil
 * opgehaald in Rotterdam-Zuid?"): Loket knows its own municipality's rules,
 * and an article about them would be a wrong answer there. A question that
 * also names one of the places the knowledge base itself names ("ik verhuis
 * van Amsterdam naar Lindewijk") is about here.
 */
export class OtherPlaceCheck {
  /** The places each knowledge base names, found once per set of articles. */
  private readonly ownPlaces = new WeakMap<ReadonlyMap<string, Article>, Set<string>>();

  constructor(private readonly places: PlaceNames) {}

  /** The name of the other place the question is set in, or undefined. */
  find(question: string, articles: ReadonlyMap<string, Article>): string | undefined {
    const words = casedWordsOf(question);
    const mentioned = this.mentions(words);
    if (mentioned.length === 0) return undefined;
    const own = this.ownPlacesOf(articles);
    const folded = new Set(words.map((word) => word.toLowerCase()));
    if ([...own].some((place) => folded.has(place) || mentioned.includes(place))) return undefined;
    return this.places.get(mentioned[0] ?? '')?.name;
  }

  /** Keys of the places named after a place word, in the order written. */
  private mentions(words: string[]): string[] {
    const found: string[] = [];
    words.forEach((word, position) => {
      if (!isPlaceWord(words, position)) return;
      const place = this.placeAt(words, position + 1);
      if (place) found.push(place);
    });
    return found;
  }

  /** The longest place name starting at `start`; an ordinary word counts only with a capital or as a big city. */
  private placeAt(words: string[], start: number): string | undefined {
    for (let length = Math.min(LONGEST_NAME, words.length - start); length >= 1; length--) {
      const written = words.slice(start, start + length);
      const key = placeKey(written);
      const place = this.places.get(key);
      if (!place) continue;
      if (!place.ordinaryWord || isCapitalised(nameWords(written)[0]) || place.population >= WELL_KNOWN) return key;
    }
    return undefined;
  }

  /**
   * The municipality the articles are about ("gemeente Lindewijk") and the
   * known places they say things are in ("in Doorn", for a municipality with
   * several villages).
   */
  private ownPlacesOf(articles: ReadonlyMap<string, Article>): Set<string> {
    const cached = this.ownPlaces.get(articles);
    if (cached) return cached;
    const own = new Set<string>();
    const texts = [...articles.values()].flatMap((article) => [
      article.title,
      article.lead,
      ...article.questions,
      ...article.sections.map((section) => section.text),
    ]);
    // Sentence by sentence: "… bij. Wij …" must not make "Wij" a place.
    for (const sentence of texts.flatMap(splitSentences)) {
      const words = casedWordsOf(sentence);
      words.forEach((word, position) => {
        const next = words[position + 1];
        if (word.toLowerCase() === 'gemeente' && next && isCapitalised(next)) own.add(next.toLowerCase());
        const place = isPlaceWord(words, position) ? this.placeAt(words, position + 1) : undefined;
        if (place) own.add(place);
      });
    }
    this.ownPlaces.set(articles, own);
    return own;
  }
}

function isCapitalised(word: string | undefined): boolean {
  return /^\p{Lu}/u.test(word ?? '');
}

function isPlaceWord(words: string[], position: number): boolean {
  const word = words[position]?.toLowerCase() ?? '';
  const before = words[position - 1]?.toLowerCase() ?? '';
  return PLACE_WORDS.has(word) || (word === 'of' && ENGLISH_PLACE_NOUNS.has(before)) || (word === 'van' && COUNCIL_NOUNS.has(before));
}

let standard: OtherPlaceCheck | undefined;

/** The check over Dutch and Belgian places, loaded once per process (it is immutable). */
export function standardOtherPlaceCheck(): OtherPlaceCheck {
  standard ??= new OtherPlaceCheck(loadPlaceNames());
  return standard;
}
