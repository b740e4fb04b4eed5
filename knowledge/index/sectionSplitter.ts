import { RecursiveCharacterTextSplitter, TextSplitter, TextSplitterParams } from '@langchain/textsplitters';

/**
 * Splits an article body at its `##` headings and keeps every section whole,
 * so a passage is a unit an editor wrote and Loket can show on its own. Only a
 * section longer than `chunkSize` is cut further, at paragraph and sentence
 * boundaries, each piece keeping the section heading.
 */
export class SectionSplitter extends TextSplitter {
  static override lc_name(): string {
    return 'SectionSplitter';
  }

  private readonly fallback: RecursiveCharacterTextSplitter;

  constructor(fields: Partial<TextSplitterParams> = {}) {
    super({ chunkSize: 2400, chunkOverlap: 0, ...fields });
    this.fallback = new RecursiveCharacterTextSplitter({
      chunkSize: this.chunkSize,
      chunkOverlap: this.chunkOverlap,
      separators: ['\n\n', '\n', '. ', ' '],
    });
  }

  async splitText(text: string): Promise<string[]> {
    const pieces: string[] = [];
    for (const section of text.split(/\n(?=## )/)) {
      const trimmed = section.trim();
      if (!trimmed) continue;
      if (trimmed.length <= this.chunkSize) {
        pieces.push(trimmed);
        continue;
      }
      const heading = /^## .*$/m.exec(trimmed)?.[0];
      const parts = await this.fallback.splitText(heading ? trimmed.slice(heading.length).trim() : trimmed);
      pieces.push(...parts.map((part) => (heading ? `${heading}\n${part}` : part)));
    }
    return pieces;
  }
}
