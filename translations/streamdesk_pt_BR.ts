<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Streamdesk</source>
        <translation>Sobre o Streamdesk</translation>
    </message>
    <message>
        <source>Streamdesk %1</source>
        <translation>Streamdesk %1</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2), hiredis and QtKeychain.</source>
        <translation>Compilado com Qt %1 (em execução no Qt %2), hiredis e QtKeychain.</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain (without one, in memory for the session) and never written to settings files or logs.</source>
        <translation>As senhas ficam no chaveiro do sistema (na falta dele, em memória durante a sessão) e nunca são gravadas em arquivos de configuração nem em logs.</translation>
    </message>
    <message>
        <source>An operations console for a ServiceNow change pipeline on Redis: live tickets, streams and consumer groups, dead letters and feeds.</source>
        <translation>Um console de operações para um pipeline de mudanças do ServiceNow sobre Redis: chamados ao vivo, streams e grupos de consumidores, mensagens dead-letter e feeds.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>[options]</source>
        <translation>[opções]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, only options (see &apos;streamdesk-cli %1 --help&apos;)</source>
        <translation>&apos;%1&apos; não aceita argumentos, apenas opções (veja &apos;streamdesk-cli %1 --help&apos;)</translation>
    </message>
    <message>
        <source>--%1 must not be empty</source>
        <translation>--%1 não pode ser vazio</translation>
    </message>
