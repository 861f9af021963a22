import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ImportResult, NotebookApi } from '../../common/api/contract.ts';
import { describe } from '../../common/errors.ts';
import type { ArticleMetadata } from '../../common/model/article.ts';
import type { ArticleId } from '../../common/model/ids.ts';

/**
 * `import` of a Zotero export folder (issue 19): the references file Zotero wrote (Zotero RDF
 * or RIS, with the files it exported named in them, or CSL-JSON, which names none) and the attachments
 * under it. Each item becomes an article: its attached HTML or PDF read by the import's own
 * readers (in their child processes), then given the item's metadata; without an attachment
 * it imports with its metadata, its abstract (or title) as its text, and says what was missing.
 * An attachment named outside the folder, or one that fails to read, is a message for that item;
 * the others import.
 */

interface ZoteroItem {
  label: string;
  metadata: Partial<ArticleMetadata> & { title: string };
  abstract: string;
  /** Attachments as the file names them (relative to the export folder, or file: URLs). */
  files: string[];
}

/** The references file of a Zotero export folder, or null when the folder is not one. */
async function referencesFile(folder: string): Promise<string | null> {
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch {
    return null;
  }
  const ris = names.find((name) => ['.ris', '.rdf'].includes(extname(name).toLowerCase()));
  if (ris !== undefined) return join(folder, ris);
  for (const name of names.filter((n) => extname(n).toLowerCase() === '.json')) {
    const text = await readFile(join(folder, name), 'utf8').catch(() => '');
    if (/^\s*\[\s*\{[\s\S]*"(?:type|title)"/.test(text.slice(0, 2000))) return join(folder, name);
  }
  return null;
}

function partialDate(year?: string, month?: string, day?: string): string | null {
  if (year === undefined || !/^\d{4}$/.test(year)) return null;
  const two = (n?: string) => (n !== undefined && /^\d{1,2}$/.test(n) ? n.padStart(2, '0') : null);
  const m = two(month);
  const d = two(day);
  return m === null ? year : d === null ? `${year}-${m}` : `${year}-${m}-${d}`;
}

function risItems(text: string): ZoteroItem[] {
  const items: ZoteroItem[] = [];
  let fields = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/.exec(line);
    if (match === null) continue;
    const [, tag, value = ''] = match;
    if (tag === 'ER') {
      const one = (...tags: string[]) => tags.map((t) => fields.get(t)?.[0]).find(Boolean);
      const title = one('TI', 'T1') ?? '';
      const date = (one('DA', 'PY', 'Y1') ?? '').split(/[/-]/);
      items.push({
        label: title || `item ${items.length + 1}`,
        metadata: {
          title,
          source: one('T2', 'JO', 'JF') ?? '',
          authors: [...(fields.get('AU') ?? []), ...(fields.get('A1') ?? [])].map((a) =>
            a.includes(',')
              ? a
                  .split(',')
                  .reverse()
                  .map((s) => s.trim())
                  .join(' ')
              : a,
          ),
          published: partialDate(date[0], date[1], date[2]),
          url: one('UR') ?? '',
          language: one('LA') ?? '',
        },
        abstract: one('AB', 'N2') ?? '',
        files: [...(fields.get('L1') ?? []), ...(fields.get('L2') ?? [])],
      });
      fields = new Map();
      continue;
    }
    fields.set(tag!, [...(fields.get(tag!) ?? []), value.trim()]);
  }
  return items;
}

function cslItems(text: string): ZoteroItem[] {
  const data = JSON.parse(text) as Record<string, unknown>[];
  return data.map((item, n) => {
    const title = typeof item.title === 'string' ? item.title : '';
    const parts = (item.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
    const names = Array.isArray(item.author) ? (item.author as Record<string, string>[]) : [];
    return {
      label: title || `item ${n + 1}`,
      metadata: {
        title,
        source: typeof item['container-title'] === 'string' ? item['container-title'] : '',
        authors: names
          .map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' '))
          .filter((a) => a !== ''),
        published: partialDate(...((parts ?? []).map(String) as [string?, string?, string?])),
        url: typeof item.URL === 'string' ? item.URL : '',
        language: typeof item.language === 'string' ? item.language : '',
      },
      abstract: typeof item.abstract === 'string' ? item.abstract : '',
      files: [],
    };
  });
}

const rdfParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  // Elements that may repeat are always arrays.
  isArray: (name) => ['rdf:li', 'link:link'].includes(name),
});

type Node = Record<string, unknown>;
const node = (value: unknown): Node =>
  typeof value === 'object' && value !== null ? (value as Node) : {};
const textOf = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof node(value)['#text'] === 'string'
      ? (node(value)['#text'] as string)
      : '';

/**
 * Zotero RDF: items (bib:Article, bib:Document, rdf:Description…) with dc:title, dc:date,
 * bib:authors, the outlet in dcterms:isPartOf, the address in dc:identifier, and link:link to
 * z:Attachment elements whose rdf:resource names the exported file.
 */
