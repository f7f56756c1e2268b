import type { Browser } from 'playwright-core';

/** Debian's Chromium (or CHROMIUM_PATH), headless, with nothing reaching out to the network. */
export function launchChromium(): Promise<Browser>;
