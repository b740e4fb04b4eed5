import { DistressCheck, standardDistressCheck } from '../../dialogs/handover/distress';

const distress = standardDistressCheck();
const kind = (text: string) => distress.check(text)?.kind;

describe('distress check: anger', () => {
  it.each([
    'Dit is echt belachelijk',
    'belachlijk dat ik nog steeds niks heb gehoord',
    'wat schandalig',
    'schandelijk hoe jullie met mensen omgaan',
    'jullie service is waardeloos',
    'waardelos gewoon',
    'dit slaat helemaal nergens op',
    'ik ben echt boos',
    'ik ben zo kwaad',
    'ik word woedend van deze site',
    'ik ben pissig',
    'ik word gek van jullie',
    'wat een klotegemeente',
    'wat een klote gemeente',
    'kut formulier',
    'godverdomme werkt het weer niet',
    'tering, alweer een fout',
    'ik ben het zat',
    'ik ben het beu',
    'ik ben het echt spuugzat',
    'ik heb er genoeg van',
    'dit is de derde keer dat ik bel',
    'ik heb al drie keer gebeld',
    'niemand helpt me',
    'jullie luisteren gewoon niet',
    'stomme bot',
    'this bot is useless',
    'this is ridiculous',
    'this is a joke',
    "I'm so angry",
    'i am furious',
    "I'm pissed off",
    'I am fed up with this',
    'worst service ever',
    'wtf',
    'WAAROM KRIJG IK GEEN ANTWOORD VAN JULLIE',
    'waarom werkt het nooit!!!',
    'ik krijg nog steeds niks terug???',
    'waar slaat dit op',
    'ik ben het kotsbeu',
    'wat een zever',
    'ik wordt zo kwaad',
    'pffff ik word hier gek van',
  ])('recognises "%s"', (text) => expect(kind(text)).toBe('anger'));
});

describe('distress check: distress', () => {
  it.each([
    'ik weet het niet meer',
    'ik weet het echt niet meer',
    'ik ben wanhopig',
    'ik ben wanhoopig',
    'ik ben ten einde raad',
    'ik ben radeloos',
    'ik raak in paniek',
    'help me alsjeblieft',
    'help me alstublieft ik heb geen geld meer voor eten',
    "I'm desperate",
    "I'm at my wits' end",
    "I can't cope",
    "I don't know what to do anymore",
    'ik weet het echt niet meer. mijn uitkering is gestopt',
    'ik weet niet meer wat ik moet doen',
    'ik weet het niet meer en ik heb schulden',
    'ik zie door de bomen het bos niet meer',
    'I am panicking',
    'ik weet niet meer hoe ik rond moet komen',
    'ik ben dakloos, waar kan ik slapen vannacht',
    'mijn huisbaas heeft me op straat gezet',
    'ik heb vannacht nergens om te slapen',
    'ik heb geen eten meer in huis',
    'ik heb honger en geen geld',
    'I am homeless and have nowhere to sleep tonight',
    'we zijn dakloos geworden',
    "we're hungry and have no money",
    // Each slot is one word: "no food|nothing to eat" read only "no food to eat".
    'there is nothing to eat in the house and payday is next week',
    'been sleeping rough since my landlord kicked me out',
  ])('recognises "%s"', (text) => expect(kind(text)).toBe('distress'));
});

