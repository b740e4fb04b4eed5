import { CLAUSE_MARK, clauseWords, normaliseWords, PhraseMatcher, ReadWords, WordReader } from '../safety/phraseMatcher';
import { realWordVeto } from '../safety/realWords';
import { WordSetFiles, WordSetStore } from '../safety/wordSetFiles';
import { derivedFromListsDir } from '../../knowledge/text/wordLists';

export interface DistressSignal {
  /** `despair`: words that often, but not always, come with thoughts of suicide; they get the crisis check-in. */
  kind: 'anger' | 'distress' | 'despair';
  /** The rule phrase or rule name that matched (never the citizen's text). */
  phrase: string;
}

export interface DistressRules {
  kind: DistressSignal['kind'];
  phrases: string[];
  /** Phrases that count only where a clause ends: "ik kan niet meer", but not "ik kan niet meer inloggen". */
  atClauseEnd?: string[];
  /** Phrases that cancel the group, for everyday uses of its words. */
  unless?: string[];
  /** The group counts only when the message also has one of these: "voor mezelf" about a funeral, not about a permit. */
  onlyWith?: string[];
}

/**
 * Clear anger or distress, in Dutch (Netherlands and Flanders) and English,
 * tolerant of typos (PhraseMatcher syntax, see safety/phraseMatcher.ts).
 * Precision matters more than for the SafetyCheck: a false alarm offers a
 * human to someone who only asked a question. So a complaint by itself is not
 * anger ("hoe dien ik een klacht in"), and words only count when the citizen
 * speaks about themselves or about us ("mijn buurman is boos" does not).
 * Crisis messages are the SafetyCheck's, which runs first.
 */
