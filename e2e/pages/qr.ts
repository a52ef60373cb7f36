import { expect, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The "Show QR code" button and the full-screen view it opens. */
export class QrView {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly close: Locator;
  readonly code: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Show QR code', exact: true });
    this.dialog = page.getByRole('dialog');
    this.close = this.dialog.getByRole('button', { name: 'Close', exact: true });
    this.code = this.dialog.getByRole('img', { name: 'QR code of the link below' });
  }

  async open() {
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  /**
   * Reads the QR code from a screenshot of the whole page with jsQR, as a
   * phone camera would: dark modules on a light ground only (no inverted
   * retry), so a code drawn light on dark would not read.
   */
  async scan(): Promise<string | null> {
    // caret 'initial': hiding the caret injects a <style>, which the app's
    // CSP blocks and Firefox reports as an error on the page.
    return readQr(PNG.sync.read(await this.page.screenshot({ caret: 'initial' })));
  }
}

/** The text of the QR code in `png`, read as a phone camera would (see `scan`). */
export function readQr(png: PNG): string | null {
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'dontInvert' });
  return found?.data ?? null;
}

/** The text the share panel shows as the link. */
export function shareLinkOf(page: Page): Promise<string> {
  return page.getByRole('textbox', { name: 'Your share link' }).inputValue();
}
