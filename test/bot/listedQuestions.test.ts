import { loadArticles } from '../../knowledge/articles/loadArticles';
import { LoketBot } from '../../bot/loketBot';
import { demoBot, loketData, TestConversation } from '../support/conversation';
import { DEMO_CONTENT } from '../support/paths';

/** A crisis reply is the answer to the questions of the article on that crisis. */
const CRISIS_ARTICLES: Record<string, string> = {
  'crisis:suicide': 'crisis-zelfmoordpreventie',
  'crisis:abuse': 'huiselijk-geweld-veilig-thuis',
  'crisis:emergency': 'noodsituatie-112',
};

/**
 * Listed questions that get another reply on purpose, each for a reason the
 * product puts first. A crisis word, or a slip one letter from one, gets the
 * crisis reply ("gevonde" is a slip of "gevonden" or of "gewonde"; "subcidie"
 * of "subsidie" or of "suicide"). A question that asks for a person gets the
 * way to one. A request to erase one's data gets the erasure notice.
 */
const ON_PURPOSE = [
  // Safety first.
  'cameratoezicht: "Hoe kan ik camerabeelden opvragen na een vechtpartij in het centrum?" → crisis crisis:emergency',
  'dier-gevonden-vermist: "Wie helpt een gewond dier?" → crisis crisis:emergency',
  'dier-gevonden-vermist: "hond gevonde op straat" → crisis crisis:emergency',
  'dier-gevonden-vermist: "There is an injured cat on the road, who do I call?" → crisis crisis:emergency',
  'dier-gevonden-vermist: "Er zit een gewonde zwaan langs de vaart, mag ik die zomaar oppakken of wie moet ik verwittigen?" → crisis crisis:emergency',
  'gevonden-voorwerpen: "oortjes kwijt geraakt in de stad iemand gevonde" → crisis crisis:emergency',
  'subsidie-aanvragen-verenigingen: "subcidie voor onze club" → crisis crisis:suicide',
  'urgentie-woning: "voorrang op een huurwoning na huiselijk geweld" → crisis crisis:abuse',
  // Asks for a person.
  'contact-openingstijden: "Wanneer kan ik chatten met een medewerker van de gemeente?" → handover handover:unavailable',
  'contact-openingstijden: "ik hang al een half uur in de wacht bij de gemeente, is er geen andere manier om iemand te spreken" → handover handover:unavailable',
  'jeugdhulp: "Ik ben 16 en wil met iemand praten over problemen thuis, mag ik zelf bellen?" → handover handover:unavailable',
  'klacht-indienen: "Ik ben drie keer beloofd dat iemand me zou terugbellen over mijn aanvraag, maar er belt nooit iemand. Waar kan ik mijn beklag doen?" → handover handover:unavailable',
];

/**
 * An author who lists a question under an article expects a citizen who asks
 * it word for word to get that article (or to be offered it among equals).
 */
describe('every question an article of the demo knowledge base lists (through the adapter)', () => {
  let bot: LoketBot;
  beforeAll(async () => {
    bot = await demoBot();
  });

  it('is answered from that article, or offers it when another article lists it too, except those that get another reply on purpose', async () => {
    const articles = await loadArticles(DEMO_CONTENT);
    const missed: string[] = [];
    let asked = 0;
    for (const article of articles) {
      for (const question of article.questions) {
        asked += 1;
        const replies = await new TestConversation(bot).say(question);
        const outcomes = replies.map(loketData);
        const found = outcomes.some(
          (data) =>
            data.articleId === article.id ||
            (data.kind === 'clarify' && data.options?.includes(article.id)) ||
            (data.kind === 'crisis' && CRISIS_ARTICLES[data.reason ?? ''] === article.id),
        );
        if (!found)
          missed.push(
            `${article.id}: "${question}" → ${outcomes.map((data) => `${data.kind} ${data.articleId ?? data.options?.join('/') ?? data.reason ?? ''}`).join(', ')}`,
          );
      }
    }
    expect(asked).toBeGreaterThan(3000);
    expect([...missed].sort()).toEqual([...ON_PURPOSE].sort());
  }, 120_000);

  it('asked right after an answer about another article, is not answered from that other article', async () => {
    const articles = await loadArticles(DEMO_CONTENT);
    const hijacked: string[] = [];
    for (const [index, article] of articles.entries()) {
      const before = articles[(index + 1) % articles.length];
      const opener = before?.questions[0];
      if (!before || !opener) continue;
      for (const question of article.questions) {
        const conversation = new TestConversation(bot);
        const [first] = await conversation.say(opener);
        if (loketData(first).articleId !== before.id) continue;
        const data = loketData((await conversation.say(question))[0]);
        if (data.kind === 'answer' && data.articleId === before.id) hijacked.push(`${before.id} → ${article.id}: "${question}"`);
      }
    }
    expect(hijacked).toEqual([]);
  }, 120_000);
});
