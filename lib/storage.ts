/**
 * window.localStorage / sessionStorage, or null where even reading them
 * throws (privacy modes, disabled cookies, sandboxed frames): every reader
 * and writer of the site's storage goes through this, so none can crash the page.
 */
export function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[kind];
  } catch {
    return null;
  }
}
