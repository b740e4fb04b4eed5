import { reviewItems } from '../../adapters/editorial/reviewInbox';
import { ConversationEvent } from '../../dialogs/conversationLog';

const turn = (id: string, text: string, status: ConversationEvent['status'], reason: string): ConversationEvent => ({
  id,
  at: Number(id.slice(1)),
  kind: 'turn',
  conversationId: `c${id}`,
  channel: 'directline',
  lang: 'nl',
  text,
  status,
  reason,
});

describe("the editors' inbox", () => {
  it('holds questions an article could answer, not vague ones, questions about a citizen\'s own file or another municipality, or "which topic?" turns', () => {
    const items = reviewItems([
      turn('e1', 'mijn viervoeter inschrijven', 'abstained', 'abstain:low-confidence'),
      turn('e2', 'hoe lang duurt dat', 'abstained', 'abstain:no-topic'),
      turn('e3', 'hoe ver is mijn aanvraag', 'abstained', 'abstain:own-case'),
      turn('e4', 'wat kost dat', 'clarified', 'clarify:which-topic'),
      turn('e5', 'vergunning', 'clarified', 'clarify'),
      turn('e6', 'hallo', 'other', 'smalltalk:greeting'),
      turn('e7', 'kan dat online', 'abstained', 'abstain:not-in-article'),
      turn('e8', 'grofvuil in Rotterdam-Zuid', 'abstained', 'abstain:other-place'),
    ]);
    expect(items.map((item) => item.text)).toEqual(['mijn viervoeter inschrijven', 'vergunning']);
  });
});
