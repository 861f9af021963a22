import { z } from 'zod';

/**
 * The built-in kinds of event. Notebooks will add their own types later (kept in notebook.json);
 * this enum stays the set that suggestions produce and that every notebook knows.
 */
export const EventTypeSchema = z.enum([
  'meeting',
  'visit',
  'talks',
  'statement',
  'agreement',
  'sanction',
  'attack',
  'election',
  'other',
]);
export type EventType = z.infer<typeof EventTypeSchema>;
