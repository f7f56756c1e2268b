import { randomUUID } from 'node:crypto';
import { APP_ORIGIN, PRINT_DOCUMENT_PREFIX } from '../appUrl';

/**
 * Tickets waiting to be loaded by a print window, held in memory and served
 * by the app:// protocol at `app://desk/__print/<id>.html`. Same origin as
 * the fonts the ticket names, no temporary files to clean up, and gone as
 * soon as the print window is done with it.
 */
export class PrintDocuments {
  private readonly documents = new Map<string, string>();

  add(html: string): { readonly id: string; readonly url: string } {
    const id = randomUUID();
    this.documents.set(id, html);
    return { id, url: `${APP_ORIGIN}${PRINT_DOCUMENT_PREFIX}${id}.html` };
  }

  /** The HTML for a request path like `/__print/<id>.html`, if it is still held. */
  htmlForPath(pathname: string): string | undefined {
    if (!pathname.startsWith(PRINT_DOCUMENT_PREFIX) || !pathname.endsWith('.html')) return undefined;
    const id = pathname.slice(PRINT_DOCUMENT_PREFIX.length, -'.html'.length);
    return this.documents.get(id);
  }

  remove(id: string): void {
    this.documents.delete(id);
  }

  get size(): number {
    return this.documents.size;
  }
}