describe('distress check: despair', () => {
  it.each([
    'ik kan niet meer',
    'ik kan het niet meer aan',
    'ik kan echt niet meer',
    'ik kan niet meer, help',
    'ik kan niet meer hoor',
    'ik hou het niet meer vol',
    'ik houd het echt niet langer vol',
    'hou het niet meer vol met die schulden',
    'de schuldhulp heeft 3 maanden wachttijd, ik hou het geen 3 maanden meer vol',
    'ik kan dit niet meer aan',
    'ik wil dat alles stopt',
    'ik wil dat het gewoon ophoudt',
    'ik kan zo niet verder',
    'zo kan ik niet meer verder',
    "I can't take it anymore",
    "i can't go on",
    "can't go on",
    "I can't go on like this",
    "'k ben ne last",
    // Short, from the twenty-sixth batch: veiled, so a check-in rather than an alarm.
    'wil niet meer',
    'alles is zwaar, wil gewoon niet meer',
    "'k wil niet meer",
    'wil weg uit alles',
    // From the twenty-eighth batch: a bridge at night, a plan after which nothing is needed.
    'every night now I stand on the bridge by the canal and think about it',
    'kan ik mijn afspraak van donderdag afzeggen? heb een plan voor woensdag en dan is het niet meer nodig',
    // From the thirtieth batch: the thoughts back, a goodbye posted.
    'Ik heb gisteren op het dak van ons appartement gestaan en ik twijfelde echt. Vandaag zijn die gedachten er weer.',
    "mn stiefdochter post steeds 'see you on the other side' en ze heeft haar hele kamer leeggeruimd, ik vertrouw het niet",
    'zit op het spoor',
    'sta op de brug nu',
    // From the thirty-second batch: a bridge over water or a road.
    'is er iemand? ik sta op de brug bij het kanaal',
    'ik sta op de brug over de snelweg',
    'ik trek het niet meer met die wachttijd aan de balie haha, kan ik ook online een afspraak maken?',
    // From the thirty-fourth batch: things given away, seeing someone who died again soon.
    'gisteren gaf hij al zijn spullen weg',
    'ik heb al mijn spullen weggegeven, nu nog mijn kamer opruimen',
    'mijn opa is sinds oma dood is heel stil en zei dat hij haar snel weer zou zien',
    // From the thirty-sixth batch: a young person arranging their own funeral for their parents' sake.
    'weet iemand hoe je je eigen uitvaart alvast regelt? ik ben 23 en wil niet dat mijn ouders daar straks nog mee zitten',
    "'k wil er ne punt achter zetten",
    // From the forty-sixth batch: stopping with everything.
    'ik wou gewoon zeggen dat ik ermee stop. met alles. ik ben op.',
    // From the fiftieth batch: the other order, and nobody noticing.
    'hoelang duurt een uittreksel brp? wil alle papieren klaar hebben voor ik met alles stop. niemand gaat het merken',
    'niemand zal het merken als ik er niet ben',
    'want to end it',
    'ik voel me een last, echt waar',
    'i cannot do this anymore',
    'I want it all to stop',
    // The future no longer needed, one's things given away.
    'heb een afspraak nodig voor een nieuwe id kaart... of laat maar, ben er binnenkort toch niet meer',
    'ik ben er niet meer',
    'kan ik mijn fiets via de gemeente aan een goed doel geven? heb ze straks toch niet meer nodig',
    'my flatmate has been giving away all his stuff and asked me to look after his cat',
    // One's own funeral or lonely death, asked "for myself".
    'wie betaalt eigenlijk een begrafenis als iemand geen geld heeft? vraag het voor mezelf',
    'how long does it take for the municipality to find someone who died alone in their flat? asking for myself tbh',
    // The safety rule leaves a move to this check-in; a message that says it is no move still gets it.
    'hoe lang van tevoren moet ik mijn verhuizing doorgeven? volgende week ben ik er niet meer, ik verhuis naar utrecht',
    'Ik wil mijn inschrijving in de BRP laten beëindigen. Niet omdat ik verhuis, maar omdat ik er binnenkort toch niet meer ben.',
    "my brother gave me his bank card and said he won't need it. he's been really low since he lost his job",
    'kan ik mn donorregistratie nog aanpassen? het moet geregeld zijn voor vrijdag want dan stop ik ermee',
    "is the library open on sunday? doesn't matter, nothing matters anymore",
    'laat die parkeervergunning maar zitten, niks doet er nog toe',
    "cancel my passport appointment, I won't need it much longer",
    // Wanting to be with someone who died; not wanting any more; grumbling about road works asked about, not alarmed.
    'sinds mijn moeder dood is wil ik alleen nog bij haar zijn',
    'can I reserve the grave next to my husband, I hope to join him soon',
    'ik heb al drie keer gebeld. ik wil niet meer.',
    'ik zie het echt niet meer zitten met die wegenwerken voor de deur',
    // Standing at the railway, a last message, affairs put in order "before I go".
    'gisteravond heb ik weer langs het spoor gelopen',
    'zeg tegen mama dat het niet haar schuld is',
    'bedankt voor alles. dit is mijn laatste bericht',
    'ik wil mijn testament regelen voordat ik ga',
    // From the forty-fourth batch: farewells told by someone else, arrangements for afterwards.
    "vannacht zei ze aan de telefoon 'dit is de laatste keer dat je me hoort, zorg goed voor de jongens'",
    'de reservesleutel heb ik al bij de buren gelegd zodat ze me kunnen vinden, dan is het voor iedereen makkelijk',
    "he handed me his dog's leash and said 'look after Bram for me, I wont be needing him'",
    'vorige week gaf hij me zijn bankkaart met de code voor als het zover is',
    'hij zei dat hij een plek in het bos heeft uitgekozen',
    'er lag een briefje op tafel met wie zijn horloge en zijn auto moet krijgen',
    'ik vond in zijn jaszak een brief aan zijn zusje waarin hij sorry zegt en haar zijn spullen geeft',
    // From the forty-second batch: a last post of someone else, mid-sentence; being identified by one's family.
    'de jongen van hiernaast heeft op zn insta gezet dat dit zijn laatste post is en dat het hem spijt',
    'ik moet mijn paspoort verlengen, het is eigenlijk alleen zodat mijn familie me straks kan identificeren',
    // From the sixty-fourth and sixty-sixth batches: affairs wound up, nothing needed any more, a journey of no return, nobody
    // left, going to one's late husband.
    'Hierbij laat ik u weten dat ik al mijn zaken heb afgerond. De sleutels liggen bij de buren.',
    'kan de kast eerder weg? na vrijdag heb ik toch niks meer nodig',
    'ik ga op reis en ik kom niet meer terug',
    'wie regelt de begrafenis als er niemand meer is',
    'mijn vrouw is vorig jaar overleden. als dit geregeld is kan ik rustig naar haar toe',
  ])('recognises "%s"', (text) => expect(kind(text)).toBe('despair'));
});

