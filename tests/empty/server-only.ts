// Vitest stand-in for the `server-only` marker: tests run lib/server code outside React's server graph.
export {};
