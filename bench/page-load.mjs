// SPDX-License-Identifier: EUPL-1.2
// Closed-model load on the results page: USERS virtual shoppers, each sending the next search THINK_MS (on average,
// uniformly 0.5x to 1.5x) after the last answer arrived, for SECONDS after a 20 s warm-up; then the same shoppers
// without any pause, which saturates the server and shows the worst case. Prints answer-time percentiles of both runs
// measured on loopback, i.e. server time plus a negligible transfer.
// Usage: node page-load.mjs BASE_URL [USERS] [SECONDS] [THINK_MS]
import http from 'node:http';

const [base, usersArg, secondsArg, thinkArg] = process.argv.slice(2);
const users = Number(usersArg || 20);
const seconds = Number(secondsArg || 30);
const thinkMs = Number(thinkArg || 1000);
const queries = ['schuhe', 'buch', 'kaffee', 'jacke', 'spielzeug', 'kopfhörer', 'tee', 'rucksack', 'laufschuhe',
  'pfanne', 'shampoo', 'puzzle', 'schal', 'wolle', 'fahrrad', 'lampe'];
const filters = ['', '&inStock=true', '&openNow=true', '&sort=price', '&category=schuhe', '&radius=2'];
const agent = new http.Agent({ keepAlive: true, maxSockets: users });

function get(path) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    http.get(base + path, { agent, headers: { 'Accept-Language': 'de' } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    }).on('error', reject);
  });
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(durationMs, samples, think) {
  const until = Date.now() + durationMs;
  let n = 0;
  await Promise.all(Array.from({ length: users }, async (_, user) => {
    while (Date.now() < until) {
      const i = n++;
      const path = '/search?q=' + encodeURIComponent(queries[i % queries.length]) + filters[(i + user) % filters.length];
      const answer = await get(path);
      if (samples) {
        samples.push(answer);
      }
      if (think > 0) {
        await pause(think * (0.5 + Math.random()));
      }
    }
  }));
}

function measured(label, think, samples, elapsed) {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  const failed = samples.filter((s) => s.status !== 200).length;
  return { run: label, users, thinkMs: think, seconds, requests: samples.length, failed,
    perSecond: +(samples.length / elapsed).toFixed(1), p50: +at(0.5).toFixed(1), p95: +at(0.95).toFixed(1),
    p99: +at(0.99).toFixed(1), max: +times[times.length - 1].toFixed(1) };
}

await run(20000, null, 0);
for (const [label, think] of [['shoppers', thinkMs], ['saturated', 0]]) {
  const samples = [];
  const started = Date.now();
  await run(seconds * 1000, samples, think);
  console.log(JSON.stringify(measured(label, think, samples, (Date.now() - started) / 1000)));
}
agent.destroy();
