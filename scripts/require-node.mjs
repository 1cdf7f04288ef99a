// Runs before build, check and test. Astro 7 needs Node >= 22.12; the project
// installs its own Node (the `node` devDependency) and `npm run` puts it first
// on PATH. If this fails, that link is missing.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `weijian 需要 Node 22.12 或更高版本，当前是 ${process.version}（${process.execPath}）。\n` +
      '项目自带的 Node 没有链接上：请运行 `npm rebuild node`（或重新 `npm install`，不要加 --ignore-scripts），\n' +
      '并通过 `npm run …` 运行命令，而不是直接调用 node_modules/.bin 里的程序。',
  );
  process.exit(1);
}
