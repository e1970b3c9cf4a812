# sms-gateway on the official Payara Micro 6 image (JDK 17).
# Build the WAR first: mvn -DskipTests package
FROM payara/micro:6.2025.10-jdk17

# Operator configuration (post-boot asadmin commands).
COPY server-config/ /opt/payara/config/

# Deployed at the root context.
COPY target/sms-gateway.war /opt/payara/deployments/ROOT.war

# The embedded H2 database lives here unless GATEWAY_DB_URL points elsewhere (PostgreSQL in production).
WORKDIR /opt/payara
VOLUME /opt/payara/data

EXPOSE 8080
CMD ["--deploymentDir", "/opt/payara/deployments", "--postbootcommandfile", "/opt/payara/config/post-boot-commands.asadmin"]
