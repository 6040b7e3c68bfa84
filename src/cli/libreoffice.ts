// Headless LibreOffice, where it is installed: found and run the same way by the CLI (summary --pdf)
// and by the tests that recalculate our files with it.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/snap/bin/libreoffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export interface LibreOfficeStatus { available: boolean; path?: string; reason?: string }

/** Where soffice is (env SOFFICE_PATH first, then the usual install paths, then PATH), or why it is not usable. */
export function libreOfficeStatus(): LibreOfficeStatus {
  const fromEnv = process.env.SOFFICE_PATH;
  if (fromEnv) {
    return isExecutable(fromEnv) ? { available: true, path: fromEnv } : { available: false, reason: `SOFFICE_PATH=${fromEnv} is not an executable file` };
  }
  const onPath = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).flatMap((d) => [path.join(d, 'soffice'), path.join(d, 'libreoffice')]);
  const found = [...CANDIDATES, ...onPath].find(isExecutable);
  return found
    ? { available: true, path: found }
    : { available: false, reason: `soffice not found in ${CANDIDATES[0]}, the usual install paths or PATH (install libreoffice-calc or set SOFFICE_PATH)` };
}

/** Runs soffice; a run over `timeoutMs` is killed with its whole process group (soffice.bin too). */
export function runSoffice(exe: string, args: string[], timeoutMs = 120_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(exe, args, { detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`soffice timed out after ${timeoutMs / 1000} s\n${stdout}${stderr}`));
      else if (code !== 0) reject(new Error(`soffice exited with ${code ?? signal}\n${stdout}${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}
