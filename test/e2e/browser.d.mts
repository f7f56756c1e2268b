import type { Browser, LaunchOptions } from 'playwright-core';

/** Headless, with nothing reaching out to the network. */
export const CHROMIUM_ARGS: readonly string[];

/** `CHROMIUM_PATH` when set, else the npm package's headless Chromium (Linux x64) and its libraries, unpacked on first use. */
export function chromiumLaunchOptions(): Promise<LaunchOptions & { executablePath: string; args: string[] }>;

/** That Chromium, headless, with nothing reaching out to the network; `extraArgs` added to its arguments. */
export function launchChromium(extraArgs?: readonly string[]): Promise<Browser>;
