#!/usr/bin/env bash
# Benchmark, in one run: Kannel's sendsms to an SMPP sink (the reference), then the gateway's no-op
# endpoint (GET /ping) and its POST /api/Services/send to the same sink, on H2 and on PostgreSQL.
# See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${THREADS:-32}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
HTTP_PORT=${HTTP_PORT:-18080}
SMPP_PORT=${SMPP_PORT:-12775}
SENDSMS_PORT=${SENDSMS_PORT:-13013}
SINK_THROUGHPUT=${SINK_THROUGHPUT:-5000}            # the SMPP provider's contracted throughput (messages/s)
WARMUP_ROUNDS=${WARMUP_ROUNDS:-16}                  # at most this many warm-up rounds of 15 s per database
CAMPAIGN_SIZE=${CAMPAIGN_SIZE:-100000}              # recipients of the campaign run; 0 leaves it out
CAMPAIGN_SECONDS=${CAMPAIGN_SECONDS:-120}           # how long the campaign run may take before it is cut off
POSTGRES=${POSTGRES:-embedded}                      # PostgreSQL row: "embedded", "off", or a JDBC URL (user and
POSTGRES_USER=${POSTGRES_USER:-postgres}            # password below) of an empty database
POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-postgres}
POSTGRES_PORT=${POSTGRES_PORT:-54330}               # the embedded one's port
WORK=target/bench
mkdir -p "$WORK"
rm -rf "$WORK/data"

[ -f target/sms-gateway.war ] || mvn -q -B -DskipTests package
mvn -q -B dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory="$WORK" -Dmdep.stripVersion=true
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeArtifactIds=jsmpp,slf4j-api >/dev/null
CP=$(cat "$WORK/cp.txt")
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT

java -cp "$CP" bench/SmppSink.java "$SMPP_PORT" > "$WORK/sink.log" 2>&1 &
PIDS+=($!)
sleep 2
submits() { tail -1 "$WORK/sink.log" | awk '{print $3}'; }

if ! command -v bearerbox >/dev/null && ! [ -x /usr/sbin/bearerbox ] && [ "$(id -u)" = "0" ]; then
  apt-get install -y -q kannel >/dev/null 2>&1 || echo "kannel could not be installed: its row is left out"
fi
if [ -x /usr/sbin/bearerbox ]; then
  rm -rf "$WORK/kannel" && mkdir -p "$WORK/kannel"
  sed -e "s|@WORK@|$PWD/$WORK/kannel|g" -e "s|@SMPP_PORT@|$SMPP_PORT|g" -e "s|@SENDSMS_PORT@|$SENDSMS_PORT|g" \
    bench/kannel.conf > "$WORK/kannel/kannel.conf"
  /usr/sbin/bearerbox "$WORK/kannel/kannel.conf" > "$WORK/kannel/bearerbox.out" 2>&1 &
  BEARERBOX=$!
  PIDS+=($BEARERBOX)
  sleep 2
  /usr/sbin/smsbox "$WORK/kannel/kannel.conf" > "$WORK/kannel/smsbox.out" 2>&1 &
  SMSBOX=$!
  PIDS+=($SMSBOX)
  for _ in $(seq 1 30); do
    curl -s "http://127.0.0.1:13000/status.txt?password=bench" | grep -q "(online" && break
    sleep 1
  done
  echo "== warm-up (Kannel)"
  java bench/LoadGenerator.java kannel "http://localhost:$SENDSMS_PORT" "$THREADS" 5 >/dev/null
  sleep 3
  BEFORE=$(submits)
  echo "== Kannel $(dpkg-query -W -f='${Version}' kannel 2>/dev/null) sendsms (file store), $THREADS clients, ${SECONDS_PER_RUN}s"
  java bench/LoadGenerator.java kannel "http://localhost:$SENDSMS_PORT" "$THREADS" "$SECONDS_PER_RUN"
  sleep 5
  AFTER=$(submits)
  echo "== SMPP sink: $((AFTER - BEFORE)) submit_sm from Kannel, $(( (AFTER - BEFORE) / (SECONDS_PER_RUN + 5) )) submit_sm/s on average"
  kill $SMSBOX $BEARERBOX 2>/dev/null || true
  wait $SMSBOX $BEARERBOX 2>/dev/null || true
