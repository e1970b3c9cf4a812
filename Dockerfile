# sms-gateway on the official Payara Micro 6 image (JDK 17).
# Build the WAR first: mvn -DskipTests package
FROM payara/micro:6.2025.10-jdk17

# The embedded H2 database lives in /opt/payara/data unless GATEWAY_DB_URL points elsewhere
# (PostgreSQL in production); the image's user (payara) must be able to write it.
USER root
RUN mkdir -p /opt/payara/data && chown -R payara:payara /opt/payara/data
USER payara

# Operator configuration (post-boot asadmin commands), and the gateway at the root context.
COPY --chown=payara:payara server-config/ /opt/payara/config/
COPY --chown=payara:payara target/sms-gateway.war /opt/payara/deployments/ROOT.war

WORKDIR /opt/payara
VOLUME /opt/payara/data
EXPOSE 8080 6900

# Ready means the database answers: 200 from /health/ready (no curl in the image: bash's /dev/tcp).
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'

# On SIGTERM the server serves 25 s more while the gateway drains (gateway.shutdown.drain-seconds, 20):
# give `docker stop` at least that long (docker stop -t 30; stop_grace_period in compose).
# One instance alone (--nocluster). To cluster, replace the last argument: docker-compose.yml does.
CMD ["--deploymentDir", "/opt/payara/deployments", "--postbootcommandfile", "/opt/payara/config/post-boot-commands.asadmin", \
     "--shutdowngrace", "25000", "--nocluster"]
