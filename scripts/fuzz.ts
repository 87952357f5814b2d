/**
 * Fuzzes the detection library at scale (a script, not a CI test):
 *
 *   npm run fuzz -- --cases 100000 --seed 7
 *
 * Half the cases are generated MessageFacts (fast-check, the arbitraries of test/robustness),
 * half are mails of ../shared/corpus damaged by the mutations of test/robustness/support
 * (skipped, saying so, when the corpus is absent). Every case is judged twice: analyze must not
 * throw, must give one of the four levels with no rule failure, and must give the same verdict
 * both times. Prints the counts and the first problems; exits 1 on any.
 */
import { isDeepStrictEqual, parseArgs } from "node:util";
import fc from "fast-check";
import { analyze, defaultPolicy, type MessageFacts, type Verdict } from "../src/core";
import { emlToFacts } from "../src/mime/eml-to-facts";
import { errorText } from "../src/core/text/error-text";
import { levels, messageFacts } from "../test/robustness/support/arbitraries";
import { corpusFiles, corpusPresent, readCorpusMail } from "../test/robustness/support/corpus";
import { mutations, seededRng } from "../test/robustness/support/mutations";

const { values } = parseArgs({
  options: { cases: { type: "string", default: "10000" }, seed: { type: "string", default: "1" } },
});
const cases = Number(values.cases);
const seed = Number(values.seed);
const problems: string[] = [];

function check(label: string, judgeOnce: () => Verdict): void {
  try {
    const first = judgeOnce();
    const again = judgeOnce();
    if (!(levels as readonly string[]).includes(first.level)) problems.push(`${label}: level "${first.level}"`);
    else if (first.ruleFailures.length > 0)
      problems.push(`${label}: rule failures ${first.ruleFailures.map((f) => `${f.rule}: ${f.error}`).join("; ")}`);
    else if (!isDeepStrictEqual(first, again)) problems.push(`${label}: two runs gave different verdicts`);
  } catch (error) {
    problems.push(`${label}: threw ${errorText(error)}`);
  }
}

const started = performance.now();
const generatedCases = corpusPresent ? Math.ceil(cases / 2) : cases;
const samples: MessageFacts[] = fc.sample(messageFacts(), { numRuns: generatedCases, seed });
samples.forEach((facts, i) => {
  check(`generated #${i}`, () => analyze(facts, defaultPolicy));
});

let mutated = 0;
if (corpusPresent) {
  const mails = [...corpusFiles("phish"), ...corpusFiles("ham")].map(readCorpusMail);
  const rng = seededRng(seed);
  for (let i = 0; mutated < cases - generatedCases; i += 1) {
    const mail = mails[i % mails.length];
    const mutation = mutations[Math.floor(rng.next() * mutations.length)];
    if (mail === undefined || mutation === undefined) break;
    const bytes = mutation.apply(mail.bytes, rng);
    let facts: MessageFacts | undefined;
    try {
      facts = await emlToFacts(bytes);
    } catch (error) {
      problems.push(`${mail.label} × ${mutation.name}: parsing threw ${errorText(error)}`);
    }
    const parsed = facts;
    if (parsed !== undefined) check(`${mail.label} × ${mutation.name}`, () => analyze(parsed, defaultPolicy));
    mutated += 1;
  }
} else {
  console.log("No ../shared/corpus beside the repository: only generated facts were fuzzed.");
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `fuzz: seed ${seed}, ${samples.length} generated + ${mutated} mutated corpus cases, each judged twice, in ${seconds} s: ${problems.length} problems`,
);
for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