</context>
<context>
    <name>CliConsole</name>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>CliDispatcher</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Command-line companion of Streamdesk, the operations console for the ServiceNow change pipeline on Redis.</source>
        <translation>Ferramenta de linha de comando do Streamdesk, o console de operações do pipeline de mudanças do ServiceNow sobre Redis.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>The command to run (see the list below).</source>
        <translation>O comando a executar (veja a lista abaixo).</translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation>&lt;comando&gt;</translation>
    </message>
    <message>
        <source>no command given; run &apos;streamdesk-cli --help&apos; for the list of commands</source>
        <translation>nenhum comando informado; execute &apos;streamdesk-cli --help&apos; para ver a lista de comandos</translation>
    </message>
    <message>
        <source>unknown command; run &apos;streamdesk-cli --help&apos; for the list of commands</source>
        <translation>comando desconhecido; execute &apos;streamdesk-cli --help&apos; para ver a lista de comandos</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;streamdesk-cli --help&apos; for the list of commands</source>
        <translation>comando desconhecido &apos;%1&apos;; execute &apos;streamdesk-cli --help&apos; para ver a lista de comandos</translation>
    </message>
    <message>
        <source>Also print log messages (connection steps, warnings) on stderr.</source>
        <translation>Também exibe as mensagens de log (etapas da conexão, avisos) no stderr.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Uso: %1 %2 %3</translation>
    </message>
    <message>
        <source>Usage: %1 [options] &lt;command&gt; [command options]</source>
        <translation>Uso: %1 [opções] &lt;comando&gt; [opções do comando]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Execute &apos;%1 &lt;comando&gt; --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>unknown option %1; run &apos;%2&apos; for the options</source>
        <translation>opção desconhecida %1; execute &apos;%2&apos; para ver as opções</translation>
    </message>
    <message>
        <source>unknown option %1 for %2; run &apos;%3&apos; for its options</source>
        <translation>opção desconhecida %1 para %2; execute &apos;%3&apos; para ver suas opções</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Redis server as redis://[user[:password]@]host[:port][/db] or rediss://... (default: $REDIS_URL, else %1).</source>
        <translation>Servidor Redis no formato redis://[usuário[:senha]@]host[:porta][/db] ou rediss://... (padrão: $REDIS_URL; se não definida, %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file (default: the system CAs).</source>
        <translation>Confia nos certificados de CA deste arquivo PEM (padrão: as CAs do sistema).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for servers that ask for one.</source>
        <translation>Certificado do cliente (PEM) para servidores que o exigem.</translation>
    </message>
    <message>
        <source>Private key (PEM) of the client certificate.</source>
        <translation>Chave privada (PEM) do certificado do cliente.</translation>
    </message>
    <message>
        <source>Host name to verify the server certificate against (default: the URL&apos;s host).</source>
        <translation>Nome de host usado na verificação do certificado do servidor (padrão: o host da URL).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Do not verify the server certificate or host name (testing only).</source>
        <translation>Não verifica o certificado nem o nome de host do servidor (apenas para testes).</translation>
    </message>
    <message>
        <source>Seconds to wait for the connection and for each reply (default: %1).</source>
        <translation>Segundos de espera pela conexão e por cada resposta (padrão: %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>%1 (from the environment variable %2)</source>
        <translation>%1 (da variável de ambiente %2)</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must be given together</source>
        <translation>--tls-cert e --tls-key devem ser informados juntos</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds greater than 0 and at most %1, not &apos;%2&apos;</source>
        <translation>--timeout deve ser um número de segundos maior que 0 e de no máximo %1, não &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--tls-insecure: the certificate and host name of %1 are not verified; anyone in between can read and change the traffic</source>
        <translation>--tls-insecure: o certificado e o nome de host de %1 não são verificados; qualquer um no caminho pode ler e alterar o tráfego</translation>
    </message>
    <message>
        <source>--%1 must be an integer between %2 and %3, not &apos;%4&apos;</source>
        <translation>--%1 deve ser um inteiro entre %2 e %3, não &apos;%4&apos;</translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message>
        <source>it is a directory</source>
        <translation>é um diretório</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>o arquivo não é um banco de dados</translation>
    </message>
    <message>
        <source>cannot open the ticket store %1: %2</source>
        <translation>não foi possível abrir a base de chamados %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Could not connect: %1</source>
        <translation>Não foi possível conectar: %1</translation>
    </message>
    <message>
        <source>Connect to Redis</source>
        <translation>Conectar ao Redis</translation>
    </message>
    <message>
        <source>Connect to a Redis server, or start a &lt;b&gt;sandbox&lt;/b&gt;: a private redis-server on this computer whose data is thrown away when Streamdesk exits.</source>
        <translation>Conecte-se a um servidor Redis ou inicie um &lt;b&gt;sandbox&lt;/b&gt;: um redis-server privado neste computador, cujos dados são descartados quando o Streamdesk é encerrado.</translation>
    </message>
    <message>
        <source>redis://user@host:6379/0 or rediss://host:6380</source>
        <translation>redis://usuario@host:6379/0 ou rediss://host:6380</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Banco de &amp;dados:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>ACL us&amp;er:</source>
        <translation>Usuário &amp;ACL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Re&amp;member the password in the system keychain</source>
        <translation>&amp;Lembrar a senha no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Use T&amp;LS (rediss://)</source>
        <translation>Usar &amp;TLS (rediss://)</translation>
    </message>
    <message>
        <source>system certificate authorities</source>
        <translation>autoridades certificadoras do sistema</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Arquivo da &amp;CA:</translation>
    </message>
    <message>
        <source>Certificate authority (PEM)</source>
        <translation>Autoridade certificadora (PEM)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation>Certi&amp;ficado do cliente:</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Certificado do cliente (PEM)</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Cha&amp;ve do cliente:</translation>
    </message>
    <message>
        <source>Client private key (PEM)</source>
        <translation>Chave privada do cliente (PEM)</translation>
    </message>
    <message>
        <source>the host name</source>
        <translation>o nome do host</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>&amp;Nome do servidor:</translation>
    </message>
    <message>
        <source>Skip certificate &amp;verification (insecure)</source>
        <translation>&amp;Ignorar a verificação do certificado (inseguro)</translation>
    </message>
    <message>
        <source>The server is not authenticated: anyone between you and it can read and change the traffic, your password included. Use this only for a test server.</source>
        <translation>O servidor não é autenticado: qualquer um entre você e ele pode ler e alterar o tráfego, inclusive a sua senha. Use isto apenas com um servidor de teste.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>T&amp;estar</translation>
    </message>
    <message>
        <source>Start &amp;Sandbox</source>
        <translation>Iniciar sand&amp;box</translation>
    </message>
    <message>
        <source>Start a private redis-server with throwaway data and connect to it</source>
        <translation>Inicia um redis-server privado com dados descartáveis e conecta-se a ele</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>Arquivos PEM (*.pem *.crt *.key *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Re&amp;member the password for this session</source>
        <translation>&amp;Lembrar a senha durante esta sessão</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>O arquivo da CA %1 não existe.</translation>
    </message>
    <message>
        <source>The client certificate %1 does not exist.</source>
        <translation>O certificado do cliente %1 não existe.</translation>
    </message>
    <message>
        <source>The client key %1 does not exist.</source>
        <translation>A chave do cliente %1 não existe.</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate and the key file.</source>
        <translation>Um certificado de cliente precisa tanto do arquivo do certificado quanto do arquivo da chave.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Falha na conexão: %1</translation>
    </message>
    <message>
        <source>Connected, but INFO failed: %1</source>
        <translation>Conectado, mas o INFO falhou: %1</translation>
    </message>
    <message>
        <source>The connection works: Redis %1, round trip %2.</source>
        <translation>A conexão funciona: Redis %1, tempo de ida e volta %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <source>Round-trip time of a PING, measured every 2 seconds</source>
        <translation>Tempo de ida e volta de um PING, medido a cada 2 segundos</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSummaryWidget</name>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Use File → Connect… (Ctrl+K) or start the sandbox (Ctrl+Shift+S).</source>
        <translation>Use Arquivo → Conectar… (Ctrl+K) ou inicie o sandbox (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading server information…</source>
        <translation>Lendo as informações do servidor…</translation>
    </message>
    <message>
        <source>No server information yet.</source>
        <translation>Ainda não há informações do servidor.</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>ativo há %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>round trip %1</source>
        <translation>ida e volta %1</translation>
    </message>
</context>
<context>
    <name>ConsumeCommand</name>
    <message>
        <source>Process the change stream in a consumer group into a ticket store (acks, recovery, dead letters).</source>
        <translation>Processa o stream de mudanças em um grupo de consumidores, gravando em uma base de chamados (confirmações, recuperação, mensagens dead-letter).</translation>
    </message>
    <message>
        <source>Tail the change stream into a ticket store without joining any consumer group.</source>
        <translation>Acompanha o stream de mudanças, gravando em uma base de chamados, sem entrar em nenhum grupo de consumidores.</translation>
    </message>
    <message>
        <source>Stream key (default: %1).</source>
        <translation>Chave do stream (padrão: %1).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>Ticket store file (SQLite); created if missing.</source>
        <translation>Arquivo da base de chamados (SQLite); criado se não existir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Stop after SECONDS without a new entry (default: run until SIGINT/SIGTERM).</source>
        <translation>Para após SEGUNDOS sem nenhuma entrada nova (padrão: executa até SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Entries per read (default: %1).</source>
        <translation>Entradas por leitura (padrão: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How long one read blocks, in milliseconds (default: %1).</source>
        <translation>Tempo que cada leitura fica bloqueada, em milissegundos (padrão: %1).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Entries larger than this are malformed (default: %1).</source>
        <translation>Entradas maiores que isto são consideradas malformadas (padrão: %1).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Consumer group (default: %1).</source>
        <translation>Grupo de consumidores (padrão: %1).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPO</translation>
    </message>
    <message>
        <source>Consumer name, stable across restarts (default: %1).</source>
        <translation>Nome do consumidor, estável entre reinícios (padrão: %1).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Create the group at the start of the stream instead of at its end.</source>
        <translation>Cria o grupo no início do stream em vez de no final.</translation>
    </message>
    <message>
        <source>Recover entries pending longer than MS in any consumer (default: %1).</source>
        <translation>Recupera entradas pendentes há mais de MS em qualquer consumidor (padrão: %1).</translation>
    </message>
    <message>
        <source>Dead-letter an entry delivered more than N times (default: %1).</source>
        <translation>Envia para dead-letter uma entrada entregue mais de N vezes (padrão: %1).</translation>
    </message>
    <message>
        <source>Start after this entry id, or $ for new entries only (default: $).</source>
        <translation>Começa após este ID de entrada, ou $ para apenas entradas novas (padrão: $).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--store FILE is required</source>
        <translation>--store ARQUIVO é obrigatório</translation>
    </message>
    <message>
        <source>done: </source>
        <translation>concluído: </translation>
    </message>
    <message>
        <source>read %1, applied %2, duplicates %3, stale %4, malformed %5, dead-lettered %6, %7 events/s</source>
        <translation>lidas %1, aplicadas %2, duplicadas %3, desatualizadas %4, malformadas %5, enviadas para dead-letter %6, %7 eventos/s</translation>
    </message>
    <message>
        <source>--from must be a stream entry id (like 1700000000000-0), 0 or $</source>
        <translation>--from deve ser um ID de entrada do stream (como 1700000000000-0), 0 ou $</translation>
    </message>
    <message>
        <source>connection lost: %1; retrying</source>
        <translation>conexão perdida: %1; tentando novamente</translation>
    </message>
    <message>
        <source>connection back</source>
        <translation>conexão restabelecida</translation>
    </message>
    <message>
        <source>created the ticket store %1, and its directory %2</source>
        <translation>base de chamados %1 criada, e também seu diretório %2</translation>
    </message>
    <message>
        <source>created the ticket store %1</source>
        <translation>base de chamados %1 criada</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of group %1 are still pending with other consumers (%2); a process run claims those idle for %3 or more (--claim-min-idle)</source>
        <translation>
            <numerusform>%n entrada do grupo %1 ainda está pendente com outros consumidores (%2); uma execução de process reivindica as ociosas há %3 ou mais (--claim-min-idle)</numerusform>
            <numerusform>%n entradas do grupo %1 ainda estão pendentes com outros consumidores (%2); uma execução de process reivindica as ociosas há %3 ou mais (--claim-min-idle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsumerThread</name>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>All tickets</source>
        <translation>Todos os chamados</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Eventos por segundo</translation>
    </message>
    <message>
        <source>no consumer updates yet</source>
        <translation>ainda sem atualizações do consumidor</translation>
    </message>
    <message>
        <source>Tickets by state</source>
        <translation>Chamados por estado</translation>
    </message>
    <message>
        <source>Events per second, last 5 minutes</source>
        <translation>Eventos/s nos últimos 5 minutos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicados</translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation>Dead-letter</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Chamados abertos</translation>
    </message>
    <message>
        <source>No open tickets</source>
        <translation>Nenhum chamado aberto</translation>
    </message>
    <message>
        <source>Double-click a row to list its tickets</source>
        <translation>Clique duas vezes em uma linha para listar os chamados dela</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation>Grupo de atribuição</translation>
    </message>
    <message>
        <source>Double-click a ticket to open it</source>
        <translation>Clique duas vezes em um chamado para abri-lo</translation>
    </message>
    <message>
        <source>Tickets by type and state</source>
        <translation>Chamados por tipo e estado</translation>
    </message>
    <message>
        <source>Recently resolved, closed or canceled</source>
        <translation>Resolvidos, encerrados ou cancelados recentemente</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; open · &lt;b&gt;%2&lt;/b&gt; closed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; abertos · &lt;b&gt;%2&lt;/b&gt; encerrados</translation>
    </message>
    <message>
        <source>No state</source>
        <translation>Sem estado</translation>
    </message>
    <message>
        <source>%1 · %2: %3 (%4 % of %1)
Click to list these tickets</source>
        <translation>%1 · %2: %3 (%4 % de %1)
Clique para listar estes chamados</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(sem grupo)</translation>
    </message>
    <message>
        <source>applied &lt;b&gt;%1&lt;/b&gt;/s · dead‑lettered &lt;b&gt;%2&lt;/b&gt;/s</source>
        <translation>aplicados &lt;b&gt;%1&lt;/b&gt;/s · para dead‑letter &lt;b&gt;%2&lt;/b&gt;/s</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Top groups by open tickets</source>
        <translation>Abertos por grupo</translation>
    </message>
    <message>
        <source>Since start: %1 received, %2 applied, %3 dead-lettered, %4 malformed; %5 applied from feeds</source>
        <translation>Desde o início: %1 recebidos, %2 aplicados, %3 enviados para dead-letter, %4 malformados; %5 aplicados a partir de feeds</translation>
    </message>
    <message>
        <source> · feeds &lt;b&gt;%1&lt;/b&gt;/s</source>
        <translation> · feeds &lt;b&gt;%1&lt;/b&gt;/s</translation>
    </message>
    <message>
        <source>%1: %2 open
Click to list these tickets</source>
        <translation>%1: %2 abertos
Clique para listar estes chamados</translation>
    </message>
    <message>
        <source>No events in the last 5 minutes</source>
        <translation>Nenhum evento nos últimos 5 minutos</translation>
    </message>
    <message>
        <source>No tickets yet. Observing shows new entries; Pipeline ▸ Read the Whole Stream loads the earlier ones.</source>
        <translation>Nenhum chamado ainda. Observar mostra as entradas novas; Pipeline ▸ Ler o stream inteiro carrega as anteriores.</translation>
    </message>
</context>
<context>
    <name>DeadLetter</name>
    <message>
        <source>Data not JSON</source>
        <translation>Dados não são JSON</translation>
    </message>
    <message>
        <source>Invalid sys_id</source>
        <translation>sys_id inválido</translation>
    </message>
    <message>
        <source>Deleted while pending</source>
        <translation>Excluída enquanto pendente</translation>
    </message>
    <message>
        <source>No sys_id</source>
        <translation>Sem sys_id</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sem tipo</translation>
    </message>
    <message>
        <source>Conflicting sys_ids</source>
        <translation>sys_ids divergentes</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Grande demais</translation>
    </message>
    <message>
        <source>Too many deliveries</source>
        <translation>Entregas demais</translation>
    </message>
</context>
<context>
    <name>DeadLetterModel</name>
    <message>
        <source>Dead-lettered</source>
        <translation>Na DLQ desde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>ID no stream</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Not recorded: the count is known for entries recovered from the pending list</source>
        <translation>Não registrado: a contagem é conhecida para entradas recuperadas da lista de pendentes</translation>
    </message>
    <message>
        <source>%1
Reason code: %2</source>
        <translation>%1
Código do motivo: %2</translation>
    </message>
</context>
<context>
    <name>DeadLetterQueue</name>
    <message>
        <source>the connection is gone</source>
        <translation>a conexão não existe mais</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n entries)</source>
        <translation>
            <numerusform>%1 (depois de %n entrada)</numerusform>
            <numerusform>%1 (depois de %n entradas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadLettersCommand</name>
    <message>
        <source>List the dead-letter stream, or replay or delete its entries once the cause is fixed.</source>
        <translation>Lista o stream de mensagens dead-letter, ou reenvia ou apaga suas entradas depois de corrigida a causa.</translation>
    </message>
    <message>
        <source>Change stream key; its dead letters are in KEY:dlq (default: %1).</source>
        <translation>Chave do stream de mudanças; as mensagens dead-letter ficam em CHAVE:dlq (padrão: %1).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>How many entries to list, newest first (default: 20).</source>
        <translation>Quantas entradas listar, as mais novas primeiro (padrão: 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Put this entry&apos;s original fields back into the stream and remove it from the dead letters (repeatable).</source>
        <translation>Devolve os campos originais desta entrada ao stream e a retira das dead-letter (pode repetir).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Replay every entry there is now (entries that fail again come back with new ids).</source>
        <translation>Reenvia todas as entradas que existem agora (as que falharem de novo voltam com ids novos).</translation>
    </message>
    <message>
        <source>Delete this entry from the dead letters for good (repeatable).</source>
        <translation>Apaga de vez esta entrada das dead-letter (pode repetir).</translation>
    </message>
    <message>
        <source>Delete every entry there is now.</source>
        <translation>Apaga todas as entradas que existem agora.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprime JSON em vez de texto.</translation>
    </message>
    <message>
        <source>choose one of --replay, --replay-all, --delete and --delete-all</source>
        <translation>escolha só uma entre --replay, --replay-all, --delete e --delete-all</translation>
    </message>
    <message>
        <source>--reason goes with listing, --replay-all or --delete-all, not with given ids</source>
        <translation>--reason vale para listar, --replay-all ou --delete-all, não com ids informados</translation>
    </message>
    <message>
        <source>no dead letters (%1 is empty)</source>
        <translation>nenhuma mensagem dead-letter (%1 está vazio)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dead letters</source>
        <translation>
            <numerusform>%1: %n mensagem dead-letter</numerusform>
            <numerusform>%1: %n mensagens dead-letter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, showing the newest %n with reason %1</source>
        <translation>
            <numerusform>, mostrando a %n mais nova com motivo %1</numerusform>
            <numerusform>, mostrando as %n mais novas com motivo %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, showing the newest %n</source>
        <translation>
            <numerusform>, mostrando a %n mais nova</numerusform>
            <numerusform>, mostrando as %n mais novas</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries</source>
        <translation>
            <numerusform>%n entrega</numerusform>
            <numerusform>%n entregas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replayed %n entries to %1</source>
        <translation>
            <numerusform>%n entrada reenviada a %1</numerusform>
            <numerusform>%n entradas reenviadas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n entries from %1</source>
        <translation>
            <numerusform>%n entrada apagada de %1</numerusform>
            <numerusform>%n entradas apagadas de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no original fields to replay, left in %1</source>
        <translation>
            <numerusform>%n sem campos originais para reenviar, mantida em %1</numerusform>
            <numerusform>%n sem campos originais para reenviar, mantidas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only entries with this reason code (e.g. bad_json, too_large, too_many_deliveries), when listing or with --replay-all/--delete-all.</source>
        <translation>Só as entradas com este código de motivo (ex.: bad_json, too_large, too_many_deliveries), ao listar ou com --replay-all/--delete-all.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole entry id, ms-seq (like 1736937000000-0)</source>
        <translation>&apos;%1&apos; não é um id completo de entrada, ms-seq (como 1736937000000-0)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <source>, none with reason %1</source>
        <translation>, nenhuma com motivo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n não encontrada</numerusform>
            <numerusform>%n não encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server, left in %1 (first: %2)</source>
        <translation>
            <numerusform>%n recusada pelo servidor, mantida em %1 (primeira: %2)</numerusform>
            <numerusform>%n recusadas pelo servidor, mantidas em %1 (primeira: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted before the end</source>
        <translation>interrompido antes do fim</translation>
    </message>
    <message numerus="yes">
        <source>interrupted: %n entries done</source>
        <translation>
            <numerusform>interrompido: %n entrada feita</numerusform>
            <numerusform>interrompido: %n entradas feitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the given ids were not done</source>
        <translation>
            <numerusform>%n dos ids informados não foi feito</numerusform>
            <numerusform>%n dos ids informados não foram feitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be replayed</source>
        <translation>
            <numerusform>%n entrada não pôde ser reenviada</numerusform>
            <numerusform>%n entradas não puderam ser reenviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>--count goes with listing only</source>
        <translation>--count vale só para listar</translation>
    </message>
    <message>
        <source>%1 is not a reason code Streamdesk writes (%2); matching it as given</source>
        <translation>%1 não é um código de motivo que o Streamdesk escreve (%2); comparando-o como foi dado</translation>
    </message>
    <message>
        <source>deleting: %1 of %2 dead letters done</source>
        <translation>apagando: %1 de %2 mensagens dead-letter concluídas</translation>
    </message>
    <message>
        <source>replaying: %1 of %2 dead letters done</source>
        <translation>reenviando: %1 de %2 mensagens dead-letter concluídas</translation>
    </message>
</context>
<context>
    <name>DeadLettersDialog</name>
    <message>
        <source>(%1 more bytes not shown)</source>
        <translation>(mais %1 bytes não mostrados)</translation>
    </message>
    <message>
        <source>Dead Letters — %1</source>
        <translation>Mensagens dead-letter — %1</translation>
    </message>
    <message>
        <source>Select a dead letter to see its reason and original fields.</source>
        <translation>Selecione uma mensagem dead-letter para ver o motivo e os campos originais.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Read the dead-letter stream again (F5)</source>
        <translation>Lê de novo o stream de mensagens dead-letter (F5)</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Put the selected entries back into %1 as new entries and remove them from here (Ctrl+R). Fix the cause first: an entry that still cannot be read comes back.</source>
        <translation>Devolve as entradas selecionadas a %1 como entradas novas e as retira daqui (Ctrl+R). Corrija a causa antes: uma entrada que ainda não puder ser lida volta.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>A&amp;pagar</translation>
    </message>
    <message>
        <source>Delete the selected entries from the dead-letter stream for good (Del)</source>
        <translation>Apaga de vez as entradas selecionadas do stream de mensagens dead-letter (Del)</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sem conexão.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n dead letters into %1?</source>
        <translation>
            <numerusform>Reenviar %n mensagem dead-letter para %1?</numerusform>
            <numerusform>Reenviar %n mensagens dead-letter para %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dead letters for good?</source>
        <translation>
            <numerusform>Apagar de vez %n mensagem dead-letter?</numerusform>
            <numerusform>Apagar de vez %n mensagens dead-letter?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each goes back into the stream as a new entry with its original fields, and leaves the dead-letter stream. Consumer groups process it like any other entry; one that still cannot be read comes back here.</source>
        <translation>Cada uma volta ao stream como entrada nova, com seus campos originais, e sai do stream de mensagens dead-letter. Os grupos de consumidores a processam como qualquer outra entrada; a que ainda não puder ser lida volta para cá.</translation>
    </message>
    <message numerus="yes">
        <source>Their fields are lost; nothing processes them again.</source>
        <translation>
            <numerusform>Os campos dela se perdem; nada a processa de novo.</numerusform>
            <numerusform>Os campos delas se perdem; nada as processa de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n entries…</source>
        <translation>
            <numerusform>Reenviando %n entrada…</numerusform>
            <numerusform>Reenviando %n entradas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n entries…</source>
        <translation>
            <numerusform>Apagando %n entrada…</numerusform>
            <numerusform>Apagando %n entradas…</numerusform>
        </translation>
    </message>
    <message>
        <source>No dead letters: %1 is empty.</source>
        <translation>Nenhuma mensagem dead-letter: %1 está vazio.</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n entries into %1.</source>
        <translation>
            <numerusform>%n entrada reenviada para %1.</numerusform>
            <numerusform>%n entradas reenviadas para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entries.</source>
        <translation>
            <numerusform>%n entrada apagada.</numerusform>
            <numerusform>%n entradas apagadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already gone.</source>
        <translation>
            <numerusform>%n já tinha saído.</numerusform>
            <numerusform>%n já tinham saído.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had no original fields to replay and stay here.</source>
        <translation>
            <numerusform>%n não tinha campos originais para reenviar e continua aqui.</numerusform>
            <numerusform>%n não tinham campos originais para reenviar e continuam aqui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Interrompido antes do fim.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos os motivos</translation>
    </message>
    <message numerus="yes">
        <source>%n entries selected.</source>
        <translation>
            <numerusform>%n entrada selecionada.</numerusform>
            <numerusform>%n entradas selecionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Dead-lettered: %1 by %2</source>
        <translation>Na DLQ desde %1, por %2</translation>
    </message>
    <message numerus="yes">
        <source>after %n deliveries</source>
        <translation>
            <numerusform>depois de %n entrega</numerusform>
            <numerusform>depois de %n entregas</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from: %1 at %2</source>
        <translation>Lida de: %1 em %2</translation>
    </message>
    <message>
        <source>Id here: %1</source>
        <translation>ID aqui: %1</translation>
    </message>
    <message>
        <source>No original fields (the entry was deleted from the stream while pending).</source>
        <translation>Sem campos originais (a entrada foi apagada do stream enquanto pendente).</translation>
    </message>
    <message>
        <source>Original fields:</source>
        <translation>Campos originais:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Stopping after the entries under way…</source>
        <translation>Parando depois das entradas em andamento…</translation>
    </message>
    <message>
        <source>The newest %1 are listed; streamdesk-cli dead-letters replays or deletes any number of them.</source>
        <translation>As %1 mais novas estão listadas; streamdesk-cli dead-letters reenvia ou apaga qualquer quantidade delas.</translation>
    </message>
    <message numerus="yes">
        <source>%n listed with reason %1.</source>
        <translation>
            <numerusform>%n listada com motivo %1.</numerusform>
            <numerusform>%n listadas com motivo %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were refused by the server and stay here (%1).</source>
        <translation>
            <numerusform>%n foi recusada pelo servidor e continua aqui (%1).</numerusform>
            <numerusform>%n foram recusadas pelo servidor e continuam aqui (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is down; the list is as it was. It is read again when the connection is back.</source>
        <translation>A conexão caiu; a lista é a de antes. Ela é lida de novo quando a conexão voltar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln dead letters.</source>
        <translation>
            <numerusform>%1 tem %Ln mensagem dead-letter.</numerusform>
            <numerusform>%1 tem %Ln mensagens dead-letter.</numerusform>
        </translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Como foi gravado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are larger than the largest entry this console reads (%1 KiB): they will come back here unless that limit is raised first, in Settings ▸ Preferences (and in any other processor of the stream).</source>
        <translation>
            <numerusform>%n delas é maior que a maior entrada que este console lê (%1 KiB): voltará para cá, a menos que esse limite seja aumentado antes, em Configurações ▸ Preferências (e em qualquer outro processador do stream).</numerusform>
            <numerusform>%n delas são maiores que a maior entrada que este console lê (%1 KiB): voltarão para cá, a menos que esse limite seja aumentado antes, em Configurações ▸ Preferências (e em qualquer outro processador do stream).</numerusform>
        </translation>
    </message>
    <message>
        <source>Size: %1 KiB, larger than the largest entry this console reads (%2 KiB): raise that limit in Settings ▸ Preferences before replaying it.</source>
        <translation>Tamanho: %1 KiB, maior que a maior entrada que este console lê (%2 KiB): aumente esse limite em Configurações ▸ Preferências antes de reenviá-la.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n day(s), %1</source>
        <translation>
            <numerusform>%n dia, %1</numerusform>
            <numerusform>%n dias, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>EventDecoder</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>um booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>um array</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>algo que não é um objeto</translation>
    </message>
    <message>
        <source>data is JSON but not an object (it is %1)</source>
        <translation>o campo data é JSON, mas não é um objeto (é %1)</translation>
    </message>
    <message>
        <source>data is not valid JSON: %1 at offset %2</source>
        <translation>o campo data não é um JSON válido: %1 na posição %2</translation>
    </message>
    <message>
        <source>entry is %1 bytes, larger than the limit of %2 bytes</source>
        <translation>a entrada tem %1 bytes, acima do limite de %2 bytes</translation>
    </message>
    <message>
        <source>entry has no fields (it was deleted from the stream while still pending)</source>
        <translation>a entrada não tem campos (foi excluída do stream enquanto ainda estava pendente)</translation>
    </message>
    <message>
        <source>no sys_id: the entry has no sys_id field and the record in data has none</source>
        <translation>sem sys_id: a entrada não tem o campo sys_id e o registro em data também não</translation>
    </message>
    <message>
        <source>sys_id &quot;%1&quot; is not 32 hexadecimal characters</source>
        <translation>o sys_id &quot;%1&quot; não tem 32 caracteres hexadecimais</translation>
    </message>
    <message>
        <source>sys_id %1 of the entry differs from sys_id &quot;%2&quot; of the record in data</source>
        <translation>o sys_id %1 da entrada difere do sys_id &quot;%2&quot; do registro em data</translation>
    </message>
    <message>
        <source>no type: the entry has no type or table field and the record in data has no sys_class_name</source>
        <translation>sem tipo: a entrada não tem o campo type nem o table, e o registro em data não tem sys_class_name</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>stream</source>
        <translation>stream</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation>Grupo de atribuição</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Recebido em %1</translation>
    </message>
    <message>
        <source>Event time %1</source>
        <translation>Hora do evento %1</translation>
    </message>
    <message>
        <source>State code %1</source>
        <translation>Código de estado %1</translation>
    </message>
    <message>
        <source>%1 (state code %2)</source>
        <translation>%1 (código de estado %2)</translation>
    </message>
</context>
<context>
    <name>FeedDecoder</name>
    <message>
        <source>the data of a %1 event is JSON but not an object</source>
        <translation>os dados de um evento %1 são JSON, mas não um objeto</translation>
    </message>
    <message>
        <source>the data of a %1 event is not valid JSON: %2</source>
        <translation>os dados de um evento %1 não são um JSON válido: %2</translation>
    </message>
    <message>
        <source>%1 carries no sys_id and no stored ticket has the number %2: logged only</source>
        <translation>%1 não traz sys_id e nenhum chamado armazenado tem o número %2: apenas registrado no log</translation>
    </message>
    <message>
        <source>no ticket type: the event names none and no stored ticket has sys_id %1: logged only</source>
        <translation>sem tipo de chamado: o evento não informa nenhum e nenhum chamado armazenado tem o sys_id %1: apenas registrado no log</translation>
    </message>
</context>
<context>
    <name>FeedEditDialog</name>
    <message>
        <source>(kept in the keychain)</source>
        <translation>(guardado no chaveiro)</translation>
    </message>
    <message>
        <source>&amp;Connect to this feed</source>
        <translation>&amp;Conectar a este feed</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>e.g. tickets-api</source>
        <translation>ex.: tickets-api</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>Without a byte for this long the connection counts as dead and is replaced.</source>
        <translation>Sem nenhum byte durante este tempo, a conexão é considerada morta e é substituída.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Secret values are kept in the system keychain, never in the settings file.</source>
        <translation>Os valores secretos ficam no chaveiro do sistema, nunca no arquivo de configurações.</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>&amp;Adicionar cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>&amp;Remover cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Read &amp;timeout:</source>
        <translation>&amp;Tempo limite de leitura:</translation>
    </message>
    <message>
        <source>Request &amp;headers</source>
        <translation>Cabeçal&amp;hos da requisição</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Adicionar feed</translation>
    </message>
    <message>
        <source>Edit feed</source>
        <translation>Editar feed</translation>
    </message>
    <message>
        <source>Keep the value in the system keychain and never show it</source>
        <translation>Guarda o valor no chaveiro do sistema e nunca o exibe</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s URL.</source>
        <translation>Informe a URL do feed.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Esta não é uma URL válida.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>A URL deve começar com http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>A URL não tem nome de host.</translation>
    </message>
    <message>
        <source>Put credentials in a secret header, not in the URL.</source>
        <translation>Coloque as credenciais em um cabeçalho secreto, não na URL.</translation>
    </message>
    <message>
        <source>Header %1 has a value but no name.</source>
        <translation>O cabeçalho %1 tem um valor, mas não tem nome.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>&quot;%1&quot; não é um nome de cabeçalho válido.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is listed twice.</source>
        <translation>O cabeçalho &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be one line.</source>
        <translation>O valor de &quot;%1&quot; deve ter uma única linha.</translation>
    </message>
    <message>
        <source>Put credentials in a secret header, not in the URL (query parameter &quot;%1&quot;).</source>
        <translation>Coloque credenciais em um cabeçalho secreto, não na URL (parâmetro de consulta &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>(not in the keychain: type it again)</source>
        <translation>(não está no chaveiro: digite de novo)</translation>
    </message>
</context>
<context>
    <name>FeedHub</name>
    <message>
        <source> (duplicate)</source>
        <translation> (duplicado)</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (desatualizado)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>waiting for secret header values</source>
        <translation>aguardando os valores secretos dos cabeçalhos</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>paused while the sandbox runs</source>
        <translation>pausado enquanto o sandbox está em execução</translation>
    </message>
    <message>
        <source>%1 is not in the keychain: edit the feed and type it again</source>
        <translation>%1 não está no chaveiro: edite o feed e digite-o novamente</translation>
    </message>
    <message>
        <source>not started: unusable URL</source>
        <translation>não iniciado: URL inutilizável</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL with a host: edit the feed (F2)</source>
        <translation>%1 não é uma URL http:// ou https:// com host: edite o feed (F2)</translation>
    </message>
    <message>
        <source>the saved last event id had a line break and was not sent; the server may send events again or skip some</source>
        <translation>o último id de evento salvo tinha uma quebra de linha e não foi enviado; o servidor pode reenviar eventos ou pular alguns</translation>
    </message>
</context>
<context>
    <name>FeedListModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 applied to tickets, %2 duplicates</source>
        <translation>%1 aplicados aos chamados, %2 duplicados</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconexões</translation>
    </message>
    <message>
        <source>Last event id</source>
        <translation>ID do último evento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
</context>
<context>
    <name>FeedsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Adiciona um feed</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected feed</source>
        <translation>Edita o feed selecionado</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the selected feed</source>
        <translation>Remove o feed selecionado</translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation>Ati&amp;vado</translation>
    </message>
    <message>
        <source>Connect to the selected feed or stop it</source>
        <translation>Conecta ao feed selecionado ou o interrompe</translation>
    </message>
    <message>
        <source>Re&amp;connect now</source>
        <translation>Re&amp;conectar agora</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>No feeds yet. Add one with the URL of a server-sent events stream (Ins).</source>
        <translation>Ainda não há feeds. Adicione um com a URL de um stream de server-sent events (Ins).</translation>
    </message>
    <message>
        <source>reconnecting in 8.8 s</source>
        <translation>reconectando em 8,8 s</translation>
    </message>
    <message>
        <source>Last %1 feed events</source>
        <translation>Últimos %1 eventos dos feeds</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Remover feed</translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot;? Its events stay in the ticket store.</source>
        <translation>Remover o feed &quot;%1&quot;? Os eventos dele permanecem na base de chamados.</translation>
    </message>
    <message>
        <source>Select an event to see the data it carried.</source>
        <translation>Selecione um evento para ver os dados que ele trouxe.</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(sem dados)</translation>
    </message>
    <message>
        <source>Reconnect the selected feed now</source>
        <translation>Reconectar agora o feed selecionado</translation>
    </message>
    <message>
        <source>No feeds. Add one (Ins) with the URL of an SSE endpoint.</source>
        <translation>Nenhum feed. Adicione um (Ins) com a URL de um endpoint SSE.</translation>
    </message>
    <message>
        <source>No feed event received yet.</source>
        <translation>Nenhum evento de feed recebido ainda.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show the change stream, its consumer groups and their consumers (length, pending, lag, idle).</source>
        <translation>Mostra o stream de mudanças, seus grupos de consumidores e os consumidores de cada grupo (tamanho, pendentes, lag, ociosidade).</translation>
    </message>
    <message>
        <source>Stream key (default: %1).</source>
        <translation>Chave do stream (padrão: %1).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Exibe JSON em vez de texto.</translation>
    </message>
    <message>
        <source>stream %1 does not exist</source>
        <translation>o stream %1 não existe</translation>
    </message>
    <message numerus="yes">
        <source>stream %1: %n entries</source>
        <translation>
            <numerusform>stream %1: %n entrada</numerusform>
            <numerusform>stream %1: %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>  first entry %1, last entry %2, last generated id %3, entries added %4</source>
        <translation>  primeira entrada %1, última entrada %2, último ID gerado %3, entradas adicionadas %4</translation>
    </message>
    <message>
        <source>  no consumer groups</source>
        <translation>  nenhum grupo de consumidores</translation>
    </message>
    <message>
        <source>  consumer %1: %2 pending, idle %3, inactive %4</source>
        <translation>  consumidor %1: %2 pendentes, ocioso %3, inativo %4</translation>
    </message>
    <message numerus="yes">
        <source>group %1: %n consumers, %2 pending, last delivered %3, entries read %4, lag %5</source>
        <translation>
            <numerusform>grupo %1: %n consumidor, %2 pendentes, último ID entregue %3, entradas lidas %4, lag %5</numerusform>
            <numerusform>grupo %1: %n consumidores, %2 pendentes, último ID entregue %3, entradas lidas %4, lag %5</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>  no dead letters (%1 is empty)</source>
        <translation>  nenhuma mensagem dead-letter (%1 está vazio)</translation>
    </message>
    <message numerus="yes">
        <source>  dead letters: %n in %1 (list, replay or delete them: streamdesk-cli dead-letters --stream %2)</source>
        <translation>
            <numerusform>  mensagens dead-letter: %n em %1 (liste, reenvie ou apague: streamdesk-cli dead-letters --stream %2)</numerusform>
            <numerusform>  mensagens dead-letter: %n em %1 (liste, reenvie ou apague: streamdesk-cli dead-letters --stream %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>  (Redis cannot compute this group&apos;s lag: entries were deleted, or the group was set to an arbitrary id)</source>
        <translation>  (o Redis não consegue calcular o lag deste grupo: entradas foram excluídas, ou o grupo foi posto em um ID arbitrário)</translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <source>Subscribe to a Server-Sent Events feed and print each event as one JSON line.</source>
        <translation>Assina um feed de Server-Sent Events e exibe cada evento como uma linha JSON.</translation>
    </message>
    <message>
        <source>URL [options]</source>
        <translation>URL [opções]</translation>
    </message>
    <message>
        <source>The feed, an http:// or https:// URL.</source>
        <translation>O feed, uma URL http:// ou https://.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&apos;NAME: VALUE&apos;</source>
        <translation>&apos;NOME: VALOR&apos;</translation>
    </message>
    <message>
        <source>Resume after this event id (sent as Last-Event-ID).</source>
        <translation>Retoma após este ID de evento (enviado como Last-Event-ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reconnect when no byte arrives for this long (default: %1; 0 disables).</source>
        <translation>Reconecta quando nenhum byte chega durante este tempo (padrão: %1; 0 desativa).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Exit after this many events (default: run until stopped).</source>
        <translation>Sai após esta quantidade de eventos (padrão: executa até ser interrompido).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--header must be &apos;Name: value&apos; with a name made of letters, digits and !#$%&amp;&apos;*+-.^_`|~</source>
        <translation>--header deve ser &apos;Nome: valor&apos;, com um nome formado por letras, dígitos e !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <source>--header %1: the value must not contain line breaks</source>
        <translation>--header %1: o valor não pode conter quebras de linha</translation>
    </message>
    <message>
        <source>&apos;listen&apos; takes exactly one URL, e.g. streamdesk-cli listen http://127.0.0.1:8080/events</source>
        <translation>&apos;listen&apos; aceita exatamente uma URL, por exemplo streamdesk-cli listen http://127.0.0.1:8080/events</translation>
    </message>
    <message>
        <source>the feed must be an http:// or https:// URL with a host</source>
        <translation>o feed deve ser uma URL http:// ou https:// com um host</translation>
    </message>
    <message>
        <source>--read-timeout must be a number of seconds from 0 to %1, not &apos;%2&apos;</source>
        <translation>--read-timeout deve ser um número de segundos de 0 a %1, não &apos;%2&apos;</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>conectando a %1</translation>
    </message>
    <message>
        <source>connecting to %1 (Last-Event-ID: %2)</source>
        <translation>conectando a %1 (Last-Event-ID: %2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>the server ended the feed (HTTP 204) after %n event(s)</source>
        <translation>
            <numerusform>o servidor encerrou o feed (HTTP 204) após %n evento</numerusform>
            <numerusform>o servidor encerrou o feed (HTTP 204) após %n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped: %n event(s) received</source>
        <translation>
            <numerusform>parado: %n evento recebido</numerusform>
            <numerusform>parado: %n eventos recebidos</numerusform>
        </translation>
    </message>
    <message>
        <source>the feed&apos;s port must be from 1 to 65535, not %1</source>
        <translation>a porta do feed deve estar entre 1 e 65535, não %1</translation>
    </message>
    <message>
        <source>the user and password in the URL are not sent; pass them with --header &quot;Authorization: ...&quot; instead</source>
        <translation>o usuário e a senha da URL não são enviados; passe-os com --header &quot;Authorization: ...&quot;</translation>
    </message>
    <message>
        <source>Keep retrying when the feed cannot be reached at the start (default: exit 1; once connected, outages are always waited out).</source>
        <translation>Continua tentando quando o feed não pode ser alcançado no início (padrão: sai com 1; depois de conectado, as quedas são sempre aguardadas).</translation>
    </message>
    <message>
        <source>cannot reach %1: %2; pass --keep-trying to wait for it</source>
        <translation>não foi possível alcançar %1: %2; use --keep-trying para aguardá-lo</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>não foi possível alcançar %1: %2</translation>
    </message>
    <message>
        <source>cannot listen to %1: %2</source>
        <translation>não foi possível ouvir %1: %2</translation>
    </message>
    <message>
        <source>Extra request header, e.g. &apos;Authorization: Bearer TOKEN&apos; (repeatable; values are never printed). @FILE reads one header per line from FILE, out of sight of ps.</source>
        <translation>Cabeçalho extra da requisição, por exemplo &apos;Authorization: Bearer TOKEN&apos; (pode ser repetido; os valores nunca são exibidos). @ARQUIVO lê um cabeçalho por linha de ARQUIVO, fora da vista do ps.</translation>
    </message>
    <message>
        <source>cannot read the --header file &apos;%1&apos;: %2</source>
        <translation>não foi possível ler o arquivo de --header &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no file name after @</source>
        <translation>falta o nome do arquivo depois de @</translation>
    </message>
    <message>
        <source>%1, line %2: </source>
        <translation>%1, linha %2: </translation>
    </message>
    <message>
        <source>--last-event-id must not contain line breaks or NUL characters</source>
        <translation>--last-event-id não pode conter quebras de linha nem caracteres NUL</translation>
    </message>
    <message>
        <source>the --header file &apos;%1&apos; is not UTF-8 text</source>
        <translation>o arquivo de --header &apos;%1&apos; não é texto UTF-8</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keychain: %1</source>
        <translation>Chaveiro: %1</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>The state of the change pipeline at a glance, for the analyst on shift and the engineer on call.</source>
        <translation>O estado do pipeline de mudanças em um relance, para o analista de turno e o engenheiro de plantão.</translation>
    </message>
    <message>
        <source>Tickets per state and priority, updated live</source>
        <translation>Chamados por estado e prioridade, atualizados ao vivo</translation>
    </message>
    <message>
        <source>Stream throughput and consumer lag over the last hour</source>
        <translation>Vazão dos streams e lag dos consumidores na última hora</translation>
    </message>
    <message>
        <source>Pending entries and dead letters that need attention</source>
        <translation>Entradas pendentes e mensagens dead-letter que precisam de atenção</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Chamados</translation>
    </message>
    <message>
        <source>Live ServiceNow change tickets as they arrive from the pipeline.</source>
        <translation>Chamados de mudança do ServiceNow ao vivo, à medida que chegam do pipeline.</translation>
    </message>
    <message>
        <source>A live table with filters by state, assignment group and priority</source>
        <translation>Uma tabela ao vivo com filtros por estado, grupo de atribuição e prioridade</translation>
    </message>
    <message>
        <source>The full history of a ticket, event by event</source>
        <translation>O histórico completo de um chamado, evento por evento</translation>
    </message>
    <message>
        <source>Search by number or short description</source>
        <translation>Busca por número ou descrição resumida</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>The Redis streams behind the pipeline and the consumer groups reading them.</source>
        <translation>Os streams do Redis por trás do pipeline e os grupos de consumidores que os leem.</translation>
    </message>
    <message>
        <source>Length, first and last entry of every stream</source>
        <translation>Tamanho, primeira e última entrada de cada stream</translation>
    </message>
    <message>
        <source>Consumer groups with their lag and pending entries</source>
        <translation>Grupos de consumidores com seu lag e suas entradas pendentes</translation>
    </message>
    <message>
        <source>Claim or acknowledge stuck entries of a lagging consumer</source>
        <translation>Reivindicar ou confirmar entradas travadas de um consumidor atrasado</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>The server-sent event feeds that publish tickets to subscribers.</source>
        <translation>Os feeds SSE (server-sent events) que publicam chamados para os assinantes.</translation>
    </message>
    <message>
        <source>Connected subscribers and their event rates</source>
        <translation>Assinantes conectados e suas taxas de eventos</translation>
    </message>
    <message>
        <source>Delivery errors and reconnects</source>
        <translation>Erros de entrega e reconexões</translation>
    </message>
    <message>
        <source>A live tail of the events sent</source>
        <translation>Acompanhamento ao vivo dos eventos enviados</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Work queues, retries and dead letters.</source>
        <translation>Filas de trabalho, novas tentativas e mensagens dead-letter.</translation>
    </message>
    <message>
        <source>Jobs waiting, running and failed</source>
        <translation>Jobs aguardando, em execução e com falha</translation>
    </message>
    <message>
        <source>Dead letters with the reason each one failed</source>
        <translation>Mensagens dead-letter com o motivo da falha de cada uma</translation>
    </message>
    <message>
        <source>Retry, inspect or discard failed jobs</source>
        <translation>Tentar novamente, inspecionar ou descartar jobs com falha</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Connect to a Redis server (Ctrl+K)</source>
        <translation>Conecta a um servidor Redis (Ctrl+K)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Close the connection to the server</source>
        <translation>Encerra a conexão com o servidor</translation>
    </message>
    <message>
        <source>Start &amp;Sandbox</source>
        <translation>Iniciar sand&amp;box</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Start a private redis-server with throwaway data on this computer and connect to it (Ctrl+Shift+S)</source>
        <translation>Inicia um redis-server privado com dados descartáveis neste computador e conecta-se a ele (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;About Streamdesk</source>
        <translation>&amp;Sobre o Streamdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Desconectado.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando o sandbox…</translation>
    </message>
    <message>
        <source>Sandbox running on %1; its data is removed when Streamdesk exits.</source>
        <translation>Sandbox em execução em %1; os dados dele são removidos quando o Streamdesk é encerrado.</translation>
    </message>
    <message>
        <source>The sandbox needs redis-server, which is not installed.</source>
        <translation>O sandbox precisa do redis-server, que não está instalado.</translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation>Não foi possível iniciar o sandbox.</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Reconectando a %1…</translation>
    </message>
    <message>
        <source>Streamdesk</source>
        <translation>Streamdesk</translation>
    </message>
    <message>
        <source>Streamdesk — %1</source>
        <translation>Streamdesk — %1</translation>
    </message>
    <message>
        <source>The new language takes effect after Streamdesk is restarted.</source>
        <translation>O novo idioma passa a valer depois que o Streamdesk for reiniciado.</translation>
    </message>
    <message>
        <source>Ticket store: %1</source>
        <translation>Base de chamados: %1</translation>
    </message>
    <message>
        <source>Sandbox feed: %1</source>
        <translation>Feed do sandbox: %1</translation>
    </message>
    <message>
        <source>Consumer stopped</source>
        <translation>Consumidor parado</translation>
    </message>
    <message>
        <source>Consumer starting…</source>
        <translation>Consumidor iniciando…</translation>
    </message>
    <message>
        <source>Processing as %1</source>
        <translation>Processando como %1</translation>
    </message>
    <message>
        <source>Observing</source>
        <translation>Observando</translation>
    </message>
    <message>
        <source>Consumer stopping…</source>
        <translation>Consumidor parando…</translation>
    </message>
    <message>
        <source>Could not publish the test event: %1</source>
        <translation>Não foi possível publicar o evento de teste: %1</translation>
    </message>
    <message>
        <source>Published %1 to %2 as %3.</source>
        <translation>%1 publicado em %2 como %3.</translation>
    </message>
    <message>
        <source>Start &amp;Consumer</source>
        <translation>Iniciar &amp;consumidor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>&amp;Observar</translation>
    </message>
    <message>
        <source>Tail the stream without joining a consumer group: production processors lose nothing (Ctrl+Shift+O)</source>
        <translation>Acompanha o stream sem entrar em um grupo de consumidores: os processadores de produção não perdem nada (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Processar</translation>
    </message>
    <message>
        <source>Join the consumer group and acknowledge what is applied; entries that cannot be read go to the dead-letter stream (Ctrl+Shift+P)</source>
        <translation>Entra no grupo de consumidores e confirma o que é aplicado; entradas que não podem ser lidas vão para o stream de dead-letter (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Publish &amp;Test Event…</source>
        <translation>Publicar &amp;evento de teste…</translation>
    </message>
    <message>
        <source>Test Event</source>
        <translation>Evento de teste</translation>
    </message>
    <message>
        <source>Write one hand-made change entry to the stream (Ctrl+T)</source>
        <translation>Grava no stream uma entrada de mudança criada manualmente (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>Stop &amp;Consumer</source>
        <translation>Parar &amp;consumidor</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Finish the batch in flight, commit, acknowledge, then stop (F5)</source>
        <translation>Conclui o lote em andamento, faz o commit, confirma e então para (F5)</translation>
    </message>
    <message>
        <source>Stop tailing the stream (F5)</source>
        <translation>Para de acompanhar o stream (F5)</translation>
    </message>
    <message>
        <source>Join the group and process from where it left off (F5)</source>
        <translation>Entra no grupo e processa a partir de onde parou (F5)</translation>
    </message>
    <message>
        <source>Tail the stream (F5)</source>
        <translation>Acompanha o stream (F5)</translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Feeds: %1</translation>
    </message>
    <message>
        <source>State table: %1</source>
        <translation>Tabela de estados: %1</translation>
    </message>
    <message>
        <source>Consumer: %1</source>
        <translation>Consumidor: %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>The password for %1 is not in the keychain: enter it again.</source>
        <translation>A senha de %1 não está no chaveiro: digite-a de novo.</translation>
    </message>
    <message>
        <source>No keychain service is running: the feed&apos;s secret header is kept in memory for this session only, and must be typed again after a restart.</source>
        <translation>Nenhum serviço de chaveiro em execução: o cabeçalho secreto do feed fica na memória só nesta sessão e precisa ser digitado de novo após reiniciar.</translation>
    </message>
    <message>
        <source>Dead &amp;Letters…</source>
        <translation>Mensagens &amp;dead-letter…</translation>
    </message>
    <message>
        <source>Entries processing could not apply, with their reasons: replay them once the cause is fixed (Ctrl+L)</source>
        <translation>Entradas que o processamento não conseguiu aplicar, com seus motivos: reenvie-as depois de corrigir a causa (Ctrl+L)</translation>
    </message>
    <message>
        <source>Process mode: observing stopped. Start (F5) joins group %1 as %2.</source>
        <translation>Modo processar: a observação parou. Iniciar (F5) entra no grupo %1 como %2.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s redis-server (port %1) stopped unexpectedly; its throwaway data is gone. Start the sandbox (Ctrl+Shift+S) to begin again.</source>
        <translation>O redis-server do sandbox (porta %1) parou inesperadamente; os dados descartáveis dele se foram. Inicie o sandbox (Ctrl+Shift+S) para recomeçar.</translation>
    </message>
    <message>
        <source>Consumer stopped: no connection</source>
        <translation>Consumidor parado: sem conexão</translation>
    </message>
    <message>
        <source>&amp;Read the Whole Stream</source>
        <translation>&amp;Ler o stream inteiro</translation>
    </message>
    <message>
        <source>Observe from the stream&apos;s first entry, to load the tickets it held before this console looked; takes nothing from the consumer group (observe mode)</source>
        <translation>Observa a partir da primeira entrada do stream, para carregar os chamados que ele já tinha antes deste console; não tira nada do grupo de consumidores (modo observar)</translation>
    </message>
    <message>
        <source>Observing %1 from its first entry: the changes already stored are counted, not applied again.</source>
        <translation>Observando %1 a partir da primeira entrada: as mudanças já gravadas são contadas, não aplicadas de novo.</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>No keychain service is running: the password is kept in memory for this session only.</source>
        <translation>Nenhum serviço de chaveiro está em execução: a senha fica em memória apenas durante esta sessão.</translation>
    </message>
</context>
<context>
    <name>PendingCommand</name>
    <message>
        <source>List a consumer group&apos;s pending entries: consumer, idle time, deliveries and ticket.</source>
        <translation>Lista as entradas pendentes de um grupo de consumidores: consumidor, tempo ocioso, entregas e chamado.</translation>
    </message>
    <message>
        <source>Stream key (default: %1).</source>
        <translation>Chave do stream (padrão: %1).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>Consumer group (default: %1).</source>
        <translation>Grupo de consumidores (padrão: %1).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPO</translation>
    </message>
    <message>
        <source>Only this consumer&apos;s entries.</source>
        <translation>Só as entradas deste consumidor.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>How many entries to list, oldest first (default: 100, at most %1).</source>
        <translation>Quantas entradas listar, as mais antigas primeiro (padrão: 100, no máximo %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprime JSON em vez de texto.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>%1 in group %2</source>
        <translation>%1 no grupo %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending</source>
        <translation>
            <numerusform>%1: %n pendente</numerusform>
            <numerusform>%1: %n pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the oldest %n listed</source>
        <translation>
            <numerusform>, a %n mais antiga listada</numerusform>
            <numerusform>, as %n mais antigas listadas</numerusform>
        </translation>
    </message>
    <message>
        <source>idle %1</source>
        <translation>ocioso há %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries</source>
        <translation>
            <numerusform>%n entrega</numerusform>
            <numerusform>%n entregas</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted from the stream)</source>
        <translation>(apagada do stream)</translation>
    </message>
    <message>
        <source>Only entries idle for at least MS milliseconds, the stuck ones, whatever their id (as process&apos;s --claim-min-idle; default: 0, all).</source>
        <translation>Só as entradas ociosas há pelo menos MS milissegundos, as travadas, seja qual for o ID (como --claim-min-idle do process; padrão: 0, todas).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message numerus="yes">
        <source>, %n idle for at least %1</source>
        <translation>
            <numerusform>, %n ociosa há pelo menos %1</numerusform>
            <numerusform>, %n ociosas há pelo menos %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, more than %n idle for at least %1, the oldest %n listed</source>
        <translation>
            <numerusform>, mais de %n ociosa há pelo menos %1, listada a mais antiga</numerusform>
            <numerusform>, mais de %n ociosas há pelo menos %1, listadas as %n mais antigas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingEntriesDialog</name>
    <message>
        <source>Pending Entries — group %1</source>
        <translation>Entradas pendentes — grupo %1</translation>
    </message>
    <message>
        <source>Pending Entries — %1 in group %2</source>
        <translation>Entradas pendentes — %1 no grupo %2</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Read the pending entries again (F5)</source>
        <translation>Lê de novo as entradas pendentes (F5)</translation>
    </message>
    <message>
        <source>Processing claims entries idle longer than its minimum (XAUTOCLAIM) and dead-letters those delivered too often.</source>
        <translation>O processamento reivindica as entradas ociosas há mais tempo que o mínimo (XAUTOCLAIM) e manda para o dead-letter as que foram entregues vezes demais.</translation>
    </message>
    <message>
        <source>Reading the pending entries…</source>
        <translation>Lendo as entradas pendentes…</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>o grupo %1</translation>
    </message>
    <message>
        <source>Nothing pending for %1.</source>
        <translation>Nada pendente para %1.</translation>
    </message>
    <message>
        <source>Could not read the pending entries: %1</source>
        <translation>Não foi possível ler as entradas pendentes: %1</translation>
    </message>
    <message>
        <source>The connection is down; the entries are read again when it is back.</source>
        <translation>A conexão caiu; as entradas são lidas de novo quando ela voltar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries pending for %1.</source>
        <translation>
            <numerusform>%Ln entrada pendente para %1.</numerusform>
            <numerusform>%Ln entradas pendentes para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>List only entries idle for at least this many seconds: the stuck ones, whatever their id</source>
        <translation>Lista só as entradas ociosas há pelo menos estes segundos: as travadas, seja qual for o ID</translation>
    </message>
    <message>
        <source>Only entries &amp;idle for at least:</source>
        <translation>Só entradas &amp;ociosas há pelo menos:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln idle for at least %1.</source>
        <translation>
            <numerusform>%Ln ociosa há pelo menos %1.</numerusform>
            <numerusform>%Ln ociosas há pelo menos %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 with the lowest ids are listed (the first delivered); an entry claimed since then may be idle for less than some not listed. A minimum idle time lists the stuck ones.</source>
        <translation>Estão listadas as %1 de IDs mais baixos (as primeiras entregues); uma entrada reivindicada depois disso pode estar ociosa há menos tempo que outras não listadas. Um tempo mínimo de ociosidade lista as travadas.</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln idle for at least %1; those with the lowest ids are listed.</source>
        <translation>
            <numerusform>Mais de %Ln ociosa há pelo menos %1; listadas as de IDs mais baixos.</numerusform>
            <numerusform>Mais de %Ln ociosas há pelo menos %1; listadas as de IDs mais baixos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingEntriesQuery</name>
    <message>
        <source>not connected</source>
        <translation>sem conexão</translation>
    </message>
    <message>
        <source>%1 has no consumer group %2</source>
        <translation>%1 não tem o grupo de consumidores %2</translation>
    </message>
    <message>
        <source>this Redis server cannot filter pending entries by idle time (Redis 6.2 or newer can)</source>
        <translation>este servidor Redis não filtra entradas pendentes por tempo ocioso (o Redis 6.2 ou mais novo filtra)</translation>
    </message>
</context>
<context>
    <name>PendingEntryModel</name>
    <message>
        <source>(deleted from the stream)</source>
        <translation>(apagada do stream)</translation>
    </message>
    <message>
        <source>The entry is no longer in the stream (deleted or trimmed while pending): there is nothing left to process, only the pending record.</source>
        <translation>A entrada não está mais no stream (apagada ou cortada enquanto pendente): não resta nada a processar, só o registro de pendência.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ociosa há</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>PingCommand</name>
    <message>
        <source>Check that a Redis server answers and measure the round-trip latency.</source>
        <translation>Verifica se um servidor Redis responde e mede a latência de ida e volta.</translation>
    </message>
    <message>
        <source>Number of PINGs to send (default: %1).</source>
        <translation>Número de PINGs a enviar (padrão: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>INFO failed: %1</source>
        <translation>o INFO falhou: %1</translation>
    </message>
    <message>
        <source>PING failed: %1</source>
        <translation>o PING falhou: %1</translation>
    </message>
    <message>
        <source>unexpected reply to PING: %1</source>
        <translation>resposta inesperada ao PING: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>PONG from %1 (redis %2, role %3)</source>
        <translation>PONG de %1 (redis %2, papel %3)</translation>
    </message>
    <message>
        <source>PONG from %1 (no server details: %2)</source>
        <translation>PONG de %1 (sem detalhes do servidor: %2)</translation>
    </message>
    <message numerus="yes">
        <source>latency over %n ping(s): min %1 ms, median %2 ms, max %3 ms</source>
        <translation>
            <numerusform>latência em %n ping: mín. %1 ms, mediana %2 ms, máx. %3 ms</numerusform>
            <numerusform>latência em %n pings: mín. %1 ms, mediana %2 ms, máx. %3 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming to this page</source>
        <translation>Em breve nesta página</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect after Streamdesk is restarted.</source>
        <translation>Um novo idioma passa a valer depois que o Streamdesk for reiniciado.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Keep the same name across restarts, so this console finds its own pending entries again.</source>
        <translation>Mantenha o mesmo nome entre reinícios, para que este console encontre de novo as próprias entradas pendentes.</translation>
    </message>
    <message>
        <source>Built-in state table</source>
        <translation>Tabela de estados embutida</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Stream:</translation>
    </message>
    <message>
        <source>Consumer &amp;group:</source>
        <translation>&amp;Grupo de consumidores:</translation>
    </message>
    <message>
        <source>Consumer &amp;name:</source>
        <translation>&amp;Nome do consumidor:</translation>
    </message>
    <message>
        <source>S&amp;tate table:</source>
        <translation>&amp;Tabela de estados:</translation>
    </message>
    <message>
        <source>State Table</source>
        <translation>Tabela de estados</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>State table: %1</source>
        <translation>Tabela de estados: %1</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Larger entries are malformed and go to the dead-letter stream (too_large); raise it before replaying such entries. Default %1 KiB.</source>
        <translation>Entradas maiores são malformadas e vão para o stream de dead-letter (too_large); aumente antes de reenviar essas entradas. Padrão: %1 KiB.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Processing claims entries another consumer of the group has left pending this long (XAUTOCLAIM). Default %1 s.</source>
        <translation>O processamento reivindica entradas que outro consumidor do grupo deixou pendentes por esse tempo (XAUTOCLAIM). Padrão: %1 s.</translation>
    </message>
    <message>
        <source>An entry delivered more often than this goes to the dead-letter stream (too_many_deliveries). Default %1.</source>
        <translation>Uma entrada entregue mais vezes que isso vai para o stream de dead-letter (too_many_deliveries). Padrão: %1.</translation>
    </message>
    <message>
        <source>Largest &amp;entry:</source>
        <translation>&amp;Maior entrada:</translation>
    </message>
    <message>
        <source>&amp;Claim pending entries idle for:</source>
        <translation>&amp;Reivindicar pendentes ociosas há:</translation>
    </message>
    <message>
        <source>&amp;Dead-letter after deliveries:</source>
        <translation>Enviar para &amp;dead-letter após entregas:</translation>
    </message>
    <message>
        <source>New entries only</source>
        <translation>Somente as entradas novas</translation>
    </message>
    <message>
        <source>The whole stream, from its first entry</source>
        <translation>O stream inteiro, desde a primeira entrada</translation>
    </message>
    <message>
        <source>Where processing starts when Start creates the consumer group; an existing group goes on from where it left off.</source>
        <translation>Onde o processamento começa quando Iniciar cria o grupo de consumidores; um grupo que já existe continua de onde parou.</translation>
    </message>
    <message>
        <source>A new group &amp;reads:</source>
        <translation>Um grupo novo &amp;lê:</translation>
    </message>
</context>
<context>
    <name>PublishEventDialog</name>
    <message>
        <source>Publish Test Event</source>
        <translation>Publicar evento de teste</translation>
    </message>
    <message>
        <source>Adds one change entry to &lt;b&gt;%1&lt;/b&gt;, as a producer would. Processors, the SSE gateway and this console should all show it within a second.</source>
        <translation>Adiciona uma entrada de mudança a &lt;b&gt;%1&lt;/b&gt;, como faria um produtor. Os processadores, o gateway SSE e este console devem mostrá-la em até um segundo.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;State code:</source>
        <translation>Código de &amp;estado:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>%1:%2 for %3, state %4, sys_id %5</source>
        <translation>%1:%2 para %3, estado %4, sys_id %5</translation>
    </message>
    <message>
        <source>Updates the existing %1 (%2, group %3) to state %4; its record is kept, with the new state and update time. sys_id %5</source>
        <translation>Atualiza o chamado existente %1 (%2, grupo %3) para o estado %4; o registro dele é mantido, com o novo estado e a nova hora de atualização. sys_id %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1 numbers start with %2; %3 is published as one anyway.</source>
        <translation>Observação: números de %1 começam com %2; %3 é publicado como %1 mesmo assim.</translation>
    </message>
</context>
<context>
    <name>RedisConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation>a conexão foi encerrada</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>conectando a %1</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>conectado a %1</translation>
    </message>
    <message numerus="yes">
        <source>reconnecting in %n s: %1</source>
        <translation>
            <numerusform>reconectando em %n s: %1</numerusform>
            <numerusform>reconectando em %n s: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falha: %1</translation>
    </message>
    <message>
        <source>cannot read a CA certificate from %1</source>
        <translation>não foi possível ler um certificado de CA de %1</translation>
    </message>
    <message>
        <source>a TLS client certificate needs both the certificate file and the key file</source>
        <translation>um certificado de cliente TLS precisa tanto do arquivo do certificado quanto do arquivo da chave</translation>
    </message>
    <message>
        <source>cannot read a client certificate from %1</source>
        <translation>não foi possível ler um certificado de cliente de %1</translation>
    </message>
    <message>
        <source>cannot read the client key %1: %2</source>
        <translation>não foi possível ler a chave do cliente %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted RSA or EC private key in PEM format</source>
        <translation>%1 não é uma chave privada RSA ou EC não criptografada em formato PEM</translation>
    </message>
    <message>
        <source>TLS certificate verification is turned off for %1: the connection is encrypted but the server is not authenticated</source>
        <translation>a verificação do certificado TLS está desativada para %1: a conexão é criptografada, mas o servidor não é autenticado</translation>
    </message>
    <message>
        <source>TLS: the certificate of %1 is not trusted (%2); give the CA file that signed it</source>
        <translation>TLS: o certificado de %1 não é confiável (%2); informe o arquivo da CA que o assinou</translation>
    </message>
    <message>
        <source>TLS: the certificate of %1 is not valid for the host name &apos;%2&apos;</source>
        <translation>TLS: o certificado de %1 não é válido para o nome de host &apos;%2&apos;</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>authentication failed for user &apos;%1&apos;: %2</source>
        <translation>falha na autenticação do usuário &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot select database %1: %2</source>
        <translation>não foi possível selecionar o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>the server requires a password: %1</source>
        <translation>o servidor exige uma senha: %1</translation>
    </message>
    <message>
        <source>cannot set the client name: %1</source>
        <translation>não foi possível definir o nome do cliente: %1</translation>
    </message>
    <message numerus="yes">
        <source>not connected to %1 (reconnecting in %n s)</source>
        <translation>
            <numerusform>não conectado a %1 (reconectando em %n s)</numerusform>
            <numerusform>não conectado a %1 (reconectando em %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected to %1: %2</source>
        <translation>não conectado a %1: %2</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>não conectado a %1</translation>
    </message>
    <message>
        <source>invalid reply from %1 (%2); the connection was closed</source>
        <translation>resposta inválida de %1 (%2); a conexão foi encerrada</translation>
    </message>
    <message>
        <source>%1 sent a reply nobody asked for; the connection was closed</source>
        <translation>%1 enviou uma resposta que ninguém pediu; a conexão foi encerrada</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>conexão recusada por %1</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>host %1 não encontrado</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 encerrou a conexão</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>falha no handshake TLS com %1: %2</translation>
    </message>
    <message>
        <source>connection to %1 failed: %2</source>
        <translation>falha na conexão com %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 within %n s</source>
        <translation>
            <numerusform>nenhuma resposta de %1 em %n s</numerusform>
            <numerusform>nenhuma resposta de %1 em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>no reply from %1 in time; the connection was reset</source>
        <translation>nenhuma resposta de %1 a tempo; a conexão foi reiniciada</translation>
    </message>
    <message numerus="yes">
        <source>no TLS handshake from %1 within %n s; is it a plain redis:// server?</source>
        <translation>
            <numerusform>nenhum handshake TLS de %1 em %n s; é um servidor redis:// sem TLS?</numerusform>
            <numerusform>nenhum handshake TLS de %1 em %n s; é um servidor redis:// sem TLS?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedisEndpoint</name>
    <message>
        <source>Invalid Redis URL &apos;%1&apos;: %2</source>
        <translation>URL do Redis inválida &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Invalid Redis URL: the URL is empty</source>
        <translation>URL do Redis inválida: a URL está vazia</translation>
    </message>
    <message>
        <source>the scheme must be redis:// or rediss://</source>
        <translation>o esquema deve ser redis:// ou rediss://</translation>
    </message>
    <message>
        <source>the user name contains &apos;%1&apos;; percent-encode it</source>
        <translation>o nome de usuário contém &apos;%1&apos;; codifique-o com percent-encoding</translation>
    </message>
    <message>
        <source>query parameters are not supported; put the database number in the path, e.g. redis://host:6379/2</source>
        <translation>parâmetros de consulta não são suportados; coloque o número do banco de dados no caminho, por exemplo redis://host:6379/2</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation>falta &apos;]&apos; após o endereço IPv6</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>texto inesperado após o endereço IPv6</translation>
    </message>
    <message>
        <source>the host is empty</source>
        <translation>o host está vazio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address</source>
        <translation>&apos;%1&apos; não é um endereço IPv6 válido</translation>
    </message>
    <message>
        <source>IPv6 addresses must be enclosed in brackets, e.g. redis://[::1]:6379</source>
        <translation>endereços IPv6 devem estar entre colchetes, por exemplo redis://[::1]:6379</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>&apos;%1&apos; não é um nome de host válido</translation>
    </message>
    <message>
        <source>port must be a number between 1 and 65535</source>
        <translation>a porta deve ser um número entre 1 e 65535</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535</source>
        <translation>a porta deve estar entre 1 e 65535</translation>
    </message>
    <message>
        <source>the database must be a non-negative integer</source>
        <translation>o banco de dados deve ser um inteiro não negativo</translation>
    </message>
    <message>
        <source>the database number is too large</source>
        <translation>o número do banco de dados é grande demais</translation>
    </message>
    <message>
        <source>a fragment (&apos;#…&apos;) is not part of a Redis URL; percent-encode a &apos;#&apos; in the password as %23</source>
        <translation>um fragmento (&apos;#…&apos;) não faz parte de uma URL do Redis; codifique um &apos;#&apos; na senha como %23</translation>
    </message>
</context>
<context>
    <name>RedisServerProcess</name>
    <message>
        <source>Install it with: sudo apt-get install redis-server</source>
        <translation>Instale-o com: sudo apt-get install redis-server</translation>
    </message>
    <message>
        <source>redis-server was not found on PATH. </source>
        <translation>O redis-server não foi encontrado no PATH. </translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for redis-server: %1</source>
        <translation>Não foi possível criar um diretório temporário para o redis-server: %1</translation>
    </message>
    <message>
        <source>Cannot find a free TCP port on 127.0.0.1 for redis-server.</source>
        <translation>Não foi possível encontrar uma porta TCP livre em 127.0.0.1 para o redis-server.</translation>
    </message>
    <message>
        <source>redis-server is not being started.</source>
        <translation>O redis-server não está sendo iniciado.</translation>
    </message>
    <message numerus="yes">
        <source>redis-server did not become ready within %n ms.</source>
        <translation>
            <numerusform>O redis-server não ficou pronto em %n ms.</numerusform>
            <numerusform>O redis-server não ficou pronto em %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>redis-server stopped before it was ready.</source>
        <translation>O redis-server parou antes de ficar pronto.</translation>
    </message>
    <message>
        <source>redis-server cannot be restarted: it was never started.</source>
        <translation>O redis-server não pode ser reiniciado: ele nunca foi iniciado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>redis-server (%1) could not be run: %2</source>
        <translation>Não foi possível executar o redis-server (%1): %2</translation>
    </message>
    <message>
        <source>redis-server on 127.0.0.1:%1 exited unexpectedly.</source>
        <translation>O redis-server em 127.0.0.1:%1 foi encerrado inesperadamente.</translation>
    </message>
    <message>
        <source>configuration error at line %1 of redis.conf: %2</source>
        <translation>erro de configuração na linha %1 do redis.conf: %2</translation>
    </message>
    <message>
        <source>it crashed without output</source>
        <translation>ele travou sem gerar saída</translation>
    </message>
    <message>
        <source>it exited with code %1 without output</source>
        <translation>ele saiu com o código %1 sem gerar saída</translation>
    </message>
    <message>
        <source>redis-server could not start on 127.0.0.1:%1: %2</source>
        <translation>Não foi possível iniciar o redis-server em 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>RespReader</name>
    <message>
        <source>protocol error: %1</source>
        <translation>erro de protocolo: %1</translation>
    </message>
    <message>
        <source>bulk string not terminated by CRLF</source>
        <translation>bulk string não terminada por CRLF</translation>
    </message>
    <message>
        <source>unexpected reply type %1</source>
        <translation>tipo de resposta inesperado %1</translation>
    </message>
</context>
<context>
    <name>SandboxController</name>
    <message>
        <source>The sandbox&apos;s SSE gateway could not start: %1</source>
        <translation>Não foi possível iniciar o gateway SSE do sandbox: %1</translation>
    </message>
    <message>
        <source>sandbox gateway</source>
        <translation>gateway do sandbox</translation>
    </message>
</context>
<context>
    <name>ServeSseCommand</name>
    <message>
        <source>Serve the change stream to EventSource clients over HTTP (Server-Sent Events).</source>
        <translation>Serve o stream de mudanças a clientes EventSource via HTTP (Server-Sent Events).</translation>
    </message>
    <message>
        <source>Address and port to listen on, e.g. 127.0.0.1:8080 (required; port 0 picks a free one).</source>
        <translation>Endereço e porta em que escutar, por exemplo 127.0.0.1:8080 (obrigatório; a porta 0 escolhe uma livre).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORTA</translation>
    </message>
    <message>
        <source>Stream key (default: %1).</source>
        <translation>Chave do stream (padrão: %1).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer TOKEN&quot; (default: $%1; none if unset).</source>
        <translation>Exige &quot;Authorization: Bearer TOKEN&quot; (padrão: $%1; nenhum se não definida).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Most clients served at once; more get 503 (default: %1).</source>
        <translation>Máximo de clientes atendidos ao mesmo tempo; os excedentes recebem 503 (padrão: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds between heartbeat comments (default: %1).</source>
        <translation>Segundos entre comentários de heartbeat (padrão: %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, not &apos;%1&apos;</source>
        <translation>--listen deve ser HOST:PORTA, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT with a port from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--listen deve ser HOST:PORTA com uma porta de 0 a 65535, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen needs an IP address (or localhost), not &apos;%1&apos;</source>
        <translation>--listen precisa de um endereço IP (ou localhost), não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen HOST:PORT is required, e.g. --listen 127.0.0.1:8080</source>
        <translation>--listen HOST:PORTA é obrigatório, por exemplo --listen 127.0.0.1:8080</translation>
    </message>
    <message>
        <source>--stream must not be empty</source>
        <translation>--stream não pode ser vazio</translation>
    </message>
    <message>
        <source>listening on %1 without a token: anyone who can reach it reads the stream</source>
        <translation>escutando em %1 sem token: qualquer um que consiga acessá-lo lê o stream</translation>
    </message>
    <message>
        <source>listening on %1, beyond this machine; the token travels in clear text unless a TLS proxy is in front</source>
        <translation>escutando em %1, além desta máquina; o token trafega em texto claro, a menos que haja um proxy TLS na frente</translation>
    </message>
    <message>
        <source>redis: %1</source>
        <translation>redis: %1</translation>
    </message>
    <message>
        <source>dropped %1: too slow (%2 bytes unsent)</source>
        <translation>%1 descartado: lento demais (%2 bytes não enviados)</translation>
    </message>
    <message>
        <source>listening on http://%1:%2/</source>
        <translation>escutando em http://%1:%2/</translation>
    </message>
    <message>
        <source>stopped: %1, %2, %3 dropped as too slow, %4 refused</source>
        <translation>parado: %1, %2, %3 descartado(s) por lentidão, %4 recusado(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) served</source>
        <translation>
            <numerusform>%n cliente atendido</numerusform>
            <numerusform>%n clientes atendidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent</source>
        <translation>
            <numerusform>%n evento enviado</numerusform>
            <numerusform>%n eventos enviados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Client name:</source>
        <translation>Nome do cliente:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transporte:</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Ida e volta:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Tempo ativo:</translation>
    </message>
    <message>
        <source>Connected clients:</source>
        <translation>Clientes conectados:</translation>
    </message>
    <message>
        <source>Memory used:</source>
        <translation>Memória usada:</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>plain TCP (not encrypted)</source>
        <translation>TCP simples (sem criptografia)</translation>
    </message>
    <message>
        <source>TLS, certificate not verified (insecure)</source>
        <translation>TLS, certificado não verificado (inseguro)</translation>
    </message>
    <message>
        <source>TLS, verified as %1</source>
        <translation>TLS, verificado como %1</translation>
    </message>
    <message>
        <source>Updated at %1, every 2 seconds while connected.</source>
        <translation>Atualizado às %1, a cada 2 segundos enquanto conectado.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>The Dead Letters and Pending Entries windows have keys of their own: press F1 there to list them.</source>
        <translation>As janelas Mensagens dead-letter e Entradas pendentes têm teclas próprias: pressione F1 nelas para listá-las.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Publish simulated, deterministic ticket changes to the change stream.</source>
        <translation>Publica no stream de mudanças alterações de chamados simuladas e determinísticas.</translation>
    </message>
    <message>
        <source>Number of tickets (default: %1).</source>
        <translation>Número de chamados (padrão: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of stream entries, malformed ones included (default: %1).</source>
        <translation>Número de entradas no stream, incluindo as malformadas (padrão: %1).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Stream key (default: %1).</source>
        <translation>Chave do stream (padrão: %1).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>Entries per second; 0 = as fast as possible, pipelined (default: 0).</source>
        <translation>Entradas por segundo; 0 = o mais rápido possível, com pipelining (padrão: 0).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same entries (default: %1).</source>
        <translation>Semente aleatória: a mesma semente gera as mesmas entradas (padrão: %1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Fraction of entries that cannot be decoded, 0 to 1 (default: 0).</source>
        <translation>Fração de entradas que não podem ser decodificadas, de 0 a 1 (padrão: 0).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fraction of entries in the table/operation layout, 0 to 1 (default: %1).</source>
        <translation>Fração de entradas no layout table/operation, de 0 a 1 (padrão: %1).</translation>
    </message>
    <message>
        <source>Fraction of records with {value, display_value} fields, 0 to 1 (default: %1).</source>
        <translation>Fração de registros com campos {value, display_value}, de 0 a 1 (padrão: %1).</translation>
    </message>
    <message>
        <source>Write the state every ticket must reach once all entries are applied to FILE (JSON).</source>
        <translation>Grava em ARQUIVO (JSON) o estado que cada chamado deve atingir quando todas as entradas forem aplicadas.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>--%1 must be a number between 0 and %2, not &apos;%3&apos;</source>
        <translation>--%1 deve ser um número entre 0 e %2, não &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--seed must be an integer between 0 and %1, not &apos;%2&apos;</source>
        <translation>--seed deve ser um inteiro entre 0 e %1, não &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--stream must not be empty</source>
        <translation>--stream não pode ser vazio</translation>
    </message>
    <message>
        <source>interrupted before the connection to %1 was ready</source>
        <translation>interrompido antes de a conexão com %1 ficar pronta</translation>
    </message>
    <message>
        <source>done: </source>
        <translation>concluído: </translation>
    </message>
    <message>
        <source>published %1/%2 (%3%), %4 events/s</source>
        <translation>publicadas %1/%2 (%3%), %4 eventos/s</translation>
    </message>
    <message>
        <source>%1 of %2 entries were not acknowledged by the server</source>
        <translation>%1 de %2 entradas não foram confirmadas pelo servidor</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>interrupted: published %1 of %2 entries</source>
        <translation>interrompido: publicadas %1 de %2 entradas</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>é um diretório</translation>
    </message>
    <message>
        <source>%1 is not a writable directory</source>
        <translation>%1 não é um diretório gravável</translation>
    </message>
    <message>
        <source>--expect must not be empty</source>
        <translation>--expect não pode ser vazio</translation>
    </message>
    <message>
        <source>; %1 was not written</source>
        <translation>; %1 não foi gravado</translation>
    </message>
    <message>
        <source>%1 (after at least %2 of %3 entries were published)</source>
        <translation>%1 (depois de publicadas pelo menos %2 de %3 entradas)</translation>
    </message>
</context>
<context>
    <name>SimulatorPublisher</name>
    <message>
        <source>the Redis connection is gone</source>
        <translation>a conexão com o Redis não existe mais</translation>
    </message>
    <message>
        <source>XADD to %1 failed: %2</source>
        <translation>o XADD em %1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>SseClient</name>
    <message>
        <source>idle</source>
        <translation>ocioso</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>encerrado: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>the server sent no Content-Type instead of text/event-stream</source>
        <translation>o servidor não enviou Content-Type (esperado: text/event-stream)</translation>
    </message>
    <message>
        <source>the server sent Content-Type %1 instead of text/event-stream</source>
        <translation>o servidor enviou Content-Type %1 em vez de text/event-stream</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>the server asked the client to stop (HTTP 204)</source>
        <translation>o servidor pediu ao cliente que parasse (HTTP 204)</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>o servidor respondeu %1</translation>
    </message>
    <message>
        <source>redirect not followed: %1</source>
        <translation>redirecionamento não seguido: %1</translation>
    </message>
    <message>
        <source>the server closed the stream</source>
        <translation>o servidor encerrou o stream</translation>
    </message>
    <message>
        <source>no data received for %1 s</source>
        <translation>nenhum dado recebido em %1 s</translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation>reconectando em %1 s</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>falha no handshake TLS: %1</translation>
    </message>
    <message>
        <source>redirect not followed: from %1 to %2, which is not encrypted</source>
        <translation>redirecionamento não seguido: de %1 para %2, que não é criptografado</translation>
    </message>
    <message>
        <source>redirected to %1, another origin: the feed&apos;s headers are not sent there</source>
        <translation>redirecionado para %1, outra origem: os cabeçalhos do feed não são enviados para lá</translation>
    </message>
    <message>
        <source>open, redirected to %1</source>
        <translation>aberto, redirecionado para %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (the feed&apos;s headers were not sent to %2, another origin)</source>
        <translation>%1 (os cabeçalhos do feed não foram enviados para %2, outra origem)</translation>
    </message>
    <message>
        <source>redirect not followed: more than %1 redirects in a row</source>
        <translation>redirecionamento não seguido: mais de %1 redirecionamentos seguidos</translation>
    </message>
    <message>
        <source>an event was too large (over %1); the connection was dropped</source>
        <translation>um evento era grande demais (mais de %1); a conexão foi encerrada</translation>
    </message>
</context>
<context>
    <name>SseGateway</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>não foi possível escutar em %1:%2: %3</translation>
    </message>
    <message>
        <source>The request head did not arrive in time.</source>
        <translation>O cabeçalho da requisição não chegou a tempo.</translation>
    </message>
    <message>
        <source>The request head is too large.</source>
        <translation>O cabeçalho da requisição é grande demais.</translation>
    </message>
    <message>
        <source>This is not an HTTP/1.1 request.</source>
        <translation>Esta não é uma requisição HTTP/1.1.</translation>
    </message>
    <message>
        <source>Not found: the event stream is at / and /events.</source>
        <translation>Não encontrado: o stream de eventos fica em / e /events.</translation>
    </message>
    <message>
        <source>Only GET is allowed here.</source>
        <translation>Somente GET é permitido aqui.</translation>
    </message>
    <message>
        <source>A valid bearer token is required.</source>
        <translation>É necessário um bearer token válido.</translation>
    </message>
    <message>
        <source>Too many clients; try again later.</source>
        <translation>Clientes demais; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Last-Event-ID is not a stream id of the form milliseconds-sequence.</source>
        <translation>Last-Event-ID não é um ID de stream no formato milissegundos-sequência.</translation>
    </message>
    <message>
        <source>from must be 0, $ or a stream id.</source>
        <translation>from deve ser 0, $ ou um ID de stream.</translation>
    </message>
    <message>
        <source>%1 is not a stream: %2</source>
        <translation>%1 não é um stream: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>StateCountDelegate</name>
    <message>
        <source>State code %1</source>
        <translation>Código de estado %1</translation>
    </message>
</context>
<context>
    <name>StateCountModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Code %1 is not in the state table</source>
        <translation>O código %1 não está na tabela de estados</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>% of type</source>
        <translation>% do tipo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
</context>
<context>
    <name>StateTable</name>
    <message>
        <source>%1: cannot read the state file: %2</source>
        <translation>%1: não foi possível ler o arquivo de estados: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON inválido: %1 na posição %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object keyed by ticket type</source>
        <translation>o nível superior deve ser um objeto JSON indexado por tipo de chamado</translation>
    </message>
    <message>
        <source>a ticket type name is empty</source>
        <translation>um nome de tipo de chamado está vazio</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;: must be a JSON object keyed by state code</source>
        <translation>tipo &quot;%1&quot;: deve ser um objeto JSON indexado por código de estado</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;, code &quot;%2&quot;: a state code must be an integer</source>
        <translation>tipo &quot;%1&quot;, código &quot;%2&quot;: um código de estado deve ser um inteiro</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;, code &quot;%2&quot;: must be an object with &quot;pt_BR&quot;, &quot;en&quot; and &quot;closed&quot;, or null to remove the code</source>
        <translation>tipo &quot;%1&quot;, código &quot;%2&quot;: deve ser um objeto com &quot;pt_BR&quot;, &quot;en&quot; e &quot;closed&quot;, ou null para remover o código</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;, code &quot;%2&quot;: &quot;%3&quot; must be a string</source>
        <translation>tipo &quot;%1&quot;, código &quot;%2&quot;: &quot;%3&quot; deve ser uma string</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;, code &quot;%2&quot;: &quot;closed&quot; must be true or false</source>
        <translation>tipo &quot;%1&quot;, código &quot;%2&quot;: &quot;closed&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;, code &quot;%2&quot;: unknown key &quot;%3&quot; (expected pt_BR, en, closed)</source>
        <translation>tipo &quot;%1&quot;, código &quot;%2&quot;: chave desconhecida &quot;%3&quot; (esperadas: pt_BR, en, closed)</translation>
    </message>
    <message>
        <source>No state</source>
        <translation>Sem estado</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation>Estado %1</translation>
    </message>
</context>
<context>
    <name>StreamConsumer</name>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>processing %1 as %2 in group %3</source>
        <translation>processando %1 como %2 no grupo %3</translation>
    </message>
    <message>
        <source>observing %1</source>
        <translation>observando %1</translation>
    </message>
    <message>
        <source>stopping after the current batch</source>
        <translation>parando após o lote atual</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falha: %1</translation>
    </message>
    <message>
        <source>cannot open the ticket store %1: %2</source>
        <translation>não foi possível abrir a base de chamados %1: %2</translation>
    </message>
    <message>
        <source>cannot create the consumer group %1 on %2: %3</source>
        <translation>não foi possível criar o grupo de consumidores %1 em %2: %3</translation>
    </message>
    <message>
        <source>the group %1 disappeared; creating it again</source>
        <translation>o grupo %1 desapareceu; criando-o novamente</translation>
    </message>
    <message>
        <source>unexpected XAUTOCLAIM reply</source>
        <translation>resposta inesperada do XAUTOCLAIM</translation>
    </message>
    <message numerus="yes">
        <source>delivered %n times without being processed</source>
        <translation>
            <numerusform>entregue %n vez sem ser processada</numerusform>
            <numerusform>entregue %n vezes sem ser processada</numerusform>
        </translation>
    </message>
    <message>
        <source>dead-lettered</source>
        <translation>enviado para dead-letter</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>malformado</translation>
    </message>
    <message>
        <source>the acknowledgement transaction was aborted</source>
        <translation>a transação de confirmação foi abortada</translation>
    </message>
    <message>
        <source>could not acknowledge a batch: %1</source>
        <translation>não foi possível confirmar um lote: %1</translation>
    </message>
    <message>
        <source>stream %1: %2; retrying</source>
        <translation>stream %1: %2; tentando novamente</translation>
    </message>
    <message>
        <source>%1 is not a stream: %2</source>
        <translation>%1 não é um stream: %2</translation>
    </message>
    <message>
        <source>created the consumer group %1 on %2, reading from %3</source>
        <translation>grupo de consumidores %1 criado em %2, lendo a partir de %3</translation>
    </message>
    <message>
        <source>%1 did not exist: created it, empty, with the consumer group %2; check the stream&apos;s name if entries were expected</source>
        <translation>%1 não existia: foi criado, vazio, com o grupo de consumidores %2; confira o nome do stream se eram esperadas entradas</translation>
    </message>
    <message>
        <source>cannot write dead letters to %1: it holds a %2, not a stream</source>
        <translation>não foi possível gravar mensagens dead-letter em %1: a chave guarda um %2, não um stream</translation>
    </message>
    <message>
        <source>cannot write dead letters to %1: %2</source>
        <translation>não foi possível gravar mensagens dead-letter em %1: %2</translation>
    </message>
    <message>
        <source>cannot acknowledge entries of %1 in group %2: %3</source>
        <translation>não foi possível confirmar (XACK) entradas de %1 no grupo %2: %3</translation>
    </message>
    <message>
        <source> (duplicate)</source>
        <translation> (duplicado)</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (desatualizado)</translation>
    </message>
    <message>
        <source>the group %1 disappeared; creating it again from %2, the last entry read</source>
        <translation>o grupo %1 desapareceu; criando-o de novo a partir de %2, a última entrada lida</translation>
    </message>
    <message numerus="yes">
        <source>recovered %n entries idle for %1 or more in other consumers</source>
        <translation>
            <numerusform>recuperada %n entrada ociosa há %1 ou mais em outros consumidores</numerusform>
            <numerusform>recuperadas %n entradas ociosas há %1 ou mais em outros consumidores</numerusform>
        </translation>
    </message>
    <message>
        <source>created the consumer group %1 on %2, reading from $: new entries only, not those already in the stream</source>
        <translation>grupo de consumidores %1 criado em %2, lendo a partir de $: só entradas novas, não as que já estão no stream</translation>
    </message>
</context>
<context>
    <name>StreamConsumersModel</name>
    <message>
        <source>This Redis server does not report inactivity (Redis 7.2 or later does)</source>
        <translation>Este servidor Redis não informa a inatividade (o Redis 7.2 ou posterior informa)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ocioso</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
</context>
<context>
    <name>StreamGroupsModel</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Redis cannot compute the lag of this group (entries were deleted or the group was created at an arbitrary id)</source>
        <translation>O Redis não consegue calcular o lag deste grupo (entradas foram excluídas ou o grupo foi criado em um ID arbitrário)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumidores</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Last delivered id</source>
        <translation>Último ID entregue</translation>
    </message>
    <message>
        <source>Entries read</source>
        <translation>Entradas lidas</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Redis reports a group&apos;s lag from version 7.0 on</source>
        <translation>O Redis informa o lag de um grupo a partir da versão 7.0</translation>
    </message>
</context>
<context>
    <name>StreamMonitor</name>
    <message>
        <source>unexpected XINFO reply for %1</source>
        <translation>resposta inesperada do XINFO para %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Not consuming</source>
        <translation>Sem consumo</translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>a cada %n s</numerusform>
            <numerusform>a cada %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh:</source>
        <translation>Atualização:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>First entry:</source>
        <translation>Primeira entrada:</translation>
    </message>
    <message>
        <source>Last entry:</source>
        <translation>Última entrada:</translation>
    </message>
    <message>
        <source>Last generated id:</source>
        <translation>Último ID gerado:</translation>
    </message>
    <message>
        <source>Entries added:</source>
        <translation>Entradas adicionadas:</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidas</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicadas</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Eventos por segundo</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Malformadas</translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation>Para dead-letter</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taxa de sucesso</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>Grupos de consumidores</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumidores</translation>
    </message>
    <message>
        <source>Lag and pending, all groups</source>
        <translation>Lag e pendentes, todos os grupos</translation>
    </message>
    <message>
        <source>Waiting for the first sample</source>
        <translation>Aguardando a primeira amostra</translation>
    </message>
    <message>
        <source>Show all groups</source>
        <translation>Mostrar todos os grupos</translation>
    </message>
    <message>
        <source>Last %1 events</source>
        <translation>Últimos %1 eventos</translation>
    </message>
    <message>
        <source>Only malformed and dead-lettered</source>
        <translation>Somente malformados e enviados para dead-letter</translation>
    </message>
    <message>
        <source>every %1 ms</source>
        <translation>a cada %1 ms</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Stream %1</translation>
    </message>
    <message>
        <source>Observing, outside any group</source>
        <translation>Observando, fora de qualquer grupo</translation>
    </message>
    <message>
        <source>Processing as &lt;b&gt;%1&lt;/b&gt; in group &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Processando como &lt;b&gt;%1&lt;/b&gt; no grupo &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The stream %1 does not exist (yet): nothing has been written to it.</source>
        <translation>O stream %1 não existe (ainda): nada foi gravado nele.</translation>
    </message>
    <message>
        <source>sampled at %1</source>
        <translation>amostrado às %1</translation>
    </message>
    <message>
        <source>Could not read the stream&apos;s information: %1</source>
        <translation>Não foi possível ler as informações do stream: %1</translation>
    </message>
    <message>
        <source>Largest lag</source>
        <translation>Maior lag</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Lag and pending, group %1</source>
        <translation>Lag e pendentes, grupo %1</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>nothing consumed yet</source>
        <translation>nada consumido ainda</translation>
    </message>
    <message>
        <source>%1 claimed · %2 acknowledged</source>
        <translation>%1 reivindicadas · %2 confirmadas</translation>
    </message>
    <message>
        <source>%1 duplicates · %2 stale</source>
        <translation>%1 duplicadas · %2 desatualizadas</translation>
    </message>
    <message>
        <source>could not be decoded</source>
        <translation>não puderam ser decodificadas</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>the dead-letter stream</source>
        <translation>o stream de dead-letter</translation>
    </message>
    <message>
        <source>applied %1/s</source>
        <translation>aplicadas %1/s</translation>
    </message>
    <message>
        <source>nothing read yet</source>
        <translation>nada lido ainda</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>applied, duplicate or stale, of read</source>
        <translation>aplicadas, duplicadas ou desatualizadas, do total lido</translation>
    </message>
    <message>
        <source>observing: nothing is dead‑lettered</source>
        <translation>observando: nada é enviado para dead‑letter</translation>
    </message>
    <message>
        <source>Dead letters:</source>
        <translation>Mensagens dead-letter:</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Mostrar…</translation>
    </message>
    <message>
        <source>List, replay or delete the dead letters (Ctrl+L)</source>
        <translation>Lista, reenvia ou apaga as mensagens dead-letter (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 holds them, each with its reason: Show… lists them, replays them into the stream or deletes them.</source>
        <translation>%1 as guarda, cada uma com seu motivo: Mostrar… as lista, reenvia ao stream ou apaga.</translation>
    </message>
    <message>
        <source>Select a group to chart its lag and pending entries; double-click it (or press Enter) to list its pending entries</source>
        <translation>Selecione um grupo para ver o gráfico de lag e pendentes; clique duas vezes (ou tecle Enter) para listar as entradas pendentes</translation>
    </message>
    <message>
        <source>Orange: the consumer holds pending entries and has been idle for a minute or more. Double-click a consumer (or press Enter) to list its pending entries.</source>
        <translation>Laranja: o consumidor tem entradas pendentes e está ocioso há um minuto ou mais. Clique duas vezes em um consumidor (ou tecle Enter) para listar as entradas pendentes dele.</translation>
    </message>
    <message>
        <source>Not observing (observe mode, outside any group)</source>
        <translation>Sem observar (modo observar, fora de qualquer grupo)</translation>
    </message>
    <message>
        <source>Not processing: Start (F5) joins group &lt;b&gt;%2&lt;/b&gt; as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sem processar: Iniciar (F5) entra no grupo &lt;b&gt;%2&lt;/b&gt; como &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No malformed or dead-lettered event among the last %1.</source>
        <translation>Nenhum evento malformado ou enviado para dead-letter entre os últimos %1.</translation>
    </message>
    <message>
        <source>No event read yet.</source>
        <translation>Nenhum evento lido ainda.</translation>
    </message>
    <message>
        <source>No consumer group reads %1. Observing reads outside any group; Process (Ctrl+Shift+P), then Start (F5), creates %2.</source>
        <translation>Nenhum grupo de consumidores lê %1. Observar lê fora de qualquer grupo; Processar (Ctrl+Shift+P) e depois Iniciar (F5) cria %2.</translation>
    </message>
    <message>
        <source>No consumer group reads %1: Start (F5) creates %2.</source>
        <translation>Nenhum grupo de consumidores lê %1: Iniciar (F5) cria %2.</translation>
    </message>
    <message>
        <source>No group, so no consumers.</source>
        <translation>Nenhum grupo, portanto nenhum consumidor.</translation>
    </message>
    <message>
        <source>No consumer has read from these groups yet.</source>
        <translation>Nenhum consumidor leu destes grupos ainda.</translation>
    </message>
</context>
<context>
    <name>TicketDelegate</name>
    <message>
        <source>%1 local time (%2)
Value (UTC): %3</source>
        <translation>%1 hora local (%2)
Valor (UTC): %3</translation>
    </message>
</context>
<context>
    <name>TicketDetailPane</name>
    <message>
        <source>Select a ticket to see every field of its record and its change history.</source>
        <translation>Selecione um chamado para ver todos os campos do registro e o histórico de alterações.</translation>
    </message>
    <message>
        <source>Record fields</source>
        <translation>Campos do registro</translation>
    </message>
    <message>
        <source>Hide empty</source>
        <translation>Ocultar vazios</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Hora do evento</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stream id</source>
        <translation>ID no stream</translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation>Grupo de atribuição</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · &lt;b&gt;%2&lt;/b&gt; · Priority %3 · Group &lt;b&gt;%4&lt;/b&gt; · Assigned to %5</source>
        <translation>%1 · &lt;b&gt;%2&lt;/b&gt; · Prioridade %3 · Grupo &lt;b&gt;%4&lt;/b&gt; · Atribuído a %5</translation>
    </message>
    <message>
        <source>Value: %1
Display value: %2</source>
        <translation>Valor: %1
Valor de exibição: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), %1 empty hidden</source>
        <translation>
            <numerusform>%n campo, %1 vazios ocultos</numerusform>
            <numerusform>%n campos, %1 vazios ocultos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>no ticket store</source>
        <translation>sem base de chamados</translation>
    </message>
    <message>
        <source>Event %1
Applied here %2</source>
        <translation>Evento %1
Aplicado aqui em %2</translation>
    </message>
    <message>
        <source>State code %1</source>
        <translation>Código de estado %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n alteração, recentes primeiro</numerusform>
            <numerusform>%n alterações, recentes primeiro</numerusform>
        </translation>
    </message>
    <message>
        <source>Last event %1 (%2) at %3, applied %4 · updated in ServiceNow %5 · local times (%6) · sys_id %7</source>
        <translation>Último evento %1 (%2) em %3, aplicado em %4 · atualizado no ServiceNow em %5 · horários locais (%6) · sys_id %7</translation>
    </message>
    <message>
        <source>Local time (%1)
Value (UTC): %2</source>
        <translation>Horário local (%1)
Valor (UTC): %2</translation>
    </message>
    <message>
        <source>Display value (the instance&apos;s time zone): %1</source>
        <translation>Valor de exibição (fuso horário da instância): %1</translation>
    </message>
    <message>
        <source>The current filters hide this ticket in the table (Reset filters shows it).</source>
        <translation>Os filtros atuais ocultam este chamado na tabela (Redefinir filtros o mostra).</translation>
    </message>
    <message>
        <source>The search or the filters hide this ticket in the table (Reset filters shows it).</source>
        <translation>A busca ou os filtros ocultam este chamado na tabela (Redefinir filtros o mostra).</translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Change task</source>
        <translation>Tarefa de mudança</translation>
    </message>
    <message>
        <source>Catalog task</source>
        <translation>Tarefa de catálogo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Requisição de mudança</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>1 - Critical</source>
        <translation>1 - Crítica</translation>
    </message>
    <message>
        <source>2 - High</source>
        <translation>2 - Alta</translation>
    </message>
    <message>
        <source>3 - Moderate</source>
        <translation>3 - Moderada</translation>
    </message>
    <message>
        <source>4 - Low</source>
        <translation>4 - Baixa</translation>
    </message>
    <message>
        <source>5 - Planning</source>
        <translation>5 - Planejamento</translation>
    </message>
    <message>
        <source>State code %1</source>
        <translation>Código de estado %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation>Grupo de atribuição</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descrição resumida</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última ação</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>The SQLite driver (QSQLITE) is not available.</source>
        <translation>O driver SQLite (QSQLITE) não está disponível.</translation>
    </message>
    <message>
        <source>Cannot open the ticket store %1: %2</source>
        <translation>Não foi possível abrir a base de chamados %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the ticket store %1: %2</source>
        <translation>Não foi possível preparar a base de chamados %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the ticket store %1 to WAL mode (it reports &quot;%2&quot;).</source>
        <translation>Não foi possível mudar a base de chamados %1 para o modo WAL (ela informa &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The ticket store %1 was written by a newer Streamdesk (schema %2).</source>
        <translation>A base de chamados %1 foi gravada por um Streamdesk mais recente (esquema %2).</translation>
    </message>
    <message>
        <source>Cannot create the ticket store %1: %2</source>
        <translation>Não foi possível criar a base de chamados %1: %2</translation>
    </message>
    <message>
        <source>The ticket store is not open.</source>
        <translation>A base de chamados não está aberta.</translation>
    </message>
    <message>
        <source>The SQLite driver (QSQLITE) does not expose its connection handle.</source>
        <translation>O driver SQLite (QSQLITE) não expõe o identificador da sua conexão.</translation>
    </message>
    <message>
        <source>ticket store %1 upgraded to schema %2</source>
        <translation>base de chamados %1 atualizada para o esquema %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the ticket store %1: %2</source>
        <translation>Não foi possível atualizar a base de chamados %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the ticket store %1: it is an SQLite database with tables of its own, not a ticket store.</source>
        <translation>Não foi possível abrir a base de chamados %1: é um banco SQLite com tabelas próprias, não uma base de chamados.</translation>
    </message>
    <message>
        <source>Cannot open the ticket store %1: the file holds no ticket store.</source>
        <translation>Não foi possível abrir a base de chamados %1: o arquivo não contém uma base de chamados.</translation>
    </message>
    <message>
        <source>Cannot read the ticket store %1: it has schema %2, older than this Streamdesk&apos;s %3; open it once with the console or streamdesk-cli process to upgrade it.</source>
        <translation>Não foi possível ler a base de chamados %1: ela tem o esquema %2, anterior ao %3 deste Streamdesk; abra-a uma vez com o console ou com streamdesk-cli process para atualizá-la.</translation>
    </message>
    <message>
        <source>The ticket store %1 is open read-only.</source>
        <translation>A base de chamados %1 está aberta somente para leitura.</translation>
    </message>
    <message>
        <source>its directory %1 does not exist and could not be created</source>
        <translation>o diretório %1 não existe e não pôde ser criado</translation>
    </message>
    <message>
        <source>this user cannot create files in its directory %1</source>
        <translation>este usuário não pode criar arquivos no diretório %1</translation>
    </message>
    <message>
        <source>Cannot open the ticket store %1: this user cannot write the file</source>
        <translation>Não foi possível abrir a base de chamados %1: este usuário não pode gravar o arquivo</translation>
    </message>
    <message numerus="yes">
        <source>Cannot apply %n event(s) to the ticket store %1: %2</source>
        <translation>
            <numerusform>Não foi possível aplicar %n evento à base de chamados %1: %2</numerusform>
            <numerusform>Não foi possível aplicar %n eventos à base de chamados %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketsCommand</name>
    <message>
        <source>Export the tickets of a ticket store as JSON or CSV.</source>
        <translation>Exporta os chamados de uma base de chamados em JSON ou CSV.</translation>
    </message>
    <message>
        <source>Ticket store file (SQLite).</source>
        <translation>Arquivo da base de chamados (SQLite).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>json or csv (default: json).</source>
        <translation>json ou csv (padrão: json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Only tickets of this type (incident, change_task, sc_task, ...).</source>
        <translation>Somente chamados deste tipo (incident, change_task, sc_task, ...).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>Only tickets in this state code.</source>
        <translation>Somente chamados com este código de estado.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>--store FILE is required</source>
        <translation>--store ARQUIVO é obrigatório</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format deve ser json ou csv, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no ticket store at %1</source>
        <translation>nenhuma base de chamados em %1</translation>
    </message>
    <message>
        <source>--%1 must not be empty</source>
        <translation>--%1 não pode ser vazio</translation>
    </message>
    <message>
        <source>no ticket store at %1 (the file is empty)</source>
        <translation>nenhuma base de chamados em %1 (o arquivo está vazio)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>no ticket of type %1; the store&apos;s types: %2</source>
        <translation>nenhum chamado do tipo %1; tipos na base de chamados: %2</translation>
    </message>
    <message>
        <source>no ticket in state %1; the store&apos;s states: %2</source>
        <translation>nenhum chamado no estado %1; estados na base de chamados: %2</translation>
    </message>
    <message>
        <source>no %1 ticket in state %2; its states in the store: %3</source>
        <translation>nenhum chamado %1 no estado %2; seus estados na base de chamados: %3</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Search number, description or group (Ctrl+F)</source>
        <translation>Buscar número, descrição ou grupo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Show closed tickets</source>
        <translation>Mostrar chamados encerrados</translation>
    </message>
    <message>
        <source>Assignment group</source>
        <translation>Grupo de atribuição</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Redefinir filtros</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 chamados</translation>
    </message>
    <message>
        <source>%1 of %2 tickets</source>
        <translation>%1 de %2 chamados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (code %3)</source>
        <translation>%1: %2 (código %3)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Buscar chamados</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show or hide the filters (Ctrl+Shift+F); hidden, they still apply</source>
        <translation>Mostrar ou ocultar os filtros (Ctrl+Shift+F); ocultos, continuam valendo</translation>
    </message>
    <message>
        <source>Show or hide the ticket filters</source>
        <translation>Mostrar ou ocultar os filtros de chamados</translation>
    </message>
    <message>
        <source>The filters hid %1: they are cleared.</source>
        <translation>Os filtros ocultavam %1: foram limpos.</translation>
    </message>
    <message>
        <source>Right-click, or press the Menu key in the table, to choose the columns</source>
        <translation>Clique com o botão direito, ou pressione a tecla Menu na tabela, para escolher as colunas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>The search hid %1: it is cleared.</source>
        <translation>A busca ocultava %1: foi limpa.</translation>
    </message>
    <message>
        <source>No tickets in the store yet: they appear as the change stream is read.</source>
        <translation>Nenhum chamado na base ainda: eles aparecem conforme o stream de mudanças é lido.</translation>
    </message>
    <message>
        <source>Clear the ticket search (in its field)</source>
        <translation>Limpar a busca de chamados (no campo dela)</translation>
    </message>
    <message>
        <source>Ticket columns menu (the Menu key too)</source>
        <translation>Menu de colunas dos chamados (também a tecla Menu)</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln ticket(s) matches the search and filters. Reset filters shows them all.</source>
        <translation>
            <numerusform>O chamado (%Ln) não corresponde à busca e aos filtros. Redefinir filtros o mostra.</numerusform>
            <numerusform>Nenhum dos %Ln chamados corresponde à busca e aos filtros. Redefinir filtros mostra todos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <source>No data yet</source>
        <translation>Ainda sem dados</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>peak %1, off the scale</source>
        <translation>pico de %1, fora da escala</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>the handshake failed</source>
        <translation>o handshake falhou</translation>
    </message>
    <message>
        <source>%1 (the server does not speak TLS)</source>
        <translation>%1 (o servidor não usa TLS)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for a ServiceNow change pipeline on Redis.</source>
        <translation>Console de operações para um pipeline de mudanças do ServiceNow sobre Redis.</translation>
    </message>
    <message>
        <source>Start a private redis-server with throwaway data and connect to it.</source>
        <translation>Inicia um redis-server privado com dados descartáveis e conecta-se a ele.</translation>
    </message>
    <message>
        <source>Connect to &lt;url&gt; (redis:// or rediss://). A password in the URL is used but never stored.</source>
        <translation>Conecta a &lt;url&gt; (redis:// ou rediss://). Uma senha na URL é usada, mas nunca armazenada.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;file&gt;, then quit.</source>
        <translation>Salva uma captura de tela da janela principal em &lt;arquivo&gt; e sai.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Wait &lt;ms&gt; milliseconds before taking the screenshot (default 2000).</source>
        <translation>Aguarda &lt;ms&gt; milissegundos antes de fazer a captura de tela (padrão: 2000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: dashboard, tickets, streams, feeds, queue or server.</source>
        <translation>Abrir em &lt;page&gt;: dashboard, tickets, streams, feeds, queue ou server.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>--sandbox and --redis cannot be used together.</source>
        <translation>--sandbox e --redis não podem ser usados juntos.</translation>
    </message>
    <message>
        <source>--screenshot-delay needs a number of milliseconds.</source>
        <translation>--screenshot-delay precisa de um número de milissegundos.</translation>
    </message>
    <message>
        <source>unknown page %1; use dashboard, tickets, streams, feeds, queue or server.</source>
        <translation>página desconhecida %1; use dashboard, tickets, streams, feeds, queue ou server.</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>não foi possível gravar a captura de tela em %1</translation>
    </message>
</context>
</TS>
