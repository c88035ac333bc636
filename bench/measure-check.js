// Runs `citeaudit …` in this process and, when it ends, prints its peak memory (RSS, all threads) and CPU time to stderr.
import { measureOnExit } from './measure.js';

const { main } = await import('../dist/cli/main.js');
measureOnExit();
await main(process.argv);
