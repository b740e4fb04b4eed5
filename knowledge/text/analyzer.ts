import { newStemmer } from 'snowball-stemmers';
import { compoundHead, splitCompound } from './compounds';
import { CLAUSE_END, wordsOf } from './normalize';
import { DETERMINERS, infinitivesOf, isVerbPart, NEVER_VERBS, PARTICLES, separatedVerbTerm, withoutT } from './dutchVerbs';
import { withoutClosing, withoutCourtesies, withoutIntroduction } from './letterFraming';
import { withoutIdioms } from './questionOnlyWords';
import { isSlipOfStopword, isStopword } from './stopwords';
import { contentWords, RelatedTerms } from './relatedTerms';
import { EMPTY_THESAURUS, Thesaurus } from './thesaurus';
import { SpellingCorrector } from './spelling';
import { shortDutchWords } from './wordLists';

export type TextLanguage = 'nl' | 'en';

const dutch = newStemmer('dutch');
const english = newStemmer('english');

const MAX_CACHED_WORDS = 20_000;

/**
 * Turns text into search terms: folded words, stop words removed, Snowball
 * stems, plus the stems of the parts of Dutch compounds found in the corpus
 * vocabulary ("paspoortaanvraag" also yields "paspoort" and "aanvrag"), so that
 * a citizen's "paspoort aanvragen" finds "Paspoortaanvraag" and the reverse.
 */
export class TextAnalyzer {
  private readonly vocabulary: ReadonlySet<string>;
  private readonly expansions = new Map<string, string[]>();
  private readonly wholeStems = new Map<string, string[]>();
  private readonly related: RelatedTerms;
  private readonly spelling: SpellingCorrector;
  private readonly corrections = new Map<string, string[]>();
  /** Stems of every corpus word: a word with one of these is known, whatever its form. */
  private readonly knownStems: Set<string>;
  /** Stems of the corpus's verb forms with -t ("betaalt"), by the stem of the verb ("betal"). */
  private readonly tForms = new Map<string, string[]>();
  private readonly inflections = new Map<string, string[]>();

  /** `shortWords`: real words of up to five letters, which a compound may begin with ("knie" of "knieoperatie"). */
  constructor(
    vocabulary: Iterable<string>,
    thesaurus: Thesaurus = EMPTY_THESAURUS,
    private readonly shortWords: ReadonlySet<string> = shortDutchWords(),
  ) {
    this.vocabulary = new Set(vocabulary);
    this.related = new RelatedTerms(thesaurus, (word) => this.stemsOf(word));
    this.spelling = new SpellingCorrector(this.vocabulary);
    // Made here, once per index (about 0.1 s for the demo's 5,000 words), not in the first citizen's turn.
    this.knownStems = new Set([...this.vocabulary].flatMap((known) => this.stemsOf(known)));
    for (const word of this.vocabulary) {
      const verb = withoutT(word);
      // Only a verb whose infinitive the corpus has too ("betaalt" and "betalen"): "kaart" is no "kaar" + t, "loket" no "loke" + t.
      const infinitives = verb ? infinitivesOf(verb).filter((infinitive) => this.vocabulary.has(infinitive)) : [];
      if (!verb || infinitives.length === 0) continue;
      const own = stem(word, 'nl');
      // Found by the stem of the verb ("betaal") and of its infinitive ("stoppen" is "stopp", "blijven" "blijv").
      for (const base of unique([stem(verb, 'nl'), ...infinitives.map((infinitive) => stem(infinitive, 'nl'))])) {
        if (base !== own) this.tForms.set(base, unique([...(this.tForms.get(base) ?? []), own]));
      }
    }
  }

  /** Terms for indexing a field written in `language`. */
  indexTerms(text: string, language: TextLanguage): string[] {
    const terms: string[] = [];
    for (const clause of text.split(CLAUSE_END)) {
      const words = wordsOf(clause);
      for (const word of words) {
        if (isStopword(word)) continue;
        terms.push(stem(word, language), ...this.compoundStems(word));
      }
      if (language === 'nl') terms.push(...this.separatedVerbs(words));
    }
    return terms;
  }

