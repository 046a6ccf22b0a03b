/** Synchronous SHA-256 over UTF-8 text, returning lowercase hex. Sync so replay stays fast. */
export interface Hasher {
  sha256Hex(text: string): string;
}