export const DISTRESS_RULES: DistressRules[] = [
  {
    // "Ik hou het niet meer vol" can be about debts or about living: no rule can tell which, so Loket asks (CrisisCheckIn).
    kind: 'despair',
    phrases: [
      'kan het|dit|t ~ niet meer|langer aan',
      'hou|houd het|dit|t ~ niet|geen ~ meer|langer vol',
      // Directly: "ik wil dat het lawaai stopt" is a complaint.
      'wil|wou|wilde dat alles|het gewoon|echt|allemaal|nu? stopt|ophoudt',
      'wil|wou|wilde dat alles|het gewoon|echt|allemaal|nu? over is',
      'can t|not ~ take it|this ~ anymore',
      'cannot|cant ~ take it|this ~ anymore',
      'can t|not go on like this',
      'cannot|cant go on like this',
      'kan|kun zo|dit niet ~ verder',
      'can t|not do this ~ anymore',
      'cannot|cant do this ~ anymore',
      'want|wish it all|everything to ~ stop|end',
      // "he's been really low since he lost his job".
      'he|she|i|they ~ been|feeling|feels|felt ~ really|very|so ~ low|down',
      // Giving one's things away, the future no longer needed: "heb ze straks toch niet meer nodig, ben alles aan het wegdoen".
      ...[
        'heb|hebben ~ straks|binnenkort ~ toch? niet meer nodig',
        'ben|zijn ~ alles aan het wegdoen|weggeven',
        // "I won't need an address much longer", "nothing matters anymore anyway".
        'will not ~ need ~ much longer',
        'wont ~ need ~ much longer',
      ],
      // Said of road works too ("ik zie het niet meer zitten met die wegenwerken"): the safety rule leaves those to this check-in.
      'zie het ~ niet|nie meer zitten',
      'trek het ~ niet|nie meer',
      // A bridge at night, a plan after which nothing is needed: "every night I stand on the bridge and think about it",
      // "heb een plan voor woensdag en dan is het niet meer nodig".
      'on|at the bridge ~ ~ think about it',
      'every night ~ on|at the bridge',
      'plan ~ ~ niet meer nodig',
      // Away from everything, not from a neighbourhood: "wil weg uit alles".
      'weg uit alles',
      // Stopping with everything: "ik wou gewoon zeggen dat ik ermee stop. met alles. ik ben op."
      'ermee stop|stoppen|kap|kappen|ophoud|ophouden ~ met alles',
      // The other order, and nobody noticing: "wil alle papieren klaar hebben voor ik met alles stop. niemand gaat het merken".
      'met alles ~ stop|stoppen|kap|kappen|ophoud|ophouden',
      'niemand gaat|zal ~ het? ~ merken|missen',
      // The thoughts back, a goodbye in a post: "vandaag zijn die gedachten er weer", "she keeps posting 'see you on the other side'".
      'die|de|zulke|donkere|nare ~ gedachten ~ er weer|terug',
      'gedachten komen|kwamen ~ weer? terug',
      'see you on the other side',
      // Having stood at the railway at night, a message to pass on that it is not her fault: signs, not proof, so Loket asks.
      'bij|op|langs het spoor ~ gestaan|gezeten|gelopen',
      'zeg|vertel|tell ~ dat het ~ niet ~ haar|zijn|hun schuld',
      'tell ~ it s|was ~ not ~ her|his|their fault',
      ...['nothing matters ~ anymore', 'nothing matters ~ any more', 'niets|niks ~ doet er ~ nog|meer ~ toe', 'niets|niks ~ heeft ~ nog|meer ~ zin'],
    ],
    // "dat kan niet meer" is a rule that changed, not a person at the end of their tether.
    atClauseEnd: [
      'ik kan|kun het|dit|t? echt|gewoon|allemaal? niet meer',
      'ik kan|kun zo|dit echt? niet meer? verder',
      'zo kan|kun ik echt? niet meer? verder',
      // "I can't go on holiday" is no despair: only where the clause ends. Without "I" too: "can't go on" alone.
      'can t|not go on',
      'cannot|cant go on',
      // Flemish "'k ben ne last" too; "ik heb last van de buren" is another word.
      'ben|voel me? een|ne|n last',
      // "ben er binnenkort toch niet meer": leaving life, or leaving town; not "ik ben er niet meer zeker van".
      'ben|zijn ik|we|wij? er ~ niet meer',
      'ik|we|wij er ~ niet meer ben|zijn',
      // "het moet geregeld zijn voor vrijdag want dan stop ik ermee".
      'stop ik ermee',
      // "ik wil niet meer.", also without "ik"; not "ik wil niet meer wachten", nor "mijn DigiD-app wil niet meer".
      `${CLAUSE_MARK}|ik|k|en|maar|want|dus|echt|gewoon wil echt|gewoon? niet meer`,
      'wil ik echt|gewoon? niet meer',
      'dit is mijn|mn laatste bericht',
      // "'k wil er ne punt achter zetten": ending something, perhaps one's life; "zit op het spoor", "sta op de brug nu".
      'wil|ga ~ er ~ een|ne|n punt achter zetten',
      'zit|zitten|sta|staan|lig|liggen op het spoor',
      'zit|sta op de brug nu?',
      // Over water, road or rails: "is er iemand? ik sta op de brug bij het kanaal".
      'zit|sta op de brug ~ kanaal|water|rivier|snelweg|spoor|spoorlijn|haven|maas|schelde|ijssel|waal|rijn nu?',
      'this is my last message',
      // "want to end it": a contract or a life; not "I want to end it with my provider".
      'want|wanna|going|gonna to? end it',
      // Affairs wound up and nothing needed any more, a journey of no return, nobody left (sixty-fourth and sixty-sixth
      // batches): "ik heb mijn zaken afgerond", "na de 14e heb ik toch niks meer nodig", "op reis en kom niet meer terug".
      ...['mijn zaken ~ afgerond', 'heb ik|k ~ toch ~ niks|niets meer nodig', 'ik|k heb ~ toch ~ niks|niets meer nodig'],
      ...['op reis ~ ~ kom ~ niet|nie meer terug', 'als er niemand meer ~ is'],
    ],
  },
  {
    // A last post mid-sentence, also of someone else, with regret or a farewell: "hij heeft op zn insta gezet dat dit zijn
    // laatste post is en dat het hem spijt". Not "dit is mijn laatste bericht over deze klacht".
    kind: 'despair',
    phrases: ['dit is? zijn|zn|haar|mijn|mn laatste post|story|bericht|berichtje', 'this is my|his|her last post'],
    onlyWith: ['spijt|sorry|vaarwel|afscheid*|goodbye|farewell', 'hou|houd van jullie|julle', 'love you all'],
  },
  {
    // Farewells, often told by someone else: "dit is de laatste keer dat je me hoort", "een plek in het bos uitgekozen",
    // "look after Bram for me, I won't be needing him".
    kind: 'despair',
    phrases: [
      'laatste keer ~ dat ~ je|jullie|u|ge ~ me|mij ~ hoort|hoorde|ziet|spreekt',
      'plek|plekje ~ bos|water|spoor ~ uitgekozen|gekozen|uitgezocht',
      'wont ~ be needing ~ him|her',
      'won t|not ~ be needing ~ him|her',
    ],
  },
  {
    // Found, with a key left for it: "de reservesleutel heb ik bij de buren gelegd zodat ze me kunnen vinden". Not a house
    // number made bigger "zodat ze me kunnen vinden".
    kind: 'despair',
    phrases: ['zodat|dan ~ ze|men|jullie|iemand ~ me|mij ~ kunnen|kan ~ vinden'],
    onlyWith: ['sleutel*|reservesleutel*', 'deur ~ open|los'],
  },
  {
    // The code of one's bank card "voor als het zover is"; a note on who gets what, unless after a death.
    kind: 'despair',
    phrases: ['voor als het zover is', 'briefje|brief|lijstje ~ wie ~ ~ moet|mag ~ krijgen|hebben'],
    onlyWith: ['bankkaart|bankpas|pinpas|pincode|code|sleutel|sleutels|horloge|auto|spullen|hond|kat'],
    unless: ['overleden|gestorven|overlijden|overleed|notaris|erfenis|nalatenschap'],
  },
  {
    // A letter saying sorry that gives one's things away: "een brief aan zijn zusje waarin hij sorry zegt en haar zijn spullen geeft".
    kind: 'despair',
    phrases: ['zijn|haar|mijn|mn ~ spullen ~ geeft|geef|gaf|krijgt|krijgen'],
    onlyWith: ['brief|briefje|afscheidsbrief', 'sorry|spijt'],
  },
  {
    // Being identified by one's family: "zodat mijn familie me straks kan identificeren, want ik ben er wel klaar mee".
    kind: 'despair',
    phrases: ['familie|kinderen|ouders|nabestaanden ~ me|mij ~ kan|kunnen ~ identificeren'],
  },
  {
    // One's own funeral or death asked about: "wie betaalt een begrafenis als iemand geen geld heeft? vraag het voor mezelf".
    kind: 'despair',
    phrases: ['voor mezelf|mijzelf', 'for myself', 'is voor mij'],
    onlyWith: [
      'begrafenis|uitvaart|crematie|cremeren|funeral|burial|cremation',
      'overleden|gestorven|overlijdt|sterft|dood|died|dies|dead ~ alleen|alone',
      'alleen|alone ~ overleden|gestorven|sterft|died|dies',
    ],
  },
  {
    // One's own funeral arranged so that one's parents need not: a young person ("ik ben 23 en wil niet dat mijn ouders daar
    // straks nog mee zitten"), not someone whose parents have died.
    kind: 'despair',
    phrases: ['eigen ~ uitvaart|begrafenis|crematie', 'own ~ funeral|burial|cremation'],
    onlyWith: ['ouders|parents'],
    unless: ['ouders|parents ~ overleden|gestorven|dood|died|dead|passed'],
  },
  {
    // Affairs put in order "before I go": "ik wil alles geregeld hebben voor ik ga. hoe regel je een testament".
    kind: 'despair',
    phrases: [],
    atClauseEnd: ['voor|voordat ik ga', 'before i go'],
    onlyWith: ['testament', 'begrafenis|uitvaart|crematie|funeral|will', 'spullen|huisdier|kat|hond|belongings|pets|cat|dog', 'afscheid*', 'goodbye'],
  },
  {
    // Wanting to be with someone who died: "mijn vrouw is vorig jaar gestorven en ik wil bij haar zijn", "planning to join him soon".
    kind: 'despair',
    phrases: [
      ...['wil|wilt|wou|ga ~ bij hem|haar|hen|ze ~ zijn', 'join|joining ~ him|her|them ~ soon|there|again', 'be with ~ him|her|them ~ soon|again'],
      // "dan is alles geregeld en kan ik rustig naar Henk toe".
      'ik ~ rustig|snel|gauw|eindelijk ~ naar ~ toe',
      // "sinds oma dood is … zei hij dat hij haar snel weer zou zien".
      ...['hem|haar|hen|ze ~ snel|gauw|binnenkort ~ weer? ~ zien|zie|terugzien', 'see ~ him|her|them ~ again? soon'],
    ],
    onlyWith: ['gestorven|overleden|overlijden|dood|graf|grafplek|begraven|died|dead|passed|grave|buried|funeral|begrafenis'],
  },
  {
    // One's things given away, a farewell sign unless moving: "gisteren gaf hij al zijn spullen weg".
    kind: 'despair',
    phrases: [
      'geeft|gaf|gaven|geven ~ al|alle ~ zijn|haar|mijn|mn ~ spullen|bezittingen ~ weg',
      'al|alle ~ zijn|haar|mijn|mn ~ spullen|bezittingen ~ weggegeven',
      'giving|given|gave ~ away ~ all? my|his|her ~ things|stuff|belongings',
    ],
    unless: [
      'verhuis*|verhuiz*|emigr*|verpleeghuis|verzorgingshuis|kringloop*|minimalis*',
      // Not "move" alone: "I gave away all my things, I can't move on".
      'moving|relocating|downsizing|downsize|thrift',
      'care|nursing home',
      'charity shop',
    ],
  },
  {
    kind: 'distress',
    phrases: [
      ...['wanhopig', 'wanhoop', 'ten einde raad', 'radeloos', 'in paniek', 'overstuur', 'over mijn toeren', 'met de handen in het haar'],
      ...[
        'zie ~ door de bomen ~ het bos niet meer',
        'welk hout ~ pijlen',
        'alles gaat|loopt ~ mis|fout',
        'van de stress|zorgen|spanning',
        'weet ~ niet ~ hoe ik ~ rond moet komen|rondkom|rondkomen',
      ],
      ...['ik ben zo|echt|helemaal? kapot|gesloopt|doodop|uitgeput|opgebrand', 'op van de zenuwen|stress'],
      // No roof or food tonight: a person should help now, whatever the knowledge base says.
      ...[
        'ben|word|wordt|raak|zijn|worden ~ dakloos',
        'dakloos geworden|geraakt',
        'geen dak boven ~ hoofd',
        'op straat ~ slapen|geslapen|staan|beland|gezet',
        'nergens ~ slapen|overnachten|heen|naartoe',
        'waar ~ slapen|overnachten ~ vannacht|vanavond',
        'geen|niks|niets ~ te? eten ~ meer|vandaag|thuis',
        'geen geld ~ voor eten',
        'heb|hebben ~ honger',
      ],
      ...[
        'am|im|m|are|re|became|become ~ homeless',
        'nowhere to ~ sleep|stay|go',
        // Each slot is one word: "no food|nothing to eat" read only "no food to eat".
        'sleep|sleeping ~ on the street',
        'sleep|sleeping rough|outside',
        'no food',
        'nothing to eat',
        'am|im|m|are|re ~ hungry',
      ],
      ...['desperate', 'wits end', 'end of my rope|tether', 'can t|not cope', 'cannot|cant cope', 'panicking', 'overwhelmed', 'breaking down'],
      ...['know what to do ~ anymore', 'completely|totally|utterly at a loss'],
    ],
    atClauseEnd: [
      // Only these few words may stand in between: "ik weet het wachtwoord niet meer" is a forgotten password.
      'weet het|t echt|gewoon|allemaal|ook|zelf? echt|gewoon|allemaal|ook|zelf? niet meer',
      'weet ~ niet meer wat ik moet doen|beginnen',
      'help me|mij alsjeblieft|alstublieft|asjeblieft|aub|svp',
      'help me|mij dan toch',
      'please help me',
      'help me please',
    ],
  },
  {
    kind: 'anger',
    phrases: [
      ...['belachelijk', 'schandalig', 'schandelijk', 'schande', 'bespottelijk', 'waardeloos', 'waardeloze', 'te gek voor woorden'],
      ...['onacceptabel', 'onaanvaardbaar', 'slaat ~ nergens op', 'waar slaat dit|dat|het op', 'wat een ~ zooi|puinhoop|flauwekul|onzin|kolder|zever|klucht'],
      ...['ik ben|word|wordt er|zo|echt|heel|erg|ontzettend|enorm|super|behoorlijk|gewoon? zo|echt|heel|erg? boos|kwaad|woedend|razend|pissig|furieus|ziedend'],
      ...['we|wij zijn|worden ~ boos|kwaad|woedend|razend|pissig', 'boos|kwaad|woedend|razend|pissig op jullie'],
      ...['word|wordt gek|horendol|knettergek van jullie|u|je|jou|hiervan', 'gek|horendol van ~ site|website|bot|chatbot|systeem|formulier|gemeente|app|loket'],
      ...['hier|daar word|wordt ik? gek|horendol van', 'word|wordt er|hier|daar gek|horendol van'],
      ...['klote*', 'kut', 'kutgemeente|kutbot|kutsite|kutsysteem|kutformulier|kutzooi|kutapp', 'godver*', 'verdomme', 'tering', 'teringzooi', 'shit|shitty'],
      ...['kankergemeente|kankerbot|kankerzooi', 'kanker gemeente|bot|zooi|site'],
      ...['ben het|er|dat ~ zat|beu|kotsbeu|spuugzat|strontzat|moe', 'heb er|het ~ genoeg van', 'ben er klaar mee', 'pik ~ niet langer|meer'],
      ...['voor de ~ derde|vierde|vijfde|zoveelste|tiende keer', 'de|het derde|vierde|vijfde|zoveelste|tiende keer dat'],
      ...['al ~ 3|drie|4|vier|5|vijf|10|tien ~ keer ~ gebeld|gemaild|gevraagd|geprobeerd|gemeld'],
      ...['niemand ~ helpt|luistert|reageert', 'jullie ~ luisteren ~ niet|nooit', 'luisteren jullie ~ niet|nooit'],
      ...['stomme|domme|nutteloze|waardeloze bot|robot|chatbot|computer|site|website|systeem|app'],
      ...['useless', 'ridiculous', 'outrageous', 'unacceptable', 'a disgrace', 'this is a joke', 'what a joke', 'fed up', 'sick and tired', 'had enough'],
      ...['i am|m|im so|really|very|absolutely? angry|furious|pissed|livid', 'pissed off', 'worst|terrible|awful ~ service|experience|council|bot'],
      ...[
        'stupid ~ bot|robot|system',
        'wtf',
        'what the hell|fuck',
        'fuck*',
        'nobody|noone ~ helps|listens',
        'no one ~ helps|listens',
        'you ~ never|don t ~ listen',
      ],
    ],
    unless: ['boze buren', 'boos|kwaad ~ op ~ buren|buurman|buurvrouw'],
  },
];

