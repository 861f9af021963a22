import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AnchorSchema,
  HighlightSchema,
  MentionSchema,
} from '../../electron/common/model/anchor.ts';
import { EvidenceSchema } from '../../electron/common/model/event.ts';
import {
  AnnotationIdSchema,
  ArticleIdSchema,
  EntityIdSchema,
} from '../../electron/common/model/ids.ts';
import { CredibilitySchema } from '../../electron/common/model/source.ts';

// The schemas as intersections with AnchorSchema, as they were before one object schema each
// (twice the parse, and most of a catalog rebuild's garbage): what they accept, give back and
// say first about a fault must not change.
const BEFORE = {
  mention: z.intersection(
    AnchorSchema,
    z.object({ id: AnnotationIdSchema, entityId: EntityIdSchema }),
  ),
  highlight: z.intersection(
    AnchorSchema,
    z.object({
      id: AnnotationIdSchema,
      comment: z.string().max(100_000),
      credibility: CredibilitySchema.nullable().optional(),
    }),
  ),
  evidence: z.intersection(
    AnchorSchema,
    z.object({ articleId: ArticleIdSchema, credibility: CredibilitySchema.nullable().optional() }),
  ),
};
const AFTER = { mention: MentionSchema, highlight: HighlightSchema, evidence: EvidenceSchema };

const ANCHOR = { start: 4, end: 10, quote: 'Blinke', prefix: 'Mr. ', suffix: 'n said' };
const VALID = {
  mention: { ...ANCHOR, id: 'an0000000001', entityId: 'en0000000001' },
  highlight: { ...ANCHOR, id: 'an0000000001', comment: 'check', credibility: 2 },
  evidence: { ...ANCHOR, articleId: 'ar0000000001', credibility: null },
};
const IDS = {
  mention: { id: 'an0000000001', entityId: 'en0000000001' },
  highlight: { id: 'an0000000001', comment: '' },
  evidence: { articleId: 'ar0000000001' },
};

function variants(kind: keyof typeof VALID): unknown[] {
  const valid = VALID[kind];
  return [
    valid,
    { ...valid, extra: 'dropped' },
    { ...IDS[kind], ...ANCHOR },
    { ...valid, end: 4 },
    { ...valid, start: -1 },
    { ...valid, quote: '' },
    { ...valid, prefix: undefined },
    ...Object.keys(IDS[kind]).map((key) => ({ ...valid, [key]: 7 })),
    { ...valid, credibility: 9 },
    null,
    'a string',
    [],
  ];
}

describe('the anchors with more fields, as one object schema each', () => {
  for (const kind of ['mention', 'highlight', 'evidence'] as const) {
    it(`accepts, gives back and refuses ${kind}s as the intersection did`, () => {
      for (const value of variants(kind)) {
        const before = BEFORE[kind].safeParse(value);
        const after = AFTER[kind].safeParse(value);
        expect(after.success, JSON.stringify(value)).toBe(before.success);
        if (before.success) {
          expect(after.data).toEqual(before.data);
          expect(Object.keys(after.data!)).toEqual(Object.keys(before.data));
        } else {
          const [first] = after.error!.issues;
          expect([first!.path, first!.message], JSON.stringify(value)).toEqual([
            before.error.issues[0]!.path,
            before.error.issues[0]!.message,
          ]);
        }
      }
    });
  }
});
