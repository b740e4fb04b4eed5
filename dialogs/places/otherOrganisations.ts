import { wordsOf } from '../../knowledge/text/normalize';

/** An organisation citizens ask a municipality about, whose own rules and services a municipality's articles do not hold. */
export interface Organisation {
  /** How a reply names it, in Dutch and in English ("de Belastingdienst", "the Belastingdienst"). */
  nl: string;
  en: string;
  /** The names citizens write, each as words ("kamer van koophandel"). */
  names: string[];
  /** Its own website; none for a kind of organisation ("uw zorgverzekeraar"). */
  url?: string;
}

/**
 * National organisations of the Netherlands and Flanders whose work a municipality does not do, and kinds of organisation a
 * citizen deals with directly. Named only when Loket does not answer: a municipality's articles send people to some of them
 * (the KVK, the RDW) as part of their own answers. Not the police: questions tell of a burglary or a fine in passing so often
 * ("de politie heeft het afgehandeld, wie repareert de lamp?") that naming it said little about where to go.
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
  { nl: 'het CBR', en: 'the CBR', names: ['cbr'], url: 'https://www.cbr.nl' },
  { nl: 'de Huurcommissie', en: 'the Huurcommissie', names: ['huurcommissie', 'rent tribunal'], url: 'https://www.huurcommissie.nl' },
  { nl: 'het Juridisch Loket', en: 'the Juridisch Loket', names: ['juridisch loket', 'juridische loket'], url: 'https://www.juridischloket.nl' },
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
 * Questions about another organisation's work ("hoe vraag ik studiefinanciering
 * aan bij DUO?") that Loket does not answer: instead of only "I don't know", it
 * says where to go, and still offers any topics it has. Not for an answer: an
 * organisation named in passing ("de notaris heeft een uittreksel van de
 * overlijdensakte nodig", "ik word gek van de brieven van het CJIB, hoe krijg
 * ik schuldhulp?") leaves a question this municipality answers, whose article
 * need not name it.
 */
export class OtherOrganisationCheck {
  private readonly byFirstWord = new Map<string, { words: string[]; organisation: Organisation }[]>();

  constructor(organisations: readonly Organisation[] = OTHER_ORGANISATIONS) {
    for (const organisation of organisations)
      for (const name of organisation.names) {
        const words = wordsOf(name);
        const first = words[0];
        if (!first) continue;
        this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), { words, organisation }]);
      }
  }

  /** The first organisation the question names, or undefined. */
  find(question: string): Organisation | undefined {
    const words = wordsOf(question);
    for (const [position, word] of words.entries())
      for (const name of this.byFirstWord.get(word) ?? []) if (name.words.every((part, offset) => words[position + offset] === part)) return name.organisation;
    return undefined;
  }
}
