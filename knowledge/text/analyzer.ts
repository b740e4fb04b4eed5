import { newStemmer } from 'snowball-stemmers';
import { splitCompound } from './compounds';
import { casedWordsOf, wordsOf } from './normalize';
import { isSlipOfStopword, isStopword } from './stopwords';
import { contentWords, RelatedTerms } from './relatedTerms';
import { EMPTY_THESAURUS, Thesaurus } from './thesaurus';
import { SpellingCorrector } from './spelling';

export type TextLanguage = 'nl' | 'en';

const dutch = newStemmer('dutch');
const english = newStemmer('english');

/** Dutch separable-verb particles: "vraag ... aan" is the verb "aanvragen". */
const PARTICLES = new Set(['aan', 'af', 'op', 'uit', 'in', 'mee', 'door', 'over', 'terug', 'weg', 'om', 'bij']);

/** Words that open a noun phrase, so that a particle before one is a preposition. */
const DETERMINERS = new Set([
  ...['de', 'het', 'een', 'mijn', 'uw', 'je', 'jouw', 'zijn', 'haar', 'ons', 'onze', 'jullie', 'hun', 'die', 'dat', 'deze', 'dit', 'elke', 'alle'],
  ...['the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that'],
]);

/** Function words that are never the verb of a separated particle. */
const NEVER_VERBS = new Set(['eens', 'even', 'wel', 'nog', 'ook', 'toch', 'maar', 'dan']);

