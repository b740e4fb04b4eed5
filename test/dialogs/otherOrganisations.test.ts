import { OtherOrganisationCheck } from '../../dialogs/places/otherOrganisations';

describe('questions that name another organisation', () => {
  const check = new OtherOrganisationCheck();

  it.each([
    ['Hoe vraag ik studiefinanciering aan bij DUO?', 'DUO'],
    ['mijn DUO-lening is gestopt', 'DUO'],
    ['moeten we ingeschreven zijn bij de Kamer van Koophandel?', 'de KVK'],
    ['which health insurance is best for expats?', 'uw zorgverzekeraar'],
    ['wanneer betaalt de svb de kinderbijslag', 'de SVB'],
    ['wat is het telefoonnummer van de belastingdienst', 'de Belastingdienst'],
    ['kan het juridisch loket mij helpen met mijn werkgever', 'het Juridisch Loket'],
    ['theorie examen reserveren bij het cbr', 'het CBR'],
  ])('finds the organisation in "%s"', (question, name) => expect(check.find(question)).toMatchObject({ organisation: { nl: name }, named: true }));

  it('gives its website', () => expect(check.find('hoe verleng ik mijn verblijfsvergunning bij de ind')?.organisation.url).toBe('https://ind.nl'));

  it.each([
    ['hoeveel aow krijg ik straks als alleenstaande', 'de SVB'],
    ['How long does my WW benefit last if I worked for 8 years?', 'UWV'],
    ['mijn ww-uitkering is niet op tijd gestort', 'UWV'],
    ['wanneer krijg ik mijn belastingteruggave', 'de Belastingdienst'],
    ['ik ben geflitst op de A2, kan ik bezwaar maken', 'het CJIB'],
    ['hoeveel mag ik bijverdienen naast mijn studiefinanciering', 'DUO'],
    ['mijn verblijfsvergunning verloopt volgende maand', 'de IND'],
    ['wanneer kan ik mijn rijexamen doen', 'het CBR'],
  ])('finds the organisation whose work "%s" names', (question, name) =>
    expect(check.find(question)).toMatchObject({ organisation: { nl: name }, named: false }),
  );

  it('prefers a name to a topic', () =>
    expect(check.find('ik heb AOW, kan de belastingdienst mijn aanslag verlagen')).toMatchObject({ organisation: { nl: 'de Belastingdienst' }, named: true }));

  it.each([
    'hoe vraag ik een paspoort aan',
    // Only whole words and whole names: "individueel" is no IND, "kamer" alone no Chamber of Commerce, "duopaard" no DUO.
    'krijg ik individuele begeleiding',
    'ik zoek een kamer van 20 m2',
    'we hebben een duopaard voor de kinderboerderij',
    // A municipality's own work: the parking permit's number plate, the civic integration exam, a building's own risk.
    'mijn bezoek heeft een ander kenteken',
    'wanneer is het inburgeringsexamen',
    'mag ik op eigen risico een boom kappen',
    // Not the RDW's alone: "de tenaamstelling van de erfpacht" (read calm batch 22).
    'Thans wens ik de tenaamstelling van de erfpacht te wijzigen.',
    // A long story that names such work among other things (read calm batch 38).
    'hoi ik heb een vraag over de bijstand want ik ben net gescheiden en ik sta er nu alleen voor met twee kinderen, nu moet ik alles alleen regelen en ik weet niet waar ik moet beginnen, heb ik recht op een uitkering als ik nog 12 uur per week werk, en hoe zit het met kinderopvangtoeslag',
  ])('leaves "%s" alone', (question) => expect(check.find(question)).toBeUndefined());
});
