#!/usr/bin/env node
// Runs @doyensec/electronegativity (installed here, apart from the project: it brings its own
// TypeScript 4 and ESLint 7) on the Electron SOURCES, electron/main and electron/preload, and
// fails on any HIGH-severity finding that accepted.json does not list with a justification, and
// on any source file it could not parse (an unparsed file is an unchecked file).
//
//   npm ci --prefix tools/electronegativity --no-audit --no-fund && node tools/electronegativity/run.mjs
//
// The tool tries to fetch translations and Electron's release list; offline it says so and
// carries on with its bundled data.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const ELECTRON_VERSION = '45.5.0';
const INPUTS = ['electron/main', 'electron/preload'];
const bin = join(here, 'node_modules/@doyensec/electronegativity/dist/index.js');

if (!existsSync(bin)) {
  console.error(
    'electronegativity is not installed: npm ci --prefix tools/electronegativity --no-audit --no-fund',
  );
  process.exit(1);
}

const accepted = JSON.parse(readFileSync(join(here, 'accepted.json'), 'utf8')).accepted;
for (const entry of accepted) {
  if (typeof entry.justification !== 'string' || entry.justification.trim().length < 20) {
    console.error(
      `accepted.json: ${entry.check} ${entry.file ?? ''} needs a written justification.`,
    );
    process.exit(1);
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const findings = [];
let failed = false;
try {
  // One scan over both folders (copied side by side), so the global checks (navigation limits,
  // permission handlers) see main and preload together as the app does.
  const sources = join(work, 'src');
  for (const input of INPUTS)
    cpSync(join(root, input), join(sources, input.split('/')[1]), { recursive: true });
  const output = join(work, 'findings.csv');
  const result = spawnSync(
    process.execPath,
    [bin, '-i', sources, '-e', ELECTRON_VERSION, '-r', '-v', 'false', '-o', output],
    { cwd: work, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } },
  );
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0 || !existsSync(output)) {
    console.error(`electronegativity failed (exit ${result.status}):\n${log}`);
    process.exit(1);
  }
  for (const line of log.split('\n')) {
    if (/^\s*Error parsing /.test(line)) {
      // FORCE_COLOR=0: no colour codes
      console.error(line.trim());
      failed = true;
    }
  }
  const [header, ...rows] = parseCsv(readFileSync(output, 'utf8'));
  const column = (name) => header.findIndex((h) => h.trim() === name);
  const at = {
    issue: column('issue'),
    severity: column('severity'),
    confidence: column('confidence'),
    file: column('filename'),
    location: column('location'),
  };
  if (at.issue < 0 || at.severity < 0) {
    console.error(`electronegativity wrote an unexpected report header: ${header.join(',')}`);
    failed = true;
  }
  const cell = (row, index) => (index < 0 ? '' : (row[index] ?? '').trim());
  for (const row of rows) {
    // Blank lines and rows cut short (a check that timed out offline) carry no finding.
    if (cell(row, at.issue) === '') continue;
    const file = cell(row, at.file);
    findings.push({
      check: cell(row, at.issue),
      severity: cell(row, at.severity).toUpperCase(),
      confidence: cell(row, at.confidence),
      file: file === 'N/A' || file === '' ? null : file,
      location: cell(row, at.location),
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const isAccepted = (finding) =>
  accepted.some(
    (entry) => entry.check === finding.check && (entry.file ?? null) === (finding.file ?? null),
  );
let unexplained = 0;
for (const finding of findings) {
  const high = finding.severity === 'HIGH' || finding.severity === 'CRITICAL';
  const mark = !high ? ' ' : isAccepted(finding) ? 'accepted' : 'UNEXPLAINED';
  if (high && !isAccepted(finding)) unexplained++;
  console.log(
    `${finding.severity.padEnd(13)} ${finding.confidence.padEnd(10)} ${finding.check.padEnd(28)} ` +
      `${finding.file ?? '(global)'}:${finding.location} ${mark}`,
  );
}
console.log(
  `electronegativity ${ELECTRON_VERSION} on ${INPUTS.join(', ')}: ${findings.length} findings, ` +
    `${findings.filter((f) => f.severity === 'HIGH').length} high, ${unexplained} unexplained.`,
);
if (unexplained > 0) {
  console.error(
    'Fix each UNEXPLAINED high-severity finding, or list it in tools/electronegativity/accepted.json with why it is safe.',
  );
}
process.exit(unexplained > 0 || failed ? 1 : 0);
