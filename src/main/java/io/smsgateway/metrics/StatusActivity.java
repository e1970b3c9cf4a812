package io.smsgateway.metrics;

import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.message.MessageStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statuses messages reached per minute over the last hour, across the cluster (read from the
 * status history). A minute that ended long enough ago for its last transactions to have committed
 * is read once and kept, so a refresh reads only the latest minutes whatever the traffic.
 */
@ApplicationScoped
public class StatusActivity {

    /** Status changes are stamped before their transaction commits: a minute is settled this long after it ends. */
    private static final Duration SETTLING = Duration.ofSeconds(30);
    static final int MINUTES = 60;

    public record Minute(Instant start, Map<MessageStatus, Long> reached) {
    }

    @Inject
    private MessageStore messages;

    private final Map<Instant, Map<MessageStatus, Long>> settled = new ConcurrentHashMap<>();

    /** The last {@value #MINUTES} minutes, oldest first, the current (still filling) minute last. */
    public List<Minute> lastHour() {
        Instant now = Instant.now();
        Instant current = now.truncatedTo(ChronoUnit.MINUTES);
        Instant first = current.minus(Duration.ofMinutes(MINUTES - 1));
        settled.keySet().removeIf(start -> start.isBefore(first));
        List<Minute> minutes = new ArrayList<>(MINUTES);
        for (Instant start = first; !start.isAfter(current); start = start.plus(Duration.ofMinutes(1))) {
            Instant end = start.plus(Duration.ofMinutes(1));
            Map<MessageStatus, Long> reached = settled.get(start);
            if (reached == null) {
                reached = messages.statusesReached(start, end);
                if (end.plus(SETTLING).isBefore(now)) {
                    settled.put(start, reached);
                }
            }
            minutes.add(new Minute(start, reached));
        }
        return minutes;
    }
}
