import { Article } from '../knowledge/articles/article';
import { KnowledgeIndex } from '../knowledge/index/knowledgeIndex';
import { QueryToken } from '../knowledge/text/analyzer';

/** A word in at least this share of the articles is common ("dagen" in half the demo's articles, "rijbewijs" in a quarter is not). */
const COMMON_SPREAD = 0.3;
/** A word in less than this share of the articles is rare: it names what it is about ("afvalstoffenheffing", "kapvergunning"). */
const RARE_SPREAD = 0.05;
/** A title word in more than this share of the titles is a verb or a kind ("aanvragen" in 12 of 105), not a topic. */
const TOPIC_TITLE_SHARE = 0.05;
/**
 * A word in at least this share of the articles names no topic, even in a
 * title: "gratis" (in 78% of the demo's articles) of "Gratis of goedkoop
 * trouwen", "bel" of "Noodsituatie: bel 112", "niet" of "Iemand woont niet
 * meer op uw adres" ("is dat gratis?", "moet ik daarvoor bellen?", "kan ik dat
 * niet online doen?" ask about the answer before).
 */
const EVERYWHERE_SPREAD = 0.7;
/** A word in at most this many articles is theirs, whatever their share. */
const FEW_ARTICLES = 3;
/** A message of more content words than this says enough to be searched on its own. */
const FEW_WORDS = 3;

/**
 * Which words of a question name a topic, in one knowledge index: a word
 * few articles use ("geboren", "rijbewijs"), or a common one that names an
 * article in its title ("afspraak", "digid"). Words most articles use and no
 * title names ("dagen", "kost", "aanvraag") name none.
 */
export class TopicWords {
  private readonly inTitles: Set<string>;
  /** The same for the editors' tags ("verf" of "Klein chemisch afval"). */
  private readonly inTags: Set<string>;
  /** Every title's terms with compound parts ("toeslag" of "Zorgtoeslag"). */
  private readonly titleParts: Set<string>;

  constructor(private readonly knowledge: KnowledgeIndex) {
    const most = Math.max(2, TOPIC_TITLE_SHARE * knowledge.articles.size);
    const namedByFew = (textOf: (article: Article) => string): Set<string> => {
      const counts = new Map<string, number>();
      for (const article of knowledge.articles.values()) {
        for (const term of new Set(knowledge.lexical.tokens(textOf(article)).flatMap((token) => token.whole))) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      return new Set([...counts].filter(([, count]) => count <= most).map(([term]) => term));
    };
    this.inTitles = namedByFew((article) => article.title);
    this.inTags = namedByFew((article) => article.tags.join(' ').replace(/-/g, ' '));
    this.titleParts = new Set([...knowledge.articles.values()].flatMap((article) => knowledge.lexical.headingTerms(article.title)));
  }

  /** Whether the article's title has the word ("rijbewijs" in "Rijbewijs kwijt", "afval" in "Bedrijfsafval"). */
  inTitleOf(articleId: string, token: QueryToken): boolean {
    // The title's terms with compound parts, remembered by the index as it does for headings.
    const terms = this.knowledge.lexical.headingTerms(this.knowledge.article(articleId)?.title ?? '');
    return token.whole.some((term) => terms.includes(term));
  }

  /** Whether the word names the article's topic in its title: few titles have it ("uittreksel" in "Uittreksel BRP", not "aanvragen"). */
  namesTopicOf(articleId: string, token: QueryToken): boolean {
    return this.namesTitle(token) && this.inTitleOf(articleId, token);
  }

  /** A word few articles use ("afvalstoffenheffing" in 3 of 105) names a topic even when no title has it. */
  isRare(token: QueryToken): boolean {
    return this.knowledge.lexical.spread(token) < RARE_SPREAD;
  }

  isCommon(token: QueryToken): boolean {
    return this.knowledge.lexical.spread(token) >= COMMON_SPREAD;
  }

  /**
   * "hoe lang duurt dat", "wat kost het", "is mijn aanvraag binnen": nothing in
   * it names a topic. Nor does a word that some articles use and no title has,
   * not even in a compound ("welke documenten moet ik meenemen"; "toeslag" is
   * in "Zorgtoeslag").
   */
  nameNone(tokens: QueryToken[]): boolean {
    return isFew(tokens) && tokens.every((token) => (this.isCommon(token) ? !this.namesTitle(token) : this.isWidespread(token) && !this.inAnyTitle(token)));
  }

  /**
   * A short message each of whose words is common, names no article in a title
   * or names the one it is read with ("moet ik een afspraak maken", "moet ik een
   * pasfoto meenemen", "hoe maak ik bezwaar" after the WOZ answer), unlike "kwijtschelding".
   * With `byTags`, a rare word an editor tagged a few articles with names a
   * topic too ("waar kan ik oude verf kwijt" after the bulky-waste answer).
   */
  fewOfNoOwnTopic(tokens: QueryToken[], readWithId: string, byTags: boolean): boolean {
    const namesTopic = (token: QueryToken) => this.namesTitle(token) || (byTags && this.namesTag(token));
    return isFew(tokens) && tokens.every((token) => this.isCommon(token) || !namesTopic(token) || this.inTitleOf(readWithId, token));
  }

  /** A rare word an editor gave few articles as a tag ("verf" of "Klein chemisch afval": "waar kan ik oude verf kwijt" after the bulky-waste answer). */
  private namesTag(token: QueryToken): boolean {
    return this.isRare(token) && token.whole.some((term) => this.inTags.has(term));
  }

  /** By the word or its synonyms ("passport" is "paspoort"). */
  private inAnyTitle(token: QueryToken): boolean {
    return [...token.whole, ...token.related].some((term) => this.titleParts.has(term));
  }

  /** Neither rare nor in only a few articles: in a small collection one article in ten is still a topic's own word. */
  private isWidespread(token: QueryToken): boolean {
    const lexical = this.knowledge.lexical;
    return !this.isRare(token) && lexical.spread(token) * this.knowledge.articles.size > FEW_ARTICLES;
  }

  private namesTitle(token: QueryToken): boolean {
    return token.whole.some((term) => this.inTitles.has(term)) && this.knowledge.lexical.spread(token) < EVERYWHERE_SPREAD;
  }
}

/** A message of a few content words, too short to be searched on its own. */
function isFew(tokens: QueryToken[]): boolean {
  return tokens.length > 0 && tokens.length <= FEW_WORDS;
}
