import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { NER_TAGS, NerWeights, TAG_COUNT } from './ner-perceptron.ts';

/**
 * The model file, resources/ner-model/ner-model.json.gz: gzip of one JSON object holding the
 * feature strings and their weights, quantized to 16-bit integers (base64, little-endian) with
 * one scale, and how it was trained. Written by `npm run train:ner`, read once per process in the background.
 */
export const MODEL_FORMAT = 'dossier-ner-perceptron/1';

const ModelFileSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  tags: z.array(z.string()).refine((tags) => tags.join() === NER_TAGS.join(), 'unexpected tags'),
  scale: z.number().positive(),
  features: z.array(z.string()),
  weights: z.string(),
  training: z
    .object({
      inputs: z.string(),
      sentences: z.number(),
      epochs: z.number(),
      rules: z.boolean(),
      /** the first member's shuffle seed and how many perceptrons were averaged */
      seed: z.number().optional(),
      members: z.number().optional(),
    })
    .optional(),
});

/**
 * How a model was trained: `inputs` is the fingerprint of every training sentence's words,
 * features and gold tags (scripts/ner/training-examples.ts), so that a check can tell whether
 * `npm run train:ner` would give this model on the current code and data.
 */
export type ModelTraining = NonNullable<z.infer<typeof ModelFileSchema>['training']>;

// Inflated on libuv's thread pool, not on the thread that answers calls.
const gunzip = promisify(gunzipCallback);

/** Weights smaller than this share of the largest one are dropped: they change no decision. */
const PRUNE_SHARE = 0.002;

export function encodeModel(
  features: string[],
  weights: Float64Array,
  training?: ModelTraining,
): Buffer {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 32767 || 1;
  const keptFeatures: string[] = [];
  const kept: number[] = [];
  features.forEach((feature, row) => {
    const values = Array.from({ length: TAG_COUNT }, (_, t) =>
      Math.round(weights[row * TAG_COUNT + t]! / scale),
    );
    if (values.every((v) => Math.abs(v) < PRUNE_SHARE * 32767)) return;
    keptFeatures.push(feature);
    kept.push(...values);
  });
  const packed = Buffer.alloc(kept.length * 2);
  kept.forEach((value, i) => packed.writeInt16LE(value, i * 2));
  const json = JSON.stringify({
    format: MODEL_FORMAT,
    tags: NER_TAGS,
    scale,
    features: keptFeatures,
    weights: packed.toString('base64'),
    training,
  });
  return gzipSync(json, { level: 9 });
}

/** Reads and checks a model file; throws an Error that says what is wrong with it. */
export async function loadModelFile(path: string): Promise<NerWeights> {
  const raw = await readFile(path);
  let parsed: unknown;
  try {
    parsed = JSON.parse((await gunzip(raw)).toString('utf8'));
  } catch {
    throw new Error(`${path} is damaged (not a gzip-compressed JSON model)`);
  }
  const model = ModelFileSchema.safeParse(parsed);
  if (!model.success) {
    throw new Error(`${path} is not a recognizer model (${model.error.issues[0]?.message ?? ''})`);
  }
  const { features, scale } = model.data;
  const bytes = Buffer.from(model.data.weights, 'base64');
  if (bytes.length !== features.length * TAG_COUNT * 2) {
    throw new Error(`${path} is damaged (weights do not match its ${features.length} features)`);
  }
  const weights = new Int16Array(features.length * TAG_COUNT);
  for (let i = 0; i < weights.length; i += 1) weights[i] = bytes.readInt16LE(i * 2);
  const index = new Map<string, number>();
  features.forEach((feature, row) => index.set(feature, row));
  return new NerWeights(index, weights, scale);
}
