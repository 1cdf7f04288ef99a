// What a pull or merge request's author is told about the preview of their
// change, in the job summary (GitHub) or the job log (GitLab): the built
// site is an artifact to download, served from its own sub-path.

export function previewNote(host: 'github' | 'gitlab', artifact: string, base: string): string {
  const where =
    host === 'github'
      ? `在这次运行的摘要页底部“Artifacts”中下载 \`${artifact}\``
      : `在合并请求的流水线中打开这个作业，在右侧“作业产物”中点“下载”`;
  return [
    '## 网站预览',
    '',
    `这次改动生成的网站放在 \`${base}\` 之下（不会发布到正式网站）。查看方法：`,
    '',
    `1. ${where}，解压。`,
    '2. 在解压出的文件夹中运行 `python3 -m http.server 8000`（或 `npx http-server -p 8000`）。',
    `3. 用浏览器打开 http://localhost:8000${base}`,
    '',
  ].join('\n');
}
