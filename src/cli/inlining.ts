import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode TurboFan may inline into one function it optimises (V8's default: 920), set for this
 * process and its worker threads before anything is checked. Each thread compiles the pipeline's hot
 * functions again on V8's background threads, and with the default budget a rule visitor or the note
 * scanner grew into one large graph, compiled again after each deoptimisation: on 300 generated
 * manuscripts compiling took about 1.5 s of the 4 s of CPU of checking them in one thread. With 150 the
 * same check executes 14 % fewer instructions at 300 files and 10 % fewer at 1,000 (counted under
 * valgrind, so that the machine's load does not count): the code runs no slower once warm.
 */
const INLINING_BUDGET = '--max-inlined-bytecode-size-cumulative=150';

/** Sets the budget; `check` calls it first, and the benchmark's pipeline baseline too, to compare like with like. */
export function setInliningBudget(): void {
  setFlagsFromString(INLINING_BUDGET);
}
