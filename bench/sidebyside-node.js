// Client 4 of bench_sidebyside: node-ari-client (npm ari-client) with one
// handler per event type, counting events until it has seen them all.
//   node sidebyside-node.js BASE_URL EXPECTED TYPE,TYPE,...
// Prints {"events": N, "seconds": S}, timed from the event socket's open to the last event.
'use strict';
const ari = require('ari-client');

const [base, expectedText, typesText] = process.argv.slice(2);
const expected = Number(expectedText);
const types = typesText.split(',');

ari.connect(base, 'asterisk', 'asterisk').then((client) => {
    let seen = 0;
    let start = null;
    const handler = () => {
        if (++seen === expected) {
            const seconds = Number(process.hrtime.bigint() - start) / 1e9;
            process.stdout.write(JSON.stringify({ events: seen, seconds }) + '\n');
            process.exit(0);
        }
    };
    for (const type of types)
        client.on(type, handler);
    client.on('WebSocketConnected', () => { start = process.hrtime.bigint(); });
    client.start('benchnode');
}).catch((err) => {
    process.stderr.write('node-ari-client: ' + (err && err.message ? err.message : String(err)) + '\n');
    process.exit(1);
});
