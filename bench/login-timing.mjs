// SPDX-License-Identifier: EUPL-1.2
// Whether the time of a failed portal login tells if the name has an account: ROUNDS failed logins
// for each of three demo accounts (four per name, below the throttle's five) and as many for names
// without an account, alternating, each from a fresh session; prints both series and their medians.
// Usage: node login-timing.mjs BASE_URL [ROUNDS]   (ROUNDS at most 4, or the throttle answers instead)
import http from 'node:http';

const [base, roundsArg] = process.argv.slice(2);
const rounds = Math.min(4, Number(roundsArg || 4));

function request(method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, base), { method, headers }, res => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', chunk => { data += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (body) {
      req.write(body);
    }
    req.end();
  });
}

async function failedLogin(username) {
  const form = await request('GET', '/portal/login', {});
  const cookie = (form.headers['set-cookie'] || []).map(c => c.split(';')[0]).join('; ');
  const viewState = /name="jakarta.faces.ViewState"[^>]*value="([^"]+)"/.exec(form.body)[1];
  const body = new URLSearchParams({ login: 'login', 'login:username': username,
    'login:password': 'falsch-' + Math.random(), 'login:submit': '', 'jakarta.faces.ViewState': viewState }).toString();
  const started = process.hrtime.bigint();
  const answer = await request('POST', '/portal/login', { Cookie: cookie,
    'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) }, body);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (answer.status !== 200 || answer.body.includes('Zu viele') || answer.body.includes('Too many')) {
    throw new Error('not an ordinary failed login for ' + username + ': ' + answer.status);
  }
  return ms;
}

const known = [];
const unknown = [];
for (let round = 0; round < rounds; round++) {
  for (const name of ['haendler2', 'citymanagement', 'admin']) {
    known.push(await failedLogin(name));
    unknown.push(await failedLogin('niemand-' + Math.random().toString(36).slice(2)));
  }
}
const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
};
const show = values => values.map(v => v.toFixed(0)).join(' ');
console.log(`names with an account    ms: ${show(known)}  median ${median(known).toFixed(0)}`);
console.log(`names without an account ms: ${show(unknown)}  median ${median(unknown).toFixed(0)}`);
console.log(`ratio of medians: ${(median(known) / median(unknown)).toFixed(2)}`);
