import { SectionSplitter } from '../../knowledge/index/sectionSplitter';

describe('section splitter', () => {
  it('keeps every section whole, heading included', async () => {
    const body = '## Zo regelt u het\n1. Maak een afspraak.\n2. Kom langs.\n\n## Kosten\nGratis.';
    expect(await new SectionSplitter().splitText(body)).toEqual(['## Zo regelt u het\n1. Maak een afspraak.\n2. Kom langs.', '## Kosten\nGratis.']);
  });

  it('cuts only an oversized section, at paragraph boundaries, repeating its heading', async () => {
    const long = Array.from({ length: 6 }, (_, index) => `Alinea ${index} ${'woord '.repeat(15)}`).join('\n\n');
    const pieces = await new SectionSplitter({ chunkSize: 200 }).splitText(`## Lang\n${long}\n\n## Kort\nKlein.`);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.slice(0, -1).every((piece) => piece.startsWith('## Lang\n'))).toBe(true);
    expect(pieces.at(-1)).toBe('## Kort\nKlein.');
  });

  it('turns documents into section documents with LangChain metadata', async () => {
    const documents = await new SectionSplitter().createDocuments(['## A\na\n\n## B\nb'], [{ articleId: 'x' }]);
    expect(documents.map((document) => [document.pageContent, document.metadata.articleId])).toEqual([
      ['## A\na', 'x'],
      ['## B\nb', 'x'],
    ]);
  });
});
