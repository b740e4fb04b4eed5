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
  /**
   * What it alone does, as citizens name it without naming the organisation ("aow", "studiefinanciering"), each as words.
   * Only words a municipality's own work does not use for itself: "kenteken" is also the parking permit's, "examen" the
   * civic integration's, "eigen risico" a building permit's.
   */
  topics?: string[];
}

/** An organisation a question names, outright or only by what it does ("hoeveel AOW krijg ik"). */
export interface OrganisationMention {
  organisation: Organisation;
  named: boolean;
}

/**
 * National organisations of the Netherlands and Flanders whose work a municipality does not do, and kinds of organisation a
 * citizen deals with directly. Named only when Loket does not answer: a municipality's articles send people to some of them
 * (the KVK, the RDW) as part of their own answers. Not the police: questions tell of a burglary or a fine in passing so often
 * ("de politie heeft het afgehandeld, wie repareert de lamp?") that naming it said little about where to go.
 */
export const OTHER_ORGANISATIONS: readonly Organisation[] = [
  {
    nl: 'UWV',
    en: 'UWV',
    names: ['uwv'],
    url: 'https://www.uwv.nl',
    topics: [
      'ww',
      'werkloosheidsuitkering',
      'werkloosheidswet',
      'werkloosheid',
      'stempelen',
      'stempelgeld',
      'wia',
      'wao',
      'wajong',
      'ziektewet',
      'unemployment benefit',
    ],
  },
  {
    nl: 'de Belastingdienst',
    en: 'the Belastingdienst',
    names: ['belastingdienst', 'belastingtelefoon', 'dienst toeslagen'],
    url: 'https://www.belastingdienst.nl',
    topics: [
      'inkomstenbelasting',
      'belastingaangifte',
      'belastingbrief',
      'schenkbelasting',
      'erfbelasting',
      'belastingteruggave',
      'hypotheekrenteaftrek',
      'btw',
      'box 3',
      'huurtoeslag',
      'zorgtoeslag',
      'kinderopvangtoeslag',
      'kindgebonden budget',
      'income tax',
      'tax return',
      'tax refund',
    ],
  },
  {
    nl: 'de IND',
    en: 'the IND',
    names: ['ind', 'immigratie en naturalisatiedienst'],
    url: 'https://ind.nl',
    topics: [
      'verblijfsvergunning',
      'verblijfsvergunningen',
      'verblijfspas',
      'mvv',
      'gezinshereniging',
      'laten overkomen',
      'residence permit',
      'family reunification',
    ],
  },
  {
    nl: 'de RDW',
    en: 'the RDW',
    names: ['rdw'],
    url: 'https://www.rdw.nl',
    topics: [
      'kentekenbewijs',
      'kentekencard',
      'kentekenplaat',
      'kentekenplaten',
      'kenteken overschrijven',
      'kenteken schorsen',
      'nummerplaat',
      'apk',
      'number plate',
      'registration certificate',
      'vehicle registration',
    ],
  },
  {
    nl: 'het CJIB',
    en: 'the CJIB',
    names: ['cjib'],
    url: 'https://www.cjib.nl',
    topics: [
      'verkeersboete',
      'verkeersboetes',
      'snelheidsboete',
      'flitsboete',
      'geflitst',
      'flitspaal',
      'snelheidsovertreding',
      'speeding ticket',
      'speeding fine',
      'traffic fine',
    ],
  },
  { nl: 'het CAK', en: 'the CAK', names: ['cak'], url: 'https://www.hetcak.nl' },
  {
    nl: 'de SVB',
    en: 'the SVB',
    names: ['svb', 'sociale verzekeringsbank'],
    url: 'https://www.svb.nl',
    topics: ['aow', 'kinderbijslag', 'anw', 'nabestaandenuitkering', 'staatspensioen', 'state pension', 'child benefit'],
  },
  {
    nl: 'DUO',
    en: 'DUO',
    names: ['duo'],
    url: 'https://duo.nl',
    topics: [
      'studiefinanciering',
      'studieschuld',
      'studielening',
      'studietoelage',
      'basisbeurs',
      'aanvullende beurs',
      'tegemoetkoming scholieren',
      'tegemoetkoming voor scholieren',
      'studentenreisproduct',
      'diplomaregister',
      'student finance',
      'student loan',
    ],
  },
  { nl: 'de KVK', en: 'the KVK', names: ['kvk', 'kamer van koophandel', 'chamber of commerce'], url: 'https://www.kvk.nl' },
  {
    nl: 'het Kadaster',
    en: 'the Kadaster',
    names: ['kadaster'],
    url: 'https://www.kadaster.nl',
    topics: ['kadastrale', 'perceelgrens', 'eigendomsgrens', 'land registry'],
  },
  {
    nl: 'het CBR',
    en: 'the CBR',
    names: ['cbr'],
    url: 'https://www.cbr.nl',
    topics: [
      'rijexamen',
      'praktijkexamen',
      'theorieexamen',
      'theorie examen',
      'gezondheidsverklaring',
      'eigen verklaring',
      'health declaration',
      'driving test',
      'theory exam',
      'driving exam',
    ],
  },
  {
    nl: 'de Huurcommissie',
    en: 'the Huurcommissie',
    names: ['huurcommissie', 'rent tribunal'],
    url: 'https://www.huurcommissie.nl',
    topics: ['huurverhoging', 'huurverlaging', 'servicekosten', 'huurpunten', 'puntentelling', 'rent increase'],
  },
  { nl: 'het Juridisch Loket', en: 'the Juridisch Loket', names: ['juridisch loket', 'juridische loket'], url: 'https://www.juridischloket.nl' },
  { nl: 'de VDAB', en: 'the VDAB', names: ['vdab'], url: 'https://www.vdab.be' },
  { nl: 'het Groeipakket', en: 'the Groeipakket', names: ['groeipakket'], url: 'https://www.groeipakket.be' },
  {
    nl: 'uw zorgverzekeraar',
    en: 'your health insurer',
    names: ['zorgverzekeraar', 'zorgverzekering', 'basisverzekering', 'health insurer', 'health insurance'],
  },
  { nl: 'uw energieleverancier', en: 'your energy supplier', names: ['energieleverancier', 'energiebedrijf', 'energy supplier', 'energy company'] },
  { nl: 'een notaris', en: 'a notary', names: ['notaris', 'notary'], topics: ['huwelijkse voorwaarden', 'samenlevingscontract'] },
];

