/**
 * Phrases that make a message a crisis, a report of violence, an emergency or
 * a request for a human. Recall comes first: a missed crisis is far worse
 * than an unneeded crisis reply. `unless` phrases cancel a group where a word
 * has an everyday meaning too ("fire safety notification", "emergency passport").
 * Syntax: see PhraseMatcher. Tests: test/dialogs/safetyCheck.test.ts.
 */
export type SafetyCategory = 'suicide' | 'abuse' | 'emergency' | 'human';

export interface SafetyRuleGroup {
  category: SafetyCategory;
  phrases: string[];
  unless?: string[];
  /** Each phrase within one clause: "ze willen er niet over praten. Is er iemand die kan bemiddelen?" asks for no employee. */
  withinClause?: boolean;
  /**
   * An `unless` phrase cancels only its own sentence: "Ik heb een klacht over een medewerker. Ik wil de leidinggevende
   * spreken." asks for one. Not for a crisis, where the whole message is the context ("Vorig jaar … stalking … sindsdien
   * rustig. Kan ik mijn adres afschermen?").
   */
  unlessPerSentence?: boolean;
  /**
   * Figures of speech whose words are not read as this group's, while the rest of the message still is (unlike
   * `unless`): "Dit slaat nergens op, help me" has nobody hitting "me"; "Dit slaat nergens op, mijn man slaat me" has.
   */
  idioms?: string[];
}

const SELF = 'mezelf|mijzelf|mezelve|myself';
const OTHER_SELF = 'zichzelf|herself|himself|themselves|themself';
const HUMAN = 'medewerker|medewerkster|mdw|mens|mensch|persoon|ambtenaar|bediende|mitarbeiter|mitarbeiterin';
/**
 * Whom a citizen asks for by role: "ik wil een leidinggevende spreken", "de behandelaar van mijn dossier". Not a
 * "contactpersoon", whom one calls oneself: "Woo-contactpersoon gemeente bellen" asks for the number.
 */
const ROLE = 'behandelaar|leidinggevende|consulent|wijkconsulent|teamleider|supervisor|manager|klantmanager|casemanager|afdelingshoofd|verantwoordelijke';
/**
 * Roles of a service one is asked for by name ("ik wil de wijkagent spreken", "in contact brengen met de
 * leerplichtambtenaar"), but not with "bellen" or "contact" alone: "leerplichtambtenaar bellen verlof" asks how.
 */
const SERVICE_ROLE = 'wijkagent|wijkcoach|buurtcoach|leerplichtambtenaar|schuldhulpverlener|schuldhulpverleenster';
/** Who answers the phone: "verbind me door met de klantenservice", "kan ik de telefoniste krijgen?". */
/** Who serves at a desk, asked for by name: "kan ik een loketbediende spreken?". Not a job: "ik wil klantcontactmedewerker worden". */
const DESK_HUMAN = 'klantcontactmedewerker|klantenservicemedewerker|loketbediende|loketmedewerker|baliemedewerker|baliemedewerkster';
const SERVICE_DESK = 'kcc|klantenservice|klantencontact|klantcontactcentrum|helpdesk|servicedesk|telefoniste|telefonist|receptioniste|receptionist';
const DOOR = 'deur|achterdeur|voordeur|tuindeur|schuurdeur|garagedeur|raam|ramen|slot|schuur';
const PARTNER = 'man|vrouw|partner|vriend|vriendin|lief|ex|vader|moeder|stiefvader|pa|ma|vent';
/** Everyday troubles one can "niet meer zien zitten" or "niet meer trekken": not one's life. */
const NUISANCES =
  'wegenwerken|werkzaamheden|verbouwing|aanvraag|formulier*|papieren|brief|brieven|gemeente|buren|herrie|lawaai|overlast|wachttijd|wachttijden|wachtrij|rij|bureaucratie|ding|gedoe';
/** Adjacent only: "sindsdien is het niet rustig" is no calm. */
const QUIET_SINCE = ['sindsdien helemaal|weer|volledig|echt? rustig', 'rustig sindsdien'];
/** What a child must not drink or swallow. */
const POISON =
  'schoonmaakmiddel*|wasmiddel*|afwasmiddel|chloor|bleek|ontstopper|gootsteenontstopper|terpentine|lampolie|antivries|batterij|batterijtje|knoopcel*|vaatwastablet*|wasmiddelcapsule*|rattengif|gif|vergif';
const DETERMINER = 'de|die|dat|het|deze|dit|al|onze|mijn|mn';
/** Jumping as play or sport, or asked about as a rule: not from despair. */
const JUMPING_FOR_FUN = [
  'trampoline|springkussen|parachute*|bungee*|touwtje*|paard*|polsstok|fierljep*|zwembad|duikplank|sloot|hoogspringen|verspringen',
  // Not swimming itself: "ik wil van de brug springen, ik kan toch niet zwemmen".
  'verboden|toegestaan|legaal|illegaal',
  'legal|illegal|allowed|permitted|forbidden|banned|teenagers',
  // "The neighbours' kids keep jumping from the roof of their shed, it's their game".
  'game|games|playing|spel|spelletje|shed|schuur|schuurtje',
].join('|');
/** Who a controlling partner or parent keeps from others: not "houd uw hond weg van de kinderen". */
const ISOLATED = 'me|mij|haar|hem|ons|dochter|zoon|vrouw|moeder|vader|kinderen|kind';
/** Fire safety as a topic ("gebruiksmelding brandveiligheid", "waar koop ik een rookmelder"), not a fire. */
const FIRE_SAFETY = ['brandveiligheid*', 'gebruiksmelding', 'rookmelder*', 'brandmelder*'];
/** Who betrays rather than stabs: "my boss totally stabbed me in the back". */
const BETRAYERS =
  'boss|colleague|colleagues|coworker|coworkers|manager|landlord|employer|company|council|government|politicians|party|team|friend|friends|bestie';
/** Told afterwards: "gisteren", "vorige week", "last summer", "two years ago". */
const PAST = [
  'gisteren|gisteravond|eergisteren',
  'vorig|vorige|afgelopen ~ jaar|maand|week|weekend|zomer|winter|najaar|voorjaar|zaterdag|zondag|vrijdag|nacht|keer',
  // After a number Dutch keeps the singular: "drie jaar geleden", "twee week geleden".
  'weken|maanden|jaren|jaar|maand|week ~ geleden',
  'last ~ year|month|week|summer|winter|spring|autumn|fall|weekend|night|saturday|sunday|friday',
  'years|months|weeks|days ~ ago',
];
/** Resuscitation helped with and over: "terwijl ik hielp met reanimeren", "tot de ambulance het overnam", "hij is gelukkig weer thuis". */
const TOLD_AFTERWARDS = [
  'hielp|hielpen ~ ~ reanim*',
  'ambulance|ambulancepersoneel ~ het|hem|haar ~ overnam|overnamen',
  'is|zijn gelukkig ~ weer thuis|hersteld|beter',
];
/** "niemand gewond gelukkig", "no one was hurt". */
const NOBODY_HURT = [
  'niemand gewond',
  'niemand is|was|raakte gewond',
  'geen gewonden',
  'nobody|noone injured|hurt',
  'nobody|noone was|got injured|hurt',
  'no one injured|hurt',
  'no one was|got injured|hurt',
];

