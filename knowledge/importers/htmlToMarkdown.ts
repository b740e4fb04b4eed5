import TurndownService from 'turndown';

/**
 * Converts government HTML to clean Markdown: links kept as `[text](url)`,
 * lists kept, emphasis and layout markup dropped. Headings inside a paragraph
 * become `###` so they stay inside the section they belong to (the section
 * splitter cuts at `##`). Tables become one bullet per row.
 */
export function createHtmlToMarkdown(): (html: string) => string {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
  service.addRule('headingsStayInSection', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content) => `\n\n### ${content.trim()}\n\n`,
  });
  service.addRule('plainEmphasis', {
    filter: ['strong', 'b', 'em', 'i', 'span', 'sup', 'sub'],
    replacement: (content) => content,
  });
  service.addRule('tableRows', {
    filter: 'tr',
    replacement: (content) => `\n- ${content.replace(/\s*\|\s*$/, '').trim()}`,
  });
  service.addRule('tableCells', {
    filter: ['td', 'th'],
    replacement: (content) => `${content.trim()} | `,
  });
  service.addRule('tableCaption', {
    filter: 'caption',
    replacement: (content) => `\n\n${content.trim()}\n`,
  });
  service.remove(['script', 'style', 'img', 'iframe']);
  return (html: string) => tidy(service.turndown(html));
}

function tidy(markdown: string): string {
  return (
    markdown
      .replace(/\u00a0/g, ' ')
      .replace(/[ \t]+\n/g, '\n')
      // Turndown pads list markers ("-   item"); one space reads better and is what authors write.
      .replace(/^(\s*)(-|\d+\.)[ ]{2,}/gm, '$1$2 ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
