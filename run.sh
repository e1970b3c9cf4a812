#!/usr/bin/env bash
# Runs the gateway in the foreground on Payara Micro 6, by default on http://localhost:8080 with the
# embedded H2 database under ./data. Builds the WAR (and fetches Payara Micro) first when the sources
# are newer than it. Ctrl-C or SIGTERM drains the gateway and stops the server.
#   PORT=9090 ./run.sh          another HTTP port
#   ./run.sh --name gw1         further arguments go to Payara Micro as they are
set -euo pipefail
cd "$(dirname "$0")"
war=target/sms-gateway.war
if [ ! -f "$war" ] || [ ! -f target/payara-micro.jar ] || [ -n "$(find pom.xml src server-config -newer "$war" -print -quit)" ]; then
  mvn -q -DskipTests package
fi
# The Java process replaces this shell, so that Ctrl-C and SIGTERM reach Payara Micro alone; its
# shutdown grace (25 s) is longer than the gateway's drain (gateway.shutdown.drain-seconds, 20 s).
exec java -jar target/payara-micro.jar --deploy "$war" --contextroot / --port "${PORT:-8080}" --nocluster \
  --shutdowngrace 25000 --postbootcommandfile server-config/post-boot-commands.asadmin "$@"
