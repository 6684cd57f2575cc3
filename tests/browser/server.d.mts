// Types for server.mjs, so TypeScript tests and the Playwright config can import it.
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
export declare function startPreviewServer(
  port?: number,
): Promise<{ url: string; close: () => Promise<undefined> }>;