const MAX_CACHED_WORDS = 20_000;
/** A separable verb's particle ends its clause. */
const CLAUSE_END = /[.!?;:,()\n]+/;

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

  constructor(vocabulary: Iterable<string>, thesaurus: Thesaurus = EMPTY_THESAURUS) {
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
    const text = withoutCourtesies(query);
    const words = withoutIdioms(this.withoutIntroduction(text, withoutClosing(text, wordsOf(text))));
    const tokens: QueryToken[] = [];
    for (const word of [...words, ...this.recombinedVerbs(words)]) {
      if (isStopword(word) || this.isSlipOfStopword(word) || tokens.some((token) => token.word === word)) continue;
      const forms = this.otherForms(word);
      tokens.push({ word, terms: unique([...this.expand(word), ...forms]), whole: unique([...this.stemsOf(word), ...forms]), related: [], forms });
    }
    this.addRelated(text, tokens);
    for (const token of tokens) if (token.related.length === 0) this.addCorrections(token);
    return tokens;
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

  /** A thesaurus phrase lends its synonyms' terms to the token of its last word. */
  private addRelated(text: string, tokens: QueryToken[]): void {
    if (this.related.isEmpty) return;
    const content = contentWords(text);
    for (const match of this.related.find(content)) {
      const token = tokens.find((candidate) => candidate.word === content[match.position]);
      if (!token) continue;
      const terms = [...match.terms, ...match.terms.map(separatedVerbTerm)];
      const added = terms.filter((term) => !token.terms.includes(term));
      token.related = unique([...token.related, ...added]);
      token.terms = [...token.terms, ...added];
    }
  }

  /**
   * "mijn naam is Sarah de Vries, …", "Hoi! Ik ben Sarah en …": a name says
   * who asks, not what about, and unknown to every article it made a plain
   * question look out of scope (29 of 102 titles after "mijn naam is …").
   * After "ik ben" or "I am" only a capitalised word no article has is a
   * name: "ik ben Nederlander" says something.
   */
  private withoutIntroduction(text: string, words: string[]): string[] {
    const found = firstIntroduction(words);
    if (!found) return words;
    const { start, introduction } = found;
    const cased = casedWordsOf(text);
    const written = (at: number) => /^\p{Lu}/u.test(cased[at] ?? '') && cased[at]?.toLowerCase() === words[at];
    const isName = (at: number) => !isStopword(words[at] ?? '') && written(at) && (!introduction.onlyUnknown || !this.vocabulary.has(words[at] ?? ''));
    let end = start + introduction.length;
    if (!isName(end)) return words;
    while (end < words.length && end - start - introduction.length < NAME_WORDS && (isName(end) || (NAME_PARTICLES.has(words[end] ?? '') && isName(end + 1))))
      end++;
    return [...words.slice(0, start), ...words.slice(end)];
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
    return remembered(this.expansions, word, () => unique([...this.stemsOf(word), ...this.compoundStems(word)]));
  }

  /** Snowball stemming is the costliest step of a turn's analysis; citizens reuse the same few thousand words. */
  private stemsOf(word: string): string[] {
    return remembered(this.wholeStems, word, () => wholeStems(word));
  }

  private compoundStems(word: string): string[] {
    const parts = splitCompound(word, this.vocabulary);
    return parts.length > 1 ? parts.map((part) => stem(part, 'nl')) : [];
  }

  private recombinedVerbs(words: string[]): string[] {
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
 * "waar kan ik mijn oude bank kwijt?" asks where to get rid of it, not about
 * something lost: "kwijt" there would find the articles on lost passports
 * and licences. The rest of the question says what it is about.
 */
function withoutIdioms(words: string[]): string[] {
  const joined = withDottedAbbreviations(words);
  const own = isGetRidOf(joined) ? joined.slice(0, -1) : joined;
  return own.filter((_, index) => !isDroppedFromQuestion(own, index)).map((word, index, kept) => (word === 'weg' && isGone(kept, index) ? 'vermist' : word));
}

/**
 * "…, met vriendelijke groet, Jan Jansen", "… Kind regards, John Smith": a
 * letter's closing and the name after it name no topic, and a name can look
 * like one ("Jansen" stems to "jans"). Only at the end, after a question and
 * before words written as a name: "ok bedankt, en de hondenbelasting?" is a
 * question after thanks.
 */
function withoutClosing(text: string, words: string[]): string[] {
  const from = Math.max(1, words.length - 1 - NAME_WORDS);
  const index = words.findIndex((word, at) => at >= from && CLOSINGS.has(word));
  const openers = CLOSINGS.get(words[index] ?? '');
  // Most questions end without one: only then is the text read again, with its capitals.
  if (!openers || text.trim().endsWith('?') || words.slice(0, index).every(isStopword)) return words;
  const cased = casedWordsOf(text);
  const isName = (word: string, at: number) => isStopword(word) || NAME_PARTICLES.has(word) || /^\p{Lu}/u.test(cased[at] ?? '');
  if (cased.length !== words.length || !words.every((word, at) => at <= index || isName(word, at))) return words;
  let start = index;
  // "Kind regards": the Dutch "kind" is a child.
  while (start > 1 && openers.has(words[start - 1] ?? '')) start--;
  return words.slice(0, start);
}

/**
 * "…? Looking forward to hearing from you.", "Bij voorbaat dank", "Ik zie uw
 * antwoord graag tegemoet": a clause of courtesies only names no topic, and
 * its words ("reactie", "advance", "hoop") drew questions to articles that
 * happen to have them, or out of scope. A clause needs one of the words that
 * make it a courtesy: "Geen reactie." after a report is a complaint. Left as
 * it is when nothing else would remain.
 */
function withoutCourtesies(text: string): string {
  // Most questions have none: one pattern test instead of reading every clause.
  if (!COURTESY_MARK.test(text)) return text;
  // Clauses and the punctuation between them; punctuation has no words, so it is never a courtesy and is kept.
  const pieces = text.split(CLAUSE_BREAKS).map((piece) => ({ piece, words: wordsOf(piece) }));
  const kept = pieces.filter(({ words }) => !isCourtesy(words));
  return kept.some(({ words }) => words.some((word) => !isStopword(word))) ? kept.map(({ piece }) => piece).join('') : text;
}

function isCourtesy(words: string[]): boolean {
  return words.some((word) => COURTESY_MARKS.has(word)) && words.every((word) => isStopword(word) || COURTESY_WORDS.has(word) || COURTESY_MARKS.has(word));
}

/** `CLAUSE_END`, kept in the split's result so the text can be put together again. */
const CLAUSE_BREAKS = new RegExp(`(${CLAUSE_END.source})`);
/** The words without which a clause is no courtesy. */
const COURTESY_MARKS = new Set([
  ...['voorbaat', 'tegemoet', 'alvast', 'graag', 'hoop', 'hopelijk', 'hoor', 'horen', 'dank', 'bedankt', 'dankjewel', 'dankuwel', 'zsm'],
  ...['forward', 'advance', 'hearing', 'hear', 'hope', 'thanks', 'thank', 'please', 'pls', 'asap'],
  // "sorry voor mijn slechte Nederlands", "sorry for my bad Dutch": the asker's language, not the topic.
  ...['sorry', 'excuses', 'excuus', 'apologies', 'pardon', 'nederlands', 'dutch', 'engels', 'english'],
]);
const COURTESY_MARK = new RegExp(`(?<!\\p{L})(?:${[...COURTESY_MARKS].join('|')})(?!\\p{L})`, 'iu');
/** Words a courtesy has besides its marks and function words. */
const COURTESY_WORDS = new Set([
  ...['reactie', 'antwoord', 'snel', 'snelle', 'spoedig', 'spoedige', 'mogelijk', 'zie', 'belangstelling', 'moeite', 'hulp', 'laat', 'weten'],
  ...['looking', 'look', 'reply', 'response', 'answer', 'soon', 'quick', 'quickly', 'much', 'very', 'many', 'help', 'time', 'let', 'know'],
  ...['slecht', 'slechte', 'goed', 'niet', 'taal', 'taalfouten', 'fouten', 'spelling', 'spreek', 'storen'],
  ...['bad', 'poor', 'good', 'not', 'language', 'mistakes', 'spelling', 'speak', 'bother', 'bothering'],
]);

/** Words that introduce the one who writes, and whether only a word no article has is a name after them. */
const INTRODUCTIONS: { words: string[]; onlyUnknown: boolean }[] = [
  { words: ['mijn', 'naam', 'is'], onlyUnknown: false },
  { words: ['ik', 'heet'], onlyUnknown: false },
  { words: ['u', 'spreekt', 'met'], onlyUnknown: false },
  { words: ['je', 'spreekt', 'met'], onlyUnknown: false },
  { words: ['my', 'name', 'is'], onlyUnknown: false },
  { words: ['ik', 'ben'], onlyUnknown: true },
  { words: ['i', 'am'], onlyUnknown: true },
];

/** Where the first introduction starts, with how many words it has and what counts as a name after it. */
function firstIntroduction(words: string[]): { start: number; introduction: { length: number; onlyUnknown: boolean } } | undefined {
  for (let start = 0; start < words.length; start++) {
    const found = INTRODUCTIONS.find((introduction) => introduction.words.every((word, offset) => words[start + offset] === word));
    if (found) return { start, introduction: { length: found.words.length, onlyUnknown: found.onlyUnknown } };
  }
  return undefined;
}

/** "Maria van den Berg", "Jan ter Horst". */
const NAME_PARTICLES = new Set(['van', 'de', 'den', 'der', 'ter', 'ten', 'el', 'al', 'bin']);

/** Words of a name after a closing ("Maria van den Berg"). */
const NAME_WORDS = 4;
/** Closing words, each with the words that may open it ("met vriendelijke groet", "kind regards"). */
const DUTCH_OPENERS = new Set(['met', 'vriendelijke', 'hartelijke', 'lieve', 'veel', 'alvast']);
const ENGLISH_OPENERS = new Set(['kind', 'best', 'warm', 'warmest', 'many', 'yours']);
const CLOSINGS = new Map<string, ReadonlySet<string>>([
  ...['groet', 'groeten', 'groetjes', 'mvg', 'gr', 'bedankt', 'dank'].map((word) => [word, DUTCH_OPENERS] as const),
  ...['regards', 'sincerely', 'cheers', 'thanks', 'thx'].map((word) => [word, ENGLISH_OPENERS] as const),
]);

/** "a.u.b.", "i.v.m.", "z.s.m." arrive as single letters ("b" was searched): joined, they are the function words "aub", "ivm", "zsm". */
function withDottedAbbreviations(words: string[]): string[] {
  const result: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const length = dottedRunAt(words, index);
    result.push(length ? words.slice(index, index + length).join('') : (words[index] ?? ''));
    index += (length ?? 1) - 1;
  }
  return result;
}

/** How many single letters from here spell a dotted abbreviation, if any do. */
function dottedRunAt(words: string[], index: number): number | undefined {
  if (words[index]?.length !== 1) return undefined;
  return [4, 3, 2].find((size) => {
    const run = words.slice(index, index + size);
    return run.length === size && run.every((word) => word.length === 1) && DOTTED_ABBREVIATIONS.has(run.join(''));
  });
}

const DOTTED_ABBREVIATIONS = new Set(['aub', 'svp', 'ivm', 'mbt', 'zsm', 'tav', 'mvg', 'bvd', 'ipv', 'dwz', 'oa', 'evt']);

/** Verbs of understanding, in "ik snap er niks van" and "I don't understand how …". */
const UNDERSTANDING = new Set(['snap', 'snapt', 'begrijp', 'begrijpt', 'understand', 'get']);
/** The words that start an indirect question ("… hoe het werkt"). */
const ASKING = new Set(['hoe', 'wat', 'waarom', 'of', 'wie', 'welke', 'waar', 'wanneer', 'how', 'what', 'why', 'which', 'where', 'when', 'whether', 'if']);
/** What "ask" is followed by when it only says that the asker asks. */
const ASKED_ABOUT = new Set(['about', 'if', 'whether', 'how', 'what', 'regarding']);
/** People who send someone to the municipality, before `REFERRING`. */
const REFERRERS = new Set([
  ...['buurvrouw', 'buurman', 'buren', 'huisarts', 'dokter', 'vriend', 'vriendin', 'collega', 'moeder', 'vader', 'zus', 'broer', 'man', 'vrouw'],
  ...['neighbour', 'neighbor', 'neighbours', 'neighbors', 'friend', 'doctor', 'gp', 'mother', 'mum', 'mom', 'father', 'dad', 'sister', 'brother'],
  ...['husband', 'wife'],
]);
/** Verbs of telling and asking after `REFERRERS`. */
const REFERRING = new Set([
  ...['zei', 'zegt', 'zeiden', 'zeggen', 'raadde', 'raadt', 'adviseerde', 'adviseert', 'verwees', 'stuurde', 'vraagt', 'vroeg'],
  ...['told', 'tells', 'said', 'says', 'advised', 'suggested', 'recommended', 'referred', 'sent', 'asked', 'asks'],
]);
/**
 * Words that name no topic in a question but do in the articles, dropped
 * from the question only: mostly words that ask, before what they ask about
 * ("kun je me helpen met …", "can you help me with …", "…, help!", "wat is de
 * procedure voor een paspoort"). Elsewhere the word stays ("hoe helpt de
 * gemeente bij schulden", "hoelang duurt zo'n procedure"), and articles
 * keep theirs.
 */
const QUESTION_ONLY_WORDS: QuestionOnlyRule[] = [
  // "…, help!", "kun je me helpen met …", "Is there any help available for …?".
  { words: new Set(['help', 'helpen']), before: new Set(['met', 'me', 'mij', 'ons', 'with', 'us', 'available']), orLast: true },
  { words: new Set(['procedure', 'werkwijze']), before: new Set(['voor', 'van', 'bij', 'om', 'rond', 'for', 'of']) },
  // "ik woon sinds kort in Lindewijk", "ik wilde even vragen …": when, and the past of "willen". Only in the question: as
  // function words in the articles too they shifted the word statistics enough to answer an out-of-scope follow-up
  // ("sinds") and to abstain on a held-out question about a parking fine ("wilde").
  { words: new Set(['sinds', 'wilde', 'wilden']) },
  // "hoe pak ik dat aan?": how to go about it, which every article says ("pak het asbest in" keeps the word).
  { words: new Set(['pak', 'aanpak', 'aanpakken']) },
  // "Alvast heel erg bedankt voor uw reactie!": how much, and the answer hoped for. The articles keep both words.
  { words: new Set(['erg']) },
  { words: new Set(['reactie', 'antwoord']), after: new Set(['uw', 'jullie', 'je', 'snel', 'spoedig', 'your']) },
  // "vraag van een inwoner: …", "ik ben inwoner van …": who asks, which every article assumes ("hoeveel inwoners …" asks).
  { words: new Set(['inwoner', 'inwoonster']), after: new Set(['een', 'als', 'ben', 'bent']) },
  // "ik heb hulp nodig bij reclamevergunning": the rare "hulp" pulled such questions to the help articles or out of scope.
  { words: new Set(['hulp']), before: new Set(['nodig']), then: new Set(['bij', 'met', 'voor', 'om', 'rond']) },
  // "kan ik bij jullie terecht voor leerlingenvervoer" asks where to go, which every article says; the help articles'
  // citizen questions have the word ("waar kan ik terecht met …"), so it drew such questions to them.
  { words: new Set(['terecht']), before: new Set(['voor', 'met', 'bij', 'om', 'als', 'rond']) },
  // "kunt u me doorverwijzen voor bijstand": where to go, not a referral the article is about.
  { words: new Set(['doorverwijzen', 'verwijzen']), before: new Set(['voor', 'naar', 'bij', 'met', 'rond']) },
  // "Hondenbelasting, ik snap er niks van", "ik begrijp niet hoe … werkt", "I don't understand how …": the asker is lost, the
  // topic is the rest. The help articles keep the words ("mijn vader snapt er niks van"), and "ik snap niks van al die
  // online formulieren" keeps them too: there the not understanding is the topic.
  { words: UNDERSTANDING, before: new Set(['er']) },
  { words: new Set(['niks', 'weinig']), after: new Set(['er']), before: new Set(['van', 'meer']) },
  { words: UNDERSTANDING, before: new Set(['niet', 'not']), then: ASKING },
  { words: UNDERSTANDING, before: ASKING },
  { words: new Set(['niet']), after: UNDERSTANDING, before: ASKING },
  { words: new Set(['not']), after: new Set(['do', 'does', 'did']), before: UNDERSTANDING },
  // "ik heb al op de website gekeken maar kan niks vinden over …": where the asker looked first, not what for.
  { words: new Set(['gekeken', 'gezocht', 'nagekeken', 'gegoogeld', 'gegoogled']) },
  { words: new Set(['website', 'site', 'internet', 'webpagina', 'webstek']), before: new Set(['gekeken', 'gezocht', 'nagekeken', 'gelezen', 'gevonden']) },
  { words: new Set(['vinden', 'vind']), before: new Set(['over']) },
  { words: new Set(['niks']), before: new Set(['vinden', 'gevonden', 'kunnen', 'over']) },
  { words: new Set(['gevonden']), after: new Set(['niks', 'niets']) },
  // The same in English: "I looked on your website but can't find anything about …".
  { words: new Set(['looked', 'searched', 'checked', 'googled']) },
  { words: new Set(['website', 'site']), after: new Set(['your', 'jullie', 'uw']), before: new Set(['but', 'maar']), orLast: true },
  { words: new Set(['find']), before: new Set(['anything', 'something', 'nothing', 'information', 'info', 'about']) },
  { words: new Set(['not']), after: new Set(['can', 'could', 'do', 'did']), before: new Set(['find']) },
  { words: new Set(['anything', 'something', 'nothing', 'everything']) },
  // "quick question about …", "een kort vraagje", "ik ben een beetje in de war over …": how much is asked, and the asker's mood.
  {
    words: new Set(['quick', 'short', 'snel', 'snelle', 'kort', 'korte', 'kleine', 'klein']),
    before: new Set(['question', 'questions', 'vraag', 'vraagje', 'vraagjes']),
  },
  { words: new Set(['beetje']) },
  // "I'm writing to ask about …", "I was wondering about …": how the asker asks.
  { words: new Set(['writing', 'write']), before: new Set(['to']) },
  { words: new Set(['ask', 'asking', 'inquire', 'enquire']), before: ASKED_ABOUT },
  { words: new Set(['ask', 'asking']), before: new Set(['you']), then: ASKED_ABOUT },
  { words: new Set(['wondering', 'wondered', 'wonder', 'curious', 'confused', 'unsure', 'puzzled']) },
  // "any idea about …", "I am struggling with …", "advice on …", "how can I arrange …": the asker's state, and how.
  { words: new Set(['idea', 'clue']), after: new Set(['any', 'no']) },
  { words: new Set(['struggling', 'struggle']), before: new Set(['with']) },
  { words: new Set(['advice']), before: new Set(['on', 'about', 'regarding']) },
  { words: new Set(['arrange', 'arranging']) },
  // "I would appreciate some help with …", "I'd be grateful for …": courtesy inside the question.
  { words: new Set(['appreciate', 'appreciated', 'grateful']) },
  // "Is there any help available for …?", "Who is responsible for …?": whether and who, which the answer says.
  { words: new Set(['available', 'responsible']), before: new Set(['for']) },
  // "is it possible to …", "is het mogelijk om …", "… if … is possible": whether, which every answer says.
  { words: new Set(['possible', 'mogelijk']), after: new Set(['is', 'it', 'het', 'be']) },
  // "Ge kunt mij zeker helpen met …", "de stand van zaken rond …", "in verband met …": how sure, and "about".
  { words: new Set(['zeker', 'rond']) },
  { words: new Set(['stand']), before: new Set(['van']), then: new Set(['zaken']) },
  { words: new Set(['zaken']), after: new Set(['van']) },
  { words: new Set(['verband']), after: new Set(['in']), before: new Set(['met']) },
  { words: new Set(['war']), after: new Set(['de']) },
  // Flemish "hoe zit … in mekaar", "kheb geen idee hoe …", "allee, …?", "amai": how it works, and interjections.
  { words: new Set(['elkaar', 'mekaar']), after: new Set(['in']), before: new Set(['zit', 'zitten', 'steekt']) },
  { words: new Set(['idee']), after: new Set(['geen']) },
  { words: new Set(['geen']), before: new Set(['idee']) },
  { words: new Set(['allee', 'amai']) },
  // "mijn buurvrouw zei dat ik hier moest vragen naar …", "a friend told me to ask about …": who sent the asker here.
  // "moest", the past of "moeten", like "wilde" above.
  { words: REFERRERS, before: REFERRING },
  { words: REFERRING, after: REFERRERS },
  { words: new Set(['moest', 'moesten']) },
  // "need info … asap", "what's the deal with …", "what's needed for …": how soon, and what is asked.
  { words: new Set(['asap']) },
  { words: new Set(['deal']), after: new Set(['the']), before: new Set(['with']) },
  { words: new Set(['needed', 'required']), before: new Set(['for']) },
  // "Good afternoon, …": a greeting; the Dutch ones are function words.
  { words: new Set(['good']), before: new Set(['morning', 'afternoon', 'evening', 'day']) },
  { words: new Set(['morning', 'afternoon', 'evening']), after: new Set(['good']) },
  // "klopt het dat …?", "is it true that …": whether, which every answer says.
  { words: new Set(['klopt']), before: new Set(['het']), then: new Set(['dat']) },
  { words: new Set(['true']), after: new Set(['it']), before: new Set(['that']) },
  // "… hoe de toeristenbelasting werkt": how it goes, which the article says; "mijn DigiD werkt niet" keeps the word.
  { words: new Set(['werkt', 'works']), before: new Set(), orLast: true },
];

/** A rule without `before` or `after` drops its words wherever they stand. */
interface QuestionOnlyRule {
  words: ReadonlySet<string>;
  /** The next word, when the rule needs one. */
  before?: ReadonlySet<string>;
  /** The word before, when the rule needs one. */
  after?: ReadonlySet<string>;
  /** The word after that, when the rule needs one. */
  then?: ReadonlySet<string>;
  /** With `before`: dropped as the question's last word too ("…, help"). */
  orLast?: boolean;
}

function isDroppedFromQuestion(words: string[], index: number): boolean {
  const next = words[index + 1];
  const after = words[index + 2];
  const previous = words[index - 1];
  return QUESTION_ONLY_WORDS.some(
    (rule) =>
      rule.words.has(words[index] ?? '') &&
      (!rule.after || (previous !== undefined && rule.after.has(previous))) &&
      (!rule.before || (next === undefined ? rule.orLast === true : rule.before.has(next) && (!rule.then || (after !== undefined && rule.then.has(after))))),
  );
}

/**
 * "onze kat is (al twee dagen) weg" asks about a missing cat, not the section
 * on animals on the road: "weg" a few words after a form of "zijn", and not
 * after an article or a preposition ("er is een ree op de weg"). Elsewhere it
 * is a road or a verb's particle ("neemt het licht weg").
 */
function isGone(words: string[], index: number): boolean {
  if (ROAD_BEFORE.has(words[index - 1] ?? '')) return false;
  return words.slice(Math.max(0, index - GONE_REACH), index).some((word) => FORMS_OF_ZIJN.has(word));
}

const GONE_REACH = 4;
const FORMS_OF_ZIJN = new Set(['is', 'zijn', 'ben', 'bent', 'was', 'waren', 'raakt', 'raakte']);
const ROAD_BEFORE = new Set(['de', 'het', 'een', 'die', 'deze', 'op', 'langs', 'over', 'naar', 'aan', 'bij', 'van', 'onze', 'openbare']);

/** "waar kan ik mijn oude bank kwijt?": the rest of the question is a thing to get rid of, a topic however common its words. */
export function asksWhereToGetRidOf(text: string): boolean {
  return isGetRidOf(wordsOf(text));
}

function isGetRidOf(words: string[]): boolean {
  return words[0] === 'waar' && words.at(-1) === 'kwijt' && GET_RID_MODALS.has(words[1] ?? '');
}

const GET_RID_MODALS = new Set(['kan', 'kun', 'moet', 'mag']);

/**
 * -t forms whose verb or stem is also a common noun: "geld" (money) is no
 * form of "geldt" (applies), "plan" none of "plant", "buren" (neighbours)
 * none of "buurt" (neighbourhood).
 */
const NOUN_LOOK_ALIKES = new Set(['geldt', 'plant', 'buurt']);

/**
 * The spellings the infinitive of a Dutch verb stem can have: "betaal" →
 * "betalen", "meld" → "melden", "stop" → "stoppen", "blijf" → "blijven",
 * "verhuis" → "verhuizen".
 */
function infinitivesOf(verb: string): string[] {
  const voiced = verb.replace(/f$/, 'v').replace(/s$/, 'z');
  const single = voiced.replace(/([aeou])\1([^aeiou])$/, '$1$2');
  return unique([`${verb}en`, `${voiced}en`, `${single}en`, `${verb}${verb.at(-1) ?? ''}en`]);
}

/** The index term of a separable verb an article writes apart ("Neem … mee" holds "meenemen"); no word has a colon. */
function separatedVerbTerm(verbStem: string): string {
  return `apart:${verbStem}`;
}

/** "op" and "en" are no "open": the verb beside a particle has more than two letters. */
function isVerbPart(word: string): boolean {
  return !PARTICLES.has(word) && word.length > 2;
}

/** A word that may be a Dutch verb form with the -t of "u betaalt", "hij meldt", without it. */
function withoutT(word: string): string | undefined {
  // Not "-st": "langst", "eerst" are no verb forms of "langs", "eers".
  if (word.length < 5 || !word.endsWith('t') || /(tt|st)$/.test(word) || /\d/.test(word) || NOUN_LOOK_ALIKES.has(word)) return undefined;
  return word.slice(0, -1);
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
