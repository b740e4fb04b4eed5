import { Article } from '../../knowledge/articles/article';
import { markdownToPlainText, wordsOf } from '../../knowledge/text/normalize';

/** An organisation citizens ask a municipality about, whose own rules and services a municipality's articles do not hold. */
export interface Organisation {
  /** How a reply names it, in Dutch and in English ("de Belastingdienst", "the Belastingdienst"). */
  nl: string;
  en: string;
  /** The names citizens write, each as words ("kamer van koophandel"); the first is the key. */
  names: string[];
  /** Its own website; none for a kind of organisation ("uw zorgverzekeraar"). */
  url?: string;
}

/**
 * National organisations of the Netherlands and Flanders whose work a municipality does not do, and kinds of organisation a
 * citizen deals with directly. Not the police or a GP: a municipality's articles send people there as part of its own answers.
 */
export const OTHER_ORGANISATIONS: readonly Organisation[] = [
  { nl: 'UWV', en: 'UWV', names: ['uwv'], url: 'https://www.uwv.nl' },
  {
    nl: 'de Belastingdienst',
    en: 'the Belastingdienst',
    names: ['belastingdienst', 'belastingtelefoon', 'dienst toeslagen'],
    url: 'https://www.belastingdienst.nl',
  },
  { nl: 'de IND', en: 'the IND', names: ['ind', 'immigratie en naturalisatiedienst'], url: 'https://ind.nl' },
  { nl: 'de RDW', en: 'the RDW', names: ['rdw'], url: 'https://www.rdw.nl' },
  { nl: 'het CJIB', en: 'the CJIB', names: ['cjib'], url: 'https://www.cjib.nl' },
  { nl: 'het CAK', en: 'the CAK', names: ['cak'], url: 'https://www.hetcak.nl' },
  { nl: 'de SVB', en: 'the SVB', names: ['svb', 'sociale verzekeringsbank'], url: 'https://www.svb.nl' },
  { nl: 'DUO', en: 'DUO', names: ['duo'], url: 'https://duo.nl' },
  { nl: 'de KVK', en: 'the KVK', names: ['kvk', 'kamer van koophandel', 'chamber of commerce'], url: 'https://www.kvk.nl' },
  { nl: 'het Kadaster', en: 'the Kadaster', names: ['kadaster'], url: 'https://www.kadaster.nl' },
  { nl: 'de VDAB', en: 'the VDAB', names: ['vdab'], url: 'https://www.vdab.be' },
  { nl: 'het Groeipakket', en: 'the Groeipakket', names: ['groeipakket'], url: 'https://www.groeipakket.be' },
  {
    nl: 'uw zorgverzekeraar',
    en: 'your health insurer',
    names: ['zorgverzekeraar', 'zorgverzekering', 'basisverzekering', 'health insurer', 'health insurance'],
  },
  { nl: 'uw energieleverancier', en: 'your energy supplier', names: ['energieleverancier', 'energiebedrijf', 'energy supplier', 'energy company'] },
  { nl: 'een notaris', en: 'a notary', names: ['notaris', 'notary'] },
];

/**
 * Questions about another organisation's work ("hoe vraag ik bij de IND een
 * verblijfsvergunning aan"): the municipality's nearest article (naturalisation)
 * would be a wrong answer, and "I don't know" leaves the citizen nowhere. A
 * question that names an organisation is answered only from an article that
 * names it too ("moet ik eerst naar de notaris?" in the article on
 * legalising a signature); otherwise Loket says where to go.
 */
export class OtherOrganisationCheck {
  private readonly byFirstWord = new Map<string, { words: string[]; organisation: Organisation }[]>();
  /** The organisations each article names, read once per article. */
  private readonly named = new WeakMap<Article, Set<Organisation>>();

  constructor(organisations: readonly Organisation[] = OTHER_ORGANISATIONS) {
    for (const organisation of organisations)
      for (const name of organisation.names) {
        const words = wordsOf(name);
        const first = words[0];
        if (!first) continue;
        this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), { words, organisation }]);
      }
  }

  /** The organisation the question names that none of the articles Loket would show names, or undefined. */
  find(question: string, shown: readonly Article[]): Organisation | undefined {
    const organisations = this.namesIn(wordsOf(question));
    return organisations.find((organisation) => !shown.some((article) => this.namedBy(article).has(organisation)));
  }

  private namesIn(words: string[]): Organisation[] {
    const found = new Set<Organisation>();
    words.forEach((word, position) => {
      for (const name of this.byFirstWord.get(word) ?? [])
        if (name.words.every((part, offset) => words[position + offset] === part)) found.add(name.organisation);
    });
    return [...found];
  }

  private namedBy(article: Article): Set<Organisation> {
    const cached = this.named.get(article);
    if (cached) return cached;
    const sections = article.sections.flatMap((section) => [section.heading, section.text]);
    const text = [article.title, ...article.questions, ...article.tags, article.lead, article.summaryEn ?? '', ...sections];
    const organisations = new Set(this.namesIn(wordsOf(markdownToPlainText(text.join('\n')))));
    this.named.set(article, organisations);
    return organisations;
  }
}
