/**
 * Spawns the real `whosaid` command (bin/whosaid.mjs) the way a user runs it, capturing output and exit code.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/whosaid.mjs', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `closeStdoutAfterFirstChunk` reads like `whosaid … | head`: the reader goes away while the command still writes. */
export function runCli(args: string[], stdin?: string, closeStdoutAfterFirstChunk = false): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (closeStdoutAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // The command may finish before reading all its input (its reader left); that is no error of the test.
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin ?? '');
  });
}