/** Words that make "!!!" or "???" angry; many citizens type those runs out of habit ("hallo??? is daar iemand"). */
export const NEGATIVE_WORDS: string[] = [
  ...[
    'nooit',
    'nog steeds|altijd ~ niet|geen|niks|niets',
    'alweer',
    'weer eens',
    'waarom ~ niet|geen|nooit|niks|niets',
    'niemand',
    'zo|erg|heel|echt|super slecht|slechte',
  ],
  ...['geen ~ antwoord|reactie|hulp', 'never', 'still ~ not|no|nothing|waiting', 'why ~ not|no|nothing|never', 'nobody|noone', 'again'],
];

const CLAUSE_FILLER = 'hoor|echt|nou|gewoon|toch|meer|anymore';
// A new clause often starts without a comma: "ik kan niet meer ik heb schulden".
const CLAUSE_STARTS = `${CLAUSE_MARK}|en|maar|want|dus|ik|help|i|and|but`;
const EXCLAMATIONS = /[!?]{3,}/;

interface CompiledRules {
  kind: DistressSignal['kind'];
  phrases: PhraseMatcher;
  atClauseEnd?: { matcher: PhraseMatcher; ruleOf: Map<string, string> };
  unless?: PhraseMatcher;
  onlyWith?: PhraseMatcher;
}

