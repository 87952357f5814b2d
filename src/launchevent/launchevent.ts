// PLACEHOLDER entry so the build runs; the launch-event handler replaces it.
export {};
