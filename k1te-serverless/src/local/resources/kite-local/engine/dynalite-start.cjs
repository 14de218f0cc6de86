// Starts dynalite (in memory) on a free loopback port, prints the port on one line and exits
// when its standard input closes, so it never outlives the JVM that started it.
// Usage: node dynalite-start.cjs <node_modules directory> [port]   (port 0 or absent: any free one)
'use strict';
const path = require('path');
const modules = process.argv[2];
const port = Number(process.argv[3] || 0);
const dynalite = require(path.join(modules, 'dynalite'));
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(server.address().port + '\n');
});
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
