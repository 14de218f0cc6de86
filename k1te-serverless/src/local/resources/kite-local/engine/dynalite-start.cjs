// Starts dynalite (in memory) on a free loopback port, prints the port on one line and exits
// when its standard input closes, so it never outlives the JVM that started it.
// Each line "stats" read from standard input is answered with one JSON line on standard output:
// requests served (in total and per DynamoDB operation), TCP connections accepted, their summed time from parsed request
// to response end, this process's CPU time and its event loop's busy and idle time, so that a
// benchmark can tell whether this single-threaded engine is the bottleneck.
// Usage: node dynalite-start.cjs <node_modules directory> [port]   (port 0 or absent: any free one)
'use strict';
const path = require('path');
const { performance } = require('perf_hooks');
const modules = process.argv[2];
const port = Number(process.argv[3] || 0);
const dynalite = require(path.join(modules, 'dynalite'));
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });

const served = { requests: 0, connections: 0, operations: {}, residenceMicros: 0 };
server.on('connection', () => {
  served.connections++;
});
server.prependListener('request', (req, res) => {
  const arrived = process.hrtime.bigint();
  const target = String(req.headers['x-amz-target'] || '');
  const operation = target.slice(target.lastIndexOf('.') + 1) || 'other';
  res.on('finish', () => {
    served.requests++;
    served.operations[operation] = (served.operations[operation] || 0) + 1;
    served.residenceMicros += Number((process.hrtime.bigint() - arrived) / 1000n);
  });
});

function stats() {
  const cpu = process.cpuUsage();
  const loop = performance.eventLoopUtilization();
  return JSON.stringify({
    requests: served.requests,
    connections: served.connections,
    operations: served.operations,
    residenceMicros: served.residenceMicros,
    cpuMicros: cpu.user + cpu.system,
    loopActiveMillis: loop.active,
    loopIdleMillis: loop.idle,
  });
}

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(server.address().port + '\n');
});
let pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  let newline;
  while ((newline = pending.indexOf('\n')) >= 0) {
    const command = pending.slice(0, newline).trim();
    pending = pending.slice(newline + 1);
    if (command === 'stats') {
      process.stdout.write(stats() + '\n');
    }
  }
});
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
