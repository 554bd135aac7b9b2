// Preloaded with `node --require` into a service under test or benchmark: on SIGUSR2 it writes one
// line to stderr with the packages the process has loaded (from the CommonJS cache, which also
// holds CommonJS packages imported from ES modules, as @slack/bolt and discord.js are) and its
// memory. The service itself knows nothing of it.
const { writeSync } = require('node:fs');

process.on('SIGUSR2', () => {
  const packages = new Set();
  for (const file of Object.keys(require.cache)) {
    // The last node_modules in the path names the package (a dependency's own dependencies nest).
    const match = /.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
    if (match) packages.add(match[1].replace('\\', '/'));
  }
  const { rss, heapUsed } = process.memoryUsage();
  // Committed memory per V8 heap space (new, old, code, large objects…), in bytes.
  const spaces = Object.fromEntries(
    require('node:v8')
      .getHeapSpaceStatistics()
      .map((space) => [space.space_name, space.physical_space_size]),
  );
  writeSync(
    2,
    `process-report ${JSON.stringify({ packages: [...packages].sort(), rss, heapUsed, spaces })}\n`,
  );
});