const SUICIDE: string[] = [
  // Named outright, also misspelled (typo tolerance in PhraseMatcher).
  ...['zelfmoord*', 'zelfmoord', 'suicid*', 'suicide', 'suicidaal', 'zelfdoding', 'zelfbeschadiging', 'zelfverwonding', 'self harm'],
  ...['self harming|harms', 'selfharm*'],
  // Someone else talking of it: "mijn vader praat over doodgaan".
  'praat|praten|praatte|praatten ~ over ~ doodgaan|sterven|zelfmoord|zelfdoding',
  // Wanting to die or not to live.
  ...['ik? wil|wilt|wou dood', 'wil|wilt dood gaan', 'liever dood', 'beter dood', 'was ik maar dood', 'dood willen'],
  // "ik wil sterven" and "ik wil overlijden" were answered with the article on registering a death.
  ...['wil|wilt|wou doodgaan', 'ik wil|wou sterven|overlijden', 'wil|wilt|wou stoppen met leven', 'wil|wilt|wou stoppen met mijn leven'],
  ...['ik wil verdwijnen voor altijd', 'ik wil verdwijnen voorgoed', 'ik wil voor altijd verdwijnen', 'ik wil voorgoed verdwijnen'],
  // Thrown off a height, Flemish "smijten": "ik ga mij van de brug smijten".
  'mij|me|mezelf|mijzelf ~ van ~ brug|flat|dak|balkon|viaduct|toren|gebouw ~ smijten|gooien|werpen',
  // A try made, and another to come: "mijn moeder heeft een poging gedaan en wil het weer proberen".
  'poging gedaan|ondernomen ~ ~ weer|opnieuw ~ proberen|doen',
  // Cut just now or again, not by accident in the kitchen: "ik heb mezelf net gesneden".
  'mezelf|mijzelf|me net|alweer|opnieuw|expres gesneden|gekrast',
  // Pills taken to die: "ik heb pillen genomen om dood te gaan". Not "saai om dood te gaan", a way of saying "very".
  'genomen|geslikt|ingenomen|gedronken|gespaard|pillen|tabletten|medicijnen|slaappillen ~ om dood te gaan',
  // "leve" is a real word ("leve de koning"), so it is never read as a slip of "leven": "ik wil nie meer leve".
  ...['wil|willen|wilde ~ niet|nie meer ~ leven|leve', 'niet meer ~ wil|willen ~ leven', 'wil er ~ niet meer zijn', 'als ik er niet meer ~ was|ben|zou'],
  ...['niet meer wakker ~ worden', 'niemand ~ zou ~ missen', 'leven|alles ~ is|heeft ~ zinloos', 'leven ~ heeft geen zin meer', 'geen zin meer ~ in ~ leven'],
  ...['zie geen uitweg', 'geen uitweg meer', 'zin in het leven ~ kwijt', 'geen reden meer ~ leven', 'no reason ~ to ~ live|living'],
  // From crisis batch 86 (young people online): the words made up to get past filters ("sewerslide", "unalive"), which
  // have no everyday meaning.
  ...['sewerslide*', 'sewer slide', `unalive|unaliving ${SELF}|me`],
  'want|wanna|gonna|going|wil|ga ~ unalive*',
  ...['not be here anymore', 'want to be here anymore'],
  // "ik wil gewoon niet meer bovenkomen" (not drowning now), "het hoogste dak, niet voor het uitzicht", "uitgedacht hoe ik het zou doen".
  ...['wil ~ niet meer ~ bovenkomen', 'niet voor het|de uitzicht', 'not for the view', 'uitgedacht hoe ik het'],
  // Looked up how high a building is, as it stands: "ik heb vandaag opgezocht hoe hoog die flat bij het station is uhm puur
  // uit nieuwsgierigheid nou ja niet echt eigenlijk" (batch 78). Not how high one may build ("hoe hoog de flat mag worden").
  ...['opgezocht|gegoogeld|gegoogled|nagezocht ~ hoe hoog ~ flat|brug|toren|parkeergarage|gebouw|dak ~ is'],
  ...['looked up ~ how high|tall ~ bridge|building|tower|flat|garage ~ is', 'googled ~ how high|tall ~ bridge|building|tower|flat|garage ~ is'],
  // Not being around much longer, said of oneself: "i wont be around much longer", "if i wont be around to use it".
  // Only denied: "I will be around to see the parade" is no farewell.
  ...['i ~ wont|not ~ be|being around much longer', 'not ~ plan|planning on being around', 'i ~ wont|not ~ be around to ~ use|see|need'],
  // Not living to see a time, said of oneself: "ik ga dit jaar niet halen, daar zorg ik zelf wel voor", "I won't make it to
  // Christmas". Not a deadline ("ik ga de deadline niet halen") nor someone else ("mijn vader gaat de kerst niet halen").
  ...['ga ~ dit|de|volgend ~ jaar|zomer|kerst|winter ~ niet|nie ~ halen', 'dit jaar|de zomer|de kerst ~ haal ik|ik ~ niet|nie'],
  'i ~ wont|not ~ make it to|through|past ~ christmas|summer|winter|spring',
  // Things one will not need, with a goodbye or a last week: "de sleutels heb ik niet meer nodig. Afscheid van mijn moeder heb
  // ik gisteren al genomen", "ik heb het niet meer nodig, dit is mijn laatste week".
  ...['heb ik|k ~ niet|nie meer nodig ~ afscheid', 'ik|k heb ~ niet|nie meer nodig ~ afscheid'],
  ...['heb ik|k ~ niet|nie meer nodig ~ laatste ~ week|dag|dagen|avond|nacht', 'ik|k heb ~ niet|nie meer nodig ~ laatste ~ week|dag|dagen|avond|nacht'],
  // Rehoming a pet with someone who will be there long, unlike oneself: "iemand die er nog lang gaat zijn. da ben ik niet meer".
  'er nog lang ~ ben ik|k niet|nie meer',
  // "Ik trek het niet meer" may be only exhaustion, but 113 is the safe reply to it; said of a thing, see below.
  'het ~ niet meer trek',
  // Ending it.
  ...['einde|eind ~ aan mijn|mn|me leven', 'einde|eind ~ aan m n leven', 'er ~ een einde|eind aan ~ maken', 'leven ~ beeindigen'],
  'maak|maakt|ga er ~ een? einde|eind aan',
  // "ik heb besloten dat ik er een einde aan maak": the verb last, as in a subordinate clause.
  'er ~ een? einde|eind aan maak|maakt',
  // "als het weer is afgewezen spring ik van de flat", "ik spring voor de trein".
  'spring ik ~ van|voor|uit ~ flat|brug|dak|balkon|gebouw|toren|viaduct|galerij|trein|raam',
  'ik spring ~ van|voor|uit ~ flat|brug|dak|balkon|gebouw|toren|viaduct|galerij|trein|raam',
  // The means at hand, not (yet) in hand: "zit op de badkamervloer met het scheermes van mijn vader".
  'zit|sta|lig ~ met het|een|mijn|mn|zijn ~ scheermes|scheermesje|mesje|touw',
  ...[
    'uit het leven ~ stappen|stap|stapt',
    'van kant ~ maken',
    `${SELF}|${OTHER_SELF} ~ van kant`,
    `${SELF}|${OTHER_SELF} ~ ophangen|opknopen|doden|vermoorden|verdrinken`,
    // Said as already done: "als het langer duurt, heb ik mezelf al opgehangen".
    `${SELF} ~ opgehangen|verhangen`,
  ],
  ...[
    // Also with the spoken "wat": "zit met gedachten om mezelf wat aan te doen".
    `${SELF}|${OTHER_SELF} ~ iets|wat aandoen`,
    `${SELF}|${OTHER_SELF} ~ iets|wat aan doen`,
    `${SELF}|${OTHER_SELF} ~ iets|wat aan te doen`,
    // "stemmen die zeggen dat ik mezelf iets moet aandoen".
    `${SELF}|${OTHER_SELF} ~ iets ~ aandoen`,
    `${SELF} ~ pijn doen`,
    // "ik doe mezelf expres pijn".
    `doe|deed|doet ${SELF} ~ pijn`,
    `${SELF} ~ snijden|krassen`,
    'in mezelf ~ snijden',
    // Reflexive "mij" said by the one at risk: "ik ga mij iets aandoen"; "hij wil mij iets aandoen" is abuse.
    'ik|k ga|wil|zal me|mij iets aandoen',
    // Self-harm that no longer brings relief: "krassen helpt niet meer"; or that still does: "snijden helpt tenminste nog".
    'krassen|snijden|kras|snij ~ helpt|werkt ~ niet|nie ~ meer',
    'krassen|snijden ~ helpt|helpen|hielp',
    // Someone else who will harm themselves: "ze zegt da ze zich iets gaat aandoen".
    'zich ~ iets ~ aandoen|aandoet',
    'zich ~ iets aan te doen',
    // From crisis batch 72 (twenty-third session): "mijne zoon zegt dat hij zich gaat ophangen".
    'zich ~ ophangen|verhangen|ophangt|verhangt',
    'zich ~ op te hangen',
  ],
  // Self-harm told as it happens: "ik snij mezelf", "ik kras mezelf".
  `snij|snijd|snijdt|sneed|kras|kraste|krab|brand|bijt ~ ${SELF}|${OTHER_SELF}`,
  'snij|snijd|snijdt|sneed|kras|kraste ~ armen|polsen|benen|dijen|huid',
  // A goodbye letter ("afscheidsbriefjes"), hesitating on a roof, a knife against the wrist.
  ...['afscheidsbrief*', 'of ik ~ moet|zal|ga ~ springen', 'mes ~ tegen|op ~ pols|polsen'],
  ...[
    'geen last meer ~ van mij|me',
    'niemand ~ meer ~ van mij|me ~ horen',
    'paracetamol ~ te veel|teveel|dodelijk',
    'bonk|bonken|sla|slaan ~ hoofd ~ tegen de muur',
  ],
  ...['mesje|scheermesje|paperclip ~ pols|polsen|arm|armen|huid|been|benen', 'pols|polsen ~ opengehaald|opengesneden|doorgesneden'],
  // Sitting with the means in hand, or the means ready: "zit hier met een mes in mn hand", "het touw ligt in de schuur".
  ...['zit|sta|lig ~ met een? mes|mesje|scheermes|scheermesje|touw|pillen ~ in mijn|mn|me ~ hand|handen', 'touw ~ in de ~ schuur|garage|kelder|zolder'],
  // The means laid ready: "ik heb een doos slaappillen klaarliggen".
  // Not one's own medicine for a trip: "ik heb mijn medicijnen klaarliggen voor de vakantie".
  ...[
    'slaappillen|touw|strop ~ klaarliggen|klaargelegd|klaarleggen',
    'doos|doosje|strip|strips|potje|genoeg|alle ~ pillen|medicijnen|tabletten ~ klaarliggen|klaargelegd',
  ],
  ...[
    'voor de|een trein ~ lopen|gaan|stappen',
    'voor de|een ~ trein ~ stap|stappen|lopen|springen|gooien|werpen|smijten',
    'brief voor mijn|mn ~ ouders|kinderen ~ klaar',
  ],
  ...[
    'brieven|brief ~ geschreven ~ voor ~ kinderen|ouders|later',
    'als ik ook ga',
    'niemand zou het ~ merken|missen',
    ...['nobody|noone would ~ care|notice|miss ~ if i died', 'no one would ~ care|notice|miss ~ if i died'],
    'niet meer verder ~ te? gaan',
  ],
  ...['mij|me|mezelf weer gesneden|gesnede', 'heb weer ~ gesneden|gesnede', 'mij|me|mezelf weer ~ pijn gedaan'],
  ...['niet meer bestaan', 'als ik spring', 'laatste keer ~ van me|mij ~ hoort|hoorde'],
  ...['snijwonden|sneetjes ~ armen|polsen|benen|pols', 'rechte lijntjes'],
  ...['voor de|een trein ~ springen', 'uit ~ raam ~ springen'],
  // Pills saved up: "ik heb pillen gespaard en wil ze allemaal innemen".
  ...[
    'pillen|medicijnen|tabletten|slaappillen|slaaptabletten ~ gespaard|verzameld|opgespaard',
    'spaart|spaar|sparen|spaarde ~ pillen|medicijnen|tabletten|slaappillen|slaaptabletten ~ op',
    'alle|allemaal ~ pillen|medicijnen|tabletten|slaappillen ~ innemen|slikken',
  ],
  'pillen|medicijnen|tabletten|slaappillen ~ allemaal ~ innemen|slikken',
  // Said more softly, or with the reflexive "me": "ik wil me ophangen", "ik ben het leven moe", "iedereen is beter af zonder mij".
  ...['me|mij ophangen|opknopen|verhangen|verdrinken|vergiftigen|doodmaken', `${SELF}|me|mij op te hangen`, 'nooit meer wakker ~ worden'],
  ...['jezelf|zichzelf ~ ophangt|ophangen|doodt|doden', 'moe van ~ leven', 'niet meer wakker word|wordt'],
  // Flemish: "ik ben het beu om te leven", "ik ben het leven beu".
  ...['beu|moe om te leven', 'het leven beu'],
  // "ik denk alleen nog aan doodgaan, ik wil niet meer wakker", "hoe ik het pijnloos kan doen".
  ...[
    'wil|wou niet meer wakker',
    'denk|denken|dacht ~ aan doodgaan|sterven',
    'hoe ~ pijnloos',
    'pijnloos ~ sterven|doodgaan|einde',
    'painless ~ way|death|die',
  ],
  // "better to go to my husband in heaven", "het licht gaat binnenkort uit bij mij", letters written "for after".
  ...[
    'go|be|join ~ husband|wife|mother|mom|mum|father|dad|son|daughter|parents|child ~ in heaven',
    'naar ~ man|vrouw|moeder|vader|zoon|dochter|kind ~ in de hemel',
  ],
  ...['licht gaat|gaan ~ uit bij mij|me', 'bij mij|me gaat het licht ~ uit', 'letters ~ for after'],
  // "ik wil gewoon voorgoed verdwijnen, niet verhuizen, echt weg".
  'ik wil gewoon? voorgoed|definitief verdwijnen',
  // "een punt achter mijn leven zetten", "ik ben het leven zat".
  ...['punt ~ achter ~ mijn|mn|m|zijn|haar|ons leven', 'het leven ~ zat|beu|spuugzat'],
  ...['het leven moe', 'levensmoe', 'beter af ~ zonder me|mij', 'geen zin meer ~ door te gaan', 'geen zin meer ~ doorgaan'],
  // "alles zou zoveel makkelijker zijn zonder mij"; not "kan hij dat makkelijker regelen zonder mij", nor "het zou beter zijn
  // als jullie zonder mij beginnen".
  'makkelijker|gemakkelijker|beter|rustiger|fijner|leuker ~ zijn|af zonder me|mij',
  // A way, asked about or got ready: "of je het overleeft als je eraf springt", "ik heb vandaag een touw gekocht".
  ...['als je|ik ~ eraf|vanaf|ervanaf ~ springt|spring|springen', 'touw ~ gekocht|gehaald|klaargelegd|klaarliggen'],
  'hoeveel ~ pillen|paracetamol|tabletten|slaappillen ~ om ~ dood',
  'hoeveel ~ pillen|paracetamol|tabletten|slaappillen ~ om ~ niet meer wakker',
  'heleboel|veel|alle|allemaal|hele|doosje|strip|potje ~ pillen|slaappillen|medicijnen|tabletten ~ genomen|ingenomen|geslikt',
  // "i've taken too many pills", "i took a whole bottle of painkillers". Oneself only: a friend who took a bunch of pills and
  // cannot be woken needs 112 first (an emergency rule), not this reply.
  'i|ive ~ taken|took|swallowed ~ too many ~ pills|tablets|painkillers|meds|medication|paracetamol|sleeping',
  'i|ive ~ taken|took|swallowed ~ all|whole|handful|bunch|lot ~ pills|tablets|painkillers|meds|medication|paracetamol|sleeping',
  // "heb net al mn slaappillen ingenomen": "al" before a possessive is "all of", not "already" ("mijn pillen al ingenomen").
  'al mijn|mn|me|m|de|die ~ pillen|slaappillen|medicijnen|tabletten|slaaptabletten ~ genomen|ingenomen|geslikt',
  // Driving into a tree on purpose: "ik denk in de auto: als ik nu gewoon tegen een boom rijd, is het klaar". Said of oneself.
  'ik|k ~ tegen een|de ~ boom|vrachtwagen|brugpijler|pijler|trein ~ aan? rijd|rij|knal|crash|rijden|knallen|crashen',
  'drive|driving ~ into ~ a|the ~ tree|truck|lorry',
  // From crisis batch 68: the verb first and on purpose ("rij vanavond expres tegen een boom"), the hose on the exhaust, the
  // woods ("morgen hang ik toch in het bos").
  'rij|rijd|ik ~ ~ expres|bewust|opzettelijk ~ tegen een|de ~ boom|vrachtwagen|brugpijler|pijler|trein',
  ...['slang ~ ~ op|aan de|mijn|mn uitlaat', 'hose ~ ~ exhaust|tailpipe', 'hang ik ~ in het|de bos|bossen'],
  // From crisis batch 84 (long stories, the crisis in one sentence): sitting in the garage with the engine running (not a
  // neighbour's engine left running), following one's late wife "binnenkort" (not on Instagram) with medicines kept for it,
  // a place chosen "waar ik het wil doen".
  ...['garage gezeten|zat|zit|zitten ~ motor ~ aan|draaien|draaiend|lopen', 'sat|sitting in the|my ~ car|garage ~ engine running'],
  'van plan ~ haar|hem ~ binnenkort|snel|gauw|spoedig ~ te volgen',
  'medicijnen|pillen|tabletten|slaappillen ~ daarvoor|ervoor ~ bewaard|gespaard|opgespaard',
  'plek|plekje|plaats ~ ~ ~ waar ik het|t wil|ga doen',
  // English.
  ...[
    `kill|kil ${SELF}|${OTHER_SELF}`,
    'end my|her|his|their life',
    'end it all',
    'i|ive|have|had ~ decide|decided to end it',
    'take my ~ life',
    'want|wants|wanna to die',
    'wanna die',
  ],
  // "I want die" without "to", but not the Dutch "want die" ("because that one": "want die is meegenomen").
  'i|he|she|they|really|just|still|so want|wants die',
  ...[
    'wish i was|were dead',
    'want to? live ~ anymore',
    'no reason to live',
    'no point in|of ~ living|life',
    'not worth living',
    'point in living|life ~ anymore',
    'better off dead',
    // "I think many times it is better to die".
    'better to die',
    'better to be dead',
    'better off ~ without me',
    // Not "would it be easier to apply without me there".
    'be ~ easier|better|happier without me',
    'ending my|her|his|their life',
    'better off if i ~ disappeared|gone|dead',
    'be alive anymore',
    'not living anymore',
    'better for everybody|everyone|all ~ i am|m|im ~ not|gone|dead',
    'not|never wake up',
    'disappear* forever',
    'disappear* for good',
    'wanna|gonna ~ kms',
    'want to ~ kms',
    'hurting|harming|cutting myself',
    'cutting|cuts herself|himself|themselves|themself',
    // From crisis batch 74 (told later in a conversation): killing oneself in the -ing form, pills saved up, not going on
    // without someone who died.
    `killing ${SELF}|${OTHER_SELF}`,
    'saving|saved|saves ~ up? ~ his|her|my|their? ~ pills|tablets|medication|meds',
    // The pills first: "figured out how to end it with the pills he's been saving up" (crisis batch 80).
    'pills|tablets|medication|meds|painkillers ~ ~ saving|saved up',
    'figured|worked ~ out how to end it',
    ...['don t want to go on without', 'dont want to go on without', 'do not want to go on without'],
    'bleed out',
    'cut|cutting ~ again',
    // From crisis batch 72: "she gonna end it tonite", "doesnt wanna live anymore", "how many paracetamol to die", letters
    // left for the children with a goodbye.
    'gonna|will ~ end it ~ tonight|tonite|2nite|today',
    'going to end it ~ tonight|tonite|2nite|today',
    'wanna live|be alive ~ anymore',
    'how many ~ paracetamol|pills|tablets ~ to? ~ die|kill|lethal|overdose',
    'letters|letter|notes|note ~ ~ ~ kids|children|family|parents ~ goodbye',
    'don t want to wake up',
    'dont want to wake up',
    'finish my life',
    'in front of a|the ~ train|bus|truck',
    'wants to ~ kms',
    'want everything to stop',
    'my own death',
    'how easy it would be',
    'when i m|am gone',
    'after i m|am gone',
    'after|when im gone',
    'won t|wont ~ be around',
    'cutting|cut|cuts my|his|her|their ~ thighs|arms|wrists|legs',
    'pills|tablets|meds|medication|sleeping pills ~ saved|stockpiled|hoarded|collected|saving|stockpiling|hoarding',
    // The means laid out: "pills r on the table. just wanted to tell someone"; relief from cutting.
    ...['pills|tablets|meds ~ on the table', 'pills|tablets|meds ~ lined up', 'pills|tablets|meds ~ in front of me'],
    'cutting ~ helps|helped',
    'rope ~ in the ~ shed|garage|attic|basement',
    'suicide note',
    'goodbye letter',
    'about ending it',
    'disappear forever',
    'disappear for good',
    `hurt|harm|cut ${SELF}`,
  ],
];

