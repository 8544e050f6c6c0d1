/**
 * Front matter through gray-matter, YAML only. No JavaScript (or any other) engine ever runs:
 * a `---js`, `---javascript`, `---coffee`… block is rejected before gray-matter sees it, and the
 * engines gray-matter would use for them are replaced by ones that refuse.
 */
import matter from 'gray-matter';
import { parseDocument } from 'yaml';

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the source on which `body` starts. */
  bodyLine: number;
}

const MAX_DEPTH = 32;
const refuse = (name: string) => () => {
  throw new InputError(`front matter language "${name}" is not allowed; only YAML is read`);
};

/** Parses YAML safely: no alias expansion beyond a small budget, no custom tags, bounded depth. */
export function parseYaml(text: string, lineOffset = 0): unknown {
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { uniqueKeys: true, merge: false, prettyErrors: true, strict: true });
  } catch (err) {
    throw new InputError(`YAML could not be read: ${(err as Error).message}`);
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new InputError(
      `YAML error: ${first.message.split('\n')[0]}`,
      line === undefined ? undefined : line + lineOffset,
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    const msg = err instanceof RangeError ? 'YAML is nested too deeply' : (err as Error).message;
    throw new InputError(`YAML rejected: ${msg}`);
  }
  assertDepth(value, MAX_DEPTH);
  return value;
}

function assertDepth(value: unknown, max: number): void {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (d > max) throw new InputError(`YAML is nested deeper than ${max} levels`);
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
}

export function readFrontMatter(source: string): FrontMatter {
  const open = /^---([^\r\n]*)\r?\n/.exec(source);
  if (!open) return { data: {}, body: source, bodyLine: 1 };
  const lang = (open[1] ?? '').trim();
  if (lang !== '' && !/^ya?ml$/i.test(lang)) {
    throw new InputError(`front matter language "${lang}" is not allowed; only YAML is read`, 1);
  }
  const rest = source.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) throw new InputError('front matter is not closed by a "---" line', 1);
  const yamlText = rest.slice(0, close.index);
  let data: unknown = {};
  const file = matter(source, {
    language: 'yaml',
    engines: {
      yaml: (text: string) => {
        data = parseYaml(text, 1) ?? {};
        return data as object;
      },
      js: refuse('js'),
      javascript: refuse('javascript'),
      coffee: refuse('coffee'),
      json: refuse('json'),
      toml: refuse('toml'),
    } as never,
  });
  if (yamlText.trim() !== '' && (typeof data !== 'object' || data === null || Array.isArray(data))) {
    throw new InputError('front matter must be a YAML mapping of keys to values', 2);
  }
  const consumed = source.length - file.content.length;
  const bodyLine = source.slice(0, consumed).split('\n').length;
  return { data: (data ?? {}) as Record<string, unknown>, body: file.content, bodyLine };
}
