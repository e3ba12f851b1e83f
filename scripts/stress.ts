// The long soak of the language server (test/stress/soak.ts): EDITS edits (default
// 20,000) over stdio with requests, cancellations, closes and malformed frames, printing
// the server's resident memory along the way; then how the server answers another
// document while a long check runs (test/stress/longCheck.ts). Run: npm run test:stress

import { longCheck } from '../test/stress/longCheck';
import { soak } from '../test/stress/soak';

async function main(): Promise<void> {
  const edits = Number(process.env.EDITS) || 20_000;
  const result = await soak(edits);
  const samples = result.rss.map((mb, i) => {
    const at = i === 0 ? 'open' : i === result.rss.length - 1 ? 'end' : `${(i * result.sampleEvery).toLocaleString('en-US')}`;
    return `${at}: ${mb} MB`;
  });
  console.log(
    `${result.edits.toLocaleString('en-US')} edits over ${result.documents} documents in ${result.seconds.toFixed(1)} s; ` +
      `${result.requests} requests (${result.cancelled} cancelled), ${result.closes} closes, ${result.malformed} malformed frames`,
  );
  console.log(`server RSS: ${samples.join(', ')}`);

  const long = await longCheck(Number(process.env.PARAGRAPHS) || undefined);
  const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
  console.log(
    `long check: a web page of ${long.bigChars.toLocaleString('en-US')} characters checked in ${ms(long.bigCheckMs)}; ` +
      `meanwhile another report published in ${ms(long.smallPublishMs)}, its outline in ${ms(long.smallSymbolsMs)}, ` +
      `its hover in ${ms(long.smallHoverMs)} (${long.answeredDuringCheck ? 'all during the check' : 'NOT during the check'}); ` +
      `an edit mid-check published versions [${long.publishedAfterEdit.join(', ')}]`,
  );
  if (!long.answeredDuringCheck || long.publishedAfterEdit.join() !== '2') process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
