import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load: {@code threads} clients, each sending its next request when the previous one is answered
 * (closed loop), for {@code seconds}; with a {@code rate}, the clients together send that many requests
 * per second on a fixed schedule, and each latency counts from the request's scheduled time, so that
 * a server falling behind shows in the figures instead of slowing the clients down. Usage:
 * java LoadGenerator.java <send|ping|kannel> <baseUrl> <threads> <seconds> [user:password|-] [rate]
 * The first three seconds are a warm-up, sent alike but not counted.
 * ({@code kannel}: Kannel's sendsms GET with the same destinations and texts as {@code send})
 */
public class LoadGenerator {

    private static final Duration WARM_UP = Duration.ofSeconds(3);

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI base = URI.create(args[1]);
        int threads = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String auth = args.length > 4 && !args[4].equals("-")
                ? "Basic " + Base64.getEncoder().encodeToString(args[4].getBytes(StandardCharsets.UTF_8)) : null;
        double rate = args.length > 5 ? Double.parseDouble(args[5]) : 0;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(4)).build();
        AtomicLong sequence = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        // The first seconds are sent the same way but not counted: this JVM compiles its code and opens
        // its connections then, and that is no latency of the server's.
        long warmUpEnds = System.nanoTime() + WARM_UP.toNanos();
        long deadline = warmUpEnds + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int slot = t;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int count = 0;
                for (long turn = 0; System.nanoTime() < deadline && count < latencies.length; turn++) {
                    HttpRequest request = request(mode, base, auth, sequence.incrementAndGet());
                    long begin = System.nanoTime();
                    if (rate > 0) {
                        begin = started + (long) ((turn * threads + slot) * 1e9 / rate);
                        if (begin >= deadline) {
                            break;
                        }
                        long wait = begin - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long elapsed = System.nanoTime() - begin;
                    if (response.statusCode() / 100 != 2) {
                        if (failures.incrementAndGet() <= 3) {
                            System.err.println("HTTP " + response.statusCode() + " " + response.body());
                        }
                        continue;
                    }
                    if (begin >= warmUpEnds) {
                        latencies[count++] = elapsed;
                    }
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        double elapsedSeconds = (System.nanoTime() - warmUpEnds) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%s: %d ok, %d failed in %.1f s = %.0f req/s; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f%n",
                mode, merged.length, failures.get(), elapsedSeconds, merged.length / elapsedSeconds,
                percentile(merged, 50), percentile(merged, 90), percentile(merged, 99), merged.length == 0 ? 0 : merged[merged.length - 1] / 1e6);
        System.exit(0);
    }

    private static HttpRequest request(String mode, URI base, String auth, long n) {
        if (mode.equals("ping")) {
            return HttpRequest.newBuilder(base.resolve("/ping")).GET().build();
        }
        // distinct UK mobile destinations and texts, so anti-flooding does not interfere
        String destination = "+4475" + String.format("%08d", n % 100_000_000L);
        if (mode.equals("kannel")) {
            return HttpRequest.newBuilder(base.resolve("/cgi-bin/sendsms?username=bench&password=bench&to=%2B" + destination.substring(1)
                    + "&text=Benchmark+message+" + n)).GET().build();
        }
        String body = "{\"destination\":\"" + destination + "\",\"text\":\"Benchmark message " + n + "\"}";
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve("/api/Services/send"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        return builder.build();
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
