import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs the tests' embedded PostgreSQL (binaries from Maven Central) on the given port until the
 * process is stopped. Unlike the tests, commits wait for the disk (synchronous_commit on), as a
 * production server's do: the benchmark measures durable sends.
 */
public class Postgres {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(Integer.parseInt(args[0]))
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "300")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
        }));
        System.out.println("PostgreSQL ready on port " + args[0]);
        Thread.currentThread().join();
    }
}
