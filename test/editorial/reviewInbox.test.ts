import { reviewClusters, reviewItems } from '../../adapters/editorial/reviewInbox';
import { ConversationEvent } from '../../dialogs/conversationLog';
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

  describe('the article a citizen chose after topics or options were offered', () => {
    /** Turns of one conversation ("c1"), in order. */
    const inConversation = (...events: ConversationEvent[]) => events.map((event) => ({ ...event, conversationId: 'c1' }));
    const offered = loggedTurn('e1', 'mijn viervoeter aanmelden', 'abstained', 'abstain:suggested');
    const chosen = { ...loggedTurn('e2', 'Hondenbelasting', 'answered', 'answer:chosen'), articleId: 'hondenbelasting' };
    // Words as their own terms: the clustering itself is tested with the knowledge index's weights.
    const words = (text: string) =>
      new Map(
        text
          .toLowerCase()
          .split(/\s+/)
          .map((word) => [word, 1]),
      );

    it('is kept with the question, and counted per cluster by citizens', () => {
      const elsewhere = [
        { ...loggedTurn('e3', 'mijn viervoeter aanmelden', 'abstained', 'abstain:suggested'), conversationId: 'c2' },
        { ...loggedTurn('e4', 'Hondenbelasting', 'answered', 'answer:chosen'), conversationId: 'c2', articleId: 'hondenbelasting' },
      ];
      const items = reviewItems([...inConversation(offered, chosen), ...elsewhere]);
      expect(items.map((item) => item.chosenArticleId)).toEqual(['hondenbelasting', 'hondenbelasting']);
      const [cluster] = reviewClusters(items, [], words);
      expect(cluster?.chosen).toEqual([{ articleId: 'hondenbelasting', citizens: 2 }]);
    });

    it('only right after the offer: not after another question, nor when the citizen rated it unhelpful', () => {
      const other = loggedTurn('e2', 'hoe laat is het stadhuis open', 'answered', 'answer');
      const later = { ...loggedTurn('e3', 'Hondenbelasting', 'answered', 'answer:chosen'), articleId: 'hondenbelasting' };
      expect(reviewItems(inConversation(offered, other, later))[0]?.chosenArticleId).toBeUndefined();
      const rating = {
        ...loggedTurn('e3', '', 'feedback', 'feedback:not-helpful'),
        kind: 'feedback' as const,
        articleId: 'hondenbelasting',
        feedback: { helpful: false },
      };
      const [item] = reviewItems(inConversation(offered, chosen, rating));
      expect(item?.text).toBe('mijn viervoeter aanmelden');
      expect(item?.chosenArticleId).toBeUndefined();
    });
  });
});
