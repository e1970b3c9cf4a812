package io.smsgateway.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.platform.server.NoServerPlatform;
import org.eclipse.persistence.platform.server.wildfly.WildFlyPlatform;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Session;

/**
 * Joins EclipseLink to the server's transactions on WildFly.
 *
 * <p>Payara hands EclipseLink its platform; WildFly does so only for its own EclipseLink module, and
 * EclipseLink does not recognise WildFly by itself, so the WAR's copy would run without the server's
 * transaction manager. Naming the platform in persistence.xml would break the other servers, hence
 * this choice at start-up: only where nothing was chosen and the server is WildFly.
 */
public class ServerPlatformCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session instanceof DatabaseSession database && database.getServerPlatform() instanceof NoServerPlatform && runsOnWildFly()) {
            database.setServerPlatform(new WildFlyPlatform(database));
        }
    }

    private static boolean runsOnWildFly() {
        return System.getProperty("jboss.home.dir") != null;
    }
}