const ABUSE: string[] = [
  // Locked in, grabbed by the throat: "mn vriend sluit me op in de slaapkamer", "heeft me bij mn keel gegrepen".
  ...['sluit|sloot|sluiten ~ me|mij|ons|haar|hem ~ op', 'bij ~ keel ~ gegrepen|gepakt|vastgepakt', 'keel ~ dichtgeknepen|dichtgedrukt'],
  ...['relationeel geweld', 'partnergeweld', 'geweld ~ thuis', 'thuis ~ geweld', 'eerwraak', 'loverboy*'],
  // "mijn stiefvader zit aan me", "hij raakt me aan waar ik dat niet wil": touching told plainly.
  ...['zit|zat|zitten ~ aan me|mij', 'betast*', 'raakt|raakte|raken me|mij ~ aan', 'naaktfoto*', 'rare|vieze|naakt ~ foto|fotos'],
  ...['me|mij|ons|kinderen ~ iets aan te doen', 'me|mij|ons|kinderen ~ iets aandoet|aandoen', 'me|mij|ons ~ geslaan'],
  // Sextortion: "if i leave him he'll send my nudes to everyone"; burns again and again.
  // A parent who hits their own child, told by the parent: "i lose my temper and hit my son way harder than i should".
  ...[
    'hit|hits|slap|slapped|smack|smacked|beat ~ my ~ son|daughter|kid|kids|child|children|baby|toddler',
    'ik|k ~ sla|slaan ~ mijn|mn ~ zoon|dochter|kind|kinderen|baby|peuter',
  ],
  // "mijn man heeft soms een los handje": he hits.
  'los|losse handje|handjes',
  ...['send|sends|share|shares|post|posts|leak|leaks|spread|publish ~ my|her ~ nudes', 'steeds|vaak|altijd|weer|telkens ~ brandwond*|brandplekken'],
  ...['blauwe plekken ~ vingers', 'durft ~ niet ~ naar huis', 'wil na school niet naar huis', 'vastgebonden', 'zonder kleren|kleding'],
  ...['volgt|achtervolgt ~ me|mij', 'rijdt ~ me|mij ~ achterna', 'laten|laat ~ hem|haar ~ niet binnen', 'geheime spelletjes'],
  ...['blauwe plekken ~ armen|benen|rug|gezicht', 'maakt hem|haar ~ kapot', 'nachts ~ bij ~ zusje|dochter|zoon|broertje|kind'],
  // "toen hij me tegen de grond werkte", "ze duwde hem van de trap", "staat elke avond voor mijn deur".
  ...[
    'tegen de grond ~ gewerkt|werkte|werkt|geduwd|duwde|gegooid|gooide|gesmeten|smeet',
    'van de trap ~ geduwd|duwde|gegooid|gooide|geschopt|schopte',
    'staat ~ elke|iedere ~ avond|nacht|dag ~ voor ~ deur',
    // From crisis batch 68: "hij smeet mij er vannacht weer tegenaan"; a carer who hits: "zo kwaad dat ik haar een klap geef".
    'smeet|smijt|gooide|gooit|duwde|duwt me|mij ~ tegenaan',
    'smeet|smijt|gooide|gooit|duwde|duwt me|mij ~ tegen de|een ~ muur|kast|deur',
    'zo kwaad|boos ~ dat ik ~ ~ klap|klappen|sla|sloeg',
  ],
  // A threat with a knife against her or me ("die haar met een mes bedreigt als ze iets zegt") is most often made at home;
  // the Veilig Thuis reply names 112 for danger now.
  'haar|hem|me|mij|ons ~ met een? mes|messen|wapen ~ bedreigt|bedreigen',
  ...['doodsbang ~ voor|van ~ hem|haar', 'ex ~ staat ~ voor ~ deur', 'tegen de muur ~ geduwd|gegooid|geslagen|gesmeten', 'om eten ~ vragen|bedelen'],
  ...['nooit een volwassene', 'kinderen|kids ~ nooit meer ~ zie|zien', 'gooit|smijt ~ met ~ dingen|spullen|stoelen', 'meisjesbesnijdenis|vrouwenbesnijdenis'],
  // A tracker hidden on one's car or bag; one's own on a bike is theft protection.
  'tracker ~ op|onder|in|aan|on|under ~ mijn|mn|m|me|my ~ auto|wagen|car|tas|jas|bag|coat|telefoon|phone',
  ...['dagen ~ niks|niets ~ gegeten', 'zit|zat|zitten ~ aan haar', 'trapt ~ deur ~ kapot'],
  // "mijne schoonvader zit aan mijn dochter", "hij zegt dat ik nergens heen kan zonder hem".
  ...['zit|zat|zitten ~ aan mijn|mn ~ dochter|zoon|kind|kinderen|zus|zusje|nichtje', 'nergens heen ~ zonder hem|haar'],
  // Said as done: "mijn nonkel heeft aan mijn dochter gezeten".
  'aan mijn|mn ~ dochter|zoon|kind|kinderen|zus|zusje|nichtje ~ gezeten',
  // "my elderly mother is being mistreated by my brother".
  ...['being|been|is|was|are|were ~ mistreated', 'mistreats|mistreating'],
  // A baby left alone: "een moeder laat haar baby alleen in de flat".
  ...['laat|liet|laten ~ haar|zijn|de ~ baby|peuter|kleuter ~ alleen', 'leaves|left ~ her|his|the ~ baby|toddler ~ alone'],
  // Threats to life, stalking by an ex, forced marriage, forced sex, control: Veilig Thuis advises on all of them.
  ...['uitgehuwelijkt|uithuwelijken|huwelijksdwang', 'gedwongen huwelijk'],
  ...[
    'dwingt|dwong|dwingen ~ me|mij ~ seks',
    'word|wordt|werd|worden ~ gedwongen ~ tot|om|te ~ seks',
    'laat|liet|laten|lieten me|mij ~ niet ~ naar buiten',
    'laat|liet|laten|lieten me|mij ~ niet ~ de deur uit',
    'klopt|klopte|kloppen me|mij|ons',
    // Flemish "kloppen" is beating too: "ons ma wordt door ons pa geklopt" (crisis batch 72).
    'word|wordt|worden|werd ~ geklopt',
    // A slip corrected: "mijn vriend slaapt me … SLAAT bedoel ik, stomme autocorrect".
    'slaat|sloeg|slaan bedoel ik',
    // From crisis batch 74: a family member "aan haar zit" (sexual abuse), always with black eyes, a threat to kill.
    'stiefvader|vader|oom|opa|broer|stiefbroer|neef|stiefzoon ~ aan haar|hem|me|mij zit|zat|zitten',
    'steeds|vaak|weer|alweer ~ ~ blauwe ogen',
    'schreeuwt|scheldt ~ haar|hem|me|mij|ons duwt|slaat|schopt|knijpt',
  ],
  // "klop krijgen" is Flemish for a beating.
  ...['krijgt|krijgen|kreeg|kregen ~ slaag|klappen|klop', 'pak slaag'],
  // Signs told by a neighbour, a carer or the one it happens to: bruises, a black eye, locked up, no food, night visits, honour.
  ...['steeds|vaak|altijd|weer ~ blauwe plekken', 'onder de ~ blauwe? plekken', 'blauw oog', 'laat|laten ~ niet ~ eten'],
  // A bruised eye played down: "m'n oog is nog een beetje paars" after a partner's hands (crisis batch 88).
  ...['paars|paarse oog', 'oog ~ ~ paars|blauw'],
  // Punished in the dark, a child begging a parent to stop: "voor straf in de donkere kelder", "crying stop daddy".
  ...['voor straf ~ kelder|kast|hok|schuur|zolder|donker|donkere', 'stop|nee ~ papa|mama|pappa|mamma ~ stop|nee|niet', 'stop daddy|dad|mommy|mummy|mum|mom'],
  ...[
    'krijgt|krijgen ~ amper|nauwelijks|geen ~ te eten',
    'verwaarloos*',
    // A neighbour's children left alone: "een gebuur laat zijn kindjes de hele dag alleen". Not one's own child, asked about.
    'laat|laten|liet ~ zijn|haar|hun ~ kinderen|kindjes|kinders|kind|kleintjes|baby|peuter ~ ~ alleen',
    'snachts|nachts ~ op|in ~ kamer',
    // The same with the particle after the room: "mn stiefvader komt snachts mn kamer in".
    'snachts|nachts ~ kamer|slaapkamer ~ in|binnen',
    'eer van de familie',
    'familie-eer',
    'eer ~ herstellen|redden|zuiveren',
  ],
  ...['uit te huwelijken', 'controleert|controleren ~ mijn|mn ~ telefoon|geld|berichten', 'niemand ~ zal|gaat ~ me|mij ~ geloven'],
  // Cut off from family and friends, a sign of a controlling partner: "mijn schoonzoon houdt mijn dochter weg van iedereen".
  ...[
    `houdt|hield|houden ~ ${ISOLATED} ~ weg van ~ iedereen|familie|vrienden|vriendinnen`,
    `houdt|hield|houden ~ ${ISOLATED} ~ bij|van ~ iedereen|familie|vrienden|vriendinnen ~ weg`,
    'keeps|kept ~ me|her|him|us|wife|daughter|son|mother|mum|mom|kids|children ~ away from ~ everyone|family|friends',
  ],
  ...['mishandel*', 'mishandling', 'gemolest*', 'kindermishandel*', 'ouderenmishandel*', 'seksueel ~ misbruik*', 'aanrand*', 'verkracht*', 'incest'],
  // A subordinate clause puts the verb last: "kapotgegaan toen mijn vriend me in mijn gezicht sloeg".
  `${PARTNER}|hij|zij me|mij|ons ~ sloeg|slaat|schopte|schopt|stompte|stompt|wurgde|wurgt|mepte|mept`,
  // Burns from a cigarette on a child's skin are a sign of abuse, not a kitchen accident to call 112 for.
  ...['brandwond* ~ ~ sigaret*', 'sigaret* ~ brandwond*', 'sigaret* ~ uitgedrukt|uitdrukt|uitdrukken'],
  // Or from an iron, said to be a parent's doing: "hij zei dat mama dat gedaan had met het strijkijzer".
  ...['mama|papa|moeder|vader|stiefvader|stiefmoeder|mam|pap ~ ~ strijkijzer', 'strijkijzer ~ ~ mama|papa|moeder|vader|stiefvader|stiefmoeder'],
  ...[
    'word|wordt|worden ~ geslagen|geslaan|geschopt|mishandeld|gewurgd|opgesloten',
    'me|mij|ons|haar|hem ~ geslagen|geschopt|gewurgd|mishandeld|verkracht|aangerand|opgesloten',
  ],
  ...[
    'doet|doen|deed ~ me|mij|ons ~ pijn',
    `bang voor|van ~ ${PARTNER}|hem|haar`,
    'ben|zijn ~ bang ~ thuis',
    // Not daring to call because the partner is at home: the chat is the only safe way to ask.
    `durf ~ niet ~ ${PARTNER} ~ thuis`,
    `gewelddadige ${PARTNER}|vent`,
  ],
  // Signs that children are harmed, and money taken from the elderly: Veilig Thuis advises on suspicions too.
  ...[
    'kinderen|kind ~ gillen|gillend|schreeuwen|huilen ~ elke|iedere ~ avond|nacht|dag',
    'kinderen|kind ~ elke|iedere ~ gillen|schreeuwen|huilen',
    // Heard or seen: "ik hoor de buren hun kind slaan". Theirs: "we zien de kinderen slaan op de trommels" is music.
    'hoor|hoorde|horen|zie|zag|zien ~ hun|zijn|haar ~ kind|kinderen|kindje|kindjes|zoon|dochter slaan|schoppen|mishandelen',
    'schreeuwt|schreeuwen|tiert ~ tegen ~ kinderen|kind|kindje|zoon|dochter|baby',
    'hoor|hoorde|horen ~ klappen|slaan',
    'pakt|neemt|steelt ~ geld ~ af? ~ oma|opa|moeder|vader',
    'geld af van ~ oma|opa|moeder|vader',
    'bedreigt|bedreigde|bedreigen ~ me|mij|ons|kinderen|haar|hem',
  ],
  // English.
  ...[
    'domestic violence|abuse',
    'child abuse',
    'being|been ~ beaten',
    'being hit',
    'locks|locked ~ me ~ in|up',
    'pinches|pinched|slaps|slapped ~ her|him|me',
    'afraid of my ~ partner|husband|wife|boyfriend|girlfriend|father|dad|mother',
    'sexually ~ abus*',
    // Whole words: "rapen" is Dutch for gathering ("bladeren rapen").
    'rape|raped|rapes|raping|rapist|rapists',
    'molest*',
    'forces|forced ~ me ~ sex',
    'forced marriage',
    'sexual* ~ assault*',
    'assaulted',
    'let me ~ leave the house',
    'took|takes my phone',
    'shak* ~ baby',
    'not to tell ~ parents|anyone|mum|mom',
    'touch|touches|touched me',
    'finish what he|she started',
    'marry ~ cousin',
    'grabbed|grabs|choked|chokes|strangled ~ my ~ throat|neck',
    'keep it ~ secret',
    'did things to me',
    'must be cut',
    'fgm',
    'marry ~ off',
    'left alone ~ days|weeks|nights',
    'starved|neglected',
    'controls ~ my ~ money|phone|messages',
    'reads|checks my ~ messages|phone',
    'nobody ~ will believe me',
    'no one ~ will believe me',
    'threatens|threatened to kill me',
    // Stalking by an ex: "my ex is outside my door every night". Not "my ex still lives at the house" (a registration).
    'ex ~ outside ~ door|house|window|work',
    'ex ~ at ~ my|our ~ door|window',
    'ex ~ turning|turns|turned|showing|shows ~ up',
    'tracked|tracking ~ my ~ car|phone|location',
    // "i have a restraining order but he doesnt care", "he broke my nose last time".
    'restraining order',
    'he|she|ex ~ broke my ~ nose|jaw|ribs|rib|arm|wrist',
    // "my partner threw me down the stairs", "he strangled me last month".
    'threw|throws|pushed|pushes|shoved|shoves|dragged|drags ~ me|her|him ~ down|against|into|off|across|out',
    'strangled|strangles|choked|chokes|throttled me|her|him',
  ],
  'husband|wife|partner|boyfriend|girlfriend|father|dad|mother|mom|mum|stepfather|ex|parents|brother|sister|son ~ hits|hit|beats|beat|kicks|kicked|chokes|choked|hurts|hurt|threatens|abuses|attacked|attacks',
  // From crisis batch 72: Dutch and English mixed ("mijn man hits me"); bruises on a cared-for father who is afraid.
  'mijn|mn man|vrouw|vriend|vriendin|vent|partner ~ hits|hit|beats|beat|kicks|hurts ~ me|mij',
  'bruises ~ arms|arm|face|body|legs|neck ~ ~ scared|afraid|terrified',
  // From crisis batch 74: a threat to break bones, forced sexual acts, a child hit at the other parent's, an old mother's
  // money taken by the one who lives with her. Not the neck: "my boss will break my neck if I'm late" is a saying.
  'will|ll break my ~ arm|arms|nose|jaw|leg|legs|ribs|bones',
  'forces|forced|forcing|makes|made ~ her|him|me ~ ~ ~ sexual|sex',
  // "my dad keeps beating my brother, his arm is broken rn" (crisis batch 86).
  'hitting|beating|kicking ~ our|my|her|his ~ daughter|son|kid|kids|child|children|brother|sister|mom|mum|mother|baby',
  'takes|took|taking ~ all ~ her|his ~ money|pension',
];

