import { createHash } from 'node:crypto';
import type { SourceId } from '../../common/model/source.ts';

/**
 * Who published an article, read from its `source` field: the outlet that carried it and, for a
 * republished wire story ("UrduPoint News / Sputnik", "Sputnik via UrduPoint"), the wire it came
 * from. `origin` is who wrote it: the wire when there is one, else the publisher.
 */
export interface Outlet {
  origin: string;
  /** The republishing outlet, when it is not the origin. */
  via: string | null;
}

/** What an article without a named outlet is filed under when its URL has no host either. */
export const UNKNOWN_SOURCE = 'Unknown source';

/** Parts of a feed's or page's title that name a section, not an outlet. */
const SECTION =
  /^(press releases?|news( releases?)?|latest( news)?|home( ?page)?|articles?|media (center|centre)|newsroom|briefings?|statements?|remarks|rss( feed)?|feed|top stories|world( news)?)$/i;

export function outletOf(source: string, url = ''): Outlet {
  const named = source.trim();
  if (named === '') return { origin: hostName(url) ?? UNKNOWN_SOURCE, via: null };
  const slash = named.split(/\s+\/\s+/);
  if (slash.length === 2) return pair(slash[1]!, slash[0]!);
  const via = named.split(/\s+via\s+/i);
  if (via.length === 2) return pair(via[0]!, via[1]!);
  return { origin: outletName(named), via: null };
}

function pair(origin: string, via: string): Outlet {
  const from = outletName(origin);
  const through = outletName(via);
  return sourceKey(from) === sourceKey(through)
    ? { origin: from, via: null }
    : { origin: from, via: through };
}

/** "Press Releases – United States Department of State" → "United States Department of State". */
export function outletName(name: string): string {
  const parts = name
    .split(/\s+[–—|:-]\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.find((part) => !SECTION.test(part)) ?? (name.trim() || UNKNOWN_SOURCE);
}

/**
 * The form two names of one outlet share: "U.S. Department of State" and "United States
 * Department of State" are the same key.
 */
export function sourceKey(name: string): string {
  return outletName(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bu\.?\s?s\.?(?=\s|$)/g, 'united states')
    .replace(/\bu\.?\s?k\.?(?=\s|$)/g, 'united kingdom')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A source found in the articles keeps one id from open to open: derived from its key. */
export function derivedSourceId(key: string): SourceId {
  const digest = createHash('sha256').update(key).digest();
  let id = '';
  for (const byte of digest.subarray(0, 12)) id += ALPHABET[byte % ALPHABET.length];
  return id as SourceId;
}
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function hostName(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}
