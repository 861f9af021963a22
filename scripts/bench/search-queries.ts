/** The queries the benchmarks search for: words, phrases, prefixes, typos. */
export const SEARCH_QUERIES = [
  'ukraine',
  'secretary blinken',
  'humanitarian assistance',
  'nuclear',
  'sanct',
  'maritime security',
  'refugees kenya',
  'memorandum understanding',
  'prezident',
  'counterterorism',
  'Nairobi',
  'election',
  'climate crisis',
  'philippines',
  'ambassador sworn',
];