export class DistressCheck {
  private readonly groups: CompiledRules[];
  private readonly negative: PhraseMatcher;
  /** One reading of a message for every matcher, as in the safety check. */
  private readonly reader: WordReader;

  /** `store` keeps the real-word veto, which takes seconds to derive, for the next process. */
  constructor(rules: DistressRules[] = DISTRESS_RULES, negativeWords: string[] = NEGATIVE_WORDS, store?: WordSetStore) {
    const isRealWord = realWordVeto([...rules.flatMap(allPhrases), ...negativeWords], store);
    this.groups = rules.map((rule) => compileRules(rule, isRealWord));
    this.negative = new PhraseMatcher(negativeWords, isRealWord);
    const matchers = [this.negative, ...this.groups.flatMap((group) => [group.phrases, group.atClauseEnd?.matcher, group.unless, group.onlyWith])];
    this.reader = WordReader.for(matchers, isRealWord);
  }

  check(text: string): DistressSignal | undefined {
    const plain = normaliseWords(text);
    if (plain.length === 0) return undefined;
    const words = this.reader.read(plain);
    let clauses: ReadWords | undefined;
    for (const group of this.groups) {
      const phrase = group.phrases.findIn(words) ?? (group.atClauseEnd && findAtClauseEnd(group, (clauses ??= this.reader.read(markedClauses(text)))));
      if (phrase && !group.unless?.findIn(words) && (!group.onlyWith || group.onlyWith.findIn(words))) return { kind: group.kind, phrase };
    }
    // Capitals alone are not anger: some citizens type everything in caps lock.
    if (shouts(text) && this.negative.findIn(words)) return { kind: 'anger', phrase: '<shouting>' };
    if (EXCLAMATIONS.test(text) && this.negative.findIn(words)) return { kind: 'anger', phrase: '<exclamations>' };
    return undefined;
  }
}

