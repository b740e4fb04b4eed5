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
  ])('finds the organisation in "%s"', (question, name) => expect(check.find(question)?.nl).toBe(name));

  it('gives its website', () => expect(check.find('hoe verleng ik mijn verblijfsvergunning bij de ind')?.url).toBe('https://ind.nl'));

  it.each([
    'hoe vraag ik een paspoort aan',
    // Only whole words and whole names: "individueel" is no IND, "kamer" alone no Chamber of Commerce, "duopaard" no DUO.
    'krijg ik individuele begeleiding',
    'ik zoek een kamer van 20 m2',
    'we hebben een duopaard voor de kinderboerderij',
  ])('leaves "%s" alone', (question) => expect(check.find(question)).toBeUndefined());
});