function rdfItems(text: string): ZoteroItem[] {
  if (XMLValidator.validate(text) !== true) throw new Error('the RDF file is not well-formed XML');
  const root = node(node(rdfParser.parse(text))['rdf:RDF']);
  const attachments = new Map<string, string>();
  const items: Node[] = [];
  for (const [tag, value] of Object.entries(root)) {
    for (const element of Array.isArray(value) ? value : [value]) {
      const about = node(element)['@rdf:about'];
      const type = textOf(node(element)['z:itemType']);
      if (tag === 'z:Attachment' || type === 'attachment') {
        const file = node(node(element)['rdf:resource'])['@rdf:resource'];
        if (typeof about === 'string' && typeof file === 'string') attachments.set(about, file);
      } else if (
        tag !== 'bib:Journal' &&
        tag !== 'bib:Periodical' &&
        node(element)['dc:title'] !== undefined
      )
        items.push(node(element));
    }
  }
  return items.map((item, n) => {
    const title = textOf(item['dc:title']);
    const container = node(node(item['dcterms:isPartOf']));
    const outlet =
      Object.values(container)
        .map((v) => textOf(node(v)['dc:title']))
        .find(Boolean) ?? '';
    const people = node(node(node(item['bib:authors'])['rdf:Seq']))['rdf:li'];
    const authors = (Array.isArray(people) ? people : [])
      .map((li) => Object.values(node(li)).map(node)[0] ?? {})
      .map((person) =>
        [textOf(person['foaf:givenName']), textOf(person['foaf:surname'])]
          .filter(Boolean)
          .join(' '),
      )
      .filter((name) => name !== '');
    const uri = textOf(node(node(node(item['dc:identifier'])['dcterms:URI']))['rdf:value']);
    const date = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(textOf(item['dc:date']));
    const links = (item['link:link'] as unknown[] | undefined) ?? [];
    return {
      label: title || `item ${n + 1}`,
      metadata: {
        title,
        source: outlet,
        authors,
        published: partialDate(date?.[1], date?.[2], date?.[3]),
        url: uri,
        language: textOf(item['z:language'] ?? item['dc:language']),
      },
      abstract: textOf(item['dcterms:abstract']),
      files: links.flatMap((link) => {
        const file = attachments.get(String(node(link)['@rdf:resource']));
        return file === undefined ? [] : [file];
      }),
    };
  });
}

/** An attachment's path inside the export folder, or why it cannot be used. */
async function attachmentPath(
  folder: string,
  named: string,
): Promise<string | { missing: string }> {
  const path = named.startsWith('file:') ? fileURLToPath(named) : resolve(folder, named);
  let real;
  try {
    real = await realpath(path);
    if (!(await stat(real)).isFile()) return { missing: `${named} is not a file` };
  } catch {
    return { missing: `${named} is missing` };
  }
  const inside = relative(await realpath(folder), real);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
    return { missing: `${named} is outside the export folder, and was not read` };
  return real;
}

const READABLE = new Set(['.html', '.htm', '.xhtml', '.pdf', '.txt', '.md', '.docx']);

/**
 * Import the Zotero export folders among `paths`; the paths that are not one are returned for
 * the ordinary import.
 */
export async function importZoteroFolders(
  api: NotebookApi,
  /** Reads one file through the import's readers (NotebookService.importPaths). */
  importFile: (path: string) => Promise<ImportResult | undefined>,
  paths: string[],
): Promise<{ results: ImportResult[]; rest: string[] }> {
  const results: ImportResult[] = [];
  const rest: string[] = [];
  for (const folder of paths) {
    const file = await referencesFile(folder);
    if (file === null) {
      rest.push(folder);
      continue;
    }
    let items: ZoteroItem[];
    try {
      const text = await readFile(file, 'utf8');
      const kind = extname(file).toLowerCase();
      items = kind === '.ris' ? risItems(text) : kind === '.rdf' ? rdfItems(text) : cslItems(text);
    } catch (error) {
      results.push({
        path: file,
        status: 'failed',
        reason: `not a Zotero export: ${describe(error)}`,
      });
      continue;
    }
    for (const item of items) {
      const path = `${file} (${item.label})`;
      if (item.metadata.title === '') {
        results.push({ path, status: 'failed', reason: 'the item has no title' });
        continue;
      }
      const notes: string[] = [];
      let id: ArticleId | undefined;
      let duplicate = false;
      for (const named of item.files) {
        const found = await attachmentPath(folder, named);
        if (typeof found !== 'string') {
          notes.push(found.missing);
          continue;
        }
        if (!READABLE.has(extname(found).toLowerCase())) continue;
        const read = await importFile(found);
        if (read?.status === 'failed') {
          notes.push(`${named} could not be read: ${read.reason ?? 'unknown reason'}`);
          continue;
        }
        id = read?.id;
        duplicate = read?.status === 'duplicate';
        break;
      }
      const fromFile = id !== undefined;
      try {
        if (id === undefined) {
          if (item.files.length === 0) notes.push('it has no attached file');
          ({ id } = await api.addText({
            ...item.metadata,
            text: item.abstract.trim() || item.metadata.title,
          }));
        } else if (!duplicate) {
          await api.updateArticle({ id, metadata: item.metadata });
        }
        results.push({
          path,
          status: duplicate ? 'duplicate' : 'imported',
          id,
          title: item.metadata.title,
          ...(notes.length > 0 && {
            reason: `${fromFile ? '' : 'metadata only: '}${notes.join('; ')}`,
          }),
        });
      } catch (error) {
        results.push({ path, status: 'failed', reason: describe(error) });
      }
    }
  }
  return { results, rest };
}
