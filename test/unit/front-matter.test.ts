import { describe, expect, it } from 'vitest';
import { InputError, parseYaml, readFrontMatter } from '../../src/ingest/front-matter.ts';

describe('readFrontMatter', () => {
  it('reads YAML front matter and reports the body line', () => {
    const fm = readFrontMatter('---\ntitle: Hello\nms.contentlocale: ja-JP\n---\n# H1\n');
    expect(fm.data).toEqual({ title: 'Hello', 'ms.contentlocale': 'ja-JP' });
    expect(fm.body).toBe('# H1\n');
    expect(fm.bodyLine).toBe(5);
  });

  it('returns the whole text as body when there is no front matter', () => {
    expect(readFrontMatter('# Title\n').data).toEqual({});
  });

  for (const lang of ['js', 'javascript', 'JS', 'Javascript', 'coffee', 'json']) {
    it(`rejects ---${lang} front matter without running it`, () => {
      (globalThis as Record<string, unknown>).__cgRan = false;
      const src = `---${lang}\n{ title: (globalThis.__cgRan = true, 'x') }\n---\n# T\n`;
      expect(() => readFrontMatter(src)).toThrow(InputError);
      expect(() => readFrontMatter(src)).toThrow(/not allowed/);
      expect((globalThis as Record<string, unknown>).__cgRan).toBe(false);
    });
  }

  it('rejects unclosed front matter with a line', () => {
    try {
      readFrontMatter('---\ntitle: x\n# body\n');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).line).toBe(1);
    }
  });

  it('reports YAML errors with the source line', () => {
    try {
      readFrontMatter('---\ntitle: ok\nbad: [unclosed\n---\n# T\n');
      expect.unreachable();
    } catch (err) {
      expect((err as InputError).message).toMatch(/YAML/);
      expect((err as InputError).line).toBeGreaterThanOrEqual(2);
    }
  });

  it('rejects YAML alias bombs', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    ].join('\n');
    expect(() => parseYaml(bomb)).toThrow(InputError);
  });

  it('keeps __proto__ keys as data and leaves Object.prototype alone', () => {
    const v = parseYaml('__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted2: yes\n') as object;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted2).toBeUndefined();
    expect(Object.keys(v)).toContain('constructor');
  });

  it('rejects deeply nested YAML', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(() => parseYaml(`a: ${deep}`)).toThrow(InputError);
  });

  it('rejects front matter that is not a mapping', () => {
    expect(() => readFrontMatter('---\n- a\n- b\n---\n# T\n')).toThrow(/mapping/);
  });
});
