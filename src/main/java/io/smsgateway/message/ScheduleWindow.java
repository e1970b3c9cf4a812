package io.smsgateway.message;

import io.smsgateway.kernel.Rejection;
import io.smsgateway.kernel.SendRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How far ahead a send may be scheduled. */
@ApplicationScoped
public class ScheduleWindow {

    /* A send time a few seconds in the past is clock skew between client and gateway, not a mistake. */
    private static final Duration SKEW_TOLERANCE = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "gateway.schedule.max-days", defaultValue = "365")
    private int maxDays;

    /** Null (send now) is always acceptable; otherwise the time must lie between now and the horizon. */
    public void requireAcceptable(Instant sendAt) {
        if (sendAt == null) {
            return;
        }
        Instant now = Instant.now();
        if (sendAt.isBefore(now.minus(SKEW_TOLERANCE))) {
            throw new SendRejectedException(Rejection.INVALID_SCHEDULE, "scheduleDateTime lies in the past");
        }
        if (sendAt.isAfter(now.plus(Duration.ofDays(maxDays)))) {
            throw new SendRejectedException(Rejection.INVALID_SCHEDULE,
                    "scheduleDateTime lies more than " + maxDays + " days ahead");
        }
    }
}
