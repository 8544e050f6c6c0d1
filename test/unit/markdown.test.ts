import { describe, expect, it } from 'vitest';
import { extractLinks, parseHeading, parseMarkdown, stripInline } from '../../src/ingest/markdown.ts';

const doc = `# <a name="cs-gold"></a>CS ゴールド マーク

## <a name="cs-gold-mark-overview"></a>概要

最初の段落です。 二文目です。
続きの行。

- [Azure](https://example.com/azure)
- Intune
  続き
> [!NOTE]
> 注意書きです。

\`\`\`
# not a heading
\`\`\`
## Plain heading
Text.
`;

describe('parseMarkdown', () => {
  const md = parseMarkdown(doc, 10);

  it('reads the H1 with its anchor and line', () => {
    expect(md.h1).toEqual({ anchor: 'cs-gold', text: 'CS ゴールド マーク', line: 10 });
  });

  it('keys sections by anchor, slugging headings without one', () => {
    expect(md.sections.map((s) => s.anchor)).toEqual(['cs-gold-mark-overview', 'plain-heading']);
  });

  it('splits paragraphs, items and notes; raw text is a substring of the source', () => {
    const blocks = md.sections[0]?.blocks ?? [];
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'item', 'item', 'note']);
    for (const b of blocks) expect(doc.includes(b.raw)).toBe(true);
    expect(blocks[2]?.raw).toBe('Intune\n  続き');
    expect(blocks[3]?.alert).toBe('NOTE');
    expect(blocks[0]?.line).toBe(14);
  });

  it('skips fenced code', () => {
    expect(md.sections.some((s) => s.heading === 'not a heading')).toBe(false);
  });
});

describe('inline helpers', () => {
  it('strips inline markup', () => {
    expect(stripInline('**Bold** and [link](x.md) and `code`')).toBe('Bold and link and code');
  });
  it('extracts links', () => {
    expect(extractLinks('see [ISMAP](offering-ismap.md) and [site](https://www.jasa.jp/ "t")')).toEqual([
      { text: 'ISMAP', href: 'offering-ismap.md' },
      { text: 'site', href: 'https://www.jasa.jp/' },
    ]);
  });
  it('parses heading anchors in both syntaxes', () => {
    expect(parseHeading('<a name="x"></a>Title')).toEqual({ anchor: 'x', text: 'Title' });
    expect(parseHeading('Title {#y}')).toEqual({ anchor: 'y', text: 'Title' });
  });
});
