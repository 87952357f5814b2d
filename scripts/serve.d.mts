export const OFFICE_CDN_SCRIPT: string;
export const STANDIN_PATH: string;

/** The page with office.js replaced by the stand-in; throws when the page has no office.js tag. */
export function swapOfficeScript(html: string): string;

export type ServeOptions = {
  /** Folder to serve; "dist" by default. */
  readonly root?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Loopback only: 127.0.0.1 (default), localhost or ::1. */
  readonly host?: string;
  /** When set, `/__standin/office.js` serves it and `*.html?standin=1` loads it instead of office.js. */
  readonly standinScript?: string;
  readonly tls?: { readonly cert: string | Uint8Array; readonly key: string | Uint8Array };
  readonly log?: (line: string) => void;
};

export type Served = {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:3000/ */
  readonly url: string;
  readonly port: number;
  readonly close: () => Promise<void>;
};

export function startServer(options?: ServeOptions): Promise<Served>;
