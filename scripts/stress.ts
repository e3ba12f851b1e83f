// The long soak of the language server (test/stress/soak.ts): EDITS edits (default
// 20,000) over stdio with requests, cancellations, closes and malformed frames, printing
// the server's resident memory along the way. Run: npm run test:stress

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
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
