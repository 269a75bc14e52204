<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Streamdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamdesk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2), hiredis and QtKeychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain (without one, in memory for the session) and never written to settings files or logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operations console for a ServiceNow change pipeline on Redis: live tickets, streams and consumer groups, dead letters and feeds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, only options (see &apos;streamdesk-cli %1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliConsole</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliDispatcher</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line companion of Streamdesk, the operations console for the ServiceNow change pipeline on Redis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see the list below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; run &apos;streamdesk-cli --help&apos; for the list of commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command; run &apos;streamdesk-cli --help&apos; for the list of commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;streamdesk-cli --help&apos; for the list of commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print log messages (connection steps, warnings) on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] &lt;command&gt; [command options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; run &apos;%2&apos; for the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for %2; run &apos;%3&apos; for its options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Redis server as redis://[user[:password]@]host[:port][/db] or rediss://... (default: $REDIS_URL, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file (default: the system CAs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (PEM) for servers that ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (PEM) of the client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name to verify the server certificate against (default: the URL&apos;s host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the server certificate or host name (testing only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the connection and for each reply (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the environment variable %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must be given together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds greater than 0 and at most %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-insecure: the certificate and host name of %1 are not verified; anyone in between can read and change the traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be an integer between %2 and %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the ticket store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Redis server, or start a &lt;b&gt;sandbox&lt;/b&gt;: a private redis-server on this computer whose data is thrown away when Streamdesk exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis://user@host:6379/0 or rediss://host:6380</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL us&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use T&amp;LS (rediss://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip certificate &amp;verification (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not authenticated: anyone between you and it can read and change the traffic, your password included. Use this only for a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a private redis-server with throwaway data and connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the password for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate and the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but INFO failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works: Redis %1, round trip %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <source>Round-trip time of a PING, measured every 2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSummaryWidget</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File → Connect… (Ctrl+K) or start the sandbox (Ctrl+Shift+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading server information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server information yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>round trip %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumeCommand</name>
    <message>
        <source>Process the change stream in a consumer group into a ticket store (acks, recovery, dead letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail the change stream into a ticket store without joining any consumer group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket store file (SQLite); created if missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after SECONDS without a new entry (default: run until SIGINT/SIGTERM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per read (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one read blocks, in milliseconds (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries larger than this are malformed (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer name, stable across restarts (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the group at the start of the stream instead of at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover entries pending longer than MS in any consumer (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-letter an entry delivered more than N times (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start after this entry id, or $ for new entries only (default: $).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1, applied %2, duplicates %3, stale %4, malformed %5, dead-lettered %6, %7 events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a stream entry id (like 1700000000000-0), 0 or $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: %1; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the ticket store %1, and its directory %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the ticket store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries of group %1 are still pending with other consumers (%2); a process run claims those idle for %3 or more (--claim-min-idle)</source>
        <translation>
            <numerusform>%n entry of group %1 is still pending with other consumers (%2); a process run claims those idle for %3 or more (--claim-min-idle)</numerusform>
            <numerusform>%n entries of group %1 are still pending with other consumers (%2); a process run claims those idle for %3 or more (--claim-min-idle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsumerThread</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consumer updates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per second, last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to list its tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a ticket to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets by type and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently resolved, closed or canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; open · &lt;b&gt;%2&lt;/b&gt; closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 (%4 % of %1)
Click to list these tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied &lt;b&gt;%1&lt;/b&gt;/s · dead‑lettered &lt;b&gt;%2&lt;/b&gt;/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top groups by open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since start: %1 received, %2 applied, %3 dead-lettered, %4 malformed; %5 applied from feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · feeds &lt;b&gt;%1&lt;/b&gt;/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 open
Click to list these tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in the last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets yet. Observing shows new entries; Pipeline ▸ Read the Whole Stream loads the earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLetter</name>
    <message>
        <source>Data not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid sys_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted while pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sys_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting sys_ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLetterModel</name>
    <message>
        <source>Dead-lettered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: the count is known for entries recovered from the pending list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Reason code: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLetterQueue</name>
    <message>
        <source>the connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n entries)</source>
        <translation>
            <numerusform>%1 (after %n entry)</numerusform>
            <numerusform>%1 (after %n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadLettersCommand</name>
    <message>
        <source>List the dead-letter stream, or replay or delete its entries once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change stream key; its dead letters are in KEY:dlq (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many entries to list, newest first (default: 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this entry&apos;s original fields back into the stream and remove it from the dead letters (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay every entry there is now (entries that fail again come back with new ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry from the dead letters for good (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every entry there is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --replay, --replay-all, --delete and --delete-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason goes with listing, --replay-all or --delete-all, not with given ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dead letters (%1 is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dead letters</source>
        <translation>
            <numerusform>%1: %n dead letter</numerusform>
            <numerusform>%1: %n dead letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, showing the newest %n with reason %1</source>
        <translation>
            <numerusform>, showing the newest %n with reason %1</numerusform>
            <numerusform>, showing the newest %n with reason %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, showing the newest %n</source>
        <translation>
            <numerusform>, showing the newest %n</numerusform>
            <numerusform>, showing the newest %n</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replayed %n entries to %1</source>
        <translation>
            <numerusform>replayed %n entry to %1</numerusform>
            <numerusform>replayed %n entries to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n entries from %1</source>
        <translation>
            <numerusform>deleted %n entry from %1</numerusform>
            <numerusform>deleted %n entries from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no original fields to replay, left in %1</source>
        <translation>
            <numerusform>%n with no original fields to replay, left in %1</numerusform>
            <numerusform>%n with no original fields to replay, left in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only entries with this reason code (e.g. bad_json, too_large, too_many_deliveries), when listing or with --replay-all/--delete-all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole entry id, ms-seq (like 1736937000000-0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, none with reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server, left in %1 (first: %2)</source>
        <translation>
            <numerusform>%n refused by the server, left in %1 (first: %2)</numerusform>
            <numerusform>%n refused by the server, left in %1 (first: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n entries done</source>
        <translation>
            <numerusform>interrupted: %n entry done</numerusform>
            <numerusform>interrupted: %n entries done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the given ids were not done</source>
        <translation>
            <numerusform>%n of the given ids was not done</numerusform>
            <numerusform>%n of the given ids were not done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be replayed</source>
        <translation>
            <numerusform>%n entry could not be replayed</numerusform>
            <numerusform>%n entries could not be replayed</numerusform>
        </translation>
    </message>
    <message>
        <source>--count goes with listing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reason code Streamdesk writes (%2); matching it as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting: %1 of %2 dead letters done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaying: %1 of %2 dead letters done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLettersDialog</name>
    <message>
        <source>(%1 more bytes not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead Letters — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dead letter to see its reason and original fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the dead-letter stream again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected entries back into %1 as new entries and remove them from here (Ctrl+R). Fix the cause first: an entry that still cannot be read comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entries from the dead-letter stream for good (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replay %n dead letters into %1?</source>
        <translation>
            <numerusform>Replay %n dead letter into %1?</numerusform>
            <numerusform>Replay %n dead letters into %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dead letters for good?</source>
        <translation>
            <numerusform>Delete %n dead letter for good?</numerusform>
            <numerusform>Delete %n dead letters for good?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each goes back into the stream as a new entry with its original fields, and leaves the dead-letter stream. Consumer groups process it like any other entry; one that still cannot be read comes back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their fields are lost; nothing processes them again.</source>
        <translation>
            <numerusform>Its fields are lost; nothing processes it again.</numerusform>
            <numerusform>Their fields are lost; nothing processes them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n entries…</source>
        <translation>
            <numerusform>Replaying %n entry…</numerusform>
            <numerusform>Replaying %n entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entries…</source>
        <translation>
            <numerusform>Deleting %n entry…</numerusform>
            <numerusform>Deleting %n entries…</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters: %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n entries into %1.</source>
        <translation>
            <numerusform>Replayed %n entry into %1.</numerusform>
            <numerusform>Replayed %n entries into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>Deleted %n entry.</numerusform>
            <numerusform>Deleted %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already gone.</source>
        <translation>
            <numerusform>%n was already gone.</numerusform>
            <numerusform>%n were already gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had no original fields to replay and stay here.</source>
        <translation>
            <numerusform>%n had no original fields to replay and stays here.</numerusform>
            <numerusform>%n had no original fields to replay and stay here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries selected.</source>
        <translation>
            <numerusform>%n entry selected.</numerusform>
            <numerusform>%n entries selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-lettered: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %n deliveries</source>
        <translation>
            <numerusform>after %n delivery</numerusform>
            <numerusform>after %n deliveries</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No original fields (the entry was deleted from the stream while pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the entries under way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 are listed; streamdesk-cli dead-letters replays or deletes any number of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listed with reason %1.</source>
        <translation>
            <numerusform>%n listed with reason %1.</numerusform>
            <numerusform>%n listed with reason %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were refused by the server and stay here (%1).</source>
        <translation>
            <numerusform>%n was refused by the server and stays here (%1).</numerusform>
            <numerusform>%n were refused by the server and stay here (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is down; the list is as it was. It is read again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln dead letters.</source>
        <translation>
            <numerusform>%1 holds %Ln dead letter.</numerusform>
            <numerusform>%1 holds %Ln dead letters.</numerusform>
        </translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them are larger than the largest entry this console reads (%1 KiB): they will come back here unless that limit is raised first, in Settings ▸ Preferences (and in any other processor of the stream).</source>
        <translation>
            <numerusform>%n of them is larger than the largest entry this console reads (%1 KiB): it will come back here unless that limit is raised first, in Settings ▸ Preferences (and in any other processor of the stream).</numerusform>
            <numerusform>%n of them are larger than the largest entry this console reads (%1 KiB): they will come back here unless that limit is raised first, in Settings ▸ Preferences (and in any other processor of the stream).</numerusform>
        </translation>
    </message>
    <message>
        <source>Size: %1 KiB, larger than the largest entry this console reads (%2 KiB): raise that limit in Settings ▸ Preferences before replaying it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n day(s), %1</source>
        <translation>
            <numerusform>%n day, %1</numerusform>
            <numerusform>%n days, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDecoder</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data is JSON but not an object (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry is %1 bytes, larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry has no fields (it was deleted from the stream while still pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sys_id: the entry has no sys_id field and the record in data has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sys_id &quot;%1&quot; is not 32 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sys_id %1 of the entry differs from sys_id &quot;%2&quot; of the record in data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type: the entry has no type or table field and the record in data has no sys_class_name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (state code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedDecoder</name>
    <message>
        <source>the data of a %1 event is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of a %1 event is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no sys_id and no stored ticket has the number %2: logged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket type: the event names none and no stored ticket has sys_id %1: logged only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedEditDialog</name>
    <message>
        <source>(kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to this feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tickets-api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a byte for this long the connection counts as dead and is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value in the system keychain and never show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the feed&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put credentials in a secret header, not in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1 has a value but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put credentials in a secret header, not in the URL (query parameter &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the keychain: type it again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedHub</name>
    <message>
        <source> (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for secret header values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused while the sandbox runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the keychain: edit the feed and type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: unusable URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL with a host: edit the feed (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved last event id had a line break and was not sent; the server may send events again or skip some</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedListModel</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied to tickets, %2 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the selected feed or stop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;connect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feeds yet. Add one with the URL of a server-sent events stream (Ins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in 8.8 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 feed events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot;? Its events stay in the ticket store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see the data it carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the selected feed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feeds. Add one (Ins) with the URL of an SSE endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed event received yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show the change stream, its consumer groups and their consumers (length, pending, lag, idle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stream %1: %n entries</source>
        <translation>
            <numerusform>stream %1: %n entry</numerusform>
            <numerusform>stream %1: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>  first entry %1, last entry %2, last generated id %3, entries added %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  consumer %1: %2 pending, idle %3, inactive %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>group %1: %n consumers, %2 pending, last delivered %3, entries read %4, lag %5</source>
        <translation>
            <numerusform>group %1: %n consumer, %2 pending, last delivered %3, entries read %4, lag %5</numerusform>
            <numerusform>group %1: %n consumers, %2 pending, last delivered %3, entries read %4, lag %5</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no dead letters (%1 is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  dead letters: %n in %1 (list, replay or delete them: streamdesk-cli dead-letters --stream %2)</source>
        <translation>
            <numerusform>  dead letters: %n in %1 (list, replay or delete them: streamdesk-cli dead-letters --stream %2)</numerusform>
            <numerusform>  dead letters: %n in %1 (list, replay or delete them: streamdesk-cli dead-letters --stream %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (Redis cannot compute this group&apos;s lag: entries were deleted, or the group was set to an arbitrary id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <source>Subscribe to a Server-Sent Events feed and print each event as one JSON line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed, an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;NAME: VALUE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume after this event id (sent as Last-Event-ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect when no byte arrives for this long (default: %1; 0 disables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit after this many events (default: run until stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header must be &apos;Name: value&apos; with a name made of letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header %1: the value must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;listen&apos; takes exactly one URL, e.g. streamdesk-cli listen http://127.0.0.1:8080/events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed must be an http:// or https:// URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-timeout must be a number of seconds from 0 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1 (Last-Event-ID: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server ended the feed (HTTP 204) after %n event(s)</source>
        <translation>
            <numerusform>the server ended the feed (HTTP 204) after %n event</numerusform>
            <numerusform>the server ended the feed (HTTP 204) after %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped: %n event(s) received</source>
        <translation>
            <numerusform>stopped: %n event received</numerusform>
            <numerusform>stopped: %n events received</numerusform>
        </translation>
    </message>
    <message>
        <source>the feed&apos;s port must be from 1 to 65535, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user and password in the URL are not sent; pass them with --header &quot;Authorization: ...&quot; instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep retrying when the feed cannot be reached at the start (default: exit 1; once connected, outages are always waited out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2; pass --keep-trying to wait for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra request header, e.g. &apos;Authorization: Bearer TOKEN&apos; (repeatable; values are never printed). @FILE reads one header per line from FILE, out of sight of ps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the --header file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name after @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--last-event-id must not contain line breaks or NUL characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the --header file &apos;%1&apos; is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of the change pipeline at a glance, for the analyst on shift and the engineer on call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets per state and priority, updated live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream throughput and consumer lag over the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending entries and dead letters that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live ServiceNow change tickets as they arrive from the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live table with filters by state, assignment group and priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full history of a ticket, event by event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by number or short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redis streams behind the pipeline and the consumer groups reading them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length, first and last entry of every stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer groups with their lag and pending entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim or acknowledge stuck entries of a lagging consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server-sent event feeds that publish tickets to subscribers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected subscribers and their event rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery errors and reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live tail of the events sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work queues, retries and dead letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs waiting, running and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters with the reason each one failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry, inspect or discard failed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Redis server (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a private redis-server with throwaway data on this computer and connect to it (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Streamdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox running on %1; its data is removed when Streamdesk exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox needs redis-server, which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect after Streamdesk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not publish the test event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 to %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail the stream without joining a consumer group: production processors lose nothing (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the consumer group and acknowledge what is applied; entries that cannot be read go to the dead-letter stream (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;Test Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one hand-made change entry to the stream (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the batch in flight, commit, acknowledge, then stop (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tailing the stream (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the group and process from where it left off (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail the stream (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is not in the keychain: enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running: the feed&apos;s secret header is kept in memory for this session only, and must be typed again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead &amp;Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries processing could not apply, with their reasons: replay them once the cause is fixed (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process mode: observing stopped. Start (F5) joins group %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s redis-server (port %1) stopped unexpectedly; its throwaway data is gone. Start the sandbox (Ctrl+Shift+S) to begin again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer stopped: no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the Whole Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe from the stream&apos;s first entry, to load the tickets it held before this console looked; takes nothing from the consumer group (observe mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observing %1 from its first entry: the changes already stored are counted, not applied again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>No keychain service is running: the password is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingCommand</name>
    <message>
        <source>List a consumer group&apos;s pending entries: consumer, idle time, deliveries and ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this consumer&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many entries to list, oldest first (default: 100, at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending</source>
        <translation>
            <numerusform>%1: %n pending</numerusform>
            <numerusform>%1: %n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the oldest %n listed</source>
        <translation>
            <numerusform>, the oldest %n listed</numerusform>
            <numerusform>, the oldest %n listed</numerusform>
        </translation>
    </message>
    <message>
        <source>idle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted from the stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries idle for at least MS milliseconds, the stuck ones, whatever their id (as process&apos;s --claim-min-idle; default: 0, all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n idle for at least %1</source>
        <translation>
            <numerusform>, %n idle for at least %1</numerusform>
            <numerusform>, %n idle for at least %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, more than %n idle for at least %1, the oldest %n listed</source>
        <translation>
            <numerusform>, more than %n idle for at least %1, the oldest %n listed</numerusform>
            <numerusform>, more than %n idle for at least %1, the oldest %n listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingEntriesDialog</name>
    <message>
        <source>Pending Entries — group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Entries — %1 in group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the pending entries again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing claims entries idle longer than its minimum (XAUTOCLAIM) and dead-letters those delivered too often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pending entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pending for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the pending entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is down; the entries are read again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries pending for %1.</source>
        <translation>
            <numerusform>%Ln entry pending for %1.</numerusform>
            <numerusform>%Ln entries pending for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only entries idle for at least this many seconds: the stuck ones, whatever their id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries &amp;idle for at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln idle for at least %1.</source>
        <translation>
            <numerusform>%Ln idle for at least %1.</numerusform>
            <numerusform>%Ln idle for at least %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 with the lowest ids are listed (the first delivered); an entry claimed since then may be idle for less than some not listed. A minimum idle time lists the stuck ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln idle for at least %1; those with the lowest ids are listed.</source>
        <translation>
            <numerusform>More than %Ln idle for at least %1; those with the lowest ids are listed.</numerusform>
            <numerusform>More than %Ln idle for at least %1; those with the lowest ids are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingEntriesQuery</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no consumer group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Redis server cannot filter pending entries by idle time (Redis 6.2 or newer can)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingEntryModel</name>
    <message>
        <source>(deleted from the stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is no longer in the stream (deleted or trimmed while pending): there is nothing left to process, only the pending record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PingCommand</name>
    <message>
        <source>Check that a Redis server answers and measure the round-trip latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of PINGs to send (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PING failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected reply to PING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PONG from %1 (redis %2, role %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PONG from %1 (no server details: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>latency over %n ping(s): min %1 ms, median %2 ms, max %3 ms</source>
        <translation>
            <numerusform>latency over %n ping: min %1 ms, median %2 ms, max %3 ms</numerusform>
            <numerusform>latency over %n pings: min %1 ms, median %2 ms, max %3 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming to this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect after Streamdesk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the same name across restarts, so this console finds its own pending entries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in state table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger entries are malformed and go to the dead-letter stream (too_large); raise it before replaying such entries. Default %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing claims entries another consumer of the group has left pending this long (XAUTOCLAIM). Default %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry delivered more often than this goes to the dead-letter stream (too_many_deliveries). Default %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim pending entries idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dead-letter after deliveries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entries only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole stream, from its first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where processing starts when Start creates the consumer group; an existing group goes on from where it left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new group &amp;reads:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishEventDialog</name>
    <message>
        <source>Publish Test Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds one change entry to &lt;b&gt;%1&lt;/b&gt;, as a producer would. Processors, the SSE gateway and this console should all show it within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 for %3, state %4, sys_id %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates the existing %1 (%2, group %3) to state %4; its record is kept, with the new state and update time. sys_id %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 numbers start with %2; %3 is published as one anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reconnecting in %n s: %1</source>
        <translation>
            <numerusform>reconnecting in %n s: %1</numerusform>
            <numerusform>reconnecting in %n s: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a CA certificate from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TLS client certificate needs both the certificate file and the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a client certificate from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the client key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an unencrypted RSA or EC private key in PEM format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate verification is turned off for %1: the connection is encrypted but the server is not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate of %1 is not trusted (%2); give the CA file that signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate of %1 is not valid for the host name &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed for user &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot select database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server requires a password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the client name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not connected to %1 (reconnecting in %n s)</source>
        <translation>
            <numerusform>not connected to %1 (reconnecting in %n s)</numerusform>
            <numerusform>not connected to %1 (reconnecting in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid reply from %1 (%2); the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a reply nobody asked for; the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 within %n s</source>
        <translation>
            <numerusform>no answer from %1 within %n s</numerusform>
            <numerusform>no answer from %1 within %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>no reply from %1 in time; the connection was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no TLS handshake from %1 within %n s; is it a plain redis:// server?</source>
        <translation>
            <numerusform>no TLS handshake from %1 within %n s; is it a plain redis:// server?</numerusform>
            <numerusform>no TLS handshake from %1 within %n s; is it a plain redis:// server?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedisEndpoint</name>
    <message>
        <source>Invalid Redis URL &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Redis URL: the URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheme must be redis:// or rediss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name contains &apos;%1&apos;; percent-encode it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameters are not supported; put the database number in the path, e.g. redis://host:6379/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 addresses must be enclosed in brackets, e.g. redis://[::1]:6379</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be a number between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fragment (&apos;#…&apos;) is not part of a Redis URL; percent-encode a &apos;#&apos; in the password as %23</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisServerProcess</name>
    <message>
        <source>Install it with: sudo apt-get install redis-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-server was not found on PATH. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for redis-server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find a free TCP port on 127.0.0.1 for redis-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-server is not being started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>redis-server did not become ready within %n ms.</source>
        <translation>
            <numerusform>redis-server did not become ready within %n ms.</numerusform>
            <numerusform>redis-server did not become ready within %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>redis-server stopped before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-server cannot be restarted: it was never started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-server (%1) could not be run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-server on 127.0.0.1:%1 exited unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration error at line %1 of redis.conf: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it crashed without output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exited with code %1 without output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis-server could not start on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RespReader</name>
    <message>
        <source>protocol error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk string not terminated by CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected reply type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxController</name>
    <message>
        <source>The sandbox&apos;s SSE gateway could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeSseCommand</name>
    <message>
        <source>Serve the change stream to EventSource clients over HTTP (Server-Sent Events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on, e.g. 127.0.0.1:8080 (required; port 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer TOKEN&quot; (default: $%1; none if unset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most clients served at once; more get 503 (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between heartbeat comments (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT with a port from 0 to 65535, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen needs an IP address (or localhost), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen HOST:PORT is required, e.g. --listen 127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stream must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1 without a token: anyone who can reach it reads the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1, beyond this machine; the token travels in clear text unless a TLS proxy is in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped %1: too slow (%2 bytes unsent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on http://%1:%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1, %2, %3 dropped as too slow, %4 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) served</source>
        <translation>
            <numerusform>%n client served</numerusform>
            <numerusform>%n clients served</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent</source>
        <translation>
            <numerusform>%n event sent</numerusform>
            <numerusform>%n events sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain TCP (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, certificate not verified (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, verified as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1, every 2 seconds while connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dead Letters and Pending Entries windows have keys of their own: press F1 there to list them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Publish simulated, deterministic ticket changes to the change stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tickets (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of stream entries, malformed ones included (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream key (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per second; 0 = as fast as possible, pipelined (default: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same entries (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of entries that cannot be decoded, 0 to 1 (default: 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of entries in the table/operation layout, 0 to 1 (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of records with {value, display_value} fields, 0 to 1 (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the state every ticket must reach once all entries are applied to FILE (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number between 0 and %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be an integer between 0 and %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stream must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted before the connection to %1 was ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1/%2 (%3%), %4 events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries were not acknowledged by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: published %1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a writable directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after at least %2 of %3 entries were published)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorPublisher</name>
    <message>
        <source>the Redis connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XADD to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseClient</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no Content-Type instead of text/event-stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent Content-Type %1 instead of text/event-stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asked the client to stop (HTTP 204)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data received for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect not followed: from %1 to %2, which is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to %1, another origin: the feed&apos;s headers are not sent there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, redirected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the feed&apos;s headers were not sent to %2, another origin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect not followed: more than %1 redirects in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event was too large (over %1); the connection was dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseGateway</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request head did not arrive in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request head is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an HTTP/1.1 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the event stream is at / and /events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GET is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many clients; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last-Event-ID is not a stream id of the form milliseconds-sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from must be 0, $ or a stream id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a stream: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateCountDelegate</name>
    <message>
        <source>State code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateCountModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 is not in the state table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateTable</name>
    <message>
        <source>%1: cannot read the state file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object keyed by ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket type name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot;: must be a JSON object keyed by state code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot;, code &quot;%2&quot;: a state code must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot;, code &quot;%2&quot;: must be an object with &quot;pt_BR&quot;, &quot;en&quot; and &quot;closed&quot;, or null to remove the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot;, code &quot;%2&quot;: &quot;%3&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot;, code &quot;%2&quot;: &quot;closed&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot;, code &quot;%2&quot;: unknown key &quot;%3&quot; (expected pt_BR, en, closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamConsumer</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing %1 as %2 in group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping after the current batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the ticket store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the consumer group %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group %1 disappeared; creating it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected XAUTOCLAIM reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delivered %n times without being processed</source>
        <translation>
            <numerusform>delivered %n time without being processed</numerusform>
            <numerusform>delivered %n times without being processed</numerusform>
        </translation>
    </message>
    <message>
        <source>dead-lettered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acknowledgement transaction was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not acknowledge a batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream %1: %2; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a stream: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the consumer group %1 on %2, reading from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not exist: created it, empty, with the consumer group %2; check the stream&apos;s name if entries were expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write dead letters to %1: it holds a %2, not a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write dead letters to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot acknowledge entries of %1 in group %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group %1 disappeared; creating it again from %2, the last entry read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>recovered %n entries idle for %1 or more in other consumers</source>
        <translation>
            <numerusform>recovered %n entry idle for %1 or more in other consumers</numerusform>
            <numerusform>recovered %n entries idle for %1 or more in other consumers</numerusform>
        </translation>
    </message>
    <message>
        <source>created the consumer group %1 on %2, reading from $: new entries only, not those already in the stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamConsumersModel</name>
    <message>
        <source>This Redis server does not report inactivity (Redis 7.2 or later does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamGroupsModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis cannot compute the lag of this group (entries were deleted or the group was created at an arbitrary id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivered id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis reports a group&apos;s lag from version 7.0 on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamMonitor</name>
    <message>
        <source>unexpected XINFO reply for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not consuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>every %n s</numerusform>
            <numerusform>every %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last generated id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag and pending, all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only malformed and dead-lettered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observing, outside any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing as &lt;b&gt;%1&lt;/b&gt; in group &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream %1 does not exist (yet): nothing has been written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampled at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the stream&apos;s information: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag and pending, group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing consumed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed · %2 acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates · %2 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dead-letter stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied, duplicate or stale, of read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observing: nothing is dead‑lettered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, replay or delete the dead letters (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds them, each with its reason: Show… lists them, replays them into the stream or deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group to chart its lag and pending entries; double-click it (or press Enter) to list its pending entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange: the consumer holds pending entries and has been idle for a minute or more. Double-click a consumer (or press Enter) to list its pending entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not observing (observe mode, outside any group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not processing: Start (F5) joins group &lt;b&gt;%2&lt;/b&gt; as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No malformed or dead-lettered event among the last %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer group reads %1. Observing reads outside any group; Process (Ctrl+Shift+P), then Start (F5), creates %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer group reads %1: Start (F5) creates %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group, so no consumers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer has read from these groups yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDelegate</name>
    <message>
        <source>%1 local time (%2)
Value (UTC): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Select a ticket to see every field of its record and its change history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · &lt;b&gt;%2&lt;/b&gt; · Priority %3 · Group &lt;b&gt;%4&lt;/b&gt; · Assigned to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1
Display value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), %1 empty hidden</source>
        <translation>
            <numerusform>%n field, %1 empty hidden</numerusform>
            <numerusform>%n fields, %1 empty hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>no ticket store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1
Applied here %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n change, newest first</numerusform>
            <numerusform>%n changes, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Last event %1 (%2) at %3, applied %4 · updated in ServiceNow %5 · local times (%6) · sys_id %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time (%1)
Value (UTC): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display value (the instance&apos;s time zone): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current filters hide this ticket in the table (Reset filters shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search or the filters hide this ticket in the table (Reset filters shows it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 - Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 - High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 - Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 - Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 - Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>The SQLite driver (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the ticket store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the ticket store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the ticket store %1 to WAL mode (it reports &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket store %1 was written by a newer Streamdesk (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the ticket store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver (QSQLITE) does not expose its connection handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket store %1 upgraded to schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the ticket store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the ticket store %1: it is an SQLite database with tables of its own, not a ticket store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the ticket store %1: the file holds no ticket store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the ticket store %1: it has schema %2, older than this Streamdesk&apos;s %3; open it once with the console or streamdesk-cli process to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket store %1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its directory %1 does not exist and could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this user cannot create files in its directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the ticket store %1: this user cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot apply %n event(s) to the ticket store %1: %2</source>
        <translation>
            <numerusform>Cannot apply %n event to the ticket store %1: %2</numerusform>
            <numerusform>Cannot apply %n events to the ticket store %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsCommand</name>
    <message>
        <source>Export the tickets of a ticket store as JSON or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket store file (SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or csv (default: json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets of this type (incident, change_task, sc_task, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets in this state code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket store at %1 (the file is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket of type %1; the store&apos;s types: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket in state %1; the store&apos;s states: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 ticket in state %2; its states in the store: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Search number, description or group (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show closed tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filters (Ctrl+Shift+F); hidden, they still apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the ticket filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters hid %1: they are cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click, or press the Menu key in the table, to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search hid %1: it is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets in the store yet: they appear as the change stream is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the ticket search (in its field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket columns menu (the Menu key too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln ticket(s) matches the search and filters. Reset filters shows them all.</source>
        <translation>
            <numerusform>The %Ln ticket does not match the search and filters. Reset filters shows it.</numerusform>
            <numerusform>None of the %Ln tickets matches the search and filters. Reset filters shows them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1, off the scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>the handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the server does not speak TLS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for a ServiceNow change pipeline on Redis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a private redis-server with throwaway data and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &lt;url&gt; (redis:// or rediss://). A password in the URL is used but never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;file&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait &lt;ms&gt; milliseconds before taking the screenshot (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: dashboard, tickets, streams, feeds, queue or server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --redis cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-delay needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page %1; use dashboard, tickets, streams, feeds, queue or server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
