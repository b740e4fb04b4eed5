import { join } from 'node:path';
import { loadArticles } from '../../knowledge/articles/loadArticles';
import { ArticleFormatError, parseArticle, splitBody } from '../../knowledge/articles/parseArticle';
import { FIXTURES } from '../support/paths';

const VALID = `---
id: voorbeeld
title: Voorbeeld
questions: [Hoe werkt het?, How does it work?]
tags: [algemeen]
url: https://example.org/voorbeeld
lang: nl
updated: 2026-10-01
owner: Team Test
summary_en: An example.
---

De kern van het antwoord.

## Zo regelt u het

1. Stap een.

## Kosten

Gratis.
`;

describe('article format', () => {
  it('reads front matter, lead and sections', () => {
    const article = parseArticle(VALID, 'demo', 'voorbeeld.md');
    expect(article).toMatchObject({ id: 'voorbeeld', collection: 'demo', updated: '2026-10-01', summaryEn: 'An example.', lead: 'De kern van het antwoord.' });
    expect(article.sections).toEqual([
      { heading: 'Zo regelt u het', text: '1. Stap een.' },
      { heading: 'Kosten', text: 'Gratis.' },
    ]);
  });

  it('names the file and every broken field', () => {
    const broken = VALID.replace('url: https://example.org/voorbeeld', 'url: geen-url').replace('owner: Team Test\n', '');
    expect(() => parseArticle(broken, 'demo', 'kapot.md')).toThrow(ArticleFormatError);
    expect(() => parseArticle(broken, 'demo', 'kapot.md')).toThrow(/kapot\.md: url: .*; owner: /);
  });

  it('requires a lead paragraph before the first section', () => {
    expect(() => parseArticle(VALID.replace('De kern van het antwoord.\n', ''), 'demo', 'x.md')).toThrow(/lead paragraph/);
  });

  it('splits a body at level-2 headings only', () => {
    expect(splitBody('Lead.\n\n## A\n\ntekst\n\n### Sub\n\nmeer\n\n## B\nb')).toEqual({
      lead: 'Lead.',
      sections: [
        { heading: 'A', text: 'tekst\n\n### Sub\n\nmeer' },
        { heading: 'B', text: 'b' },
      ],
    });
  });

  it('loads a collection folder and checks that ids match file names', async () => {
    const articles = await loadArticles(join(FIXTURES, 'knowledge', 'demo'), 'demo');
    expect(articles.map((article) => article.id)).toEqual(['afvalkalender', 'hondenbelasting', 'paspoortaanvraag', 'schuldhulp']);
  });
});
