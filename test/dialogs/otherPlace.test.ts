import { Article } from '../../knowledge/articles/article';
import { standardOtherPlaceCheck } from '../../dialogs/places/otherPlace';

/** Articles of a municipality that names itself, as every municipality's content does. */
function articlesAbout(place: string): ReadonlyMap<string, Article> {
  const article: Article = {
    id: 'grofvuil',
    collection: 'test',
    title: 'Grofvuil ophalen',
    questions: ['Wanneer wordt grofvuil opgehaald?'],
    phrasings: [],
    tags: [],
    url: 'https://example.org/grofvuil',
    lang: 'nl',
    updated: '2026-12-05',
    owner: 'test',
    lead: `De gemeente ${place} haalt grofvuil gratis op.`,
    sections: [{ heading: 'Waar', text: 'In Doorn en in de wijk Noord komt de wagen op maandag.' }],
  };
  return new Map([[article.id, article]]);
}

describe('questions set in another municipality', () => {
  const check = standardOtherPlaceCheck();
  const lindewijk = articlesAbout('Lindewijk');

  it.each([
    ['Wanneer wordt het grofvuil opgehaald in Rotterdam-Zuid?', 'Rotterdam'],
    ['Op welke dag wordt het oud papier opgehaald in Amersfoort-Vathorst?', 'Amersfoort'],
    ['hoeveel is de hondenbelasting in antwerpen', 'Antwerpen'],
    ['parkeren in den haag', 'Den Haag'],
    ["Wat kost een paspoort in 's-Hertogenbosch?", "'s-Hertogenbosch"],
    ['wat kost een parkeervergunning in de gemeente Utrecht', 'Utrecht'],
    ['what day is bin collection in the city of Ghent', 'Ghent'],
    ['Mijn broer woont in Gent en wil een carport bouwen', 'Gent'],
    ['afvalkalender in Bergen op Zoom', 'Bergen op Zoom'],
    ['Ik woon in Best, waar is de milieustraat?', 'Best'],
    ['Hoe vraag ik een leefloon aan bij het OCMW van Antwerpen?', 'Antwerpen'],
    ['staat dat op de website van gemeente Zwolle', 'Zwolle'],
    ['openingstijden stadhuis van Leiden', 'Leiden'],
  ])('finds the place in "%s"', (question, place) => expect(check.find(question, lindewijk)).toBe(place));

  it.each([
    'hoe vraag ik een paspoort aan',
    // The municipality the articles are about, and moving here from elsewhere.
    'wanneer wordt het grofvuil opgehaald in Lindewijk',
    'ik verhuis van Amsterdam naar Lindewijk, moet ik me in Amsterdam uitschrijven?',
    // Ordinary words that are also villages count only with a capital: "Brand", "Best", "De Wijk".
    'mijn schuur staat in brand',
    'wat is het beste adres in de wijk',
    'ik woon het best in een benedenwoning',
    // "of" is Dutch for "or"; "uit" and "naar" say where someone comes from or goes.
    'een paspoort of Utrecht',
    'ik kom uit Utrecht, hoe schrijf ik me in',
    'ik ga verhuizen naar Rotterdam',
    // "van" says where from, except after a council's own nouns ("het OCMW van Antwerpen").
    'ik heb een brief van Utrecht gekregen over mijn verhuizing',
    'een kopie van Antwerpen meenemen',
    // A place the articles themselves say something is in is one of this municipality's own.
    'wanneer komt de grofvuilwagen in Doorn',
  ])('leaves "%s" alone', (question) => expect(check.find(question, lindewijk)).toBeUndefined());

  it("knows another municipality's own places from its articles", () => {
    expect(check.find('wanneer wordt het grofvuil opgehaald in Utrecht', articlesAbout('Utrecht'))).toBeUndefined();
    expect(check.find('wanneer wordt het grofvuil opgehaald in Lindewijk', articlesAbout('Utrecht'))).toBeUndefined();
    expect(check.find('wanneer wordt het grofvuil opgehaald in Zwolle', articlesAbout('Utrecht'))).toBe('Zwolle');
  });
});
