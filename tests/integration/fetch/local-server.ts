import http from "node:http";
import type { AddressInfo } from "node:net";

export type TLocalServer = { port: number; host: string; url: (path?: string) => string; close: () => Promise<void> };

/** A throwaway HTTP server on 127.0.0.1 and a random port, for fetcher and import tests. */
export async function startLocalServer(handler: http.RequestListener): Promise<TLocalServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    host: `127.0.0.1:${port}`,
    url: (path = "/") => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
