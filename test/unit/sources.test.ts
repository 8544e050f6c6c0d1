import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dryRun } from '../../seed/run.ts';
import { ROOT } from '../helpers/extract.ts';

const ok = (title: string) =>
  `---\ntitle: ${title}\nms.contentlocale: en-US\n---\n# ${title}\n\nThe scheme is based on ISO/IEC 27001.\n`;

let dir: string;
let result: ReturnType<typeof dryRun>;
const reasonFor = (file: string) => result.report.rejected.find((r) => r.file.endsWith(file));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cg-sources-'));
  const c = path.join(dir, 'content');
  mkdirSync(path.join(c, 'en-us', 'includes'), { recursive: true });
  mkdirSync(path.join(c, 'shared'), { recursive: true });
  const w = (rel: string, data: string | Buffer) => writeFileSync(path.join(c, rel), data);
  w(
    'en-us/offering-good.md',
    `${ok('Good Offering')}\n[!INCLUDE [note](includes/note.md)]\n[!INCLUDE [other](../shared/other.md)]\n[!INCLUDE [gone](includes/missing.md)]\n`,
  );
  w(
    'en-us/includes/note.md',
    'The Good Offering is operated by the Japan Information Security Audit Association (JASA).\n',
  );
  w('shared/other.md', 'This fragment is only included.\n');
  w('en-us/offering-js.md', "---js\n{ title: require('child_process').execSync('touch /tmp/cg-pwned') }\n---\n# T\n");
  w('en-us/offering-javascript.md', '---javascript\n{ title: "x" }\n---\n# T\n');
  w('en-us/offering-empty.md', '');
  w('en-us/offering-binary.md', Buffer.from([0x23, 0x20, 0x54, 0x00, 0x01, 0x02]));
  w('en-us/offering-latin1.md', Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]));
  w('en-us/offering-big.md', `# Big\n\n${'x'.repeat(1024 * 1024 + 10)}\n`);
  w('en-us/offering-notitle.md', 'Just a paragraph without a heading.\n');
  w('en-us/offering-badyaml.md', '---\ntitle: [unclosed\n---\n# T\n');
  w('en-us/offering-unclosed.md', '---\ntitle: x\n# T\n');
  w('en-us/offering-escape.md', `${ok('Escape')}\n[!INCLUDE [x](../../../etc/passwd)]\n`);
  w('en-us/offering-cycle-a.md', `${ok('Cycle A')}\n[!INCLUDE [b](cycle-b.md)]\n`);
  w('en-us/cycle-b.md', '[!INCLUDE [a](cycle-c.md)]\n');
  w('en-us/cycle-c.md', '[!INCLUDE [b](cycle-b.md)]\n');
  w('en-us/offering-self.md', `${ok('Self')}\n[!INCLUDE [me](offering-self.md)]\n`);
  w('en-us/offering-badescape.md', `${ok('Bad Escape')}\n[!INCLUDE [x](%E0%A4%A.md)]\n`);
  symlinkSync(path.join(c, 'en-us'), path.join(c, 'en-us', 'loop'));
  result = dryRun({ rootDir: ROOT, contentDirs: [c], lexiconDirs: ['content/lexicon'] });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading content directories', () => {
  it('accepts the good article, with includes expanded and a missing include as a warning', () => {
    const facts = result.document.relationships.filter((r) =>
      r.evidence.some((e) => e.article === 'en-us/offering-good.md'),
    );
    expect(facts.some((r) => r.type === 'ACCREDITS' && r.start === 'authority:jasa')).toBe(true);
    expect(result.report.warnings.some((w) => /missing\.md/.test(w.message))).toBe(true);
  });

  it('treats include targets and includes/ folders as fragments, not articles', () => {
    expect(result.report.fragments).toBeGreaterThanOrEqual(2);
    expect(reasonFor('shared/other.md')).toBeUndefined();
    expect(reasonFor('includes/note.md')).toBeUndefined();
  });

  it.each([
    ['offering-js.md', /front matter language "js" is not allowed/],
    ['offering-javascript.md', /front matter language "javascript" is not allowed/],
    ['offering-empty.md', /empty/],
    ['offering-binary.md', /binary/],
    ['offering-latin1.md', /not valid UTF-8/],
    ['offering-big.md', /over the .*limit/],
    ['offering-notitle.md', /no title/],
    ['offering-badyaml.md', /YAML/],
    ['offering-unclosed.md', /not closed/],
    ['offering-escape.md', /outside the content root/],
    ['offering-cycle-a.md', /INCLUDE cycle/],
    // Every file of a cycle is an INCLUDE target (a fragment), yet it is reported, not dropped silently.
    ['offering-self.md', /INCLUDE cycle: en-us\/offering-self.md → en-us\/offering-self.md/],
    ['en-us/cycle-b.md', /INCLUDE cycle: en-us\/cycle-b.md → en-us\/cycle-c.md → en-us\/cycle-b.md/],
    ['offering-badescape.md', /INCLUDE "%E0%A4%A.md" has malformed %-encoding/],
  ])('rejects %s with a clear reason naming the file', (file, reason) => {
    const r = reasonFor(file);
    expect(r, `${file} should be rejected`).toBeDefined();
    expect(r?.reason).toMatch(reason);
    expect(r?.file).toContain(file);
  });

  it('gives line numbers where it can', () => {
    expect(reasonFor('offering-escape.md')?.line).toBe(9);
    expect(reasonFor('offering-latin1.md')?.line).toBe(3);
  });

  it('never runs front-matter code', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync('/tmp/cg-pwned')).toBe(false);
  });

  it('reports symbolic-link loops instead of following them', () => {
    expect(result.report.rejected.some((r) => /loop/.test(r.reason))).toBe(true);
  });
});
