package io.smsgateway.health;

import io.smsgateway.lifecycle.Draining;
import io.smsgateway.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers, and never once the instance is shutting down. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private Draining draining;

    /**
     * Created while the application starts, so that the datasource is injected where the application's
     * names resolve: WildFly runs health checks on a management thread, where {@code java:app} does not.
     */
    void createAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing to do: being called creates the bean
    }

    @Override
    public HealthCheckResponse call() {
        if (draining.isDraining()) {
            return HealthCheckResponse.named("database").down().withData("shutting-down", true).build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return HealthCheckResponse.named("database").status(valid).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