const EMERGENCY: string[] = [
  // Fire and gas.
  ...['het brandt', 'in de fik', 'vlammen ~ uit', 'rook ~ uit', 'gaslucht', 'ruik ~ gas'],
  // "er is net iets ontploft, het stinkt hier naar gas" (sixty-sixth batch).
  ...['stinkt|ruikt|stinken|ruiken ~ ~ naar gas', 'net|zojuist ~ iets? ~ ontploft'],
  // "brand!! rook overal".
  'rook|smoke ~ overal|everywhere',
  // A gas pipe hit by a digger: "de graafmachine heeft een gasleiding geraakt, het sist".
  ...[
    'gasleiding|gasleidingen|gasbuis ~ geraakt|kapot|lek|lekt|stuk|beschadigd',
    'gas pipe|line|main ~ hit|broken|damaged|leaking|leaks',
    'hit|broke|damaged|struck the|a gas pipe|line|main',
  ],
  // Carbon monoxide, and a suspected bomb: the police and fire brigade come through 112.
  ...[
    'koolmonoxide ~ in|vergiftigd|vergiftiging|lek',
    'koolmonoxidevergiftiging',
    'co|koolmonoxide ~ melder ~ gaat|piept|afgegaan',
    'koolmonoxidemelder ~ gaat|piept|afgegaan',
    'verdacht|verdachte ~ pakket|pakketje|koffer|tas|voorwerp',
    'bommelding',
    'bomalarm',
    'bomdreiging',
    'er ligt|staat ~ een? bom',
    'explosief|explosieven ~ gezien|ligt|liggen',
  ],
  // Someone unwell or injured.
  ...[
    'bewusteloos',
    'buiten bewustzijn',
    'reageert niet meer',
    // "maar nu reageert mijn vader niet meer".
    'reageert|reageerde ~ vader|moeder|pa|ma|papa|mama|man|vrouw|partner|opa|oma|kind|kindje|baby|zoon|zoontje|dochter|dochtertje|buurman|buurvrouw|broer|zus ~ niet|nie meer',
    'op de grond ~ reageert|beweegt ~ niet|nergens',
    'reageert nergens meer op',
    'krijgt|krijg|kreeg ~ geen lucht|adem',
    'kan ~ niet ~ ademen',
    'kopje onder',
    'bloed ~ spuit|gutst',
    'bloed|bloeden|bloeding ~ stopt niet',
    'lichterlaaie',
    'vuur|vlammen ~ slaat|slaan ~ over',
    'moeilijk ~ adem|ademen|lucht',
    'allergische ~ reactie|shock',
    'ingeslikt|doorgeslikt ~ tabletten|pillen|batterij|chloor|schoonmaakmiddel|vaatwastablet*',
    // A car driven into people: "er rijdt een auto in op mensen".
    'rijdt|reed|reden|rijden ~ in op mensen|publiek|menigte|voetgangers|kinderen|fietsers',
    'ingereden|inrijden|inrijdt op mensen|publiek|menigte|voetgangers|kinderen|fietsers',
    'kind|kindje|fietser|voetganger|meisje|jongen ~ aangereden',
    'bloed overal',
    'overal bloed',
    'hij|zij|ze|die|het ~ beweegt ~ niet|amper|nauwelijks',
    'fietser|voetganger|kind|iemand ~ onder een|de ~ vrachtwagen|auto|bus|trein|tram',
    'kind|kindje|baby|peuter ~ in ~ dichte|afgesloten|hete ~ auto',
    'aanval ~ stopt ~ niet|ni|nie',
    'gasgeur',
    'niet meer ~ bovenkomen',
    'niet meer ~ boven komen',
    'lippen ~ blauw',
    'reageert nie meer',
    'ademt ~ raar|vreemd|moeilijk',
    'ligt onder ~ vrachtwagen|auto|bus|trein|tram',
    'verslikt',
    'wordt blauw',
    'brandwond*',
    'wordt|word ~ niet ~ wakker',
    'hoofd bloed',
    'ligt stil',
    'in elkaar geslagen',
    'die|hij|zij ~ niet meer? beweegt',
    'mond|gezicht ~ hangt|staat ~ scheef',
    'praat ~ ineens|opeens ~ raar|vreemd|onduidelijk',
    'praat|praten ~ onduidelijk|wartaal',
    'door het ijs',
    'vast in het ijs',
    'kind|kindje|zoon|zoontje|dochter|dochtertje|kleuter|peuter is|zijn weg|kwijt',
    'kind|kindje|zoon|zoontje|dochter|dochtertje|kleuter|peuter van ~ is|zijn weg|kwijt',
    'ik ben ~ kind|kindje|zoontje|dochtertje|kleuter|peuter ~ kwijt',
    'bloedt|bloeden ~ hoofd',
    'hoofdwond',
    'pijn op de borst',
    'chest pain',
    'kan niet meer opstaan',
    'water staat ~ in ~ huis|woning',
    'niet aanspreekbaar',
  ],
  // "mijn moemoe is van haar stokje gegaan en komt niet bij".
  'is|was van ~ stokje gegaan|gevallen',
  ...['flauwgevallen', 'epileptische aanval', 'stikt', 'bloedt ~ erg|hevig|veel', 'zwaargewond*', 'bekneld', 'zit ~ vast in ~ auto|wagen'],
  ...['ernstig ongeluk', 'te water'],
  ...['komt niet meer boven', 'levensgevaar'],
  // A missing child: the police search at once, through 112. A pet that ran away has its own article.
  ...[
    'kind|kindje|kinderen|zoon|zoontje|dochter|dochtertje|kleinkind|kleinzoon|kleindochter|kleuter|peuter ~ weggelopen|vermist|verdwenen',
    // Someone with dementia or confused, lost outside: "mijn vader is dement en is vermist". Not "kwijt" or "zoek": what
    // someone with dementia loses is mostly a key or a pass.
    'dement|dementerend|dementerende|dementie|alzheimer|verward|verwarde ~ ~ vermist|weggelopen|ronddwaalt',
    'dement|dementerend|dementerende|dementie|alzheimer|verward|verwarde ~ loopt|dwaalt ~ op straat',
    'dement|dementerend|dementerende|dementie|alzheimer|verward|verwarde ~ loopt|dwaalt buiten',
    'kan|vind ~ kind|kindje|zoon|zoontje|dochter|dochtertje|kleuter|peuter ~ niet meer? ~ vinden|terug',
    'child|son|daughter|kid|toddler is|has|went ~ missing|disappeared',
    'lost my ~ child|son|daughter|kid|toddler',
    'cant|cannot find my ~ child|son|daughter|kid|toddler',
    'can t|not find my ~ child|son|daughter|kid|toddler',
  ],
  // Crime in progress and violence.
  ...[
    'inbreker*',
    'inbreken|inbreekt',
    // "iemand probeert nu mijn achterdeur in te trappen", "er is ne gast binnengedrongen", "er wordt geschoten".
    `${DOOR} ~ in te trappen|intrappen|intrapt`,
    'trapt|trappen ~ deur ~ in',
    // Not "er is water binnengedrongen in de kelder".
    'iemand|man|gast|vent|kerel|ze|hij|zij|inbreker|inbrekers ~ binnengedrongen',
    'roept|roepen|schreeuwt|schreeuwen|gilt|gillen ~ om hulp',
    'om hulp ~ roepen|roept|schreeuwen|schreeuwt|gillen|gilt',
    'screaming|yelling|shouting|crying for help',
    'wordt|word|worden ~ ingebroken',
    'inbraak ~ bezig|nu',
    // Thieves maybe still inside ("inbreker" is a rule of its own): "er is net ingebroken, de dieven zijn misschien nog binnen".
    'dief|dieven ~ ~ nog ~ binnen',
    // "er zijn dieven bezig in het huis van de gebuur".
    'dief|dieven|inbreker|inbrekers bezig in|bij',
    'breekt|breken ~ in',
    // A door or window forced now: "ze zijn de achterdeur aan het openbreken". Not "de straat openbreken": road works.
    `${DOOR} ~ openbreken|openbreekt`,
    `${DOOR} ~ aan het openbreken|forceren`,
    `${DOOR} ~ open|in te breken`,
    `breekt|breken ~ ${DOOR} ~ open`,
    'probeert|proberen|probeerde ~ in te breken',
    'wordt|word ~ aangevallen|overvallen',
  ],
  ...[
    // "die man heb een mes": spoken "heb" for "heeft".
    'iemand|man|hij|jongen|ze ~ heeft|heb|hebben ~ een mes|wapen|pistool',
    'neergestoken',
    'neergeschoten',
    // "er loopt hier ene mee een geweer rond": Flemish "mee" for "met".
    'met|mee een mes|wapen|pistool|vuurwapen|geweer|jachtgeweer',
    'iemand|man|vent|gast|kerel|jongen|jongens|mannen|vrouw met mes|messen|wapen|wapens|pistool|vuurwapen',
    'mes|wapen|pistool ~ bedreigd|getrokken',
  ],
  // English.
  ...[
    'smell gas',
    // Only when it sounds: "which carbon monoxide detector should i get" is a question about buying one (below).
    'carbon monoxide ~ alarm|alarms|detector|detectors ~ going|goes|went|beeping|beeps|sounding|sounds',
    'suspicious ~ package|parcel|bag|object',
    'bomb',
    'bomb threat',
    'not responding',
    'unresponsive',
    'unconscious',
    'bleeding',
    'swallowed ~ tablets|pills|battery|batteries|bleach|detergent|poison|dishwasher|cleaning|medicine',
    'poisoned|poisoning',
    'trapped',
    'car crash',
    'accident ~ people|someone|somebody ~ hurt|injured',
    'through the ice',
    'gas smell',
    'ice ~ cracked|cracking|broke',
    'lips ~ blue',
    'fall|fell ~ from|off ~ roof|ladder|window|balcony|scaffolding',
    'not moving',
    'much blood',
    'help ~ fire',
    'baby is coming now',
    'bleed|bleeding ~ very much',
    'bleed|bleeding ~ a lot',
    'eyes ~ rolling|rolled',
    'took something ~ party',
    'full of smoke',
    'smoke ~ coming out',
    'kick* ~ door in',
    'swelling up',
    'wheezing',
    'anaphyla*',
    'scald*',
    'cant|cannot ~ wake ~ her|him|them ~ up',
    'can t|not ~ wake ~ her|him|them ~ up',
    'cant|cannot breathe',
    'can t|not breathe',
    'fell in the water',
    // A person, not a bike: "my bike fell in the canal, who can fish it out".
    'child|kid|boy|girl|man|woman|someone|somebody|person|son|daughter|baby|toddler ~ fell|fallen ~ in|into ~ canal|river|lake|pond|ditch|sea',
  ],
  // Not "gun" alone: Dutch "ik gun het je" is "I grant you it".
  ...['a|the|his|her|their|loaded gun', 'gunpoint', 'gunshot|gunshots|gunfire|gunman'],
  ...['breaking into|in', 'intruder*', 'stabbing', 'passed out', 'choking'],
];

