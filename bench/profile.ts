// A quick CPU profile of one step through node:inspector, reduced to the top self-time functions.
import * as fs from 'fs';
import { Session } from 'node:inspector/promises';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[]; timeDeltas?: number[] }

export interface SelfTime { name: string; where: string; ms: number; share: number }
export interface ProfileResult { totalMs: number; functions: SelfTime[]; files: SelfTime[]; saved: string | null }

/**
 * Profiles `fn`. With `focus`, also returns the view restricted to the calls under that function
 * (by name), with garbage-collector samples taken while inside it counted in.
 */
export async function profile(fn: () => unknown | Promise<unknown>, saveTo?: string, focus?: string): Promise<ProfileResult & { focus?: ProfileResult }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    await session.post('Profiler.start');
    await fn();
    const { profile: p } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    if (saveTo) fs.writeFileSync(saveTo, JSON.stringify(p));
    const whole = { ...summarise(p), saved: saveTo ?? null };
    return focus ? { ...whole, focus: { ...summarise(p, focus), saved: null } } : whole;
  } finally {
    session.disconnect();
  }
}

function shortUrl(url: string): string {
  if (!url) return '';
  const u = url.replace(/^file:\/\//, '');
  const nm = u.lastIndexOf('node_modules/');
  if (nm >= 0) return u.slice(nm + 'node_modules/'.length);
  const d = u.indexOf('/dist/');
  return d >= 0 ? u.slice(d + '/dist/'.length) : u;
}

const VM_STATES = new Set(['(garbage collector)', '(program)']);

/** Ids of every node under a function named `name` (the function's own nodes included). */
function subtree(p: Profile, byId: Map<number, ProfileNode>, name: string): Set<number> {
  const out = new Set<number>();
  const visit = (id: number): void => {
    if (out.has(id)) return;
    out.add(id);
    for (const c of byId.get(id)?.children ?? []) visit(c);
  };
  for (const n of p.nodes) if (n.callFrame.functionName === name) visit(n.id);
  return out;
}

function summarise(p: Profile, focus?: string): Omit<ProfileResult, 'saved'> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  const within = focus ? subtree(p, byId, focus) : null;
  let inside = false;
  // timeDeltas[i] is the time before sample i; the time after it (deltas[i + 1]) is what it stands for.
  for (let i = 0; i < samples.length; i++) {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    if (within) {
      const vm = VM_STATES.has(byId.get(samples[i])?.callFrame.functionName ?? '');
      if (!vm) inside = within.has(samples[i]);
      if (!inside) continue;
    }
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const fnAgg = new Map<string, SelfTime>();
  const fileAgg = new Map<string, SelfTime>();
  for (const [id, ms] of self) {
    const cf = byId.get(id)!.callFrame;
    const where = cf.url ? `${shortUrl(cf.url)}:${cf.lineNumber + 1}` : '';
    const name = cf.functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const f = fnAgg.get(key) ?? { name, where, ms: 0, share: 0 };
    f.ms += ms;
    fnAgg.set(key, f);
    const file = cf.url ? shortUrl(cf.url) : name;
    const g = fileAgg.get(file) ?? { name: file, where: '', ms: 0, share: 0 };
    g.ms += ms;
    fileAgg.set(file, g);
  }
  const rank = (m: Map<string, SelfTime>): SelfTime[] =>
    [...m.values()].map((s) => ({ ...s, share: s.ms / total })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total, functions: rank(fnAgg), files: rank(fileAgg) };
}
