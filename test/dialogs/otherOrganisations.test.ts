import { Article } from '../../knowledge/articles/article';
import { OtherOrganisationCheck } from '../../dialogs/places/otherOrganisations';

function article(id: string, text: string): Article {
  return {
    id,
    collection: 'test',
    title: id,
    questions: [`Vraag over ${id}`],
    phrasings: [],
    tags: [],
    url: `https://example.org/${id}`,
    lang: 'nl',
    updated: '2026-12-07',
    owner: 'test',
    lead: 'De gemeente helpt u.',
    sections: [{ heading: 'Meer', text }],
  };
}

describe("questions about another organisation's work", () => {
  const check = new OtherOrganisationCheck();
  const naturalisation = article('naturalisatie', 'U vraagt naturalisatie aan bij de gemeente. De [IND](https://ind.nl) beslist.');
  const birth = article('geboorteaangifte', 'Doe aangifte binnen 3 dagen.');

  it.each([
    ['Hoe vraag ik studiefinanciering aan bij DUO?', 'DUO'],
    ['mijn DUO-lening is gestopt', 'DUO'],
    ['moeten we ingeschreven zijn bij de Kamer van Koophandel?', 'de KVK'],
    ['which health insurance is best for expats?', 'uw zorgverzekeraar'],
    ['wanneer betaalt de svb de kinderbijslag', 'de SVB'],
  ])('finds the organisation in "%s" when the article does not name it', (question, name) => expect(check.find(question, [birth])?.nl).toBe(name));

  it('answers from an article that names the organisation, and from any one of several shown', () => {
    expect(check.find('ik kreeg een brief van de IND over mijn naturalisatie', [naturalisation])).toBeUndefined();
    expect(check.find('ik kreeg een brief van de IND over mijn naturalisatie', [birth, naturalisation])).toBeUndefined();
    expect(check.find('ik kreeg een brief van de IND over mijn naturalisatie', [birth])?.url).toBe('https://ind.nl');
  });

  it.each([
    'hoe vraag ik een paspoort aan',
    // Only whole words and whole names: "individueel" is no IND, "kamer" alone no Chamber of Commerce, "duopaard" no DUO.
    'krijg ik individuele begeleiding',
    'ik zoek een kamer van 20 m2',
    'we hebben een duopaard voor de kinderboerderij',
  ])('leaves "%s" alone', (question) => expect(check.find(question, [birth])).toBeUndefined());

  it('says where to go with no article at all to show', () =>
    expect(check.find('wat is het telefoonnummer van de belastingdienst', [])?.nl).toBe('de Belastingdienst'));
});
