// Lays out a hand-written BPMN file that has no diagram yet (every element shaped, every flow drawn).
// Each node must list its <bpmn:incoming>/<bpmn:outgoing> flows, as Modeler writes them, or edges are
// left out. Ids are kept; run it once on a new file, then edit the layout in Modeler.
//   npm run layout -- bpmn/brand-application.bpmn
import { layoutProcess } from 'bpmn-auto-layout';
import fs from 'node:fs';

for (const file of process.argv.slice(2)) {
  const laidOut = await layoutProcess(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, laidOut);
  console.log(`laid out ${file}`);
}
