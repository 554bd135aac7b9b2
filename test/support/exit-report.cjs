// Preloaded with `node --require` into the CLI under test: when the process exits it writes, to
// the file named by PORTBOT_TEST_REPORT, the packages it loaded (the CommonJS cache), the other
// files it required and read (readFileSync, openSync; by name) and Node's built-in modules it loaded
// (process.moduleLoadList). The CLI itself knows nothing of it.
const fs = require('node:fs');

const { writeFileSync, readFileSync, openSync } = fs;
const reads = new Set();
const note = (path) => reads.add(String(path).split(/[\\/]/).pop());
// The CLI reads its data files through fs.readFileSync or fs.openSync, looked up on the module at
// each call.
fs.readFileSync = (path, ...rest) => {
  note(path);
  return readFileSync(path, ...rest);
};
fs.openSync = (path, ...rest) => {
  note(path);
  return openSync(path, ...rest);
};

process.on('exit', () => {
  const packages = new Set();
  const files = [];
  for (const file of Object.keys(require.cache)) {
    const match = /.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
    if (match) packages.add(match[1].replace('\\', '/'));
    else files.push(file.split(/[\\/]/).pop());
  }
  const builtins = process.moduleLoadList
    .filter((entry) => entry.startsWith('NativeModule '))
    .map((entry) => entry.slice('NativeModule '.length));
  writeFileSync(
    process.env.PORTBOT_TEST_REPORT,
    JSON.stringify({
      packages: [...packages].sort(),
      files: files.sort(),
      reads: [...reads].sort(),
      builtins,
    }),
  );
});
