// PLACEHOLDER entry so the build runs; the task pane replaces it.
export {};
