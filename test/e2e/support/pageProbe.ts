import type { Page, Request } from 'playwright-core';

/** One request the probe flagged, with what a reader needs to find its cause. */
export interface ProbedRequest {
  url: string;
  method: string;
  resourceType: string;
  failure?: string;
}

/** What a page did that a test must see: requests to other origins, console errors, uncaught errors, failures. */
export interface PageProbe {
  /** Every request whose origin is not the app's (including ones the browser blocked or that failed). */
  readonly foreignRequests: ProbedRequest[];
  /** Every same-origin request that failed or got an HTTP status >= 400 (except those `allowFailure` accepts). */
  readonly failedRequests: ProbedRequest[];
  /** `console.error` messages and browser-logged errors (e.g. "Failed to load resource"). */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: string[];
  /** Every request the page made, in order (for the bench and for debugging). */
  readonly requests: Request[];
  /** Throws one error listing everything above that is not empty. */
  assertClean(context?: string): void;
  /** Stops listening. */
  detach(): void;
}

/** Options for {@link watchPage}. */
export interface WatchPageOptions {
  /** The app origin, e.g. http://localhost:41234. */
  origin: string;
  /** Same-origin failures a test expects (e.g. an /api/ call while offline). */
  allowFailure?: (request: ProbedRequest) => boolean;
  /** Console errors a test expects (use sparingly, and say why at the call site). */
  allowConsoleError?: (text: string) => boolean;
}

/**
 * Records, from the moment it is attached, every request (the page's and its service worker's) to another origin, every failed app request,
 * console error and page error, so a test can assert "no request leaves the origin, nothing logged an error".
 * data: and blob: URLs are not requests to another origin.
 */
export function watchPage(page: Page, options: WatchPageOptions): PageProbe {
  const foreignRequests: ProbedRequest[] = [];
  const failedRequests: ProbedRequest[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: Request[] = [];
  const describe = (request: Request, failure?: string): ProbedRequest => ({
    url: request.url(),
    method: request.method(),
    resourceType: request.resourceType(),
    ...(failure ? { failure } : {}),
  });
  const isForeign = (url: string): boolean => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== options.origin;
    } catch {
      return true; // unparsable URL: report it rather than hide it
    }
  };
  // Listen on the context so the service worker's own fetches (precaching) are seen too.
  const context = page.context();
  const mine = (request: Request): boolean => {
    if (request.serviceWorker()) return true;
    try {
      return request.frame().page() === page;
    } catch {
      return true;
    }
  };
  const onRequest = (request: Request): void => {
    if (!mine(request)) return;
    requests.push(request);
    if (isForeign(request.url())) foreignRequests.push(describe(request));
  };
  const onFailed = (request: Request): void => {
    if (!mine(request) || isForeign(request.url())) return;
    const probed = describe(request, request.failure()?.errorText ?? 'failed');
    if (!options.allowFailure?.(probed)) failedRequests.push(probed);
  };
  const onFinished = async (request: Request): Promise<void> => {
    if (!mine(request) || isForeign(request.url())) return;
    const response = await request.response();
    if (response && response.status() >= 400) {
      const probed = describe(request, `HTTP ${response.status()}`);
      if (!options.allowFailure?.(probed)) failedRequests.push(probed);
    }
  };
  const onConsole = (message: { type(): string; text(): string; location(): { url: string; lineNumber: number } }): void => {
    if (message.type() !== 'error') return;
    const loc = message.location();
    const text = `${message.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`;
    if (!options.allowConsoleError?.(text)) consoleErrors.push(text);
  };
  const onPageError = (error: Error): void => {
    pageErrors.push(error.stack ?? error.message);
  };
  const onFinishedListener = (request: Request): void => {
    void onFinished(request);
  };
  context.on('request', onRequest);
  context.on('requestfailed', onFailed);
  context.on('requestfinished', onFinishedListener);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    foreignRequests,
    failedRequests,
    consoleErrors,
    pageErrors,
    requests,
    assertClean(context = 'page') {
      const problems: string[] = [];
      const list = (title: string, items: string[]): void => {
        if (items.length) problems.push(`${title}:\n  ${items.join('\n  ')}`);
      };
      list('requests to other origins', foreignRequests.map((r) => `${r.method} ${r.url} [${r.resourceType}]`));
      list('failed app requests', failedRequests.map((r) => `${r.method} ${r.url} [${r.resourceType}] ${r.failure ?? ''}`));
      list('console errors', consoleErrors);
      list('page errors', pageErrors);
      if (problems.length) throw new Error(`${context} is not clean:\n${problems.join('\n')}`);
    },
    detach() {
      context.off('request', onRequest);
      context.off('requestfailed', onFailed);
      context.off('requestfinished', onFinishedListener);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    },
  };
}