  /**
   * Articles split separable verbs ("Neem uw oude rijbewijs mee"); synonyms
   * name them whole ("bring" → "meenemen"). A clause that ends in a particle
   * also holds the whole verb, when the corpus writes that verb whole
   * somewhere ("meenemen" in a citizen question), as a term of its own
   * (`separatedVerbTerm`), so that the word's own rarity is not changed: a
   * citizen's "meenemen" is already found by its parts. Only at the end:
   * elsewhere the particle is mostly a preposition ("U woont in Nederland"
   * is no "inwonen").
   */
  private separatedVerbs(words: string[]): string[] {
    const last = words.at(-1);
    if (last === undefined || !PARTICLES.has(last)) return [];
    // Not a function word: "op" + "een" would make "openen".
    const joined = words.slice(0, -1).flatMap((word) => (isVerbPart(word) && !isStopword(word) ? [last + word] : []));
    const whole = joined.flatMap((verb) => [verb, ...infinitivesOf(withoutT(verb) ?? verb)].filter((form) => this.vocabulary.has(form)));
    return unique(whole.map((verb) => separatedVerbTerm(stem(verb, 'nl'))));
  }

  /**
   * Query terms grouped per content word of the query. A query's language is
   * not known for sure, so each word carries its Dutch and English stems, and
   * the terms of its synonyms from the thesaurus.
   */
  queryTokens(query: string): QueryToken[] {
    return this.readQuery(query).tokens;
  }

  /**
   * The query's tokens, and what the thesaurus's one-way rules translate its
   * words to (the Dutch words of an English question), from one reading of
   * its thesaurus phrases.
   */
  readQuery(query: string): { tokens: QueryToken[]; translations: string[] } {
    const text = withoutCourtesies(query);
    const words = withoutIdioms(withoutIntroduction(text, withoutClosing(text, wordsOf(text)), (word) => this.vocabulary.has(word)));
    const tokens: QueryToken[] = [];
    for (const word of [...words, ...this.recombinedVerbs(text, words)]) {
      if (isStopword(word) || this.isSlipOfStopword(word) || tokens.some((token) => token.word === word)) continue;
      const forms = this.otherForms(word);
      tokens.push({ word, terms: unique([...this.expand(word), ...forms]), whole: unique([...this.stemsOf(word), ...forms]), related: [], forms });
    }
    const translations = this.addRelated(text, tokens);
    for (const token of tokens) if (token.related.length === 0) this.addCorrections(token);
    return { tokens, translations };
  }

  /**
   * A word the knowledge base does not know in any form ("subsidei",
   * "evenementenvergunnig") lends the terms of the closest known words,
   * counted like a synonym. Words the synonym list knows are not corrected.
   */
  private addCorrections(token: QueryToken): void {
    const corrected = remembered(this.corrections, token.word, () => {
      if (this.isKnown(token.word)) return [];
      return unique(this.spelling.suggest(token.word).flatMap((word) => this.expand(word)));
    }).filter((term) => !token.terms.includes(term));
    if (corrected.length === 0) return;
    token.related = corrected;
    token.terms = [...token.terms, ...corrected];
  }

  /** "gemeeente" is a slip of "gemeente", not a word to correct into "gemeenten" and search. */
  private isSlipOfStopword(word: string): boolean {
    return isSlipOfStopword(word) && !this.isKnown(word);
  }

  private isKnown(word: string): boolean {
    if (this.vocabulary.has(word) || this.compoundStems(word).length > 0) return true;
    return this.stemsOf(word).some((stem) => this.knownStems.has(stem));
  }

  /**
   * A thesaurus phrase lends its synonyms' terms to the token of its last word. Returns what the one-way rules found
   * translate the text to, whether or not that word is a token.
   */
  private addRelated(text: string, tokens: QueryToken[]): string[] {
    if (this.related.isEmpty) return [];
    const content = contentWords(text);
    const matches = this.related.find(content);
    for (const match of matches) {
      const token = tokens.find((candidate) => candidate.word === content[match.position]);
      if (!token) continue;
      const terms = [...match.terms, ...match.terms.map(separatedVerbTerm)];
      const added = terms.filter((term) => !token.terms.includes(term));
      token.related = unique([...token.related, ...added]);
      token.terms = [...token.terms, ...added];
    }
    // "week" is "week" in both languages: only new words change what the question is near.
    return unique(matches.flatMap((match) => match.translations)).filter((word) => !content.includes(word));
  }