const HUMAN_REQUEST: string[] = [
  ...[
    `${HUMAN}|iemand ~ spreken|spreke|praten|prate|chatten|bellen|bespreken|babbelen|sprechen|reden`,
    `${HUMAN}|iemand ~ aan de lijn|telefoon`,
    `geef|geeft|wil|wilt|liever ~ ${HUMAN}`,
  ],
  ...[
    `spreken|spreek|praten|chatten|babbelen|communiceren|contact|verbinden|doorverbinden ~ met? ~ ${HUMAN}|iemand|mensen`,
    `wil|wilt|willen|kan|kun|mag|graag|wens ~ ${HUMAN}`,
  ],
  // "verbind me door met de klantenservice", "kan ik de telefoniste krijgen?", "iemand van vlees en bloed".
  `verbind|verbindt|verbinden|doorverbinden|doorschakelen ~ met ~ ${HUMAN}|iemand|${SERVICE_DESK}`,
  `${SERVICE_DESK} ~ krijgen|spreken`,
  `${SERVICE_DESK} ~ aan de lijn`,
  // Each slot is one word, and no phrase reaches over a comma: "aan een persoon kwijt, niet aan een computer".
  ...['vlees en bloed', 'echte|menselijke collega', 'niet aan|tegen een computer|bot|robot|chatbot|machine|programma'],
  // From lindewijk-human-dev-2: someone given, put through, a role, contact taken, someone else than the bot.
  ...['geef|geeft me|mij|mijn? ~ iemand', 'wil|wilt|liever|graag ~ iemand anders', 'iemand ~ meeleest|meekijkt'],
  // Put through, also with words between ("Zet mij nu maar even eens door", lindewijk-human-dev-14).
  ...['me|mij ~ doorverbinden|doorschakelen|doorzetten', 'zet|zetten|verbind|verbindt ~ me|mij|ons ~ ~ door'],
  ...[`${ROLE} ~ ~ spreken|bellen|praten`, `${ROLE} ~ contact`, `contact ~ met ~ de|een|mijn? ~ ${ROLE}`, `${SERVICE_ROLE} ~ ~ spreken|praten`],
  ...['contact ~ met ~ me|mij ~ opnemen|zoeken', 'persoonlijk contact', 'graag contact opnemen'],
  ...[`in contact ~ brengen|komen|treden ~ met ~ ${HUMAN}|medewerkers|${ROLE}|${SERVICE_ROLE}|deskundige|specialist|expert`],
  `met een|de? ${HUMAN} ~ spreken|praten|chatten|communiceren|afhandelen|regelen|bespreken|doorlopen|overlopen|doornemen`,
  ...['kunt|kan|kunnen|wil|wilt u|jullie|je|iemand ~ me|mij ~ bellen', 'is|zit er ~ een? ~ mens|medewerker ~ aanwezig|achter'],
  'kan|kunnen|wil er? iemand ~ naar ~ mijn|m ~ situatie|dossier|zaak|aanvraag ~ kijken',
  // Not "komt er iemand van de gemeente om te helpen met het schoonmaken?", a question about home help.
  'is er iemand van t|het|de stadhuis|gemeente|stad ~ die ~ me|mij ~ kan|kunnen ~ helpen',
  ...['medewerker|medewerkster ~ alstublieft|alsjeblieft|aub|graag|nodig|please|nu', 'echt|echte|echten|levend|levende ~ mens|persoon|medewerker'],
  ...['menselijk|menselijke ~ medewerker|contact|hulp', 'geen bot|robot|chatbot', 'niet met een? bot|robot|chatbot|computer', 'meneer of mevrouw'],
  // Not on its own: "komt er iemand van de gemeente langs?" is a question about a visit.
  'iemand van de gemeente ~ spreken|praten|bellen|chatten|babbelen',
  'iemand van de gemeente ~ aan de lijn',
  'wil|wilt|graag|liever ~ iemand van de gemeente',
  // A call back: "bel me (ff) terug", "bel me maar op", "kunt u mij (morgen tussen 10 en 11) terugbellen". Not "niemand belt
  // terug" nor "de gemeente belt mij nooit terug" (complaints), nor "wordt ik teruggebeld?".
  ...['bel me|mij ~ terug|op', 'belt me|mij terug|op'],
  'me|mij ~ ~ terugbellen|opbellen',
  'call|phone|ring me back',
  // English.
  'talk|speak|chat|connect|transfer ~ human|person|agent|someone|somebody|some1|sum1|employee|representative|operator|people',
  ...['real ~ person|human|people', 'human ~ please|plz|pls|being', 'agent ~ please|plz|pls|now', 'not a bot|robot', 'no bot|robot|chatbot'],
  // "get me a human", "a live agent", "put me through to a member of staff", "I don't want to talk to a bot".
  ...['get|give me ~ a|an? ~ human|person|agent|employee', 'live agent|person|human', 'put me through'],
  // "I want a human", "I'd like an agent"; no gap: "I want to report that the person next door …" is no request.
  // Not "need a person": "I need a person to witness my signature".
  ...['want|like a|an human|agent|employee|representative|operator|person', 'need a|an human|agent|employee|representative|operator'],
  'want|need human|humans',
  ...['dont|not ~ want ~ talk|speak|chat ~ to|with ~ a ~ bot|robot|computer|machine'],
  ...['customer service|support ~ please|now', 'speak|talk|chat ~ to|with ~ customer service|support', 'escalate ~ this|it|my'],
  ...['is there a|an human|person|agent|employee', 'please contact|call me', 'contact|call me please', 'connect|transfer ~ staff|representative'],
  // From lindewijk-human-dev-3 (nineteenth session). Someone who can sort it, a department, a visit, a colleague, a call.
  ...['is er|daar|hier niemand ~ die ~ dit|dat|het|me|mij ~ kan|kunnen ~ regelen|helpen|oplossen', 'face to face', 'bij iemand ~ langskomen|langs komen'],
  'mag|kan|kun|wil|zou|kunnen ik|we iemand ~ ~ spreken|bellen|praten|bereiken',
  ...['zit|is|werkt er ~ ~ een mens|medewerker', 'laat ~ een? mens|medewerker|iemand ~ me|mij helpen'],
  // Talking to a colleague, not what a colleague did: "een collega van u zei dat ik bezwaar kon maken" is a question.
  ...['met een? collega van u|jou|jullie', 'collega van u|jou|jullie ~ ~ spreken|bellen|praten|chatten'],
  ...['wie kan|kun ik ~ ~ spreken', `gesprek ~ met ~ iemand|${HUMAN}`],
  // English: whoever is in charge, someone who calls, a member of staff, an actual person, someone to meet in person.
  ...['talk|speak|chat ~ to|with ~ whoever|supervisor|manager|staff', 'whoever is in charge', 'speak|talk to ~ your|a|the ~ supervisor|manager'],
  ...['can|could|would|please ~ someone|somebody ~ ~ call|phone|ring|contact ~ me|us', 'have ~ someone|somebody ~ ~ call|phone|ring|contact ~ me|us'],
  ...['put through to', 'member of staff', 'staff member', 'actual ~ person|human|humans|people|employee|staff', 'instead of ~ this|the|a ~ bot|chatbot'],
  ...['meet|see ~ someone|somebody ~ in person', 'take over ~ this|the ~ conversation|chat', 'anybody|anyone|somebody|someone real', 'not a machine|computer'],
  // From lindewijk-human-dev-4: a call back asked in letter style ("Graag word ik teruggebeld", "verzoek ik u mij terug te
  // bellen"), a time before the verb, someone "geven" in Flemish, talking it through with someone, whoever handled it.
  // Also approached or called in person ("Graag word ik persoonlijk benaderd", lindewijk-human-dev-14).
  ...['graag ~ ~ teruggebeld|benaderd|gecontacteerd|gebeld|opgebeld', 'teruggebeld ~ worden', 'me|mij|ons terug te bellen'],
  ...['me|mij iemand geven', 'iemand die? me|mij ~ belt|opbelt|terugbelt', 'die ons|me|mij ~ kan|kunnen|wil ~ opbellen|bellen|terugbellen'],
  'zou|kan|kunnen|wil ~ iemand ~ ~ ons|me|mij ~ kunnen? bellen|opbellen|terugbellen|bel',
  ...[
    'met iemand ~ doornemen|doorpraten|overleggen|bespreken|doorlopen|overlopen',
    'doornemen|doorpraten|overleggen met iemand',
    'ik wil|zou ~ iemand ~ ~ spreken|bellen|praten',
  ],
  // From lindewijk-human-common-dev (thirtieth session): a chat with a person, someone else than the bot, someone as the
  // whole request, someone who knows or helps further, and a person meant. The chat itself may be the topic: "kan ik de
  // chat met een medewerker ook in het weekend gebruiken?"; and the job: "ik wil klantcontactmedewerker worden".
  ...[`chat|chatten|livechat met ~ een|de? ${HUMAN} <eos>`, `chat met ~ een|de? ${HUMAN} ~ starten|beginnen|openen`],
  ...[`${DESK_HUMAN} ~ spreken|krijgen`, `${DESK_HUMAN} ~ aan de lijn`, `wil|wilt|graag ~ de|een? ${SERVICE_DESK} <eos>`],
  // Passed on: "kun je me overzetten naar een live medewerker?", "stuur mijn vraag door naar een medewerker", "kan ik mijn vraag
  // aan een medewerker voorleggen?", "kan iemand meekijken?".
  ...[`overzetten|doorsturen|doorzetten|door ~ naar ~ een|de? live? ${HUMAN}`, `aan een|de ${HUMAN} ~ voorleggen|stellen|vragen`],
  ...['live medewerker|persoon|mens', 'kan|kun|wil|mag iemand meekijken|meelezen'],
  ...['is|zijn er ~ iemand anders <eos>', 'mag|kan|kun ik iemand <eos>'],
  ...['iemand die ~ weet hoe het zit', 'iemand die ~ me|mij ~ verder ~ helpen|helpt', 'iemand via de|deze? chat ~ helpen|spreken'],
  `${HUMAN} bedoel ik`,
  ...['gesprek ~ met degene', 'met degene die ~ ~ behandeld|behandelt|beoordeeld', `${ROLE} ~ ~ aan de lijn|telefoon`],
  'afspraak|gesprek|contact ~ met ~ een|de|mijn? sociaal|maatschappelijk werker|werkster',
  // English: a ring, a word, a call back, a meeting, one's own consultant.
  ...['give|gives ~ me|us a ring|call|bell', 'have a ~ word with', 'a call back', 'a callback', 'meeting with ~ the|a|an|someone|somebody|your'],
  'speak|talk|see|meet ~ my|the|a ~ consultant|caseworker|advisor|adviser|coach|officer',
  // From lindewijk-human-dev-7 (messenger style): anyone there, "bellen aub", "doorverbinden aub", available, a callback
  // request, the person who helped last time; someone who speaks English, a person to ring one's mother.
  ...['iemand daar|hier <eos>', 'anybody|anyone|somebody|someone there <eos>', 'bellen|terugbellen|opbellen aub|alstublieft|alsjeblieft|pls|please|graag'],
  ...['doorverbinden|doorschakelen|verbinden aub|alstublieft|alsjeblieft|pls|please|graag', `${HUMAN}|iemand ~ beschikbaar`],
  ...['terugbelverzoek|belverzoek', 'callback request', 'spreken|bellen ~ die me|mij ~ ~ hielp|geholpen|sprak|gesproken|belde'],
  'meneer|mevrouw|dame|heer van de? vorige keer|week',
  'person|someone|somebody|staff|employee|anyone|anybody ~ who|that ~ speaks|speak ~ english',
  'can|could|would ~ a|an? ~ person|employee|someone|somebody ~ ~ call|phone|ring|contact|bel|bellen ~ her|him|them|my|haar|hem',
  // From lindewijk-human-dev-5 (twentieth session): a visit, someone who looks along or knows, a talk or a video call with a
  // role, an appointment with a civil servant, a call back with a word between, a person reading along.
  ...[
    // Three gaps: "Zou er iemand van het OCMW, euh, van de gemeente eens bij mij thuis …" (lindewijk-human-dev-9).
    'mogelijk|kan|kunnen|wil|zou ~ iemand|mens ~ ~ ~ bij me|mij thuis ~ langskomt|langskomen|langs|passeert|passeren',
    'iemand ~ ~ met me|mij mee ~ kijken|kijkt|denken|denkt',
  ],
  `vragen|laten ~ ${ROLE}|${SERVICE_ROLE}|iemand ~ ~ passeert|passeren|langskomt|langskomen|langs`,
  ...[
    `wil|wilt|willen|graag|wens|liever ~ gesprek ~ met ~ ${ROLE}|${SERVICE_ROLE}`,
    'videogesprek|beeldgesprek|videobellen|beeldbellen ~ met',
    'persoonlijk|persoonlijke gesprek',
  ],
  ...['afspraak ~ ~ met een|de ambtenaar', `afspraak ~ met ~ een|de|mijn ${ROLE}`, 'is er ~ iemand ~ ~ verstand van'],
  ...['wanneer ~ kan|kunt|kunnen ~ me|mij ~ bellen|terugbellen|opbellen', 'mondeling ~ toelichten|bespreken'],
  ...['iemand van ~ ~ me|mij|ons ~ contacteren|contacteert|benadert|bellen|opbellen|terugbellen', `telefonisch|mondeling ~ ~ met een|de ${HUMAN}`],
  ...['leest|lezen ~ een? persoon|mens|medewerker|iemand ~ mee', 'praat|chat ik ~ tegen|met ~ een? computer|bot|robot|chatbot|machine'],
  // English: a supervisor now, a colleague, a department that should call, a video call, a civil servant in person.
  ...['get|give me ~ a|an|the|your? ~ supervisor|manager', 'discuss|talk|speak ~ with|to ~ your|a ~ colleague|colleagues'],
  ...[
    'request|like|want ~ someone|somebody ~ ~ contact|call|phone|ring me|us',
    'video call ~ with',
    'appointment with a|an|the? civil servant',
    'appointment with a|an|the|my? caseworker',
  ],
  'discuss ~ ~ in person',
  // From lindewijk-human-dev-6: who can help with this, a real someone, one's own contact, by phone or mail with a person, a
  // story told to a person, someone who knows, someone else "pls"; in English a visit, a desk to sit at, personally, a human
  // and not a form, and in learner's English "help person".
  ...['wie ~ me|mij ~ hier|hiermee ~ ~ ~ helpen', 'een echt|echte|echten iemand', 'persoonlijk ~ ~ helpen', 'mijn contactpersoon ~ ~ ~ spreken|bellen'],
  ...['telefonisch ~ verder ~ afhandelen|regelen|bespreken|helpen', `aan een|de? ${HUMAN}|iemand ~ vertellen|kwijt|uitleggen`],
  ...[
    'iemand die ~ ~ verstand van',
    'liever ~ ~ samen met iemand',
    'samen met iemand ~ doorlopen|doornemen|invullen|overlopen|bekijken',
    'iemand anders pls|please|aub|alstublieft|alsjeblieft|graag',
  ],
  ...['mens|persoon ~ aub|alstublieft|alsjeblieft|please|graag', 'iemand ~ ~ die ik ~ kan|kun|mag ~ spreken|bellen|bereiken'],
  `me|mij ~ met ~ ~ ${HUMAN}|iemand ~ verbinden|doorverbinden`,
  ...['come round|over|by ~ to? ~ my|our ~ house|home|place|flat', 'sit down with ~ someone|somebody', 'someone|somebody ~ ~ ~ personally'],
  ...['connect|transfer me with|to', 'human|person ~ not a ~ form|bot|computer|machine|chatbot', 'i mean a human|person', 'help person|human'],
  // From lindewijk-human-dev-8: the bot that does not understand, a colleague, "geen automaat", a question put to someone
  // aloud or in person instead of a program, a call with someone; in English someone on the phone, a human available, passed
  // to a colleague, a call arranged.
  'bot|robot|chatbot|automaat ~ snapt|begrijpt|verstaat ~ er? ~ niks|niets|ni|niet|mij|me',
  // Each with the contact asked for: "kan iemand van jullie de lantaarnpaal maken?", "jullie collega heeft de container niet
  // geleegd" and "er is geen automaat bij de parkeerplaats" are questions for an article.
  'iemand van jullie ~ ~ me|mij|ons ~ ~ helpen|bellen|opbellen|terugbellen|spreken|contacteren',
  ...['uw|jullie collega|collegas ~ ~ spreken|bellen|praten|chatten|verder', 'me|mij door te verbinden|schakelen'],
  ...[
    'een van uw|jullie mensen|collegas|collega ~ ~ me|mij|ons ~ ~ bellen|terugbellen|opbellen|helpen|spreken|belt|terugbelt|helpt',
    'verbinden|doorverbinden|spreken|praten|chatten|gesprek ~ met een van uw|jullie mensen|collegas|collega',
  ],
  ...['liefst|liever|wil|wilt ~ geen automaat', 'geen automaat ~ maar', 'niet met ~ automaat ~ praten|spreken|chatten|babbelen|kletsen'],
  ...[
    'praat|praten|spreek|spreken|chat|chatten ~ niet met ~ automaat',
    // Not a device used for something else: "betalen in plaats van bij de automaat", "invullen in plaats van op de computer".
    'in plaats van ~ een|deze|die|dit|zon? programma|bot|chatbot|robot',
    'in plaats van ~ met|aan|tegen een|de|deze|die|zon? computer|machine|automaat',
  ],
  ...['persoonlijk|hardop|mondeling ~ aan iemand', 'aan iemand ~ ~ stellen|voorleggen', 'met iemand ~ klappen|tori|taki', 'tori|taki met iemand'],
  'niet met zon automaat',
  ...['bellen met iemand|medewerker|mens', 'gesprekje ~ ~ met iemand', 'someone|somebody|person|human on the phone|line'],
  ...[
    'human|person|agent|someone|somebody ~ available',
    'pass|put|transfer me ~ to|through ~ a|your? ~ colleague|human|person|agent',
    'call with ~ someone|somebody',
    'call with a person',
  ],
  // From lindewijk-human-dev-9 (twenty-first session): an account manager or a fixed contact to speak, a department on the
  // line, a visit after a long aside, filling in with an employee, a conversation planned, "ik praat liever met iemand".
  ...['belafspraak|terugbelafspraak', 'accountmanager|aanspreekpunt ~ ~ ~ ~ spreken|afspraak|belafspraak', 'die wil ik ~ ~ spreken'],
  'iemand van ~ aan de lijn|telefoon',
  ...[
    'samen met een|de|uw? medewerker|medewerkster|ambtenaar|bediende',
    `gesprek ~ plannen|inplannen|vastleggen ~ met ~ ${ROLE}|${SERVICE_ROLE}|${HUMAN}|iemand`,
  ],
  'bij me|mij thuis kunnen langskomen|passeren|langs',
  ...['afspraak met zo|zon iemand|persoon', `praat|spreek|chat ~ liever|graag|even ~ met ~ ${HUMAN}|iemand`],
  // Also whoever handles it ("dat de behandelaar van de aanvraag mij even belt", lindewijk-human-dev-14).
  `${HUMAN}|${ROLE} ~ ~ me|mij|ons ~ ~ terugbelt|belt|opbelt|terugbellen|bellen|opbellen|contacteert|contacteren`,
  // English: a meeting or a call set up, someone to visit or sit down with, a callback from a team.
  // Not "Can someone from the neighbourhood team visit me at home?", which the article on the team answers.
  ...['set|arrange|schedule|plan ~ a meeting|call', 'have|send ~ someone|somebody ~ ~ ~ visit me|us'],
  ...['someone|somebody ~ ~ ~ sit down with', 'callback from', 'call back from'],
  // From lindewijk-human-dev-10 (twenty-second session): a department put through, someone to "te woord staan", a letter
  // explained on the phone, someone sent to talk, a home visit needed, a social worker to speak.
  // Not a department one rings oneself: "welk nummer heeft de afdeling die ik kan bellen over afval?".
  'doorverbinden|doorschakelen|verbinden|verbind|verbindt ~ met ~ afdeling',
  ...['te woord staan|staat|kan|kunnen|wil|wilt', 'uitleggen|toelichten ~ aan de telefoon|lijn', 'aan de telefoon|lijn ~ uitleggen|toelichten'],
  ...['sturen om met me|mij|ons te praten|spreken', 'huisbezoek nodig|graag|aub|alstublieft', 'wil|wilt|willen|graag ~ ~ huisbezoek'],
  'sociaal|maatschappelijk werker|werkster ~ ~ spreken|praten|bellen',
  // English: one's case or social worker to speak or to come, someone to explain, whom in a department to talk to, going
  // through an application together, someone from a department on the phone.
  ...['speak|talk|see|meet ~ my|the|a ~ case|social worker', 'case|social worker ~ ~ come|visit'],
  ...['is there someone|somebody|anyone|anybody who|that can|could ~ explain|talk|speak', 'who ~ ~ can|could i|we ~ talk|speak to|with'],
  ...['discuss ~ ~ ~ with someone|somebody', 'go through|over ~ ~ together with me|us', 'get|have someone|somebody ~ ~ on the phone|line'],
  // From lindewijk-human-dev-11 (twenty-third session): a video call with someone, someone at the desk who helps, whoever
  // is in to look at one's file; in English someone to look at one's case, to give a father a call, an employee to help.
  ...[`met een? ${HUMAN}|iemand ~ videobellen|beeldbellen`, 'iemand aan het|t|de loket|balie ~ ~ ~ helpt|helpen'],
  'die naar ~ mijn|m ~ situatie|dossier|zaak|aanvraag ~ kan|kunnen|wil ~ kijken',
  ...['someone|somebody|anybody|anyone ~ ~ ~ look at my|our ~ case|file|application|situation', 'have|take a look at my|our ~ case|file'],
  ...['someone|somebody|anyone|anybody|employee ~ ~ ~ give|gives ~ him|her|them a call|ring', 'can|could|would an|a|your? employee|employees ~ help'],
  'to a|an real? human|agent <eos>',
  // From lindewijk-human-dev-12 (twenty-fifth session): Dutch and English mixed ("talk to een medewerker", "connecten met
  // een human"), German ("mit een Mitarbeiter sprechen"), a formal letter's "een medewerker … persoonlijk kan spreken",
  // WhatsApp with an employee, someone behind the chat, staff online, a topic discussed with a person.
  ...[
    `talk|speak|connect|connecten|transfer ~ to|with|met ~ ${HUMAN}|iemand`,
    // Not "de chat met een medewerker", the Dutch noun: a question about the chat service.
    `chat ~ to|with ~ ${HUMAN}|iemand`,
    'connecten|verbinden ~ met ~ een? human|person|agent',
  ],
  ...[`${HUMAN} ~ persoonlijk ~ spreken|spreke|praten|bellen|ontmoeten`, `met een|de? ${HUMAN} ~ appen|whatsappen|videobellen`],
  'zit|is er ~ iemand|mens|medewerker ~ achter de|deze|die|jullie chat|chatbot|bot|computer|scherm',
  ...['any of your? staff|employees|agents ~ online|available', 'staff|employees|agents|humans ~ online', 'chat|talk|speak with one of them|you'],
  'discuss ~ with a|an? person|human|employee|someone|somebody|staff',
  // From lindewijk-human-dev-13 (twenty-sixth session): someone of the municipality to ring back with words between, the
  // chat handed over ("zet me over naar een collega", "het gesprek doorzetten naar iemand van het KCC"), carrying on with
  // a person instead of the automatic help, a question too hard for a chatbot, an answer from someone who works there,
  // someone live, "dan graag iemand die dat wel is", a question put to someone rather than to a chatbot, "graag
  // terugbellen", "can iemand mij callen"; in English someone who actually works there.
  ...['iemand ~ me|mij|ons ~ terugbelt|terugbellen|opbelt|opbellen|callen', 'zet|zetten|schakel|schakelt ~ me|mij|ons ~ ~ over'],
  `gesprek|chat|vraag ~ doorzetten|overdragen|doorsturen ~ naar ~ ${HUMAN}|iemand|collega|${SERVICE_DESK}`,
  ...[`verder ~ met ~ een|de? ${HUMAN}|iemand|collega`, 'in plaats van ~ met? ~ de|een|deze? automatische'],
  ...['te ingewikkeld|moeilijk ~ voor ~ een|de|deze|zon? chatbot|bot|robot|computer', 'dan aan een|de|deze? chatbot|bot|robot|computer'],
  ...['wie ~ ~ aan de lijn|telefoon ~ krijgen', `antwoord|antwoorden van ~ iemand|${HUMAN} ~ die`, 'iemand die ~ ~ echt ~ werkt|werken'],
  ...['iemand|mens|medewerker live', 'wil ik die|diegene ~ ~ spreken|bellen|chatten', 'iemand die dat wel is', 'zo niet ~ ~ iemand|mens'],
  ...['liever aan iemand|mens|medewerker', 'graag terugbellen|opbellen', 'terugbellen|opbellen|teruggebeld ~ door ~ de|een|uw? ~ ' + SERVICE_DESK],
  'can|could|kan|kunt ~ iemand|someone|somebody ~ me|mij ~ callen|bellen|call',
  ...['get|give me someone|somebody', 'someone|somebody who ~ actually|really ~ works|work'],
  // From lindewijk-human-dev-14 (twenty-eighth session, long stories that end in the request): a call wished for ("had
  // liever dat er iemand van monumentenzorg mij belt"), approached or contacted in person, put in touch with or linked to
  // someone, helped live, who can call, someone who can look into one's file; in English a call with the officer handling
  // one's file.
  'liever|graag|fijn|prettig ~ iemand ~ me|mij|ons ~ belt|opbelt|terugbelt|contacteert|langskomt',
  'persoonlijk ~ benaderd|gecontacteerd|gebeld|opgebeld',
  ...['me|mij|ons ~ in contact ~ brengen|zetten ~ met', 'me|mij|ons koppelen aan|met'],
  ...['live ~ helpen|spreken|praten|chatten', 'wie kan|kunt|wil|zou ~ me|mij|ons ~ bellen|opbellen|terugbellen|contacteren'],
  'iemand die ~ mijn|m|ons|onze ~ dossier|situatie|zaak|aanvraag ~ kan|kunnen ~ inkijken|inzien|bekijken|openen',
  'call|chat|talk with ~ officer|caseworker|advisor|adviser|consultant|handler|colleague',
];

