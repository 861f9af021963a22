import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { startServer } from '../../electron/serve/server.ts';
const root = resolve('.');
const service = await NotebookService.open('/tmp/bench-rd', { app: 'prof' });
const server = await startServer({ service, staticDir: join(root, 'dist/renderer'), port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.addInitScript('window.__name = (f) => f');
const summary = await service.getArticle({ id: '6l22ksanfxux' as never });
await page.goto(server.url);
await page.getByPlaceholder('Filter by title, source or tag').fill(summary.title);
const row = page.locator('table[aria-label="Articles"] tbody tr[data-index], [role=row][data-index]').filter({ hasText: summary.title }).first();
await row.waitFor();
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval',{interval:200}); await cdp.send('Profiler.start');
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
await row.dblclick();
const n = summary.mentions.length;
await page.waitForFunction((n) => document.querySelectorAll('.reader-view [data-mark-start^="m:"]').length >= n, n, { timeout: 120000 });
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop') as any;
const self = new Map<string, number>();
const dt = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
for (const node of profile.nodes) { const f = node.callFrame; const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt.get(node.id) ?? 0)); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n'));
console.log('---');
const done = new Promise<string>((ok) => cdp.once('Tracing.tracingComplete', async (e: any) => {
  let data = '';
  for (;;) { const r = await cdp.send('IO.read', { handle: e.stream }); data += r.data; if (r.eof) break; }
  ok(data);
}));
await cdp.send('Tracing.end');
const trace = JSON.parse(await done);
const events = (trace.traceEvents ?? trace) as any[];
writeFileSync('/tmp/prof/trace.json', JSON.stringify(events));
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const fin = events.filter((e) => e.name === 'ResourceFinish' || e.name === 'ResourceReceiveResponse');
const sends = events.filter((e) => e.name === 'ResourceSendRequest' && String(e.args?.data?.url).endsWith('/api/getArticle'));
const rid = sends[0]?.args?.data?.requestId;
const t0 = Math.max(...fin.filter((e) => e.args?.data?.requestId === rid).map((e) => e.ts));
const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'dblclick')?.ts;
console.log('dblclick→response', ((t0 - click) / 1000).toFixed(1));
const last = Math.max(...events.filter((e) => e.tid === main?.tid && e.ph === 'X' && e.name === 'RunTask').map((e) => e.ts + e.dur));
const tasks = events.filter((e) => e.tid === main?.tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= t0);
console.log('tasks after response', tasks.length, 'busy', (tasks.reduce((a, e) => a + e.dur, 0) / 1000).toFixed(1));
for (const t of tasks.sort((a, b) => b.dur - a.dur).slice(0, 8)) console.log('  task at +', ((t.ts - t0) / 1000).toFixed(1), 'dur', (t.dur / 1000).toFixed(1));
for (const t of tasks.sort((a, b) => b.dur - a.dur).slice(0, 4)) {
  const inner = new Map<string, number>();
  for (const e of events) if (e.tid === main?.tid && e.ph === 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t) inner.set(e.name + (e.args?.data?.functionName ? ':' + e.args.data.functionName : '') + (e.args?.data?.type ? ':' + e.args.data.type : '') + (e.args?.data?.url ? ':' + String(e.args.data.url).split('/').pop() : ''), (inner.get(e.name) ?? 0) + e.dur / 1000);
  console.log('TASK +', ((t.ts - t0) / 1000).toFixed(1), [...inner].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(', '));
}
const byName = new Map<string, number>();
for (const e of events) if (e.tid === main?.tid && e.ph === 'X' && e.dur && e.ts >= t0) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
console.log([...byName].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('\n'));
{
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const selfW = new Map<string, number>(), incl = new Map<string, number>();
  let ts = profile.startTime;
  const big = tasks.sort((a, b) => b.dur - a.dur)[0];
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i];
    if (ts < big.ts || ts > big.ts + big.dur) continue;
    const d = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let id = profile.samples[i]; const seen = new Set<string>();
    const f0 = (byId.get(id) as any).callFrame; const k0 = `${f0.functionName || '(anon)'}:${f0.lineNumber}`;
    selfW.set(k0, (selfW.get(k0) ?? 0) + d);
    while (id !== undefined) { const f = (byId.get(id) as any).callFrame; const k = `${f.functionName || '(anon)'}:${f.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + d); } id = parent.get(id)!; }
  }
  console.log('SELF', [...selfW].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(', '));
  console.log('INCL', [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(', '));
}
await browser.close(); await server.close(); await service.close();
