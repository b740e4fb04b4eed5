import { Article } from '../../knowledge/articles/article';
import { titleCases } from '../../evals/titleCases';

const article = (id: string, title: string) => ({ id, title }) as Article;

describe('title cases (npm run eval -- --titles TEMPLATE)', () => {
  it('puts each title, in lower case and without its question mark, into the template and expects its article', () => {
    expect(titleCases([article('digid-aanvragen', 'DigiD aanvragen'), article('wat-is-digid', 'Wat is DigiD?')], 'info over {title}?')).toEqual([
      { id: 'title-digid-aanvragen', q: 'info over digid aanvragen?', expect: { article: 'digid-aanvragen' } },
      { id: 'title-wat-is-digid', q: 'info over wat is digid?', expect: { article: 'wat-is-digid' } },
    ]);
  });

  it('refuses a template without the title slot', () => {
    expect(() => titleCases([article('a', 'A')], 'info over')).toThrow('{title}');
  });
});