/**
 * A question about another organisation's work is short ("wanneer krijg ik mijn aow, ik word volgend jaar 66"); a longer
 * message that names such work tells of more ("… ik heb een vraag over de bijstand … en hoe zit het met
 * kinderopvangtoeslag", read calm batch 38).
 */
const TOPIC_QUESTION_WORDS = 30;

/**
 * Questions about another organisation's work ("hoe vraag ik studiefinanciering
 * aan bij DUO?", "hoeveel AOW krijg ik?") that Loket does not answer: instead
 * of only "I don't know", it says where to go, and still offers any topics it
 * has. Not for an answer: an organisation named in passing ("de notaris heeft
 * een uittreksel van de overlijdensakte nodig", "ik word gek van de brieven van
 * het CJIB, hoe krijg ik schuldhulp?") leaves a question this municipality
 * answers, whose article need not name it.
 */
export class OtherOrganisationCheck {
  private readonly names: PhraseLookup;
  private readonly topics: PhraseLookup;

  constructor(organisations: readonly Organisation[] = OTHER_ORGANISATIONS) {
    this.names = new PhraseLookup(organisations.flatMap((organisation) => organisation.names.map((name) => ({ name, organisation }))));
    this.topics = new PhraseLookup(organisations.flatMap((organisation) => (organisation.topics ?? []).map((name) => ({ name, organisation }))));
  }

  /** The first organisation the question names; failing that, in a question of a few sentences, the first whose work it names. */
  find(question: string): OrganisationMention | undefined {
    const words = wordsOf(question);
    const named = this.names.first(words);
    if (named) return { organisation: named, named: true };
    const byTopic = words.length <= TOPIC_QUESTION_WORDS ? this.topics.first(words) : undefined;
    return byTopic ? { organisation: byTopic, named: false } : undefined;
  }
}

/** Whole-word phrases, each standing for an organisation. */
class PhraseLookup {
  private readonly byFirstWord = new Map<string, { words: string[]; organisation: Organisation }[]>();

  constructor(phrases: { name: string; organisation: Organisation }[]) {
    for (const { name, organisation } of phrases) {
      const words = wordsOf(name);
      const first = words[0];
      if (!first) continue;
      this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), { words, organisation }]);
    }
  }

  first(words: string[]): Organisation | undefined {
    for (const [position, word] of words.entries())
      for (const phrase of this.byFirstWord.get(word) ?? [])
        if (phrase.words.every((part, offset) => words[position + offset] === part)) return phrase.organisation;
    return undefined;
  }
}
