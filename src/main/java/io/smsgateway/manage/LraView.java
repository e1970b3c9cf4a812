package io.smsgateway.manage;

import io.smsgateway.account.Lra;
import java.time.Instant;

public record LraView(int id, String name, Instant createdAt) {

    static LraView of(Lra lra) {
        return new LraView(lra.getId(), lra.getName(), lra.getCreatedAt());
    }
}