describe('distress check: ordinary questions', () => {
  it.each([
    'wat kost een paspoort',
    'ik wil klagen over de vuilnisophaal',
    'hoe dien ik een klacht in',
    'ik heb een boete gekregen, hoe kan ik bezwaar maken',
    'hoe betaal ik mijn boete',
    'hoe betaal ik de belasting',
    'mijn hond is agressief, waar kan ik hulp krijgen',
    'ik kan niet meer inloggen op mijn DigiD',
    'ik kan niet meer inloggen',
    // "er niet meer" only where the clause ends.
    'ik ben er niet meer zeker van of mijn aanvraag binnen is',
    'ik ben er niet meer geweest sinds de verbouwing',
    'ik heb mijn oude kinderwagen niet meer nodig, haalt de kringloop die op',
    // Found by a house number, not a key; a note on who gets what after a death; a car no longer needed.
    'ik wil mijn huisnummer groter op de gevel zetten zodat ze me kunnen vinden',
    'mijn vader is overleden en liet een briefje achter met wie zijn horloge en zijn auto moet krijgen, geldt dat?',
    "I won't be needing the parking permit anymore, I sold the car",
    // Things given away for a move, in English as in Dutch.
    "I'm giving away all my things before we emigrate to Canada, can I put furniture on the curb?",
    "we're moving to a smaller flat and giving away all my stuff, does the council collect furniture?",
    'die parkeervergunning heb ik toch niet meer nodig, ik heb de auto verkocht',
    // "voor mezelf" about anything else, or about an insurance, is no sign.
    'ik wil voor mezelf een parkeervergunning aanvragen',
    'hoeveel kost een uitvaartverzekering voor mezelf',
    'the water in the canal has been really low this summer, is that a problem for the boats',
    'mijn vader is overleden, ik vraag het voor mezelf: moet ik zijn paspoort inleveren?',
    'ik kan mijn aanslag niet meer vinden',
    'ik kan niet meer bij mijn gegevens',
    'is er sprake van kwade trouw als ik te laat betaal',
    'mijn buren zijn boos op mij vanwege de schutting',
    'wanneer wordt het grofvuil opgehaald',
    'waar staat het gemeentehuis',
    'hoe vraag ik een rijbewijs aan',
    'ik wil mijn verhuizing doorgeven',
    'kan ik een parkeervergunning aanvragen',
    'wat zijn de openingstijden',
    'mijn paspoort is verlopen, wat nu',
    'ik woon in de Kuipersstraat, wie haalt het afval op',
    'ik wil een bezwaarschrift indienen tegen de WOZ-waarde',
    'wat moet ik doen met een melding over een kapotte lantaarnpaal',
    'Hoe Vraag Ik Een Uittreksel Aan',
    'BSN',
    'ik heb een vraag over de AOW',
    'hallo??? is daar iemand',
    'Where can I renew my passport?',
    'how do I pay my parking fine',
    'I want to file a complaint about noise',
    'ik weet het wachtwoord niet meer',
    'ik wil dat het lawaai van de buren stopt',
    'ik wil dat de incasso stopt',
    'ik kan niet verder met mijn aanvraag',
    "i can't go on holiday, my passport has expired",
    "the market can't go on the square this year?",
    'ik heb last van de buren',
    'ik wil niet meer wachten op mijn paspoort',
    'ik wil weg uit deze wijk',
    'ik sta op de brug bij de markt, waar is het stadhuis?',
    'ik ben een last minute aanvraag aan het doen',
    'kan de brug het gewicht niet meer aan',
    'ik kan het formulier niet meer aanpassen',
    'dat kan niet meer, sinds 1 januari',
    'mijn buurman is boos op mij',
    'ik wil schade aan de stoep melden',
    'ik ben niet boos, maar waarom duurt mijn aanvraag zo lang',
    'ik weet het niet meer precies, was het vorige week?',
    'ik weet niet meer wat ik moet invullen bij vraag 3',
    'ik weet niet meer wat ik moet doen om mijn pas te verlengen',
    'help me alstublieft met het aanvragen van een paspoort',
    'please help me find the form for a parking permit',
    'dit staat nergens op de website',
    'waar staat dit op de website',
    'zijn er slechts drie plekken???',
    'is er niets te doen in de kerstvakantie???',
    'ik word gek van de herrie van mijn buren, wat kan ik doen',
    'mijn buurman wordt boos als ik voor zijn deur parkeer',
    'ik heb kanker, kan de gemeente helpen met vervoer',
    'ik ben op vakantie van 1 tot 5 mei, kan ik later stemmen',
    'stomme vraag misschien, maar is het gemeentehuis open',
    'mijn fiets is kapot gegaan door een gat in de weg',
    'een schandaal in de gemeenteraad, waar lees ik daarover',
    'ik heb drie keer per week een afspraak bij de fysio',
    'ik weet niet meer precies wanneer ik verhuisd ben',
    'waar kan ik een dakloze melden die in het park slaapt',
    'mag ik op straat eten verkopen',
    'wat moet ik doen als mijn container niet geleegd is',
    'where can I go to renew my driving licence',
    'mijn buurman is dakloos geweest',
    'is the shelter for homeless people open',
    // A permit no longer needed is no future given up.
    "I sold my car, so I won't need the parking permit any longer",
    'het maakt niet uit welke dag de container komt',
    'ik wil niet meer wachten op mijn paspoort',
    'we willen bij haar zijn op haar verjaardag, mag dat in het verpleeghuis',
    'ik wil mijn nieuwe paspoort hebben voor ik ga',
    'dit is mijn laatste bericht over deze klacht',
    'ik weet dat het niet jullie schuld is, maar de container is weer niet geleegd',
    // A thing that no longer works: "wil niet meer" counts only at a clause's start.
    'mijn digid app wil niet meer',
    'de printer wil niet meer',
    'I walk my dog on the bridge every morning, can I let him off the lead there?',
    'we hebben een plan voor de verbouwing, is de vergunning dan nog nodig?',
    'we geven al onze spullen weg want we verhuizen naar Spanje, kan het grofvuil de rest halen?',
    'oma heeft al haar spullen weggegeven, ze gaat naar het verpleeghuis',
    'Ik wil al mijn spullen weggeven aan de kringloop, komt die ophalen?',
    'ik wil mijn eigen uitvaart regelen, mijn ouders zijn al overleden',
    'mijn opa wil zijn eigen uitvaart alvast regelen, hij is 92',
  ])('does not flag "%s"', (text) => expect(distress.check(text)).toBeUndefined());
});

