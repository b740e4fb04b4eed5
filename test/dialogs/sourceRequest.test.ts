import { asksForSource } from '../../dialogs/sourceRequest';

describe('asking where the answer just given can be read', () => {
  it.each(['waar staat dat op de website?', 'heeft u een link?', 'link?', 'waar kan ik dat nalezen', 'where can I read that?', 'do you have a link'])(
    '"%s" asks for the page',
    (text) => expect(asksForSource(text)).toBe(true),
  );

  it.each(['waar staat het formulier voor een paspoort op de website', 'mijn website werkt niet', 'link naar de afvalkalender'])(
    '"%s" is a question of its own',
    (text) => expect(asksForSource(text)).toBe(false),
  );
});
