// Draws every model in bpmn/ to src/site/images/<name>.png for the README, with bpmn-js in headless
// Debian Chromium (no browser download): npm run diagrams
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const viewer = path.resolve('node_modules/bpmn-js/dist');
const outDir = path.resolve('src/site/images');
fs.mkdirSync(outDir, { recursive: true });

for (const file of fs.readdirSync('bpmn').filter(f => f.endsWith('.bpmn'))) {
  const xml = fs.readFileSync(path.join('bpmn', file), 'utf8');
  // the window is the diagram's size, so the picture has no empty margin
  const xs = [...xml.matchAll(/ x="(-?[0-9.]+)"(?: y="-?[0-9.]+")?(?: width="([0-9.]+)")?/g)].map(m => +m[1] + (+m[2] || 0));
  const ys = [...xml.matchAll(/ y="(-?[0-9.]+)"(?: width="[0-9.]+")?(?: height="([0-9.]+)")?/g)].map(m => +m[1] + (+m[2] || 0));
  const width = Math.ceil(Math.max(...xs) - Math.min(...xs, 0)) + 120;
  const height = Math.ceil(Math.max(...ys) - Math.min(...ys, 0)) + 120;
  const page = path.join(os.tmpdir(), `render-${file}.html`);
  fs.writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${viewer}/assets/bpmn-js.css">
<style>html,body,#c{width:100%;height:100%;margin:0;background:#fff}</style>
<script src="file://${viewer}/bpmn-viewer.production.min.js"></script></head>
<body><div id="c"></div><script>
const viewer = new BpmnJS({ container: '#c' });
viewer.importXML(${JSON.stringify(xml)}).then(() => viewer.get('canvas').zoom('fit-viewport'));
</script></body></html>`);
  const out = path.join(outDir, file.replace(/\.bpmn$/, '.png'));
  execFileSync(chromium, ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--allow-file-access-from-files',
    `--user-data-dir=${fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-'))}`,
    `--window-size=${width},${height}`, '--virtual-time-budget=5000', `--screenshot=${out}`, `file://${page}`], { stdio: 'ignore' });
  console.log(`drew ${out}`);
}
