import { describe, expect, it } from 'vitest';
import { EventsFileSchema } from '../../electron/common/model/event.ts';
import { checkInSlices } from '../../electron/core/disk/check-in-slices.ts';
import { parseJsonFileInSlices } from '../../electron/core/disk/durable-file.ts';

// Issue 21: events.json's 2,000 events checked in one turn held the thread 90-100 ms. A long
// document is checked in slices; what the check gives, and what it refuses, must not change.

const event = (i: number) => ({
  id: `ev${String(i).padStart(10, '0')}`,
  title: `  Talks ${i}  `, // trimmed by the schema
  type: 'talks',
  date: { text: '2024-01-01', start: '2024-01-01', end: '2024-01-01', precision: 'day' },
  locationId: null,
  participants: [{ entityId: `en${String(i).padStart(10, '0')}` }], // role defaults to ''
  evidence: [],
  certainty: 'reported',
  createdAt: '2024-01-01T00:00:00.000Z',
  unknownKey: 'dropped', // stripped by the schema
});

const eventsFile = (count: number) => ({
  schemaVersion: 1,
  events: Array.from({ length: count }, (_, i) => event(i)),
});

describe('a long document checked in slices', () => {
  it('gives what the whole check gives: defaults, trimming, unknown keys dropped', async () => {
    const json = eventsFile(3_000);
    const whole = EventsFileSchema.parse(json);
    expect(await checkInSlices(json, EventsFileSchema)).toEqual({ success: true, data: whole });
    expect(whole.events[5]!.title).toBe('Talks 5');
    expect(whole.rejectedCandidates).toEqual([]);
  });

  it('lets the thread answer while it checks', async () => {
    const json = eventsFile(20_000);
    let answered = 0;
    const ticking = setInterval(() => answered++, 0);
    try {
      await checkInSlices(json, EventsFileSchema);
    } finally {
      clearInterval(ticking);
    }
    expect(answered).toBeGreaterThan(0);
  });

  it('names the element at fault, as the whole check does', async () => {
    const json = eventsFile(1_000);
    (json.events[731] as Record<string, unknown>).certainty = 'sure';
    const whole = EventsFileSchema.safeParse(json);
    const sliced = await checkInSlices(json, EventsFileSchema);
    expect(sliced.success).toBe(false);
    expect(!sliced.success && sliced.issue?.path).toEqual(['events', 731, 'certainty']);
    expect(!whole.success && whole.error.issues[0]!.path).toEqual(['events', 731, 'certainty']);
    await expect(
      parseJsonFileInSlices(JSON.stringify(json), EventsFileSchema, 'events.json'),
    ).rejects.toThrow(/events\.json is damaged: .* at events\.731\.certainty: /);
  });

  it('refuses the rest of a long document as before', async () => {
    const json = { ...eventsFile(1_000), schemaVersion: 7 };
    await expect(
      parseJsonFileInSlices(JSON.stringify(json), EventsFileSchema, 'events.json'),
    ).rejects.toThrow(
      /events\.json is damaged: it does not match the expected shape at schemaVersion/,
    );
  });
});