else
  echo "== Kannel not installed (Debian package kannel): its row is left out"
fi

# start_gateway NAME JDBC_URL [USER PASSWORD]: a gateway on that database, with the sink as its provider,
# an LRA and the account "bench"
start_gateway() {
  local name=$1 url=$2 user=${3:-} password=${4:-}
  java -Xmx1g \
    -Dgateway.db.url="$url" ${user:+-Dgateway.db.user="$user"} ${password:+-Dgateway.db.password="$password"} \
    -Dgateway.admin.password=bench-admin-pw \
    -Dgateway.antiflood.account.max-messages=100000000 \
    -Dgateway.providers=sink \
    -Dgateway.provider.sink.type=SMPP -Dgateway.provider.sink.throughput="$SINK_THROUGHPUT" \
    -Dgateway.provider.sink.settings.host=127.0.0.1 -Dgateway.provider.sink.settings.port="$SMPP_PORT" \
    -Dgateway.provider.sink.settings.systemId=bench -Dgateway.provider.sink.settings.password=bench \
    -Dgateway.provider.sink.settings.window=64 \
    -jar "$WORK/payara-micro.jar" --deploy target/sms-gateway.war --contextroot / --port "$HTTP_PORT" --nocluster \
    > "$WORK/gateway-$name.log" 2>&1 &
  GATEWAY=$!
  PIDS+=($GATEWAY)
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$HTTP_PORT/health/ready" >/dev/null && break
    sleep 1
  done
  curl -sf -u admin:bench-admin-pw -H 'Content-Type: application/json' -d '{"id":1,"name":"bench"}' "http://localhost:$HTTP_PORT/manage/lras" >/dev/null
  curl -sf -u admin:bench-admin-pw -H 'Content-Type: application/json' \
    -d '{"username":"bench","password":"bench-password","lra":1}' "http://localhost:$HTTP_PORT/manage/accounts" >/dev/null
}

stop_gateway() {
  kill "$GATEWAY" 2>/dev/null || true
  wait "$GATEWAY" 2>/dev/null || true
}

metric() { curl -s "http://localhost:$HTTP_PORT/prometheus" | awk -v pattern="$1" '$0 ~ pattern {sum += $NF} END {printf "%d", sum}'; }
delivered() { metric '^sms_messages_total[{].*status="delivered"'; }
backlog() { metric '^sms_queue_depth '; }
# Waits (at most 180 s) until the queue is empty and no receipt was applied for 3 s; prints the seconds waited
# before that quiet began, and fails when it never came.
settle() {
  local waited=0 quiet=0 last now
  last=$(delivered)
  while [ "$waited" -lt 180 ] && [ "$quiet" -lt 3 ]; do
    sleep 1
    waited=$((waited + 1))
    now=$(delivered)
    if [ "$now" = "$last" ] && [ "$(backlog)" = 0 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    last=$now
  done
  echo $((waited - quiet))
  [ "$quiet" -ge 3 ]
}

# What a LoadGenerator result line ("send: 21803 ok, 0 failed in 30.0 s = 726 req/s; ...") says: requests answered, rate
ok_count() { echo "$1" | sed -E 's/^[a-z]+: ([0-9]+) ok.*/\1/'; }
rate_of() { echo "$1" | sed -E 's/.* = ([0-9]+) req\/s.*/\1/'; }

# warm_up DATABASE: send in rounds of 15 s until the JIT compilers are done with the send path (their threads
# used under 3 % of the gateway's CPU in the round), after 4 rounds at least and WARMUP_ROUNDS at most. A fresh
# JVM compiles for the first minutes of load, at up to a third of its CPU, and sends at a fraction of its rate
# meanwhile: the runs below measure the gateway after that, as it runs for most of its life.
warm_up() {
  local round=0 rate jit_share=100 rates="" shares="" jit0 cpu0 jit1 cpu1
  while [ "$round" -lt "$WARMUP_ROUNDS" ] && { [ "$round" -lt 4 ] || [ "$jit_share" -ge 3 ]; }; do
    round=$((round + 1))
    jit0=$(jit_ticks); cpu0=$(cpu_ticks)
    rate=$(rate_of "$(java bench/LoadGenerator.java send "http://localhost:$HTTP_PORT" "$THREADS" 15 bench:bench-password)")
    jit1=$(jit_ticks); cpu1=$(cpu_ticks)
    jit_share=$(( 100 * (jit1 - jit0) / (cpu1 - cpu0 + 1) ))
    rates="$rates $rate"
    shares="$shares $jit_share%"
  done
  echo "== warm-up ($1): send in $round rounds of 15 s, msg/s per round:$rates; the JIT compilers' share of the gateway's CPU:$shares"
}

# CPU time (clock ticks) of the gateway's process, and of its JIT compiler threads alone (Linux /proc; the
# thread's name may hold a space, so its fields are counted after the closing parenthesis)
cpu_ticks() { sed 's/.*) //' "/proc/$GATEWAY/stat" | awk '{print $12 + $13}'; }
jit_ticks() {
  local sum=0 task
  for task in /proc/"$GATEWAY"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      "C1 CompilerThre"* | "C2 CompilerThre"*) sum=$((sum + $(sed 's/.*) //' "$task/stat" | awk '{print $12 + $13}'))) ;;
    esac
  done
  echo "$sum"
}

# cpu_per_request PING_TICKS PING_REQUESTS SEND_TICKS MESSAGES: the gateway's CPU time per /ping request and per
# message over its whole life (accept, dispatch, receipt: from the send run's start until its receipts settled).
# Less at the mercy of the machine's speed of the moment than rates are, where the load generator, the sink and
# the database share the same cores.
cpu_per_request() {
  local hz
  hz=$(getconf CLK_TCK)
  awk -v pt="$1" -v pn="$2" -v st="$3" -v sn="$4" -v hz="$hz" 'BEGIN {
    p = 1000 * pt / hz / (pn > 0 ? pn : 1); m = 1000 * st / hz / (sn > 0 ? sn : 1)
    printf "== gateway CPU time: %.2f ms per /ping request, %.2f ms per message over its whole life (accept, dispatch, receipt), %.1f times a /ping request\n", p, m, (p > 0 ? m / p : 0) }'
}

