import { wordsOf } from './normalize';

/**
 * Words a question uses to ask, not to name its topic ("kun je me helpen
 * met …", "wat is de procedure voor …", "waar kan ik … kwijt"): dropped from
 * the question before it is searched; the articles keep them.
 *
 * "waar kan ik mijn oude bank kwijt?" asks where to get rid of it, not about
 * something lost: "kwijt" there would find the articles on lost passports
 * and licences. The rest of the question says what it is about.
 */
export function withoutIdioms(words: string[]): string[] {
  const joined = withDottedAbbreviations(words);
  const own = isGetRidOf(joined) ? joined.slice(0, -1) : joined;
  return own.filter((_, index) => !isDroppedFromQuestion(own, index)).map((word, index, kept) => (word === 'weg' && isGone(kept, index) ? 'vermist' : word));
}

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
  // "waarom duurt dat zo lang, belachelijk!": the asker's anger, which the handover triggers hear. Articles list angry
  // questions ("dit is toch belachelijk"), so on its own the word found three unrelated ones.
  { words: new Set(['belachelijk', 'schandalig', 'schandelijk', 'bespottelijk', 'ridiculous', 'outrageous', 'disgraceful']) },
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