export const SAFETY_RULES: SafetyRuleGroup[] = [
  // "Het is een zelfmoordactie om daar te fietsen": a figure of speech for something dangerous.
  { category: 'suicide', phrases: SUICIDE, unless: ['zelfmoordactie|zelfmoordacties|zelfmoordmissie|kamikazeactie', 'suicide mission'] },
  {
    // Not being there any more: "omdat ik er binnenkort toch niet meer ben". Said of a move too ("volgende week ben ik er
    // niet meer, ik verhuis naar Utrecht"), which gets the despair check-in (distress.ts) instead of the alarm.
    category: 'suicide',
    // "ik ben er over een paar weken toch niet meer": the "toch" of someone who has decided.
    phrases: ['ik ~ er ~ niet meer ~ zijn|ben', 'ben ik er ~ niet meer', 'ben|zijn er ~ ~ toch niet meer'],
    unless: ['verhuis*', 'verhuizing', 'emigreer*', 'emigratie', 'vakantie', 'op reis', 'moving', 'move', 'holiday'],
  },
  {
    // "ik wil … dood" with words in between, unless it is about a dead animal ("ik wil een dode egel melden").
    category: 'suicide',
    phrases: ['ik? wil|wilt|wou ~ dood', 'ga ~ dood ~ maken', 'dood wil|wilt|wou|willen'],
    unless: [
      'dier*',
      'dode',
      'kat|poes|hond|vogel|egel|konijn|ree|vos|duif|meeuw|rat|muis|vis|eend|zwaan|das|haas|wild|beest',
      // Pests, as a learner writes it: "wij hebben ratten in tuin, ik wil ze dood maken. mag ik gif gebruiken" (calm batch 82).
      'ratten|muizen|mollen|mol|wespen|wesp|mieren|slakken|duiven|meeuwen|kakkerlakken|ongedierte',
      'melden|ophalen|gevonden',
      'weg|straat|stoep',
    ],
  },
  { category: 'abuse', phrases: ABUSE },
  // A ban on contact is a sign of danger, unless it has kept things quiet since (crisis batch 70: "Hij heeft een contactverbod
  // gekregen en het is sindsdien helemaal rustig").
  { category: 'abuse', phrases: ['contactverbod|straatverbod'], unless: QUIET_SINCE },
  // A threat to life, unless the old saying about being late: "mijn schoonmoeder zei dat ze me vermoordt als ik weer te laat ben".
  {
    category: 'abuse',
    phrases: [
      'me|mij|ons ~ vermoordt|vermoorden|doodmaakt|doodmaken|ombrengt',
      // Threatened: "je haar man hoort dreigen dat hij haar gaat vermoorden" (crisis batch 74).
      'dreigt|dreigen|dreigde ~ ~ vermoorden|doodmaken|afmaken',
    ],
    unless: ['als ik|we ~ te laat'],
  },
  // Domestic violence, unless as a subject of study: "mijn scriptie gaat over huiselijk geweld, kan ik een Woo-verzoek doen".
  {
    category: 'abuse',
    phrases: ['huiselijk|huiselijke ~ geweld'],
    unless: ['scriptie', 'thesis', 'afstudeer*', 'werkstuk', 'profielwerkstuk', 'spreekbeurt', 'al jaren voorbij|geleden'],
  },
  // Hit, told of one's own childhood: "toen ik klein was werd ik gepest en geslagen op school, nu ben ik 35".
  {
    category: 'abuse',
    phrases: ['werd|werden ~ geslagen|geslaan|geschopt|mishandeld|gewurgd|opgesloten'],
    unless: ['toen ik|we ~ klein|jong|kind|kinderen ~ was|waren', 'als kind', 'in mijn|mn jeugd', 'when i was a? ~ kid|child|young|little'],
  },
  // Aggression at home, unless from dementia, which a carer is helped with by the GP and carer support rather than an alarm:
  // "ik zorg voor mn vader met dementie, hij is soms agressief als ik te laat ben maar dat hoort er een beetje bij".
  { category: 'abuse', phrases: [`${PARTNER}|vent|hij|zij ~ wordt|is|word ~ agressief|gewelddadig`], unless: ['dement*', 'alzheimer*'] },
  {
    category: 'abuse',
    // Someone hits, threatens or hurts me or a child.
    phrases: [
      'slaat|sloeg|schopt|schopte|stompt|stompte|knijpt|wurgt|wurgde|mept ~ me|mij|ons|mn|mijn|kind|kinderen|zoon|dochter|moeder|vrouw|zus|broer|haar|hem',
    ],
    // "Opslaan" is storing: "hoe lang slaat de gemeente mijn gegevens op?" asks about data.
    unless: [
      'slaat|sloeg|slaan ~ gegevens|data|dna|foto*|pasfoto*|paspoortfoto*|vingerafdruk*|bestand*|informatie|info|adres|adressen|nummer|bsn|berichten ~ op',
    ],
    // Making no sense, said by upset citizens: "dit slaat nergens op, help me" (lindewijk-human-dev-10, -dev-7).
    // No gaps: "hij slaat me, dit slaat nergens op" must keep its first "slaat".
    idioms: ['slaat|sloeg echt|gewoon|toch|werkelijk? helemaal? nergens op', 'slaat|sloeg kant noch wal', 'waar slaat|sloeg dit|dat|het op'],
  },
  // Misuse of one's data is identity fraud, not violence: "mijn DigiD wordt misbruikt", "my identity was abused". Only
  // these words: a passport named beside violence ("ik moet een nieuw paspoort, mijn man slaat me") is no fraud.
  {
    category: 'abuse',
    phrases: ['word|wordt|werd|worden ~ misbruikt', 'misbruikt|misbruikte|misbruiken mij|me|ons', 'abused', 'abusing', 'abuses|abusive', 'being|been ~ abused'],
    unless: [
      ...['gegevens', 'identiteit*', 'data', 'bsn', 'account', 'wachtwoord', 'digid', 'paspoort', 'bankpas', 'creditcard', 'password', 'identity'],
      // Trust or goodwill taken advantage of: "die verhuurder misbruikt ons vertrouwen".
      'vertrouwen|goedheid|goedgelovigheid|naam|situatie|positie|macht',
    ],
  },
  // Control over money and contacts: "hij neemt mijn bankpas af", where the identity-fraud exceptions above ("bankpas") do not apply.
  {
    category: 'abuse',
    phrases: [
      'duwt|duwde ~ me|mij|haar|hem',
      'geld ~ eist|eiste',
      'neemt|pakt|nam|pakte ~ bankpas|pinpas|telefoon|gsm|mobiel|geld|loon|paspoort|aow|pensioen|uitkering ~ af',
      'niemand meer mag zien',
      'checkt|controleert ~ apps|berichten|telefoon',
      'tracks my location',
      'bankpas|pinpas|loon|geld|paspoort ~ afgepakt',
      'mag ~ geen|niemand ~ vrienden|vriendinnen|familie ~ meer ~ zien',
      'mag ~ zus|broer|moeder|vader|familie|vriendinnen|vrienden ~ niet meer ~ zien',
      'leest|controleert ~ berichten',
      'eist|eiste ~ geld',
      // From the sixty-fourth and sixty-sixth batches: documents hidden, not allowed out without him, everything demanded,
      // things smashed when not paid.
      `${PARTNER}|hij|zij ~ heeft ~ mijn ~ paspoort|idkaart|identiteitskaart|papieren|bankpas|pinpas ~ ~ weggestopt|verstopt|afgepakt|ingepikt`,
      'zonder hem|haar ~ mag ik ~ niet|nie|nooit ~ buiten|weg|deur',
      'zoon|dochter|kleinzoon|kleindochter|man|vrouw ~ ~ ~ opeist|opeiste',
      'slaat|sloeg|gooit|gooide hij|ze ~ dingen|spullen|alles|meubels ~ kapot',
      'took|takes|keeps|kept ~ my passport',
      'not allowed to ~ work|see|have|leave',
      'check|checks ~ my phone',
      'took ~ my ~ bank card|passport',
      'mag niemand ~ bellen|zien',
      'binnen opgesloten',
      // "hij houdt mijn paspoort en bankpas achter zodat ik nergens heen kan", "my husband take my passport".
      'houdt|hield|houden ~ paspoort|bankpas|pinpas|geld|papieren|documenten|verblijfsvergunning ~ achter',
      'husband|wife|partner|boyfriend|girlfriend|he|she ~ take|takes|took|keep|keeps|kept|hide|hides|hid ~ my passport|passports|documents|papers',
    ],
  },
  // "I'm drowning in paperwork" is a figure of speech.
  // Nor the writer's move: "I am not moving abroad" is no one lying still.
  {
    category: 'emergency',
    phrases: EMERGENCY,
    unless: [...FIRE_SAFETY, 'paperwork', 'i|we am|m|are not moving abroad|away|out|house|country', 'im|were not moving abroad|away|out|house|country'],
  },
  // Told afterwards: "na haar beroerte kan mijn moeder niet meer veilig douchen". Only "na" or "since" right before: a time
  // word elsewhere ("he had one last year too") must not hide an attack now.
  {
    category: 'emergency',
    phrases: ['beroerte', 'hartaanval', 'hartstilstand', 'herseninfarct', 'heart attack'],
    // Nor a figure of speech: "I nearly had a heart attack when I saw my tax bill".
    unless: [
      'na|sinds|after|since ~ beroerte|hartaanval|hartstilstand|herseninfarct|stroke',
      'after|since ~ heart attack',
      'nearly|almost ~ heart attack',
      // Had one last year: "mijn schoonvader heeft vorig jaar een hartstilstand gehad en ik wil reanimeren leren".
      'vorig|vorige|afgelopen ~ jaar|maand|zomer|winter ~ een? beroerte|hartaanval|hartstilstand|herseninfarct gehad',
      'jaar|jaren|maanden|weken geleden ~ een? beroerte|hartaanval|hartstilstand|herseninfarct gehad',
      // "Ik kreeg bijna een beroerte van het bedrag voor het grofvuil" (calm batch 88).
      'bijna ~ beroerte|hartaanval|hartverzakking|hartstilstand',
      // Of the writer at a sight: "mijn auto is weggesleept ik kreeg echt een hartaanval toen ik het zag" (calm batch 78).
      'ik kreeg ~ hartaanval toen ik ~ zag|hoorde|las',
      'i ~ had a heart attack when i ~ saw|heard|read',
    ],
    withinClause: true,
  },
  // A break-in reported for the insurance, months later: "we had a break-in at our shop last summer".
  {
    category: 'emergency',
    phrases: ['break in|breakin', 'burglar*', 'robbery'],
    unless: [...PAST, 'insurance|insurer|verzekering|verzekeraar'],
  },
  // "Ik zie het niet meer zitten" and "ik trek het niet meer" can be about living, or about road works or a queue: about a
  // thing, the despair check-in asks instead.
  // So is a clause about what will happen: "zie het niet meer zitten dat dit nog voor de winter afkomt".
  {
    category: 'suicide',
    phrases: ['zie het ~ niet|nie meer zitten'],
    unless: [`zitten met ~ ${DETERMINER} ~ ${NUISANCES}`, 'niet|nie meer zitten dat|of'],
  },
  { category: 'suicide', phrases: ['trek het ~ niet|nie meer'], unless: [`niet|nie meer met ~ ${DETERMINER} ~ ${NUISANCES}`] },
  // Saying goodbye to everyone, unless the writer is moving: "I am moving abroad to Canada … saying goodbye to everyone is
  // hard". Not someone else "saying goodbye to everyone like she's moving away, but she isn't".
  {
    category: 'suicide',
    phrases: ['saying goodbye to everyone'],
    unless: ['i|we ~ am|m|are|re ~ moving|emigrating|relocating', 'im ~ moving|emigrating|relocating'],
  },
  // 112 named, unless as a call made days ago: "k heb 112 gebeld vorige week omdat er een auto in de sloot lag".
  {
    category: 'emergency',
    phrases: ['112'],
    unless: [
      ...['112 gebeld ~ gisteren|eergisteren|vorige|vorig|afgelopen', 'gisteren|eergisteren|vorige|vorig|afgelopen ~ 112 gebeld'],
      // A house number: "mijn vader woont op nummer 112 maar zijn post komt op nummer 12" (calm batch 80).
      ...['woont|woon|wonen op nummer? 112', 'op huisnummer 112'],
    ],
  },
  // Someone about to jump: "hij roept dat hij gaat springen". Not onto a trampoline.
  { category: 'emergency', phrases: ['gaat|ga|wil|dreigt ~ springen'], unless: [JUMPING_FOR_FUN] },
  // Jumping off a height, or of oneself ("ik ga springen vanavond": 113 before the 112 that "hij dreigt te springen" gets),
  // also in English ("I keep thinking about jumping off the bridge"). Not a summer pastime, a trampoline or a ditch: "mogen
  // de kinderen in de zomer van de brug in het kanaal springen of is da verboden?".
  {
    category: 'suicide',
    phrases: [
      ...['van ~ brug|flat|dak|balkon|gebouw|toren|viaduct|galerij ~ springen', 'ik|k ga|wil ~ springen'],
      // Pills saved up: "een stapel strips slaappillen die hij aan het sparen is".
      'slaappil*|pillen|medicijnen|tabletten|strips ~ ~ sparen|spaart|spaar|gespaard',
      // "hij zei dat hij vanavond van de brug springt"; not of a roof or a balcony, which a cat jumps off.
      'van ~ brug|flat|gebouw|toren|viaduct|galerij|parkeergarage ~ springt|spring',
      // On a roof: "maar ik denk da ik spring".
      'dat|da ik spring',
      // "ik sta op de brug en ik denk erover om te springen" (crisis batch 72).
      'denk|denken|dacht ~ erover|eraan ~ om te? springen',
      // "before he jumps off the parking garage tonight" (crisis batch 80).
      'jump|jumps|jumping ~ off|from ~ the|a? ~ bridge|roof|building|flat|balcony|tower|cliff|garage',
      'jump|jumping in front of ~ a|the? ~ train|bus|truck|lorry|car',
    ],
    unless: [JUMPING_FOR_FUN],
  },
  // A figure of speech: "drowning in unpaid bills", "ik verdrink in de formulieren"; prevention ("swimming lessons to
  // prevent drowning"); a phone or card that got wet ("haar ID-kaart laten verdrinken").
  {
    category: 'emergency',
    // "a kid went under and hasn't come up": a person, not a shop that "went under and never came back".
    phrases: [
      'verdrink*',
      'drowning',
      'kid|child|boy|girl|someone|somebody|he|she|man|woman|swimmer|person|friend|son|daughter|baby|toddler ~ went|gone under ~ hasnt|hasn|didnt|didn|not|never ~ come|came|surfaced|resurfaced|up',
    ],
    unless: [
      'drowning|verdrink|verdrinken|verzuip|verzuipen ~ in ~ schulden|rekeningen|formulieren|papierwerk|werk|post|brieven|mails',
      'drowning|verdrink|verdrinken ~ in ~ bills|debt|debts|paperwork|work|letters|forms|admin|emails|mails',
      'prevent|preventing|prevention ~ drowning',
      'drowning prevention',
      'verdrinking* ~ voorkomen|voorkomt|preventie',
      'laten verdrinken',
      // Drowning in things to arrange: "ik moet van alles regelen: de huur, de belastingen. Ik verdrink erin." (human-dev-10).
      'ik|we|wij verdrink|verdrinken|verzuip|verzuipen erin|eronder',
      'telefoon|gsm|mobiel|kaart|pas|paspoort|rijbewijs|phone ~ verdronken|verdrinken|drowned',
    ],
  },
  // Someone run over, not an animal someone ran over: "iemand heeft een hert aangereden, het ligt dood in de berm".
  {
    category: 'emergency',
    phrases: ['iemand ~ aangereden'],
    unless: ['hert|ree|reeen|dier|vos|das|egel|kat|poes|hond|konijn|haas|eend|zwaan|fazant|everzwijn|wild ~ aangereden|doodgereden'],
  },
  // A knife, unless a toy or a cooking lesson: "a murder mystery party with a plastic knife", "a knife skills class".
  {
    category: 'emergency',
    phrases: ['knife'],
    unless: [
      ...['plastic|fake|toy|rubber|butter knife', 'knife skills', 'murder mystery', 'cooking ~ class|lesson|course|workshop'],
      // "a journalist writing about knife crime", "where are the knife amnesty bins".
      'knife crime|amnesty',
      // Carrying one, a question of law: "is it legal to carry a pocket knife? I use it for fishing".
      // Two phrases: a phrase is a word per slot, so "pocket|swiss army knife" only read "pocket army knife".
      ...['pocket knife', 'swiss army knife', 'pocketknife|penknife', 'legal|allowed|permitted to carry'],
      // Sharpened at the market: "is the knife sharpening guy there every week? want to bring my kitchen knives".
      ...['knife|knives ~ sharpening|sharpener|sharpened|grinder', 'sharpen|sharpening|sharpener ~ knife|knives'],
      // Lost property: "someone handed in my lost knife set, where can I collect it?".
      'lost|found|missing knife|knives',
    ],
  },
  // The organisation named by those who work there: "I work at Veilig Thuis in another region and I'm moving here".
  {
    category: 'abuse',
    phrases: ['veilig thuis'],
    unless: [
      'work|works|worked|working at|for veilig thuis',
      'werk|werkt|werkte|gewerkt|werken|stage|stagiair|stagiaire ~ bij veilig thuis',
      'bij veilig thuis ~ gewerkt|werk|werkt|werkte|werken',
      'collega|collegas ~ van|bij ~ veilig thuis',
      // Contact in the past, closed: "twee jaar geleden contact gehad met Veilig Thuis, dat is helemaal afgerond".
      'contact ~ gehad met veilig thuis',
    ],
  },
  // A fire now, not one told afterwards ("na de brand van vorige week ligt er nog puin").
  {
    category: 'emergency',
    phrases: ['er is|staat ~ brand', 'brand ~ in|bij|op|aan', 'in brand', 'help ~ brand'],
    unless: [
      ...[...FIRE_SAFETY, 'na|sinds de|die|het brand', 'after|since the fire'],
      // "In 2019 heeft er brand gewoed in onze schuur, de verzekering vraagt een rapport", "onze kliko heeft in brand gestaan".
      ...['gewoed', 'verzekering|verzekeraar|insurance|insurer', 'heeft|hebben|had ~ in brand gestaan', 'brand ~ geweest', 'brand ~ gehad'],
      // Put out already: "vannacht brand in de papiercontainer, brandweer heeft het al geblust. wanneer komt er een nieuwe".
      ...['heeft|hebben ~ al geblust|gedoofd', 'is|zijn|was|waren al geblust|gedoofd'],
      // Over and dealt with: "vorig weekend brand in ons schuurtje, brandweer is geweest en alles is uit" (calm batch 72).
      ...['brandweer is|was ~ geweest', 'alles is|was ~ uit|afgehandeld'],
      // Long ago: "de brand in ons schuurtje was al twee jaar geleden" (calm batch 78), "brand van vorig jaar" (calm batch 82).
      'brand van ~ vorig|vorige|afgelopen ~ jaar|maand|week|weekend|zomer|winter',
      'brand ~ was|is al ~ jaar|jaren|maanden|weken|maand|week geleden',
      // A report asked for: "hoe kan ik het rapport over de brand in de Kerkstraat van vorig jaar opvragen".
      'rapport|rapportage|verslag over|van de? brand',
      // Nearly, then: "vorig jaar was er bijna brand in de straat" (calm batch 90).
      'was|waren er? bijna brand',
      // Said as a figure: "een dj die de boel in brand zet bij wijze van spreken" (calm batch 78).
      'bij wijze van spreken',
      // English "brand" is a trademark: "can you help me put our brand on a sign", "a new clothing brand in Lindewijk".
      'my|our|your|his|her|their|a|the|new|own|clothing|fashion|streetwear|skate|kleding|kledings|mode brand',
    ],
  },
  // A fight, a stabbing or a shooting now, not one told afterwards ("we zagen vorige week een vechtpartij bij het station, komt
  // er meer toezicht?", "na die steekpartij in de stad waar het nieuws vol van stond").
  {
    category: 'emergency',
    phrases: ['vechtpartij|knokpartij|gevecht|gevochten|steekpartij|schietpartij'],
    // Not "in het nieuws": "schietpartij in onze straat, dit komt vast op het nieuws" is one now.
    // Nor a struggle: "ik heb lang genoeg gevochten", "jaren gevochten tegen de kanker".
    unless: [
      ...[...PAST, 'na|sinds ~ de|die|het|deze ~ vechtpartij|knokpartij|gevecht|steekpartij|schietpartij'],
      ...['lang genoeg ~ gevochten', 'zo lang ~ gevochten', 'jaren|jarenlang ~ gevochten'],
      // With a thing, as a joke: "ik heb een gevecht met de parkeerautomaat gehad en verloren haha".
      'gevecht|gevochten met de|het|een|die|dat|mijn|mn ~ automaat|parkeerautomaat|pinautomaat|machine|printer|formulier|formulieren|computer|website|app|digid|bureaucratie|papierwerk|kliko',
      // Read or seen in the news: "net in het nieuws gelezen over die steekpartij in het centrum".
      ...['nieuws|krant ~ gelezen|gezien|gehoord', 'gelezen|gezien|gehoord|las|zag ~ in|op ~ nieuws|krant', 'saw|read|heard ~ news'],
      // On a screen: "de bovenburen kijken elke avond keihard actiefilms met schietpartijen" (calm batch 80).
      'actiefilm*|film|films|serie|series|game|games|televisie ~ met ~ vechtpartij*|knokpartij*|gevecht*|steekpartij*|schietpartij*',
    ],
  },
  // An accident or a fall told afterwards, for a permit or a complaint: "ik ben van de trap gevallen en loop met krukken",
  // "er is gisteren een ongeluk gebeurd op de kruising, iedereen was ok".
  {
    category: 'emergency',
    phrases: [
      ...['ongeluk ~ gebeurd', 'van de|het? ~ ladder|trap|steiger|dak|balkon ~ gevallen', 'ongeluk|ongeval|aanrijding ~ gewond*|bekneld|bloed*|ambulance'],
      // Fallen and not responding: "oma gevallen reageert niet".
      'gevallen ~ reageert|reageren ~ niet|nie',
    ],
    unless: [
      ...[...PAST, ...NOBODY_HURT],
      ...['krukken|gips|rolstoel|revalidatie|revalideren|herstel|herstellen', 'was|waren|is|zijn ~ gelukkig ~ ok|oké|oke|goed'],
    ],
  },
  // Injured, unless told that nobody was: "er is een ongeluk gebeurd, niemand gewond gelukkig, komt er een drempel?".
  {
    category: 'emergency',
    phrases: ['gewond', 'gewonde', 'gewonden', 'injured'],
    unless: NOBODY_HURT,
  },
  // A robbery now, not one told afterwards ("vorig jaar een overval in de winkel, is er subsidie voor camera's") or acted.
  {
    category: 'emergency',
    phrases: ['overval*'],
    unless: [
      ...[...PAST, 'nep|fake|gespeelde|gesimuleerde|oefen ~ overval*', 'overvaltraining*|overvalstraining*'],
      // Feared, not happening: "zo donker dat er een keer iemand overvallen wordt".
      'een keer|ooit|straks ~ iemand ~ overvallen',
      // Read in the news: "ik las in de krant over de overval op de juwelier".
      ...['krant|nieuws|news|newspaper|artikel ~ ~ ~ overval*', 'las|gelezen|lezen ~ over ~ de|een? overval*'],
    ],
  },
  // Someone collapsed now, not a quay wall last winter ("nobody hurt").
  // Only "collapsed" itself set in the past: "my dad collapsed, he had surgery last month" is an emergency now.
  { category: 'emergency', phrases: ['collapsed'], unless: ['collapsed last', 'collapsed ~ years|months|weeks ago', ...NOBODY_HURT] },
  // "ive decided im done", said with one's affairs put in order; not "done with" a landlord or a form.
  { category: 'suicide', phrases: ['decided ~ am done'], unless: ['done with|waiting|paying'] },
  // A gas leak now, not one from last month that a shop wants compensation for. Only the leak itself set in the past: "er is
  // een gaslek, vorige week ook al" is one now.
  {
    category: 'emergency',
    phrases: ['gaslek', 'gas leak'],
    unless: [
      ...['gaslek ~ van|in ~ vorige|afgelopen', 'vorig|vorige|afgelopen ~ ~ gaslek', 'gaslek ~ gisteren|eergisteren', 'we ~ hadden|had ~ gaslek'],
      ...['we ~ had ~ gas leak', 'gas leak ~ last|ago'],
    ],
  },
  // Shooting now, not fireworks or a shooting club: "er wordt de hele dag vuurwerk geschoten, mag dat?".
  // And a gun being fired: "hij heeft een pistool en schiet nu in de lucht".
  {
    category: 'emergency',
    phrases: ['er wordt ~ geschoten', 'pistool|geweer|vuurwapen ~ schiet|schieten|schoot'],
    unless: ['vuurwerk*', 'foto*', 'schietverenig*', 'jacht|jager|jagers|knallen'],
  },
  // A fire being set or spreading: "someone just set fire to the bins, the flames reach the school".
  {
    category: 'emergency',
    phrases: ['set|sets|setting fire to', 'set ~ on fire', 'flames ~ reaching|reach|spreading|spread|coming|everywhere|through|from', 'in flames'],
    // Asked beforehand: "are we allowed to set fire to the old christmas trees on the beach?".
    unless: [...PAST, ...FIRE_SAFETY, 'allowed|permitted|legal|permit|rules|campfire|bonfire|christmas'],
  },
  // Loosely used: "het is geen noodgeval, maar …", "noodgeval!! riool verstopt", "noodgeval: paspoort kwijt, morgen op reis".
  {
    category: 'emergency',
    phrases: ['noodgeval'],
    unless: [
      'geen ~ echt? ~ noodgeval',
      'riool|afvoer|wc|toilet|gootsteen|put ~ verstopt',
      'verstopping|lekkage',
      'paspoort|rijbewijs|identiteitskaart|reisdocument|nooddocument|noodpaspoort',
      // "noodgeval: container is niet geleegd en het stinkt verschrikkelijk met deze hitte".
      'container|kliko|afvalbak|vuilnisbak|grofvuil|afval|vuilnis',
      // Someone else's word for it: "ze zit vast op de eerste verdieping, een noodgeval noemt ze het zelf" (calm batch 80).
      ...['noodgeval noemt|noemde', 'noemt|noemde ~ het ~ noodgeval'],
      // A deadline: "noodgeval! mijn parkeervergunning is verlopen en morgen ik krijg boete" (calm batch 82).
      ...['vergunning|parkeervergunning ~ verlopen', 'boete'],
    ],
  },
  // Poisoning, unless of a pet the vet saw to: "onze kat is vergiftigd geraakt door antivries, de dierenarts heeft haar gered".
  {
    category: 'emergency',
    phrases: ['vergiftig*'],
    // The pet right before, and the vet after: "mijn hond is vergiftigd en mijn zoon ook" stays an emergency.
    unless: ['kat|poes|hond|huisdier|konijn|paard|vogel|vogels|kip|kippen|cavia|vissen is|zijn|werd|werden|raakte|raakten? vergiftig* ~ ~ dierenarts|vet'],
  },
  // Carbon monoxide, unless a detector to buy: "which carbon monoxide detector should i get, and do i even need one?".
  {
    category: 'emergency',
    phrases: ['carbon monoxide'],
    unless: ['carbon monoxide detector|detectors|alarm|alarms|sensor|sensors|monitor|meter'],
  },
  // Resuscitation now, not learning it: "wanneer is er weer een EHBO-cursus? ik wil leren reanimeren". Only a course word
  // next to it: "ik heb een EHBO-diploma maar moet nu reanimeren" is one now.
  {
    category: 'emergency',
    phrases: ['reanim*'],
    unless: [
      'leren|oefenen|cursus*|training*|les|lessen|workshop*|course|class|lesson|learn|learning ~ reanim*',
      'reanim* ~ leren|oefenen|cursus*|training*|les|lessen|workshop*|diploma|certificaat|course|class|lesson',
      'reanimatiecursus*|reanimatieles*|reanimatietraining*|reanimatiepop*',
      // Told afterwards by the event's own words (not any past-time word): "toen ik hielp met reanimeren … tot de ambulance
      // het overnam. Hij is gelukkig weer thuis".
      ...TOLD_AFTERWARDS,
    ],
  },
  // A child afraid to go back home ("als hij bij ons logeert, is hij bang om terug naar huis te gaan"), not of the dark.
  {
    category: 'abuse',
    phrases: ['bang ~ terug naar huis'],
    unless: ['donker|avond|avonds|nacht|nachts|straatverlichting|verlichting|lantaarnpaal|lantaarnpalen|fietsen|lopen'],
  },
  // Someone in the water, not a phone or keys: "mijn gsm is in de gracht gevallen".
  {
    category: 'emergency',
    phrases: [
      'in de|het ~ vijver|sloot|gracht|vaart|kanaal|rivier|zwembad|water ~ gevallen|gereden|gesprongen',
      // Told in a hurry, without a verb: "iemand in het water kanaal".
      'iemand|kind|kindje|man|vrouw|auto in het water',
    ],
    unless: [
      'gsm|telefoon|mobiel|mobieltje|iphone|sleutel|sleutels|sleutelbos|portemonnee|bril|pas|paspoort|rijbewijs is|zijn in de|het',
      // A time between: "Mijn telefoon is vanochtend in de vijver gevallen" (calm batch 76).
      'gsm|telefoon|mobiel|mobieltje|iphone|sleutel|sleutels|sleutelbos|portemonnee|bril|pas|paspoort|rijbewijs is|zijn|viel ~ in de|het',
    ],
  },
  // An ambulance needed, not the job: "ik werk op de ambulance met een onregelmatig rooster".
  {
    category: 'emergency',
    phrases: ['ambulance', 'ambulans'],
    unless: [
      ...['werk|werkt|werken|werkte|rij|rijdt|rijd ~ op|bij de? ambulance|ambulans', 'ambulance ~ personeel|verpleegkundige|chauffeur|medewerker|rooster'],
      ...TOLD_AFTERWARDS,
      // Parked in the way, told afterwards: "gisteren stond er een ambulance voor mijn oprit dus ik kreeg een bon".
      'stond|stonden ~ een|de ambulance|ambulans',
      // Blocked then, asked about now: "de ambulance kon niet door onze straat door de geparkeerde auto's" (calm batch 90).
      'ambulance|ambulans ~ kon|konden|kwam ~ niet|nie ~ door|erdoor|langs',
    ],
  },
  // A house on fire, told in three words: "ons huis brandt". Not the lamp in front of it: "de lantaarnpaal voor ons huis brandt
  // de hele dag".
  {
    category: 'emergency',
    phrases: ['huis|woning|flat|schuur|garage|keuken|zolder|kamer|auto|dak|schoorsteen|container brandt|fikt'],
    unless: ['lamp*', 'lantaarnpa*', 'straatlicht*', 'straatlamp*', 'licht|lichten|verlichting|kaars|kaarsen|kachel|haard|niet|nie'],
  },
  // Scalding, not weeding: "I killed the weeds with vinegar and boiling water".
  { category: 'emergency', phrases: ['boiling water'], unless: ['weed|weeds|weeding|garden|patio|tiles|cooking|recipe|tea'] },
  // Locking someone in, not a bike: "waar kan ik mn fiets opsluiten bij het station".
  { category: 'abuse', phrases: ['opsluit|opsluiten'], unless: ['fiets*|scooter|brommer|bike|auto|kluis|kluisje|stalling|hond|kat'] },
  // Stalking, not gulls: "die meeuwen stalken me elke keer als ik de vuilniszak buitenzet".
  // Nor asking often: "sorry dat ik jullie zo stalk met vragen".
  {
    category: 'abuse',
    phrases: ['stalk*', 'gestalkt|gestalked'],
    unless: [
      ...['meeuw*|duif|duiven|vogels|kraaien|katten|gulls|seagulls|pigeons|birds|cats ~ stalk*', 'ik|we ~ jullie|u ~ stalk*'],
      // Taught as a subject: "a lesson series on online stalking and sexting".
      ...['lesson|lessons|les|lessen|gastles|lecture|workshop|voorlichting ~ ~ ~ stalk*', 'guest talk ~ ~ ~ stalk*'],
      ...QUIET_SINCE,
    ],
  },
  // Read within one clause: standing on the edge of a bridge or roof ("da ik op de rand van de brug sta", crisis batch 88),
  // and said as a clause's end, "ik wil niet meer" (which a joke around it does not take back) and done with life ("ben
  // echt klaar met leven", crisis batch 86; not with life somewhere: "klaar met het leven in de stad, ik wil verhuizen").
  {
    category: 'suicide',
    phrases: [
      // The writer there, not flower boxes: "op de rand van de brug staan bloembakken".
      'ik|k ~ op de rand van ~ brug|dak|flat|balkon|viaduct|parkeergarage ~ sta|stond|zit|zat',
      'ik|k sta|stond|zit|zat ~ op de rand van ~ brug|dak|flat|balkon|viaduct|parkeergarage',
      'sta|stond|zit|zat ik|k ~ op de rand van ~ brug|dak|flat|balkon|viaduct|parkeergarage',
      'ik|k wil nie|niet meer <eos>',
      ...['klaar met het|mijn? leven <eos>', 'done with life|living <eos>', 'done with my life <eos>'],
      // "im going to jump", not "going to jump through hoops for a permit".
      ...['going to jump <eos>', 'gonna jump <eos>'],
    ],
    withinClause: true,
  },
  // Going off a roof tonight, said as the last words of a message: "heb m niet meer nodig, ga vannacht van t dak".
  {
    category: 'suicide',
    phrases: ['ga|gaan ~ van|vanaf t|het|de|die ~ dak|brug|flat|balkon|viaduct|toren|galerij <eos>'],
    withinClause: true,
    // Dying of the heat, said of a flat: "ik ga dood van de hitte in mn flat, zijn er koele plekken in de stad".
    unless: ['dood van de|het? hitte|warmte|kou|honger|dorst|verveling|stress|lawaai|herrie|lach|lachen|schrik'],
  },
  // A child who drank or swallowed something: "mijn kind heeft schoonmaakmiddel gedronken". A pet goes to the vet.
  {
    category: 'emergency',
    phrases: [
      `${POISON} ~ gedronken|opgedronken|ingeslikt|doorgeslikt|opgegeten|gegeten`,
      `gedronken|opgedronken|ingeslikt|doorgeslikt ~ van? ~ ${POISON}`,
      // Flemish "binnenspelen" is swallowing: "mijn kleine heeft pillen van de bomma binnengespeeld".
      'pillen|medicijnen|tabletten ~ ~ binnengespeeld|binnengekregen',
      // Someone else's pills: "mijn kleine heeft pillen van de bomma opgegeten".
      'kind|kindje|kleine|zoon|zoontje|dochter|dochtertje|baby|peuter|dreumes ~ heeft ~ pillen|medicijnen|tabletten ~ ~ opgegeten|gegeten|ingeslikt|doorgeslikt',
    ],
    unless: ['hond|hondje|kat|katten|poes|konijn|cavia|huisdier|dier|dieren|dierenarts|vogels|egel|egels'],
  },
  // Someone in the water: "er drijft iemand in de gracht". Not in a boat: "er drijft een man in een bootje op de gracht".
  {
    category: 'emergency',
    phrases: ['drijft|dreef|drijven ~ iemand|persoon|man|vrouw|kind|lichaam ~ in|op', 'iemand|persoon|lichaam ~ drijft|dreef ~ in|op'],
    unless: ['boot|bootje|sloep|sloepje|kano|kajak|luchtbed|band|opblaasboot|opblaasbootje|supboard|sup|vlot'],
  },
  // Shooting now, not a film: "we're shooting a short film with a fake knife fight".
  // Nor a sport: "our shooting club (schietvereniging) wants to apply for a subsidy for new targets".
  {
    category: 'emergency',
    phrases: ['shooting'],
    unless: [
      'shooting ~ film|movie|video|scene|scenes|photos|photo|clip|documentary|vlog',
      'shooting club|range|association|sport|lessons',
      'schietvereniging|schietsport|schietbaan',
    ],
  },
  // A person, not a walker or a shed: "mijn rollator is helemaal in elkaar gezakt".
  {
    category: 'emergency',
    phrases: ['in elkaar ~ gezakt|gezakte|zakt|zakte'],
    unless: ['rollator|stoel|kast|bed|tent|schuur|muur|plafond|schutting|hek|taart|steiger|rek|stellage ~ is|zijn ~ in elkaar gezakt'],
  },
  // "my boss stabbed me in the back" is a betrayal.
  {
    category: 'emergency',
    phrases: ['stabbed'],
    unless: [`${BETRAYERS} ~ stabbed me|us|him|her in the back`, `stabbed ~ in the back by ~ ${BETRAYERS}`],
  },
  // A threat to kill, told as said or sent: "my ex said he will kill me". Not a joke ("my wife says she'll kill me lol").
  {
    category: 'abuse',
    phrases: ['said|says|told|tells|swore|swears|texted|texts|threatening ~ kill me|us'],
    // Nor said of a small slip: "my mom said she'll kill me if I fail my exams". "… if I leave" stays a threat.
    unless: ['lol|haha|hahaha|jk|joking|kidding|grapje', 'kill me|us if ~ i|we ~ fail|forget|forgot|scratch|dent'],
  },
  // A flood asked about beforehand: "wat moet ik doen bij een overstroming? heeft de gemeente een noodplan".
  {
    category: 'emergency',
    phrases: ['overstroming'],
    unless: ['bij een overstroming', 'noodplan', 'risico*', 'voorbereiden|voorbereid|voorbereiding', 'kaart'],
  },
  // Not breathing, unless asked as what to do if it ever happens ("a first aid course: what to do when someone isn't breathing").
  {
    category: 'emergency',
    phrases: ['ademt ~ niet|nie', 'not breathing', 'stopped breathing'],
    unless: ['what to do when|if someone|somebody', 'wat te doen als|wanneer iemand', 'wat je moet doen als|wanneer iemand'],
  },
  // An overdose told as news or policy ("in de krant las ik over jongeren met een overdosis") is not one now.
  {
    category: 'suicide',
    phrases: ['overdosis', 'overdose|overdosed'],
    unless: ['krant', 'nieuws', 'beleid', 'voorlichting', 'news', 'policy', 'awareness', 'artikel', 'article', 'festival*'],
  },
  // A smoke alarm going off with smoke is a fire, whatever the rules above set aside for questions about alarms.
  {
    category: 'emergency',
    phrases: [
      'vol rook|walm',
      'rookmelder|brandmelder|rookalarm|brandalarm ~ gaat|ging ~ af',
      'rook ~ onder|uit ~ deur|raam',
      'smoke alarm ~ going|goes|went ~ off',
    ],
    // "het brandalarm ging gisteren weer zomaar af": a fault to report, not a fire.
    unless: [
      ...['zomaar', 'gisteren', 'vals|valse', 'storing', 'yesterday', 'false|faulty', 'toast'],
      // Smoke from cooking or heating, asked about as a nuisance or a rule: "De buren hebben een barbecue en de hele tuin staat
      // vol rook. Da's toch niet verboden?" (calm batch 76). A fire says so in other words, which other rules read.
      'barbecue*|bbq|vuurkorf|houtkachel*|houtstook|houtstoken',
      // Said outright: "mijn kot hangt vol rook na een mislukt kookfeestje nee geen brand hoor" (calm batch 78).
      'nee|neen ~ geen brand',
      'geen brand hoor',
    ],
  },
  {
    category: 'emergency',
    phrases: ['fire ~ in|at|house|home|building|street|kitchen|flat|apartment', 'on fire', 'is burning', 'there is a fire'],
    unless: [
      // Told afterwards: "the fire in our building was in january, we still live in a hotel". Not any past-time word: "there
      // is a fire in my kitchen, we moved in last week" is one now.
      'was|were ~ in|on ~ january|february|march|april|may|june|july|august|september|october|november|december',
      'fire ~ was|were ~ last|ago',
      // Proof for the insurer: "I need proof of last year's fire at my address for my insurance".
      'insurance|insurer|insurers',
      // "a small fire in our kitchen last month (nobody hurt)"; not "there is a fire in my kitchen, we moved in last week".
      'fire in|at ~ last month|year|summer|winter|weekend|night|week',
      'after|since the fire',
      // A document lost in a fire long ago: "my passport was burned in fire at my house some years ago".
      'passport|document|documents|papers|id|certificate|certificates|diploma|diplomas|card ~ was|were|got ~ burned|burnt|destroyed|lost ~ in',
      // Told as past: "There was a fire in our building 2 weeks ago, everybody ok, but my ID card burned" (calm batch 72).
      // Not a card alone: "there is a fire in my house, my passport was burned" is one now.
      'was|were a fire ~ ~ ago',
      // The service, not a fire: "a work placement at the fire station".
      'fire station|brigade|department|drill|fighter|fighters|truck|engine|service|hydrant|hydrants|extinguisher|extinguishers|exit|exits|escape',
      // Fiction and research: "a crime novel … what does a municipality do after a fatal fire".
      'novel|research',
      'safety',
      'permit',
      'rules',
      'notification',
      'detector',
      'alarm',
      'fireworks',
      'regulation*',
      'inspection',
      // Asked beforehand: "fire pit allowed in garden?".
      'allowed|permitted',
      'fire pit|pits|bowl',
      'firepit*',
      'bbq|barbecue*',
    ],
  },
  {
    category: 'emergency',
    phrases: ['emergency', 'noodsituatie'],
    unless: [
      // "Non-emergency question: …".
      'non',
      'passport',
      'paspoort',
      'document',
      'id',
      'identity',
      'travel',
      'reisdocument',
      'card',
      'kaart',
      // "I need emergency housing": urgent, but a question for the housing article, not for 112.
      'housing',
      'accommodation',
      'number',
      'nummer',
      'wat',
      'what',
      'which',
      'welk*',
      // Things that carry the word, not a danger: "the fire inspection failed on an emergency exit sign".
      ...['exit', 'exits', 'sign', 'signs', 'lighting', 'inspection', 'kit', 'plan', 'control room'],
      // Over and well: "an emergency c-section but everyone's fine now" (calm batch 74).
      'everyone|everybody ~ fine|okay|ok|well|healthy',
      // Waste: "Emergency!! the bin is not collected since 2 weeks and it smell so bad" (calm batch 82).
      ...['bin|bins|rubbish|garbage|trash|waste ~ not|never|wasnt|isnt ~ collected|emptied', 'bin|bins ~ collection'],
    ],
  },
  {
    category: 'human',
    phrases: HUMAN_REQUEST,
    withinClause: true,
    unlessPerSentence: true,
    // A role, not a request: "kan ik als medewerker van de Rijksoverheid een klacht indienen", "mag ik als ambtenaar …".
    unless: [
      // Turning a person down: "nee, ik wil geen medewerker, gewoon een antwoord". Only right after "geen": "ik wil niet met
      // een computer maar met een medewerker praten" asks for one.
      'wil|wilt|hoef|hoeft geen medewerker|medewerkster|mens|persoon|ambtenaar',
      'geen medewerker|medewerkster|mens|persoon nodig',
      // Adjacent only: "my dutch is not good i need a person who speaks english" asks for one.
      'dont|not want|need a|an human|person|agent|employee',
      'dont|not really want|need a|an human|person|agent|employee',
      'over een|de medewerker|medewerkster',
      // "een klacht over hoe een medewerker mij aan de telefoon heeft behandeld".
      'over hoe|wat een|de medewerker|medewerkster',
      // What the municipality keeps: "welke gegevens medewerkers van de gemeente over mij hebben opgeslagen".
      'welke gegevens',
      // What an employee did on the phone: "De medewerker aan de telefoon hing gewoon op. Waar kan ik dit melden?".
      'de medewerker|medewerkster aan de telefoon|lijn ~ hing|heeft|had|was|zei|deed|gaf|snauwde|reageerde|werd',
      // Asking whom to call, not for a person here: "er ligt een boom over het fietspad, moet ik iemand bellen?".
      `moet|moeten ik|we ~ iemand|${HUMAN} ~ bellen`,
      'vacature*',
      'sollicit*',
      'werken bij|als',
      'about an|the employee',
      // Asking when, not for a person now: "tot hoe laat kan je chatten met een medewerker".
      ...['hoe laat', 'hoelaat', 'openingstijd*', 'openingsuren', 'opening hours', 'welke dagen|tijden|uren', 'op welke dag'],
      // Not put through: "Ge moet mij niet doorverbinden, ik wil enkel weten …".
      ...['niet doorverbinden|doorschakelen|doorverbonden', 'moet|moeten|hoeft|hoef ~ niet ~ doorverbinden|doorschakelen'],
      // Thanks, not a request: "Wil graag de medewerker bedanken die me vorige week zo goed heeft geholpen".
      ...['bedanken', 'compliment|complimenten|complimentje ~ geven|doorgeven|overbrengen'],
      // Asking the way: "hoe kom ik in contact met een schuldhulpverlener?" is answered by the article on debt help.
      'hoe kom|komen|kan|kun|kunnen ~ in contact',
      // And how to arrange a talk: "hoe vraag ik een persoonlijk gesprek aan over mijn WOZ-waarde?".
      'hoe krijg|regel|maak|plan|vraag ~ ~ gesprek|afspraak',
      'complaint|complained|complain about ~ a|an|the ~ staff|employee|member|officer|civil',
      // What an employee said on the phone: "Een medewerker zei aan de telefoon dat mijn WOZ-waarde te hoog is".
      `${HUMAN}|iemand zei|vertelde|beloofde|zegde ~ aan de telefoon|lijn`,
      'aan de telefoon|lijn zei|vertelde|beloofde|zegde',
      ...['by a|an|the ~ staff member', 'by a|an|the ~ employee', 'by a|an|the ~ civil servant'],
      'als|ben|bent een? medewerker|medewerkster|ambtenaar',
      // Someone else's call: "mijn bovenbuurman zit elke nacht te videobellen met zijn familie".
      'zit|zitten|zat|zaten ~ ~ te videobellen|beeldbellen',
      // Asking whether to call oneself: "Moet ik bij een bezwaar eerst zelf de ambtenaar bellen die het besluit nam?".
      `zelf ~ de|een? ${HUMAN}|iemand ~ bellen|mailen|contacteren`,
      // A talk that was had, and advice retold: "dat er een gesprek met de medewerker is gevoerd", "Mijn broer zei dat ik
      // 'maar eens met iemand van de gemeente moest praten'" (near misses of lindewijk-human-dev-14).
      ...['is|werd|was|zijn|waren ~ gevoerd', 'zei|zegt|zeiden|zeggen|vond|vindt dat ik|we ~ maar eens'],
    ],
  },
];

