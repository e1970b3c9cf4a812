#!/usr/bin/env bash
# Campaign benchmark: how long the API takes to accept (store) campaigns of 10,000 and 100,000
# recipients uploaded as CSV (or FORMAT=json: one JSON body), and the gateway's heap after each.
# See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

HTTP_PORT=${HTTP_PORT:-18080}
SIZES=${SIZES:-"10000 100000 100000"}
FORMAT=${FORMAT:-csv}
WORK=target/bench-campaign
mkdir -p "$WORK"
rm -rf "$WORK/data"

[ -f target/sms-gateway.war ] || mvn -q -B -DskipTests package
mvn -q -B dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory="$WORK" -Dmdep.stripVersion=true

# The campaigns are created paused-by-schedule (a day ahead), so that the figures are those of the
# upload alone, not of the delivery that follows.
java -Xmx1g \
  -Dgateway.db.url="jdbc:h2:file:$PWD/$WORK/data/gateway;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
  -Dgateway.admin.password=bench-admin-pw \
  -jar "$WORK/payara-micro.jar" --deploy target/sms-gateway.war --contextroot / --port "$HTTP_PORT" --nocluster \
  > "$WORK/gateway.log" 2>&1 &
GATEWAY=$!
trap 'kill $GATEWAY 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -sf "http://localhost:$HTTP_PORT/health/ready" >/dev/null && break
  sleep 1
done
BASE="http://localhost:$HTTP_PORT"
curl -sf -u admin:bench-admin-pw -H 'Content-Type: application/json' -d '{"id":1,"name":"bench"}' "$BASE/manage/lras" >/dev/null
curl -sf -u admin:bench-admin-pw -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"bench-password","lra":1}' "$BASE/manage/accounts" >/dev/null
KEY=$(curl -sf -u bench:bench-password -H 'Content-Type: application/json' \
  -d '{"name":"bench","permissions":["create:Campaign","read:Campaign"]}' "$BASE/manage/accounts/bench/api-keys" \
  | sed -E 's/.*"secret":"([^"]+)".*/\1/')
AT=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)

heap() {
  jcmd "$GATEWAY" GC.run >/dev/null 2>&1 || true
  jcmd "$GATEWAY" GC.heap_info 2>/dev/null | sed -n 2p | sed -E 's/.*used ([0-9]+K).*/\1/'
}

echo "== heap after start-up (after a full GC): $(heap)"
for SIZE in $SIZES; do
  BODY="$WORK/recipients-$SIZE.$FORMAT"
  if [ "$FORMAT" = json ]; then
    seq 1 "$SIZE" | awk -v at="$AT" 'BEGIN {printf "{\"text\":\"Hello {name}\",\"originator\":\"Bench\",\"scheduleDateTime\":\"%s\",\"recipients\":[", at}
      {printf "%s{\"recipient\":\"447911%06d\",\"name\":\"Customer %d\"}", (NR > 1 ? "," : ""), $1, $1}
      END {print "]}"}' > "$BODY"
    URL="$BASE/send/campaign"
    TYPE=application/json
  else
    seq 1 "$SIZE" | awk 'BEGIN {print "recipient,name"} {printf "447911%06d,Customer %d\n", $1, $1}' > "$BODY"
    URL="$BASE/send/campaign?originator=Bench&text=Hello%20%7Bname%7D&scheduleDateTime=$AT"
    TYPE=text/csv
  fi
  jstat -gc "$GATEWAY" 200 > "$WORK/jstat-$SIZE.txt" 2>/dev/null &
  SAMPLER=$!
  START=$(date +%s.%N)
  ANSWER=$(curl -s -H "Authorization: Bearer $KEY" -H "Content-Type: $TYPE" --data-binary @"$BODY" "$URL")
  END=$(date +%s.%N)
  kill $SAMPLER 2>/dev/null || true
  PEAK=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ {used=$3+$4+$6+$8; if (used>max) max=used} END {printf "%d MB", max/1024}' "$WORK/jstat-$SIZE.txt")
  COUNT=$(echo "$ANSWER" | sed -E 's/.*"recipientCount":([0-9]+).*/\1/')
  printf '== %6d recipients (%s): accepted in %.1f s (%s valid), peak heap during the upload %s, after a full GC %s\n' \
    "$SIZE" "$FORMAT" "$(echo "$END - $START" | bc)" "$COUNT" "$PEAK" "$(heap)"
done
