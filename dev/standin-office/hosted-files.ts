/**
 * Plays the add-in's web host for a few same-origin files (the playground's loaded policy): a
 * fetch for one of them is answered from memory, everything else goes to the network.
 */
export function serveHostedFiles(
  files: Readonly<Record<string, { readonly status: number; readonly body: string }>>,
): void {
  const network = window.fetch.bind(window);
  const base = new URL(".", window.location.href);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    if (url.origin === base.origin && url.pathname.startsWith(base.pathname)) {
      const file = files[url.pathname.slice(base.pathname.length)];
      if (file)
        return Promise.resolve(
          new Response(file.body, {
            status: file.status,
            headers: { "content-type": "application/json; charset=utf-8" },
          }),
        );
    }
    return network(input, init);
  };
}