describe('distress check: signal', () => {
  it('reports the rule phrase, never the citizen text', () => {
    const signal = distress.check('Belachlijk gewoon, Jan de Vries uit Utrecht');
    expect(signal).toEqual({ kind: 'anger', phrase: 'belachelijk' });
  });

  it('reports a clause-end rule as written', () => {
    expect(distress.check('Ik kan echt niet meer!')).toEqual({ kind: 'despair', phrase: 'ik kan|kun het|dit|t? echt|gewoon|allemaal? niet meer' });
  });

  it('names shouting and exclamations by rule name', () => {
    expect(distress.check('WAAROM HELPT NIEMAND MIJ HIERMEE')?.phrase).toBe('<shouting>');
    expect(distress.check('WAT MOET IK DOEN OM EEN PASPOORT AAN TE VRAGEN')).toBeUndefined();
    expect(distress.check('nog steeds geen reactie!!!')?.phrase).toBe('<exclamations>');
  });

  it('accepts its own rules', () => {
    const custom = new DistressCheck([{ kind: 'distress', phrases: ['overspannen'] }]);
    expect(custom.check('ik ben overspannen')).toEqual({ kind: 'distress', phrase: 'overspannen' });
    expect(custom.check('belachelijk')).toBeUndefined();
  });

  it('is compiled once', () => expect(standardDistressCheck()).toBe(distress));
});
