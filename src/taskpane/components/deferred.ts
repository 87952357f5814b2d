// What the pane shows only once a mail is judged: webpack puts this in its own chunk, which
// index.tsx starts loading with the detection core, so the first paint carries less JavaScript.
export { PinHint } from "./PinHint/PinHint";
export { VerdictDetails } from "./VerdictDetails/VerdictDetails";
