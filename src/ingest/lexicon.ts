/**
 * The curated lexicon: YAML files of authorities, standards, certifications, services and
 * jurisdictions. Loaded and validated up front; a malformed entry is a LexiconError naming the file
 * and line. Contract: loadLexicon either returns a fully valid lexicon or throws.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { entityId } from './ids.ts';
import { SUPPORTED_LANGS } from './locale.ts';
import { AUTHORITY_KINDS, CERTIFICATION_TYPES, type EntityKind } from './types.ts';

export class LexiconError extends Error {
  override name = 'LexiconError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

export interface LexiconEntry {
  kind: EntityKind;
  /** Full id (`authority:jasa`). */
  id: string;
  name: string;
  acronym: string | null;
  designation: string | null;
  title: string | null;
  type: string | null;
  authorityKind: string | null;
  jurisdiction: string | null;
  names: Record<string, string>;
  aliases: string[];
  domains: string[];
  establishedBy: string[];
  publishes: string[];
  basedOn: string[];
  publishedBy: string[];
  partOf: string | null;
  articles: string[];
  /** Where the entry is, and its source lines (quotes for curated facts come from them). */
  file: string;
  line: number;
  lines: string[];
}

export interface Lexicon {
  entries: LexiconEntry[];
  byId: Map<string, LexiconEntry>;
  files: Array<{ file: string; rel: string; hash: string; text: string }>;
  hash: string;
}

const SECTIONS: Record<string, EntityKind> = {
  authorities: 'Authority',
  standards: 'Standard',
  certifications: 'Certification',
  services: 'Service',
  jurisdictions: 'Jurisdiction',
};
const FIELDS = new Set([
  'id',
  'name',
  'acronym',
  'designation',
  'title',
  'type',
  'kind',
  'jurisdiction',
  'names',
  'aliases',
  'domains',
  'establishedBy',
  'publishes',
  'basedOn',
  'publishedBy',
  'partOf',
  'articles',
  'notes',
]);
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function lexiconFiles(dirs: string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(dir);
    } catch {
      continue;
    }
    if (st.isFile()) out.push(dir);
    else for (const f of readdirSync(dir).sort()) if (/\.ya?ml$/i.test(f)) out.push(path.join(dir, f));
  }
  return out;
}

