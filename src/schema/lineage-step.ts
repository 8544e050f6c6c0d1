/** LineageStep and the `lineage` field shared by Standard and Certification. */
import type { EntityRecord } from '../graph/records.ts';
import { builder } from './builder.ts';
import { Entity } from './entity.ts';
import { LIMITS } from './limits.ts';
import { LINEAGE_FIELD_EXTENSIONS, selectsField } from './logic/follows.ts';
import { type LineageStepRecord, lineageOf } from './logic/lineage.ts';
import { Relation } from './relation.ts';

export const LineageDirection = builder.enumType('LineageDirection', {
  values: {
    ANCESTORS: { value: 'ANCESTORS', description: 'What it is built on (BASED_ON, and PART_OF to a parent scheme).' },
    DESCENDANTS: { value: 'DESCENDANTS', description: 'What builds on it (and the tiers of a scheme).' },
    BOTH: { value: 'BOTH', description: 'Ancestors, then descendants.' },
  } as const,
});

export const LineageStep = builder.objectRef<LineageStepRecord>('LineageStep').implement({
  description: 'An entity reached by following lineage, at its shortest depth.',
  fields: (t) => ({
    entity: t.field({ type: Entity, resolve: (s) => s.entity }),
    depth: t.exposeInt('depth', { description: 'Steps from the start (1 = direct).' }),
    direction: t.field({ type: LineageDirection, resolve: (s) => s.direction }),
    via: t.field({
      type: [Relation],
      description: 'The relations of one shortest path from the start to `entity`, in path order.',
      resolve: (s) => {
        // lineageOf reads paths whenever the lineage field's selection has `via`.
        if (!s.via) throw new Error('lineage step read without its path');
        return s.via;
      },
    }),
  }),
});

type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
  EntityRecord
>;

export function lineageField(t: FieldBuilder) {
  return t.field({
    type: [LineageStep],
    description:
      'Every entity reached through BASED_ON (and PART_OF, tier → scheme) edges, standards and certifications alike, transitively.',
    args: {
      direction: t.arg({ type: LineageDirection, defaultValue: 'ANCESTORS' }),
      maxDepth: t.arg.int({ defaultValue: LIMITS.defaultLineageDepth, description: `1 to ${LIMITS.maxLineageDepth}.` }),
    },
    complexity: { field: 5, multiplier: 10 },
    extensions: LINEAGE_FIELD_EXTENSIONS,
    resolve: (e, args, ctx, info) =>
      lineageOf(
        ctx,
        e.id,
        args.direction ?? 'ANCESTORS',
        args.maxDepth ?? LIMITS.defaultLineageDepth,
        selectsField(info, 'via'),
      ),
  });
}