# measure DATABASE: warm-up, then /ping and the send run, with what the sink and the receipts did
measure() {
  warm_up "$1"
  java bench/LoadGenerator.java ping "http://localhost:$HTTP_PORT" "$THREADS" 5 >/dev/null
  settle >/dev/null || echo "== NOT settled after the warm-up: backlog $(backlog)"
  local before after delivered_before delivered_after
  echo "== no-op endpoint (GET /ping), $THREADS clients, ${SECONDS_PER_RUN}s"
  local result cpu0 ping_cpu ping_ok
  cpu0=$(cpu_ticks)
  result=$(java bench/LoadGenerator.java ping "http://localhost:$HTTP_PORT" "$THREADS" "$SECONDS_PER_RUN")
  ping_cpu=$(( $(cpu_ticks) - cpu0 ))
  ping_ok=$(ok_count "$result")
  echo "$result"
  before=$(submits)
  delivered_before=$(delivered)
  echo "== send (POST /api/Services/send) on $1, $THREADS clients, ${SECONDS_PER_RUN}s"
  cpu0=$(cpu_ticks)
  result=$(java bench/LoadGenerator.java send "http://localhost:$HTTP_PORT" "$THREADS" "$SECONDS_PER_RUN" bench:bench-password)
  echo "$result"
  sleep 5
  after=$(submits)
  delivered_after=$(delivered)
  # the load generator's warm-up (3 s) sends too
  echo "== SMPP sink: $((after - before)) submit_sm during the send run and the 5 s after it, $(( (after - before) / (SECONDS_PER_RUN + 8) )) submit_sm/s on average"
  echo "== receipts applied (DELIVERED): $((delivered_after - delivered_before)), $(( (delivered_after - delivered_before) / (SECONDS_PER_RUN + 8) ))/s on average; backlog left in the queue: $(backlog)"
  # Receipts lag the sends: the half-rate run must meet a gateway at half load, not one still applying the
  # receipts of the run before, so it waits for them.
  local settled
  if settled=$(settle); then
    echo "== all receipts of the run applied $((settled + 5)) s after it ended: $(( $(delivered) - delivered_before )) in all, the sink's count $(( $(submits) - before ))"
  else
    echo "== NOT settled 185 s after the run: $(( $(delivered) - delivered_before )) receipts applied of the sink's $(( $(submits) - before )), backlog $(backlog); the half-rate run below meets a busy gateway"
  fi
  cpu_per_request "$ping_cpu" "$ping_ok" "$(( $(cpu_ticks) - cpu0 ))" "$(ok_count "$result")"
  local half
  half=$(( $(rate_of "$result") / 2 ))
  echo "== send on $1 at half that rate ($half/s on a fixed schedule, latency counted from each request's scheduled time), ${SECONDS_PER_RUN}s"
  java bench/LoadGenerator.java send "http://localhost:$HTTP_PORT" "$THREADS" "$SECONDS_PER_RUN" bench:bench-password "$half"
  sleep 5
  echo "== the no-op endpoint at the same rate ($half/s), the latency's reference"
  java bench/LoadGenerator.java ping "http://localhost:$HTTP_PORT" "$THREADS" "$SECONDS_PER_RUN" - "$half"
}

