package io.smsgateway.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The physical connection factory behind the container's connection pool.
 *
 * <p>The pool (declared in {@code WEB-INF/web.xml}) owns pooling and transactions; this class only
 * decides where connections go. It reads {@code gateway.db.url}, {@code gateway.db.user} and
 * {@code gateway.db.password} from MicroProfile Config when the first connection is opened, so one
 * WAR runs on the embedded H2 file database or on PostgreSQL depending on the environment, with
 * the JDBC driver chosen from the URL.
 */
public class GatewayDataSource implements DataSource {

    private volatile ConnectionSettings settings;
    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        ConnectionSettings current = settings();
        return current.driver.connect(current.url, current.credentials());
    }

    /**
     * Credentials given by the pool win over the configured ones; WildFly's pool passes none
     * ({@code null}), and then the configured ones apply.
     */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        ConnectionSettings current = settings();
        if (username == null) {
            return current.driver.connect(current.url, current.credentials());
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", username);
        credentials.setProperty("password", password == null ? "" : password);
        return current.driver.connect(current.url, credentials);
    }

    private ConnectionSettings settings() throws SQLException {
        ConnectionSettings current = settings;
        if (current == null) {
            synchronized (this) {
                if (settings == null) {
                    settings = ConnectionSettings.fromConfig(ConfigProvider.getConfig(GatewayDataSource.class.getClassLoader()));
                }
                current = settings;
            }
        }
        return current;
    }

    /** Pool properties set by the container; the connection target comes from MicroProfile Config. */
    public void setUrl(String ignored) {
        // deliberately ignored: gateway.db.url is authoritative
    }

    public void setUser(String ignored) {
        // deliberately ignored: gateway.db.user is authoritative
    }

    public void setPassword(String ignored) {
        // deliberately ignored: gateway.db.password is authoritative
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    private record ConnectionSettings(Driver driver, String url, String user, String password) {

        static ConnectionSettings fromConfig(Config config) throws SQLException {
            String url = config.getValue("gateway.db.url", String.class);
            String user = config.getOptionalValue("gateway.db.user", String.class).orElse("");
            String password = config.getOptionalValue("gateway.db.password", String.class).orElse("");
            return new ConnectionSettings(driverFor(url), url, user, password);
        }

        private static Driver driverFor(String url) throws SQLException {
            // Loading the driver classes explicitly registers them with DriverManager from the
            // application's class loader, which is the one that can see them.
            for (String driverClass : new String[] {"org.h2.Driver", "org.postgresql.Driver"}) {
                try {
                    Class.forName(driverClass, true, GatewayDataSource.class.getClassLoader());
                } catch (ClassNotFoundException absent) {
                    // that database is simply not on the class path
                }
            }
            return DriverManager.getDriver(url);
        }

        Properties credentials() {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            return properties;
        }

        @Override
        public String toString() {
            return "ConnectionSettings[url=" + url + ", user=" + user + "]";
        }
    }
}
