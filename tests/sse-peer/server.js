// An independent SSE server for tests/tst_ssepeer.cpp, built on the npm package better-sse, so
// SseClient is checked against someone else's reading of the spec, not only our own gateway.
//
//   node server.js [PORT]   listens on 127.0.0.1 (port 0 or absent: a free one) and prints
//                           "listening on PORT" on stdout. Exits when stdin closes, so a test
//                           that dies cannot leave it behind.
//
// Every scenario takes ?run=NAME; state (requests seen, drops done) is kept per run, so a test
// can repeat a scenario from scratch. GET /stats?run=NAME answers that state as JSON.
//   /events?total=N&drops=D&seed=S  events with ids 1..N, resumed from Last-Event-ID; the server
//                                   drops the connection D times at seeded random points, about
//                                   half of them in the middle of an event (sent partly, then the
//                                   socket closed) and half after a complete event (clean end of
//                                   the response).
//   /stall                          first connection: one event, then silence (no keep-alive), so
//                                   only the client's read timeout can end it; later: the next event.
//   /heartbeat                      one event, keep-alive comments every 100 ms for 1.5 s, one more
//                                   event: comments must keep a 500 ms read timeout from firing.
//   /no-content                     204: the client must stop for good.
//   /unavailable                    first request 503 with Retry-After: 1, then a stream.
//   /wrong-type                     200 with Content-Type text/html: the client must stop.
"use strict";

const http = require("node:http");
const { once } = require("node:events");
const { createSession, createEventBuffer } = require("better-sse");

const runs = new Map();

function runState(name) {
    if (!runs.has(name))
        runs.set(name, { requests: 0, lastEventIds: [], drops: [], dropsDone: 0, cleanEnds: 0, resets: 0, done: {} });
    return runs.get(name);
}

// mulberry32: small, seedable, the same sequence on every Node version.
function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

// ~300 bytes on the wire, with multi-byte UTF-8 so TCP splits land inside characters too.
function payload(n) {
    return { n, ticket: `INC${String(n).padStart(7, "0")}`, note: "état ✓ №" + "x".repeat(200 + (n % 37)) };
}

function serialize(n) {
    return createEventBuffer().push(payload(n), "tick", String(n)).read();
}

async function events(req, res, url, state) {
    const total = Number(url.searchParams.get("total") ?? 20000);
    const dropCount = Number(url.searchParams.get("drops") ?? 50);
    if (state.drops.length === 0 && dropCount > 0) {
        // Distinct drop points in [1, total): "after event k" (clean) or "inside event k + 1" (reset).
        const random = prng(Number(url.searchParams.get("seed") ?? 1));
        const points = new Set();
        while (points.size < Math.min(dropCount, total - 1))
            points.add(1 + Math.floor(random() * (total - 1)));
        state.drops = [...points].sort((x, y) => x - y).map((after) => ({
            after,
            reset: random() < 0.5,
            cut: random(), // where in the next event the reset lands
        }));
    }
    const session = await createSession(req, res, { retry: 10, keepAlive: null });
    let next = Number(session.lastId || "0") + 1;
    // The drop is chosen by the resume point, not by a connection counter: an HTTP client may
    // send a request twice (a retry after a reused keep-alive connection closed under it), and
    // such a duplicate must neither skip nor add a drop.
    const drop = state.drops.find((d) => d.after >= next);
    const end = drop ? drop.after : total;
    while (next <= end && session.isConnected) {
        const batchEnd = Math.min(end, next + 199);
        await session.batch((buffer) => {
            for (let n = next; n <= batchEnd; ++n)
                buffer.push(payload(n), "tick", String(n));
        });
        next = batchEnd + 1;
        if (res.writableNeedDrain)
            await once(res, "drain");
        else
            await new Promise(setImmediate); // a random-ish mix of chunk boundaries
    }
    if (!drop || !session.isConnected)
        return; // everything sent: stay open, the client closes when it has counted all
    if (!(drop.after in state.done)) {
        state.done[drop.after] = drop.reset ? "reset" : "clean";
        ++state.dropsDone;
        if (drop.reset)
            ++state.resets;
        else
            ++state.cleanEnds;
    }
    if (drop.reset) {
        const bytes = Buffer.from(serialize(next));
        // Part of the next event, then the connection is closed once it is on the wire.
        res.write(bytes.subarray(0, 1 + Math.floor(drop.cut * (bytes.length - 2))), () => req.socket.destroy());
    } else {
        res.end();
    }
}

async function stall(req, res, state) {
    const session = await createSession(req, res, { retry: 10, keepAlive: null });
    if (state.requests === 1) {
        session.push({ step: 1 }, "stall", "1");
        return; // and never another byte
    }
    session.push({ step: 2, resumedAfter: session.lastId }, "stall", "2");
}

async function heartbeat(req, res) {
    const session = await createSession(req, res, { retry: 10, keepAlive: 100 });
    session.push({ step: 1 }, "beat", "1");
    setTimeout(() => {
        if (session.isConnected)
            session.push({ step: 2 }, "beat", "2");
    }, 1500);
}

async function unavailable(req, res, state) {
    if (state.requests === 1) {
        res.writeHead(503, { "Retry-After": "1", "Content-Type": "text/plain" });
        res.end("try again later\n");
        return;
    }
    const session = await createSession(req, res, { retry: 10, keepAlive: null });
    session.push({ recovered: true }, "recovered", "1");
}

async function handle(req, res) {
    const url = new URL(req.url, "http://127.0.0.1");
    const state = runState(url.searchParams.get("run") ?? "default");
    if (url.pathname === "/stats") {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify(state));
        return;
    }
    ++state.requests;
    state.lastEventIds.push(req.headers["last-event-id"] ?? null);
    switch (url.pathname) {
    case "/events":
        return events(req, res, url, state);
    case "/stall":
        return stall(req, res, state);
    case "/heartbeat":
        return heartbeat(req, res);
    case "/no-content":
        res.writeHead(204);
        res.end();
        return;
    case "/unavailable":
        return unavailable(req, res, state);
    case "/wrong-type":
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end("<html><body>not a stream</body></html>\n");
        return;
    default:
        res.writeHead(404, { "Content-Type": "text/plain" });
        res.end("not found\n");
    }
}

const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
        // A client that went away mid-write: nothing to answer.
        if (!res.headersSent)
            res.writeHead(500).end(String(error));
    });
});
server.listen(Number(process.argv[2] ?? 0), "127.0.0.1", () => {
    process.stdout.write(`listening on ${server.address().port}\n`);
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