start_gateway h2 "jdbc:h2:file:$PWD/$WORK/data/gateway;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
measure H2

if [ "$CAMPAIGN_SIZE" -gt 0 ]; then
  for _ in $(seq 1 60); do [ "$(backlog)" = 0 ] && break; sleep 1; done
  KEY=$(curl -sf -u bench:bench-password -H 'Content-Type: application/json' -d '{"name":"bench","permissions":["create:Campaign","read:Campaign"]}' \
    "http://localhost:$HTTP_PORT/manage/accounts/bench/api-keys" | sed -E 's/.*"secret":"([^"]+)".*/\1/')
  awk -v n="$CAMPAIGN_SIZE" 'BEGIN { print "recipient"; for (i = 0; i < n; i++) printf "+4479%08d\n", i }' > "$WORK/campaign.csv"
  echo "== campaign of $CAMPAIGN_SIZE recipients (CSV upload), provider throughput $SINK_THROUGHPUT/s, cut off after ${CAMPAIGN_SECONDS}s"
  START_SUBMITS=$(submits)
  START=$(date +%s%N)
  curl -sf -H "Authorization: Bearer $KEY" -H 'Content-Type: text/csv' --data-binary @"$WORK/campaign.csv" \
    "http://localhost:$HTTP_PORT/send/campaign?originator=bench&text=Campaign%20message" >/dev/null
  UPLOADED=$(date +%s%N)
  echo "   stored in $(( (UPLOADED - START) / 1000000 )) ms"
  while :; do
    SENT=$(( $(submits) - START_SUBMITS ))
    ELAPSED_MS=$(( ($(date +%s%N) - START) / 1000000 ))
    [ "$SENT" -ge "$CAMPAIGN_SIZE" ] || [ "$ELAPSED_MS" -ge $((CAMPAIGN_SECONDS * 1000)) ] && break
    sleep 1
  done
  RATE=$(( SENT * 1000 / (ELAPSED_MS > 0 ? ELAPSED_MS : 1) ))
  if [ "$SENT" -ge "$CAMPAIGN_SIZE" ]; then
    echo "   all $CAMPAIGN_SIZE submitted at the sink $(( ELAPSED_MS / 1000 )) s after the upload began, $RATE submit_sm/s"
  else
    echo "   $SENT of $CAMPAIGN_SIZE submitted at the sink in $(( ELAPSED_MS / 1000 )) s, $RATE submit_sm/s: all of them would take about $(( CAMPAIGN_SIZE / (RATE > 0 ? RATE : 1) )) s"
  fi
fi
echo "== gateway heap after the run"
jcmd "$GATEWAY" GC.heap_info 2>/dev/null | head -3 || true
stop_gateway

if [ "$POSTGRES" != off ]; then
  PG_URL=$POSTGRES
  if [ "$POSTGRES" = embedded ]; then
    mvn -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/pg-cp.txt" -Dmdep.includeScope=test >/dev/null
    java -cp "$(cat "$WORK/pg-cp.txt")" bench/Postgres.java "$POSTGRES_PORT" > "$WORK/postgres.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 60); do grep -q "ready" "$WORK/postgres.log" && break; sleep 1; done
    PG_URL="jdbc:postgresql://localhost:$POSTGRES_PORT/postgres"
  fi
  start_gateway postgres "$PG_URL" "$POSTGRES_USER" "$POSTGRES_PASSWORD"
  measure PostgreSQL
  stop_gateway
fi
