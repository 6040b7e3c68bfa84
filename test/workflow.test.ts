// The release workflow cannot run here (no GitHub), so it is checked as far as it can be offline:
// against GitHub's workflow schema (@action-validator/core, a dev dependency), then for what this project
// needs of it: the triggers, pinned actions, the tests with their Debian packages, the package step's
// address, Pages with its permissions, and the release assets named as tools/package.js writes them.
// The step that derives ADDIN_URL from the repository is run in bash with GitHub's variables faked.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load: (s: string) => unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateWorkflow } = require('@action-validator/core') as { validateWorkflow: (src: string) => { errors: unknown[] } };

const ROOT = path.join(__dirname, '..');
const SOURCE = fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8');

interface Step { uses?: string; run?: string; name?: string; id?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }
interface Job { 'runs-on': string; container?: string | { image: string }; needs?: string | string[]; if?: string; permissions?: Record<string, string>; environment?: { name: string }; steps: Step[] }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }

const workflow = yaml.load(SOURCE) as Workflow;
const allSteps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const runs = (job: Job): string[] => job.steps.map((s) => s.run ?? '');

describe('.github/workflows/release.yml', () => {
  test('is a valid GitHub Actions workflow (action-validator)', () => {
    expect(validateWorkflow(SOURCE).errors).toEqual([]);
  });

  test('the schema check can fail: a step with both uses and run, and a job without runs-on, are refused', () => {
    const broken = SOURCE.replace(/runs-on: [^\n]+\n/, '').replace('uses: actions/checkout@v4', 'uses: actions/checkout@v4\n        run: echo both');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  test('runs on a v* tag and by hand, with read-only rights by default', () => {
    expect(workflow.on.push).toEqual({ tags: ['v*'] });
    expect(Object.keys(workflow.on)).toContain('workflow_dispatch');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('every action is pinned to a version', () => {
    const uses = allSteps.map((s) => s.uses).filter((u): u is string => Boolean(u));
    expect(uses.length).toBeGreaterThanOrEqual(5);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
  });

  test('builds on Node 20 with Debian\'s chromium and LibreOffice Calc: npm ci, npm test, then npm run package', () => {
    const build = workflow.jobs.build;
    const image = typeof build.container === 'string' ? build.container : build.container?.image;
    expect(image).toMatch(/^node:20-(bookworm|bullseye|trixie)/);
    const script = runs(build);
    const at = (needle: RegExp): number => script.findIndex((r) => needle.test(r));
    const install = script[at(/apt-get install/)];
    expect(install).toMatch(/\bchromium\b/);
    expect(install).toMatch(/\blibreoffice-calc\b/);
    expect(at(/apt-get install/)).toBeLessThan(at(/\bnpm test\b/));
    expect(at(/\bnpm ci\b/)).toBeGreaterThanOrEqual(0);
    expect(at(/\bnpm ci\b/)).toBeLessThan(at(/\bnpm test\b/));
    expect(at(/\bnpm test\b/)).toBeLessThan(at(/npm run package/));
    expect(build.steps[0].uses).toMatch(/^actions\/checkout@/);
  });

  test('publishes release/site, where tools/package.js writes it, to GitHub Pages with the rights it needs', () => {
    const upload = workflow.jobs.build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
    expect(upload.with).toEqual({ path: 'release/site' });
    expect(fs.readFileSync(path.join(ROOT, 'tools', 'package.js'), 'utf8')).toMatch(/path\.join\(ROOT, 'release'\)[\s\S]*path\.join\(out, 'site'\)/);
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  test('attaches the zip and manifest.xml to the release of a tag', () => {
    const release = workflow.jobs.release;
    expect(release.if).toMatch(/startsWith\(github\.ref, 'refs\/tags\/v'\)/);
    expect(release.permissions).toEqual({ contents: 'write' });
    const upload = workflow.jobs.build.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(String(upload.with?.path).trim().split('\n')).toEqual(['release/*.zip', 'release/manifest.xml']);
    expect(runs(release).join('\n')).toMatch(/gh release upload "\$tag" release\/\*\.zip release\/manifest\.xml/);
  });

  test.each([
    ['Some-Org', 'Some-Org/aid-ledger', 'https://some-org.github.io/aid-ledger/'],
    ['some-org', 'some-org/Some-Org.github.io', 'https://some-org.github.io/'],
  ])('the package step builds for the Pages address of %s\'s repository %s', (owner, repository, url) => {
    const step = workflow.jobs.build.steps.find((s) => s.id === 'package')!;
    expect(step.run).toContain('ADDIN_URL="$url" npm run package');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-'));
    const output = path.join(dir, 'output');
    // The step's own script, run as GitHub runs `shell: bash`, with the build replaced by printing its address.
    const script = step.run!.replace('ADDIN_URL="$url" npm run package', 'echo "ADDIN_URL=$url"');
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_REPOSITORY_OWNER: owner, GITHUB_REPOSITORY: repository, GITHUB_OUTPUT: output },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(`ADDIN_URL=${url}`);
    expect(fs.readFileSync(output, 'utf8')).toBe(`url=${url}\n`);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
