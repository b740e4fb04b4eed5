import { join } from 'node:path';
import { TextAnalyzer } from '../../knowledge/text/analyzer';
import { compoundHead, splitCompound } from '../../knowledge/text/compounds';
import { shortDutchWords } from '../../knowledge/text/wordLists';
import { DEFAULT_RETRIEVAL, HybridRetriever } from '../../knowledge/retrieval/hybridRetriever';
import { buildIndex, indexOf } from '../support/knowledge';
import { Article } from '../../knowledge/articles/article';
import { FIXTURES } from '../support/paths';
import { parseThesaurus } from '../../knowledge/text/thesaurus';

const VOCABULARY = new Set([
  'paspoort',
  'nederlander',
  'aanvraag',
  'afval',
  'stoffen',
  'afvalstoffen',
  'heffing',
  'kinder',
  'opvang',
  'toeslag',
  'hond',
  'honden',
  'belasting',
  'verhuizing',
  'formulier',
  'ver',
  'huizen',
  'trouwen',
  'stopt',
  'auto',
  'verhuur',
  'huur',
]);

describe('Dutch compound splitting', () => {
  it.each([
    ['paspoortaanvraag', ['paspoort', 'aanvraag']],
    ['afvalstoffenheffing', ['afvalstoffen', 'heffing']],
    ['kinderopvangtoeslag', ['kinder', 'opvang', 'toeslag']],
    ['hondenbelasting', ['honden', 'belasting']],
    ['verhuizingsformulier', ['verhuizing', 'formulier']],
  ])('splits %s into parts the corpus knows', (word, parts) => {
    expect(splitCompound(word, VOCABULARY)).toEqual(parts);
  });

  it.each(['paspoort', 'gemeente', 'belastingdienst', 'xyzqwerty'])('leaves %s whole when no split into known parts exists', (word) => {
    expect(splitCompound(word, VOCABULARY)).toEqual([word]);
  });

  it.each(['verhuizen', 'vertrouwen', 'verstopt'])('leaves %s whole: the verb prefix "ver" is no part, though it is a word', (word) => {
    expect(splitCompound(word, VOCABULARY)).toEqual([word]);
  });

  it('splits a compound after a prefixed word ("autoverhuur" is "auto" + "verhuur", not "ver" + "huur")', () => {
    expect(splitCompound('autoverhuur', VOCABULARY)).toEqual(['auto', 'verhuur']);
  });

  it('finds the known last part of a compound it cannot split whole ("driezitsbank" is a "bank"), the longest first', () => {
    const vocabulary = new Set(['bank', 'kast', 'kleerkast', 'zitbank']);
    const shortWords = new Set(['boeke', 'eiken']);
    expect(compoundHead('driezitsbank', vocabulary, shortWords)).toBe('bank');
    expect(compoundHead('boekekast', vocabulary, shortWords)).toBe('kast');
    expect(compoundHead('eikenkleerkast', vocabulary, shortWords)).toBe('kleerkast');
    // Too little before it, or nothing known at the end.
    expect(compoundHead('abank', vocabulary, shortWords)).toBeUndefined();
    expect(compoundHead('xyzqwerty', vocabulary, shortWords)).toBeUndefined();
  });

  it('reads a last part only after a beginning that looks like a word: "knie-operatie", not "kwar-taal" or "gere-geld"', () => {
    const vocabulary = new Set(['taal', 'geld', 'uren', 'houden', 'maakt', 'operatie', 'festival']);
    const shortWords = new Set(['knie', 'song']);
    expect(compoundHead('kwartaal', vocabulary, shortWords)).toBeUndefined();
    expect(compoundHead('geregeld', vocabulary, shortWords)).toBeUndefined();
    expect(compoundHead('facturen', vocabulary, shortWords)).toBeUndefined();
    // A real word, a word the corpus has, a verb's particle with or without "ge", or a long beginning.
    expect(compoundHead('knieoperatie', vocabulary, shortWords)).toBe('operatie');
    expect(compoundHead('songfestival', vocabulary, shortWords)).toBe('festival');
    expect(compoundHead('geldtaal', vocabulary, shortWords)).toBe('taal');
    expect(compoundHead('bijhouden', vocabulary, shortWords)).toBe('houden');
    expect(compoundHead('opgemaakt', vocabulary, shortWords)).toBe('maakt');
    expect(compoundHead('zomeravonduren', vocabulary, shortWords)).toBe('uren');
  });

  it("knows the dictionary's short words: a compound's beginning, not a piece of a plain word", () => {
    const shortWords = shortDutchWords();
    expect(['knie', 'boek', 'graf', 'yoga'].filter((word) => !shortWords.has(word))).toEqual([]);
    expect(['kwar', 'gere', 'fact'].filter((word) => shortWords.has(word))).toEqual([]);
  });
});

