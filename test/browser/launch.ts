/**
 * Launching Debian's Chromium for the browser tests, in one place.
 *
 * Headless, with a fresh profile folder, and with the flags that keep it
 * off the network: without them it stalls on this machine's closed network.
 * Never a downloaded browser (`npx playwright install`).
 */
import {existsSync} from 'node:fs'
import {chromium, type BrowserContext} from 'playwright-core'

/** Where Chromium is (default: Debian's `/usr/bin/chromium`; `NEWSLD_CHROMIUM` overrides). */
export const chromiumPath = process.env['NEWSLD_CHROMIUM'] ?? '/usr/bin/chromium'

/** Whether the browser tests can run here. */
export const hasChromium = existsSync(chromiumPath)

/** Start headless Chromium with a fresh profile in `profile` (a folder that does not exist yet). */
export function launchChromium(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic'
    ]
  })
}