let standard: DistressCheck | undefined;

/** Loket's own rules, compiled once per process (it is immutable; compiling reads the word lists). */
export function standardDistressCheck(): DistressCheck {
  standard ??= new DistressCheck(DISTRESS_RULES, NEGATIVE_WORDS, new WordSetFiles(derivedFromListsDir()));
  return standard;
}

function compileRules(rule: DistressRules, isRealWord: (word: string) => boolean): CompiledRules {
  const ruleOf = new Map((rule.atClauseEnd ?? []).map((phrase) => [`${phrase} ${CLAUSE_FILLER}? ${CLAUSE_FILLER}? ${CLAUSE_STARTS}`, phrase]));
  return {
    kind: rule.kind,
    phrases: new PhraseMatcher(rule.phrases, isRealWord),
    ...(rule.atClauseEnd ? { atClauseEnd: { matcher: new PhraseMatcher([...ruleOf.keys()], isRealWord), ruleOf } } : {}),
    ...(rule.unless ? { unless: new PhraseMatcher(rule.unless, isRealWord) } : {}),
    ...(rule.onlyWith ? { onlyWith: new PhraseMatcher(rule.onlyWith, isRealWord) } : {}),
  };
}

/** A mark before the first clause too, so that a phrase can ask for a clause's start: "wil niet meer" alone, not "de printer wil niet meer". */
function markedClauses(text: string): string[] {
  return [CLAUSE_MARK, ...clauseWords(text)];
}

/** The rule as written, without the clause-end suffix the matcher needs. */
function findAtClauseEnd(group: CompiledRules, clauses: ReadWords): string | undefined {
  const found = group.atClauseEnd?.matcher.findIn(clauses);
  return found === undefined ? undefined : group.atClauseEnd?.ruleOf.get(found);
}

function allPhrases(rule: DistressRules): string[] {
  return [...rule.phrases, ...(rule.atClauseEnd ?? []), ...(rule.unless ?? []), ...(rule.onlyWith ?? [])];
}

/** SHOUTING: a message of several words, nearly all in capitals. */
function shouts(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const words = text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
  return words.length >= 4 && letters.length >= 12 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8;
}