describe('text analysis', () => {
  const analyzer = new TextAnalyzer(VOCABULARY);
  /** The content words a question is searched with. */
  const words = (text: string) => analyzer.queryTokens(text).map((token) => token.word);

  it('stems, folds accents and drops function words', () => {
    expect(analyzer.indexTerms('Hoe vraag ik een paspoort aan bij de gemeente?', 'nl')).toEqual(['paspoort']);
    expect(analyzer.indexTerms('Financiële hulp', 'nl')).toEqual(['financiel', 'hulp']);
  });

  it('drops a slip of a long function word ("gemeeente", "wannneer", "Lindeiwjk"), but keeps a word the knowledge base has', () => {
    expect(words('Hoe kan ik de gemeeente mailen?')).toEqual(['mailen']);
    expect(words('wannneer wordt het afval opgehaald in Lindeiwjk')).toEqual(['afval', 'opgehaald']);
    expect(words('verhuizing doorgeven')).toEqual(['verhuizing', 'doorgeven']);
  });

  it('drops the asking for help or for the procedure before what it is about ("kun je me helpen met …", "de procedure voor …"), not help that is the topic', () => {
    expect(words('kun je me helpen met mijn aanslag')).toEqual(['aanslag']);
    expect(words('can you help me with my passport')).toEqual(['passport']);
    expect(words('paspoort kwijt, help')).toEqual(['paspoort', 'kwijt']);
    expect(words('hoe helpt de gemeente bij schulden')).toEqual(['helpt', 'schulden']);
    // The same for asking how something goes: "de procedure voor …", not "hoelang duurt de procedure".
    expect(words('wat is de procedure voor een paspoort')).toEqual(['paspoort']);
    expect(words('hoelang duurt de procedure')).toEqual(['duurt', 'procedure']);
    // "hulp nodig bij …" asks; "hulp" alone, or at the end, may be the topic.
    expect(words('ik heb hulp nodig bij mijn reclamevergunning')).toEqual(['reclamevergunning']);
    expect(words('ik heb hulp nodig')).toEqual(['hulp']);
    // "terecht voor …" asks where to go.
    expect(words('kan ik bij jullie terecht voor leerlingenvervoer')).toEqual(['leerlingenvervoer']);
    expect(words('ik wilde even vragen hoe het zit met inburgering')).toEqual(['inburgering']);
    expect(words('kunt u me doorverwijzen voor jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words('question regarding jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words('Betreft: jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words('wa moet ik doen voor jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words('een vraagje ovr jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words('jeugdhulp: hoe pak ik dat aan?')).toEqual(['jeugdhulp']);
    expect(words('Excuses, pardon: jeugdhulp?')).toEqual(['jeugdhulp']);
    expect(words('een vraag namens mijn vader: jeugdhulp')).toEqual(['vader', 'jeugdhulp']);
    expect(words('jeugdhulp. Alvast heel erg bedankt voor uw reactie!')).toEqual(['jeugdhulp']);
    // Who asks and since when: "een inwoner", "sinds"; "hoeveel inwoners" asks about them.
    expect(words('Goedendag, vraag van een inwoner: jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words('ik woon sinds kort in Spanje')).toEqual(['woon', 'kort', 'spanje']);
    expect(words('hoeveel inwoners heeft nederland')).toContain('inwoners');
  });

  it('drops not understanding before what is not understood ("ik snap er niks van", "I don\'t understand how … works"), not when it is the topic', () => {
    expect(words('Hondenbelasting, ik snap er niks van')).toEqual(['hondenbelasting']);
    expect(words('ik begrijp niet hoe de hondenbelasting werkt')).toEqual(['hondenbelasting']);
    expect(words("I don't understand how the dog tax works")).toEqual(['dog', 'tax']);
    // Lost among online forms is what the digital help is for; a pass that does not work is a fault.
    expect(words('ik snap niks van al die online formulieren')).toEqual(['snap', 'niks', 'online', 'formulieren']);
    expect(words('mijn paspoort werkt niet')).toEqual(['paspoort', 'werkt', 'niet']);
  });

  it('drops where the asker looked first and how much they ask ("al op de website gekeken", "quick question"), not a website that is the topic', () => {
    expect(words('ik heb al op de website gekeken maar kan niks vinden over jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words('op internet gezocht naar jeugdhulp maar niks gevonden')).toEqual(['jeugdhulp']);
    expect(words('Hi, quick question about jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words("I'm writing to ask about the dog tax")).toEqual(['dog', 'tax']);
    expect(words('I was wondering about the dog tax')).toEqual(['dog', 'tax']);
    expect(words('is it possible to pay the dog tax')).toEqual(['pay', 'dog', 'tax']);
    expect(words('is het mogelijk om hondenbelasting te betalen')).toEqual(['hondenbelasting', 'betalen']);
    expect(words('een kort vraagje: ik ben een beetje in de war over jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words("I looked on your website but can't find anything about the dog tax")).toEqual(['dog', 'tax']);
    expect(words('Ik heb niks kunnen vinden over jeugdhulp op jullie site')).toEqual(['jeugdhulp']);
    expect(words('de website doet het niet')).toEqual(['website', 'niet']);
    expect(words('gevonden voorwerp')).toEqual(['gevonden', 'voorwerp']);
  });

  it('reads Flemish and formal ways of saying "about" and "surely" as no topic ("awel", "een vraagske", "in verband met", "omtrent")', () => {
    expect(words('Awel, ge kunt mij zeker helpen met jeugdhulp?')).toEqual(['jeugdhulp']);
    expect(words('allo, een vraagske omtrent jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words('wat is de stand van zaken rond jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words('Ik wil iets vragen in verband met jeugdhulp')).toEqual(['jeugdhulp']);
    // "Buitenlandse Zaken" keeps its word.
    expect(words('ministerie van buitenlandse zaken')).toContain('zaken');
  });

  it('drops a clause of courtesies ("Bij voorbaat dank", "Looking forward to hearing from you"), not a complaint of no reply', () => {
    expect(words('Hondenbelasting? Looking forward to hearing from you.')).toEqual(['hondenbelasting']);
    expect(words('Jeugdhulp? Ik zie uw antwoord graag tegemoet. Bij voorbaat dank')).toEqual(['jeugdhulp']);
    expect(words('I have a question about the dog tax. Thanks in advance!')).toEqual(['dog', 'tax']);
    expect(words('Ik heb de kapotte lamp gemeld. Geen reactie.')).toContain('reactie');
    // A message of courtesies only is read as it is.
    expect(words('Bij voorbaat dank!')).toEqual(['voorbaat']);
  });

  it('drops an apology for the asker\'s language ("sorry voor mijn slechte Nederlands"), not a question about the language', () => {
    expect(words('sorry voor mijn slechte Nederlands, hondenbelasting')).toEqual(['hondenbelasting']);
    expect(words('Sorry for my bad Dutch. Dog tax?')).toEqual(['dog', 'tax']);
    expect(words('Mijn Nederlands is niet zo goed. Jeugdhulp?')).toEqual(['jeugdhulp']);
    expect(words('Ik spreek geen Nederlands, kan ik een tolk krijgen?')).toContain('tolk');
    expect(words('Waar kan ik Nederlands leren?')).toContain('nederlands');
  });

  it('drops who sent the asker ("mijn buurvrouw zei dat ik hier moest vragen naar …"), not a person who is the topic', () => {
    expect(words('mijn buurvrouw zei dat ik hier moest vragen naar hondenbelasting')).toEqual(['hondenbelasting']);
    expect(words('My neighbour told me to ask you about the dog tax')).toEqual(['dog', 'tax']);
    expect(words('Mijn moeder vraagt naar jeugdhulp')).toEqual(['jeugdhulp']);
    expect(words('moet ik eerst langs de huisarts voor jeugdhulp?')).toContain('huisarts');
    expect(words('mijn buurman maakt veel lawaai')).toContain('buurman');
  });

  it('drops an English greeting ("Good afternoon") and asking whether something is so ("klopt het dat …"), not a bill that is wrong', () => {
    expect(words('Good afternoon, I would like some information about the dog tax.')).toEqual(['dog', 'tax']);
    expect(words('Hallo, klopt het dat de hondenbelasting omhoog gaat?')).not.toContain('klopt');
    expect(words('Is it true that the dog tax went up?')).not.toContain('true');
    expect(words('mijn aanslag hondenbelasting klopt niet')).toContain('klopt');
  });

  it('drops how soon and what is asked in chat English ("need info … asap", "whats the deal with", "whats needed for")', () => {
    expect(words('need info hondenbelasting asap')).toEqual(['hondenbelasting']);
    expect(words('hey whats the deal with the dog tax')).toEqual(['dog', 'tax']);
    expect(words('whats needed for a dog tax exemption')).toEqual(words("what's needed for a dog tax exemption"));
    expect(words('whats needed for a dog tax exemption')).not.toContain('needed');
    expect(words('is that a good deal')).toContain('deal');
  });

  it('drops the asker\'s state and how they ask in English ("I\'m confused about", "any idea about", "struggling with", "advice on")', () => {
    expect(words("I'm confused about the dog tax")).toEqual(['dog', 'tax']);
    expect(words('any idea about the dog tax?')).toEqual(['dog', 'tax']);
    expect(words('I am struggling with the dog tax')).toEqual(['dog', 'tax']);
    expect(words('I need some advice on the dog tax')).toEqual(['dog', 'tax']);
    expect(words('how can i arrange a dog tax exemption')).not.toContain('arrange');
    expect(words('is that a good idea')).toContain('idea');
    expect(words('Is there any help available for the dog tax?')).toEqual(['dog', 'tax']);
    expect(words('Who is responsible for the dog tax?')).toEqual(['dog', 'tax']);
    expect(words('I would appreciate some help with the dog tax')).toEqual(['dog', 'tax']);
    expect(words('I need help with my debts')).toEqual(['debts']);
  });

  it('reads Flemish "hoe zit … in mekaar", "kheb geen idee hoe …" and "allee" as no topic, and "eens" as no verb', () => {
    expect(words('Ge moet mij eens uitleggen hoe hondenbelasting in mekaar zit')).toEqual(['hondenbelasting']);
    expect(words('Kheb geen idee hoe hondenbelasting werkt')).toEqual(['hondenbelasting']);
    expect(words('Allee, hondenbelasting?')).toEqual(['hondenbelasting']);
    expect(words('geen hond, wel een kat')).toContain('geen');
    const sudden = new TextAnalyzer(['ineens', 'uitleggen', 'schutting']);
    expect(sudden.queryTokens('leg eens uit hoe het in mekaar zit').map((token) => token.word)).not.toContain('ineens');
  });

  it('drops the name of one who introduces themselves ("mijn naam is Sarah de Vries"), not what they say they are', () => {
    expect(words('mijn naam is Sarah de Vries, hondenbelasting')).toEqual(['hondenbelasting']);
    expect(words('Hoi! Ik ben Sarah en ik heb een vraag over de hondenbelasting')).toEqual(['hondenbelasting']);
    expect(words('My name is John Smith and I lost my passport')).toEqual(['lost', 'passport']);
    // After "ik ben" only a capitalised word that no article has is a name.
    expect(words('Ik ben Nederlander en woon in Spanje')).toEqual(['nederlander', 'woon', 'spanje']);
    expect(words('ik ben student, kan ik energietoeslag krijgen')).toContain('student');
  });

  it('ignores forms of address ("dag meneer/mevrouw", "geachte heer")', () => {
    expect(words('dag meneer/mevrouw, hondenbelasting')).toEqual(['hondenbelasting']);
    expect(words('Geachte heer, mevrouw, hoe vraag ik een paspoort aan?')).toEqual(['paspoort', 'aanvraag']);
  });

  it('drops a letter\'s closing and the name after it, only at the end ("Kind regards" is no child)', () => {
    expect(words('Vraag over mijn paspoort. Met vriendelijke groet, Maria van den Berg')).toEqual(['paspoort']);
    expect(words('passport question. Kind regards, John Smith')).toEqual(['passport']);
    expect(words('kinderbijslag voor mijn kind, groetjes Els')).toEqual(['kinderbijslag', 'kind']);
    expect(words('groeten uit Spanje, mijn paspoort is verlopen')).toEqual(['spanje', 'paspoort', 'verlopen']);
    // Thanks, then another question: no name after the closing.
    expect(words('paspoort kwijt, bedankt. En hondenbelasting?')).toEqual(['paspoort', 'kwijt', 'hondenbelasting']);
    expect(words('ok bedankt. en de hondenbelasting')).toEqual(['hondenbelasting']);
  });

  it('reads dotted abbreviations ("a.u.b.", "i.v.m.", "z.s.m.") as the function words they are, not as letters', () => {
    expect(words('paspoort aanvragen a.u.b.')).toEqual(['paspoort', 'aanvragen']);
    expect(words('vraag i.v.m. mijn paspoort, z.s.m. graag')).toEqual(['paspoort']);
    expect(words('vitamine b')).toEqual(['vitamine', 'b']);
  });

  it('adds the stems of compound parts', () => {
    expect(analyzer.indexTerms('Paspoortaanvraag', 'nl')).toEqual(['paspoortaanvrag', 'paspoort', 'aanvrag']);
  });

  it("searches a question's unknown compound by its known last part, counted as one part of two; a known word only as itself", () => {
    const furniture = new TextAnalyzer(['bank', 'kast', 'belasting', 'hondenbelasting']);
    const [sofa] = furniture.queryTokens('driezitsbank');
    expect(sofa?.terms).toEqual(expect.arrayContaining(['bank', 'driezits-']));
    expect(sofa?.whole).not.toContain('bank');
    expect(furniture.queryTokens('hondenbelasting')[0]?.terms).not.toContain('belast');
    // Not in the index: documents hold their own words.
    expect(furniture.indexTerms('driezitsbank', 'nl')).toEqual(['driezitsbank']);
  });

  it('joins a separable verb with its particle ("vraag … aan" is "aanvraag")', () => {
    const words = analyzer.queryTokens('hoe vraag ik een paspoort aan').map((token) => token.word);
    expect(words).toContain('aanvraag');
    // "op" and "en" side by side are no "open".
    expect(new TextAnalyzer(['open', 'markt']).queryTokens('en een plek op de markt').map((token) => token.word)).not.toContain('open');
    // Before "de" the word is a preposition: no "inkomen" (income) in a question about emptying a bin in summer.
    const income = new TextAnalyzer(['inkomen', 'komen', 'zomer', 'inschrijven', 'schrijven']);
    expect(income.queryTokens('komen ze de bak legen in de zomer').map((token) => token.word)).not.toContain('inkomen');
    expect(income.queryTokens('waar schrijven we ons in').map((token) => token.word)).toContain('inschrijven');
    // Only within a clause: the "op" of one sentence and the "doen" of the next make no "opdoen".
    const found = new TextAnalyzer(['opdoen', 'doen', 'adres']);
    expect(found.queryTokens('er staat geen adres op. wat moet ik ermee doen?').map((token) => token.word)).not.toContain('opdoen');
    expect(found.queryTokens('waar kan ik ervaring op doen').map((token) => token.word)).toContain('opdoen');
  });

  it('finds the article\'s "u"-form of a verb ("U betaalt", "U meldt") for the citizen\'s infinitive, and gives nouns ending in t no verb', () => {
    const corpus = new TextAnalyzer(['betaalt', 'betalen', 'meldt', 'melden', 'kaart', 'straat']);
    expect(corpus.queryTokens('betalen')[0]?.whole).toContain('betaalt');
    expect(corpus.queryTokens('melden')[0]?.whole).toContain('meldt');
    // The corpus has no other form of a verb "kaar": "kaart" is a noun.
    expect(corpus.queryTokens('kar')[0]?.terms).not.toContain('kaart');
    // Money is no form of "geldt" (applies), however many articles say "dit geldt ook voor …".
    expect(new TextAnalyzer(['geld', 'gelden', 'geldt']).queryTokens('geld')[0]?.terms).not.toContain('geldt');
    // Only a verb whose infinitive the corpus has: "loket" is no form of "lokken", "stopt" is one of "stoppen".
    const verbs = new TextAnalyzer(['loket', 'lokken', 'stopt', 'stoppen', 'blijft', 'blijven']);
    expect(verbs.queryTokens('lok')[0]?.terms).not.toContain('loket');
    expect(verbs.queryTokens('stoppen')[0]?.whole).toContain('stopt');
    expect(verbs.queryTokens('blijven')[0]?.whole).toContain('blijft');
    expect(corpus.queryTokens('kaart')[0]?.terms).toEqual(['kaart']);
  });

  it('undoubles the Dutch stem of a query word, as Snowball does only for k, d and t ("bellen" finds "Bel 14 0456")', () => {
    expect(analyzer.queryTokens('bellen')[0]?.whole).toEqual(expect.arrayContaining(['bell', 'bel']));
    expect(analyzer.queryTokens('spullen')[0]?.whole).toContain('spul');
  });

  it('reads words shortened with an apostrophe as the words they stand for, not as stray letters', () => {
    const words = (text: string) => analyzer.queryTokens(text).map((token) => token.word);
    expect(words("I don't have it, what's wrong, it isn't working")).toEqual(['not', 'wrong', 'working']);
    // "won't" split at the apostrophe was the Dutch "won" (woont).
    expect(words("they won't come")).toEqual(expect.not.arrayContaining(['won', 't']));
    expect(words("I’m sure I've paid")).toEqual(['sure', 'paid']);
    // Dutch plurals after a vowel, and "m'n", "zo'n", "'s avonds": the word itself or a function word.
    expect(words("twee auto's en foto's")).toEqual(['twee', 'auto', 'foto']);
    expect(words("m'n paspoort, zo'n formulier, 's avonds")).toEqual(['paspoort', 'formulier', 'avonds']);
    // Chat English without the apostrophe: the same words. "wont" may be a slip of the Dutch "woont", and stays.
    expect(words('i dont have it, it isnt working')).toEqual(words("I don't have it, it isn't working"));
    expect(words('im sure ive paid, cant find it')).toEqual(words("I'm sure I've paid, can't find it"));
    expect(words('hij wont in Lindewijk')).toContain('wont');
  });

  it('gives each query word its Dutch and English stems', () => {
    const [token] = analyzer.queryTokens('applying');
    expect(token?.terms).toEqual(expect.arrayContaining(['applying', 'appli']));
  });
});

describe('hybrid retrieval over a small knowledge base', () => {
  let retriever: HybridRetriever;
  beforeAll(async () => {
    retriever = new HybridRetriever(await indexOf({ path: join(FIXTURES, 'knowledge', 'demo'), format: 'markdown' }));
  });

  it('finds "Paspoortaanvraag" for "paspoort aanvragen" (compound handling)', async () => {
    const { candidates } = await retriever.retrieve('paspoort aanvragen');
    expect(candidates[0]?.article.id).toBe('paspoortaanvraag');
    expect(candidates[0]?.coverage).toBe(1);
  });

  it('gives every candidate the similarity of its closest passage, also when the nearest-passage search did not reach it', async () => {
    const index = await indexOf({ path: join(FIXTURES, 'knowledge', 'demo'), format: 'markdown' });
    const shallow = new HybridRetriever(index, { ...DEFAULT_RETRIEVAL, vectorDepth: 1 });
    const { candidates } = await shallow.retrieve('paspoort aanvragen voor mijn hond');
    expect(candidates.map((candidate) => candidate.article.id)).toEqual(expect.arrayContaining(['paspoortaanvraag', 'hondenbelasting']));
    for (const candidate of candidates) expect(candidate.similarity).toBeGreaterThan(0);
  });

  it('tolerates typos in words the corpus knows', async () => {
    const { candidates } = await retriever.retrieve('paspoord aanvrgen');
    expect(candidates[0]?.article.id).toBe('paspoortaanvraag');
  });

  it('counts a misspelt word as nearly covered once corrected to a known word, and a short one matched by its stem half', async () => {
    const corrected = await retriever.retrieve('paspoord');
    expect(corrected.candidates[0]?.article.id).toBe('paspoortaanvraag');
    expect(corrected.candidates[0]?.coverage).toBeCloseTo(0.9);
    const short = await retriever.retrieve('hnod');
    expect(short.candidates[0]?.article.id).toBe('hondenbelasting');
    expect(short.candidates[0]?.coverage).toBeCloseTo(0.5);
  });

  it('counts a separable verb written apart in a sentence ("neem … mee") as the word itself, other compounds found by their parts as less', async () => {
    const written = (id: string, lead: string): Article => writtenAs(id, lead, [lead]);
    const { lexical } = await buildIndex([
      written('rijbewijs', 'Neem uw oude rijbewijs mee naar de balie. Wij nemen het in.'),
      written('evenement', 'Geeft u een feest in uw tuin? Vraag dan een vergunning aan.'),
      written('belasting', 'Wij betalen het geld terug.'),
    ]);
    expect(lexical.coverage(lexical.tokens('meenemen'), 'rijbewijs')).toBe(1);
    expect(lexical.coverage(lexical.tokens('terugbetalen'), 'belasting')).toBe(1);
    // A feast in a garden may be no garden party: holding both words is holding the compound in part.
    expect(lexical.coverage(lexical.tokens('tuinfeest'), 'evenement')).toBeCloseTo(0.8);
  });

  it('counts a compound another article holds whole as barely held by an article with only its parts', async () => {
    const { lexical } = await buildIndex([
      writtenAs('verwijzing', 'Huurtoeslag vraagt u aan bij Dienst Toeslagen.', ['Huurtoeslag']),
      writtenAs('energie', 'Zit uw energie bij de huur in? U kunt toch een toeslag krijgen.', ['Energietoeslag']),
      writtenAs('werk', 'Wij betalen uw heftruckcertificaat.', ['Hulp bij werk: heftruck, certificaat en cursus']),
    ]);
    expect(lexical.coverage(lexical.tokens('huurtoeslag'), 'verwijzing')).toBe(1);
    // "huur" and "toeslag" in an article that never says "huurtoeslag", while another does: a quarter, not a tuinfeest's 0.8.
    expect(lexical.coverage(lexical.tokens('huurtoeslag'), 'energie')).toBeCloseTo(0.25);
    // The article that holds the word itself: its title's parts are that word's topic.
    expect(lexical.coverage(lexical.tokens('heftruckcertificaat'), 'werk', 'topic')).toBeCloseTo(0.8);
  });

  it('finds a synonym of a separable verb where the article writes the verb apart ("bring" → "meenemen" → "Neem … mee")', async () => {
    const { lexical } = await buildIndex(
      [
        writtenAs('rijbewijs', 'Neem uw oude rijbewijs mee, en uw pasfoto.', ['Rijbewijs verlengen']),
        writtenAs('naturalisatie', 'U woont in Nederland.', ['Word ik Nederlander?']),
        writtenAs('geluid', 'Een handhaver neemt een keer contact met u op.', ['Geluidsoverlast']),
        // The corpus writes these verbs whole somewhere, so they are verbs.
        writtenAs('wonen', 'Hulp bij wonen.', ['Mag ik bij mijn ouders inwonen?', 'Wat moet ik meenemen?', 'Wanneer openen jullie?']),
      ],
      parseThesaurus('bring => meenemen\nlodge => inwonen\nunseal => openen'),
    );
    expect(lexical.coverage(lexical.tokens('what do I need to bring'), 'rijbewijs')).toBeCloseTo(0.9);
    // Only a particle that ends its clause is one: "in Nederland" is no "inwonen".
    expect(lexical.coverage(lexical.tokens('lodge'), 'naturalisatie')).toBe(0);
    // Nor is a function word a verb: "op" + "een" is no "openen".
    expect(lexical.coverage(lexical.tokens('unseal'), 'geluid')).toBe(0);
    // The verb written whole keeps its own rarity: it is found by its parts, as before.
    expect(lexical.spread(lexical.tokens('meenemen')[0]!)).toBeCloseTo(1 / 4);
  });

  it('matches English questions through the English phrasings and summary', async () => {
    const { candidates } = await retriever.retrieve('when is my bin collected');
    expect(candidates[0]?.article.id).toBe('afvalkalender');
  });

  it('reports low coverage for a question about something else', async () => {
    const { candidates } = await retriever.retrieve('hoe laat vertrekt de trein naar utrecht');
    expect(candidates.every((candidate) => candidate.coverage < 0.5)).toBe(true);
  });

  it('gives every candidate the similarity of its closest citizen question, found or not by the vector search', async () => {
    const { candidates } = await retriever.retrieve('When is my bin collected?');
    expect(candidates[0]?.article.id).toBe('afvalkalender');
    // The article lists this very question: an exact match.
    expect(candidates[0]?.questionSimilarity).toBeCloseTo(1, 5);
    for (const candidate of candidates.slice(1)) expect(candidate.questionSimilarity).toBeLessThan(0.6);
  });

  it('serves LangChain callers as a retriever of documents with their source', async () => {
    const documents = await retriever.invoke('hondenbelasting betalen');
    expect(documents[0]?.metadata).toMatchObject({ articleId: 'hondenbelasting', url: 'https://example.org/hondenbelasting' });
  });
});

/** An article of one lead paragraph and the given citizen questions. */
function writtenAs(id: string, lead: string, questions: string[]): Article {
  return {
    id,
    collection: 'test',
    title: id,
    questions,
    phrasings: [],
    tags: [],
    url: `https://example.org/${id}`,
    lang: 'nl',
    updated: '2026-12-03',
    owner: 'test',
    lead,
    sections: [],
  };
}
