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

/**
 * From the next load on, records every file the page saves through a
 * download link (an object URL clicked with `download` set), with its bytes
 * in base64: Playwright's download event is Chromium's only, over BiDi
 * Firefox reports none.
 */
export async function captureFiles(page: Page) {
  await page.addInitScript(() => {
    const blobs = new Map<string, Blob>();
    const w = window as unknown as { __files: Promise<{ name: string; type: string; base64: string }>[] };
    w.__files = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    const base64 = async (blob: Blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      const name = this.download;
      if (name && blob) w.__files.push(base64(blob).then((b) => ({ name, type: blob.type, base64: b })));
      return click.call(this);
    };
  });
}

/** Every file saved since the page loaded, oldest first, as bytes. */
export async function capturedFiles(page: Page): Promise<{ name: string; type: string; bytes: Buffer }[]> {
  const files = await page.evaluate(() =>
    Promise.all((window as unknown as { __files: Promise<{ name: string; type: string; base64: string }>[] }).__files),
  );
  return files.map((f) => ({ name: f.name, type: f.type, bytes: Buffer.from(f.base64, 'base64') }));
}

/** The text the share panel shows as the link. */
export function shareLinkOf(page: Page): Promise<string> {
  return page.getByRole('textbox', { name: 'Your share link' }).inputValue();
}