/** Words that on their own ("medewerker", "human please") are a request for a human. */
export const HUMAN_WORDS = new Set([
  ...['medewerker', 'medewerkster', 'mdw', 'mens', 'human', 'agent', 'operator', 'employee', 'persoon', 'person', 'bediende'],
  // "iemand?" alone in a chat asks whether anyone is there to talk to; "representative" as in phone menus.
  ...['iemand', 'representative'],
]);
export const POLITE_FILLER = new Set([
  'aub',
  'alstublieft',
  'alsjeblieft',
  'please',
  'graag',
  'nu',
  'now',
  'een',
  'a',
  'an',
  'pls',
  'plz',
  'svp',
  'ajb',
  'liever',
  'rather',
  'echte',
  'real',
  'gewoon',
  'just',
]);
/** Words about the bot and swearing that an impatient bare request carries too: "MENS!!! stomme bot", "human, useless bot". */
export const IMPATIENT_FILLER = new Set([
  ...['bot', 'robot', 'chatbot', 'computer', 'kutbot', 'rotbot', 'kut', 'verdomme', 'godverdomme', 'damn', 'fucking', 'eindelijk', 'finally'],
  ...['stomme', 'stom', 'domme', 'dom', 'waardeloze', 'waardeloos', 'nutteloze', 'nutteloos', 'stupid', 'useless', 'dumb', 'pointless'],
]);
