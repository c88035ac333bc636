// When this process ends, prints its peak memory (RSS, all threads) and CPU time to stderr, as one line
// that bench/issue.js reads.
export function measureOnExit() {
  process.on('exit', () => {
    const u = process.resourceUsage();
    process.stderr.write(
      '\n@measure ' + JSON.stringify({ maxRSS: u.maxRSS, user: u.userCPUTime, system: u.systemCPUTime }) + '\n',
    );
  });
}
