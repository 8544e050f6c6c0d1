/**
 * Where a certification applies and which services the described certification covers. Contracts:
 * APPLIES_IN is read from an "applies in" cue (the jurisdictions after it) or, in the first sentence
 * of the overview, from the first jurisdiction named; it starts at the first certification named
 * before the cue, else at `scheme`. COVERS comes from service models next to a service name, or from
 * an in-scope list item, and always starts at the described certification.
 */
import { APPLIES_CUE } from './cues.ts';
import type { FactSink, Unit } from './fact-sink.ts';
import { entityId, toSlug } from './ids.ts';
import type { Candidate, Matcher, Mention } from './matcher.ts';
import { SERVICE_MODEL, splitScopeItem } from './scope.ts';
import type { PropertyValue } from './types.ts';

export function applies(
  text: string,
  mentions: Mention[],
  u: Unit,
  sink: FactSink,
  scheme: Candidate,
  firstOfOverview: boolean,
) {
  const juris = mentions
    .map((m) => m.candidates.find((c) => c.kind === 'Jurisdiction'))
    .filter((c): c is Candidate => !!c);
  if (juris.length === 0) return;
  APPLIES_CUE.lastIndex = 0;
  const cue = APPLIES_CUE.exec(text);
  if (!cue && !firstOfOverview) return;
  const limit = cue ? cue.index : text.length;
  const cert =
    mentions
      .filter((m) => m.end <= limit)
      .map((m) => m.candidates.find((c) => c.kind === 'Certification'))
      .find((c) => !!c) ?? scheme;
  const targets = cue
    ? mentions
        .filter((m) => m.start >= cue.index)
        .map((m) => m.candidates.find((c) => c.kind === 'Jurisdiction'))
        .filter((c): c is Candidate => !!c)
    : juris.slice(0, 1);
  for (const j of targets) {
    sink.node(j);
    sink.node(cert);
    sink.rel('APPLIES_IN', cert.id, j.id, u, text);
  }
}

export function coversFromModels(text: string, mentions: Mention[], u: Unit, sink: FactSink, described: Candidate) {
  const services = mentions.filter((m) => m.candidates.some((c) => c.kind === 'Service'));
  if (services.length === 0) return;
  const models = [...text.matchAll(SERVICE_MODEL)];
  if (models.length === 0) return;
  const byService = new Map<string, string[]>();
  for (const m of models) {
    const owner = [...services].reverse().find((s) => s.end <= (m.index ?? 0));
    if (!owner) continue;
    const svc = owner.candidates.find((c) => c.kind === 'Service') as Candidate;
    byService.set(svc.id, [...(byService.get(svc.id) ?? []), m[1] as string]);
  }
  for (const [id, list] of byService) {
    const svc = services.flatMap((s) => s.candidates).find((c) => c.id === id) as Candidate;
    sink.node(svc);
    sink.rel('COVERS', described.id, id, u, text, { serviceModels: [...new Set(list)] });
  }
}

export function coversFromItem(u: Unit, matcher: Matcher, sink: FactSink, described: Candidate, lang: string) {
  const item = splitScopeItem(u.raw);
  const props: Record<string, PropertyValue> = item.models.length ? { serviceModels: item.models } : {};
  const found = matcher.find(u.raw).flatMap((m) => m.candidates.filter((c) => c.kind === 'Service').slice(0, 1));
  if (found.length > 0) {
    for (const svc of found) {
      sink.node(svc);
      sink.rel('COVERS', described.id, svc.id, u, u.raw, props);
    }
    return;
  }
  for (const name of item.names) {
    const svc: Candidate = { id: entityId('Service', toSlug(name)), kind: 'Service', name, discovered: true };
    sink.node(svc).properties.names = { [lang]: name };
    sink.rel('COVERS', described.id, svc.id, u, u.raw, props);
    if (!sink.candidates.includes(name)) sink.candidates.push(name);
  }
}
