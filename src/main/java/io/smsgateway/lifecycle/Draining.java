package io.smsgateway.lifecycle;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The orderly end of an instance. On SIGTERM the JVM runs this hook while the server keeps serving
 * for its shutdown grace period ({@code --shutdowngrace}, which must be longer than
 * {@code gateway.shutdown.drain-seconds}): readiness turns DOWN so that load balancers stop sending,
 * new sends are refused in each dialect's own "unavailable" answer, the dispatcher claims nothing
 * more, and the work in flight (registered by its owners) gets up to the drain time to finish. What
 * is still in flight then is logged; it is safe in the database either way, as after a crash.
 */
@ApplicationScoped
public class Draining {

    private static final Logger LOG = Logger.getLogger(Draining.class.getName());

    @Inject
    @ConfigProperty(name = "gateway.shutdown.drain-seconds", defaultValue = "20")
    private int drainSeconds;

    private final Map<String, IntSupplier> inFlight = new ConcurrentHashMap<>();
    private volatile boolean draining;
    private Thread hook;

    void watchForShutdown(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Once SIGTERM arrives the server loads no more of the application's classes: the work that
        // finishes during the drain needs them loaded now.
        int loaded = loadApplicationClasses();
        LOG.fine(() -> loaded + " application classes loaded ahead of a shutdown");
        describe();
        report(Duration.ZERO, true);
        hook = new Thread(this::drain, "gateway-drain");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Undeployed without the JVM ending (a redeploy): nothing to drain, and the hook must not outlive the application. */
    @PreDestroy
    void forgetHook() {
        if (hook != null && !draining) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDownAlready) {
                // the hook runs, or ran, on its own
            }
        }
    }

    /** Loads every class of the gateway's own packages (from an exploded WAR; elsewhere, nothing). */
    private int loadApplicationClasses() {
        ClassLoader loader = Draining.class.getClassLoader();
        String root = "io/smsgateway/";
        try {
            URL base = loader.getResource(root);
            if (base == null || !"file".equals(base.getProtocol())) {
                return 0;
            }
            Path dir = Path.of(base.toURI());
            try (Stream<Path> files = Files.walk(dir)) {
                List<String> names = files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> root + dir.relativize(f).toString().replace(File.separatorChar, '/'))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .toList();
                for (String name : names) {
                    try {
                        Class.forName(name, false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        LOG.fine(() -> "not loaded ahead: " + name + " (" + e + ")");
                    }
                }
                return names.size();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.fine(() -> "application classes not loaded ahead: " + e);
            return 0;
        }
    }

    /** Whether this instance is ending: it takes no new work. */
    public boolean isDraining() {
        return draining;
    }

    /** Work that a drain waits for: {@code count} says how much of it is in flight now. */
    public void register(String what, IntSupplier count) {
        inFlight.put(what, count);
    }

    void drain() {
        draining = true;
        Duration limit = Duration.ofSeconds(Math.max(0, drainSeconds));
        report(limit, false);
        Instant deadline = Instant.now().plus(limit);
        while (total() > 0 && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        report(limit, true);
    }

    /**
     * Written to the standard error stream as well as the log: at JVM shutdown the logging framework
     * closes its handlers in a hook of its own, which may run before this one.
     */
    private void report(Duration limit, boolean done) {
        String line;
        if (!done) {
            line = "Shutting down: readiness is DOWN and new sends are refused; waiting up to " + limit.toSeconds()
                    + " s for the work in flight (" + describe() + ")";
        } else if (total() == 0) {
            line = "Drained: nothing left in flight; messages not yet dispatched stay queued in the database for the next start";
        } else {
            line = "Drain time over with work still in flight (" + describe() + "): messages being handed to a provider"
                    + " become UNCERTAIN after the restart and follow their provider's policy; queued ones stay queued";
        }
        if (!draining) {
            return; // the start-up rehearsal that loads these classes
        }
        LOG.info(line);
        System.err.println("[sms-gateway] " + line);
    }

    private int total() {
        return inFlight.values().stream().mapToInt(IntSupplier::getAsInt).sum();
    }

    private String describe() {
        return inFlight.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().getAsInt()).collect(Collectors.joining(", "));
    }
}
