import { reviewItems } from '../../adapters/editorial/reviewInbox';
import { loggedTurn } from '../support/logEvents';

describe("the editors' inbox", () => {
  it('holds questions an article could answer, not vague ones, questions about a citizen\'s own file or another municipality, or "which topic?" turns', () => {
    const items = reviewItems([
      loggedTurn('e1', 'mijn viervoeter inschrijven', 'abstained', 'abstain:low-confidence'),
      loggedTurn('e2', 'hoe lang duurt dat', 'abstained', 'abstain:no-topic'),
      loggedTurn('e3', 'hoe ver is mijn aanvraag', 'abstained', 'abstain:own-case'),
      loggedTurn('e4', 'wat kost dat', 'clarified', 'clarify:which-topic'),
      loggedTurn('e5', 'vergunning', 'clarified', 'clarify'),
      loggedTurn('e6', 'hallo', 'other', 'smalltalk:greeting'),
      loggedTurn('e7', 'kan dat online', 'abstained', 'abstain:not-in-article'),
      loggedTurn('e8', 'grofvuil in Rotterdam-Zuid', 'abstained', 'abstain:other-place'),
    ]);
    expect(items.map((item) => item.text)).toEqual(['mijn viervoeter inschrijven', 'vergunning']);
  });
});