export function loadLexicon(dirs: string[], rootDir: string): Lexicon {
  const entries: LexiconEntry[] = [];
  const files: Lexicon['files'] = [];
  const pending: Array<{ entry: LexiconEntry; refs: Array<[string, EntityKind | null, number]> }> = [];
  for (const file of lexiconFiles(dirs)) {
    const rel = path.relative(rootDir, file).split(path.sep).join('/');
    const text = readFileSync(file, 'utf8');
    files.push({ file, rel, text, hash: createHash('sha256').update(text).digest('hex') });
    const srcLines = text.split('\n');
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, strict: true });
    const err = doc.errors[0];
    if (err) throw new LexiconError(rel, err.linePos?.[0]?.line, err.message.split('\n')[0] ?? 'YAML error');
    if (doc.contents === null) continue;
    if (!isMap(doc.contents))
      throw new LexiconError(
        rel,
        1,
        'expected a mapping with authorities/standards/certifications/services/jurisdictions',
      );
    for (const pair of (doc.contents as YAMLMap).items) {
      const section = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const kind = SECTIONS[section];
      const sectionLine = lc.linePos((pair.key as { range?: number[] })?.range?.[0] ?? 0).line;
      if (!kind)
        throw new LexiconError(
          rel,
          sectionLine,
          `unknown section "${section}" (expected ${Object.keys(SECTIONS).join(', ')})`,
        );
      if (pair.value === null) continue;
      if (!isSeq(pair.value)) throw new LexiconError(rel, sectionLine, `"${section}" must be a list of entries`);
      for (const item of pair.value.items) {
        const range = (item as { range?: number[] }).range ?? [0, 0];
        const line = lc.linePos(range[0] ?? 0).line;
        const endLine = lc.linePos(range[1] ?? 0).line;
        const fail = (msg: string): never => {
          throw new LexiconError(rel, line, msg);
        };
        if (!isMap(item)) fail(`each ${section} entry must be a mapping`);
        const raw = (item as YAMLMap).toJSON() as Record<string, unknown>;
        for (const key of Object.keys(raw)) if (!FIELDS.has(key)) fail(`unknown field "${key}"`);
        const s = (k: string, required = false): string | null => {
          const v = raw[k];
          if (v === undefined || v === null) return required ? fail(`missing "${k}"`) : null;
          if (typeof v !== 'string' || v.trim() === '') return fail(`"${k}" must be a non-empty string`);
          return v.trim();
        };
        const list = (k: string): string[] => {
          const v = raw[k];
          if (v === undefined || v === null) return [];
          if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === ''))
            return fail(`"${k}" must be a list of strings`);
          return v.map((x: string) => x.trim());
        };
        const slug = s('id', true) as string;
        if (!ID_RE.test(slug)) fail(`id "${slug}" must be lower-case kebab-case`);
        const names: Record<string, string> = {};
        if (raw.names !== undefined && raw.names !== null) {
          if (typeof raw.names !== 'object' || Array.isArray(raw.names)) fail('"names" must map locales to names');
          for (const [l, n] of Object.entries(raw.names as Record<string, unknown>)) {
            if (!(SUPPORTED_LANGS as readonly string[]).includes(l))
              fail(`"names" has unknown locale "${l}" (use ${SUPPORTED_LANGS.join(', ')})`);
            if (typeof n !== 'string' || n.trim() === '') fail(`"names.${l}" must be a non-empty string`);
            names[l] = (n as string).trim();
          }
        }
        const type = s('type');
        const kindValue = s('kind');
        if (kind === 'Certification' && type && !(CERTIFICATION_TYPES as readonly string[]).includes(type))
          fail(`type "${type}" must be one of ${CERTIFICATION_TYPES.join(', ')}`);
        if (kind === 'Authority' && !kindValue) fail('missing "kind"');
        if (kind === 'Authority' && kindValue && !(AUTHORITY_KINDS as readonly string[]).includes(kindValue))
          fail(`kind "${kindValue}" must be one of ${AUTHORITY_KINDS.join(', ')}`);
        const entry: LexiconEntry = {
          kind,
          id: entityId(kind, slug),
          name: s('name', true) as string,
          acronym: s('acronym'),
          designation: s('designation'),
          title: s('title'),
          type: kind === 'Certification' ? (type ?? 'certification') : null,
          authorityKind: kind === 'Authority' ? kindValue : null,
          jurisdiction: s('jurisdiction'),
          names,
          aliases: list('aliases'),
          domains: list('domains').map((d) => d.toLowerCase()),
          establishedBy: list('establishedBy').map((x) => entityId('Authority', x)),
          publishes: list('publishes'),
          basedOn: list('basedOn').map((x) => (x.includes(':') ? x : entityId('Standard', x))),
          publishedBy: list('publishedBy').map((x) => entityId('Authority', x)),
          partOf: s('partOf') ? entityId('Certification', s('partOf') as string) : null,
          articles: list('articles'),
          file: rel,
          line,
          lines: srcLines.slice(line - 1, Math.max(line, endLine)),
        };
        if (entries.some((e) => e.id === entry.id)) fail(`duplicate id "${slug}" among ${section}`);
        entries.push(entry);
        const refs: Array<[string, EntityKind | null, number]> = [];
        for (const r of entry.establishedBy) refs.push([r, 'Authority', line]);
        for (const r of entry.publishedBy) refs.push([r, 'Authority', line]);
        for (const r of entry.basedOn) refs.push([r, null, line]);
        for (const r of entry.publishes) refs.push([r, null, line]);
        if (entry.partOf) refs.push([entry.partOf, 'Certification', line]);
        if (entry.jurisdiction) refs.push([entityId('Jurisdiction', entry.jurisdiction), 'Jurisdiction', line]);
        pending.push({ entry, refs });
      }
    }
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const { entry, refs } of pending) {
    for (const [ref, kind, line] of refs) {
      const target = byId.get(ref);
      if (!target)
        throw new LexiconError(
          entry.file,
          line,
          `"${entry.id}" refers to unknown ${kind?.toLowerCase() ?? 'entry'} "${ref}"`,
        );
      if (kind && target.kind !== kind)
        throw new LexiconError(entry.file, line, `"${entry.id}" refers to "${ref}", which is not a ${kind}`);
    }
  }
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.rel}\0${f.hash}\0`);
  return { entries, byId, files, hash: hash.digest('hex') };
}