  /**
   * Articles say "U betaalt", "U meldt"; citizens ask "betalen", "melden".
   * Snowball leaves the -t on, so the two forms of one verb have different
   * stems: a question's word also gets the stems of the corpus's -t forms of
   * its verb.
   */
  private otherForms(word: string): string[] {
    return remembered(this.inflections, word, () => this.tForms.get(stem(word, 'nl')) ?? []);
  }

  private expand(word: string): string[] {
    return remembered(this.expansions, word, () => {
      const parts = this.compoundStems(word);
      return unique([...this.stemsOf(word), ...(parts.length > 0 ? parts : this.headStem(word))]);
    });
  }

  /**
   * A compound the corpus cannot split into parts still names its kind in its
   * last part: "driezitsbank" is a "bank", "boekekast" a "kast". Only for a
   * question's unknown words; a known word is searched as itself. The
   * unknown first part stays a part of its own ("driezits-", in no
   * document), so a match on the head alone counts as one part of two:
   * weak evidence, as it should be: "songfestival" is no "festival" to ask
   * a subsidy for.
   */
  private headStem(word: string): string[] {
    if (this.vocabulary.has(word)) return [];
    const head = compoundHead(word, this.vocabulary, this.shortWords);
    return head ? [stem(head, 'nl'), `${word.slice(0, word.length - head.length)}-`] : [];
  }

  /** Snowball stemming is the costliest step of a turn's analysis; citizens reuse the same few thousand words. */
  private stemsOf(word: string): string[] {
    return remembered(this.wholeStems, word, () => wholeStems(word));
  }

  private compoundStems(word: string): string[] {
    const parts = splitCompound(word, this.vocabulary);
    return parts.length > 1 ? parts.map((part) => stem(part, 'nl')) : [];
  }

  /** Within a clause: "Er staat geen adres op. Wat moet ik ermee doen?" has no "opdoen". */
  private recombinedVerbs(text: string, kept: readonly string[]): string[] {
    const keptWords = new Set(kept);
    return text.split(CLAUSE_END).flatMap((clause) => this.clauseVerbs(wordsOf(clause).filter((word) => keptWords.has(word))));
  }

  private clauseVerbs(words: string[]): string[] {
    // Before "de", "mijn", "een" the word is a preposition: "komen ze de bak legen in de zomer" has no "inkomen".
    const particles = words.filter((word, index) => PARTICLES.has(word) && !DETERMINERS.has(words[index + 1] ?? ''));
    if (particles.length === 0) return [];
    const joined: string[] = [];
    for (const particle of particles) {
      for (const word of words) {
        const candidate = particle + word;
        // "eens" is no verb: "leg eens uit hoe het in mekaar zit" has no "ineens".
        if (isVerbPart(word) && !NEVER_VERBS.has(word) && this.vocabulary.has(candidate)) joined.push(candidate);
      }
    }
    return joined;
  }
}

export interface QueryToken {
  /** The folded word as the citizen typed it. */
  word: string;
  /** Its search terms: stems, compound-part stems and the stems of its synonyms. */
  terms: string[];
  /** The terms its synonyms added (a subset of `terms`). */
  related: string[];
  /** The stems of the whole word (no compound parts): a match on these is a match on the word itself. */
  whole: string[];
  /** Stems of other forms of the same verb ("betaalt" for "betalen"), a subset of `whole`: they say where the word is, not how much it tells. */
  forms: string[];
}

/**
 * A query word's stems. Snowball's Dutch stemmer undoubles only k, d and t,
 * so "bellen" becomes "bell" and would miss "Bel 14 0456": the undoubled
 * stem is searched too.
 */
function wholeStems(word: string): string[] {
  const dutch = stem(word, 'nl');
  return unique([dutch, dutch.replace(DOUBLED_END, '$1'), stem(word, 'en')]);
}

/** A stem ending in a doubled consonant other than k, d or t ("bell", "stopp", "spull"). */
const DOUBLED_END = /([bfglmnprsz])\1$/;

function stem(word: string, language: TextLanguage): string {
  if (/\d/.test(word)) return word;
  return (language === 'en' ? english : dutch).stem(word);
}

function remembered(cache: Map<string, string[]>, word: string, compute: () => string[]): string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const value = compute();
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(word, value);
  return value;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
