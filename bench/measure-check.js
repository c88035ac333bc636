// Runs `citeaudit …` in this process and, when it ends, prints its peak memory (RSS, all threads) and CPU time to stderr.
const { main } = await import('../dist/cli/main.js');
await main(process.argv);
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(
    '\n@measure ' + JSON.stringify({ maxRSS: u.maxRSS, user: u.userCPUTime, system: u.systemCPUTime }) + '\n',
  );
});
